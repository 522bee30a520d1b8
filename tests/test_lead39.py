"""The lead's day and the account's day (session 39, lead): a report that opens on an incident with one day and tells
it more exactly in the next sentences ("Rockets hit X on Sunday. Three rockets landed inside the base late on
Saturday night") tells one incident, on the account's day, in English, French and Arabic; a strait is a place an
interception is told at (the whole sea is none)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

SUNDAY = dt.date(2024, 3, 10)
MONDAY = dt.date(2024, 3, 11)


@pytest.mark.parametrize("text, lang, published, place, day", [
    ("BAGHDAD, March 10 (Reuters) - Rockets hit Ain al-Asad air base in western Iraq on Sunday, a security source "
     "said. Three Katyusha rockets landed inside the base late on Saturday night, causing no casualties, the source "
     "added.", "en", SUNDAY, "Ain al-Asad Air Base", dt.date(2024, 3, 9)),
    ("KYIV, March 10 (Reuters) - A Russian drone attack on Odesa killed two people, officials said on Sunday. The "
     "drones struck a residential building late on Saturday, Governor Oleh Kiper said on Telegram.", "en", SUNDAY,
     "Odesa", dt.date(2024, 3, 9)),
    ("Des roquettes ont visé lundi la base d'Aïn al-Assad, selon une source sécuritaire. Trois roquettes Katioucha "
     "sont tombées dimanche soir à l'intérieur de la base, sans faire de victimes.", "fr", MONDAY,
     "Ain al-Asad Air Base", dt.date(2024, 3, 10)),
    ("سقطت ثلاثة صواريخ كاتيوشا على قاعدة عين الأسد الجوية غربي العراق، الاثنين. وقال مصدر أمني إن الصواريخ سقطت "
     "ليل الأحد داخل القاعدة دون وقوع إصابات.", "ar", MONDAY, "Ain al-Asad Air Base", dt.date(2024, 3, 10)),
])
def test_the_lead_and_its_account_are_one_incident_on_the_account_day(text, lang, published, place, day):
    [event] = events_of(text, lang, published)
    assert event.place is not None and event.place.name == place
    assert event.date.earliest == event.date.latest == day


def test_an_attack_recalled_further_on_keeps_its_own_day():
    text = ("DUBAI, March 7 (Reuters) - A Houthi missile struck a bulk carrier off Aden on Wednesday, killing three "
            "crew members, the U.S. military said. The crew abandoned the vessel. The ship's operators said the crew "
            "included 15 Filipinos. The Houthis claimed responsibility. Wednesday's attack came two days after the "
            "group hit a container ship southeast of Aden.")
    days = sorted(e.date.earliest for e in events_of(text, "en", dt.date(2024, 3, 7)) if e.date is not None)
    assert dt.date(2024, 3, 6) in days


def test_a_second_day_told_again_stays_two_incidents():
    text = "Rockets hit Ain al-Asad air base on Thursday night and again on Friday, a security source said."
    assert len(events_of(text, "en", dt.date(2024, 3, 10))) == 2


@pytest.mark.parametrize("text, lang, kept", [
    ("On March 2, the USS Mason shot down four drones in the Bab el-Mandeb strait, the Pentagon said.", "en", True),
    ("Le 2 mars, le destroyer américain USS Mason a abattu quatre drones dans le détroit de Bab el-Mandeb, selon le "
     "Pentagone.", "fr", True),
    ("On March 2, U.S. forces shot down four drones over the Red Sea that were heading toward a destroyer, the "
     "Pentagon said.", "en", False),
])
def test_a_strait_is_where_an_interception_is_told(text, lang, kept):
    events = events_of(text, lang, dt.date(2024, 3, 10))
    assert bool(events) is kept
    if kept:
        [event] = events
        assert event.event_type == "interception" and event.count.best == 4


@pytest.mark.parametrize("text, lang, published, place, killed_or_injured", [
    ("BEYROUTH, 10 mars (AFP) - Une frappe israélienne a tué deux personnes dimanche dans le sud du Liban, selon "
     "l'agence officielle. La frappe, menée samedi soir, a visé une voiture près de Nabatiyé.", "fr", SUNDAY,
     "Nabatieh", 2),
    ("قتل شخصان في غارة إسرائيلية على جنوب لبنان، الأحد. وقالت الوكالة الوطنية إن الغارة استهدفت مساء السبت سيارة "
     "قرب النبطية.", "ar", SUNDAY, "Nabatieh", 2),
    ("A drone attack on a U.S. base in Syria on Monday wounded four soldiers, the Pentagon said. The attack on Sunday "
     "night targeted the al-Tanf garrison near the Jordanian border.", "en", MONDAY, "Al-Tanf Garrison", 4),
])
def test_the_strike_told_in_an_area_then_at_its_place_is_one_incident(text, lang, published, place, killed_or_injured):
    [event] = events_of(text, lang, published)
    assert event.place is not None and event.place.name == place
    assert event.date.earliest == published - dt.timedelta(days=1)
    assert killed_or_injured in (event.killed.best, event.injured.best)
