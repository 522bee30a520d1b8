"""The offline gazetteer puts the places reporting names where they are.

Every assertion is a distance to the place's true position (or its extent for areas).
"""
import csv
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo_events.errors import GazetteerError
from geo_events.gazetteer import GEONAMES_ATTRIBUTION, Gazetteer, Resolution
from geo_events.models import Place

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
BALAD_AB = (33.9402, 44.3616)


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def near(place, lat, lon, within=5.0):
    assert place is not None, "abstained"
    d = km(place.lat, place.lon, lat, lon)
    assert d <= within, f"{place.name} ({place.record_id}) is {d:.1f} km from ({lat}, {lon})"
    return d


@pytest.mark.parametrize("name", ["Balad air base", "Balad base", "base aérienne de Balad", "Joint Base Balad",
                                  "al-Bakr air base", "قاعدة بلد الجوية"])
def test_balad_air_base_spellings(gz, name):
    r = gz.resolve(name)
    near(r.place, 33.94, 44.36, 3)
    assert r.place.precision == "site"


def test_balad_is_the_town_with_a_town_cue(gz):
    r = gz.resolve("Balad", cue="town")
    near(r.place, 34.01, 44.15, 3)
    assert r.place.precision == "town"


def test_balad_with_a_base_cue_is_the_base(gz):
    near(gz.resolve("Balad", cue="airbase").place, 33.94, 44.36, 3)


def test_balad_with_somalia_focus_is_balcad(gz):
    r = gz.resolve("Balad", focus=("SO",))
    near(r.place, 2.36, 45.39, 5)
    assert r.place.country == "SO"


@pytest.mark.parametrize("name", ["Ain al-Asad", "Ain al-Assad", "Aïn el-Assad", "Ayn al Asad", "al-Asad air base",
                                  "عين الأسد"])
def test_ain_al_asad_spellings(gz, name):
    near(gz.resolve(name).place, 33.79, 42.44, 3)


def test_erbil_base_and_city(gz):
    near(gz.resolve("Erbil", cue="airbase").place, 36.24, 43.96, 2)
    near(gz.resolve("Erbil air base").place, 36.24, 43.96, 2)
    city = gz.resolve("Erbil").place
    near(city, 36.19, 44.01, 3)
    assert city.feature in ("city", "town")


@pytest.mark.parametrize("name", ["Green Zone", "zone verte de Bagdad", "المنطقة الخضراء"])
def test_green_zone(gz, name):
    near(gz.resolve(name).place, 33.30, 44.39, 2)


@pytest.mark.parametrize("name", ["US embassy in Baghdad", "American embassy", "ambassade américaine à Bagdad"])
def test_us_embassy(gz, name):
    r = gz.resolve(name)
    near(r.place, 33.298, 44.396, 1)
    assert r.place.feature == "embassy"


def test_diyala_is_a_governorate_with_an_extent(gz):
    for name in ("Diyala", "Diyālá", "ديالى"):
        p = gz.resolve(name).place
        assert p.precision == "governorate" and 60 <= p.radius_km <= 100
        near(p, 33.96, 45.10, 10)


def test_damaged_diyala_resolves_fuzzily_with_lower_confidence(gz):
    exact = gz.resolve("Diyala").place
    damaged = gz.resolve("Diya a", cue="province").place
    assert damaged is not None and damaged.record_id == exact.record_id
    assert damaged.confidence < exact.confidence


@pytest.mark.parametrize("name", ["al-Bou Hassan", "Albu Hassan", "Albū Ḩassān"])
def test_albu_hassan_beside_balad(gz, name):
    # a namesake, Albu Hasan near Tuz Khurmatu, is 90 km away: nearness to the base decides
    r = gz.resolve(name, near=BALAD_AB, near_km=20)
    near(r.place, 33.97, 44.38, 1.5)


def test_albu_hassan_namesake_far_from_balad_loses(gz):
    cands = {p.record_id for p in gz.resolve("Albu Hassan", near=BALAD_AB).candidates}
    assert len(cands) >= 2  # both namesakes were considered


@pytest.mark.parametrize("name", ["Saadiyat al-Shat", "as-Sa'diyah"])
def test_saadiyat_al_shat_in_diyala(gz, name):
    r = gz.resolve(name, container="Diyala")
    near(r.place, 33.82, 44.41, 3)
    assert "Diyala" in r.reason


@pytest.mark.parametrize("name", ["al-Qaim", "Al Qa'im", "Qaïm"])
def test_al_qaim(gz, name):
    r = gz.resolve(name)
    near(r.place, 34.37, 41.09, 3)
    assert r.place.precision == "town"


def test_country(gz):
    p = gz.resolve("Syria").place
    assert p.precision == "country" and p.country == "SY" and p.radius_km > 100


@pytest.mark.parametrize("name", ["Xqzvw", "the base", "la base", "base"])
def test_nonsense_abstains_with_a_reason(gz, name):
    r = gz.resolve(name)
    assert r.place is None and r.reason


@pytest.mark.parametrize("bad", ["", "   ", "x" * 10_000])
def test_empty_or_huge_query_is_a_clear_error(gz, bad):
    with pytest.raises(GazetteerError, match="query"):
        gz.resolve(bad)
    with pytest.raises(GazetteerError):
        gz.candidates(bad)


def test_rashidiyah_namesakes_decided_by_container(gz):
    b = gz.resolve("Rashidiyah", cue="village", container="Baghdad Governorate").place
    n = gz.resolve("Rashidiyah", cue="village", container="Nineveh").place
    near(b, 33.553, 44.373, 2)
    near(n, 36.127, 41.572, 2)


def test_candidates_exact_first_then_fuzzy(gz):
    exact = gz.candidates("Diyala")
    assert exact and exact[0].confidence == 1.0
    fuzzy = gz.candidates("Diyalla governrate", limit=5)
    assert all(0 < p.confidence < 1 for p in fuzzy)
    assert gz.candidates("Xqzvw") == []


@pytest.mark.parametrize(
    "damaged, lat, lon",
    [
        ("Slaymaniya h", 35.56, 45.44),  # Sulaymaniyah: a letter lost at the start, one read as a space at the end
        ("Kanaqi n", 34.35, 45.39),  # Khanaqin
        ("Hsaka h", 36.50, 40.75),  # al-Hasakah
    ],
)
def test_names_damaged_at_both_ends_are_found(gz, damaged, lat, lon):
    from geo_events.normalize import compact, normalize

    ck = compact(normalize(damaged))
    # the damage touches both ends: a scheme keyed on the first or last two letters cannot see it
    true_keys = {compact(normalize(p.name)) for p in gz.candidates(damaged) if km(p.lat, p.lon, lat, lon) <= 5}
    assert true_keys, f"{damaged!r}: no candidate within 5 km of ({lat}, {lon})"
    assert all(k[:2] != ck[:2] and k[-2:] != ck[-2:] for k in true_keys)
    r = gz.resolve(damaged)
    if r.place is not None:  # resolved or not, a damaged name is never as sure as an exact one
        assert r.place.confidence < 1.0
        assert km(r.place.lat, r.place.lon, lat, lon) <= max(5.0, r.place.radius_km)


@pytest.mark.parametrize("name", ["Qwxzplk", "Hjkltrew", "Blorfendak", "Zzyzx Qorb", "Xqzvbt Wkrrp", "Kvrtpls Mnbq"])
def test_nonsense_gets_no_fuzzy_candidate_and_abstains(gz, name):
    r = gz.resolve(name)
    assert r.place is None and r.reason
    assert all(p.confidence < 0.9 for p in gz.candidates(name))


def test_fuzzy_candidates_are_the_same_in_any_order_of_queries(gz):
    # same input, same output: the ranking of damaged names depends on nothing asked before
    from geo_events.gazetteer import _query_keys

    names = ["Kanaqi n", "Diya a", "Hadith a", "Baquba h", "Slaymaniya h"]
    first = [[(p.record_id, p.confidence) for p in gz.candidates(n)] for n in names]
    gz.clear_caches()
    _query_keys.cache_clear()
    again = [[(p.record_id, p.confidence) for p in gz.candidates(n)] for n in reversed(names)]
    assert again == first[::-1]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aAbdeiklmnorsuzà -'’`.\u00a0é"), max_size=24))
def test_query_keys_are_those_of_the_plain_rule(text):
    # the fast path of _query_keys skips the connector-free variant only when its key is the name's own
    from geo_events.gazetteer import _drop_connectors, _query_keys
    from geo_events.normalize import name_keys, normalize

    expected: dict[str, float] = {}
    for variant, score in ((text, 1.0), (_drop_connectors(text), 0.97)):
        primary = normalize(variant)
        for key in name_keys(variant):
            s = score if key == primary else score * 0.9
            expected[key] = max(expected.get(key, 0.0), s)
    assert dict(_query_keys(text)) == expected


def test_get_by_id_each_layer(gz):
    assert gz.get("curated:balad-air-base").feature == "airbase"
    near(gz.get("geonames:98112"), 34.01, 44.15, 2)
    near(gz.get("icao:ORBD"), 33.94, 44.36, 2)
    assert gz.get("country:IQ").precision == "country"
    assert gz.get("nope:1") is None
    assert "387358" in gz.source("curated:albu-hassan-balad")


def test_resolution_shape(gz):
    r = gz.resolve("Balad", cue="town")
    assert isinstance(r, Resolution) and isinstance(r.place, Place) and r.candidates
    assert 0 < r.place.confidence <= 1 and r.place.layer == "geonames"
    assert GEONAMES_ATTRIBUTION.startswith("GeoNames")


def test_find_names_spots_mentions_in_running_text(gz):
    text = ("Rockets hit Balad air base on Monday; five fell on the village of al-Bou Hassan. "
            "They were launched from Saadiyat al-Shat in Diyala.")
    spans = gz.find_names(text)
    found = {t for _, _, t in spans}
    assert "Balad air base" in found
    assert "al-Bou Hassan" in found
    assert "Diyala" in found
    for s, e, t in spans:
        assert text[s:e] == t
        assert (s == 0 or not text[s - 1].isalnum()) and (e == len(text) or not text[e].isalnum())


def test_cached_index_is_read_not_rebuilt(tmp_path, gz):
    # A folder holding the current cache file loads it (no rebuild); a stale file beside it is ignored.
    if gz.cache_path is None:
        pytest.skip("the user cache folder is not writable here")
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / gz.cache_path.name).write_bytes(gz.cache_path.read_bytes())
    (folder / "gazetteer-index-0000stale.marshal").write_bytes(b"old")
    again = Gazetteer.load(folder)
    assert again.build_seconds is None  # read, not rebuilt
    assert again.get("curated:balad-air-base") is not None


def _variants():
    with open(HERE / "data" / "gazetteer_variants.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_spelling_variants_resolve_within_5_km(gz, capsys):
    """Issue 3's proof: >= 95% of >= 80 spellings of >= 30 places within 5 km (areas: within extent)."""
    rows = _variants()
    assert len(rows) >= 80 and len({r["place"] for r in rows}) >= 30
    misses = []
    for r in rows:
        kw = {}
        if r["cue"]:
            kw["cue"] = r["cue"]
        if r["container"]:
            kw["container"] = r["container"]
        if r["near"]:
            lat, lon = map(float, r["near"].split())
            kw["near"] = (lat, lon)
        if r["country"]:
            kw["country"] = r["country"]
        place = gz.resolve(r["variant"], **kw).place
        lat, lon = float(r["lat"]), float(r["lon"])
        if place is None:
            misses.append((r["variant"], "abstained"))
            continue
        tol = place.radius_km if place.precision in ("governorate", "country") else 5.0
        d = km(place.lat, place.lon, lat, lon)
        if d > tol:
            misses.append((r["variant"], f"{place.name} {d:.0f} km off"))
    rate = 1 - len(misses) / len(rows)
    with capsys.disabled():
        print(f"\ngazetteer variants: {len(rows) - len(misses)}/{len(rows)} resolved within 5 km ({rate:.1%}); "
              f"misses: {misses}")
    assert rate >= 0.95, misses


@pytest.mark.skipif(not (SHARED / "geonames" / "IQ.txt").exists(), reason="../shared/data is absent (end-user checkout)")
def test_curated_geonames_rows_match_geonames(gz):
    """Every curated row whose source is a GeoNames id sits where GeoNames puts that id."""
    import re
    from importlib.resources import files

    ids = {}
    for path in (SHARED / "geonames").glob("[A-Z][A-Z].txt"):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                f = line.split("\t", 6)
                ids[f[0]] = (float(f[4]), float(f[5]))
    checked = []
    for entry in files("geo_events.curated").iterdir():
        if not entry.name.endswith(".csv"):
            continue
        for row in csv.DictReader(entry.read_text(encoding="utf-8").splitlines()):
            m = re.match(r"GeoNames (\d+)", row.get("source") or "")
            if m and m.group(1) in ids:
                p = gz.get(f"curated:{row['id']}")
                near(p, *ids[m.group(1)], within=0.5)
                checked.append(row["id"])
    assert {"albu-hassan-balad", "as-sadiyah-diyala", "ar-rashidiyah-baghdad", "jurf-al-sakhar", "khanaqin",
            "husaybah", "trebil-crossing", "rukban-camp", "nasib-crossing"} <= set(checked)


@pytest.mark.skipif(not (SHARED / "airports").exists(), reason="../shared/data is absent (end-user checkout)")
def test_curated_air_bases_match_airport_data():
    """Curated rows that cite an ICAO code sit within 1 km of the airport data's point."""
    from importlib.resources import files

    airports = {}
    for path in (SHARED / "airports").glob("*.csv"):
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                airports[row["icao"]] = (float(row["lat"]), float(row["lon"]))
    text = files("geo_events.curated").joinpath("installations.csv").read_text(encoding="utf-8")
    checked = 0
    for row in csv.DictReader(text.splitlines()):
        src = row["source"]
        if src.startswith("airportsdata ") and src.split()[1] in airports:
            lat, lon = airports[src.split()[1]]
            assert km(float(row["lat"]), float(row["lon"]), lat, lon) < 1.0, row["id"]
            checked += 1
    assert checked >= 10


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60), st.sampled_from([None, "airbase", "village", "province", "nonsense"]))
def test_resolve_never_crashes(text, cue):
    gz = Gazetteer.default()
    try:
        r = gz.resolve(text, cue=cue, container=text[:10] or None, near=(33.9, 44.4))
    except GazetteerError:
        assert not text.strip()
        return
    assert r.reason
    assert r.place is None or -90 <= r.place.lat <= 90


# ---------------------------------------------------------------------------------------
# The user store: GeoNames dumps as GeoNames serves them, alternate names, boundary polygons

needs_shared = pytest.mark.skipif(not (SHARED / "geonames" / "IQ.txt").exists(),
                                  reason="../shared/data is absent (end-user checkout)")
KHAMIS = (33.91889, 44.62583)  # Khamīs al Qaţā, GeoNames 89339: in IQ.txt, not in cities500


def _slice(cc, n):
    with open(SHARED / "geonames" / f"{cc}.txt", encoding="utf-8") as fh:
        return "".join(line for _, line in zip(range(n), fh))


def _fresh(store):
    """A gazetteer of its own (the process-wide one stays as it is) over ``store``."""
    gz = Gazetteer.load()
    gz.attach_store(store)
    return gz


@needs_shared
@pytest.mark.parametrize("layout", ["IQ.txt", "IQ.zip", "allCountries.zip"])
def test_import_geonames_layouts_then_exact_and_fuzzy(tmp_path, layout):
    import zipfile

    from geo_events.gazetteer import UserStore

    text = _slice("IQ", 1500) + (_slice("SY", 300) if layout.startswith("all") else "")
    path = tmp_path / layout
    if layout.endswith(".zip"):
        inner = layout.replace(".zip", ".txt")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("readme.txt", "GeoNames readme\n")  # as GeoNames' allCountries.zip ships it
            zf.writestr(inner, text)
    else:
        path.write_text(text, encoding="utf-8")
    assert not Gazetteer.load().candidates("Khamis al Qata", fuzzy=False)  # the built-in layers lack it
    store = UserStore(tmp_path / "store.sqlite")
    assert store.import_geonames(path) == text.count("\n")
    gz = _fresh(store)
    for name in ("Khamis al Qata", "Khamīs al Qaţā", "Khamis al-Qata"):
        r = gz.resolve(name)
        near(r.place, *KHAMIS, within=1)
        assert r.place.layer == "user" and r.place.record_id == "geonames:89339"
    # damaged text finds imported places too, with a lower confidence
    cands = gz.candidates("Khamis al Qatta x", limit=3)
    assert cands and cands[0].record_id == "geonames:89339" and cands[0].confidence < 1
    if layout.startswith("all"):
        assert any(p.country == "SY" for p in gz.candidates("Gharbil", limit=5))


def test_import_rejects_files_that_are_not_geonames(tmp_path):
    from geo_events.gazetteer import UserStore

    store = UserStore(tmp_path / "store.sqlite")
    bad = tmp_path / "notes.txt"
    bad.write_text("hello\tworld\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="columns"):
        store.import_geonames(bad)
    with pytest.raises(GazetteerError, match="no such file"):
        store.import_geonames(tmp_path / "absent.zip")
    (tmp_path / "x.zip").write_bytes(b"not a zip")
    with pytest.raises(GazetteerError, match="not a zip"):
        store.import_geonames(tmp_path / "x.zip")


@needs_shared
def test_alternate_names_v2_real_format(tmp_path):
    """alternateNamesV2: alternateNameId, geonameid, isolanguage, alternate name, isPreferredName,
    isShortName, isColloquial, isHistoric, from, to; zipped with iso-languagecodes.txt beside it."""
    import zipfile

    from geo_events.gazetteer import UserStore

    (tmp_path / "IQ.txt").write_text(_slice("IQ", 200), encoding="utf-8")
    rows = [
        ("9000001", "89339", "fr", "Khamis el-Kata", "", "", "", "", "", ""),
        ("9000002", "89339", "ar", "خميس القطعة", "1", "", "", "", "", ""),
        ("9000003", "89339", "link", "https://en.wikipedia.org/wiki/Khamis", "", "", "", "", "", ""),
        ("9000004", "89339", "ru", "Хамис", "", "", "", "", "", ""),
        ("9000005", "999999999", "en", "Nowhere Known", "", "", "", "", "", ""),
    ]
    with zipfile.ZipFile(tmp_path / "alternateNamesV2.zip", "w") as zf:
        zf.writestr("iso-languagecodes.txt", "ISO 639-3\tISO 639-2\tISO 639-1\tLanguage Name\nara\tara\tar\tArabic\n")
        zf.writestr("alternateNamesV2.txt", "".join("\t".join(r) + "\n" for r in rows))
    store = UserStore(tmp_path / "store.sqlite")
    store.import_geonames(tmp_path / "IQ.txt")
    assert store.import_alternate_names(tmp_path / "alternateNamesV2.zip") == 2  # fr and ar; not link, ru, unknown id
    gz = _fresh(store)
    for name in ("Khamis el-Kata", "خميس القطعة"):
        near(gz.resolve(name).place, *KHAMIS, within=1)
    assert gz.resolve("Nowhere Known").place is None


# Invented places in GeoNames' 19-column format: no built-in layer knows them.
_INVENTED = [
    ("99000001", "Tallat Qarnayn al-Wusta", 34.2101, 42.6702, "PPL", "IQ", 850),
    ("99000002", "Khirbat Sumaydat ash-Sharqiyah", 35.1203, 40.2104, "PPL", "SY", 300),
    ("99000003", "Qasr Munadhirah", 33.0105, 44.9006, "PPL", "IQ", 1200),
]


def _geonames_file(path, rows=_INVENTED):
    lines = ["\t".join([gid, name, name, "", str(lat), str(lon), "P", code, cc, "", "01", "", "", "", str(pop),
                         "", "100", "Asia/Baghdad", "2024-01-01"]) for gid, name, lat, lon, code, cc, pop in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _damage_both_ends(name):
    """OCR-like damage at both ends at once: the second letter lost, the last but one read as a space."""
    return name[0] + name[2:-2] + " " + name[-1]


def test_user_store_fuzzy_finds_names_damaged_at_both_ends(tmp_path):
    from geo_events.gazetteer import UserStore

    store = UserStore(tmp_path / "store.sqlite")
    assert store.import_geonames(_geonames_file(tmp_path / "XX.txt")) == len(_INVENTED)
    gz = _fresh(store)
    for gid, name, lat, lon, *_ in _INVENTED:
        damaged = _damage_both_ends(name)  # "Tallat Qarnayn al-Wusta" -> "Tllat Qarnayn al-Wus a"
        assert not gz.candidates(damaged, fuzzy=False)
        r = gz.resolve(damaged)
        near(r.place, lat, lon, within=0.5)
        assert r.place.record_id == f"geonames:{gid}" and r.place.layer == "user"
        assert r.place.confidence < 1
    # a later process opens the store and finds them too (the trigram index is stored)
    again = _fresh(UserStore(tmp_path / "store.sqlite"))
    assert again.candidates(_damage_both_ends("Qasr Munadhirah"), limit=3)[0].record_id == "geonames:99000003"


def test_user_store_of_the_blocked_schema_is_migrated(tmp_path):
    """A store written with the version-1 fuzzy pool (blocked by first/last letters) is migrated
    when opened: its places stay and damage at both ends is found through trigrams."""
    import sqlite3

    from geo_events.gazetteer import UserStore
    from geo_events.normalize import compact, normalize

    path = tmp_path / "store.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE places (id TEXT PRIMARY KEY, name TEXT, lat REAL, lon REAL, feature TEXT,
        precision TEXT, radius REAL, country TEXT, admin1 TEXT, pop INTEGER, source TEXT);
    CREATE TABLE keys (key TEXT, id TEXT, PRIMARY KEY (key, id)) WITHOUT ROWID;
    CREATE TABLE fuzzy (block TEXT, ck TEXT, key TEXT, PRIMARY KEY (block, ck)) WITHOUT ROWID;
    CREATE TABLE polygons (id TEXT PRIMARY KEY, geometry TEXT, source TEXT);
    """)
    gid, name, lat, lon, _, cc, pop = _INVENTED[1]
    key = normalize(name)
    ck = compact(key)
    db.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)",
               (f"geonames:{gid}", name, lat, lon, "village", "town", 1.5, cc, "", pop, "GeoNames"))
    db.execute("INSERT INTO keys VALUES (?, ?)", (key, f"geonames:{gid}"))
    db.executemany("INSERT INTO fuzzy VALUES (?, ?, ?)",
                   [(f"f{ck[:2]}{len(ck)}", ck, key), (f"l{ck[-2:]}{len(ck)}", ck, key)])
    db.commit()
    db.close()
    store = UserStore(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == UserStore.SCHEMA_VERSION
    assert store.counts()["places"] == 1
    gz = _fresh(store)
    near(gz.resolve(name).place, lat, lon, within=0.5)
    r = gz.resolve(_damage_both_ends(name))
    assert r.place is not None and r.place.record_id == f"geonames:{gid}"


@needs_shared
@pytest.mark.parametrize("fmt", ["geojson", "gpkg"])
def test_boundaries_attach_to_governorates(tmp_path, fmt):
    import shutil
    import subprocess

    from shapely.geometry import Point, shape

    from geo_events.gazetteer import UserStore

    src = SHARED / "boundaries" / "irq_syr_admin1_wof_simplified.geojson"
    path = src
    if fmt == "gpkg":
        if not shutil.which("ogr2ogr"):
            pytest.skip("GDAL's ogr2ogr is not installed")
        path = tmp_path / "admin1.gpkg"
        subprocess.run(["ogr2ogr", "-f", "GPKG", str(path), str(src)], check=True, capture_output=True)
    store = UserStore(tmp_path / "store.sqlite")
    gz = _fresh(store)
    assert gz.boundaries() is None  # nothing imported yet
    attached, added = store.import_boundaries(path, gz)
    assert attached >= 32 and attached + added == 34  # 19 + 14 governorates and the UN zone
    gz.attach_store(store)
    diyala = gz.resolve("Diyala").place
    assert diyala.record_id == "curated:diyala-governorate"
    assert shape(diyala.polygon).contains(Point(44.41145, 33.82112))  # As Sa'diyah lies in Diyala
    assert not shape(diyala.polygon).contains(Point(44.3616, 33.9402))  # Balad air base does not
    fc = gz.boundaries(kind="governorate")
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) >= 32
    props = {f["properties"]["record_id"]: f["properties"] for f in fc["features"]}
    assert props["curated:diyala-governorate"]["name"] == "Diyala"
    assert props["curated:diyala-governorate"]["source"] == path.name
    assert gz.boundaries(kind="country") is None


def test_candidates_are_independent_places(gz):
    """Places are built from per-record memos: changing one that a caller got changes no later answer."""
    import dataclasses

    first = gz.candidates("Tikrit")[0]
    assert isinstance(first, Place) and first.record_id
    kept = dataclasses.asdict(first)
    first.name, first.confidence, first.lat = "changed", 0.0, 0.0
    again = gz.candidates("Tikrit")[0]
    assert dataclasses.asdict(again) == kept
    assert again == Place(**kept) and repr(again) == repr(Place(**kept))
    assert gz.get(kept["record_id"]).name == kept["name"]


def test_resolution_candidates_read_as_a_list_of_independent_places(gz):
    """resolve() makes its candidates' places on first use: a caller still reads them as a list."""
    import copy
    import pickle

    r = gz.resolve("Hama")  # namesakes in Syria and elsewhere: several candidates
    cands = r.candidates
    assert len(cands) >= 2 and bool(cands)
    as_list = list(cands)
    assert all(isinstance(p, Place) for p in as_list)
    assert cands == as_list and cands[:2] == as_list[:2] and cands[-1] is as_list[-1]
    assert [p.record_id for p in cands] == [p.record_id for p in as_list]
    assert r.place.record_id == cands[0].record_id and r.place is not cands[0]
    assert as_list + [] == as_list and [] + cands == as_list
    for clone in (pickle.loads(pickle.dumps(cands)), copy.deepcopy(cands), copy.copy(cands)):
        assert type(clone) is list and [p.record_id for p in clone] == [p.record_id for p in as_list]
    # the candidates of one answer are not shared with the next answer
    cands[0].name = "changed"
    assert gz.resolve("Hama").candidates[0].name != "changed"


@pytest.mark.parametrize("name", ["Salem", "Springfield", "Alexandria", "Tripoli", "San Jose"])
def test_namesakes_rank_by_score_then_prominence(gz, name):
    """Among candidates of the same match score, the more prominent place (country, area, site,
    reviewed place, then larger population) comes first, as ranking without decoding records must keep."""
    from geo_events.gazetteer import _prominence_of

    cands = gz.candidates(name, fuzzy=False, limit=10)
    assert len(cands) >= 2, f"{name} has namesakes in GeoNames"
    keyed = [(-p.confidence, -_prominence_of(p.feature, p.layer, p.population)) for p in cands]
    assert keyed == sorted(keyed)
    # the first of limit=1 is the first of the full list
    assert gz.candidates(name, fuzzy=False, limit=1)[0].record_id == cands[0].record_id


def test_a_feature_word_inside_a_records_own_name_is_not_a_cue(gz):
    # "Green Village" is a coalition site in Deir ez-Zor: "village" is part of its name, so it must
    # not send the lookup to a village or town called "Green" in another continent
    r = gz.resolve("Green Village")
    assert r.place is not None and r.place.country == "SY" and r.place.feature == "base"


@pytest.mark.parametrize("name", ["champ de Khurmala", "champ pétrolier de Khurmala"])
def test_french_field_phrases_are_cues(gz, name):
    assert gz.resolve(name).place.feature in ("oil_field", "gas_field")
    near(gz.resolve(name).place, 35.95, 43.78, 10)


@pytest.mark.parametrize("name", ["Baiji refinery", "raffinerie de Baiji", "مصفاة بيجي"])
def test_refinery_words_are_cues_in_three_languages(gz, name):
    near(gz.resolve(name).place, 34.95, 43.49, 5)


@pytest.mark.parametrize("name, lat, lon", [
    ("Basra", 30.508, 47.783), ("البصرة", 30.508, 47.783), ("Idleb", 35.930, 36.634),
    ("دير الزور", 35.336, 40.141), ("Hasakah", 36.502, 40.748),
])
def test_a_bare_name_shared_by_a_province_and_its_capital_is_the_city(gz, name, lat, lon):
    # as ACLED codes it: the province needs its word ("Basra province", "محافظة البصرة")
    r = gz.resolve(name)
    assert r.place.precision == "town", r.reason
    near(r.place, lat, lon, 8)


@pytest.mark.parametrize("name", ["Basra province", "محافظة البصرة", "gouvernorat d'Idleb"])
def test_with_its_word_the_province_is_meant(gz, name):
    assert gz.resolve(name).place.precision == "governorate"


def test_a_province_without_a_city_of_its_name_stays_the_province(gz):
    assert gz.resolve("Diyala").place.precision == "governorate"


@pytest.mark.parametrize("name", ["Salem", "Hama", "Tikrit", "zone verte de Bagdad", "Diya a", "al-Qa'im",
                                  "المنطقة الخضراء", "Xqzvw"])
def test_lookup_reads_like_candidates(gz, name):
    """lookup() gives candidates()'s places in the same order, made only when read; a fresh
    gazetteer (empty memos) ranks the same way as one that has answered before."""
    fuzzy = name == "Diya a"
    want = [(p.record_id, p.confidence) for p in gz.candidates(name, fuzzy=fuzzy, limit=5)]
    fresh = Gazetteer.load()
    found = fresh.lookup(name, fuzzy=fuzzy, limit=5)
    assert len(found) == len(want) and bool(found) == bool(want)
    if want:
        best = found[0]
        assert (best.record_id, best.confidence) == want[0] and found[0] is best
        assert found[-1].record_id == want[-1][0]
    assert [(p.record_id, p.confidence) for p in found] == want
    with pytest.raises(IndexError):
        found[len(want)]


@pytest.mark.parametrize("name", ["La Paz", "Le Port", "La Plata", "Le Havre", "La Union", "Ras al-Ayn", "El Paso"])
def test_names_with_connector_words_rank_their_keys_by_score_then_prominence(name):
    """A name and its form without connector words ("La Paz" / "Paz") are two keys of unequal
    score; their places must come in the order of a full ranking of every match (score, then
    prominence, then record), however the lookup takes its short cut."""
    fresh = Gazetteer.load()
    scores = fresh._score_name(fresh._check(name), 10, False, False)
    assert len(scores) >= 2, f"{name} has namesakes"
    ranked = sorted(scores.items(), key=lambda r: (-r[1], -fresh._prominence(r[0]), r[0]))[:10]
    want = [(fresh._record(i)["record_id"], round(s, 3)) for i, s in ranked]
    assert [(p.record_id, p.confidence) for p in fresh.lookup(name)] == want
    assert [(p.record_id, p.confidence) for p in fresh.candidates(name, fuzzy=False)] == want
    assert [p.record_id for p in fresh.lookup(name, limit=3)] == [r for r, _ in want[:3]]


def test_lookup_places_are_independent(gz):
    first = gz.lookup("Hama")[0]
    first.name = "changed"
    assert gz.lookup("Hama")[0].name != "changed" and gz.candidates("Hama")[0].name != "changed"


@pytest.mark.parametrize("query, same_as", [
    ("zone verte dé Bagdad", "zone verte de Bagdad"),  # an accent on a connector word
    ("Zone Verte DE Bagdad", "zone verte de Bagdad"),
    ("Camp of Taji", "Camp Taji"),
    ("base à Balad", "base Balad"),
])
def test_connector_words_are_dropped_with_or_without_accents(gz, query, same_as):
    got = gz.candidates(query, fuzzy=False, limit=3)
    assert got and [p.record_id for p in got] == [p.record_id for p in gz.candidates(same_as, fuzzy=False, limit=3)]


def test_a_bare_letter_a_is_not_a_connector():
    # "à" is a French connector; a bare "a" is often a damaged letter ("Diya a" for "Diyala")
    from geo_events.gazetteer import _connector_variant

    assert _connector_variant("A Coruña") is None and _connector_variant("Diya a") is None
    assert _connector_variant("Base à Balad") == "Base Balad"


# -- the -iya ending written the Levantine ways (Nabatiyé, Nabatieh, Nabatiya) --------------------------
_IYA_SWAP = {"ieh": "iyé", "iyeh": "ié", "iya": "ieh", "iyah": "ié", "iye": "ieh", "ié": "iya", "iyé": "ieh"}


def test_a_name_with_its_iya_ending_written_another_way_finds_its_record(gz):
    """Every record of Iraq, Syria, Lebanon and Jordan whose name ends in -iya/-ieh/-iyé/-iyah,
    asked with the ending written another way: most are found (a shorter namesake that the
    other spelling folds onto exactly, "Amirieh" -> "Amir", still wins)."""
    names, countries, ids = gz._cols["name"], gz._cols["country"], gz._cols["id"]
    tried = found = 0
    seen = set()
    for i in range(len(names)):
        name = names[i]
        if countries[i] not in ("IQ", "SY", "LB", "JO") or name in seen or len(name.split()[-1]) < 6:
            continue
        seen.add(name)
        ending = next((e for e in sorted(_IYA_SWAP, key=len, reverse=True) if name.lower().endswith(e)), None)
        if ending is None:
            continue
        other = name[: -len(ending)] + _IYA_SWAP[ending]
        tried += 1
        found += ids[i] in [p.record_id for p in gz.lookup(other, limit=50)]
    print(f"-iya endings written another way: {found}/{tried} found")
    assert tried >= 20 and found / tried >= 0.55


@pytest.mark.parametrize("name", ["Nabatiyé", "Nabatiye", "Nabatiyeh"])
def test_nabatieh_in_its_french_and_english_spellings(gz, name):
    best = gz.lookup(name)[0]
    assert best.country == "LB" and abs(best.lat - 33.378) < 0.05 and abs(best.lon - 35.484) < 0.05
    assert best.confidence < 1.0  # found through another spelling of its ending


def test_a_name_found_as_written_keeps_its_exact_match(gz):
    assert all(p.confidence == 1.0 for p in gz.lookup("Ghaziyeh"))
    assert not gz.lookup("Zzqxwiyé")  # no record under any spelling: still nothing


@pytest.mark.parametrize("name", ["La Paz", "Albu Kamal", "Xqzvw Qrt", "Le Havre"])
def test_a_ranked_lookup_answers_alike_whatever_was_asked_before(name):
    """lookup() memoises a ranked answer (a name of several keys, or none found) for its default
    limit; asking again, with another limit, with fuzzy matching or through candidates() must
    give what a fresh gazetteer gives for that question alone."""
    asked = Gazetteer.load()
    first = [(p.record_id, p.confidence) for p in asked.lookup(name)]
    assert [(p.record_id, p.confidence) for p in asked.lookup(name)] == first
    for kwargs in ({"limit": 2}, {"fuzzy": True}, {"limit": 3, "fuzzy": True}):
        fresh = Gazetteer.load()
        assert ([(p.record_id, p.confidence) for p in asked.lookup(name, **kwargs)]
                == [(p.record_id, p.confidence) for p in fresh.lookup(name, **kwargs)]), kwargs
    fresh = Gazetteer.load()
    assert ([(p.record_id, p.confidence) for p in asked.candidates(name, fuzzy=False)]
            == [(p.record_id, p.confidence) for p in fresh.candidates(name, fuzzy=False)]
            == [(p.record_id, p.confidence) for p in fresh.lookup(name)] == first)


@pytest.mark.parametrize("name", ["  Tikrit ", "Tikrit\n"])
def test_a_name_with_spaces_around_it_finds_the_same_places(gz, name):
    assert [p.record_id for p in gz.lookup(name)] == [p.record_id for p in gz.lookup("Tikrit")] != []
