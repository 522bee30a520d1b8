"""An area told with a day of its own is an incident, not a passing mention (salience._vague_area, session 22).

A province, region or country named in one sentence beside other events used to be dropped as background. An
article's lede or a "On Saturday, ..." paragraph that tells a strike on an area with its own day is news, however
briefly told; the passing mentions the rule is for borrow the day of the article's other events.
"""
import datetime as dt

import pytest

from geo_events import salience
from geo_events.models import Document
from geo_events.pipeline import process

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


def _places(text: str, lang: str) -> list[str]:
    return sorted(e.place_name for e in process([Document("p.txt", text, lang, PUBLISHED)]).events)


@pytest.mark.parametrize("lang, text, area, other", [
    ("en", "A rocket hit near a base housing U.S. troops in Syria's Hasakah province on Tuesday, the second such "
           "attack in a week. On Saturday, two rockets struck the same base, the Kharab al-Jir airstrip, without "
           "causing casualties.", "Hasakah", "Kharab al-Jir"),
    ("en", "A drone struck a checkpoint in Iraq's Diyala province on Sunday, police said. Two rockets hit the K-1 base "
           "near Kirkuk on Monday, wounding a soldier.", "Diyala", "K-1"),
    ("fr", "Un drone a frappé dimanche un poste de contrôle dans la province irakienne de Diyala, selon la police. "
           "Lundi, deux roquettes ont touché la base K-1 près de Kirkouk, blessant un soldat.", "Diyala", "Kirkouk"),
    ("en", "Rocket fire hit an army post in Lebanon's Nabatieh governorate on Friday. On Thursday, three drones struck "
           "a base in the Golan Heights, the army said.", "Golan Heights", "Nabatieh"),
    ("en", "Two drones struck an oil field in Syria's Deir ez-Zor province on Wednesday, wounding three workers. On "
           "Sunday, four rockets hit the Green Village base, the coalition said.", "Deir ez-Zor", "Green Village"),
])
def test_an_area_told_with_its_own_day_is_kept_beside_another_incident(lang, text, area, other):
    places = _places(text, lang)
    assert area in places and other in places, places


def _features(**kw) -> dict:
    f = dict(area_target=True, sentences=1, n_events_doc=2, date_from_text=False, date_day=False,
             date_borrowed=True)
    f.update(kw)
    return f


def test_a_passing_area_that_borrows_the_articles_day_is_still_background():
    # "Attacks on U.S. forces in Anbar province ..." beside the article's dated incident
    assert salience._vague_area(_features())
    # a day of its own that is not a day (a month, a week) is not enough either
    assert salience._vague_area(_features(date_from_text=True, date_day=False, date_borrowed=False))
    # told over two sentences, or the article's only event: never this rule's
    assert not salience._vague_area(_features(sentences=2))
    assert not salience._vague_area(_features(n_events_doc=1))
    assert not salience._vague_area(_features(date_from_text=True, date_day=True, date_borrowed=False))
