"""Arabic wire copy, round ar43: the day an Arabic event is dated (invented).

Every sentence is written for these tests, modelled on agency copy (SANA, NNA, WAFA, INA, Al Mayadeen, Asharq
Al-Awsat, Reuters and AFP Arabic).  An Arabic news reader dates an incident by these rules:

- the weekday set beside "اليوم" / "أمس", bare or in brackets ("أمس (الأحد)", Asharq Al-Awsat's house style), is the
  day itself, even when the metadata's date is a day off either way ("أمس الثلاثاء" stamped Tuesday is Tuesday);
- the day set before "أن"/"إن" after a verb of saying ("قال الجيش في بيان اليوم إن", "وقال المرصد ... يوم الثلاثاء
  إن") is the statement's: the incident's own day, told after "إن", dates it;
- "اليوم" counting a war's days ("في اليوم الـ158 من العدوان") or ending a period ("حتى اليوم") is no incident's day;
- "اليوم" and "أمس" count from the day the copy was written: its dateline ("دمشق، 11 آذار (سانا) -") or date line
  ("الرياض - الاثنين 11 آذار 2024"), when the metadata's date is a day or two later (in English and French too).
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 12)  # a Tuesday
D = dt.date


def _days(text, lang="ar", published=P):
    return [(e.date.earliest, e.date.latest) if e.date else None for e in events_of(text, lang, published)]


@pytest.mark.parametrize("text, day", [
    ("شنت طائرات حربية إسرائيلية، أمس (الأحد)، غارة على بلدة عيتا الشعب، ما أدى إلى إصابة مواطن.", D(2024, 3, 10)),
    ("شنت طائرات حربية إسرائيلية، اليوم (الاثنين)، غارة على بلدة عيتا الشعب، ما أدى إلى إصابة مواطن.", D(2024, 3, 11)),
    # the metadata a day before the writer's day: the weekday named is the day, up to publication
    ("شنت طائرات حربية إسرائيلية، أمس الثلاثاء، غارة على بلدة عيتا الشعب، ما أدى إلى إصابة مواطن.", D(2024, 3, 12)),
])
def test_weekday_beside_relative_word_is_the_day(text, day):
    assert _days(text) == [(day, day)]


@pytest.mark.parametrize("text, lang, day", [
    ("Israeli jets struck the town of Aita al-Shaab yesterday, Tuesday, wounding one man.", "en", D(2024, 3, 12)),
    ("Israeli jets struck the town of Aita al-Shaab yesterday (Sunday), wounding one man.", "en", D(2024, 3, 10)),
    ("Des avions israéliens ont frappé hier (dimanche) la localité d'Aïta al-Chaab, blessant un homme.", "fr",
     D(2024, 3, 10)),
])
def test_weekday_beside_yesterday_in_english_and_french_too(text, lang, day):
    assert _days(text, lang) == [(day, day)]


@pytest.mark.parametrize("text, day", [
    ("أعلنت وزارة الصحة الفلسطينية اليوم الثلاثاء أن غارة إسرائيلية على مدينة خان يونس أمس أسفرت عن استشهاد ستة "
     "مواطنين.", D(2024, 3, 11)),
    ("قال الجيش الإسرائيلي في بيان اليوم إن طائراته قصفت أمس منشأة لحزب الله في بلدة عيتا الشعب.", D(2024, 3, 11)),
    ("وقال المرصد السوري لحقوق الإنسان يوم الثلاثاء إن غارات روسية استهدفت ليل الاثنين بلدة كفرنبل ما أدى إلى مقتل "
     "أربعة مدنيين.", D(2024, 3, 11)),
])
def test_day_of_the_statement_before_that_gives_way(text, day):
    assert _days(text) == [(day, day)]


@pytest.mark.parametrize("text, day", [
    ("استشهد خمسة فلسطينيين في اليوم الـ158 من العدوان الإسرائيلي على قطاع غزة، جراء قصف استهدف منزلا في رفح أمس.",
     D(2024, 3, 11)),
    ("لا يزال القصف مستمرا حتى اليوم على بلدة الخيام، حيث قتل شخصان أمس في غارة جوية.", D(2024, 3, 11)),
])
def test_today_that_is_no_day_yields(text, day):
    assert _days(text) == [(day, day)]


@pytest.mark.parametrize("text, lang, day", [
    ("دمشق، 11 آذار (سانا) - استشهد ثلاثة مدنيين اليوم جراء عدوان إسرائيلي بالصواريخ على مدينة حمص.", "ar",
     D(2024, 3, 11)),
    ("بيروت، 11 آذار (رويترز) - قتل شخصان في غارة إسرائيلية على بلدة النبطية أمس.", "ar", D(2024, 3, 10)),
    ("الرياض - الاثنين 11 آذار 2024\n\nأعلن التحالف اليوم اعتراض صاروخ باليستي أطلقه الحوثيون باتجاه مدينة جازان.",
     "ar", D(2024, 3, 11)),
    ("BEIRUT, March 11 (Reuters) - An Israeli air strike killed two people in the town of Nabatieh today, the state "
     "news agency said.", "en", D(2024, 3, 11)),
    ("BEYROUTH, 11 mars (AFP) - Une frappe israélienne a tué deux personnes hier dans la ville de Nabatiyé.", "fr",
     D(2024, 3, 10)),
])
def test_relative_words_count_from_the_dateline(text, lang, day):
    assert _days(text, lang) == [(day, day)]
