"""English wire copy (session 25, en25): strikes told in sequence, named crossings and checkpoints, revised tolls,
airliner diversions, a rank in a series told after the incident, Ukrainian towns in a Ukraine report."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 15)


def _places(text):
    return sorted(e.place.name for e in events_of(text, "en", PUBLISHED) if e.place is not None)


@pytest.mark.parametrize("text, places", [
    # the verb told again after "and then": its object is a second site
    ("Israeli aircraft struck Khan Younis on Tuesday and then hit Rafah hours later, health officials said.",
     ["Khān Yūnis", "Rafaḩ"]),
    # the first object's weapon is a guided bomb
    ("Russian forces struck Kharkiv with guided bombs on Saturday and then targeted Sumy overnight, regional "
     "officials said.", ["Kharkiv", "Sumy"]),
    # the next object a thing in a town: "then a weapons depot in Y"
    ("The Israeli military said fighter jets struck a Hamas command centre in Rafah on Thursday and then a weapons "
     "depot in Khan Younis.", ["Khān Yūnis", "Rafaḩ"]),
])
def test_a_second_site_told_in_sequence_is_its_own_event(text, places):
    assert _places(text) == places


@pytest.mark.parametrize("guard", [
    "The Houthis fired a missile at Eilat on Friday and then Iran condemned the strikes.",
    "Israeli jets struck Tyre on Monday and then a house in the village, the agency said.",
])
def test_what_follows_then_is_a_site_only_when_it_is_an_object(guard):
    # a subject with its own verb, or a thing with no town, after "then" is no second site
    assert len(events_of(guard, "en", PUBLISHED)) == 1
    assert _places("Israeli jets bombed Tyre on Monday and then struck Nabatieh, the agency said.") == [
        "Nabatieh", "Tyre"]


@pytest.mark.parametrize("text, record", [
    ("An Israeli strike near the Rafah crossing killed three people on Thursday, Palestinian medics said.",
     "curated:rafah-crossing"),
    ("Two people were wounded in a shooting attack outside the Erez crossing, the army said.", "curated:erez-crossing"),
])
def test_a_crossing_named_for_a_town_is_the_crossing(text, record):
    [event] = events_of(text, "en", PUBLISHED)
    assert event.place.record_id == record


def test_a_checkpoint_near_a_town_is_placed_at_the_town():
    [event] = events_of("A Palestinian gunman opened fire at the Tunnels checkpoint near Jerusalem on Thursday, "
                        "wounding an Israeli soldier.", "en", PUBLISHED)
    assert event.place is not None and event.place.name == "Jerusalem"


@pytest.mark.parametrize("text, killed", [
    ("Officials said the toll from the Israeli strike on Nuseirat had climbed to 33, up from 27 earlier.", 33),
    ("The toll from the Israeli strike on Nuseirat climbed to 33.", 33),
    ("Authorities revised the death toll from the strike on Odesa down to seven from nine.", 7),
    ("Authorities revised the death toll from the Russian strike on Odesa to seven.", 7),
    ("The death toll from the Russian strike on Odesa was revised down to seven.", 7),
    ("The death toll from the Russian strike on Odesa fell to seven after officials corrected an earlier figure.", 7),
    ("A Russian strike on Odesa killed nine people on Monday. Authorities later revised the death toll down to seven.",
     7),
])
def test_a_revised_toll_gives_the_dead(text, killed):
    [event] = events_of(text, "en", PUBLISHED)
    assert event.killed.best == killed


@pytest.mark.parametrize("text", [
    "An El Al flight from Bangkok was diverted to Larnaca because of the Iranian missile attack.",
    "Flights at Beirut airport were disrupted on Monday amid fears of an Israeli attack.",
])
def test_a_diverted_airliner_is_no_attack(text):
    assert events_of(text, "en", PUBLISHED) == []


def test_the_rank_of_the_incident_in_a_series_is_no_second_incident():
    events = events_of("An Israeli drone strike on a car near the southern city of Tyre killed two people on "
                       "Wednesday, Lebanon's state news agency said. It was the second strike near Tyre this week.",
                       "en", PUBLISHED)
    assert [(e.place.name, e.killed.best, e.date.earliest) for e in events] == [("Tyre", 2, dt.date(2024, 3, 13))]


@pytest.mark.parametrize("text, town", [
    ("A drone attack on Kherson killed two civilians on Friday, Ukrainian officials said.", "Kherson"),
    ("A drone attack on Nikopol killed two civilians on Friday, Ukrainian officials said.", "Nikopol"),
])
def test_a_ukrainian_town_in_a_ukraine_report_is_placed(text, town):
    [event] = events_of(text, "en", PUBLISHED)
    assert event.place is not None and event.place.name == town


@pytest.mark.parametrize("text, kinds", [
    ("Hezbollah fired rockets at Kiryat Shmona on Sunday, and the Israeli military said it struck the group's "
     "positions in Kfar Kila.", [("Kfar Kila", "airstrike"), ("Qiryat Shmona", "rocket attack")]),
    ("Houthi rebels fired a missile at Eilat on Friday, and the US military said it then struck a radar site near "
     "Hodeidah.", [("Al Ḩudaydah", "airstrike"), ("Eilat", "missile attack")]),
])
def test_the_other_sides_strike_told_after_and_is_its_own_attack(text, kinds):
    events = events_of(text, "en", PUBLISHED)
    assert sorted((e.place.name, e.event_type) for e in events) == kinds
