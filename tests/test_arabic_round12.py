"""Arabic news grammar, round 12: a weekday followed by the explicit day of a month (the day of the
month names the date, not "last Monday"), and a recent incident retold in the pluperfect with its own
place and its weekday (an event the report goes back over, not history).

The sentences are written for these tests, with places, wording and numbers of their own.
"""
import datetime as dt
from pathlib import Path

import pytest

from factories import frames_of, value_of
from geo_events import arabic, dates

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "geonames").is_dir(),
                                reason="needs ../shared/data (GeoNames extract) for the gazetteer")

PUBLISHED = dt.date(2022, 11, 17)  # a Thursday


def _days(text, lang):
    return [(m.kind, m.span.earliest) for m in dates.find_dates(text, lang, PUBLISHED) if m.span]


# --------------------------------------------------------------------------- weekday + explicit day


@pytest.mark.parametrize("text, lang, day", [
    ("وكانت طائرة مسيرة قد قصفت الموقع مساء يوم الجمعة الـ 7 من تشرين الأول الماضي", "ar", dt.date(2022, 10, 7)),
    (arabic.clean("وكانت طائرة مسيرة قد قصفت الموقع مساء يوم الجمعة الـ7 من تشرين الأول الماضي"), "ar",
     dt.date(2022, 10, 7)),
    ("سقطت القذائف صباح السبت، 15 أكتوبر", "ar", dt.date(2022, 10, 15)),
    ("وقع الهجوم يوم الثلاثاء الموافق 4 تشرين الأول", "ar", dt.date(2022, 10, 4)),
    ("استهدفت الغارة المعسكر يوم الأحد التاسع من تشرين الأول", "ar", dt.date(2022, 10, 9)),
    ("The depot was shelled on Wednesday, October 12, officials said", "en", dt.date(2022, 10, 12)),
    ("Le dépôt avait été visé mardi, 11 octobre", "fr", dt.date(2022, 10, 11)),
])
def test_the_explicit_day_after_a_weekday_names_the_date(text, lang, day):
    found = _days(text, lang)
    assert [d for _, d in found] == [day], found


@pytest.mark.parametrize("text, lang, day", [
    ("fired on Tuesday 40 rockets at the town", "en", dt.date(2022, 11, 15)),
    ("وقصفت المدفعية يوم الثلاثاء 3 مواقع", "ar", dt.date(2022, 11, 15)),
])
def test_a_count_after_a_weekday_leaves_the_weekday(text, lang, day):
    assert [d for _, d in _days(text, lang)] == [day]


def test_a_figure_of_people_is_no_day_of_a_month():
    # "12 من" is a day only when a month name follows
    assert _days("قتل 12 من عناصر الأمن", "ar") == []


# --------------------------------------------------------------------------- a retold recent incident


def test_the_pluperfect_with_a_weekday_and_a_place_within_two_months_is_news():
    text = arabic.clean("وكان ثلاثة عمال قد أصيبوا يوم الثلاثاء الماضي بسقوط قذيفة قرب محطة الكهرباء في المدينة")
    assert not arabic.retells(text, [9], dated_place=True)
    # the same clause with no place of its own, or two years back, is still a look back
    assert arabic.retells(text, [9], dated_place=False)
    assert arabic.retells(text, [700], dated_place=True)


def test_the_pluperfect_with_a_bare_calendar_day_stays_history():
    text = arabic.clean("وكانت السفارة قد تعرضت في 2 أيلول الماضي لقصف صاروخي")
    assert arabic.retells(text, [40], dated_place=True)


@needs_data
def test_a_retold_attack_with_its_weekday_and_town_is_an_event():
    text = ("قصفت طائرة مسيرة صباح اليوم الخميس مقرا أمنيا في مدينة تكريت دون وقوع إصابات.\n\n"
            "وكان مسلحون قد أطلقوا ثلاث قذائف هاون على بلدة الضلوعية مساء يوم الأحد الماضي، ما أدى إلى إصابة طفلين.")
    frames = frames_of(text, "ar", PUBLISHED)
    days = {value_of(f, "date").earliest: value_of(f, "target") for f in frames if value_of(f, "date") is not None}
    assert dt.date(2022, 11, 13) in days, days
    assert PUBLISHED in days


@needs_data
def test_a_retold_attack_on_a_bare_calendar_day_is_not_an_event():
    text = ("قصفت طائرة مسيرة صباح اليوم الخميس مقرا أمنيا في مدينة تكريت دون وقوع إصابات.\n\n"
            "وكانت بلدة الضلوعية قد تعرضت في 20 أيلول الماضي لهجوم بقذائف الهاون أدى إلى إصابة طفلين.")
    frames = frames_of(text, "ar", PUBLISHED)
    days = [value_of(f, "date").earliest for f in frames if value_of(f, "date") is not None]
    assert dt.date(2022, 9, 20) not in days
    assert PUBLISHED in days


# --------------------------------------------------------------------------- how many projectiles


@pytest.mark.parametrize("text", [
    "وأطلقت الطائرات المروحية عدة صواريخ على مواقع قرب البلدة",
    "سقطت عدة قذائف هاون في محيط المعسكر",
])
def test_several_projectiles_give_no_figure(text):
    assert arabic.count(arabic.clean(text)) is None


@pytest.mark.parametrize("text", [
    "وأفادت الشركة بأن خزان الوقود تعرض لهجوم بصاروخ أدى إلى اندلاع حريق",
    "قتل حارسان بهجوم بطائرة مسيرة على بوابة المصنع",
])
def test_an_attack_by_one_projectile_counts_one(text):
    assert arabic.count(arabic.clean(text)) == (1, None)


@pytest.mark.parametrize("text", [
    "قتل حارسان في هجوم بطائرة مسيرة استهدف بوابة المصنع",  # the genre of attack, not how many
    "تعرض المعسكر لهجوم بطائرات مسيرة",  # a plural: no figure
])
def test_the_genre_of_an_attack_gives_no_figure(text):
    assert arabic.count(arabic.clean(text)) is None
