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
* coordinates are (lon, lat) (:func:`geo_events.models.lonlat`), longitudes in [-180, 180],
  outer rings counter-clockwise, holes clockwise, no ``crs`` member (RFC 7946 fixes WGS 84);
* a line or polygon crossing the antimeridian is cut there (RFC 7946 section 3.1.9): a
  trajectory becomes a MultiLineString, a launch area a MultiPolygon, parts meeting on +/-180;
* output is deterministic: the same events give a byte-identical file, in every format.
"""
from __future__ import annotations

import calendar
import contextlib
import gc
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

# 10**d as floats: rounding is round(x * 10**d) / 10**d (see _num).
_SCALE = tuple(10.0**d for d in range(16))
# Beyond 2**52 every double is an integer: nothing left to round (and round() could overflow).
_BIG = 4503599627370496.0


def _num(x: Any, decimals: int) -> Optional[float]:
    """Round a float; ``None`` for unknown, NaN or infinite (JSON has no NaN).

    ``round(x * 10**d) / 10**d`` rather than ``round(x, d)``: the same grid at a third of the
    cost (no decimal string conversion), never ``-0.0`` (same value, same bytes), and the
    arithmetic numpy's ``round`` uses, so a vectorised writer would give the same doubles.
    """
    if x is None:
        return None
    x = float(x)
    if not math.isfinite(x):
        return None
    s = _SCALE[decimals]
    y = x * s
    if -_BIG < y < _BIG:
        return round(y) / s
    return x + 0.0


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


_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()


def _epoch(date) -> Optional[int]:
    if date is None:
        return None
    if hasattr(date, "hour"):  # a datetime: keep its time of day
        return calendar.timegm(date.timetuple())
    return (date.toordinal() - _EPOCH_ORDINAL) * 86400


# --------------------------------------------------------------------------- geometry


def _wrap_lon(x: float, precision: int) -> float:
    """A longitude in [-180, 180] (an estimator may hand over 180.3 for -179.7)."""
    if -180.0 <= x <= 180.0:
        return x
    return _num((x + 180.0) % 360.0 - 180.0, precision)


def _lon(lon: Any, precision: int) -> Optional[float]:
    x = _num(lon, precision)
    return None if x is None else _wrap_lon(x, precision)


def _point(lat: Optional[float], lon: Optional[float], precision: int) -> Optional[dict]:
    if lat is None or lon is None:
        return None
    x, y = lonlat(_num(lat, precision), _num(lon, precision))
    if x is None or y is None:
        return None
    return {"type": "Point", "coordinates": [_wrap_lon(x, precision), y]}


def _rounded_lonlat(coords: Iterable[tuple[float, float]], precision: int) -> list[list[float]]:
    """(lat, lon) vertices as rounded [lon, lat] pairs, unknown or non-finite ones dropped,
    consecutive duplicates dropped, longitudes wrapped into [-180, 180]."""
    s = _SCALE[precision]
    try:
        # The common case in one comprehension (same arithmetic as _num).
        out = [[round(lon * s) / s, round(lat * s) / s] for lat, lon in coords]
    except (TypeError, ValueError, OverflowError):  # None, NaN, infinite or huge: vertex by vertex
        out = []
        for lat, lon in coords:
            x, y = _num(lon, precision), _num(lat, precision)
            if x is not None and y is not None:
                out.append([x, y])
    if not out:
        return out
    xs = [p[0] for p in out]
    if min(xs) < -180.0 or max(xs) > 180.0:
        for p in out:
            p[0] = _wrap_lon(p[0], precision)
    return [p for p, q in zip(out, [None] + out) if p != q]


def _crosses(points: list[list[float]]) -> bool:
    # Consecutive vertices more than 180 degrees of longitude apart: the shorter way
    # between them crosses the antimeridian (RFC 7946 section 3.1.9).
    xs = [p[0] for p in points]
    if max(xs) - min(xs) <= 180.0:
        return False
    return any(abs(b - a) > 180.0 for a, b in zip(xs, xs[1:]))


def _split_line(points: list[list[float]], precision: int) -> list[list[list[float]]]:
    """Cut a line at the antimeridian: parts that end and start on +/-180 at the same latitude."""
    parts: list[list[list[float]]] = [[points[0]]]
    for a, b in zip(points, points[1:]):
        dx = b[0] - a[0]
        if abs(dx) > 180.0:
            east = dx < 0  # 179.9 -> -179.9 goes east across 180
            edge = 180.0 if east else -180.0
            bx = b[0] + (360.0 if east else -360.0)
            t = (edge - a[0]) / (bx - a[0]) if bx != a[0] else 0.0
            y = _num(a[1] + t * (b[1] - a[1]), precision)
            if parts[-1][-1] != [edge, y]:
                parts[-1].append([edge, y])
            parts.append([[-edge, y]])
        if parts[-1][-1] != b:
            parts[-1].append(b)
    return [p for p in parts if len(p) >= 2]


def _line(coords: list[tuple[float, float]], precision: int) -> Optional[dict]:
    """LineString from (lat, lon) vertices, rounded, consecutive duplicates dropped;
    a MultiLineString when the line crosses the antimeridian."""
    out = _rounded_lonlat(coords, precision)
    if len(out) < 2:  # a zero-length line is not a valid LineString
        return None
    if not _crosses(out):
        return {"type": "LineString", "coordinates": out}
    parts = _split_line(out, precision)
    if not parts:
        return None
    if len(parts) == 1:
        return {"type": "LineString", "coordinates": parts[0]}
    return {"type": "MultiLineString", "coordinates": parts}


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


def _listify(x: Any) -> Any:
    return [_listify(c) for c in x] if isinstance(x, (list, tuple)) else x


def _polygons_of(gtype: str, coords: list) -> list:
    return [coords] if gtype == "Polygon" else list(coords)


def _area_coords(geometry: Optional[dict], precision: int) -> Optional[tuple[str, list]]:
    """Check and round a launch area: ``(type, coordinates)``, closed rings, longitudes in
    [-180, 180] and split at the antimeridian; ``None`` when there is no area.  Validity and
    winding are settled later, for all areas at once (:func:`_finish_areas`)."""
    if not geometry:
        return None
    gtype = geometry.get("type") if isinstance(geometry, dict) else None
    if gtype not in ("Polygon", "MultiPolygon"):
        raise OutputError(f"launch area: expected a GeoJSON Polygon or MultiPolygon, got {gtype!r}")
    s = _SCALE[precision]
    try:
        polygons = []
        for rings in _polygons_of(gtype, geometry["coordinates"]):
            out_rings = []
            for ring in rings:
                try:
                    r = [[round(p[0] * s) / s, round(p[1] * s) / s] for p in ring]
                except OverflowError:
                    raise ValueError("a coordinate is not a finite number") from None
                if r and r[0] != r[-1]:
                    r.append(list(r[0]))
                if len(r) < 4:
                    raise ValueError("a ring needs at least 4 coordinates")
                out_rings.append(r)
            if out_rings:
                polygons.append(out_rings)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise OutputError(f"launch area: not a GeoJSON geometry ({exc})") from None
    if not polygons:
        return None
    xs = [p[0] for rings in polygons for ring in rings for p in ring]
    needs_split = min(xs) < -180.0 or max(xs) > 180.0 or any(_crosses(ring) for rings in polygons for ring in rings)
    if needs_split:
        polygons = _split_polygons(polygons, precision)
        if not polygons:
            return None
    if len(polygons) == 1:
        return "Polygon", polygons[0]
    return "MultiPolygon", polygons


def _unwrap(ring: list, ref: float) -> list:
    # Make longitudes continuous (no jump over 180 degrees), starting near ``ref``.
    out, prev = [], ref
    for x, y in ring:
        x = x + 360.0 * round((prev - x) / 360.0)
        out.append((x, y))
        prev = x
    return out


def _split_polygons(polygons: list, precision: int) -> list:
    """Cut polygons that cross the antimeridian into parts each within [-180, 180]."""
    import shapely
    import shapely.affinity
    from shapely.geometry import Polygon, box

    out = []
    for rings in polygons:
        ref = rings[0][0][0]
        ref = (ref + 180.0) % 360.0 - 180.0
        exterior = _unwrap(rings[0], ref)
        holes = [_unwrap(h, exterior[0][0]) for h in rings[1:]]
        poly = Polygon(exterior, holes)
        if not poly.is_valid:
            poly = shapely.make_valid(poly)
        for k in (-1, 0, 1):
            piece = poly.intersection(box(-180.0 + 360.0 * k, -90.0, 180.0 + 360.0 * k, 90.0))
            if piece.is_empty:
                continue
            piece = shapely.affinity.translate(piece, xoff=-360.0 * k) if k else piece
            for g in getattr(piece, "geoms", [piece]):
                if g.geom_type == "Polygon" and not g.is_empty and g.area > 0:
                    part = [[list(c) for c in g.exterior.coords]] + [[list(c) for c in i.coords] for i in g.interiors]
                    out.append(_round_coords(part, precision))
    return out


def _finish_areas(pending: list[tuple[dict, str, list]], precision: int) -> list[dict]:
    """Give each pending launch-area feature a valid geometry, outer rings counter-clockwise.

    Validity is checked for all areas at once (one vectorised shapely call, not one per
    area); the rare invalid ones (a bow tie, rounding made rings touch) are repaired and
    snapped to the output grid, which keeps them valid where plain rounding may not.
    Returns the features left without any area (to be dropped).
    """
    if not pending:
        return []
    import numpy as np
    import shapely

    from shapely.geometry import MultiPolygon, Polygon

    # Vectorised build for plain polygons (the common case): one ragged array.
    flat, ring_offsets, geom_offsets = [], [0], [0]
    simple = [i for i, (_, gtype, _) in enumerate(pending) if gtype == "Polygon"]
    for i in simple:
        for ring in pending[i][2]:
            flat.extend(ring)
            ring_offsets.append(len(flat))
        geom_offsets.append(len(ring_offsets) - 1)
    valid = np.zeros(len(pending), dtype=bool)
    if simple:
        arr = shapely.from_ragged_array(
            shapely.GeometryType.POLYGON,
            np.asarray(flat, dtype="float64"),
            (np.asarray(ring_offsets, dtype="int64"), np.asarray(geom_offsets, dtype="int64")),
        )
        valid[simple] = shapely.is_valid(arr)
        built = dict(zip(simple, arr))
    else:
        built = {}
    for i, (_, gtype, coords) in enumerate(pending):
        if gtype == "MultiPolygon":
            built[i] = MultiPolygon([Polygon(rings[0], rings[1:]) for rings in coords])
            valid[i] = built[i].is_valid
    dropped = []
    for i, (feature, gtype, coords) in enumerate(pending):
        if valid[i]:
            if gtype == "Polygon":
                feature["geometry"] = {"type": "Polygon", "coordinates": _oriented(coords)}
            else:
                feature["geometry"] = {"type": "MultiPolygon", "coordinates": [_oriented(p) for p in coords]}
            continue
        geometry = _repaired(built[i], precision)
        if geometry is None:
            dropped.append(feature)
        else:
            feature["geometry"] = geometry
    return dropped


def _repaired(geom, precision: int) -> Optional[dict]:
    import shapely
    from shapely.geometry import MultiPolygon, Polygon, mapping

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


# --------------------------------------------------------------------------- properties


def _identity(event: Event) -> tuple:
    """The properties every kind repeats (after ``kind``), computed once per event."""
    date = event.date
    if date is None:
        return (event.event_id, None, None, _text(event.event_type))
    return (event.event_id, date.iso(), _epoch(date.best), _text(event.event_type))


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
    return _event_props(event, _identity(event), precision)


def _event_props(event: Event, ident: tuple, precision: int) -> dict[str, Any]:
    # Built as one literal in SCHEMAS["event"] order (test_export_geojson_valid checks the order).
    date = event.date
    place = event.place
    launch = event.launch
    lat, lon = _launch_point(launch)
    # An event may have several trajectories (one per impact site); the summary columns
    # describe the first, the ``trajectory`` features describe all of them.
    traj = event.trajectories[0] if event.trajectories else None
    count, killed, injured = event.count, event.killed, event.injured
    return {
        "kind": "event",
        "event_id": ident[0],
        "event_date": ident[1],
        "event_epoch": ident[2],
        "event_type": ident[3],
        "date_precision": date.precision if date else None,
        "date_earliest": date.earliest.isoformat() if date else None,
        "date_latest": date.latest.isoformat() if date else None,
        "weapon": _text(event.weapon),
        "projectile_count": _int(count.best),
        "projectile_count_low": _int(count.low),
        "projectile_count_high": _int(count.high),
        "count_qualifier": count.qualifier(),  # a source's "at least", "about" on the best value
        "killed": _int(killed.best),
        "killed_low": _int(killed.low),
        "killed_high": _int(killed.high),
        "injured": _int(injured.best),
        "injured_low": _int(injured.low),
        "injured_high": _int(injured.high),
        "place": _text(place.name if place else None) or _text(event.place_name),
        "place_id": _text(place.record_id) if place else None,
        "geo_precision": _text(place.precision) if place else None,
        "geo_confidence": _num(place.confidence, 3) if place else None,
        "uncertainty_km": _num(place.radius_km, 2) if place else None,
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
        "launch_lon": _lon(lon, precision),
        "distance_km": _num(traj.distance_km, 2) if traj else None,
        "azimuth_deg": _num(traj.azimuth_deg, 1) if traj else None,
        "within_range": traj.within_range if traj else None,
        "summary": _text(event.summary),
    }


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
    return _event_feature(event, _identity(event), precision)


def _event_feature(event: Event, ident: tuple, precision: int) -> dict:
    place = event.place
    geometry = _point(place.lat, place.lon, precision) if place else None
    return _feature(event.event_id, geometry, _event_props(event, ident, precision))


def _impact_features(event: Event, ident: tuple, precision: int) -> list[dict]:
    out = []
    for i, imp in enumerate(event.impacts, 1):
        place = imp.place
        if place is None:
            continue  # an impact site nobody could place has no geometry to show
        props = {
            "kind": "impact",
            "event_id": ident[0],
            "event_date": ident[1],
            "event_epoch": ident[2],
            "event_type": ident[3],
            "place": _text(place.name) or _text(imp.name),
            "place_id": _text(place.record_id),
            "projectile_count": _int(imp.count),
            "geo_precision": _text(place.precision),
            "geo_confidence": _num(place.confidence, 3),
            "uncertainty_km": _num(place.radius_km, 2),
        }
        out.append(_feature(f"{ident[0]}/impact/{i}", _point(place.lat, place.lon, precision), props))
    return out


def _launch_features(event: Event, ident: tuple, precision: int, pending: list) -> list[dict]:
    """The launch point and the launch area; the area's geometry is settled later (``pending``)."""
    launch = event.launch
    if launch is None:
        return []
    out = []
    lat, lon = _launch_point(launch)
    name = _launch_name(launch)
    if lat is not None and lon is not None:
        place = launch.place
        unc = launch.uncertainty_km if launch.uncertainty_km is not None else (place.radius_km if place else None)
        props = {
            "kind": "launch",
            "event_id": ident[0],
            "event_date": ident[1],
            "event_epoch": ident[2],
            "event_type": ident[3],
            "place": name,
            "place_id": _text(place.record_id) if place else None,
            "estimated": bool(launch.estimated),
            "uncertainty_km": _num(unc, 2),
            "direction": _text(launch.direction),
            "geo_precision": _text(place.precision) if place else None,
            "note": _text(launch.note),
        }
        out.append(_feature(f"{ident[0]}/launch", _point(lat, lon, precision), props))
    prepared = _area_coords(launch.area, precision)
    if prepared is not None:
        props = {
            "kind": "launch_area",
            "event_id": ident[0],
            "event_date": ident[1],
            "event_epoch": ident[2],
            "event_type": ident[3],
            "method": _text(launch.area_method),
            "launch_place": name,
            "uncertainty_km": _num(launch.uncertainty_km, 2),
        }
        feature = _feature(f"{ident[0]}/launch_area", None, props)
        pending.append((feature, *prepared))
        out.append(feature)
    return out


def _trajectory_features(event: Event, ident: tuple, precision: int) -> list[dict]:
    out = []
    event_weapon = _text(event.weapon)
    for i, t in enumerate(event.trajectories, 1):
        coords = t.coords or [(t.launch_lat, t.launch_lon), (t.impact_lat, t.impact_lon)]
        props = {
            "kind": "trajectory",
            "event_id": ident[0],
            "event_date": ident[1],
            "event_epoch": ident[2],
            "event_type": ident[3],
            "weapon": _text(t.weapon) or event_weapon,
            "distance_km": _num(t.distance_km, 2),
            "azimuth_deg": _num(t.azimuth_deg, 1),
            "weapon_max_range_km": _num(t.weapon_max_range_km, 1),
            "within_range": t.within_range,
            "verdict": _text(t.verdict),
            "reaching_weapons": _join(t.reaching_weapons),
            "launch_lat": _num(t.launch_lat, precision),
            "launch_lon": _lon(t.launch_lon, precision),
            "impact_lat": _num(t.impact_lat, precision),
            "impact_lon": _lon(t.impact_lon, precision),
        }
        out.append(_feature(f"{ident[0]}/trajectory/{i}", _line(coords, precision), props))
    return out


def _sort_key(event: Event):
    # Chronological, then by id: the order of the input files does not change the output.
    return (event.date.earliest.isoformat() if event.date else "9999-99-99", event.event_id)


def sorted_events(events: Iterable[Event]) -> list[Event]:
    """Events in export order: by earliest date (undated last), then by ``event_id``."""
    return sorted(events, key=_sort_key)


def to_features(events: Iterable[Event], *, precision: int = 6, kinds: Optional[Iterable[str]] = None) -> list[dict]:
    """Every feature of every event, all kinds, in a stable order.

    Events are ordered by date then ``event_id``; each event's features follow it:
    event, impacts, launch, launch area, trajectories.  The properties every kind repeats
    (id, date, epoch, type) are computed once per event.

    Parameters
    ----------
    events : iterable of Event
    precision : int, default 6
        Decimals kept for coordinates (6 is about 0.1 m).
    kinds : iterable of str, optional
        Only these kinds (e.g. ``("event",)`` for a one-row-per-event table); all by default.

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
    wanted = set(KINDS if kinds is None else kinds)
    unknown = wanted - set(KINDS)
    if unknown:
        raise OutputError(f"unknown feature kind(s) {', '.join(sorted(unknown))}; expected {', '.join(KINDS)}")
    with _gc_paused():
        return _build_features(events, precision, wanted)


def _build_features(events: Iterable[Event], precision: int, wanted: set) -> list[dict]:
    want_event, want_impact = "event" in wanted, "impact" in wanted
    want_launch = bool({"launch", "launch_area"} & wanted)
    want_traj = "trajectory" in wanted
    out: list[dict] = []
    pending: list = []
    for ev in sorted_events(events):
        ident = _identity(ev)
        if want_event:
            out.append(_event_feature(ev, ident, precision))
        if want_impact:
            out.extend(_impact_features(ev, ident, precision))
        if want_launch:
            out.extend(f for f in _launch_features(ev, ident, precision, pending) if f["properties"]["kind"] in wanted)
        if want_traj:
            out.extend(_trajectory_features(ev, ident, precision))
    if "launch_area" not in wanted:
        pending = []
    dropped = _finish_areas(pending, precision)
    if dropped:
        gone = {id(f) for f in dropped}
        out = [f for f in out if id(f) not in gone]
    return out


@contextlib.contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector while building many small containers.

    Building 700,000 feature dicts triggers full collections that walk every object built
    so far (half the time of :func:`to_features`); none of these objects forms a cycle,
    so nothing is lost by collecting later.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _check_precision(precision: int) -> None:
    if not isinstance(precision, int) or isinstance(precision, bool) or not 0 <= precision <= 15:
        raise OutputError(f"precision {precision!r}: expected an integer number of decimals from 0 to 15")


def to_feature_collection(events: Iterable[Event], *, precision: int = 6) -> dict:
    """An RFC 7946 FeatureCollection of :func:`to_features` (no ``crs`` member)."""
    return {"type": "FeatureCollection", "features": to_features(events, precision=precision)}


# --------------------------------------------------------------------------- GeoJSON text


# One encoder for every feature (json.dumps with options builds a new one per call).
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _dumps(obj: Any) -> str:
    try:
        return _ENCODER.encode(obj)
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
    return _write_geojson_features(to_features(events, precision=precision), path)


def _write_geojson_features(features: list[dict], path: str | os.PathLike, *, precision: int = 6) -> Path:
    with atomic_write(path) as fh:
        if not features:
            fh.write(features_to_geojson(features))
            return Path(path)
        # Streamed in chunks (same bytes as features_to_geojson): a 400 MB export is never
        # one string in memory; atomic_write still shows the file only once complete.
        fh.write('{"type":"FeatureCollection","features":[\n')
        for start in range(0, len(features), _CHUNK):
            if start:
                fh.write(",\n")
            fh.write(",\n".join(_dumps(f) for f in features[start:start + _CHUNK]))
        fh.write("\n]}\n")
    return Path(path)


_CHUNK = 2000


def write_geojson_seq(events: Iterable[Event], path: str | os.PathLike, *, precision: int = 6) -> Path:
    """Write an RFC 8142 GeoJSON Text Sequence: each feature is RS + JSON + LF."""
    return _write_geojson_seq_features(to_features(events, precision=precision), path)


def _write_geojson_seq_features(features: list[dict], path: str | os.PathLike, *, precision: int = 6) -> Path:
    with atomic_write(path) as fh:
        for start in range(0, len(features), _CHUNK):
            fh.write("".join("\x1e" + _dumps(f) + "\n" for f in features[start:start + _CHUNK]))
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
    if fmt == "parquet":
        import importlib.util

        if importlib.util.find_spec("pyarrow") is None:  # say so before any work
            raise OutputError(f"{path}: GeoParquet needs pyarrow (pip install pyarrow), or choose another format")
    kinds = ("event",) if fmt == "csv" else None  # one row per event: the other kinds are not built
    with _gc_paused():  # over both steps: no full collection in between either
        features = to_features(events, precision=precision, kinds=kinds)
        return write_features(features, path, format=fmt, precision=precision)


def write_features(
    features: list[dict],
    path: str | os.PathLike,
    *,
    format: Optional[str] = None,
    precision: int = 6,
) -> Path:
    """Write features already built by :func:`to_features`, in any supported format.

    For a caller that exports the same events to several formats: the features (and
    their properties) are built once and shared.

    Parameters
    ----------
    features : list of dict
        As returned by :func:`to_features` (with the same ``precision``).
    path : str or PathLike
    format : {'geojson', 'geojsonseq', 'gpkg', 'kml', 'csv', 'parquet'}, optional
        Taken from the suffix of ``path`` when omitted.
    precision : int, default 6
        Decimals of the coordinates (KML writes them in fixed notation).

    Returns
    -------
    Path

    Examples
    --------
    >>> import tempfile, pathlib
    >>> feats = to_features([])
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     for name in ("a.geojson", "a.csv"):
    ...         _ = write_features(feats, pathlib.Path(tmp) / name)
    """
    fmt = format_for(path, format)
    _check_precision(precision)
    with _gc_paused():
        return _write_features(features, path, fmt, precision)


def _write_features(features: list[dict], path: str | os.PathLike, fmt: str, precision: int) -> Path:
    if fmt == "geojson":
        return _write_geojson_features(features, path)
    if fmt == "geojsonseq":
        return _write_geojson_seq_features(features, path)
    from . import export_formats

    return export_formats.FEATURE_WRITERS[fmt](features, path, precision=precision)


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
                        "published_from": s.published_from,
                    }
                    for s in ev.sources
                ],
                "summary": ev.summary,
                "facts": [_fact_json(f, ev) for f in ev.facts],
            }
        )
    return out
