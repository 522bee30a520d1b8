"""A part of a country or province is that part, not the whole (session 25).

"An Israeli strike killed three people in southern Lebanon" was an event at Lebanon's centre, in the Mount
Lebanon range 60 km from any of the southern villages; "le nord-est de la Syrie", "جنوب قطاع غزة" likewise.
The place is now the part of the area's outline the direction names, as an area one precision finer, with its
own centre, radius and polygon. Towns stay whole, and "20 km south of X" is still a distance from X.
"""
from __future__ import annotations

import datetime as dt

import pytest
from shapely.geometry import Point, shape

from geo_events.estimate import part_of
from geo_events.gazetteer import Gazetteer
from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 14)


def _only(text, lang):
    events = events_of(text, lang, PUBLISHED)
    assert len(events) == 1, [e.place_name for e in events]
    return events[0]


# (text, lang, the area's record, the part, a box the part's centre must lie in: lat_min, lat_max, lon_min, lon_max)
PARTS = [
    ("An Israeli airstrike killed three people in southern Lebanon on Tuesday, the health ministry said.", "en",
     "country:LB", "south", (33.05, 33.6, 35.1, 35.9)),
    ("Israeli strikes on south Lebanon killed two Hezbollah fighters on Tuesday.", "en",
     "country:LB", "south", (33.05, 33.6, 35.1, 35.9)),
    ("Une frappe israélienne a tué trois personnes dans le sud du Liban mardi, selon le ministère de la Santé.", "fr",
     "country:LB", "south", (33.05, 33.6, 35.1, 35.9)),
    ("An Israeli airstrike killed five people in southern Gaza on Tuesday, medics said.", "en",
     "curated:gaza-strip", "south", (31.2, 31.37, 34.2, 34.35)),
    ("قتل خمسة فلسطينيين في غارة إسرائيلية في جنوب قطاع غزة يوم الثلاثاء.", "ar",
     "curated:gaza-strip", "south", (31.2, 31.37, 34.2, 34.35)),
    ("Cinq Palestiniens ont été tués mardi par une frappe israélienne dans le nord de la bande de Gaza.", "fr",
     "curated:gaza-strip", "north", (31.47, 31.6, 34.4, 34.6)),
    ("A drone strike hit a car in north-eastern Syria on Tuesday, killing two fighters.", "en",
     "country:SY", "north-east", (35.5, 37.3, 39.5, 42.3)),
    ("Un drone turc a frappé mardi une voiture dans le nord-est de la Syrie, tuant deux combattants.", "fr",
     "country:SY", "north-east", (35.5, 37.3, 39.5, 42.3)),
    ("An airstrike hit a convoy in western Anbar on Tuesday, killing four militants.", "en",
     "curated:anbar-governorate", "west", (32.0, 34.6, 38.8, 41.0)),
]


@pytest.mark.parametrize("text, lang, area, part, bounds", PARTS)
def test_a_part_of_an_area_is_placed_in_that_part(text, lang, area, part, bounds):
    place = _only(text, lang).place
    assert place is not None and place.record_id == f"{area}#{part}", place
    lat_min, lat_max, lon_min, lon_max = bounds
    assert lat_min <= place.lat <= lat_max and lon_min <= place.lon <= lon_max, (place.lat, place.lon)
    assert place.precision in ("governorate", "district")  # an area, finer than the whole
    assert place.polygon is not None and shape(place.polygon).contains(Point(place.lon, place.lat))


@pytest.mark.parametrize("text, lang", [
    ("An Israeli airstrike killed three people in Lebanon on Tuesday, the health ministry said.", "en"),
    ("Une frappe israélienne a tué trois personnes au Liban mardi, selon le ministère de la Santé.", "fr"),
])
def test_an_area_told_whole_stays_whole(text, lang):
    place = _only(text, lang).place
    assert place is not None and place.record_id == "country:LB"


@pytest.mark.parametrize("text, lang", [
    ("Two rockets hit eastern Baghdad on Tuesday, police said.", "en"),
    ("Deux roquettes sont tombées mardi dans l'est de Bagdad, selon la police.", "fr"),
])
def test_a_town_told_with_a_direction_stays_the_town(text, lang):
    place = _only(text, lang).place
    assert place is not None and place.precision == "town" and "#" not in place.record_id


def test_the_part_is_inside_the_whole_and_smaller():
    gaz = Gazetteer.default()
    lebanon = gaz.lookup("Lebanon", limit=1)[0]
    south = part_of(lebanon, "south")
    north = part_of(lebanon, "north")
    assert south.lat < lebanon.lat < north.lat
    assert south.radius_km < lebanon.radius_km and south.name == "southern Lebanon"
    assert part_of(lebanon, "upstream") is None
    town = gaz.lookup("Baghdad", limit=1)[0]
    assert town.precision == "town" and part_of(town, "south") is None


def test_a_launch_from_a_part_is_drawn_in_that_part():
    ev = _only("Rockets fired from south Lebanon hit the Israeli town of Kiryat Shmona on Tuesday, the army said.", "en")
    assert ev.launch is not None and ev.launch.lat is not None
    assert ev.launch.lat < 33.6  # the southern part, not the whole country's range-cut


@pytest.mark.parametrize("text, lang, area, part", [
    ("استشهد شخصان في غارة إسرائيلية على جنوب لبنان يوم الثلاثاء.", "ar", "country:LB", "south"),
    ("قتل شخصان بقصف تركي على شمال شرق سوريا يوم الثلاثاء.", "ar", "country:SY", "north-east"),
    # the part written into the name
    ("Israeli jets struck targets in South Lebanon on Tuesday, killing two people.", "en", "country:LB", "south"),
    ("Des frappes israéliennes ont tué deux personnes mardi au Sud-Liban.", "fr", "country:LB", "south"),
    ("Deux personnes ont été tuées mardi dans une frappe israélienne au Liban-Sud.", "fr", "country:LB", "south"),
    ("A strike hit a house in North Gaza on Tuesday, killing four.", "en", "curated:gaza-strip", "north"),
])
def test_every_way_of_writing_a_part(text, lang, area, part):
    place = _only(text, lang).place
    assert place is not None and place.record_id == f"{area}#{part}", place


@pytest.mark.parametrize("text, lang, record", [
    # a bearing from a town is still a bearing: the village south of Balad, not a part of Balad
    ("سقطت ثلاث قذائف هاون على قرية البو حسان جنوب بلد يوم الثلاثاء.", "ar", "curated:albu-hassan-balad"),
    # a named village inside the countryside stays the village
    ("قتل ثلاثة مدنيين بقصف على بلدة كفرنبل في ريف إدلب الجنوبي يوم الثلاثاء.", "ar", "geonames:168661"),
    # the countryside of the capital is a province of its own
    ("سقطت قذيفة على ريف دمشق يوم الثلاثاء.", "ar", "curated:rif-dimashq-governorate"),
    # "West Bank" is a name, not the western part of a bank
    ("Israeli forces carried out a drone strike on a car in the West Bank on Monday, killing three.", "en",
     "curated:west-bank"),
])
def test_names_that_only_look_like_parts(text, lang, record):
    place = _only(text, lang).place
    assert place is not None and place.record_id == record
