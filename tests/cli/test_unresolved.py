"""Place names the gazetteer cannot place are listed on stderr, never silently dropped."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from geo_events.cli.main import cli

ARTICLE = ("Four rockets struck the Zorglubistan Forward Operating Base on Monday, officials said. "
           "Nobody was hurt.\n")


@pytest.mark.parametrize("command", ["map", "extract", "export"])
def test_unresolved_target_is_reported_with_its_article(tmp_path, command):
    art = tmp_path / "report.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / ("m.html" if command == "map" else "e.geojson")
    args = [command, str(art), "--published", "2023-11-21"] + (["-o", str(out)] if command != "extract" else [])
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == 0, res.output
    lines = [line for line in res.stderr.splitlines() if line.startswith("unresolved")]
    assert len(lines) == 1 and "Zorglubistan" in lines[0] and "report.txt" in lines[0]
