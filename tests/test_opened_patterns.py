"""Speed rewrites of the extraction patterns must not change a single match.

:func:`geo_events.extract._opened` puts a pattern behind a look-ahead on the characters its matches can
start with, and :class:`geo_events.extract._Gated` tries a pattern opening on a word boundary only at
the word starts it can match at.  Both are checked here against the pattern as written, on invented
sentences and on random text full of the characters case folding treats specially; so is the
substring gate :meth:`_Gated.search` puts before a pattern tried on a short window of a clause.
The caches keyed by sentence text live for one document: what an article yields does not depend on
the articles read before it.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import datetime as dt

from geo_events import dates as D
from geo_events import extract as X
from geo_events import patterns as PT
from geo_events import language as LG
from geo_events.read import read_text

_PREFIX = re.compile(r"\(\?=\[(?:[^\]\\]|\\.)*\]\)")

SENTENCES = [
    "Three rockets struck near the Zarqa air base on Tuesday, killing two guards, officials said.",
    "A drone based in Qandil hit a depot; no one was hurt, according to the local council.",
    "Deux roquettes se sont abattues mardi près de l'aéroport de Tartous, sans faire de victimes.",
    "Selon le porte-parole, une frappe a visé la base d'al-Mansouri, à 12 km au nord-est de Hama.",
    "سقطت ثلاثة صواريخ على قاعدة جوية قرب مدينة الرقة فجر الخميس دون وقوع إصابات",
    "The Kelvin sign \u212a, long s \u017f and dotted \u0130 stand in for K, s and i when case is folded.",
    "ſaid the ministry; ISIS and the IRGC were blamed for the attack on Abu Kamal.",
]


def _original(opened: re.Pattern) -> re.Pattern:
    m = _PREFIX.match(opened.pattern)
    assert m is not None
    return re.compile(opened.pattern[m.end():], opened.flags)


def _opened_patterns():
    for lang in ("en", "fr", "ar"):
        X._vocab(lang)
    out = [g.regex for g in PT._ALL_GATED if g.regex is not g._plain]
    out += [v for v in vars(X).values() if isinstance(v, re.Pattern) and v.pattern.startswith("(?=[")]
    out += [rx for _, _, rx in X._country_patterns() if rx.pattern.startswith("(?=[")]  # document_focus's
    return out


def _all_matches(rx: re.Pattern, text: str):
    return [(m.span(), m.groups()) for m in rx.finditer(text)], [
        (m.span(), m.groups()) if (m := rx.match(text, i)) else None for i in range(0, len(text), 3)]


def test_most_patterns_are_opened():
    # the rewrite is in force: a change to _first_chars that reads no opening would silently lose the speed
    assert len(_opened_patterns()) > 100


def test_opened_patterns_match_as_written_on_sentences():
    for rx in _opened_patterns():
        plain = _original(rx)
        for text in SENTENCES:
            assert _all_matches(rx, text) == _all_matches(plain, text), rx.pattern[:80]


_ALPHABET = "abdefhiklmnorstuAIKS \u212a\u017f\u0130\u0131ÀÉéèçàôâ'’-,.;0123456789قاعدةصوريخ"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_opened_patterns_match_as_written_on_random_text(text):
    for rx in _opened_patterns():
        plain = _original(rx)
        assert [(m.span(), m.groups()) for m in rx.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], rx.pattern[:80]


def test_word_start_search_finds_what_search_finds():
    gated = [g for g in PT._ALL_GATED if g.needles is not None and PT._word_starts(g._plain) is not None]
    assert gated  # the boundary-led patterns are read
    for g in gated:
        for text in SENTENCES + [s.lower() for s in SENTENCES]:
            found = X._probe(text)
            if found is None:
                continue
            want = g._plain.search(text)
            got = g._search_word_starts(text)
            assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups())), g.pattern[:80]


def _found(m):
    return m and (m.span(), m.groups())


def test_gated_search_on_a_window_finds_what_the_pattern_finds():
    # find_mentions tries patterns on the few dozen characters before a name, gated by the whole clause's
    # needles: the window's own substring test must never turn away a match the pattern makes
    gated = [g for g in PT._ALL_GATED if g.needles is not None]
    assert len(gated) > 50
    tried = 0
    for text in SENTENCES + [s.lower() for s in SENTENCES]:
        found = X._probe(text)
        for size in (12, 30, 60, 80, 100):
            for start in range(0, max(1, len(text) - size + 1), 7):
                window = text[start:start + size]
                for g in gated:
                    if not g.possible(found):
                        continue
                    tried += 1
                    assert _found(g.search(window, found)) == _found(g._plain.search(window)), (g.pattern[:80], window)
    assert tried > 1000


_LONG = ("Three rockets struck the Zarqa air base on Tuesday, killing two guards, officials said. "
         "A second salvo hit a depot near Tartous on Wednesday; no one was hurt, the council said.\n"
         "Deux roquettes se sont abattues mardi près de l'aéroport de Hama, sans faire de victimes.\n"
         "سقطت ثلاثة صواريخ على قاعدة جوية قرب مدينة الرقة فجر الخميس دون وقوع إصابات")
_SHORT = "Two drones hit an oil field near Raqqa on Friday, the ministry said."


def _frames(text):
    doc = read_text(text.encode("utf-8"), name="t.txt", published=dt.date(2024, 5, 3))
    return doc, X.extract(doc)


def test_an_article_reads_the_same_whatever_came_before():
    alone_doc, alone = _frames(_SHORT)
    sizes_alone = (D._cached_matches.cache_info().currsize, LG._sentence_language.cache_info().currsize)
    _frames(_LONG)
    after_doc, after = _frames(_SHORT)
    assert alone  # the short article tells an attack
    assert [[(x.kind, repr(x.value)) for x in f.facts] for f in after] == \
        [[(x.kind, repr(x.value)) for x in f.facts] for f in alone]
    # the sentence caches hold the last document's sentences only, not the long article's before it
    assert (D._cached_matches.cache_info().currsize, LG._sentence_language.cache_info().currsize) == sizes_alone
