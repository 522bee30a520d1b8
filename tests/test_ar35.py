"""Arabic wire copy, round ar35: a weekday beside "today"/"yesterday", a district in a list of sites, a country's
adjective as the article's country, a launch told after "sources said that" (invented items).

Every sentence is written for these tests, modelled on agency copy (SANA, Al-Masirah, INA, Al Jazeera, NNA).

- "فجر اليوم الخميس", "مساء أمس الأربعاء" in an item the metadata dates a day later: the weekday the writer set
  beside "today"/"yesterday" is the day itself (one or two days back; a farther one is no slip of a day).
- "مطار الحديدة ومديرية الصليف وجزيرة كمران": a district under its own noun, joined by a bare و to a site, is the
  verb's next object, an incident of its own.
- "مدينة أوديسا الأوكرانية", "العاصمة الأوكرانية كييف", "مدينة الأبيض السودانية": the country's adjective puts the
  article in that country, as "Ukrainian" does in English, so its towns' Arabic names resolve.
- "وقالت مصادر إنها أطلقت من العراق": past "that", the place after من is the launch, not where the sources sit.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)  # a Friday


def _events(text):
    return events_of(text, "ar", P)


@pytest.mark.parametrize("text, day", [
    ("قتل شخص وأصيب سبعة في غارة بطائرة مسيرة استهدفت سيارة قرب مطار بغداد فجر اليوم الخميس.", dt.date(2024, 3, 14)),
    ("أعلنت خلية الإعلام الأمني، اليوم الخميس، عن سقوط ثلاثة صواريخ على قاعدة عين الأسد الجوية في محافظة الأنبار.",
     dt.date(2024, 3, 14)),
    ("قتل شخص في غارة بطائرة مسيرة على قضاء سنجار مساء أمس الأربعاء.", dt.date(2024, 3, 13)),
])
def test_weekday_beside_a_relative_word_names_the_day(text, day):
    (e,) = _events(text)
    assert (e.date.earliest, e.date.latest) == (day, day)


@pytest.mark.parametrize("text, want", [
    ("استهدفت غارات أمريكية بريطانية اليوم مطار الحديدة ومديرية الصليف وجزيرة كمران.",
     ["curated:kamaran-island", "geonames:77843", "icao:OYHD"]),
    ("شن طيران العدوان غارات على مطار الحديدة ومديرية الصليف فجر اليوم.", ["geonames:77843", "icao:OYHD"]),
])
def test_a_district_in_a_list_of_sites_is_struck_too(text, want):
    assert sorted(e.place.record_id for e in _events(text) if e.place) == want


@pytest.mark.parametrize("text, record", [
    ("قتل خمسة أشخاص في هجوم بطائرات مسيرة روسية على مدينة أوديسا الأوكرانية، فجر اليوم.", "geonames:698740"),
    ("قتل خمسة أشخاص في قصف صاروخي روسي على العاصمة الأوكرانية كييف، فجر اليوم.", "geonames:703448"),
    ("قتل جنديان في قصف بطائرة مسيرة لقوات الدعم السريع على مدينة الأبيض السودانية، يوم السبت.", "geonames:379003"),
])
def test_a_country_adjective_sets_the_country(text, record):
    (e,) = _events(text)
    assert e.place is not None and e.place.record_id == record


@pytest.mark.parametrize("tail", [
    "وقالت مصادر إنها أطلقت من العراق.",
    "وأفادت مصادر بأنها انطلقت من الأراضي العراقية.",
])
def test_a_launch_after_sources_said_that(tail):
    (e,) = _events("استهدفت طائرة مسيرة قاعدة التنف الأمريكية فجر اليوم، " + tail)
    assert e.place.record_id == "curated:tanf-garrison"
    assert e.launch is not None and e.launch.lat is not None and 29 < e.launch.lat < 37.5 and e.launch.lon > 38.8
