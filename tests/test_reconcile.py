"""Merging reports of one incident across documents and languages, disagreements kept."""
import datetime as dt

from geo_events.models import DateSpan, Document, EventFrame, Evidence, Fact, Place, PlaceRef
from geo_events.reconcile import reconcile

BALAD = Place("Balad Air Base", 33.94, 44.36, "airbase", "site", 2.5, 1.0, "curated", "curated:balad-air-base", "IQ")
ERBIL = Place("Erbil Air Base", 36.24, 43.96, "airbase", "site", 3.0, 1.0, "curated", "curated:erbil-air-base", "IQ")
SYRIA = Place("Syria", 35.0, 38.5, "country", "country", 350.0, 1.0, "builtin", "country:SY", "SY")
QAIM = Place("Al Qa'im", 34.37, 41.09, "town", "town", 3.0, 1.0, "geonames", "geonames:92138", "IQ")


def day(d, precision="day", until=None):
    return DateSpan(d, until or d, precision)


def frame(doc_id, place, date, etype="rocket attack", lang="en", **facts):
    doc = Document(doc_id, "text", lang, dt.date(2021, 3, 16), source=doc_id.upper())
    ev = Evidence(doc_id, "a sentence", 0, 4)
    f = EventFrame(doc)
    f.add(Fact("event_type", etype, ev))
    f.add(Fact("target", PlaceRef(place.name, place=place), ev))
    if date:
        f.add(Fact("date", date, ev))
    for kind, values in facts.items():
        for v in values if isinstance(values, list) else [values]:
            value, qual, who = (v + (None, None))[:3] if isinstance(v, tuple) else (v, None, None)
            f.add(Fact(kind, value, ev, qual, who))
    return f


def test_two_languages_one_incident():
    en = frame("en", BALAD, day(dt.date(2021, 3, 15)), count=7, killed=0)
    fr = frame("fr", BALAD, day(dt.date(2021, 3, 15)), lang="fr", count=(7, "at least"), killed=0)
    (ev,) = reconcile([en, fr])
    assert {s.doc_id for s in ev.sources} == {"en", "fr"}
    assert ev.count.best == 7 and ev.killed.best == 0


def test_two_attacks_on_one_base_a_day_apart_stay_apart_across_documents():
    a = frame("a", BALAD, day(dt.date(2021, 3, 15)))
    b = frame("b", BALAD, day(dt.date(2021, 3, 17)))
    assert len(reconcile([a, b])) == 2


def test_one_place_told_twice_on_one_day_in_one_document_is_one_incident():
    # ACLED's convention: one event per place per day (a second salvo hours later included).
    a = frame("a", BALAD, day(dt.date(2021, 3, 15)))
    b = frame("a", BALAD, day(dt.date(2021, 3, 15)))
    assert len(reconcile([a, b])) == 1


def test_one_document_keeps_apart_another_day_or_an_interception_at_the_same_place():
    a = frame("a", BALAD, day(dt.date(2021, 3, 15)), injured=1)  # an impact: it wounded someone
    b = frame("a", BALAD, day(dt.date(2021, 3, 16)))
    c = frame("a", BALAD, day(dt.date(2021, 3, 15)), etype="interception")
    assert len(reconcile([a, b, c])) == 3


def test_an_undated_report_joins_the_dated_incident_it_fits():
    dated = frame("fr", ERBIL, day(dt.date(2021, 2, 15)), killed=1, injured=(8, "at least"))
    undated = frame("en", ERBIL, day(dt.date(2021, 2, 11), "range", dt.date(2021, 3, 16)), killed=2)
    (ev,) = reconcile([undated, dated])
    assert ev.date.precision == "day" and ev.date.earliest == dt.date(2021, 2, 15)
    assert (ev.killed.low, ev.killed.best, ev.killed.high) == (1, 1, 2)
    assert {v[2] for v in ev.killed.values} == {"EN", "FR"}


def test_conflicting_figures_from_one_document_keep_who_said_them():
    f = frame("en", QAIM, day(dt.date(2021, 2, 21), "week", dt.date(2021, 2, 28)), etype="airstrike",
              killed=[(22, None, "the Syrian Observatory"), (1, None, "the Pentagon")])
    (ev,) = reconcile([f])
    assert (ev.killed.low, ev.killed.best, ev.killed.high) == (1, 1, 22)
    assert any("Pentagon" in v[2] for v in ev.killed.values)
    assert ev.killed.disputed


def test_a_country_wide_report_merges_with_the_precise_place_and_keeps_the_precise_one():
    en = frame("en", SYRIA, day(dt.date(2021, 2, 21), "week", dt.date(2021, 2, 28)), etype="airstrike")
    fr = frame("fr", QAIM, day(dt.date(2020, 9, 17), "range", dt.date(2021, 3, 16)), etype="airstrike")
    (ev,) = reconcile([en, fr])
    assert ev.place is QAIM and ev.date.precision == "week"


def test_an_airstrike_is_not_a_rocket_attack():
    a = frame("a", BALAD, day(dt.date(2021, 3, 15)), etype="airstrike")
    b = frame("b", BALAD, day(dt.date(2021, 3, 15)), etype="rocket attack")
    assert len(reconcile([a, b])) == 2


def test_event_ids_are_stable_and_distinct():
    a = reconcile([frame("a", BALAD, day(dt.date(2021, 3, 15)))])[0]
    again = reconcile([frame("z", BALAD, day(dt.date(2021, 3, 15)))])[0]
    other = reconcile([frame("a", BALAD, day(dt.date(2021, 3, 17)))])[0]
    assert a.event_id == again.event_id != other.event_id


# ----------------------------------------------------------------- merge_events: events with events

from geo_events.reconcile import merge_events, merge_with_stats  # noqa: E402


def test_merge_joins_the_same_incident_from_another_language_and_keeps_the_existing_id():
    (en,) = reconcile([frame("en", BALAD, day(dt.date(2021, 3, 15)), count=7, injured=1)])
    (fr,) = reconcile([frame("fr", BALAD, day(dt.date(2021, 3, 15)), lang="fr", count=(7, "at least"), injured=2)])
    (ev,) = merge_events([en], [fr])
    assert ev.event_id == en.event_id
    assert [s.doc_id for s in ev.sources] == ["en", "fr"]
    assert (ev.injured.low, ev.injured.best, ev.injured.high) == (1, 1, 2)
    assert {(v[0], v[2]) for v in ev.injured.values} == {(1, "EN"), (2, "FR")}


def test_merge_is_idempotent():
    (en,) = reconcile([frame("en", BALAD, day(dt.date(2021, 3, 15)), count=7)])
    (fr,) = reconcile([frame("fr", BALAD, day(dt.date(2021, 3, 15)), lang="fr", count=(7, "at least"))])
    once = merge_events([en], [fr])
    twice = merge_events(once, [fr, en])
    assert twice == once
    assert len(twice[0].sources) == 2 and len(twice[0].count.values) == 2
    _, stats = merge_with_stats(once, [fr])
    assert (stats.new, stats.merged, stats.changed) == (0, 1, 0)


def test_merge_keeps_two_attacks_on_one_base_on_different_days_apart():
    (a,) = reconcile([frame("a", BALAD, day(dt.date(2021, 3, 15)))])
    (b,) = reconcile([frame("b", BALAD, day(dt.date(2021, 3, 18)))])
    assert len(merge_events([a], [b])) == 2


def test_merge_keeps_an_airstrike_apart_from_a_rocket_attack():
    (a,) = reconcile([frame("a", BALAD, day(dt.date(2021, 3, 15)), etype="airstrike")])
    (b,) = reconcile([frame("b", BALAD, day(dt.date(2021, 3, 15)))])
    assert len(merge_events([a], [b])) == 2


def test_merge_an_undated_report_joins_and_the_precise_date_and_place_win():
    (undated,) = reconcile([frame("en", SYRIA, day(dt.date(2021, 2, 11), "range", dt.date(2021, 3, 16)),
                                  etype="airstrike")])
    (dated,) = reconcile([frame("fr", QAIM, day(dt.date(2021, 2, 25)), etype="airstrike", killed=22)])
    (ev,) = merge_events([undated], [dated])
    assert ev.event_id == undated.event_id
    assert ev.place is QAIM and ev.date.precision == "day" and ev.killed.best == 22


def test_one_documents_distinct_incidents_stay_apart_when_merged_again():
    # One article tells of two attacks on Balad (last Monday's and this Monday's): re-reading it
    # must put each back on its own event, never both on one. (An undated telling of the same site
    # is that site's dated incident told before its day since session 26: reconcile._undated_twin.)
    events = reconcile([frame("a", BALAD, day(dt.date(2021, 3, 8))),
                        frame("a", BALAD, day(dt.date(2021, 3, 15)))])
    assert len(events) == 2
    again = merge_events(events, events)
    assert again == events


# --------------------------------------------------------------------------- clustering rules under the fast path

def test_a_report_must_fit_every_member_not_only_the_first():
    # Wednesday and Thursday reports merge (a day of slack); a "from Thursday on" report fits
    # the Thursday one but not the Wednesday one already in its cluster, so it stays apart
    wed = frame("a", BALAD, day(dt.date(2021, 3, 10)))
    thu = frame("c", BALAD, day(dt.date(2021, 3, 11)))
    later = frame("b", BALAD, day(dt.date(2021, 3, 11), "week", dt.date(2021, 3, 20)))
    events = reconcile([wed, later, thu])
    assert sorted(len(e.frames) for e in events) == [1, 2]
    joined = next(e for e in events if len(e.frames) == 2)
    assert {f.doc.doc_id for f in joined.frames} == {"a", "c"}


def test_a_generic_attack_joins_but_a_later_airstrike_does_not_join_the_rocket_salvo():
    rockets = frame("a", QAIM, day(dt.date(2021, 3, 10)))
    generic = frame("b", QAIM, day(dt.date(2021, 3, 10)), etype="attack")
    strike = frame("c", QAIM, day(dt.date(2021, 3, 10)), etype="airstrike")
    events = reconcile([rockets, generic, strike])
    assert sorted(len(e.frames) for e in events) == [1, 2]
    assert next(e for e in events if len(e.frames) == 1).event_type == "airstrike"


def test_many_undated_reports_of_one_base_merge_into_the_dated_incident():
    # undated reports span half a year: they must still find the one incident they fit,
    # whatever the indexes do to keep this fast
    dated = frame("d0", ERBIL, day(dt.date(2021, 3, 1)))
    undated = [frame(f"u{i}", ERBIL, day(dt.date(2020, 9, 17), "range", dt.date(2021, 3, 16))) for i in range(30)]
    elsewhere = [frame(f"x{i}", BALAD, day(dt.date(2021, 3, 1) + dt.timedelta(days=3 * i))) for i in range(30)]
    events = reconcile(undated + elsewhere + [dated])
    erbil = [e for e in events if e.place is ERBIL]
    # one document's frame per cluster: the dated one and undated ones merge pairwise at most
    # across documents, never two frames of one document; every Erbil frame lands in an Erbil event
    assert sum(len(e.frames) for e in erbil) == 31
    assert any(e.date.precision == "day" and len(e.frames) > 1 for e in erbil)
    assert all(e.place is BALAD for e in events if e not in erbil)


def test_a_revised_toll_becomes_best_and_every_count_is_kept():
    # one source's first count, another's "the toll rose to 9": the revised toll is the best figure
    first = frame("a", ERBIL, day(dt.date(2022, 4, 2)), killed=5)
    later = frame("b", ERBIL, day(dt.date(2022, 4, 2)), killed=(9, "revised"))
    (ev,) = reconcile([first, later])
    assert (ev.killed.low, ev.killed.best, ev.killed.high) == (5, 9, 9)
    assert sorted(v[0] for v in ev.killed.values) == [5, 9]


def test_without_a_revision_the_lowest_count_stays_best():
    a = frame("a", ERBIL, day(dt.date(2022, 4, 2)), killed=5)
    b = frame("b", ERBIL, day(dt.date(2022, 4, 2)), killed=9)
    (ev,) = reconcile([a, b])
    assert ev.killed.best == 5
