"""French wire copy (round 35; invented AFP-style items, no set's sentence), mostly beyond the Levant.

* the Sahel's countries (Mali, Burkina Faso, Niger; Sudan, Chad) named in the text make their towns the document's
  places, as Ukraine's and Somalia's do: "Djibo, dans le nord du Burkina Faso", "des soldats nigériens tués près de
  Tillabéri" are no longer set aside as small places abroad;
* a killing told by its armed authors is an attack ("des hommes armés ont tué 20 civils à X", "tués par des hommes
  armés", "des jihadistes ont tué"); a death in an accident is none;
* "la base de Gao, au Mali", "le camp de Tessalit": a base or camp the gazetteer lacks is in the town it is named
  after when that town is of the country the article is about (namesakes abroad no longer make it unsure);
* "Washington a imputé l'attaque contre la base d'Aïn al-Assad à des milices": the attack imputed or attributed with
  its target between the verb and "à" blames the accused, and the attribution is an incident told;
* "des obus sont tombés sur X": shells name the guns, an incident told even with no day or toll;
* the Sahel's and Lake Chad's groups claim by name (JNIM/GSIM, the Islamic State's Sahel province, Boko Haram),
  and "lié à Al-Qaïda" is no place.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of, one_event

PUB = dt.date(2024, 3, 15)


def _one(text: str, lang: str = "fr", pub: dt.date = PUB):
    return one_event(text, lang, pub)


# --- towns of the Sahel's countries -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,place,country", [
    ("L'attaque, revendiquée par le JNIM, a fait au moins douze morts parmi les soldats nigériens près de Tillabéri.",
     "Tillabéri", "NE"),
    ("Des jihadistes présumés ont attaqué jeudi la ville de Djibo, dans le nord du Burkina Faso, tuant plusieurs "
     "dizaines de personnes.", "Djibo", "BF"),
    ("Une embuscade tendue par des hommes armés a coûté la vie à six gendarmes dans la région de Diffa, au Niger.",
     "Diffa Region", "NE"),  # the region itself (session 37)
    ("Des frappes de drones de l'armée burkinabè ont tué des dizaines de civils dans un marché de la commune de Boulsa.",
     "Boulsa", "BF"),
])
def test_sahel_town_resolved(text, place, country):
    ev = _one(text)
    assert ev.place is not None and ev.place.name == place and ev.place.country == country


# --- a killing by armed men ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,place,killed", [
    ("Des hommes armés ont tué au moins 20 civils à Deraa.", "Deraa", 20),
    ("Vingt civils ont été tués par des hommes armés à Deraa.", "Deraa", 20),
    ("Des hommes armés non identifiés ont tué sept personnes à Deraa, selon l'OSDH.", "Deraa", 7),
    ("Des jihadistes ont tué 20 civils à Djibo, au Burkina Faso.", "Djibo", 20),
])
def test_armed_men_killed_is_attack(text, place, killed):
    ev = _one(text)
    assert ev.event_type == "attack" and ev.place_name == place and ev.killed.best == killed
    assert events_of("Un homme a été tué dans un accident de la route à Deraa.", "fr", PUB) == []


# --- a base or camp named after its town ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("Un soldat a été tué dans une attaque au mortier contre la base de Gao, au Mali.", "Gao"),
    ("Des tirs de mortier ont visé le camp de Tessalit, au Mali.", "Tessalit"),
])
def test_base_of_town_in_focus(text, place):
    ev = _one(text)
    assert ev.place is not None and ev.place.name == place and ev.place.country == "ML"


# --- an attack imputed or attributed --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,place,accused", [
    ("Washington a imputé l'attaque contre la base d'Aïn al-Assad à des milices soutenues par l'Iran.",
     "Ain al-Asad Air Base", "milices soutenues par l'Iran"),
    ("Le Pentagone a attribué les tirs contre la base de Harir aux Brigades du Hezbollah.", "Harir Air Base",
     "Kataib Hezbollah"),
    ("Washington a imputé l'attaque de mardi contre Erbil aux milices soutenues par l'Iran.", "Erbil",
     "milices soutenues par l'Iran"),
    ("Paris a attribué l'attentat de mardi contre le convoi à Gao au JNIM.", "Gao", "JNIM"),
])
def test_imputed_attack_blames(text, place, accused):
    ev = _one(text)
    assert ev.place is not None and ev.place.name == place
    assert ev.blamed_on == [accused]


# --- shells fell ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("Des obus sont tombés sur Khiam.", "Khiam"),
    ("Des obus sont tombés sur Kfarchouba, au Liban.", "Kfarchouba"),
])
def test_shells_fell_is_attack(text, place):
    ev = _one(text)
    assert ev.event_type == "attack" and ev.place_name == place


# --- the Sahel's groups ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,place,claimant", [
    ("L'État islamique au Grand Sahara (EIGS) a revendiqué l'attaque qui a visé dimanche un convoi de l'armée près de "
     "Ménaka, au Mali.", "Ménaka", "Islamic State Sahel Province"),
    ("Le groupe de soutien à l'islam et aux musulmans (GSIM), lié à Al-Qaïda, a revendiqué l'attaque de Kati, au Mali.",
     "Kati", "JNIM"),
    ("Boko Haram a revendiqué l'attentat suicide qui a tué 12 personnes à Maiduguri.", "Maiduguri", "Boko Haram"),
])
def test_sahel_group_claims(text, place, claimant):
    ev = _one(text)
    assert ev.place is not None and ev.place.name == place
    assert ev.claimed_by == [claimant]


# --- a country in apposition after the place ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Vingt personnes ont été tuées dans une attaque à Solhan, au Burkina Faso.",
    "Des dizaines de personnes ont été tuées dans l'attaque de la localité de Solhan, au Burkina Faso.",
])
def test_country_apposed_holds_the_place(text):
    ev = _one(text)
    # (a Turkish namesake is no answer: the place lies in the country written after it)
    assert ev.place is not None and ev.place.country == "BF"


# --- a toll told as a scale -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("Des dizaines de personnes ont été tuées dans l'attaque de Djibo, au Burkina Faso.", "Djibo"),
    ("Des dizaines de soldats ont été tués dans l'attaque de leur camp à Tahoua, au Niger.", "Tahoua"),
    ("Des hommes armés ont attaqué Djibo, au Burkina Faso, tuant plusieurs dizaines de civils.", "Djibo"),
])
def test_vague_toll_is_an_incident(text, place):
    ev = _one(text)
    assert ev.place_name == place and ev.killed.best is None
    assert events_of("L'attaque de Djibo, au Burkina Faso, a été condamnée par la Cedeao.", "fr", PUB) == []
