"""A stricter policy for the small records a user imports (GeoNames dumps in the user store).

A full country dump adds tens of thousands of nameless hamlets, hills and wadis with no population;
their Arabic names are often ordinary words.  Such a record is a place only where the text calls it
one ("the village of X", "قرية X", a containing area named with it); it never hides a populated
namesake; and it does not make a word a known name for the extractor.

The stores are REAL: GeoNames-format files written in tmp_path (invented rows that copy real
coordinates) imported with :meth:`UserStore.import_geonames`, plus one real dump from ../shared/data.
"""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from geo_events.extract import extract
from geo_events.gazetteer import Gazetteer, UserStore, is_small_import
from geo_events.models import Document
from geo_events.resolve import resolve_frames

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _km(place, lat, lon):
    p1, p2 = math.radians(place.lat), math.radians(lat)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon - place.lon) / 2) ** 2)
    return 6371.0 * 2 * math.asin(math.sqrt(a))


# (geonameid, name, Arabic alternate name, lat, lon, feature code, country, population): invented ids and
# names-as-written, coordinates copied from real places of Iraq and Syria
_ROWS = [
    ("99100001", "Tall Husaybah al-Gharbi", "تل حصيبة الغربي", 34.3512, 41.0361, "PPL", "IQ", 0),
    ("99100002", "Al Majlis", "مجلس", 31.0680, 47.3870, "PPL", "IQ", 0),
    ("99100003", "Wadi Umm Khurayj", "", 33.9051, 42.4422, "WAD", "IQ", 0),
    # a nameless hamlet that shares its name with a populated town of the built-in layers
    ("99100004", "Ramadi", "الرمادي", 36.5012, 41.9020, "PPL", "IQ", 0),
    # a populated village of the dump: no small record
    ("99100005", "Kharab Sayyar", "خراب سيار", 35.2140, 43.6210, "PPL", "IQ", 1800),
    # the dump's row of a town the built-in layers hold (Haditha, GeoNames 96309), with an ordinary
    # Arabic word ("the dove") among its alternate names
    ("96309", "Haditha", "الحمامة", 34.13661, 42.37727, "PPL", "IQ", 30925),
    # a nameless Syrian hamlet of the same name
    ("99100006", "Haditha", "", 35.5260, 38.7410, "PPL", "SY", 0),
]


def _geonames_file(path: Path, rows=_ROWS) -> Path:
    lines = ["\t".join([gid, name, name, alt, str(lat), str(lon), "P" if code == "PPL" else "H", code, cc, "",
                        "01", "", "", "", str(pop), "", "100", "Asia/Baghdad", "2024-01-01"])
             for gid, name, alt, lat, lon, code, cc, pop in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def gz(tmp_path_factory):
    """A gazetteer of its own (the process-wide one stays as it is) over a store built from _ROWS."""
    folder = tmp_path_factory.mktemp("names_store")
    store = UserStore(folder / "store.sqlite")
    assert store.import_geonames(_geonames_file(folder / "XX.txt")) == len(_ROWS)
    g = Gazetteer.load()
    g.attach_store(store)
    return g


def _targets(gz, text, language="en"):
    doc = Document(doc_id="n1", text=text, language=language, published=dt.date(2024, 2, 10), source="test")
    frames = extract(doc)
    resolve_frames(frames, gz)
    return [f.first("target").value for f in frames if f.first("target") is not None]


def _record(gz, name, gid):
    return next(p for p in gz.candidates(name, limit=20, fuzzy=False) if p.record_id == f"geonames:{gid}")


def test_small_records_are_told_apart(gz):
    assert is_small_import(_record(gz, "Al Majlis", "99100002"))
    assert is_small_import(_record(gz, "Wadi Umm Khurayj", "99100003"))
    populated = _record(gz, "Kharab Sayyar", "99100005")
    assert populated.layer == "user" and not is_small_import(populated)
    # the built-in layers' records are never small imports, however small
    assert not any(is_small_import(p) for p in gz.candidates("Majlesi", fuzzy=False) if p.layer != "user")


def test_an_ordinary_arabic_word_is_no_known_name_through_a_hamlet(gz):
    # "مجلس" (a council) is the Arabic name of the hamlet: present as a candidate, not a name to read uncued
    assert any(p.layer == "user" for p in gz.candidates("مجلس", fuzzy=False))
    assert not gz.candidates("مجلس", fuzzy=False, small_imports=False)
    # a built-in town reached only by a name the store gave it is no known name either
    assert any(p.record_id == "geonames:96309" for p in gz.candidates("الحمامة", fuzzy=False))
    assert not gz.candidates("الحمامة", fuzzy=False, small_imports=False)
    # a name the built-in layers know stays known whatever the store adds
    kept = gz.candidates("الرمادي", limit=1, fuzzy=False, small_imports=False)
    assert kept and kept[0].layer != "user"


@pytest.mark.parametrize("text", [
    "A drone struck the village of Tall Husaybah al-Gharbi on Friday, killing two people.",
    "Rockets hit near the village of Tall Husaybah al-Gharbi on Friday.",
    "Un drone a frappé le village de Tall Husaybah al-Gharbi vendredi, tuant deux personnes.",
])
def test_a_hamlet_the_text_calls_a_village_is_the_target(gz, text):
    targets = _targets(gz, text, "fr" if "frappé" in text else "en")
    placed = [t.place for t in targets if t.place is not None]
    assert placed and placed[0].layer == "user"
    assert _km(placed[0], 34.3512, 41.0361) < 1


def test_a_hamlet_named_without_a_place_cue_is_not_placed(gz):
    targets = _targets(gz, "Two rockets hit Tall Husaybah al-Gharbi on Friday, the army said.")
    assert targets, "the extractor should still read the attack"
    assert all(t.place is None or t.place.layer != "user" for t in targets)
    reasons = " ".join(t.unresolved_reason or "" for t in targets)
    assert "does not call a place" in reasons


def test_a_nameless_hamlet_never_hides_the_populated_town(gz):
    for text in ("Rockets hit Ramadi on Friday.", "A drone struck the town of Ramadi on Friday."):
        targets = _targets(gz, text)
        assert targets and targets[0].place is not None
        assert targets[0].place.layer != "user"
        assert _km(targets[0].place, 33.42, 43.30) < 10  # Anbar's Ramadi, not the hamlet 350 km north


needs_shared = pytest.mark.skipif(not (SHARED / "geonames" / "SY.txt").exists(),
                                  reason="../shared/data is absent (end-user checkout): no real GeoNames dump")


@needs_shared
def test_real_dump_keeps_common_words_out_and_cued_villages_in(tmp_path):
    store = UserStore(tmp_path / "store.sqlite")
    assert store.import_geonames(SHARED / "geonames" / "SY.txt") > 1000
    g = Gazetteer.load()
    g.attach_store(store)
    # ordinary Arabic words the dump gives to nameless hamlets (a bridge, a village's "first", a square)
    words = [w for w in ("جسر", "كمين", "مضافة", "الوقوف", "المتوسطة")
             if any(p.layer == "user" for p in g.candidates(w, fuzzy=False))]
    assert len(words) >= 3, "the dump should hold these names (else the test tests nothing)"
    for w in words:
        assert all(p.layer != "user" for p in g.candidates(w, fuzzy=False, small_imports=False)), w
    # a small record of the dump, written with its place word, is placed at that record
    hamlet = next(p for p in g.candidates("Kamin", limit=20, fuzzy=False) if is_small_import(p) and p.country == "SY")
    targets = _targets(g, f"An air strike hit the village of {hamlet.name} in Syria on Friday, killing three.")
    assert targets and targets[0].place is not None and _km(targets[0].place, hamlet.lat, hamlet.lon) < 2


def test_a_hamlet_of_the_focus_country_outranks_a_populated_namesake_only_with_a_place_cue(gz):
    # an article on Syria that names "Haditha" means Iraq's town of 30,000, not a nameless Syrian hamlet ...
    bare = gz.resolve("Haditha", focus=("SY",))
    assert bare.place is not None and bare.place.record_id == "geonames:96309"
    # ... unless it calls the place a village
    cued = gz.resolve("Haditha", cue="village", focus=("SY",))
    assert cued.place is not None and cued.place.record_id == "geonames:99100006"


def test_an_uncued_hamlet_is_no_launch_candidate_either(gz):
    # the estimate looks for a launch point among an unplaced launch name's candidates
    doc = Document(doc_id="n2", text="Rockets fired from Tall Husaybah al-Gharbi hit Ramadi on Friday, the army said.",
                   language="en", published=dt.date(2024, 2, 10), source="test")
    frames = extract(doc)
    resolve_frames(frames, gz)
    launches = [f.value for fr in frames for f in fr.get("launch") if f.value.name]
    assert launches, "the extractor should read the launch site"
    for ref in launches:
        assert ref.place is None or ref.place.layer != "user"
        assert not any(is_small_import(c) for c in ref.candidates)
