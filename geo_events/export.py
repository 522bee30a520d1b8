"""Export events as GeoJSON (RFC 7946), GeoJSON Text Sequences, GeoPackage, KML and CSV.

This module owns the *property contract* of DESIGN.md ("GeoJSON export"): every feature
carries ``properties.kind`` (``event``, ``impact``, ``launch``, ``trajectory`` or
``launch_area``) and flat scalar properties only, because GIS tools read nested objects
badly.  :data:`SCHEMAS` lists, per kind, every property in output order with its type; the
GeoPackage and CSV writers (:mod:`geo_events.export_formats`) type their fields from it.

Conventions, all of them chosen so that GDAL, QGIS and pandas read the file without help:

* a list becomes one ``"; "``-joined string;
* dates are ISO 8601 ``YYYY-MM-DD`` (GDAL's GeoJSON driver types such a column as Date),
  with ``event_epoch`` (seconds since 1970-01-01 UTC of the best date) beside them;
* counts are integers, or null when unknown: ``0`` means "reported none", never "unknown";
* floats are rounded to what they mean (``distance_km`` to 10 m, ``azimuth_deg`` to 0.1°),
  coordinates to ``precision`` decimals (6: about 0.1 m);
* coordinates are (lon, lat) (:func:`geo_events.models.lonlat`), outer rings counter-clockwise,
  no ``crs`` member (RFC 7946 fixes WGS 84);
* output is deterministic: the same events give a byte-identical file.
"""
from __future__ import annotations

import calendar
import json
import math
import os
from pathlib import Path
from typing import Any, Iterable, Optional

from .errors import OutputError
from .io import atomic_write
from .models import Event, Fact, Figure, Place, lonlat

# Property types of the schema: the GeoPackage writer maps them to OGR field types.
STR, INT, REAL, BOOL, DATE = "str", "int", "real", "bool", "date"

KINDS = ("event", "impact", "launch", "trajectory", "launch_area")

# Layer (GeoPackage) and folder (KML) names per kind.
LAYERS = {
    "event": "events",
    "impact": "impacts",
    "launch": "launches",
    "trajectory": "trajectories",
    "launch_area": "launch_areas",
}

GEOMETRY_TYPES = {
    "event": "Point",
    "impact": "Point",
    "launch": "Point",
    "trajectory": "LineString",
    "launch_area": "Polygon",
}

# Every kind repeats the event's identity and date so that each layer can be filtered by
# time on its own (QGIS temporal controller, Google Earth's slider).
_COMMON = (
    ("kind", STR),
    ("event_id", STR),
    ("event_date", DATE),
    ("event_epoch", INT),
    ("event_type", STR),
)

SCHEMAS: dict[str, tuple[tuple[str, str], ...]] = {
    "event": _COMMON
    + (
        ("date_precision", STR),
        ("date_earliest", DATE),
        ("date_latest", DATE),
        ("weapon", STR),
        ("projectile_count", INT),
        ("projectile_count_low", INT),
        ("projectile_count_high", INT),
        ("count_qualifier", STR),
        ("killed", INT),
        ("killed_low", INT),
        ("killed_high", INT),
        ("injured", INT),
        ("injured_low", INT),
        ("injured_high", INT),
        ("place", STR),
        ("place_id", STR),
        ("geo_precision", STR),
        ("geo_confidence", REAL),
        ("uncertainty_km", REAL),
        ("admin1", STR),
        ("country", STR),
        ("claimed_by", STR),
        ("attributed_to", STR),
        ("unclaimed", BOOL),
        ("sources", STR),
        ("source_urls", STR),
        ("languages", STR),
        ("launch_place", STR),
        ("launch_lat", REAL),
        ("launch_lon", REAL),
        ("distance_km", REAL),
        ("azimuth_deg", REAL),
        ("within_range", BOOL),
        ("summary", STR),
    ),
    "impact": _COMMON
    + (
        ("place", STR),
        ("place_id", STR),
        ("projectile_count", INT),
        ("geo_precision", STR),
        ("geo_confidence", REAL),
        ("uncertainty_km", REAL),
    ),
    "launch": _COMMON
    + (
        ("place", STR),
        ("place_id", STR),
        ("estimated", BOOL),
        ("uncertainty_km", REAL),
        ("direction", STR),
        ("geo_precision", STR),
        ("note", STR),
    ),
    "trajectory": _COMMON
    + (
        ("weapon", STR),
        ("distance_km", REAL),
        ("azimuth_deg", REAL),
        ("weapon_max_range_km", REAL),
        ("within_range", BOOL),
        ("verdict", STR),
        ("reaching_weapons", STR),
        ("launch_lat", REAL),
        ("launch_lon", REAL),
        ("impact_lat", REAL),
        ("impact_lon", REAL),
    ),
    "launch_area": _COMMON
    + (
        ("method", STR),
        ("launch_place", STR),
        ("uncertainty_km", REAL),
    ),
}

JOIN = "; "

# Output formats and the file suffixes that select them.
FORMATS = ("geojson", "geojsonseq", "gpkg", "kml", "csv", "parquet")
_SUFFIXES = {
    ".geojson": "geojson",
    ".json": "geojson",
    ".geojsons": "geojsonseq",
    ".geojsonl": "geojsonseq",
    ".geojsonseq": "geojsonseq",
    ".gpkg": "gpkg",
    ".kml": "kml",
    ".csv": "csv",
    ".parquet": "parquet",
    ".geoparquet": "parquet",
}


# --------------------------------------------------------------------------- scalars


def _num(x: Any, decimals: int) -> Optional[float]:
    """Round a float; ``None`` for unknown, NaN or infinite (JSON has no NaN)."""
    if x is None:
        return None
    x = float(x)
    if not math.isfinite(x):
        return None
    return round(x, decimals) + 0.0  # + 0.0 turns -0.0 into 0.0: same value, same bytes


def _int(x: Any) -> Optional[int]:
    return None if x is None else int(x)


def _join(items: Iterable[Any]) -> Optional[str]:
    """Unique non-empty items in first-seen order, ``"; "``-joined; ``None`` when none."""
    seen: dict[str, None] = {}
    for item in items:
        if item is None:
            continue
        text = str(item).strip()
        if text:
            seen.setdefault(text, None)
    return JOIN.join(seen) if seen else None


def _text(x: Any) -> Optional[str]:
    if x is None:
        return None
    x = str(x).strip()
    return x or None


def _epoch(date) -> Optional[int]:
    return None if date is None else calendar.timegm(date.timetuple())


def _qualifier(fig: Figure) -> Optional[str]:
    # The qualifier ("at least", "about") a source put on the figure retained as best.
    if fig.best is None:
        return None
    return next((q for v, q, _, _ in fig.values if v == fig.best and q), None)


# --------------------------------------------------------------------------- geometry


def _point(lat: Optional[float], lon: Optional[float], precision: int) -> Optional[dict]:
    if lat is None or lon is None:
        return None
    x, y = lonlat(_num(lat, precision), _num(lon, precision))
    if x is None or y is None:
        return None
    return {"type": "Point", "coordinates": [x, y]}


def _line(coords: list[tuple[float, float]], precision: int) -> Optional[dict]:
    """LineString from (lat, lon) vertices, rounded, consecutive duplicates dropped."""
    out: list[list[float]] = []
    for lat, lon in coords:
        x, y = lonlat(_num(lat, precision), _num(lon, precision))
        if x is None or y is None:
            continue
        if not out or out[-1] != [x, y]:
            out.append([x, y])
    if len(out) < 2:  # a zero-length line is not a valid LineString
        return None
    return {"type": "LineString", "coordinates": out}


def _round_coords(coords: Any, precision: int) -> Any:
    if coords and isinstance(coords[0], (int, float)):
        return [_num(c, precision) for c in coords]
    return [_round_coords(c, precision) for c in coords]


def _ring_orientation(ring: list) -> float:
    # Twice the signed area (shoelace): > 0 for a counter-clockwise ring.
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:]))


def _oriented(rings: list) -> list:
    """Exterior ring counter-clockwise, holes clockwise (RFC 7946 section 3.1.6)."""
    out = []
    for i, ring in enumerate(rings):
        ccw = _ring_orientation(ring) > 0
        out.append(ring if ccw == (i == 0) else ring[::-1])
    return out


def _area(geometry: Optional[dict], precision: int) -> Optional[dict]:
    """A (Multi)Polygon snapped to the output grid, valid, exterior rings counter-clockwise."""
    if not geometry:
        return None
    import shapely
    from shapely.geometry import MultiPolygon, Polygon, mapping, shape

    gtype = geometry.get("type") if isinstance(geometry, dict) else None
    if gtype not in ("Polygon", "MultiPolygon"):
        raise OutputError(f"launch area: expected a GeoJSON Polygon or MultiPolygon, got {gtype!r}")
    try:
        rounded = _round_coords(_listify(geometry["coordinates"]), precision)
        geom = shape({"type": gtype, "coordinates": rounded})
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise OutputError(f"launch area: not a GeoJSON geometry ({exc})") from None
    if geom.is_empty:
        return None
    if geom.is_valid:
        # Common case, kept in Python: rounding left the polygon valid, only orientation to fix.
        if gtype == "Polygon":
            return {"type": "Polygon", "coordinates": _oriented(rounded)}
        return {"type": "MultiPolygon", "coordinates": [_oriented(p) for p in rounded]}
    # Invalid (a bow tie, or rounding made rings touch): repair, then snap to the grid,
    # which keeps the result valid where plain rounding may not.
    geom = shapely.set_precision(shapely.make_valid(geom), 10.0**-precision)
    polygons = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon) and not g.is_empty]
    if not polygons:
        return None
    geom = polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)
    out = mapping(geom)
    coords = _round_coords(_listify(out["coordinates"]), precision)
    if out["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": _oriented(coords)}
    return {"type": "MultiPolygon", "coordinates": [_oriented(p) for p in coords]}


def _listify(x: Any) -> Any:
    return [_listify(c) for c in x] if isinstance(x, (list, tuple)) else x


# --------------------------------------------------------------------------- properties


def _common(event: Event, kind: str) -> dict[str, Any]:
    date = event.date
    return {
        "kind": kind,
        "event_id": event.event_id,
        "event_date": date.iso() if date else None,
        "event_epoch": _epoch(date.best) if date else None,
        "event_type": _text(event.event_type),
    }


def _launch_point(launch) -> tuple[Optional[float], Optional[float]]:
    if launch is None:
        return None, None
    if launch.lat is not None and launch.lon is not None:
        return launch.lat, launch.lon
    if launch.place is not None:
        return launch.place.lat, launch.place.lon
    return None, None


def _launch_name(launch) -> Optional[str]:
    if launch is None:
        return None
    return _text(launch.name) or (_text(launch.place.name) if launch.place else None)


def _place_props(place: Optional[Place], name: Optional[str] = None) -> dict[str, Any]:
    return {
        "place": _text(place.name if place else None) or _text(name),
        "place_id": _text(place.record_id) if place else None,
        "geo_precision": _text(place.precision) if place else None,
        "geo_confidence": _num(place.confidence, 3) if place else None,
        "uncertainty_km": _num(place.radius_km, 2) if place else None,
    }


def event_properties(event: Event, *, precision: int = 6) -> dict[str, Any]:
    """The flat properties of an event's feature, in :data:`SCHEMAS` order.

    Parameters
    ----------
    event : Event
    precision : int
        Decimals kept for the launch coordinates.

    Returns
    -------
    dict
        Scalars only (str, int, float, bool or None).
    """
    date = event.date
    place = event.place
    launch = event.launch
    lat, lon = _launch_point(launch)
    # An event may have several trajectories (one per impact site); the summary columns
    # describe the first, the ``trajectory`` features describe all of them.
    traj = event.trajectories[0] if event.trajectories else None
    props = _common(event, "event")
    props.update(
        {
            "date_precision": date.precision if date else None,
            "date_earliest": date.earliest.isoformat() if date else None,
            "date_latest": date.latest.isoformat() if date else None,
            "weapon": _text(event.weapon),
            "projectile_count": _int(event.count.best),
            "projectile_count_low": _int(event.count.low),
            "projectile_count_high": _int(event.count.high),
            "count_qualifier": _qualifier(event.count),
            "killed": _int(event.killed.best),
            "killed_low": _int(event.killed.low),
            "killed_high": _int(event.killed.high),
            "injured": _int(event.injured.best),
            "injured_low": _int(event.injured.low),
            "injured_high": _int(event.injured.high),
        }
    )
    props.update(_place_props(place, event.place_name))
    props.update(
        {
            "admin1": _text(place.admin1) if place else None,
            "country": _text(place.country) if place else None,
            "claimed_by": _join(event.claimed_by),
            "attributed_to": _join(event.blamed_on),
            "unclaimed": bool(event.unclaimed),
            "sources": _join(s.label for s in event.sources),
            "source_urls": _join(s.url for s in event.sources),
            "languages": _join(sorted({s.language for s in event.sources if s.language})),
            "launch_place": _launch_name(launch),
            "launch_lat": _num(lat, precision),
            "launch_lon": _num(lon, precision),
            "distance_km": _num(traj.distance_km, 2) if traj else None,
            "azimuth_deg": _num(traj.azimuth_deg, 1) if traj else None,
            "within_range": traj.within_range if traj else None,
            "summary": _text(event.summary),
        }
    )
    return _ordered(props, "event")


def _ordered(props: dict[str, Any], kind: str) -> dict[str, Any]:
    # Same keys in the same order for every feature of a kind: stable columns, stable bytes.
    return {name: props.get(name) for name, _ in SCHEMAS[kind]}


def _feature(fid: str, geometry: Optional[dict], props: dict[str, Any]) -> dict:
    return {"type": "Feature", "id": fid, "geometry": geometry, "properties": props}


def event_feature(event: Event, *, precision: int = 6) -> dict:
    """The GeoJSON Feature of an event: a Point at the attacked place.

    The geometry is ``null`` when the place is not resolved (RFC 7946 allows it); the event
    is still exported so that no reported attack silently disappears.

    Parameters
    ----------
    event : Event
    precision : int, default 6
        Decimals kept for coordinates.

    Returns
    -------
    dict
        ``{"type": "Feature", "id": ..., "geometry": ..., "properties": ...}``; this is
        also ``event.__geo_interface__``.
    """
    place = event.place
    geometry = _point(place.lat, place.lon, precision) if place else None
    return _feature(event.event_id, geometry, event_properties(event, precision=precision))


def _impact_features(event: Event, precision: int) -> list[dict]:
    out = []
    for i, imp in enumerate(event.impacts, 1):
        if imp.place is None:
            continue  # an impact site nobody could place has no geometry to show
        props = _common(event, "impact")
        props.update(_place_props(imp.place, imp.name))
        props["projectile_count"] = _int(imp.count)
        out.append(
            _feature(
                f"{event.event_id}/impact/{i}",
                _point(imp.place.lat, imp.place.lon, precision),
                _ordered(props, "impact"),
            )
        )
    return out


def _launch_features(event: Event, precision: int) -> list[dict]:
    launch = event.launch
    if launch is None:
        return []
    out = []
    lat, lon = _launch_point(launch)
    if lat is not None and lon is not None:
        props = _common(event, "launch")
        place = launch.place
        props.update(
            {
                "place": _launch_name(launch),
                "place_id": _text(place.record_id) if place else None,
                "estimated": bool(launch.estimated),
                "uncertainty_km": _num(
                    launch.uncertainty_km if launch.uncertainty_km is not None else (place.radius_km if place else None),
                    2,
                ),
                "direction": _text(launch.direction),
                "geo_precision": _text(place.precision) if place else None,
                "note": _text(launch.note),
            }
        )
        out.append(_feature(f"{event.event_id}/launch", _point(lat, lon, precision), _ordered(props, "launch")))
    area = _area(launch.area, precision)
    if area is not None:
        props = _common(event, "launch_area")
        props.update(
            {
                "method": _text(launch.area_method),
                "launch_place": _launch_name(launch),
                "uncertainty_km": _num(launch.uncertainty_km, 2),
            }
        )
        out.append(_feature(f"{event.event_id}/launch_area", area, _ordered(props, "launch_area")))
    return out


def _trajectory_features(event: Event, precision: int) -> list[dict]:
    out = []
    for i, t in enumerate(event.trajectories, 1):
        coords = t.coords or [(t.launch_lat, t.launch_lon), (t.impact_lat, t.impact_lon)]
        props = _common(event, "trajectory")
        props.update(
            {
                "weapon": _text(t.weapon) or _text(event.weapon),
                "distance_km": _num(t.distance_km, 2),
                "azimuth_deg": _num(t.azimuth_deg, 1),
                "weapon_max_range_km": _num(t.weapon_max_range_km, 1),
                "within_range": t.within_range,
                "verdict": _text(t.verdict),
                "reaching_weapons": _join(t.reaching_weapons),
                "launch_lat": _num(t.launch_lat, precision),
                "launch_lon": _num(t.launch_lon, precision),
                "impact_lat": _num(t.impact_lat, precision),
                "impact_lon": _num(t.impact_lon, precision),
            }
        )
        out.append(
            _feature(f"{event.event_id}/trajectory/{i}", _line(coords, precision), _ordered(props, "trajectory"))
        )
    return out


def _sort_key(event: Event):
    # Chronological, then by id: the order of the input files does not change the output.
    return (event.date.earliest.isoformat() if event.date else "9999-99-99", event.event_id)


def sorted_events(events: Iterable[Event]) -> list[Event]:
    """Events in export order: by earliest date (undated last), then by ``event_id``."""
    return sorted(events, key=_sort_key)


def to_features(events: Iterable[Event], *, precision: int = 6) -> list[dict]:
    """Every feature of every event, all kinds, in a stable order.

    Events are ordered by date then ``event_id``; each event's features follow it:
    event, impacts, launch, launch area, trajectories.

    Parameters
    ----------
    events : iterable of Event
    precision : int, default 6
        Decimals kept for coordinates (6 is about 0.1 m).

    Returns
    -------
    list of dict
        GeoJSON Feature dicts.

    Examples
    --------
    >>> to_features([])
    []
    """
    _check_precision(precision)
    out: list[dict] = []
    for ev in sorted_events(events):
        out.append(event_feature(ev, precision=precision))
        out.extend(_impact_features(ev, precision))
        out.extend(_launch_features(ev, precision))
        out.extend(_trajectory_features(ev, precision))
    return out


def _check_precision(precision: int) -> None:
    if not isinstance(precision, int) or isinstance(precision, bool) or not 0 <= precision <= 15:
        raise OutputError(f"precision {precision!r}: expected an integer number of decimals from 0 to 15")


def to_feature_collection(events: Iterable[Event], *, precision: int = 6) -> dict:
    """An RFC 7946 FeatureCollection of :func:`to_features` (no ``crs`` member)."""
    return {"type": "FeatureCollection", "features": to_features(events, precision=precision)}


# --------------------------------------------------------------------------- GeoJSON text


def _dumps(obj: Any) -> str:
    try:
        return json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise OutputError(f"cannot serialise to JSON: {exc}") from None


def features_to_geojson(features: list[dict]) -> str:
    """GeoJSON text of a FeatureCollection: one feature per line (diff- and grep-friendly)."""
    if not features:
        return '{"type":"FeatureCollection","features":[]}\n'
    body = ",\n".join(_dumps(f) for f in features)
    return '{"type":"FeatureCollection","features":[\n' + body + "\n]}\n"


def write_geojson(events: Iterable[Event], path: str | os.PathLike, *, precision: int = 6) -> Path:
    """Write a GeoJSON FeatureCollection, atomically.

    Parameters
    ----------
    events : iterable of Event
    path : str or PathLike
        Target file; it is replaced only once the new file is complete.
    precision : int, default 6

    Returns
    -------
    Path
    """
    text = features_to_geojson(to_features(events, precision=precision))
    with atomic_write(path) as fh:
        fh.write(text)
    return Path(path)


def write_geojson_seq(events: Iterable[Event], path: str | os.PathLike, *, precision: int = 6) -> Path:
    """Write an RFC 8142 GeoJSON Text Sequence: each feature is RS + JSON + LF."""
    parts = ["\x1e" + _dumps(f) + "\n" for f in to_features(events, precision=precision)]
    with atomic_write(path) as fh:
        fh.write("".join(parts))
    return Path(path)


SPLIT_SUFFIXES = {"Point": "points", "LineString": "lines", "Polygon": "polygons"}


def write_geojson_split(events: Iterable[Event], path: str | os.PathLike, *, precision: int = 6) -> list[Path]:
    """Write one FeatureCollection per geometry type beside ``path``.

    ``out.geojson`` gives ``out_points.geojson`` (events, impacts, launches),
    ``out_lines.geojson`` (trajectories) and ``out_polygons.geojson`` (launch areas);
    all three are written, empty or not, so scripts can rely on them.

    Returns
    -------
    list of Path
    """
    target = Path(path)
    groups: dict[str, list[dict]] = {k: [] for k in SPLIT_SUFFIXES.values()}
    for f in to_features(events, precision=precision):
        kind = f["properties"]["kind"]
        groups[SPLIT_SUFFIXES[GEOMETRY_TYPES[kind]]].append(f)
    suffix = target.suffix or ".geojson"
    texts = {name: features_to_geojson(fs) for name, fs in groups.items()}  # all built before any write
    out = []
    for name, text in texts.items():
        p = target.with_name(f"{target.stem}_{name}{suffix}")
        with atomic_write(p) as fh:
            fh.write(text)
        out.append(p)
    return out


# --------------------------------------------------------------------------- dispatch


def format_for(path: str | os.PathLike, format: Optional[str] = None) -> str:
    """The output format: ``format`` if given, else from the file suffix.

    Raises
    ------
    OutputError
        Unknown format or suffix.
    """
    if format is not None:
        fmt = format.lower().lstrip(".")
        fmt = {"json": "geojson", "geojsons": "geojsonseq", "geojsonl": "geojsonseq", "geopackage": "gpkg"}.get(fmt, fmt)
        if fmt not in FORMATS:
            raise OutputError(f"{path}: unknown format {format!r}; expected one of {', '.join(FORMATS)}")
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIXES:
        raise OutputError(
            f"{path}: cannot tell the format from the suffix {suffix or '(none)'!r}; "
            f"use .geojson, .geojsons, .gpkg, .kml, .csv or .parquet, or pass --format"
        )
    return _SUFFIXES[suffix]


def write(
    events: Iterable[Event],
    path: str | os.PathLike,
    *,
    format: Optional[str] = None,
    precision: int = 6,
) -> Path:
    """Write events in any supported format, atomically.

    Parameters
    ----------
    events : iterable of Event
    path : str or PathLike
    format : {'geojson', 'geojsonseq', 'gpkg', 'kml', 'csv', 'parquet'}, optional
        Taken from the suffix of ``path`` when omitted.
    precision : int, default 6
        Decimals kept for coordinates.

    Returns
    -------
    Path

    Raises
    ------
    OutputError
        Unknown format, or the file cannot be written; an existing file is left untouched.
    """
    fmt = format_for(path, format)
    _check_precision(precision)
    events = list(events)
    if fmt == "geojson":
        return write_geojson(events, path, precision=precision)
    if fmt == "geojsonseq":
        return write_geojson_seq(events, path, precision=precision)
    from . import export_formats

    writer = {
        "gpkg": export_formats.write_gpkg,
        "kml": export_formats.write_kml,
        "csv": export_formats.write_csv,
        "parquet": export_formats.write_parquet,
    }[fmt]
    return writer(events, path, precision=precision)


# --------------------------------------------------------------------------- full JSON


def _place_json(place: Optional[Place]) -> Optional[dict]:
    if place is None:
        return None
    return {
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "feature": place.feature,
        "precision": place.precision,
        "radius_km": place.radius_km,
        "confidence": place.confidence,
        "layer": place.layer,
        "record_id": place.record_id,
        "country": place.country,
        "admin1": place.admin1,
        "population": place.population,
    }


def _value_json(value: Any) -> Any:
    from .models import DateSpan, PlaceRef

    if isinstance(value, DateSpan):
        return {
            "earliest": value.earliest.isoformat(),
            "latest": value.latest.isoformat(),
            "precision": value.precision,
            "text": value.text,
            "iso": value.iso(),
        }
    if isinstance(value, PlaceRef):
        return {
            "name": value.name,
            "cue": value.cue,
            "container": value.container,
            "share": value.share,
            "direction": value.direction,
            "distance_km": value.distance_km,
            "anaphoric": value.anaphoric,
            "place": _place_json(value.place),
            "unresolved_reason": value.unresolved_reason,
        }
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _fact_json(fact: Fact, event: Event) -> dict:
    ev = fact.evidence
    return {
        "kind": fact.kind,
        "value": _value_json(fact.value),
        "qualifier": fact.qualifier,
        "according_to": fact.according_to,
        "doc_id": ev.doc_id,
        "source": event.source_label(ev.doc_id),
        "sentence": ev.sentence,
        "start": ev.start,
        "end": ev.end,
    }


def _figure_json(fig: Figure) -> dict:
    return {
        "best": fig.best,
        "low": fig.low,
        "high": fig.high,
        "text": fig.text(),
        "disputed": fig.disputed,
        "values": [{"value": v, "qualifier": q, "source": s} for v, q, s, _ in fig.values],
    }


def events_to_json(events: Iterable[Event]) -> list[dict]:
    """Everything known about each event, nested, for ``geo-events extract``.

    Every fact keeps its provenance: ``kind``, ``value``, ``qualifier``, ``according_to``,
    ``doc_id``, ``sentence``, ``start``, ``end``.  Events come in :func:`sorted_events` order.

    Returns
    -------
    list of dict
        JSON-serialisable (dates as ISO strings).
    """
    out = []
    for ev in sorted_events(events):
        d = ev.date
        launch = ev.launch
        out.append(
            {
                "event_id": ev.event_id,
                "event_type": ev.event_type,
                "date": _value_json(d) if d else None,
                "place_name": ev.place_name,
                "place": _place_json(ev.place),
                "weapon": ev.weapon,
                "projectile_count": _figure_json(ev.count),
                "killed": _figure_json(ev.killed),
                "injured": _figure_json(ev.injured),
                "claimed_by": list(ev.claimed_by),
                "attributed_to": list(ev.blamed_on),
                "unclaimed": ev.unclaimed,
                "impacts": [
                    {"name": i.name, "place": _place_json(i.place), "count": i.count} for i in ev.impacts
                ],
                "launch": None
                if launch is None
                else {
                    "name": launch.name,
                    "place": _place_json(launch.place),
                    "lat": launch.lat,
                    "lon": launch.lon,
                    "estimated": launch.estimated,
                    "uncertainty_km": launch.uncertainty_km,
                    "direction": launch.direction,
                    "area": launch.area,
                    "area_method": launch.area_method,
                    "note": launch.note,
                },
                "trajectories": [
                    {
                        "launch_lat": t.launch_lat,
                        "launch_lon": t.launch_lon,
                        "impact_lat": t.impact_lat,
                        "impact_lon": t.impact_lon,
                        "distance_km": _num(t.distance_km, 3),
                        "azimuth_deg": _num(t.azimuth_deg, 2),
                        "weapon": t.weapon,
                        "weapon_max_range_km": t.weapon_max_range_km,
                        "within_range": t.within_range,
                        "verdict": t.verdict,
                        "reaching_weapons": list(t.reaching_weapons),
                    }
                    for t in ev.trajectories
                ],
                "sources": [
                    {
                        "doc_id": s.doc_id,
                        "label": s.label,
                        "language": s.language,
                        "published": s.published.isoformat() if s.published else None,
                        "url": s.url,
                        "path": s.path,
                    }
                    for s in ev.sources
                ],
                "summary": ev.summary,
                "facts": [_fact_json(f, ev) for f in ev.facts],
            }
        )
    return out
