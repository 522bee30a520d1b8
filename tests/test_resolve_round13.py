"""Placement, round 13: how reporters tell where in (or off) a town something was hit.

* "a shell fell in the X quarter, in the east of the city": the quarter is in the city the article
  is about (told earlier in its paragraph, or by the dateline); a namesake of X far away is not it.
* "X, home to the Y air base, in the southern Z region": X, not the region, nor what X holds.
* "on the road out of X, some 30 km north of the town": the position is told from the town read.
* "doctors at the X General Hospital": a building named after its town, with no row, is in that town.
* Rows for two Syrian villages (one with a gas plant) and an Iraqi sub-district seat that reporting names.
Each test writes its own sentences (other places, numbers and wording than any development passage).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geo_events.models import Document, EventFrame, Evidence, Fact, PlaceRef
from geo_events.resolve import _town_of_facility, resolve_frames
from factories import km as _km4

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"

KIRKUK = (35.4681, 44.3922)
MOSUL = (36.335, 43.1189)
MARIB = (15.4627, 45.3253)
ABHA = (18.2164, 42.5053)


def km(a, b):
    return _km4(a[0], a[1], b[0], b[1])


@pytest.fixture(scope="module")
def gaz(gz):
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is absent: the gazetteer data lives in ../shared/data beside the project")
    return gz


def _frame(text, sentence, name, language):
    doc = Document(doc_id="t", text=text, language=language)
    at = max(0, text.find(sentence))
    return EventFrame(doc=doc, facts=[Fact("target", PlaceRef(name), Evidence("t", sentence, at, at + len(sentence)))])


def _place(gaz, text, sentence, name, language, focus):
    frame = _frame(text, sentence, name, language)
    resolve_frames([frame], gaz, focus=focus)
    return frame.first("target").value.place


@pytest.mark.parametrize("dateline,sentence,name,language,city", [
    # a quarter with no row of its own, under a dateline with the country in brackets
    ("KIRKOUK (Irak), 4 juin 2023 - Les habitants dénoncent l'insécurité.",
     "Vendredi soir, une roquette est tombée sur une maison du quartier de Hay al-Zanabiq, dans le sud de la ville.",
     "Hay al-Zanabiq", "fr", KIRKUK),
    ("KIRKUK, Iraq, June 4 (Wire) - Residents complained of insecurity.",
     "On Friday a rocket slammed into a home in the Zanabiq Gardens neighbourhood in the south of the city.",
     "Zanabiq Gardens", "en", KIRKUK),
    # the city told in the paragraph before, no dateline; a quarter whose namesakes lie in other towns
    ("",
     "Overnight, drones circled over Mosul. One of them hit a house in the Al-Rawda district, in the west of the city.",
     "Al-Rawda", "en", MOSUL),
    ("الموصل - أفاد مصدر أمني",
     "سقطت قذيفة هاون على منزل في حي الزنابق الجديدة شرقي المدينة مساء الجمعة.",
     "حي الزنابق الجديدة", "ar", MOSUL),
])
def test_a_quarter_of_the_city_is_placed_in_that_city(gaz, dateline, sentence, name, language, city):
    text = (dateline + "\n\n" if dateline else "") + sentence
    p = _place(gaz, text, sentence, name, language, ("IQ",))
    assert p is not None and p.country == "IQ"
    assert km(p.point, city) <= 15


def test_a_quarter_found_inside_the_city_keeps_its_own_place(gaz):
    # the lookup's own answer for the quarter lies in the city: the rule leaves it alone
    sentence = "A mortar round hit the Karrada district, in the centre of the city, on Monday."
    text = "BAGHDAD, May 2 (Wire) - Security was tightened.\n\n" + sentence
    bare = _place(gaz, sentence, sentence, "Karrada", "en", ("IQ",))
    p = _place(gaz, text, sentence, "Karrada", "en", ("IQ",))
    assert p is not None and bare is not None and p.point == bare.point


def test_a_quarter_of_another_country_is_not_pulled_into_the_dateline_city(gaz):
    # "the city" under a dateline of a country the article is not about: no move
    sentence = "A shell fell in the Zanabiq Gardens quarter, in the east of the city."
    text = "KIRKUK, Iraq, June 4 - Officials met.\n\n" + sentence
    p = _place(gaz, text, sentence, "Zanabiq Gardens", "en", ("YE",))
    assert p is None or km(p.point, KIRKUK) > 15


@pytest.mark.parametrize("sentence,name,language,town", [
    ("Air defences downed a drone aimed at Abha, home to a busy regional airport, in the southern Asir region.",
     "Asir", "en", ABHA),
    ("Un drone visait Abha, qui abrite un aéroport régional, dans le sud de la région d'Asir, selon la coalition.",
     "Asir", "fr", ABHA),
])
def test_a_town_with_an_apposition_before_its_region_is_the_target(gaz, sentence, name, language, town):
    p = _place(gaz, sentence, sentence, name, language, ("SA", "YE"))
    assert p is not None and p.precision == "town" and km(p.point, town) <= 5


@pytest.mark.parametrize("sentence,language,dist", [
    ("A roadside bomb struck an army convoy on the road out of Marib, some 30 km north of the city, on Monday.",
     "en", 30),
    ("Un engin explosif a touché un convoi sur la route de Marib, à une quinzaine de kilomètres au nord de la ville.",
     "fr", 15),
    ("انفجرت عبوة ناسفة بدورية عسكرية على الطريق المؤدي إلى مأرب، على بعد نحو ثلاثين كيلومتراً شمال المدينة.",
     "ar", 30),
])
def test_a_position_told_from_the_town_moves_the_target(gaz, sentence, language, dist):
    name = "مأرب" if language == "ar" else "Marib"
    p = _place(gaz, sentence, sentence, name, language, ("YE",))
    assert p is not None
    assert abs(km(p.point, MARIB) - dist) <= 3
    assert p.lat > MARIB[0]  # north of the town


def test_a_town_target_without_a_position_of_the_town_stays():
    # (no gazetteer needed) the rule reads only "of the city/town" after a distance
    from geo_events.resolve import _THE_TOWN_AFTER
    assert _THE_TOWN_AFTER.match("the city, on Monday") and _THE_TOWN_AFTER.match("ville voisine")
    assert _THE_TOWN_AFTER.match("المدينة، مساء") and not _THE_TOWN_AFTER.match("المدينتين")
    assert not _THE_TOWN_AFTER.match("Marib, on Monday")


@pytest.mark.parametrize("name,country,point", [
    ("the Kirkuk General Hospital", "IQ", KIRKUK),
    ("Mosul Teaching Hospital", "IQ", MOSUL),
    ("l'hôpital général de Kirkouk", "IQ", KIRKUK),
    ("مستشفى الموصل العام", "IQ", MOSUL),
])
def test_a_building_named_after_its_town_stands_in_it(gaz, name, country, point):
    got = _town_of_facility(gaz, PlaceRef(name), focus=("IQ",))
    assert got is not None and got.place.country == country and km(got.place.point, point) <= 10


@pytest.mark.parametrize("name", ["Shifa Hospital", "the General Hospital", "Kirkuk Road"])
def test_a_building_not_named_after_a_town_is_not_placed_by_it(gaz, name):
    assert _town_of_facility(gaz, PlaceRef(name), focus=("IQ",)) is None


def test_a_town_named_building_in_a_country_the_article_is_not_about_is_left(gaz):
    assert _town_of_facility(gaz, PlaceRef("Kirkuk General Hospital"), focus=("YE",)) is None


@pytest.mark.parametrize("name,focus,country,point", [
    ("Swediyah", ("SY", "TR"), "SY", (36.95454, 42.15809)),
    ("سنوني", ("IQ", "TR"), "IQ", (36.46796, 41.7105)),
    ("Sinuni", ("IQ",), "IQ", (36.46796, 41.7105)),
    ("Qachmet Zirkan", ("SY", "TR"), "SY", (36.70572, 40.40949)),
])
def test_a_gas_plant_village_and_a_sub_district_seat_resolve(gaz, name, focus, country, point):
    s = f"A drone struck a vehicle near {name} on Tuesday."
    p = _place(gaz, s, s, name, "ar" if not name.isascii() else "en", focus)
    assert p is not None and p.country == country and km(p.point, point) <= 2


def _frame_with(text, target_sentence, name, extra, language="en"):
    frame = _frame(text, target_sentence, name, language)
    for kind, value, s in extra:
        at = max(0, text.find(s))
        frame.facts.append(Fact(kind, value, Evidence("t", s, at, at + len(s))))
    return frame


@pytest.mark.parametrize("lead,body,site_lat,moved", [
    ("Militants again targeted Erbil on Tuesday, officials said.",
     "Two drones came down inside Erbil airport before dawn, the counter-terrorism service said.", 36.2376, True),
    ("Des roquettes ont de nouveau visé Erbil mardi.",
     "Deux drones se sont abattus sur l'aéroport d'Erbil avant l'aube, selon les services antiterroristes.",
     36.2376, True),
    # the count sentence names no site: the town stays
    ("Militants again targeted Erbil on Tuesday, officials said.",
     "Two drones came down on the outskirts of Erbil before dawn, the counter-terrorism service said.", None, False),
])
def test_a_town_target_whose_count_sentence_names_its_airport_is_that_airport(gaz, lead, body, site_lat, moved):
    text = lead + "\n\n" + body
    frame = _frame_with(text, lead, "Erbil", [("count", 2, body)], "fr" if "Des" in lead else "en")
    resolve_frames([frame], gaz, focus=("IQ",))
    p = frame.first("target").value.place
    assert p is not None and p.country == "IQ"
    assert (p.precision == "site") is moved
    if moved:
        assert abs(p.lat - site_lat) < 0.05
