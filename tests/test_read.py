"""Reading articles: encodings, metadata, HTML, folders, stdin, and every bad input."""
import datetime as dt
import io
import json
import os
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo_events.errors import InputError
from geo_events.read import decode_bytes, html_to_text, read_document, read_inputs, read_text

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

EN = "Seven rockets targeted an air base north of Baghdad on Monday evening, a security official said.\n"
FR = (
    "Au moins sept roquettes ont frappé lundi la base aérienne de Balad, à 80 km au nord de Bagdad.\n\n"
    "« Deux roquettes sont tombées à l’extérieur de la base », ont déclaré les forces de sécurité.\n"
)
AR = (
    "سقطت سبعة صواريخ كاتيوشا مساء الاثنين على قاعدة بلد الجوية شمال بغداد، وفق ما أفاد مصدر أمني.\n\n"
    "وقال المصدر إن صاروخين سقطا داخل القاعدة بينما سقطت خمسة صواريخ على قرية البوحسان.\n"
)


def write(path: Path, data) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# ----------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    "text, encoding, language",
    [
        (EN, "utf-8", "en"),
        (FR, "utf-8", "fr"),
        (AR, "utf-8", "ar"),
        (FR, "utf-8-sig", "fr"),
        (AR, "utf-8-sig", "ar"),
        (AR, "utf-16", "ar"),  # with BOM
        (FR, "utf-16", "fr"),
        (EN, "utf-16-le", "en"),  # no BOM: found by the NUL bytes
        (FR, "utf-16-be", "fr"),
        (AR, "utf-16-le", "ar"),
        (AR, "utf-16-be", "ar"),
        (AR, "cp1256", "ar"),
        (FR, "cp1252", "fr"),
        (FR.replace("’", "'").replace("«", '"').replace("»", '"'), "latin-1", "fr"),
        ("Élysée : l'aéroport d'Erbil visé, ça continue à Bagdad.\n", "latin-1", "fr"),
    ],
)
def test_every_encoding_round_trips(tmp_path, text, encoding, language):
    path = write(tmp_path / "article.txt", text.encode(encoding))
    doc = read_document(path)
    assert doc.text == text
    assert doc.language == language


def test_arabic_in_cp1256_mixed_with_french_accents(tmp_path):
    # cp1256 has é, è, à at the same bytes as latin-1: an Arabic article quoting French stays Arabic.
    text = AR + "Le ministère a déclaré : « deux roquettes ».\n"
    doc = read_document(write(tmp_path / "a.txt", text.encode("cp1256")))
    assert doc.text == text


def test_forced_encoding(tmp_path):
    text = "Ракеты попали в базу к северу от Багдада, сообщили военные.\n"
    path = write(tmp_path / "ru.txt", text.encode("koi8-r"))
    with pytest.raises(InputError, match=r"ru\.txt: not UTF-8, UTF-16, cp1256 or latin-1 text .*pass --encoding"):
        read_document(path)
    assert read_document(path, encoding="koi8-r").text == text
    with pytest.raises(InputError, match=r"ru\.txt: not utf-8 text \(first bad byte at 0\)"):
        read_document(path, encoding="utf-8")
    with pytest.raises(InputError, match=r"ru\.txt: unknown encoding 'nope'"):
        read_document(path, encoding="nope")


def test_text_is_lightly_normalised(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Frappé près de l'aéroport")
    raw = f"{decomposed}\r\nà 8\u00a0km\u202fau nord.\rFin.\r\n"
    doc = read_document(write(tmp_path / "a.txt", raw))
    assert doc.text == "Frappé près de l'aéroport\nà 8 km au nord.\nFin.\n"
    assert unicodedata.is_normalized("NFC", doc.text)


# ----------------------------------------------------------------------------- metadata


def test_front_matter_is_read_and_removed(tmp_path):
    raw = (
        "---\n"
        "title: \"Sept roquettes frappent des positions américaines\"\n"
        "published: 2021-03-16\n"
        "source: Atalayar  # outlet\n"
        "url: https://example.org/a?x=1#frag\n"
        "language: fr\n"
        "tags:\n"
        "  - irak\n"
        "---\n\n" + FR
    )
    doc = read_document(write(tmp_path / "a.md", raw))
    assert doc.text == FR
    assert doc.published == dt.date(2021, 3, 16)
    assert doc.source == "Atalayar"
    assert doc.url == "https://example.org/a?x=1#frag"
    assert doc.language == "fr"
    assert doc.title == "Sept roquettes frappent des positions américaines"
    # Offsets into the text point at the article, not at the metadata.
    assert doc.text[: len("Au moins")] == "Au moins"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2021-03-16T22:30:00+03:00", dt.date(2021, 3, 16)),
        ("2021-03-16T10:00:00Z", dt.date(2021, 3, 16)),
        ("'2021-03-16 08:15'", dt.date(2021, 3, 16)),
    ],
)
def test_front_matter_datetimes(tmp_path, value, expected):
    doc = read_document(write(tmp_path / "a.txt", f"---\npublished: {value}\n---\n{EN}"))
    assert doc.published == expected


@pytest.mark.parametrize(
    "front, key",
    [("published: last Monday", "published"), ("published: 2021-02-30", "published"), ("language: Klingon", "language")],
)
def test_bad_front_matter_names_file_and_key(tmp_path, front, key):
    path = write(tmp_path / "bad.md", f"---\n{front}\n---\n{EN}")
    with pytest.raises(InputError) as err:
        read_document(path)
    message = str(err.value)
    assert "bad.md" in message and f"'{key}'" in message and "\n" not in message


def test_a_rule_followed_by_prose_is_not_front_matter(tmp_path):
    raw = "---\nSeven rockets hit the base, officials said.\n---\nMore text.\n"
    assert read_document(write(tmp_path / "a.txt", raw)).text == raw


@pytest.mark.parametrize(
    "sidecar_name, content",
    [
        ("a.txt.meta.json", json.dumps({"published": "2021-03-16", "source": "AFP", "url": "https://x.org/1"})),
        ("a.meta.json", json.dumps({"published": "2021-03-16", "source": "AFP", "url": "https://x.org/1"})),
        ("a.json", json.dumps({"published": "2021-03-16T09:00:00Z", "source": "AFP", "url": "https://x.org/1"})),
        ("a.meta.yaml", "published: 2021-03-16\nsource: AFP\nurl: https://x.org/1\n"),
        ("a.meta.yml", "---\npublished: '2021-03-16'\nsource: \"AFP\"\nurl: https://x.org/1\n"),
    ],
)
def test_sidecar_metadata(tmp_path, sidecar_name, content):
    write(tmp_path / "a.txt", EN)
    write(tmp_path / sidecar_name, content)
    [doc] = read_inputs([str(tmp_path)])  # the sidecar is not read as an article
    assert (doc.published, doc.source, doc.url) == (dt.date(2021, 3, 16), "AFP", "https://x.org/1")
    assert doc.text == EN


def test_sidecar_overrides_front_matter_and_fallback_fills_gaps(tmp_path):
    write(tmp_path / "a.md", f"---\nsource: Wire\npublished: 2021-03-15\ntitle: T\n---\n{EN}")
    write(tmp_path / "a.meta.json", json.dumps({"published": "2021-03-16"}))
    write(tmp_path / "b.txt", EN)
    a, b = read_inputs([str(tmp_path)], published=dt.date(2020, 1, 1))
    assert (a.published, a.source, a.title) == (dt.date(2021, 3, 16), "Wire", "T")
    assert b.published == dt.date(2020, 1, 1)  # no metadata: the caller's date
    assert read_document(tmp_path / "b.txt").published is None


@pytest.mark.parametrize(
    "sidecar_name, content, expected",
    [
        ("a.meta.json", "{not json", r"a\.meta\.json: metadata sidecar is not valid JSON"),
        ("a.meta.json", "[1, 2]", r"a\.meta\.json: metadata sidecar must hold an object"),
        ("a.meta.json", json.dumps({"published": "yesterday"}), r"a\.meta\.json: key 'published' is not a date"),
        ("a.meta.yaml", "published 2021-03-16\n", r"a\.meta\.yaml: metadata sidecar line"),
    ],
)
def test_bad_sidecar_names_the_sidecar(tmp_path, sidecar_name, content, expected):
    write(tmp_path / "a.txt", EN)
    write(tmp_path / sidecar_name, content)
    with pytest.raises(InputError, match=expected):
        read_inputs([str(tmp_path / "a.txt")])


# ----------------------------------------------------------------------------- HTML

SAVED_PAGE = """<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
  <meta charset="utf-8">
  <title>Rockets hit Iraqi air base housing US contractors | The Daily Wire Service</title>
  <meta property="og:site_name" content="The Daily Wire Service">
  <meta property="og:url" content="https://news.example.com/world/iraq-rockets?utm=x">
  <link rel="canonical" href="https://news.example.com/world/iraq-rockets">
  <meta property="article:published_time" content="2021-03-16T07:45:00+00:00">
  <style>.story p { font-family: serif } body::before { content: "STYLE LEAK" }</style>
  <script>window.dataLayer = [{"page": "SCRIPT LEAK rockets"}];</script>
  <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-03-15T00:00:00Z"}</script>
</head>
<body>
  <div id="cookie-consent" class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
  <header class="site-header">
    <a href="/">The Daily Wire Service</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  </header>
  <!-- COMMENT LEAK: ad slot 3 -->
  <main>
    <article class="story">
      <header>
        <h1>Rockets hit Iraqi air base housing US contractors</h1>
        <p class="byline">By A. Reporter, <time datetime="2021-03-16T07:45:00Z">16 March 2021</time></p>
      </header>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
      <figure><img src="balad.jpg" alt="IMG ALT LEAK"><figcaption>Balad air base, north of Baghdad.</figcaption></figure>
      <p>Seven rockets targeted an air base housing American soldiers north of Baghdad on
         Monday evening, the latest in a series of attacks.</p>
      <p>The attack caused no casualties inside the Balad base, a security official told AFP&nbsp;on Tuesday.</p>
      <h2>Launched from Diyala</h2>
      <p>The rockets were fired from a village in neighbouring Diyala province,<br>the official said.</p>
      <div class="ad-slot">Advertisement</div>
      <p>Tom &amp; Jerry&#39;s caf&eacute; was not hit.</p>
      <aside class="related"><h3>Related</h3><ul><li><a href="#">RELATED LEAK: Erbil airport attacked</a></li></ul></aside>
      <footer class="story-footer">Topics: Iraq, USA</footer>
    </article>
    <section class="comments"><h3>Comments</h3><p>COMMENT SECTION LEAK: fake news!!!</p></section>
  </main>
  <aside><h3>Most read</h3><p>MOST READ LEAK</p></aside>
  <form action="/subscribe"><p>Get our newsletter</p><input type="email"></form>
  <footer><p>&copy; 2021 The Daily Wire Service. All rights reserved.</p><p>FOOTER LEAK</p></footer>
  <script>trackPageView("SCRIPT LEAK 2");</script>
</body>
</html>
"""


def test_saved_html_page_keeps_the_story_and_drops_the_furniture(tmp_path):
    doc = read_document(write(tmp_path / "page.html", SAVED_PAGE))
    paragraphs = doc.text.split("\n\n")
    assert paragraphs == [
        "Rockets hit Iraqi air base housing US contractors",
        "By A. Reporter, 16 March 2021",
        "Balad air base, north of Baghdad.",
        "Seven rockets targeted an air base housing American soldiers north of Baghdad on "
        "Monday evening, the latest in a series of attacks.",
        "The attack caused no casualties inside the Balad base, a security official told AFP on Tuesday.",
        "Launched from Diyala",
        "The rockets were fired from a village in neighbouring Diyala province,",
        "the official said.",
        "Tom & Jerry's café was not hit.",
    ]
    for leak in ("LEAK", "cookies", "World", "Share on", "Advertisement", "Topics", "newsletter", "rights reserved"):
        assert leak not in doc.text
    assert doc.title == "Rockets hit Iraqi air base housing US contractors | The Daily Wire Service"
    assert doc.published == dt.date(2021, 3, 16)  # article:published_time, before <time> and JSON-LD
    assert doc.source == "The Daily Wire Service"
    assert doc.url == "https://news.example.com/world/iraq-rockets"
    assert doc.language == "en"
    assert doc.doc_id == "page.html"


def test_html_metadata_fallbacks():
    page = (
        '<html><head><meta property="og:url" content="https://x.org/a"><meta name="date" content="bad">'
        '</head><body><article><p>Rockets hit the base.</p><time datetime="2021-03-14">Sunday</time>'
        "</article></body></html>"
    )
    text, meta = html_to_text(page)
    assert meta["url"] == "https://x.org/a"
    assert meta["published"] == "2021-03-14"  # the unparseable <meta name=date> is passed over
    assert meta["title"] is None and meta["source"] is None


def test_html_headline_outside_article_is_kept():
    page = (
        "<html><body><div class='top'><h1>Drone attack on Erbil airport</h1></div>"
        "<article><p>" + "Two drones were shot down over Erbil airport late on Sunday, officials said. " * 3
        + "</p></article><div><p>short teaser</p></div></body></html>"
    )
    text, _ = html_to_text(page)
    assert text.split("\n\n")[0] == "Drone attack on Erbil airport"
    assert "teaser" not in text


def test_html_arabic_page_with_declared_charset(tmp_path):
    page = (
        '<html lang="ar" dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
        "<title>هجوم صاروخي</title></head><body><p>" + AR.strip().replace("\n\n", "</p><p>") + "</p></body></html>"
    )
    doc = read_document(write(tmp_path / "ar.htm", page.encode("cp1256")))
    assert doc.text == AR.strip()
    assert doc.language == "ar" and doc.title == "هجوم صاروخي"


def test_html_lang_only_breaks_a_tie(tmp_path):
    # A template that says lang="en" over a French story: the text decides.
    doc = read_document(write(tmp_path / "p.html", f'<html lang="en"><body><p>{FR}</p></body></html>'))
    assert doc.language == "fr"
    doc = read_document(write(tmp_path / "q.html", '<html lang="fr"><body><p>Balad, Diyala, 2021</p></body></html>'))
    assert doc.language == "fr"


def test_html_is_recognised_in_a_txt_file_and_on_stdin(tmp_path, monkeypatch):
    doc = read_document(write(tmp_path / "saved.txt", SAVED_PAGE))
    assert "LEAK" not in doc.text and doc.source == "The Daily Wire Service"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SAVED_PAGE.encode())))
    [doc] = read_inputs(["-"])
    assert "LEAK" not in doc.text


def test_page_with_only_furniture_is_an_error(tmp_path):
    path = write(tmp_path / "empty.html", "<html><body><nav>Home</nav><script>x()</script></body></html>")
    with pytest.raises(InputError, match=r"empty\.html: no article text in the page"):
        read_document(path)


# ----------------------------------------------------------------------------- folders, ids, stdin


def test_folder_recursion_and_order(tmp_path):
    root = tmp_path / "articles"
    for rel in ("b.txt", "a.md", "sub/c.html", "sub/deeper/d.markdown", "A2.htm", "z/e.TXT"):
        body = EN if not rel.lower().endswith(("html", "htm")) else f"<p>{EN}</p>"
        write(root / rel, body)
    for rel in (".hidden.txt", ".git/x.txt", "notes.pdf", "a.meta.json", "b.json", "sub/readme.rst"):
        write(root / rel, "{}")
    docs = read_inputs([str(root)])
    assert [d.path for d in docs] == [
        os.path.join(str(root), p) for p in ("A2.htm", "a.md", "b.txt", "sub/c.html", "sub/deeper/d.markdown", "z/e.TXT")
    ]
    assert [d.doc_id for d in docs] == ["A2.htm", "a.md", "b.txt", "c.html", "d.markdown", "e.TXT"]
    assert read_inputs([str(root)]) == docs  # deterministic


def test_inputs_keep_their_order_and_paths_as_given(tmp_path, monkeypatch):
    write(tmp_path / "x" / "one.txt", EN)
    write(tmp_path / "two.txt", FR)
    monkeypatch.chdir(tmp_path)
    docs = read_inputs(["two.txt", "x"])
    assert [d.path for d in docs] == ["two.txt", os.path.join("x", "one.txt")]
    assert [d.language for d in docs] == ["fr", "en"]


def test_duplicate_names_get_a_stable_hash_suffix(tmp_path):
    write(tmp_path / "a" / "report.txt", EN)
    write(tmp_path / "b" / "report.txt", FR)
    write(tmp_path / "c" / "report.txt", EN)  # the same bytes twice
    write(tmp_path / "c" / "other.txt", FR)
    docs = read_inputs([str(tmp_path / "a"), str(tmp_path / "b"), str(tmp_path / "c")])
    ids = [d.doc_id for d in docs]
    assert len(set(ids)) == 4
    assert ids[0].startswith("report.txt~") and ids[1].startswith("report.txt~") and ids[0] != ids[1]
    assert "other.txt" in ids  # a unique name stays the bare file name
    assert [d.doc_id for d in read_inputs([str(tmp_path / "a"), str(tmp_path / "b"), str(tmp_path / "c")])] == ids


def test_stdin(monkeypatch):
    data = ("---\nsource: AFP\n---\n" + FR).encode("cp1252")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [doc] = read_inputs(["-"], published=dt.date(2021, 3, 16))
    assert doc.text == FR and doc.source == "AFP" and doc.language == "fr"
    assert doc.published == dt.date(2021, 3, 16)
    assert doc.doc_id.startswith("stdin-") and len(doc.doc_id) > len("stdin-")
    assert doc.path is None


def test_read_text_from_bytes():
    doc = read_text(AR.encode("utf-16"), name="clip", published=dt.date(2021, 3, 16))
    assert (doc.doc_id, doc.language, doc.text, doc.path) == ("clip", "ar", AR, None)
    doc = read_text(SAVED_PAGE.encode(), name="clip", suffix=".html")
    assert "LEAK" not in doc.text


def test_progress_bar_reads_the_same(tmp_path):
    for i in range(8):
        write(tmp_path / f"{i:02d}.txt", EN)
    assert read_inputs([str(tmp_path)], progress=True) == read_inputs([str(tmp_path)])


@pytest.mark.parametrize("name, expected", [("000_1224c2e07f41bd12.txt", "en"), ("002_51c7ff2950b22cc9.txt", "fr")])
def test_seeds_read(name, expected):
    if not (SEEDS / name).exists():
        pytest.skip(f"seed {name} not in this checkout")
    doc = read_document(SEEDS / name, published=dt.date(2021, 3, 16))
    assert doc.language == expected
    assert doc.doc_id == name
    assert doc.text == (SEEDS / name).read_text(encoding="utf-8").replace("\r\n", "\n").replace("\u00a0", " ")


# ----------------------------------------------------------------------------- bad inputs


def _one_line_error(fn, *args, **kwargs) -> str:
    with pytest.raises(InputError) as err:
        fn(*args, **kwargs)
    message = str(err.value)
    assert "\n" not in message
    return message


def test_missing_path(tmp_path):
    missing = str(tmp_path / "nope.txt")
    assert _one_line_error(read_inputs, [missing]).startswith(f"{missing}: no such file")
    assert _one_line_error(read_document, missing).startswith(f"{missing}: no such file")


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"", "empty file"),
        (b"  \n\r\n\t ", "empty file"),
        ("\ufeff\n".encode("utf-8"), "empty file"),
        (b"---\ntitle: x\n---\n\n", "no article text after the front matter"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF file"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"rockets\x00\x01\x02\x03\x00\x00\xff\xfe\x00\x01", "binary file"),
        (bytes(range(1, 32)) * 10, "binary file"),
        ("ロケット弾が基地に着弾した。".encode("shift_jis"), "not UTF-8, UTF-16, cp1256 or latin-1 text"),
    ],
)
def test_bad_files(tmp_path, data, problem):
    path = write(tmp_path / "bad.txt", data)
    message = _one_line_error(read_inputs, [str(path)])
    assert message.startswith(f"{path}: ")
    assert problem in message


def test_folder_without_articles(tmp_path):
    write(tmp_path / "data" / "a.meta.json", "{}")
    write(tmp_path / "data" / ".hidden.txt", EN)
    message = _one_line_error(read_inputs, [str(tmp_path / "data")])
    assert message.startswith(f"{tmp_path / 'data'}: folder has no articles")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_and_folder(tmp_path):
    path = write(tmp_path / "locked.txt", EN)
    folder = tmp_path / "locked"
    write(folder / "a.txt", EN)
    path.chmod(0)
    folder.chmod(0)
    try:
        assert "permission denied" in _one_line_error(read_inputs, [str(path)])
        assert str(folder) in _one_line_error(read_inputs, [str(folder)])
    finally:
        path.chmod(0o644)
        folder.chmod(0o755)


def test_unreadable_path_as_root_is_still_an_input_error(tmp_path):
    # A path through a regular file cannot be opened by anyone, root included.
    write(tmp_path / "file.txt", EN)
    bad = str(tmp_path / "file.txt" / "inner.txt")
    assert _one_line_error(read_inputs, [bad]).startswith(bad)


def test_empty_stdin_and_stdin_twice(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert _one_line_error(read_inputs, ["-"]).startswith("-: standard input is empty")
    assert _one_line_error(read_inputs, ["-", "-"]).startswith("-: standard input given twice")
    assert "no input" in _one_line_error(read_inputs, [])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_random_bytes_raise_only_input_errors(data, suffix):
    try:
        doc = read_text(data, name="random" + suffix, suffix=suffix)
    except InputError as exc:
        assert str(exc).startswith("random") and "\n" not in str(exc)
    else:
        assert doc.text.strip() and doc.language in ("en", "fr", "ar", "und")


@settings(max_examples=200, deadline=None)
@given(text=st.text(min_size=1, max_size=300))
def test_any_utf8_or_utf16_text_reads_back(text):
    for encoding in ("utf-8", "utf-16"):
        try:
            doc = read_text(text.encode(encoding), name="t.txt")
        except InputError:
            continue  # empty, control characters, front matter only: each says so
        assert doc.text.strip()


def test_decode_explains_its_choice():
    assert decode_bytes(AR.encode("cp1256"), name="a")[1] == "cp1256"
    assert decode_bytes(FR.encode("cp1252"), name="a")[1] == "cp1252"
    assert decode_bytes(EN.encode("utf-16-le"), name="a")[1] == "utf-16-le"
    assert decode_bytes(AR.encode("utf-16"), name="a")[1] == "utf-16-le"


def test_a_few_stray_control_characters_do_not_make_an_article_binary():
    # a vertical tab and a C1 "next line" pasted from a PDF: under 1% of the text, still an article
    text = ("Two rockets struck the Kalak checkpoint on Monday, police said.\x0b " * 3 + "\x85" + "x" * 400).encode("utf-8")
    doc = read_text(text, name="stray.txt")
    assert "Kalak" in doc.text and doc.language == "en"


def test_tabs_form_feeds_and_newlines_are_not_control_characters():
    text = ("Rockets hit the base.\t\f\r\n" * 40).encode("utf-8")
    assert read_text(text, name="tabs.txt").text.startswith("Rockets")


def test_c1_controls_everywhere_make_a_binary_file():
    with pytest.raises(InputError, match="binary file"):
        read_text(("rockets " + "\x81\x9f" * 20).encode("utf-8"), name="c1.txt")
