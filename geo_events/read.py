"""Read articles from files, folders or stdin into :class:`~geo_events.models.Document`.

What this stage promises the next ones:

* ``Document.text`` is Unicode NFC with ``\\n`` newlines and plain spaces for no-break
  spaces, metadata (front matter) removed, otherwise as written: character offsets into it
  are the evidence spans of every later fact.
* ``Document.doc_id`` is the file name (stable across runs and machines), with a short
  content hash when two inputs share a name; ``stdin-<hash>`` for standard input.
* ``published``, ``source``, ``url``, ``language`` and ``title`` come from, in order of
  precedence: a sidecar file beside the article (``<name>.meta.json``, ``<name>.json``,
  ``<name>.meta.yaml``/``.yml``), the article's own metadata (front matter of .txt/.md,
  ``<meta>`` tags of HTML), then, for ``published``, the date line a page copied as text keeps
  at its top ("Published On 14 Mar 2023", "Publié le 14/03/2023", :func:`~geo_events.dates.published_line`),
  then the caller's ``published`` fallback.  The sidecar wins because it is how an analyst
  corrects an article without editing it.
* Every unusable input raises :class:`~geo_events.errors.InputError` with one line naming
  the path, the problem and what to do.

Encodings are decided in an explainable order: the caller's ``encoding``; a BOM (UTF-8,
UTF-16, UTF-32); strict UTF-8; UTF-16 without BOM recognised by its NUL bytes; an HTML page's
declared charset; then cp1256 (Arabic Windows) or cp1252/latin-1, whichever gives plausible
letters (Arabic words with the article "ال" vs accented Latin letters).
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from .errors import InputError
from .language import detect_language
from .models import Document

__all__ = [
    "ARTICLE_SUFFIXES",
    "read_inputs",
    "read_document",
    "read_text",
    "decode_bytes",
    "normalize_text",
    "parse_front_matter",
    "html_to_text",
]

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
SIDECAR_SUFFIXES = (".meta.json", ".json", ".meta.yaml", ".meta.yml")
METADATA_KEYS = ("published", "source", "url", "language", "title")
# Spellings found in the wild for the same keys (Jekyll/Hugo "date", "lang", "link").
_KEY_ALIASES = {"date": "published", "lang": "language", "link": "url", "outlet": "source", "publisher": "source"}

# Above this many files the reader shows a progress bar (when asked to).
_PROGRESS_MIN_FILES = 5
# A text is binary when more than this share of its characters are control characters.
_MAX_CONTROL_RATIO = 0.01

_ENCODINGS_TRIED = "UTF-8, UTF-16, cp1256 or latin-1"


# --------------------------------------------------------------------------- metadata


@dataclass
class _Meta:
    published: Optional[dt.date] = None
    source: Optional[str] = None
    url: Optional[str] = None
    language: Optional[str] = None
    title: Optional[str] = None
    extra: dict = field(default_factory=dict)

    def update(self, other: "_Meta") -> None:
        """Keys set in ``other`` override ours."""
        for key in METADATA_KEYS:
            value = getattr(other, key)
            if value is not None:
                setattr(self, key, value)


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$")


def _parse_date(value) -> Optional[dt.date]:
    """A date from ``YYYY-MM-DD`` or an ISO datetime; None when it is not one.

    A datetime keeps the calendar date as written (its own time zone): that is the day the
    outlet published, which is what relative dates in the text ("Monday") refer to.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip().strip("\"'").strip()
    if not _DATE_RE.match(text):
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


_LANGUAGE_NAMES = {
    "en": "en", "eng": "en", "english": "en", "anglais": "en",
    "fr": "fr", "fra": "fr", "fre": "fr", "french": "fr", "français": "fr", "francais": "fr",
    "ar": "ar", "ara": "ar", "arabic": "ar", "arabe": "ar", "عربي": "ar", "العربية": "ar",
}


def _parse_language(value: str) -> Optional[str]:
    text = str(value).strip().strip("\"'").strip().lower()
    if not text:
        return None
    # BCP 47 tags: "en-US", "fr_FR", "ar-IQ" -> primary subtag.
    primary = re.split(r"[-_]", text, 1)[0]
    return _LANGUAGE_NAMES.get(text) or _LANGUAGE_NAMES.get(primary)


def _meta_from_mapping(mapping: dict, where: str) -> _Meta:
    """Validate a ``key -> value`` mapping (front matter or sidecar) into :class:`_Meta`.

    ``where`` names the file (and "front matter"/"sidecar") in error messages.
    """
    meta = _Meta()
    for raw_key, value in mapping.items():
        key = str(raw_key).strip().lower()
        key = _KEY_ALIASES.get(key, key)
        if key not in METADATA_KEYS:
            meta.extra[str(raw_key)] = value
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if key == "published":
            date = _parse_date(value)
            if date is None:
                raise InputError(
                    f"{where}: key 'published' is not a date: {str(value)[:40]!r}; "
                    "write YYYY-MM-DD or an ISO datetime"
                )
            meta.published = date
        elif key == "language":
            lang = _parse_language(value)
            if lang is None:
                raise InputError(
                    f"{where}: key 'language' is {str(value)[:40]!r}, not one geo-events reads; "
                    "write en, fr or ar (or remove it to detect the language)"
                )
            meta.language = lang
        else:
            if not isinstance(value, (str, int, float)):
                raise InputError(f"{where}: key {key!r} must be a text value, not a {type(value).__name__}")
            setattr(meta, key, str(value).strip().strip("\"'").strip() or None)
    return meta


_FM_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s?(.*)$")


def _parse_simple_yaml(text: str) -> dict:
    """``key: value`` lines: the subset of YAML that article metadata uses.

    Comments, blank lines, list items and indented continuation lines are skipped (their
    keys are not ones geo-events reads); values lose surrounding quotes.  Returns None-free
    strings; raises ValueError on a line that is none of these, so that prose starting with
    ``---`` is not mistaken for metadata.
    """
    out: dict[str, str] = {}
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line[:1] in (" ", "\t") or stripped.startswith("- "):
            continue
        m = _FM_LINE.match(line)
        if not m:
            raise ValueError(line)
        value = m.group(2).strip()
        if value.startswith("#"):
            value = ""
        elif " #" in value and not value.startswith(("'", '"')):
            value = value.split(" #", 1)[0].rstrip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        out[m.group(1)] = value
    return out


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def parse_front_matter(text: str) -> tuple[dict, str]:
    """Split YAML-style front matter from the body.

    Parameters
    ----------
    text : str
        Normalised text (``\\n`` newlines).

    Returns
    -------
    (dict, str)
        The ``key: value`` pairs (empty when there is no front matter) and the body,
        with the blank lines after the closing ``---`` removed.

    Examples
    --------
    >>> parse_front_matter("---\\npublished: 2021-03-16\\nsource: AFP\\n---\\n\\nSeven rockets.")
    ({'published': '2021-03-16', 'source': 'AFP'}, 'Seven rockets.')
    >>> parse_front_matter("No metadata here.")
    ({}, 'No metadata here.')
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        pairs = _parse_simple_yaml(m.group(1))
    except ValueError:
        return {}, text  # a "---" rule followed by prose: not metadata
    if not pairs:
        return {}, text
    body = text[m.end():].lstrip("\n")
    return pairs, body


def _sidecar_for(path: Path) -> Optional[Path]:
    """The metadata file beside ``path``: ``a.txt.meta.json``, ``a.meta.json``, ``a.json``, ``a.meta.yaml`` ..."""
    names = []
    for base in (path.name, path.stem):
        names.extend(base + suffix for suffix in SIDECAR_SUFFIXES)
    for name in dict.fromkeys(names):
        candidate = path.with_name(name)
        if candidate != path and candidate.is_file():
            return candidate
    return None


def _read_sidecar(sidecar: Path) -> _Meta:
    try:
        data = sidecar.read_bytes()
    except OSError as exc:
        raise InputError(
            f"{sidecar}: cannot read metadata sidecar ({exc.strerror or exc}); check its permissions"
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{sidecar}: metadata sidecar is not UTF-8 (first bad byte at {exc.start}); save it as UTF-8"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if sidecar.suffix == ".json":
        try:
            mapping = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{sidecar}: metadata sidecar is not valid JSON ({exc.msg} at line {exc.lineno}); fix it"
            ) from None
    else:
        try:
            mapping = _parse_simple_yaml(text.strip().removeprefix("---").removesuffix("---"))
        except ValueError as exc:
            raise InputError(
                f"{sidecar}: metadata sidecar line {str(exc)[:40]!r} is not 'key: value'; fix it"
            ) from None
    if not isinstance(mapping, dict):
        raise InputError(f"{sidecar}: metadata sidecar must hold an object of keys (published, source, url, ...)")
    return _meta_from_mapping(mapping, f"{sidecar}")


# --------------------------------------------------------------------------- decoding

_MAGIC = (
    (b"%PDF", "a PDF file; save the article as text or HTML"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt); save the article as text or HTML"),
    (b"\xd0\xcf\x11\xe0", "an old Office document; save the article as text or HTML"),
    (b"\x89PNG", "a PNG image, not an article"),
    (b"\xff\xd8\xff", "a JPEG image, not an article"),
    (b"GIF8", "a GIF image, not an article"),
    (b"\x1f\x8b", "a gzip archive; decompress it first"),
    (b"{\\rtf", "an RTF document; save the article as text or HTML"),
)
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


# C0 controls but tab, newline, form feed and carriage return; DEL and the C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def _utf16_without_bom(data: bytes) -> Optional[str]:
    """UTF-16 without BOM, recognised by the high bytes of its code units.

    In UTF-16 text of one script the high byte of nearly every unit is 0x00 (ASCII: spaces,
    digits, punctuation) or that script's block (0x06 for Arabic, 0x00 for Latin-1 letters),
    and the low bytes are rarely NUL.  Returns the codec when one byte parity looks like that.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    pairs = len(data) // 2
    for codec, high, low in (("utf-16-le", data[1::2], data[0::2]), ("utf-16-be", data[0::2], data[1::2])):
        nul_high = high.count(0)
        if nul_high < 0.05 * pairs or low.count(0) > 0.02 * pairs:
            continue
        counts = sorted((high.count(b) for b in set(high) if b), reverse=True)
        block = counts[0] if counts else 0
        if nul_high + block >= 0.9 * pairs:
            return codec
    return None


_LETTERS = re.compile(r"[^\W\d_]+")


def _arabic_plausibility(text: str) -> float:
    """Share of the non-ASCII characters that are letters of Arabic words (or Arabic marks and punctuation).

    Two shapes do not count: single letters stranded between symbols (East Asian double-byte
    text read as cp1256 gives "¥ي¥±¥"), and any text of twenty Arabic letters or more without
    the article "ال", which Arabic prose uses constantly (Cyrillic in KOI8-R read as cp1256).
    """
    non_ascii = sum(1 for ch in text if ord(ch) > 0x7F)
    if not non_ascii:
        return 0.0
    good = sum(1 for ch in text if ch in "،؛؟«»ـ" or "\u064b" <= ch <= "\u0652")
    letters = 0
    for m in _LETTERS.finditer(text):
        word = m.group(0)
        arabic = sum(1 for ch in word if "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3")
        letters += arabic
        if len(word) >= 2 and arabic == len(word):
            good += arabic
    if letters >= 20 and "ال" not in text:
        return 0.0
    return good / non_ascii


def _latin_plausibility(text: str) -> float:
    """Share of the non-ASCII characters that are accented letters of real Latin words, or typographic punctuation.

    Two shapes do not count: an accented capital right after a lower-case letter
    ("ÇáÚÑÇÞ": Arabic read as cp1252), and a word of three letters or more with no ASCII
    letter at all ("ÐÒÉ×ÅÔ": Cyrillic KOI8-R read as cp1252); French and English words
    always mix plain letters in.
    """
    non_ascii = sum(1 for ch in text if ord(ch) > 0x7F)
    if not non_ascii:
        return 0.0
    good = sum(1 for ch in text if ch in "«»‘’‚“”„–—…€£°·•")
    for m in _LETTERS.finditer(text):
        word = m.group(0)
        if word.isascii():
            continue
        if len(word) >= 3 and not any(ch.isascii() for ch in word):
            continue
        for i, ch in enumerate(word):
            if ord(ch) <= 0x7F or "LATIN" not in unicodedata.name(ch, ""):
                continue
            if ch.isupper() and i and word[i - 1].islower():
                continue
            good += 1
    return good / non_ascii


def decode_bytes(data: bytes, *, name: str, encoding: str | None = None, html: bool = False) -> tuple[str, str]:
    """Decode an article's bytes, deciding the encoding when not given.

    Parameters
    ----------
    data : bytes
        The file content.
    name : str
        The input's name for error messages.
    encoding : str, optional
        Force this codec (``--encoding``).
    html : bool
        Also honour a ``<meta charset>`` declaration.

    Returns
    -------
    (str, str)
        The text (BOM removed, not yet normalised) and the codec used.

    Raises
    ------
    InputError
        Empty, binary, or not text in any encoding tried.

    Examples
    --------
    >>> decode_bytes("Bagdad, près de l'aéroport".encode("latin-1"), name="a.txt")
    ("Bagdad, près de l'aéroport", 'cp1252')
    >>> decode_bytes("قاعدة بلد الجوية".encode("cp1256"), name="a.txt")[1]
    'cp1256'
    """
    if not data:
        raise InputError(f"{name}: empty file; remove it or save the article's text into it")
    if encoding:
        return _decode_forced(data, name, encoding)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: {what}")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: starts with a {codec.upper()} byte order mark but is not {codec.upper()} "
                    f"(first bad byte at {exc.start + len(bom)}); pass --encoding"
                ) from None
            return _check_text(text, name, data), codec
    # Before UTF-8: ASCII in UTF-16 without BOM is valid UTF-8 (NULs included), just wrong.
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return _check_text(data.decode(utf16), name, data), utf16
        except (UnicodeDecodeError, InputError):
            pass
    if b"\x00" in data:
        raise InputError(f"{name}: binary file, not an article (NUL bytes); pass a .txt, .md or .html article")
    try:
        return _check_text(data.decode("utf-8"), name, data), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if html:
        m = _CHARSET_RE.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii", "replace")
            try:
                return _check_text(data.decode(declared), name, data), declared.lower()
            except (LookupError, UnicodeError, InputError):
                pass  # a wrong or exotic declaration is common; fall through to detection
    arabic_text = data.decode("cp1256")  # every byte is defined in cp1256
    try:
        latin_text, latin_codec = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        latin_text, latin_codec = data.decode("latin-1"), "latin-1"
    arabic_score = _arabic_plausibility(arabic_text)
    latin_score = _latin_plausibility(latin_text)
    candidates = []
    if arabic_score >= 0.5:
        candidates.append((arabic_score, "cp1256", arabic_text))
    if latin_score >= 0.5:
        candidates.append((latin_score, latin_codec, latin_text))
    # Prefer the higher score; on a tie latin (French accents are identical in both codepages).
    candidates.sort(key=lambda c: (c[0], c[1] != "cp1256"), reverse=True)
    for _score, codec, text in candidates:
        if _control_ratio(text) <= _MAX_CONTROL_RATIO:
            return text, codec
    if _control_ratio(arabic_text) > _MAX_CONTROL_RATIO:  # cp1256 maps no byte to C1 controls
        raise InputError(f"{name}: binary file, not an article (control characters); pass a .txt, .md or .html article")
    raise InputError(
        f"{name}: not {_ENCODINGS_TRIED} text (first bad byte at {first_bad}); pass --encoding"
    )


def _decode_forced(data: bytes, name: str, encoding: str) -> tuple[str, str]:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(
            f"{name}: unknown encoding {encoding!r}; pass a Python codec name such as utf-8, cp1256 or latin-1"
        ) from None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not {encoding} text (first bad byte at {exc.start}); check --encoding or leave it out to detect"
        ) from None
    except (LookupError, UnicodeError, ValueError) as exc:  # "hex", "idna": codecs that are not text encodings
        raise InputError(f"{name}: cannot decode as {encoding} ({exc}); pass a text encoding such as utf-8") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return _check_text(text, name, data), codec


def _check_text(text: str, name: str, data: bytes) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    if _control_ratio(text) > _MAX_CONTROL_RATIO:
        raise InputError(f"{name}: binary file, not an article (control characters); pass a .txt, .md or .html article")
    if not text.strip():
        raise InputError(f"{name}: empty file (only white space); remove it or save the article's text into it")
    return text


# --------------------------------------------------------------------------- text

# No-break spaces become spaces; a stray U+FEFF (a BOM glued in by concatenating files) goes.
_SPACE_FIXES = (("\u00a0", " "), ("\u2007", " "), ("\u202f", " "), ("\ufeff", ""))


def normalize_text(text: str) -> str:
    """Light normalisation: NFC, ``\\n`` newlines, no-break spaces as spaces; nothing else.

    Examples
    --------
    >>> normalize_text("a\\r\\nb\\rc\\u00a0d")
    'a\\nb\\nc d'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    for old, new in _SPACE_FIXES:
        if old in text:
            text = text.replace(old, new)
    return unicodedata.normalize("NFC", text)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<html" in head and "<head" in text[:4096].lower())


# --------------------------------------------------------------------------- HTML

# Elements that never hold article text.
_HTML_DROP = frozenset(
    """script style noscript template nav aside form iframe frame frameset svg math canvas button select
    option textarea input label object embed video audio map dialog menu head title link meta""".split()
)
# Elements that start and end a paragraph.
_HTML_BLOCK = frozenset(
    """p div section article main header h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre figure
    figcaption table thead tbody tfoot tr caption address details summary hr center""".split()
)
# class/id words of page furniture: menus, share bars, cookie banners, teasers, comments.
_BOILERPLATE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|cookies?|consent|gdpr|newsletter|"
    r"subscribe|subscription|share|sharing|social|related|recommended|promo|advert|advertisement|ads?|"
    r"sponsored|comments?|popup|modal|banner|outbrain|taboola|paywall|skip|footer|masthead|toolbar)(?:$|[\s_-])",
    re.IGNORECASE,
)
_BOILERPLATE_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog"))
# Short paragraphs that are furniture in any page (matched whole, case-insensitive).
_BOILERPLATE_TEXT = re.compile(
    r"(?:advertisement|advertising|publicité|إعلان|read (?:more|also)|lire (?:aussi|la suite|plus)|"
    r"اقرأ (?:أيضا|أيضاً|المزيد)|share(?: (?:this|on \w+))?|partager(?: sur \w+)?|"
    r"(?:sign up|subscribe|abonnez-vous|inscrivez-vous)\b.*|follow us\b.*|suivez-nous\b.*|"
    r"all rights reserved\.?|tous droits réservés\.?|©.*|related(?: articles| stories)?|"
    r"sur le même sujet|à lire aussi|skip to (?:main )?content|accept(?: all)? cookies)[.!:]?",
    re.IGNORECASE,
)
_PUBLISHED_META = (
    ("property", "article:published_time"),
    ("itemprop", "datePublished"),
    ("name", "date"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "dc.date.issued"),
    ("name", "dc.date"),
    ("name", "dcterms.date"),
    ("name", "parsely-pub-date"),
    ("name", "sailthru.date"),
    ("property", "og:published_time"),
)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')
_PARAGRAPH = "\x00"  # paragraph break marker while walking (NULs are removed from page text first)


def _meta_content(soup, attr: str, value: str) -> Optional[str]:
    want = value.lower()
    for tag in soup.find_all("meta"):
        got = tag.get(attr)
        if isinstance(got, list):  # html.parser keeps multi-valued attributes as lists
            got = " ".join(got)
        if got and got.strip().lower() == want:
            content = tag.get("content")
            if content and content.strip():
                return " ".join(content.split())
    return None


def _page_metadata(soup) -> dict:
    """title, published (ISO text), source, url, language from a page's head and <time>."""
    page: dict[str, Optional[str]] = {}
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    page["title"] = " ".join(title.split()) or _meta_content(soup, "property", "og:title")
    for attr, value in _PUBLISHED_META:
        content = _meta_content(soup, attr, value)
        if content and _parse_date(content):
            page["published"] = content
            break
    else:
        times = soup.find_all("time", attrs={"datetime": True})
        times.sort(key=lambda t: not t.has_attr("pubdate"))  # the <time pubdate> first, else document order
        for t in times:
            if _parse_date(t["datetime"]):
                page["published"] = t["datetime"].strip()
                break
        else:
            for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
                m = _JSONLD_DATE.search(script.get_text())
                if m and _parse_date(m.group(1)):
                    page["published"] = m.group(1)
                    break
    page["source"] = _meta_content(soup, "property", "og:site_name")
    canonical = None
    for link in soup.find_all("link", href=True):
        rel = link.get("rel") or []
        rel = rel if isinstance(rel, list) else rel.split()
        if "canonical" in [r.lower() for r in rel]:
            canonical = link["href"].strip()
            break
    page["url"] = canonical or _meta_content(soup, "property", "og:url")
    html_tag = soup.find("html")
    if html_tag is not None:
        page["language"] = html_tag.get("lang") or html_tag.get("xml:lang")
    return page


def _is_boilerplate(tag) -> bool:
    if tag.name in ("html", "body", "article", "main"):
        return False
    attrs = getattr(tag, "attrs", None) or {}
    role = attrs.get("role")
    if isinstance(role, str) and role.strip().lower() in _BOILERPLATE_ROLES:
        return True
    if attrs.get("aria-hidden") == "true" or "hidden" in attrs:
        return True
    classes = attrs.get("class") or []
    words = " ".join(classes if isinstance(classes, list) else [classes]) + " " + str(attrs.get("id") or "")
    if not words.strip() or not _BOILERPLATE_CLASS.search(words):
        return False
    # A wrapper named "main-nav-layout" may still hold the story: keep anything around an <article>.
    return tag.find(["article", "main"]) is None


def _paragraph_text_length(tag) -> int:
    return sum(len(p.get_text(" ", strip=True)) for p in tag.find_all("p"))


def _content_root(soup):
    """The element holding the story: the <article>/<main>/articleBody with most paragraph text.

    Falls back to <body> when no such element holds at least 40% of the page's paragraph text
    (pages where <article> wraps only the headline).
    """
    body = soup.body or soup
    total = _paragraph_text_length(body)
    candidates = soup.find_all(["article", "main"])
    candidates += soup.find_all(attrs={"itemprop": "articleBody"})
    candidates += soup.find_all(attrs={"role": "main"})
    best, best_len = None, 0
    for cand in candidates:
        n = _paragraph_text_length(cand)
        if n > best_len:
            best, best_len = cand, n
    if best is not None and total and best_len >= 0.4 * total:
        return best
    return body


def _paragraphs(root) -> list[str]:
    """Text of ``root`` split into paragraphs at block elements, walked without recursion."""
    from bs4 import Comment, NavigableString, Tag
    from bs4.element import Declaration, Doctype, ProcessingInstruction

    skip_strings = (Comment, Doctype, Declaration, ProcessingInstruction)
    out: list[str] = []
    stack: list = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, str) and not isinstance(node, NavigableString):
            out.append(node)  # a marker pushed below
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, skip_strings):
                out.append(str(node).replace(_PARAGRAPH, ""))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name == "br":
            out.append(_PARAGRAPH)
            continue
        if name in ("td", "th"):
            before = after = " "
        elif name in _HTML_BLOCK:
            before = after = _PARAGRAPH
        else:
            before = after = ""
        out.append(before)
        stack.append(after)
        stack.extend(reversed(node.contents))
    paragraphs = []
    for chunk in "".join(out).split(_PARAGRAPH):
        text = " ".join(chunk.split())
        if not text or (len(text) < 80 and _BOILERPLATE_TEXT.fullmatch(text)):
            continue
        if paragraphs and paragraphs[-1] == text:
            continue  # the same caption or headline repeated by the page layout
        paragraphs.append(text)
    return paragraphs


def html_to_text(html: str) -> tuple[str, dict]:
    """The article text of a saved web page and its metadata.

    Scripts, styles, navigation, site header, footers, asides, forms, comments and page
    furniture (share bars, cookie banners, teasers: recognised by their class/id words and
    ARIA roles) are removed; headings and paragraphs become paragraphs separated by a blank
    line.  The page's text is untrusted: it is only ever extracted, never interpreted.

    Parameters
    ----------
    html : str
        The page source.

    Returns
    -------
    (str, dict)
        The text, and ``title``, ``published`` (as written), ``source`` (og:site_name),
        ``url`` (canonical or og:url) and ``language`` (``<html lang>``), each None if absent.

    Examples
    --------
    >>> text, page = html_to_text('<html lang="en"><title>T</title><nav>Home</nav>'
    ...                           '<h1>Rockets hit base</h1><p>Seven rockets.</p></html>')
    >>> text, page["language"]
    ('Rockets hit base\\n\\nSeven rockets.', 'en')
    """
    from bs4 import BeautifulSoup, Comment  # lazily: plain-text articles never need it

    soup = BeautifulSoup(html.replace(_PARAGRAPH, ""), "html.parser")
    page = _page_metadata(soup)
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(list(_HTML_DROP)):
        tag.decompose()
    for tag in soup.find_all(["header", "footer"]):
        if tag.decomposed:
            continue
        if tag.name == "footer" or tag.find_parent(["article", "main"]) is None:
            tag.decompose()
    for tag in soup.find_all(True):
        if not tag.decomposed and _is_boilerplate(tag):
            tag.decompose()
    root = _content_root(soup)
    paragraphs = _paragraphs(root)
    if root.name != "body" and root.find("h1") is None:
        # The headline often sits above the <article> element; bring it back.
        headlines = [h for h in soup.find_all("h1") if not h.decomposed]
        if len(headlines) == 1:
            headline = " ".join(headlines[0].get_text(" ").split())
            if headline and headline not in paragraphs[:1]:
                paragraphs.insert(0, headline)
    return "\n\n".join(paragraphs), page


# --------------------------------------------------------------------------- documents


def _doc_from_text(
    text: str,
    *,
    name: str,
    path: Optional[str],
    html: bool,
    sidecar: Optional[_Meta],
    published: Optional[dt.date],
) -> Document:
    text = normalize_text(text)
    meta = _Meta()
    html_lang = None
    if html:
        body, page = html_to_text(text)
        meta.published = _parse_date(page.get("published")) if page.get("published") else None
        meta.source = page.get("source")
        meta.url = page.get("url")
        meta.title = page.get("title")
        html_lang = _parse_language(page["language"]) if page.get("language") else None
        body = normalize_text(body)
    else:
        pairs, body = parse_front_matter(text)
        if pairs:
            meta.update(_meta_from_mapping(pairs, f"{name}: front matter"))
    if sidecar is not None:
        meta.update(sidecar)
    if not body.strip():
        what = (
            "no article text in the page (only navigation or scripts)"
            if html
            else "no article text after the front matter"
        )
        raise InputError(f"{name}: {what}; check the file holds the article")
    language = meta.language
    if language is None:
        # <html lang> is a site-wide template value, often wrong for translated or syndicated
        # articles, so the text decides and the attribute only breaks a tie.
        language = detect_language(body, default=html_lang or "und")
    published_from = "metadata" if meta.published is not None else None
    if meta.published is None:
        # a page copied as text keeps its site's date line ("Published On 14 Mar 2023"): the article's own date,
        # before the caller's fallback for articles that give none
        from .dates import published_line  # lazy: the date patterns load only for articles without metadata

        meta.published = published_line(body, language)
        published_from = "date line" if meta.published is not None else ("caller" if published else None)
    return Document(
        doc_id=name,
        text=body,
        language=language,
        published=meta.published or published,
        source=meta.source,
        url=meta.url,
        title=meta.title,
        path=path,
        published_from=published_from,
    )


def read_text(
    data: bytes,
    *,
    name: str,
    published: Optional[dt.date] = None,
    encoding: Optional[str] = None,
    suffix: str = ".txt",
) -> Document:
    """Read one article from bytes.

    Parameters
    ----------
    data : bytes
        The raw content.
    name : str
        Its name: the ``doc_id`` and the name used in error messages.
    published : datetime.date, optional
        Publication date when the article's metadata has none.
    encoding : str, optional
        Force a codec instead of detecting it.
    suffix : str
        ``.html``/``.htm`` reads the bytes as a web page; other suffixes as text with
        optional front matter (a page is also recognised by its ``<!DOCTYPE html>``).

    Returns
    -------
    Document
        With ``path=None``.

    Examples
    --------
    >>> doc = read_text(b"---\\nsource: AFP\\n---\\nSeven rockets hit the base.", name="a.txt")
    >>> doc.source, doc.language, doc.text
    ('AFP', 'en', 'Seven rockets hit the base.')
    """
    return _read_bytes(data, name=name, path=None, published=published, encoding=encoding, suffix=suffix, sidecar=None)


def _read_bytes(data, *, name, path, published, encoding, suffix, sidecar) -> Document:
    shown = path or name
    is_html = suffix.lower() in HTML_SUFFIXES
    text, _codec = decode_bytes(data, name=shown, encoding=encoding, html=is_html or data.lstrip()[:1] == b"<")
    if not is_html and suffix.lower() not in (".md", ".markdown") and _looks_like_html(text):
        is_html = True
    doc = _doc_from_text(text, name=shown, path=path, html=is_html, sidecar=sidecar, published=published)
    return _with_id(doc, name)


def _with_id(doc: Document, doc_id: str) -> Document:
    from dataclasses import replace

    return replace(doc, doc_id=doc_id)


def _read_file_bytes(path: Path, shown: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{shown}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{shown}: is a folder; pass the folder itself, not a file inside it") from None
    except PermissionError:
        raise InputError(f"{shown}: cannot read (permission denied); check the file's permissions") from None
    except OSError as exc:
        raise InputError(f"{shown}: cannot read ({exc.strerror or exc})") from None


def read_document(
    path: str | os.PathLike,
    *,
    published: Optional[dt.date] = None,
    encoding: Optional[str] = None,
) -> Document:
    """Read one article file (text, Markdown or HTML) with its sidecar metadata.

    Parameters
    ----------
    path : str or path-like
        The article.  Any suffix is read; ``.html``/``.htm`` (or a page's doctype) as HTML.
    published : datetime.date, optional
        Publication date when the article's metadata has none.
    encoding : str, optional
        Force a codec instead of detecting it.

    Returns
    -------
    Document
        ``doc_id`` is the file name, ``path`` the path as given.

    Raises
    ------
    InputError
        Missing, unreadable, empty or binary file, or bad metadata.
    """
    shown = os.fspath(path)
    p = Path(shown)
    data = _read_file_bytes(p, shown)
    sidecar_path = _sidecar_for(p)
    sidecar = _read_sidecar(sidecar_path) if sidecar_path else None
    return _read_bytes(
        data, name=p.name, path=shown, published=published, encoding=encoding, suffix=p.suffix, sidecar=sidecar
    )


def _is_hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _folder_articles(folder: Path, shown: str) -> list[str]:
    """Article files under ``folder``, recursively, sorted by their relative path."""
    errors: list[OSError] = []
    found: list[tuple[str, str]] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for fname in files:
            if fname.startswith("."):
                continue
            lower = fname.lower()
            if not lower.endswith(ARTICLE_SUFFIXES):
                continue  # sidecars (.json, .yaml) and anything else
            full = Path(root) / fname
            rel = full.relative_to(folder)
            found.append((rel.as_posix(), os.path.join(shown, *rel.parts)))
    if errors:
        exc = errors[0]
        where = exc.filename or shown
        raise InputError(f"{where}: cannot read folder ({exc.strerror or exc}); check its permissions")
    if not found:
        raise InputError(
            f"{shown}: folder has no articles ({', '.join(ARTICLE_SUFFIXES)}); put the articles there or pass the files"
        )
    return [path for _rel, path in sorted(found)]


def _short_hash(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()[:8]


def read_inputs(
    inputs: Sequence[str],
    *,
    published: Optional[dt.date] = None,
    encoding: Optional[str] = None,
    progress: bool = False,
) -> list[Document]:
    """Read every article named by ``inputs``: files, folders (recursively) or ``-`` for stdin.

    Parameters
    ----------
    inputs : sequence of str
        Files (any suffix), folders (``*.txt``, ``*.md``, ``*.markdown``, ``*.html``,
        ``*.htm``, hidden files and sidecars skipped, sorted), or ``"-"`` for standard input.
    published : datetime.date, optional
        Publication date for articles whose metadata has none.
    encoding : str, optional
        Force a codec for every input instead of detecting it.
    progress : bool
        Show a progress bar on stderr when there are more than a few files.

    Returns
    -------
    list of Document
        In input order, folder contents sorted.  ``doc_id`` values are unique.

    Raises
    ------
    InputError
        On the first input that cannot be used (one line naming it).
    """
    if not inputs:
        raise InputError("no input given; pass article files, folders, or - for stdin")
    paths: list[str] = []
    for item in inputs:
        item = os.fspath(item)
        if item == "-":
            if "-" in paths:
                raise InputError("-: standard input given twice; pass - once")
            paths.append("-")
            continue
        p = Path(item)
        if p.is_dir():
            paths.extend(_folder_articles(p, item))
        elif p.exists() or p.is_symlink():
            paths.append(item)
        else:
            raise InputError(f"{item}: no such file or folder; check the path")

    loaded: list[tuple[Document, bytes]] = []
    bar = None
    if progress and len(paths) > _PROGRESS_MIN_FILES:
        from rich.console import Console  # lazily: rich is only needed for the bar
        from rich.progress import Progress

        bar = Progress(console=Console(stderr=True), transient=True)
    try:
        if bar is not None:
            bar.start()
            task = bar.add_task("Reading articles", total=len(paths))
        for path in paths:
            if path == "-":
                data = sys.stdin.buffer.read()
                if not data:
                    raise InputError("-: standard input is empty; pipe an article into it")
                doc = _read_bytes(
                    data, name="stdin", path=None, published=published, encoding=encoding, suffix=".txt", sidecar=None
                )
                doc = _with_id(doc, f"stdin-{_short_hash(data)}")
                loaded.append((doc, data))
            else:
                p = Path(path)
                data = _read_file_bytes(p, path)
                sidecar_path = _sidecar_for(p)
                sidecar = _read_sidecar(sidecar_path) if sidecar_path else None
                doc = _read_bytes(
                    data, name=p.name, path=path, published=published, encoding=encoding, suffix=p.suffix,
                    sidecar=sidecar,
                )
                loaded.append((doc, data))
            if bar is not None:
                bar.advance(task)
    finally:
        if bar is not None:
            bar.stop()
    return _unique_ids(loaded)


def _unique_ids(loaded: list[tuple[Document, bytes]]) -> list[Document]:
    """File names as ids; a short content hash where two inputs share a name (and a counter for twins)."""
    counts: dict[str, int] = {}
    for doc, _ in loaded:
        counts[doc.doc_id] = counts.get(doc.doc_id, 0) + 1
    used: set[str] = set()
    out = []
    for doc, data in loaded:
        doc_id = doc.doc_id
        if counts[doc_id] > 1:
            doc_id = f"{doc_id}~{_short_hash(data)}"
        base, n = doc_id, 1
        while doc_id in used:
            n += 1
            doc_id = f"{base}-{n}"
        used.add(doc_id)
        out.append(doc if doc_id == doc.doc_id else _with_id(doc, doc_id))
    return out
