"""Wire copy, lead round 37 (invented sentences, modelled on NNA, WAFA, Al Mayadeen, Reuters, AFP).

- A bare noun in construct with "the town", "the camp", "the quarter" ("قرب مفرق البلدة", the town's junction;
  "عند مدخل المخيم", the camp's entrance) is a common noun: no far town spelled like it (Mafraq, Jordan) becomes a
  second event of the strike just told. The town's own name with its article ("في المفرق") is still the town.
- A bare "مسيرة" (drone, also a march) with a verb of impact ("أصابت مسيرة سيارة", "سقطت مسيرة على منزل",
  "انفجرت مسيرة فوق مبنى") is a drone attack, as it was with a verb of attack; a march still is none.
- "صاروخ روسي", "صواريخ روسية" (a Russian missile, named by its projectile) make a missile attack, as "قصف صاروخي
  روسي" did; Grad rockets named stay rockets.
- English and French: a "raid" by raiders on the ground ("gunmen killed 23 villagers in a raid on X", "un raid de
  jihadistes") is an armed attack, not the air raid a bare "raid" is read as; "an Israeli raid on Rafah" stays one.
- "a tanker in the Red Sea off Hodeidah": the position at sea told from the port (off Hodeidah) is the place, not
  the sea named before it (left unresolved).
- Afghanistan's provinces most named in strike reporting (Paktika, Khost, Kunar, Nangarhar...) are areas; Kandahar
  named alone stays the city.
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


@pytest.mark.parametrize("text, place, killed, injured", [
    ("أصابت مسيرة أوكرانية سيارة في مدينة بيلغورود صباح اليوم ما أدى إلى مقتل امرأة.", "Belgorod", 1, None),
    ("سقطت مسيرة على منزل في بلدة ميس الجبل صباح اليوم ما أدى إلى إصابة شخصين.", "Meïss ej Jabal", None, 2),
    ("انفجرت مسيرة فوق مبنى في مدينة بيلغورود صباح اليوم ما أدى إلى إصابة شخصين.", "Belgorod", None, 2),
])
def test_bare_drone_with_verb_of_impact_is_a_drone_attack(text, place, killed, injured):
    events = [e for e in events_of(text, "ar", P) if e.place is not None]
    assert [(e.place.name, e.event_type) for e in events] == [(place, "drone attack")]
    assert (events[0].killed.best, events[0].injured.best) == (killed, injured)


def test_a_march_is_no_drone():
    assert events_of("انطلقت مسيرة حاشدة في مدينة رام الله اليوم تنديدا بالقصف على غزة.", "ar", P) == []


@pytest.mark.parametrize("text, kind", [
    ("أصاب صاروخ روسي مبنى سكنيا في مدينة خاركيف فجر اليوم ما أسفر عن مقتل شخصين وإصابة عشرة.", "missile attack"),
    ("استهدفت صواريخ روسية منشآت للطاقة في مدينة لفيف فجر اليوم.", "missile attack"),
    ("قصفت القوات الروسية مدينة خاركيف بصواريخ غراد فجر اليوم ما أسفر عن مقتل شخصين.", "rocket attack"),
])
def test_russian_missile_named_by_its_projectile(text, kind):
    assert [e.event_type for e in events_of(text, "ar", P)] == [kind]


@pytest.mark.parametrize("text, lang, kind", [
    ("Gunmen killed 23 villagers in an overnight raid on a village near Kaduna, local officials said on Sunday.",
     "en", "attack"),
    ("Des jihadistes présumés ont tué douze civils lors d'un raid contre un village près de Djibo dimanche.", "fr",
     "attack"),
    ("Israeli warplanes carried out a raid on Khan Younis on Sunday, killing five people.", "en", "airstrike"),
    ("An Israeli raid on Rafah killed five people on Sunday.", "en", "airstrike"),
])
def test_raid_by_gunmen_is_no_airstrike(text, lang, kind):
    assert [e.event_type for e in events_of(text, lang, P)] == [kind]


@pytest.mark.parametrize("text, lang", [
    ("Houthi rebels fired a ballistic missile at the Greek-flagged tanker Sounion in the Red Sea off Hodeidah on "
     "Sunday, the UKMTO said.", "en"),
    ("Les Houthis ont tiré un missile sur un pétrolier en mer Rouge au large de Hodeida dimanche.", "fr"),
])
def test_sea_gives_way_to_the_port_the_position_is_told_from(text, lang):
    (e,) = events_of(text, lang, P)
    assert e.place is not None and e.place.record_id.startswith("offset:geonames:79415")


@pytest.mark.parametrize("text, lang, record, precision", [
    ("Pakistan carried out airstrikes on suspected Pakistani Taliban hideouts in Afghanistan's Paktika province on "
     "Tuesday, killing at least eight people, Taliban officials said.", "en", "curated:paktika-province", "governorate"),
    ("Des frappes pakistanaises ont tué huit personnes mardi dans la province afghane de Paktika, selon les talibans.",
     "fr", "curated:paktika-province", "governorate"),
    ("A bomb exploded in a mosque in Kandahar on Friday, killing 12 worshippers.", "en", "geonames:1138336", "town"),
])
def test_afghan_province_is_an_area_its_city_a_town(text, lang, record, precision):
    (e,) = events_of(text, lang, P)
    assert (e.place.record_id, e.place.precision) == (record, precision)
