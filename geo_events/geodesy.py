"""Geodesy on the WGS84 ellipsoid: distances, azimuths, geodesic lines and areas.

Vectorised first (``pyproj.Geod`` on numpy arrays), scalar results when scalars go in.
Arguments are always ``lat``/``lon`` in degrees; shapely geometries and GeoJSON hold
(lon, lat) as their formats require, and only :func:`to_geojson` / :func:`shape_of`
cross that boundary.

Polygons are built from geodesics (a circle is the set of points at a geodesic distance,
a sector's sides are geodesics from its centre), densified so that they stay right when
drawn or intersected in lon/lat. Nothing here handles the antimeridian or the poles:
the region of interest is far from both.
"""
from __future__ import annotations

import math
import os
import re
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from typing import Optional, Union

import numpy as np
import shapely
from pyproj import Geod
from shapely.geometry import MultiPolygon, Polygon, mapping, shape
from shapely.geometry.base import BaseGeometry

from .errors import InputError

GEOD = Geod(ellps="WGS84")

ArrayLike = Union[float, np.ndarray, list]


def _arrays(*values):
    arrays = [np.asarray(v, dtype=np.float64) for v in values]
    scalar = all(a.ndim == 0 for a in arrays)
    if len({a.shape for a in arrays}) > 1:
        # pyproj wants contiguous buffers of one shape; broadcast views have zero strides.
        arrays = [np.array(a) for a in np.broadcast_arrays(*arrays)]
    return scalar, arrays


def inverse(lat1: ArrayLike, lon1: ArrayLike, lat2: ArrayLike, lon2: ArrayLike):
    """Forward azimuth and geodesic distance from point 1 to point 2.

    Parameters
    ----------
    lat1, lon1, lat2, lon2 : float or array_like
        Degrees; arrays broadcast against each other.

    Returns
    -------
    azimuth_deg, distance_km : float or ndarray
        Azimuth at point 1, clockwise from north, in [0, 360); distance in km.

    Examples
    --------
    >>> az, d = inverse(33.0, 44.0, 34.0, 44.0)
    >>> round(az, 3), round(d, 3)
    (0.0, 110.913)
    """
    if type(lat1) is float and type(lon1) is float and type(lat2) is float and type(lon2) is float:
        # Plain floats (most calls): pyproj takes them as they are; numpy wrapping costs more than the geodesic.
        az, _, dist = GEOD.inv(lon1, lat1, lon2, lat2, return_back_azimuth=False)
        return float(np.mod(az, 360.0)), dist / 1000.0
    scalar, (la1, lo1, la2, lo2) = _arrays(lat1, lon1, lat2, lon2)
    if scalar or la1.size < _PARALLEL_MIN or _WORKERS < 2:
        az, _, dist = GEOD.inv(lo1, la1, lo2, la2, return_back_azimuth=False)
    else:
        az, dist = _inv_parallel(lo1, la1, lo2, la2)
    az = np.mod(np.asarray(az), 360.0)
    km = np.asarray(dist) / 1000.0
    if scalar:
        return float(az), float(km)
    return az, km


_PARALLEL_MIN = 200_000
_WORKERS = min(8, os.cpu_count() or 1)
_POOL: Optional[ThreadPoolExecutor] = None


def _inv_parallel(lo1, la1, lo2, la2):
    # pyproj releases the GIL in Geod.inv, so threads over chunks scale with cores;
    # every pair is independent, so the result is the same as one call.
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(_WORKERS, thread_name_prefix="geodesy")
    shape = lo1.shape
    # Own copies: inplace=True writes azimuths over lo1 and distances over lo2.
    flat = [np.array(x, dtype=np.float64).ravel() for x in (lo1, la1, lo2, la2)]
    bounds = np.linspace(0, flat[0].size, _WORKERS + 1).astype(int)

    def work(k: int) -> None:
        part = slice(bounds[k], bounds[k + 1])
        GEOD.inv(*(f[part] for f in flat), inplace=True, return_back_azimuth=False)

    list(_POOL.map(work, range(_WORKERS)))
    return flat[0].reshape(shape), flat[2].reshape(shape)


def forward(lat: ArrayLike, lon: ArrayLike, azimuth_deg: ArrayLike, distance_km: ArrayLike):
    """The point reached from (lat, lon) along ``azimuth_deg`` after ``distance_km``.

    Returns
    -------
    lat, lon : float or ndarray

    Examples
    --------
    >>> lat, lon = forward(33.0, 44.0, 90.0, 100.0)
    >>> round(lat, 4), round(lon, 4)
    (32.9954, 45.07)
    """
    if type(lat) is float and type(lon) is float and type(azimuth_deg) is float and type(distance_km) is float:
        lo2, la2, _ = GEOD.fwd(lon, lat, azimuth_deg, distance_km * 1000.0, return_back_azimuth=False)
        return la2, lo2
    scalar, (la, lo, az, d) = _arrays(lat, lon, azimuth_deg, distance_km)
    lo2, la2, _ = GEOD.fwd(lo, la, az, d * 1000.0, return_back_azimuth=False)
    if scalar:
        return float(la2), float(lo2)
    return np.asarray(la2), np.asarray(lo2)


def line(lat1: float, lon1: float, lat2: float, lon2: float, n: int = 32) -> list[tuple[float, float]]:
    """The geodesic from point 1 to point 2 as ``n`` (lat, lon) vertices, both ends included.

    Densified so that a map in Web Mercator draws it as the geodesic, not as a rhumb line.
    """
    if n < 2:
        raise InputError(f"geodesic line: n={n}; needs at least 2 vertices")
    inner = GEOD.npts(lon1, lat1, lon2, lat2, n - 2) if n > 2 else []
    return [(float(lat1), float(lon1))] + [(la, lo) for lo, la in inner] + [(float(lat2), float(lon2))]


def _ring(lat: float, lon: float, radius_km: float, azimuths: np.ndarray) -> np.ndarray:
    la, lo = forward(np.full(azimuths.shape, lat), np.full(azimuths.shape, lon), azimuths, np.full(azimuths.shape, radius_km))
    return np.column_stack([lo, la])


def _check_radius(name: str, r: float) -> None:
    if not (isinstance(r, (int, float)) and math.isfinite(r) and r > 0):
        raise InputError(f"{name}: radius {r!r} km; needs a positive number")


def circle(lat: float, lon: float, radius_km: float, n: int = 72) -> Polygon:
    """Points within ``radius_km`` (geodesic) of (lat, lon), as a lon/lat polygon of ``n`` vertices."""
    _check_radius("circle", radius_km)
    az = np.linspace(360.0, 0.0, n, endpoint=False)  # decreasing azimuth: counter-clockwise
    return orient(Polygon(_ring(lat, lon, radius_km, az)))


def annulus(lat: float, lon: float, rmin_km: float, rmax_km: float, n: int = 72) -> Polygon:
    """Points between ``rmin_km`` and ``rmax_km`` of (lat, lon): a weapon's reach around a target."""
    _check_radius("annulus", rmax_km)
    if rmin_km is None or rmin_km <= 0:
        return circle(lat, lon, rmax_km, n)
    if rmin_km >= rmax_km:
        raise InputError(f"annulus: inner radius {rmin_km} km not below outer radius {rmax_km} km")
    az = np.linspace(360.0, 0.0, n, endpoint=False)
    outer = _ring(lat, lon, rmax_km, az)
    inner = _ring(lat, lon, rmin_km, az[::-1])
    return orient(Polygon(outer, [inner]))


def sector(
    lat: float,
    lon: float,
    bearing_from_target_deg: float,
    half_width_deg: float,
    rmax_km: float,
    rmin_km: float = 0.0,
    step_deg: float = 2.0,
) -> Polygon:
    """The part of a disc around (lat, lon) within ``half_width_deg`` of a bearing.

    "Fired from further east" is ``sector(target_lat, target_lon, 90, 45, reach_km)``.
    The sides are geodesics from the centre, the arc is at geodesic distance ``rmax_km``.
    """
    _check_radius("sector", rmax_km)
    if half_width_deg >= 180:
        return annulus(lat, lon, rmin_km, rmax_km)
    if half_width_deg <= 0:
        raise InputError(f"sector: half width {half_width_deg} degrees; needs a positive angle")
    a0, a1 = bearing_from_target_deg - half_width_deg, bearing_from_target_deg + half_width_deg
    k = max(2, int(math.ceil((a1 - a0) / step_deg)) + 1)
    arc = np.linspace(a0, a1, k)
    radial = np.linspace(max(rmin_km, 0.0), rmax_km, 9)[1:-1]
    start_side = _radial(lat, lon, a0, radial)
    outer_arc = _ring(lat, lon, rmax_km, arc)
    end_side = _radial(lat, lon, a1, radial[::-1])
    if rmin_km and rmin_km > 0:
        inner_arc = _ring(lat, lon, rmin_km, arc[::-1])
        coords = np.vstack([inner_arc[-1:], start_side, outer_arc, end_side, inner_arc])
    else:
        coords = np.vstack([[[lon, lat]], start_side, outer_arc, end_side])
    return orient(Polygon(coords))


def _radial(lat: float, lon: float, az: float, dists: np.ndarray) -> np.ndarray:
    if len(dists) == 0:
        return np.empty((0, 2))
    la, lo = forward(np.full(dists.shape, lat), np.full(dists.shape, lon), np.full(dists.shape, az), dists)
    return np.column_stack([lo, la])


def orient(geom: BaseGeometry) -> BaseGeometry:
    """Exterior rings counter-clockwise, holes clockwise (RFC 7946, and positive pyproj areas)."""
    if isinstance(geom, Polygon):
        return shapely.geometry.polygon.orient(geom, 1.0)
    if isinstance(geom, MultiPolygon):
        return MultiPolygon([shapely.geometry.polygon.orient(p, 1.0) for p in geom.geoms])
    return geom


def shape_of(geom: Union[dict, BaseGeometry]) -> BaseGeometry:
    """A shapely geometry from a GeoJSON geometry dict (or a shapely geometry, unchanged)."""
    if isinstance(geom, BaseGeometry):
        return geom
    try:
        return shape(geom)
    except (KeyError, TypeError, ValueError, AttributeError, shapely.errors.GEOSException) as exc:
        raise InputError(f"polygon: not a GeoJSON geometry ({exc})") from None


def to_geojson(geom: BaseGeometry, precision: int = 6) -> dict:
    """A GeoJSON geometry dict, counter-clockwise exteriors, coordinates rounded to ``precision``."""
    geom = orient(geom)
    if isinstance(geom, Polygon) and not geom.is_empty:
        # What shapely.geometry.mapping gives, without its per-vertex Python loop.
        return {"type": "Polygon", "coordinates": _rings_rounded(geom, precision)}
    if isinstance(geom, MultiPolygon) and not geom.is_empty:
        return {"type": "MultiPolygon", "coordinates": [_rings_rounded(p, precision) for p in geom.geoms]}
    rounded = shapely.transform(geom, lambda xy: np.round(xy, precision))
    return mapping(rounded)


def _rings_rounded(polygon: Polygon, precision: int) -> tuple:
    return tuple(tuple(map(tuple, np.round(shapely.get_coordinates(ring), precision).tolist()))
                 for ring in (polygon.exterior, *polygon.interiors))


def area_km2(polygon: Union[dict, BaseGeometry]) -> float:
    """Area on the ellipsoid, in km²."""
    geom = orient(shape_of(polygon))
    if isinstance(geom, (Polygon, MultiPolygon)):
        # GEOD.geometry_area_perimeter's sum (exteriors plus holes, polygon by polygon, in its order),
        # on the coordinate arrays directly rather than through shapely's per-ring .xy copies.
        area = 0.0
        for poly in getattr(geom, "geoms", (geom,)):
            part = 0.0
            for k, ring in enumerate((poly.exterior, *poly.interiors)):
                xy = shapely.get_coordinates(ring)
                a, _ = GEOD.polygon_area_perimeter(np.ascontiguousarray(xy[:, 0]), np.ascontiguousarray(xy[:, 1]))
                part = a if k == 0 else part + a
            area += part
        return abs(area) / 1e6
    area, _ = GEOD.geometry_area_perimeter(geom)
    return abs(area) / 1e6


def _laea(lat0: float, lon0: float):
    """Lambert azimuthal equal-area on the sphere, centred at (lat0, lon0): (forward, inverse).

    Spherical, not ellipsoidal: for a centroid the difference is metres, and building a
    pyproj Transformer per polygon costs milliseconds.
    """
    p0, l0 = math.radians(lat0), math.radians(lon0)
    s0, c0 = math.sin(p0), math.cos(p0)

    def fwd(xy: np.ndarray) -> np.ndarray:
        lam = np.radians(xy[:, 0]) - l0
        phi = np.radians(xy[:, 1])
        k = np.sqrt(2.0 / (1.0 + s0 * np.sin(phi) + c0 * np.cos(phi) * np.cos(lam)))
        return np.column_stack([k * np.cos(phi) * np.sin(lam), k * (c0 * np.sin(phi) - s0 * np.cos(phi) * np.cos(lam))])

    def inv(x: float, y: float) -> tuple[float, float]:
        rho = math.hypot(x, y)
        if rho < 1e-15:
            return lat0, lon0
        c = 2.0 * math.asin(min(1.0, rho / 2.0))
        phi = math.asin(math.cos(c) * s0 + y * math.sin(c) * c0 / rho)
        lam = l0 + math.atan2(x * math.sin(c), rho * c0 * math.cos(c) - y * s0 * math.sin(c))
        return math.degrees(phi), math.degrees(lam)

    return fwd, inv


def centroid(polygon: Union[dict, BaseGeometry]) -> tuple[float, float]:
    """The area-weighted centre, computed in an equal-area projection around the shape.

    Returns
    -------
    lat, lon : float

    Examples
    --------
    >>> lat, lon = centroid(circle(33.94, 44.36, 20.0))
    >>> round(lat, 3), round(lon, 3)
    (33.94, 44.36)
    """
    geom = shape_of(polygon)
    if geom.is_empty:
        raise InputError("centroid: empty polygon")
    c = geom.centroid  # a first guess in lon/lat, good enough to centre the projection
    fwd, inv = _laea(c.y, c.x)
    lc = shapely.transform(geom, fwd).centroid
    lat, lon = inv(lc.x, lc.y)
    return float(lat), float(lon)


def max_distance_km(lat: float, lon: float, polygon: Union[dict, BaseGeometry]) -> float:
    """The geodesic distance from (lat, lon) to the farthest vertex of ``polygon``."""
    geom = shape_of(polygon)
    polys = geom.geoms if isinstance(geom, MultiPolygon) else [geom]
    xy = np.vstack([np.asarray(p.exterior.coords) for p in polys])
    _, d = inverse(np.full(len(xy), lat), np.full(len(xy), lon), xy[:, 1], xy[:, 0])
    return float(np.max(d))


# ---------------------------------------------------------------------------------------
# Direction words -> bearing

_CARDINAL = {"n": 0.0, "e": 90.0, "s": 180.0, "w": 270.0}
_LATIN_WORDS = {
    "north": "n", "northern": "n", "northerly": "n", "northward": "n", "northwards": "n",
    "south": "s", "southern": "s", "southerly": "s", "southward": "s", "southwards": "s",
    "east": "e", "eastern": "e", "easterly": "e", "eastward": "e", "eastwards": "e",
    "west": "w", "western": "w", "westerly": "w", "westward": "w", "westwards": "w",
    "nord": "n", "septentrional": "n", "septentrionale": "n",
    "sud": "s", "meridional": "s", "meridionale": "s",
    "est": "e", "orient": "e", "oriental": "e", "orientale": "e",
    "ouest": "w", "occident": "w", "occidental": "w", "occidentale": "w",
}
_LATIN_COMPOUND = re.compile(r"^(north|south|nord|sud)[ -]?(east|west|est|ouest)(ern|erly|ward|wards)?$")
_ARABIC_STEMS = {"شمال": "n", "جنوب": "s", "شرق": "e", "غرب": "w"}
_ABBREV = re.compile(r"^[nesw]{1,3}$")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ـ": None}))
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _letters(token: str) -> list[str]:
    if token in _LATIN_WORDS:
        return [_LATIN_WORDS[token]]
    m = _LATIN_COMPOUND.match(token)
    if m:
        return [_LATIN_WORDS[m.group(1)], _LATIN_WORDS[m.group(2)]]
    for stem, letter in _ARABIC_STEMS.items():
        # شرق, الشرق, شرقي, شرقا, الشرقية, بالشرق: the stem with short clitics around it.
        i = token.find(stem)
        if i >= 0 and i <= 3 and len(token) - i - len(stem) <= 3:
            return [letter]
    return []


def _mean_bearing(a: float, b: float) -> float:
    x = math.cos(math.radians(a)) + math.cos(math.radians(b))
    y = math.sin(math.radians(a)) + math.sin(math.radians(b))
    return math.degrees(math.atan2(y, x)) % 360.0


def bearing_of(text: Optional[str]) -> Optional[float]:
    """The compass bearing a direction phrase names, or None.

    English, French and Arabic: "east", "further east", "north-east", "northeastern",
    "à l'est", "nord-ouest", "شرق", "الشمال الشرقي", abbreviations "NE", "NNW".

    Examples
    --------
    >>> bearing_of("further east"), bearing_of("nord-est"), bearing_of("شرق"), bearing_of("NNE")
    (90.0, 45.0, 90.0, 22.5)
    """
    if not text:
        return None
    folded = _fold(text).strip()
    tokens = [t for t in re.split(r"[\W_]+", folded) if t]
    compact = folded.replace("-", "").replace(" ", "")
    if _ABBREV.match(compact) and len(tokens) <= 3 and all(len(t) <= 3 for t in tokens):
        letters = list(compact)
    else:
        letters = []
        for t in tokens:
            letters.extend(_letters(t))
    if not letters:
        return None
    letters = letters[:3]
    if len(letters) == 1:
        return _CARDINAL[letters[0]]
    b = [_CARDINAL[x] for x in letters]
    if abs((b[-2] - b[-1]) % 360 - 180) < 1e-9:  # "north-south": no direction
        return None
    two = _mean_bearing(b[-2], b[-1])
    if len(b) == 2:
        return round(two, 6)
    if abs((b[0] - two) % 360 - 180) < 1e-9:
        return None
    return round(_mean_bearing(b[0], two), 6)
