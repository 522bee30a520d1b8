"""A night told as two days, pinned by an hour written the French way with spaces ("vers 1 h 30", "23 h 15")."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 14)  # Tuesday 12, Wednesday 13
NIGHT = "Des roquettes ont frappé la base de Balad dans la nuit de mardi à mercredi"


@pytest.mark.parametrize("hour, want", [
    (", vers 1 h du matin.", ("03-13", "03-13")),
    (", vers 1 h 30.", ("03-13", "03-13")),
    (", vers 3 heures.", ("03-13", "03-13")),
    (", vers 23 h 15.", ("03-12", "03-12")),
    (", vers 22 h du soir.", ("03-12", "03-12")),
    # no hour: the night as both its days
    (".", ("03-12", "03-13")),
    # a figure that is no hour
    (", blessant 3 habitants.", ("03-12", "03-13")),
])
def test_a_night_takes_the_day_its_hour_falls_on(hour, want):
    (event,) = events_of(NIGHT + hour, "fr", PUBLISHED)
    assert (event.date.earliest.strftime("%m-%d"), event.date.latest.strftime("%m-%d")) == want
