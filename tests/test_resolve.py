"""Resolution in context (geo_events.resolve) and the curated place data it relies on.

Places and wordings here differ from the gold passages on purpose: each test checks a rule
(common nouns, small foreign namesakes, facility named by its town, unnamed facility placed
through its sentence) on other names, so that a pass says the rule holds, not that a passage
was learnt.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geo_events.models import Document, EventFrame, Evidence, Fact, PlaceRef
from geo_events.resolve import common_words, is_common_word, resolve_frames
from factories import km

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def frame(sentence: str, target: PlaceRef, *, launch: PlaceRef | None = None, language: str = "en") -> EventFrame:
    doc = Document(doc_id="t", text=sentence, language=language)
    ev = Evidence("t", sentence, 0, len(sentence))
    facts = [Fact("target", target, ev)]
    if launch is not None:
        facts.append(Fact("launch", launch, ev))
    return EventFrame(doc=doc, facts=facts)


def resolved(gz, sentence, target, *, launch=None, focus=("IQ",), language="en"):
    f = frame(sentence, target, launch=launch, language=language)
    unresolved = resolve_frames([f], gz, focus=focus)
    return f, unresolved


# -- common nouns --------------------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["Gouvernement", "Sécurité", "the Army", "Ministry", "الحكومة"])
def test_a_common_noun_read_as_a_target_is_not_placed(gz, word):
    f, unresolved = resolved(gz, f"{word} said the attack caused damage near the border.", PlaceRef(word))
    ref = f.first("target").value
    assert ref.place is None
    assert unresolved and "common noun" in unresolved[0].reason


def test_common_words_are_folded_and_real_places_are_not_among_them():
    assert is_common_word("ÉTAT") and is_common_word("l'armée") and is_common_word("The State")
    assert not any(is_common_word(n) for n in ("Mosul", "Kirkuk", "Raqqa", "الموصل", "Ramadi"))
    kinds = set(common_words().values())
    assert kinds <= {"word", "facility", "demonym", "organisation"} and "facility" in kinds


def test_a_command_headquarters_is_placed_at_the_place_its_sentence_names(gz):
    sentence = "Two mortar rounds landed near the Headquarters of the operations command in Ramadi on Friday."
    f, _ = resolved(gz, sentence, PlaceRef("Headquarters", cue="base"))
    place = f.first("target").value.place
    assert place is not None and place.precision == "town"  # Ramadi the town, not Anbar the governorate
    assert km(place.lat, place.lon, 33.4206, 43.3078) < 5


# -- small foreign namesakes ---------------------------------------------------------------------------

def test_a_small_foreign_namesake_is_no_answer(gz):
    # "Arma" is a town of 1,500 people in Kansas and nothing in the region
    f, unresolved = resolved(gz, "Rockets fell on Arma overnight.", PlaceRef("Arma"))
    assert f.first("target").value.place is None
    assert "outside the region" in unresolved[0].reason


def test_a_large_foreign_city_and_a_regional_village_still_resolve(gz):
    f, _ = resolved(gz, "A drone fell in Paris.", PlaceRef("Paris"))
    assert f.first("target").value.place.country == "FR"
    f, _ = resolved(gz, "A rocket fell in Tarmiyah.", PlaceRef("Tarmiyah"))
    p = f.first("target").value.place
    assert p.country == "IQ" and km(p.lat, p.lon, 33.67444, 44.39583) < 3


def test_a_namesake_in_a_country_the_document_is_about_is_kept(gz):
    f, _ = resolved(gz, "Shelling hit Arma.", PlaceRef("Arma"), focus=("US",))
    assert f.first("target").value.place is not None


# -- a facility named by its town ----------------------------------------------------------------------

@pytest.mark.parametrize("name, cue, icao_point", [
    ("النجف", "airport", (31.98972, 44.40417)),   # مطار النجف -> Al Najaf International Airport, 9 km from the city
    ("Kuwait", "airport", (29.22677, 47.97995)),  # "Kuwait airport"
    ("Deir ez-Zor", "airbase", (35.2854, 40.176)),  # "the Deir ez-Zor air base" -> the military airport
    ("Jizan", "airport", (16.9011, 42.5858)),
])
def test_a_facility_cue_with_a_town_name_means_the_facility(gz, name, cue, icao_point):
    f, _ = resolved(gz, f"Drones targeted the {cue} of {name}.", PlaceRef(name, cue=cue), focus=())
    p = f.first("target").value.place
    assert p is not None and p.precision == "site", (name, p)
    assert km(p.lat, p.lon, *icao_point) < 1.0


def test_a_town_without_such_a_facility_falls_back_to_the_town(gz):
    f, _ = resolved(gz, "A rocket hit near Ramadi airport.", PlaceRef("Ramadi", cue="airport"))
    p = f.first("target").value.place
    assert p is not None and p.precision == "town"
    assert km(p.lat, p.lon, 33.4206, 43.3078) < 5


# -- an unnamed facility, placed through its sentence --------------------------------------------------

def test_an_unnamed_consulate_is_the_one_in_the_town_its_sentence_names(gz):
    sentence = "Three rockets fell inside the perimeter of the US consulate near Basra airport late on Monday."
    f, _ = resolved(gz, sentence, PlaceRef("US consulate", cue="consulate"))
    p = f.first("target").value.place
    assert p is not None and p.feature == "consulate" and p.country == "IQ"
    assert km(p.lat, p.lon, 30.5497, 47.6664) < 2


def test_an_unnamed_consulate_in_a_sentence_without_places_stays_unresolved(gz):
    f, unresolved = resolved(gz, "Rockets fell near the US consulate at dawn.", PlaceRef("US consulate", cue="consulate"))
    assert f.first("target").value.place is None and unresolved


# -- launch sites near the target ----------------------------------------------------------------------

def test_a_baghdad_district_named_as_launch_site_is_found_beside_the_target(gz):
    sentence = "The rockets were fired from Karrada at the Baghdad airport."
    f, _ = resolved(gz, sentence, PlaceRef("Baghdad airport", cue="airport"), launch=PlaceRef("Karrada"))
    p = f.first("launch").value.place
    assert p is not None and p.country == "IQ" and km(p.lat, p.lon, 33.305, 44.425) < 3


# -- curated data: names in three languages ------------------------------------------------------------

VARIANTS = [
    # name as written, cue, true point (source of the row)
    ("مطار دمشق الدولي", None, (33.4115, 36.5156)),          # OSDI
    ("aéroport international de Damas", None, (33.4115, 36.5156)),
    ("قاعدة الشيخ عيسى الجوية", None, (25.9184, 50.5906)),    # OBBS
    ("Sheikh Isa Air Base", None, (25.9184, 50.5906)),
    ("مطار أبها الدولي", None, (18.2404, 42.6566)),           # OEAB
    ("aéroport d'Abha", None, (18.2404, 42.6566)),
    ("Dhahran air base", None, (26.2654, 50.152)),           # OEDR
    ("قاعدة الملك خالد الجوية", None, (18.2973, 42.8035)),     # OEKM
    ("مطار البصرة الدولي", None, (30.5491, 47.6621)),         # ORMM
    ("aéroport de Bassora", None, (30.5491, 47.6621)),
    ("Mudaysis", "airbase", (32.41067, 41.94749)),           # KQMG
    ("مطار كويرس العسكري", None, (36.1871, 37.5832)),          # OS66
    ("Ras Tanura refinery", None, (26.70742, 50.06735)),     # GeoNames 102891
    ("حقل الشيبة", None, (22.5145, 53.9641)),
    ("مطار الكويت الدولي", None, (29.22677, 47.97995)),        # OKKK
    ("Zayed International Airport", None, (24.433, 54.6511)),  # OMAA
    ("Jadriya", None, (33.275, 44.385)),
    ("الجادرية", None, (33.275, 44.385)),
    ("Baghdad al-Jadida", None, (33.32, 44.49)),
]


def test_curated_names_in_three_languages_resolve_to_their_place(gz):
    misses = []
    for name, cue, (lat, lon) in VARIANTS:
        p = gz.resolve(name, cue=cue).place
        if p is None or km(p.lat, p.lon, lat, lon) > 2:
            misses.append((name, p and (p.name, p.lat, p.lon)))
    assert not misses


def test_harir_is_not_erbil_air_base(gz):
    # Harir lies 50 km north-east of Erbil's airport: no name of Erbil Air Base may say Harir
    p = gz.resolve("Harir base").place
    assert p is not None and km(p.lat, p.lon, 36.5337, 44.3399) < 2
    text = (Path(__file__).resolve().parents[1] / "gazetteer" / "installations.csv").read_text(encoding="utf-8")
    erbil = next(r for r in csv.DictReader(text.splitlines()) if r["id"] == "erbil-air-base")
    assert "حرير" not in erbil["aliases"] and "Harir" not in erbil["aliases"]


def test_every_curated_row_has_a_source_and_a_unique_id():
    from importlib.resources import files

    seen = set()
    for entry in files("geo_events.curated").iterdir():
        if not entry.name.endswith(".csv") or entry.name == "common_words.csv":
            continue
        for row in csv.DictReader(entry.read_text(encoding="utf-8").splitlines()):
            if not row.get("id") or row["id"].startswith("#"):
                continue
            assert row["id"] not in seen, row["id"]
            seen.add(row["id"])
            assert (row.get("source") or "").strip(), f"{entry.name}: {row['id']} has no source"
            assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180


@pytest.mark.skipif(not (SHARED / "airports").exists(), reason="../shared/data is absent (end-user checkout)")
def test_curated_airports_of_every_kind_sit_on_their_icao_point():
    """Rows citing airportsdata in any curated file sit within 1 km of the airport's point."""
    import airportsdata
    from importlib.resources import files

    airports = airportsdata.load()
    checked = 0
    for entry in files("geo_events.curated").iterdir():
        if not entry.name.endswith(".csv"):
            continue
        for row in csv.DictReader(entry.read_text(encoding="utf-8").splitlines()):
            src = (row.get("source") or "").split()
            if len(src) >= 2 and src[0] == "airportsdata" and src[1] in airports:
                a = airports[src[1]]
                assert km(float(row["lat"]), float(row["lon"]), a["lat"], a["lon"]) < 1.0, row["id"]
                checked += 1
    assert checked >= 40


# -- demonyms, organisations and frequent words ---------------------------------------------------------

@pytest.mark.parametrize("word", ["Kuwaiti", "Qataris", "jordaniennes", "koweïtien", "الأردنية", "إماراتي",
                                  "Emirati-backed", "Lebanese-Syrian", "pro-turc"])
def test_a_demonym_or_country_adjective_is_never_a_place(gz, word):
    f, unresolved = resolved(gz, f"{word} officials said a drone fell near the border.", PlaceRef(word), focus=("KW", "JO"))
    assert f.first("target").value.place is None
    assert "adjective" in unresolved[0].reason


def test_a_country_name_is_not_taken_for_its_adjective(gz):
    # "سورية" is Syria as well as the feminine of "سوري"; "الكويت" is Kuwait
    for name, cc in (("سورية", "SY"), ("الكويت", "KW")):
        f, _ = resolved(gz, f"سقط صاروخ في {name}", PlaceRef(name), focus=())
        p = f.first("target").value.place
        assert p is not None and p.country == cc


@pytest.mark.parametrize("word", ["ADNOC", "CENTCOM", "SOHR", "OSDH", "البنتاغون", "Asaib Ahl al-Haq"])
def test_an_organisation_is_never_a_place(gz, word):
    f, unresolved = resolved(gz, f"{word} said the strike hit a depot.", PlaceRef(word))
    assert f.first("target").value.place is None
    assert "organisation" in unresolved[0].reason


def test_an_organisations_facility_is_placed_at_the_town_its_sentence_names(gz):
    sentence = "A drone struck ADNOC installations outside Ruwais on Tuesday, the company said."
    f, _ = resolved(gz, sentence, PlaceRef("ADNOC installations"), focus=("AE",))
    p = f.first("target").value.place
    assert p is not None and p.country == "AE" and km(p.lat, p.lon, 24.11028, 52.73056) < 10


@pytest.mark.parametrize("word", ["منصة", "نوع", "قذيفة", "الأربعاء", "تصميم", "أخبار"])
def test_frequent_arabic_words_of_weapons_reporting_do_not_resolve(gz, word):
    f, _ = resolved(gz, f"أطلقت {word} باتجاه القاعدة", PlaceRef(word), focus=("IQ", "SY"), language="ar")
    assert f.first("target").value.place is None


def test_an_arabic_word_answers_only_to_an_exact_name(gz):
    # "الوصول" (arrival) is one letter from "الموصل" (Mosul): typed text, not a damaged spelling
    f, _ = resolved(gz, "تأخر الوصول", PlaceRef("الوصول"), language="ar")
    assert f.first("target").value.place is None
    f, _ = resolved(gz, "سقط صاروخ في الموصل", PlaceRef("الموصل"), language="ar")
    p = f.first("target").value.place
    assert p is not None and km(p.lat, p.lon, 36.335, 43.119) < 5


def test_a_foreign_place_answers_only_to_its_own_name(gz):
    # "Much" and "Give" share spelling keys with Moscow and Kyiv; the cities' own names still resolve
    for word in ("Much", "Give"):
        f, unresolved = resolved(gz, f"{word} of the damage was done.", PlaceRef(word))
        assert f.first("target").value.place is None, word
    f, _ = resolved(gz, "A drone hit Moscow.", PlaceRef("Moscow"), focus=())
    assert f.first("target").value.place.country == "RU"


def test_the_country_of_the_documents_places_decides_between_equal_namesakes(gz):
    # Rabia is a village on each side of the Syria-Iraq border; the focus names both countries
    def doc(names):
        frames = [frame(f"A rocket hit {n}.", PlaceRef(n)) for n in names]
        resolve_frames(frames, gz, focus=("IQ", "SY"))
        return [fr.first("target").value.place for fr in frames]

    in_syria = doc(["Qamishli", "Hasakah", "Rabia"])[-1]
    in_iraq = doc(["Mosul", "Tal Afar", "Rabia"])[-1]
    assert in_syria is not None and in_syria.country == "SY"
    assert in_iraq is not None and in_iraq.country == "IQ"


# -- places added for reporting on Iraqi Kurdistan and southern Syria --------------------------------

@pytest.mark.parametrize("name, point, tol", [
    ("Sidekan", (36.79677, 44.67208), 3),          # GeoNames 90727, Soran district
    ("سيدكان", (36.79677, 44.67208), 3),
    ("Urman", (32.51017, 36.76436), 2),            # GeoNames 162787, Suwayda
    ("Iraqi Kurdistan", (36.09, 44.51), 5),
    ("إقليم كردستان", (36.09, 44.51), 5),
])
def test_kurdistan_and_suwayda_places(gz, name, point, tol):
    p = gz.resolve(name, focus=("IQ", "SY", "IR", "TR")).place
    assert p is not None and km(p.lat, p.lon, *point) < tol, (name, p)


def test_the_kurdistan_region_is_an_area_not_a_point(gz):
    p = gz.resolve("Kurdistan Region").place
    assert p.precision == "governorate" and 100 < p.radius_km < 250
    # Duhok and Halabja, towards its two ends, lie within its extent
    for lat, lon in ((36.867, 42.988), (35.178, 45.986)):
        assert km(p.lat, p.lon, lat, lon) < p.radius_km


# -- namesakes weighed by importance (round 3) --------------------------------------------------------

def _in_document(gz, anchors, name, focus):
    """Resolve ``anchors`` (places that fix the document's country) then ``name``, in one document."""
    frames = [frame(f"Shelling hit {a} on Monday.", PlaceRef(a)) for a in anchors]
    frames.append(frame(f"A drone struck {name} on Tuesday.", PlaceRef(name)))
    resolve_frames(frames, gz, focus=focus)
    return frames[-1].first("target").value.place


def _geonames_point(cc: str, geonameid: str):
    for line in (SHARED / "geonames" / f"{cc}.txt").open(encoding="utf-8"):
        f = line.split("\t")
        if f[0] == geonameid:
            return float(f[4]), float(f[5])
    raise AssertionError(f"{geonameid} not in {cc}.txt")


@pytest.mark.skipif(not (SHARED / "geonames").exists(), reason="../shared/data is absent (end-user checkout)")
@pytest.mark.parametrize("anchors, focus, name, country, other_cc, other_id", [
    # a town of tens of thousands beats a village of the same name in the document's country
    (["Idlib", "Aleppo"], ("SY",), "Sinjar", "IQ", "SY", "164094"),
    (["Tabriz", "Urmia"], ("IR",), "Najaf", "IQ", "IR", "122829"),
    # the document's country keeps a namesake when the other is no town of that weight
    (["Idlib", "Saraqib"], ("SY",), "Ariha", "SY", "SY", "172994"),
    (["Kut", "Baqubah"], ("IQ",), "Badrah", "IQ", "IQ", "98198"),
])
def test_a_namesake_is_weighed_by_its_importance_not_only_its_country(gz, anchors, focus, name, country, other_cc,
                                                                       other_id):
    place = _in_document(gz, anchors, name, focus)
    assert place is not None and place.country == country, place
    lat, lon = _geonames_point(other_cc, other_id)  # the GeoNames namesake in the document's country
    far = km(place.lat, place.lon, lat, lon)
    assert (far < 5) == (country == other_cc), f"{name}: {place.name} is {far:.0f} km from GeoNames {other_id}"


# -- Iranian provinces and Iraqi places reporting names (round 3) -------------------------------------

@pytest.mark.parametrize("name, cue, point, within_km", [
    ("Lorestan", None, (33.49, 48.46), 20),
    ("Kordestan", "province", (35.61, 47.01), 20),
    ("Kermanshah", "province", (34.25, 46.82), 20),
    ("Ilam", "province", (33.10, 46.84), 20),
    ("Azerbaïdjan occidental", None, (38.79, 44.78), 20),
    ("محافظة خوزستان", None, (31.58, 48.92), 20),
    ("Habbaniya", None, (33.38, 43.59), 5),
    ("مدينة الحبانية", None, (33.38, 43.59), 5),
    ("Nukhaib", None, (32.04, 42.26), 5),
    ("البوعيثة", None, (33.235, 44.44), 5),
    ("Zaafaraniya", None, (33.26, 44.50), 5),
])
def test_provinces_and_places_reporting_names_resolve(gz, name, cue, point, within_km):
    f, _ = resolved(gz, f"Rockets were fired from {name}.", PlaceRef(name, cue=cue), focus=("IQ", "IR"))
    p = f.first("target").value.place
    assert p is not None, name
    assert km(p.lat, p.lon, *point) <= within_km, (name, p)


def test_a_province_cue_means_the_province_not_its_capital_city(gz):
    f, _ = resolved(gz, "Missiles were launched from Ilam province.", PlaceRef("Ilam", cue="province"),
                    focus=("IR",))
    p = f.first("target").value.place
    assert p.precision == "governorate" and p.radius_km > 50
    f, _ = resolved(gz, "A drone fell in Ilam.", PlaceRef("Ilam"), focus=("IR",))
    assert f.first("target").value.place.precision == "town"


def test_a_launch_from_a_province_far_from_the_target_is_kept_as_an_area(gz):
    doc = Document(doc_id="t", text="", language="en")
    s = "Ballistic missiles fired from Lorestan province struck near Sulaymaniyah."
    ev = Evidence("t", s, 0, len(s))
    f = EventFrame(doc=doc, facts=[Fact("target", PlaceRef("Sulaymaniyah"), ev),
                                   Fact("launch", PlaceRef("Lorestan", cue="province"), ev)])
    resolve_frames([f], gz, focus=("IQ",))
    launch = f.first("launch").value.place
    assert launch is not None and launch.precision == "governorate" and launch.country == "IR"


# -- lossy spelling keys (round 3) ----------------------------------------------------------------------

@pytest.mark.parametrize("word", ["hire", "hill", "gut", "hit", "beled", "Here", "Got"])
def test_a_word_that_only_shares_a_spelling_key_is_not_a_place(gz, word):
    f, unresolved = resolved(gz, f"Officials said the {word} was reported.", PlaceRef(word))
    assert f.first("target").value.place is None, word
    # either rule may say so: the word's shape, or its entry among the frequent words of common_words.csv
    assert unresolved and ("spelling key" in unresolved[0].reason or "common noun" in unresolved[0].reason)


@pytest.mark.parametrize("name", ["Hit", "Kut", "Ana", "Tanf", "Qaim", "BIAP", "la zone verte", "Hilla"])
def test_short_and_lower_case_names_of_real_places_still_resolve(gz, name):
    f, _ = resolved(gz, f"Rockets hit {name}.", PlaceRef(name))
    assert f.first("target").value.place is not None, name


@pytest.mark.parametrize("word", ["السويد", "المثنية", "الأنبياء"])
def test_an_arabic_word_near_a_governorate_name_is_not_the_governorate(gz, word):
    f, unresolved = resolved(gz, f"قال مسؤول إن {word} لم تعلق.", PlaceRef(word), language="ar")
    assert f.first("target").value.place is None, word


# -- names cut short, site cues joined to a village, Syrian sites (round 4) -----------------------------

@pytest.mark.parametrize("sentence, name, cue, focus, point, within_km", [
    # the extractor stopped inside a known name: the sentence's name that holds it is meant
    ("قصفت طائرة مسيرة قاعدة خراب الجير في ريف الحسكة فجر اليوم", "خراب", "base", ("SY",), (36.849, 41.98), 6),
    ("Des roquettes ont visé le camp de Jurf al-Sakhar dans la nuit.", "Jurf", None, ("IQ",), (32.88, 44.12), 10),
    # ... or at a letter outside its alphabet (a Kurdish name written with a Persian gaf)
    ("استهدفت مسيّرة مقراً في قرية زرگويز قرب السليمانية", "زر", "village", ("IQ",), (35.425, 45.427), 3),
])
def test_a_name_cut_short_is_the_known_name_of_its_sentence_that_holds_it(gz, sentence, name, cue, focus, point,
                                                                         within_km):
    f, unresolved = resolved(gz, sentence, PlaceRef(name, cue=cue), focus=focus)
    p = f.first("target").value.place
    assert p is not None, (name, [u.reason for u in unresolved])
    assert km(p.lat, p.lon, *point) <= within_km, (name, p)


def test_a_name_that_resolves_well_is_not_extended_into_a_longer_name(gz):
    # the cut-name rule is for mentions that resolve badly or not at all: "Erbil" is the city
    f, _ = resolved(gz, "A drone struck Erbil, near Erbil International Airport.", PlaceRef("Erbil"))
    assert f.first("target").value.place.precision == "town"


def test_a_site_cue_read_with_a_village_is_the_site_its_sentence_names_beside_it(gz):
    s = "Rockets struck a base housing coalition troops at the al-Omar oil field, near the village of Dhiban."
    f, _ = resolved(gz, s, PlaceRef("Dhiban", cue="oil_field"), focus=("SY",))
    p = f.first("target").value.place
    assert p is not None and p.feature == "oil_field", p
    # without a site of that kind in the sentence, the village stands for the site
    f, _ = resolved(gz, "Drones hit a gas plant near the village of Dhiban.", PlaceRef("Dhiban", cue="gas_field"),
                    focus=("SY",))
    p = f.first("target").value.place
    assert p is not None and km(p.lat, p.lon, 35.015, 40.510) < 2, p


def test_a_base_cue_with_a_curated_town_that_has_namesakes_falls_back_to_the_town(gz):
    # Karrada has GeoNames namesakes (its confidence is below 0.8) but is curated: a headquarters there is there
    f, unresolved = resolved(gz, "A rocket hit a militia headquarters in Karrada.", PlaceRef("Karrada", cue="base"))
    p = f.first("target").value.place
    assert p is not None and km(p.lat, p.lon, 33.305, 44.425) < 3, [u.reason for u in unresolved]


@pytest.mark.parametrize("name, cue, point, within_km", [
    ("Sayyida Zeinab", None, (33.447, 36.336), 3),
    ("السيدة زينب", None, (33.447, 36.336), 3),
    ("Kafr Sousa", None, (33.496, 36.27), 3),
    ("كفرسوسة", None, (33.496, 36.27), 3),
    ("المزة", None, (33.50, 36.245), 3),
    ("مطار المزة", None, (33.4775, 36.2234), 2),
    ("Jamraya", None, (33.571, 36.235), 3),
    ("جمرايا", None, (33.571, 36.235), 3),
    ("Masyaf research centre", None, (35.065, 36.341), 6),
    ("التيفور", None, (34.523, 37.63), 5),
    ("T4", "airbase", (34.523, 37.63), 5),
    ("الشدادي", None, (36.057, 40.735), 5),
    ("Tal Baydar", "base", (36.72, 40.65), 10),
    ("Qasrak", None, (36.69, 40.50), 12),
    ("Rumalyn Landing Zone", None, (36.765, 41.925), 10),
    ("Kharab al-Jeer", None, (36.849, 41.98), 6),
    ("Mission Support Site Conoco", None, (35.35, 40.30), 12),
    ("Zrgwez", None, (35.425, 45.427), 3),
])
def test_syrian_sites_and_places_reporting_names_resolve(gz, name, cue, point, within_km):
    f, _ = resolved(gz, f"Strikes were reported at {name}.", PlaceRef(name, cue=cue), focus=("SY", "IQ"))
    p = f.first("target").value.place
    assert p is not None, name
    assert km(p.lat, p.lon, *point) <= within_km, (name, p)


# -- round 5: Euphrates valley towns, Rmelan town vs its airstrip, vetting lookups outside the pipeline -------

@pytest.mark.parametrize("name, point", [
    ("Shuhayl", (35.087, 40.452)),        # fuzzy-matched Zhuhai (China) before the town was known
    ("الشحيل", (35.087, 40.452)),
    ("Jadid Ekeidat", (35.250, 40.360)),
    ("Hasrat", (34.611, 40.875)),
    ("Gharanij", (34.780, 40.714)),
    ("Tayyana", (34.978, 40.541)),        # was Tai'an (China) by an alias
    ("al-Quriyah", (34.956, 40.541)),     # was Korla (China) by an alias
])
def test_euphrates_valley_towns_resolve_in_deir_ez_zor(gz, name, point):
    f, unresolved = resolved(gz, f"Gunmen attacked a checkpoint in {name} at dawn.", PlaceRef(name), focus=("SY",))
    p = f.first("target").value.place
    assert p is not None and p.country == "SY", [u.reason for u in unresolved]
    assert km(p.lat, p.lon, *point) < 3, p


def test_rmelan_town_and_its_airstrip_are_different_places(gz):
    town, _ = resolved(gz, "A drone exploded over Rmeilan.", PlaceRef("Rmeilan"), focus=("SY",))
    base, _ = resolved(gz, "A drone hit the base at Rmeilan.", PlaceRef("Rmeilan", cue="base"), focus=("SY",))
    airport, _ = resolved(gz, "قصفت طائرة مسيرة مطار رميلان", PlaceRef("رميلان", cue="airport"), focus=("SY",),
                          language="ar")
    t = town.first("target").value.place
    b = base.first("target").value.place
    a = airport.first("target").value.place
    assert km(t.lat, t.lon, 37.007, 41.950) < 3, t          # GeoNames 8596559, the oil town
    assert b.feature in ("airbase", "base") and km(b.lat, b.lon, t.lat, t.lon) > 10, b
    assert a.record_id == b.record_id


def test_vet_drops_foreign_namesakes_that_a_bare_lookup_returns(gz):
    from geo_events.resolve import vet

    # a bare lookup (what ``geo-events geocode`` does) lands abroad; vetted, it abstains with a reason
    for name in ("Qaramlesh", "Zhuhay"):
        raw = gz.resolve(name)
        assert raw.place is not None and raw.place.country not in ("IQ", "SY")
        res = vet(name, raw, ("SY",))
        assert res.place is None and raw.place.name in res.reason
    # a big foreign city asked by its own name is kept; a people's name never is a place
    assert vet("Zhuhai", gz.resolve("Zhuhai")).place is not None
    assert vet("American", gz.resolve("American")).place is None


# -- installations added by the coverage audit (issue #3) ------------------------------------------------

AUDITED = [
    # (query, language, curated id): each added row answers to a name in each language it is reported in
    ("Besmaya training base", "en", "besmaya-range-complex"),
    ("معسكر بسماية", "ar", "besmaya-range-complex"),
    ("base aérienne d'Al-Rachid", "fr", "rasheed-air-base"),
    ("قاعدة الرشيد الجوية", "ar", "rasheed-air-base"),
    ("Kut air base", "en", "ubaydah-bin-al-jarrah-air-base"),
    ("قاعدة أبو عبيدة بن الجراح", "ar", "ubaydah-bin-al-jarrah-air-base"),
    ("Camp Falcon", "en", "al-saqr-base"),
    ("Imam Ali military compound", "en", "imam-ali-compound"),
    ("base navale russe de Tartous", "fr", "tartus-naval-base"),
    ("قاعدة طرطوس البحرية", "ar", "tartus-naval-base"),
    ("مطار الجراح العسكري", "ar", "jirah-air-base"),
    ("Marj Ruhayyil airbase", "en", "marj-ruhayyil-air-base"),
    ("مطار السيقل", "ar", "sayqal-air-base"),
    ("aéroport militaire de Khalkhalah", "fr", "khalkhalah-air-base"),
    ("مطار أبو الظهور العسكري", "ar", "abu-al-duhur-air-base"),
    ("base aérienne de Mafraq", "fr", "king-hussein-air-base"),
    ("مطار الملكة علياء الدولي", "ar", "queen-alia-international-airport"),
    ("SAMREF refinery", "en", "yanbu-refinery"),
    ("مدينة رأس الخير الصناعية", "ar", "ras-al-khair-industrial-city"),
    ("raffinerie de Riyad", "fr", "riyadh-refinery"),
    ("Petro Rabigh", "en", "rabigh-refinery"),
    ("King Salman Air Base", "en", "riyadh-air-base"),
    ("base navale du Roi Fayçal", "fr", "king-faisal-naval-base"),
    ("cité militaire du Roi Khaled", "fr", "king-khalid-military-city"),
    ("قاعدة المنهاد الجوية", "ar", "al-minhad-air-base"),
    ("مصفاة ميناء الأحمدي", "ar", "mina-al-ahmadi-refinery"),
    ("poste-frontière d'Al-Boukamal", "fr", "qaim-crossing"),
    ("معبر البوكمال", "ar", "qaim-crossing"),
]


def _curated_rows() -> dict:
    root = Path(__file__).resolve().parents[1] / "gazetteer"
    rows = {}
    for name in ("installations.csv", "places.csv"):
        for row in csv.DictReader((root / name).read_text(encoding="utf-8").splitlines()):
            rows[row["id"]] = row
    return rows


def test_audited_installations_resolve_within_their_radius_in_each_language(gz):
    rows = _curated_rows()
    assert {lang for _, lang, _ in AUDITED} == {"en", "fr", "ar"}
    misses = []
    for query, _, rid in AUDITED:
        row = rows[rid]
        p = gz.resolve(query).place
        if p is None or km(p.lat, p.lon, float(row["lat"]), float(row["lon"])) > float(row["radius_km"]):
            misses.append((query, rid, p and (p.name, round(p.lat, 3), round(p.lon, 3))))
    assert not misses


def test_a_syrian_compound_named_for_imam_ali_is_not_the_iraqi_air_base(gz):
    # Tallil's Iraqi name is "Imam Ali Air Base"; a "base" named for Imam Ali in Syrian reporting is the
    # compound near Albu Kamal, 600 km away: the air-base wording and the bare base wording must part
    compound = gz.resolve("Imam Ali base").place
    tallil = gz.resolve("Imam Ali Air Base").place
    assert compound.country == "SY" and tallil.country == "IQ"


# -- famous cities over spelling-key villages, borders, French exonyms (round 7) ----------------------

@pytest.mark.parametrize("name, focus, point", [
    ("Riyad", ("IQ",), (24.6877, 46.7219)),   # not Ar Riyad, a hamlet of Kirkuk sharing the spelling key
    ("Sanaa", ("SY",), (15.3547, 44.2066)),   # not As Si'in, a Syrian village
])
def test_a_big_city_of_the_region_beats_a_village_of_the_focus_country(gz, name, focus, point):
    f, _ = resolved(gz, f"Missiles were fired at {name} on Monday night, officials said.", PlaceRef(name),
                    focus=focus)
    p = f.first("target").value.place
    assert p is not None and km(p.lat, p.lon, *point) < 25, p


def test_an_enclosing_area_keeps_the_village_against_a_big_city(gz):
    f, _ = resolved(gz, "A roadside bomb hit a patrol in al-Riyadh, in Kirkuk province.",
                    PlaceRef("al-Riyadh", container="Kirkuk"), focus=("IQ",))
    p = f.first("target").value.place
    assert p is not None and p.country == "IQ", p


@pytest.mark.parametrize("name", ["Iraq-Syria", "Irak-Syrie", "Syrian-Iraqi"])
def test_a_border_named_by_two_countries_is_not_a_place(gz, name):
    from geo_events.resolve import non_place_target

    f, unresolved = resolved(gz, f"Rockets were fired at a post on the {name} border, a group said.",
                             PlaceRef(name))
    assert f.first("target").value.place is None
    assert non_place_target(f)


@pytest.mark.parametrize("name", ["Zahran al-Janub", "ظهران الجنوب"])
def test_a_saudi_border_town_near_yemen_resolves(gz, name):
    f, _ = resolved(gz, f"A drone fell in {name}, the coalition said.", PlaceRef(name), focus=("SA", "YE"))
    p = f.first("target").value.place
    assert p is not None and km(p.lat, p.lon, 17.67231, 43.52358) < 5, p


def test_the_occupation_base_is_placed_at_the_field_its_sentence_names(gz):
    sentence = "استهدفت المقاومة قاعدة الاحتلال الأمريكي في حقل التنك النفطي بطائرة مسيرة."
    f, _ = resolved(gz, sentence, PlaceRef("الاحتلال", cue="base"), focus=("SY",), language="ar")
    p = f.first("target").value.place
    assert p is not None and p.feature == "oil_field", p


@pytest.mark.parametrize("name, point", [
    ("Djeddah", (21.4901, 39.1862)), ("Nadjran", (17.4924, 44.1277)), ("Lattaquié", (35.5317, 35.7901)),
    ("Palmyre", (34.5608, 38.2767)), ("Hodeïda", (14.7978, 42.9545)), ("Beyrouth", (33.8933, 35.5016)),
    ("Téhéran", (35.6944, 51.4215)), ("Koweït", (29.3, 47.6)), ("Alep", (36.2021, 37.1343)),
    ("Riyad", (24.6877, 46.7219)), ("Sanaa", (15.3547, 44.2066)),
])
def test_french_exonyms_of_the_region_resolve(gz, name, point):
    f, _ = resolved(gz, f"Selon l'agence, l'attaque a visé {name} lundi.", PlaceRef(name), focus=("IQ", "SY"),
                    language="fr")
    p = f.first("target").value.place
    assert p is not None and km(p.lat, p.lon, *point) < 25, p


# -- a name and its other name in brackets -------------------------------------------------------------

def _frame_of(sentences: list[str], target: PlaceRef, *, language: str = "en", more=("killed", 2)) -> EventFrame:
    """A frame whose target is read in the first sentence and whose ``more`` fact comes from the last."""
    text = " ".join(sentences)
    doc = Document(doc_id="t", text=text, language=language)
    first = Evidence("t", sentences[0], 0, len(sentences[0]))
    last = Evidence("t", sentences[-1], len(text) - len(sentences[-1]), len(text))
    return EventFrame(doc=doc, facts=[Fact("target", target, first), Fact(more[0], more[1], last)])


@pytest.mark.parametrize("sentence, name, point", [
    # Kobani alone, in an article about Turkey, is a namesake in Guatemala: the bracketed Arabic name settles it
    ("Turkish drones struck a bakery in Kobani (Ain al-Arab) on Monday.", "Kobani", (36.891, 38.353)),
    # a Kurdish name the gazetteer only matches fuzzily (a Turkish town): its Arabic name is the place
    ("Shells hit the market of Tirbespiyê (al-Qahtaniyah), local officials said.", "Tirbespiyê", (37.029, 41.546)),
    # the mention is the bracketed name: the name before the bracket is its partner
    ("A drone hit a car in al-Qahtaniyah (Tirbespiyê) at dawn.", "Tirbespiyê", (37.029, 41.546)),
])
def test_a_name_is_settled_by_its_other_name_in_brackets(gz, sentence, name, point):
    f, _ = resolved(gz, sentence, PlaceRef(name), focus=("TR", "SY"))
    p = f.first("target").value.place
    assert p is not None and km(p.lat, p.lon, *point) < 5, p


def test_a_bracketed_word_that_is_no_place_changes_nothing(gz):
    f, _ = resolved(gz, "Rockets hit Tall Tamr (the town's market) on Sunday.", PlaceRef("Tall Tamr"), focus=("SY",))
    p = f.first("target").value.place
    assert p is not None and km(p.lat, p.lon, 36.656, 40.371) < 5


# -- a broad target narrowed by a later sentence of the same frame ----------------------------------------

def test_a_country_target_narrows_to_the_site_a_later_sentence_names(gz):
    f = _frame_of(["Drones attacked government forces in Syria overnight, the ministry said.",
                   "Two soldiers were killed when one drone hit Shayrat air base."], PlaceRef("Syria", cue="country"))
    resolve_frames([f], gz, focus=("SY",))
    p = f.first("target").value.place
    assert p.precision == "site" and "Shayrat" in p.name


def test_a_city_target_narrows_to_a_facility_of_the_city(gz):
    f = _frame_of(["Des drones ont frappé Riyad lundi, selon la coalition.",
                   "A fire broke out at the Riyadh refinery and two workers were hurt."], PlaceRef("Riyad"),
                  more=("injured", 2))
    resolve_frames([f], gz, focus=("SA",))
    p = f.first("target").value.place
    assert p.precision == "site" and km(p.lat, p.lon, 24.58, 46.76) < 15, p


@pytest.mark.parametrize("later", [
    "Five people were killed in Homs and Hama.",  # two places: which one is not said
    "Two soldiers were killed at Erbil International Airport.",  # another country's site
])
def test_a_broad_target_stays_when_the_later_sentence_does_not_say_one_place_inside_it(gz, later):
    f = _frame_of(["Drones attacked government forces in Syria overnight, the ministry said.", later],
                  PlaceRef("Syria", cue="country"))
    resolve_frames([f], gz, focus=("SY",))
    assert f.first("target").value.place.precision == "country"


def test_a_broad_target_does_not_take_the_place_of_another_frame(gz):
    first = _frame_of(["Drones attacked government forces in Syria overnight.",
                       "Two soldiers were killed when one drone hit Shayrat air base."], PlaceRef("Syria", cue="country"))
    other = frame("A drone also hit Shayrat air base on Monday.", PlaceRef("Shayrat air base"))
    resolve_frames([other, first], gz, focus=("SY",))
    assert first.first("target").value.place.precision == "country"


# -- common words of the three languages ----------------------------------------------------------------

def test_the_sky_over_a_place_is_not_a_place(gz):
    s = "تصدت الدفاعات الجوية لصاروخين في سماء منطقة الضمير شرق دمشق."
    f, _ = resolved(gz, s, PlaceRef("سماء"), focus=("SY",), language="ar")
    p = f.first("target").value.place
    assert p is None or km(p.lat, p.lon, 33.64, 36.69) < 10  # never Samma in Jordan; al-Dumayr if placed


@pytest.mark.parametrize("word", ["سماء", "السماء", "أجواء", "الجمعة", "Attaque", "Cible", "Coffee", "Church"])
def test_frequent_words_of_the_three_languages_are_common_words(word):
    assert is_common_word(word)


@pytest.mark.parametrize("name", ["Ad Dawr", "الحضر", "القصير", "الخليل", "حديثة", "بلد"])
def test_places_spelled_like_common_words_stay_places(gz, name):
    assert not is_common_word(name)
    assert gz.resolve(name, focus=("IQ", "SY")).place is not None


# Words of wordfreq's top lists that are the names of places proper (a city, not a word that shares its key).
_PLACE_WORDS = {
    "ar": set("القاهرة غزة دمشق دبي بيروت القدس بغداد حلب مكة جدة دوما صنعاء طهران الموصل عدن الخليل الطبقة حمص "
              "الدوحة مسقط تعز حديثة الهندية الإسكندرية بالقاهرة الباب باب صور بالصور العين عين دور الرياض رياض "
              "بالرياض القائم دورا خبر الخبر خرج قصير حضر حجة عمران نجد خليل الحمراء مشهد دير بلد".split()),
    "en": {"chicago", "seattle", "tokyo", "mobile", "split", "batman", "commonwealth", "hit"},
    "fr": {"lyon", "marseille", "grenoble", "nancy", "chicago", "tokyo", "mobile"},
}


def test_frequent_words_do_not_resolve_to_places(gz):
    """wordfreq's top 5,000 words of each language: none resolves (Arabic at any confidence, English and
    French at 0.9 and above) unless it is the name of a place proper (listed) or a common word."""
    wordfreq = pytest.importorskip("wordfreq", reason="wordfreq is not installed (pip install wordfreq)")
    from geo_events.resolve import vet

    found = []
    for lang in ("ar", "en", "fr"):
        for w in wordfreq.top_n_list(lang, 5000):
            if len(w) < 3 or not any(ch.isalpha() for ch in w) or w in _PLACE_WORDS[lang]:
                continue
            q = w if lang == "ar" else w[:1].upper() + w[1:]
            if is_common_word(q):
                continue
            p = vet(q, gz.resolve(q, focus=("IQ", "SY")), ("IQ", "SY")).place
            if p is None or p.precision == "country" or (lang != "ar" and p.confidence < 0.9):
                continue
            found.append(f"{lang}:{w}->{p.name}")
    assert not found, f"{len(found)} frequent words resolve to places: {found[:40]}"


# -- an Arabic name of a base ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["فيكتوريا", "فكتوريا", "Victoria"])
def test_the_victory_base_answers_to_its_names_with_a_base_cue(gz, name):
    f, _ = resolved(gz, f"سقطت ثلاثة صواريخ داخل قاعدة {name} قرب المطار.", PlaceRef(name, cue="base"),
                    language="ar")
    p = f.first("target").value.place
    assert p is not None and km(p.lat, p.lon, 33.29, 44.25) < 5
    assert gz.resolve("Victoria", focus=("IQ",)).place is None or \
        gz.resolve("Victoria", focus=("IQ",)).place.country != "IQ"  # a bare Victoria is no base
