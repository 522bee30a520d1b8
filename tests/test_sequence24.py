"""Sites told in sequence: "X on Sunday, then Y on Monday" (session 24).

One verb of attack carried on to a next object after a word of sequence ("then", "puis", "a day later", "le
lendemain", "ثم", "وبعد يوم") tells two incidents, each dated by its own day (or both by the one day told) and
each with its own count when one is stated. Four gaps: the first site's own head noun after its name ("Erbil
airport on Sunday, then Y") hid the sequence; a day counted from the site before ("and, a day later, Y") dated
Y by the clause's first day; Arabic "، ثم Y" (an item with no verb of its own) and "X يوم الأحد ثم قاعدة Y" lost
Y; a next item with its own count and verb ("then two hit Y", "puis trois autres ont frappé Y", "، وبعد يوم سقط
صاروخان على Y") was folded into the first or lost its count and day.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday: Friday 8, Saturday 9, Sunday 10, Monday 11, Tuesday 12, Wednesday 13


def told(text: str, lang: str) -> dict[str, tuple]:
    """Each event's place name as written -> (day as MM-DD, count)."""
    return {e.place_name: (e.date.earliest.strftime("%m-%d") if e.date and e.date.earliest == e.date.latest else None,
                           e.count.best) for e in events_of(text, lang, PUBLISHED)}


def check(text: str, lang: str, want: dict) -> None:
    got = told(text, lang)
    for name, (day, count) in want.items():
        assert name in got, got
        assert got[name][0] == day, got
        if count is not None:
            assert got[name][1] == count, got


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Drones targeted Erbil airport on Sunday, then the air base of Harir on Monday.",
     {"Erbil": ("03-10", None), "Harir": ("03-11", None)}),
    ("en", "Two drones first targeted Ain al-Asad air base on Tuesday, then Balad.",
     {"Ain al-Asad": ("03-12", None), "Balad": ("03-12", None)}),
    ("en", "Militants shelled the Qamishli airport on Monday and then Hasakah on Tuesday.",
     {"Qamishli": ("03-11", None), "Hasakah": ("03-12", None)}),
    ("en", "Rockets struck Balad air base on Saturday, and then the town of Taji on Sunday.",
     {"Balad": ("03-09", None), "Taji": ("03-10", None)}),
    ("en", "A drone struck Erbil airport on Monday, followed by the air base of Harir on Tuesday.",
     {"Erbil": ("03-11", None), "Harir": ("03-12", None)}),
    ("fr", "Trois drones ont d'abord visé la base d'Aïn al-Asad, puis celle de Balad, samedi.",
     {"Aïn al-Asad": ("03-09", None), "Balad": ("03-09", None)}),
    ("en", "The Houthis attacked Marib with four missiles on Friday, then Hodeidah on Saturday.",
     {"Marib": ("03-08", 4), "Hodeidah": ("03-09", None)}),
    ("fr", "Les Houthis ont visé Marib avec quatre missiles vendredi, puis Hodeïda samedi.",
     {"Marib": ("03-08", 4), "Hodeïda": ("03-09", None)}),
])
def test_a_site_after_the_first_ones_head_noun_and_a_word_of_sequence_is_hit_too(lang, text, want):
    """"X airport on Sunday, then Y", "followed by Y", "puis celle de Y", "X with four missiles on Friday, then Y": what
    stands between X's name and the word of sequence (X's head noun, its weapon) no longer hides it; Y is a second site
    (and X keeps the count its weapon told)."""
    check(text, lang, want)


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Rebels attacked Marib on Friday and, a day later, Hodeidah.",
     {"Marib": ("03-08", None), "Hodeidah": ("03-09", None)}),
    ("en", "Drones struck Mayadin on Monday and, the following day, the town of Abu Kamal.",
     {"Mayadin": ("03-11", None), "Abu Kamal": ("03-12", None)}),
    ("fr", "Les rebelles ont bombardé Marib vendredi avant de viser Hodeïda le lendemain.",
     {"Marib": ("03-08", None), "Hodeïda": ("03-09", None)}),
    ("fr", "Des drones ont frappé Tyr samedi et, deux jours plus tard, la ville de Nabatiyé.",
     {"Tyr": ("03-09", None), "Nabatiyé": ("03-11", None)}),
    ("ar", "استهدفت طائرة مسيرة مطار أربيل يوم الأحد، وبعد يوم قاعدة حرير.",
     {"أربيل": ("03-10", None), "حرير": ("03-11", None)}),
])
def test_a_day_counted_from_the_site_before_dates_the_next_site(lang, text, want):
    """"X on Friday and, a day later, Y", "le lendemain": Y's day is counted from X's, not X's own day."""
    check(text, lang, want)


@pytest.mark.parametrize("lang, text, want", [
    ("ar", "استهدفت طائرة مسيرة مطار أربيل يوم الأحد، ثم قاعدة حرير يوم الاثنين.",
     {"أربيل": ("03-10", None), "حرير": ("03-11", None)}),
    ("ar", "قصف المسلحون القامشلي يوم الثلاثاء، ثم الحسكة يوم الأربعاء.",
     {"القامشلي": ("03-12", None), "الحسكة": ("03-13", None)}),
    ("ar", "قصفت المدفعية مدينة القامشلي صباح الاثنين، ثم مدينة الحسكة.",
     {"القامشلي": ("03-11", None), "الحسكة": ("03-11", None)}),
    ("ar", "قصفت الطائرات الحربية مدينة مأرب يوم الجمعة ثم مدينة الحديدة يوم السبت.",
     {"مأرب": ("03-08", None), "الحديدة": ("03-09", None)}),
    ("ar", "استهدفت صواريخ قاعدة عين الأسد يوم السبت ثم قاعدة بلد يوم الأحد.",
     {"عين الأسد": ("03-09", None), "بلد": ("03-10", None)}),
    ("ar", "سقطت صواريخ على مدينة القامشلي يوم الاثنين، ثم على مدينة الحسكة يوم الثلاثاء.",
     {"القامشلي": ("03-11", None), "الحسكة": ("03-12", None)}),
    ("ar", "استهدف حزب الله كريات شمونة يوم الأحد، ثم مستوطنة المطلة يوم الاثنين.",
     {"كريات شمونة": ("03-10", None), "المطلة": ("03-11", None)}),
])
def test_arabic_thumma_carries_the_verb_to_the_next_site(lang, text, want):
    """"X يوم الأحد، ثم قاعدة Y يوم الاثنين": the object after "ثم" (no verb of its own) is a second site, on its day."""
    check(text, lang, want)


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Three rockets struck Balad air base on Saturday, then two hit Taji on Sunday.",
     {"Balad": ("03-09", 3), "Taji": ("03-10", 2)}),
    ("en", "Four rockets hit Qamishli on Monday, then three more struck Hasakah on Tuesday.",
     {"Qamishli": ("03-11", 4), "Hasakah": ("03-12", 3)}),
    ("fr", "Quatre roquettes sont tombées sur Tyr mardi, puis deux autres sont tombées sur Nabatiyé mercredi.",
     {"Tyr": ("03-12", 4), "Nabatiyé": ("03-13", 2)}),
    ("fr", "Deux roquettes ont touché Qamichli lundi, puis trois autres ont frappé Hassaké mardi.",
     {"Qamichli": ("03-11", 2), "Hassaké": ("03-12", 3)}),
    ("ar", "سقطت ثلاثة صواريخ على قاعدة بلد يوم السبت، وبعد يوم سقط صاروخان على معسكر التاجي.",
     {"بلد": ("03-09", 3), "التاجي": ("03-10", 2)}),
    ("ar", "استهدفت أربع طائرات مسيرة مدينة مأرب يوم الجمعة، وبعد يومين استهدفت طائرتان مدينة الحديدة.",
     {"مأرب": ("03-08", 4), "الحديدة": ("03-10", 2)}),
])
def test_a_next_item_with_its_own_count_and_verb_is_an_incident_of_its_own(lang, text, want):
    """"X on Saturday, then two hit Y on Sunday": Y's incident, with its own count and its own day."""
    check(text, lang, want)


@pytest.mark.parametrize("lang, text, site, capital", [
    ("fr", "Des drones ont visé Erbil dimanche, puis Bagdad a convoqué l'ambassadeur iranien.", "Erbil", "Bagdad"),
    ("fr", "Des roquettes ont frappé Tyr lundi, puis Beyrouth a accusé Israël.", "Tyr", "Beyrouth"),
    ("en", "Rockets hit Balad on Saturday, then Baghdad accused the militias.", "Balad", "Baghdad"),
    ("en", "Rockets struck Tyre on Monday, then Beirut condemned the attack.", "Tyre", "Beirut"),
    ("en", "Militants shelled Qamishli on Tuesday, then Damascus said the army had responded.", "Qamishli", "Damascus"),
])
def test_a_name_with_a_verb_of_its_own_after_then_is_a_speaker_not_a_site(lang, text, site, capital):
    """"X on Monday, then Beirut condemned the attack": the capital is the subject of a next clause, never hit."""
    got = told(text, lang)
    assert site in got and capital not in got, got


@pytest.mark.parametrize("lang, text, want", [
    ("fr", "Un drone a frappé Mayadine samedi avant de viser le lendemain la ville d'Abou Kamal.",
     {"Mayadine": ("03-09", None), "Abou Kamal": ("03-10", None)}),
    ("fr", "Des roquettes ont visé Tyr lundi, puis mardi la ville de Nabatiyé.",
     {"Tyr": ("03-11", None), "Nabatiyé": ("03-12", None)}),
    ("en", "Rockets hit Balad on Saturday, then the following day Taji.",
     {"Balad": ("03-09", None), "Taji": ("03-10", None)}),
    ("en", "Drones targeted Erbil airport on Sunday, then on Monday the air base of Harir.",
     {"Erbil": ("03-10", None), "Harir": ("03-11", None)}),
])
def test_the_next_sites_day_may_come_before_it(lang, text, want):
    """"avant de viser le lendemain la ville de Y", "puis mardi Y", "then the following day Y": Y's day told between
    the word of sequence and Y is Y's."""
    check(text, lang, want)
