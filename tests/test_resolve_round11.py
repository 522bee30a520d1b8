"""Resolution round 11: a ship "off" a coastal place, and a village told only by the district it belongs to.

Habits of reporting: "a drone downed off the coast of X", "40 nautical miles off the port of X", "au large de
X", "à 80 km des côtes ..., à hauteur de X", "قبالة سواحل X" give no bearing: the position is out at sea, the
written distance (else some tens of km) from X, seaward of its country's land; "near the coast of X" stays at X.
"في قرية X التابعة للقضاء" / "X, a village belonging to the Y district": X has no row, the district stands
for it. Each test writes its own sentences (other places, numbers and wording than any development passage).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geo_events.models import Document, EventFrame, Evidence, Fact, PlaceRef
from geo_events.resolve import resolve_frames, seaward_bearing
from factories import km as _km4

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def km(a, b):
    return _km4(a[0], a[1], b[0], b[1])


@pytest.fixture(scope="module")
def gaz(gz):
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is absent: the gazetteer data lives in ../shared/data beside the project")
    return gz


def frame_of(doc: Document, sentence: str, ref: PlaceRef) -> EventFrame:
    at = max(0, doc.text.find(sentence))
    return EventFrame(doc=doc, facts=[Fact("target", ref, Evidence(doc.doc_id, sentence, at, at + len(sentence)))])


def resolve_one(gz, sentence, name, *, focus, language, text=None):
    doc = Document(doc_id="t", text=text or sentence, language=language)
    frame = frame_of(doc, sentence, PlaceRef(name))
    unresolved = resolve_frames([frame], gz, focus=focus)
    return frame.first("target").value, unresolved


TARTUS, TYRE, MOCHA, SIDON, MUKALLA = (34.88902, 35.88659), (33.27333, 35.19389), (13.32083, 43.25),\
    (33.55751, 35.37148), (14.54248, 49.12424)


# a ship off a coastal place: at sea, never in the town
@pytest.mark.parametrize("sentence,name,focus,language,town,dist,seaward", [
    ("A cargo ship reported a blast some 40 nautical miles off the Syrian port of Tartus on Monday.", "Tartus",
     ("SY",), "en", TARTUS, 74, lambda lat, lon: lon < 35.5),
    ("Un navire marchand a signalé une explosion au large de Tyr dans la nuit.", "Tyr", ("LB",), "fr", TYRE, 30,
     lambda lat, lon: lon < 35.15),
    ("وأعلنت البحرية أن المدمرة أسقطت طائرة مسيرة قبالة سواحل المخا فجر الأحد", "المخا", ("YE",), "ar", MOCHA, 30,
     lambda lat, lon: lon < 43.2),
    ("La corvette croisait à 80 km des côtes libanaises, à hauteur de Saïda, quand le drone a été abattu.",
     "Saïda", ("LB",), "fr", SIDON, 80, lambda lat, lon: lon < 35.0),
])
def test_a_ship_off_a_coastal_place_is_out_at_sea(gaz, sentence, name, focus, language, town, dist, seaward):
    ref, _ = resolve_one(gaz, sentence, name, focus=focus, language=language)
    p = ref.place
    assert p is not None and p.feature == "position" and p.precision == "district"
    assert 0.8 * dist <= km(p.point, town) <= 1.2 * dist
    assert seaward(p.lat, p.lon)


@pytest.mark.parametrize("sentence", [
    "The missile was shot down near the coast of Mukalla by a fighter jet, the command said.",
    "Le drone s'est écrasé sur la côte, à hauteur de Mukalla, sans faire de victimes.",  # no distance: no sea
])
def test_near_the_coast_stays_at_the_town(gaz, sentence):
    ref, _ = resolve_one(gaz, sentence, "Mukalla", focus=("YE",), language="en" if "The" in sentence else "fr")
    assert ref.place is not None and km(ref.place.point, MUKALLA) < 5


def test_the_sea_lies_away_from_the_countrys_land(gaz):
    ref, _ = resolve_one(gaz, "A drone hit a tanker off Aden.", "Aden", focus=("YE",), language="en")
    p = ref.place
    assert p is not None and p.feature == "position"
    # south or south-west of Aden, in the Gulf: not north-east into the mountains
    assert p.lat < 12.6 and p.lon < 45.1
    assert seaward_bearing(p) is not None


# an unlisted village told by the district it belongs to
def test_an_unlisted_village_belonging_to_the_district_named_before_takes_the_district(gaz):
    s1 = "شنت القوات الأمنية حملة تفتيش واسعة في قضاء الخالص شمال شرقي بعقوبة."
    s2 = "وانفجرت عبوة ناسفة بدورية للجيش في قرية الزعفرانة الجديدة التابعة للقضاء، ما أسفر عن إصابة جنديين."
    ref, unresolved = resolve_one(gaz, s2, "الزعفرانة الجديدة", focus=("IQ",), language="ar", text=s1 + "\n\n" + s2)
    assert ref.place is not None and ref.place.precision == "district"
    assert km(ref.place.point, (33.80814, 44.53312)) < 5  # al-Khalis
    assert not any(u.name == "الزعفرانة الجديدة" for u in unresolved)


@pytest.mark.parametrize("sentence,language", [
    ("A roadside bomb hit an army patrol near Umm Zawiyat Jadida, a village belonging to the Khalis district.", "en"),
    ("Un engin explosif a visé une patrouille à Umm Zawiyat Jadida, un village relevant du district de Khalis.", "fr"),
])
def test_a_village_belonging_to_a_named_district_takes_the_district(gaz, sentence, language):
    ref, _ = resolve_one(gaz, sentence, "Umm Zawiyat Jadida", focus=("IQ",), language=language)
    assert ref.place is not None and ref.place.precision == "district"
    assert km(ref.place.point, (33.80814, 44.53312)) < 5


def test_an_anaphoric_district_the_article_never_named_leaves_the_village_unresolved(gaz):
    s = "وانفجرت عبوة ناسفة بدورية للجيش في قرية الزعفرانة الجديدة التابعة للقضاء، ما أسفر عن إصابة جنديين."
    ref, _ = resolve_one(gaz, s, "الزعفرانة الجديدة", focus=("IQ",), language="ar")
    assert ref.place is None


# spellings of one town across agencies, and a town told with its distance from the capital
@pytest.mark.parametrize("name,point", [
    ("Qayara", (35.79933, 43.29447)), ("al-Qayyara", (35.79933, 43.29447)),
    ("Tel Afar", (36.37913, 42.44806)), ("Tall Afar", (36.37913, 42.44806)),
])
def test_transliterations_of_one_town_agree(gaz, name, point):
    ref, _ = resolve_one(gaz, f"Rockets landed on the outskirts of {name} late on Monday.", name, focus=("IQ",),
                         language="en")
    assert ref.place is not None and km(ref.place.point, point) < 2


@pytest.mark.parametrize("sentence,name,language", [
    ("Des roquettes sont tombées à Yousifiyah, à une vingtaine de kilomètres au sud de Bagdad.", "Yousifiyah", "fr"),
    ("A bomb hit a market in al-Yusufiyah, some 20 km south of Baghdad, police said.", "al-Yusufiyah", "en"),
    ("انفجرت عبوة ناسفة في سوق ناحية اليوسفية جنوبي بغداد", "اليوسفية", "ar"),
])
def test_a_town_south_of_the_capital_is_the_town_not_a_point_off_the_capital(gaz, sentence, name, language):
    ref, _ = resolve_one(gaz, sentence, name, focus=("IQ",), language=language)
    assert ref.place is not None and km(ref.place.point, (33.08393, 44.25689)) < 2


# a town told with where in its region it lies: the town is the place hit
@pytest.mark.parametrize("sentence,region,focus,language,point", [
    ("Rockets fell on Majdal Shams in the heart of the Golan on Sunday.", "Golan", ("IL", "SY"), "en",
     (33.27029, 35.7716)),
    ("Un obus est tombé sur Majdal Shams, au cœur du Golan, selon l'armée.", "Golan", ("IL", "SY"), "fr",
     (33.27029, 35.7716)),
    ("سقطت ثلاث قذائف على قضاء طوز خورماتو وسط صلاح الدين مساء الأحد", "صلاح الدين", ("IQ",), "ar",
     (34.88808, 44.63256)),
    ("Mortar rounds hit Tuz Khurmatu in central Salahuddin on Sunday.", "Salahuddin", ("IQ",), "en",
     (34.88808, 44.63256)),
])
def test_a_town_in_the_heart_of_a_region_is_the_target(gaz, sentence, region, focus, language, point):
    ref, _ = resolve_one(gaz, sentence, region, focus=focus, language=language)
    assert ref.place is not None and km(ref.place.point, point) < 2


def test_the_centre_of_a_region_with_no_town_stays_the_region(gaz):
    ref, _ = resolve_one(gaz, "Mortar rounds hit farmland in the centre of Salahuddin province on Sunday.",
                         "Salahuddin", focus=("IQ",), language="en")
    # an area still, not a town in it (session 25: the centre of the province, one precision finer)
    assert ref.place is not None and ref.place.precision in ("governorate", "district")
    assert ref.place.record_id == "curated:salahuddin-governorate#centre"
