"""Arabic wire copy, round ar41: names with no row in the gazetteer (invented).

Every sentence is written for these tests, modelled on agency copy (SANA, INA, Al Mayadeen, Al Jazeera).

- Names the gazetteer lacked, each a curated row with its GeoNames id: حاس (169835), البارة (173999), شوميرا (293482),
  ناحية العظيم (98958).
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)  # a Friday


def _events(text, lang="ar"):
    return events_of(text, lang, P)


@pytest.mark.parametrize("text, record", [
    # a village named in a town's countryside keeps its own place (حاس had no row: it was placed at Idlib)
    ("استهدفت غارة إسرائيلية بلدة حاس في ريف إدلب الجنوبي اليوم، ما أدى إلى مقتل ثلاثة مدنيين.", "curated:has-idlib"),
])
def test_village_in_a_countryside(text, record):
    events = _events(text)
    assert [e.place.record_id for e in events] == [record]


@pytest.mark.parametrize("text, record", [
    ("قصفت قوات النظام قرية البارة في جبل الزاوية اليوم، ما أسفر عن إصابة طفلين.", "curated:al-bara-idlib"),
    ("أغار الطيران الحربي الإسرائيلي على بلدة شوميرا اليوم.", "curated:shomera"),
    ("أفادت وكالة الأنباء العراقية بسقوط قذيفتي هاون على ناحية العظيم في محافظة ديالى اليوم.",
     "curated:al-udhaim-diyala"),
])
def test_names_that_had_no_row(text, record):
    events = _events(text)
    assert [e.place.record_id for e in events] == [record]
