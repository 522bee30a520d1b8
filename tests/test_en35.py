"""English wire copy (session 35, en35): a city of millions outside the region is what its own name means, not a
village of the region that bears it ("a suicide bombing in Kabul" is not the Galilee's Kābūl) nor a city that
answers to it by an alternate name ("Mogadishu" is not Mukalla); Russia's missiles are a missile attack (its warplanes, when named, still make an airstrike);
"into" after the launch site ("fired from Lebanon into the Upper Galilee") is where the projectiles went."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def _one(text):
    [event] = events_of(text, "en", PUBLISHED)
    return event


# --- a metropolis abroad over a village of the region ------------------------------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("A suicide bombing in Kabul killed six people.", "AF"),
    ("An explosion at a Taliban office in Kabul killed a senior official, the interior ministry said.", "AF"),
    ("A car bomb exploded near a hotel in Mogadishu on Friday, killing four people, police said.", "SO"),
])
def test_a_world_city_is_what_its_own_name_means(text, country):
    event = _one(text)
    assert event.place is not None and event.place.country == country


def test_the_village_stays_when_the_article_names_its_country():
    assert _one("A suicide bombing in Kabul killed six people.").place.country == "AF"
    events = events_of("Hezbollah fired rockets at Kabul and Shlomi in the Galilee, the Israeli army said.", "en",
                       PUBLISHED)
    kabul = [e for e in events if e.place_name == "Kabul"]
    assert kabul and kabul[0].place.country == "IL"


# --- Russia's missiles -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("Russian missiles hit an energy facility in Kharkiv.", "Kharkiv"),
    ("A Russian missile strike on Kyiv killed at least three people and wounded 12, officials said.", "Kyiv"),
    ("A Russian missile struck the port city of Odesa, damaging port infrastructure.", "Odesa"),
    ("Kyiv was hit by a massive Russian missile attack early on Monday, with at least 11 people killed.", "Kyiv"),
])
def test_russian_missiles_are_a_missile_attack(text, place):
    event = _one(text)
    assert (event.place_name, event.event_type) == (place, "missile attack")


def test_russian_warplanes_firing_missiles_are_still_an_airstrike():
    assert _one("Russian missiles hit an energy facility in Kharkiv.").event_type == "missile attack"
    event = _one("Russian warplanes fired missiles at rebel positions in Idlib, the Observatory said.")
    assert event.event_type == "airstrike"


# --- "into" after the launch site ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, place, launch", [
    ("About 30 rockets were fired from Lebanon into the Upper Galilee.", "Upper Galilee", "Lebanon"),
    ("Israeli officials said 12 rockets were fired from Gaza into the town of Sderot.", "Sderot", "Gaza"),
])
def test_into_after_the_launch_site_is_the_target(text, place, launch):
    event = _one(text)
    assert event.place_name == place
    assert event.launch is not None and event.launch.name == launch
