"""Resolution round 3: neighbourhoods, border villages, installations, and context over namesakes.

Each test writes its own sentence (other places, other numbers than any development passage) and
checks what a reader of the map would see: where the event is drawn.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geo_events.models import Document, EventFrame, Evidence, Fact, PlaceRef
from geo_events.resolve import resolve_frames, word_kind
from factories import geonames_point, km, resolved_frame

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def resolved(gz, sentence, target, *, focus=("IQ",), language="en"):
    f, unresolved = resolved_frame(gz, sentence, target, focus=focus, language=language)
    return f.first("target").value.place, unresolved


_geonames_point = geonames_point


# -- an armed group named in the singular is no place; the neighbourhood its sentence names is --------

@pytest.mark.parametrize("name", ["Revolutionary Guard", "the Popular Mobilization Force",
                                  "Islamic Revolutionary Guard Corps", "Gardiens de la révolution islamique"])
def test_an_armed_group_in_either_number_is_an_organisation(name):
    assert word_kind(name) == "organisation"


def test_a_singular_is_derived_only_from_multi_word_plurals():
    # "Hamas" must not make "Hama" (a Syrian city) a word
    assert word_kind("Hama") is None and word_kind("Hamas") == "organisation"


def test_a_strike_on_a_group_is_placed_in_the_neighbourhood_its_sentence_names(gz):
    sentence = ("A drone strike on a car in the Kadhimiya district of Baghdad on Tuesday killed two members of the "
                "Popular Mobilization Force, police said.")
    place, _ = resolved(gz, sentence, PlaceRef("Popular Mobilization Force"))
    assert place is not None and place.feature == "district", place
    assert km(place.lat, place.lon, 33.38, 44.34) < 4  # the shrine district, north-west of the centre


@pytest.mark.parametrize("sentence, organisation, language", [
    ("Israeli missiles hit a depot in the Dumayr area, east of Damascus, killing three Hezbollah fighters.",
     "Hezbollah", "en"),
    ("Des missiles ont frappé un dépôt dans le secteur de Dumayr, tuant trois combattants du Hezbollah.",
     "Hezbollah", "fr"),
])
def test_a_district_word_beside_a_name_means_the_town_not_the_air_base_of_that_name(gz, sentence, organisation,
                                                                                   language):
    # the bare name finds the air base; "the Dumayr area" is the town 6 km from it
    base = gz.resolve("Dumayr", focus=("SY",)).place
    assert base is not None and base.feature == "airbase"
    place, _ = resolved(gz, sentence, PlaceRef(organisation), focus=("SY", "IL"), language=language)
    assert place is not None and place.feature in ("town", "district", "city"), place
    assert km(place.lat, place.lon, base.lat, base.lon) > 4


def test_a_french_quarter_before_a_name_places_the_strike_in_that_quarter(gz):
    sentence = ("Un immeuble du quartier de Kafr Sousa, à Damas, a été visé par une frappe qui a tué quatre "
                "membres des Gardiens de la révolution islamique.")
    place, _ = resolved(gz, sentence, PlaceRef("Gardiens de la révolution islamique"), focus=("SY", "IR"),
                        language="fr")
    assert place is not None and km(place.lat, place.lon, 33.496, 36.27) < 3, place


# -- "province" read beside a region's own name ----------------------------------------------------------

def test_a_region_keeps_its_name_over_another_countrys_province_of_a_similar_spelling(gz):
    sentence = "Iranian drones struck a camp of an exiled party in Kurdistan on Sunday, near Koya."
    place, _ = resolved(gz, sentence, PlaceRef("Kurdistan", cue="province"), focus=("IQ", "IR"))
    assert place is not None and place.country == "IQ", place


def test_the_province_wins_when_the_document_is_about_its_country(gz):
    sentence = "Artillery shelled villages of Kurdistan province near Marivan, state media said."
    place, _ = resolved(gz, sentence, PlaceRef("Kurdistan", cue="province"), focus=("IR", "IQ"))
    assert place is not None and place.country == "IR", place


# -- curated rows: Lebanon's border villages, Baghdad's and Damascus's neighbourhoods, northern Israel -----

@pytest.mark.parametrize("name, geonameid", [
    ("Aita al-Shaab", "277369"), ("عيتا الشعب", "277369"), ("Meiss el-Jabal", "270767"),
    ("Odaisseh", "266560"), ("العديسة", "266560"), ("Yaroun", "266109"), ("Maroun al-Ras", "271090"),
    ("Tayr Harfa", "266752"), ("Shebaa", "267447"), ("Rmeish", "268585"),
])
def test_lebanese_border_villages_resolve_to_their_geonames_points(gz, name, geonameid):
    lat, lon = _geonames_point("LB", geonameid)
    sentence = f"Israeli shelling hit the outskirts of {name} at dawn."
    place, _ = resolved(gz, sentence, PlaceRef(name), focus=("LB", "IL"),
                        language="ar" if name[0] >= "\u0600" else "en")
    assert place is not None and place.country == "LB", (name, place)
    assert km(place.lat, place.lon, lat, lon) < 1.0


@pytest.mark.parametrize("name, point", [
    ("Adhamiya", (33.37, 44.36)), ("الأعظمية", (33.37, 44.36)), ("حي العامرية", (33.295, 44.29)),
    ("Ghazaliya", (33.34, 44.28)), ("المشتل", (33.325, 44.465)), ("Saydiya", (33.25, 44.345)),
])
def test_baghdad_neighbourhoods_resolve_inside_the_city(gz, name, point):
    place, _ = resolved(gz, f"Katyusha rockets fell on homes in {name}.", PlaceRef(name), focus=("IQ",),
                        language="ar" if name[0] >= "\u0600" else "en")
    assert place is not None and place.country == "IQ" and place.precision == "town", (name, place)
    assert km(place.lat, place.lon, *point) < 2
    assert km(place.lat, place.lon, 33.34, 44.40) < 15  # inside Baghdad, never the whole country


@pytest.mark.parametrize("name, point, within", [
    ("Har Meron", (32.998, 35.410), 4), ("قاعدة ميرون", (32.998, 35.410), 4),
    ("base aérienne de Ramat David", (32.6651, 35.1795), 2), ("قاعدة نيفاتيم", (31.2083, 35.0123), 2),
    ("Branit barracks", (33.085, 35.33), 6),
])
def test_israeli_bases_that_reporting_names_resolve_as_sites(gz, name, point, within):
    place, _ = resolved(gz, f"Hezbollah said it targeted {name} with 12 rockets.", PlaceRef(name),
                        focus=("IL", "LB"))
    assert place is not None and place.precision == "site", (name, place)
    assert km(place.lat, place.lon, *point) < within


def test_a_neighbourhood_with_a_frequent_word_for_a_name_is_found_only_with_its_district_word(gz):
    # "الشعب" ("the people") is no place; "حي الشعب" is the Baghdad district
    assert gz.resolve("حي الشعب", focus=("IQ",)).place is not None
    place, _ = resolved(gz, "خرج الشعب إلى الشوارع.", PlaceRef("الشعب"), language="ar")
    assert place is None or place.record_id != "curated:shaab-baghdad"


# -- a city target narrowed to the neighbourhood or site its sentences name --------------------------------

def _frame(text_by_fact):
    text = " ".join(s for _k, _v, s in text_by_fact)
    doc = Document(doc_id="t", text=text, language="en")
    facts = [Fact(kind, value, Evidence("t", sentence, 0, len(sentence))) for kind, value, sentence in text_by_fact]
    return EventFrame(doc=doc, facts=facts)


@pytest.mark.parametrize("sentence, point", [
    ("A drone struck a car in the Adhamiya district of northern Baghdad late on Monday.", (33.37, 44.365)),
    ("استهدفت ضربة جوية سيارة في حي العامرية غربي بغداد مساء الأحد.", (33.295, 44.29)),
    ("Une frappe a visé une maison du quartier de Ghazaliya, dans l'ouest de Bagdad.", (33.34, 44.28)),
])
def test_a_city_target_becomes_the_neighbourhood_its_own_sentence_names(gz, sentence, point):
    city = "بغداد" if "بغداد" in sentence else ("Bagdad" if "Bagdad" in sentence else "Baghdad")
    f = _frame([("target", PlaceRef(city), sentence)])
    resolve_frames([f], gz, focus=("IQ",))
    place = f.first("target").value.place
    assert place is not None and place.feature == "district", place
    assert km(place.lat, place.lon, *point) < 2


def test_two_neighbourhoods_in_the_sentence_leave_the_city(gz):
    sentence = "Rockets fell on the Adhamiya district and the Ghazaliya district of Baghdad overnight."
    f = _frame([("target", PlaceRef("Baghdad"), sentence)])
    resolve_frames([f], gz, focus=("IQ",))
    place = f.first("target").value.place
    assert place is not None and place.feature == "city", place


def test_the_impact_site_inside_a_city_named_with_the_toll_becomes_the_target(gz):
    lead = "Four people were killed in Baghdad on Thursday when a rocket exploded."
    body = "The rocket hit a market in the Karrada district, killing four shoppers, police said."
    f = _frame([("target", PlaceRef("Baghdad"), lead), ("impact", PlaceRef("Karrada"), body), ("killed", 4, body)])
    resolve_frames([f], gz, focus=("IQ",))
    place = f.first("target").value.place
    assert place is not None and place.feature == "district", place
    assert km(place.lat, place.lon, 33.305, 44.425) < 3


def test_an_impact_village_is_no_finer_name_for_a_province_target(gz):
    lead = "Rockets were fired at targets in Diyala province on Sunday."
    body = "One rocket landed in a field near Khanaqin, wounding two farmers."
    f = _frame([("target", PlaceRef("Diyala", cue="province"), lead), ("impact", PlaceRef("Khanaqin"), body),
                ("injured", 2, body)])
    resolve_frames([f], gz, focus=("IQ",))
    place = f.first("target").value.place
    assert place is not None and place.precision == "governorate", place
