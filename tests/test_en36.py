"""English wire copy (round en36): a group no list knows, named as the subject of a claim of a deed, is the
claimant ("The Pakistani Taliban claimed responsibility", "Jaish al-Adl, a Sunni militant group, claimed"), and a
land's possessive before a known group's name is that group ("Iraq's Islamic Resistance"); several spots told by one
bearing ("an Israeli strike on positions south of Damascus") are placed at the place of the bearing; a launcher a
state says it struck is the target of its raid; where sirens sounded yields to where the projectile fell.  ("crossed
from" as a launch was taken out: a held-out passage lost a target and a count.)"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def _one(text):
    [event] = events_of(text, "en", PUBLISHED)
    return event


# --- claimants -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, claimant", [
    ("Iraq's Islamic Resistance claimed a drone attack on Eilat early on Sunday.", "Islamic Resistance in Iraq"),
    ("The Pakistani Taliban claimed responsibility for the bombing in Peshawar that killed 12 people.",
     "Pakistani Taliban"),
    ("Jaish al-Adl, a Sunni militant group, claimed responsibility for the attack on a police station in Rask, "
     "in which 11 officers died.", "Jaish al-Adl"),
])
def test_the_subject_of_a_claim_is_the_claimant(text, claimant):
    assert _one(text).claimed_by == [claimant]


def test_a_claimant_by_its_name_not_speakers_or_officials():
    assert _one("The Pakistani Taliban claimed responsibility for the bombing in Peshawar.").claimed_by \
        == ["Pakistani Taliban"]
    for text in ("Officials in Peshawar claimed responsibility for security lapses after the bombing that killed 12 "
                 "people.", "Netanyahu claimed that the strike on Rafah killed 13 militants."):
        for event in events_of(text, "en", PUBLISHED):
            assert event.claimed_by == []


# --- several spots by one bearing --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, killed", [
    ("Five Syrian soldiers were killed in an Israeli strike on positions south of Damascus.", 5),
    ("Israeli jets struck positions south of Damascus.", None),
])
def test_positions_by_a_bearing_are_placed_there(text, killed):
    event = _one(text)
    assert event.event_type == "airstrike" and event.place_name == "Damascus"
    assert event.killed.best == killed


# --- a launcher struck -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Israeli army said it struck a rocket launcher in Yaroun.",
    "The Israeli army said it struck rocket launchers in Yaroun.",
])
def test_a_launcher_struck_is_the_raids_target(text):
    event = _one(text)
    assert event.event_type == "airstrike" and event.place_name == "Yaroun" and not event.launch.name


# --- sirens and the spot hit -----------------------------------------------------------------------------------------
def test_where_it_fell_over_where_sirens_sounded():
    event = _one("Sirens sounded in the Upper Galilee after a rocket was launched from Lebanon and fell in an open "
                 "area near Metula.")
    assert event.place_name == "Metula"
    assert event.launch is not None and event.launch.name == "Lebanon"
