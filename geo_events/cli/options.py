"""Options shared by several commands, as reusable decorators (like rasterio's rio/options.py)."""
from __future__ import annotations

import datetime as dt

import click


class DateParam(click.ParamType):
    name = "DATE"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(f"{value!r} is not a date in YYYY-MM-DD form", param, ctx)


inputs_arg = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")

published_opt = click.option(
    "--published",
    type=DateParam(),
    default=None,
    help="Publication date of the articles (YYYY-MM-DD) when neither their sidecar, front matter nor a date line "
    "at the top of the text gives one; relative dates such as 'Monday evening' are resolved against it.",
)

encoding_opt = click.option(
    "--encoding", default=None, help="Force the text encoding of the inputs (default: detected)."
)

history_opt = click.option(
    "--history-days",
    type=click.IntRange(min=0),
    default=180,
    show_default=True,
    help="Attacks dated more than this many days before the article's publication are background, not events.",
)


def pipeline_options(f):
    """The options every command that reads articles shares."""
    for deco in reversed((inputs_arg, published_opt, encoding_opt, history_opt)):
        f = deco(f)
    return f


# ----------------------------------------------------------------- optional inputs and the store

optional_inputs_arg = click.argument("inputs", nargs=-1, required=False, metavar="[INPUT]...")


def pipeline_options_optional(f):
    """:func:`pipeline_options` where INPUT may be omitted (when ``--store`` gives the events)."""
    for deco in reversed((optional_inputs_arg, published_opt, encoding_opt, history_opt)):
        f = deco(f)
    return f


def _bbox(ctx, param, value):
    if value is None:
        return None
    parts = [p.strip() for p in str(value).split(",")]
    try:
        w, s, e, n = (float(p) for p in parts)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not W,S,E,N in degrees, e.g. 38,29,49,38") from None
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise click.BadParameter(f"{value!r}: need -180<=W,E<=180 and -90<=S<=N<=90 (W > E crosses the antimeridian)")
    return (w, s, e, n)


def _types(ctx, param, value):
    from geo_events.models import EVENT_TYPES

    known = {t.lower(): t for t in EVENT_TYPES}
    out = []
    for v in value or ():
        t = known.get(v.strip().lower())
        if t is None:
            raise click.BadParameter(f"{v!r} is not an event type; choose from {', '.join(EVENT_TYPES)}")
        out.append(t)
    return tuple(out)


store_opt = click.option(
    "--store", "store", default=None, type=click.Path(dir_okay=False),
    help="Event store (GeoPackage written by geo-events ingest): its events are added to the INPUTs' events.",
)
since_opt = click.option("--since", type=DateParam(), default=None,
                         help="Keep events whose date span ends on or after DATE (YYYY-MM-DD).")
until_opt = click.option("--until", type=DateParam(), default=None,
                         help="Keep events whose date span starts on or before DATE (YYYY-MM-DD).")
bbox_opt = click.option("--bbox", default=None, callback=_bbox, metavar="W,S,E,N",
                        help="Keep events whose place lies in this box (degrees, WGS 84).")
type_opt = click.option("--type", "types", multiple=True, callback=_types, metavar="TYPE",
                        help="Keep events of this type ('rocket attack', 'drone attack' ...); repeatable.")


def slice_options(f):
    """``--store`` and the options that slice the events: ``--since --until --bbox --type``."""
    for deco in reversed((store_opt, since_opt, until_opt, bbox_opt, type_opt)):
        f = deco(f)
    return f


def gather_events(inputs, *, published, encoding, history_days, store, since, until, bbox, types):
    """Events of the INPUTs merged into the store's (if any), then sliced; and the pipeline result.

    Returns
    -------
    (list of Event, Result or None)
    """
    from geo_events import store as store_mod

    if not inputs and not store:
        raise click.UsageError("give INPUT articles or event files, or --store STORE")
    if since and until and since > until:
        raise click.UsageError(f"--since {since} is after --until {until}")
    result = None
    events = store_mod.read_events(store) if store else []
    if inputs:
        from geo_events import pipeline
        from geo_events.reconcile import merge_events

        result = pipeline.run(list(inputs), published=published, encoding=encoding, history_days=history_days,
                              progress=True)
        events = merge_events(events, list(result.events)) if store else list(result.events)
    if since or until or bbox or types:
        events = store_mod.select(events, since=since, until=until, bbox=bbox, types=types or None)
    return events, result
