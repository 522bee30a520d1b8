"""Arabic tolls, round cas45: the subject told after the raid it refers back to, and a war's running toll since
it began (invented items).

Every sentence is written for these tests, modelled on agency copy (WAFA, NNA, Al-Masirah, SANA).

- "وأصيب في الهجوم اثنا عشر آخرون", "واستشهد في الغارة مواطنان", "وقتل في الهجوم جنديان": between a passive
  casualty verb and its subject stands the definite attack already told; the figure after it is the toll.
- "ومنذ بدء العدوان ارتفع عدد الشهداء إلى 30 ألفا", "منذ السابع من أكتوبر ... 300": the running toll of a war since
  it began is no one raid's, whatever its figure (and "ألفا", the accusative of thousand, is thousands).
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


def _events(text):
    return events_of(text, "ar", P)


@pytest.mark.parametrize("text, killed, injured", [
    ("قتل خمسة أشخاص في هجوم بطائرة مسيرة على بلدة عيتا الشعب جنوب لبنان اليوم الخميس. وأصيب في الهجوم اثنا عشر آخرون.",
     5, 12),
    ("قتل خمسة أشخاص في غارة على بلدة ميس الجبل اليوم الخميس. وأصيب في الغارة 12 آخرون.", 5, 12),
    ("استهدفت غارة إسرائيلية سيارة على طريق بلدة الناقورة اليوم الخميس. واستشهد في الغارة مواطنان.", 2, None),
    ("استهدفت غارة إسرائيلية سيارة في بلدة الناقورة اليوم الخميس. واستشهد في الغارة ثلاثة مواطنين.", 3, None),
    ("استهدفت غارة إسرائيلية سيارة في بلدة الناقورة اليوم الخميس. وقتل في الهجوم جنديان.", 2, None),
])
def test_subject_after_the_attack_told_is_the_toll(text, killed, injured):
    (e,) = _events(text)
    assert (e.killed.best, e.injured.best) == (killed, injured)


@pytest.mark.parametrize("text", [
    "استشهد خمسة مواطنين في غارة إسرائيلية على مخيم المغازي اليوم. ومنذ بدء العدوان ارتفع عدد الشهداء إلى 30 ألفا.",
    "استشهد خمسة مواطنين في غارة إسرائيلية على مخيم المغازي اليوم. ومنذ بدء العدوان ارتفع عدد الشهداء إلى 300 شهيد.",
    "استشهد خمسة مواطنين في غارة إسرائيلية على مخيم المغازي اليوم. وارتفع عدد الشهداء منذ السابع من أكتوبر إلى 900.",
])
def test_running_toll_of_the_war_is_no_raids_toll(text):
    (e,) = _events(text)
    assert e.killed.best == 5


@pytest.mark.parametrize("text, killed", [
    ("استشهد ثمانية مواطنين في غارة إسرائيلية استهدفت منزلا في مدينة رفح اليوم الجمعة. وارتفع عدد شهداء الغارة إلى أحد عشر.", 11),
    ("قتل 20 شخصا في غارة على مدينة صنعاء اليوم. وارتفعت الحصيلة لاحقا إلى 25 قتيلا.", 25),
])
def test_toll_update_still_replaces(text, killed):
    (e,) = _events(text)
    assert e.killed.best == killed
