"""How far two analysts agree on the same passages, and how the extractor fares where they agree.

``python bench/agreement_study.py tests/SET FOLDER [FOLDER ...]``

``tests/SET`` is the reference annotation (the set's writer); each FOLDER holds a second annotation
of some of its passages, written independently from the same instructions (the texts are checked
byte for byte, see :func:`geo_events.evaluate.predictions_from_gold`). The script prints summary
figures only, so that it can run over a blind set without showing what the extractor gets wrong:

1. the second annotation scored against the first (``python -m geo_events.evaluate --against`` gives
   the same table): the ceiling of an extractor judged by one analyst when another is as right;
2. the extractor scored against each annotation, on the same passages;
3. the extractor on the *consensus*: recall on the events both analysts annotate, and each field's
   accuracy where both analysts agree on it (target within 5 km, count, dates, casualties), beside
   how often the analysts agree on that field;
4. of the extractor's misses against the reference, how many fall where the analysts disagree
   (an event the second analyst did not annotate, a spurious event the second analyst did).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo_events.evaluate import (  # noqa: E402
    TARGET_KM,
    Prediction,
    _km,
    format_table,
    load_gold,
    match,
    predict,
    predictions_from_gold,
    score,
)


def _fields(g, p) -> dict[str, bool]:
    """Which scored fields of a prediction agree with a gold event."""
    return {
        "target": _km(g.lat, g.lon, p.lat, p.lon) <= TARGET_KM,
        "count": p.count == g.count,
        "dates": (p.earliest, p.latest) == (g.earliest, g.latest),
        "casualties": (p.killed, p.injured) == (g.killed, g.injured),
    }


def _pct(num: int, den: int) -> str:
    return f"{100 * num / den:5.1f}% ({num}/{den})" if den else "    - (0/0)"


def study(reference: Path, folders: list[Path]) -> str:
    """The printed study (see the module docstring)."""
    passages = {p.id: p for p in load_gold(reference)}
    second = {}
    for folder in folders:
        second.update(predictions_from_gold(list(passages.values()), load_gold(folder)))
    # A passage left with no events may be one the second analyst did not reach: count it, and
    # let the reader decide (the annotators' reports list the ones they did not reach).
    shared = [passages[pid] for pid in sorted(second)]
    out = [f"{len(shared)} passages annotated twice ({sum(len(p.events) for p in shared)} reference events, "
           f"{sum(len(v) for v in second.values())} second-annotation events; "
           f"{sum(1 for v in second.values() if not v)} passages with none in the second annotation)", ""]
    out += ["1. second annotation scored against the reference", format_table(score(shared, second)), ""]
    tool = predict(shared)
    out += ["2a. extractor against the reference", format_table(score(shared, tool)), ""]
    as_gold = [p.__class__(p.id, p.language, p.published, p.path,
                           tuple(_gold_of(pr, p, i) for i, pr in enumerate(second[p.id])), p.source)
               for p in shared]
    out += ["2b. extractor against the second annotation", format_table(score(as_gold, tool)), ""]

    consensus = found = 0
    agree = {k: [0, 0, 0] for k in ("target", "count", "dates", "casualties")}  # both agree, tool right, disputed right
    disputed = {k: [0, 0] for k in agree}
    missed_disputed = missed = spurious = spurious_disputed = 0
    for p in shared:
        ref, sec, preds = list(p.events), second[p.id], tool[p.id]
        ab = dict(match(ref, sec))
        at = dict(match(ref, preds))
        consensus += len(ab)
        for gi, si in ab.items():
            if gi not in at:
                continue
            found += 1
            both = _fields(ref[gi], sec[si])
            right = _fields(ref[gi], preds[at[gi]])
            for k in agree:
                if both[k]:
                    agree[k][0] += 1
                    agree[k][1] += right[k]
                else:
                    disputed[k][0] += 1
                    disputed[k][1] += right[k]
        for gi in range(len(ref)):
            if gi not in at:
                missed += 1
                missed_disputed += gi not in ab
        # Spurious against the reference: does the second analyst have an event the reference lacks there?
        lone_sec = [s for si, s in enumerate(sec) if si not in set(ab.values())]
        matched_p = set(at.values())
        loose = [pr for pi, pr in enumerate(preds) if pi not in matched_p]
        spurious += len(loose)
        lone_gold = [_gold_of(s, p, i) for i, s in enumerate(lone_sec)]
        spurious_disputed += len(match(lone_gold, loose))
    out.append("3. extractor on the consensus (events both analysts annotate)")
    out.append(f"   recall on consensus events: {_pct(found, consensus)}")
    out.append("   field          analysts agree     extractor where they agree   extractor where they differ")
    for k in agree:
        both_n = agree[k][0]
        out.append(f"   {k:<12} {_pct(both_n, both_n + disputed[k][0]):>18}   {_pct(agree[k][1], both_n):>26}"
                   f"   {_pct(disputed[k][1], disputed[k][0]):>26}")
    out.append("")
    out.append("4. the extractor's misses against the reference that fall where the analysts disagree")
    out.append(f"   missed reference events the second analyst did not annotate: {_pct(missed_disputed, missed)}")
    out.append(f"   spurious events the second analyst did annotate: {_pct(spurious_disputed, spurious)}")
    return "\n".join(out)


def _gold_of(pr: Prediction, p, i: int):
    """A second-annotation event back in gold form (to score the extractor against it)."""
    from geo_events.evaluate import GoldEvent

    return GoldEvent(f"{p.id}-b{i + 1}", pr.event_type, pr.place_name, pr.lat, pr.lon, pr.earliest, pr.latest,
                     count=pr.count, killed=pr.killed, injured=pr.injured,
                     launch_lat=pr.launch_lat, launch_lon=pr.launch_lon)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reference", type=Path, help="the set (its writer's annotation)")
    ap.add_argument("folders", type=Path, nargs="+", help="second annotations of some of its passages")
    args = ap.parse_args(argv)
    print(study(args.reference, args.folders))
    return 0


if __name__ == "__main__":
    sys.exit(main())
