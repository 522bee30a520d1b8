"""Map size and speed for 1,000 / 10,000 / 100,000 synthetic events, against plain folium.

Prints, per size: HTML bytes (and bytes per event), build time in Python, and time until the map
is drawn in headless Chromium (from navigation start to the end of our draw call, and to the first
animation frame after the load event, for both variants; offline, no network), with our draw's
breakdown (JSON parse, satellite layers, events, controls),
for geo-events (offline single file; canvas + compact rows above COMPACT_OVER events) and for a
plain folium map with one ``folium.Marker`` per event (CDN files served locally by Playwright).

Usage: python bench/bench_map.py [--sizes 1000,10000,100000] [--no-folium-over 10000]
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

import folium

from geo_events.models import DateSpan, Event, Figure, Place
from geo_events.render import CHROMIUM_ARGS, COMPACT_OVER, _asset, chromium_path, render_map

TYPES = ("rocket attack", "drone attack", "missile attack", "mortar attack", "airstrike")


def synthetic(n: int, seed: int = 1) -> list[Event]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        lat, lon = rnd.uniform(29.0, 37.0), rnd.uniform(39.0, 48.0)
        day = dt.date(2021, 1, 1) + dt.timedelta(days=rnd.randrange(365))
        c = rnd.randrange(1, 20)
        place = Place(name=f"Place {i}", lat=lat, lon=lon, precision=rnd.choice(("site", "town")),
                      confidence=rnd.uniform(0.5, 1.0))
        out.append(Event(event_id=f"ev-{i:06d}", event_type=rnd.choice(TYPES), frames=[], place_name=place.name,
                         place=place, date=DateSpan(day, day), count=Figure(c, c, c), weapon="rocket"))
    return out


def plain_folium(events: list[Event], path: Path) -> None:
    m = folium.Map(location=[33, 44], zoom_start=6)
    for ev in events:
        folium.Marker([ev.place.lat, ev.place.lon], popup=f"{ev.event_type} {ev.place.name}").add_to(m)
    m.save(str(path))


INIT = """
window.addEventListener('load', () => requestAnimationFrame(() => { window.__benchPaintedAt = performance.now(); }));
"""


def time_to_draw(browser, path: Path, *, ours: bool) -> tuple[float, float, dict]:
    """(seconds from navigation start to the first frame after the load event, to the end of our draw
    call, and our draw's own breakdown in ms). The same clock for both variants: every marker of a folium
    page and of ours is added by scripts that run before the load event."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.add_init_script(INIT)

    def handle(route):
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        elif url.endswith("leaflet.js"):
            route.fulfill(status=200, body=_asset("leaflet.js"), content_type="application/javascript")
        elif url.endswith("leaflet.css"):
            route.fulfill(status=200, body=_asset("leaflet.css"), content_type="text/css")
        else:  # folium's other CDN files and tiles: empty answers
            route.fulfill(status=200, body=b"", content_type="text/plain")

    page.route("**/*", handle)
    page.goto(path.resolve().as_uri(), wait_until="load", timeout=600_000)
    page.wait_for_function("window.__benchPaintedAt !== undefined", timeout=600_000)
    painted = page.evaluate("window.__benchPaintedAt")
    drawn = page.evaluate("window.__geoEventsReadyAt || null")
    parts = page.evaluate("window.__geoEventsTimings || {}")
    context.close()
    return painted / 1000.0, (drawn / 1000.0 if drawn else float("nan")), parts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--no-folium-over", type=int, default=10000,
                    help="skip plain folium above this size (its 100k-marker page takes minutes)")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"compact mode above {COMPACT_OVER} events; chromium {chromium_path()}")
    print(f"{'events':>8} {'variant':<12} {'HTML bytes':>12} {'B/event':>8} {'build s':>8} {'draw end s':>10} "
          f"{'painted s':>9}  breakdown of our draw (ms)")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
        for n in sizes:
            events = synthetic(n)
            variants = [("geo-events", True)]
            if n <= args.no_folium_over:
                variants.append(("folium", False))
            for name, ours in variants:
                path = Path(tmp) / f"{name}-{n}.html"
                t0 = time.perf_counter()
                if ours:
                    render_map(events, path, offline=True, title=f"{n} events")
                else:
                    plain_folium(events, path)
                build = time.perf_counter() - t0
                size = path.stat().st_size
                painted, done, parts = time_to_draw(browser, path, ours=ours)
                detail = " ".join(f"{k} {v:.0f}" for k, v in parts.items())
                print(f"{n:>8} {name:<12} {size:>12,} {size / n:>8.0f} {build:>8.2f} {done:>10.2f} {painted:>9.2f}"
                      f"  {detail}", flush=True)
        browser.close()


if __name__ == "__main__":
    main()
