"""Arabic wire copy, round ar37: big foreign cities by their Arabic names (invented items).

Every sentence is written for these tests, modelled on agency copy (SANA, Al-Masirah, Al Jazeera, Al Mayadeen, NNA).

- "مدينة بيلغورود", "مقاطعة كورسك", "مدينة سومي": Arabic script writes a foreign city only by an alias; for a big
  city (ARABIC_ALIAS_CITY_POP) an exact Arabic alternate name is how Arabic copy names it, so it resolves.
  (Only after a settlement noun: "ميناء" (port) and "الحصار" (siege) are GeoNames Arabic names of Minna and Hisar.)
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)  # a Friday


def _events(text):
    return events_of(text, "ar", P)


@pytest.mark.parametrize("text, record, killed, injured", [
    ("قتل شخصان وأصيب خمسة آخرون في قصف أوكراني على مدينة بيلغورود مساء أمس.", "geonames:578072", 2, 5),
    # "مقاطعة X" is the oblast (an area, session 37), nothing finer being named
    ("أعلنت وزارة الدفاع الروسية اعتراض ثلاث طائرات مسيرة أوكرانية فوق مقاطعة بيلغورود ليل الخميس الجمعة.",
     "curated:belgorod-oblast-ru", None, None),
    ("قال حاكم مقاطعة كورسك إن طائرة مسيرة أوكرانية هاجمت بلدة في المقاطعة فجر اليوم ما أسفر عن إصابة امرأة.",
     "curated:kursk-oblast-ru", None, 1),
    ("أصيب ثلاثة مدنيين في هجوم بطائرة مسيرة روسية على مدينة سومي فجر اليوم.", "geonames:692194", None, 3),
])
def test_big_foreign_city_by_its_arabic_name(text, record, killed, injured):
    (e,) = _events(text)
    assert e.place is not None and e.place.record_id == record
    assert (e.killed.best, e.injured.best) == (killed, injured)


