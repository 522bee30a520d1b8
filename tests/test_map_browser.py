"""The map as a person sees it: real headless Chromium opens the generated HTML."""
from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from factories import hostile_event, make_event, sample_events
from geo_events.render import _css_id, render_map, render_png

pytestmark = pytest.mark.browser


def _open(page, path: Path, *, block_network: bool = True) -> list[str]:
    """Open ``path``; with ``block_network`` every other request is aborted and recorded."""
    url = path.resolve().as_uri()
    requests: list[str] = []

    def handle(route):
        if route.request.url == url:
            route.continue_()
        else:
            requests.append(route.request.url)
            route.abort()

    if block_network:
        page.route("**/*", handle)
    page.goto(url)
    page.wait_for_selector("[data-ge-ready]", state="attached", timeout=15000)
    return requests


@pytest.fixture(scope="module")
def offline_map(tmp_path_factory):
    events = sample_events()
    path = render_map(events, tmp_path_factory.mktemp("map") / "events.html", title="Attacks in Iraq",
                      subtitle="synthetic test data", offline=True)
    return path, events


def test_offline_map_makes_no_request_and_draws_everything(page, offline_map):
    path, events = offline_map
    requests = _open(page, path)
    assert requests == []
    placed = [e for e in events if e.place is not None]
    assert page.locator(".ge-event").count() == len(placed)
    assert page.locator("path.ge-trajectory").count() == sum(len(e.trajectories) for e in events)
    # The packaged basemap (country outlines) and town labels are drawn instead of tiles.
    assert page.locator(".leaflet-geBasemap-pane path").count() > 3
    assert page.locator(".ge-town").count() > 3
    assert page.locator(".leaflet-tile").count() == 0
    assert page.errors == []


def test_one_marker_per_event_and_unplaced_counted(page, offline_map):
    path, events = offline_map
    _open(page, path)
    for ev in events:
        n = page.locator(f".ge-event-{_css_id(ev.event_id)}").count()
        assert n == (1 if ev.place is not None else 0), ev.event_id
    notes = page.locator(".ge-notes").inner_text()
    assert "1 event without a resolved place" in notes and "Tal Abyad camp" in notes


def test_clicking_a_marker_opens_its_popup(page, offline_map):
    path, events = offline_map
    _open(page, path)
    ev = events[0]
    page.locator(f".ge-event-{_css_id(ev.event_id)}").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    text = popup.inner_text()
    assert "2021-03-15" in text and "Monday evening" in text
    assert "at least 7" in text
    # Disputed injured figures: both values, each with its source.
    assert "1 \u2014 AFP" in text and "2 \u2014 Atalayar" in text
    link = popup.locator("a", has_text="AFP")
    assert link.get_attribute("href") == "https://example.org/news/balad"
    assert "noopener" in link.get_attribute("rel")
    assert page.errors == []


def test_area_and_low_confidence_events_are_drawn_as_such(page, offline_map):
    path, events = offline_map
    _open(page, path)
    anbar = page.locator(".ge-event-ev-20210310-anbar")
    assert anbar.evaluate("el => el.tagName.toLowerCase()") == "path"  # an area, not a pin
    low = page.locator(".ge-event-ev-20210305-kirkuk")
    assert "ge-lowconf" in low.get_attribute("class")
    assert low.get_attribute("stroke-dasharray")  # dashed outline
    low.click(force=True)
    assert "low confidence" in page.locator(".leaflet-popup-content").inner_text()


def test_trajectory_has_arrowhead_and_layer_control_hides_it(page, offline_map):
    path, events = offline_map
    _open(page, path)
    n = sum(len(e.trajectories) for e in events)
    assert page.locator("svg.ge-arrowhead").count() == n
    assert page.locator("path.ge-trajectory-beyond").get_attribute("stroke-dasharray")
    box = page.locator(".leaflet-control-layers")
    box.get_by_text("Trajectories").click()
    assert page.locator("path.ge-trajectory").count() == 0
    assert page.locator("svg.ge-arrowhead").count() == 0
    assert page.locator(".ge-event").count() > 0  # other layers stay
    box.get_by_text("Trajectories").click()
    assert page.locator("path.ge-trajectory").count() == n
    assert page.errors == []


def test_hostile_text_stays_text(page, tmp_path):
    path = render_map([hostile_event()], tmp_path / "hostile.html", title="<script>window.__pwned=9</script>",
                      subtitle='"><img src=x onerror=window.__pwned=10>', offline=True)
    _open(page, path)
    page.locator(".ge-event").first.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    text = popup.inner_text()
    assert "<script>window.__pwned=1</script>" in text  # shown, literally
    assert "Katyusha\" onmouseover=" in text
    assert popup.locator("script, img, svg[onload]").count() == 0
    assert page.locator("a[href^='javascript' i]").count() == 0
    page.locator(".ge-event").first.hover()
    assert "<script>" in page.locator(".ge-title").inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.errors == []


def test_two_fragments_work_in_one_page(page, tmp_path):
    a = render_map(sample_events()[:3], tmp_path / "a.html", fragment=True, offline=True, title="A")
    b = render_map([make_event()], tmp_path / "b.html", fragment=True, offline=True, title="B")
    for f in (a, b):
        assert "<html" not in f.read_text(encoding="utf-8").lower()
    host = tmp_path / "host.html"
    host.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><h1>Briefing</h1>"
                    f"{a.read_text(encoding='utf-8')}<p>between</p>{b.read_text(encoding='utf-8')}</body></html>",
                    encoding="utf-8")
    _open(page, host)
    page.wait_for_function("document.querySelectorAll('[data-ge-ready]').length === 2")
    maps = page.locator(".ge-fragment")
    assert maps.count() == 2
    assert maps.nth(0).locator(".ge-event").count() == 3
    assert maps.nth(1).locator(".ge-event").count() == 1
    maps.nth(1).locator(".ge-event").click()
    assert "Balad" in maps.nth(1).locator(".leaflet-popup-content").inner_text()
    assert page.errors == []


def test_online_map_asks_only_for_tiles(page, tmp_path):
    path = render_map([make_event()], tmp_path / "online.html")
    requested = []

    def handle(route):
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            requested.append(url)
            route.fulfill(status=200, body=b"", content_type="image/png")

    page.route("**/*", handle)
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("[data-ge-ready]", state="attached", timeout=15000)
    assert requested and not [u for u in requested if "leaflet" in u], "Leaflet is inlined, never fetched"
    assert page.locator(".ge-event").count() == 1
    assert "OpenStreetMap" in page.locator(".leaflet-control-attribution").inner_text()
    assert "GeoNames" in page.locator(".leaflet-control-attribution").inner_text()
    # Tiles answered with empty bodies fail to decode as images; that is the stub, not the map.
    assert [e for e in page.errors if "Failed to load resource" not in e] == []


def _png_pixels(data: bytes):
    """(width, height, rows of bytes) of an 8-bit RGB/RGBA PNG: enough for a screenshot."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if ctype == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6)
            bpp = 3 if color == 2 else 4
        elif ctype == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows, bpp


def test_png_has_requested_size_and_is_not_blank(browser, offline_map, tmp_path):
    path, _ = offline_map
    png = render_png(path, tmp_path / "map.png", size=(640, 400), browser=browser)
    width, height, rows, bpp = _png_pixels(png.read_bytes())
    assert (width, height) == (640, 400)
    reds = [row[x] for row in rows[::8] for x in range(0, width * bpp, bpp * 8)]
    mean = sum(reds) / len(reds)
    variance = sum((r - mean) ** 2 for r in reds) / len(reds)
    assert variance > 100  # borders, markers, legend: far from a uniform image
    # Pure red-ish marker pixels exist (rocket attacks are drawn in #d62728).
    assert any(row[x] > 180 and row[x + 1] < 80 and row[x + 2] < 80
               for row in rows for x in range(0, width * bpp, bpp))


def test_default_map_still_works_with_no_network(page, tmp_path):
    """The default (online) map inlines Leaflet and draws the packaged basemap under the tiles."""
    path = render_map(sample_events(), tmp_path / "default.html")
    requests = _open(page, path)
    assert all("tile" in u or "openstreetmap" in u for u in requests), requests
    assert page.locator(".ge-event").count() > 0
    assert page.locator(".leaflet-geBasemap-pane path").count() > 3
    assert [e for e in page.errors if "Failed to load resource" not in e and "ERR_FAILED" not in e] == []
