"""The blind set (tests/blind) is well-formed: it loads, scores, and is independent of the other sets.

The blind set is a second held-out evaluation set that nobody tunes against.  These tests
check its form only (no quality threshold): `python -m geo_events.evaluate tests/blind`
reports how the extractor does on it.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from geo_events.evaluate import LANGUAGES, load_gold

TESTS = Path(__file__).resolve().parent
BLIND = TESTS / "blind"

PREFIX = {"en": "be", "fr": "bf", "ar": "ba"}


@pytest.fixture(scope="module")
def passages():
    return load_gold(BLIND)


def test_six_passages_per_language_named_by_language(passages):
    by_lang = {lang: [p for p in passages if p.language == lang] for lang in LANGUAGES}
    assert {k: len(v) for k, v in by_lang.items()} == {"en": 6, "fr": 6, "ar": 6}
    for p in passages:
        assert re.fullmatch(PREFIX[p.language] + r"0[1-6]", p.id), p.id
        assert all(g.id.startswith(p.id + "-") for g in p.events), p.id


def test_every_sidecar_has_its_text():
    metas = {f.name[: -len(".meta.json")] for f in BLIND.glob("*.meta.json")}
    texts = {f.stem for f in BLIND.glob("*.txt")}
    assert metas == texts


def test_blind_set_covers_the_hard_cases(passages):
    assert sum(len(p.events) > 1 for p in passages) >= 9  # several events in one article
    assert sum(g.launch_lat is not None for p in passages for g in p.events) >= 3
    killed = [g.killed for p in passages for g in p.events]
    assert 0 in killed and None in killed  # "no casualties" and "not stated" both present
    counts = [g.count for p in passages for g in p.events]
    assert None in counts and any(c and c > 1 for c in counts)
    assert any(g.earliest != g.latest for p in passages for g in p.events)  # a night spanning two days
    types = {g.event_type for p in passages for g in p.events}
    assert len(types) >= 6, types
