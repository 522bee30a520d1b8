"""Gazetteer speed and size: prints figures, asserts nothing.

    python bench/bench_gazetteer.py            # lookups, warm load, cache size, RSS
    python bench/bench_gazetteer.py --build    # also time a full index build (cold start)

Also times ``geo-events gazetteer import`` of ../shared/data/geonames/IQ.txt (when present)
into a temporary store, as a user runs it (a fresh process).

Targets (issue): exact lookups 100k/s, fuzzy lookups 5k/s, warm load well under 1 s,
import of the Iraq extract under 10 s.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXACT = ["Baghdad", "Balad", "Erbil", "Diyala", "Albu Hassan", "Mosul", "Kirkuk", "al-Qaim", "Green Zone",
         "Ain al-Asad", "Damascus", "Aleppo", "Deir ez-Zor", "Syria", "Tikrit", "Fallujah"]
FUZZY = ["Diya a", "Baghdadd", "Kirkukk", "Falluja h", "Tikriit", "Mosu l", "Ramadii", "Samarraa"]
RESOLVE = [("Balad air base", {}), ("al-Bou Hassan", {"near": (33.94, 44.36)}),
           ("Saadiyat al-Shat", {"container": "Diyala"}), ("Erbil", {"cue": "airbase"}), ("Diyala", {})]

LOAD_SNIPPET = """
import time, resource, sys
t = time.perf_counter()
from geo_events.gazetteer import Gazetteer
g = Gazetteer.default()
t1 = time.perf_counter()
g.resolve("Balad air base")
t2 = time.perf_counter()
print(f"{t1 - t:.3f} {t2 - t1:.3f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
"""


def rate(fn, items, seconds=1.5):
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for x in items:
            fn(x)
        n += len(items)
    return n / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", action="store_true", help="time a full index build in a temporary folder")
    args = ap.parse_args()
    from geo_events.gazetteer import Gazetteer

    gz = Gazetteer.default()
    gz.resolve("Balad")  # first-use costs (record ids) out of the timing
    print(f"records: {len(gz):,}")
    print(f"exact lookups/s  (repeated names, fuzzy=False): {rate(lambda n: gz.candidates(n, fuzzy=False), EXACT):,.0f}")
    fresh = (f"{EXACT[i % len(EXACT)]} {i}" for i in range(10**9))  # unseen names: no cache helps
    print(f"exact lookups/s  (never-seen names, no key cache): "
          f"{rate(lambda _: gz.candidates(next(fresh), fuzzy=False), EXACT, seconds=1.0):,.0f}")
    print(f"fuzzy lookups/s  (damaged names, repeated): {rate(lambda n: gz.candidates(n), FUZZY):,.0f}")
    # every damaged name seen once: one letter of a known name replaced, so no memo helps
    damaged = list(dict.fromkeys(n[:k] + c + n[k + 1:] for n in EXACT + FUZZY for k in range(1, len(n) - 1)
                                 for c in "xqz"))
    t0 = time.perf_counter()
    for n in damaged:
        gz.candidates(n)
    print(f"fuzzy lookups/s  (never-seen damaged names): {len(damaged) / (time.perf_counter() - t0):,.0f}")
    print(f"resolve()/s      (with cues and context):   {rate(lambda a: gz.resolve(a[0], **a[1]), RESOLVE):,.0f}")
    text = "Rockets hit Balad air base; five fell on al-Bou Hassan, fired from Saadiyat al-Shat in Diyala. " * 20
    gz.find_names("warm up")
    t0 = time.perf_counter()
    for _ in range(20):
        gz.find_names(text)
    print(f"find_names: {len(text) * 20 / (time.perf_counter() - t0) / 1e6:.2f} M chars/s")
    if gz.cache_path:
        print(f"cache on disk: {gz.cache_path.stat().st_size / 1e6:.1f} MB ({gz.cache_path})")
    out = subprocess.run([sys.executable, "-c", LOAD_SNIPPET], capture_output=True, text=True, check=True).stdout.split()
    print(f"fresh process: import+load {out[0]} s, first resolve {out[1]} s, max RSS {out[2]} MB")
    iq = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "geonames" / "IQ.txt"
    if iq.exists():
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, GEO_EVENTS_HOME=tmp)
            t0 = time.perf_counter()
            cmd = [sys.executable, "-c", "from geo_events.cli.main import cli; cli()", "gazetteer", "import", str(iq)]
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            size = (Path(tmp) / "store.sqlite").stat().st_size / 1e6
            print(f"import IQ.txt (22,553 records, fresh process): {time.perf_counter() - t0:.1f} s, "
                  f"store {size:.1f} MB")
    if args.build:
        with tempfile.TemporaryDirectory() as tmp:
            t0, c0 = time.perf_counter(), time.process_time()
            Gazetteer.load(tmp, rebuild=True)
            print(f"index build: {time.perf_counter() - t0:.1f} s wall, {time.process_time() - c0:.1f} s CPU")


if __name__ == "__main__":
    main()
