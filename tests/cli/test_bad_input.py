"""Bad input: one line naming the path and the problem, a non-zero exit, no traceback,
and an existing output left whole."""
from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from geo_events.cli.main import cli


def run(*args):
    return CliRunner().invoke(cli, list(args))


def check_error(res, path):
    assert res.exit_code != 0
    assert "Traceback" not in res.output
    lines = [line for line in res.output.strip().splitlines() if line.strip()]
    assert len(lines) == 1, res.output
    assert str(path) in lines[0]


@pytest.mark.parametrize("command", ["map", "export", "extract"])
def test_missing_path(tmp_path, command):
    missing = tmp_path / "nope.txt"
    args = [command, str(missing)] + (["-o", str(tmp_path / "out.geojson")] if command == "export" else [])
    check_error(run(*args), missing)


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    check_error(run("map", str(empty), "-o", str(tmp_path / "m.html")), empty)


def test_binary_file(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    check_error(run("map", str(binary), "-o", str(tmp_path / "m.html")), binary)


def test_folder_without_articles(tmp_path):
    folder = tmp_path / "empty_folder"
    folder.mkdir()
    check_error(run("map", str(folder), "-o", str(tmp_path / "m.html")), folder)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder whatever its mode")
def test_unreadable_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text("Rockets hit Erbil on Monday.")
    folder.chmod(0)
    try:
        check_error(run("map", str(folder), "-o", str(tmp_path / "m.html")), folder)
    finally:
        folder.chmod(0o755)


def test_unreadable_file_even_for_root(tmp_path):
    # A path that is not a regular file cannot be read by anyone: a socket-like special name.
    target = tmp_path / "article.txt"
    target.mkdir()  # a folder named like an article, inside nothing
    check_error(run("map", str(target), "-o", str(tmp_path / "m.html")), target)


@pytest.mark.parametrize("command,suffix", [("map", ".html"), ("export", ".geojson")])
def test_a_failed_run_leaves_the_existing_output_whole(tmp_path, command, suffix):
    out = tmp_path / f"previous{suffix}"
    out.write_text("previous content that must survive")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    res = run(command, str(bad), "-o", str(out))
    assert res.exit_code != 0
    assert out.read_text() == "previous content that must survive"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left behind


def test_bad_published_date_is_a_usage_error(tmp_path):
    res = run("map", str(tmp_path), "--published", "16/03/2021")
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output
