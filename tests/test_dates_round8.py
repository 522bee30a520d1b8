"""Dates and counts, round 8: a statement timed against the incident it answers ("X vowed on Tuesday to
respond, a day after drones hit Y"), an entry of a live report
opened by its time ("18h05 - ..."), shells counted in a sentence with no attack word.

Wording, places, days and numbers are written for these tests.
"""
import datetime as dt

import pytest

from geo_events.dates import find_dates
from geo_events.extract import extract
from geo_events.models import Document

PUB = dt.date(2023, 9, 14)  # a Thursday
D = dt.date


def spans(text, lang="en", published=PUB, previous=None):
    return [(m.kind, m.span.earliest, m.span.latest) for m in find_dates(text, lang, published, previous) if m.span]


def dated(text, lang="en", published=PUB):
    """(target name, earliest, latest) of each frame extracted from ``text``."""
    out = []
    for f in extract(Document("round8", text, lang, published)):
        date = f.first("date")
        out.append((f.first("target").value.name, date.value.earliest if date else None,
                    date.value.latest if date else None))
    return out


# -- a statement that leads, the incident it answers told after "a day after" --------------------------

@pytest.mark.parametrize("text,lang,day", [
    ("The oil ministry vowed on Wednesday to rebuild, a day after drones set a refinery ablaze near the coast.",
     "en", D(2023, 9, 12)),
    ("Officials said Wednesday that repairs had begun, two days after a missile struck the power plant.",
     "en", D(2023, 9, 11)),
    ("The governor on Wednesday condemned the raid, the day after rockets fell on the market.", "en", D(2023, 9, 12)),
    ("Le gouvernement a promis mercredi de riposter, au lendemain d'une attaque de drones contre la raffinerie.",
     "fr", D(2023, 9, 12)),
    ("Les autorités ont annoncé mercredi l'ouverture d'une enquête, trois jours après le tir de roquettes.",
     "fr", D(2023, 9, 10)),
])
def test_a_statement_day_is_counted_back_to_the_incident_it_answers(text, lang, day):
    found = spans(text, lang)
    assert [d[1:] for d in found] == [(day, day)]


@pytest.mark.parametrize("text,lang", [
    # the day is the attack's: what follows "a day after" is another, earlier incident
    ("Rockets hit the airbase on Wednesday, a day after drones struck a depot in the north.", "en"),
    ("Des roquettes ont frappé la base mercredi, deux jours après une frappe sur un dépôt.", "fr"),
])
def test_an_attack_day_before_a_gap_stays_the_attack_day(text, lang):
    assert [d[1] for d in spans(text, lang)] == [D(2023, 9, 13)]


def test_two_days_later_still_counts_forward_from_the_incident_told_before():
    previous = dt.date(2023, 9, 8)
    from geo_events.models import DateSpan
    found = spans("Officials said on Wednesday that two days later a second drone hit the camp.",
                  previous=DateSpan(previous, previous, "day", "Friday"))
    assert (D(2023, 9, 10), D(2023, 9, 10)) in [d[1:] for d in found]


def test_a_lead_statement_dates_the_incident_of_the_next_sentences():
    text = ("BASRA, Sept 14 - The provincial council vowed on Wednesday to protect the port, a day after suspected "
            "drones set fire to fuel tanks at the Khor al-Zubair terminal.\n\n"
            "Two workers were killed and five wounded when three tanks exploded at the Khor al-Zubair terminal, "
            "police said.")
    found = dated(text)
    assert found and all(f[1:] == (D(2023, 9, 12), D(2023, 9, 12)) for f in found), found


def test_a_french_lead_statement_dates_the_incident():
    text = ("Le gouvernement irakien a promis mercredi de punir les auteurs, au lendemain d'une attaque de drones "
            "contre l'aéroport d'Erbil.\n\n"
            "Deux soldats ont été blessés lorsqu'un drone chargé d'explosifs s'est écrasé près de l'aéroport d'Erbil, "
            "selon la police.")
    found = dated(text, "fr")
    assert found and all(f[1:] == (D(2023, 9, 12), D(2023, 9, 12)) for f in found), found


# -- an entry of a live report, opened by its time --------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("14h40 - Une frappe de drone a visé une voiture près de la route côtière.", "fr"),
    ("09:15 — Two rockets fell on an empty field outside the town, the army said.", "en"),
])
def test_an_entry_time_dates_an_entry_that_gives_no_day(text, lang):
    assert [d[1] for d in spans(text, lang)] == [PUB]


@pytest.mark.parametrize("text,lang,day", [
    ("16h10 - Le mouvement avait tiré lundi soir une salve de roquettes sur la caserne.", "fr", D(2023, 9, 11)),
    ("2019 - Drones struck two oil plants in the east.", "en", None),
])
def test_an_entry_time_gives_way_to_a_day_the_entry_tells(text, lang, day):
    assert [d[1] for d in spans(text, lang)] == ([day] if day else [])


def test_live_report_entries_are_dated_to_the_report_day():
    text = ("EN DIRECT - Tensions à la frontière\n\n"
            "Jeudi 14 septembre 2023\n\n"
            "17h20 - Une frappe israélienne a visé en fin d'après-midi une maison à Yaroun, tuant deux hommes.\n\n"
            "12h05 - Des obus d'artillerie s'abattent sur les abords de Rmeish. Pas de victimes signalées.")
    found = dated(text, "fr")
    assert found and all(f[1:] == (PUB, PUB) for f in found), found


# -- counts ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("second,n", [
    ("Witnesses described seven shells landing one after another near the orchards.", 7),
    ("A farmer said he counted three shells before he ran.", 3),
])
def test_shells_told_in_a_sentence_of_their_own_count_the_incident(second, n):
    text = ("Artillery shelling hit the village of Kani Masi in Duhok province on Wednesday, killing two farmers.\n\n"
            + second)
    frames = extract(Document("round8", text, "en", PUB))
    assert [f.first("count").value for f in frames if f.first("count")] == [n]


def test_a_french_count_in_a_sentence_without_attack_word_counts_the_incident():
    text = ("Des tirs d'artillerie ont visé mercredi le village de Kani Masi, tuant deux agriculteurs.\n\n"
            "Selon des habitants, cinq obus sont tombés autour des vergers.")
    frames = extract(Document("round8", text, "fr", PUB))
    assert [f.first("count").value for f in frames if f.first("count")] == [5]


def test_a_count_with_a_day_of_its_own_is_not_the_incident_told():
    text = ("Artillery shelling hit the village of Kani Masi in Duhok province on Wednesday, killing two farmers.\n\n"
            "In 2019, eleven shells fell on the same orchards.")
    frames = extract(Document("round8", text, "en", PUB))
    assert all(f.first("count") is None or f.first("count").value != 11 for f in frames)
