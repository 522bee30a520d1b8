"""Which language a text is written in: English, French or Arabic.

The decision is deliberately small and explainable, with no model to download:

* **Arabic** by script: the share of Arabic-script letters among all letters.
* **English vs French** by counting cues: frequent function words of each language
  (hand lists below), French elisions (``l'``, ``d'``, ``qu'`` ...), letters with French
  accents, and a few spelling patterns (``th``, ``-ing``, ``w``/``k`` for English;
  ``-eux``, ``-aux``, ``-ées``, ``œ`` for French).  Function words dominate because
  they are the most frequent tokens of any sentence, so even a headline usually has one.

A document's language is the majority over its sentences, weighted by their length,
so an English report quoting an Arabic statement stays English; the extractor can ask
for each sentence's language with :func:`detect_sentence_language`.

>>> detect_language("Seven rockets hit the base on Monday.")
'en'
>>> detect_language("Sept roquettes ont frappé la base lundi.")
'fr'
>>> detect_language("سقطت سبعة صواريخ على قاعدة بلد الجوية")
'ar'
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from typing import Optional

__all__ = ["LANGUAGES", "detect_language", "detect_sentence_language", "language_scores", "split_sentences"]

LANGUAGES = ("en", "fr", "ar")

# Function words that are frequent in one language and rare (or absent) as words of the other.
# Words both languages share ("a", "on", "de" in names, "plus", "son", "est" in "Est") are left out.
_EN_WORDS = frozenset(
    """
    the of and to in is was were are be been being has have had it its this that these those
    with for from by at as which who whom whose what when where while after before
    about into over under than then there their they them he his him she her we our you
    not no if would could should will can may might said says say told also
    two three four five seven eight nine ten first last near north south east west
    killed wounded injured attack attacks rockets rocket fired launched military kills hits strike strikes
    dead targeted targets shot down
    official officials according monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
_FR_WORDS = frozenset(
    """
    le la les de des du un une à et est sont été être avait avaient ont dans pour sur par avec
    sans sous chez entre vers depuis contre selon lors après avant pendant aussi mais donc
    ou où qui que quoi dont ce cet cette ces il ils elle elles nous vous leur leurs
    ne pas plus très tout tous toute toutes au aux se sa ses mon ma mes notre nos
    deux trois quatre cinq sept huit neuf dix dernière dernier
    tués tué morts blessés blessé attaque attaques roquettes roquette tirs tirées lancées
    militaire militaires responsable selon lundi mardi mercredi jeudi vendredi samedi dimanche
    nord sud ouest près aérienne américaine américains irakienne irakien
    """.split()
)
_FR_ELISION_HEADS = frozenset("l d qu n s j c m t jusqu lorsqu puisqu".split())
_FR_ACCENTED = re.compile(r"[éèêëàâîïôûùüçœæÉÈÊÀÂÎÔÛÇŒ]")
_FR_PATTERNS = re.compile(r"(?:eux|aux|ées|ée|ière|ières|ement)\b|œ|ç", re.IGNORECASE)
_EN_PATTERNS = re.compile(r"th|ing\b|w|k|\b\w+'s\b", re.IGNORECASE)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# Weights: a function word is strong evidence, an accent or spelling pattern weak evidence.
_W_WORD = 1.0
_W_ELISION = 1.0
_W_ACCENT = 0.5
_W_PATTERN = 0.25

# A winner needs this share of the en+fr cue total, otherwise the text is a tie; and the
# total must reach the weight of one function word: spelling patterns alone ("Kirby.") decide nothing.
_MARGIN = 0.6
_MIN_CUES = 1.0


# Arabic-script letters (Arabic, Supplement, Extended-A, presentation forms), without digits,
# punctuation and vowel marks; Latin letters up to Latin Extended-B, without × and ÷.
_ARABIC_LETTER = re.compile(
    "[\u0620-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
    "\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc]"
)
_LATIN_LETTER = re.compile("[A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")


# Counting by runs, suffixes and str.count instead of one match per letter: the same
# figures, a few times faster (the extractor asks for every sentence of every article).
_ARABIC_RUN = re.compile(_ARABIC_LETTER.pattern + "+")
_LATIN_RUN = re.compile(_LATIN_LETTER.pattern + "+")
_ACCENTED_RUN = re.compile(_FR_ACCENTED.pattern + "+")
_RUN = re.compile(r"\w+")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# _FR_PATTERNS' word endings: each match ends a \w run, so a run matches at most once.
_FR_SUFFIXES = ("eux", "aux", "ées", "ée", "ière", "ières", "ement")
# Letters re.IGNORECASE takes for i and s that str.lower() keeps apart: the spelling patterns
# are counted on text lowered this way.
_CASE_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _fold(text: str) -> str:
    if text.isascii() or not ("İ" in text or "ı" in text or "ſ" in text):
        return text.lower()  # (a translation table costs a dict look-up a character: only where it changes one)
    return text.translate(_CASE_FOLD).lower()


def _letters(text: str) -> tuple[int, int]:
    """Arabic-script and Latin letters of ``text``."""
    if text.isascii():
        data = text.encode("ascii")
        return 0, len(data) - len(data.translate(None, _ASCII_LETTERS))
    return sum(map(len, _ARABIC_RUN.findall(text))), sum(map(len, _LATIN_RUN.findall(text)))


def _word_cues(text: str) -> tuple[float, float]:
    """English and French function-word and elision weights of ``text``."""
    words = _WORD.findall(text)
    if "’" in text:
        lowered = [w.lower().replace("’", "'") for w in words]
    else:
        lowered = list(map(str.lower, words))
    en = float(sum(map(_EN_WORDS.__contains__, lowered)))
    fr = float(sum(map(_FR_WORDS.__contains__, lowered)))
    if "'" in text or "’" in text:
        for word in lowered:
            if "'" in word:
                head, tail = word.split("'", 1)
                if head in _FR_ELISION_HEADS:
                    fr += _W_ELISION + (_W_WORD if tail in _FR_WORDS else 0.0)
    for raw in filter(str.isupper, words):
        if len(raw) <= 3:  # acronyms: "UN", "LA", "CE" are not the French words
            word = raw.lower().replace("’", "'")
            if word in _EN_WORDS:
                en -= _W_WORD
            elif word in _FR_WORDS:
                fr -= _W_WORD
            elif "'" in word:
                head, tail = word.split("'", 1)
                if head in _FR_ELISION_HEADS:
                    fr -= _W_ELISION + (_W_WORD if tail in _FR_WORDS else 0.0)
    return en, fr


def _pattern_cues(text: str, low: str) -> tuple[float, float]:
    """English and French accent and spelling-pattern weights; ``low`` is ``_fold(text)``."""
    runs = _RUN.findall(low) if len(low) == len(text) else [r.lower() for r in _RUN.findall(text)]
    fr_patterns = sum(map(str.endswith, runs, repeat(_FR_SUFFIXES, len(runs))))
    fr = 0.0
    if not text.isascii():
        fr += _W_ACCENT * sum(map(len, _ACCENTED_RUN.findall(text)))
        fr_patterns += low.count("œ") + low.count("ç")
    fr += _W_PATTERN * fr_patterns
    if "'" in text:
        en_patterns = len(_EN_PATTERNS.findall(text))  # possessives hide letters: the exact rule
    else:
        en_patterns = (low.count("th") + low.count("w") + low.count("k")
                       + sum(map(str.endswith, runs, repeat("ing", len(runs)))))
    return _W_PATTERN * en_patterns, fr


def _pattern_bounds(text: str, low: str) -> tuple[float, float]:
    """Upper bounds of :func:`_pattern_cues`, from plain substring counts: every match
    holds one of the counted substrings (a possessive holds "'s"; an accent is one letter)."""
    en_hi = low.count("th") + low.count("w") + low.count("k") + low.count("ing") + low.count("'s")
    fr_hi = (low.count("eux") + low.count("aux") + low.count("ée") + low.count("ière") + low.count("ement")
             + low.count("œ") + low.count("ç"))
    fr = _W_PATTERN * fr_hi
    if not text.isascii():
        fr += _W_ACCENT * sum(map(len, _ACCENTED_RUN.findall(text)))
    return _W_PATTERN * en_hi, fr


def _cues(text: str) -> tuple[float, float]:
    """English and French cue weights of ``text`` (see the module notes)."""
    en, fr = _word_cues(text)
    en_p, fr_p = _pattern_cues(text, _fold(text))
    return en + en_p, fr + fr_p


def language_scores(text: str) -> dict[str, float]:
    """The cue counts behind the decision, for explaining it.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    dict
        ``arabic_letters``, ``latin_letters``, ``en`` and ``fr`` (weighted cue counts).

    Examples
    --------
    >>> s = language_scores("the base")
    >>> s["en"] > s["fr"]
    True
    """
    arabic, latin = _letters(text)
    en, fr = _cues(text)
    return {"arabic_letters": arabic, "latin_letters": latin, "en": en, "fr": fr}


def _decide(scores: dict[str, float], default: str) -> str:
    arabic, latin = scores["arabic_letters"], scores["latin_letters"]
    if arabic + latin == 0:
        return default
    if arabic > latin:
        return "ar"
    en, fr = scores["en"], scores["fr"]
    total = en + fr
    if total < _MIN_CUES:
        return default
    if en >= _MARGIN * total:
        return "en"
    if fr >= _MARGIN * total:
        return "fr"
    return default


def detect_sentence_language(sentence: str, default: str = "und") -> str:
    """The language of one sentence (or any short text), ``default`` when unsure.

    Parameters
    ----------
    sentence : str
        A sentence, a headline, a quote.
    default : str
        Returned when the cues are absent or balanced, typically the document's language.

    Returns
    -------
    str
        ``"en"``, ``"fr"``, ``"ar"`` or ``default``.

    Examples
    --------
    >>> detect_sentence_language("Balad, Diyala", default="fr")
    'fr'
    >>> detect_sentence_language("Les roquettes sont tombées près de la base.", default="en")
    'fr'
    """
    return _sentence_language(sentence) or default


@lru_cache(maxsize=4096)
def _sentence_language(sentence: str) -> Optional[str]:
    """:func:`detect_sentence_language` without a default (None when unsure), cached: wire copy
    repeats sentences, and the reader and the extractor both ask for each one."""
    if sentence.isascii() or _ARABIC_LETTER.search(sentence):
        arabic, latin = _letters(sentence)
    else:  # no Arabic letter: only whether there is a Latin one counts below (French accents: no second count)
        arabic, latin = 0, 1 if _LATIN_LETTER.search(sentence) else 0
    if arabic + latin == 0:
        return None
    if arabic > latin:
        return "ar"  # the English/French cues cannot change this: do not count them
    en, fr = _word_cues(sentence)
    # Spelling patterns weigh a quarter of a function word: when even their most generous
    # count (plain substring counts) cannot change the outcome, skip counting them exactly.
    low = _fold(sentence)
    en_hi, fr_hi = _pattern_bounds(sentence, low)
    if en + fr >= _MIN_CUES and en >= 1.5 * (fr + fr_hi) + 0.01:
        return "en"  # en >= 60% of the total whatever the patterns add
    if en + fr >= _MIN_CUES and fr >= 1.5 * (en + en_hi) + 0.01:
        return "fr"
    en_p, fr_p = _pattern_cues(sentence, low)
    en, fr = en + en_p, fr + fr_p
    return _decide({"arabic_letters": arabic, "latin_letters": latin, "en": en, "fr": fr}, None)


# (the stop or the line break is matched first, not looked behind at: a pattern opening on a character class is
# scanned for it by the regex engine's fast loop, ~4x faster; a sentence ends after its stop)
_SENTENCE_END = re.compile(r"[.!?؟።\n](?:(?<=[.!?؟።])[\"'»”)\]]*\s+|(?<=\n)\s*\n|(?<=\n))")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans ``(start, end)`` of ``text``: enough to weigh languages.

    Splits after ``. ! ? ؟`` followed by white space and at line breaks.  It is not the
    extractor's sentence splitter (abbreviations are not handled), only a way to let the
    majority decide the language of a mixed document.
    """
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() if text[m.start()] == "\n" else m.start() + 1  # (after a stop)
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def detect_language(text: str, default: str = "und") -> str:
    """The language of a document: the majority over its sentences, weighted by length.

    Parameters
    ----------
    text : str
        The document text.
    default : str
        Returned when no sentence gives a decision (``"und"``: undetermined).

    Returns
    -------
    str
        ``"en"``, ``"fr"``, ``"ar"`` or ``default``.

    Examples
    --------
    >>> detect_language("Seven rockets hit the Balad air base on Monday evening, officials said. "
    ...                 "« Deux roquettes sont tombées »")
    'en'
    >>> detect_language("12345")
    'und'
    """
    # A new document: the sentence cache serves this document's reader and extractor, not the
    # next article's (a cache kept across articles would flatter a corpus that repeats sentences).
    _sentence_language.cache_clear()
    weights: dict[str, int] = {}
    for start, end in split_sentences(text):
        sentence = text[start:end]
        lang = detect_sentence_language(sentence, "und")
        if lang != "und":
            weights[lang] = weights.get(lang, 0) + len(sentence.strip())
    if weights:
        best = max(weights.values())
        leaders = sorted(lang for lang, w in weights.items() if w == best)
        if len(leaders) == 1:
            return leaders[0]
    # No sentence decided alone (very short texts) or a tie: pool every cue of the text.
    return _decide(language_scores(text), default)
