"""Killed, injured and projectile counts (round 18); wording, places and numbers unlike the sets."""
import pytest

from factories import frames_of, values
from geo_events.casualties import _casualties
from geo_events.extract import _count, split_sentences


def _tolls(frames):
    """(target, killed values, injured values) of each frame."""
    return [(f.first("target").value.name if f.first("target") else None, values(f, "killed"), values(f, "injured"))
            for f in frames]


def _toll_of(frames, name):
    hit = [f for f in frames if f.first("target") is not None and f.first("target").value.name == name]
    assert hit, f"no frame at {name}: {_tolls(frames)}"
    return sorted(v for f in hit for v in values(f, "killed")), sorted(v for f in hit for v in values(f, "injured"))


# 1. A toll told in the pluperfect of a report after the current one is the earlier figure, not a second toll.

@pytest.mark.parametrize("text,lang,place,killed", [
    ("The toll from Thursday's missile strike on Sinjar has risen to 17 dead, the health ministry said on Friday. "
     "On Thursday evening, officials had reported at least 11 dead.", "en", "Sinjar", [17]),
    ("Le bilan de la frappe de drone menée lundi contre Tal Afar s'est alourdi à 8 morts, selon la préfecture. "
     "Lundi soir, les secours avaient fait état d'au moins cinq morts.", "fr", "Tal Afar", [8]),
])
def test_an_earlier_report_does_not_replace_the_revised_toll(text, lang, place, killed):
    assert _toll_of(frames_of(text, lang), place)[0] == killed


@pytest.mark.parametrize("text,lang", [
    # "had killed" tells an attack, not a report of a toll: the figure stands
    ("A rocket fired at Baiji on Monday had killed four guards at the checkpoint.", "en"),
    ("Une roquette tirée lundi sur Baiji avait tué quatre gardes au poste.", "fr"),
])
def test_a_pluperfect_attack_keeps_its_toll(text, lang):
    assert _toll_of(frames_of(text, lang), "Baiji")[0] == [4]


# 2. "No other injuries were reported", "aucun autre blessé": the zero of the other figure, beside a stated death.

@pytest.mark.parametrize("text,lang,place", [
    ("Rockets struck the Turkish outpost at Bamerni on Sunday, killing a soldier. No other injuries were reported.",
     "en", "Bamerni"),
    ("Des roquettes ont frappé dimanche le poste turc de Bamerni, tuant un soldat. Aucun autre blessé n'a été signalé.",
     "fr", "Bamerni"),
])
def test_no_other_injuries_is_zero_injured_beside_the_dead(text, lang, place):
    assert _toll_of(frames_of(text, lang), place) == ([1], [0])


def test_no_other_injuries_does_not_erase_stated_wounded():
    text = ("A drone hit a depot in Rabia on Monday, wounding three workers. No other casualties were reported.")
    assert _toll_of(frames_of(text, "en"), "Rabia")[1] == [3]


# 3. The object of an active "treated ... for wounds" is the injured.

@pytest.mark.parametrize("text,lang,n", [
    ("Paramedics said they treated a woman in her 40s for shrapnel wounds.", "en", 1),
    ("Medics treated three teenagers for minor injuries after the rocket fell.", "en", 3),
    ("Les secouristes ont soigné deux personnes pour des blessures légères.", "fr", 2),
])
def test_treated_for_wounds_counts_the_injured(text, lang, n):
    assert _casualties(text, lang, "injured") == [(n, None)]


@pytest.mark.parametrize("text", [
    "Paramedics treated four people for shock after the sirens.",  # shock is no wound
    "Doctors treated the wounds of the driver.",
])
def test_treated_without_a_wounded_object_counts_nothing(text):
    assert _casualties(text, "en", "injured") == []


# 4. "several" is no figure of victims (the annotators leave it null); a stated figure beside it stands.

@pytest.mark.parametrize("text,lang,killed,injured", [
    ("A shell hit a school, killing four pupils and wounding several others.", "en", [(4, None)], []),
    ("Several soldiers were hurt when the mortar round landed.", "en", [], []),
    ("Plusieurs civils ont été blessés et trois tués dans le bombardement.", "fr", [(3, None)], []),
])
def test_several_is_no_figure(text, lang, killed, injured):
    assert _casualties(text, lang, "killed") == killed
    assert _casualties(text, lang, "injured") == injured


# 5. A present-perfect tally over a series of attacks is no one incident's toll (pooled).

@pytest.mark.parametrize("text,which,n", [
    ("In all, some 40 contractors have suffered light injuries in these attacks, officials say.",
     "injured", 40),
    ("At least 9 guards have been killed in the strikes since May.", "killed", 9),
])
def test_a_perfect_tally_over_attacks_is_pooled(text, which, n):
    assert _casualties(text, "en", which) == [(n, "pooled")]


def test_a_past_toll_of_those_strikes_is_not_pooled():
    assert _casualties("Six fighters were killed in those strikes, the group said.", "en", "killed") == [(6, None)]


# 7. The revised toll's day ("rose to five on Wednesday") is not the incident's day.

def test_the_number_killed_rose_on_a_later_day():
    text = ("The number of police officers killed when a car bomb hit a checkpoint near Tuz Khurmatu rose to seven "
            "on Thursday, officials said.")
    frames = frames_of(text, "en")
    dates = [f.first("date").value for f in frames if f.first("date")]
    assert all(d.precision != "day" or d.earliest.isoweekday() != 4 for d in dates), dates


# 8. Counts: "launches" counts projectiles; a collective noun before a singular weapon name is not one.

@pytest.mark.parametrize("text,lang,expected", [
    ("The army said some 15 launches were detected from the south.", "en", (15, "about", False)),
    ("L'armée a recensé une vingtaine de lancements depuis le sud.", "fr", (20, "about", False)),
])
def test_launches_are_counted(text, lang, expected):
    assert _count(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ('The militia said it fired "a volley of Grad" at the airbase.', "en"),
    ("Le groupe a revendiqué une salve de Katioucha contre la base.", "fr"),
])
def test_a_collective_before_a_singular_name_is_not_one(text, lang):
    assert _count(text, lang) is None


def test_a_single_named_rocket_is_still_one():
    assert _count("A Grad rocket hit the roof of the barracks.", "en") == (1, None, False)


# 9. "p.m. Mosul time" closes no sentence: the date before it stays with the incident after it.

@pytest.mark.parametrize("text,n", [
    ("It said that on Friday, Feb. 2, at about 6:10 p.m. Mosul time, a rocket hit the base.", 1),
    ("The blast came at 9 a.m. GMT on Friday. Later, rockets fell on the port.", 2),
    ("The attack began at 11 p.m. Officials said two died.", 2),
])
def test_clock_zone_is_not_a_sentence_end(text, n):
    assert len(split_sentences(text)) == n
