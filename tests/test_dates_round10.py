"""Dates, round 10: an incident told with no day of its own takes the day its report gives it (a live post's
day under a time title, a day a sentence with no incident just set), not a window of months; a clock's zone
("p.m. Basra time") ends no sentence.

Wording, places, days and numbers are written for these tests.
"""
import datetime as dt

import pytest

from factories import dated_frames as frames
from geo_events.dates import LiveDays

D = dt.date


def _dates_at(found, place):
    hit = [(a, b) for _, name, a, b in found if name == place]
    assert hit, f"no frame at {place}: {found}"
    return hit


# -- a live post under a time title ------------------------------------------------------------------------

LIVE_EN = (
    "LIVE: Rockets and drones along the northern border\n\n"
    "Tuesday, 4 March 2025. All times local. This page is no longer updated.\n\n"
    "17:20 — Anti-tank missile hits post near Shlomi\n\n"
    "The army says a reservist was lightly hurt when an anti-tank missile fired from Lebanon struck a position "
    "near Shlomi.\n\n"
    "12:05 — Jets strike launch site\n\n"
    "The army says its jets struck the launcher near the village of Ramyeh from which the morning's fire came.\n\n"
    "08:40 — Welcome\n\n"
    "Residents of the border towns have been evacuated since November."
)

LIVE_FR = (
    "EN DIRECT - Tirs à la frontière nord\n\n"
    "Mardi 4 mars 2025. Ce direct est terminé.\n\n"
    "17h20 - Un missile antichar frappe une position près de Shlomi\n\n"
    "L'armée indique qu'un réserviste a été légèrement blessé quand un missile antichar tiré du Liban a frappé "
    "une position près de Shlomi.\n\n"
    "08h40 - Bienvenue\n\n"
    "Les habitants des localités frontalières ont été évacués depuis novembre."
)


@pytest.mark.parametrize("text,lang", [(LIVE_EN, "en"), (LIVE_FR, "fr")])
def test_a_post_under_a_time_title_is_of_the_page_day(text, lang):
    found = frames(text, lang, D(2025, 3, 4))
    assert _dates_at(found, "Shlomi") == [(D(2025, 3, 4), D(2025, 3, 4))]


def test_another_post_is_not_folded_into_the_incident_a_post_before_told():
    found = frames(LIVE_EN, "en", D(2025, 3, 4))
    shlomi = [f for f in found if f[1] == "Shlomi"]
    assert len(shlomi) == 1
    assert all(name is not None for _, name, _, _ in found)


def test_an_undated_incident_outside_live_posts_keeps_its_window():
    text = ("An anti-tank missile fired from Lebanon struck a position near Shlomi, the army says, "
            "lightly wounding a reservist.")
    (a, b), = _dates_at(frames(text, "en", D(2025, 3, 4)), "Shlomi")
    assert (b - a).days > 30  # nothing dates it: the window of the report's history, not a guessed day


def test_entry_day_only_under_a_time_title():
    live = LiveDays("en", D(2025, 3, 4))
    live.day_of("Residents have been evacuated since November.", 0)
    assert live.entry_day(0) is None
    live.day_of("10:45", 1)
    assert live.entry_day(2) == D(2025, 3, 4)
    live.day_of("Sunday, 2 March", 3)  # a day heading: the posts under it are of that day once titled
    live.day_of("23:10 — Drone downed near Nahariya", 4)
    assert live.entry_day(5) == D(2025, 3, 2)


# -- a day set by a sentence that tells no incident --------------------------------------------------------

@pytest.mark.parametrize("text,lang,place,day", [
    ("Diplomats kept talking in Beirut. Envoys met the speaker again. Officials hoped for calm. "
     "In the southern villages, Thursday was one of the bloodiest days in weeks. "
     "Soon after, an Israeli drone struck a house in Khiam, killing two men.", "en", "Khiam", D(2025, 3, 6)),
    ("Les discussions se poursuivent à Beyrouth. L'émissaire a revu le président du Parlement. "
     "Rien ne semble freiner l'escalade. Dans les villages frontaliers, la journée de jeudi a été l'une des plus "
     "meurtrières. Vers 22h, un drone israélien a visé une maison à Khiam, tuant deux hommes.",
     "fr", "Khiam", D(2025, 3, 6)),
])
def test_a_day_set_before_an_undated_incident_dates_it(text, lang, place, day):
    assert _dates_at(frames(text, lang, D(2025, 3, 7)), place) == [(day, day)]


def test_a_day_set_far_before_does_not_date_the_incident():
    text = ("Thursday was one of the bloodiest days in weeks. Envoys met the speaker. Talks went on. "
            "Officials hoped for calm. Markets were shut. An Israeli drone struck a house in Khiam, killing two men.")
    (a, b), = _dates_at(frames(text, "en", D(2025, 3, 7)), "Khiam")
    assert a != b


# -- a clock's zone ----------------------------------------------------------------------------------------

def test_a_date_before_a_clock_zone_dates_the_incident_after_it():
    text = ("CENTCOM said that on Saturday, Feb. 8, at about 3:20 p.m. Aden time, \"a ballistic missile was fired "
            "toward the port of Mokha,\" the statement said.")
    found = frames(text, "en", D(2025, 2, 10))
    assert found and all((a, b) == (D(2025, 2, 8), D(2025, 2, 8)) for _, _, a, b in found), found
