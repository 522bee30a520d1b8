"""Killed and injured figures (round 14); each rule in wording, places and numbers unlike the evaluation sets."""
import pytest

from geo_events.casualties import _casualties
from factories import frames_of, values


# A toll word followed straight by "to"/"à" and a number: the figure the toll was raised or brought to.

@pytest.mark.parametrize("text,lang,which,expected", [
    ("On Wednesday the ministry raised the number of injured to 52, most with burns.", "en", "injured",
     [(52, "revised")]),
    ("Hospital officials later revised the number of dead to 17.", "en", "killed", [(17, "revised")]),
    ("La protection civile a porté le nombre de blessés à 23 dans la soirée.", "fr", "injured", [(23, "revised")]),
    ("Les autorités ont relevé le nombre de morts à 11 jeudi.", "fr", "killed", [(11, "revised")]),
])
def test_a_toll_raised_to_a_figure_is_a_revision(text, lang, which, expected):
    assert _casualties(text, lang, which) == expected


def test_a_toll_raised_to_a_distance_is_no_figure():
    assert _casualties("The army moved the number of wounded to 30 km behind the lines.", "en", "injured") == []


# An article (or French "a") before a verb of speech opens no victim group: the group is the one after it.

@pytest.mark.parametrize("text,lang,which,expected", [
    ("A police spokesman said five workers sustained serious injuries in the fire.", "en", "injured",
     [(5, None)]),
    ("A doctor at the clinic said three children were killed.", "en", "killed", [(3, None)]),
    ("Le gouverneur a indiqué que sept ouvriers avaient été blessés.", "fr", "injured", [(7, None)]),
    ("L'agence a rapporté que deux policiers ont été tués.", "fr", "killed", [(2, None)]),
])
def test_a_group_after_a_speaker_is_counted(text, lang, which, expected):
    assert _casualties(text, lang, which) == expected


# An adverb between auxiliary and participle ("ont en outre été blessées") and an aside with commas of its own
# between the victims and their verb.

@pytest.mark.parametrize("text,lang,which,expected", [
    ("D'après l'hôpital, 140 personnes ont par ailleurs été blessées.", "fr", "injured", [(140, None)]),
    ("Selon la police, douze civils ont en outre été blessés, dont trois grièvement.", "fr", "injured", [(12, None)]),
    ("Four paramedics, from Tyre, Sidon and Nabatieh, were wounded.", "en", "injured", [(4, None)]),
    ("Cinq journalistes, venus de Gaza, de Rafah et de Khan Younès, ont été blessés.", "fr", "injured", [(5, None)]),
])
def test_victims_before_an_adverb_or_an_aside(text, lang, which, expected):
    assert _casualties(text, lang, which) == expected


# A figure told, then the one it rose to in the same clause: the later one.

@pytest.mark.parametrize("text,lang,expected", [
    ("Le bilan était lundi soir de 9 morts, avant de grimper à 13 le lendemain.", "fr", [(13, "revised")]),
    ("Le bilan s'établissait à 6 morts, puis à 8 selon l'hôpital.", "fr", [(8, "revised")]),
    ("Medics first counted 11 dead, later rising to 15 by nightfall.", "en", [(15, "revised")]),
])
def test_the_figure_a_toll_rose_to_in_the_same_clause(text, lang, expected):
    assert _casualties(text, lang, "killed") == expected


def test_a_later_distance_is_no_revision():
    assert _casualties("The strike killed 4 soldiers, then to 20 km north a second blast hit.", "en",
                       "killed") == [(4, None)]


# One figure for several incidents ("in both strikes", "dans les deux raids") belongs to none of them, nor
# does a first toll told of it just after.

@pytest.mark.parametrize("text,lang", [
    ("Warplanes struck a depot near Qaim and a farm near Rawa on Sunday. A monitor said at least 12 militiamen "
     "were killed in the two strikes. An earlier toll from the monitor gave seven dead.", "en"),
    ("Des avions ont frappé lundi un dépôt près de Qousseir et une ferme près de Tall Kalakh. Une ONG a fait "
     "état de onze combattants tués dans les deux raids. Un premier bilan faisait état de cinq morts.", "fr"),
])
def test_a_total_over_several_incidents_is_given_to_none(text, lang):
    frames = frames_of(text, lang)
    assert frames
    assert all(values(f, "killed") == [] for f in frames)


def test_a_figure_of_one_of_the_incidents_still_counts():
    frames = frames_of("Warplanes struck a depot near Qaim on Sunday. A monitor said nine militiamen were "
                       "killed in the strike.")
    assert [values(f, "killed") for f in frames] == [[9]]
