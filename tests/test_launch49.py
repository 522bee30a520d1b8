"""Launch places (session 49): the town named after the land ("from Lebanon, from the area of Bint Jbeil"), the
Arabic "من X" told past the aim and the day, and drones launched from a land and downed "over" a town."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 15)


def _launch_km(event, lat, lon):
    from geo_events import geodesy
    la = event.launch
    assert la is not None and la.lat is not None and la.lon is not None
    return geodesy.inverse(la.lat, la.lon, lat, lon)[1]


BINT_JBEIL = (33.11864, 35.43344)
MAYADIN = (35.01982, 40.45154)


@pytest.mark.parametrize("text, lang", [
    # the land told first, then the district the salvo left from, past a comma
    ("Hezbollah fired 20 rockets at Kiryat Shmona on Friday from Lebanon, from the area of Bint Jbeil, the army said.",
     "en"),
    ("Le Hezbollah a tiré des roquettes sur Kiryat Shmona vendredi depuis le Liban, depuis la région de Bint Jbeil, "
     "selon l'armée.", "fr"),
    ("أطلق حزب الله 20 صاروخا على كريات شمونة يوم الجمعة من لبنان، من منطقة بنت جبيل.", "ar"),
    # the Arabic "من X" after the aim and the day
    ("أطلق حزب الله 20 صاروخا على كريات شمونة يوم الجمعة من منطقة بنت جبيل.", "ar"),
    ("أطلق حزب الله 20 صاروخا على كريات شمونة يوم الجمعة من بنت جبيل.", "ar"),
])
def test_the_town_named_after_the_land_is_the_launch_point(text, lang):
    [event] = events_of(text, lang, PUBLISHED)
    assert event.place is not None and "Shmona" in event.place.name
    assert _launch_km(event, *BINT_JBEIL) < 10


@pytest.mark.parametrize("text", [
    "أطلقت فصائل مسلحة طائرات مسيرة على حقل كونيكو للغاز في دير الزور يوم الجمعة من مدينة الميادين.",
    "أطلقت فصائل مسلحة صواريخ على حقل كونيكو يوم الجمعة من الميادين.",
])
def test_arabic_launch_told_after_the_day(text):
    [event] = events_of(text, "ar", PUBLISHED)
    assert event.place is not None and "Conoco" in event.place.name
    assert _launch_km(event, *MAYADIN) < 10


@pytest.mark.parametrize("text", [
    "أسقطت الدفاعات الجوية طائرات مسيرة أطلقت من العراق فوق إيلات يوم السبت.",
    "اعترضت الدفاعات الجوية يوم السبت طائرة مسيرة أطلقت من العراق فوق إيلات.",
])
def test_drones_launched_from_a_land_downed_over_a_town(text):
    [event] = events_of(text, "ar", PUBLISHED)
    assert event.event_type == "interception"
    assert event.place is not None and event.place.name == "Eilat"
    assert event.launch is not None and event.launch.place is not None and event.launch.place.precision == "country"
