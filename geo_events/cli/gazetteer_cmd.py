"""``geo-events gazetteer search|show|stats``: inspect the offline gazetteer."""
from __future__ import annotations

import click


@click.group("gazetteer")
def command():
    """Inspect the offline gazetteer (curated rows, airports, GeoNames)."""


@command.command("search")
@click.argument("query")
@click.option("--limit", type=click.IntRange(1, 100), default=10, show_default=True)
@click.option("--no-fuzzy", is_flag=True, help="Exact normalised matches only.")
def search(query, limit, no_fuzzy):
    """List the records whose names match QUERY, best first."""
    from ..gazetteer import Gazetteer

    gz = Gazetteer.default()
    places = gz.candidates(query, limit=limit, fuzzy=not no_fuzzy)
    if not places:
        click.echo(f"no record matches {query!r}")
        raise SystemExit(1)
    for p in places:
        click.echo(f"{p.record_id:32} {p.name[:40]:40} {p.lat:9.5f} {p.lon:10.5f} {p.feature:15} "
                   f"{p.country or '':2} match {p.confidence:.2f}")


@command.command("show")
@click.argument("record_id", metavar="ID")
def show(record_id):
    """Show one record (e.g. curated:balad-air-base, geonames:387358, icao:ORBD, country:IQ)."""
    from ..gazetteer import GEONAMES_ATTRIBUTION, Gazetteer

    gz = Gazetteer.default()
    p = gz.get(record_id)
    if p is None:
        raise click.ClickException(f"{record_id}: no such gazetteer record (ids look like curated:balad-air-base, "
                                   "geonames:387358, icao:ORBD, country:IQ)")
    for label, value in (("id", p.record_id), ("name", p.name), ("lat", p.lat), ("lon", p.lon),
                         ("feature", p.feature), ("precision", p.precision), ("radius_km", p.radius_km),
                         ("country", p.country or ""), ("admin1", p.admin1 or ""), ("population", p.population),
                         ("layer", p.layer), ("source", gz.source(record_id))):
        click.echo(f"{label:11} {value}")
    if p.layer == "geonames" or "GeoNames" in (gz.source(record_id) or ""):
        click.echo(f"{'credit':11} {GEONAMES_ATTRIBUTION}")


@command.command("stats")
def stats():
    """Count records per layer and feature."""
    from ..gazetteer import Gazetteer

    gz = Gazetteer.default()
    total = 0
    for layer, features in sorted(gz.stats().items()):
        n = sum(features.values())
        total += n
        click.echo(f"{layer}: {n}")
        for feature, count in sorted(features.items(), key=lambda kv: -kv[1]):
            click.echo(f"  {feature:16} {count}")
    click.echo(f"total: {total}")
    if gz.cache_path:
        click.echo(f"index cache: {gz.cache_path} ({gz.cache_path.stat().st_size / 1e6:.1f} MB)")
