"""How the extractor's regular expressions are compiled, gated and opened.

The lexicon's patterns are long case-insensitive alternations that Python's ``re`` would try at
every position of every clause.  This module makes them cheap without changing what they match:

* :func:`_needles` reads, from the parsed pattern, the lower-case strings every match contains;
* :class:`_Gated` runs a pattern only when a clause holds one of its needles (one Aho-Corasick pass
  a clause, :func:`gated_automaton`, says which needles are present);
* :class:`_Prefiltered` does the same for module patterns searched without a clause's needle set;
* :func:`_opened` puts a pattern behind a look-ahead on the characters its matches can start with,
  and :func:`_word_starts` finds the only positions a word-bounded pattern can start at.

It also holds the number-word fragments (:data:`_NUMWORDS`, :data:`_QUAL`, :data:`_COUNT_PREFIX`)
that the projectile counts and the casualty tolls are both built from.  It imports nothing of the
extractor: :mod:`geo_events.extract` and :mod:`geo_events.casualties` import it.
"""
from __future__ import annotations

import operator
import re
from typing import Callable, Optional

from .numbers import QUALIFIERS, parse_count


class _Prefiltered:
    """A compiled pattern run only on texts that hold one of its needles (see :func:`_needles`).

    For module patterns searched without a clause's needle set: a long case-insensitive alternation
    costs ~10-20 µs a search, a few ``in`` tests on the lower-cased text ~1 µs.  The needles are read
    on first use (the pattern reader is defined further down).  Texts the test could misjudge run the
    pattern: those whose lower-casing changes their length, and those holding "ſ" or "ı", which
    ``re.I`` matches as "s" and "i" but which do not lower-case to them.
    """

    __slots__ = ("regex", "pattern", "flags", "_needles", "_wanted")

    def __init__(self, regex: re.Pattern):
        self.regex = regex
        self.pattern = regex.pattern
        self.flags = regex.flags
        self._needles = False  # not read yet
        self._wanted = None  # the needles as a set, once the shared automaton holds them
        _ALL_PREFILTERED.append(self)

    def _read(self):
        found = _needles(self.pattern, self.flags)
        self._needles = tuple(found) if found and min(map(len, found)) >= 2 else None
        return self._needles

    def _may_match(self, text: str) -> bool:
        wanted = self._wanted
        if wanted is not None:
            # one automaton pass a text, shared by every prefiltered pattern tried on it (a sentence is
            # tried by several): the same answer as the ``in`` tests below
            found = _PREFILTER_SEEN.get(text, False)
            if found is False:
                if len(text) <= 64:
                    # a short window ("clause[s - 30:s]"), seldom tried twice: its own ``in`` tests cost less
                    # than an automaton pass over it and a frozenset of its needles
                    low = text.lower()
                    if len(low) != len(text) or "ſ" in low or "ı" in low:
                        return True
                    return any(map(low.__contains__, self._needles))
                found = _prefilter_found(text)
            return found is None or not wanted.isdisjoint(found)
        needles = self._needles
        if needles is False:
            needles = self._read()
        if needles is None:
            return True
        if _PREFILTER_AUTOMATON is None:
            _prefilter_automaton()
            return self._may_match(text)
        low = text.lower()
        if len(low) != len(text) or "ſ" in low or "ı" in low:
            return True
        return any(map(low.__contains__, needles))  # the loop in C

    def search(self, text: str, *span):
        return self.regex.search(text, *span) if self._may_match(text) else None

    def match(self, text: str, *span):
        return self.regex.match(text, *span) if self._may_match(text) else None

    def finditer(self, text: str, *span):
        return self.regex.finditer(text, *span) if self._may_match(text) else iter(())


_ALL_PREFILTERED: list[_Prefiltered] = []
_PREFILTER_AUTOMATON = None
_PREFILTER_SEEN: dict = {}  # text -> needles of the prefiltered patterns it holds (None: run them all)


def _prefilter_automaton():
    """One Aho-Corasick automaton of the needles of every :class:`_Prefiltered` made so far (one made
    later keeps its own ``in`` tests)."""
    global _PREFILTER_AUTOMATON
    if _PREFILTER_AUTOMATON is None:
        import ahocorasick

        auto = ahocorasick.Automaton()
        held = []
        for pf in _ALL_PREFILTERED:
            needles = pf._read() if pf._needles is False else pf._needles
            if needles is not None:
                for needle in needles:
                    auto.add_word(needle, needle)
                held.append((pf, frozenset(needles)))
        auto.make_automaton()
        _PREFILTER_AUTOMATON = auto
        for pf, wanted in held:
            pf._wanted = wanted
    return _PREFILTER_AUTOMATON


def _prefilter_found(text: str) -> Optional[frozenset]:
    """The prefilter needles ``text`` holds, cached by text; None where ``in`` tests could misjudge
    it (lower-casing changes its length, or it holds "ſ" or "ı")."""
    low = text.lower()
    if len(low) != len(text) or "ſ" in low or "ı" in low:
        found = None
    else:
        found = frozenset(map(_NEEDLE_OF, _prefilter_automaton().iter(low)))
    if len(_PREFILTER_SEEN) >= 4096:
        _PREFILTER_SEEN.clear()
    _PREFILTER_SEEN[text] = found
    return found


def _c(pattern: str, flags=re.I) -> re.Pattern:
    return re.compile(pattern, flags)


try:  # the regular-expression parser, to read which literal strings a pattern cannot match without
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse as _sre_parse  # type: ignore[no-redef]
_OPS = _sre_parse  # LITERAL, IN, BRANCH, ... are module constants of the parser module


def _needles(pattern: str, flags: int = 0) -> Optional[frozenset]:
    """Lower-case strings one of which every match of ``pattern`` contains, or None if unknown.

    Most lexicon patterns are long alternations that Python's ``re`` tries at every position of
    a clause; checking a handful of plain substrings first (``str.__contains__`` is C-fast) lets a
    clause skip every family it has no word of.  The set is read from the parsed pattern, so it
    follows the lexicon when the lexicon changes.
    """
    try:
        tree = _sre_parse.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an unparsable pattern simply gets no prefilter
        return None
    found = _seq_needles(list(tree))
    return frozenset(found) if found else None


def _class_chars(items) -> Optional[set]:
    chars = set()
    for op, av in items:
        if op is _OPS.LITERAL:
            chars.add(chr(av).lower())
        elif op is _OPS.RANGE and av[1] - av[0] < 8:
            chars.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        else:
            return None  # NEGATE, categories, wide ranges: no useful needle
    return chars


def _seq_needles(items) -> Optional[set]:
    """Needles of a sequence: the most selective needle set of any element every match goes through."""
    best: Optional[set] = None

    def consider(cands):
        nonlocal best
        if not cands or "" in cands:
            return
        if best is None or (min(map(len, cands)), -len(cands)) > (min(map(len, best)), -len(best)):
            best = set(cands)

    run = {""}
    for op, av in items:
        if op is _OPS.LITERAL:
            run = {r + chr(av).lower() for r in run}
            continue
        if op is _OPS.IN:
            chars = _class_chars(av)
            if chars and len(run) * len(chars) <= 64:
                run = {r + c for r in run for c in chars}
                continue
        if op in (_OPS.AT, _OPS.ASSERT, _OPS.ASSERT_NOT):
            continue  # zero width: the literal run goes on across it
        consider(run)
        run = {""}
        if op is _OPS.SUBPATTERN:
            consider(_seq_needles(list(av[-1])))
        elif op is _OPS.BRANCH:
            alts = [_seq_needles(list(b)) for b in av[1]]
            if all(alts):
                consider(set().union(*alts))
        elif op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT, getattr(_OPS, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            consider(_seq_needles(list(av[2])))
    consider(run)
    return best


class _Gated:
    """A compiled pattern behind a substring prefilter (see :func:`_needles`).

    ``found`` is the set of needles present in the lower-cased text (:func:`_probe`); ``None`` (not
    probed, or a text whose lower-casing changes its length) always runs the pattern.
    """

    __slots__ = ("regex", "needles", "pattern", "_text", "_hit", "_plain", "_wordwise")

    def __init__(self, regex: re.Pattern):
        self._plain = regex  # as written (read for its needles and its word starts)
        self.regex = _opened(regex)
        self.pattern = regex.pattern
        # the last text searched and its match: a clause is often searched twice by the same pattern (a first
        # look, then the full reading); the text is held, so an ``is`` test cannot mistake another for it
        self._text = self._hit = None
        needles = _needles(regex.pattern, regex.flags)
        # one-letter needles would gate nothing; a pattern made after the automaton has no needles in it
        ok = needles is not None and min(map(len, needles)) >= 2 and _AUTOMATON is None
        self.needles = needles if ok else None
        # a long alternation opening on a word boundary, tried at every position: searched word start by word start
        self._wordwise = self.needles is not None and len(self.pattern) > 500 \
            and self.pattern.startswith((r"(?<!\w)", r"\b"))
        _ALL_GATED.append(self)

    def possible(self, found: Optional[frozenset]) -> bool:
        return found is None or self.needles is None or not self.needles.isdisjoint(found)

    # possible() inlined in the three below: they run ~200 times an article
    def search(self, text: str, found: Optional[frozenset] = None):
        if found is None or self.needles is None or not self.needles.isdisjoint(found):
            if text is self._text:
                return self._hit
            if len(text) <= 100 and self.needles is not None:
                # a short window before or after a name ("clause[s - 80:s]"): ``found`` is its whole
                # clause's, and the window itself seldom holds a needle (every match holds one); it holds
                # none the clause lacks, so only the clause's needles are looked for
                low = text.lower()
                if len(low) == len(text) and "ſ" not in low and "ı" not in low \
                        and not any(map(low.__contains__, self.needles if found is None else self.needles & found)):
                    return None
            if found is not None and self._wordwise:  # a long alternation at every position
                hit = self._hit = self._search_word_starts(text, found)
                self._text = text
                return hit
            hit = self._hit = self.regex.search(text)
            self._text = text
            return hit
        return None

    def _search_word_starts(self, text: str, found: Optional[frozenset] = None):
        """``self.regex.search(text)`` for a pattern opening on ``(?<!\\w)`` (the count pattern, ~70 µs a
        clause tried at every position): only the positions a match can start at are tried, the word
        starts whose first character can open a match, up to the last needle of ``text`` (every match
        holds one); the first that matches is the leftmost match, the one a search finds.  ``found``, the
        probe of ``text`` or of a text it is part of, holds every needle ``text`` holds: only those are
        looked for (a few rfinds, not one per needle of the pattern)."""
        starts = _word_starts(self._plain)
        low = text.lower()
        if starts is None or len(low) != len(text) or "ı" in low or "ſ" in low:
            return self.regex.search(text)
        last = max(map(low.rfind, self.needles if found is None else self.needles & found))
        if last < 0:
            return None
        match = self.regex.match
        m = match(text, 0)
        if m is not None:
            return m
        for s in starts.finditer(text, 0, last + 1):
            m = match(text, s.end())  # the look-behind still sees the character before
            if m is not None:
                return m
        return None

    def match(self, text: str, found: Optional[frozenset] = None):
        if found is None or self.needles is None or not self.needles.isdisjoint(found):
            return self.regex.match(text)
        return None

    def finditer(self, text: str, found: Optional[frozenset] = None):
        if found is None or self.needles is None or not self.needles.isdisjoint(found):
            return self.regex.finditer(text)
        return iter(())


_ALL_GATED: list[_Gated] = []
_AUTOMATON = None
_WORD_STARTS: dict = {}  # pattern -> its word-start finder (None: the pattern's opening is not read here)


def _first_chars(items) -> Optional[list]:
    """The class items of the characters a match of parsed ``items`` can start with, and whether it can be
    empty; None where the pattern's opening is not read here."""
    from re import _constants as C

    out = []
    for op, av in items:
        if op is C.LITERAL:
            return out + [re.escape(chr(av))], False
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    out.append(re.escape(chr(a)))
                elif o is C.RANGE:
                    out.append(re.escape(chr(a[0])) + "-" + re.escape(chr(a[1])))
                elif o is C.CATEGORY and a in (C.CATEGORY_DIGIT, C.CATEGORY_SPACE, C.CATEGORY_WORD):
                    out.append({C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s", C.CATEGORY_WORD: r"\w"}[a])
                else:
                    return None
            return out, False
        if op is C.BRANCH or op is C.SUBPATTERN or op is C.MAX_REPEAT or op is C.MIN_REPEAT:
            if op is C.SUBPATTERN and (av[1] or av[2]):
                return None  # scoped flags: (?-i:...)
            alts = av[1] if op is C.BRANCH else [av[-1]]
            empty = op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0
            for alt in alts:
                got = _first_chars(list(alt))
                if got is None:
                    return None
                out += got[0]
                empty = empty or got[1]
            if not empty:
                return out, False
        elif op not in (C.ASSERT, C.ASSERT_NOT, C.AT):
            return None
    return out, True


def _opened(regex: re.Pattern) -> re.Pattern:
    """``regex`` behind a look-ahead on the characters its matches can start with, when the pattern says
    which: the same matches, but the engine passes over the other positions of a text at once instead of
    trying a long alternation ("\\b(?:in|at|near|...)") at each (a pattern with no such opening, or one
    that can match empty, is returned as is)."""
    try:
        got = _first_chars(list(_sre_parse.parse(regex.pattern, regex.flags)))
    except (AttributeError, re.error, ValueError, TypeError):
        return regex
    if got is None or not got[0] or got[1] or regex.pattern.startswith("(?=["):  # (opened once)
        return regex
    # the look-ahead guards every alternative of a pattern written "A|B|C", not only A: the pattern is grouped
    # (a verbose pattern is left open, a comment on its last line would swallow the group's end)
    body = regex.pattern if regex.flags & re.VERBOSE else "(?:" + regex.pattern + ")"
    return re.compile(r"(?=[" + "".join(dict.fromkeys(got[0])) + "])" + body, regex.flags)


def _word_starts(regex: re.Pattern) -> Optional[re.Pattern]:
    """A pattern finding the non-word characters before which a match of ``regex`` (opening on
    ``(?<!\\w)``) can start: its first character must be one the rest of the pattern can open with."""
    if regex.pattern in _WORD_STARTS:
        return _WORD_STARTS[regex.pattern]
    finder = None
    try:
        from re import _parser

        if regex.pattern.startswith(r"(?<!\w)"):
            got = _first_chars(list(_parser.parse(regex.pattern[len(r"(?<!\w)"):], regex.flags)))
        else:
            # "\b(?:based|visiting|...)...": a boundary before a word character is the same test as (?<!\w),
            # so the same finder serves when the whole pattern opens on "\b" and every first character is a
            # word character (a top-level "|" would leave "\b" to its first branch only: not read here)
            items = list(_parser.parse(regex.pattern, regex.flags))
            got = None
            if items and items[0] == (_sre_parse.AT, _sre_parse.AT_BOUNDARY):
                got = _first_chars(items[1:])
                if got is not None and not all(re.fullmatch(r"\w|\\[wd]", c) for c in got[0]):
                    got = None
        if got is not None and got[0] and not got[1]:
            finder = re.compile(r"\W(?=[" + "".join(got[0]) + "])", regex.flags)
    except (ImportError, AttributeError, re.error, ValueError, TypeError):
        finder = None
    _WORD_STARTS[regex.pattern] = finder
    return finder


def _finditer_before(pattern: re.Pattern, anchor: re.Pattern, text: str, runs: int):
    """``pattern.finditer(text)`` for a pattern whose every match holds a match of ``anchor`` (a unit of distance)
    that starts at most ``runs`` whitespace-separated runs of text after the match's start, not counting the
    spaces and hyphens right before it ("about 10 km": two runs).  ``anchor`` is a look-ahead: its zero-width
    matches are every position one can start at.  Only the positions that far before one are tried, in order,
    not every position of the text; a position tried yields the match a scan from there finds first."""
    starts = set()
    for u in anchor.finditer(text):
        at = i = u.start()
        while i > 0 and (text[i - 1].isspace() or text[i - 1] == "-"):
            i -= 1
        for k in range(runs):
            while i > 0 and not text[i - 1].isspace():
                i -= 1
            if k < runs - 1:
                while i > 0 and text[i - 1].isspace():
                    i -= 1
        starts.update(range(i, at + 1))
    pos, match = 0, pattern.match
    for p in sorted(starts):
        if p >= pos:
            m = match(text, p)  # (a look-behind still sees the character before)
            if m is not None:
                yield m
                pos = m.end()


def _present(text: str, gated: "_Gated", found: Optional[frozenset] = None) -> frozenset:
    """The needles of one pattern that a short text holds (plain substring tests, no automaton).

    ``found``, when given, is the probe of a text ``text`` is part of: only its needles are tried (a
    part holds none the whole lacks), a few instead of the pattern's every needle."""
    low = text.lower()
    needles = gated.needles or frozenset()
    if found is not None:
        needles = needles & found
    return frozenset(filter(low.__contains__, needles))  # the loop in C


_NEEDLE_OF = operator.itemgetter(1)  # (end, needle) -> needle


# French tens with their units, hyphenated or with "et": "trente-deux", "vingt et un", "soixante-dix",
# "quatre-vingt-dix-sept". They come before the bare units in :data:`_NUMWORDS`, and the longer units
# before the shorter, so that "trente-deux morts" is read whole: "trente" alone, before a hyphen that no
# pattern expects, once gave 30 (or no count where a space must follow).
_FR_TENS = (
    r"(?:vingt|trente|quarante|cinquante|soixante|quatre-vingts?)"
    r"(?:[- ]et[- ](?:une?|onze)|-(?:dix-sept|dix-huit|dix-neuf|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"onze|douze|treize|quatorze|quinze|seize|une?))?"
)

# Number words the count patterns accept before a noun (checked again by parse_count).
_NUMWORDS = (
    r"\d(?:[\d,.\u202f\u00a0]*\d)?|[٠-٩]+|half a dozen|a pair of|une demi-douzaine|une paire de|a dozen|dozens|twin|a couple of|a handful of|several|une dizaine|des dizaines|une douzaine|"
    r"une vingtaine|une trentaine|une quarantaine|une cinquantaine|une soixantaine|une centaine|une quinzaine|plusieurs|" + _FR_TENS + r"|"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?(?:one|two|three|four|five|six|seven|eight|nine)|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|"
    r"a|an|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"dix-sept|dix-huit|dix-neuf|cent|"
    r"واحد|اثنين|اثنان|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة|عدة|عشرات"
)
_QUAL = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
_COUNT_PREFIX = r"(?:(?P<qual>" + _QUAL + r")\s+)?(?:d['’]|de\s+)?(?P<num>" + _NUMWORDS + r")\s+"


def _match_count(m: re.Match, lang: str):
    """The count a pattern matched: its ``qual`` group ("at least") and its ``num`` group ("seven")."""
    return parse_count(((m.group("qual") or "") + " " + m.group("num")).strip(), lang)


def gated_automaton(prepare: Callable[[], None]):
    """The one Aho-Corasick automaton of every needle of every :class:`_Gated` pattern.

    Parameters
    ----------
    prepare : callable
        Called once, before the needles are collected, to make every gated pattern the caller
        uses (the extractor's vocabularies are made lazily, per language).

    Returns
    -------
    ahocorasick.Automaton
        Built on the first call, the same object afterwards; a pattern gated later keeps no needles
        (it always runs).
    """
    global _AUTOMATON
    if _AUTOMATON is None:
        import ahocorasick

        prepare()
        auto = ahocorasick.Automaton()
        for gated in _ALL_GATED:
            for needle in gated.needles or ():
                auto.add_word(needle, needle)
        auto.make_automaton()
        _AUTOMATON = auto
    return _AUTOMATON
