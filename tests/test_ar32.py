"""Arabic wire copy, session 32 (ar32): Lebanon, Gaza, Yemen (invented items).

Every sentence is written for these tests, modelled on agency copy.

- "شن الطيران المسير غارة على X، وأخرى على Y": "another" stands for the raid "شن"/"نفذ" launched (its subject and
  time too); "وأخرى استهدفت سيارة في Y" with a verb of its own takes the noun only.
- "قصفت طائرات الاحتلال", "أعلن الجيش أن طائراته قصفت": aircraft named by their side or a pronoun are the agent of
  an airstrike (not a plain attack, nor nothing) -- but not of the rockets a raid answered ("ردا على إطلاق صواريخ").
- "مسيرة معادية استهدفت سيارة على طريق الناقورة": the road of one known town, after a preposition, is that town.
- "شنت المقاتلات ١٣ غارة": from eleven on the counted noun is singular; the figure is the count.
- "صاروخا باليستيا أطلقه الحوثيون": every object pronoun of "أطلق" names who fired it (a blame).
- "مدمرة أمريكية دمرت طائرتين مسيرتين أطلقهما الحوثيون فوق البحر الأحمر": destroyed in flight, an interception
  (over the sea with no site hit, as in English, so no attack on the Red Sea is reported).
"""
import datetime as dt

import pytest

from factories import events_of, one_event

P = dt.date(2024, 3, 15)


def _places(text):
    return sorted(e.place.name for e in events_of(text, "ar", P) if e.place)


@pytest.mark.parametrize("text, want", [
    ("شن الطيران المسير غارة على شبعا، وأخرى على أطراف بلدة كفرشوبا.", ["Kfar Shouba", "Shebaa"]),
    ("نفذت المقاتلات الحربية غارتين على بلدة عيتا الشعب، وأخرى على بلدة رامية.", ["Aïta ech Chaab", "Râmîyé"]),
    ("وشن الطيران الحربي الإسرائيلي غارة على منزل في بلدة عيترون، وأخرى استهدفت سيارة في بلدة بليدا.",
     ["Aïtaroun", "Blida"]),
    ("وشنت الطائرات الحربية الإسرائيلية فجر الأربعاء غارة على بلدة عيتا الشعب، وأخرى على أطراف بلدة رامية.",
     ["Aïta ech Chaab", "Râmîyé"]),
])
def test_another_raid_after_shanna(text, want):
    evs = events_of(text, "ar", P)
    assert _places(text) == want
    assert all(e.event_type in ("airstrike", "drone attack") for e in evs)


def test_another_raid_keeps_the_heads_time_and_one_raid():
    evs = {e.place.name: e for e in events_of("نفذت المقاتلات الحربية غارتين على بلدة عيتا الشعب، وأخرى على بلدة رامية.",
                                              "ar", P)}
    assert evs["Aïta ech Chaab"].count.best == 2 and evs["Râmîyé"].count.best in (None, 1)
    e = [e for e in events_of("وشنت الطائرات الحربية الإسرائيلية فجر الأربعاء غارة على بلدة عيتا الشعب، "
                              "وأخرى على أطراف بلدة رامية.", "ar", P) if e.place.name == "Râmîyé"][0]
    assert e.date.earliest == dt.date(2024, 3, 13)


@pytest.mark.parametrize("text, place", [
    ("قصفت طائرات الاحتلال فجر اليوم منزلا في مخيم النصيرات وسط قطاع غزة.", "Nuseirat camp"),
    ("أعلن الجيش الإسرائيلي أن طائراته قصفت مبنى عسكريا لحزب الله في بلدة كفركلا.", "Kfar Kila"),
])
def test_aircraft_of_a_side_make_an_airstrike(text, place):
    e = one_event(text, "ar", P)
    assert (e.event_type, e.place.name) == ("airstrike", place)


@pytest.mark.parametrize("text, place", [
    ("مسيرة معادية استهدفت سيارة على طريق الناقورة.", "En Nâqoûra"),
    ("استهدفت طائرة مسيرة إسرائيلية سيارة على طريق بنت جبيل.", "Bent Jbaïl"),
])
def test_a_car_on_a_towns_road(text, place):
    e = one_event(text, "ar", P)
    assert (e.event_type, e.place.name) == ("drone attack", place)


@pytest.mark.parametrize("text", [
    "شنت المقاتلات الأمريكية والبريطانية ١٣ غارة على مواقع في محافظة الحديدة.",
    "شن الطيران الأمريكي البريطاني 13 غارة على مواقع في محافظة الحديدة.",
    "شنت المقاتلات الأمريكية ثلاث عشرة غارة على محافظة الحديدة.",
])
def test_eleven_and_more_raids_are_counted(text):
    assert one_event(text, "ar", P).count.best == 13


def test_launched_by_with_a_masculine_pronoun_is_a_blame():
    e = one_event("اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون باتجاه جازان.", "ar", P)
    assert (e.event_type, e.blamed_on) == ("interception", ["Houthis"])


@pytest.mark.parametrize("text", [
    "مدمرة أمريكية دمرت طائرتين مسيرتين أطلقهما الحوثيون فوق البحر الأحمر.",
    "دمرت سفينة حربية بريطانية صاروخا أطلقه الحوثيون باتجاه سفينة تجارية في خليج عدن.",
])
def test_projectiles_destroyed_in_flight_at_sea_are_no_attack(text):
    assert events_of(text, "ar", P) == []
