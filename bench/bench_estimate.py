"""Benchmark of the estimate stage: geodesic throughput and estimate() on synthetic events.

Run: ``python bench/bench_estimate.py [--pairs 1000000] [--events 10000]``. Prints figures only.
"""
from __future__ import annotations

import argparse
import os
import time

import numpy as np

from geo_events import geodesy
from geo_events.estimate import estimate
from geo_events.models import Event, Impact, Launch, Place


def bench_inverse(n: int, repeat: int = 3) -> None:
    rng = np.random.default_rng(0)
    lat1, lon1 = rng.uniform(29, 37, n), rng.uniform(38, 48, n)
    lat2, lon2 = rng.uniform(29, 37, n), rng.uniform(38, 48, n)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        geodesy.inverse(lat1, lon1, lat2, lon2)
        best = min(best, time.perf_counter() - t0)
    print(f"inverse: {n:,} launch-impact pairs in {best:.3f} s = {n / best:,.0f} trajectories/s "
          f"(best of {repeat}, {geodesy._WORKERS} threads, {os.cpu_count()} cpus)")
    geodesy._WORKERS, saved = 1, geodesy._WORKERS
    t0 = time.perf_counter()
    geodesy.inverse(lat1, lon1, lat2, lon2)
    single = time.perf_counter() - t0
    geodesy._WORKERS = saved
    print(f"inverse, one thread: {n / single:,.0f} trajectories/s")


def synthetic_events(n: int) -> list[Event]:
    """A mix of the situations estimate() meets: named site, namesakes, governorate + direction,
    nothing known, another country."""
    rng = np.random.default_rng(1)
    directions = ["east", "north-east", "south", "west", None]
    weapons = ["Katyusha", "Grad", "107mm", None, "Fateh-110", "mortar", "drone"]
    out = []
    for i in range(n):
        lat, lon = float(rng.uniform(30, 36.5)), float(rng.uniform(40, 47))
        target = Place(f"base {i}", lat, lon, precision="site", radius_km=1.5, country="IQ")
        impact_lat, impact_lon = geodesy.forward(lat, lon, float(rng.uniform(0, 360)), float(rng.uniform(0.2, 3)))
        impact = Place(f"village {i}", impact_lat, impact_lon, precision="town", radius_km=1.5, country="IQ")
        kind = i % 5
        launch = None
        if kind == 0:
            la, lo = geodesy.forward(lat, lon, float(rng.uniform(0, 360)), float(rng.uniform(3, 30)))
            launch = Launch(name="v", place=Place("v", la, lo, precision="town", radius_km=2))
        elif kind == 1:
            la, lo = geodesy.forward(lat, lon, float(rng.uniform(0, 360)), float(rng.uniform(30, 100)))
            launch = Launch(name="gov", place=Place("gov", la, lo, precision="governorate", radius_km=80),
                            direction=directions[i % len(directions)])
        elif kind == 2:
            la, lo = geodesy.forward(lat, lon, float(rng.uniform(0, 360)), float(rng.uniform(3, 30)))
            far_la, far_lo = geodesy.forward(lat, lon, float(rng.uniform(0, 360)), float(rng.uniform(150, 400)))
            near = Place("n", la, lo, precision="town", radius_km=2, record_id=f"a{i}")
            far = Place("n", far_la, far_lo, precision="town", radius_km=2, record_id=f"b{i}", confidence=0.9)
            launch = Launch(name="n", place=far)
            from geo_events.models import Evidence, Fact, PlaceRef

            ref = PlaceRef("n", place=far, candidates=[far, near])
            launch.facts.append(Fact("launch", ref, Evidence("d", "s", 0, 1)))
        elif kind == 4:
            launch = Launch(name="Iran", place=Place("Iran", 32.5, 54.3, precision="country", radius_km=730))
        out.append(Event(event_id=f"e{i}", event_type="rocket attack", frames=[], place=target,
                         weapon=weapons[i % len(weapons)], impacts=[Impact("b", target, 2), Impact("v", impact, 3)],
                         launch=launch))
    return out


def bench_estimate(n: int) -> None:
    events = synthetic_events(n)
    t0 = time.perf_counter()
    estimate(events)
    dt = time.perf_counter() - t0
    trajs = sum(len(e.trajectories) for e in events)
    print(f"estimate(): {n:,} synthetic events in {dt:.2f} s = {n / dt:,.0f} events/s "
          f"({dt / n * 1000:.2f} ms/event, {trajs:,} trajectories)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pairs", type=int, default=1_000_000)
    ap.add_argument("--events", type=int, default=10_000)
    args = ap.parse_args()
    bench_inverse(args.pairs)
    bench_estimate(args.events)


if __name__ == "__main__":
    main()
