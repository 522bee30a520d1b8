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
    if any(p.record_id.startswith("geonames:") for p in places):
        from ..gazetteer import GEONAMES_ATTRIBUTION

        click.echo(f"Data: {GEONAMES_ATTRIBUTION}")


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
    if p.polygon:
        click.echo(f"{'polygon':11} {p.polygon.get('type')} from {gz.polygon_source(record_id)}")
    if p.layer == "geonames" or record_id.startswith("geonames:") or "GeoNames" in (gz.source(record_id) or ""):
        click.echo(f"{'credit':11} {GEONAMES_ATTRIBUTION}")


@command.command("stats")
def stats():
    """Count records per layer and feature."""
    from ..gazetteer import GEONAMES_ATTRIBUTION, Gazetteer

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
        try:
            size = f" ({gz.cache_path.stat().st_size / 1e6:.1f} MB)"
        except OSError:
            size = ""  # another process rebuilt the index and removed this file meanwhile
        click.echo(f"index cache: {gz.cache_path}{size}")
    if gz.store is not None:
        counts = gz.store.counts()
        click.echo(f"user store: {gz.store.path} ({counts['places']} imported places, {counts['keys']} names, "
                   f"{counts['polygons']} polygons)")
    click.echo(f"Data: {GEONAMES_ATTRIBUTION}; airports: airportsdata (MIT); curated rows: see their source")


@command.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False), metavar="FILE...")
@click.option("--name-field", default=None, help="Boundary files: the property holding the area's name.")
def import_(files, name_field):
    """Import GeoNames dumps (XX.txt, XX.zip, allCountries.zip), alternateNamesV2, or boundary
    polygons (GeoJSON/GeoPackage) into the user store ($GEO_EVENTS_HOME or the user data folder)."""
    from ..gazetteer import Gazetteer, UserStore

    store = UserStore.open(create=True)
    for f in files:
        low = f.lower()
        if low.endswith((".geojson", ".json", ".gpkg")):
            gz = Gazetteer.load()
            gz.attach_store(store)
            attached, added = store.import_boundaries(f, gz, name_field=name_field)
            click.echo(f"{f}: {attached} polygons attached to governorates, {added} new areas")
        elif "alternatenames" in low.rsplit("/", 1)[-1]:
            click.echo(f"{f}: {store.import_alternate_names(f)} alternate names")
        else:
            click.echo(f"{f}: {store.import_geonames(f)} GeoNames records")
    click.echo(f"store: {store.path}")
    click.echo("Data: GeoNames (geonames.org), CC-BY 4.0")


@command.command("download")
@click.argument("countries", nargs=-1, required=True, metavar="CC...")
@click.option("--base-url", default="https://download.geonames.org/export/dump/", show_default=True,
              help="Where the GeoNames dump files are served.")
def download(countries, base_url):
    """Download GeoNames country dumps (e.g. IQ SY) and import them into the user store."""
    import re
    import shutil
    import urllib.error
    import urllib.request

    from ..gazetteer import UserStore, data_dir
    from ..io import atomic_write

    store = UserStore.open(create=True)
    folder = data_dir() / "downloads"
    for cc in countries:
        cc = cc.upper()
        if not re.fullmatch(r"[A-Z]{2}|allCountries", cc if cc != "ALLCOUNTRIES" else "allCountries"):
            raise click.BadParameter(f"{cc!r} is not a two-letter country code", param_hint="CC")
        url = base_url.rstrip("/") + f"/{cc}.zip"
        target = folder / f"{cc}.zip"
        try:
            with urllib.request.urlopen(url, timeout=60) as resp, atomic_write(target, "wb") as out:
                shutil.copyfileobj(resp, out)
        except urllib.error.HTTPError as exc:
            raise click.ClickException(f"{url}: the server answered {exc.code} {exc.reason}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise click.ClickException(f"{url}: cannot download ({getattr(exc, 'reason', exc)})") from None
        click.echo(f"{cc}: {store.import_geonames(target)} GeoNames records from {url}")
    click.echo(f"store: {store.path}")
    click.echo("Data: GeoNames (geonames.org), CC-BY 4.0")
