"""A GeoJSON validator run over every GeoJSON geo-events writes: one FeatureCollection, the
``--split`` files, the text sequence, with launch areas, annuli and antimeridian crossings.

What it checks is what trips GIS tools (RFC 7946 and the DESIGN.md contract): no ``crs``,
counter-clockwise outer rings and clockwise holes, valid geometry (shapely), longitudes and
latitudes in range with no segment spanning more than 180 degrees, flat properties in the
schema's order, integers as integers, ISO dates with the matching epoch seconds, and
coordinates written with no more decimals than asked.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import math
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from shapely.geometry import shape

from geo_events import export
from test_export import make_antimeridian_event, make_test_event, make_test_events

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
GEOMETRY_TYPES = {
    "event": {"Point"},
    "impact": {"Point"},
    "launch": {"Point"},
    "trajectory": {"LineString", "MultiLineString"},
    "launch_area": {"Polygon", "MultiPolygon"},
}


def _rings(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    return []


def _signed_area(ring) -> float:
    return sum(float(x1) * float(y2) - float(x2) * float(y1) for (x1, y1), (x2, y2) in zip(ring, ring[1:]))


def _positions(c):
    if isinstance(c[0], (int, float, str)):
        yield c
    else:
        for part in c:
            yield from _positions(part)


def _lines(geometry):
    c = geometry["coordinates"]
    return {"Point": [], "LineString": [c], "MultiLineString": c, "Polygon": c,
            "MultiPolygon": [r for p in c for r in p]}[geometry["type"]]


def validate_feature_collection(text: str, precision: int = 6) -> list[dict]:
    """Check a FeatureCollection's text; return its features.  Raises AssertionError."""
    # Numbers as written: a float such as 33.921235000000003 would show here, not after parsing.
    raw = json.loads(text, parse_float=str)
    assert set(raw) == {"type", "features"}, "only type and features: no crs, no bbox of another CRS"
    assert raw["type"] == "FeatureCollection"
    for f in raw["features"]:
        validate_feature(f, precision)
    return json.loads(text)["features"]


def validate_feature(raw: dict, precision: int = 6) -> None:
    """Check one feature, parsed with floats kept as their text (``parse_float=str``)."""
    assert set(raw) == {"type", "id", "geometry", "properties"}, raw.keys()
    assert raw["type"] == "Feature" and isinstance(raw["id"], str) and raw["id"]
    props = raw["properties"]
    kind = props["kind"]
    assert kind in export.KINDS
    schema = export.SCHEMAS[kind]
    assert list(props) == [name for name, _ in schema], "same columns in the same order for every feature of a kind"
    for name, typ in schema:
        v = props[name]
        if v is None:
            continue
        assert not isinstance(v, (dict, list)), (raw["id"], name, "nested property")
        if typ == export.INT:
            assert type(v) is int, (raw["id"], name, v)  # 7, never 7.0 or "7" or true
        elif typ == export.REAL:
            assert type(v) in (str, int) and math.isfinite(float(v)), (raw["id"], name, v)  # str: a float's text
        elif typ == export.BOOL:
            assert type(v) is bool, (raw["id"], name, v)
        elif typ == export.DATE:
            assert ISO_DATE.match(v) and dt.date.fromisoformat(v), (raw["id"], name, v)
        else:
            assert type(v) is str and v == v.strip() and v, (raw["id"], name, v)
    if props["event_date"] is not None:
        day = dt.date.fromisoformat(props["event_date"])
        assert props["event_epoch"] == calendar.timegm(day.timetuple())
    geometry = raw["geometry"]
    if geometry is None:  # RFC 7946 allows it: an unplaced event, a line shorter than the rounding
        return
    assert set(geometry) == {"type", "coordinates"}
    assert geometry["type"] in GEOMETRY_TYPES[kind], (kind, geometry["type"])
    for pos in _positions(geometry["coordinates"]):
        assert len(pos) == 2, "2D positions: lon, lat"
        for text in pos:
            assert isinstance(text, (str, int)), pos
            text = str(text)
            assert "e" not in text.lower(), f"exponent notation {text}"
            decimals = len(text.split(".")[1].rstrip("0")) if "." in text else 0  # 44.0 is an integer
            assert decimals <= precision, f"{text} has more than {precision} decimals"
        lon, lat = float(pos[0]), float(pos[1])
        assert -180 <= lon <= 180 and -90 <= lat <= 90, (lon, lat)
    for line in _lines(geometry):
        for a, b in zip(line, line[1:]):
            assert abs(float(a[0]) - float(b[0])) <= 180, "a segment crosses the antimeridian"
    for rings in _rings(geometry):
        assert _signed_area(rings[0]) > 0, "outer ring counter-clockwise"
        for hole in rings[1:]:
            assert _signed_area(hole) < 0, "hole clockwise"
    geom = shape(_floats(geometry))
    assert geom.is_valid and not geom.is_empty, raw["id"]


def _floats(obj):
    if isinstance(obj, dict):
        return {k: _floats(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_floats(v) for v in obj]
    return float(obj) if isinstance(obj, str) and obj[:1] in "-0123456789" else obj


def _all_events():
    events = make_test_events() + [make_antimeridian_event()]
    # A bow tie area (repaired into two polygons) and an area with a counter-clockwise hole.
    bow = make_test_event("ev-bow")
    bow.launch.area = {"type": "Polygon", "coordinates": [[[44, 33], [45, 34], [45, 33], [44, 34], [44, 33]]]}
    holed = make_test_event("ev-holed")
    holed.launch.area = {"type": "Polygon", "coordinates": [
        [[44, 33], [46, 33], [46, 35], [44, 35], [44, 33]],
        [[44.5, 33.5], [45.5, 33.5], [45.5, 34.5], [44.5, 34.5], [44.5, 33.5]],
    ]}
    events += [bow, holed]
    try:
        import factories
    except ImportError:  # pragma: no cover - factories.py is part of the test suite
        return events
    return events + factories.sample_events() + [factories.hostile_event()]


@pytest.fixture(scope="module")
def all_events():
    return _all_events()


def test_validator_catches_what_it_should():
    # The validator itself: each of these must be refused.
    good = json.loads(export.features_to_geojson(export.to_features([make_test_event()])), parse_float=str)
    area = next(f for f in good["features"] if f["properties"]["kind"] == "launch_area")
    bad_cases = []
    cw = json.loads(json.dumps(area))
    cw["geometry"]["coordinates"][0].reverse()
    bad_cases.append(cw)
    nested = json.loads(json.dumps(area))
    nested["properties"]["method"] = {"name": "cone"}
    bad_cases.append(nested)
    as_float = json.loads(json.dumps(good["features"][0]))
    as_float["properties"]["projectile_count"] = "7.0"
    bad_cases.append(as_float)
    long_coord = json.loads(json.dumps(good["features"][0]))
    long_coord["geometry"]["coordinates"][0] = "44.3615888889"
    bad_cases.append(long_coord)
    for case in bad_cases:
        with pytest.raises(AssertionError):
            validate_feature(case)
    with pytest.raises(AssertionError):
        validate_feature_collection(json.dumps({"type": "FeatureCollection", "features": [],
                                                "crs": {"type": "name", "properties": {"name": "EPSG:4326"}}}))


@pytest.mark.parametrize("precision", [6, 3, 0])
def test_feature_collection_is_valid(tmp_path, all_events, precision):
    path = export.write(all_events, tmp_path / "all.geojson", precision=precision)
    features = validate_feature_collection(path.read_text("utf-8"), precision)
    kinds = {f["properties"]["kind"] for f in features}
    assert kinds == set(export.KINDS)
    if precision == 6:  # only the events nobody could place go without a geometry
        assert {f["properties"]["kind"] for f in features if f["geometry"] is None} == {"event"}
    types = {f["geometry"]["type"] for f in features if f["geometry"]}
    if precision >= 3:  # at 0 decimals the antimeridian lines shrink to nothing
        assert {"MultiPolygon", "MultiLineString", "Polygon", "LineString", "Point"} <= types


def test_split_files_are_valid_and_one_type_each(tmp_path, all_events):
    paths = export.write_geojson_split(all_events, tmp_path / "all.geojson")
    expected = {"all_points.geojson": {"Point"}, "all_lines.geojson": {"LineString", "MultiLineString"},
                "all_polygons.geojson": {"Polygon", "MultiPolygon"}}
    total = 0
    for p in paths:
        features = validate_feature_collection(p.read_text("utf-8"))
        assert {f["geometry"]["type"] for f in features if f["geometry"]} <= expected[p.name]
        total += len(features)
    assert total == len(export.to_features(all_events))


def test_text_sequence_records_are_valid(tmp_path, all_events):
    raw = export.write(all_events, tmp_path / "all.geojsons").read_text("utf-8")
    records = raw.split("\x1e")[1:]
    assert len(records) == len(export.to_features(all_events))
    for rec in records:
        validate_feature(json.loads(rec, parse_float=str))


@pytest.mark.skipif(not any(SEEDS.glob("*.txt")), reason=f"no seed articles in {SEEDS}")
def test_seeds_split_export_from_the_command_line_is_valid(tmp_path):
    from geo_events.cli.main import cli

    out = tmp_path / "seeds.geojson"
    result = CliRunner().invoke(cli, ["export", str(SEEDS), "-o", str(out), "--split", "--precision", "5"])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["seeds_lines.geojson", "seeds_points.geojson", "seeds_polygons.geojson"]
    features = []
    for name in names:
        features += validate_feature_collection((tmp_path / name).read_text("utf-8"), precision=5)
    assert any(f["properties"]["kind"] == "event" for f in features)
