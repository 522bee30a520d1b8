"""Dates, round 5: a weekday followed by a count, "the day before" counted from the day the sentence gives
(and the day of a statement, which dates no incident), "earlier this month" as the time before the past
week, "at the same moment".

Wording, places, days and numbers are written for these tests.
"""
import datetime as dt

import pytest

from geo_events import arabic
from geo_events.dates import find_dates
from geo_events.extract import extract
from geo_events.models import DateSpan, Document

PUB = dt.date(2023, 9, 14)  # a Thursday
D = dt.date


def mentions(text, lang="en", published=PUB, previous=None):
    if lang == "ar":
        text = arabic.clean(text)
    return find_dates(text, lang, published, previous)


def days(text, lang="en", published=PUB, previous=None):
    return [(m.kind, m.span.earliest, m.span.latest) for m in mentions(text, lang, published, previous) if m.span]


# -- a weekday, then a number that begins no date ---------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Les rebelles ont tiré mardi matin 37 obus sur le camp.", "fr"),
    ("Militants launched on Tuesday 14 drones at the airfield.", "en"),
    ("TRIPOLI, 14 septembre 2023 (AFP) - La milice a tiré mardi soir 9 roquettes sur la caserne.", "fr"),
    ("وأطلقت الجماعة يوم الثلاثاء 12 صاروخا على المعسكر", "ar"),
])
def test_a_weekday_followed_by_a_count_still_dates_the_clause(text, lang):
    assert [d[1] for d in days(text, lang)] == [D(2023, 9, 12)]


@pytest.mark.parametrize("text,lang,day", [
    ("The convoy was hit on Tuesday 12 September near the ford.", "en", D(2023, 9, 12)),
    ("Le convoi a été frappé mardi 12 septembre près du gué.", "fr", D(2023, 9, 12)),
])
def test_a_weekday_before_its_date_is_read_once(text, lang, day):
    found = days(text, lang)
    assert [d[1] for d in found] == [day] and found[0][0] == "day_month"


# -- "the day before" a day the sentence gives -------------------------------------------------------

@pytest.mark.parametrize("text,lang,incident", [
    # the statement's day, then the incident "the day before"
    ("La préfecture a fait état mercredi de sept morts dans les bombardements menés la veille sur le marché.", "fr",
     D(2023, 9, 12)),
    ("Les autorités ont annoncé lundi que les tirs de la veille au soir avaient blessé quatre gardes.", "fr",
     D(2023, 9, 10)),
    ("The regional governor said on Wednesday that shelling the day before had killed seven people at the market.",
     "en", D(2023, 9, 12)),
    ("Port officials on Monday said two tankers were damaged in a drone attack the previous night.", "en",
     D(2023, 9, 10)),
    ("وأعلنت السلطات المحلية الأربعاء مقتل سبعة أشخاص في القصف الذي استهدف السوق في اليوم السابق", "ar",
     D(2023, 9, 12)),
])
def test_the_day_before_counts_from_the_day_of_a_statement_which_dates_no_incident(text, lang, incident):
    found = mentions(text, lang)
    dated = [m for m in found if m.span is not None]
    assert [(m.span.earliest, m.span.latest) for m in dated] == [(incident, incident)]
    assert not dated[0].relative_to_previous
    assert any(m.kind == "statement_day" and m.span is None for m in found)


def test_the_day_before_counts_from_the_sentence_not_from_the_incident_told_before():
    told_before = DateSpan(D(2023, 9, 2), D(2023, 9, 2), "day", "on Saturday")
    found = days("The agency reported on Tuesday that drones hit the refinery the day before.", previous=told_before)
    assert [d[1] for d in found] == [D(2023, 9, 11)]


def test_an_incident_day_before_the_day_before_keeps_its_own_date():
    # no verb of saying: two incidents, each with its day
    found = days("Drones struck the pumping station on Wednesday, and the day before a rocket hit the quay.")
    assert [d[1] for d in found] == [D(2023, 9, 13), D(2023, 9, 12)]


@pytest.mark.parametrize("text,lang", [
    ("Mardi, la veille du sommet, deux roquettes ont frappé le quai.", "fr"),
    ("On Tuesday, the day before the summit, two rockets struck the quay.", "en"),
])
def test_the_day_before_an_event_it_names_is_not_counted_from_the_sentence(text, lang):
    found = days(text, lang)
    assert [d[1] for d in found] == [D(2023, 9, 12)]  # Tuesday alone; "la veille du sommet" has no day here


@pytest.mark.parametrize("text,lang", [
    ("Les frappes menées la veille contre le dépôt ont fait onze morts.", "fr"),
    ("Strikes carried out the previous day on the depot killed eleven people.", "en"),
])
def test_the_day_before_with_nothing_told_before_is_the_day_before_the_report(text, lang):
    assert [d[1] for d in days(text, lang)] == [D(2023, 9, 13)]


def test_a_lead_with_a_statement_day_dates_the_incident_the_day_before():
    text = ("NIAMEY, 14 septembre 2023 (AFP) - Le ministère a fait état jeudi de neuf morts dans les frappes de drones "
            "menées la veille contre un dépôt de carburant à Tillabéri.")
    frames = extract(Document("round5", text, "fr", PUB))
    dates = [f.first("date").value for f in frames if f.first("date")]
    assert dates and (dates[0].earliest, dates[0].latest) == (D(2023, 9, 13), D(2023, 9, 13))


# -- "earlier this month", "early this month" -------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Earlier this month, a drone strike killed two officers near the dam.", "en"),
    ("Plus tôt ce mois-ci, une frappe de drone a tué deux officiers près du barrage.", "fr"),
    ("وفي وقت سابق من هذا الشهر قتلت غارة بطائرة مسيرة ضابطين قرب السد", "ar"),
])
def test_earlier_this_month_ends_before_the_past_week(text, lang):
    found = [m for m in mentions(text, lang, D(2023, 9, 23)) if m.span]
    assert [(m.span.earliest, m.span.latest) for m in found] == [(D(2023, 9, 1), D(2023, 9, 16))]


def test_earlier_this_month_in_the_first_week_is_before_the_report():
    found = days("Earlier this month, a drone strike killed two officers.", published=D(2023, 9, 5))
    assert [(d[1], d[2]) for d in found] == [(D(2023, 9, 1), D(2023, 9, 4))]


@pytest.mark.parametrize("text,lang", [
    ("Early this month, gunmen shelled the checkpoint.", "en"),
    ("Au début du mois, des hommes armés ont bombardé le poste.", "fr"),
    ("وفي مطلع الشهر الجاري قصف مسلحون الحاجز", "ar"),
])
def test_early_this_month_is_its_first_days(text, lang):
    found = [m for m in mentions(text, lang, D(2023, 9, 23)) if m.span]
    assert [(m.span.earliest, m.span.latest, m.span.precision) for m in found] == [(D(2023, 9, 1), D(2023, 9, 10), "week")]


def test_this_month_alone_still_reaches_the_report():
    found = days("This month alone, drones hit the port four times.", published=D(2023, 9, 23))
    assert [(d[1], d[2]) for d in found] == [(D(2023, 9, 1), D(2023, 9, 23))]


def test_an_incident_earlier_this_month_is_background_to_the_news():
    text = ("Rockets struck the Tal Afar airfield on Friday, wounding three soldiers, officials said. "
            "Earlier this month, a drone strike in Mosul killed a militia commander.")
    frames = extract(Document("round5", text, "en", D(2023, 9, 23)))
    dated = [f.first("date").value for f in frames if f.first("date")]
    assert [d.earliest for d in dated] == [D(2023, 9, 22)]


# -- "at the same moment" ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Au même moment, deux drones ont été abattus au-dessus de la raffinerie.", "fr"),
    ("At the same moment, a second missile struck the fuel depot.", "en"),
])
def test_at_the_same_moment_is_the_day_of_the_incident_told_before(text, lang):
    told = DateSpan(D(2023, 9, 11), D(2023, 9, 11), "day", "Monday night")
    assert [(d[1], d[2]) for d in days(text, lang, previous=told)] == [(D(2023, 9, 11), D(2023, 9, 11))]


# -- no day 0 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [("31 to 0 mai", "fr"), ("from 30 to 0 March", "en")])
def test_a_run_of_days_ending_on_day_zero_is_no_date_and_no_crash(text, lang):
    assert days(text, lang) == []


@pytest.mark.parametrize("weekday,back", [("lundi", 3), ("mardi", 2), ("mercredi", 1), ("jeudi", 0), ("vendredi", 6)])
def test_the_day_before_is_one_day_before_any_weekday_of_a_statement(weekday, back):
    text = f"La police a annoncé {weekday} que deux obus avaient frappé l'école la veille."
    statement = PUB - dt.timedelta(days=back)
    assert [d[1] for d in days(text, "fr")] == [statement - dt.timedelta(days=1)]


@pytest.mark.parametrize("text", [
    "Rockets hit the depot on Wednesday, the army said, and the day before a drone struck the quay.",
    "Officials said drones hit Wednesday, and the day before a rocket struck the quay.",
])
def test_an_incident_day_near_a_verb_of_saying_stays_the_incident_day(text):
    assert [d[1] for d in days(text)] == [D(2023, 9, 13), D(2023, 9, 12)]


@pytest.mark.parametrize("text,lang", [
    ("Mercredi, le ministère de la Santé a fait état de cinq morts dans les frappes de la veille.", "fr"),
    ("The health ministry on Wednesday said five people died in strikes the day before.", "en"),
])
def test_a_statement_day_before_its_verb_dates_no_incident(text, lang):
    found = mentions(text, lang)
    assert [m.kind for m in found] == ["statement_day", "previous_day"]
    assert found[1].span.earliest == D(2023, 9, 12)
