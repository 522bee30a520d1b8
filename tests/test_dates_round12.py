"""Dates, round 12: a bare day of the month ("on the 10th", "le 10", "le 10 courant") is the latest such day on or
before publication; numbers that are not days ("the 10th Division", "le 10 km") give none. Wording, places and days
are written for these tests."""
import datetime as dt

import pytest

from factories import frames_of
from geo_events.dates import find_dates

THURSDAY = dt.date(2024, 3, 14)


def _days(sentence, lang, published=THURSDAY):
    return [(d.span.earliest, d.span.latest) for d in find_dates(sentence, lang, published) if d.span and not d.since]


@pytest.mark.parametrize("sentence,lang,day", [
    ("The drone was launched on the 9th, a militia statement said.", "en", dt.date(2024, 3, 9)),
    ("Late on the 11th, two rockets struck the depot.", "en", dt.date(2024, 3, 11)),
    ("Les deux roquettes ont été tirées le 12 au soir.", "fr", dt.date(2024, 3, 12)),
    ("Le 8, un drone s'est écrasé près de la centrale.", "fr", dt.date(2024, 3, 8)),
    ("L'attaque du 1er a été revendiquée le 2 courant.", "fr", dt.date(2024, 3, 2)),
    ("Le dépôt avait été visé le 1er.", "fr", dt.date(2024, 3, 1)),
    # a day after publication's day is of an earlier month
    ("The rocket hit the silo on the 20th.", "en", dt.date(2024, 2, 20)),
    ("Le drone est tombé le 30.", "fr", dt.date(2024, 1, 30)),  # (February 2024 has no 30th)
])
def test_a_bare_day_of_the_month(sentence, lang, day):
    assert _days(sentence, lang) == [(day, day)]


@pytest.mark.parametrize("sentence,lang", [
    ("Troops of the 10th Armoured Division were deployed.", "en"),
    ("He lived on the 5th floor of the tower.", "en"),
    ("Le tir est parti à le 10 km de la ville.", "fr"),
    ("Le 12e régiment a été visé.", "fr"),
])
def test_numbers_that_are_not_days(sentence, lang):
    assert _days(sentence, lang) == []


def test_a_month_named_after_the_day_is_still_read_whole():
    assert _days("Le 10 février, un drone a frappé la base.", "fr") == [(dt.date(2024, 2, 10),) * 2]


def test_a_bare_day_dates_the_event():
    text = "A drone struck a warehouse in Kirkuk on the 12th, police said."
    dates = [f.first("date").value for f in frames_of(text, "en", THURSDAY) if f.first("date") is not None]
    assert [(d.earliest, d.latest) for d in dates] == [(dt.date(2024, 3, 12),) * 2]
