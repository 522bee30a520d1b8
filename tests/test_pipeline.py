"""The whole flow (geo_events.pipeline.process): which frames become events.

A frame whose target names no place (a people, an organisation, a common word) becomes an
event only at a place its sentence or its own impact sites name; otherwise it makes no event and
its name stays in the unresolved list with the reason. Wordings and places differ from the gold
passages on purpose.
"""
from __future__ import annotations

import datetime as dt


from geo_events.models import Document, EventFrame, Evidence, Fact, PlaceRef
from geo_events.pipeline import process
from geo_events.resolve import non_place_target, resolve_frames


def _frame(doc: Document, sentence: str, target: str, impacts=(), launch=None) -> EventFrame:
    ev = Evidence(doc.doc_id, sentence, 0, len(sentence))
    facts = [Fact("event_type", "drone attack", ev), Fact("target", PlaceRef(target), ev)]
    facts += [Fact("impact", PlaceRef(name), ev) for name in impacts]
    if launch:
        facts.append(Fact("launch", PlaceRef(launch), ev))
    return EventFrame(doc=doc, facts=facts)


def test_an_organisation_target_is_placed_at_the_town_its_sentence_names(gz):
    doc = Document(doc_id="d1", text="", language="en")
    s = "Two drones struck a KNPC depot near Jahra overnight, officials said."
    f = _frame(doc, s, "KNPC")
    unresolved = resolve_frames([f], gz, focus=("KW",))
    place = f.first("target").value.place
    assert place is not None and abs(place.lat - 29.34) < 0.1 and abs(place.lon - 47.66) < 0.1, place  # Al Jahra
    assert not non_place_target(f)
    assert all(u.name != "KNPC" for u in unresolved)


def test_a_launch_site_in_the_sentence_never_becomes_the_target(gz):
    doc = Document(doc_id="d2", text="", language="en")
    s = "Iraqi officials said drones fired from Qaim hit the ministry's stores."
    f = _frame(doc, s, "Iraqi", launch="Qaim")
    resolve_frames([f], gz, focus=("IQ",))
    assert f.first("target").value.place is None and non_place_target(f)


def test_an_impact_site_stands_for_a_people_named_as_target(gz):
    doc = Document(doc_id="d3", text="", language="en")
    s = "Rockets aimed at Kuwaiti positions landed in Tikrit and in a field."
    f = _frame(doc, s, "Kuwaiti", impacts=["Tikrit"])
    resolve_frames([f], gz, focus=("IQ",))
    place = f.first("target").value.place
    assert place is not None and "Tikr" in place.name


def test_a_place_another_frame_already_targets_is_not_taken_twice(gz):
    doc = Document(doc_id="d4", text="", language="en")
    s1 = "A drone hit the airport of Sulaymaniyah on Friday."
    s2 = "The Emirati company said its Sulaymaniyah office was untouched."
    f1 = _frame(doc, s1, "Sulaymaniyah")
    f2 = _frame(doc, s2, "Emirati")
    resolve_frames([f1, f2], gz, focus=("IQ",))
    assert f1.first("target").value.place is not None
    assert f2.first("target").value.place is None and non_place_target(f2)


def test_a_frame_whose_target_is_no_place_makes_no_event_but_is_listed():
    text = ("Drones attacked Kuwaiti oil facilities on Tuesday, the KPC said, without giving a location.\n\n"
            "A rocket also hit a car park in the town of Safwan on Tuesday, police said.\n")
    doc = Document(doc_id="d5", text=text, language="en", published=dt.date(2022, 5, 3))
    result = process([doc])
    names = [u.name for u in result.unresolved]
    for ev in result.events:
        assert ev.place is not None, f"an event without a place: {ev.place_name!r}"
    # the attack on a named town is still an event
    assert any(abs(ev.place.lat - 30.12) < 0.05 and abs(ev.place.lon - 47.72) < 0.05 for ev in result.events)
    assert len(result.events) == 1
    # every frame left out is listed with its reason
    dropped = [f for f in result.frames if non_place_target(f)]
    assert dropped, "the drone attack on 'Kuwaiti oil facilities' should be read, then left out"
    for f in dropped:
        ref = f.first("target").value
        assert ref.name in names
        assert "makes no event" in next(u.reason for u in result.unresolved if u.name == ref.name)
