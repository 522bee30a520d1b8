"""Entry point: the ``geo-events`` click group.

Commands live in their own modules and import heavy libraries inside their bodies,
so ``geo-events --help`` starts fast.
"""
from __future__ import annotations

import click

from .. import __version__
from .errors import GeoEventsGroup


@click.group(cls=GeoEventsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="geo-events")
def cli():
    """Map attacks reported in news articles (English, French, Arabic).

    Place data: GeoNames (CC-BY 4.0), airportsdata, geo-events curated gazetteer.
    """


# Each module defines a click command named ``command``; they import only click at top level.
COMMAND_MODULES = ("map", "export", "extract", "geocode", "gazetteer", "ingest")


def _register():
    import importlib

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"{__package__}.{name}_cmd")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.{name}_cmd":
                raise
            continue
        cli.add_command(module.command)


_register()
