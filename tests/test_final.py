"""The held-out final set (tests/final) is well-formed; its quality is reported, never asserted.

`python -m geo_events.evaluate tests/final` scores the extractor on it. Nobody tunes against
these passages, so this file checks only that the set loads, is balanced, is internally
consistent and is not copied from the development sets.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from geo_events.evaluate import LANGUAGES, load_gold

TESTS = Path(__file__).resolve().parent
FINAL = TESTS / "final"
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="module")
def passages():
    return load_gold(FINAL)


def _metas():
    return {p.name[: -len(".meta.json")]: json.loads(p.read_text(encoding="utf-8")) for p in FINAL.glob("*.meta.json")}


def test_final_has_four_passages_per_language_named_by_language(passages):
    prefix = {"en": "xe", "fr": "xf", "ar": "xa"}
    for lang in LANGUAGES:
        mine = [p for p in passages if p.language == lang]
        assert len(mine) == 4, (lang, [p.id for p in mine])
        assert all(p.id.startswith(prefix[lang]) for p in mine)
    assert sum(len(p.events) > 1 for p in passages) >= 8  # several events per article
    assert sum(g.launch_lat is not None for p in passages for g in p.events) >= 2
    killed = [g.killed for p in passages for g in p.events]
    assert 0 in killed and None in killed


def test_final_passages_are_long_wire_copy(passages):
    for p in passages:
        words = len(p.path.read_text(encoding="utf-8").split())
        assert 280 <= words <= 650, (p.id, words)


def test_final_arabic_passages_use_arabic_indic_digits(passages):
    for p in passages:
        if p.language == "ar":
            assert re.search("[\u0660-\u0669]", p.path.read_text(encoding="utf-8")), p.id


def _sentences(text: str) -> set[str]:
    return {s.strip() for s in re.split(r"[.!?\n。؟]", text) if len(s.strip()) > 40}


def test_final_shares_no_sentence_with_the_seeds_or_the_development_sets(passages):
    others = [TESTS.parent / "seeds"] + [TESTS / d for d in ("gold", "heldout", "blind", "fresh")]
    present = [d for d in others if d.is_dir()]
    assert present, "no development set found to compare with"
    known = set()
    for d in present:
        for f in d.glob("*.txt"):
            known |= _sentences(f.read_text(encoding="utf-8"))
    for p in passages:
        copied = _sentences(p.path.read_text(encoding="utf-8")) & known
        assert not copied, (p.id, sorted(copied)[:1])
