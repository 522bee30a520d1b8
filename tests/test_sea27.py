"""Attacks at sea in French and Arabic copy (session 27): "en mer Rouge", "في خليج عدن", "بحر العرب" name where a
ship was hit, as "in the Red Sea" does in English; a sea that only locates a place named with it ("à X, sur la côte
de la mer Rouge", "إيلات على البحر الأحمر") or that a finer position follows ("فوق البحر الأحمر قبالة سواحل الحديدة")
is no target."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 15)


@pytest.mark.parametrize("text, lang, kind, sea, day", [
    ("Les rebelles houthis ont revendiqué une attaque de drone contre un navire marchand en mer Rouge jeudi.",
     "fr", "drone attack", "Red Sea", 14),
    ("Les Houthis ont attaqué un pétrolier en mer d'Arabie lundi avec des drones.", "fr", "drone attack",
     "Arabian Sea", 11),
    ("استهدفت القوات المسلحة اليمنية سفينة تجارية في خليج عدن بصاروخ باليستي يوم الثلاثاء.", "ar", "missile attack",
     "Gulf of Aden", 12),
    ("أعلن الحوثيون استهداف سفينة في البحر الأحمر بطائرة مسيرة يوم الخميس.", "ar", "drone attack", "Red Sea", 14),
])
def test_a_ship_hit_at_sea_is_an_event(text, lang, kind, sea, day):
    [event] = events_of(text, lang, PUBLISHED)
    assert event.event_type == kind and event.place_name == sea
    assert event.date.earliest == event.date.latest == dt.date(2024, 3, day)


@pytest.mark.parametrize("text, lang, kind, lat, lon, within", [
    # the sea only says where the place hit lies
    ("Des drones ont visé une usine de dessalement à al-Chouqaiq, sur la côte de la mer Rouge, jeudi.", "fr",
     "drone attack", 17.72, 42.03, 0.05),
    ("استهدفت طائرة مسيرة ميناء المخا الواقع على البحر الأحمر يوم الخميس.", "ar", "drone attack", 13.32, 43.25, 0.05),
    ("اعترضت منظومة حيتس صباح الخميس صاروخاً كان يقترب من منطقة إيلات على البحر الأحمر.", "ar", "interception",
     29.56, 34.95, 0.05),
    # a finer position follows the sea: the port it is told from (or the point a distance and bearing give)
    # (a position off the coast: some 30 km out to sea)
    ("أسقطت القوات الأمريكية يوم الخميس خمس طائرات مسيرة فوق البحر الأحمر قبالة سواحل الحديدة.", "ar",
     "interception", 14.80, 42.95, 0.35),
    ("Un cargo a été frappé par un missile en mer Rouge, à 70 milles nautiques au nord-ouest de Hodeida, jeudi.", "fr",
     "missile attack", 15.63, 42.10, 0.05),
])
def test_a_sea_that_locates_a_finer_place_gives_way_to_it(text, lang, kind, lat, lon, within):
    [event] = events_of(text, lang, PUBLISHED)
    assert event.event_type == kind and event.place is not None
    assert abs(event.place.lat - lat) < within and abs(event.place.lon - lon) < within
