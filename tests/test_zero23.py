"""A bare "Neither" denying casualties covers both incidents just told (session 23)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 14)


@pytest.mark.parametrize("text", [
    "A rocket struck Ain al-Asad air base on Tuesday. On Monday, a drone attack targeted Erbil airport. "
    "Neither caused any damage or casualties.",
    "A rocket struck Ain al-Asad air base on Tuesday. On Monday, a drone attack targeted Erbil airport. "
    "Neither of them caused casualties, the coalition said.",
])
def test_neither_denies_casualties_for_both_incidents(text):
    events = events_of(text, "en", PUBLISHED)
    assert len(events) == 2
    assert [(e.killed.best, e.injured.best) for e in events] == [(0, 0), (0, 0)]


def test_a_denial_of_one_incident_stays_with_it():
    events = events_of("A rocket struck Ain al-Asad air base on Tuesday, wounding two soldiers. On Monday, a drone attack "
                       "targeted Erbil airport. It caused no casualties.", "en", PUBLISHED)
    got = {e.place_name: (e.killed.best, e.injured.best) for e in events}
    assert got == {"Ain al-Asad": (None, 2), "Erbil": (0, 0)}
