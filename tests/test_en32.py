"""EN round 32: invented wire copy (Reuters, AP, AFP English, NNA and SANA English) read end to end.

Each group is one general shape the tool misread before this round:

- a force's own verb of shelling names the guns: "Israeli forces shelled the outskirts of the village of X, the NNA
  said" is an incident told (it was dropped as a bare mention, having no day, toll or weapon noun);
- the owner's initials before a model: "a U.S. MQ-9 drone was shot down over Yemen" is one drone (the full stops of
  "U.S." broke the run of words between the article and the noun: no count, and the event was dropped);
- a known group as the subject of its deed, with no speaker in the clause: "Hezbollah fighters targeted Israeli
  soldiers in Metula" is Hezbollah's claim retold (a clause with another speaker, "..., CENTCOM said", is not);
- "It happened in the town of X on Sunday." places the incident told in the sentence before (no attack word of its own);
- "from the direction of the occupied Golan": the holder's word written apart no longer hides the launch site;
- "killing its driver and a passenger" is two (the definite one, and one more joined to it);
- "in Beirut's southern suburbs": the side of the town before its edge keeps the town (the event was dropped);
- "forces destroyed two anti-ship missiles in Yemen that were prepared to launch": weapons wrecked before launch, no
  missile attack.
"""
from __future__ import annotations

import pytest

from factories import km as _km
from factories import placed_near as _at
from test_resolve_round14 import gaz, read  # noqa: F401  (its skip-aware gazetteer fixture and article reader)

KFAR_KILA = (33.277, 35.552)
METULA = (33.2793, 35.5787)
SDEROT = (31.525, 34.597)
EILAT = (29.558, 34.948)



# -- a force that shelled: the verb names the guns ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Israeli forces shelled the outskirts of the village of Kfar Kila, the NNA said.",
    "Israeli forces shelled Kfar Kila.",
    "Israeli troops also shelled the village of Kfar Kila, Lebanon's state news agency reported.",
])
def test_forces_shelled_is_an_incident(gaz, text):
    assert _at(read(text, "en", gaz), KFAR_KILA)
    # (the passive of a place once shelled stays a bare mention)
    assert not _at(read("Kfar Kila was shelled in 2006.", "en", gaz), KFAR_KILA)


# -- "a U.S. MQ-9 drone" is one drone --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A U.S. MQ-9 drone was shot down over Yemen.",
    "A U.S. MQ-9 Reaper drone was shot down over Yemen on Tuesday, U.S. officials said.",
])
def test_owner_initials_keep_the_count(gaz, text):
    evs = read(text, "en", gaz)
    assert evs and evs[0].count.best == 1


# -- a group doing the deed, in the narrator's words ----------------------------------------------------------------
# (each with a clause of the same shape that is no claim: another speaker's account, the group as victims, a state)
@pytest.mark.parametrize("text,point,who,not_claim", [
    ("Hezbollah fighters targeted Israeli soldiers in Metula with guided missiles on Wednesday.", METULA, "Hezbollah",
     "Houthi rebels fired two anti-ship ballistic missiles into the Gulf of Aden on Saturday, CENTCOM said."),
    ("Hezbollah targeted an Israeli army post in Metula on Wednesday.", METULA, "Hezbollah",
     "Hezbollah fighters were killed in an Israeli strike on Nabatieh on Monday."),
    ("On Tuesday, Hamas's armed wing fired a barrage of rockets at Sderot.", SDEROT, "Hamas",
     "Israel struck Hezbollah targets in Nabatieh on Monday."),
    ("The Houthis launched a drone at the port of Eilat on Monday.", EILAT, "Houthis",
     "Israel struck Hezbollah targets in Nabatieh on Monday."),
])
def test_group_as_subject_claims(gaz, text, point, who, not_claim):
    evs = _at(read(text, "en", gaz), point)
    assert evs and any(who in c for e in evs for c in e.claimed_by)
    assert all(not e.claimed_by for e in read(not_claim, "en", gaz))


# -- the place told in the sentence after the toll ------------------------------------------------------------------
TAL_ABYAD = (36.696, 38.954)


@pytest.mark.parametrize("text,point,killed", [
    ("The attack killed a soldier and two civilians. It happened in the town of Tal Abyad on Sunday.", TAL_ABYAD, 3),
    ("A drone strike killed two people on Sunday. It took place near the town of Tal Abyad, the Observatory said.",
     TAL_ABYAD, 2),
])
def test_it_happened_in_places_the_incident_just_told(gaz, text, point, killed):
    evs = _at(read(text, "en", gaz), point)
    assert evs and evs[0].killed.best == killed


# -- "the occupied Golan" as a launch site --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Rockets were fired from the direction of the occupied Golan toward the vicinity of Damascus, SANA said.",
    "Rockets were fired from the occupied Golan at Damascus on Monday.",
    "An Israeli air aggression was launched from the direction of the occupied Syrian Golan targeting a building in "
    "Damascus countryside.",
])
def test_launch_from_the_occupied_golan(gaz, text):
    evs = read(text, "en", gaz)
    assert evs and evs[0].launch is not None and evs[0].launch.lat is not None \
        and _km(evs[0].launch.lat, evs[0].launch.lon, 33.0, 35.75) < 40


# -- "killing its driver and a passenger" is two ----------------------------------------------------------------------
BINT_JBEIL = (33.119, 35.433)


@pytest.mark.parametrize("text", [
    "An airstrike hit a car in the town of Bint Jbeil, killing its driver and a passenger.",
    "An airstrike hit a car in the town of Bint Jbeil, killing the driver and his son.",
])
def test_one_named_and_one_more(gaz, text):
    evs = _at(read(text, "en", gaz), BINT_JBEIL)
    assert evs and evs[0].killed.best == 2


# -- "Beirut's southern suburbs": the side of the town before its edge ------------------------------------------------
BEIRUT = (33.893, 35.502)


@pytest.mark.parametrize("text", [
    "An Israeli strike on Tuesday killed a senior Hamas official in Beirut's southern suburbs, Lebanese security sources said.",
    "An Israeli strike killed a senior Hamas official in Beirut's southern suburbs on Tuesday.",
])
def test_town_side_suburbs(gaz, text):
    evs = _at(read(text, "en", gaz), BEIRUT, tol=15)
    assert evs and evs[0].killed.best == 1


# -- weapons destroyed before launch are no attack ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "U.S. Central Command forces destroyed two anti-ship missiles in Yemen that were prepared to launch against ships "
    "in the Red Sea.",
    "U.S. forces destroyed two anti-ship missiles in Yemen that were prepared to launch against ships in the Red Sea.",
])
def test_destroyed_before_launch_is_no_attack(gaz, text):
    assert not [e for e in read(text, "en", gaz) if e.event_type == "missile attack"]
