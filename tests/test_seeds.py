"""The two seed articles, end to end: what issue 2 says they must give.

The seeds are real reporting (an English and a French article about the same attacks);
nothing in the library knows them.  Expectations come from reading the articles.
"""
import datetime as dt
from pathlib import Path

import pytest

from geo_events.geodesy import inverse
from geo_events.pipeline import run

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def km(lat1, lon1, lat2, lon2):
    return inverse(lat1, lon1, lat2, lon2)[1]


@pytest.fixture(scope="module")
def result():
    return run([str(SEEDS)])


def near(event, lat, lon, tol_km):
    return event.place is not None and km(event.place.lat, event.place.lon, lat, lon) <= tol_km


def find(result, lat, lon, day, tol_km=5):
    hits = [e for e in result.events if near(e, lat, lon, tol_km) and e.date and e.date.earliest <= day <= e.date.latest]
    assert len(hits) == 1, f"expected one event near {lat},{lon} on {day}, got {[ (e.place_name, e.date) for e in hits]}"
    return hits[0]


def test_publication_dates_come_from_the_sidecars(result):
    assert {d.published for d in result.documents} == {dt.date(2021, 3, 16)}
    assert {d.language for d in result.documents} == {"en", "fr"}


def test_six_incidents_and_no_background(result):
    assert len(result.events) == 6, [(e.place_name, e.date) for e in result.events]
    # Background: the K1 photo caption (Kirkuk) and the 2020 Soleimani strike are not events.
    for e in result.events:
        assert not near(e, 35.47, 44.35, 30), "the K1 caption is not an event"
        assert e.date.earliest.year == 2021


def test_balad_15_march(result):
    e = find(result, 33.94, 44.36, dt.date(2021, 3, 15), tol_km=3)
    assert e.date.precision == "day" and e.date.earliest == dt.date(2021, 3, 15)
    assert e.event_type == "rocket attack"
    assert e.count.best == 7
    assert "katyusha" in (e.weapon or "").lower()
    assert e.killed.best == 0 and e.injured.best == 0
    assert e.unclaimed and not e.claimed_by
    assert any("iran" in b.lower() for b in e.blamed_on)
    assert len(e.sources) == 2 and {s.language for s in e.sources} == {"en", "fr"}
    shares = {round(i.place.lat, 1): i.count for i in e.impacts if i.place}
    village = [i for i in e.impacts if i.place and km(i.place.lat, i.place.lon, 33.97, 44.38) < 3]
    assert village and village[0].count == 5, shares
    assert any(i.count == 2 and i.place and km(i.place.lat, i.place.lon, 33.94, 44.36) < 3 for i in e.impacts)
    # Launched from Saadiyat al-Shat (as-Sa'diyah) in Diyala, within reach of a 122 mm Katyusha.
    assert e.launch is not None and e.launch.lat is not None
    assert km(e.launch.lat, e.launch.lon, 33.82, 44.41) < 10
    t = e.trajectories[0]
    assert 10 < t.distance_km < 20
    assert t.within_range is True
    assert any("122" in w for w in t.reaching_weapons)


def test_every_fact_keeps_its_sentence(result):
    e = find(result, 33.94, 44.36, dt.date(2021, 3, 15), tol_km=3)
    texts = {d.doc_id: d.text for d in result.documents}
    for fact in e.facts:
        ev = fact.evidence
        assert texts[ev.doc_id][ev.start:ev.end] == ev.sentence


def test_ain_al_asad_3_march(result):
    e = find(result, 33.79, 42.44, dt.date(2021, 3, 3))
    assert e.count.best == 10
    assert e.killed.best == 1


def test_erbil_15_february_keeps_both_casualty_figures(result):
    e = find(result, 36.24, 43.96, dt.date(2021, 2, 15), tol_km=8)
    assert {v[0] for v in e.killed.values} == {1, 2}
    assert e.killed.low == 1 and e.killed.high == 2
    assert e.injured.best == 8 and any(q == "at least" for _, q, _, _ in e.injured.values)
    assert len({v[2] for v in e.killed.values}) == 2, "each figure with its own source"


def test_balad_20_february_claimed(result):
    e = find(result, 33.94, 44.36, dt.date(2021, 2, 20), tol_km=3)
    assert e.date.precision == "day"
    assert any("awliya" in c.lower() for c in e.claimed_by)


def test_green_zone_a_week_after_15_february(result):
    e = find(result, 33.30, 44.39, dt.date(2021, 2, 22), tol_km=4)
    assert e.date.precision in ("week", "day")
    assert e.killed.best == 0 and e.injured.best == 0


def test_al_qaim_airstrike_end_of_february(result):
    hits = [x for x in result.events if x.event_type == "airstrike"]
    assert len(hits) == 1
    e = hits[0]
    assert e.place is not None and km(e.place.lat, e.place.lon, 34.37, 41.09) < 40
    assert e.date.earliest >= dt.date(2021, 2, 20) and e.date.latest <= dt.date(2021, 2, 28)
    assert {v[0] for v in e.killed.values} == {22, 1}
    assert e.killed.best == 1
    assert any("Pentagon" in v[2] for v in e.killed.values)
    assert "United States" in e.attacker
