"""Launch phrases before the verb of what the projectiles did (session 21 probes, invented sentences).

- "Two drones launched from Yemen were shot down over X": X is where they were downed, not a second launch site;
- "drones launched from northern Iraq targeted the X base", "lancés depuis la Syrie ont visé ...": likewise for a
  verb of aiming;
- a launch told only by its country is not narrowed to a town named AFTER the projectiles' verb (the target's town);
- French "tirées du Liban": the article joined to "de" after a verb of firing.
"""
from __future__ import annotations

import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process

PUB = dt.date(2024, 3, 14)


def _events(text: str, lang: str):
    return process([Document("t.txt", text, lang, PUB)]).events


@pytest.mark.parametrize("text, lang, etype, target, launch_country", [
    ("Two drones launched from Yemen were shot down over Eilat on Monday, the army said.", "en", "interception",
     "Eilat", "YE"),
    ("A cruise missile fired from Lebanon was intercepted over Haifa bay on Tuesday.", "en", "interception",
     "Haifa", "LB"),
    ("Un missile tiré du Yémen a été intercepté mardi au-dessus d'Eilat, selon l'armée.", "fr", "interception",
     "Eilat", "YE"),
    ("Three drones launched from Syria attacked the Conoco gas field on Sunday, a U.S. official said.", "en",
     "drone attack", "Conoco", "SY"),
    ("Deux drones lancés depuis la Syrie ont visé dimanche la base d'al-Tanf, selon la coalition.", "fr",
     "drone attack", "Tanf", "SY"),
    ("Des roquettes tirées du Liban ont frappé lundi la ville de Nahariya.", "fr", "rocket attack", "Nahariya", "LB"),
])
def test_the_place_after_the_launch_phrase_is_the_target(text, lang, etype, target, launch_country):
    evs = _events(text, lang)
    assert len(evs) == 1, [(e.event_type, e.place_name) for e in evs]
    ev = evs[0]
    assert ev.event_type == etype and target in ev.place_name
    assert ev.launch is not None and ev.launch.place is not None and ev.launch.place.country == launch_country


def test_a_launch_country_is_not_narrowed_to_the_town_hit():
    # the one town "after 'from'" is the target's, named after the projectiles' verb: the launch stays the country
    ev, = _events("Deux drones lancés depuis la Syrie ont visé dimanche la base d'al-Tanf.", "fr")
    assert ev.launch.place.precision == "country"
    # a town named inside the launch phrase still narrows it
    ev, = _events("About 30 rockets were fired from Lebanon at Safed on Monday. The rockets were launched from "
                  "near the village of Aitaroun, the army said.", "en")
    assert ev.launch.place.precision == "town" and ev.launch.place.country == "LB"


@pytest.mark.parametrize("text", [
    "Trois obus se sont abattus lundi sur un village près de Zakho, où séjournaient des familles venues du sud "
    "de l'Irak.",
    "Deux drones ont visé lundi le siège du Parti démocratique du Kurdistan d'Iran près de Koya.",
])
def test_people_coming_from_a_place_and_a_party_name_are_no_launch(text):
    evs = _events(text, "fr")
    # (an event with no launch told carries an unnamed launch that only says why no area is drawn)
    assert evs and all(e.launch is None or (not e.launch.name and e.launch.place is None and e.launch.direction is None)
                       for e in evs), [(e.place_name, e.launch) for e in evs]
