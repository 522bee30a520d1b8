"""Geodesy on WGS84: checked against geopy/geographiclib, polygon areas against closed forms."""
import math

import numpy as np
import pytest
from geographiclib.geodesic import Geodesic
from geopy.distance import geodesic
from hypothesis import given, strategies as st
from shapely.geometry import Point, Polygon

from geo_events import geodesy
from geo_events.errors import InputError

BALAD = (33.9402, 44.3614)
BAGHDAD = (33.3152, 44.3661)


def test_vectorised_inverse_matches_geopy_on_random_pairs():
    rng = np.random.default_rng(42)
    n = 500
    lat1, lat2 = rng.uniform(-60, 60, n), rng.uniform(-60, 60, n)
    lon1, lon2 = rng.uniform(-180, 180, n), rng.uniform(-180, 180, n)
    az, dist = geodesy.inverse(lat1, lon1, lat2, lon2)
    assert az.shape == dist.shape == (n,)
    want = np.array([geodesic((a, b), (c, d)).km for a, b, c, d in zip(lat1, lon1, lat2, lon2)])
    assert np.max(np.abs(dist - want)) < 0.001
    want_az = np.array([Geodesic.WGS84.Inverse(a, b, c, d)["azi1"] % 360 for a, b, c, d in zip(lat1, lon1, lat2, lon2)])
    diff = np.abs((az - want_az + 180) % 360 - 180)
    assert np.max(diff) < 1e-6
    assert np.all((az >= 0) & (az < 360))


def test_large_arrays_take_the_threaded_path_and_agree():
    rng = np.random.default_rng(1)
    n = geodesy._PARALLEL_MIN + 17
    pts = [rng.uniform(29, 37, n), rng.uniform(38, 48, n), rng.uniform(29, 37, n), rng.uniform(38, 48, n)]
    az, dist = geodesy.inverse(*pts)
    idx = rng.integers(0, n, 50)
    for i in idx:
        a, d = geodesy.inverse(*(float(p[i]) for p in pts))
        assert az[i] == pytest.approx(a, abs=1e-9) and dist[i] == pytest.approx(d, abs=1e-9)


def test_scalar_inverse_balad_to_baghdad():
    az, d = geodesy.inverse(*BALAD, *BAGHDAD)
    assert isinstance(d, float)
    assert d == pytest.approx(geodesic(BALAD, BAGHDAD).km, abs=0.1)
    assert 69 < d < 70
    assert az == pytest.approx(180, abs=0.5)  # Baghdad is due south of Balad


def test_broadcast_one_target_many_launches():
    lats = np.array([34.0, 34.1, 34.2])
    az, d = geodesy.inverse(lats, 44.5, *BALAD)
    assert d.shape == (3,) and np.all(np.diff(d) > 0)


def test_forward_then_inverse_round_trip():
    lat, lon = geodesy.forward(*BALAD, 123.0, 42.0)
    az, d = geodesy.inverse(*BALAD, lat, lon)
    assert d == pytest.approx(42.0, abs=1e-6) and az == pytest.approx(123.0, abs=1e-6)


def test_line_is_densified_geodesic_with_both_ends():
    pts = geodesy.line(*BALAD, 35.0, 51.4, n=32)  # to Tehran
    assert len(pts) == 32 and pts[0] == BALAD and pts[-1] == (35.0, 51.4)
    total = sum(geodesic(a, b).km for a, b in zip(pts, pts[1:]))
    assert total == pytest.approx(geodesic(BALAD, (35.0, 51.4)).km, abs=0.01)
    # Every vertex is on the geodesic: its distances to both ends add up.
    mid = pts[16]
    assert geodesic(BALAD, mid).km + geodesic(mid, (35.0, 51.4)).km == pytest.approx(total, abs=0.01)
    with pytest.raises(InputError):
        geodesy.line(*BALAD, *BAGHDAD, n=1)


def test_circle_area_and_radius():
    c = geodesy.circle(*BALAD, 20.0)
    assert c.is_valid and c.exterior.is_ccw
    assert geodesy.area_km2(c) == pytest.approx(math.pi * 20**2, rel=0.005)
    lat, lon = geodesy.centroid(c)
    assert geodesic(BALAD, (lat, lon)).km < 0.1
    for lon_, lat_ in list(c.exterior.coords)[:-1]:
        assert geodesic(BALAD, (lat_, lon_)).km == pytest.approx(20.0, abs=1e-6)


def test_annulus_has_a_hole_of_the_inner_radius():
    a = geodesy.annulus(*BALAD, 5.0, 20.0)
    assert a.is_valid and len(a.interiors) == 1
    assert geodesy.area_km2(a) == pytest.approx(math.pi * (20**2 - 5**2), rel=0.005)
    assert not a.contains(Point(BALAD[1], BALAD[0]))
    assert geodesy.annulus(*BALAD, 0, 20.0).equals(geodesy.circle(*BALAD, 20.0))
    with pytest.raises(InputError):
        geodesy.annulus(*BALAD, 30, 20)


def test_sector_east_quarter():
    s = geodesy.sector(*BALAD, 90.0, 45.0, 20.0)
    assert s.is_valid
    assert geodesy.area_km2(s) == pytest.approx(math.pi * 20**2 / 4, rel=0.005)
    lat, lon = geodesy.centroid(s)
    az, d = geodesy.inverse(*BALAD, lat, lon)
    assert az == pytest.approx(90, abs=0.5)
    # Centroid of a circular sector: 2 r sin(a) / (3 a) from the apex, a the half angle.
    a = math.radians(45)
    assert d == pytest.approx(2 * 20 * math.sin(a) / (3 * a), abs=0.1)
    # North-east of the target lies in it, south-west does not.
    ne = geodesy.forward(*BALAD, 60.0, 10.0)
    sw = geodesy.forward(*BALAD, 240.0, 10.0)
    assert s.contains(Point(ne[1], ne[0])) and not s.contains(Point(sw[1], sw[0]))


def test_annular_sector_area():
    s = geodesy.sector(*BALAD, 0.0, 30.0, 50.0, rmin_km=10.0)
    assert s.is_valid
    assert geodesy.area_km2(s) == pytest.approx(math.pi * (50**2 - 10**2) / 6, rel=0.005)


def test_area_km2_of_a_one_degree_cell():
    cell = Polygon([(44, 33), (45, 33), (45, 34), (44, 34)])
    # Area of a 1 degree cell at 33-34 N on WGS84 (geographiclib's PolygonArea).
    p = Geodesic.WGS84.Polygon()
    for lon, lat in [(44, 33), (45, 33), (45, 34), (44, 34)]:
        p.AddPoint(lat, lon)
    want = abs(p.Compute()[2]) / 1e6
    assert geodesy.area_km2(cell) == pytest.approx(want, rel=1e-6)
    # Works from a GeoJSON dict, clockwise or not.
    cw = {"type": "Polygon", "coordinates": [[[44, 33], [44, 34], [45, 34], [45, 33], [44, 33]]]}
    assert geodesy.area_km2(cw) == pytest.approx(want, rel=1e-6)


def test_to_geojson_is_counter_clockwise_and_rounded():
    gj = geodesy.to_geojson(geodesy.circle(*BALAD, 5.0, n=12))
    ring = gj["coordinates"][0]
    assert gj["type"] == "Polygon" and ring[0] == ring[-1]
    signed = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:]))
    assert signed > 0
    assert all(len(str(c).split(".")[-1]) <= 6 for pt in ring for c in pt)


@pytest.mark.parametrize(
    "words, bearing",
    [
        ("east", 90), ("further east", 90), ("fired from further east", 90), ("north-east", 45),
        ("northeast", 45), ("northeastern", 45), ("south-west", 225), ("NNE", 22.5), ("WNW", 292.5),
        ("à l'est", 90), ("nord-est", 45), ("sud-ouest", 225), ("ouest", 270),
        ("شرق", 90), ("شرقي", 90), ("الشمال الشرقي", 45), ("جنوب غرب", 225), ("غربا", 270),
    ],
)
def test_direction_words(words, bearing):
    assert geodesy.bearing_of(words) == pytest.approx(bearing)


@pytest.mark.parametrize("words", ["", None, "nearby", "from the village", "north-south"])
def test_no_direction(words):
    assert geodesy.bearing_of(words) is None


@given(st.text(max_size=60))
def test_bearing_of_never_crashes(text):
    b = geodesy.bearing_of(text)
    assert b is None or 0 <= b < 360
