"""A new attack told with an earlier one it came after ("X on Monday after a strike killed a commander in Y on
Sunday", "au lendemain d'une frappe sur Y qui a fait trois morts"): the earlier attack is a clause of its own, an
event with its own day (or the gap counted back from the news' day), type and toll; the new one keeps its own."""
import datetime as dt

import pytest

from geo_events.gazetteer import Gazetteer
from geo_events.pipeline import process
from geo_events.read import read_text

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.default()


def _events(gazetteer, lang, text):
    doc = read_text(("---\nlanguage: %s\npublished: %s\n---\n%s" % (lang, PUBLISHED, text)).encode(), name="tg47.txt")
    return process([doc], gazetteer=gazetteer).events


def _at(events, name):
    return next((e for e in events if e.place is not None and name in e.place.name), None)


# (lang, text, new place, its type, its day, its dead, recalled place, its type, its day, its dead)
CASES = [
    ("fr", "Des roquettes ont visé Kiryat Shmona lundi, au lendemain d'une frappe israélienne à Nabatiyé qui a fait "
           "trois morts.",
     "Qiryat Shmona", "rocket attack", dt.date(2024, 3, 11), None, "Nabatieh", "airstrike", dt.date(2024, 3, 10), 3),
    ("en", "Two rockets hit Ashkelon on Friday after an Israeli airstrike on Rafah on Thursday killed 20 people.",
     "Ashkelon", "rocket attack", dt.date(2024, 3, 15), None, "Rafa", "airstrike", dt.date(2024, 3, 14), 20),
    ("fr", "Israël a frappé Baalbek mardi, après une attaque de drone contre une base à Meron lundi.",
     "Baalbek", "airstrike", dt.date(2024, 3, 12), None, "Meron", "drone attack", dt.date(2024, 3, 11), None),
    ("en", "Israel struck Baalbek on Tuesday after a drone attack on a base in Meron on Monday.",
     "Baalbek", "airstrike", dt.date(2024, 3, 12), None, "Meron", "drone attack", dt.date(2024, 3, 11), None),
    ("en", "Ukrainian drones hit an oil depot in Bryansk on Saturday, a week after a missile strike on Kharkiv killed 7.",
     "Bryansk", "drone attack", dt.date(2024, 3, 9), None, "Kharkiv", "missile attack", dt.date(2024, 3, 2), 7),
    ("fr", "Des missiles russes ont frappé Dnipro mardi, cinq jours après une attaque de drones sur Zaporijjia qui a "
           "fait trois morts.",
     "Dnipro", "missile attack", dt.date(2024, 3, 12), None, "Zaporizhzhya", "drone attack", dt.date(2024, 3, 7), 3),
    ("fr", "Une frappe sur Deir el-Balah a tué huit personnes mardi, au lendemain d'une frappe sur Nousseirat qui a "
           "fait 12 morts.",
     "Dayr al Bala", "airstrike", dt.date(2024, 3, 12), 8, "Nuşayrāt", "airstrike", dt.date(2024, 3, 11), 12),
    ("en", "Israel struck Beirut on Tuesday after a Hezbollah drone hit Nahariya on Monday, wounding seven.",
     "Beirut", "airstrike", dt.date(2024, 3, 12), None, "Nahariyya", "drone attack", dt.date(2024, 3, 11), None),
    ("en", "Russian forces shelled Kherson on Monday, killing two people, a day after a drone attack on Belgorod "
           "killed one.",
     "Kherson", "attack", dt.date(2024, 3, 11), 2, "Belgorod", "drone attack", dt.date(2024, 3, 10), 1),
    # a weekday the earlier attack is told on falls before the news' day, not after it in the week of publication
    ("en", "Russia struck Kyiv with drones on Saturday after Ukraine attacked Moscow on Friday.",
     "Kyiv", "drone attack", dt.date(2024, 3, 9), None, "Moscow", "attack", dt.date(2024, 3, 8), None),
    ("fr", "La Russie a frappé Kiev avec des drones samedi après que l'Ukraine a attaqué Moscou vendredi.",
     "Kyiv", "drone attack", dt.date(2024, 3, 9), None, "Moscow", "attack", dt.date(2024, 3, 8), None),
    # the recalled strike keeps its own weapon, not the rockets or missiles of the news
    ("en", "Iraqi militants fired rockets at the Ain al-Asad base on Saturday, a week after a US strike in Baghdad "
           "killed a commander.",
     "Ain al-Asad", "rocket attack", dt.date(2024, 3, 9), None, "Baghdad", "airstrike", dt.date(2024, 3, 2), 1),
    ("en", "Houthi rebels fired a missile at Eilat on Sunday, three days after US strikes on Hodeidah killed 12 people.",
     "Eilat", "missile attack", dt.date(2024, 3, 10), None, "udaydah", "airstrike", dt.date(2024, 3, 7), 12),
    ("en", "Israeli strikes killed 15 people in Deir al-Balah on Wednesday, a day after a strike on Nuseirat killed 12.",
     "Dayr al Bala", "airstrike", dt.date(2024, 3, 13), 15, "Nuşayrāt", "airstrike", dt.date(2024, 3, 12), 12),
]


@pytest.mark.parametrize("lang,text,place,etype,day,killed,rplace,rtype,rday,rkilled", CASES)
def test_recalled_attack_is_its_own_event(gazetteer, lang, text, place, etype, day, killed, rplace, rtype, rday,
                                          rkilled):
    events = _events(gazetteer, lang, text)
    new, old = _at(events, place), _at(events, rplace)
    assert new is not None and old is not None, [(e.place_name, e.event_type) for e in events]
    assert (new.event_type, new.date.earliest, new.date.latest, new.killed.best) == (etype, day, day, killed)
    assert (old.event_type, old.date.earliest, old.date.latest, old.killed.best) == (rtype, rday, rday, rkilled)



@pytest.mark.parametrize("text,injured", [
    ("A previous attack on Tower 22 on January 20 injured several US personnel.", None),
    ("A previous attack on the al-Tanf base on January 20 injured several US personnel.", None),
])
def test_day_of_month_before_the_verb_is_no_toll(gazetteer, text, injured):
    events = _events(gazetteer, "en", text)
    assert events and events[0].injured.best == injured and events[0].date.earliest == dt.date(2024, 1, 20)
