"""Existing events as input: geo-events GeoJSON/JSON/CSV/GeoPackage and ACLED-style CSV.

``geo-events map old.geojson new-articles/`` reads ``old.geojson`` back into
:class:`~geo_events.models.Event` objects, which are then merged with the events read from
the articles (:func:`geo_events.reconcile.merge_events`).

Formats understood, told apart by suffix and by sniffing the content (:func:`is_event_file`):

* GeoJSON FeatureCollection or GeoJSON Text Sequence written by ``geo-events export``: the
  flat ``kind == "event"`` features give the events, ``impact``/``launch``/``trajectory``/
  ``launch_area`` features their details.  Flat properties lose who said which figure: such
  figure values are kept *unattributed* (their fact has no document), labelled with every
  source of the event, and give way to attributed values of the same number when the
  articles are read again.
* JSON as printed by ``geo-events extract`` (a list of full events, every fact with its sentence),
  and the lossless record of :func:`event_to_dict` (the event store's table).
* CSV written by ``geo-events export`` (ACLED column names plus ours) and ACLED-style CSV
  (``event_date``, ``event_type``, ``sub_event_type``, ``actor1``, ``admin1``, ``location``,
  ``latitude``, ``longitude``, ``geo_precision``, ``source``, ``notes``, ``fatalities`` ...).
* GeoPackage: an event store (:mod:`geo_events.store`, read losslessly) or the layers of
  ``geo-events export --format gpkg``.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import os
import re
from pathlib import Path
from typing import Any, Iterable, Optional

from .errors import InputError
from .models import (
    DATE_PRECISIONS, PRECISIONS, DateSpan, Document, Event, EventFrame, Evidence, Fact, Figure, Impact, Launch,
    Place, PlaceRef, Source, Trajectory,
)

# The lossless record written in the store's JSON table; bump when the layout changes.
RECORD_FORMAT = 1

JSON_SUFFIXES = (".geojson", ".json")
SEQ_SUFFIXES = (".geojsons", ".geojsonl", ".geojsonseq")
CSV_SUFFIXES = (".csv",)
GPKG_SUFFIXES = (".gpkg",)
EVENT_SUFFIXES = JSON_SUFFIXES + SEQ_SUFFIXES + CSV_SUFFIXES + GPKG_SUFFIXES

# Source doc_id of a source known only by its label (flat files): merged with a real
# document of the same label when the article is read again.
LABEL_PREFIX = "source:"
JOIN = "; "

# Default extent of a place by precision when a file gives none (km).
_RADIUS = {"site": 1.5, "town": 3.0, "district": 25.0, "governorate": 60.0, "country": 250.0}
# ACLED geo_precision codes: 1 the place itself, 2 near it / part of a region, 3 a larger region.
_ACLED_GEO = {"1": "town", "2": "district", "3": "governorate"}
_SNIFF_BYTES = 65536


# --------------------------------------------------------------------------- detection


def _head(path: Path, n: int = _SNIFF_BYTES) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(n)
    except OSError:
        return b""


def _csv_header(head: bytes) -> list[str]:
    text = head.decode("utf-8-sig", errors="replace")
    first = text.splitlines()[0] if text else ""
    try:
        row = next(csv.reader([first]))
    except (csv.Error, StopIteration):
        return []
    return [c.strip().lower() for c in row]


def is_event_file(path: str | os.PathLike) -> bool:
    """Whether ``path`` holds events rather than an article.

    Decided by suffix and by sniffing the start of the file: a GeoJSON FeatureCollection
    or Feature (``.geojson``, ``.json``), a GeoJSON Text Sequence, a list of events as
    printed by ``geo-events extract``, a CSV whose header has ``latitude`` and ``longitude``,
    or a GeoPackage (``.gpkg``, or the SQLite header).

    Parameters
    ----------
    path : str or PathLike

    Returns
    -------
    bool
        False for folders, missing files and anything else (articles).

    Examples
    --------
    >>> is_event_file("no/such/file.txt")
    False
    """
    p = Path(path)
    if not p.is_file():
        return False
    suffix = p.suffix.lower()
    head = _head(p)
    if suffix in GPKG_SUFFIXES or head.startswith(b"SQLite format 3\x00"):
        return True
    if suffix in CSV_SUFFIXES:
        cols = _csv_header(head)
        return "latitude" in cols and "longitude" in cols
    if suffix in SEQ_SUFFIXES:
        return True
    text = head.decode("utf-8-sig", errors="replace").lstrip("\ufeff \t\r\n\x1e")
    if text.startswith("{"):
        return bool(re.search(r'"type"\s*:\s*"(FeatureCollection|Feature)"', text))
    if text.startswith("["):
        return bool(re.match(r'\[\s*(\]|\{\s*"(event_id|format)")', text))
    return False


# --------------------------------------------------------------------------- entry point


def load_events(path: str | os.PathLike) -> list[Event]:
    """Read the events of a file written by geo-events or in ACLED's CSV layout.

    Parameters
    ----------
    path : str or PathLike
        ``.geojson``/``.json`` (FeatureCollection, ``extract`` output or store records),
        ``.geojsons`` (RFC 8142 sequence), ``.csv`` (geo-events or ACLED-style), ``.gpkg``.

    Returns
    -------
    list of Event
        In file order; ``event_id`` kept from the file (computed when the file has none).

    Raises
    ------
    InputError
        One line naming the file and the problem (not JSON, missing columns, bad row N ...).
    """
    p = Path(path)
    name = os.fspath(path)
    if not p.exists():
        raise InputError(f"{name}: no such file; check the path")
    if p.is_dir():
        raise InputError(f"{name}: is a folder, not an events file")
    suffix = p.suffix.lower()
    head = _head(p, 16)
    if suffix in GPKG_SUFFIXES or head.startswith(b"SQLite format 3\x00"):
        return _load_gpkg(p, name)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (first bad byte at {exc.start}); save it as UTF-8") from None
    if suffix in CSV_SUFFIXES:
        return _load_csv(text, name)
    if suffix in SEQ_SUFFIXES or text.lstrip().startswith("\x1e"):
        return _load_sequence(text, name)
    return _load_json_text(text, name)


# --------------------------------------------------------------------------- small parsers


def _date(value: Any, name: str, where: str) -> Optional[dt.date]:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    for fmt in ("%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y", "%B %d, %Y", "%B %d %Y", "%d/%m/%Y", "%Y/%m/%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise InputError(f"{name}: {where}: {text!r} is not a date (expected YYYY-MM-DD or '15 March 2021')")


def _float(value: Any, name: str, where: str, *, required: bool = False) -> Optional[float]:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InputError(f"{name}: {where} is empty")
        return None
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise InputError(f"{name}: {where}: {value!r} is not a number") from None
    if not math.isfinite(x):
        if required:
            raise InputError(f"{name}: {where}: {value!r} is not a finite number")
        return None
    return x


def _int(value: Any, name: str, where: str) -> Optional[int]:
    x = _float(value, name, where)
    if x is None:
        return None
    if x != int(x) or x < 0:
        raise InputError(f"{name}: {where}: {value!r} is not a whole number >= 0")
    return int(x)


def _bool(value: Any) -> Optional[bool]:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "t", "y")


def _text(value: Any) -> Optional[str]:
    if value is None:
        return None
    text = str(value).strip()
    if text.startswith("'") and len(text) > 1 and text[1] in "=+-@\t\r":
        text = text[1:]  # undo the CSV writer's guard against spreadsheet formulas
    return text or None


def _split(value: Any) -> list[str]:
    text = _text(value)
    return [t.strip() for t in text.split(";") if t.strip()] if text else []


def _check_latlon(lat: float, lon: float, name: str, where: str) -> None:
    if not (-90.0 <= lat <= 90.0) or not (-180.0 <= lon <= 180.0):
        raise InputError(f"{name}: {where}: coordinates lat={lat} lon={lon} are out of range")


def _blank_fact(kind: str, value: Any, qualifier: Optional[str] = None) -> Fact:
    # A value read from a flat file has no sentence: render shows no quote for it.
    return Fact(kind, value, Evidence("", "", 0, 0), qualifier)


def is_unattributed(value: tuple) -> bool:
    """Whether a :class:`Figure` value came from a flat file (no document, no sentence)."""
    fact = value[3] if len(value) > 3 else None
    return fact is None or (not fact.evidence.doc_id and not fact.evidence.sentence)


def _flat_figure(kind: str, best, low, high, qualifier, label: str) -> Figure:
    if best is None and low is None and high is None:
        return Figure()
    best = best if best is not None else (low if low is not None else high)
    low = low if low is not None else best
    high = high if high is not None else best
    numbers = list(dict.fromkeys(n for n in (best, low, high) if n is not None))
    values = [(n, qualifier if n == best else None, label, _blank_fact(kind, n, qualifier if n == best else None))
              for n in numbers]
    return Figure(low=low, best=best, high=high, values=values)


def _sources_from_labels(labels: list[str], urls: list[str], languages: list[str]) -> list[Source]:
    # Flat files join unique values: urls and languages pair with labels only when counts match
    # (languages are written sorted, so with several the pairing is a guess that keeps the set).
    aligned = len(urls) == len(labels)
    langs = languages if len(languages) == len(labels) else [languages[0] if len(languages) == 1 else "und"] * len(labels)
    return [Source(LABEL_PREFIX + label, label, langs[i], None, urls[i] if aligned else None, None)
            for i, label in enumerate(labels)]


def _auto_id(etype: str, place: Optional[Place], place_name: str, date: Optional[DateSpan]) -> str:
    from .reconcile import event_id

    return event_id(etype, place, place_name, date)


# --------------------------------------------------------------------------- lossless records


def _place_d(p: Optional[Place]) -> Optional[dict]:
    if p is None:
        return None
    return {"name": p.name, "lat": p.lat, "lon": p.lon, "feature": p.feature, "precision": p.precision,
            "radius_km": p.radius_km, "confidence": p.confidence, "layer": p.layer, "record_id": p.record_id,
            "country": p.country, "admin1": p.admin1, "population": p.population, "polygon": p.polygon}


def _place_o(d: Optional[dict]) -> Optional[Place]:
    if d is None:
        return None
    return Place(d["name"], d["lat"], d["lon"], d.get("feature", "place"), d.get("precision", "town"),
                 d.get("radius_km", 2.0), d.get("confidence", 1.0), d.get("layer", "geonames"),
                 d.get("record_id", ""), d.get("country"), d.get("admin1"), d.get("population", 0) or 0,
                 d.get("polygon"))


def _span_d(s: Optional[DateSpan]) -> Optional[dict]:
    if s is None:
        return None
    return {"earliest": s.earliest.isoformat(), "latest": s.latest.isoformat(), "precision": s.precision,
            "text": s.text}


def _span_o(d: Optional[dict]) -> Optional[DateSpan]:
    if d is None:
        return None
    return DateSpan(dt.date.fromisoformat(d["earliest"]), dt.date.fromisoformat(d["latest"]),
                    d.get("precision", "day"), d.get("text", "") or "")


def _ref_d(r: PlaceRef) -> dict:
    return {"name": r.name, "cue": r.cue, "container": r.container, "share": r.share, "direction": r.direction,
            "distance_km": r.distance_km, "anaphoric": r.anaphoric, "place": _place_d(r.place),
            "candidates": [_place_d(c) for c in r.candidates], "unresolved_reason": r.unresolved_reason,
            # (written only when set: stores written before it read the same)
            **({"bearing_from_place": True} if r.bearing_from_place else {})}


def _ref_o(d: dict) -> PlaceRef:
    return PlaceRef(d["name"], d.get("cue"), d.get("container"), d.get("share"), d.get("direction"),
                    d.get("distance_km"), bool(d.get("anaphoric")), _place_o(d.get("place")),
                    [_place_o(c) for c in d.get("candidates") or []], d.get("unresolved_reason"),
                    bool(d.get("bearing_from_place")))


def _value_d(v: Any) -> dict:
    if isinstance(v, DateSpan):
        return {"date": _span_d(v)}
    if isinstance(v, PlaceRef):
        return {"place_ref": _ref_d(v)}
    if v is None or isinstance(v, (str, int, float, bool)):
        return {"v": v}
    return {"v": str(v)}


def _value_o(d: dict) -> Any:
    if "date" in d:
        return _span_o(d["date"])
    if "place_ref" in d:
        return _ref_o(d["place_ref"])
    return d.get("v")


def _fact_d(f: Fact) -> dict:
    e = f.evidence
    return {"kind": f.kind, "value": _value_d(f.value), "qualifier": f.qualifier, "according_to": f.according_to,
            "evidence": [e.doc_id, e.sentence, e.start, e.end]}


def _fact_o(d: dict) -> Fact:
    doc_id, sentence, start, end = d["evidence"]
    return Fact(d["kind"], _value_o(d["value"]), Evidence(doc_id, sentence, start, end), d.get("qualifier"),
                d.get("according_to"))


def _doc_d(doc: Document) -> dict:
    return {"doc_id": doc.doc_id, "text": doc.text, "language": doc.language,
            "published": doc.published.isoformat() if doc.published else None, "source": doc.source,
            "url": doc.url, "title": doc.title, "path": doc.path, "published_from": doc.published_from}


def _doc_o(d: dict) -> Document:
    pub = d.get("published")
    return Document(d["doc_id"], d.get("text", ""), d.get("language", "und"),
                    dt.date.fromisoformat(pub) if pub else None, d.get("source"), d.get("url"), d.get("title"),
                    d.get("path"), d.get("published_from"))


def event_to_dict(ev: Event) -> dict:
    """Everything an :class:`Event` holds, as JSON-serialisable data (see :func:`event_from_dict`).

    Facts shared by the frames, the figures, the impacts and the launch are written once
    and referred to by ``[frame, fact]`` index, so the identity links survive the trip.

    Parameters
    ----------
    ev : Event

    Returns
    -------
    dict
    """
    index: dict[int, list[int]] = {}
    for i, fr in enumerate(ev.frames):
        for j, f in enumerate(fr.facts):
            index.setdefault(id(f), [i, j])

    def ref(f: Optional[Fact]):
        if f is None:
            return None
        return index.get(id(f)) or {"fact": _fact_d(f)}

    def fig(g: Figure) -> dict:
        return {"low": g.low, "best": g.best, "high": g.high,
                "values": [[v[0], v[1], v[2], ref(v[3] if len(v) > 3 else None)] for v in g.values]}

    la = ev.launch
    return {
        "format": RECORD_FORMAT,
        "event_id": ev.event_id,
        "event_type": ev.event_type,
        "place_name": ev.place_name,
        "place": _place_d(ev.place),
        "date": _span_d(ev.date),
        "weapon": ev.weapon,
        "frames": [{"doc": _doc_d(fr.doc), "facts": [_fact_d(f) for f in fr.facts]} for fr in ev.frames],
        "count": fig(ev.count),
        "killed": fig(ev.killed),
        "injured": fig(ev.injured),
        "claimed_by": list(ev.claimed_by),
        "blamed_on": list(ev.blamed_on),
        "unclaimed": ev.unclaimed,
        "attacker": list(ev.attacker),
        "impacts": [{"name": i.name, "place": _place_d(i.place), "count": i.count, "facts": [ref(f) for f in i.facts]}
                    for i in ev.impacts],
        "launch": None if la is None else {
            "name": la.name, "place": _place_d(la.place), "lat": la.lat, "lon": la.lon, "estimated": la.estimated,
            "uncertainty_km": la.uncertainty_km, "direction": la.direction, "area": la.area,
            "area_method": la.area_method, "note": la.note, "facts": [ref(f) for f in la.facts]},
        "trajectories": [{
            "launch_lat": t.launch_lat, "launch_lon": t.launch_lon, "impact_lat": t.impact_lat,
            "impact_lon": t.impact_lon, "distance_km": t.distance_km, "azimuth_deg": t.azimuth_deg,
            "coords": [list(c) for c in t.coords], "weapon": t.weapon, "weapon_max_range_km": t.weapon_max_range_km,
            "within_range": t.within_range, "verdict": t.verdict, "reaching_weapons": list(t.reaching_weapons)}
            for t in ev.trajectories],
        "sources": [{"doc_id": s.doc_id, "label": s.label, "language": s.language,
                     "published": s.published.isoformat() if s.published else None, "url": s.url, "path": s.path,
                     "published_from": s.published_from}
                    for s in ev.sources],
        "summary": ev.summary,
    }


def event_from_dict(d: dict) -> Event:
    """The :class:`Event` of a record written by :func:`event_to_dict` (equal to the original).

    Raises
    ------
    KeyError, TypeError, ValueError
        On a malformed record (callers turn them into :class:`InputError`).
    """
    frames = [EventFrame(_doc_o(fr["doc"]), [_fact_o(f) for f in fr["facts"]]) for fr in d.get("frames", [])]

    def fact(r) -> Optional[Fact]:
        if r is None:
            return None
        if isinstance(r, dict):
            return _fact_o(r["fact"])
        return frames[r[0]].facts[r[1]]

    def fig(g: Optional[dict]) -> Figure:
        if not g:
            return Figure()
        return Figure(g.get("low"), g.get("best"), g.get("high"), [(v[0], v[1], v[2], fact(v[3])) for v in g["values"]])

    la = d.get("launch")
    launch = None if la is None else Launch(
        la["name"], _place_o(la.get("place")), la.get("lat"), la.get("lon"), bool(la.get("estimated")),
        la.get("uncertainty_km"), la.get("direction"), la.get("area"), la.get("area_method"), la.get("note", ""),
        [fact(r) for r in la.get("facts", [])])
    srcs = []
    for s in d.get("sources", []):
        pub = s.get("published")
        srcs.append(Source(s["doc_id"], s["label"], s.get("language", "und"),
                           dt.date.fromisoformat(pub) if pub else None, s.get("url"), s.get("path"),
                           s.get("published_from")))
    return Event(
        event_id=d["event_id"],
        event_type=d["event_type"],
        frames=frames,
        place_name=d.get("place_name", ""),
        place=_place_o(d.get("place")),
        date=_span_o(d.get("date")),
        weapon=d.get("weapon"),
        count=fig(d.get("count")),
        killed=fig(d.get("killed")),
        injured=fig(d.get("injured")),
        claimed_by=list(d.get("claimed_by", [])),
        blamed_on=list(d.get("blamed_on", [])),
        unclaimed=bool(d.get("unclaimed")),
        attacker=list(d.get("attacker", [])),
        impacts=[Impact(i["name"], _place_o(i.get("place")), i.get("count"), [fact(r) for r in i.get("facts", [])])
                 for i in d.get("impacts", [])],
        launch=launch,
        trajectories=[Trajectory(t["launch_lat"], t["launch_lon"], t["impact_lat"], t["impact_lon"], t["distance_km"],
                                 t["azimuth_deg"], [tuple(c) for c in t.get("coords", [])], t.get("weapon"),
                                 t.get("weapon_max_range_km"), t.get("within_range"),
                                 t.get("verdict", "unknown weapon"), list(t.get("reaching_weapons", [])))
                      for t in d.get("trajectories", [])],
        sources=srcs,
        summary=d.get("summary", ""),
    )


# --------------------------------------------------------------------------- extract JSON


def _extract_value(kind: str, v: Any) -> Any:
    if kind == "date" and isinstance(v, dict):
        return _span_o(v)
    if kind in ("target", "impact", "launch") and isinstance(v, dict):
        return PlaceRef(v.get("name", ""), v.get("cue"), v.get("container"), v.get("share"), v.get("direction"),
                        v.get("distance_km"), bool(v.get("anaphoric")), _place_o(v.get("place")), [],
                        v.get("unresolved_reason"))
    return v


def _event_from_extract(d: dict) -> Event:
    """An event as printed by ``geo-events extract`` (``export.events_to_json``)."""
    sources = []
    for s in d.get("sources", []):
        pub = s.get("published")
        sources.append(Source(s["doc_id"], s.get("label") or s["doc_id"], s.get("language") or "und",
                              dt.date.fromisoformat(pub) if pub else None, s.get("url"), s.get("path"),
                              s.get("published_from")))
    by_doc: dict[str, EventFrame] = {}
    for s in sources:
        base = os.path.basename(s.path) if s.path else s.doc_id
        doc = Document(s.doc_id, "", s.language, s.published, None if s.label == base else s.label, s.url, None, s.path,
                       s.published_from)
        by_doc[s.doc_id] = EventFrame(doc)
    for f in d.get("facts", []):
        doc_id = f.get("doc_id") or ""
        if doc_id not in by_doc:
            by_doc[doc_id] = EventFrame(Document(doc_id, "", "und", source=f.get("source")))
        by_doc[doc_id].add(Fact(f["kind"], _extract_value(f["kind"], f.get("value")),
                                Evidence(doc_id, f.get("sentence") or "", f.get("start") or 0, f.get("end") or 0),
                                f.get("qualifier"), f.get("according_to")))
    frames = list(by_doc.values())

    def labelled(fr: EventFrame, fact: Fact) -> str:
        return f"{fr.doc.label}, citing {fact.according_to}" if fact.according_to else fr.doc.label

    def fig(kind: str) -> Figure:
        g = d.get(kind if kind != "count" else "projectile_count") or {}
        values = []
        for v in g.get("values", []):
            match = next((f for fr in frames for f in fr.get(kind)
                          if f.value == v["value"] and f.qualifier == v.get("qualifier")
                          and v.get("source") in (labelled(fr, f), fr.doc.label)), None)
            values.append((v["value"], v.get("qualifier"), v.get("source") or "", match or _blank_fact(kind, v["value"])))
        return Figure(g.get("low"), g.get("best"), g.get("high"), values)

    la = d.get("launch")
    launch = None if la is None else Launch(
        la.get("name") or "", _place_o(la.get("place")), la.get("lat"), la.get("lon"), bool(la.get("estimated")),
        la.get("uncertainty_km"), la.get("direction"), la.get("area"), la.get("area_method"), la.get("note") or "",
        [f for fr in frames for f in fr.get("launch")])
    return Event(
        event_id=d["event_id"], event_type=d.get("event_type") or "attack", frames=frames,
        place_name=d.get("place_name") or "", place=_place_o(d.get("place")), date=_span_o(d.get("date")),
        weapon=d.get("weapon"), count=fig("count"), killed=fig("killed"), injured=fig("injured"),
        claimed_by=list(d.get("claimed_by") or []), blamed_on=list(d.get("attributed_to") or []),
        unclaimed=bool(d.get("unclaimed")),
        impacts=[Impact(i.get("name") or "", _place_o(i.get("place")), i.get("count")) for i in d.get("impacts", [])],
        launch=launch,
        trajectories=[Trajectory(t["launch_lat"], t["launch_lon"], t["impact_lat"], t["impact_lon"],
                                 t.get("distance_km") or 0.0, t.get("azimuth_deg") or 0.0,
                                 [(t["launch_lat"], t["launch_lon"]), (t["impact_lat"], t["impact_lon"])],
                                 t.get("weapon"), t.get("weapon_max_range_km"), t.get("within_range"),
                                 t.get("verdict") or "unknown weapon", list(t.get("reaching_weapons") or []))
                      for t in d.get("trajectories", [])],
        sources=sources, summary=d.get("summary") or "",
    )


# --------------------------------------------------------------------------- GeoJSON


def _load_json_text(text: str, name: str) -> list[Event]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}: not valid JSON (line {exc.lineno} column {exc.colno}: {exc.msg})") from None
    return _load_json_data(data, name)


def _load_json_data(data: Any, name: str) -> list[Event]:
    if isinstance(data, dict) and data.get("type") == "FeatureCollection":
        feats = data.get("features")
        if not isinstance(feats, list):
            raise InputError(f"{name}: FeatureCollection without a 'features' list")
        return _events_from_features(feats, name)
    if isinstance(data, dict) and data.get("type") == "Feature":
        return _events_from_features([data], name)
    if isinstance(data, list):
        out = []
        for i, d in enumerate(data, 1):
            if not isinstance(d, dict) or "event_id" not in d:
                raise InputError(f"{name}: item {i} is not an event (no event_id)")
            try:
                out.append(event_from_dict(d) if d.get("format") else _event_from_extract(d))
            except InputError:
                raise
            except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
                raise InputError(f"{name}: event {i} ({d.get('event_id')}) is malformed ({_why(exc)})") from None
        return out
    raise InputError(f"{name}: JSON is neither a GeoJSON FeatureCollection nor a list of geo-events events")


def _why(exc: Exception) -> str:
    return f"missing {exc}" if isinstance(exc, KeyError) else str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _load_sequence(text: str, name: str) -> list[Event]:
    feats = []
    for n, chunk in enumerate(re.split(r"[\x1e\n]+", text), 1):
        chunk = chunk.strip()
        if not chunk:
            continue
        try:
            feats.append(json.loads(chunk))
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}: record {n} is not valid JSON ({exc.msg})") from None
    return _events_from_features(feats, name)


def _point_of(geom: Any, name: str, where: str) -> Optional[tuple[float, float]]:
    """(lat, lon) of a Point geometry; None for a null geometry."""
    if geom is None:
        return None
    if not isinstance(geom, dict) or geom.get("type") != "Point":
        raise InputError(f"{name}: {where}: expected a Point geometry, got {geom.get('type') if isinstance(geom, dict) else geom!r}")
    try:
        lon, lat = float(geom["coordinates"][0]), float(geom["coordinates"][1])
    except (KeyError, IndexError, TypeError, ValueError):
        raise InputError(f"{name}: {where}: Point without two numeric coordinates") from None
    _check_latlon(lat, lon, name, where)
    return lat, lon


def _place_from_props(p: dict, pt: Optional[tuple[float, float]], name: str, where: str,
                      fallback_name: str = "") -> Optional[Place]:
    if pt is None:
        return None
    precision = _text(p.get("geo_precision"))
    if precision not in PRECISIONS:
        precision = "town"
    radius = _float(p.get("uncertainty_km"), name, f"{where} uncertainty_km")
    conf = _float(p.get("geo_confidence"), name, f"{where} geo_confidence")
    return Place(_text(p.get("place")) or fallback_name, pt[0], pt[1], "place", precision,
                 radius if radius is not None else _RADIUS[precision], conf if conf is not None else 1.0, "import",
                 _text(p.get("place_id")) or "", _text(p.get("country")), _text(p.get("admin1")))


def _span_from_props(p: dict, name: str, where: str) -> Optional[DateSpan]:
    best = _date(p.get("event_date"), name, f"{where} event_date")
    earliest = _date(p.get("date_earliest"), name, f"{where} date_earliest") or best
    latest = _date(p.get("date_latest"), name, f"{where} date_latest") or best
    if earliest is None or latest is None:
        return None
    if earliest > latest:
        raise InputError(f"{name}: {where}: date_earliest {earliest} is after date_latest {latest}")
    precision = _text(p.get("date_precision")) or ("day" if earliest == latest else "range")
    if precision not in DATE_PRECISIONS:
        raise InputError(f"{name}: {where}: date_precision {precision!r} is not one of {', '.join(DATE_PRECISIONS)}")
    return DateSpan(earliest, latest, precision, "")


def _event_from_props(p: dict, geom: Any, name: str, where: str) -> Event:
    pt = _point_of(geom, name, where)
    place = _place_from_props(p, pt, name, where)
    place_name = _text(p.get("place")) or ""
    date = _span_from_props(p, name, where)
    etype = _text(p.get("event_type")) or "attack"
    labels = _split(p.get("sources"))
    label = JOIN.join(labels) or name

    def figure(key: str, kind: str) -> Figure:
        return _flat_figure(kind, _int(p.get(key), name, f"{where} {key}"),
                            _int(p.get(f"{key}_low"), name, f"{where} {key}_low"),
                            _int(p.get(f"{key}_high"), name, f"{where} {key}_high"),
                            _text(p.get("count_qualifier")) if kind == "count" else None, label)

    ev = Event(
        event_id=_text(p.get("event_id")) or _auto_id(etype, place, place_name, date),
        event_type=etype, frames=[], place_name=place_name, place=place, date=date, weapon=_text(p.get("weapon")),
        count=figure("projectile_count", "count"), killed=figure("killed", "killed"),
        injured=figure("injured", "injured"), claimed_by=_split(p.get("claimed_by")),
        blamed_on=_split(p.get("attributed_to")), unclaimed=bool(_bool(p.get("unclaimed"))),
        sources=_sources_from_labels(labels, _split(p.get("source_urls")), _split(p.get("languages"))),
        summary=_text(p.get("summary")) or "",
    )
    lat = _float(p.get("launch_lat"), name, f"{where} launch_lat")
    lon = _float(p.get("launch_lon"), name, f"{where} launch_lon")
    if _text(p.get("launch_place")) or lat is not None:
        ev.launch = Launch(_text(p.get("launch_place")) or "", None, lat, lon)
    return ev


def _events_from_features(feats: list, name: str) -> list[Event]:
    events: dict[str, Event] = {}
    details: list[tuple[int, dict]] = []
    for i, f in enumerate(feats, 1):
        if not isinstance(f, dict) or f.get("type") != "Feature":
            raise InputError(f"{name}: feature {i} is not a GeoJSON Feature")
        props = f.get("properties") or {}
        if not isinstance(props, dict):
            raise InputError(f"{name}: feature {i} has properties that are not an object")
        kind = props.get("kind") or "event"
        if kind == "event":
            ev = _event_from_props(props, f.get("geometry"), name, f"feature {i}")
            events.setdefault(ev.event_id, ev)
        else:
            details.append((i, f))
    for i, f in details:
        _attach(events, f, name, f"feature {i}")
    return list(events.values())


def _attach(events: dict[str, Event], f: dict, name: str, where: str) -> None:
    """Add an impact, launch, launch area or trajectory feature to its event."""
    p = f.get("properties") or {}
    ev = events.get(_text(p.get("event_id")) or "")
    if ev is None:
        return  # a detail of an event not in the file (a filtered export): nothing to hang it on
    kind = p.get("kind")
    geom = f.get("geometry")
    if kind == "impact":
        pt = _point_of(geom, name, where)
        ev.impacts.append(Impact(_text(p.get("place")) or "", _place_from_props(p, pt, name, where),
                                 _int(p.get("projectile_count"), name, f"{where} projectile_count")))
    elif kind == "launch":
        pt = _point_of(geom, name, where)
        la = ev.launch or Launch(_text(p.get("place")) or "", None)
        place = None
        if pt is not None and (_text(p.get("place_id")) or _text(p.get("geo_precision"))):
            place = _place_from_props(p, pt, name, where)
        la.name = _text(p.get("place")) or la.name
        la.place = place
        la.lat, la.lon = pt if pt else (la.lat, la.lon)
        la.estimated = bool(_bool(p.get("estimated")))
        la.uncertainty_km = _float(p.get("uncertainty_km"), name, f"{where} uncertainty_km")
        la.direction = _text(p.get("direction"))
        la.note = _text(p.get("note")) or ""
        ev.launch = la
    elif kind == "launch_area":
        la = ev.launch or Launch(_text(p.get("launch_place")) or "", None)
        if isinstance(geom, dict) and geom.get("type") in ("Polygon", "MultiPolygon"):
            la.area = geom
        la.area_method = _text(p.get("method"))
        if la.uncertainty_km is None:
            la.uncertainty_km = _float(p.get("uncertainty_km"), name, f"{where} uncertainty_km")
        ev.launch = la
    elif kind == "trajectory":
        if not isinstance(geom, dict) or geom.get("type") not in ("LineString", "MultiLineString"):
            raise InputError(f"{name}: {where}: a trajectory needs a LineString geometry")
        try:
            # a line split at the antimeridian comes back as one line (its parts joined in order)
            parts = geom["coordinates"] if geom["type"] == "MultiLineString" else [geom["coordinates"]]
            coords = [(float(y), float(x)) for part in parts for x, y, *_ in part]
        except (KeyError, TypeError, ValueError):
            raise InputError(f"{name}: {where}: LineString with non-numeric coordinates") from None
        if not coords:
            raise InputError(f"{name}: {where}: a trajectory with no coordinates")

        def num(key, default):
            x = _float(p.get(key), name, f"{where} {key}")
            return default if x is None else x

        ev.trajectories.append(Trajectory(
            num("launch_lat", coords[0][0]), num("launch_lon", coords[0][1]), num("impact_lat", coords[-1][0]),
            num("impact_lon", coords[-1][1]), num("distance_km", 0.0), num("azimuth_deg", 0.0), coords,
            _text(p.get("weapon")), _float(p.get("weapon_max_range_km"), name, f"{where} weapon_max_range_km"),
            _bool(p.get("within_range")), _text(p.get("verdict")) or "unknown weapon", _split(p.get("reaching_weapons"))))
    else:
        raise InputError(f"{name}: {where}: unknown kind {kind!r}")


# --------------------------------------------------------------------------- CSV

_GEO_EVENTS_CSV = {"event_id", "attack_type"}
_ACLED_REQUIRED = ("event_date", "latitude", "longitude")
# Our event type from ACLED's sub_event_type, refined by the words of the notes.
_ACLED_SUB = {
    "air/drone strike": "airstrike",
    "shelling/artillery/missile attack": "attack",
    "remote explosive/landmine/ied": "IED attack",
    "grenade": "attack",
    "suicide bomb": "IED attack",
}
_WORDS = (("drone", "drone attack"), ("uav", "drone attack"), ("rocket", "rocket attack"),
          ("katyusha", "rocket attack"), ("missile", "missile attack"), ("mortar", "mortar attack"))


def _acled_type(sub: str, notes: str) -> str:
    base = _ACLED_SUB.get(sub.strip().lower(), "attack")
    if base in ("attack", "airstrike"):
        low = notes.lower()
        for word, etype in _WORDS:
            if re.search(rf"\b{word}", low):
                return etype if base == "attack" or etype == "drone attack" else base
    return base


def _acled_span(day: Optional[dt.date], precision: Any) -> Optional[DateSpan]:
    if day is None:
        return None
    code = str(precision or "1").strip()
    if code == "2":  # "within the week": ACLED codes the middle of it
        return DateSpan(day - dt.timedelta(days=3), day + dt.timedelta(days=3), "week", "")
    if code == "3":  # the month
        first = day.replace(day=1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        return DateSpan(first, nxt - dt.timedelta(days=1), "month", "")
    return DateSpan(day, day, "day", "")


def _load_csv(text: str, name: str) -> list[Event]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
    except csv.Error as exc:
        raise InputError(f"{name}: not a readable CSV ({exc})") from None
    reader.fieldnames = header
    missing = [c for c in _ACLED_REQUIRED if c not in header]
    if missing:
        raise InputError(f"{name}: CSV lacks the column{'s' if len(missing) > 1 else ''} {', '.join(missing)}; "
                         "expected a geo-events or ACLED-style events table")
    ours = _GEO_EVENTS_CSV <= set(header)
    out: dict[str, Event] = {}
    try:
        for row in reader:
            where = f"line {reader.line_num}"
            if None in row:
                raise InputError(f"{name}: {where}: more cells than columns")
            if not any((v or "").strip() for v in row.values()):
                continue
            ev = _csv_event(row, name, where, ours)
            out.setdefault(ev.event_id, ev)
    except csv.Error as exc:
        raise InputError(f"{name}: line {reader.line_num}: bad CSV ({exc})") from None
    return list(out.values())


def _csv_event(row: dict, name: str, where: str, ours: bool) -> Event:
    g = row.get
    lat = _float(g("latitude"), name, f"{where} latitude")
    lon = _float(g("longitude"), name, f"{where} longitude")
    if (lat is None) != (lon is None):
        raise InputError(f"{name}: {where}: latitude and longitude must both be given or both empty")
    if lat is not None:
        _check_latlon(lat, lon, name, where)
    day = _date(g("event_date"), name, f"{where} event_date")
    date = _acled_span(day, g("time_precision"))
    location = _text(g("location")) or ""
    code = (_text(g("geo_precision")) or "1").split(".")[0]
    precision = _ACLED_GEO.get(code, "town")
    radius = _float(g("uncertainty_km"), name, f"{where} uncertainty_km")
    place = None
    if lat is not None:
        place = Place(location, lat, lon, "place", precision, radius if radius is not None else _RADIUS[precision],
                      1.0, "import", _text(g("place_id")) or "", _text(g("country_code") or g("iso2")),
                      _text(g("admin1")))
    labels = _split(g("source"))
    label = JOIN.join(labels) or name
    notes = _text(g("notes")) or ""
    if ours:
        etype = _text(g("attack_type")) or "attack"
        claimed, attacker = _split(g("actor1")), []
    else:
        etype = _acled_type(g("sub_event_type") or "", notes)
        claimed, attacker = [], [a for a in (_text(g("actor1")),) if a]
    killed = _int(g("fatalities"), name, f"{where} fatalities")
    ev = Event(
        event_id="", event_type=etype, frames=[], place_name=location, place=place, date=date,
        weapon=_text(g("weapon")),
        count=_flat_figure("count", _int(g("projectile_count"), name, f"{where} projectile_count"), None, None, None, label),
        killed=_flat_figure("killed", killed, None, None, None, label),
        injured=_flat_figure("injured", _int(g("injured"), name, f"{where} injured"), None, None, None, label),
        claimed_by=claimed, blamed_on=_split(g("attributed_to")), attacker=attacker,
        sources=_sources_from_labels(labels, _split(g("source_urls")), _split(g("languages"))),
        summary=notes,
    )
    if ours and (_text(g("launch_place")) or _text(g("launch_lat"))):
        ev.launch = Launch(_text(g("launch_place")) or "", None, _float(g("launch_lat"), name, f"{where} launch_lat"),
                           _float(g("launch_lon"), name, f"{where} launch_lon"))
    ev.event_id = _text(g("event_id")) or _text(g("event_id_cnty")) or _auto_id(etype, place, location, date)
    return ev


# --------------------------------------------------------------------------- GeoPackage


def _load_gpkg(p: Path, name: str) -> list[Event]:
    from . import store

    if store.is_store(p):
        return store.read_events(p)
    try:
        import pyogrio
        import pyogrio.raw
    except ImportError:  # pragma: no cover - pyogrio is a dependency
        raise InputError(f"{name}: reading a GeoPackage needs pyogrio (pip install pyogrio)") from None
    try:
        layers = {str(row[0]) for row in pyogrio.list_layers(str(p))}
    except Exception as exc:
        raise InputError(f"{name}: not a readable GeoPackage ({str(exc).splitlines()[0]})") from None
    if "events" not in layers:
        raise InputError(f"{name}: GeoPackage has no 'events' layer; expected one written by geo-events")
    feats: list[dict] = []
    for layer in ("events", "impacts", "launches", "trajectories", "launch_areas"):
        if layer in layers:
            feats += _layer_features(p, name, layer)
    return _events_from_features(feats, name)


def _layer_features(p: Path, name: str, layer: str) -> list[dict]:
    import pyogrio.raw
    import shapely

    try:
        _meta, _fids, geoms, fields = pyogrio.raw.read(str(p), layer=layer)[:4]
    except Exception as exc:
        raise InputError(f"{name}: cannot read layer {layer} ({str(exc).splitlines()[0]})") from None
    names = list(_meta["fields"])
    out = []
    for i in range(len(geoms) if geoms is not None else 0):
        props = {n: _scalar(fields[k][i]) for k, n in enumerate(names)}
        wkb = geoms[i]
        geom = shapely.geometry.mapping(shapely.from_wkb(wkb)) if wkb is not None else None
        out.append({"type": "Feature", "geometry": _plain(geom), "properties": props})
    return out


def _scalar(v: Any) -> Any:
    import numpy as np

    if v is None:
        return None
    if isinstance(v, np.datetime64):
        return None if np.isnat(v) else str(v.astype("datetime64[D]"))
    if isinstance(v, np.bool_):
        return bool(v)
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return None if np.isnan(v) else float(v)
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()[:10]
    return v


def _plain(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_plain(v) for v in x]
    return x


def load_many(paths: Iterable[str | os.PathLike]) -> list[Event]:
    """The events of several files, in order (no merging)."""
    out: list[Event] = []
    for p in paths:
        out += load_events(p)
    return out
