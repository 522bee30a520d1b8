"""Claimed-by / blamed-on agreement on matched event pairs (gold vs tool), per set and in total.

    python bench/actor_study.py gold heldout pool            # development sets: figures
    python bench/actor_study.py gold -v                       # ... and every disagreement (text shown)
    python bench/actor_study.py ledger coda --counts-only     # blind sets: summary figures only

The evaluation command does not score actors, so this measures them.  Pairs come from
:func:`geo_events.evaluate.match` (predictions are in the same order as the events).  For each of
``claimed_by`` and ``blamed_on`` a pair is counted as both / gold only / tool only / neither
(presence), giving recall and precision of presence; where both sides name someone, the NAMES
are compared after normalisation: case, accents, a leading article ("the", "le", "la", "les",
"l'", Arabic "ال" is kept), and the aliases of ``geo_events/data/actors.csv`` (the package's
gazetteer-free actor table: "Ansar Allah" = "Houthis", "Résistance islamique en Irak" =
"Islamic Resistance in Iraq"; a short form the table lacks, e.g. "IRI", is NOT joined).
Names agree when some gold name equals some tool name after that.

Blind sets (``geo_events.evaluate.BLIND_SETS``) are refused unless
``--counts-only`` is given, which prints only the summary figures (no text, no name).
"""
from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from pathlib import Path

from geo_events.evaluate import BLIND_SETS

ROOT = Path(__file__).resolve().parents[1]
BLIND = BLIND_SETS
KINDS = ("claimed_by", "blamed_on")
_ARTICLES = ("the ", "le ", "la ", "les ", "l'", "l’")


def norm_name(name: str) -> str:
    """A comparable form of an actor name: the actor table's canonical name, else folded text."""
    from geo_events.extract import find_actors

    found = find_actors(name)
    if found:
        # the whole name is (mostly) one known actor: "the Houthi rebels" -> "Houthis"
        s, e, canonical = found[0]
        if e - s >= 0.5 * len(name.strip()):
            return canonical.casefold()
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).strip(" .,'’\"")
    for art in _ARTICLES:
        if text.startswith(art):
            text = text[len(art):]
    text = " ".join(text.split())
    # a country in any of the three languages ("la Turquie" = "Turkey" = "تركيا"): its ISO code
    return _country_code(text) or text


def _country_code(text: str):
    from geo_events.extract import _COUNTRY_NAMES

    code = _COUNTRY_NAMES.get(text) or _COUNTRY_NAMES.get(text.removeprefix("ال"))
    return f"country:{code}" if code else None


def study(names: list[str], verbose: bool = False) -> dict:
    """Per set: {kind: [both, gold only, tool only, neither, names agree, names differ]} (+ 'pairs')."""
    from geo_events.evaluate import load_gold, match, predictions_from_events
    from geo_events.gazetteer import Gazetteer
    from geo_events.pipeline import process
    from geo_events.read import read_document

    gaz = Gazetteer.default()
    out: dict[str, dict] = {}
    for name in names:
        tot = {k: [0] * 6 for k in KINDS}
        pairs = 0
        for p in load_gold(ROOT / "tests" / name):
            evs = process([read_document(p.path)], gazetteer=gaz).events
            pr = predictions_from_events(evs)
            for gi, pi in match(p.events, pr):
                pairs += 1
                g, ev = p.events[gi], evs[pi]
                for k in KINDS:
                    gv, tv = list(getattr(g, k)), list(getattr(ev, k))
                    a, b = bool(gv), bool(tv)
                    tot[k][0 if a and b else 1 if a else 2 if b else 3] += 1
                    if a and b:
                        agree = bool({norm_name(x) for x in gv} & {norm_name(x) for x in tv})
                        tot[k][4 if agree else 5] += 1
                        if verbose and not agree:
                            print(f"  {name}/{p.id} {k} NAME gold={gv} tool={tv}")
                    elif verbose and a != b:
                        print(f"  {name}/{p.id} {k} gold={gv} tool={tv}")
        out[name] = {"pairs": pairs, **tot}
    return out


def _line(label: str, pairs: int, row: list[int]) -> str:
    b, g, t, n, ok, bad = row
    rec = f"{b / (b + g):.1%}" if b + g else "-"
    prec = f"{b / (b + t):.1%}" if b + t else "-"
    names = f"{ok}/{ok + bad}" if ok + bad else "-"
    return f"{label:10s} pairs {pairs:4d}  both {b:3d} gold-only {g:3d} tool-only {t:3d} neither {n:4d}  " \
           f"recall {rec:>6s} precision {prec:>6s}  names agree {names}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", help="set names under tests/")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each disagreement (development sets only)")
    ap.add_argument("--counts-only", action="store_true", help="summary figures only (required for blind sets)")
    args = ap.parse_args(argv)
    blind = [s for s in args.sets if s in BLIND]
    if blind and not args.counts_only:
        raise SystemExit(f"blind set(s) {', '.join(blind)}: run with --counts-only (figures only)")
    if args.counts_only and args.verbose:
        raise SystemExit("--counts-only prints no text: drop -v")
    t0 = time.perf_counter()
    res = study(args.sets, verbose=args.verbose)
    total = {k: [0] * 6 for k in KINDS}
    pairs = 0
    for name, r in res.items():
        pairs += r["pairs"]
        for k in KINDS:
            total[k] = [a + b for a, b in zip(total[k], r[k])]
            print(f"{k:10s} " + _line(name, r["pairs"], r[k]))  # figures only: fine for blind sets too
    for k in KINDS:
        print(f"{k:10s} " + _line("TOTAL", pairs, total[k]))
    print(f"({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
