"""French wire copy on Lebanon, Syria and Ukraine (round 27; invented AFP/RFI-style items, no set's sentence).

* "éliminé", an army's word for the fighters it killed, is a death: "Tsahal a annoncé avoir éliminé deux terroristes",
  "Un responsable du Hezbollah a été éliminé", "éliminant trois combattants", the word quoted ('avoir « éliminé »')
  too; "a éliminé deux lance-roquettes" (things, not people) counts nobody;
* a verb of saying before the perfect infinitive ("l'armée a dit avoir tué un commandant") tells the speaker's own
  act, not a witness quoted: its object is the toll;
* "la veille", "dans la nuit de samedi à dimanche" between the verb of killing and its object ("a tué la veille deux
  membres") are a time, and the object after them the victims;
* a later site's own toll with the verb left out ("a tué deux personnes à X et une troisième à Y", "Un civil a été
  tué à X et un autre à Y", "Trois personnes ... à X et deux autres à Y") gives each site its figure, in French and
  English alike, and "deux autres à Y" is no count of projectiles;
* other victims at another place, in a sentence of their own ("... trois morts à X. Deux autres personnes ont été
  tuées à Y"), are not a revision of X's toll;
* a condition in the imperfect ("menace de frapper Haïfa si Israël poursuivait ses frappes au Liban", "s'il lançait
  une offensive contre le Liban") is a hypothesis, not an attack on Lebanon ("même si une frappe a touché X" tells one).
"""
from __future__ import annotations

import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process

PUB = dt.date(2024, 3, 15)


def _events(text: str, lang: str = "fr"):
    return process([Document("t.txt", text, lang, PUB)]).events


def _one(text: str, lang: str = "fr"):
    events = _events(text, lang)
    assert len(events) == 1, [(e.place_name, e.event_type) for e in events]
    return events[0]


def _by_place(events) -> dict:
    return {e.place_name: e for e in events}


# --- "éliminé": the army's word for the fighters it killed --------------------------------------------------------------
@pytest.mark.parametrize("text,killed", [
    ("Tsahal a annoncé avoir éliminé deux terroristes du Hezbollah lors d'une frappe à Aitaroun.", 2),
    ("L'armée israélienne a dit avoir éliminé mardi un commandant du Hamas dans une frappe à Rafah.", 1),
    ("Un responsable du Hezbollah a été éliminé dans une frappe ciblée à Nabatiyé, selon l'armée israélienne.", 1),
    ("L'armée israélienne a affirmé avoir « éliminé » trois terroristes du Hezbollah dans une frappe à Khiam.", 3),
    ("Trois terroristes ont été éliminés dans une frappe à Khiam, a annoncé l'armée israélienne.", 3),
])
def test_eliminated_is_a_death_of_people(text, killed):
    assert _one(text).killed.best == killed


def test_eliminated_things_are_no_toll_where_eliminated_people_are():
    assert _one("L'armée israélienne a dit avoir éliminé deux combattants lors d'une frappe à Khiam.").killed.best == 2
    assert _one("L'armée israélienne a dit avoir éliminé deux lance-roquettes lors d'une frappe à Khiam.").killed.best \
        is None


@pytest.mark.parametrize("text", [
    "L'armée israélienne a dit avoir tué un commandant du Hamas dans une frappe à Rafah.",
    "Tsahal a affirmé avoir tué un commandant du Hezbollah lors d'une frappe à Nabatiyé.",
])
def test_a_verb_of_saying_before_the_perfect_infinitive_is_no_witness(text):
    assert _one(text).killed.best == 1


# --- a time between the verb of killing and its object -------------------------------------------------------------------
@pytest.mark.parametrize("text,killed", [
    ("Une frappe de drone a tué la veille deux membres du Hezbollah à Houla, dans le sud du Liban.", 2),
    ("Une frappe a tué dans la nuit de samedi à dimanche trois civils à Bint Jbeil, au Liban.", 3),
])
def test_the_night_or_the_day_before_between_the_verb_and_its_victims(text, killed):
    assert _one(text).killed.best == killed


# --- each site's own toll, the verb left out ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,tolls", [
    ("Une frappe israélienne a tué deux personnes à Naqoura et une troisième à Chihine jeudi.", "fr",
     {"Naqoura": 2, "Chihine": 1}),
    ("Un civil a été tué jeudi soir à Kfar Kila et un autre à Odaïssé dans des frappes israéliennes, selon l'ANI.",
     "fr", {"Kfar Kila": 1, "Odaïssé": 1}),
    ("Deux civils ont été tués à Kfar Kila et trois autres à Odaïssé dans des frappes israéliennes jeudi.", "fr",
     {"Kfar Kila": 2, "Odaïssé": 3}),
    ("Des frappes israéliennes ont tué deux civils à Kfar Kila et trois à Odaïssé jeudi.", "fr",
     {"Kfar Kila": 2, "Odaïssé": 3}),
    ("Deux soldats ont été blessés à Metoula et un autre à Chtoula par des missiles antichars tirés du Liban.", "fr",
     {"Metoula": 2, "Chtoula": 1}),
    ("An Israeli strike killed two people in Naqoura and a third in Chihine on Thursday.", "en",
     {"Naqoura": 2, "Chihine": 1}),
])
def test_each_site_has_its_own_toll_with_the_verb_left_out(text, lang, tolls):
    found = _by_place(_events(text, lang))
    assert set(found) == set(tolls)
    for name, n in tolls.items():
        e = found[name]
        assert (e.killed.best if "bless" not in text else e.injured.best) == n, name
        assert e.count.best is None, name  # ("et trois autres à Y": people, not projectiles)


def test_the_counts_of_projectiles_of_two_sites_stay_counts_beside_the_tolls_of_two_sites():
    found = _by_place(_events("Trois personnes ont été tuées à Metoula et deux autres à Kiryat Shmona dans des tirs de "
                              "roquettes jeudi."))
    assert found["Kiryat Shmona"].killed.best == 2 and found["Kiryat Shmona"].count.best is None
    found = _by_place(_events("Le Hezbollah a tiré trois roquettes sur Metoula et deux sur Kiryat Shmona jeudi."))
    assert found["Metoula"].count.best == 3 and found["Kiryat Shmona"].count.best == 2
    assert found["Metoula"].killed.best is None and found["Kiryat Shmona"].killed.best is None


# --- other victims elsewhere, told in a sentence of their own -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Une frappe israélienne a fait trois morts à Khiam jeudi. Deux autres personnes ont été tuées à Houla, selon l'ANI.",
    "Une frappe israélienne a fait trois morts à Khiam jeudi. Vendredi, deux autres personnes ont été tuées à Houla, "
    "dans le sud du Liban.",
])
def test_other_victims_at_another_place_do_not_revise_the_toll(text):
    found = _by_place(_events(text))
    assert found["Khiam"].killed.best == 3
    # (other victims in the same place still add to its toll)
    e = _one("Une frappe israélienne a fait trois morts à Khiam jeudi. Deux autres personnes ont été blessées dans le "
             "village, selon l'ANI.")
    assert e.killed.best == 3 and e.injured.best == 2


# --- a condition in the imperfect ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Le Hezbollah a menacé jeudi de frapper Haïfa si Israël poursuivait ses frappes au Liban.",
    "Le Hezbollah a menacé lundi de viser Haïfa si Israël menait de nouvelles frappes contre le Liban-Sud.",
])
def test_a_condition_in_the_imperfect_tells_no_attack(text):
    assert _events(text) == []
    # (a concession still tells its attack)
    e = _one("Même si une frappe israélienne a touché Khiam jeudi, le Hezbollah n'a pas riposté.")
    assert e.place_name == "Khiam"
