"""Dates, round 11: "the day before yesterday" is two days back, not the day before an earlier date; a weekday
"of last week" is that day of the previous calendar week. Wording, places and days are written for these tests."""
import datetime as dt

import pytest

from geo_events.dates import find_dates

THURSDAY = dt.date(2024, 3, 14)


def _days(sentence, lang, published=THURSDAY):
    return [(d.span.earliest, d.span.latest) for d in find_dates(sentence, lang, published) if d.span and not d.since]


@pytest.mark.parametrize("sentence,lang,day", [
    ("The rocket fell on the fuel depot the day before yesterday, the governor said.", "en", dt.date(2024, 3, 12)),
    ("A drone struck the checkpoint the day before yesterday.", "en", dt.date(2024, 3, 12)),
    ("Un drone a frappé le poste de contrôle avant-hier.", "fr", dt.date(2024, 3, 12)),
])
def test_the_day_before_yesterday_is_two_days_back(sentence, lang, day):
    assert _days(sentence, lang) == [(day, day)]


def test_the_day_before_still_counts_from_the_date_told_before():
    days = _days("On Tuesday a drone hit the port; the day before, rockets had hit the airfield.", "en")
    assert days == [(dt.date(2024, 3, 12),) * 2, (dt.date(2024, 3, 11),) * 2]


@pytest.mark.parametrize("sentence,lang,day", [
    ("Rockets hit the garrison on Thursday last week, officials said.", "en", dt.date(2024, 3, 7)),
    ("On Monday of last week, a drone hit the grain silo.", "en", dt.date(2024, 3, 4)),
    ("Des roquettes ont frappé la garnison jeudi de la semaine dernière.", "fr", dt.date(2024, 3, 7)),
    ("Un drone a visé le silo lundi de la semaine passée.", "fr", dt.date(2024, 3, 4)),
])
def test_a_weekday_of_last_week(sentence, lang, day):
    assert _days(sentence, lang) == [(day, day)]


@pytest.mark.parametrize("sentence,lang,day", [
    # without "last week" the weekday stays the latest one before the report
    ("Rockets hit the garrison on Tuesday, officials said.", "en", dt.date(2024, 3, 12)),
    ("Des roquettes ont frappé la garnison lundi.", "fr", dt.date(2024, 3, 11)),
])
def test_a_plain_weekday_is_this_week(sentence, lang, day):
    assert _days(sentence, lang) == [(day, day)]
