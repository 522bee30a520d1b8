"""Launch round 8: which incident a launch sentence belongs to, and where a launch told from a place lies.

Habits covered, each in wordings and places of its own: a definite projectile ("the rockets", "les
roquettes") told after another kind of incident goes back to the incident of its kind; "an area N km
south of X" names X as the place the launch is told from (the estimator offsets from X, not from the
target); a launcher found "in X"; and the negatives: a place rockets were fired towards, a country or
province named as the launch area (an area, not a site).
"""
from __future__ import annotations

import datetime as dt

import pytest

from geo_events import geodesy
from geo_events.estimate import estimate
from geo_events.extract import extract
from geo_events.models import Document, Event, Evidence, Fact, Launch, Place, PlaceRef


def frames_of(text: str, language: str = "en"):
    return extract(Document(doc_id="t", text=text, language=language, published=dt.date(2022, 5, 3)))


def launches(text: str, language: str = "en") -> dict:
    """target name -> launch PlaceRef (or None) of each frame."""
    out = {}
    for f in frames_of(text, language):
        t, lf = f.first("target"), f.first("launch")
        if t is not None:
            out[t.value.name] = lf.value if lf is not None else None
    return out


# -- a definite projectile goes back to the incident of its kind ------------------------------------------


@pytest.mark.parametrize("text, language, rocket_site, drone_site", [
    ("Two rockets landed near Erbil airport late on Friday, and a drone hit the Harir base the next morning, "
     "officials said. The rockets fell near the cargo terminal. Police later found the launcher in a field about "
     "8 km west of the airport.", "en", "Erbil", "Harir"),
    ("Trois roquettes sont tombées sur l'aéroport d'Erbil vendredi soir, et un drone a frappé la base de Harir "
     "samedi matin. Les roquettes ont été tirées depuis les environs de Khabat, selon la police.", "fr", "Erbil", "Harir"),
])
def test_the_rockets_told_after_a_drone_go_back_to_the_rocket_attack(text, language, rocket_site, drone_site):
    found = launches(text, language)
    assert found[rocket_site] is not None, found
    assert found[drone_site] is None, found


def test_the_drone_told_after_rockets_goes_to_the_drone_attack():
    text = ("Rockets hit Balad air base on Monday. Separately, a drone struck Erbil airport on Tuesday. "
            "The drone was launched from the Makhmur area, officials said.")
    found = launches(text)
    assert found["Balad"] is None and found["Erbil"].name == "Makhmur"


def test_a_projectile_of_a_kind_not_told_stays_with_the_incident_being_told():
    # no rocket attack was told before: "the rockets" cannot go back to one
    text = "A drone hit Balad air base on Monday. The rockets were fired from the outskirts of Dujail, police said."
    assert launches(text)["Balad"].name == "Dujail"


# -- "an area N km south of X": the launch is told from X ---------------------------------------------------


@pytest.mark.parametrize("text, language, place, way, km", [
    ("Two rockets hit Balad air base on Tuesday, fired from an area 5 km south of Dujail, police said.",
     "en", "Dujail", "south", 5),
    ("Rockets struck the Victory base on Sunday. They were launched from farmland some 7 kilometres east of "
     "Abu Ghraib, a security source said.", "en", "Abu Ghraib", "east", 7),
    ("Deux roquettes ont frappé la base de Balad mardi, tirées à partir d'une zone située à 4 km au nord de "
     "Yathrib.", "fr", "Yathrib", "north", 4),
])
def test_a_distance_from_another_place_names_that_place(text, language, place, way, km):
    ref = next(v for v in launches(text, language).values() if v is not None)
    assert (ref.name, ref.direction, ref.distance_km) == (place, way, km)


def test_a_distance_from_the_target_itself_names_no_other_place():
    text = ("Three rockets hit Erbil airport on Tuesday. The rockets were fired from an orchard about six "
            "kilometres south of the airport, police said.")
    ref = launches(text)["Erbil"]
    assert (ref.name, ref.direction, ref.distance_km) == ("", "south", 6)


BALAD = Place("Balad Air Base", 33.9402, 44.3614, feature="airbase", precision="site", radius_km=1.5,
              country="IQ", record_id="curated:balad")
DUJAIL = Place("Ad Dujayl", 33.8467, 44.2343, feature="town", precision="town", radius_km=2.0,
               country="IQ", record_id="geonames:dujail")
BALAD_TOWN = Place("Balad", 34.0156, 44.1453, feature="town", precision="town", radius_km=2.0,
                   country="IQ", record_id="geonames:balad")


def _event(place: Place, name: str, direction: str, km):
    sentence = f"The rockets were fired from an area {km} km {direction} of {name}."
    ev = Evidence("d", sentence, 0, len(sentence))
    launch = Launch(name=name, place=place,
                    facts=[Fact("launch", PlaceRef(name, direction=direction, distance_km=km), ev)])
    return Event(event_id="e", event_type="rocket attack", frames=[], place_name="Balad Air Base", place=BALAD,
                 weapon="Katyusha rockets", launch=launch)


def test_the_estimator_offsets_from_a_named_place_far_from_the_target():
    ev = _event(DUJAIL, "Dujail", "south", 5)
    estimate([ev])
    _, d = geodesy.inverse(DUJAIL.lat, DUJAIL.lon, ev.launch.lat, ev.launch.lon)
    az, _ = geodesy.inverse(DUJAIL.lat, DUJAIL.lon, ev.launch.lat, ev.launch.lon)
    assert d == pytest.approx(5, abs=0.1) and abs(az - 180) < 1
    assert "Ad Dujayl" in ev.launch.note and ev.launch.estimated
    assert ev.trajectories and ev.trajectories[0].launch_lat == ev.launch.lat


def test_a_distance_matching_the_places_own_distance_keeps_the_place():
    # "near the town of Balad, 23 km north-west of the base": the distance placed the town, told from the target
    _, d = geodesy.inverse(BALAD.lat, BALAD.lon, BALAD_TOWN.lat, BALAD_TOWN.lon)
    ev = _event(BALAD_TOWN, "Balad", "north-west", round(d))
    estimate([ev])
    assert (ev.launch.lat, ev.launch.lon) == (BALAD_TOWN.lat, BALAD_TOWN.lon) and not ev.launch.estimated


def test_a_launch_named_by_the_target_itself_is_told_from_the_target():
    ev = _event(BALAD, "Balad", "east", 6)
    estimate([ev])
    d_az = geodesy.inverse(BALAD.lat, BALAD.lon, ev.launch.lat, ev.launch.lon)
    assert d_az[1] == pytest.approx(6, abs=0.2) and abs(d_az[0] - 90) < 2


# -- a launcher found in a named place ------------------------------------------------------------------


@pytest.mark.parametrize("text, language, place", [
    ("Three rockets struck the Victory base near Baghdad airport on Monday. Launch rails were found in Abu Ghraib.",
     "en", "Abu Ghraib"),
    ("Two rockets hit Balad air base on Friday. Police later discovered a launcher near the village of Yathrib.",
     "en", "Yathrib"),
    ("Deux roquettes ont frappé la base de Balad vendredi. Une rampe de lancement a été retrouvée à Dujail, "
     "selon la police.", "fr", "Dujail"),
])
def test_a_launcher_found_in_a_place_names_the_launch(text, language, place):
    assert any(v is not None and v.name == place for v in launches(text, language).values())


def test_a_place_merely_near_the_base_is_no_launch():
    text = "Two rockets hit Balad air base on Friday. The base lies near Dujail, and its defences engaged."
    assert all(v is None for v in launches(text).values())


# -- negatives: aimed at, areas ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, language", [
    ("Rockets were fired towards Balad air base on Tuesday, police said.", "en"),
    ("Des roquettes ont été tirées vers la base de Balad mardi, selon la police.", "fr"),
])
def test_the_place_fired_towards_is_the_target_not_the_launch(text, language):
    found = launches(text, language)
    assert "Balad" in found and found["Balad"] is None


def test_a_province_launch_is_an_area_for_the_estimator():
    text = "Two drones hit Erbil airport on Tuesday. The drones were launched from Nineveh province, officials said."
    ref = launches(text)["Erbil"]
    assert (ref.name, ref.cue) == ("Nineveh", "province")
    erbil = Place("Erbil International Airport", 36.2376, 43.9632, feature="airport", precision="site",
                  radius_km=2.0, country="IQ", record_id="curated:erbil")
    nineveh = Place("Nineveh", 36.2, 42.8, feature="governorate", precision="governorate", radius_km=60.0,
                    country="IQ", record_id="geonames:nineveh")
    ev = Event(event_id="e", event_type="drone attack", frames=[], place_name="Erbil", place=erbil,
               launch=Launch(name="Nineveh", place=nineveh))
    estimate([ev])
    assert ev.launch.estimated is True and ev.launch.area is not None  # an area's point, flagged as estimated
