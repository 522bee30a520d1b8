"""Merge time of geo_events.reconcile.merge_events on synthetic events (prints figures).

10,000 events from tests/factories.py spread over Iraq and Syria and one year, plus a second
source's reports of 30% of them (the same incident, a nearby point, the same day) and 20%
new ones; also the time of a store ingest of the result.

    python bench/bench_merge.py [N]
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import factories  # noqa: E402

from geo_events.reconcile import merge_with_stats  # noqa: E402

TYPES = ("rocket attack", "drone attack", "mortar attack", "IED attack", "airstrike")


def synthetic(n: int, seed: int = 7, prefix: str = "a", source: str = "Reuters") -> list:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lat, lon = rng.uniform(30.0, 37.0), rng.uniform(36.0, 48.0)
        day = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(365))
        place = factories.make_place(f"Place {i}", round(lat, 4), round(lon, 4), precision="town", radius_km=3.0,
                                     record_id=f"geonames:{seed}{i}")
        out.append(factories._simple_event(f"{prefix}{i}", rng.choice(TYPES), place, day, count=rng.randrange(1, 10),
                                           source=source))
    return out


def second_source(events: list, share: float, seed: int = 11) -> list:
    """The same incidents told by another outlet: a point 1-2 km away, no shared record id."""
    from dataclasses import replace

    rng = random.Random(seed)
    out = []
    for ev in rng.sample(events, int(len(events) * share)):
        p = ev.place
        place = replace(p, lat=p.lat + rng.uniform(-0.01, 0.01), lon=p.lon + rng.uniform(-0.01, 0.01), record_id="")
        out.append(factories._simple_event("b" + ev.event_id, ev.event_type, place, ev.date.earliest,
                                           count=ev.count.best + rng.choice((0, 1)), source="AFP"))
    return out


def main(n: int = 10_000) -> None:
    existing = synthetic(n)
    incoming = second_source(existing, 0.30) + synthetic(n // 5, seed=99, prefix="c", source="AP")
    t = time.perf_counter()
    merged, stats = merge_with_stats(existing, incoming)
    took = time.perf_counter() - t
    print(f"merge {n} existing + {len(incoming)} incoming: {took:.2f} s "
          f"({stats.merged} merged, {stats.new} new, total {len(merged)})")
    t = time.perf_counter()
    again, stats2 = merge_with_stats(merged, incoming)
    print(f"merge again (idempotent, {stats2.changed} changed): {time.perf_counter() - t:.2f} s")
    for k in (n // 4, n // 2):
        sub_e, sub_i = existing[:k], second_source(existing[:k], 0.30)
        t = time.perf_counter()
        merge_with_stats(sub_e, sub_i)
        print(f"merge {k} + {len(sub_i)}: {time.perf_counter() - t:.2f} s")
    from geo_events import store

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.gpkg"
        t = time.perf_counter()
        store.ingest(path, existing)
        print(f"store ingest of {n} events into an empty store: {time.perf_counter() - t:.2f} s, "
              f"{path.stat().st_size / 1e6:.1f} MB")
        t = time.perf_counter()
        s = store.ingest(path, incoming)
        print(f"store ingest of {len(incoming)} more: {time.perf_counter() - t:.2f} s ({s})")
        t = time.perf_counter()
        evs = store.read_events(path)
        print(f"store read of {len(evs)} events: {time.perf_counter() - t:.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
