"""One clause, several sites, each told with its own day (session 23).

"Militants fired three rockets at X on Tuesday and two at Y on Wednesday": the clause's first day used to go
to every site, so Y was dated a day early. Each site now takes the day told in its own stretch of the clause;
a site with no day keeps the clause's, and a day told in a relative clause about the site ("Y, which had been
hit on Sunday") is another attack's.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday: Monday 11, Tuesday 12, Wednesday 13


def days(text: str, lang: str) -> dict[str, tuple]:
    """Each event's place name as written -> (earliest day, latest day) as MM-DD."""
    out = {}
    for e in events_of(text, lang, PUBLISHED):
        out[e.place_name] = (e.date.earliest.strftime("%m-%d"), e.date.latest.strftime("%m-%d")) if e.date else None
    return out


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Militants fired three rockets at Ain al-Asad on Tuesday and two at Harir base on Wednesday.",
     {"Ain al-Asad": "03-12", "Harir": "03-13"}),
    ("en", "Rockets hit Ain al-Asad late on Monday and Harir base early on Tuesday, officials said.",
     {"Ain al-Asad": "03-11", "Harir": "03-12"}),
    ("en", "The coalition said three rockets hit Ain al-Asad on Monday, and two more landed near Harir base on Tuesday.",
     {"Ain al-Asad": "03-11", "Harir": "03-12"}),
    ("fr", "Trois roquettes se sont abattues mardi sur la base d'Aïn al-Assad et deux sur la base de Harir mercredi.",
     {"Aïn al-Assad": "03-12", "Harir": "03-13"}),
    ("fr", "Des roquettes ont frappé lundi la base d'Aïn al-Assad et mardi l'aéroport d'Erbil.",
     {"Aïn al-Assad": "03-11", "Erbil": "03-12"}),
])
def test_each_site_takes_the_day_told_with_it(lang, text, want):
    got = days(text, lang)
    assert {name: got.get(name) for name in want} == {name: (d, d) for name, d in want.items()}, got


@pytest.mark.parametrize("lang, text, want", [
    # a day told in a relative clause about the second site is an earlier attack's, not this one's
    ("en", "Drones attacked Erbil airport on Tuesday and the Harir base, which had also been targeted on Sunday.",
     {"Erbil": "03-12", "Harir": "03-12"}),
    # one day for both sites
    ("en", "Rockets hit Ain al-Asad and Harir base on Tuesday, a coalition spokesman said.",
     {"Ain al-Asad": "03-12", "Harir": "03-12"}),
    # the second site has no day of its own: the clause's
    ("en", "Two rockets struck the Green Zone on Wednesday and a third hit Baghdad airport.",
     {"Green Zone": "03-13", "Baghdad": "03-13"}),
])
def test_a_site_without_a_day_of_its_own_keeps_the_clause_day(lang, text, want):
    got = days(text, lang)
    assert {name: got.get(name) for name in want} == {name: (d, d) for name, d in want.items()}, got


def test_a_site_told_after_puis_with_its_head_noun_is_a_second_site():
    """"visé l'aéroport d'X dimanche, puis la base de Y lundi": Y (named after its head noun) is hit too, on its day."""
    got = days("Deux drones ont visé l'aéroport d'Erbil dimanche, puis la base de Harir lundi.", "fr")
    assert got.get("Erbil") == ("03-10", "03-10") and got.get("Harir") == ("03-11", "03-11"), got
