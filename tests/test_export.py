"""Export: the GeoJSON property contract, geometry rules, determinism, and the other formats read back in Python.

GDAL reading the files is in test_export_gdal.py.
"""
from __future__ import annotations

import calendar
import copy
import csv
import datetime as dt
import importlib.util
import json
import math
import random
import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import shape

from geo_events import export
from geo_events.errors import OutputError
from geo_events.models import (
    DateSpan,
    Document,
    Event,
    EventFrame,
    Evidence,
    Fact,
    Figure,
    Impact,
    Launch,
    Place,
    PlaceRef,
    Source,
    Trajectory,
)

HOSTILE = '<script>alert("x")</script> & =HYPERLINK("http://evil")'


# --------------------------------------------------------------------------- builders


def _fact(kind, value, doc="d1", sentence="Seven rockets hit the base.", start=0, qualifier=None, according_to=None):
    return Fact(kind, value, Evidence(doc, sentence, start, start + len(sentence)), qualifier, according_to)


def _figure(*values):
    """Figure from (value, qualifier, source) triples, as reconcile builds it."""
    if not values:
        return Figure()
    nums = [v for v, _, _ in values]
    return Figure(
        low=min(nums),
        best=nums[0],
        high=max(nums),
        values=[(v, q, s, _fact("count", v, qualifier=q)) for v, q, s in values],
    )


def _place(name, lat, lon, **kw):
    kw.setdefault("record_id", f"test:{name.lower().replace(' ', '-')}")
    return Place(name=name, lat=lat, lon=lon, **kw)


def _geodesic(lat1, lon1, lat2, lon2, n=8):
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    mids = geod.npts(lon1, lat1, lon2, lat2, n)
    az, _, dist = geod.inv(lon1, lat1, lon2, lat2)
    coords = [(lat1, lon1)] + [(la, lo) for lo, la in mids] + [(lat2, lon2)]
    return coords, dist / 1000.0, az % 360


def make_test_event(event_id="ev-balad", **overrides) -> Event:
    """A fully populated rocket attack: impacts, estimated launch with area, trajectories, two sources."""
    doc_en = Document("d1", "text", "en", dt.date(2021, 3, 16), "AFP", "https://example.org/a?x=1&y=2")
    doc_fr = Document("d2", "texte", "fr", dt.date(2021, 3, 16), "Le Figaro", "https://example.fr/b")
    base = _place(
        "Balad Air Base", 33.940277777, 44.361588888, feature="airbase", precision="site", radius_km=3.0,
        confidence=0.9123456, layer="curated", record_id="curated:balad-air-base", country="IQ", admin1="Salah ad Din",
    )
    village = _place("al-Bou Hassan", 33.9212345678, 44.3812345678, feature="village", precision="town", radius_km=2.0)
    diyala = _place("Diyala", 33.75, 45.0, feature="governorate", precision="governorate", radius_km=60.0)
    launch_lat, launch_lon = 33.9, 44.75
    trajs = []
    for imp in (base, village):
        coords, dist, az = _geodesic(launch_lat, launch_lon, imp.lat, imp.lon)
        trajs.append(
            Trajectory(launch_lat, launch_lon, imp.lat, imp.lon, dist, az, coords, "Katyusha", 20.0, True, "within range",
                       ["Katyusha", "Grad"])
        )
    # A clockwise ring, as an estimator might produce: the export must turn it counter-clockwise.
    area = {
        "type": "Polygon",
        "coordinates": [[[44.6, 33.8], [44.6, 34.0], [44.9, 34.0], [44.9, 33.8], [44.6, 33.8]]],
    }
    frames = [
        EventFrame(doc_en, [
            _fact("count", 7, "d1", "Seven rockets targeted an air base.", 120),
            _fact("date", DateSpan(dt.date(2021, 3, 15), dt.date(2021, 3, 15), "day", "Monday evening"), "d1",
                  "Seven rockets targeted an air base on Monday evening.", 120),
            _fact("impact", PlaceRef("al-Bou Hassan", cue="village", share=5, place=village), "d1",
                  "five others had crashed on the nearby village of al-Bou Hassan", 400, according_to="a security official"),
            _fact("blamed_on", "pro-Iran factions", "d1", HOSTILE, 900),
        ]),
        EventFrame(doc_fr, [_fact("killed", 0, "d2", "L'attaque n'a fait aucune victime.", 10)]),
    ]
    ev = Event(
        event_id=event_id,
        event_type="rocket attack",
        frames=frames,
        place_name="Balad air base",
        place=base,
        date=DateSpan(dt.date(2021, 3, 15), dt.date(2021, 3, 15), "day", "Monday evening"),
        weapon="Katyusha",
        count=_figure((7, None, "AFP"), (7, "at least", "Le Figaro")),
        killed=_figure((0, None, "AFP")),
        injured=Figure(),
        claimed_by=[],
        blamed_on=["pro-Iran factions", "Kataib Hezbollah", "pro-Iran factions"],
        unclaimed=True,
        impacts=[Impact("Balad Air Base", base, 2), Impact("al-Bou Hassan", village, 5), Impact("somewhere", None, None)],
        launch=Launch("Diyala", diyala, launch_lat, launch_lon, True, 25.0, "east", area, "direction cone", "centroid"),
        trajectories=trajs,
        sources=[Source("d1", "AFP", "en", dt.date(2021, 3, 16), doc_en.url), Source("d2", "Le Figaro", "fr", None, doc_fr.url)],
        summary=HOSTILE,
    )
    for k, v in overrides.items():
        setattr(ev, k, v)
    return ev


def make_test_events() -> list[Event]:
    """Three events: a full one, one with a week-precise date and no place, an Arabic one with a dispute."""
    full = make_test_event()
    vague = Event(
        event_id="ev-vague",
        event_type="drone attack",
        frames=[],
        place_name="a base in the desert",
        date=DateSpan(dt.date(2021, 3, 1), dt.date(2021, 3, 7), "week", "early March"),
        killed=_figure((2, "at least", "AP"), (3, None, "Reuters")),
        sources=[Source("d3", "AP", "en")],
    )
    arabic = Event(
        event_id="ev-erbil",
        event_type="missile attack",
        frames=[],
        place_name="أربيل",
        place=_place("أربيل", 36.19, 44.01, precision="town", country="IQ", admin1="Erbil"),
        date=DateSpan(dt.date(2021, 2, 1), dt.date(2021, 2, 28), "month", "في شباط"),
        count=_figure((3, None, "الجزيرة"), (5, "up to", "Rudaw")),
        injured=_figure((9, None, "Rudaw")),
        claimed_by=["سرايا أولياء الدم"],
        sources=[Source("d4", "الجزيرة", "ar"), Source("d5", "Rudaw", "en")],
        summary="هجوم صاروخي على أربيل",
    )
    return [full, vague, arabic]


@pytest.fixture
def events():
    return make_test_events()


def _by_kind(features, kind):
    return [f for f in features if f["properties"]["kind"] == kind]


# --------------------------------------------------------------------------- GeoJSON contract


def test_feature_collection_is_rfc7946(events):
    fc = export.to_feature_collection(events)
    assert fc["type"] == "FeatureCollection"
    assert "crs" not in fc
    kinds = {f["properties"]["kind"] for f in fc["features"]}
    assert kinds == set(export.KINDS)
    for f in fc["features"]:
        assert f["type"] == "Feature"
        assert set(f) == {"type", "id", "geometry", "properties"}
        for key, value in f["properties"].items():
            assert value is None or isinstance(value, (str, int, float, bool)), (key, value)


def test_feature_counts_per_kind(events):
    features = export.to_features(events)
    assert len(_by_kind(features, "event")) == 3
    assert len(_by_kind(features, "impact")) == 2  # the impact nobody could place has no point
    assert len(_by_kind(features, "launch")) == 1
    assert len(_by_kind(features, "launch_area")) == 1
    assert len(_by_kind(features, "trajectory")) == 2


def test_every_kind_has_its_key_properties(events):
    keys = {
        "event": {"event_id", "event_date", "date_precision", "event_type", "weapon", "projectile_count", "killed",
                  "injured", "place", "place_id", "geo_precision", "claimed_by", "attributed_to", "sources", "summary",
                  "event_epoch"},
        "impact": {"event_id", "place", "projectile_count"},
        "launch": {"event_id", "place", "estimated", "uncertainty_km"},
        "trajectory": {"event_id", "distance_km", "azimuth_deg", "weapon_max_range_km", "within_range"},
        "launch_area": {"event_id", "method"},
    }
    for f in export.to_features(events):
        assert keys[f["properties"]["kind"]] <= set(f["properties"])


def test_geo_interface_is_the_event_feature(events):
    ev = events[0]
    assert ev.__geo_interface__ == export.event_feature(ev)
    point = shape(ev)  # shapely reads __geo_interface__
    assert (point.x, point.y) == (44.361589, 33.940278)  # lon, lat; rounded to 6 decimals


def test_geodataframe_from_events(events):
    import geopandas as gpd

    gdf = gpd.GeoDataFrame.from_features([e for e in events if e.place])
    assert list(gdf["event_id"]) == ["ev-balad", "ev-erbil"]
    assert gdf.geometry.iloc[0].y == pytest.approx(33.940278)


def test_event_properties_values(events):
    p = export.event_feature(events[0])["properties"]
    assert p["event_date"] == "2021-03-15"
    assert p["event_epoch"] == calendar.timegm(dt.date(2021, 3, 15).timetuple())
    assert p["date_earliest"] == p["date_latest"] == "2021-03-15"
    assert p["projectile_count"] == 7 and type(p["projectile_count"]) is int
    assert p["count_qualifier"] == "at least"  # as Figure.text(): a source qualified the retained figure
    assert p["killed"] == 0 and type(p["killed"]) is int  # "reported none" stays 0
    assert p["injured"] is None  # unknown is null, never 0
    assert p["attributed_to"] == "pro-Iran factions; Kataib Hezbollah"  # joined, duplicates dropped
    assert p["claimed_by"] is None and p["unclaimed"] is True
    assert p["sources"] == "AFP; Le Figaro"
    assert p["source_urls"] == "https://example.org/a?x=1&y=2; https://example.fr/b"
    assert p["languages"] == "en; fr"
    assert p["place"] == "Balad Air Base" and p["place_id"] == "curated:balad-air-base"
    assert p["geo_precision"] == "site" and p["geo_confidence"] == 0.912
    assert p["admin1"] == "Salah ad Din" and p["country"] == "IQ"
    assert p["launch_place"] == "Diyala" and (p["launch_lat"], p["launch_lon"]) == (33.9, 44.75)
    assert 30 < p["distance_km"] < 45 and p["distance_km"] == round(p["distance_km"], 2)
    assert 260 < p["azimuth_deg"] < 280  # the base lies west of the launch point
    assert p["within_range"] is True
    assert p["summary"] == HOSTILE  # GeoJSON is data: text kept verbatim, escaping is the viewer's job


def test_unknowns_are_null_not_zero(events):
    p = export.event_feature(events[1])["properties"]
    assert export.event_feature(events[1])["geometry"] is None
    for key in ("projectile_count", "injured", "place_id", "geo_precision", "distance_km", "within_range", "launch_lat"):
        assert p[key] is None, key
    assert p["killed"] == 2 and (p["killed_low"], p["killed_high"]) == (2, 3)
    assert p["count_qualifier"] is None
    assert p["date_precision"] == "week"
    assert (p["date_earliest"], p["date_latest"]) == ("2021-03-01", "2021-03-07")
    assert p["event_date"] == "2021-03-04"  # middle of the week


def test_count_qualifier_and_range(events):
    p = export.event_feature(events[2])["properties"]
    assert (p["projectile_count"], p["projectile_count_low"], p["projectile_count_high"]) == (3, 3, 5)
    ev = make_test_event(count=_figure((12, "at least", "AFP")))
    assert export.event_feature(ev)["properties"]["count_qualifier"] == "at least"


def test_coordinates_are_lonlat_and_rounded(events):
    feats = export.to_features(events)
    impact = next(f for f in _by_kind(feats, "impact") if f["properties"]["place"] == "al-Bou Hassan")
    assert impact["geometry"]["coordinates"] == [44.381235, 33.921235]
    assert impact["properties"]["projectile_count"] == 5
    coarse = export.to_features(events, precision=3)
    impact3 = next(f for f in _by_kind(coarse, "impact") if f["properties"]["place"] == "al-Bou Hassan")
    assert impact3["geometry"]["coordinates"] == [44.381, 33.921]
    for f in feats:
        for x in _flatten(f["geometry"]["coordinates"] if f["geometry"] else []):
            assert x == round(x, 6)


def _flatten(c):
    if isinstance(c, (int, float)):
        yield c
    else:
        for x in c:
            yield from _flatten(x)


def test_bad_precision_is_refused(events):
    with pytest.raises(OutputError, match="precision"):
        export.to_features(events, precision=-1)


def test_launch_area_is_valid_and_counter_clockwise(events):
    area = _by_kind(export.to_features(events), "launch_area")[0]
    poly = shape(area["geometry"])
    assert poly.is_valid
    assert poly.exterior.is_ccw
    assert area["properties"]["method"] == "direction cone"


def test_self_intersecting_area_is_repaired(events):
    ev = events[0]
    ev.launch.area = {"type": "Polygon", "coordinates": [[[44, 33], [45, 34], [45, 33], [44, 34], [44, 33]]]}  # bow tie
    area = _by_kind(export.to_features([ev]), "launch_area")[0]
    geom = shape(area["geometry"])
    assert geom.is_valid and geom.geom_type == "MultiPolygon"
    assert all(p.exterior.is_ccw for p in geom.geoms)


def test_polygon_holes_are_clockwise(events):
    ev = events[0]
    ev.launch.area = {
        "type": "Polygon",
        "coordinates": [
            [[44, 33], [46, 33], [46, 35], [44, 35], [44, 33]],
            [[44.5, 33.5], [45.5, 33.5], [45.5, 34.5], [44.5, 34.5], [44.5, 33.5]],  # counter-clockwise hole
        ],
    }
    poly = shape(_by_kind(export.to_features([ev]), "launch_area")[0]["geometry"])
    assert poly.exterior.is_ccw and not poly.interiors[0].is_ccw


def test_trajectory_runs_from_launch_to_impact(events):
    for t in _by_kind(export.to_features(events), "trajectory"):
        line = shape(t["geometry"])
        assert line.is_valid and len(line.coords) > 2  # densified geodesic, not a straight segment
        p = t["properties"]
        assert list(line.coords[0]) == [p["launch_lon"], p["launch_lat"]]
        assert list(line.coords[-1]) == [p["impact_lon"], p["impact_lat"]]
        assert p["reaching_weapons"] == "Katyusha; Grad"


def test_no_nan_in_output(events):
    events[0].trajectories[0].distance_km = math.nan
    text = export.features_to_geojson(export.to_features(events))
    assert "NaN" not in text
    json.loads(text)  # strict JSON
    assert export.event_feature(events[0])["properties"]["distance_km"] is None


# --------------------------------------------------------------------------- determinism and writing


def test_same_input_byte_identical(tmp_path, events):
    a = export.write_geojson(events, tmp_path / "a.geojson")
    shuffled = copy.deepcopy(events)
    random.Random(4).shuffle(shuffled)
    b = export.write_geojson(shuffled, tmp_path / "b.geojson")
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() == export.write(events, tmp_path / "c.geojson").read_bytes()


def test_features_are_ordered_by_date_then_id(events):
    ids = [f["properties"]["event_id"] for f in _by_kind(export.to_features(events), "event")]
    assert ids == ["ev-erbil", "ev-vague", "ev-balad"]


def test_geojson_file_is_utf8_without_escapes(tmp_path, events):
    text = export.write(events, tmp_path / "x.geojson").read_text("utf-8")
    assert "أربيل" in text  # readable, not \u escapes
    assert json.loads(text)["features"][0]["properties"]["place"] == "أربيل"


def test_existing_file_survives_a_failed_write(tmp_path, events):
    def failing():
        yield events[0]
        raise RuntimeError("stage failed")

    for name in ("out.geojson", "out.gpkg", "out.kml", "out.csv", "out.geojsons"):
        target = tmp_path / name
        target.write_bytes(b"previous")
        with pytest.raises(RuntimeError):
            export.write(failing(), target)
        assert target.read_bytes() == b"previous", name
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["out.geojson", "out.gpkg", "out.kml", "out.csv", "out.geojsons"]
    )  # no temporary left behind


def test_format_from_suffix_and_errors(tmp_path):
    assert export.format_for("a.GeoJSON") == "geojson"
    assert export.format_for("a.gpkg") == "gpkg"
    assert export.format_for("a.geojsons") == "geojsonseq"
    assert export.format_for("a.txt", "kml") == "kml"
    with pytest.raises(OutputError, match=r"a\.shp.*suffix"):
        export.format_for("a.shp")
    with pytest.raises(OutputError, match="unknown format 'shapefile'"):
        export.write([], tmp_path / "a.geojson", format="shapefile")


def test_empty_export_is_valid(tmp_path):
    fc = json.loads(export.write([], tmp_path / "e.geojson").read_text())
    assert fc == {"type": "FeatureCollection", "features": []}


def test_geojson_text_sequence(tmp_path, events):
    raw = export.write(events, tmp_path / "s.geojsons").read_bytes()
    records = raw.split(b"\x1e")
    assert records[0] == b""
    assert len(records) - 1 == len(export.to_features(events))
    for rec in records[1:]:
        assert rec.endswith(b"\n")
        assert json.loads(rec)["type"] == "Feature"


def test_split_by_geometry_type(tmp_path, events):
    paths = export.write_geojson_split(events, tmp_path / "out.geojson")
    assert [p.name for p in paths] == ["out_points.geojson", "out_lines.geojson", "out_polygons.geojson"]
    types = {}
    for p in paths:
        feats = json.loads(p.read_text())["features"]
        types[p.name] = {f["geometry"]["type"] for f in feats if f["geometry"]}
    assert types == {"out_points.geojson": {"Point"}, "out_lines.geojson": {"LineString"}, "out_polygons.geojson": {"Polygon"}}


# --------------------------------------------------------------------------- extract JSON


def test_events_to_json_keeps_provenance(events):
    data = export.events_to_json(events)
    json.dumps(data, ensure_ascii=False)  # serialisable as is
    balad = next(e for e in data if e["event_id"] == "ev-balad")
    assert balad["date"]["iso"] == "2021-03-15"
    assert balad["projectile_count"]["values"][1] == {"value": 7, "qualifier": "at least", "source": "Le Figaro"}
    impact = next(f for f in balad["facts"] if f["kind"] == "impact")
    assert impact["value"]["name"] == "al-Bou Hassan" and impact["value"]["share"] == 5
    assert impact["value"]["place"]["lat"] == pytest.approx(33.9212345678)
    assert impact["according_to"] == "a security official"
    assert impact["doc_id"] == "d1" and impact["source"] == "AFP"
    assert impact["sentence"].startswith("five others")
    assert impact["end"] - impact["start"] == len(impact["sentence"])
    killed = next(f for f in balad["facts"] if f["kind"] == "killed")
    assert killed["value"] == 0 and killed["source"] == "Le Figaro"
    assert balad["injured"]["best"] is None and balad["injured"]["text"] == "unknown"


# --------------------------------------------------------------------------- CSV / KML / GeoPackage in Python


def test_csv_acled_columns(tmp_path, events):
    path = export.write(events, tmp_path / "e.csv")
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3
    for col in ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "admin1",
                "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
                "launch_lat", "launch_lon", "distance_km", "azimuth_deg", "within_range", "projectile_count", "event_id"):
        assert col in rows[0]
    by_id = {r["event_id"]: r for r in rows}
    balad, vague, erbil = by_id["ev-balad"], by_id["ev-vague"], by_id["ev-erbil"]
    assert balad["fatalities"] == "0" and erbil["fatalities"] == ""  # unknown stays empty
    assert (balad["time_precision"], vague["time_precision"], erbil["time_precision"]) == ("1", "2", "3")
    assert (balad["geo_precision"], erbil["geo_precision"], vague["geo_precision"]) == ("1", "1", "")
    assert balad["sub_event_type"] == "Shelling/artillery/missile attack"
    assert vague["sub_event_type"] == "Air/drone strike"
    assert balad["event_type"] == "Explosions/Remote violence" and balad["attack_type"] == "rocket attack"
    assert (float(balad["latitude"]), float(balad["longitude"])) == (33.940278, 44.361589)
    assert erbil["actor1"] == "سرايا أولياء الدم"
    assert balad["within_range"] == "true"
    # Article text cannot become a spreadsheet formula.
    assert not balad["notes"].startswith("=")
    events[0].summary = "=HYPERLINK(1)"
    with open(export.write(events, tmp_path / "f.csv"), newline="", encoding="utf-8") as fh:
        notes = {r["event_id"]: r["notes"] for r in csv.DictReader(fh)}
    assert notes["ev-balad"] == "'=HYPERLINK(1)"


KML = "{http://www.opengis.net/kml/2.2}"


def test_kml_folders_times_and_escaping(tmp_path, events):
    path = export.write(events, tmp_path / "e.kml")
    root = ET.parse(path).getroot()
    folders = root.findall(f"{KML}Document/{KML}Folder")
    names = [f.findtext(f"{KML}name") for f in folders]
    assert names == ["Events", "Impact sites", "Launch sites", "Trajectories", "Launch areas"]
    counts = [len(f.findall(f"{KML}Placemark")) for f in folders]
    assert counts == [3, 2, 1, 2, 1]
    marks = {pm.get("id"): pm for pm in root.iter(f"{KML}Placemark")}
    balad = marks["ev-balad"]
    assert balad.findtext(f"{KML}TimeStamp/{KML}when") == "2021-03-15"
    assert marks["ev-vague"].findtext(f"{KML}TimeSpan/{KML}begin") == "2021-03-01"
    assert marks["ev-vague"].findtext(f"{KML}TimeSpan/{KML}end") == "2021-03-07"
    assert balad.findtext(f"{KML}Point/{KML}coordinates") == "44.361589,33.940278"
    # The balloon is HTML: article text appears escaped in it, never as markup.
    desc = balad.findtext(f"{KML}description")
    assert "<script>" not in desc and "&lt;script&gt;" in desc
    assert "<b>Killed:</b> 0" in desc
    assert "Injured" not in desc  # unknown values are left out of the popup
    traj = marks["ev-balad_trajectory_1"]  # ids are XML names
    assert traj.findtext(f"{KML}styleUrl") == "#trajectory"
    assert len(traj.findtext(f"{KML}LineString/{KML}coordinates").split()) > 2
    data = {d.get("name"): d.text for d in balad.iter(f"{KML}SimpleData")}
    assert data["projectile_count"] == "7" and data["killed"] == "0" and "injured" not in data


def test_gpkg_layers_read_back_with_geopandas(tmp_path, events):
    import pyogrio

    path = export.write(events, tmp_path / "e.gpkg")
    layers = dict(pyogrio.list_layers(path))
    assert layers == {"events": "Point", "impacts": "Point", "launches": "Point", "trajectories": "LineString",
                      "launch_areas": "Polygon"}
    gdf = pyogrio.read_dataframe(path, layer="events")
    assert len(gdf) == 3
    balad = gdf[gdf["event_id"] == "ev-balad"].iloc[0]
    assert balad["killed"] == 0 and balad["projectile_count"] == 7
    assert gdf[gdf["event_id"] == "ev-balad"]["injured"].isna().all()
    assert balad.geometry.x == pytest.approx(44.361589, abs=1e-9)


@pytest.mark.skipif(importlib.util.find_spec("pyarrow") is not None, reason="pyarrow is installed")
def test_parquet_without_pyarrow_says_what_to_install(tmp_path, events):
    with pytest.raises(OutputError, match="pip install pyarrow"):
        export.write(events, tmp_path / "e.parquet")


@pytest.mark.skipif(importlib.util.find_spec("pyarrow") is None, reason="GeoParquet needs pyarrow (optional)")
def test_parquet_reads_back_with_geopandas(tmp_path, events):
    import geopandas as gpd

    gdf = gpd.read_parquet(export.write(events, tmp_path / "e.parquet"))
    assert len(gdf) == len(export.to_features(events))
    assert set(gdf["kind"]) == set(export.KINDS)


def test_shared_factories_export_to_every_format(tmp_path):
    factories = pytest.importorskip("factories", reason="tests/factories.py is not there yet")
    events = factories.sample_events() + [factories.hostile_event()]
    feats = export.to_features(events)
    assert len(_by_kind(feats, "event")) == len(events)
    for f in feats:
        if f["geometry"]:
            assert shape(f["geometry"]).is_valid, f["id"]
    for suffix in ("geojson", "gpkg", "kml", "csv", "geojsons"):
        assert export.write(events, tmp_path / f"all.{suffix}").stat().st_size > 0
    root = ET.parse(tmp_path / "all.kml").getroot()
    for pm in root.iter(f"{KML}Placemark"):
        desc = pm.findtext(f"{KML}description") or ""
        assert "<script" not in desc and "<img" not in desc and "<svg" not in desc and "<a " not in desc


def test_kml_survives_control_characters(tmp_path, events):
    events[0].summary = "page\x0cbreak\x00 and bell\x07"
    root = ET.parse(export.write(events, tmp_path / "c.kml")).getroot()  # still well-formed XML
    balad = next(pm for pm in root.iter(f"{KML}Placemark") if pm.get("id") == "ev-balad")
    assert "pagebreak and bell" in balad.findtext(f"{KML}description")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=0, max_size=40), number=st.one_of(st.none(), st.integers(0, 10_000)))
def test_any_article_text_gives_readable_files(tmp_path, text, number):
    ev = make_test_event(summary=text, place_name=text, claimed_by=[text], weapon=text or None)
    ev.place.name = text
    ev.count = _figure((number, None, text)) if number is not None else Figure()
    fc = json.loads(export.features_to_geojson(export.to_features([ev])))
    props = fc["features"][0]["properties"]
    assert props["projectile_count"] == number
    assert props["summary"] == (text.strip() or None)
    kml = export.write([ev], tmp_path / "h.kml")
    ET.parse(kml)  # well-formed whatever the text
    with open(export.write([ev], tmp_path / "h.csv"), newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 1


# --------------------------------------------------------------------------- antimeridian (RFC 7946 section 3.1.9)


def _circle(lat, lon, radius_km, n=72, clockwise=True):
    """(lon, lat) ring around a point, longitudes as pyproj gives them (in [-180, 180])."""
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    azimuths = [i * 360.0 / n for i in range(n)]
    if not clockwise:
        azimuths = azimuths[::-1]
    lons, lats, _ = geod.fwd([lon] * n, [lat] * n, azimuths, [radius_km * 1000.0] * n)
    ring = [[x, y] for x, y in zip(lons, lats)]
    return ring + [ring[0]]


def make_antimeridian_event(event_id="ev-fiji") -> Event:
    """A launch in Fiji west of 180 degrees, impacts east of it, and an annulus launch area around
    a point at lon 179.5: every geometry of it crosses the antimeridian."""
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    launch_lat, launch_lon = -17.0, 179.5
    target = _place("Taveuni", -16.85, -179.95, precision="town", country="FJ")
    wrapped = _place("Rabi", -16.5, 180.5, precision="town", country="FJ")  # as some tools write -179.5
    trajs = []
    for imp in (target, wrapped):
        mids = geod.npts(launch_lon, launch_lat, imp.lon, imp.lat, 15)
        coords = [(launch_lat, launch_lon)] + [(la, lo) for lo, la in mids] + [(imp.lat, imp.lon)]
        az, _, dist = geod.inv(launch_lon, launch_lat, imp.lon, imp.lat)
        trajs.append(Trajectory(launch_lat, launch_lon, imp.lat, imp.lon, dist / 1000, az % 360, coords, "Fajr-5", 75.0,
                                True, "within range"))
    # The reverse direction too: a line running west across 180.
    t = trajs[0]
    trajs.append(Trajectory(t.impact_lat, t.impact_lon, t.launch_lat, t.launch_lon, t.distance_km, 0.0, t.coords[::-1]))
    annulus = {"type": "Polygon", "coordinates": [_circle(launch_lat, launch_lon, 70.0),
                                                   _circle(launch_lat, launch_lon, 25.0, clockwise=False)]}
    return Event(
        event_id=event_id,
        event_type="rocket attack",
        frames=[],
        place_name="Taveuni",
        place=target,
        date=DateSpan(dt.date(2021, 4, 2), dt.date(2021, 4, 2), "day", "2 April"),
        weapon="Fajr-5",
        impacts=[Impact("Taveuni", target, 3), Impact("Rabi", wrapped, 1)],
        launch=Launch("Vanua Levu", None, launch_lat, launch_lon, True, 40.0, "west", annulus, "range annulus"),
        trajectories=trajs,
        sources=[Source("d9", "Fiji Times", "en")],
    )


def _segments(geometry):
    """Every segment (pair of consecutive vertices) of a GeoJSON line or polygon geometry."""
    gtype, c = geometry["type"], geometry["coordinates"]
    lines = {"LineString": [c], "MultiLineString": c, "Polygon": c,
             "MultiPolygon": [r for p in c for r in p]}.get(gtype, [])
    for line in lines:
        yield from zip(line, line[1:])


def test_lines_crossing_the_antimeridian_are_split():
    feats = export.to_features([make_antimeridian_event()])
    trajs = _by_kind(feats, "trajectory")
    assert [t["geometry"]["type"] for t in trajs] == ["MultiLineString"] * 3
    for t in trajs:
        geom = shape(t["geometry"])
        assert geom.is_valid and len(geom.geoms) == 2
        for a, b in _segments(t["geometry"]):
            assert abs(a[0] - b[0]) <= 180
        first, second = t["geometry"]["coordinates"]
        # The parts meet on the antimeridian at the same latitude, one on each side.
        assert abs(first[-1][0]) == abs(second[0][0]) == 180 and first[-1][0] == -second[0][0]
        assert first[-1][1] == second[0][1]
        p = t["properties"]
        assert first[0] == [p["launch_lon"], p["launch_lat"]] and second[-1] == [p["impact_lon"], p["impact_lat"]]
    east, west = trajs[0]["geometry"]["coordinates"], trajs[2]["geometry"]["coordinates"]
    assert east[0][-1][0] == 180 and west[0][-1][0] == -180  # eastward leaves at +180, westward at -180
    # A longitude beyond 180 comes out wrapped.
    rabi = next(f for f in _by_kind(feats, "impact") if f["properties"]["place"] == "Rabi")
    assert rabi["geometry"]["coordinates"] == [-179.5, -16.5]
    assert trajs[1]["properties"]["impact_lon"] == -179.5


def test_polygons_crossing_the_antimeridian_are_split():
    from shapely.geometry import Polygon

    ev = make_antimeridian_event()
    (area,) = _by_kind(export.to_features([ev]), "launch_area")
    geom = shape(area["geometry"])
    assert area["geometry"]["type"] == "MultiPolygon" and geom.is_valid and len(geom.geoms) == 2
    for part in geom.geoms:
        assert part.exterior.is_ccw and all(not hole.is_ccw for hole in part.interiors)
        minx, _, maxx, _ = part.bounds
        assert -180 <= minx and maxx <= 180
    for a, b in _segments(area["geometry"]):
        assert abs(a[0] - b[0]) <= 180
    # Nothing lost, nothing added: the parts, moved back together, cover the annulus.
    outer, inner = ev.launch.area["coordinates"]
    unwrap = lambda ring: [(x + 360 if x < 0 else x, y) for x, y in ring]  # noqa: E731
    whole = Polygon(unwrap(outer), [unwrap(inner)])
    assert geom.area == pytest.approx(whole.area, rel=1e-4)
    assert sum(len(p.interiors) for p in geom.geoms) == 1  # the hole (25 km) lies west of 180 only
    # The same area given with unwrapped longitudes (179 .. 181) gives the same parts.
    ev.launch.area = {"type": "Polygon", "coordinates": [unwrap(outer), unwrap(inner)]}
    (again,) = _by_kind(export.to_features([ev]), "launch_area")
    assert shape(again["geometry"]).equals(geom)


def test_antimeridian_event_in_every_format(tmp_path):
    import pyogrio

    ev = make_antimeridian_event()
    gpkg = export.write([ev], tmp_path / "f.gpkg")
    layers = dict(pyogrio.list_layers(gpkg))
    assert layers["trajectories"] == "MultiLineString" and layers["launch_areas"] == "MultiPolygon"
    lines = pyogrio.read_dataframe(gpkg, layer="trajectories")
    assert all(len(g.geoms) == 2 for g in lines.geometry)
    root = ET.parse(export.write([ev], tmp_path / "f.kml")).getroot()
    traj = next(pm for pm in root.iter(f"{KML}Placemark") if pm.get("id") == "ev-fiji_trajectory_1")
    assert len(traj.findall(f"{KML}MultiGeometry/{KML}LineString")) == 2
    area = next(pm for pm in root.iter(f"{KML}Placemark") if pm.get("id") == "ev-fiji_launch_area")
    assert len(area.findall(f"{KML}MultiGeometry/{KML}Polygon")) == 2


# --------------------------------------------------------------------------- same input, same bytes, every format

_WRITE_ALL = """
import copy, random, sys
sys.path.insert(0, sys.argv[1])
from test_export import make_antimeridian_event, make_test_events
from geo_events import export
events = make_test_events() + [make_antimeridian_event()]
if sys.argv[3] == "shuffle":
    events = copy.deepcopy(events)
    random.Random(7).shuffle(events)
for name in sys.argv[4:]:
    export.write(events, sys.argv[2] + "/" + name)
"""


def test_every_format_is_byte_identical_across_runs(tmp_path):
    import subprocess
    import sys
    import time
    from pathlib import Path

    names = ["e.geojson", "e.geojsons", "e.gpkg", "e.kml", "e.csv"]
    if importlib.util.find_spec("pyarrow") is not None:
        names.append("e.parquet")
    tests = str(Path(__file__).resolve().parent)
    for run, order in (("a", "keep"), ("b", "shuffle")):
        (tmp_path / run).mkdir()
        subprocess.run([sys.executable, "-c", _WRITE_ALL, tests, str(tmp_path / run), order, *names], check=True,
                       timeout=120)
        if run == "a":
            time.sleep(1.1)  # the second run sees another clock second (GeoPackage stores timestamps)
    written = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert written == sorted(names + ["e.csvt"])
    for name in written:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_gpkg_timestamps_come_from_the_data(tmp_path, events):
    import sqlite3

    path = export.write(events, tmp_path / "e.gpkg")
    con = sqlite3.connect(path)
    try:
        changes = dict(con.execute("SELECT table_name, last_change FROM gpkg_contents"))
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()
    assert set(changes) == set(export.LAYERS.values())
    assert set(changes.values()) == {"2021-03-15T00:00:00.000Z"}  # the latest event date, not the clock


def test_write_features_shares_one_build(tmp_path, events):
    feats = export.to_features(events)
    for name in ("s.geojson", "s.geojsons", "s.gpkg", "s.kml", "s.csv"):
        shared = export.write_features(feats, tmp_path / "shared" / name)
        alone = export.write(events, tmp_path / "alone" / name)
        assert shared.read_bytes() == alone.read_bytes(), name


def test_csv_types_sidecar(tmp_path, events):
    path = export.write(events, tmp_path / "e.csv")
    types = next(csv.reader((tmp_path / "e.csvt").read_text("utf-8").splitlines()))
    header = next(csv.reader(path.read_text("utf-8").splitlines()))
    assert len(types) == len(header)
    column = dict(zip(header, types))
    assert column["fatalities"] == column["projectile_count"] == "Integer"
    assert column["event_date"] == "Date" and column["latitude"] == column["distance_km"] == "Real"


# --------------------------------------------------------------------------- GeoParquet


@pytest.mark.skipif(importlib.util.find_spec("pyarrow") is None, reason="GeoParquet needs pyarrow (optional)")
def test_geoparquet_metadata_and_types(tmp_path, events):
    import pyarrow as pa
    import pyarrow.parquet as pq
    import shapely

    events = events + [make_antimeridian_event()]
    feats = export.to_features(events)
    table = pq.read_table(export.write(events, tmp_path / "e.parquet"))
    geo = json.loads(table.schema.metadata[b"geo"])
    assert geo["version"] in ("1.0.0", "1.1.0") and geo["primary_column"] == "geometry"
    col = geo["columns"]["geometry"]
    assert col["encoding"] == "WKB"
    assert col["geometry_types"] == ["LineString", "MultiLineString", "MultiPolygon", "Point", "Polygon"]
    assert col["crs"]["id"] == {"authority": "OGC", "code": "CRS84"}  # WGS 84, longitude first
    minx, miny, maxx, maxy = col["bbox"]
    assert -180 <= minx < maxx <= 180 and miny == pytest.approx(-18.1, abs=0.5) and maxy == pytest.approx(36.19)
    schema = table.schema
    assert schema.field("geometry").type == pa.binary()
    assert schema.field("projectile_count").type == pa.int32() and schema.field("event_epoch").type == pa.int64()
    assert schema.field("event_date").type == pa.date32()
    assert schema.field("distance_km").type == pa.float64() and schema.field("within_range").type == pa.bool_()
    rows = table.to_pylist()
    assert len(rows) == len(feats)
    for row, f in zip(rows, feats):
        assert row["kind"] == f["properties"]["kind"] and row["event_id"] == f["properties"]["event_id"]
        if f["geometry"] is None:
            assert row["geometry"] is None
        else:
            assert shapely.from_wkb(row["geometry"]).equals_exact(shape(f["geometry"]), 1e-9)
    balad = next(r for r in rows if r["event_id"] == "ev-balad" and r["kind"] == "event")
    assert balad["killed"] == 0 and balad["injured"] is None and balad["event_date"] == dt.date(2021, 3, 15)


@pytest.mark.skipif(importlib.util.find_spec("pyarrow") is None, reason="GeoParquet needs pyarrow (optional)")
def test_geoparquet_read_by_gdal(tmp_path, events):
    import shutil
    import subprocess

    if shutil.which("ogrinfo") is None:
        pytest.skip("GDAL's ogrinfo is not installed")
    formats = subprocess.run(["ogrinfo", "--formats"], capture_output=True, text=True, check=True).stdout
    if "parquet" not in formats.lower():
        pytest.skip("this GDAL has no (Geo)Parquet driver")
    path = export.write(events, tmp_path / "e.parquet")
    out = subprocess.run(["ogrinfo", "-ro", "-so", "-al", str(path)], capture_output=True, text=True, check=True).stdout
    assert f"Feature Count: {len(export.to_features(events))}" in out
    assert "projectile_count: Integer" in out and "event_date: Date" in out


def test_streamed_geojson_is_the_collection_text(tmp_path, events, monkeypatch):
    # Large exports are written in chunks; the bytes are those of features_to_geojson.
    monkeypatch.setattr(export, "_CHUNK", 2)
    events = events + [make_antimeridian_event()]
    feats = export.to_features(events)
    assert len(feats) > 2 * export._CHUNK
    text = export.write(events, tmp_path / "c.geojson").read_text("utf-8")
    assert text == export.features_to_geojson(feats)
    assert json.loads(text)["features"] == json.loads(json.dumps(feats))
    seq = export.write(events, tmp_path / "c.geojsons").read_text("utf-8")
    assert seq == "".join("\x1e" + json.dumps(f, ensure_ascii=False, separators=(",", ":")) + "\n" for f in feats)
