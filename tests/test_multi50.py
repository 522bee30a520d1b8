"""Several incidents told in one round-up (session 50).

A day's fighting summed up in one sentence, "Israeli jets struck A, while artillery shelled B and Hezbollah fired
rockets at C", "L'aviation a frappé A ; des roquettes sont tombées sur C", "..., كما قتل جنديان بانفجار عبوة
ناسفة في Y": the item after "and" / "et" with a subject and a verb of attack of its own was read as a second
target of the first attack (its type, or lost), rockets after a semicolon took the raid's type, ", and also hit
sites in B" lost B, and a fronted Arabic "وفي وقت سابق،" ("Earlier,") was read as history. Each item of the
round-up is now an incident of its own; a closer look at the same town, or one subject of two ("jets and
artillery struck X"), stays one.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 15)  # a Friday: Monday 11, Tuesday 12, Sunday 10


def kinds(text: str, lang: str) -> dict[str, tuple]:
    """Each event's place name as written -> (event type, killed, injured)."""
    return {e.place_name: (e.event_type, e.killed.best, e.injured.best) for e in events_of(text, lang, PUBLISHED)}


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Israeli jets struck Aita al-Shaab on Tuesday, while artillery shelled the outskirts of Khiam and Hezbollah "
           "fired rockets at Kiryat Shmona.",
     {"Aita al-Shaab": ("airstrike", None, None), "Khiam": ("attack", None, None),
      "Kiryat Shmona": ("rocket attack", None, None)}),
    ("en", "Israeli jets struck Maroun al-Ras on Monday, and artillery shelled Yaroun and Aitaroun.",
     {"Maroun al-Ras": ("airstrike", None, None), "Yaroun": ("attack", None, None),
      "Aitaroun": ("attack", None, None)}),
    ("en", "Jihadists attacked an army post in Djibo on Sunday, and a roadside bomb killed four soldiers near Dori.",
     {"Djibo": ("attack", None, None), "Dori": ("IED attack", 4, None)}),
    ("en", "Israeli tanks shelled Khan Younis, and warplanes struck Jabalia on Wednesday.",
     {"Khan Younis": ("attack", None, None), "Jabalia": ("airstrike", None, None)}),
    ("en", "The drone struck a car in Bint Jbeil and killed two men, and artillery shelled Houla.",
     {"Bint Jbeil": ("drone attack", 2, None), "Houla": ("attack", None, None)}),
    ("en", "The army said its jets struck Hamas targets in Rafah and its tanks shelled Khan Younis.",
     {"Rafah": ("airstrike", None, None), "Khan Younis": ("attack", None, None)}),
    ("en", "Hezbollah fired rockets at Metula and Israeli artillery shelled Kfar Kila on Monday.",
     {"Metula": ("rocket attack", None, None), "Kfar Kila": ("attack", None, None)}),
    ("en", "US warplanes struck Houthi targets in Hodeidah on Monday, and also hit sites in Sanaa.",
     {"Hodeidah": ("airstrike", None, None), "Sanaa": ("airstrike", None, None)}),
    ("en", "Israeli jets struck Aita al-Shaab on Tuesday; rockets fell on Kiryat Shmona.",
     {"Aita al-Shaab": ("airstrike", None, None), "Kiryat Shmona": ("rocket attack", None, None)}),
    ("fr", "Des jihadistes ont attaqué un poste de l'armée à Djibo dimanche, et une mine artisanale a tué quatre "
           "soldats près de Dori.",
     {"Djibo": ("attack", None, None), "Dori": ("IED attack", 4, None)}),
    ("fr", "L'aviation a frappé Khiam mardi, et l'artillerie israélienne a pilonné Kfar Kila.",
     {"Khiam": ("airstrike", None, None), "Kfar Kila": ("attack", None, None)}),
    ("fr", "Les chars israéliens ont pilonné Khan Younès et l'aviation a frappé Jabaliya mercredi.",
     {"Khan Younès": ("attack", None, None), "Jabaliya": ("airstrike", None, None)}),
    ("fr", "Un engin explosif a touché une patrouille près de Ménaka samedi, et des hommes armés ont attaqué un poste "
           "à Gao.",
     {"Ménaka": ("IED attack", None, None), "Gao": ("attack", None, None)}),
    ("fr", "L'aviation israélienne a frappé Aïta al-Chaab mardi ; l'artillerie a pilonné Khiam ; des roquettes sont "
           "tombées sur Kiryat Shmona.",
     {"Aïta al-Chaab": ("airstrike", None, None), "Khiam": ("attack", None, None),
      "Kiryat Shmona": ("rocket attack", None, None)}),
    ("ar", "هاجم مسلحون موقعا للجيش في جيبو يوم الأحد، كما قتل أربعة جنود بانفجار عبوة ناسفة في مدينة دوري.",
     {"جيبو": ("attack", None, None), "دوري": ("IED attack", 4, None)}),
    ("ar", "شن الطيران الحربي الإسرائيلي غارة على بنت جبيل يوم الاثنين. وفي وقت سابق، استهدفت مسيرة سيارة في الناقورة.",
     {"بنت جبيل": ("airstrike", None, None), "الناقورة": ("drone attack", None, None)}),
])
def test_each_item_of_a_round_up_is_its_own_incident(lang, text, want):
    got = kinds(text, lang)
    assert got == want, got


@pytest.mark.parametrize("lang, text, place", [
    # "earlier" fronted before its comma, or "earlier today", times the day's next incident; it is no history
    ("ar", "في وقت سابق، استهدفت مسيرة سيارة في الناقورة.", "الناقورة"),
    ("ar", "وفي وقت سابق، قصفت المدفعية الإسرائيلية بلدة كفركلا.", "كفركلا"),
])
def test_earlier_fronted_in_arabic_tells_an_incident(lang, text, place):
    assert [e.place_name for e in events_of(text, lang, PUBLISHED)] == [place]
