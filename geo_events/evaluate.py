"""Score the extractor against a gold set: ``python -m geo_events.evaluate tests/gold``.

A gold set is a folder of passages.  Each passage is ``<id>.txt`` (the article text, as
an analyst would save it) beside ``<id>.meta.json``, the sidecar the reader already
understands (``published``, ``language``, ``source``) plus the expected events::

    {"published": "2021-02-16", "language": "en", "source": "AFP",
     "events": [{"id": "en04-1", "event_type": "rocket attack",
                 "target": {"name": "Erbil International Airport", "lat": 36.2376, "lon": 43.9632},
                 "date": {"earliest": "2021-02-15", "latest": "2021-02-15", "precision": "day"},
                 "count": 14, "count_qualifier": null, "killed": 1, "injured": 9,
                 "claimed_by": ["Saraya Awliya al-Dam"], "blamed_on": [], "attacker": [],
                 "launch": {"name": "...", "lat": 36.2376, "lon": 43.8742}, "weapon": "107mm"}]}

``null`` means "the text does not say"; ``0`` means the text says "no casualties".
Background mentions (history, photo captions, policy statements) are not gold events.

Each passage is run through :func:`geo_events.pipeline.process` on its own (one gazetteer,
loaded once), so that events of different passages are never merged.  Predicted events are
matched to gold events of the same passage: a pair must be type-compatible (same type, or
one side generic "attack"/"interception", or a pair reporters confuse such as rocket/mortar)
and have overlapping dates; among such pairs the nearest places are paired first.

Lines of the report, per language (en, fr, ar) and for all:

* precision: matched predictions / predictions; recall: matched gold events / gold events;
* target <= 5 km: matched events whose predicted place is within 5 km of the gold target;
* launch <= 10 km: of matched events with a gold launch point, predicted launch within 10 km;
* counts, dates, casualties: matched events whose projectile count, date bounds
  (earliest and latest), killed and injured equal the gold values exactly, "not stated"
  (``null``) included: a figure invented where the text gives none is a miss.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Optional, Sequence

from .errors import GeoEventsError, InputError
from .models import EVENT_TYPES, Event

__all__ = [
    "GoldEvent",
    "Passage",
    "Prediction",
    "Scores",
    "Miss",
    "Report",
    "LANGUAGES",
    "TARGET_KM",
    "LAUNCH_KM",
    "load_gold",
    "check_passage_meta",
    "predictions_from_events",
    "predict",
    "predictions_from_gold",
    "compatible",
    "match",
    "score",
    "format_table",
    "main",
]

LANGUAGES = ("en", "fr", "ar")
# The sets written blind and kept unread (never tuned against): the studies in bench/ refuse to read their text.
BLIND_SETS = frozenset({"coda", "ledger", "field", "batch", "relay", "tally", "census", "survey", "atlas", "meridian"})
TARGET_KM = 5.0
LAUNCH_KM = 10.0
GOLD_SUFFIX = ".meta.json"

# Pairs of types that wire copy uses for the same incident ("rockets" for mortar rounds,
# "missiles" for rockets, a "drone strike" filed as an airstrike); generic types pair with all.
_GENERIC = frozenset({"attack", "interception"})
_CONFUSABLE = frozenset(
    frozenset(p)
    for p in (
        ("rocket attack", "mortar attack"),
        ("rocket attack", "missile attack"),
        ("missile attack", "drone attack"),
        ("drone attack", "airstrike"),
    )
)


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class GoldEvent:
    """One expected event, as an analyst reads it from the passage."""

    id: str
    event_type: str
    target_name: str
    lat: float
    lon: float
    earliest: dt.date
    latest: dt.date
    precision: str = "day"
    count: Optional[int] = None
    killed: Optional[int] = None
    injured: Optional[int] = None
    launch_lat: Optional[float] = None
    launch_lon: Optional[float] = None
    claimed_by: tuple[str, ...] = ()
    blamed_on: tuple[str, ...] = ()
    weapon: Optional[str] = None


@dataclass(frozen=True)
class Passage:
    """A gold passage: its text file, language, publication date and expected events."""

    id: str
    language: str
    published: dt.date
    path: Path
    events: tuple[GoldEvent, ...]
    source: Optional[str] = None


@dataclass(frozen=True)
class Prediction:
    """What the tool said about one event, reduced to the fields the gold set scores."""

    event_type: str
    lat: Optional[float] = None
    lon: Optional[float] = None
    place_name: str = ""
    earliest: Optional[dt.date] = None
    latest: Optional[dt.date] = None
    count: Optional[int] = None
    killed: Optional[int] = None
    injured: Optional[int] = None
    launch_lat: Optional[float] = None
    launch_lon: Optional[float] = None

    @classmethod
    def from_gold(cls, g: GoldEvent) -> "Prediction":
        """The prediction that agrees with ``g`` on every scored field."""
        return cls(g.event_type, g.lat, g.lon, g.target_name, g.earliest, g.latest, g.count, g.killed,
                   g.injured, g.launch_lat, g.launch_lon)


@dataclass
class Scores:
    """Tallies for one language (or all): numerators and denominators of each line."""

    passages: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    target_ok: int = 0
    launch_total: int = 0
    launch_ok: int = 0
    count_ok: int = 0
    date_ok: int = 0
    casualties_ok: int = 0

    def add(self, other: "Scores") -> None:
        for k, v in asdict(other).items():
            setattr(self, k, getattr(self, k) + v)

    def lines(self) -> dict[str, tuple[int, int]]:
        """Each report line as (numerator, denominator)."""
        return {
            "precision": (self.matched, self.predicted),
            "recall": (self.matched, self.gold),
            "target_5km": (self.target_ok, self.matched),
            "launch_10km": (self.launch_ok, self.launch_total),
            "counts": (self.count_ok, self.matched),
            "dates": (self.date_ok, self.matched),
            "casualties": (self.casualties_ok, self.matched),
        }


@dataclass(frozen=True)
class Miss:
    """One disagreement with the gold set, for ``--verbose``."""

    passage: str
    kind: str  # missed event, spurious event, target, launch, count, date, casualties
    gold_id: Optional[str]
    expected: str
    found: str


@dataclass
class Report:
    scores: dict[str, Scores] = field(default_factory=dict)  # en, fr, ar, all
    misses: list[Miss] = field(default_factory=list)

    def as_dict(self) -> dict:
        out: dict = {"languages": {}, "misses": [asdict(m) for m in self.misses]}
        for lang, s in self.scores.items():
            d = {"passages": s.passages, "gold": s.gold, "predicted": s.predicted, "matched": s.matched}
            for name, (num, den) in s.lines().items():
                d[name] = {"num": num, "den": den, "rate": (num / den) if den else None}
            out["languages"][lang] = d
        out["miss_kinds"] = dict(Counter(m.kind for m in self.misses).most_common())
        return out


# --------------------------------------------------------------------------- gold files


def _date(value, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def _opt_int(value, where: str) -> Optional[int]:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError(f"{where}: {value!r} must be a whole number >= 0 or null")
    return value


def _coord(obj, where: str) -> tuple[float, float]:
    if not isinstance(obj, Mapping):
        raise InputError(f"{where}: must be an object with lat and lon")
    lat, lon = obj.get("lat"), obj.get("lon")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon)):
        raise InputError(f"{where}: lat and lon must be numbers")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"{where}: ({lat}, {lon}) is not a coordinate")
    return float(lat), float(lon)


_EVENT_KEYS = {"id", "event_type", "target", "date", "count", "count_qualifier", "killed", "injured",
               "claimed_by", "blamed_on", "attacker", "launch", "weapon", "note"}


def _gold_event(raw, where: str) -> GoldEvent:
    if not isinstance(raw, Mapping):
        raise InputError(f"{where}: an event must be an object")
    unknown = set(raw) - _EVENT_KEYS
    if unknown:
        raise InputError(f"{where}: unknown keys {sorted(unknown)}")
    for key in ("id", "event_type", "target", "date"):
        if key not in raw:
            raise InputError(f"{where}: key {key!r} is missing")
    if raw["event_type"] not in EVENT_TYPES:
        raise InputError(f"{where}: event_type {raw['event_type']!r} is not one of {', '.join(EVENT_TYPES)}")
    lat, lon = _coord(raw["target"], f"{where} target")
    name = raw["target"].get("name")
    if not isinstance(name, str) or not name.strip():
        raise InputError(f"{where} target: name is missing")
    date = raw["date"]
    if not isinstance(date, Mapping):
        raise InputError(f"{where} date: must be an object with earliest, latest, precision")
    earliest, latest = _date(date.get("earliest"), f"{where} date.earliest"), _date(date.get("latest"), f"{where} date.latest")
    if latest < earliest:
        raise InputError(f"{where} date: latest {latest} is before earliest {earliest}")
    launch = raw.get("launch")
    llat = llon = None
    if launch is not None:
        llat, llon = _coord(launch, f"{where} launch")
    lists = {}
    for key in ("claimed_by", "blamed_on", "attacker"):
        v = raw.get(key, [])
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise InputError(f"{where}: {key} must be a list of names")
        lists[key] = tuple(v)
    return GoldEvent(
        id=str(raw["id"]), event_type=raw["event_type"], target_name=name, lat=lat, lon=lon,
        earliest=earliest, latest=latest, precision=str(date.get("precision", "day")),
        count=_opt_int(raw.get("count"), f"{where} count"), killed=_opt_int(raw.get("killed"), f"{where} killed"),
        injured=_opt_int(raw.get("injured"), f"{where} injured"), launch_lat=llat, launch_lon=llon,
        claimed_by=lists["claimed_by"], blamed_on=lists["blamed_on"], weapon=raw.get("weapon"),
    )


def check_passage_meta(meta, where: str) -> tuple[str, dt.date, tuple[GoldEvent, ...]]:
    """Validate one passage's sidecar mapping.

    Parameters
    ----------
    meta : mapping
        The parsed ``<id>.meta.json``.
    where : str
        The file name, for messages.

    Returns
    -------
    language, published, events

    Raises
    ------
    InputError
        With a one-line message naming the file and what is wrong.
    """
    if not isinstance(meta, Mapping):
        raise InputError(f"{where}: must hold a JSON object")
    lang = meta.get("language")
    if lang not in LANGUAGES:
        raise InputError(f"{where}: language {lang!r} must be one of {', '.join(LANGUAGES)}")
    published = _date(meta.get("published"), f"{where} published")
    events = meta.get("events")
    if not isinstance(events, list):
        raise InputError(f"{where}: 'events' must be a list (empty when the passage holds no event)")
    gold = tuple(_gold_event(e, f"{where} event {i + 1}") for i, e in enumerate(events))
    ids = [g.id for g in gold]
    if len(set(ids)) != len(ids):
        raise InputError(f"{where}: event ids repeat: {ids}")
    return lang, published, gold


def load_gold(folder: str | Path) -> list[Passage]:
    """Read and validate every passage of a gold folder.

    Parameters
    ----------
    folder : str or Path
        A folder of ``<id>.txt`` + ``<id>.meta.json`` pairs.

    Returns
    -------
    list of Passage
        Sorted by id.

    Raises
    ------
    InputError
        When the folder is missing or empty, a text has no sidecar, or a sidecar is malformed.
    """
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"{root}: not a folder of gold passages (<id>.txt + <id>.meta.json)")
    passages = []
    for text_path in sorted(root.glob("*.txt")):
        pid = text_path.stem
        meta_path = root / f"{pid}{GOLD_SUFFIX}"
        if not meta_path.is_file():
            raise InputError(f"{text_path}: no {meta_path.name} beside it with the expected events")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"{meta_path}: cannot read gold JSON ({exc})") from None
        lang, published, events = check_passage_meta(meta, str(meta_path))
        passages.append(Passage(pid, lang, published, text_path, events, meta.get("source")))
    if not passages:
        raise InputError(f"{root}: no gold passages (*.txt) in this folder")
    return passages


# --------------------------------------------------------------------------- predictions


def predictions_from_events(events: Iterable[Event]) -> list[Prediction]:
    """Reduce pipeline events to :class:`Prediction` (the scored fields only)."""
    out = []
    for e in events:
        llat = llon = None
        if e.launch is not None:
            if e.launch.lat is not None and e.launch.lon is not None:
                llat, llon = e.launch.lat, e.launch.lon
            elif e.launch.place is not None:
                llat, llon = e.launch.place.lat, e.launch.place.lon
        out.append(Prediction(
            event_type=e.event_type,
            lat=e.place.lat if e.place else None,
            lon=e.place.lon if e.place else None,
            place_name=e.place_name or "",
            earliest=e.date.earliest if e.date else None,
            latest=e.date.latest if e.date else None,
            count=e.count.best, killed=e.killed.best, injured=e.injured.best,
            launch_lat=llat, launch_lon=llon,
        ))
    return out


def predict(passages: Sequence[Passage], *, gazetteer=None) -> dict[str, list[Prediction]]:
    """Run the whole flow on each passage separately and reduce its events to predictions.

    Parameters
    ----------
    passages : sequence of Passage
    gazetteer : Gazetteer, optional
        Loaded once by the caller; the default gazetteer otherwise.

    Returns
    -------
    dict
        Passage id -> predictions.
    """
    from .gazetteer import Gazetteer
    from .pipeline import process
    from .read import read_document

    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    out = {}
    for p in passages:
        doc = read_document(p.path)  # the sidecar gives the publication date and language
        out[p.id] = predictions_from_events(process([doc], gazetteer=gaz).events)
    return out


def predictions_from_gold(passages: Sequence[Passage], other: Sequence[Passage]) -> dict[str, list[Prediction]]:
    """A second annotation of the same passages, as predictions (to measure agreement).

    Two analysts who annotate the same articles independently disagree on some events; scoring
    one annotation against the other gives the ceiling an extractor can reach on such text.

    Parameters
    ----------
    passages : sequence of Passage
        The reference annotation.
    other : sequence of Passage
        The second annotation; every passage must also be in ``passages``, with the same text.

    Returns
    -------
    dict
        Passage id -> the second annotator's events as predictions.

    Raises
    ------
    InputError
        When a passage of ``other`` is not in the reference or its text differs.
    """
    ref = {p.id: p for p in passages}
    out = {}
    for o in other:
        p = ref.get(o.id)
        if p is None:
            raise InputError(f"{o.path}: no passage {o.id} in the reference annotation")
        if o.path.read_bytes() != p.path.read_bytes():
            raise InputError(f"{o.path}: the text differs from {p.path}; both annotations must read the same passage")
        out[o.id] = [Prediction.from_gold(g) for g in o.events]
    return out


# --------------------------------------------------------------------------- matching


def compatible(gold_type: str, predicted_type: str) -> bool:
    """Whether a predicted event type may stand for the gold one."""
    if gold_type == predicted_type or gold_type in _GENERIC or predicted_type in _GENERIC:
        return True
    return frozenset((gold_type, predicted_type)) in _CONFUSABLE


def _km(lat1, lon1, lat2, lon2) -> float:
    if None in (lat1, lon1, lat2, lon2):
        return math.inf
    from .geodesy import inverse

    return float(inverse(lat1, lon1, lat2, lon2)[1])


def _overlaps(g: GoldEvent, p: Prediction) -> bool:
    if p.earliest is None or p.latest is None:
        return False
    return p.earliest <= g.latest and g.earliest <= p.latest


def match(gold: Sequence[GoldEvent], predictions: Sequence[Prediction]) -> list[tuple[int, int]]:
    """Pair gold events with predictions of the same passage, one to one.

    A pair needs a compatible type and overlapping dates; pairs are taken nearest place
    first (then exact type, then closest start date), so that two events of one day are
    told apart by where they happened.

    Returns
    -------
    list of (gold index, prediction index)
    """
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predictions):
            if compatible(g.event_type, p.event_type) and _overlaps(g, p):
                d = _km(g.lat, g.lon, p.lat, p.lon)
                pairs.append((d, g.event_type != p.event_type, abs((p.earliest - g.earliest).days), gi, pi))
    pairs.sort()
    used_g, used_p, out = set(), set(), []
    for *_, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return sorted(out)


def _fmt_date(a, b) -> str:
    if a is None:
        return "no date"
    return a.isoformat() if a == b else f"{a.isoformat()}..{b.isoformat()}"


def _fmt_pred(p: Prediction) -> str:
    where = f"{p.place_name or '?'} ({p.lat:.3f}, {p.lon:.3f})" if p.lat is not None else f"{p.place_name or '?'} (unresolved)"
    return f"{p.event_type} at {where} on {_fmt_date(p.earliest, p.latest)}"


def _fmt_gold(g: GoldEvent) -> str:
    return f"{g.event_type} at {g.target_name} ({g.lat:.3f}, {g.lon:.3f}) on {_fmt_date(g.earliest, g.latest)}"


def score(passages: Sequence[Passage], predictions: Mapping[str, Sequence[Prediction]]) -> Report:
    """Score predictions against the gold passages.

    Parameters
    ----------
    passages : sequence of Passage
    predictions : mapping
        Passage id -> predictions (a missing id means no prediction for that passage).

    Returns
    -------
    Report
        Scores per language and for ``all``, and every miss.
    """
    report = Report(scores={lang: Scores() for lang in (*LANGUAGES, "all")})
    for p in passages:
        preds = list(predictions.get(p.id, ()))
        s = Scores(passages=1, gold=len(p.events), predicted=len(preds))
        pairs = match(p.events, preds)
        s.matched = len(pairs)
        miss = report.misses.append
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, g in enumerate(p.events):
            if gi not in matched_g:
                miss(Miss(p.id, "missed event", g.id, _fmt_gold(g), "nothing"))
        for pi, pr in enumerate(preds):
            if pi not in matched_p:
                miss(Miss(p.id, "spurious event", None, "no such event", _fmt_pred(pr)))
        for gi, pi in pairs:
            g, pr = p.events[gi], preds[pi]
            d = _km(g.lat, g.lon, pr.lat, pr.lon)
            if d <= TARGET_KM:
                s.target_ok += 1
            else:
                found = "unresolved" if math.isinf(d) else f"{pr.place_name} ({pr.lat:.3f}, {pr.lon:.3f}), {d:.0f} km off"
                miss(Miss(p.id, "target", g.id, f"{g.target_name} ({g.lat:.3f}, {g.lon:.3f})", found))
            if g.launch_lat is not None:
                s.launch_total += 1
                dl = _km(g.launch_lat, g.launch_lon, pr.launch_lat, pr.launch_lon)
                if dl <= LAUNCH_KM:
                    s.launch_ok += 1
                else:
                    found = "no launch point" if pr.launch_lat is None else f"({pr.launch_lat:.3f}, {pr.launch_lon:.3f}), {dl:.0f} km off"
                    miss(Miss(p.id, "launch", g.id, f"({g.launch_lat:.3f}, {g.launch_lon:.3f})", found))
            if pr.count == g.count:
                s.count_ok += 1
            else:
                miss(Miss(p.id, "count", g.id, str(g.count), str(pr.count)))
            if (pr.earliest, pr.latest) == (g.earliest, g.latest):
                s.date_ok += 1
            else:
                miss(Miss(p.id, "date", g.id, _fmt_date(g.earliest, g.latest), _fmt_date(pr.earliest, pr.latest)))
            if (pr.killed, pr.injured) == (g.killed, g.injured):
                s.casualties_ok += 1
            else:
                miss(Miss(p.id, "casualties", g.id, f"killed {g.killed}, injured {g.injured}",
                          f"killed {pr.killed}, injured {pr.injured}"))
        report.scores[p.language].add(s)
        report.scores["all"].add(s)
    return report


# --------------------------------------------------------------------------- output

_HEAD = ("lang", "passages", "gold", "pred", "precision", "recall", "target<=5km", "launch<=10km",
         "counts", "dates", "casualties")


def _cell(num: int, den: int) -> str:
    return f"{100 * num / den:5.1f}% ({num}/{den})" if den else "    - (0/0)"


def format_table(report: Report) -> str:
    """The report as a fixed-width text table, one row per language and one for all."""
    rows = [_HEAD]
    for lang, s in report.scores.items():
        lines = s.lines()
        rows.append((lang, str(s.passages), str(s.gold), str(s.predicted),
                     *(_cell(*lines[k]) for k in ("precision", "recall", "target_5km", "launch_10km",
                                                  "counts", "dates", "casualties"))))
    widths = [max(len(r[i]) for r in rows) for i in range(len(_HEAD))]
    return "\n".join("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
                     for r in rows)


def _format_misses(report: Report) -> str:
    out = []
    for m in report.misses:
        gid = f" [{m.gold_id}]" if m.gold_id else ""
        out.append(f"{m.passage}{gid} {m.kind}: expected {m.expected}; found {m.found}")
    kinds = Counter(m.kind for m in report.misses)
    out.append("")
    out.append("misses by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    return "\n".join(out)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Command line: print the evaluation table (exit 0), or a one-line error (exit 2)."""
    ap = argparse.ArgumentParser(prog="python -m geo_events.evaluate",
                                 description="Score event extraction against a gold folder.")
    ap.add_argument("gold", help="folder of <id>.txt passages with <id>.meta.json expectations")
    ap.add_argument("--json", action="store_true", help="machine-readable output (scores and misses)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss with its passage id")
    ap.add_argument("--against", metavar="FOLDER",
                    help="score a second annotation of the same passages (their .meta.json) instead of the "
                         "extractor: the agreement of two analysts, on the passages FOLDER holds")
    args = ap.parse_args(argv)
    try:
        passages = load_gold(args.gold)
        if args.against:
            other = load_gold(args.against)
            predictions = predictions_from_gold(passages, other)
            passages = [p for p in passages if p.id in predictions]
        else:
            predictions = predict(passages)
        report = score(passages, predictions)
    except GeoEventsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
        return 0
    print(format_table(report))
    if args.verbose:
        print()
        print(_format_misses(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
