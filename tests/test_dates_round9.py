"""Dates, round 9: the day headings of a live report ("Saturday, 27 July", "Samedi 27 juillet", "السبت 27 تموز")
date the entries opened by a time under them; a reaction posted as an entry opens no incident.

Wording, places, days and numbers are written for these tests.
"""
import datetime as dt

import pytest

from factories import dated_frames as frames
from geo_events.dates import LiveDays, heading_day
from geo_events.extract import extract
from geo_events.models import Document

D = dt.date


# -- which lines are day headings ----------------------------------------------------------------------------

@pytest.mark.parametrize("line,lang,day", [
    ("Friday, 14 March", "en", D(2025, 3, 14)),
    ("Thursday March 13", "en", D(2025, 3, 13)),
    ("Last updated Saturday 09:40 GMT", "en", D(2025, 3, 15)),
    ("Updated Friday, 14 March 2025, 22:15 (Riyadh)", "en", D(2025, 3, 14)),
    ("Jeudi 13 mars", "fr", D(2025, 3, 13)),
    ("Mis à jour le vendredi 14 mars 2025 à 21h05", "fr", D(2025, 3, 14)),
    ("الخميس 13 آذار", "ar", D(2025, 3, 13)),
    ("آخر تحديث: الجمعة 14 مارس/آذار 2025 - 18:20 بتوقيت غرينتش", "ar", D(2025, 3, 14)),
    ("الجمعة، 14 مارس", "ar", D(2025, 3, 14)),
    ("FRIDAY, MARCH 14", "en", D(2025, 3, 14)),
])
def test_a_day_heading_gives_its_day(line, lang, day):
    assert heading_day(line, lang, D(2025, 3, 15)) == day


@pytest.mark.parametrize("line,lang", [
    ("Drones hit a depot on Friday", "en"),
    ("Funerals held on Thursday, 13 March", "en"),
    ("Des roquettes tombent sur Ashdod jeudi 13 mars", "fr"),
    ("Background", "en"),
    ("Friday, 21 March", "en"),  # after publication: not the day of anything told
    ("March 2025", "en"),  # a month is not a day
])
def test_a_line_that_tells_something_is_no_day_heading(line, lang):
    assert heading_day(line, lang, D(2025, 3, 15)) is None


@pytest.mark.parametrize("entry", [
    "6.40pm: A drone hit a warehouse in the port.",
    "10:05 a.m. - A drone hit a warehouse in the port.",
    "[21:50] A drone hit a warehouse in the port.",
    "21:50 BST - A drone hit a warehouse in the port.",
    "٢١:٥٠ - أصابت طائرة مسيرة مستودعا في الميناء.",
    "21:50 بتوقيت غرينتش - أصابت طائرة مسيرة مستودعا في الميناء.",
])
def test_entry_times_in_other_styles_take_the_heading_day(entry):
    live = LiveDays("en", D(2025, 3, 15))
    live.day_of("Thursday, 13 March", 0)
    assert live.day_of(entry, 1) == D(2025, 3, 13)


@pytest.mark.parametrize("line", ["2019 - Drones hit two oil plants.", "[2019] Drones hit two oil plants.",
                                  "12 rockets hit the base."])
def test_a_year_or_a_number_opens_no_entry(line):
    live = LiveDays("en", D(2025, 3, 15))
    live.day_of("Thursday, 13 March", 0)
    assert live.day_of(line, 1) == D(2025, 3, 15)


def test_entries_take_the_day_of_the_heading_above_them():
    live = LiveDays("en", D(2025, 3, 15))
    assert live.day_of("07:20 - Sirens sounded again.", 0) == D(2025, 3, 15)  # under no heading yet
    assert live.day_of("Friday, 14 March", 1) == D(2025, 3, 15)
    assert live.day_of("23:10 - A drone hit a warehouse.", 2) == D(2025, 3, 14)
    assert live.day_of("Police said two guards were hurt.", 2) == D(2025, 3, 14)  # the same entry
    assert live.day_of("Analysts say the campaign will go on.", 3) == D(2025, 3, 15)  # not an entry
    assert live.day_of("Saturday, 15 March", 4) == D(2025, 3, 15)
    assert live.day_of("00:35 - Another drone was shot down.", 5) == D(2025, 3, 15)  # after midnight: new day


# -- live reports -----------------------------------------------------------------------------------------

def test_an_english_live_report_dates_each_entry_by_its_heading():
    text = ("LIVE: Drones target Gulf oil facilities\n\n"
            "Updated Saturday, 15 March 2025, 10:05 (Riyadh)\n\n"
            "09:50 - A drone crashed into a storage tank at the Dammam refinery, the coalition said.\n\n"
            "Friday, 14 March\n\n"
            "22:40 - Two drones hit a pumping station in Duwadimi, starting a fire that was put out within an hour.\n\n"
            "21:15 - Witnesses heard several explosions near the station.")
    found = frames(text, "en", D(2025, 3, 15))
    by_place = {f[1]: f[2:] for f in found}
    assert by_place.get("Duwadimi") == (D(2025, 3, 14), D(2025, 3, 14)), found
    assert by_place.get("Dammam") == (D(2025, 3, 15), D(2025, 3, 15)), found
    assert len(found) == 2, found


def test_a_french_live_report_dates_each_entry_by_its_heading():
    text = ("EN DIRECT - Tirs de roquettes sur le nord d'Israël\n\n"
            "Samedi 9 novembre\n\n"
            "08h30 - Deux roquettes sont tombées sur une usine à Maalot, sans faire de victimes.\n\n"
            "Vendredi 8 novembre\n\n"
            "23h45 - Une roquette a frappé une maison à Nahariya, blessant trois personnes.")
    found = frames(text, "fr", D(2024, 11, 9))
    by_place = {f[1]: f[2:] for f in found}
    assert by_place.get("Nahariya") == (D(2024, 11, 8), D(2024, 11, 8)), found
    assert by_place.get("Maalot") == (D(2024, 11, 9), D(2024, 11, 9)), found


def test_an_arabic_live_report_dates_the_entry_by_its_heading():
    text = ("تغطية مباشرة\n\n"
            "الأربعاء 11 أيلول\n\n"
            "22:30 - سقط صاروخان على مدينة سديروت دون وقوع إصابات.")
    found = frames(text, "ar", D(2024, 9, 12))
    assert [f[2:] for f in found] == [(D(2024, 9, 11), D(2024, 9, 11))], found


def test_an_entry_after_midnight_under_a_new_heading_takes_the_new_day():
    text = ("Tuesday, 4 June\n\n"
            "21:05 - A rocket hit a school yard in Shlomi, damaging two classrooms.\n\n"
            "Wednesday, 5 June\n\n"
            "00:40 - An anti-tank missile struck a house in Avivim, injuring a man.")
    found = frames(text, "en", D(2024, 6, 5))
    by_place = {f[1]: f[2:] for f in found}
    assert by_place.get("Shlomi") == (D(2024, 6, 4), D(2024, 6, 4)), found
    assert by_place.get("Avivim") == (D(2024, 6, 5), D(2024, 6, 5)), found


def test_an_entry_under_a_heading_counts_its_relative_words_from_that_day():
    text = ("Sunday, 2 June\n\n"
            "11:20 - The fire brigade said a drone had struck a cowshed in Kfar Blum overnight.")
    found = frames(text, "en", D(2024, 6, 3))
    assert [f[2] for f in found] in ([D(2024, 6, 1)], [D(2024, 6, 2)]), found
    assert all(f[3] <= D(2024, 6, 2) for f in found), found


# -- a reaction posted as an entry ----------------------------------------------------------------------------

@pytest.mark.parametrize("entry,lang", [
    ("07:55 - The defence minister said the group \"will pay dearly for this attack\".", "en"),
    ("07:55 - Speaking in Amman, the foreign minister condemned the attack and urged restraint.", "en"),
    ("07h55 - Le mouvement dément toute responsabilité dans la frappe sur Katzrin.", "fr"),
    ("07:55 - Interior Minister Ali Haddad vowed that those behind the strike would be punished.", "en"),
    ("07h55 - Le mouvement dément toute implication dans l'attaque.", "fr"),
    ("07h55 - Le ministre de la Défense a promis que les auteurs de cette frappe le paieraient cher.", "fr"),
])
def test_a_reaction_entry_opens_no_incident(entry, lang):
    told = ("Thursday, 6 June\n\n"
            + ("23:10 - A rocket hit a playground in Katzrin, killing two boys."
               if lang == "en" else "23h10 - Une roquette a frappé une aire de jeux à Katzrin, tuant deux garçons."))
    text = "Friday, 7 June\n\n" + entry + "\n\n" + told
    found = frames(text, lang, D(2024, 6, 7))
    assert [(f[1], f[2]) for f in found] == [("Katzrin", D(2024, 6, 6))], found


# -- a country after an agent ---------------------------------------------------------------------------------

def launches(text, published=D(2024, 2, 6)):
    return [f.first("launch").value.name if f.first("launch") else None
            for f in extract(Document("round9", text, "en", published))]


@pytest.mark.parametrize("text", [
    "Drones launched by Iran-backed militias from Iraq struck the Tal Baydar garrison on Monday.",
    "Rockets fired by armed groups from Syria hit an army post in Mount Dov on Sunday, wounding a soldier.",
])
def test_a_country_after_an_agent_is_not_the_launch_point(text):
    found = launches(text)
    assert found and not any(name in ("Iraq", "Syria") for name in found), found


@pytest.mark.parametrize("text,place", [
    ("Six rockets fired by a militia from Latifiya struck near the Bashur base on Monday.", "Latifiya"),
    ("Rockets launched from Iraq hit a base in Qasrak on Monday, the coalition said.", "Iraq"),
])
def test_a_town_after_an_agent_or_a_country_after_the_verb_is_the_launch_point(text, place):
    assert place in launches(text)


@pytest.mark.parametrize("entry,lang,day", [
    ("07:55 - The army said a second rocket hit an orchard near Katzrin, a day after the deadly strike.", "en",
     D(2024, 6, 7)),
    ("07h55 - L'armée a condamné une nouvelle attaque : une roquette est tombée sur un verger de Katzrin.", "fr",
     D(2024, 6, 7)),
])
def test_an_entry_that_tells_an_attack_beside_a_reaction_keeps_its_day(entry, lang, day):
    from geo_events.dates import find_dates
    found = [m.span.earliest for m in find_dates(entry, lang, D(2024, 6, 7)) if m.span]
    assert day in found
