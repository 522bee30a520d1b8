"""Plain data passed between the stages of the flow (see DESIGN.md).

read -> :class:`Document`; extract -> :class:`EventFrame` (a list of :class:`Fact`,
each with its :class:`Evidence`); resolve -> :class:`Place` on each :class:`PlaceRef`;
reconcile -> :class:`Event`; estimate -> :class:`Trajectory` and launch areas.

Coordinates are always named ``lat``/``lon``; GeoJSON order (lon, lat) is produced
only by :func:`lonlat` and the ``__geo_interface__`` properties.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

# Event types, in the words the popups and exports use.
EVENT_TYPES = (
    "rocket attack",
    "missile attack",
    "drone attack",
    "mortar attack",
    "IED attack",
    "airstrike",
    "interception",
    "attack",
)

# Precision of a place, from most to least precise.
PRECISIONS = ("site", "town", "district", "governorate", "country")

# Precision of a date, in the spirit of ACLED's time_precision (1 day, 2 week/range, 3 month).
DATE_PRECISIONS = ("day", "week", "month", "year", "range")  # range: an undated report, between two bounds


def lonlat(lat: float, lon: float) -> tuple[float, float]:
    """The one place where (lat, lon) becomes GeoJSON's (lon, lat)."""
    return (lon, lat)


@dataclass(frozen=True)
class Document:
    """One article as read from disk (or stdin)."""

    doc_id: str
    text: str
    language: str = "und"  # ISO 639-1: en, fr, ar; 'und' when unknown
    published: Optional[dt.date] = None
    source: Optional[str] = None  # outlet, e.g. "AFP", "Atalayar"
    url: Optional[str] = None
    title: Optional[str] = None
    path: Optional[str] = None
    # where ``published`` came from: "metadata" (sidecar, front matter, the page's meta tags), "date line" (a date
    # line at the top of the text) or "caller" (the --published fallback); None when undated or unknown
    published_from: Optional[str] = None

    @property
    def label(self) -> str:
        """Short human label: the outlet if known, else the file name."""
        return self.source or (self.path.rsplit("/", 1)[-1] if self.path else self.doc_id)


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the document, the sentence, and the span of the sentence."""

    doc_id: str
    sentence: str
    start: int  # character offset of the sentence in Document.text
    end: int


@dataclass(frozen=True)
class DateSpan:
    """A date as reported: the interval it may fall in and how precise it is.

    ``earliest == latest`` for a day-precise date.  ``text`` is the phrase read.
    """

    earliest: dt.date
    latest: dt.date
    precision: str = "day"  # one of DATE_PRECISIONS
    text: str = ""

    @property
    def best(self) -> dt.date:
        return self.earliest if self.precision == "day" else self.earliest + (self.latest - self.earliest) / 2

    def overlaps(self, other: "DateSpan", slack_days: int = 0) -> bool:
        slack = dt.timedelta(days=slack_days)
        return self.earliest - slack <= other.latest and other.earliest - slack <= self.latest

    def iso(self) -> str:
        return self.best.isoformat()


@dataclass
class Place:
    """A gazetteer record chosen for a name, with how sure and how precise it is."""

    name: str
    lat: float
    lon: float
    feature: str = "place"  # airbase, base, embassy, zone, village, town, city, district, governorate, country ...
    precision: str = "town"  # one of PRECISIONS
    radius_km: float = 2.0  # uncertainty / extent radius
    confidence: float = 1.0  # 0..1
    layer: str = "geonames"  # curated, geonames, airports, user
    record_id: str = ""  # "geonames:387358", "icao:ORBD", "curated:balad-air-base"
    country: Optional[str] = None  # ISO 3166 alpha-2
    admin1: Optional[str] = None  # governorate name when known
    population: int = 0
    polygon: Optional[dict] = None  # GeoJSON geometry when the store has the area's polygon

    @property
    def point(self) -> tuple[float, float]:
        return (self.lat, self.lon)


@dataclass
class PlaceRef:
    """A place named in a sentence, in a role, before and after resolution."""

    name: str  # as written ("al-Bou Hassan", "Diya a", "la zone verte de Bagdad")
    cue: Optional[str] = None  # feature cue read around it: airbase, base, village, province, city, embassy, country ...
    container: Optional[str] = None  # an enclosing area named nearby ("a village in Diyala")
    share: Optional[int] = None  # impact sites: projectiles that fell there
    direction: Optional[str] = None  # launch: "east", "north-east" ...
    distance_km: Optional[float] = None  # launch: "five miles east of the base"
    anaphoric: bool = False  # "the base", "la même base": refers to the event's target
    place: Optional[Place] = None
    candidates: list[Place] = field(default_factory=list)
    unresolved_reason: Optional[str] = None
    # launch: the bearing is told from this place, not from the target ("a village south of X", "une zone à l'ouest de X")
    bearing_from_place: bool = False


@dataclass
class Fact:
    """One fact read from one sentence.

    ``kind`` is one of: event_type, weapon, count, date, target, impact, launch,
    killed, injured, claimed_by, blamed_on, unclaimed.
    ``value`` is a str, int, bool, :class:`DateSpan` or :class:`PlaceRef`.
    """

    kind: str  # also "attacker" (who carried out an airstrike)
    value: Any
    evidence: Evidence
    qualifier: Optional[str] = None  # "at least", "up to", "about"
    according_to: Optional[str] = None  # "the Pentagon", "a security official"


@dataclass
class EventFrame:
    """The facts one document gives about one incident."""

    doc: Document
    facts: list[Fact] = field(default_factory=list)
    # one of the areas a clause lists as struck, each under its own area noun ("la région de X et la province de Y"):
    # a site told as hit, though an area named in one sentence is otherwise a passing mention (geo_events.salience)
    listed_area: bool = False

    def get(self, kind: str) -> list[Fact]:
        return [f for f in self.facts if f.kind == kind]

    def first(self, kind: str) -> Optional[Fact]:
        for f in self.facts:
            if f.kind == kind:
                return f
        return None

    def add(self, fact: Fact) -> None:
        self.facts.append(fact)


# Qualifiers that mark how a figure was read, not how its source hedged it: never shown as "claimed 5"
READING_MARKS = frozenset({"claimed"})


@dataclass
class Figure:
    """A number several sources may give differently: low / best / high, and every value with its source."""

    low: Optional[int] = None
    best: Optional[int] = None
    high: Optional[int] = None
    values: list[tuple[int, Optional[str], str, Fact]] = field(default_factory=list)  # (value, qualifier, source label, fact)

    @property
    def known(self) -> bool:
        return self.best is not None

    @property
    def disputed(self) -> bool:
        return len({v[0] for v in self.values}) > 1

    def qualifier(self) -> Optional[str]:
        """The qualifier ("at least", "about") a source put on the best value; a reading's own mark (a
        claimant's figure, ``"claimed"``) is not one a reader is shown."""
        if self.best is None:
            return None
        return next((q for v, q, _, _ in self.values if v == self.best and q and q not in READING_MARKS), None)

    def text(self) -> str:
        if self.best is None:
            return "unknown"
        if self.low == self.high:
            qual = self.qualifier()
            return f"{qual} {self.best}" if qual else str(self.best)
        return f"{self.best} (reports range {self.low}-{self.high})"


@dataclass
class Source:
    """One document behind an event."""

    doc_id: str
    label: str
    language: str
    published: Optional[dt.date] = None
    url: Optional[str] = None
    path: Optional[str] = None
    published_from: Optional[str] = None  # as Document.published_from


@dataclass
class Impact:
    name: str
    place: Optional[Place]
    count: Optional[int]
    facts: list[Fact] = field(default_factory=list)


@dataclass
class Launch:
    """Where the projectiles came from: a named site, or an estimated point in a launch area."""

    name: str
    place: Optional[Place]  # the gazetteer place named (a village, or a governorate)
    lat: Optional[float] = None
    lon: Optional[float] = None
    estimated: bool = False  # True when the point is the centroid of an area, not a named site
    uncertainty_km: Optional[float] = None
    direction: Optional[str] = None
    area: Optional[dict] = None  # GeoJSON Polygon of where the launch could have been
    area_method: Optional[str] = None
    note: str = ""  # why this launch point was chosen
    facts: list[Fact] = field(default_factory=list)


@dataclass
class Trajectory:
    """A geodesic line from a launch point to an impact point."""

    launch_lat: float
    launch_lon: float
    impact_lat: float
    impact_lon: float
    distance_km: float
    azimuth_deg: float  # forward azimuth at the launch point, degrees clockwise from north, 0-360
    coords: list[tuple[float, float]] = field(default_factory=list)  # densified (lat, lon) vertices
    weapon: Optional[str] = None
    weapon_max_range_km: Optional[float] = None
    within_range: Optional[bool] = None  # None: weapon unknown
    verdict: str = "unknown weapon"  # "within range", "beyond range", "unknown weapon"
    reaching_weapons: list[str] = field(default_factory=list)  # catalogue entries able to reach


@dataclass
class Event:
    """One real-world incident, merged across documents and languages, disagreements kept."""

    event_id: str
    event_type: str
    frames: list[EventFrame]
    place_name: str = ""
    place: Optional[Place] = None
    date: Optional[DateSpan] = None
    weapon: Optional[str] = None
    count: Figure = field(default_factory=Figure)
    killed: Figure = field(default_factory=Figure)
    injured: Figure = field(default_factory=Figure)
    claimed_by: list[str] = field(default_factory=list)
    blamed_on: list[str] = field(default_factory=list)
    unclaimed: bool = False
    attacker: list[str] = field(default_factory=list)  # the side that carried out the attack when stated (airstrikes)
    impacts: list[Impact] = field(default_factory=list)
    launch: Optional[Launch] = None
    trajectories: list[Trajectory] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    summary: str = ""

    @property
    def facts(self) -> list[Fact]:
        return [f for fr in self.frames for f in fr.facts]

    def facts_of(self, kind: str) -> list[Fact]:
        return [f for f in self.facts if f.kind == kind]

    def source_label(self, doc_id: str) -> str:
        for s in self.sources:
            if s.doc_id == doc_id:
                return s.label
        return doc_id

    @property
    def __geo_interface__(self) -> dict:
        from .export import event_feature  # export owns the property contract

        return event_feature(self)


def iter_places(events: Iterable[Event]):
    """Every resolved place of the events: targets, impacts, launches."""
    for ev in events:
        if ev.place:
            yield ev.place
        for imp in ev.impacts:
            if imp.place:
                yield imp.place
        if ev.launch and ev.launch.place:
            yield ev.launch.place
