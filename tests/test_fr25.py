"""French wire copy (AFP, Le Monde, L'Orient-Le Jour, France 24, RFI), probes of session fr25 (invented sentences).

Each group is one construction of French news copy the tool misread:

- a French ten with its unit ("trente-deux morts", "cinquante-trois", "vingt et un"): read as the bare ten (30) or
  as no figure at all;
- a toll told with feminine participles before its attack ("Trois personnes ont été tuées et cinq autres blessées
  dans une frappe"): the dead were lost, only the wounded kept;
- a part of the Gaza Strip ("fait trois morts dans le nord de la bande de Gaza"): the city of Gaza, whose name is
  inside the Strip's, was taken as the finer place of the victims;
- a running total after the incident's toll ("portant le bilan de la journée à plus de 40 morts", "portant à 31.341
  le nombre de morts depuis le début de la guerre"): the day's total replaced the strike's toll, and the war's
  period made the whole sentence a generic statement (no event);
- the noun of firing with its launch point ("Un tir de roquette depuis Gaza a blessé un homme à X") and a
  projectile's own verb of harm after its launch phrase ("Une roquette tirée depuis Gaza a blessé un homme à X"):
  the launch point was the target, or the town hit was the launch point;
- a spot told only by its distance and bearing from a town ("à 10 km au nord de Tyr", "à une dizaine de kilomètres
  au sud de Beyrouth"): no target, so no event;
- a round figure after a verb of firing ("a tiré une cinquantaine de roquettes sur le nord d'Israël") read as a
  launch "de", and "tirées du Liban sur le nord d'Israël" / "depuis le Liban vers le nord d'Israël": the country
  aimed at was read as a launch point (no event, or no target).
"""
from __future__ import annotations

import datetime as dt

import pytest

from factories import km as _km
from geo_events.models import Document
from test_resolve_round14 import gaz  # noqa: F401  (its skip-aware gazetteer fixture)

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def read(text, gaz, language="fr"):
    from geo_events.pipeline import process

    return process([Document(doc_id="t", text=text, language=language, published=PUBLISHED)], gazetteer=gaz).events


def one(text, gaz, language="fr"):
    events = read(text, gaz, language)
    assert len(events) == 1, [(e.place_name, e.event_type) for e in events]
    return events[0]


# -- French tens with their units --------------------------------------------------------------------------------------
TENS = [
    ("Le bilan s'est alourdi à trente-deux morts après une frappe israélienne à Rafah.", 32),
    ("Au moins cinquante-trois personnes ont été tuées jeudi dans des frappes sur Khan Younès.", 53),
    ("Une frappe a tué jeudi vingt et une personnes à Jabalia.", 21),
    ("Des bombardements ont fait soixante-dix morts jeudi à Rafah.", 70),
]


@pytest.mark.parametrize("text,killed", TENS, ids=[str(k) for _, k in TENS])
def test_french_tens_with_units(text, killed, gaz):
    assert one(text, gaz).killed.best == killed


# -- feminine participles of a toll told before its attack -------------------------------------------------------------
FEMININE = [
    ("Trois personnes ont été tuées et cinq autres blessées dans une frappe israélienne à Rafah.", 3, 5),
    ("Deux femmes ont été tuées et sept autres blessées jeudi dans un bombardement à Khan Younès.", 2, 7),
]


@pytest.mark.parametrize("text,killed,injured", FEMININE, ids=["rafah", "khan-younes"])
def test_feminine_toll_before_its_attack(text, killed, injured, gaz):
    e = one(text, gaz)
    assert (e.killed.best, e.injured.best) == (killed, injured)


# -- a part of the Gaza Strip is the Strip, not Gaza city -----------------------------------------------------------
@pytest.mark.parametrize("part", ["nord", "sud", "centre"])
def test_part_of_gaza_strip_is_the_strip(part, gaz):
    e = one(f"Une frappe a fait trois morts dans le {part} de la bande de Gaza.", gaz)
    assert e.place is not None and e.place.record_id.split("#")[0] == "curated:gaza-strip", e.place  # (its part: session 25)


# -- a running total is no toll of the incident ----------------------------------------------------------------------
RUNNING = [
    ("fr", "Une frappe israélienne a tué huit personnes à Rafah, portant le bilan de la journée à plus de 40 morts."),
    ("fr", "Une frappe israélienne a tué huit personnes à Rafah, portant à 31.341 le nombre de morts depuis le début "
           "de la guerre, selon le ministère de la Santé du Hamas."),
    ("en", "An Israeli strike killed eight people in Rafah, bringing the death toll since the start of the war to "
           "31,341."),
]


@pytest.mark.parametrize("language,text", RUNNING, ids=["day-fr", "war-fr", "war-en"])
def test_running_total_is_not_the_incident_toll(language, text, gaz):
    e = one(text, gaz, language)
    assert e.killed.best == 8
    assert e.place is not None and _km(e.place.lat, e.place.lon, 31.297, 34.244) < 5


# -- launch point and the town hit -----------------------------------------------------------------------------------
SDEROT = (31.525, 34.597)
LAUNCHED = [
    "Un tir de roquette depuis Gaza a blessé un homme à Sdérot, selon les secours israéliens.",
    "Une roquette tirée depuis Gaza a blessé un homme à Sdérot.",
]


@pytest.mark.parametrize("text", LAUNCHED, ids=["noun", "participle"])
def test_town_hit_after_launch_phrase(text, gaz):
    e = one(text, gaz)
    assert e.place is not None and _km(e.place.lat, e.place.lon, *SDEROT) < 5, e.place_name
    assert e.launch is not None and "Gaza" in e.launch.name


# -- a spot told by its distance from a town -------------------------------------------------------------------------
OFFSETS = [
    ("Une frappe a tué quatre personnes à 10 km au nord de Tyr.", (33.363, 35.194)),
    ("Une frappe a visé un immeuble à 10 km au nord de Tyr, tuant quatre personnes.", (33.363, 35.194)),
    ("Une frappe a tué quatre personnes jeudi à une dizaine de kilomètres au sud de Beyrouth.", (33.803, 35.502)),
]


@pytest.mark.parametrize("text,point", OFFSETS, ids=["tyr", "tyr-tuant", "beyrouth-dizaine"])
def test_spot_by_distance_from_a_town(text, point, gaz):
    e = one(text, gaz)
    assert e.killed.best == 4
    assert e.place is not None and _km(e.place.lat, e.place.lon, *point) < 3, (e.place_name, e.place)


# -- the country aimed at after a launch phrase or a round figure ------------------------------------------------------
AIMED = [
    ("Selon l'armée israélienne, une cinquantaine de roquettes ont été tirées du Liban sur le nord d'Israël samedi.",
     True),
    ("Une cinquantaine de roquettes ont été tirées samedi depuis le Liban vers le nord d'Israël.", True),
    ("Le Hezbollah a tiré une dizaine de roquettes sur le nord d'Israël jeudi, a indiqué l'armée israélienne.", False),
]


@pytest.mark.parametrize("text,launch", AIMED, ids=["du-sur", "depuis-vers", "round-figure"])
def test_country_aimed_at_is_the_target(text, launch, gaz):
    e = one(text, gaz)
    assert e.place is not None and e.place.record_id == "country:IL#north"  # (the northern part: session 25)
    assert e.count.best == (50 if launch else 10)
    assert (e.launch is not None and e.launch.name == "Liban") == launch


def test_round_figure_fired_on_two_towns(gaz):
    events = read("Le Hezbollah a tiré des dizaines de roquettes sur Metoula et Kiryat Shmona samedi.", gaz)
    assert sorted(e.place.record_id for e in events if e.place) == ["geonames:293825", "geonames:294247"]
