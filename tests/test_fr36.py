"""French wire copy (round 36; invented AFP-style items, no set's sentence): accusations told in the passive.

* the passive participle agrees with its subject: "L'armée israélienne a été accusée d'avoir bombardé ...", "Les shebab
  ont été accusés d'avoir mené ...", "Les forces russes ont été accusées d'avoir frappé ...": the subject is the
  accused (before, only the masculine singular "accusé" was read as a blame verb);
* a day between the blame verb and its deed ("accusés jeudi d'avoir mené ...", "accusé lundi soir par Kiev de ...")
  keeps the deed (before, the day word was read as the accused);
* a state outside the short table of state patterns, named as the whole subject ("Le Pakistan a été accusé par Kaboul
  d'avoir mené des frappes"), is the accused by its canonical name.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import one_event

PUB = dt.date(2024, 3, 15)


@pytest.mark.parametrize("text,place,accused", [
    ("L'armée israélienne a été accusée d'avoir bombardé une école de l'UNRWA à Nousseirat.", "An Nuşayrāt", "Israel"),
    ("Les shebab ont été accusés jeudi d'avoir mené une attaque meurtrière à Mogadiscio.", "Mogadishu", "Al-Shabaab"),
    ("Les forces russes ont été accusées d'avoir frappé un hôpital à Kharkiv mardi.", "Kharkiv", "Russia"),
    ("Le Pakistan a été accusé par Kaboul d'avoir mené des frappes aériennes sur Peshawar.", "Peshawar", "Pakistan"),
    ("Le Hezbollah a été accusé lundi par Israël d'avoir tiré des roquettes sur Metoula.", "Metula", "Hezbollah"),
])
def test_passive_accusation_blames_its_subject(text, place, accused):
    ev = one_event(text, "fr", PUB)
    assert ev.place is not None and ev.place.name == place
    assert ev.blamed_on == [accused]


@pytest.mark.parametrize("text", [
    "Le Hezbollah a été accusé lundi d'avoir tiré des roquettes sur Metoula.",
    "Le JNIM a été accusé jeudi soir d'avoir attaqué le camp militaire de Sévaré, tuant six soldats.",
])
def test_day_after_blame_verb_is_no_accused(text):
    ev = one_event(text, "fr", PUB)
    assert not any(d in b.lower() for b in ev.blamed_on for d in ("jeudi", "lundi", "soir"))
