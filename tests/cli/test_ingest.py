"""``geo-events ingest`` and ``map``/``export`` with --store and with event files as INPUT."""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo_events import export, store
from geo_events.cli.main import cli

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
import factories  # noqa: E402

SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
needs_seeds = pytest.mark.skipif(len(SEED_FILES) < 2, reason=f"the two seed articles are not in {SEEDS}")
needs_ogrinfo = pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL's ogrinfo is not installed")


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def event_ids(path: Path) -> list[str]:
    data = json.loads(path.read_text())
    return sorted(f["properties"]["event_id"] for f in data["features"] if f["properties"]["kind"] == "event")


def balad_15_march(events):
    return [e for e in events if e.place and "balad" in e.place.name.lower() and e.date
            and e.date.earliest == e.date.latest == dt.date(2021, 3, 15)]


@needs_seeds
@needs_ogrinfo
def test_ingest_seed_by_seed_then_both_again_keeps_one_event_per_incident(tmp_path):
    path = tmp_path / "events.gpkg"
    en, fr = SEED_FILES
    first = run("ingest", en, "--store", path)
    assert first.exit_code == 0, first.output
    assert re.fullmatch(r".*events\.gpkg: \d+ new, 0 merged, total \d+ events\n", first.output)
    second = run("ingest", fr, "--store", path)
    assert second.exit_code == 0, second.output
    total = len(store.read_events(path))
    again = run("ingest", en, fr, "--store", path)
    assert again.exit_code == 0, again.output
    assert f"total {total} events" in again.output and " 0 new" in again.output
    events = store.read_events(path)
    assert len(events) == total
    (balad,) = balad_15_march(events)
    assert sorted(s.language for s in balad.sources) == ["en", "fr"]
    assert len(balad.sources) == 2
    # The incremental store tells the same incidents as reading both articles at once.
    both = run("export", SEEDS, "-o", tmp_path / "both.geojson")
    assert both.exit_code == 0, both.output
    assert len(event_ids(tmp_path / "both.geojson")) == total
    out = subprocess.run(["ogrinfo", "-ro", "-so", "-al", str(path)], capture_output=True, text=True, check=True).stdout
    counts = dict(zip(re.findall(r"^Layer name: (\S+)", out, re.M),
                      map(int, re.findall(r"^Feature Count: (\d+)", out, re.M))))
    assert counts["events"] == total and counts["geo_events_store"] == total
    assert {"impacts", "launches", "trajectories", "launch_areas"} <= set(counts)


def test_a_bad_input_file_fails_in_one_line_and_leaves_the_store_untouched(tmp_path):
    path = tmp_path / "events.gpkg"
    store.ingest(path, factories.sample_events())
    before = path.read_bytes()
    good = export.write([factories.make_event(event_id="other", date=factories.DateSpan(
        dt.date(2021, 4, 1), dt.date(2021, 4, 1)))], tmp_path / "good.geojson")
    bad = tmp_path / "broken.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    result = run("ingest", good, bad, "--store", path)
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and str(bad) in lines[0] and "Traceback" not in result.output
    assert path.read_bytes() == before
    # Not a store at all: refused, left alone.
    plain = export.write(factories.sample_events(), tmp_path / "plain.gpkg")
    plain_bytes = plain.read_bytes()
    result = run("ingest", good, "--store", plain)
    assert result.exit_code != 0 and str(plain) in result.output
    assert plain.read_bytes() == plain_bytes


def test_map_and_export_slice_the_store(tmp_path):
    path = tmp_path / "events.gpkg"
    store.ingest(path, factories.sample_events())

    def exported(*opts):
        out = tmp_path / "slice.geojson"
        res = run("export", "--store", path, "-o", out, *opts)
        assert res.exit_code == 0, res.output
        return event_ids(out)

    assert exported() == sorted(e.event_id for e in factories.sample_events())
    assert exported("--since", "2021-03-04", "--until", "2021-03-12") == ["ev-20210305-kirkuk", "ev-20210310-anbar"]
    assert exported("--bbox", "43.5,33,45,34.5") == ["ev-20210222-green-zone", "ev-20210315-balad"]
    assert exported("--type", "drone attack", "--type", "IED attack") == ["ev-20210305-kirkuk", "ev-20210310-anbar"]
    assert exported("--type", "rocket attack", "--since", "2021-03-01") == [
        "ev-20210303-ain-al-asad", "ev-20210315-balad"]
    html = tmp_path / "map.html"
    res = run("map", "--store", path, "--type", "rocket attack", "--bbox", "43.5,33,45,34.5", "-o", html)
    assert res.exit_code == 0, res.output
    assert res.output.startswith("2 events from 0 articles")
    text = html.read_text()
    assert "Green Zone" in text and "Ain al-Asad" not in text
    bad = run("map", "--store", path, "--bbox", "west,1,2,3", "-o", html)
    assert bad.exit_code != 0 and "W,S,E,N" in bad.output
    none = run("map", "-o", html)
    assert none.exit_code != 0 and "--store" in none.output


@needs_seeds
def test_exported_events_map_back_and_merge_with_their_articles_without_duplicates(tmp_path):
    gj, csv_ = tmp_path / "seeds.geojson", tmp_path / "seeds.csv"
    for out in (gj, csv_):
        res = run("export", SEEDS, "-o", out)
        assert res.exit_code == 0, res.output
    ids = event_ids(gj)
    for source in (gj, csv_):
        back = tmp_path / f"back_{source.suffix[1:]}.geojson"
        res = run("export", source, "-o", back)
        assert res.exit_code == 0, res.output
        assert event_ids(back) == ids
        html = tmp_path / "map.html"
        res = run("map", source, "-o", html)
        assert res.exit_code == 0, res.output
        assert res.output.startswith(f"{len(ids)} events from 0 articles")
        # The same articles again: every incident is already there.
        both = tmp_path / f"both_{source.suffix[1:]}.geojson"
        res = run("export", source, SEEDS, "-o", both)
        assert res.exit_code == 0, res.output
        assert event_ids(both) == ids
        props = [f["properties"] for f in json.loads(both.read_text())["features"] if f["properties"]["kind"] == "event"]
        for p in props:
            labels = p["sources"].split("; ")
            assert len(labels) == len(set(labels)) == 2, p["sources"]
