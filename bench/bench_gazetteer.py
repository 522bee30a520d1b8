"""Gazetteer speed and size: prints figures, asserts nothing.

    python bench/bench_gazetteer.py            # lookups, warm load, cache size, RSS
    python bench/bench_gazetteer.py --build    # also time a full index build (cold start)

Also times ``geo-events gazetteer import`` of ../shared/data/geonames/IQ.txt (when present)
into a temporary store, as a user runs it (a fresh process).

Targets (issue): exact lookups 100k/s, fuzzy lookups 5k/s, warm load well under 1 s,
import of the Iraq extract under 10 s.  The targets are for names never seen before: lines
marked "never-seen" query each name once, so no memo of earlier queries helps.

Rates are per second of this process's CPU time (``time.process_time``), which a machine
shared with other jobs disturbs far less than the wall clock; the wall-clock rate follows in
brackets.
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
# peak RSS of this process: VmHWM (ru_maxrss survives fork and exec, so it can report the parent's)
try:
    peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{t1 - t:.3f} {t2 - t1:.3f} {peak:.0f}")
"""


BUILD_SNIPPET = """
import time
from geo_events.gazetteer import Gazetteer
t0, c0 = time.perf_counter(), time.process_time()
Gazetteer.load(rebuild=True)
wall, cpu = time.perf_counter() - t0, time.process_time() - c0
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:")) / 1024
print(f"{wall:.1f} {cpu:.1f} {peak:.0f}")
"""


def rate(fn, items, seconds=1.5):
    """(calls per CPU second, calls per wall-clock second) of ``fn`` over ``items``, repeated."""
    n, t0, c0 = 0, time.perf_counter(), time.process_time()
    while time.process_time() - c0 < seconds:
        for x in items:
            fn(x)
        n += len(items)
    return n / (time.process_time() - c0), n / (time.perf_counter() - t0)


def once(fn, items):
    """Like :func:`rate`, each item called once (never-seen names)."""
    t0, c0 = time.perf_counter(), time.process_time()
    for x in items:
        fn(x)
    return len(items) / (time.process_time() - c0), len(items) / (time.perf_counter() - t0)


def fmt(r) -> str:
    return f"{r[0]:,.0f}  (wall {r[1]:,.0f})"


def damage_both_ends(name: str, k: int) -> str:
    """OCR-like damage at both ends at once: one of the first two letters lost, and the last but
    one letter read as a space ("Diyala" -> "Dyala" -> "Dyal a")."""
    a = k % 2
    name = name[:a] + name[a + 1:]
    return name[:-2] + " " + name[-1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", action="store_true", help="time a full index build in a temporary folder")
    args = ap.parse_args()
    from geo_events.gazetteer import Gazetteer

    gz = Gazetteer.default()
    gz.resolve("Balad")  # first-use costs (record ids) out of the timing

    def best_point(name):
        found = gz.lookup(name)
        return (found[0].lat, found[0].lon) if found else None

    print(f"records: {len(gz):,}")
    print(f"exact lookups/s  (repeated names, best match read): {fmt(rate(best_point, EXACT))}")
    print(f"candidates()/s   (repeated names, fuzzy=False): {fmt(rate(lambda n: gz.candidates(n, fuzzy=False), EXACT))}")
    fresh = (f"{EXACT[i % len(EXACT)]} {i}" for i in range(10**9))  # unseen names: no cache helps
    print(f"exact lookups/s  (never-seen names, no key cache): "
          f"{fmt(rate(lambda _: best_point(next(fresh)), EXACT, seconds=1.0))}")
    # real names of the index, each asked once: new words too, and most of them hit (records decoded)
    names = gz._cols["name"]
    # a lookup: the ranked matches, and the best one's coordinates read (lookup() makes a Place
    # only for what is read).  One sample of 6,000 varies by +-5% from the next (names differ
    # in length and script), so five disjoint samples, no name asked twice, and their median.
    seen: set[str] = set()
    rates = []
    for offset in range(7, 12):
        real = [n for n in dict.fromkeys(names[i] for i in range(offset, len(names), 37)) if n not in seen][:6000]
        seen.update(real)
        rates.append(once(best_point, real))
    print(f"exact lookups/s  (never-seen real names, 5 x {len(real):,}, best match read): "
          f"median {fmt(sorted(rates)[2])}; samples {', '.join(f'{r[0]:,.0f}' for r in rates)}")
    # then candidates(), which makes every match into a Place
    real_c = [n for n in dict.fromkeys(names[i] for i in range(13, len(names), 37)) if n not in seen][:6000]
    print(f"candidates()/s   (never-seen real names, {len(real_c):,}, every match a Place): "
          f"{fmt(once(lambda n: gz.candidates(n, fuzzy=False), real_c))}")
    # the same names through resolve(), what a caller needs: the best place with its confidence
    # (other real names: the memo of the line above would help these)
    real2 = list(dict.fromkeys(names[i] for i in range(19, len(names), 37)))[:6000]
    print(f"resolve()/s      (never-seen real names, no context, {len(real2):,}): {fmt(once(gz.resolve, real2))}")
    # and with a context that makes every candidate count (a point of the same event)
    real3 = list(dict.fromkeys(names[i] for i in range(29, len(names), 37)))[:6000]
    print(f"resolve()/s      (never-seen real names, near a point, {len(real3):,}): "
          f"{fmt(once(lambda n: gz.resolve(n, near=(33.3, 44.4)), real3))}")
    print(f"fuzzy lookups/s  (damaged names, repeated): {fmt(rate(lambda n: gz.candidates(n), FUZZY))}")
    # every damaged name seen once: one letter of a known name replaced, so no memo helps
    damaged = list(dict.fromkeys(n[:k] + c + n[k + 1:] for n in EXACT + FUZZY for k in range(1, len(n) - 1)
                                 for c in "xqz"))
    print(f"fuzzy lookups/s  (never-seen damaged names, {len(damaged)}): {fmt(once(gz.candidates, damaged))}")
    # damage at both ends at once, on places of the region with names of 7 letters or more
    countries = gz._cols["country"]
    region = sorted({names[i] for i in range(len(names)) if countries[i] in ("IQ", "SY") and len(names[i]) >= 9
                     and names[i].isascii() and names[i].replace(" ", "").isalpha()
                     and names[i][:2].isalpha() and names[i][-3:].isalpha()})[::3][:300]
    both = [damage_both_ends(n, k) for k, n in enumerate(region)]
    speed = once(gz.candidates, both)
    found = sum(1 for d, n in zip(both, region) if any(p.name == n for p in gz.candidates(d)))
    print(f"fuzzy lookups/s  (never-seen names damaged at both ends, {len(both)}): {fmt(speed)}; "
          f"true place among the candidates: {found / max(1, len(both)):.0%}")
    print(f"resolve()/s      (with cues and context):   {fmt(rate(lambda a: gz.resolve(a[0], **a[1]), RESOLVE))}")
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
            # the store's fuzzy pool: imported names damaged at both ends, each asked once
            from geo_events.gazetteer import UserStore

            store = UserStore(Path(tmp) / "store.sqlite")
            rows = store.db.execute("SELECT p.name FROM places p WHERE p.country = 'IQ' AND length(p.name) >= 9 "
                                    "ORDER BY p.id").fetchall()
            pool = sorted({n for (n,) in rows if n.isascii() and n.replace(" ", "").isalpha()})[::7][:300]
            gzs = Gazetteer.load()
            gzs.attach_store(store)
            gzs.candidates("warm up the store pool xq")
            both = [damage_both_ends(n, k) for k, n in enumerate(pool)]
            speed = once(gzs.candidates, both)
            found = sum(1 for d, n in zip(both, pool) if any(p.name == n for p in gzs.candidates(d)))
            print(f"fuzzy lookups/s  (user store: IQ names damaged at both ends, {len(both)}): {fmt(speed)}; "
                  f"true place among the candidates: {found / max(1, len(both)):.0%}")
    if args.build:
        # a cold build in a fresh process, as a first run after install: time and peak memory
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, GEO_EVENTS_CACHE=tmp)
            out = subprocess.run([sys.executable, "-c", BUILD_SNIPPET], env=env, capture_output=True, text=True,
                                 check=True).stdout.split()
            print(f"index build (fresh process, empty cache): {out[0]} s wall, {out[1]} s CPU, peak RSS {out[2]} MB")


if __name__ == "__main__":
    main()
