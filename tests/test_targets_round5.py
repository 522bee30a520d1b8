"""Target resolution, round 5 (geo_events.resolve): a nearby town taken for the place attacked.

Invented short reports in English, French and Arabic (places, wordings and numbers of no development
set), one group per rule:

* a city that opens a report as where its speaker is ("À Beyrouth, la Défense civile annonce que ...",
  "In Kyiv, the air force said ...") is not the target when the report names the place hit; a namesake
  abroad that a word of the report happens to spell is no candidate (the opening city's country rules);
* a town named as an end of a road ("the highway linking X to Y", "la route reliant X à Y", "the X-Y
  road", "الطريق الرابط بين X وY") is not where a convoy was hit when the sentence names the place
  beside the road ("near Z", "à hauteur de Z");
* a city told only as the landmark of a finer place ("près de X, non loin de la ville de Y", "near X,
  close to the city of Y", "قرب X على مقربة من مدينة Y") gives way to that finer place.

Guards keep the target where the opening city, the road's end or the landmark city is the only place
the sentence names, or is itself the place hit.
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


def _assert_placed_near(text: str, lang: str, where: tuple, label: str, km: float = 10.0) -> None:
    events = _events(text, lang)
    assert events, "the attack makes no event"
    placed = [e for e in events if e.place is not None]
    assert placed, f"the attack is left unplaced: {[e.place_name for e in events]}"
    e = placed[0]
    d = _km(e.place.lat, e.place.lon, *where)
    assert d < km, f"placed at {e.place.name} ({e.place_name!r}), {d:.0f} km from {label}"


TYRE, BAQUBAH, KHAN_YUNIS = (33.27, 35.20), (33.75, 44.64), (31.34, 34.31)
BALAD, TARMIYAH, DIWANIYAH, TUZ = (34.02, 44.15), (33.67, 44.39), (31.99, 44.92), (34.89, 44.63)
BEIRUT, BAGHDAD, SAMARRA = (33.89, 35.50), (33.34, 44.40), (34.20, 43.87)


# --- a city that opens the report as its speaker's seat -------------------------------------------------

OPENING_SEATS = [
    ("fr", "09h10 : À Beyrouth, la Défense civile annonce qu'une frappe de drone a visé une voiture à Tyr, "
           "tuant deux personnes.", TYRE, "Tyre"),
    ("fr", "À Bagdad, la cellule des médias de sécurité indique que deux roquettes sont tombées près d'un "
           "barrage à Baqouba, tuant un policier.", BAQUBAH, "Baqubah"),
    ("fr", "Par ailleurs, à Gaza, la Défense civile rapporte qu'un obus a touché une école de Khan Younès, "
           "blessant sept enfants.", KHAN_YUNIS, "Khan Yunis"),
    # (English and Arabic reports of this shape already read the place hit: guards)
    ("en", "In Beirut, civil defence officials said an Israeli drone strike hit a car in Tyre, killing two "
           "people.", TYRE, "Tyre"),
    ("ar", "وفي بيروت، قال الدفاع المدني إن غارة بطائرة مسيرة استهدفت سيارة في مدينة صور ما أدى إلى مقتل شخصين.",
     TYRE, "Tyre"),
]


@pytest.mark.parametrize("lang,text,where,label", OPENING_SEATS)
def test_a_city_opening_the_report_as_the_speakers_seat_is_not_the_target(lang, text, where, label):
    _assert_placed_near(text, lang, where, label)


SEAT_GUARDS = [
    # the opening city is the place hit: no speaker follows it, or the statement comes after the attack
    ("fr", "À Beyrouth, une frappe de drone a visé un appartement mardi soir, tuant trois personnes.", BEIRUT,
     "Beirut"),
    ("en", "In Baghdad, two rockets landed near a checkpoint on Tuesday, wounding a policeman, officials said.",
     BAGHDAD, "Baghdad"),
]


@pytest.mark.parametrize("lang,text,where,label", SEAT_GUARDS)
def test_an_opening_city_that_was_hit_stays_the_target(lang, text, where, label):
    _assert_placed_near(text, lang, where, label, km=25.0)


# --- the ends of a road -------------------------------------------------------------------------------

ROAD_ENDS = [
    ("en", "A roadside bomb struck a logistics convoy on the highway linking Baghdad to Basra near "
           "al-Diwaniyah on Tuesday, wounding a driver.", DIWANIYAH, "al-Diwaniyah"),
    ("fr", "Un engin explosif a visé jeudi un convoi de ravitaillement sur la route reliant Bagdad à Kirkouk, "
           "à hauteur de Touz Khourmatou, blessant deux chauffeurs.", TUZ, "Tuz Khurmatu"),
    ("en", "An IED exploded under a supply convoy on the Baghdad-Kirkuk road near Tuz Khurmatu on Monday, "
           "wounding one driver.", TUZ, "Tuz Khurmatu"),
    ("ar", "انفجرت عبوة ناسفة على رتل دعم لوجستي على الطريق الرابط بين بغداد والبصرة قرب الديوانية، ما أدى إلى "
           "إصابة سائق.", DIWANIYAH, "al-Diwaniyah"),
]


@pytest.mark.parametrize("lang,text,where,label", ROAD_ENDS)
def test_a_convoy_on_a_road_is_placed_beside_the_road_not_at_its_end(lang, text, where, label):
    _assert_placed_near(text, lang, where, label)


def test_a_road_named_only_by_its_ends_keeps_an_end():
    # no place beside the road: the end the report names is all there is (not left unplaced)
    events = _events("A roadside bomb hit a convoy on the highway linking Baghdad to the south on Tuesday, "
                     "wounding a driver.", "en")
    placed = [e for e in events if e.place is not None]
    assert placed and _km(placed[0].place.lat, placed[0].place.lon, *BAGHDAD) < 25, \
        [(e.place_name, e.place) for e in events]


# --- a landmark city ----------------------------------------------------------------------------------

LANDMARKS = [
    ("fr", "Un drone a frappé samedi un entrepôt près de Balad, non loin de la ville de Samarra, sans faire "
           "de victimes.", BALAD, "Balad"),
    ("en", "Jets bombed a hideout near Balad, close to the city of Samarra, on Friday, killing three "
           "militants.", BALAD, "Balad"),
    ("en", "A drone struck a checkpoint near Tarmiyah, not far from the town of Baqubah, on Sunday, killing a "
           "soldier.", TARMIYAH, "Tarmiyah"),
    ("ar", "استهدفت غارة جوية مخبأ قرب الطارمية على مقربة من مدينة بعقوبة ما أدى إلى مقتل ثلاثة مسلحين.",
     TARMIYAH, "Tarmiyah"),
    ("ar", "سقطت قذيفتان قرب بلد بالقرب من مدينة سامراء ما أدى إلى إصابة جندي.", BALAD, "Balad"),
]


@pytest.mark.parametrize("lang,text,where,label", LANDMARKS)
def test_a_landmark_city_gives_way_to_the_place_named_before_it(lang, text, where, label):
    _assert_placed_near(text, lang, where, label)


def test_a_launch_site_before_the_landmark_city_is_not_the_target():
    # the place before the city is where the rockets came from: the city stays the target
    events = _events("Des roquettes tirées depuis Balad sont tombées mardi près de la ville de Samarra, sans "
                     "faire de victimes.", "fr")
    placed = [e for e in events if e.place is not None]
    assert placed and _km(placed[0].place.lat, placed[0].place.lon, *SAMARRA) < 25, \
        [(e.place_name, e.place) for e in events]


def test_the_road_to_a_town_told_with_its_province_stays_at_the_town():
    # "la route de X, chef-lieu de la province de Y": the province is no finer place than the road's end
    events = _events("Une bombe a visé mercredi un convoi sur la route de Samarra, chef-lieu de la province de "
                     "Salaheddine, blessant un chauffeur.", "fr")
    placed = [e for e in events if e.place is not None]
    assert placed and _km(placed[0].place.lat, placed[0].place.lon, *SAMARRA) < 25, \
        [(e.place_name, e.place) for e in events]


def test_an_opening_city_with_a_passive_toll_is_no_speakers_seat():
    # (guard) "In X, two people were reported killed": X is where the toll is, not a statement's seat
    events = _events("In Baghdad, two people were reported killed on Tuesday when a rocket hit a house, and in "
                     "Baqubah a mortar round landed in a field.", "en")
    placed = [e for e in events if e.place is not None]
    assert placed, [e.place_name for e in events]
    assert any(_km(e.place.lat, e.place.lon, *BAGHDAD) < 25 for e in placed), \
        [(e.place_name, e.place.name) for e in placed]
