"""Launch sites told by a country's land and launch namesakes the report itself contradicts (session 22 probes).

- "fired from Syrian territory", "tirées depuis le territoire libanais", "أطلقت من داخل الأراضي اللبنانية",
  "launched from Iranian soil": the adjective of a country's land names that country as the launch area;
- an inexact namesake of a launch village that lies out of reach and off the direction the report gives
  ("from the hamlet of X, about six kilometres to the west", X missing from the gazetteer) is not the launch site:
  the told distance and direction from the target place it instead.

All passages are invented (other places, numbers and wordings than any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from geo_events import geodesy
from geo_events.models import Document
from geo_events.pipeline import process

PUB = dt.date(2024, 3, 14)


def _events(text: str, lang: str):
    return process([Document("t.txt", text, lang, PUB)]).events


def _only(text: str, lang: str):
    evs = _events(text, lang)
    assert len(evs) == 1, [(e.event_type, e.place_name) for e in evs]
    return evs[0]


@pytest.mark.parametrize("text, lang, country", [
    ("Two rockets fired from Syrian territory struck an open field near Katzrin on Tuesday, the Israeli military said.",
     "en", "SY"),
    ("Three drones launched from Iraqi territory hit a Kurdish militia post near Qamishli on Friday, the group said.",
     "en", "IQ"),
    ("Israel said the drone that struck a tanker off Oman on Thursday was launched from Iranian soil.", "en", "IR"),
    ("Deux roquettes tirées depuis le territoire syrien se sont abattues mardi près de Katzrin, selon l'armée.",
     "fr", "SY"),
    ("Un drone parti du territoire irakien a frappé mardi une position kurde près de Hassaké.", "fr", "IQ"),
    ("سقط صاروخان أطلقا من داخل الأراضي اللبنانية على مستوطنة المطلة يوم السبت.", "ar", "LB"),
])
def test_a_launch_told_by_a_country_s_land_is_that_country(text, lang, country):
    e = _only(text, lang)
    assert e.launch is not None and e.launch.place is not None, e.launch
    assert e.launch.place.country == country, (e.launch.name, e.launch.place)
    assert e.launch.lat is not None  # an area point is estimated, so a trajectory is drawn
    assert e.trajectories


@pytest.mark.parametrize("text, lang", [
    # the land is where the site hit lies, not where the fire came from
    ("Two rockets struck a US base on Syrian territory near Shaddadi on Monday, the coalition said.", "en"),
    ("Deux roquettes se sont abattues lundi sur une base américaine en territoire syrien, près de Chaddadi.", "fr"),
    # a "from" of people, not of projectiles
    ("Officials from Iraqi territory said three rockets hit the Ain al-Asad base on Monday.", "en"),
])
def test_a_country_s_land_without_a_launch_phrase_is_no_launch(text, lang):
    for e in _events(text, lang):
        assert e.launch is None or not e.launch.name or e.launch.place is None \
            or e.launch.place.precision != "country", (e.place_name, e.launch.name)


@pytest.mark.parametrize("text, lang, target, km, bearing", [
    ("Des obus sont tombés mardi sur la ville de Hajin. Ils ont été tirés depuis le hameau d'Umm Tinat, "
     "à environ six kilomètres à l'ouest.", "fr", "Hajin", 6, 270),
    ("Des obus de mortier sont tombés jeudi sur la ville de Mayadin. Ils ont été tirés depuis le hameau de Tell Bourghass, "
     "à environ huit kilomètres au sud.", "fr", "Mayadin", 8, 180),
])
def test_a_contradicted_namesake_gives_way_to_the_told_distance_and_direction(text, lang, target, km, bearing):
    e = _only(text, lang)
    assert e.place is not None and e.launch is not None
    assert e.launch.lat is not None, e.launch.note
    az, d = geodesy.inverse(e.place.lat, e.place.lon, e.launch.lat, e.launch.lon)
    assert abs(d - km) < 3, (d, e.launch.note)
    assert min(abs(az - bearing), 360 - abs(az - bearing)) < 30, (az, e.launch.note)


@pytest.mark.parametrize("text, lang, target, km, bearing", [
    ("A rocket hit the Kirkuk K1 base on Tuesday. It was fired from an orchard about five kilometres to the north, "
     "police said.", "en", "K1", 5, 0),
    ("A rocket hit the Balad air base on Friday. It was fired from a field roughly 7 km to the east, police said.",
     "en", "Balad", 7, 90),
])
def test_a_distance_to_the_bearing_with_no_of_is_told_from_the_target(text, lang, target, km, bearing):
    e = _only(text, lang)
    assert e.place is not None and e.launch is not None and e.launch.lat is not None, e.launch
    az, d = geodesy.inverse(e.place.lat, e.place.lon, e.launch.lat, e.launch.lon)
    assert abs(d - km) < 3, (d, e.launch.note)
    assert min(abs(az - bearing), 360 - abs(az - bearing)) < 30, (az, e.launch.note)


def test_a_distance_of_a_named_place_keeps_that_place():
    # "10 km to the south of the base": the phrase with "of" places the village named, as before
    e = _only("A rocket hit the Balad air base on Friday. It was fired from the village of Yathrib, 10 km to the "
              "south of the base, police said.", "en")
    assert e.launch is not None and e.launch.name == "Yathrib" and e.launch.lat is not None


@pytest.mark.parametrize("text, lang, name, min_km", [
    # an exact name is kept, even far away: the report named it
    ("Rockets fired from the Sanaa area struck Marib on Monday.", "en", "Sanaa", 100),
    ("Three Katyusha rockets fired from the outskirts of Basra struck near the Rumaila oil field on Sunday.", "en",
     "Basra", 20),
])
def test_an_exact_launch_name_stands(text, lang, name, min_km):
    e = _only(text, lang)
    assert e.launch is not None and e.launch.place is not None and e.launch.lat is not None
    assert name.lower() in e.launch.place.name.lower()
    assert geodesy.inverse(e.place.lat, e.place.lon, e.launch.lat, e.launch.lon)[1] > min_km


@pytest.mark.parametrize("text, lang, city", [
    ("Rockets fired from the Syrian capital Damascus struck the Golan on Monday.", "en", "Damascus"),
    ("Le drone a été lancé depuis la capitale yéménite Sanaa et abattu jeudi au-dessus de Khamis Mushait.", "fr",
     "Sanaa"),
    ("Le missile a été tiré depuis la capitale, Sanaa, et intercepté au-dessus de Jizan mardi.", "fr", "Sanaa"),
])
def test_a_capital_named_after_the_launch_from_is_the_launch_site(text, lang, city):
    e = _only(text, lang)
    assert e.launch is not None and e.launch.name == city, e.launch
    assert e.launch.lat is not None and e.trajectories


@pytest.mark.parametrize("text, lang", [
    ("The missile was fired at the Saudi capital Riyadh on Sunday and intercepted, the coalition said.", "en"),
    ("Two rockets fired from the capital struck the Green Zone on Monday.", "en"),
    ("Un missile a été tiré dimanche vers la capitale saoudienne Riyad, selon la coalition.", "fr"),
])
def test_a_capital_aimed_at_or_unnamed_is_no_launch_site(text, lang):
    for e in _events(text, lang):
        assert e.launch is None or e.launch.name in ("", None) or "Riyad" not in e.launch.name, e.launch.name
        assert e.launch is None or e.launch.lat is None, e.launch.note


@pytest.mark.parametrize("text, lang, launch", [
    ("Four rockets hit the Balad air base on Thursday. The launch site was in the Dujail area, police said.", "en",
     "Dujail"),
    ("Two mortar rounds landed inside Camp Speicher on Friday. Police said the launch point was near Tuz Khurmatu.",
     "en", "Tuz"),
    ("Quatre roquettes ont visé jeudi la base aérienne de Balad. Le site de lancement se trouvait près de Dujail, "
     "selon la police.", "fr", "Dujail"),
    ("Deux obus de mortier sont tombés vendredi dans le camp Speicher. Le point de lancement était situé dans la "
     "région de Tuz Khurmatu.", "fr", "Tuz"),
])
def test_a_launch_site_told_where_it_lay_is_the_launch(text, lang, launch):
    e = _only(text, lang)
    assert e.launch is not None and launch in (e.launch.name or ""), e.launch
    assert e.launch.lat is not None and e.trajectories


@pytest.mark.parametrize("text, lang", [
    ("Four rockets hit the Balad air base on Thursday. The launch site was in a field, police said.", "en"),
    ("Israeli jets struck a launch site in southern Lebanon on Thursday, the army said.", "en"),
])
def test_a_launch_site_without_a_place_or_struck_is_no_launch(text, lang):
    for e in _events(text, lang):
        assert e.launch is None or e.launch.lat is None or e.launch.place is None \
            or e.launch.place.precision == "country" or not e.launch.name, (e.place_name, e.launch.name)


@pytest.mark.parametrize("text, country", [
    ("أطلق حزب الله عشرين صاروخا من جنوب لبنان على كريات شمونة يوم الخميس.", "LB"),
    ("أطلق الحوثيون طائرتين مسيرتين من شمال اليمن باتجاه جازان يوم الأحد.", "YE"),
    ("قال الجيش الإسرائيلي إن خمسة صواريخ أطلقت من جنوب سوريا وسقطت في الجولان يوم الثلاثاء.", "SY"),
    ("انطلقت ثلاث مسيرات من شرق سوريا واستهدفت قاعدة التنف يوم الجمعة.", "SY"),
])
def test_arabic_fire_from_a_part_of_a_land_is_launched_from_that_land(text, country):
    e = _only(text, "ar")
    assert e.launch is not None and e.launch.place is not None, e.launch
    assert e.launch.place.country == country and e.trajectories
    assert e.launch.direction is None  # "من جنوب لبنان" is no bearing from the target


@pytest.mark.parametrize("text", [
    "قصفت طائرات إسرائيلية مواقع في جنوب لبنان يوم الخميس.",
    "أطلقت صواريخ على قاعدة عين الأسد غرب العراق يوم الاثنين.",
])
def test_arabic_a_part_of_a_land_with_no_from_is_no_launch(text):
    for e in _events(text, "ar"):
        assert e.launch is None or e.launch.place is None, e.launch.name


def test_arabic_a_later_finer_launch_site_places_the_point():
    e = _only("أطلق حزب الله عشرين صاروخا من جنوب لبنان على كريات شمونة يوم الخميس. "
              "وقال الجيش إن الصواريخ أطلقت من بلدة الخيام.", "ar")
    assert e.launch is not None and e.launch.lat is not None
    assert e.trajectories and e.trajectories[0].distance_km < 30, e.launch.note


@pytest.mark.parametrize("text, lang, town_lat, town_lon", [
    ("Une vingtaine de roquettes tirées depuis le territoire libanais ont frappé dimanche Metula. Selon l'armée, "
     "elles ont été lancées depuis le village de Kfar Kila.", "fr", 33.28, 35.55),
    ("سقط نحو عشرين صاروخا أطلقت من الأراضي اللبنانية على المطلة يوم الأحد. وقال الجيش إن الصواريخ انطلقت من بلدة كفركلا.",
     "ar", 33.28, 35.55),
    ("أطلق حزب الله خمسة عشر صاروخا من جنوب لبنان باتجاه مستوطنة زرعيت يوم الثلاثاء. وقال الجيش إن الصواريخ "
     "انطلقت من منطقة بلدة عيتا الشعب.", "ar", 33.10, 35.34),
])
def test_a_town_told_after_a_country_launch_places_the_point(text, lang, town_lat, town_lon):
    # the country read first (by the rules above) must not hide the town the report names next
    e = _only(text, lang)
    assert e.launch is not None and e.launch.lat is not None, e.launch
    assert geodesy.inverse(town_lat, town_lon, e.launch.lat, e.launch.lon)[1] < 5, e.launch.note


# (lead) "en provenance du Yémen" after a projectile noun is a launch; people "en provenance du Liban" are not.
@pytest.mark.parametrize("text, launch", [
    ("Deux drones en provenance du Yémen ont été abattus mercredi au-dessus de Jazan.", "Yémen"),
    ("Un missile en provenance du Liban est tombé mardi près de Metula.", "Liban"),
    ("Trois roquettes en provenance des hauteurs du Golan ont frappé jeudi la ville de Quneitra.", "hauteurs du Golan|Golan"),
    ("Des pèlerins en provenance du Liban ont été blessés mardi par une roquette à Metula.", None),
])
def test_en_provenance_du_after_a_projectile(text, launch):
    from geo_events.models import Document as _Doc
    from geo_events.pipeline import process as _process

    (event,) = _process([_Doc("p.txt", text, "fr", dt.date(2024, 3, 14))]).events
    name = event.launch.name if event.launch is not None and event.launch.name else None
    assert (name is None) if launch is None else (name in launch.split("|")), name
