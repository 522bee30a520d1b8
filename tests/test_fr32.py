"""French wire copy on Lebanon, Gaza, Syria and Somalia (round 32; invented AFP-style items, no set's sentence).

* one man killed, named by his post or by his name rather than by a victim noun, is one dead: "tuant le numéro deux du
  Hamas", "a tué le chef d'une cellule", "la frappe qui a tué Saleh al-Arouri", "Le commandant X a été tué";
* a group named as the author of the fire after "par": "tués par des tirs de drones des FDS" blames the SDF;
* Palestinian Islamic Jihad and al-Shabaab are actors (the "Jihad" of "Jihad islamique" is no Baghdad district), and
  "Brigades al-Qassam" is Hamas;
* a launcher a state says it struck is the strike's target, not rockets fired ("a dit avoir frappé un lanceur de
  roquettes à X": an airstrike); "a dit avoir frappé" is the state's strike as "a frappé" is;
* a group's communiqué formula ("a affirmé avoir frappé « avec des armes appropriées » un rassemblement de soldats
  près de X") is an incident told, as its Arabic original is; Chtoula is Shetula;
* the Lebanese agency's « agression israélienne » aimed at a site is a raid (not the war "contre le Liban");
  "un pilonnage d'artillerie" is an attack word;
* a compass adjective that belongs to a region's own name stays in it: "la Galilée occidentale" (Western Galilee).
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


# --- one man killed, named by his post or his name ------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,place", [
    ("Une frappe israélienne a tué mardi à Beyrouth le numéro deux du Hamas, Saleh al-Arouri, selon le mouvement "
     "islamiste.", "fr", "Beirut"),
    ("La frappe qui a tué Saleh al-Arouri dans la banlieue sud de Beyrouth a été attribuée à Israël.", "fr", "Beirut"),
    ("Le commandant Wissam al-Tawil a été tué lundi dans une frappe israélienne sur sa voiture à Khirbet Selm.", "fr",
     "Khirbet Selm"),
    ("Une frappe de drone a tué le chef d'une cellule du Jihad islamique à Tulkarem, a annoncé l'armée.", "fr", "Ţūlkarm"),
    ("Une frappe a tué samedi à Tyr le porte-parole du groupe.", "fr", "Tyre"),
    ("The strike that killed Saleh al-Arouri in Beirut was blamed on Israel.", "en", "Beirut"),
])
def test_one_man_named_by_post_or_name_is_one_dead(text, lang, place):
    ev = _one(text, lang)
    assert ev.place.name == place
    assert ev.killed.best == 1


# --- a group named as the author of the fire after "par" ------------------------------------------------------------------
@pytest.mark.parametrize("text,place,blamed", [
    ("Deux civils ont été tués par des tirs de drones des Forces démocratiques syriennes (FDS) sur Jarablous, selon "
     "l'OSDH.", "Jarābulus", "Syrian Democratic Forces"),
    ("Un berger a été blessé par une frappe de drone du Hezbollah près de Metoula.", "Metula", "Hezbollah"),
    ("Trois soldats ont été blessés par des tirs de roquettes du Hezbollah sur Metoula.", "Metula", "Hezbollah"),
])
def test_group_whose_fire_hurt_people_is_blamed(text, place, blamed):
    ev = _one(text)
    assert ev.place.name == place
    assert ev.blamed_on == [blamed]


# --- Islamic Jihad, al-Shabaab, Brigades al-Qassam ------------------------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("Le chef de la branche armée du Jihad islamique, Ali Hassan Ghali, a été tué dans une frappe à Khan Younès.",
     "Khān Yūnis"),
    ("Une frappe de drone a tué le chef d'une cellule du Jihad islamique à Tulkarem, a annoncé l'armée.", "Ţūlkarm"),
    ("Un membre des Brigades al-Qassam a été tué dans une frappe de drone à Tulkarem.", "Ţūlkarm"),
])
def test_a_group_name_is_no_place(text, place):
    ev = _one(text)
    assert ev.place.name == place
    assert ev.place_name not in ("Jihad", "Brigades al-Qassam")


@pytest.mark.parametrize("text,claimant", [
    ("Un attentat suicide a fait au moins 15 morts dans un marché de Mogadiscio, revendiqué par les shebab.",
     "Al-Shabaab"),
    ("Le Jihad islamique a revendiqué le tir de roquettes vers Sdérot.", "Palestinian Islamic Jihad"),
    ("Les Brigades al-Qassam ont revendiqué le tir de roquettes sur Tel-Aviv en réponse aux « massacres » à Gaza.",
     "Hamas"),
])
def test_group_claims(text, claimant):
    assert _one(text).claimed_by == [claimant]


def test_islamic_jihad_told_as_the_author_is_blamed():
    # (tests/test_actors22.py had it as an unknown actor: its unknown-group case now names another group)
    evs = _events("A rocket hit a kibbutz near Netivot on Tuesday. The Israeli military said Islamic Jihad fired the "
                  "rocket from Khan Younis.", "en")
    assert ["Palestinian Islamic Jihad"] in [e.blamed_on for e in evs]


# --- a launcher struck is a target ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "L'armée israélienne a dit avoir frappé un lanceur de roquettes à Yaroun, dans le sud du Liban.",
    "L'armée israélienne a dit avoir frappé un lance-roquettes à Yaroun, dans le sud du Liban.",
    "L'armée israélienne a frappé une rampe de lancement de roquettes à Yaroun.",
])
def test_launcher_struck_is_an_airstrike(text):
    ev = _one(text)
    assert ev.place.name == "Yaroun"
    assert ev.event_type == "airstrike"


def test_state_said_it_struck_is_its_strike():
    ev = _one("L'armée israélienne a dit avoir frappé des infrastructures du Hezbollah à Yaroun.")
    assert (ev.place.name, ev.event_type) == ("Yaroun", "airstrike")


# --- a group's communiqué formula ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Le Hezbollah a affirmé avoir frappé « avec des armes appropriées » un rassemblement de soldats près de Chtoula.",
    "Le Hezbollah a affirmé avoir visé un rassemblement de soldats près de Chtoula.",
])
def test_group_claim_formula_is_an_incident(text):
    ev = _one(text)
    assert ev.place.record_id == "curated:shtula"
    assert ev.claimed_by == ["Hezbollah"]


# --- « agression israélienne », pilonnage ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,record", [
    ("L'agence officielle libanaise ANI a fait état d'une « agression israélienne » visant des positions à Kfar Kila.",
     "curated:kfar-kila"),
    ("Une agression israélienne a visé Khiam, selon l'ANI.", "curated:khiam-lebanon"),
])
def test_aggression_aimed_at_a_site_is_a_raid(text, record):
    ev = _one(text)
    assert (ev.place.record_id, ev.event_type) == (record, "airstrike")
    # (the war on a whole land stays no raid)
    assert _events("Le Hezbollah a dénoncé l'agression israélienne contre le Liban lors d'un discours à Beyrouth.") == []


def test_artillery_pounding_noun():
    ev = _one("Le village de Kafr Kila a été la cible d'un intense pilonnage d'artillerie, ont rapporté des médias "
              "libanais.")
    assert ev.place.record_id == "curated:kfar-kila"


# --- la Galilée occidentale -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Des sirènes ont retenti en Galilée occidentale après le tir de plusieurs roquettes depuis le Liban.",
    "Des roquettes se sont abattues sur la Galilée occidentale, selon l'armée.",
])
def test_western_galilee_kept_whole(text):
    assert _one(text).place.record_id == "curated:western-galilee"
