"""Launch points, round 12: a launch place with namesakes, chosen by the distance the article tells.

"the launcher was found in X" and, in another paragraph, "the platform lay about 31 km from the airport":
of two places called X, the one about 31 km away is meant, even when a rocket's nominal reach is shorter
(reporters measure from the target's edge; launchers get modified). Each test builds its own places and
sentences (none of a development passage).
"""
from __future__ import annotations

import pytest

from geo_events.estimate import estimate_event
from geo_events.models import Document, Event, EventFrame, Evidence, Fact, Launch, Place, PlaceRef
from geo_events.resolve import _launch_namesake_by_distance

TARGET = Place(name="Test Airport", lat=30.0, lon=45.0, feature="airport", precision="site", radius_km=2.0,
               confidence=1.0, layer="curated", record_id="t:airport", country="IQ")
NEAR = Place(name="Qaryat Sahil", lat=30.09, lon=45.0, feature="village", precision="town", radius_km=1.5,
             confidence=1.0, layer="curated", record_id="t:near", country="IQ")       # ~10 km north
FAR = Place(name="Qaryat Sahil", lat=29.72, lon=45.0, feature="village", precision="town", radius_km=1.5,
            confidence=1.0, layer="curated", record_id="t:far", country="IQ")        # ~31 km south


def _frame(text, launch_first=NEAR):
    doc = Document(doc_id="t", text=text, language="en")
    ev = Evidence("t", text, 0, len(text))
    tgt = PlaceRef("Test Airport", place=TARGET, candidates=[TARGET])
    lau = PlaceRef("Qaryat Sahil", place=launch_first, candidates=[launch_first, FAR if launch_first is NEAR else NEAR])
    return EventFrame(doc=doc, facts=[Fact("target", tgt, ev), Fact("launch", lau, ev)])


@pytest.mark.parametrize("text", [
    "Two rockets hit the airport.\n\nPolice found the launcher at Qaryat Sahil.\n\n"
    "The launcher stood in an orchard some 31 km from the airport, a source said.",
    "Deux roquettes ont visé l'aéroport.\n\nLa rampe de lancement, retrouvée à Qaryat Sahil, se trouvait "
    "à une trentaine de kilomètres de l'aéroport.",
    "سقط صاروخان في محيط المطار.\n\nوعثرت القوات على منصة الإطلاق في قرية ساحل على بعد نحو واحد وثلاثين "
    "كيلومتراً من المطار.",
])
def test_the_namesake_at_the_told_distance_is_the_launch_site(text):
    frame = _frame(text)
    _launch_namesake_by_distance([frame])
    ref = frame.first("launch").value
    assert ref.place is FAR and ref.distance_km


@pytest.mark.parametrize("text", [
    # the distance fits the lookup's own choice: it stays
    "Police found the launcher at Qaryat Sahil, about 10 km north of the airport.",
    # no distance told for the launch
    "Police found the launcher at Qaryat Sahil. The airport lies 31 km from the border.",
    # two distances: which one is the launch site's is not sure
    "The launcher was found 31 km from the airport; a second launcher was found 55 km from it.",
])
def test_no_told_distance_for_the_launch_keeps_the_lookups_choice(text):
    frame = _frame(text)
    _launch_namesake_by_distance([frame])
    assert frame.first("launch").value.place is NEAR


def test_estimate_keeps_a_launch_site_at_the_told_distance_beyond_the_weapons_nominal_reach():
    # a Katyusha's nominal reach (about 20 km) would pick the 10 km namesake; the told 31 km wins
    ref = PlaceRef("Qaryat Sahil", place=FAR, candidates=[FAR, NEAR], distance_km=31.0)
    ev = Evidence("t", "x", 0, 1)
    event = Event(event_id="e", event_type="rocket attack", frames=[], place=TARGET, place_name="Test Airport",
                  launch=Launch(name="Qaryat Sahil", place=FAR, facts=[Fact("launch", ref, ev)]),
                  weapon="Katyusha")
    estimate_event(event)
    assert event.launch.lat == pytest.approx(FAR.lat) and event.launch.estimated is False


def test_estimate_without_a_told_distance_still_prefers_a_namesake_in_reach():
    ref = PlaceRef("Qaryat Sahil", place=FAR, candidates=[FAR, NEAR])
    ev = Evidence("t", "x", 0, 1)
    event = Event(event_id="e", event_type="rocket attack", frames=[], place=TARGET, place_name="Test Airport",
                  launch=Launch(name="Qaryat Sahil", place=FAR, facts=[Fact("launch", ref, ev)]),
                  weapon="Katyusha")
    estimate_event(event)
    assert event.launch.lat == pytest.approx(NEAR.lat)
