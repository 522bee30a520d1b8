"""Time the command line as a user meets it: `geo-events --help`, and the seeds to a map.

    python bench/bench_cli.py [--runs 5]

Prints the median and best of each over the runs (wall clock, fresh processes, warm gazetteer cache).
Target: --help under 0.3 s (heavy modules are imported inside commands).
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    exe = shutil.which("geo-events") or sys.exit("geo-events is not installed (pip install .)")
    out = Path(tempfile.mkdtemp()) / "seeds.html"
    timed([exe, "map", "seeds/", "-o", str(out)])  # warm the gazetteer cache once
    cases = {
        "geo-events --help": [exe, "--help"],
        "python -X importtime-free import geo_events.cli.main": [sys.executable, "-c", "import geo_events.cli.main"],
        "geo-events map seeds/": [exe, "map", "seeds/", "-o", str(out)],
        "geo-events export seeds/ (GeoJSON)": [exe, "export", "seeds/", "-o", str(out.with_suffix(".geojson"))],
    }
    print(f"{'command':45} {'median s':>9} {'best s':>8}  ({args.runs} runs)")
    for name, cmd in cases.items():
        times = [timed(cmd) for _ in range(args.runs)]
        print(f"{name:45} {statistics.median(times):9.3f} {min(times):8.3f}")
    print(f"map size: {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
