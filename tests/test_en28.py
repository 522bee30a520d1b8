"""English wire copy built on military and official statements (session 28, en28): IDF, CENTCOM and Pentagon, the
Iraqi security media cell, SANA, the Ukrainian air force.  A bare "overnight" counts from the statement's own day
("said on Tuesday that jets struck X overnight" is Monday night); the army's object of "killed"/"eliminated" is its
toll even after a verb of saying; weapons struck on the ground or launchers are targets, not projectiles fired; a
tally since a start told on a statement's day is no incident; the Gulf of Aden is the gulf, not the port city."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def _one(text):
    [event] = events_of(text, "en", PUBLISHED)
    return event


# --- the night before the statement's day, not before publication --------------------------------------------------
@pytest.mark.parametrize("text, first, last", [
    ("The Israeli military said on Tuesday that fighter jets struck a Hezbollah weapons depot in Nabatieh overnight.",
     11, 12),
    ("Russia attacked the Kharkiv region overnight with 31 drones and four missiles, the Ukrainian air force said on "
     "Sunday.", 9, 10),
    ("The Ukrainian air force said on Monday a Russian missile struck Odesa overnight, killing two people.", 10, 11),
])
def test_overnight_counts_from_the_day_the_statement_was_made(text, first, last):
    event = _one(text)
    assert (event.date.earliest, event.date.latest) == (dt.date(2024, 3, first), dt.date(2024, 3, last))
    # (a weekday of the strike's own, "struck X on Monday", is no statement's)
    days = {e.place_name: (e.date.earliest, e.date.latest) for e in events_of(
        "Israeli jets struck Khiam on Monday and Aitaroun overnight, the army said.", "en", PUBLISHED)}
    assert days.get("Khiam") == (dt.date(2024, 3, 11), dt.date(2024, 3, 11)), days


# --- the army's own toll after a verb of saying ------------------------------------------------------------------------
@pytest.mark.parametrize("text, killed", [
    ("The IDF said it killed a senior Hamas commander in a strike in Rafah on Tuesday.", 1),
    ("The IDF said a strike killed a senior Hamas commander in Rafah on Tuesday.", 1),
    ("The IDF said it eliminated two terrorists in a strike in Rafah on Tuesday.", 2),
    ("The IDF said it eliminated a terrorist in a strike in Bint Jbeil.", 1),
    ("Two Hezbollah operatives were eliminated in a strike in Khiam on Tuesday, the army said.", 2),
])
def test_the_object_of_the_armys_killing_is_its_toll(text, killed):
    assert _one(text).killed.best == killed
    # (no toll from things eliminated, nor from a witness quoted)
    assert _one("The army said it eliminated two rocket launchers in a strike in Khiam on Tuesday.").killed.best is None
    assert _one('"I saw it hit the house," said one wounded man in Rafah after the strike on Tuesday.').killed.best \
        is None


# --- weapons struck are targets ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("The army said it struck two rocket launchers in Khiam on Tuesday.", "attack"),
    ("U.S. forces struck three Houthi anti-ship missiles in Hodeidah on Tuesday.", "attack"),
    ("U.S. forces conducted self-defense strikes on two Houthi anti-ship missiles in Hodeidah on Tuesday, CENTCOM said.",
     "airstrike"),
    ("U.S. forces destroyed four Houthi drones on the ground in Hodeidah on Tuesday.", None),
    ("Israeli jets struck a rocket launcher in Khiam on Tuesday, the army said.", "airstrike"),
])
def test_weapons_struck_before_launch_are_no_count_of_projectiles(text, kind):
    event = _one(text)
    assert event.count.best is None
    if kind is not None:
        assert event.event_type == kind
    # (projectiles fired keep their count)
    assert _one("The Israeli army said Hezbollah fired about 30 rockets at Kiryat Shmona on Wednesday.").count.best == 30
    assert _one("Ukrainian air defences destroyed all 15 drones launched by Russia at the Mykolaiv region overnight, "
                "the air force said.").count.best == 15


# --- a tally since a start, told on a statement's day --------------------------------------------------------------------
def test_a_tally_since_a_start_told_on_a_statement_day_is_no_incident():
    assert events_of("The IDF said on Monday it has struck more than 3,000 targets in Lebanon since October.", "en",
                     PUBLISHED) == []
    assert _one("The Pentagon said on Tuesday that a drone attacked U.S. forces at Tanf, the first such attack since "
                "February.").date.earliest == dt.date(2024, 3, 12)


# --- the Gulf of Aden ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("A Houthi missile struck a vessel in the Gulf of Aden on Tuesday.", "en"),
    ("Un missile houthi a frappé un navire dans le golfe d'Aden mardi.", "fr"),
])
def test_the_gulf_of_aden_is_not_aden(text, lang):
    [event] = events_of(text, lang, PUBLISHED)
    assert event.place_name == "Gulf of Aden"
    assert event.place is None or event.place.name != "Aden"


# --- a nationality before "base" owns the base ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, town", [
    ("Hezbollah fired rockets at an Israeli base in Meron on Tuesday.", "Meron"),
    ("Hezbollah said it targeted an Israeli base in Kiryat Shmona with rockets on Tuesday.", "Kiryat Shmona"),
    ("Rockets hit an Israeli base near Safed on Tuesday.", "Safed"),
])
def test_a_nationality_before_base_is_its_owner_not_the_place(text, town):
    event = _one(text)
    assert event.place_name == town and event.place is not None
