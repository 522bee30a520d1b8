"""Placement, round 12: namesakes in a country the article does not concern, ships told from a voyage.

* A village of the article's country keeps its name against a bigger namesake two countries away:
  only a country the article names, or a land neighbour of the village's, may outweigh it.
* "carrying grain from A to B, about 30 nautical miles west of P": a voyage's "from ... to" is no launch
  site, so the position is the ship's; a country read as the target gives way to that position.
* Regions and terminals reporting names (a Saudi region, a Yemeni oil terminal) have rows of their own.
Each test writes its own sentences (other places, numbers and wording than any development passage).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geo_events.gazetteer import Resolution
from geo_events.models import Document, EventFrame, Evidence, Fact, Place, PlaceRef
from geo_events.resolve import _weigh_namesakes, read_offset, resolve_frames
from factories import km as _km4

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def km(a, b):
    return _km4(a[0], a[1], b[0], b[1])


@pytest.fixture(scope="module")
def gaz(gz):
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is absent: the gazetteer data lives in ../shared/data beside the project")
    return gz


def _town(name, country, lat, lon, pop, rid):
    return Place(name=name, lat=lat, lon=lon, feature="town", precision="town", radius_km=2.0, confidence=0.9,
                 layer="geonames", record_id=rid, country=country, population=pop)


VILLAGE = _town("Al Qurayn", "YE", 15.1, 44.1, 0, "g:1")
FAR_TOWN = _town("Al Qurayn", "EG", 30.1, 31.2, 60_000, "g:2")
NEAR_TOWN = _town("Al Qurayn", "SA", 17.5, 43.9, 60_000, "g:3")


@pytest.mark.parametrize("other,focus,moved", [
    (FAR_TOWN, ("YE",), False),        # two countries away, never named: the village stays
    (FAR_TOWN, ("YE", "EG"), True),    # the article names Egypt: its town may be meant
    (NEAR_TOWN, ("YE",), True),        # a land neighbour's town, unnamed, is still a likely meaning
    (FAR_TOWN, (), True),              # nothing said of countries: size decides, as before
])
def test_a_namesake_outweighs_only_in_a_country_the_article_concerns(other, focus, moved):
    res = Resolution(VILLAGE, [VILLAGE, other], "exact name")
    got = _weigh_namesakes(res, None, focus).place
    assert (got is other) is moved
    assert (got is VILLAGE) is not moved


def _frame(text, sentence, name, language, extra=()):
    doc = Document(doc_id="t", text=text, language=language)
    at = max(0, text.find(sentence))
    ev = Evidence("t", sentence, at, at + len(sentence))
    facts = [Fact("target", PlaceRef(name), ev)]
    for kind, value, s in extra:
        at2 = max(0, text.find(s))
        facts.append(Fact(kind, value, Evidence("t", s, at2, at2 + len(s))))
    return EventFrame(doc=doc, facts=facts)


@pytest.mark.parametrize("sentence,language", [
    ("A mortar round fell in the Al-Rawda quarter on Sunday, wounding three people.", "en"),
    ("Un obus est tombé dimanche dans le secteur d'Al-Rawda, blessant trois personnes.", "fr"),
])
def test_a_yemeni_quarter_is_not_placed_in_egypt(gaz, sentence, language):
    frame = _frame(sentence, sentence, "Al-Rawda", language)
    resolve_frames([frame], gaz, focus=("YE",))
    p = frame.first("target").value.place
    assert p is None or p.country == "YE"


@pytest.mark.parametrize("sentence,dist", [
    ("The freighter, bound from Santos to Bandar Abbas, was struck some 30 nautical miles west of Aden.", 55.6),
    ("The tanker was carrying diesel from Jamnagar to Jeddah, about 40 km south of Mocha, when it was hit.", 40.0),
])
def test_a_voyage_from_a_to_b_is_no_launch_site(sentence, dist):
    got = read_offset(sentence)
    assert [round(d, 1) for d, *_ in got] == [dist]
    assert read_offset(sentence, launch=True) == []


def test_fired_from_a_place_near_a_town_is_still_a_launch():
    s = "The missiles were fired from an area about 12 km north of the airport."
    assert read_offset(s) == [] and [round(d) for d, *_ in read_offset(s, launch=True)] == [12]


def test_a_country_read_as_a_ships_target_gives_way_to_its_position(gaz):
    lead = "PARIS, March 3 - Insurers raised premiums after a tanker chartered by a Norwegian trader was hit."
    body = ("The navy said three drones struck the vessel, which was sailing from Oman to Egypt, "
            "roughly 35 nautical miles west of Aden.")
    text = lead + "\n\n" + body
    frame = _frame(text, lead, "Norway", "en", extra=[("count", 3, body), ("launch", PlaceRef("Oman"), body)])
    resolve_frames([frame], gaz, focus=("YE", "NO"))
    p = frame.first("target").value.place
    assert p is not None and p.precision != "country" and p.country == "YE"
    assert 50 <= km(p.point, (12.78, 45.03)) <= 80  # ~65 km off Aden, not in Norway


@pytest.mark.parametrize("name,focus,country,precision", [
    ("the Asir region", ("SA", "YE", "IR"), "SA", "governorate"),
    ("منطقة عسير", ("SA", "YE"), "SA", "governorate"),
    ("Dhabba", ("YE", "IR"), "YE", "site"),
    ("الضبة", ("YE",), "YE", "site"),
])
def test_a_region_and_a_terminal_reporting_names_resolve_in_their_country(gaz, name, focus, country, precision):
    s = f"Drones were launched toward {name} overnight."
    frame = _frame(s, s, name, "ar" if not name.isascii() else "en")
    resolve_frames([frame], gaz, focus=focus)
    p = frame.first("target").value.place
    assert p is not None and p.country == country and p.precision == precision


def test_a_french_distance_after_a_launch_place_still_describes_the_launch():
    s = ("La roquette a été tirée depuis une position à une quinzaine de kilomètres à l'est de Tyr, "
         "selon l'armée.")
    assert read_offset(s) == [] and [round(d) for d, *_ in read_offset(s, launch=True)] == [15]
