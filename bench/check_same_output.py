"""Dump the whole pipeline's output (frames, unresolved names, events; every field) to JSON,
to prove a speed-only change leaves the output identical.

    python bench/check_same_output.py /tmp/before.json          # with the code as it is
    ... edit ...
    python bench/check_same_output.py /tmp/after.json
    cmp /tmp/before.json /tmp/after.json || diff <(python -m json.tool /tmp/before.json) ...

The inputs are the generated bench corpus (bench_extract.make_corpus: 2,000 articles, seed 4,
each run through :func:`geo_events.pipeline.process` on its own) and every passage of the
development sets named by ``--sets`` (the blind sets, ``geo_events.evaluate.BLIND_SETS``, are never read).  Other people
edit the rules in parallel: to isolate one's own edits, run both dumps from two snapshots of the
package (``PYTHONPATH=/tmp/snapA python bench/check_same_output.py ...``), not minutes apart on
the live tree.  Prints the digest and counts; asserts nothing.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import enum
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[1]
SETS = ("gold", "heldout", "blind", "fresh", "final", "unseen", "novel", "latest", "recent", "newest", "sequel", "wide", "daily")


def _plain(obj):
    """JSON-able form of the pipeline's dataclasses (every field, in field order)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    if isinstance(obj, (set, frozenset)):
        return sorted((_plain(v) for v in obj), key=repr)
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    if isinstance(obj, float):
        return repr(obj)
    if obj is None or isinstance(obj, (str, int, bool)):
        return obj
    return repr(obj)


def _one(result) -> dict:
    return {"frames": _plain(result.frames), "unresolved": _plain(result.unresolved),
            "events": _plain(result.events)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="JSON file to write")
    ap.add_argument("--n", type=int, default=2000, help="bench articles (default 2000)")
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated development sets under tests/")
    args = ap.parse_args()

    import bench_extract as B
    import geo_events
    from geo_events.evaluate import BLIND_SETS
    from geo_events.gazetteer import Gazetteer
    from geo_events.pipeline import process
    from geo_events.read import read_document, read_text

    print(f"geo_events from {Path(geo_events.__file__).parent}", file=sys.stderr)
    gaz = Gazetteer.default()
    out: dict[str, dict] = {}
    for name in [s for s in args.sets.split(",") if s]:
        if name in BLIND_SETS:
            raise SystemExit(f"tests/{name} is a blind set: not read here")
        folder = ROOT / "tests" / name
        for txt in sorted(folder.glob("*.txt")):
            out[f"{name}/{txt.stem}"] = _one(process([read_document(txt)], gazetteer=gaz))
    corpus = B.make_corpus(B.load_passages(B.GOLD), args.n, 4)
    for data, doc_name, published in corpus:
        out[doc_name] = _one(process([read_text(data, name=doc_name, published=published)], gazetteer=gaz))
    text = json.dumps(out, ensure_ascii=False, sort_keys=True, indent=0)
    text = text.replace(str(ROOT) + "/", "")  # paths relative: two snapshots compare equal
    args.out.write_text(text, encoding="utf-8")
    n_events = sum(len(v["events"]) for v in out.values())
    print(f"{len(out)} documents, {n_events} events, sha256 {hashlib.sha256(text.encode()).hexdigest()[:16]}")


if __name__ == "__main__":
    main()
