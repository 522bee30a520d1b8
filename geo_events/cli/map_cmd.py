"""``geo-events map``: read articles, extract and place events, write an interactive map (and a PNG)."""
from __future__ import annotations

import re

import click

from geo_events.cli.options import gather_events, pipeline_options_optional, slice_options


def _size(ctx, param, value):
    m = re.fullmatch(r"\s*(\d{2,5})\s*[xX\u00d7]\s*(\d{2,5})\s*", value or "")
    if not m:
        raise click.BadParameter(f"{value!r} is not WIDTHxHEIGHT, e.g. 1600x900")
    w, h = int(m.group(1)), int(m.group(2))
    if not (100 <= w <= 10000 and 100 <= h <= 10000):
        raise click.BadParameter(f"{value}: width and height must be 100-10000 pixels")
    return w, h


@click.command("map", short_help="Write an interactive map (HTML) of the events.")
@pipeline_options_optional
@slice_options
@click.option("-o", "--output", default="output/map.html", show_default=True,
              type=click.Path(dir_okay=False), help="HTML file to write (replaced only once complete).")
@click.option("--offline", is_flag=True,
              help="One self-contained file: Leaflet inlined, packaged basemap, no network request.")
@click.option("--fragment", is_flag=True, help="Write an HTML fragment (a <div> and its scripts) to embed in a page.")
@click.option("--png", "png", default=None, type=click.Path(dir_okay=False),
              help="Also write a PNG screenshot (headless Chromium).")
@click.option("--size", default="1600x900", show_default=True, callback=_size, help="PNG size, WIDTHxHEIGHT.")
@click.option("--title", default=None, help="Map title (default: derived from the events).")
@click.option("--subtitle", default=None, help="Line under the title.")
def command(inputs, published, encoding, history_days, store, since, until, bbox, types, output, offline, fragment,
            png, size, title, subtitle):
    """Extract events from INPUT articles and draw them on a Leaflet map.

    INPUT is a file, a folder or - for stdin; files of existing events (GeoJSON, CSV or
    GeoPackage written by geo-events, ACLED-style CSV) are merged with the articles' events.
    With --store, the store's events are mapped too (INPUT may then be omitted), sliced by
    --since, --until, --bbox and --type.  Each event gets a marker whose popup shows the
    date, the projectiles, casualties (every disagreeing figure with its source), responsibility,
    the launch estimate and the sentences it was read from.  Place names that could not be
    resolved are listed on stderr with their best candidates.
    """
    from pathlib import Path

    from geo_events import render

    if png and fragment:
        raise click.UsageError("--png needs a full page; it cannot be combined with --fragment")
    events, result = gather_events(inputs, published=published, encoding=encoding, history_days=history_days,
                                   store=store, since=since, until=until, bbox=bbox, types=types)
    unresolved = list(getattr(result, "unresolved", []) or [])
    if title is None:
        types = sorted({e.event_type for e in events})
        title = (", ".join(types[:3]).capitalize() if types else "No events") + " reported"
    from geo_events.gazetteer import Gazetteer

    # governorate polygons the user imported into the gazetteer, drawn as a toggleable layer
    boundaries = Gazetteer.default().boundaries()
    path = render.render_map(events, output, title=title, subtitle=subtitle, offline=offline, fragment=fragment,
                             boundaries=boundaries,
                             unresolved=unresolved)
    docs = len(getattr(result, "documents", []) or [])
    line = f"{len(events)} event{'s' if len(events) != 1 else ''} from {docs} article{'s' if docs != 1 else ''}"
    if store:
        line += f" and {store}"
    line += f" -> {path}"
    if png:
        # A PNG is taken without network: an online map's tiles would never arrive, so draw an offline twin.
        source = path
        twin = None
        if not offline:
            from geo_events.io import temp_path_beside

            twin = temp_path_beside(png, ".html")
            render.render_map(events, twin, title=title, subtitle=subtitle, offline=True, unresolved=unresolved,
                              boundaries=boundaries)
            source = twin
        try:
            render.render_png(source, png, size=size)
        finally:
            if twin is not None:
                Path(twin).unlink(missing_ok=True)
        line += f", {png}"
    click.echo(line)
    from geo_events.cli import report

    report.after_run(result)
