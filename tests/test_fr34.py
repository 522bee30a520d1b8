"""French wire copy (round 34; invented AFP-style items, no set's sentence).

* an explosion told with its toll is an attack, as in English ("Une explosion a tué deux soldats à un checkpoint de
  Deraa", "tués dans une explosion"); a gas or accidental explosion is none;
* "des avions israéliens ont frappé X": aircraft named by their bare noun after an article are the attack's agent, an
  airstrike ("avions" alone is also the verb);
* a country as the subject of a launch verb with projectiles as its object is the launch place ("L'Iran a lancé plus
  de 300 drones et missiles vers Israël"), in English too;
* the group a French noun of attack is "of" is its author ("une attaque de l'EI", "un attentat du groupe EI");
* "l'élimination d'un commandant", "l'assassinat de deux cadres" count their dead (people only);
* "le nord du pays" after a country named in the clause is that part of the country;
* the accuser after "par" is no part of the accused's name ("attribuée à Israël par Téhéran").
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of, one_event

PUB = dt.date(2024, 3, 15)


def _one(text: str, lang: str = "fr", pub: dt.date = PUB):
    return one_event(text, lang, pub)


# --- an explosion told with its toll --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,place,killed,injured,accident", [
    ("Une explosion a tué deux soldats à un checkpoint de Deraa, selon l'OSDH.", "Deraa", 2, None,
     "Une explosion due à une fuite de gaz a tué deux personnes à Beyrouth."),
    ("Trois soldats ont été tués dans une explosion près de Deraa.", "Deraa", 3, None,
     "Une explosion de gaz a fait trois morts à Alep."),
    ("Une explosion a fait cinq morts et dix blessés dans un marché d'Azaz.", "Azaz", 5, 10,
     "L'explosion accidentelle d'un dépôt de munitions a tué quatre soldats à Homs."),
])
def test_explosion_with_toll_is_attack(text, place, killed, injured, accident):
    ev = _one(text)
    assert ev.event_type == "attack" and ev.place_name == place
    assert ev.killed.best == killed and ev.injured.best == injured
    # (a gas or accidental explosion, or one only heard, is no attack)
    assert events_of(accident, "fr", PUB) == []
    assert events_of("Une forte explosion a été entendue à Tyr.", "fr", PUB) == []


# --- aircraft by their bare noun ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("Des avions israéliens ont frappé un bâtiment à Baalbek, selon l'agence nationale d'information.", "Baalbek"),
    ("Des avions ont frappé une maison à Baalbek.", "Baalbek"),
    ("Des avions israéliens ont frappé un bâtiment à Tyr.", "Tyr"),
])
def test_planes_struck_is_airstrike(text, place):
    ev = _one(text)
    assert ev.event_type == "airstrike" and ev.place_name == place


# --- a country that launched the projectiles ----------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,target,launch", [
    ("L'Iran a lancé plus de 300 drones et missiles vers Israël dans la nuit de samedi à dimanche.", "fr", "IL", "Iran"),
    ("L'Iran a tiré des dizaines de missiles balistiques sur Israël mardi soir.", "fr", "IL", "Iran"),
    ("La Russie a lancé 40 drones Shahed sur l'Ukraine dans la nuit.", "fr", "UA", "Russia"),
    ("Iran launched more than 300 drones and missiles at Israel overnight.", "en", "IL", "Iran"),
])
def test_state_subject_is_launch(text, lang, target, launch):
    ev = _one(text, lang)
    assert ev.place.country == target
    assert ev.launch is not None and ev.launch.name == launch and ev.launch.lat is not None
    # (an air power's missiles fly from its aircraft: no launch from its land)
    ev = _one("Israël a tiré des missiles sur Damas.")
    assert ev.event_type == "airstrike" and (ev.launch is None or ev.launch.lat is None)


# --- the group an attack noun is of -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,group", [
    ("Quatre soldats ont été tués dans une attaque de l'EI dans le désert de Homs, selon l'OSDH.", "Islamic State"),
    ("Une embuscade des jihadistes de l'EI a tué six soldats près de Palmyre.", "Islamic State"),
    ("Une attaque des shebab contre une base militaire a fait cinq morts près de Mogadiscio.", "Al-Shabaab"),
])
def test_attack_of_group_blames_it(text, group):
    ev = _one(text)
    assert ev.blamed_on == [group]
    # (an attack "contre" a group is not its own)
    assert _one("Une attaque contre le Hezbollah a tué deux combattants à Tyr.").blamed_on == []


# --- the nouns of a killing ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,killed", [
    ("L'armée israélienne a annoncé l'élimination d'un haut commandant du Hezbollah dans une frappe à Nabatiyé.", 1),
    ("L'armée a revendiqué l'élimination de trois terroristes dans une frappe à Jénine.", 3),
    ("Le Hezbollah a annoncé l'assassinat de deux de ses membres dans une frappe israélienne à Tyr.", 2),
])
def test_elimination_counts_dead(text, killed):
    assert _one(text).killed.best == killed
    # (launchers eliminated are no dead)
    ev = _one("L'armée israélienne a annoncé l'élimination de deux lance-roquettes dans une frappe à Nabatiyé.")
    assert ev.killed.best is None


# --- the part of the country named before -------------------------------------------------------------------------------
def test_north_of_the_country_named_before():
    ev = _one("Israël a accusé le Hezbollah d'avoir tiré une trentaine de roquettes sur le nord du pays.")
    assert ev.event_type == "rocket attack" and ev.place.record_id == "country:IL#north"
    assert ev.count.best == 30 and ev.blamed_on == ["Hezbollah"]


# --- the accuser after the accused --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,accused", [
    ("La frappe, attribuée à Israël par Téhéran, a tué sept membres des Gardiens de la révolution à Damas.", "fr",
     "Israel"),
    ("Une frappe imputée aux États-Unis par les autorités irakiennes a tué trois combattants à Al-Qaïm.", "fr",
     "United States"),
])
def test_accuser_after_par_not_accused(text, lang, accused):
    assert _one(text, lang).blamed_on == [accused]
