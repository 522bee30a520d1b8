"""Dates (round 13): a month told after "last" ("Last October"), a funeral's day that is not the incident's, and a
battery of EN/FR day phrasings. Wording, places and numbers unlike the development sets."""
import datetime as dt

import pytest

from factories import frames_of
from geo_events.dates import find_dates

PUB = dt.date(2023, 6, 14)  # a Wednesday


def _spans(text, lang="en"):
    return [(d.span.earliest, d.span.latest, d.span.precision) for d in find_dates(text, lang, PUB) if d.span]


@pytest.mark.parametrize("text,month,year", [
    ("Last November, strikes on a camp near Atmeh killed six people.", 11, 2022),
    ("The depot was hit last March as well.", 3, 2023),
    ("This past January, a drone hit the same field.", 1, 2023),
])
def test_a_month_after_last_is_that_month(text, month, year):
    (start, end, precision), = _spans(text)
    assert (start.year, start.month, precision) == (year, month, "month")


@pytest.mark.parametrize("text", ["His last march was on foot.", "Last may be the worst of it."])
def test_last_before_a_lowercase_month_word_is_no_date(text):
    assert all(p != "month" for _, _, p in _spans(text))


def _frame_days(text, lang="en"):
    return [(f.first("date").value.earliest, f.first("date").value.latest) for f in frames_of(text, lang, PUB)
            if f.first("date") is not None]


@pytest.mark.parametrize("text,lang", [
    ("Hundreds of mourners on Tuesday buried the victims of a Russian air strike on a market in Saraqib, as the death "
     "toll from Monday's raid rose to seven.", "en"),
    ("Des centaines de personnes ont assisté mardi aux funérailles des victimes de la frappe russe de lundi sur un "
     "marché de Saraqib.", "fr"),
])
def test_a_funeral_day_is_not_the_strike_day(text, lang):
    assert _frame_days(text, lang) == [(dt.date(2023, 6, 12), dt.date(2023, 6, 12))]


@pytest.mark.parametrize("text,lang,start,end", [
    ("Late Tuesday, three drones struck a base near Erbil.", "en", 13, 13),
    ("In the early hours of Friday, two rockets hit the Green Zone in Baghdad.", "en", 9, 9),
    ("Deux roquettes se sont abattues dans la nuit de samedi à dimanche sur la Zone verte de Bagdad.", "fr", 10, 11),
    ("Deux roquettes se sont abattues samedi vers 23h30 sur la Zone verte de Bagdad.", "fr", 10, 10),
    ("Two drones hit a base near Erbil overnight, the ministry said on Wednesday.", "en", 13, 14),
])
def test_day_phrasings(text, lang, start, end):
    assert _frame_days(text, lang) == [(dt.date(2023, 6, start), dt.date(2023, 6, end))]
