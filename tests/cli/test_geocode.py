"""The geocode and gazetteer commands, run as a user would (click's CliRunner)."""
import json

import pytest
from click.testing import CliRunner

from geo_events.cli.main import cli


@pytest.fixture(scope="module")
def runner():
    return CliRunner(mix_stderr=False) if "mix_stderr" in CliRunner.__init__.__code__.co_varnames else CliRunner()


def test_geocode_table(runner):
    res = runner.invoke(cli, ["geocode", "Balad air base", "Ain al-Assad", "Diyala"])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].split()[:3] == ["name", "lat", "lon"]
    balad = next(line for line in lines if line.startswith("Balad air base"))
    assert "33.94" in balad and "44.36" in balad and "curated:balad-air-base" in balad
    assert any("governorate" in line for line in lines if line.startswith("Diyala"))


def test_geocode_json(runner):
    res = runner.invoke(cli, ["geocode", "--json", "al-Bou Hassan", "Erbil"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    by = {r["query"]: r for r in data["results"]}
    assert abs(by["Erbil"]["place"]["lat"] - 36.19) < 0.05
    assert by["al-Bou Hassan"]["place"]["record_id"] == "curated:albu-hassan-balad"
    assert "GeoNames" in data["attribution"]


def test_geocode_unresolved_exits_1_and_says_so(runner):
    res = runner.invoke(cli, ["geocode", "Balad air base", "Xqzvw"])
    assert res.exit_code == 1
    assert "unresolved" in res.output + (res.stderr if hasattr(res, "stderr") else "")


def test_geocode_country_focus(runner):
    res = runner.invoke(cli, ["geocode", "--json", "--country", "SO", "Balad"])
    assert res.exit_code == 0
    assert json.loads(res.stdout)["results"][0]["place"]["country"] == "SO"


def test_geocode_empty_name_is_a_one_line_error(runner):
    res = runner.invoke(cli, ["geocode", " "])
    assert res.exit_code != 0
    assert "empty" in (res.output + getattr(res, "stderr", "")).lower()
    assert "Traceback" not in res.output


def test_gazetteer_search_show_stats(runner):
    res = runner.invoke(cli, ["gazetteer", "search", "Albu Hassan"])
    assert res.exit_code == 0 and "curated:albu-hassan-balad" in res.output
    res = runner.invoke(cli, ["gazetteer", "show", "geonames:98112"])
    assert res.exit_code == 0
    assert "Balad" in res.output and "geonames" in res.output
    assert "GeoNames (geonames.org), CC-BY 4.0" in res.output
    res = runner.invoke(cli, ["gazetteer", "show", "curated:balad-air-base"])
    assert "airportsdata ORBD" in res.output and "curated" in res.output
    res = runner.invoke(cli, ["gazetteer", "show", "nope:1"])
    assert res.exit_code != 0 and "no such gazetteer record" in (res.output + getattr(res, "stderr", ""))
    res = runner.invoke(cli, ["gazetteer", "stats"])
    assert res.exit_code == 0
    assert "curated:" in res.output and "governorate" in res.output and "airports:" in res.output



def test_gazetteer_stats_survives_a_cache_removed_meanwhile(runner, tmp_path, monkeypatch):
    # another process rebuilt the index (new file name) and removed the one this process loaded
    from geo_events.gazetteer import Gazetteer

    gone = tmp_path / "gazetteer-index-removed.marshal"
    monkeypatch.setattr(Gazetteer.default(), "cache_path", gone)
    res = runner.invoke(cli, ["gazetteer", "stats"])
    assert res.exit_code == 0, res.output
    line = next(x for x in res.output.splitlines() if x.startswith("index cache:"))
    assert str(gone) in line and "MB" not in line

def test_geopy_geocoder_with_rate_limiter():
    from geopy.extra.rate_limiter import RateLimiter

    from geo_events.geocoder import OfflineGazetteer

    geocoder = OfflineGazetteer()
    geocode = RateLimiter(geocoder.geocode, min_delay_seconds=0)
    loc = geocode("Aïn el-Assad")
    assert abs(loc.latitude - 33.79) < 0.05 and abs(loc.longitude - 42.44) < 0.05
    assert loc.raw["record_id"] == "curated:ain-al-asad-air-base"
    assert geocode("Xqzvw") is None
    many = geocoder.geocode("Balad", exactly_one=False, country="SO")
    assert isinstance(many, list) and many[0].raw["country"] == "SO"


SHARED = __import__("pathlib").Path(__file__).resolve().parents[2].parent / "shared" / "data"
needs_shared = pytest.mark.skipif(not (SHARED / "geonames" / "IQ.txt").exists(),
                                  reason="../shared/data is absent (end-user checkout)")


@pytest.fixture()
def home(tmp_path, monkeypatch):
    """A private user store; the process-wide gazetteer is reset so that it sees it."""
    from geo_events.gazetteer import Gazetteer

    monkeypatch.setenv("GEO_EVENTS_HOME", str(tmp_path / "home"))
    saved = Gazetteer._default
    Gazetteer._default = None
    yield tmp_path / "home"
    Gazetteer._default = saved


@needs_shared
def test_import_geonames_and_boundaries_then_geocode(runner, home):
    # a village that only the full GeoNames extract has, before and after import
    before = runner.invoke(cli, ["geocode", "--json", "Albu Zahir"])
    assert json.loads(before.stdout)["results"][0]["place"] is None or before.exit_code == 1
    res = runner.invoke(cli, ["gazetteer", "import", str(SHARED / "geonames" / "IQ.txt"),
                              str(SHARED / "boundaries" / "irq_syr_admin1_wof_simplified.geojson")])
    assert res.exit_code == 0, res.output
    assert "22553 GeoNames records" in res.output and "polygons attached" in res.output
    assert (home / "store.sqlite").exists()
    from geo_events.gazetteer import Gazetteer

    Gazetteer._default = None
    gz = Gazetteer.default()
    place = gz.resolve("Albū Z̧āhir", container="Baghdad Governorate").place
    assert place is not None and place.layer == "user"
    assert abs(place.lat - 33.616) < 0.02 and abs(place.lon - 44.338) < 0.02
    diyala = gz.resolve("Diyala").place
    assert diyala.polygon and diyala.polygon["type"] in ("Polygon", "MultiPolygon")
    from shapely.geometry import Point, shape

    assert shape(diyala.polygon).contains(Point(44.41145, 33.82112))  # As Sa'diyah lies in Diyala
    shown = runner.invoke(cli, ["gazetteer", "show", "curated:diyala-governorate"])
    assert "polygon" in shown.output and "irq_syr_admin1_wof_simplified.geojson" in shown.output
    shown = runner.invoke(cli, ["gazetteer", "show", place.record_id])
    assert shown.exit_code == 0 and "user" in shown.output and "GeoNames (geonames.org), CC-BY 4.0" in shown.output
    stats = runner.invoke(cli, ["gazetteer", "stats"])
    assert "user store" in stats.output and "34 polygons" in stats.output and "CC-BY 4.0" in stats.output


def test_import_rejects_a_file_that_is_not_geonames(runner, home, tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("hello\tworld\n", encoding="utf-8")
    res = runner.invoke(cli, ["gazetteer", "import", str(bad)])
    assert res.exit_code != 0
    assert "columns" in (res.output + getattr(res, "stderr", ""))


@needs_shared
def test_download_from_a_local_server(runner, home, tmp_path):
    import functools
    import http.server
    import threading
    import zipfile

    served = tmp_path / "dump"
    served.mkdir()
    with zipfile.ZipFile(served / "SY.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(SHARED / "geonames" / "SY.txt", "SY.txt")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        res = runner.invoke(cli, ["gazetteer", "download", "SY", "--base-url", base])
        assert res.exit_code == 0, res.output
        assert "SY: 10454 GeoNames records" in res.output
        missing = runner.invoke(cli, ["gazetteer", "download", "IQ", "--base-url", base])
        assert missing.exit_code != 0 and "404" in (missing.output + getattr(missing, "stderr", ""))
    finally:
        server.shutdown()
        server.server_close()
    assert (home / "downloads" / "SY.zip").exists()
