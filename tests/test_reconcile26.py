"""One incident told in two steps by one article (session 26).

- "A drone attack on a small base in northeastern Jordan killed three soldiers, the deadliest since the fighting
  began" (no day of its own: the "since" is a record's) and "the drone struck the outpost known as Tower 22 on
  Sunday" were two events of one article; a later step then kept the undated one and dropped the day, so the map
  showed an undated attack on a part of Jordan and no Tower 22.  The undated telling now joins the one dated site
  it holds (reconcile._undated_twin).
- "the number of wounded in the attack on X rose to 40, officials said Monday" retells X under the day of a
  statement; it was dropped with its revised toll.  The toll now goes to the incident it retells
  (incident._carry_figures), unless it is told of a wider area holding several of the article's incidents.
- One-word compass words before a country ("in northwest Syria", "from northwestern Lebanon") are the area's part,
  as the hyphenated ones were.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 1, 29)  # a Monday


def _only(text, lang="en"):
    events = events_of(text, lang, PUBLISHED)
    assert len(events) == 1, [(e.place_name, e.date) for e in events]
    return events[0]


UNDATED_THEN_SITE = [
    ("Two American soldiers were killed and 20 wounded in a drone attack on a small base in northeastern Jordan, "
     "the deadliest strike on U.S. forces since the fighting began. The drone struck the outpost known as Tower 22 "
     "before dawn on Sunday, officials said.", "curated:tower-22", 2, 20),
    ("Three soldiers were killed in a drone attack on a small base in north-eastern Jordan near the Syrian border, "
     "the first American combat deaths in the region since the war started. The one-way drone hit the logistics "
     "base known as Tower 22 early on Sunday, U.S. officials said.", "curated:tower-22", 3, None),
]


@pytest.mark.parametrize("text, record, killed, injured", UNDATED_THEN_SITE)
def test_undated_telling_joins_the_dated_site(text, record, killed, injured):
    ev = _only(text)
    assert ev.place.record_id == record
    assert ev.place_name == "Tower 22"  # the name written for the site, not the area that led to it
    assert (ev.date.earliest, ev.date.latest) == (dt.date(2024, 1, 28), dt.date(2024, 1, 28))
    assert ev.killed.best == killed
    assert ev.injured.best == injured


def test_two_sites_in_the_area_keep_the_undated_telling_apart():
    text = ("Rockets hit two bases in western Iraq, the heaviest barrage since the truce began. One salvo struck "
            "Ain al-Asad air base on Saturday. Another hit al-Qaim on Sunday, officials said.")
    events = events_of(text, "en", PUBLISHED)
    records = {e.place.record_id for e in events if e.place}
    assert "curated:ain-al-asad-air-base" in records
    # neither dated incident took the other's day: the undated telling joined neither
    dated = {e.place.record_id: e.date.earliest for e in events if e.place and e.date and e.date.precision == "day"}
    assert dated.get("curated:ain-al-asad-air-base") == dt.date(2024, 1, 27)


REVISED_BY_STATEMENT = [
    ("A drone struck the Tower 22 base in Jordan on Sunday, wounding 25 soldiers. On Monday, officials said the "
     "number of troops wounded in the attack on Tower 22 had risen to 40.", "injured", 40),
]


@pytest.mark.parametrize("text, kind, value", REVISED_BY_STATEMENT)
def test_statement_day_keeps_its_revised_toll(text, kind, value):
    ev = _only(text)
    assert (ev.date.earliest, ev.date.latest) == (dt.date(2024, 1, 28), dt.date(2024, 1, 28))
    assert getattr(ev, kind).best == value


ONE_WORD_COMPASS = [
    ("A drone hit a car in northwest Syria on Monday, killing two people, the Syrian Observatory said.",
     "country:SY#north-west"),
    ("An Israeli drone struck a motorcycle in southwest Syria on Tuesday, killing one man, the war monitor said.",
     "country:SY#south-west"),
    ("Turkish drones hit a car in northeastern Syria on Friday, killing three members of the Kurdish-led SDF.",
     "country:SY#north-east"),
]


@pytest.mark.parametrize("text, record", ONE_WORD_COMPASS)
def test_one_word_compass_names_the_part(text, record):
    ev = _only(text)
    assert ev.place.record_id == record
    assert ev.place.precision == "governorate"


def test_launch_from_one_word_compass_part():
    text = ("Israeli missiles struck military positions around the town of Masyaf in Hama province late on Thursday, "
            "state media said. The source said the missiles were fired from the direction of northwestern Lebanon.")
    ev = _only(text)
    assert ev.launch is not None and ev.launch.place is not None
    assert ev.launch.place.record_id.startswith("country:LB")
