"""Session 28, the lead's own probes (invented sentences, no set's text).

* A campaign told with its consequence in the perfect ("Houthi attacks on shipping in the Red Sea have disrupted
  global trade", "les attaques des Houthis en mer Rouge ont perturbé le commerce mondial", "أجبرت هجمات الحوثيين
  ...") is the background of the article: it does not take the day of the sentence before and make an event.
* A name written exactly as a reviewed row writes it ("Houla") is that row, not another sharing its spelling key
  (the al-Hol camp), unless the chosen row holds the name inside its own ("قاعدة الحبانية").
* An attack foiled ("Security forces foiled a suicide bombing in X", "ont déjoué un attentat", "أحبطت ... هجوما") did
  not happen: no event, in the three languages.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

P = dt.date(2024, 3, 15)


@pytest.mark.parametrize("text, lang", [
    ("On Tuesday a ship reported an explosion nearby. Houthi attacks in the Red Sea have disrupted global trade.", "en"),
    ("The UKMTO said on Tuesday a vessel reported an explosion in its vicinity. Houthi attacks on Eilat have "
     "disrupted trade.", "en"),
    ("Mardi, un navire a signalé une explosion. Les attaques des Houthis en mer Rouge et dans le golfe d'Aden ont "
     "perturbé le commerce mondial.", "fr"),
    ("أفادت هيئة عمليات التجارة البحرية البريطانية الثلاثاء بأن سفينة أبلغت عن انفجار قربها. وأجبرت هجمات الحوثيين "
     "على إيلات شركات الشحن على تغيير مساراتها.", "ar"),
])
def test_a_campaign_and_its_consequence_is_no_event(text, lang):
    assert [(e.place_name, e.event_type) for e in events_of(text, lang, P)] == []


@pytest.mark.parametrize("text, lang, place", [
    ("Israeli strikes on Khan Younis on Tuesday have forced thousands to flee, witnesses said.", "en", "Khān Yūnis"),
    ("Les frappes israéliennes de mardi sur Khan Younès ont poussé des milliers d'habitants à fuir.", "fr",
     "Khān Yūnis"),
])
def test_strikes_of_a_day_with_their_consequence_stay_an_event(text, lang, place):
    assert [e.place.name for e in events_of(text, lang, P)] == [place]


@pytest.mark.parametrize("text, lang", [
    ("Iraqi forces said on Tuesday they had thwarted a drone attack on Ain al-Asad air base.", "en"),
    ("Police said they had foiled a planned drone attack on the airport in Erbil on Tuesday.", "en"),
    ("La police a déjoué mardi un attentat suicide à Kirkouk.", "fr"),
    ("Les forces de sécurité ont déjoué mardi une attaque de drone contre l'aéroport d'Erbil.", "fr"),
])
def test_a_foiled_attack_is_no_event(text, lang):
    assert [(e.place_name, e.event_type) for e in events_of(text, lang, P)] == []


def test_a_foiled_attack_beside_a_real_one_leaves_the_real_one():
    text = "Rockets hit the Green Zone on Tuesday. Security forces foiled a car bombing in Tikrit the same day."
    assert [e.place.name for e in events_of(text, "en", P)] == ["Green Zone"]


@pytest.mark.parametrize("text, lang, place", [
    ("An Israeli drone strike on a car in Houla killed two people on Tuesday, the state news agency NNA said.", "en",
     "curated:houla-lebanon"),
    ("Une frappe israélienne a visé mardi une maison à Houla, tuant deux personnes.", "fr", "curated:houla-lebanon"),
    ("A drone attack hit the al-Hol camp in Hasakah province on Tuesday.", "en", "curated:al-hol-camp"),
    # (a base the text names with its cue keeps the row its cue chose, not the town written the same way)
    ("أفاد مصدر أمني بأن ثلاثة صواريخ استهدفت مساء الثلاثاء قاعدة الحبانية الجوية في محافظة الأنبار.", "ar",
     "curated:taqaddum-air-base"),
])
def test_a_name_written_as_a_reviewed_row_is_that_row(text, lang, place):
    """"Houla" shares its spelling key with the al-Hol camp ("al-Hol"): the Lebanese village is written so."""
    assert [e.place.record_id for e in events_of(text, lang, P)] == [place]
