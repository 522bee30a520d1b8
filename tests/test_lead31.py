"""Session 29, the lead's own probes (invented sentences, no set's text): launches told after the impact.

* A relative clause on a place that tells what the place has long been ("launched from Sanaa, which the group has
  held since 2014", "a market in Afrin, held by Turkish-backed factions since 2018", "Afrine, contrôlée par des
  factions pro-turques depuis 2018") makes the clause neither generic nor history: its launch, count and toll stay.
* "the so-called X" doubts a group's name: the name after it is no place called so, and no target.
* "-ern" before a name or a bank is the part of a place ("on the eastern bank of the Euphrates"), no bearing of the
  launch from the target; and a launch site named later replaces a bearing told first.
* "repeated attacks on X" is a habit, not one attack.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of, one_event

P = dt.date(2024, 3, 15)


@pytest.mark.parametrize("text, lang, launch", [
    ("Saudi air defences intercepted a drone fired by the Houthis towards Najran early on Sunday. The drone was "
     "launched from Sanaa, which the group has held since late 2014, the coalition said.", "en", "Sanaa"),
    ("Saudi air defences intercepted a drone fired by the Houthis towards Najran early on Sunday. The drone was "
     "launched from Sanaa, which the group has held since 2014.", "en", "Sanaa"),
])
def test_a_launch_site_with_its_history_in_a_relative_is_kept(text, lang, launch):
    event = one_event(text, lang, P)
    assert event.launch is not None and event.launch.name == launch


@pytest.mark.parametrize("text, lang, count, killed", [
    ("A drone struck a market in Afrin, held by Turkish-backed factions since 2018, on Monday, killing four people.",
     "en", 1, 4),
    ("Un drone a frappé lundi un marché d'Afrine, contrôlée par des factions pro-turques depuis 2018, tuant quatre "
     "civils.", "fr", 1, 4),
    ("Three rockets hit Ain al-Asad air base on Tuesday, a sprawling base which has been targeted repeatedly "
     "since 2020.", "en", 3, None),
])
def test_a_place_s_history_in_a_relative_leaves_the_count(text, lang, count, killed):
    event = one_event(text, lang, P)
    assert (event.count.best, event.killed.best) == (count, killed)


def test_a_history_relative_does_not_make_a_tally_generic_statement_an_event():
    assert events_of("Attacks on the base, which have multiplied since October, have forced the closure of the "
                     "runway.", "en", P) == []


@pytest.mark.parametrize("blamed", [
    '"Iranian-backed militias and the so-called National Defence Forces"',
    "the so-called National Defence Forces",
])
def test_a_so_called_group_is_no_place(blamed):
    text = ("Rockets slammed into the town of Dhiban in Deir Ezzor province late on Sunday, killing a fighter. "
            f"Four rockets were launched from Mayadin, the SDF said, blaming {blamed}.")
    event = one_event(text, "en", P)
    assert event.count.best == 4
    assert event.launch is not None and event.launch.name == "Mayadin"


def test_the_eastern_bank_of_a_river_is_no_launch_bearing():
    text = ("Rockets fired from government-held territory slammed into the town of Dhiban, on the eastern bank of "
            "the Euphrates in Deir Ezzor province, on Sunday. Four rockets were launched from Mayadin, the SDF said.")
    event = one_event(text, "en", P)
    assert event.launch is not None and event.launch.name == "Mayadin"


@pytest.mark.parametrize("text, lang, launch", [
    ("Rockets fired from the east slammed into the town of Dhiban in Deir Ezzor province late on Sunday. The rockets "
     "were launched from Mayadin, the SDF said.", "en", "Mayadin"),
    ("Three rockets fired from the south hit the K1 base near Kirkuk on Tuesday. Police said the rockets were "
     "launched from the village of Hawija.", "en", "Hawija"),
    ("Trois roquettes tirées du sud ont frappé la base K1 près de Kirkouk mardi. Selon la police, elles ont été "
     "tirées depuis Hawija.", "fr", "Hawija"),
])
def test_a_launch_site_named_after_a_bearing_replaces_it(text, lang, launch):
    event = one_event(text, lang, P)
    assert event.launch is not None and event.launch.name == launch
    assert event.launch.lat is not None


@pytest.mark.parametrize("text, lang", [
    ("An airstrike killed nine people at a market in Jisr al-Shughur on Sunday. Russia's military said its aircraft "
     "had hit positions in Idlib, including drone workshops it blamed for repeated attacks on its Hmeimim air base.",
     "en"),
    ("Une frappe aérienne a tué neuf personnes sur un marché de Jisr al-Choughour dimanche. L'armée russe a dit avoir "
     "frappé à Idleb des ateliers de drones accusés d'attaques répétées contre sa base de Hmeimim.", "fr"),
])
def test_repeated_attacks_are_a_habit_not_an_event(text, lang):
    assert [e.place.name for e in events_of(text, lang, P)] == ["Jisr ash Shughūr"]


@pytest.mark.parametrize("text, lang, launch", [
    ("Mercredi, une dizaine d'obus de mortier se sont abattus sur Tal Tamer, blessant deux enfants. D'après les FDS, "
     "les tirs sont partis des positions des factions pro-turques aux abords de Ras al-Aïn.", "fr", "Ras al-Aïn"),
    ("Ten mortar rounds fell on Tal Tamr on Wednesday. The shells were fired from positions held by Turkish-backed "
     "factions on the outskirts of Ras al-Ain, the SDF said.", "en", "Ras al-Ain"),
])
def test_a_launch_told_through_its_launch_site_reaches_the_town(text, lang, launch):
    event = one_event(text, lang, P)
    assert event.place.name == "Tall Tamr"
    assert event.launch is not None and event.launch.name == launch and event.launch.lat is not None


@pytest.mark.parametrize("text, lang, place", [
    ("Rockets were fired from southern Lebanon towards the northern Israeli town of Kiryat Shmona on Tuesday.", "en",
     "Qiryat Shmona"),
    ("Deux roquettes tirées depuis le sud du Liban dans la nuit de lundi à mardi ont frappé la ville de Kiryat Shmona.",
     "fr", "Qiryat Shmona"),
])
def test_a_far_launch_verb_leaves_the_place_aimed_at_the_target(text, lang, place):
    assert one_event(text, lang, P).place.name == place


def _launches(text, lang):
    return {e.place.name: (e.launch.name if e.launch is not None and e.launch.lat is not None else None)
            for e in events_of(text, lang, P)}


@pytest.mark.parametrize("text, lang, want", [
    ("Islamic Jihad said its fighters fired 20 rockets at Sderot and 15 rockets at Ashkelon on Friday, and mortar "
     "rounds at Nir Oz. An army spokesman said the rockets that targeted Sderot were launched from Beit Hanoun, while "
     "the Ashkelon salvo was fired from the outskirts of Beit Lahia.", "en",
     {"Sderot": "Beit Hanoun", "Ashkelon": "Beit Lahia", "Nir ‘Oz": None}),
    ("Le Jihad islamique a affirmé avoir tiré vendredi 20 roquettes sur Sdérot et 15 sur Ashkelon, ainsi que des obus "
     "de mortier sur Nir Oz. Selon un porte-parole de l'armée, les roquettes qui ont visé Sdérot ont été tirées "
     "depuis Beit Hanoun.", "fr", {"Sderot": "Beit Hanoun", "Ashkelon": None, "Nir ‘Oz": None}),
])
def test_the_launch_of_one_site_of_a_salvo_is_that_site_s(text, lang, want):
    assert _launches(text, lang) == want


@pytest.mark.parametrize("text", [
    "Two drones launched from eastern Syria struck the Tower 22 outpost in Jordan on Sunday.",
    "Rockets fired from northern Gaza hit Sderot on Tuesday, the army said.",
])
def test_the_part_of_a_named_land_is_no_bearing_from_the_target(text):
    event = one_event(text, "en", P)
    assert event.launch is not None and event.launch.direction is None
