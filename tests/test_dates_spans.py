"""Dates that are spans: a year or a month used as an attribute ("the 2019 attack"), a run of days ("les 18 et
19 octobre"), and a part of a month ("late October", "mi-mars", "منتصف آذار").

Wording, places and dates are written for these tests.
"""
import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from geo_events import arabic
from geo_events.dates import _scan, find_dates
from geo_events.extract import extract
from geo_events.models import DateSpan, Document

PUB = dt.date(2024, 6, 12)  # a Wednesday


def spans(text, lang="en", published=PUB, previous=None):
    if lang == "ar":
        text = arabic.clean(text)
    return [d for d in find_dates(text, lang, published, previous) if d.span]


def bounds(d):
    return d.span.earliest, d.span.latest, d.span.precision


# -- a year or a month as an attribute -------------------------------------------------------------

@pytest.mark.parametrize("text,lang,year", [
    ("Officials compared it with the 2017 bombing of the fuel depot.", "en", 2017),
    ("Turkey's 2020 offensive against the militia displaced thousands.", "en", 2020),
    ("Les frappes de 2018 contre le port avaient coupé l'électricité.", "fr", 2018),
    ("L'offensive de 2016, elle, n'avait jamais été revendiquée.", "fr", 2016),
    ("وأعادت الضربة إلى الأذهان غارات 2015 على الميناء", "ar", 2015),
    ("وكانت المدينة قد شهدت تفجيرات العام 2014", "ar", 2014),
    ("وذلك في سنة ٢٠١٣ حين قصف المطار", "ar", 2013),
])
def test_a_year_used_as_an_attribute_is_a_year_of_the_past(text, lang, year):
    found = spans(text, lang)
    assert len(found) == 1
    d = found[0]
    assert bounds(d) == (dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    assert not d.since and not d.relative_to_previous
    assert d.span.latest < PUB  # the extractor reads such a clause as history


@pytest.mark.parametrize("text,lang,month,year", [
    ("An October 2018 raid on the pumping station was never claimed.", "en", 10, 2018),
    ("Le raid de novembre 2017 contre la station de pompage n'a jamais été revendiqué.", "fr", 11, 2017),
    ("ولم تتبن أي جهة قصف تموز 2016 على محطة الضخ", "ar", 7, 2016),
])
def test_a_month_and_year_used_as_an_attribute_is_that_month(text, lang, month, year):
    found = spans(text, lang)
    assert len(found) == 1
    first = dt.date(year, month, 1)
    assert found[0].span.earliest == first and found[0].span.precision == "month"
    assert found[0].span.latest.month == month and not found[0].since


@pytest.mark.parametrize("text,lang", [
    ("The 2000 marines of the task force stayed aboard.", "en"),
    ("The remaining 1500 fighters withdrew to the hills.", "en"),
    ("the 2000 km border with the kingdom", "en"),
    ("Plus de 2000 roquettes ont été tirées.", "fr"),
    ("Un bilan de 1900 morts a été avancé par l'ONG.", "fr"),
    ("Une flotte de 1500 marins a été déployée.", "fr"),
    ("Le conflit a duré de 2014 à 2017 dans la vallée.", "fr"),
    ("Resolution 2216 was adopted unanimously.", "en"),
])
def test_a_number_that_counts_things_is_no_year(text, lang):
    assert spans(text, lang) == []


def test_a_year_to_come_dates_nothing():
    assert spans("The 2030 reconstruction plan for the port was presented.") == []


@pytest.mark.parametrize("text,lang", [
    ("Since the 2019 drone attack, the terminal has stayed closed.", "en"),
    ("Depuis l'attaque de 2019, le terminal est resté fermé.", "fr"),
])
def test_since_an_attributive_year_starts_a_period(text, lang):
    found = spans(text, lang)
    assert len(found) == 1 and found[0].since


@pytest.mark.parametrize("text,lang,day", [
    ("Like the 2018 bombing, Tuesday's strike hit the fuel depot.", "en", dt.date(2024, 6, 11)),
    ("Recalling the May 2019 raid, drones hit the fuel depot on Sunday.", "en", dt.date(2024, 6, 9)),
    ("Comme l'attentat de 2018, la frappe de dimanche a visé le dépôt.", "fr", dt.date(2024, 6, 9)),
])
def test_a_clause_with_its_own_day_is_dated_by_that_day(text, lang, day):
    found = spans(text, lang)
    assert [bounds(d) for d in found] == [(day, day, "day")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Two rockets hit the Bashiqa camp on Sunday night, wounding a guard. The 2018 attack on the Makhmour "
           "checkpoint had killed three policemen."),
    ("fr", "Deux roquettes ont frappé le camp de Bashiqa dimanche soir, blessant un garde. L'attaque de 2018 contre "
           "le poste de Makhmour avait tué trois policiers."),
    ("ar", "سقط صاروخان على معسكر بعشيقة مساء الأحد، ما أدى إلى إصابة حارس. وكان هجوم 2018 على حاجز مخمور قد أسفر "
           "عن مقتل ثلاثة من الشرطة."),
])
def test_the_extractor_reads_an_attributive_year_as_history(lang, text):
    frames = extract(Document("spans", text, lang, PUB))
    dates = [f.first("date").value for f in frames if f.first("date")]
    assert len(frames) == 1 and dates and dates[0].earliest == dt.date(2024, 6, 9)


# -- a run of days -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,first,last", [
    ("Les 4 et 5 mai, des drones ont visé le barrage.", "fr", dt.date(2024, 5, 4), dt.date(2024, 5, 5)),
    ("Drones targeted the dam on May 4 and 5.", "en", dt.date(2024, 5, 4), dt.date(2024, 5, 5)),
    ("Drones targeted the dam on 4-5 May.", "en", dt.date(2024, 5, 4), dt.date(2024, 5, 5)),
    ("Drones targeted the dam on Apr. 29-30.", "en", dt.date(2024, 4, 29), dt.date(2024, 4, 30)),
    ("واستهدفت طائرات مسيرة السد يومي 4 و5 أيار", "ar", dt.date(2024, 5, 4), dt.date(2024, 5, 5)),
    ("واستهدفت طائرات مسيرة السد في 4 و 5 مايو 2023", "ar", dt.date(2023, 5, 4), dt.date(2023, 5, 5)),
    ("Du 31 mai au 1er juin, le barrage a été visé.", "fr", dt.date(2024, 5, 31), dt.date(2024, 6, 1)),
])
def test_two_days_are_one_span_over_both(text, lang, first, last):
    found = spans(text, lang)
    assert [bounds(d) for d in found] == [(first, last, "day")]


@pytest.mark.parametrize("text,lang,first,last", [
    ("Between 2 and 6 May the dam was shelled daily.", "en", dt.date(2024, 5, 2), dt.date(2024, 5, 6)),
    ("Les 2, 3 et 4 mai, le barrage a été bombardé.", "fr", dt.date(2024, 5, 2), dt.date(2024, 5, 4)),
    ("Du 28 décembre au 3 janvier, le barrage a été bombardé.", "fr", dt.date(2023, 12, 28), dt.date(2024, 1, 3)),
])
def test_a_run_of_days_spans_them_all(text, lang, first, last):
    found = spans(text, lang)
    assert len(found) == 1
    assert (found[0].span.earliest, found[0].span.latest) == (first, last)
    assert found[0].span.precision == "week"


@pytest.mark.parametrize("text", [
    "The final ended 3-2 May observers said.",  # a score, whatever follows
    "On May 6-4 the dam was shelled.",  # days backwards: no run
])
def test_no_run_of_days_is_made_backwards(text):
    assert all(d.span.precision == "day" and d.span.earliest == d.span.latest for d in spans(text))


def test_a_run_of_days_is_no_wire_dateline():
    found = find_dates("May 4-5 brought the heaviest shelling of the dam.", "en", PUB)
    assert [d.kind for d in found] != ["dateline"] and found[0].span is not None


# -- a part of a month ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,first,last", [
    ("In late February, drones hit the dam.", "en", dt.date(2024, 2, 21), dt.date(2024, 2, 29)),
    ("Fin avril, des drones ont visé le barrage.", "fr", dt.date(2024, 4, 21), dt.date(2024, 4, 30)),
    ("À la fin du mois d'avril, des drones ont visé le barrage.", "fr", dt.date(2024, 4, 21), dt.date(2024, 4, 30)),
    ("وفي أواخر شهر نيسان استهدفت مسيرات السد", "ar", dt.date(2024, 4, 21), dt.date(2024, 4, 30)),
    ("Early April saw the first strike on the dam.", "en", dt.date(2024, 4, 1), dt.date(2024, 4, 10)),
    ("Au début du mois de mai, le barrage a été visé.", "fr", dt.date(2024, 5, 1), dt.date(2024, 5, 10)),
    ("وفي بداية نيسان استهدفت مسيرات السد", "ar", dt.date(2024, 4, 1), dt.date(2024, 4, 10)),
    ("By mid-May the dam had been hit four times.", "en", dt.date(2024, 5, 11), dt.date(2024, 5, 20)),
    ("À la mi-avril, le barrage a été visé.", "fr", dt.date(2024, 4, 11), dt.date(2024, 4, 20)),
    ("وفي أواسط نيسان/أبريل 2023 استهدفت مسيرات السد", "ar", dt.date(2023, 4, 11), dt.date(2023, 4, 20)),
    ("The dam was hit in mid-to-late April.", "en", dt.date(2024, 4, 11), dt.date(2024, 4, 30)),
])
def test_a_part_of_a_month_is_a_span_of_about_ten_days(text, lang, first, last):
    found = spans(text, lang)
    assert [bounds(d) for d in found] == [(first, last, "week")]


# -- the prefilter and robustness ----------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Entre le 2 et le 6 mai, à la fin du mois d'avril et l'attaque de 2019", "fr"),
    ("on May 4 and 5, the 2017 bombing and mid-to-late April", "en"),
    (arabic.clean("يومي 4 و5 أيار ثم في أواخر شهر نيسان وغارات 2015"), "ar"),
])
def test_the_prefilter_finds_what_every_pattern_finds(text, lang):
    prev = DateSpan(dt.date(2024, 6, 1), dt.date(2024, 6, 1))
    fast = _scan(text, lang, PUB, prev)
    slow = _scan(text, lang, PUB, prev, prefilter=False)
    assert [(d.start, d.end, d.kind, d.span) for d in fast] == [(d.start, d.end, d.kind, d.span) for d in slow]
    assert fast


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["the", "de", "2019", "4", "5", "et", "and", "-", "mai", "May", "late", "fin",
                                 "du", "mois", "d'", "أواخر", "شهر", "و5", "أيار", "هجوم", "to", "31", "0"]),
                max_size=12))
def test_span_phrases_never_crash_and_stay_ordered(words):
    text = " ".join(words)
    for lang in ("en", "fr", "ar"):
        found = find_dates(text, lang, PUB)
        for d in found:
            assert 0 <= d.start < d.end <= len(text)
            if d.span:
                assert d.span.earliest <= d.span.latest
