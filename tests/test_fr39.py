"""French wire copy, round fr39: a lead that only denies casualties before the incidents it sums up, the victims an
attack "made", a denial after a list of sites, a regional capital under its French exonym, the metropolis whose own
name is written over a small town of the article's country, the UN force in Lebanon (invented items, modelled on
AFP, Le Monde, RFI, France 24 and L'Orient-Le Jour copy).

- "Les attaques n'ont pas fait de victimes. Deux roquettes ont visé X samedi. Dimanche, un drone a visé Y": the lead's
  denial reached the first incident only ("Aucune victime n'est à déplorer", "Aucun blessé n'a été signalé après ces
  attaques": none) (extract._lead_denial_of_all).
- "a fait cinq victimes", "faisant quatre victimes": no toll at all (casualties._VICTIMS_MADE reads them as dead,
  unless the sentence breaks them down into dead and wounded).
- "Des tirs ont visé A, B et C, sans faire de victimes" (and English "shelled A, B and C, causing no casualties"):
  only A got 0/0 (extract._split_sites shares the clause's denial).
- "Soumy" (Sumy, 256,000 people) and "Goma" (432,000) stayed unresolved once the region's key neighbour (Soma,
  Qom) was dropped as far away (resolve: the exonym fallback after _unlike_far; EXONYM_CITY_POP).
- "la région de Samara" in an article on Ukrainian drones found Samar (UA, 70,000), not Samara (RU, 1.2 million).
- "une position de la Finul près de Chamaa": "Finul" was read as a place (common_words: the UN missions).
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


def _events(text, lang="fr"):
    return events_of(text, lang, P)


def _by_country(evs):
    return {e.place.country: e for e in evs if e.place is not None}


@pytest.mark.parametrize("text", [
    "Les attaques n'ont pas fait de victimes. Deux roquettes ont visé la base d'Aïn al-Assad samedi. "
    "Dimanche, un drone a visé l'aéroport d'Erbil.",
    "Aucun blessé n'a été signalé après ces attaques. Deux roquettes ont frappé la base d'Aïn al-Assad samedi, "
    "et un drone a visé l'aéroport d'Erbil dimanche.",
    "Aucune victime n'est à déplorer. Deux roquettes ont visé la base d'Aïn al-Assad samedi, et un drone a visé "
    "l'aéroport d'Erbil dimanche.",
    "No one was hurt in the attacks. Two rockets hit Ain al-Asad air base on Saturday. On Sunday, a drone targeted "
    "Erbil airport.",
])
def test_lead_denial_covers_each_incident(text):
    evs = _events(text, "en" if text.startswith("No one") else "fr")
    assert len(evs) == 2
    assert all(e.killed.best == 0 and e.injured.best == 0 for e in evs)


def test_lead_denial_leaves_an_incident_with_its_own_toll():
    evs = _events("Aucune victime n'est à déplorer à Erbil. Un drone a visé l'aéroport d'Erbil dimanche. Lundi, "
                  "une frappe a tué trois personnes à Tyr.")
    tyre = next(e for e in evs if e.place is not None and e.place.country == "LB")
    assert tyre.killed.best == 3 and tyre.injured.best is None
    erbil = next(e for e in evs if e.place is not None and e.place.country == "IQ")
    assert erbil.killed.best == 0 and erbil.injured.best == 0


@pytest.mark.parametrize("text, killed", [
    ("Une frappe de drone a fait dix victimes samedi dans un marché de Gaza.", 10),
    ("L'attaque contre un poste de l'armée près de Kidal a fait cinq victimes, selon une source locale.", 5),
    ("Un attentat-suicide a fait au moins 20 victimes vendredi à Mogadiscio.", 20),
    ("Un bombardement a visé Kharkiv samedi, faisant quatre victimes.", 4),
])
def test_victims_an_attack_made_are_its_dead(text, killed):
    evs = _events(text)
    assert evs and evs[0].killed.best == killed and evs[0].injured.best is None
    # broken down into dead and wounded, the victims are all the casualties, read by their parts
    parts = _events("La frappe russe sur Odessa a fait dix victimes, dont trois morts et sept blessés.")
    assert parts and (parts[0].killed.best, parts[0].injured.best) == (3, 7)


@pytest.mark.parametrize("text, lang", [
    ("Des tirs d'artillerie ont visé samedi les localités de Kfar Kila, Houla et Markaba, sans faire de victimes.", "fr"),
    ("Artillery shelled Kfar Kila, Houla and Markaba on Saturday, causing no casualties.", "en"),
])
def test_denial_after_a_list_of_sites_is_each_sites(text, lang):
    evs = _events(text, lang)
    assert len(evs) == 3
    assert all(e.killed.best == 0 and e.injured.best == 0 for e in evs)


@pytest.mark.parametrize("text, country, name", [
    ("Un bombardement sur Soumy a fait trois morts jeudi, selon les autorités régionales.", "UA", "Sumy"),
    ("Une frappe de drone a fait dix morts samedi dans un marché de Goma.", "CD", "Goma"),
    ("Des drones ukrainiens ont attaqué une raffinerie dans la région de Samara dans la nuit de mardi à mercredi.",
     "RU", "Samara"),
])
def test_city_under_its_french_or_own_name(text, country, name):
    evs = _events(text)
    assert evs and evs[0].place is not None
    assert (evs[0].place.country, evs[0].place.name) == (country, name)


def test_unifil_is_no_place():
    evs = _events("Un poste de la Finul a été touché par un obus près de Chamaa, dans le sud du Liban, sans faire "
                  "de blessés.")
    assert evs and evs[0].place is not None and evs[0].place.country == "LB"
    assert evs[0].place.record_id == "curated:chamaa"
    assert (evs[0].killed.best, evs[0].injured.best) == (0, 0)
