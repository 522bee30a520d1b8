"""A claim and the interception that met it, told in one article, are one incident: the interception.

"The group said it fired drones at X" tells only that X was aimed at; "air defences downed the
drones over X" tells what happened.  One event per place per day, typed as the outcome.  A claimed
attack that tells its own toll or count stays apart from an interception at that place (an impact
and an interception on one day are two events).  Places and wordings here are unlike the sets.
"""
import datetime as dt

from geo_events.models import Document
from geo_events.reconcile import reconcile

from test_reconcile_round2 import ADANA, INCIRLIK, MOSUL, MOSUL_AIRPORT, Article, day


def test_en_claim_then_interception_over_the_same_city_is_one_interception():
    a = Article("en")
    claim = a.frame("The group said on Tuesday it had fired a ballistic missile at Adana.", "Adana", ADANA,
                    etype="missile attack")
    downed = a.frame("Turkish air defences intercepted the missile over Adana, the ministry said, and no one was hurt.",
                     "Adana", ADANA, etype="interception", count=1, killed=0, injured=0)
    (ev,) = reconcile([claim, downed])
    assert ev.event_type == "interception"
    assert ev.count.best == 1 and ev.killed.best == 0


def test_fr_claim_on_a_base_and_interception_near_its_city_join_on_the_finer_place():
    a = Article("fr")
    claim = a.frame("Les rebelles ont affirmé mardi avoir visé l'aéroport de Mossoul avec des drones.",
                    "aéroport de Mossoul", MOSUL_AIRPORT, etype="drone attack")
    downed = a.frame("Deux drones ont été abattus au-dessus de Mossoul, selon l'armée.", "Mossoul", MOSUL,
                     etype="interception", count=2)
    (ev,) = reconcile([claim, downed])
    assert ev.event_type == "interception" and ev.place is MOSUL_AIRPORT


def test_an_impact_with_its_toll_stays_apart_from_an_interception_the_same_day():
    a = Article("en")
    hit = a.frame("A drone slammed into a hangar at Incirlik Air Base on Tuesday, wounding two airmen.",
                  "Incirlik Air Base", INCIRLIK, etype="drone attack", injured=2)
    downed = a.frame("A second drone was shot down over the base an hour later.", "Incirlik Air Base", INCIRLIK,
                     etype="interception", count=1)
    assert sorted(e.event_type for e in reconcile([hit, downed])) == ["drone attack", "interception"]


def test_a_claim_on_another_day_stays_its_own_event():
    a = Article("en")
    claim = a.frame("The group said it fired rockets at Adana on Monday.", "Adana", ADANA,
                    date=day(dt.date(2023, 5, 8)))
    downed = a.frame("On Tuesday, two rockets were intercepted over Adana.", "Adana", ADANA, etype="interception",
                     count=2)
    assert len(reconcile([claim, downed])) == 2
