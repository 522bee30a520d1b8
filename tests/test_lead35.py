"""Session 33, the lead's own probes (invented sentences, no set's text): a strike told on a province, where in it.

* The sentence after the lead takes the site back by its kind word and says where it lies ("A drone struck a
  military post in X province. The post lies on the outskirts of the town of Y", "La base, située près de Y, ...",
  "وتقع القاعدة قرب بلدة Y"): Y, when it is the one place inside the province the sentence names; a place the site
  is only measured from ("10 km west of the town of Y") leaves the province.
* The target's own sentence says what the strike on the province was near ("hit X province near the town of Y",
  "a visé la province d'X, près de la ville de Y"): Y. A province named after its capital is not that town.
* A governorate's towns lie in it even a little past its rough radius (the same first-level division).
* Arabic "في محافظة درعا", "محافظة كركوك": the governorate, as "Daraa province" is in English, not the city it is named
  after; "ويقع الموقع على أطراف مدينة نوى", "والقاعدة التي تقع قرب بلدة X" locate the site as the English sentence does.
* Arabic: "وأوضحت الشرطة أن الصواريخ أطلقت من منطقة X" after another kind of incident was told goes back to the rockets'
  incident, as "The rockets were launched from X" does in English and French.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of, km, one_event

P = dt.date(2024, 3, 15)
NAWA = (32.886, 36.039)
SARMADA = (36.186, 36.722)
SHADDADI = (36.055, 40.730)
KAFR_TAKHARIM = (36.117, 36.515)
SIDAKAN = (36.797, 44.672)


@pytest.mark.parametrize("text, lang, where", [
    ("A drone struck a military post in Daraa province on Tuesday, killing two soldiers. The post lies on the outskirts "
     "of the town of Nawa, the Syrian Observatory said.", "en", NAWA),
    ("Un drone a visé mardi une position de l'armée dans la province de Deraa, tuant deux soldats. La position se "
     "trouve à la sortie de la ville de Nawa.", "fr", NAWA),
    ("Rockets hit a US base in Hasakah province on Monday. The base, near the town of al-Shaddadi, houses coalition "
     "troops.", "en", SHADDADI),
    ("Des roquettes ont visé lundi une base américaine dans la province de Hassaké. La base, située près de Chaddadé, "
     "abrite des soldats de la coalition.", "fr", SHADDADI),
    ("A drone hit a house in Idlib province on Tuesday, killing three civilians. The house is in the village of Kafr "
     "Takharim, the White Helmets said.", "en", KAFR_TAKHARIM),
    ("Turkish drones struck a PKK position in Iraq's Kurdistan region on Tuesday. The position lies near the village "
     "of Sidakan, local officials said.", "en", SIDAKAN),
])
def test_the_next_sentence_tells_where_the_site_in_the_province_lies(text, lang, where):
    event = one_event(text, lang, P)
    assert event.place is not None and event.place.precision in ("town", "site")
    assert km(event.place.lat, event.place.lon, *where) < 5


@pytest.mark.parametrize("text, lang", [
    ("A drone struck a military post in Daraa province on Tuesday, killing two soldiers. The post is about 10 km west "
     "of the town of Nawa.", "en"),
    ("A drone struck a military post in Daraa province on Tuesday, killing two soldiers. The province borders Jordan "
     "and Nawa has seen protests.", "en"),
    ("Gunmen attacked a checkpoint in Diyala province on Tuesday, killing two policemen. The checkpoint, located "
     "between Baqubah and Muqdadiyah, was set up last year.", "en"),
])
def test_a_reference_or_a_remark_leaves_the_province(text, lang):
    event = one_event(text, lang, P)
    assert event.place is not None and event.place.precision == "governorate"


@pytest.mark.parametrize("text, lang", [
    ("A drone strike hit Idlib province near the town of Sarmada on Tuesday, the Observatory said.", "en"),
    ("Une frappe de drone a visé mardi la province d'Idleb, près de la ville de Sarmada, selon l'OSDH.", "fr"),
])
def test_a_strike_on_a_province_near_a_town_is_placed_at_the_town(text, lang):
    event = one_event(text, lang, P)
    assert event.place is not None and km(event.place.lat, event.place.lon, *SARMADA) < 5


def test_a_launch_near_a_town_does_not_place_the_strike_there():
    event = one_event("Rockets fired from near the town of Sarmada hit Idlib province on Tuesday.", "en", P)
    assert event.place is not None and event.place.precision == "governorate"


BALAD_BASE = (33.940, 44.362)
TAJI = (33.529, 44.278)
MAKHMOUR = (35.776, 43.580)


@pytest.mark.parametrize("text, rockets_launch, drone_launch", [
    ("سقطت ثلاثة صواريخ على قاعدة بلد الجوية اليوم الاثنين، وفق مصادر أمنية. وكانت طائرة مسيرة قد استهدفت مطار أربيل "
     "أمس الأحد. وأوضحت الشرطة أن الصواريخ أطلقت من منطقة التاجي.", TAJI, None),
    ("استهدفت طائرة مسيرة مطار أربيل اليوم. وكانت ثلاثة صواريخ قد سقطت على قاعدة بلد الجوية أمس. وقال مصدر أمني إن "
     "الطائرة المسيرة أطلقت من منطقة مخمور.", None, MAKHMOUR),
])
def test_an_arabic_launch_of_the_rockets_goes_back_to_the_rockets(text, rockets_launch, drone_launch):
    events = events_of(text, "ar", P)
    rockets = next(e for e in events if e.event_type == "rocket attack")
    drone = next(e for e in events if e.event_type == "drone attack")
    for event, want in ((rockets, rockets_launch), (drone, drone_launch)):
        if want is None:
            assert event.launch is None or event.launch.lat is None
        else:
            assert event.launch is not None and km(event.launch.lat, event.launch.lon, *want) < 5


DARAA_GOV = (32.853, 36.223)
KIRKUK_GOV = (35.321, 44.157)


@pytest.mark.parametrize("text, where, precision", [
    ("استهدفت طائرة مسيرة موقعا عسكريا في محافظة درعا اليوم، ما أدى إلى مقتل جنديين.", DARAA_GOV, "governorate"),
    ("انفجرت عبوة ناسفة بدورية للجيش في محافظة كركوك اليوم، ما أدى إلى مقتل جنديين.", KIRKUK_GOV, "governorate"),
    ("استهدفت طائرة مسيرة موقعا عسكريا في محافظة درعا اليوم، ما أدى إلى مقتل جنديين. ويقع الموقع على أطراف مدينة نوى.",
     NAWA, "town"),
    ("سقطت ثلاثة صواريخ على قاعدة في محافظة الحسكة اليوم. والقاعدة التي تقع قرب بلدة الشدادي تضم قوات للتحالف.",
     SHADDADI, "site"),
])
def test_an_arabic_governorate_and_the_site_located_in_it(text, where, precision):
    event = one_event(text, "ar", P)
    assert event.place is not None and event.place.precision == precision
    assert km(event.place.lat, event.place.lon, *where) < 5


@pytest.mark.parametrize("text, record", [
    ("Un drone ukrainien a provoqué mardi un incendie dans un dépôt pétrolier de la région d'Orel, en Russie, selon le "
     "gouverneur.", "curated:oryol-oblast-ru"),  # the region itself (session 37)
    ("Une attaque de drones ukrainiens a visé mardi la raffinerie de Tuapse, en Russie, selon les autorités locales.",
     "curated:tuapse"),  # GeoNames 480716, curated (names42)
])
def test_a_town_said_to_be_en_russie_is_found_there(text, record):
    event = one_event(text, "fr", P)
    assert event.place is not None and event.place.record_id == record
