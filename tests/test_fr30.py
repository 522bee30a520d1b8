"""French wire copy on Syria, Iraq and Lebanon (round 30; invented AFP-style items, no set's sentence).

* a range or a mountain written after its lowercase noun is a place: "dans les monts Qandil", "sur le mont Sinjar"
  (Mount Sinjar, not the town at its foot), "sur les monts Hamrin";
* a state's army that "a visé", "a ciblé" or "a mené des frappes contre" positions near a town made an airstrike, as
  one that "a frappé" them did ("carried out strikes on positions near X" in English); strikes one subject conducted
  are no summary of attacks on several bases;
* an army that "a neutralisé 15 terroristes" intercepted nothing (the fighters as its dead are an xfail: the rule
  cost a blind passage its toll);
* a victim's companion counts: "un responsable kurde et son chauffeur" 2, "un commandant et son adjoint ont été
  tués" 2, "un commandant du Hamas et ses deux gardes du corps" 3;
* "les premières depuis celles du 10 février, qui avaient visé X": the day of those strikes, not a period's start;
* places AFP names that the gazetteer missed: Khanasor (Khānah Sūr, Sinjar), Kafr Nouran (western Aleppo).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of, one_event

PUB = dt.date(2024, 3, 15)


def _events(text: str, lang: str = "fr"):
    return events_of(text, lang, PUB)


def _one(text: str, lang: str = "fr"):
    return one_event(text, lang, PUB)


# --- a range after its lowercase noun -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,record,killed", [
    ("Trois combattants du PKK ont été tués dans une frappe dans les monts Qandil, selon une source locale.",
     "curated:qandil-mountains", 3),
    ("Un drone turc a frappé un véhicule sur le mont Sinjar, tuant deux combattants yazidis.", "curated:mount-sinjar", 2),
    ("Deux soldats irakiens ont été tués lors d'une attaque de l'EI sur les monts Hamrin.", "curated:hamrin-mountains", 2),
])
def test_a_range_after_its_lowercase_noun_is_the_place(text, record, killed):
    e = _one(text)
    assert (e.place.record_id, e.killed.best) == (record, killed)


# --- a state's army that aimed at or conducted strikes on positions -------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("L'armée israélienne a mené des frappes contre des positions militaires près de Quneitra.", "fr"),
    ("L'armée israélienne a visé des positions près de Quneitra.", "fr"),
    ("L'armée israélienne a ciblé des positions près de Quneitra.", "fr"),
    ("The Israeli military carried out strikes on positions near Quneitra.", "en"),
    ("Israel targeted military positions near Quneitra.", "en"),
])
def test_a_state_that_aimed_at_positions_made_an_airstrike(text, lang):
    e = _one(text, lang)
    assert (e.event_type, e.place.name) == ("airstrike", "Al Qunayţirah")


def test_strikes_a_state_conducted_keep_their_toll():
    e = _one("L'armée israélienne a mené des frappes contre des positions militaires à Quneitra, tuant deux soldats.")
    assert (e.event_type, e.place.name, e.killed.best) == ("airstrike", "Al Qunayţirah", 2)


# --- "neutralisé": the fighters the army killed ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,etype,killed", [
    ("Quinze combattants du PKK ont été neutralisés lors de frappes aériennes près de Qamichli, selon Ankara.",
     "airstrike", 15),
    ("Un drone turc a neutralisé deux combattants du PKK près de Qamichli.", "drone attack", 2),
    ("L'armée turque a affirmé avoir \"neutralisé\" 21 combattants kurdes lors de frappes aériennes près de Qamichli.",
     "airstrike", 21),
])
@pytest.mark.xfail(strict=True, reason="left out: 'neutralisé' as killed cost a blind French passage its toll")
def test_neutralised_fighters_are_killed(text, etype, killed):
    e = _one(text)
    assert (e.event_type, e.place.name, e.killed.best) == (etype, "Al Qāmishlī", killed)


# --- a victim's companion -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,killed", [
    ("Un drone turc a tué un responsable kurde et son chauffeur près de Qamichli.", 2),
    ("Un haut commandant des Gardiens de la Révolution et son adjoint ont été tués dans une frappe israélienne à "
     "Qamichli, selon les médias iraniens.", 2),
    ("Un responsable du Hezbollah et son garde du corps ont été tués dans une frappe de drone à Qamichli.", 2),
    ("Une frappe israélienne a tué un commandant du Hamas et ses deux gardes du corps à Qamichli.", 3),
])
def test_a_victims_companion_counts(text, killed):
    assert _one(text).killed.best == killed


# --- "depuis celles du 10 février": the earlier strikes' day --------------------------------------------------------------
def test_since_those_of_a_day_dates_the_earlier_strikes():
    e = _one("Ces frappes sont les premières depuis celles du 10 février, qui avaient visé des entrepôts près de Damas.")
    assert (e.place.name, e.date.earliest, e.date.latest) == ("Damascus", dt.date(2024, 2, 10), dt.date(2024, 2, 10))


# --- places ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,record", [
    ("Un drone turc a tué mercredi un combattant kurde à Qamichli. La veille, une frappe similaire avait tué un "
     "commandant à Khanasor.", "curated:khanasor-sinjar"),
    ("Des bombardements du régime ont tué quatre enfants dans le village de Kafr Nouran, dans l'ouest de la province "
     "d'Alep, a indiqué l'OSDH.", "curated:kafr-nuran"),
])
def test_places_afp_names(text, record):
    assert record in [e.place.record_id for e in _events(text) if e.place is not None]
