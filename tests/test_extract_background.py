"""Background told inside long reports is not an event; each rule in wording unlike the evaluation sets."""
import datetime as dt
import functools

import factories
from factories import targets, values

PUB = dt.date(2022, 6, 9)  # a Thursday
frames_of = functools.partial(factories.frames_of, published=PUB)


def test_a_month_dated_recollection_with_an_older_day_is_history_after_the_lead_incident():
    # the month ends after the last incident told (20 May) but before the newest one (Wednesday)
    text = ("Rockets struck the Harir base in Erbil province on Wednesday, officials said.\n\n"
            "On 20 May, a drone had hit a checkpoint near Sinjar, killing one guard.\n\n"
            "Four rockets had hit Kirkuk airport in May, weeks after the floods of 12 March, killing two workers.")
    assert targets(frames_of(text)) == ["Harir", "Sinjar"]
    fr = ("Des roquettes ont frappé mercredi la base de Harir.\n\n"
          "Le 20 mai, un drone avait visé un poste près de Sinjar.\n\n"
          "L'aéroport de Kirkouk avait été touché par trois roquettes en mai, après les crues du 12 mars, "
          "tuant deux ouvriers.")
    assert targets(frames_of(fr, "fr")) == ["Harir", "Sinjar"]


def test_a_past_year_used_as_an_adjective_dates_a_strike_as_history():
    text = ("Two drones hit a refinery in Baiji on Tuesday, the oil ministry said.\n\n"
            "A 2017 attack on Haditha dam, blamed on militants, cut power for a week.")
    assert targets(frames_of(text)) == ["Baiji"]
    # a number of things is not a year: "2015 rockets" keeps its incident
    assert targets(frames_of("Militants fired 2015 rockets at Sderot on Tuesday.")) == ["Sderot"]


def test_wanted_or_threatened_strikes_are_no_incident():
    text = ("A rocket hit the Victory base near Baghdad airport on Monday, wounding two contractors.\n\n"
            "On Wednesday, lawmakers urged strikes on Albu Kamal in retaliation.\n\n"
            "The attack increased pressure on the prime minister to strike Qaim, with others calling for raids "
            "inside Syria.")
    frames = frames_of(text)
    assert targets(frames) == ["Victory"]
    assert values(frames[0], "injured") == [2]


def test_menaces_de_frappes_ne_sont_pas_des_frappes():
    text = ("Un drone a frappé mardi la base de Harir, dans la province d'Erbil, sans faire de victimes.\n\n"
            "Des députés ont appelé à des frappes contre Albou Kamal, et le ministre a menacé de bombarder Mayadine.")
    assert targets(frames_of(text, "fr")) == ["Harir"]


def test_a_seat_or_the_setting_of_a_war_is_not_where_a_strike_fell():
    text = ("Missiles struck an arms depot near Hama on Wednesday.\n\n"
            "A monitor based in Britain said the strikes also destroyed radars, amid the war in Lebanon.")
    assert targets(frames_of(text)) == ["Hama"]
    fr = ("Des missiles ont visé mercredi un dépôt près de Hama.\n\nUne ONG basée au Royaume-Uni a précisé que "
          "les frappes avaient détruit des radars, sur fond de guerre entre Israël et le Hezbollah au Liban.")
    assert targets(frames_of(fr, "fr")) == ["Hama"]


def test_an_air_power_firing_missiles_strikes_from_the_air_but_ballistic_missiles_are_a_missile_attack():
    en = frames_of("Turkish missiles hit positions near Kobani on Tuesday, a monitor said.")
    assert values(en[0], "event_type") == ["airstrike"]
    fr = frames_of("Des avions de combat ont tiré mardi des missiles sur un dépôt près de Palmyre.", "fr")
    assert values(fr[0], "event_type") == ["airstrike"]
    iran = frames_of("Iran fired ballistic missiles at Koya on Tuesday.")
    assert values(iran[0], "event_type") == ["missile attack"]
    # the power aimed at or speaking is not the attacker
    aimed = frames_of("Militants fired missiles at American troops in Koya on Tuesday.")
    assert values(aimed[0], "event_type") == ["missile attack"]
    said = frames_of("The U.S. military said two missiles struck a base near Koya on Tuesday.")
    assert values(said[0], "event_type") == ["missile attack"]


def test_a_wave_told_country_by_country_is_one_incident_per_country():
    text = ("Les États-Unis ont frappé jeudi soir des dizaines de cibles.\n\n"
            "En Syrie, les frappes ont touché la région de Mayadine. Au moins sept combattants ont été tués.\n\n"
            "En Irak, dans la ville d'Akashat, neuf d'entre eux ont péri dans des frappes contre un dépôt.")
    frames = frames_of(text, "fr")
    assert targets(frames) == ["Mayadine", "Akashat"]
    mayadine, akashat = frames
    assert values(mayadine, "killed") == [7]
    assert values(akashat, "killed") == [9]
    # the wave's night is each country's date
    assert akashat.first("date").value == mayadine.first("date").value
    assert akashat.first("date").value.earliest == PUB


def test_of_them_counts_the_group_told_before():
    text = "Fighters were hit in Deir Hafer on Monday; at least six of them were killed, a monitor said."
    frames = frames_of(text)
    assert values(frames[0], "killed") == [6]


def test_a_nationality_adjective_is_not_a_place():
    text = ("Drones hit a port near Hodeidah on Monday.\n\n"
            "Shipping rates rose on Tuesday in European trading after the latest attacks.")
    assert targets(frames_of(text)) == ["Hodeidah"]


def test_a_motive_naming_a_war_or_bombardment_elsewhere_is_no_incident():
    text = ("Two rockets hit the Ain al-Asad base on Sunday. A little-known group claimed the attack, saying it acted "
            "in response to Washington's long support for the Saudi bombardment of Saada.")
    assert targets(frames_of(text)) == ["Ain al-Asad"]
