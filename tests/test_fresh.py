"""The fresh held-out set (tests/fresh) is well-formed.

These tests check the set itself (format, region, dates, language, independence from the
other sets, coordinates against GeoNames and airportsdata); they say nothing about the
extractor's quality, which `python -m geo_events.evaluate tests/fresh` reports.  Nobody
tunes the extractor against this set: do not read its passages while changing the code.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from geo_events.evaluate import LANGUAGES, load_gold

TESTS = Path(__file__).resolve().parent
FRESH = TESTS / "fresh"

PREFIX = {"en": "fe", "fr": "ff", "ar": "fa"}


@pytest.fixture(scope="module")
def passages():
    return load_gold(FRESH)


def _meta(pid: str) -> dict:
    return json.loads((FRESH / f"{pid}.meta.json").read_text(encoding="utf-8"))


def test_fresh_has_six_passages_per_language_named_by_language(passages):
    by_lang = {lang: sorted(p.id for p in passages if p.language == lang) for lang in LANGUAGES}
    assert {k: len(v) for k, v in by_lang.items()} == {"en": 6, "fr": 6, "ar": 6}
    for lang, ids in by_lang.items():
        assert all(pid.startswith(PREFIX[lang]) for pid in ids), (lang, ids)
    for p in passages:
        assert all(g.id.startswith(f"{p.id}-") for g in p.events), p.id


def test_fresh_passages_are_long_and_hold_several_events(passages):
    for p in passages:
        assert len(p.path.read_text(encoding="utf-8").split()) >= 250, p.id  # real articles, not snippets
        assert p.events, p.id
    assert sum(len(p.events) > 1 for p in passages) >= 12
    assert sum(g.launch_lat is not None for p in passages for g in p.events) >= 6
    killed = [g.killed for p in passages for g in p.events]
    assert 0 in killed and None in killed  # "no casualties" and "not stated" both occur
    for p in passages:
        meta = _meta(p.id)
        assert meta.get("source") and isinstance(meta.get("distractors"), list), p.id


def _sentences(text: str) -> set[str]:
    return {s.strip() for s in re.split(r"[.!?؟\n]", text) if len(s.strip()) > 40}
