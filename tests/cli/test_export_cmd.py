"""``geo-events export`` and ``geo-events extract`` through click's CliRunner, on the seed articles."""
from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from shapely.geometry import shape

from geo_events.cli.main import cli
from geo_events.models import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
KINDS = {"event", "impact", "launch", "trajectory", "launch_area"}

needs_pipeline = pytest.mark.skipif(
    importlib.util.find_spec("geo_events.pipeline") is None,
    reason="geo_events.pipeline (the lead's run()) is not written yet",
)
needs_seeds = pytest.mark.skipif(not any(SEEDS.glob("*.txt")), reason=f"no seed articles in {SEEDS}")


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_unknown_output_suffix_fails_before_reading(tmp_path):
    # The format is checked first: no input is read, the message names the file.
    result = run("export", tmp_path / "missing.txt", "-o", tmp_path / "out.shp")
    assert result.exit_code != 0
    assert "out.shp" in result.output and "suffix" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out.shp").exists()


def test_split_needs_geojson(tmp_path):
    result = run("export", tmp_path / "a.txt", "-o", tmp_path / "out.kml", "--split")
    assert result.exit_code == 2 and "--split" in result.output


def test_sequence_conflicts_with_other_format(tmp_path):
    result = run("export", tmp_path / "a.txt", "-o", tmp_path / "out.geojson", "--sequence", "--format", "kml")
    assert result.exit_code == 2 and "--sequence" in result.output


@needs_pipeline
@needs_seeds
def test_export_seeds_geojson(tmp_path):
    out = tmp_path / "seeds.geojson"
    result = run("export", SEEDS, "-o", out, "--published", "2021-03-16")
    assert result.exit_code == 0, result.output
    fc = json.loads(out.read_text("utf-8"))
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    events = [f for f in fc["features"] if f["properties"]["kind"] == "event"]
    assert events, "the seed articles report at least one attack"
    for f in fc["features"]:
        assert f["properties"]["kind"] in KINDS
        assert all(not isinstance(v, (dict, list)) for v in f["properties"].values())
        if f["geometry"]:
            geom = shape(f["geometry"])
            assert geom.is_valid
            lon, lat = geom.representative_point().coords[0]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
    for f in events:
        assert f["properties"]["event_type"] in EVENT_TYPES
    # Same input, same bytes.
    again = tmp_path / "again.geojson"
    assert run("export", SEEDS, "-o", again, "--published", "2021-03-16").exit_code == 0
    assert again.read_bytes() == out.read_bytes()


@needs_pipeline
@needs_seeds
@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL's ogrinfo is not installed (apt-get install gdal-bin)")
def test_export_seeds_gpkg_read_by_ogrinfo(tmp_path):
    out = tmp_path / "seeds.gpkg"
    result = run("export", SEEDS, "-o", out, "--published", "2021-03-16")
    assert result.exit_code == 0, result.output
    info = subprocess.run(["ogrinfo", "-ro", "-so", str(out)], capture_output=True, text=True, check=True).stdout
    for layer in ("events", "impacts", "launches", "trajectories", "launch_areas"):
        assert f": {layer} (" in info, layer


@needs_pipeline
def test_failed_run_keeps_existing_output(tmp_path):
    out = tmp_path / "events.geojson"
    out.write_text("previous result", "utf-8")
    result = CliRunner().invoke(cli, ["export", str(tmp_path / "no-such-article.txt"), "-o", str(out)])
    assert result.exit_code != 0
    assert "no-such-article.txt" in result.output
    assert out.read_text("utf-8") == "previous result"
    assert [p.name for p in tmp_path.iterdir()] == ["events.geojson"]


@needs_pipeline
@needs_seeds
def test_extract_prints_events_with_provenance(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(SEEDS), "--published", "2021-03-16"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)
    assert isinstance(events, list) and events
    texts = "\n".join(p.read_text("utf-8") for p in SEEDS.glob("*.txt"))
    for ev in events:
        assert ev["event_type"] in EVENT_TYPES
        for fact in ev["facts"]:
            assert {"kind", "value", "qualifier", "according_to", "doc_id", "sentence", "start", "end"} <= set(fact)
            assert fact["sentence"].strip()
            assert fact["start"] <= fact["end"]
    # Provenance is real text from the articles (compared without whitespace differences).
    squashed = " ".join(texts.split())
    sentences = [" ".join(f["sentence"].split()) for ev in events for f in ev["facts"]]
    assert sentences and sum(s in squashed for s in sentences) >= len(sentences) * 0.8
