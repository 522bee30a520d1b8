"""The seeds through the command line, checked by the tools a user would open the files with:
Debian's Chromium (via Playwright) for the map, GDAL's ogrinfo for the GeoJSON."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo_events.cli.main import cli

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def seeds_map(tmp_path_factory):
    out = tmp_path_factory.mktemp("map") / "seeds.html"
    res = CliRunner().invoke(cli, ["map", str(SEEDS), "-o", str(out), "--offline"])
    assert res.exit_code == 0, res.output
    return out


@pytest.fixture(scope="module")
def seeds_geojson(tmp_path_factory):
    out = tmp_path_factory.mktemp("gj") / "seeds.geojson"
    res = CliRunner().invoke(cli, ["export", str(SEEDS), "-o", str(out)])
    assert res.exit_code == 0, res.output
    return out


@pytest.mark.browser
def test_seeds_map_in_chromium(page, seeds_map, seeds_geojson):
    events = [f for f in json.loads(seeds_geojson.read_text())["features"] if f["properties"]["kind"] == "event"]
    requests = []
    url = seeds_map.resolve().as_uri()
    page.route("**/*", lambda route: route.continue_() if route.request.url == url
               else (requests.append(route.request.url), route.abort()))
    page.goto(url)
    page.wait_for_selector("[data-ge-ready]", state="attached", timeout=15000)
    assert page.locator(".ge-event").count() == len(events) == 6
    balad = [f["properties"] for f in events
             if f["properties"]["event_date"] == "2021-03-15" and "balad" in f["properties"]["place"].lower()]
    assert len(balad) == 1
    page.locator(f".ge-event-{balad[0]['event_id']}").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    text = popup.inner_text()
    assert "2021-03-15" in text
    assert "7" in text and "rocket" in text.lower()
    assert "Saadiyat al-Shat" in text or "Sa" in text  # the launch site is named in the popup
    assert page.errors == []
    assert requests == []


@pytest.mark.gdal
def test_ogrinfo_reads_the_seeds_geojson(seeds_geojson):
    if not shutil.which("ogrinfo"):
        pytest.skip("GDAL's ogrinfo is not installed (apt-get install gdal-bin)")
    out = subprocess.run(["ogrinfo", "-so", "-al", str(seeds_geojson)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.strip().split(": ", 1) for line in out.splitlines() if line.startswith(("projectile_count:",
                  "killed:", "injured:", "event_date:", "distance_km:", "azimuth_deg:", "kind:")))
    assert fields["projectile_count"].startswith("Integer")
    assert fields["killed"].startswith("Integer") and fields["injured"].startswith("Integer")
    assert fields["event_date"].startswith(("Date", "String"))
    assert fields["distance_km"].startswith("Real") and fields["azimuth_deg"].startswith("Real")
    features = json.loads(seeds_geojson.read_text())["features"]
    assert f"Feature Count: {len(features)}" in out
