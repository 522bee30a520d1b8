"""Where fire came from, as wire copy tells it (session 28 probes; all sentences invented).

- "Gaza-launched rockets", "Yemen-launched missiles": the place before the hyphen is the launch site (a group's name,
  "Hezbollah-launched", or a people's, "Syrian-fired", is none);
- "fired from X at a US base near Y", "tirées depuis X sur une caserne proche de Y": the site aimed at is told by its
  noun, so the place it lies by is the target, not a second launch site;
- "a tiré lundi des missiles depuis le village d'X": the elided article ends the words after "depuis";
- French "à partir du X", "en provenance d'Irak", "les roquettes provenaient de", "qu'elles venaient du village de X",
  "qui avait décollé de"; English "took off from", "a rocket from Gaza landed ..." (not "two drones from Iran were
  used": a "from" with no verb of what the projectiles did is a supply);
- "rockets fired by militants in X", "tirées par des combattants de la bande de Gaza": the shooters' place is the launch;
- "a missile fired by the Houthis from Yemen": a named group's "from" is its launch site;
- ", launched from positions near X": the comma's "from" still tells the launch site;
- "X a été la cible lundi de tirs": the day between "la cible" and "de".
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUB = dt.date(2024, 3, 15)


def _events(text: str, lang: str):
    return events_of(text, lang, PUB)


def _only(text: str, lang: str):
    evs = _events(text, lang)
    assert len(evs) == 1, [(e.event_type, e.place_name) for e in evs]
    return evs[0]


def _launch_name(e) -> str:
    return (e.launch.name or "") if e.launch is not None else ""


def _launch_country(e):
    return e.launch.place.country if e.launch is not None and e.launch.place is not None else None


@pytest.mark.parametrize("text, target, country", [
    ("Gaza-launched rockets struck the city of Ashdod on Tuesday, wounding three people.", "Ashdod", "PS"),
    ("Lebanon-launched drones struck an army base near Safed on Wednesday.", "Safed", "LB"),
    ("Yemen-launched missiles were intercepted over Eilat on Friday.", "Eilat", "YE"),
])
def test_a_place_hyphened_to_launched_is_the_launch_site(text, target, country):
    e = _only(text, "en")
    assert target in e.place_name
    assert _launch_country(e) == country, (e.launch, e.place_name)
    # a group's or a people's name before the hyphen tells who fired, not from where
    # and a compound before another noun than the projectiles is none either (the strike hit the cell)
    for other in ("Hezbollah-launched drones hit a base near Safed on Monday.",
                  "Two Syrian-fired rockets hit Katzrin on Monday.",
                  "Israeli jets struck a Gaza-launched rocket cell in Beit Lahia on Monday."):
        for o in _events(other, "en"):
            assert o.launch is None or o.launch.place is None, (other, o.launch)


@pytest.mark.parametrize("text, lang, target, launch", [
    ("Two rockets were fired from Dora at a US base near Baghdad airport on Monday.", "en", "Baghdad", "Dora"),
    ("Three rockets were launched from Aitaroun at an Israeli army post near Shtula on Thursday.", "en", "Shtula",
     "Aitaroun"),
    ("Two rockets were fired from the al-Jurf area at a US base near Baghdad airport on Monday.", "en", "Baghdad",
     "al-Jurf"),
    ("Deux roquettes tirées depuis Aitaroun sur une caserne proche de Shtula ont fait des dégâts lundi.", "fr", "Shtula",
     "Aitaroun"),
])
def test_the_place_of_a_site_aimed_at_after_the_launch_site_is_the_target(text, lang, target, launch):
    e = _only(text, lang)
    assert target in e.place_name, e.place_name
    assert launch in _launch_name(e) and e.launch.lat is not None, e.launch


def test_a_field_on_the_outskirts_keeps_the_town_the_launch_site():
    # the site noun is what makes the place after "at" the target: with none ("on the outskirts of"), the town named
    # is where the field lies, the launch site
    e = _events("Rockets fired from an orchard on the outskirts of Baghdadi hit the Ain al-Asad base on Monday.", "en")[0]
    assert "Ain al-Asad" in e.place_name and _launch_name(e) == "Baghdadi"
    e = _only("Two rockets were fired from Dora at a US base near Baghdad airport on Monday.", "en")
    assert _launch_name(e) == "Dora"


@pytest.mark.parametrize("text, target, launch", [
    ("Le Hezbollah a tiré lundi des missiles guidés depuis le village d'Aitaroun contre une position israélienne à "
     "Avivim.", "Avivim", "Aitaroun"),
    ("Des roquettes ont été tirées lundi vers Kiryat Shmona à partir du Sud-Liban, selon l'armée.", "Kiryat Shmona",
     "Sud-Liban"),
    ("Les roquettes ont frappé lundi la zone verte. Selon la police, elles provenaient de la région de Zafaraniya.",
     "Green Zone", "Zafaraniya"),
    ("Trois roquettes ont frappé jeudi la base d'Ain al-Asad. Selon la police, elles provenaient du village de "
     "Baghdadi.", "Ain al-Asad", "Baghdadi"),
    ("Deux roquettes ont été tirées vers Shlomi, selon l'armée, qui a précisé qu'elles venaient du village libanais "
     "d'Alma al-Chaab.", "Shlomi", "Alma"),
    ("Le drone, qui avait décollé de la région de Makhmour, s'est écrasé mercredi sur l'aéroport d'Erbil.", "Erbil",
     "Makhmour"),
])
def test_french_launch_phrases(text, target, launch):
    e = _only(text, "fr")
    assert target in e.place_name, e.place_name
    assert launch in _launch_name(e), e.launch
    assert e.launch.lat is not None


@pytest.mark.parametrize("text, lang, target, country", [
    ("Un drone en provenance d'Irak a été abattu lundi au-dessus de la base d'al-Tanf.", "fr", "Tanf", "IQ"),
    ("Kiryat Shmona a été la cible lundi de tirs de roquettes en provenance du Liban.", "fr", "Kiryat Shmona", "LB"),
    ("A missile fired by the Houthis from Yemen was intercepted over the Red Sea near Eilat on Tuesday.", "en", "Eilat",
     "YE"),
    ("Rockets fired by militants in the Gaza Strip hit Sderot on Friday.", "en", "Sderot", "PS"),
    ("Des roquettes tirées par des combattants de la bande de Gaza ont frappé vendredi Sdérot.", "fr", "Sd", "PS"),
    ("A rocket from Gaza landed in an open area near Ashkelon on Monday.", "en", "Ashkelon", "PS"),
    ("Two drones from Yemen were downed over Eilat on Monday.", "en", "Eilat", "YE"),
    ("A drone that took off from Iraq struck a base in northern Jordan on Sunday.", "en", "Jordan", "IQ"),
])
def test_the_land_fire_came_from(text, lang, target, country):
    e = _only(text, lang)
    assert target in e.place_name, e.place_name
    assert _launch_country(e) == country, e.launch


def test_an_agent_s_country_and_people_from_a_land_stay_no_launch():
    # (the agent told by where its men come from, and people "en provenance d'Irak", are no launch site; with the
    # named group of the test above, the launch is read)
    e = _only("A missile fired by the Houthis from Yemen was intercepted over the Red Sea near Eilat on Tuesday.", "en")
    assert _launch_country(e) == "YE"
    for text, lang in (("Drones launched by Iran-backed militias from Iraq struck the Tal Baydar garrison on Monday.",
                        "en"),
                       # (drones "from" a land, then no verb of what they did: a supply, no launch)
                       ("Two drones from Iran were used in the attack on the Conoco field on Monday, a US official "
                        "said.", "en"),
                       ("Des pèlerins en provenance d'Irak ont été blessés mardi par une roquette à Metula.", "fr")):
        for o in _events(text, lang):
            assert o.launch is None or o.launch.place is None, (text, o.launch)


def test_a_launch_from_told_again_after_a_comma_is_the_launch_site():
    e = _only("Rockets struck Sderot on Monday, launched from positions near Beit Lahia, the army said.", "en")
    assert "Sderot" in e.place_name and _launch_name(e) == "Beit Lahia" and e.launch.lat is not None
