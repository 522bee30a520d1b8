"""Session 31, the lead's own probes (invented sentences, no set's text): where a missile was going, who fired it.

* A country's mission named with no city ("the U.S. embassy") is the one of the city its sentence names: "a drone hit
  a building in Tel Aviv near the U.S. embassy" was placed at the embassy in Baghdad, 900 km away (the gazetteer's
  one "US embassy"); the Baghdad embassy stays when the sentence names no other place, or names Baghdad.
* A projectile downed "before it reached Eilat" / "avant d'atteindre Eilat" / "قبل وصوله إلى إيلات" was flying to
  Eilat: the interception's place (it was read as a second launch site after "fired from Yemen", and no event was
  left).
* A state as the subject of the firing verb is the launch country in an interception too ("l'Iran a tiré quelque
  200 missiles sur Israël, dont la plupart ont été interceptés") and in Arabic ("أطلقت إيران ... صاروخ باتجاه
  إسرائيل"); the land where sirens sounded is no air power firing missiles ("Sirens sounded across Israel as Iran
  fired about 200 missiles": a missile attack from Iran, not an Israeli airstrike).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import km, one_event

P = dt.date(2024, 3, 15)
TEL_AVIV = (32.081, 34.781)
EILAT = (29.558, 34.948)
BAGHDAD_EMBASSY = (33.298, 44.396)


@pytest.mark.parametrize("text, lang", [
    ("A drone hit a building in Tel Aviv near the U.S. embassy on Monday.", "en"),
    ("A drone struck near the U.S. embassy branch office in Tel Aviv on Monday.", "en"),
    ("Un drone a frappé un immeuble de Tel-Aviv près de l'ambassade américaine lundi.", "fr"),
])
def test_a_mission_named_without_its_city_is_the_one_of_the_city_its_sentence_names(text, lang):
    event = one_event(text, lang, P)
    assert event.place is not None and km(event.place.lat, event.place.lon, *TEL_AVIV) < 15


@pytest.mark.parametrize("text", [
    "Three rockets struck near the American embassy in Baghdad's Green Zone on Monday.",
    "Three rockets struck near the U.S. embassy on Monday.",
])
def test_the_mission_the_gazetteer_knows_stays_when_no_other_city_is_named(text):
    event = one_event(text, "en", P)
    assert event.place is not None and km(event.place.lat, event.place.lon, *BAGHDAD_EMBASSY) < 3


@pytest.mark.parametrize("text, lang", [
    ("A missile fired from Yemen was intercepted before it reached Eilat on Monday.", "en"),
    ("A missile fired from Yemen was intercepted before reaching Eilat on Monday.", "en"),
    ("Un missile tiré depuis le Yémen a été intercepté avant d'atteindre Eilat lundi.", "fr"),
    ("اعترض الجيش الإسرائيلي اليوم صاروخا أطلق من اليمن قبل وصوله إلى إيلات.", "ar"),
])
def test_a_projectile_downed_before_it_reached_a_place_was_flying_there(text, lang):
    event = one_event(text, lang, P)
    assert event.event_type == "interception"
    assert event.place is not None and km(event.place.lat, event.place.lon, *EILAT) < 10
    assert event.launch is not None and event.launch.place is not None and event.launch.place.country == "YE"


@pytest.mark.parametrize("text, lang, etype", [
    ("Sirens sounded across Israel as Iran fired about 200 missiles on Tuesday evening.", "en", "missile attack"),
    ("L'Iran a tiré quelque 200 missiles sur Israël mardi soir, dont la plupart ont été interceptés.", "fr",
     "interception"),
    ("أطلقت إيران مساء الثلاثاء نحو ٢٠٠ صاروخ باتجاه إسرائيل.", "ar", None),
])
def test_a_state_that_fired_is_the_launch_country(text, lang, etype):
    event = one_event(text, lang, P)
    if etype is not None:
        assert event.event_type == etype
    assert event.launch is not None and event.launch.place is not None and event.launch.place.country == "IR"


def test_the_adjective_of_an_air_power_after_in_still_makes_an_airstrike():
    event = one_event("Five people were killed in Israeli missile strikes on Gaza on Tuesday.", "en", P)
    assert event.event_type == "airstrike"
    assert event.launch is None or event.launch.place is None or event.launch.place.country != "IL"


def test_a_state_firing_interceptors_is_no_launch_country():
    event = one_event("Jordan fired interceptor missiles at Iranian drones over Amman on Saturday.", "en", P)
    assert event.launch is None or event.launch.place is None or event.launch.place.country != "JO"
