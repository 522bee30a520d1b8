"""``geo-events export``: read articles, extract and map events, write GeoJSON/GeoPackage/KML/CSV."""
from __future__ import annotations

import click

from geo_events.cli.options import gather_events, pipeline_options_optional, slice_options

FORMAT_CHOICES = ("geojson", "geojsonseq", "gpkg", "kml", "csv", "parquet")


@click.command("export", short_help="Write events as GeoJSON, GeoPackage, KML or CSV.")
@pipeline_options_optional
@slice_options
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, writable=True),
    help="Output file; its suffix gives the format (.geojson .geojsons .gpkg .kml .csv .parquet) unless --format.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMAT_CHOICES, case_sensitive=False),
    default=None,
    help="Output format (default: from the output file's suffix).",
)
@click.option(
    "--precision",
    type=click.IntRange(0, 15),
    default=6,
    show_default=True,
    help="Decimals kept for coordinates (6 is about 0.1 m).",
)
@click.option(
    "--split",
    is_flag=True,
    help="GeoJSON only: one file per geometry type (OUTPUT_points, _lines, _polygons).",
)
@click.option(
    "--sequence",
    is_flag=True,
    help="GeoJSON Text Sequence (RFC 8142): one feature per record; same as --format geojsonseq.",
)
def command(inputs, published, encoding, history_days, store, since, until, bbox, types, output, fmt, precision, split,
            sequence):
    """Extract events from INPUT articles and write them to OUTPUT.

    INPUT is a file, a folder or - for stdin; files of existing events (GeoJSON, CSV or
    GeoPackage written by geo-events, ACLED-style CSV) are merged with the articles' events.
    With --store, the store's events are written too (INPUT may then be omitted), sliced by
    --since, --until, --bbox and --type.  GeoJSON follows RFC 7946: one feature per
    event, impact site, launch site, trajectory and launch area, told apart by
    properties.kind.  GeoPackage has one layer per kind; KML one folder per kind.
    An existing OUTPUT is replaced only once the new file is complete.
    """
    from geo_events import export

    if sequence:
        if fmt not in (None, "geojsonseq"):
            raise click.UsageError("--sequence writes GeoJSON Text Sequences; it cannot be combined with --format " + fmt)
        fmt = "geojsonseq"
    # Check the output format before the (slower) pipeline runs: a typo fails at once.
    fmt = export.format_for(output, fmt)
    if split and fmt != "geojson":
        raise click.UsageError("--split applies to GeoJSON output only")

    events, _result = gather_events(inputs, published=published, encoding=encoding, history_days=history_days,
                                    store=store, since=since, until=until, bbox=bbox, types=types)
    if split:
        paths = export.write_geojson_split(events, output, precision=precision)
        click.echo(f"Wrote {len(events)} events to {', '.join(str(p) for p in paths)}", err=True)
    else:
        path = export.write(events, output, format=fmt, precision=precision)
        click.echo(f"Wrote {len(events)} events to {path} ({fmt})", err=True)
    from geo_events.cli import report

    report.after_run(_result)
