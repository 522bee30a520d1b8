"""Builders of synthetic :class:`~geo_events.models.Event` objects for tests of render, export, estimate.

``make_event(**overrides)`` gives one realistic, fully populated event (a rocket attack on an air
base with two sources that disagree on the casualties, two impact sites, a launch area with an
estimated launch point and a trajectory, and facts quoting their sentences). ``sample_events()``
gives a small varied set: site / town / governorate precision, a low-confidence place, a
beyond-range trajectory, an event without a place. The numbers are invented for tests; the
coordinates are those of real places so that distances and maps look plausible.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from typing import Any

from geo_events.models import (
    DateSpan, Document, Event, EventFrame, Evidence, Fact, Figure, Impact, Launch, Place, PlaceRef, Source,
    Trajectory,
)

PUBLISHED = dt.date(2021, 3, 16)


def make_place(name: str = "Balad Air Base", lat: float = 33.9402, lon: float = 44.3614, **kw: Any) -> Place:
    """A gazetteer place; defaults to an exact site."""
    base = dict(feature="airbase", precision="site", radius_km=1.5, confidence=0.9, layer="curated",
                record_id=f"curated:{name.lower().replace(' ', '-')}", country="IQ", admin1="Salah ad Din")
    base.update(kw)
    return Place(name=name, lat=lat, lon=lon, **base)


def make_document(doc_id: str = "doc-en", text: str = "", *, language: str = "en", source: str = "AFP",
                  url: str | None = "https://example.org/news/balad", published: dt.date | None = PUBLISHED) -> Document:
    return Document(doc_id=doc_id, text=text, language=language, published=published, source=source, url=url,
                    path=f"seeds/{doc_id}.txt")


class _FrameBuilder:
    """Adds facts whose evidence spans point at their sentence in a growing document text."""

    def __init__(self, doc_id: str):
        self.doc_id = doc_id
        self.text = ""
        self.facts: list[Fact] = []

    def sentence(self, sentence: str, *facts: tuple) -> None:
        start = len(self.text)
        self.text += sentence + " "
        ev = Evidence(doc_id=self.doc_id, sentence=sentence, start=start, end=start + len(sentence))
        for f in facts:
            kind, value, *rest = f
            qualifier = rest[0] if rest else None
            according_to = rest[1] if len(rest) > 1 else None
            self.facts.append(Fact(kind=kind, value=value, evidence=ev, qualifier=qualifier,
                                   according_to=according_to))

    def frame(self, **doc_kw: Any) -> EventFrame:
        doc = make_document(self.doc_id, self.text.strip(), **doc_kw)
        return EventFrame(doc=doc, facts=list(self.facts))


def _geodesic_coords(lat1: float, lon1: float, lat2: float, lon2: float, n: int = 16) -> list[tuple[float, float]]:
    """Great-circle vertices from 1 to 2 (spherical slerp; good enough for test geometry)."""
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    v1 = (math.cos(p1) * math.cos(l1), math.cos(p1) * math.sin(l1), math.sin(p1))
    v2 = (math.cos(p2) * math.cos(l2), math.cos(p2) * math.sin(l2), math.sin(p2))
    omega = math.acos(max(-1.0, min(1.0, sum(a * b for a, b in zip(v1, v2)))))
    out = []
    for i in range(n + 1):
        f = i / n
        if omega < 1e-12:
            v = v1
        else:
            a = math.sin((1 - f) * omega) / math.sin(omega)
            b = math.sin(f * omega) / math.sin(omega)
            v = tuple(a * x + b * y for x, y in zip(v1, v2))
        out.append((round(math.degrees(math.atan2(v[2], math.hypot(v[0], v[1]))), 6),
                    round(math.degrees(math.atan2(v[1], v[0])), 6)))
    return out


def _distance_azimuth(lat1, lon1, lat2, lon2) -> tuple[float, float]:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    d = 2 * 6371.0088 * math.asin(math.sqrt(math.sin((p2 - p1) / 2) ** 2
                                            + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2))
    az = math.degrees(math.atan2(math.sin(dl) * math.cos(p2),
                                 math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)))
    return round(d, 2), round(az % 360, 1)


def make_trajectory(launch: tuple[float, float], impact: tuple[float, float], *, weapon: str | None = "Katyusha",
                    max_range_km: float | None = 20.0) -> Trajectory:
    d, az = _distance_azimuth(*launch, *impact)
    within = None if max_range_km is None else d <= max_range_km
    verdict = "unknown weapon" if within is None else ("within range" if within else "beyond range")
    return Trajectory(launch_lat=launch[0], launch_lon=launch[1], impact_lat=impact[0], impact_lon=impact[1],
                      distance_km=d, azimuth_deg=az, coords=_geodesic_coords(*launch, *impact), weapon=weapon,
                      weapon_max_range_km=max_range_km, within_range=within, verdict=verdict,
                      reaching_weapons=[] if within in (None, True) else ["Fajr-5", "Zelzal-2"])


def _square(lat: float, lon: float, half_deg: float) -> dict:
    ring = [[lon - half_deg, lat - half_deg], [lon + half_deg, lat - half_deg], [lon + half_deg, lat + half_deg],
            [lon - half_deg, lat + half_deg], [lon - half_deg, lat - half_deg]]
    return {"type": "Polygon", "coordinates": [[[round(x, 6), round(y, 6)] for x, y in ring]]}


def make_event(**overrides: Any) -> Event:
    """One realistic event; any :class:`Event` field can be overridden by keyword.

    Two sources (English AFP, French Atalayar) disagree on the injured (1 vs 2), agree on the count
    of seven rockets ("at least" in French); two impact sites (2 on the base, 5 on a village); an
    estimated launch point in Diyala with a launch area and one within-range trajectory.
    """
    base = make_place()
    village = make_place("al-Bou Hassan", 33.9570, 44.3300, feature="village", precision="town", radius_km=2.0,
                         confidence=0.75, layer="geonames", record_id="geonames:99001")
    diyala = make_place("Diyala", 33.90, 44.58, feature="governorate", precision="governorate", radius_km=60.0,
                        confidence=0.8, record_id="geonames:98229", admin1="Diyala")
    launch_pt = (33.9120, 44.5200)

    en = _FrameBuilder("doc-en")
    en.sentence("Seven rockets targeted an air base housing American soldiers north of Baghdad on Monday evening.",
                ("event_type", "rocket attack"), ("count", 7),
                ("date", DateSpan(dt.date(2021, 3, 15), dt.date(2021, 3, 15), "day", "Monday evening")))
    en.sentence("Two rockets landed in the enclosure of the Balad base, while five others crashed on the nearby "
                "village of al-Bou Hassan, a security official told AFP.",
                ("impact", PlaceRef("Balad base", share=2, place=base), None, "a security official"),
                ("impact", PlaceRef("al-Bou Hassan", share=5, place=village), None, "a security official"))
    en.sentence("One Iraqi contractor was injured, the official said.", ("injured", 1, None, "the official"))
    en.sentence("The Katyusha-type rockets were fired from a village in the neighbouring province of Diyala.",
                ("weapon", "Katyusha"), ("launch", PlaceRef("Diyala", cue="province", direction="east", place=diyala)))
    en.sentence("Washington blames pro-Iran factions.", ("blamed_on", "pro-Iran factions", None, "Washington"))
    fr = _FrameBuilder("doc-fr")
    fr.sentence("Au moins sept roquettes ont frappé lundi la base aérienne irakienne de Balad.",
                ("count", 7, "at least"), ("target", PlaceRef("base aérienne irakienne de Balad", place=base)))
    fr.sentence("Deux employés ont été blessés, selon l'armée irakienne.", ("injured", 2, None, "l'armée irakienne"))
    fr.sentence("Aucun groupe n'a revendiqué la responsabilité de l'attaque.", ("unclaimed", True))
    f_en = en.frame(source="AFP", url="https://example.org/news/balad", language="en")
    f_fr = fr.frame(source="Atalayar", url="https://example.fr/actualites/balad", language="fr")

    def fact(frame, kind, value):
        return next(f for f in frame.facts if f.kind == kind and f.value == value)

    count = Figure(low=7, best=7, high=7, values=[(7, None, "AFP", fact(f_en, "count", 7)),
                                                  (7, "at least", "Atalayar", fact(f_fr, "count", 7))])
    injured = Figure(low=1, best=2, high=2, values=[(1, None, "AFP", fact(f_en, "injured", 1)),
                                                    (2, None, "Atalayar", fact(f_fr, "injured", 2))])
    killed = Figure()
    launch = Launch(name="Diyala", place=diyala, lat=launch_pt[0], lon=launch_pt[1], estimated=True,
                    uncertainty_km=12.0, direction="east", area=_square(33.92, 44.55, 0.08),
                    area_method="direction + province", note="centroid of the reach of the direction inside Diyala",
                    facts=[f for f in f_en.facts if f.kind == "launch"])
    trajectory = make_trajectory(launch_pt, (base.lat, base.lon))
    impacts = [Impact("Balad base", base, 2, [f for f in f_en.facts if f.kind == "impact"][:1]),
               Impact("al-Bou Hassan", village, 5, [f for f in f_en.facts if f.kind == "impact"][1:])]
    fields: dict[str, Any] = dict(
        event_id="ev-20210315-balad", event_type="rocket attack", frames=[f_en, f_fr], place_name="Balad Air Base",
        place=base, date=DateSpan(dt.date(2021, 3, 15), dt.date(2021, 3, 15), "day", "Monday evening"),
        weapon="Katyusha", count=count, killed=killed, injured=injured, claimed_by=[],
        blamed_on=["pro-Iran factions"], unclaimed=True, impacts=impacts, launch=launch, trajectories=[trajectory],
        sources=[Source("doc-en", "AFP", "en", PUBLISHED, "https://example.org/news/balad", "seeds/doc-en.txt"),
                 Source("doc-fr", "Atalayar", "fr", PUBLISHED, "https://example.fr/actualites/balad",
                        "seeds/doc-fr.txt")],
        summary="Seven rockets hit Balad air base and a nearby village.",
    )
    fields.update(overrides)
    return Event(**fields)


def _simple_event(event_id: str, event_type: str, place: Place | None, date: dt.date, *, count: int | None = None,
                  killed: int | None = None, weapon: str | None = None, place_name: str | None = None,
                  sentence: str | None = None, source: str = "Reuters", url: str | None = None,
                  **overrides: Any) -> Event:
    fb = _FrameBuilder(f"doc-{event_id}")
    sentence = sentence or f"{count or 'Several'} {weapon or 'projectiles'} hit {place_name or (place and place.name)}."
    facts = [("event_type", event_type)]
    if count is not None:
        facts.append(("count", count))
    if killed is not None:
        facts.append(("killed", killed))
    fb.sentence(sentence, *facts)
    fr = fb.frame(source=source, url=url, published=date + dt.timedelta(days=1))
    cfig = Figure(count, count, count, [(count, None, source, fr.facts[1])]) if count is not None else Figure()
    kfig = Figure(killed, killed, killed, [(killed, None, source, fr.facts[-1])]) if killed is not None else Figure()
    fields = dict(event_id=event_id, event_type=event_type, frames=[fr], place_name=place_name or (place.name if place else ""),
                  place=place, date=DateSpan(date, date, "day", ""), weapon=weapon, count=cfig, killed=kfig,
                  sources=[Source(fb.doc_id, source, "en", date + dt.timedelta(days=1), url, None)])
    fields.update(overrides)
    return Event(**fields)


def sample_events() -> list[Event]:
    """A varied, realistic set of seven events (one without a resolved place)."""
    erbil = make_place("Erbil International Airport", 36.2376, 43.9632, feature="airport", record_id="icao:ORER",
                       admin1="Erbil")
    ain = make_place("Ain al-Asad Air Base", 33.7856, 42.4412, admin1="Anbar")
    green = make_place("Green Zone", 33.3030, 44.3920, feature="zone", precision="district", radius_km=2.5,
                       confidence=0.85, admin1="Baghdad")
    anbar = make_place("Anbar", 33.35, 42.0, feature="governorate", precision="governorate", radius_km=120.0,
                       confidence=0.7, admin1="Anbar",
                       polygon={"type": "Polygon", "coordinates": [[[40.5, 32.0], [43.8, 32.0], [43.8, 34.6],
                                                                    [41.2, 34.6], [40.5, 32.0]]]})
    kirkuk_low = make_place("Kirkuk", 35.4681, 44.3922, feature="city", precision="town", radius_km=5.0,
                            confidence=0.45, layer="geonames", record_id="geonames:94787", admin1="Kirkuk")
    ain_ev = _simple_event(
        "ev-20210303-ain-al-asad", "rocket attack", ain, dt.date(2021, 3, 3), count=10, killed=1, weapon="Grad",
        sentence="At least ten rockets hit Ain al-Asad air base, killing an American contractor.", source="AP",
        url="https://example.com/ain",
        launch=Launch("al-Baghdadi", make_place("al-Baghdadi", 33.87, 42.55, feature="town", precision="town",
                                                confidence=0.8), 33.87, 42.55),
        trajectories=[make_trajectory((33.87, 42.55), (ain.lat, ain.lon), weapon="Grad", max_range_km=40.0)],
        impacts=[Impact("Ain al-Asad", ain, 10)])
    erbil_ev = _simple_event(
        "ev-20210215-erbil", "rocket attack", erbil, dt.date(2021, 2, 15), count=14, killed=2, weapon="107mm rocket",
        sentence="Fourteen rockets struck Erbil airport, killing two people.", source="Kurdistan 24",
        url="https://example.net/erbil", claimed_by=["Saraya Awliya al-Dam"],
        launch=Launch("Kirkuk road", None, 35.95, 44.30, estimated=True, uncertainty_km=15.0),
        # 107 mm rockets reach about 8 km: an estimated point 34 km away is beyond range, drawn dashed red.
        trajectories=[make_trajectory((35.95, 44.30), (erbil.lat, erbil.lon), weapon="107mm rocket",
                                      max_range_km=8.5)])
    green_ev = _simple_event("ev-20210222-green-zone", "rocket attack", green, dt.date(2021, 2, 22), count=2,
                             sentence="Two rockets fell inside Baghdad's Green Zone near the US embassy.")
    anbar_ev = _simple_event("ev-20210310-anbar", "drone attack", anbar, dt.date(2021, 3, 10), weapon="drone",
                             sentence="A drone struck a convoy somewhere in Anbar province.")
    kirkuk_ev = _simple_event("ev-20210305-kirkuk", "IED attack", kirkuk_low, dt.date(2021, 3, 5), killed=0,
                              sentence="A roadside bomb hit a logistics convoy near Kirkuk, causing no casualties.")
    nowhere = _simple_event("ev-20210301-unresolved", "mortar attack", None, dt.date(2021, 3, 1), count=3,
                            place_name="Tal Abyad camp",
                            sentence="Three mortar shells hit Tal Abyad camp.")
    return [make_event(), ain_ev, erbil_ev, green_ev, anbar_ev, kirkuk_ev, nowhere]


def hostile_event(**overrides: Any) -> Event:
    """An event whose every piece of article text tries to inject markup or script."""
    xss = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
    ev = make_event(
        event_id='ev-"><svg onload=window.__pwned=3>',
        place_name=f"Balad {xss}",
        place=make_place(f"Balad {xss}", precision="site"),
        summary=f"Summary {xss} 'quoted' \"double\"",
        claimed_by=[f"Group {xss}"],
        blamed_on=['</script><script>window.__pwned=4</script>'],
        weapon='Katyusha" onmouseover="window.__pwned=5',
    )
    src = ev.sources[0]
    ev.sources[0] = replace(src, label=f"Outlet {xss}", url="javascript:window.__pwned=6")
    ev.sources[1] = replace(ev.sources[1], label="Evil </b><a href=javascript:window.__pwned=7>click</a>")
    frame = ev.frames[0]
    bad = Evidence(frame.doc.doc_id, f"The sentence says {xss} and \"</blockquote><script>window.__pwned=8</script>",
                   0, 10)
    frame.facts.append(Fact("weapon", "rocket", bad))
    ev.impacts[1].place.name = f"al-Bou {xss}"
    for key, value in overrides.items():
        setattr(ev, key, value)
    return ev


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance in km (WGS84, pyproj through geo_events.geodesy)."""
    from geo_events.geodesy import inverse

    return float(inverse(lat1, lon1, lat2, lon2)[1])


def placed_near(events, point: tuple[float, float], tol: float = 8) -> list:
    """The events placed within ``tol`` km of ``point``."""
    return [e for e in events if e.place is not None and km(e.place.lat, e.place.lon, *point) <= tol]


# -- extraction tests: one document through extract(), and what a reader checks in its frames -------------
EXTRACT_PUBLISHED = dt.date(2023, 5, 11)  # a Thursday


def frames_of(text: str, lang: str = "en", published: dt.date = EXTRACT_PUBLISHED) -> list:
    """The event frames extract() reads in one document."""
    from geo_events.extract import extract

    return extract(Document("t.txt", text, lang, published))


def dated_frames(text: str, lang: str, published: dt.date) -> list[tuple]:
    """(event type, target name, earliest, latest) of each frame extract() reads in one document."""
    out = []
    for f in frames_of(text, lang, published):
        date, target, etype = f.first("date"), f.first("target"), f.first("event_type")
        out.append((etype.value if etype else None, target.value.name if target else None,
                    date.value.earliest if date else None, date.value.latest if date else None))
    return out


def targets(frames) -> list[str]:
    """Each frame's target name as written."""
    return [f.first("target").value.name for f in frames]


def value_of(frame, kind: str):
    """The value of a frame's first fact of one kind, or None when it has none."""
    fact = frame.first(kind)
    return None if fact is None else fact.value


def values(frame, kind: str) -> list:
    """The values of one kind of fact in a frame."""
    return [f.value for f in frame.get(kind)]


def resolved_frame(gz, sentence: str, target, *, focus=("IQ",), language: str = "en"):
    """One frame whose target is ``target`` (a PlaceRef) in ``sentence``, resolved: (frame, unresolved)."""
    from geo_events.models import Document, EventFrame, Evidence, Fact
    from geo_events.resolve import resolve_frames

    doc = Document(doc_id="t", text=sentence, language=language)
    ev = Evidence("t", sentence, 0, len(sentence))
    f = EventFrame(doc=doc, facts=[Fact("target", target, ev)])
    return f, resolve_frames([f], gz, focus=focus)


def geonames_point(cc: str, geonameid: str) -> tuple[float, float]:
    """The point of a GeoNames record in ../shared/data's extract of country ``cc`` (skips when absent)."""
    from pathlib import Path

    import pytest

    path = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "geonames" / f"{cc}.txt"
    if not path.exists():
        pytest.skip(f"{path} is absent: the GeoNames extracts live in ../shared/data beside the project")
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.split("\t")
            if cols[0] == geonameid:
                return float(cols[4]), float(cols[5])
    raise AssertionError(f"GeoNames {geonameid} not in {path}")


def day_of(frame) -> tuple:
    """(earliest, latest) of a frame's first date."""
    d = frame.first("date").value
    return (d.earliest, d.latest)


def figures(frame, kind: str) -> list:
    """Sorted (value, qualifier) of a frame's facts of one kind ("killed", "injured", "count")."""
    return sorted((f.value, f.qualifier) for f in frame.get(kind))


def listed_site_problems(item, published: dt.date) -> list[str]:
    """What a list battery item (id, lang, text, [(type, names, day, count)]) gets wrong: lost, type, date, count, extra."""
    _, lang, text, want = item
    got = []
    for f in frames_of(text, lang, published):
        if not value_of(f, "event_type"):
            continue
        target = value_of(f, "target")
        got.append((value_of(f, "event_type"), target.name if target else None, value_of(f, "date"), value_of(f, "count")))
    probs, used = [], set()
    for etype, names, day, count in want:
        idx = next((i for i, g in enumerate(got) if g[1] in names and i not in used), None)
        if idx is None:
            probs.append(f"lost {names[0]}")
            continue
        used.add(idx)
        kind, _, date, n = got[idx]
        if etype is not None and kind not in (etype if isinstance(etype, tuple) else (etype,)):
            probs.append(f"type {names[0]}={kind}")
        if day is not None and not (date and date.earliest <= day <= date.latest and (date.latest - date.earliest).days <= 1):
            probs.append(f"date {names[0]}={date}")
        if count is not None and n != count:
            probs.append(f"count {names[0]}={n}")
    extra = [g[1] for i, g in enumerate(got) if i not in used]
    if extra:
        probs.append(f"extra {extra}")
    return probs


def places_match(got: list[str], want: list[str]) -> bool:
    """Each wanted place matched by one event's place name (equal, or one inside the other: 'Balad' ~ 'Balad Air
    Base'); a wanted "A|B" takes either name (a site or the town it lies in)."""
    if len(got) != len(want):
        return False
    rest = list(got)
    for w in want:
        hit = next((g for g in rest if g and any(a.lower() in g.lower() or g.lower() in a.lower()
                                                 for a in w.split("|"))), None)
        if hit is None:
            return False
        rest.remove(hit)
    return True


def events_of(text: str, lang: str = "en", published: dt.date = EXTRACT_PUBLISHED) -> list:
    """The events the whole flow (extract, resolve, reconcile, salience, estimate) makes of one passage."""
    from geo_events.pipeline import process

    return process([Document("t.txt", text, lang, published)]).events


def actors_of(text: str, lang: str, published: dt.date, kind: str) -> list[list[str]]:
    """``claimed_by`` or ``blamed_on`` (``kind``) of each event of one passage."""
    return [list(getattr(e, kind)) for e in events_of(text, lang, published)]


def one_event(text: str, lang: str = "en", published: dt.date = EXTRACT_PUBLISHED):
    """The one event the whole flow makes of a passage (the assertion lists them when there are none or more)."""
    events = events_of(text, lang, published)
    assert len(events) == 1, [(e.event_type, e.place_name) for e in events]
    return events[0]


# A one-line attack report naming a place, in each language (the gazetteer guards of tests/test_names40.py, 41)
PLACE_PROBE = {"en": "A drone struck {} on Monday.", "fr": "Un drone a frappé {} lundi.",
               "ar": "استهدفت طائرة مسيرة {} يوم الاثنين."}


def assert_placed_within(text: str, lang: str, lat: float, lon: float, within_km: float = 10.0,
                         published: dt.date = dt.date(2024, 3, 15)) -> None:
    """The first event of ``text`` is placed within ``within_km`` of (lat, lon)."""
    evs = events_of(text, lang, published)
    assert evs, f"no event: {text}"
    p = evs[0].place
    assert p is not None, f"unplaced: {text} ({evs[0].place_name})"
    assert km(lat, lon, p.lat, p.lon) <= within_km, f"{text} -> {p.name} ({p.lat:.3f},{p.lon:.3f}) {p.record_id}"
