"""EN round 31: invented wire copy (Reuters, AP, CENTCOM, SANA's English service) read end to end.

Each group is one general shape the tool misread before this round:

- a model designation is not a count ("a U.S. MQ-9 Reaper drone was shot down": not nine drones);
- SANA's "air aggression" is an airstrike, also as the object of "launched" ("launched an air aggression ...
  targeting X"), and "the occupied Syrian Golan" is the Golan;
- a bare "a bombing" at a checkpoint and "a roadside bombing" are a bomb set off (IED), not the air raid "bombing" is
  read as ("the Israeli bombing of X", "heavy bombing hit X" stay airstrikes; "a suicide bombing" is left as it was,
  see tests/test_en29.py);
- victims joined to the object of a verb of killing: "killed a Kurdish official and his driver" 2, "a Hezbollah
  commander and two other fighters" 3, and "was killed in ... on Tuesday, along with six other people" 7;
- a second, later strike of another kind on "the town" told just before keeps its toll at that town;
- the side aimed at before its place: "targeted Israeli troops in Metula", "the Israeli army's Metula position with
  guided missiles" is Metula, and a missile attack (the Israeli is the side hit, not an air power firing).
"""
from __future__ import annotations

import pytest

from factories import placed_near as _at
from test_resolve_round14 import gaz, read  # noqa: F401  (its skip-aware gazetteer fixture and article reader)

METULA = (33.2793, 35.5787)
NABATIEH = (33.377, 35.484)



# -- a model's designation is no count ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A U.S. MQ-9 Reaper drone was shot down over Yemen's Marib province, the Houthis said.",
    "The Houthis said they shot down a U.S. MQ-9 drone over al-Bayda province.",
])
def test_model_designation_is_no_count(gaz, text):
    evs = read(text, "en", gaz)
    assert evs and all(e.count.best != 9 for e in evs)


# -- SANA's "air aggression" -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,point", [
    ("At about 1:30 a.m., the Israeli enemy carried out an air aggression from the direction of the occupied Syrian "
     "Golan, targeting some points in the vicinity of Damascus, SANA reported.", (33.51, 36.29)),
    ("The Israeli enemy launched an air aggression from the direction of the occupied Syrian Golan targeting a "
     "building in Kafr Sousa, killing two civilians.", (33.496, 36.270)),
])
def test_air_aggression_is_an_airstrike(gaz, text, point):
    evs = _at(read(text, "en", gaz), point)
    assert [e.event_type for e in evs] == ["airstrike"]


def test_occupied_syrian_golan_is_the_golan(gaz):
    assert gaz.lookup("occupied Syrian Golan")[0].name == "Golan Heights"


# -- a bombing on the ground -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,point,killed", [
    ("A bombing at a checkpoint south of Kirkuk killed three Iraqi soldiers on Monday, police said.",
     (35.468, 44.392), 3),
    ("A roadside bombing targeted a convoy of the international coalition near Samawa on Tuesday, causing no "
     "casualties.", (31.332, 45.294), 0),
])
def test_ground_bombing_is_an_ied(gaz, text, point, killed):
    evs = _at(read(text, "en", gaz), point)
    assert [(e.event_type, e.killed.best) for e in evs] == [("IED attack", killed)]


# -- victims joined to the object of a verb of killing --------------------------------------------------------------
@pytest.mark.parametrize("text,point,killed", [
    ("A Turkish drone strike killed a Kurdish official and his driver near Qamishli on Tuesday, the SDF said.",
     (37.052, 41.231), 2),
    ("An Israeli drone strike killed a Hezbollah commander and two other fighters in the village of Majdal Selm.",
     (33.222, 35.465), 3),
    ("A senior Hamas official, Saleh al-Arouri, was killed in an Israeli drone strike in the southern Beirut suburb "
     "of Dahiyeh on Tuesday, along with six other people.", (33.852, 35.512), 7),
])
def test_joined_victims_count(gaz, text, point, killed):
    evs = _at(read(text, "en", gaz), point)
    assert [e.killed.best for e in evs] == [killed]


# -- a later strike of another kind on the town just told ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Israeli warplanes struck the town of Nabatieh on Friday, while an Israeli drone later hit a car on the outskirts "
    "of the town, killing two people.",
    "Israeli warplanes struck the town of Nabatieh on Friday. An Israeli drone later hit a car on the outskirts of "
    "the town, killing two people.",
])
def test_later_strike_on_the_town_keeps_its_toll(gaz, text):
    evs = _at(read(text, "en", gaz), NABATIEH)
    assert 2 in [e.killed.best for e in evs]
    assert "airstrike" in [e.event_type for e in evs]


# -- the side aimed at before its place -------------------------------------------------------------------------------
@pytest.mark.parametrize("text,etype", [
    ("Hezbollah said its fighters targeted the Israeli army's Metula position with guided missiles on Tuesday.",
     "missile attack"),
    ("Hezbollah said its fighters targeted the army's Metula position with guided missiles on Tuesday.",
     "missile attack"),
    ("Hezbollah said it targeted Israeli troops in Metula with guided missiles on Tuesday.", "missile attack"),
    ("Hezbollah fighters targeted Israeli soldiers in Metula with guided missiles on Tuesday.", "missile attack"),
    ("Hezbollah said it targeted a gathering of Israeli soldiers near Metula with rockets.", "rocket attack"),
])
def test_side_aimed_at_before_its_place(gaz, text, etype):
    evs = read(text, "en", gaz)
    assert [e.event_type for e in _at(evs, METULA, 3)] == [etype]
