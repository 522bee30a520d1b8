"""Date windows and anaphoric days (round window43).

What was wrong at fd5a754 (every FIXED case fails there):

- "over the past 24 hours", "au cours des dernières 24 heures", "خلال الساعات الـ24 الماضية" and their kin (48 hours,
  the past day, the past few hours, the past week) gave no date: the event took the statement's day ("said on
  Thursday") or, with no other date, the 180-day range of an undated report; "خلال اليوم الماضي" read as today.
  They are now a window ending on the statement's day (else publication): dates.PATTERNS "past_window",
  dates._window_of_statement.  "overnight and into Thursday" was read as the night into publication day (the
  "overnight" pattern now takes the "and").
- "وفي ذلك اليوم" read as today; "that day" / "ce jour-là" and "في اليوم نفسه" in a clause that also gives the day a
  source spoke lost their event, and "Le même jour, ..., a indiqué l'armée jeudi" took the statement's day
  (extract: a day before the statement's was taken for the second half of "اليوم الثلاثاء").
"""
import datetime as dt

import pytest

from factories import events_of

THU = dt.date(2024, 7, 4)
FRI = dt.date(2024, 7, 5)


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat("2024-" + text)


def _dates(text: str, lang: str, published: dt.date) -> dict:
    return {e.place_name: (e.date.earliest, e.date.latest) for e in events_of(text, lang, published) if e.date}


# (language, passage, publication, place, earliest, latest)
FIXED = [
    ("en", "The army said on Thursday it had struck 30 targets in Khiam over the past 24 hours.", FRI,
     "Khiam", "07-03", "07-04"),
    ("en", "The health ministry said Tuesday that Israeli strikes on Rafah killed 40 people during the past 24 hours.",
     FRI, "Rafah", "07-01", "07-02"),
    ("en", "Israeli strikes killed 12 people in Khan Younis in the past 24 hours, the health ministry said.", THU,
     "Khan Younis", "07-03", "07-04"),
    ("en", "The military said it had intercepted 20 rockets fired at Kiryat Shmona in the last 48 hours.", THU,
     "Kiryat Shmona", "07-02", "07-04"),
    ("en", "Over the past day, Israeli artillery shelled Khiam, the army said.", THU, "Khiam", "07-03", "07-04"),
    ("en", "In the past few hours, Israeli aircraft struck Khan Younis, killing five people.", THU,
     "Khan Younis", "07-03", "07-04"),
    ("en", "Hezbollah fired 50 rockets at Kiryat Shmona over the past week.", THU, "Kiryat Shmona", "06-27", "07-04"),
    ("en", "Israeli jets struck Khiam on Wednesday; in the past 24 hours, 30 rockets hit Kiryat Shmona.", FRI,
     "Kiryat Shmona", "07-04", "07-05"),
    ("fr", "L'armée a indiqué jeudi avoir frappé Khiam au cours des dernières 24 heures.", FRI, "Khiam", "07-03", "07-04"),
    ("fr", "Le ministère a annoncé mardi que des frappes israéliennes ont tué 40 personnes à Rafah au cours des dernières "
     "24 heures.", FRI, "Rafah", "07-01", "07-02"),
    ("fr", "Ces dernières 24 heures, des frappes ont tué 12 personnes à Khan Younès.", THU, "Khan Younès", "07-03", "07-04"),
    ("fr", "En 24 heures, 30 roquettes ont été tirées sur Kiryat Shmona.", THU, "Kiryat Shmona", "07-03", "07-04"),
    ("fr", "Durant les 48 dernières heures, l'aviation israélienne a bombardé Khiam.", THU, "Khiam", "07-02", "07-04"),
    ("ar", "قالت وزارة الصحة يوم الثلاثاء إن 40 شخصا قتلوا في غارات إسرائيلية على رفح خلال الساعات الـ24 الماضية.", FRI,
     "رفح", "07-01", "07-02"),
    ("ar", "أعلن الجيش الإسرائيلي، الخميس، أنه قصف 30 هدفا في الخيام خلال الساعات الـ24 الماضية.", FRI,
     "الخيام", "07-03", "07-04"),
    ("ar", "قتل 12 شخصا في غارات على خان يونس خلال الـ24 ساعة الماضية.", THU, "خان يونس", "07-03", "07-04"),
    ("ar", "أطلق حزب الله 50 صاروخا على كريات شمونة في الساعات الأربع والعشرين الماضية.", THU,
     "كريات شمونة", "07-03", "07-04"),
    ("ar", "قصفت المدفعية الإسرائيلية بلدة الخيام خلال اليوم الماضي.", THU, "الخيام", "07-03", "07-04"),
    ("ar", "شنت الطائرات الإسرائيلية غارات على خان يونس خلال الساعات الماضية.", THU, "خان يونس", "07-03", "07-04"),
    ("ar", "قصفت المدفعية الإسرائيلية بلدة الخيام على مدار الساعات الـ48 الماضية.", THU, "الخيام", "07-02", "07-04"),
    ("en", "Russian drones attacked Odesa overnight and into Thursday, killing two people.", FRI,
     "Odesa", "07-03", "07-04"),
    # anaphoric days
    ("ar", "يوم الثلاثاء، سقطت صواريخ على كريات شمونة. وفي ذلك اليوم، استهدفت مسيرة المطلة.", THU,
     "المطلة", "07-02", "07-02"),
    ("ar", "يوم الثلاثاء، سقطت صواريخ على كريات شمونة. وقال الجيش يوم الخميس إن مسيرة استهدفت المطلة في اليوم نفسه.", FRI,
     "المطلة", "07-02", "07-02"),
    ("ar", "يوم الثلاثاء، سقطت صواريخ على كريات شمونة. وقال الجيش يوم الخميس إن مسيرة استهدفت المطلة في ذلك اليوم.", FRI,
     "المطلة", "07-02", "07-02"),
    ("en", "On Tuesday, rockets hit Kiryat Shmona. The army said on Thursday that a drone struck Metula that day.", FRI,
     "Metula", "07-02", "07-02"),
    ("fr", "Mardi, des roquettes ont frappé Kiryat Shmona. Le même jour, un drone a visé Metoula, a indiqué l'armée "
     "jeudi.", FRI, "Metoula", "07-02", "07-02"),
    ("fr", "Mardi, des roquettes ont frappé Kiryat Shmona. Ce jour-là, un drone a visé Metoula, a indiqué l'armée jeudi.",
     FRI, "Metoula", "07-02", "07-02"),
]


@pytest.mark.parametrize("lang, text, published, place, earliest, latest", FIXED)
def test_a_window_or_an_anaphoric_day_dates_the_event(lang, text, published, place, earliest, latest):
    assert _dates(text, lang, published).get(place) == (_d(earliest), _d(latest))


# forms that kept their dates at fd5a754 and must keep them
GUARDS = [
    ("en", "Israeli jets struck Khiam on Thursday.", THU, "Khiam", "07-04", "07-04"),
    ("en", "Israeli jets struck Khiam yesterday.", THU, "Khiam", "07-03", "07-03"),
    ("en", "Israeli jets struck Khiam last night.", THU, "Khiam", "07-03", "07-03"),
    ("fr", "Des frappes israéliennes ont visé Khiam hier.", THU, "Khiam", "07-03", "07-03"),
    ("ar", "قصفت الطائرات الإسرائيلية بلدة الخيام أمس.", THU, "الخيام", "07-03", "07-03"),
    # a day of the clause's own beats the window; a day of another clause keeps its own
    ("en", "In the past 24 hours, Israeli jets struck Khiam on Wednesday.", FRI, "Khiam", "07-03", "07-03"),
    ("en", "Israeli jets struck Khiam on Wednesday; in the past 24 hours, 30 rockets hit Kiryat Shmona.", FRI,
     "Khiam", "07-03", "07-03"),
    # "last week" stays the calendar week before publication's
    ("en", "Israeli jets struck Khiam last week.", THU, "Khiam", "06-24", "06-30"),
    # anaphoric days that already worked
    ("fr", "Mardi, des roquettes ont frappé Kiryat Shmona. Le même jour, un drone a visé Metoula.", THU,
     "Metoula", "07-02", "07-02"),
    ("en", "On Tuesday, rockets hit Kiryat Shmona. The following day, a drone struck Metula.", THU,
     "Metula", "07-03", "07-03"),
    ("fr", "Mardi, des roquettes ont frappé Kiryat Shmona. La veille, un drone avait visé Metoula.", THU,
     "Metoula", "07-01", "07-01"),
    ("ar", "يوم الثلاثاء، سقطت صواريخ على كريات شمونة. وفي اليوم التالي، استهدفت مسيرة المطلة.", THU,
     "المطلة", "07-03", "07-03"),
    ("ar", "يوم الثلاثاء، سقطت صواريخ على كريات شمونة. وفي اليوم السابق، استهدفت مسيرة المطلة.", THU,
     "المطلة", "07-01", "07-01"),
    ("fr", "Le 3 mai, des roquettes ont visé Kiryat Shmona ; dans la journée, un drone a frappé Metoula.", THU,
     "Metoula", "05-03", "05-03"),
    ("en", "On May 3, rockets hit Kiryat Shmona. Later in the day, a drone struck Metula.", THU,
     "Metula", "05-03", "05-03"),
    ("ar", "في 3 أيار، سقطت صواريخ على كريات شمونة. وفي وقت لاحق من ذلك اليوم، استهدفت مسيرة المطلة.", THU,
     "المطلة", "05-03", "05-03"),
]


@pytest.mark.parametrize("lang, text, published, place, earliest, latest", GUARDS)
def test_plain_days_and_told_anaphors_keep_their_dates(lang, text, published, place, earliest, latest):
    assert _dates(text, lang, published).get(place) == (_d(earliest), _d(latest))
