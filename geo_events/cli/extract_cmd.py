"""``geo-events extract``: the events of the articles, every fact with its sentence, as JSON on stdout."""
from __future__ import annotations

import click

from geo_events.cli.options import pipeline_options


@click.command("extract", short_help="Print the events found in articles as JSON.")
@pipeline_options
def command(inputs, published, encoding, history_days):
    """Extract events from INPUT articles and print them as JSON.

    INPUT is a file, a folder or - for stdin.  Each event lists its date, place, counts
    with every source's figure, launch and trajectories, and every fact with its kind,
    value, qualifier, source, sentence and character span.
    """
    import json

    from geo_events import export, pipeline

    result = pipeline.run(list(inputs), published=published, encoding=encoding, history_days=history_days)
    click.echo(json.dumps(export.events_to_json(result.events), ensure_ascii=False, indent=2))
    from geo_events.cli import report

    report.after_run(result)
