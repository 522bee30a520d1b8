"""Arabic news grammar, round 23: ordinary attack reports (invented items, places no development set uses).

Causes read this round:

* an ordinal attack noun ("ضربة ثانية", "غارة ثالثة", "هجوما ثانيا") counts another incident: a clause telling
  it on another place, the same day, opens a frame of its own even where that place is a district that could
  be a closer look inside the district told before.
* a lead naming its day twice ("اليوم الأربعاء": today, Wednesday) names one day: the incidents the next
  sentences tell with no day of their own are of that day, not of a range.
* a toll told by the list of its victims ("والقتلى هم السائق وثلاثة معلمين"): counted by the list's grammar.
* an item fronting its weapon after "، و" with no verb of its own ("، وبصلية أخرى مستعمرة Y"): read with the
  verb of the item before it (and "another salvo" with that item's weapon).
* "المسيرة أطلقت صاروخين على السيارة": the drone as the subject of the firing; the missiles are its count.
* an incident retold later with its count at its place: the toll told with the retelling is its own.

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


# a toll told by the list of its victims after a copula ("والقتلى هم ...", "كان القتلى ..."): each item counts
# by its grammar (a number is that many, a dual two, a bare noun one), whatever the victims' trade
@needs_data
@pytest.mark.parametrize("text, kind, expected", [
    ("سقطت قذيفة على سوق شعبي في بلدة العوجة صباح اليوم. والقتلى هم بائع خضار وابنه وثلاثة متسوقين.", "killed", 5),
    ("استهدفت طائرة مسيرة سيارة قرب قرية الزوية مساء أمس. وكان القتلى سائقا وامرأة وثلاثة أطفال.", "killed", 5),
    ("أصاب صاروخ منزلا في ناحية يثرب فجر اليوم. والجرحى هم امرأتان وطفل، بحسب مصدر طبي.", "injured", 3),
    ("انفجرت عبوة ناسفة بحافلة في ناحية الضلوعية اليوم. والشهداء هم السائق وسبعة عمال.", "killed", 8),
])
def test_a_toll_told_by_its_list_of_victims(text, kind, expected):
    got = [value_of(f, kind) for f in _frames(text)]
    assert got and got[0] == expected, got


# an item fronting its weapon after "، و" with no verb of its own ("، وبصلية أخرى مستعمرة Y", "، وبالمدفعية
# الثقيلة بلدة Y") is read with the first item's verb: its own incident at its own place; "another salvo" is
# of the weapon the first item told
@needs_data
@pytest.mark.parametrize("text, first, second, second_type", [
    ("قصفت المقاومة بصلية صاروخية مستعمرة معالوت مساء اليوم، وبصلية أخرى مستعمرة حانيتا.", "معالوت", "حانيتا",
     "rocket attack"),
    ("واستهدف الجيش بلدة رميش بقذائف الهاون فجر اليوم، وبالمدفعية الثقيلة أطراف بلدة يارون.", "رميش", "يارون", None),
    ("وهاجمت الطائرات الحربية بلدة مارون الراس بالصواريخ ظهر اليوم، وبالمدفعية بلدة رميش.", "مارون الراس", "رميش",
     None),
])
def test_an_item_fronting_its_weapon_is_read_with_the_first_verb(text, first, second, second_type):
    got = {value_of(f, "target").name: value_of(f, "event_type") for f in _frames(text) if value_of(f, "target")}
    assert first in got and second in got, got
    if second_type is not None:
        assert got[second] == second_type, got


# the drone as the subject of the firing, told in a later sentence ("وأفاد المراسل بأن المسيرة أطلقت صاروخين على
# السيارة"): the missiles are the drone strike's own, so their number is its count (not another weapon's)
@needs_data
@pytest.mark.parametrize("text, place, count", [
    ("استشهد رجل مساء اليوم في غارة لطائرة مسيرة على دراجة نارية عند مدخل بلدة مجدل سلم. وقال شهود إن المسيرة"
     " أطلقت صاروخين على الدراجة.", "مجدل سلم", 2),
    ("أغارت طائرة مسيرة صباح اليوم على شاحنة صغيرة في بلدة دير سريان. وذكر مصدر أمني أن الطائرة المسيرة أطلقت"
     " ثلاثة صواريخ على الشاحنة فاحترقت.", "دير سريان", 3),
    ("استهدفت مسيرة إسرائيلية فجر اليوم منزلا في قرية رميش. وأوضح الدفاع المدني أن المسيرة أطلقت أربعة صواريخ"
     " على المنزل ما أدى إلى تدميره.", "رميش", 4),
])
def test_the_missiles_a_drone_fired_are_its_count(text, place, count):
    got = [(value_of(f, "event_type"), value_of(f, "target").name if value_of(f, "target") else None,
            value_of(f, "count")) for f in _frames(text)]
    assert ("drone attack", place, count) in got, got


# an incident retold later with the same count at the same place ("القوات اعترضت طائرتين في محيط حامية X",
# after "أسقطت الدفاعات طائرتين ... قاعدة X" and another incident told between): the same incident, so the
# toll the retelling states ("عدم تسجيل أي إصابات") is that incident's
@needs_data
@pytest.mark.parametrize("text, place", [
    ("أسقطت الدفاعات الجوية مساء أمس طائرتين مسيرتين كانتا تحاولان استهداف حامية يثرب، فيما تعرضت بلدة العوجة"
     " لقصف صاروخي فجر اليوم. وقال مسؤول عسكري إن \"القوات اعترضت طائرتين مسيرتين في محيط حامية يثرب\"، مشيرا"
     " إلى عدم تسجيل أي إصابات.", "يثرب"),
    ("اعترضت الدفاعات الجوية فجر اليوم ثلاثة صواريخ أطلقت باتجاه قاعدة الزوية، في حين سقطت قذيفة هاون على"
     " بلدة الضلوعية. وقال متحدث إن الدفاعات أسقطت ثلاثة صواريخ فوق قاعدة الزوية، دون وقوع إصابات.", "الزوية"),
    ("أسقطت الدفاعات الجوية ليلة أمس أربع طائرات مسيرة حاولت استهداف مطار دير سريان، بينما انفجرت عبوة ناسفة"
     " في بلدة رميش صباح اليوم. وأكد بيان أن الدفاعات أسقطت أربع طائرات مسيرة قرب مطار دير سريان ولم تسفر"
     " عن أي إصابات.", "دير سريان"),
])
def test_a_retold_incident_takes_the_toll_told_with_it(text, place):
    got = [(value_of(f, "target").name, value_of(f, "killed"), value_of(f, "injured")) for f in _frames(text)
           if value_of(f, "target") and value_of(f, "target").name == place]
    assert len(got) == 1 and got[0][1:] == (0, 0), [(value_of(f, "event_type"), value_of(f, "target"),
                                                     value_of(f, "killed"), value_of(f, "injured"))
                                                    for f in _frames(text)]


# the ordinal reads the same in English and French ("a second air strike", "une deuxième frappe")
@needs_data
@pytest.mark.parametrize("text, lang", [
    ("Warplanes carried out an air strike on a hideout in the Yathrib district at dawn on Wednesday. The jets then"
     " carried out a second air strike on a tunnel in the Dhuluiya district.", "en"),
    ("L'aviation a mené mercredi à l'aube une frappe aérienne contre une cache dans le district de Yathrib. Les"
     " avions ont ensuite mené une deuxième frappe contre un tunnel dans le district de Dhuluiya.", "fr"),
])
def test_an_ordinal_attack_in_english_and_french(text, lang):
    got = [value_of(f, "target").name for f in frames_of(text, lang, P) if value_of(f, "target")]
    assert {"Yathrib", "Dhuluiya"} <= set(got), got
