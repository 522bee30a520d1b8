"""Arabic news grammar, round 13: how wire copy writes tolls (a dual verb after its subject, "and a third
was wounded", partitive groups summed, a first toll a later one replaced, "no injuries were reported"
against "no news of victims"), a region a sentence opens on, an attack retold by "came N days after",
a relative clause after an area noun, and a launcher found "in an orchard near the village of X".

The sentences are written for these tests, with places, wording and numbers of their own.
"""
import datetime as dt
from pathlib import Path

import pytest

from factories import frames_of, value_of
from geo_events import arabic

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "geonames").is_dir(),
                                reason="needs ../shared/data (GeoNames extract) for the gazetteer")

PUBLISHED = dt.date(2023, 5, 11)  # a Thursday


def _toll(text):
    t = arabic.clean(text)
    return arabic.casualties(t, "killed"), arabic.casualties(t, "injured")


# --------------------------------------------------------------------------- tolls


@pytest.mark.parametrize("text, killed, injured", [
    # a dual verb after its subject: two, and "a third" after it is one more
    ("أفادت الشرطة بأن شرطيين قتلا وأصيب ثالث بجروح طفيفة", [(2, None)], [(1, None)]),
    ("وذكر المصدر أن مزارعين اثنين أصيبا بشظايا القذيفة", [], [(2, None)]),
    ("قتل ثلاثة حراس وأصيب رابع في القصف", [(3, None)], [(1, None)]),
    ("أسفر الانفجار عن مقتل سائق وإصابة آخر", [(1, None)], [(1, None)]),
])
def test_a_dual_verb_and_one_more_victim(text, killed, injured):
    assert _toll(text) == (killed, injured)


def test_a_dual_verb_with_no_pair_before_it_is_no_figure():
    assert _toll("وقالت الوزارة إنهم قتلا عمدا") == ([], [])


@pytest.mark.parametrize("text, injured", [
    # groups told as "N of the X": each counts
    ("أدى القصف إلى إصابة سبعة من المدنيين السوريين وثلاثة من عناصر الدفاع المدني", 10),
    ("وإصابة خمسة من الجنود الأتراك وعنصرين من الشرطة المحلية", 7),
])
def test_partitive_groups_joined_by_and_are_summed(text, injured):
    assert _toll(text)[1] == [(injured, None)]


@pytest.mark.parametrize("text, zero", [
    ("ولم يبلغ عن إصابات جراء سقوط الصاروخ", True),
    ("ولم تعلن الشرطة عن وقوع ضحايا في صفوف المدنيين", True),
    # no news of victims (yet) is no statement that there were none
    ("ولم ترد أنباء عن إصابات حتى الآن", False),
    ("ولم ترد معلومات عن خسائر بشرية", False),
])
def test_no_injuries_reported_is_zero_but_no_news_is_unknown(text, zero):
    assert _toll(text) == (([(0, None)], [(0, None)]) if zero else ([], []))


@needs_data
def test_a_first_toll_the_report_replaced_gives_way():
    text = ("قتل ثلاثة جنود وأصيب خمسة آخرون بانفجار عبوة ناسفة استهدفت دوريتهم قرب مدينة سامراء صباح اليوم الخميس.\n\n"
            "وقال مصدر أمني إن الحصيلة الأولية كانت مقتل جندي واحد وإصابة ستة، قبل أن يتوفى جنديان متأثرين بجراحهما.")
    frames = frames_of(text, "ar", PUBLISHED)
    assert len(frames) == 1
    killed = [f.value for f in frames[0].facts if f.kind == "killed"]
    assert killed == [3], killed


# --------------------------------------------------------------------------- places


@needs_data
def test_the_region_a_sentence_opens_on_frames_the_finer_place():
    text = ("وفي محافظة نينوى، قال مصدر في الشرطة إن عبوة ناسفة انفجرت مساء اليوم الخميس على دورية للجيش "
            "على طريق ترابي غرب قضاء تلعفر، ما أدى إلى إصابة جنديين.")
    frames = frames_of(text, "ar", PUBLISHED)
    target = value_of(frames[0], "target")
    assert target.name == "تلعفر", target
    assert target.container and "نينوى" in target.container


@pytest.mark.parametrize("text", [
    "سقطت القذيفة في منطقة تضم مزارع ومنازل متفرقة",
    "وقع الانفجار في منطقة يسيطر عليها مسلحون",
])
def test_a_verb_after_an_area_noun_opens_a_relative_clause_not_a_name(text):
    names = [m.name for m in arabic.find_mentions(arabic.clean(text), lambda name: False)]
    assert not any(n.startswith(("تضم", "يسيطر")) for n in names), names


@needs_data
def test_a_launcher_in_an_orchard_near_a_village_is_placed_by_the_village_and_its_bearing():
    text = ("سقطت أربعة صواريخ كاتيوشا على معسكر الغزلاني في الموصل مساء اليوم الخميس دون وقوع إصابات.\n\n"
            "وعثرت القوات الأمنية على منصة الإطلاق داخل مزرعة قرب قرية تل عبطة، على بعد نحو ستة كيلومترات جنوبي المعسكر.")
    frames = frames_of(text, "ar", PUBLISHED)
    launch = value_of(frames[0], "launch")
    assert launch is not None and launch.name != "مزرعة"
    assert launch.direction == "south" and launch.distance_km == pytest.approx(6.0)


# --------------------------------------------------------------------------- "came N days after"


def test_came_after_finds_the_head_that_times_the_news():
    assert arabic.came_after("وجاء القصف عقب ثلاثة أيام من هجوم استهدف المعسكر") is not None
    assert arabic.came_after("ويأتي الهجوم بعد ساعات قليلة على غارة") is not None
    assert arabic.came_after("ويأتي ذلك في ظل توتر متصاعد على الحدود") is None


@needs_data
def test_an_attack_told_after_came_days_after_is_an_event_of_its_own():
    text = ("سقطت ثلاث قذائف هاون على مطار أربيل الدولي مساء اليوم الخميس دون وقوع إصابات.\n\n"
            "وتأتي هذه الضربة بعد ثلاثة أيام من هجوم مماثل، إذ قصفت طائرة مسيرة مساء الإثنين قاعدة حرير الجوية "
            "شمال أربيل، ما أدى إلى إصابة جنديين.")
    frames = frames_of(text, "ar", PUBLISHED)
    days = {value_of(f, "date").earliest: value_of(f, "target").name for f in frames
            if value_of(f, "date") is not None and value_of(f, "target") is not None}
    assert dt.date(2023, 5, 8) in days, days
    assert "حرير" in days[dt.date(2023, 5, 8)]
    assert PUBLISHED in days


@needs_data
def test_a_setting_after_came_days_after_stays_background():
    text = ("سقطت ثلاث قذائف هاون على مطار أربيل الدولي مساء اليوم الخميس دون وقوع إصابات.\n\n"
            "ويأتي الهجوم بعد يومين من زيارة وزير الدفاع إلى قاعدة حرير الجوية شمال أربيل.")
    frames = frames_of(text, "ar", PUBLISHED)
    assert len(frames) == 1


def test_other_injuries_are_no_further_victim():
    # "إصابات أخرى" (other injuries) is a plural noun and its adjective, not "another one was wounded"
    assert _toll("قتل مزارع واحد دون وقوع إصابات أخرى") == ([(1, None)], [(0, None)])
