"""Gazetteer round gaz46: provinces, oblasts, regions and states named as the place hit or the launch area.

Every sentence is invented. "A governorate is an area, not a pin": a province named with its word (region,
province, oblast, governorate, state, région de, محافظة, منطقة, ولاية) comes out as the curated area, with
precision governorate (district for Pakistan's tribal districts) and its radius; the city it is named after
stays the city when the text names the city alone. Also Sahel towns and Izmail (Odesa oblast).
"""
import datetime as dt
import math

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


def _km(a, b, c, d):
    r = math.radians
    h = math.sin(r(c - a) / 2) ** 2 + math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


AREAS = [
    # lang, text, record, precision, (lat, lon)
    ("en", "Russian drones struck Kharkiv region overnight, injuring three people.", "curated:kharkiv-oblast", "governorate", (49.99, 36.23)),
    ("fr", "Des drones ont frappé la région de Kharkiv dans la nuit.", "curated:kharkiv-oblast", "governorate", (49.99, 36.23)),
    ("ar", "أطلقت روسيا طائرات مسيرة على منطقة خاركيف ليلا.", "curated:kharkiv-oblast", "governorate", (49.99, 36.23)),
    ("en", "Ukrainian drones attacked Belgorod region on Tuesday, the governor said.", "curated:belgorod-oblast-ru", "governorate", (50.60, 36.58)),
    ("en", "Russia launched 40 drones at Kyiv region overnight.", "curated:kyiv-oblast", "governorate", (50.35, 30.60)),
    ("en", "Russian missiles hit the Odesa region overnight.", "curated:odesa-oblast", "governorate", (46.48, 30.72)),
    ("en", "A Houthi drone hit Hodeidah governorate on Monday.", "curated:hodeidah-governorate", "governorate", (14.90, 43.15)),
    ("ar", "قصفت طائرة مسيرة محافظة الحديدة يوم الاثنين.", "curated:hodeidah-governorate", "governorate", (14.90, 43.15)),
    ("en", "Israel struck targets in Tehran province on Saturday.", "curated:tehran-province", "governorate", (35.54, 51.51)),
    ("en", "Israeli strikes hit Sistan and Baluchestan province on Friday.", "curated:sistan-baluchestan-province", "governorate", (27.39, 60.76)),
    ("en", "Israeli jets struck targets in Nabatieh governorate.", "curated:nabatieh-governorate", "governorate", (33.29, 35.49)),
    ("fr", "Une attaque a frappé la région de Tillabéri samedi, tuant 12 soldats.", "curated:tillaberi-region-ne", "governorate", (14.5, 1.5)),
    ("en", "Boko Haram fighters attacked a village in Borno State, killing 9 people.", "curated:borno-state", "governorate", (11.85, 13.0)),
    ("ar", "هاجم مسلحون قرية في ولاية بورنو وقتلوا 9 أشخاص.", "curated:borno-state", "governorate", (11.85, 13.0)),
    ("en", "Al-Shabaab fighters attacked a base in Lower Shabelle, killing 10 soldiers.", "curated:lower-shabelle-region", "governorate", (2.0, 44.6)),
    ("en", "RSF shelling hit North Darfur on Monday, killing 12 people.", "curated:north-darfur-state", "governorate", (15.5, 25.5)),
    ("en", "A drone strike hit North Waziristan on Sunday, killing four militants.", "curated:north-waziristan", "district", (32.95, 70.10)),
    ("en", "A drone strike killed three people in Kurram district.", "curated:kurram-district", "district", (33.8, 70.1)),
]


@pytest.mark.parametrize("lang, text, record, precision, at", AREAS)
def test_province_named_is_the_area(lang, text, record, precision, at):
    places = [e.place for e in events_of(text, lang, P) if e.place is not None]
    assert places, "no place"
    p = places[0]
    assert p.record_id == record
    assert p.precision == precision
    assert p.radius_km and p.radius_km >= 10
    assert _km(p.lat, p.lon, *at) < 30


PAIRS = [
    # the province told with its word is the area; the same name alone stays the city
    ("en", "Russian drones struck Kharkiv region overnight.", "Russian drones struck the city of Kharkiv overnight.",
     "curated:kharkiv-oblast", "Kharkiv"),
    ("en", "Israel struck targets in Tehran province on Saturday.", "Israel struck targets in Tehran on Saturday.",
     "curated:tehran-province", "Tehran"),
    ("en", "Russia launched 40 drones at Kyiv region overnight.", "Russia launched 40 drones at Kyiv overnight.",
     "curated:kyiv-oblast", "Kyiv"),
    ("en", "Shelling hit Khartoum State, killing 5.", "Shelling hit Khartoum, killing 5.", "curated:khartoum-state", "Khartoum"),
]


@pytest.mark.parametrize("lang, area_text, city_text, record, city", PAIRS)
def test_area_and_city_of_one_name(lang, area_text, city_text, record, city):
    area = [e.place for e in events_of(area_text, lang, P) if e.place is not None]
    assert area and area[0].record_id == record and area[0].precision == "governorate"
    town = [e.place for e in events_of(city_text, lang, P) if e.place is not None]
    assert town and town[0].name == city and town[0].precision in ("town", "city")


TOWNS = [
    ("en", "A drone attack on Izmail port damaged grain silos.", "Izmail"),
    ("fr", "Des jihadistes ont attaqué Djibo, tuant 20 soldats.", "Djibo"),
    ("fr", "Une attaque près de Diafarabé a fait 15 morts.", "Diafarabé"),
    ("fr", "Des jihadistes ont attaqué Koutougou, tuant 10 soldats.", "Koutougou"),
    ("fr", "Une attaque à Tarkint a fait 5 morts.", "Tarkint"),
]


@pytest.mark.parametrize("lang, text, name", TOWNS)
def test_sahel_and_danube_towns(lang, text, name):
    places = [e.place for e in events_of(text, lang, P) if e.place is not None]
    assert places and places[0].name == name
    assert places[0].precision in ("town", "city")


LAUNCHES = [
    ("en", "Missiles were launched from Hodeidah province toward Israel.", (14.90, 43.15)),
    ("en", "A Houthi missile was launched from Saada governorate toward Israel.", (16.90, 43.80)),
]


@pytest.mark.parametrize("lang, text, at", LAUNCHES)
def test_province_launch_area(lang, text, at):
    launches = [e.launch for e in events_of(text, lang, P) if e.launch is not None and e.launch.lat is not None]
    assert launches
    assert _km(launches[0].lat, launches[0].lon, *at) < 30
