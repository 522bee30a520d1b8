"""GeoPackage, KML, CSV and GeoParquet writers for :mod:`geo_events.export`.

All of them start from :func:`geo_events.export.to_features`, so every format carries the
same properties with the same rounding; field types come from :data:`export.SCHEMAS`.
Every writer writes a temporary file beside the target and renames it when complete.
"""
from __future__ import annotations

import contextlib
import csv
import html
import os
import re
from pathlib import Path
from typing import Any, Iterable, Optional

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


# --------------------------------------------------------------------------- GeoPackage


def _columns(features: list[dict], kind: str):
    """Typed numpy columns and null masks for pyogrio, from the kind's schema."""
    import numpy as np

    names, data, masks = [], [], []
    for name, typ in SCHEMAS[kind]:
        values = [f["properties"].get(name) for f in features]
        missing = np.array([v is None for v in values], dtype=bool)
        if typ == INT:
            # 32-bit where it fits so GDAL reports "Integer"; epoch seconds need 64 bits.
            dtype = "int64" if name == "event_epoch" else "int32"
            arr = np.array([0 if v is None else v for v in values], dtype=dtype)
        elif typ == REAL:
            arr = np.array([np.nan if v is None else v for v in values], dtype="float64")
            missing = None  # NaN is written as null
        elif typ == BOOL:
            arr = np.array([bool(v) for v in values], dtype=bool)
        elif typ == DATE:
            arr = np.array(["NaT" if v is None else v for v in values], dtype="datetime64[D]")
            missing = None  # NaT is written as null
        else:
            arr = np.array(values, dtype=object)  # None is written as null
            missing = None
        if missing is not None and not missing.any():
            missing = None
        names.append(name)
        data.append(arr)
        masks.append(missing)
    return names, data, masks


def _geometries(features: list[dict], kind: str):
    import numpy as np
    import shapely
    from shapely.geometry import MultiPolygon, shape

    geoms = [shape(f["geometry"]) if f["geometry"] else None for f in features]
    gtype = GEOMETRY_TYPES[kind]
    if kind == "launch_area" and any(isinstance(g, MultiPolygon) for g in geoms):
        gtype = "MultiPolygon"
        geoms = [MultiPolygon([g]) if g is not None and g.geom_type == "Polygon" else g for g in geoms]
    wkb = np.array([None if g is None else shapely.to_wkb(g) for g in geoms], dtype=object)
    return wkb, gtype


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.unlink(f"{path}{suffix}")


def write_gpkg(events: Iterable[Event], path: str | os.PathLike, *, precision: int = 6) -> Path:
    """Write a GeoPackage with one layer per kind.

    Layers ``events``, ``impacts``, ``launches`` (Point), ``trajectories`` (LineString) and
    ``launch_areas`` (Polygon) are always present, empty or not, each with typed fields
    (Integer counts, Date dates, Real distances, Boolean flags), a spatial index and a
    description.  The file is built beside ``path`` and renamed over it when complete.

    Parameters
    ----------
    events : iterable of Event
    path : str or PathLike
    precision : int, default 6

    Returns
    -------
    Path
    """
    try:
        import pyogrio.raw
    except ImportError:  # pragma: no cover - pyogrio is a dependency
        raise OutputError(f"{path}: writing a GeoPackage needs pyogrio (pip install pyogrio)") from None
    target = Path(path)
    groups = _by_kind(to_features(events, precision=precision))
    try:
        tmp = temp_path_beside(target, ".gpkg")
    except OSError as exc:
        raise OutputError(f"{target}: cannot write in {target.parent} ({exc.strerror})") from None
    tmp.unlink()  # the GPKG driver creates the file itself and refuses an empty one
    try:
        for kind in KINDS:
            feats = groups[kind]
            wkb, gtype = _geometries(feats, kind)
            names, data, masks = _columns(feats, kind)
            pyogrio.raw.write(
                str(tmp),
                wkb,
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


def _fmt_num(x: float, precision: int) -> str:
    # Fixed notation: KML readers do not all accept 1e-06.
    text = f"{x:.{precision}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


# Characters XML 1.0 forbids even escaped (etree would write them and break the file).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_id(text: str) -> str:
    # KML ids are xsd:ID (an XML name): event ids may hold any character an article gave.
    out = re.sub(r"[^A-Za-z0-9_.-]", "_", text)
    return out if out[:1].isalpha() or out[:1] == "_" else "_" + out


def _kml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "1" if v else "0"
    return str(v)


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


def _kml_geometry(parent, geometry: Optional[dict], precision: int) -> None:
    from xml.etree.ElementTree import SubElement

    if not geometry:
        return

    def coords(points) -> str:
        return " ".join(f"{_fmt_num(x, precision)},{_fmt_num(y, precision)}" for x, y in points)

    def polygon(el, rings) -> None:
        poly = SubElement(el, "Polygon")
        for i, ring in enumerate(rings):
            boundary = SubElement(poly, "outerBoundaryIs" if i == 0 else "innerBoundaryIs")
            SubElement(SubElement(boundary, "LinearRing"), "coordinates").text = coords(ring)

    gtype, c = geometry["type"], geometry["coordinates"]
    if gtype == "Point":
        SubElement(SubElement(parent, "Point"), "coordinates").text = coords([c])
    elif gtype == "LineString":
        line = SubElement(parent, "LineString")
        SubElement(line, "tessellate").text = "1"  # follow the ground, as the geodesic does
        SubElement(line, "coordinates").text = coords(c)
    elif gtype == "Polygon":
        polygon(parent, c)
    elif gtype == "MultiPolygon":
        multi = SubElement(parent, "MultiGeometry")
        for rings in c:
            polygon(multi, rings)


def write_kml(events: Iterable[Event], path: str | os.PathLike, *, precision: int = 6) -> Path:
    """Write KML 2.2 for Google Earth: a folder per kind, styled, time-stamped.

    Each placemark has a balloon (its popup text, HTML-escaped and then XML-escaped, so
    article text never becomes markup), typed ``ExtendedData`` and a ``TimeStamp`` (or a
    ``TimeSpan`` for a date known only to the week or month) for Google Earth's time slider.

    Returns
    -------
    Path
    """
    import xml.etree.ElementTree as ET

    SubElement = ET.SubElement
    groups = _by_kind(to_features(events, precision=precision))
    spans = {f["properties"]["event_id"]: f["properties"] for f in groups["event"]}

    def xml(element, level: int) -> str:
        # Each element is serialised by etree (escaping guaranteed) and streamed out, so a
        # large export never holds the whole KML tree in memory.
        for el in element.iter():
            if el.text:
                el.text = _XML_ILLEGAL.sub("", el.text)
            for key, value in el.attrib.items():
                el.attrib[key] = _XML_ILLEGAL.sub("", value)
        ET.indent(element, space=" ", level=level)
        return " " * level + ET.tostring(element, encoding="unicode") + "\n"

    def placemark(f: dict, kind: str):
        props = f["properties"]
        pm = ET.Element("Placemark", id=_xml_id(str(f["id"])))
        SubElement(pm, "name").text = _placemark_name(props, kind)
        SubElement(pm, "description").text = _balloon(props, kind)
        ev = spans.get(props["event_id"], props)
        if ev.get("date_precision") not in (None, "day") and ev.get("date_earliest"):
            span = SubElement(pm, "TimeSpan")  # the slider shows it over the whole week or month
            SubElement(span, "begin").text = ev["date_earliest"]
            SubElement(span, "end").text = ev["date_latest"]
        elif props.get("event_date"):
            SubElement(SubElement(pm, "TimeStamp"), "when").text = props["event_date"]
        style = kind
        if kind == "trajectory":
            style = {True: "trajectory", False: "trajectory_beyond"}.get(props.get("within_range"), "trajectory_unknown")
        SubElement(pm, "styleUrl").text = f"#{style}"
        data = SubElement(SubElement(pm, "ExtendedData"), "SchemaData", schemaUrl=f"#{LAYERS[kind]}")
        for name, _ in SCHEMAS[kind]:
            v = props.get(name)
            if name != "kind" and v is not None:
                SubElement(data, "SimpleData", name=name).text = _kml_value(v)
        _kml_geometry(pm, f["geometry"], precision)
        return pm

    def text_element(tag: str, text: str):
        el = ET.Element(tag)
        el.text = text
        return el

    with atomic_write(path) as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        fh.write(f'<kml xmlns="{KML_NS}">\n<Document>\n')
        fh.write(xml(text_element("name", Path(path).stem), 1))
        fh.write(xml(text_element("description", "Attacks extracted by geo-events. " + CREDIT), 1))
        for sid, st in _STYLES.items():
            style = ET.Element("Style", id=sid)
            if "icon" in st:
                icon_style = SubElement(style, "IconStyle")
                SubElement(icon_style, "color").text = st["color"]
                SubElement(icon_style, "scale").text = st["scale"]
                SubElement(SubElement(icon_style, "Icon"), "href").text = st["icon"]
            if "line" in st:
                line_style = SubElement(style, "LineStyle")
                SubElement(line_style, "color").text = st["line"]
                SubElement(line_style, "width").text = st["width"]
            if "fill" in st:
                SubElement(SubElement(style, "PolyStyle"), "color").text = st["fill"]
            fh.write(xml(style, 1))
        for kind in KINDS:
            schema = ET.Element("Schema", name=LAYERS[kind], id=LAYERS[kind])
            for name, typ in SCHEMAS[kind]:
                if name != "kind":
                    SubElement(schema, "SimpleField", type=_KML_TYPES[typ], name=name)
            fh.write(xml(schema, 1))
        for kind in KINDS:
            fh.write(" <Folder>\n")
            fh.write(xml(text_element("name", LAYER_TITLES[kind]), 2))
            fh.write(xml(text_element("description", LAYER_DESCRIPTIONS[kind]), 2))
            for f in groups[kind]:
                fh.write(xml(placemark(f, kind), 2))
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
    ``event_type``/``sub_event_type`` use ACLED's taxonomy, ``attack_type`` ours.

    Returns
    -------
    Path
    """
    features = [f for f in to_features(events, precision=precision) if f["properties"]["kind"] == "event"]
    with atomic_write(path) as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for f in features:
            writer.writerow(_csv_row(f))
    return Path(path)


# --------------------------------------------------------------------------- GeoParquet


def write_parquet(events: Iterable[Event], path: str | os.PathLike, *, precision: int = 6) -> Path:
    """Write GeoParquet (all kinds in one table) when pyarrow is installed.

    Raises
    ------
    OutputError
        pyarrow is not installed.
    """
    import importlib.util

    if importlib.util.find_spec("pyarrow") is None:
        raise OutputError(f"{path}: GeoParquet needs pyarrow (pip install pyarrow), or choose another format")
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import shape

    features = to_features(events, precision=precision)
    columns: dict[str, str] = {}
    for kind in KINDS:
        for name, typ in SCHEMAS[kind]:
            columns.setdefault(name, typ)
    pandas_types = {INT: "Int64", REAL: "float64", BOOL: "boolean", DATE: "string", "str": "string"}
    frame = pd.DataFrame(
        {name: pd.array([f["properties"].get(name) for f in features], dtype=pandas_types[typ]) for name, typ in columns.items()}
    )
    for name, typ in columns.items():
        if typ == DATE:
            frame[name] = pd.to_datetime(frame[name]).dt.date
    geoms = [shape(f["geometry"]) if f["geometry"] else None for f in features]
    gdf = gpd.GeoDataFrame(frame, geometry=geoms, crs="EPSG:4326")
    target = Path(path)
    tmp = temp_path_beside(target, ".parquet")
    try:
        gdf.to_parquet(tmp, index=False)
        os.replace(tmp, target)
    except Exception as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"{target}: cannot write GeoParquet ({exc})") from None
    return target
