"""Checks every evaluation set shares: gold (tuned against), heldout, blind, fresh, final and unseen (written blind).

Each set's own file checks what is particular to it (size, coverage, independence from the others).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geo_events.evaluate import load_gold
from geo_events.language import detect_language

TESTS = Path(__file__).resolve().parent
SETS = ("gold", "heldout", "blind", "fresh", "final", "unseen")
# The region the sets are about: Iraq, Syria, Jordan, Israel and Lebanon, Yemen, the Gulf (with a margin).
LAT_RANGE, LON_RANGE = (12.0, 38.5), (34.0, 60.0)


@pytest.fixture(scope="module", params=SETS)
def passages(request):
    return load_gold(TESTS / request.param)


def test_coordinates_lie_in_the_region(passages):
    for p in passages:
        for g in p.events:
            points = [(g.lat, g.lon)] + ([(g.launch_lat, g.launch_lon)] if g.launch_lat is not None else [])
            for lat, lon in points:
                assert LAT_RANGE[0] <= lat <= LAT_RANGE[1] and LON_RANGE[0] <= lon <= LON_RANGE[1], (g.id, lat, lon)


def test_dates_fall_before_publication_and_in_2019_2024(passages):
    for p in passages:
        assert 2019 <= p.published.year <= 2024, p.id
        for g in p.events:
            assert g.earliest <= g.latest <= p.published, g.id
            assert (p.published - g.earliest).days <= 60, g.id


def test_language_is_what_the_detector_says(passages):
    for p in passages:
        assert detect_language(p.path.read_text(encoding="utf-8")) == p.language, p.id
