"""GeoPackage, KML, CSV and GeoParquet writers for :mod:`geo_events.export`.

All of them start from :func:`geo_events.export.to_features`, so every format carries the
same properties with the same rounding; field types come from :data:`export.SCHEMAS`.
Each ``write_X(events, path)`` has a ``write_X_features(features, path)`` twin, so that a
caller writing several formats builds the features once (:func:`geo_events.export.write_features`).
Every writer writes a temporary file beside the target and renames it when complete, and
the same events give the same bytes in every format.
"""
from __future__ import annotations

import contextlib
import csv
import html
import json
import operator
import os
import re
import struct
from pathlib import Path
from typing import Iterable, Optional

from .errors import OutputError
from .export import BOOL, DATE, GEOMETRY_TYPES, INT, KINDS, LAYERS, REAL, SCHEMAS, to_features
from .io import atomic_write, temp_path_beside
from .models import Event

CREDIT = "Place data: GeoNames (CC-BY 4.0, geonames.org), airportsdata, geo-events curated gazetteer."

LAYER_TITLES = {
    "event": "Events",
    "impact": "Impact sites",
    "launch": "Launch sites",
    "trajectory": "Trajectories",
    "launch_area": "Launch areas",
}

LAYER_DESCRIPTIONS = {
    "event": "One point per attack, at the attacked place, with date, weapon, counts, claims and sources.",
    "impact": "One point per reported impact site, with the number of projectiles that fell there.",
    "launch": "Launch site per attack: a named place, or an estimated point (estimated=1) in a launch area.",
    "trajectory": "Geodesic line from launch point to impact point, distance, azimuth and weapon range check.",
    "launch_area": "Polygon where the launch could have been, and the method used to draw it.",
}


def _by_kind(features: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {k: [] for k in KINDS}
    for f in features:
        groups[f["properties"]["kind"]].append(f)
    return groups


# --------------------------------------------------------------------------- WKB

# ISO WKB, little endian, 2D.  Written by hand: struct packs a feature in a microsecond,
# where building a shapely object per feature costs tens.
_MULTI = {"Point": "MultiPoint", "LineString": "MultiLineString", "Polygon": "MultiPolygon"}


def _wkb_points(points: list) -> bytes:
    return struct.pack(f"<I{2 * len(points)}d", len(points), *[c for p in points for c in p[:2]])


def _wkb_polygon(rings: list) -> bytes:
    return struct.pack("<BII", 1, 3, len(rings)) + b"".join(_wkb_points(r) for r in rings)


def _wkb(geometry: Optional[dict], multi: bool = False) -> Optional[bytes]:
    """WKB of a GeoJSON geometry dict (Point, LineString, Polygon and their Multi forms).

    ``multi`` wraps a single geometry in its Multi type, for layers that hold both.
    """
    if not geometry:
        return None
    gtype, c = geometry["type"], geometry["coordinates"]
    if multi and gtype in _MULTI:
        gtype, c = _MULTI[gtype], [c]
    if gtype == "Point":
        return struct.pack("<BIdd", 1, 1, c[0], c[1])
    if gtype == "LineString":
        return struct.pack("<BI", 1, 2) + _wkb_points(c)
    if gtype == "Polygon":
        return _wkb_polygon(c)
    if gtype == "MultiPoint":
        return struct.pack("<BII", 1, 4, len(c)) + b"".join(struct.pack("<BIdd", 1, 1, p[0], p[1]) for p in c)
    if gtype == "MultiLineString":
        return struct.pack("<BII", 1, 5, len(c)) + b"".join(struct.pack("<BI", 1, 2) + _wkb_points(p) for p in c)
    if gtype == "MultiPolygon":
        return struct.pack("<BII", 1, 6, len(c)) + b"".join(_wkb_polygon(p) for p in c)
    raise OutputError(f"cannot write a {gtype} geometry")


def _layer_geometries(features: list[dict], kind: str) -> tuple[list, str]:
    """WKB per feature and the layer's geometry type: promoted to Multi when any feature is
    Multi (a bow-tie area repaired in two, a line cut at the antimeridian)."""
    gtype = GEOMETRY_TYPES[kind]
    multi = any(f["geometry"] is not None and f["geometry"]["type"].startswith("Multi") for f in features)
    if multi:
        gtype = _MULTI[gtype]
    return [_wkb(f["geometry"], multi) for f in features], gtype


# --------------------------------------------------------------------------- GeoPackage


def _columns(features: list[dict], kind: str):
    """Typed numpy columns and null masks for pyogrio, from the kind's schema."""
    import numpy as np

    schema = SCHEMAS[kind]
    # Transposed in C: one itemgetter call per feature, then zip, rather than a lookup per cell.
    cells = list(zip(*map(operator.itemgetter(*(n for n, _ in schema)), (f["properties"] for f in features))))
    if not cells:
        cells = [()] * len(schema)
    names, data, masks = [], [], []
    for (name, typ), values in zip(schema, cells):
        values = list(values)
        missing = None
        if typ == INT:
            # 32-bit where it fits so GDAL reports "Integer"; epoch seconds need 64 bits.
            dtype = "int64" if name == "event_epoch" else "int32"
            if None in values:
                missing = np.array([v is None for v in values], dtype=bool)
                values = [0 if v is None else v for v in values]
            arr = np.array(values, dtype=dtype)
        elif typ == REAL:
            arr = np.array(values, dtype="float64")  # None becomes NaN, which is written as null
        elif typ == BOOL:
            if None in values:
                missing = np.array([v is None for v in values], dtype=bool)
            arr = np.array([bool(v) for v in values], dtype=bool)
        elif typ == DATE:
            arr = np.array(["NaT" if v is None else v for v in values], dtype="datetime64[D]")  # NaT is null
        else:
            arr = np.array(values, dtype=object)  # None is written as null
        names.append(name)
        data.append(arr)
        masks.append(missing)
    return names, data, masks


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.unlink(f"{path}{suffix}")


def _data_time(features: list[dict]) -> str:
    """A timestamp that depends on the data only: the latest date of the events, at midnight UTC.

    GeoPackage stores a ``last_change`` per layer; GDAL fills it with the clock unless
    ``OGR_CURRENT_DATE`` is set, which would make two exports of the same events differ.
    """
    latest = max(
        (f["properties"].get("date_latest") or f["properties"].get("event_date") or "" for f in features), default=""
    )
    return f"{latest or '1970-01-01'}T00:00:00.000Z"


@contextlib.contextmanager
def _gdal_config(**options: str):
    import pyogrio

    previous = {k: pyogrio.get_gdal_config_option(k) for k in options}
    pyogrio.set_gdal_config_options(options)
    try:
        yield
    finally:
        pyogrio.set_gdal_config_options(previous)


def write_gpkg(events: Iterable[Event], path: str | os.PathLike, *, precision: int = 6) -> Path:
    """Write a GeoPackage with one layer per kind.

    Layers ``events``, ``impacts``, ``launches`` (Point), ``trajectories`` (LineString, or
    MultiLineString when a line crosses the antimeridian) and ``launch_areas`` (Polygon or
    MultiPolygon) are always present, empty or not, each with typed fields (Integer counts,
    Date dates, Real distances, Boolean flags), a spatial index and a description.  The file
    is built beside ``path`` and renamed over it when complete; the same events give the
    same bytes (the layers' ``last_change`` is the latest event date, not the clock).

    Parameters
    ----------
    events : iterable of Event
    path : str or PathLike
    precision : int, default 6

    Returns
    -------
    Path
    """
    return write_gpkg_features(to_features(events, precision=precision), path)


def write_gpkg_features(features: list[dict], path: str | os.PathLike, *, precision: int = 6) -> Path:
    """:func:`write_gpkg` from the features of :func:`geo_events.export.to_features`."""
    import numpy as np

    try:
        import pyogrio.raw
    except ImportError:  # pragma: no cover - pyogrio is a dependency
        raise OutputError(f"{path}: writing a GeoPackage needs pyogrio (pip install pyogrio)") from None
    target = Path(path)
    groups = _by_kind(features)
    try:
        tmp = temp_path_beside(target, ".gpkg")
    except OSError as exc:
        raise OutputError(f"{target}: cannot write in {target.parent} ({exc.strerror})") from None
    tmp.unlink()  # the GPKG driver creates the file itself and refuses an empty one
    try:
        with _gdal_config(OGR_CURRENT_DATE=_data_time(groups["event"] or features)):
            for kind in KINDS:
                feats = groups[kind]
                wkb, gtype = _layer_geometries(feats, kind)
                names, data, masks = _columns(feats, kind)
                pyogrio.raw.write(
                    str(tmp),
                    np.array(wkb, dtype=object),
                    data,
                    names,
                    field_mask=masks,
                    layer=LAYERS[kind],
                    driver="GPKG",
                    geometry_type=gtype,
                    crs="EPSG:4326",
                    # GeoPackage 1.2 is read by every GDAL >= 2.2 and QGIS 3 without a warning.
                    dataset_options={"VERSION": "1.2"},
                    layer_options={
                        "IDENTIFIER": LAYER_TITLES[kind],
                        "DESCRIPTION": LAYER_DESCRIPTIONS[kind] + " " + CREDIT,
                        "SPATIAL_INDEX": "YES",
                    },
                )
        os.replace(tmp, target)
    except OutputError:
        _remove_sqlite_files(tmp)
        raise
    except Exception as exc:
        _remove_sqlite_files(tmp)
        raise OutputError(f"{target}: cannot write the GeoPackage ({exc})") from None
    except BaseException:
        _remove_sqlite_files(tmp)
        raise
    return target


# --------------------------------------------------------------------------- KML

KML_NS = "http://www.opengis.net/kml/2.2"
_ICONS = "http://maps.google.com/mapfiles/kml/shapes/"

# KML colours are aabbggrr.
_STYLES = {
    "event": {"icon": _ICONS + "caution.png", "color": "ff1400e6", "scale": "1.2"},
    "impact": {"icon": _ICONS + "placemark_circle.png", "color": "ff0080ff", "scale": "0.9"},
    "launch": {"icon": _ICONS + "triangle.png", "color": "ffd07000", "scale": "1.0"},
    "trajectory": {"line": "ff0080ff", "width": "2.5"},
    "trajectory_beyond": {"line": "ff1400e6", "width": "2.5"},
    "trajectory_unknown": {"line": "ff8c8c8c", "width": "2"},
    "launch_area": {"line": "ffd07000", "width": "1.5", "fill": "40d07000"},
}

_KML_TYPES = {INT: "int", REAL: "double", BOOL: "bool", DATE: "string", "str": "string"}

# Popup rows: (property, label) per kind; values are escaped as HTML, then as XML.
_BALLOON = {
    "event": (
        ("event_type", "Type"),
        ("event_date", "Date"),
        ("date_precision", "Date precision"),
        ("place", "Place"),
        ("geo_precision", "Place precision"),
        ("weapon", "Weapon"),
        ("projectile_count", "Projectiles"),
        ("killed", "Killed"),
        ("injured", "Injured"),
        ("claimed_by", "Claimed by"),
        ("attributed_to", "Attributed to"),
        ("launch_place", "Launched from"),
        ("distance_km", "Distance (km)"),
        ("sources", "Sources"),
        ("summary", "Summary"),
        ("event_id", "Event id"),
    ),
    "impact": (("place", "Impact site"), ("projectile_count", "Projectiles"), ("event_date", "Date"), ("event_id", "Event id")),
    "launch": (
        ("place", "Launch site"),
        ("estimated", "Estimated"),
        ("uncertainty_km", "Uncertainty (km)"),
        ("note", "Note"),
        ("event_id", "Event id"),
    ),
    "trajectory": (
        ("weapon", "Weapon"),
        ("distance_km", "Distance (km)"),
        ("azimuth_deg", "Azimuth (deg)"),
        ("weapon_max_range_km", "Weapon range (km)"),
        ("verdict", "Range check"),
        ("event_id", "Event id"),
    ),
    "launch_area": (("launch_place", "Launch area"), ("method", "Method"), ("event_id", "Event id")),
}


# Characters XML 1.0 forbids even escaped (a reader would reject the whole file).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _esc(text: str) -> str:
    """XML text: forbidden characters dropped, ``& < >`` escaped (article text never becomes markup)."""
    if not text.isprintable():  # fast test in C; only then the regex (tabs and newlines land here too)
        text = _XML_ILLEGAL.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _fmt_num(x: float, precision: int) -> str:
    # Fixed notation: KML readers do not all accept 1e-06.
    text = f"{x:.{precision}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


# JSON writes the shortest repr of each (already rounded) float, in C: the coordinate
# text of a whole line at once.  Exponent notation (1e-06) falls back to _fmt_num.
_COORD_ENCODER = json.JSONEncoder(separators=(",", ":"))


def _kml_coords(points: list, precision: int) -> str:
    text = _COORD_ENCODER.encode(points)
    if "e" in text or "E" in text:
        return " ".join(f"{_fmt_num(p[0], precision)},{_fmt_num(p[1], precision)}" for p in points)
    return text[2:-2].replace("],[", " ")


def _xml_id(text: str) -> str:
    # KML ids are xsd:ID (an XML name): event ids may hold any character an article gave.
    out = re.sub(r"[^A-Za-z0-9_.-]", "_", text)
    return out if out[:1].isalpha() or out[:1] == "_" else "_" + out


def _balloon(props: dict, kind: str) -> str:
    rows = []
    for key, label in _BALLOON[kind]:
        v = props.get(key)
        if v is None:
            continue
        if isinstance(v, bool):
            v = "yes" if v else "no"
        rows.append(f"<b>{html.escape(label)}:</b> {html.escape(str(v))}")
    return "<br/>".join(rows)


def _placemark_name(props: dict, kind: str) -> str:
    place = props.get("place") or props.get("launch_place") or "unknown place"
    if kind == "event":
        return f"{props.get('event_type') or 'attack'}: {place}"
    if kind == "impact":
        return f"Impact: {place}"
    if kind == "launch":
        return f"Launch: {place}" + (" (estimated)" if props.get("estimated") else "")
    if kind == "trajectory":
        d = props.get("distance_km")
        return f"Trajectory {d} km" if d is not None else "Trajectory"
    return f"Launch area: {place}"


def _kml_polygon(rings: list, precision: int, pad: str) -> str:
    out = [f"{pad}<Polygon>\n"]
    for i, ring in enumerate(rings):
        tag = "outerBoundaryIs" if i == 0 else "innerBoundaryIs"
        out.append(f"{pad} <{tag}>\n{pad}  <LinearRing>\n{pad}   <coordinates>{_kml_coords(ring, precision)}"
                   f"</coordinates>\n{pad}  </LinearRing>\n{pad} </{tag}>\n")
    out.append(f"{pad}</Polygon>\n")
    return "".join(out)


def _kml_line(points: list, precision: int, pad: str) -> str:
    # tessellate: follow the ground, as the geodesic does.
    return (f"{pad}<LineString>\n{pad} <tessellate>1</tessellate>\n"
            f"{pad} <coordinates>{_kml_coords(points, precision)}</coordinates>\n{pad}</LineString>\n")


def _kml_geometry(geometry: Optional[dict], precision: int, pad: str) -> str:
    if not geometry:
        return ""
    gtype, c = geometry["type"], geometry["coordinates"]
    if gtype == "Point":
        return f"{pad}<Point>\n{pad} <coordinates>{_kml_coords([c], precision)}</coordinates>\n{pad}</Point>\n"
    if gtype == "LineString":
        return _kml_line(c, precision, pad)
    if gtype == "Polygon":
        return _kml_polygon(c, precision, pad)
    inner = pad + " "
    if gtype == "MultiLineString":
        parts = "".join(_kml_line(p, precision, inner) for p in c)
    elif gtype == "MultiPolygon":
        parts = "".join(_kml_polygon(p, precision, inner) for p in c)
    else:
        raise OutputError(f"cannot write a {gtype} geometry to KML")
    return f"{pad}<MultiGeometry>\n{parts}{pad}</MultiGeometry>\n"


def _kml_header(name: str) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n', f'<kml xmlns="{KML_NS}">\n<Document>\n',
           f" <name>{_esc(name)}</name>\n",
           f" <description>{_esc('Attacks extracted by geo-events. ' + CREDIT)}</description>\n"]
    for sid, st in _STYLES.items():
        out.append(f' <Style id="{sid}">\n')
        if "icon" in st:
            out.append(f"  <IconStyle>\n   <color>{st['color']}</color>\n   <scale>{st['scale']}</scale>\n"
                       f"   <Icon>\n    <href>{_esc(st['icon'])}</href>\n   </Icon>\n  </IconStyle>\n")
        if "line" in st:
            out.append(f"  <LineStyle>\n   <color>{st['line']}</color>\n   <width>{st['width']}</width>\n  </LineStyle>\n")
        if "fill" in st:
            out.append(f"  <PolyStyle>\n   <color>{st['fill']}</color>\n  </PolyStyle>\n")
        out.append(" </Style>\n")
    for kind in KINDS:
        out.append(f' <Schema name="{LAYERS[kind]}" id="{LAYERS[kind]}">\n')
        for name, typ in SCHEMAS[kind]:
            if name != "kind":
                out.append(f'  <SimpleField type="{_KML_TYPES[typ]}" name="{name}" />\n')
        out.append(" </Schema>\n")
    return "".join(out)


_DATA_FIELDS = {kind: tuple(n for n, _ in SCHEMAS[kind] if n != "kind") for kind in KINDS}


def _placemark(f: dict, kind: str, spans: dict, precision: int) -> str:
    props = f["properties"]
    out = [f'  <Placemark id="{_xml_id(str(f["id"]))}">\n',
           f"   <name>{_esc(_placemark_name(props, kind))}</name>\n",
           f"   <description>{_esc(_balloon(props, kind))}</description>\n"]
    ev = spans.get(props["event_id"], props)
    if ev.get("date_precision") not in (None, "day") and ev.get("date_earliest"):
        # The slider shows it over the whole week or month.
        out.append(f"   <TimeSpan>\n    <begin>{_esc(ev['date_earliest'])}</begin>\n"
                   f"    <end>{_esc(ev['date_latest'])}</end>\n   </TimeSpan>\n")
    elif props.get("event_date"):
        out.append(f"   <TimeStamp>\n    <when>{_esc(props['event_date'])}</when>\n   </TimeStamp>\n")
    style = kind
    if kind == "trajectory":
        style = {True: "trajectory", False: "trajectory_beyond"}.get(props.get("within_range"), "trajectory_unknown")
    out.append(f"   <styleUrl>#{style}</styleUrl>\n")
    out.append(f'   <ExtendedData>\n    <SchemaData schemaUrl="#{LAYERS[kind]}">\n')
    for name in _DATA_FIELDS[kind]:
        v = props[name]
        if v is None:
            continue
        if v is True or v is False:
            v = "1" if v else "0"
        elif type(v) is str:
            v = _esc(v)
        out.append(f'     <SimpleData name="{name}">{v}</SimpleData>\n')
    out.append("    </SchemaData>\n   </ExtendedData>\n")
    out.append(_kml_geometry(f["geometry"], precision, "   "))
    out.append("  </Placemark>\n")
    return "".join(out)


def write_kml(events: Iterable[Event], path: str | os.PathLike, *, precision: int = 6) -> Path:
    """Write KML 2.2 for Google Earth: a folder per kind, styled, time-stamped.

    Each placemark has a balloon (its popup text, HTML-escaped and then XML-escaped, so
    article text never becomes markup), typed ``ExtendedData`` and a ``TimeStamp`` (or a
    ``TimeSpan`` for a date known only to the week or month) for Google Earth's time slider.
    A line cut at the antimeridian is a ``MultiGeometry``.

    Returns
    -------
    Path
    """
    return write_kml_features(to_features(events, precision=precision), path, precision=precision)


def write_kml_features(features: list[dict], path: str | os.PathLike, *, precision: int = 6) -> Path:
    """:func:`write_kml` from the features of :func:`geo_events.export.to_features`."""
    groups = _by_kind(features)
    spans = {f["properties"]["event_id"]: f["properties"] for f in groups["event"]}
    with atomic_write(path) as fh:
        # Written placemark by placemark: a large export never holds the whole KML text.
        fh.write(_kml_header(Path(path).stem))
        for kind in KINDS:
            fh.write(f" <Folder>\n  <name>{_esc(LAYER_TITLES[kind])}</name>\n"
                     f"  <description>{_esc(LAYER_DESCRIPTIONS[kind])}</description>\n")
            for f in groups[kind]:
                fh.write(_placemark(f, kind, spans, precision))
            fh.write(" </Folder>\n")
        fh.write("</Document>\n</kml>\n")
    return Path(path)


# --------------------------------------------------------------------------- CSV

# ACLED column names where the meaning is the same; ours after them.
CSV_COLUMNS = (
    "event_id",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country_code",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    # ours
    "attack_type",
    "weapon",
    "projectile_count",
    "injured",
    "attributed_to",
    "place_id",
    "uncertainty_km",
    "launch_place",
    "launch_lat",
    "launch_lon",
    "distance_km",
    "azimuth_deg",
    "within_range",
    "source_urls",
    "languages",
    "event_epoch",
)

# GDAL's .csvt column types (https://gdal.org/drivers/vector/csv.html).
CSV_TYPES = {name: "String" for name in CSV_COLUMNS}
CSV_TYPES.update({name: "Integer" for name in ("year", "time_precision", "geo_precision", "fatalities",
                                               "projectile_count", "injured")})
CSV_TYPES.update({name: "Real" for name in ("latitude", "longitude", "uncertainty_km", "launch_lat", "launch_lon",
                                            "distance_km", "azimuth_deg")})
CSV_TYPES.update({"event_date": "Date", "event_epoch": "Integer64", "within_range": "Integer(Boolean)"})

# ACLED's time_precision: 1 day, 2 week, 3 month (a year is coarser still; 3 is the closest).
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
# ACLED's geo_precision: 1 the place itself, 2 near it / part of a region, 3 a larger region.
_GEO_PRECISION = {"site": 1, "town": 1, "district": 2, "governorate": 3, "country": 3}
# Our event types in ACLED's taxonomy (event_type "Explosions/Remote violence").
_SUB_EVENT = {
    "rocket attack": "Shelling/artillery/missile attack",
    "missile attack": "Shelling/artillery/missile attack",
    "mortar attack": "Shelling/artillery/missile attack",
    "interception": "Shelling/artillery/missile attack",
    "drone attack": "Air/drone strike",
    "airstrike": "Air/drone strike",
    "IED attack": "Remote explosive/landmine/IED",
}


def _csv_text(v: Optional[str]) -> str:
    # Article text is untrusted: a cell starting with = + - @ would run as a spreadsheet formula.
    if not v:
        return ""
    return "'" + v if v[0] in "=+-@\t\r" else v


def _csv_row(f: dict) -> dict:
    p = f["properties"]
    g = f["geometry"]
    lon, lat = g["coordinates"] if g else (None, None)
    typ = p["event_type"]
    row = {
        "event_id": _csv_text(p["event_id"]),
        "event_date": p["event_date"],
        "year": p["event_date"][:4] if p["event_date"] else None,
        "time_precision": _TIME_PRECISION.get(p["date_precision"]),
        "event_type": "Explosions/Remote violence" if typ in _SUB_EVENT or typ == "attack" else None,
        "sub_event_type": _SUB_EVENT.get(typ),
        "actor1": _csv_text(p["claimed_by"]),
        "actor2": None,  # the target's actor is not extracted
        "country_code": p["country"],
        "admin1": _csv_text(p["admin1"]),
        "location": _csv_text(p["place"]),
        "latitude": lat,
        "longitude": lon,
        "geo_precision": _GEO_PRECISION.get(p["geo_precision"]),
        "source": _csv_text(p["sources"]),
        "notes": _csv_text(p["summary"]),
        "fatalities": p["killed"],
        "attack_type": _csv_text(typ),
        "weapon": _csv_text(p["weapon"]),
        "projectile_count": p["projectile_count"],
        "injured": p["injured"],
        "attributed_to": _csv_text(p["attributed_to"]),
        "place_id": _csv_text(p["place_id"]),
        "uncertainty_km": p["uncertainty_km"],
        "launch_place": _csv_text(p["launch_place"]),
        "launch_lat": p["launch_lat"],
        "launch_lon": p["launch_lon"],
        "distance_km": p["distance_km"],
        "azimuth_deg": p["azimuth_deg"],
        "within_range": p["within_range"],
        "source_urls": _csv_text(p["source_urls"]),
        "languages": p["languages"],
        "event_epoch": p["event_epoch"],
    }
    return {k: "" if v is None else ("true" if v is True else "false" if v is False else v) for k, v in row.items()}


def write_csv(events: Iterable[Event], path: str | os.PathLike, *, precision: int = 6) -> Path:
    """Write one row per event, with ACLED column names where they mean the same thing.

    ``fatalities`` is empty when no source gave a death toll (ACLED would write 0; here
    0 means "reported none").  ``time_precision`` and ``geo_precision`` use ACLED's codes
    (1 day / 2 week / 3 month; 1 place / 2 near or part of a region / 3 larger region);
    ``event_type``/``sub_event_type`` use ACLED's taxonomy, ``attack_type`` ours.  A
    ``.csvt`` sidecar (GDAL's column types) is written beside the file, so that GDAL and
    QGIS type the columns (Integer counts, Date dates, Real coordinates) without guessing.

    Returns
    -------
    Path
    """
    return write_csv_features(to_features(events, precision=precision, kinds=("event",)), path)


def csvt_path(path: str | os.PathLike) -> Path:
    """The GDAL column-type sidecar of a CSV file: ``events.csv`` -> ``events.csvt``."""
    return Path(path).with_suffix(".csvt")


def write_csv_features(features: list[dict], path: str | os.PathLike, *, precision: int = 6) -> Path:
    """:func:`write_csv` from the features of :func:`geo_events.export.to_features` (events only are used)."""
    rows = [_csv_row(f) for f in features if f["properties"]["kind"] == "event"]
    csvt = csvt_path(path)
    with atomic_write(path) as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows([row[c] for c in CSV_COLUMNS] for row in rows)
    if csvt != Path(path):
        with atomic_write(csvt) as fh:
            fh.write(",".join(f'"{CSV_TYPES[c]}"' for c in CSV_COLUMNS) + "\r\n")
    return Path(path)


# --------------------------------------------------------------------------- GeoParquet

# GeoParquet metadata: https://geoparquet.org/releases/v1.1.0/
GEOPARQUET_VERSION = "1.1.0"


def write_parquet(events: Iterable[Event], path: str | os.PathLike, *, precision: int = 6) -> Path:
    """Write GeoParquet 1.1 (all kinds in one table, told apart by ``kind``) with pyarrow.

    The geometry column is WKB; the file's ``geo`` metadata names it, its geometry types,
    bounding box, CRS (OGC:CRS84, i.e. WGS 84 longitude/latitude, as PROJJSON), planar
    edges and counter-clockwise exterior rings.  Counts are int32 (epoch seconds int64),
    dates date32, distances float64, flags bool, nulls where unknown.

    Raises
    ------
    OutputError
        pyarrow is not installed (it is the optional extra ``parquet``).
    """
    import importlib.util

    if importlib.util.find_spec("pyarrow") is None:
        raise OutputError(f"{path}: GeoParquet needs pyarrow (pip install pyarrow), or choose another format")
    return write_parquet_features(to_features(events, precision=precision), path)


_EMPTY_ROW = {name: None for kind in KINDS for name, _ in SCHEMAS[kind]}


def _crs84_projjson() -> dict:
    from pyproj import CRS

    return CRS.from_user_input("OGC:CRS84").to_json_dict()


def write_parquet_features(features: list[dict], path: str | os.PathLike, *, precision: int = 6) -> Path:
    """:func:`write_parquet` from the features of :func:`geo_events.export.to_features`."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise OutputError(f"{path}: GeoParquet needs pyarrow (pip install pyarrow), or choose another format") from None
    import datetime as dt

    columns: dict[str, str] = {}
    for kind in KINDS:
        for name, typ in SCHEMAS[kind]:
            columns.setdefault(name, typ)
    arrow_types = {INT: pa.int32(), REAL: pa.float64(), BOOL: pa.bool_(), DATE: pa.date32(), "str": pa.string()}
    names = list(columns)
    getter = operator.itemgetter(*names)
    # Every kind has only some of the columns: fill the others with None, then transpose in C.
    rows = [getter({**_EMPTY_ROW, **f["properties"]}) for f in features] if features else []
    cells = list(zip(*rows)) if rows else [()] * len(names)
    arrays, fields = [], []
    for (name, typ), values in zip(columns.items(), cells):
        values = list(values)
        atype = pa.int64() if name == "event_epoch" else arrow_types[typ]
        if typ == DATE:
            values = [None if v is None else dt.date.fromisoformat(v) for v in values]
        arrays.append(pa.array(values, type=atype))
        fields.append(pa.field(name, atype))
    wkb = [_wkb(f["geometry"]) for f in features]
    arrays.append(pa.array(wkb, type=pa.binary()))
    fields.append(pa.field("geometry", pa.binary()))
    types = sorted({f["geometry"]["type"] for f in features if f["geometry"]})
    geo_column = {
        "encoding": "WKB",
        "geometry_types": types,
        "crs": _crs84_projjson(),
        "edges": "planar",
        "orientation": "counterclockwise",
    }
    bbox = _bbox(wkb)
    if bbox is not None:
        geo_column["bbox"] = bbox
    geo = {"version": GEOPARQUET_VERSION, "primary_column": "geometry", "columns": {"geometry": geo_column}}
    schema = pa.schema(fields, metadata={b"geo": json.dumps(geo, separators=(",", ":")).encode("utf-8")})
    table = pa.Table.from_arrays(arrays, schema=schema)
    target = Path(path)
    try:
        tmp = temp_path_beside(target, ".parquet")
    except OSError as exc:
        raise OutputError(f"{target}: cannot write in {target.parent} ({exc.strerror})") from None
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, Exception):
            raise OutputError(f"{target}: cannot write GeoParquet ({exc})") from None
        raise
    return target


def _bbox(wkb: list) -> Optional[list[float]]:
    import shapely

    geoms = shapely.from_wkb([w for w in wkb if w is not None])
    if len(geoms) == 0:
        return None
    return [float(v) for v in shapely.total_bounds(geoms)]


# --------------------------------------------------------------------------- features to any format

FEATURE_WRITERS = {
    "gpkg": write_gpkg_features,
    "kml": write_kml_features,
    "csv": write_csv_features,
    "parquet": write_parquet_features,
}
