"""French wire copy on Syria and Iraqi Kurdistan (round 29; invented AFP-style items, no set's sentence).

* a bombing told by its bomber or its French name is an IED attack: "un attentat suicide", "un kamikaze s'est fait
  exploser", "une moto piégée", "un camion piégé"; a bare "attentat" is an attack; in English "a suicide attack",
  "a car bombing" (not the air raid a bare "bombing" is read as; "a suicide bombing" stays one, see the xfails);
* a state that strikes from the air as the subject of the verb of striking ("L'armée israélienne a frappé des
  positions près de X", "Israel struck X") is an airstrike, kept with no figure;
* AFP spells the jihadist group "Etat islamique (EI)" without the accent: it is the Islamic State;
* places French copy names that the gazetteer missed: Palmyre (Tadmur), the Qandil mountains (not Kandilli in
  Turkey), Kobané (not Cobán), Deraa with no Syrian word in the sentence.
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


# --- bombings: the bomber, the rigged vehicle, "attentat" -------------------------------------------------------------
@pytest.mark.parametrize("text,lang,etype,place,killed", [
    ("Un attentat suicide a fait au moins huit morts à Kirkouk, dans le nord de l'Irak.", "fr", "IED attack", "Kirkuk", 8),
    ("Un kamikaze s'est fait exploser à un point de contrôle près de Tikrit, tuant trois membres des forces de "
     "sécurité.", "fr", "IED attack", "Tikrīt", 3),
    ("Une moto piégée a explosé près d'une mosquée à Al-Bab, faisant quatre morts et 15 blessés.", "fr", "IED attack",
     "Al Bāb", 4),
    ("Un kamikaze au volant d'un camion piégé a fait exploser son véhicule devant un commissariat de Qamichli, tuant "
     "cinq policiers.", "fr", "IED attack", "Al Qāmishlī", 5),
    ("Un attentat a fait huit morts à Kirkouk.", "fr", "attack", "Kirkuk", 8),
    ("A suicide attack killed eight people in Kirkuk.", "en", "IED attack", "Kirkuk", 8),
    ("A car bombing killed eight people in Kirkuk.", "en", "IED attack", "Kirkuk", 8),
    # (xfails once, "a blind passage's gold does not count a suicide bombing the rule made an event"; pass since en48)
    ("A suicide bomber blew himself up at a checkpoint near Tikrit, killing three soldiers.", "en", "IED attack",
     "Tikrīt", 3),
    ("A suicide bombing killed eight people in Kirkuk.", "en", "IED attack", "Kirkuk", 8),
])
def test_a_bombing_told_by_its_bomber_is_an_ied_attack(text, lang, etype, place, killed):
    e = _one(text, lang)
    assert (e.event_type, e.place.name, e.killed.best) == (etype, place, killed)


# --- a state's army as the subject of "frapper" ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,place", [
    ("L'armée israélienne a frappé des positions militaires à Quneitra.", "fr", "Al Qunayţirah"),
    ("Tsahal a frappé des positions près de Quneitra.", "fr", "Al Qunayţirah"),
    ("Israël a frappé des positions militaires près de Quneitra.", "fr", "Al Qunayţirah"),
    ("Israel struck military positions near Quneitra.", "en", "Al Qunayţirah"),
])
def test_a_state_that_struck_a_place_made_an_airstrike(text, lang, place):
    e = _one(text, lang)
    assert (e.event_type, e.place.name) == ("airstrike", place)


# --- "Etat islamique" without its accent ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Le groupe Etat islamique a revendiqué l'attaque qui a fait 12 morts à Bagdad.",
    "Une attaque a fait 12 morts à Bagdad. Elle a été revendiquée par le groupe Etat islamique (EI).",
])
def test_etat_islamique_unaccented_is_the_claimant(text):
    assert _one(text).claimed_by == ["Islamic State"]


# --- places ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,record", [
    ("Des hommes armés ont attaqué un bus près de Palmyre, tuant 23 militaires.", "curated:tadmur-palmyra"),
    ("Gunmen attacked a bus near Palmyra, killing 23 soldiers.", "curated:tadmur-palmyra"),
    ("Deux combattants du PKK ont été tués dans une frappe de drone turc à Qandil.", "curated:qandil-mountains"),
    ("La Turquie a frappé des positions kurdes près de Kobané.", "curated:ayn-al-arab-kobani"),
    ("Un engin explosif a explosé près de Deraa, tuant deux soldats.", "curated:daraa-city"),
])
def test_places_french_copy_names(text, record):
    lang = "en" if text.startswith("Gunmen") else "fr"
    assert _one(text, lang).place.record_id == record
