"""One more projectile of a told salvo, reported the next day, keeps the salvo's day (extract, session 22).

"Two rockets hit X late on Wednesday. Security sources said on Thursday that a third rocket landed near Y": the only
day of the second clause is the day the sources spoke. What they report is one more rocket of Wednesday's salvo, so Y
is dated Wednesday. An incident of its own reported on Thursday keeps Thursday, the best bound the text gives.
"""
import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


def _days(text: str, lang: str) -> dict[str, dt.date]:
    return {e.place_name: e.date.earliest for e in process([Document("p.txt", text, lang, PUBLISHED)]).events}


@pytest.mark.parametrize("lang, text, place", [
    ("en", "Two rockets hit Erbil airport late on Wednesday. Security sources said on Thursday that a third rocket "
           "landed near the town of Kasnazan.", "Kasnazan"),
    ("fr", "Deux roquettes ont frappé mercredi soir l'aéroport d'Erbil. Des sources de sécurité ont indiqué jeudi "
           "qu'une troisième roquette était tombée près de la ville de Kasnazan.", "Kasnazan"),
    ("ar", "سقط صاروخان على مطار أربيل مساء أمس الأربعاء. وقالت مصادر أمنية اليوم الخميس إن صاروخا ثالثا سقط قرب "
           "بلدة كسنزان.", "كسنزان"),
    ("en", "Three drones targeted the Harir base on Tuesday night. Kurdish officials said on Wednesday that another "
           "drone crashed near the town of Shaqlawa.", "Shaqlawa"),
])
def test_one_more_projectile_reported_next_day_keeps_the_salvos_day(lang, text, place):
    days = _days(text, lang)
    assert place in days, days
    assert len(set(days.values())) == 1, days  # both sites on the salvo's day, not the statement's


@pytest.mark.parametrize("lang, text, place, day", [
    # an incident of its own: the statement's day is its best bound
    ("en", "A drone struck the Harir base on Tuesday night, the coalition said. Iraqi police said on Wednesday that two "
           "rockets fell near Mosul airport.", "Mosul", dt.date(2024, 3, 13)),
    # the statement long after the incident told before: no link to it
    ("en", "Two rockets hit Erbil airport on Sunday. Security sources said on Thursday that a drone struck a "
           "checkpoint near Kirkuk.", "Kirkuk", dt.date(2024, 3, 14)),
    # a day of its own in the reported clause wins
    ("en", "Two rockets hit Erbil airport late on Wednesday. Police said on Thursday that another rocket struck "
           "the town of Kasnazan on Thursday morning.", "Kasnazan", dt.date(2024, 3, 14)),
])
def test_a_reported_incident_of_its_own_keeps_its_day(lang, text, place, day):
    assert _days(text, lang).get(place) == day
