"""English wire copy (round en41): a second item that leaves out its verb and noun ("shot down 12 drones over the
Belgorod region and three over the Kursk region", "Five people were killed in X, and three more in a strike on Y",
"10 over A, four over B and two over C") is an incident of its own; a name joined to the target by a bare "and" stays
a target after a launch country ("fired from Lebanon at X and Y"); a defence ministry's list of regions is one
interception per region; a state that downs drones, named by its capital or with its forces after the speech verb
("Kyiv said it downed", "Ukraine said its air defences shot down"), places the interception over its land; a claim
whose subject is "The group" is the group the incident's account named; the TTP is the Pakistani Taliban; a "suicide
bomber" is no aircraft; a launch point told by a distance and bearing, "near the village of X", is a launch site."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def _by_place(text):
    return {e.place_name: e for e in events_of(text, "en", PUBLISHED)}


# --- a second item with its verb and noun left out -------------------------------------------------------------------
@pytest.mark.parametrize("text, counts", [
    ("Air defences shot down 12 drones over the Belgorod region and three over the Kursk region, the ministry said.",
     {"Belgorod": 12, "Kursk": 3}),
    ("Two drones were shot down over the Kursk region and one over the Oryol region overnight, the Russian defence "
     "ministry said.", {"Kursk": 2, "Oryol": 1}),
    ("Air defences destroyed 10 drones over the Bryansk region, four over Kursk and two over Oryol, the ministry said.",
     {"Bryansk": 10, "Kursk": 4, "Oryol": 2}),
])
def test_a_gapped_figure_over_a_second_region_is_its_own_interception(text, counts):
    events = _by_place(text)
    assert {name: e.count.best for name, e in events.items()} == counts
    assert all(e.event_type == "interception" for e in events.values())


@pytest.mark.parametrize("text, tolls, days", [
    ("Five people were killed in a drone strike in Deir al-Balah late on Thursday, and three more in a strike on Khan "
     "Younis early Friday.", {"Deir al-Balah": 5, "Khan Younis": 3},
     {"Deir al-Balah": dt.date(2024, 3, 14), "Khan Younis": dt.date(2024, 3, 15)}),
    ("Israeli strikes killed 12 people in Rafah and eight in Khan Younis on Tuesday, health officials said.",
     {"Rafah": 12, "Khan Younis": 8}, {"Rafah": dt.date(2024, 3, 12), "Khan Younis": dt.date(2024, 3, 12)}),
])
def test_a_gapped_toll_in_a_second_place_is_its_own_incident(text, tolls, days):
    events = _by_place(text)
    assert {name: e.killed.best for name, e in events.items()} == tolls
    assert {name: e.date.earliest for name, e in events.items()} == days


def test_a_gapped_item_needs_a_place_of_its_own():
    # "and eight in Khan Younis" is a second incident; "two in serious condition" names no place, and stays a detail
    assert set(_by_place("Israeli strikes killed 12 people in Rafah and eight in Khan Younis.")) == {"Rafah",
                                                                                                     "Khan Younis"}
    [event] = events_of("The strike wounded 10 people in Kharkiv, two in serious condition, officials said.", "en",
                        PUBLISHED)
    assert event.place_name == "Kharkiv" and event.injured.best == 10


# --- a list of targets after a launch country; a list of regions ------------------------------------------------------
def test_the_second_target_after_a_launch_country_is_a_target():
    events = _by_place("Two rockets were fired from Lebanon at Kiryat Shmona and Metula on Tuesday; no injuries were "
                       "reported.")
    assert set(events) == {"Kiryat Shmona", "Metula"}
    assert all(e.launch is not None and e.launch.name == "Lebanon" for e in events.values())


@pytest.mark.parametrize("text, regions", [
    ("Russia's air defences destroyed 41 Ukrainian drones over the Bryansk, Kursk and Belgorod regions, the defence "
     "ministry said.", {"Bryansk", "Kursk", "Belgorod"}),
    ("Russian air defences destroyed 41 drones over the Bryansk and Kursk regions.", {"Bryansk", "Kursk"}),
])
def test_a_defence_ministrys_regions_are_one_interception_each(text, regions):
    events = _by_place(text)
    assert set(events) == regions
    assert all(e.event_type == "interception" for e in events.values())


# --- the intercepting state's own land --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kyiv said it downed 18 of 20 Russian drones launched overnight.",
    "Ukraine said its air defences shot down 18 Russian drones overnight.",
])
def test_a_state_that_downs_drones_places_the_interception_over_its_land(text):
    [event] = events_of(text, "en", PUBLISHED)
    assert event.event_type == "interception"
    assert event.place is not None and event.place.name == "Ukraine"


# --- claims ------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, claimant", [
    ("Al-Shabaab fighters stormed a hotel in Mogadishu late on Friday, killing at least nine people. The group claimed "
     "the attack in a statement.", "Al-Shabaab"),
    ("Islamic State militants ambushed an army patrol near Tikrit on Monday, killing four soldiers. The group later "
     "claimed responsibility.", "Islamic State"),
])
def test_the_group_that_claims_is_the_group_the_account_named(text, claimant):
    [event] = events_of(text, "en", PUBLISHED)
    assert event.claimed_by == [claimant]


def test_the_group_is_only_a_group_the_account_named():
    # (with no group in the incident's account, "The group" points at no one)
    [named] = events_of("Al-Shabaab fighters stormed a hotel in Mogadishu late on Friday, killing at least nine "
                        "people. The group claimed the attack in a statement.", "en", PUBLISHED)
    [unnamed] = events_of("Gunmen stormed a hotel in Mogadishu late on Friday, killing at least nine people. The group "
                          "claimed the attack in a statement.", "en", PUBLISHED)
    assert (named.claimed_by, unnamed.claimed_by) == (["Al-Shabaab"], [])


@pytest.mark.parametrize("text", [
    "A suicide bomber attacked a convoy of Pakistani forces in Bannu on Saturday, killing seven soldiers. The TTP "
    "claimed responsibility.",
    "A suicide bomber attacked a convoy of Pakistani forces in Bannu on Saturday, killing seven soldiers. The "
    "Tehrik-i-Taliban Pakistan (TTP) claimed responsibility.",
])
def test_the_ttp_is_the_pakistani_taliban_and_a_suicide_bomber_no_aircraft(text):
    [event] = events_of(text, "en", PUBLISHED)
    assert event.claimed_by == ["Pakistani Taliban"]
    assert event.event_type != "airstrike"


# --- a launch point told by distance, then "near" a village -----------------------------------------------------------
def test_a_launch_point_near_a_village_is_the_launch_not_a_target():
    [event] = events_of("A rocket struck an open area near Kiryat Shmona on Monday. The rocket was fired from about "
                        "10 km north of the border, near the Lebanese village of Aitaroun, the military said.", "en",
                        PUBLISHED)
    assert event.place_name == "Kiryat Shmona"
    assert event.launch is not None and event.launch.name == "Aitaroun"
