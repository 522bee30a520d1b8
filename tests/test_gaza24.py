"""The Gaza Strip and the West Bank as areas, with the readings they need (session 24).

"the Gaza Strip" was no place at all, "la bande de Gaza" read as Gaza City, and "the West Bank" abstained,
so that a town placed "in the occupied West Bank" had no container to choose its namesake by.  An area must
not outrank the town inside it, the shooters' home is their launch area, and an Arabic "west bank" of a river
is no West Bank.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 14)


def _only(text, lang):
    events = events_of(text, lang, PUBLISHED)
    assert len(events) == 1, [e.place_name for e in events]
    return events[0]


@pytest.mark.parametrize("text, lang", [
    ("Israeli aircraft struck a house in the Gaza Strip on Tuesday, killing four people, the health ministry said.",
     "en"),
    ("Une frappe israélienne a tué cinq personnes mardi dans la bande de Gaza, selon la défense civile.", "fr"),
    ("قتل أربعة أشخاص في غارة إسرائيلية على منزل في قطاع غزة يوم الثلاثاء.", "ar"),
])
def test_the_strip_is_an_area_not_gaza_city(text, lang):
    place = _only(text, lang).place
    assert place is not None and place.record_id == "curated:gaza-strip"
    assert place.precision == "governorate"  # an area, not a pin on Gaza City


def test_the_west_bank_is_an_area():
    place = _only("Israeli forces carried out a drone strike on a car in the northern West Bank on Monday, killing "
                  "three.", "en").place
    # (session 25: "the northern West Bank" is the northern part of the area, one precision finer)
    assert place is not None and place.record_id == "curated:west-bank#north" and place.precision == "district"
    assert place.lat > 32.1  # Jenin, Tubas and Tulkarem, not the centre by Ramallah


@pytest.mark.parametrize("text, lang, country", [
    # Jenin is also a Polish town and, by its Arabic spelling, El Geneina in Sudan
    ("An Israeli drone strike killed two men near Jenin in the occupied West Bank on Monday.", "en", "PS"),
    ("Un drone israélien a frappé un véhicule près de Tulkarem, en Cisjordanie occupée, lundi, tuant deux hommes.",
     "fr", "PS"),
])
def test_a_town_in_the_west_bank_is_found_by_its_container(text, lang, country):
    place = _only(text, lang).place
    assert place is not None and place.precision == "town" and place.country == country


@pytest.mark.parametrize("text, lang, town", [
    ("An airstrike hit a home in Deir al-Balah in the central Gaza Strip on Tuesday, killing six people.", "en",
     "geonames:281141"),
    ("Une frappe aérienne a visé une maison à Khan Younès, dans le sud de la bande de Gaza, mardi, faisant trois "
     "morts.", "fr", "geonames:281124"),
    ("استشهد ستة فلسطينيين في غارة على منزل في حي البركة بمدينة دير البلح وسط قطاع غزة يوم الثلاثاء.", "ar",
     "geonames:281141"),
])
def test_the_town_inside_the_strip_outranks_the_strip(text, lang, town):
    assert _only(text, lang).place.record_id == town


def test_a_town_inside_a_town_inside_the_strip_keeps_the_town_name():
    # "وسط X" holds what comes before it, as "شرق X" does
    event = _only("قتل شخص في غارة على منزل في حي الشهداء وسط مدينة خان يونس يوم الاثنين.", "ar")
    assert event.place.record_id == "geonames:281124"


@pytest.mark.parametrize("text, lang, target", [
    ("Palestinian militants in the Gaza Strip fired two mortar bombs into southern Israel on Monday. The rounds came "
     "down near Kibbutz Nahal Oz, and no one was hurt.", "en", "curated:nahal-oz"),
    ("Des combattants de la bande de Gaza ont tiré deux roquettes sur Sdérot lundi.", "fr", "curated:sderot"),
])
def test_the_shooters_home_is_the_launch_area(text, lang, target):
    event = _only(text, lang)
    assert event.place.record_id == target
    assert event.launch is not None and event.launch.place is not None
    assert event.launch.place.record_id == "curated:gaza-strip"


def test_fired_from_the_strip_is_not_fired_from_gaza_city():
    # the town the strip is named after is the strip told, not a launch site inside it
    event = _only("Trois roquettes ont été tirées depuis la bande de Gaza vers Ashkelon mercredi, sans faire de "
                  "blessés.", "fr")
    assert event.launch.place.record_id == "curated:gaza-strip"


def test_a_rivers_west_bank_is_not_the_west_bank():
    events = events_of("قصفت طائرات التحالف مواقع لتنظيم داعش على الضفة الغربية لنهر الفرات قرب البوكمال يوم الاثنين.",
                       "ar", PUBLISHED)
    assert all(e.place is None or e.place.record_id != "curated:west-bank" for e in events)


def test_the_war_in_gaza_is_a_setting_not_an_attack():
    events = events_of("أعلنت الفصائل يوم الاثنين استهداف ثلاث قواعد أمريكية في سوريا، في تصعيد جديد على خلفية الحرب "
                       "في قطاع غزة.", "ar", PUBLISHED)
    assert all(e.place is None or e.place.country != "PS" for e in events)


def test_rockets_falling_short_at_home_are_no_attack_on_it():
    events = events_of("قال الجيش إن نحو 160 صاروخا أطلقت من القطاع منذ مساء الجمعة، فيما سقط بعضها داخل قطاع غزة. "
                       "وقتل خمسة أشخاص في غارة على شقة في برج فلسطين وسط مدينة غزة يوم الجمعة.", "ar", PUBLISHED)
    assert [(e.place.record_id, e.killed.best) for e in events] == [("geonames:281133", 5)]


@pytest.mark.parametrize("text, lang, town", [
    ("Two rockets fired from the northern Gaza Strip hit Ashkelon on Monday. The army said they were launched from "
     "Beit Hanoun.", "en", "geonames:281146"),
    ("Deux roquettes tirées depuis le nord de la bande de Gaza ont frappé Ashkelon lundi. Selon l'armée, elles ont été "
     "lancées depuis Beit Hanoun.", "fr", "geonames:281146"),
    ("سقط صاروخان أطلقا من قطاع غزة على مدينة سديروت يوم الاثنين. وقال الجيش إن الصاروخين أطلقا من بلدة بيت لاهيا.", "ar",
     "geonames:281145"),
])
def test_a_town_named_later_narrows_a_launch_from_the_strip(text, lang, town):
    launch = _only(text, lang).launch
    assert launch.place.record_id == town
    assert launch.name != launch.place.name or "Gaza" not in launch.name  # the town's name, not the strip's


@pytest.mark.parametrize("text, lang", [
    ("An Israeli strike killed five people in southern Gaza on Tuesday.", "en"),
    ("An Israeli strike on a house in northern Gaza killed seven people on Tuesday.", "en"),
    ("Une frappe israélienne a tué cinq personnes mardi dans le sud de Gaza.", "fr"),
])
def test_a_part_of_gaza_is_the_strip_not_gaza_city(text, lang):
    # (session 25: the part of the strip the direction names, "curated:gaza-strip#south")
    assert _only(text, lang).place.record_id.startswith("curated:gaza-strip#")


@pytest.mark.parametrize("text, place", [
    # "dans le nord de X" is inside X, as "in the north of X" is; "au nord de X" is beside it
    ("Une frappe de drone a tué deux combattants mardi dans le nord de Kirkouk.", "geonames:94787"),
    ("Une frappe aérienne a tué trois personnes lundi dans le sud de Tyr.", "geonames:267008"),
])
def test_in_the_north_of_a_town_is_inside_it(text, place):
    assert _only(text, "fr").place.record_id == place


@pytest.mark.parametrize("text, place", [
    ("استشهد خمسة فلسطينيين في قصف إسرائيلي على خيام النازحين في المواصي غرب خان يونس يوم الثلاثاء.", "curated:mawasi-gaza"),
    ("استشهد ثلاثة في غارة على خيام للنازحين في دير البلح يوم الثلاثاء.", "geonames:281141"),
    ("شن الطيران الإسرائيلي غارة على بلدة الخيام في جنوب لبنان يوم الثلاثاء.", "curated:khiam-lebanon"),
])
def test_tents_are_not_the_town_of_khiam(text, place):
    # "خيام" (tents) is El Khiam's name without its article: only "الخيام" is the Lebanese town
    assert _only(text, "ar").place.record_id == place
