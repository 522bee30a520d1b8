"""Killed and injured figures (round 15); each rule in wording, places and numbers unlike the evaluation sets."""
import pytest

from geo_events.casualties import _casualties
from factories import frames_of, values


# A list of victim groups, commas between them and "and"/"et" before the last, adds up.

@pytest.mark.parametrize("text,lang,which,expected", [
    ("Three firefighters, a nurse and two drivers were injured when the shell hit.", "en", "injured", [(6, None)]),
    ("Two medics, a reporter, a photographer and a guard were wounded.", "en", "injured", [(5, None)]),
    ("Trois secouristes, un ambulancier et deux journalistes ont été blessés.", "fr", "injured", [(6, None)]),
    ("Un gendarme, deux infirmières et un passant ont été tués.", "fr", "killed", [(4, None)]),
    ("The barrage killed four soldiers, a medic and a cameraman.", "en", "killed", [(6, None)]),
    ("Le tir a tué deux policiers, un pompier et un photographe.", "fr", "killed", [(4, None)]),
])
def test_a_list_of_victim_groups_adds_up(text, lang, which, expected):
    assert _casualties(text, lang, which) == expected


@pytest.mark.parametrize("text,lang,which,expected", [
    # no "and" closes the list: what follows the comma is an aside, not more victims
    ("The mortar round killed three soldiers, a spokesman said.", "en", "killed", [(3, None)]),
    # the list spells out the people first counted
    ("Five people, two women and three children, were killed.", "en", "killed", [(5, None)]),
    ("The raid killed four people, a man and his three sons.", "en", "killed", [(4, None)]),
    ("Quatre personnes, un homme et trois enfants, ont été tuées.", "fr", "killed", [(4, None)]),
])
def test_a_list_that_is_an_aside_or_spells_out_the_first_group(text, lang, which, expected):
    assert _casualties(text, lang, which) == expected


# Trades journalists name as victims, with numbers before and after the verb.

@pytest.mark.parametrize("text,lang,which,expected", [
    ("Two rescuers and a paramedic were killed in the second strike.", "en", "killed", [(3, None)]),
    ("The drone wounded three journalists and two bystanders.", "en", "injured", [(5, None)]),
    ("Deux ambulanciers et un médecin ont été blessés.", "fr", "injured", [(3, None)]),
    ("Cinq pompiers et deux passants ont péri.", "fr", "killed", [(7, None)]),
])
def test_trades_named_as_victims(text, lang, which, expected):
    assert _casualties(text, lang, which) == expected


# Each side in one sentence: killed attackers add to the dead, the wounded of the other side stay apart.

def test_attackers_killed_with_soldiers_add_up():
    frames = frames_of("A suicide drone hit a checkpoint near Tikrit on Friday, killing three policemen and "
                       "two assailants.")
    assert [values(f, "killed") for f in frames] == [[5]]


def test_killed_on_one_side_wounded_on_the_other():
    frames = frames_of("A rocket hit an outpost near Kirkuk on Tuesday. Four gunmen were killed and two "
                       "officers wounded.")
    assert [(values(f, "killed"), values(f, "injured")) for f in frames] == [([4], [2])]
