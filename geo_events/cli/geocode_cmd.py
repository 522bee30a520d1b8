"""``geo-events geocode NAME...``: look names up in the offline gazetteer."""
from __future__ import annotations

import click


@click.command("geocode")
@click.argument("names", nargs=-1, required=True, metavar="NAME...")
@click.option("--country", "country", default=None, metavar="CC",
              help="Country focus (ISO alpha-2, e.g. IQ): its places win over namesakes elsewhere.")
@click.option("--cue", default=None, metavar="FEATURE",
              help="Feature read beside the name: airbase, base, village, town, city, province, embassy ...")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def command(names, country, cue, as_json):
    """Geocode place NAMEs offline (curated gazetteer, airports, GeoNames).

    Exits with status 1 when any name stays unresolved; its best candidates are shown.
    """
    import json
    from dataclasses import asdict

    from ..gazetteer import GEONAMES_ATTRIBUTION, Gazetteer

    gz = Gazetteer.default()
    results = []
    for name in names:
        r = gz.resolve(name, cue=cue, country=country)
        results.append((name, r))

    unresolved = [n for n, r in results if r.place is None]
    if as_json:
        out = []
        for name, r in results:
            out.append({
                "query": name,
                "resolved": r.place is not None,
                "place": _plain(asdict(r.place)) if r.place else None,
                "reason": r.reason,
                "candidates": [_plain(asdict(p)) for p in r.candidates[:5]],
            })
        click.echo(json.dumps({"results": out, "attribution": GEONAMES_ATTRIBUTION}, ensure_ascii=False, indent=2))
    else:
        header = ("name", "lat", "lon", "feature", "precision", "radius_km", "confidence", "layer:record")
        rows = []
        for name, r in results:
            p = r.place
            if p:
                rows.append((name, f"{p.lat:.5f}", f"{p.lon:.5f}", p.feature, p.precision, f"{p.radius_km:g}",
                             f"{p.confidence:.2f}", p.record_id))
            else:
                rows.append((name, "-", "-", "-", "-", "-", "-", "unresolved"))
        widths = [max(len(str(row[i])) for row in rows + [header]) for i in range(len(header))]
        for row in [header] + rows:
            click.echo("  ".join(str(v).ljust(w) for v, w in zip(row, widths)).rstrip())
        for name, r in results:
            if r.place is None:
                click.echo(f"\n{name!r} unresolved: {r.reason}", err=True)
                for p in r.candidates[:5]:
                    click.echo(f"  candidate {p.name} ({p.record_id}) {p.lat:.4f}, {p.lon:.4f} {p.feature} "
                               f"{p.country or ''} match {p.confidence:.2f}", err=True)
        if any(r.place and (r.place.layer == "geonames" or r.place.record_id.startswith("geonames:"))
               for _, r in results):
            click.echo(f"\nData: {GEONAMES_ATTRIBUTION}")
    if unresolved:
        raise SystemExit(1)


def _plain(d: dict) -> dict:
    d.pop("polygon", None)
    return d
