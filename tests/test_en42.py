"""English wire copy (round en42): the other side's answer told by a gerund after "by" ("which responded by striking
X", ", and Israel responded by striking Y", ", with Israel retaliating by shelling Z") is an attack of its own on its
own target, and the group that claimed the salvo did not claim it; a revised toll told by a source on a later day
("has risen to 12, officials said Friday") does not date the attack that day; "the Basra region" names the
governorate as "Basra province" does; a quarter after its town's possessive ("Kharkiv's Kyivskyi district") lies in
that town; a region named with a town ("Pokrovsk, in the Donetsk region") is a country cue; a sea written as a plain
name ("intercepted over the Red Sea before reaching Eilat") gives way to the land target named with it."""
from __future__ import annotations

import datetime as dt
import math

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def _events(text):
    return events_of(text, "en", PUBLISHED)


def _km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))


# --- an answer told by a gerund after "by" -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, salvo, answer", [
    ("Three rockets were fired from Lebanon at northern Israel, which responded by striking positions in Aitaroun.",
     "Israel", "Aitaroun"),
    ("Hezbollah fired rockets at Metula, and Israel responded by striking Khiam.", "Metula", "Khiam"),
    ("Hezbollah fired rockets at Metula, with Israel retaliating by shelling Kfar Kila.", "Metula", "Kfar Kila"),
    ("Hezbollah fired rockets at Metula. Israel responded by striking Khiam.", "Metula", "Khiam"),
])
def test_an_answer_told_by_a_gerund_is_its_own_attack(text, salvo, answer):
    events = {e.place_name: e for e in _events(text)}
    assert set(events) == {salvo, answer}
    assert events[answer].claimed_by == []  # the salvo's claimant did not claim the other side's answer


# --- a revised toll told on a later day ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, not_day", [
    ("The death toll from the drone strike in Kherson has risen to 12, officials said Friday.", dt.date(2024, 3, 15)),
    ("The toll from the attack on the army base in Mopti rose to 25, the army said on Friday.", dt.date(2024, 3, 15)),
    ("The number of people killed in the Russian missile strike on Odesa climbed to 21, the governor said on "
     "Wednesday.", dt.date(2024, 3, 13)),
])
def test_a_revised_toll_does_not_date_the_attack_on_the_day_it_was_told(text, not_day):
    (event,) = _events(text)
    assert event.killed.best in (12, 21, 25)
    assert event.date is None or not (event.date.earliest == event.date.latest == not_day)


# --- "the X region": the first-level division when the gazetteer has it --------------------------------------------------
@pytest.mark.parametrize("text", [
    "Drones struck the Basra region on Wednesday, injuring two people.",
    "Militants attacked an army post in the Idlib region on Tuesday.",
    "A drone attack on the Kirkuk region killed two soldiers.",
    "Drones attacked the Kermanshah region.",
])
def test_the_x_region_is_the_governorate(text):
    (event,) = _events(text)
    assert event.place is not None and event.place.precision == "governorate"


# --- a quarter after its town's possessive ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A Russian missile hit Kharkiv's Kyivskyi district on Thursday, injuring five people, the regional governor said.",
    "A drone hit a house in Kharkiv's Kyivskyi district.",
])
def test_a_quarter_after_a_towns_possessive_lies_in_that_town(text):
    (event,) = _events(text)
    assert event.place is not None
    assert _km(event.place.lat, event.place.lon, 49.982, 36.255) < 30  # Kharkiv, not a Kyivskyi 220 km away


# --- a region named with the town is a country cue -----------------------------------------------------------------------
def test_a_region_named_with_the_town_places_it_in_that_regions_country():
    (event,) = _events("Russian shelling killed two civilians in Pokrovsk, in the Donetsk region, on Monday.")
    assert event.place is not None
    assert _km(event.place.lat, event.place.lon, 48.280, 37.177) < 10  # Pokrovsk, Donetsk oblast
    assert event.killed.best == 2


# --- an interception over a sea before it reached a land target -------------------------------------------------------
def test_an_interception_over_a_sea_before_reaching_a_town_is_kept_at_the_town():
    (event,) = _events("A missile launched from Yemen was intercepted over the Red Sea before reaching Eilat, the "
                       "Israeli military said.")
    assert event.event_type == "interception"
    assert event.place_name == "Eilat"
    assert event.launch is not None and event.launch.name == "Yemen"
