"""Session 30, the lead's own probes (invented sentences, no set's text): launches told past the target.

* The period of an initial is no sentence end: "fired at the U.S. embassy in X from Y" keeps Y the launch site, and
  "fired from Y at a U.S. base near X" keeps X the target (the windows between a launch verb, its "from" and the site
  aimed at ran to the first full stop, the one in "U.S.").
* A bearing told right after a "from" that the target parts from its verb ("fired at the X air base from the north",
  "from an area 10 km north of the base", "tirées sur la base depuis le nord") is the launch direction; "depuis le sud
  du Liban" stays the part of a land, and a reference before the "from" stays the target's. A bearing told before
  the launch words places the target: the launch's is the one after them ("... معسكر التاجي شمال بغداد، أطلقتا من جهة
  الشرق").
* Arabic: a launcher found "after rockets fell on X" ("عثرت على منصة إطلاق صواريخ ... بعد سقوط صواريخ على قاعدة X")
  leaves X the target of a rocket attack: the launcher's own rockets are no weapon struck, and the launcher's place
  stops at a conjunction of time.
* Two places struck together settle a namesake as a longer list does (resolve._listed_namesakes): "غارات على بلدتي
  الطيبة ومركبا" is Lebanon's Taybeh, beside Markaba, not Israel's Taiyiba.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of, one_event

P = dt.date(2024, 3, 15)


@pytest.mark.parametrize("owner", ["U.S.", "American"])
@pytest.mark.parametrize("text, launch", [
    ("Two drones were launched at the {} embassy in Baghdad from the Jurf al-Sakhar area.", "Jurf al-Sakhar"),
    ("Rockets were fired at the {} consulate in Erbil from Nineveh province.", "Nineveh"),
])
def test_an_initial_s_period_does_not_part_the_launch_verb_from_its_site(text, launch, owner):
    event = one_event(text.format(owner), "en", P)
    assert event.launch is not None and event.launch.name == launch


def test_a_site_aimed_at_told_with_initials_stays_the_target():
    event = one_event("Rockets were fired from Jurf al-Sakhar at a U.S. base near Baghdad airport.", "en", P)
    assert event.place is not None and "Baghdad" in event.place.name
    assert event.launch is not None and event.launch.name == "Jurf al-Sakhar"


@pytest.mark.parametrize("text, lang, direction", [
    ("Rockets were fired at Ain al-Asad air base from the north.", "en", "north"),
    ("Rockets were fired at Ain al-Asad air base from an area north of the base.", "en", "north"),
    ("Two rockets were fired at a base north of Baghdad from the east.", "en", "east"),
    ("Des roquettes ont été tirées sur la base d'Aïn al-Assad depuis le nord.", "fr", "north"),
    ("Des roquettes tirées sur la base aérienne d'Aïn al-Assad depuis l'est ont touché un hangar.", "fr", "east"),
])
def test_a_bearing_after_from_past_the_target_is_the_launch_direction(text, lang, direction):
    event = one_event(text, lang, P)
    assert event.launch is not None and event.launch.direction == direction


def test_a_distance_and_bearing_past_the_target_place_the_launch():
    event = one_event("Rockets were fired at Ain al-Asad air base from an area 10 km north of the base.", "en", P)
    assert event.launch is not None and event.launch.lat is not None
    assert event.launch.lat - event.place.lat == pytest.approx(0.09, abs=0.01)  # 10 km north
    assert abs(event.launch.lon - event.place.lon) < 0.01


def test_a_distance_from_another_town_past_the_target_is_told_from_that_town():
    event = one_event("Two rockets were fired at a base north of Baghdad from an area 5 km south of Taji.", "en", P)
    assert event.launch is not None and event.launch.name == "Taji" and event.launch.direction == "south"


@pytest.mark.parametrize("text, lang", [
    # a time told after "from", then a bearing of another place: no launch direction
    ("Rockets were fired at Ain al-Asad air base from Tuesday night until dawn, north of the city.", "en"),
    # the part of a land the fire came from is no bearing from the target
    ("Des roquettes ont été tirées sur Kiryat Shmona depuis le sud du Liban.", "fr"),
])
def test_no_bearing_is_read_where_none_is_told(text, lang):
    event = one_event(text, lang, P)
    assert event.launch is None or event.launch.direction is None


def test_the_launch_bearing_is_the_one_after_the_launch_words():
    event = one_event("سقطت قذيفتا هاون على معسكر التاجي شمال بغداد، أطلقتا من جهة الشرق.", "ar", P)
    assert event.count.best == 2
    assert event.launch is not None and event.launch.direction == "east"


@pytest.mark.parametrize("text, launch", [
    ("عثرت القوات الأمنية على منصة إطلاق صواريخ في قضاء الدجيل بعد سقوط صواريخ على قاعدة بلد الجوية.", "الدجيل"),
    ("عثرت القوات الأمنية على منصة إطلاق صواريخ بعد سقوط صواريخ على قاعدة بلد الجوية.", None),
])
def test_a_launcher_found_after_rockets_fell_leaves_the_base_hit(text, launch):
    event = one_event(text, "ar", P)
    assert event.event_type == "rocket attack"
    assert event.place is not None and event.place.record_id == "curated:balad-air-base"
    assert (event.launch.name or None if event.launch else None) == launch


def test_baghdad_s_baladiyat_answers_to_its_arabic_name():
    event = one_event("سقط صاروخان قرب السفارة الأمريكية في بغداد، أطلقا من منطقة البلديات شرقي العاصمة.", "ar", P)
    assert event.launch is not None and event.launch.lat is not None
    assert event.launch.name == "البلديات"


@pytest.mark.parametrize("text, launch, place", [
    ("La roquette, partie de la bande de Gaza, s'est abattue sur un immeuble d'Ashkelon.", "bande de Gaza", "Ashkelon"),
    ("Les roquettes, parties du sud du Liban, sont tombées sur Kiryat Shmona.", "Liban", "Qiryat Shmona"),
])
def test_a_french_participle_of_leaving_in_apposition_tells_the_launch(text, launch, place):
    event = one_event(text, "fr", P)
    assert event.place is not None and event.place.name == place
    assert event.launch is not None and event.launch.name == launch


def test_two_villages_struck_together_settle_a_namesake():
    # "الطيبة" is also a town of Israel; the village named with it lies beside Markaba, in south Lebanon
    events = events_of("شنت طائرات إسرائيلية غارات على بلدتي الطيبة ومركبا.", "ar", P)
    assert sorted(e.place.country for e in events) == ["LB", "LB"]
