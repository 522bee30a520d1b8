"""Estimate stage: launch points, launch areas and range checks, asserted as geometry."""
import json
import math
from pathlib import Path

import pytest
from geographiclib.geodesic import Geodesic
from geopy.distance import geodesic
from shapely.geometry import Point, shape

from geo_events import geodesy
from geo_events.estimate import estimate, trajectory
from geo_events.models import Event, Evidence, Fact, Impact, Launch, Place, PlaceRef
from geo_events.weapons import lookup

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

BALAD = Place("Balad Air Base", 33.9402, 44.3614, feature="airbase", precision="site", radius_km=1.5,
              country="IQ", admin1="Salah ad Din", record_id="curated:balad-air-base")
BOU_HASSAN = Place("Albu Hassan", 33.96778, 44.38444, feature="village", precision="town", radius_km=1.5,
                   country="IQ", admin1="Salah ad Din", record_id="geonames:387358")
SADIYAH_DIYALA = Place("As Sa'diyah", 33.82112, 44.41145, feature="village", precision="town", radius_km=2.0,
                       country="IQ", admin1="Diyala", record_id="geonames:387368", confidence=0.6)
SADIYAH_ANBAR = Place("As Sa'diyah", 34.41945, 41.48838, feature="village", precision="town", radius_km=2.0,
                      country="IQ", admin1="Anbar", record_id="geonames:6763619", confidence=0.7)


def evidence(sentence="The rockets were fired from a village."):
    return Evidence(doc_id="doc", sentence=sentence, start=0, end=len(sentence))


def rocket_event(launch=None, *, weapon="Katyusha-type rockets", event_type="rocket attack", impacts=True, frames=(),
                 **kw):
    return Event(
        event_id="e1", event_type=event_type, frames=list(frames), place_name="Balad Air Base", place=BALAD, weapon=weapon,
        impacts=[Impact("Balad Air Base", BALAD, 2), Impact("al-Bou Hassan", BOU_HASSAN, 5)] if impacts else [],
        launch=launch, **kw,
    )


def point_of(launch):
    return launch.lat, launch.lon


def ref_geodesic(a, b):
    g = Geodesic.WGS84.Inverse(a[0], a[1], b[0], b[1])
    return g["s12"] / 1000, g["azi1"] % 360


# --- named launch site ---------------------------------------------------------------


def test_named_site_within_range_draws_a_trajectory_to_each_impact():
    ev = rocket_event(Launch(name="Saadiyat al-Shat", place=SADIYAH_DIYALA))
    estimate([ev])
    assert point_of(ev.launch) == (SADIYAH_DIYALA.lat, SADIYAH_DIYALA.lon) and ev.launch.estimated is False
    assert len(ev.trajectories) == 2
    for t, target in zip(ev.trajectories, (BALAD, BOU_HASSAN)):
        d, az = ref_geodesic(SADIYAH_DIYALA.point, target.point)
        assert t.distance_km == pytest.approx(d, abs=0.1)
        assert t.distance_km == pytest.approx(geodesic(SADIYAH_DIYALA.point, target.point).km, abs=0.1)
        assert abs((t.azimuth_deg - az + 180) % 360 - 180) < 0.5
        assert (t.impact_lat, t.impact_lon) == target.point
        assert t.coords[0] == SADIYAH_DIYALA.point and t.coords[-1] == target.point and len(t.coords) >= 16
        # 14-16 km: beyond a 107 mm rocket, within a 122 mm Grad.
        assert t.within_range is True and t.verdict == "within range"
        assert t.reaching_weapons == ["122 mm Grad (max 20.4 km)"]
        assert t.weapon_max_range_km == pytest.approx(20.4)
    assert "within range of 122 mm Grad" in ev.launch.note


def test_named_site_beyond_range_is_flagged():
    tikrit = Place("Tikrit", 34.6071, 43.6782, feature="city", precision="town", radius_km=5, country="IQ",
                   admin1="Salah ad Din")
    ev = rocket_event(Launch(name="Tikrit", place=tikrit), weapon="107mm rockets")
    estimate([ev])
    t = ev.trajectories[0]
    assert t.distance_km == pytest.approx(geodesic(tikrit.point, BALAD.point).km, abs=0.1)
    assert t.distance_km > 90
    assert t.within_range is False and t.verdict == "beyond range" and t.reaching_weapons == []
    assert t.weapon_max_range_km == pytest.approx(8.5)
    assert "beyond the range" in ev.launch.note


def test_unknown_weapon_gives_no_verdict():
    ev = rocket_event(Launch(name="As Sa'diyah", place=SADIYAH_DIYALA), weapon=None, event_type="attack")
    estimate([ev])
    t = ev.trajectories[0]
    assert t.within_range is None and t.verdict == "unknown weapon" and t.weapon_max_range_km is None


def test_unnamed_weapon_falls_back_on_the_event_type():
    ev = rocket_event(Launch(name="As Sa'diyah", place=SADIYAH_DIYALA), weapon=None)
    estimate([ev])
    t = ev.trajectories[0]
    assert t.within_range is True and "type not reported" in t.weapon


# --- namesakes -------------------------------------------------------------------------


def test_the_namesake_within_range_wins_and_the_note_says_why():
    # The resolver picked the Anbar village (more confident); the Diyala one is the one a Grad reaches.
    ref = PlaceRef("Saadiyat al-Shat", cue="village", place=SADIYAH_ANBAR, candidates=[SADIYAH_ANBAR, SADIYAH_DIYALA])
    launch = Launch(name="Saadiyat al-Shat", place=SADIYAH_ANBAR, facts=[Fact("launch", ref, evidence())])
    ev = rocket_event(launch)
    estimate([ev])
    assert ev.launch.place is SADIYAH_DIYALA
    assert point_of(ev.launch) == SADIYAH_DIYALA.point
    assert all(t.within_range for t in ev.trajectories)
    note = ev.launch.note
    assert "As Sa'diyah (Diyala, IQ) chosen" in note
    assert "namesake As Sa'diyah (Anbar, IQ) 270 km away is beyond reach" in note


def test_candidates_are_read_from_the_event_launch_facts():
    from geo_events.models import EventFrame, Document

    ref = PlaceRef("Saadiyat al-Shat", place=SADIYAH_ANBAR, candidates=[SADIYAH_DIYALA, SADIYAH_ANBAR])
    frame = EventFrame(doc=Document(doc_id="doc", text="x"), facts=[Fact("launch", ref, evidence())])
    ev = rocket_event(Launch(name="Saadiyat al-Shat", place=SADIYAH_ANBAR), frames=[frame])
    estimate([ev])
    assert ev.launch.place is SADIYAH_DIYALA


def test_no_namesake_in_range_keeps_the_resolver_choice_and_flags_it():
    far = Place("As Sa'diyah", 35.84436, 41.82847, precision="town", country="IQ", admin1="Nineveh")
    ref = PlaceRef("As Sa'diyah", place=SADIYAH_ANBAR, candidates=[SADIYAH_ANBAR, far])
    ev = rocket_event(Launch(name="As Sa'diyah", place=SADIYAH_ANBAR, facts=[Fact("launch", ref, evidence())]))
    estimate([ev])
    assert ev.launch.place is SADIYAH_ANBAR
    assert all(t.verdict == "beyond range" for t in ev.trajectories)


# --- launch area: governorate plus direction --------------------------------------------


def test_governorate_and_direction_without_polygon():
    # A governorate known only by its centre and radius, 60 km east of the base, large enough to
    # hold the whole eastern quarter of the Grad's reach: the area is that quarter disc.
    lat, lon = geodesy.forward(*BALAD.point, 90.0, 60.0)
    gov = Place("Diyala", lat, lon, feature="governorate", precision="governorate", radius_km=80, country="IQ")
    ev = rocket_event(Launch(name="Diyala", place=gov, direction="further east"))
    estimate([ev])
    L = ev.launch
    assert L.estimated is True and L.area_method == "area ∩ range ∩ direction"
    assert geodesy.area_km2(L.area) == pytest.approx(math.pi * 20.4**2 / 4, rel=0.01)
    # The centre of a 90-degree sector of radius r lies 2 r sin(45°) / (3 π/4) from its apex, due east.
    want = geodesy.forward(*BALAD.point, 90.0, 2 * 20.4 * math.sin(math.pi / 4) / (3 * math.pi / 4))
    assert geodesic(point_of(L), want).km < 0.5
    assert 10 < L.uncertainty_km < 21
    assert "east of the target" in L.note
    assert [t.verdict for t in ev.trajectories] == ["within range", "within range"]
    ring = L.area["coordinates"][0]
    assert L.area["type"] == "Polygon" and ring[0] == ring[-1]
    assert sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) > 0  # counter-clockwise


def test_contradicting_direction_is_dropped_and_said():
    lat, lon = geodesy.forward(*BALAD.point, 90.0, 40.0)
    gov = Place("Diyala", lat, lon, feature="governorate", precision="governorate", radius_km=30, country="IQ")
    ev = rocket_event(Launch(name="Diyala", place=gov, direction="west"))
    estimate([ev])
    L = ev.launch
    assert L.area_method == "area ∩ range"
    assert "west of the target" in L.note and "left out" in L.note
    az, _ = geodesy.inverse(*BALAD.point, *point_of(L))
    assert 45 < az < 135  # the point stays in the governorate, east of the base


def test_governorate_beyond_reach_keeps_the_area_and_flags_the_trajectory():
    far = Place("Basra", 30.5, 47.8, precision="governorate", radius_km=60, country="IQ")
    ev = rocket_event(Launch(name="Basra", place=far), weapon="Grad")
    estimate([ev])
    L = ev.launch
    assert L.area_method == "area" and "beyond the range" in L.note
    assert geodesic(point_of(L), far.point).km < 1
    assert all(t.verdict == "beyond range" for t in ev.trajectories)


@pytest.mark.skipif(not (DATA / "boundaries").is_dir(), reason="../shared/data/boundaries not present")
def test_diyala_polygon_cut_by_grad_range_and_east_sector():
    fc = json.loads((DATA / "boundaries" / "irq_syr_admin1_wof_simplified.geojson").read_text(encoding="utf-8"))
    poly = next(f["geometry"] for f in fc["features"] if f["properties"]["name"] == "Diyala")
    gov = Place("Diyala", 33.77, 45.02, feature="governorate", precision="governorate", radius_km=80,
                country="IQ", polygon=poly)
    ev = rocket_event(Launch(name="Diyala", place=gov, direction="east"))
    estimate([ev])
    L = ev.launch
    area = shape(L.area)
    diyala = shape(poly)
    # Inside Diyala (up to the rounding of vertices), within 20.4 km of the base, east of it.
    assert area.difference(diyala.buffer(1e-4)).area < 1e-8
    for lon, lat in area.exterior.coords:
        az, d = geodesy.inverse(*BALAD.point, lat, lon)
        assert d <= 20.4 + 0.01
        assert d < 0.01 or 45 - 1 <= az <= 135 + 1
    # Diyala's border runs along the Tigris a few km east of Balad: most of the quarter disc is left.
    assert 150 < geodesy.area_km2(L.area) < math.pi * 20.4**2 / 4
    assert diyala.contains(Point(L.lon, L.lat))
    assert geodesic(point_of(L), SADIYAH_DIYALA.point).km < 20


# --- distance and direction, no place -------------------------------------------------------


def test_stated_distance_and_direction():
    ref = PlaceRef("", direction="east", distance_km=8.0467)  # "five miles east of the base"
    ev = rocket_event(Launch(name="", place=None, facts=[Fact("launch", ref, evidence())]))
    estimate([ev])
    L = ev.launch
    az, d = geodesy.inverse(*BALAD.point, *point_of(L))
    assert d == pytest.approx(8.0467, abs=0.01) and az == pytest.approx(90, abs=0.5)
    assert L.estimated is True and L.area_method == "stated distance and direction"
    assert len(ev.trajectories) == 2 and ev.trajectories[0].verdict == "within range"


# --- no launch information -------------------------------------------------------------------


def test_no_launch_information_gives_the_range_annulus_and_no_point():
    ev = rocket_event(None, weapon="Grad")
    estimate([ev])
    L = ev.launch
    assert L.lat is None and L.lon is None and ev.trajectories == []
    assert L.area_method == "range annulus"
    assert geodesy.area_km2(L.area) == pytest.approx(math.pi * (20.4**2 - 1.6**2), rel=0.01)
    assert len(L.area["coordinates"]) == 2  # the minimum range leaves a hole around the base
    assert geodesic(geodesy.centroid(L.area), BALAD.point).km < 0.5


def test_no_launch_information_and_no_weapon_gives_no_area():
    ev = rocket_event(None, weapon=None, event_type="attack")
    estimate([ev])
    assert ev.launch.area is None and ev.trajectories == [] and "weapon unknown" in ev.launch.note


def test_direction_only_cuts_the_annulus():
    ev = rocket_event(Launch(name="", place=None, direction="nord-est"), weapon="mortier de 120 mm")
    estimate([ev])
    L = ev.launch
    assert L.lat is None and L.area_method == "range annulus ∩ direction"
    assert geodesy.area_km2(L.area) == pytest.approx(math.pi * (7.2**2 - 0.46**2) / 4, rel=0.02)
    az, _ = geodesy.inverse(*BALAD.point, *geodesy.centroid(L.area))
    assert az == pytest.approx(45, abs=0.5)


# --- another country -------------------------------------------------------------------------


def _iran_polygon():
    fc = json.loads((DATA / "basemap" / "ne_50m_admin_0_countries.json").read_text(encoding="utf-8"))
    return next(f["geometry"] for f in fc["features"] if f["properties"].get("ISO_A2") == "IR")


@pytest.mark.skipif(not (DATA / "basemap").is_dir(), reason="../shared/data/basemap not present")
def test_ballistic_missile_from_iran_uses_the_part_of_iran_in_reach():
    iran = Place("Iran", 32.5, 54.3, feature="country", precision="country", radius_km=730, country="IR",
                 polygon=_iran_polygon())
    erbil = Place("Erbil Air Base", 36.2376, 43.9632, precision="site", radius_km=2, country="IQ")
    ev = Event(event_id="m1", event_type="missile attack", frames=[], place=erbil, weapon="Fateh-110",
               launch=Launch(name="Iran", place=iran))
    estimate([ev])
    L = ev.launch
    assert L.estimated is True and L.uncertainty_km > 50
    iran_shape = shape(iran.polygon)
    assert iran_shape.contains(Point(L.lon, L.lat))
    area = shape(L.area)
    assert area.difference(iran_shape.buffer(1e-4)).area < 1e-6
    for lon, lat in area.exterior.coords:
        assert geodesy.inverse(*erbil.point, lat, lon)[1] <= 300.01
    t = ev.trajectories[0]
    assert t.within_range is True and t.distance_km < 300
    assert "no site named" in L.note


def test_country_without_polygon_is_still_an_estimate():
    iran = Place("Iran", 32.5, 54.3, feature="country", precision="country", radius_km=730, country="IR")
    ev = rocket_event(Launch(name="Iran", place=iran), weapon="Qiam", event_type="missile attack")
    estimate([ev])
    L = ev.launch
    assert L.estimated is True and L.uncertainty_km > 100
    assert ev.trajectories and all(t.distance_km <= 800 for t in ev.trajectories)
    # the packaged basemap's outline of Iran stands in for a polygon: the area stays inside Iran
    from geo_events.estimate import _country_outline

    outline = _country_outline("iran")
    assert shape(L.area).difference(outline.buffer(1e-4)).area < 1e-6
    assert outline.contains(Point(L.lon, L.lat)) and "around its centre" not in L.note


def test_country_with_no_known_outline_falls_back_to_a_circle():
    nowhere = Place("Freedonia", 32.5, 54.3, feature="country", precision="country", radius_km=300, country="XX")
    ev = rocket_event(Launch(name="Freedonia", place=nowhere), weapon="Qiam", event_type="missile attack")
    estimate([ev])
    assert ev.launch.estimated is True and "around its centre" in ev.launch.note


# --- robustness --------------------------------------------------------------------------------


def test_no_located_target_leaves_no_trajectory():
    ev = Event(event_id="x", event_type="rocket attack", frames=[], place=None, launch=None)
    estimate([ev])
    assert ev.trajectories == [] and "no located target" in ev.launch.note


def test_estimate_is_idempotent():
    ev = rocket_event(Launch(name="Diyala", place=Place("Diyala", 33.9, 45.0, precision="governorate",
                                                           radius_km=80), direction="east"))
    estimate([ev])
    first = (ev.launch.note, ev.launch.area, [t.coords for t in ev.trajectories])
    estimate([ev])
    assert (ev.launch.note, ev.launch.area, [t.coords for t in ev.trajectories]) == first


def test_trajectory_helper_lists_reaching_weapons():
    t = trajectory(33.821, 44.411, 33.940, 44.361, lookup("122 mm"))
    assert t.verdict == "within range"
    assert t.reaching_weapons == ["122 mm Grad (max 20.4 km)", "122 mm extended-range rocket 9M521 / Arash (max 40 km)"]
    assert t.weapon_max_range_km == 40


def test_an_unnamed_drone_draws_no_continent_sized_annulus():
    ev = rocket_event(None, weapon=None, event_type="drone attack")
    estimate([ev])
    assert ev.launch.area is None and ev.trajectories == []
    assert "not named" in ev.launch.note
    short = rocket_event(None, weapon=None, event_type="rocket attack")
    estimate([short])
    assert short.launch.area is not None  # the rocket family's reach still narrows it down
