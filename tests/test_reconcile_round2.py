"""One incident that one article names twice (a base and its town, a quarter and its city) is one event.

Frames of one document used to stay apart whatever their places; the writers' convention is one
event per place per day.  Places, wordings and numbers here are unlike the evaluation sets.
"""
import datetime as dt

import pytest

from geo_events.models import DateSpan, Document, EventFrame, Evidence, Fact, Place, PlaceRef
from geo_events.reconcile import join_told_twice, reconcile

TUESDAY = dt.date(2023, 5, 9)
PUBLISHED = dt.date(2023, 5, 10)

# Real coordinates (rounded); radii as the gazetteer gives a town's extent.
INCIRLIK = Place("Incirlik Air Base", 37.002, 35.426, "airbase", "site", 3.0, 1.0, "curated", "curated:incirlik-air-base", "TR")
ADANA = Place("Adana", 36.986, 35.325, "city", "town", 9.5, 1.0, "geonames", "geonames:325363", "TR")
HMEIMIM = Place("Hmeimim Air Base", 35.401, 35.949, "airbase", "site", 3.0, 1.0, "curated", "curated:hmeimim-air-base", "SY")
JABLEH = Place("Jableh", 35.362, 35.928, "town", "town", 2.2, 1.0, "geonames", "geonames:169304", "SY")
MOSUL_AIRPORT = Place("Mosul International Airport", 36.306, 43.147, "airport", "site", 2.0, 1.0, "curated",
                      "curated:mosul-airport", "IQ")
MOSUL = Place("Mosul", 36.335, 43.119, "city", "town", 9.1, 1.0, "geonames", "geonames:99072", "IQ")
AL_UDEID = Place("Al Udeid Air Base", 25.117, 51.315, "airbase", "site", 4.0, 1.0, "curated", "curated:al-udeid-air-base", "QA")
DOHA = Place("Doha", 25.285, 51.531, "city", "town", 4.4, 1.0, "geonames", "geonames:290030", "QA")
TAL_AFAR = Place("Tal Afar", 36.379, 42.448, "town", "town", 1.0, 1.0, "geonames", "geonames:90393", "IQ")
AL_AYADIYA = Place("Al-Ayadiya", 36.42, 42.52, "town", "town", 1.0, 1.0, "geonames", "geonames:1", "IQ")
NINEVEH = Place("Nineveh", 36.2, 42.9, "governorate", "governorate", 60.0, 1.0, "curated", "curated:nineveh", "IQ")


def day(d=TUESDAY):
    return DateSpan(d, d, "day")


class Article:
    """Frames of one document, each from its own sentence."""

    def __init__(self, lang="en", doc_id="one"):
        self.doc = Document(doc_id, "", lang, PUBLISHED, source="Wire")
        self.offset = 0

    def frame(self, sentence, name, place, etype="rocket attack", date=None, **facts):
        ev = Evidence(self.doc.doc_id, sentence, self.offset, self.offset + len(sentence))
        self.offset += len(sentence) + 1
        f = EventFrame(self.doc)
        f.add(Fact("event_type", etype, ev))
        f.add(Fact("target", PlaceRef(name, place=place), ev))
        f.add(Fact("date", date or day(), ev))
        for kind, value in facts.items():
            f.add(Fact(kind, value, ev))
        return f


def places(events):
    return sorted(e.place.name for e in events)


# --------------------------------------------------------------------------- joined: a place and a place in it


def test_en_base_and_its_city_one_event_keeps_the_base_and_both_figures():
    a = Article("en")
    town = a.frame("Washington said the raids answered a rocket attack on Tuesday on a base near Adana that "
                   "wounded two airmen.", "Adana", ADANA, injured=2)
    base = a.frame("More than 20 rockets slammed into Incirlik Air Base on Tuesday evening.",
                   "Incirlik Air Base", INCIRLIK, count=20)
    (ev,) = reconcile([town, base])
    assert ev.place.name == "Incirlik Air Base"  # the finer place of the two
    assert ev.count.best == 20 and ev.injured.best == 2
    assert ev.date == day()


def test_fr_generic_attack_on_a_town_joins_the_rocket_fire_on_its_base():
    a = Article("fr")
    base = a.frame("Une vingtaine de roquettes se sont abattues mardi soir sur la base de Hmeimim.",
                   "Hmeimim", HMEIMIM, count=20)
    town = a.frame("L'attaque contre Jableh a blessé trois soldats, selon Moscou.", "Jableh", JABLEH,
                   etype="attack", injured=3)
    (ev,) = reconcile([base, town])
    assert ev.event_type == "rocket attack"  # the weapon told once is the incident's
    assert ev.place.name == "Hmeimim Air Base" and ev.injured.best == 3


def test_ar_airport_and_its_city_one_event():
    a = Article("ar")
    city = a.frame("قال مسؤول إن هجوما بطائرة مسيرة استهدف مدينة الموصل يوم الثلاثاء.", "الموصل", MOSUL,
                   etype="drone attack")
    airport = a.frame("وسقطت الطائرة المسيرة على مدرج مطار الموصل الدولي وأصابت عاملين.", "مطار الموصل الدولي",
                      MOSUL_AIRPORT, etype="drone attack", injured=2)
    (ev,) = reconcile([city, airport])
    assert ev.place.record_id == "curated:mosul-airport" and ev.injured.best == 2


def test_two_names_of_one_record_one_event():
    # A quarter the gazetteer resolves to its town, told beside the town: one place, one day.
    a = Article("en")
    first = a.frame("Israeli jets struck Tal Afar on Tuesday, killing four.", "Tal Afar", TAL_AFAR,
                    etype="airstrike", killed=4)
    second = a.frame("The jets hit a three-storey building in the Sarai quarter.", "Sarai", TAL_AFAR, etype="attack")
    (ev,) = reconcile([first, second])
    assert ev.event_type == "airstrike" and ev.killed.best == 4


def test_a_town_in_a_governorate_named_by_its_admin1():
    town = Place("Al-Ayadiya", 36.42, 42.52, "town", "town", 1.0, 1.0, "geonames", "geonames:1", "IQ",
                 admin1="Nineveh")
    far_gov = Place("Nineveh", 35.2, 42.9, "governorate", "governorate", 40.0, 1.0, "curated", "curated:nineveh", "IQ")
    a = Article("en")
    frames = [a.frame("Mortar rounds fell on Al-Ayadiya on Tuesday.", "Al-Ayadiya", town, etype="mortar attack"),
              a.frame("Shells landed in Nineveh province, police said.", "Nineveh", far_gov, etype="attack")]
    (ev,) = reconcile(frames)
    assert ev.place.name == "Al-Ayadiya"


def test_a_governorate_named_beside_two_of_its_towns_joins_one_and_the_towns_stay_apart():
    a = Article("en")
    frames = [a.frame("Rockets hit Tal Afar on Tuesday.", "Tal Afar", TAL_AFAR),
              a.frame("Rockets also hit Al-Ayadiya on Tuesday.", "Al-Ayadiya", AL_AYADIYA),
              a.frame("The rockets fell in Nineveh province.", "Nineveh", NINEVEH)]
    events = reconcile(frames)
    assert places(events) == ["Al-Ayadiya", "Tal Afar"]


# --------------------------------------------------------------------------- kept apart


def test_two_towns_near_one_another_hit_the_same_day_stay_two():
    a = Article("en")
    frames = [a.frame("Rockets hit Tal Afar on Tuesday.", "Tal Afar", TAL_AFAR),
              a.frame("Rockets also hit Al-Ayadiya, 8 km away, on Tuesday.", "Al-Ayadiya", AL_AYADIYA)]
    assert places(reconcile(frames)) == ["Al-Ayadiya", "Tal Afar"]


def test_a_base_well_outside_the_city_stays_apart():
    a = Article("en")
    frames = [a.frame("Two rockets hit Al Udeid Air Base on Tuesday.", "Al Udeid Air Base", AL_UDEID),
              a.frame("Separately, a rocket hit a market in Doha on Tuesday, wounding two.", "Doha", DOHA, injured=2)]
    assert places(reconcile(frames)) == ["Al Udeid Air Base", "Doha"]


def test_the_same_base_on_two_days_stays_two():
    a = Article("en")
    frames = [a.frame("Rockets hit Incirlik Air Base on Tuesday.", "Incirlik Air Base", INCIRLIK),
              a.frame("On Sunday, rockets had hit a base near Adana.", "Adana", ADANA,
                      date=day(TUESDAY - dt.timedelta(days=2)))]
    assert len(reconcile(frames)) == 2


def test_an_interception_over_a_city_and_a_hit_on_its_base_stay_two():
    a = Article("fr")
    frames = [a.frame("Un drone s'est abattu mardi sur la base d'Incirlik.", "Incirlik", INCIRLIK, etype="drone attack"),
              a.frame("La défense aérienne a intercepté un missile au-dessus d'Adana.", "Adana", ADANA,
                      etype="interception")]
    assert sorted(e.event_type for e in reconcile(frames)) == ["drone attack", "interception"]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_drone_and_a_missile_salvo_at_one_city_stay_two(lang):
    # An article that tells drones from missiles tells of two salvos, even at one place.
    a = Article(lang)
    frames = [a.frame("A drone crashed into a school in Mosul on Tuesday.", "Mosul", MOSUL, etype="drone attack"),
              a.frame("The group claimed a salvo of ballistic missiles at Mosul airport.", "Mosul airport",
                      MOSUL_AIRPORT, etype="missile attack")]
    assert sorted(e.event_type for e in reconcile(frames)) == ["drone attack", "missile attack"]


def test_an_airstrike_and_a_rocket_attack_at_one_town_stay_two():
    a = Article("en")
    frames = [a.frame("Rockets hit Jableh on Tuesday.", "Jableh", JABLEH),
              a.frame("Jets struck Hmeimim in response on Tuesday.", "Hmeimim", HMEIMIM, etype="airstrike")]
    assert len(reconcile(frames)) == 2


def test_clusters_of_different_documents_are_left_to_cluster_frames():
    # Two articles: a base in one and its town in the other already meet by distance in
    # cluster_frames; the join adds nothing for clusters that share no document.
    one, two = Article("en", "one"), Article("fr", "two")
    clusters = [[one.frame("Rockets hit Al Udeid Air Base on Tuesday.", "Al Udeid Air Base", AL_UDEID)],
                [two.frame("Des roquettes ont frappé Doha mardi.", "Doha", DOHA)]]
    assert join_told_twice(clusters) == clusters


# --------------------------------------------------------------------------- end to end


def _events(text, lang):
    from geo_events.gazetteer import Gazetteer
    from geo_events.pipeline import process

    return process([Document("t.txt", text, lang, PUBLISHED)], gazetteer=Gazetteer.default()).events


def test_en_article_naming_a_base_and_its_city_gives_one_event():
    text = ("Washington said the raids answered a rocket attack on Tuesday on a military base near the Turkish "
            "city of Adana that wounded two airmen. More than 20 rockets slammed into Incirlik Air Base, which "
            "lies east of Adana, on Tuesday evening, a Turkish statement said.")
    (ev,) = _events(text, "en")
    assert ev.place.record_id == "curated:incirlik-air-base"
    assert ev.count.best == 20 and ev.injured.best == 2


def test_fr_article_naming_a_base_and_its_town_gives_one_event():
    text = ("Washington a affirmé répondre à une attaque à la roquette mardi contre une base près de la ville de "
            "Jableh, qui a blessé deux soldats. Une vingtaine de roquettes se sont abattues mardi soir sur la base "
            "de Hmeimim, selon un communiqué russe.")
    (ev,) = _events(text, "fr")
    assert ev.place.record_id == "curated:hmeimim-air-base" and ev.injured.best == 2


def test_en_article_with_a_base_and_a_distant_city_keeps_two():
    text = "Two rockets hit Al Udeid Air Base on Tuesday. Separately, a rocket hit a market in Doha on Tuesday, wounding two people."
    assert len(_events(text, "en")) == 2
