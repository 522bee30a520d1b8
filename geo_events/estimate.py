"""Estimate stage: where the projectiles came from, and whether the weapon could reach.

For each :class:`~geo_events.models.Event` (as reconcile leaves it: target place, impact
sites, and a :class:`~geo_events.models.Launch` carrying the launch place named, the stated
direction and the launch facts), :func:`estimate` fills ``Event.launch`` (point, area,
uncertainty, and a note saying why) and ``Event.trajectories`` (one geodesic line per impact
site, with distance, azimuth and a range check against the weapons the report names).

Five situations, from most to least information:

* a named launch site (a village or a town; namesakes are settled by the weapon's reach);
* a launch area (a district or governorate, perhaps "further east"): the area, cut by the
  weapon's range around the target and by the direction sector; its centre is the estimate;
* a stated distance and direction with no place ("five miles east of the base");
* another country (a ballistic missile from Iran): the part of the country within reach;
  a point is drawn, flagged as estimated with a large uncertainty, never as a site;
* nothing: the launch area is the weapon's range annulus around the target, with no point.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass, replace
from typing import Iterable, Optional, Sequence

import shapely
from shapely import affinity
from shapely.geometry import MultiPolygon, Point, Polygon, box
from shapely.geometry.base import BaseGeometry

from . import geodesy
from .errors import InputError
from .models import Event, Launch, Place, PlaceRef, Trajectory
from .weapons import Weapon, default_for, lookup

POINT_PRECISIONS = ("site", "town", "village", "city")  # the last two if a store uses feature words
AREA_PRECISIONS = ("district", "governorate")
DIRECTION_HALF_WIDTH_DEG = 45.0  # "east" covers east-north-east to east-south-east and a margin
LINE_VERTICES = 32
# Below this (km²) an intersection is a sliver left by rounding, not an area.
_MIN_AREA_KM2 = 0.05
# Relative uncertainty of a distance read from a report ("about 10 km", "five miles").
_DISTANCE_SLACK = 0.25


# Point candidates for a launch site farther than this (or than the weapon's reach) are namesakes.
CANDIDATE_MIN_KM = 300.0
# An inexact (fuzzy) launch match farther than this times the weapons' greatest reach is a namesake, not the site:
# reporters measure loosely and weapons get modified, but not by half again
FUZZY_REACH_SLACK = 1.5


@dataclass
class _Weapons:
    weapons: list[Weapon]
    named: bool  # read from the report, not assumed from the event type
    label: Optional[str]

    # Cached: asked many times per event, and the weapons are fixed once read.
    @functools.cached_property
    def rmax(self) -> Optional[float]:
        return max(w.max_range_km for w in self.weapons) if self.weapons else None

    @functools.cached_property
    def rmin(self) -> float:
        return min(w.min_range_km for w in self.weapons) if self.weapons else 0.0

    def reaching(self, distance_km: float) -> list[Weapon]:
        return [w for w in self.weapons if w.reaches(distance_km)]

    def describe(self) -> str:
        if not self.weapons:
            return "weapon unknown"
        if len(self.weapons) <= 3:
            return ", ".join(w.label for w in self.weapons)
        return f"{len(self.weapons)} candidate weapons (max {self.rmax:g} km)"


def estimate(events: Iterable[Event], *, gazetteer=None) -> None:
    """Fill ``launch`` and ``trajectories`` of each event, in place.

    Parameters
    ----------
    events : iterable of Event
        Reconciled events. ``Event.launch`` (if any) carries the launch place named, the
        direction stated and the launch facts; ``Event.impacts`` the impact sites.
    gazetteer : optional
        An object with ``candidates(name) -> list[Place]`` (:class:`geo_events.gazetteer.Gazetteer`),
        asked only when a launch place is named but was not resolved.

    Notes
    -----
    Existing trajectories are replaced; ``Launch.name``, ``direction`` and ``facts`` are kept.
    """
    for event in events:
        estimate_event(event, gazetteer=gazetteer)


def estimate_event(event: Event, *, gazetteer=None) -> None:
    """:func:`estimate` for one event."""
    event.trajectories = []
    arms = _weapons_of(event)
    targets = _targets(event)
    refs = _launch_refs(event)
    launch = event.launch or Launch(name="", place=None)
    event.launch = launch
    finer = _finer_ref(launch.place, refs)
    if finer is not None:
        # "rockets fired from south Lebanon ... the rockets left from the village of X": the town told later in
        # the same country is the launch site, the country only its area
        launch.place, launch.name = finer.place, finer.name
    if launch.direction is None:
        launch.direction = next((r.direction for r in refs if r.direction), None)
    if not launch.name:
        launch.name = next((r.name for r in refs if r.name), "") or (launch.place.name if launch.place else "")
    if not targets:
        named = launch.place
        if named is not None and named.precision in POINT_PRECISIONS:
            # "Rockets fell near the airport of X. A launch pad was found near Y": where they were fired from is
            # told by its own name, whether or not the place they hit could be found
            launch.lat, launch.lon = named.lat, named.lon
            launch.uncertainty_km = named.radius_km
            launch.note = _join(f"{named.name} named as the launch site; no located target: no trajectory")
            return
        launch.note = _join("no located target: launch not estimated")
        return
    ref_lat, ref_lon = _reference_point(event, targets)
    candidates = _candidates(launch, refs, gazetteer)
    # A namesake far beyond any plausible reach is not a launch site (a fuzzy "al-Bayader" in Egypt):
    # keep points within the weapons' reach, or 300 km when the weapon is unknown, and every area.
    reach = max(CANDIDATE_MIN_KM, arms.rmax or 0.0)
    candidates = [c for c in candidates if c.precision not in POINT_PRECISIONS
                  or geodesy.inverse(ref_lat, ref_lon, c.lat, c.lon)[1] <= reach + (c.radius_km or 0.0)]
    bearing = geodesy.bearing_of(launch.direction)
    distance = next((r.distance_km for r in refs if r.distance_km), None)
    primary = launch.place or (candidates[0] if candidates else None)
    if primary is not None and primary.precision in POINT_PRECISIONS and primary.confidence < 1.0 \
            and geodesy.inverse(ref_lat, ref_lon, primary.lat, primary.lon)[1] \
            > (arms.rmax * FUZZY_REACH_SLACK if arms.rmax else reach) + (primary.radius_km or 0.0) \
            and (any(c is not primary for c in candidates) or _abroad(primary, event)):
        # "launched from the Qarachogh mountain area": a fuzzy namesake 240 km away in Iran is not where a rocket
        # on Erbil left from; a candidate within reach stands in, else the launch stays unplaced (a namesake in the
        # target's own country with no other candidate is kept, and its trajectory flagged beyond range)
        far = primary
        launch.place = primary = next((c for c in candidates if c is not far), None)
        if primary is None:
            if distance is not None and bearing is not None:
                # (the site told by its distance and bearing from the target, "about four kilometres to the south")
                _distance_and_direction(launch, ref_lat, ref_lon, bearing, distance)
                event.trajectories = [trajectory(launch.lat, launch.lon, p.lat, p.lon, arms.weapons, weapon=arms.label)
                                      for _, p in targets]
            else:
                _no_launch_point(launch, ref_lat, ref_lon, bearing, distance, arms)
            launch.note = _join(launch.note, f"namesake {far.name} ({_where(far)}) rejected: beyond reach")
            return

    if primary is not None and primary.precision in POINT_PRECISIONS:
        _named_site(launch, primary, candidates, ref_lat, ref_lon, bearing, arms, told_km=distance)
        if bearing is not None and _contradicted_namesake(launch.place, ref_lat, ref_lon, bearing, arms, distance):
            # an inexact namesake that no candidate weapon reaches AND that lies off the told bearing is not the
            # place meant ("from the village of X, about six kilometres to the west", X missing from the gazetteer)
            rejected = launch.place
            launch.place, launch.area = None, None
            if distance is not None:
                _distance_and_direction(launch, ref_lat, ref_lon, bearing, distance)
            else:
                _no_launch_point(launch, ref_lat, ref_lon, bearing, distance, arms)
            launch.note = _join(launch.note, f"namesake {rejected.name} ({_where(rejected)}) rejected: beyond reach and "
                                             f"off the reported direction")
        elif bearing is not None and distance is None and launch.place is not None \
                and any(r.bearing_from_place and r.place is not None and _key(r.place) == _key(launch.place)
                        for r in refs):
            _off_named_place(launch, bearing, arms)
        elif bearing is not None:
            # (a distance told from the target with no name, "X, about 4 km to the south", moves no named place)
            _offset_from_named(launch, ref_lat, ref_lon, bearing,
                               next((r.distance_km for r in refs if r.distance_km and r.name), None), arms)
    elif (told := _told_point(refs)) is not None and primary is not None:
        # "fired from Lebanon ... from an area three kilometres west of the town": the point told by its distance
        # and bearing from the target is finer than the country or province it lies in
        _distance_and_direction(launch, ref_lat, ref_lon, geodesy.bearing_of(told.direction), told.distance_km)
        launch.direction = told.direction
    elif primary is not None and primary.precision in AREA_PRECISIONS:
        _launch_area(launch, primary, candidates, ref_lat, ref_lon, bearing, arms)
    elif primary is not None and primary.precision == "country":
        _country(launch, primary, ref_lat, ref_lon, bearing, arms)
    elif distance is not None and bearing is not None:
        _distance_and_direction(launch, ref_lat, ref_lon, bearing, distance)
    else:
        _no_launch_point(launch, ref_lat, ref_lon, bearing, distance, arms)

    if launch.lat is not None and launch.lon is not None:
        event.trajectories = [
            trajectory(launch.lat, launch.lon, p.lat, p.lon, arms.weapons, weapon=arms.label) for _, p in targets
        ]


# ---------------------------------------------------------------------------------------
# Inputs


def _weapons_of(event: Event) -> _Weapons:
    """The catalogue weapons an event's report names, else those its type implies."""
    texts = [event.weapon] if event.weapon else []
    texts += [f.value for f in event.facts_of("weapon") if isinstance(f.value, str)]
    for text in texts:
        found = lookup(text)
        if found:
            return _Weapons(found, True, event.weapon or text)
    found = default_for(event.event_type)
    if found:
        kinds = sorted({w.category.replace("_", " ") for w in found})
        return _Weapons(found, False, f"{' or '.join(kinds)} (type not reported)")
    return _Weapons([], False, event.weapon)


def _abroad(place: Place, event: Event) -> bool:
    """Whether ``place`` lies in another country than the event's target (both countries known)."""
    home = event.place.country if event.place is not None else None
    return bool(place.country and home and place.country != home)


def _targets(event: Event) -> list[tuple[str, Place]]:
    out = [(imp.name or imp.place.name, imp.place) for imp in event.impacts if imp.place is not None]
    if not out and event.place is not None:
        out = [(event.place_name or event.place.name, event.place)]
    return out


def _reference_point(event: Event, targets: list[tuple[str, Place]]) -> tuple[float, float]:
    # Range and direction are reported from the attacked place; impact sites are around it.
    p = event.place or targets[0][1]
    return p.lat, p.lon


def _launch_refs(event: Event) -> list[PlaceRef]:
    refs = [f.value for f in event.facts_of("launch") if isinstance(f.value, PlaceRef)]
    if event.launch is not None:
        refs += [f.value for f in event.launch.facts if isinstance(f.value, PlaceRef) and f.value not in refs]
    return refs


def _told_point(refs: Sequence[PlaceRef]) -> Optional[PlaceRef]:
    """The launch ref told by a distance and a bearing from the target with no place of its own ("from an area 5 km
    east of the base", or a village the gazetteer does not hold), if any."""
    return next((r for r in refs if r.place is None and r.distance_km and geodesy.bearing_of(r.direction) is not None),
                None)


def _finer_ref(place: Optional[Place], refs: Sequence[PlaceRef]) -> Optional[PlaceRef]:
    """The first launch ref placing a town or a site inside the country or province ``place`` stands for, if any."""
    if place is None or place.precision not in ("country", "governorate"):
        return None
    for r in refs:
        p = r.place
        if p is not None and p.precision in POINT_PRECISIONS and p.country == place.country \
                and (place.precision == "country" or _inside_province(p, place)):
            return r
    return None


def _inside_province(p: Place, province: Place) -> bool:
    """Whether town ``p`` lies in ``province``: by its admin-1 name, or, when the gazetteer does not say it (the
    Gaza Strip, the West Bank), inside the province's extent."""
    if p.admin1 and province.admin1:
        return p.admin1 == province.admin1
    return geodesy.inverse(province.lat, province.lon, p.lat, p.lon)[1] <= (province.radius_km or 0.0)


def _key(p: Place) -> tuple:
    return (p.record_id,) if p.record_id else (p.name, round(p.lat, 5), round(p.lon, 5))


def _candidates(launch: Launch, refs: Sequence[PlaceRef], gazetteer) -> list[Place]:
    seen: dict[tuple, Place] = {}
    for p in [launch.place] + [x for r in refs for x in [r.place, *r.candidates]]:
        if p is not None and _key(p) not in seen:
            seen[_key(p)] = p
    if not seen and gazetteer is not None and hasattr(gazetteer, "candidates"):
        name = launch.name or next((r.name for r in refs if r.name), "")
        if name:
            try:
                found = gazetteer.candidates(name)
            except Exception:  # noqa: BLE001 - an unresolvable name leaves the launch unplaced
                found = []
            for p in found:
                seen.setdefault(_key(p), p)
    return list(seen.values())


# ---------------------------------------------------------------------------------------
# Trajectory


def trajectory(
    launch_lat: float,
    launch_lon: float,
    impact_lat: float,
    impact_lon: float,
    weapons: Sequence[Weapon] = (),
    *,
    weapon: Optional[str] = None,
    n: int = LINE_VERTICES,
) -> Trajectory:
    """A geodesic launch -> impact line with the range check against ``weapons``.

    ``within_range`` is True when at least one candidate weapon reaches, False when none
    does, None when no weapon is known; ``reaching_weapons`` lists the ones that reach.

    Examples
    --------
    >>> from geo_events.weapons import lookup
    >>> t = trajectory(33.821, 44.411, 33.940, 44.361, lookup("Katyusha"))
    >>> round(t.distance_km, 1), t.verdict, t.reaching_weapons
    (14.0, 'within range', ['122 mm Grad (max 20.4 km)'])
    """
    az, dist = geodesy.inverse(launch_lat, launch_lon, impact_lat, impact_lon)
    t = Trajectory(
        launch_lat=launch_lat,
        launch_lon=launch_lon,
        impact_lat=impact_lat,
        impact_lon=impact_lon,
        distance_km=round(dist, 3),
        azimuth_deg=round(az, 2),
        coords=[(round(a, 6), round(b, 6)) for a, b in geodesy.line(launch_lat, launch_lon, impact_lat, impact_lon, n)],
        weapon=weapon,
    )
    if weapons:
        reach = [w for w in weapons if w.reaches(dist)]
        t.weapon_max_range_km = max(w.max_range_km for w in weapons)
        t.within_range = bool(reach)
        t.verdict = "within range" if reach else "beyond range"
        t.reaching_weapons = [w.label for w in reach]
        if t.weapon is None:
            t.weapon = " / ".join(w.name for w in weapons)
    return t


# ---------------------------------------------------------------------------------------
# The five situations


def _named_site(launch, primary, candidates, ref_lat, ref_lon, bearing, arms: _Weapons, *,
                told_km: Optional[float] = None) -> None:
    points = [c for c in candidates if c.precision in POINT_PRECISIONS] or [primary]
    if primary not in points:
        points.insert(0, primary)
    scored = []
    for c in points:
        az, d = geodesy.inverse(ref_lat, ref_lon, c.lat, c.lon)
        in_range = bool(arms.reaching(d)) if arms.weapons else None
        in_dir = _angle(az, bearing) <= DIRECTION_HALF_WIDTH_DEG if bearing is not None else None
        scored.append((c, az, d, in_range, in_dir))

    def as_told(d: float) -> bool:
        # the article's own distance for the launch site outweighs a weapon's nominal reach: reporters
        # measure from the target's edge and weapons get modified; a namesake at the told distance is it
        return told_km is not None and told_km * TOLD_RATIO[0] <= d + (primary.radius_km or 0.0) \
            and d - (primary.radius_km or 0.0) <= told_km * TOLD_RATIO[1]

    chosen = max(
        scored,
        key=lambda s: (s[0] is primary and as_told(s[2]), s[3] is True, s[0] is primary, s[4] is True,
                       s[0].confidence, -s[2]),
    )
    c, az, d, in_range, _ = chosen
    launch.place = c
    launch.lat, launch.lon = c.lat, c.lon
    launch.estimated = False
    launch.uncertainty_km = c.radius_km
    outline = _outline(c)
    if outline is not None:
        launch.area = geodesy.to_geojson(_largest(outline))
    else:
        launch.area = geodesy.to_geojson(geodesy.circle(c.lat, c.lon, max(c.radius_km, 0.1), 36))
    launch.area_method = "named place"

    why = f"{c.name} ({_where(c)}) is {d:.1f} km from the target"
    if arms.weapons:
        reach = arms.reaching(d)
        if reach:
            why += f", within range of {_labels(reach)}"
        else:
            why += f", beyond the range of {arms.describe()}: check the place or the weapon"
    others = [s for s in scored if s[0] is not c]
    if others:
        why = why.replace(f"{c.name} ({_where(c)}) is", f"{c.name} ({_where(c)}) chosen:", 1)
        parts = []
        for o, _, od, o_in, _ in sorted(others, key=lambda s: s[2])[:3]:
            state = "" if o_in is None else (" is within reach too" if o_in else " is beyond reach")
            parts.append(f"namesake {o.name} ({_where(o)}) {od:.0f} km away{state}")
        why += "; " + "; ".join(parts)
    if bearing is not None and _angle(az, bearing) > DIRECTION_HALF_WIDTH_DEG + 22.5:
        why += f"; it lies at {az:.0f}° from the target while the report says {launch.direction} ({bearing:.0f}°)"
    launch.note = why


def _contradicted_namesake(place, ref_lat, ref_lon, bearing: float, arms: _Weapons,
                           told_km: Optional[float] = None) -> bool:
    """Whether a named launch point is an inexact match out of reach and off the told bearing.

    Out of reach: no candidate weapon reaches it or, the weapon unknown, it lies far beyond the told distance.
    """
    if place is None or place.confidence >= 1.0 or not (arms.weapons or told_km):
        return False
    az, d = geodesy.inverse(ref_lat, ref_lon, place.lat, place.lon)
    far = not arms.reaching(d) if arms.weapons else d > max(3 * told_km, told_km + 25.0)
    return far and _angle(az, bearing) > DIRECTION_HALF_WIDTH_DEG + 22.5


# A launch site's distance from the target told by the article, within this ratio of the named place's own
# distance: that place is the one meant, whatever a weapon's nominal reach says.
TOLD_RATIO = (0.7, 1.4)


# A stated distance within this much (km, or this share of it) of the named place's own distance from the
# target is told from the target ("near the village of X, 9 km west of the base"); beyond it, from the place.
_OFFSET_TOLERANCE_KM = 3.0
_OFFSET_TOLERANCE_SHARE = 0.35
# A named launch place closer than this to the target is the target's own name in "an area south of X".
_SAME_PLACE_KM = 1.0


def _offset_from_named(launch, ref_lat, ref_lon, bearing: float, distance: Optional[float], arms: _Weapons) -> None:
    """Move a named launch place by the bearing and distance the report tells from it.

    "fired from an area 5 km south of X": the point lies 5 km south of X.  When X is the target itself
    ("an area south of the town of X", X the town hit) the launch is told from the target; when the
    distance matches X's own distance from the target, it placed X and X stands.
    """
    c = launch.place
    if c is None or launch.lat is None:
        return
    az, d = geodesy.inverse(ref_lat, ref_lon, c.lat, c.lon)
    if d <= _SAME_PLACE_KM:
        launch.place = None
        if distance:
            _distance_and_direction(launch, ref_lat, ref_lon, bearing, distance)
        else:
            _no_launch_point(launch, ref_lat, ref_lon, bearing, distance, arms)
        return
    if not distance or abs(d - distance) <= max(_OFFSET_TOLERANCE_KM, _OFFSET_TOLERANCE_SHARE * distance) \
            and _angle(az, bearing) <= DIRECTION_HALF_WIDTH_DEG:
        # (X at the told distance AND bearing from the target: the phrase placed X; "8 km east of X" with X
        # 9 km north of the target is a point east of X, whatever X's own distance)
        return
    lat, lon = geodesy.forward(c.lat, c.lon, bearing, distance)
    area = geodesy.sector(c.lat, c.lon, bearing, 22.5, distance * (1 + _DISTANCE_SLACK), distance * (1 - _DISTANCE_SLACK))
    word = _COMPASS[int(((bearing % 360) + 22.5) // 45) % 8]
    _set_off_place(launch, lat, lon, area, "stated distance and direction from the named place",
                   f"{distance:g} km {word} of {c.name} ({_where(c)}), as reported ({d:.1f} km from the target)")


def _set_off_place(launch, lat: float, lon: float, area, method: str, note: str) -> None:
    """Give the launch the point and area estimated off its named place (_offset_from_named, _off_named_place)."""
    launch.lat, launch.lon = round(float(lat), 6), round(float(lon), 6)
    launch.estimated = True
    launch.area = geodesy.to_geojson(area)
    launch.area_method = method
    launch.uncertainty_km = round(geodesy.max_distance_km(launch.lat, launch.lon, area), 1)
    launch.note = note


# "a village south of X", "une zone à l'ouest de X" with no distance: the launch lies this far off X, within the band
# below (a neighbouring village or the fields outside the town; beyond it a report names the next town)
_OFF_PLACE_KM = 8.0
_OFF_PLACE_BAND_KM = (3.0, 15.0)


def _off_named_place(launch, bearing: float, arms: _Weapons) -> None:
    """The launch off a named place in the direction told from it, with no distance: an area, not a pin.

    The point is ``_OFF_PLACE_KM`` along the bearing (less when the weapon's reach is shorter); the area is the
    direction sector between the band's distances, as an analyst would shade "somewhere south of X".
    """
    c = launch.place
    near, far = _OFF_PLACE_BAND_KM
    if arms.named and arms.rmax:
        far = max(near + 1.0, min(far, arms.rmax))
    km = min(_OFF_PLACE_KM, (near + far) / 2)
    lat, lon = geodesy.forward(c.lat, c.lon, bearing, km)
    area = geodesy.sector(c.lat, c.lon, bearing, DIRECTION_HALF_WIDTH_DEG, far, near)
    word = _COMPASS[int(((bearing % 360) + 22.5) // 45) % 8]
    _set_off_place(launch, lat, lon, area, "direction from the named place",
                   f"{word} of {c.name} ({_where(c)}), distance not reported: a point {km:g} km out, "
                   f"in the sector {near:g}-{far:g} km from it")


def _launch_area(launch, primary, candidates, ref_lat, ref_lon, bearing, arms: _Weapons) -> None:
    areas = [c for c in candidates if c.precision in AREA_PRECISIONS] or [primary]
    if primary not in areas:
        areas.insert(0, primary)
    notes = []
    if len(areas) > 1 and arms.weapons:
        # A namesake district: keep the first one (the resolver's choice first) that the weapon can reach.
        reachable = [a for a in areas if _region(a).intersects(_reach(ref_lat, ref_lon, arms.rmin, arms.rmax))]
        if reachable and reachable[0] is not primary:
            notes.append(f"{reachable[0].name} ({_where(reachable[0])}) chosen over {primary.name} ({_where(primary)}), which is out of reach")
        primary = reachable[0] if reachable else primary
    launch.place = primary
    region = _region(primary)
    region_label = f"{primary.name} ({primary.precision})" + ("" if _outline(primary) is not None else f", {primary.radius_km:g} km around its centre")
    geom, method, note = _constrain(region, region_label, ref_lat, ref_lon, bearing, launch.direction, arms)
    notes.append(note)
    _area_point(launch, geom, method, notes)


def _country(launch, primary, ref_lat, ref_lon, bearing, arms: _Weapons) -> None:
    region = _region(primary)
    has_shape = _outline(primary) is not None or _country_outline((primary.name or "").casefold()) is not None
    label = f"{primary.name}" + ("" if has_shape else f" ({primary.radius_km:g} km around its centre)")
    geom, method, note = _constrain(region, label, ref_lat, ref_lon, bearing, launch.direction, arms)
    _area_point(launch, geom, method, [f"launched from {primary.name}: no site named, the point only marks the part of the country in reach", note])


def _distance_and_direction(launch, ref_lat, ref_lon, bearing, distance) -> None:
    lat, lon = geodesy.forward(ref_lat, ref_lon, bearing, distance)
    area = geodesy.sector(
        ref_lat, ref_lon, bearing, 22.5, distance * (1 + _DISTANCE_SLACK), distance * (1 - _DISTANCE_SLACK)
    )
    launch.lat, launch.lon = round(lat, 6), round(lon, 6)
    launch.estimated = True
    launch.area = geodesy.to_geojson(area)
    launch.area_method = "stated distance and direction"
    launch.uncertainty_km = round(geodesy.max_distance_km(lat, lon, area), 1)
    launch.note = f"{distance:g} km {_direction_text(bearing, launch.direction)}, as reported"


# Without launch information and without a named weapon, a range annulus is drawn only when it says something.
UNNAMED_AREA_MAX_KM = 100.0


def _no_launch_point(launch, ref_lat, ref_lon, bearing, distance, arms: _Weapons) -> None:
    launch.lat = launch.lon = None
    launch.estimated = False
    launch.uncertainty_km = None
    if distance is not None:
        lo, hi = distance * (1 - _DISTANCE_SLACK), distance * (1 + _DISTANCE_SLACK)
        launch.area = geodesy.to_geojson(geodesy.annulus(ref_lat, ref_lon, lo, hi))
        launch.area_method = "stated distance"
        launch.note = _join(f"launch site not named; reported about {distance:g} km from the target")
        return
    if not arms.weapons:
        launch.area = None
        launch.area_method = None
        launch.note = _join("launch site not reported and weapon unknown: no launch area")
        return
    if not arms.named and arms.rmax > UNNAMED_AREA_MAX_KM:
        # A family of weapons reaching from 1 km to 2,500 km says nothing about where the launch was.
        launch.area = None
        launch.area_method = None
        launch.note = f"launch site not reported and weapon not named: anywhere {_span(arms)} ({arms.describe()})"
        return
    geom = _reach(ref_lat, ref_lon, arms.rmin, arms.rmax)
    method = "range annulus"
    if bearing is not None:
        geom = geom.intersection(geodesy.sector(ref_lat, ref_lon, bearing, DIRECTION_HALF_WIDTH_DEG, arms.rmax))
        method = "range annulus ∩ direction"
    launch.area = geodesy.to_geojson(_largest(geom))
    launch.area_method = method
    where = f", {_direction_text(bearing, launch.direction)}" if bearing is not None else ""
    launch.note = f"launch site not reported: anywhere {_span(arms)}{where} ({arms.describe()})"


# ---------------------------------------------------------------------------------------
# Geometry helpers


def _constrain(region, region_label, ref_lat, ref_lon, bearing, direction, arms: _Weapons):
    """Cut ``region`` by the weapon's reach and the direction; drop constraints that empty it."""
    # A pure function of these values (geometries are immutable): reports of one incident, and
    # incidents at one base, ask it again with a country's outline, where a cut costs milliseconds.
    key = (region, region_label, ref_lat, ref_lon, bearing, direction, bool(arms.weapons), arms.rmin, arms.rmax,
           arms.describe())
    return _constrain_cached(key, region, region_label, ref_lat, ref_lon, bearing, direction, arms)


_CONSTRAIN_CACHE: dict[tuple, tuple] = {}
_CONSTRAIN_CACHE_MAX = 256


def _constrain_cached(key, region, region_label, ref_lat, ref_lon, bearing, direction, arms):
    hit = _CONSTRAIN_CACHE.get(key)
    if hit is None:
        hit = _constrain_uncached(region, region_label, ref_lat, ref_lon, bearing, direction, arms)
        if len(_CONSTRAIN_CACHE) >= _CONSTRAIN_CACHE_MAX:
            _CONSTRAIN_CACHE.pop(next(iter(_CONSTRAIN_CACHE)))  # the oldest entry
        _CONSTRAIN_CACHE[key] = hit
    return hit


def _constrain_uncached(region, region_label, ref_lat, ref_lon, bearing, direction, arms: _Weapons):
    cuts = []
    if arms.weapons:
        cuts.append(("range", _span(arms), _reach(ref_lat, ref_lon, arms.rmin, arms.rmax)))
    if bearing is not None:
        radius = arms.rmax or geodesy.max_distance_km(ref_lat, ref_lon, region) + 1.0
        cuts.append(("direction", _direction_text(bearing, direction), geodesy.sector(ref_lat, ref_lon, bearing, DIRECTION_HALF_WIDTH_DEG, radius)))
    # Try every cut, then drop the direction first (the vaguer statement), then the range.
    attempts = [cuts, [c for c in cuts if c[0] != "direction"], [c for c in cuts if c[0] != "range"], []]
    seen = set()
    for used in attempts:
        key = tuple(c[0] for c in used)
        if key in seen:
            continue
        seen.add(key)
        geom = region
        for _, _, cut in used:
            geom = geom.intersection(cut)
        if not geom.is_empty and geodesy.area_km2(geom) >= _MIN_AREA_KM2:
            method = " ∩ ".join(["area"] + [c[0] for c in used])
            note = f"launch area: {region_label}" + "".join(f", {c[1]}" for c in used)
            dropped = [c for c in cuts if c not in used]
            if dropped:
                note += "; " + " and ".join(c[1] for c in dropped) + " left out: together they leave no place"
                if any(c[0] == "range" for c in dropped):
                    note += f" ({region_label.split(' (')[0]} lies beyond the range of {arms.describe()})"
            parts = len(getattr(geom, "geoms", [geom]))
            if parts > 1:
                note += f"; the area falls in {parts} parts, the largest is kept"
            return _largest(geom), method, note
    return _largest(region), "area", f"launch area: {region_label}"


# id(geom) -> (geom, lat, lon, inside, uncertainty_km, GeoJSON) of the areas _constrain's cache holds: the same
# area asked again (incidents at one base fired on from one country) has the same point, found once
_AREA_POINTS: dict[int, tuple] = {}


def _area_point(launch, geom: BaseGeometry, method: str, notes: list[str]) -> None:
    hit = _AREA_POINTS.get(id(geom))
    if hit is None or hit[0] is not geom:  # (the geometry is held here: its id is not another's while cached)
        lat, lon = geodesy.centroid(geom)
        inside = geom.contains(Point(lon, lat))
        if not inside:
            # A crescent's centre falls outside it: take a point surely inside.
            p = geom.point_on_surface()
            lat, lon = p.y, p.x
        hit = (geom, lat, lon, inside, round(geodesy.max_distance_km(lat, lon, geom), 1), geodesy.to_geojson(geom))
        if len(_AREA_POINTS) >= _CONSTRAIN_CACHE_MAX:
            _AREA_POINTS.pop(next(iter(_AREA_POINTS)))  # the oldest entry
        _AREA_POINTS[id(geom)] = hit
    _, lat, lon, inside, uncertainty, area = hit
    if not inside:
        notes.append("the area is not convex: the point is inside it, not at its centre")
    launch.lat, launch.lon = round(lat, 6), round(lon, 6)
    launch.estimated = True
    launch.uncertainty_km = uncertainty
    launch.area = dict(area)  # (each launch its own dict: the coordinates are tuples)
    launch.area_method = method
    notes.append(f"estimated point: centre of the area, {launch.uncertainty_km:g} km from its farthest edge")
    launch.note = _join("; ".join(n for n in notes if n))


def _outline(place: Place) -> Optional[BaseGeometry]:
    """The place's polygon when it has a usable one (a store may hold points or broken rings)."""
    if not place.polygon:
        return None
    try:
        geom = geodesy.shape_of(place.polygon).buffer(0)
    except (InputError, shapely.errors.GEOSException):
        return None
    if geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
        return None
    return geom


@functools.lru_cache(maxsize=1)
def _country_features() -> dict[str, list[dict]]:
    """The basemap's country features by case-folded name, in file order (shapes not built yet)."""
    import json
    from importlib import resources

    data = json.loads(resources.files("geo_events.data").joinpath("basemap.geojson").read_text(encoding="utf-8"))
    out: dict[str, list[dict]] = {}
    for f in data.get("features", []):
        props = f.get("properties") or {}
        if "level" in props or not props.get("name"):
            continue  # governorates
        out.setdefault(props["name"].casefold(), []).append(f)
    return out


@functools.lru_cache(maxsize=256)
def _country_outline(key: str) -> Optional[BaseGeometry]:
    """A country's outline from the basemap, built when first asked: a run names few countries, and
    building all of the basemap's outlines costs tens of milliseconds."""
    for f in reversed(_country_features().get(key, ())):  # the last that builds, as the dict keeps
        try:
            return geodesy.shape_of(f["geometry"]).buffer(0)
        except (InputError, shapely.errors.GEOSException, KeyError, TypeError):
            continue
    return None


def _region(place: Place) -> BaseGeometry:
    outline = _outline(place)
    if outline is not None:
        return outline
    if place.precision == "country":
        # "fired from Iran": the country's own outline, not a circle around its centre
        shape = _country_outline((place.name or "").casefold())
        if shape is not None and not shape.is_empty:
            return shape
    return _circle(round(place.lat, 6), round(place.lon, 6), max(place.radius_km or 0.0, 0.5))


@functools.lru_cache(maxsize=4096)
def _circle(lat: float, lon: float, radius_km: float) -> Polygon:
    return geodesy.circle(lat, lon, radius_km)


def _reach(lat: float, lon: float, rmin: float, rmax: float) -> Polygon:
    return _annulus(round(lat, 6), round(lon, 6), float(rmin), float(rmax))


@functools.lru_cache(maxsize=4096)
def _annulus(lat: float, lon: float, rmin: float, rmax: float) -> Polygon:
    return geodesy.annulus(lat, lon, rmin if rmin < rmax else 0.0, rmax)


def _largest(geom: BaseGeometry) -> Polygon:
    if isinstance(geom, Polygon):
        return geom
    polys = [g for g in getattr(geom, "geoms", []) if isinstance(g, (Polygon, MultiPolygon))]
    flat = [p for g in polys for p in (g.geoms if isinstance(g, MultiPolygon) else [g])]
    if not flat:
        raise ValueError("no polygon in geometry")
    return max(flat, key=lambda p: (geodesy.area_km2(p), p.wkb))


def _angle(a: float, b: Optional[float]) -> float:
    if b is None:
        return 0.0
    d = abs(a - b) % 360.0
    return min(d, 360.0 - d)


def _where(p: Place) -> str:
    return ", ".join(x for x in (p.admin1, p.country) if x) or f"{p.lat:.3f}, {p.lon:.3f}"


def _labels(ws: Sequence[Weapon]) -> str:
    return ", ".join(w.label for w in ws)


def _span(arms: _Weapons) -> str:
    if arms.rmin > 0:
        return f"{arms.rmin:g}-{arms.rmax:g} km from the target"
    return f"within {arms.rmax:g} km of the target"


_COMPASS = ("north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west")


def _direction_text(bearing: float, direction: Optional[str]) -> str:
    word = _COMPASS[int(((bearing % 360) + 22.5) // 45) % 8]
    said = (direction or "").strip()
    return f"{word} of the target" + (f' ("{said}")' if said and said.lower() != word else "")


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


# -- the part of an area a report names ("southern Lebanon", "le nord de la Syrie", "شمال غرب سوريا") --------
PART_WORDS = {"north": "northern", "north-east": "north-eastern", "east": "eastern", "south-east": "south-eastern",
              "south": "southern", "south-west": "south-western", "west": "western", "north-west": "north-western",
              "centre": "central"}
# "southern X" is the part of X beyond this share of its extent from the far side: wire copy's "southern
# Lebanon" is south of the Zahrani, about the southern 40% of the country from north to south
PART_SHARE = 0.4
_FINER_AREA = {"country": "governorate", "governorate": "district"}


def part_of(place: Place, part: str, country: Optional[str] = None) -> Optional[Place]:
    """The part of an area told by a direction ("southern Lebanon"), as an area of its own.

    The area is the place's polygon, a country's outline, or its circle clipped to its country's
    outline (``country``: the country's name in the basemap, so that a circle around the Gaza Strip
    does not reach into the sea). The part is what lies in the outer ``PART_SHARE`` of the area's
    extent in that direction ("centre": within half the equal-area radius of its centre); the place
    returned has the part's centroid, its equal-area radius and its polygon, one precision finer.
    None when the part is not a direction known here or the area has no extent.
    """
    if part not in PART_WORDS or place.precision not in _FINER_AREA:
        return None
    region = _region(place)
    if _outline(place) is None and place.precision != "country" and country:
        land = _country_outline(country.casefold())
        if land is not None and not land.is_empty:
            clipped = region.intersection(land)
            if clipped.area > 0.2 * region.area:
                region = clipped
    if region.is_empty or region.area <= 0:
        return None
    c = region.centroid
    kx = 111.32 * math.cos(math.radians(c.y))  # local km per degree (equirectangular about the centre)
    local = affinity.affine_transform(region, [kx, 0, 0, 110.57, -kx * c.x, -110.57 * c.y])
    if part == "centre":
        cut = local.intersection(Point(0, 0).buffer(0.5 * math.sqrt(local.area / math.pi)))
    else:
        # the extent along the direction: turn the area so that the direction points east (a compass bearing b
        # is 90 - b degrees counter-clockwise from east), keep its outer share by x, and turn it back
        angle = 90.0 - geodesy.bearing_of(part)
        turned = affinity.rotate(local, -angle, origin=(0, 0))
        x0, _, x1, _ = turned.bounds
        band = box(x1 - PART_SHARE * (x1 - x0), -1e5, x1 + 1.0, 1e5)
        cut = affinity.rotate(turned.intersection(band), angle, origin=(0, 0))
    if cut.is_empty or cut.area < _MIN_AREA_KM2:
        return None
    cut = _largest(cut) if cut.geom_type != "Polygon" else cut
    centre = cut.centroid if cut.contains(cut.centroid) else cut.representative_point()
    back = affinity.affine_transform(cut, [1 / kx, 0, 0, 1 / 110.57, c.x, c.y]).simplify(0.005)
    lon = c.x + centre.x / kx
    lat = c.y + centre.y / 110.57
    radius = math.sqrt(cut.area / math.pi)
    return replace(place, name=f"{PART_WORDS[part]} {place.name}", lat=round(lat, 4), lon=round(lon, 4),
                   feature="region", precision=_FINER_AREA[place.precision], radius_km=round(radius, 1),
                   record_id=f"{place.record_id}#{part}", population=0,
                   polygon=shapely.geometry.mapping(shapely.set_precision(back, 1e-4)) if not back.is_empty else None)
