"""Arabic news grammar, round 8: a projectile named as the subject past several adjectives, "مقذوف", the one a
strike was aimed at and his companions, figures that belong to the verb before them, tolls that rise with the
toll noun first or with a bare "العدد", tolls summed over several areas, the capital named after its adjective,
and a launcher found in an area the gazetteer does not know.

The sentences are written for these tests, with places, wording and numbers of their own.
"""
import datetime as dt
from pathlib import Path

import pytest

from geo_events import arabic
from geo_events.extract import _known_name
from geo_events.models import Document

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def count(text):
    return arabic.count(arabic.clean(text))


def killed(text):
    return arabic.casualties(arabic.clean(text), "killed")


def injured(text):
    return arabic.casualties(arabic.clean(text), "injured")


def mentions(text):
    return [(m.name, m.role, m.cue) for m in arabic.find_mentions(arabic.clean(text), _known_name)]


@pytest.mark.parametrize("text,expected", [
    # the subject quoted, three adjectives before its verb
    ('وذكر المتحدث أن "طائرة مسيرة انتحارية بعيدة المدى" أصابت مستودعا قرب الميناء', (1, None)),
    ("وقال المصدر إن صاروخا باليستيا قصير المدى سقط في ساحة المعسكر", (1, None)),
    # "مقذوف": what a statement calls the projectile before naming its kind
    ("أعلنت الشرطة سقوط مقذوف على سطح مدرسة في المدينة", (1, None)),
    ("وأوضح البيان أن مقذوفين انفجرا قرب محطة الوقود", (2, None)),
    ("سقطت خمسة مقذوفات على أطراف القرية", (5, None)),
    # the instrument quoted after بـ
    ("وقال المتحدث إن قواته ضربت الميناء بـ«صاروخ مجنح» بعيد المدى", (1, None)),
])
def test_one_projectile_in_news_wordings(text, expected):
    assert count(text) == expected


def test_a_plural_subject_past_adjectives_is_not_one():
    # "طائرات مسيرة" is plural: the bare "مسيرة" after it is its adjective, however many words follow
    assert count("وقال البيان إن طائرات مسيرة انتحارية بعيدة المدى ضربت الميناء") is None


@pytest.mark.parametrize("text,expected", [
    ("ما أسفر عن مقتل قائد ميداني في الفصيل المسلح وثلاثة من عناصره، وفق مصادر محلية", 4),
    ("قتل قيادي بارز واثنان من حراسه الشخصيين في الضربة قرب مدينة دير حافر", 3),
    ("قتل ضابط في الشرطة المحلية وأربعة من الحراس في الهجوم على الحاجز", 5),
])
def test_the_one_aimed_at_and_his_companions_add_up(text, expected):
    assert killed(text) == [(expected, None)]


def test_a_leader_alone_is_one_killed():
    assert killed("أسفرت الغارة عن مقتل قيادي في الجماعة قرب الحدود") == [(1, None)]


def test_a_figure_after_a_killed_verb_is_not_the_injured():
    # "قتل خمسة عمال وأصيب العشرات": the five were killed; the injured are many, not five
    text = "قتل خمسة عمال وأصيب العشرات، صباح الاثنين، في قصف بطائرة مسيرة استهدف مصنعا"
    assert killed(text) == [(5, None)]
    assert injured(text) != [(5, None)]


def test_a_figure_before_its_own_verb_still_counts():
    assert killed("أربعة مدنيين قتلوا وأصيب سبعة آخرون") == [(4, None)]


@pytest.mark.parametrize("text,which,expected", [
    ("وأعلنت الوزارة لاحقا أن عدد الجرحى ارتفع إلى 41، بينهم خمسة في حالة حرجة", "injured", 41),
    ("وقال المستشفى إن حصيلة القتلى قد بلغت 17 شخصا", "killed", 17),
])
def test_a_toll_named_before_its_verb_is_a_revision(text, which, expected):
    clean = arabic.clean(text)
    assert arabic.toll_update(clean)
    assert arabic.casualties(clean, which) == [(expected, None)]


def test_a_bare_number_rising_revises_the_figure_named_last():
    text = "أسفر الانفجار عن إصابة ستة أشخاص، قبل أن يرتفع العدد إلى تسعة في المساء"
    assert injured(text) == [(9, None)]
    assert killed(text) == []
    assert arabic.toll_update(arabic.clean(text))
    text = "أدى القصف إلى مقتل امرأتين، قبل أن يرتفع العدد إلى أربعة بعد وفاة اثنين من المصابين"
    assert killed(text) == [(4, None)]


def test_a_toll_of_strikes_over_several_areas_is_no_events_figure():
    # the raids were many and spread: the sum of incidents the report then tells one by one
    assert killed("ارتفعت حصيلة الضربات الجوية على قرى ريف حماة الشمالي إلى 14 قتيلا، بينهم أربعة أطفال") == []
    # the strikes of one town keep their toll
    assert killed("ارتفعت حصيلة الغارات على بلدة كفرنبل إلى 11 قتيلا") == [(11, None)]


def test_the_capital_named_after_its_adjective_is_the_place():
    found = mentions("انفجرت عبوة ناسفة صباح اليوم وسط العاصمة اللبنانية بيروت")
    assert [name for name, role, _ in found if role == "target"] == ["بيروت"]
    assert not any(cue == "country" for _, _, cue in found)


def test_a_launcher_found_in_an_unknown_area_is_the_launch_site_with_its_distance():
    found = [(m.name, m.role, m.direction, m.distance_km) for m in arabic.find_mentions(arabic.clean(
        "وأكدت الشرطة أنها عثرت على منصة الإطلاق في منطقة الزعفرانية، على بعد نحو اثني عشر كيلومترا شرقي القاعدة"),
        lambda name: False)]
    assert found == [("الزعفرانية", "launch", "east", 12.0)]


def test_an_unknown_definite_word_after_mintaqa_is_still_no_place_without_a_launcher():
    assert mentions("وقع الانفجار في منطقة الاشتباكات قرب السوق") == []


@pytest.mark.skipif(not (DATA / "geonames").is_dir(), reason="needs ../shared/data (GeoNames extract) for the gazetteer")
def test_a_launcher_area_unknown_to_the_gazetteer_still_places_the_launch_by_distance():
    from geo_events.pipeline import process

    text = ("أربيل - أعلنت مديرية مكافحة الإرهاب، اليوم السبت، أن أربعة صواريخ سقطت فجرا داخل مطار أربيل الدولي "
            "من دون وقوع إصابات.\n\n"
            "وأضافت أن القوات الأمنية عثرت على منصة الإطلاق في منطقة الكرمشانية، على بعد نحو عشرة كيلومترات "
            "جنوبي المطار، وفيها صاروخ لم ينطلق.\n")
    events = process([Document("erbil.txt", text, "ar", dt.date(2023, 6, 10))]).events
    (ev,) = events
    assert ev.count.best == 4
    launch = ev.launch
    assert launch is not None and launch.lat is not None
    # ten kilometres south of the airport (36.24 N, 43.96 E): about 0.09 degrees of latitude
    assert 36.10 < launch.lat < 36.20 and abs(launch.lon - ev.place.lon) < 0.05


def test_the_payload_of_the_drone_in_the_attack_idiom_makes_it_one():
    # "هجوم بطائرة مسيرة" names the means of the attack; a booby-trapped drone is one airframe described
    assert count("وفي صلاح الدين، استهدف هجوم بطائرة مسيرة ملغمة معسكرا للجيش فجر الجمعة") == (1, None)
    assert count("أصيب أربعة عمال في هجوم بطائرة مسيرة استهدف حقلا للغاز مساء الخميس") is None
