"""Drones 'destroyed' on their way are intercepted, not attacks that hit (session 21 probes, invented sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process


@pytest.mark.parametrize("text, lang, etype", [
    ("Au moins quatre drones ont été détruits jeudi à l'approche de la base de Qayyarah, selon l'armée.", "fr",
     "interception"),
    ("Un drone piégé a été détruit dimanche avant d'atteindre l'aéroport de Souleimaniyeh.", "fr", "interception"),
    ("Two explosive-laden drones were destroyed as they approached the Kirkuk air base on Friday, police said.", "en",
     "interception"),
    ("A drone was destroyed before reaching the Shaddadi base on Sunday, a coalition official said.", "en",
     "interception"),
    # the drone that destroys something hit it
    ("Un drone a détruit dimanche un dépôt de carburant près de Kherson.", "fr", "drone attack"),
    ("Rockets destroyed a house in Kiryat Shmona on Sunday, medics said.", "en", "rocket attack"),
])
def test_destroyed_on_the_way_is_an_interception(text, lang, etype):
    evs = process([Document("t.txt", text, lang, dt.date(2024, 3, 14))]).events
    assert [e.event_type for e in evs] == [etype]
