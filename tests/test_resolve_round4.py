"""Resolution round 4: southern Lebanon's villages, a country's mission, "X near Y", generic words alone.

Each test writes its own sentence (other places, other numbers than any development passage) and
checks where the event is drawn on the map.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geo_events.models import PlaceRef
from factories import geonames_point, km, resolved_frame

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def resolved(gz, sentence, target, *, focus=("IQ",), language="en"):
    f, unresolved = resolved_frame(gz, sentence, target, focus=focus, language=language)
    return f.first("target").value.place, unresolved


_geonames_point = geonames_point


# -- villages of southern Lebanon that cities500 lacks, in three languages ------------------------------

@pytest.mark.parametrize("sentence, name, language, geonameid", [
    ("An Israeli drone struck a motorcycle in Jibshit on Friday, wounding two men.", "Jibshit", "en", "273340"),
    ("Une frappe israélienne a visé une maison à Kfar Tibnit, faisant un mort.", "Kfar Tibnit", "fr", "272809"),
    ("أغارت مسيّرة إسرائيلية على منزل في بلدة حولا الحدودية.", "حولا", "ar", "273872"),
    ("Israeli shelling hit the outskirts of Majdal Zoun overnight.", "Majdal Zoun", "en", "271854"),
    ("استهدفت غارة سيارة في بلدة شقرا، ما أدى إلى مقتل شخصين.", "شقرا", "ar", "267628"),
])
def test_a_southern_lebanese_village_is_placed_in_lebanon(gz, sentence, name, language, geonameid):
    place, _ = resolved(gz, sentence, PlaceRef(name), focus=("LB", "IL"), language=language)
    lat, lon = _geonames_point("LB", geonameid)
    assert place is not None and place.country == "LB", place
    assert km(place.lat, place.lon, lat, lon) < 1


def test_a_lebanese_village_beats_an_egyptian_namesake(gz):
    # GeoNames has a town of this spelling near Aswan; an article about the border means the Lebanese one
    sentence = "Deux obus sont tombés sur Souaneh, dans le caza de Marjayoun, sans faire de victimes."
    place, _ = resolved(gz, sentence, PlaceRef("Souaneh"), focus=("LB", "IL"), language="fr")
    assert place is not None and place.country == "LB", place


def test_a_border_village_on_the_israeli_side_in_arabic(gz):
    sentence = "سقطت صواريخ على بلدة عرب العرامشة في الجليل الغربي وأصيب خمسة أشخاص."
    place, _ = resolved(gz, sentence, PlaceRef("عرب العرامشة"), focus=("IL", "LB"), language="ar")
    lat, lon = _geonames_point("IL", "8066409")
    assert place is not None and km(place.lat, place.lon, lat, lon) < 1, place


# -- a generic word of place names never resolves alone ----------------------------------------------

@pytest.mark.parametrize("name, sentence", [
    ("عين", "قصفت المدفعية أطراف بلدة عين إبل صباح اليوم."),
    ("Tell", "Shells fell on Tell, a hamlet the army did not name."),
    ("وادي", "سقطت قذيفة في وادي قرب الحدود."),
])
def test_a_generic_word_alone_is_no_place(gz, name, sentence):
    place, unresolved = resolved(gz, sentence, PlaceRef(name), focus=("LB",), language="ar")
    assert place is None or place.country == "LB", place  # never Al Ain in the Emirates or a far namesake


def test_a_cut_name_that_starts_with_a_generic_word_is_the_whole_name(gz):
    sentence = "استهدفت غارة إسرائيلية سيارة على طريق عين بعال وأدت إلى مقتل شخص."
    place, _ = resolved(gz, sentence, PlaceRef("عين"), focus=("LB", "IL"), language="ar")
    lat, lon = _geonames_point("LB", "277498")
    assert place is not None and km(place.lat, place.lon, lat, lon) < 1, place


# -- a country's mission stands in the city its sentence names ---------------------------------------

@pytest.mark.parametrize("sentence, name, cue, language, city", [
    ("Un drone a frappé les abords du consulat de Turquie à Erbil dans la nuit.", "Turquie", "consulate", "fr",
     (36.191, 44.009)),
    ("A rocket landed near Iran's consulate in Basra, police said.", "Iran", "consulate", "en", (30.509, 47.780)),
    ("Two rockets struck close to the French consulate in Erbil, without casualties.", "France", "consulate", "en",
     (36.191, 44.009)),
])
def test_a_foreign_mission_is_placed_in_its_city_not_its_country(gz, sentence, name, cue, language, city):
    place, _ = resolved(gz, sentence, PlaceRef(name, cue=cue), focus=("IQ",), language=language)
    assert place is not None and place.country == "IQ", place
    assert km(place.lat, place.lon, *city) < 6


# -- "a place near X" is X, with a radius that says so ----------------------------------------------

@pytest.mark.parametrize("sentence, name, language, town", [
    ("Iraqi jets struck a hideout in rugged terrain near Tuz Khurmatu on Sunday.", "rugged terrain", "en",
     (34.886, 44.633)),
    ("ضربت الطائرات وكراً في منطقة وعرة قرب قضاء طوزخورماتو.", "وعرة", "ar", (34.886, 44.633)),
    ("L'aviation a bombardé une cache dans une zone désertique près de Rutba.", "zone désertique", "fr",
     (33.038, 40.285)),
])
def test_an_unnamed_spot_near_a_town_is_placed_at_the_town_with_a_wide_radius(gz, sentence, name, language, town):
    place, _ = resolved(gz, sentence, PlaceRef(name), focus=("IQ",), language=language)
    assert place is not None and km(place.lat, place.lon, *town) < 8, place
    assert place.radius_km >= 10


def test_a_quarter_resolved_far_from_its_town_gives_way_to_the_town(gz):
    # a quarter the gazetteer lacks, whose spelling matches a town 150 km away
    sentence = "L'aviation a visé un immeuble dans le quartier de Rahat, à Tyr, faisant quatre morts."
    place, _ = resolved(gz, sentence, PlaceRef("Rahat"), focus=("LB", "IL"), language="fr")
    assert place is not None and km(place.lat, place.lon, 33.273, 35.194) < 5, place


def test_a_name_that_resolves_well_keeps_its_place_when_a_town_follows(gz):
    sentence = "Rockets hit Kiryat Shmona, near the Lebanese border, wounding three."
    place, _ = resolved(gz, sentence, PlaceRef("Kiryat Shmona"), focus=("IL", "LB"))
    assert place is not None and km(place.lat, place.lon, 33.207, 35.570) < 3, place


# -- installations: a military academy, an Iraqi base named after its town -----------------------------

@pytest.mark.parametrize("name, language, point", [
    ("الكلية الحربية في حمص", "ar", (34.724, 36.726)),
    ("académie militaire de Homs", "fr", (34.724, 36.726)),
    ("Camp Kalsu", "en", (32.887, 44.346)),
    ("قاعدة كالسو", "ar", (32.887, 44.346)),
])
def test_named_installations_resolve(gz, name, language, point):
    place, _ = resolved(gz, f"Drones attacked the {name} overnight.", PlaceRef(name), focus=("SY", "IQ"),
                        language=language)
    assert place is not None and km(place.lat, place.lon, *point) < 6, place


def test_a_kurdish_spelling_finds_the_village(gz):
    # ژ (zhe) written for ز: normalisation folds Kurdish letters to Arabic ones
    place, _ = resolved(gz, "قصفت مسيرة مقرا في بلدة جژنيكان شمالي أربيل.", PlaceRef("جژنيكان"), language="ar")
    lat, lon = _geonames_point("IQ", "446396")
    assert place is not None and km(place.lat, place.lon, lat, lon) < 1, place
