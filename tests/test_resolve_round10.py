"""Resolution round 10: how reporters tell where a place lies, and which of two namesakes they mean.

Habits of reporting: "X, a town some 45 km south-west of Y" (the distance describes X: X is the place,
not an empty point off Y); "X, village du caza de Y" / "X, a village in the Y district" (the town, not its
district); "the X Farms" / "les fermes de X" / "مزارع X" (the area named after a village); "a blast near a
tanker 30 nm west of Y" in Arabic ("بالقرب من" is no launch "من"); a party's headquarters hit with no
place in its sentence, placed by another sentence of the article; two villages of one name, the one
beside the article's other places. Each test writes its own sentences (other places, numbers and
wording than any development passage).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geo_events.models import Document, EventFrame, Evidence, Fact, PlaceRef
from geo_events.resolve import read_offset, resolve_frames
from factories import km as _km4


def km(a, b):
    return _km4(a[0], a[1], b[0], b[1])

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="module")
def gaz(gz):
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is absent: the gazetteer data lives in ../shared/data beside the project")
    return gz


def frame_of(doc: Document, sentence: str, ref: PlaceRef, extra: tuple = ()) -> EventFrame:
    at = max(0, doc.text.find(sentence))
    ev = Evidence(doc.doc_id, sentence, at, at + len(sentence))
    return EventFrame(doc=doc, facts=[Fact("target", ref, ev)] + [Fact(k, v, ev) for k, v in extra])


def resolve_one(gz, sentence, ref, *, focus, language="en", text=None):
    doc = Document(doc_id="t", text=text or sentence, language=language)
    frame = frame_of(doc, sentence, ref)
    resolve_frames([frame], gz, focus=focus)
    return frame.first("target").value


# (a) a position told by distance and bearing: "near" in Arabic is no launch "from"
@pytest.mark.parametrize("sentence", [
    "أفادت الهيئة بوقوع انفجار بالقرب من سفينة شحن على بعد 30 ميلا بحريا غرب الحديدة",
    "أبلغ ربان ناقلة عن سقوط مقذوف على مقربة من السفينة على بعد نحو 25 ميلا بحريا شمال غرب الحديدة",
])
def test_a_ship_near_which_a_blast_is_reported_is_placed_off_the_port(gaz, sentence):
    ref = resolve_one(gaz, sentence, PlaceRef("سفينة"), focus=("YE",), language="ar")
    assert ref.place is not None and ref.place.feature == "position"
    # west or north-west of Hodeidah, at sea: some 45-56 km from the port, never the port itself
    assert 35 <= km(ref.place.point, (14.79781, 42.95452)) <= 65
    assert ref.place.lon < 42.95


def test_an_arabic_launch_from_an_area_at_a_distance_is_still_a_launch():
    sentence = "وقال إن الصواريخ أطلقت من منطقة تقع على بعد 12 كم جنوب المطار"
    assert read_offset(sentence) == []
    assert len(read_offset(sentence, launch=True)) == 1


def test_a_french_round_figure_is_a_distance():
    (dist, bearing, vague, _s, _e), = read_offset("un navire a été touché à une cinquantaine de kilomètres "
                                                  "à l'ouest de Hodeïda")
    assert dist == pytest.approx(50.0) and bearing == 270.0 and vague


# a distance that describes the town written before it: the town is the place
@pytest.mark.parametrize("sentence,ref,focus,name,point", [
    ("A car bomb went off on Monday on the edge of Tal Afar, a mainly Turkmen town some 60 kilometres west of "
     "Mosul.", "Mosul", ("IQ",), "Tall", (36.37913, 42.44806)),
    ("Des obus sont tombés près de Baiji, à environ 40 km au nord de Tikrit, selon la police.", "Tikrit",
     ("IQ",), "Bay", (34.92915, 43.48878)),
])
def test_the_town_a_distance_describes_is_the_place(gaz, sentence, ref, focus, name, point):
    got = resolve_one(gaz, sentence, PlaceRef(ref), focus=focus, language="fr" if "Des" in sentence else "en")
    assert got.place is not None and got.place.name.startswith(name)
    assert km(got.place.point, point) < 1


def test_a_town_that_does_not_lie_where_the_distance_says_is_not_taken(gaz):
    # Ramadi is some 330 km from Mosul: the phrase does not describe it, the computed point stands
    sentence = "Gunmen attacked a checkpoint near Ramadi, some 45 km south of Mosul, officials said."
    got = resolve_one(gaz, sentence, PlaceRef("Mosul"), focus=("IQ",))
    assert got.place is not None and got.place.feature == "position"
    assert 40 <= km(got.place.point, (36.335, 43.11889)) <= 50


# (c) a town written with its district: the town wins
@pytest.mark.parametrize("sentence,ref,language,point", [
    ("Un drone a visé une voiture à Kfar Kila, village du caza de Marjeyoun, tuant deux personnes.",
     "Marjeyoun", "fr", (33.27734, 35.55197)),
    ("An Israeli strike destroyed a house in Aitaroun, a village in the Bint Jbeil district, on Tuesday.",
     "Bint Jbeil", "en", (33.11528, 35.47139)),
])
def test_a_town_written_with_its_district_is_the_target(gaz, sentence, ref, language, point):
    got = resolve_one(gaz, sentence, PlaceRef(ref), focus=("LB",), language=language)
    assert got.place is not None and km(got.place.point, point) < 1


def test_a_district_alone_stays_its_own_town(gaz):
    sentence = "Artillery shells fell on the outskirts of the Marjeyoun district on Tuesday."
    got = resolve_one(gaz, sentence, PlaceRef("Marjeyoun"), focus=("LB",))
    assert got.place is not None and km(got.place.point, (33.36028, 35.59111)) < 1


# (d) an area named after a village
@pytest.mark.parametrize("sentence,ref,language", [
    ("Hezbollah said it fired guided missiles at a radar post in the Shebaa Farms overnight.", "Shebaa", "en"),
    ("وقال الحزب إن مقاتليه استهدفوا موقع رويسات العلم في مزارع شبعا بالصواريخ", "شبعا", "ar"),
])
def test_an_area_named_after_a_village_is_the_area(gaz, sentence, ref, language):
    got = resolve_one(gaz, sentence, PlaceRef(ref), focus=("LB",), language=language)
    assert got.place is not None and got.place.precision == "district"
    assert km(got.place.point, (33.3475, 35.74917)) > 5  # not the village the farms are named after


def test_the_village_itself_stays_the_village(gaz):
    sentence = "An Israeli drone struck a house in the village of Shebaa on Friday."
    got = resolve_one(gaz, sentence, PlaceRef("Shebaa"), focus=("LB",))
    assert got.place is not None and km(got.place.point, (33.3475, 35.74917)) < 1


# an organisation's office hit, placed by another sentence of the article
def test_a_party_office_is_placed_where_the_article_put_it(gaz):
    first = "Iranian forces have repeatedly shelled the offices of the Komala party in Zrgwez, officials said."
    second = "On Wednesday two drones struck the Komala offices before dawn, wounding a guard."
    doc = Document(doc_id="t", text=first + "\n\n" + second, language="en")
    frame = frame_of(doc, second, PlaceRef("Komala"))
    resolve_frames([frame], gaz, focus=("IQ", "IR"))
    got = frame.first("target").value
    assert got.place is not None and km(got.place.point, (35.42514, 45.42665)) < 1


def test_an_organisation_never_placed_by_the_article_stays_unplaced(gaz):
    text = "Two drones struck the Komala offices before dawn, wounding a guard."
    doc = Document(doc_id="t", text=text, language="en")
    frame = frame_of(doc, text, PlaceRef("Komala"))
    resolve_frames([frame], gaz, focus=("IQ",))
    assert frame.first("target").value.place is None


# (b) two villages of one name: the one beside the article's other places
@pytest.mark.parametrize("first_town,point", [
    ("Qayyarah", (35.77661, 42.92451)),
    ("Khanaqin", (34.18749, 45.11746)),
])
def test_of_two_namesakes_the_one_near_the_articles_places_is_meant(gaz, first_town, point):
    s1 = f"A roadside bomb hit an army vehicle near {first_town} on Sunday."
    s2 = "Hours later two mortar rounds landed on farmland in Saadiya, wounding a shepherd."
    doc = Document(doc_id="t", text=s1 + "\n\n" + s2, language="en")
    frames = [frame_of(doc, s1, PlaceRef(first_town)), frame_of(doc, s2, PlaceRef("Saadiya"))]
    resolve_frames(frames, gaz, focus=("IQ",))
    got = frames[1].first("target").value.place
    assert got is not None and km(got.point, point) < 1


# a region-wide target, and a later sentence that says where the victims were
def _region_frame(gaz, lead, where, region):
    doc = Document(doc_id="t", text=lead + "\n\n" + where, language="en")
    frame = frame_of(doc, lead, PlaceRef(region), extra=(("killed", 4),))
    resolve_frames([frame], gaz, focus=("IQ",))
    return frame.first("target").value.place


def test_a_region_target_narrows_to_the_town_its_victims_were_in(gaz):
    got = _region_frame(gaz, "The toll of Tuesday's rocket strikes on Nineveh province rose to four dead.",
                        "All of the dead were residents of Bartella, hospital staff said.", "Nineveh")
    assert got is not None and km(got.point, (36.35369, 43.38128)) < 1


def test_victims_in_two_towns_leave_the_region(gaz):
    got = _region_frame(gaz, "The toll of Tuesday's rocket strikes on Nineveh province rose to four dead.",
                        "The dead came from Bartella and Tal Afar, hospital staff said.", "Nineveh")
    assert got is not None and got.precision == "governorate"
