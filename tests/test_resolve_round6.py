"""Resolution round 6: the text's own context places a target.

Three habits of reporting: an enclosing area written next to a name ("a village in rural X"); a
broad area and the finer place hit inside it written in one sentence ("a rocket hit a field in X, a
town of the Y region"); a launch place described by its distance from another ("fired from near X,
some 5 km west of Y"). Each test writes its own sentence (other places and numbers than any
development passage).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geo_events.models import Document, EventFrame, Evidence, Fact, PlaceRef
from geo_events.resolve import read_offset, resolve_frames
from factories import geonames_point, km, resolved_frame

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="module")
def gaz(gz):
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is absent: the gazetteer data lives in ../shared/data beside the project")
    return gz


def frame_of(sentence: str, *facts: tuple[str, PlaceRef], language: str = "en") -> EventFrame:
    doc = Document(doc_id="t", text=sentence, language=language)
    ev = Evidence("t", sentence, 0, len(sentence))
    return EventFrame(doc=doc, facts=[Fact(kind, ref, ev) for kind, ref in facts])


def target_of(gz, sentence, *facts, focus, language="en"):
    frame = frame_of(sentence, *facts, language=language)
    unresolved = resolve_frames([frame], gz, focus=focus)
    return frame.first("target").value, unresolved


# -- a container the text names beside the place -----------------------------------------------------


def test_a_namesake_abroad_gives_way_to_the_area_the_text_names_around_it(gaz):
    # the only "Ranya" the gazetteer knows is in Iraqi Kurdistan; the article is about eastern Syria
    ref, _ = target_of(gaz, "Shells fell on the outskirts of Ranya in the Deir ez-Zor countryside on Monday.",
                       ("target", PlaceRef("Ranya", "village", "Deir ez-Zor")), focus=("SY", "IQ"))
    deir = gaz.resolve("Deir ez-Zor", focus=("SY",)).place
    assert ref.place is not None and ref.place.country == "SY"
    assert km(ref.place.lat, ref.place.lon, deir.lat, deir.lon) < 5
    assert "Deir ez-Zor" in ref.candidates[0].name


def test_the_namesake_inside_the_named_area_is_chosen_in_arabic(gaz):
    # حضر is both a Syrian village of rural Quneitra and an Iraqi one near Hatra
    ref, _ = target_of(gaz, "سقطت قذيفتان على أطراف بلدة حضر في ريف القنيطرة الشمالي",
                       ("target", PlaceRef("حضر", "town", "القنيطرة")), focus=("SY", "IL", "IQ"), language="ar")
    lat, lon = geonames_point("SY", "170150")
    assert ref.place is not None and km(ref.place.lat, ref.place.lon, lat, lon) < 2


def test_a_container_in_a_country_the_article_names_less_does_not_overrule_the_name(gaz):
    # "Ahvaz" matched for a province the gazetteer lacks; the town is surely the Saudi one
    ref, _ = target_of(gaz, "Un drone a visé une station électrique à Dhahran al-Janub, dans la province d'Ahvaz.",
                       ("target", PlaceRef("Dhahran al-Janub", None, "Ahvaz")), focus=("SA", "YE", "IR"),
                       language="fr")
    assert ref.place is not None and ref.place.country == "SA" and "Dhahran" in ref.place.name


def test_a_place_inside_its_container_is_kept(gaz):
    ref, _ = target_of(gaz, "A roadside bomb hit an army patrol in Tarmiyah, north of Baghdad.",
                       ("target", PlaceRef("Tarmiyah", "district", "Baghdad")), focus=("IQ",))
    lat, lon = geonames_point("IQ", "98403")
    assert ref.place is not None and km(ref.place.lat, ref.place.lon, lat, lon) < 3


def test_a_word_read_as_container_that_is_no_place_changes_nothing(gaz):
    ref, _ = target_of(gaz, "Strikes hit Najran, a Yemeni official said.",
                       ("target", PlaceRef("Najran", None, "Yemeni")), focus=("SA", "YE"))
    assert ref.place is not None and ref.place.country == "SA"


def test_a_company_site_stands_in_the_town_named_with_it(gaz):
    # "a fuel depot of Aramco in Najran": the company is no place; its own container is, before the
    # sentence's other places (a town named earlier in it)
    sentence = "Drones hit a power station in Abha and a fuel depot of Aramco in Najran."
    ref, _ = target_of(gaz, sentence, ("target", PlaceRef("Aramco", None, "Najran")), focus=("SA", "YE"))
    najran = gaz.resolve("Najran", focus=("SA",)).place
    assert ref.place is not None and km(ref.place.lat, ref.place.lon, najran.lat, najran.lon) < 3


# -- a broad target and the finer place hit inside it, in one sentence -----------------------------------


def test_the_town_hit_inside_a_region_named_in_the_same_sentence_is_the_target(gaz):
    sentence = "A drone struck a checkpoint in Iraqi Kurdistan, hitting a farm on the edge of Ranya."
    ref, _ = target_of(gaz, sentence, ("target", PlaceRef("Kurdistan", "region")), ("impact", PlaceRef("Ranya")),
                       focus=("IQ",))
    ranya = gaz.resolve("Ranya", focus=("IQ",)).place
    assert ref.place is not None and km(ref.place.lat, ref.place.lon, ranya.lat, ranya.lon) < 1


def test_a_city_hit_inside_a_country_target_in_french(gaz):
    sentence = "Deux missiles ont été tirés vers l'Arabie saoudite, l'un s'abattant sur Jizan."
    ref, _ = target_of(gaz, sentence, ("target", PlaceRef("Arabie saoudite", "country")),
                       ("impact", PlaceRef("Jizan")), focus=("SA", "YE"), language="fr")
    assert ref.place is not None and ref.place.precision == "town" and "Jizan" in ref.place.name


def test_two_places_hit_leave_the_broad_target_alone(gaz):
    sentence = "Missiles fired at Saudi Arabia hit Jizan and Najran."
    ref, _ = target_of(gaz, sentence, ("target", PlaceRef("Saudi Arabia", "country")),
                       ("impact", PlaceRef("Jizan")), ("impact", PlaceRef("Najran")), focus=("SA", "YE"))
    assert ref.place is not None and ref.place.precision == "country"


def test_a_place_hit_in_another_sentence_does_not_narrow_a_region(gaz):
    frame = frame_of("A drone struck targets in Iraqi Kurdistan.", ("target", PlaceRef("Kurdistan", "region")))
    later = "Separately, a rocket fell near Ranya on Tuesday."
    frame.facts.append(Fact("impact", PlaceRef("Ranya"), Evidence("t", later, 0, len(later))))
    resolve_frames([frame], gaz, focus=("IQ",))
    assert frame.first("target").value.place.precision == "governorate"


# -- a distance written after the launch place describes the launch place ------------------------------


def test_a_distance_after_the_launch_place_does_not_move_the_target(gaz):
    sentence = "A rocket launched from an orchard near Kfar Kila, some 4 km west of Metula, struck Metula."
    ref, _ = target_of(gaz, sentence, ("target", PlaceRef("Metula")), ("launch", PlaceRef("Kfar Kila")),
                       focus=("IL", "LB"))
    metula = gaz.resolve("Metula", focus=("IL",)).place
    assert ref.place is not None and km(ref.place.lat, ref.place.lon, metula.lat, metula.lon) < 1
    assert ref.distance_km is None


def test_a_distance_far_from_the_launch_place_still_places_a_ship(gaz):
    # the position follows the ship, not the launch place named at the start of the sentence
    sentence = ("A missile fired from Hodeidah province struck a tanker in the Red Sea, the agency said, "
                "reporting the hit about 40 nautical miles west of Mokha.")
    ref, _ = target_of(gaz, sentence, ("target", PlaceRef("Red Sea")), ("launch", PlaceRef("Hodeidah")),
                       focus=("YE",))
    assert ref.place is not None and ref.distance_km is not None and round(ref.distance_km) == 74


# -- gazetteer rows added this round ------------------------------------------------------------------


@pytest.mark.parametrize("name, cc, geonameid", [("Arbat", "IQ", "98784"), ("عربت", "IQ", "98784"),
                                                 ("Hadar", "SY", "170150"), ("قرية الصفرة", "IQ", "6770465"),
                                                 ("Baath City", "SY", "11486812"),
                                                 ("مدينة البعث", "SY", "11486812")])
def test_villages_reporting_names_resolve_to_their_geonames_point(gaz, name, cc, geonameid):
    lat, lon = geonames_point(cc, geonameid)
    p = gaz.resolve(name, focus=(cc,)).place
    assert p is not None and km(p.lat, p.lon, lat, lon) < 1


def test_the_golan_is_an_area_not_a_namesake_abroad(gaz):
    for name, lang in (("Golan", "en"), ("plateau du Golan", "fr"), ("الجولان", "ar")):
        p = gaz.resolve(name, focus=("SY", "IL")).place
        assert p is not None and p.country == "SY" and p.precision == "governorate", (name, lang)


# -- an unnamed launch point told by its distance from the target --------------------------------------


def launch_of(gz, target_sentence, target, launch_sentence, *, focus, language="en"):
    frame = frame_of(target_sentence, ("target", target), language=language)
    ref = PlaceRef("", direction=None)
    frame.facts.append(Fact("launch", ref, Evidence("t", launch_sentence, 0, len(launch_sentence))))
    resolve_frames([frame], gz, focus=focus)
    return ref


def test_a_launch_distance_from_the_base_is_read_with_a_conversion_in_brackets(gaz):
    ref = launch_of(gaz, "Rockets hit Balad air base on Sunday.", PlaceRef("Balad", "airbase"),
                    "Police said the rockets were launched from a field some 8 kilometers (5 miles) east of "
                    "the base.", focus=("IQ",))
    assert (ref.distance_km, ref.direction) == (8.0, "east")


def test_a_launch_distance_from_the_airport_is_read_in_french(gaz):
    ref = launch_of(gaz, "Des roquettes ont visé l'aéroport d'Erbil.", PlaceRef("Erbil", "airport"),
                    "Elles ont été tirées depuis un verger à environ 12 km au sud-ouest de l'aéroport, selon la "
                    "police.", focus=("IQ",), language="fr")
    assert (ref.distance_km, ref.direction) == (12.0, "south-west")


def test_a_launch_distance_from_another_town_is_not_taken_from_the_target(gaz):
    ref = launch_of(gaz, "Rockets hit Balad air base on Sunday.", PlaceRef("Balad", "airbase"),
                    "The rockets were fired from a farm 15 km north of Baqubah, police said.", focus=("IQ",))
    assert ref.distance_km is None


def test_the_launch_offsets_are_read_only_after_from():
    fired = "The missile was fired from a site about 20 km north of Taiz."
    hit = "The tanker was hit 30 nautical miles west of Hodeidah."
    assert read_offset(fired) == [] and [round(k) for k, *_ in read_offset(fired, launch=True)] == [20]
    assert read_offset(hit, launch=True) == [] and [round(k) for k, *_ in read_offset(hit)] == [56]
