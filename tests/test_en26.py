"""English wire copy (session 26, en26): Houthi attacks on shipping and strikes on Yemen, drone and missile barrages
with air-defence tallies. A second site told as "and the capital Y", a ship named after its flag or its kind (never a
place), air defences destroying drones in the active voice, a drone flying over a place (no launch site)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 7)


def _places(text, lang="en"):
    return sorted(e.place.name for e in events_of(text, lang, PUBLISHED) if e.place is not None)


@pytest.mark.parametrize("text, lang, places", [
    ("U.S. and British warplanes struck Houthi targets in Hodeidah and the capital Sanaa early Saturday, the group's "
     "Al-Masirah television reported.", "en", ["Al Ḩudaydah", "Sanaa"]),
    ("Airstrikes hit the port city of Hodeidah and the capital Sanaa early Saturday.", "en", ["Al Ḩudaydah", "Sanaa"]),
    ("Des frappes ont visé Hodeïda et la capitale Sanaa samedi.", "fr", ["Al Ḩudaydah", "Sanaa"]),
])
def test_a_capital_named_after_and_is_a_second_site(text, lang, places):
    # "and the capital Y": the kind of town before the name does not make it a description of the first
    assert _places(text, lang) == places
    # a capital told alone (where officials spoke) stays a description
    assert _places("Officials in the capital Sanaa said airstrikes hit Hodeidah on Monday.") == ["Al Ḩudaydah"]
    assert _places("Airstrikes hit Hodeidah on Monday, officials in the capital Sanaa said.") == ["Al Ḩudaydah"]


@pytest.mark.parametrize("text, bearing_km, killed", [
    # the ship named after its flag, no word for a ship: still an incident at sea, placed from the port
    ("Three crew members were killed when a Houthi missile struck the Barbados-flagged True Confidence about 50 "
     "nautical miles southwest of Aden on Wednesday.", "SW of Aden", 3),
    ("A Houthi missile struck the Barbados-flagged True Confidence about 50 nautical miles southwest of Aden on "
     "Wednesday.", "SW of Aden", None),
])
def test_a_flagged_ship_hit_at_sea_is_placed_from_the_port(text, bearing_km, killed):
    [event] = events_of(text, "en", PUBLISHED)
    assert event.event_type == "missile attack"
    assert event.place is not None and event.place.name.endswith(bearing_km)
    assert event.date.earliest == dt.date(2024, 3, 6)
    assert event.killed.best == killed


@pytest.mark.parametrize("text, place", [
    ("The Marshall Islands-flagged bulk carrier Star Iris was struck by two missiles while sailing off the coast of "
     "Mokha, Yemen, on Monday, the U.S. military said.", "off Mocha"),
    ("The tanker Sounion was struck by two missiles off the coast of Mokha on Monday.", "off Mocha"),
])
def test_a_ships_name_is_not_the_place_hit(text, place):
    [event] = events_of(text, "en", PUBLISHED)
    assert event.place is not None and event.place.name == place
    assert event.count.best == 2


@pytest.mark.parametrize("text, place, count", [
    ("Air defence units destroyed eight drones over the Kyiv region, the regional military administration said on "
     "Tuesday.", "Kyiv Oblast", 8),  # the region, an area (session 37), nothing finer being named
    ("MOSCOW, March 5 (Reuters) - Russia's defence ministry said its air defences destroyed 12 Ukrainian drones over "
     "the Belgorod region overnight.", "Belgorod Oblast", 12),
])
def test_air_defences_destroying_drones_is_an_interception(text, place, count):
    [event] = events_of(text, "en", PUBLISHED)
    assert event.event_type == "interception"
    assert event.place.name == place and event.count.best == count
    # a drone strike destroying an air defence system stays an attack
    [strike] = events_of("A Ukrainian drone strike destroyed an air defence system in Crimea on Tuesday.", "en",
                         PUBLISHED)
    assert strike.event_type == "drone attack"


@pytest.mark.parametrize("text", [
    "Israel's military said it intercepted a drone launched from Yemen over the Red Sea near Eilat on Tuesday.",
    "A missile fired from Yemen was intercepted above Eilat on Tuesday.",
])
def test_what_a_drone_from_yemen_flew_over_is_no_launch_site(text):
    [event] = events_of(text, "en", PUBLISHED)
    assert event.event_type == "interception"
    assert event.place is not None and event.place.name == "Eilat"
    assert event.launch is not None and event.launch.name == "Yemen"


@pytest.mark.parametrize("text, killed", [
    ("BEIRUT, March 5 (Reuters) - An Israeli strike on a house in the south Lebanon village of Hanine killed a family "
     "of five, Lebanese security sources said.", 5),
    ("An Israeli airstrike on a house in Rafah killed a family of seven on Tuesday, health officials said.", 7),
    # a family with no size told: several people, how many is not said (not one)
    ("An Israeli airstrike on a house in Rafah killed a family on Tuesday, health officials said.", None),
])
def test_a_family_killed_counts_its_size(text, killed):
    [event] = events_of(text, "en", PUBLISHED)
    assert event.killed.best == killed


@pytest.mark.parametrize("text, blamed", [
    ("SANAA, Yemen (AP) — Suspected U.S.-led airstrikes targeted the Houthi-held port of Salif on Tuesday, the rebels "
     "said.", ["United States"]),
    ("Suspected Israeli airstrikes hit the port of Hodeidah on Tuesday, the rebels said.", ["Israel"]),
    # a weapon before the attack noun names no one
    ("A suspected drone strike hit a car in Tyre on Tuesday, killing two people.", []),
])
def test_suspected_before_an_attack_noun_blames_its_adjective(text, blamed):
    [event] = events_of(text, "en", PUBLISHED)
    assert list(event.blamed_on) == blamed
