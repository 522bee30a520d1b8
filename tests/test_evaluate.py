"""The evaluation: it scores constructed predictions as a reader would, and the gold set is well-formed.

Predictions here are built by hand, so these tests say nothing about the extractor's
quality; `python -m geo_events.evaluate tests/gold` reports that.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from geo_events.errors import InputError
from geo_events.evaluate import (
    LANGUAGES,
    Prediction,
    compatible,
    format_table,
    load_gold,
    main,
    match,
    score,
)
from geo_events.geodesy import inverse

GOLD = Path(__file__).resolve().parent / "gold"
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="module")
def passages():
    return load_gold(GOLD)


def perfect(passages):
    return {p.id: [Prediction.from_gold(g) for g in p.events] for p in passages}


def rate(report, lang, line):
    num, den = report.scores[lang].lines()[line]
    return num / den


# ------------------------------------------------------------------ the gold set itself


def test_gold_has_twelve_passages_per_language_and_several_event_passages(passages):
    by_lang = {lang: [p for p in passages if p.language == lang] for lang in LANGUAGES}
    assert all(len(v) >= 12 for v in by_lang.values()), {k: len(v) for k, v in by_lang.items()}
    assert sum(len(p.events) > 1 for p in passages) >= 12  # several events in one article
    assert sum(g.launch_lat is not None for p in passages for g in p.events) >= 6
    # "no casualties" (0) and "not stated" (None) are both represented
    killed = [g.killed for p in passages for g in p.events]
    assert 0 in killed and None in killed


def test_gold_passages_are_not_the_seeds(passages):
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    seed_sentences = {s.strip() for f in seeds.glob("*.txt") for s in f.read_text(encoding="utf-8").split(".") if len(s.strip()) > 40}
    for p in passages:
        text = p.path.read_text(encoding="utf-8")
        assert not any(s in text for s in seed_sentences), p.id


def test_gold_targets_agree_with_geonames_or_airports_where_cited(passages):
    """Targets credited to airportsdata or a GeoNames id sit on that record (shared data, CC-BY GeoNames)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data folder {SHARED_DATA} is absent")
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
    checked = 0
    for p in passages:
        meta = json.loads((GOLD / f"{p.id}.meta.json").read_text(encoding="utf-8"))
        for raw in meta["events"]:
            src = raw["target"].get("source", "")
            ref = None
            if src.startswith("airportsdata "):
                ref = airports[src.split()[1]]
            elif src.startswith("GeoNames ") and src.split()[1].isdigit() and "approx" not in src and "sits" not in src:
                ref = geonames[src.split()[1]]
            if ref:
                checked += 1
                assert inverse(raw["target"]["lat"], raw["target"]["lon"], *ref)[1] < 1.0, raw["id"]
    assert checked >= 10


def test_a_malformed_gold_file_is_reported_with_its_name(tmp_path):
    (tmp_path / "x1.txt").write_text("Two rockets hit the base on Monday.", encoding="utf-8")
    bad = {"published": "2021-03-04", "language": "en",
           "events": [{"id": "x1-1", "event_type": "rocket strike", "target": {"name": "B", "lat": 33, "lon": 44},
                       "date": {"earliest": "2021-03-01", "latest": "2021-03-01"}}]}
    (tmp_path / "x1.meta.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(InputError, match=r"x1\.meta\.json.*rocket strike"):
        load_gold(tmp_path)
    (tmp_path / "x1.meta.json").unlink()
    with pytest.raises(InputError, match=r"x1\.txt: no x1\.meta\.json"):
        load_gold(tmp_path)


# ------------------------------------------------------------------ scoring


def test_perfect_predictions_score_100_percent_on_every_line(passages):
    report = score(passages, perfect(passages))
    for lang in (*LANGUAGES, "all"):
        for line, (num, den) in report.scores[lang].lines().items():
            assert den > 0 and num == den, (lang, line, num, den)
    assert report.misses == []


def test_no_predictions_give_zero_recall(passages):
    report = score(passages, {})
    assert rate(report, "all", "recall") == 0
    assert sum(m.kind == "missed event" for m in report.misses) == report.scores["all"].gold


def test_wrong_predictions_score_lower_on_the_lines_they_get_wrong(passages):
    shifted = {}
    for p in passages:
        preds = []
        for g in p.events:
            good = Prediction.from_gold(g)
            # 50 km north, one more projectile, a day-later date bound, one more dead, no launch
            preds.append(dataclasses.replace(
                good, lat=g.lat + 0.45, count=(g.count or 0) + 1, latest=g.latest + dt.timedelta(days=1),
                killed=(g.killed or 0) + 1, launch_lat=None, launch_lon=None))
        preds.append(Prediction("rocket attack", 10.0, 10.0, "nowhere", p.published, p.published))  # spurious
        shifted[p.id] = preds
    report = score(passages, shifted)
    assert rate(report, "all", "recall") == 1.0  # still the same events
    assert rate(report, "all", "precision") < 0.7
    for line in ("target_5km", "launch_10km", "counts", "dates", "casualties"):
        assert rate(report, "all", line) == 0.0, line
    kinds = {m.kind for m in report.misses}
    assert {"target", "launch", "count", "date", "casualties", "spurious event"} <= kinds


def test_matching_pairs_the_nearest_place_and_requires_type_and_date(passages):
    same_day = [p for p in passages if len(p.events) >= 2 and p.events[0].earliest == p.events[1].earliest]
    if not same_day:
        pytest.skip("no passage with two events on one day")
    p = same_day[0]
    a, b = p.events[0], p.events[1]
    preds = [Prediction.from_gold(b), Prediction.from_gold(a)]  # reversed order: nearest place decides
    assert match(p.events[:2], preds) == [(0, 1), (1, 0)]
    wrong_day = dataclasses.replace(Prediction.from_gold(a), earliest=a.earliest - dt.timedelta(days=30),
                                    latest=a.latest - dt.timedelta(days=30))
    assert match([a], [wrong_day]) == []
    assert compatible("rocket attack", "attack") and compatible("interception", "drone attack")
    assert not compatible("IED attack", "airstrike")


def test_a_dateless_or_unresolved_prediction_is_handled():
    from geo_events.evaluate import GoldEvent

    g = GoldEvent("g-1", "rocket attack", "Base", 33.0, 44.0, dt.date(2021, 1, 1), dt.date(2021, 1, 1))
    assert match([g], [Prediction("rocket attack")]) == []  # no date: cannot overlap
    unresolved = Prediction("rocket attack", earliest=dt.date(2021, 1, 1), latest=dt.date(2021, 1, 1))
    assert match([g], [unresolved]) == [(0, 0)]


def test_table_has_a_row_per_language_and_all(passages):
    table = format_table(score(passages, perfect(passages)))
    rows = table.splitlines()
    assert rows[0].split()[:4] == ["lang", "passages", "gold", "pred"]
    assert [r.split()[0] for r in rows[1:]] == ["en", "fr", "ar", "all"]
    assert "100.0%" in rows[-1]


def test_command_line_reports_and_exits_zero_on_a_small_gold_folder(tmp_path, capsys):
    # Two passages copied from the gold set: the command runs the real pipeline on them.
    for pid in ("en04", "fr08"):
        for suffix in (".txt", ".meta.json"):
            (tmp_path / f"{pid}{suffix}").write_bytes((GOLD / f"{pid}{suffix}").read_bytes())
    assert main([str(tmp_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out["languages"]) == {"en", "fr", "ar", "all"}
    assert out["languages"]["all"]["gold"] == 3
    assert main([str(tmp_path), "--verbose"]) == 0
    assert "misses by kind" in capsys.readouterr().out


def test_command_line_rejects_a_missing_folder(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "geo_events.evaluate", str(tmp_path / "nope")],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "nope" in proc.stderr and "Traceback" not in proc.stderr


# ------------------------------------------------------------------ agreement of two annotators


def _second_annotation(tmp_path, pids, edit):
    """Copy gold passages to ``tmp_path`` and let ``edit`` change each copied meta (a second analyst)."""
    for pid in pids:
        (tmp_path / f"{pid}.txt").write_bytes((GOLD / f"{pid}.txt").read_bytes())
        meta = json.loads((GOLD / f"{pid}.meta.json").read_text(encoding="utf-8"))
        edit(meta)
        (tmp_path / f"{pid}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


def test_against_scores_a_second_annotation_on_the_passages_it_holds(tmp_path, capsys):
    # The second analyst drops the last event of each passage and reads one more rocket: recall
    # and counts fall by exactly that, and passages the second analyst did not annotate are left out.
    def edit(meta):
        meta["events"] = meta["events"][:1]
        meta["events"][0]["count"] = (meta["events"][0]["count"] or 0) + 1

    pids = [p.path.stem for p in load_gold(GOLD) if len(p.events) >= 2][:2]
    _second_annotation(tmp_path, pids, edit)
    gold = sum(len(p.events) for p in load_gold(GOLD) if p.id in pids)
    assert main([str(GOLD), "--against", str(tmp_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)["languages"]["all"]
    assert out["passages"] == 2 and out["gold"] == gold and out["predicted"] == 2
    assert out["matched"] == 2 and out["counts"]["num"] == 0 and out["recall"]["num"] == 2


def test_against_refuses_a_second_annotation_of_another_text(tmp_path):
    pid = load_gold(GOLD)[0].id
    _second_annotation(tmp_path, [pid], lambda meta: None)
    (tmp_path / f"{pid}.txt").write_text("Another article altogether.", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "geo_events.evaluate", str(GOLD), "--against", str(tmp_path)],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert f"{pid}.txt" in proc.stderr and "differs" in proc.stderr and "Traceback" not in proc.stderr
