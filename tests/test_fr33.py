"""French wire copy (round 33; invented AFP-style items, no set's sentence).

* a night across a month's end has its first day's own month: "dans la nuit du 31 décembre au 1er janvier" is that
  night (not "last night" before publication), in English too ("the night of December 31 to January 1");
* a subset of the victims told as several groups stays a subset: "Sept personnes, dont trois enfants et deux femmes,
  ont été tuées" is seven dead, not five;
* one man named by a post with its group, town and name in apposition is one dead: "Le chef de la branche armée du
  Hamas à Tyr, X, a été tué", "Le responsable du Hezbollah X a été tué";
* a state as the subject (or the passive's agent) of "revendiquer" is the claimant, not the group its victims
  belonged to: "L'armée israélienne a revendiqué avoir éliminé un commandant du Hamas";
* the subject of a passive blame verb is the accused: "Israël est soupçonné d'être derrière la frappe", "Le Hezbollah
  a été accusé par Israël d'avoir tiré".
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import one_event

PUB = dt.date(2024, 3, 15)


def _one(text: str, lang: str = "fr", pub: dt.date = PUB):
    return one_event(text, lang, pub)


# --- a night across a month's end -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Dans la nuit du 31 décembre au 1er janvier, des roquettes ont frappé Sdérot.", "fr"),
    ("Des roquettes ont frappé Sdérot dans la nuit du 31 décembre au 1er janvier.", "fr"),
    ("Dans la nuit du 31 décembre 2023 au 1er janvier 2024, des roquettes ont frappé Sdérot.", "fr"),
    ("Rockets hit Sderot on the night of December 31 to January 1.", "en"),
])
def test_night_across_month_end(text, lang):
    ev = _one(text, lang, dt.date(2024, 1, 7))
    assert (ev.date.earliest, ev.date.latest) == (dt.date(2023, 12, 31), dt.date(2024, 1, 1))
    # (a night within one month is read as before)
    ev = _one("Dans la nuit du 3 au 4 janvier, des roquettes ont frappé Sdérot.", "fr", dt.date(2024, 1, 7))
    assert (ev.date.earliest, ev.date.latest) == (dt.date(2024, 1, 3), dt.date(2024, 1, 4))


# --- a subset told as several groups --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,place,killed", [
    ("Sept personnes, dont trois enfants et deux femmes, ont été tuées dans un bombardement à Khan Younès.", "fr",
     "Khān Yūnis", 7),
    ("Neuf personnes, parmi lesquelles quatre enfants et une femme, ont été tuées à Rafah dans une frappe.", "fr",
     "Rafaḩ", 9),
    ("Ten people, including four children and two women, were killed in a strike on Rafah.", "en", "Rafaḩ", 10),
])
def test_subset_of_several_groups_is_no_sum(text, lang, place, killed):
    ev = _one(text, lang)
    assert (ev.place.name, ev.killed.best) == (place, killed)


# --- one man named by his post, group, town and name ----------------------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("Le chef de la branche armée du Hamas à Tyr, Hadi Moustafa, a été tué dans la frappe israélienne.", "Tyre"),
    ("Le responsable du Hezbollah Taleb Abdallah a été tué dans une frappe israélienne à Jouaiya.", "Jouaïya"),
])
def test_post_with_apposed_name_is_one_dead(text, place):
    ev = _one(text)
    assert (ev.place.name, ev.killed.best) == (place, 1)


# --- a state claims its own strike ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,place", [
    ("L'armée israélienne a revendiqué avoir éliminé un commandant du Hamas dans une frappe à Rafah.", "fr", "Rafaḩ"),
    ("L'armée israélienne a revendiqué la frappe qui a tué un responsable du Hamas à Tyr.", "fr", "Tyre"),
    ("Israël a revendiqué mercredi l'élimination d'un haut commandant du Hezbollah dans une frappe à Tyr.", "fr", "Tyre"),
    ("La frappe sur Tyr a été revendiquée par l'armée israélienne.", "fr", "Tyre"),
    ("The Israeli military claimed the strike on Tyre that killed a Hamas commander.", "en", "Tyre"),
])
def test_state_subject_of_claim_is_the_claimant(text, lang, place):
    ev = _one(text, lang)
    assert ev.place.name == place
    assert ev.claimed_by == ["Israel"]
    # (a group's claim stays the group's, a state named after the verb notwithstanding)
    ev = _one("Le Hezbollah a revendiqué une attaque contre des soldats israéliens à Metoula, en riposte aux frappes "
              "d'Israël.")
    assert ev.claimed_by == ["Hezbollah"]


# --- the subject of a passive blame verb ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,place,blamed", [
    ("Israël est soupçonné d'être derrière la frappe qui a visé un immeuble de Damas.", "fr", "Damascus", "Israel"),
    ("Israël, qui est soupçonné d'être derrière la frappe sur Damas, n'a pas commenté.", "fr", "Damascus", "Israel"),
    ("Le Hezbollah a été accusé par Israël d'avoir tiré une dizaine de roquettes sur Safed.", "fr", "Safed", "Hezbollah"),
    ("L'Etat islamique est soupçonné d'avoir perpétré l'attentat de Mogadiscio qui a fait dix morts.", "fr", "Mogadishu",
     "Islamic State"),
    ("Israel is suspected of being behind the strike on a building in Damascus.", "en", "Damascus", "Israel"),
])
def test_passive_blame_subject_is_accused(text, lang, place, blamed):
    ev = _one(text, lang)
    assert ev.place.name == place
    assert ev.blamed_on == [blamed]
    # (accused of another deed than the attack: no blame)
    assert _one("Le ministre, accusé de corruption, a condamné la frappe sur Tyr.").blamed_on == []
