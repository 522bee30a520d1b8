"""The map HTML without a browser: popups, escaping, offline/fragment output, determinism, CLI."""
from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import json
import re

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from factories import hostile_event, make_event, make_place, sample_events
from geo_events.errors import InputError, OutputError
from geo_events.models import DateSpan, Figure
from geo_events.render import build_map, popup_html, render_html, render_map, render_png


def _text(html: str) -> str:
    return BeautifulSoup(html, "html.parser").get_text(" ", strip=True)


def _payload(html: str) -> dict:
    m = re.search(r"geoEvents\.draw\([^{]*\{[^}]*\}, (\".*?\")\);", html, re.S)
    assert m, "no geoEvents.draw call in the page"
    return json.loads(json.loads(m.group(1)))


def test_popup_shows_headline_counts_and_disputed_figures_with_sources():
    ev = make_event()
    text = _text(popup_html(ev))
    assert "rocket attack \u2014 Balad Air Base" in text
    assert "2021-03-15 (day; \u201cMonday evening\u201d)" in text
    assert "at least 7" in text and "Katyusha" in text
    assert "2 at Balad Air Base" in text and "5 at al-Bou Hassan" in text
    assert "1 \u2014 AFP" in text and "2 \u2014 Atalayar" in text
    assert "Blamed on pro-Iran factions" in text and "not claimed" in text
    assert re.search(r"\d+ km, azimuth \d+\u00b0 \(\w+\): within range for Katyusha", text)
    assert "estimated point, \u00b112 km" in text


def test_popup_quotes_each_sentence_under_its_source():
    ev = make_event()
    soup = BeautifulSoup(popup_html(ev), "html.parser")
    blocks = soup.select(".ge-src")
    assert [b.strong.get_text() for b in blocks] == ["AFP", "Atalayar"]
    fr_quotes = " ".join(q.get_text() for q in blocks[1].select("blockquote"))
    assert "Au moins sept roquettes" in fr_quotes and "Seven rockets" not in fr_quotes
    en_quotes = [q.get_text() for q in blocks[0].select("blockquote")]
    assert len(en_quotes) == len({f.evidence.sentence for f in ev.frames[0].facts})  # one quote per sentence
    assert blocks[0].a["href"] == "https://example.org/news/balad"
    assert "noopener" in blocks[0].a["rel"]


def test_agreeing_figure_is_one_line_and_week_precision_is_said():
    ev = make_event(injured=Figure(1, 1, 1, [(1, None, "AFP", None), (1, None, "Atalayar", None)]),
                    date=DateSpan(dt.date(2021, 3, 8), dt.date(2021, 3, 14), "week", "last week"))
    text = _text(popup_html(ev))
    assert "Injured 1 (AFP, Atalayar)" in text
    assert "2021-03-08 to 2021-03-14 (week; \u201clast week\u201d)" in text


def test_low_confidence_place_is_said_in_popup():
    ev = make_event(place=make_place("Kirkuk", 35.47, 44.39, precision="town", confidence=0.4))
    assert "low confidence" in _text(popup_html(ev))
    assert "low confidence" not in _text(popup_html(make_event()))


def test_hostile_text_is_escaped_everywhere():
    html = render_html([hostile_event()], title="<script>window.__pwned=1</script>", offline=False)
    soup = BeautifulSoup(html, "html.parser")
    # Only our own scripts: Leaflet's loader, map.js, the folium script. No article text becomes a tag.
    assert len(soup.find_all("script")) == 3
    assert not soup.find_all("img")
    assert "</script><script>window.__pwned" not in html
    popup = popup_html(hostile_event())
    psoup = BeautifulSoup(popup, "html.parser")
    assert not psoup.find_all(["script", "img", "svg"])
    assert all(a["href"].startswith("https://") for a in psoup.find_all("a"))
    assert "javascript:window.__pwned=6" in psoup.get_text()  # a bad URL is shown as text, not a link
    assert not any(k.startswith("on") for tag in psoup.find_all(True) for k in tag.attrs)


def test_offline_page_requests_nothing():
    html = render_html(sample_events(), offline=True)
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find_all("script", src=True)
    assert not soup.find_all("link")
    assert "cdn." not in html and "tile.openstreetmap" not in html
    payload = _payload(html)
    assert payload["basemap"]["features"]
    assert payload["towns"]
    assert "GeoNames" in payload["attribution"] and "Natural Earth" in payload["attribution"]


def test_online_page_credits_geonames_and_osm_tiles():
    html = render_html([make_event()])
    assert "openstreetmap" in html.lower()
    assert "GeoNames" in _payload(html)["attribution"]


def test_every_placed_event_gets_a_marker_and_unplaced_ones_a_note():
    events = sample_events()
    payload = _payload(render_html(events, offline=True))
    assert [e["id"] for e in payload["events"]] == [e.event_id for e in events if e.place]
    assert "Tal Abyad camp" in payload["notes"]
    shapes = {e["id"]: e["shape"] for e in payload["events"]}
    assert shapes["ev-20210315-balad"] == "pin"
    assert shapes["ev-20210305-kirkuk"] == "dot"
    assert shapes["ev-20210310-anbar"] == "area"
    (s, w), (n, e) = payload["bounds"]
    assert s <= 32.0 and n >= 36.2 and w <= 40.5 and e >= 44.5  # Anbar's polygon and Erbil inside


def test_trajectory_arrow_points_at_the_target():
    ev = make_event()
    tr = ev.trajectories[0]
    t = _payload(render_html([ev], offline=True))["trajectories"][0]
    assert t["verdict"] == "within"
    # Launch is east of Balad: the arrow at the impact points west (about 282 degrees).
    assert abs(t["bearing"] - tr.azimuth_deg) < 2
    assert t["coords"][-1] == [round(tr.impact_lat, 5), round(tr.impact_lon, 5)]


def test_unresolved_names_are_listed():
    cand = make_place("Saadiyat al-Shat", 33.9, 44.9, precision="town", confidence=0.3)
    html = render_html([make_event()], unresolved=[("Saadiyat al-Chat", "doc-fr", "…", [cand])])
    assert "Saadiyat al-Chat (candidates: Saadiyat al-Shat)" in _payload(html)["notes"]


def test_same_input_same_bytes_and_fragments_get_distinct_ids(tmp_path):
    a1 = render_map(sample_events(), tmp_path / "a.html", offline=True).read_bytes()
    a2 = render_map(sample_events(), tmp_path / "a.html", offline=True).read_bytes()
    assert a1 == a2
    f1 = render_map([make_event()], tmp_path / "f1.html", fragment=True).read_text(encoding="utf-8")
    f2 = render_map([make_event()], tmp_path / "f2.html", fragment=True).read_text(encoding="utf-8")
    assert "<html" not in f1.lower() and "<body" not in f1.lower()
    ids1 = set(re.findall(r'id="([^"]+)"', f1))
    ids2 = set(re.findall(r'id="([^"]+)"', f2))
    assert ids1 and not ids1 & ids2


def test_failed_render_leaves_existing_file_intact(tmp_path):
    out = tmp_path / "map.html"
    out.write_text("previous map", encoding="utf-8")
    broken = make_event()
    broken.place = "not a place"  # what a buggy upstream stage might hand over
    with pytest.raises(Exception):
        render_map([broken], out)
    assert out.read_text(encoding="utf-8") == "previous map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_unwritable_output_is_an_output_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="file"):
        render_map([make_event()], blocker / "map.html")


def test_many_events_switch_to_compact_rows():
    base = make_event()
    events = [dataclasses.replace(base, event_id=f"ev-{i}", place=make_place(f"P{i}", 30 + i * 0.01, 40 + i * 0.01))
              for i in range(50)]
    m = build_map(events, compact_over=10, offline=False)
    payload = next(c for c in m._children.values() if type(c).__name__ == "GeoEventsLayer").payload
    assert len(payload["pts"]["id"]) == 50 and payload["events"] == []
    assert "compact display" in payload["notes"]


def test_png_without_chromium_is_a_clear_error(tmp_path, monkeypatch):
    html = render_map([make_event()], tmp_path / "m.html", offline=True)
    monkeypatch.setenv("GEO_EVENTS_CHROMIUM", str(tmp_path / "no-chromium"))
    with pytest.raises(OutputError, match="no Chromium"):
        render_png(html, tmp_path / "m.png")
    assert not (tmp_path / "m.png").exists()


# ----------------------------------------------------------------------------- CLI

needs_pipeline = pytest.mark.skipif(importlib.util.find_spec("geo_events.pipeline") is None,
                                    reason="geo_events.pipeline is not written yet")


@pytest.fixture
def cli():
    from geo_events.cli.main import cli as group

    return group


def test_map_command_is_registered_and_documents_its_options(cli):
    res = CliRunner().invoke(cli, ["map", "--help"])
    assert res.exit_code == 0
    for opt in ("--offline", "--fragment", "--png", "--size", "--title", "--published", "--history-days"):
        assert opt in res.output


def test_map_command_rejects_a_bad_size(cli, tmp_path):
    res = CliRunner().invoke(cli, ["map", str(tmp_path), "--png", str(tmp_path / "x.png"), "--size", "big"])
    assert res.exit_code == 2 and "WIDTHxHEIGHT" in res.output


@needs_pipeline
def test_map_command_on_articles(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Three rockets hit Balad air base north of Baghdad on Monday, a security official said.\n",
                       encoding="utf-8")
    out = tmp_path / "out" / "map.html"
    res = CliRunner().invoke(cli, ["map", str(article), "--published", "2021-03-16", "-o", str(out), "--offline"])
    assert res.exit_code == 0, res.output
    assert re.search(r"\d+ events? from 1 article -> .*map\.html", res.output)
    assert "geoEvents.draw" in out.read_text(encoding="utf-8")


@needs_pipeline
def test_map_command_bad_input_keeps_existing_output(cli, tmp_path):
    out = tmp_path / "map.html"
    out.write_text("previous", encoding="utf-8")
    res = CliRunner().invoke(cli, ["map", str(tmp_path / "missing.txt"), "-o", str(out)])
    assert res.exit_code != 0
    assert "Traceback" not in res.output and len(res.output.strip().splitlines()) == 1
    assert out.read_text(encoding="utf-8") == "previous"


def test_event_dates_reach_the_map_as_day_spans():
    week = make_event(date=DateSpan(dt.date(2021, 3, 8), dt.date(2021, 3, 14), "week", "last week"))
    undated = make_event(event_id="ev-undated", date=None)
    payload = _payload(render_html([make_event(), week, undated], offline=True))
    days = [e.get("d") for e in payload["events"]]
    epoch = dt.date(1970, 1, 1)
    assert days[0] == [(dt.date(2021, 3, 15) - epoch).days] * 2
    assert days[1] == [(dt.date(2021, 3, 8) - epoch).days, (dt.date(2021, 3, 14) - epoch).days]
    assert days[2] is None
    # Every impact, launch, trajectory and launch area names its event, so the date filter hides it too.
    for kind in ("impacts", "launches", "trajectories", "areas"):
        assert {x["e"] for x in payload[kind]} == {0, 1, 2}, kind


def test_boundaries_are_escaped_rounded_and_only_polygons():
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "<b>Diyala</b>"},
         "geometry": {"type": "Polygon", "coordinates": [[[44.123456789, 33.1], [45, 33.1], [45, 34], [44.123456789, 33.1]]]}},
        {"type": "Feature", "properties": {"name": "a point"}, "geometry": {"type": "Point", "coordinates": [44, 33]}},
        {"type": "Feature", "properties": {}, "geometry": None},
    ]}
    html = render_html([make_event()], offline=True, boundaries=fc)
    b = _payload(html)["boundaries"]
    assert [x["name"] for x in b] == ["&lt;b&gt;Diyala&lt;/b&gt;"]
    assert b[0]["geom"]["coordinates"][0][0] == [44.1235, 33.1]
    assert re.search(r"boundaries: feature_group_", html)  # its own toggleable group
    assert not re.search(r"boundaries: feature_group_", render_html([make_event()], offline=True))


@pytest.mark.parametrize("bad", [{"type": "Feature"}, [], {"features": [{"geometry": {"type": "Polygon",
                                                                                     "coordinates": 5}}]}])
def test_bad_boundaries_are_an_input_error(bad, tmp_path):
    with pytest.raises(InputError, match="boundaries"):
        render_map([make_event()], tmp_path / "m.html", boundaries=bad)
    assert not (tmp_path / "m.html").exists()


def test_compact_columns_are_small_and_carry_dates():
    base = make_event()
    events = [dataclasses.replace(base, event_id=f"ev-{i}", place=make_place(f"P{i}", 30 + i * 0.01, 40 + i * 0.01))
              for i in range(300)]
    m = build_map(events, compact_over=10, offline=True)
    pts = next(c for c in m._children.values() if type(c).__name__ == "GeoEventsLayer").payload["pts"]
    assert pts["d0"][0] == (dt.date(2021, 3, 15) - dt.date(1970, 1, 1)).days and pts["d1"][0] == 0
    assert pts["weapons"][pts["w"][0]] == "Katyusha" and pts["n"][0] == "at least 7"
    # The page budget is 150 bytes per event; the columns take well under it.
    assert len(json.dumps(pts, ensure_ascii=False, separators=(",", ":"))) / len(events) < 100
