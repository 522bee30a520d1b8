"""Wire constructions across sentences, found by probing invented EN/FR passages (session 21).

* a noun that counts the drones or projectiles told just before without naming them ("Trois appareils ont été
  abattus", "six vecteurs", "three rounds landed", "five munitions fell"), never "appareils photo", "engins de
  chantier", an airstrike's "four aircraft", nor "sept" cut out of "dix-sept";
* a site's kind word beside its name: "l'aérodrome de X", "the X airstrip", "the base at X", "la base située à X",
  and the French apposed name "la base Victoria", "le camp Taji", "la base aérienne X";
* "Another (rocket) landed near Y", "Une troisième s'est abattue sur Y", "Une autre a visé Y": one more projectile of
  the kind just told, at a site of its own (an incident of that kind, count 1);
* "killing the driver", "tuant son conducteur": one victim named by a definite singular role.

Every passage is invented (places, numbers and wordings are not any evaluation set's).
"""
from __future__ import annotations

import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process

PUB = dt.date(2024, 5, 8)


def _events(text: str, lang: str):
    return process([Document("t.txt", text, lang, PUB)]).events


def _one(text: str, lang: str):
    events = _events(text, lang)
    assert len(events) == 1, [(e.event_type, e.place_name) for e in events]
    return events[0]


# --- count nouns ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, n", [
    ("Des drones ont visé jeudi soir la base aérienne de Harir. Quatre appareils ont été abattus par la défense "
     "antiaérienne, selon les autorités kurdes.", "fr", 4),
    ("Plusieurs drones piégés ont attaqué lundi l'aéroport de Souleimaniye. Deux engins ont été interceptés avant "
     "d'atteindre leur cible, a indiqué la police.", "fr", 2),
    ("Des drones ont frappé dans la nuit de vendredi la raffinerie de Homs. Cinq aéronefs ont été détruits, selon "
     "l'agence officielle.", "fr", 5),
    ("Des missiles de croisière ont visé dimanche la région de Lviv. Sept vecteurs ont été abattus, a précisé "
     "l'armée de l'air.", "fr", 7),
    ("Mortar fire hit the Green Zone in Baghdad on Thursday evening. Police said four rounds landed near the "
     "foreign ministry.", "en", 4),
    ("Militants fired rockets at the Victory base near Baghdad airport on Friday. Security sources said six "
     "munitions fell inside the perimeter.", "en", 6),
])
def test_a_noun_of_craft_counts_the_projectiles_told_before(text, lang, n):
    assert _one(text, lang).count.best == n


@pytest.mark.parametrize("text, lang", [
    # an airstrike's planes are not projectiles
    ("Israeli warplanes struck targets near Nabatieh on Friday. Four aircraft took part in the raid, the army "
     "said.", "en"),
    # household devices broken, building machines damaged: no weapon's count
    ("Des drones ont visé mardi la base de Harir. Deux appareils ménagers ont été brisés dans la bousculade.", "fr"),
    ("Des drones ont frappé lundi la raffinerie de Homs. Trois engins de chantier ont été endommagés.", "fr"),
    ("Des drones ont frappé lundi la raffinerie de Homs. Trois engins agricoles ont été endommagés.", "fr"),
    # "dix-sept" is one figure, of which "sept" is no count of its own
    ("Des drones ont visé dans la nuit la base de Harir. La défense a détruit quatorze des dix-sept engins.", "fr"),
    # aircraft told after rockets are not those rockets
    ("Rockets struck the Harir base on Monday night. Two aircraft were later seen over the area.", "en"),
])
def test_a_noun_of_craft_counts_nothing_else(text, lang):
    assert _one(text, lang).count.best is None


# --- place cues ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, feature", [
    ("Trois roquettes sont tombées lundi près de l'aérodrome de Tal Afar, selon la police.", "fr", "airbase"),
    ("Un drone s'est écrasé mardi près de l'aérodrome militaire de Kuweires, à l'est d'Alep.", "fr", "airbase"),
    ("Two rockets landed near the Rmeilan airstrip in Hasakah province on Sunday.", "en", "airbase"),
    ("A drone crashed near the Tal Afar airfield on Sunday, police said.", "en", "airbase"),
])
def test_an_airfield_word_prefers_the_airfield_record(text, lang, feature):
    e = _one(text, lang)
    assert e.place is not None and e.place.feature == feature, e.place


@pytest.mark.parametrize("text, lang, name", [
    ("Mortar rounds hit the base at Taji, north of Baghdad, on Friday, the army said.", "en", "Camp Taji"),
    ("Two drones struck the base in Harir on Friday, Kurdish officials said.", "en", "Harir Air Base"),
    ("Des roquettes ont frappé vendredi la base située à Taji, au nord de Bagdad.", "fr", "Camp Taji"),
])
def test_the_base_at_a_town_is_the_base_of_that_town(text, lang, name):
    e = _one(text, lang)
    assert e.place is not None and e.place.name == name, e.place


@pytest.mark.parametrize("text", [
    "Rockets struck a base in Syria on Friday, a monitor said.",
    "Rockets hit the base near Mosul on Friday, the army said.",
])
def test_a_base_in_a_country_or_near_a_city_stays_that_place(text):
    e = _one(text, "en")
    assert e.place is not None and e.place.feature not in ("airbase", "base"), e.place


@pytest.mark.parametrize("text, name", [
    ("Deux roquettes ont visé lundi la base Victoria, près de l'aéroport de Bagdad.", "Victory Base Complex"),
    ("Un drone a frappé mardi la base aérienne Ain al-Asad, dans l'ouest de l'Irak.", "Ain al-Asad Air Base"),
    ("Trois obus de mortier ont visé mercredi le camp Taji, selon la police.", "Camp Taji"),
    ("Un drone a été abattu mardi au-dessus de la base Harir, au nord d'Erbil.", "Harir Air Base"),
])
def test_a_french_site_noun_before_its_apposed_name(text, name):
    e = _one(text, "fr")
    assert e.place is not None and e.place.name == name, e.place


def test_an_apposed_camp_of_a_politician_is_no_place():
    events = _events("Le camp Biden a condamné dimanche l'attaque de drones contre la base de Tanf.", "fr")
    assert [e.place.name for e in events if e.place] == ["Al-Tanf Garrison"]


# --- one more projectile at a site of its own ---------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("A rocket struck Kiryat Shmona on Tuesday. Another hit Metula hours later, the army said.", "en"),
    ("Une roquette est tombée lundi près de l'ambassade américaine à Bagdad. Une autre a visé la base Victoria, "
     "près de l'aéroport, sans faire de victimes.", "fr"),
    ("A rocket fell near the US embassy in Baghdad on Monday. Another targeted the Victory base near the "
     "airport, causing no casualties.", "en"),
])
def test_another_one_aimed_at_its_own_site_is_one_of_the_same_kind(text, lang):
    events = _events(text, lang)
    assert len(events) == 2, [(e.event_type, e.place_name) for e in events]
    assert {e.event_type for e in events} == {"rocket attack"}
    assert sorted(e.count.best for e in events) == [1, 1]


@pytest.mark.parametrize("text, lang", [
    ("Deux roquettes ont visé mardi la ville de Kiryat Shmona. Une troisième s'est abattue sur Metula, selon "
     "l'armée israélienne.", "fr"),
    ("Trois drones ont visé mardi la base de Harir. Un quatrième s'est écrasé sur Souleimaniye, selon la police.", "fr"),
    ("Two drones hit the Harir base on Tuesday. A third crashed in Sulaymaniyah, police said.", "en"),
])
def test_an_elided_one_more_keeps_the_kind_told_before(text, lang):
    events = _events(text, lang)
    assert len(events) == 2, [(e.event_type, e.place_name) for e in events]
    assert len({e.event_type for e in events}) == 1 and events[0].event_type != "attack"


def test_another_one_falling_near_a_village_leaves_the_salvo_count():
    # where a share of the salvo fell: no count of its own that could replace the salvo's figure
    events = _events("Two rockets hit the Harir base north of Erbil on Monday. Another landed near the village "
                     "of Bastora, police said.", "en")
    assert [e.count.best for e in events if e.place and e.place.name == "Harir Air Base"] == [2]


@pytest.mark.parametrize("text, lang", [
    # a victim, not a projectile
    ("A rocket hit the Harir base on Monday. Another soldier was killed in Erbil on Monday, police said.", "en"),
    # the same site: no second incident
    ("Deux roquettes ont visé mardi la base de Harir. Une troisième est tombée sur la base de Harir peu après.", "fr"),
])
def test_another_one_opens_nothing_for_a_victim_or_the_same_site(text, lang):
    assert len(_events(text, lang)) == 1


# --- a definite victim ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("A drone struck a car near Bint Jbeil on Monday, killing the driver, Lebanese media reported.", "en"),
    ("A drone struck a motorcycle near Tyre on Monday. The strike killed its rider, state media said.", "en"),
    ("Un drone a frappé lundi une voiture près de Bint Jbeil, tuant son conducteur.", "fr"),
    ("Un drone a frappé lundi une camionnette près de Nabatieh. La frappe a tué le chauffeur, selon l'ANI.", "fr"),
])
def test_killing_the_driver_is_one_killed(text, lang):
    assert _one(text, lang).killed.best == 1


def test_killing_a_thing_is_no_victim():
    e = _one("A drone struck near Tyre on Monday, killing the engine of a parked truck.", "en")
    assert e.killed.best is None

