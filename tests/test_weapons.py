"""The weapons catalogue: every row sourced, names in EN/FR/AR found, ambiguity kept."""
import csv
from importlib import resources

import pytest
from hypothesis import given, strategies as st

from geo_events import weapons
from geo_events.errors import InputError
from geo_events.weapons import by_category, catalogue, default_for, load_catalogue, lookup


def ids(ws):
    return [w.id for w in ws]


def test_every_row_has_a_source_a_category_and_a_sane_range():
    text = resources.files("geo_events.data").joinpath("weapons.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert {"id", "name", "category", "calibre_mm", "min_range_km", "max_range_km", "aliases", "source"} <= set(rows[0])
    assert len({r["id"] for r in rows}) == len(rows)
    for w in catalogue():
        assert w.source and w.category in weapons.CATEGORIES
        assert 0 <= w.min_range_km < w.max_range_km, w.id
        assert w.aliases


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Katyusha", {"rocket-107", "rocket-122"}),
        ("The Katyusha-type rockets were fired", {"rocket-107", "rocket-122"}),
        ("roquettes de type Katioucha", {"rocket-107", "rocket-122"}),
        ("سقطت صواريخ الكاتيوشا قرب القاعدة", {"rocket-107", "rocket-122"}),
        ("107mm rockets", {"rocket-107"}),
        ("two 107-mm rockets", {"rocket-107"}),
        ("صاروخين عيار ١٠٧ ملم", {"rocket-107"}),
        ("a Type 63 launcher", {"rocket-107"}),
        ("HM-20", {"rocket-107"}),
        ("Grad rockets", {"rocket-122"}),
        ("BM-21", {"rocket-122"}),
        ("122 mm Katyusha rockets", {"rocket-122"}),
        ("Fajr-3", {"rocket-240"}),
        ("Fateh-110 missiles", {"bm-fateh110"}),
        ("a Fateh 313", {"bm-fateh313"}),
        ("صاروخ فاتح-110", {"bm-fateh110"}),
        ("Qiam", {"bm-qiam"}),
        ("Zolfaghar", {"bm-zolfaghar"}),
        ("Shahed-136 drones", {"drone-shahed136"}),
        ("Samad-3", {"drone-samad3"}),
        ("a quadcopter dropped a grenade", {"quadcopter"}),
        ("quadricoptère", {"quadcopter"}),
        ("mortier de 120 mm", {"mortar-120"}),
        ("قذيفة هاون عيار 82 ملم", {"mortar-82"}),
        ("Kornet", {"atgm-kornet"}),
    ],
)
def test_lookup_reads_names_in_three_languages(text, expected):
    assert set(ids(lookup(text))) == expected


def test_katyusha_keeps_both_calibres_and_a_calibre_narrows_it():
    assert ids(lookup("Katyusha")) == ["rocket-107", "rocket-122"]
    assert ids(lookup("107 mm Katyusha")) == ["rocket-107"]


def test_two_different_weapons_add_up():
    assert set(ids(lookup("Qiam and Fateh-110 missiles"))) == {"bm-qiam", "bm-fateh110"}


def test_grad_standard_and_extended_range_figures():
    grad = weapons.get("rocket-122")
    er = weapons.get("rocket-122er")
    assert 19 <= grad.max_range_km <= 21
    assert 35 <= er.max_range_km <= 45
    assert set(ids(lookup("122 mm"))) == {"rocket-122", "rocket-122er"}


@pytest.mark.parametrize("text", ["a banana", "", "Izz ad-Din al-Qassam Brigades claimed it", "القدس", "شاهد عيان", "Tishreen"])
def test_unknown_or_lookalike_words_give_nothing(text):
    assert lookup(text) == []


def test_family_words_give_the_family():
    assert {w.category for w in lookup("rockets")} == {"rocket"}
    assert {w.category for w in lookup("obus de mortier")} == {"mortar"}
    assert {w.category for w in lookup("طائرة مسيّرة")} == {"drone", "quadcopter"}
    # A named weapon wins over the family word beside it.
    assert ids(lookup("Shahed-136 drone")) == ["drone-shahed136"]


def test_by_category_and_default_for():
    mortars = by_category("mortar")
    assert {w.calibre_mm for w in mortars} >= {60, 81, 82, 120}
    assert {w.category for w in default_for("rocket attack")} == {"rocket"}
    assert "rocket-122" in ids(default_for("rocket attack"))
    assert {w.category for w in default_for("drone attack")} == {"drone", "quadcopter"}
    assert {w.category for w in default_for("missile attack")} == {"ballistic_missile", "cruise_missile"}
    assert default_for("airstrike") == [] and default_for(None) == []


def test_label_shows_the_reach():
    assert weapons.get("rocket-122").label == "122 mm Grad (max 20.4 km)"


def test_bad_catalogue_row_is_a_clear_error():
    bad = "id,name,category,calibre_mm,min_range_km,max_range_km,aliases,source\nx,X,laser,,,5,x,\n"
    with pytest.raises(InputError, match="line 2"):
        load_catalogue(bad, origin="my.csv")
    with pytest.raises(InputError, match="not in the weapons catalogue"):
        weapons.get("no-such")


@given(st.text(max_size=200))
def test_lookup_never_crashes(text):
    assert isinstance(lookup(text), list)
