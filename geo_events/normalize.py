"""Name normalisation for gazetteer lookup: one key for the many spellings of a place.

Romanised Arabic is written many ways (``Ain al-Asad``, ``Aïn el-Assad``, ``Ayn al Asad``,
``عين الأسد``).  :func:`normalize` folds such spellings onto one lookup key by a chain of
small named rules, each a reader can check against its docstring.  The same function is
applied to the gazetteer's names and to the query, so a rule that over-merges only adds
candidates (the resolver ranks them); it never loses the right one.

Generic words ("base", "air", "city", "the") are kept in the key: stripping them is the
resolver's job, where it can read them as a feature cue.
"""
from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["normalize", "normalize_many", "name_keys", "keys_of_key", "compact"]

# ---------------------------------------------------------------------------------------
# Arabic script
_ARABIC_CHARS = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
# harakat (fatha, damma, kasra, tanwin, shadda, sukun), superscript alef, Quranic marks
_HARAKAT = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]")
_TATWEEL = "\u0640"
_AR_LETTERS = str.maketrans(
    {
        "\u0623": "\u0627",  # أ -> ا  alef with hamza above
        "\u0625": "\u0627",  # إ -> ا  alef with hamza below
        "\u0622": "\u0627",  # آ -> ا  alef madda
        "\u0671": "\u0627",  # ٱ -> ا  alef wasla
        "\u0629": "\u0647",  # ة -> ه  taa marbuta written as haa
        "\u0649": "\u064A",  # ى -> ي  alef maqsura
        "\u0624": "\u0648",  # ؤ -> و
        "\u0626": "\u064A",  # ئ -> ي
        "\u0621": None,  # ء  lone hamza carries no letter
        "\u06A9": "\u0643",  # ک -> ك  Persian kaf
        "\u06CC": "\u064A",  # ی -> ي  Persian yeh
        "\u06C1": "\u0647",  # ہ -> ه
        # Kurdish and Persian letters, as Arabic-script news writes the same names:
        # زرگويز / زركويز, پ / ب, چ / ج, ژ / ز, ڤ / ف, and Sorani's vowel and r/l marks
        "\u06AF": "\u0643",  # گ -> ك  gaf
        "\u067E": "\u0628",  # پ -> ب  pe
        "\u0686": "\u062C",  # چ -> ج  che
        "\u0698": "\u0632",  # ژ -> ز  zhe
        "\u06A4": "\u0641",  # ڤ -> ف  ve
        "\u06C6": "\u0648",  # ۆ -> و
        "\u06CE": "\u064A",  # ێ -> ي
        "\u0695": "\u0631",  # ڕ -> ر
        "\u06B5": "\u0644",  # ڵ -> ل
        "\u06D5": "\u0647",  # ە -> ه
    }
)
_AR_ARTICLE = re.compile(r"^(?:\u0648|\u0628|\u0644|\u0641|\u0643)?\u0627\u0644(?=\S{2,})")


# _AR_LETTERS as a list indexed by code point: str.translate reads a list about twice as fast
# as a dict; a character past its end raises IndexError, a LookupError, and so stays itself.
_AR_TABLE: list = list(range(0x780))
for _k, _v in _AR_LETTERS.items():
    _AR_TABLE[_k] = _v
del _k, _v


def _arabic(word: str) -> str:
    """Arabic word: drop harakat and tatweel, unify alef/hamza/yeh/haa forms, drop the article ال."""
    word = _HARAKAT.sub("", word).replace(_TATWEEL, "").translate(_AR_TABLE)
    # the article ال (and the clitics و ب ل ف ك glued before it: "والبصرة", "بالموصل")
    return _AR_ARTICLE.sub("", word)


# ---------------------------------------------------------------------------------------
# Latin script
_APOSTROPHES = "'’‘`´ʼʻʿʾ′″\u02BE\u02BF"
_LETTERS = str.maketrans({"ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ħ": "h"})
_LETTERS_RE = re.compile("[" + "".join(map(chr, _LETTERS)) + "]")
# French elision: d'Erbil, l'aéroport (a single letter before the apostrophe, at a word start)
_ELISION = re.compile(r"(?<![^\W\d_])([dlDL])[" + _APOSTROPHES + r"](?=\w)")
_MARKS = re.compile("[" + _APOSTROPHES + "]")
_NON_WORD = re.compile(r"[\W_]+")

# The article: always-removed forms, and sun-letter forms that only count before their letter
# (as-Sadr, ash-Shatt, ad-Dawr, at-Taji, az-Zubair, an-Najaf, ar-Ramadi), so English "as", "at",
# "an" in other positions survive.
_ARTICLE_ALWAYS = {"al", "el", "ul", "il"}
_ARTICLE_SUN = {"as": "s", "es": "s", "ash": "sh", "esh": "sh", "ad": "d", "ed": "d", "at": "t",
                "et": "t", "az": "z", "ez": "z", "an": "n", "en": "n", "ar": "r", "er": "r",
                "adh": "dh", "ath": "th", "ath-": "th"}
_GLUED_ALBU = re.compile(r"^(?:al|el)(bu|bou|bo)$")  # "Albu Hassan" = "al-Bu Hassan" (tribal 'house of')
_AIN_WORDS = {"ain", "ayn", "ein", "eyn", "aein", "ayin", "aain"}
# combining marks of Latin script (NFKD puts accents, dots and hooks here): ḩ -> h, ā -> a
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _strip_diacritics(text: str) -> str:
    """Case and diacritics: NFKD, drop combining marks (ḩ -> h, á -> a, ï -> i), casefold."""
    if text.isascii():
        return text.lower()
    # most accented Latin text: each character folded by a table (see _FOLD_TABLE), and the
    # result ASCII; any other text takes NFKD over the whole text
    folded = text.translate(_FOLD_TABLE)
    if folded.isascii():
        return folded.lower()
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    if text.isascii():
        # most Latin text is ASCII once its marks are gone: there casefold is lower() and no
        # _LETTERS key can occur, and translate() with a dict costs ~60 ns a character
        return text.lower()
    text = text.casefold()
    if _LETTERS_RE.search(text) is None:  # translate() reads a dict for every character: skip it
        return text
    return text.translate(_LETTERS)


# _strip_diacritics of one character, for the characters of Latin-1, Latin Extended-A and -B and
# Latin Extended Additional whose NFKD without combining marks is ASCII (é -> e, ḩ -> h, ´ -> " "),
# and the combining marks themselves (-> ""): a list indexed by code point, which str.translate
# reads faster than a dict; other characters stay themselves.  On a text whose every character
# folds to ASCII this way, it equals NFKD then the marks dropped: NFKD decomposes each character
# on its own, and its only reordering moves combining marks among themselves, which all go.
_FOLD_TABLE: list = list(range(0x1F00))
for _c in (*range(0x80, 0x250), *range(0x300, 0x370), *range(0x1E00, 0x1F00)):
    _f = _COMBINING.sub("", unicodedata.normalize("NFKD", chr(_c)))
    if _f.isascii():
        _FOLD_TABLE[_c] = _f
del _c, _f


def _articles(words: list[str], hyphened: set[int]) -> list[str]:
    """The article al-/el-/ul- and its sun-letter forms as-/ash-/ad-/at-/az-/an-/ar-.

    ``hyphened`` holds the indexes of words that were followed by a hyphen in the input
    ("as-Sadr"): a hyphenated sun-letter form is an article whatever follows.
    """
    out: list[str] = []
    n = len(words)
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < n else ""
        if nxt:
            if w in _ARTICLE_ALWAYS:
                continue
            sun = _ARTICLE_SUN.get(w)
            if sun is not None and (i in hyphened or nxt.startswith(sun)):
                continue
        if w in _GLUED_BU:  # the words _GLUED_ALBU matches, without a regex call for every word
            w = "bu"
        out.append(w)
    return out


# The per-word memo of _spelling: names share their words ("al", "tall", "airport").  A plain
# dict (a lookup is ~30 ns, an lru_cache call ~80 ns), emptied when it grows past the cap.
_WORD_KEYS: dict[str, str] = {}
_WORD_KEYS_MAX = 200_000


def _spelling(word: str) -> str:
    """Romanisation variants of one word, folded in a fixed order.

    ain/ayn/aïn/'ayn -> ayn; ou -> u (French Bou, Moussoul); ee/oo -> i/u; ch -> sh (French
    Chaabi); dj -> j; q, g and gh -> k (Qayyarah/Gayara, Baghdad/Bagdad); ei/ai/ey -> ay;
    aw -> o -> u (Dawr/Dour, Zawr/Zor); e -> i (Erbil/Irbil); doubled letters single (Assad/Asad,
    Shatt/Shat); endings -ah/-eh/-a/-e dropped and -iyat -> -iya (Saadiya/Sa'diyah/Saadiyat).
    """
    key = _WORD_KEYS.get(word)
    return key if key is not None else _spelling_new(word)


def _spelling_new(word: str) -> str:
    """:func:`_spelling` of a word its memo does not hold."""
    key = word if word.isdigit() else "ayn" if word in _AIN_WORDS else _ending(_letters(word))
    if len(_WORD_KEYS) >= _WORD_KEYS_MAX:
        _WORD_KEYS.clear()
    _WORD_KEYS[word] = key
    return key


def _spell_join(words: list[str]) -> str:
    """``" ".join(_spelling(w) for w in words)``.  (Passing the new words through the letter
    rules as one joined text was measured slower here: the bookkeeping costs more than it saves.)"""
    memo = _WORD_KEYS  # _spelling inlined: a word's key is never empty
    return " ".join([memo.get(w) or _spelling_new(w) for w in words])


def _clear_memos() -> None:
    """Forget every memoised word and token (benchmarks of never-seen names start with it)."""
    _WORD_KEYS.clear()
    _AR_WORDS.clear()
    _TOKEN_WORDS.clear()
    _NAME_KEYS.clear()
    _latin_token.cache_clear()


def _letters(text: str) -> str:
    """The letter rules of :func:`_spelling`; they never cross a space or a line break, so they
    also apply to many words joined into one text (see :func:`_spellings`).

    The rules run in a fixed order, each over the output of the one before.  The single-letter
    ones (q/g -> k, then o -> u and e -> i) are two ``str.replace`` each: no letter they write
    is one they read, so in sequence they equal one simultaneous mapping, and ``replace`` is
    several times cheaper than ``str.translate`` on short words.
    """
    w = text.replace("ou", "u").replace("ee", "i").replace("oo", "u").replace("dj", "j")
    if "h" in w:  # the three h rules at the cost of one test for the words without an h
        w = w.replace("tch", "sh").replace("ch", "sh").replace("gh", "g")
    w = w.replace("q", "k").replace("g", "k")
    w = w.replace("ei", "ay").replace("ey", "ay").replace("ai", "ay").replace("aw", "o")
    w = w.replace("o", "u").replace("e", "i")
    # most words have no doubled letter, and a search costs about half a substitution
    return w if _DOUBLED.search(w) is None else _DOUBLED_HEAD.sub("", w)


# doubled letters single: drop every letter that the same letter follows ("sss" -> "s").  Same
# result as ``re.sub(r"(.)\1+", r"\1", w)``, but an empty literal replacement stays in C, where a
# group reference is expanded by Python code for every match.
_DOUBLED_HEAD = re.compile(r"(.)(?=\1)")
_DOUBLED = re.compile(r"(.)\1")


def _ending(w: str) -> str:
    """The ending rules of :func:`_spelling` on one word whose letters are folded.

    In order: -iyat -> -iya (5 letters or more); -ah/-ih -> -a/-i, then a final -a/-i dropped
    (4 letters or more, each step counted on the word as the step before left it).  Written as
    character tests rather than ``endswith`` calls: this runs once for every never-seen word.
    """
    n = len(w)
    if n < 4:
        return w
    last = w[-1]
    if last == "a" or last == "i":
        return w[:-1]
    if last == "h":
        pen = w[-2]
        if pen == "a" or pen == "i":  # -ah/-ih: the h goes, then the vowel if 4 letters remain
            return w[:-2] if n >= 5 else w[:-1]
        return w
    if last == "t" and n >= 5 and w.endswith("iyat"):
        return w[:-2]  # -iyat -> -iya -> -iy
    return w


def _spellings(words: list[str]) -> dict[str, str]:
    """``{w: _spelling(w)}`` for many distinct words: the letter rules run once on their joined text."""
    folded = _letters("\n".join(words)).split("\n")
    out = {}
    for w, f in zip(words, folded):
        out[w] = w if w.isdigit() else "ayn" if w in _AIN_WORDS else _ending(f)
    return out


@functools.lru_cache(maxsize=262_144)
def _latin_token(token: str) -> tuple[tuple[str, bool], ...]:
    """One whitespace-free token of Latin text as (word, hyphen-joined to the next) pairs.

    French elision, apostrophe and hamza/ayn marks, case and diacritics, then a split at
    punctuation.  Every step looks at one token only, so the result is cached per token:
    names share their words ("al", "Tall", "Qaryat"), and building the index normalises a
    million names.
    """
    text = _strip_diacritics(_MARKS.sub("", _ELISION.sub(" ", _POSSESSIVE_WORD.sub("", token))))
    out: list[tuple[str, bool]] = []
    for sub in text.split():  # elision and compatibility forms may have put spaces inside
        parts = [p for p in _NON_WORD.split(sub) if p]
        last = len(parts) - 1
        out.extend((p, j < last) for j, p in enumerate(parts))
    return tuple(out)


def normalize(name: str) -> str:
    """Fold a place name onto its lookup key.

    Parameters
    ----------
    name : str
        A place name in Latin (English/French romanisation) or Arabic script.

    Returns
    -------
    str
        Space-separated key words; ``""`` when nothing name-like is left.

    Examples
    --------
    >>> normalize("Ain al-Asad") == normalize("Aïn el-Assad") == normalize("Ayn al Asad")
    True
    >>> normalize("Al Qa'im") == normalize("Qaïm") == normalize("al-Qaim")
    True
    >>> normalize("عين الأسد") == normalize("عين الاسد")
    True
    """
    if not isinstance(name, str):
        return ""
    # an article compares the same names again and again (every candidate site with every incident told), and
    # the stages after it look them up once more: each name is folded once (forgotten with _clear_memos)
    key = _NAME_KEYS.get(name)
    if key is None:
        if len(_NAME_KEYS) >= 65536:
            _NAME_KEYS.clear()
        key = _NAME_KEYS[name] = _normalize(name)
    return key


_NAME_KEYS: dict = {}  # name -> normalize(name)


def _normalize(name: str) -> str:
    """:func:`normalize` of a name not folded before."""
    if name.isascii():
        # the common case, and the fast one: plain words need neither marks nor hyphen rules
        low = name.lower()
        if low.isalnum():  # one word of letters and digits: the commonest name of all
            if low in _GLUED_BU:
                return "bu"
            key = _WORD_KEYS.get(low)
            return key if key is not None else _spelling_new(low)
        if _ASCII_PUNCT.search(low) is None:
            # _word_key(words, _NO_HYPHENS) written out: one call fewer on the commonest path
            words = low.split()
            if len(words) == 1:
                w = words[0]
                return "bu" if w in _GLUED_BU else _spelling(w)
            if not _ARTICLE_WORDS.isdisjoint(words):
                words = _articles(words, _NO_HYPHENS)
            return _spell_join(words)
        if "'" in low or "`" in low:
            low = _MARKS.sub("", _ELISION.sub(" ", _POSSESSIVE_WORD.sub("", low)))
        return _latin_key(low)
    text = unicodedata.normalize("NFKC", name)
    if text.isascii():
        return normalize(text)
    if _ARABIC_CHARS.search(text):
        return _arabic_key(text)
    # Latin with accents or marks: the character rules of _latin_token, once over the whole
    # text (each acts on single characters or within one token, so the result is the same),
    # then the word rules.  The elision rule needs an apostrophe: most names have none.
    if _MARKS.search(text) is not None:
        text = _MARKS.sub("", _ELISION.sub(" ", _POSSESSIVE_WORD.sub("", text)))
    return _latin_key(_strip_diacritics(text))


def _latin_key(text: str) -> str:
    """The word rules of :func:`normalize` on Latin text whose characters are already folded:
    split at spaces and punctuation, the article rule (which needs to know which words were
    hyphen-joined: "as-Sadr"), then each word's spelling."""
    hyphened: set[int] = set()
    words: list[str] = []
    for token in text.split():
        if token.isalnum():  # no punctuation inside: one word
            words.append(token)
            continue
        parts = [p for p in _NON_WORD.split(token) if p]
        last = len(words) + len(parts) - 1
        hyphened.update(range(len(words), last))
        words.extend(parts)
    return _word_key(words, hyphened)


def _word_key(words: list[str], hyphened: set[int]) -> str:
    """The article rule, then each word's spelling, joined: the key."""
    if len(words) == 1:
        w = words[0]
        return "bu" if w in _GLUED_BU else _spelling(w)
    if not _ARTICLE_WORDS.isdisjoint(words):
        words = _articles(words, hyphened)
    return _spell_join(words)


def _arabic_key(text: str) -> str:
    """:func:`normalize` of a text with Arabic letters (already NFKC).

    Harakat and tatweel go first, over the whole text (a haraka is not a word character: left
    in, it would split its word); then each word as :func:`_arabic` folds it, memoised with
    whether it still holds Arabic letters.
    """
    text = _HARAKAT.sub("", text).replace(_TATWEEL, "")
    memo = _AR_WORDS
    words: list[tuple[str, bool]] = []
    arabic = False
    for token in text.split():  # split() first: str.isalnum spares the regex most tokens
        for part in (token,) if token.isalnum() else [p for p in _NON_WORD.split(token) if p]:
            folded = memo.get(part)
            if folded is None:
                w = _AR_ARTICLE.sub("", part.translate(_AR_TABLE))
                folded = (w, _ARABIC_CHARS.search(w) is not None)
                if len(memo) >= _WORD_KEYS_MAX:
                    memo.clear()
                memo[part] = folded
            arabic = arabic or folded[1]
            words.append(folded)
    if words and not arabic:
        return normalize(" ".join([w for w, _ in words]))
    # mixed text: fold its Latin words too
    return " ".join([w if ar else _spelling(_strip_diacritics(w)) for w, ar in words if w])


# the per-word memo of _arabic_key: {word: (folded word, still holds Arabic letters)}
_AR_WORDS: dict[str, tuple[str, bool]] = {}


# ASCII characters that are neither letters, digits nor spaces: their text takes the general path
_ASCII_PUNCT = re.compile(r"[^a-z0-9\s]")
_GLUED_BU = frozenset({"albu", "albou", "albo", "elbu", "elbou", "elbo"})  # = _GLUED_ALBU
# a word that the article rule may drop or rewrite: without one, the rule leaves the words alone
_ARTICLE_WORDS = frozenset(_ARTICLE_ALWAYS | set(_ARTICLE_SUN) | _GLUED_BU)


def compact(key: str) -> str:
    """The key without spaces, for fuzzy matching of damaged text ("Diya a" ~ "Diyala")."""
    return key.replace(" ", "")


def keys_of_key(key: str) -> tuple[str, ...]:
    """The lookup keys of a normalised name: itself, and without a leading "bu" (see :func:`name_keys`)."""
    if not key:
        return ()
    if key.startswith("bu ") and len(key) > 5:
        return (key, key[3:])
    return (key,)


def name_keys(name: str) -> set[str]:
    """Every lookup key of a name: the key, and the key without a leading article-like word.

    The second key lets "Al Bu Hassan" written "Bu Hassan" and "Albu Hassan" meet.
    """
    return set(keys_of_key(normalize(name)))


# a Latin line that needs the token-by-token path: punctuation, or a word joined by a hyphen
_PUNCT = re.compile(r"[^\w\s]|_")


def normalize_many(names: list[str]) -> list[str]:
    """``[normalize(n) for n in names]``, several times faster on long lists.

    The character-level rules (elision, marks, diacritics, case) run once over all the Latin
    names joined into one text, in C; only the word-level rules (articles, spellings) run per
    name.  Building the gazetteer index normalises about a million names with it.

    Parameters
    ----------
    names : list of str

    Returns
    -------
    list of str
        The keys, in the order of ``names``.
    """
    out = [""] * len(names)
    idx: list[int] = []
    texts: list[str] = []
    for k, name in enumerate(names):
        if not isinstance(name, str):
            continue
        text = name if name.isascii() else unicodedata.normalize("NFKC", name)
        if "\n" in text or (not text.isascii() and _ARABIC_CHARS.search(text)):
            out[k] = normalize(name)  # Arabic script, or a name the line-joined text cannot hold
            continue
        idx.append(k)
        texts.append(text)
    if not texts:
        return out
    corpus = _MARKS.sub("", _ELISION.sub(" ", _POSSESSIVE_WORD.sub("", "\n".join(texts))))
    if corpus.isascii():
        corpus = corpus.lower()
    else:  # _strip_diacritics, on the whole text (every step acts on single characters)
        corpus = _COMBINING.sub("", unicodedata.normalize("NFKD", corpus)).casefold().translate(_LETTERS)
    lines = corpus.split("\n")
    assert len(lines) == len(idx)  # no rule makes or removes a line break
    per_name: list[list[str]] = []
    for line in lines:
        if _PUNCT.search(line):
            hyphened: set[int] = set()
            words: list[str] = []
            for sub in line.split():
                parts = [p for p in _NON_WORD.split(sub) if p]
                for j, p in enumerate(parts):
                    if j < len(parts) - 1:
                        hyphened.add(len(words))
                    words.append(p)
            words = _articles(words, hyphened)
        else:
            words = line.split()
            if len(words) > 1 or _GLUED_ALBU.match(line):
                words = _articles(words, _NO_HYPHENS)
        per_name.append(words)
    spelled = _spellings(list({w for words in per_name for w in words}))
    for k, words in zip(idx, per_name):
        out[k] = " ".join([spelled[w] for w in words])
    return out


_NO_HYPHENS: frozenset[int] = frozenset()


_TOKEN = re.compile(r"[^\W_]+(?:[" + _APOSTROPHES + r"][^\W_]+)*")
# the same inside a name: "Erbil's international airport" is Erbil's airport
_POSSESSIVE_WORD = re.compile(r"(?<=[^\W\d_]{4})['\u2019][sS](?![^\W_])")
_POSSESSIVE = re.compile(r"(?<=[^\W\d_]{4})['\u2019][sS]$")


# The per-token memo of _tokens (a running text's words recur: "the", "in", the names told): token ->
# (word, characters dropped before it, characters dropped after it, its key: None for an Arabic word)
_TOKEN_WORDS: dict[str, tuple[str, int, int, str | None]] = {}


def _token_word(tok: str) -> tuple[str, int, int, str | None]:
    """What :func:`_tokens` makes of one token (memoised in ``_TOKEN_WORDS``)."""
    key, before, after = tok, 0, 0
    el = _ELISION.match(tok)
    if el and len(tok) > 2:
        before, tok = 2, tok[2:]
    if _POSSESSIVE.search(tok):
        # English possessive: "Erbil's airport" names Erbil (a stem of 4 letters or more, so
        # that "Ra's al-Ayn", where the apostrophe marks a hamza, keeps its word)
        after, tok = 2, tok[:-2]
    tok = unicodedata.normalize("NFKC", tok)
    if _ARABIC_CHARS.search(tok):
        word = _arabic(tok)
    else:
        word = _NON_WORD.sub("", _strip_diacritics(_MARKS.sub("", tok)))
    # the word's key when it is Latin (its spelling; "albu" is the article and "bu"), None when it is Arabic
    latin = None if _ARABIC_CHARS.search(word) else _spelling("bu" if _GLUED_ALBU.match(word) else word) if word else ""
    got = (word, before, after, latin)
    if len(_TOKEN_WORDS) >= 65536:  # (a token's entry outweighs a word key's: a smaller cap)
        _TOKEN_WORDS.clear()
    _TOKEN_WORDS[key] = got
    return got


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Normalised words of a running text with their character spans in ``text``.

    The same rules as :func:`normalize`, applied word by word so that a key found in the
    joined words maps back to a span of the original text (used to spot names in articles).
    """
    raw: list[tuple[str, int, int]] = []
    keys: list[str | None] = []  # each word's key (see _token_word)
    hyphened: set[int] = set()
    memo = _TOKEN_WORDS
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        tok = m.group()
        got = memo.get(tok)
        if got is None:
            got = _token_word(tok)
        word = got[0]
        if not word:
            continue
        s += got[1]
        e -= got[2]
        if raw and raw[-1][2] + 1 == s and text[raw[-1][2]] == "-":
            hyphened.add(len(raw) - 1)
        keys.append(got[3])
        raw.append((word, s, e))
    words = [w for w, _, _ in raw]
    out: list[tuple[str, int, int]] = []
    n = len(words)
    article_start = None  # a dropped article belongs to the span of the name it precedes
    for i, (w, s, e) in enumerate(raw):
        nxt = words[i + 1] if i + 1 < n else ""
        if article_start is not None:
            s, article_start = article_start, None
        key = keys[i]
        if key is None:
            out.append((w, s, e))
            continue
        if nxt and (w in _ARTICLE_ALWAYS or (w in _ARTICLE_SUN and (i in hyphened or nxt.startswith(_ARTICLE_SUN[w])))):
            article_start = s
            continue
        out.append((key, s, e))
    return out


# -- cross-script skeletons -------------------------------------------------------------
# A consonant skeleton that an Arabic-script spelling of a foreign name and the name's Latin
# spelling share: "شيبيكينو" and "Shebekino" -> "CBKN", "بوكروفسك" and "Pokrovsk" -> "BKRFSK".
# Letters map to classes (p/b, v/f, k/c/q, zh/j/dj), vowels and glides drop, a doubled class is
# one. Used only for Arabic-script names that match no gazetteer name (see Gazetteer.resolve).
_SKEL_AR = {
    "ب": "B", "پ": "B", "ت": "T", "ث": "S", "ج": "J", "چ": "J", "ح": "H", "خ": "X", "د": "D", "ذ": "Z",
    "ر": "R", "ز": "Z", "ژ": "J", "س": "S", "ش": "C", "ص": "S", "ض": "D", "ط": "T", "ظ": "Z", "غ": "G",
    "ف": "F", "ڤ": "F", "ق": "K", "ك": "K", "ک": "K", "گ": "G", "ل": "L", "م": "M", "ن": "N", "ه": "H",
}
_SKEL_LATIN = (
    ("shch", "C"), ("sch", "C"), ("tch", "TC"), ("dzh", "J"), ("kh", "X"), ("zh", "J"), ("dj", "J"),
    ("sh", "C"), ("ch", "TC"), ("gh", "G"), ("ph", "F"), ("th", "T"), ("ck", "K"), ("ts", "TS"),
    ("b", "B"), ("p", "B"), ("t", "T"), ("d", "D"), ("j", "J"), ("h", "H"), ("x", "KS"), ("r", "R"),
    ("z", "Z"), ("s", "S"), ("c", "K"), ("q", "K"), ("k", "K"), ("g", "G"), ("f", "F"), ("v", "F"),
    ("l", "L"), ("m", "M"), ("n", "N"),
)
_SKEL_LATIN_RE = re.compile("|".join(re.escape(a) for a, _ in _SKEL_LATIN))
_SKEL_LATIN_OF = dict(_SKEL_LATIN)
_SKEL_AR_ARTICLE = re.compile(r"^(?:ال|أل)(?=\S{3})")
_SKEL_APOSTROPHES = re.compile(r"['\u2019\u02bc\u02b9]")
_SKEL_LATIN_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)[\s'\u2019-]+")
# a romanisation that keeps the vowel letters, to score a skeleton's candidates ("شيبيكينو" -> "shibikinu")
_ROMAN_AR = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "th", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g",
    "ف": "f", "ڤ": "v", "ق": "q", "ك": "k", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "h",
    "و": "o", "ي": "i", "ى": "a", "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ة": "a", "ی": "i", " ": " ",
}


_SKEL_DOUBLED = re.compile(r"(.)\1+")


def _collapse(parts) -> str:
    """The parts joined, a doubled letter written once."""
    return _SKEL_DOUBLED.sub(r"\1", "".join(parts))


def arabic_skeleton(name: str) -> str:
    """The consonant skeleton of an Arabic-script name (article dropped): "الفاشر" -> "FCR"."""
    words = _strip_diacritics(name).replace("دج", "ج").split()  # "سودجا", Sudzha: dzh is one sound
    return " ".join(_collapse(_SKEL_AR.get(ch, "") for ch in _SKEL_AR_ARTICLE.sub("", w)) for w in words).strip()


def latin_skeleton(name: str) -> str:
    """The consonant skeleton of a Latin-script name (article dropped): "El Fasher" -> "FCR"."""
    low = _SKEL_LATIN_ARTICLE.sub("", _SKEL_APOSTROPHES.sub("", _strip_diacritics(name)))
    words = re.split(r"[^a-z]+", low)
    return " ".join(_collapse(_SKEL_LATIN_OF[m.group(0)] for m in _SKEL_LATIN_RE.finditer(w)) for w in words if w).strip()


def arabic_roman(name: str) -> str:
    """A rough romanisation of an Arabic-script name that keeps its vowel letters (article dropped)."""
    words = _strip_diacritics(name).split()
    # a word's first alif only carries its first vowel: "أوريخيف" is Orikhiv, "إيزيوم" Izyum
    return " ".join("".join(_ROMAN_AR.get(ch, "") for ch in re.sub("^[اأإآ](?=[وي])", "", _SKEL_AR_ARTICLE.sub("", w)))
                    for w in words).strip()


_ROMAN_FOLD = (("shch", "sh"), ("dzh", "j"), ("zh", "j"), ("dj", "j"), ("ck", "k"), ("ph", "f"), ("p", "b"),
               ("v", "f"), ("w", "o"), ("q", "k"), ("c", "k"), ("e", "i"), ("u", "o"), ("y", "i"), ("x", "ks"))
_ROMAN_FOLD_RE = re.compile("|".join(re.escape(a) for a, _ in _ROMAN_FOLD))
_ROMAN_FOLD_OF = dict(_ROMAN_FOLD)


def roman_fold(text: str) -> str:
    """A romanisation folded to the letters Arabic script tells apart ("Zaporizhzhya" -> "zaborijjia"),
    for scoring a Latin name against :func:`arabic_roman`; doubled letters are one."""
    low = re.sub(r"^(?:al|el)[\s'\u2019-]+", "", _SKEL_APOSTROPHES.sub("", _strip_diacritics(text)))
    low = _ROMAN_FOLD_RE.sub(lambda m: _ROMAN_FOLD_OF[m.group(0)], low)
    return _collapse(re.sub(r"[^a-z ]+", "", low)).strip()
