"""Target resolution, round 3 (geo_events.resolve): where the attacked place is put on the map.

Invented short reports in English, French and Arabic (places, wordings and numbers of no
development set), one group per rule:

* a quarter written with the town that holds it ("حي X بمدينة Y", "X, in Y") is placed in that town
  when the only namesake of X the gazetteer knows lies in another country, even when the article
  never names the town's country (Gaza, the West Bank);
* the same spelling key is not the same name: a town named after a city ("al-Baghdadi") placed
  earlier in the article does not stand in for the city ("Baghdad") told later;
* a doubtful pick in a country the article never names, whose name does not look like the written
  word ("le Tigre", the river, and Petah Tikva), is dropped, and does not pull the article's next
  names into that country; a short form of a place's own name ("the Golan") is kept.
"""
import datetime as dt
import math

import pytest

from geo_events.models import Document
from geo_events.pipeline import process

PUBLISHED = dt.date(2024, 3, 20)


def _events(text: str, lang: str):
    return process([Document(doc_id="story", text=text, language=lang, published=PUBLISHED)]).events


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(a))


def _placed(events, name_part: str):
    hits = [e for e in events if name_part in (e.place_name or "")]
    assert hits, f"no event named like {name_part!r}: {[e.place_name for e in events]}"
    return hits[0]


# --- a quarter of a town in a country the article does not name -----------------------------------------

QUARTERS = [
    # (lang, text, quarter as written, town's lat, lon)
    ("ar", "استشهد ثلاثة مواطنين في قصف استهدف منزلا في حي الزيتون بمدينة غزة صباح اليوم.", "الزيتون",
     31.50, 34.47),
    ("ar", "استشهد شاب في غارة على مخيم في حي البساتين بمدينة طولكرم فجر اليوم.", "البساتين", 32.31, 35.03),
    ("en", "An Israeli drone strike on a house in al-Nasr, in Deir al-Balah, wounded two children on Tuesday.",
     "al-Nasr", 31.42, 34.35),
    ("fr", "Une frappe de drone israélienne a blessé deux enfants mardi dans le quartier d'al-Nasr, à Deir el-Balah.",
     "al-Nasr", 31.42, 34.35),
]


@pytest.mark.parametrize("lang,text,quarter,lat,lon", QUARTERS)
def test_quarter_is_placed_in_its_town_not_a_foreign_namesake(lang, text, quarter, lat, lon):
    ev = _placed(_events(text, lang), quarter)
    assert ev.place is not None, f"{quarter} left unplaced"
    d = _km(ev.place.lat, ev.place.lon, lat, lon)
    assert d < 15, f"{quarter} placed at {ev.place.name} ({ev.place.country}), {d:.0f} km from its town"


# --- one spelling key, two places ----------------------------------------------------------------------------

BAGHDAD = (33.34, 44.40)
KEY_TWINS = [
    ("en", "A drone struck an army checkpoint near the town of al-Baghdadi in Anbar province on Sunday, wounding "
           "two soldiers. On Monday night, a Katyusha rocket landed near a market in Baghdad, killing one civilian, "
           "police said.", "Baghdad"),
    ("fr", "Un drone a frappé dimanche un poste de l'armée près de la localité d'al-Baghdadi, dans la province "
           "d'al-Anbar, blessant deux soldats. Lundi soir, une roquette Katioucha est tombée près d'un marché de "
           "Bagdad, tuant un civil, selon la police.", "Bagdad"),
    ("en", "Three rockets fired from the outskirts of the town of Baghdadi hit the Ain al-Asad base on Sunday. On "
           "Tuesday, a bomb hit a convoy in Baghdad, wounding a driver.", "Baghdad"),
    ("ar", "سقط صاروخ كاتيوشا مساء الاثنين قرب سوق في بغداد، ما أدى إلى مقتل مدني. وكانت طائرة مسيرة قد استهدفت "
           "الأحد نقطة للجيش قرب ناحية البغدادي في الأنبار.", "بغداد"),
]


@pytest.mark.parametrize("lang,text,city", KEY_TWINS)
def test_city_is_not_the_town_named_after_it(lang, text, city):
    ev = next((e for e in _events(text, lang) if (e.place_name or "") == city), None)
    assert ev is not None and ev.place is not None, f"no placed event at {city}"
    d = _km(ev.place.lat, ev.place.lon, *BAGHDAD)
    assert d < 20, f"{city} placed at {ev.place.name}, {d:.0f} km from Baghdad"


# --- a spelling-key pick in a country the article never names ---------------------------------------------

def test_river_word_is_not_a_foreign_town_fr():
    events = _events("L'aviation irakienne a frappé mercredi une cache de l'EI au bord du Tigre, au nord de Baïji, "
                     "tuant trois jihadistes.", "fr")
    ev = _placed(events, "Tigre")
    assert ev.place is None or ev.place.country == "IQ", f"placed at {ev.place.name} ({ev.place.country})"


def test_river_word_is_not_a_foreign_town_en():
    events = _events("Iraqi F-16s bombed an Islamic State cave near the Tigre river bank north of Baiji on Wednesday, "
                     "killing three militants.", "en")
    ev = _placed(events, "Tigre")
    assert ev.place is None or ev.place.country == "IQ", f"placed at {ev.place.name} ({ev.place.country})"


def test_foreign_key_pick_does_not_pull_the_next_namesake_abroad():
    events = _events("L'aviation irakienne a frappé mardi une cache de l'EI sur une île du Tigre, au nord de Baïji. "
                     "Mercredi, un autre raid a visé un abri souterrain près de la ville de Haditha, dans l'ouest de "
                     "l'Irak, tuant deux jihadistes.", "fr")
    ev = _placed(events, "Haditha")
    assert ev.place is not None and ev.place.country == "IQ", \
        f"Haditha placed at {ev.place and ev.place.name} ({ev.place and ev.place.country})"
    assert all(e.place is None or e.place.country != "IL" for e in events)


@pytest.mark.parametrize("lang,text", [
    ("en", "Two rockets fired from Syria landed in the Golan on Wednesday, causing no casualties, the Israeli army "
           "said."),
    ("fr", "Deux roquettes tirées depuis la Syrie sont tombées mercredi sur le plateau du Golan, sans faire de "
           "victimes, a indiqué l'armée israélienne."),
])
def test_short_form_of_a_place_name_is_kept(lang, text):
    ev = _placed(_events(text, lang), "Golan")
    assert ev.place is not None and _km(ev.place.lat, ev.place.lon, 33.0, 35.75) < 40


# --- "X, the <kind> town west of Y": Y only says where X is ----------------------------------------------------

APPOSITION = [
    ("en", "A drone fired a missile at a pickup truck near Tal Afar, the Turkmen-majority town west of Mosul, on "
           "Sunday, killing two fighters.", 36.38, 42.45),
    ("fr", "Lundi, un obus de mortier a touché une maison à la périphérie de Tarmiyah, petite ville agricole au nord "
           "de Bagdad, blessant un enfant.", 33.67, 44.40),
    ("fr", "Dimanche soir, un drone a tiré un missile sur une voiture sur la route principale à l'entrée de Tal Afar, "
           "la ville turkmène à l'ouest de Mossoul, tuant deux combattants.", 36.38, 42.45),
    ("ar", "سقطت قذيفة هاون الاثنين على منزل في الطارمية، البلدة الزراعية شمال بغداد، ما أدى إلى إصابة طفل.",
     33.67, 44.40),
    ("ar", "استهدف هجوم بطائرة مسيرة الأحد موقعا عسكريا في طوز خورماتو، المدينة المختلطة جنوب كركوك.", 34.89, 44.63),
]


@pytest.mark.parametrize("lang,text,lat,lon", APPOSITION)
def test_town_told_by_direction_from_a_city_is_the_place_hit(lang, text, lat, lon):
    events = _events(text, lang)
    assert len(events) == 1, [e.place_name for e in events]
    ev = events[0]
    assert ev.place is not None
    d = _km(ev.place.lat, ev.place.lon, lat, lon)
    assert d < 10, f"placed at {ev.place.name}, {d:.0f} km from the town hit"


# --- "the main air base in <country>": the one base of that kind the article names there ---------------------

COUNTRY_BASE = [
    ("en", "Militants fired four rockets at America's largest air base in Iraq on Tuesday night, the coalition "
           "said. The Ain al-Asad air base in Anbar province hosts US troops; there were no casualties.",
     33.79, 42.44),
    ("fr", "Trois roquettes ont visé mardi soir la principale base aérienne américaine en Irak, a indiqué la "
           "coalition. La base d'Aïn al-Assad, dans la province d'al-Anbar, accueille des soldats américains; il n'y "
           "a pas eu de victimes.", 33.79, 42.44),
    ("ar", "سقطت ثلاثة صواريخ مساء الثلاثاء على القاعدة الجوية الأمريكية الرئيسية في العراق، بحسب التحالف. وتستضيف "
           "قاعدة عين الأسد الجوية في الأنبار جنودا أمريكيين.", 33.79, 42.44),
    ("en", "Two drones were launched at the main US air base in Iraq on Tuesday, officials said. Officials at the "
           "Harir air base said the drones were shot down.", 36.53, 44.34),
]


@pytest.mark.parametrize("lang,text,lat,lon", COUNTRY_BASE)
def test_base_told_by_its_country_is_the_base_the_article_names(lang, text, lat, lon):
    events = _events(text, lang)
    assert len(events) == 1, [e.place_name for e in events]
    ev = events[0]
    assert ev.place is not None and ev.place.precision == "site", ev.place
    assert _km(ev.place.lat, ev.place.lon, lat, lon) < 5, ev.place.name


def test_two_bases_named_leave_the_country():
    events = _events("Two drones were fired at a US air base in Iraq on Tuesday, the coalition said, without naming "
                     "it. The Ain al-Asad air base and the Harir air base both host US troops.", "en")
    assert all(e.place is None or e.place.precision != "site" for e in events), \
        [(e.place_name, e.place and e.place.name) for e in events]


# --- an unknown quarter written with its town, in a land neighbour of the article's country ------------------

UNKNOWN_QUARTERS = [
    ("ar", "قتل ثلاثة أشخاص في غارة إسرائيلية على منزل في حي السلام بمدينة رفح.", 31.30, 34.24),
    ("ar", "أصيب أربعة شبان في قصف إسرائيلي بطائرة مسيرة استهدف منزلا في حي الشجاعية بمدينة غزة.", 31.50, 34.47),
    ("fr", "Une frappe israélienne a tué mardi deux personnes dans une maison du quartier de Tal al-Hawa, à Gaza.",
     31.50, 34.47),
]


@pytest.mark.parametrize("lang,text,lat,lon", UNKNOWN_QUARTERS)
def test_unknown_quarter_falls_back_to_its_town(lang, text, lat, lon):
    events = _events(text, lang)
    assert len(events) == 1, [e.place_name for e in events]
    ev = events[0]
    assert ev.place is not None, "quarter left unplaced although its town is named"
    assert _km(ev.place.lat, ev.place.lon, lat, lon) < 10, ev.place.name
