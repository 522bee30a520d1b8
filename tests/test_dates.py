import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from geo_events.dates import find_dates, undated_span
from geo_events.models import DateSpan

PUB = dt.date(2021, 3, 16)  # a Tuesday


def first(text, lang="en", published=PUB, previous=None):
    found = [d for d in find_dates(text, lang, published, previous) if d.span]
    assert found, f"no date in {text!r}"
    return found[0].span


@pytest.mark.parametrize("text,lang,day", [
    ("Rockets hit the base on Monday evening.", "en", dt.date(2021, 3, 15)),
    ("Drones struck on Tuesday.", "en", dt.date(2021, 3, 16)),  # the day of publication itself
    ("Drones struck last Tuesday.", "en", dt.date(2021, 3, 9)),
    ("Trois roquettes sont tombées samedi soir.", "fr", dt.date(2021, 3, 13)),
    ("Already on March 3, a contractor died.", "en", dt.date(2021, 3, 3)),
    ("Le 20 février, la même base a été visée.", "fr", dt.date(2021, 2, 20)),
    ("On 28 December, rockets fell.", "en", dt.date(2020, 12, 28)),  # a later month is last year's
    ("hier soir, deux drones ont été abattus", "fr", dt.date(2021, 3, 15)),
    ("Rockets fell last night on the airport.", "en", dt.date(2021, 3, 15)),
    ("سقطت ثلاثة صواريخ مساء أمس", "ar", dt.date(2021, 3, 15)),
    ("في 3 آذار 2021 سقطت صواريخ", "ar", dt.date(2021, 3, 3)),
])
def test_day_precision(text, lang, day):
    span = first(text, lang)
    assert (span.earliest, span.latest, span.precision) == (day, day, "day")


def test_end_of_month_is_a_range_not_a_day():
    span = first("At the end of February, the United States carried out a raid.")
    assert span.precision == "week"
    assert span.earliest == dt.date(2021, 2, 21) and span.latest == dt.date(2021, 2, 28)


def test_month_and_year_precision():
    span = first("In January 2020, a drone killed a general.")
    assert (span.earliest, span.latest, span.precision) == (dt.date(2020, 1, 1), dt.date(2020, 1, 31), "month")


def test_relative_to_the_previous_incident():
    prev = DateSpan(dt.date(2021, 2, 15), dt.date(2021, 2, 15))
    span = first("Une semaine à peine après l'attaque, une nouvelle offensive a touché la zone verte.", "fr", previous=prev)
    assert span.earliest <= dt.date(2021, 2, 22) <= span.latest and span.precision == "week"
    nxt = first("The next day, two drones were shot down.", previous=prev)
    assert nxt.earliest == dt.date(2021, 2, 16)


def test_since_marks_a_period_start():
    found = find_dates("Since mid-February, rocket fire has resumed.", "en", PUB)
    assert found[0].since and found[0].span.earliest == dt.date(2021, 2, 11)


def test_relative_dates_need_a_publication_date():
    found = find_dates("Rockets hit the base on Monday evening.", "en", None)
    assert found and found[0].span is None  # found, but unresolved: the caller says so
    assert undated_span(None, 180) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_no_text_crashes_the_date_finder(text):
    for d in find_dates(text, "en", PUB):
        assert 0 <= d.start <= d.end <= len(text)


@pytest.mark.parametrize("text,lang,day", [
    ("Rockets hit the base on 15/03/2021.", "fr", dt.date(2021, 3, 15)),
    ("Rockets hit the base on 2021-03-15.", "en", dt.date(2021, 3, 15)),
])
def test_numeric_dates_through_dateparser(text, lang, day):
    assert first(text, lang).earliest == day


def test_overnight_spans_both_days_and_relative_days_follow_the_incident_told():
    import datetime as _dt

    from geo_events.dates import find_dates as _find
    from geo_events.models import DateSpan as _Span

    pub = _dt.date(2020, 1, 8)  # a Wednesday
    (fr,) = _find("dans la nuit de mardi à mercredi, des missiles", "fr", pub)
    assert (fr.span.earliest, fr.span.latest) == (_dt.date(2020, 1, 7), _dt.date(2020, 1, 8))
    (en,) = _find("overnight Tuesday into Wednesday", "en", pub)
    assert (en.span.earliest, en.span.latest) == (_dt.date(2020, 1, 7), _dt.date(2020, 1, 8))
    told = _Span(_dt.date(2020, 1, 5), _dt.date(2020, 1, 5), "day", "Sunday")
    assert _find("La veille, une frappe", "fr", pub, told)[0].span.earliest == _dt.date(2020, 1, 4)
    assert _find("on the same day, two drones", "en", pub, told)[0].span.earliest == _dt.date(2020, 1, 5)
