"""What a command tells the user on stderr after its work: the place names it could not resolve."""
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
