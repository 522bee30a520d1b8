"""Counts written in words or digits, in English, French and Arabic.

``parse_count("at least seven")`` -> ``Count(7, "at least")``.  Number words go
through text2num (``text_to_num``); approximate words ("a dozen", "une dizaine",
"dozens") are a small table here because text2num does not cover them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from text_to_num import text2num

ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# Words that mean a number without being one, with the qualifier they imply.
# The French nouns of a round figure ("une dizaine", "la cinquantaine de"), as an alternation for the patterns that must
# tell them from an article's "one" (geo_events.casualties)
ROUND_NOUNS = "dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine"

APPROXIMATE = {
    "half a dozen": (6, "about"),
    "a pair of": (2, None),  # "a pair of drones": two, as exact as the digit
    "a dozen": (12, "about"),
    "dozen": (12, "about"),
    "dozens": (24, "at least"),
    "a couple of": (2, "about"),
    "a handful of": (3, "about"),
    "several": (3, "at least"),
    "une dizaine": (10, "about"),
    "dizaine": (10, "about"),
    "une demi-douzaine": (6, "about"),
    "demi-douzaine": (6, "about"),
    "une paire de": (2, None),
    "une douzaine": (12, "about"),
    "douzaine": (12, "about"),
    "une vingtaine": (20, "about"),
    "vingtaine": (20, "about"),
    "une trentaine": (30, "about"),
    "trentaine": (30, "about"),
    "une quinzaine": (15, "about"),
    "quinzaine": (15, "about"),
    "une quarantaine": (40, "about"),
    "quarantaine": (40, "about"),
    "une cinquantaine": (50, "about"),
    "cinquantaine": (50, "about"),
    "une soixantaine": (60, "about"),
    "soixantaine": (60, "about"),
    "une centaine": (100, "about"),
    "centaine": (100, "about"),
    "des centaines": (200, "at least"),
    "des dizaines": (20, "at least"),
    "dizaines": (20, "at least"),
    "plusieurs": (3, "at least"),
    "عدة": (3, "at least"),
    "عشرات": (20, "at least"),
}

# Qualifiers as written -> the canonical English one.
QUALIFIERS = {
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "not less than": "at least",
    "upwards of": "more than",
    "well over": "more than",
    "almost": "about",
    "pas moins de": "at least",
    "au minimum": "at least",
    "plus d'une": "more than",
    "pas plus de": "up to",
    "more than": "more than",
    "over": "more than",
    "up to": "up to",
    "as many as": "up to",
    "about": "about",
    "around": "about",
    "some": "about",
    "roughly": "about",
    "approximately": "about",
    "nearly": "about",
    # "killed an estimated 20 people": a figure the reporter gives as an estimate
    "an estimated": "about",
    "au moins": "at least",
    "plus de": "more than",
    "jusqu'à": "up to",
    "jusqu’à": "up to",
    "environ": "about",
    "près de": "about",
    "quelque": "about",
    "quelques": "about",
    "une quinzaine de": "about",
    "ما لا يقل عن": "at least",
    "أكثر من": "more than",
    "نحو": "about",
    "حوالي": "about",
    "قرابة": "about",
}

ARABIC_UNITS = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاثة": 3, "ثلاث": 3,
    "أربعة": 4, "اربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7,
    "ثمانية": 8, "ثماني": 8, "ثمان": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10,
    "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "أربعين": 40, "خمسين": 50, "مئة": 100, "مائة": 100,
}

ENGLISH_SMALL = {"a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "both": 2, "pair": 2, "twin": 2}
FRENCH_SMALL = {"un": 1, "une": 1, "deux": 2, "seul": 1, "seule": 1}

_WORD = r"[A-Za-zÀ-ÿ\u0600-\u06FF'’-]+"
NUMBER_PATTERN = (
    r"(?:\d[\d,.\u202f\u00a0 ]*\d|\d|[٠-٩۰-۹]+|"
    r"(?:" + _WORD + r")(?:[ -](?:" + _WORD + r")){0,3})"
)


# The most words a phrase of each table has
_QUALIFIER_WORDS = max(q.count(" ") + 1 for q in QUALIFIERS)
_APPROXIMATE_WORDS = max(w.count(" ") + 1 for w in APPROXIMATE)
_SEPARATORS = re.compile(r"[,\u202f\u00a0 ]")
_DIGITS = re.compile(r"\d+")
_FR_THOUSANDS = re.compile(r"\d+\.\d{3}")


@dataclass(frozen=True)
class Count:
    value: int
    qualifier: Optional[str] = None


def parse_number(text: str, lang: str = "en") -> Optional[int]:
    """A whole number written in digits or words, or None.

    >>> parse_number("seven"), parse_number("sept", "fr"), parse_number("2,500"), parse_number("١٠")
    (7, 7, 2500, 10)
    """
    s = text.strip().translate(ARABIC_DIGITS)
    if not s:
        return None
    digits = _SEPARATORS.sub("", s)
    if _DIGITS.fullmatch(digits):
        return int(digits)
    if lang == "fr" and _FR_THOUSANDS.fullmatch(digits):  # "2.500" French thousands
        return int(digits.replace(".", ""))
    low = s.lower().replace("’", "'")
    table = FRENCH_SMALL if lang == "fr" else ENGLISH_SMALL
    if low in table:
        return table[low]
    if low in ARABIC_UNITS:
        return ARABIC_UNITS[low]
    if low.startswith("و") and low[1:] in ARABIC_UNITS:
        return ARABIC_UNITS[low[1:]]
    for lg in ((lang,) if lang in ("en", "fr") else ("en", "fr")):
        try:
            value = text2num(low, lg)
        except (ValueError, IndexError, KeyError, AttributeError):
            continue
        if isinstance(value, int) and value >= 0:
            return value
    return None


def _longest_head(s: str, table: dict, words: int) -> Optional[str]:
    """The longest phrase of ``table`` that ``s`` (single-spaced) is, or starts with before a space; or None.

    Such phrases are the prefixes of ``s`` that end at a space or at its end, so the longest is found by
    looking those up, longest first, instead of trying every phrase of the table."""
    cuts = []
    i = -1
    for _ in range(words):
        i = s.find(" ", i + 1)
        if i < 0:
            if s in table:  # the whole of ``s``, of fewer words than the table's longest
                return s
            break
        cuts.append(i)
    for cut in reversed(cuts):
        if s[:cut] in table:
            return s[:cut]
    return None


def parse_count(text: str, lang: str = "en") -> Optional[Count]:
    """A count with its qualifier: "at least seven" -> Count(7, "at least")."""
    s = " ".join(text.lower().replace("’", "'").split())
    qualifier = None
    q = _longest_head(s, QUALIFIERS, _QUALIFIER_WORDS)
    if q is not None:
        qualifier = QUALIFIERS[q]
        s = s[len(q):].strip()
    if s.startswith("de ") or s.startswith("d'"):
        s = s[3:] if s.startswith("de ") else s[2:]
    word = _longest_head(s, APPROXIMATE, _APPROXIMATE_WORDS)
    if word is not None:
        value, implied = APPROXIMATE[word]
        return Count(value, qualifier or implied)
    value = parse_number(s, lang)
    if value is None:
        return None
    return Count(value, qualifier)


_MILE_UNITS = ("mile", "mille", "مي", "أم")  # miles, milles, ميل/ميلا, أميال


def to_km(value: float, unit: str) -> float:
    """A distance as reported ("5 miles", "10 km", "8 أميال") in kilometres.

    >>> round(to_km(5, "miles"), 2), to_km(10, "km")
    (8.05, 10.0)
    """
    return value * (1.609344 if (unit or "").lower().startswith(_MILE_UNITS) else 1.0)
