"""The held-out evaluation set (tests/heldout) is well-formed.

These tests check the files only: that the set loads, is balanced across languages, and
that its places, dates and languages are what the sidecars claim.  They set no quality
threshold: `python -m geo_events.evaluate tests/heldout --verbose` reports the extractor's
scores on passages nobody tunes against.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from geo_events.evaluate import LANGUAGES, load_gold

TESTS = Path(__file__).resolve().parent
HELDOUT = TESTS / "heldout"

PREFIX = {"he": "en", "hf": "fr", "ha": "ar"}
TOP_KEYS = {"published", "language", "source", "gold_version", "distractors", "events"}
EVENT_KEYS = {"id", "event_type", "target", "date", "count", "count_qualifier", "killed", "injured",
              "claimed_by", "blamed_on", "attacker", "launch", "weapon"}


@pytest.fixture(scope="module")
def passages():
    return load_gold(HELDOUT)


def metas():
    return {p.name[: -len(".meta.json")]: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(HELDOUT.glob("*.meta.json"))}


def test_heldout_has_six_passages_per_language_named_by_language(passages):
    by_lang = {lang: sorted(p.id for p in passages if p.language == lang) for lang in LANGUAGES}
    assert {k: len(v) for k, v in by_lang.items()} == {"en": 6, "fr": 6, "ar": 6}
    for p in passages:
        assert re.fullmatch(r"h[efa]0[1-6]", p.id), p.id
        assert PREFIX[p.id[:2]] == p.language, p.id
        assert all(g.id.startswith(f"{p.id}-") for g in p.events), p.id
    # every sidecar has its text and vice versa
    assert {p.stem for p in HELDOUT.glob("*.txt")} == set(metas())


def test_heldout_sidecars_use_the_gold_format():
    for pid, meta in metas().items():
        assert set(meta) == TOP_KEYS, (pid, set(meta) ^ TOP_KEYS)
        assert isinstance(meta["distractors"], list) and isinstance(meta["source"], str)
        for raw in meta["events"]:
            assert EVENT_KEYS <= set(raw), (raw["id"], EVENT_KEYS - set(raw))
            assert raw["count_qualifier"] in (None, "at least", "up to", "about"), raw["id"]
            if raw["count_qualifier"] is not None:
                assert raw["count"] is not None, raw["id"]
            assert raw["target"].get("source"), raw["id"]


def test_heldout_covers_the_hard_cases(passages):
    events = [g for p in passages for g in p.events]
    assert sum(len(p.events) > 1 for p in passages) >= 6  # several events in one article
    assert sum(g.launch_lat is not None for g in events) >= 3
    assert sum(g.earliest != g.latest for g in events) >= 1  # a night spanning two days
    assert len({g.event_type for g in events}) >= 6
    killed = [g.killed for g in events]
    assert 0 in killed and None in killed  # "no casualties" and "not stated"
    assert all(p.events for p in passages)
    assert all(metas()[p.id]["distractors"] for p in passages)
