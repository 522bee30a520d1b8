"""``geo-events ingest``: add articles or event files to an event store (a GeoPackage)."""
from __future__ import annotations

import click

from geo_events.cli.options import pipeline_options


@click.command("ingest", short_help="Add articles or events to an event store (GeoPackage).")
@pipeline_options
@click.option("--store", "store", required=True, type=click.Path(dir_okay=False),
              help="The store: a GeoPackage, created if absent, read by QGIS and by geo-events map --store.")
def command(inputs, published, encoding, history_days, store):
    """Extract events from INPUT and add them to STORE, merging incidents already there.

    INPUT is an article file, a folder, - for stdin, or a file of existing events (GeoJSON,
    CSV or GeoPackage written by geo-events, ACLED-style CSV).  The store holds the layers of
    geo-events export --format gpkg plus each event's full record.  Each ingest is one
    transaction: on any error, or if interrupted, the store is left exactly as it was.
    """
    from pathlib import Path

    from geo_events import pipeline, store as store_mod

    if Path(store).exists():
        store_mod.open_store(store).close()  # not a store: fail before the (slower) pipeline runs
    result = pipeline.run(list(inputs), published=published, encoding=encoding, history_days=history_days,
                          progress=True)
    summary = store_mod.ingest(store, result.events)
    click.echo(str(summary))
    from geo_events.cli import report

    report.after_run(result)
