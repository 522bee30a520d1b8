"""Arabic wire copy, round ar36: a definite missile phrase, a camp named
by its town, two Gaza City quarters (invented items).

Every sentence is written for these tests, modelled on agency copy (SANA, Al-Masirah, INA, Al Jazeera, NNA, WAFA).

- "بالصواريخ الباليستية", "الصاروخ المجنح": the definite noun takes a definite adjective, which the indefinite
  missile phrases ("صواريخ باليستية") did not match: the strike was typed a rocket attack.
- "في مخيم جنين": the camp named by its town; the town's GeoNames spelling ("Janīn") built no camp name, so the
  event fell on Jenin town though the gazetteer has the camp's Arabic name.
- "حي التفاح", "حي الدرج": Gaza City quarters that the gazetteer lacked; a toll with no other place gave no event.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


def _events(text):
    return events_of(text, "ar", P)


@pytest.mark.parametrize("text", [
    "قصفت القوات الروسية مدينة خاركيف بالصواريخ الباليستية صباح اليوم، ما أدى إلى مقتل سبعة مدنيين.",
    "أعلنت وزارة الدفاع الأوكرانية أن القوات الروسية استهدفت مدينة أوديسا بالصواريخ المجنحة فجر اليوم.",
])
def test_definite_missile_phrase_is_a_missile_attack(text):
    evs = _events(text)
    assert evs and evs[0].event_type == "missile attack"


@pytest.mark.parametrize("text", [
    "استشهد ثلاثة شبان في قصف بطائرة مسيرة إسرائيلية في مخيم جنين، فجر الثلاثاء.",
    "قصفت طائرة مسيرة إسرائيلية منزلا في مخيم جنين فجر الثلاثاء، ما أدى إلى استشهاد ثلاثة شبان.",
])
def test_camp_named_by_its_town(text):
    evs = _events(text)
    assert evs and evs[0].place is not None and evs[0].place.record_id == "curated:jenin-camp"
    assert evs[0].killed.best == 3


@pytest.mark.parametrize("text, record, killed", [
    ("ارتفاع حصيلة الشهداء في القصف على مدرسة في حي التفاح إلى ١٥.", "curated:tuffah-gaza", 15),
    ("ارتفعت حصيلة الشهداء في القصف على مدرسة في حي التفاح إلى 15 شهيدا.", "curated:tuffah-gaza", 15),
    ("استشهد خمسة مواطنين في غارة إسرائيلية على منزل في حي الدرج فجر اليوم.", "curated:daraj-gaza", 5),
])
def test_gaza_city_quarters(text, record, killed):
    evs = _events(text)
    assert evs and evs[0].place is not None and evs[0].place.record_id == record
    assert evs[0].killed.best == killed
