"""Check that a rewrite of the normaliser changes no key: prints the names whose keys differ.

    python bench/check_normalize_keys.py                      # reference: normalize.py of git HEAD
    python bench/check_normalize_keys.py --ref OLD.py         # reference: any copy of normalize.py
    python bench/check_normalize_keys.py --module NEW.py      # candidate other than the installed one

Every name the built-in index is built from (curated names and aliases, GeoNames names and
alternate names, airports, countries: about 600,000) goes through the reference
``normalize`` and the candidate's ``normalize`` and ``normalize_many``; the script prints how many
differ (and the first of them) and the time per call of each.  Exit status 1 when a key differs.
"""
from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def index_names() -> list[str]:
    """The distinct names the built-in index normalises (collected from a build, keys not kept)."""
    from geo_events import gazetteer

    seen: list[str] = []

    def capture(self) -> None:
        seen.extend(dict.fromkeys([n for _, n in self.names] + [n for _, n in self.site_names]))
        self.names, self.site_names = [], []

    gazetteer._Builder.finish = capture
    gazetteer._build_index_now(gazetteer._curated_files())
    return seen


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ref", help="reference normalize.py (default: git HEAD's)")
    ap.add_argument("--module", help="candidate normalize.py (default: the installed geo_events.normalize)")
    args = ap.parse_args()
    if args.ref:
        ref_path = Path(args.ref)
    else:
        ref_path = Path("/tmp/_normalize_ref.py")
        ref_path.write_bytes(subprocess.run(["git", "-C", str(ROOT), "show", "HEAD:geo_events/normalize.py"],
                                            check=True, capture_output=True).stdout)
    ref = load_module(ref_path, "_normalize_ref")
    if args.module:
        new = load_module(Path(args.module), "_normalize_new")
    else:
        from geo_events import normalize as new
    t0 = time.perf_counter()
    names = index_names()
    print(f"{len(names):,} names collected in {time.perf_counter() - t0:.1f} s")
    extra = ["", " ", "Al-Bu Hassan", "d'Erbil", "L'aéroport", "as-Sa'diyah", "ash Shatt", "al", "Albu",
             "عين الأسد", "Tall ʿAfar", "x\u00a8y", "ﬁrst", "a\nb", "K-1", "al- d'Erbil"]
    names = extra + names
    results = {}
    for label, fn in (("reference", ref.normalize), ("candidate", new.normalize)):
        fn("warm")
        c0 = time.process_time()
        results[label] = [fn(n) for n in names]
        print(f"{label} normalize: {(time.process_time() - c0) / len(names) * 1e6:.2f} us/name (CPU)")
    c0 = time.process_time()
    results["many"] = new.normalize_many(names)
    print(f"candidate normalize_many: {(time.process_time() - c0) / len(names) * 1e6:.2f} us/name (CPU)")
    bad = 0
    for label in ("candidate", "many"):
        diff = [(n, a, b) for n, a, b in zip(names, results["reference"], results[label]) if a != b]
        bad += len(diff)
        print(f"{label}: {len(diff)} of {len(names):,} keys differ from the reference")
        for n, a, b in diff[:10]:
            print(f"   {n!r}: reference {a!r}, {label} {b!r}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
