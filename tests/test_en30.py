"""English wire copy, session 30 (en30): Lebanon, Gaza, Syria, Iraq (invented items, modelled on Reuters/AP copy).

- "shelled the area near X from which the rockets were fired at Y": two incidents, the strike on X and the salvo on Y,
  whose launch site is X (the relative clause, read with the strike, typed it as the salvo and lost Y); with no aim
  of its own ("from which the rockets were fired") the relative is blanked: the strike keeps its own kind.
- "another strike hit the same town, killing one": the toll adds to the first strike's on that town that day.
- "near a faction's headquarters in X": a building in the town X, not a base named X.
- Ras al-Ain (al-Hasakah, Syria) and Taybeh (Marjayoun, Lebanon): names whose namesakes (Rosh HaAyin, Ceylanpınar;
  Tayibe in Israel) won or left them unresolved.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


def _by_place(text):
    return {e.place.name: e for e in events_of(text, "en", P) if e.place is not None}


@pytest.mark.parametrize("text, struck, salvo, kind", [
    ("Israeli artillery shelled the area near Aita al-Shaab from which the rockets were fired at Kiryat Shmona.",
     "Aïta ech Chaab", "Qiryat Shmona", "rocket attack"),
    ("Israeli jets struck the launch site near Yaroun from which the missiles were launched toward Metula.",
     "Yaroun", "Metula", "missile attack"),
])
def test_a_relative_clause_tells_the_salvo_the_strike_answered(text, struck, salvo, kind):
    evs = _by_place(text)
    assert set(evs) == {struck, salvo}
    assert evs[salvo].event_type == kind
    assert evs[struck].event_type != kind
    assert evs[salvo].launch is not None and evs[salvo].launch.name in text


def test_a_relative_clause_with_no_aim_does_not_retell_the_salvo():
    evs = _by_place("Hezbollah fired a barrage of rockets at Kiryat Shmona on Tuesday. Israeli artillery then shelled "
                    "the area near Aita al-Shaab from which the rockets were fired.")
    assert set(evs) == {"Qiryat Shmona", "Aïta ech Chaab"}
    assert evs["Aïta ech Chaab"].event_type != "rocket attack"
    assert evs["Qiryat Shmona"].launch is not None and evs["Qiryat Shmona"].launch.name == "Aita al-Shaab"


@pytest.mark.parametrize("text, place, killed", [
    ("A drone struck a car in Bint Jbeil on Wednesday, killing two. Hours later, another strike hit the same town, "
     "killing one.", "Bent Jbaïl", 3),
    ("A drone struck a motorcycle in Nabatieh, killing one person. Later, another drone strike hit the town, killing "
     "two.", "Nabatieh", 3),
    ("Israeli strikes killed 15 people in Rafah overnight. Hours later, another strike on a house in the city killed "
     "four.", "Rafaḩ", 19),
])
def test_the_toll_of_another_strike_on_the_same_town_adds_up(text, place, killed):
    evs = events_of(text, "en", P)
    assert [e.place.name for e in evs] == [place]
    assert evs[0].killed.best == killed


@pytest.mark.parametrize("text, place, country", [
    ("A car bomb exploded near a faction's headquarters in al-Bab, killing three fighters.", "Al Bāb", "SY"),
    ("A car bomb exploded near a market in Ras al-Ain, killing five people.", "Ra’s al ‘Ayn", "SY"),
])
def test_a_syrian_town_named_by_a_building_or_a_namesake(text, place, country):
    evs = events_of(text, "en", P)
    assert len(evs) == 1 and evs[0].place is not None
    assert (evs[0].place.name, evs[0].place.country) == (place, country)


def test_both_towns_of_strikes_on_the_towns_of_x_and_y():
    evs = _by_place("Israeli strikes on the towns of Khiam and Taybeh killed three people.")
    assert set(evs) == {"El Khiyam", "Et Taïbé"}
    assert evs["Et Taïbé"].place.country == "LB"
