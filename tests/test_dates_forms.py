"""Date forms of long reports: a month with its year and no preposition ("since March 2022"), a night told as
"Saturday night and into Sunday", and "shortly before midnight" that picks one day of a night told before.

Wording and dates are written for these tests.
"""
import datetime as dt

import pytest

from geo_events.dates import _scan, find_dates
from geo_events import arabic
from geo_events.models import DateSpan

PUB = dt.date(2023, 5, 10)  # a Wednesday


def spans(text, lang="en", published=PUB, previous=None):
    if lang == "ar":
        text = arabic.clean(text)
    return [d for d in find_dates(text, lang, published, previous) if d.span]


@pytest.mark.parametrize("text,lang,since,first,last", [
    ("It was the deadliest strike on the city since April 2021, when drones hit the oil depot.", "en", True,
     dt.date(2021, 4, 1), dt.date(2021, 4, 30)),
    ("C'est la plus lourde frappe depuis juin 2020, lorsque des roquettes avaient visé le camp.", "fr", True,
     dt.date(2020, 6, 1), dt.date(2020, 6, 30)),
    ("وهو الهجوم الأعنف على المدينة منذ تشرين الثاني ٢٠٢١، حين سقطت صواريخ على المعسكر", "ar", True,
     dt.date(2021, 11, 1), dt.date(2021, 11, 30)),
    ("منذ شباط من عام 2019", "ar", True, dt.date(2019, 2, 1), dt.date(2019, 2, 28)),
    # a month and year as an attribute: a month, not the start of a period
    ("The August 2022 raid on the garrison was never claimed.", "en", False, dt.date(2022, 8, 1), dt.date(2022, 8, 31)),
])
def test_a_month_with_its_year_needs_no_preposition(text, lang, since, first, last):
    found = spans(text, lang)
    assert len(found) == 1
    d = found[0]
    assert (d.span.earliest, d.span.latest, d.span.precision, d.since) == (first, last, "month", since)


def test_a_day_month_year_date_is_still_read_whole():
    d = spans("On 4 April 2021 two rockets fell.")[0]
    assert (d.span.earliest, d.span.latest, d.span.precision) == (dt.date(2021, 4, 4), dt.date(2021, 4, 4), "day")


@pytest.mark.parametrize("text,lang,first,last", [
    ("Jets struck late on Friday night and into Saturday, local officials said.", "en",
     dt.date(2023, 5, 5), dt.date(2023, 5, 6)),
    ("Shelling went on from Monday night until early Tuesday.", "en", dt.date(2023, 5, 8), dt.date(2023, 5, 9)),
    ("واستمر القصف ليل الأحد وحتى فجر الاثنين", "ar", dt.date(2023, 5, 7), dt.date(2023, 5, 8)),
])
def test_a_night_told_into_the_next_day_spans_both_days(text, lang, first, last):
    found = spans(text, lang)
    assert len(found) == 1
    assert (found[0].span.earliest, found[0].span.latest, found[0].span.precision) == (first, last, "day")


NIGHT = DateSpan(dt.date(2023, 5, 8), dt.date(2023, 5, 9), "day", "la nuit de lundi à mardi")


@pytest.mark.parametrize("text,lang,day", [
    ("The house was hit shortly before midnight.", "en", dt.date(2023, 5, 8)),
    ("Le dépôt a été touché peu après minuit.", "fr", dt.date(2023, 5, 9)),
    ("وسقط الصاروخ قبيل منتصف الليل على المنزل", "ar", dt.date(2023, 5, 8)),
    ("وانفجرت المسيرة بعد منتصف الليل بقليل", "ar", dt.date(2023, 5, 9)),
])
def test_midnight_picks_one_day_of_the_night_told_before(text, lang, day):
    found = spans(text, lang, previous=NIGHT)
    assert [(d.span.earliest, d.span.latest, d.relative_to_previous) for d in found] == [(day, day, True)]


def test_midnight_keeps_a_single_day_and_dates_nothing_alone():
    monday = DateSpan(dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day", "Monday")
    d = spans("A third drone fell just after midnight.", previous=monday)[0]
    assert (d.span.earliest, d.span.latest) == (monday.earliest, monday.latest)
    assert spans("A third drone fell just after midnight.") == []


@pytest.mark.parametrize("text,lang", [
    ("since April 2021 and late on Friday night and into Saturday", "en"),
    ("depuis mars 2020, puis peu avant minuit", "fr"),
    (arabic.clean("منذ آب ٢٠٢٠ ثم ليل الأحد وحتى فجر الاثنين قبيل منتصف الليل"), "ar"),
])
def test_the_prefilter_finds_what_every_pattern_finds(text, lang):
    fast = _scan(text, lang, PUB, NIGHT)
    slow = _scan(text, lang, PUB, NIGHT, prefilter=False)
    assert [(d.start, d.end, d.kind, d.span) for d in fast] == [(d.start, d.end, d.kind, d.span) for d in slow]
