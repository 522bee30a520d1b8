"""The fast paths of geodesy (session 7 speed work) give what the general paths give."""
import random

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping

from geo_events import geodesy


def _reference_geojson(geom, precision=6):
    return mapping(shapely.transform(geodesy.orient(geom), lambda xy: np.round(xy, precision)))


def test_to_geojson_matches_shapely_mapping_for_holes_and_parts():
    ring = geodesy.annulus(33.3, 44.4, 5.0, 20.0)  # a hole
    disc = geodesy.circle(36.2, 44.0, 12.5)
    cw = Polygon(list(disc.exterior.coords)[::-1])  # clockwise in: counter-clockwise out
    multi = MultiPolygon([ring, disc])
    for geom in (ring, disc, cw, multi, geodesy.sector(33.0, 44.0, 90.0, 45.0, 30.0, 10.0)):
        assert geodesy.to_geojson(geom) == _reference_geojson(geom)
        assert geodesy.to_geojson(geom, 3) == _reference_geojson(geom, 3)


def test_area_matches_pyproj_geometry_area():
    multi = MultiPolygon([geodesy.annulus(33.3, 44.4, 5.0, 20.0), geodesy.circle(36.2, 44.0, 12.5)])
    for geom in (multi, geodesy.circle(30.0, 47.0, 3.0), geodesy.annulus(25.0, 50.0, 100.0, 700.0)):
        area, _ = geodesy.GEOD.geometry_area_perimeter(geodesy.orient(geom))
        assert geodesy.area_km2(geom) == abs(area) / 1e6


def test_scalar_float_paths_match_array_paths():
    rng = random.Random(5)
    for _ in range(500):
        la1, lo1, la2, lo2 = (rng.uniform(-60, 60), rng.uniform(-170, 170), rng.uniform(-60, 60), rng.uniform(-170, 170))
        az, d = geodesy.inverse(la1, lo1, la2, lo2)
        az_a, d_a = geodesy.inverse(np.array([la1]), np.array([lo1]), np.array([la2]), np.array([lo2]))
        assert (az, d) == (float(az_a[0]), float(d_a[0]))
        assert isinstance(az, float) and isinstance(d, float) and 0.0 <= az < 360.0
        b, km = rng.uniform(0, 360), rng.uniform(0.1, 2000)
        lat, lon = geodesy.forward(la1, lo1, b, km)
        lat_a, lon_a = geodesy.forward(np.array([la1]), np.array([lo1]), np.array([b]), np.array([km]))
        assert (lat, lon) == (float(lat_a[0]), float(lon_a[0]))
        assert isinstance(lat, float) and isinstance(lon, float)
