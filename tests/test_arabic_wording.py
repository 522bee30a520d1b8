"""Wording families of Arabic news copy (SANA, INA, SPA, Al Mayadeen, Rudaw register) that the clause reader must
get right: abstract nouns after a preposition, backers and group names that hold a country, unnamed bases, the
launch phrase that runs into the attack's verb, single projectiles, duals of any noun and "no casualties" phrasings.

The sentences are written for these tests, with places and wording of their own.
"""
import datetime as dt

import pytest

from geo_events import arabic
from geo_events.extract import _known_name
from geo_events.models import Document
from geo_events.pipeline import process


def mentions(text):
    return [(m.name, m.role) for m in arabic.find_mentions(arabic.clean(text), _known_name)]


def targets(text):
    return [name for name, role in mentions(text) if role == "target"]


@pytest.mark.parametrize("text", [
    "وجاء القصف في إطار حملة واسعة تشنها الطائرات الحربية",
    "وتجري هذه الهجمات في ظل توتر متصاعد على الحدود",
    "وفي أعقاب الغارة أغلقت السلطات الطريق",
    "وذلك في سياق الرد على الاعتداءات المتكررة",
])
def test_an_abstract_noun_after_a_preposition_is_no_place(text):
    # "في إطار" (within the framework of), "في ظل" (amid), "في أعقاب" (in the wake of): the gazetteer knows places
    # spelled like some of these words, and a report would list them as unresolved targets
    assert targets(text) == []


@pytest.mark.parametrize("text,place", [
    ("أسقطت الدفاعات الجوية صاروخين في سماء مدينة حمص", "حمص"),
    ("وتصدت المضادات لطائرة مسيرة في أجواء حماة", "حماة"),
])
def test_the_skies_of_a_place_name_the_place_not_the_sky(text, place):
    found = targets(text)
    assert place in found and "سماء" not in found and "أجواء" not in found


def test_a_backer_is_neither_target_nor_launch_site():
    # the من of "backed by" must not read as the من of "launched from", and the airport after the attack's own verb
    # is the target whatever من came before it
    text = ("وقال المتحدث إن صاروخا باليستيا أطلقته الجماعة المسلحة المدعومة من إيران استهدف صباح اليوم الجمعة "
            "مطار نجران الإقليمي")
    roles = dict(mentions(text))
    assert roles.get("إيران") == "reference"
    assert any(role == "target" and "نجران" in name for name, role in mentions(text))
    assert "launch" not in roles.values()


def test_a_launch_site_before_the_target_keeps_its_role():
    roles = dict(mentions("صواريخ أطلقت من منطقة الزبير باتجاه البصرة"))
    assert roles["الزبير"] == "launch" and roles["البصرة"] == "target"


def test_a_group_named_after_its_country_is_not_a_target():
    text = "وتبنت المقاومة الإسلامية في العراق هجوما بطائرة مسيرة على قاعدة حرير"
    roles = dict(mentions(text))
    assert roles.get("العراق") == "reference"
    assert any(role == "target" and "حرير" in name for name, role in mentions(text))


def test_a_country_holding_unnamed_bases_is_their_area_not_a_target():
    # the lead that sums up attacks on "bases in <country>" before the report tells each one
    assert "سوريا" not in targets("أعلنت فصائل مسلحة استهداف ثلاث قواعد أمريكية في سوريا بالصواريخ")
    # one base, even unnamed, in a province: that province is where the attack was
    assert targets("سقطت قذائف على قاعدة في الأنبار") == ["الأنبار"]


@pytest.mark.parametrize("text,expected", [
    ("وأسقطت الدفاعات الجوية أيضا فجر أمس الأحد صاروخا مجنحا", (1, None)),
    ("اعترضت منظومة الدفاع كذلك صباح اليوم طائرة مسيرة مفخخة", (1, None)),
    ("وأفاد المصدر بأن طائرة مسيرة انتحارية أطلقتها جماعة مسلحة انفجرت قرب المصفاة", (1, None)),
    ("وقال إن صاروخا أطلقه المسلحون سقط في أرض زراعية", (1, None)),
    # a plural: the bare "مسيرة" after "طائرات" is its adjective, no single drone
    ("وتعرض الحقل لهجوم بطائرات مسيرة أطلقتها فصائل مسلحة", None),
    ("طائرات مسيرة سقطت قرب الميناء", None),
])
def test_single_projectile_counts(text, expected):
    assert arabic.count(arabic.clean(text)) == expected


@pytest.mark.parametrize("text,which,expected", [
    ("وأدى سقوط الشظايا إلى إصابة مزارعين اثنين بجروح", "injured", [(2, None)]),
    ("ما أسفر عن إصابة عاملتين اثنتين في المصنع", "injured", [(2, None)]),
    ("وأسفر الانفجار عن إصابة مسافر بجروح طفيفة", "injured", [(1, None)]),
    ("ومقتل ثلاثة مقيمين من الجنسية الهندية", "killed", [(3, None)]),
    ("وسقط الصاروخ في منطقة مفتوحة من دون أن تسجل أي إصابات", "injured", [(0, None)]),
    ("وانفجرت العبوة دون أن يبلغ عن ضحايا", "killed", [(0, None)]),
    ("وانفجرت العبوة دون أن تقع خسائر بشرية", "injured", [(0, None)]),
    # silence stays unknown
    ("وانفجرت العبوة على جانب الطريق", "injured", []),
])
def test_casualty_wordings(text, which, expected):
    assert arabic.casualties(arabic.clean(text), which) == expected


def test_backed_group_report_gives_one_drone_at_the_airport_on_the_day():
    text = ("جدة - واس\n\n"
            "أعلنت قيادة التحالف أن طائرة مسيرة مفخخة أطلقتها جماعة مسلحة مدعومة من طهران استهدفت صباح اليوم الخميس "
            "مطار جازان الإقليمي، ما أدى إلى إصابة عاملين اثنين بجروح طفيفة.\n")
    events = process([Document("sa.txt", text, "ar", dt.date(2022, 5, 12))]).events
    assert len(events) == 1
    ev = events[0]
    assert ev.place is not None and abs(ev.place.lat - 16.90) < 0.2 and abs(ev.place.lon - 42.58) < 0.2
    assert ev.count.best == 1 and ev.injured.best == 2
    assert ev.date.earliest == ev.date.latest == dt.date(2022, 5, 12)
    assert ev.launch is None or ev.launch.name in (None, "")
