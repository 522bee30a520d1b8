"""Arabic news grammar, round 21: ordinary attack reports (invented items, places no development set uses).

Causes read this round:

* an adjective after a cue noun is no name: "قاعدة أخرى" (another base), "قرية حدودية" (a border village),
  "بلدة صغيرة" (a small town): the noun is indefinite and its adjective agrees with it; the place is the one
  the sentence names next, or none.
* a common noun in construct with a cue noun ("بساتين ناحية X": the orchards of subdistrict X) is no place,
  though the gazetteer knows a far hamlet spelled so: the place is the name after the cue noun.

The sentences are written for these tests; numbers and wording are their own.
"""
import datetime as dt
from pathlib import Path

import pytest

from factories import frames_of, value_of
from geo_events import arabic
from geo_events.extract import _known_name

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "geonames").is_dir(),
                                reason="needs ../shared/data (GeoNames extract) for the gazetteer")

P = dt.date(2025, 3, 19)


def _names(text):
    return [m.name for m in arabic.find_mentions(arabic.clean(text), _known_name)]


def _targets(text):
    out = []
    for f in frames_of(text, "ar", P):
        if value_of(f, "event_type"):
            t = value_of(f, "target")
            out.append(t.name if t else None)
    return out


@needs_data
@pytest.mark.parametrize("text, adjective", [
    ("سقطت ثلاث قذائف هاون على قرية حدودية قرب بلدة القائم فجر اليوم.", "حدودية"),
    ("تعرضت قاعدة أخرى للقوات الأمريكية في محافظة دير الزور لهجوم صاروخي مساء أمس.", "أخرى"),
    ("قصفت المدفعية بلدة صغيرة جنوب مدينة معرة النعمان صباح اليوم.", "صغيرة"),
    ("استهدفت طائرة مسيرة قاعدة ثانية قرب مدينة تدمر ليلة أمس.", "ثانية"),
    ("سقط صاروخ على قرية نائية في ريف مدينة السلمية.", "نائية"),
])
def test_an_adjective_after_a_cue_noun_is_no_name(text, adjective):
    found = _names(text)
    assert adjective not in found, found


@needs_data
@pytest.mark.parametrize("text, name", [
    ("سقطت قذائف هاون على بساتين ناحية العظيم شمال بعقوبة صباح اليوم.", "العظيم"),
    ("استهدفت غارة جوية بساتين قضاء بلد جنوب سامراء.", "بلد"),
    ("انفجرت عبوة ناسفة في بساتين قرية المخيسة شرق بعقوبة.", "المخيسة"),
])
def test_a_noun_in_construct_with_a_cue_noun_is_no_place(text, name):
    found = _names(text)
    assert "بساتين" not in found and name in found, found


# "ضربة ثانية" (a second strike), "غارة ثالثة": an ordinal after the attack noun tells another incident, even
# when its place is a district that could be read as a closer look at the place told before.
ORDINAL_ITEMS = [
    ("شن الطيران الحربي فجر اليوم غارة على مضافة للتنظيم في ناحية العباسي غرب الحويجة، ما أسفر عن مقتل أربعة إرهابيين."
     " وأضاف البيان أن الطيران وجه، في الوقت ذاته، ضربة ثانية لوكر في ناحية الزاب شمال غرب الحويجة.",
     {"العباسي", "الزاب"}),
    ("أغارت طائرة مسيرة صباح اليوم على سيارة في بلدة حولا. ونفذت المسيرة غارة ثانية على منزل في بلدة مركبا.",
     {"حولا", "مركبا"}),
    ("استهدفت المقاتلات مساء أمس موقعا للمسلحين في ناحية المعتصم. كما نفذت ضربة ثالثة على تجمع في قضاء الدور.",
     {"المعتصم", "الدور"}),
]


@needs_data
@pytest.mark.parametrize("text, places", ORDINAL_ITEMS)
def test_a_second_strike_is_another_incident(text, places):
    assert set(_targets(text)) >= places, _targets(text)


@needs_data
@pytest.mark.parametrize("text", [
    "وبناء على معلومات من مديرية الاستخبارات العسكرية، قصفت الطائرات وكرا في قرية الحجاج.",
    "وقال مصدر في مديرية المخابرات إن طائرة مسيرة استهدفت سيارة في بلدة الصنمين.",
    "وأفادت مديرية الدفاع المدني بأن قذيفة سقطت على منزل في مدينة إزرع.",
])
def test_a_directorate_of_an_agency_is_no_place(text):
    found = _names(text)
    assert not any(n in found for n in ("الاستخبارات", "المخابرات", "الدفاع")), found


# "قرية X غرب Y": of the places spelled X, the one lying by the town the bearing is told from is meant, not a
# famous namesake in another country (a capital, a port) the bare name would find first.
BEARING_ITEMS = [
    ("قصفت الطائرات فجر اليوم وكرا للتنظيم في قرية الرياض غرب الحويجة.", (35.32, 43.77)),
    ("سقطت قذيفتان فجر اليوم على قرية العقبة شمال ذمار.", (14.54, 44.40)),
    ("انفجرت عبوة ناسفة فجر اليوم في قرية الحسينية جنوب الكرك.", (31.18, 35.70)),
]


@needs_data
@pytest.mark.parametrize("text, town", BEARING_ITEMS)
def test_the_namesake_by_the_town_of_the_bearing(tmp_path, text, town):
    import json
    import math
    from geo_events import pipeline

    (tmp_path / "a.txt").write_text("وكالات\n\n" + text + "\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2025-03-19", "language": "ar"}), encoding="utf-8")
    events = pipeline.run([str(tmp_path / "a.txt")]).events
    assert events and events[0].place is not None, events
    p = events[0].place
    km = 111.2 * math.hypot(p.lat - town[0], (p.lon - town[1]) * math.cos(math.radians(p.lat)))
    assert km < 80, (p.name, p.country, round(km))


# "مركز X" (a Saudi administrative centre): a weak cue noun, followed by a place only when the gazetteer knows
# it ("مركز شرطة", "مركز صحي" are no places); the border village it holds is placed there.
@needs_data
@pytest.mark.parametrize("text, name", [
    ("سقطت أربع قذائف عسكرية أطلقت من الأراضي اليمنية على قرية تابعة لمركز العارضة مساء أمس.", "العارضة"),
    ("أصيب مقيم بجروح إثر سقوط مقذوف على منزل في مركز العارضة بمنطقة جازان.", "العارضة"),
    ("تضررت مركبتان جراء سقوط قذيفة هاون على قرية حدودية تابعة لمركز الخوبة فجر اليوم.", "الخوبة"),
])
def test_a_saudi_centre_names_its_place(text, name):
    assert name in _targets(text), _targets(text)


@needs_data
def test_a_police_centre_is_no_place():
    assert "شرطة" not in _names("استهدفت قذيفة مركز شرطة في بلدة الخالص.")


# "محافظة X في منطقة Y" (a Saudi governorate in its region), "مركز X بمنطقة Y": the region holds the place
# struck; the target is X, not the region.
@needs_data
@pytest.mark.parametrize("text, name", [
    ("أصيب مقيم بجروح إثر سقوط مقذوف على منزل في مركز العارضة بمنطقة جازان.", "العارضة"),
    ("سقط مقذوف عسكري على سوق شعبي في محافظة ظهران الجنوب بمنطقة عسير مساء أمس.", "ظهران الجنوب"),
    ("اعترضت الدفاعات مسيرة مفخخة أطلقت باتجاه محافظة صبيا في منطقة جازان فجر اليوم.", "صبيا"),
])
def test_a_region_holds_its_governorate(text, name):
    assert _targets(text) == [name], _targets(text)


# "المتحدث باسم X في منطقة Y" (the spokesman of X in Y): where the speaker's office sits, not a place struck,
# however many words the office's name takes.
@needs_data
@pytest.mark.parametrize("text, name", [
    ("وأوضح المتحدث الرسمي باسم المديرية العامة للدفاع المدني في منطقة عسير أن مقذوفا سقط مساء أمس على محافظة ظهران الجنوب.",
     "ظهران الجنوب"),
    ("وقال الناطق باسم قيادة شرطة الأنبار في مدينة الرمادي إن عبوة ناسفة انفجرت صباح اليوم في قضاء هيت.", "هيت"),
    ("وذكر المتحدث باسم وزارة الصحة الفلسطينية في غزة أن غارة إسرائيلية استهدفت فجر اليوم منزلا في بلدة بني سهيلا.",
     "بني سهيلا"),
])
def test_a_spokesman_of_an_office_in_a_place_is_no_target(text, name):
    assert _targets(text) == [name], _targets(text)
