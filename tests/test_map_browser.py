"""The map as a person sees it: real headless Chromium opens the generated HTML."""
from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

import datetime as dt

from factories import hostile_event, make_event, make_place, sample_events
from geo_events.models import DateSpan, Event, Figure, Place
from geo_events.render import COMPACT_OVER, _css_id, render_map, render_png

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
    # The governorates of Iraq and Syria are part of the packaged basemap.
    assert page.locator(".leaflet-geBasemap-pane path.ge-admin1").count() >= 18
    # The map's own controls are inlined too: nothing was fetched for them.
    for sel in (".ge-measure-btn", ".ge-fullscreen-btn", ".ge-datefilter input[type=range]"):
        assert page.locator(sel).count() >= 1, sel
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
    evil_gov = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {
        "name": '</script><script>window.__pwned=12</script><img src=x onerror="window.__pwned=13">'},
        "geometry": {"type": "Polygon", "coordinates": [[[44, 33.5], [44.8, 33.5], [44.8, 34.3], [44, 33.5]]]}}]}
    path = render_map([hostile_event()], tmp_path / "hostile.html", title="<script>window.__pwned=9</script>",
                      subtitle='"><img src=x onerror=window.__pwned=10>', offline=True, boundaries=evil_gov)
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
    assert page.locator("path.ge-boundary").count() == 1
    page.locator("path.ge-boundary").hover(force=True)
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


def test_png_shows_title_stamp_and_legend_without_buttons(browser, page, dated_map, tmp_path):
    path, _ = dated_map
    png = render_png(path, tmp_path / "brief.png", size=(1000, 640), browser=browser)
    width, height, rows, bpp = _png_pixels(png.read_bytes())
    # Where the panels sit at that size, read from the same page with the snapshot style applied.
    page.set_viewport_size({"width": 1000, "height": 640})
    _open(page, path)
    page.evaluate("document.querySelectorAll('[data-ge-ready]').forEach(e => e.classList.add('ge-snapshot'))")
    assert "data as of 2021-03-16" in page.locator(".ge-title .ge-stamp").inner_text()
    for sel in (".ge-measure-btn", ".ge-fullscreen-btn", ".ge-datefilter", ".leaflet-control-layers"):
        assert not page.locator(sel).is_visible(), sel
    boxes = {sel: page.locator(sel).bounding_box() for sel in (".ge-title", ".ge-stamp", ".ge-legend")}
    for sel, b in boxes.items():
        assert b and b["x"] >= 0 and b["y"] >= 0 and b["x"] + b["width"] <= width and b["y"] + b["height"] <= height, sel

    def region(b):
        x0, y0, x1, y1 = int(b["x"]), int(b["y"]), int(b["x"] + b["width"]), int(b["y"] + b["height"])
        return [tuple(rows[y][x * bpp:x * bpp + 3]) for y in range(y0, y1) for x in range(x0, x1)]

    title = region(boxes[".ge-title"])
    assert sum(1 for p in title if min(p) > 235) > len(title) / 2  # a light panel ...
    assert any(max(p) < 90 for p in title)  # ... with dark text on it
    assert any(max(p) < 150 for p in region(boxes[".ge-stamp"]))
    # The legend's swatch for rocket attacks (#d62728) is in the picture.
    assert any(p[0] > 190 and p[1] < 70 and p[2] < 70 for p in region(boxes[".ge-legend"]))


def test_default_map_still_works_with_no_network(page, tmp_path):
    """The default (online) map inlines Leaflet and draws the packaged basemap under the tiles."""
    path = render_map(sample_events(), tmp_path / "default.html")
    requests = _open(page, path)
    assert all("tile" in u or "openstreetmap" in u for u in requests), requests
    assert page.locator(".ge-event").count() > 0
    assert page.locator(".leaflet-geBasemap-pane path").count() > 3
    assert [e for e in page.errors if "Failed to load resource" not in e and "ERR_FAILED" not in e] == []


# ----------------------------------------------------------------------------- date filter


@pytest.fixture(scope="module")
def dated_map(tmp_path_factory):
    """The sample events (2021-02-15 .. 2021-03-15) plus one known only to a week, 2021-03-08 .. 03-14."""
    week = make_event(event_id="ev-week-taji", place=make_place("Taji", 33.52, 44.26, feature="town", precision="town"),
                      date=DateSpan(dt.date(2021, 3, 8), dt.date(2021, 3, 14), "week", "last week"))
    events = sample_events() + [week]
    path = render_map(events, tmp_path_factory.mktemp("dated") / "dated.html", offline=True,
                      title="Attacks, February and March 2021")
    return path, events


def test_date_filter_hides_events_and_their_lines(page, dated_map):
    path, events = dated_map
    assert _open(page, path) == []
    placed = [e for e in events if e.place is not None]
    panel = page.locator(".ge-datefilter")
    assert panel.locator(".ge-df-count").inner_text() == f"{len(placed)} of {len(placed)} events"
    assert panel.locator(".ge-df-date").first.inner_text() == "2021-02-15"
    # Move the "From" thumb with the keyboard, one day per key, to 2021-03-12.
    panel.locator("input.ge-df-from").focus()
    for _ in range(25):
        page.keyboard.press("ArrowRight")
    assert panel.locator(".ge-df-date").first.inner_text() == "2021-03-12"
    # Balad (03-15) stays; the week-precise Taji event (03-08 .. 03-14) overlaps and stays; the rest go.
    assert panel.locator(".ge-df-count").inner_text() == f"2 of {len(placed)} events"
    visible = {c for c in page.locator(".ge-event").evaluate_all("els => els.map(e => e.getAttribute('class'))")}
    assert len(visible) == 2
    assert any("ev-week-taji" in c for c in visible) and any("ev-20210315-balad" in c for c in visible)
    kept = [e for e in events if e.event_id in ("ev-week-taji", "ev-20210315-balad")]
    assert page.locator("path.ge-trajectory").count() == sum(len(e.trajectories) for e in kept)
    assert page.locator("svg.ge-arrowhead").count() == sum(len(e.trajectories) for e in kept)
    assert page.locator("path.ge-impact").count() == sum(len(e.impacts) for e in kept)
    assert page.locator(".ge-launch").count() == len(kept)
    # The "To" thumb cannot pass "From": dragging it back pushes "From" along.
    page.locator("input.ge-df-to").focus()
    for _ in range(4):
        page.keyboard.press("ArrowLeft")
    dates = page.locator(".ge-df-date").all_inner_texts()
    assert dates == ["2021-03-11", "2021-03-11"]
    assert panel.locator(".ge-df-count").inner_text() == f"1 of {len(placed)} events"
    panel.get_by_role("button", name="All dates").click()
    assert page.locator(".ge-event").count() == len(placed)
    assert page.locator("path.ge-trajectory").count() == sum(len(e.trajectories) for e in events)
    assert page.errors == []


def _synthetic(n: int, days: int) -> list[Event]:
    out = []
    for i in range(n):
        day = dt.date(2021, 1, 1) + dt.timedelta(days=i % days)
        place = Place(name=f"Place {i}", lat=30.0 + (i % 50) * 0.12, lon=40.0 + (i // 50) * 0.12, precision="town")
        out.append(Event(event_id=f"ev-{i:05d}", event_type="rocket attack", frames=[], place_name=place.name,
                         place=place, date=DateSpan(day, day), count=Figure(3, 3, 3), weapon="Grad"))
    return out


def test_date_filter_on_the_canvas_of_many_events(page, tmp_path):
    n = COMPACT_OVER + 100
    events = _synthetic(n, days=10)
    path = render_map(events, tmp_path / "many.html", offline=True)
    assert _open(page, path) == []
    assert page.locator(".ge-event").count() == 0  # compact: one canvas, no DOM node per event
    count = page.locator(".ge-df-count")
    assert count.inner_text() == f"{n} of {n} events"
    painted = "() => { const c = document.querySelector('canvas.ge-points'); " \
              "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; " \
              "let k = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) k++; return k; }"
    page.wait_for_function("window.__geoEventsPaintedAt !== undefined")
    before = page.evaluate(painted)
    page.locator("input.ge-df-to").focus()
    page.keyboard.press("Home")  # only the first day: 2021-01-01
    expected = sum(1 for e in events if e.date.earliest == dt.date(2021, 1, 1))
    assert count.inner_text() == f"{expected} of {n} events"
    page.wait_for_timeout(100)  # the canvas redraws at the next animation frame
    after = page.evaluate(painted)
    assert 0 < after < before
    # Clicking a hidden point opens nothing; clicking a shown one opens its popup with its date.
    mid = page.locator(".leaflet-container").first.get_attribute("id")

    def click_event(ev):
        pt = page.evaluate(f"window['{mid}'].latLngToContainerPoint([{ev.place.lat}, {ev.place.lon}])")
        box = page.locator(f"#{mid}").bounding_box()
        page.mouse.click(box["x"] + pt["x"], box["y"] + pt["y"])

    hidden = next(e for e in events if e.date.earliest != dt.date(2021, 1, 1))
    click_event(hidden)
    page.wait_for_timeout(100)
    assert page.locator(".leaflet-popup-content").count() == 0
    shown = next(e for e in events if e.date.earliest == dt.date(2021, 1, 1))
    click_event(shown)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    assert "2021-01-01" in popup.inner_text() and "Projectiles: 3" in popup.inner_text()
    assert page.errors == []


# ----------------------------------------------------------------------------- measure, full screen


def test_measure_tool_shows_geodesic_distance(page, offline_map):
    from pyproj import Geod

    path, _ = offline_map
    _open(page, path)
    mid = page.locator(".leaflet-container").first.get_attribute("id")
    box = page.locator(f"#{mid}").bounding_box()
    page.locator(".ge-measure-btn").click()
    a, b = (300, 500), (900, 260)  # container pixels, away from markers and panels
    page.mouse.click(box["x"] + a[0], box["y"] + a[1])
    page.mouse.dblclick(box["x"] + b[0], box["y"] + b[1])
    la = page.evaluate(f"window['{mid}'].containerPointToLatLng([{a[0]}, {a[1]}])")
    lb = page.evaluate(f"window['{mid}'].containerPointToLatLng([{b[0]}, {b[1]}])")
    _, _, metres = Geod(ellps="WGS84").inv(la["lng"], la["lat"], lb["lng"], lb["lat"])
    text = page.locator(".ge-measure-total").inner_text()
    shown = float(text.split(":")[1].split("km")[0])
    assert abs(shown - metres / 1000) < 0.1, (text, metres)
    assert "1 leg;" in page.locator(".ge-measure-out").inner_text()
    assert page.locator(".leaflet-popup-content").count() == 0  # measuring opened no popup
    # The double-click ended the measure: more clicks add nothing, and the map did not zoom.
    zoom = page.evaluate(f"window['{mid}'].getZoom()")
    page.mouse.click(box["x"] + 600, box["y"] + 600)
    assert page.locator(".ge-measure-total").inner_text() == text
    assert page.evaluate(f"window['{mid}'].getZoom()") == zoom
    page.evaluate(f"window['{mid}'].closePopup()")  # that click may have opened an event's popup
    # Again, three points, ended with Esc: the total is the sum of the legs.
    page.locator(".ge-measure-btn").click()
    pts = [(200, 200), (500, 300), (700, 650)]
    for x, y in pts:
        page.mouse.click(box["x"] + x, box["y"] + y)
    page.keyboard.press("Escape")
    lls = [page.evaluate(f"window['{mid}'].containerPointToLatLng([{x}, {y}])") for x, y in pts]
    total = sum(Geod(ellps="WGS84").inv(p["lng"], p["lat"], q["lng"], q["lat"])[2] for p, q in zip(lls, lls[1:]))
    shown = float(page.locator(".ge-measure-total").inner_text().split(":")[1].split("km")[0])
    assert abs(shown - total / 1000) < 0.1
    assert "2 legs" in page.locator(".ge-measure-out").inner_text()
    assert page.locator(".leaflet-popup-content").count() == 0  # measuring opened no popup
    assert page.errors == []


def test_fullscreen_takes_only_the_maps_own_container(page, tmp_path):
    a = render_map(sample_events()[:3], tmp_path / "a.html", fragment=True, offline=True, title="A")
    b = render_map([make_event()], tmp_path / "b.html", fragment=True, offline=True, title="B")
    host = tmp_path / "host.html"
    host.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
                    f"{a.read_text(encoding='utf-8')}{b.read_text(encoding='utf-8')}</body></html>", encoding="utf-8")
    _open(page, host)
    page.wait_for_function("document.querySelectorAll('[data-ge-ready]').length === 2")
    second = page.locator(".ge-fragment").nth(1)
    second.locator(".ge-fullscreen-btn").click()
    page.wait_for_function("document.fullscreenElement !== null")
    assert page.evaluate("document.fullscreenElement.id") == second.locator(".leaflet-container").get_attribute("id")
    # the class and the size follow the browser's fullscreenchange event and a layout pass:
    # wait for them (a slow CI machine) rather than read them in the same instant
    cid = second.locator(".leaflet-container").get_attribute("id")
    page.wait_for_function(f"document.getElementById('{cid}').classList.contains('ge-fullscreen')", timeout=5000)
    page.wait_for_function("document.fullscreenElement.clientWidth === 1280 "
                           "&& document.fullscreenElement.clientHeight === 800", timeout=5000)
    second.locator(".ge-fullscreen-btn").click()
    page.wait_for_function("document.fullscreenElement === null")
    page.wait_for_function(f"!document.getElementById('{cid}').classList.contains('ge-fullscreen')", timeout=5000)
    assert page.errors == []


# ----------------------------------------------------------------------------- boundaries


def _square(lon, lat, half=0.5):
    return {"type": "Polygon", "coordinates": [[[lon - half, lat - half], [lon + half, lat - half],
                                                [lon + half, lat + half], [lon - half, lat + half],
                                                [lon - half, lat - half]]]}


def test_boundaries_layer_toggles_and_names_stay_text(page, tmp_path):
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Salah ad-Din"}, "geometry": _square(43.6, 34.6)},
        {"type": "Feature", "properties": {"name": '<img src=x onerror="window.__pwned=11">Diyala'},
         "geometry": _square(45.0, 33.8)},
        {"type": "Feature", "properties": {"name": "a point is not a boundary"},
         "geometry": {"type": "Point", "coordinates": [44, 33]}},
    ]}
    path = render_map(sample_events(), tmp_path / "bounds.html", offline=True, boundaries=fc)
    assert _open(page, path) == []
    lines = page.locator("path.ge-boundary")
    assert lines.count() == 2
    # Outlines only (clicks inside reach the events): hover the bottom edge of the Diyala square.
    edge = lines.nth(1).bounding_box()
    page.mouse.move(edge["x"] + edge["width"] / 2, edge["y"] + edge["height"] - 1)
    tip = page.locator(".ge-boundary-tip")
    tip.wait_for(state="visible")
    assert tip.inner_text() == '<img src=x onerror="window.__pwned=11">Diyala'
    assert tip.locator("img").count() == 0
    box = page.locator(".leaflet-control-layers")
    box.get_by_text("Boundaries").click()
    assert lines.count() == 0
    assert page.locator(".ge-event").count() > 0
    box.get_by_text("Boundaries").click()
    assert lines.count() == 2
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.errors == []
