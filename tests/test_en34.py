"""English wire copy (session 34, en34): the day of a date is no victim count ("On March 12 five people were
killed") and a number in words after the month's name is the weapons' count ("On 12 March two drones hit");
a nationality adjective before "province of", "city of" ("the Afghan province of Kandahar") is no place; victims
counted before a bearing ("five soldiers were killed in a strike south of X") are no several sites: the place of
the bearing is the attack's."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def _events(text):
    return events_of(text, "en", PUBLISHED)


def _one(text):
    [event] = _events(text)
    return event


# --- a date's day before or after its month ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, killed, count", [
    ("On March 12 five people were killed when a drone hit a car in Khiam.", 5, None),
    ("On 12 March five people were killed when two drones hit a car in Khiam.", 5, 2),
    ("On 12 March two drones hit a car in Khiam.", None, 2),
])
def test_the_day_of_a_date_is_no_toll_and_no_count(text, killed, count):
    event = _one(text)
    assert (event.place_name, event.killed.best, event.count.best) == ("Khiam", killed, count)
    assert event.date.earliest == dt.date(2024, 3, 12)


def test_the_day_of_a_date_is_no_wounded_count():
    event = _one("On March 3 four civilians were wounded when an Israeli drone struck a motorcycle in Khiam.")
    assert event.injured.best == 4


# --- a nationality adjective before a kind of place and its name ---------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("A roadside bomb killed three policemen in the Afghan province of Kandahar.", "Kandahar"),
    ("A roadside bomb killed two soldiers in the southern Afghan province of Ghazni on Monday.", "Ghazni"),
])
def test_a_nationality_adjective_before_province_of_is_no_place(text, place):
    event = _one(text)
    assert event.place_name == place and event.place is not None


# --- a bearing with no distance ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, killed", [
    ("Five Syrian soldiers were killed in an Israeli strike south of Damascus.", 5),
    ("Two soldiers were wounded and three killed in an Israeli strike west of Damascus on Tuesday.", 3),
])
def test_victims_before_a_bearing_are_no_several_sites(text, killed):
    event = _one(text)
    assert (event.event_type, event.place_name, event.killed.best) == ("airstrike", "Damascus", killed)
