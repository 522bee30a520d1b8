"""Launch round 7: where the rockets left from, as journalists write it.

Four habits: a time or a manner between the launch verb and its "from" ("lancées peu après 21 h depuis le
secteur de X"); a launcher found somewhere ("police found the launch pad in a field 4 km north of the
base"); an Arabic distance written "N km to the east of X" ("إلى الشرق من"); and a facility that only
describes the town hit ("the city of X, home to the Y air base"). Each test writes its own sentences.
"""
from __future__ import annotations

import datetime as dt

import pytest

from geo_events.extract import extract
from geo_events.models import Document


def frames_of(text: str, language: str = "en"):
    return extract(Document(doc_id="t", text=text, language=language, published=dt.date(2022, 5, 3)))


def launch_of(text: str, language: str = "en"):
    frames = [f for f in frames_of(text, language) if f.first("launch") is not None]
    assert frames, f"no launch fact read in: {text}"
    return frames[0].first("launch").value


# -- a time or manner between the launch verb and "from" ----------------------------------------------


@pytest.mark.parametrize("text, place", [
    ("Huit roquettes ont visé l'ambassade américaine à Bagdad dimanche. Les roquettes ont été lancées peu après "
     "21 h (18 h GMT) depuis le secteur de Jisr Diyala, a précisé l'armée.", "Jisr Diyala"),
    ("Trois roquettes ont frappé la base de Balad mardi. Elles ont été tirées vers 22 h depuis la zone de Yathrib, "
     "selon la police.", "Yathrib"),
    ("Rockets struck Balad air base on Tuesday. They were fired shortly before dawn on Tuesday from the Dujail area, "
     "police said.", "Dujail"),
])
def test_a_time_between_the_verb_and_from_keeps_the_launch_place(text, place):
    language = "fr" if "roquettes" in text else "en"
    assert launch_of(text, language).name == place


def test_the_launch_area_opens_no_incident_of_its_own():
    text = ("Trois roquettes ont frappé la base de Balad mardi. Elles ont été tirées vers 22 h depuis la zone de "
            "Yathrib, selon la police.")
    targets = [f.first("target").value.name for f in frames_of(text, "fr") if f.first("target")]
    assert targets == ["Balad"]


@pytest.mark.parametrize("text, place", [
    ("Three rockets hit Balad air base on Tuesday. They were fired from the Yathrib area, police said.", "Yathrib"),
    ("Rockets struck the Victory base on Monday. The rockets were launched from the direction of Abu Ghraib, "
     "a security source said.", "Abu Ghraib"),
    ("Two rockets hit Ain al-Asad air base on Monday. The rockets were fired from an orchard near Baghdadi, "
     "police said.", "Baghdadi"),
    ("Des roquettes ont frappé la base de Balad mardi. Elles avaient été lancées depuis le district de Dujail.",
     "Dujail"),
])
def test_an_area_word_before_the_launch_place(text, place):
    assert launch_of(text, "fr" if "roquettes" in text else "en").name == place


def test_a_time_phrase_without_a_launch_verb_is_no_launch():
    text = "Rockets struck Balad air base on Tuesday, hours after a convoy from the Dujail area had passed, police said."
    assert all(f.first("launch") is None or f.first("launch").value.name != "Dujail"
               for f in frames_of(text))


# -- a launcher found somewhere ------------------------------------------------------------------------


@pytest.mark.parametrize("text, language, way, km", [
    ("Three rockets hit Erbil airport on Tuesday. Security forces later found the launch pad, made from a rusty "
     "metal frame, in an orchard about six kilometres south of the airport, police said.", "en", "south", 6),
    ("Two rockets hit Balad air base on Friday. A launcher was later discovered in a field some 4 km north of "
     "the base.", "en", "north", 4),
    ("Deux roquettes ont frappé la base de Balad vendredi. Une rampe de lancement a été retrouvée dans un champ "
     "à environ cinq kilomètres à l'est de la base, selon la police.", "fr", "east", 5),
])
def test_a_launcher_found_at_a_distance_is_the_launch_point(text, language, way, km):
    ref = launch_of(text, language)
    assert (ref.direction, ref.distance_km) == (way, km)


def test_a_launcher_mentioned_but_not_found_gives_no_launch_point():
    text = ("Two rockets hit Balad air base on Friday. The base lies some 4 km north of the town and its "
            "air defences engaged the rockets.")
    assert all(f.first("launch") is None for f in frames_of(text))


# -- Arabic: "N km to the east of X" ---------------------------------------------------------------------


@pytest.mark.parametrize("text, way, km", [
    ("سقطت أربع قذائف هاون مساء اليوم على أطراف قضاء بلد، وقال مصدر أمني إن القذائف أطلقت من منطقة زراعية تبعد "
     "نحو ثمانية كيلومترات إلى الغرب من القضاء.", "west", 8),
    ("استهدف صاروخان قاعدة عين الأسد الجوية اليوم. وأطلق الصاروخان من أرض مفتوحة على بعد 6 كم إلى الشمال "
     "الشرقي من القاعدة.", "north-east", 6),
])
def test_an_arabic_distance_to_the_direction_of_a_place(text, way, km):
    ref = launch_of(text, "ar")
    assert (ref.direction, ref.distance_km) == (way, km)


# -- "the city of X, home to the Y air base" --------------------------------------------------------------


@pytest.mark.parametrize("text, language, town", [
    ("Houthi drones were launched toward the city of Taif, home to the King Fahd air base, the coalition said "
     "on Monday.", "en", "Taif"),
    ("A rocket fell near the town of Jalawla, which hosts the Saad military camp, on Sunday.", "en", "Jalawla"),
    ("Un drone a visé mardi la ville de Taëf, qui abrite la base aérienne Roi Fahd, selon la coalition.", "fr", "Taëf"),
])
def test_a_facility_the_town_is_home_to_does_not_replace_the_town(text, language, town):
    targets = [f.first("target").value.name for f in frames_of(text, language) if f.first("target")]
    assert targets == [town]


def test_a_base_attacked_by_name_stays_the_target():
    text = "Two drones struck the King Fahd air base near Taif on Monday, the coalition said."
    targets = [f.first("target").value.name for f in frames_of(text) if f.first("target")]
    assert targets and "King Fahd" in targets[0]
