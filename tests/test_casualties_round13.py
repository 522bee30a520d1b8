"""Killed and injured figures (round 13); each rule in wording, places and numbers unlike the evaluation sets."""
import pytest

from geo_events.casualties import _casualties


# An active verb of killing or wounding counts its object whatever the noun: a determiner or number and the
# noun it opens ("a shepherd", "one farmer", "un berger"), not a list of victim words.

@pytest.mark.parametrize("text,lang,which,expected", [
    ("Militants fired mortars at the hamlet, killing a shepherd.", "en", "killed", [(1, None)]),
    ("The shell killed one farmer near the irrigation canal.", "en", "killed", [(1, None)]),
    ("The blast killed three beekeepers in the hills, the mayor said.", "en", "killed", [(3, None)]),
    ("The rocket wounded a schoolteacher and his daughter on Tuesday.", "en", "injured", [(2, None)]),
    ("Un obus est tombé sur le hameau, tuant un berger.", "fr", "killed", [(1, None)]),
    ("La frappe a tué deux apiculteurs près du village.", "fr", "killed", [(2, None)]),
    ("Le tir de roquette a blessé une fillette de onze ans.", "fr", "injured", [(1, None)]),
    ("The strike killed a senior commander of the group, officials said.", "en", "killed", [(1, None)]),
])
def test_an_active_verb_counts_its_object_whatever_the_noun(text, lang, which, expected):
    assert _casualties(text, lang, which) == expected


@pytest.mark.parametrize("text,lang,which", [
    ("He was killed a day later in hospital.", "en", "killed"),  # a passive verb has no object
    ("The barrage killed a number of villagers.", "en", "killed"),  # a vague quantity
    ("The drone strike killed two cows grazing by the road.", "en", "killed"),  # not people
    ("Il a été blessé une semaine plus tard.", "fr", "injured"),
    ("Les bombardements ont tué plusieurs moutons.", "fr", "killed"),
])
def test_no_count_where_the_object_is_no_victim_or_the_verb_is_passive(text, lang, which):
    assert _casualties(text, lang, which) == []


# An article opening a phrase with a number ("an estimated 20", "a total of 12") is not a count of one.

@pytest.mark.parametrize("text,expected", [
    ("The explosion killed an estimated 35 people at the fuel market.", [(35, "about")]),
    ("Saturday's shelling killed a total of 14 soldiers, the army said.", [(14, None)]),
])
def test_an_article_before_a_number_is_not_one(text, expected):
    assert _casualties(text, "en", "killed") == expected


# The subject of a passive or intransitive verb of dying or being hurt, whatever its noun and however it is
# qualified (an of-phrase, an acronym in brackets, an apposition between commas).

@pytest.mark.parametrize("text,lang,which,expected", [
    ("A shepherd was killed in the shelling near the border.", "en", "killed", [(1, None)]),
    ("Two engineers of the state power company were injured.", "en", "injured", [(2, None)]),
    ("Three members of the Kurdistan Workers' Party (PKK) were wounded, a security source said.", "en", "injured",
     [(3, None)]),
    ("An adviser to the defence ministry, a veteran of the 2006 war, was killed in the raid.", "en", "killed",
     [(1, None)]),
    ("Trois ingénieurs de la compagnie d'électricité ont été blessés.", "fr", "injured", [(3, None)]),
    ("Quatre membres des Unités de protection du peuple (YPG), alliées de la coalition, ont été blessés, selon l'ONG.",
     "fr", "injured", [(4, None)]),
    ("La veille, mardi, un officier de la police des frontières, un vétéran du corps, avait péri dans un bombardement.",
     "fr", "killed", [(1, None)]),
])
def test_the_subject_of_a_passive_verb_is_the_victim_whatever_the_noun(text, lang, which, expected):
    assert _casualties(text, lang, which) == expected


@pytest.mark.parametrize("text,lang,which", [
    ("A number of farmers were hurt.", "en", "injured"),  # vague
    ("Plusieurs moutons ont été tués.", "fr", "killed"),  # not people
])
def test_no_count_from_a_vague_or_non_human_subject(text, lang, which):
    assert _casualties(text, lang, which) == []
