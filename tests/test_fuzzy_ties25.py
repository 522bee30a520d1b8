"""Fuzzy matching keeps the same candidates whatever else the gazetteer holds (session 25).

The fuzzy index scores only the candidates sharing the most trigrams with a damaged name. Among
candidates sharing as many, which were kept depended on where each key happened to sit in the index
(numpy's argpartition), so adding one unrelated row could push the true name out: a new village row once
made "al-Bayader" match another quarter in six bench articles. Among equals the shorter, then the
alphabetically first, key is kept.
"""
from __future__ import annotations

import itertools
import string

import pytest

from geo_events.gazetteer import _FuzzyIndex, _fuzzy_pool

# 650 names that each share six of the eight trigrams of "qarabulakh": all equally close
TIED = ["qarabula" + a + b for a, b in itertools.product(string.ascii_lowercase, repeat=2) if a != "k"]


def _found(keys, top):
    idx = _FuzzyIndex(_fuzzy_pool({k: [k] for k in keys}))
    idx.TOP = top
    return sorted(k for k, _ in idx.match("qarabulakh", cutoff=0))


@pytest.mark.parametrize("top", [5, 16, 64])
def test_among_equally_close_names_the_first_in_order_are_kept(top):
    assert _found(TIED, top) == sorted(TIED)[:top]


@pytest.mark.parametrize("extra", ["qarabulaaa1", "qar", "aaaaaaaaaa", "qarabulkhz"])
def test_a_row_no_closer_than_the_kept_ones_does_not_change_them(extra):
    assert [k for k in _found(TIED + [extra], 16) if k != extra] == sorted(TIED)[:16]
