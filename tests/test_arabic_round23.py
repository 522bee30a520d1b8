"""Arabic news grammar, round 23: ordinary attack reports (invented items, places no development set uses).

Causes read this round:

* an ordinal attack noun ("ضربة ثانية", "غارة ثالثة", "هجوما ثانيا") counts another incident: a clause telling
  it on another place, the same day, opens a frame of its own even where that place is a district that could
  be a closer look inside the district told before.
* a lead naming its day twice ("اليوم الأربعاء": today, Wednesday) names one day: the incidents the next
  sentences tell with no day of their own are of that day, not of a range.

The sentences are written for these tests; numbers and wording are their own.
"""
import datetime as dt
from pathlib import Path

import pytest

from factories import frames_of, value_of

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "geonames").is_dir(),
                                reason="needs ../shared/data (GeoNames extract) for the gazetteer")

P = dt.date(2025, 3, 19)  # a Wednesday


def _frames(text):
    return [f for f in frames_of(text, "ar", P) if value_of(f, "event_type")]


def _targets(text):
    return [value_of(f, "target").name if value_of(f, "target") else None for f in _frames(text)]


@needs_data
@pytest.mark.parametrize("text, places", [
    ("نفذ الطيران الحربي صباح اليوم غارة على نفق للتنظيم في ناحية يثرب جنوب سامراء. وذكرت خلية الإعلام الأمني أن"
     " الطيران نفذ بعد ذلك ضربة ثانية على مخبأ في ناحية الضلوعية.", {"يثرب", "الضلوعية"}),
    ("قصفت طائرة مسيرة مساء أمس شاحنة في ناحية السعدية. وأضاف المصدر أن المسيرة شنت غارة ثالثة على مقر في قضاء دجيل.",
     {"السعدية", "دجيل"}),
    ("شنت المقاتلات فجر اليوم غارات على مواقع في منطقة معرة مصرين. كما شنت هجوما ثانيا على تجمع في ناحية كفرنبل.",
     {"معرة مصرين", "كفرنبل"}),
])
def test_an_ordinal_attack_on_another_district_is_another_incident(text, places):
    assert set(_targets(text)) >= places, _targets(text)


@needs_data
def test_an_ordinal_attack_on_the_same_place_names_no_new_place():
    # the ordinal alone does not invent a place: a second strike on the place told stays at that place
    text = "قصفت طائرة مسيرة صباح اليوم منزلا في ناحية يثرب. ثم نفذت ضربة ثانية على المنزل نفسه في ناحية يثرب."
    assert set(_targets(text)) == {"يثرب"}, _targets(text)


@needs_data
@pytest.mark.parametrize("text", [
    "شهدت محافظة صلاح الدين اليوم الأربعاء تصعيدا أمنيا واسعا. وقصفت طائرة مسيرة وكرا في قرية الزوية."
    " وسقطت ثلاث قذائف هاون على بلدة العوجة.",
    "أعلنت قيادة العمليات المشتركة اليوم الأربعاء حصيلة عملياتها. ونفذ الطيران الحربي غارة على مخبأ في ناحية"
    " الضلوعية. وانفجرت عبوة ناسفة بدورية في ناحية السعدية.",
    "عاش ريف إدلب الجنوبي اليوم الأربعاء يوما عصيبا. واستهدفت المدفعية منازل في بلدة كفرنبل. وقصفت الطائرات"
    " أطراف بلدة معرة مصرين بالصواريخ.",
])
def test_a_lead_naming_its_day_twice_dates_the_incidents_after_it(text):
    got = [(value_of(f, "target").name if value_of(f, "target") else None,
            value_of(f, "date").earliest if value_of(f, "date") else None,
            value_of(f, "date").latest if value_of(f, "date") else None) for f in _frames(text)]
    assert len(got) >= 2 and all(e == P and l == P for _, e, l in got), got
