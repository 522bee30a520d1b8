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
