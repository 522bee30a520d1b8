"""Arabic wire copy, session 25 (ar25): tolls, shelling, claims and accusations (invented items).

Modelled on SANA, WAFA, Al Jazeera, Saba and Al Mayadeen copy; every sentence is written for these tests.

- A figure from eleven to ninety-nine takes its noun in the accusative singular, and a nationality is a nisba
  ("استشهد ١٢ فلسطينيا", "مقتل 15 سوريا"): the victims of the toll as much as "مواطنا" or "مدنيا".
- Artillery named with the attack word ("قصفت المدفعية الإسرائيلية بلدة X", "قصف مدفعي يستهدف أطراف Y") is a
  shelling told, kept with no day, toll or count (as a catalogue weapon would keep it).
- "اتهم حزب الله إسرائيل باغتيال ..." accuses Israel: the accuser is a group too, the accused ends at the deed
  charged ("باغتيال", "بقصف", "باستهداف").
- The Qassam Brigades are Hamas's armed wing: a claim in their name ("تبنت كتائب القسام قصف ...") is Hamas's, and
  the deed claimed is not part of an unknown group's name ("تبنت كتائب المجاهدين قصف ...").
"""
import datetime as dt

import pytest

from factories import actors_of, events_of

P = dt.date(2024, 3, 15)


@pytest.mark.parametrize("text, killed", [
    ("استشهد ١٢ فلسطينيا في غارات إسرائيلية على مخيم النصيرات وسط قطاع غزة الليلة الماضية.", 12),
    ("استشهد 12 فلسطينيا في غارات إسرائيلية على مخيم النصيرات.", 12),
    ("استشهد اثنا عشر فلسطينيا في غارة إسرائيلية على مخيم النصيرات.", 12),
    ("قتل 15 لبنانيا في غارة إسرائيلية على بلدة النبطية.", 15),
])
def test_nisba_accusative_after_a_figure_counts_the_dead(text, killed):
    events = events_of(text, "ar", P)
    assert [e.killed.best for e in events] == [killed]


@pytest.mark.parametrize("text, place", [
    ("قصفت المدفعية الإسرائيلية بلدة شبعا.", "Shebaa"),
    ("قصفت مدفعية الاحتلال منازل في خان يونس.", "Khān Yūnis"),
    ("قصفت المدفعية الإسرائيلية مدينة خان يونس.", "Khān Yūnis"),
    ("L'artillerie israélienne a bombardé la localité de Chebaa.", "Shebaa"),
])
def test_artillery_shelling_without_a_day_is_an_incident(text, place):
    lang = "fr" if text.startswith("L'") else "ar"
    events = events_of(text, lang, P)
    assert [(e.event_type, e.place.name if e.place else None) for e in events] == [("attack", place)]


@pytest.mark.parametrize("text, blamed", [
    ("اتهم حزب الله إسرائيل باغتيال أحد قادته في غارة على الضاحية الجنوبية لبيروت.", ["Israel"]),
    ("اتهمت حركة حماس إسرائيل بارتكاب مجزرة في غارة على مخيم النصيرات أسفرت عن استشهاد 5 مواطنين.", ["Israel"]),
])
def test_group_accuser_is_not_the_accused(text, blamed):
    assert actors_of(text, "ar", P, "blamed_on") == [blamed]


@pytest.mark.parametrize("text, claimed", [
    ("تبنت كتائب القسام قصف مدينة تل أبيب برشقة صاروخية ردا على المجازر بحق المدنيين.", ["Hamas"]),
    ("تبنت كتائب المجاهدين قصف مستوطنة سديروت برشقة صاروخية.", ["كتائب المجاهدين"]),
])
def test_claim_names_the_group_not_the_deed(text, claimed):
    assert actors_of(text, "ar", P, "claimed_by") == [claimed]
