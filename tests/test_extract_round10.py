"""Incident boundaries and facts (round 10); each rule in wording and places unlike the evaluation sets."""
from factories import frames_of, targets, values


def test_an_old_incident_retold_after_the_latest_in_a_string_is_history():
    text = ("Three rockets hit an army depot in Kirkuk on Wednesday, wounding two guards, police said. It was the "
            "latest in a long series of attacks on the province.\n\n"
            "On April 18, a drone crashed into a warehouse in Tikrit, wounding four workers, while another "
            "fell near a water plant in Samarra.")
    frames = frames_of(text)
    assert targets(frames) == ["Kirkuk"]
    assert values(frames[0], "injured") == [2]


def test_an_old_incident_given_as_an_example_of_a_tally_is_history():
    text = ("Three rockets hit an army depot in Kirkuk on Wednesday, police said.\n\n"
            "The army has struck back several times, including an air strike in Hawija on April 2 that killed "
            "a local commander.")
    frames = frames_of(text)
    assert targets(frames) == ["Kirkuk"]


def test_a_plain_chronology_of_dated_incidents_keeps_each_as_an_event():
    text = ("Three rockets hit an army depot in Kirkuk on Wednesday, police said.\n\n"
            "On April 18, a drone crashed into a warehouse in Tikrit, wounding four workers.")
    frames = frames_of(text)
    assert sorted(targets(frames)) == ["Kirkuk", "Tikrit"]


def test_the_earlier_days_of_one_week_stay_events_after_a_recap_too():
    text = ("Two drones struck a fuel depot in Kirkuk on Wednesday, police said. It was the latest in a string "
            "of attacks.\n\nOn May 4, a rocket hit a checkpoint in Tikrit, wounding a soldier.")
    frames = frames_of(text)
    assert sorted(targets(frames)) == ["Kirkuk", "Tikrit"]


def test_an_incident_in_french_weeks_earlier_after_a_recap_is_history():
    text = ("Deux roquettes ont frappé mercredi une base à Kirkouk, sans faire de victimes. Il s'agit de la "
            "dernière d'une longue série d'attaques.\n\n"
            "Le 12 avril, un drone s'était écrasé sur un entrepôt à Tikrit, blessant trois ouvriers.")
    frames = frames_of(text, "fr")
    assert targets(frames) == ["Kirkouk"]


def test_the_motive_of_a_vow_of_revenge_is_no_new_incident():
    text = ("Four missiles struck a camp near Mosul on Wednesday, the army said. The group had vowed revenge "
            "after three of its commanders were killed in an air strike near Aleppo on Saturday.")
    frames = frames_of(text)
    assert targets(frames) == ["Mosul"]


def test_the_motive_of_a_french_promise_of_revenge_is_no_new_incident():
    text = ("Quatre missiles ont frappé mercredi un camp près de Mossoul, selon l'armée. Le groupe avait promis "
            "de se venger après la mort de trois commandants dans une frappe aérienne près d'Alep samedi.")
    frames = frames_of(text, "fr")
    assert targets(frames) == ["Mossoul"]


def test_a_news_agency_credit_line_names_no_place_hit():
    text = ("Two rockets hit a military airfield near Mosul on Wednesday, the army said.\n\n"
            "(Reporting by Jane Roe in Mosul and John Doe in Basra; Editing by Ann Poe)")
    frames = frames_of(text)
    assert targets(frames) == ["Mosul"]


def test_where_a_speaker_sits_is_not_where_the_attack_happened():
    text = ("Six drones were fired at an oil field near Kirkuk on Wednesday. A security official in Basra said "
            "they had been launched from the south; another official said the launchers were never found.")
    frames = frames_of(text)
    assert targets(frames) == ["Kirkuk"]


def test_a_wound_reported_by_a_speaker_is_counted():
    text = ("A rocket hit a market in Kirkuk on Wednesday. The provincial governor said one child was wounded "
            "and that nobody was killed.")
    frames = frames_of(text)
    assert len(frames) == 1
    assert values(frames[0], "injured") == [1]
    assert values(frames[0], "killed") == [0]


def test_a_wounded_witness_quoted_is_not_the_toll():
    text = ("Rockets hit a market in Kirkuk on Wednesday. \"The ground shook,\" said one wounded man.")
    frames = frames_of(text)
    assert values(frames[0], "injured") == []


def test_members_of_an_organisation_named_with_a_possessive_are_no_place():
    text = ("An air strike destroyed a house in the Bab Tuma district of Homs on Wednesday, killing four members "
            "of Syria's Fourth Division, a monitor said.")
    frames = frames_of(text)
    assert len(frames) == 1
    assert "Division" not in frames[0].first("target").value.name


def test_an_earlier_attack_an_actor_is_blamed_for_is_no_new_incident():
    text = ("Drones struck a police station in Kirkuk on Wednesday, wounding three officers.\n\n"
            "The militia, which Baghdad blames for last Saturday's rocket attack on the Mosul airport, denied any role.")
    frames = frames_of(text)
    assert targets(frames) == ["Kirkuk"]


def test_a_blame_for_the_attack_being_told_still_adds_to_it():
    text = ("Drones struck a police station in Kirkuk on Wednesday, wounding three officers. Officials blamed "
            "an Iran-aligned militia for the attack.")
    frames = frames_of(text)
    assert targets(frames) == ["Kirkuk"]
    assert values(frames[0], "injured") == [3]
