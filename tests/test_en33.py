"""English wire copy, session 30 (en33): blasts with a toll, an army's own account, a day after the publication's,
a day before its month (invented items).

Every sentence is written for these tests, modelled on agency copy.

- "the blast in Azaz, which killed five people", "an explosion at a checkpoint killed two soldiers", "two soldiers
  were killed in an explosion": a blast told with its toll is an attack (a gas explosion is not).
- "the Israeli army said it struck a rocket launcher in Yaroun", "Israel's military said it hit ...": the state's own
  account of its strike is an airstrike, as "a dit avoir frappé" is in French.
- "on April 17" in a report published on March 15: last year's April 17, and the report's only incident is kept.
- "On March 12 two drones hit ...", "On 12 March two drones ...": the day of the date is no count of weapons.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


@pytest.mark.parametrize("text, place, killed", [
    ("No group has claimed the blast in Azaz, which killed five people.", "I‘zāz", 5),
    ("A blast in Azaz killed five people on Tuesday.", "I‘zāz", 5),
    ("An explosion at a checkpoint in Jableh killed two soldiers on Monday.", "Jablah", 2),
    ("Two soldiers were killed in an explosion at a checkpoint in Jableh on Monday.", "Jablah", 2),
])
def test_blast_with_toll_is_attack(text, place, killed):
    evs = events_of(text, "en", P)
    assert [(e.place.name, e.killed.best) for e in evs] == [(place, killed)]
    # (an accident's blast is no attack)
    assert events_of(text.replace("blast", "gas explosion").replace("an explosion", "a gas explosion")
                     .replace("An explosion", "A gas explosion"), "en", P) == []


@pytest.mark.parametrize("text, place", [
    ("Israel's military said it struck Hezbollah infrastructure in Khiam.", "El Khiyam"),
    ("The Israeli army said it hit Hezbollah targets in Khiam.", "El Khiyam"),
    ("The IDF said on Monday it had hit a Hezbollah observation post in Aita al-Shaab.", "Aïta ech Chaab"),
])
def test_army_said_it_struck_is_airstrike(text, place):
    evs = events_of(text, "en", P)
    assert [(e.event_type, e.place.name) for e in evs] == [("airstrike", place)]


@pytest.mark.parametrize("text", [
    "Two people were killed on April 17 when a drone hit a house in Nabatieh.",
    "A drone hit a house in Nabatieh on April 17, killing two people.",
])
def test_day_after_publication_is_last_year(text):
    evs = events_of(text, "en", P)
    assert [(e.place.name, e.date.earliest, e.killed.best) for e in evs] == [("Nabatieh", dt.date(2023, 4, 17), 2)]
    # (the year written out: background history, as before)
    assert events_of(text.replace("April 17", "April 17, 2023"), "en", P) == []


@pytest.mark.parametrize("text, count", [
    ("On March 12 two drones hit a car in Khiam.", 2),
    ("On March 12 another drone hit a car in Khiam.", None),
])
def test_day_of_date_is_no_count(text, count):
    evs = events_of(text, "en", P)
    assert [(e.place.name, e.count.best) for e in evs] == [("El Khiyam", count)]


def test_day_before_month_is_no_count():
    """("On 12 March two drones": the day is no longer read as 12 weapons; the two are not read yet either)"""
    evs = events_of("On 12 March two drones hit a car in Khiam.", "en", P)
    assert [e.place.name for e in evs] == ["El Khiyam"] and evs[0].count.best != 12
