"""Arabic wire copy, round 49 (geo_events.arabic, lexicon): targets missed or wrong, types wrong.

Invented one-sentence reports, one group per rule:

* a capital the reader takes for its government ("طهران", "واشنطن") is the city after a word of nearness or of a
  side ("قرب طهران", "بالقرب من طهران", "شمال طهران");
* a big foreign city that GeoNames gives no Arabic name is read bare after a preposition or as a verb's object
  ("سقطت مسيرة على زابوريجيا", "هاجمت مسيرات روسية تشيرنيهيف"), as "مدينة زابوريجيا" is;
* verb, subject, object: "استهدفت إسرائيل غزة بـ 20 غارة" strikes Gaza, not Israel; a known name that begins with
  ب ("بيروت") is the object, not a weapon told with an attached بـ;
* what a facility holds ("مصفاة نفط", "مصفاة النفط", "محطة كهرباء") is no place; the town or oblast after it is;
* missiles qualified by Israel or the US ("صواريخ إسرائيلية") are a state strike (an airstrike, tests/ANNOTATION.md);
  missiles Russia or Iran fires ("أطلقت روسيا 40 صاروخا", "أطلقت إيران صواريخ") are a missile attack;
* one drone shot down, the object of a verb of interception after its subject ("أسقطت الدفاعات الروسية مسيرة فوق
  X"), is an interception.
"""
import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process

PUBLISHED = dt.date(2024, 3, 15)


def _events(text: str, lang: str = "ar"):
    return process([Document(doc_id="story", text=text, language=lang, published=PUBLISHED)]).events


def _one(text: str, lang: str = "ar"):
    events = _events(text, lang)
    assert len(events) == 1, [(e.event_type, e.place_name) for e in events]
    return events[0]


@pytest.mark.parametrize("text, place", [
    ("أطلقت طائرات حربية إسرائيلية صواريخ على مواقع عسكرية قرب طهران.", "Tehran"),
    ("سقطت صواريخ بالقرب من طهران.", "Tehran"),
    ("قصفت طائرات حربية مواقع عسكرية شمال طهران.", "Tehran"),
    ("انفجرت مسيرة في محيط طهران.", "Tehran"),
])
def test_capital_after_word_of_nearness_is_the_city(text, place):
    e = _one(text)
    assert e.place is not None and e.place.name == place


@pytest.mark.parametrize("text, place", [
    ("سقطت مسيرة على زابوريجيا.", "Zaporizhzhya"),
    ("سقطت مسيرة على مبنى سكني في زابوريجيا.", "Zaporizhzhya"),
    ("هاجمت مسيرات روسية تشيرنيهيف.", "Chernihiv"),
    ("استهدفت القوات الروسية تشيرنيهيف بصاروخ.", "Chernihiv"),
])
def test_bare_foreign_city_spelled_in_arabic(text, place):
    e = _one(text)
    assert e.place is not None and e.place.name == place


@pytest.mark.parametrize("text, place, count", [
    ("استهدفت إسرائيل غزة بـ 20 غارة.", "Gaza", 20),
    ("استهدفت روسيا كييف بـ 30 مسيرة.", "Kyiv", 30),
    ("استهدفت إسرائيل بيروت بغارة.", "Beirut", None),
])
def test_subject_then_object(text, place, count):
    e = _one(text)
    assert e.place is not None and e.place.name == place
    assert e.count.best == count


@pytest.mark.parametrize("text, place, precision", [
    ("هاجمت مسيرات أوكرانية مصفاة نفط في مقاطعة كورسك.", "Kursk Oblast", "governorate"),
    ("استهدفت مسيرات أوكرانية مصفاة النفط في مدينة سيزران.", "Syzran", "town"),
])
def test_facility_kind_is_no_place(text, place, precision):
    e = _one(text)
    assert e.place is not None and e.place.name == place and e.place.precision == precision


@pytest.mark.parametrize("text, etype", [
    ("قصفت صواريخ إسرائيلية موقعا عسكريا في ريف دمشق.", "airstrike"),
    ("استهدفت صواريخ إسرائيلية مطار دمشق الدولي.", "airstrike"),
    ("أطلقت روسيا 40 صاروخا ومسيرة على أوكرانيا.", "missile attack"),
    ("أطلقت روسيا 10 صواريخ على كييف.", "missile attack"),
    ("أطلقت روسيا صاروخين على أوديسا.", "missile attack"),
    ("أطلقت إيران صواريخ على إسرائيل.", "missile attack"),
    ("أطلقت إيران 300 صاروخ ومسيرة على إسرائيل.", "missile attack"),
    ("هاجمت روسيا خاركيف بـ 5 صواريخ.", "missile attack"),
    ("قصفت روسيا أوديسا بالصواريخ.", "missile attack"),
])
def test_state_missiles_type(text, etype):
    assert _one(text).event_type == etype


@pytest.mark.parametrize("text, place", [
    ("اعترضت الدفاعات الجوية مسيرة فوق أصفهان.", "Isfahan"),
    ("أسقطت الدفاعات الروسية مسيرة فوق بيلغورود.", "Belgorod"),
])
def test_one_drone_shot_down_is_an_interception(text, place):
    e = _one(text)
    assert e.event_type == "interception" and e.place is not None and e.place.name == place
