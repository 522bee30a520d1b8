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
    help="Publication date of the articles (YYYY-MM-DD) when their front matter or sidecar has none; "
    "relative dates such as 'Monday evening' are resolved against it.",
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
