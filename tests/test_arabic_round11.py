"""Arabic news grammar, round 11: the dead counted as "martyrs" (شهداء), "two others" (اثنان آخران) among the
wounded, a revised toll announced "today" whose attack was told on an earlier day, the verb هاجم, helicopters that
fire rockets (an air attack), the verbal noun "الكشف عن" (no place), and the office a source works in.

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


def _frames(text, published=dt.date(2023, 5, 16)):
    return frames_of(text, "ar", published)


def _best(frame, kind):
    """The figure a reader is shown: a revised toll beats the first one."""
    facts = frame.get(kind)
    revised = [f.value for f in facts if f.qualifier == "revised"]
    return revised[-1] if revised else (facts[0].value if facts else None)


# --------------------------------------------------------------------------- martyrs and "two others"


@pytest.mark.parametrize("text, killed, injured", [
    ("ارتفعت حصيلة التفجير الذي استهدف سوقا شعبيا في البلدة إلى خمسة عشر شهيدا", 15, None),
    ("بارتفاع حصيلة الهجوم على نقطة التفتيش إلى 6 شهداء و4 جرحى", 6, 4),
    ("سقط شهيدان وجرح ثلاثة من أفراد الدورية", 2, 3),
    ("قتل ثلاثة حراس وأصيب اثنان آخران بجروح طفيفة", 3, 2),
    ("استشهد خمسة منتسبين فيما أصيب اثنان آخران بجروح", 5, 2),
])
def test_martyrs_and_two_others_are_counted(text, killed, injured):
    t = arabic.clean(text)
    assert arabic.casualties(t, "killed") == ([(killed, None)] if killed is not None else [])
    assert arabic.casualties(t, "injured") == ([(injured, None)] if injured is not None else [])


@pytest.mark.parametrize("text", [
    "وأكد المحافظ أن دماء الشهداء لن تذهب سدى",
    "وشارك الآلاف في تشييع الشهداء في مقبرة المدينة",
])
def test_martyrs_without_a_figure_state_no_toll(text):
    assert arabic.casualties(arabic.clean(text), "killed") == []


@pytest.mark.parametrize("text", [
    "أفاد مصدر، اليوم، بارتفاع حصيلة القصف إلى 9 قتلى",
    "وأعلنت الوزارة لارتفاع عدد الجرحى إلى عشرين",
])
def test_a_toll_update_after_a_preposition_is_one(text):
    assert arabic.toll_update(arabic.clean(text))


# --------------------------------------------------------------------------- the day of a revised toll


def test_a_toll_announced_today_dates_the_attack_told_next():
    # published on a Tuesday: the statement is of today, the attack of Sunday evening
    text = ("أعلنت وزارة الداخلية، اليوم الثلاثاء، ارتفاع حصيلة الهجوم الذي استهدف نقطة تفتيش قرب قرية المحمودية "
            "إلى ستة شهداء، فيما أصيب ثلاثة آخرون بجروح.\n\n"
            "وقالت الوزارة في بيان إن \"عبوة ناسفة انفجرت مساء يوم الأحد على عجلة تابعة للشرطة في قرية المحمودية\".")
    frames = [f for f in _frames(text) if value_of(f, "target") is not None]
    assert len(frames) == 1
    f = frames[0]
    assert value_of(f, "date").earliest == dt.date(2023, 5, 14)
    assert _best(f, "killed") == 6 and _best(f, "injured") == 3


def test_a_village_attack_told_by_its_toll_takes_the_day_of_the_assault():
    # the place is named once, in the toll; the assault "yesterday evening" has no place of its own
    text = ("أفاد مصدر أمني في محافظة نينوى، اليوم الثلاثاء، بارتفاع حصيلة الهجوم الذي شنه مسلحون على قرية "
            "الخضراء إلى 7 شهداء و5 جرحى.\n\n"
            "وقال المصدر إن \"مجموعة مسلحة هاجمت مساء أمس الإثنين القرية بالأسلحة الخفيفة\".")
    frames = [f for f in _frames(text) if value_of(f, "target") is not None]
    assert len(frames) == 1
    assert value_of(frames[0], "date").earliest == dt.date(2023, 5, 15)
    assert _best(frames[0], "killed") == 7 and _best(frames[0], "injured") == 5


def test_a_toll_of_an_attack_still_dated_today_keeps_its_day():
    # no other day is told: the incident stays on the day of the report (not dropped, not undated)
    text = "أعلنت الشرطة، اليوم، ارتفاع حصيلة التفجير الذي استهدف سوق بلدة الخالدية إلى أربعة قتلى."
    frames = [f for f in _frames(text) if value_of(f, "target") is not None]
    assert len(frames) == 1
    assert value_of(frames[0], "date") is not None


# --------------------------------------------------------------------------- attack words and types


@pytest.mark.parametrize("text", [
    "هاجم مسلحون مجهولون فجر اليوم قرية العوجة بالأسلحة المتوسطة، ما أدى إلى مقتل مزارعين اثنين.",
    "وهاجمت مجموعة مسلحة ليل أمس نقطة للجيش في بلدة السخنة وقتل جنديان.",
])
def test_hajama_tells_an_attack(text):
    frames = [f for f in _frames(text) if value_of(f, "target") is not None]
    assert len(frames) == 1 and _best(frames[0], "killed") == 2


@pytest.mark.parametrize("text", [
    "أطلقت مروحيات حربية فجر اليوم صواريخ على مواقع قرب بلدة الحميدية، دون وقوع إصابات.",
    "وقامت طائرات مروحية تابعة للجيش بإطلاق صاروخين على تجمع قرب قرية الطيبة صباح اليوم.",
    "شن الاحتلال عدوانا بطائرة مروحية على نقطة في بلدة الرفيد فجر اليوم.",
])
def test_helicopters_firing_rockets_make_an_airstrike(text):
    frames = [f for f in _frames(text) if value_of(f, "target") is not None]
    assert frames and all(value_of(f, "event_type") == "airstrike" for f in frames)


def test_rockets_fired_from_the_ground_stay_a_rocket_attack():
    frames = _frames("سقطت ثلاثة صواريخ فجر اليوم على بلدة الحميدية دون وقوع إصابات.")
    assert [value_of(f, "event_type") for f in frames] == ["rocket attack"]


# --------------------------------------------------------------------------- names that are no place


@needs_data
def test_uncovering_the_perpetrators_is_no_place():
    text = ("قتل ثلاثة عمال بهجوم بطائرة مسيرة على حقل غاز قرب بلدة الشرقاط مساء الجمعة.\n\n"
            "ووصف المحافظ الهجوم بأنه \"جبان\"، داعيا إلى \"الكشف عن الجناة\".\n\n"
            "وقال عامل طالبا عدم الكشف عن اسمه إن الهجوم أوقف الإنتاج.")
    frames = _frames(text, dt.date(2023, 5, 13))  # (the extractor spots known names in the GeoNames data)
    names = [value_of(f, "target").name for f in frames if value_of(f, "target") is not None]
    assert not any("الكشف" in n for n in names)
    mentions = [m.name for m in arabic.find_mentions(arabic.clean("داعيا إلى الكشف عن الجناة"), lambda name: True)]
    assert "الكشف" not in mentions
    assert len(names) == 1


@pytest.mark.parametrize("office", ["إدارة قضاء", "مجلس محافظة", "بلدية"])
def test_the_office_of_a_source_is_where_it_speaks_not_a_target(office):
    text = (f"سقط صاروخ مساء الجمعة على مخزن في بلدة الكرمة.\n\n"
            f"وقال مسؤول في {office} الفلوجة إن \"الصاروخ سقط قرابة الساعة العاشرة مساء\"، مشيرا إلى أن "
            f"الحصيلة ارتفعت صباح اليوم إلى قتيلين.")
    frames = [f for f in _frames(text, dt.date(2023, 5, 13)) if value_of(f, "target") is not None]
    assert not any("الفلوجة" in value_of(f, "target").name for f in frames)
