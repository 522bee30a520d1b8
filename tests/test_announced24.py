"""An Arabic group announcing the attack it made claims it; the coalition of a Yemen report is the Saudi-led one (session 24)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 14)


@pytest.mark.parametrize("text, group", [
    ("أعلن حزب الله استهداف مستوطنة كريات شمونة بصلية من صواريخ الكاتيوشا يوم الاثنين.", "Hezbollah"),
    ("أعلنت جماعة الحوثي استهداف مدينة أم الرشراش بطائرة مسيرة يوم الجمعة.", "Houthis"),
    ("أعلنت المقاومة الإسلامية في العراق في بيان استهداف قاعدة عين الأسد بطائرتين مسيرتين يوم الأحد.",
     "Islamic Resistance in Iraq"),
])
def test_a_group_announcing_its_attack_claims_it(text, group):
    [event] = events_of(text, "ar", PUBLISHED)
    assert event.claimed_by == [group]


@pytest.mark.parametrize("text", [
    "أعلن مصدر أمني استهداف قاعدة عين الأسد بثلاثة صواريخ يوم الأحد.",  # a source telling it
    "أعلنت خلية الإعلام الأمني استهداف قاعدة بلد بصاروخين يوم الأحد دون خسائر.",  # the state's media cell
])
def test_an_official_announcing_an_attack_claims_nothing(text):
    [event] = events_of(text, "ar", PUBLISHED)
    assert event.claimed_by == []


@pytest.mark.parametrize("text, attacker", [
    ("Dans la nuit, des avions de combat de la coalition ont frappé plusieurs quartiers de Sanaa, la capitale du Yémen, "
     "tuant six civils, selon les Houthis.", "Saudi-led coalition"),
    ("Coalition jets struck a Houthi camp near Saada in northern Yemen on Sunday, killing four fighters.",
     "Saudi-led coalition"),
    ("Des avions de combat de la coalition ont frappé lundi des positions de l'EI près d'Al-Qaïm, en Irak.",
     "US-led coalition"),
])
def test_the_coalition_of_a_yemen_report_is_the_saudi_led_one(text, attacker):
    [event] = events_of(text, "fr" if " de " in text else "en", PUBLISHED)
    assert event.attacker == [attacker]
