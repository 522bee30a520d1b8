"""Launch points (session 50): a launch told only by its bearing from a named place ("a village south of X", "une
zone au nord de X") is an area off X, not X itself; a fuzzy namesake far beyond any rocket's reach is no launch site."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 15)


def _km(lat1, lon1, lat2, lon2):
    from geo_events import geodesy
    return geodesy.inverse(lat1, lon1, lat2, lon2)[1]


KIRKUK = (35.46806, 44.39222)
HIT = (33.63664, 42.82768)
MAKHMOUR = (35.77622, 43.57974)


@pytest.mark.parametrize("text, lang, ref, way", [
    ("Two rockets hit the K1 base in Kirkuk on Sunday. They were launched from a village south of Kirkuk.", "en",
     KIRKUK, "south"),
    ("Deux roquettes ont frappé la base K1 à Kirkouk dimanche. Elles ont été tirées depuis un village au sud de "
     "Kirkouk.", "fr", KIRKUK, "south"),
    ("Three rockets hit Ain al-Asad air base on Thursday. The rockets were launched from an area west of Hit.", "en",
     HIT, "west"),
    ("Des roquettes Katioucha ont visé la base d'Aïn al-Assad lundi, tirées depuis une zone au nord de Hit.", "fr",
     HIT, "north"),
    ("Deux roquettes ont frappé l'aéroport d'Erbil mardi. Elles ont été tirées depuis un village au sud de Makhmour.",
     "fr", MAKHMOUR, "south"),
    ("Rockets hit Erbil airport on Tuesday. They were launched from a village north of Makhmour.", "en",
     MAKHMOUR, "north"),
])
def test_a_launch_told_by_its_bearing_from_a_place_is_an_area_off_that_place(text, lang, ref, way):
    [event] = events_of(text, lang, PUBLISHED)
    la = event.launch
    assert la is not None and la.lat is not None
    # an estimated point with an area's uncertainty, not the pin of the place it is told from
    assert la.estimated is True and la.uncertainty_km and la.uncertainty_km >= 5
    assert 3 <= _km(la.lat, la.lon, *ref) <= 15
    d_lat, d_lon = la.lat - ref[0], la.lon - ref[1]
    assert {"south": d_lat < 0, "north": d_lat > 0, "west": d_lon < 0, "east": d_lon > 0}[way]
    assert event.trajectories


@pytest.mark.parametrize("text, lang", [
    ("Rockets targeted Harir base in Erbil on Tuesday, security sources said. The rockets were launched from the "
     "Qarachogh mountain area near Makhmour.", "en"),
    ("Des roquettes ont visé la base de Harir à Erbil mardi, tirées depuis la zone de la montagne de Qarachogh près "
     "de Makhmour.", "fr"),
])
def test_a_fuzzy_namesake_far_beyond_a_rockets_reach_is_no_launch_site(text, lang):
    [event] = events_of(text, lang, PUBLISHED)
    la = event.launch
    assert event.place is not None and "Harir" in event.place.name
    # (Ersī in Iran, 240 km off: not where a rocket on Harir left from)
    assert la is None or la.lat is None or _km(la.lat, la.lon, event.place.lat, event.place.lon) < 120
