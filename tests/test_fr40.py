"""French wire copy, round fr40: the accused as the subject of a passive blame, a toll told by the groups it fell on,
a denial that names the attack by its weapon, the UN force's headquarters town, an accuser read as the side that
fired (invented items, modelled on AFP, Le Monde, RFI, France 24 and L'Orient-Le Jour copy).

- "L'armée soudanaise a été accusée par les FSR d'avoir bombardé ...", "Les Forces de soutien rapide (FSR) ont été
  accusées par l'armée d'avoir ...": no accused (extract._passive_accused: an army by a demonym no table lists, and a
  group's bracketed acronym before the auxiliary).
- "a fait 15 morts parmi les soldats et 7 parmi les civils": 15 dead, not 22 (casualties._SHARE_SPLIT).
- "Deux drones ont visé ... Une roquette est tombée ... L'attaque de drones n'a pas fait de victimes": the denial went to
  the rocket told last, not back to the drones as English "The drone attack caused no casualties" goes
  (extract._TOLD_PROJECTILE: the attack named by its weapon, "l'attaque de drones", "l'attaque au drone").
- "le quartier général de la Finul à Naqoura": Naqoura unresolved (a curated record, GeoNames 278832).
- "Israël accuse le Hezbollah d'avoir tiré un missile antichar sur Metoula": an airstrike, Israel read as the side
  that fired (extract._ACCUSES_AFTER: the air power as the accuser).
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


def _events(text, lang="fr"):
    return events_of(text, lang, P)


def _one(text, lang="fr"):
    evs = _events(text, lang)
    assert len(evs) == 1, [(e.event_type, e.place_name) for e in evs]
    return evs[0]


@pytest.mark.parametrize("text, accused", [
    ("L'armée soudanaise a été accusée par les FSR d'avoir bombardé un marché à El-Facher, tuant 20 personnes.",
     "armée soudanaise"),
    ("L'armée malienne a été accusée par des habitants d'avoir frappé un mariage près de Niono, tuant huit civils.",
     "armée malienne"),
    ("Les Forces de soutien rapide (FSR) ont été accusées par l'armée d'avoir bombardé un hôpital à El-Obeid, "
     "faisant neuf morts.", "Rapid Support Forces"),
])
def test_passive_accused_subject(text, accused):
    e = _one(text)
    assert any(accused.lower() in b.lower() for b in e.blamed_on), e.blamed_on


@pytest.mark.parametrize("text, killed, injured", [
    ("L'attaque contre le camp militaire de Boulkessi a fait 15 morts parmi les soldats et 7 parmi les civils.", 22, None),
    ("L'embuscade près de Gao a fait 10 morts parmi les militaires et trois parmi les supplétifs civils.", 13, None),
    ("Les frappes sur Gao ont fait 4 morts dans les rangs de l'armée et 9 parmi la population civile.", 13, None),
    ("L'attaque à Gao a fait 20 blessés parmi les soldats et 5 parmi les civils.", None, 25),
])
def test_toll_shared_among_groups_adds_up(text, killed, injured):
    e = _one(text)
    if killed is not None:
        assert e.killed.best == killed
    if injured is not None:
        assert e.injured.best == injured


@pytest.mark.parametrize("denial", [
    "L'attaque de drones n'a pas fait de victimes, selon des responsables.",
    "L'attaque au drone n'a pas fait de victimes.",
    "L'attaque des drones n'a fait aucune victime.",
])
def test_denial_naming_the_weapon_goes_back_to_its_incident(denial):
    evs = _events("Deux drones ont visé mardi la base d'Aïn al-Assad. Une roquette est tombée mercredi près de "
                  "l'ambassade américaine à Bagdad, blessant deux gardes. " + denial)
    by_type = {e.event_type: e for e in evs}
    assert by_type["drone attack"].killed.best == 0
    assert by_type["rocket attack"].injured.best == 2
    assert by_type["rocket attack"].killed.best is None


@pytest.mark.parametrize("text, lang", [
    ("Le quartier général de la Finul à Naqoura a été touché par une roquette lundi.", "fr"),
    ("A rocket hit the UNIFIL headquarters in Naqoura on Monday.", "en"),
])
def test_naqoura_resolved(text, lang):
    e = _one(text, lang)
    assert e.place is not None and e.place.country == "LB"
    assert abs(e.place.lat - 33.118) < 0.05 and abs(e.place.lon - 35.140) < 0.05


@pytest.mark.parametrize("text, lang", [
    ("Israël accuse le Hezbollah d'avoir tiré un missile antichar sur Metoula, blessant deux soldats.", "fr"),
    ("Israel accused Hezbollah of firing an anti-tank missile at Metula, wounding two soldiers.", "en"),
])
def test_accusing_air_power_is_not_the_firer(text, lang):
    e = _one(text, lang)
    assert e.event_type == "missile attack"
    assert "Hezbollah" in e.blamed_on
