"""Misfires of round-1 rules on wordings no development set has (session 13, H-regress3).

* Arabic "indefinite adjective": a bare word followed by a nisba-shaped word (ending ية, no article) was taken as a
  common noun. After a bare place name the next word opens the next phrase as often ("سقطت في حلب ثمانية صواريخ":
  eight rockets fell in Aleppo): the nisba shape counts only after a plural noun ("قنوات محلية").
* Per-site weapons: a weapon word naming what a site holds or makes ("a missile defence battery in Abha", "un dépôt
  de missiles à Y") described the site, not the weapon that hit it.
* Town of reference: "X was hit again. A rocket fired from 5 km north of Y fell in the town": the town the thread
  was on (X) is the one pointed back to; Y stays the launch's reference.
"""
from __future__ import annotations

import pytest

from test_resolve_round14 import gaz, read  # noqa: F401  (its skip-aware gazetteer fixture and article reader)


def _places(events):
    return sorted((e.place_name or "") for e in events)


# -- a bare place name followed by an indefinite noun or numeral ending in ية -------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("سقطت في حلب ثمانية صواريخ مساء السبت، وقتل مدنيان.", "حلب"),
    ("قتل في إدلب ثمانية مدنيين بينهم أطفال جراء غارات روسية.", "إدلب"),
    ("أطلقت على أربيل ثمانية صواريخ ليلة الثلاثاء، وأعلنت السلطات عدم وقوع إصابات.", "أربيل"),
    ("يوجد في أربيل قنصلية أمريكية استهدفت بصواريخ مساء الأحد.", "أربيل"),
])
def test_a_place_before_a_nisba_shaped_word_is_still_read(text, name, gaz):
    events = read(text, "ar", gaz)
    assert [e.place_name for e in events] == [name], _places(events)


def test_a_plural_noun_with_a_nisba_adjective_is_still_no_place(gaz):
    # the rule's purpose: "على قنوات محلية" (on local channels) names no place, though a town is spelled قنوات
    events = read("سقطت قذيفة على بلدة حولا فجر اليوم. ووزعت الجماعة مقطعا مصورا للضربة على قنوات محلية.", "ar", gaz)
    assert [e.place_name for e in events] == ["حولا"], _places(events)


# -- a weapon word that names the site's kind -------------------------------------------------------------------------
@pytest.mark.parametrize("language, text", [
    ("en", "Houthi drones attacked an Aramco facility in Jizan and a missile defence battery in Abha on Sunday, the "
           "coalition said."),
    ("en", "Drones struck the military airport in Kirkuk and a missile factory in Mosul on Saturday, two officials said."),
    ("fr", "Des drones ont frappé dimanche une raffinerie à Jizan et un dépôt de missiles à Abha, selon la coalition."),
])
def test_a_weapon_naming_a_site_is_not_the_weapon_that_hit_it(language, text, gaz):
    events = read(text, language, gaz)
    assert len(events) == 2 and {e.event_type for e in events} == {"drone attack"}, \
        [(e.place_name, e.event_type) for e in events]


def test_two_weapons_told_for_two_sites_still_type_each(gaz):
    events = read("Rockets struck Sderot and a drone hit Ashkelon on Tuesday, the army said.", "en", gaz)
    assert {(e.place_name, e.event_type) for e in events} == {("Sderot", "rocket attack"), ("Ashkelon", "drone attack")}


# -- "in the town" after a thread told the sentence before --------------------------------------------------------------
def test_the_town_pointed_back_to_is_the_one_the_thread_is_on(gaz):
    events = read("Sderot was hit again on Monday. A rocket launched from a site 5 km north of Beit Hanoun fell in "
                  "the town, wounding two people.", "en", gaz)
    assert [e.place_name for e in events] == ["Sderot"], [(e.place_name, e.event_type) for e in events]
    assert events[0].injured.best == 2 and events[0].launch is not None and events[0].launch.name == "Beit Hanoun"


def test_a_new_day_with_the_town_of_reference_is_its_own_attack(gaz):
    # a clause with a day of its own is a new incident: "the town" is the launch reference's (the round-1 rule)
    events = read("Rockets hit Sderot on Monday. On Wednesday, a mortar round fired from farmland five kilometres east "
                  "of Hit struck a clinic in the town, police said.", "en", gaz)
    assert sorted(e.place_name for e in events) == ["Hit", "Sderot"], [(e.place_name, e.event_type) for e in events]
