"""Merge the frames of several documents into one event per real-world incident.

Two frames tell of the same incident when they come from different documents, their
types are compatible (a generic "attack" fits any type; an airstrike is not a rocket
attack), their dates overlap within the precision of each, and their places agree
(within the extent of the wider one).  Frames are taken most precise date first, so an
undated report joins the dated incident it fits, and two attacks on one base a day apart
stay apart.  Every value of every fact is kept with its source; figures become
low / best / high, best being the most conservative (the lowest), as ACLED codes them.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from typing import Iterable, Optional

from .normalize import normalize
from .models import DateSpan, Event, EventFrame, Fact, Figure, Impact, Launch, Place, PlaceRef, Source

_DATE_RANK = {"day": 0, "week": 1, "month": 2, "range": 3, "year": 4}
_PRECISION_RANK = {"site": 0, "town": 1, "district": 2, "governorate": 3, "country": 4}
PLACE_SLACK_KM = 5.0


def _km(a: Place, b: Place) -> float:
    from .geodesy import inverse

    return inverse(a.lat, a.lon, b.lat, b.lon)[1]


def _type(frame: EventFrame) -> str:
    f = frame.first("event_type")
    return f.value if f else "attack"


def _date(frame: EventFrame) -> Optional[DateSpan]:
    f = frame.first("date")
    return f.value if f else None


def _target(frame: EventFrame) -> Optional[PlaceRef]:
    f = frame.first("target")
    return f.value if f else None


def _norm(name: str) -> str:
    return normalize(name)


def types_compatible(a: str, b: str) -> bool:
    if a == b or "attack" in (a, b):
        return True
    return "airstrike" not in (a, b)  # rockets, drones and missiles are often reported of one salvo


def places_compatible(a: Optional[PlaceRef], b: Optional[PlaceRef]) -> bool:
    if a is None or b is None:
        return False
    if a.place is not None and b.place is not None:
        if a.place.record_id and a.place.record_id == b.place.record_id:
            return True
        return _km(a.place, b.place) <= max(a.place.radius_km, b.place.radius_km) + PLACE_SLACK_KM
    return bool(a.name and b.name and _norm(a.name) == _norm(b.name))


def dates_compatible(a: Optional[DateSpan], b: Optional[DateSpan]) -> bool:
    if a is None or b is None:
        return True
    # One day of slack between day-precise dates: "Monday evening" in one time zone is Tuesday in another.
    slack = 1 if a.precision == "day" and b.precision == "day" else 0
    return a.overlaps(b, slack_days=slack)


def _score(frame: EventFrame, cluster: list[EventFrame]) -> Optional[float]:
    """How well a frame fits a cluster (lower is better), or None if it does not."""
    docs = {f.doc.doc_id for f in cluster}
    if frame.doc.doc_id in docs:
        return None  # a document's own frames are distinct incidents by construction
    best = None
    for other in cluster:
        if not types_compatible(_type(frame), _type(other)):
            return None
        if not dates_compatible(_date(frame), _date(other)):
            return None
        ta, tb = _target(frame), _target(other)
        if not places_compatible(ta, tb):
            return None
        da, db = _date(frame), _date(other)
        gap = abs((da.best - db.best).days) if da and db else 30
        dist = _km(ta.place, tb.place) if ta.place and tb.place else 0.0
        score = gap + dist / 10.0
        best = score if best is None else min(best, score)
    return best


def cluster_frames(frames: list[EventFrame]) -> list[list[EventFrame]]:
    order = sorted(range(len(frames)), key=lambda i: (_DATE_RANK.get(getattr(_date(frames[i]), "precision", "range"), 5), i))
    clusters: list[list[EventFrame]] = []
    for i in order:
        frame = frames[i]
        scored = [(s, k) for k, c in enumerate(clusters) if (s := _score(frame, c)) is not None]
        if scored:
            clusters[min(scored)[1]].append(frame)
        else:
            clusters.append([frame])
    # Output in document order of each cluster's first frame.
    position = {id(f): i for i, f in enumerate(frames)}
    for c in clusters:
        c.sort(key=lambda f: position[id(f)])
    clusters.sort(key=lambda c: position[id(c[0])])
    return clusters


def _label(frame: EventFrame, fact: Fact) -> str:
    label = frame.doc.label
    return f"{label}, citing {fact.according_to}" if fact.according_to else label


def figure(frames: Iterable[EventFrame], kind: str) -> Figure:
    """Low / best / high of a number every source may state differently."""
    fig = Figure()
    seen = set()
    for frame in frames:
        for fact in frame.get(kind):
            if not isinstance(fact.value, int) or isinstance(fact.value, bool):
                continue
            key = (fact.value, fact.qualifier, _label(frame, fact))
            if key in seen:
                continue
            seen.add(key)
            fig.values.append((fact.value, fact.qualifier, _label(frame, fact), fact))
    if fig.values:
        numbers = [v[0] for v in fig.values]
        fig.low, fig.high = min(numbers), max(numbers)
        fig.best = fig.low  # the most conservative figure, as ACLED does
    return fig


def _best_place(frames: list[EventFrame]) -> tuple[str, Optional[Place]]:
    refs = [r for r in (_target(f) for f in frames) if r is not None]
    resolved = [r for r in refs if r.place is not None]
    if resolved:
        r = min(resolved, key=lambda r: (_PRECISION_RANK.get(r.place.precision, 5), -r.place.confidence))
        return r.name, r.place
    return (refs[0].name if refs else ""), None


def _best_date(frames: list[EventFrame]) -> Optional[DateSpan]:
    dates = [d for d in (_date(f) for f in frames) if d is not None]
    if not dates:
        return None
    best = min(dates, key=lambda d: (_DATE_RANK.get(d.precision, 5), (d.latest - d.earliest).days))
    # Undated reports narrow one another: intersect the spans when no source gives a precise date.
    if best.precision == "range":
        earliest = max(d.earliest for d in dates)
        latest = min(d.latest for d in dates)
        if earliest <= latest:
            return DateSpan(earliest, latest, "range", best.text)
    return best


def _best_type(frames: list[EventFrame]) -> str:
    types = [_type(f) for f in frames]
    specific = [t for t in types if t != "attack"]
    if not specific:
        return "attack"
    return max(dict.fromkeys(specific), key=specific.count)


def _unique(values: Iterable[str]) -> list[str]:
    out, seen = [], set()
    for v in values:
        key = _norm(v) or v.lower()
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out


def _impacts(frames: list[EventFrame], target: Optional[Place]) -> list[Impact]:
    """The impact split of the source that names the most distinct resolved sites."""
    best: list[Impact] = []
    best_key = (-1, -1)
    for frame in frames:
        impacts = []
        for fact in frame.get("impact"):
            ref: PlaceRef = fact.value
            place = target if ref.anaphoric else ref.place
            name = ref.name if not ref.anaphoric else (target.name if target else ref.name)
            impacts.append(Impact(name, place, ref.share, [fact]))
        distinct = len({(i.place.record_id if i.place else i.name) for i in impacts})
        key = (sum(1 for i in impacts if i.place is not None and i.place is not target), distinct)
        if impacts and key > best_key:
            best, best_key = impacts, key
    return best


def _launch(frames: list[EventFrame]) -> Optional[Launch]:
    facts = [f for fr in frames for f in fr.get("launch")]
    if not facts:
        return None
    resolved = [f for f in facts if f.value.place is not None]
    pick = min(resolved, key=lambda f: _PRECISION_RANK.get(f.value.place.precision, 5)) if resolved else facts[0]
    ref: PlaceRef = pick.value
    direction = ref.direction or next((f.value.direction for f in facts if f.value.direction), None)
    launch = Launch(ref.name, ref.place, direction=direction, facts=facts)
    if ref.place is not None and ref.place.precision == "site":
        launch.lat, launch.lon = ref.place.lat, ref.place.lon
    return launch


def event_id(event_type: str, place: Optional[Place], place_name: str, date: Optional[DateSpan]) -> str:
    """A stable id from the incident's defining facts: type family, place, first possible day."""
    family = "airstrike" if event_type == "airstrike" else "attack"
    where = place.record_id if place and place.record_id else (
        f"{place.lat:.2f},{place.lon:.2f}" if place else _norm(place_name))
    when = date.earliest.isoformat() if date else "undated"
    return hashlib.sha1(f"{family}|{where}|{when}".encode()).hexdigest()[:12]


def _summary(ev: Event) -> str:
    what = ev.event_type
    count = f"{ev.count.text()} projectiles, " if ev.count.known else ""
    where = ev.place.name if ev.place else ev.place_name
    when = ev.date.iso() if ev.date else "date unknown"
    return f"{what.capitalize()} on {where}, {when}: {count}killed {ev.killed.text()}, injured {ev.injured.text()}"


def build_event(frames: list[EventFrame]) -> Event:
    place_name, place = _best_place(frames)
    date = _best_date(frames)
    etype = _best_type(frames)
    weapon = next((f.value for fr in frames for f in fr.get("weapon")), None)
    claimed = _unique(f.value for fr in frames for f in fr.get("claimed_by"))
    ev = Event(
        event_id=event_id(etype, place, place_name, date),
        event_type=etype,
        frames=list(frames),
        place_name=place_name,
        place=place,
        date=date,
        weapon=weapon,
        count=figure(frames, "count"),
        killed=figure(frames, "killed"),
        injured=figure(frames, "injured"),
        claimed_by=claimed,
        blamed_on=_unique(f.value for fr in frames for f in fr.get("blamed_on")),
        unclaimed=not claimed and any(fr.get("unclaimed") for fr in frames),
        attacker=_unique(f.value for fr in frames for f in fr.get("attacker")),
        impacts=_impacts(frames, place),
        launch=_launch(frames),
        sources=[Source(fr.doc.doc_id, fr.doc.label, fr.doc.language, fr.doc.published, fr.doc.url, fr.doc.path)
                 for fr in dict((fr.doc.doc_id, fr) for fr in frames).values()],
    )
    ev.summary = _summary(ev)
    return ev


def reconcile(frames: list[EventFrame]) -> list[Event]:
    """One :class:`Event` per incident, sorted by date then place."""
    events = [build_event(c) for c in cluster_frames(frames)]
    events.sort(key=lambda e: (e.date.best if e.date else dt.date.max, e.place_name, e.event_id))
    return events
