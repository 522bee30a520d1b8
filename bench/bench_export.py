"""Export time and file size per format for many synthetic events.

Usage::

    python bench/bench_export.py            # 100,000 events
    python bench/bench_export.py -n 10000 --formats geojson,gpkg

Each event has a point, two impact sites, an estimated launch with its launch area and
two 17-vertex trajectories, so 100,000 events make 700,000 features.

Columns: ``write`` is ``export.write(events, path)`` end to end (what ``geo-events export``
costs); ``from features`` is ``export.write_features(features, path)``, the cost of one more
format once :func:`export.to_features` has run (an exporter writing several formats pays
``to_features`` once).  CPU seconds are printed beside wall seconds because on a shared
machine the wall clock mostly measures the neighbours.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import math
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from geo_events import export
from geo_events.models import DateSpan, Event, Figure, Impact, Launch, Place, Source, Trajectory

SUFFIXES = {"geojson": "geojson", "geojsonseq": "geojsons", "gpkg": "gpkg", "kml": "kml", "csv": "csv",
            "parquet": "parquet"}


def synthetic_events(n: int, seed: int = 1) -> list[Event]:
    rng = random.Random(seed)
    start = dt.date(2019, 1, 1)
    types = ["rocket attack", "drone attack", "missile attack", "mortar attack"]
    out = []
    for i in range(n):
        lat, lon = rng.uniform(29.0, 37.0), rng.uniform(39.0, 48.0)
        day = start + dt.timedelta(days=rng.randrange(1500))
        target = Place(f"Place {i}", lat, lon, "town", "town", 2.0, rng.random(), "geonames", f"geonames:{i}", "IQ",
                       "Governorate")
        other = Place(f"Village {i}", lat + 0.01, lon - 0.01, "village", "town", 2.0, 0.8, "geonames", f"geonames:v{i}")
        llat, llon = lat + rng.uniform(-0.3, 0.3), lon + rng.uniform(0.05, 0.3)
        trajs = []
        for imp in (target, other):
            coords = [(llat + (imp.lat - llat) * k / 16, llon + (imp.lon - llon) * k / 16) for k in range(17)]
            dist = math.hypot((imp.lat - llat) * 111, (imp.lon - llon) * 93)
            trajs.append(Trajectory(llat, llon, imp.lat, imp.lon, dist, rng.uniform(0, 360), coords, "Katyusha", 20.0,
                                    dist <= 20.0, "within range" if dist <= 20 else "beyond range"))
        count = rng.randint(1, 12)
        area = {"type": "Polygon", "coordinates": [[[llon - 0.1, llat - 0.1], [llon + 0.1, llat - 0.1],
                                                    [llon + 0.1, llat + 0.1], [llon - 0.1, llat + 0.1],
                                                    [llon - 0.1, llat - 0.1]]]}
        out.append(Event(
            event_id=f"ev-{i:06d}",
            event_type=rng.choice(types),
            frames=[],
            place_name=target.name,
            place=target,
            date=DateSpan(day, day, "day", ""),
            weapon="Katyusha",
            count=Figure(count, count, count),
            killed=Figure(0, 0, 0) if rng.random() < 0.5 else Figure(),
            blamed_on=["pro-Iran factions"],
            impacts=[Impact(target.name, target, count // 2), Impact(other.name, other, count - count // 2)],
            launch=Launch("Launch area", None, llat, llon, True, 12.0, "east", area, "direction cone"),
            trajectories=trajs,
            sources=[Source(f"d{i}", "AFP", "en", day, f"https://example.org/{i}")],
            summary=f"{count} rockets hit Place {i}.",
        ))
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100_000, help="number of events (default 100000)")
    parser.add_argument("--formats", default="geojson,geojsonseq,gpkg,kml,csv,parquet")
    parser.add_argument("--no-shared", action="store_true", help="skip the write_features timing")
    args = parser.parse_args(argv)
    formats = [f for f in args.formats.split(",") if f]
    if "parquet" in formats and importlib.util.find_spec("pyarrow") is None:
        formats.remove("parquet")
        print("parquet: skipped (pyarrow is not installed)")
    t0 = time.perf_counter()
    events = synthetic_events(args.n)
    print(f"built {args.n:,} synthetic events in {time.perf_counter() - t0:.1f} s")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        # End to end first, holding no features: what `geo-events export` costs.
        for fmt in formats:
            path = Path(tmp) / f"bench.{SUFFIXES[fmt]}"
            t0, c0 = time.perf_counter(), time.process_time()
            export.write(events, path, format=fmt)
            results[fmt] = [time.perf_counter() - t0, time.process_time() - c0, None, path.stat().st_size]
            path.unlink()
        t0, c0 = time.perf_counter(), time.process_time()
        features = export.to_features(events)
        print(f"to_features: {len(features):,} features in {time.perf_counter() - t0:.1f} s "
              f"(CPU {time.process_time() - c0:.1f} s)")
        if not args.no_shared:
            for fmt in formats:
                path = Path(tmp) / f"bench.{SUFFIXES[fmt]}"
                c0 = time.process_time()
                export.write_features(features, path, format=fmt)
                results[fmt][2] = time.process_time() - c0
                path.unlink()
    # CPU seconds beside wall seconds: on a shared machine the wall clock mostly measures the neighbours.
    print(f"{'format':<11} {'write wall s':>12} {'write CPU s':>12} {'from features CPU s':>20} {'MB':>8} {'bytes/event':>12}")
    for fmt, (seconds, cpu, shared, size) in results.items():
        shared_text = f"{shared:20.1f}" if shared is not None else f"{'-':>20}"
        print(f"{fmt:<11} {seconds:12.1f} {cpu:12.1f} {shared_text} {size / 1e6:8.1f} {size / args.n:12.0f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
