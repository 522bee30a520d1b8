"""The wheel carries everything a non-editable install needs: the curated gazetteer, the weapons
catalogue, Leaflet and the basemap.  Built for real with pip, then read as the zip it is."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out),
                    str(ROOT)], check=True, capture_output=True)
    (path,) = out.glob("geo_events-*.whl")
    return path


def test_wheel_ships_the_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    curated = sorted(p.name for p in (ROOT / "gazetteer").glob("*.csv"))
    assert curated, "the repository's gazetteer/ folder has curated CSV files"
    for name in curated:
        assert f"geo_events/curated/{name}" in names
    for name in ("weapons.csv", "actors.csv", "leaflet.js", "leaflet.css", "map.js", "map.css", "basemap.geojson", "towns.json"):
        assert f"geo_events/data/{name}" in names
    assert any(n.endswith("entry_points.txt") for n in names)


def test_installed_package_reads_its_curated_gazetteer_from_any_folder(tmp_path):
    code = ("from importlib import resources; "
            "print(sum(1 for p in resources.files('geo_events.curated').iterdir() if p.name.endswith('.csv')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert int(out.stdout) >= 1
