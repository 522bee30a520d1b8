"""Missed events of EN/FR text (round 13): several sites hit, told in one sentence.

Each rule is tested in wording, places and numbers unlike the evaluation sets.
"""
import datetime as dt

from factories import day_of, frames_of, targets, values

TUESDAY = dt.date(2023, 5, 9)  # two days before EXTRACT_PUBLISHED, a Thursday


# 1. a second object hit, told by a noun phrase or a preposition of its own after "and"/"et"/"ainsi que"

def test_fr_sites_listed_with_ainsi_que_and_their_own_noun_are_each_an_event():
    text = ("Mardi, des drones ont frappé une centrale électrique à Baiji, endommageant des maisons voisines, "
            "ainsi qu'un entrepôt de carburant à Samarra et une station de pompage à Tikrit.")
    frames = frames_of(text, "fr")
    names = targets(frames)
    assert "Baiji" in names and "Tikrit" in names
    assert len(frames) == 3
    for f in frames:  # each site keeps the sentence's type and day
        assert f.first("event_type").value == "drone attack"
        assert day_of(f) == (TUESDAY, TUESDAY)


def test_en_sites_listed_with_their_own_noun_phrases_are_each_an_event():
    text = ("On Tuesday, drones struck a power station in Baiji as well as a fuel depot in Samarra "
            "and a pumping station in Tikrit, officials said.")
    frames = frames_of(text)
    names = targets(frames)
    assert {"Baiji", "Tikrit"} <= set(names)
    assert len(frames) == 3
    assert all(f.first("event_type").value == "drone attack" for f in frames)


def test_en_strikes_on_a_city_and_on_a_port_are_two_events():
    text = "Warplanes carried out strikes on Mukalla, the provincial capital, and on the port of Nishtun on Tuesday."
    frames = frames_of(text)
    assert sorted(targets(frames)) == ["Mukalla", "Nishtun"]
    assert all(day_of(f) == (TUESDAY, TUESDAY) for f in frames)
    assert all(f.first("event_type").value == "airstrike" for f in frames)


def test_fr_frappes_sur_une_ville_et_sur_un_port_are_two_events():
    text = "L'aviation a mené mardi des frappes sur Moukalla, chef-lieu de la province, et sur le port de Nishtun."
    frames = frames_of(text, "fr")
    assert len(frames) == 2
    assert all(f.first("event_type").value == "airstrike" for f in frames)


def test_en_bombing_around_one_town_and_in_another_are_two_events():
    text = "US jets bombed positions around the town of Abu Kamal and in Mayadin on Tuesday."
    assert sorted(targets(frames_of(text))) == ["Abu Kamal", "Mayadin"]


# what stays one event

def test_a_city_and_its_own_airport_stay_one_event():
    text = "Rockets struck Kirkuk and its airport on Tuesday."
    frames = frames_of(text)
    assert len(frames) == 1


def test_a_conjunct_whose_object_is_a_country_does_not_join_a_place_named_later():
    text = ("Les Gardiens ont tiré mardi des missiles sur Souleimaniyé, ville du Kurdistan, ainsi que sur "
            "l'est de la Syrie, suscitant une protestation de Bagdad.")
    frames = frames_of(text, "fr")
    assert "Bagdad" not in targets(frames)


def test_a_region_glossing_the_first_site_is_not_a_site():
    text = ("The Guards said they fired missiles late on Tuesday at what they called a spy base in Sulaymaniyah, "
            "capital of Iraq's Kurdistan region, and at positions around the town of Jisr al-Shughur.")
    frames = frames_of(text)
    assert "Kurdistan" not in targets(frames)


def test_a_toll_of_the_whole_strike_stays_off_each_site():
    text = ("Drones hit a power station in Baiji and a fuel depot in Tikrit on Tuesday, killing five people "
            "in all.")
    frames = frames_of(text)
    assert len(frames) == 2
    assert all(values(f, "killed") != [5] for f in frames)


# 2. a toll told in the clause before the words of its attack, with no incident told yet

def test_fr_a_toll_clause_before_its_attack_clause_joins_the_incident():
    text = "Deux gardes ont été tués lundi, et trois autres blessés, dans des frappes de drones contre un poste à Tal Abyad."
    frames = frames_of(text, "fr")
    assert targets(frames) == ["Tal Abyad"]
    assert values(frames[0], "killed") == [2]
    assert values(frames[0], "injured") == [3]


def test_en_a_toll_clause_before_its_attack_clause_joins_the_incident():
    text = "Four guards were killed, and six others were wounded on Tuesday when rockets struck a checkpoint near Hit."
    frames = frames_of(text)
    assert targets(frames) == ["Hit"]
    assert values(frames[0], "killed") == [4]
    assert values(frames[0], "injured") == [6]


def test_a_toll_in_a_sentence_of_its_own_does_not_join_a_later_attack():
    text = "Four guards were killed on Tuesday. Rockets struck a checkpoint near Hit."
    frames = frames_of(text)
    assert values(frames[0], "killed") == []
