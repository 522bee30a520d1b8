"""Casualty turns that wire copy uses and the extractor missed (session 21 probes, invented sentences).

- a second victim told by "another" or a relative, the auxiliary left out or the clause split before it:
  "killing one soldier and wounding another", "One guard was killed and another seriously wounded",
  "et son passager grièvement blessé";
- "another N": that many more ("wounding another 12 people");
- a round number with "de" before the toll's noun: "faisant une dizaine de blessés", "une vingtaine de morts".
"""
from __future__ import annotations

import datetime as dt

import pytest

from geo_events.casualties import _casualties
from geo_events.models import Document
from geo_events.pipeline import process

PUB = dt.date(2024, 3, 14)


def _toll(text: str, lang: str) -> tuple:
    evs = process([Document("t.txt", text, lang, PUB)]).events
    assert len(evs) == 1, [(e.event_type, e.place_name) for e in evs]
    return evs[0].killed.best, evs[0].injured.best


@pytest.mark.parametrize("text, lang, killed, injured", [
    ("A roadside bomb hit a police patrol near Baiji on Sunday, killing one officer and wounding another.", "en", 1, 1),
    ("A drone struck a truck outside Deir ez-Zor on Friday, killing the driver and seriously injuring another.", "en", 1, 1),
    ("Two mortar rounds landed in a market in Khan Younis on Tuesday. One vendor was killed and another was "
     "badly hurt.", "en", 1, 1),
    ("A rocket hit a farm near Metula on Monday. A worker was killed and another lightly wounded, medics said.", "en", 1, 1),
    ("A shell struck a house in Tal Abyad on Monday, killing a man and wounding another three.", "en", 1, 3),
    ("A missile hit a depot in Zaporizhzhia on Monday, killing two and wounding another 14 people.", "en", 2, 14),
    ("A drone hit a car near Sirte on Monday. The driver was killed and his son wounded.", "en", 1, 1),
    ("Une frappe de drone a visé mardi une voiture près de Tal Tamr. Le chauffeur a été tué et son fils grièvement "
     "blessé.", "fr", 1, 1),
    ("Un obus est tombé lundi sur une ferme près de Nabatiyé, tuant un agriculteur et blessant sa femme.", "fr", 1, 1),
    ("Un drone a frappé lundi un minibus près de Kherson, faisant une dizaine de blessés.", "fr", None, 10),
    ("Un missile a frappé jeudi un immeuble à Odessa, faisant deux morts et une vingtaine de blessés.", "fr", 2, 20),
    ("Des roquettes sont tombées dimanche sur Sdérot. L'attaque a fait une quinzaine de blessés légers.", "fr", None, 15),
])
def test_a_second_victim_and_a_round_number_are_counted(text, lang, killed, injured):
    assert _toll(text, lang) == (killed, injured)


@pytest.mark.parametrize("text, lang, which, want", [
    # "another" before an attack word is another attack, not another victim
    ("Another strike wounded civilians in the same town.", "en", "injured", []),
    ("Une autre frappe a blessé des civils.", "fr", "injured", []),
    # a plural relative gives no count of its own
    ("A man was killed and his sons wounded.", "en", "injured", []),
    # "des dizaines de blessés" is a scale, not a toll (annotators leave it null)
    ("faisant des dizaines de blessés.", "fr", "injured", []),
    ("fired another three rockets, wounding two.", "en", "injured", [(2, None)]),
])
def test_what_is_not_a_second_victim(text, lang, which, want):
    assert _casualties(text, lang, which) == want
