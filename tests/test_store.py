"""The event store: a GeoPackage read by GDAL, events read back equal, one transaction per ingest."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import factories
from geo_events import export, store
from geo_events.errors import InputError
from geo_events.reconcile import merge_events

needs_ogrinfo = pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL's ogrinfo is not installed")


def layer_counts(path: Path) -> dict[str, int]:
    out = subprocess.run(["ogrinfo", "-ro", "-so", "-al", str(path)], capture_output=True, text=True, check=True).stdout
    names = re.findall(r"^Layer name: (\S+)", out, re.M)
    counts = [int(c) for c in re.findall(r"^Feature Count: (\d+)", out, re.M)]
    return dict(zip(names, counts))


@needs_ogrinfo
def test_store_is_a_geopackage_gdal_reads_and_events_come_back_equal(tmp_path):
    path = tmp_path / "events.gpkg"
    events = factories.sample_events()
    summary = store.ingest(path, events)
    assert (summary.new, summary.merged, summary.total) == (7, 0, 7)
    counts = layer_counts(path)
    assert counts["events"] == 7 and counts["geo_events_store"] == 7
    assert counts["impacts"] == 3 and counts["launches"] == 3 and counts["trajectories"] == 3
    assert counts["launch_areas"] == 1
    back = {e.event_id: e for e in store.read_events(path)}
    assert back == {e.event_id: e for e in events}  # lossless: every fact, figure value, polygon


def test_ingesting_the_same_events_again_changes_nothing(tmp_path):
    path = tmp_path / "events.gpkg"
    store.ingest(path, factories.sample_events())
    before = path.read_bytes()
    summary = store.ingest(path, factories.sample_events())
    assert (summary.new, summary.merged, summary.total, summary.changed) == (0, 7, 7, False)
    assert path.read_bytes() == before
    assert "0 new, 7 merged, total 7 events" in str(summary)


def test_a_second_source_merges_into_the_stored_incident(tmp_path):
    path = tmp_path / "events.gpkg"
    main = factories.make_event()
    store.ingest(path, factories.sample_events())
    other = factories._simple_event("x", "rocket attack", factories.make_place(), main.date.earliest, count=8,
                                    source="Reuters")
    summary = store.ingest(path, [other])
    assert (summary.new, summary.merged, summary.total) == (0, 1, 7)
    stored = next(e for e in store.read_events(path) if e.event_id == main.event_id)
    assert [s.label for s in stored.sources] == ["AFP", "Atalayar", "Reuters"]
    assert (stored.count.low, stored.count.best, stored.count.high) == (7, 7, 8)


def test_a_plain_geopackage_is_not_a_store_and_is_left_alone(tmp_path):
    plain = export.write(factories.sample_events(), tmp_path / "plain.gpkg")
    before = plain.read_bytes()
    with pytest.raises(InputError, match="plain.gpkg"):
        store.open_store(plain)
    with pytest.raises(InputError, match="plain.gpkg"):
        store.ingest(plain, [factories.make_event()])
    assert plain.read_bytes() == before
    with pytest.raises(InputError, match="no such store"):
        store.open_store(tmp_path / "missing.gpkg")


def test_select_slices_by_dates_box_and_type():
    events = factories.sample_events()
    ids = lambda evs: sorted(e.event_id for e in evs)  # noqa: E731
    assert ids(store.select(events, since=factories.dt.date(2021, 3, 4))) == [
        "ev-20210305-kirkuk", "ev-20210310-anbar", "ev-20210315-balad"]
    assert ids(store.select(events, until=factories.dt.date(2021, 2, 28))) == [
        "ev-20210215-erbil", "ev-20210222-green-zone"]
    assert ids(store.select(events, bbox=(43.5, 33.0, 45.0, 34.5))) == ["ev-20210222-green-zone", "ev-20210315-balad"]
    assert ids(store.select(events, types=["Drone attack", "IED attack"])) == ["ev-20210305-kirkuk", "ev-20210310-anbar"]
    # A box across the antimeridian keeps both sides, and nothing here.
    assert store.select(events, bbox=(170, -10, -170, 10)) == []


def _many_events(n: int) -> list:
    out = []
    for i in range(n):
        lat, lon = 30.0 + (i % 70) * 0.1, 38.0 + (i // 70) * 0.1
        place = factories.make_place(f"Village {i}", lat, lon, precision="town", record_id=f"geonames:{i}")
        day = factories.dt.date(2020, 1, 1) + factories.dt.timedelta(days=i % 400)
        out.append(factories._simple_event(f"big-{i}", "rocket attack", place, day, count=1 + i % 9,
                                           source=f"Outlet {i % 13}"))
    return out


def test_a_killed_ingest_leaves_the_store_as_it_was(tmp_path):
    path = tmp_path / "events.gpkg"
    store.ingest(path, factories.sample_events())
    before = path.read_bytes()
    ids = sorted(store.open_store(path).event_ids())
    big = export.write(_many_events(2500), tmp_path / "big.geojson")
    code = "import sys; from geo_events.cli.main import cli; sys.exit(cli())"
    killed = False
    for _attempt in range(3):
        proc = subprocess.Popen([sys.executable, "-c", code, "ingest", str(big), "--store", str(path)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and proc.poll() is None:
                temps = list(tmp_path.glob(f".{path.name}.ingest-*"))
                if temps:
                    # Freeze it, make sure the new store is still only a temporary file, then kill -9.
                    os.kill(proc.pid, signal.SIGSTOP)
                    if any(t.exists() for t in temps):
                        os.kill(proc.pid, signal.SIGKILL)
                        killed = True
                    else:
                        os.kill(proc.pid, signal.SIGCONT)
                    break
                time.sleep(0.002)
        finally:
            if proc.poll() is None and not killed:
                proc.kill()
            proc.wait()
        if killed:
            break
        path.write_bytes(before)  # the ingest won the race: put the store back and try again
    assert killed, "never caught the ingest while it was writing"
    assert proc.returncode == -signal.SIGKILL
    assert path.read_bytes() == before
    with store.open_store(path) as s:
        assert sorted(s.event_ids()) == ids
    # The next ingest clears the leftover temporary file and works.
    summary = store.ingest(path, [factories.make_event()])
    assert summary.total == len(ids)
    assert not list(tmp_path.glob(f"*{path.name}.ingest-*"))


def test_merge_events_of_the_store_with_the_same_events_is_stable(tmp_path):
    path = tmp_path / "events.gpkg"
    store.ingest(path, factories.sample_events())
    stored = store.read_events(path)
    assert merge_events(stored, factories.sample_events()) == merge_events(stored, [])
