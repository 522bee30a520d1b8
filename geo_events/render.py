"""Render events as an interactive Leaflet map (folium), offline single file, fragment or PNG.

The map is a :class:`folium.Map` with one feature group per layer (events, impact sites, launch
sites, trajectories, launch areas) and one :class:`GeoEventsLayer` element that carries the data
as JSON and draws it with ``data/map.js``. Popups are built here with Jinja2 autoescaping: article
text reaches the page only escaped (and JSON inside ``<script>`` is HTML-safe).

The map's own controls live in ``data/map.js`` too (no plugin, nothing fetched at view time): a
two-ended date filter over the events (an event with a coarse date stays while its span overlaps the
chosen range; its impacts, launch, trajectories and launch area hide with it), a geodesic measure
tool, a full-screen button (only the map's own container), and the optional "Boundaries" overlay of
admin polygons handed in by the caller.  Above ``COMPACT_OVER`` events the markers are stamped into
one canvas from compact columns and their popups are built on click.

Every map inlines Leaflet 1.9.4 (BSD-2-Clause, vendored in ``geo_events/data`` by
``tools/build_render_assets.py``) and draws a basemap of country outlines and of the governorates
of Iraq and Syria (Natural Earth, public domain), so it works with no network.  Online maps add
OpenStreetMap tiles over it; offline maps add major town labels (GeoNames, CC-BY 4.0) instead and
make no network request at all.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional
from urllib.parse import urlsplit

import folium
import jinja2
from branca.element import Figure, MacroElement
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup, escape

from .errors import InputError, OutputError
from .io import atomic_write
from .models import EVENT_TYPES, Event, Figure as Count, Trajectory

__all__ = ["render_map", "build_map", "render_png", "popup_html", "GeoEventsLayer", "TYPE_COLORS"]

TYPE_COLORS = {
    "rocket attack": "#d62728",
    "missile attack": "#9467bd",
    "drone attack": "#ff7f0e",
    "mortar attack": "#8c564b",
    "IED attack": "#7f7f7f",
    "airstrike": "#1f77b4",
    "interception": "#17becf",
    "attack": "#e377c2",
}
LOW_CONFIDENCE = 0.6
# Above this many events, markers go to a canvas with short text popups (see bench/bench_map.py).
COMPACT_OVER = 2000
ATTRIBUTION = (
    'Places: <a href="https://www.geonames.org/" rel="noopener">GeoNames</a> (CC-BY 4.0); '
    "map: geo-events"
)
BASEMAP_ATTRIBUTION = "Borders and governorates: Natural Earth (public domain)"
EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal(): the map's dates are days since 1970 (JS Date's epoch)
COMPASS = ("N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW")
KIND_LABELS = {
    "event_type": "type", "weapon": "weapon", "count": "count", "date": "date", "target": "target",
    "impact": "impact", "launch": "launch", "killed": "killed", "injured": "injured",
    "claimed_by": "claim", "blamed_on": "blame", "unclaimed": "unclaimed",
}

# how a source's publication date was found, when not from its metadata (Source.published_from)
_DATED_BY = {"date line": " (from its date line)", "caller": " (date given by the user)"}

_ENV = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)

_POPUP = _ENV.from_string(
    """<div class="ge-popup" dir="auto">
<h4>{{ e.headline }}</h4>
<div class="ge-date">{{ e.date }}</div>
{% if e.summary %}<div>{{ e.summary }}</div>{% endif %}
<table>
<tr><th>Location</th><td>{{ e.location }}{% if e.low %} <span class="ge-warn">low confidence: position uncertain</span>{% endif %}</td></tr>
{% if e.count %}<tr><th>Projectiles</th><td>{{ e.count }}{% if e.weapon %} &middot; {{ e.weapon }}{% endif %}</td></tr>
{% elif e.weapon %}<tr><th>Weapon</th><td>{{ e.weapon }}</td></tr>{% endif %}
{% if e.impacts %}<tr><th>Impacts</th><td><ul>{% for i in e.impacts %}<li>{{ i }}</li>{% endfor %}</ul></td></tr>{% endif %}
{% for label, rows in e.casualties %}<tr><th>{{ label }}</th><td>{% if rows|length == 1 %}{{ rows[0] }}{% else %}<ul>{% for r in rows %}<li>{{ r }}</li>{% endfor %}</ul>{% endif %}</td></tr>
{% endfor %}
{% for label, text in e.responsibility %}<tr><th>{{ label }}</th><td>{{ text }}</td></tr>
{% endfor %}
{% if e.launch %}<tr><th>Launch</th><td>{{ e.launch }}{% if e.trajectories %}<ul>{% for t in e.trajectories %}<li>{{ t }}</li>{% endfor %}</ul>{% endif %}</td></tr>{% endif %}
</table>
{% for s in e.sources %}
<div class="ge-src"><strong>{% if s.url %}<a href="{{ s.url }}" target="_blank" rel="noopener noreferrer">{{ s.label }}</a>{% else %}{{ s.label }}{% endif %}</strong>{% if s.meta %} <span class="ge-kinds">{{ s.meta }}</span>{% endif %}
{% for q in s.quotes %}<blockquote dir="auto">&ldquo;{{ q.sentence }}&rdquo; <span class="ge-kinds">({{ q.kinds }})</span></blockquote>
{% endfor %}
</div>
{% endfor %}
</div>"""
)

_LAUNCH_POPUP = _ENV.from_string(
    """<div class="ge-popup" dir="auto"><h4>Launch: {{ l.name }}</h4>
<div>{{ l.what }}</div>{% if l.note %}<div>{{ l.note }}</div>{% endif %}
{% if l.trajectories %}<ul>{% for t in l.trajectories %}<li>{{ t }}</li>{% endfor %}</ul>{% endif %}
<div class="ge-kinds">for {{ l.event }}</div></div>"""
)

_TITLE = _ENV.from_string(
    """{% if title %}<h2 dir="auto">{{ title }}</h2>{% endif %}{% if subtitle %}<p dir="auto">{{ subtitle }}</p>{% endif %}
<p class="ge-stamp">{{ stamp }}</p>"""
)

_LEGEND = _ENV.from_string(
    """<strong>Events</strong>
{% for name, color in types %}<div><i style="background:{{ color }}"></i>{{ name }}</div>
{% endfor %}
<div class="ge-kinds">pin = exact site &middot; dot = town &middot; ring = district/governorate; faded/dashed = low confidence</div>
<div><i style="background:#ffdd57"></i>impact site (&times; projectiles)</div>
<div><i style="background:#444;border-radius:2px;transform:rotate(45deg) scale(.8)"></i>launch site (hollow = estimated)</div>
<div><i class="ge-line"></i>trajectory within range</div>
<div><i class="ge-line ge-beyond"></i>beyond weapon range</div>
<div><i class="ge-area"></i>possible launch area</div>
{% if boundaries %}<div><i class="ge-line ge-bnd"></i>boundary (hover for its name)</div>{% endif %}"""
)

_NOTES = _ENV.from_string(
    """{% if unplaced %}<div>{{ unplaced|length }} event{{ '' if unplaced|length == 1 else 's' }} without a resolved place (not on the map):
<ul>{% for u in unplaced[:8] %}<li>{{ u }}</li>{% endfor %}{% if unplaced|length > 8 %}<li>&hellip;</li>{% endif %}</ul></div>{% endif %}
{% if unresolved %}<div>{{ unresolved|length }} place name{{ '' if unresolved|length == 1 else 's' }} not resolved:
<ul>{% for u in unresolved[:8] %}<li>{{ u }}</li>{% endfor %}{% if unresolved|length > 8 %}<li>&hellip;</li>{% endif %}</ul></div>{% endif %}
{% if compact %}<div>{{ compact }} events: compact display, short popups.</div>{% endif %}"""
)

_PAGE = _ENV.from_string(
    """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{{ title }}</title>
{{ head }}
<style>html, body { width: 100%; height: 100%; margin: 0; padding: 0; }
#{{ wrap_id }} { position: absolute; inset: 0; }</style>
</head>
<body>
{{ body }}
</body>
</html>
"""
)

_FRAGMENT = _ENV.from_string(
    """<div class="ge-fragment" id="{{ wrap_id }}-frame" style="position:relative;width:100%;height:{{ height }}">
{{ head }}
<style>#{{ wrap_id }} { position: absolute; inset: 0; }</style>
{{ body }}
</div>
"""
)


# ----------------------------------------------------------------------------- text helpers

def _date_text(event: Event) -> str:
    d = event.date
    if d is None:
        return "date unknown"
    if d.precision == "day" or d.earliest == d.latest:
        core = d.earliest.isoformat()
    else:
        core = f"{d.earliest.isoformat()} to {d.latest.isoformat()}"
    extra = d.precision if d.precision in ("week", "month", "year") else "day"
    if d.text:
        return f"{core} ({extra}; \u201c{d.text}\u201d)"
    return f"{core} ({extra})"


def _location_text(event: Event) -> str:
    p = event.place
    if p is None:
        return f"{event.place_name or 'unknown place'} (not resolved)"
    bits = [p.name]
    if p.admin1 and p.admin1 != p.name:
        bits.append(p.admin1)
    if p.country:
        bits.append(p.country)
    where = ", ".join(bits)
    return (f"{where}: {p.precision} precision ({p.feature}), \u00b1{p.radius_km:g} km, "
            f"confidence {round(p.confidence * 100)}%")


def _compass(azimuth: float) -> str:
    return COMPASS[int(((azimuth % 360) + 11.25) // 22.5) % 16]


def _figure_rows(fig: Count) -> list[str]:
    """Every value with its source when sources disagree; one line otherwise."""
    if not fig.known and not fig.values:
        return []
    if fig.disputed:
        rows = []
        seen = set()
        for value, qual, label, _fact in fig.values:
            key = (value, qual, label)
            if key in seen:
                continue
            seen.add(key)
            rows.append(f"{qual + ' ' if qual else ''}{value} \u2014 {label}")
        return rows
    labels = list(dict.fromkeys(v[2] for v in fig.values))
    return [fig.text() + (f" ({', '.join(labels)})" if labels else "")]


def _trajectory_text(t: Trajectory) -> str:
    s = f"{t.distance_km:.0f} km, azimuth {t.azimuth_deg:.0f}\u00b0 ({_compass(t.azimuth_deg)}): {t.verdict}"
    if t.weapon:
        s += f" for {t.weapon}"
        if t.weapon_max_range_km:
            s += f" (max range {t.weapon_max_range_km:g} km)"
    if t.within_range is False and t.reaching_weapons:
        s += "; able to reach: " + ", ".join(t.reaching_weapons[:4])
    return s


def _launch_what(event: Event) -> str:
    la = event.launch
    if la is None:
        return ""
    bits = [la.name or (la.place.name if la.place else ("possible launch area only" if la.area else "not named"))]
    if la.estimated:
        unc = f", \u00b1{la.uncertainty_km:g} km" if la.uncertainty_km else ""
        bits.append(f"(estimated point{unc})")
    elif la.place is not None:
        bits.append(f"({la.place.precision})")
    if la.direction:
        bits.append(f"direction: {la.direction}")
    return " ".join(bits)


def _safe_url(url: Optional[str]) -> Optional[str]:
    """Only http(s) URLs become links: javascript:, data: and the like stay text."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url
    return None


def _sources(event: Event) -> list[dict]:
    by_doc: dict[str, list] = {}
    for fact in event.facts:
        ev = fact.evidence
        if ev is None or not ev.sentence:
            continue
        by_doc.setdefault(ev.doc_id, []).append(fact)
    out = []
    docs = [s.doc_id for s in event.sources] + [d for d in by_doc if d not in {s.doc_id for s in event.sources}]
    src_of = {s.doc_id: s for s in event.sources}
    for doc_id in docs:
        src = src_of.get(doc_id)
        quotes: dict[str, list] = {}
        order: dict[str, int] = {}
        for fact in by_doc.get(doc_id, []):
            sent = fact.evidence.sentence.strip()
            quotes.setdefault(sent, [])
            order.setdefault(sent, fact.evidence.start)
            k = KIND_LABELS.get(fact.kind, fact.kind)
            if fact.according_to:
                k = f"{k}, according to {fact.according_to}"
            if k not in quotes[sent]:
                quotes[sent].append(k)
        meta = []
        if src is not None:
            if src.published:
                # a date the article's metadata does not give is marked, so a briefing does not over-trust it
                meta.append(src.published.isoformat() + _DATED_BY.get(src.published_from, ""))
            if src.language and src.language != "und":
                meta.append(src.language)
            if src.url and not _safe_url(src.url):
                meta.append(src.url)  # shown as text, never as a link
        out.append({
            "label": src.label if src else event.source_label(doc_id),
            "url": _safe_url(src.url) if src else None,
            "meta": ", ".join(meta),
            "quotes": [{"sentence": s, "kinds": ", ".join(quotes[s])} for s in sorted(quotes, key=lambda s: order[s])],
        })
    return out


def _headline(event: Event) -> str:
    where = event.place.name if event.place else (event.place_name or "unknown place")
    return f"{event.event_type} \u2014 {where}"


def popup_html(event: Event) -> str:
    """The HTML of an event's popup, every piece of article text escaped.

    Parameters
    ----------
    event : Event
        A reconciled event.

    Returns
    -------
    str
        A ``<div class="ge-popup">`` with the headline (type, place, date with precision),
        projectiles, impact split, casualties (every disagreeing figure with its source),
        responsibility, launch and trajectories, and the sources with the quoted sentences.
    """
    resp = []
    if event.claimed_by:
        resp.append(("Claimed by", "; ".join(event.claimed_by)))
    if event.blamed_on:
        resp.append(("Blamed on", "; ".join(event.blamed_on)))
    if event.unclaimed and not event.claimed_by:
        resp.append(("Claim", "not claimed"))
    casualties = []
    for label, fig in (("Killed", event.killed), ("Injured", event.injured)):
        rows = _figure_rows(fig)
        if rows:
            casualties.append((label, rows))
    impacts = []
    for imp in event.impacts:
        name = imp.place.name if imp.place else imp.name
        impacts.append(f"{imp.count if imp.count is not None else '?'} at {name}"
                       + ("" if imp.place else " (not located)"))
    ctx = {
        "headline": _headline(event),
        "date": _date_text(event),
        "summary": event.summary,
        "location": _location_text(event),
        "low": bool(event.place and event.place.confidence < LOW_CONFIDENCE),
        "count": event.count.text() if event.count.known else "",
        "weapon": event.weapon or "",
        "impacts": impacts,
        "casualties": casualties,
        "responsibility": resp,
        "launch": _launch_what(event),
        "trajectories": [_trajectory_text(t) for t in event.trajectories],
        "sources": _sources(event),
    }
    return _POPUP.render(e=ctx)


def _tooltip(event: Event) -> str:
    date = event.date.earliest.isoformat() if event.date else "date unknown"
    return str(escape(f"{_headline(event)} \u00b7 {date}"))


# ----------------------------------------------------------------------------- geometry helpers

def _final_bearing(coords: list[tuple[float, float]]) -> float:
    """Bearing (degrees clockwise from north) of the last segment, at its end point."""
    (lat1, lon1), (lat2, lon2) = coords[-2], coords[-1]
    # Initial bearing from the end back to the previous vertex, turned around.
    p1, p2 = math.radians(lat2), math.radians(lat1)
    dl = math.radians(lon1 - lon2)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    back = math.degrees(math.atan2(y, x))
    return round((back + 180.0) % 360.0, 1)


def _geom_points(geom: Optional[dict]) -> Iterable[tuple[float, float]]:
    """(lat, lon) of every vertex of a GeoJSON geometry."""
    if not geom:
        return

    def walk(c):
        if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
            yield (float(c[1]), float(c[0]))
        elif isinstance(c, (list, tuple)):
            for x in c:
                yield from walk(x)

    if geom.get("type") == "GeometryCollection":
        for g in geom.get("geometries", []):
            yield from _geom_points(g)
    else:
        yield from walk(geom.get("coordinates", []))


def _r(x: float, nd: int = 5) -> float:
    return round(float(x), nd)


def _css_id(event_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", str(event_id))


# ----------------------------------------------------------------------------- assets

@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    try:
        return resources.files("geo_events.data").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise OutputError(f"geo_events/data/{name}: map asset missing ({exc}); reinstall geo-events") from None


@lru_cache(maxsize=1)
def _basemap() -> dict:
    return json.loads(_asset("basemap.geojson"))


def _basemap_for(bounds) -> dict:
    """Country outlines whose box meets the data's box padded by 12 degrees."""
    (s, w), (n, e) = bounds if bounds else ((25.0, 35.0), (40.0, 55.0))
    s, w, n, e = s - 12, w - 12, n + 12, e + 12
    feats = [f for f in _basemap()["features"]
             if not (f["bbox"][0] > e or f["bbox"][2] < w or f["bbox"][1] > n or f["bbox"][3] < s)]
    # Governorates (level 1) are drawn lighter than borders; their names are not needed by the basemap.
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"level": 1} if f["properties"].get("level") == 1 else {},
         "geometry": f["geometry"]} for f in feats]}


@lru_cache(maxsize=1)
def _big_cities() -> tuple:
    """Towns of 300,000 people or more, largest first (``data/towns.json``, built by tools/build_towns.py)."""
    return tuple(tuple(r) for r in json.loads(_asset("towns.json"))["towns"])


def _towns_for(bounds, limit: int = 40) -> list:
    (s, w), (n, e) = bounds if bounds else ((25.0, 35.0), (40.0, 55.0))
    pad = max(1.0, 0.5 * max(n - s, e - w))
    s, w, n, e = s - pad, w - pad, n + pad, e + pad
    out = []
    near = 0.02 * max(n - s, e - w)  # labels closer than this to a bigger town would overlap it
    for _pop, lat, lon, name in _big_cities():
        if s <= lat <= n and w <= lon <= e:
            if any(abs(lat - o[0]) < near and abs(lon - o[1]) < near * 2 for o in out):
                continue
            out.append([_r(lat, 3), _r(lon, 3), str(escape(name))])
            if len(out) >= limit:
                break
    return out


# ----------------------------------------------------------------------------- payload

_POLY_TYPES = ("Polygon", "MultiPolygon")


def _rounded_coords(c, nd: int = 4):
    if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
        return [round(float(v), nd) for v in c[:2]]
    return [_rounded_coords(x, nd) for x in c]


def _boundaries(fc: dict) -> list[dict]:
    """The admin polygons of a GeoJSON FeatureCollection as ``{"name", "geom"}`` (name escaped).

    Coordinates are rounded to 4 decimals (about 10 m): outlines, not surveys, and half the bytes.
    """
    feats = fc.get("features") if isinstance(fc, dict) else None
    if not isinstance(feats, list):
        raise InputError("boundaries: not a GeoJSON FeatureCollection (no \"features\" list)")
    out = []
    for i, f in enumerate(feats):
        geom = (f or {}).get("geometry") if isinstance(f, dict) else None
        if not geom or geom.get("type") not in _POLY_TYPES:
            continue  # points or lines are not boundaries; a null geometry is allowed by RFC 7946
        try:
            coords = _rounded_coords(geom["coordinates"])
        except (KeyError, TypeError, ValueError):
            raise InputError(f"boundaries: feature {i} has malformed {geom.get('type')} coordinates") from None
        props = f.get("properties") or {}
        name = props.get("name") or props.get("NAME") or props.get("name_en") or ""
        out.append({"name": str(escape(str(name))), "geom": {"type": geom["type"], "coordinates": coords}})
    return out


def _stamp(events: list[Event]) -> str:
    dates = []
    for ev in events:
        if ev.date:
            dates.append(ev.date.latest)
        dates.extend(s.published for s in ev.sources if s.published)
    n = len(events)
    what = f"{n} event{'s' if n != 1 else ''}"
    if dates:
        return f"{what} \u00b7 data as of {max(dates).isoformat()}"
    return what


def _day_span(ev: Event) -> tuple[Optional[int], Optional[int]]:
    """First and last possible day of the event as days since 1970-01-01, or ``(None, None)``."""
    if ev.date is None:
        return None, None
    a, b = ev.date.earliest.toordinal() - EPOCH_ORDINAL, ev.date.latest.toordinal() - EPOCH_ORDINAL
    return min(a, b), max(a, b)


def _type_table(events: list[Event]) -> list[dict]:
    names = list(EVENT_TYPES)
    for ev in events:
        if ev.event_type not in names:
            names.append(ev.event_type)
    return [{"name": n, "color": TYPE_COLORS.get(n, "#555555")} for n in names]


def _payload(events: list[Event], *, title, subtitle, basemap: bool, unresolved, compact_over: int,
             boundaries: dict | None = None) -> dict:
    types = _type_table(events)
    tindex = {t["name"]: i for i, t in enumerate(types)}
    placed = [ev for ev in events if ev.place is not None]
    unplaced = [f"{ev.event_type} \u2014 {ev.place_name or 'unnamed place'}"
                + (f", {ev.date.earliest.isoformat()}" if ev.date else "") for ev in events if ev.place is None]
    compact = len(placed) > compact_over
    pts: list[tuple[float, float]] = []
    P: dict = {"types": types}
    ev_rows, impacts, launches, trajs, areas = [], [], [], [], []
    # Compact mode: one array per column (JSON.parse builds a few big arrays much faster than 100k small
    # ones, and the bytes per event stay low); popups are built from these on click.
    cols: dict[str, list] = {k: [] for k in ("lat", "lon", "t", "d0", "d1", "id", "name", "n", "k", "w")}
    weapons: dict[str, int] = {}
    for k_ev, ev in enumerate(placed):
        p = ev.place
        pts.append((p.lat, p.lon))
        t = tindex[ev.event_type]
        d0, d1 = _day_span(ev)
        if compact:
            c = cols
            c["lat"].append(_r(p.lat, 4))
            c["lon"].append(_r(p.lon, 4))
            c["t"].append(t)
            c["d0"].append(d0)
            c["d1"].append(None if d0 is None else d1 - d0)
            c["id"].append(ev.event_id)
            c["name"].append(p.name)
            c["n"].append(ev.count.text() if ev.count.known else "")
            c["k"].append(ev.killed.text() if ev.killed.known else "")
            c["w"].append(weapons.setdefault(ev.weapon or "", len(weapons)))
        else:
            low = p.confidence < LOW_CONFIDENCE
            shape = {"site": "pin", "town": "dot"}.get(p.precision, "area")
            row = {"id": ev.event_id, "cls": _css_id(ev.event_id), "lat": _r(p.lat), "lon": _r(p.lon), "t": t,
                   "shape": shape, "low": low, "popup": popup_html(ev), "tip": _tooltip(ev)}
            if d0 is not None:
                row["d"] = [d0, d1]
            if shape == "area":
                row["r"] = round(max(p.radius_km, 1.0) * 1000)
                if p.polygon:
                    row["poly"] = p.polygon
                    pts.extend(_geom_points(p.polygon))
                else:
                    dlat = p.radius_km / 111.0
                    dlon = dlat / max(0.1, math.cos(math.radians(p.lat)))
                    pts.extend([(p.lat - dlat, p.lon - dlon), (p.lat + dlat, p.lon + dlon)])
            ev_rows.append(row)
        label = f"{ev.event_type}, {p.name}" + (f", {ev.date.earliest.isoformat()}" if ev.date else "")
        for imp in ev.impacts:
            if imp.place is None:
                continue
            pts.append((imp.place.lat, imp.place.lon))
            tip = f"Impact: {imp.place.name}" + (f", {imp.count} projectile(s)" if imp.count is not None else "")
            impacts.append({"e": k_ev, "lat": _r(imp.place.lat), "lon": _r(imp.place.lon), "count": imp.count,
                            "tip": str(escape(f"{tip} ({label})"))})
        la = ev.launch
        if la is not None:
            lat = la.lat if la.lat is not None else (la.place.lat if la.place else None)
            lon = la.lon if la.lon is not None else (la.place.lon if la.place else None)
            if lat is not None and lon is not None:
                pts.append((lat, lon))
                lctx = {"name": la.name or (la.place.name if la.place else "unnamed"), "what": _launch_what(ev),
                        "note": la.note, "trajectories": [_trajectory_text(tr) for tr in ev.trajectories],
                        "event": label}
                launches.append({"e": k_ev, "lat": _r(lat), "lon": _r(lon), "estimated": bool(la.estimated),
                                 "popup": _LAUNCH_POPUP.render(l=lctx),
                                 "tip": str(escape(f"Launch: {lctx['name']}" + (" (estimated)" if la.estimated else "")))})
            if la.area:
                pts.extend(_geom_points(la.area))
                areas.append({"e": k_ev, "geom": la.area, "tip": str(escape(
                    f"Possible launch area ({la.area_method or 'estimated'}) for {label}"))})
        for tr in ev.trajectories:
            coords = [(c[0], c[1]) for c in tr.coords] if len(tr.coords) >= 2 else \
                [(tr.launch_lat, tr.launch_lon), (tr.impact_lat, tr.impact_lon)]
            pts.extend(coords)
            verdict = "unknown" if tr.within_range is None else ("within" if tr.within_range else "beyond")
            trajs.append({"e": k_ev, "coords": [[_r(a), _r(b)] for a, b in coords], "verdict": verdict,
                          "bearing": _final_bearing(coords) if len(coords) >= 2 else 0.0,
                          "tip": str(escape(f"Trajectory ({label}): {_trajectory_text(tr)}"))})
    bounds = None
    if pts:
        lats = [a for a, _ in pts]
        lons = [b for _, b in pts]
        bounds = [[_r(min(lats)), _r(min(lons))], [_r(max(lats)), _r(max(lons))]]
    present = [(t["name"], t["color"]) for t in types if any(ev.event_type == t["name"] for ev in events)]
    unres = []
    for u in unresolved or []:
        name = u[0] if isinstance(u, (list, tuple)) else str(u)
        cands = u[3] if isinstance(u, (list, tuple)) and len(u) > 3 else []
        best = ", ".join(getattr(c, "name", str(c)) for c in list(cands)[:3])
        unres.append(f"{name}" + (f" (candidates: {best})" if best else ""))
    attribution = ATTRIBUTION + ("; " + BASEMAP_ATTRIBUTION if basemap else "")
    P.update({
        "events": ev_rows, "impacts": impacts, "launches": launches, "trajectories": trajs, "areas": areas,
        "bounds": bounds, "attribution": attribution,
        "title": _TITLE.render(title=title, subtitle=subtitle, stamp=_stamp(events)),
        "legend": _LEGEND.render(types=present or [(t["name"], t["color"]) for t in types[:3]],
                                 boundaries=bool(boundaries and boundaries.get("features"))),
    })
    notes = _NOTES.render(unplaced=unplaced, unresolved=unres, compact=len(placed) if compact else 0).strip()
    if notes:
        P["notes"] = notes
    if compact:
        # Raw text, unlike the other payload strings: map.js puts these in the page only via textContent.
        P["pts"] = dict(cols, weapons=list(weapons))
    P["total"] = len(placed)
    if boundaries is not None:
        P["boundaries"] = _boundaries(boundaries)
    if basemap:
        P["basemap"] = _basemap_for(bounds)
        P["towns"] = _towns_for(bounds)
    return P


# ----------------------------------------------------------------------------- folium elements

class GeoEventsLayer(MacroElement):
    """The events' data as JSON plus the call that draws it into the map's feature groups."""

    _template = jinja2.Template(
        """{% macro script(this, kwargs) %}
    geoEvents.draw({{ this._parent.get_name() }}, {
{% for key, group in this.groups.items() %}        {{ key }}: {{ group.get_name() }}{{ "," if not loop.last }}
{% endfor %}
    }, {{ this.payload_json }});
{% endmacro %}"""
    )

    def __init__(self, payload: dict, groups: dict):
        super().__init__()
        self._name = "GeoEventsLayer"
        self.payload = payload
        self.groups = groups

    @property
    def payload_json(self) -> Markup:
        # A JSON text inside a JS string literal, parsed by map.js (timed there): JSON.parse of a string is
        # much faster for browsers than parsing a large object literal. HTML-safe inside <script>: <, >, & and ' are \u-escaped, so
        # "</script>" in an article cannot end the script.
        text = json.dumps(self.payload, separators=(",", ":"), ensure_ascii=False)
        return htmlsafe_json_dumps(text, dumps=json.dumps, ensure_ascii=False)


class _GeoMap(folium.Map):
    # Leaflet is added by the page template (CDN link or inlined); folium's other defaults
    # (jQuery, Bootstrap, Font Awesome, awesome-markers) are not needed by these layers.
    default_js: list = []
    default_css: list = []


def _seed(*parts: str) -> str:
    h = hashlib.sha1()
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()[:10]


def _walk(el):
    yield el
    for child in list(el._children.values()):
        yield from _walk(child)


def _fix_ids(root, seed: str) -> None:
    """Deterministic element ids: same input, same HTML; a different seed per map keeps fragments apart."""
    for i, el in enumerate(_walk(root)):
        el._id = f"{seed}{i:03d}"


def build_map(events: list[Event], *, title: str | None = None, subtitle: str | None = None,
              offline: bool = False, tiles: bool = True, unresolved: list | None = None,
              compact_over: int = COMPACT_OVER, seed: str = "", boundaries: dict | None = None) -> folium.Map:
    """Build the folium map of the events (not yet written).

    Parameters
    ----------
    events : list of Event
        Events to draw; those without a place are counted in a note.
    title, subtitle : str, optional
        Shown in the title panel with the date-of-data stamp.
    offline : bool
        No web tiles: the packaged basemap with major town labels only.
    tiles : bool
        Use OpenStreetMap tiles (ignored when ``offline``).
    unresolved : list, optional
        ``(name, doc_id, sentence, candidates)`` tuples listed in the notes panel.
    compact_over : int
        Above this many placed events, draw canvas circles with short popups.
    seed : str
        Mixed into element ids (two maps in one page need different seeds).
    boundaries : dict, optional
        A GeoJSON FeatureCollection of admin polygons with a ``name`` property, drawn as the
        toggleable "Boundaries" overlay (names in tooltips, escaped).

    Returns
    -------
    folium.Map

    Raises
    ------
    InputError
        ``boundaries`` is not a FeatureCollection or has malformed polygon coordinates.
    """
    use_tiles = tiles and not offline
    # The packaged basemap is always drawn, under the tiles: a map opened without network still shows
    # the borders; town labels only where no tiles bring their own.
    payload = _payload(events, title=title, subtitle=subtitle, basemap=True,
                       unresolved=unresolved, compact_over=compact_over, boundaries=boundaries)
    if use_tiles:
        payload.pop("towns", None)
    # SVG, not preferCanvas: up to COMPACT_OVER events each keep a DOM node (classes, keyboard, tests);
    # beyond it map.js draws all points on one canvas of its own.
    m = _GeoMap(location=[33.3, 44.4], zoom_start=5, tiles=None, control_scale=True,
                prefer_canvas=False, width="100%", height="100%")
    if use_tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap", control=False).add_to(m)
    groups = {"basemap": folium.FeatureGroup(name="Basemap", control=False)}
    if payload.get("boundaries"):
        groups["boundaries"] = folium.FeatureGroup(name="Boundaries")
    groups.update({
        "areas": folium.FeatureGroup(name="Launch areas"),
        "trajectories": folium.FeatureGroup(name="Trajectories"),
        "launches": folium.FeatureGroup(name="Launch sites"),
        "impacts": folium.FeatureGroup(name="Impact sites"),
        "events": folium.FeatureGroup(name="Events"),
    })
    for g in groups.values():
        g.add_to(m)
    m.add_child(GeoEventsLayer(payload, groups))
    folium.LayerControl(collapsed=False, position="topright").add_to(m)
    _fix_ids(m, "ge" + _seed(seed, title or "", subtitle or "", str(len(events)),
                             *(ev.event_id for ev in events)))
    return m


def _render_parts(m: folium.Map) -> tuple[str, str, str]:
    """(map element id, map <div>, map script) of a built map."""
    fig = Figure()
    fig.add_child(m)
    fig._id = m._id + "fig"
    fig.render()
    return m.get_name(), fig.html.render(), fig.script.render()


def _head() -> str:
    """Leaflet is always inlined: the page must work with no network, online map or not."""
    return (f"<style>{_asset('leaflet.css')}</style>\n<style>{_asset('map.css')}</style>\n"
            f"<script>{_asset('leaflet.js')}</script>")


def render_html(events: list[Event], *, title: str | None = None, subtitle: str | None = None,
                offline: bool = False, fragment: bool = False, tiles: bool = True,
                unresolved: list | None = None, seed: str = "", height: str = "560px",
                boundaries: dict | None = None) -> str:
    """The map as an HTML string: a full page, or a fragment (``<div>`` and its scripts)."""
    m = build_map(events, title=title, subtitle=subtitle, offline=offline, tiles=tiles,
                  unresolved=unresolved, seed=seed, boundaries=boundaries)
    name, div, script = _render_parts(m)
    wrap_id = f"{name}-wrap"
    head = Markup(_head())
    body = Markup(
        f'<div class="ge-map" id="{wrap_id}">{div}</div>\n'
        f"<style>#{name} {{ position: relative; width: 100%; height: 100%; }}</style>\n"
        f"<script>{_asset('map.js')}</script>\n<script>{script}</script>"
    )
    if fragment:
        return _FRAGMENT.render(wrap_id=wrap_id, head=head, body=body, height=height)
    return _PAGE.render(title=title or "geo-events map", head=head, body=body, wrap_id=wrap_id)


def render_map(events: list[Event], path: str | Path, *, title: str | None = None, subtitle: str | None = None,
               offline: bool = False, fragment: bool = False, tiles: bool = True,
               unresolved: list | None = None, boundaries: dict | None = None) -> Path:
    """Write the events' map to ``path`` atomically.

    Parameters
    ----------
    events : list of Event
    path : str or Path
        The HTML file to write; an existing file is replaced only once the new one is complete.
    title, subtitle : str, optional
    offline : bool
        One self-contained file: Leaflet inlined, packaged basemap, no network request.
    fragment : bool
        An HTML fragment (a ``<div>`` with its styles and scripts) to paste into a page.
    tiles : bool
        Online web tiles (ignored when ``offline``).
    unresolved : list, optional
        Unresolved place names ``(name, doc_id, sentence, candidates)``, listed on the map.
    boundaries : dict, optional
        Admin polygons (a GeoJSON FeatureCollection with a ``name`` property per feature), drawn
        as a toggleable "Boundaries" overlay with the names in tooltips.

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    InputError
        ``boundaries`` is not a usable FeatureCollection.
    OutputError
        ``path`` cannot be written.
    """
    path = Path(path)
    html = render_html(events, title=title, subtitle=subtitle, offline=offline, fragment=fragment,
                       tiles=tiles, unresolved=unresolved, seed=path.name, boundaries=boundaries)
    try:
        with atomic_write(path) as fh:
            fh.write(html)
    except OSError as exc:
        if isinstance(exc, OutputError):
            raise
        raise OutputError(f"{path}: cannot write map ({exc.strerror or exc})") from None
    return path


# ----------------------------------------------------------------------------- PNG

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


def chromium_path() -> str:
    """Chromium used for PNGs: ``$GEO_EVENTS_CHROMIUM`` or Debian's ``/usr/bin/chromium``."""
    return os.environ.get("GEO_EVENTS_CHROMIUM") or "/usr/bin/chromium"


def _screenshot(browser, html_path: Path, width: int, height: int, timeout_s: float) -> bytes:
    from playwright.sync_api import Error as PlaywrightError

    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        page.goto(html_path.resolve().as_uri(), wait_until="load", timeout=timeout_s * 1000)
        page.wait_for_selector("[data-ge-ready]", state="attached", timeout=timeout_s * 1000)
        # A slide shows the title, the date-of-data stamp, the legend and the scale; buttons, sliders and
        # the layer box are for a pointer and only clutter a picture (map.css hides them under .ge-snapshot).
        page.evaluate("document.querySelectorAll('[data-ge-ready]').forEach(e => e.classList.add('ge-snapshot'))")
        # Tiles (online maps) may still be loading: give them a moment, never block on them.
        try:
            page.wait_for_load_state("networkidle", timeout=3000)
        except PlaywrightError:
            pass
        return page.screenshot(type="png", full_page=False)
    finally:
        context.close()


def render_png(html_path: str | Path, png_path: str | Path, *, size: tuple[int, int] = (1600, 900),
               timeout_s: float = 30.0, browser=None) -> Path:
    """Screenshot a written map with headless Chromium once the map is drawn.

    Parameters
    ----------
    html_path : str or Path
        A map written by :func:`render_map` (a full page; offline maps need no network).
    png_path : str or Path
        The PNG to write (atomically).
    size : (int, int)
        Width and height in pixels.
    browser : playwright Browser, optional
        Reuse an open browser (e.g. for many PNGs) instead of launching Chromium.

    Returns
    -------
    Path
        ``png_path``.

    Raises
    ------
    OutputError
        No Chromium or Playwright, or the page could not be drawn.
    """
    html_path, png_path = Path(html_path), Path(png_path)
    exe = chromium_path()
    if not Path(exe).exists():
        raise OutputError(f"{png_path}: no Chromium at {exe} (install Debian's chromium or set GEO_EVENTS_CHROMIUM)")
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise OutputError(f"{png_path}: PNG output needs playwright (pip install 'geo-events[png]')") from None
    width, height = int(size[0]), int(size[1])
    if width < 100 or height < 100 or width > 10000 or height > 10000:
        raise OutputError(f"{png_path}: size {width}x{height} out of range (100-10000 pixels)")
    if not html_path.is_file():
        raise OutputError(f"{html_path}: no such map file")
    try:
        if browser is not None:
            data = _screenshot(browser, html_path, width, height, timeout_s)
        else:
            with sync_playwright() as pw:
                own = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
                try:
                    data = _screenshot(own, html_path, width, height, timeout_s)
                finally:
                    own.close()
    except PlaywrightError as exc:
        raise OutputError(f"{png_path}: Chromium could not draw {html_path} ({str(exc).splitlines()[0]})") from None
    with atomic_write(png_path, "wb") as fh:
        fh.write(data)
    return png_path
