"""Arabic wire copy, session 33 (ar33): southern Lebanon and northern Israel (invented items).

Every sentence is written for these tests, modelled on agency copy (NNA, Al Mayadeen, Al Jazeera).

- "بلدات الطيبة وعيترون": a definite word after a town noun is the town's name, though the word without its
  article ("طيبة", kindness) is a common one; Taybeh of Marjayoun carries its Arabic name.
- "بلدات الطيبة ورب ثلاثين والعديسة": of namesakes, the one beside the list's other villages (the first item is
  resolved before they are placed); "ورب ثلاثين": a two-letter word after و opens a name of several words.
- "دوت صفارات الإنذار في X إثر إطلاق صواريخ من لبنان": the noun of launching ("إطلاق", its alef parting the
  root of "أطلق") is something done with the rockets, so the clause is an attack on X launched from Lebanon.
"""
import datetime as dt

import pytest

from factories import events_of, one_event

P = dt.date(2024, 3, 15)


def _places(text):
    return sorted(e.place.record_id for e in events_of(text, "ar", P) if e.place)


@pytest.mark.parametrize("text, want", [
    ("شن الطيران الحربي الإسرائيلي غارات على بلدات الطيبة وعيترون ومركبا في جنوب لبنان.",
     ["curated:aitaroun", "curated:markaba", "curated:taybeh-marjayoun"]),
    ("قصفت مدفعية العدو أطراف بلدات الطيبة ودير سريان وعدشيت القصير.",
     ["curated:adshit-al-qusayr", "curated:deir-siriane", "curated:taybeh-marjayoun"]),
    ("شن الطيران الحربي الإسرائيلي غارات على بلدات الطيبة ورب ثلاثين والعديسة.",
     ["curated:odaisseh", "curated:rab-thalathin", "curated:taybeh-marjayoun"]),
])
def test_taybeh_in_a_list_of_southern_villages(text, want):
    assert _places(text) == want


def test_a_two_letter_word_opens_a_listed_name():
    assert "curated:rab-thalathin" in _places("استهدف العدو الإسرائيلي بقذائف المدفعية أطراف بلدات كفركلا "
                                             "والعديسة ورب ثلاثين.")


@pytest.mark.parametrize("text, place", [
    ("دوت صفارات الإنذار في مستوطنة المطلة إثر إطلاق صواريخ من لبنان.", "Metula"),
    ("دوت صافرات الإنذار في كريات شمونة بعد رصد إطلاق صواريخ من جنوب لبنان.", "Qiryat Shmona"),
])
def test_sirens_then_a_launch_is_a_rocket_attack(text, place):
    e = one_event(text, "ar", P)
    assert (e.event_type, e.place.name) == ("rocket attack", place)
    assert e.launch is not None and e.launch.name == "لبنان"

