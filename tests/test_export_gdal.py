"""GDAL (ogrinfo / ogr2ogr, run as programs) reads every export format with the right types and coordinates."""
from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from geo_events import export
from test_export import make_test_events

pytestmark = pytest.mark.skipif(
    shutil.which("ogrinfo") is None or shutil.which("ogr2ogr") is None,
    reason="GDAL command line tools (ogrinfo, ogr2ogr) are not installed (Debian: apt-get install gdal-bin)",
)

FIELD = re.compile(r"^([A-Za-z_]\w*): ([A-Za-z0-9]+(?:\([A-Za-z]+\))?) \(\d+\.\d+\)$")


def ogrinfo(path, *args) -> dict[str, dict]:
    """``ogrinfo -so -al``: per layer its geometry type, feature count, field types and metadata."""
    out = subprocess.run(
        ["ogrinfo", "-ro", "-so", "-al", *args, str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    layers: dict[str, dict] = {}
    layer = None
    for line in out.splitlines():
        if line.startswith("Layer name: "):
            layer = layers.setdefault(line[12:].strip(), {"fields": {}, "metadata": {}, "geometry": None, "count": None})
        elif layer is None:
            continue
        elif line.startswith("Geometry: "):
            layer["geometry"] = line[10:].strip()
        elif line.startswith("Feature Count: "):
            layer["count"] = int(line[15:])
        elif line.startswith("  ") and "=" in line and not line.startswith("   "):
            key, _, value = line.strip().partition("=")
            layer["metadata"][key] = value
        elif m := FIELD.match(line):
            layer["fields"][m.group(1)] = m.group(2)
    return layers


def gdal_features(path, *args) -> list[dict]:
    """The features as GDAL reads them, converted by ogr2ogr to GeoJSON."""
    out = subprocess.run(
        ["ogr2ogr", "-f", "GeoJSON", "/vsistdout/", str(path), *args], capture_output=True, text=True, check=True,
        timeout=60,
    ).stdout
    return json.loads(out)["features"]


def _coords(geometry) -> list:
    out: list = []

    def walk(c):
        if isinstance(c[0], (int, float)):
            out.append(c[:2])
        else:
            for part in c:
                walk(part)

    walk(geometry["coordinates"])
    return out


def assert_same_coordinates(ours: dict, theirs: dict):
    a, b = _coords(ours), _coords(theirs)
    assert len(a) == len(b)
    for (x1, y1), (x2, y2) in zip(a, b):
        assert abs(x1 - x2) <= 1e-6 and abs(y1 - y2) <= 1e-6


@pytest.fixture(scope="module")
def events():
    return make_test_events()


@pytest.fixture(scope="module")
def features(events):
    return {f["id"]: f for f in export.to_features(events)}


def test_ogrinfo_reads_geojson_with_types(tmp_path, events, features):
    path = export.write(events, tmp_path / "e.geojson")
    layers = ogrinfo(path)
    assert len(layers) == 1  # one mixed-geometry layer
    (layer,) = layers.values()
    assert layer["count"] == len(features) == 9
    fields = layer["fields"]
    for name in ("projectile_count", "killed", "injured", "event_epoch", "projectile_count_low"):
        assert fields[name] == "Integer", name
    for name in ("distance_km", "azimuth_deg", "launch_lat", "uncertainty_km", "geo_confidence"):
        assert fields[name] == "Real", name
    for name in ("event_date", "date_earliest", "date_latest"):
        assert fields[name] == "Date", name
    assert fields["within_range"] == "Integer(Boolean)"
    assert fields["summary"] == fields["sources"] == "String"


def test_ogrinfo_reads_gpkg_layers(tmp_path, events, features):
    path = export.write(events, tmp_path / "e.gpkg")
    layers = ogrinfo(path)
    assert {name: (lyr["geometry"], lyr["count"]) for name, lyr in layers.items()} == {
        "events": ("Point", 3),
        "impacts": ("Point", 2),
        "launches": ("Point", 1),
        "trajectories": ("Line String", 2),
        "launch_areas": ("Polygon", 1),
    }
    ev = layers["events"]["fields"]
    assert ev["projectile_count"] == ev["killed"] == ev["injured"] == "Integer"
    assert ev["event_date"] == ev["date_earliest"] == "Date"
    assert ev["distance_km"] == ev["geo_confidence"] == "Real"
    assert ev["within_range"] == ev["unclaimed"] == "Integer(Boolean)"
    assert layers["impacts"]["fields"]["projectile_count"] == "Integer"
    assert layers["trajectories"]["fields"]["distance_km"] == "Real"
    assert layers["launches"]["fields"]["estimated"] == "Integer(Boolean)"
    assert "GeoNames" in layers["events"]["metadata"]["DESCRIPTION"]
    for name in layers:
        out = subprocess.run(
            ["ogrinfo", "-ro", "-q", str(path), "-sql", f"SELECT HasSpatialIndex('{name}', 'geom')"],
            capture_output=True, text=True, check=True,
        ).stdout
        assert "HasSpatialIndex (Integer) = 1" in out, name
    # Coordinates as GDAL reads them: within 1e-6 of what was exported.
    for layer in layers:
        read = gdal_features(path, layer)
        assert len(read) == layers[layer]["count"]
        for f in read:
            props = f["properties"]
            ours = next(
                o for o in features.values()
                if o["properties"]["event_id"] == props["event_id"] and export.LAYERS[o["properties"]["kind"]] == layer
                and o["properties"].get("place") == props.get("place")
                and o["properties"].get("distance_km") == props.get("distance_km")
            )
            if ours["geometry"] is None:
                assert f["geometry"] is None
            else:
                assert_same_coordinates(ours["geometry"], f["geometry"])


def test_gpkg_keeps_nulls_and_zeros(tmp_path, events):
    path = export.write(events, tmp_path / "e.gpkg")
    read = {f["properties"]["event_id"]: f["properties"] for f in gdal_features(path, "events")}
    assert read["ev-balad"]["killed"] == 0
    assert read["ev-balad"]["injured"] is None
    assert read["ev-erbil"]["killed"] is None
    assert read["ev-balad"]["event_date"] == "2021-03-15"
    assert read["ev-erbil"]["place"] == "أربيل"


def test_ogrinfo_reads_kml_folders(tmp_path, events, features):
    path = export.write(events, tmp_path / "e.kml")
    layers = ogrinfo(path)
    assert {name: lyr["count"] for name, lyr in layers.items()} == {
        "Events": 3, "Impact sites": 2, "Launch sites": 1, "Trajectories": 2, "Launch areas": 1,
    }
    driver = subprocess.run(["ogrinfo", "-ro", "-so", str(path)], capture_output=True, text=True).stdout
    if "LIBKML" in driver:  # the typed ExtendedData schema is read by LIBKML only
        fields = layers["Events"]["fields"]
        assert fields["projectile_count"] == fields["killed"] == "Integer"
        assert fields["distance_km"] == "Real"
        assert fields["timestamp"] == "DateTime"
    for f in gdal_features(path, "Events"):
        ours = features[f["properties"]["event_id"]]
        if ours["geometry"] is None:
            assert f["geometry"] is None
        else:
            assert_same_coordinates(ours["geometry"], f["geometry"])


def test_ogrinfo_reads_csv(tmp_path, events, features):
    path = export.write(events, tmp_path / "e.csv")
    opts = ["-oo", "AUTODETECT_TYPE=YES", "-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude"]
    (layer,) = ogrinfo(path, *opts).values()
    assert layer["count"] == 3
    fields = layer["fields"]
    assert fields["event_date"] == "Date"
    assert fields["fatalities"] == fields["projectile_count"] == fields["time_precision"] == "Integer"
    assert fields["distance_km"] == fields["latitude"] == "Real"
    for f in gdal_features(path, *opts):
        ours = features[f["properties"]["event_id"]]
        if ours["geometry"] is None:
            assert f["geometry"] is None
        else:
            assert_same_coordinates(ours["geometry"], f["geometry"])


def test_ogrinfo_reads_geojson_sequence(tmp_path, events):
    path = export.write(events, tmp_path / "e.geojsons")
    (layer,) = ogrinfo(path).values()
    assert layer["count"] == 9
    assert layer["fields"]["projectile_count"] == "Integer"


def test_ogr2ogr_round_trip_geojson_gpkg_geojson(tmp_path, events, features):
    src = export.write(events, tmp_path / "e.geojson")
    gpkg = tmp_path / "rt.gpkg"
    back = tmp_path / "rt.geojson"
    subprocess.run(["ogr2ogr", "-f", "GPKG", str(gpkg), str(src)], check=True, capture_output=True, timeout=60)
    subprocess.run(["ogr2ogr", "-f", "GeoJSON", str(back), str(gpkg)], check=True, capture_output=True, timeout=60)
    read = json.loads(back.read_text("utf-8"))["features"]
    assert len(read) == len(features)
    for f in read:
        ours = features[f["properties"]["id"]]
        if ours["geometry"] is None:
            assert f["geometry"] is None
        else:
            assert_same_coordinates(ours["geometry"], f["geometry"])
        for key, value in ours["properties"].items():
            assert f["properties"].get(key) == value, (ours["id"], key)


def test_ogrinfo_types_csv_from_its_sidecar(tmp_path, events):
    # No AUTODETECT_TYPE: the .csvt written beside the file gives GDAL (and QGIS) the types.
    path = export.write(events, tmp_path / "e.csv")
    (layer,) = ogrinfo(path).values()
    fields = layer["fields"]
    assert fields["fatalities"] == fields["projectile_count"] == fields["injured"] == "Integer"
    assert fields["event_date"] == "Date"
    assert fields["latitude"] == fields["distance_km"] == fields["uncertainty_km"] == "Real"
    assert fields["within_range"] == "Integer(Boolean)"
    assert fields["event_epoch"] == "Integer64"
    rows = {f["properties"]["event_id"]: f["properties"] for f in gdal_features(path)}
    assert rows["ev-balad"]["fatalities"] == 0 and rows["ev-erbil"].get("fatalities") is None  # empty: unset
    assert rows["ev-balad"]["within_range"] is True and rows["ev-balad"]["event_date"] == "2021-03-15"


def test_ogrinfo_reads_antimeridian_split(tmp_path):
    from test_export import make_antimeridian_event

    ev = [make_antimeridian_event()]
    ours = {f["id"]: f for f in export.to_features(ev)}
    gpkg = export.write(ev, tmp_path / "f.gpkg")
    layers = ogrinfo(gpkg)
    assert layers["trajectories"]["geometry"] == "Multi Line String"
    assert layers["launch_areas"]["geometry"] == "Multi Polygon"
    for layer in ("trajectories", "launch_areas"):
        for f in gdal_features(gpkg, layer):
            match = [o for o in ours.values() if export.LAYERS[o["properties"]["kind"]] == layer
                     and o["properties"].get("azimuth_deg") == f["properties"].get("azimuth_deg")]
            assert match and f["geometry"]["type"] == match[0]["geometry"]["type"]
            assert_same_coordinates(match[0]["geometry"], f["geometry"])
    geojson = export.write(ev, tmp_path / "f.geojson")
    read = gdal_features(geojson)
    assert {f["geometry"]["type"] for f in read} == {"Point", "MultiLineString", "MultiPolygon"}
