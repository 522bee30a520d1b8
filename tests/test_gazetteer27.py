"""Gazetteer (session 27): a land region that shares one word with a lake ("Upper Galilee", "Sea of Galilee") is no
damaged spelling of it; the lake keeps its own names."""
from __future__ import annotations

import pytest

from geo_events.gazetteer import Gazetteer


@pytest.mark.parametrize("name", ["Upper Galilee", "Western Galilee", "Lower Galilee"])
def test_a_region_is_not_the_lake_it_shares_a_word_with(name):
    res = Gazetteer.default().resolve(name)
    assert res.place is None or res.place.feature != "water"


@pytest.mark.parametrize("name", ["Sea of Galilee", "Lake Tiberias", "lac de Tibériade", "بحيرة طبريا"])
def test_the_lake_keeps_its_names(name):
    res = Gazetteer.default().resolve(name)
    assert res.place is not None and res.place.record_id == "curated:sea-of-galilee"


@pytest.mark.parametrize("text", [
    "Hamas fired a barrage of 20 rockets at the Gaza envelope on Monday, the army said.",
    "Rockets were fired at Israeli communities near Gaza on Monday, the army said.",
    "Two rockets fired from Gaza hit the Gaza periphery on Monday.",
])
def test_the_gaza_envelope_is_on_the_israeli_side(text):
    import datetime as dt

    from tests.factories import events_of

    [event] = events_of(text, "en", dt.date(2024, 3, 15))
    assert event.place is not None and event.place.country == "IL"
