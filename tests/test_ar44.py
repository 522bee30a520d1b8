"""Arabic wire copy, round ar44: more shapes of the day an Arabic event is dated (invented).

Every sentence is written for these tests, modelled on agency copy (SANA, NNA, WAFA, INA, Al Mayadeen, Al Jazeera,
Reuters and AFP Arabic).  An Arabic news reader dates an incident by these rules:

- "منذ يومين", "منذ ثلاثة أيام" told of a past act is "two / three days ago", like "قبل يومين"; and "قبل ثلاثة أيام"
  stays "three days ago" before a word that only begins with "من" ("قبل ثلاثة أيام منزلا");
- a dateline whose place is closed by a dash ("غزة - 13 آذار/مارس (وكالات) -"), or that opens the first paragraph
  under a title, is the day the copy was written: "اليوم" and "أمس" count from it.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)  # a Friday
D = dt.date


def _days(text, lang="ar", published=P):
    return [(e.date.earliest, e.date.latest) if e.date else None for e in events_of(text, lang, published)]


@pytest.mark.parametrize("text, day", [
    ("استشهد ثلاثة فلسطينيين منذ يومين جراء غارة إسرائيلية على منزل في مدينة رفح.", D(2024, 3, 13)),
    ("قتل شخصان جراء غارة إسرائيلية على بلدة الخيام منذ يومين.", D(2024, 3, 13)),
    ("أفادت مصادر محلية بأن غارة إسرائيلية استهدفت منذ ثلاثة أيام منزلا في بلدة بنت جبيل، ما أسفر عن مقتل شخصين.",
     D(2024, 3, 12)),
    ("أفادت مصادر محلية بأن غارة إسرائيلية استهدفت قبل ثلاثة أيام منزلا في بلدة بنت جبيل، ما أسفر عن مقتل شخصين.",
     D(2024, 3, 12)),
])
def test_days_ago_told_with_mundhu_or_qabl(text, day):
    assert _days(text) == [(day, day)]


@pytest.mark.parametrize("text, day", [
    ("غزة - 13 آذار/مارس (وكالات) - استشهد فلسطينيان أمس في قصف إسرائيلي على مدينة خان يونس.", D(2024, 3, 12)),
    ("غارات إسرائيلية على خان يونس\n\nغزة - 14 آذار/مارس (وكالات) - استشهد فلسطينيان أمس في قصف إسرائيلي على "
     "مدينة خان يونس جنوب قطاع غزة.", D(2024, 3, 13)),
    ("غارات إسرائيلية على جنوب لبنان\n\nبيروت، 14 آذار (رويترز) - قتل شخصان في غارة إسرائيلية على بلدة الخيام "
     "اليوم.", D(2024, 3, 14)),
])
def test_relative_words_count_from_a_dash_or_titled_dateline(text, day):
    assert _days(text) == [(day, day)]
