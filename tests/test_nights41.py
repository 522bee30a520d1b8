"""Session 41 (lead): a bare night or dawn in a report that dates nothing else, aircraft told by a possessive,
strikes "targeting" launchers, and bombs dropped from the air, in English, French and Arabic."""
import datetime as dt

import pytest

from factories import events_of

PUB = dt.date(2024, 3, 13)  # a Wednesday
DAY = dt.timedelta(days=1)


@pytest.mark.parametrize("lang,text,first", [
    ("ar", "قال الجيش الإسرائيلي إن طائراته أغارت ليلا على مستودع أسلحة لحزب الله في بلدة كفركلا.", PUB - DAY),
    ("ar", "قصفت مسيرة إسرائيلية فجرا سيارة في بلدة كفركلا.", PUB),
    ("en", "The Israeli military said its jets struck a Hezbollah weapons depot in Kfar Kila at night.", PUB - DAY),
    ("en", "Israeli jets struck a Hezbollah weapons depot in Kfar Kila at dawn, the army said.", PUB),
    ("fr", "L'armée israélienne a frappé à l'aube un dépôt d'armes du Hezbollah à Kfar Kila.", PUB),
])
def test_bare_night_or_dawn_dates_an_undated_report(lang, text, first):
    (ev,) = events_of(text, lang, PUB)
    assert (ev.date.earliest, ev.date.latest) == (first, PUB)


@pytest.mark.parametrize("lang,text", [
    ("en", "Israeli jets struck Kfar Kila on Monday. At night, a drone hit a car in Khiam."),
    ("ar", "أغارت الطائرات الإسرائيلية على بلدة كفركلا يوم الاثنين. وليلا استهدفت مسيرة سيارة في بلدة الخيام."),
])
def test_bare_night_after_a_told_day_is_that_days(lang, text):
    evs = events_of(text, lang, PUB)
    assert len(evs) == 2 and all(e.date.earliest == e.date.latest == PUB - 2 * DAY for e in evs)


def test_undated_report_without_night_word_stays_a_range():
    (ev,) = events_of("Israeli jets struck a Hezbollah weapons depot in Kfar Kila, the army said.", "en", PUB)
    assert ev.date.earliest < PUB - 30 * DAY


@pytest.mark.parametrize("lang,text", [
    ("en", "The coalition said it carried out three airstrikes near Sanaa on Saturday, targeting Houthi missile launchers."),
    ("fr", "La coalition a mené trois frappes près de Sanaa samedi, visant des lanceurs de missiles houthis."),
    ("fr", "L'armée israélienne a indiqué que ses avions avaient frappé un dépôt d'armes du Hezbollah à Kfar Kila lundi."),
    ("fr", "Leurs avions ont bombardé lundi des positions rebelles près de Kfar Kila."),
])
def test_strike_typed_airstrike(lang, text):
    (ev,) = events_of(text, lang, PUB)
    assert ev.event_type == "airstrike"


@pytest.mark.parametrize("lang,text", [
    ("ar", "قصفت القوات الروسية خيرسون يوم الاثنين. وألقت الطائرات الروسية قنابل موجهة على خاركيف."),
    ("ar", "قصفت القوات الروسية خيرسون يوم الاثنين. كما ألقت الطائرات الروسية قنابل موجهة على خاركيف."),
    ("en", "Russian forces shelled Kherson on Monday. Russian jets also dropped guided bombs on Kharkiv."),
    ("fr", "Les forces russes ont bombardé Kherson lundi. L'aviation russe a aussi largué des bombes guidées sur Kharkiv."),
])
def test_bombs_dropped_on_a_second_city_are_an_airstrike_there(lang, text):
    evs = {round(e.place.lat): e for e in events_of(text, lang, PUB)}
    assert set(evs) == {47, 50}  # Kherson and Kharkiv
    assert evs[50].event_type == "airstrike" and evs[50].date.earliest == PUB - 2 * DAY


@pytest.mark.parametrize("text", [
    "ألقت مروحيات النظام براميل متفجرة على بلدة كفرنبل في ريف إدلب يوم الاثنين.",
    "ألقت الطائرات الروسية قنابل موجهة على خاركيف يوم الاثنين.",
])
def test_arabic_dropped_bombs_make_an_airstrike(text):
    (ev,) = events_of(text, "ar", PUB)
    assert ev.event_type == "airstrike"


@pytest.mark.parametrize("text", [
    "ألقت الشرطة القبض على ثلاثة مشتبه بهم في كفرنبل يوم الاثنين.",
    "ألقى الرئيس كلمة في خاركيف يوم الاثنين.",
])
def test_arabic_throw_words_without_bombs_make_no_event(text):
    assert events_of(text, "ar", PUB) == []
