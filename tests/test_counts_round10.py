"""Projectile counts, round 10: numbered strikes and raids ("three airstrikes", "trois frappes", "أربع غارات"),
and missiles told after a strike that name no place of their own (the strike's munitions).

Wording, places and numbers are written for these tests.
"""
import datetime as dt

import pytest

from geo_events.extract import extract
from geo_events.models import Document

PUB = dt.date(2023, 9, 14)  # a Thursday


def counts(text, lang="en"):
    """{target name: [count values]} of the frames extracted from ``text``."""
    out = {}
    for f in extract(Document("round10", text, lang, PUB)):
        t = f.first("target")
        out.setdefault(t.value.name if t else None, []).extend(c.value for c in f.get("count"))
    return out


def all_counts(text, lang="en"):
    return [v for vs in counts(text, lang).values() for v in vs]


def qualifiers(text, lang="en"):
    return [c.qualifier for f in extract(Document("round10", text, lang, PUB)) for c in f.get("count")]


# -- 1. numbered strikes on one site are counted ----------------------------------------------------------

@pytest.mark.parametrize("text,lang,n", [
    ("Three airstrikes hit the Omar oil field near Deir ez-Zor on Wednesday, the monitor said.", "en", 3),
    ("U.S. aircraft carried out two raids on the al-Qusayr area on Wednesday, the channel said.", "en", 2),
    ("Mercredi, cinq frappes ont visé le champ pétrolier d'Omar, près de Deir ez-Zor, selon l'ONG.", "fr", 5),
    ("Des avions ont mené mercredi quatre raids sur le dépôt de carburant de Mayadine.", "fr", 4),
    ("شن الطيران أربع غارات على مطار الحديدة الدولي يوم الأربعاء.", "ar", 4),
    ("استهدفت غارتان جويتان مطار الحديدة الدولي فجر الأربعاء.", "ar", 2),
])
def test_numbered_strikes_on_one_site_are_its_count(text, lang, n):
    assert all_counts(text, lang) == [n]


def test_a_qualified_number_of_strikes_keeps_its_qualifier():
    text = "Le lendemain, au moins six frappes ont touché la centrale électrique de Tichrine, selon l'OSDH."
    assert all_counts(text, "fr") == [6]
    assert qualifiers(text, "fr") == ["at least"]


@pytest.mark.parametrize("text,lang", [
    # one figure for two places belongs to neither
    ("Jets carried out three strikes on Hajin and Mayadin on Wednesday, the monitor said.", "en"),
    ("L'aviation a mené mercredi trois frappes sur Hajine et Mayadine.", "fr"),
    ("نفذت الطائرات ثلاث غارات على بلدتي الميادين والبوكمال يوم الأربعاء.", "ar"),
    # the strikes already told, a part of them, a single strike, a campaign's tally
    ("The two strikes on Hajin on Wednesday killed four people.", "en"),
    ("Two of the strikes hit Hajin on Wednesday.", "en"),
    ("A strike hit the Omar oil field on Wednesday, the monitor said.", "en"),
    ("Israel has carried out more than 200 strikes in Syria since the start of the year.", "en"),
    ("Plusieurs frappes ont visé mercredi le champ pétrolier d'Omar.", "fr"),
    # a country's total of strikes, the sites told after it
    ("The army said its jets carried out four strikes in Syria on Wednesday, without naming the sites.", "en"),
    ("L'armée a mené mercredi quatre frappes en Syrie, sans préciser les cibles.", "fr"),
    ("قال الجيش إن طائراته نفذت ثلاث غارات جوية في العراق يوم الأربعاء دون أن يحدد الأهداف.", "ar"),
])
def test_strikes_that_are_no_site_count_stay_uncounted(text, lang):
    assert all_counts(text, lang) == []


# -- 2. missiles told after a strike, with no place of their own, are its munitions -----------------------

@pytest.mark.parametrize("text,lang,n", [
    ("The fourth strike came on Wednesday evening near Zawita, a village in Duhok province. A local official "
     "said three missiles hit a farm near the village, and that no one was hurt.", "en", 3),
    ("A strike hit Kani Masi on Wednesday. Two missiles hit an orchard on the edge of the village, the mayor "
     "said.", "en", 2),
    ("La deuxième frappe a visé mercredi les environs de Zawita. Deux missiles se sont abattus sur une ferme "
     "près du village.", "fr", 2),
])
def test_placeless_missiles_after_a_strike_are_its_count(text, lang, n):
    assert all_counts(text, lang) == [n]


def test_missiles_fired_in_reply_are_not_the_strikes_count():
    text = "Israeli strikes hit Zawita on Wednesday. Hezbollah fired three missiles in response."
    assert 3 not in all_counts(text, "en")


# -- 3. "X's international airport": the town of an unnamed facility is the target, so its count is kept -----

def targets(text, lang="en"):
    return [(f.first("target").value.name, f.first("target").value.cue, [c.value for c in f.get("count")])
            for f in extract(Document("round10", text, lang, PUB)) if f.first("target") is not None]


@pytest.mark.parametrize("text,name,n", [
    ("Two drones laden with explosives targeted Erbil's international airport late Tuesday, officials said.",
     "Erbil", 2),
    ("A drone hit Kirkuk's main police station on Tuesday evening, a police officer said.", "Kirkuk", 1),
    ("Three rockets slammed into Basra's port early on Tuesday, port officials said.", "Basra", 3),
])
def test_a_towns_unnamed_facility_places_the_attack_in_the_town(text, name, n):
    assert [(t, c) for t, _, c in targets(text)] == [(name, [n])]


def test_the_facility_after_the_possessive_is_the_names_cue():
    assert targets("Two drones targeted Erbil's international airport late Tuesday, officials said.")[0][1] \
        == "airport"


@pytest.mark.parametrize("text,name", [
    # an owned name of its own takes the place; an army is no facility
    ("Drones set off a fire in Abu Dhabi's Musaffah industrial area on Tuesday, police said.", "Musaffah"),
    ("Israel's army said three rockets hit Metula on Tuesday.", "Metula"),
])
def test_an_owner_with_a_named_or_no_facility_is_not_the_target(text, name):
    assert [t for t, _, _ in targets(text)] == [name]
