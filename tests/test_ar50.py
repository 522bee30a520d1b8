"""Arabic one-line reports that gave no event, or no place (round ar50).

Every sentence is invented, modelled on Arabic wire copy about Ukraine, Russia, Gaza, Lebanon, Yemen, the Sahel and
Somalia.

- "قصفت القوات الروسية خاركيف.": the verb of shelling opening its clause with a force as subject is the English
  "Russian forces shelled Kharkiv" (kept as a weapon told); with no day, toll or count it was dropped as a bare
  mention (extract._AR_FORCE_SHELLED).  The verbal noun after a motive ("ردا على قصف الجيش لبلدة X") stays none.
- "قصفت طائرات التحالف مواقع قرب صنعاء.": a coalition's aircraft are warplanes (airstrike).
- "اعترضت الدفاعات الجوية الإسرائيلية صاروخين أطلقا من لبنان.": the verb before its subject (the usual order) names
  the intercepting state, whose land is the event's place, as English "Israeli air defences intercepted ..." does.
- Arabic names of towns of the wars: curated rows with their GeoNames records' points.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


def _events(text):
    return events_of(text, "ar", P)


@pytest.mark.parametrize("text, place, etype", [
    ("قصفت القوات الروسية خاركيف.", "Kharkiv", "attack"),
    ("قصف الجيش الإسرائيلي مخيم جباليا.", "Jabalia camp", "attack"),
    ("قصفت القوات الروسية مدينة خيرسون.", "Kherson", "attack"),
    ("قصف جيش الاحتلال بلدة بيت حانون.", "Bayt Ḩānūn", "attack"),
    ("كما قصف الجيش الإسرائيلي أطراف بلدة كفركلا.", "Kfar Kila", "attack"),
    ("قصفت القوات الإسرائيلية مخيم النصيرات.", "Nuseirat camp", "attack"),
    ("قصفت طائرات التحالف مواقع قرب صنعاء.", "Sanaa", "airstrike"),
    ("قصفت طائرات التحالف العربي مواقع في محافظة صعدة.", "Saada Governorate", "airstrike"),
])
def test_a_one_line_report_of_shelling_is_an_event(text, place, etype):
    evs = _events(text)
    assert [(e.place.name if e.place else None, e.event_type) for e in evs] == [(place, etype)]




@pytest.mark.parametrize("text, count, launch", [
    ("اعترضت الدفاعات الجوية الإسرائيلية صاروخين أطلقا من لبنان.", 2, "لبنان"),
    ("اعترضت القبة الحديدية صاروخا أطلق من قطاع غزة.", 1, "قطاع غزة"),
])
def test_an_interception_told_verb_first_is_over_the_intercepting_state(text, count, launch):
    evs = _events(text)
    assert [(e.event_type, e.place.record_id, e.count.best, e.launch.name if e.launch else None) for e in evs] \
        == [("interception", "country:IL", count, launch)]


@pytest.mark.parametrize("text, want", [
    ("قصفت القوات الروسية مدينة باخموت.", "curated:bakhmut"),
    ("قصفت القوات الروسية أفدييفكا.", "curated:avdiivka"),
    ("قصفت القوات الأوكرانية بلدة شيبيكينو.", "curated:shebekino"),
    ("قصفت القوات الروسية مدينة بوكروفسك.", "curated:pokrovsk-donetsk"),
    ("قصفت القوات الروسية مدينة كراماتورسك.", "curated:kramatorsk"),
    ("استهدفت صواريخ روسية مدينة سلافيانسك.", "curated:sloviansk"),
    ("استهدفت مسيرة أوكرانية مدينة نوفوشاختينسك.", "curated:novoshakhtinsk"),
    ("قتل خمسة أشخاص في تفجير انتحاري في مدينة بوساسو.", "curated:bosaso"),
])
def test_arabic_names_of_towns_of_the_wars(text, want):
    assert [e.place.record_id if e.place else None for e in _events(text)] == [want]


def test_english_pokrovsk_is_the_ukrainian_town_not_engels():
    evs = events_of("Russian forces shelled Pokrovsk.", "en", P)
    assert [e.place.country for e in evs] == ["UA"]
