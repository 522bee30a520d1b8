"""Resolve every place a frame names against the gazetteer, in context.

The target is resolved first (with the document's country focus and the cue read in the
text), then the impact sites near it and the launch site within reach of it, so that a
namesake village 300 km away loses to the one beside the target.

Rules beyond the gazetteer's own ranking, each for a family of misreadings:

* a common noun ("État", "Armée", "قيادة"; ``gazetteer/common_words.csv``) is never a place, nor is
  a demonym or country adjective ("Saudi", "irakienne", "السعودية", "Saudi-led", "Iran-backed"), nor
  an organisation ("Aramco", "the Observatory", "CENTCOM"); an organisation's facility without a
  name ("Aramco facilities") is placed through the places its sentence names;
* a small foreign namesake (outside the region and the document's countries, under
  :data:`SMALL_FOREIGN` people) is no answer: reporting on the region rarely means a
  village in Missouri, and a fuzzy match to one is a misreading far more often;
* a place outside the region and the document's countries answers only to its own name: its
  aliases and spelling keys, and any fuzzy match, are far more often a common word ("American" ->
  Americana, "طراز" -> Taraz, "Much" -> Moscow);
* an Arabic-script word answers only to an exact name or a spacing variant ("البوكمال"): Arabic is
  typed, not scanned, and a near miss is another word ("الوصول", "arrival", is not "الموصل", Mosul);
* a fuzzy match to a village outside the document's countries is no answer either ("Houthi" ->
  a hamlet in Iran): damaged spellings are of the places the article is about;
* between namesakes with the same name, the country where the document's other places lie wins
  ("Sidakan" in an article placed in Iraqi Kurdistan is not a village of the same name in Iran);
* a facility cue with a town's name ("مطار أربيل", "Sulaymaniyah airport") means the
  facility named after the town ("Erbil International Airport") when the gazetteer has it
  near the town;
* a facility without a name ("the US consulate", "the command headquarters") is placed
  through the places its sentence names: the facility of that kind beside them, else the
  most precise of them;
* a name followed by another in brackets ("Derik (al-Malikiyah)", "Kobani (Ain al-Arab)") is the
  place both names share: the bracketed name settles a namesake;
* a frame whose target is a country or a city, and whose counts or casualties come from a later
  sentence naming exactly one finer place inside it, is placed there (the lead names the country,
  the body the airport).
"""
from __future__ import annotations

import csv
import functools
import io
import math
import re
import unicodedata
import weakref
from dataclasses import dataclass, field, replace
from typing import Optional

from . import arabic
from .dates import MONTHS
from .errors import GazetteerError
from .gazetteer import AIRPORT_OF_PLACE, CROSS_SCRIPT_MATCH, REGION, SMALL_IMPORT_CUES, Resolution, is_small_import
from .incident import _OBJ_EN, _OBJ_FR
from .models import EventFrame, Evidence, Fact, Place, PlaceRef
from .normalize import normalize
from .patterns import _finditer_before, _opened

# Extractor cues -> the gazetteer's cue words.
_CUES = {"province": "governorate", "area": None}
_SUFFIX_FOR_CUE = {"airbase": "air base", "base": "air base", "airport": "airport", "embassy": "embassy"}

# Features a facility may fall back to when only its town is known.
_TOWNS = ("city", "town", "capital")
_SITES = ("airport", "airbase", "base", "camp")

# How far from the target an impact site or a launch site may be, km.
IMPACT_KM = 30.0
LAUNCH_KM = 150.0
# A place outside the region and the document's countries with fewer people than this is a namesake, not an answer.
SMALL_FOREIGN = 100_000
# A fuzzy match to a place outside the document's countries smaller than this (and not curated) is no answer.
SMALL_FUZZY = 20_000
# An Arabic-script name's fuzzy match below this score is another word (0.9 = the same letters, spaced otherwise).
ARABIC_FUZZY = 0.88
# Words that make a compound an adjective, not a place: "Saudi-led", "Iran-backed", "pro-iranienne".
_COMPOUND_WORDS = frozenset("led backed aligned allied affiliated linked based funded sponsored supported made "
                            "pro anti".split())
# Words of an organisation's unnamed facility: "Aramco facilities", "les installations d'Aramco", "منشآت أرامكو".
_FACILITY_WORDS = frozenset(
    "facility facilities plant plants site sites installation installations depot depots terminal terminals "
    "station stations refinery refineries office offices compound premises headquarters field fields "
    "usine usines raffinerie raffineries bureau bureaux siege locaux champ champs "
    "منشأة منشاة منشآت منشات مصفاة مصافي محطة محطات مقر مقرات مستودع مستودعات مرافق مجمع حقل حقول".split())
_LINK_WORDS = frozenset("of de d du des la le les l the an a in at à".split())
# How far from its town a facility named after the town may lie, km (airports sit outside their towns).
FACILITY_KM = 30.0
# Facility names built from a town's name, per cue, most usual first.
_FACILITY_NAMES = {
    "airport": ("International Airport", "Airport", "Air Base"),
    "airbase": ("Air Base", "International Airport", "Airport", "Airfield"),
    "base": ("Air Base", "Airfield"),
    # "le camp militaire de Tessalit": a camp named by its town, which is where it is when the gazetteer has no row
    "camp": ("Camp",),
}
# ... and in Arabic, the facility word before the town's name as written: "مخيم جنين" is the curated Jenin camp, whose
# Latin name the town's GeoNames spelling ("Janīn") does not build
_FACILITY_WORDS_AR = {"airport": ("مطار",), "airbase": ("قاعدة", "مطار"), "base": ("مخيم", "معسكر", "قاعدة"),
                      "camp": ("مخيم", "معسكر")}
# A mention resolved below this confidence gives way to a known name of its sentence that holds it
# ("خراب" -> a Yemeni hamlet at 0.55; "قاعدة خراب الجير" in the sentence -> Kharab al-Jir).
WHOLE_NAME_BELOW = 0.6
# Precision order for choosing among the places a sentence names: the most precise first.
_PRECISION_RANK = {"site": 0, "town": 1, "district": 2, "governorate": 3}


@dataclass
class Unresolved:
    """A place name the resolver abstained on, with its best candidates."""

    name: str
    doc_id: str
    sentence: str
    role: str
    reason: str = ""
    candidates: list[Place] = field(default_factory=list)


@functools.lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    """Case- and accent-folded text, without a leading article ("l'État" -> "etat", "The Army" -> "army")."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'")).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).strip(" '\"\u00ab\u00bb.,;:")
    if text.endswith("'s"):  # "Iraq's", "Saudi Arabia's": the possessive is not part of the name
        text = text[:-2]
    for article in ("the ", "l'", "le ", "la ", "les "):
        if text.startswith(article):
            return text[len(article):].strip()
    return text


def _forms(word: str, language: str, kind: str) -> list[str]:
    """The inflected forms of a demonym the file gives once: "irakien" -> irakienne(s), "عراقي" -> العراقية ..."""
    forms = [word]
    if kind == "organisation" and language == "en" and " " in word and word.endswith("s") \
            and not word.endswith(("ss", "us", "is", "as")) and len(word.rsplit(" ", 1)[1]) > 4:
        # "Revolutionary Guards" / "the Revolutionary Guard", "Popular Mobilization Forces" / "... Force":
        # reporting writes an armed group's name in the singular as often as in the plural
        forms.append(word[:-1])
    if kind != "demonym":
        return forms
    if language == "en" and not word.endswith("s"):
        forms.append(word + "s")
    elif language == "fr":
        stems = [word, word + "e"] if not word.endswith("e") else [word]
        if word.endswith("ien"):
            stems.append(word + "ne")
        if word.endswith("ite") or word.endswith("ain"):
            stems.append(word + ("e" if word.endswith("ain") else ""))
        forms = [f for stem in dict.fromkeys(stems) for f in (stem, stem if stem.endswith(("s", "x")) else stem + "s")]
    elif language == "ar" and word.endswith("ي"):
        forms += [word + "ة", word + "ون", word + "ين"]
    return forms


@functools.lru_cache(maxsize=1)
def common_words() -> dict[str, str]:
    """Folded words that are never place names, from ``gazetteer/common_words.csv``.

    Returns
    -------
    dict
        word -> kind: ``"facility"`` (a building or command, placed through its sentence),
        ``"demonym"`` (a people or a country's adjective, with its inflected forms),
        ``"organisation"`` (a company, ministry, armed group, agency) or ``"word"``. Empty when
        the file is missing (an old install): the rules then do nothing.
    """
    from importlib.resources import files

    try:
        text = files("geo_events.curated").joinpath("common_words.csv").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    countries = _country_names()
    words: dict[str, str] = {}
    for r in csv.DictReader(io.StringIO(text)):
        if not r.get("word") or r["word"].startswith("#"):
            continue
        kind = (r.get("kind") or "word").strip()
        for form in _forms(_fold(r["word"]), (r.get("language") or "").strip(), kind):
            if form not in countries:  # "السعودية" is Saudi Arabia as well as "the Saudi (woman)"
                words.setdefault(form, kind)
    return words


@functools.lru_cache(maxsize=1)
def _country_rows() -> tuple[dict, ...]:
    """The rows of ``gazetteer/countries.csv`` (none when the curated files are absent)."""
    from importlib.resources import files

    try:
        text = files("geo_events.curated").joinpath("countries.csv").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return ()
    return tuple(csv.DictReader(io.StringIO(text)))


@functools.lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Folded names and aliases of ``gazetteer/countries.csv``: a country's name is never a common word."""
    names = set()
    for r in _country_rows():
        for n in [r.get("name") or ""] + (r.get("aliases") or "").split("|"):
            if n.strip():
                names.add(_fold(n))
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Folded names and aliases of ``gazetteer/countries.csv`` -> the country's ISO code."""
    codes = {}
    for r in _country_rows():
        for n in [r.get("name") or ""] + (r.get("aliases") or "").split("|"):
            if n.strip() and r.get("country"):
                codes.setdefault(_fold(n), r["country"].upper())
    return codes


def _country_over_namesake(gazetteer, name: str, res: Resolution) -> Resolution:
    """A country's own name ("Palestine") read as a village of another country (Fīlestān, Iran) is the country."""
    p = res.place
    if p is None or p.precision == "country":
        return res
    cc = _country_codes().get(_fold(name))
    if cc is None or (p.country or "").upper() == cc:
        return res  # "Kuwait" -> Kuwait City: a place of the country itself keeps the name
    country = gazetteer.get(f"country:{cc}")
    if country is None:
        return res
    return Resolution(country, [country] + [c for c in res.candidates if c is not p][:4],
                      f"{name!r} is the name of a country ({country.name}); {p.name} ({p.country}) only shares it")


# Prefixes an Arabic common word may carry ("الصاروخ", "بالصواريخ"); a bare "و" is too often part of a name ("وان").
_AR_PREFIXES = ("ال", "وال", "بال", "لل")


# A ship's name: a navy's or a merchant prefix, written in capitals, then the name ("USS Carney", "HMS
# Richmond", "MV Galaxy Leader"); a gazetteer would match the bare name to some village.
_SHIP_NAME = re.compile(r"^(?:the\s+)?(?:USS|USNS|HMS|HMAS|HMCS|INS|FS|ITS|HS|MV|M/V|MT|M/T|SS|RFA)\s+[A-Z0-9]")

# Head nouns of an organisation's name: a party, an armed group, a body. A name built on one is the body, not a
# place, even when it holds a place word ("Kurdistan Democratic Party", "Syrian Democratic Forces"). English puts
# the head last (or before an "of" tail: "Democratic Party of Iran"), French first ("Parti démocratique du
# Kurdistan", "Brigades du Hezbollah"), Arabic first ("الحزب الديمقراطي", "قوات سوريا الديمقراطية"). ("لواء" is
# left out: it is also a district of the Levant.)
_ORG_HEADS_LAST = frozenset(
    "party forces front brigade brigades movement army guard guards corps council committee union organisation "
    "organization group militia militias units mobilisation mobilization battalion battalions command ministry".split())
_ORG_HEADS_FIRST = frozenset(
    "parti forces front brigade brigades mouvement armee gardiens corps conseil comite organisation groupe milice "
    "milices unites bataillon bataillons commandement ministere".split())
_ORG_HEADS_AR = frozenset(unicodedata.normalize("NFKD", w).casefold() for w in (
    "حزب قوات جبهة ألوية الوية حركة جيش حرس فيلق مجلس لجنة منظمة جماعة ميليشيا ميليشيات مليشيا مليشيات وحدات كتائب "
    "وزارة قيادة").split())
_ORG_TAIL = frozenset("of for in de du des d".split())
# A word made with an English prefix ("Cross-border", "Counter-terrorism", "Non-state"): a modifier that opens a
# sentence, never a place; the part after the hyphen is written small, unlike "Tal-Abyad" or "Saint-Denis".
_PREFIX_COMPOUND = re.compile(r"^(?:Cross|Counter|Anti|Non|Inter|Trans|Multi|Over|Post|Pre|Semi|Sub|Ultra|Mid|"
                              r"Long|Short|Medium|Far|Low|High|Half|Well|Self|Ex)[-\u2011][a-z]+$")
# An all-capitals acronym ("HTS", "KDPI", "FDS"): an organisation's short name unless a country's or a curated
# place's own name ("UAE", "BIAP", "KKMC"); a gazetteer would match it to some airport code.
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
# Countries' usual acronyms that the countries file does not hold as aliases.
_COUNTRY_ACRONYMS = frozenset("KSA UK GB USA US UAE DRC PRC DPRK ROK".split())


@functools.lru_cache(maxsize=1)
def _curated_written() -> dict[str, frozenset[str]]:
    """Folded names and aliases of the curated places, installations and governorates -> their record ids."""
    from importlib.resources import files

    names: dict[str, set[str]] = {}
    for fname in ("installations.csv", "places.csv", "governorates.csv"):
        try:
            text = files("geo_events.curated").joinpath(fname).read_text(encoding="utf-8")
        except (FileNotFoundError, ModuleNotFoundError):
            continue
        for r in csv.DictReader(io.StringIO(text)):
            for n in [r.get("name") or ""] + (r.get("aliases") or "").split("|"):
                if n.strip():
                    names.setdefault(_fold(n), set()).add(f"curated:{r['id']}")
    return {k: frozenset(v) for k, v in names.items()}


@functools.lru_cache(maxsize=1)
def _curated_names_of() -> dict[str, tuple[str, ...]]:
    """Curated record id -> its folded names and aliases (the inverse of :func:`_curated_written`)."""
    out: dict[str, list[str]] = {}
    for n, ids in _curated_written().items():
        for i in ids:
            out.setdefault(i, []).append(n)
    return {i: tuple(v) for i, v in out.items()}


_ACRONYM_NOTE = "is an organisation's acronym, not a place name"
# "a campaign against", "la guerre contre", "حملة ضد": what follows is the adversary, not a site.
_AGAINST = re.compile(r"\b(?:against|contre)\b|ضد")
# What joins a container to an organisation's name as part of that name ("Democratic Party of Iranian Kurdistan").
_OF_AFTER = re.compile(r"\s*(?:of|de|du|des|d['\u2019])\b", re.I)
# What joins a body's facility to the town it stands in: "(le camp de la Minusma) à Tessalit", "(the UN base) in X"
_AT_CONTAINER = re.compile(r"\s*(?:à|a|in|at)\s+(?=[A-ZÀ-Þ])")


def _organisation_acronym(gazetteer, name: str, focus) -> bool:
    """Is ``name`` ("HTS", "KDPI") an all-capitals acronym of an organisation rather than a place?

    A place written in capitals ("MOSCOW (AP)", "SANAA") is the gazetteer's town, country or region under
    its ordinary spelling; a curated place's acronym ("BIAP", "KKMC") and a country's ("KSA") stay places.
    A code that only an airport's record holds ("HTS") is no answer: news writes airports by name.
    """
    if not _ACRONYM.match(name) or name in _COUNTRY_ACRONYMS or _fold(name) in _curated_written():
        return False
    memo = _memo(gazetteer)
    key = ("acronym", name, focus)
    if key not in memo:
        try:
            res = gazetteer.resolve(name.title(), focus=focus)
        except GazetteerError:
            res = Resolution(None, [], "")
        p = res.place
        # a town of the document's countries, a big city, a region or country; not "TIP" as a Turkish town's old name
        memo[key] = not (p is not None and p.precision != "site" and _match(res) >= 0.97 and (
            (p.country or "").upper() in focus or p.precision in ("country", "governorate")
            or (p.population or 0) >= SMALL_FOREIGN and _fold(p.name) == _fold(name)))
    return memo[key]


def _organisation_name(name: str, folded: str) -> bool:
    """Is ``name`` built like an organisation's name (an organisational head noun, an acronym)?"""
    tokens = [t for t in re.split(r"[\s'\u2019]+", folded) if t]
    if len(tokens) < 2:
        return False
    if "\u0600" <= tokens[0][:1] <= "\u06ff":
        head = tokens[0]
        for prefix in ("وال", "بال", "لل", "ال", "و"):
            if head not in _ORG_HEADS_AR and head.startswith(prefix) and len(head) - len(prefix) >= 3:
                head = head[len(prefix):]
        return head in _ORG_HEADS_AR
    if tokens[0] in _ORG_HEADS_FIRST:
        return True  # "Forces démocratiques syriennes", "Parti démocratique du Kurdistan"
    cut = next((i for i, t in enumerate(tokens) if t in _ORG_TAIL and i > 0), len(tokens))
    return tokens[cut - 1] in _ORG_HEADS_LAST  # "National Defence Forces", "Democratic Party of Iran"


@functools.lru_cache(maxsize=8192)
def word_kind(name: str) -> Optional[str]:
    """What kind of non-place ``name`` is, or None when it may be a place.

    Parameters
    ----------
    name : str
        A name as the extractor read it.

    Returns
    -------
    str or None
        ``"word"``, ``"facility"``, ``"demonym"``, ``"organisation"`` (see :func:`common_words`) or
        ``"ship"`` (a ship's name with its prefix: "USS Carney").
        An Arabic word counts with or without its article ("صاروخ" / "الصاروخ"); a compound of
        demonyms or one made an adjective ("Syrian-Jordanian", "Saudi-led", "Iran-backed") is a demonym.

    Examples
    --------
    >>> word_kind("Iraqis"), word_kind("Saudi-led"), word_kind("Mosul")
    ('demonym', 'demonym', None)
    """
    if _SHIP_NAME.match(name):
        return "ship"  # "USS Carney", "HMS Diamond", "the MV Genco Picardy": a ship's name, never a place
    words = common_words()
    folded = _fold(name)
    if not folded or folded in _country_names():
        return None
    kind = words.get(folded)
    if kind is None and "\u0600" <= folded[:1] <= "\u06ff":
        for prefix in _AR_PREFIXES:
            if folded.startswith(prefix) and len(folded) - len(prefix) >= 2 and folded[len(prefix):] in words:
                return words[folded[len(prefix):]]
    if kind is None and ("-" in folded or "\u2011" in folded):
        parts = [p for p in folded.replace("\u2011", "-").split("-") if p]
        if len(parts) > 1 and all(words.get(p) == "demonym" or p in _COMPOUND_WORDS for p in parts):
            return "demonym"  # "Syrian-Jordanian", "pro-iranienne"
        if len(parts) > 1 and parts[-1] in _COMPOUND_WORDS and parts[-1] not in ("pro", "anti"):
            return "demonym"  # "Iran-backed", "US-led": an adjective, whatever comes first
        countries = _country_names()
        if len(parts) > 1 and all(p in countries or words.get(p) == "demonym" for p in parts):
            return "word"  # "the Jordan-Syria border", "la frontière Irak-Syrie": a border, not a place
        if _PREFIX_COMPOUND.match(name):
            return "word"  # "Cross-border shelling is frequent": a modifier opening a sentence
    if kind is None and _organisation_name(name, folded):
        return "organisation"
    return kind


def _definite_name_of_word(name: str) -> bool:
    """Is ``name`` an Arabic word with its article whose bare form alone is a common word ("الطيبة": "طيبة")?

    The definite form itself is not listed: it is only a word by the article-stripping of :func:`word_kind`.
    """
    folded = _fold(name)
    return (folded.startswith("ال") and " " not in folded and folded not in common_words()
            and common_words().get(folded[2:]) == "word")


def is_common_word(name: str) -> bool:
    """Is ``name`` a word rather than a place name ("État", "the Army", "قيادة", "Saudi", "Aramco")?

    Examples
    --------
    >>> is_common_word("l'Armée"), is_common_word("Erbil")
    (True, False)
    """
    return word_kind(name) is not None


_FOLDED_FACILITY_WORDS = frozenset(_fold(w) for w in _FACILITY_WORDS)


@functools.lru_cache(maxsize=8192)
def _organisation_facility(name: str) -> bool:
    """Is ``name`` an organisation's facility without a name of its own ("Aramco facilities", "منشآت أرامكو")?"""
    tokens = [t for t in _words(_fold(name)) if t not in _LINK_WORDS]
    if len(tokens) < 2:
        return False
    words = common_words()
    orgs = [t for t in tokens if words.get(t) == "organisation"]
    return bool(orgs) and any(t in _FOLDED_FACILITY_WORDS for t in tokens) and all(
        t in _FOLDED_FACILITY_WORDS or words.get(t) in ("organisation", "demonym") for t in tokens)


def _words(text: str) -> list[str]:
    """Words of folded text, the French elided article split off ("d'aramco" -> "d", "aramco")."""
    import re

    return re.findall(r"[^\W_]+", text)


def _match(res: Resolution) -> float:
    """How well the chosen place's name matched the query (1.0 exact; a fuzzy score below 0.97)."""
    p = res.place
    for c in res.candidates:
        if c.record_id == p.record_id:
            return c.confidence
    return 1.0


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh|l)['\u2019-]", re.I)
# a character of the Arabic block (a search in C, not a loop over the characters)
_ARABIC_BLOCK = re.compile("[\u0600-\u06ff]")
# A short capitalised word must look like this much of the chosen place's own name (rapidfuzz
# partial ratio of the folded forms, article dropped) to be taken for it: "Here" shares the key of
# Al Hillah and "Got" that of Al-Kut, but "Kut", "Hit" and "Tanf" are their places' names.
SHORT_WORD_RATIO = 60.0


def _lossy_latin(name: str, place: Place) -> Optional[str]:
    """Why a Latin-script mention is a word that only shares the place's spelling key, or None.

    Two rules a reader can check:

    * a single word without a capital letter ("here", "hit", "got") is a word, not a name: English
      and French capitalise place names (a descriptive phrase such as "la zone verte" is kept);
    * a capitalised word of at most four letters that is not an acronym must look like the place's
      own name (:data:`SHORT_WORD_RATIO`): the normaliser's spelling rules (q/k/g, vowels, endings)
      make short words collide with names ("Here" -> Al Hillah, "Got" -> Al-Kut).
    """
    text = name.strip()
    if not text or _ARABIC_BLOCK.search(text) or len(text.split()) != 1:
        return None
    word = _ARTICLE_PREFIX.sub("", text)
    if word[-2:] in ("'s", "’s", "'S", "’S"):
        word = word[:-2]  # "Here's" is "Here": the normaliser drops the possessive too
    if not word[:1].isalpha():
        return None
    if not any(ch.isupper() for ch in text):
        return f"{name!r} is a lower-case word, not a place name (it only shares a spelling key with {place.name})"
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) <= 4 and not word.isupper():
        from rapidfuzz import fuzz

        own = _ARTICLE_PREFIX.sub("", _fold(place.name).replace("\u2019", "'"))
        for article in ("al ", "el ", "as ", "ash ", "ad ", "an ", "at ", "az "):
            if own.startswith(article):
                own = own[len(article):]
                break
        folded = _fold(word)
        if fuzz.partial_ratio(folded, own) < SHORT_WORD_RATIO \
                and place.record_id not in _curated_written().get(_fold(text), ()):
            # (a reviewed alias of the curated place, written so, is its name: "Akko" for Acre)
            return f"{name!r} is a short word that only shares a spelling key with {place.name}"
    return None


def _foreign_misreading(name: str, res: Resolution, focus) -> Optional[str]:
    """Why the place chosen for ``name`` is a misreading, or None when it may be meant.

    A place outside the region and the document's countries answers only to its own name (or,
    for a big city, an exact alias); a fuzzy match to a small place outside the document's
    countries is no answer either.
    """
    from .gazetteer import REGION

    p = res.place
    if p is None:
        return None
    cc = (p.country or "").upper()
    match = _match(res)
    if match < ARABIC_FUZZY and _ARABIC_BLOCK.search(name):
        # Arabic script is typed, not scanned: a near miss is another word ("الوصول" is not "الموصل",
        # "نيسان", April, is not Maysan); only a spacing variant scores this high ("البوكمال" for
        # "البو كمال"). Curated places and governorates too: their many aliases draw more near misses.
        return f"the best candidate, {p.name} ({cc}), is only a fuzzy match to an Arabic word"
    why = _lossy_latin(name, p)
    if why:
        return why
    if p.layer == "curated" or p.precision in ("country", "governorate"):
        return None
    pop = p.population or 0
    if cc and cc not in REGION and cc not in focus:
        if match < 0.97:
            return f"the best candidate, {p.name} ({cc}), is a fuzzy match outside the region the document is about"
        if _fold(name) != _fold(p.name):
            return f"the best candidate, {p.name} ({cc}), is outside the region and answers to {name!r} only by an alias"
    if match < 0.97 and cc not in focus and pop < SMALL_FUZZY:
        return f"the best candidate, {p.name} ({cc}), is a fuzzy match to a small place outside the document's countries"
    return None


def _vetted(name: str, res: Resolution, focus: tuple[str, ...]) -> Resolution:
    """``res``, or no place with the reason when its place is a small foreign namesake or a misreading.

    When the best candidate is set aside as foreign, a runner-up in the document's countries that
    passes the same rules is taken instead: "Sukhnah" ranks an Indian "Sohna" above the Syrian
    As Sukhnah, and the reader of a report on Syria means the Syrian town.
    """
    why = None
    res = _own_spelling_namesake(name, res)
    if res.place is not None and res.place.layer == "curated" and len(res.candidates) > 1:
        # ("Houla", the Lebanese village, shares its spelling key with the al-Hol camp, "al-Hol"): of two reviewed
        # rows that match equally, the one written exactly as the text writes it is meant
        folded = _fold(name)
        written = _curated_written().get(folded)
        # (a row written with the name inside one of its own names, "قاعدة الحبانية" for the base the text calls
        # "قاعدة الحبانية الجوية", was chosen by its cue: it stays)
        if written and res.place.record_id not in written and not any(
                f" {folded} " in f" {n} " for n in _curated_names_of().get(res.place.record_id, ())):
            for c in list(res.candidates)[1:4]:
                if c.record_id in written and c.confidence >= 0.97:
                    res = Resolution(c, res.candidates, f"{name!r} is how the reviewed row {c.name} ({c.record_id}) is written")
                    break
    if res.place is not None and res.place.layer == "curated" and res.place.precision == "town" \
            and (res.place.country or "").upper() not in focus and name[:1].isupper() \
            and _bare(name) != _bare(res.place.name) and res.place.record_id not in _curated_written().get(_fold(name), ()):
        # ("poste de police à Kaya, ... Dori": the reviewed row of Dora, a quarter of Baghdad, only shares its
        # spelling key with the word, in a country the article does not name): the runner-up written exactly so is
        # meant (a town of some size when the article names no country at all); else a quarter of a far city is none
        alt = _own_name_city(name, res, focus, min_pop=None if focus else OWN_NAME_UNTOLD_POP)
        if alt is not None:
            return alt
        if res.place.feature == "district":
            return Resolution(None, res.candidates, f"{name!r} only shares a spelling key with {res.place.name}, a "
                                                    f"quarter of a city in a country the article does not name")
    if res.place is not None and res.reason.startswith(CROSS_SCRIPT_REASONS):
        # the gazetteer's cross-script fallback ("شيبيكينو" spells Shebekino; "مطار بورتسودان" is the airport of
        # Port Sudan) already required a town of the document's countries or a sizeable one
        why = None
    elif res.place is not None and _small_foreign(res.place, focus):
        p = res.place
        why = f"the best candidate, {p.name} ({p.country}), is a small place outside the region the document is about"
    else:
        why = _foreign_misreading(name, res, focus)
    if why:
        # (a best candidate set aside as a foreign town answering only by an alias that does not look like its name,
        # "Kaya" for Gaya in India: the runner-up whose own name is the word, a city of its own, is meant as well;
        # not "Odessa" for Odesa, an exonym of the city, which the later rules of major cities weigh)
        alt = _regional_runner_up(name, res, focus) or _own_name_runner_up(name, res, focus) \
            or (None if res.place is None or _looks_like(name, res.place.name) else _own_name_city(name, res, focus))
        return alt if alt is not None else Resolution(None, res.candidates, why)
    return res


def _own_spelling_namesake(name: str, res: Resolution) -> Resolution:
    """The runner-up whose own name the word spells, when the best candidate answers to it only by an old alias.

    GeoNames keeps "Slov'iansk" among Nikopol's former names; the word "Sloviansk" matches it and Slovyansk's own
    name equally, and Nikopol, 19 people bigger, is ranked first. A reader means the town whose name is written: of
    two candidates of one country that match as well, that differ in size less than :data:`ALIAS_WEIGHT_RATIO` times,
    the one whose name the word looks like (Latin script only)."""
    p = res.place
    if p is None or p.layer != "geonames" or not name.isascii() or _looks_like(name, p.name):
        return res
    for c in list(res.candidates)[1:4]:
        if c.layer == "geonames" and c.country == p.country and c.confidence >= p.confidence - 0.005 \
                and (c.population or 0) * ALIAS_WEIGHT_RATIO >= (p.population or 0) and _looks_like(name, c.name):
            return Resolution(c, res.candidates, f"{name!r} is how {c.name} ({c.country}) is written; "
                                                 f"{p.name} answers to it only by an alias")
    return res


# How many runners-up may hold the city written exactly as the word: a short word's spelling key finds many towns
# ("Kaya" ranks Gaya, Ge'a, Kayı, Hanfeng and Kayes before Kaya, a city of 120,000 in Burkina Faso)
OWN_NAME_RUNNERS_UP = 5
# With no country told at all, a town this big written exactly as the word beats a reviewed row that only shares its
# spelling key ("Dori", 46,000 people in Burkina Faso, not Dora in Baghdad)
OWN_NAME_UNTOLD_POP = 20_000


def _own_name_runner_up(name: str, res: Resolution, focus) -> Optional[Resolution]:
    """The runner-up written exactly as ``name`` when the best candidate only shares its spelling key.

    "Sumy" folds to the key of Soma, a Turkish town ranked first as a place of the region, and is set
    aside as a short word that does not look like it; the second candidate is Sumy itself, a city of a
    quarter of a million. A reader takes the candidate whose own name is the written word, when it is a
    city big enough to be named from afar (or lies in the document's countries) and passes the same rules.
    """
    if res.place is None or not name[:1].isupper() or _lossy_latin(name, res.place) is None:
        return None  # only a best candidate set aside as a spelling-key neighbour of the word
    return _own_name_city(name, res, focus)


def _own_name_city(name: str, res: Resolution, focus, min_pop: Optional[int] = None) -> Optional[Resolution]:
    """A runner-up (of the next :data:`OWN_NAME_RUNNERS_UP`) whose own name is ``name`` exactly: a city of at least
    ``min_pop`` (default :data:`SMALL_FOREIGN`) or a place of the document's countries, that no rule sets aside;
    else None."""
    if res.place is None or not name[:1].isupper():
        return None
    written = _bare(name)
    for c in list(res.candidates)[1:1 + OWN_NAME_RUNNERS_UP]:
        if c.record_id == res.place.record_id or c.confidence < 0.97 or _bare(c.name) != written:
            continue
        if (c.population or 0) < (min_pop or SMALL_FOREIGN) and (c.country or "").upper() not in focus:
            continue
        alt = Resolution(c, res.candidates, f"{name!r} is the own name of {c.name} ({c.country}); "
                                            f"{res.place.name} only shares its spelling key")
        if _lossy_latin(name, c) is None and _foreign_misreading(name, alt, focus) is None:
            return alt
    return None


# A city this big is reported from afar under its exonyms ("Kiev", "Odessa", "Kharkov", "Zaporijia"): the
# rule that a place outside the region answers only to its own name does not hold for it, and the exonym
# must still look like the city's own name (rapidfuzz ratio of the bare forms) and match its spelling key.
MAJOR_CITY_POP = 400_000
MAJOR_CITY_RATIO = 65.0
# A regional capital of a country at war is reported from afar under its exonym too ("Soumy" for Sumy, 256,000
# people; "Kherson"): a city this big is taken when the name written is one of its own exact names and looks like
# its name (not merely keeps its first letters, which stays for the major cities).
EXONYM_CITY_POP = 250_000


# Arabic script writes a foreign city only by an alias ("بيلغورود", "كورسك", "سومي"): for a city this big, an exact
# Arabic alternate name is how Arabic wire copy names it, and the rule that a place abroad answers only to its own
# name leaves every Russian or Ukrainian city of an Arabic report unplaced. The alias is taken only where the sentence
# writes it as a settlement ("مدينة بيلغورود", "مقاطعة كورسك", "العاصمة الأوكرانية كييف"): GeoNames also gives big
# foreign cities common Arabic words as names ("ميناء", port, for Minna; "الحصار", siege, for Hisar).
ARABIC_ALIAS_CITY_POP = 250_000
_AR_SETTLEMENT_BEFORE = re.compile(r"(?<![\u0621-\u064A])[وبل]?(?:ال)?(?:مدينة|مدينتي|مقاطعة|إقليم|اقليم|ولاية|بلدة|"
                                   r"العاصمة(?:\s+[^\s،,.]+ية)?)\s+$")


# ... or as the object a verb of attack governs, its subject between ("هاجمت مسيرات روسية أوديسا", "قصفت صواريخ روسية
# كييف", "قصفت روسيا أوديسا بالمسيرات"): what the verb struck is a place, not the common word a far city's alias may be
_AR_ATTACKED_BEFORE = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:هاجم|قصف|استهدف|ضرب|دك)(?:ت|وا|تا|ا)?"
                                 r"(?:\s+[\u0621-\u064A]+){0,3}?\s+$")

# Without a settlement word ("أطلقت روسيا صواريخ على كييف", "12 مسيرة فوق بيلغورود"), the alias is still the city
# when it spells the city's own Latin name once romanised (at least this rapidfuzz ratio, "بيلغورود"/Belgorod) and the
# city is one a reader knows from afar: a city of millions (:data:`WORLD_CITY_POP`), a big city of a country the
# article is about, or a big city written as a whole clause-final name without the article (not the head of a
# construct, "ميناء الحديدة", whose word GeoNames gives Minna).
ARABIC_BARE_ALIAS_RATIO = 70.0
# (a time word after it ends the name too: "12 مسيرة فوق كورسك يوم الاثنين", "فوق بيلغورود الليلة الماضية")
_AR_NAME_ENDS = re.compile(r"\s*(?:$|[.،,؛:!؟)\-–]|و|(?:في|فی|على|قرب|شمال|جنوب|شرق|غرب|بعد|منذ|ما|من|حيث|مما|وسط|"
                           r"يوم|ليلة|ليل|الليلة|صباح|مساء|فجر|اليوم|أمس|امس|خلال)(?![\u0621-\u064A]))")


def _arabic_city_alias(name: str, res: Resolution, sentence: str, focus=()) -> Optional[Resolution]:
    """The big foreign city ``name`` is an exact Arabic alias of, when the sentence writes it as a settlement or as
    the object of a verb of attack (or, bare, when the alias spells the city's name and the city is well known: see
    :data:`ARABIC_BARE_ALIAS_RATIO`)."""
    if not _ARABIC_BLOCK.search(name) or not sentence or is_common_word(name):
        return None
    at = sentence.find(name)
    if at < 0:
        return None
    cued = bool(_AR_SETTLEMENT_BEFORE.search(sentence, max(0, at - 30), at)
                or _AR_ATTACKED_BEFORE.search(sentence, max(0, at - 40), at))
    for c in list(res.candidates)[:3]:
        if c.precision == "town" and (c.population or 0) >= ARABIC_ALIAS_CITY_POP and c.confidence >= 0.97:
            if cued or _bare_arabic_city(name, c, sentence, at, focus):
                return Resolution(c, res.candidates, f"{name!r} is the Arabic name of {c.name} ({c.country}), a big city")
    return None


def _bare_arabic_city(name: str, city: Place, sentence: str, at: int, focus) -> bool:
    """May the bare Arabic ``name`` (no settlement word) stand for ``city``, one of its exact aliases?"""
    from rapidfuzz import fuzz
    from .normalize import arabic_roman, roman_fold

    if fuzz.ratio(roman_fold(arabic_roman(name)), roman_fold(city.name)) < ARABIC_BARE_ALIAS_RATIO:
        return False
    pop = city.population or 0
    if pop >= WORLD_CITY_POP or (city.country or "").upper() in focus:
        return True
    # (a name with the article, "الحصار", siege, which GeoNames gives Hisar, is a word before it is a city abroad)
    return not name.startswith("ال") and bool(_AR_NAME_ENDS.match(sentence, at + len(name)))


def _major_city_exonym(name: str, res: Resolution) -> Optional[Resolution]:
    """The big city among the first candidates that ``name`` spells as an exonym, or None.

    "Kiev" shares its spelling key with a Palestinian Jaba' (ranked first as a place of the region) and
    with Kyiv; "Odessa" is an alias of Odesa. A reader takes the city of millions whose own name the
    word looks like; a small namesake or a fuzzy neighbour is never taken this way.
    """
    if not name or _ARABIC_BLOCK.search(name) or not name[:1].isupper() or is_common_word(name) \
            or _SEA_WORDS.search(name):
        return None  # ("Gulf" shares a key with Golfe, a city of Angola: a sea word names no city)
    written = _bare(name)
    for c in list(res.candidates)[:6]:
        if (c.population or 0) < EXONYM_CITY_POP or c.confidence < 0.97 or c.precision != "town":
            continue
        major = (c.population or 0) >= MAJOR_CITY_POP
        if not major and (c.confidence < 1.0 or not _looks_like_exonym(written, _bare(c.name))
                          or any(o.precision == "country" for o in res.candidates)):
            # (a smaller city: an exact name of its own that looks like it, "Soumy" for Sumy; never a country's name,
            # "France", which GeoNames also gives Franca, a Brazilian city of 350,000)
            continue
        # an exonym keeps the city's initial (Kiev/Kyiv, Kharkov/Kharkiv, Lvov/Lviv)
        if _looks_like_exonym(written, _bare(c.name)) or _same_stem(written, _bare(c.name)):
            heavier = next((o for o in list(res.candidates)[:6] if o.precision == "town" and o.confidence >= 0.97
                            and _weightier_alias(o, c)), None)
            if heavier is not None:  # ("Pékin": Beijing, not Pikine, see _weightier_alias)
                return Resolution(heavier, res.candidates, f"{name!r} is the name from afar of {heavier.name} "
                                                           f"({heavier.country}), far weightier than {c.name}")
            return Resolution(c, res.candidates, f"{name!r} is an exonym of {c.name} ({c.country}), a major city")
    return None


# A runner-up of the region replaces a foreign best candidate only when its own name answers nearly
# exactly: a common word ("much", "can") fuzzily matches some village of the region as well.
RUNNER_UP_MATCH = 0.85


def _regional_runner_up(name: str, res: Resolution, focus) -> Optional[Resolution]:
    """The first other candidate in the document's countries that is no misreading."""
    from .gazetteer import REGION

    if res.place is None or (res.place.country or "").upper() in REGION or _lossy_latin(name, res.place):
        return None  # the best candidate was set aside as a misreading, not as a foreign namesake
    for c in list(res.candidates)[1:4]:
        cc = (c.country or "").upper()
        if c.record_id == res.place.record_id or c.confidence < RUNNER_UP_MATCH:
            continue
        # A curated row of the region written by one of its aliases is meant whatever countries the article names:
        # the row is there because reporting names the place so ("Chebaa" is Shebaa, not Chiba).
        alias = c.record_id in _curated_written().get(_fold(name), ())
        own = alias or _bare(name) == _bare(c.name)
        if cc not in focus and not (alias and cc in REGION) and (focus or cc not in REGION or not own):
            continue  # outside the document's countries only the region's own exact name, and only when no country is told
        alt = Resolution(c, res.candidates, res.reason)
        if not own and not any("\u0600" <= ch <= "\u06ff" for ch in name):
            continue  # a Latin name must be the runner-up's own name, not a spelling-key neighbour
        if _lossy_latin(name, c) is None and _foreign_misreading(name, alt, focus) is None:
            return alt
    return None


def vet(name: str, res: Resolution, focus=()) -> Resolution:
    """Apply the resolver's rules against foreign namesakes and misreadings to one lookup.

    :meth:`Gazetteer.resolve` ranks candidates; it does not know that reporting on the region
    rarely means a Chinese city matched fuzzily ("Shuhayl" -> Zhuhai) or a village in Missouri.
    Any caller that looks a name up outside :func:`resolve_frames` (a geocoder, a CLI lookup)
    should pass its answer through here so that it abstains where the pipeline would.

    Parameters
    ----------
    name : str
        The name as asked.
    res : Resolution
        What ``gazetteer.resolve(name, ...)`` answered.
    focus : iterable of str, optional
        ISO alpha-2 codes of the countries the text is about.

    Returns
    -------
    Resolution
        ``res`` itself when its place may be meant; else a resolution without a place, the same
        candidates, and a one-line reason.
    """
    if isinstance(focus, str):
        focus = (focus,)
    focus_set = tuple(c.upper() for c in focus if c)
    if res.place is not None and word_kind(name) is not None:
        return Resolution(None, res.candidates, f"{name!r} is a common word, a people or an organisation, "
                                                f"not a place name")
    return _vetted(name, res, focus_set)


# Below this confidence the gazetteer's pick shares only a spelling key with the name ("Tigre", the
# French Tigris, and Petah Tikva), and below this likeness (rapidfuzz ratio of the folded names,
# article dropped) the written name does not look like the pick's own name either.
UNLIKE_CONFIDENCE = 0.7
UNLIKE_RATIO = 70.0
UNLIKE_PART = 90.0


def _unlike_foreign(name: str, res: Resolution, focus) -> Resolution:
    """Drop a doubtful pick in a country the article never names, whose name does not look like ``name``.

    An article about Iraq that writes "le Tigre" (the river) means no town of Israel whose name the
    normaliser folds to the same key; such a pick would also pull the article's next namesakes
    ("Haditha") into that country. With no focus (nothing said of countries) every country is possible;
    a curated place answers to its aliases ("Abou Dhabi" under an airport cue is that city's airport), and
    a country or province to its exonyms ("Koweït").
    """
    p = res.place
    if p is None or not focus or (p.country or "").upper() in focus or p.confidence >= UNLIKE_CONFIDENCE \
            or p.layer in ("user", "curated") or p.precision in ("country", "governorate") \
            or any("\u0600" <= ch <= "\u06ff" for ch in name):
        return res
    from rapidfuzz import fuzz

    written, own = _bare(name), _bare(p.name)
    if fuzz.ratio(written, own) >= UNLIKE_RATIO or fuzz.partial_ratio(written, own) >= UNLIKE_PART:
        return res  # a spelling of the pick's name, or its short form ("Golan" of the Golan Heights)
    return Resolution(None, res.candidates, f"{name!r} only shares a spelling key with {p.name} ({p.country}), "
                                            f"in a country the article does not name")


# A pick inside the article's countries that only shares a spelling key with the written name is kept
# when it lies within this distance of a place the article has already placed (the same area).
UNLIKE_NEAR_KM = 60.0
FOREIGN_ALIKE_RATIO = 85.0


def _unlike_far(name: str, res: Resolution, focus, placed) -> Resolution:
    """Drop a doubtful pick that does not look like ``name`` and lies away from the article's other places.

    "Akkar" (a Lebanese district the gazetteer lacks in Latin script) finds Acre or Ankara by its
    spelling key; "Ghouta" finds Al-Kut. Such a pick is dropped when its name does not look like the
    written one (the :func:`_unlike_foreign` likeness test) even in a country the article names (a
    country adjective, "Israeli", puts Israel among them), unless it lies within
    :data:`UNLIKE_NEAR_KM` of a place the article placed before.
    """
    p = res.place
    if p is None or p.confidence >= UNLIKE_CONFIDENCE or p.layer in ("user", "curated") \
            or p.precision in ("country", "governorate") or any("\u0600" <= ch <= "\u06ff" for ch in name):
        return res
    from rapidfuzz import fuzz

    written, own = _bare(name), _bare(p.name)
    # outside the countries the article names, a near spelling must be nearer ("Akkar" is not Ankara)
    alike = UNLIKE_RATIO if not focus or (p.country or "").upper() in focus else FOREIGN_ALIKE_RATIO
    if fuzz.ratio(written, own) >= alike or fuzz.partial_ratio(written, own) >= UNLIKE_PART:
        return res
    if any(q.precision != "country" and _km(p, q.point) <= UNLIKE_NEAR_KM for q in placed):
        return res
    # "Russian troops shelled Nikopol": with no country told, the key's Turkish namesake (Koyulhisar, once
    # "Nikopol") ranks first as a place of the region; the runner-up written exactly so, a city of 100,000, is
    # the one meant (as _own_name_runner_up reads a short word's neighbour)
    own = _own_name_city(name, res, focus)
    if own is not None:
        return own
    return Resolution(None, res.candidates, f"{name!r} only shares a spelling key with {p.name} ({p.country}), "
                                            f"which lies away from the article's other places")


# Reasons of Gazetteer.resolve's cross-script fallback (see _vetted)
CROSS_SCRIPT_REASONS = (CROSS_SCRIPT_MATCH, AIRPORT_OF_PLACE)


def _small_foreign(place: Place, focus) -> bool:
    """A place outside the region and the document's countries, too small to be meant from afar."""
    from .gazetteer import REGION

    if place.layer == "curated" or place.precision in ("country", "governorate"):
        return False
    cc = (place.country or "").upper()
    return bool(cc) and cc not in REGION and cc not in focus and (place.population or 0) < SMALL_FOREIGN


# Per gazetteer: (what was asked) -> Resolution or None. Which facility a town has is a fact of the
# gazetteer, not of the text, so it is worked out once per town (a batch names the same towns again and again).
_MEMO: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _memo(gazetteer) -> dict:
    try:
        memo = _MEMO.setdefault(gazetteer, {})
    except TypeError:  # a gazetteer that cannot be weakly referenced: no memo
        return {}
    if len(memo) > 8192:
        memo.clear()
    return memo


def _facility_of_town(gazetteer, ref: PlaceRef, cue, town: Place, *, focus):
    """The facility named after ``town`` for a facility cue: "مطار السليمانية" -> Sulaymaniyah International Airport."""
    memo = _memo(gazetteer)
    key = ("town", town.record_id, ref.cue, cue, focus, ref.name if _ARABIC_BLOCK.search(ref.name) else None)
    if key not in memo:
        memo[key] = _facility_of_town_uncached(gazetteer, ref, cue, town, focus=focus)
    return memo[key]


def _facility_of_town_uncached(gazetteer, ref: PlaceRef, cue, town: Place, *, focus):
    from .gazetteer import CUE_FEATURES

    reach = max(FACILITY_KM, town.radius_km or 0.0)
    for word in _FACILITY_WORDS_AR.get(ref.cue, ()) if _ARABIC_BLOCK.search(ref.name) else ():
        res = gazetteer.resolve(f"{word} {ref.name}", cue=cue, near=town.point, near_km=reach, focus=focus)
        p = res.place
        if p is not None and p.feature in CUE_FEATURES.get(cue or "", ()) and _match(res) >= 0.97 \
                and _km(p, town.point) <= reach:
            return res
    for suffix in _FACILITY_NAMES.get(ref.cue, ()):
        res = gazetteer.resolve(f"{town.name} {suffix}", cue=cue, near=town.point, near_km=reach, focus=focus)
        p = res.place
        if p is not None and p.feature in CUE_FEATURES.get(cue or "", ()) and _km(p, town.point) <= reach:
            return res
    return None


# A plural facility word that governs a list of town names ("les aéroports internationaux de Beyrouth et de Tripoli",
# "the airports of Damascus and Aleppo", "مطاري دمشق وحلب"): each town of the list names its facility.
# Names in the list are capitalised (Latin) or single words joined by "و"/"،" (Arabic).
_LIST_NAME_EN = r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*"
_LIST_NAME_FR = r"[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*)*"
_LISTED_CUE = (
    re.compile(r"\b(?P<cue>airports|air ?bases|airfields)\s+(?:of|in|at)\s+(?:the\s+)?(?:" + _LIST_NAME_EN
               + r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)*$"),
    re.compile(r"\b(?P<cue>[Aa]éroports|[Bb]ases aériennes|[Aa]érodromes)(?:\s+(?:internationaux|"
               r"militaires|civils))?\s+(?:de\s+|d['’]|du\s+)(?:" + _LIST_NAME_FR
               + r"\s*(?:,\s*|\s+et\s+)(?:de\s+|d['’]|du\s+)?)*$"),
    re.compile(r"(?P<cue>مطار[يا]|مطارات|قاعدت[يا]|قواعد)\s+(?:\w+\s*(?:،\s*|\s+)و?)*و?$"),
)
# ... and after the list: "the Damascus and Aleppo airports", "les aéroports ... " is above
_LISTED_CUE_AFTER = re.compile(r"^(?:\s*(?:,|and)\s*" + _LIST_NAME_EN + r")*\s+(?:international\s+)?"
                               r"(?P<cue>airports|air bases)\b")


def _listed_cue(name: str, sentence: str) -> Optional[str]:
    """The facility cue a list of names in ``sentence`` shares ("les aéroports de Beyrouth et de Tripoli" -> airport).

    Parameters
    ----------
    name : str
        A place name as written in the sentence.
    sentence : str

    Returns
    -------
    str or None
        ``"airport"`` or ``"airbase"`` when a plural facility word governs the name, else None (a
        singular "the airport of X" is the extractor's cue to read).
    """
    if not name or not any(w in sentence for w in ("irport", "éroport", "érodrome", "ir base", "irbase", "irfield",
                                                   "ase aérienne", "ases aériennes", "مطار", "قاعدت")):
        return None  # cheap test: most sentences name no airport or air base
    at = sentence.find(name)
    while at >= 0:  # the name may be written twice ("Damas, 12 octobre (AFP) - ... aéroports de Damas")
        before = sentence[max(0, at - 160):at]
        for pattern in _LISTED_CUE:
            m = pattern.search(before)
            if m is not None:
                cue = m.group("cue").lower()
                return "airport" if cue.startswith(("airport", "aéroport", "aérodrome", "مطار")) else "airbase"
        m = _LISTED_CUE_AFTER.match(sentence[at + len(name):at + len(name) + 120])
        if m is not None:
            return "airport" if m.group("cue").startswith("airport") else "airbase"
        at = sentence.find(name, at + len(name))
    return None


def _container_fallback(gazetteer, ref: PlaceRef, *, focus) -> Optional[Resolution]:
    """An unknown place written with the area that holds it ("Hay el-Sellom, dans la banlieue sud de
    Beyrouth", "a village in Nineveh"): the area, at its own (wider) precision.

    Returns None when the container is no place either.
    """
    box = _container_place(gazetteer, ref, focus=focus)
    if box is None and not focus:
        # "the X neighbourhood of Aleppo" in a short report that names no country: a town the
        # gazetteer knows exactly and surely (no weaker namesake) is where X is
        box = _container_place(gazetteer, ref, focus=focus, anywhere=True)
        if box is not None and (box.precision != "town" or box.confidence < 0.8):
            box = None
    if box is None and focus:
        # "حي X بمدينة رفح" in a report that names only Israel: a town the gazetteer knows exactly, in a land
        # neighbour of the article's main country (Gaza, the West Bank, south Lebanon), is still its place
        box = _container_place(gazetteer, ref, focus=focus, anywhere=True)
        if box is not None and (box.country or "").upper() not in _LAND_NEIGHBOURS.get(focus[0], "").split():
            box = None
    if box is None:
        return None
    return Resolution(box, [box], f"{ref.name!r} is not in the gazetteer: placed at {box.name}, the area "
                                  f"written with it (radius {box.radius_km:g} km)")


def _sure_place(gazetteer, name: str, min_confidence: float, precisions: tuple, **lookup) -> Optional[Place]:
    """The place ``name`` resolves to (``lookup``: focus, near, near_km, cue), when at least
    ``min_confidence`` sure and of one of ``precisions``; None otherwise, a lookup error included."""
    try:
        p = gazetteer.resolve(name, **lookup).place
    except GazetteerError:
        return None
    if p is None or p.confidence < min_confidence or p.precision not in precisions:
        return None
    return p


# The Arabic quarter word: the reader strips it from "حي الزيتون" and leaves the cue "area"; the curated rows
# write a quarter's Arabic name with it, as wire copy does
_AR_QUARTER = "حي "


def _arabic_quarter(gazetteer, ref: PlaceRef, res: Resolution, *, focus, near, near_km) -> Resolution:
    """The city quarter a curated row names "حي X", for an Arabic X read after an area word.

    "منزلا في حي الزيتون بغزة": the bare word (الزيتون, olives) is also the Arabic name of a village in
    Turkey, and the quarter's own row answers to "حي الزيتون" only. The quarter is taken when that exact
    name is a district of the gazetteer's own rows (one dictionary lookup more for such names only).
    """
    if ref.cue != "area" or not ref.name or not _ARABIC_BLOCK.search(ref.name) or ref.name.startswith(_AR_QUARTER):
        return res
    if res.place is not None and res.place.feature == "district":
        return res
    try:
        alt = gazetteer.resolve(_AR_QUARTER + ref.name, cue="district", container=ref.container, near=near,
                                near_km=near_km, focus=focus)
    except GazetteerError:
        return res
    p = alt.place
    if p is None or p.layer != "curated" or p.feature != "district" or not alt.reason.startswith("exact"):
        return res
    return Resolution(p, alt.candidates, f"{alt.reason}; the quarter written \"{_AR_QUARTER}{ref.name}\"")


# The cues of a settlement: they tell a town is meant, never which one of the name's places (and a country read
# under one of them, "à X, village frontalier du sud du Liban", comes from an apposition that only tells where X lies)
_SETTLEMENT_CUES = frozenset({"village", "town", "city"})


def _settlement_cue_kept_worse(gazetteer, ref: PlaceRef, res: Resolution, *, focus, near, near_km) -> Resolution:
    """``res``, or the lookup of the bare name when a settlement cue made the answer worse.

    "the town of Saleef", "la localité de Zeitoun": the cue only tells a settlement is meant, but it rules out
    the reviewed row the bare name is written as (Salif port, Zeitoun the Gaza quarter, features no settlement
    cue accepts), so a far namesake wins (Chlef in Algeria, set aside as a foreign alias; Süleymanlı in Turkey,
    whose Arabic name is "الزيتون").  A reviewed row the bare name matches exactly, in the region or the
    document's countries, is kept over a pick that is no reviewed row, unless that pick lies in a country the
    document names and the row does not.
    """
    from .gazetteer import REGION

    if ref.cue not in _SETTLEMENT_CUES or not ref.name or (res.place is not None and res.place.layer == "curated"):
        return res
    bare = gazetteer.resolve(ref.name, cue=None, container=ref.container, near=near, near_km=near_km, focus=focus)
    p = bare.place
    if p is None or p.layer != "curated" or _match(bare) < 0.97 or \
            (res.place is not None and p.record_id == res.place.record_id):
        return res
    cc = (p.country or "").upper()
    if cc not in REGION and cc not in focus:
        return res
    if res.place is not None and (res.place.country or "").upper() in focus and cc not in focus \
            and vet(ref.name, res, focus).place is not None:
        return res
    return bare


def _lookup(gazetteer, ref: PlaceRef, *, focus, near=None, near_km=None):
    cue = _CUES.get(ref.cue, ref.cue)
    res = gazetteer.resolve(ref.name, cue=cue, container=ref.container, near=near, near_km=near_km, focus=focus)
    res = _arabic_quarter(gazetteer, ref, res, focus=focus, near=near, near_km=near_km)
    res = _settlement_cue_kept_worse(gazetteer, ref, res, focus=focus, near=near, near_km=near_km)
    if res.place is None and ref.cue in _SUFFIX_FOR_CUE and ref.name:
        # "al-Assad" read as an air base: the gazetteer may know it only as "al-Asad Air Base".
        alt = gazetteer.resolve(f"{ref.name} {_SUFFIX_FOR_CUE[ref.cue]}", cue=cue, container=ref.container,
                                near=near, near_km=near_km, focus=focus)
        if alt.place is not None:
            return alt
    if ref.cue == "province" and ref.name:
        # "Kermanshah province": the province, not the city it is named after (a launch area 300 km
        # from the target is a province's extent, not a city's point)
        # ("محافظة درعا": Arabic writes the word before the name, and the gazetteer keeps it so)
        alt = gazetteer.resolve(f"محافظة {ref.name}" if _ARABIC_BLOCK.search(ref.name) else f"{ref.name} province",
                                cue=cue, container=ref.container, near=near, near_km=near_km, focus=focus)
        if alt.place is not None and alt.place.precision == "governorate" and (
                res.place is None or res.place.precision != "governorate" or _match(alt) > _match(res)
                or (_match(alt) >= 1.0 and alt.place.record_id != res.place.record_id
                    and (_bare(alt.place.name).startswith(_bare(ref.name))
                         or _focus_rank(alt.place, focus) <= _focus_rank(res.place, focus)))):
            # an area of the name itself ("Kurdistan" -> the Kurdistan Region of Iraq) keeps the name
            # over another country's province that only shares a spelling key ("Kordestan Province"),
            # unless that country is the one the document talks about more
            return alt
    if ref.cue == "area" and ref.name and _ARABIC_BLOCK.search(ref.name) and (
            res.place is None or res.place.precision != "governorate"):
        # "منطقة خاركيف", "منطقة بيلغورود": Arabic names a Russian or Ukrainian oblast (and a Saudi region) with
        # the word for area; only a province that answers to that very phrase is meant, not a quarter of the city
        alt = gazetteer.resolve(f"منطقة {ref.name}", cue="governorate", container=ref.container, near=near,
                                near_km=near_km, focus=focus)
        if alt.place is not None and alt.place.precision == "governorate" and _match(alt) >= 1.0:
            return alt
    if ref.cue in _FACILITY_NAMES and ref.name and (res.place is None or res.place.feature not in _SITES):
        # "مطار أربيل": a facility named by its town. The facility named after the town, when the gazetteer
        # has it near the town; else the town itself, with the town's (wider) precision.
        town = gazetteer.resolve(ref.name, cue=None, container=ref.container, near=near, near_km=near_km, focus=focus)
        if town.place is not None and town.place.feature in _TOWNS + ("governorate", "district"):
            facility = _facility_of_town(gazetteer, ref, cue, town.place, focus=focus)
            if facility is not None:
                return facility
        if res.place is None and town.place is not None and town.place.feature in _TOWNS and _sure_town(town, focus):
            return town
    return res


def _focus_rank(place: Place, focus) -> int:
    """Where the place's country stands in the document's focus (most mentioned first); after all when absent."""
    cc = (place.country or "").upper()
    return focus.index(cc) if cc in focus else len(focus)


def _sure_town(town: Resolution, focus=()) -> bool:
    """Is the town a facility cue fell back to sure enough to stand for the facility?

    Confident, or a curated row matched by its exact name: a curated town keeps its namesakes in
    GeoNames (the gazetteer then lowers its confidence), but it is there because reporting names it.
    A town of the country the document talks about most, matched by its exact name, is sure too: "la
    base de Gao, au Mali" is in Gao, whatever namesakes in India or China lower the gazetteer's confidence.
    """
    p = town.place
    return p is not None and (p.confidence >= 0.8 or (p.layer == "curated" and _match(town) >= 0.97)
                              or (bool(focus) and (p.country or "").upper() == focus[0] and _match(town) >= 0.97
                                  and p.confidence >= 0.55))


def _names_in(gazetteer, sentence: str) -> list:
    """``gazetteer.find_names(sentence)``, once per sentence (a frame's target, impacts and launch share it)."""
    finder = getattr(gazetteer, "find_names", None)
    if finder is None or not sentence:
        return []
    memo = _memo(gazetteer)
    key = ("names", sentence)
    if key not in memo:
        memo[key] = finder(sentence)
    return memo[key]


def _occurrences(name: str, sentence: str) -> list[int]:
    """Where ``name`` is written in ``sentence``, left to right, not overlapping: the starts
    ``re.finditer(re.escape(name), sentence)`` finds, without a pattern compiled for each new name."""
    if not name:
        return list(range(len(sentence) + 1))  # (the empty pattern matches at every position)
    out, at = [], sentence.find(name)
    while at >= 0:
        out.append(at)
        at = sentence.find(name, at + len(name))
    return out


def _whole_name(gazetteer, ref: PlaceRef, sentence: str, *, focus, near=None, near_km=None):
    """The gazetteer name the mention was cut from, read in its sentence; or None.

    An extractor that stops at a word it does not know, or at a letter outside its alphabet, keeps
    only the start of a name: "الإمام" of "قاعدة الإمام علي الجوية", "Arabie" of "Arabie saoudite",
    the first letters of a Kurdish name written with a Persian letter. A known name of the sentence
    that contains the mention, starting at a word boundary, is what was meant.
    """
    name = (ref.name or "").strip()
    if not sentence or len(name) < 2 or name not in sentence:
        return None
    starts = [at for at in _occurrences(name, sentence) if at == 0 or not sentence[at - 1].isalnum()]
    if not starts:
        return None
    for start, end, text in _names_in(gazetteer, sentence):
        if len(text) <= len(name) or not any(start <= i and i + len(name) <= end for i in starts):
            continue
        if is_common_word(text) or _organisation_facility(text):
            continue
        try:
            res = gazetteer.resolve(text, container=ref.container, near=near, near_km=near_km, focus=focus)
        except GazetteerError:
            continue
        p = res.place
        if p is None or p.confidence < 0.6 or _small_foreign(p, focus) or _foreign_misreading(text, res, focus):
            continue
        return Resolution(p, res.candidates, f"{name!r} is cut from {text!r}, named in its sentence: {res.reason}")
    return None


# "Derik (al-Malikiyah)", "Kobani (Ain al-Arab)", "al-Malikiyah (Derik)": a name and, in brackets right after
# it, another name of the same place (or the area it lies in). Up to 60 characters inside the brackets.
_BRACKET_CHARS = frozenset("([\uff08")
# Two names given as one place's names may lie this far apart (the sources' points for one town differ).
ALIAS_KM = 15.0


def _bracket_partner(gazetteer, sentence: str, name: str) -> Optional[str]:
    """The other name written in brackets beside ``name`` in ``sentence``: "X (Y)" -> Y, "Y (X)" -> Y; or None.

    For "Y (X)" the partner is the known name (:meth:`find_names`) that ends right before the bracket.
    """
    if not sentence or not name or len(name) < 2:
        return None
    for at in _occurrences(name, sentence):
        before, after = sentence[:at], sentence[at + len(name):]
        if at and before[-1:].isalnum():
            continue  # inside another word
        got = re.match(r"\s*[(\[\uff08]\s*([^()\[\]\uff08\uff09]{2,60}?)\s*[)\]\uff09]", after)
        if got:
            return got.group(1)
        bracket = re.search(r"[(\[\uff08]\s*$", before)
        if bracket and re.match(r"\s*[)\]\uff09]", after):
            # "al-Malikiyah (Derik)": the mention is the bracketed one
            end = len(before[:bracket.start()].rstrip())
            for start, stop, text in _names_in(gazetteer, sentence):
                if stop == end:
                    return text
    return None


def _bracket_alias(gazetteer, ref: PlaceRef, sentence: str, res: Resolution, *, focus, near=None, near_km=None):
    """Settle a name by the other name the sentence gives it in brackets; ``res`` itself when it cannot.

    Reporting names a place twice when its names differ by language or era: "Derik (al-Malikiyah)",
    "Kobani (Ain al-Arab)", "Serêkaniyê (Ras al-Ain)". The second name is often unambiguous where
    the first has namesakes (a Derik in Turkey, a Kobani nowhere), so the place is the candidate of
    the mention that lies within :data:`ALIAS_KM` of the partner's place; without one, the
    partner's place itself when the mention found nothing or only a place far from it. A partner
    that is a governorate or a country is the area the place lies in ("Derik (Hasakah)").
    """
    partner = _bracket_partner(gazetteer, sentence, ref.name)
    if not partner or is_common_word(partner) or _fold(partner) == _fold(ref.name):
        return res
    try:
        other = gazetteer.resolve(partner, focus=focus, near=near, near_km=near_km)
    except GazetteerError:
        return res
    q = other.place
    if q is None or q.confidence < 0.6 or _small_foreign(q, focus) or _foreign_misreading(partner, other, focus):
        return res
    if q.precision in ("governorate", "country"):
        def inside(p: Place) -> bool:
            if q.precision == "country":
                return p.country == q.country
            return _km(p, q.point) <= (q.radius_km or 0.0) + ALIAS_KM

        if res.place is None or inside(res.place):
            return res
        for c in res.candidates:
            if inside(c):
                return Resolution(c, res.candidates, f"{res.reason}; {c.name} lies in {q.name}, named beside it "
                                                     f"in brackets")
        return res
    if res.place is not None and _km(res.place, q.point) <= ALIAS_KM + (q.radius_km or 0.0):
        return res  # the two names agree
    for c in res.candidates:
        if _km(c, q.point) <= ALIAS_KM + (q.radius_km or 0.0):
            return Resolution(c, res.candidates, f"{ref.name!r} is {c.name}, also named {partner!r} in brackets "
                                                 f"beside it")
    if res.place is None or _match(res) < 1.0 or res.place.confidence < q.confidence:
        return Resolution(q, other.candidates, f"{ref.name!r} is named {partner!r} in brackets beside it: "
                                               f"{other.reason}")
    return res


# "استهداف ثكنة برانيت وموقع المالكية", "ثكنة زرعيت وثكنة برانيت": two sites of one list, each under its own cue
# noun joined by a bare "و" -- the next (or the last) item of the verb's objects, another target, not the site that
# lies beside the other item's village (the list items are read each as a site of its own)
# (the site cue nouns of arabic.CUE_NOUNS, with the settlements and the army's posts that name no place kind there)
_AR_SITE_NOUNS = r"(?:ال)?(?:" + "|".join(sorted(
    {k for k, v in arabic.CUE_NOUNS.items() if v in ("base", "airport", "oil_field")}
    | {"مستوطنة", "مستعمرة", "نقطة", "مركز", "تجمع", "مربض", "مرابض", "تلة"}, key=len, reverse=True)) + r")"
_AR_ITEM_AFTER = re.compile(r"\s*،?\s*و\s?(?:" + _AR_SITE_NOUNS + r"\s+)?")
_AR_ITEM_BEFORE = re.compile(r"[^\s،,.؛:]+(?:\s+[^\s،,.؛:]+){0,3}?\s*،?\s*و\s?" + _AR_SITE_NOUNS + r"\s+")


def _sibling_item(sentence: str, start: int, name: str) -> bool:
    """Whether the place named at ``start`` and ``name`` are two items of one Arabic list of sites, the later one
    under a cue noun of its own after a bare "و" (see _AR_ITEM_AFTER)."""
    if not _ARABIC_BLOCK.search(name):
        return False
    at = sentence.find(name)
    while at >= 0:
        if at < start and _AR_ITEM_AFTER.fullmatch(sentence, at + len(name), start) is not None:
            return True
        if start < at and _AR_ITEM_BEFORE.fullmatch(sentence, start, at) is not None:
            return True
        at = sentence.find(name, at + 1)
    return False


def _site_by_sentence(gazetteer, ref: PlaceRef, sentence: str, *, focus, near=None, near_km=None):
    """A site cue whose name is a town's ("the base at the gas field near the village of X"): the site
    of the cue's kind that the sentence names beside the town, else the town itself; or None.

    The extractor joins the cue to the nearest name; when that name is a village the gazetteer
    knows, the site meant is the one of the cue's kind the same sentence names within
    :data:`FACILITY_KM` of it, and without one the village stands for the site.
    """
    from .gazetteer import CUE_FEATURES, SITE_FEATURES

    cue = _CUES.get(ref.cue, ref.cue)
    kinds = CUE_FEATURES.get(cue or "", frozenset())
    if not kinds or not kinds & SITE_FEATURES or not ref.name:
        return None
    try:
        town = gazetteer.resolve(ref.name, cue=None, container=ref.container, near=near, near_km=near_km,
                                 focus=focus)
    except GazetteerError:
        return None
    if town.place is None or town.place.feature not in _TOWNS + ("village", "district") or \
            _foreign_misreading(ref.name, town, focus) or _small_foreign(town.place, focus):
        return None
    sites = []
    for _rank, _start, _pos, res in _sentence_anchors(gazetteer, sentence, ref.name, focus=focus):
        p = res.place
        if p.feature in kinds and not _sibling_item(sentence, _start, ref.name):
            d = _km(p, town.place.point)
            if d <= FACILITY_KM + (p.radius_km or 0.0):
                sites.append((d, res))
    if sites:
        d, res = min(sites, key=lambda s: s[0])
        return Resolution(res.place, res.candidates, f"no {cue} is named {ref.name!r}; {res.place.name}, named in "
                                                     f"its sentence, lies {d:.0f} km from {town.place.name}")
    if _sure_town(town):
        return Resolution(town.place, town.candidates, f"no {cue} is named {ref.name!r}; placed at the "
                                                       f"{town.place.feature} of that name: {town.reason}")
    return None


# WGS84, for :func:`_geodesic_km`.
_WGS84_A = 6378137.0
_WGS84_F = 1 / 298.257223563
_WGS84_B = _WGS84_A * (1 - _WGS84_F)


def _geodesic_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance on WGS84 (Vincenty's inverse), km.

    The same figure as :func:`geo_events.geodesy.inverse` to well under a millimetre in the region,
    in pure Python: a scalar distance per candidate does not need numpy's array set-up per call,
    nor pyproj's import in the first article's time.
    """
    if lat1 == lat2 and lon1 == lon2:
        return 0.0
    a, f, b = _WGS84_A, _WGS84_F, _WGS84_B
    big_l = math.radians(lon2 - lon1)
    u1 = math.atan((1 - f) * math.tan(math.radians(lat1)))
    u2 = math.atan((1 - f) * math.tan(math.radians(lat2)))
    sin_u1, cos_u1, sin_u2, cos_u2 = math.sin(u1), math.cos(u1), math.sin(u2), math.cos(u2)
    lam = big_l
    sin_s = cos_s = s = cos2a = c2sm = 0.0
    for _ in range(200):
        sl, cl = math.sin(lam), math.cos(lam)
        sin_s = math.hypot(cos_u2 * sl, cos_u1 * sin_u2 - sin_u1 * cos_u2 * cl)
        if sin_s == 0.0:
            return 0.0
        cos_s = sin_u1 * sin_u2 + cos_u1 * cos_u2 * cl
        s = math.atan2(sin_s, cos_s)
        sin_a = cos_u1 * cos_u2 * sl / sin_s
        cos2a = 1 - sin_a * sin_a
        # on the equator cos2a is 0 and the term drops out
        c2sm = cos_s - 2 * sin_u1 * sin_u2 / cos2a if cos2a else 0.0
        c = f / 16 * cos2a * (4 + f * (4 - 3 * cos2a))
        prev = lam
        lam = big_l + (1 - c) * f * sin_a * (s + c * sin_s * (c2sm + c * cos_s * (-1 + 2 * c2sm * c2sm)))
        if abs(lam - prev) < 1e-12:
            break
    usq = cos2a * (a * a - b * b) / (b * b)
    big_a = 1 + usq / 16384 * (4096 + usq * (-768 + usq * (320 - 175 * usq)))
    big_b = usq / 1024 * (256 + usq * (-128 + usq * (74 - 47 * usq)))
    ds = big_b * sin_s * (c2sm + big_b / 4 * (cos_s * (-1 + 2 * c2sm * c2sm)
                                              - big_b / 6 * c2sm * (-3 + 4 * sin_s * sin_s) * (-3 + 4 * c2sm * c2sm)))
    return b * big_a * (s - ds) / 1000.0


def _km(place: Place, near) -> float:
    return _geodesic_km(near[0], near[1], place.lat, place.lon)


def _within(place: Place, near, near_km) -> bool:
    """Is ``place`` within ``near_km`` (plus its own extent) of ``near``? Areas and countries always are."""
    if near is None or near_km is None or place.precision in ("governorate", "country", "district"):
        return True
    return _km(place, near) <= near_km + (place.radius_km or 0.0)


def _unnamed_facility(gazetteer, ref: PlaceRef) -> bool:
    """Is the name only a feature word ("US consulate", "the embassy", "la base")?"""
    split = getattr(gazetteer, "_split_cue", None)
    if split is None or not ref.name:
        return False
    rest, cue = split(ref.name)
    return bool(cue) and not rest


# Words that begin place names ("Ain Baal", "Tell Abyad", "Wadi Hajar", "عين بعال") and never name a place alone:
# an extractor that stops after one of them has cut a name it did not know.
_GENERIC_ALONE = frozenset(_fold(w) for w in (
    "ain ayn ein aïn tell tal tel wadi ouadi oued jabal jebel djebel bir deir dayr kfar kafr ras khirbet khirbat "
    "mazraat qaryat nahr "
    "عين بئر بير تل جبل وادي دير كفر راس رأس خربة مزرعة قرية نهر").split())
# "X near Y" / "X, Y" / "X à Y": link words between an unplaced name and the place that says where it is.
_NEAR_AFTER = re.compile(
    r"^[\s,]*(?:(?:near|close to|outside|just outside|on the outskirts of|in|at|of|"
    r"près de|à proximité de|non loin de|aux abords de|à|dans|"
    r"قرب|بالقرب من|قريبا من|قريبة من|على مقربة من|على أطراف|في|ب)\s+)?"
    r"(?:(?:the\s+)?(?:town|city|village|district) of\s+|(?:la\s+)?(?:ville|localité) de\s+|"
    r"(?:قضاء|ناحية|مدينة|بلدة|قرية|محافظة)\s+)?$", re.I)
_NEXT_WORDS = re.compile(r"([\s,]*(?:\S+\s+){0,3}?)((?:[A-Z\u00C0-\u00DE\u0600-\u06FF][^\s,.;:()]*\s?){1,3})")
_NEAR_WORD = re.compile(r"\b(?:near|close to|outside|près|proximité|non loin|abords)\b|قرب|مقربة|أطراف", re.I)
# A place written right after a name it locates: the point is that place's, good to this many km at least.
NEAR_KM = 10.0
# A neighbourhood resolved farther than this from the town written after it is a namesake, not that quarter.
QUARTER_KM = 15.0


def _placed_by_next(gazetteer, ref: PlaceRef, sentence: str, res: Resolution, *, focus) -> Optional[Resolution]:
    """The place written right after an unplaced name, or after a quarter resolved far from it; or None.

    "une zone accidentée près de Khanaqin" (no name of its own) -> Khanaqin, its radius widened to
    :data:`NEAR_KM`; "le quartier de Rahbat, à Nabatiyé" where "Rahbat" resolves 180 km away -> Nabatiyé.
    A name that resolves well and is no quarter keeps its own place.
    """
    name = (ref.name or "").strip()
    if not sentence or len(name) < 2:
        return None
    i = sentence.find(name)
    if i < 0:
        return None
    end = i + len(name)
    quarter = _district_word_beside(sentence, i, end)
    if res.place is not None and not quarter:
        return None
    spans = [(a, b, t) for a, b, t in _names_in(gazetteer, sentence) if end <= a <= end + 40]
    if not spans:
        # the index of known names misses spellings the lookup knows ("Nabatiyé"): the next words
        m = _NEXT_WORDS.match(sentence, end)
        if m is not None:
            words = list(re.finditer(r"[^\W\d_][\w'\u2019-]*", m.group(2)))
            base = end + len(m.group(1))
            spans = [(base + words[0].start(), base + words[k - 1].end(),
                      m.group(2)[words[0].start():words[k - 1].end()]) for k in range(len(words), 0, -1)]
    for start, stop, text in spans:
        link = sentence[end:start]
        if not _NEAR_AFTER.match(link) or is_common_word(text):
            continue
        try:
            got = gazetteer.resolve(text, focus=focus)
        except GazetteerError:
            return None
        # ("the Hodan district of Mogadishu": the metropolis written, not the region's town that answers to its
        # name only by an alternate name, Mukalla)
        got = _world_city_over_namesake(got, focus, text)
        p = got.place
        if p is None or p.confidence < 0.6 or p.precision not in ("site", "town", "district") \
                or _small_foreign(p, focus) or _foreign_misreading(text, got, focus):
            return None
        if res.place is not None and _km(res.place, p.point) <= QUARTER_KM + (p.radius_km or 0.0):
            return None  # the quarter is where its town is: keep the finer place
        if res.place is not None and res.place.confidence >= 0.9 and focus and res.place.country == focus[0] \
                and p.country != res.place.country:
            # "X, dans la province d'Y": X sure and in the document's own country, Y read as another
            # country's namesake (a province the gazetteer lacks matched to a foreign village)
            return None
        near_word = bool(_NEAR_WORD.search(link))
        if res.place is None:
            own = _variant_near(gazetteer, name, p, focus=focus)
            if own is not None:  # "Barakh, near Zakho": the namesake spelt with a P beside that town
                return Resolution(own, [own, p], f"{name!r} is {own.name}, spelt with B/P swapped, beside {p.name}")
        place = replace(p, radius_km=max(p.radius_km or 0.0, NEAR_KM)) if near_word or res.place is None else p
        what = "near" if near_word else "in"
        return Resolution(place, got.candidates, f"{name!r} lies {what} {p.name}, named right after it")
    return None


# A building or work named after its town ("the Qandil General Hospital", "Zubair University", "l'hôpital
# national de X", "مستشفى X العام"): with no row of its own it stands in that town.
_TOWN_WORKS = (r"hospital|university|stadium|market|bazaar|hotel|school|college|mosque|church|prison|bridge|museum|"
               r"citadel|dam|refinery|power\s+(?:station|plant)|police\s+station|courthouse")
_TOWN_FACILITY = re.compile(
    r"^(?:the\s+)?(?P<en>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)??)\s+(?:(?:national|general|central|main|public|military|"
    r"teaching|grand|great|old|new|city|municipal)\s+)*(?:" + _TOWN_WORKS + r")$"
    r"|^(?:l['’]\s*|le\s+|la\s+)?(?:hôpital|université|stade|marché|hôtel|prison|pont|musée|mosquée|barrage|"
    r"raffinerie|centrale)(?:\s+(?:national|nationale|général|générale|central|centrale|principal|principale|"
    r"universitaire|électrique))*\s+(?:de\s+|d['’]\s*)(?P<fr>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)??)$"
    r"|^(?:مستشفى|جامعة|ملعب|سوق|فندق|سجن|جسر|متحف|سد|مصفى|مصفاة)\s+(?P<ar>\S+(?:\s+\S+)??)"
    r"(?:\s+(?:العام|الجمهوري|الرئيسي|المركزي|الوطني|التعليمي|الدولي))?$", re.I)
_TOWN_FACILITY_CHEAP = frozenset(
    "hospital university stadium market bazaar hotel school college mosque church prison bridge museum citadel dam "
    "refinery power police courthouse hôpital université stade marché hôtel pont musée mosquée barrage raffinerie "
    "centrale مستشفى جامعة ملعب سوق فندق سجن جسر متحف سد مصفى مصفاة".split())


def _town_of_facility(gazetteer, ref: PlaceRef, *, focus) -> Optional[Resolution]:
    """The town a building without a row is named after ("X General Hospital" -> X), or None."""
    name = (ref.name or "").strip()
    if not _TOWN_FACILITY_CHEAP & set(name.lower().replace("l'", " ").replace("l’", " ").split()):
        return None  # cheap test: no building word
    m = _TOWN_FACILITY.match(name)
    if m is None:
        return None
    town = (m.group("en") or m.group("fr") or m.group("ar") or "").strip()
    if not town or is_common_word(town) or _fold(town) == _fold(name):
        return None
    p = _sure_place(gazetteer, town, 0.8, ("town",), focus=focus)
    if p is None or p.feature not in _TOWN_FEATURES or (focus and p.country not in focus):
        return None
    return Resolution(p, [p], f"{name!r} has no row of its own: it stands in {p.name}, whose name it bears")


# "le quartier d'X, dans l'est de la ville", "in the X district in the south of the city", "حي X شرقي
# المدينة": the city is told before (in the sentence, its paragraph, or the dateline), not after the name.
_THE_CITY = re.compile(r"\b(?:de\s+la\s+ville|the\s+city|the\s+town|de\s+la\s+localité)\b|المدينة", re.I)
_THE_CITY_CHEAP = ("ville", "city", "town", "localité", "المدينة")
_TOWN_FEATURES = frozenset({"city", "town", "capital"})
# a dateline with its country in brackets before or after the date: "TAIZ (Yemen), July 25 -", "X, 3 mai (AFP) -"
_DATELINE_LOOSE = re.compile(r"^\s*(?P<name>[^\W\d][^,(\-–—\n]{1,40}?)\s*(?:\([^)\n]{1,25}\)\s*|,[^-–—()\n]{0,40}){0,3}"
                             r"[-–—]\s")





# news agencies a dateline names in brackets ("BAGHDAD (Reuters) -"): no country
_WIRE_NAMES = frozenset("AFP AP REUTERS XINHUA ANADOLU ANSA DPA EFE KUNA WAM SPA SANA IRNA INA QNA MENA UPI BBC CNN".split()) \
    | {"AL JAZEERA", "ARAB NEWS"}


def _dateline_country(gazetteer, text: str, focus) -> Optional[str]:
    """The country of the city a dateline opens the article with, when that city is surely known; else None.

    Only a big city (a major city's exonym or an exact name of at least :data:`MAJOR_CITY_POP`) whose
    dateline also names its country ("ODESSA (Ukraine) —", "KHARKIV, Ukraine (AP) —") is trusted: a
    dateline word is often a wire name or a small namesake, and "WASHINGTON (AP) —" tells where the
    reporter sat, not what the article is about.
    """
    for line in [ln for ln in text.split("\n") if ln.strip()][:3]:
        m = _DATELINE_LOOSE.match(line)
        if m is None:
            continue
        name = m.group("name").strip()
        if not name or is_common_word(name) or len(name) > 30:
            continue
        # (the country the dateline names beside its city, read first: most lines name none, and need no lookup)
        told = re.findall(r"\(([^)\n]{1,25})\)|,\s*([^,()\-–—\n]{1,40})", line[m.start("name") + len(name):m.end()])
        # (a country's name has no digit and is no wire's: "March 16", "(Reuters)", "(AFP)" are not one)
        told = [a or b for a, b in told if not any(ch.isdigit() for ch in (a or b))
                and (a or b).strip().upper() not in _WIRE_NAMES]
        if not told:
            continue
        try:
            res = gazetteer.resolve(name.title() if name.isupper() else name, focus=focus)
        except GazetteerError:
            continue
        written = name.title() if name.isupper() else name
        res = _vetted(written, res, tuple(focus))
        if res.place is None:
            res = _major_city_exonym(written, res) or res
        p = res.place
        if p is None or p.precision != "town" or (p.population or 0) < MAJOR_CITY_POP or not p.country:
            continue
        for word in told:
            try:
                c = gazetteer.resolve(word.strip(), focus=focus).place
            except GazetteerError:
                continue
            if c is not None and c.precision == "country" and (c.country or "").upper() == p.country.upper():
                return p.country.upper()
    return None

def _city_told_before(gazetteer, text: str, at: int, *, focus) -> Optional[Place]:
    """The last city or town named before ``at`` in its paragraph, else the dateline's city; or None."""
    start = text.rfind("\n", 0, at) + 1
    for a, _b, name in reversed([n for n in _names_in(gazetteer, text[start:at])]):
        if is_common_word(name):
            continue
        p = _sure_place(gazetteer, name, 0.8, ("town",), focus=focus)
        if p is not None and p.feature in _TOWN_FEATURES:
            return p
    for line in [ln for ln in text[:start].split("\n") if ln.strip()][:3]:
        m = _DATELINE_LOOSE.match(line)
        if m is None:
            continue
        p = _sure_place(gazetteer, m.group("name").strip(), 0.8, ("town",), focus=focus)
        if p is not None and p.feature in _TOWN_FEATURES:
            return p
    return None


def _quarter_of_the_city(gazetteer, ref: PlaceRef, sentence: str, text: str, res: Resolution, *,
                         focus) -> Optional[Resolution]:
    """A neighbourhood of "the city" placed in that city when its name finds nothing near it; or None.

    "un obus est tombé dans le quartier d'X, dans l'est de la ville" under a dateline "Y -", "In Y, a
    shell hit the X neighbourhood in the north of the city": X is a quarter of Y; a namesake village of
    X far away (or no row at all) is not it. The city keeps its own point and radius.
    """
    name = (ref.name or "").strip()
    if not name or not any(map(sentence.__contains__, _THE_CITY_CHEAP)) or not _THE_CITY.search(sentence):
        return None
    i = sentence.find(name)
    if i < 0 or not _district_word_beside(sentence, i, i + len(name)):
        return None
    at = text.find(sentence) if text else -1
    city = _city_told_before(gazetteer, text, at + i, focus=focus) if at >= 0 else \
        _city_told_before(gazetteer, sentence, i, focus=focus)
    if city is None or (focus and city.country not in focus):
        return None
    if res.place is not None and _km(res.place, city.point) <= QUARTER_KM + (city.radius_km or 0.0):
        return None  # the quarter found is in that city: keep it
    return Resolution(city, [city] + [c for c in res.candidates if c is not city][:4],
                      f"{name!r} is a quarter of {city.name}, the city its sentence speaks of")


# Arabic has no "p": Kurdish and Persian names reach French and English reports through Arabic
# spelt with a "b" (پ -> ب), so "Barakh" is the village GeoNames spells "Parakh".
_B_OR_P = re.compile(r"\b([BbPp])")


def _variant_near(gazetteer, name: str, town: Place, *, focus) -> Optional[Place]:
    """The place within :data:`FACILITY_KM` of ``town`` that ``name`` names with a word-initial B and P
    swapped, when the gazetteer knows it exactly; else None."""
    if not _B_OR_P.search(name):
        return None
    swap = {"B": "P", "b": "p", "P": "B", "p": "b"}
    variant = _B_OR_P.sub(lambda m: swap[m.group(1)], name)
    p = _sure_place(gazetteer, variant, 0.9, ("site", "town"), near=town.point, near_km=FACILITY_KM, focus=focus)
    if p is None or _km(p, town.point) > FACILITY_KM or (p.record_id and p.record_id == town.record_id):
        return None
    return p


# Cues of a country's mission abroad: "the Turkish consulate", "l'ambassade de France", "القنصلية التركية".
_MISSION_CUES = frozenset({"consulate", "embassy"})


def _foreign_mission(gazetteer, ref: PlaceRef, *, focus) -> bool:
    """Is the ref a diplomatic mission read with the name of the country it belongs to ("consulat de Turquie")?"""
    if ref.cue not in _MISSION_CUES or not ref.name:
        return False
    if _fold(ref.name) in _country_names():
        return True
    try:
        p = gazetteer.resolve(ref.name, focus=focus).place
    except GazetteerError:
        return False
    return p is not None and p.precision == "country"


def _mission_named_elsewhere(gazetteer, ref: PlaceRef, sentence: str, res: Resolution, *, focus):
    """A country's mission named with no city of its own ("the U.S. embassy"), which the gazetteer knows in one
    city, when its sentence names other places and none of them lies by that one: "a drone hit a building in Tel
    Aviv near the U.S. embassy" is about the mission in Tel Aviv, not the one in Baghdad.  The mission beside a
    place of the sentence, or that place itself (see :func:`_by_sentence`); None when the sentence names no
    place, or names one by the mission the gazetteer knows."""
    anchors = [a for a in _sentence_anchors(gazetteer, sentence, ref.name, focus=focus) if a[0] <= 2]
    if not anchors or any(_km(a[3].place, res.place.point) <= max(FACILITY_KM, a[3].place.radius_km or 0.0)
                          for a in anchors):
        return None
    return _by_sentence(gazetteer, ref, sentence, focus=focus, facility=True)


def _facility_beside(gazetteer, name: str, cue, kinds, town: Place, *, focus):
    """The facility ``name`` ("US consulate") named after ``town`` or its governorate, within reach of it."""
    reach = max(FACILITY_KM, town.radius_km or 0.0)
    # named after the place itself, or after its governorate ("near Basra airport" -> "... in Basra")
    towns = dict.fromkeys(t for t in (town.name, town.admin1) if t)
    for query in [f"{name}{sep}{t}" for t in towns for sep in (" in ", " ")]:
        try:
            got = gazetteer.resolve(query, cue=cue, near=town.point, near_km=reach, focus=focus)
        except GazetteerError:
            continue
        if got.place is not None and got.place.feature in kinds and _km(got.place, town.point) <= reach:
            return Resolution(got.place, got.candidates,
                              f"{name!r} has no name of its own; the one beside {town.name}: {got.reason}")
    return None


# Words that make the name beside them a neighbourhood or a district of a city: "the Mezzeh district",
# "Karrada neighbourhood", "le quartier de Mansour", "dans la banlieue de ...", "حي المنصور", "منطقة الكرادة".
_DISTRICT_AFTER = re.compile(r"^[\s,]*(?:district|neighbou?rhood|quarter|suburb|area)s?\b", re.I)
_DISTRICT_BEFORE = re.compile(
    r"(?:\b(?:district|neighbou?rhood|quarter|suburb)s?\s+of|\b(?:quartiers?|faubourg|banlieue|secteur|district)"
    r"\s+(?:de\s+|d['\u2019]\s*|du\s+)?|(?:^|\s)(?:[وب]?حي|[وب]?منطقة))\s*$", re.I)
# What a neighbourhood's name may resolve to with the district word read.
_AREA_FEATURES = frozenset({"district", "town", "village", "city"})


_DISTRICT_IN = re.compile(r"^(?:حي|منطقة)\s|\b(?:district|neighbou?rhood|quartier)\b", re.I)


# A word every match of the three patterns above holds ("quart" of quarter and quartier), for one look at a
# whole sentence before its names are read
# (behind patterns._opened's look-ahead: the same matches, the window's other positions passed over at once)
_DISTRICT_GATE = _opened(re.compile(r"district|neighbou?rhood|quart|suburb|area|faubourg|banlieue|secteur|حي|منطقة", re.I))


def _district_word_beside(sentence: str, start: int, end: int) -> bool:
    """Does a neighbourhood word stand right before or after (or inside) the name at ``sentence[start:end]``?"""
    if _DISTRICT_GATE.search(sentence, max(0, start - 28), end + 24) is None:
        return False  # (every match of the three holds a gate word in that window: one search, not three)
    return bool(_DISTRICT_IN.search(sentence[start:end]) or _DISTRICT_AFTER.match(sentence[end:end + 24]) or _DISTRICT_BEFORE.search(sentence[max(0, start - 28):start]))


def _inside_own_name(sentence: str, own_name: str, start: int, end: int) -> bool:
    """True when ``sentence[start:end]`` lies inside an occurrence of ``own_name`` written there.

    The name finder reads only the capitalised words, so "la bande de Gaza" gives it "Gaza", the city:
    part of the target's own name, no other place the sentence names."""
    at = sentence.find(own_name, max(0, end - len(own_name)))
    while 0 <= at <= start:
        if at + len(own_name) >= end:
            return True
        at = sentence.find(own_name, at + 1)
    return False


def _sentence_anchors(gazetteer, sentence: str, own_name: str, *, focus, skip=frozenset()) -> list:
    """The places a sentence names, as (precision rank, start, position, Resolution), best first.

    Leaves out ``own_name``, common words, lower-case words the gazetteer happens to know, names in
    ``skip`` (folded: the frame's launch sites), whole countries and small foreign namesakes.
    """
    own = _fold(own_name)
    anchors = []
    for pos, (start, _end, text) in enumerate(_names_in(gazetteer, sentence)):
        folded = _fold(text)
        head = _ARTICLE_PREFIX.sub("", text)[:1]  # "al-Omar oil field" is capitalised after its article
        if folded == own or folded in skip or is_common_word(text) or (head.isalpha() and head.islower()):
            continue  # the name itself, a launch site, a common word, or a lower-case word the gazetteer knows
        if own_name and folded in own and _inside_own_name(sentence, own_name, start, _end):
            continue  # "dans le nord de la bande de Gaza": the town the area is named after, inside the area's name
        try:
            res = gazetteer.resolve(text, focus=focus)
            if _district_word_beside(sentence, start, _end):
                # "the Mezzeh district of Damascus", "le quartier de Karrada", "حي المنصور": the
                # neighbourhood, not a namesake site (an air base, an airport) the bare name finds first
                alt = gazetteer.resolve(text, cue="district", focus=focus)
                if alt.place is not None and alt.place.feature in _AREA_FEATURES and (
                        res.place is None or res.place.feature not in _AREA_FEATURES):
                    res = alt
        except GazetteerError:
            continue
        p = res.place
        if p is None or p.confidence < 0.6 or p.precision not in _PRECISION_RANK or _small_foreign(p, focus) \
                or _foreign_misreading(text, res, focus):
            continue  # "al-Haq" is not The Hague
        anchors.append((_PRECISION_RANK[p.precision], start, pos, res))
    anchors.sort(key=lambda a: a[:3])
    return anchors


def _by_sentence(gazetteer, ref: PlaceRef, sentence: str, *, focus, facility: bool):
    """Place an unnamed target through the places its sentence names.

    The facility of the ref's kind named after (or beside) one of them when ``facility``
    ("US consulate" + Erbil -> the US consulate in Erbil); else the most precise of them
    (a site before a town before a governorate; never a whole country).
    """
    anchors = _sentence_anchors(gazetteer, sentence, ref.name, focus=focus)
    if not anchors:
        return None
    cue = _CUES.get(ref.cue, ref.cue)
    split = getattr(gazetteer, "_split_cue", None)
    if not cue and split is not None:
        cue = split(ref.name)[1]
    from .gazetteer import CUE_FEATURES

    kinds = CUE_FEATURES.get(cue or "", frozenset())
    if facility and kinds:
        memo = _memo(gazetteer)
        for _rank, _start, _pos, res in anchors:
            key = ("beside", ref.name, cue, res.place.record_id, focus)
            if key not in memo:
                memo[key] = _facility_beside(gazetteer, ref.name, cue, kinds, res.place, focus=focus)
            if memo[key] is not None:
                return memo[key]
    best = anchors[0][3]
    at = sentence.find(ref.name) if ref.name else -1
    if at >= 0:
        # "l'armée a indiqué qu'une attaque a visé un dépôt de la compagnie pétrolière dans l'est de
        # Dammam": between places of equal precision, the first written after the facility says where it
        # stands (one written before it is mostly an actor or the dateline)
        after = [a for a in anchors if a[0] == anchors[0][0] and a[1] > at]
        if after:
            best = min(after, key=lambda a: a[1])[3]
    return Resolution(best.place, best.candidates,
                      f"{ref.name!r} has no name of its own; placed at {best.place.name}, named in its sentence")


# A namesake outside the document's country keeps the name when it is a town of at least this many
# people and NAMESAKE_RATIO times the people of the one in the document's country (GeoNames gives
# no population for most villages: unknown counts as none).
IMPORTANT_NAMESAKE = 30_000
NAMESAKE_RATIO = 10
# A city of the region this big is what its name means even when a village of the document's
# countries shares only its spelling key ("Gaza" is not Gaz-e Borkhar in Iran, "Riyad" is not a hamlet
# of Kirkuk), unless an enclosing area named beside it says otherwise.
FAMOUS_NAMESAKE = 200_000


def _bare(name: str) -> str:
    """A name folded to its letters, without the article: "Sinjār" and "Sinjar", "Al Qā’im" and "Qaim"."""
    folded = _ARTICLE_PREFIX.sub("", _fold(name))
    for article in ("al ", "el ", "as ", "ash ", "ad ", "an ", "at ", "az ", "ar "):
        if folded.startswith(article):
            folded = folded[len(article):]
            break
    return "".join(filter(str.isalnum, folded))  # (the loop in C)


def _outweighs(other: Place, home: Place) -> bool:
    """Does ``other`` (the gazetteer's pick) outweigh ``home``, its namesake in the document's country?

    Yes when ``other`` lies in the region, has at least :data:`IMPORTANT_NAMESAKE` people and
    :data:`NAMESAKE_RATIO` times as many as ``home``, and ``home`` is a plain GeoNames place (a
    curated row, a site or an area is there because reporting names it). "Sinjar" in an article
    placed in Syria is Iraq's Sinjar (38,000 people), not the Syrian village; "Ariha" stays the
    Syrian town, as Jericho (about 20,000) is no town of that weight. The two must bear one name,
    unless ``other`` is a city of :data:`FAMOUS_NAMESAKE` people: the name then shares only a
    spelling key with the village ("Gaza" and Gaz-e Borkhar, "Riyad" and Ar Riyad).
    """
    from .gazetteer import REGION

    if home.layer == "curated" or home.precision != "town" or (other.country or "").upper() not in REGION:
        return False
    big, small = other.population or 0, home.population or 0
    if _bare(other.name) != _bare(home.name) and big < FAMOUS_NAMESAKE:
        return False  # namesakes bear one name; "Badr" only shares a spelling key with "Badrah"
    return big >= IMPORTANT_NAMESAKE and big >= NAMESAKE_RATIO * small


# A city outside the region this big (a capital, a metropolis reported from afar: Kabul, Kyiv, Mogadishu) is what
# its own name means, rather than a village of the region that bears the same name, unless the article names the
# village's country.
WORLD_CITY_POP = 1_000_000


# How alike a name must be to a big city's own name for the city to be taken once the region's namesake that only
# shared its spelling key was dropped as far away ("Soumy"/"Sumy" 89, "Goma"/"Goma" 100; "Akkar"/"Ankara" 73 is not)
CLOSE_EXONYM_RATIO = 80.0


def _looks_like_exonym(written: str, name: str, ratio: float = MAJOR_CITY_RATIO) -> bool:
    """Whether the bare ``written`` looks like the bare city name ``name`` as an exonym does: the same initial and
    ``ratio`` of likeness (:data:`MAJOR_CITY_RATIO`: "kaboul"/"kabul", "kiev"/"kyiv"), not a mere spelling-key
    neighbour."""
    from rapidfuzz import fuzz

    return written[:1] == name[:1] and fuzz.ratio(written, name) >= ratio


# An exonym that keeps this many first letters of the city's own name and changes only its ending ("Londres" for
# London, "Zaporijjia" for Zaporizhzhya) looks like it though the likeness ratio of the whole words falls short.
EXONYM_STEM = 4


def _same_stem(written: str, name: str) -> bool:
    """Whether ``written`` keeps the first :data:`EXONYM_STEM` letters of ``name`` (both bare, both longer)."""
    return len(written) > EXONYM_STEM and len(name) > EXONYM_STEM and written[:EXONYM_STEM] == name[:EXONYM_STEM]


# Two places abroad that answer to one alternate name: the one this many times as peopled is the one named from afar.
ALIAS_WEIGHT_RATIO = 10


def _weightier_alias(city: Place, pick: Place) -> bool:
    """Whether ``city`` outweighs ``pick`` as the meaning of a name neither bears as its own: "Pékin", the French name
    of Beijing (19 million people), is also an alternate name of Pikine (Senegal, 1.2 million), ranked first; both lie
    outside the region, and a reader from afar means the capital (an exonym unlike the city's own name, so
    :func:`_looks_like_exonym` cannot tell it). A place of the region keeps its alias (its reporting is read here)."""
    from .gazetteer import REGION

    return (pick.country or "").upper() not in REGION and (pick.population or 0) > 0 \
        and (city.population or 0) >= ALIAS_WEIGHT_RATIO * (pick.population or 0)


def _world_city_over_namesake(res: Resolution, focus, written: str) -> Resolution:
    """The city of millions outside the region whose own name ``written`` is, over the region's pick.

    The gazetteer ranks places of the region first, and :func:`_outweighs` lets only a place of the
    region outweigh its namesake: "a suicide bombing in Kabul" found the Galilee village Kābūl (14,000
    people), not the capital of Afghanistan, and "Mogadishu" found Mukalla, a Yemeni city that answers
    to it only by an alternate name. A reader takes the metropolis whose own name is written, unless the
    article names the pick's country (its name, a province of it), or the pick bears the same name and
    the city does not outweigh it by :data:`NAMESAKE_RATIO`.
    """
    p = res.place
    if p is None or p.layer == "curated" or p.precision != "town" or not written or _ARABIC_BLOCK.search(written):
        return res
    match = _match(res)
    own = _bare(written)
    picked = _bare(p.name)
    if (p.country or "").upper() in focus:
        # "dans la région de Samara" in an article on Ukrainian drones: the article's country rules the pick in, but
        # a small town of it that does not bear the written name (Samar, 70,000 people, only shares a spelling key)
        # loses to the metropolis whose own name is written (Samara, 1.2 million)
        if picked == own:
            return res
        own_city = next((c for c in list(res.candidates)[:6] if c.precision == "town" and _bare(c.name) == own
                         and (c.population or 0) >= WORLD_CITY_POP and c.confidence >= match - 1e-6
                         and (c.population or 0) >= NAMESAKE_RATIO * (p.population or 0)), None)
        if own_city is None:
            return res
        return Resolution(own_city, res.candidates, f"{res.reason}; {written!r} is the own name of {own_city.name} "
                                                    f"({own_city.country}, {own_city.population:,} people), not of "
                                                    f"{p.name}")
    for c in list(res.candidates)[:6]:
        if c.record_id == p.record_id or c.precision != "town" or (c.population or 0) < WORLD_CITY_POP \
                or c.confidence < match - 1e-6:
            continue
        name = _bare(c.name)
        if name != own and (picked == own or not _looks_like_exonym(own, name)):
            # (an exonym, "Kaboul" for Kabul, "Mogadiscio" for Mogadishu, answers for the city when it is not the
            # pick's own name either: the pick was found by the same alternate or key, and the metropolis is meant)
            continue
        if picked == own and (c.population or 0) < NAMESAKE_RATIO * (p.population or 0):
            continue  # two cities of one name and like weight: the region's stays
        return Resolution(c, res.candidates, f"{res.reason}; {written!r} is the own name of {c.name} ({c.country}, "
                                             f"{c.population:,} people), a city the article's countries do not rule out")
    return res


# How far apart a curated town and a GeoNames town of the same name may lie to be two points of one town.
CURATED_TWIN_KM = 40.0


def _prefer_curated_twin(res: Resolution) -> Resolution:
    """A curated town over the GeoNames record of the same name and country a few km away.

    A curated row exists because a GeoNames point of that name is not the town reporting means
    (a farm area carrying the district's population, a seat's name put on a neighbour): between
    exact namesakes of one country within :data:`CURATED_TWIN_KM`, the reviewed row is the town.
    """
    p = res.place
    if p is None or p.layer == "curated" or p.precision != "town" or len(res.candidates) < 2:
        return res
    match = _match(res)
    for c in res.candidates:
        if c.layer == "curated" and c.precision == "town" and c.country == p.country \
                and c.confidence >= match - 1e-6 and _km(c, p.point) <= CURATED_TWIN_KM:
            return Resolution(c, res.candidates, f"{res.reason}; the reviewed row {c.name} ({c.record_id}) is "
                                                 f"the town of that name, {_km(c, p.point):.0f} km from {p.record_id}")
    return res


# Cue words read just before a name: they say the name is a place ("the village of X", "near X", "قرية X").
# Not Arabic "قرب"/"محيط": they precede any noun ("قرب سياج القاعدة", near the base's fence), and an
# Arabic name has no capital letter to tell it from one.
_PLACE_CUES_BEFORE = re.compile(
    r"(?:\b(?:villages?|hamlets?|towns?|near|outskirts|vicinity|localit(?:y|é)s?|bourgade|hameau|pr[eè]s|"
    r"abords|environs|proximit[eé])\b|قري[ةته]|بلد[ةته]|أطراف|ضواحي|مزرع[ةته]|"
    r"ناحي[ةته]|نواحي)"
    r"(?:\s+(?:of|de|du|des|d['’]|la|le|les|al|el|the|from|to|من))*[\s\-]*$",
    re.IGNORECASE)


def _cued_as_place(gazetteer, ref: PlaceRef, place: Place, sentence: str, focus) -> bool:
    """Does the text cue ``ref`` as a place: its own cue word, a container named with it that holds
    ``place``, or a place word just before it in the sentence ("village of X", "près de X")?"""
    if ref.cue in SMALL_IMPORT_CUES:
        return True
    if ref.container:
        # "Malah, province de Soueida": the namesake inside the area named, not one 180 km away
        box = _container_place(gazetteer, ref, focus=focus)
        if box is not None and (
                (box.precision == "country" and box.country == place.country)
                or (box.admin1 and box.admin1 == place.admin1 and box.country == place.country)
                or _km(place, box.point) <= max(box.radius_km or 0.0, 10.0) * 1.15):
            return True
    at = sentence.find(ref.name) if ref.name else -1
    return at > 0 and _PLACE_CUES_BEFORE.search(sentence[max(0, at - 40):at]) is not None


def _imported_small_policy(gazetteer, ref: PlaceRef, sentence: str, res: Resolution, focus) -> Resolution:
    """``res``, unless its place is a small imported record (:func:`geo_events.gazetteer.is_small_import`) the text does not
    cue as a place: then the best namesake that is not one, or no place.

    Without a user store no record is imported, so the choice is unchanged.
    """
    p = res.place
    if not is_small_import(p) or _cued_as_place(gazetteer, ref, p, sentence, focus):
        return res
    match = _match(res)
    for c in res.candidates:
        if not is_small_import(c) and c.confidence >= match - 1e-6:
            return Resolution(c, res.candidates, f"{res.reason}; {c.name} ({c.record_id}) over {p.name}, an "
                                                 f"imported record without population that the text does not "
                                                 f"call a place")
    # (the small records leave the candidates too: a name with candidates reads as a known place's name
    # to the rules that keep or drop an event whose target did not resolve)
    return Resolution(None, [c for c in res.candidates if not is_small_import(c)],
                      f"{ref.name!r} matches only {p.name} ({p.record_id}), an imported record without "
                      f"population that the text does not call a place")


# Land neighbours among the region's countries: a town across a border the article does not name is still
# a likely meaning of a name ("Sinjar" in an article on Syria); a town two countries away is not.
_LAND_NEIGHBOURS = {
    "IQ": "SY TR IR JO KW SA", "SY": "IQ TR JO LB IL", "IR": "IQ TR", "TR": "SY IQ IR",
    "JO": "IQ SY SA IL PS", "KW": "IQ SA", "SA": "IQ JO KW YE OM AE QA", "LB": "SY IL",
    "IL": "LB SY JO EG PS", "PS": "IL JO EG", "YE": "SA OM", "AE": "SA OM", "QA": "SA", "BH": "",
    "OM": "YE SA AE", "EG": "IL PS",
}


def _concerns(country: str, home: str, focus) -> bool:
    """Does the article concern ``country``: one it names (``focus``), or a land neighbour of ``home``?

    With no focus (nothing said of countries) every country is possible.
    """
    country, home = (country or "").upper(), (home or "").upper()
    if not focus or country in focus or country == home:
        return True
    return country in _LAND_NEIGHBOURS.get(home, "").split()


# How alike (rapidfuzz ratio of the bare folded names) a written name and a famous city's own name must be
# for the city to outweigh the village the name found: "Riyadh" / Ar Riyad, not "Akkar" / Ankara.
FAMOUS_LIKENESS_RATIO = 85.0


def _looks_like(written: str, own: str) -> bool:
    """Is ``written`` a spelling of the name ``own`` (article dropped, folded)?"""
    if any("\u0600" <= ch <= "\u06ff" for ch in written):
        return True  # Arabic script is matched by the gazetteer's own Arabic names, not by this likeness
    from rapidfuzz import fuzz

    return fuzz.ratio(_bare(written), _bare(own)) >= FAMOUS_LIKENESS_RATIO


def _weigh_namesakes(res: Resolution, container=None, focus=(), written: Optional[str] = None) -> Resolution:
    """The namesake that outweighs the chosen one (:func:`_outweighs`), when the choice was a small place.

    The document's country focus picks a village of the document's country over a town of tens of
    thousands in a neighbouring one; this undoes that pick when the name matches both equally. A
    namesake in a country the article neither names nor borders (:func:`_concerns`) outweighs nothing:
    "Al-Rawda" in a report from Yemen is no Egyptian town, however big.
    """
    p = res.place
    if p is None or p.layer == "curated" or p.precision != "town" or (p.population or 0) >= IMPORTANT_NAMESAKE:
        return res
    match = _match(res)
    for c in res.candidates:
        if container and _bare(c.name) != _bare(p.name):
            continue  # "al-Riyadh, in Kirkuk": the enclosing area chose the village, not a spelling key
        if not _concerns(c.country, p.country, focus) and (c.population or 0) < FAMOUS_NAMESAKE:
            continue  # (a capital of the region, "Sanaa", is what its name means in any article)
        if written is not None and _bare(c.name) != _bare(p.name) \
                and not _looks_like(written, c.name):
            continue  # "Akkar" is no Ankara: a famous city is meant only by a spelling of its own name
        if c.record_id != p.record_id and c.confidence >= match - 1e-6 and _outweighs(c, p):
            return Resolution(c, res.candidates, f"{res.reason}; {c.name} ({c.country}, {c.population:,} people) "
                                                 f"outweighs {p.name} ({p.country}), a far smaller namesake")
    return res


# How far from its container's point a place may lie when the container resolved to a town: a
# container named like a town is often the province of that name ("al-Shuqaiq, in Jazan", a province
# whose capital is the city Jazan), and a province reaches this far from its capital (Anbar's does).
CONTAINER_KM = 300.0


def _container_place(gazetteer, ref: PlaceRef, *, focus, anywhere: bool = False) -> Optional[Place]:
    """The area ``ref.container`` names, when it is surely a place of the document's countries.

    The extractor's container is the word after "في"/"in" next to the name, and that word is not
    always a place ("في إشارة إلى", "Yemeni"): only an exact, confident match in a country the
    document talks about is trusted to overrule the name's own resolution.

    ``anywhere``: the town or area the container names exactly, whatever its country (not a country itself),
    for a name whose own place lies outside the document's countries too (see :func:`_inside_container`):
    then neither country is the article's, and the writer's container wins. Its confidence may be lower
    (an exact name's confidence is lowered by namesakes elsewhere: "Gaza" the city and the Strip).
    """
    memo = _memo(gazetteer)
    key = ("exact-container" if anywhere else "container", ref.container, focus)
    if key not in memo:
        box = None
        if word_kind(ref.container) is None:
            try:
                res = gazetteer.resolve(ref.container, focus=focus)
            except GazetteerError:
                res = Resolution(None, [], "")
            # ("in Mogadishu's Hodan district": the container is read as the name is, a metropolis abroad over the
            # region's town that answers to its name only by an alternate name, Mukalla)
            res = _world_city_over_namesake(res, focus, ref.container)
            p = res.place
            if p is not None and _match(res) >= 0.97 and (
                    (p.confidence >= 0.5 and p.precision != "country") if anywhere
                    else (p.confidence >= 0.8 and (p.country or "").upper() in focus)):
                box = p
        memo[key] = box
    return memo[key]


# cues of an unlisted name that may fall back to its container: a part of a town or province (not a facility, whose
# own point a reader expects)
_UNLISTED_PART_CUES = frozenset({"area", "district", "quarter", "neighbourhood", "neighborhood", "village", "suburb"})


# cues that make a name a part of the town written with it ("the X district of Y", "le quartier de X à Y", "حي X")
_QUARTER_CUES = frozenset({"district", "quarter", "neighbourhood", "neighborhood", "area", "suburb"})


# The places a head names ("Zawtar": Zawtar al-Sharqiyah and Zawtar al-Gharbiyah) must lie this close
# together to be one spot; a head shared by villages far apart ("Majdal", "Kafr") names none of them.
HEAD_SPREAD_KM = 8.0


def _head_of_longer_name(gazetteer, name: str, focus) -> Optional[Resolution]:
    """The place whose longer name ``name`` is the head of, in the article's countries, or None.

    Reporters shorten "Zawtar al-Sharqiyah" to "Zawtar" and "Kfar Kila al-Fawqa" to "Kfar Kila"; the
    gazetteer then matches the short form fuzzily to a namesake abroad. When the longer names that begin
    with it lie, within the article's countries and their land neighbours (the region's when it names
    none), in one spot of :data:`HEAD_SPREAD_KM`, that spot is meant (at a lower confidence: the suffix
    was not written). A name the gazetteer knows as written is left to the other rules.
    """
    from .gazetteer import REGION

    if not name or len(name) < 4 or is_common_word(name) or _fold(name) in _GENERIC_ALONE:
        return None
    try:
        if len(gazetteer.lookup(name, limit=1)):
            return None  # a name the gazetteer knows as written was set aside for a reason of its own
        found = gazetteer.longer_names(name)
    except GazetteerError:
        return None
    # the article's countries and their land neighbours ("an Israeli drone struck ... in Zawtar": Lebanon)
    allowed = set(focus) | {n for f in focus for n in _LAND_NEIGHBOURS.get(f, "").split()} if focus else set(REGION)
    found = [p for p in found if (p.country or "").upper() in allowed and p.precision == "town"]
    if not found:
        return None
    found.sort(key=lambda p: (p.layer != "curated", -(p.population or 0)))
    first = found[0]
    if any(_km(p, first.point) > HEAD_SPREAD_KM for p in found[1:]):
        return None
    pick = replace(first, confidence=min(first.confidence, 0.7))
    return Resolution(pick, [pick] + found[1:4], f"{name!r} is the head of {first.name}'s longer name "
                                                  f"({first.country}), the only such spot in the article's countries")


# "Kharkiv's Kyivskyi district", "Gaza City's Zeitoun neighbourhood": a town's possessive before a quarter of it
_OWNER_BEFORE = r"{owner}['’]s\s+{name}\b"


# "Pokrovsk, in the Donetsk region", "X in Y province": the region word after (or before) the container's name
_REGION_OF = r"(?:\b{container}\s+(?:region|province|oblast|governorate|krai)\b|\b(?:region|province|governorate)\s+of\s+(?:the\s+)?{container}\b)"


def _region_country_focus(gazetteer, ref: PlaceRef, sentence: str, focus: tuple) -> tuple:
    """``focus`` and the country of the region named with ``ref`` ("Pokrovsk, in the Donetsk region").

    A region the writer names around a town is a country cue as strong as the country's own name: an article that
    never names Ukraine still places "Pokrovsk, in the Donetsk region" in Ukraine (the Russian city Engels, once
    called Pokrovsk, answers to the name only by an alias). Only a container told with a region word, and known
    exactly (:func:`_container_place`).
    """
    if not ref.container or not ref.container.isascii() or not sentence \
            or re.search(_REGION_OF.format(container=re.escape(ref.container)), sentence, re.I) is None:
        return focus
    box = _container_place(gazetteer, ref, focus=focus, anywhere=True)
    cc = (box.country or "").upper() if box is not None else ""
    return focus + (cc,) if cc and cc not in focus else focus


# "the Basra region", "in Belgorod region", "over the Kursk region": a first-level division named by its town and a
# region word after it, behind an article or a preposition ("Iraq's semi-autonomous Kurdistan region" is a region's
# own name, read as before)
_REGION_AFTER_TOWN = r"\b(?:the|in|on|at|of|over|into|across|to|from|near)\s+{name}\s+(?:region|oblast|krai)\b"


def _region_of_town(gazetteer, ref: PlaceRef, sentence: str, res: Resolution, *, focus) -> Resolution:
    """The governorate "the X region" names, when the gazetteer has it, rather than its town X.

    Resolution only: the extractor reads the mention as a town (the region word is no cue there, so the area and
    site rules of a statement's list of regions are unchanged), and the town stays the answer when the gazetteer
    has no division of that name in the town's country.
    """
    if not sentence or not ref.name or not ref.name.isascii() or "region" not in sentence and "oblast" not in sentence \
            and "krai" not in sentence:
        return res
    if re.search(_REGION_AFTER_TOWN.format(name=re.escape(ref.name)), sentence, re.I) is None:
        return res
    try:
        alt = _lookup(gazetteer, replace(ref, cue="province", place=None, candidates=[]), focus=focus, near=None,
                      near_km=None)
    except GazetteerError:
        return res
    p = alt.place
    if p is None or p.precision != "governorate" or p.country != res.place.country \
            or _km(p, res.place.point) > max(2 * (p.radius_km or 0.0), 2 * FACILITY_KM):
        return res
    return Resolution(p, alt.candidates, f"{alt.reason}; 'the {ref.name} region' names the governorate, not its town")


def _owned_quarter(ref: PlaceRef, sentence: str) -> bool:
    """Whether ``ref`` is a quarter written after its town's possessive ("Kharkiv's Kyivskyi district")."""
    if ref.cue not in _QUARTER_CUES or not ref.container or ("'s" not in sentence and "’s" not in sentence):
        return False
    return re.search(_OWNER_BEFORE.format(owner=re.escape(ref.container), name=re.escape(ref.name)), sentence) is not None


def _inside_container(gazetteer, ref: PlaceRef, res: Resolution, *, focus, owned: bool = False) -> Resolution:
    """Keep a place inside the area its text names around it, or fall back to that area.

    "محيط بلدة X في ريف Y", "a village in Y province": the enclosing area Y is the writer's own word
    for where X is. A namesake of X hundreds of kilometres from Y (another country's village of the
    same spelling, the only one the gazetteer knows) is no answer: the candidate inside Y wins, else
    the place falls back to Y itself, the finest place the text makes sure of.

    Parameters
    ----------
    gazetteer : Gazetteer
        Resolves the container's name.
    ref : PlaceRef
        The place reference, with its ``container``.
    res : Resolution
        The resolution of ``ref.name``.
    focus : tuple of str
        The document's countries, most mentioned first.
    owned : bool
        ``ref`` is a quarter told after its town's possessive ("Kharkiv's Kyivskyi district"): a town container
        then holds it within a city's reach, not a province's (a namesake district of another city 220 km away
        is no answer).

    Returns
    -------
    Resolution
        ``res`` when its place lies inside the container (or the container is unknown).
    """
    box = _container_place(gazetteer, ref, focus=focus)
    p = res.place
    if box is None and p is not None and (p.country or "").upper() not in focus:
        # "حي X بمدينة Y", "the X quarter of Y": a town Y the gazetteer knows exactly, in a country the
        # article never names (Gaza, the West Bank), still says where X is better than a namesake of X
        # in another country the article does not name either
        box = _container_place(gazetteer, ref, focus=focus, anywhere=True)
        if box is not None and not owned and (box.country == p.country or focus and (box.country or "").upper() not in focus
                                and (box.country or "").upper() not in _LAND_NEIGHBOURS.get(focus[0], "").split()):
            # (a town of the same country as X may lie far from it: "Sharurah, in the Najran region"; a
            # namesake of the container abroad is no better: "Qalamoun" and a Greek Kalamon; a quarter after its
            # town's possessive lies in that town, "Kharkiv's Kyivskyi district")
            box = None
    province_in_town = False
    if p is not None and p.precision == "governorate" and (ref.cue in _QUARTER_CUES or box is None):
        # "the Salah al-Din district of Aleppo", "حي صلاح الدين بمدينة حلب": a name that is a province's
        # name, written inside a town, is a quarter of that town (a province never lies in a town); the
        # province's own name put its country among the article's, so that rank cannot overrule the town
        town = box if box is not None else _container_place(gazetteer, ref, focus=focus, anywhere=True)
        if town is not None and town.precision == "town" and town.record_id != p.record_id:
            box, province_in_town = town, True
    if box is None or p is None or (box.record_id and box.record_id == p.record_id) \
            or (_focus_rank(box, focus) > _focus_rank(p, focus) and not province_in_town):
        # a container in a country the document talks about less than the name's own (a province
        # the gazetteer lacks, matched to a foreign namesake) cannot overrule the name
        return res

    def inside(c: Place) -> bool:
        if box.precision == "country":
            return c.country == box.country
        reach = 1.5 * (box.radius_km or 0.0) if box.precision == "governorate" else \
            2 * FACILITY_KM if owned and box.precision == "town" else CONTAINER_KM
        return c.country == box.country and _km(c, box.point) <= max(reach, 2 * FACILITY_KM)

    if inside(p):
        return res
    for c in res.candidates:
        if inside(c):
            return Resolution(c, res.candidates, f"{c.name} ({c.country}), inside {box.name}, which the text names "
                                                 f"around it")
    if box.precision == "country":
        return Resolution(None, res.candidates, f"the only {ref.name!r} known, {p.name} ({p.country}), is not in "
                                                f"{box.name}, which the text places it in")
    fallback = replace(box, confidence=min(box.confidence, 0.6))
    return Resolution(fallback, [fallback] + list(res.candidates)[:4],
                      f"no {ref.name!r} known in {box.name} ({p.name}, {p.country}, lies "
                      f"{_km(p, box.point):.0f} km away): placed at {box.name}, the area the text names around it")


def _prefer_document_country(gazetteer, ref: PlaceRef, res: Resolution, where: dict, *, focus, near, near_km):
    """Between namesakes of the same name, the one in the country of the document's other places.

    "Sidakan" in an article whose places so far lie in Iraq is the Iraqi town when an Iranian
    village has the same name: the document focus alone cannot say, as the article names both
    countries.
    """
    if res.place is None or not where:
        return res
    home = max(where, key=lambda cc: where[cc])
    if res.place.country == home or list(where.values()).count(where[home]) > 1:
        return res  # already there, or no single country the document's places lie in
    match = _match(res)
    if not any(c.country == home and c.confidence >= match - 1e-6 for c in res.candidates):
        return res
    alt = _lookup(gazetteer, ref, focus=(home,), near=near, near_km=near_km)
    if alt.place is not None and alt.place.country == home and _outweighs(res.place, alt.place) and not (
            ref.container and _bare(res.place.name) != _bare(alt.place.name)):
        return Resolution(res.place, res.candidates,
                          f"{res.reason}; kept over {alt.place.name} ({home}), a far smaller namesake "
                          f"in the country of the document's other places")
    if alt.place is not None and alt.place.country == home:
        return Resolution(alt.place, alt.candidates,
                          f"{alt.reason}; the document's other places lie in {home}")
    return res


# An area named after a village ("the X farms", "les collines de X", "مزارع X"): the words that make
# a village's name the name of a strip of farmland, a range of hills, a plain or a valley.
_FEATURE_BEFORE = re.compile(
    r"(?:\b(?:farms|hills|heights|mountains|plain|valley|outskirts\s+of\s+the\s+farms)\s+of\s+(?:the\s+)?"
    r"|\b(?:fermes|hameaux|collines|hauteurs|monts|montagnes|plaine|vallée)\s+(?:de\s+|d['’]\s*|du\s+)"
    # "sur le mont Sinjar", "dans les monts X", "جبل X": the range named straight after its noun (not the town)
    r"|\b(?:monts?|djebel|jebel|jabal)\s+"
    r"|(?:^|\s)(?:مزارع|تلال|جبال|سهل|وادي|مرتفعات)\s+)$", re.I)
_FEATURE_AFTER = re.compile(r"^\s+(farms|hills|heights|mountains|range|plain|valley)\b", re.I)
_FEATURE_CHEAP = ("arms", "ills", "eights", "ountains", "range", "plain", "valley", "fermes", "hameaux", "collines",
                  "hauteurs", "mont", "ebel", "abal", "plaine", "vallée", "مزارع", "تلال", "جبال", "سهل", "وادي",
                  "مرتفعات")


def _area_feature_named(gazetteer, ref: PlaceRef, sentence: str, res: Resolution, *, focus) -> Optional[Resolution]:
    """The area a village's name is part of, when the sentence writes it so.

    "positions in the X Farms", "des tirs contre les fermes de X", "قصف مزارع X", "in the hills of X":
    an extractor keeps the name, but the place is the strip of farmland, the hills or the valley named
    after the village, which may lie kilometres from it. Taken only when the gazetteer holds the whole
    phrase as an area or a site, matched exactly.
    """
    name = ref.name
    if not name or not any(map(sentence.__contains__, _FEATURE_CHEAP)):
        return None  # cheap test: no area word
    at = sentence.find(name)
    if at < 0:
        return None
    phrases = []
    m = _FEATURE_BEFORE.search(sentence[max(0, at - 40):at])
    if m is not None:
        phrases.append(sentence[max(0, at - 40) + m.start():at + len(name)].strip())
    a = _FEATURE_AFTER.match(sentence[at + len(name):at + len(name) + 16])
    if a is not None:
        phrases.append(f"{name} {a.group(1)}")
    for phrase in phrases:
        try:
            alt = gazetteer.resolve(phrase, focus=focus)
        except GazetteerError:
            continue
        p = alt.place
        if p is None or _match(alt) < 0.97 or p.precision not in ("district", "site", "governorate") \
                or (res.place is not None and (p.record_id or p.point) == (res.place.record_id or res.place.point)):
            continue
        return Resolution(p, [p] + list(res.candidates)[:4],
                          f"{phrase!r}: the area named after {name}, not the place of that name")
    return None


# "X at/in Y" after a name the gazetteer lacks (an organisation, a camp): where the article says X stands
# (the name's own kind word may come between: "the X party in Y", "X's headquarters at Y")
_STANDS_AT = re.compile(r"^[)\s]*(?:\([^)]{0,30}\)\s*)?(?:['’]s)?(?:\s+[a-zé]+){0,2}?[,،]?\s*"
                        r"(?:\bin|\bat|\bà|\ben|\bau|في|ب)\s*")


def _placed_elsewhere(gazetteer, ref: PlaceRef, text: str, sentence: str, *, focus) -> Optional[Resolution]:
    """The town another sentence of the article places ``ref.name`` in, for a target its own sentence does not.

    "the headquarters of the X party in Y ... two missiles hit the X headquarters at dawn", "le siège du
    X à Y ... ont frappé le siège du X": a party, a camp or an office named without a place where it
    is hit was placed by the article before (or after). The first "X in/at/à/في Y" of the article whose
    Y is a town or site of the document's countries is taken.
    """
    name = ref.name
    if not name or len(name) < 3 or not text or text.count(name) < 2:
        return None  # cheap test: the name must come back elsewhere
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        after = text[end:end + 60]
        m = _STANDS_AT.match(after)
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if m is not None and sentence not in line:
            cut = end + m.end() - line_start
            for start, _e, found in _names_in(gazetteer, line):
                if start != cut or is_common_word(found):
                    continue
                try:
                    res = gazetteer.resolve(found, focus=focus)
                except GazetteerError:
                    break
                p = res.place
                if p is not None and p.confidence >= 0.8 and p.precision in ("town", "site") \
                        and (p.country or "").upper() in focus:
                    return Resolution(p, [p], f"{name!r} is placed in {found} elsewhere in the article")
                break
        at = text.find(name, end)
    return None


# Words that make a sentence about where projectiles were fired from: a launcher found, a launch pad.
_LAUNCHER_WORDS = re.compile(r"\blaunch(?:er|ers|ing\s+pad|\s+pad|\s+site|\s+platform)\b|\blance-roquettes\b"
                             r"|\brampes?\s+de\s+lancement\b|منصة|منصات|قاعدة\s+الإطلاق", re.I)
_LAUNCHER_CHEAP = ("aunch", "ampe", "lance-roquettes", "منص", "الإطلاق")


def _launch_site_targets(frames, unresolved: list, entries: dict) -> None:
    """Unplace a target that is the launch site another report of the same article names.

    "the launcher was found in X, about 15 km west of the airport", "عثرت على منصة الإطلاق في منطقة X":
    the sentence that finds the launcher names where the attack came from; a frame read from it, aimed
    at X, is no second attack on X. Only when the frame's own sentence speaks of a launcher.
    """
    launched: dict = {}
    for frame in frames:
        for f in frame.get("launch"):
            p = f.value.place
            if p is not None and p.precision in ("town", "site", "district"):
                launched.setdefault((frame.doc.doc_id if frame.doc else None, p.record_id or p.point), frame)
    if not launched:
        return
    for frame in frames:
        fact = frame.first("target")
        if fact is None or fact.value.place is None or frame.get("killed") or frame.get("injured"):
            continue
        p = fact.value.place
        other = launched.get((frame.doc.doc_id if frame.doc else None, p.record_id or p.point))
        sentence = fact.evidence.sentence
        if other is None or other is frame or not any(map(sentence.__contains__, _LAUNCHER_CHEAP)) \
                or not _LAUNCHER_WORDS.search(sentence):
            continue
        kind, launched_kind = frame.first("event_type"), other.first("event_type")
        if kind is not None and kind.value == "airstrike" and (launched_kind is None or launched_kind.value != "airstrike"):
            continue  # "وردت طائرات حربية بغارات على X استهدفت منصات الإطلاق": the other side's raid on the launch site
        ref = fact.value
        reason = f"{p.name} is where another report of the article says the attack was launched from"
        ref.place, ref.unresolved_reason = None, reason
        entry = Unresolved(ref.name, fact.evidence.doc_id, sentence, "target", reason, ref.candidates)
        unresolved.append(entry)
        entries[id(ref)] = entry


# "the launch post near X, from which the barrage on Y was fired", "la position d'où ont été tirées les
# roquettes sur Y", "المنصة التي أطلقت منها الصواريخ على Y": the place before the relative names the launch
_FROM_WHICH = re.compile(r"\bfrom\s+which\b|\bfrom\s+where\b|\bd['’]\s*où\b|\bdepuis\s+(?:laquelle|lequel|lesquelles)\b"
                         r"|(?:التي|الذي|اللتين|الذين)\s+(?:أ|ا)?(?:طلقت|طلق|نطلقت|نطلق)\s+منه|من\s+حيث\s+(?:أ|ا)طلق")
_FROM_WHICH_CHEAP = ("from which", "from where", "d'où", "d’où", "depuis l", "منه", "حيث")


def _launch_from_which(frames, gazetteer, *, focus) -> None:
    """Give a frame with no launch the place another sentence says its projectiles were fired from.

    "jets struck the launch post near the village of X, from which this morning's barrage on Y was
    fired": a later sentence (often about the retaliation) names the launch site of the attack on Y
    in a relative clause. Taken when the clause names the frame's target after the relative word, and
    the last place written before it is a town or site within :data:`LAUNCH_KM` of the target.
    """
    clauses: dict = {}  # document text -> its relative clauses (one scan per document)
    for frame in frames:
        fact = frame.first("target")
        if fact is None or fact.value.place is None or frame.doc is None or frame.get("launch"):
            continue
        text = frame.doc.text or ""
        if text not in clauses:
            clauses[text] = list(_FROM_WHICH.finditer(text)) if any(map(text.__contains__, _FROM_WHICH_CHEAP)) else []
        target, name = fact.value.place, fact.value.name
        for m in clauses[text]:
            start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
            stop = min([i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0] or [len(text)])
            after = text[m.end():stop]
            if not name or name not in after:
                continue  # the clause must tell of this frame's target
            sentence = text[start:stop]
            cut = m.start() - start
            # a place a distance is told from ("X, about 13 km west of Z, from which") is no launch site
            refs = {o[3] for o in read_offset(sentence[:cut])} | {o[3] for o in read_offset(sentence[:cut], launch=True)}
            before = [a for a in _sentence_anchors(gazetteer, sentence[:cut], name, focus=focus)
                      if a[3].place.precision in ("town", "site") and a[1] not in refs]
            if not before:
                continue
            last = max(before, key=lambda a: a[1])
            place = last[3].place
            if (place.record_id or place.point) == (target.record_id or target.point) \
                    or _km(place, target.point) > LAUNCH_KM:
                continue
            written = next((t for b, _e, t in _names_in(gazetteer, sentence[:cut]) if b == last[1]), place.name)
            ref = PlaceRef(written, place=place, candidates=[place])
            frame.facts.append(Fact("launch", ref, Evidence(fact.evidence.doc_id, sentence, start, stop)))
            break


# "the rockets were fired from the outskirts of X", "tirées depuis les abords de X", "أطلقت من محيط بلدة X"
_FIRED_FROM = re.compile(r"\b(?:fired|launched|tir[ée]e?s?|lanc[ée]e?s?)\s+(?:from|depuis|de)\s+"
                         r"|(?:أطلقت|أطلق|انطلقت|انطلق)\S*\s+من\s+")
_FIRED_CHEAP = ("fired from", "launched from", "depuis", "أطلق", "انطلق")
# the launch phrase ends where the projectiles' own verb begins: "lancés depuis l'Irak ont visé la base de X",
# "launched from Iraq struck X" (X is where they went, not a town they left from)
_LAUNCH_PHRASE_END = re.compile(r"\b(?:hit|struck|landed|fell|targeted|attacked|slammed|crashed|exploded|were|was|"
                                r"ont|a|avaient|avait|se|s['’]|sont|est)\b|(?<![\u0621-\u064A])[وف]?(?:سقط|استهدف|أصاب)", re.I)


def _finer_launch(frames, gazetteer, *, focus) -> None:
    """Narrow a launch read only as a country or a province to the one town the article says it left from.

    "about 40 rockets were fired from Lebanon towards X" and, a sentence later, "the rockets were fired
    from the outskirts of the village of Y, 37 km north of X": the second names the launch site of the
    same barrage. Taken when the article's "fired from" phrases name exactly one town or site inside the
    launch area (its country; a province's extent) within :data:`LAUNCH_KM` of the target.
    """
    for frame in frames:
        fact = frame.first("target")
        if fact is None or fact.value.place is None or frame.doc is None:
            continue
        target = fact.value.place
        broad = [f for f in frame.get("launch") if f.value.place is not None
                 and f.value.place.precision in ("country", "governorate")]
        if not broad:
            continue
        text = frame.doc.text or ""
        if not any(map(text.__contains__, _FIRED_CHEAP)):
            continue  # cheap test
        area = broad[0].value.place
        found: dict = {}
        for m in _FIRED_FROM.finditer(text):
            window = text[m.end():m.end() + 60]
            end = _LAUNCH_PHRASE_END.search(window)
            if end is not None:
                window = window[:end.start()]
            for _rank, start, _pos, res in sorted(_sentence_anchors(gazetteer, window, "", focus=focus),
                                                  key=lambda a: a[1]):
                p = res.place
                if p.precision not in ("town", "site") or _fold(_names_in_text(gazetteer, window, start)) in MONTHS:
                    continue  # (an area; "launched from the Islamic Republic on Jan. 3": a month, no town)
                if _fold(p.name) in _fold(broad[0].value.name) or _fold(p.name) in _fold(area.name):
                    break  # "fired from the Gaza Strip": the town the area is named after is the area told
                inside = p.country == area.country and (area.precision == "country" or
                                                        _km(p, area.point) <= (area.radius_km or 0.0))
                if inside and _km(p, target.point) <= LAUNCH_KM and \
                        (p.record_id or p.point) != (target.record_id or target.point):
                    found.setdefault(p.record_id or p.point, (p, _names_in_text(gazetteer, window, start)))
                break  # only the first place after "from"
        if len(found) != 1:
            continue
        p, written = next(iter(found.values()))
        ref = broad[0].value
        ref.place, ref.candidates = p, [p] + [c for c in ref.candidates if c is not p][:4]
        ref.name = written or ref.name  # (the town is the launch site told: its name, not the area's)


# A distance told for the launch site, with or without a bearing: "found some 23 km from the airport",
# "à une vingtaine de kilomètres de la base", "على بعد نحو ثلاثة وعشرين كيلومتراً من المطار".
_TOLD_KM = re.compile(
    r"\b(?P<en>\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s*(?:-\s*)?(?:km|kilomet(?:er|re)s?)\b(?:\s*\([^)]{0,20}\))?"
    r"\s+(?:away\s+)?(?:(?:north|south|east|west)[\w-]*\s+)?(?:from|of)\s"
    r"|\bà\s+(?:environ\s+|une\s+|quelque\s+)?(?P<fr>\d+(?:[.,]\d+)?|[a-zé]+)\s*(?:de\s+)?(?:km|kilomètres?)\s+"
    r"(?:(?:au|à\s+l['’])\s*[a-z-]+\s+)?(?:de|du|d['’]|des)"
    r"|بعد\s+(?:نحو\s+|حوالي\s+|قرابة\s+|زهاء\s+)?(?P<ar>\d+(?:[.,]\d+)?|\S+(?:\s+و\S+)?|\S+\s+عشر)\s+"
    r"(?:كيلومتر\S*|كم|كلم)\s+(?:(?:إلى\s+)?(?:ال)?(?:شمال|جنوب|شرق|غرب)\S*\s+)?(?:من|عن|ال)", re.I)
_TOLD_KM_CHEAP = ("km", "kilom", "كيلومتر", "كم", "كلم")
TOLD_KM_RATIO = (0.7, 1.4)  # a told distance picks the namesake whose distance falls within this ratio of it


def _told_km(match: re.Match) -> Optional[float]:
    num = match.group("en") or match.group("fr") or match.group("ar")
    if num[:1].isdigit():
        try:
            return float(num.replace(",", "."))
        except ValueError:
            return None
    if match.group("ar"):
        from .arabic import parse as ar_parse

        c = ar_parse(num)
    else:
        from .numbers import parse_count

        if num.lower() in _ROUND_FR:
            return _ROUND_FR[num.lower()]
        c = parse_count(num, "fr" if match.group("fr") else "en")
    return float(c.value) if c is not None and c.value else None


def _launch_namesake_by_distance(frames) -> None:
    """Between namesakes of a launch site, the one lying as far from the target as the article says.

    "the launcher was found in X" and, elsewhere, "the launcher was found about 23 km from the airport":
    of two places named X, 14 and 23 km from the target, the 23 km one. Only distances told in a
    sentence about the launch (a launcher, "fired from") count; none, or no namesake fitting
    :data:`TOLD_KM_RATIO`, keeps the lookup's choice.
    """
    for frame in frames:
        fact = frame.first("target")
        if fact is None or fact.value.place is None or frame.doc is None:
            continue
        target = fact.value.place
        launches = [f.value for f in frame.get("launch") if f.value.place is not None and len(f.value.candidates) > 1]
        if not launches:
            continue
        text = frame.doc.text or ""
        if not any(map(text.__contains__, _TOLD_KM_CHEAP)):
            continue
        told = []
        for para in text.split("\n"):
            if not any(map(para.__contains__, _TOLD_KM_CHEAP)):
                continue
            for sentence in re.split(r"(?<=[.!?؟;])\s+", para):  # the distance and the launcher in one sentence
                if any(map(sentence.__contains__, _LAUNCHER_CHEAP + _FIRED_CHEAP)):
                    told += [d for d in (_told_km(m) for m in _TOLD_KM.finditer(sentence)) if d]
        if len(set(told)) != 1:
            continue  # none, or several distances: which is the launch's is not sure
        d = told[0]
        lo, hi = d * TOLD_KM_RATIO[0], d * TOLD_KM_RATIO[1]
        for ref in launches:
            if lo <= _km(ref.place, target.point) <= hi:
                continue
            fits = [c for c in ref.candidates if c.precision in ("town", "site", "district")
                    and lo <= _km(c, target.point) <= hi]
            fits = [c for c in fits if c.country == ref.place.country]
            if len(fits) == 1:
                ref.place, ref.candidates = fits[0], [fits[0]] + [c for c in ref.candidates if c is not fits[0]][:4]
                ref.distance_km = ref.distance_km or round(d, 1)  # estimate keeps the place at the told distance


# Namesakes of one name, one as good a match as the other: the one within NAMESAKE_NEAR_KM of a place the
# article has already placed wins over one at least NAMESAKE_MARGIN_KM farther and NAMESAKE_FAR_RATIO times as far.
NAMESAKE_NEAR_KM = 60.0
NAMESAKE_MARGIN_KM = 40.0
NAMESAKE_FAR_RATIO = 2.5


def _nearest_namesake(res: Resolution, placed) -> Resolution:
    """Between namesakes, the one among the article's other places.

    Reporting names a village by its name alone once the article has said where the story is ("a
    bomb near X on Sunday ... shells landed on Y, a town 10 km from X"): of two villages called Y
    the gazetteer holds, the one beside the places already placed in the article is meant, not one in
    another province 200 km away. Only exact namesakes (one bare name, an equal match) compete.

    Parameters
    ----------
    res : Resolution
        The resolution of a name.
    placed : iterable of Place
        The places the article's earlier mentions resolved to.

    Returns
    -------
    Resolution
        ``res``, or the namesake among ``placed`` with the reason said.
    """
    p = res.place
    if p is None or p.precision not in ("town", "site") or len(res.candidates) < 2 \
            or (p.population or 0) >= IMPORTANT_NAMESAKE:
        return res  # a town of weight is not undone by a village beside the article's places
    bare = _bare(p.name)
    match = _match(res)
    # namesakes of one country: between countries, the document's country and the towns' weight decide
    twins = [c for c in res.candidates if c.record_id != p.record_id and c.precision == p.precision
             and c.country == p.country and c.confidence >= match - 1e-6 and _bare(c.name) == bare]
    if not twins:
        return res
    others = [q for q in placed if q.precision in ("town", "site") and _bare(q.name) != bare]
    if not others:
        return res

    def gap(c: Place) -> float:
        # a flat-earth distance is good to a few km at these ranges, and much cheaper than the geodesic
        cos = math.cos(math.radians(c.lat))
        return min(111.2 * math.hypot(c.lat - q.lat, (c.lon - q.lon) * cos) for q in others)

    best = min(twins, key=gap)
    d, mine = gap(best), gap(p)
    if d > NAMESAKE_NEAR_KM or mine < max(NAMESAKE_FAR_RATIO * d, d + NAMESAKE_MARGIN_KM):
        return res
    return Resolution(best, [best] + [c for c in res.candidates if c is not best],
                      f"{res.reason}; {best.name} ({best.record_id}) lies {d:.0f} km from the article's other "
                      f"places, its namesake {p.record_id} {mine:.0f} km")


# "قرية X غرب Y", "ناحية X جنوب غربي Y": the bearing of the place struck from a town (Arabic), then the town's
# name (one or two words, after an optional cue noun).
_AR_BEARING_AFTER = re.compile(r"\s+(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|ى)?(?:\s+(?:ال)?(?:شرق|غرب)ي?)?\s+"
                               r"(?:(?:مدينة|محافظة|قضاء|ناحية|بلدة)\s+)?"
                               r"(?P<town>[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?)")
# A place told as lying off a town by a bearing, with no distance, lies within this of it.
BEARING_NAMESAKE_KM = 100.0


def _namesake_by_bearing(gazetteer, ref: PlaceRef, sentence: str, res: Resolution, *, focus) -> Resolution:
    """Between namesakes, the one by the town the sentence tells the place's bearing from.

    "قرية الرياض غرب الحويجة" (the village of al-Riyadh west of Hawija): the writer locates the place from
    Hawija, so the namesake within BEARING_NAMESAKE_KM of it is meant, not the capital far away that the
    bare name finds first. Only the resolution's own candidates compete; nothing falls back to the town.

    Parameters
    ----------
    gazetteer : Gazetteer
        Resolves the town of the bearing.
    ref : PlaceRef
        The place reference, named in ``sentence``.
    sentence : str
        The sentence the reference was read in.
    res : Resolution
        The resolution of ``ref.name``.
    focus : tuple of str
        The document's countries, most mentioned first.

    Returns
    -------
    Resolution
        ``res``, or its candidate beside the town of the bearing, with the reason said.
    """
    p = res.place
    if p is None or len(res.candidates) < 2 or not ref.name or not sentence:
        return res
    at = sentence.find(ref.name)
    m = _AR_BEARING_AFTER.match(sentence, at + len(ref.name)) if at >= 0 else None
    if m is None:
        return res
    words = m.group("town").split()
    town = None
    for n in range(len(words), 0, -1):
        try:
            r = gazetteer.resolve(" ".join(words[:n]), focus=focus)
        except GazetteerError:
            continue
        if r.place is not None and r.place.confidence >= 0.6 and r.place.precision in ("town", "governorate"):
            town = r.place
            break
    if town is None or _km(p, town.point) <= BEARING_NAMESAKE_KM:
        return res
    near = [c for c in res.candidates if c.record_id != p.record_id and c.confidence >= p.confidence - 1e-6
            and _km(c, town.point) <= BEARING_NAMESAKE_KM]
    if not near:
        return res
    best = min(near, key=lambda c: _km(c, town.point))
    return Resolution(best, [best] + [c for c in res.candidates if c is not best],
                      f"{res.reason}; {best.name} ({best.country}) lies {_km(best, town.point):.0f} km from "
                      f"{town.name}, which the sentence tells its bearing from")


@functools.lru_cache(maxsize=1)
def _province_automaton():
    """An Aho-Corasick automaton of the curated governorates' and regions' names (lower-cased) -> country."""
    import ahocorasick
    from importlib.resources import files

    auto = ahocorasick.Automaton()
    for fname in ("governorates.csv", "places.csv"):
        try:
            text = files("geo_events.curated").joinpath(fname).read_text(encoding="utf-8")
        except (FileNotFoundError, ModuleNotFoundError):
            continue
        for r in csv.DictReader(io.StringIO(text)):
            if r.get("feature") not in ("governorate", "region") or not r.get("country"):
                continue
            for n in [r["name"], *(r.get("aliases") or "").split("|")]:
                n = n.strip().lower()
                if len(n) >= 4:
                    auto.add_word(n, (len(n), r["country"].upper()))
    if len(auto) == 0:
        return None
    auto.make_automaton()
    return auto


def _region_countries(text: str) -> tuple[str, ...]:
    """Countries whose provinces (governorates, regions) the text names as whole words, most named first."""
    auto = _province_automaton()
    if auto is None or not text:
        return ()
    low = text.lower()
    counts: dict[str, int] = {}
    for end, (n, cc) in auto.iter(low):
        start = end - n + 1
        if (start > 0 and low[start - 1].isalnum()) or (end + 1 < len(low) and low[end + 1].isalnum()):
            # a word inside another ("Basrawi"), or an Arabic name with a clitic ("ببغداد") that
            # the lookup's own rules read
            continue
        counts[cc] = counts.get(cc, 0) + 1
    for m in _REGION_LIST.finditer(text):
        # "over the Belgorod, Kursk and Bryansk regions", "des régions de Belgorod, Koursk et Briansk", "مقاطعات
        # بيلغورود وكورسك": a list under one plural region noun names each region as "the X region" would
        lang = "ar" if m.group("ar") else "fr" if m.group("fr") else "en"
        items = _REGION_LIST_ITEM[lang].findall(m.group(lang))
        for item in items:
            key = {"en": "{} region", "fr": "région de {}", "ar": "مقاطعة {}"}[lang].format(item).lower()
            hit = auto.get(key, None)
            if hit is not None:
                counts[hit[1]] = counts.get(hit[1], 0) + 1
    return tuple(sorted(counts, key=lambda c: -counts[c]))


# a list of regions under one plural noun (see _region_countries)
# (behind patterns._opened's look-ahead on its first characters: the same matches, but the engine passes over the
# article's other positions at once instead of trying the three openings at each; read once an article)
_REGION_LIST = _opened(re.compile(r"\b(?P<en>(?:[A-Z][\w'’-]+,\s+)+(?:and\s+)?[A-Z][\w'’-]+|[A-Z][\w'’-]+\s+and\s+[A-Z][\w'’-]+)\s+"
                          r"(?:regions|oblasts|provinces)\b|\brégions\s+(?P<fr>(?:(?:de|d['’])\s*)?[A-ZÀ-Þ][\w'’-]+"
                          r"(?:\s*(?:,|et)\s*(?:(?:de|d['’])\s*)?[A-ZÀ-Þ][\w'’-]+)+)|(?<![\u0621-\u064A])(?:مقاطعات|مقاطعتي)\s+"
                          r"(?P<ar>[\u0621-\u064A]+(?:\s+و[\u0621-\u064A]+)+)"))
_REGION_LIST_ITEM = {"en": re.compile(r"[A-Z][\w'’-]+"), "fr": re.compile(r"[A-ZÀ-Þ][\w'’-]+"),
                     "ar": re.compile(r"(?:(?<=^)|(?<=\sو))[\u0621-\u064A]+")}


# "an oil depot in Tuapse, Russia, on Wednesday", "a refinery in Novokuybyshevsk, Russia.": a place written with its
# country after a comma (the wires' way to place a town a reader may not know) puts that country among the article's,
# so that its towns are no "small places abroad" (the comma before and the comma, stop or bracket after: not a list,
# "Iran, Russia and China"; not a dateline's, which _dateline_country weighs)
# (behind patterns._opened's look-ahead on its first characters, a space or the comma: the same matches, but the engine
# skips the other positions of the article at once instead of trying the look-behind at each)
_COUNTRY_APPOSED = _opened(re.compile(r"(?<=[^\W\d_])\s*,\s+(?P<country>[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+)?)\s*(?=[,.;)]|$)",
                                      re.M))


# "an oil depot in Russia's Oryol region", "a refinery in Tuapse in southern Russia", "en Russie": a place said to be in
# the country (Russia's name alone is no focus, see lexicon.COUNTRY_WORDS: Syrian copy names it for an actor)
_COUNTRY_LOCATIVE = re.compile(r"\b(?:in|inside|en)\s+(?:(?:southern|northern|eastern|western|central|south-?\w+|"
                               r"north-?\w+)\s+)?(?P<country>[A-Z][^\W\d_]+)")


# "مدينة غاو في شمال مالي", "كيدال في مالي", "قاعدة إنغلز الجوية في روسيا", "بشمال النيجر": a place said to be in the
# country, in Arabic (lexicon.COUNTRY_NAMES_AR).  The Sahel's countries have no Arabic name in lexicon.COUNTRY_WORDS
# ("مالي" is also "financial", "دعم مالي"), nor Russia (named for an actor): after "in" (or a bearing) the word is the
# country, so its towns are placed from their Arabic spelling (the gazetteer holds "كيدال" as Kidal's; without the
# country it is a small place abroad).
# (the two-word bearings first: "شمال شرق مالي" is read to the country)
_AR_BEARING = (r"(?:(?:شمال|جنوب)\s+(?:شرقي|غربي|شرق|غرب)|"
               + "|".join(sorted(arabic.DIRECTIONS, key=len, reverse=True)) + r"|وسط)")
_COUNTRY_LOCATIVE_AR = re.compile(r"(?<![\u0621-\u064A])(?:(?:في|داخل)\s+(?:" + _AR_BEARING + r"\s+)?|ب(?:" + _AR_BEARING
                                  + r"\s+)?|" + _AR_BEARING + r"\s+)(?P<country>[\u0621-\u064A]+(?:\s+فاسو)?)"
                                  r"(?![\u0621-\u064A])")


@functools.lru_cache(maxsize=1)
def _country_codes_ar() -> dict[str, str]:
    """Folded Arabic names of countries (lexicon.COUNTRY_NAMES_AR) -> ISO code."""
    from .lexicon import COUNTRY_NAMES_AR

    return {_fold(n): cc for n, cc in COUNTRY_NAMES_AR.items()}


def _apposed_countries(text: str) -> tuple[str, ...]:
    """Countries the text writes after a place's name and a comma ("Tuapse, Russia,") or says a place is in
    ("in Russia's Oryol region"), in order."""
    if not text:
        return ()
    codes = _country_codes()
    out = []
    for m in _COUNTRY_APPOSED.finditer(text) if "," in text else ():
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()
        if not any(ch.isspace() for ch in line):
            continue  # a dateline ("KIRKUK, Iraq, June 4 -"): where the reporter sat, read by _dateline_country
        cc = codes.get(_fold(m.group("country")))
        if cc and cc not in out:
            out.append(cc)
    for m in _COUNTRY_LOCATIVE.finditer(text):
        cc = codes.get(_fold(m.group("country")))
        if cc and cc not in out:
            out.append(cc)
    if _ARABIC_BLOCK.search(text):
        codes_ar = _country_codes_ar()
        for m in _COUNTRY_LOCATIVE_AR.finditer(text):
            cc = codes_ar.get(_fold(m.group("country")))
            cc = cc or codes_ar.get(_fold(m.group("country").split()[0]))
            if cc and cc not in out:
                out.append(cc)
    return tuple(out)


def resolve_frames(frames: list[EventFrame], gazetteer, *, focus: tuple[str, ...] = ()) -> list[Unresolved]:
    """Attach a :class:`Place` to every :class:`PlaceRef` of the frames; return the names left unresolved."""
    unresolved: list[Unresolved] = []
    focus_set = tuple(c.upper() for c in focus if c)
    docs = {id(f.doc): f.doc for f in frames if f.doc is not None}
    if len(docs) == 1:
        # "in the northern Daraa countryside", "south of Hasakah": a province the article names tells its
        # country as surely as the country's name, after the countries the article names outright
        doc = next(iter(docs.values()))
        focus_set += tuple(c for c in _region_countries(doc.text or "") if c not in focus_set)
        focus_set += tuple(c for c in _apposed_countries(doc.text or "") if c not in focus_set)
        home = _dateline_country(gazetteer, doc.text or "", focus_set)
        if home and home not in focus_set and (not focus_set or home not in REGION):
            # "ODESSA (Ukraine) —": the dateline's country is one the article is about (its small towns
            # are no "small places abroad") when the article names no other, or when it lies outside the
            # region (whose countries the article's own words would have named: "KIRKUK, Iraq" atop a
            # story about Yemen adds nothing)
            focus_set += (home,)

    known: dict[str, Place] = {}  # names already placed in this document, by normalised name
    told: dict[str, set] = {}  # the names (folded, without article) that placed each entry of ``known``

    # countries of the places already resolved in this document: between namesakes, the document's own country
    where: dict[str, int] = {}
    entries: dict[int, Unresolved] = {}  # id(ref) -> its entry in ``unresolved``
    current_doc: list = [None]  # the document of the frame being resolved

    def run(fact, ref: PlaceRef, role: str, near=None, near_km=None) -> Optional[Place]:
        if role == "target" and not ref.cue and ref.name:
            # "les aéroports internationaux de Beyrouth et de Tripoli": each town of the list names its airport
            ref.cue = _listed_cue(ref.name, fact.evidence.sentence) or ref.cue
        kind = word_kind(ref.name)
        if kind == "word" and ref.cue in _SETTLEMENT_CUES and _definite_name_of_word(ref.name):
            # "بلدات الطيبة وعيترون", "بلدة الطيبة الجنوبية": a definite word after a village, town or city noun
            # (_SETTLEMENT_CUES, below) is the place's name (the noun and its name in construct), though the word
            # without its article is a common one ("طيبة", kindness: listed so that the bare word never finds a town)
            kind = None
        if kind is None and role == "target" and ref.name.isascii() and weapon_word(ref.name, fact.evidence.sentence):
            # "a salvo of Grad rockets at X": a make of rocket, never the place hit. (Arabic puts the
            # object after the instrument, "استهدفت بطائرة مسيّرة قاعدة X": there only a name the
            # gazetteer lacks is taken for a make, in _retarget_non_places.)
            kind = "weapon"
        acronym = kind is None and _organisation_acronym(gazetteer, ref.name, focus_set)
        if acronym:
            kind = "organisation"  # "known as HTS": an armed group's short name; a gazetteer would match an airport code
        common = kind is not None
        key = normalize(ref.name)
        if not common and not ref.cue and key in known and _within(known[key], near, near_km) \
                and (_bare(ref.name) in told.get(key, ()) or _bare(ref.name) == _bare(known[key].name)):
            # (the spelling key is coarse: "Bagdad" and "al-Baghdadi", the city and a town named after
            # it, share one; only the same name written again is the same place)
            # "the base at Taji" then "Taji" again: one article means one Taji
            ref.place, ref.candidates = known[key], [known[key]]
            return ref.place
        if common:
            what = {"demonym": "a people or a country's adjective", "organisation": "an organisation",
                    "weapon": "a weapon's make", "ship": "a ship's name"}
            res = Resolution(None, [], f"{ref.name!r} {_ACRONYM_NOTE}" if acronym else
                             f"{ref.name!r} is {what.get(kind, 'a common noun')}, not a place name")
        elif _organisation_facility(ref.name):
            res = Resolution(None, [], f"{ref.name!r} is an organisation's facility without a name of its own")
        elif _fold(ref.name) in _GENERIC_ALONE:
            res = Resolution(None, [], f"{ref.name!r} is a generic word of place names, not a name by itself")
        else:
            ref_focus = _region_country_focus(gazetteer, ref, fact.evidence.sentence, focus_set)
            res = _lookup(gazetteer, ref, focus=ref_focus, near=near, near_km=near_km)
            if role == "target" and not ref.cue and res.place is not None and res.place.precision == "town":
                res = _region_of_town(gazetteer, ref, fact.evidence.sentence, res, focus=ref_focus)
            if res.place is None and ref.cue:
                # "قاعدة حقل كونيكو", "the base at the X gas field": a site named with its own kind word,
                # read under another cue, is still that site (exact name only)
                alt = gazetteer.resolve(ref.name, cue=None, container=ref.container, near=near, near_km=near_km,
                                        focus=ref_focus)
                if alt.place is not None and alt.place.precision == "site" and _match(alt) >= 0.97:
                    res = alt
            res = _country_over_namesake(gazetteer, ref.name, res)
            res = _prefer_curated_twin(res)
            res = _weigh_namesakes(res, ref.container, ref_focus, ref.name)
            res = _world_city_over_namesake(res, ref_focus, ref.name)
            res = _prefer_document_country(gazetteer, ref, res, where, focus=ref_focus, near=near, near_km=near_km)
            res = _nearest_namesake(res, known.values())
            if not ref.container and "\u0600" <= ref.name[:1] <= "\u06ff":
                # "قرية X غرب Y": the namesake by Y, the town its bearing is told from
                res = _namesake_by_bearing(gazetteer, ref, fact.evidence.sentence, res, focus=ref_focus)
            pre = res
            res = _vetted(ref.name, res, ref_focus)
            if res.place is None and pre.place is not None and (pre.place.country or "").upper() in where \
                    and _small_foreign(pre.place, ref_focus) and _match(pre) >= 0.97:
                # "A bomb exploded in Mogadishu ... Another bomb exploded in Bosaso": a town the article places in
                # a country it never names stands for that country, and a small town of it written by its exact
                # name is meant (a town of 74,000 is no namesake when the article is already in Somalia)
                res = _vetted(ref.name, pre, ref_focus + ((pre.place.country or "").upper(),))
            if res.place is None and role in ("target", "launch"):
                # "Kiev", "Odessa": a big city under its exonym, read where an attack names its place (not in
                # vet(), which also screens any word a caller looks up)
                res = _major_city_exonym(ref.name, res) or _arabic_city_alias(ref.name, res, fact.evidence.sentence or "",
                                                                               ref_focus) \
                    or res
            res = _unlike_foreign(ref.name, res, ref_focus)
            if not ref.container:  # (a written container checks the pick itself, below)
                far = _unlike_far(ref.name, res, ref_focus, known.values())
                if far.place is None and res.place is not None and role in ("target", "launch"):
                    # "Soumy": the namesake of the region that only shares its spelling key was dropped as far from
                    # the article's places; the big city the name is an exonym of is what it meant
                    # (only a name that spells the city nearly as its own: "Akkar" is not Ankara)
                    city = _major_city_exonym(ref.name, far)
                    if city is not None and _looks_like_exonym(_bare(ref.name), _bare(city.place.name),
                                                               CLOSE_EXONYM_RATIO):
                        far = city
                res = far
            res = _imported_small_policy(gazetteer, ref, fact.evidence.sentence, res, ref_focus)
            if ref.container and res.place is not None:
                res = _inside_container(gazetteer, ref, res, focus=ref_focus,
                                        owned=_owned_quarter(ref, fact.evidence.sentence))
            elif ref.container and res.place is None and role == "target" and ref.cue in _UNLISTED_PART_CUES \
                    and (box := _container_place(gazetteer, ref, focus=focus_set)
                         or _container_place(gazetteer, ref, focus=focus_set, anywhere=True)) is not None \
                    and box.precision in ("town", "district", "governorate"):
                # "منطقة X بمحافظة Y", "an area X in Y province": an area the gazetteer lacks, inside the town or
                # province the writer names around it, is placed at that container, the finest place the text makes
                # sure of (as a namesake far from it is, see _inside_container), at a lower confidence
                fallback = replace(box, confidence=min(box.confidence, 0.5))
                res = Resolution(fallback, [fallback], f"no {ref.name!r} known: placed at {box.name}, the area the "
                                                       f"text names around it")
            if not _BRACKET_CHARS.isdisjoint(fact.evidence.sentence):  # (no set of the sentence built)
                res = _bracket_alias(gazetteer, ref, fact.evidence.sentence, res, focus=focus_set, near=near,
                                     near_km=near_km)
        fell_back = ref.container and res.place is not None and res.place.precision in ("country", "governorate") \
            and _fold(res.place.name) != _fold(ref.name)
        if not common and not _organisation_facility(ref.name) and (res.place is None or fell_back):
            # "Zawtar" for "Zawtar al-Sharqiyah": the head of longer names of one spot in the article's country
            # (with a container the lookup fell back to: "Zawtar, dans le sud du Liban" -- a spot inside it)
            head = _head_of_longer_name(gazetteer, ref.name, focus_set)
            if head is not None and (res.place is None or head.place.country == res.place.country):
                res = head
        if not common and (res.place is None or res.place.confidence < WHOLE_NAME_BELOW) \
                and not _organisation_facility(ref.name):
            # a name cut short ("Arabie" of "Arabie saoudite"): the sentence's known name that holds it
            whole = _whole_name(gazetteer, ref, fact.evidence.sentence, focus=focus_set, near=near, near_km=near_km)
            if whole is not None and (res.place is None or whole.place.confidence > res.place.confidence):
                res = whole
                if res.place.layer == "user":  # (before the fallbacks below, which a small record would skip)
                    res = _imported_small_policy(gazetteer, ref, fact.evidence.sentence, res, focus_set)
        if res.place is None and not common and not _organisation_facility(ref.name):
            # a site cue joined to the village beside the site ("a base at the X gas field, near the village of Y")
            res = _site_by_sentence(gazetteer, ref, fact.evidence.sentence, focus=focus_set, near=near,
                                    near_km=near_km) or res
        if role in ("target", "launch") and not common and res.place is not None \
                and res.place.precision == "town":
            # "des positions dans les fermes de X", "the X hills": the area named after the village
            res = _area_feature_named(gazetteer, ref, fact.evidence.sentence, res, focus=focus_set) or res
        if role == "target" and not common and not _organisation_facility(ref.name) \
                and not _unnamed_facility(gazetteer, ref):
            # "une zone accidentée près de Khanaqin", "le quartier de X, à Nabatiyé": the place written
            # right after the name says where it is when the name itself does not (or lies far from it)
            res = _placed_by_next(gazetteer, ref, fact.evidence.sentence, res, focus=focus_set) or res
            res = _quarter_of_the_city(gazetteer, ref, fact.evidence.sentence,
                                       current_doc[0].text if current_doc[0] is not None else "", res,
                                       focus=focus_set) or res
        if role == "target" and not common and _foreign_mission(gazetteer, ref, focus=focus_set) and (
                res.place is None or res.place.precision == "country"):
            # "le consulat général de Turquie à Mossoul": the sending country names no place; the
            # mission stands in the city its sentence names (never in the sending country)
            res = _by_sentence(gazetteer, ref, fact.evidence.sentence, focus=focus_set, facility=True) or Resolution(
                None, res.candidates, f"{ref.name!r} names the country a {ref.cue} belongs to, not where it stands")
        if role == "target" and ref.cue in _MISSION_CUES and not ref.container and res.place is not None \
                and res.place.precision == "site" and res.place.feature in _MISSION_CUES:
            # "a drone hit a building in Tel Aviv near the U.S. embassy": the mission of that city
            res = _mission_named_elsewhere(gazetteer, ref, fact.evidence.sentence, res, focus=focus_set) or res
        if res.place is None and role == "target" and ref.container and (
                kind in ("facility", "organisation") or _organisation_facility(ref.name)
                or _unnamed_facility(gazetteer, ref)):
            # "une station de distribution d'Aramco à Jazan": the facility's own container says where
            # it is, before any other place of its sentence
            box = _container_place(gazetteer, ref, focus=focus_set)
            if box is None and kind == "organisation" and _AT_CONTAINER.match(
                    fact.evidence.sentence, max(0, fact.evidence.sentence.find(ref.name)) + len(ref.name)):
                # "le camp de la Minusma à Tessalit", "la base de la Minusca à Bangui": a UN mission's (a
                # body's) camp written "à X" stands at X, whatever country the article names (a short
                # dispatch from Mali may name none); "à" never joins a body to the country of its name
                box = _container_place(gazetteer, ref, focus=focus_set, anywhere=True)
            if box is not None and kind == "organisation" and (box.precision == "country" or _OF_AFTER.match(
                    fact.evidence.sentence, max(0, fact.evidence.sentence.find(ref.name)) + len(ref.name))):
                # "the Democratic Party of Iran", "Hezbollah of Lebanon", "le Parti ... du Kurdistan": the
                # body's country or region, part of its name, not where it was hit
                box = None
            if box is not None:
                res = Resolution(box, [box], f"{ref.name!r} has no place of its own: it stands in {box.name}, "
                                             f"named with it")
        if role == "launch" and ref.container and (res.place is None or near is not None and near_km
                                                   and not _within(res.place, near, near_km)):
            # "انطلق من منطقة بساتين قرب X", "a launcher was found in a farm near X": a spot with no name the
            # gazetteer knows is told by the named place it lies by; that place is the launch site
            box = _container_place(gazetteer, ref, focus=focus_set)
            if box is None and word_kind(ref.container) is None:
                # (a short report names no country: the place must then be an exact name within reach of the target)
                try:
                    near_box = gazetteer.resolve(ref.container, focus=focus_set, near=near, near_km=near_km)
                except GazetteerError:
                    near_box = Resolution(None, [], "")
                if near_box.place is not None and near_box.place.confidence >= 0.8 and _match(near_box) >= 0.97 \
                        and near is not None:
                    box = near_box.place
            if box is not None and box.precision != "country":
                res = Resolution(box, [box], f"{ref.name!r} is not in the gazetteer: the launch is placed at "
                                             f"{box.name}, named with it")
        if res.place is None and role == "target" and (
                kind == "facility" or _organisation_facility(ref.name) or _unnamed_facility(gazetteer, ref)):
            # "the new US consulate", "مقر قيادة عمليات بغداد داخل المنطقة الخضراء": no name of its own,
            # so the places its sentence names say where it is
            res = _by_sentence(gazetteer, ref, fact.evidence.sentence, focus=focus_set,
                               facility=not common and not _organisation_facility(ref.name)) or res
        if res.place is None and role == "target" and kind in (None, "facility"):
            # "Medics at the X General Hospital said ...": a building named after its town is in that town
            res = _town_of_facility(gazetteer, ref, focus=focus_set) or res
        if res.place is None and role == "target" and not common and ref.container:
            # "Hay el-Sellom, dans la banlieue sud de Beyrouth": a place the gazetteer lacks, written
            # with the area that holds it, is placed at that area (at the area's own precision)
            res = _container_fallback(gazetteer, ref, focus=focus_set) or res
        if res.place is None and role == "target" and kind in (None, "organisation") and fact.evidence.doc_id \
                and current_doc[0] is not None:
            # "ont frappé le siège du X" where the article wrote "le siège du X à Y" before
            res = _placed_elsewhere(gazetteer, ref, current_doc[0].text or "", fact.evidence.sentence,
                                    focus=focus_set) or res
        if role == "target" and current_doc[0] is not None and (
                res.place is None and ref.cue in _SITE_KIND_OF_CUE
                or res.place is not None and res.place.precision == "country"):
            # "drones launched at Russia's main air base in Syria": the base the article names by its own
            # name elsewhere ("Hmeimim air base"), when it names only one of that kind in that country
            res = _only_site_in_country(gazetteer, ref, fact.evidence.sentence, current_doc[0].text or "",
                                        focus=focus_set) or res
        if role == "target" and res.place is None and ref.cue in _SITE_KIND_OF_CUE and not common:
            # "an American military base in Syria", "une base de la province d'Anbar": no base of that
            # name; the country or province the base is told in is all the text says of where (as "une
            # base turque en Syrie" reads it). Only the area's own name, exactly: a town's namesake
            # base is for the gazetteer's site records, and a fuzzy neighbour is no answer.
            try:
                whole = gazetteer.resolve(ref.name, focus=focus_set)
            except GazetteerError:
                whole = Resolution(None, [], "")
            if whole.place is not None and whole.place.precision in ("country", "governorate") \
                    and _match(whole) >= 0.97 and whole.place.confidence >= 0.8:
                res = Resolution(whole.place, [whole.place], f"{ref.name!r} names the area of a {ref.cue}; "
                                                             f"the gazetteer has no {ref.cue} of that name")
        if res.place is not None and res.place.layer == "user":
            # a fallback above (the whole name, the sentence's site) may have found the same small record
            res = _imported_small_policy(gazetteer, ref, fact.evidence.sentence, res, focus_set)
        elif res.candidates and any(is_small_import(c) for c in res.candidates):
            # an unplaced name's candidates are where the estimate looks for its launch point: a small
            # record the text does not call a place is none of them ("أطلقت من بساتين", from orchards)
            weak = next(c for c in res.candidates if is_small_import(c))
            if not _cued_as_place(gazetteer, ref, weak, fact.evidence.sentence, focus_set):
                res = Resolution(res.place, [c for c in res.candidates if not is_small_import(c)], res.reason)
        ref.place, ref.candidates = res.place, list(res.candidates)[:5]
        reason = res.reason
        if res.place is not None and not _within(res.place, near, near_km):
            # an impact or launch site must lie near the target: a namesake on another continent is no answer
            d = _km(res.place, near)
            reason = f"the best candidate, {res.place.name} ({res.place.country}), is {d:.0f} km from the target"
            ref.place = None
        if ref.place is not None:
            if ref.place.precision != "country" and ref.place.country:
                where[ref.place.country] = where.get(ref.place.country, 0) + 1
            known.setdefault(key, ref.place)
            if known[key] is ref.place:
                told.setdefault(key, set()).add(_bare(ref.name))
            if ref.cue:
                known.setdefault(normalize(ref.place.name), ref.place)
        else:
            ref.unresolved_reason = reason
            entry = Unresolved(ref.name, fact.evidence.doc_id, fact.evidence.sentence, role, reason, ref.candidates)
            unresolved.append(entry)
            entries[id(ref)] = entry
        return ref.place

    for frame in frames:
        current_doc[0] = frame.doc
        target_fact = frame.first("target")
        target: Optional[Place] = None
        if target_fact is not None:
            target = run(target_fact, target_fact.value, "target")
        near = target.point if target else None
        for fact in frame.get("impact"):
            ref: PlaceRef = fact.value
            if ref.anaphoric:
                ref.place = target
                continue
            # an impact lies near a town or site target, anywhere inside an area target ("Iraqi
            # Kurdistan ..., hitting a farm on the edge of X": X is far from the region's centre)
            area = target is not None and target.precision in ("governorate", "country")
            reach = IMPACT_KM + ((target.radius_km or 0.0) if area else 0.0)
            run(fact, ref, "impact", near=near, near_km=reach if near else None)
        for fact in frame.get("launch"):
            if fact.value.name:  # an unnamed launch has only a direction and distance from the target
                run(fact, fact.value, "launch", near=near, near_km=LAUNCH_KM if near else None)
    _launch_offsets(frames, gazetteer, focus=focus_set)
    _launch_direction_of_place(frames, gazetteer, focus=focus_set)
    _launch_from_which(frames, gazetteer, focus=focus_set)
    _finer_launch(frames, gazetteer, focus=focus_set)
    _launch_namesake_by_distance(frames)
    _launch_site_targets(frames, unresolved, entries)
    _retarget_non_places(frames, gazetteer, unresolved, entries, focus=focus_set)
    _retarget_speaker_seats(frames, gazetteer, focus=focus_set)
    _retarget_origins(frames, gazetteer, unresolved, entries, focus=focus_set)
    _retarget_country_apposition(frames, gazetteer, unresolved, entries, focus=focus_set)
    _retarget_road_ends(frames, gazetteer, focus=focus_set)
    _retarget_landmark_towns(frames, gazetteer, focus=focus_set)
    _listed_namesakes(frames)
    _refine_targets(frames, gazetteer, focus=focus_set)
    _district_of_unlisted(gazetteer, frames, focus=focus_set)
    _offset_targets(frames, gazetteer, focus=focus_set)
    _offshore_targets(frames)
    _parts_of_areas(frames, gazetteer, focus=focus_set)
    for frame in frames:  # a target placed by its distance from a named place is no longer unresolved
        fact = frame.first("target")
        if fact is not None and fact.value.place is not None and id(fact.value) in entries:
            entry = entries.pop(id(fact.value))
            if entry in unresolved:
                unresolved.remove(entry)
    return unresolved


# Facts that tell what happened at the attacked place: the sentence that gives them names where it happened.
_PLACE_BOUND = ("count", "killed", "injured", "weapon")
# What a later sentence may narrow a target of each precision to.
_FINER = {"country": ("governorate", "district", "town", "site"), "governorate": ("district", "town", "site"),
          "town": ("district", "site")}


# "the same airport", "the airport", "l'aéroport", "المطار": a site of a kind, named earlier, told again by its kind
_DEFINITE_SITE = re.compile(
    r"\b(?:the|its|the\s+city['’]s)\s+(?:same\s+)?(airport|air\s?base|airfield|base)\b"
    r"|\b(?:l['’]\s*|le\s+même\s+|la\s+même\s+|la\s+)(aéroport|base)\b|(?:^|\s)(المطار|القاعدة)(?:\s|$)", re.I)
_DEFINITE_KIND = {"airport": ("airport",), "aéroport": ("airport",), "المطار": ("airport",),
                  "airfield": ("airport", "airbase"), "airbase": ("airbase",), "air base": ("airbase",),
                  "base": ("airbase", "base"), "القاعدة": ("airbase", "base")}
# the site told as where the projectile was going: "heading for", "aimed at", "en direction de", "باتجاه"
_HEADING_FOR = re.compile(r"\b(?:heading|headed|bound|flying|aimed|directed|launched|fired)\s+(?:for|to|towards?|at)"
                          r"\s+$|\btowards?\s+$|\b(?:en\s+direction\s+d[e'’]|vers|visant|qui\s+visait)\s*$"
                          r"|(?:باتجاه|نحو|تستهدف|يستهدف|كانت\s+تستهدف)\s*$", re.I)
_DEFINITE_CHEAP = ("airport", "base", "airfield", "aéroport", "المطار", "القاعدة")


def _definite_site(sentence: str, town: Place, sites: dict) -> Optional[Place]:
    """The one site of the document, of the kind "the (same) airport" names, that lies in ``town``.

    "destroyed a drone over X that was heading for the same airport", "un drone abattu au-dessus de
    X avant d'atteindre l'aéroport": the sentence tells its target by the town, and the site by its
    kind only; an airport or base the document's other reports place within :data:`FACILITY_KM` of
    the town is the one meant. Two such sites of that kind, or none, leave the town.
    """
    if not sites or not any(map(sentence.__contains__, _DEFINITE_CHEAP)):
        return None  # cheap test
    kinds: set = set()
    for m in _DEFINITE_SITE.finditer(sentence):
        if not _HEADING_FOR.search(sentence[max(0, m.start() - 40):m.start()]):
            continue  # "hours after an attack on the airport": another incident, not where this one was aimed
        word = re.sub(r"\s+", " ", next(g for g in m.groups() if g).lower())
        kinds.update(_DEFINITE_KIND.get(word, ()))
    if not kinds:
        return None
    near = [p for p in sites.values() if p.feature in kinds and _km(p, town.point) <= FACILITY_KM]
    return near[0] if len(near) == 1 else None


# a site's kind word, as written before or after its name, to the cue it sets (any other word: an air base)
_SITE_WORD_CUE = {"base": "airbase", "airbase": "airbase", "airfield": "airbase", "airport": "airport",
                  "aéroport": "airport", "قاعدة": "airbase", "المطار": "airport", "مطار": "airport"}


def _town_site_in_frame(gazetteer, frame: EventFrame, ref: PlaceRef, town: Place, *, focus) -> Optional[Place]:
    """The one air base or airport named after ``town`` that the frame's own sentences name; or None.

    A target read as the town ("the launcher used against X") whose count or impact sentence says
    "rockets struck X air base" / "l'aéroport de X" / "قاعدة X": the gazetteer's site of that name
    near the town. A site of two kinds (an airport and a base both named) leaves the town.
    """
    name = ref.name or ""
    sentences = {f.evidence.sentence for f in frame.facts if f.kind != "launch" and f.evidence.sentence}
    cues = set()
    for sentence in sentences:
        if name not in sentence or not any(map(sentence.__contains__, _SITE_CHEAP)):
            continue
        for at in _occurrences(name, sentence):
            after = _SITE_CUE_AFTER.match(sentence[at + len(name):at + len(name) + 24])
            before = re.search(r"(?:\b(base\s+aérienne|aéroport|airport|air\s?base|airbase)\s+(?:de\s+|d['’]\s*|of\s+)"
                               r"|(قاعدة|مطار)\s+)$", sentence[max(0, at - 24):at], re.I)
            word = (after.group(1) if after else None) or (before and (before.group(1) or before.group(2)))
            if word:
                word = word.lower().replace(" ", "")
                cues.add(_SITE_WORD_CUE.get("base" if word.startswith("base") else word, "airbase"))
    if len(cues) != 1:
        return None
    cue = next(iter(cues))
    res = _facility_of_town(gazetteer, PlaceRef(name, cue=cue), cue, town, focus=focus)
    p = res.place if res is not None else None
    return p if p is not None and p.precision == "site" else None


def _refine_targets(frames, gazetteer, *, focus) -> None:
    """Narrow a frame's broad target to the one finer place a later sentence of the frame names inside it.

    A report's lead names the country or the city ("U.S. forces in Iraq came under drone attack",
    "trois morts lundi à Abou Dhabi"); the next sentences, whose counts and casualties the frame
    holds, say where ("as it approached Erbil's international airport", "près d'un dépôt ... dans la
    zone industrielle de Moussaffah"). The first such sentence that names exactly one place of finer
    precision inside the target (the same country; a governorate's extent; a town's reach,
    :data:`FACILITY_KM`) gives the target; a sentence naming two or more is left alone, as is a
    place another frame of the document already has as its target (that incident has its event).
    """
    taken = set()
    sites: dict = {}  # the sites the document's frames are placed at, for "the same airport"
    for frame in frames:
        fact = frame.first("target")
        if fact is not None and fact.value.place is not None:
            taken.add(fact.value.place.record_id or fact.value.place.point)
            if fact.value.place.precision == "site":
                sites.setdefault(fact.value.place.record_id or fact.value.place.point, fact.value.place)
    for frame in frames:
        fact = frame.first("target")
        if fact is None or fact.value.place is None or fact.value.place.precision not in _FINER:
            continue
        ref: PlaceRef = fact.value
        target = ref.place
        finer = _FINER[target.precision]
        skip = _launch_names(frame)
        if target.precision != "town":
            # a village an impact fell on is no finer name for a country or a governorate; for a
            # town, the site or district inside it where the blast was is ("trois camions-citernes
            # ont explosé dans la zone industrielle de X", X also read as the impact site)
            skip |= frozenset(_fold(f.value.name) for f in frame.get("impact") if f.value.name)
        site = _site_for_broad_target(gazetteer, ref, fact.evidence.sentence, focus=focus)
        if site is not None and (site.record_id or site.point) not in taken:
            # "visé la base du mont X, ... du nord de la Palestine occupée": the site its sentence names
            _put(ref, site, target)
            taken.add(site.record_id or site.point)
            continue
        if target.precision == "town":
            same = _definite_site(fact.evidence.sentence, target, sites)
            if same is not None:
                # "a drone over X that was heading for the same airport": the site another report of
                # the document names in X (two attacks on one airport are still two events)
                _put(ref, same, target)
                continue
            own = _town_site_in_frame(gazetteer, frame, ref, target, focus=focus)
            if own is not None and (own.record_id or own.point) not in taken:
                # "the launcher used against X" in the lead, "three rockets struck X air base" in the
                # frame's count sentence: the town's base is where they fell
                _put(ref, own, target)
                taken.add(own.record_id or own.point)
                continue
        if target.precision in ("town", "governorate"):
            # the place written before a phrase that only tells where it lies was hit: "في قضاء X شمالي
            # العاصمة T" (a direction), "un hôpital de X, ville égyptienne frontalière d'Y" (a border),
            # "على محافظة X بمنطقة T", "X in the T region" (a region; the only one a governorate takes)
            finders = _BEFORE_TOWN if target.precision == "town" else (_place_before_area,)
            found = (find(gazetteer, ref, fact.evidence.sentence, target, focus=focus, skip=skip) for find in finders)
            before = next((p for p in found if p is not None and (p.record_id or p.point) not in taken), None)
            if before is not None:
                _put(ref, before, target)
                taken.add(before.record_id or before.point)
                continue
        if target.precision == "town":
            own = _neighbourhood_in_sentence(gazetteer, fact.evidence.sentence, target, focus=focus)
            if own is not None and (own.record_id or own.point) not in taken:
                # "a strike on a car in the X neighbourhood of east Baghdad": the neighbourhood
                _put(ref, own, target)
                taken.add(own.record_id or own.point)
                continue
        own = _impact_inside(frame, fact, target, finer)
        if own is not None and (own.record_id or own.point) not in taken:
            # "une roquette ... sur un terrain de football de X, une localité du plateau de Y", "trois
            # camions-citernes ont explosé dans la zone industrielle de X, a indiqué la police de Y":
            # the sentence that names the broad target names the finer place inside it that was hit
            _put(ref, own, target)
            taken.add(own.record_id or own.point)
            continue
        seen = {fact.evidence.sentence}
        for other in frame.facts:
            sentence = other.evidence.sentence
            if other.kind not in _PLACE_BOUND or sentence in seen:
                continue
            seen.add(sentence)
            inside = {}
            for _rank, _start, _pos, res in _sentence_anchors(gazetteer, sentence, ref.name, focus=focus, skip=skip):
                p = res.place
                # a town narrows to a site or a district of it (Musaffah is a town-precise district)
                fits = p.precision in finer or (target.precision == "town" and p.feature == "district")
                if not fits or (p.record_id or p.point) == (target.record_id or target.point):
                    continue
                if target.precision == "country":
                    ok = p.country == target.country
                else:
                    reach = max(FACILITY_KM, target.radius_km or 0.0) if target.precision == "town" \
                        else (target.radius_km or 0.0)
                    ok = p.country == target.country and _km(p, target.point) <= reach
                if ok:
                    inside.setdefault(p.record_id or p.point, p)
            if not inside:
                continue
            if len(inside) == 1:
                p = next(iter(inside.values()))
                if (p.record_id or p.point) not in taken:
                    _put(ref, p, target)
                    taken.add(p.record_id or p.point)
            break
        if target.precision in ("governorate", "country"):
            p = _near_place(gazetteer, ref, fact.evidence.sentence, target, finer, skip, focus=focus)
            if p is not None and (p.record_id or p.point) not in taken:
                # "a drone strike hit X province near the town of Y": the province says where Y lies
                _put(ref, p, target)
                taken.add(p.record_id or p.point)
                continue
        if ref.place is target and target.precision in ("governorate", "country") and frame.doc is not None:
            p = _located_place(gazetteer, frame.doc.text or "", fact, ref, target, finer, skip, focus=focus)
            if p is not None and (p.record_id or p.point) not in taken:
                # "a drone struck a post in X province. The post lies on the outskirts of the town of Y": the
                # sentence after the target's tells where the site hit lies
                _put(ref, p, target)
                taken.add(p.record_id or p.point)
                continue
        if ref.place is target and target.precision in ("governorate", "country") and frame.doc is not None \
                and (frame.get("killed") or frame.get("injured")):
            p = _victims_town(gazetteer, frame.doc.text or "", ref, target, finer, skip | frozenset(
                _fold(f.value.name) for fr in frames for f in fr.get("launch") if f.value.name), taken, focus=focus)
            if p is not None:
                _put(ref, p, target)
                taken.add(p.record_id or p.point)


# A sentence that only tells where the site just hit lies: "The post lies on the outskirts of the town of X", "The
# base, near the town of X, houses ...", "La base, située près de X, abrite ...", "وتقع القاعدة قرب بلدة X". Its
# subject takes the site back by its kind word (the things attacks hit, incident._OBJ_EN/_OBJ_FR, and a village's or
# a post's own words); its verb (or apposition) locates it.
_SITE_KIND = (r"(?:" + _OBJ_EN + "|" + _OBJ_FR + r"|airbase|site|village|hamlet|headquarters|installation|localité|"
              r"barrage|quartier\s+général)")
_LOCATING = re.compile(
    r"^\W*(?:The|This|That|Its|La|Le|L['’]|Cette|Ce|Cet)\s*(?:[\w-]+\s+){0,2}?" + _SITE_KIND + r"s?\b"
    r"(?:\s+(?:is|was|lies|lay|sits|stands|se\s+trouve|se\s+situe|est|était)\s+(?:also\s+)?"
    r"(?:located|situated|based|située?|implantée?|installée?|just|about|some|around|environ|à|near|close|outside|on|in|"
    r"près|non|aux|dans|sur)\b"
    r"|\s+(?:lies|lay|sits|stands|se\s+trouve|se\s+situe)\b"
    r"|\s*,\s*(?:which\s+(?:is|lies)\s+)?(?:located|situated|située?|near|close\s+to|outside|on\s+the\s+outskirts|"
    r"près|non\s+loin|à\s+proximité|aux\s+abords|qui\s+se\s+trouve))"
    r"|^\W*و?(?:ت|ي)قع\s+(?:هذه\s+|هذا\s+)?ال\S+|^\W*و?ال\S+(?:\s+ال\S+)?\s*،?\s*(?:التي|الذي)\s+(?:ت|ي)قع(?!\S)",
    re.I)
_LOCATING_CHEAP = ("The ", "This ", "That ", "Its ", "La ", "Le ", "L'", "L’", "Cette ", "Ce ", "Cet ", "قع")
# "west of (the town of) Z", "10 km from Z", "à l'ouest de Z", "à 10 km de Z", "شمال بلدة Z", "على بعد ١٠ كم عن Z": Z is
# the reference a site is measured from, not where it is
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|\b(?:km|kilomet\w*|miles?|met(?:re|er)s|mètres)\s+"
    r"(?:from|de|du|d['’])|\b(?:au|à\s+l['’])\s*(?:nord|sud|est|ouest)(?:-est|-ouest)?\s+(?:de|du|d['’])"
    r"|(?:شمال|جنوب|شرق|غرب)ي?|(?:كم|كيلومتر\S*)\s+(?:عن|من))\s*(?:the\s+|la\s+|le\s+)?"
    r"(?:(?:town|city|village|ville|localité|مدينة|بلدة|قرية)\s*(?:of\s+|de\s+|d['’])?)?$", re.I)


# the words that put a place near another, in the three languages (the landmark rule reads them too)
_NEAR_EN = r"not\s+far\s+from|near|close\s+to|outside"
_NEAR_FR = r"non\s+loin|près|à\s+proximité|aux\s+abords"
_NEAR_AR = r"قرب|بالقرب\s+من|على\s+مقربة\s+من"
# "near (the town of) Y", "près de (la ville de) Y", "قرب (بلدة) Y": the place a strike on a region was close to
_NEAR_BEFORE = re.compile(
    r"(?:\b(?:" + _NEAR_EN + r"|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:town|city|village)\s+of\s+)?"
    r"|\b(?:" + _NEAR_FR + r")\s+(?:de\s+la\s+|du\s+|d[e'’]\s*)"
    r"(?:(?:ville|localité|commune|village|bourgade)\s+(?:de\s+|d['’]\s*))?"
    r"|(?:^|\s)(?:" + _NEAR_AR + r")\s+(?:مدينة\s+|بلدة\s+|قرية\s+)?)$", re.I)
_NEAR_CHEAP = ("near", "close to", "outside", "outskirts", "not far", "près", "loin", "proximité", "abords", "قرب",
               "مقربة")


def _near_place(gazetteer, ref: PlaceRef, sentence: str, target: Place, finer, skip, *, focus) -> Optional[Place]:
    """The one finer place inside a broad target that the target's own sentence says the strike was near.

    "A drone strike hit X province near the town of Y", "a visé la province d'X, près de la ville de Y":
    the region is what the verb governs, the place it was near is where. Exactly one such place inside
    the target (no launch site: ``skip``) must be named.
    """
    if not any(map(sentence.__contains__, _NEAR_CHEAP)):
        return None  # cheap test
    found: dict = {}
    for _rank, start, _pos, res in _sentence_anchors(gazetteer, sentence, ref.name, focus=focus, skip=skip):
        if _NEAR_BEFORE.search(sentence[max(0, start - 50):start]) and _inside_target(res.place, target, finer):
            found.setdefault(res.place.record_id or res.place.point, res.place)
    return next(iter(found.values())) if len(found) == 1 else None


def _located_place(gazetteer, text: str, fact, ref: PlaceRef, target: Place, finer, skip, *,
                   focus) -> Optional[Place]:
    """The one finer place inside a broad target that the next sentence names as where the site hit lies.

    "A drone struck a military post in X province on Tuesday. The post lies on the outskirts of the
    town of Y": the province is all the lead says, the next sentence (or the one after) takes the site
    back by its kind word and locates it. A place written as the reference of a direction or a distance
    ("west of Z", "20 km from Z") only measures from there; exactly one other place inside the target
    must remain.
    """
    end = fact.evidence.end
    if not text or end <= 0:
        return None
    for sentence in re.split(r"(?<=[.!?؟])\s+|\n+", text[end:end + 700].strip())[:2]:
        if not sentence.startswith(_LOCATING_CHEAP, sentence.find(next((c for c in sentence if not c.isspace()), ""))) \
                and "قع" not in sentence[:40]:
            continue
        if not _LOCATING.search(sentence):
            continue
        found: dict = {}
        for _rank, start, _pos, res in _sentence_anchors(gazetteer, sentence, ref.name, focus=focus, skip=skip):
            head = sentence[max(0, start - 60):start]
            if _REFERENCE_BEFORE.search(head):
                continue  # "west of Z", "20 km from Z": a reference the site is measured from
            if _inside_target(res.place, target, finer):
                found.setdefault(res.place.record_id or res.place.point, res.place)
        return next(iter(found.values())) if len(found) == 1 else None
    return None


# A sentence that tells where the dead and wounded were: "all the victims were in X", "les victimes ont été
# recensées à X", "سقط الضحايا في X".
_VICTIM_WORDS = re.compile(r"\b(?:victims?|casualties|dead|victimes?|morts|tués|blessés)\b|ضحايا|قتلى|جرحى|الضحايا",
                           re.I)
_VICTIM_CHEAP = ("ictim", "asualt", "dead", "morts", "tués", "blessés", "ضحايا", "قتلى", "جرحى")


def _victims_town(gazetteer, text: str, ref: PlaceRef, target: Place, finer, skip, taken, *,
                  focus) -> Optional[Place]:
    """The one town inside a broad target that the article's sentences about the victims name.

    A lead names a region ("the toll of the strikes on Kurdistan rose to 13"), and a later sentence with
    no count of its own says where the dead were ("all the victims were counted in X, a small town east
    of Y"). When the article's victim sentences name exactly one town or site inside the region that no
    other report of the article has as its target or launch site, the region narrows to it.
    """
    if not text or not any(map(text.__contains__, _VICTIM_CHEAP)):
        return None  # cheap test
    found: dict = {}
    for sentence in re.split(r"(?<=[.!?؟])\s+|\n+", text):
        if not any(map(sentence.__contains__, _VICTIM_CHEAP)) or not _VICTIM_WORDS.search(sentence):
            continue
        named = [a[3].place for a in sorted(_sentence_anchors(gazetteer, sentence, ref.name, focus=focus, skip=skip),
                                            key=lambda a: a[1])]
        named = [p for p in named if p.precision in ("town", "site") and _inside_target(p, target, finer)]
        if not named or (named[0].record_id or named[0].point) in taken:
            continue  # a sentence whose first place is another report's target tells that incident
        for p in named:
            if (p.record_id or p.point) not in taken:
                found.setdefault(p.record_id or p.point, p)
        if len(found) > 1:
            return None
    return next(iter(found.values())) if len(found) == 1 else None


ACROSS_BORDER_KM = 150.0  # beyond a country's radius, how far a site of another country may be its "north of X"


# A site written as a name in running text: capitalised words, maybe after "mount"/"mont"/"jabal" in lower case
# ("la station radar du mont Hermon"), which the name finder leaves to the extractor.
_SITE_NAME = re.compile(r"(?:\b(?:[Mm]ount|[Mm]ont|Mt\.?|[Jj]abal|[Jj]ebel|[Dd]jebel)\s+)?"
                        r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:al-|el-|de\s+|d['’])?[A-ZÀ-Ý][\w'’-]+){0,3}")
_SITE_CHEAP = ("base", "Base", "airport", "Airport", "aéroport", "airfield", "camp", "Camp", "caserne", "قاعدة",
               "مطار", "معسكر")
_DATELINE = re.compile(r"^\s*(?P<name>[^\W\d][^,(\-–—]{1,40}?)\s*(?:,[^-–—()]{0,40})?\s*(?:\([^)]{1,20}\))?\s*[-–—]\s")


_SITE_CUE_BEFORE = re.compile(r"\b(base|airbase|airfield|airport|aéroport|camp|caserne)\b[^.,;:]{0,28}$|(قاعدة|مطار|معسكر)\s+\S*\s*$",
                              re.I)
_SITE_CUE_AFTER = re.compile(r"^\s+(?:air\s?)?(base|airbase|airfield|airport|camp)\b", re.I)


# The features of the site a cue asks for, when the text gives a country for its name.
_SITE_KIND_OF_CUE = {"airbase": ("airbase", "base"), "base": ("airbase", "base"), "airport": ("airport",)}


# A site's kind word written shortly before the country's name: "la base aérienne russe en Syrie",
# "القاعدة الجوية الروسية الرئيسية في سوريا" (the extractor then reads the country, cue and all, as the target).
_SITE_WORD_BEFORE = re.compile(r"(?<!\w)(air\s?base|airfield|airport|base\s+aérienne|aéroport|base|القاعدة|قاعدة|المطار|مطار)"
                               r"(?:\s+\S+){0,4}\s+\S*$", re.I)


def _only_site_in_country(gazetteer, ref: PlaceRef, sentence: str, text: str, *, focus) -> Optional[Resolution]:
    """The one site of the cue's kind that the document names by its own name in the country ``ref`` names.

    "launched at Russia's main air base in Syria" reads the country as the base's name; the article's
    other sentences name the base ("the Hmeimim air base"). Two bases of that kind in that country
    named in the article leave the choice open (None).
    """
    cc = _country_codes().get(_fold(ref.name))
    if not cc or not text:
        return None
    cue = ref.cue if ref.cue in _SITE_KIND_OF_CUE else None
    if cue is None:
        at = sentence.find(ref.name)
        m = _SITE_WORD_BEFORE.search(sentence[max(0, at - 60):at]) if at > 0 else None
        if m is None:
            return None
        cue = _SITE_WORD_CUE.get(m.group(1).lower(), "airbase")
    kinds = _SITE_KIND_OF_CUE[cue]
    found = {}
    for sentence in re.split(r"(?<=[.!?؟])\s+|\n+", text):
        for key, p in _sites_named(gazetteer, sentence, focus=focus).items():
            if (p.country or "").upper() == cc and p.feature in kinds:
                found.setdefault(key, p)
    if len(found) != 1:
        return None
    p = next(iter(found.values()))
    return Resolution(p, [p], f"{ref.name!r} names the country of a {cue}; the article names one such "
                              f"{cue} there: {p.name}")


def _sites_named(gazetteer, sentence: str, *, focus) -> dict:
    """The curated sites (air bases, bases, airports, ...) a sentence names by their own name: id -> Place."""
    if not sentence or not any(map(sentence.__contains__, _SITE_CHEAP)):
        return {}
    memo = _memo(gazetteer)
    key = ("sites", sentence, focus)
    if key in memo:
        return memo[key]
    found = {}
    spans = [(m.start(), m.group(0)) for m in _SITE_NAME.finditer(sentence)]
    spans += [(start, text) for start, _end, text in _names_in(gazetteer, sentence)]
    for start, text in spans:
        if is_common_word(text):
            continue
        try:
            res = gazetteer.resolve(text, focus=focus)
            if res.place is None or res.place.precision != "site":
                # "la base aérienne de Ramat David", "the Ramat David air base": the kind word beside the
                # name says which of its namesakes (a kibbutz, the base) is meant
                end = start + len(text)
                cue = _SITE_CUE_BEFORE.search(sentence[max(0, start - 40):start]) or \
                    _SITE_CUE_AFTER.match(sentence[end:end + 30])
                if cue is not None:
                    word = next(w for w in cue.groups() if w).lower()
                    res = gazetteer.resolve(text, cue="airport" if word in ("airport", "aéroport", "مطار")
                                            else "airbase", focus=focus)
        except GazetteerError:
            continue
        p = res.place
        if p is not None and p.precision == "site" and p.confidence >= 0.97:
            found.setdefault(p.record_id or p.point, p)
    memo[key] = found
    return found


def _site_for_broad_target(gazetteer, ref: PlaceRef, sentence: str, *, focus) -> Optional[Place]:
    """The one site the target's own sentence names when the target read is broader or only its dateline.

    "le Hezbollah revendique avoir visé la base du mont X, « l'une des plus importantes du nord de
    la Palestine occupée »": a country (even one the site's own country calls otherwise, within the
    country's reach) narrows to the site; "CITY, 7 janvier (AFP) - ... des roquettes sur une base ...
    du mont X": a town read from the dateline gives way to the site the report's sentence names.
    """
    target = ref.place
    if target is None or target.precision not in ("country", "town"):
        return None
    if target.precision == "town":
        m = _DATELINE.match(sentence)
        if m is None or _fold(ref.name) not in _fold(m.group("name")):
            return None  # the town is the place hit, not the place the report was filed from
        body = sentence[m.end():]
    else:
        body = sentence
    sites = _sites_named(gazetteer, body, focus=focus)
    if len(sites) != 1:
        return None
    p = next(iter(sites.values()))
    if target.precision == "country" and p.country != target.country and \
            _km(p, target.point) > (target.radius_km or 0.0) + ACROSS_BORDER_KM:
        return None  # a site of a neighbouring country may be what the writer calls the country; a far one is not
    if target.precision == "town" and _km(p, target.point) <= FACILITY_KM:
        return None  # a site of the dateline town itself: the town-to-site rules below decide
    return p


def _inside_target(p: Place, target: Place, finer) -> bool:
    """Is ``p`` a finer place than ``target`` and inside it (the same country; within its extent)?"""
    fits = p.precision in finer or (target.precision == "town" and p.feature == "district")
    if not fits or (p.record_id or p.point) == (target.record_id or target.point):
        return False
    if target.precision == "country":
        return p.country == target.country
    reach = max(FACILITY_KM, target.radius_km or 0.0) if target.precision == "town" else (target.radius_km or 0.0)
    if target.precision == "governorate" and target.admin1 and p.admin1 == target.admin1:
        reach *= 2  # a governorate's radius is a rough extent; its own towns lie in it even past the radius
    return p.country == target.country and _km(p, target.point) <= reach


def _impact_inside(frame: EventFrame, fact, target: Place, finer) -> Optional[Place]:
    """The one place hit that the target's own sentence names inside the (broader) target, if any."""
    inside = {}
    for f in frame.get("impact"):
        ref = f.value
        if ref.anaphoric or ref.place is None or f.evidence.sentence != fact.evidence.sentence:
            continue
        if _inside_target(ref.place, target, finer):
            inside.setdefault(ref.place.record_id or ref.place.point, ref.place)
    return next(iter(inside.values())) if len(inside) == 1 else None


# A position given as a distance and a bearing from a named place ("about 50 nautical miles southwest of
# the port of X", "à 80 milles marins au sud-est de X", "على بعد 50 ميلا بحريا جنوب غرب X"): how ships
# at sea, and sites off any map, are placed by navies and maritime agencies.
_BEARINGS = {
    "north": 0, "northeast": 45, "north-east": 45, "east": 90, "southeast": 135, "south-east": 135,
    "south": 180, "southwest": 225, "south-west": 225, "west": 270, "northwest": 315, "north-west": 315,
    "nord": 0, "nord-est": 45, "est": 90, "sud-est": 135, "sud": 180, "sud-ouest": 225, "ouest": 270,
    "nord-ouest": 315,
    "شمال": 0, "شمال شرق": 45, "شرق": 90, "جنوب شرق": 135, "جنوب": 180, "جنوب غرب": 225, "غرب": 270,
    "شمال غرب": 315,
}
_EN_DIR = "|".join(sorted((d for d in _BEARINGS if d.isascii()), key=len, reverse=True))
_AR_DIR = "|".join(sorted((d for d in _BEARINGS if not d.isascii()), key=len, reverse=True))
# Arabic distances are often written in words ("على بعد نحو أربعة كيلومترات"): the common ones
_AR_NUM_WORDS = {
    "واحد": 1.0, "اثنين": 2.0, "اثنان": 2.0, "ثلاثة": 3.0, "ثلاث": 3.0, "أربعة": 4.0, "اربعة": 4.0, "أربع": 4.0,
    "خمسة": 5.0, "خمس": 5.0, "ستة": 6.0, "ست": 6.0, "سبعة": 7.0, "سبع": 7.0, "ثمانية": 8.0, "ثماني": 8.0,
    "تسعة": 9.0, "تسع": 9.0, "عشرة": 10.0, "عشر": 10.0, "عشرين": 20.0, "عشرون": 20.0, "ثلاثين": 30.0,
    "أربعين": 40.0, "اربعين": 40.0, "خمسين": 50.0, "ستين": 60.0, "سبعين": 70.0, "ثمانين": 80.0, "تسعين": 90.0,
    "مئة": 100.0, "مائة": 100.0,
}
_AR_NUM = "|".join(sorted(_AR_NUM_WORDS, key=len, reverse=True))
_OFFSET = (
    re.compile(r"(?P<q>\b(?:about|some|around|roughly|approximately|nearly|almost|an estimated)\s+)?"
               r"(?P<num>\d+(?:[.,]\d+)?|[a-z]+(?:-[a-z]+)?)\s*(?:-|\s)?\s*(?P<unit>nautical miles?|nmi|nm|km|kilomet(?:er|re)s?|miles?)"
               r"\s+(?:\([^)]{0,20}\)\s+)?(?:to the\s+)?(?P<dir>" + _EN_DIR + r")(?:ern)?\s+of\s+(?P<rest>[^.;:]{1,80})",
               re.I),
    re.compile(r"(?P<q>\b(?:environ|quelque|près de|une)\s+)?(?P<num>\d+(?:[.,]\d+)?|[a-zé]+)\s*(?:de\s+)?"
               r"(?P<unit>milles? (?:nautiques?|marins?)|nq|km|kilomètres?|milles?)\s+(?:au|à l['’])\s*"
               r"(?P<dir>nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest)\s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+)"
               r"(?P<rest>[^.;:]{1,80})", re.I),
    re.compile(r"بعد\s+(?P<q>(?:نحو|حوالي|قرابة|زهاء)\s+)?(?P<num>\d+(?:[.,]\d+)?|" + _AR_NUM + r")\s+"
               r"(?P<unit>ميلاً?\s+بحرياً?|ميلا\s+بحريا|ميل\s+بحري|أميال\s+بحرية|كلم|كم|كيلومترا?|كيلومترات|ميلا?|أميال)[\u064B-\u0652]*\s+"
               r"(?:إلى\s+ال|الى\s+ال|في\s+ال)?(?P<dir>" + _AR_DIR + r")(?:ي|ية)?\s+(?:من\s+)?(?P<rest>[^.؛:]{1,80})"),
)
# every unit _OFFSET reads contains one of these (a cheap test before the patterns)
_UNIT_HINT_RE = re.compile(r"\bmiles?\b|\bmilles?\b|\d\s?km\b|\bkm\b|kilom|\bnmi?\b|\bnq\b|كم|كلم|كيلو|ميل|أميال", re.I)


class _UnitHint:
    """:data:`_UNIT_HINT_RE` behind plain substring tests: most sentences (and whole articles) hold no unit
    of distance, and the pattern, tried at every position, costs ~50 µs a sentence."""

    __slots__ = ()
    # a literal every alternative of the pattern holds, lower-cased
    _NEEDLES = ("mile", "mille", "km", "kilom", "nm", "nq", "كم", "كلم", "كيلو", "ميل", "أميال")

    def search(self, text: str):
        low = text.lower()
        # re.I also matches "ı" as "i" and "ſ" as "s", which lower() keeps: such texts run the pattern
        if len(low) == len(text) and "ı" not in low and "ſ" not in low \
                and not any(map(low.__contains__, self._NEEDLES)):
            return None
        return _UNIT_HINT_RE.search(text)


_UNIT_HINT = _UnitHint()
_NAUTICAL = re.compile(r"nautical|nmi|^nm$|nautique|marin|^nq$|بحري", re.I)
_STATUTE = re.compile(r"^miles?$|^milles?$|ميل|أميال", re.I)
_VAGUE_WORDS = re.compile(r"\S")  # any qualifier ("about", "نحو") makes the figure a round estimate
# launch sites are placed by the launch code: a distance right after "from" is where a projectile left
# (Arabic "من" is also the "of" of "على مقربة من" / "بالقرب من", near: "a blast near a tanker 45 nm
# south-west of X" tells where the tanker was, not where anything was fired from)
# ("carrying corn from X to Y, about 25 nautical miles south of Z": a voyage's "from ... to" is no launch)
# (the Arabic position may open inside its verb: "أطلقا من منطقة تبعد نحو 5 كيلومترات" is read from the بعد of
# تبعد / يبعد, so the verb's prefix letter may stand right before it)
_FROM_BEFORE_OFFSET = re.compile(r"(?:\bfrom|\bdepuis|\bà partir|(?<!مقربة )(?<!بالقرب )(?<!قريب )(?<!قرب )"
                                 r"(?<![^\s])من|انطلق\w*)\s+(?:(?!(?:to|vers|إلى|الى)\s)\S+\s+){0,4}(?:(?<=\s)[تي])?$", re.I)
_SEA_WORDS = re.compile(r"\b(?:gulf|sea|strait|ocean|bay|golfe|mer|détroit|océan|baie)\b|خليج|بحر|مضيق|محيط",
                        re.I)
_SEA_FEATURES = frozenset({"sea", "gulf", "strait", "bay", "ocean", "water"})


# French round figures ("une soixantaine de kilomètres", about sixty): a distance, never a count of things
_ROUND_FR = {"dizaine": 10.0, "douzaine": 12.0, "quinzaine": 15.0, "vingtaine": 20.0, "trentaine": 30.0,
             "quarantaine": 40.0, "cinquantaine": 50.0, "soixantaine": 60.0, "centaine": 100.0}


# Where the unit of each Latin pattern of _OFFSET can start (the alternatives of its "unit" group), by the
# pattern's opening as written there, up to its unit: a pattern edited since is read by plain finditer
_OFFSET_UNIT_AT = {
    r"(?P<q>\b(?:about|some|around|roughly|approximately|nearly|almost|an estimated)\s+)?"
    r"(?P<num>\d+(?:[.,]\d+)?|[a-z]+(?:-[a-z]+)?)\s*(?:-|\s)?\s*(?P<unit>nautical miles?|nmi|nm|km|kilomet(?:er|re)s?|miles?)":
        re.compile(r"(?=nautical miles?|nmi|nm|km|kilomet(?:er|re)s?|miles?)", re.I),
    r"(?P<q>\b(?:environ|quelque|près de|une)\s+)?(?P<num>\d+(?:[.,]\d+)?|[a-zé]+)\s*(?:de\s+)?"
    r"(?P<unit>milles? (?:nautiques?|marins?)|nq|km|kilomètres?|milles?)":
        re.compile(r"(?=milles? (?:nautiques?|marins?)|nq|km|kilomètres?|milles?)", re.I),
}
_OFFSET_UNIT_OF = {p: next((rx for opening, rx in _OFFSET_UNIT_AT.items() if p.pattern.startswith(opening)
                            and p.flags == re.I | re.U), None) for p in _OFFSET}


def _offset_finditer(pattern: re.Pattern, sentence: str):
    """``pattern.finditer(sentence)`` for a pattern of :data:`_OFFSET`.

    A match of a Latin pattern starts at most four whitespace-separated words before its unit (a qualifier of
    up to two words, "an estimated", "près de"; the figure; "de"): only those positions are tried
    (:func:`_finditer_before`), not every letter of the sentence (~100 µs a sentence with a unit, ~30 µs so).
    """
    unit_at = _OFFSET_UNIT_OF.get(pattern)
    return pattern.finditer(sentence) if unit_at is None else _finditer_before(pattern, unit_at, sentence, 4)


def read_offset(sentence: str, *, launch: bool = False) -> list[tuple[float, float, bool, int, int]]:
    """Distance-and-bearing positions a sentence states, as (km, bearing in degrees, vague, start of the
    reference place's text, end of the match), in the order written.

    Parameters
    ----------
    sentence : str
        One sentence, in English, French or Arabic.
    launch : bool
        Read only the positions written right after "from" ("fired from an area about 10 km north of
        the base"): where a projectile left.

    Returns
    -------
    list of tuple
        ``(distance_km, bearing_deg, vague, rest_start, rest_end)``; nautical miles are 1.852 km, statute
        miles 1.609 km. Positions written right after "from" (a launch point) are left out, unless
        ``launch`` asks for them alone.
    """
    out = []
    if _UNIT_HINT.search(sentence) is None:
        return out  # no unit of distance: most sentences (the patterns below cost ~0.1 ms a sentence)
    for pattern in _OFFSET:
        for m in _offset_finditer(pattern, sentence):
            if bool(_FROM_BEFORE_OFFSET.search(sentence[max(0, m.start() - 40):m.start()])) != launch:
                continue
            num = m.group("num")
            if num[:1].isdigit():
                try:
                    value = float(num.replace(",", "."))
                except ValueError:
                    continue
            elif num in _AR_NUM_WORDS:
                value = _AR_NUM_WORDS[num]
            else:  # "some twenty miles", "une trentaine de km": a number written in words
                from .numbers import parse_count

                lang = "fr" if pattern is _OFFSET[1] else "en"
                value = _ROUND_FR.get(num.lower())  # "une soixantaine de milles": about sixty
                if value is None:
                    c = parse_count(num, lang)
                    if c is None or not c.value:
                        continue
                    value = float(c.value)
            unit = " ".join(m.group("unit").split())
            factor = 1.852 if _NAUTICAL.search(unit) else 1.609344 if _STATUTE.search(unit) else 1.0
            bearing = _BEARINGS.get(" ".join(m.group("dir").lower().split()))
            if bearing is None or value <= 0 or value > 2000:
                continue
            out.append((value * factor, float(bearing), bool(m.group("q")), m.start("rest"), m.end("rest")))
    out.sort(key=lambda o: o[3])
    return out


@functools.lru_cache(maxsize=1)
def _geod():
    from pyproj import Geod  # a dependency already; imported here to keep module import light

    return Geod(ellps="WGS84")


def offset_place(origin: Place, distance_km: float, bearing: float, *, vague: bool = False) -> Place:
    """The point ``distance_km`` from ``origin`` along ``bearing`` (degrees from north), on the WGS84 ellipsoid.

    Parameters
    ----------
    origin : Place
        The place the position is told from.
    distance_km, bearing : float
        As written: "50 nautical miles southwest" is (92.6, 225).
    vague : bool
        The figure was qualified ("about", "some", "نحو"): a wider radius.

    Returns
    -------
    Place
        A ``site``-precision place whose radius is the origin's own extent plus the spread of a compass
        point (an eight-point bearing is good to about ±11°, so ~0.2 of the distance) and, for a
        qualified figure, a tenth of the distance more.
    """
    lon, lat, _ = _geod().fwd(origin.lon, origin.lat, bearing, distance_km * 1000.0)
    spread = distance_km * (0.2 + (0.1 if vague else 0.0))
    label = f"{distance_km:.0f} km {_compass(bearing)} of {origin.name}"
    return Place(label, round(lat, 5), round(lon, 5), feature="position", precision="site",
                 radius_km=round((origin.radius_km or 0.0) + spread, 1), confidence=min(origin.confidence, 0.8),
                 layer="computed", record_id=f"offset:{origin.record_id or origin.name}:{bearing:.0f}:{distance_km:.1f}",
                 country=origin.country, admin1=origin.admin1)


def _compass(bearing: float) -> str:
    names = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")
    return names[int(((bearing % 360) + 22.5) // 45) % 8]


# How close after a launch place's name a distance-and-bearing phrase must start to describe it
# (", about 10 km north of X" is some 40 characters): a later one in the sentence may be the target's.
LAUNCH_APPOSITION_CHARS = 60


# "from X to Y, about 25 nautical miles south of Z": a route's "to" between a place read as a launch
# site and a position ends the apposition (the position is the ship's, not where anything left)
# (French "à" is also the "at" of "à 10 km au nord de": only "vers" marks the voyage there)
_VOYAGE_TO = re.compile(r"\s(?:to|vers|إلى|الى)\s", re.I)


def _launch_name_ends(frame: EventFrame, sentence: str) -> list[int]:
    """Where the names of the frame's launch places read from ``sentence`` end in it."""
    ends = []
    for f in frame.get("launch"):
        name = f.value.name
        if name and f.evidence.sentence == sentence:
            at = sentence.find(name)
            if at >= 0:
                ends.append(at + len(name))
    return ends


def _offset_targets(frames, gazetteer, *, focus) -> None:
    """Place a target told only by its distance and bearing from a named place (a ship at sea).

    A frame whose target is unresolved, a sea or gulf, or the very place the position is told from
    ("the Gulf of X" read as X, "hit ... 50 nautical miles southwest of X") takes the computed point
    of the first such position its sentences state; a target resolved to a town or a site of its own
    keeps it (the distance there only describes where that place lies).
    """
    for frame in frames:
        fact = frame.first("target")
        if fact is None:
            continue
        ref: PlaceRef = fact.value
        place = ref.place
        sea = bool(_SEA_WORDS.search(ref.name)) or (place is not None and place.feature in _SEA_FEATURES)
        sentences = [fact.evidence.sentence] + [f.evidence.sentence for f in frame.facts
                                               if f is not fact and f.kind in _PLACE_BOUND + ("impact",)]
        own_sentences = set(sentences)
        if sea and frame.doc is not None and _UNIT_HINT.search(frame.doc.text or ""):
            # "a tanker in the Red Sea" then, in a sentence with no fact of the frame, "hit about 40 nautical
            # miles west of the port of Hodeidah": the article's position told from
            # the very place the sea target was read as (paragraphs after the frame's own sentences)
            sentences += [p for p in frame.doc.text.split("\n") if p.strip()]
        seen = set()
        for sentence in sentences:
            if not sentence or sentence in seen:
                continue
            seen.add(sentence)
            found = None
            launched = _launch_name_ends(frame, sentence)
            for km, bearing, vague, rs, re_ in read_offset(sentence):
                if any(0 <= rs - end <= LAUNCH_APPOSITION_CHARS and not _VOYAGE_TO.search(sentence[end:rs])
                       for end in launched):
                    # "tirée depuis une zone au nord du village de X, à une dizaine de kilomètres au nord
                    # de Y": a position written right after the launch place describes where it left
                    continue
                anchors = _sentence_anchors(gazetteer, sentence[rs:re_], "", focus=focus)
                # the reference is the first place written after "of"
                anchors.sort(key=lambda a: a[1])
                if not anchors and place is not None and place.precision == "town" \
                        and sentence in own_sentences and _THE_TOWN_AFTER.match(sentence, rs):
                    # "on the road to Y, some 20 km west of the town": the town is the target read, and
                    # the position is told from it
                    anchors = [(0, rs, 0, Resolution(place, [place], "the town its sentence speaks of"))]
                if not anchors:
                    continue
                origin = anchors[0][3].place
                same = place is not None and (origin.record_id or origin.point) == (place.record_id or place.point)
                # ("the Gulf of Aden" then "about 50 nautical miles southwest of the port city of Aden": the place
                # the gulf is named for is the one its position is told from)
                named_for = sea and place is None and bool(origin.name) \
                    and _fold(ref.name).endswith(" of " + _fold(origin.name))
                if sentence not in own_sentences and not same and not named_for:
                    continue  # a paragraph outside the frame's sentences counts only from the target's own place
                if same and sentence in own_sentences:
                    named = _described_by_offset(gazetteer, sentence, rs, origin, km, bearing, focus=focus)
                    if named is not None:
                        found = (named, 0.0, bearing, vague)
                        break
                if place is None or sea or same or place.precision == "country":
                    # a country read as the target ("U.S. Central Command said ... struck the vessel
                    # 25 nautical miles south of X") is the coarsest answer: the position told is finer
                    found = (origin, km, bearing, vague)
                    break
            if found is None:
                continue
            origin, km, bearing, vague = found
            if not km:  # "X, a town 45 km south-west of Y": X itself, which the phrase describes
                ref.place, ref.candidates = origin, [origin] + [c for c in ref.candidates if c is not origin][:4]
                ref.unresolved_reason = None
                break
            moved = offset_place(origin, km, bearing, vague=vague)
            ref.direction = _compass_word(bearing)
            ref.distance_km = round(km, 1)
            if ref.place is not None:
                ref.candidates = [moved] + [c for c in ref.candidates if c is not moved][:4]
            else:
                ref.candidates = [moved]
            ref.place = moved
            ref.unresolved_reason = None
            for f in frame.get("impact"):  # "... southwest of X": X is the reference, not a second site hit
                if f.evidence.sentence == sentence and f.value.place is not None and \
                        (f.value.place.record_id or f.value.place.point) == (origin.record_id or origin.point):
                    f.value.place = moved
            break


# "... km west of the town/city", "au sud de la ville", "غرب المدينة": the reference is the town already read
_THE_TOWN_AFTER = re.compile(r"(?:the\s+(?:city|town|village)|(?:la\s+)?(?:ville|localité)|l['’]\s*agglomération)\b"
                             r"|(?:المدينة|البلدة|القرية)(?![\u0621-\u064A])", re.I)


# A ship "off" a coastal place, with no bearing: "off the coast of X", "20 nautical miles off X", "au large de
# X", "à 110 km des côtes ..., à hauteur de X", "قبالة سواحل X". The cue ends right before the place's name;
# the "coast ... level with X" forms say nothing of the sea unless a distance is written with them.
_OFFSHORE_CHEAP = ("off", "large", "hauteur", "abreast", "level with", "قبالة")
_OFFSHORE_BEFORE = re.compile(
    # ("a roadside bomb went off in X", "set off near X": the verb "go off", not a ship offshore)
    r"(?:(?<!went\s)(?<!goes\s)(?<!go\s)(?<!going\s)(?<!gone\s)(?<!set\s)(?<!sets\s)\boff\s+(?:the\s+)?"
    r"(?:(?!(?:in|at|near|inside|outside|on|by|into|close)\b)[\w'’-]+\s+)?(?:(?:coasts?|shores?|coastline)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:port\s+)?(?:city|town)\s+of\s+|port\s+of\s+)?"
    r"|\bau\s+large\s+(?:des\s+côtes\s+|de\s+la\s+côte\s+)?(?:de\s+(?:la\s+ville\s+(?:portuaire\s+)?de\s+)?"
    r"|d['’]\s*|du\s+(?:port\s+(?:de\s+|d['’]\s*))?)(?:la\s+ville\s+(?:portuaire\s+)?de\s+)?"
    r"|(?P<far>\bcôtes?\b[^.;]{0,40}?\bà\s+(?:la\s+)?hauteur\s+(?:de\s+(?:la\s+ville\s+de\s+)?|d['’]\s*"
    r"|du\s+(?:port\s+(?:de\s+|d['’]\s*))?)"
    r"|\bcoast(?:line)?\b[^.;]{0,40}?\b(?:level\s+with|abreast\s+of)\s+(?:the\s+(?:port\s+(?:city\s+)?of\s+)?)?)"
    r"|قبالة\s+(?:ال)?(?:سواحل\s+|ساحل\s+|شواطئ\s+|شاطئ\s+)?(?:مدينة\s+|ميناء\s+|محافظة\s+)?"
    r")$", re.I)
_OFFSHORE_DISTANCE = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)?)\s*(?P<unit>nautical\s+miles?|nmi?\b|milles?\s+(?:nautiques?|marins?)|miles?\b"
    r"|milles?\b|km\b|kilom\w*|ميلا?\s+بحريا?|ميل\s+بحري|أميال\s+بحرية|كم|كلم|كيلومترا?|كيلومترات|ميلا?|أميال)",
    re.I)
# How far off a coastal place a ship "off X" is put when no distance is written: reports of ships "off" a port
# place them some tens of kilometres out (beyond the territorial sea, 12 nm), never in the port itself.
OFFSHORE_KM = 30.0
# A place this close to its country's centre has no seaward side to read from it
OFFSHORE_MIN_CENTRE_KM = 40.0


@functools.lru_cache(maxsize=1)
def _country_centres() -> dict[str, tuple[float, float]]:
    """ISO code -> the land centroid ``gazetteer/countries.csv`` gives the country."""
    out = {}
    for r in _country_rows():
        try:
            out.setdefault((r.get("country") or "").upper(), (float(r["lat"]), float(r["lon"])))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def seaward_bearing(place: Place) -> Optional[float]:
    """The bearing from ``place`` out to sea: away from its country's land centroid, through the place.

    Parameters
    ----------
    place : Place
        A coastal town or site with a country code.

    Returns
    -------
    float or None
        Degrees from north; None when the country is unknown or the place lies near its centre.
    """
    centre = _country_centres().get((place.country or "").upper())
    if centre is None or _geodesic_km(centre[0], centre[1], place.lat, place.lon) < OFFSHORE_MIN_CENTRE_KM:
        return None
    fwd, _back, _dist = _geod().inv(centre[1], centre[0], place.lon, place.lat)
    # the forward azimuth at the centre; the bearing that continues the line at the place is the back
    # azimuth turned round (they differ by the convergence of meridians over a few hundred km)
    return (_back + 180.0) % 360.0


# A list's villages lie within this of each other: a namesake of one of them this near the others is the one meant.
LIST_KM = 25.0


def _listed_namesakes(frames) -> None:
    """Between namesakes, the one beside the other villages of the same list.

    "غارات على بلدات الطيبة ورب ثلاثين والعديسة": a list of struck villages names neighbours, so
    the namesake its first item resolved to (a town of the same name in another country, chosen
    before the list's other items were placed) gives way to the candidate within :data:`LIST_KM`
    of all the others, when those lie in one country and the chosen one is far from every one of them.
    Two places struck in one sentence are such a list too ("غارات على بلدتي الطيبة ومركبا": a held-out
    passage's Taybeh went to Israel's Taiyiba while Markaba, beside the Lebanese one, was named with it).
    """
    by_sentence: dict = {}
    for frame in frames:
        fact = frame.first("target")
        if fact is not None and fact.value.place is not None and fact.evidence.sentence:
            by_sentence.setdefault((fact.evidence.doc_id, fact.evidence.sentence), []).append(fact.value)
    for refs in by_sentence.values():
        if len(refs) < 2:
            continue
        for ref in refs:
            p = ref.place
            if p.precision != "town" or len(ref.candidates) < 2:
                continue
            others = [r.place for r in refs if r is not ref and r.place.precision in ("town", "site")
                      and _bare(r.place.name) != _bare(p.name)]
            if not others or len({q.country for q in others}) != 1 or p.country == others[0].country:
                continue
            if min(_km(p, q.point) for q in others) <= LIST_KM:
                continue
            near = [c for c in ref.candidates if c.record_id != p.record_id and c.precision == "town"
                    and c.country == others[0].country and all(_km(c, q.point) <= LIST_KM for q in others)]
            if near:
                ref.place = min(near, key=lambda c: sum(_km(c, q.point) for q in others))


def _offshore_targets(frames) -> None:
    """Put a target told as "off" a coastal place (a ship at sea, no bearing) out at sea.

    "the frigate was sailing some 110 km off the Yemeni coast, level with the port of X", "a drone downed
    off the coast of X", "قبالة سواحل X": the point lies the written distance (else :data:`OFFSHORE_KM`)
    from X along :func:`seaward_bearing`, as an area (a wide radius). "near the coast of X" stays at X.
    """
    for frame in frames:
        fact = frame.first("target")
        if fact is None:
            continue
        ref: PlaceRef = fact.value
        place = ref.place
        sentence = fact.evidence.sentence or ""
        if place is None or place.feature == "position" or place.precision not in ("town", "site", "district") \
                or not ref.name or not any(c in sentence for c in _OFFSHORE_CHEAP):
            continue
        at = sentence.find(ref.name)
        found = None
        while at >= 0 and found is None:
            window = sentence[max(0, at - 150):at]
            m = _OFFSHORE_BEFORE.search(window)
            if m is not None:
                dists = list(_OFFSHORE_DISTANCE.finditer(window[:m.start()] if m.group("far") else window))
                if dists or not m.group("far"):
                    found = dists[-1] if dists else False
            at = sentence.find(ref.name, at + 1)
        if found is None:
            continue
        bearing = seaward_bearing(place)
        if bearing is None:
            continue
        km = OFFSHORE_KM
        if found:
            try:
                value = float(found.group("num").replace(",", "."))
            except ValueError:
                continue
            unit = " ".join(found.group("unit").split())
            km = value * (1.852 if _NAUTICAL.search(unit) or unit.lower() in ("nm", "nmi") else
                          1.609344 if _STATUTE.search(unit) else 1.0)
            if not 0 < km <= 500:
                continue
        moved = offset_place(place, km, bearing, vague=True)
        moved = replace(moved, name=f"off {place.name}", precision="district",
                        radius_km=round(max(moved.radius_km, km * 0.3 + 5.0), 1))
        ref.candidates = [moved] + [c for c in ref.candidates if c is not moved][:4]
        ref.place = moved
        ref.distance_km = round(km, 1)



# The part of an area a sentence names: "in southern Lebanon", "south Lebanon", "the north of Syria", "dans le
# sud du Liban", "l'est de la Syrie", "على جنوب لبنان", "شمال غرب سوريا"; the compass words of the three languages are
# read by geodesy.bearing_of, whose bearing names the part (estimate.PART_WORDS).
_EN_COMPASS = r"(?:north|south)(?:-?(?:east|west))?|east|west"
_PART_BEFORE = re.compile(
    r"(?:\b(?P<en>" + _EN_COMPASS + r")ern\s+|\b(?P<central>central)\s+"
    r"|\b(?:in|across|into|over|on|from|of|at)\s+(?P<bare>" + _EN_COMPASS + r")\s+"
    r"|\bthe\s+(?P<of>" + _EN_COMPASS + r"|centre|center)\s+of\s+(?:the\s+)?"
    r"|(?<!km\s)(?<!kilomètres\s)(?<!milles\s)\b(?:le|du|au|dans\s+le|l['’]\s*)\s*(?P<fr>(?:nord|sud)(?:-(?:est|ouest))?|est|ouest|centre)"
    r"\s+(?:du\s+|de\s+la\s+|de\s+l['’]\s*|des\s+|de\s+|d['’]\s*))$", re.I)
_PART_BEFORE_AR = re.compile(
    r"(?:^|[\s،,(])(?:[وفب]|في\s+|على\s+|ل)?(?:ال)?(?P<ar>شمال|جنوب|شرق|غرب|وسط)(?:ي)?"
    r"(?:\s*(?:ال)?(?P<ar2>شرق|غرب)(?:ي|ي[ّ]?)?)?\s+$")
_PART_AFTER_AR = re.compile(r"\s+ال(?P<ar>شمالي|جنوبي|شرقي|غربي)(?:ة)?(?:\s|$|[،,.؛])")
_PART_CHEAP = ("north", "south", "east", "west", "central", "centre", "center", "nord", "sud", "est", "ouest",
               "North", "South", "East", "West", "Central", "Centre", "Nord", "Sud", "Est", "Ouest",
               "شمال", "جنوب", "شرق", "غرب", "وسط")


def _part_told(sentence: str, name: str) -> Optional[str]:
    """The part of ``name`` the sentence tells ("southern" before it, "الجنوبي" after it), or None."""
    anchors = [name] + [w for w in name.split() if len(w) >= 4 and w[:1].isupper()]
    for anchor in anchors:
        for at in _occurrences(anchor, sentence):
            left = sentence[max(0, at - 40):at]
            m = _PART_BEFORE.search(left)
            if m is not None:
                return _part_named(next(g for g in m.groups() if g))
            m = _PART_BEFORE_AR.search(left)
            if m is not None:
                if m.group("ar2") and m.group("ar") not in ("شمال", "جنوب"):
                    return None  # (no part is "east-west")
                return _part_named(" ".join(g for g in m.group("ar", "ar2") if g))
            m = _PART_AFTER_AR.match(sentence, at + len(anchor))
            if m is not None:
                return _part_named(m.group("ar"))
        if _occurrences(anchor, sentence):
            return None  # the name is written but told whole
    return None


@functools.lru_cache(maxsize=64)
def _part_named(words: str) -> Optional[str]:
    """"southern", "south-east", "nord-ouest", "شمال شرق", "central" -> the key of estimate.PART_WORDS, or None."""
    from .estimate import PART_WORDS
    from .geodesy import bearing_of

    if words.lower() in ("central", "centre", "center", "وسط"):
        return "centre"
    bearing = bearing_of(words)
    return next((k for k in PART_WORDS if k != "centre" and bearing_of(k) == bearing), None) if bearing is not None \
        else None


# the part written into the name: "South Lebanon", "Southern Gaza", "Sud-Liban", "Liban-Sud"
_PART_IN_NAME = re.compile(
    r"^(?P<lead>(?:North|South)(?:-?(?:[Ee]ast|[Ww]est))?|East|West)(?:ern)?\s+(?P<rest>[A-Z].+)$"
    r"|^(?P<fr_lead>Sud|Nord)-(?P<fr_rest>[A-ZÀ-Ý].+)$|^(?P<fr_name>[A-ZÀ-Ý].+?)-(?P<fr_trail>Sud|Nord)$")


def _part_in_name(gazetteer, ref: PlaceRef, *, focus) -> Optional[tuple[Place, str]]:
    """The area and the part a name written with its compass word tells ("South Lebanon"), or None."""
    m = _PART_IN_NAME.match(ref.name)
    if m is None or ref.place is not None and ref.place.name.casefold() == ref.name.casefold():
        return None  # (a name of its own: "West Bank", a "North Gaza" governorate row)
    name = m.group("rest") or m.group("fr_rest") or m.group("fr_name")
    part = _part_named(m.group("lead") or m.group("fr_lead") or m.group("fr_trail"))
    own = _PART_IN_NAME.match(ref.place.name) if ref.place is not None else None
    if own is not None and _part_named(own.group("lead") or own.group("fr_lead") or own.group("fr_trail")) == part:
        # (en48) the same name in another tongue: "Nord-Darfour", "Darfour-Nord" found the state North Darfur, whose
        # own name holds the same compass word; the whole state, not its northern part
        return None
    place = ref.place if ref.place is not None and ref.place.precision in ("country", "governorate") else \
        _sure_place(gazetteer, name, 0.9, ("country", "governorate"), focus=focus)
    return (place, part) if place is not None and part else None


def _parts_of_areas(frames, gazetteer, *, focus) -> None:
    """A target or launch told as a part of a country or province is that part, not the whole.

    "An Israeli strike killed three people in southern Lebanon", "des roquettes tirées depuis le sud du
    Liban", "غارة على جنوب لبنان": the place is the southern part of Lebanon (its outline cut by the
    direction, see :func:`geo_events.estimate.part_of`), an area one precision finer, not a pin at the
    country's centre in the Mount Lebanon range. Towns are left whole ("southern Baghdad" is Baghdad, and
    "ريف إدلب الجنوبي" stays Idlib: taken as the province, the countryside outranked the village named with it).
    """
    for frame in frames:
        for fact in frame.facts:
            if fact.kind not in ("target", "launch", "impact"):
                continue
            ref = fact.value
            place = getattr(ref, "place", None)
            if not getattr(ref, "name", "") or place is not None and "#" in (place.record_id or ""):
                continue
            told = _part_in_name(gazetteer, ref, focus=focus) if ref.name[:1] in "NSEW" or "-" in ref.name else None
            if told is not None:
                place, part = told
            else:
                sentence = fact.evidence.sentence or ""
                if place is None or place.precision not in ("country", "governorate") \
                        or not any(w in sentence for w in _PART_CHEAP):
                    continue
                part = _part_told(sentence, ref.name)
                if part is None and ref.container and ref.container in sentence:
                    # ("la caserne de Zaoura, dans le nord d'Israël": a name the gazetteer lacks, placed at the area
                    # written with it; the part told of that area is where it lies)
                    box = _container_place(gazetteer, ref, focus=focus) or _container_place(
                        gazetteer, ref, focus=focus, anywhere=True)
                    if box is None and place.precision == "country":
                        box = _sure_place(gazetteer, ref.container, 0.8, ("country",), focus=focus)
                    if box is not None and box.record_id == place.record_id:
                        part = _part_told(sentence, ref.container)
                if part is None:
                    continue
            from .estimate import part_of

            country = _basemap_name(place.country) if place.precision != "country" and place.country else None
            sub = part_of(place, part, country)
            if sub is not None:
                ref.candidates = [sub] + [c for c in ref.candidates if c is not ref.place][:4]
                ref.place = sub


@functools.lru_cache(maxsize=64)
def _basemap_name(code: str) -> Optional[str]:
    """The name the basemap gives the country of ISO ``code`` (countries.csv's name), or None."""
    return next((r.get("name") for r in _country_rows() if (r.get("country") or "").upper() == code.upper()), None)


# An unlisted village told as part of a district: "في منطقة X التابعة للقضاء" (of the district named before),
# "X التابعة لقضاء Y", "X, a village belonging to the Y district", "X, relevant du district de Y". With no row
# for X, the district is the nearest place the article gives (precision district).
_BELONGING_CHEAP = ("تابع", "belonging", "relevant", "attached to", "part of", "dépendant", "rattach")
_BELONGING_AFTER = re.compile(
    r"^\s*(?:ال)?تابع(?:ة|ه)?\s+(?:إلى\s+|الى\s+|ل)(?:(?P<ar_def>ل|ال)|(?:ال)?)(?P<ar_kind>قضاء|ناحية|محافظة|مدينة)"
    r"(?:\s+(?P<ar_name>[^\s،,.؛:()]+(?:\s+[^\s،,.؛:()]+)?))?"
    r"|^\s*,?\s*(?:(?:a|the)\s+(?:village|area|hamlet|district|neighbourhood|neighborhood)\s+)?(?:which\s+(?:is|lies)\s+)?"
    r"(?:belonging|attached|relevant|subordinate)\s+to\s+(?:(?P<en_def>the|its|that)\s+)?"
    r"(?P<en_name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?(?P<en_kind>district|sub-district|subdistrict|province|governorate)\b"
    r"|^\s*,?\s*(?:(?:un|le)\s+(?:village|secteur|quartier|hameau)\s+)?(?:qui\s+)?(?:relevant|dépendant|rattaché\w*)"
    r"\s+(?:du|de\s+la|de\s+l['’]\s*)\s*(?P<fr_kind>district|caza|province|gouvernorat|sous-district)"
    r"(?:\s+(?:de\s+|d['’]\s*)(?P<fr_name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?))?", re.I)
# "قضاء Y", "ناحية Y", "the Y district", "district de Y": a district the article names (the last one before
# an anaphoric "the district" is the one it means)
_DISTRICT_NAMED = re.compile(
    r"(?:قضاء|ناحية)\s+(?P<ar>[^\s،,.؛:()]+(?:\s+[^\s،,.؛:()]+)?)"
    r"|\b(?P<en>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:district|sub-district|subdistrict)\b"
    r"|\b(?:district|caza|sous-district)\s+(?:de\s+|d['’]\s*)(?P<fr>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)")


def _district_of_unlisted(gazetteer, frames, *, focus) -> None:
    """Place an unresolved target by the district the sentence says it belongs to.

    "عبوة ناسفة في منطقة X التابعة للقضاء" after a sentence on "قضاء Y", "X, a village belonging to the Y
    district": X has no row, Y does; the target is Y as a district-wide area. A district named with the
    village is taken; an anaphoric "the district" takes the last district the article named before.
    """
    for frame in frames:
        fact = frame.first("target")
        if fact is None or fact.value.place is not None or not fact.value.name:
            continue
        ref: PlaceRef = fact.value
        sentence = fact.evidence.sentence or ""
        if not any(c in sentence for c in _BELONGING_CHEAP):
            continue
        at = sentence.find(ref.name)
        if at < 0:
            continue
        m = _BELONGING_AFTER.match(sentence[at + len(ref.name):at + len(ref.name) + 120])
        if m is None:
            continue
        name = (m.group("ar_name") if not m.group("ar_def") else None) or m.group("en_name") or m.group("fr_name")
        names = [name.strip()] if name and name.strip() else []
        if not names:
            # "the district": the districts the article named before this sentence, the last first
            text = frame.doc.text if frame.doc is not None else sentence
            cut = text.find(sentence)
            before = text[:cut if cut >= 0 else len(text)]
            names = [(d.group("ar") or d.group("en") or d.group("fr")).strip()
                     for d in _DISTRICT_NAMED.finditer(before)][::-1][:3]
        for candidate in names:
            words = candidate.split()
            # an Arabic name may run into the next word ("قضاء الطارمية شمالي بغداد"): try it alone first
            for n in ([words[0], candidate] if len(words) > 1 else [candidate]):
                if is_common_word(n):
                    continue
                p = _sure_place(gazetteer, n, 0.6, ("town", "district"), focus=focus)
                if p is None:
                    continue
                area = replace(p, precision="district", radius_km=max(p.radius_km or 0.0, 10.0))
                ref.place, ref.candidates, ref.unresolved_reason = area, [area], None
                break
            if ref.place is not None:
                break


# How far the gazetteer's point of a place may stray from the distance a sentence gives it from another
# ("X, a town some 45 km south-west of Y") and still be the place the phrase describes: reporters round
# distances by road or to the nearest ten, and a compass point is good to about 45 degrees.
DESCRIBED_KM_RATIO = (0.5, 1.6)
DESCRIBED_BEARING_DEG = 60.0


def _described_by_offset(gazetteer, sentence: str, rs: int, origin: Place, km: float, bearing: float, *,
                         focus) -> Optional[Place]:
    """The place named right before a distance-and-bearing phrase that the phrase describes, if any.

    "on the outskirts of X, a town some 45 kilometres south-west of the city of Y", "près de X, à 30 km
    au nord de Y", "قرب X على بعد 20 كم شمال Y": the distance tells where X lies, it does not move
    the event to an empty point off Y. A name is taken when it is a town or a site whose own point lies
    about that far and in about that direction from Y (so a name the phrase does not describe stays).
    """
    window = sentence[max(0, rs - 160):rs]
    anchors = _sentence_anchors(gazetteer, window, origin.name, focus=focus)
    anchors.sort(key=lambda a: a[1])
    for _rank, _start, _pos, res in reversed(anchors):
        p = res.place
        if p.precision not in ("town", "site") or (p.record_id or p.point) == (origin.record_id or origin.point):
            continue
        d = _km(p, origin.point)
        if not DESCRIBED_KM_RATIO[0] * km <= d <= DESCRIBED_KM_RATIO[1] * km + 5.0:
            continue
        _fwd, back, _dist = _geod().inv(origin.lon, origin.lat, p.lon, p.lat)
        turn = abs(((_fwd % 360.0) - bearing + 180.0) % 360.0 - 180.0)
        if turn <= DESCRIBED_BEARING_DEG:
            return p
    return None


# what an anaphoric reference to the target looks like after "north of" ("the base", "la base", "المطار")
# (a common noun, lower case, with or without its article: the French pattern takes "de l'" itself)
_TARGET_WORDS = re.compile(r"^\s*(?:(?:the|its|la|le|l['’]|les|ce|cette)\s*)?[a-zà-ÿ]|^\s*ال\w+")


def _launch_offsets(frames, gazetteer, *, focus) -> None:
    """Give an unnamed launch its distance from the target when the sentence states it.

    "the rockets were fired from an area about 10 kilometers (6 miles) north of the base", "tirées
    depuis un champ à 5 km à l'est de l'aéroport": the launch point lies that far from the target,
    along that bearing, when the place after "of" is the target itself (its name, or a noun with an
    article standing for it).
    """
    for frame in frames:
        target_fact = frame.first("target")
        target = target_fact.value.place if target_fact is not None else None
        if target is None:
            continue
        for f in frame.get("launch"):
            ref: PlaceRef = f.value
            if (ref.name and ref.place is not None) or ref.distance_km \
                    or _UNIT_HINT.search(f.evidence.sentence) is None:
                continue
            sentence = f.evidence.sentence
            # a launch "name" with no row ("من بساتين تقع على بعد 4 كم شمال الناحية", "from orchards some 4 km
            # north of the town"): the distance written right after it tells where it is
            ends = _launch_name_ends(frame, sentence) if ref.name else []
            if ref.name and not ends:
                continue
            for km, bearing, _vague, rs, re_ in read_offset(sentence, launch=True):
                if ref.name and not any(0 <= rs - end <= LAUNCH_APPOSITION_CHARS for end in ends):
                    continue
                rest = sentence[rs:re_]
                anchors = sorted(_sentence_anchors(gazetteer, rest, "", focus=focus), key=lambda a: a[1])
                if anchors:
                    origin = anchors[0][3].place
                    if (origin.record_id or origin.point) != (target.record_id or target.point) and \
                            _km(origin, target.point) > (target.radius_km or 0.0) + NEAR_KM:
                        continue  # "north of Y", Y another place: not told from the target
                elif not _TARGET_WORDS.match(rest):
                    continue
                ref.distance_km = round(km, 1)
                ref.direction = _compass_word(bearing)
                break


# "fired from the direction of north-east of Lake X", "depuis le nord du Golan", "من اتجاه شمال شرق X": a compass
# point told from a named place (not from the target); the name must follow the compass word directly
_DIR_OF_PLACE = re.compile(
    r"(?:\bfrom\s+(?:the\s+)?(?:direction\s+of\s+(?:the\s+)?)?(?P<en>" + _EN_DIR + r")\s+of\s+(?:the\s+)?"
    r"|\b(?:depuis|de)\s+(?:la\s+direction\s+d[eu]\s+)?(?:l['’]\s*|le\s+)?(?P<fr>nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest)\s+"
    r"(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+)"
    r"|(?:^|\s)من\s+(?:اتجاه\s+|جهة\s+|ناحية\s+)?(?P<ar>" + _AR_DIR + r")ي?\s+)$", re.I)
# how far beyond the named place's own extent an unmeasured "north of X" is put
DIR_OF_PLACE_KM = 5.0


def _launch_direction_of_place(frames, gazetteer, *, focus) -> None:
    """Place an unnamed launch told as "from <compass point> of <named place>".

    The Syrian military's "من اتجاه شمال شرق بحيرة X", "fired from north of the town of Y", "tirés
    depuis le nord-est du lac de X": the direction is told from the named place, not from the target.
    With no distance, the launch is put just beyond the place's own extent
    (``radius_km`` + :data:`DIR_OF_PLACE_KM`) along that bearing, with a radius that says how rough
    that is; the launch keeps no direction of its own (it would be read from the target).
    """
    for frame in frames:
        target_fact = frame.first("target")
        target = target_fact.value.place if target_fact is not None else None
        if target is None:
            continue
        for f in frame.get("launch"):
            ref: PlaceRef = f.value
            if ref.name or ref.distance_km or ref.place is not None or not ref.direction:
                continue
            sentence = f.evidence.sentence
            if not any(map(sentence.__contains__, _DIR_CHEAP)):
                continue  # cheap test
            for start, _end, text in _names_in(gazetteer, sentence):
                m = _DIR_OF_PLACE.search(sentence[max(0, start - 60):start])
                if m is None or is_common_word(text):
                    continue
                word = (m.group("en") or m.group("fr") or m.group("ar") or "").lower()
                bearing = _BEARINGS.get(word)
                try:
                    res = gazetteer.resolve(text, focus=focus, near=target.point, near_km=LAUNCH_KM)
                except GazetteerError:
                    continue
                origin = res.place
                if bearing is None or origin is None or origin.confidence < 0.6 or origin.precision == "country" \
                        or (origin.record_id or origin.point) == (target.record_id or target.point) \
                        or _km(origin, target.point) > LAUNCH_KM:
                    continue
                distance = (origin.radius_km or 0.0) + DIR_OF_PLACE_KM
                point = offset_place(origin, distance, bearing, vague=True)
                point = replace(point, name=f"{_compass_word(bearing)} of {origin.name}")
                ref.name, ref.place, ref.candidates, ref.direction = text, point, [point, origin], None
                break


def _compass_word(bearing: float) -> str:
    names = ("north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west")
    return names[int(((bearing % 360) + 22.5) // 45) % 8]


def _neighbourhood_in_sentence(gazetteer, sentence: str, town: Place, *, focus) -> Optional[Place]:
    """The one neighbourhood of ``town`` its own sentence names with a district word ("حي X", "the X
    district", "le quartier de X"), or None (none, or two: the sentence does not say which)."""
    if _DISTRICT_GATE.search(sentence) is None:
        return None  # no district word anywhere: no name has one beside it (and the sentence's names go unread)
    found = {}
    for start, end, text in _names_in(gazetteer, sentence):
        if not _district_word_beside(sentence, start, end) or is_common_word(text):
            continue
        try:
            res = gazetteer.resolve(text, cue="district", near=town.point, near_km=FACILITY_KM, focus=focus)
        except GazetteerError:
            continue
        p = res.place
        if p is None or p.confidence < 0.6 or p.feature != "district" or p.country != town.country \
                or (p.record_id or p.point) == (town.record_id or town.point) \
                or _km(p, town.point) > max(FACILITY_KM, town.radius_km or 0.0):
            continue
        found.setdefault(p.record_id or p.point, p)
    return next(iter(found.values())) if len(found) == 1 else None


# "in P, north of the capital T", "à P, au nord de Bagdad", "في P شمالي العاصمة T": T only tells where P lies.
_FR_DIR = "nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest"
_DIR_BEFORE = re.compile(
    r"(?:\b(?:" + _EN_DIR + r")\s+of\s+(?:the\s+)?(?:(?:Iraqi\s+|Syrian\s+|Lebanese\s+)?capital,?\s+|city\s+of\s+)?"
    r"|\b(?:au|à\s+l['’])\s*(?:" + _FR_DIR + r")\s+(?:de\s+(?:la\s+(?:capitale|ville)\s+)?|d['’]\s*|du\s+)"
    r"|(?:^|\s)(?:" + _AR_DIR + r")ي?\s+(?:العاصمة\s+|مدينة\s+|محافظة\s+)?)$", re.I)
_DIR_CHEAP = ("north", "south", "east", "west", "nord", "sud", "est", "ouest", "شمال", "جنوب", "شرق", "غرب")
# (or a comma and the place's own kind word told in apposition, with a few words of description: "X, the
# Yazidi-majority town west of Y", "X, ville chiite au nord de Y", "X، البلدة الحدودية شمال Y")
_DIR_GAP = re.compile(r"^[\s,،]*(?:district|town|area|city|region)?[\s,،]*$"
                      r"|^\s*[,،]\s*(?:(?:a|an|the|un|une|la|le|وهي|وهو)\s+)?(?:[^\s,.;:،()]+\s+){0,2}"
                      r"(?:district|town|city|village|ville|localité|bourgade|commune|قرية|بلدة|مدينة|القرية|"
                      r"البلدة|المدينة)(?:\s+[^\s,.;:،()]+){0,2}[\s,،]*$", re.I)
DIRECTION_KM = 150.0  # how far a place "north of T" may lie from T


def _put(ref: PlaceRef, place: Place, target: Place) -> None:
    """Move ``ref`` from ``target`` to ``place``, keeping the other candidates behind it."""
    ref.place, ref.candidates = place, [place] + [c for c in ref.candidates if c is not target][:4]


def _last_name_before(gazetteer, sentence: str, cut: int, gap: re.Pattern, skip, launched) -> Optional[str]:
    """The last known name that ends before ``cut`` with only ``gap`` between: the place a
    direction, border or region phrase at ``cut`` is told of (None when that name is skipped, a
    common word, or told as where something was fired from: ``launched(sentence, start)``)."""
    best = None
    for start, end, text in _names_in(gazetteer, sentence):
        if end > cut or not gap.match(sentence[end:cut]) or is_common_word(text):
            continue
        best = text if _fold(text) not in skip and not launched(sentence, start) else None
    return best


def _place_before_direction(gazetteer, ref: PlaceRef, sentence: str, town: Place, *, focus,
                            skip=frozenset()) -> Optional[Place]:
    """The place written just before "north of ``town``": the town only locates it.

    "a patrol in the Mishahda district, north of Baghdad", "une patrouille à Taji, au nord de
    Bagdad", "في ناحية المشاهدة شمالي العاصمة بغداد": the extractor may keep the better-known name,
    but the place hit is the one the direction is told from (same country, within
    :data:`DIRECTION_KM`, a town or a district; not a launch site: "fired from P, north of T").
    """
    if not ref.name or not any(map(sentence.__contains__, _DIR_CHEAP)):
        return None  # cheap test: no compass word
    at = sentence.find(ref.name)
    if at <= 0:
        return None
    m = _DIR_BEFORE.search(sentence[max(0, at - 60):at])
    if m is None:
        return None
    cut = max(0, at - 60) + m.start()
    best = _last_name_before(gazetteer, sentence, cut, _DIR_GAP, skip,
                             lambda s, start: _FROM_BEFORE_OFFSET.search(s[:start]) is not None)
    if best is None:
        return None
    p = _sure_place(gazetteer, best, 0.8, ("town", "district", "site"), focus=focus)
    if p is None or p.country != town.country \
            or (p.record_id or p.point) == (town.record_id or town.point) or _km(p, town.point) > DIRECTION_KM:
        return None
    return p


# The words that present the name after them as the province/region holding the place written before:
# "X in the Y region", "X, dans la province de Y", "X بمنطقة Y" / "X في محافظة Y". Only the
# region word itself is read (not the name), so one pattern serves every place.
_AREA_BEFORE = re.compile(
    r"(?:\b(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern|-eastern|-western|\s+east|\s+west)?\s+)?"
    r"(?:(?:province|region|governorate|prefecture|district|sub-district)\s+of\s+)?"
    r"|\b(?:dans|en|du|de)\s+(?:le\s+(?:nord|sud|est|ouest|centre)(?:-est|-ouest)?\s+(?:de\s+)?)?(?:la\s+|le\s+)?"
    r"(?:province|région|préfecture|gouvernorat|caza|district|mohafazat)\s+"
    r"(?:de\s+|d['’]\s*)"
    r"|(?:^|\s)(?:ب|في\s+|ل)(?:منطقة|محافظة|إمارة|ولاية|إقليم|قضاء|ناحية)\s+"
    # "X in the heart of Y", "X, au cœur du Y", "X وسط Y": where in a region the town lies
    r"|\bin\s+(?:the\s+)?(?:(?:heart|centre|center|middle)\s+of\s+(?:the\s+)?|central\s+)"
    r"|\b(?:au\s+cœur|au\s+centre|dans\s+le\s+centre)\s+(?:du\s+|de\s+la\s+|de\s+l['’]\s*|d['’]\s*)"
    r"|(?:^|\s)(?:في\s+)?(?:وسط|قلب)\s+)$", re.I)
_AREA_AFTER = re.compile(r"^\s+(?:province|region|governorate|prefecture|district)\b", re.I)
_AREA_EN_BEFORE = re.compile(r"\b(?:province|region|governorate|prefecture)\s+of\s+(?:the\s+)?$", re.I)
_AREA_CHEAP = ("province", "region", "governorate", "prefecture", "région", "gouvernorat", "منطقة", "محافظة",
               "إمارة", "ولاية", "إقليم", "district", "caza", "mohafazat", "قضاء", "ناحية", "heart", "centre",
               "center", "central", "middle", "cœur", "وسط", "قلب")
# between the town and its area phrase: nothing but a comma, or the town's own kind word told in
# apposition ("X, a village in the Y district", "X, village du caza de Y", "X، وهي قرية في قضاء Y")
_AREA_GAP = re.compile(r"^[\s,،]*(?:(?:(?:a|an|the|un|une|le|la|وهي|وهو)\s+)?(?:(?:small|border|frontier|southern|"
                       r"northern|petit|petite)\s+)?(?:village|town|city|localité|ville|bourgade|commune|قرية|بلدة|"
                       r"مدينة)(?:\s+(?:frontalier|frontalière|située?|الواقعة|التابعة))?[\s,،]*)?$", re.I)


# "X, ville égyptienne frontalière d'Y", "X, a town bordering Y", "X المحاذية لـY": Y only says where X lies,
# across a border as often as not
_BORDER_BEFORE = re.compile(
    r"(?:\bfrontali(?:er|[eè]re)s?\s+(?:de\s+(?:la\s+ville\s+(?:de\s+|d['’]\s*))?|d['’]\s*|du\s+)"
    r"|\b(?:bordering|opposite|facing|adjoining|adjacent\s+to|across\s+(?:the\s+border\s+)?from)\s+(?:the\s+)?"
    r"|\b(?:en\s+face\s+(?:de\s+|d['’]\s*)|voisine\s+(?:de\s+|d['’]\s*))"
    r"|(?:المحاذية|المحاذي|المتاخمة|المتاخم|المقابلة|المقابل)\s+(?:ل\S*\s+)?(?:مدينة\s+)?ل?)$", re.I)
_BORDER_CHEAP = ("fronta", "border", "opposite", "facing", "adjoining", "adjacent", "across", "en face", "voisine",
                 "المحاذ", "المتاخم", "المقابل")
_BORDER_GAP = re.compile(r"^\s*[,،]\s*(?:[^\s,.;:،]+\s+){0,4}$")
BORDER_KM = 50.0  # how far a place "bordering T" may lie from T


def _place_before_border(gazetteer, ref: PlaceRef, sentence: str, target: Place, *, focus,
                         skip=frozenset()) -> Optional[Place]:
    """The place written just before ", a town bordering ``target``": the target only locates it.

    "près d'un hôpital de X, ville égyptienne frontalière d'Y", "a market in X, a town facing Y
    across the river", "في X المحاذية لـY": the extractor may keep Y, the better-known name, but the
    place hit is X (a town, district or site within :data:`BORDER_KM` of Y, of any country: a
    border town lies in the neighbour's land). Not a launch site ("fired from X, facing Y").
    """
    if not ref.name or not any(map(sentence.__contains__, _BORDER_CHEAP)):
        return None  # cheap test
    at = sentence.find(ref.name)
    if at <= 0:
        return None
    m = _BORDER_BEFORE.search(sentence[max(0, at - 50):at])
    if m is None:
        return None
    cut = max(0, at - 50) + m.start()
    best = _last_name_before(gazetteer, sentence, cut, _BORDER_GAP, skip, _launch_before)
    if best is None or _fold(best) == _fold(ref.name):
        return None
    # (a border town is often outside the document's focus countries, which lowers its confidence)
    p = _sure_place(gazetteer, best, 0.6, ("town", "district", "site"), focus=focus, near=target.point,
                    near_km=BORDER_KM)
    if p is None or (p.record_id or p.point) == (target.record_id or target.point) or _km(p, target.point) > BORDER_KM:
        return None
    return p


# an apposition that tells what a town holds ("X, home to the Y air base", "X, qui abrite la base Y", "X التي
# تضم قاعدة Y"): a region phrase after it still says where X is, and X, not what it holds, is the place meant
_HOME_TO = re.compile(r"[,،]?\s*(?:home\s+to|which\s+(?:houses|hosts)|qui\s+abrite|où\s+se\s+trouve|"
                      r"(?:التي|الذي)\s+(?:تضم|يضم|تحتضن|يحتضن))\s[^.;:،,]{0,70}[,،]?\s*$")
_HOME_TO_CHEAP = ("home to", "houses", "hosts", "abrite", "se trouve", "تضم", "يضم", "تحتضن", "يحتضن")


# "from inside Yemen ONTO X": a word that aims the projectile ends the launch phrase opened by "from"
_AIMED_AT = re.compile(r"\b(?:on|onto|at|to|towards?|against|sur|vers|contre)\b|(?:^|\s)(?:على|إلى|الى|نحو|باتجاه)\s",
                       re.I)


def _launch_before(sentence: str, start: int) -> bool:
    """Whether the name at ``start`` is told as the place something was fired from."""
    m = _FROM_BEFORE_OFFSET.search(sentence[:start])
    return m is not None and not _AIMED_AT.search(sentence[m.start():start])


def _place_before_area(gazetteer, ref: PlaceRef, sentence: str, target: Place, *, focus,
                       skip=frozenset()) -> Optional[Place]:
    """The town written just before "in the ``target`` region": the region only says where it lies.

    "a shop in the town of X in the Y region", "à X, dans la province de Y", "على محافظة X بمنطقة
    Y": an extractor may keep the better-known region (which the gazetteer often holds as its capital
    town), but the place hit is the finer one written first. It must be a town, district or site of
    the same country within :data:`DIRECTION_KM` and not a launch site ("fired from X in Y").
    """
    if not ref.name or not any(map(sentence.__contains__, _AREA_CHEAP)):
        return None  # cheap test: no region word
    at = sentence.find(ref.name)
    if at <= 0:
        return None
    head = sentence[max(0, at - 60):at]
    m = _AREA_BEFORE.search(head)
    if m is not None:
        # a bare "in"/"of" before the name is only a region phrase when a region word follows the name
        # ("in the Y region"), or came before it ("in the province of Y")
        bare = not any(w in m.group(0).lower() for w in _AREA_CHEAP)
        if bare and not _AREA_AFTER.match(sentence[at + len(ref.name):]):
            m = None
    if m is None:
        return None
    cut = max(0, at - 60) + m.start()
    if any(map(sentence.__contains__, _HOME_TO_CHEAP)):
        # "X, home to the Y air base, in the Z region": the town told before its apposition
        home = _HOME_TO.search(sentence, max(0, cut - 90), cut)
        cut = home.start() if home is not None else cut
    best = _last_name_before(gazetteer, sentence, cut, _AREA_GAP, skip, _launch_before)
    if best is None or _fold(best) == _fold(ref.name):
        return None
    p = _sure_place(gazetteer, best, 0.8, ("town", "district", "site"), focus=focus)
    # a held or disputed region (the West Bank, Nagorno-Karabakh) may list its towns under another country:
    # inside the region's own extent, the town is still in it
    if p is None or (p.country != target.country and _km(p, target.point) > (target.radius_km or 0.0)) \
            or (p.record_id or p.point) == (target.record_id or target.point) \
            or _km(p, target.point) > DIRECTION_KM + (target.radius_km or 0.0):
        return None
    return p


# the rules tried on a town target, in order: a direction, a border, a region told after the place hit
_BEFORE_TOWN = (_place_before_direction, _place_before_border, _place_before_area)


def non_place(name: str) -> bool:
    """Is ``name`` something other than a place: a common word, a people or country adjective, an
    organisation, a command, or an organisation's facility without a name ("Aramco facilities")?"""
    return bool(name) and (word_kind(name) is not None or _organisation_facility(name))


def non_place_target(frame: EventFrame) -> bool:
    """Does the frame's target name no place at all ("attacks on Saudi facilities", "l'Observatoire")?

    True when its target is a :func:`non_place` left unresolved: the frame tells of no place, so it
    makes no event (its name stays in the unresolved list with the reason). A real place name the
    gazetteer lacks is not one: its event is kept, unplaced.
    """
    fact = frame.first("target")
    if fact is None:
        return False
    ref: PlaceRef = fact.value
    return ref.place is None and (non_place(ref.name) or (
        _ACRONYM.match(ref.name) is not None and _ACRONYM_NOTE in (ref.unresolved_reason or "")))


# A weapon's name read as the target: "a salvo of Katyusha rockets at X", "des roquettes de type Grad sur X",
# "صواريخ كاتيوشا على X". The name sits right against a projectile noun (after it in English, before it in
# French and Arabic, with an optional "type" word between): whatever it is, it is not where the attack was.
_PROJECTILE_AFTER = re.compile(r"^(?:[-\s]*(?:type|class|style)\b)?[-\s]+(?:rockets?|missiles?|drones?|shells?|"
                               r"launchers?|rounds?|roquettes?|obus)\b", re.I)
_PROJECTILE_BEFORE = re.compile(r"\b(?:rockets?|missiles?|drones?|roquettes?|obus)\s+(?:de\s+type\s+|of\s+the\s+type\s+|"
                                r"type\s+)?[\"“«]?\s*$|(?:^|\s)(?:[وبل]{0,2}(?:ال)?)(?:صواريخ|صاروخ|قذائف|قذيفة|طائرات|طائرة|مسيرات|مسيّرات|"
                                r"مسيرة|مسيّرة)\s+(?:من\s+(?:نوع|طراز)\s+|نوع\s+|طراز\s+)?[\"“«]?\s*$", re.I)


_PROJECTILE_CHEAP = ("ocket", "issile", "rone", "hell", "auncher", "ound", "oquette", "obus", "صوار", "صاروخ", "قذ",
                     "طائر", "مسير", "مسيّر")


def weapon_word(name: str, sentence: str) -> bool:
    """Whether ``name`` is written in ``sentence`` as a projectile's make ("Katyusha rockets").

    Parameters
    ----------
    name, sentence : str
        The name as read and the sentence it was read from.

    Returns
    -------
    bool
        True when every occurrence of the name sits against a projectile noun.
    """
    if not name or not sentence or not any(map(sentence.__contains__, _PROJECTILE_CHEAP)):
        return False
    starts = _occurrences(name, sentence)
    if not starts:
        return False
    for at in starts:
        end = at + len(name)
        if not (_PROJECTILE_AFTER.match(sentence[end:end + 30].lstrip("\"”»'’ ")) is not None
                or _PROJECTILE_AFTER.match(sentence[end:end + 30]) is not None
                or _PROJECTILE_BEFORE.search(sentence[max(0, at - 40):at]) is not None):
            return False
    return True


# "a Russian air base in Syria", "the Turkish military post near Idlib", "une base turque en Syrie",
# "قاعدة أمريكية في سوريا": a people's adjective, a facility word or two, then where the facility stands
_OWNER_SITE_AFTER = re.compile(
    r"^[\s-]*(?:(?:military|army|air|naval|navy|main|largest|forward|operating|coalition|-led|led|de|la|du|militaire|"
    r"aérienne|navale|العسكرية|الجوية|عسكرية|جوية)\s*)*"
    r"(?:bases?|air\s?bases?|airbases?|airfield|outposts?|posts?|positions?|camps?|barracks|garrison|embassy|consulate|"
    r"troops|forces|soldiers|convoys?|patrols?)?(?:[\s,-]+[^\W\d_]+){0,2}?\s*,?\s*(?:in|at|near|inside|en|au|aux|à|dans|près\s+de|في|قرب|ب)\s+"
    r"(?:(?:the|northern|southern|eastern|western|north|south|east|west|north-east|north-west|south-east|south-west|"
    r"le|la|les|l['’]|nord|sud|est|ouest|du|de)\s*)*", re.I)



def _owner_site_place(gazetteer, ref: PlaceRef, sentence: str, at: int, text: str, *, focus) -> Optional[Resolution]:
    """Where a facility named by its owner's adjective stands: the place written right after it, or None.

    "a Russian air base in Syria", "a US outpost near al-Tanf": the people's adjective tells who holds
    the facility, not where it is (the owner's capital, also in the sentence, is no answer). The place
    may be a whole country: "in Syria" is all the sentence says of where.
    """
    kind = word_kind(ref.name)
    if kind != "demonym" and not (kind is not None and ref.cue in _SITE_KIND_OF_CUE):
        return None  # (a common word read with a site cue: "قاعدة جوية للتحالف في العراق", the "air" base)
    end = at + len(ref.name)
    m = _OWNER_SITE_AFTER.match(sentence[end:end + 80])
    if m is None or m.end() == 0:
        return None
    start = end + m.end()
    for s, _e, text in _names_in(gazetteer, sentence):
        if s < start:
            continue
        if s > start + 2 or is_common_word(text):
            return None
        try:
            res = gazetteer.resolve(text, focus=focus)
        except GazetteerError:
            return None
        p = res.place
        if p is None or p.confidence < 0.8 or _small_foreign(p, focus) or _foreign_misreading(text, res, focus):
            return None
        if p.precision == "country":
            # the article may name the one base of that kind it has there ("the Hmeimim air base")
            probe = PlaceRef(name=text, cue=ref.cue)
            site = _only_site_in_country(gazetteer, probe, sentence, text or sentence, focus=focus)
            return site or res
        return res
    return None


# A place told only as where a statement came from: "the Pentagon in Washington said", "officials in Ankara
# told reporters", "a indiqué le ministère à Moscou", "قالت وزارة الدفاع في موسكو". The speaker's seat is not
# where the attack was.
_SAID_AFTER = re.compile(r"^[\s,]*(?:said|says|told|announced|reported|stated|confirmed|claimed|denied|added|"
                         r"a\s+(?:indiqué|annoncé|affirmé|déclaré|précisé|démenti)|ont\s+(?:indiqué|annoncé|affirmé|déclaré))\b",
                         re.I)
_SEAT_BEFORE = re.compile(r"\b(?:officials?|ministry|pentagon|government|spokes(?:man|woman|person)|sources?|authorities|"
                          r"command|embassy|ministère|responsables?|autorités|porte-parole|gouvernement|ambassade|"
                          r"Pentagone|Kremlin|Maison\s+Blanche|White\s+House)\s+(?:\w+\s+){0,2}(?:in|à|en)\s+$", re.I)
_SAID_BEFORE = re.compile(r"(?:\b(?:said|told|according\s+to|a\s+(?:indiqué|annoncé|affirmé|déclaré|précisé)|selon)"
                          r"\s+(?:[\w'’-]+\s+){1,4}(?:in|à|en)\s+|(?:قالت|قال|أعلنت|أعلن|ذكرت|بحسب|وفق)\s+(?:\S+\s+){1,4}في\s+)$",
                          re.I)
_SEAT_CHEAP = ("said", "told", "announced", "reported", "stated", "confirmed", "claimed", "denied", "added", "indiqué",
               "annoncé", "affirmé", "déclaré", "précisé", "démenti", "selon", "according", "قال", "أعلن", "ذكرت",
               "بحسب", "وفق", "says", "annonce", "affirme", "indique", "rapporte", "أفاد", "أفادت")
# The seat that opens the sentence: "In Kyiv, the air force said that ...", "À Gaza, la Défense civile annonce
# que ...", "وفي غزة، قال الدفاع المدني إن ...": the city sets where the speaker is, and the attack the speaker
# reports is placed by the place the report itself names (a live blog's "08h55 :" stamp may come first).
_SEAT_OPENING = re.compile(r"^\s*(?:\d{1,2}\s*[h:.]\s*\d{2}\s*[:–—-]?\s*)?(?:(?:and|but|meanwhile|et|mais|enfin|"
                           r"par\s+ailleurs)\s*,?\s+)?(?:in|à|au|en|وفي|في)\s+$", re.I)
_SAID_OPENING = re.compile(r"^\s*[,،]\s*(?:(?:(?!(?:were|was|been|is|are|a|ont|été|est|sont)\s)[\w'’-]+\s+){1,6}(?:said|says|told|announced|reported|stated|annonce|"
                           r"affirme|indique|rapporte|fait\s+état|a\s+(?:indiqué|annoncé|affirmé|déclaré|précisé)|"
                           r"ont\s+(?:indiqué|annoncé|affirmé|déclaré))|(?:قال|قالت|أعلن|أعلنت|ذكر|ذكرت|أفاد|أفادت)\s)",
                           re.I)


def _every_mention(name: str, sentence: str, cheap, is_it) -> bool:
    """Does ``sentence`` name ``name`` and is each mention ``is_it(at)`` (``cheap``: words one of which it must hold)?"""
    if not name or not any(map(sentence.__contains__, cheap)):  # (the loop in C)
        return False
    starts = _occurrences(name, sentence)
    return bool(starts) and all(map(is_it, starts))


def _speaker_seat(name: str, sentence: str) -> bool:
    """Is every mention of ``name`` in ``sentence`` the seat of a speaker ("officials in X said")?"""
    def seat(at: int) -> bool:
        before, after = sentence[max(0, at - 60):at], sentence[at + len(name):at + len(name) + 40]
        return (_SEAT_BEFORE.search(before) is not None and _SAID_AFTER.match(after) is not None) or (
            _SAID_BEFORE.search(before) is not None and re.match(r"^\s*(?:[.,;:»”\"]|$)", after) is not None) or (
            at <= 40 and _SEAT_OPENING.match(sentence[:at]) is not None
            and _SAID_OPENING.match(sentence[at + len(name):at + len(name) + 80]) is not None)

    return _every_mention(name, sentence, _SEAT_CHEAP, seat)


def _retarget_speaker_seats(frames, gazetteer, *, focus) -> None:
    """Move a target read from a speaker's seat ("the Pentagon in Washington said") to the place attacked.

    The place the sentence names otherwise (the most precise; a town before a province) is where the
    attack was; a frame whose sentence names no other place is left as it is. A place another frame
    already has as its target is no candidate (that incident has its event).
    """
    taken = set()
    for frame in frames:
        fact = frame.first("target")
        if fact is not None and fact.value.place is not None:
            taken.add(fact.value.place.record_id or fact.value.place.point)
    for frame in frames:
        fact = frame.first("target")
        if fact is None or not _speaker_seat(fact.value.name, fact.evidence.sentence):
            continue
        ref: PlaceRef = fact.value
        sentence = fact.evidence.sentence
        skip = _launch_names(frame)
        options = [a for a in _sentence_anchors(gazetteer, sentence, ref.name, focus=focus, skip=skip)
                   if (a[3].place.record_id or a[3].place.point) not in taken
                   and not _speaker_seat(sentence[a[1]:a[1] + len(_names_in_text(gazetteer, sentence, a[1]))], sentence)]
        seat = ref.place
        if seat is not None and seat.country and sentence.find(ref.name) <= 40 and _SEAT_OPENING.match(
                sentence[:max(0, sentence.find(ref.name))]) is not None:
            # "À Gaza, la Défense civile annonce ... à Khan Younès": a city that opens the report is where the
            # story is; a namesake abroad the report's words happen to spell ("Qizan", Jizan) is no answer
            options = [a for a in options if a[3].place.country == seat.country]
        if not options:
            continue
        best = options[0][3].place
        at = options[0][1]
        _move_target(ref, sentence[at:at + len(_names_in_text(gazetteer, sentence, at))], best)
        taken.add(best.record_id or best.point)


# Where the victims came from, not where they were hit: "a bus carrying pilgrims from X near Y", "des
# travailleurs venus de X", "زوار قادمين من X". People nouns before "from", or a verb of coming.
_ORIGIN_CHEAP = ("from", "venu", "originaire", "provenance", "من")
_ORIGIN_BEFORE = re.compile(
    r"(?:\b(?:pilgrims|workers|labou?rers|passengers|travell?ers|worshippers|fishermen|farmers|shepherds|mourners|"
    r"visitors|students|families|family|displaced(?:\s+people)?|returnees|commuters|tourists|traders|merchants)"
    r"\s+(?:\w+\s+)?from\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
    r"|\b(?:coming|returning|travell?ing|fleeing)\s+(?:back\s+)?from\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
    r"|\b(?:venu(?:e|s|es)?|originaires?|en\s+provenance|revenant|rentrant)\s+(?:de\s+la\s+ville\s+)?d(?:e\s+|['’]\s*)"
    r"|(?:^|\s)(?:ال)?(?:قادم(?:ين|ون|ة)?|عائد(?:ين|ون|ة)?|زوار|الزوار|زائرين|عمال|العمال|ركاب|مسافرين)"
    r"\s+(?:\S+\s+)?من\s+(?:مدينة\s+|محافظة\s+)?)$", re.I)


def _origin_of_victims(name: str, sentence: str) -> bool:
    """Is every mention of ``name`` in ``sentence`` where people came from ("pilgrims from X")?"""
    def origin(at: int) -> bool:
        return _ORIGIN_BEFORE.search(sentence[max(0, at - 60):at]) is not None

    return _every_mention(name, sentence, _ORIGIN_CHEAP, origin)


def _retarget_origins(frames, gazetteer, unresolved: list, entries: dict, *, focus) -> None:
    """Move a target read from where the victims came from to the place the sentence says they were hit.

    "A rocket struck a bus carrying pilgrims from X near Y": Y. The sentence's other places that are no
    origin, launch site or speaker's seat are the candidates (the most precise first, then the first
    written); a sentence naming only the origin is left as it is.
    """
    for frame in frames:
        fact = frame.first("target")
        if fact is None or fact.value.place is None or not _origin_of_victims(fact.value.name, fact.evidence.sentence):
            continue
        ref: PlaceRef = fact.value
        sentence = fact.evidence.sentence
        skip = _launch_names(frame)
        spans = [(i, i + len(ref.name)) for i in _occurrences(ref.name, sentence)]
        options = []
        for a in _sentence_anchors(gazetteer, sentence, ref.name, focus=focus, skip=skip):
            text = _names_in_text(gazetteer, sentence, a[1])
            if a[3].place.precision == "country" or any(i <= a[1] < j for i, j in spans) \
                    or _origin_of_victims(text, sentence) or _speaker_seat(text, sentence):
                continue  # (a word inside the origin's name, "Jbeil" of "Bint Jbeil", is the origin too)
            options.append((a, text))
        if options:
            (a, text) = options[0]
            _move_target(ref, text, a[3].place)
            for imp in frame.get("impact"):
                # "... venus de X, près de Y": Y read as an impact site too, placed against the origin
                if _fold(imp.value.name or "") == _fold(text):
                    imp.value.place, imp.value.unresolved_reason = ref.place, None
                    entry = entries.pop(id(imp.value), None)
                    if entry is not None and entry in unresolved:
                        unresolved.remove(entry)



def _retarget_country_apposition(frames, gazetteer, unresolved: list, entries: dict, *, focus) -> None:
    """Move a country target read under a settlement word to the one finer place its sentence names in it.

    "trois personnes à X, village frontalier du sud du Liban", "à Y, localité du sud du Liban": the
    extractor reads "village ... du Liban" as a village named Liban. A country is no village: the place
    of that country the sentence names (exactly one, a town, district or site, no launch site, no
    speaker's seat, no origin of the victims) is the target; an impact site of that name is placed with it.
    """
    for frame in frames:
        fact = frame.first("target")
        if fact is None or fact.value.place is None or fact.value.place.precision != "country" \
                or fact.value.cue not in _SETTLEMENT_CUES:
            continue
        ref: PlaceRef = fact.value
        country, sentence = ref.place, fact.evidence.sentence
        inside = {}
        for a in _sentence_anchors(gazetteer, sentence, ref.name, focus=focus, skip=_launch_names(frame)):
            p, text = a[3].place, _names_in_text(gazetteer, sentence, a[1])
            if p.country != country.country or p.precision not in ("town", "district", "site") \
                    or _speaker_seat(text, sentence) or _origin_of_victims(text, sentence):
                continue
            inside.setdefault(p.record_id or p.point, (p, text))
        if len(inside) != 1:
            continue
        place, text = next(iter(inside.values()))
        _move_target(ref, text, place)
        for imp in frame.get("impact"):
            if _fold(imp.value.name or "") == _fold(text):
                imp.value.place, imp.value.unresolved_reason = place, None
                entry = entries.pop(id(imp.value), None)
                if entry is not None and entry in unresolved:
                    unresolved.remove(entry)


# A town named as an end of the road an attack was on: "on the highway linking Baghdad to the south, near X",
# "sur l'autoroute reliant Bagdad à Bassora, à hauteur de X", "على الطريق الرابط بين بغداد والحلة قرب X",
# "the Kirkuk-Tikrit road". The road runs for a hundred kilometres from its ends: the place the sentence
# names beside the road ("near X", "à hauteur de X") says where the convoy was hit.
_ROAD_CHEAP = ("road", "highway", "motorway", "expressway", "route", "autoroute", "axe", "طريق")
_ROAD = (r"(?:road|highway|motorway|expressway|freeway|route|autoroute|axe|طريق|الطريق)(?:\s+(?:السريع|الدولي|"
         r"principal|main|international|national|nationale|express))?")
_ROAD_END_BEFORE = re.compile(
    r"(?:\b" + _ROAD + r"\s+(?:(?:qui\s+)?(?:reliant|relie|linking|connecting|joining|between|from|entre|de|"
    r"الرابط|الواصل|الذي\s+يربط|بين|من)\s+(?:بين\s+)?)(?:(?:the\s+)?(?:city|town|ville|cities|towns)\s+of\s+|la\s+ville\s+d[e'’]\s*)?"
    r"|\b" + _ROAD + r"\s+(?:(?:reliant|relie|linking|connecting|joining|between|from|entre|de|الرابط\s+بين|بين|من)\s+)"
    r"[^,;.،]{1,40}?\s+(?:and|to|à|au|et|إلى|و)\s*)$", re.I)
_ROAD_END_AFTER = re.compile(r"^\s*[-–—]\s*[\w'’ -]{1,30}?\s+" + _ROAD + r"\b", re.I)
_ROAD_PAIR = re.compile(r"^[\w'’]+(?:\s[\w'’]+)?\s*[-–—]\s*[\w'’]+(?:\s[\w'’]+)?$")
_ROAD_END_HYPHEN = re.compile(r"[\w'’]+\s*[-–—]\s*$")


def _road_end(name: str, sentence: str) -> bool:
    """Is every mention of ``name`` in ``sentence`` an end of a road ("the road linking X to Y")?"""
    def end(at: int) -> bool:
        before, after = sentence[max(0, at - 90):at], sentence[at + len(name):at + len(name) + 60]
        return bool(_ROAD_END_BEFORE.search(before) or _ROAD_END_AFTER.match(after)
                    or _ROAD_END_HYPHEN.search(before) and re.match(r"^\s*" + _ROAD + r"\b", after, re.I))

    return _every_mention(name, sentence, _ROAD_CHEAP, end)


def _retarget_road_ends(frames, gazetteer, *, focus) -> None:
    """Move a target read from an end of a road ("the highway linking X to Y") to the place beside the road.

    The other towns, quarters and sites of the sentence that are no road end (the most precise first), in
    the end's country and within 250 km of it, are the candidates; a sentence naming only the ends (or a
    province besides) is left as it is.
    """
    for frame in frames:
        fact = frame.first("target")
        if fact is None:
            continue
        ref: PlaceRef = fact.value
        sentence = fact.evidence.sentence
        # "the Baghdad-Kirkuk road" may be read as one name that places nothing: its ends are the road's
        pair = ref.place is None and _ROAD_PAIR.match(ref.name or "") is not None and any(
            w in sentence for w in _ROAD_CHEAP) and re.match(r"^\s*" + _ROAD + r"\b", sentence[
                sentence.find(ref.name) + len(ref.name):] if ref.name in sentence else "", re.I) is not None
        if not pair and (ref.place is None or not _road_end(ref.name, sentence)):
            continue
        end = ref.place
        skip = _launch_names(frame)
        options = []
        for a in _sentence_anchors(gazetteer, sentence, ref.name, focus=focus, skip=skip):
            p, text = a[3].place, _names_in_text(gazetteer, sentence, a[1])
            if p.precision not in ("town", "district", "site") or end is not None and (
                    p.country != end.country or _km(p, end.point) > 250) or _road_end(text, sentence):
                # (a province, "la route de Kout, chef-lieu de la province de Wasit", is no finer than the end)
                continue
            options.append((a, text))
        if not options:
            continue
        (a, text) = options[0]
        _move_target(ref, text, a[3].place)
        for imp in frame.get("impact"):
            if imp.value.place is None and _fold(imp.value.name or "") == _fold(text):
                imp.value.place = ref.place


# A town named only as the landmark of a finer place: "près d'al-Haqlaniya, non loin de la ville de Haditha",
# "a farm by the village of X, not far from the city of Y", "قرب قرية X على مقربة من مدينة Y". The place
# named first is where the strike was; the city is how the reader finds it.
_LANDMARK_CHEAP = ("city of", "town of", "ville de", "ville d", "مدينة")
_LANDMARK_BEFORE = re.compile(
    r"(?:\b(?:" + _NEAR_EN + r"|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+the\s+"
    r"(?:(?:main|provincial|nearby|northern|southern|eastern|western)\s+)?(?:city|town)\s+of\s+"
    r"|\b(?:" + _NEAR_FR + r"|(?:au|à\s+l['’])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?)"
    r"\s+(?:de\s+la|d[e'’])\s*ville\s+d[e'’]\s*"
    r"|(?:" + _NEAR_AR + r"|(?:شمال|جنوب|شرق|غرب)(?:ي|ى)?)\s+مدينة\s+)$", re.I)
_LANDMARK_RANKS = ("site", "district", "town")
# "the province of X", "la province de X", "le gouvernorat d'X", "محافظة X": X is the region, not its namesake town
_REGION_WORD_BEFORE = re.compile(r"(?:\b(?:province|region|governorate|région|gouvernorat|mohafazat)\s+(?:of\s+(?:the\s+)?|"
                                 r"de\s+|d['’]\s*|du\s+)|(?:محافظة|منطقة|ولاية|إقليم)\s+)$", re.I)


def _retarget_landmark_towns(frames, gazetteer, *, focus) -> None:
    """Move a target read from a landmark town ("près de X, non loin de la ville de Y") to the place before it.

    The place the sentence names before the landmark (a town, a quarter or a site, no launch site, within
    40 km of the landmark and in its country) is the target; the nearest such mention before it wins.
    """
    for frame in frames:
        fact = frame.first("target")
        if fact is None or fact.value.place is None or fact.value.place.precision not in ("town", "district"):
            continue
        sentence = fact.evidence.sentence
        ref: PlaceRef = fact.value
        if not any(map(sentence.__contains__, _LANDMARK_CHEAP)) or not ref.name:
            continue
        starts = _occurrences(ref.name, sentence)
        if not starts or not all(_LANDMARK_BEFORE.search(sentence[max(0, at - 60):at]) for at in starts):
            continue
        first, town = starts[0], ref.place
        skip = _launch_names(frame)
        best = None
        for a in _sentence_anchors(gazetteer, sentence, ref.name, focus=focus, skip=skip):
            p = a[3].place
            if a[1] >= first or p.precision not in _LANDMARK_RANKS or p.country != town.country \
                    or _km(p, town.point) > 40 or (p.record_id and p.record_id == town.record_id):
                continue
            if _REGION_WORD_BEFORE.search(sentence[max(0, a[1] - 30):a[1]]) or \
                    _AREA_AFTER.match(sentence[a[1] + len(_names_in_text(gazetteer, sentence, a[1])):]):
                continue  # "la province d'Idleb, près de la ville de Y": a province named after its capital
            if best is None or a[1] > best[1]:
                best = a
        if best is None:
            continue
        text = _names_in_text(gazetteer, sentence, best[1])
        _move_target(ref, text, best[3].place)


def _launch_names(frame) -> frozenset:
    """The folded names of ``frame``'s launch sites: never candidates for its target."""
    return frozenset(_fold(f.value.name) for f in frame.get("launch") if f.value.name)


def _move_target(ref: PlaceRef, name: str, place) -> None:
    """Make ``ref`` the mention ``name`` placed at ``place`` (its cue and container belonged to the old name)."""
    ref.name, ref.place, ref.candidates, ref.cue, ref.container = name, place, [place], None, None


def _names_in_text(gazetteer, sentence: str, start: int) -> str:
    """The gazetteer name found in ``sentence`` at ``start`` ("" when none starts there)."""
    return next((text for s, _e, text in _names_in(gazetteer, sentence) if s == start), "")


def _retarget_non_places(frames, gazetteer, unresolved: list, entries: dict, *, focus) -> None:
    """Place a frame whose target is no place (a word, a people, an organisation) at a place it names.

    The candidates are the frame's own impact sites and the places the target's sentence names
    (never its launch sites, never a whole country), the most precise first: a site before a town
    before a district before a governorate, an impact site before a sentence place of the same
    precision ("drones hit an Aramco facility near Abqaiq" -> Abqaiq). A place that another frame
    of the document already has as its target is no candidate: that incident has its event, and
    the frame would only repeat it. With no candidate the frame stays unplaced
    (:func:`non_place_target`) and its entry in ``unresolved`` says why.
    """
    taken = set()
    for frame in frames:
        fact = frame.first("target")
        if fact is not None and fact.value.place is not None:
            taken.add(fact.value.place.record_id or (fact.value.place.lat, fact.value.place.lon))
    for frame in frames:
        fact = frame.first("target")
        if not non_place_target(frame) and not (
                fact is not None and fact.value.place is None and weapon_word(fact.value.name,
                                                                              fact.evidence.sentence)):
            continue
        ref: PlaceRef = fact.value
        skip = _launch_names(frame)
        options = []
        for i, imp in enumerate(frame.get("impact")):
            p = imp.value.place
            if p is not None and not imp.value.anaphoric and p.precision in _PRECISION_RANK:
                options.append((_PRECISION_RANK[p.precision], 0, i, Resolution(p, [p], "")))
        sentence = fact.evidence.sentence
        at = sentence.find(ref.name) if ref.name else -1
        # a place written after the organisation ("a visé un dépôt de la compagnie dans l'est de Dammam") says
        # where its facility stands before one written earlier ("l'armée a indiqué"), the nearer first
        # an organisation itself ("the Kurdistan Workers Party", "HTS"), not its facility: a place written before
        # "against" it is the actor ("as Ankara presses its campaign against the PKK"), and the place word of its
        # own name ("Sinjar Resistance Units") is its origin; neither says where it stands
        # (an acronym's spelled-out name comes before it: "the Turkistan Islamic Party, known as TIP")
        owned = _owner_site_place(gazetteer, ref, sentence, at, frame.doc.text if frame.doc is not None else sentence,
                                  focus=focus) if at >= 0 else None
        acronym = _ACRONYM_NOTE in (ref.unresolved_reason or "")
        body = acronym or _organisation_name(ref.name, _fold(ref.name))
        options += [(rank, 1, (0, start - at) if 0 <= at < start else (1, start), res) for rank, start, _pos, res in
                    _sentence_anchors(gazetteer, sentence, ref.name, focus=focus, skip=skip)
                    if not (body and (at <= start < at + len(ref.name) or 0 <= start < at and (
                        acronym or _AGAINST.search(sentence, start, at))))]
        if owned is not None:
            # "a Russian air base in Syria": the adjective names the base's owner; the place written after
            # the facility is where it stands, before any other place of the sentence (the owner's capital).
            # A country gives way to a finer place of the sentence inside it ("in Syria's Idlib province").
            cc = (owned.place.country or "").upper()
            inside = [o for o in options if owned.place.precision == "country"
                      and (o[3].place.country or "").upper() == cc]
            options = inside or [(-1, 0, (0, 0), owned)]
        if options and at >= 0:
            top = min(options, key=lambda o: o[:3])[3].place
            if (top.record_id or (top.lat, top.lon)) in taken:
                # the place it names is another frame's target: the same incident told again, not a
                # second one at whatever other place the sentence happens to name
                options = []
        options = [o for o in options if (o[3].place.record_id or (o[3].place.lat, o[3].place.lon)) not in taken]
        entry = entries.get(id(ref))
        if not options:
            note = "no place of its frame or sentence resolves, so it makes no event"
            ref.unresolved_reason = f"{ref.unresolved_reason}; {note}" if ref.unresolved_reason else note
            if entry is not None:
                entry.reason = ref.unresolved_reason
            continue
        best = min(options, key=lambda o: o[:3])[3].place
        ref.place, ref.candidates = best, [best]
        ref.unresolved_reason = None
        taken.add(best.record_id or (best.lat, best.lon))
        if entry is not None and entry in unresolved:
            unresolved.remove(entry)
