"""An article about a new attack that recalls an earlier one (the strike it answers, the one it came a day or a
week after): the earlier attack's place, type and toll stay out of the new event (English and French)."""
import datetime as dt

import pytest

from geo_events.gazetteer import Gazetteer
from geo_events.pipeline import process
from geo_events.read import read_text

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.default()


def _events(gazetteer, lang, text):
    doc = read_text(("---\nlanguage: %s\npublished: %s\n---\n%s" % (lang, PUBLISHED, text)).encode(), name="tg44.txt")
    return process([doc], gazetteer=gazetteer).events


# (lang, text, place name of the new attack, its type, its day, its dead, the recalled place that must not carry it)
CASES = [
    # "in response to an Israeli airstrike on X": the airstrike answered is the motive, not the rockets' target
    ("en", "Hezbollah fired dozens of rockets at northern Israel on Monday in response to an Israeli airstrike on "
           "Nabatieh last Friday that killed five civilians.",
     "northern Israel", "rocket attack", dt.date(2024, 3, 11), None, "Nabatieh"),
    # "in retaliation for rocket fire": the fire answered does not type the airstrikes
    ("en", "Israel launched airstrikes on Gaza on Saturday in retaliation for rocket fire from the enclave on Friday.",
     "Gaza", "airstrike", dt.date(2024, 3, 9), None, None),
    # "A day after X, Y": a fronted gap in English, as "Deux jours après X, Y" in French
    ("en", "A day after a drone struck a refinery in Ryazan, Ukraine hit an airfield in Kursk region on Thursday.",
     "Kursk", "attack", dt.date(2024, 3, 14), None, "Ryazan"),
    ("fr", "Un jour après une frappe de drone contre une raffinerie à Riazan, l'Ukraine a frappé un aérodrome dans la "
           "région de Koursk jeudi.",
     "Kursk", "attack", dt.date(2024, 3, 14), None, "Ryazan"),
    # "une semaine après": the gap in the singular
    ("fr", "L'aviation russe a bombardé Idlib vendredi, une semaine après des frappes de drones rebelles contre la base "
           "de Hmeimim.",
     "Idlib", "airstrike", dt.date(2024, 3, 15), None, "Hmeimim"),
    ("fr", "Des militants ont attaqué un poste de l'armée au Waziristan du Nord vendredi, tuant cinq soldats, une "
           "semaine après un attentat-suicide à Bannu qui avait fait dix morts.",
     None, "attack", dt.date(2024, 3, 15), 5, "Bannu"),
]


@pytest.mark.parametrize("lang,text,place,etype,day,killed,recalled", CASES)
def test_recalled_attack_lends_nothing(gazetteer, lang, text, place, etype, day, killed, recalled):
    events = _events(gazetteer, lang, text)
    assert events, "the new attack is lost"
    if recalled is not None:
        assert not any(e.place is not None and recalled in e.place.name for e in events), \
            [(e.place_name, e.event_type) for e in events]
    new = events[0] if place is None else next(
        (e for e in events if e.place is not None and place in e.place.name), None)
    assert new is not None, [(e.place_name, e.event_type) for e in events]
    assert new.event_type == etype
    assert new.date is not None and new.date.earliest == day == new.date.latest
    assert new.killed.best == killed


def test_guard_earlier_attack_told_in_its_own_sentence(gazetteer):
    """(guard) one attack's date told in a later sentence with a place of its own is an event of its own."""
    events = _events(gazetteer, "en", "Israeli warplanes struck Rafah on Thursday, killing 11 people, health officials "
                                      "said. On Tuesday, a strike on a house in Khan Younis killed seven.")
    by_place = {e.place.name: e for e in events if e.place is not None}
    assert by_place["Rafaḩ"].date.earliest == dt.date(2024, 3, 14) and by_place["Rafaḩ"].killed.best == 11
    assert by_place["Khān Yūnis"].date.earliest == dt.date(2024, 3, 12) and by_place["Khān Yūnis"].killed.best == 7
