"""English and French wire copy (session 38, en48): a suicide bomber, and the bomber who "blew himself up", is an IED
attack as "un kamikaze" is; an army's raid on the ground ("Israeli forces raided Jenin, killing three", "killed during a
raid in Nablus") is an armed attack, not an air raid; a state's name written with its compass word in French
("Nord-Darfour", "Darfour-Nord") is the whole state North Darfur, not its northern part; "un village de l'État de
Borno" is a village in the state, not a village called Borno (which found Brno); the Somali regions in French
("Moyen-Chébéli", "Bas-Chébéli") and Jenin ("Jénine", which lost to Sudan's Al-Junaynah) are places."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def _one(text, lang="en"):
    [event] = events_of(text, lang, PUBLISHED)
    return event


@pytest.mark.parametrize("text, place, killed", [
    ("A suicide bomber killed 14 people at a checkpoint in Mogadishu on Tuesday.", "Mogadishu", 14),
    ("A suicide bomber blew himself up at a police checkpoint in Mogadishu, killing at least 14 people, police said.",
     "Mogadishu", 14),
    ("At least 20 people were killed when a suicide bomber detonated an explosive vest at a market in Maiduguri.",
     "Maiduguri", 20),
    ("A suicide bomber struck a wedding party in Kabul, killing 25 people.", "Kabul", 25),
    ("Islamic State claimed responsibility for a suicide bombing at a mosque in Peshawar that killed 40 people.",
     "Peshawar", 40),
])
def test_a_suicide_bomber_is_an_ied_attack(text, place, killed):
    event = _one(text)
    assert (event.event_type, event.place.name, event.killed.best) == ("IED attack", place, killed)


@pytest.mark.parametrize("text, lang, place, killed", [
    ("Israeli forces raided Jenin, killing three Palestinians.", "en", "Jenin", 3),
    ("Israeli troops raided the Nur Shams refugee camp near Tulkarem on Tuesday, killing two Palestinians, the health "
     "ministry said.", "en", "Nur Shams camp", 2),
])
def test_an_army_raid_on_the_ground_told_by_its_toll_is_an_attack(text, lang, place, killed):
    event = _one(text, lang)
    assert (event.event_type, event.place.name, event.killed.best) == ("attack", place, killed)


def test_a_raid_by_troops_is_no_air_raid():
    event = _one("Israeli forces killed three Palestinians during a raid in Nablus on Tuesday, the health ministry "
                 "said.")
    assert (event.event_type, event.place.name, event.killed.best) == ("attack", "Nablus", 3)
    # (a raid with no toll, or by the police, is no attack)
    assert events_of("Police raided a house in Kano and arrested three suspects.", "en", PUBLISHED) == []
    # (aircraft still raid from the air)
    assert _one("Israeli jets raided the outskirts of Nabatieh on Tuesday.").event_type == "airstrike"


def test_jenin_in_french_is_the_west_bank_city():
    event = _one("L'armée israélienne a mené un raid à Jénine mardi, tuant trois Palestiniens.", "fr")
    assert (event.place.name, event.place.country) == ("Jenin", "PS")


@pytest.mark.parametrize("text", [
    "Des frappes aériennes ont touché des positions des RSF au Nord-Darfour mardi.",
    "Un drone a frappé un marché dans le Darfour-Nord, tuant 15 personnes.",
])
def test_a_state_named_with_its_compass_word_is_the_whole_state(text):
    event = _one(text, "fr")
    assert (event.place.name, event.place.precision) == ("North Darfur", "governorate")
    # (the part of a country written so is still its part)
    assert _one("Des roquettes ont frappé le Sud-Liban mardi.", "fr").place.name == "southern Lebanon"


@pytest.mark.parametrize("text", [
    "Des jihadistes de Boko Haram ont attaqué un village de l'État de Borno, tuant 12 personnes.",
    "Des jihadistes ont attaqué un village de l'État de Borno mardi.",
])
def test_a_village_of_a_state_is_in_the_state(text):
    event = _one(text, "fr")
    assert (event.place.name, event.place.country) == ("Borno State", "NG")


def test_somali_regions_in_french():
    event = _one("Les shebab ont attaqué une base militaire dans la région du Moyen-Chébéli mardi, tuant 10 soldats.",
                 "fr")
    assert (event.place.name, event.killed.best) == ("Middle Shabelle", 10)
