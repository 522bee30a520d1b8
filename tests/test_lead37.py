"""Arabic wire copy, lead round 37 (invented sentences, modelled on NNA, WAFA, Al Mayadeen).

- A bare noun in construct with "the town", "the camp", "the quarter" ("قرب مفرق البلدة", the town's junction;
  "عند مدخل المخيم", the camp's entrance) is a common noun: no far town spelled like it (Mafraq, Jordan) becomes a
  second event of the strike just told. The town's own name with its article ("في المفرق") is still the town.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 11)  # a Monday


def _places(text):
    return sorted(e.place.name for e in events_of(text, "ar", P) if e.place is not None)


@pytest.mark.parametrize("text", [
    "استهدفت طائرة مسيرة إسرائيلية سيارة على طريق بلدة الناقورة صباح اليوم، ما أدى إلى استشهاد شخصين. وأوضحت "
    "المصادر أن المسيرة أطلقت صاروخين على السيارة قرب مفرق البلدة.",
    "شنت طائرة مسيرة غارة على بلدة الخيام صباح اليوم ما أدى إلى استشهاد شخص. وأفادت مصادر محلية بأن المسيرة "
    "أطلقت صاروخا على دراجة نارية قرب مفرق البلدة.",
])
def test_noun_of_the_town_is_no_far_town(text):
    places = _places(text)
    assert len(places) == 1 and "Mafraq" not in places[0]


@pytest.mark.parametrize("text", [
    "سقط صاروخ على مدينة المفرق شمالي الأردن مساء أمس دون وقوع إصابات.",
    "سقط صاروخ في المفرق مساء أمس دون وقوع إصابات.",
])
def test_the_town_by_its_own_name_stays(text):
    assert _places(text) == ["Mafraq"]
