"""Dates (round 15): a night told as two days whose hour the sentence gives ("shortly after midnight", "vers 3
heures du matin", "around 11 p.m.", "بعد منتصف الليل"), and an Arabic statement's next item pointed out with a
day of its own ("، مشيرة إلى أن "صباح اليوم ..."").  Wording, places and numbers unlike the development sets."""
import datetime as dt

import pytest

from factories import frames_of

PUB = dt.date(2023, 6, 14)  # a Wednesday


def _frames_days(text, lang):
    return [(f.first("date").value.earliest.day, f.first("date").value.latest.day) if f.first("date") else None
            for f in frames_of(text, lang, PUB)]


@pytest.mark.parametrize("text,lang,start,end", [
    # the hour after midnight: the night's second day
    ("Two rockets hit a base near Kirkuk overnight Monday into Tuesday, at around 2 a.m., officials said.", "en", 13, 13),
    ("Dans la nuit de lundi à mardi, vers 3 heures du matin, un drone a frappé un entrepôt près de Deir Hafer.", "fr", 13, 13),
    ("Un obus s'est abattu sur Kfarkela dans la nuit de dimanche à lundi, juste après minuit.", "fr", 12, 12),
    ("سقطت ثلاث قذائف على بلدة الخيام ليل الاثنين الثلاثاء بعد منتصف الليل بقليل.", "ar", 13, 13),
    ("استهدفت طائرة مسيرة مستودعا قرب القامشلي ليل الأحد الاثنين عند الساعة الثانية فجراً.", "ar", 12, 12),
    # late in the evening: the night's first day
    ("A drone struck a depot near Tal Tamr in the night of Sunday to Monday, at about 11 p.m., a monitor said.", "en", 11, 11),
    ("Dans la nuit de lundi à mardi, vers 23h30, une roquette est tombée sur un champ près de Shlomi.", "fr", 12, 12),
    ("أصاب صاروخ معسكرا قرب الحسكة ليل الاثنين الثلاثاء قبيل منتصف الليل.", "ar", 12, 12),
    # no hour, or an hour each way: both days
    ("Dans la nuit de lundi à mardi, un drone a frappé un entrepôt près de Deir Hafer.", "fr", 12, 13),
    ("Rockets hit a base near Kirkuk overnight Monday into Tuesday, between 11 p.m. and 2 a.m., officials said.",
     "en", 12, 13),
])
def test_a_night_narrowed_by_its_hour(text, lang, start, end):
    days = _frames_days(text, lang)
    assert len(days) == 1, days
    assert days[0] == (start, end)


def test_an_hour_in_a_sentence_with_a_day_not_a_night_changes_nothing():
    # the hour only chooses between the two days of a night: a single day stays that day
    assert _frames_days("A rocket hit a field outside Metula on Monday at around 2 a.m.", "en") == [(12, 12)]


@pytest.mark.parametrize("text,expected", [
    ('أعلنت الفصائل، يوم الأربعاء، أنها "استهدفت مساء الثلاثاء قاعدة خراب الجير بصواريخ"، مشيرة إلى أن '
     '"صباح اليوم الأربعاء شهد استهداف قاعدة تل بيدر بطائرة مسيرة".', [(13, 13), (14, 14)]),
    ('وقال البيان إن "المقاومين قصفوا ظهر الاثنين موقع المالكية بقذائف الهاون"، لافتاً إلى أن '
     '"ليل الثلاثاء شهد استهداف ثكنة برانيت بصاروخين".', [(12, 12), (13, 13)]),
    ('وذكر البيان أن "مقاتلينا استهدفوا مساء أمس معسكر الزليكان بطائرة مسيرة"، موضحاً أن '
     '"فجر اليوم شهد استهداف قاعدة بامرني بصواريخ".', [(13, 13), (14, 14)]),
])
def test_a_statement_item_pointed_out_with_its_own_day(text, expected):
    assert sorted(d for d in _frames_days(text, "ar") if d) == expected


def test_a_toll_pointed_out_without_a_day_stays_with_the_incident():
    text = ('استهدفت غارة منزلا في بلدة عيتا الشعب مساء الثلاثاء، مشيرة إلى أن الغارة أدت إلى مقتل شخصين.')
    frames = frames_of(text, "ar", PUB)
    assert len(frames) == 1
    assert frames[0].first("killed").value == 2


@pytest.mark.parametrize("text,lang", [
    ("A salvo of rockets hit Safed on Tuesday, wounding one man. The group said it had fired \"a salvo of Katyusha "
     "rockets\" at Safed in retaliation for the killing of two of its fighters in a strike on Sunday.", "en"),
    ("Two drones struck the Conoco gas field on Tuesday. The militia said it had launched drones at the Conoco gas "
     "field in response to the bombing of its positions near Mayadin on Saturday.", "en"),
    ("Des roquettes ont frappé Nahariya mardi. Le groupe a affirmé avoir tiré des roquettes sur Nahariya en "
     "représailles à la frappe qui a tué l'un de ses commandants dimanche.", "fr"),
])
def test_a_motive_cut_off_does_not_date_the_retold_claim(text, lang):
    # the claim retells Tuesday's attack: the day of the motive told after it is no day of a second attack
    days = _frames_days(text, lang)
    assert (13, 13) in days
    assert (11, 11) not in days and (10, 10) not in days


@pytest.mark.parametrize("text,lang", [
    ("A rocket fired from Gaza hit a house in Netivot late Monday, wounding two people. Israeli jets struck Khan "
     "Younis early Tuesday. The army said four rockets were launched toward Netivot and three were intercepted.", "en"),
    ("Une roquette a touché une école à Sdérot lundi soir. L'aviation a frappé Beit Hanoun mardi matin. Selon l'armée, cinq "
     "roquettes ont été tirées vers Sdérot.", "fr"),
    ("سقط صاروخ على منزل في بلدة المطلة مساء الاثنين. وقصفت طائرات حربية بلدة عيتا الشعب صباح الثلاثاء. وقال الجيش إن ثلاثة صواريخ أطلقت باتجاه المطلة.", "ar"),
])
def test_the_salvo_told_after_the_hit_is_the_same_incident(text, lang):
    # the salvo fired, of which one projectile hit, has no day of its own: it is Monday's attack told again
    frames = frames_of(text, lang, PUB)
    at_town = [f for f in frames if f.first("target") and f.first("target").value.name in ("Netivot", "Sdérot", "المطلة")]
    assert len(at_town) == 1, [(f.first("target").value.name, f.first("date").value) for f in at_town]
    assert at_town[0].first("date").value.earliest.day == 12


def test_a_salvo_with_a_day_of_its_own_is_another_incident():
    text = "Two rockets hit Netivot on Monday. On Tuesday, five rockets were fired at Netivot."
    days = sorted(f.first("date").value.earliest.day for f in frames_of(text, "en", PUB))
    assert days == [12, 13]


@pytest.mark.parametrize("text,lang,day", [
    ("EN DIRECT - Kurdistan : des drones visent un champ gazier\n\n"
     "08h20 - Deux drones se sont abattus vers 21h30 sur le champ gazier de Khor Mor, selon les autorités.\n", "fr", 13),
    ("LIVE: Rockets target Baghdad base\n\n"
     "07:40 - Two rockets hit the Victory base near Baghdad airport at around 10:15 p.m., officials said.\n", "en", 13),
    ("مباشر: هجوم صاروخي على قاعدة عين الأسد\n\n"
     "09:10 - سقط صاروخان على قاعدة عين الأسد نحو الساعة 23:00، بحسب مصدر أمني.\n", "ar", 13),
    # an hour before the entry's own time is the entry's day
    ("EN DIRECT - Liban-Sud\n\n18h05 - Un drone a frappé une voiture à Naqoura vers 15h30, selon l'ANI.\n", "fr", 14),
])
def test_a_live_entry_telling_an_hour_later_than_its_own_is_the_evening_before(text, lang, day):
    days = [d for d in _frames_days(text, lang) if d]
    assert days == [(day, day)]
