"""Existing events as input: geo-events GeoJSON/CSV/GeoPackage/JSON and ACLED-style CSV read back."""
from __future__ import annotations

import datetime as dt
import json

import pytest

import factories
from geo_events import export
from geo_events.errors import InputError
from geo_events.load import event_from_dict, event_to_dict, is_event_file, load_events
from geo_events.reconcile import merge_events


def _event_props(path):
    data = json.loads(path.read_text())
    return {f["properties"]["event_id"]: f for f in data["features"] if f["properties"]["kind"] == "event"}


def test_lossless_record_gives_back_an_equal_event():
    for ev in factories.sample_events() + [factories.hostile_event()]:
        back = event_from_dict(json.loads(json.dumps(event_to_dict(ev))))
        assert back == ev
    # Shared facts stay shared: the figure's fact is the frame's fact, not a copy.
    back = event_from_dict(event_to_dict(factories.make_event()))
    assert back.count.values[0][3] is back.frames[0].facts[1]


def test_geojson_export_reads_back_with_the_same_features(tmp_path):
    events = factories.sample_events()
    first = export.write(events, tmp_path / "a.geojson")
    loaded = load_events(first)
    assert sorted(e.event_id for e in loaded) == sorted(e.event_id for e in events)
    again = export.write(loaded, tmp_path / "b.geojson")
    a, b = json.loads(first.read_text()), json.loads(again.read_text())
    assert len(a["features"]) == len(b["features"])
    pa, pb = _event_props(first), _event_props(again)
    for eid, fa in pa.items():
        assert fb_equal(fa, pb[eid])
    kinds = lambda d: sorted(f["properties"]["kind"] for f in d["features"])  # noqa: E731
    assert kinds(a) == kinds(b)


def fb_equal(fa, fb):
    assert fa["geometry"] == fb["geometry"]
    assert fa["properties"] == fb["properties"], {k: (v, fb["properties"][k]) for k, v in fa["properties"].items()
                                                  if fb["properties"][k] != v}
    return True


def test_geojson_text_sequence_and_geopackage_read_back(tmp_path):
    events = factories.sample_events()
    ids = sorted(e.event_id for e in events)
    for name in ("e.geojsons", "e.gpkg"):
        path = export.write(events, tmp_path / name)
        assert is_event_file(path)
        loaded = load_events(path)
        assert sorted(e.event_id for e in loaded) == ids
        main = next(e for e in loaded if e.event_id == "ev-20210315-balad")
        assert main.date.earliest == dt.date(2021, 3, 15) and main.injured.high == 2
        assert len(main.impacts) == 2 and main.launch.area is not None and len(main.trajectories) == 1
        assert {s.label for s in main.sources} == {"AFP", "Atalayar"}


def test_geo_events_csv_reads_back(tmp_path):
    events = factories.sample_events()
    path = export.write(events, tmp_path / "e.csv")
    assert is_event_file(path)
    loaded = {e.event_id: e for e in load_events(path)}
    assert set(loaded) == {e.event_id for e in events}
    ain = loaded["ev-20210303-ain-al-asad"]
    assert ain.date.earliest == dt.date(2021, 3, 3) and ain.date.precision == "day"
    assert ain.killed.best == 1 and ain.count.best == 10 and ain.event_type == "rocket attack"
    assert abs(ain.place.lat - 33.7856) < 1e-6 and abs(ain.place.lon - 42.4412) < 1e-6
    assert loaded["ev-20210215-erbil"].claimed_by == ["Saraya Awliya al-Dam"]
    assert loaded["ev-20210301-unresolved"].place is None


ACLED = """event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities
IRQ1001,15 March 2021,2021,1,Explosions/Remote violence,Shelling/artillery/missile attack,Unidentified Armed Group (Iraq),,Salah al-Din,Balad Airbase,33.9400,44.3600,1,Xinhua; Shafaq News,"On 15 March 2021, seven Katyusha rockets hit Balad air base.",0
IRQ1002,2021-02-15,2021,2,Explosions/Remote violence,Air/drone strike,Military Forces of the United States,,Anbar,Al Qaim,34.3700,41.0900,2,Reuters,"Airstrike near the border.",22
IRQ1003,3 March 2021,2021,3,Explosions/Remote violence,Air/drone strike,Unidentified Armed Group (Iraq),,Erbil,Erbil,36.19,44.01,3,Kurdistan 24,"A drone carrying explosives struck near the airport.",1
"""


def test_acled_rows_load_with_dates_fatalities_and_coordinates(tmp_path):
    path = tmp_path / "acled.csv"
    path.write_text(ACLED, encoding="utf-8")
    assert is_event_file(path)
    evs = {e.event_id: e for e in load_events(path)}
    balad, qaim, erbil = evs["IRQ1001"], evs["IRQ1002"], evs["IRQ1003"]
    assert balad.date.earliest == balad.date.latest == dt.date(2021, 3, 15) and balad.date.precision == "day"
    assert balad.killed.best == 0 and balad.event_type == "rocket attack"
    assert (balad.place.lat, balad.place.lon) == (33.94, 44.36) and balad.place.admin1 == "Salah al-Din"
    assert [s.label for s in balad.sources] == ["Xinhua", "Shafaq News"]
    assert balad.attacker == ["Unidentified Armed Group (Iraq)"]
    assert qaim.killed.best == 22 and qaim.event_type == "airstrike" and qaim.date.precision == "week"
    assert qaim.date.earliest <= dt.date(2021, 2, 15) <= qaim.date.latest
    assert qaim.place.precision == "district"
    assert erbil.event_type == "drone attack" and erbil.date.precision == "month"
    assert (erbil.date.earliest, erbil.date.latest) == (dt.date(2021, 3, 1), dt.date(2021, 3, 31))


def test_acled_events_merge_with_the_same_incident_from_articles(tmp_path):
    path = tmp_path / "acled.csv"
    path.write_text(ACLED, encoding="utf-8")
    acled = load_events(path)
    article = factories.make_event()  # Balad air base, 15 March 2021, from two articles
    merged = merge_events(acled, [article])
    assert len(merged) == 3
    balad = next(e for e in merged if e.event_id == "IRQ1001")
    assert {s.label for s in balad.sources} == {"Xinhua", "Shafaq News", "AFP", "Atalayar"}
    assert balad.place.precision == "site"  # the article's air base is more precise than ACLED's town
    assert merge_events(merged, [article]) == merged


def test_extract_json_reads_back(tmp_path):
    events = factories.sample_events()
    path = tmp_path / "events.json"
    path.write_text(json.dumps(export.events_to_json(events)), encoding="utf-8")
    assert is_event_file(path)
    loaded = {e.event_id: e for e in load_events(path)}
    main = loaded["ev-20210315-balad"]
    original = events[0]
    assert {(v[0], v[2]) for v in main.injured.values} == {(v[0], v[2]) for v in original.injured.values}
    assert (main.injured.low, main.injured.best, main.injured.high) == (1, 2, 2)
    assert main.injured.values[0][3].evidence.sentence  # linked to its fact, not a blank one
    # Sentences come back with the facts, so the popup can still quote them.
    assert any("Seven rockets" in f.evidence.sentence for f in main.facts)


def test_sniffing_tells_events_from_articles(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Seven rockets hit Balad air base on Monday.", encoding="utf-8")
    table = tmp_path / "t.csv"
    table.write_text("name,value\nx,1\n", encoding="utf-8")
    sidecar = tmp_path / "a.meta.json"
    sidecar.write_text('{"published": "2021-03-16"}', encoding="utf-8")
    fc = tmp_path / "fc.json"
    fc.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    assert not is_event_file(article) and not is_event_file(table) and not is_event_file(sidecar)
    assert not is_event_file(tmp_path)
    assert is_event_file(fc) and load_events(fc) == []


@pytest.mark.parametrize("name, content, words", [
    ("bad.geojson", '{"type": "FeatureCollection", "features": [\n{"type": "Feature",}', ["not valid JSON", "line 2"]),
    ("bad.csv", "event_date,location\n2021-03-15,Balad\n", ["latitude", "longitude"]),
    ("row.csv", "event_date,latitude,longitude\n2021-03-15,33.9,44.3\n2021-03-16,abc,44.3\n", ["line 3", "abc"]),
    ("date.csv", "event_date,latitude,longitude\nyesterday,33.9,44.3\n", ["line 2", "yesterday"]),
    ("far.csv", "event_date,latitude,longitude\n2021-03-15,133.9,44.3\n", ["line 2", "out of range"]),
    ("list.json", '[{"event_id": "x", "date": {"earliest": "2021-13-01", "latest": "x"}}]', ["event 1"]),
    ("point.geojson", '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": '
                      '{"type": "Point", "coordinates": [44]}, "properties": {"kind": "event"}}]}', ["feature 1"]),
])
def test_bad_files_raise_one_line_naming_the_file(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_events(path)
    msg = str(info.value)
    assert msg.startswith(str(path)) and "\n" not in msg
    for w in words:
        assert w in msg


def test_an_export_split_at_the_antimeridian_loads_back(tmp_path):
    from geo_events import export
    from geo_events.load import load_events
    from tests.test_export import make_antimeridian_event

    path = tmp_path / "fiji.geojson"
    export.write([make_antimeridian_event()], path)
    (ev,) = load_events(path)
    assert ev.event_id == "ev-fiji" and ev.trajectories
    assert all(len(t.coords) >= 2 for t in ev.trajectories)
