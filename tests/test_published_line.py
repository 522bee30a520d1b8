"""An article copied from a web page as plain text keeps its site's date line under the headline ("Published On
14 Mar 2023", "Publié le 14/03/2023 à 10h05", "تاريخ النشر: ١٤ مارس ٢٠٢٣"). With no sidecar or front matter, that line
is the publication date the article's relative dates ("Monday", "hier soir", "أمس") are read against; an article with
none is named on stderr so the analyst can give its date."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo_events.cli.main import cli
from geo_events.dates import published_line
from geo_events.evaluate import load_gold, predictions_from_events
from geo_events.pipeline import process
from geo_events.read import read_document, read_text

TESTS = Path(__file__).resolve().parent
D = dt.date(2022, 9, 6)


@pytest.mark.parametrize("line, lang", [
    ("Published On 6 Sep 2022", "en"),
    ("September 6, 2022 7:42 PM GMT+3", "en"),
    ("Updated 11:20 AM EDT, Tue September 6, 2022", "en"),
    ("First published on Tue 6 Sep 2022 16.05 BST", "en"),
    ("By Hannah Lowe | September 6, 2022", "en"),
    ("Posted: 2022-09-06", "en"),
    ("Publié le 6 septembre 2022 à 18h12", "fr"),
    ("Mis à jour le 06/09/2022 à 21:03", "fr"),
    ("Par Léa Morel · Publié le mardi 6 septembre 2022", "fr"),
    ("06.09.2022", "fr"),
    ("تاريخ النشر: 6 سبتمبر 2022", "ar"),
    ("نشر في: ٠٦/٠٩/٢٠٢٢", "ar"),
    ("الثلاثاء 6 أيلول 2022 - 14:30 بتوقيت غرينتش", "ar"),
    ("2022/09/06 14:30", "ar"),
])
def test_a_date_line_under_the_headline_is_the_publication_date(line, lang):
    text = f"Drones strike a depot\n{line}\n\nTwo drones struck the depot on Monday night, officials said."
    assert published_line(text, lang) == D


@pytest.mark.parametrize("text, lang", [
    ("Three rockets struck the Harir base on 6 September 2022, officials said.", "en"),  # a sentence, not a date line
    ("Published On 6 Sep\n\nRockets hit the base.", "en"),  # no year: nothing to anchor
    ("© 2022 Agence France-Presse\n\nDes roquettes ont frappé la base.", "fr"),
    ("Posted 2091-01-04\n\nRockets hit the base.", "en"),  # after today: not a publication date
    ("قصفت طائرة مسيرة مخزنا في 6 أيلول 2022 بحسب مصادر أمنية.", "ar"),
])
def test_no_publication_date_is_made_up(text, lang):
    assert published_line(text, lang) is None


def test_a_date_deep_in_the_body_is_not_the_publication_date():
    body = "\n".join(f"Paragraph {k} tells of the war." for k in range(20))
    assert published_line(body + "\n6 September 2022\n", "en") is None


def test_the_published_line_wins_over_the_updated_one():
    text = "Rockets on Erbil\nUpdated: 8 September 2022\nPublished: 6 September 2022\n\nRockets hit Erbil on Monday."
    assert published_line(text, "en") == D


def test_a_wire_dateline_with_its_year_dates_the_article():
    assert published_line("ERBIL (Irak), 6 septembre 2022 (AFP) - Des roquettes ont visé la base.", "fr") == D
    assert published_line("ERBIL, Sept 6 (Reuters) - Rockets hit the base.", "en") is None  # no year


def test_reading_a_copied_page_dates_its_events():
    text = ("Drones strike a fuel depot near Erbil\nPublished On 6 Sep 2022\n\n"
            "Two drones struck a fuel depot near Erbil airport late on Monday, the Kurdish region's "
            "counter-terrorism service said. Nobody was hurt.")
    doc = read_text(text.encode("utf-8"), name="copied.txt")
    assert doc.published == D
    events = process([doc]).events
    assert events and all(e.date is not None and e.date.earliest == dt.date(2022, 9, 5) for e in events)


def test_metadata_wins_over_the_date_line_and_the_line_over_the_fallback():
    text = "Rockets on Erbil\nPublished On 6 Sep 2022\n\nRockets hit Erbil on Monday."
    front = "---\npublished: 2022-09-07\n---\n" + text
    assert read_text(front.encode("utf-8"), name="a.md").published == dt.date(2022, 9, 7)
    assert read_text(text.encode("utf-8"), name="b.txt", published=dt.date(2022, 9, 9)).published == D
    bare = "Rockets hit Erbil on Monday."
    assert read_text(bare.encode("utf-8"), name="c.txt", published=dt.date(2022, 9, 9)).published == dt.date(2022, 9, 9)


@pytest.mark.parametrize("folder", ["gold", "heldout"])
def test_a_date_line_reads_as_well_as_a_sidecar(folder):
    """Each passage of a set, its sidecar's date written instead as a date line in one of three forms per language
    at the top of the text: the same publication date, the same events."""
    fr_months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"]
    ar_months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
                 "ديسمبر"]

    def line(d, lang, k):
        return {"en": [f"Published On {d:%d %b %Y}", f"{d:%B} {d.day}, {d:%Y} 10:05 AM GMT",
                       f"Updated {d:%a} {d:%d %B %Y} 08.31 GMT"],
                "fr": [f"Publié le {d.day} {fr_months[d.month - 1]} {d.year} à 10h05",
                       f"Mis à jour le {d:%d/%m/%Y} à 18:40", f"{d:%d/%m/%Y}"],
                "ar": [f"تاريخ النشر: {d.day} {ar_months[d.month - 1]} {d.year}", f"نشر في {d:%d/%m/%Y}",
                       f"{d:%Y/%m/%d} 10:05"]}[lang][k % 3]

    def key(events):
        return sorted((q.event_type, q.place_name, q.earliest, q.latest, q.count, q.killed, q.injured)
                      for q in predictions_from_events(events))

    for k, p in enumerate(load_gold(TESTS / folder)):
        doc = read_document(p.path)
        copied = read_text((line(doc.published, doc.language, k) + "\n\n" + doc.text).encode("utf-8"),
                           name=p.id + ".txt")
        assert copied.published == doc.published, p.id
        assert key(process([copied]).events) == key(process([doc]).events), p.id


def test_the_cli_names_the_articles_it_cannot_date(tmp_path):
    (tmp_path / "dated.txt").write_text("Rockets on Erbil\nPublished On 6 Sep 2022\n\nThree rockets hit Erbil airport "
                                        "on Monday night, officials said.\n", encoding="utf-8")
    (tmp_path / "undated.txt").write_text("Two drones struck the Harir base on Monday night, officials said.\n",
                                          encoding="utf-8")
    res = CliRunner().invoke(cli, ["extract", str(tmp_path)])
    assert res.exit_code == 0, res.output
    warned = [line for line in res.stderr.splitlines() if line.startswith("no publication date")]
    assert len(warned) == 1 and "undated.txt" in warned[0] and "--published" in warned[0]
    events = json.loads(res.stdout)
    dates = sorted(str(e["date"]["earliest"]) if e["date"] else "none" for e in events)
    assert dates == ["2022-09-05", "none"]


def test_where_the_date_came_from_travels_with_the_events(tmp_path):
    """An analyst must see which dates the article's metadata gave and which the tool read from a date line or took
    from --published: the extract JSON says so per source, reading that JSON back keeps it, and the popup marks it."""
    from geo_events.load import load_events
    from geo_events.render import popup_html

    (tmp_path / "copied.txt").write_text("Drones on Erbil\nPublished On 6 Sep 2022\n\nTwo drones struck a fuel depot "
                                         "near Erbil airport late on Monday, officials said.\n", encoding="utf-8")
    (tmp_path / "bare.txt").write_text("Three rockets hit the Harir base on Monday night, officials said.\n",
                                       encoding="utf-8")
    (tmp_path / "meta.md").write_text("---\npublished: 2022-09-07\n---\nA drone hit Ain al-Asad air base on Tuesday, "
                                      "the coalition said.\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["extract", str(tmp_path), "--published", "2022-09-10"])
    assert res.exit_code == 0, res.output
    out = tmp_path / "events.json"
    out.write_text(res.stdout, encoding="utf-8")
    by_file = {s["path"].rsplit("/", 1)[-1]: s["published_from"] for e in json.loads(res.stdout) for s in e["sources"]}
    assert by_file == {"copied.txt": "date line", "bare.txt": "caller", "meta.md": "metadata"}
    popups = {ev.sources[0].path.rsplit("/", 1)[-1]: popup_html(ev) for ev in load_events(out)}
    assert "2022-09-06 (from its date line)" in popups["copied.txt"]
    assert "2022-09-10 (date given by the user)" in popups["bare.txt"]
    assert "2022-09-07" in popups["meta.md"] and "2022-09-07 (" not in popups["meta.md"]
