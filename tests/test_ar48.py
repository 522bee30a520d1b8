"""Arabic wire copy, round ar48: a counted bare "مسيرة" downed, gunfire, an air power's bare bombardment, a bare
"صاروخ" after a missile tally (invented items).

Every sentence is written for these tests, modelled on agency copy (RT Arabic, Al Jazeera, WAFA, NNA, SANA).

- "أسقطت الدفاعات الجوية 12 مسيرة فوق منطقة بيلغورود": from eleven on the counted noun is singular, so a bare
  "مسيرة" after a numeral is a drone (a march is not told by the dozen), and the air defence's verb makes the
  event an interception at the place told, with its count; so is "مسيرة أوكرانية".
- "استشهد فتى برصاص الاحتلال في مخيم بلاطة", "أصيب جنديان بنيران قناص في درعا", "أطلق مسلحون النار على":
  gunfire is an attack (tests/ANNOTATION.md: no weapon of a type), the toll and the place told; "وقف إطلاق
  النار" (the ceasefire) is none.
- "قتل جنديان في قصف إسرائيلي على بلدة X", "قصفت إسرائيل بلدة X": the bare bombardment of a state that strikes
  from the air is a state strike, an airstrike; artillery ("قصف مدفعي") stays an attack.
- "أطلقت إيران عشرات الصواريخ الباليستية ... وسقط صاروخ في ديمونا": Arabic has one word for rocket and
  missile; after ballistic or cruise missiles are told, a bare "صاروخ" is one of them; "من طراز كروز" names one.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)  # a Friday


def _events(text):
    return events_of(text, "ar", P)


@pytest.mark.parametrize("text, record, count", [
    ("أسقطت الدفاعات الجوية 12 مسيرة فوق منطقة بيلغورود.", "curated:belgorod-oblast-ru", 12),
    ("أسقطت الدفاعات الجوية الروسية 12 مسيرة أوكرانية فوق منطقة بيلغورود الليلة الماضية، بحسب وزارة الدفاع.",
     "curated:belgorod-oblast-ru", 12),
    ("اعترضت الدفاعات الجوية 12 مسيرة فوق منطقة بيلغورود.", "curated:belgorod-oblast-ru", 12),
    ("أعلنت وزارة الدفاع الروسية أن الدفاعات الجوية أسقطت 15 مسيرة فوق مقاطعة بيلغورود.", "curated:belgorod-oblast-ru", 15),
    ("تصدت الدفاعات الجوية لـ12 مسيرة فوق منطقة بيلغورود.", "curated:belgorod-oblast-ru", 12),
])
def test_counted_bare_drone_downed_is_an_interception(text, record, count):
    (e,) = _events(text)
    assert e.event_type == "interception"
    assert e.place is not None and e.place.record_id == record
    assert e.count.best == count


@pytest.mark.parametrize("text, record, killed, injured", [
    ("استشهد فتى برصاص الاحتلال في مخيم بلاطة.", "curated:balata-camp", 1, None),
    ("استشهد فتى برصاص الاحتلال في مدينة نابلس.", "geonames:282615", 1, None),
    ("استشهد شاب برصاص قوات الاحتلال في مخيم جنين.", "curated:jenin-camp", 1, None),
    ("أصيب جنديان بنيران قناص في مدينة درعا.", "geonames:170905", None, 2),
    ("قتل ثلاثة أشخاص بنيران مسلحين مجهولين في مدينة درعا.", "geonames:170905", 3, None),
    ("أطلق مسلحون مجهولون النار على سيارة في مدينة كركوك، ما أدى إلى مقتل شخصين.", "geonames:94787", 2, None),
])
def test_gunfire_is_an_attack(text, record, killed, injured):
    (e,) = _events(text)
    assert e.event_type == "attack"
    assert e.place is not None and e.place.record_id == record
    assert (e.killed.best, e.injured.best) == (killed, injured)


@pytest.mark.parametrize("text, record", [
    ("قتل جنديان في قصف إسرائيلي على بلدة عيتا الشعب جنوب لبنان.", "curated:aita-al-shaab"),
    ("استشهد 4 فلسطينيين في قصف إسرائيلي على مخيم النصيرات وسط قطاع غزة.", "curated:nuseirat-camp"),
    ("قصفت إسرائيل بلدة الخيام جنوب لبنان.", "curated:khiam-lebanon"),
    ("قصفت إسرائيل أمس مواقع في محيط دمشق.", "geonames:170654"),
])
def test_air_powers_bare_bombardment_is_an_airstrike(text, record):
    (e,) = _events(text)
    assert e.event_type == "airstrike"
    assert e.place is not None and e.place.record_id == record


@pytest.mark.parametrize("text, record", [
    ("أطلقت إيران عشرات الصواريخ الباليستية على إسرائيل. وسقط صاروخ في مدينة ديمونا.", "geonames:295328"),
    ("شنت روسيا هجوما بـ 20 صاروخا من طراز كروز على مدينة أوديسا. وسقط صاروخ على ميناء المدينة.", "geonames:698740"),
])
def test_bare_missile_after_a_missile_tally_is_a_missile(text, record):
    (e,) = _events(text)
    assert e.event_type == "missile attack"
    assert e.place is not None and e.place.record_id == record
