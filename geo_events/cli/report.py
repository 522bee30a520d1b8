"""What a command tells the user on stderr after its work: the place names it could not resolve, the articles with no
publication date."""
from __future__ import annotations

import click


def unresolved(items, limit: int = 3) -> None:
    """One line per unresolved place name (deduplicated by name and article), with its best candidates.

    Names are never silently dropped: an analyst reads this list to add a gazetteer entry or fix a spelling.
    """
    seen = set()
    for item in items or []:
        key = (item.name, item.doc_id, item.role)
        if key in seen:
            continue
        seen.add(key)
        cands = "; ".join(
            f"{c.name} ({c.country or '?'}, {c.feature}, {c.lat:.4f},{c.lon:.4f}, confidence {c.confidence:.2f})"
            for c in list(item.candidates or [])[:limit]
        )
        click.echo(f"unresolved {item.role} {item.name!r} in {item.doc_id}: "
                   + (f"best candidates: {cands}" if cands else (item.reason or "no candidate")), err=True)


def undated(documents, limit: int = 5) -> None:
    """One line per article with no publication date (at most ``limit``, then how many more).

    Without one, relative dates ("Monday", "hier soir", "أمس") stay unresolved and the article's events are undated:
    the analyst is told which articles, and how to give the date.
    """
    missing = [d.doc_id for d in documents or [] if d.published is None]
    for doc_id in missing[:limit]:
        click.echo(f"no publication date for {doc_id}: relative dates such as 'Monday' stay unresolved; "
                   "give it a date line, a sidecar (published) or --published YYYY-MM-DD", err=True)
    if len(missing) > limit:
        click.echo(f"... and {len(missing) - limit} more articles with no publication date", err=True)


def after_run(result) -> None:
    """What every command that read articles tells after its work: the undated articles, then the unresolved names.

    ``result`` is the pipeline's :class:`~geo_events.pipeline.Result`, or None when only event files were read.
    """
    if result is not None:
        undated(result.documents)
        unresolved(result.unresolved)
