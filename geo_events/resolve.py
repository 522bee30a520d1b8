"""Resolve every place a frame names against the gazetteer, in context.

The target is resolved first (with the document's country focus and the cue read in the
text), then the impact sites near it and the launch site within reach of it, so that a
namesake village 300 km away loses to the one beside the target.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .models import EventFrame, Place, PlaceRef
from .normalize import normalize

# Extractor cues -> the gazetteer's cue words.
_CUES = {"province": "governorate", "area": None}
_SUFFIX_FOR_CUE = {"airbase": "air base", "base": "air base", "airport": "airport", "embassy": "embassy"}

# Features a facility may fall back to when only its town is known.
_TOWNS = ("city", "town", "capital")

# How far from the target an impact site or a launch site may be, km.
IMPACT_KM = 30.0
LAUNCH_KM = 150.0


@dataclass
class Unresolved:
    """A place name the resolver abstained on, with its best candidates."""

    name: str
    doc_id: str
    sentence: str
    role: str
    reason: str = ""
    candidates: list[Place] = field(default_factory=list)


def _lookup(gazetteer, ref: PlaceRef, *, focus, near=None, near_km=None):
    cue = _CUES.get(ref.cue, ref.cue)
    res = gazetteer.resolve(ref.name, cue=cue, container=ref.container, near=near, near_km=near_km, focus=focus)
    if res.place is None and ref.cue in _SUFFIX_FOR_CUE and ref.name:
        # "al-Assad" read as an air base: the gazetteer may know it only as "al-Asad Air Base".
        alt = gazetteer.resolve(f"{ref.name} {_SUFFIX_FOR_CUE[ref.cue]}", cue=cue, container=ref.container,
                                near=near, near_km=near_km, focus=focus)
        if alt.place is not None:
            return alt
    if res.place is None and ref.cue in ("airport", "airbase", "base") and ref.name:
        # "مطار أربيل الدولي": a facility the gazetteer does not know under this spelling lies at the town
        # it is named after; the town is placed, with the town's (wider) precision.
        town = gazetteer.resolve(ref.name, cue=None, container=ref.container, near=near, near_km=near_km, focus=focus)
        if town.place is not None and town.place.feature in _TOWNS and town.place.confidence >= 0.8:
            return town
    return res


def _km(place: Place, near) -> float:
    from .geodesy import inverse

    return float(inverse(near[0], near[1], place.lat, place.lon)[1])


def _within(place: Place, near, near_km) -> bool:
    """Is ``place`` within ``near_km`` (plus its own extent) of ``near``? Areas and countries always are."""
    if near is None or near_km is None or place.precision in ("governorate", "country", "district"):
        return True
    return _km(place, near) <= near_km + (place.radius_km or 0.0)


def resolve_frames(frames: list[EventFrame], gazetteer, *, focus: tuple[str, ...] = ()) -> list[Unresolved]:
    """Attach a :class:`Place` to every :class:`PlaceRef` of the frames; return the names left unresolved."""
    unresolved: list[Unresolved] = []

    known: dict[str, Place] = {}  # names already placed in this document, by normalised name

    def run(fact, ref: PlaceRef, role: str, near=None, near_km=None) -> Optional[Place]:
        key = normalize(ref.name)
        if not ref.cue and key in known and _within(known[key], near, near_km):
            # "the base at Taji" then "Taji" again: one article means one Taji
            ref.place, ref.candidates = known[key], [known[key]]
            return ref.place
        res = _lookup(gazetteer, ref, focus=focus, near=near, near_km=near_km)
        ref.place, ref.candidates = res.place, list(res.candidates)[:5]
        reason = res.reason
        if res.place is not None and not _within(res.place, near, near_km):
            # an impact or launch site must lie near the target: a namesake on another continent is no answer
            d = _km(res.place, near)
            reason = f"the best candidate, {res.place.name} ({res.place.country}), is {d:.0f} km from the target"
            ref.place = None
        if ref.place is not None:
            known.setdefault(key, ref.place)
            if ref.cue:
                known.setdefault(normalize(ref.place.name), ref.place)
        else:
            ref.unresolved_reason = reason
            unresolved.append(Unresolved(ref.name, fact.evidence.doc_id, fact.evidence.sentence, role, reason,
                                         ref.candidates))
        return ref.place

    for frame in frames:
        target_fact = frame.first("target")
        target: Optional[Place] = None
        if target_fact is not None:
            target = run(target_fact, target_fact.value, "target")
        near = target.point if target else None
        for fact in frame.get("impact"):
            ref: PlaceRef = fact.value
            if ref.anaphoric:
                ref.place = target
                continue
            run(fact, ref, "impact", near=near, near_km=IMPACT_KM if near else None)
        for fact in frame.get("launch"):
            if fact.value.name:  # an unnamed launch has only a direction and distance from the target
                run(fact, fact.value, "launch", near=near, near_km=LAUNCH_KM if near else None)
    return unresolved
