"""The unseen set (tests/unseen) is well-formed; its quality is reported, never asserted.

`python -m geo_events.evaluate tests/unseen` scores the extractor on it. Two writers who read
neither the code nor the other sets wrote it (session 4); nobody tunes against these passages, so this file checks only that the set loads, is balanced, is internally
consistent and is not copied from the development sets.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from geo_events.evaluate import LANGUAGES, load_gold

TESTS = Path(__file__).resolve().parent
UNSEEN = TESTS / "unseen"
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="module")
def passages():
    return load_gold(UNSEEN)


def _metas():
    return {p.name[: -len(".meta.json")]: json.loads(p.read_text(encoding="utf-8")) for p in UNSEEN.glob("*.meta.json")}


def test_unseen_has_six_passages_per_language_named_by_language(passages):
    prefix = {"en": "ue", "fr": "uf", "ar": "ua"}
    for lang in LANGUAGES:
        mine = [p for p in passages if p.language == lang]
        assert len(mine) == 6, (lang, [p.id for p in mine])
        assert all(p.id.startswith(prefix[lang]) for p in mine)
    assert sum(len(p.events) > 1 for p in passages) >= 8  # several events per article
    assert sum(g.launch_lat is not None for p in passages for g in p.events) >= 2
    killed = [g.killed for p in passages for g in p.events]
    assert 0 in killed and None in killed


def test_unseen_passages_are_long_wire_copy(passages):
    for p in passages:
        words = len(p.path.read_text(encoding="utf-8").split())
        assert 280 <= words <= 650, (p.id, words)


def _sentences(text: str) -> set[str]:
    return {s.strip() for s in re.split(r"[.!?\n。؟]", text) if len(s.strip()) > 40}


def test_unseen_shares_no_sentence_with_the_seeds_or_the_development_sets(passages):
    others = [TESTS.parent / "seeds"] + [TESTS / d for d in ("gold", "heldout", "blind", "fresh", "final")]
    present = [d for d in others if d.is_dir()]
    assert present, "no development set found to compare with"
    known = set()
    for d in present:
        for f in d.glob("*.txt"):
            known |= _sentences(f.read_text(encoding="utf-8"))
    for p in passages:
        # the headline is left out: two writers titling the same real incident may well agree
        body = p.path.read_text(encoding="utf-8").split("\n", 1)[-1]
        copied = _sentences(body) & known
        assert not copied, (p.id, sorted(copied)[:1])
