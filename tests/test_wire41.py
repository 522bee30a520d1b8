"""Session 41 (lead): two regions under one dual noun, a dual Katyusha after a verb of falling, and a warning told
after the deed, in the languages where each applies."""
import datetime as dt

import pytest

from factories import events_of, km

PUB = dt.date(2024, 3, 13)
ODESA, MYKOLAIV = (46.48, 30.72), (46.98, 32.0)


@pytest.mark.parametrize("text", [
    "أسقطت الدفاعات الجوية الأوكرانية 23 طائرة مسيرة فوق منطقتي أوديسا وميكولايف ليلا.",
    "أسقطت الدفاعات الجوية الأوكرانية 23 طائرة مسيرة فوق أوديسا وميكولايف ليلا.",
])
def test_two_regions_under_a_dual_noun_are_both_placed(text):
    evs = events_of(text, "ar", PUB)
    assert len(evs) == 2
    for point in (ODESA, MYKOLAIV):
        assert any(km(e.place.lat, e.place.lon, *point) < 30 for e in evs)


@pytest.mark.parametrize("text,count", [
    ("سقط صاروخا كاتيوشا داخل المنطقة الخضراء في بغداد مساء الاثنين دون وقوع إصابات.", 2),
    ("وسقط صاروخا غراد قرب مطار أربيل يوم الاثنين.", 2),
    ("سقط صاروخ كاتيوشا داخل المنطقة الخضراء في بغداد مساء الاثنين.", 1),
])
def test_dual_in_construct_after_a_verb_of_falling(text, count):
    (ev,) = events_of(text, "ar", PUB)
    assert ev.count.best == count


def test_accusative_singular_after_a_transitive_verb_is_not_two():
    (ev,) = events_of("أطلق مسلحون صاروخا كاتيوشا على المنطقة الخضراء في بغداد مساء الاثنين.", "ar", PUB)
    assert ev.count.best != 2


@pytest.mark.parametrize("lang,text", [
    ("en", "A rocket fell on Sderot on Monday, the army said, warning of more attacks."),
    ("en", "A rocket fell in Sderot on Monday, the army said, warning of further strikes."),
    ("fr", "Une roquette est tombée sur Sdérot lundi, a indiqué l'armée, mettant en garde contre de nouvelles attaques."),
])
def test_warning_after_the_deed_keeps_the_deed(lang, text):
    (ev,) = events_of(text, lang, PUB)
    assert ev.event_type == "rocket attack" and ev.date.earliest == PUB - dt.timedelta(days=2)


@pytest.mark.parametrize("lang,text", [
    ("en", "The army warned of more rocket attacks on Sderot on Monday."),
    ("en", "Two rockets could hit Sderot on Monday if the ceasefire collapses, officials warned."),
    ("fr", "L'armée a mis en garde lundi contre de nouvelles attaques de roquettes sur Sdérot."),
])
def test_a_warning_alone_is_no_event(lang, text):
    assert events_of(text, lang, PUB) == []


AQABA = (29.527, 35.008)


@pytest.mark.parametrize("lang,text", [
    ("en", "A drone launched from Yemen exploded near the city of Aqaba on Monday."),
    ("fr", "Un drone lancé depuis le Yémen a explosé lundi près de la ville d'Aqaba."),
    ("ar", "انفجرت طائرة مسيرة أطلقت من اليمن قرب مدينة العقبة يوم الاثنين."),
])
def test_the_country_a_weapon_came_from_does_not_pull_the_target_there(lang, text):
    (ev,) = events_of(text, lang, PUB)
    assert km(ev.place.lat, ev.place.lon, *AQABA) < 15


@pytest.mark.parametrize("lang,text", [
    ("en", "Rockets fired from Lebanon hit Metula on Monday. Israeli jets then struck Aitaroun in Lebanon."),
    ("ar", "سقطت صواريخ أطلقت من لبنان على المطلة يوم الاثنين. ثم أغارت الطائرات الإسرائيلية على بلدة عيترون في لبنان."),
])
def test_a_place_in_the_origin_country_is_still_found_there(lang, text):
    evs = events_of(text, lang, PUB)
    assert any(km(e.place.lat, e.place.lon, 33.115, 35.471) < 10 for e in evs)  # Aitaroun


@pytest.mark.parametrize("lang,text", [
    ("en", "Iraq's prime minister condemned the attack on Tuesday, hours after two rockets hit near the U.S. embassy in Baghdad."),
    ("fr", "Le Premier ministre irakien a condamné l'attaque mardi, quelques heures après la chute de deux roquettes près de l'ambassade américaine à Bagdad."),
])
def test_an_attack_told_hours_before_a_reaction_is_an_event_of_that_day(lang, text):
    (ev,) = events_of(text, lang, PUB)
    assert ev.event_type == "rocket attack" and ev.date.earliest == PUB - dt.timedelta(days=1)


def test_hours_after_a_non_attack_is_no_event():
    assert events_of("The minister visited Sderot on Tuesday, hours after the cabinet meeting ended.", "en", PUB) == []
