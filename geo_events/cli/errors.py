"""Turn library errors into one-line messages and a non-zero exit, never a traceback."""
from __future__ import annotations

import click

from ..errors import GeoEventsError


class GeoEventsGroup(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GeoEventsError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)
        except OSError as exc:
            name = getattr(exc, "filename", None)
            msg = f"{name}: {exc.strerror}" if name and exc.strerror else str(exc)
            raise click.ClickException(msg) from None
