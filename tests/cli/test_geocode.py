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
