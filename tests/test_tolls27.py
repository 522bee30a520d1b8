"""Tolls of several strikes told in one sentence (session 27): "hit a house in X, killing 11, and a school in Y, killing
six" gives each site its own figure; "..., while another on a school in Y killed six" is one more strike at a site of
its own (its noun elided), not a revision of the first strike's toll; "another person was killed in Y" is no revision
either."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 15)


def _tolls(text, lang):
    return {e.place.name: (e.killed.best, e.injured.best) for e in events_of(text, lang, PUBLISHED) if e.place}


@pytest.mark.parametrize("text, lang, want", [
    ("Airstrikes hit a house in Jabalia, killing 11 people, and a school in Nuseirat, killing six, on Tuesday, the "
     "Gaza health ministry said.", "en", {"Jabālyā": (11, None), "An Nuşayrāt": (6, None)}),
    ("Une frappe israélienne sur une maison à Jabalia a tué onze personnes mardi, et une autre sur une école à "
     "Nousseirat en a tué six, selon les secours.", "fr", {"Jabālyā": (11, None), "An Nuşayrāt": (6, None)}),
    ("An Israeli airstrike on a house in Jabalia killed 11 people on Tuesday, while another on a school in Nuseirat "
     "killed six, medics said.", "en", {"Jabālyā": (11, None), "An Nuşayrāt": (6, None)}),
    ("An airstrike hit a car in Nabatieh on Monday, killing two people, while another struck a house in Khiam, "
     "wounding three.", "en", {"Nabatieh": (2, None), "El Khiyam": (None, 3)}),
    ("Une frappe israélienne a touché une maison à Jabalia mardi, tuant onze personnes, tandis qu'une autre sur une "
     "école à Nousseirat a fait six morts.", "fr", {"Jabālyā": (11, None), "An Nuşayrāt": (6, None)}),
])
def test_each_strike_of_a_sentence_keeps_its_own_toll(text, lang, want):
    assert _tolls(text, lang) == want


def test_a_toll_told_once_for_two_sites_is_no_one_sites():
    # the whole strike's figure, after both sites: neither site gets it
    tolls = _tolls("Israeli airstrikes on Jabalia and Nuseirat killed 17 people on Tuesday, medics said.", "en")
    assert set(tolls) == {"Jabālyā", "An Nuşayrāt"} and all(k != 17 for k, _ in tolls.values())


def test_another_victim_elsewhere_does_not_revise_the_toll():
    tolls = _tolls("An airstrike killed 11 people in Jabalia on Tuesday, while another person was killed in "
                   "Nuseirat.", "en")
    assert tolls["Jabālyā"] == (11, None)


@pytest.mark.parametrize("text, lang", [
    ("Two rockets fell in Kiryat Shmona and three others in Metula on Monday, the army said.", "en"),
    ("Deux roquettes sont tombées à Kiryat Shmona et trois autres à Metoula lundi.", "fr"),
])
def test_more_projectiles_at_a_second_site_with_their_verb_left_out(text, lang):
    counts = {e.place.name: e.count.best for e in events_of(text, lang, PUBLISHED) if e.place}
    assert counts == {"Qiryat Shmona": 2, "Metula": 3}


def test_others_after_a_toll_are_victims_not_projectiles():
    events = events_of("A rocket attack killed two people in Kiryat Shmona and three others in Metula on Monday.", "en",
                       PUBLISHED)
    assert all(e.count.best != 3 for e in events)
