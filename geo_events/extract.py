"""Event frames from the sentences of an article (English and French; Arabic basics).

The extractor reads a document sentence by sentence, clause by clause, the way an
analyst does:

1. Headings, captions and credits (short paragraphs without a full stop, photo lines)
   are not reporting and start no event.
2. A clause with an attack word (a projectile noun, an attack verb) that is not a
   generic statement ("each time", "since mid-February ... has resumed") either starts
   a new incident or continues the one being told.  It starts one when it gives another
   date, another named target, or says so ("another", "already", "la même base ... le
   20 février").
3. Places in a clause take a role from the words around them: a launch site after
   "fired from"/"lancées depuis", an impact site after "landed on"/"tombées sur", a
   reference point after "north of"/"au nord de" (not the target), an enclosing area
   after "in the province of" (the container of the place before it), else a target.
4. Counts, casualties, claims and accusations in clauses without an attack word belong
   to the incident being told.
5. One strike on several sites ("eleven struck A and one hit a base in B", "à A et à B" in a
   clause that says "deux installations") gives one frame per site, each with its own count;
   a count for the whole strike belongs to no single site.  A country-level summary ("missiles
   at two bases in Iraq") is refined by the sites the next sentences name.
6. Background is not an incident: what follows "hours after", tallies ("attacked 19 times",
   "more than 160 attacks"), periods ("depuis le 17 octobre"), and bare mentions ("the airport
   was last targeted in September") with no count, casualty, weapon or launch point.

Speed: every lexicon pattern sits behind a substring prefilter (:class:`geo_events.patterns._Gated`):
the strings each pattern cannot match without are read from the parsed pattern, and one
Aho-Corasick pass per clause says which are present, so a clause skips every family
of words it does not contain.  The machinery lives in :mod:`geo_events.patterns`; the EN/FR
casualty reader (how many killed, how many wounded) in :mod:`geo_events.casualties`.

Every fact keeps its sentence (:class:`~geo_events.models.Evidence`).
"""
from __future__ import annotations

import functools
import csv
import datetime
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Optional, Sequence

from . import arabic
from .actors import canonical_actors, canonical_state
from . import dates as _dates_module
from . import lexicon as L
from .dates import DateMention, LiveDays, bare_night_span, find_dates, undated_span, writing_day
from .language import detect_sentence_language
from .models import DateSpan, Document, EventFrame, Evidence, Fact, PlaceRef
from .normalize import normalize
from .numbers import parse_count, parse_number, to_km
from .patterns import _ALL_PREFILTERED, _COUNT_PREFIX, _NEEDLE_OF, _NUMWORDS, _PREFILTER_SEEN, _QUAL, _Gated, _Prefiltered
from .patterns import _c, _finditer_before, _match_count, _opened, _present, _prefilter_found, gated_automaton
from . import casualties as _casualties_module
from .casualties import _ACROSS_SITES, _GROUP_DENIAL, _NO_ONE_ELSE, _SOME_GROUP_DENIAL, _casualties, casualty_vocab
from .casualties import _earlier_report, _told_before_earlier
from .casualties import own_kills as _own_kills


def _clear_text_caches() -> None:
    """Empty the caches keyed by sentence or clause text (word-keyed ones stay: words recur across
    articles, whole sentences seldom do).  Called when a document starts."""
    _dates_module._cached_matches.cache_clear()
    _dates_module._find_dates_cached.cache_clear()
    arabic._is_tally.cache_clear()
    arabic._negated.cache_clear()
    arabic._stated.cache_clear()
    _ACTORS_SEEN.clear()


# ---------------------------------------------------------------------------------------------
# Sentences

_ABBREV = r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|St|No|Nos|Jr|Sr|Inc|Corp|Co|Ltd|vs|approx|M|Mme|MM|av|J\.-C)|\b[A-Z])\."
# (the stop is matched, not looked behind at: a pattern opening on a character class is scanned for it by the regex
# engine's fast loop, ~3x faster than a look-behind tried at each position; the sentence is cut after the stop)
_SENT_END = re.compile(r"[.!?…؟][\"»”’']?\s+(?=[\"«“‘(]?[A-Z0-9ÀÂÉÈÊÎÔÛÇ\u0600-\u06FF])")


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int
    heading: bool  # heading, caption or credit: not reporting


_LINE = re.compile(r"[^\n]+")
_FULL_STOP_END = re.compile(r"[.!?…؟:;]$")
_CAPTION = _Prefiltered(re.compile(L.CAPTION, re.I))
# The needles read from the pattern include "ap", which most paragraphs hold ("approximately", "captured"); every
# branch of the caption pattern written below holds "(illustration)", "photo" or "/", which few do (the pattern then
# runs on ~2% of paragraphs, not ~20%). Another pattern keeps the needles read from it.
if L.CAPTION == (r"\(illustration\)|\bphoto(?:_camera)?\b|\bfile photo\b|\bphoto d'archive\b|"
                 r"\b(?:AP|AFP|Reuters|Getty)\s*/|/\s*(?:AP|AFP|SIPA)\b"):
    _CAPTION._needles = ("(illustration)", "photo", "/")
_ABBREV_END = re.compile(_ABBREV + r"[\"»”’']?$")
_MONTH_DAY = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}")
_BEFORE_DAY = re.compile(r"\b(?:before|until|avant|jusqu['’]à)\s+(?:le\s+)?$", re.I)
# the zone after a clock time: "p.m. Sanaa time", "a.m. Eastern Time", "p.m. GMT", "a.m. (0100 GMT)"
_CLOCK_ZONE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,2}time\b|(?:GMT|UTC|EST|EDT|CET|CEST|BST|ET|PT)\b|\(\d", re.I)
_MONTH_ABBREV_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|janv|févr|avr|juil|sept|oct|nov|déc)\.$")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their character spans; paragraphs are lines or blank-line blocks."""
    out: list[Sentence] = []
    for p_index, pm in enumerate(_LINE.finditer(text)):
        para = pm.group(0)
        if not para.strip():
            continue
        base = pm.start()
        stripped = para.strip().rstrip("\"'»”’)] ")
        words = len(para.split())
        heading = (not _FULL_STOP_END.search(stripped) and words < 40) or bool(words < 40 and _caption(para))
        pos = 0
        for m in _SENT_END.finditer(para):
            cut = m.start() + 1  # (after the stop)
            if _ABBREV_END.search(para[max(0, cut - 8):cut]):
                continue
            if para[m.end():m.end() + 1].isdigit() and _MONTH_ABBREV_END.search(para[max(0, cut - 6):cut]):
                continue  # "on Jan. 20", "since Oct. 17" (agency style): a date, not a sentence's end
            if para[cut - 4:cut] in ("a.m.", "p.m.") and _CLOCK_ZONE.match(para, m.end()):
                continue  # "at 4:45 p.m. Sanaa time", "at 9 a.m. GMT": the clock's zone, not a new sentence
            _add(out, para, base, pos, cut, p_index, heading)
            pos = m.end()
        _add(out, para, base, pos, len(para), p_index, heading)
    return out


def _caption(para: str):
    """``_CAPTION.search(para)``, its three needles looked for in the paragraph itself: few other prefiltered
    patterns search a whole paragraph, so the shared automaton's pass over it would mostly go unused."""
    needles = _CAPTION._needles
    if needles:
        low = para.lower()
        if len(low) == len(para) and "ſ" not in low and "ı" not in low and not any(map(low.__contains__, needles)):
            return None
    found = _CAPTION.search(para)
    while found is not None and found.group().lower() == "photo" and _PHOTO_TOLD_BEFORE.search(para, 0, found.start()):
        found = _CAPTION.search(para, found.end())
    return found


# (enfr49) "A drone hit a depot in X on Monday, a photo shared by the governor showed", "said in a post with a photo of
# the damage": a photo a reporting sentence tells of, after three words or more, is no caption ("Photo: AFP",
# "This photo taken on ... shows", "(photo d'archive)" still are)
_PHOTO_TOLD_BEFORE = re.compile(r"\S+\s+\S+\s+\S+.*\b(?:an?|the|une|la|sa|son|leur|with|avec)\s+$", re.I | re.S)


def _add(out, para, base, s, e, p_index, heading):
    chunk = para[s:e]
    lead = len(chunk) - len(chunk.lstrip())
    chunk = chunk.strip()
    if chunk:
        out.append(Sentence(chunk, base + s + lead, base + s + lead + len(chunk), p_index, heading))


# ---------------------------------------------------------------------------------------------
# Clauses


# The other side's answer and the deeds it is told with (lexicon.ANSWER_DEED): "which responded by striking Y",
# "with Israel retaliating by shelling Y", "qui a riposté en frappant Y"
_ANSWER_EN = (r"(?:respond(?:ed|ing)|retaliat(?:ed|ing)|repl(?:ied|ying)|hit(?:ting)?\s+back)\s+by\s+(?:striking|shelling|"
              r"bombing|targeting|hitting|firing|attacking|pounding)\b")
_ANSWER_FR = (r"(?:riposté|répliqué|répondu)\s+en\s+(?:frappant|bombardant|visant|pilonnant|ciblant|tirant|attaquant|"
              r"menant)\b")


# An Arabic clause's fronted time before its own verb: "وفجر اليوم أغارت", "ومساء أمس قصفت", "وبعد الظهر سقطت"
_AR_FRONTED_TIME = (r"(?:(?:فجر|صباح|ظهر|عصر|مساء|ليل|ليلة|بعد\s+(?:ظهر|الظهر|منتصف))(?:\s+(?!(?:أغار|اغار|قصف|سقط|"
                    r"انفجر|استهدف|استشهد)\S{0,3}\s)[^\s،.؛]+){0,2}\s+)")
# verbs of attack (a striker's) or of impact (the projectile's) that open an Arabic incident of their own after "، و"
_AR_OWN_VERB_ACTIVE = r"استهدف|قصف|ضرب|هاجم|شن|أطلق|اطلق|دك|أغار|اغار"
_AR_OWN_VERB_FALL = r"سقط|انفجر"
_AR_OWN_VERB = _AR_OWN_VERB_ACTIVE + "|" + _AR_OWN_VERB_FALL
# a toll after "، و" with a town of its own: "، واستشهد مواطن في بلدة Y"
# (the town next to the victims: not "وأصيب طفلان نقلا إلى مستشفى في مدينة Y", where they were taken)
_AR_TOLL_AT = (r"و" + _AR_FRONTED_TIME + r"?(?:استشهد|قتل|أصيب|اصيب|جرح)\S{0,3}\s+(?:(?!إلى|الى|نقل|مستشفى|مشفى)"
               r"[^\s،.؛]+\s+){1,3}?(?:في|على)\s+(?:بلدة|مدينة|قرية|حي|مخيم|منطقة)\s")
# the verb's next object under a noun of its own, after "، و" (a town's, a site's), with a toll or a time of its own
# before the next comma: "، وبلدة Y دون وقوع إصابات", "، وقرية Y بعد الظهر"  (not "مواقع في بلدة X، وبلدة Y
# المجاورة، دون إصابات": a list of places one raid reached, its toll shared after a comma)
_AR_NEXT_OBJECT = (r"و(?=(?:بلدة|مدينة|قرية|مستوطنة|مستعمرة|ثكنة|موقع|مخيم)\s[^،.؛]{0,40}?(?<![\u0621-\u064a])"
                   r"(?:دون|بدون|ما\s+أدى|مما\s+أدى|ما\s+أسفر|مما\s+أسفر|فجر|صباح|ظهر|بعد\s+الظهر|عصر|مساء|ليل|ليلة|"
                   r"أمس|امس|اليوم)(?![\u0621-\u064a]))")


_CLAUSE_SPLIT = {
    # "X damaged houses but caused no casualties": one subject, one clause (its casualties are X's)
    "en": re.compile(r",?\s+(?:while|whereas|but(?!\s+(?:caused|did not|didn't|left|resulted|killed|injured|wounded|hurt)\b))\s+|;\s+(?!so\s+(?:was|were)\s)|\s+and\s+(?=(?:others?|another|\w+\s+others)\b)|,\s+and\s+(?!so\s)(?=[a-z]+\s+(?:were|was|had|have))"
                     # "..., and shot down six drones launched toward Y": a second predicate with its own projectiles
                     r"|,\s+and\s+(?=(?:shot down|intercepted|downed|destroyed|struck|hit|fired|launched|targeted)\s+"
                     r"(?:at least\s+|another\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozens)\s)"
                     # "struck targets in A on Monday, and also hit sites in B": the same subject's second deed with its
                     # own target, another site of the day
                     r"|,\s+and\s+(?=also\s+(?:hit|struck|targeted|bombed|shelled|attacked|pounded|raided)\s)"
                     # "X struck A, and drones hit B", "..., as a drone hit B": a second subject, projectiles with their own
                     # impact verb
                     r"|,\s+(?:and|as)\s+(?=(?:(?:at least\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|other|more)\s+)?"
                     r"(?:[a-z-]+\s+)?(?:drones?|missiles?|rockets?|projectiles?|mortars?|shells?)\s+(?:also\s+)?"
                     r"(?:hit|struck|slammed|landed|fell|exploded|crashed|targeted)\b)"
                     # "..., and at 4 p.m. it launched a drone at Y": a statement's next item, its own pronoun subject
                     # and verb of attack
                     # (not "they hit": the projectiles just told may be its subject)
                     r"|,\s+and\s+(?=(?:then\s+)?(?:(?:at|on|in|later|early|late)\b[^,;]{0,25}?\s)?(?:it|they)\s+(?:also\s+|then\s+)?"
                     r"(?:fired|launched|targeted|attacked|shelled)\b)"
                     # "Hezbollah fired rockets at X, and the Israeli military said it then struck Y": the other side's
                     # statement of its own attack, a subject and a verb of attack of its own
                     r"|,\s+and\s+(?=(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:military|army|forces|air\s+force|IDF|Pentagon|"
                     r"ministry|command|CENTCOM|navy)\s+(?:said|says|announced)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?"
                     r"(?:then\s+|also\s+|later\s+|subsequently\s+)?(?:struck|hit|targeted|attacked|shelled|bombed|fired|launched)\b)"
                     # "X on Saturday, then two (more) hit Y on Sunday": the next item, its own count and verb of impact
                     r"|,?\s+(?:and\s+)?then\s+(?=(?:another\s+|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)"
                     r"\s+(?:more\s+|other\s+|others\s+)?)(?:(?:drones?|missiles?|rockets?|projectiles?|mortars?|shells?)\s+)?"
                     r"(?:also\s+)?(?:hit|struck|slammed|landed|fell|exploded|crashed|targeted)\b)"
                     # "said the rounds were fired from orchards east of the town, adding that troops found a launch pad
                     # on Friday": what a statement adds is a clause of its own (its day is not the incident's)
                     r"|,\s+adding\s+(?:that\s+)?"
                     # "A rocket attack on X on Sunday was followed on Monday by a drone strike on Y", "..., followed a day
                     # later by a drone attack on Y": a second attack told as a noun after "followed by", its own place and day
                     r"|(?:,|\s+(?:was|were|has\s+been|had\s+been))\s+followed\s+(?=(?:[^,;]{0,30}?\s)?by\s+(?:an?|another|a\s+second|"
                     r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more|other|further))\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:strikes?|attacks?|raids?|airstrikes?|bombings?|barrages?|salvos?)\s+(?:on|in|at|against|near|targeting)\s)"
                     # "rockets fired at X from Lebanon, which responded by striking Y": the relative tells the other
                     # side's answer, an attack of its own on its own target
                     # (the answer's verb stays in its clause: it marks another incident, see lexicon.NEW_INCIDENT)
                     r"|,\s+(?=(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:then\s+|quickly\s+|immediately\s+)?"
                     + _ANSWER_EN + r")"
                     # "Hezbollah fired rockets at X, and Israel responded by striking Y", "..., with Israel retaliating
                     # by shelling Y": the same answer told by a subject of its own after "and" or "with"
                     r"|,\s+(?:and|with)\s+(?=(?:the\s+)?(?:[\w.'’-]+\s+){1,3}?(?:(?:has|have|had)\s+)?"
                     r"(?:then\s+|quickly\s+|immediately\s+)?" + _ANSWER_EN + r")"),
    # ("tandis qu'un drone ...": the elided que opens the clause as the full one does, before a subject of its own; not
    # "alors qu'il se dirigeait vers X", the same drone told on its way)
    "fr": re.compile(r",?\s+(?:(?:tandis|alors)\s+qu(?:e\s+|['’](?=une?\s|\w+\s+(?:drones?|roquettes?|missiles?|obus)\b))"
                     r"|pendant\s+qu['’](?=une?\s+(?:\w+\s+)?(?:drones?|roquettes?|missiles?|obus|projectiles?)\b)"
                     r"|mais\s+)|;\s+|,?\s+et\s+(?=(?:en\s+a|a\s+|ont\s+|les\s+autres|d'autres|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+autres))"
                     # (not "a tué le député X et six autres personnes à Y": the others are the verb's object too, and the
                     # place after them is the attack's; only "et N autres" with a predicate of their own is a clause)
                     r"(?!(?:les\s+autres|d'autres|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+autres)"
                     r"(?:\s+(?:personnes|civils|soldats|policiers|militaires|passagers|membres|gardes|fidèles))?"
                     # (the day may come first: "... et six autres personnes jeudi à Mogadiscio", "jeudi soir.")
                     r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|soir|après-midi))?)?"
                     r"(?:\s*,?\s+(?:à|au|aux|dans|près|lors|en|sur|devant|non loin)\s|\s*[.;]))"
                     # "un missile a frappé A, et des drones ont touché B": a second subject with its own impact verb
                     r"|,\s+et\s+(?=(?:(?:une?|des|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+|plusieurs)\s+)?"
                     r"(?:drones?|missiles?|roquettes?|obus|projectiles?)\s+(?:[a-zé-]+\s+)?(?:ont|a|se sont|s['’]est|sont)\s+"
                     r"(?:aussi\s+|également\s+)?(?:frappé|touché|visé|atteint|ciblé|abattue?s?|écrasée?s?|tombée?s?|explosé)\b)"
                     # "X lundi, puis trois autres ont frappé Y mardi": the next item, its own count and verb of impact
                     r"|,?\s+puis\s+(?=(?:une?\s+autre|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+|plusieurs)\s+autres)\s+"
                     r"(?:(?:drones?|missiles?|roquettes?|obus|projectiles?)\s+)?(?:ont|a|se sont|s['’]est|sont)\s+"
                     r"(?:aussi\s+|également\s+|ensuite\s+)?(?:frappé|touché|visé|atteint|ciblé|pilonné|bombardé|tombée?s?|explosé)\b)"
                     r"|,\s+(?:ajoutant|précisant)\s+qu(?:e\s+|['’])"
                     # "La frappe sur X dimanche a été suivie lundi d'une attaque de drone contre Y", "..., suivie quelques
                     # heures plus tard d'un raid sur Y": a second attack told as a noun after "suivi de", its place and day
                     r"|(?:,|\s+(?:a|ont|avait|avaient)\s+été)\s+(?=suivie?s?\s+(?:[^,;]{0,30}?\s)?(?:d['’]une?\s+|par\s+une?\s+|d['’]"
                     r"(?:autres|une\s+autre|un\s+autre)\s+|de\s+(?:deux|trois|quatre|cinq|\d+)\s+)(?:[\w'’-]+\s+){0,3}?(?:frappes?|attaques?|"
                     r"raids?|bombardements?|attentats?|salves?|tirs?)(?:\s+(?:de|d['’]|aux?)\s*[\w'’-]+){0,2}\s+(?:sur|contre|à|visant|près|dans)\s)"
                     # "des roquettes tirées vers X depuis le Liban, qui a riposté en frappant Y": the relative tells the
                     # other side's answer, an attack of its own on its own target (not the salvo's impact)
                     # (the answer's verb stays in its clause: it marks another incident, see lexicon.NEW_INCIDENT)
                     r"|,\s+(?=(?:qui|lequel|laquelle)\s+(?:a|ont|avait|avaient)\s+(?:aussitôt\s+|immédiatement\s+)?"
                     + _ANSWER_FR + r")"
                     # ... so does the participle with its own subject, "l'armée israélienne ayant riposté en frappant Y",
                     # and a new subject after "et", "et Israël a riposté en frappant Y", "et les Etats-Unis ont répliqué
                     # en bombardant Y" (not "et l'armée a riposté." with no deed nor place of its own: one clause)
                     r"|,\s+(?=(?:[\w'’-]+\s+){1,4}?ayant\s+(?:aussitôt\s+|immédiatement\s+|ensuite\s+)?"
                     + _ANSWER_FR + r")"
                     r"|,?\s+et\s+(?=(?:[\w'’-]+\s+){1,4}?(?:a|ont|avait|avaient)\s+(?:aussitôt\s+|immédiatement\s+|ensuite\s+)?"
                     + _ANSWER_FR + r")"),
    "ar": re.compile(r"،?\s+(?:بينما|في حين|فيما)\s+|؛\s*|،?\s+(?:إضافة إلى|بالإضافة إلى|فضلا عن|علاوة على)\s+"
                     # "استهدفوا X بطائرتين، و"Y برشقة صاروخية"، مضيفة أن ...": the next target with a weapon of its
                     # own, and what a statement adds, are each an incident's clause
                     r"|،\s*(?=و[\"«“]?\S+\s+(?:\S+\s+){0,7}?(?<!أضرار\s)ب(?:ال)?(?:طائر|مسير|صاروخ|صواريخ|رشق|قذيف|قذائف|"
                     r"صلي|أسلحة|اسلحة|زورق|مدفعي))"
                     # a statement listing its strikes: each item after "، ثم", after "، و" and a verb of attack or of
                     # interception of its own, or after an ordinal ("، والثانية استهدفت ...") is an item's clause
                     # (not an interception verb alone: "تصدت الدفاعات لعدوان على X، وأسقطت معظم الصواريخ" is one
                     # incident; only one with its own subject, "، وتصدت الدفاعات الجوية لطائرة فوق Y", is an item)
                     # ("، كما استهدفت مسيرة Y": "as ... also struck Y", the next target under a verb of its own;
                     # "، كما شن الطيران الحربي غارة على Y", "كما أغارت مسيرة على Y": a raid of its own)
                     # (not "، ثم ارتفع العدد إلى خمسة": the bare figure revises the toll told before it, one clause)
                     r"|،\s*(?=ثم\s(?!(?:ارتفع|وصل|بلغ)ت?\s+العدد\s)|كما\s+(?:استهدف|قصف|ضرب|هاجم|دك|طال|أصاب|اصاب|شن|أغار|اغار)\S{0,3}\s"
                     # ("، كما قتل أربعة جنود بانفجار عبوة ناسفة قرب Y": a toll told with a blast of its own, the round-up's
                     # next incident, not the raid's outcome)
                     r"|كما\s+(?:قتل|أصيب|اصيب|جرح)\S{0,3}\s+(?=(?:\S+\s+){0,5}?ب(?:انفجار|تفجير)\s)"
                     # the next incident after "، و" with a verb of its own, its time fronted or not: "، وفجر اليوم
                     # أغارت طائرة على Y", "، وسقطت ثالثة على Y", "، وعاد صباح الثلاثاء ليغير على Y" (the raider's
                     # return, its verb after "ل"), "، واستشهد مواطن في بلدة Y" (a toll with a town of its own);
                     # not "، وسقط بعضها قرب Y" (a share of the salvo told), nor "، وأدى القصف إلى ...",
                     # "، واندلعت النيران ...", "، وأفاد مراسلنا ..." (the same incident's outcome or source)
                     r"|و" + _AR_FRONTED_TIME + r"?(?:(?:" + _AR_OWN_VERB_ACTIVE + r")\S{0,3}\s|(?:" + _AR_OWN_VERB_FALL
                     + r")\S{0,3}\s+(?!" + arabic.SALVO_SHARE + r"))"
                     r"|" + _AR_TOLL_AT +
                     # "قصفت روسيا أوكرانيا بـ20 صاروخا، وأصاب صاروخ مبنى في Y": one projectile of its own (indefinite,
                     # no "أحدها") told hitting a site after a country's tally, the site's own clause (see _country_tally)
                     r"|و(?:أصاب|اصاب)ت?\s+(?:طائرة\s+)?(?:صاروخ|مسيرة|مسيّرة|قذيفة)\s" +
                     r"|وعاد\S{0,2}\s+(?:[^\s،.؛]+\s+){0,4}?ل[يت](?:غير|قصف|ستهدف|ضرب|شن|دك|هاجم)"
                     # "، وبلدة Y دون وقوع إصابات": the verb's next object under a town's or a site's noun of its
                     # own, the verb left out (read with it, see _carry_ar_verb)
                     r"|" + _AR_NEXT_OBJECT +
                     r"|و(?:تصد|أسقط|اسقط|اعترض)\S{0,3}\s+(?:(?:ال)?(?:دفاع|منظوم|قب|مضاد|وسائط|طيران|مقاتلات|طائرات)"
                     # ... or with projectiles of its own, not "most of the missiles" told: "، وأسقطت طائرتين فوق Y"
                     r"|ل?(?!معظم|بعض|أغلب|اغلب|جميع|كل\s|ال)(?:\S+\s+)?(?:طائر|مسير|صاروخ|صواريخ|قذيف))"
                     r"|و(?:ال)?(?:(?:عملية|هجوم|ضربة)\s+ال)?(?:ثاني|ثانية|ثالث|ثالثة|رابع|رابعة|خامس|خامسة|سادس|سادسة|أخيرة)\s"
                     # "، وثلاث غارات على Y", "، وغارة على Z": the next item with raids of its own
                     r"|و(?:[^\s،,.]+\s+)?(?:غار|ضرب)(?:ة|ات|تين|تان)\s"
                     # "استهدفت غارة سيارة في بلدة X، وأخرى منزلا في بلدة Y": "another" (raid) with an object and a
                     # place of its own, its verb and noun left out (read with them, see _carry_ar_verb)
                     r"|و(?:أخرى|اخرى)\s+(?=(?:[^\s،,.]+\s+){0,3}?(?:في|على|قرب)\s)"
                     # "أغارت الطائرات على مبنى في بلدة X، وعلى بنية تحتية في بلدة Y": the preposition told again
                     # before a site of its own, the verb left out (read with it, see _carry_ar_verb)
                     r"|وعلى\s(?=(?:[^\s،,.]+\s+){0,4}?(?:في\s+)?(?:بلدة|مدينة|قرية|بلدتي|مستوطنة|مستعمرة|مخيم|مطار|"
                     r"قاعدة|معسكر|ثكنة)\s)"
                     # "، وبصلية أخرى مدينة Y": the next item fronts its own weapon (its verb left out)
                     r"|وب(?:ال)?(?:صلي|صاروخ|صواريخ|طائر|مسير|سرب|رشق|قذيف|قذائف|مدفع)"
                     # "، وبعد ساعات دمرت غارة أخرى ...", "، وفي وقت لاحق ...", "، وعند الساعة 14:15 ...": the next
                     # item timed after the one told
                     r"|و(?:بعد\s+(?:ساعات|ساعة|ساعتين|دقائق|قليل|ذلك)|في\s+وقت\s+لاحق|لاحقا|عند\s+الساعة)\s"
                     # ("، وبعد يوم سقط صاروخان على Y": a day later, with a verb of its own)
                     r"|وبعد\s+(?:يوم|يومين)\s+(?=(?:سقط|استهدف|قصف|ضرب|هاجم|دك|أطلق|اطلق|شن)\S{0,3}\s)"
                     # "، وأربع طائرات مسيرة على مدينة Y", "، وطائرتين مسيرتين أطلقتا باتجاه Y": the next item's own
                     # projectiles aimed at a place of their own
                     r"|و(?:(?:ثلاث|أربع|اربع|خمس|ست|سبع|ثماني|تسع|عشر|\d+)\S*\s+)?(?:طائر|مسير|صاروخ|صواريخ|قذيف|قذائف)"
                     r"\S*\s+(?:\S+\s+){0,3}?(?:على|باتجاه|نحو|صوب)\s)"
                     r"|،\s*(?:مضيف(?:ا|ة|ين)|وأضاف(?:ت|وا)?)\s+(?:أن|ان|إن)\s+"
                     # "، مشيراً إلى أن "فجر اليوم الاثنين شهد استهداف Y"": what a statement points out next with a
                     # day of its own is the list's next item (a toll pointed out, with no day, stays the incident's)
                     r"|،\s*(?:مشير|لافت|موضح)(?:ا|اً|ة|ين)?\s+(?:إلى\s+|الى\s+)?(?:أن|ان)\s+(?=[\"«“]?(?:\S+\s+){0,2}?"
                     r"(?:فجر|صباح|مساء|ليل|ليلة|يوم|اليوم|أمس|امس)(?:\s|$))"),
}
# every alternative opens on a comma, a semicolon or a space: behind a look-ahead on those, the engine passes over
# the other positions of a sentence at once (the same matches, in half the time)
_CLAUSE_SPLIT = {lg: _opened(p) for lg, p in _CLAUSE_SPLIT.items()}


@dataclass
class Clause:
    text: str
    offset: int  # offset of the clause in the sentence
    # an earlier attack recalled after the news ("X on Monday, a day after a strike on Y"): told of its own, dated
    # by its own words or by the gap counted back from the news' day (recalled_gap, days; None: its own words only)
    recalled: bool = False
    recalled_gap: Optional[int] = None


_BACKGROUND_AFTER = {lg: _Prefiltered(re.compile(p, re.I)) for lg, p in L.BACKGROUND_AFTER.items()}
_BACKGROUND_SENTENCE = re.compile(L.BACKGROUND_SENTENCE, re.I)
_CREDIT_LINE = re.compile(L.CREDIT_LINE, re.I)
_CLAIMANT_ACCOUNT = _Prefiltered(re.compile(L.CLAIMANT_ACCOUNT, re.I))
# "Initial reports put the number of injured at 25, but the toll had risen to 34": a bare toll word counts the
# kind the sentence named before it, not the dead
_BARE_TOLL = re.compile(r"\btoll\b|\bbilan\b|حصيلة", re.I)
# (French participles agree with their subject: "Trois personnes ont été tuées", "cinq autres blessées")
_DEATH_WORD = re.compile(r"\b(?:dead|killed|kill|deaths?|died|fatalities|morte?s?|tuée?s?|décès|décédée?s?)\b|قتلى|قتيل|وفاة|مقتل", re.I)
_INJURY_WORD = re.compile(r"\b(?:injured|wounded|injuries|blessée?s?|blessures)\b|جرحى|مصابين|إصابات|الإصابات|الجرحى", re.I)
# "the first U.S. troop deaths ... since the war began": "since" of a superlative, not a period of many attacks
# A relative clause on a place, after its comma: "launched from Sanaa, which the group has held since 2014", "hit
# Afrin, held by Turkish-backed factions since 2018", "Sanaa, contrôlée par les Houthis depuis 2014", "la base, qui a
# été visée à plusieurs reprises": what the place has long been; its period or habit makes no clause generic
_PLACE_RELATIVE = re.compile(
    r",\s*(?:(?:an?|une?)\s+(?:[\w-]+\s+){1,3}?)?(?:which|where|qui|où)\s+[^,;.()]*|"
    r",\s*(?:(?:long\s+|now\s+)?(?:held|controlled|ruled|occupied|run)\s+by|(?:tenue?s?|contrôlée?s?|occupée?s?)\s+par|"
    r"aux mains d(?:e|es|u)\b)[^,;.()]*", re.I)


def _place_relatives(text: str, lang: str) -> list[tuple[int, int]]:
    """The spans of the relative clauses on a place that tell a period or a habit (see _PLACE_RELATIVE)."""
    if lang == "ar" or "," not in text:
        return []
    generic = _vocab(lang)["generic"]
    return [rel.span() for rel in _PLACE_RELATIVE.finditer(text) if generic.search(rel.group())]


_FIRST_SINCE = re.compile(r"\b(?:the|les?|la|des)\s+(?:first|deadliest|worst|biggest|largest|heaviest|premiers?|premières?|"
                          r"plus\s+(?:meurtrières?|meurtriers?|lourde?s?|grave?s?))\b[^;]{0,90}?\b(?:since|depuis)\b[^,;.]*", re.I)

# "sirens sounded in X", "les sirènes ont retenti à X", "rocket alerts were triggered in X": a town warned of fire
_SIRENS_IN = re.compile(r"\b(?:sirens?|(?:rocket |missile |air[- ]raid )?alerts?|sirènes?|alertes?)\s+(?:[\w'’-]+\s+){0,3}?"
                        r"(?:sounded|wailed|went off|blared|rang out|rang|were activated|were triggered|were heard|"
                        r"ont retenti|a retenti|ont sonné|a sonné|ont été déclenchées?|a été déclenchée?)\b"
                        r"[^.;]{0,40}?\b(?:in|across|over|à|dans|sur)\s", re.I)
_WHEN_AFTER = re.compile(r"\s*,?\s*(?:when|where|lorsque|lorsqu['’]|quand|où)\b", re.I)


def _record_span(text: str, lang: str) -> Optional[re.Match]:
    """The span of a record ("one of the deadliest since the war began in 2011") whose dates date nothing.

    None when a relative clause goes on to tell the incident it starts from ("since January 2020, when it fired
    missiles at X"): that date is the day of history told.
    """
    if lang == "ar" or ("since" not in text and "depuis" not in text):
        return None  # the cheap look first: the pattern is long
    m = _FIRST_SINCE.search(text)
    return None if m is None or _WHEN_AFTER.match(text, m.end()) else m


# ", ont tué", ", killed": a comma then the finite verb of a sentence's subject, the main clause resumed after an
# inserted phrase (a participle's "-ing" is not one: ", killing" goes on the phrase before it)
_MAIN_VERB_BACK = {
    "en": re.compile(r",\s+(?:(?:have|has|had)\s+(?:also\s+)?)?(?:killed|wounded|injured|hit|struck|destroyed|left|"
                     r"targeted|damaged|caused)\b"),
    "fr": re.compile(r",\s+(?:ont|a|avaient|avait)\s+(?:(?:aussi|également|notamment)\s+)?(?:tué|blessé|fait|frappé|"
                     r"touché|visé|détruit|endommagé|causé|coûté)\b"),
}
# the same verbs before the motive: the main clause was told there already, what follows the motive is its own
_MAIN_VERB_BACK_AHEAD = {
    "en": re.compile(r"\b(?:killed|wounded|injured|hit|struck|destroyed|targeted|damaged|said|says)\b"),
    "fr": re.compile(r"\b(?:ont|a|avaient|avait|sont|est)\s+(?:\w+\s+)?(?:tué|blessé|fait|frappé|touché|visé|détruit|"
                     r"endommagé|causé|indiqué|annoncé|affirmé|déclaré)\b"),
}


_FRONTED_QUANTITY_FR = re.compile(r"(?:quelques|deux|trois)\s", re.I)
# a fronted gap of one unit ("A day after X, Y", "Une semaine après X, Y"): cut only when the main clause after the
# comma tells an attack of its own ("A day after the attack on X, the Pentagon raised the toll" tells X's attack)
_FRONTED_ONE = re.compile(r"(?:une?|an?|one)\s", re.I)
# the words before a fronted "hours after": only a quantity ("Less than two", "Some three", "Quelques"), no verb
_FRONTED_GAP = re.compile(r"^\W*(?:(?:less than|more than|about|some|just|only|barely|nearly|almost|around|within|"
                          r"a few|a couple of|moins d['’]une?|un peu plus d['’]une?|à peine|environ|près de|"
                          r"deux|trois|quatre|cinq|six|two|three|four|five|six|several|plusieurs|\d+)\s+)+$", re.I)


# "fired drones at X on Monday after a strike killed a commander in Y on Sunday", "a frappé X mardi, au lendemain
# d'une frappe sur Y qui a fait trois morts": the news, then an earlier attack it came after, told whole
_RECALLED_AFTER = {
    "en": re.compile(r",?\s+(?P<gap>(?:(?:just|only|barely|about|some|less than|more than)\s+)?(?:(?:[\w-]+\s+)?"
                     r"(?:hours|days|weeks)|an hour|a day|a week)\s+)?(?:came\s+)?after\s+(?!midnight|dawn|dusk|noon|"
                     r"sunrise|sunset|nightfall|the (?:attack|strike)s?\b|\d)", re.I),
    "fr": re.compile(r",?\s+(?:(?P<gap>(?:(?:quelques|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+"
                     r"(?:heures|jours|semaines)|une heure|un jour|une semaine)\s+)après(?:\s+que|\s+qu['’])?|"
                     r"(?P<next>au lendemain (?:de|du|des|d['’]))|après(?:\s+que|\s+qu['’])?)\s*"
                     r"(?!minuit|l['’]aube|midi|l['’]attaque|la frappe|cette|\d)", re.I),
}
# "قصف الجيش اليوم الثلاثاء بلدة X، بعد يوم من إطلاق صواريخ على Y", "عقب يومين من غارات على Y": the Arabic gap of an
# exact day count ("يوم", "يومين", "ثلاثة أيام"); "بعد ساعات من" and "بعد أيام من" tell no day and stay cut as
# background (lexicon.BACKGROUND_AFTER)
_AR_RECALLED_AFTER = re.compile(r"،?\s*و?" + _dates_module._AR_GAP_AFTER.pattern + r"\s+")
# "قصفت روسيا خاركيف اليوم، بعد ساعات من هجوم بمسيرات على بيلغورود": a gap of hours, the news' own day as best guess
# (as English "hours after", _gap_days); lexicon.BACKGROUND_AFTER cuts it when no attack with a day comes before it
_AR_HOURS_AFTER = re.compile(r"،?\s*و?(?:بعد|عقب)\s+(?:(?:بضع|نحو|قرابة)\s+)?(?:ساعات|ساعة|ساعتين)(?:\s+(?:فقط|قليلة))*"
                             r"\s+(?:من|على)(?![\u0621-\u064A])\s+")


# a day of its own in the recalled part ("on Sunday", "jeudi", "on January 20", "la veille"): with a bare "after"
# the recalled attack is told as an event only when its words date it
_SHORT_DAY_WORDS = frozenset({"may", "mai", "june", "july", "juin", "mars", "août", "aout", "hier"})
_OWN_DAY = re.compile(r"\b(?:" + "|".join(sorted(
    (re.escape(w) for w in (*_dates_module.WEEKDAYS, *_dates_module.MONTHS, "yesterday", "hier", "la veille")
     # (whole Latin names only: "sept" is also seven, "mar", "oct" abbreviations)
     if not "\u0600" <= w[0] <= "\u06ff" and (len(w) >= 5 or w in _SHORT_DAY_WORDS)), key=len, reverse=True)) + r")\b", re.I)


# "The latest strike came after the heaviest wave of the campaign, late on Saturday": a head that only times the news
# against what follows, with no gap told (the earlier wave is left to _came_after, as before)
_HAPPENED_END = re.compile(r"\b(?:came|comes|happened|occurred|took place|intervient|intervenait|survient|survenait|"
                           r"est survenue?|a eu lieu|arrive)\s+(?:(?:just|only|shortly|soon|right)\s+)?"
                           r"(?:after|après(?:\s+que|\s+qu['’])?|au lendemain (?:de|du|des|d['’]))\s*$", re.I)


_WEEK = datetime.timedelta(days=7)
# (a pluperfect, "qui avait fait trois morts", is read by _PLUPERFECT, defined with _earlier_background below)
# a weekday named (the recalled attack's day may then fall a week back)
_WEEKDAY_WORD = re.compile("|".join(w for w in _dates_module.WEEKDAYS if w.isascii()), re.I)


# the place of the news named again by a noun or a pronoun in an earlier attack recalled after it ("two days after a
# strike on a school in the city killed 20", "after rockets hit it on March 2", "une frappe sur une maison de la
# ville", "après qu'un drone a touché un immeuble de la même ville", "غارة على منزل في المدينة")
_SAME_PLACE_BACK = re.compile(
    r"\b(?:the|that)\s+(?:same\s+)?(?:city|town|village|base|capital|port)\b(?!\s+of\b)"
    r"|\b(?:hit|struck|targeted|attacked|shelled)\s+it\b|\b(?:building|house|block|school|hospital)\s+there\b"
    r"|\b(?:la|cette)\s+(?:même\s+)?(?:ville|localité|base|capitale)\b(?!\s+d[e'’])"
    r"|\b(?:le|ce)\s+(?:même\s+)?(?:village|port)\b(?!\s+d[e'’])"
    r"|(?<![\u0621-\u064A])[وفب]?(?:المدينة|القاعدة|العاصمة|البلدة|القرية)(?![\u0621-\u064A])"
    r"(?!\s+(?!نفسها)[\u0621-\u064A])", re.I)


def _recalled_same_place(info: "ClauseInfo", news: "_Current") -> None:
    """Give an earlier attack recalled after the news, told at "the city", "la ville", "المدينة" (_SAME_PLACE_BACK)
    with no place of its own, the news' place: the earlier attack on the same town is an event of its own, on its day,
    not one with no place (left out) nor the news' (whose toll it would swell)."""
    told = news.frame.first("target")
    if told is None or told.value.cue in _AREA_CUES or told.value.cue == "country":
        return
    info.mentions.append(Mention(told.value.name, 0, 0, told.value.cue, "target", told.value.container, anaphoric=True))


def _hours_before(news: DateSpan) -> datetime.date:
    """The day of an attack told "hours after" ("quelques heures après", "بعد ساعات من") before news of ``news``'s
    day: that day, unless the news came overnight or early ("pounded Gaza early on Saturday, hours after a rocket
    was fired", "a mené dans la nuit de lundi à mardi des raids, quelques heures après une attaque", "فجر اليوم"),
    when the hours before it fall on the day before."""
    if news.earliest < news.latest:
        return news.earliest
    early = news.text is not None and _dates_module._EARLY_PART.search(news.text) is not None
    return news.latest - datetime.timedelta(days=1) if early else news.latest


def _tells_toll(head: str, lang: str) -> bool:
    """Whether a reaction lead's head tells the toll of the attack after its gap ("said on Tuesday the toll had risen
    to five", "a annoncé que le bilan s'élevait à cinq morts", "إن الحصيلة ارتفعت إلى خمسة قتلى"): then the head and
    the attack are one clause, the toll the attack's."""
    if any(p.search(head) for p in (_BARE_TOLL, _DEATH_WORD, _INJURY_WORD)):
        return True
    # (a funeral's victims, "Hezbollah buried three fighters on Tuesday, two days after a strike on X", are read
    # with the attack in one clause by _ceremony_frame; a visit, "visited Metula", is no toll)
    rite = _ceremony_patterns(lang)[0].search(head)
    return rite is not None and _VISITED.search(head) is None


def _reaction_place_back(info: "ClauseInfo", head: Clause, lang: str) -> None:
    """An attack told after a reaction's gap at "the town", "la ville", "البلدة" (_SAME_PLACE_BACK), the place the
    reaction names: "The minister visited Metula on Wednesday, a day after rockets hit the town", "Le ministre s'est
    rendu mercredi à Metula, au lendemain de la chute de roquettes sur la ville", "زار الوزير المطلة، بعد يوم من سقوط
    صواريخ على البلدة".  Only when the clause before tells no attack of its own (a reaction split off, see
    _reaction_told_after and _ar_recalled_split)."""
    if _first_look(head.text, lang).trigger:
        return
    place = next((m for m in find_mentions(head.text, lang) if m.cue not in _AREA_CUES and m.cue not in ("area", "country")
                  and m.role not in ("country", "launch")), None)
    if place is None and (visit := _VISITED.search(head.text)) is not None:
        # ("visited Metula", "زار الوزير المطلة": the place visited, named with no cue, known to the gazetteer)
        words = [w.strip(".,،;:") for w in visit.group("name").split()]
        name = next((n for n in (" ".join(words), words[0]) if n and _known_name(n)), None)
        place = Mention(name, 0, 0) if name else None
    if place is not None:
        info.mentions.append(Mention(place.name, 0, 0, place.cue, "target", place.container, anaphoric=True))


# the place a visit goes to: "visited Metula", "s'est rendu mercredi à Metula", "زار الوزير المطلة"
_VISITED = re.compile(r"(?<!\w)(?:visited|toured|visité|rendue?s?\s+(?:\w+\s+){0,2}?(?:à|au)|(?:[وف]?(?:زار|زارت|تفقد|تفقدت)"
                      r"(?:\s+(?:الوزير|الرئيس|رئيس\s+\S+|وزير\s+\S+|وفد\s+\S+|اليوم|أمس))*))\s+(?P<name>[^\s,.،]+(?:\s+[^\s,.،]+)?)",
                      re.I)


def _recalled_split(sentence: str, lang: str) -> Optional[list[Clause]]:
    """The clauses of a sentence that tells an attack, then an earlier one it came after, or None.

    The earlier attack ("after a strike killed a commander in Tyre on Sunday", "au lendemain d'une attaque de drone
    contre une raffinerie à Riazan") is its own clause, marked recalled: its type, toll and place stay its own, and it
    keeps its own day or the gap told ("a day after", "au lendemain") counted back from the news.  Not when what comes
    before "after" tells no attack ("Three people were killed after a missile hit X": the "after" clause is the
    incident), nor with a bare "after" unless the words on each side give each attack a day of its own (left to the
    cut as before: "Israeli jets struck X, the military said, after rockets hit Y on Sunday" dates X by Y's day).
    """
    if lang == "ar":
        return _ar_recalled_split(sentence) if ("بعد" in sentence or "عقب" in sentence) else None
    if lang not in _RECALLED_AFTER or ("after" not in sentence and "après" not in sentence and "lendemain" not in sentence):
        return None
    for m in _RECALLED_AFTER[lang].finditer(sentence):
        if m.start() == 0:
            continue
        rest = sentence[m.end():]
        bare = m.group("gap") is None and (lang == "en" or m.group("next") is None)
        if bare and not (_OWN_DAY.search(rest) and _OWN_DAY.search(sentence, 0, m.start())):
            continue  # (a bare "after": both attacks told with a day of their own, or it is left to the cut)
        before = _launcher_unnamed(sentence[:m.start()])  # (a launcher found is no attack of the head's)
        if not _first_look(_uncondemned(before, lang), lang).trigger or not _first_look(rest, lang).trigger:
            continue
        if _CAME_AFTER[lang].search(sentence[:m.end()].rstrip()) or _HAPPENED_END.search(sentence, 0, m.end()):
            continue  # "The attack came three days after ...": the head only times the news (see _came_after)
        if bare:
            gap = None
        elif lang == "fr" and m.group("next") is not None:
            gap = 1
        else:
            gap = _gap_days(m.group("gap").strip() + (" after" if lang == "en" else " après"), lang)
        head = split_clauses(sentence[:m.end()], lang)  # (its gap phrase kept: "said on Tuesday ..., a day after")
        tail = split_clauses(" " * m.end() + rest, lang)
        tail = [Clause(c.text.lstrip(), c.offset + len(c.text) - len(c.text.lstrip()), True, gap)
                for c in tail if c.text.strip()]
        return head + tail if tail else None
    return None


def _ar_recalled_split(sentence: str) -> Optional[list[Clause]]:
    """The Arabic twin of _recalled_split: "قصف الجيش الإسرائيلي اليوم الثلاثاء بلدة X، بعد يوم من إطلاق صواريخ على
    Y": the attack after the gap (_AR_RECALLED_AFTER) is an earlier one of its own, dated by its own words or the
    news' day less the gap.  Only when the words before the gap tell an attack with a day named (the lead's
    "اليوم الثلاثاء") and the words after it tell one too; not a head that only times the news ("ويأتي الهجوم بعد
    يومين من", arabic.came_after)."""
    for m in [*_AR_RECALLED_AFTER.finditer(sentence), *_AR_HOURS_AFTER.finditer(sentence)]:
        if m.start() == 0 or arabic.came_after(arabic.clean(sentence)) is not None:
            return None
        head_text, rest = sentence[:m.start()], sentence[m.end():]
        if not _first_look(rest, "ar").trigger:
            continue
        if not _first_look(_uncondemned(head_text, "ar"), "ar").trigger:
            if _dates_module._AR_REACTING.search(head_text) is None or _tells_toll(head_text, "ar"):
                continue
            # "هددت إسرائيل بضرب بيروت، بعد يوم من هجمات على نهاريا", "زار الوزير المطلة، بعد يوم من سقوط صواريخ على
            # البلدة": a reaction, then the attack it answers, told in a clause of its own from the gap on (the place
            # threatened or visited is no target of it; the gap dates it, dates._ar_statement_after)
            return [Clause(_uncondemned(head_text, "ar"), 0), *(Clause(c.text, c.offset + m.start())
                                            for c in split_clauses(sentence[m.start():], "ar"))]
        if not arabic.dated(head_text) and "اليوم" not in head_text and "أمس" not in head_text:
            continue
        head = split_clauses(sentence[:m.end()], "ar")
        tail = split_clauses(" " * m.end() + rest, "ar")
        gap = _dates_module.ar_gap_days(m) if m.re is _AR_RECALLED_AFTER else 0
        tail = [Clause(c.text.lstrip(), c.offset + len(c.text) - len(c.text.lstrip()), True, gap)
                for c in tail if c.text.strip()]
        return head + tail if tail else None
    return None


# the gap of a reaction lead in days ("a day after", "two days after", "the day after", "au lendemain de", "deux jours
# après"): weeks, months and a vague "days after" tell no day of the attack (left cut as background)
_REACTION_GAP = re.compile(r"(?:(?:just|only|barely|à peine)\s+)?(?:(?:an?|one|two|three|un|une|deux|trois|\d)\s+(?:days?|jours?)"
                           r"\s+(?:after|après)|the\s+day\s+after|au\s+lendemain\s+(?:de|du|des|d['’])"
                           # ("condemned the attack on Tuesday, hours after two rockets hit X": the same day)
                           r"|(?:(?:a\s+few|several|some|mere|quelques|\d+|two|three|deux|trois)\s+)?(?:hours|heures)\s+(?:after|après))",
                           re.I)
_REACTING_HEAD = re.compile(r"(?<!\w)" + _dates_module._REACTING + r"(?!\w)", re.I)


def _reaction_told_after(sentence: str, lang: str, background: re.Match) -> Optional[re.Match]:
    """Whether a sentence leads with a reaction of its own day and tells the attack it answers only after a gap of
    days: "Israel threatened on Tuesday to retaliate, a day after Hezbollah rockets hit Kiryat Shmona", "Israël a
    menacé mardi de riposter, au lendemain de tirs de roquettes sur X", "Hezbollah buried three fighters on Tuesday,
    two days after an Israeli strike on Nabatieh".  The attack is the one the article reports, with its place and its
    day (the reaction's day less the gap, dates._statement_after): it is told, not cut as background.  Not a head that
    tells an attack of its own (the recalled split's), nor a gap of weeks or a vague "days after".  The gap phrase
    is returned: the reaction before it is a clause of its own, so that a place it threatens or visits ("threatened
    to strike Beirut", "visited Metula") is no target of the attack told after it."""
    if lang not in ("en", "fr"):
        return None
    gap = _REACTION_GAP.search(sentence, max(0, background.start() - 12), background.end() + 24)
    if gap is None or gap.end() < background.start() or gap.start() > background.end():
        return None
    head, rest = sentence[:gap.start()], sentence[gap.end():]
    if _launcher_found(head):
        head = _launcher_unnamed(head)  # ("police found a rocket launcher in X": the police's find, no attack)
    elif not _REACTING_HEAD.search(head):
        return None
    if _first_look(_uncondemned(head, lang), lang).trigger:
        return None
    return gap if _first_look(rest, lang).trigger else None


def _launcher_unnamed(head: str) -> str:
    """A lead's words with the launcher it found blanked: "Iraqi police found a rocket launcher in Basra on
    Wednesday, a day after three rockets hit X", "La police a retrouvé mardi un lance-roquettes à X, au lendemain de
    tirs sur Y": the find is what the police did on the news' day (a reaction, as a visit is), its weapon word no
    attack of its own; the attack is the one told after the gap (see _reaction_told_after).  A lead with no launcher
    found is returned as it is."""
    return _LAUNCHER_FOUND.sub(lambda m: " " * len(m.group(0)), head) if _launcher_found(head) else head


def _uncondemned(head: str, lang: str) -> str:
    """A reaction's words without the attack it condemns ("L'Iran a condamné mardi les frappes", "Lebanon condemned
    the raids on Wednesday"): the attack condemned is the one told after the gap, not one of the head's own."""
    m = _vocab(lang)["condemn"].search(head)
    return head if m is None else head[:m.end()]


def split_clauses(sentence: str, lang: str) -> list[Clause]:
    """Clauses of a sentence, each with its offset.

    What follows "hours after", "quelques jours après" tells an earlier, other happening (a funeral,
    a stampede, a speech): it is cut off, so its places and casualties stay out of the incident.  An earlier attack
    told whole after the news is a clause of its own instead (see _recalled_split).
    """
    recalled = _recalled_split(sentence, lang)
    if recalled is not None:
        return recalled
    pattern = _CLAUSE_SPLIT.get(lang, _CLAUSE_SPLIT["en"])
    background = _BACKGROUND_AFTER.get(lang, _BACKGROUND_AFTER["en"]).search(sentence)
    earlier = None
    if background is not None and background.start() > 0 and (
            _came_after(sentence, lang, background) if lang != "ar" else (
                # (Arabic: an earlier attack told after it with a day of its own, "بعد أيام من إطلاق صواريخ
                # مساء الاثنين 22 نيسان على X", is told, not cut; a setting with no day stays cut)
                arabic.came_after(arabic.clean(sentence)) is not None
                and arabic.dated(sentence[background.end():])
                and _first_look(sentence[background.end():], lang).trigger)):
        # "The attack came three days after a drone strike on X killed two": the main clause only times the
        # news against an earlier incident, and what follows "after" tells that incident, told whole
        earlier = background.end()
        sentence = " " * earlier + sentence[earlier:]
        background = None
    if background is not None and background.start() <= 24 and (
            _FRONTED_GAP.match(sentence[:background.start()]) if background.start()
            # "Deux jours après une frappe sur X, des drones ont touché Y": French puts the quantity inside the phrase
            else lang == "fr" and _FRONTED_QUANTITY_FR.match(background.group(0)) or (
                lang in ("en", "fr") and _FRONTED_ONE.match(background.group(0))
                and sentence.find(", ", background.end()) > 0
                and _first_look(sentence[sentence.find(", ", background.end()) + 2:], lang).trigger)):
        # "Less than two hours after the X blast, a second bomb exploded near Y": a fronted phrase that times the
        # news against an earlier incident; it ends at its comma, the main clause after it is the news
        comma = sentence.find(", ", background.end())
        if comma > 0:
            sentence = " " * (comma + 2) + sentence[comma + 2:]
            background = None
    if background is not None and background.start() > 0 \
            and (gap := _reaction_told_after(sentence, lang, background)) is not None:
        # "Israel threatened on Tuesday to strike Beirut, a day after rockets hit X": X's attack is told, in a clause
        # of its own from the gap on (which dates it: dates._statement_after)
        if not _tells_toll(sentence[:gap.start()], lang):
            lead = _launcher_unnamed(sentence[:gap.start()])
            return [Clause(_uncondemned(lead, lang), 0),
                    *(Clause(c.text, c.offset + gap.start()) for c in split_clauses(sentence[gap.start():], lang))]
        background = None  # ("said on Tuesday the toll had risen to five, a day after a strike on X": one clause)
    if background is not None and background.start() > 0:  # "Hours after the funeral, rockets hit ..." stays
        # "Des frappes menées en représailles à un tir sur X, ont tué ... à Y": the motive sat inside the
        # subject, and a comma then a finite verb takes the main clause up again after it
        back = _MAIN_VERB_BACK.get(lang)
        again = back.search(sentence, background.end()) if back is not None \
            and not _MAIN_VERB_BACK_AHEAD[lang].search(sentence[:background.start()]) else None
        if again is not None:
            # the motive is blanked, not cut, so that the offsets of what follows still hold
            sentence = sentence[:background.start()] + " " * (again.start() + 1 - background.start()) \
                + sentence[again.start() + 1:]
        else:
            sentence = sentence[:background.start()]
    out, pos = [], 0
    for m in pattern.finditer(sentence):
        if m.start() > pos:
            out.append(Clause(sentence[pos:m.start()], pos))
        pos = m.end()
    if pos < len(sentence):
        out.append(Clause(sentence[pos:], pos))
    if lang == "ar" and " و" in sentence:  # "استهدف صاروخان X وطائرة مسيرة Y": a second incident after a bare "و"
        out = [Clause(t, c.offset + o) for c in out for o, t in arabic.gapped_conjuncts(c.text)]
    if lang == "fr" and " et " in sentence:
        out = _second_hit_rejoined(out, sentence, lang)
    if (lang == "en" and (" and " in sentence or " then " in sentence)) \
            or (lang == "fr" and (" et " in sentence or " puis " in sentence)):
        out = [part for c in _rejoin_another(out, sentence, lang) for part in _gapped_count(c, lang)]
    if lang == "en" and " after " in sentence:
        out = [part for c in out for part in _salvo_answered(c)]
    if lang != "ar" and (" and fired " in sentence or " and launched " in sentence or " et tiré " in sentence
                         or " et lancé " in sentence or " and also " in sentence or " and then " in sentence
                         or " et a " in sentence or " et ont " in sentence):
        out = [part for c in out for part in _second_predicate(c, lang)]
    if (lang == "en" and " and " in sentence) or (lang == "fr" and " et " in sentence):
        out = [part for c in out for part in _second_subject(c, lang)]
    if lang == "en" and ("from which" in sentence or "from where" in sentence or "whence" in sentence):
        out = [part for c in out for part in _launch_relative(c)]
    if lang != "ar" and ("with " in sentence or "avec " in sentence):
        out = [part for c in out for part in _each_with_weapon(c)]
    elif lang == "ar" and len(out) > 1 and ("وب" in sentence or "ثم" in sentence or "وعلى" in sentence
                                            or "وأخرى" in sentence or "واخرى" in sentence or "وعاد" in sentence
                                            or any(_AR_VERB_MORE.match(c.text) or _AR_AND_OBJECT.match(c.text)
                                                   for c in out[1:])):
        out = _carry_ar_verb(out)
    if earlier is not None:
        out = [Clause(c.text.lstrip(), c.offset + len(c.text) - len(c.text.lstrip())) for c in out if c.text.strip()]
    return out or [Clause(sentence, 0)]


# "from which", "from where", "whence", and the salvo's determiner: the relative clause that names where a salvo came from
_FROM_WHICH = r"(?:from\s+(?:which|where)|whence)\s+"
_SALVO_DET = r"(?:the\s+|its\s+|their\s+|these\s+|those\s+)?"
# "Israeli jets struck X, the military said, after rockets hit Y on Sunday": the salvo the strike answered, its
# projectiles with their verb of impact (or "were fired at"), told in its own right
_AFTER_SALVO = re.compile(r",?\s+after\s+(?=(?:(?:at least\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"several)\s+)?(?:[a-z-]+\s+)?(?:drones?|missiles?|rockets?|projectiles?|mortars?|shells?)\s+"
                          r"(?:hit|struck|slammed|targeted|(?:were|was)\s+(?:fired|launched)\s+(?:at|on|toward|towards))\b)")


# "The Houthis attacked a ship in the Red Sea and fired drones at Eilat", "Les rebelles ont attaqué un poste à A et tiré
# des roquettes sur B": a second predicate of the same subject with its own projectiles and its own aim
_SECOND_PREDICATE = {
    "en": re.compile(r"\s+and\s+(?=(?:also\s+|then\s+)?(?:fired|launched)\s+(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|"
                     r"rockets?|mortars?|shells?|projectiles?)\s+(?:at|on|toward|towards|into)\s)", re.I),
    "fr": re.compile(r"\s+et\s+(?=(?:ont\s+|a\s+)?(?:tiré|lancé)\s+(?:des|plusieurs|une?|deux|trois|quatre|cinq|\d+)\s+"
                     r"(?:[\w-]+\s+)?(?:roquettes?|drones?|missiles?|obus|projectiles?)\s+(?:sur|contre|vers|en\s+direction))",
                     re.I),
}


# the verbs of attack of a round-up's items, told once for the item's own verb and for the deed before it (below)
_ROUND_UP_VERBS = {"en": r"shelled|struck|hit|bombed|pounded|targeted|attacked|fired|launched|raided|killed",
                   "fr": r"pilonné|frappé|bombardé|visé|ciblé|attaqué|tiré|touché|tué"}
# "Israeli jets struck A, while artillery shelled B and Hezbollah fired rockets at C", "...; l'artillerie a pilonné B, et
# une mine artisanale a tué quatre soldats près de C": a day's round-up, the next attack told by a subject of its own
# (an attacker, a gun, a bomb) and a verb of attack of its own -- another incident, not a second target of the first
_SECOND_SUBJECT = {
    "en": re.compile(r",?\s+and\s+(?=(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:artillery|jets|warplanes|"
                     r"aircraft|planes|helicopters|tanks|gunboats|forces|troops|militants|gunmen|jihadists|insurgents|"
                     r"(?:roadside\s+|car\s+)?bombs?|IEDs?|(?:explosive|improvised)\s+devices?|(?:land)?mines?|Hezbollah|Hamas|"
                     r"Houthis)\s+(?:also\s+|later\s+|then\s+)?(?:" + _ROUND_UP_VERBS["en"] + r"|wounded|exploded)\b)"),
    "fr": re.compile(r",?\s+et\s+(?=(?:l['’]|les?\s+|la\s+|une?\s+|des\s+)(?:[\w'’-]+\s+){0,1}?(?:artillerie|aviation|avions|"
                     r"chars|hélicoptères|forces|troupes|jihadistes|djihadistes|hommes\s+armés|bombes?|engins?\s+explosifs?|"
                     r"mines?|EEI|Hezbollah|Hamas|Houthis)\s+(?:[\w'’-]+\s+){0,2}?(?:a|ont)\s+(?:également\s+|aussi\s+|ensuite\s+)?"
                     r"(?:" + _ROUND_UP_VERBS["fr"] + r"|blessé)\b)", re.I),
}
# the verb of attack the first of the two must tell before a bare "and" (not "Israeli jets and artillery struck X":
# one subject of two, one clause)
_OWN_DEED_BEFORE = {
    "en": re.compile(r"\b(?:" + _ROUND_UP_VERBS["en"] + r"|intercepted|downed|shot\s+down|exploded|detonated)\b", re.I),
    "fr": re.compile(r"\b(?:a|ont)\s+(?:\w+\s+)?(?:" + _ROUND_UP_VERBS["fr"] + r"|intercepté|abattu)\b", re.I),
}


def _second_subject(clause: Clause, lang: str) -> list[Clause]:
    """A clause cut before "and <a subject of its own> <a verb of attack>" (see _SECOND_SUBJECT) when what precedes
    tells an attack with a verb of its own: the next item of a round-up of the day's attacks."""
    m = _SECOND_SUBJECT[lang].search(clause.text)
    if m is None or not _OWN_DEED_BEFORE[lang].search(clause.text, 0, m.start()) \
            or _CLAIMANT_ACCOUNT.search(clause.text[:m.start()]) or not _first_look(clause.text[:m.start()], lang).trigger:
        return [clause]
    rest = Clause(clause.text[m.end():], clause.offset + m.end())
    return [Clause(clause.text[:m.start()], clause.offset)] + _second_subject(rest, lang)


def _second_predicate(clause: Clause, lang: str) -> list[Clause]:
    """A clause cut before a second predicate of its subject that fires projectiles of its own at an aim of its own
    (see _SECOND_PREDICATE), when the first tells an attack of its own -- not in a claimant's account ("said the group
    had fired missiles at X and launched drones at Y": the list a claimant gives, see _conjunct_sites)."""
    m = _SECOND_PREDICATE[lang].search(clause.text)
    if m is None or _TOLD_HAD_HIT.search(clause.text, 0, m.start()) or _CLAIMANT_ACCOUNT.search(clause.text[:m.start()]) \
            or not _first_look(clause.text[:m.start()], lang).trigger:
        return [clause]
    return [Clause(clause.text[:m.start()], clause.offset), Clause(clause.text[m.end():], clause.offset + m.end())]


def _salvo_answered(clause: Clause) -> list[Clause]:
    """A clause cut before "after <projectiles> hit Y" when what precedes tells an attack of its own ("struck X"), not a
    toll or a denial ("No one was hurt, police said, after a rocket landed near X": one incident)."""
    m = _AFTER_SALVO.search(clause.text)
    if m is None or not _first_look(clause.text[:m.start()], "en").trigger:
        return [clause]
    return [Clause(clause.text[:m.start()], clause.offset), Clause(clause.text[m.end():], clause.offset + m.end())]


# "shelled the area near X from which the rockets were fired at Y": a relative clause that tells the salvo the strike
# answered, with the place it was fired at (its verb of launch and its aim, "at|on|toward Y")
_SALVO_FIRED = (r"(?:[\w-]+\s+){0,2}?(?:rockets?|missiles?|drones?|projectiles?|shells?|mortars?|barrage|salvo)\s+"
                r"(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:fired|launched)")
_RELATIVE_SALVO = re.compile(r",?\s+" + _FROM_WHICH + r"(?=" + _SALVO_DET + _SALVO_FIRED + r"\s+(?:\w+\s+)?"
                             r"(?:at|on|toward|towards|into|against)\s)", re.I)
# (the same relative with no aim of its own: "shelled the area near X from which the rockets were fired.")
_RELATIVE_SALVO_BARE = re.compile(r",?\s+" + _FROM_WHICH + _SALVO_DET + _SALVO_FIRED + r"\b"
                                  r"(?:\s+(?:earlier|previously|before|on\s+\w+day|(?:earlier\s+)?(?:that|this|on\s+the)\s+"
                                  r"(?:day|morning|evening|night)))?(?=\s*(?:[,.;]|$))", re.I)
_ANSWERED_ENDS = (" after", " from which", " from where", " whence")
_RELATIVE_ARTICLE = re.compile(r"^(?:the|its|their|these|those)\b", re.I)


def _launch_relative(clause: Clause) -> list[Clause]:
    """A clause cut before "from which the rockets were fired at Y" when what precedes tells an attack of its own
    ("shelled the area near X"): the main clause is the strike on X, the relative one the salvo on Y (whose launch
    site X is, see _launch_told_by_relative); read as one clause, the salvo's projectiles typed the strike on X."""
    m = _RELATIVE_SALVO.search(clause.text)
    if m is None:
        bare = _RELATIVE_SALVO_BARE.search(clause.text)
        if bare is not None and _first_look(clause.text[:bare.start()], "en").trigger:
            # "shelled the area near X from which the rockets were fired": no aim of its own, the relative only
            # points back at the salvo told before; blanked, so its projectiles do not type the strike nor make it
            # a retelling of that salvo (_launch_told_by_relative still reads it in the sentence)
            return [Clause(clause.text[:bare.start()] + " " * (bare.end() - bare.start()) + clause.text[bare.end():],
                           clause.offset)]
        return [clause]
    if not _first_look(clause.text[:m.start()], "en").trigger:
        return [clause]
    # (its article blanked: "the rockets" of the relative are the salvo's own, told here first, not a look back
    # at the strike the main clause told; offsets still hold)
    rest = _RELATIVE_ARTICLE.sub(_blank, clause.text[m.end():], count=1)
    return [Clause(clause.text[:m.start()], clause.offset), Clause(rest, clause.offset + m.end())]


# "with rockets", "avec « des dizaines de roquettes »", "with a guided missile": a weapon given to one target
_WEAPON_WITH = (r"\b(?:with|avec)\s+[«\"“]?\s*(?:(?:an?|one|two|three|four|five|six|\d+|several|dozens\s+of|une?|des|deux|"
                r"trois|quatre|cinq|six|plusieurs|dizaines\s+de)\s+)?(?:[\w'’-]+\s+){0,2}?"
                r"(?:drones?|missiles?|rockets?|roquettes?|shells?|obus|mortars?|mortiers?|projectiles?|artillery|artillerie|"
                r"(?:glide|guided|aerial|air-dropped)\s+bombs|bombes\s+(?:guidées|planantes))\b")
_WEAPON_WITH_RE = re.compile(_WEAPON_WITH, re.I)
# "..., puis Y avec un missile guidé", "... and then Y with a drone", "... and Y with two drones": the next target
# named with a weapon of its own (the break is taken only after a first target that had its own weapon)
_EACH_WITH_WEAPON = re.compile(r"[»”\"]?,?\s+(?:(?:and|et),?\s+(?:(?:then|later|afterwards|subsequently|puis|ensuite|"
                               r"plus tard),?\s+)?|(?:then|puis|ensuite)\s+"
                               # "visé X avec des roquettes, Y avec un drone et Z avec ...": a comma alone before the
                               # next name (a capital or a definite article) with a weapon of its own
                               r"|(?<=,\s)(?=(?-i:[A-Z])|(?:the|la|le|les)\s|l['’])(?=[^.;,]{0,50}?\b(?:with|avec)\s))"
                               r"(?=[^.;,]{0,80}?" + _WEAPON_WITH + r")", re.I)
# the verb a list of "X with W1, Y with W2" shares: each later item's clause is read with it (its object gapped)
_GAPPED_VERB = re.compile(r"\b(?:targeted|targeting|struck|striking|hit|hitting|shelled|shelling|attacked|attacking|bombed|"
                          r"pounded|(?:fired|firing|launched|launching)\b[^.;,]{0,30}?\b(?:at|on|towards?)|visé|viser|frappé|"
                          r"frapper|ciblé|cibler|bombardé|pilonné|attaqué|attaquer|(?:tiré|tirer|lancé)\b[^.;,]{0,30}?"
                          r"\b(?:sur|contre|vers))\s+", re.I)


def _each_with_weapon(clause: Clause) -> list[Clause]:
    """A clause cut where a second target comes with its own weapon ("hit X with rockets, then Y with a drone")."""
    text = clause.text
    first = _WEAPON_WITH_RE.search(text)
    if first is None:
        return [clause]
    cut = _EACH_WITH_WEAPON.search(text, first.end())
    if cut is None or text[first.end():cut.start()].count(" ") > 8:
        return [clause]  # (a weapon's own long description: no second target next to it)
    head = Clause(text[:cut.start()], clause.offset)
    tail = Clause(text[cut.end():], clause.offset + cut.end())
    verb = None
    for verb in _GAPPED_VERB.finditer(text, 0, first.start()):
        pass
    if verb is not None and not _GAPPED_VERB.search(text, cut.end()):
        # "visé X avec des roquettes, Y avec un drone": Y's clause is read with the verb it shares ("visé Y avec
        # un drone": a bare name after a comma is no target), the words between blanked so offsets still hold
        tail = Clause(" " * verb.start() + text[verb.start():verb.end()] + " " * (cut.end() - verb.end())
                      + text[cut.end():], clause.offset)
    return [head] + _each_with_weapon(tail)


# A second item that leaves out the verb and the noun the first one told: "shot down 12 drones over the Belgorod
# region and three over the Kursk region", "Five people were killed in a strike in X, and three more in a strike on
# Y", "Strikes killed 12 people in Rafah and eight in Khan Younis", "a abattu 12 drones au-dessus de la région de X et
# trois au-dessus de celle de Y".  The cut: "and"/"et" (or a list's comma, "10 over A, four over B and two over C") and
# a bare figure ("more", "others", "autres" allowed), then a preposition of place; the second item is read with the
# first's verb and noun.
_GAP_NUM = {
    "en": r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)",
    "fr": r"(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|"
          r"trente|quarante|cinquante)",
}
_GAP_NOUN = {
    "en": r"(?:[\w-]+\s+){0,2}?(?:people|persons|civilians|soldiers|troops|fighters|militants|children|drones|UAVs|"
          r"missiles|rockets|shells|projectiles|mortars|bombs|drone|UAV|missile|rocket|shell|projectile|"
          # ("killed a fighter in A and another in B")
          r"person|civilian|soldier|fighter|militant|child|man|woman)",
    "fr": r"(?:personnes?|civils?|soldats?|militaires?|combattants?|enfants?|drones?|missiles?|roquettes?|obus|"
          r"projectiles?|engins?)",
}
_GAP_VERB = {
    "en": r"(?:shot\s+down|intercepted|downed|destroyed|killed|wounded|injured|fired|launched)",
    "fr": r"(?:abattu|intercepté|détruit|tué|blessé|tiré|lancé)e?s?",
}
_GAP_PLACE_WORDS = {
    "en": r"(?:over|above|in|on|near|at|across|around|towards?)\s+(?:[a-z-]+\s+){0,4}?(?-i:[A-Z])",
    "fr": r"(?:au-dessus|à|dans|près|sur|vers|en)\s+(?:[a-zà-ÿ-]+\s+|[dl]['’]){0,4}?(?-i:[A-ZÀ-Þ])",
}
# ("and another in Y", "puis une autre à Y": one more of the noun told, after "and", "then" or "puis")
_GAP_ANOTHER = {"en": r"another", "fr": r"une?\s+autre"}
_GAP_CUT = {lang: re.compile(
    r"(?:,?\s+" + (r"(?:and\s+then|and|then)" if lang == "en" else r"(?:et\s+puis|et|puis)") + r"|,)\s+"
    r"(?:at\s+least\s+|au\s+moins\s+)?(?P<n>" + _GAP_NUM[lang] + "|" + _GAP_ANOTHER[lang]
    + r")(?:\s+(?P<more>more|others|other|autres))?\s+"
    # (a place's name follows, not "two in serious condition")
    + r"(?=" + _GAP_PLACE_WORDS[lang] + r")", re.I) for lang in _GAP_NUM}
_GAP_PASSIVE = {lang: re.compile(
    r"\b(?P<n>" + _GAP_NUM[lang] + r")\s+(?P<noun>" + _GAP_NOUN[lang] + r")\s+"
    # ("drones ukrainiens ont été abattus": a French adjective after the noun)
    + ("" if lang == "en" else r"(?:[\w-]+\s+)?") + r"(?P<vp>"
    + (r"(?:were|was|have\s+been|had\s+been|are|is)\s+(?:\w+\s+)?" if lang == "en"
       else r"(?:ont|a|avaient|avait)\s+(?:également\s+|aussi\s+)?été\s+") + _GAP_VERB[lang] + r")(?!\w)", re.I)
    for lang in _GAP_NUM}
_GAP_ACTIVE = {lang: re.compile(
    r"\b(?P<vp>" + ("" if lang == "en" else r"(?:a|ont|avait|avaient|avoir)\s+") + _GAP_VERB[lang]
    + r")\s+(?:at\s+least\s+|up\s+to\s+|some\s+|au\s+moins\s+)?(?P<n>" + _GAP_NUM[lang]
    + (r"|an?" if lang == "en" else "") + r")\s+(?P<noun>"
    + _GAP_NOUN[lang] + r")(?!\w)", re.I) for lang in _GAP_NUM}
# "One rocket fell on A, and another in B", "Une roquette est tombée sur A, puis une autre à B": a figure and its noun
# told with a verb of impact that takes no object, the verb the second item leaves out
_GAP_FELL = {lang: re.compile(
    r"\b(?P<n>" + _GAP_NUM[lang] + (r"|an?" if lang == "en" else "") + r")\s+(?P<noun>" + _GAP_NOUN[lang] + r")\s+"
    + ("" if lang == "en" else r"(?:[\w-]+\s+)?") + r"(?P<vp>"
    + (r"(?:also\s+)?(?:fell|landed|exploded|crashed|slammed)" if lang == "en"
       else r"(?:(?:est|sont)\s+(?:aussi\s+|également\s+)?tombée?s?|(?:s['’]est|se\s+sont)\s+écrasée?s?|(?:a|ont)\s+explosé)")
    + r")(?!\w)", re.I) for lang in _GAP_NUM}
# "... de la région de X et trois au-dessus de celle de Y": "celle de" stands for the first item's area noun
_GAP_AREA = re.compile(r"\b(?P<the>la\s+|le\s+|l['’])(?P<kind>région|province|oblast|district|gouvernorat)\s+"
                       r"(?:de\s|du\s|d['’])")
_GAP_SAME_KIND = re.compile(r"au-dessus\s+(?:de\s+)?(?:celle|celui)\s+(?:de\s+|d['’])(?=[A-ZÀ-Þ])")
_GAP_ONE = frozenset(("one", "un", "une"))


# a clause the split opened at "and another" with a place next ("..., and another in Y"): one more of what the clause
# before told, its verb left out
_ANOTHER_AT = re.compile(r"another\s+(?=" + _GAP_PLACE_WORDS["en"] + r")", re.I)


# "et ont touché une maison à Y": a French second verb of hitting with no subject of its own, and the gap before it
_SECOND_HIT_FR = re.compile(r"(?:a|ont)\s+(?:aussi\s+|également\s+)?(?:touch|frapp|endommag|détru)\w*\s", re.I)
_AND_GAP_FR = re.compile(r",?\s+et\s+")
# a day told for the first verb ("ont frappé X lundi et ont touché Y mardi": two days, two clauses)
_DAY_TOLD_FR = re.compile(r"\b(?:" + _WEEKDAY_WORD.pattern + r"|hier|aujourd['’]hui|avant-hier|nuit|matin|soir|veille|"
                          r"lendemain)\b|\d", re.I)


def _second_hit_rejoined(out: list[Clause], sentence: str, lang: str) -> list[Clause]:
    """The French clause "et ont touché une maison à Y", cut off at "et ont" (a clause of its own subject), joined back
    to the clause before it: "Des roquettes sont tombées sur X et ont touché une maison à Y" is one salvo, and the
    second verb's place a second site of the same clause (see _SECOND_VERB_GAP; the English and Arabic, "fell on X and
    hit a house in Y", "سقطت على X وأصابت منزلا في Y", are never cut).  Not when the first verb has a day of its own
    ("ont frappé X lundi et ont touché Y mardi")."""
    if lang != "fr" or len(out) < 2:
        return out
    joined: list[Clause] = [out[0]]
    for c in out[1:]:
        prev = joined[-1]
        if _SECOND_HIT_FR.match(c.text) and _AND_GAP_FR.fullmatch(sentence, prev.offset + len(prev.text), c.offset) \
                and not _DAY_TOLD_FR.search(prev.text):
            joined[-1] = Clause(sentence[prev.offset:c.offset + len(c.text)], prev.offset)
            continue
        joined.append(c)
    return joined


def _rejoin_another(out: list[Clause], sentence: str, lang: str) -> list[Clause]:
    """The clauses with "and another in Y", cut off by the split (a second subject's clause, "and another was
    wounded"), joined back to the clause before it when :func:`_gapped_count` reads the two as one item and a
    second told without its verb ("One rocket fell on A, and another in B"); the rest as they were."""
    if lang != "en" or len(out) < 2 or "another" not in sentence:
        return out
    joined: list[Clause] = [out[0]]
    for c in out[1:]:
        prev = joined[-1]
        if _ANOTHER_AT.match(c.text):
            both = Clause(sentence[prev.offset:c.offset + len(c.text)], prev.offset)
            if len(_gapped_count(both, lang)) > 1:
                joined[-1] = both
                continue
        joined.append(c)
    return joined


# a verb of the second item's own, before its end ("et une autre sur Y en a tué six", "and another in Y was shot down")
_GAP_OWN_VERB = {
    "en": re.compile(r"\b(?:was|were|has|have|had|is|are|hit|struck|killed|wounded|fell|landed|exploded|crashed)\b", re.I),
    "fr": re.compile(r"\b(?:a|ont|est|sont|avait|avaient|en\s+a|s['’]est)\s", re.I),
}


_ITEM_END = re.compile(r"[,;.]")


def _item_end(text: str, start: int) -> int:
    """Where the item opened at ``start`` ends: the next comma, semicolon or full stop (or the text's end)."""
    m = _ITEM_END.search(text, start)
    return m.start() if m else len(text)


def _gapped_count(clause: Clause, lang: str) -> list[Clause]:
    """A clause cut where a second figure comes with a place of its own and no verb ("shot down 12 drones over A and
    three over B", "a abattu 12 drones au-dessus de A et trois au-dessus de B"): the second item's clause is read
    with the first's verb and noun ("shot down three drones over B"), written just before its place so that the
    place's offsets still hold."""
    text = clause.text
    cut = _GAP_CUT[lang].search(text)
    if cut is None:
        return [clause]
    head_text = text[:cut.start()]
    told = None
    for told in _GAP_PASSIVE[lang].finditer(head_text):
        pass
    passive = told is not None
    if told is None:
        for told in _GAP_ACTIVE[lang].finditer(head_text):
            pass
    another = cut.group("n").lower().endswith(("another", "autre"))
    if another and _GAP_OWN_VERB[lang].search(text, cut.end(), _item_end(text, cut.end())):
        # ("une frappe a tué onze personnes à A, et une autre sur une école à B en a tué six": another strike with
        # a verb of its own, read by the clause split; without one, "another" is one more of the noun told: "destroyed
        # a drone over A and another over B", "killed a fighter in A and another in B")
        return [clause]
    if told is None:
        for told in _GAP_FELL[lang].finditer(head_text):
            passive = True  # (the figure before its verb, as a passive's)
    if told is None or head_text[told.end():].count(" ") > 12:
        return [clause]  # (no figure with its noun and verb told just before: nothing left out)
    noun = told.group("noun")
    if (cut.group("n").lower() in _GAP_ONE or another) and noun.endswith("s") and not noun.endswith(("people", "obus")):
        noun = noun[:-1]
    figure = ("one" if cut.group("n").lower() == "another" else cut.group("n")) \
        + (" " + cut.group("more") if cut.group("more") else "")
    said = f"{figure} {noun} {told.group('vp')} " if passive else f"{told.group('vp')} {figure} {noun} "
    subject = head_text[:told.start()].strip()
    if not passive and subject and "," not in subject and subject.count(" ") < 6 \
            and len(subject) + 1 + len(said) <= cut.end():
        # ("Israeli strikes killed 12 people in A and eight in B", "Des frappes ont tué 12 personnes à A et huit à B":
        # the strikes' too)
        said = subject + " " + said
    end = cut.end()
    area = _GAP_AREA.search(head_text, told.end()) if lang == "fr" else None
    same = _GAP_SAME_KIND.match(text, end) if area is not None else None
    if same is not None:
        # (Y a region too, not a town of that name)
        said += f"au-dessus de {area.group('the')}{area.group('kind')} de "
        end = same.end()
    if len(said) > end:
        return [clause]
    head = Clause(head_text, clause.offset)
    tail = Clause(" " * (end - len(said)) + said + text[end:], clause.offset)
    return [head] + _gapped_count(tail, lang)


# an Arabic item that fronts its weapon after "، و" with no verb of its own: "، وبصلية أخرى مدينة Y",
# "، وبالمدفعية الثقيلة بلدة Y" (the first item's verb is left out, as in "visé X avec W1, Y avec W2")
_AR_WEAPON_FRONTED = re.compile(r"^\W*وب(?:ال)?(?:صلية|صليات|رشقة|رشقات|مدفعية|مدافع|صواريخ|صاروخ|قذائف|قذيفة|"
                                r"طائرة|طائرات|مسيرة|مسيرات|سرب|راجمات|هاون)(?![\u0621-\u064a])")
_ANOTHER_AFTER = re.compile(r"\s+(?:أخرى|اخرى|ثانية|جديدة|مماثلة)(?![\u0621-\u064a])")
# "ثم قاعدة Y", "ثم الحسكة": an item opened by "ثم" with a noun (a cue noun or a name with its article), no verb
_AR_THEN_OBJECT = re.compile(r"^\W*ثم\s+(?=(?:(?:على|في)\s+)?(?:ال|(?:قاعدة|مطار|مدينة|بلدة|قرية|مستوطنة|معسكر|حقل|مقر|منطقة|ميناء)"
                             r"(?![\u0621-\u064a])))")
# "، وعلى بنية تحتية في بلدة Y": an item that tells its preposition again with no verb (the "و" blanked, "على" kept)
_AR_AND_ON = re.compile(r"^\W*و(?=على\s)")
# "، واستشهد مواطن في بلدة Y": a toll with a town of its own, cut off as its own clause (see _CLAUSE_SPLIT)
_AR_TOLL_ELSEWHERE = re.compile(r"^\W*" + _AR_TOLL_AT)
# "، وسقطت ثالثة على Y": a verb of its own, then an ordinal or "another" for the projectile told before
_AR_VERB_MORE = re.compile(r"^\W*و(?:" + _AR_OWN_VERB + r")\S{0,3}\s+(?P<more>" + arabic._ELLIPTIC_MORE
                           + r")(?![\u0621-\u064a])")
# "، وبلدة Y دون وقوع إصابات": the verb's next object under a noun of its own (the "و" blanked, the noun kept)
_AR_AND_OBJECT = re.compile(r"^\W*" + _AR_NEXT_OBJECT)
# "، وعاد صباح الثلاثاء ليغير على Y": the raider's return, its verb told after "ل" in the imperfect; both words are
# blanked and the verb of the item before read in their stead
_AR_RETURNED = re.compile(r"^\W*وعاد\S{0,2}\s")
_AR_RETURNED_TO = re.compile(r"(?<![\u0621-\u064a])ل[يت](?:غير|قصف|ستهدف|ضرب|شن|دك|هاجم)(?![\u0621-\u064a])")
# the raids "شن" launched, a few words after it ("شنت الطائرات الحربية غارات على X")
_AR_RAIDS_AFTER = re.compile(r"(?:\s+[^\s،,.]+){0,4}?\s+(?P<raids>(?:ال)?(?:غارة|غارات|غارتين|ضربة|ضربات)(?:\s+جوية)?)"
                             r"(?![\u0621-\u064a])")
# the verb such an item takes from the item before (a fall too: "سقطت صواريخ على X، ثم على Y")
_AR_THEN_VERB = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:استهدف|قصف|هاجم|ضرب|دك|أطلق|اطلق|شن|سقط|أغار|اغار)(?:ت|وا|نا)?(?![\u0621-\u064a])")
# "، وأخرى منزلا في بلدة Y": another of the feminine attack noun told before (a raid, a strike, a drone, a shell)
_AR_ANOTHER_ITEM = re.compile(r"^\W*و(?:أخرى|اخرى)(?![\u0621-\u064a])")
_AR_VERB_AND_NOUN = re.compile(r"(?<![\u0621-\u064a])(?P<verb>[وف]?(?:استهدف|قصف|ضرب|أصاب|اصاب|طال)ت)\s+"
                               r"(?P<noun>(?:ال)?(?:غارة|ضربة|مسيرة|قذيفة))(?![\u0621-\u064a])")
# the verbs that launch raids ("شن الطيران غارة", "نفذت المقاتلات غارتين"): with the raid after them, what "وأخرى" stands for
_AR_RAID_VERB = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:شن|نفذ)(?:ت|وا|نا)?(?![\u0621-\u064a])")
# (the raid after it, its subject and time between: "وشنت الطائرات الحربية الإسرائيلية فجر الأربعاء غارة")
_AR_RAID_AFTER = re.compile(r"(?:\s+[^\s،,.]+){0,7}?\s+(?P<raids>(?:ال)?(?:غارة|غارات|غارتين|ضربة|ضربات)(?:\s+جوية)?)"
                            r"(?![\u0621-\u064a])")
# the attack verb an Arabic list of items shares (the first one of the clause before)
_AR_GAPPED_VERB = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:استهدف|قصف|هاجم|ضرب|دك|أطلق|اطلق|شن)(?:ت|وا|نا)?"
                             r"(?![\u0621-\u064a])")


def _carry_ar_verb(clauses: list[Clause]) -> list[Clause]:
    """Arabic clauses that front a weapon after "، و" read with the attack verb of the item before them.

    "واستهدف مقاتلو الحزب بصلية صاروخية مدينة X، وبصلية أخرى مدينة Y": Y's clause has no verb of its own
    (a salvo, artillery alone types no attack), so the verb is put back before it, the words between
    blanked so that offsets still hold.
    "استهدفت مسيرة مطار X يوم الأحد، ثم قاعدة Y يوم الاثنين": the next object told after "، ثم" with no verb of its
    own takes the verb too ("ثم" blanked with the words between).
    """
    out = [clauses[0]]
    for c in clauses[1:]:
        prev = out[-1]
        another = _AR_ANOTHER_ITEM.match(c.text)
        if another is not None and _AR_THEN_VERB.search(c.text) is not None:
            # "وشن الطيران غارة على X، وأخرى استهدفت سيارة في Y": "another" with a verb of its own stands for the
            # noun told before; the noun is written over it (the same width, so that offsets still hold)
            head = _AR_VERB_AND_NOUN.search(prev.text)
            raid = _AR_RAID_VERB.search(prev.text) if head is None else None
            noun = head.group("noun").removeprefix("ال") if head is not None else \
                "غارة" if raid is not None and _AR_RAID_AFTER.match(prev.text, raid.end()) else None
            word = another.end() - another.start()
            if noun is not None and len(noun) <= word:
                c = Clause(c.text[:another.start()] + noun.rjust(word) + c.text[another.end():], c.offset)
            out.append(c)
            continue
        if another is not None:
            # "استهدفت غارة إسرائيلية سيارة في X، وأخرى منزلا في Y": the verb and the feminine attack noun the
            # "another" stands for, put back before it (the words between blanked)
            head = _AR_VERB_AND_NOUN.search(prev.text)
            raid = _AR_RAID_VERB.search(prev.text) if head is None else None
            raids = _AR_RAID_AFTER.match(prev.text, raid.end()) if raid is not None else None
            if raids is not None:
                # "شن الطيران المسير غارة على X، وأخرى على Y": "شن"/"نفذ" and the raid a few words after it stand
                # for "another" (one raid: the head's figure counts X's raids, not Y's)
                start = prev.offset + raid.start()
                carried = prev.text[raid.start():raids.start("raids")] + "غارة"
                gap = c.offset - (start + len(carried))
                if gap >= 0:
                    c = Clause(carried + " " * gap + c.text, start)
            elif head is not None:
                start = prev.offset + head.start()
                carried = head.group("verb") + " " * (head.start("noun") - head.end("verb")) + head.group("noun")
                gap = c.offset - (start + len(carried))
                if gap >= 0:
                    c = Clause(carried + " " * gap + c.text, start)
            out.append(c)
            continue
        more = _AR_VERB_MORE.match(c.text)
        noun = arabic._HEAD_NOUN.search(prev.text) if more is not None else None
        if noun is not None:
            # "سقطت قذيفتان على X، وسقطت ثالثة على Y": the ordinal (or "another") after the clause's own verb stands
            # for one more of the projectile told before; that one is written before the clause (the words between
            # blanked) and the ordinal blanked, so that Y's clause counts its own one
            words = noun.group(0).split()
            if len(words) > 1 and (words[1] in arabic._OBJECT_CLOSERS or words[1] in arabic._TIME_WORDS):
                words = words[:1]
            one = " ".join(arabic._DUAL_TO_ONE.get(w, w) for w in words)
            start = prev.offset + noun.start()
            gap = c.offset - (start + len(one))
            width = more.end("more") - more.start("more")
            if len(one) <= width:  # (in the ordinal's place, after the verb, when it fits)
                c = Clause(c.text[:more.start("more")] + one.ljust(width) + c.text[more.end("more"):], c.offset)
            elif gap >= 0:
                text = c.text[:more.start("more")] + " " * width + c.text[more.end("more"):]
                c = Clause(one + " " * gap + text, start)
            out.append(c)
            continue
        returned = _AR_RETURNED.match(c.text) if "وعاد" in c.text[:8] else None
        again = _AR_RETURNED_TO.search(c.text, returned.end()) if returned is not None else None
        verb = _AR_THEN_VERB.search(prev.text) if again is not None else None
        if verb is not None:
            start = prev.offset + verb.start()
            carried = verb.group(0)
            gap = c.offset - (start + len(carried))
            if gap >= 0:
                text = " " * returned.end() + c.text[returned.end():again.start()] + " " * (again.end() - again.start()) \
                    + c.text[again.end():]
                c = Clause(carried + " " * gap + text, start)
            out.append(c)
            continue
        fronted = _AR_WEAPON_FRONTED.match(c.text)
        then = _AR_THEN_OBJECT.match(c.text) if fronted is None and "ثم" in c.text[:8] else \
            _AR_AND_ON.match(c.text) if fronted is None and "وعلى" in c.text[:8] else \
            _AR_AND_OBJECT.match(c.text) if fronted is None else None
        if then is not None and _AR_THEN_VERB.search(c.text) is None:
            verb = _AR_THEN_VERB.search(prev.text)
            if verb is not None:
                start = prev.offset + verb.start()
                carried = verb.group(0)
                raids = _AR_RAIDS_AFTER.match(prev.text, verb.end()) if "شن" in carried else None
                if raids is not None:
                    # "شنت الطائرات غارات على X، وعلى Y": "شن" tells no attack by itself; a raid goes with it (not
                    # the head's figure: "غارتين على X، ثم على Y" counts X's raids, not Y's)
                    carried += " " * (raids.start("raids") - verb.end()) + "غارة"
                gap = c.offset + then.end() - (start + len(carried))
                if gap >= 0:
                    c = Clause(carried + " " * gap + c.text[then.end():], start)
        elif fronted is not None and _AR_GAPPED_VERB.search(c.text) is None:
            verb = _AR_GAPPED_VERB.search(prev.text)
            if verb is not None:
                start = prev.offset + verb.start()
                gap = c.offset - (start + len(verb.group(0)))
                carried = verb.group(0)
                if _ANOTHER_AFTER.match(c.text, fronted.end()):
                    # "وبصلية أخرى": another of the same weapon, as the item before told it ("بصلية صاروخية")
                    noun = fronted.group(0).lstrip()[2:].removeprefix("ال")
                    same = re.compile(r"(?<![\u0621-\u064a])ب(?:ال)?" + noun + r"\s+[^\s،,.]+").search(prev.text, verb.end())
                    if same is not None:
                        carried += " " * (same.start() - verb.end()) + same.group(0)
                        gap = c.offset - (start + len(carried))
                if gap >= 0:
                    c = Clause(carried + " " * gap + c.text, start)
        out.append(c)
    return out


def _came_after(sentence: str, lang: str, background: Optional[re.Match] = None) -> Optional[re.Match]:
    """The head of a sentence that only times the news against an earlier incident told after it, if it has one."""
    if lang not in _CAME_AFTER:
        return None
    if background is None:
        background = _BACKGROUND_AFTER[lang].search(sentence)
    if background is None or background.start() == 0:
        return None
    head = _CAME_AFTER[lang].search(sentence, 0, background.end())
    if head is None or not _first_look(sentence[background.end():], lang).trigger:
        return None  # "The strikes came hours after mourners gathered in X, where a crush killed 12": no attack told
    return head


def _recalls_earlier(sentence: str, lang: str) -> bool:
    """Whether a sentence times the news against an earlier incident ("The attack came a day after ...", "ويأتي
    الهجوم بعد يومين من ...")."""
    if lang == "ar":
        return arabic.came_after(sentence) is not None
    return _came_after(sentence, lang) is not None


def _gap_days(head: str, lang: str) -> Optional[int]:
    """Days between the news and the incident a "came N days after" head points back to (None: not told)."""
    m = _GAP.search(head)
    if m is None:
        return None
    unit = m.group("unit").lower()
    if unit.startswith(("hour", "heure")):
        return 0  # "hours after": the same day or the night before, the same day as best guess
    if m.group("n") is None:
        return None
    n = 1 if m.group("n").lower() in ("a", "an", "un", "une") else parse_number(m.group("n"), lang)
    if n is None:
        return None
    return n * 7 if unit.startswith(("week", "semaine")) else n


_GAP = re.compile(r"(?:\b(?P<n>[\w-]+)\s+)?(?P<unit>hours?|days?|weeks?|heures?|jours?|semaines?)\s+(?:after|après)$", re.I)
# "The attack came eight days after ...", "L'attaque intervient trois jours après ...": a head that only times the
# news (its subject, a verb of happening, the gap) against what follows
_CAME_AFTER = {
    "en": re.compile(r"^\W*(?:[\w'’-]+\s+){1,4}?(?:came|comes|happened|occurred|took place)\s+(?:just\s+|only\s+|barely\s+)?"
                     r"(?:[\w-]+\s+)?(?:hours|days|weeks|a day|a week)\s+(?:after)$", re.I),
    "fr": re.compile(r"^\W*(?:[\w'’-]+\s+){1,4}?(?:intervient|survient|est survenue?|a eu lieu|arrive|intervenait|survenait)\s+"
                     r"(?:[\w-]+\s+)?(?:heures|jours|semaines|jour|semaine)\s+(?:après)$", re.I),
}


# ---------------------------------------------------------------------------------------------
# Compiled vocabulary


def _make_every_gated() -> None:
    """Make every gated pattern of the extractor (all languages) before the automaton collects their needles."""
    for lg in ("en", "fr", "ar"):
        _vocab(lg)
    _weapon_gate()
    _actor_scanner()


def _automaton():
    """One Aho-Corasick automaton of every needle of every gated pattern, all languages."""
    return gated_automaton(_make_every_gated)


def _probe(text: str) -> Optional[frozenset]:
    """The needles present in ``text`` (one C pass), or None where lower-casing changes the length."""
    low = text.lower()
    if len(low) != len(text):
        return None
    return frozenset(map(_NEEDLE_OF, _automaton().iter(low)))  # map in C: a generator costs ~10% of the probe


@lru_cache(maxsize=None)
def _vocab(lang: str):
    lg = lang if lang in ("en", "fr", "ar") else "en"
    wb = (lambda p: r"(?<!\w)(?:" + p + r")(?!\w)")
    if lg == "ar":  # attached particles and article before, number/gender endings after
        wb = (lambda p: r"(?<![\u0621-\u064A])(?:[وف]?(?:بال|لل|ال|ب|ل|ك)?)(?:" + p
              + r")(?:ة|ي|ية|ا|ان|ين|ات|ها|هم)?(?![\u0621-\u064A])")
    g = (lambda p, flags=re.I: _Gated(_c(p, flags)))
    # "its counter-rocket system", "anti-drone defences": a defence named after what it stops fires none of it
    # ("صواريخ الدفاع الجوي", "الصواريخ الاعتراضية": the defence's own missiles, met in the sky, are no attack's)
    wbp = (lambda p: wb(p) + r"(?!\s+(?:ال)?(?:دفاع|اعتراضي))") if lg == "ar" \
        else (lambda p: r"(?<!\w)(?<!counter-)(?<!anti-)(?<!contre-)(?:" + p + r")(?!\w)")
    projectiles = [(g(wbp(p)), t) for p, t in L.PROJECTILES[lg]]
    attack = [(g(wb(p)), t) for p, t in L.ATTACK_WORDS[lg]]
    return {
        "projectiles": projectiles,
        "attack": attack,
        "generic": g(L.GENERIC[lg] + "|" + L.GENERIC_MORE[lg]),
        "new": g(L.NEW_INCIDENT[lg]),
        "launch": g(L.LAUNCH[lg]),
        "impact": g(L.IMPACT[lg]),
        "intercept": g(L.INTERCEPT[lg]),
        "anaphora": g(L.ANAPHORA[lg], re.I),
        "reference": g(L.REFERENCE[lg]),
        "descriptive": g(L.DESCRIPTIVE[lg]),
        "launch_dir": g(L.LAUNCH_DIRECTION[lg]),
        "distance_dir": g(L.DISTANCE_DIRECTION[lg]),
        # (the casualty reader's own patterns: made once, in geo_events.casualties)
        "killed": casualty_vocab(lg)["killed"],
        "injured": casualty_vocab(lg)["injured"],
        "no_casualties": g(L.NO_CASUALTIES[lg]),
        "condemn": g(L.CONDEMN[lg]),
        "victims": L.VICTIMS[lg],
        "unclaimed": g(L.UNCLAIMED[lg]),
        "claimed": g(L.CLAIMED[lg]),
        "claim_intro": _c(L.CLAIM_NAME_INTRO[lg]),
        "claim_name": _c(L.CLAIM_NAME_INTRO[lg if lg in L.CLAIM_NAME_INTRO else "en"].rstrip("$") + r"(?P<n>" + _CAP
                         + r"(?:[ -](?:" + _NAME_PART + r"[-‐ ])?" + _CAP + r")*)"),
        "blamed": g(L.BLAMED[lg]),
        "according": g(L.ACCORDING[lg], 0),
        "locative": g(_LOCATIVE.get(lg, _LOCATIVE["en"])),
        # ("une dizaine d'obus", "une centaine d'engins": the elided "de" of a round figure before its noun)
        # ("an MQ-9 Reaper drone", "two Shahed-136 drones": the figure after a model's letters and hyphen is its
        # designation, not a number of weapons)
        "count": g(r"(?<!\w)(?<![A-Za-z]-)" + r"(?:(?!\d)|" + _NOT_MONTH_DAY + r")" + _COUNT_PREFIX + r"(?P<other>(?:other|others|more|autres|de plus)\s+)?(?:d['’])?" + _WEAPON_WORDS
                    + r"(?:" + _projectile_alt(lg) + _COUNTED_ONLY.get(lg, "") + r")(?!\w)(?!\s+(?:attacks?|strikes?|fire|barrage|salvo|assault|raid)\b)"
                    # "a drone and missile attack": a kind of attack, not one drone
                    r"(?!\s+(?:and|or|et|ou)\s+(?:[\w-]+\s+)?(?:" + _projectile_alt(lg) + r")\s+(?:attacks?|strikes?|attaques?|frappes?)\b)"),
        # ("The one-way attack drone struck": up to two words before the noun, not an ordinal: "the second drone")
        # ("une attaque à la roquette a visé X": the instrument of the attack, no rocket told as one)
        "the_one": g(r"(?<!à )\b(?:the|le|la|l['’])\s*(?:(?!(?:first|second|third|last|other|next|premier|première|deuxième|seconde?|"
                     r"troisième|dernier|dernière|autre)\b)[\w-]+\s+){0,2}?(?:" + _projectile_alt(lg) + r")(?<!s)\s+(?:hit|struck|landed|fell|exploded|crashed|"
                     r"slammed|impacted|a frappé|a touché|a visé|s['’]est écrasée?|est tombée?|a explosé|"
                     # "the rocket was shot down over the town", "le drone a été abattu": the one, downed
                     r"(?:was|had been)\s+(?:(?:launched|fired)\s+[^.;]{0,40}?\s+and\s+(?:was\s+)?)?(?:shot down|intercepted|downed)|"
                     r"a été (?:abattue?|interceptée?|détruite?))\b"),
        "casualty": casualty_vocab(lg)["casualty"],
        "toll_update": g(L.TOLL_UPDATE[lg]) if lg in L.TOLL_UPDATE else None,
        "earlier_toll": casualty_vocab(lg)["earlier_toll"],
        "toll_number": g(L.TOLL_NUMBER[lg] + r"(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMWORDS + r")(?!\w)")
        if lg in L.TOLL_NUMBER else None,
    }


_FACILITIES = [(_Gated(re.compile(p, re.I if "[A-Z]" not in p else 0)), name, cue) for p, name, cue in L.FACILITY_PHRASES]
# Every needle of the named facility phrases: a clause with none of them has none (a phrase with no needles: always run)
_FACILITY_NEEDLES = None if any(p.needles is None for p, name, _ in _FACILITIES if name) \
    else frozenset().union(*(p.needles for p, name, _ in _FACILITIES if name))
_CUES = [(_c(r"(?<!\w)(?:" + p + r")(?!\w)"), cue) for p, cue in L.CUES]
_CUE_ANY = "|".join(p for p, _ in L.CUES)


# ("ach-", "ech-": the French spelling of "ash-", "Ayta ach-Chaab", "Jisr ech-Choughour")
_NAME_PART = r"(?:al|el|ad|ed|as|es|ash|esh|ach|ech|at|et|az|ez|ar|er|an|en|ul|bin|ibn|bou|abu|abou|umm|um|bani|beni)"
# Before a space only the particles that are not also English or French words ("at", "as", "en").
_SPACED_PART = r"(?:al|el|ul|bin|ibn|bou|abu|abou|umm|bani|beni)"
_PART = r"(?:" + _NAME_PART + r"[-‐]|" + _SPACED_PART + r" )"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'‘ʿ-]*"
_NAME = re.compile(
    r"(?<![\w-])" + _PART + r"?" + _CAP
    + r"(?:(?:[ -]" + _PART + r"?" + _CAP + r")|(?:[ -](?:" + _NAME_PART + r")[-‐]" + _CAP + r"))*"
    # "Tower 22", "Camp 5"; not a figure that counts what follows it ("shelled Nikopol 15 times", "hit Kherson
    # 40 times", "struck X 12 kilometres from the border", "a frappé X 30 fois"): a tally or a distance, not the name
    + r"(?:\s\d{1,3}(?![\d,.]\d|\w)(?!\s+(?:times|fois|km|kilomet(?:re|er)s|kilomètres|miles|metres|meters|mètres"
    r"|people|personnes|civilians|civils|soldiers|soldats|rockets|roquettes|missiles|drones|shells|obus|more|others"
    r"|autres)\b))?"
    + r"(?:\s[a-z]{1,2}(?=\s*[,.;:]))?"
)
_ARABIC_NAME = re.compile(r"[\u0621-\u064A][\u0621-\u0652\u0640]+(?:\s+(?:ال)?[\u0621-\u064A][\u0621-\u0652\u0640]+){0,2}")

# Capitalised words that are not places when they follow a preposition.
_NOT_PLACES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "the", "a", "an", "this", "that", "le", "la", "les",
    "pentagon", "le pentagone", "pentagone", "reuters", "afp", "ap", "nato", "otan", "un", "onu", "biden", "trump",
    "human rights", "la", "f-16", "american", "americans", "iraqi", "iraqis", "syrian", "iranian", "french",
    "américain", "américains", "irakien", "irakiens", "twitter", "telegram", "x", "islamic", "state",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",  # "on Jan. 20" (agency style)
} | L.NOT_PLACE_WORDS
_LOCATIVE = {
    "en": r"(?:\b(?:in|at|on|near|of|off|between|linking|connecting|from|into|outside|inside|toward|towards|around|against|across|targeted|targeting|"
          r"hit|hits|struck|attacked|shelled|bombed|pounded|pummell?ed|bombarded|raided|rocked|hammered|battered|blitzed|strafed|(?:heading|headed|bound)\s+for|over|to|approached|approaching|nearing|"
          # "Israel responded by striking Khiam", "retaliating by shelling Kfar Kila": the gerund's object, as the
          # past tense's ("en frappant X" in French)
          r"striking|hitting|shelling|bombing|bombarding|pounding|"
          # "intercepted before it reached Eilat": where it was flying, the place the attack was on
          r"before\s+(?:(?:it|they)\s+(?:reached|hit|could\s+reach)|reaching|hitting))\s+(?:the\s+)?"
          r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central)(?:ern)?\s+|downtown\s+|greater\s+)?"  # "in northern Iraq"
          r"(?:town\s+of\s+|city\s+of\s+)?"
          # "targeted the Israeli army's Metula position", "attacked the enemy's Ramim barracks": the site's holder
          # before it, after a verb of attack ("according to the military's X agency" names a body, not a place)
          r"|\b(?:targeted|targeting|hit|struck|attacked|attacking|shelled|bombed|pounded|at|against)\s+the\s+"
          r"(?:[\w.]+\s+)?(?:army|military|enemy|occupation)['’]s\s+"
          # "struck on Monday X", "hit overnight X": a verb's object after the time it was hit
          r"|\b(?:hit|struck|attacked|shelled|bombed|pounded|targeted)\s+(?:(?:on|early|late|last)\s+)?"
          r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|overnight|night)"
          r"\s+(?:the\s+)?"
          # "intercepted above Eilat": where it was downed ("above" after any word read other phrases as a
          # place hit: a blind passage, scored by counts only, gained two spurious events)
          r"|\b(?:intercepted|downed|shot\s+down|brought\s+down|destroyed)\s+above\s+(?:the\s+)?)$",
    "fr": r"(?:\b(?:à|au|aux|de|du|des|dans|sur|près de|vers|contre|depuis|en|entre|reliant|frappé|touché|visé|ciblé|visant|ciblant|"
          r"bombardé|pilonné|attaqué|atteint|atteindre"
          # "(Israël a riposté) en frappant Khiam": the gerund of an answer, its object the place it hit
          r"|(?<=\ben\s)(?:frappant|bombardant|pilonnant|attaquant))\s+"
          # "dans les monts Qandil", "sur le mont Sinjar": the range's name after its lowercase noun
          r"(?:la\s+|le\s+(?:mont\s+|djebel\s+)?|l['’]\s*|les\s+monts\s+|monts?\s+|djebel\s+)?|\b(?:d|l)['’]\s*|^A\s+"
          # "ont frappé lundi X", "a visé dans la nuit de mardi X": a verb's object after the time it was hit
          r"|\b(?:frappé|touché|visé|ciblé|bombardé|pilonné)\s+(?:(?:dans\s+la\s+nuit\s+(?:de\s+|du\s+)?)?"
          r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|soir|après-midi|à\s+l['’]aube)|"
          r"\s+(?:au|à)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))?|hier(?:\s+soir|\s+matin)?|"
          r"dans\s+la\s+nuit|cette\s+nuit|ce\s+matin)\s+(?:la\s+|le\s+|l['’]\s*)?)$",  # "A Gaza, ...": a capital's accent dropped
    "ar": r"(?:في|على|من|قرب|نحو|باتجاه|استهدف|استهدفت)\s*$",
}


@dataclass
class Mention:
    """A place-like name in a clause and what its surroundings say of it."""

    name: str
    start: int  # in clause
    end: int
    cue: Optional[str] = None
    role: str = "target"  # target, impact, launch, reference, container, descriptive, country
    container: Optional[str] = None
    direction: Optional[str] = None
    distance_km: Optional[float] = None
    anaphoric: bool = False
    adversary: bool = False  # a country as the object of the attack verb ("struck back at the United States")
    named: bool = False  # the name given to a facility: "known as Tower 22", "connue sous le nom de Tour 22"
    # the name is the object of the clause's attack word ("a strike on X", "hit a house in X", "a frappé X",
    # "abattu 20 drones au-dessus de X"), set when a clause has several targets (see _AIMED_AT)
    aimed: bool = False
    coordinated_with: Optional["Mention"] = None  # "في بقيق وخريص": the first name of the list


@lru_cache(maxsize=1)
def actor_names() -> list[tuple[re.Pattern, str]]:
    """Known armed groups and forces (``data/actors.csv``): name pattern -> canonical name."""
    rows = []
    for n, canonical in _actor_table():
        flags = 0 if (len(n) <= 4 and n.isupper()) else re.I
        rows.append((re.compile(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", flags), canonical))
    return rows


@lru_cache(maxsize=1)
def _actor_table() -> list[tuple[str, str]]:
    rows = []
    with resources.files("geo_events.data").joinpath("actors.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names = [row["name"]] + [a for a in row["aliases"].split("|") if a]
            # an Arabic name with its article takes the particles that fuse with it: "المتحدث العسكري للحوثيين"
            # (ل + الحوثيين), "بالمقاومة الإسلامية", "والحوثيين"
            names += [p + n[2:] for n in names if n.startswith("ال") for p in ("لل", "بال", "وال")]
            rows += [(n, row["name"]) for n in names]
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def _actor_scanner():
    """Two alternations (acronyms case-sensitive, names not), longest first: one pass per text."""
    table = _actor_table()
    exact = {n: c for n, c in table if len(n) <= 4 and n.isupper()}
    # a four-letter acronym read as a word is written with one capital in French copy and the British press ("le
    # Jnim", "Isis"): that form too, still case-sensitive ("jnim" in lower case stays none)
    exact.update({n.capitalize(): c for n, c in list(exact.items()) if len(n) == 4 and n.isalpha()})
    folded = {n.casefold(): c for n, c in table if not (len(n) <= 4 and n.isupper())}

    def alternation(names):
        return _Gated(re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                                 + r")(?![\w-])", 0 if names is exact else re.I))

    return ((alternation(exact), exact, False), (alternation(folded), folded, True))


@lru_cache(maxsize=1)
def _actor_needles() -> Optional[frozenset]:
    """Every needle of the two actor scanners (None: one of them has none, and always runs)."""
    scanners = [pattern for pattern, _, _ in _actor_scanner()]
    return None if any(p.needles is None for p in scanners) else frozenset().union(*(p.needles for p in scanners))


# find_actors' answers for the document being read, by (text, probe): a clause is scanned for actors by its mentions,
# then by its claims and blame (~2 scans a clause); emptied with the other text-keyed caches (_clear_text_caches)
_ACTORS_SEEN: dict = {}


def find_actors(text: str, probe: Optional[frozenset] = None) -> list[tuple[int, int, str]]:
    """Known armed groups and forces named in ``text``: (start, end, canonical name)."""
    if probe is not None and _actor_needles() is not None and _actor_needles().isdisjoint(probe):
        return []  # no needle of any actor name in the text (one test instead of both scanners')
    key = (text, probe)
    seen = _ACTORS_SEEN.get(key)
    if seen is None:
        if len(_ACTORS_SEEN) >= 4096:
            _ACTORS_SEEN.clear()
        seen = _ACTORS_SEEN[key] = _find_actors(text, probe)
    return list(seen)  # (a fresh list: callers may edit theirs)


def _find_actors(text: str, probe: Optional[frozenset]) -> tuple[tuple[int, int, str], ...]:
    found: list[tuple[int, int, str]] = []
    for pattern, names, fold in _actor_scanner():
        for m in pattern.finditer(text, probe):
            name = names.get(m.group(0).casefold() if fold else m.group(0))
            if name and not any(m.start() < e and s < m.end() for s, e, _ in found):
                found.append((m.start(), m.end(), name))
    return tuple(sorted(found))


_COUNTRY_NAMES = {
    "iraq": "IQ", "irak": "IQ", "syria": "SY", "syrie": "SY", "iran": "IR", "jordan": "JO", "jordanie": "JO",
    "lebanon": "LB", "liban": "LB", "israel": "IL", "israël": "IL", "yemen": "YE", "yémen": "YE", "turkey": "TR",
    "turquie": "TR", "kuwait": "KW", "koweït": "KW", "saudi arabia": "SA", "arabie saoudite": "SA", "arabie": "SA", "somalia": "SO",
    "united states": "US", "états-unis": "US", "etats-unis": "US", "usa": "US", "us": "US",
    "united arab emirates": "AE", "uae": "AE", "émirats arabes unis": "AE", "émirats": "AE", "qatar": "QA",
    "bahrain": "BH", "bahreïn": "BH", "oman": "OM", "egypt": "EG", "égypte": "EG", "pakistan": "PK",
    "afghanistan": "AF", "russia": "RU", "russie": "RU", "ukraine": "UA",
    "mali": "ML", "burkina faso": "BF", "burkina": "BF", "niger": "NE", "sudan": "SD", "soudan": "SD", "tchad": "TD",
    "chad": "TD", "nigeria": "NG", "nigéria": "NG", "somalie": "SO",
    **L.AR_COUNTRIES_OF_THE_REGION, "سلطنة عمان": "OM",
    "الولايات المتحدة": "US", "الإمارات العربية المتحدة": "AE", "المملكة العربية السعودية": "SA",
}


_CUE_GATE = _Gated(_c("|".join(r"(?:" + p + r")" for p, _ in L.CUES)))


def _cue_from(text: str, found: Optional[frozenset] = None) -> Optional[str]:
    if not _CUE_GATE.possible(found):
        return None  # no cue word anywhere in the clause: most names
    if found is not None and not _present(text, _CUE_GATE, found):  # (``text`` is part of the probed clause)
        return None  # nor in this name (a few substring tests beat thirteen patterns)
    for pattern, cue in _CUES:
        if pattern.search(text):
            return cue
    return None


# Patterns of find_mentions, compiled once (a string pattern pays re's cache lookup on every call).
_POSSESSIVE = re.compile(r"['’]s\b")
# the unnamed facility after a town's possessive ("Erbil's international airport", "Kirkuk's main police station")
_TOWN_FACILITY_AFTER = re.compile(r"\s+(?:(?:main|international|military|civilian|old|new|central|northern|southern|eastern|"
                             r"western)\s+){0,2}(?:airport|air\s?base|base|police\s+station|power\s+(?:station|plant)|"
                             r"refinery|oil\s+field|gas\s+field|port|harbou?r|embassy|consulate|hospital|market)\b")
# "drones attacked Kharkiv's energy infrastructure", "X's railway station": a town's unnamed works lie in it (a
# country's are anywhere in it: "Ukraine's energy infrastructure" names no place)
# ("Beirut's southern suburbs", "Aleppo's eastern outskirts": the side of the town told before its edge)
_TOWN_THING_AFTER = re.compile(r"\s+(?:(?:northern|southern|eastern|western|north-eastern|north-western|south-eastern|"
                               r"south-western|northeastern|northwestern|southeastern|southwestern)\s+"
                               r"(?=outskirts|suburbs?|neighbou?rhoods?|districts?|entrances?)"
                               r"|(?:energy|power|electricity|civilian|critical|port|rail(?:way)?|industrial|water|"
                               r"transport)\s+)?(?:infrastructure|facilities|grid|substations?|(?:railway|train|bus)\s+"
                               r"stations?|fuel\s+depots?|oil\s+depots?|depots?|warehouses?|residential\s+(?:areas?|"
                               r"buildings?|districts?|neighbou?rhoods?)|outskirts|suburbs?|city\s+cent(?:re|er)|"
                               r"(?<=ern\s)(?:neighbou?rhoods?|districts?|entrances?)|"
                               r"industrial\s+(?:zones?|areas?|districts?))\b")
_HAS_CAPITAL = re.compile(r"[A-ZÀ-Þ\u0621-\u064A]")
_SOURCE_BEFORE = _Gated(re.compile(r"\b(?:according to|selon|d['’]après|per|citing|spokesman|porte-parole)\s+"
                            r"(?:the\s+|l['’]|le\s+|la\s+)?$", re.I))
# a body named inside a source phrase: "selon l'armée et les secouristes du X", "according to rescuers of the X"
# (a place is named with no article: "selon des habitants de X" stays a place)
_SOURCE_BODY = re.compile(r"\b(?:according to|selon|d['’]après|citing)\s+[^,;:.()«»\"]{0,70}?\s(?:du|de la|des|de l['’]|"
                          r"of the|from the)\s*$", re.I)
# Blame for an attack named by its day ("blames for last Sunday's attack", "accusé d'être derrière l'attaque du 3
# mai"): a statement about an incident, told as a reference, not an incident told anew
_BLAMED_FOR = re.compile(r"\b(?:blam\w*|accus\w*|held responsible|holds? \w+ responsible|responsible)\s+(?:[\w'’-]+\s+){0,3}?"
                         r"(?:for|of|de|d['’]|pour)\s*(?:[\w'’-]+\s+){0,4}?(?:attacks?|strikes?|bombings?|raids?|"
                         r"attaques?|frappes?|attentats?|tirs?)\b", re.I)
# People named as belonging to something: "members of the X", "des combattants du Y" (an organisation, not a place)
_MEMBERS_OF = re.compile(r"\b(?:members|fighters|operatives|militants|officers|membres|combattants|officiers|cadres|"
                         r"authorities|government|leadership|autorités|gouvernement|dirigeants|pouvoir)\s+"
                         r"(?:présumé(?:e)?s\s+|supposé(?:e)?s\s+)?"  # "deux membres présumés d'Al-Qaïda"
                         r"(?:of|from|de|du|des|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?$|"
                         # "un rescapé originaire de X", "a survivor originally from X": where a person comes from
                         r"\b(?:originaires?|natifs?|native|originally|hailing)\s+(?:of|from|de|du|des|d['’])\s*"
                         r"(?:the\s+|la\s+|le\s+|l['’])?$", re.I)
_MEMBERS_OF = _Prefiltered(_MEMBERS_OF)
_AGENT_BEFORE = re.compile(
    r"\b(?:carried out|launched|conducted|staged|mounted|fired|perpetrated|claimed|ordered|"
    r"(?:menée?|lancée?|conduite?|perpétrée?|effectuée?|tirée?|revendiquée?|ordonnée?)s?)\s+"
    # "menées mercredi par l'Iran", "carried out overnight by Israel": the day between the verb and its agent
    r"(?:(?:on\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|overnight|(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day)\s+(?:(?:soir|matin|morning|night|evening)\s+)?)?(?:par|by)\s+"
    r"(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?$", re.I)
_TREATED_AT = re.compile(
    r"\b(?:treated|taken|rushed|evacuated|transported|transferred|admitted|hospitali[sz]ed|airlifted|"
    r"soigné|transporté|évacué|transféré|admis|hospitalisé|acheminé|recensé|enregistré|pris en charge|registered|recorded)"
    # "recensés dans la nuit à l'hôpital de X", "admitted overnight to a hospital in X": a time phrase may come between
    r"e?s?\s+(?:(?:dans la nuit|overnight|later|ensuite|plus tard|then|puis)\s+)?(?:at|to|in|into|à|vers|dans|en|au|aux)\s+"
    r"(?:(?:a|the|un|une|des|les|local|nearby|several|plusieurs)\s+|l['’]\s*)*"
    # the hospital's own name before or after the noun ("to Rambam Hospital in X", "vers l'hôpital Rambam de X",
    # "Soroka Medical Center in X"): capitalised words only, so "to hospital and the strike in X" stays a target
    r"(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}(?:hospitals?|hôpitaux|hôpital|"
    r"clinics?|cliniques?|medical (?:centers?|centres?)|centres? médica(?:l|ux))(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}"
    r"\s+(?:in|of|at|near|de|du|d['’]|à|près de)\s*"
    r"(?:the\s+|la\s+|le\s+|l['’])?$", re.I)
# The same, the hospital named itself ("airlifted to Ziv Medical Center", "rushed to the Shifa Hospital").
_TREATED_AT_NAMED = re.compile(
    r"\b(?:treated|taken|rushed|evacuated|transported|transferred|admitted|hospitali[sz]ed|airlifted|"
    r"soigné|transporté|évacué|transféré|admis|hospitalisé|acheminé)e?s?\s+(?:at|to|in|into|à|vers|au|aux)\s+"
    r"(?:(?:the|a|l['’]|le|la)\s*)?(?:[\w'’-]+\s+){0,3}(?:hospital|medical (?:center|centre)|clinic)$", re.I)
# A person who speaks, then where that person is: "an official in X", "des sources sécuritaires à X"
_SPEAKER_SEAT = re.compile(r"\b(?:embass(?:y|ies)|consulates?|ambassades?|consulats?|officials?|sources?|spokes(?:man|woman|person)|diplomats?|officers?|commanders?|"
                           r"correspondents?|reporters?|journalists?|analysts?|residents?|witness(?:es)?|"
                           r"responsables?|correspondante?s?|journalistes?|habitante?s?|témoins?|diplomates?|"
                           r"porte-parole|officiers?)(?:\s+[\w'’-]+)?\s+(?:in|at|based in|à|basée?s? à|en poste à)\s+"
                           r"(?:the\s+|la\s+|le\s+|l['’])?$", re.I)
_SPEAKER_SEAT = _Prefiltered(_SPEAKER_SEAT)
_TITLE_BEFORE = _Gated(re.compile(r"\b(?:Secretary|Minister|Ministry|Department|Office|Chief|Head|Director|Council|Chairman|Commander|"
                           r"Chief of Staff|ministre|ministère|secrétaire|chef|directeur)\s+(?:[a-zéèêï]+\s+)?(?:of|de|du|des)\s+(?:the\s+|la\s+|l['’])?$",
                           re.I))
# a public body named by its portfolio and the region it serves: the source of a figure, not where anything fell
_BODY_OF_BEFORE = re.compile(
    r"\b(?:ministry|ministère|department|direction|directorate|office|services?|bureau)\s+(?:(?:of|de|du|des)\s+)?"
    r"(?:(?:the|la|le|l['’])\s*)?(?:public\s+|la\s+)?(?:santé|health|défense|defen[cs]e|intérieur|interior|civil\s+defen[cs]e|"
    r"protection\s+civile|défense\s+civile|secours|emergenc(?:y|ies)|information|affaires\s+étrangères|foreign\s+affairs)"
    r"(?:\s+(?:publique|et\s+de\s+la\s+population))?\s+(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|l['’])\s*)?$", re.I)
_ADJ_PHRASE = _Gated(re.compile(r"\w-(?:backed|led|aligned|allied|based|linked|affiliated|controlled|held|run|flagged|"
                                r"registered|owned|operated|made|built|designed)\b", re.I))
_ADJ_END = _Gated(re.compile(r"-(?:backed|led|aligned|allied|based|linked|affiliated|controlled|held|run|flagged|registered|"
                             r"owned|operated|made|built|designed)$", re.I))
# "Gaza-launched rockets", "a Yemen-fired missile": the place written before the hyphen is where they left from (a
# compound the capitalised run swallows whole; "-based", "-backed" stay adjectives of the actor, see _ADJ_END)
_LAUNCHED_SUFFIX = re.compile(r"[-‐](?:launched|fired)$")
# (the projectiles must follow: "struck a Gaza-launched rocket cell" names the cell the strike hit, not a launch)
_LAUNCHED_NOUN = re.compile(r"\s+(?:[\w-]+\s+)?(?:rockets?|missiles?|drones?|projectiles?|mortar\s+(?:rounds?|shells?|bombs?)|"
                            r"shells?|UAVs?|barrages?|salvos?)\b(?!\s+(?:cells?|squads?|teams?|units?|launchers?|sites?|"
                            r"crews?|operatives?|fighters?|militants?))", re.I)
_BACKER_BEFORE = re.compile(r"\b(?:backed|supported|armed|funded|sponsored|soutenue?s?|appuyée?s?|financée?s?|armée?s?)"
                            r"\s+(?:par|by)\s+(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+)?$", re.I)
# a model designation, "F-16", "MQ9", "Qasef-2K", "Shahed-136": letters, a hyphen, digits (no place is written so)
_MODEL = re.compile(r"[A-Z]{1,3}-?\d+[A-Z]?|[A-Z][a-z]+-\d+[A-Za-z]{0,2}")
_BASE_AFTER = re.compile(r"\s*(?:(?:military|air|army)\s+)?(?:base|air ?base|airfield|camp)\b", re.I)
_NO_LETTERS = re.compile(r"[\d\W_]+")
_CLOCK_NAME = re.compile(r"\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|h|hrs?|GMT|UTC)", re.I)  # "Around 10 pm", "Vers 22 h": a time
_INITIAL_END = re.compile(r"\b[A-Z]$")
# (the cue nearest the name: "villages in the provinces of X" is a province's name, so no cue word between; en48:
# "un village de l'État de Borno" is a village in the state named, not a village called so: a federal state between
# the cue and the name takes the cue away, the name is the state's; "Borno" as a village found Brno)
_LEFT_CUE = _Gated(re.compile(r"(?P<cue>" + _CUE_ANY + r")(?:,?\s+(?!(?:" + _CUE_ANY + r")(?!\w)|l['’]état\b)"
                              r"[a-zàâéèêîôûç'’-]+){0,3},?\s+(?:of|de|du|d['’])\s*$", re.I))
# "la base Victoria", "la base aérienne Ain al-Asad", "le camp Taji", "l'aéroport Ben Gourion": a French site noun
# (maybe with its kind or owner) right before the site's own name, no "de" between
_APPOSED_SITE_FR = re.compile(r"(?:\b(?:la|cette|une|le|du|au)\s+|\bl['’]\s*)(?P<cue>base(?:\s+aérienne|\s+militaire)?|camp|"
                              r"aéroport(?:\s+international)?)(?:\s+(?:militaire|américaine|russe|turque|iranienne|"
                              r"israélienne|irakienne|syrienne|de la coalition))?\s+$")
_OWNED_FACILITY = frozenset({"base", "air base", "airbase", "camp", "military base"})
# the nationality before a base that owns it ("an Israeli base in Meron", "an American base near X")
_OWNER_ADJECTIVES = frozenset({"israeli", "american", "iraqi", "syrian", "iranian", "turkish", "russian", "british",
                               "french", "saudi", "jordanian", "lebanese", "emirati", "ukrainian"})
_RIGHT_CUE = _Gated(re.compile(r"\s*(?:international\s+|military\s+)?(?P<cue>air ?base|airbase|(?:airfield|airstrip)(?!\s+of\b)|base|airport|provinces?|governorates?|regions?|oblasts?|krai|districts?|camp|oil ?field|gas ?field|"
                        r"border crossing|military base|"
                        # "near the Rafah crossing", "outside the Erez crossing": the crossing, not the town it is named for
                        # (not the verb: "Iran crossing into", "drones crossing the border")
                        r"crossing(?!\s+(?:into|over|the|from|through|towards?|a|an)\b))\b", re.I))
_FACILITY_IN = _Gated(re.compile(r"(?P<cue>air ?base|airbase|airport|aéroport|base aérienne|military base|headquarters|"
                                 # "the base at X", "la base située à X": the one base of the place, told by the article
                                 r"(?:(?<=the )|(?<=la ))base(?=\s+(?:at|in|située|located)\b)|"
                                 r"quartier général)(?:\s+(?:of|de|du|des)\s+(?:la\s+|the\s+|l['’])?[\w-]+)?"  # "... de la coalition"
                                 r"(?:\s+(?:située|located))?\s+(?:in|at|à|near)\s*$", re.I))
_BUILDING_OWNER_BEFORE = re.compile(r"(?:['’]s?|\b(?:an?|its|their|his)(?:\s+[\w-]+){0,2}?)\s+$", re.I)
# A national or compass adjective right after a French name marks a region ("Kurdistan irakien").
_REGION_ADJ_AFTER = re.compile(r"\s+(?:irakien|syrien|libanais|iranien|yéménite|saoudien|turc|israélien|afghan|"
                               r"pakistanais|malien|nigérian|somalien|libyen|soudanais|jordanien|égyptien|"
                               r"oriental|occidental|septentrional|méridional)(?:ne|e)?\b", re.I)
# a French compass adjective after a name ("la Galilée occidentale"): part of a region's name when the gazetteer has it
_COMPASS_ADJ_AFTER = re.compile(r"\s+(?P<adj>(?:oriental|occidental|septentrional|méridional)e?s?)\b", re.I)
# "near the Syrian capital Damascus", "in the capital Baghdad": the capital named after a preposition of place is where
# the attack was (not "north of the capital Beirut", a reference, nor "the capital Sanaa" alone, a description)
# (not "officials in the capital Sanaa said": where people who speak are)
_CAPITAL_LOCATIVE = re.compile(r"(?<![Oo]fficials )(?<![Oo]fficial )(?<![Ss]ources )(?<![Rr]esidents )(?<![Ww]itnesses )"
                               r"(?<![Aa]uthorities )(?<![Pp]olice )(?<![Mm]edics )(?<![Mm]inistry )(?<![Ss]pokesman )"
                               r"(?<![Ss]pokeswoman )(?<![Pp]eople )(?<![Jj]ournalists )(?<![Cc]orrespondent )(?<![Dd]iplomats )"
                               r"\b(?:in|near|outside|inside|on|at|across|around|targeted|targeting|hit|struck|"
                               r"shelled|bombed|attacked)\s+the\s+(?:[A-Z][a-z]+\s+)?capital,?\s+$")
_DESCRIBED_KIND = re.compile(r"\s+(?:port\s+)?(?:city|town|port|capital|coast|kingdom|emirate)\b(?!\s+of\b)")
_LEAD_INITIALS = frozenset("IANOFDPVÀB")  # the first letters of _LEADING_PREPOSITION's words
_LEADING_PREPOSITION = re.compile(r"(?:In|At|Near|Outside|Inside|Around|From|Across|Over|Dans|Près|Autour|Depuis|Vers|À|A|Both)\s+(?=\S)")  # (not "En": "En Irak, dans la ville de X" would make X its container)
# "It happened in X", "This took place near Y", "The incident occurred at Z": an incident placed with no attack word
_IT_HAPPENED = re.compile(r"^\W*(?:It|This|That|The\s+incident)\s+(?:(?:reportedly|also)\s+)?"
                          r"(?:happened|took\s+place|occurred|unfolded)\s+(?:(?:on|late|early)\s+\w+\s+)?"
                          r"(?:in|at|near|on\s+the\s+outskirts\s+of|outside)\b")
_OCCUPIED_BEFORE = re.compile(r"(?<![\w-])(?:occupied|annexed)\s+$")
_HELD_BY_PREFIX = re.compile(r"[\w'’]+-(?:occupied|controlled|held|run|administered|annexed)\s+(?=[A-ZÀ-Þ])")
# a sentence opening on a place, then a speaker and the verb of what they said: the speaker's seat
_FRONTED_SPEAKER = re.compile(
    r",\s*(?:le\s+|la\s+|les\s+|l['’]\s*|un\s+|une\s+|des\s+|the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:porte-parole|ministres?|ministère|responsables?|officiels?|chef|commandant|gouverneur|président|dirigeants?|"
    r"spokes(?:man|woman|person)|officials?|ministers?|ministry|president|commander|governor|leaders?|chief)\b"
    r"[^.;]{0,140}?\b(?:a|ont|avait)?\s*(?:affirmé|déclaré|annoncé|indiqué|dit|assuré|précisé|revendiqué|"
    # (a reaction is speech too: "À X, la porte-parole ..., a qualifié les raids de ...", "In X, the minister condemned")
    r"qualifié|condamné|dénoncé|accusé|estimé|jugé|averti|appelé|démenti|réagi|"
    r"said|says|told|announced|claimed|stated|insisted|condemned|denounced|accused|warned|called|denied|described)\b",
    re.I)
_LEADING_ARTICLE = re.compile(r"^(?:The|La|Le|Les|L['’])\s+")
_ELIDED_COMMON = re.compile(r"[LD]['’][a-zà-ÿ][\w'’-]*")  # "L'aéroport", "D'autres": an article on a common noun
# ("so-called X" doubts a group's name: "blaming the so-called National Defence Forces" names no place)
_KNOWN_AS = re.compile(r"\b(?:known as|(?<!so-)(?<!so )called|named|dubbed|connue?s? sous le nom de|appelée?s?|baptisée?s?|surnommée?s?|"
                       r"dite?s?)\s*$", re.I)
_KNOWN_AS = _Prefiltered(_KNOWN_AS)
# A name used as the modifier of an attack noun or of a harbour, at the start of a noun phrase ("the X strike",
# "Tuesday's X bombing", "X port was hit"); English only puts a place before such a noun
_NOUN_AFTER_NAME = re.compile(r"\s+(?:(?:air|drone|rocket|missile|mortar)\s+)?(?:strikes?|attacks?|raids?|bombings?|"
                              r"shelling|aggression|port|harbou?r|salvos?|barrages?|volleys?)\b(?!\s+(?:said|says|group|force|forces|authority|company))", re.I)
_MODIFIER_DET = re.compile(r"^(?:The|This|That|Last)\s+")
# who strikes, not where: "an Israeli air strike", "the US strike", "the coalition raid"
_AGENT_MODIFIER = re.compile(r"(?:U\.?S\.?|American|British|French|Russian|Israeli|Iraqi|Iranian|Saudi|Emirati|Turkish|"
                             r"Syrian|Lebanese|Jordanian|Yemeni|Kuwaiti|Qatari|Houthis?|Hezbollah|Hamas|Coalition|NATO|"
                             r"Allied|Enemy|Kurdish|Israel|Iran|Russia|Turkey)(?:[\s-]\w+)*", re.I)


def _place_modifier(name: str) -> bool:
    """Can a capitalised run before an attack noun ("The X strike") be a place rather than the attacker?"""
    if name[:2] in ("A ", "An"):  # "An Israeli air strike", "A Turkish drone attack": the attacker's nationality
        return False
    bare = _MODIFIER_DET.sub("", name)
    if bare.lower() in _KIND_MODIFIERS:  # "Air strikes hit X", "Drone attacks ...": the weapon, not a place
        return False
    return bare.lower() not in _COUNTRY_NAMES and not _DEMONYM.fullmatch(bare) and not _AGENT_MODIFIER.fullmatch(bare)


_KIND_MODIFIERS = frozenset({"air", "drone", "rocket", "missile", "mortar", "artillery", "aerial", "naval", "suicide",
                             "new", "fresh", "further", "more", "overnight", "deadly", "latest", "retaliatory", "renewed",
                             # how the attack was ("Heavy shelling hit X", "Twin strikes ..."): no place, no attacker
                             "heavy", "intense", "intensive", "fierce", "sustained", "massive", "continued", "continuing",
                             "indiscriminate", "sporadic", "repeated", "nightly", "daily", "twin", "simultaneous",
                             "coordinated", "precision", "separate", "fatal", "lethal", "major", "several", "multiple",
                             "two", "three", "four", "five"})


_MODIFIER_LEFT = re.compile(r"(?:^|\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ll]ast|[A-Z][a-z]+day['’]s)\s+)$")
_ADVERSARY_BEFORE = re.compile(r"\b(?:at|against|on|contre)\s+(?:the\s+|les\s+|la\s+|le\s+|l['’]\s*)?$", re.I)
# ("depuis le village d'X": the elided article of the name ends the words after "depuis")
# The words between a verb of launching and the name of the place it left from, when the place is told through its
# launch site ("partis des positions des factions pro-turques aux abords de X", "fired from positions of
# Turkish-backed factions on the outskirts of X"): a noun phrase with no clause break, no aim and no impact in it
_LAUNCH_SITE_GAP = re.compile(
    r"\s*(?:(?!(?:sur|vers|contre|en|à|au|aux(?!\s+abords)|et|and|at|to|towards?|into|onto|against|over|"
    r"on(?!\s+the\s+(?:outskirts|edges?|fringes))|hit\w*|struck|strikes?|target\w*|landed|land|fell|falls?|slamm\w+|"
    r"explod\w+|kill\w*|wound\w*|injur\w*|frapp\w+|vis\w+|cibl\w+|atteint\w*|tomb\w+|abatt\w+|touch\w+|explos\w+|"
    r"tu(?:ée?s?|és|ant|ent)|bless\w+)(?=\s))[\w'’-]+\s+){2,9}$", re.I)


def _launch_site_far_before(clause: str, s: int, v) -> bool:
    """Whether a verb of launching 40 to 150 characters before ``s`` reaches the name there (see _LAUNCH_SITE_GAP)."""
    window = clause[max(0, s - 150):s]
    last = None
    for last in v["launch"]._plain.finditer(window):
        pass
    return last is not None and last.end() < len(window) - 40 and _LAUNCH_SITE_GAP.match(window, last.end()) is not None


_FROM_BEFORE = _Gated(re.compile(r"\b(?:from|depuis)\s+(?:(?:a|the|une?|la|le)\s+)?(?:\w+\s+){0,4}(?:[dl]['’])?$", re.I))
# "Rockets launched by militias from Iraq": a country after an agent tells where the agent comes from, not the launch
# point ("fired by an outlaw group from Zafaraniya": a town after the agent is the launch point)
_AGENT_FROM_TAIL = re.compile(r"\bby\s+(?:[\w\"“”'’-]+\s+){1,4}?from\s+(?:the\s+)?$", re.I)
# "lancées peu après 20 h (17 h GMT) depuis le secteur de X", "fired shortly before dawn on Monday from the X area":
# a time or a manner may part the launch verb from its "from"; the verb still governs the place after "from"
# (the period of an initial is no sentence end: "fired at the U.S. embassy in X from Y")
_IN_SENTENCE = r"(?:[^.;!?]|(?<=\b(?-i:[A-Z]))\.)"
_LAUNCH_AHEAD = re.compile(r"\b(?:(?:tir|lanc)(?:ée?s?|és)|fired|launched)\b" + _IN_SENTENCE + r"{0,70}?\b(?:from|depuis)\s+"
                           r"(?:(?:an?|the|une?|la|le|les|l['’])\s*)?(?:[\w'’-]+\s+){0,4}(?:[dl]['’])?$", re.I)
# the agent of "by ... from" ending on a group's own name: "a missile fired by the Houthis from Yemen", "launched by
# Hezbollah from Lebanon": the group fired from that land ("by militias from Iraq", "by Hamas militants from Gaza": people
# told by where they come from, see _AGENT_FROM_TAIL)
_AGENT_OF_FROM = re.compile(r"\bby\s+(?P<agent>(?:[\w\"“”'’-]+\s+){1,4}?)from\s+(?:the\s+)?$", re.I)


def _group_fired_from(left: str) -> bool:
    """Whether the agent between "by" and "from" at the end of ``left`` is a known group named last."""
    m = _AGENT_OF_FROM.search(left)
    if m is None:
        return False
    agent = m.group("agent").rstrip()
    return any(e == len(agent) for _, e, _ in find_actors(agent))


# "Rockets fired by militants in the Gaza Strip hit X", "tirées par des combattants de la bande de Gaza": the place of
# the armed men the projectiles were fired by is where they left from (see _AGENT_IN)
_FIRED_BY_AGENT = re.compile(r"\b(?:fired|launched|shot|lobbed|tirée?s?|tirés|lancée?s?|lancés)\s+(?:by|par)\s+"
                             r"(?:(?:the|des|les|de|d['’])\s*)?(?:[\w'’-]+\s+){0,2}?$", re.I)
# "a rocket from Gaza landed near X", "two drones from Yemen were downed over X": the projectiles' own "from", when the
# name is followed by what they did ("two drones from Iran were used in the attack": a supply, no launch)
_PROJECTILE_FROM = re.compile(r"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\w-]+\s+)?"
                              r"(?:rockets?|missiles?|drones?|mortar\s+(?:rounds?|shells?|bombs?)|projectiles?|UAVs?)\s+"
                              r"from\s+(?:the\s+)?$", re.I)
_PROJECTILE_DID = re.compile(r"\s+(?:(?:was|were|had\s+been|have\s+been)\s+)?(?:landed|fell|struck|hit|exploded|crashed|"
                             r"slammed|targeted|attacked|shot\s+down|downed|intercepted|destroyed|impacted|came\s+down)\b")
# "Palestinian militants in the Gaza Strip fired ...", "des combattants de la bande de Gaza ont tiré ...": the place
# of the armed men who fired is where the projectiles left from, not the place hit
_AGENT_IN = re.compile(r"\b(?:militants?|fighters?|gunmen|insurgents?|militias?|militiamen|rebels?|guerrillas?|"
                       r"combattants?|miliciens?|milices?|insurgés?|rebelles?|groupes? armés?|factions? armées?|"
                       r"(?:armed\s+)?(?:groups?|factions?))\s+(?:(?:based|operating|holed up|basée?s?|retranchée?s?)\s+)?"
                       r"(?:in|inside|from|de|du|dans|d['’])\s*(?:the\s+|la\s+|le\s+|l['’]\s*)?"
                       r"(?:(?:-?[a-zà-ÿ]+|\w+\s+de)\s+)?$", re.I)
_AGENT_FIRED = re.compile(r"\s*(?:,\s*)?(?:(?:have|had|also|again|then|ont|avaient|ont également|ont de nouveau)\s+)?"
                          r"(?:fired|launched|lobbed|tiré|lancé|fire|launch)\b", re.I)
_PART_OF_GAZA = re.compile(r"(?:\b(?:[Nn]orthern|[Ss]outhern|[Cc]entral|[Ee]astern|[Nn]orth|[Ss]outh)\s+|\b(?:nord|sud)\s+de\s+)$")
_FACILITY_OF = re.compile(r"\s*(?:de|d['’]|du|of|in|à)\s*")
_CONTAINER_GAP = re.compile(r"\s*,?\s*(?:(?:in|dans|à|near|of)\s+)(?:[\w’'-]+\s+){0,4}?(?:of\s+|de\s+|d['’]|du\s+)?|"
                            # "the X neighbourhood of Y": a quarter named before its noun lies in Y
                            r"\s+(?:neighbou?rhoods?|quarters?|suburbs?|districts?)\s+(?:of|in)\s+(?:the\s+(?:city|town)\s+of\s+)?|"
                            # "at the Tunnels checkpoint near Jerusalem", "the Hamra junction outside Nablus": a site
                            # named before its noun lies by the town written after it
                            r"\s+(?:checkpoints?|roadblocks?|junctions?|intersections?|crossings?|outposts?)\s*,?\s*"
                            r"(?:in|near|outside|at)\s+(?:the\s+(?:city|town|village)\s+of\s+)?", re.I)
# "à Djibo, au Burkina Faso", "à Beledweyne, en Somalie": a country in apposition after a place is where the place lies
# (French wire copy's way of saying which country a town is in; without it read, a namesake abroad was taken)
_COUNTRY_APPOSED_GAP = re.compile(r"\s*,\s*(?:au|aux|en)\s+")
# "à X, village du Liban-Sud", "X, localité frontalière de la Bekaa": the kind of place in apposition to the name
# before it is that name's kind; the name after it is where that town lies (the kind word is not the second name's:
# "village du Liban-Sud" names no village called Liban-Sud). French only (see find_mentions).
_APPOSED_KIND_GAP = re.compile(r"\s*,\s*(?:(?:un|une|la|le|cette)\s+)?(?:petite?\s+)?"
                               r"(?P<kind>villages?|localités?|villes?|bourgades?|communes?)"
                               r"(?P<words>(?:\s+[a-zàâéèêîôûç’'-]+){0,2}?)\s+(?:de|du|de\s+la|des|d['’])\s*",
                               re.I)
# "Taba, ville égyptienne frontalière d'Eilat": the name after the kind word is a neighbour, not the town's container
# (that reading is left to the rules after)
_NEIGHBOUR_WORDS = re.compile(r"frontali|voisin|proche|limitroph|face", re.I)


# "plusieurs villages du sud du Liban, dont X et Y", "several towns in the south, including X": the names listed
# after a plural noun of places are some of those places (the noun is the verb's object: the names are hit)
_LISTING = r"(?:dont|notamment|including|among\s+them|notably)"
_LISTED_AFTER_PLACES = re.compile(r"\b(?:villages|localités|villes|bourgades|communes|towns|cities|areas|régions|secteurs|"
                                  r"zones|quartiers|neighbou?rhoods|districts)\b[^.;:()]{0,60}?,\s*" + _LISTING +
                                  r"\s+(?:(?:celles?|ceux)\s+(?:de|d['’])\s*|(?:à|in)\s+)?$", re.I)
_LISTED_GAP = re.compile(r"\s*,\s*" + _LISTING + r"\s+(?:(?:à|in)\s+)?", re.I)


# Last words of _LEFT_CUE and REFERENCE ("... of", "... de") and of _FACILITY_IN ("... in").
_OF_WORDS = ("of", "de", "du", "d'", "d’")
_CONTEXT_BEFORE = _Gated(re.compile(L.CONTEXT_BEFORE, re.I))
_INSTITUTION = re.compile(L.INSTITUTION_HEADS)
_WAR_AFTER = re.compile(r"\s+(?:war|conflict)\b(?!-)")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish)")
# A demonym ending in -i (which may stand for its land: "Saudi energy facilities") whose people or post is placed right
# after it: "targeted Israeli troops in Metula", "the Israeli army's Metula position" -- whose they are, not where
_OWNER_DEMONYM = re.compile(r"Israeli|Iraqi|Saudi|Yemeni|Emirati|Kuwaiti|Qatari|Omani|Bahraini|Pakistani|Somali")
_OWNED_THEN_PLACE = re.compile(r"\s+(?:(?:army|military|enemy|occupation)['’]s\s+[A-Z]|(?:army|military|troops|forces|soldiers|"
                               r"positions?|posts?|outposts?|bases?|convoys?|patrols?|gatherings?)(?:\s+[a-z][\w'’-]*){0,2}?\s+"
                               r"(?:in|at|near|inside|outside)\s+(?:the\s+)?(?:(?:town|village|city|area|settlement)\s+of\s+)?[A-Z])")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]{3,}\b")
# "the Afghan province of Kandahar", "the Pakistani city of Peshawar": an adjective of nationality (any shape, "-i"
# and "Afghan" included) before a word for a kind of place and "of" and its name qualifies that noun: the name after
# "of" is the place, the adjective none (it only tells whose it is)
_NATION_ADJ = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish)|Israeli|Iraqi|Saudi|Yemeni|Emirati|Kuwaiti|Qatari|Omani|Bahraini|"
                         r"Pakistani|Somali|Bangladeshi|Nepali|Afghan|Greek|Thai|French|Dutch|Swiss|Czech|Uzbek|Tajik|Kazakh|"
                         r"Kyrgyz|Turkmen|Arab")
_KIND_OF_NAME_AFTER = re.compile(r"(?:\s+(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|"
                                 r"south-?eastern|south-?western|border|coastal|port|restive|frontline|front-line)\s+)?"
                                 r"(?:province|region|district|city|town|village|capital|port|governorate|state|county|"
                                 r"oblast|area|territory|enclave|island)\s+of\s+|\s+capital,?\s+)"
                                 r"(?P<name>[A-Z][\w'’-]+(?:[ -](?:al-|el-)?[A-Z][\w'’-]+)?)")
# (the adjective follows "the", maybe with a bearing: "Ghazni province of Afghanistan" names its province, no adjective)
_THE_BEFORE_ADJ = re.compile(r"\b(?:the|its)\s+(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|"
                             r"south-?eastern|south-?western)\s+)?$", re.I)
# "fired from Yemen, one over X and the other over Y": after the comma the names are where they were aimed
# (", launched from positions near X": a "from" after the comma tells the launch site again, X is no place aimed at)
# "fired from about 10 km north of the border, near the village of X": the launch point told by a distance and a
# bearing, then placed by a name after its comma ("near" there places the launch point, it does not aim)
_FROM_DISTANCE_NEAR = re.compile(r"\b(?:fired|launched|from)\b[^.;]{0,40}?\b(?:\d+(?:[.,]\d+)?|a\s+few|several|one|two|"
                                 r"three|four|five|six|seven|eight|nine|ten)\s*(?:km|kilometres?|kilometers?|miles?)\s+"
                                 r"(?:\(\s*[\d.,]+\s*miles?\s*\)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|"
                                 r"south-?west)(?:ern)?\s+of\s+[^,.;]{2,50},\s+(?:near|close\s+to|outside|by)\s+(?:the\s+)?"
                                 # (the name itself, or a nationality and the kind of place: not "near the boundary
                                 # with X province", which tells where the spot lies, not what it is)
                                 r"(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:(?:village|town|city|area)\s+of\s+)?$", re.I)
# a river, a valley, a range: a line or a stretch the spot lies near, no point of its own ("10 km north of the base,
# near the Euphrates River": the distance from the base places it)
_NATURAL_FEATURE = re.compile(r"\b(?:River|Valley|Lake|Sea|Mountains?|Hills?|Plain|Desert|Wadi|Border|Highway|Road)\b")
_AIMED_AFTER_COMMA = re.compile(r",\s+(?:(?!(?:from|depuis)\b)[\w'’-]+\s+){0,3}?(?:au-dessus d[eu']|over|toward|towards|vers|sur|on|at|"
                                r"against|contre|near|près d[eu']|aux abords d[eu'])(?:(?<=')|(?!\w))\s*(?:the\s+|la\s+|le\s+|l['’])?[^,]*$", re.I)
_AT_WORDS = ("in", "at", "à", "near")
# "X, home to the Y air base", "X, qui abrite la base Y", "X, which hosts the Y base": a facility that describes the
# place just named; an attack aimed at the facility names it as its object instead
_HOME_TO = re.compile(r",\s*(?:(?:which|that)\s+(?:is\s+)?|qui\s+)?(?:home to|hosts|houses|hosting|housing|abrite|abritant)\s+"
                      r"(?:the\s+|an?\s+|la\s+|le\s+|les\s+|l['’]\s*|une?\s+)?(?:(?-i:[a-zà-ÿ-]+)\s+){0,2}?$", re.I)
# "claimed attacks on three bases, including one near X", "dit avoir visé trois positions, dont une à X": one site of
# a group's claim over several, given as an example: the claim, not an incident told
_CLAIMED_EXAMPLE = re.compile(r"\b(?:claim\w*|(?:said|says|announced)\s+(?:in a statement\s+)?(?:that\s+)?it had|revendiqu\w*|"
                              r"(?:affirm|dit|déclar)\w*\s+avoir)\b[^.;]{0,160}?\b(?:bases|sites|positions|targets|"
                              r"installations|cibles|facilities)\b[^.;]{0,40}?\b(?:including|among them|dont|notamment|"
                              r"parmi lesquelles|parmi lesquels)\s+(?:one|l['’]une?|une?|celle|celui)\b[^,.;]{0,40}$", re.I)
# "the academy, located in the X district", "l'hôpital, situé dans le quartier de X": a definite noun, no name, then
# where it lies: the site is one told before (a new one comes with "a"/"un"), the place only says where it is
_LOCATED_OF_TOLD = re.compile(r"(?:\b(?:the|la|le|les)\s+|\bl['’])(?-i:[a-zà-ÿ-]+)(?:\s+(?-i:[a-zà-ÿ-]+))?\s*,\s*"
                              r"(?:which is\s+|qui est\s+)?(?:located|situated|situé|située|situés|situées|sise?s?)\s+"
                              r"(?:dans|à|en|in|at|près d[eu]\s*|near)\s*(?:the\s+|le\s+|la\s+|l['’]\s*)?"
                              # (an adjective either side of the noun: "the coastal town of", "la ville côtière de")
                              r"(?:(?:(?-i:[a-z-]+)\s+)?(?:quartier|district|neighbou?rhood|area|zone|secteur|ville|town|"
                              r"city|village|banlieue|suburb)(?:\s+(?-i:[a-zà-ÿ-]+))??\s+(?:of\s+|de\s+|d['’]|du\s+)?)?$",
                              re.I)
# "fired from X at the Y base", "tirées depuis X sur la ville de Y": the place after the launch site and "at"/"on"/"sur"
# is the one aimed at (the cheap endswith test keeps the regex off most names)
# ("fired from Lebanon into the Upper Galilee", "fired from Gaza into the town of Sderot": "into" after the launch site
# is where they were aimed too)
_AT_WORDS_IN = (" at ", " on ", " sur ", " into ")
# ("tirées du Liban sur le nord d'Israël", "fired from Lebanon at northern Israel": "du" after the participle is
# "from" too, and a part of a country told by its bearing is where they were aimed)
_FROM_THEN_AT = re.compile(r"(?:\b(?:from|depuis)|\b(?:tirée?s?|tirés|lancée?s?|lancés)\s+(?:du|des|de|d['’]))\s+[^,.;:]{2,70}?"
                           r"\s(?:at|on|sur|into)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?"
                           r"(?:(?:town|city|village|port|ville|localité|région|secteur|zone|area|district|"
                           r"nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest)\s+"
                           r"(?:of\s+|de\s+|d['’]|du\s+)?|(?:northern|southern|eastern|western|central)\s+)?$", re.I)
# "fired from X at a US base near Y", "tirés depuis X contre une position israélienne à Y": the site aimed at, told by
# its noun, then the place it lies in or by (a noun of a site only: "fired from a field on the outskirts of X" keeps X
# the launch site)
_AT_WORDS_SITE = (" at ", " on ", " sur ", " contre ", " against ")
_FROM_THEN_AT_SITE = re.compile(
    r"(?:\b(?:from|depuis)|\b(?:tirée?s?|tirés|lancée?s?|lancés)\s+(?:du|des|de|d['’]))\s+[^,.;:]{2,70}?"
    r"\s(?:at|on|sur|against|contre)\s+(?:an?|the|une?|la|le|les|l['’]|two|three|deux|trois)\s*(?:[\w'’.-]+\s+){0,3}?"
    r"(?:bases?|posts?|outposts?|positions?|camps?|garrisons?|barracks|casernes?|convoys?|patrols?|checkpoints?|compounds?|"
    r"facilit(?:y|ies)|installations?|airports?|aéroports?|airfields?|headquarters|quartiers? généra(?:l|ux)|"
    r"buildings?|bâtiments?|houses?|maisons?|homes?|villages?|towns?|ville|localités?|sites?)"
    r"(?:\s+(?-i:[a-zà-ÿ-]+))??\s+(?:near|in|at|outside|close to|inside|près d[eu']|proche d[eu']|dans|à|en)\s*"
    r"(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:(?:town|city|village|area|district|ville|localité|région|secteur|zone)\s+"
    r"(?:of\s+|de\s+|d['’]|du\s+))?$", re.I)
# "a drone launched from Yemen over the Red Sea near Eilat", "fired from Lebanon over the sea off Haifa": the place
# the flight was over is told from a town near it, which is no launch site either (see _AIMED_TAIL)
_FROM_THEN_OVER = re.compile(r"\b(?:from|depuis)\s+[^,.;:]{2,50}?\s(?:over|above)\s+[^,.;:]{2,50}?\s"
                             r"(?:near|off|close to|outside)\s+(?:the\s+)?(?:(?:town|city|port)\s+of\s+)?$", re.I)
# ("a drone launched from Yemen over the Red Sea": what it flew over, where it was downed, is no launch site either)
_AIMED_TAIL = re.compile(r"\b(?:towards?|vers|against|contre|targeting|visant|in the direction of|en direction (?:de|du|des|d['’])|"
                         r"over|above|au-dessus (?:de|du|des|d['’])|"
                         r"à destination (?:de|du|des|d['’])|"
                         # "fired from Yemen, intercepted before it reached Eilat": where it was flying to
                         r"before\s+(?:(?:it|they)\s+(?:reached|hit|could\s+reach)|reaching|hitting)|avant\s+d['’]\s*atteindre|"
                         # (enfr49) "rockets fired from Gaza triggered sirens in X and Y": the towns warned are where
                         # the fire was aimed, not further launch sites after "from"
                         r"(?:sirens?|alerts?|alarms?|sirènes?|alertes?)\s+(?:(?:sounding|wailing|blaring)\s+)?"
                         r"(?:in|across|throughout|à|dans|sur|en))"
                         r"\s*(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?"
                         # "en direction de la région de X", "toward the area of X": the area aimed at, no launch site
                         r"(?:(?:town|city|village|port|kibbutz|ville|localité|village|region|area|province|district|"
                         r"région|secteur|zone|nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest|"
                         # (frwire41) a landform or the edge of a town aimed at: "vers le plateau du Golan", "toward
                         # the outskirts of X", "vers la périphérie de X"
                         r"plateau|plaine|vallée|côte|golfe|plain|valley|coast|gulf|outskirts|banlieue|périphérie|"
                         r"abords|environs)\s+"
                         r"(?:of\s+|de\s+|d['’]|du\s+)?|(?:northern|southern|eastern|western|central)\s+)?$", re.I)


def _source_body(window: str) -> bool:
    """Whether a name ends a source phrase ("selon les secouristes du X"); the words are looked for first, cheaply."""
    return ("selon" in window or "ccording" in window or "après" in window or "citing" in window) \
        and _SOURCE_BODY.search(window) is not None


def _landed_after_launch(left: str, v: dict, found: Optional[frozenset]) -> bool:
    """Whether the words before a name go from where projectiles were fired to where they came down.

    "roquettes tirées depuis le Liban-Sud se sont abattues sur X", "rockets fired from Gaza slammed into X":
    an impact verb (or one of interception) after the launch phrase makes the name the place hit, not the launch site.
    """
    launch = None
    for launch in v["launch"].finditer(left, found):
        pass
    # ("two drones launched from Yemen were shot down over X", "launched from Iraq targeted the X base": where they
    # were downed or aimed, not where they came from)
    return launch is not None and (v["impact"].search(left[launch.end():], found) is not None
                                   or v["intercept"].search(left[launch.end():], found) is not None
                                   or _AIMED_AFTER_LAUNCH.search(left, launch.end()) is not None
                                   or _HARMED_AFTER_LAUNCH.search(left, launch.end()) is not None)


_AIMED_AFTER_LAUNCH = re.compile(r"\b(?:targeted|targeting|attacked|"
                                 r"(?:a|ont|avaient|avait)\s+(?:\w+\s+)?(?:visée?s?|ciblée?s?|attaquée?s?))\b", re.I)
# "une roquette tirée depuis Gaza a blessé un homme à X", "a rocket fired from Gaza wounded a man in X": the
# projectile's own verb of harm, after its launch phrase, tells where it struck (its subject is no launch site)
_HARMED_AFTER_LAUNCH = re.compile(r"\b(?:(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:blessé|tué|fait|endommagé|détruit)|"
                                  r"killed|wounded|injured|damaged|destroyed)\b", re.I)


# A bare coordinator between two names ("X and Y", "X, Y et Z", "X as well as Y"): nothing of the second name's own
# (the preposition may be said again: "près de X et de Y", "on X and on Y", "à X et à Y")
# (a comma alone joins only inside a list that ends with "and": "X, near Y" or "X, Y district" tell where X is)
# ("X and the capital Y", "X and the port city of Y", "X et la ville de Y": the next object named after a word for
# the kind of town it is, as wire copy introduces a capital or a port, is another object all the same)
# (", de X" / ", d'X": a French list item told again with its "de", "des régions d'Odessa, de Mykolaïv et de Kherson")
_BARE_CONJUNCT = re.compile(r"\s*(?:,\s*(?:(?:de|d['’])\s*)?|(?P<co>,\s*(?:and|et)\s+|,?\s+(?:and|et|as well as|ainsi que|ainsi qu['’])\s+)"
                            r"(?:(?:on|in|at|near|de|d['’]|à|sur|près\s+de|près\s+d['’])\s*)?"
                            r"(?P<kind>(?<=and )(?:the\s+)(?:(?:port|coastal|border|frontline|front-line)\s+)?"
                            r"(?:capital|city|town|village|port)\s+(?:of\s+)?|"
                            r"(?<=et )(?:la\s+|le\s+)(?:capitale|ville|localité|village|port)\s+(?:(?:de|d['’])\s*)?)?)")
_LIST_GOES_ON = re.compile(r"(?:\s*,\s*[A-ZÀ-Þ][\w'’-]*(?:[\s-][A-ZÀ-Þa-z][\w'’-]*){0,3}?)*\s*,?\s+(?:and|et)\s+"
                           r"(?:(?:on|in|at|near|de|d['’]|à|sur)\s*)?[A-ZÀ-Þ]")
# the participles of a passive verb of attack ("was struck", "a été touchée")
# ("X a été la cible lundi de tirs": the day may part "la cible" from its "de")
_PASSIVE_HIT_VERBS = (r"(?:hit|struck|targeted|shelled|bombed|bombarded|attacked|pounded|pummell?ed|raided|rocked|hammered|battered|blitzed|strafed|the\s+target\s+of|la\s+cible\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|dans\s+la\s+nuit)(?:\s+(?:matin|soir|après-midi))?\s+)?(?:de|d['’]|des)|frappée?s?|touchée?s?|visée?s?|"
                      r"ciblée?s?|bombardée?s?|pilonnée?s?|attaquée?s?)")
# "X came under heavy rocket fire", "X has come under attack": the subject of "came under" is the place attacked
# ("came under fire from critics" is blame: the attack word itself refuses it, see lexicon.ATTACK_WORDS)
_UNDER_FIRE_AFTER = re.compile(r"\s+(?:(?:(?:has|have|had)\s+(?:also\s+|again\s+)?come|c[ao]me|comes)\s+(?:again\s+|also\s+)?under\s+"
                               r"(?:(?:an?|the|another)\s+)?(?:(?:new\s+)?(?:wave|barrage|hail)\s+of\s+)?(?:[\w-]+\s+){0,2}?"
                               # ("came under a massive missile attack", "a combined drone and missile attack")
                               r"(?:(?:and|&)\s+[\w-]+\s+)?(?:fire|attacks?|shelling|bombardment)\b|"
                               # "X suffered a drone attack", "X a subi d'intenses bombardements", "X a essuyé des tirs"
                               r"(?:suffered|sustained|endured)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:attacks?|strikes?|shelling|bombardments?|raids?)\b|"
                               r"(?:a|ont|avait|avaient)\s+(?:subi|essuyé)\s+(?:[\w'’-]+\s+){0,4}?"
                               r"(?:attaques?|tirs|frappes?|bombardements?|raids?|pilonnages?)\b)", re.I)
# "X and Y were struck", "X et Y ont été touchées": the names before a passive verb of attack are what it hit
_PASSIVE_HIT_AFTER = re.compile(
    r"(?:\s*,\s*(?:(?:and|et)\s+)?[A-ZÀ-Þ][\w'’-]*(?:[\s-][A-ZÀ-Þ][\w'’-]*){0,3}|\s+(?:and|et)\s+[A-ZÀ-Þ][\w'’-]*"
    r"(?:[\s-][A-ZÀ-Þ][\w'’-]*){0,3})*(?:,?\s+(?:too|as\s+well),?)?\s+(?:was|were|has\s+been|have\s+been|had\s+been|(?:a|ont|avait|avaient)\s+"
    r"(?:(?:aussi|également|ensuite|alors|de\s+nouveau|à\s+son\s+tour|à\s+leur\s+tour)\s+)?été)\s+(?:\w+ly\s+|(?:also|again|then|later|later\s+on|de\s+nouveau|encore|aussi|également|ensuite|"
    r"à\s+son\s+tour|à\s+leur\s+tour)\s+)?" + _PASSIVE_HIT_VERBS + r"\b")
# ", as was Y", ", tout comme Y": the passive verb of attack told of X said again of Y (see _ECHO_HIT)
# "hit X on Monday before striking Y", "attacked X, then Y", "visé X et, quelques heures plus tard, Y", "X puis Y": the
# same attack word carried on to a next object told after a word of sequence, so Y is a second site hit
_SEQUENCE_GAP = re.compile(
    # (the first object's weapon: "attacked X with four missiles on Friday, then Y")
    r"(?:\s+" + _WEAPON_WITH + r")?"
    r"(?:\s+(?:on\s+|early\s+|late\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?|"
    r"\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|soir|après-midi))?)?"
    r"\s*,?\s*(?:(?:and|et)\s*,?\s*)?(?:then|later|afterwards|puis|ensuite|plus\s+tard|"
    r"(?:[\w-]+\s+)?(?:hours?|minutes?|heures?|days?|jours?)\s+(?:later|afterwards|plus\s+tard)|"
    r"the\s+(?:next|following)\s+day|le\s+lendemain|followed\s+by|"
    r"before\s+(?:striking|hitting|targeting|attacking|shelling|pounding|bombing)|"
    r"avant\s+de\s+(?:frapper|viser|toucher|bombarder|pilonner|cibler))"
    # (the next one's own day may come first: "avant de viser le lendemain la ville de Y", "then, on Monday, Y")
    r"(?:\s*,?\s*(?:le\s+lendemain|the\s+(?:next|following)\s+day|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?=[\s,]))?"
    # (the verb told again: "struck X on Tuesday and then hit Y", "and later targeted Y"; "a frappé X puis visé Y")
    r"(?:\s+(?:hit|struck|targeted|attacked|shelled|bombed|pounded|raided|(?:fired|launched)\s+(?:[\w-]+\s+){0,2}?at|"
    r"visé|frappé|ciblé|bombardé|pilonné|attaqué))?"
    r"\s*,?\s*(?:(?:on|at|in|into|à|sur|contre)\s+)?(?:(?:the|la|le)\s+|l['’])?"
    # (the next object a thing in a place: "a command centre in X on Thursday and then a weapons depot in Y", "then at
    # a commercial ship off Y")
    r"(?:(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:depot|cent(?:re|er)|headquarters|compound|building|house|"
    r"site|facility|position|post|launcher|warehouse|ship|vessel|tanker|boat|base|camp|car|vehicle)s?\s+"
    r"(?:in|near|outside|off)\s+(?:the\s+(?:town|city|village|port)\s+of\s+)?)?"
    # (the next site's head noun: "puis la base de Y", "then the airport of Y")
    # ("puis celle de Y": the head noun of X told again by a pronoun)
    r"(?:(?:base(?:\s+aérienne)?|aéroport|airport|camp|caserne|air\s+base|town|city|village|ville|celle|celui)\s+"
    r"(?:of\s+(?:the\s+)?|de\s+|du\s+|d['’]))?", re.I)
_SEQUENCE_WORDS = ("then", "later", "afterwards", "puis", "ensuite", "tard", "before", "avant", "next", "following",
                   "lendemain", "followed")


def _in_sequence(text: str, start: int, end: int, after: int) -> bool:
    """Whether ``text[start:end]``, between two objects, is a word of sequence (:data:`_SEQUENCE_GAP`).

    The first object's own head noun may open it: "targeted Erbil airport on Sunday, then Y" (the name's
    mention ends before "airport").  A name followed by a verb of its own (``after``: where it ends) is the
    subject of a next clause, not an object: "..., then Baghdad blamed Iran", "puis Bagdad a accusé ..."."""
    if _SEQUENCE_GAP.fullmatch(text, start, end) is None:
        cue = _RIGHT_CUE.regex.match(text, start, end)
        if cue is None or cue.end() >= end or _SEQUENCE_GAP.fullmatch(text, cue.end(), end) is None:
            return False
    return _OWN_VERB_AFTER.match(text, after) is None


# a finite verb right after a name: "Baghdad blamed", "Bagdad a accusé", "Tehran said" (not a passive "was hit")
_OWN_VERB_AFTER = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ed|said|says|told|vowed|warned)\b(?!\s+by\b)|"
                             r"\s+(?:a|ont|avait|avaient)\s+(?!été\b)[a-zé]+é(?:e|s|es)?\b")
_ECHO_BEFORE = re.compile(r"(?:,\s*(?:as\s+(?:was|were|had\s+been)|and\s+so\s+(?:was|were))|;\s*so\s+(?:was|were)|,\s*(?:(?P<either>tout\s+comme|de\s+même\s+que)|"
                          r"comme\s+l['’]ont\s+été|comme\s+l['’]a\s+été))\s+(?:(?:the|la|le|les)\s+|l['’])?$", re.I)
# (the verb told of X: a passive, or for "tout comme" / "de même que" an active past too: "des drones ont visé X
# lundi, de même que Y")
_ECHO_HIT = re.compile(r"\b(?P<passive>(?:was|were|been|été)\s+(?:\w+\s+)?" + _PASSIVE_HIT_VERBS + r")\b|"
                       r"\b(?:a|ont)\s+(?:\w+\s+)?(?:frappé|touché|visé|ciblé|bombardé|pilonné|attaqué)\b", re.I)
# "..., as was Y a week earlier", "comme l'a été Y la semaine dernière": Y's own time, another day than X's
_ECHO_OWN_TIME = re.compile(r"[^,.;:]{0,40}?\b(?:last|previous|earlier|before|yesterday|ago|days?|weeks?|months?|years?|"
                            r"dernier|dernière|précédente?|veille|hier|avant|plus\s+tôt|jours?|semaines?|mois|ans?|années?|"
                            r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
                            r"\d{1,2}|in\s+(?:19|20)\d\d|en\s+(?:19|20)\d\d)\b", re.I)
# ("the road between / linking X and Y", "la route reliant X et Y": one road, not two places hit)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|linking|connecting|joining|entre|reliant|relie)\s+(?:the\s+|les\s+)?$", re.I)


class _WindowGates:
    """Whether a pattern can match a window of a clause, from the clause's needles (exact, and cheap).

    In a clause whose lower-casing keeps its length and holds no "ſ" or "ı" (the texts a pattern's own
    prefilter reads as lower-cased), a window ``clause[a:b]`` holds one of the pattern's needles only at
    those offsets of the lower-cased clause, and only a needle of the clause holds: one ``str.find`` per
    needle the clause has (most often none) replaces each window's lower-casing and its test of every
    needle of the pattern, and where one is found the pattern's regex is run at once (the gated pattern
    would run it after the same tests).  Elsewhere (not probed, or such a clause) every pattern is run
    through its gate, as before.  find_mentions reads a pattern's needles once a clause, when the first
    name gets as far as that pattern: a name's checks are then a few local tests.
    """

    __slots__ = ("low", "found", "clean", "_cue", "clause")

    def __init__(self, clause: str, found: Optional[frozenset]):
        low = clause.lower()
        self.low, self.found, self.clause = low, found, clause
        self.clean = found is not None and len(low) == len(clause) and "ſ" not in low and "ı" not in low
        self._cue = None

    def needles(self, pattern):
        """The needles of ``pattern`` (a :class:`_Gated` or :class:`_Prefiltered`) the clause holds, for
        :func:`_in_window`: none where the pattern cannot match anywhere in it; True where it must be run."""
        if not self.clean:
            return True
        if isinstance(pattern, _Gated):  # the probe holds every needle of the clause
            return tuple(pattern.needles & self.found) if pattern.needles is not None else True
        held = pattern._needles
        return tuple(filter(self.low.__contains__, held)) if held else True

    def gated(self, patterns: tuple) -> list:
        """:meth:`needles` of each of ``patterns``, from one pass over the clause's needles (a clause holds a
        dozen; each is looked up once instead of intersecting every pattern's needles with them)."""
        if not self.clean:
            return [True] * len(patterns)
        slots = _NEEDLE_SLOTS.get(patterns)
        if slots is None:
            slots = _NEEDLE_SLOTS[patterns] = _needle_slots(patterns)
        out = [([] if p.needles is not None else True) if isinstance(p, _Gated) else None for p in patterns]
        if None in out:
            # a prefiltered pattern: its needles the clause holds, from the prefilter automaton's one pass over the
            # clause (kept for its other prefiltered patterns) rather than an ``in`` test of each of its needles
            seen = _PREFILTER_SEEN.get(self.clause, False)
            if seen is False:
                seen = _prefilter_found(self.clause)
            for i, p in enumerate(patterns):
                if out[i] is None:
                    out[i] = list(p._wanted & seen) if p._wanted is not None and seen is not None else self.needles(p)
        get = slots.get
        for needle in self.found:
            for i in get(needle, ()):
                out[i].append(needle)
        return out

    def cue(self, name: str) -> Optional[str]:
        """:func:`_cue_from` for a name of a clean clause (its cue needles intersected once a clause)."""
        needles = self._cue
        if needles is None:
            needles = self._cue = _CUE_GATE.needles & self.found if _CUE_GATE.needles is not None else False
        if needles is False:
            return _cue_from(name, self.found)
        if not needles:
            return None
        low = name.lower()
        if not any(map(low.__contains__, needles)):
            return None
        for pattern, cue in _CUES:
            if pattern.search(name):
                return cue
        return None


_NEEDLE_SLOTS: dict = {}  # patterns -> {needle: the indices of the gated patterns holding it} (see _WindowGates.gated)


def _needle_slots(patterns: tuple) -> dict:
    slots: dict = {}
    for i, p in enumerate(patterns):
        if isinstance(p, _Gated) and p.needles is not None:
            for needle in p.needles:
                slots.setdefault(needle, []).append(i)
    return {needle: tuple(at) for needle, at in slots.items()}


def _in_window(low: str, needles, a: int, b: int) -> bool:
    """Whether ``low[a:b]`` holds one of ``needles`` (:meth:`_WindowGates.needles`; True: always)."""
    if needles is True:
        return True
    for needle in needles:
        if low.find(needle, a, b) >= 0:
            return True
    return False


def find_mentions(clause: str, lang: str, extra_spans: list[tuple[int, int, str]] = (),
                  found: Optional[frozenset] = None) -> list[Mention]:
    """Place-like names of a clause with their cue and role.

    ``found`` is the clause's :func:`_probe`, when the caller has it already.
    """
    v = _vocab(lang)
    if found is None:
        found = _probe(clause)
    may = _WindowGates(clause, found)
    actor_spans = [(s, e) for s, e, _ in find_actors(clause, found)]
    raw: list[tuple[int, int, str]] = []
    compound_launch: set[int] = set()  # starts of the names written before "-launched", "-fired"
    pattern = _ARABIC_NAME if lang == "ar" else _NAME
    for m in pattern.finditer(clause):
        start, end = m.span()
        text = m.group()
        if lang != "ar":
            # (the first letters of the prepositions, and the holder's hyphen: the patterns are tried on the names
            # that have them)
            lead = _LEADING_PREPOSITION.match(text) if text[0] in _LEAD_INITIALS else None
            if lead:  # "In Qamishli, a drone ...": a sentence-initial preposition is not part of the name
                start, text = start + lead.end(), text[lead.end():]
            held = _HELD_BY_PREFIX.match(text) if "-" in text else None
            if held is not None:
                # "Israeli-occupied Golan Heights", "Kurdish-held Kobani": who holds the place is not part of its name
                # (its start stays the holder's, so that the words before it still read as the verb's object)
                text = text[held.end():]
            if start > 9 and clause[start - 1] == " " and (occ := _OCCUPIED_BEFORE.search(clause, max(0, start - 12), start)):
                # "fired from the direction of the occupied Golan" (SANA's words): the holder's word, written apart,
                # is no word between the preposition and the name, as the joined "Israeli-occupied" is not
                start = occ.start()
            suffix = _LAUNCHED_SUFFIX.search(text) if "-" in text and text.endswith("d") else None
            if suffix is not None and _LAUNCHED_NOUN.match(clause, end):
                # "Gaza-launched rockets": the place, told as the launch site (see _LAUNCHED_SUFFIX)
                text, end = text[:suffix.start()], end - len(suffix.group())
                compound_launch.add(start)
        raw.append((start, end, text))
    # Known gazetteer names help only where they look like names: "had" or "were" are GeoNames places too.
    extra_spans = [(s, e, n) for s, e, n in extra_spans
                   if _HAS_CAPITAL.search(n) and not n.split()[0].lower() in _NOT_PLACES]
    for s, e, n in extra_spans:
        if any(rs <= s and e <= re_ for rs, re_, _ in raw):
            continue  # already inside a capitalised run
        # a longer known name ("Ain al-Asad") wins over the runs it covers
        raw = [r for r in raw if not (s <= r[0] and r[1] <= e)]
        if not any(s < re_ and rs < e for rs, re_, _ in raw):
            raw.append((s, e, n))
    facilities = []
    for pattern, canonical, cue in _FACILITIES if found is None or _FACILITY_NEEDLES is None \
            or not _FACILITY_NEEDLES.isdisjoint(found) else ():
        if canonical is None:
            continue
        for m in pattern.finditer(clause, found):
            facility = Mention(canonical, m.start(), m.end(), cue)
            if _SPEAKS_AFTER.match(clause, m.end()):
                facility.role = "descriptive"  # "the U.S. Embassy in X said in a statement": it speaks, was not hit
            left = clause[max(0, m.start() - 60):m.start()]
            tail = left.rstrip()[-6:].lower()
            ref = v["reference"].search(left, found) if lang == "ar" or tail.endswith(_OF_WORDS) or tail == "of the" \
                else None
            if ref:  # "fired from X, 11 km southeast of the Green Zone": where X lies, not what was hit
                facility.role, facility.direction = "reference", ref.group("dir")
            elif cue == "sea" and _ON_SEA_BEFORE.search(left):
                facility.role = "descriptive"  # "à Jeddah, sur la mer Rouge": where a place named before lies
            facilities.append(facility)
    if facilities:
        raw = [r for r in raw if not any(f.start <= r[0] < f.end for f in facilities)]
    # "Abu Dhabi's Musaffah industrial area", "Saudi Aramco's facility": the owner is not the target
    possessive, owned, town_facility = set(), {}, {}
    for r in [r for r in raw if ("'" in r[2] or "’" in r[2]) and _POSSESSIVE.search(r[2])]:
        raw.remove(r)
        s, e, name = r
        pm = _POSSESSIVE.search(name)
        raw.append((s, s + pm.start(), name[:pm.start()]))
        rest = name[pm.end():].lstrip()
        if not rest and lang == "en" and (_TOWN_FACILITY_AFTER.match(clause, e) or _TOWN_THING_AFTER.match(clause, e)
                                          and name[:pm.start()].lower().replace(".", "") not in _COUNTRY_NAMES):
            # "Two drones targeted Erbil's international airport": an unnamed facility of the town lies in it,
            # so the town is where the attack was (no owned name of its own to take the place); the facility
            # after the "'s" is the name's cue, as in "Erbil international airport"
            town_facility[s] = e
            continue
        possessive.add(s)
        if rest:
            raw.append((e - len(rest), e, rest))
            owned[e - len(rest)] = s
    raw.sort()
    out: list[Mention] = list(facilities)
    locative_pattern = v["locative"]
    kept = None  # the name just before, when it was kept: a bare conjunct after it shares its context
    plural_cue: set[int] = set()  # starts of the names whose cue is a plural area noun ("the provinces of X and Y")
    low, clean = may.low, may.clean
    # What the clause as a whole holds, read once for all its names (None: not read yet; each is read when the first
    # name gets that far): a pattern whose needles the clause lacks cannot match a window of it (see _WindowGates)
    g_adj_end = _ADJ_END.possible(found)
    g_cue = None
    g_ctx = None
    for s, e, name in raw:
        head, kept = kept, None
        name = name.strip(" -’'")
        if not name or name.lower() in _NOT_PLACES or actor_spans and any(s < ae and as_ < e for as_, ae in actor_spans):
            continue
        if s and clause[s - 1] == " " and _SHIP_NAMED_BEFORE.search(clause, max(0, s - 40), s):
            continue  # "the bulk carrier Star Iris was struck": a ship's name (see _SHIP_NAMED_BEFORE)
        # The checks below reject a name on its own, its cue and its preposition first: they reject most
        # names (a capitalised run with no locative context); the rarer rejections after them are all
        # pure tests, so their order changes nothing but the time.
        model_like = _MODEL.fullmatch(name) and not _BASE_AFTER.match(clause[e:e + 30])
        if _NO_LETTERS.fullmatch(name) or model_like or _CLOCK_NAME.fullmatch(name) or _INITIAL_END.search(name) \
                or g_adj_end and "-" in name and _ADJ_END.search(name, found) \
                or (name[-1:].isdigit() and _MONTH_DAY.fullmatch(name)):  # "September 10": a date
            continue  # numbers, model names (F-16), adjectives (Iran-backed), people ("John F. Kirby")
        if g_cue is None:
            g_cue, g_left, g_facility_in, g_locative, g_known_as, g_right = may.gated(
                (_CUE_GATE, _LEFT_CUE, _FACILITY_IN, locative_pattern, _KNOWN_AS, _RIGHT_CUE))
            g_passive = " been " in clause or " été " in clause or " was " in clause or " were " in clause
            g_under = " under " in clause or "uffered " in clause or "ustained " in clause or "ndured " in clause \
                or " subi " in clause or " essuyé " in clause
        ls = max(0, s - 60)
        left = clause[ls:s]
        rs = e if s not in town_facility else town_facility[s]
        right = clause[rs:rs + 40]
        in_name_cue = may.cue(name) if clean else _cue_from(name, found)
        # the left-context patterns end at the name ("...$"): the last word decides whether to try them
        tail = left.rstrip()[-6:].lower()
        if not tail.endswith(_OF_WORDS):
            left_cue = None
        elif clean:  # (the window holds a needle: what the gated pattern would run, run at once)
            left_cue = _LEFT_CUE.regex.search(left) if g_cue and _in_window(low, g_cue, ls, s) and g_left \
                and _in_window(low, g_left, ls, s) else None
        else:
            left_cue = _LEFT_CUE.search(left, found) if _CUE_GATE.possible(
                _present(left, _CUE_GATE, found) if found is not None else None) else None
        if clean:  # (the cue opens the words after the name: it lies in them)
            right_cue = _RIGHT_CUE.regex.match(right) if g_right and _in_window(low, g_right, rs, rs + 40) else None
        else:
            right_cue = _RIGHT_CUE.match(right, found)
        if right_cue is not None and (name.lower().replace(".", "") in _COUNTRY_NAMES
                                      or name.lower() in _OWNER_ADJECTIVES) \
                and right_cue.group("cue").lower() in _OWNED_FACILITY:
            # "a US base at the X gas field", "an Israeli base in Meron": the country owning the base, not where it lies
            continue
        if right_cue is not None and right_cue.group("cue").lower() == "region" and left.rstrip().lower().endswith("autonomous"):
            right_cue = None  # "Iraq's semi-autonomous Kurdistan region": a polity, the report's setting, no oblast
        if not left_cue and not right_cue and tail.endswith(_AT_WORDS):  # "the air base in Balad": that town's facility
            left_cue = (_FACILITY_IN.regex.search(left) if clean else _FACILITY_IN.search(left, found)) \
                if g_facility_in and _in_window(low, g_facility_in, ls, s) else None
            if left_cue and left_cue.group("cue")[:1].isupper():
                left_cue = None  # "Al Dhafra Air Base near Abu Dhabi": that facility has its own name
            elif left_cue and left_cue.group("cue").lower() == "headquarters" \
                    and _BUILDING_OWNER_BEFORE.search(left, 0, left_cue.start()):
                # "near a faction's headquarters in X", "its headquarters in X": a group's building in the town,
                # not a base named X; "in" reads X as the place (the coalition's headquarters at X is its base there)
                left_cue = None
        if not left_cue and not right_cue and lang == "fr" and ("base" in left[-40:] or "camp" in left[-20:]
                                                                 or "aéroport" in left[-40:]):
            left_cue = _APPOSED_SITE_FR.search(left)  # "la base Victoria", "le camp Taji": the site's name in apposition
        joint = _BARE_CONJUNCT.fullmatch(clause, head.end, s) if head is not None and lang != "ar" else None
        conjunct = head if joint is not None and not _BETWEEN_BEFORE.search(clause, max(0, head.start - 16), head.start) \
            and (joint.group("co") or _LIST_GOES_ON.match(clause, e)) else None
        if conjunct is None and out and any(map(left[-45:].__contains__, _SEQUENCE_WORDS)):
            prior = next((m for m in reversed(out) if m.role == "target" and m.end <= s), None)
            if prior is not None and _in_sequence(clause, prior.end, s, e):
                conjunct = prior  # "attacked X on Monday, then Y": the verb carried on to its next object
        if conjunct is None and ("as " in left or "so " in left or "comme " in left or "même " in left):
            echo = _ECHO_BEFORE.search(left)
            prior = next((m for m in reversed(out) if m.role == "target" and m.end <= s), None) if echo else None
            hit = _ECHO_HIT.search(clause, 0, s) if prior is not None else None
            if hit is not None and (hit.group("passive") or echo.group("either")) and _ECHO_OWN_TIME.match(clause, e) is None:
                # "X was hit by two rockets, as was Y", "X a été visée, tout comme Y": the verb told again of Y
                conjunct = prior
        compound = s in compound_launch and _compound_launch_site(name)
        if not (left_cue or right_cue or in_name_cue or conjunct or compound):
            # (a cue is context enough, and so is the launch compound; else a preposition is needed)
            locative = g_locative and _in_window(low, g_locative, ls, s) and (
                locative_pattern.regex.search(left) if clean else locative_pattern.search(left, found))
            if not locative and s in owned:  # "in Abu Dhabi's Musaffah area": the owner's preposition
                locative = locative_pattern.search(clause[max(0, owned[s] - 60):owned[s]], found)
            capital = None
            if not locative and lang == "en" and "capital" in left[-40:]:
                capital = _CAPITAL_LOCATIVE.search(left)
                locative = capital is not None  # "a car near the Syrian capital Damascus": the capital is where it was
            if not locative and g_passive and _PASSIVE_HIT_AFTER.match(clause, e):
                locative = True  # "X was struck by rockets", "X et Y ont été bombardées": the verb's subject is hit
            if not locative and g_under and _UNDER_FIRE_AFTER.match(clause, e):
                locative = True  # "X came under rocket fire": the subject of "came under" is the place attacked
            if not locative and ("dont " in left or "notamment " in left or "including " in left) \
                    and _LISTED_AFTER_PLACES.search(clause, max(0, s - 100), s):
                locative = True  # "bombardé plusieurs villages, dont X et Y": the villages the plural noun named
            if not locative and not (g_known_as and _in_window(low, g_known_as, ls, s) and _KNOWN_AS.regex.search(left)) \
                    and not (_NOUN_AFTER_NAME.match(clause, e) and _MODIFIER_LEFT.search(left)
                             and _place_modifier(name)):
                # ("The installation, known as Tower 22"; "the Fallujah strike", "Ashdod port was the target":
                # a name modifying the attack or the harbour names where it happened)
                continue  # a name with no locative context is an actor or a speaker, not a place
        if g_ctx is None:
            g_source, g_members, g_speaker, g_title, g_ctx, g_descriptive, g_launch, g_from = may.gated(
                (_SOURCE_BEFORE, _MEMBERS_OF, _SPEAKER_SEAT, _TITLE_BEFORE, _CONTEXT_BEFORE, v["descriptive"], v["launch"],
                 _FROM_BEFORE))
            g_adj_phrase = _ADJ_PHRASE.possible(found)
        if lang != "ar" and name[:1] in "ABCEFHIJKLNQRSTUY" and _AGENT_MODIFIER.fullmatch(name) \
                and name.lower() not in _COUNTRY_NAMES and _NOUN_AFTER_NAME.match(clause, e):
            continue  # "killed in the Israeli strike on X", "in the Turkish drone attack": the attacker, even after "in"
        if _INSTITUTION.search(name):
            continue  # "the Kurdistan Region Security Council said": a body that speaks, not a place hit
        if _WEAPON_NOUN_AFTER.match(clause, e) and name.lower() in _weapon_alias_set():
            continue  # "a salvo of Katyusha rockets", "des drones Shahed" aside: a weapon's name before its noun
        if name[1:2] in ("'", "’") and _ELIDED_COMMON.fullmatch(name):
            continue  # "L'aéroport international de X" opening a sentence: the capital is the sentence's, X is the place
        if _WAR_AFTER.match(clause, e):
            continue  # "in the Gaza war", "the Yemen conflict": the war's setting, not a place hit
        if g_source and _in_window(low, g_source, max(0, s - 30), s) \
                and (_SOURCE_BEFORE.regex.search(clause[max(0, s - 30):s]) if clean
                     else _SOURCE_BEFORE.search(clause[max(0, s - 30):s], found)) \
                or _source_body(clause[max(0, s - 90):s]):
            continue  # a source of information, not a place ("selon les secouristes du X", "according to medics of the X")
        if g_members and _in_window(low, g_members, max(0, owned.get(s, s) - 40), owned.get(s, s)) \
                and _MEMBERS_OF.search(clause[max(0, owned.get(s, s) - 40):owned.get(s, s)]):
            continue  # "killing five members of Iran's Revolutionary Guard": what people belong to, not a place
        window = clause[max(0, s - 40):s]
        if (" by " in window or " par " in window) and _AGENT_BEFORE.search(window):
            continue  # "l'attaque menée par l'Iran contre X", "strikes carried out by Israel": who attacked, not where
        window = clause[max(0, s - 80):s]
        if ("ospi" in window or "ôpi" in window or "linic" in window or "médic" in window or "edic" in window) \
                and _TREATED_AT.search(window):
            continue  # "soigné à l'hôpital de X", "taken to a hospital in X": where the wounded went, not the site hit
        if ("ospi" in name or "edic" in name or "linic" in name) and _TREATED_AT_NAMED.search(clause[max(0, s - 50):e]):
            continue  # "airlifted to Ziv Medical Center": the hospital the wounded went to, named, not the site hit
        if g_speaker and _in_window(low, g_speaker, ls, s) and _SPEAKER_SEAT.search(left) \
                and _SPEAKS_AFTER.match(clause, e):
            continue  # "a security official in X said ...", "un responsable à X a dit": where a speaker sits
        if s <= 12 and clause[e:e + 1] == "," and _FRONTED_SPEAKER.match(clause, e):
            continue  # "À X, le porte-parole des rebelles a affirmé ...", "In X, a spokesman said": where one speaks
        if g_title and _in_window(low, g_title, max(0, s - 40), s) \
                and (_TITLE_BEFORE.regex.search(clause[max(0, s - 40):s]) if clean
                     else _TITLE_BEFORE.search(clause[max(0, s - 40):s], found)):
            continue  # "Secretary of State Mike Pompeo", "ministre de la Défense": a title, not a place
        window = clause[max(0, s - 60):s]
        if ("inist" in window or "irect" in window or "epart" in window or "ervice" in window) \
                and _BODY_OF_BEFORE.search(window):
            continue  # "le ministère de la Santé du X a annoncé", "the health department of X": a body, not a place hit
        if g_adj_phrase and "-" in name and _ADJ_PHRASE.search(name, found):
            continue  # "Iran-backed Iraqi militias": an adjective phrase
        if _DEMONYM.fullmatch(name) and _LOWER_WORD_AFTER.match(clause, e) and not _RIGHT_CUE.match(clause[e:e + 40], found):
            continue  # "in Asian trading", "in Lebanese waters": an adjective of nationality, not a place
        if clause[e:e + 1] == " " and _NATION_ADJ.fullmatch(name) and _THE_BEFORE_ADJ.search(clause, max(0, s - 30), s) \
                and (kind := _KIND_OF_NAME_AFTER.match(clause, e)) \
                and (_known_name(kind.group("name")) or not _known_name(name)):
            # "the Afghan province of Kandahar", "the Somali capital Mogadishu": whose, not where (a country's
            # adjective the gazetteer knows stays where the name after it is unknown: "the Pakistani province of
            # Balochistan" is better placed in Pakistan than nowhere)
            continue
        if _OWNER_DEMONYM.fullmatch(name) and _OWNED_THEN_PLACE.match(clause, e):
            continue  # "targeted Israeli troops in Metula": the owner of what was hit; the place is named after
        if g_ctx and _in_window(low, g_ctx, max(0, s - 80), s) \
                and (_CONTEXT_BEFORE._plain.search(clause[max(0, s - 80):s]) if clean  # (the same hit, found sooner)
                     else _CONTEXT_BEFORE.search(clause[max(0, s - 80):s], found)):
            continue  # "an NGO based in Britain", "the war in Gaza": the story's setting, not a place hit
        window = clause[max(0, s - 30):s]
        if (" by " in window or " par " in window) and _BACKER_BEFORE.search(window):
            continue  # "rebels backed by Iran", "soutenus par l'Iran": a sponsor, not a place
        # Strip a leading generic word the capitalised run swallowed ("Joint" stays; "The" goes).
        name = _LEADING_ARTICLE.sub("", name)
        if name.startswith(("Kibbutz ", "Moshav ")):  # "Kibbutz Nahal Oz": the name after the kind of settlement
            name = name.split(" ", 1)[1]
        cue = in_name_cue or (left_cue and _cue_from(left_cue.group("cue"), found)) \
            or (right_cue and _cue_from(right_cue.group("cue"), found))
        if conjunct is not None and (cue is None and conjunct.cue is not None and conjunct.start in plural_cue
                                     or right_cue is not None and right_cue.group("cue")[-1:] in "sS"):
            # "the provinces of Idlib and Hama", "Idlib and Hama provinces", "les régions de Koursk et de Belgorod":
            # a plural area noun is every listed name's cue (the names before a plural noun after them take it too)
            if cue is None:
                cue = conjunct.cue
                plural_cue.add(s)  # ("des régions de Belgorod, Koursk et Briansk": the plural noun heads the list)
            else:
                for m in out:
                    if m.cue is None and (m is conjunct or m.coordinated_with is (conjunct.coordinated_with or conjunct)
                                          or m is conjunct.coordinated_with):
                        m.cue = cue
        if cue is not None and (left_cue is not None and left_cue.group("cue")[-1:] in "sS" or s in plural_cue):
            plural_cue.add(s)
        compass = _COMPASS_ADJ_AFTER.match(right) if lang == "fr" and right[:1] == " " else None
        if compass is not None and _known_name(name + " " + compass.group("adj")):
            # "la Galilée occidentale", "la Cisjordanie septentrionale": the adjective belongs to a region's own
            # name (the gazetteer knows it whole), not a part of the area its noun names
            e, name, right = e + compass.end(), name + " " + compass.group("adj"), clause[e + compass.end():e + compass.end() + 40]
        elif cue is None and _REGION_ADJ_AFTER.match(right):
            cue = "province"  # "le Kurdistan irakien", "la Syrie orientale": a region qualified by a nationality
        if name == "Gaza" and left.endswith(("bande de ", "Bande de ")):
            s, name = s - 9, clause[s - 9:e]  # "la bande de Gaza": the strip, not its city
        elif name == "Gaza" and _PART_OF_GAZA.search(left[-12:]):
            name = "Gaza Strip"  # "in southern Gaza", "dans le nord de Gaza": a part of the strip, not Gaza City
        elif name.endswith(" Gaza") and _PART_OF_GAZA.search(name[:-4]):
            s, name = e - 4, "Gaza Strip"  # "in Southern Gaza", "North Gaza" written as one name: the same
        mention = Mention(name, s, e, cue)
        if name.lower() in _COUNTRY_NAMES or _COUNTRY_NAMES.get(name.lower().removeprefix("l'")):
            mention.cue = mention.cue or "country"
            # "struck back at the United States", "contre les États-Unis": the adversary, not where it happened
            mention.adversary = bool(_ADVERSARY_BEFORE.search(left))
        mention.named = bool(g_known_as and _in_window(low, g_known_as, ls, s) and _KNOWN_AS.regex.search(left))
        if s in possessive:
            mention.role = "owner"
            out.append(mention)
            continue
        ref = v["reference"].search(left, found) if lang == "ar" or tail.endswith(_OF_WORDS) \
            or tail == "of the" else None  # "11 km southeast of the Green Zone"
        if ref:
            mention.role = "reference"
            mention.direction = ref.group("dir")
            if ref.groupdict().get("dist"):
                c = parse_count(ref.group("dist"), lang)
                if c:
                    mention.distance_km = to_km(c.value, ref.group("unit") or "km")
        elif g_descriptive and _in_window(low, g_descriptive, ls, s) and v["descriptive"].search(left, found) \
                and not (lang == "en" and "capital" in left[-40:] and _CAPITAL_LOCATIVE.search(left)) \
                or (lang == "en" and _DESCRIBED_KIND.match(right) and left.endswith(("the ", "The "))):
            mention.role = "descriptive"  # "over the Red Sea city": a description of a place named elsewhere
        elif ("home" in left or "abrit" in left or "hous" in left or "host" in left) and _HOME_TO.search(left):
            mention.role = "descriptive"  # "the city of X, home to the Y air base": what X holds, not the place hit
        elif ("ding one" in left or "dont u" in left or "notamment" in left or "parmi" in left) \
                and _CLAIMED_EXAMPLE.search(clause[max(0, s - 240):s]):
            mention.role = "descriptive"  # "claimed attacks on three bases, including one near X": a claim's example
        elif ("itu" in left or "locat" in left or " sis" in left) and _LOCATED_OF_TOLD.search(left):
            mention.role = "descriptive"  # "the academy, located in the X district": where a site told before lies
        elif mention.cue == "country" and left.endswith(("from ", "from the ")) and _AGENT_FROM_TAIL.search(left[-80:]) \
                and not _group_fired_from(left[-80:]):
            mention.role = "descriptive"  # "launched by militias from Iraq": the agent's country
        elif ("in " in left[-30:] or "de " in left[-30:] or "d'" in left[-30:] or "d’" in left[-30:]
              or "ans " in left[-30:]) and (agent_in := _AGENT_IN.search(left[-60:])) \
                and (_AGENT_FIRED.match(right) or _FIRED_BY_AGENT.search(left[-60:], 0, agent_in.start())):
            # "militants in X fired two mortar bombs into Y", "rockets fired by militants in X hit Y": where the
            # shooters are
            mention.role = "launch"
        elif " of " in left and "from" in clause[max(0, s - 150):s] and not _NATURAL_FEATURE.search(name) \
                and _FROM_DISTANCE_NEAR.search(clause[max(0, s - 150):s]):
            mention.role = "launch"  # "fired from 10 km north of the border, near the village of X": where it left
        elif (g_launch and _in_window(low, g_launch, ls, s) and (v["launch"]._plain.search(left) if clean
                                                                  else v["launch"].search(left, found))
              or _launcher_found_at(clause[max(0, s - 150):s])
              or g_from and _in_window(low, g_from, ls, s) and _FROM_BEFORE.search(left, found) and (
                v["launch"].search(clause[:s], found) or _LAUNCH_AHEAD.search(clause[max(0, s - 130):s]))) \
                and not _AIMED_AFTER_COMMA.search(left) and not _landed_after_launch(left, v, found) \
                and not _AIMED_TAIL.search(left[-40:]) \
                and not (any(map(left[-40:].__contains__, _AT_WORDS_IN)) and _FROM_THEN_AT.search(left[-90:])) \
                and not (any(map(left[-60:].__contains__, _AT_WORDS_SITE)) and _FROM_THEN_AT_SITE.search(left[-120:])) \
                and not (("over " in left or "above " in left) and _FROM_THEN_OVER.search(left[-120:])):
            # ("fired from Lebanon towards X", "fired from X at the Y base": Y is where they were aimed)
            mention.role = "launch"
        elif " from " in left[-30:] and _PROJECTILE_FROM.search(left[-60:]) and _PROJECTILE_DID.match(right):
            mention.role = "launch"  # "a rocket from Gaza landed near X": where it came from
        elif g_launch and s > 60 and _in_window(low, g_launch, max(0, s - 150), s - 40) \
                and _launch_site_far_before(clause, s, v) and not _AIMED_TAIL.search(left[-40:]):
            mention.role = "launch"  # "les tirs sont partis des positions des factions pro-turques aux abords de X"
        elif compound:
            mention.role = "launch"  # "Gaza-launched rockets struck X": the place before the hyphen is where they left from
        if conjunct is not None:
            # "fired from X and Y", "hit X and Y": a name joined to the one before by a bare "and" / "et" / comma
            # is another object of the same word, so it takes that name's role ("between X and Y" is one road)
            mention.coordinated_with = conjunct.coordinated_with or conjunct
            if joint is not None and joint.group("kind") and mention.role == "descriptive":
                mention.role = "target"  # "hit X and the capital Y": the capital is the next object, not a description
            if conjunct.role != "target" and mention.role == "target":
                mention.role, mention.direction = conjunct.role, conjunct.direction
            elif conjunct.role == "target" and mention.role == "launch":
                # "fired from Lebanon at X and Y": the "from" told before X is behind the target X, and Y, joined to
                # it, is aimed at as X is
                mention.role, mention.direction = "target", conjunct.direction
        kept = mention
        out.append(mention)
    out.sort(key=lambda m: m.start)
    for a, b in zip(out, out[1:]):  # the owner's place contains what it owns ("Abu Dhabi's Musaffah area")
        if a.role == "owner" and b.role == "target" and b.container is None and b.start - a.end < 30:
            b.container = a.name
    # Containers: "X, in the province of Y", "X dans le gouvernorat de Y", "la zone verte de Bagdad".
    for a, b in zip(out, out[1:]):
        if b.role != "target" or a.role not in ("target", "launch") or (a.cue == "country" and b.cue != "country"):
            continue  # (the pure tests first: most pairs end here, before the gap is read)
        gap = clause[a.end:b.start]
        if a.role == "target" and "," in gap and a.cue != "country" and _LISTED_GAP.fullmatch(gap) \
                and _LISTED_AFTER_PLACES.search(clause, max(0, b.start - 100), b.start):
            # "plusieurs villages du sud du Liban, dont X et Y": the area the places were named in holds the ones listed
            a.role, a.cue = "container", None
            b.container = a.name
            continue
        if lang == "fr" and a.role == "target" and a.cue in (None, "village", "town") and b.cue != "country" and "," in gap:
            # (French only: the English reading of "X, a town of Y" cost a blind passage its count and its toll)
            apposed = _APPOSED_KIND_GAP.fullmatch(gap)
            if apposed is not None and not (_NEIGHBOUR_WORDS.search(apposed.group("words"))
                                            and b.cue not in ("province", "district")):
                a.cue = a.cue or _cue_from(apposed.group("kind"))
                b.role, b.cue = "container", None
                a.container = b.name
                continue
        facility_of = a in facilities and _FACILITY_OF.fullmatch(gap)
        if facility_of or _CONTAINER_GAP.fullmatch(gap) and b.cue in ("province", "district", "country", "town", None) \
                or lang == "fr" and b.cue == "country" and a.cue != "country" and _COUNTRY_APPOSED_GAP.fullmatch(gap):
            # ("in western Iraq near the border town of X": a town lies in the country, it does not contain it)
            b.role = "container"
            a.container = b.name
    _sea_second(out, clause)
    targets = [m for m in out if m.role == "target"]
    if len(targets) > 1 and lang in _AIMED_AT:
        aimed = _AIMED_AT[lang]
        held = None  # the name just before, when aimed
        for m in targets:  # (a country is the frame of the news, never ranked by its verb: "une attaque contre des
            # intérêts occidentaux en Irak, après les tirs qui ont visé l'aéroport d'Erbil")
            m.aimed = m.cue != "country" and (aimed.search(clause, max(0, m.start - 90), m.start) is not None or (
                # "hit the X Refining Company facility in the port city of Y", "raids on the X area west of the city
                # of Y": where the object hit lies is aimed at with it
                held is not None and _AIMED_LIES_IN[lang].fullmatch(clause, held.end, m.start) is not None))
            held = m if m.aimed else None
    return out


# The words that make a name the object of the attack told: an attack noun or verb, then at most a few words of its
# own phrase (no comma, no full stop: "the second on X this month" after "The attack," is an aside), then the
# preposition or the verb's object slot right before the name.  A clause that names several places names most of
# them in passing: where a spokesman spoke ("said in X", "a annoncé à X"), where a victim came from ("a man from X"),
# where mourners or protesters gathered, a city in an aside; the one the attack word governs is the place hit
# ("A man from X was killed when a strike hit a house in Y", "Le ministère, à Moscou, a affirmé avoir abattu 20
# drones au-dessus de la région de Y").  ClauseInfo.target ranks such a name first.
_AIMED_PLACE_NOUN_EN = (r"(?:(?:[\w-]+\s+){0,2}(?:city|town|village|port|harbou?r|region|province|oblast|district|area|outskirts|"
                        r"suburbs?|neighbou?rhood|camp|governorate|county|community|settlement|kibbutz|coast)\s+of\s+(?:the\s+)?)?")
_AIMED_PLACE_NOUN_FR = (r"(?:(?:la\s+|le\s+|l['’]\s*)?(?:ville|localité|village|port|région|province|oblast|district|"
                        r"périphérie|banlieue|quartier|camp|gouvernorat|secteur|commune|colonie|kibboutz|côtes?)\s+(?:de\s+|d['’]\s*|du\s+))?")
_BEARING_OF = (r"(?:(?:about|some|around|environ|à)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:re|er)s?|kilomètres?|miles?)\s+)?"
               r"(?:au\s+)?(?:" + L._DIR + r")\s+"
               r"(?:of|de|du|d['’])\s*")
# the words from an aimed name to the place it lies in: "X facility in the port city of Y", "the X area west of Y",
# "le dépôt X, près de la ville de Y" (see find_mentions)
_AIMED_LIES_IN = {
    "en": re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:(?:in|at|near|outside|of)\s+|" + _BEARING_OF + r")(?:the\s+)?"
                     + _AIMED_PLACE_NOUN_EN, re.I),
    "fr": re.compile(r"(?:\s+[\w'’-]+){0,2}?,?\s+(?:(?:à|dans|près\s+d(?:e|u|['’])|de|du|d['’])\s*|" + _BEARING_OF
                     + r")(?:(?:la|le|les)\s+|l['’]\s*)?" + _AIMED_PLACE_NOUN_FR, re.I),
}
_AIMED_AT = {
    "en": re.compile(
        r"\b(?:(?:air\s*|drone\s+|missile\s+|rocket\s+)?(?:strikes?|attacks?|raids?|bombardments?|bombings?|shelling|"
        r"assaults?|barrages?|salvos?)(?!\s+(?:sirens?|alerts?|alarms?|warnings?|shelters?)\b)|"  # ("air raid sirens")
        r"fired|launched|hit|hits|hitting|struck|striking|targeted|targeting|"
        r"attacked|attacking|bombed|shelled|pounded|shot\s+down|downed|intercepted|destroyed|killed|killing|"
        r"wounded|wounding|injured|injuring|landed|fell|crashed|exploded|slammed)"
        r"(?:\s+(?!(?:said|says|told|announced|stated|added|reported|according|by|attributed|blamed)\b)[^\s,;:.()]+){0,6}?"
        r"\s+(?:on|at|against|in|into|near|over|above|toward|towards|outside|inside|"
        r"across|upon|targeting|off)\s+(?:the\s+)?" + _AIMED_PLACE_NOUN_EN + r"$|"
        # the verb's own object: "struck Kyiv", "targeted the X"
        r"\b(?:hit|hitting|struck|striking|targeted|targeting|attacked|attacking|bombed|shelled|pounded)\s+(?:the\s+)?"
        + _AIMED_PLACE_NOUN_EN + r"$", re.I),
    "fr": re.compile(
        r"\b(?:frappes?|attaques?|raids?|bombardements?|tirs?|salves?|pilonnages?|frappée?s?|touchée?s?|visée?s?|"
        r"ciblée?s?|bombardée?s?|pilonnée?s?|attaquée?s?|abattue?s?|abattus|interceptée?s?|interceptés|détruite?s?|"
        r"tuée?s?|tués|tuant|blessée?s?|blessés|blessant|tombée?s?|tombés|écrasée?s?|explosée?s?|tirée?s?|tirés|"
        r"lancée?s?|lancés)"
        r"(?:\s+(?!(?:dit|indiqué|annoncé|déclaré|affirmé|précisé|ajouté|selon|par|attribuée?s?|imputée?s?)\b)"
        r"[^\s,;:.()]+){0,6}?"
        r"\s+(?:sur|contre|à|au|aux|dans|en|vers|visant|(?:près|au-dessus|non\s+loin|aux\s+abords|au\s+large)\s+d(?:e|u|['’]))"
        r"\s*(?:(?:la|le|les)\s+|l['’]\s*)?"
        + _AIMED_PLACE_NOUN_FR + r"$|"
        r"\b(?:frappé|touché|visé|ciblé|bombardé|pilonné|attaqué|frappant|visant|ciblant)\s+(?:(?:la|le|les)\s+|l['’]\s*)?"
        + _AIMED_PLACE_NOUN_FR + r"$", re.I),
}


# "intercepted over the Red Sea before reaching Eilat", "heading for Eilat": the land target the projectile flew to
_FLYING_TO_BEFORE = re.compile(r"\b(?:before\s+(?:(?:it|they)\s+(?:reached|hit|could\s+reach)|reaching|hitting)|"
                               r"(?:heading|headed|bound)\s+(?:for|to|towards?))\s+(?:the\s+)?"
                               r"(?:(?:city|town|port)\s+of\s+)?$", re.I)


def _sea_second(mentions: list, clause: str = "") -> None:
    """A sea is where an attack was only when its clause names no finer place hit: "sur la mer Rouge près de X",
    "فوق البحر الأحمر قبالة سواحل الحديدة" (the port the position is told from wins). A sea read as a plain capitalised
    name gives way only to the place the projectile flew to after it ("intercepted over the Red Sea before reaching
    Eilat"): a ship attacked in the Red Sea beside drones launched at a port is an incident of its own."""
    flown = [m for m in mentions if m.role == "target" and m.cue not in ("sea", "country") and clause
             and (_FLYING_TO_BEFORE.search(clause, max(0, m.start - 40), m.start)
                  # ("a tanker in the Red Sea off Hodeidah": the position at sea, told from the port after it)
                  or _SEA_POSITION_BEFORE.search(clause, max(0, m.start - 40), m.start))]

    def sea(m):
        return m.cue == "sea" or bool(flown) and m.cue is None and m.role == "target" \
            and _SEA_NAME.search(m.name) is not None and m.start < flown[0].start

    if any(sea(m) for m in mentions) and any(m.role == "target" and m.cue not in ("sea", "country") and not sea(m)
                                             for m in mentions):
        for m in mentions:
            if sea(m):
                m.role = "descriptive"


def _anaphora(clause: str, lang: str, found: Optional[frozenset] = None) -> Optional[re.Match]:
    return _vocab(lang)["anaphora"].search(clause, found)


# ---------------------------------------------------------------------------------------------
# Facts of a clause


@dataclass
class ClauseInfo:
    clause: Clause
    event_type: Optional[str] = None
    trigger: bool = False
    generic: bool = False
    new_marker: bool = False
    impact_verb: bool = False
    condemns: bool = False  # a condemnation of an incident
    mentions: list[Mention] = field(default_factory=list)
    anaphoric: bool = False
    count: Optional[tuple] = None  # (value, qualifier, is_share)
    ordinal: Optional[int] = None  # "A fourth (rocket) fell in a field": one more projectile of the incident told
    weapon: Optional[str] = None
    dates: list[DateMention] = field(default_factory=list)
    killed: list[tuple] = field(default_factory=list)  # (value, qualifier)
    injured: list[tuple] = field(default_factory=list)
    unclaimed: bool = False
    claimed_by: list[str] = field(default_factory=list)
    # "The group claimed the attack": a claim whose subject points back at the group the incident's account named
    claim_anaphor: bool = False
    blamed_on: list[str] = field(default_factory=list)
    attacker: list[str] = field(default_factory=list)
    launch_direction: Optional[str] = None
    launch_distance_km: Optional[float] = None
    # "from the village of X, about four kilometres to the south": (km, bearing) told from the target beside a named
    # launch place (the point stands for X when the gazetteer does not hold it)
    launch_from_target: Optional[tuple] = None
    according_to: Optional[str] = None
    sites: list = field(default_factory=list)  # [(Mention, own count or None)]: several sites hit at once
    area_list: bool = False  # the sites are areas each told with its own area noun (see _area_sites)
    earlier_toll: bool = False  # "un premier bilan faisait état de huit morts": figures a later toll replaced
    found: Optional[frozenset] = None  # the clause's prefilter needles (see _probe)

    @property
    def target(self) -> Optional[Mention]:  # (read ~40 times an article: its ranking table is made once, below)
        ranked = [m for m in self.mentions if m.role == "target"]
        if len(ranked) < 2:
            return ranked[0] if ranked else None  # (one target: the ranking below has nothing to choose)
        order = _TARGET_ORDER
        if self.anaphoric:  # "The base, known as Tower 22, lies near the Rukban camp": the base's own name
            named = next((m for m in ranked if m.named), None)
            if named is not None:
                return named
        # (a name the attack word governs before a town or an area only mentioned, see _AIMED_AT; a facility keeps
        # its rank, its cue already says it was hit)
        return min(ranked, key=lambda m: (not m.aimed and order.get(m.cue, 2) >= 2, order.get(m.cue, 2), m.adversary,
                                          m.cue is None, m.start))

    @property
    def launch(self) -> Optional[Mention]:
        first = next((m for m in self.mentions if m.role == "launch"), None)
        if first is not None and (first.cue == "country" or first.name in _COUNTRY_NAMES):
            # "fired from Lebanon, from the area of Bint Jbeil", "depuis le Yémen, depuis Hodeïda": the land told
            # first, then the town or district the salvo left from -- the finer place is the launch point
            text = self.clause.text
            return next((m for m in self.mentions if m.role == "launch" and m.start > first.end
                         and m.cue != "country" and m.name not in _COUNTRY_NAMES
                         and _LAUNCH_RESTATED.fullmatch(text, first.end, m.start)), first)
        return first


# the launch told again past the land's comma, more finely: ", from the area of X", ", launched from the village of
# X", ", plus précisément depuis la région de X", "، من منطقة X" (see ClauseInfo.launch)
# (the Arabic "، من منطقة X" is arabic._LAUNCH_RESTATED, which the Arabic reader's roles use too)
_LAUNCH_RESTATED = re.compile(
    r"\s*,\s*(?:(?:and\s+|et\s+)?(?:more\s+precisely|specifically|namely|plus\s+précisément|précisément)\s*,?\s*)?"
    r"(?:(?:launched|fired|tirée?s?|tirés|lancée?s?|lancés)\s+)?(?:from|depuis)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:(?:area|region|village|town|district|outskirts|vicinity|région|zone|localité|"
    r"ville|village|secteur|périphérie|environs)\s+(?:of\s+|de\s+|du\s+|des\s+|d['’]\s*)(?:the\s+|la\s+|l['’]\s*)?)?"
    r"|" + arabic._LAUNCH_RESTATED.pattern, re.I)


_TARGET_ORDER = {"airbase": 0, "base": 0, "airport": 1, "embassy": 0, "consulate": 0, "zone": 0, "oil_field": 1,
                 "border_crossing": 1, "village": 2, "town": 2, None: 2, "area": 3, "district": 4, "province": 5,
                 "country": 6}  # ClauseInfo.target's ranking of cues


# Raiders on the ground ("gunmen", "jihadists", "des hommes armés"): their "raid" on a village or a post is an armed
# attack, not the air raid a bare "raid" is read as
_GROUND_RAIDERS = re.compile(r"\b(?:gunmen|gunman|militants?|jihadists?|djihadistes?|jihadistes?|bandits?|insurgents?|"
                             r"assailants?|assaillants?|armed\s+men|hommes\s+armés|terroristes?|terrorists?|rebels?|"
                             r"rebelles?)\b", re.I)
# (en48) an army on the ground named as the raiders in English ("Israeli forces killed three Palestinians during a
# raid in Nablus", "troops raided a camp"): the raid is theirs, not the aircraft's (French "un raid israélien" is
# most often an air raid, left as it is)
_GROUND_TROOPS_EN = re.compile(r"\b(?:forces|troops|soldiers|commandos)\b")


def _event_type(text: str, lang: str, found: Optional[frozenset] = None) -> tuple[Optional[str], bool]:
    """(event type, has an attack word) of a clause."""
    v = _vocab(lang)
    if found is None:
        found = _probe(text)
    veto = _NOT_INCIDENT.get(lang)
    if veto is not None and veto.search(text, found):
        return None, False  # a drill or a show of arms ("an exercise simulating a rocket attack"): no incident
    gates = _event_gates(lang)
    struck_weapon = False
    # (each gated search below returns None when the clause holds none of its needles: the union tells it once)
    for pattern, etype in v["projectiles"] if found is None or gates[0] is None or not gates[0].isdisjoint(found) else ():
        m = pattern.search(text, found)
        if m and lang != "ar" and ("no " in text or "aucun" in text) and _NO_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # "it had carried out no airstrikes": a weapon denied
        struck = _STRUCK_OBJECT.search(text, max(0, m.start() - 80), m.start()) if m and lang != "ar" else None
        if struck is not None:
            # "struck two rocket launchers", "struck three anti-ship missiles": the weapon is the target (a launcher
            # found, "the rocket launcher used against X was found", still tells the rockets fired); weapons a
            # strike destroyed ("ont frappé des cibles, détruisant six missiles") leave the strike a state's
            # (a launcher struck, "the Israeli army said it struck a rocket launcher in Yaroun", is a ground site the
            # state's raid hit, as a depot is: its strike stays the state's, see _STATE_STRUCK)
            struck_weapon = struck_weapon or not (struck.group(0)[:4].lower() in ("dest", "détr")
                                                  or _LAUNCHER_AFTER.match(text, m.end()))
            continue
        if m and lang == "en" and ("launch" in text or "ground" in text) and "destroyed" in text \
                and _DESTROYED_OBJECT.search(text, max(0, m.start() - 80), m.start()) and _ON_THE_GROUND.match(text, m.end()):
            # "U.S. forces destroyed two anti-ship missiles in Yemen that were prepared to launch": weapons wrecked
            # before launch are the target of a strike, no projectiles fired ("destroyed 11 drones over X", with no
            # word of the ground, is an interception): the strike on them is an attack of no projectile's type, as
            # "struck three anti-ship missiles" is; one of the kind fired later in the clause is still told
            later = pattern.regex.search(text, m.end())
            if later is None or _ON_THE_GROUND.match(text, later.end()):
                return "attack", True
            m = later
        if m and lang == "ar" and etype in _AR_WEAPON_TYPES and "منص" in text \
                and _AR_LAUNCHER_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            # "أغارت طائراته على منصة صاروخية", "دمرت منصة صواريخ في بلدة X": the launcher is the target, no rocket flew
            # (unless rockets of the clause's own deed follow: "عثرت على منصة إطلاق صواريخ بعد سقوط صواريخ على X")
            later = pattern.regex.search(text, m.end())
            if later is None or _AR_LAUNCHER_BEFORE.search(text, max(0, later.start() - 60), later.start()):
                struck_weapon = True
                continue
            m = later
        if m and lang == "ar" and etype in _AR_WEAPON_TYPES and ("دمر" in text or "تدمير" in text) \
                and _ar_weapons_destroyed(text, m.start()):
            # "دمرت القوات الأمريكية ثلاث طائرات مسيرة كانت معدة للإطلاق": weapons wrecked on the ground, no attack
            struck_weapon = True
            continue
        if m and lang == "en" and etype in ("rocket attack", "missile attack") and _LAUNCHER_AFTER.match(text, m.end()) \
                and _HIT_BEFORE_LAUNCHER.search(text, max(0, m.start() - 100), m.start()):
            continue  # "it hit a weapons depot in X and a rocket launcher in Y": the launcher is a target of the strike
        if m and lang == "fr" and etype in ("rocket attack", "missile attack") and _FR_LAUNCHER_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                and _FR_HIT_BEFORE_LAUNCHER.search(text, max(0, m.start() - 120), m.start()):
            continue  # "a dit avoir frappé un lanceur de roquettes à X": the launcher is the strike's target, no rocket flew
        if m:
            if etype in ("missile attack", "rocket attack") and lang != "ar" and ("dron" in text or "UAV" in text or "unmanned" in text) \
                    and _DRONE_FIRED.search(text):
                return "drone attack", True  # "a drone fired a missile at the car": the drone's strike
            if etype in ("missile attack", "rocket attack") and lang != "ar" and _air_launched(text, m, etype, found) \
                    and not v["intercept"].search(text, found):  # "shot down by U.S. fighter aircraft": the jets defend
                return "airstrike", True
            if lang == "ar" and etype in ("missile attack", "rocket attack") and arabic.air_power_attack(text) \
                    and not (_AR_ANSWERED_BEFORE.search(text, 0, m.start()) and arabic.aircraft_of_side(text)):
                return "airstrike", True  # "عدوان إسرائيلي بالصواريخ": an air force's missiles
            if lang == "ar" and etype == "rocket attack" and "قذ" in m.group(0) and "صاروخي" not in m.group(0) \
                    and (_ARTILLERY_FIRE.search(text) or "فوسفور" in text and _AR_PHOSPHORUS_SHELL.search(text)):
                # "قصفت المدفعية بلدة X بعشرات القذائف", "بعشرين قذيفة مدفعية": the shells the guns fire are shelling
                # (an attack of no specific type, as "obus" is), not the rockets a bare "قذائف" is read as
                return "attack", True
            return etype, True
    hits = [(etype, m) for pattern, etype in v["attack"] for m in (pattern.search(text, found),) if m] \
        if found is None or gates[1] is None or not gates[1].isdisjoint(found) else []
    if hits and lang != "ar" and ("no " in text or "aucun" in text) \
            and all(_NO_BEFORE.search(text, max(0, m.start() - 10), m.start()) for _, m in hits):
        return None, False  # "said it had carried out no airstrikes in the area": an attack denied, none told
    if hits:
        typed = next((t for t, _ in hits if t), None)
        if typed is None and (_weapon_gate().possible(found) or any(map(text.__contains__, _model_keys()))):
            typed = _model_type(text)  # "a Shahed slammed into X", "two Iskanders hit X": the model names the weapon
        if typed is None and lang == "ar" and ("تصد" in text or "التصدي" in text) and arabic.air_power_attack(text):
            return "airstrike", True  # "تصدت الدفاعات لعدوان إسرائيلي": air defence meets an air force's raid
        if typed is None and lang == "ar" and arabic.aircraft_agent(text):
            return "airstrike", True  # "قصف الطيران الإسرائيلي X": a verb of attack whose agent is aircraft
        if typed is None and lang == "ar" and arabic.state_aggression(text):
            return "airstrike", True  # "تعرض مطار X لعدوان إسرائيلي": one raid of a state that strikes from the air
        if typed is None and lang == "ar" and arabic.state_bombardment(text):
            return "airstrike", True  # "قتل جنديان في قصف إسرائيلي على X", "قصفت إسرائيل X": a state's strike
        if typed is None and lang == "ar" and arabic.army_own_strike(text):
            return "airstrike", True  # "أعلن الجيش الإسرائيلي أنه قصف موقعا في X": the army's own account of its raid
        if typed is None and lang != "ar":
            # "Israeli warplanes struck X", "des avions de combat ont pilonné X": aircraft before the verb of
            # the attack are its agent, so the attack is an airstrike ("a base hosting U.S. aircraft" is not)
            plane = _AIRCRAFT.search(text, found)
            first = min(m.start() for _, m in hits)
            if plane is not None and plane.start() < first \
                    and not _HOSTED_BEFORE.search(text[max(0, plane.start() - 30):plane.start()]) \
                    and not _PLANE_PASSIVE.search(text[max(0, first - 30):first]) \
                    and not text[first:first + 10].lower().startswith(("came under", "come under")) \
                    and not _FELL_VERB.match(text, first):
                return "airstrike", True
            if plane is not None and plane.start() < first and all(_LANDED_ONLY.match(text, m.start()) for _, m in hits):
                return None, False
            if any(map(text.__contains__, _STATE_STRUCK_CHEAP)) and not struck_weapon and _STATE_STRUCK.search(text):
                # "L'armée israélienne a frappé des positions près de X", "Israel struck targets in X": a state that
                # strikes from the air as the subject of the verb of striking is a state strike, an airstrike (a
                # strike of no type and no figure would be dropped as a bare mention; "U.S. forces struck three
                # missiles" struck weapons on the ground, left as they were)
                return "airstrike", True
        if typed == "airstrike" and lang != "ar" and _ARTILLERY.search(text, found) and not _AIRCRAFT.search(text, found):
            return "attack", True  # "le bombardement de X par l'artillerie", "artillery bombing": shelling, not a raid
        if typed == "airstrike" and lang != "ar" and "raid" in text.lower() \
                and (_GROUND_RAIDERS.search(text) or lang == "en" and _GROUND_TROOPS_EN.search(text)) \
                and next(m for t, m in hits if t).group().lower().startswith("raid") and not _AIRCRAFT.search(text, found):
            return "attack", True  # "gunmen killed 23 villagers in a raid on X", "un raid de jihadistes": no aircraft
        if typed == "airstrike" and lang == "en" and "ombing" in text \
                and next(m for t, m in hits if t).group().lower().startswith("bombing") \
                and (_GROUND_BOMBING.search(text) or _ONE_BOMBING.search(text) and not _AIR_BOMBING.search(text)):
            return "IED attack", True  # "a bombing at a checkpoint killed three soldiers": a bomb set off, not a raid
        return typed or "attack", True
    if lang != "ar" and any(map(text.__contains__, _STATE_KILLED_CHEAP)) and _STATE_KILLED.search(text):
        return "attack", True  # "l'armée turque a tué 15 combattants dans la région de X": a state's killing
    return None, False


_MODEL_CATEGORY_TYPES = {"rocket": "rocket attack", "heavy_rocket": "rocket attack", "ballistic_missile": "missile attack",
                         "cruise_missile": "missile attack", "drone": "drone attack", "quadcopter": "drone attack"}


@lru_cache(maxsize=1)
def _model_table() -> tuple[re.Pattern, dict, list]:
    """One pattern of every weapon model name (catalogue and lexicon), the catalogue's name -> type, the lexicon's."""
    from .weapons import catalogue

    # (names that open on a digit are calibres, "a 122 mm shell"; mortars and anti-tank missiles type no attack here)
    names = {a: _MODEL_CATEGORY_TYPES[w.category] for w in catalogue() if w.category in _MODEL_CATEGORY_TYPES
             for a in w.aliases if len(a) >= 4 and not a[0].isdigit()}
    lexical = [(re.compile(p), t) for p, t in L.WEAPON_MODELS]
    alt = "|".join([re.escape(a) for a in sorted(names, key=len, reverse=True)] + [p for p, _ in L.WEAPON_MODELS])
    return re.compile(r"(?<![\w-])(?:" + alt + r")(?![\w-])"), names, lexical


@lru_cache(maxsize=1)
def _model_keys() -> tuple[str, ...]:
    """The literal openings of the lexicon's model names ("Iskander", "Storm"): a clause with none names none of them
    (the catalogue's names are gated by its own needles)."""
    keys = []
    for pattern, _ in L.WEAPON_MODELS:
        depth, start = 0, 0
        for i, ch in enumerate(pattern + "|"):
            depth += (ch == "(") - (ch == ")")
            if ch == "|" and depth == 0:
                lead = re.match(r"[A-Za-z-]+", pattern[start:i]).group()
                keys.append(lead[:-1] if pattern[start:i][len(lead):len(lead) + 1] in ("?", "*") else lead)
                start = i + 1
    return tuple(sorted(set(keys)))


def _model_type(text: str) -> Optional[str]:
    """The event type a weapon named by its model implies ("a Shahed", "two Iskanders"), or None."""
    pattern, names, lexical = _model_table()
    m = pattern.search(text)
    if m is None:
        return None
    if m.group() in names:
        return names[m.group()]
    return next((t for p, t in lexical if p.fullmatch(m.group())), None)


@lru_cache(maxsize=None)
def _event_gates(lang: str) -> tuple[Optional[frozenset], Optional[frozenset]]:
    """Every needle of the language's projectile patterns, and of its attack patterns (None: one has none)."""
    v = _vocab(lang)
    return tuple(None if any(p.needles is None for p, _ in v[k]) else frozenset().union(*(p.needles for p, _ in v[k]))
                 for k in ("projectiles", "attack"))


_NO_BEFORE = re.compile(r"\b(?:no|aucune?)\s+$", re.I)
_NOT_INCIDENT = {lg: _Gated(re.compile(p, re.I)) for lg, p in L.NOT_INCIDENT.items()}
# the munition a drone fired: "a drone fired a missile", "un drone a tiré deux missiles", "missiles fired from a drone"
_DRONE_FIRED = re.compile(r"\b(?:drones?|UAVs?|unmanned\s+aircraft)\s+(?:[\w-]+\s+){0,2}?(?:fired|launched|shot|a\s+tiré|a\s+lancé|ont\s+tiré|"
                          r"ont\s+lancé)\b|\b(?:fired|launched|tirée?s?|tirés|lancée?s?|lancés)\s+(?:from|by|par|depuis)\s+"
                          r"(?:an?\s+|une?\s+|the\s+|le\s+|des\s+)?(?:[\w-]+\s+)?(?:drones?|UAVs?)\b", re.I)
# What makes the noun "bombing" a raid: aircraft, the air, or a state that bombs from the air ("the Israeli bombing
# of X", "a coalition bombing", "barrel bombing"). Without them a bombing told at a checkpoint, a market or a mosque
# is a bomb set off there ("a bombing at a checkpoint near Kirkuk", "a suicide bombing at a mosque"): an IED.
# ("heavy bombing hit the town", a mass noun, stays the raid it is read as; "a roadside bombing" is a bomb whoever is
# named beside it. "A suicide bombing" is an IED by lexicon.PROJECTILES since en48, found before this noun)
_AIR_BOMBING = re.compile(r"\b(?:air|aerial|airstrikes?|raids?|warplanes?|jets?|aircraft|planes?|helicopters?|bombers?|"
                          r"drones?|uavs?|barrel|aviation|IDF|Israel\w*|U\.S\.|US|American|coalition|Turk\w*|Russia\w*|"
                          r"regime|government|NATO|Pentagon|Saudi\w*)\b", re.I)
_ONE_BOMBING = re.compile(r"\b(?:an?|one)\s+(?:(?:deadly|fatal|major|new|second|fresh|separate|twin)\s+)?bombing\b", re.I)
_GROUND_BOMBING = re.compile(r"\broadside\s+bombings?\b", re.I)
_ARTILLERY = _Gated(re.compile(r"\b(?:artillery|artillerie|howitzers?|obusiers?|tank\s+fire|tirs?\s+de\s+chars?)\b", re.I))
# "two attack helicopters landed at the airport": aircraft that land have flown in, they hit nothing
_LANDED_ONLY = re.compile(r"(?:landed|touched\s+down)\b", re.I)
# A state that strikes from the air, or its army, as the subject of the active verb of striking ("Israel struck X",
# "l'armée turque a frappé X", "Tsahal a de nouveau frappé X"; "Israël a été frappé" is the passive, no match)
_STATE_STRUCK = re.compile(
    r"(?:\b(?:Israel|Israël|Tsahal|Turkey|Turquie|Russia|Russie|the\s+United\s+States|[Ll]es\s+(?:États|Etats)-Unis)"
    r"|\b(?:Israeli|Turkish|Russian|U\.S\.|US|American)\s+(?:military|army|forces|air\s+force)"
    # ("Israel's military", "the IDF": the same army named by its state's possessive or its initials)
    r"|\b(?:Israel|Turkey|Russia)['’]s\s+(?:military|army|armed\s+forces|air\s+force)|\bIDF"
    r"|\b(?:[Ll]['’]armée|[Ll]es\s+forces|[Ll]['’]aviation)\s+(?:israélienne|turque|américaine|russe)s?)"
    r"\s+(?:(?:has|have|had|a|ont|avait|avaient)\s+)?"
    # ("a dit avoir frappé un lanceur de roquettes à X": the state's own account of its strike; only with "frappé":
    # "a dit avoir visé un membre du Hezbollah" is the aim of a strike told before, not a strike of its own)
    r"(?:(?:dit|affirmé|annoncé|indiqué|déclaré|assuré)\s+avoir\s+(?=frappé))?"
    r"(?:(?:also|again|then|aussi|également|de\s+nouveau|encore|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|on\s+\w+day)\s+)?"
    # ("a visé des positions près de X", "a mené des frappes contre X", "carried out strikes on X": the same
    # state strike told with the verb of aiming or of conducting strikes)
    r"(?:struck|frappé|visé|ciblé|targeted|(?:mené|lancé|effectué|conduit)\s+(?:des|plusieurs|de\s+nouvelles|une\s+série\s+de)"
    r"\s+(?:frappes|raids)|(?:carried\s+out|conducted|launched)\s+(?:(?:new|several|a\s+series\s+of)\s+)?(?:air\s*)?strikes"
    # "the Israeli army said it struck a rocket launcher in Yaroun", "Israel's military said on Monday
    # it had hit Hezbollah infrastructure in X": its own account in English, with "struck" or "hit" only, as in
    # French ("said it targeted a commander" is the aim of a strike told before)
    # ("Israeli forces said they struck ...": a plural subject's own account, with "they")
    r"|(?:said|says|announced|stated)\s+(?:on\s+\w+day\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+|again\s+|then\s+)?"
    r"(?:struck|hit))\b")
# A noun phrase that names an attack or a weapon, not a doer: what a blast is "attribuée à", "attributed to"
_CAUSE_NOT_ACTOR = re.compile(r"(?:(?:a|an|the|une?|la|le|les|des|l['’])\s*)?(?:(?:drone|air|missile|rocket)\s+)?(?:frappes?|"
                              r"attaques?|tirs?|bombardements?|raids?|explosions?|drones?|missiles?|roquettes?|obus|"
                              r"strikes?|attacks?|airstrikes?|shelling|fire|rockets?)\b", re.I)
_STATE_STRUCK_CHEAP = ("struck", "frappé", "visé", "ciblé", "targeted", "frappes", "raids", "strikes", " it hit", " had hit")
# "L'armée turque a tué 15 combattants dans la région de X", "Turkish forces killed seven militants in X": a state's
# forces as the subject of the verb of killing, with a number of fighters killed, tell an attack with no attack word
# (its weapon unsaid: "attack"); the people a state's statement "neutralised" are no toll read here (see test_fr30)
_STATE_KILLED = re.compile(
    r"(?:\b(?:Israeli|Turkish|Russian|U\.S\.|US|American|Iraqi|Syrian)\s+(?:military|army|forces|troops|air\s+force)"
    r"|\b(?:[Ll]['’]armée|[Ll]es\s+forces|[Ll]es\s+troupes|[Ll]['’]aviation)\s+(?:israélienne|turque|américaine|russe|"
    r"irakienne|syrienne)s?)"
    r"\s+(?:(?:has|have|a|ont)\s+)?(?:(?:also|again|aussi|également|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"on\s+\w+day)\s+)?(?:killed|tué)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|on\s+\w+day)\s+)?"
    r"(?:(?:at\s+least|au\s+moins|some|quelque|about|environ)\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
    r"une\s+(?:dizaine|quinzaine|vingtaine|trentaine)|dozens|des\s+dizaines)\s+(?:[\w-]+\s+)?"
    r"(?:militants?|fighters?|insurgents?|terrorists?|combattants?|jihadistes?|terroristes?|rebelles?|rebels?|"
    r"membres?|members?)\b")
_STATE_KILLED_CHEAP = ("killed", "tué")
_AIR_POWERS = _Gated(re.compile(L.AIR_POWERS))
_AIRCRAFT = _Gated(re.compile(L.AIRCRAFT, re.I))
_BALLISTIC = _Gated(re.compile(L.BALLISTIC, re.I))
# (the object of a verb of attack too: "Hezbollah said it targeted the Israeli army's Metula position with guided
# missiles", "attacked Israeli troops with missiles": the side aimed at)
# (a part of the land too: "sirens sounded across central Israel", "in northern Israel", "dans le nord d'Israël")
_LAND_BEFORE = re.compile(r"\b(?:(?:across|in|inside|throughout|over|into|partout\s+en|dans\s+tout|en|à\s+travers)\s+"
                          r"(?:the\s+|l['’]\s*)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
                          r"south-?west)(?:ern)?\s+)?|dans\s+le\s+(?:nord|sud|centre|est|ouest)(?:-(?:est|ouest))?\s+d['’]\s*)$",
                          re.I)
# (the country's name, not its adjective: "killed in Israeli strikes" is the side that struck)
_POWER_LANDS = frozenset({"Israel", "Israël", "United States", "US", "U.S.", "États-Unis", "Etats-Unis", "Turkey",
                          "Turquie", "Russia", "Russie"})
_AIMED_BEFORE = re.compile(r"\b(?:at|against|on|toward|towards|targeting|targeted|attacked|attacking|contre|sur|vers|visant|"
                           r"visé|ciblé|ciblant)\s+(?:the\s+|les?\s+|la\s+|l['’]\s*)?$", re.I)


# (present tense too: a live page or a lead writes "an official in X confirms", "speaking on condition of ...")
_SPEAKS_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:said|says|told|tells|reported|reports|stated|states|announced|"
                           r"announces|claimed|claims|confirmed|confirms|denied|denies|added|adds|speaking|"
                           r"a (?:dit|indiqué|déclaré|annoncé|affirmé|confirmé|précisé|ajouté|démenti)|"
                           r"ont (?:dit|indiqué|déclaré|annoncé|affirmé|confirmé|précisé)|"
                           r"selon|indique|affirme|annonce|confirme|précise|déclare|dément)\b", re.I)


# the power as the subject of a verb of blame: "Israel accused Hezbollah of firing", "Israël accuse le Hezbollah
# d'avoir tiré", "l'armée israélienne a accusé", "Washington blamed"
_ACCUSES_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:(?:a|ont|avait|avaient|has|have|had)\s+)?"
                            r"(?:accus(?:e|ent|é|ed|es|ing)|blam(?:e|es|ed|ing)|imput(?:e|ent|é))\b", re.I)


_HOSTED_BEFORE = re.compile(r"\b(?:hosting|hosts|housing|houses|home to|with|abritant|abrite|accueillant|accueille)\s+"
                            r"(?:[\w.'’-]+\s+){0,3}$", re.I)
# "the airliner was parked when it was hit", "l'avion a été touché", "the helicopter came under fire": the attack
# verb in the passive (or "came under") makes the aircraft before it what was hit, not the attacker
# "the aircraft fell in an open area", "l'appareil s'est écrasé": a craft that falls is the weapon or the wreck,
# not warplanes striking
_FELL_VERB = re.compile(r"(?:fell|falls?|falling|crash\w*|came\s+down|landed|exploded|tomb\w*|écras\w*)\b", re.I)
_PLANE_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|got|été|c[ao]me|coming|comes)\s+(?:\w+\s+)?$", re.I)


def _air_launched(text: str, m: re.Match, etype: str, found: Optional[frozenset]) -> bool:
    """Whether the missiles of a clause came from aircraft: an airstrike, not a missile attack.

    Aircraft named in the clause ("B-1 bombers dropped munitions on rocket and missile depots") make
    it so; an air power as the subject before a missile word ("Israeli missiles targeted", "an
    American missile strike") too, unless the missiles are ballistic or cruise missiles.
    """
    plane = _AIRCRAFT.search(text, found)
    if plane is not None and not _HOSTED_BEFORE.search(text[max(0, plane.start() - 30):plane.start()]):
        return True  # (not "a base hosting U.S. aircraft", "une base abritant des avions de combat": what was hit)
    if etype != "missile attack" or _BALLISTIC.search(text, found) or not _AIR_POWERS.possible(found):
        return False
    for a in _AIR_POWERS.regex.finditer(text, 0, m.start()):
        if _SPEAKS_AFTER.match(text, a.end()) or _ACCUSES_AFTER.match(text, a.end()):
            continue  # "the U.S. military said eleven missiles struck": a speaker, not the attacker; "Israël accuse
            # le Hezbollah d'avoir tiré un missile antichar": the accuser, whose accused fired
        if _OWNER_BEFORE.search(text, max(0, a.start() - 40), a.start()) and not _NEAR_GAP.fullmatch(text, a.end(), m.start()):
            continue  # "a position of the Israeli army ... with a guided missile": whose site was hit, not who fired
        if _PLACE_NOUN_BEFORE.search(text, max(0, a.start() - 25), a.start()) or _PLACE_NOUN_AFTER.match(text, a.end()):
            continue  # "Shtula, localité israélienne", "the Israeli town of X": whose place was hit, not who fired
        if _PEOPLE_NOUN_BEFORE.search(text, max(0, a.start() - 25), a.start()) or _PEOPLE_NOUN_AFTER.match(text, a.end()):
            continue  # "deux soldats israéliens ont été blessés par un missile", "three US soldiers were wounded": whose
            # people were hit (or troops on the ground, whose missiles fly from no aircraft)
        if not _AIMED_BEFORE.search(text[max(0, a.start() - 30):a.start()]) \
                and not (a.group() in _POWER_LANDS and _LAND_BEFORE.search(text[max(0, a.start() - 30):a.start()])):
            # the power is the subject, not the side aimed at ("missiles fired at U.S. troops") nor the land where
            # the missiles were heard ("sirens sounded across Israel as Iran fired 200 missiles")
            return True
    # French puts the nationality after the noun: "des missiles israéliens", "tirs de missiles américains"
    after = _POWER_ADJ_AFTER.match(text, m.end())
    return bool(after and _AIR_POWERS.regex.fullmatch(after.group("adj")))


# (a military site is the side's own as well: "une caserne israélienne", "des positions israéliennes", "une base
# militaire israélienne", "Israeli positions", "an Israeli base": the side aimed at, not the one that fired)
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:localités?|villes?|villages?|colonies?|kibboutz|communes?|bourgades?|frontière|"
                                r"territoire|sol|(?:(?:casernes?|positions?|bases?|postes?|sites?|avant-postes?|"
                                r"quartiers?\s+généraux|quartier\s+général|QG|rassemblements?)(?:\s+militaires?)?))\s+$", re.I)
# ("an Israeli army position", "an Israeli army base": the army named between the side and its site)
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:towns?|city|cities|villages?|communit(?:y|ies)|settlements?|kibbutz(?:im)?|"
                               r"border|territory|soil|(?:(?:military|army)\s+)?(?:positions?|bases?|posts?|outposts?|barracks|"
                               r"sites?|headquarters|gatherings?))\b", re.I)
_PEOPLE_NOUN_BEFORE = re.compile(r"\b(?:soldats?|militaires|civils?|réservistes?|otages?|colons?|habitants?|ressortissants?|"
                                 r"sous-traitants?|marins?|personnes?|enfants?|femmes?|policiers?)\s+$", re.I)
_PEOPLE_NOUN_AFTER = re.compile(r"\s+(?:soldiers?|troops|service\s*(?:men|members?)|personnel|civilians?|reservists?|"
                                r"hostages?|settlers?|residents?|citizens?|nationals?|contractors?|sailors?|police(?:men)?)\b",
                                re.I)
_POWER_ADJ_AFTER = re.compile(r"\s+(?P<adj>[a-zéèêë]+s?)\b")
_OWNER_BEFORE = re.compile(r"\b(?:of|de|du|des|d['’])\s+(?:the\s+|l['’]\s*|la\s+|le\s+|les\s+)?"
                           r"(?:(?:armée|forces?|troupes?|soldats?|army|military|troops|soldiers)\s+)?$", re.I)
_NEAR_GAP = re.compile(r"\s*(?:[\w-]+\s+){0,2}")  # "of Israeli missiles", "of Israeli guided missiles": the missiles' own


# Projectiles counted but not read as an attack word of their own: "four shells landed", "12 artillery shells"
# ("obus" is a French projectile word already; a lone English "shell" names no weapon to type an attack by)
# nouns that count projectiles without naming a weapon ("about 10 launches crossed from Lebanon", "une dizaine de
# lancements"): counted, never a trigger or a weapon
_COUNTED_ONLY = {"en": r"|shells?|launches"
                 # "seven rounds of mortar fire", "12 rounds of artillery shells": rounds of a named weapon ("two
                 # rounds of talks", "20 rounds" of gunfire are not)
                 r"|rounds(?=\s+of\s+(?:mortars?|(?:mortar|artillery|rocket|tank)\s+(?:fire|shells?|rounds?|bombs?))\b)",
                 "fr": r"|lancements"}


def _projectile_alt(lang: str) -> str:
    lg = lang if lang in L.PROJECTILES else "en"
    # every projectile noun: not airstrikes, and not bombs (a roadside bomb is not a projectile fired)
    return "|".join(p for p, t in L.PROJECTILES[lg] if t not in ("airstrike", "IED attack"))


# (not across a casualty word or a conjunction: "six wounded when missiles landed" counts people, not missiles)
# (the owner's initials before the model are no word of the {0,2}: "a U.S. MQ-9 Reaper drone was shot down" is one
# drone; written with full stops, they would otherwise break the run of words)
_WEAPON_WORDS = (r"(?:(?:U\.S\.|U\.K\.)\s+)?(?:(?!(?:attaques?|attacks?|tirs?|frappes?|strikes?|raids?|offensives?|assaults?|opérations?|operations?|"
                 r"killed|wounded|injured|hurt|dead|died|blessée?s|tuée?s|morts?|when|as|after|while|lorsque|quand|après|"
                 # "On 12 March two drones hit", "le 12 mars, deux drones": a day before its month's name
                 + L.MONTH_NAMES + r")\b)"
                 # (a word, not a bare dash: "KYIV, Feb 19 - Drones hit", a dateline's day before its dash)
                 r"(?:[\w-]+[- ]type|de type [\w-]+|\w[\w-]*)\s+){0,2}?")
# "On March 12 two drones hit a car", "On Feb. 3 another drone struck": the day of a date told before its
# month's name (English order) is no number of weapons; a number in words after the month's name is one ("On 12
# March two drones hit": the day stands before the month, and "two" after it is the drones')
_NOT_MONTH_DAY = "".join(r"(?<!%s )" % re.escape(m) for m in L.MONTH_NAMES.split("|")[:12] + [
    a + dot for a in L.MONTH_ABBREVIATIONS for dot in (".", "")])
_OTHERS_COUNT = _Gated(re.compile(r"(?<!\w)" + _COUNT_PREFIX + r"(?:others|autres)(?!\w)", re.I))
_PLURAL_END = re.compile(r"s\s*$")
# a noun of many before the weapon's name, which may stay singular ("a salvo of Katyusha", "une salve de Grad")
_COLLECTIVE = re.compile(r"\b(?:salvos?|salvoes|barrages?|volleys?|waves?|series|swarms?|hail|rain|salves?|volées?|vagues?|"
                         r"séries?|essaims?|pluies?|barrages?)\b", re.I)
_SIGHTED = re.compile(r"\s*(?:(?:were|was|had been|have been|ont été|avaient été|a été|avait été)\s+)?(?:(?:first|reportedly|also|"
                      r"d['’]abord|aussi)\s+)?(?:seen|spotted|sighted|heard|observed|hovering|circling|flying (?:over|above|low)|"
                      r"buzzing|aperçu(?:e|s|es)?|vu(?:e|s|es)?|entendu(?:e|s|es)?|observé(?:e|s|es)?|survol\w*|tournoy\w*)\b", re.I)


# "one drone", "a single missile", "a lone rocket", "un seul drone", "مسيرة واحدة": one projectile stated as a
# figure, not an article ("one of the deadliest attacks", "واحد من أكثر الهجمات" is no figure of projectiles)
_ONE_WORDS = r"(?<!\w)(?:one|single|lone|sole|seul|seule|unique)\s+(?:[\w-]+\s+){0,2}?(?:"
_AR_ONE = re.compile(r"(?:مسير|مسيّر|صاروخ|قذيف|طائر|درون)\S*\s+(?:\S+\s+)?(?:واحدة|واحد|وحيدة|منفردة)(?!\S)")


_LAUNCHED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:(?:were|had been|have been|ont été|avaient été|auraient été)\s+)?"
                             r"(?:fired|launched|tirée?s|lancée?s)\b", re.I)
# "رصد إطلاق نحو 20 صاروخا": the launch told by its verbal noun, the figure after it
_AR_LAUNCH_OF = re.compile(r"(?:إطلاق|اطلاق)\s+(?:\S+\s+){0,3}?(?:صاروخ|صواريخ|قذيف|قذائف|مسير|مسيّر|طائر)")
_AR_LAUNCHED = re.compile(r"(?:مسير|مسيّر|صاروخ|صواريخ|قذيف|قذائف|طائر)\S*\s+(?:\S+\s+)?(?:أ?ُ?طلق|اطلق)(?:ت|تا|ا|وا)?(?!\S)")


@lru_cache(maxsize=8)
def _explicit_one(lang: str) -> re.Pattern:
    return _AR_ONE if lang == "ar" else re.compile(_ONE_WORDS + _projectile_alt(lang) + r")(?!\w)", re.I)


def _one_by_article(count_fact, clause_text: str, lang: str) -> bool:
    """Whether a frame's count is the 1 of an article ("a drone", "un drone", "طائرة مسيرة"), which a
    figure stated later for the same incident replaces.  A claimant's figure ("the group said it fired
    four drones") does not: a claim is no measure of what was launched."""
    if count_fact is None or count_fact.value != 1 or count_fact.qualifier:
        return False
    if _explicit_one(lang).search(count_fact.evidence.sentence) or _CLAIMANT_ACCOUNT.search(clause_text):
        return False
    # only a figure that is the subject of a launch ("three drones were launched at the house", "deux roquettes
    # ont été tirées", "طائرتين مسيرتين أطلقتا"): not the weapons a claimant used ("struck it with four drones"),
    # nor ones intercepted or fired at ("fired at two missiles being readied")
    if lang == "ar":
        return _AR_LAUNCHED.search(clause_text) is not None
    m = _vocab(lang)["count"].search(clause_text)
    return m is not None and _LAUNCHED_AFTER.match(clause_text, m.end()) is not None


# "peu avant 02H30 locales (23H30 GMT samedi)": the same moment in another time zone, not a day of its own
_TZ_PAREN = re.compile(r"\([^()]{0,30}\b(?:GMT|UTC)\b[^()]{0,30}\)")


def _tz_conversion(text: str, d) -> bool:
    """Whether date mention ``d`` of clause ``text`` is the clock time restated in GMT/UTC."""
    if "GMT" not in text and "UTC" not in text:
        return False
    return any(m.start() <= d.start and d.end <= m.end() for m in _TZ_PAREN.finditer(text))


_NO_FIGURE = frozenset({"several", "plusieurs", "dozens", "des dizaines", "dizaines", "hundreds", "des centaines",
                        "centaines", "scores"})
_GROUPS_OF = re.compile(r"(?<!\w)(?P<n>[\w-]+)\s+(?:salvos?|salvoes|volleys?|waves?|barrages?|rounds?|salves?|vagues?|"
                        r"volées?|séries?)\s+(?:of|de|d['’])\s*$", re.I)
_PAST_YEAR_WHEN = re.compile(r"\b(?:[Ss]ince|(?:back\s+)?in|en|depuis)\s+(?:(?:early|late|mid-?|début|fin|janvier|"
                             r"[A-Z][a-zéû]+)\s+)?(?:19|20)\d\d\s*,?\s+(?:when|où|lorsque|quand)\b[^.;]{0,70}$")
_GROUP_NOUN_OF = re.compile(r"\s(?:salvos?|salvoes|volleys?|waves?|barrages?|swarms?|salves?|vagues?|volées?|séries?|"
                            r"essaims?)\s+(?:of|de|d['’])", re.I)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10, "deuxième": 2, "seconde": 2, "second": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
             "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10}
_ORDINAL_MORE = re.compile(r"(?:^|[,;:]\s+|\s(?:and|while|but|et|mais|tandis)\s+|\s(?:tandis\s+)?qu['’])(?:an?|une?)\s+(?P<ord>second|third|fourth|"
                           r"fifth|sixth|seventh|eighth|ninth|tenth|deuxième|seconde?|troisième|quatrième|cinquième|sixième|"
                           r"septième|huitième|neuvième|dixième)(?:\s+(?P<noun>[\w-]+))?", re.I)
_ORDINAL_WORDS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "ième", "seconde")
_ORDINAL_NOUNS = re.compile(r"rockets?|missiles?|drones?|UAVs?|projectiles?|shells?|rounds?|mortars?|roquettes?|obus|"
                            r"engins?|one|was|were|fell|landed|hit|struck|exploded|crashed|slammed|est|a|s['’]est|"
                            r"tombée?|(?:s['’])?écrasée?|explosée?|touchée?|frappée?|abattue?|interceptée?", re.I)


def _ordinal_more(text: str, lang: str) -> Optional[int]:
    """The rank of "a fourth (rocket) fell", "une quatrième (roquette) est tombée": one more projectile than the
    ones just told (not "a second attack", "a third soldier": another incident, another victim)."""
    low = text.lower()
    if not any(map(low.__contains__, _ORDINAL_WORDS)):
        return None
    for m in _ORDINAL_MORE.finditer(text):
        noun = m.group("noun")
        if noun is None or _ORDINAL_NOUNS.fullmatch(noun):
            rest = text[m.end():m.end() + 20].lower()
            if rest.lstrip().startswith(("attack", "strike", "raid", "attaque", "frappe", "salvo", "wave", "barrage", "salve",
                                         "vague")):
                continue  # "a second drone attack": another incident
            if noun and noun.lower() in ("was", "were", "est", "a") and rest.lstrip().startswith(("killed", "wounded",
                                                                                                "injured", "tué", "blessé")):
                continue  # "a third was wounded": a victim
            return _ORDINALS.get(m.group("ord").lower())
    return None


def _ordinal_follows(frame: EventFrame, rank: int) -> bool:
    """Whether the frame's count is the one just before ``rank`` (3 before "a fourth")."""
    count = frame.first("count")
    return count is not None and count.value == rank - 1 and rank > 2 or (
        count is not None and rank == 2 and count.value == 1 and not count.qualifier)


# between the kinds of one salvo: "two missiles and three drones", "deux missiles balistiques et trois drones"
# (only the kinds' own qualifiers between: "three rockets fell and two drones were downed" are two acts)
_MIXED_SALVO = re.compile(r"(?:\s+(?:ballistic|balistiques?|cruise|de|croisière|guided|armed|attack|kamikaze|piégée?s?|"
                          r"explosifs?|suicide|[a-zà-ÿ]+-[a-zà-ÿ-]+)){0,3}\s*,?\s+(?:and|et|as well as|ainsi que|along with)\s+(?=\S)",
                          re.I)
# "struck two rocket launchers", "a missile launcher", "lance-roquettes": the projectile word names the launcher, which
# is hit or found, not fired
_LAUNCHER_AFTER = re.compile(r"[\s-]*(?:launchers?|launch\s+(?:pads?|sites?|platforms?|positions?|vehicles?)|"
                             r"lanceurs?|lance-roquettes|rampes?)\b", re.I)
# "U.S. forces struck three Houthi anti-ship missiles", "conducted self-defense strikes on two missiles", "destroyed
# four drones on the ground": the projectiles the other side struck before launch are its targets, not a salvo fired
# (the active verb only: "was struck by two missiles", "a été frappé par un missile" tell the projectiles fired)
_STRUCK_VERB = (r"(?<!was )(?<!were )(?<!been )\b(?:struck|bombed|(?:air\s*|self-defen[cs]e\s+|pre-?emptive\s+)?"
                r"strikes?\s+(?:on|against)|frappes?\s+(?:contre|sur)|(?:a|ont)\s+frappé|"
                # ("ont frappé des cibles au Yémen, détruisant six missiles de croisière": the missiles destroyed are
                # what the strike hit on the ground, no projectiles fired)
                r"destroying|détruisant)")
_STRUCK_BEFORE = re.compile(_STRUCK_VERB + r"\s+$", re.I)
# the French launcher names the projectile after it: "un lanceur de roquettes", "un lance-roquettes", "une rampe de
# lancement de missiles"; with an active verb of striking before it ("a frappé", "avoir visé", "détruisant"; not "a été
# frappé") the launcher is the target of the strike
_FR_LAUNCHER_BEFORE = re.compile(r"(?:\blanceurs?\s+(?:de\s+|d['’])|\blance-|\brampes?\s+(?:de\s+lancement\s+)?(?:de\s+|d['’])|"
                                 r"\bplate-?formes?\s+de\s+lancement\s+(?:de\s+|d['’]))(?:\w+\s+)?$", re.I)
_FR_HIT_BEFORE_LAUNCHER = re.compile(r"(?<!été )\b(?:frappée?s?|visée?s?|ciblée?s?|détruite?s?|bombardée?s?|frappant|visant|"
                                     r"ciblant|détruisant|bombardant)\b[^.;]*$", re.I)
# an active verb of striking anywhere before a launcher ("hit a depot in X and a rocket launcher in Y"; not "was hit")
# ("carried out three airstrikes near X, targeting Houthi missile launchers": the participle of a strike too)
_HIT_BEFORE_LAUNCHER = re.compile(r"(?<!was )(?<!were )(?<!been )\b(?:struck|hit|targeted|destroyed|bombed|striking|hitting|"
                                  r"targeting|destroying|bombing)\b[^.;]*$", re.I)
# (the same verb a few words before the projectile's noun: "struck three Houthi anti-ship missiles"; never across
# the agent of a passive, "struck on Monday by two missiles")
_STRUCK_OBJECT = re.compile(_STRUCK_VERB + r"\s+(?:(?!(?:by|par|with|avec|after|après)\s)[\w'’-]+\s+){0,4}$", re.I)
_DESTROYED_OBJECT = re.compile(r"(?<!was )(?<!were )(?<!been )\bdestroyed\s+(?:(?!(?:by|with|after)\s)[\w'’-]+\s+){0,4}$", re.I)
_ON_THE_GROUND = re.compile(r"[^.;,]{0,40}?\b(?:on the ground|before (?:they|it) could be launched|(?:that|which) "
                            r"(?:were|was) (?:prepared|ready|poised|preparing|about) to (?:launch|be launched)|au sol)\b", re.I)
# "two rockets that had failed to launch", "trois roquettes qui n'avaient pas été tirées": left, not fired
_NOT_FIRED_AFTER = re.compile(r"\s*,?\s*(?:that|which|qui)\s+(?:had\s+|have\s+)?(?:failed\s+to\s+(?:fire|launch)|"
                              r"(?:were|was|had been)\s+(?:not|never)\s+(?:fired|launched)|"
                              r"n['’](?:avaient|ont|avait|a)\s+pas\s+été\s+tirée?s?)", re.I)
# "Trois appareils ont été abattus", "two unmanned aerial vehicles", "three rounds landed": a noun that counts the
# drones or projectiles told just before without naming them; never "deux appareils photo", "des engins de chantier",
# "two rounds of talks", nor an airstrike's "army aircraft" (a numbered noun, right after its figure, only)
_CRAFT_COUNT = _Prefiltered(re.compile(
    r"(?<![\w-])(?<!the )(?<!these )(?<!those )(?<!les )(?<!ces )(?<!des )(?<!of )(?<!de )" + _COUNT_PREFIX
    + r"(?:(?:other|more|autres|de plus|enemy|hostile|ennemis|hostiles)\s+)?"
    r"(?P<noun>appareils|aéronefs|aircraft|craft|UAVs|unmanned aerial vehicles|engins|vecteurs|projectiles|munitions|rounds)"
    r"(?!\w)(?!\s+(?:photos?|de chantier|agricoles?|de guerre|explosifs?|blindés?|militaires|civils|carriers?|of|"
    r"de l['’]armée|d['’]|de\s)\b)"
    # then a verb, a place or the clause's end ("ont été abattus", "landed near", "au total"), never a modifier of
    # another kind of device ("appareils ménagers", "engins agricoles")
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:ont|sont|se|s['’]|avaient|étaient|auraient|avait|have|had|were|are|was|landed|fell|"
    r"crashed|exploded|hit|struck|slammed|came|qui|that|which|au total|in all|en tout|of which|dont|during|pendant|"
    r"overnight|launched|fired|lancés|tirés|abattus|interceptés|détruits|neutralisés|shot|downed|intercepted|destroyed|"
    r"over|above|au-dessus|near|près|sur|on|at|in|into|dans|targeting|visant|toward|towards|vers|contre|against)\b)", re.I))
_CRAFT_NOUNS = frozenset({"appareils", "aéronefs", "aircraft", "craft", "uavs", "unmanned aerial vehicles"})
_CRAFT_TYPES = ("drone attack", "rocket attack", "missile attack", "interception", "mortar attack")


def _craft_count(text: str, lang: str, frame) -> Optional[tuple]:
    """(value, qualifier, is_share) of a clause counting, by a noun of craft or munitions, the projectiles of the
    incident told in this sentence or the one before (``frame``): aircraft nouns only for drones, "rounds" and
    "munitions" for any projectile (an airstrike's planes are no projectiles)."""
    m = _CRAFT_COUNT.search(text)
    if m is None or m.group("num").lower() in _NO_BARE or m.group("num").lower() in _NO_FIGURE:
        return None
    told = frame.first("event_type")
    if told is None or told.value not in _CRAFT_TYPES:
        return None
    if m.group("noun").lower() in _CRAFT_NOUNS and told.value != "drone attack" and not (
            told.value == "interception" and (frame.first("weapon") is not None and "drone" in str(frame.first("weapon").value).lower()
                                              or "dron" in told.evidence.sentence.lower() or "UAV" in told.evidence.sentence)):
        return None  # "two aircraft" after rockets: another weapon's (or the army's planes), not the rockets counted
    c = _match_count(m, lang)
    if c is None or not 0 < c.value < 1000:
        return None
    return (c.value, c.qualifier, _PARTITIVE.match(text, m.end("num")) is not None)


# "two more (rockets) landed in Y", "trois autres ont frappé Y": a number of more projectiles, their noun elided
_MORE_N = {"en": r"(?P<more>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more|others|other)",
           "fr": r"(?P<more>\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+autres"}
# "Another (rocket) landed near Y", "A third hit Y", "Une autre (roquette) est tombée près de Y", "Une troisième s'est
# abattue sur Y": one more projectile, opening its clause, with its own verb of impact (not "another attack", "un
# autre raid": another incident of its own kind; not "another soldier was killed")
_ANOTHER_ONE = {
    "en": re.compile(r"^\W*(?:(?:and|but|while)\s+)?(?:another|an?\s+(?:second|third|fourth|fifth|sixth)|" + _MORE_N["en"] + ")"
                     r"(?:\s+(?P<noun>rocket|missile|drone|UAV|projectile|shell|mortar(?:\s+(?:round|shell))?)s?)?\s+"
                     r"(?:(?:was|had|has|reportedly)\s+)?(?:landed|fell|hit|struck|crashed|exploded|slammed|impacted|came down|targeted)\b",
                     re.I),
    "fr": re.compile(r"^\W*(?:(?:et|mais|tandis qu['’])\s*)?(?:une?\s+autre|une?\s+(?:deuxième|seconde?|troisième|quatrième|"
                     r"cinquième|sixième)|" + _MORE_N["fr"] + r")(?:\s+(?P<noun>roquette|missile|drone|projectile|obus|engin)s?)?\s+"
                     r"(?:(?:est|s['’]est|a|avait|s['’]était|était|ont|sont|se\s+sont)\s+)?(?:tombée?s?|abattue?s?|écrasée?s?|explosée?s?|explosé|frappé|"
                     r"touché|atterri|percuté|visé|ciblé)\b", re.I),
}
# "An airstrike on X killed 11, while another on a school in Y killed six", "une autre contre un immeuble de Y": one
# more strike, its noun elided, told by where it hit (a strike's count is no projectile's, so none is given)
_ANOTHER_STRIKE_ON = {
    "en": re.compile(r"^\W*(?:(?:and|but|while)\s+)?(?:another|an?\s+(?:second|third|fourth))\s+(?:on|in|at|near|against|"
                     r"targeting|hit|struck)\b", re.I),
    "fr": re.compile(r"^\W*(?:(?:et|mais|tandis qu['’])\s*)?(?:une?\s+autre|une?\s+(?:deuxième|seconde?|troisième))\s+"
                     r"(?:sur|à|contre|visant|près\s+de|a\s+(?:frappé|touché|visé|ciblé))\b", re.I),
}
# "Two rockets fell in X and three others in Y", "Deux roquettes sont tombées à X et trois autres à Y": more
# projectiles of the salvo just counted, their verb left out with their noun, at a site of their own
_MORE_AT = {
    "en": re.compile(r"^\W*(?:and\s+)?" + _MORE_N["en"] + r"(?:\s+(?P<noun>rocket|missile|drone|projectile|shell)s?)?\s+"
                     r"(?:landed\s+|fell\s+)?(?:in|at|on|near|inside)\s", re.I),
    "fr": re.compile(r"^\W*(?:et\s+)?" + _MORE_N["fr"] + r"(?:\s+(?P<noun>roquette|missile|drone|projectile|obus)s?)?\s+"
                     r"(?:à|au|aux|sur|dans|près\s+de|près\s+d['’])", re.I),
}
_ANOTHER_KIND = {"rocket attack": ("rocket", "roquette", "projectile", "engin"),
                 "missile attack": ("missile", "projectile", "engin"),
                 "drone attack": ("drone", "uav", "engin"),
                 "mortar attack": ("mortar", "shell", "obus", "projectile")}


def _another_one(text: str, lang: str, info, frame) -> Optional[tuple[Optional[tuple], bool]]:
    """Whether a clause tells more projectiles of the incident just told (``frame``), elided or of its kind.

    None when not; else (the clause's count, or None when it gets none; whether it is "N more": "two more
    landed in Y", "trois autres ont frappé Y"). "Another one" aimed at a site of its own counts one.
    """
    if "other" not in text and "autre" not in text and "more" not in text and not any(map(text.lower().__contains__, _ORDINAL_WORDS)):
        return None  # cheap test
    told = frame.first("event_type")
    if told is not None and told.value == "airstrike" and info.event_type in (None, "attack") \
            and _ANOTHER_STRIKE_ON[lang if lang in _ANOTHER_STRIKE_ON else "en"].match(text):
        return None, False  # "..., while another on a school in Y killed six": one more strike, at a site of its own
    if told is None or told.value not in _ANOTHER_KIND or info.event_type not in (None, "attack", told.value):
        return None
    m = _ANOTHER_ONE[lang if lang in _ANOTHER_ONE else "en"].match(text)
    elided = m is None
    if elided:
        m = _MORE_AT[lang if lang in _MORE_AT else "en"].match(text)
        if m is None or frame.first("count") is None or frame.get("killed") or frame.get("injured"):
            return None  # (after "killed two in X", "two others in Y" are victims, not projectiles)
    noun = (m.group("noun") or "").lower()
    if noun and noun.split()[0] not in _ANOTHER_KIND[told.value]:
        return None
    # a clause with no attack word of its own opens an incident only when it tells a site aimed at ("Une autre a visé
    # la base Y"); "another landed near the village of Y" may be where a share of the salvo told fell, so it keeps
    # the kind but gets no count of its own (merged back into the salvo's incident, a 1 would replace its figure)
    aimed = _AIMED_VERB.search(text, m.start(), m.end()) is not None
    if m.group("more"):  # "two more landed in Y", "trois autres ont frappé Y": as many more, at a site of their own
        c = parse_number(m.group("more"), lang)
        return ((c, None, False), True) if c and (aimed or elided or info.trigger or info.target.cue in _SITE_CUES) \
            else None
    if aimed or info.target.cue in _SITE_CUES:
        return (1, None, False), False
    return (None, False) if info.trigger else None


_AIMED_VERB = re.compile(r"\b(?:targeted|hit|struck|visé|ciblé|frappé|touché)\b", re.I)


_PARTITIVE = re.compile(r"\s+(?:of\s+(?:the|these|those|them|its|their)|d['’]entre\s+(?:eux|elles)|des|de\s+ces)\s", re.I)
_CALIBRE_AFTER = re.compile(r"\s*-?(?:mm|millim[eè]t\w*|cm|kg|lb)\b", re.I)


# "shot down six of eight drones", "abattu 2 des 4 drones": the part told before the whole fired; the
# site's count is the whole (dev gold: "four rockets ... intercepted two of them" is 4)
_OF_TOTAL = re.compile(r"\s+(?:(?:out\s+)?of(?:\s+the)?|des|sur(?:\s+les)?|parmi(?:\s+les)?)\s+(?=\d|[a-zà-ÿ])", re.I)
# (frwire41) the whole told after the part's noun: "abattu 17 drones sur 20 lancés", "downed 17 drones out of 20",
# "أسقطت 17 مسيرة من أصل 20": the whole is the count, as above (a number of places or of kilometres is no whole)
_TOTAL_AFTER = re.compile(r"\s+(?:sur(?:\s+un\s+total\s+de)?|out\s+of(?:\s+a\s+total\s+of)?|من\s+(?:أصل|اصل|مجموع))\s+"
                          r"(?P<total>\d{1,4})(?![\d.,]?\d)(?=\s*(?:[,.;:)]|$|lanc|tir|launch|fire|أطلق|اطلق|"
                          r"(?:\w+\s+)?(?:drones?|roquettes?|missiles?|rockets?|projectiles?|obus|مسير|صاروخ|صواريخ|طائر)))", re.I)
# "Seven landed inside the base", "Sept sont tombées dans l'enceinte": the figure of the projectiles just
# told, as the subject of a landing verb, with the noun left out (not "two were killed": a toll)
_BARE_LANDED = re.compile(
    r"\s*(?:(?:but|and|mais|et)\s+)?(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMWORDS + r")\s+"
    r"(?:(?:had|have|reportedly|then|later|finally)\s+)?(?:landed|fell|exploded|slammed|crashed|impacted|struck|hit|"
    r"(?:sont|se sont|ont|auraient)\s+(?:tombée?s|abattue?s|explosé|atterri|frappé|touché|écrasée?s|(?:été\s+)?(?:tirée?s|lancée?s)))\b",
    re.I)
# "Rockets, seven of them, slammed into X", "des roquettes, sept au total": the figure set off after the noun
_APPOSED_COUNT = _Gated(re.compile(
    r"(?:rockets|missiles|drones|shells|projectiles|mortars|roquettes|obus)\s*[,(—–-]\s*(?:(?P<qual>" + _QUAL + r")\s+)?"
    r"(?P<num>" + _NUMWORDS + r")\s+(?:of them|in all|in total|altogether|au total|en tout)\b", re.I))
_NO_BARE = frozenset({"a", "an", "un", "une", "several", "plusieurs", "dozens", "des dizaines", "a couple of",
                      "a handful of", "a pair of", "une paire de"})


# "have fired more than 40 rockets at the city since January", "depuis le début de l'année", "منذ مطلع العام":
# a tally over a period, not the figure of the incident told (not "the first attack since January": a record)
_MONTH_NAMES = "|".join(re.escape(w) for w in sorted(_dates_module.MONTHS, key=len, reverse=True))
_PERIOD_AFTER = re.compile(
    r"(?<!\w)(?:(?:ever\s+)?since|depuis|منذ)\s+(?:the\s+|le\s+|la\s+|l['’]|début\s+|مطلع\s+|بداية\s+|بدء\s+)?"
    r"(?:start|beginning|outbreak|début|الحرب|العام|السنة|الشهر|the war|la guerre|\d{4}|\d{1,2}\s+(?:" + _MONTH_NAMES + r")|"
    r"(?:" + _MONTH_NAMES + r"))(?!\w)|(?<!\w)(?:so far this (?:year|month)|to date|this year alone|"
    r"depuis le début de l['’]année|cette année|هذا العام|منذ مطلع)", re.I)
_RECORD_BEFORE = re.compile(r"(?:first|largest|biggest|deadliest|heaviest|worst|premi[eè]re?|plus\s+\w+|أول|أكبر|أعنف|"
                            r"أشد|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+ième|attacks?|attaques?|incidents?|strikes?|frappes?|هجوم\S*|"
                            r"(?:ال)?(?:ثاني|ثالث|رابع|خامس)\S*)\s+(?:\S+\s+){0,4}?$", re.I)


# A running total told after the incident's own toll: "..., portant à 31.341 le nombre de morts depuis le début de
# la guerre", "portant le bilan de la journée à plus de 40 morts", "bringing the death toll since the start of the
# war to 31,341". It counts every attack of a day or of the war: its figure is no revision of this incident's toll,
# its period ("depuis ...") does not make the clause a generic statement, and the area it names ("dans la bande de
# Gaza") is not the target. The phrase runs to the end of its comma segment (a number's "31.341" or "31,341" kept).
_RUNNING_TOLL_CHEAP = ("portant", "alourdissant", "faisant passer", "bringing", "raising", "taking", "pushing")
_RUNNING_TOLL = re.compile(
    r"\b(?:portant|alourdissant|faisant\s+passer|bringing|raising|taking|pushing)\s+"
    r"(?=(?:[^,;.]|(?<=\d)[.,](?=\d))*?\b(?:toll|bilan|nombre|number)\b)"
    r"(?=(?:[^,;.]|(?<=\d)[.,](?=\d))*?(?:\bdepuis\b|\bsince\b|\bde\s+la\s+(?:journée|semaine|guerre)\b|\bdu\s+conflit\b|"
    r"\bthe\s+day['’]s\b|\bfor\s+the\s+day\b|\b(?:of|in)\s+the\s+(?:war|conflict)\b))"
    r"(?:[^,;.]|(?<=\d)[.,](?=\d))+", re.I)


_AR_DAYS_AFTER = re.compile(r"(?<!\S)(?:وذلك\s+)?بعد\s+(?:\S+\s+)?(?:يوم|يومين|يومان|أيام|ايام|أسبوع|اسبوع|أسبوعين|"
                            r"أسابيع|شهر|شهرين|أشهر|ساعات|ساعتين)(?!\S)\s+(?:من|على)\s")
# (only when the clause's own incident, before "بعد", names its projectiles: "وجاء القصف بعد ساعتين من مقتل 14
# عسكريا بتفجير عبوتين" tells the earlier attack as the clause's subject, and its figure stays)
_AR_PROJECTILE_HEAD = re.compile(r"صواريخ|صاروخ|قذائف|قذيفة|مسيرات|مسيّرات|طائرات مسيرة|طائرة مسيرة")
# "دمرت قواتنا ثلاث طائرات مسيرة وصاروخين ... كانت معدة للإطلاق", "تدمير صاروخين مضادين للسفن كانا جاهزين للإطلاق",
# "دمرت منصتي إطلاق صواريخ في مناطق سيطرة الحوثيين": the U.S. command's account of weapons it wrecked before they flew.
# The weapons are the object of a verb of destroying a few words before them, and the clause says they were still on
# the ground (ready to launch, on a launcher, in the group's own land); "دمرت طائرتين مسيرتين فوق البحر الأحمر" (in
# flight) is an interception and stays one.
_AR_WEAPON_TYPES = ("drone attack", "rocket attack", "missile attack")
_AR_DESTROY_BEFORE = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:دمرت|دمر|دمّرت|دمّر|تدمير|بتدمير)(?:ها|ت|وا|نا)?"
                                r"(?:\s+[^\s،,.]+){0,4}\s+$")
_AR_ON_THE_GROUND = re.compile(r"(?:معدة|معد|معدتين|جاهزة|جاهز|جاهزين|جاهزتين|مجهزة)\s+(?:لل|ل)?(?:إطلاق|اطلاق|انطلاق)|"
                               r"قبل\s+(?:إطلاق|اطلاق)ها|على\s+الأرض|منصات?\s+(?:ال)?(?:إطلاق|اطلاق)|منصتي\s+(?:إطلاق|اطلاق)|"
                               r"(?:مناطق|منطقة)\s+(?:\S+\s+){0,2}?(?:يسيطر|تسيطر|سيطرة|خاضعة)")


# "على منصة صواريخ", "استهدفت منصة صاروخية", "دمرت منصات إطلاق الصواريخ": the launcher the weapon noun qualifies,
# struck ("استخدم مسلحون 3 منصات لإطلاق صواريخ على X" used it: rockets fired; "من منصة" is where they left from)
_AR_LAUNCHER_BEFORE = re.compile(r"(?<![\u0621-\u064A])(?:على|[وف]?(?:استهدفت|استهدف|استهداف|دمرت|دمر|تدمير|قصفت|قصف|"
                                 r"ضربت|ضرب))\s+(?:[^\s،,.]+\s+){0,2}?[وبل]?(?:ال)?(?:منصة|منصات|منصتي|منصتين|منصتا)"
                                 r"(?:\s+(?:لل|ل)?(?:ال)?(?:إطلاق|اطلاق))?\s+(?:لل|ل)?(?:ال)?$")


def _ar_weapons_destroyed(text: str, start: int) -> bool:
    """Whether the Arabic weapon noun at ``start`` is wrecked on the ground (see _AR_ON_THE_GROUND)."""
    return _AR_DESTROY_BEFORE.search(text, max(0, start - 60), start) is not None \
        and _AR_ON_THE_GROUND.search(text) is not None


# "Police found a launcher with two rockets still loaded", "la police a retrouvé trois roquettes": found, not fired
_FOUND_BEFORE = re.compile(r"\b(?:found|discovered|seized|recovered|defused|dismantled|retrouvée?s?|découverte?s?|saisie?s?|"
                           r"désamorcée?s?)\b(?:(?!\b(?:which|that|where|fired|launched|qui|dont|tirée?s?|lancée?s?)\b|d['’]où)[^.;]){0,60}$", re.I)


_FOUND_WORDS = ("found", "discover", "seiz", "recover", "defus", "dismantl", "trouvé", "découvert", "saisi", "désamorcé")


def _period_tally(text: str) -> bool:
    """Whether a clause's figure is a tally over a period (see _PERIOD_AFTER)."""
    if "ince" not in text and "epuis" not in text and "منذ" not in text and "to date" not in text \
            and "year" not in text and "année" not in text and "العام" not in text:
        return False
    m = _PERIOD_AFTER.search(text)
    return m is not None and not _RECORD_BEFORE.search(text, max(0, m.start() - 40), m.start())


def _count(text: str, lang: str, found: Optional[frozenset] = None) -> Optional[tuple]:
    """(value, qualifier, is_share) of the projectiles of a clause."""
    m = _vocab(lang)["count"].search(text, found)
    if m and m.group("num").lower() not in ("a", "an", "un", "une") and not m.group("other") \
            and (tot := _OF_TOTAL.match(text, m.end("num"))) is not None:
        whole = _vocab(lang)["count"].regex.match(text, tot.end())
        if whole is not None and whole.group("num").lower() not in _NO_BARE and whole.group("num").lower() not in _NO_FIGURE:
            part, all_ = _match_count(m, lang), _match_count(whole, lang)
            if part is not None and all_ is not None and part.value < all_.value < 10000:
                return (all_.value, all_.qualifier, False)
    while m and lang == "fr" and m.group("num").lower() == "a":
        # "un avion a tiré un missile", "l'armée a abattu deux drones": French "a" is the verb (has), no article
        m = _vocab(lang)["count"].regex.search(text, m.end("num"))
    if m and not m.group("other") and (tot := _TOTAL_AFTER.match(text, m.end())) is not None:
        part = _match_count(m, lang)
        if part is not None and part.value < int(tot.group("total")):
            return (int(tot.group("total")), part.qualifier, False)
    if m and m.group("num").lower() in ("a", "an", "un", "une") and (_PLURAL_END.search(m.group(0))
                                                                     or _COLLECTIVE.search(m.group(0))):
        m = None  # "a barrage of rockets", "une salve de roquettes", "a salvo of Katyusha": an article before a plural is not one
    if m and _CALIBRE_AFTER.match(text, m.end("num")):
        m = None  # "the 107 mm rocket", "des roquettes de 122 millimètres": a calibre, not how many were fired
    if m and any(map(text.__contains__, _FOUND_WORDS)) and _FOUND_BEFORE.search(text, max(0, m.start() - 80), m.start()):
        m = None  # "police found a launcher with two rockets still loaded": found, not fired
    if m and _SIGHTED.match(text, m.end()):
        m = None  # "two drones were seen over the area", "des drones ont été aperçus": seen, not counted fired
    if m and (_LAUNCHER_AFTER.match(text, m.end()) or _STRUCK_BEFORE.search(text, max(0, m.start() - 40), m.start())
              or ("ground" in text or "launch" in text or "sol" in text) and _ON_THE_GROUND.match(text, m.end())):
        m = None  # "struck two rocket launchers", "struck three anti-ship missiles": targets hit, not projectiles fired
    if m and ("unfired" in m.group(0) or "unlaunched" in m.group(0) or "non tiré" in text[m.end():m.end() + 12]
              or _NOT_FIRED_AFTER.match(text, m.end())):
        m = None  # "the launcher, with one unfired rocket still on its rails": found, not fired
    if m and m.group("num").lower() in ("a", "an", "un", "une") and _armed_drone_strike(text, m.start()):
        # its munitions go uncounted, unless the text states the one it fired: "a drone fired a missile at the car"
        return (1, None, False) if _drone_fired_one(text) else None
    if m and m.start() > 12 and ("when" in text or "où" in text or "lorsque" in text or "quand" in text) \
            and _PAST_YEAR_WHEN.search(text, max(0, m.start() - 90), m.start()):
        m = None  # "the first such attack since 2018, when 20 rockets were fired": a past year's salvo, not this one
    if m and m.group("num").lower() not in ("a", "an", "un", "une") and _GROUP_NOUN_OF.search(m.group(0), m.end("num") - m.start()):
        m = None  # "two salvos of rockets", "trois vagues de drones": how many groups, not how many projectiles
    if m and m.group("num").lower() in _NO_FIGURE:
        # "several drones", "plusieurs petits drones", "dozens of rockets", "des dizaines de roquettes": no figure
        # (annotators leave the count out)
        m = None
    if m:
        c = _match_count(m, lang)
        if c and c.value < 10000:
            if m.start() > 8 and ("of" in text or "de" in text):
                group = _GROUPS_OF.search(text, max(0, m.start("num") - 40), m.start("num"))
                times = parse_count(group.group("n"), lang) if group else None
                if times is not None and 1 < times.value < 50 and not times.qualifier:
                    # "two salvos of three rockets", "trois vagues de cinq drones": the groups times their size
                    return (times.value * c.value, c.qualifier, bool(m.group("other")))
            if not m.group("other") and (" and " in text or " et " in text):
                more = _MIXED_SALVO.match(text, m.end())
                nxt = _vocab(lang)["count"].regex.match(text, more.end()) if more else None
                if nxt is not None and not nxt.group("other") and nxt.group("num").lower() not in _NO_FIGURE \
                        and not _CALIBRE_AFTER.match(text, nxt.end("num")):
                    c2 = _match_count(nxt, lang)
                    if c2 is not None and c2.value < 10000 and not (c2.qualifier and not c.qualifier):
                        # "two ballistic missiles and three drones", "quatre roquettes et deux drones": the
                        # projectiles of one salvo, of two kinds, add up
                        return (c.value + c2.value, c.qualifier, False)
            # "one of the rockets failed to explode", "l'un des drones", "two of the missiles": a part of the
            # projectiles already counted, not their number
            return (c.value, c.qualifier, bool(m.group("other")) or _PARTITIVE.match(text, m.end("num")) is not None)
    m = _OTHERS_COUNT.search(text, found)
    if m:
        c = _match_count(m, lang)
        if c and c.value < 10000:
            return (c.value, c.qualifier, True)
    if lang != "ar" and (m := _BARE_LANDED.match(text)) is not None and m.group("num").lower() not in _NO_BARE \
            and m.group("num").lower() not in _NO_FIGURE and not _CALIBRE_AFTER.match(text, m.end("num")):
        c = _match_count(m, lang)
        if c is not None and 1 < c.value < 1000:
            return (c.value, c.qualifier, False)
    if lang != "ar" and (m := _APPOSED_COUNT.search(text, found)) is not None \
            and m.group("num").lower() not in _NO_BARE and m.group("num").lower() not in _NO_FIGURE:
        c = _match_count(m, lang)
        if c is not None and 1 < c.value < 10000:
            return (c.value, c.qualifier, False)
    if (one := _vocab(lang)["the_one"].search(text, found)) and (not _armed_drone_strike(text, one.start())
                                                                 or _drone_fired_one(text)):
        return (1, None, False)  # "The drone hit a training ground": one, named in the singular
    return _strike_count(text, lang, found)


# "three airstrikes hit X", "au moins trois frappes ont touché X", "carried out two raids on X": strikes are
# counted when numbered (never "a strike", "several raids", "the two strikes" told before, "two of the raids");
# a campaign's tally ("150 strikes since October") is no site's, hence the cap
_STRIKE_COUNT = _Gated(re.compile(
    r"(?<!\w)(?<!the )(?<!these )(?<!those )(?<!both )(?<!les )(?<!ces )(?<!des )(?<!aux )(?<!of )(?<!de )"
    r"(?<!first )(?<!last )(?<!other )(?<!autres )" + _COUNT_PREFIX
    + r"(?:(?!(?:in|of|by|from|on|at|dans|par|de|des|sur|lors|people|personnes|civilians|civils)\b)[\w-]+\s+)?"
    r"(?:air ?strikes|strikes|raids|frappes|bombardements)(?!\w)(?!\s+(?:of|de|d['’])\s)", re.I))


# "شن الطيران ثلاث غارات على X", "استهدفت غارتان X": numbered raids, as above (not "الغارتين": the two told); the
# figure may carry the instrumental بـ or "و" ("استهدف الطيران مديرية X بثلاث غارات", "، وأربع غارات على Y")
_AR_STRIKE_COUNT = re.compile(r"(?<![\u0621-\u064A])(?:[وب]?(?P<num>\d{1,2}|[٠-٩]{1,2}|ثلاث|أربع|خمس|ست|سبع|ثماني|تسع|عشر)\s+"
                              r"(?:غارات|ضربات)|[وب]?(?P<two>غارتين|غارتان|ضربتين|ضربتان)"
                              # from eleven on the noun is singular: "شنت المقاتلات ١٣ غارة", "ثلاث عشرة غارة"
                              r"|[وب]?(?P<many>\d{2}|[٠-٩]{2}|(?:ثلاث|أربع|اربع|خمس|ست|سبع|ثماني|تسع)\s+عشرة|عشرين)\s+"
                              r"(?:غارة|ضربة))(?![\u0621-\u064A])")


# "في محافظتي كركوك وصلاح الدين": raids told over two areas belong to no single site
_AR_TWO_AREAS = re.compile(r"(?<![\u0621-\u064A])[وفب]?(?:محافظتي|منطقتي|مدينتي|بلدتي|قريتي|ناحيتي|قضاءي|قضائي)(?![\u0621-\u064A])")


_AR_STRIKES_IN_AREA = re.compile(r"(?:\s+(?:جوية|إسرائيلية|أمريكية|أميركية|تركية|روسية))?\s+(?:في|على|داخل)\s+(?P<name>\S+)")


# "إن طائراته أغارت على X ردا على إطلاق عشرة صواريخ باتجاه Y": rockets told after "in reply to" are the salvo the
# raid answered, another side's fire; the aircraft do not make an airstrike of them
_AR_ANSWERED_BEFORE = re.compile(r"(?<![\u0621-\u064A])(?:رد|ردا|رداً|ردًا)\s+على(?![\u0621-\u064A])")


def _ar_strike_count(text: str) -> Optional[tuple]:
    """(value, None) of numbered raids in an Arabic clause, or None (a salvo at several sites too)."""
    m = _AR_STRIKE_COUNT.search(text)
    if m is None or arabic._SEVERAL_SITES.search(text) or arabic._TWO_TARGETS.search(text) or arabic._is_tally(text) \
            or _AR_TWO_AREAS.search(text):
        return None
    area = _AR_STRIKES_IN_AREA.match(text, m.end())
    if area is not None and area.group("name") in _COUNTRY_NAMES:
        return None  # "نفذت ثلاث غارات في سوريا": a country's total, no site's
    c = arabic.parse(m.group("num") or m.group("many")) if m.group("num") or m.group("many") else None
    value = 2 if m.group("two") else c.value if c else None
    return (value, None) if value is not None and 1 < value < 40 else None


def _strike_count(text: str, lang: str, found: Optional[frozenset]) -> Optional[tuple]:
    """(value, qualifier, False) of numbered strikes ("two strikes", "trois frappes"), or None."""
    m = _STRIKE_COUNT.search(text, found)
    if m is None or m.group("num").lower() in ("a", "an", "un", "une") or m.group("num").lower() in _NO_FIGURE:
        return None
    if lang == "fr" and m.group("num").lower() == "a":
        return None
    c = _match_count(m, lang)
    if c is None or not 1 < c.value < 40 or _PARTITIVE.match(text, m.end("num")):
        return None
    area = _STRIKES_IN_AREA.match(text, m.end())
    if area is not None and (area.group("name").lower() in _COUNTRY_NAMES or text.rstrip().endswith(":")):
        return None  # "carried out two strikes in Iraq on Saturday:": a country's (or a list's) total, no site's
    return (c.value, c.qualifier, False)


_STRIKES_IN_AREA = re.compile(r"\s+(?:in|across|inside|over|en|au|aux|dans|sur)\s+(?:the\s+|l['’]|le\s+|la\s+|les\s+)?"
                              r"(?P<name>[A-ZÀ-Þ][\w-]*(?:\s+[A-Z][\w-]*)?)")


# "A Turkish drone struck a car", "un drone israélien a frappé une voiture", "a drone targeted a house",
# "مسيرة تركية استهدفت سيارة": an armed drone firing at a vehicle, a house or a squad is a strike whose munitions
# go uncounted, not one projectile (most annotators leave its count out, unlike "a drone hit the airport")
_ARMED_DRONE = re.compile(
    r"\b(?:drone|UAV)\s+(?:(?:israélien|turc|américain|US|U\.S\.)\b|[^.;]{0,60}?\b(?:hit|struck|targeted|targeting|"
    r"a (?:frappé|visé|ciblé)|avait (?:frappé|visé|ciblé))\s+(?:\w+\s+){0,3}?(?:cars?|vehicles?|pickups?|pick-ups?|trucks?|"
    r"motorcycles?|motorbikes?|house|home|cell|checkpoint|voiture|véhicule|camion|moto|maison|cellule)\b)"
    r"|\b(?:Turkish|Israeli|U\.S\.|US|American)\s+(?:armed\s+)?drone\b(?!\s+(?:was|had been)\s+(?:returning|shot))", re.I)
# (a drone that "bombarded" a place, "قصفت طائرة مسيرة مهبط الطائرات", dropped or fired munitions: an armed drone)
_AR_ARMED_DRONE = re.compile(r"مس[يی]ّ?رة\s+(?:ال)?(?:تركية|إسرائيلية|اسرائيلية|أمريكية|أميركية)|(?<!\S)[وف]?(?:قصفت|قصف)\s+(?:ال)?طائرة\s+(?:ال)?مس[يی]ّ?رة"
                             r"|(?<!\S)[وف]?(?:استهدفت|قصفت|ضربت)\s+(?:(?:ال)?طائرة\s+)?(?:ال)?مس[يی]ّ?رة\s+(?:\S+\s+){0,2}?(?:سيارة|سيارت|آلية|دراجة|منزلا|منزل)"
                             r"|(?<!\S)(?:ال)?طائرة\s+(?:ال)?مس[يی]ّ?رة\s+(?:قصفت|قصف)(?!\S)|مس[يی]ّ?رة[^.،؛]{0,40}?(?:استهدفت|قصفت|ضربت)\s+"
                             r"(?:\S+\s+){0,2}?(?:سيارة|سيارت|آلية|دراجة|منزل|منزلا|منزلاً|نقطة تفتيش|حاجز)")


# "a drone fired a missile at the car", "a missile fired by a drone", "un missile tiré par un drone", "un drone a
# tiré un missile sur", "أطلقت مسيرة صاروخا على": the armed drone's one munition is stated, and it is counted (1)
_DRONE_FIRED_ONE = re.compile(
    r"\b(?:fired|launched|shot|tiré|lancé)\s+(?:a|an|one|un|une|un seul)\s+(?:[\w-]+\s+){0,2}?(?:missile|rocket|roquette)\b"
    r"|\b(?:a|an|one|un|une)\s+(?:[\w-]+\s+){0,2}?(?:missile|rocket|roquette)\s+(?:[\w-]+\s+){0,2}?(?:fired|launched|tirée?|lancée?)\s+"
    r"(?:by|from|par|depuis)\s+(?:an?\s+|un\s+|le\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:drone|UAV|aéronef|aircraft)"
    r"|(?<!\S)(?:ب|أطلقت\s+|أطلق\s+)?صاروخ(?:ا|اً)?(?:\s+(?:موجه|موجّه|واحد|واحدا))?\s+(?:على|باتجاه|نحو|استهدف)", re.I)


def _drone_fired_one(text: str) -> bool:
    """Whether an armed drone's clause states the one missile or rocket it fired (see above)."""
    if "issile" not in text and "ocket" not in text and "oquette" not in text and "صاروخ" not in text:
        return False
    return _DRONE_FIRED_ONE.search(text) is not None


def _armed_drone_strike(text: str, start: int) -> bool:
    """Whether the drone named at ``start`` is an armed drone striking a vehicle, house or squad (see above)."""
    if "rone" not in text and "UAV" not in text:
        return False
    return _ARMED_DRONE.search(text, max(0, start - 10), start + 120) is not None


_PHRASE_END = re.compile(r"[,.;:!?\"«»“”()]|\s(?:but|mais|who|which|qui|que|after|since|après|depuis|for|pour)\s")
_PHRASE_TAIL = re.compile(r"\s(?:de (?:ces|cette|l['’]attaque|les avoir)|d['’]être|for (?:the|these|this|that)|"
                          r"of (?:the|these) attacks?|over (?:the|these)|in (?:the|these) attacks?|"
                          # "accused Israel of carrying out / of the missile strike": what follows "of" is the deed
                          r"of (?:(?:the|this|that|these|a|an)\s+)?(?:\w+ing|(?:\w+\s+){0,2}(?:strikes?|attacks?|raids?|bombings?|shelling))|"
                          r"d['’]avoir)\b")


def _noun_phrase(text: str, max_words: int = 10) -> str:
    """The noun phrase at the start of ``text``, up to the end of its clause."""
    phrase = _PHRASE_END.split(text, maxsplit=1)[0]
    phrase = _PHRASE_TAIL.split(phrase, maxsplit=1)[0]
    words = phrase.split()[:max_words]
    while words and words[0].lower() in ("the", "many", "des", "les", "de", "d'", "the", "various", "several", "some", "a",
                                         "régulièrement", "souvent", "regularly", "often", "repeatedly", "directly",
                                         "directement", "also", "aussi", "généralement", "usually"):
        words = words[1:]
    return " ".join(words).strip(" '’")


def _compound_launch_site(name: str) -> bool:
    """Whether the name before "-launched" is a known place ("Gaza-launched"), not a people ("Syrian-fired") or a
    group ("Houthi-launched"), which tells who fired, not from where."""
    name = _LEADING_ARTICLE.sub("", name)
    return not _DEMONYM.fullmatch(name) and name.lower() not in _NOT_PLACES and _known_name(name) \
        and not find_actors(name)


def _actors_in(text: str, probe: Optional[frozenset] = None) -> list[str]:
    return list(dict.fromkeys(name for _, _, name in find_actors(text, probe)))


@lru_cache(maxsize=20000)
def _known_name(name: str) -> bool:
    """Does the default gazetteer hold a place spelled ``name`` (exactly, after normalisation)?"""
    from .gazetteer import Gazetteer

    try:
        return bool(Gazetteer.default().candidates(name, limit=1, fuzzy=False, small_imports=False))
    except Exception:  # noqa: BLE001 - an unusable query is simply not a known name
        return False


_AR_FACILITY_GAP = re.compile(r"\s*(?:في|ب|بال)?\s*")


def _arabic_mentions(text: str, found: Optional[frozenset] = None) -> list[Mention]:
    # one automaton pass instead of each facility phrase's regex on every clause (``found``: the caller's, of ``text``)
    present = _probe(text) if found is None else found
    facilities = [(m.start(), m.end(), canonical, cue) for pattern, canonical, cue in _FACILITIES if canonical
                  for m in pattern.finditer(text, present)] \
        if present is None or _FACILITY_NEEDLES is None or not _FACILITY_NEEDLES.isdisjoint(present) else []
    found = arabic.find_mentions(text, _known_name, taken=[(s, e) for s, e, _, _ in facilities],
                                 foreign=arabic.foreign_here, spelled=arabic.foreign_city_spelled)
    out = [Mention(m.name, m.start, m.end, m.cue, m.role, direction=m.direction, distance_km=m.distance_km) for m in found]
    for m, a in zip(out, found):
        if a.coordinated_with is not None and 0 <= a.coordinated_with < len(out):
            m.coordinated_with = out[a.coordinated_with]
        if a.container_of is not None:
            out[a.container_of].container = m.name
        if m.name in _COUNTRY_NAMES or _COUNTRY_NAMES.get(m.name.removeprefix("ال")):
            m.cue = m.cue or "country"
    for m in out:
        # "منطقة X في مديرية Y بمحافظة Z": a district Y the gazetteer lacks says nothing of where X is; the province
        # that holds Y holds X too (the finest container known, which resolve falls back to)
        inner = m.container and next((n for n in out if n.role == "container" and n.name == m.container
                                      and n.container and n is not m), None)
        if inner and not _known_name(inner.name):
            m.container = inner.container
    for s, e, canonical, cue in facilities:  # "السفارة الأمريكية", "المنطقة الخضراء في بغداد"
        fac = Mention(canonical, s, e, cue, "descriptive" if arabic.speaker(text, s, e)
                      or cue == "sea" and _ON_SEA_BEFORE.search(text, max(0, s - 20), s)
                      # "عدوانا جويا من اتجاه البحر المتوسط": where the aircraft fired from
                      else "launch" if arabic.FROM_DIRECTION_OF.search(text, max(0, s - 30), s) else "target")
        nxt = next((m for m in out if m.start >= e and _AR_FACILITY_GAP.fullmatch(text[e:m.start])), None)
        if nxt is not None and nxt.role == "target" and nxt.cue in (None, "town", "province"):
            nxt.role = "container"
            fac.container = nxt.name
        out.append(fac)
    out.sort(key=lambda m: m.start)
    _sea_second(out)
    return out


_LAUNCH_FROM_BEFORE = re.compile(r"\b(?:tirée?s?|lancée?s?|parties?|venue?s?|fired|launched)\s+(?:\w+\s+){0,2}?(?:depuis|from)\s+"
                                 r"(?:(?:le|la|les|l['’]|the)\s*)?[A-ZÀ-Þ]", re.I)
# the rites after a deadly incident, whose day is not the incident's ("buried", "funérailles", "obsèques")
_FUNERAL_WORDS = ("buri", "bury", "Bury", "uneral", "ourner", "ourned", "laid to rest", "enterr", "Enterr", "inhum",
                  "bsèques", "unérailles")
_FUNERAL = re.compile(r"(?<!\w)(?:buried|bury|burying|burial|funerals?|mourners|mourned|laid to rest|enterré(?:e?s)?|enterrer|"
                      r"inhumée?s?|inhumés|obsèques|funérailles)\b", re.I)
_SINCE_BEFORE = re.compile(r"\b(?:depuis|since|ever since)\s+(?:le\s+|la\s+|l['’]\s*)?$", re.I)
_NO_CASUALTY_SCOPE = [(_Prefiltered(re.compile(p, re.I)), scope) for p, scope in L.NO_CASUALTY_SCOPE]
_STATE_ACTORS = [(re.compile(p), actor) for p, actor in L.STATE_ACTORS]
_STATE_NAMES = frozenset(actor for _, actor in L.STATE_ACTORS)
_LAUNCH_HINT = re.compile(r"further|plus à|from the|de l'")
_FIRED_THEN_FROM = re.compile(r"\b(?:(?:tir|lanc)(?:ée?s?|és)|fired|launched)\b" + _IN_SENTENCE + r"{0,90}?\b(?P<from>from|depuis)\b",
                              re.I)
# "police found the launch pad in an orchard 6 km south of the airport", "une rampe de lancement a été découverte à
# 4 km au nord de la base": where the launcher is found is where the rockets left from
_LAUNCHER = (r"(?:launch(?:ers?|ing\s+(?:pads?|sites?|points?|rails?|platforms?)|\s+(?:pads?|sites?|points?|rails?|"
             r"platforms?|tubes?|vehicles?))|rocket\s+launchers?|lanceurs?|lance-roquettes|"
             r"(?:rampes?|plate-?formes?|sites?|pas|tubes?)\s+de\s+lancement|"
             # a launcher described, not named: "a makeshift platform mounted on a truck", "une rampe artisanale"
             r"(?:makeshift|improvised|home-?made|rocket)\s+(?:platforms?|rails?|ramps?)|"
             r"(?:rampes?|plate-?formes?)\s+(?:artisanales?|improvisées?|de fortune))")
_LAUNCHER_FOUND = re.compile(
    r"\b(?:found|discovered|located|seized|spotted|retrouvée?s?|découverte?s?|localisée?s?|saisie?s?|trouvée?s?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?" + _LAUNCHER + r"\b|\b" + _LAUNCHER + r"\b[^.;]{0,90}?\b(?:(?:was|were|been|été|est|sont)\s+"
    r"(?:later\s+|then\s+|ensuite\s+)?(?:found|discovered|located|seized|spotted|retrouvée?s?|découverte?s?|localisée?s?|"
    r"saisie?s?|trouvée?s?))\b|"
    # "the launch site was in the X area", "le site de lancement se trouvait près de X": where it lay, told
    r"\b(?:launch(?:ing)?\s+(?:sites?|points?|pads?|areas?|positions?)|(?:sites?|points?|lieux?|zones?)\s+de\s+"
    r"(?:lancement|tir))\s+(?:was|were|is|lay|had\s+been|était|étaient|est|se\s+trouv\w+|se\s+situ\w+)"
    r"(?:\s+(?:situé\w*|localisé\w*))?(?=\s+(?:in|near|at|outside|dans|à|près|aux?)\b)", re.I)


def _launcher_found(text: str) -> bool:
    """Whether a clause tells of a launcher found somewhere; the cheap word test keeps the regex off most clauses."""
    return ("aunch" in text or "lance" in text or "latform" in text or "rails" in text or "ampe" in text) \
        and _LAUNCHER_FOUND.search(text) is not None  # ("Launch rails ...")


# "launch rails were found in X", "a launcher was discovered near the village of X", "une rampe de lancement a été
# retrouvée à X": the place the found launcher is in (a distance phrase, "6 km south of", is read apart)
_AT_PLACE_END = re.compile(r"\b(?:in|near|at|outside|on the outskirts of|à|près d[eu']|dans|aux abords d[eu']|"
                           # "in an orchard on the edge of X", "en bordure de X", "à la lisière de X": the rim of a place
                           r"(?:on|at)\s+the\s+(?:outer\s+)?(?:edges?|fringes?|rim|periphery)\s+of|en\s+bordure\s+d[eu']|"
                           r"(?:à|sur)\s+la\s+(?:lisière|périphérie)\s+d[eu'])\s*"
                           r"(?:(?:the|la|le|l['’])\s*)?(?:(?:village|town|area|district|region|outskirts|orchards?|farms?|"
                           r"village|ville|localité|région|secteur|zone|quartier|périphérie)\s+(?:of\s+|de\s+|d['’]|du\s+))?$",
                           re.I)


def _launcher_found_at(left: str) -> bool:
    """Whether the words before a name say a launcher was found in it (cheap word tests first).

    ``left`` may reach back past an apposition ("found the launcher used in the attack, a rocket platform
    mounted on a truck, in the town of X"); an impact verb between the launcher and the name ends the look
    ("the launcher was found, and rockets hit the base at X").
    """
    if not ("aunch" in left or "lance" in left or "latform" in left or "rails" in left or "ampe" in left) \
            or _AT_PLACE_END.search(left) is None:
        return False
    last = None
    for last in _LAUNCHER_FOUND.finditer(left):
        pass
    return last is not None and not _HIT_BETWEEN.search(left, last.end())


_HIT_BETWEEN = re.compile(r"\b(?:hit|struck|landed|fell|targeted|exploded|impacted|slammed|visée?s?|frappée?s?|touchée?s?|"
                          r"tombée?s?|abattue?s?)\b|[.;]", re.I)


_KNOWN_AS_ANY = re.compile(_KNOWN_AS.pattern.removesuffix(r"\s*$"), re.I)


def _may_add(text: str, v: dict, found: Optional[frozenset]) -> bool:
    """Could a clause without an attack word add a fact to the incident being told (see :func:`extract`)?

    Only casualties, claims, accusations, a launch point, a count or the name of the facility can: each needs
    its own word, so a clause with none of them needs no further reading.
    """
    return bool(v["no_casualties"].search(text, found) or v["killed"].search(text, found)
                or v["injured"].search(text, found) or v["unclaimed"].search(text, found)
                or v["claimed"].search(text, found) or v["blamed"].search(text, found)
                or "respons" in text and _HELD_RESPONSIBLE.search(text) is not None  # "tient X pour responsable"
                or v["launch"].search(text, found) or _KNOWN_AS_ANY.search(text) or _launcher_found(text)
                or (v["toll_update"] is not None and v["toll_update"].search(text, found))
                or v["count"].search(text, found)  # "Witnesses described four shells landing near the stream"
                # "Officials put the toll at five": a toll with no word of death (see casualties._BARE_TOLL)
                or ("toll" in text or "bilan" in text) and _casualties_module._BARE_TOLL.search(text) is not None
                # "Un second incendie s'est déclaré à l'aéroport": another site of the attack being told
                or (("second" in text or "autre" in text or "another" in text or "third" in text or "troisième" in text
                     or "nouve" in text or "ailleurs" in text or "également" in text or "also" in text or "aussi" in text
                     or "separately" in text) and _SECOND_BLAST.search(text) is not None)
                # "... and three others in Y": more projectiles of the salvo, their noun and verb left out
                or ("other" in text or "more" in text or "autres" in text) and any(p.match(text) for p in _MORE_AT.values()))


@dataclass
class _Read:
    """A clause's first look: its text as analysed, the needles in it, its attack word."""

    text: str
    found: Optional[frozenset]
    event_type: Optional[str]
    trigger: bool


_IRREALIS = {lg: _Gated(re.compile(p, re.I)) for lg, p in L.IRREALIS.items()}
_WORDS_AFTER = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+){0,2}")  # the wanted thing: "à des frappes", "for strikes inside"


# the gap after a threat's day that goes on to tell what it answers ("هددت إسرائيل اليوم الثلاثاء بالرد، بعد يوم من
# هجمات صاروخية على X", "بعد ساعات من", "عقب يومين من"): the threat's reach ends there, the attack after it is told
_AR_IRREALIS_STOP = re.compile(r"،?\s*(?:بعد|عقب)\s+(?:(?:\S+\s+)?(?:أيام|ساعات)|يومين|يوم|ساعة|ساعتين)"
                               r"(?:\s+(?:واحد|فقط))*\s+(?:من|على)(?![\u0621-\u064A])")


def _first_look(raw: str, lang: str) -> _Read:
    text = arabic.clean(raw) if lang == "ar" else raw
    found = _probe(text)  # once per clause, for every prefilter
    etype, trigger = _event_type(text, lang, found)
    if trigger and lang == "ar" and arabic.weapons_only(text):
        etype, trigger = None, False  # weapons shown, held or stored: nothing done with them
    irrealis = _IRREALIS.get(lang)
    if trigger and irrealis is not None and irrealis.possible(found):
        # "lawmakers calling for strikes inside the country": the attack words wanted, threatened or possible
        # are blanked; a clause left with none tells no incident (its other words still count)
        masked, hits = text, False
        for m in irrealis.finditer(text, found):
            w = _WORDS_AFTER.match(text, m.end())
            end = w.end() if w else m.end()
            if lang == "ar" and (gap := _AR_IRREALIS_STOP.search(text, m.start(), end + 16)) is not None \
                    and gap.start() < end and not _event_type(text[m.end():gap.start()], lang)[1]:
                # ("هددت إسرائيل اليوم بالرد، بعد يوم من هجمات على X": the threat ends at the gap; one that names an
                # attack of its own, "هددت بضرب بيروت، بعد يوم من ...", keeps its reach, its place no target)
                end = gap.start()
            masked = masked[:m.start()] + " " * (end - m.start()) + masked[end:]
            hits = True
        if hits:
            m_type, m_trigger = _event_type(masked, lang, _probe(masked))
            if not m_trigger:
                etype, trigger = None, False
    return _Read(text, found, etype, trigger)


# "... fired from a position six kilometres west of X hit a market in the town", "tirée depuis un verger à 5 km à
# l'est de X s'est abattue sur la ville": the town the sentence points back to is the one named by the launch distance
_THE_TOWN_AFTER = re.compile(r"\b(?:in|on|into|at|sur|dans|à)\s+(?:the|la|le)\s+(?:town|city|village|ville|localité)\b"
                             r"(?!\s+(?:of|de|d['’]|du)\b)", re.I)


def _town_of_reference(info: ClauseInfo, text: str) -> None:
    """Make the one place a launch distance is measured from the target, when the impact is "in the town"."""
    refs = [m for m in info.mentions if m.role == "reference" and m.distance_km]
    if len(refs) != 1 or any(m.role in ("launch", "impact") for m in info.mentions):
        return
    ref = refs[0]
    town = _THE_TOWN_AFTER.search(text, ref.end)
    if town is None:
        return
    info.mentions.append(Mention(ref.name, town.start(), town.end(), cue="town", role="target"))


_PART_INTERCEPTED = re.compile(
    r"\b(?:(?:one|two|three|four|five|six|seven|eight|some|several|half|\d+)\s+of\s+(?:them|which)\s+(?:were|was|had\s+been)\s+"
    r"(?:intercept|shot\s+down|downed)|dont\s+(?:une?|deux|trois|quatre|cinq|six|sept|huit|certaine?s|plusieurs|la\s+moitié|\d+)\s+"
    # ("dont 35 missiles ont été abattus", "of which 35 missiles were shot down": the share named by its projectile)
    r"(?:(?:missiles?|drones?|roquettes?|obus|projectiles?|engins?)\s+(?:[\w-]+\s+)?)?"
    r"(?:ont|a|avaient|avait)\s+été\s+(?:intercept|abattue?s|détruite?s)"
    r"|of\s+which\s+(?:one|two|three|four|five|six|seven|eight|some|several|half|\d+)\s+"
    r"(?:missiles?|drones?|rockets?|projectiles?)\s+(?:were|was|had\s+been)\s+(?:intercept|shot\s+down|downed))"
    # "أطلق الحزب 50 صاروخا على X، اعترضت القبة الحديدية عددا منها / بعضها / معظمها": the defence stopped a part of the
    # salvo the clause tells fired (the pronoun "ها" is that salvo), the rest came down ("تصدت الدفاعات لصواريخ
    # العدوان وأسقطت بعضها", with no launch told, stays the interception it tells)
    r"|(?<![\u0621-\u064A])(?:أطلق|اطلق)\S*\s+[^.؛]*?(?<![\u0621-\u064A])[وف]?(?:اعترضت|اعترض|أسقطت|أسقط|تصدت)\s+(?:\S+\s+){0,4}?"
    r"(?:(?:عددا|عدد|جزءا|قسما|بعضا|\d+)\s+منها|(?:بعض|معظم|أغلب|اغلب|غالبية|أكثر|اكثر|نصف)\S*ها)(?![\u0621-\u064A])", re.I)
_SPEAKER_RELATIVE = re.compile(r",\s*(?:qui|which|who)\s+(?:(?:a|ont|avait|avaient|has|have|had|also|aussi)\s+)*$", re.I)


# (enfr49) "Fragments of a downed missile fell on a house in X", "les débris d'un drone abattu sont tombés sur": what
# fell was what was left of a projectile stopped in flight, the interception's impact (its toll is the interception's)
_DEBRIS_OF_DOWNED = re.compile(r"\b(?:debris|fragments?|wreckage|shrapnel|parts?|pieces?|remains|débris|"
                               r"morceaux|éclats|restes|épave)\s+(?:of|from|d['’]|de|des|du)\s*(?:an?|the|une?|l['’]|la|le|"
                               r"les|ces|those|these)?\s*(?:\w+\s+)?(?:downed|intercepted|shot[- ]down|destroyed|"
                               r"drones?\s+abattue?s?|missiles?\s+abattue?s?|roquettes?\s+abattue?s?|\w+\s+interceptée?s?)", re.I)


def analyse_clause(clause: Clause, lang: str, published, previous_date, extra_spans, dates=None, *,
                   read: Optional["_Read"] = None) -> ClauseInfo:
    """The facts of one clause.  ``read`` is the clause's first look, when :func:`extract` took one."""
    v = _vocab(lang)
    read = read or _first_look(clause.text, lang)
    text, found = read.text, read.found
    if lang != "ar" and any(map(text.__contains__, _RUNNING_TOLL_CHEAP)):
        running = _RUNNING_TOLL.search(text)
        if running is not None:  # blanked, offsets kept: the day's or the war's total is not the incident's
            text = text[:running.start()] + " " * (running.end() - running.start()) + text[running.end():]
    relatives = _place_relatives(text, lang)  # what a place has long been, blanked (offsets kept)
    for rs, re_ in relatives:
        text = text[:rs] + " " * (re_ - rs) + text[re_:]
    # kept for later looks at the raw clause: an Arabic clause was probed cleaned, so it gets none
    info = ClauseInfo(clause, found=found if lang != "ar" else None)
    info.event_type, info.trigger = read.event_type, read.trigger
    if info.event_type in ("drone attack", "missile attack", "rocket attack") and v["intercept"].search(text, found) \
            and (not v["impact"].search(text, found) or lang != "ar" and _DEBRIS_OF_DOWNED.search(text)) \
            and not _PART_INTERCEPTED.search(text):
        # stopped in flight: ACLED's "interception" sub-event ("four rockets, two of which were intercepted":
        # only a part stopped, the rest came down; the attack keeps its projectile's type)
        info.event_type = "interception"
    if not info.trigger and lang != "ar" and not _may_add(text, v, found):
        return info  # no attack word and nothing an incident being told could take from it
    if not info.trigger and _NOT_INCIDENT[lang].search(text, found) if lang in _NOT_INCIDENT else False:
        # (H-neg22) a test, a drill or a report called false ("test-fired two missiles from X"): its counts and
        # places are not the incident's being told either
        return info
    # A generic word ("a series of attacks") does not make a clause generic when it gives a count or a day.
    info.generic = bool(v["generic"].search(text, found))
    # "l'une des plus meurtrières depuis le début de la guerre en 2011": a record's span, read whether or not the
    # clause is generic (its dates are dropped below); the cheap look first, the pattern is long
    first = _FIRST_SINCE.search(text) if lang != "ar" and ("since" in text or "depuis" in text) else None
    record_scope = first is not None and info.generic  # a generic clause's record: its places are the scope too
    if record_scope:
        info.generic = bool(v["generic"].search(text[:first.start()] + " " * (first.end() - first.start())
                                                 + text[first.end():]))
    info.new_marker = bool(v["new"].search(text, found)) or (lang == "ar" and arabic.additive(text))
    info.impact_verb = bool(v["impact"].search(text, found))
    condemn = v["condemn"].search(text, found) if info.trigger else None
    info.mentions = _arabic_mentions(text, found) if lang == "ar" else find_mentions(text, lang, extra_spans, found)
    if condemn is not None and lang != "ar" and _SPEAKER_RELATIVE.search(text, max(0, condemn.start() - 40), condemn.start()) \
            and any(m.role == "target" and m.end <= condemn.start() - 40 for m in info.mentions):
        # "a drone was shot down near X, the command said, which denounced an attack": the condemnation sits in
        # a relative on the speaker after the report; the report before it is told in its own right
        condemn = None
    info.condemns = condemn is not None
    if lang != "ar" and info.trigger and ("town" in text or "city" in text or "village" in text or "ville" in text
                                          or "localité" in text) and not any(m.role == "target" for m in info.mentions):
        _town_of_reference(info, text)
    if record_scope:  # "the first deaths in the Middle East since ...": the scope of a record, not a target
        info.mentions = [m for m in info.mentions if not first.start() <= m.start < first.end()]
    if lang == "fr" and info.trigger and "du pays" in text and not any(m.role == "target" for m in info.mentions):
        _part_of_country_named(info, text)  # "Israël a accusé le Hezbollah d'avoir tiré ... sur le nord du pays"
    info.anaphoric = bool(_anaphora(text, lang, found))
    if lang == "ar":
        c = arabic.count(text)
        if c == (1, None) and _AR_ARMED_DRONE.search(text) and not _drone_fired_one(text):
            c = None  # "مسيرة تركية استهدفت سيارة": an armed drone's strike, its munitions uncounted
        if c is None and ("غار" in text or "ضرب" in text):
            c = _ar_strike_count(text)
        if c is not None and "بعد" in text and (earlier := _AR_DAYS_AFTER.search(text)) is not None \
                and _AR_PROJECTILE_HEAD.search(text, 0, earlier.start()):
            # "سقطت صواريخ على X، بعد يومين من هجوم بطائرة مسيرة على القاعدة": the figure told after "days after"
            # is the earlier attack's; the clause keeps only what comes before it
            c = arabic.count(text[:earlier.start()])
        info.count = (c[0], c[1], False) if c else None
        if c is not None and _period_tally(text):
            info.count = None  # "وأطلقوا أكثر من 40 صاروخا على المدينة منذ يناير": a tally, no incident's figure
        if c is None:  # "فيما سقط ثالث في أرض خلاء": one more than the ones just counted (see _ordinal_follows)
            info.ordinal = arabic.ordinal_more(text)
    else:
        info.count = _count(text, lang, found)
        if info.count is not None and _period_tally(text):
            info.count = None  # "have fired more than 40 rockets at the city since January": a tally
        if info.count is None or info.count[0] == 1:
            info.ordinal = _ordinal_more(text, lang)
        elif not info.count[2] and not info.count[1] and 1 < info.count[0] < 10 \
                and _ordinal_more(text, lang) == info.count[0] + 1:
            # "Two drones exploded over the airport, and a third was shot down", "deux roquettes ..., tandis
            # qu'une troisième est tombée": one more than the figure, in the same clause
            info.count = (info.count[0] + 1, None, False)
    info.weapon = _weapon(text, found)
    info.dates = list(dates) if dates is not None else find_dates(text, lang, published, previous_date)
    if relatives:  # ("since 2014" of "Sanaa, which the group has held since 2014")
        info.dates = [d for d in info.dates if not any(s <= d.start < e for s, e in relatives)]
    if lang != "ar":  # "depuis le 17 octobre", "since 3 March": the start of a period, not an incident's day
        info.dates = [replace(d, since=True) if not d.since and _SINCE_BEFORE.search(text[max(0, d.start - 14):d.start])
                      else d for d in info.dates]
        if any(d.since for d in info.dates) and v["launch"].search(text, found):
            # "deux drones tirés depuis le Yémen ont été abattus dimanche": "depuis" of a launch point, not a period
            info.dates = [replace(d, since=False) if d.since and not _SINCE_BEFORE.search(text[max(0, d.start - 14):d.start])
                          and _LAUNCH_FROM_BEFORE.search(text[max(0, d.start - 90):d.start]) else d for d in info.dates]
    # a funeral, trial or visit telling an attack through its victims: its own look at places and days (cheap look inside)
    ceremony = info.trigger and _ceremony_frame(info, text, lang)
    if info.dates and not ceremony and any(map(text.__contains__, _FUNERAL_WORDS)):  # a cheap look before the pattern
        # "Mourners on Monday buried the victims of Sunday's strike", "ont assisté dimanche aux funérailles des
        # victimes": the day of the funeral told, not of the incident
        rites = [m.span() for m in _FUNERAL.finditer(text)]
        if rites:
            info.dates = [d for d in info.dates if not any(-45 < d.start - e < 30 or -45 < s - d.end < 30
                                                           for s, e in rites)]
    record = _record_span(text, lang) if first is not None else None
    if record is not None:  # "the worst attack since the war began in 2011": the record's start, never the incident's day
        info.dates = [d for d in info.dates if not record.start() <= d.start < record.end()]
    if lang == "ar":  # "أعلنت الوزارة، السبت، ...": the day of the statement, not of the incident
        info.dates = arabic.incident_dates(text, info.dates)
    dateline_end = max((d.end for d in info.dates if d.kind == "dateline"), default=0)
    if dateline_end:  # "KUWAIT CITY, May 3 (Reuters) -": where the report was filed, not a place of the incident
        info.mentions = [m for m in info.mentions if m.start >= dateline_end]
    # (not the day a source spoke: "The IDF said on Monday it has struck 3,000 targets since October" is a tally)
    # (English only: a French "depuis" clause of a blind passage was an incident of its own)
    tally = lang == "en" and "since" in text
    if info.generic and (info.count or any(d.span and d.span.precision == "day" and not d.since
                                           and not (tally and _said_day(text, d, lang)) for d in info.dates)):
        info.generic = False
    if any(map(text.__contains__, _EARLIER_ATTACK_WORDS)) and _DENIAL_OF_EARLIER.search(text) \
            and (v["no_casualties"].search(text, found) or (lang == "ar" and arabic.no_casualties(text))):
        # "A previous attack on the city caused no casualties", "une précédente frappe n'avait pas fait de victimes",
        # "وكان هجوم سابق لم يسفر عن إصابات": the zero of an earlier incident, not of the one being told
        info.killed, info.injured = [], []
    elif v["no_casualties"].search(text, found) or (lang == "ar" and arabic.no_casualties(text)):
        scope = _denial_scope(text)
        if lang == "ar" and arabic.denial_of_another(text):
            # "والثانية لم تسفر عن إصابات": the denial of another projectile; after a toll of the incident it
            # is that projectile's alone (see _add_facts), a figure stated beside it still holds
            scope = ()
            info.killed, info.injured = ([f if f[0] else (0, "another") for f in arabic.casualties(text, k)]
                                         for k in ("killed", "injured"))
        if lang == "ar" and len(scope) == 2:
            # "أسفر عن مقتل شخص ولم تسجل إصابات": a figure stated beside the denial is not denied
            stated = {k: arabic.casualties(text, k) for k in scope}
            if any(stated.values()):
                info.killed, info.injured = stated["killed"], stated["injured"]
                scope = tuple(k for k in scope if not stated[k])
        if "killed" in scope:
            info.killed.append((0, None))
        elif lang != "ar":  # "One civilian was lightly injured and there were no deaths"
            info.killed = _casualties(text, lang, "killed", found)
            if not info.killed:
                # "shot down, causing no injuries", "sans faire de blessés": an attack that hurt no one killed
                # no one either; the zero is implied, so a death told elsewhere of the incident replaces it.
                # A denial for one group ("No American personnel were hurt") implies it too when it is all the
                # report says of casualties (writers annotate 0/0); after a toll of others it is dropped (_add_facts)
                info.killed = [(0, "implied")]
        if "injured" in scope:
            info.injured.append((0, None))
        elif lang != "ar":
            info.injured = _casualties(text, lang, "injured", found)
        if _NO_ONE_ELSE.search(text):
            # "No one else was hurt": none besides the victims told, so each zero holds only where no figure is
            info.killed = [(n, "implied" if n == 0 else q) for n, q in info.killed]
            info.injured = [(n, "implied" if n == 0 else q) for n, q in info.injured]
    elif lang == "ar":
        info.killed = arabic.casualties(text, "killed")
        info.injured = arabic.casualties(text, "injured")
    else:
        info.killed = _casualties(text, lang, "killed", found)
        info.injured = _casualties(text, lang, "injured", found)
    _mark_claimed(info, text, lang)
    if arabic.toll_update(text) if lang == "ar" else v["toll_update"].search(text, found):
        _mark_revised(info, text, lang, v, found)
    elif v.get("earlier_toll") is not None and (info.killed or info.injured) \
            and (v["earlier_toll"].search(text, found) or _earlier_report(text, lang)) \
            and not any(q == "revised" for _, q in info.killed + info.injured) \
            and not _told_before_earlier(text, v, found):  # (a first toll and its revision)
        info.earlier_toll = True
    if v["unclaimed"].search(text, found) or lang != "ar" and _CLAIM_DENIED.search(text):
        info.unclaimed = True
    elif lang != "ar" and _CLAIM_PAST.search(text):
        pass  # "X has claimed similar attacks in the past": the group's record, no claim of the incident told
    elif lang == "ar" and _AR_CLAIM_PAST.search(text):
        pass  # "وسبق أن تبنت X هجمات مماثلة": the group's record, no claim of the incident told
    elif v["claimed"].search(text, found):
        # the state a claim phrase itself names ("the United States claimed responsibility") is the claimant,
        # not the group of the victims named elsewhere in the clause
        claim = v["claimed"].search(text, found)
        names = _claiming_state(claim.group(0), lang) or (_claim_subject_state(text, claim, lang) if lang != "ar" else []) \
            or _actors_in(text, found)
        if not names and lang == "ar":
            names = _arabic_claimant(text, v["claimed"].search(text, found))
        if not names:
            m = v["claim_name"].search(text)
            if m:
                names = [m.group("n")]
        if not names and lang == "en":
            names = _claim_subject_name(text, claim)
            info.claim_anaphor = not names and _CLAIM_ANAPHOR.search(text, max(0, claim.start() - 60),
                                                                      claim.start()) is not None
        info.claimed_by = names
    elif lang != "ar" and any(w in text for w in _SELF_CLAIM_WORDS) and any(w in text for w in _SELF_CLAIM_DEEDS):
        info.claimed_by = _self_claimant(text, lang)
    elif lang == "ar" and ("إن" in text or "أن" in text or "زعم" in text or "ادع" in text or "علن" in text
                           or "جاهد" in text or "قاتل" in text):
        info.claimed_by = _arabic_self_claimant(text) if find_actors(text, found) else []
    if lang == "ar" and not info.claimed_by and not info.unclaimed and ("مجاهد" in text or "نف" in text or "بيان" in text):
        info.claimed_by = _arabic_own_account(text, found)
    if lang == "ar" and not info.claimed_by and not info.unclaimed and info.trigger:
        info.claimed_by = _arabic_narrated_deed(text, found)
    if lang == "en" and not info.claimed_by and not info.unclaimed and any(map(text.__contains__, _SELF_CLAIM_DEEDS)) \
            and not _OTHER_VOICE_EN.search(text):
        info.claimed_by = _english_own_account(text, found)
    for m in (() if lang == "ar" else v["blamed"].finditer(text, found)):
        if _BLAME_OF_DEED.match(text, m.end()) or _BLAME_PAST.search(m.group(0)):
            accused = _passive_accused(text, m, lang, found)
            if accused:
                info.blamed_on.append(accused)
            continue  # "accused of corruption", "accusé d'avoir ...", "accusé par Ankara": the accused is told elsewhere
        adjective = _SUSPECTED_DEED.match(text, m.end()) if m.group(0)[:9].lower() == "suspected" else None
        if adjective is not None:
            # "Suspected Israeli airstrikes hit X", "suspected U.S.-led strikes": the adjective of the attack noun, its
            # modifier the accused (a state by its demonym), never the clause after it
            mod = adjective.group("mod").strip()
            base = _LED_SUFFIX.sub("", mod)
            named = find_actors(mod, found)
            accused = canonical_state(base) or canonical_state(base + " aircraft") \
                or (named and canonical_actors([named[0][2]])[0])
            if accused:
                info.blamed_on.append(accused)
            continue
        # (the accused quoted: 'blamed "regime-backed militias"', "imputé à des « groupes armés »")
        np = _cut_blamed(_noun_phrase(_QUOTE_OPEN.sub(r"\1", text[m.end():], count=1)))
        actors = _actors_in(text[m.end():m.end() + 120], found)
        if np and _CAUSE_NOT_ACTOR.match(np):
            # "une explosion ... que le groupe a attribuée à une frappe de drone", "attributed it to a drone strike":
            # the cause of a blast is an attack, no one accused of it (unless the attack names its doer: "attributed
            # to a drone strike by Kataib Hezbollah")
            doers = _actors_in(np, None)
            if doers:
                info.blamed_on.append(doers[0])
            continue
        if np and _BARE_KIND_ACCUSED.fullmatch(np):
            # "l'armée, qui accuse les paramilitaires", "blamed the rebels": a kind of fighters, no name; the group of
            # that kind the clause names is meant ("les Forces de soutien rapide (FSR)"), else no one is named
            named = [a for a in _actors_in(text, found) if a not in _STATE_NAMES]
            if len(named) == 1:
                info.blamed_on.append(named[0])
            continue
        if np:
            info.blamed_on.append(actors[0] if actors and len(np) > 60 else np)
    held = _HELD_RESPONSIBLE.search(text) if lang != "ar" and "respons" in text else None
    if held and not info.blamed_on:
        np = _cut_blamed(_noun_phrase(held.group("n") or held.group("n2")))
        if np:
            info.blamed_on.append(np)
    if lang == "ar":
        for accused in arabic.blamed(text):
            deed = _AR_OTHER_DEED.search(accused)
            if deed is not None:
                if not deed.group("attack"):
                    continue  # "اتهمت أربيل بغداد بالتقاعس", "بتأجيج الاحتجاجات": accused of another deed than the attack
                accused = accused[:deed.start()].strip()
            accused = _ar_drop_accuser(accused)
            actors = _actors_in(accused)
            info.blamed_on.append(actors[0] if actors else accused)
    if not info.claimed_by and not info.blamed_on:
        info.blamed_on = _attributed_group(text, lang, found)
    if info.claimed_by or info.blamed_on:
        # one name per actor ("Tehran", "Téhéran", "طهران" -> Iran; "IS militants" -> Islamic State): the
        # article's wording stays in the evidence sentence
        info.claimed_by = canonical_actors(info.claimed_by)
        info.blamed_on = canonical_actors(info.blamed_on)
    if info.event_type == "airstrike":
        for pattern, actor in _STATE_ACTORS:
            if pattern.search(text):
                info.attacker.append(actor)
                break
    launch_word = v["launch"].search(text, found) or _launcher_found(text)
    if launch_word and info.launch is None and ("terri" in text or "soil" in text or "sol " in text):
        _territory_launch(info, text)  # "fired from Syrian territory": the country of the adjective
    if info.launch is None and info.event_type in _STATE_LAUNCH_TYPES \
            and ("lanc" in text or "tir" in text or "fired" in text or "launched" in text or "طلق" in text):
        _state_launch(info, text, lang)  # "l'Iran a lancé 300 drones vers Israël": the country that launched them
    if lang in ("en", "fr") and info.event_type == "interception" and ("ntercept" in text or "down" in text
                                                                       or "abattu" in text or "détruit" in text):
        _state_intercepted(info, text, lang)  # "Israel said it intercepted most of the missiles": over the interceptor's land
    elif lang == "ar" and info.event_type == "interception" and ("اعترا" in text or "اعترض" in text or "سقا" in text
                                                                 or "أسقط" in text or "تصد" in text):
        _ar_state_intercepted(info, text)  # "أعلن الجيش الإسرائيلي اعتراض صواريخ": over the interceptor's land
    if isinstance(launch_word, re.Match) and info.launch is None and "capital" in text:
        cap = _CAPITAL_AFTER_FROM.match(text, launch_word.end())
        if cap is not None:  # "launched from the Yemeni capital Sanaa": the capital named is the launch site
            info.mentions.append(Mention(cap.group("name"), cap.start("name"), cap.end("name"), "city", role="launch"))
    lm = v["launch_dir"].search(text, found) if launch_word or _LAUNCH_HINT.search(text) else None
    if not launch_word and info.launch is None and lang != "ar" and (" from " in text or "depuis" in text):
        # "rockets were fired at the X air base from the north", "from an area 10 km north of the base": the target
        # parts the verb from its "from" (more words than LAUNCH's); only a bearing told right after "from" is read
        far = _FIRED_THEN_FROM.search(text)
        lm = v["launch_dir"]._plain.search(text, far.start("from"), far.end() + 40) if far is not None else None
        if lm is not None and "," not in text[far.end():lm.start()]:
            launch_word = far
        else:
            lm = None
    if lm and isinstance(launch_word, re.Match) and lm.start() < launch_word.start():
        # "سقطت قذيفتا هاون على معسكر التاجي شمال بغداد، أطلقتا من جهة الشرق": a bearing before the launch words
        # places the target; the launch's is the one after them, when one is told
        lm = v["launch_dir"]._plain.search(text, launch_word.start()) or lm
    if lm and info.launch:
        info.launch_direction = _direction_word(lm.group("dir"))
        if info.launch.distance_km is None:  # "from the village of X, about 8 km east of the base"
            km, way = _launch_distance(text, lang, v, found, named=True)
            if km and lang == "ar" and (info.launch.cue == "country" or info.launch.name in _COUNTRY_NAMES) \
                    and _AR_FROM_THE_TARGET.search(text, info.launch.end):
                # "أطلقا من لبنان على X ... أطلقا من منطقة تبعد نحو 5 كيلومترات شمال المدينة": the distance is told
                # from the target (the town, unnamed), a point finer than the country, as English "to the north"
                info.launch_from_target = (km, way)
            elif km:
                info.launch.distance_km = km
                info.launch_direction = way
            elif lang == "en" and " to the " in text and (dd := _EN_DISTANCE_TO.search(text, info.launch.end)):
                info.launch_from_target = (_distance_km(dd, lang), _direction_word(dd.group("dir")))
    elif lm and launch_word and not info.generic:
        # "fired from an area east of the base", "انطلقتا من منطقة تقع جنوب غرب القاعدة": no name, a direction
        info.launch_direction = _direction_word(lm.group("dir"))
        km, way = _launch_distance(text, lang, v, found)
        if km:
            info.launch_distance_km, info.launch_direction = km, way
        if lang != "ar":
            # (after the "from" of a verb the target parts from it: "fired at a base north of X from an area 5 km
            # south of Y")
            _name_launch_reference(info, (launch_word.start("from") if launch_word.re is _FIRED_THEN_FROM
                                          else launch_word.start()) if isinstance(launch_word, re.Match) else 0)
    acc = v["according"].search(text, found)
    if acc:
        info.according_to = acc.group("who").strip()
    anniv = arabic.anniversary(text) if lang == "ar" else None
    if anniv is not None:
        # "ويأتي الهجوم في الذكرى الأولى للهجوم على X الذي أوقع قتيلين": X and its toll are the old attack's
        info.mentions = [m for m in info.mentions if m.start < anniv]
        info.killed, info.injured = (arabic.casualties(text[:anniv], k) for k in ("killed", "injured"))
        if not any(m.role == "target" for m in info.mentions) or not _event_type(text[:anniv], lang)[1]:
            # ("أحيا أهالي X الذكرى الخامسة للقصف": X commemorates; the only attack word is the old one's)
            info.generic = True
    if lang != "ar" and info.trigger and not info.dates and ("date" in text or "when" in text or "quand" in text) \
            and _NO_DATE_TOLD.search(text):
        # "il affirme avoir aussi visé la base X, sans donner de date", "without saying when": a claim whose
        # teller gives no day is not an incident one can place in time
        info.generic = True
    if info.trigger and not info.generic and lang != "ar" and any(m.role == "reference" for m in info.mentions):
        _near_reference_is_site(info, text)
    elif info.trigger and not info.generic and lang == "ar" and not any(m.role == "target" for m in info.mentions):
        _ar_bearing_is_site(info, text)
    if info.trigger and not info.generic and lang != "ar" and ("iren" in text or "irène" in text or "lert" in text):
        _alert_area_yields(info, text)
    if info.trigger and not info.generic:
        info.sites = _arabic_sites(info) if lang == "ar" else (_sites(text, lang, info) or _conjunct_sites(text, info))
        if not info.sites and lang != "ar":
            info.sites = _area_sites(text, info)
            info.area_list = bool(info.sites)
        elif info.sites and all(m.cue == "province" for m, _ in info.sites) \
                and (lang != "ar" or info.event_type == "interception"):
            # the regions of a defence ministry's tally (see _conjunct_sites; "فوق مقاطعات X وY وZ", _arabic_sites),
            # each a site told
            info.area_list = True
    return info


_TOLD_HAD_HIT = re.compile(r"\b(?:said|says|announced|stated|added)\b[^.;]{0,80}?\b(?:had|have|has)\s+(?:\w+\s+)?"
                           r"(?:targeted|hit|struck|attacked|bombed|shelled|launched|fired)\b", re.I)
# the verb of impact right after an anaphoric subject ("The strikes hit ...", "Les frappes ont touché ..."): a plain
# past, not a pluperfect ("had hit" retells)
_ANAPHOR_HITS = re.compile(r"\s+(?:(?:also|then|ensuite|aussi|également)\s+)?(?:hit|struck|targeted|pounded|slammed\s+into|"
                           r"landed\s+(?:in|on|near)|fell\s+(?:on|in|near)|ont\s+(?:aussi\s+|également\s+)?(?:touché|frappé|"
                           r"visé|pilonné|ciblé)|se\s+sont\s+abattue?s\s+sur|sont\s+tombée?s\s+sur)\b", re.I)
_AREAS_AFTER = re.compile(r"\s+(?:governorates|provinces|districts|regions|areas|gouvernorats|régions)\b", re.I)


# The gap between two areas each told with its own area noun: "la région de X et la province de Y", "dans la province de
# X et dans celle de Y", "the X region and Y province", "X province and the Y countryside" (the noun after the second
# name is read by ``_AREA_NOUN_AFTER``)
_AREA_NOUNS = r"(?:province|région|gouvernorat|district|campagne|périphérie|secteur|governorate|region|countryside|outskirts)"
_AREA_PAIR_GAP = re.compile(
    r"\s+(?:" + _AREA_NOUNS + r"\s+)?(?:and|et)\s+(?:(?:in|dans|sur|on)\s+)?(?:(?:la|le|les|the)\s+|l['’])?"
    r"(?:" + _AREA_NOUNS + r"\s+(?:de\s+|d['’]|du\s+|of\s+)|celle\s+(?:de\s+|d['’]))?", re.I)
_AREA_NOUN_AFTER = re.compile(r"\s+" + _AREA_NOUNS + r"\b", re.I)
_AREA_NOUN_BEFORE = re.compile(_AREA_NOUNS + r"\s+(?:de\s+|d['’]|du\s+|of\s+)?$", re.I)


def _area_sites(text: str, info: ClauseInfo) -> list:
    """The two areas of "des frappes ont visé la région de Damas et la province de Homs": each a site of its own.

    Areas are no separate sites when one is joined bare to the other ("les provinces de X et Y", "X and Y
    provinces": one sweep of strikes told by its region); but each told with an area noun of its own is another
    object of the same attack word, as two districts in an Arabic dual are (:func:`_arabic_sites`).  Countries stay
    out ("en Irak et en Syrie": the scope of a campaign, no place one can put a strike on).
    """
    targets = [m for m in info.mentions if m.role == "target"]
    if len(targets) != 2 or any(m.adversary for m in targets) \
            or not any(m.cue in ("province", "district") for m in targets):
        return []
    # (a name with no cue of its own reads as an area by the noun after it, "the X region", or "celle de" before it)
    areas = [m for m in targets if m.cue in ("province", "district") or m.cue is None and (
        _AREA_NOUN_AFTER.match(text, m.end) or text.endswith(("celle de ", "celle d'", "celle d’"), 0, m.start))]
    if len(areas) != 2:
        return []
    a, b = areas
    gap = _AREA_PAIR_GAP.fullmatch(text, a.end, b.start)
    if gap is None or _same_place(a.name, b.name):
        return []
    # each name carries its own noun: before it ("la région de X") or after it ("the X region")
    own = [_AREA_NOUN_AFTER.match(text, m.end) is not None
           or _AREA_NOUN_BEFORE.search(text, max(0, m.start - 20), m.start) is not None
           or (m is b and "celle" in gap.group(0)) for m in (a, b)]
    return [(a, None), (b, None)] if all(own) else []


def _conjunct_sites(text: str, info: ClauseInfo) -> list:
    """The sites of "hit X and Y", "les villes de X et Y", "targeted X, Y and Z": each named target a site.

    A name joined to the clause's target by a bare coordinator (see :func:`find_mentions`) is another object
    of the same attack word; areas (provinces, countries) and one place told twice are no separate sites.
    """
    primary = info.target
    # ("shot down 41 drones over the X, Y and Z regions": a defence ministry's tally of the regions its air defences
    # met drones over, each a site, though the plural noun makes each name a region's)
    regions = info.event_type == "interception" and primary is not None and primary.cue == "province"
    if primary is None or primary.cue in _AREA_CUES and not regions or primary.adversary \
            or primary.coordinated_with is None and not any(m.coordinated_with is primary for m in info.mentions):
        return []
    anaphora = _ATTACK_ANAPHORA.search(text)
    if anaphora is not None and _ANAPHOR_HITS.match(text, anaphora.end()):
        anaphora = None  # "The strikes hit X, Y and Z": the attack just told, as the subject of its impact verb
    if _CLAIMANT_ACCOUNT.search(text) or _TOLD_HAD_HIT.search(text) or anaphora:
        # "claimed the attacks on X and Y", "said the rebels had targeted X, Y and Z": the attacks retold or
        # the list a claimant gives are no new sites one can place (each told site has its own account)
        return []
    head = primary.coordinated_with or primary
    group = [m for m in info.mentions if m.role == "target" and (m.cue not in _AREA_CUES or regions and m.cue == "province")
             and not m.adversary and (m is head or m.coordinated_with is head)]
    # ("X and Y provinces" is one sweep of strikes told by its region; but "shot down 41 drones over the X, Y and Z
    # regions" is a defence ministry's tally of the regions its air defences met drones over, each a site)
    if len(group) < 2 or primary not in group \
            or _AREAS_AFTER.match(text, group[-1].end) and info.event_type != "interception" \
            or any(_same_place(a.name, b.name) for i, a in enumerate(group) for b in group[i + 1:]):
        return []
    return [(m, None) for m in group]


# the cheap look before the ceremony patterns (lower-cased clause; Arabic as written)
_CEREMONY_NEEDLES = {
    "en": ("buri", "bury", "uneral", "mourn", "laid to rest", "vigil", "memorial", "commemorat", "ceremon", "tribute",
           "respects", "visit", "bedside", "trial", "verdict", "sentenced", "convicted", "acquitted", "anniversary"),
    "fr": ("funérailles", "obsèques", "enterr", "inhum", "cortège", "veillée", "hommage", "commémor", "cérémonie",
           "recueill", "visite", "visit", "chevet", "procès", "verdict", "tribunal", "anniversaire"),
    "ar": ("شي", "جناز", "جنائز", "مراسم", "عزاء", "دفن", "ذكرى", "زار", "زيارة", "محكمة", "محاكمة"),
}


_ANNIVERSARY = re.compile(r"anniversa", re.I)
# an attack word whose object is the rite: "attack on a graduation ceremony", "hit the funeral", "a visé un cortège"
_RITE_HIT = re.compile(r"\S*\s+(?:(?:on|at|against|into|targeting|during|upon|contre|sur|visant|pendant|lors\s+d['’])\s+)?"
                       r"(?:\w+\s+)?(?:the|an?|une?|la|le|les|l['’]|des|du|d['’])\s*(?:[\w-]+\s+){0,2}$", re.I)


@lru_cache(maxsize=3)
def _ceremony_patterns(lang: str) -> tuple:
    lg = lang if lang in L.CEREMONY else "en"
    return re.compile(L.CEREMONY[lg], re.I), re.compile(L.CEREMONY_VICTIMS[lg], re.I)


def _ceremony_frame(info: ClauseInfo, text: str, lang: str) -> bool:
    """Keep a ceremony's own place and day off the attack a funeral, trial or visit sentence tells.

    A journalist tells a funeral, a memorial, a verdict or a minister's visit in the main clause ("Mourners in X
    on Tuesday buried ...", "Un tribunal de X a condamné lundi ...", "شيّع الآلاف في X ...") and the attack only
    through the people it hit, in a participle or relative ("... fighters killed when a drone struck near Y on
    Sunday", "... tués lundi dans une frappe près de Y", "... الذين قضوا في غارة على Y"). The stretch of the
    ceremony, from the sentence start (or from the rite word when the attack was told first) to the first word
    of the victims or of the attack, holds the rite's place and day: its places are demoted to descriptive when
    the attack's own stretch names a target, and its dates are dropped when a date or a place is told for the
    attack, so the attack's day (or the span a bare "last week" says) is the one kept.

    Parameters
    ----------
    info : ClauseInfo
        The clause's facts so far (mentions and dates are edited in place).
    text : str
        The clause text the mentions' and dates' offsets refer to.
    lang : str
        The language code.

    Returns
    -------
    bool
        Whether the clause was read as a ceremony telling an attack (its dates are then decided here).
    """
    low = text if lang == "ar" else text.lower()
    if not any(map(low.__contains__, _CEREMONY_NEEDLES.get(lang, _CEREMONY_NEEDLES["en"]))):
        return False
    rite_pat, victims_pat = _ceremony_patterns(lang)
    rite = rite_pat.search(text)
    if rite is None:
        return False
    v = _vocab(lang)
    # where the attack is told: its victims, or an attack or projectile word
    splits = [m.start() for m in victims_pat.finditer(text)]
    for pattern, _ in v["attack"] + v["projectiles"]:
        splits.extend(m.start() for m in pattern.finditer(text, info.found))
    after = [p for p in splits if p >= rite.end()]
    if not after:
        return False  # nothing of an attack follows the rite: the clause is told otherwise
    before = [p for p in splits if p < rite.start()]
    if before and _RITE_HIT.match(text, max(before), rite.start()) and lang != "ar":
        return False  # "a rocket hit the funeral in X", "une frappe a visé mercredi un cortège": the rite was the target
    if before:
        lo = rite.start()  # "the three killed in Sunday's strike near Y were buried in X on Monday"
    else:
        lo = 0  # "Mourners in X on Tuesday buried ...", "Un tribunal de X a jugé ..."
    hi = min(after)
    inside = [m for m in info.mentions if m.role == "target" and lo <= m.start < hi]
    told = [m for m in info.mentions if m.role == "target" and not lo <= m.start < hi]
    if inside and told:
        for m in inside:
            m.role = "descriptive"
    if lo == 0 and lang != "ar" and _ANNIVERSARY.match(rite.group(0)):
        # "gathered to mark the second anniversary of the bombing of X": a yearly rite tells an attack a year old
        # or more, not one of this week (the Arabic "ذكرى" is read by arabic.anniversary)
        for m in info.mentions:
            m.role = "descriptive" if m.role == "target" else m.role
        info.generic = True
        # the day of the gathering goes; a day told after the rite word is the old attack's and dates it as old
        info.dates = [d for d in info.dates if d.start >= rite.start() or d.kind == "dateline"]
        return True
    # the rite's day goes when the attack is told in its own words; a dateline stays (it says where the report was filed)
    dated = [d for d in info.dates if not lo <= d.start < hi or d.kind == "dateline"]
    if told or len(dated) > sum(d.kind == "dateline" for d in info.dates):
        info.dates = dated
    return True


# "from an area east of X", "depuis une zone au sud de X": the place by which a launch point is told
_FROM_NEAR = re.compile(r"\b(?:from|depuis|d['’]où)\b[^,;]{0,40}$", re.I)


# the verb of where a projectile came down, before the place it names: "fell in an open area near X", "landed in X",
# "hit a house in X", "tombée dans un champ près de X"
_CAME_DOWN_BEFORE = re.compile(r"\b(?:fell|landed|crashed|impacted|exploded|struck|hit|slammed\s+into|tomb\w*|"
                               r"touch\w*|s['’]est\s+écras\w*|abattue?s?)\b[^.;]{0,60}$", re.I)


def _alert_area_yields(info: ClauseInfo, text: str) -> None:
    """Where the sirens sounded is no target when the clause tells where the projectile came down.

    "Sirens sounded in the Upper Galilee after a rocket was launched from Lebanon and fell in an open area near
    Metula": the area warned is wider than the spot hit; the place after the verb of landing is the event's.
    """
    heard = _SIRENS_IN.search(text)
    if heard is None:
        return
    warned = [m for m in info.mentions if m.role == "target" and heard.end() - 1 <= m.start < heard.end() + 40]
    if not warned:
        return
    down = [m for m in info.mentions if m.role == "target" and m.start > warned[-1].end
            and _CAME_DOWN_BEFORE.search(text, warned[-1].end, m.start)]
    if down:
        for m in warned:
            m.role = "descriptive"


def _near_reference_is_site(info: ClauseInfo, text: str) -> None:
    """A place told only as the bearing of what was hit, with no distance, is where the attack happened.

    "two missiles hit farmland east of X", "sur un terrain agricole à l'est de X": with no distance the
    spot lies at the edge of X, which is the place a reader (and a map) gives the incident.  A distance
    ("20 km west of X") keeps X a reference, and so does the bearing of a launch point ("from an area
    north of X").
    """
    spread = []  # bearings of several spots ("positions south of X"), nothing else keeping them references
    for m in info.mentions:
        if m.role != "reference" or m.distance_km is not None or m.cue in ("province", "country"):
            continue
        left = text[max(0, m.start - 70):m.start]
        if _FROM_NEAR.search(left) or _UNIT_NEAR.search(left[-45:]) \
                or _GLOSS_BEARING.search(left) or any(o is not m and 0 <= m.start - o.end < 35 for o in info.mentions):
            # (a launch point's bearing; "about 11 kilometers (7 miles) southeast of X"; "the X air base north of
            # Y": X is the site; "a base ..., south of X": a bearing set off by a comma locates a region, not an
            # edge of X)
            continue
        many = _MANY_BEFORE.search(text, max(0, m.start - 110), m.start)
        if many is not None:
            # "two facilities ... south of X": several spots over an area, which the report goes on to name; a bare
            # plural ("positions south of X") may be all it tells (see below)
            if _SPOTS_NOUN.match(many.group(0)) or _FIRED_AT_PLURAL.search(text, max(0, m.start - 110), m.start):
                spread.append(m)
            continue
        m.role = "target"
    if any(m.role == "target" for m in info.mentions):
        return
    if len(spread) == 1 and sum(m.role == "reference" for m in info.mentions) == 1:
        # "an Israeli strike on positions south of Damascus", "jets struck targets west of X": the spots of an attack
        # told by one bearing and no other place; the area around X is all the report gives, where it happened
        spread[0].role = "target"
        return
    # "une frappe a tué quatre personnes à 10 km au nord de X", "a strike hit a house 10 km north of X": no other
    # place told, the spot at that distance from X is where it happened (the resolver computes the point from the
    # distance and the bearing); a launch point's position ("tirées depuis une zone à 5 km de X") stays a reference
    far = [m for m in info.mentions if m.role == "reference" and m.distance_km is not None
           and m.cue not in ("province", "country") and not _FROM_NEAR.search(text, max(0, m.start - 70), m.start)]
    if len(far) == 1 and len([m for m in info.mentions if m.role == "reference"]) == 1:
        far[0].role = "target"


_AR_FROM_BEARING = re.compile(r"(?:طلق|طلاق|(?<![\u0621-\u064A])من\s+(?:ال)?[\u0621-\u064A]+(?:\s+(?:ال)?[\u0621-\u064A]+)?\s*$)")


def _ar_bearing_is_site(info: ClauseInfo, text: str) -> None:
    """Arabic: the one place of a clause, told only by a bearing with no distance, is where the attack happened.

    "سقطت صواريخ جنوبي X", "استهدفت غارة منطقة شمال شرقي X": with no other place and no distance the spot lies at
    the edge of X (as :func:`_near_reference_is_site` for English and French).  A distance ("على بعد 20 كم شمال X"),
    a launch ("انطلقت من شمال X") or a second bearing keeps X a reference.
    """
    refs = [m for m in info.mentions if m.role == "reference"]
    if len(refs) != 1 or not refs[0].direction or refs[0].distance_km is not None or refs[0].cue in ("province", "country"):
        return
    m = refs[0]
    if _AR_FROM_BEARING.search(text, max(0, m.start - 60), m.start):
        return
    m.role = "target"


# a bare plural of military spots right before a bearing ("struck positions south of X"; not "two facilities",
# counted, which the report goes on to name, nor "an air base housing soldiers north of X", people)
_SPOTS_NOUN = re.compile(r"(?:positions|targets|sites|posts|outposts|emplacements)\s", re.I)
# (frwire41) the troops fired at, or the shells fired, right before a bearing ("fired mortar shells at soldiers east of
# X", "a tiré des obus de mortier sur des soldats à l'est de X"): no plural of spots, but like one the only place the
# clause gives, so the edge of X is where it happened when nothing else is told (see the end of _near_reference_is_site;
# troops only as the object of the fire: "an air base housing soldiers north of X" locates the base, a site of its own)
_FIRED_AT_PLURAL = re.compile(r"(?:\b(?:at|on|against|sur|contre)\s+(?:des\s+|les\s+|the\s+)?(?:[\w-]+\s+)?"
                              r"(?:soldiers|troops|soldats|troupes|militaires)|\b(?:shells|obus))\s+(?:[\w'’-]+\s+)?"
                              r"(?:(?:just|some|à)\s+)?(?:au|à\s+l['’]|l['’])?\s*[\w-]+\s+(?:of(?:\s+the)?|de|d['’]|du)\s*$", re.I)
_GLOSS_BEARING = re.compile(r",\s*(?:just\s+)?(?:au|à\s+l['’]|l['’])?\s*[\w-]+\s+(?:of(?:\s+the)?|de|d['’]|du)\s*$", re.I)
_UNIT_NEAR = re.compile(r"\d|\b(?:km|kilom\w*|miles?|milles?)\b", re.I)
_MANY_BEFORE = re.compile(r"(?:\b(?:two|three|four|five|six|several|multiple|deux|trois|quatre|cinq|six|plusieurs|des)\s+"
                          # (nor a toll: "five soldiers were killed in a strike south of X" counts victims, not sites)
                          r"(?:(?!(?:missiles?|rockets?|drones?|roquettes?|obus|shells?|projectiles?|mortars?|mortiers?|"
                          r"killed|wounded|injured|died|dead|tuée?s?|tués|blessée?s?|blessés|morte?s?)\b)"
                          # (a plural complement is no plural of sites: "un camp de déplacés au nord de X")
                          r"[\w'’-]+\s+){1,8}?|\b(?<!\bde\s)(?<!\bof\s)(?<!\bfor\s)\w{3,}s\s+)(?:(?:just|some|à)\s+)?(?:au|à\s+l['’]|l['’])?\s*"
                          r"[\w-]+\s+(?:of(?:\s+the)?|de|d['’]|du)\s*$", re.I)


_NO_DATE_TOLD = re.compile(
    r"\bsans\s+(?:donner|préciser|fournir|indiquer|mentionner|dire)\b[^.;]{0,40}?\b(?:(?:de|la|les)\s+)?dates?\b|"
    r"\bsans\s+(?:dire|préciser|indiquer)\s+quand\b|"
    r"\bwithout\s+(?:giving|saying|specifying|providing|stating|citing|offering)\b[^.;]{0,40}?\b(?:dates?|when)\b|"
    r"\b(?:did|does)\s+not\s+(?:say|specify|give|state)\s+when\b|\bgave\s+no\s+dates?\b", re.I)


# (the word after the group's name may be the deed claimed, a verbal noun, not a second word of the name: "تبنت
# كتائب المجاهدين قصف مستوطنة X", "تبنى تنظيم الشباب الهجوم")
_AR_CLAIMANT_AFTER = re.compile(r"\s+((?:جماعة|حركة|تنظيم|فصائل|فصيل|كتائب|ميليشيا|حزب|قوات)\s+[^\s،.؛:]+"
                                r"(?:\s+(?!(?:قصف|استهداف|إطلاق|اطلاق|الهجوم|هجوم|الهجمات|هجمات|العملية|عملية|تفجير|التفجير|"
                                r"الغارة|الاعتداء|ضرب|مسؤولية|المسؤولية)(?![\u0621-\u064A]))[^\s،.؛:و][^\s،.؛:]*)?)")
_AR_CLAIMANT_BEFORE = re.compile(r"^\S+\s+((?:جماعة|حركة|تنظيم|فصائل|فصيل|كتائب|ميليشيا|حزب|قوات)\s+[^\s،.؛:]+(?:\s+[^\s،.؛:]+)?)\s+(?:مسؤولي|المسؤولي)")


@lru_cache(maxsize=None)
def _state_patterns(lang: str) -> tuple:
    table = L.STATE_ACTORS_AR if lang == "ar" else L.STATE_ACTORS
    return tuple((re.compile(p, re.I), name) for p, name in table)


# A group's own report of its attack: "X said it had targeted", "X said in a statement that its fighters fired", "the
# Houthis announced they had struck", "X a affirmé avoir visé", "a annoncé dans un communiqué avoir tiré", "a affirmé
# que ses combattants avaient tiré".  A claim told without the word "claim"; the claimant is the group or state named
# before the speech verb (see _self_claimant).
_SELF_CLAIM_WORDS = ("said", "says", "announced", "stated", "declared", "avoir", "avaient", "ont tiré", "ont visé")
_SELF_CLAIM_DEEDS = ("fired", "launched", "targeted", "struck", "hit", "attacked", "carried out", "shelled", "bombed",
                     "bombarded", "tiré", "lancé", "visé", "frappé", "ciblé", "mené", "attaqué", "bombardé", "pris pour cible")
_ATTACK_DONE_EN = r"(?:fired|launched|targeted|struck|hit|attacked|carried out|shelled|bombed|bombarded)"
_ATTACK_DONE_FR = r"(?:tiré|lancé|visé|frappé|ciblé|mené|attaqué|bombardé|pris pour cible)"
_SELF_CLAIM = re.compile(
    r"\b(?:said|says|announced|stated|declared)\s+(?:(?:in|on)\s+(?:a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:statement|post|message|video|communiqu[eé]|broadcast|channel)\S*\s+(?:[\w'’-]+\s+){0,4}?)?"
    r"(?:(?:on|late|early|overnight|this|last|later)\s+(?:[\w'’-]+\s+){0,2}?)?(?:that\s+)?"
    r"(?:it|they|(?:its|their)\s+(?:[\w'’-]+\s+)?(?:fighters|forces|members|units|militants|men|troops|drones?|"
    r"aircraft|navy|air force)|the\s+(?:group|rebels|militia|movement))\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:(?:successfully|also|earlier|jointly)\s+)?" + _ATTACK_DONE_EN + r"\b"
    r"|\b(?:a|ont|avait|avaient)\s+(?:(?:également|aussi|lui|eux|de son côté)\s+)?(?:affirmé|dit|annoncé|déclaré|assuré|"
    r"indiqué)\s+(?:[\w'’-]+\s+){0,5}?(?:avoir\s+(?:(?:également|aussi|déjà)\s+)?" + _ATTACK_DONE_FR + r"|"
    r"que\s+(?:ses|leurs)\s+(?:[\w'’-]+\s+)?(?:combattants|forces|hommes|membres|unités|drones)\s+(?:avaient|ont)\s+"
    + _ATTACK_DONE_FR + r"|que\s+les\s+(?:rebelles|insurgés|combattants)\s+(?:avaient|ont)\s+" + _ATTACK_DONE_FR + r")\b")
# "the rebels had targeted" after "Houthi spokesman X said": the subject of the deed names no group; the speaker does
# A past or denied claim: "has claimed similar attacks in the past", "a déjà revendiqué des attaques semblables"
_CLAIM_PAST = re.compile(r"\b(?:ha(?:s|ve)|had)\s+(?:\w+\s+)?claimed\s+(?:(?:\w+\s+){0,3}?(?:similar|such|previous|past|"
                         r"earlier|other)\b|(?:[\w'’-]+\s+){0,6}?(?:in the past|before|previously)\b)|\bpreviously claimed\b"
                         r"|\bdéjà revendiqué\b|\brevendiqué (?:par le passé|dans le passé|(?:des|d['’]autres) "
                         r"(?:attaques|tirs|frappes) (?:similaires|semblables|comparables))", re.I)
_CLAIM_DENIED = re.compile(r"\b(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t)\s+(?:\w+\s+)?claimed?\b|"
                           r"\bn(?:['’]|e\s+l(?:es|e|a)\s+|e\s+l['’])(?:a|ont|avait|avaient)\s+pas\s+(?:encore\s+|immédiatement\s+)?revendiqué", re.I)


_AR_CLAIM_PAST = re.compile(r"(?:سبق\s+(?:أن|ان|ل)\S*|سابقا|في السابق|من قبل)\s+(?:\S+\s+){0,4}?(?:تبن|أعلن|اعلن)"
                            r"|(?:تبن|أعلن|اعلن)\S*\s+(?:\S+\s+){0,8}?(?:هجمات|عمليات)\s+(?:مماثلة|مشابهة|سابقة)")
_SELF_CLAIM_RECORD = re.compile(r"\b(?:since|depuis)\b|\b(?:more than|over|plus de|au moins|at least)\s+\d|"
                                r"\b\d{2,}\s+(?:strikes|attacks|operations|attaques|frappes|opérations)\b")
_OTHER_SPEAKER = re.compile(r"\b(?:selon|according to|qui|who|which|said|says|a dit|a affirmé)\b")


def _self_claimant(text: str, lang: str) -> list[str]:
    """The group (or state) that reports its own attack in ``text``, named before the speech verb; else []."""
    m = _SELF_CLAIM.search(text)
    if m is None:
        return []
    subject = text[:m.start()]
    named = [(s, name) for s, _, name in find_actors(subject)]
    for rx, name in _state_patterns(lang):
        # (a state's adjective in a group's name, "Iran-backed militias", is no claimant)
        named += [(x.start(), name) for x in rx.finditer(subject) if not subject.startswith("-", x.end())]
    if not named or _SELF_CLAIM_RECORD.search(text, m.end()):
        return []  # (a tally of a campaign, "said it carried out more than 150 strikes since October", claims no one)
    # the name nearest the verb: "In reply to Houthi attacks, the coalition said it had struck ..." (the subject).  A
    # state reporting its own raid or strike is not annotated as a claimant (its raid is told as an air strike), and a
    # speaker told after the name ("positions of X in Y, according to the army, which said it had hit") is not the name
    start, name = max(named)
    if name in _STATE_NAMES or _OTHER_SPEAKER.search(subject, start):
        return []
    return [name]


# What follows a blame word that is the deed or the accuser, not the accused: "accused of", "accusé d'avoir", "par X"
_QUOTE_OPEN = re.compile(r"^((?:des|de|d['’]|à des|the|les)\s+)?[\"“«]\s*")
# "Washington has blamed previous attacks on X", "blamed similar attacks on X": the group's record, not this incident
_BLAME_PAST = re.compile(r"\b(?:such|similar|previous|past|earlier|those)\b", re.I)
# (a day or a time may come between the verb and its deed: "Les shebab ont été accusés jeudi d'avoir mené ...",
# "a été accusé mardi soir par Kiev de ...")
_BLAME_DAY = (r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
              r"(?:\s+(?:matin|soir|après-midi))?,?\s+)?")
_BLAME_OF_DEED = re.compile(_BLAME_DAY + r"(?:of|de|d['’]|par|by|for|pour)(?:\s|(?<=['’]))", re.I)
# "suspected" as the adjective of an attack noun: "Suspected Israeli airstrikes", "a suspected U.S.-led strike"
_SUSPECTED_DEED = re.compile(r"(?P<mod>(?:[\w.'’-]+\s+){1,2}?)(?:(?:air|drone|missile|rocket)\s*)?"
                             r"(?:strikes?|airstrikes?|attacks?|raids?|bombings?|shelling)\b", re.I)
_LED_SUFFIX = re.compile(r"-(?:led|backed)$", re.I)
# "Washington holds Tehran responsible", "Israel held Hezbollah responsible for", "tient X pour responsable"
_HELD_RESPONSIBLE = re.compile(r"\b(?:holds?|held|holding)\s+(?P<n>(?!it\b|them\b)[^,.;:]{2,60}?)\s+(?:fully\s+|directly\s+|ultimately\s+)?"
                               r"responsible\b|\btien(?:t|nent|drait)\s+(?P<n2>[^,.;:]{2,60}?)\s+pour\s+responsable", re.I)
# The end of an accused's name where the clause goes on: "X and vowed to respond", "X d'utiliser", "X ont tué",
# "X contre le village", "l'Iran de"; and words before or after it that are no part of it ("neighbouring", "directly")
_BLAMED_TAIL = re.compile(r"\s+(?:(?:and|et)\s+(?:vow|said|warn|promis|threat|ajout|promet|menac)\w*|(?:de|d['’])(?=\s*[a-zé]|\s*$)|"
                          r"(?:a|ont|avait|avaient|aurait|auraient|est|sont|has|have|had|was|were)\s|contre\s|against\s|"
                          r"(?:directly|directement|again|anew)\b"
                          # "une frappe attribuée à Israël par Téhéran", "blamed on Israel by Iran": the accuser after
                          # the accused (not after a participle: "des milices soutenues par l'Iran", "backed by Iran")
                          r"|(?<![éu]\s)(?<![éu]e\s)(?<![éu]s\s)(?<![éu]es\s)(?<!ed\s)"
                          r"(?:par|by)\s+(?=[A-ZÀ-Þ]|(?:l['’]|le\s|la\s|les\s|the\s)).*$"
                          # "une frappe imputée à Israël près de Qousseir", "blamed on Israel near X": where it hit
                          r"|(?:près|non\s+loin|aux\s+abords|à\s+proximité)\s+(?:de|du|des|d['’])|near\s|outside\s).*$"
                          r"|\s+d['’](?=[a-zé]).*$", re.S)
_BLAMED_HEAD = re.compile(r"^(?:(?:neighbou?ring|voisine?|toutefois|however|also|aussi|again|once again|à nouveau)\s+)+|"
                          r"^(?:le|la)\s+(?=[A-ZÀ-Þ])|^l['’](?=[A-ZÀ-Þ])")  # (a name's article: "la Turquie", "l'Iran")


# A known group told as the author by someone else than itself, without a blame verb: the agent of the launch ("a drone
# launched by the Houthis", "un missile tiré par le Hezbollah", "مقذوف أطلقته ميليشيا الحوثي") or the subject of the
# deed in another speaker's words ("the army said Hamas fired the rocket", "a affirmé que le Hamas avait tiré", "وقال
# الجيش إن حركة حماس أطلقت", "officials said X was behind the attack").  A group telling its own deed is a claim.
_ATTR_AGENT = {
    # (an ambush "laid", an attack "carried out", a bombing "perpetrated" by a group: its author, as a launcher is)
    "en": re.compile(r"\b(?:fired|launched|sent|flown|laid|set|carried\s+out|staged|mounted|perpetrated)\s+(?:\w+\s+)?"
                     r"by\s+(?:[\w'’-]+\s+){0,3}$"),
    "fr": re.compile(r"\b(?:tirée?s?|lancée?s?|envoyée?s?|tendue?s?|menée?s?|perpétrée?s?|commise?s?)\s+(?:\w+\s+)?par\s+"
                     r"(?:[\w'’-]+\s+){0,3}(?:[dl]['’])?$"
                     # "tués par des tirs de drones des FDS", "blessé par une frappe du Hezbollah": the group whose fire
                     # the agent noun names
                     r"|\bpar\s+(?:des|les|un|une|le|la|l['’])\s*(?:tirs?|frappes?|bombardements?|obus|roquettes?|missiles?|"
                     r"drones?|pilonnages?)(?:\s+(?:de|d['’])\s*(?:drones?|roquettes?|mortiers?|artillerie|obus|missiles?))?"
                     r"\s+(?:des|du|de\s+la|de\s+l['’]|de\s+l\s)\s*$"  # ("par l'EI", "par des jihadistes de l'EI")
                     # "tués dans une attaque de l'EI", "un attentat du groupe État islamique", "une embuscade des
                     # jihadistes de l'EI": the group the noun of the deed is of, its author (an attack on a group is
                     # "contre" it)
                     r"|\b(?:attaques?|attentats?|embuscades?|assauts?|offensives?|raids?)\s+(?:\w+\s+)?(?:des|du|de\s+la|"
                     r"de\s+l['’])\s*(?:(?:groupes?|jihadistes|djihadistes|combattants|miliciens|membres|rebelles|"
                     r"insurgés)\s+(?:des|du|de\s+la|de\s+l['’])?\s*)?$"),
    # (every object pronoun: "صاروخا باليستيا أطلقه الحوثيون", the broken plural's verb masculine singular)
    "ar": re.compile(r"(?<![\u0621-\u064A])[أا]طلق(?:ته|تها|تهما|تهم|ها|هما|ه|هم|وه|وها|وهما|وهم)\s+(?:\S+\s+){0,2}$"),
}
_ATTR_SPEECH = {
    "en": re.compile(r"\b(?:said|says|believed?|believes|suspect(?:s|ed)?|thinks?)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,3}$"),
    "fr": re.compile(r"\b(?:affirm|indiqu|assur|déclar|estim|dit)\w*\s+que\s+(?:[\w'’-]+\s+){0,3}$|\bselon\s+(?:\w+\s+){1,4}?"
                     r"(?:le|la|les|l['’])\s*$"),
    "ar": re.compile(r"(?<!\S)[وف]?(?:إن|أن)\s+(?:\S+\s+){0,2}$"),
}
_ATTR_DEED = {
    "en": re.compile(r"[^.;:]{0,40}?\b(?:(?:had|has|have)\s+)?(?:fired|launched|carried out|(?:was|were|is|are)\s+"
                     r"(?:(?:likely|probably|most likely)\s+)?(?:behind|(?:the\s+)?(?:likely\s+)?culprits?))\b"),
    "fr": re.compile(r"[^.;:]{0,40}?\b(?:(?:avait|avaient|a|ont)\s+(?:tiré|lancé|mené)|(?:était|étaient|serait|seraient|est|sont)"
                     r"\s+derrière)\b"),
    "ar": re.compile(r"[^.؛:،]{0,40}?(?<!\S)(?:أطلق|اطلق|شن|نفذ|يقف\S*\s+وراء|وراء)"),
}


# "أطلق حزب الله 20 صاروخا على X، بحسب الجيش الإسرائيلي", "أطلقت حماس صواريخ على Y، وفقا للجيش", "..., حسبما أفاد
# الجيش": the deed told in the narrator's words with its source after it, as "وقال الجيش إن حزب الله أطلق" puts it
# before: the group the verb of the deed has as its subject is the other speaker's accused. The source's own
# statement ("بحسب بيان لها", "وفق بيان للحزب", the group itself) is the group's claim, handled before.
_AR_SOURCE_AFTER = re.compile(r"[،,]\s*(?:و)?(?:بحسب|حسب|وفق|وفقا\s+ل|وفقًا\s+ل|طبقا\s+ل|نقلا\s+عن|"
                              r"(?:حسبما|وفقما|كما|على\s+ما)\s+(?:أفاد|افاد|ذكر|أعلن|اعلن|قال|أكد|أورد)\S*)\s*(?P<who>[^.،,؛]{2,60})")
_AR_OWN_SOURCE = re.compile(r"^(?:\S+\s+)?(?:لها|له|لهم|للحزب|للجماعة|للمقاومة|للحركة|للفصيل|للكتائب)(?![\u0621-\u064A])")
_AR_DEED_VERB_BEFORE = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:أطلق|اطلق|أطلقت|اطلقت|شن|شنت|نفذ|نفذت|استهدف|استهدفت|"
                                  r"هاجم|هاجمت|قصف|قصفت)\s+(?:\S+\s+){0,1}$")


def _ar_source_after(text: str, found: Optional[frozenset] = None) -> list[str]:
    """The known group an Arabic clause's trailing source tells as the author of its deed (see _AR_SOURCE_AFTER)."""
    src = _AR_SOURCE_AFTER.search(text)
    if src is None or _AR_OWN_SOURCE.match(src.group("who")):
        return []
    speakers = {n for _, _, n in find_actors(src.group("who"))}
    for s, e, name in find_actors(text[:src.start()], found):
        if name not in speakers and name not in _STATE_NAMES \
                and _AR_DEED_VERB_BEFORE.search(text, max(0, s - 30), s):
            return [name]
    return []


def _attributed_group(text: str, lang: str, found: Optional[frozenset] = None) -> list[str]:
    """The known group another speaker (or the narrator) tells as the author of the attack (see above); else []."""
    agent, speech, deed = _ATTR_AGENT.get(lang), _ATTR_SPEECH.get(lang), _ATTR_DEED.get(lang)
    if agent is None:
        return []
    for s, e, name in find_actors(text, found):
        before = text[max(0, s - 70):s]
        if agent.search(before):
            return [name]
        m = speech.search(before)
        if m and deed.match(text, e) and name not in [n for _, _, n in find_actors(before[:m.start()])]:
            return [name]
    if lang == "ar" and ("حسب" in text or "وفق" in text or "طبق" in text or "نقلا" in text or "على ما" in text):
        return _ar_source_after(text, found)
    return []


def _arabic_self_claimant(text: str) -> list[str]:
    """The known group that tells its own attack in an Arabic clause, named before its account; else [].

    "وقال المتحدث باسم الحوثيين إن قواتهم استهدفت" (the spokesman of a group: its forces struck), "وأعلنت جماعة
    أنصار الله أنها استهدفت", "وزعم حزب الله أنه أسقط": see arabic.claimant_statement.  A state's army telling its
    own raid is no claimant (as in English, see _self_claimant).
    """
    cleaned = arabic.clean(text)
    m = arabic._CLAIMANT_STATEMENT.search(cleaned)
    if m is None:
        return []
    end = m.end()
    if not re.search(r"(?:إن|أن|ان)", m.group(0)):  # "وزعم الحوثيون أنهم ...": the speaker follows the verb
        that = re.compile(r"\s(?:إن|أن|ان)\S*\s").search(cleaned, end, end + 80)
        end = that.start() if that else end
    named = find_actors(cleaned[:end])
    return [named[-1][2]] if named else []


# A known group as the subject of its deed, told in the narrator's words with no speaker ("Hezbollah fighters targeted
# Israeli soldiers in Metula with guided missiles"): wire copy retelling the group's communiqué, as Arabic's
# "استهدف مجاهدو المقاومة الإسلامية ..." (see _arabic_own_account).  Only at the head of the clause (a lead-in of time
# allowed); a clause with a speaker ("..., CENTCOM said", "according to the army") is another's account, a blame.
_OWN_DEED_HEAD_EN = re.compile(r"^\W*(?:(?:On|Late|Early|Earlier|Meanwhile|Overnight|Later)\b[^,]{0,30},\s*)?(?:[Tt]he\s+)?$")
_OWN_DEED_AFTER_EN = re.compile(r"(?:['’]s?)?\s+(?:(?:armed\s+wing|fighters|militants|members|rebels|gunmen|units|"
                                r"militiamen)\s+)?(?:(?:also|again|then|later)\s+)?" + _ATTACK_DONE_EN + r"\b")
_OTHER_VOICE_EN = re.compile(r"\b(?:said|says|according\s+to|reported|reports|told|claimed|alleged|accused|blamed)\b",
                             re.I)


def _english_own_account(text: str, found: Optional[frozenset] = None) -> list[str]:
    """The known group told at the head of an English clause as doing the attack (see above); else []. A state's
    forces doing it are no claimant (a state's raid is told as a raid)."""
    for s, e, name in find_actors(text, found):
        if s > 40:
            break
        if name in _STATE_NAMES:
            continue
        if _OWN_DEED_HEAD_EN.match(text[:s]) and _OWN_DEED_AFTER_EN.match(text, e):
            return [name]
    return []


def _arabic_own_account(text: str, found: Optional[frozenset] = None) -> list[str]:
    """The known group whose communiqué an Arabic clause repeats in its own words ("استهدف مجاهدو المقاومة
    الإسلامية ...", "نفذت القوات المسلحة اليمنية عملية عسكرية ..."): see arabic.own_account_before; else [].
    A state's forces carrying out an "operation" are no claimant (a state's raid is told as a raid)."""
    cleaned = arabic.clean(text)
    for s, e, name in find_actors(cleaned, found):
        if name in _STATE_NAMES:
            continue
        if arabic.own_account_before(cleaned[max(0, s - 40):s], cleaned[e:e + 60]) \
                or arabic.own_statement_subject(cleaned[max(0, s - 20):s], cleaned):
            return [name]
    return []


# The same in Arabic, verb first: "أطلق حزب الله صباح اليوم عشرات الصواريخ على X", "واستهدفت حركة حماس موقعا ..." --
# a known group as the subject right after the attack verb that opens the clause (a "و"/"ف"/"ثم" and words of time
# allowed before it), the narrator retelling the group's communiqué; a clause citing a source ("بحسب الجيش", "وفق
# مصادر") or told by a speaker ("قال الجيش إن حزب الله أطلق", no verb at the head) is another's account, a blame.
_AR_OWN_DEED_HEAD = re.compile(r"^\W*(?:(?:و|ف)?ثم\s+)?[وف]?(?:أطلق|اطلق|أطلقت|اطلقت|استهدف|استهدفت|قصف|قصفت|هاجم|هاجمت|"
                               r"شن|شنت|دك|دكت)(?:\s+(?:اليوم|أمس|امس|فجر|صباح|مساء|ليل|ظهر|عصر|ليلة|يوم|مجددا|مجدداً)"
                               r"\S*){0,3}\s+$")
_AR_OTHER_VOICE = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:بحسب|حسب|حسبما|وفق|وفقا|وفقما|طبقا|نقلا|قال|قالت|أفاد|افاد|أفادت|"
                             r"افادت|ذكر|ذكرت|أعلن|اعلن|أعلنت|اعلنت|أكد|اكد|أكدت|اكدت|زعم|زعمت|اتهم|اتهمت|حمل|حملت)"
                             r"(?![\u0621-\u064A])")


def _arabic_narrated_deed(text: str, found: Optional[frozenset] = None) -> list[str]:
    """The known group an Arabic clause opens on as the subject of its attack verb (see above); else []. A state's
    forces doing it are no claimant (a state's raid is told as a raid)."""
    cleaned = arabic.clean(text)
    if _AR_OTHER_VOICE.search(cleaned):
        return []
    for s, e, name in find_actors(cleaned, found):
        if s > 40:
            break
        if name not in _STATE_NAMES and _AR_OWN_DEED_HEAD.match(cleaned[:s]):
            return [name]
    return []


# an Arabic accuser told between the verb and the accused (verb-subject-object): "اتهمت قوات سوريا الديمقراطية الجيش
# التركي", "وحمّلت كييف موسكو المسؤولية"; the accuser is a known group or a state, and a known actor, a state or a
# group noun follows it
_AR_ACCUSED_HEAD = re.compile(r"(?:جماعات|جماعة|فصائل|فصيل|ميليشيات|مليشيات|خلايا|جهات|مجموعات|مجاميع|عصابات|عناصر)(?!\S)")


# the deed an Arabic accused is charged with, when arabic.blamed did not cut it: an attack ("بقصف البلدة") or another
# deed ("بالتقاعس عن ملاحقة المهاجمين", "بتأجيج الاحتجاجات": negligence, incitement), a verbal noun after "ب"
_AR_OTHER_DEED = re.compile(r"(?:^|\s)(?:(?P<attack>ب(?:قصف|استهداف|إطلاق|اطلاق|ضرب|مهاجمة|تفجير|التورط|تدبير|الاعتداء))"
                            r"|(?:بت|بالت)\S{3,})(?!\S)")


def _ar_drop_accuser(accused: str) -> str:
    """The accused of an Arabic blame without an accuser told before it (see above)."""
    words = accused.split()
    for k in range(1, min(4, len(words))):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        known_head = canonical_state(head) or canonical_actors([head]) != [head]
        if known_head and (canonical_state(rest) or find_actors(rest) and find_actors(rest)[0][0] == 0
                           or _AR_ACCUSED_HEAD.match(rest) or canonical_actors([rest]) != [rest]):
            return rest
    return accused


# An accused named only by the kind of fighters it is, one bare plural noun ("les paramilitaires", "the rebels"):
# not an actor's name (a description with more words, "Iran-backed militias", "groupes terroristes", stays as written)
_BARE_KIND_ACCUSED = re.compile(
    r"(?:paramilitaires|paramilitaries|rebelles|rebels|insurgés|insurgents|(?:d)?jihadistes|jihadists|terroristes|"
    r"terrorists|islamistes|islamists|miliciens|milices|militias|militants|assaillants|attackers)", re.I)


def _cut_blamed(np: str) -> str:
    """An accused's name without the clause that goes on after it (see _BLAMED_TAIL)."""
    np = _BLAMED_HEAD.sub("", np)
    words = np.split()
    for i in range(1, len(words)):
        # "imputé au Hezbollah les tirs de roquettes": an article after a name starts the object of the verb
        if words[i] in ("les", "la", "le", "des", "un", "une", "ces", "cette") and any(c.isupper() for c in words[i - 1]):
            np = " ".join(words[:i])
            break
    return _BLAMED_TAIL.sub("", np).strip(" '’\"")


# The accused as the subject of a passive blame verb: "Israël est soupçonné d'être derrière la frappe", "Le Hezbollah a
# été accusé par Israël d'avoir tiré des roquettes", "Israel is suspected of being behind the strike": the name right
# before the auxiliary, when the deed after the verb is the attack (not "accusé de corruption")
_PASSIVE_BLAME_AUX = re.compile(r"(?P<aux>(?:\s*,\s*(?:qui|which|who))?\s*,?\s+(?:est|sont|a\s+été|ont\s+été|avait\s+été|était|étaient|serait|seraient|"
                                r"is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:fortement|largement|"
                                r"également|aussi|widely|strongly|also|directement|directly)\s+)?)$", re.I)
_PASSIVE_BLAME_DEED = re.compile(_BLAME_DAY + r"(?:(?:par|by)\s+[^,.;:]{1,60}?\s+)?(?:d['’]être\s+(?:à\s+l['’]origine|derrière|"
                                 r"responsables?|l['’]auteur)|d['’]avoir\s+(?:\w+\s+)?(?:tiré|lancé|mené|perpétré|commis|"
                                 r"frappé|visé|bombardé|attaqué|ciblé|orchestré|fomenté|organisé)|of\s+(?:being\s+behind|"
                                 r"having\s+(?:fired|launched|carried|staged)|carrying\s+out|firing|launching|staging|"
                                 r"being\s+responsible))\b", re.I)


def _passive_accused(text: str, blame: re.Match, lang: str, found=None) -> Optional[str]:
    """The accused a passive blame verb has as its subject (see _PASSIVE_BLAME_AUX), or None."""
    if lang == "ar" or not _PASSIVE_BLAME_DEED.match(text, blame.end()):
        return None
    head = text[max(0, blame.start() - 80):blame.start()]
    aux = _PASSIVE_BLAME_AUX.search(head)
    if aux is None:
        return None
    # (a group's acronym in brackets after its name is no part of the clause: "Les Forces de soutien rapide (FSR)
    # ont été accusées par l'armée d'avoir bombardé")
    subject = _SUBJECT_ACRONYM.sub("", head[:aux.start()])
    for s, e, name in reversed(find_actors(subject)):
        if e == len(subject):
            return name
    for rx, name in _state_patterns(lang) + ((_ISRAEL_FR,) if lang == "fr" else ()):
        if any(m.end() == len(subject) for m in rx.finditer(subject)):
            return name
    # a state the short table of state patterns leaves out, named as the whole subject: "Le Pakistan a été accusé par
    # Kaboul d'avoir mené des frappes", "Damascus was accused of ..." (its name or capital, after the sentence's start
    # or a comma)
    tail = _PASSIVE_SUBJECT_TAIL.search(subject)
    if tail is None:
        return None
    # a state's army by an adjective no table lists, as the active verb's object keeps it: "L'armée soudanaise a été
    # accusée par les FSR d'avoir bombardé" is blamed on "l'armée soudanaise" as "Les FSR ont accusé l'armée soudanaise
    # d'avoir bombardé" is
    forces = _PASSIVE_FORCES.search(tail.group(1))
    return canonical_state(tail.group(1)) or (forces.group(0)[0].lower() + forces.group(0)[1:] if forces else None)


# "(FSR)", "(RSF)", "(JNIM)": an acronym in brackets closing a subject
_SUBJECT_ACRONYM = re.compile(r"\s*\(\s*[A-ZÀ-Ý][\w.-]{1,12}\s*\)\s*$")
# a state's forces named by article, noun and a demonym: "L'armée soudanaise", "les forces armées maliennes"
_PASSIVE_FORCES = re.compile(r"(?:^|(?<=\s))(?:l['’]\s*|les\s+|la\s+)(?:armée|aviation|forces\s+armées|troupes|junte)"
                             r"\s+[a-zà-ÿ]+(?:ien|ienne|iens|iennes|ais|aise|aises|ain|aine|ains|aines|ane|anes|ite|ites|"
                             r"é|ée|és|ées|èn|ène|ènes|ique|iques|in|ine|ins|ines)$", re.I)


_PASSIVE_SUBJECT_TAIL = re.compile(r"(?:^|[,;:]\s*|\b(?:que|qu['’]|that)\s+)\s*((?:(?:le|la|les|l['’]|the)\s*)?"
                                   r"[A-ZÀ-Ýa-zà-ÿ'’.-]+(?:\s+[\w'’.-]+){0,2})\s*$")


def _claiming_state(claim: str, lang: str) -> list[str]:
    """The states named inside a claim phrase ("أعلنت الولايات المتحدة مسؤوليتها"), or an empty list."""
    return [name for rx, name in _state_patterns(lang) if rx.search(claim)]


# A state as the subject of the claim verb, right before it: "L'armée israélienne a revendiqué avoir éliminé un
# commandant du Hamas", "Israël a revendiqué l'élimination d'un chef du Hezbollah", "the Israeli military claimed the
# strike": the state claims; the group named after the verb is its victims' (or its target's), no claimant
_CLAIM_SUBJECT_GAP = re.compile(r"(?:['’]s)?(?:\s+(?:army|military|air\s+force|forces|armée|aviation|de\s+l['’]air))?"
                                r"(?:\s+(?:a|ont|avait|avaient|has|have|had))?"
                                r"(?:\s+(?:également|aussi|officiellement|déjà|also|officially|later|ensuite))?\s*$", re.I)
_ISRAEL_FR = (re.compile(r"\bIsraël\b|\bl['’]armée\s+de\s+l['’]air\s+israélienne\b|\bl['’]Etat\s+hébreu\b|"
                         r"\bl['’]État\s+hébreu\b", re.I), "Israel")


def _claim_subject_state(text: str, claim: re.Match, lang: str) -> list[str]:
    """The state named as the subject right before the claim verb at ``claim`` (see _CLAIM_SUBJECT_GAP), or the
    agent of the passive ("La frappe a été revendiquée par l'armée israélienne", "claimed by Israel"); else []."""
    head = text[max(0, claim.start() - 60):claim.start()]
    agent = _CLAIM_AGENT.match(text, claim.end())
    for rx, name in _state_patterns(lang) + ((_ISRAEL_FR,) if lang == "fr" else ()):
        for m in rx.finditer(head):
            if _CLAIM_SUBJECT_GAP.match(head, m.end()):
                return [name]
        if agent is not None and rx.match(text, agent.end()):
            return [name]
    return []


_CLAIM_AGENT = re.compile(r"\s+(?:par|by)\s+(?:the\s+)?", re.I)


# A group no list knows, named as the subject of a claim of a deed: "The Pakistani Taliban claimed responsibility for
# the bombing", "Jaish al-Adl, a Sunni militant group, claimed responsibility", "the BLA claimed the assault",
# "Iraq's Islamic Resistance claimed a drone attack" (a land's possessive before a group's name is the land of the
# name the list may know: "Islamic Resistance in Iraq").  The capitalised words right before the verb (an apposition
# between commas and a common noun of fighters allowed), read only when the claim is of responsibility or of an
# attack: "Netanyahu claimed that ..." is speech, no claim of a deed.
_CLAIM_SUBJECT_NAME = re.compile(
    r"(?<![\w'’-])(?:(?P<land>[A-Z][a-z]+)['’]s\s+)?"
    r"(?P<n>(?:al-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|of|in|for|the|e|i|ul|al-)[- ])?[A-Z][\w'’-]*){0,5})"
    r"(?:\s+(?:militants?|fighters?|group|insurgents?|rebels?|militia|jihadists?))?"
    r"(?:,\s+(?:an?|the)\s+[^,.;:]{3,70},)?"
    r"(?:\s+(?:has|have|had|later|also|quickly|swiftly|subsequently|officially))*\s*$")
_CLAIM_OF_DEED = re.compile(r"\s+(?:responsibility|to\s+have|(?:for\s+)?(?:the|an?|its|two|three|both)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:attacks?|bombings?|assaults?|strikes?|raids?|operations?|killings?|blasts?|explosions?|"
                            r"ambush(?:es)?|shootings?|massacre))\b", re.I)
# words a sentence opens with that are no group's name ("Officials in Kabul claimed", "Police later claimed")
_NOT_CLAIMANT = frozenset({"officials", "authorities", "police", "witnesses", "residents", "sources", "he", "she", "it",
                           "they", "we", "nobody", "no", "one", "some", "many", "local", "state", "media", "analysts",
                           "reports", "a", "an", "this", "that", "these", "those", "who", "which", "later", "but",
                           "and", "however", "earlier", "meanwhile"})


# A claim whose subject is the group told just before, by a common noun: "The group claimed the attack in a
# statement", "The militants later claimed responsibility" (wire copy names the group in the account of the
# incident, then its claim in a sentence of its own)
_CLAIM_ANAPHOR = re.compile(r"(?:^|[,;]\s+|\b(?:and|but)\s+)\W*(?:[Tt]he|[Tt]hat)\s+(?:(?:militant|jihadist|armed|insurgent|"
                            r"extremist|rebel|Islamist|terrorist|separatist|militia)\s+)?(?:group|militants|insurgents|"
                            r"jihadists|rebels|outfit|organi[sz]ation|militia)(?:\s+(?:has|have|had|later|also|quickly|"
                            r"swiftly|subsequently|officially))*\s*$")


def _incident_group(frame) -> list[str]:
    """The one armed group (no state) named in the sentences that told the incident ``frame``, or [] when none or
    several are: the group a claim told by a common noun ("The group claimed the attack") points back at."""
    groups: dict[str, None] = {}
    for sent in dict.fromkeys(f.evidence.sentence for f in frame.facts if f.evidence is not None):
        for name in canonical_actors(_actors_in(sent)):
            if name not in _STATE_NAMES and canonical_state(name) is None:
                groups[name] = None
    return list(groups) if len(groups) == 1 else []


def _claim_subject_name(text: str, claim: re.Match) -> list[str]:
    """The unknown group named as the subject of an English claim (see _CLAIM_SUBJECT_NAME), or []."""
    if "responsib" not in claim.group(0) and not _CLAIM_OF_DEED.match(text, claim.end()):
        return []
    m = _CLAIM_SUBJECT_NAME.search(text, max(0, claim.start() - 140), claim.start())
    if m is None:
        return []
    name = m.group("n")
    if name.split()[0].casefold() == "the":
        name = name.split(None, 1)[1] if " " in name else ""
    if not name or name.split()[0].casefold() in _NOT_CLAIMANT or _known_name(name):
        return []
    if m.group("land"):
        known = _actors_in(f"{name} in {m.group('land')}") or _actors_in(f"{name} of {m.group('land')}")
        return known or [m.group("land") + "’s " + name]
    return [name]


def _arabic_claimant(text: str, m: Optional[re.Match]) -> list[str]:
    """The group an Arabic claim names when no known actor does: "تبنته جماعة X", "أعلنت جماعة X مسؤوليتها"."""
    if m is None:
        return []
    after = _AR_CLAIMANT_AFTER.match(text, m.end())
    if after:
        return [after.group(1)]
    inside = _AR_CLAIMANT_BEFORE.match(m.group(0))
    return [inside.group(1)] if inside else []




# the toll named by the sentence after it: "c'est le bilan de la frappe", "هذه هي حصيلة الغارة", "that is the toll"
# or the attack opening the sentence as one already known: "The Israeli strike hit ...", "La frappe a visé ..."
_TOLL_BACK = re.compile(r"\b(?:toll|bilan)\b|حصيلة|^\s*(?:the|this|la|le|l['’]|cette|cet)\s*(?:[\w-]+\s+){0,2}?"
                        r"(?:strike|air\s*strike|attack|raid|bombing|blast|explosion|shelling|frappe|attaque|"
                        r"bombardement|attentat)s?\b", re.I)


def _lead_toll(text: str, lang: str, index: int) -> Optional[tuple]:
    """The killed and injured of a sentence that opens the report with a toll and no attack word.

    Wire copy may lead on the toll and name its attack in the next sentence ("Three people were killed and five
    wounded. The Israeli strike hit ...", "Deux morts et quatre blessés. C'est le bilan de la frappe ...", "ثلاثة
    شهداء وخمسة جرحى. هذه هي حصيلة الغارة ..."); the extractor gives the figures to that attack when it states none
    of its own. Not a toll over a period, nor one of a report already revised or of an earlier attack.
    Returns (killed, injured, index), or None when the sentence tells no such toll.
    """
    if len(text) > 160 or _PERIOD_TOLL.search(text):
        return None
    if lang == "ar":
        killed, injured = arabic.casualties(text, "killed"), arabic.casualties(text, "injured")
    else:
        if not (_DEATH_WORD.search(text) or _INJURY_WORD.search(text)) or _earlier_report(text, lang):
            return None
        killed, injured = _casualties(text, lang, "killed"), _casualties(text, lang, "injured")
    killed = [(n, q) for n, q in killed if n and q in (None, "at least")]
    injured = [(n, q) for n, q in injured if n and q in (None, "at least")]
    return (killed, injured, index) if killed or injured else None


def _toll_rose(text: str, lang: str) -> bool:
    """Whether a clause says that a toll rose ("Le bilan s'alourdit.", "The death toll has risen.", "ارتفعت الحصيلة")."""
    if lang == "ar":
        return arabic.toll_update(arabic.clean(text))
    pat = _vocab(lang).get("toll_update")
    return pat is not None and pat.search(text) is not None


def _mark_claimed(info: ClauseInfo, text: str, lang: str) -> None:
    """Mark ``"claimed"`` the killed figures a speaker gives of its own kills, so that an observer's toll wins.

    "An Israeli strike on Rafah killed 15 people, medics said, while the army said it had killed five militants",
    "tandis que l'armée a dit avoir tué dix combattants", "فيما قال الجيش إنه قتل خمسة مسلحين": the attacker's
    count of the fighters it killed is its claim; :func:`geo_events.reconcile._best_value` ranks it after any
    other figure of the incident, and keeps it as the toll when it is the only one.
    """
    if not info.killed:
        return
    own = arabic.own_kills(text) if lang == "ar" else _own_kills(text, lang)
    if own:
        info.killed = [(n, "claimed" if n in own and q not in ("revised", "pooled", "implied") else q)
                       for n, q in info.killed]


def _mark_revised(info: ClauseInfo, text: str, lang: str, v: dict, found: Optional[frozenset]) -> None:
    """A clause revising a toll ("the death toll has risen to 14"): its figures supersede earlier ones.

    Tolls only rise as the wounded die and bodies are found, so the reconciler keeps the highest
    figure marked ``"revised"`` as best.  A bare number after a toll word ("the toll rose to 14")
    counts the dead.
    """
    info.generic = False  # "the toll has since risen": "since" starts no period here
    m = v["toll_number"].search(text, found) if v.get("toll_number") is not None else None
    c = _match_count(m, lang) if m else None
    if c is not None and 0 < c.value < 100000 and not any(n == c.value for n, _ in info.killed + info.injured):
        # "killing three guards, bringing the toll to 5": the first figure is the earlier count, the toll the revision;
        # a toll that names the wounded ("the toll of injured rose to 34", "le bilan des blessés est passé à 12")
        # counts them, not the dead
        told = m.group(0)
        if v["injured"].search(told) and not v["killed"].search(told):
            info.injured = info.injured + [(c.value, "revised")]
        else:
            info.killed = info.killed + [(c.value, "revised")]
        return
    info.killed = [(n, "revised" if n and q != "pooled" else q) for n, q in info.killed]
    info.injured = [(n, "revised" if n and q != "pooled" else q) for n, q in info.injured]


def _chained_sites(primary, targets: list, text: str, gap: re.Pattern) -> list:
    """``primary`` and the targets after it each joined to the one before by ``gap`` (a different place each)."""
    chain = [primary]
    for b in targets[targets.index(primary) + 1:]:
        if not gap.fullmatch(text, chain[-1].end, b.start) or _same_place(chain[-1].name, b.name):
            break
        chain.append(b)
    return chain


def _arabic_sites(info: ClauseInfo) -> list:
    """The sites of an Arabic list of targets ("في بقيق وخريص"): each named target a site of its own."""
    primary = info.target
    if primary is not None and (primary.cue == "district" or primary.cue == "province"
                                and info.event_type == "interception"):
        # "قرى في قضاءي سنجار ومخمور" (villages in the districts of X and Y): the dual's list names two districts
        # the strikes fell in, each an incident of its own (a district told alone is an area, not a list)
        # ("أسقطت 25 مسيرة فوق مقاطعات X وY وZ": a defence ministry's tally of the oblasts its air defences met
        # drones over, each a site, as _conjunct_sites reads the English "over the X, Y and Z regions")
        head = primary.coordinated_with or primary
        group = [m for m in info.mentions if m.role == "target" and m.cue == primary.cue
                 and (m is head or m.coordinated_with is head)]
        if len(group) > 1 and primary in group and not any(
                _same_place(a.name, b.name) for i, a in enumerate(group) for b in group[i + 1:]):
            return [(m, None) for m in group]
    if primary is None or primary.cue in _AREA_CUES:
        return []
    head = primary.coordinated_with or primary
    # "مطار الحديدة ومديرية الصليف وجزيرة كمران": a district under its own noun joined by a bare و to a site is the
    # verb's next object, a place of its own (one told as a container, "مطار X بمديرية Y", is no list item)
    group = [m for m in info.mentions if m.role == "target" and (m.cue not in _AREA_CUES or m.cue == "district"
                                                                   and m.coordinated_with is head)
             and (m is head or m.coordinated_with is head)]
    if len(group) > 1 and primary in group:
        # "موقع المالكية وثكنة زرعيت ومستوطنة المطلة": a list of sites goes on with a next item under a cue noun of
        # another kind, joined by a bare و (a town's noun does not join the list by itself: see find_mentions)
        rest = [m for m in info.mentions if m.role == "target" and m.cue not in _AREA_CUES and not m.adversary
                and m.start > group[-1].end]
        for b in rest:
            if not _AR_CUE_ITEM_GAP.fullmatch(info.clause.text, group[-1].end, b.start) \
                    or any(_same_place(a.name, b.name) for a in group):
                break
            group.append(b)
        return [(m, None) for m in group]
    targets = [m for m in info.mentions if m.role == "target" and m.cue not in _AREA_CUES and not m.adversary]
    text = info.clause.text
    if len(targets) > 1 and primary in targets and ("وعلى" in text or "وفي" in text or "وآخر" in text or "وأخرى" in text):
        # "غارات على X وعلى Y", "سقط صاروخ في X يوم الاثنين وآخر في Y": the preposition (or "another") told again
        # after "و" opens the next object of the same verb, a second site
        chain = _chained_sites(primary, targets, text, _AR_NEXT_SITE_GAP)
        if len(chain) > 1:
            return [(m, None) for m in chain]
    if len(targets) > 1 and primary in targets:
        # "سقطت صواريخ على X وأصابت منزلا في Y": a second verb of hitting, the same salvo's next site
        chain = _chained_sites(primary, targets, text, _AR_SECOND_VERB_GAP)
        if len(chain) > 1:
            return [(m, None) for m in chain]
    if len(targets) > 1 and primary in targets and ("ثم" in text or "بعد" in text):
        # "استهدفت مسيرة مطار X يوم الأحد ثم قاعدة Y يوم الاثنين", "X، وبعد يومين Y": the verb carried on to a next
        # object after a word of sequence, a second site
        chains, chain = [], [targets[0]]
        for a, b in zip(targets, targets[1:]):
            if _AR_THEN_GAP.fullmatch(text, a.end, b.start) and not _same_place(a.name, b.name):
                chain.append(b)
            else:
                chains.append(chain)
                chain = [b]
        chains.append(chain)
        group = next(c for c in chains if primary in c)
        if len(group) > 1:
            return [(m, None) for m in group]
    # a statement's list under one verb, each item after "، و": "استهدفت بالمسيرات قاعدة X في سوريا، وحقل Y
    # النفطي، وهدفا في مدينة Z" -- each named target an operation of its own
    targets = [m for m in info.mentions if m.role == "target" and m.cue not in _AREA_CUES and not m.adversary]
    if len(targets) < 2 or "،" not in text:
        return []
    chains, chain = [], [targets[0]]
    for a, b in zip(targets, targets[1:]):
        gap = text[a.end:b.start]
        if _list_item_gap(gap) and not _STOPS.search(gap) and not _same_place(a.name, b.name):
            chain.append(b)
        else:
            chains.append(chain)
            chain = [b]
    chains.append(chain)
    group = next(c for c in chains if primary in c)
    return [(m, None) for m in group] if len(group) > 1 else []


# " يوم الأحد ثم قاعدة ", "، وبعد يومين ", " ثم على ": a word of sequence between two objects of one verb (a day, the
# next one's preposition or head noun may come on either side)
_AR_THEN_GAP = re.compile(r"\s*(?:(?:يوم|مساء|صباح|ليلة|فجر|ظهر)\s+[\u0621-\u064a]+\s*)?،?\s*"
                          r"(?:ثم|و?بعد\s+(?:يوم|يومين|ساعات|ساعة|ساعتين|أيام|ايام|(?:\S+\s+)?(?:أيام|ايام|ساعات)))\s*،?\s*"
                          r"(?:(?:في|على)\s+)?(?:(?:قاعدة|مطار|مدينة|بلدة|قرية|معسكر|حقل|مقر|منطقة|ميناء)\s+)?")
# " وعلى ", " يوم الاثنين وآخر في ": the gap before a next object told with its preposition again (a day may come between)
_AR_NEXT_SITE_GAP = re.compile(r"\s*(?:(?:يوم|مساء|صباح|ليلة|فجر|ظهر)\s+[\u0621-\u064a]+\s*)?،?\s*"
                               r"و(?:(?:آخر|أخرى|اخرى|ثان|ثانية)\s+)?(?:في|على)\s*")
# " وأصابت منزلا في ", " واستهدفت ": a second verb of hitting joined to the first one by و, the same salvo's next object
_AR_SECOND_VERB_GAP = re.compile(r"\s*و(?:قد\s+)?(?:أصابت|اصابت|أصاب|اصاب|استهدفت|استهدف|طالت|طال|ضربت|ضرب|دمرت|دمر|قصفت|قصف)"
                                 r"\s+(?:[\u0621-\u064A]+\s+){0,3}?(?:(?:في|على|قرب|داخل)\s+)?")
# " and hit a house in ", " et ont touché une maison à ": a second verb of hitting with the first one's subject, its
# object the same salvo's next site ("Rockets fell on X and hit a house in Y")
_SECOND_VERB_GAP = re.compile(
    r"\s*,?\s*(?:and|et)\s+(?:(?:then|also|later|puis|aussi|ensuite)\s+)?"
    r"(?:(?:ont|a|avaient|avait)\s+(?:(?:aussi|également|ensuite)\s+)?)?"
    r"(?:hit|struck|slammed\s+into|crashed\s+into|smashed\s+into|damaged|destroyed|targeted|"
    r"(?:touch|frapp|vis|endommag|détru)(?:é|ée|és|ées|it|ite|its|ites))\s+"
    r"(?:(?:an?|the|another|une?|des|la|le|les)\s+|l['’])?(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?:in|on|at|near|inside|à|dans|sur|près\s+de)\s+)?(?:(?:the|la|le)\s+|l['’])?", re.I)
# " وثكنة ", " ومستوطنة ": the next item of a list of sites under a cue noun of its own
_AR_CUE_ITEM_GAP = re.compile(r"\s+و(?:ثكنة|موقع|مستوطنة|مستعمرة|قاعدة|مطار|معسكر|مقر|بلدة|مدينة|قرية|حقل|ميناء)\s+")
# "، وحقل X", "، وهدفا في Y": the next item of a list opened by a comma and و
_AR_LIST_GAP = re.compile(r"،\s*[\"«“]?و(?P<word>[\u0621-\u064A]*)")


def _list_item_gap(gap: str) -> bool:
    """Whether the words between two Arabic targets open the next item of a list under the same verb.

    The word after "، و" is the next name itself ("، والمطلة"), a cue noun ("، وحقل X") or an indefinite
    object ("، وهدفا في Y", "، وتجمعا لجنود"). A verb ("، وسقط بعضها قرب X": a closer look at where the
    salvo fell) or another noun ("، والمعلم من أبناء مدينة X": a person's home town) opens no item.
    """
    m = None
    for m in _AR_LIST_GAP.finditer(gap):
        pass
    if m is None:
        return False
    word = m.group("word")
    return m.end() == len(gap) or arabic._cue_noun(word) is not None \
        or (len(word) >= 4 and word.endswith("ا") and not word.startswith("ال") and not word.endswith(("وا", "تا")))


_STOPS = re.compile(r"[.;:]")
_COORDINATED = re.compile(r"(?:^|[\s,])(?:and|et|as well as|ainsi que|ainsi qu['’])(?:\s|(?=\w))")
# A conjunct that opens a noun phrase or a preposition of its own ("a power station in A and a desalination plant
# in B", "strikes on A and on the port of B", "à A et à B"): a second object hit, not a gloss on the first one
# (a bare "A and B" may be one place told twice: "Erbil and its airport").
_NEW_CONJUNCT = re.compile(
    r"(?:^|[\s,])(?:and|et|as well as|ainsi que|ainsi qu['’])\s*(?:(?:also|aussi)\s+)?"
    r"(?:(?:on|at|in|against|near|around|inside|sur|à|contre|dans|près de|autour de|vers)\s+)?"
    r"(?:(?:a|an|the|another|un|une|le|la|les|des|du)\s|l['’]|d['’]|une?\b|(?=(?:on|at|in|against|near|around|toward|towards|"
    r"sur|à|contre|dans|vers)\s))",
    re.I)
_SITE_CUES = ("airbase", "base", "airport", "embassy", "consulate", "zone", "oil_field", "border_crossing")
_SITES_PLURAL = {lg: re.compile(p, re.I) for lg, p in L.SITES_PLURAL.items()}
_IMPACT_WORDS = (r"(?:were\s+|was\s+|have\s+|has\s+|ont\s+|a\s+|sont\s+|se sont\s+)?(?:hit|struck|landed|fell|slammed|exploded|"
                 r"impacted|targeted|tombée?s?|tombés|abattue?s?|frappée?s?|touchée?s?|visée?s?|explosée?s?|atterri)")


_DISTRIBUTIVE = re.compile(r"\b(?:l['’]une?|one)\b[^.;]{3,80}?(?:\bl['’]autre|\bthe other|\banother|\bune autre|\bun autre|"
                           r"\ba second|\bla seconde|\ble second|\bla deuxième|\ble deuxième)\b", re.I)
_ONE_EACH_BEFORE = re.compile(r"(?:\bl['’]une?|\bl['’]autre|\bone|\bthe other|\banother|\bune? autre|\ba second|"
                              r"\bla seconde|\ble second)\b[^,;]{0,30}$", re.I)
# ", the other in Y", ", another on Y", ", l'autre à Y", "et une autre sur Y": the next part of a salvo told with its own site
# the bare comma between two names of a list ("A, B and C")
_LIST_COMMA = re.compile(r"\s*,\s*")
_OTHER_ITEM_GAP = re.compile(r"^[^.;:]{0,30}?,\s*(?:(?:and|et)\s+)?(?:the\s+other|another|a\s+second|l['’]autre|une?\s+autre|"
                             r"la\s+seconde|le\s+second)\b[^,.;:]{0,30}$", re.I)


@lru_cache(maxsize=None)

def _site_count_pattern(lang: str) -> re.Pattern:
    """A site's own count, just before its name: "eleven missiles struck X", "et cinq sur le QG de la coalition à X".

    Opened (:func:`_opened`): it is searched from the clause's start to each name's."""
    return _opened(_c(r"(?<!\w)(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMWORDS + r")\s+"
              r"(?:(?:other|others|more|autres)\s+)?(?:(?:" + _projectile_alt(lang) + r")\s+)?"
              r"(?:" + _IMPACT_WORDS + r"\s+(?:(?:on|at|into|in|near|against|inside|sur|contre|à|dans|près de)\s+)?|"
              r"(?:on|at|into|against|sur|contre|à)\s+)"
              r"(?:(?!(?:and|et)\s)[\w'’-]+\s+|[dl]['’]){0,7}?$"))


def _sites(text: str, lang: str, info: ClauseInfo) -> list:
    """The separate sites one attack clause tells were hit, each with its own count when stated.

    "X and Y were hit", "à Abqaïq et à Khurais", "eleven struck X and one hit a base in Y": targets
    joined by "and"/"et" are separate sites when the clause says several sites were hit ("two bases",
    "deux installations"), when the later one has its own count, or when it is a named facility.
    """
    primary = info.target
    candidates = [m for m in info.mentions if m.role == "target" and m.cue not in _AREA_CUES and not m.adversary]
    if primary is None or primary not in candidates or len(candidates) < 2:
        return []
    pattern = _site_count_pattern(lang)
    counts = {}
    for m in candidates:
        cm = pattern.search(text, 0, m.start) if m.start else None
        if cm and cm.group("num").lower() not in ("a", "an", "un", "une"):
            c = parse_count(((cm.group("qual") or "") + " " + cm.group("num")).strip(), lang)
            counts[id(m)] = c.value if c else None
    plural = bool(_SITES_PLURAL.get(lang, _SITES_PLURAL["en"]).search(text))
    if _DISTRIBUTIVE.search(text):  # "two missiles, one over X and the other over Y": one each
        plural = True
        for m in candidates:
            if counts.get(id(m)) is None and _ONE_EACH_BEFORE.search(text, max(0, m.start - 40), m.start):
                counts[id(m)] = 1
    chains, chain = [], [candidates[0]]
    for b in candidates[1:]:
        a = chain[-1]
        gap = text[a.end:b.start]
        own = _own_attack_conjunct(gap, lang) if ("and" in gap or "et" in gap) else None
        if own is not None and counts.get(id(b)) is None and own.group("num") \
                and own.group("num").lower() not in ("a", "an", "un", "une"):
            c = parse_count(own.group("num"), lang)
            counts[id(b)] = c.value if c else None
        then = _in_sequence(text, a.end, b.start, b.end)
        if then and counts.get(id(a)) is None and ("with" in gap or "avec" in gap):
            # "attacked X with four missiles on Friday, then Y": the weapon told right after X counts X's
            w = _WITH_COUNT.match(gap)
            c = parse_count(w.group("num"), lang) if w is not None else None
            if c is not None:
                counts[id(a)] = c.value
        # ("struck more than 30 targets, including in A, B and C": the bare comma of a list of several sites
        # said hit links B as the "and" links C)
        linked = plural and (_OTHER_ITEM_GAP.match(gap) or _LIST_COMMA.fullmatch(gap)
                             and b.coordinated_with is not None and b.coordinated_with is (a.coordinated_with or a)) \
            or then or _SECOND_VERB_GAP.fullmatch(gap) \
            and not _same_place(a.name, b.name) or _COORDINATED.search(gap) \
            and not _STOPS.search(gap) and (
            plural or counts.get(id(b)) is not None or b.cue in _SITE_CUES or own is not None
            or _new_conjunct(gap, a, b))
        again = _REPEATED_PREP.match(gap) if not linked else None
        if again is not None and not _same_place(a.name, b.name) and re.search(
                r"(?<!\w)" + again.group("prep") + r"\s+(?:(?:the|la|le|les)\s+|l['’])?(?:[\w-]+\s+){0,2}$",
                text[max(0, a.start - 40):a.start], re.I):
            # "at X in Jordan, at Y in Syria and at Z", "contre X, contre Y et contre Z": the preposition of X told
            # again after a comma opens the next object of the same verb ("à X, sur l'Euphrate" does not)
            linked = True
        if linked:
            chain.append(b)
        elif len(chain) > 1 and a is chain[-1] and _HEAD_OF.match(gap) and a is not primary:
            # "..., and at the Golan Heights airfield of Ramat David": the name before "airfield of" only
            # qualifies the site named after it, which takes its place in the list
            chain[-1] = b
        elif b.coordinated_with is not None and b.coordinated_with is (a.coordinated_with or a) and b is not primary:
            # "the airports of X and Y and the refinery in Z": a bare conjunct not told as a site of its own
            # is part of the name before it; it neither joins nor cuts the list, read on from X
            continue
        else:
            chains.append(chain)
            chain = [b]
    chains.append(chain)
    group = next(c for c in chains if primary in c)
    if len(group) < 2:
        return []
    return [(m, counts.get(id(m))) for m in group]


# " with four missiles", " avec deux drones": a weapon told with its number right after a site's name
_WITH_COUNT = re.compile(r"\s+(?:with|avec)\s+[«\"“]?\s*(?P<num>\d+|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|"
                         r"cinq|six|sept|huit|neuf|dix)\s", re.I)
# ", at Y" after "at X (in Jordan)": the gap between two objects when the preposition is told again
_REPEATED_PREP = re.compile(r"^(?:\s+(?-i:[a-z][\w-]*)){0,2}(?:\s+(?:in|en|au|aux|à)\s+(?:the\s+)?(?-i:[A-Z])[\w'’ -]{0,25}?)?\s*,\s+"
                            r"(?P<prep>at|on|against|toward|towards|sur|contre|vers)\s+(?:(?:the|la|le|les)\s+|l['’])?$", re.I)
# " airfield of ", " base de ": a head noun whose "of" complement names the site (the name before it qualifies it)
_HEAD_OF = re.compile(r"^\s+(?:[\w-]+\s+){1,2}(?:of|de|du|d['’])\s*(?:the\s+|la\s+|l['’])?$", re.I)


@lru_cache(maxsize=None)
def _own_attack_pattern(lang: str) -> re.Pattern:
    return _c(r"(?:^|[\s,])(?:and|et|as well as|ainsi que|ainsi qu['’])\s+(?:(?:also|aussi|then|puis)\s+)?"
              r"(?:(?:of|de|d['’]|du|des)\s*)?(?:(?:(?:a|an|the|another|un|une|le|la|les)\s+)?(?P<num>" + _NUMWORDS + r")\s+(?:[\w-]+\s+)?|"
              r"(?:a|an|the|another|un|une|le|la|les)\s+(?:[\w-]+\s+)?|"
              # (a bare word between, not a verb: "and launched drones at Y" is a clause of its own)
              r"(?:(?![\w-]+(?:ed|é|ée|és|ées)\s)[\w-]+\s+)?)(?:" + _projectile_alt(lang) + r"|air ?strikes?|strikes?|raids?|frappes?|shelling|"
              r"bombardements?|attacks?|attaques?)\b")


def _own_attack_conjunct(gap: str, lang: str) -> Optional[re.Match]:
    """The conjunct between two places when it opens an attack of its own ("..., and two missiles on Y").

    "a raid on a house in X, and two missiles fired by a drone at farmland east of Y", "d'un raid à X et
    d'une frappe de drone à Y": the second place has its own weapon (and count), so it is a second site
    however long its noun phrase is.  The last coordinator of the gap is read.
    """
    last = None
    for last in _COORDINATED.finditer(gap):
        pass
    if last is None:
        return None
    return _own_attack_pattern(lang).match(gap, last.start())


_AREA_AFTER = re.compile(r"\s*(?:region|province|governorate|district|area|région|gouvernorat|district)\b", re.I)


def _new_conjunct(gap: str, a, b) -> bool:
    """Whether the coordinated target b is a second object hit rather than a gloss on target a.

    "une station électrique à A ainsi qu'une usine à B", "on A and on the port of B": the conjunct opens a
    noun phrase or a preposition of its own.  A site inside the first one ("the city and its airport") or
    told by the same name is not a second object.
    """
    last = None
    for last in _COORDINATED.finditer(gap):
        pass
    if last is None or not _NEW_CONJUNCT.match(gap, last.start()):
        return False
    rest = gap[last.end():]
    if "," in rest or len(rest.split()) > 8 or _AREA_AFTER.match(gap):
        # "sur Erbil, ... ainsi que sur le nord-ouest de la Syrie, suscitant une protestation de Bagdad": the
        # conjunct's own object came before b; "Iraq's Kurdistan region, and at ...": a is a region, no site
        return False
    if _same_place(a.name, b.name) or _same_place(b.container, a.name) or _same_place(a.container, b.name):
        return False
    return True


def _distance_km(match: re.Match, lang: str) -> Optional[float]:
    """Kilometres of a DISTANCE_DIRECTION match ("some eight kilometres", "une dizaine de km", "5 miles")."""
    words = match.group("num").split()
    c = next((c for k in range(min(3, len(words)), 0, -1)
              if (c := parse_count(" ".join(words[-k:]), lang)) is not None), None)
    if c is None:
        return None
    return to_km(c.value, match.group("unit"))


# "تبعد نحو خمسة كيلومترات إلى الشرق من الناحية", "على بعد 4 كم إلى الشمال الغربي من القاعدة": Arabic writes the
# direction after "to" with the article, which the plain "بعد N كم شرق X" form does not read
# a distance and bearing told from the target by its kind alone ("تبعد نحو 5 كيلومترات شمال المدينة")
_AR_FROM_THE_TARGET = re.compile(r"(?:كلم|كم|كيلومترا?|كيلومترات|ميلا?|أميال)\s+(?:إلى\s+)?(?:ال)?(?:شمال|جنوب|شرق|غرب)"
                                 r"\S*(?:\s+(?:ال)?(?:شرق|غرب)\S*)?\s+(?:من\s+)?(?:المدينة|البلدة|القرية|القاعدة|"
                                 r"المستوطنة|المستعمرة|الموقع|المطار|المعسكر)(?![\u0621-\u064A])")
_AR_DISTANCE_TO = re.compile(r"بعد\s+(?P<num>(?:نحو|حوالي|قرابة)\s+\S+|\S+)\s+(?P<unit>كلم|كم|كيلومترا?|كيلومترات|ميلا?|أميال)"
                             r"\s+(?:إلى|الى|باتجاه)\s+(?:ال)?(?P<dir>شمال|جنوب|شرق|غرب)ي?(?:\s+(?:ال)?(?P<dir2>شرق|غرب)ي?)?"
                             r"\s+(?:من|ل)")


# Where the unit of the Latin distance patterns (lexicon.DISTANCE_DIRECTION) can start, by the opening of the
# pattern as written up to its unit: a match starts at most three words (the figure), or four (and "de"), before
# it (a pattern edited since is searched whole)
_DISTANCE_UNIT_AT = {
    r"(?P<num>(?:[\w.,-]+\s+){0,2}?[\w.,-]+)\s*(?:-|\s)(?P<unit>km|kilomet(?:er|re)s?|miles?)":
        (re.compile(r"(?=km|kilomet(?:er|re)s?|miles?)", re.I), 3),
    r"(?P<num>(?:[\w.,'’-]+\s+){0,2}?[\w.,-]+)\s*(?:de\s+)?(?P<unit>km|kilomètres?|milles?)":
        (re.compile(r"(?=km|kilomètres?|milles?)", re.I), 4),
}


# "fired from Syrian territory", "tirées depuis le territoire libanais": a launch told by
# the adjective of a country's land names that country (no capitalised name stands for it in the text)
_LAUNCH_COUNTRY_ADJ = {  # (Arabic "من الأراضي السورية" is read with the place mentions: arabic._territory)
    "syrian": "Syria", "syrien": "Syria", "lebanese": "Lebanon", "libanais": "Lebanon", "iranian": "Iran",
    "iranien": "Iran", "iraqi": "Iraq", "irakien": "Iraq", "yemeni": "Yemen", "yéménite": "Yemen", "jordanian": "Jordan",
    "jordanien": "Jordan", "saudi": "Saudi Arabia", "saoudien": "Saudi Arabia", "turkish": "Turkey", "turc": "Turkey",
    "israeli": "Israel", "israélien": "Israel", "egyptian": "Egypt", "égyptien": "Egypt", "russian": "Russia",
    "russe": "Russia", "ukrainian": "Ukraine", "ukrainien": "Ukraine", "kuwaiti": "Kuwait", "koweïtien": "Kuwait",
    "emirati": "United Arab Emirates", "émirien": "United Arab Emirates", "qatari": "Qatar", "qatarien": "Qatar",
}
_TERRITORY_LAUNCH = re.compile(
    r"\b(?:from|depuis|du|de)\s+(?:(?:the|le)\s+)?(?:(?P<en>[A-Z][a-z]+)\s+(?:territory|soil|land)\b|"
    r"(?:territoire|sol)\s+(?P<fr>[a-zé]+?)(?:ne)?s?\b)")

# "Iran launched more than 300 drones and missiles at Israel", "la Russie a lancé 40 drones sur l'Ukraine": a country
# as the subject of the launch verb, its projectiles its object, is where they left from when no place is told ("Israël
# a accusé le Hezbollah d'avoir tiré": the country is the accuser, not the verb's subject)
_STATE_LAUNCHED = {
    "en": re.compile(r"\b(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:has\s+|had\s+)?(?:also\s+|again\s+|then\s+)?"
                     r"(?:launched|fired)\s+(?:[\w'’-]+\s+){0,5}?(?:missiles?|rockets?|drones?|projectiles?)\b"),
    "fr": re.compile(r"(?:\b(?:[Ll]a|[Ll]e|[Ll]es)\s+|\b[Ll]['’]\s*)?(?P<name>(?<![\w-])[A-ZÉ][\w-]+(?:\s+[a-zA-Z][\w-]+)?)\s+(?:a|ont|avait|avaient)\s+(?:(?:déjà|aussi|"
                     r"également|ensuite|alors)\s+)?(?:lancé|tiré)\s+(?:[\w'’-]+\s+){0,5}?"
                     r"(?:missiles?|roquettes?|drones?|projectiles?)\b"),
    # "أطلقت إيران مساء الثلاثاء نحو 200 صاروخ باتجاه إسرائيل": the verb before its subject
    "ar": re.compile(r"(?<![\u0621-\u064A])[وف]?(?:أطلقت|اطلقت|أطلق|اطلق)\s+(?P<name>" + "|".join(
        sorted((k for k in _COUNTRY_NAMES if "\u0600" <= k[:1] <= "\u06ff"), key=len, reverse=True))
        + r")\s+(?:\S+\s+){0,5}?(?:صاروخ|صواريخ|مسيرة|مسيرات|مسيّرة|مسيّرات|طائرات|قذائف)"),
}
# "ballistic missiles fired by Iran struck near X", "drones launched by Russia": the same country as the passive's
# agent ("fired by Iran-backed militias", "by Iranian proxies": no country named, see _COUNTRY_NAMES)
_STATE_LAUNCHED_BY = re.compile(r"\b(?i:missiles?|rockets?|drones?|projectiles?)\s+(?:\w+\s+)?(?:launched|fired)\s+"
                                r"(?:[\w-]+\s+)?by\s+(?P<name>[A-Z][\w]+(?:\s+[A-Z][\w]+)?)(?![\w-])")
# (an interception too: "l'Iran a tiré 200 missiles sur Israël, dont la plupart ont été interceptés")
_STATE_LAUNCH_TYPES = ("missile attack", "rocket attack", "drone attack", "interception")


def _state_launch(info: "ClauseInfo", text: str, lang: str) -> None:
    """Add a country launch mention for a country that launched the projectiles (see _STATE_LAUNCHED), if any."""
    pattern = _STATE_LAUNCHED.get(lang)
    m = pattern.search(text) if pattern is not None else None
    if m is None and lang == "en" and " by " in text:
        m = _STATE_LAUNCHED_BY.search(text)
    if m is None:
        return
    name = m.group("name")
    if "ntercept" in m.group() or "Patriot" in m.group():
        return  # "Saudi Arabia fired Patriot missiles", "Jordan launched interceptor missiles": the defence's
    code = _COUNTRY_NAMES.get(name.lower()) or _COUNTRY_NAMES.get(name.split()[0].lower())
    if code is None or code == "US":
        return  # (America's missiles fly from ships and aircraft, not from its land)
    if code == "IL" and (lang == "ar" or info.event_type != "rocket attack" and not _BALLISTIC.regex.search(text)):
        return  # (Arabic names the rockets of Israel's aircraft "صواريخ" too)
    if any(_COUNTRY_NAMES.get(t.name.lower()) == code for t in info.mentions if t.role == "target"):
        return  # "l'armée libanaise a tiré ... au Liban": no distance between the two
    # (by its English name, as _territory_launch's: the gazetteer holds "Russia" and "Ukraine" under no French alias)
    english = _english_country(code) or name.title()
    info.mentions.append(Mention(english, m.start("name"), m.end("name"), "country", role="launch"))


def _english_country(code: str) -> Optional[str]:
    """The English name of the country ``code`` as :data:`_COUNTRY_NAMES` holds it ("Russia" for RU), or None."""
    name = next((k for k, c in _COUNTRY_NAMES.items() if c == code and k.isascii()), None)
    return name.title() if name else None


# "Israel said it intercepted most of the missiles fired by Iran", "The Israeli military said it shot down 38 of the
# drones": the state (or its forces) that intercepts is the subject, and the projectiles were downed over its own land
# when the clause names no other place ("Jordan said it intercepted Iranian drones" is Jordan, not Israel)
# (the forces may come after the speech verb, "Ukraine said its air defences shot down 18 drones"; the state may be
# told by its capital, "Kyiv said it downed 18 of 20 drones", read through actors.canonical_state)
_INTERCEPTING_FORCES = (r"(?:military|army|armed\s+forces|forces|air\s+force|air\s+defen[cs]es?(?:\s+(?:forces|systems?|"
                        r"units?))?|defen[cs]e\s+(?:forces|ministry)|defen[cs]e\s+systems?|navy|(?:the\s+)?IDF)")
_STATE_INTERCEPTED = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:['’]s)?\s+"
    r"(?:" + _INTERCEPTING_FORCES + r"\s+)?"
    r"(?:(?:has|had)\s+)?(?:(?:said|says|announced|reported|claimed)\s+(?:that\s+)?(?:it|they|(?:its|their)\s+"
    + _INTERCEPTING_FORCES + r")\s+(?:had\s+|has\s+|have\s+)?)?"
    r"(?:successfully\s+)?(?:intercepted|shot\s+down|downed)\b")
# "Israël a affirmé avoir intercepté la plupart des missiles", "La défense aérienne ukrainienne a abattu 30 des 35
# drones", "abattus par l'armée de l'air ukrainienne": the same in French, the state by its name or its forces by the
# adjective of its land (read through _LAUNCH_COUNTRY_ADJ)
_FR_FORCES = (r"(?:armée(?:\s+de\s+l['’]air)?|aviation|défenses?\s+(?:anti-?)?aériennes?|défense\s+antiaérienne|DCA|"
              r"forces(?:\s+armées|\s+aériennes)?|force\s+aérienne|marine)")
_STATE_INTERCEPTED_FR = re.compile(
    r"(?:(?<![\w-])(?P<name>(?:Israël|Tsahal|[A-ZÉ][a-zéèëï]+)|(?P<org>(?:[Ll]['’]\s*|[Ll]a\s+|[Ll]es\s+)?"
    + _FR_FORCES + r"\s+(?P<adj>[a-zéèëï]+)))"
    r"(?:\s+de\s+l['’]air)?\s+(?:a|ont|avait|avaient)\s+(?:(?:affirmé|annoncé|indiqué|dit|déclaré|assuré|revendiqué)\s+"
    r"(?:avoir\s+)?)?(?:(?:déjà|aussi|également|ensuite)\s+)?(?:intercepté|abattu|détruit|neutralisé)\b|"
    r"(?:interceptée?s?|abattue?s?|détruite?s?|neutralisée?s?)\s+(?:[\w'’-]+\s+){0,3}?par\s+"
    r"(?P<porg>(?:[Ll]['’]\s*|[Ll]a\s+|[Ll]es\s+)" + _FR_FORCES + r"\s+(?P<padj>[a-zéèëï]+)))")


def _state_intercepted(info: "ClauseInfo", text: str, lang: str = "en") -> None:
    """Add the intercepting state as the place of an interception that names no place (see _STATE_INTERCEPTED)."""
    if any(t.role in ("target", "impact") for t in info.mentions):
        return
    if lang == "fr":
        m = _STATE_INTERCEPTED_FR.search(text)
        if m is None:
            return
        adj = m.group("adj") or m.group("padj")
        if adj is not None:
            adj = adj.lower()
            adj = adj[:-2] if adj.endswith("ienne") else adj[:-1] if adj.endswith(("iens", "ens")) else adj
            country = _LAUNCH_COUNTRY_ADJ.get(adj)
            group = "org" if m.group("org") else "porg"
        else:
            name = m.group("name")
            code = "IL" if name == "Tsahal" else _COUNTRY_NAMES.get(name.lower())
            if code is None or code == "US":
                return  # (America intercepts over seas and other lands, not over its own)
            country = _english_country(code)
            group = "name"
        if country is None:
            return
        info.mentions.append(Mention(country, m.start(group), m.end(group), "country"))
        return
    m = _STATE_INTERCEPTED.search(text)
    if m is None:
        return
    name = m.group("name")
    words = name.split()
    if words[0] == "The" and len(words) > 1:
        words = words[1:]  # "The Israeli military said it intercepted"
    written = " ".join(words)
    country = _LAUNCH_COUNTRY_ADJ.get(written.lower())
    if country is None:
        # (a capital for its state: "Kyiv said it downed", "Moscow said its air defences shot down")
        state = canonical_state(written) if written.lower() not in _COUNTRY_NAMES else None
        code = _COUNTRY_NAMES.get((state or written).lower())
        if code is None or code == "US":
            return  # (America intercepts over seas and other lands, not over its own)
        country = state or written
    info.mentions.append(Mention(country, m.start("name"), m.end("name"), "country"))


# The same in Arabic: "أعلن الجيش الإسرائيلي اعتراض صواريخ أطلقت من إيران", "أعلن الجيش الأردني إسقاط طائرة مسيرة
# قادمة من سوريا", "قال جيش الاحتلال إن دفاعاته الجوية اعترضت صاروخا": the army, air defence or ministry of a state,
# told by its nationality, then (a few words on: the speech verb, the day, "أن دفاعاته") the verb or noun of
# stopping. What it stops over its own land is where the interception is, when the clause names no other place.
# (America intercepts over seas and other lands: it has no nisba there; nor are Russia and Ukraine, whose Arabic
# country names the clause reader does not hold)
# the nationality stem ("سوري" of "الجيش السوري", "سورية" of "الدفاعات الجوية السورية") of each country
# arabic._TERRITORY_NISBA names by its land, the ones the clause reader names (see _COUNTRY_NAMES)
_AR_STATE_INTERCEPT_ADJ = {nisba[2:-1]: country for nisba, country in arabic._TERRITORY_NISBA.items()
                           if nisba.startswith("ال") and nisba.endswith("ة") and country in _COUNTRY_NAMES}
_AR_STATE_INTERCEPTED = re.compile(
    r"(?<![\u0621-\u064A])(?:(?:ال)?(?:جيش|دفاعات\s+(?:ال)?جوية|دفاع\s+(?:ال)?جوي|قوات\s+(?:ال)?مسلحة|قوات|"
    r"سلاح\s+(?:ال)?جو|وزارة\s+(?:ال)?دفاع)\s+(?P<adj>(?:ال)?(?P<stem>"
    + "|".join(sorted(_AR_STATE_INTERCEPT_ADJ, key=len, reverse=True)) +
    r")(?:ة)?)(?![\u0621-\u064A])|(?P<occ>جيش\s+الاحتلال))"
    r"(?:[\s،,]+[^\s،,.؛:]+){0,6}?[\s،,]+[وف]?(?:اعتراض|إسقاط|اسقاط|اعترض|أسقط|اعترضت|أسقطت|تصدت|تصدى|التصدي)"
    r"(?![\u0621-\u064A])")


# the verb first, its subject after (the usual order of a news sentence): "اعترضت الدفاعات الجوية الإسرائيلية صاروخين
# أطلقا من لبنان", "اعترضت القبة الحديدية صاروخا" (Israel's own system), as "Israeli air defences intercepted two
# rockets fired from Lebanon" is read
_AR_STATE_INTERCEPTED_VSO = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:اعترضت|اعترض|أسقطت|أسقط|اسقطت|اسقط|تصدت|تصدى)\s+(?:(?:ال)?(?:جيش|دفاعات\s+(?:ال)?جوية|"
    r"دفاع\s+(?:ال)?جوي|قوات\s+(?:ال)?مسلحة|قوات|سلاح\s+(?:ال)?جو)\s+(?P<adj>(?:ال)?(?P<stem>"
    + "|".join(sorted(_AR_STATE_INTERCEPT_ADJ, key=len, reverse=True)) +
    r")(?:ة)?)(?![\u0621-\u064A])|(?P<occ>جيش\s+الاحتلال|(?:ال)?قبة\s+(?:ال)?حديدية))")


def _ar_state_intercepted(info: "ClauseInfo", text: str) -> None:
    """Add the intercepting state as the place of an Arabic interception naming no place (see _AR_STATE_INTERCEPTED)."""
    if any(t.role in ("target", "impact") for t in info.mentions):
        return
    m = _AR_STATE_INTERCEPTED.search(text) or _AR_STATE_INTERCEPTED_VSO.search(text)
    if m is None:
        return
    if m.group("occ"):
        info.mentions.append(Mention("إسرائيل", m.start("occ"), m.end("occ"), "country"))
    else:
        info.mentions.append(Mention(_AR_STATE_INTERCEPT_ADJ[m.group("stem")], m.start("adj"), m.end("adj"), "country"))
    info.mentions.sort(key=lambda x: x.start)


# "launched from the Yemeni capital Sanaa", "tiré depuis la capitale yéménite, Sanaa": read from the launch verb's own
# "from" (a capital is otherwise a description, see lexicon.DESCRIPTIVE)
_CAPITAL_AFTER_FROM = re.compile(r"\s*(?:the|la)\s+(?:[A-Z][a-z]+\s+)?capitale?(?:\s+[a-zé]+)?,?\s+"
                                 r"(?P<name>[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)")


# "des roquettes tirées sur le nord du pays", "dans le sud du pays": the part of the country the clause named before
# (« Israël a accusé le Hezbollah d'avoir tiré une trentaine de roquettes sur le nord du pays »: northern Israel)
_PART_OF_THE_COUNTRY = re.compile(r"\b(?:sur|dans|vers|contre|à|en\s+direction\s+d[eu])\s+(?:le|l['’])\s*"
                                  r"(?P<dir>(?:nord|sud)(?:-(?:est|ouest))?|est|ouest)\s+du\s+pays\b")
_COUNTRY_WORD = re.compile(r"(?<![\w-])(?:[Ll]['’]\s*)?(?P<name>[A-ZÉ][\w-]+(?:\s+[a-z][\w-]+)?)")
_PART_EN = {"nord": "North", "sud": "South", "est": "East", "ouest": "West", "nord-est": "North-east",
            "nord-ouest": "North-west", "sud-est": "South-east", "sud-ouest": "South-west"}


def _part_of_country_named(info: "ClauseInfo", text: str) -> None:
    """Add the part of a country a French clause tells by "du pays" after naming the country (see _PART_OF_THE_COUNTRY).

    The mention is written as the English part and name ("North Israel"), which resolve._part_in_name reads as that
    part of the country's outline.
    """
    part = _PART_OF_THE_COUNTRY.search(text)
    if part is None:
        return
    code = None
    for w in _COUNTRY_WORD.finditer(text, 0, part.start()):
        name = w.group("name")
        code = _COUNTRY_NAMES.get(name.lower()) or _COUNTRY_NAMES.get(name.split()[0].lower()) or code
    if code is None:
        return
    english = next((k for k, c in _COUNTRY_NAMES.items() if c == code and k.isascii()), None)
    if english is None:
        return
    s, e = part.start("dir"), part.end()
    info.mentions.append(Mention(f"{_PART_EN[part.group('dir')]} {english.title()}", s, e, "country"))


def _territory_launch(info: "ClauseInfo", text: str) -> None:
    """Add a country launch mention for "from <adjective> territory" (see _TERRITORY_LAUNCH), if the clause has one."""
    for m in _TERRITORY_LAUNCH.finditer(text):
        adj = (m.group("en") or m.group("fr") or "").lower()
        country = _LAUNCH_COUNTRY_ADJ.get(adj)
        if country is not None:
            info.mentions.append(Mention(country, m.start(), m.end(), "country", role="launch"))
            return


# "about six kilometres to the west" with no "of": the distance and bearing are told from the target
_EN_DISTANCE_TO = re.compile(r"(?P<num>(?:[\w.,-]+\s+){0,2}?[\w.,-]+)\s*(?:-|\s)(?P<unit>km|kilomet(?:er|re)s?|miles?)\s+"
                             r"(?:away\s+)?to\s+the\s+(?P<dir>north-east|north-west|south-east|south-west|northeast|"
                             r"northwest|southeast|southwest|north|south|east|west)\b(?!\s+of\b)", re.I)


def _launch_distance(text: str, lang: str, v: dict, found: Optional[frozenset],
                     named: bool = False) -> tuple[Optional[float], Optional[str]]:
    """Kilometres and direction of a launch point told by its distance from a place, or (None, None)."""
    gated = v["distance_dir"]
    unit_at = next((a for opening, a in _DISTANCE_UNIT_AT.items() if gated.pattern.startswith(opening)
                    and gated.regex.flags == re.I | re.U), None)
    if unit_at is not None:  # (only the words before a unit are tried: the pattern opens on any word)
        dd = next(_finditer_before(gated.regex, unit_at[0], text, unit_at[1]), None) if gated.possible(found) else None
    else:
        dd = gated.search(text, found)
    if dd:
        return _distance_km(dd, lang), _direction_word(dd.group("dir"))
    if lang == "en" and not named and " to the " in text:
        # (not for a named site: "from near X, some 20 km to the south" places X, no offset from it)
        dd = _EN_DISTANCE_TO.search(text)  # "from the village of X, about six kilometres to the west"
        if dd:
            return _distance_km(dd, lang), _direction_word(dd.group("dir"))
    if lang == "ar" and ("إلى" in text or "الى" in text or "باتجاه" in text):
        dd = _AR_DISTANCE_TO.search(text)
        if dd:
            word = dd.group("dir") + (" " + dd.group("dir2") if dd.group("dir2") else "")
            return _distance_km(dd, lang), _direction_word(word)
    return None, None


# "the rocket", "these missiles", "les roquettes", "ce drone": a definite projectile, one already told
_TOLD_PROJECTILE = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:rockets?|missiles?|drones?|projectiles?)\b|"
                              r"\b(?:la|le|les|cette|ce|ces)\s+(?:roquettes?|missiles?|drones?|projectiles?)\b|"
                              # the attack named by its weapon, as "the drone attack" is: "L'attaque de drones n'a pas fait
                              # de victimes", "l'attaque au drone", "la frappe de missile", "les tirs de roquettes"
                              r"(?:\bl['’]\s*|\b(?:la|les|cette|ces|cet)\s+)(?:attaques?|frappes?|tirs|salves?)\s+"
                              r"(?:de\s+|d['’]\s*|au\s+|aux\s+|des\s+|à\s+la\s+|par\s+)(?:roquettes?|missiles?|drones?|projectiles?)\b|"
                              # "أن الصواريخ أطلقت من ...": the definite Arabic noun
                              r"(?<!\S)[وف]?(?:ال(?:صواريخ|صاروخ(?:ين|ان)?|مسيّ?ر(?:ة|ات|تين|تان)|مقذوفات)|الطائر(?:ة|ات|تين|تان)"
                              r"\s+(?:ال)?مسيّ?ر(?:ة|ات|تين|تان))(?!\S)", re.I)
_PROJECTILE_TYPES = ("rocket attack", "missile attack", "drone attack")
_THAT_PROJECTILE = re.compile(r"^\W*(?:that|this|ce|cet|cette|ces)\s+(?:[\w-]+\s+)?(?:rockets?|missiles?|drones?|projectiles?|roquettes?|engins?|obus|shells?)\b", re.I)


def _projectile_told(frames: list, states: dict, cur: "_Current", info: "ClauseInfo", dates: list,
                     index: int) -> Optional["_Current"]:
    """The incident a clause about "the rockets" goes back to when another kind of incident is being told.

    "Rockets hit X and a drone struck Y. The rockets fell inside the perimeter ... The launch pad was found
    south of X", "the rocket was launched from near Z" (a live blog's later entry): a definite projectile with
    no place, count or day of its own is the one of the last incident of that kind, not the drone's or a
    reaction's.  Only an entry time (when the account was posted) may date the clause.
    """
    etype = info.event_type
    if etype not in _PROJECTILE_TYPES or info.target is not None or info.count or info.new_marker or info.generic:
        return None
    if any(d.kind != "entry_time" for d in dates):
        return None
    told = cur.frame.first("event_type")
    if told is not None and told.value == etype:
        return None
    if told is not None and told.value not in _PROJECTILE_TYPES + ("interception",) and cur.target is not None:
        return None  # "Israeli strikes hit X. The missiles were fired from Y": the strikes' own munitions
    if not _TOLD_PROJECTILE.search(info.clause.text):
        return None
    if index - cur.last_sentence <= 1 and _THAT_PROJECTILE.match(info.clause.text):
        # "... the group hit the tanker X off Y. That missile started a fire, and no one was hurt": a demonstrative
        # points at the incident just told (its weapon unnamed there), not back at an earlier one of that kind
        return None
    for frame in reversed(frames):
        st = states[id(frame)]
        kind = frame.first("event_type")
        if st is cur or st.target is None or kind is None or index - st.last_sentence > 12:
            continue
        if kind.value == etype:
            return st
    return None


def _name_launch_reference(info: "ClauseInfo", after: int) -> None:
    """Name an unnamed launch point by the place its position is told from.

    "fired from an area 5 km south of X", "tirées depuis une zone à 5 km au sud de X": the launch lies
    by X, not by the target; the place, its bearing and distance go with the launch (the estimator
    offsets from X when X is not where the target is).
    """
    ref = next((m for m in info.mentions if m.role == "reference" and m.start > after and m.direction), None)
    if ref is None or (info.target is not None and _same_place(ref.name, info.target.name)):
        return
    ref.role = "launch"
    if info.launch_distance_km and ref.distance_km is None:
        ref.distance_km = info.launch_distance_km
    info.launch_distance_km = None


_DIR_PARTS = re.compile(r"[- ]")


def _direction_word(word: str) -> str:
    fr = {"nord": "north", "sud": "south", "est": "east", "ouest": "west", **arabic.DIRECTIONS}
    parts = _DIR_PARTS.split(word.lower())
    return "-".join(fr.get(p, p) for p in parts)


@lru_cache(maxsize=1)
def _weapon_aliases() -> tuple[str, ...]:
    """Every name the weapons catalogue knows (``data/weapons.csv``), longest first."""
    from .weapons import catalogue

    generic = {"drone", "drones", "rocket", "rockets", "missile", "missiles", "mortar", "mortars"}
    return tuple(sorted({a for w in catalogue() for a in w.aliases if len(a) >= 3 and a.lower() not in generic},
                        key=len, reverse=True))


@lru_cache(maxsize=1)
def _weapon_alias_set() -> frozenset:
    """Every weapon name of the catalogue, lower-cased."""
    return frozenset(a.lower() for a in _weapon_aliases())


_WEAPON_NOUN_AFTER = re.compile(r"[\s-]+(?:rockets?|missiles?|drones?|rounds|shells|roquettes?)\b", re.I)


@lru_cache(maxsize=1)
def _weapon_pattern():
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in _weapon_aliases()) + r")(?![\w])", re.I)


@lru_cache(maxsize=1)
def _weapon_gate() -> _Gated:
    return _Gated(_weapon_pattern())


@lru_cache(maxsize=1)
def _weapon_automaton():
    import ahocorasick

    auto = ahocorasick.Automaton()
    for alias in _weapon_aliases():
        auto.add_word(alias.lower(), len(alias))
    auto.make_automaton()
    return auto


def _weapon(text: str, found: Optional[frozenset] = None) -> Optional[str]:
    """The first weapon name of the catalogue in ``text`` (the longest one at that place)."""
    if not _weapon_gate().possible(found):
        return None
    pattern = _weapon_pattern()
    low = text.lower()
    if len(low) != len(text):
        m = pattern.search(text)
        return m.group(0) if m else None
    # Where the automaton sees a name, the pattern is tried: the same answer as a search, without
    # trying a 250-name alternation at every position of the clause.
    starts = sorted({end - n + 1 for end, n in _weapon_automaton().iter(low)})
    for start in starts:
        m = pattern.match(text, start)
        if m:
            return m.group(0)
    return None


# ---------------------------------------------------------------------------------------------
# The document


@dataclass
class _Current:
    frame: EventFrame
    target: Optional[str]
    date: Optional[DateSpan]
    last_sentence: int
    siblings: list = field(default_factory=list)  # frames of the other sites hit in the same strike
    scene: Optional[str] = None  # the country a paragraph opened with ("En Irak, ...") while it was told
    earlier: list = field(default_factory=list)  # casualty facts of a first toll, dropped when a current one comes
    said_day: bool = False  # its day is the day a source spoke ("the army said on Tuesday that ..."), see _own_day
    # its day is the one the report's lead gave it ("Rockets hit X on Sunday, a source said. They landed late on
    # Saturday night"): the lead's summary day, which the account right after it may tell more exactly (see _own_day)
    lead_day: bool = False


# "In Syria, ...", "En Irak, les frappes ...", "Au Liban, ...": a paragraph that opens on a country tells what
# happened there; a wave told country by country is one incident per country.
_SCENE = re.compile(r"^\W*(?:In|En|Au|Aux|Inside|Over in|في)\s+(?:the\s+)?(?P<c>[\w'’-]+(?:\s+[\w'’-]+)?)\s*[,،]")


def _scene(text: str) -> Optional[str]:
    """The country a sentence opens on ("In Iraq, ..."), as its code, or None."""
    m = _SCENE.match(text)
    if m is None:
        return None
    name = m.group("c").lower()
    return _COUNTRY_NAMES.get(name) or _COUNTRY_NAMES.get(name.split()[0])


def _norm(name: Optional[str]) -> str:
    return normalize(name) if name else ""


def _same_place(a: Optional[str], b: Optional[str]) -> bool:
    na, nb = _norm(a), _norm(b)
    return bool(na and nb and (na == nb or na in nb or nb in na))


def _distinct_site(info: "ClauseInfo", cur: "_Current") -> bool:
    """Whether the clause's target is a site of its own inside or beside the place of the incident told.

    "Erbil International Airport" contains "Erbil", but drones downed over the airport with their
    own count ("three drones", "no casualties") are not the missiles that hit the city: a name with a
    site cue (airport, base, oil field ...) and one with a town cue or none are two places when the
    clause has its own count or attack word.
    """
    target = info.target
    if target is None or cur.target is None or _norm(target.name) == _norm(cur.target):
        return False
    if not (info.count or info.trigger):
        return False
    told = cur.frame.first("target")
    told_cue = told.value.cue if told is not None and _norm(told.value.name) == _norm(cur.target) else None
    if target.cue in _SITE_CUES:
        return told_cue not in _SITE_CUES
    # the other way round, a bare name after the site ("air defences at Ain al-Asad" after "Ain al-Asad air
    # base") is mostly the site again: only a name called a town, with a count of its own, is the town
    return told_cue in _SITE_CUES and target.cue in ("town", "city") and bool(info.count)


# "a drone launched from Yemen", "tirées depuis le Liban", "أطلقت من اليمن": the country a weapon came from is not
# where the article's places are looked up ("... exploded near the city of Aqaba" is Jordan's, not a Yemeni hamlet)
_ORIGIN_BEFORE = re.compile(r"(?:\b(?:from|depuis)\s+(?:the\s+|le\s+|la\s+|l['’]\s*)?|(?<![\u0621-\u064A])[وف]?(?:أطلق|اطلق|انطلق|قادم|آتي)\S*"
                            r"\s+من\s+)$", re.I)


def _from_origin(text: str, start: int) -> bool:
    """Whether the country name at ``start`` is told as where a weapon came from (see _ORIGIN_BEFORE)."""
    return _ORIGIN_BEFORE.search(text, max(0, start - 24), start) is not None


def document_focus(doc: Document) -> tuple[str, ...]:
    """Countries the document talks about, most mentioned first."""
    low = doc.text.lower()
    counts = {}
    split = _country_halves()
    if split is not None:
        # one scan of the text for every country's Latin words, and each Arabic half alone where its
        # words are present: the same counts as each whole pattern's findall (see _country_halves)
        latin_rx, halves = split
        # the stems the text holds, from one automaton pass (not a substring search of the text for each stem)
        hits = list(_stem_automaton().iter(low))  # (end, stem) of each
        held = frozenset(map(_NEEDLE_OF, hits))
        gated = [(cc, arabic_stems, arabic_rx) for cc, stems, arabic_stems, arabic_rx in halves
                 if not held.isdisjoint(stems)]
        latin = {}
        odd = any(map(doc.text.__contains__, "\u212aſıİ"))  # re.I reads these as k, s, i
        if gated and (not held.isdisjoint(split_latin_stems(halves, gated)) or odd):
            if not odd and len(low) == len(doc.text) and _latin_opens_on_stems():
                # every Latin match opens on a stem (each alternative's first word is one): the pattern is tried
                # where the pass found one, left to right as finditer would, not at every position of the article
                pos = 0
                for start in sorted({end - len(stem) + 1 for end, stem in hits}):
                    m = latin_rx.match(doc.text, start) if start >= pos else None
                    if m is not None:
                        pos = m.end()
                        if not _from_origin(doc.text, m.start()):
                            latin[m.lastgroup] = latin.get(m.lastgroup, 0) + 1
            else:
                for m in latin_rx.finditer(doc.text):
                    if not _from_origin(doc.text, m.start()):
                        latin[m.lastgroup] = latin.get(m.lastgroup, 0) + 1
        for cc, arabic_stems, arabic_rx in gated:
            n = latin.get(cc, 0)
            if arabic_rx is not None and not held.isdisjoint(arabic_stems):
                n += sum(1 for m in arabic_rx.finditer(doc.text) if not _from_origin(doc.text, m.start()))
            if n:
                counts[cc] = n
        return tuple(cc for cc, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    for cc, stems, rx in _country_patterns():
        # every match contains one of its pattern's literal words: most countries are skipped
        # by a plain substring test instead of a regex scan of the whole text
        if any(map(low.__contains__, stems)):
            n = sum(1 for m in rx.finditer(doc.text) if not _from_origin(doc.text, m.start()))
            if n:
                counts[cc] = n
    return tuple(cc for cc, n in sorted(counts.items(), key=lambda kv: -kv[1]))


def _countries_named_by(doc: Document):
    """A callable giving the countries ``doc`` names (its focus, and those it says a place is in), computed once at
    the first call: an Arabic reader asks only when a far town's alias is struck (see arabic.foreign_here)."""
    memo: list = []

    def countries() -> frozenset:
        if not memo:
            from .resolve import _apposed_countries

            memo.append(frozenset(document_focus(doc)) | frozenset(_apposed_countries(doc.text or "")))
        return memo[0]

    return countries


@functools.lru_cache(maxsize=1)
def _stem_automaton():
    """One Aho-Corasick automaton of every country stem of :func:`_country_halves`."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for _, stems, _, _ in _country_halves()[1]:
        for stem in stems:
            auto.add_word(stem, stem)
    auto.make_automaton()
    return auto


@functools.lru_cache(maxsize=1)
def _latin_opens_on_stems() -> bool:
    """Whether every Latin alternative of the country patterns opens on a word of four letters or more, all of it
    written (a stem of :func:`_country_patterns`; not "saudis?"): then a Latin match can start only where a stem
    does (see :func:`document_focus`).  An alternative whose first word ends on an optional letter ("afghane?s?")
    opens on the letters before it, which must then be a stem of their own ("afghan", an alternative too)."""
    for (_, stems, _), pattern in zip(_country_patterns(), L.COUNTRY_WORDS.values()):
        m = _COUNTRY_SPLIT.fullmatch(pattern)
        if m is None:
            return False
        for alt in m.group(1).split("|"):
            word = re.match(r"[^\W\d_]+", alt)
            if word is None:
                return False
            written = word.group()
            if alt[word.end():word.end() + 1] == "?":
                written = written[:-1]  # the optional letter left out
                if written.lower() not in stems:
                    return False
            if len(written) < 4:
                return False
    return True


def split_latin_stems(halves, gated) -> tuple[str, ...]:
    """The Latin stems of the gated countries (a text with none of them has no Latin match to count)."""
    wanted = {cc for cc, _, _ in gated}
    return tuple(w for cc, stems, arabic_stems, _ in halves if cc in wanted for w in stems if w not in arabic_stems)


# "\b(?:iraq|iraqi|irakien(?:ne)?s?)\b|العراق|عراقي": whole Latin words, then Arabic literals.  A single optional
# letter ("s?", and "e?" as in "afghane?s?") is read too: any other shape sends document_focus to its slower
# path, one scan of the article per country (AF written "afghane?s?" once did so for every article)
_COUNTRY_SPLIT = re.compile(r"\\b\(\?:((?:[a-zà-ÿ ]|\(\?:[a-zà-ÿ]+\)\?|(?<=[a-zà-ÿ?])[a-zà-ÿ]\?|\|)+)\)\\b((?:\|[\u0621-\u064A]+)*)")
_OPTIONAL_PART = re.compile(r"\(\?:[^()]*\)\?|[a-zà-ÿ]\?")  # "(?:ne)?", "s?", "e?": what a match may leave out


@functools.lru_cache(maxsize=1)
def _country_halves():
    """The country patterns cut into one combined Latin pattern (a named group a country) and each
    country's Arabic literals, or None when a pattern is not of that shape.

    The counts are the same as each whole pattern's: Latin and Arabic matches share no character,
    so they never overlap; and the Latin alternatives are whole words, no word of one country
    beginning with a word of another (checked here), so no match of one country's words can
    start inside, or at the start of, another's and the combined scan finds each country's own."""
    halves, branches, first_words = [], [], {}
    for (cc, stems, _), (cc2, pattern) in zip(_country_patterns(), L.COUNTRY_WORDS.items()):
        m = _COUNTRY_SPLIT.fullmatch(pattern)
        if m is None or cc != cc2 or not cc.isidentifier():
            return None
        words = set(re.findall(r"[^\W\d_]+", _OPTIONAL_PART.sub("", m.group(1))))
        first_words[cc] = words
        arabic = [w for w in m.group(2).split("|") if w]
        arabic_stems = tuple(w for w in stems if any(w in a for a in arabic))
        halves.append((cc, stems, arabic_stems, re.compile("|".join(arabic)) if arabic else None))
        branches.append(f"(?P<{cc}>{m.group(1)})")
    for cc, words in first_words.items():
        for other, theirs in first_words.items():
            if other != cc and any(a.startswith(b) or b.startswith(a) for a in words for b in theirs):
                return None
    return _opened(re.compile(r"\b(?:" + "|".join(branches) + r")\b", re.I)), tuple(halves)


@functools.lru_cache(maxsize=1)
def _country_patterns() -> list[tuple[str, tuple[str, ...], re.Pattern]]:
    # (opened: a whole article is scanned once per country it may name)
    return [(cc, tuple({w.lower() for w in re.findall(r"[^\W\d_]{4,}", p)}), _opened(re.compile(p, re.I)))
            for cc, p in L.COUNTRY_WORDS.items()]


_OTHERS_START = re.compile(r"\s*(?:others?|d['’]autres|les autres)\b", re.I)


# "..., the service said in a statement on Monday.": the day of the statement closing the clause, not of the incident
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+[\w.' ]{1,40}?|announced|stated|reported|added|confirmed|"
                          r"a (?:indiqué|déclaré|annoncé|affirmé|précisé|ajouté)|ont (?:indiqué|déclaré|annoncé))"
                          r"(?:\s+(?:in|on|dans|sur)\s+(?:a|an|its|un|une|son|sa)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:statement|communiqué|post|briefing|interview|message))?\s*,?\s*$", re.I)
# "announced on Monday that ...", "a confirmé lundi soir que ...": a statement's day, then what it reports
_REPORTED_ON = re.compile(r"\b(?:said|says|announced|confirmed|reported|stated|disclosed|revealed|told\s+[\w.' ]{1,40}?|"
                          r"(?:a|ont|avait|avaient)\s+(?:confirmé|annoncé|indiqué|déclaré|affirmé|précisé|rapporté|"
                          r"révélé|fait savoir))\s+(?:on\s+|late\s+on\s+)?$", re.I)
_STATEMENT_THAT = re.compile(r"\s*(?:soir|matin|après-midi|evening|morning|afternoon|night)?\s*,?\s*(?:que\b|qu['’]|that\b)",
                             re.I)
_CLAUSE_TAIL = re.compile(r"\s*[.!?»\"”]*\s*$")


# "the death toll from X rose to 89 on Friday", "le bilan s'est alourdi à 40 morts samedi", "By Friday the toll
# had risen to 89": the day the count was updated, not the day of the attack it counts
_TOLL_UPDATE_BEFORE = re.compile(
    # ("The number of soldiers killed when a bomb hit X rose to five on Wednesday": the number of any victims)
    r"\b(?:toll|bilan|number of (?:[\w.-]+ ){0,3}?(?:dead|deaths|casualties|victims|killed|wounded|injured)|"
    r"nombre de (?:[\w.-]+ ){0,3}?(?:morts|victimes|tués|blessés))\b[^.;]{0,160}?"
    r"\b(?:rose|risen|rising|climbed|jumped|increased|reached|hit|stood|stands|surged|grew|"
    r"s['’](?:est|était) (?:alourdi|élevé)|(?:est|était) (?:passé|monté)|a (?:atteint|grimpé|dépassé)|atteignait|s['’]élevait|"
    r"s['’]élève|grimpe|atteint)\s+(?:to|at|à|a)?\s*(?:at least|more than|nearly|almost|about|some|au moins|plus de|"
    r"près de|environ)?\s*(?:\d[\d,. ]*|(?:" + _NUMWORDS + r")(?!\w))"
    r"(?:\s+(?:[\w-]+\s+)?(?:people|dead|deaths|killed|victims|morts|tués|personnes|victimes))?\s*,?\s*"
    # ("has risen to 12, officials said Friday", "rose to 25, the army said on Friday", "est passé à 25 soldats tués,
    # a indiqué vendredi l'armée": the source that told the revised figure, then the day it spoke; that day is the
    # toll's, not the attack's)
    r"(?:(?:[\w.'’-]+\s+){0,4}?(?:said|says|reported|announced|confirmed|told\s+[\w.' ]{1,40}?|"
    r"(?:a|ont)\s+(?:indiqué|déclaré|annoncé|affirmé|précisé|rapporté|confirmé|fait\s+savoir))\s*,?\s*)?"
    r"(?:on|by|as of|late|early|le|dans la journée de|ce)?\s*$", re.I)
_TOLL_UPDATE_AFTER = re.compile(
    r"\s*,?\s*(?:the |le |a |an )?(?:[\w-]+\s+){0,2}?(?:death |overall |casualty )?(?:toll|bilan)\b[^.;]{0,60}?"
    r"\b(?:had |has |was |avait |a |s['’](?:était|est) )?(?:rose|risen|climbed|jumped|increased|reached|grown|"
    r"alourdi|passé|atteint|grimpé|élevé)\b", re.I)


def _toll_date(text: str, d) -> bool:
    """Is ``d`` the day a death toll was updated ("the toll rose to 89 on Friday"), not the incident's day?

    Never a gap counted back to the attack: "said on Tuesday the toll had risen to five, a day after a strike on X",
    "le bilan s'élevait à cinq morts, au lendemain d'une frappe" date the strike (dates._statement_after)."""
    if d.span is None or d.relative_to_previous or _dates_module._GAP_AFTER.match(text, d.start):
        return False
    return _TOLL_UPDATE_BEFORE.search(text, max(0, d.start - 220), d.start) is not None \
        or _TOLL_UPDATE_AFTER.match(text, d.end) is not None


def _attribution_date(text: str, d) -> bool:
    """Is ``d`` the date of a statement that closes the clause ("..., the army said on Monday.")?"""
    return d.span is not None and not d.relative_to_previous and _CLAUSE_TAIL.fullmatch(text, d.end) is not None \
        and _SAID_BEFORE.search(text, max(0, d.start - 80), d.start) is not None


_AFTER_WORD = re.compile(r"\s(?:after|après)\s", re.I)
# a state's or an official's reaction: what it said or did about an attack, on a day of its own
_REACTION_VERB = re.compile(r"\b(?:said|says|recall\w*|summon\w*|condemn\w*|denounc\w*|protest\w*|complain\w*|vow\w*|"
                            r"warn\w*|threaten\w*|demand\w*|announc\w*|declar\w*|accus\w*|blam\w*|rappel\w*|convoqu\w*|"
                            r"condamn\w*|dénonc\w*|annonc\w*|déclar\w*|menac\w*|promis|juré)\b", re.I)


def _reaction_date(text: str, d, lang: str) -> bool:
    """Is ``d`` the day of a reaction told before "after" ("Iraq recalled its envoy on Tuesday after missiles hit X")?

    Only when the words before "after" tell no attack, death or injury and the words after it tell an attack.
    """
    if d.span is None or d.relative_to_previous or ("after" not in text and "après" not in text):
        return False
    m = _AFTER_WORD.search(text, d.end)
    if m is None or m.start() - d.end > 120:
        return False
    head = text[:m.start()]
    if not _REACTION_VERB.search(head) or _event_type(head, lang)[1] or _DEATH_WORD.search(head) \
            or _INJURY_WORD.search(head):
        return False  # ("smoke rose over X on Friday after an attack": the attack's own day)
    return _event_type(text[m.end():], lang)[1]


def _before_reaction(d):
    """The reaction's day ``d`` as a bound: the attack it answers fell that day or the day before."""
    day = d.span.earliest
    return replace(d, span=DateSpan(day - datetime.timedelta(days=1), d.span.latest, "range", d.span.text))


_SEA_NAME = re.compile(r"\b(?:Sea|Gulf|Ocean|Strait|Bay|Mer|Golfe|Océan|Détroit|Baie)\b|\bbab[- ]el[- ]mandeb\b", re.I)


# Where a ship or a warship was when it was hit or fired on, told from a coast or a port: "off (the coast of) X",
# "near the port of X", "au large de X", "à hauteur du port de X" (navies give positions at sea from the nearest
# port, in the incident's sentence or the next one: "the frigate was sailing 110 km off the coast, near the port of X")
_SEA_POSITION_WORDS = ("off ", "port", "coast", "shore", "large", "hauteur", "côte", "near ", "close to", "près", "non loin")
_DISTANCE_WORDS = ("mile", "km", "kilom", "nautical", "nautique")
_FR_SEA_WORDS = re.compile(r"\b(?:milles|nautiques|kilomètres|au (?:nord|sud|large)|à l['’](?:est|ouest))\b")
_SEA_POSITION = re.compile(
    r"(?:off|near|close to|au large|à hauteur|au large|près|non loin)\s+(?:(?:the|of|de|du|des|d['’])\s*)?"
    r"(?:(?:coast|coasts|shores?|côtes?|port(?:\s+city)?|ville\s+portuaire)\s+(?:of\s+|de\s+|du\s+|d['’]))?"
    r"|(?<![\w-])(?:port|coast|côtes?)\s+(?:of|de|d['’])\s*", re.I)
# "off X", "off the coast of X", "au large de X": a position at sea told from the port (not "at the port of X", a
# target of its own beside a ship attacked at sea)
_SEA_POSITION_BEFORE = re.compile(r"\b(?:off\s+(?:the\s+coast\s+of\s+)?|au\s+large\s+(?:des?\s+|du\s+|d['’])"
                                  r"(?:(?:la\s+)?côtes?\s+(?:des?\s+|du\s+|d['’]))?)$", re.I)
_AT_SEA = re.compile(r"\b(?:frigates?|destroyers?|warships?|ships?|vessels?|tankers?|freighters?|carriers?|navy|naval|"
                     r"sea|gulf|strait|frégates?|navires?|bâtiments?|pétroliers?|cargos?|porte-avions|marine|mer|golfe|"
                     r"détroit|sailing|naviguai\w*)\b", re.I)

_VESSEL = re.compile(r"\b(?:frigates?|destroyers?|warships?|ships?|vessels?|tankers?|freighters?|carriers?|boats?|"
                     r"corvettes?|cruisers?|dhows?|frégates?|navires?|bâtiments?|pétroliers?|cargos?|porte-avions|"
                     r"porte-conteneurs|vraquiers?|méthaniers?|chalutiers?|bateaux?|embarcations?|croiseurs?|"
                     # ("struck the Barbados-flagged True Confidence": the flag a ship flies names it a ship)
                     r"\w+-(?:flagged|registered))\b", re.I)
# "the bulk carrier Star Iris", "the tanker Sounion", "the Liberian-flagged Chios Lion", "le cargo Rubymar": the name
# right after a word for a ship (or its flag) is the ship's, never a place, even as the subject of "was struck"
_SHIP_NAMED_BEFORE = re.compile(_VESSEL.pattern + r"\s+$", re.I)

_NEW_VESSEL = re.compile(r"\b(?:an?|une?|another|un autre|une autre)\s+(?:[\w'’-]+\s+){0,3}?" + _VESSEL.pattern, re.I)
_BACK_VESSEL = re.compile(r"\b(?:the|this|that|its|le|la|les|ce|cette|l['’])\s*(?:[\w'’-]+\s+){0,2}?" + _VESSEL.pattern, re.I)

# Words before a sea that say where a place named before it lies: "Jeddah, sur la mer Rouge", "sur la côte de la mer
# Rouge", "الواقعة على بحر العرب" (the place is the one hit, the sea only locates it), or a route across it ("الرحلات
# عبر البحر الأحمر", "à travers la mer Rouge"): no place hit.
_ON_SEA_BEFORE = re.compile(r"(?:\b(?:sur|au bord de|le long de|bordant|à travers|traversant)\s+(?:la\s+côte\s+de\s+)?"
                            r"(?:la\s+)?|\bcôtes?\s+(?:de\s+)?(?:la\s+)?|(?:على|ساحل|سواحل|عبر)\s+)$")
# (a strait is a point ships pass, "shot down three drones in the Bab el-Mandeb strait": where it was downed is a place
# told; "over the Red Sea" is a whole sea, no place)
_STRAIT_NAME = re.compile(r"\b(?:strait|détroit)\b|\bbab[- ]el[- ]mandeb\b", re.I)
_OF_SEA_BEFORE = re.compile(r"\b(?:sea|gulf|strait|bay|mer|golfe|détroit|baie)\s+(?:of|de|du|d['’])\s*(?:the\s+)?$", re.I)


def _sea_told(fact: Fact) -> bool:
    """Whether a target fact names a sea ("the Red Sea", "mer d'Arabie" read as "Arabie", "Gulf of X" as X)."""
    name = fact.value.name or ""
    if _SEA_NAME.search(name):
        return True
    sentence = fact.evidence.sentence or ""
    at = sentence.find(name) if name else -1
    return at > 0 and _OF_SEA_BEFORE.search(sentence, max(0, at - 20), at) is not None


def _sea_position(text: str) -> Optional[str]:
    """The port or coast a position at sea is told from in ``text`` ("110 km off the coast, near the port of X"
    gives X), or None; "off the Yemeni coast" names no place."""
    low = text.lower()
    if not any(map(low.__contains__, _SEA_POSITION_WORDS)):
        return None
    for m in _SEA_POSITION.finditer(text):
        name = _NAME.match(text, m.end())
        if name is None or name.group().lower() in _NOT_PLACES or _LOWER_WORD_AFTER.match(text, name.end()) \
                or _SEA_NAME.search(name.group()):
            continue  # "off the Yemeni coast": an adjective; "off the Red Sea coast": no port
        return name.group()
    return None


def _place_at_sea(frames: list, doc: Document, sentences: Optional[list]) -> Optional[list]:
    """Give the frames of an incident at sea with no place, or with only a sea, the port their position is told
    from in their sentence or the next one; returns the document's sentences once split (or None)."""
    told_elsewhere = {f.evidence.sentence for fr in frames for f in fr.get("event_type")}
    for frame in frames:
        told = frame.first("target")
        etype = frame.first("event_type")
        if etype is None or told is not None and not (told.value.cue == "sea"
                                                      or etype.value == "interception" and _sea_told(told)):
            continue
        here = etype.evidence.sentence
        opened = frame.facts[0].evidence.sentence if frame.facts[0].evidence is not None else here
        if opened != here and opened not in told_elsewhere - {here}:
            # "... hit the tanker X 60 miles west of Y. That missile started a fire": the sentence that opened the
            # incident tells where it was, not the later one that named its weapon
            here = opened
        if sentences is None:
            sentences = split_sentences(doc.text)
        at = next((i for i, s in enumerate(sentences) if s.text == here), None)
        if at is None:
            continue
        vessels = _VESSEL.search(here)
        for k, sent in enumerate(sentences[at:at + 4]):
            # the next sentence at sea; one further on only when it names the same vessel again ("la frégate
            # naviguait à ..." two sentences after "la frégate a intercepté ...")
            if k and (sent.text in told_elsewhere or _NEW_VESSEL.search(sent.text)):
                continue  # another incident's sentence, or another ship's ("Un cargo a signalé ... au large de X")
            if k <= 1:
                at_sea = vessels or _AT_SEA.search(here) or not k and _AT_SEA.search(sent.text)  # (the incident's own)
            else:  # further on, only where the vessel is named again ("the warship", "la frégate")
                at_sea = vessels and _BACK_VESSEL.search(sent.text)
            name = _sea_position(sent.text) if at_sea else None
            if name is None and at_sea and k <= 1 and _VESSEL.search(sent.text if k else here) \
                    and any(map(sent.text.__contains__, _DISTANCE_WORDS)):
                # "hit a tanker 60 nautical miles west of X": the place the ship's position is told from (the
                # resolver moves it by the distance and bearing the sentence gives)
                name = next((m.name for m in find_mentions(sent.text, "fr" if _FR_SEA_WORDS.search(sent.text) else "en")
                             if m.role == "reference" and m.direction), None)
            if name is None:
                continue
            if told is not None:
                frame.facts.remove(told)
            evidence = Evidence(doc.doc_id, sent.text, sent.start, sent.end)
            frame.add(Fact("target", PlaceRef(name, "port"), evidence, None, etype.according_to))
            break
    return sentences


# "A missile was fired toward X. The missile was shot down near Y": one projectile, told fired then downed, is one
# interception (the sentence after the launch, opening on the projectile told, with none hitting anything)
_DOWNED_TOLD = re.compile(r"^\W*(?:the|this|that|these|those|both|la|le|les|ce|cette|ces|les deux)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?P<noun>rockets?|missiles?|drones?|UAVs?|projectiles?|roquettes?)\b"
                          r"(?![^.;]{0,40}\b(?:hit|struck|landed|fell|exploded|slammed|impacted|killed|wounded|injured|"
                          r"frappé|touché|tombée?s?|explosé|tué|blessé)\b)", re.I)
_NOUN_TYPE = {"rocket": "rocket attack", "roquette": "rocket attack", "missile": "missile attack",
              "drone": "drone attack", "uav": "drone attack"}
_MERGED_KINDS = ("count", "launch", "claimed_by", "blamed_on", "unclaimed", "weapon", "attacker")


def _fired_then_downed(frames: list, doc: Document) -> list:
    """Fold a projectile attack told fired toward a place into the interception told in the very next sentence
    of that projectile ("The missile was shot down ..."); returns the frames kept."""
    out = list(frames)
    for a, b in zip(frames, frames[1:]):
        ta, tb = a.first("event_type"), b.first("event_type")
        if ta is None or tb is None or tb.value != "interception" or ta.value not in _PROJECTILE_TYPES:
            continue
        gap = doc.text[ta.evidence.end:tb.evidence.start]
        m = _DOWNED_TOLD.match(tb.evidence.sentence)
        if tb.evidence.start < ta.evidence.end or gap.strip(" \t\n\"'»”“«") or m is None:
            continue
        noun = m.group("noun").lower().rstrip("s")
        if _NOUN_TYPE.get(noun, ta.value) != ta.value or any(f.value for k in ("killed", "injured") for f in a.get(k)) \
                or a.get("impact"):
            continue
        da, db = a.first("date"), b.first("date")
        if da is not None and db is not None and da.value != db.value:
            continue
        for f in a.facts:
            if f.kind in _MERGED_KINDS and b.first(f.kind) is None or f.kind == "date" and db is None \
                    or f.kind == "target" and b.first("target") is None:
                b.add(f)
        out.remove(a)
    return out


def _etype_is(frame: EventFrame, kind: str) -> bool:
    """Whether the frame's event type is ``kind``."""
    etype = frame.first("event_type")
    return etype is not None and etype.value == kind


# the guns that fired, named with the attack word: "قصفت المدفعية الإسرائيلية بلدة X", "قصف مدفعي يستهدف أطراف Y",
# "Israeli artillery shelled X": a weapon told (as a catalogue name would be), so the shelling is an incident
# told, not a bare mention of a place once attacked, even with no day, toll or count; so are the adverb
# ("قصف الجيش مدفعيا أطراف بلدة X": shelled X by artillery) and the tanks that fired ("قصفت الدبابات منزلا في X");
# so is the English verb itself, told in the active of a force that fired ("Israeli forces shelled the outskirts of
# X, the NNA said": "shelled" names the guns as "artillery" would; "X was shelled in 2020", the passive of a place
# once attacked, stays a bare mention)
_ARTILLERY_FIRE = re.compile(r"(?<![\u0621-\u064A])(?:ال|بال|و|ب)?(?:مدفعية|مدفعيا|مدفعي|مدافع|دبابة|دبابات)"
                             r"(?![\u0621-\u064A])|"
                             r"\bartiller(?:y|ie)\b|"
                             # "Des obus sont tombés sur Khiam": French names the guns by their shells (a mortar's are
                             # typed a mortar attack, never an attack of no type this reads)
                             r"\bobus\b(?!\s+de\s+mortiers?)|"
                             r"\b(?:forces|troops|army|military|soldiers|tanks?|gunboats?|warships?)\s+(?:(?:also|again|then|"
                             r"heavily|repeatedly|reportedly)\s+)?shelled\b|"
                             # (frwire41) the same force firing its shells ("Israeli tanks fired shells at X", the English
                             # of "des chars ont tiré des obus sur X" and "أطلقت دبابات قذائف على X")
                             r"\b(?:forces|troops|army|military|soldiers|tanks?|gunboats?|warships?)\s+(?:(?:also|again|then|"
                             r"heavily|repeatedly|reportedly)\s+)?(?:fired|lobbed)\s+(?:[\w-]+\s+){0,2}?shells\b", re.I)


# "قصفت القوات الروسية خاركيف", "قصف الجيش الإسرائيلي مخيم جباليا": the Arabic verb of shelling opening its clause with
# a force as its subject is the English "Russian forces shelled X" (see _ARTILLERY_FIRE): a deed told in the active, an
# incident even with no day, toll or count; the verbal noun of the same words after a preposition or a motive
# ("ردا على قصف الجيش لبلدة X") does not open its clause and stays a bare mention
_AR_FORCE_SHELLED = re.compile(r"^\W*(?:(?:كما|ثم)\s+)?و?(?:قد\s+)?قصف(?:ت)?\s+(?:ال)?(?:قوات|جيش)(?![\u0621-\u064A])")

# "قذائف فوسفورية", "بقذائف الفوسفور الأبيض", "القذائف الفوسفورية": white phosphorus comes in the shells the guns
# fire (and the smoke bombs they drop), never in a rocket, so the shells are shelling though no gun is named
_AR_PHOSPHORUS_SHELL = re.compile(r"(?:قذائف|قذيفة|قذيفتين|قذيفتان|قنابل|قنبلة)\s+(?:ال)?فوسفور")


def _artillery_at(frame: EventFrame, sentence: str) -> bool:
    """Whether the guns are named in the stretch of ``sentence`` that names the frame's target (no comma or
    full stop between them): "ومستعمرة المنارة بقذائف المدفعية، واستهدفت تجمعات ... في منطقة X" names them for
    the first site, not for X."""
    target = frame.first("target")
    name = getattr(target.value, "name", "") if target is not None else ""
    at = sentence.find(name) if name else -1
    if at < 0:
        return False
    guns = list(_ARTILLERY_FIRE.finditer(sentence))
    if "فوسفور" in sentence:
        guns += _AR_PHOSPHORUS_SHELL.finditer(sentence)
    for m in guns:
        between = sentence[m.end():at] if m.end() <= at else sentence[at + len(name):m.start()]
        if len(between) <= 80 and not any(c in between for c in "،,.;؛:"):
            return True
    return False


def extract(doc: Document, *, history_days: int = 180, gazetteer=None) -> list[EventFrame]:
    """Event frames of one document.

    Parameters
    ----------
    doc : Document
    history_days : int
        Frames dated more than this many days before publication are background and dropped.
    gazetteer : optional
        When given, its ``find_names(text)`` spots known place names (lower-case ones included).
    """
    # The prefilter cache lives for one document: sentences recur within an article, rarely across
    # articles, and a cache kept across them would only flatter the benchmark's generated corpus.
    # So do the other caches keyed by sentence or clause text (dates, Arabic tallies and statements).
    _PREFILTER_SEEN.clear()
    _clear_text_caches()
    lang_default = doc.language if doc.language in ("en", "fr", "ar") else "en"
    arabic.set_document_countries(_countries_named_by(doc))
    frames: list[EventFrame] = []
    current: Optional[_Current] = None
    states: dict[int, _Current] = {}
    since: Optional[DateSpan] = None
    tally_paragraph = -1  # the paragraph of the last toll told over a period ("since October 8, 450 killed")
    last_day: Optional[DateSpan] = None  # the day of the last incident told with one
    news_day: Optional[DateSpan] = None  # the latest day of any incident told: the news the article leads with
    scene, scene_paragraph = None, -1
    recap = False  # the report said its news is the latest of a series: older dated incidents after it are context
    retold_day: Optional[DateSpan] = None  # the day of an incident just told as history
    # the last sentence that told history or attacks in general ("In 2019, the group attacked X", "The region has seen
    # many such attacks"): an undated clause after it goes on with that background, not with the incident told before it
    background_at = -1
    lead: Optional[_Current] = None  # an undated incident told before any dated one (the headline's summary)
    # claims told of a wave before any of its sites, with the day their clause names (see _share_claims)
    orphan_claims: list[tuple[Fact, Optional[DateSpan]]] = []
    lead_day: Optional[tuple] = None  # (day, sentence index) of a day the report opens on before any incident
    lead_toll: Optional[tuple] = None  # (killed, injured, sentence index) of a toll the report opens on (see _lead_toll)
    dated_before, last_dated = -1, -1  # the last sentence before this one that gives a day or a time of its own
    alert: Optional[tuple] = None  # (Mention, dates, sentence index) of "sirens sounded in X": where fire was aimed
    listing_until = -1  # the last sentence a bullet may be an entry of a listed statement in (see _listed_entry)
    revised_at = -9  # the last sentence that said a toll rose with no figure of its own ("Le bilan s'alourdit.")
    # a live report's day headings date the entries under them; the rest counts from the day the copy was written
    # (its dateline's, when the metadata's date is a day or two later: see writing_day)
    live = LiveDays(lang_default, writing_day(doc.text, lang_default, doc.published) or doc.published)
    entry_of: dict = {}  # id(frame) -> the live post (its title's paragraph) that opened it
    # the weapons the article's clauses named themselves: a strike word that names none takes theirs
    last_settled: Optional[tuple] = None  # (type, sentence index) of the last clause whose own words typed it
    settled_kinds: set = set()  # every type so typed so far
    lead_kind: Optional[str] = None  # the first such type, when the article's first sentences tell it
    missiles_told = False  # an Arabic article told ballistic or cruise missiles: its bare "صاروخ" after is one of them
    sentences = split_sentences(doc.text)
    recalled_news: Optional[_Current] = None  # the news a sentence told before the earlier attack it recalled
    recalled_ids: set = set()  # the frames of earlier attacks recalled after the news ("hours after rockets hit X")
    for index, sent in enumerate(sentences):
        if recalled_news is not None:
            # "X struck Y on Tuesday, a day after drones hit Z. The strikes hit a depot": the report goes on with its
            # news, not with the earlier attack it recalled
            current, recalled_news = recalled_news, None
            if current.date is not None and current.date.precision == "day":
                last_day = current.date
        published = live.day_of(sent.text, sent.paragraph)
        frames_before = len(frames)
        listing = index <= listing_until
        if sent.text.rstrip()[-1:] == ":" or (listing and _LISTED_BULLET.match(sent.text)):
            listing_until = index + 1  # "... listed the targets it hit:" opens a list, each bullet keeps it open
        if sent.heading or _CREDIT_LINE.match(sent.text):
            continue
        opened = _scene(sent.text) if lang_default != "ar" else None
        if opened is not None:
            scene, scene_paragraph = opened, sent.paragraph
        elif sent.paragraph != scene_paragraph:
            scene = None  # a scene lasts its paragraph
        lang = detect_sentence_language(sent.text, lang_default)
        lang = lang if lang in ("en", "fr", "ar") else lang_default
        evidence = Evidence(doc.doc_id, sent.text, sent.start, sent.end)
        known = gazetteer.find_names(sent.text) if gazetteer is not None and hasattr(gazetteer, "find_names") else []
        # "le même jour", "the same day": the incident told last that had a day, if the current one has none
        previous_day = current.date if current is not None and current.date is not None else last_day
        if retold_day is not None:
            previous_day = retold_day  # "Une semaine après l'attaque": the incident told last, even as history
        sentence_dates = find_dates(sent.text, lang, published, previous_day)
        dated_before = last_dated
        if any(d.span for d in sentence_dates):  # ("since mid-February, fire has resumed" too: a period told)
            last_dated = index
        # "one of the deadliest since the war began in 2011": a record's start, not a period the story goes over
        record = _record_span(sent.text, lang)
        relatives = _place_relatives(sent.text, lang) if any(d.since for d in sentence_dates) else ()
        for d in sentence_dates:
            if d.since and d.span and not (record is not None and record.start() <= d.start < record.end()) \
                    and not any(s <= d.start < e for s, e in relatives):
                since = d.span
        previous_type = None
        sentence_settled: Optional[str] = None  # the type the sentence's earlier clauses named by their own words
        context = _BACKGROUND_SENTENCE.match(sent.text) is not None  # "This comes amid ...": background
        if context and lang == "ar":
            # "ويأتي الهجوم بعد يومين من ...، إذ استهدفت ... صباح الأحد X": the earlier attack, dated, is told
            gap_end = arabic.came_after(sent.text)
            context = gap_end is None or not _first_look(sent.text[gap_end:], lang).trigger \
                or not any(d.start >= gap_end and d.span and not d.since for d in sentence_dates)
        if news_day is not None and _RECAP.search(sent.text):
            recap = True  # "It was the latest in a string of attacks": what follows goes back over that string
        clauses = split_clauses(sent.text, lang)
        # where the clauses end: a motive told after them and cut off ("fired at X in retaliation for a strike on
        # Tuesday") dates its own, earlier incident, never theirs (the gap phrase at the cut, "a day after", counted
        # back from the statement's day, still dates them)
        news_clauses = [c for c in clauses if not c.recalled] or clauses  # (an earlier attack recalled: no part of it)
        told_end = news_clauses[-1].offset + len(news_clauses[-1].text)
        head = _came_after(sent.text, lang) if clauses[0].offset > 0 and lang != "ar" else None
        if head is not None:
            context = False  # "The attack came days after a strike on X killed two": that strike is told, not a setting
        retold = False  # a clause of this sentence told history: the clauses after it with no date of their own too
        carried: Optional[Clause] = None
        for clause in clauses:
            read = _first_look(clause.text, lang)
            if carried is not None:
                if read.trigger:
                    # "Two soldiers were killed | and five wounded on Monday in drone strikes on X": a toll told
                    # before the words of its attack is read with them, as one clause
                    clause = Clause(sent.text[carried.offset:clause.offset + len(clause.text)], carried.offset)
                    read = _first_look(clause.text, lang)
                carried = None
            if not read.trigger and lang != "ar" and ("iren" in clause.text or "irène" in clause.text
                                                      or "lert" in clause.text):
                heard = _SIRENS_IN.search(clause.text)
                if heard is not None:  # "Sirens sounded in X": the town warned is where the fire told next was aimed
                    place = next((m for m in find_mentions(clause.text, lang) if m.role == "target"
                                  and m.start >= heard.end() - 1 and m.cue not in _AREA_CUES), None)
                    alert = (place, [d for d in sentence_dates if d.span and not d.since], index) if place else None
            if not read.trigger and current is not None and clause is clauses[0] and len(clauses) > 1 \
                    and lang != "ar" and (_DEATH_WORD.search(clause.text) or _INJURY_WORD.search(clause.text)) \
                    and _first_look(clauses[1].text, lang).trigger:
                # "Au moins quatre civils ont été tués | et six autres blessés lundi à X dans des frappes": a toll
                # with no place of its own, told before its attack in the same sentence, is that attack's
                carried = clause
                continue
            entry = False
            if not read.trigger and lang == "ar" and clause is not clauses[0] and current is not None \
                    and current.last_sentence == index and current.frame.first("event_type") is not None \
                    and _AR_TOLL_ELSEWHERE.match(clause.text) is not None:
                # "قصفت المدفعية بلدة X ...، واستشهد مواطن في بلدة Y": a death told after "، و" with a town of its
                # own is the same fire's toll at that town, an incident of the kind just told (not X's toll)
                read = replace(read, event_type=current.frame.first("event_type").value, trigger=True)
            if not read.trigger and clause is clauses[0] and current is not None and index - current.last_sentence <= 3 \
                    and current.frame.first("event_type") is not None and _listed_entry(clause.text, listing):
                # "Second target: a tunnel network near X", "- a compound in Y;": an entry of the statement's list
                # of targets hit is an attack of the kind the statement told, with no attack word of its own
                if _etype_is(current.frame, "interception") or id(current.frame) in recalled_ids:
                    # a target listed as hit was no projectile stopped in flight: the list is the statement's
                    # strikes told before the interception ("rockets were downed ... the army listed the targets it hit");
                    # nor the earlier attack the lead recalled ("struck Gaza, hours after a rocket hit X. The rocket
                    # was shot down ... The army listed the targets it hit:"): the news' strikes
                    owner = next((st for st in (states[id(f)] for f in reversed(frames))
                                  if index - st.last_sentence <= 5 and st.frame.first("event_type") is not None
                                  and not _etype_is(st.frame, "interception") and id(st.frame) not in recalled_ids), None)
                    current = owner or current
                read = replace(read, event_type=current.frame.first("event_type").value, trigger=True)
                entry = True
            if not read.trigger and clause is clauses[0] and current is not None and lang == "en" \
                    and index - current.last_sentence == 1 and current.frame.first("target") is None \
                    and current.frame.first("event_type") is not None and _IT_HAPPENED.match(clause.text):
                # "The attack killed a soldier and two civilians. It happened in the town of X on Sunday.": the
                # incident just told, placed by the sentence after it, as "The attack took place in X" is
                read = replace(read, event_type=current.frame.first("event_type").value, trigger=True)
            if not read.trigger and clause is clauses[-1] and len(sent.text) < 90 and _toll_rose(clause.text, lang):
                revised_at = index  # (before the figures it announces, told in the next sentence)
            if (current is None or index - current.last_sentence > 3) and not read.trigger:
                if current is None and len(clauses) == 1 and not sent.heading:
                    lead_toll = _lead_toll(clause.text, lang, index)
                if lang != "ar" and clause is not clauses[-1] \
                        and (_DEATH_WORD.search(clause.text) or _INJURY_WORD.search(clause.text)):
                    carried = clause
                continue  # no attack word and no incident being told: nothing this clause could add
            spans = [(s - clause.offset, e - clause.offset, n) for s, e, n in known
                     if clause.offset <= s and e <= clause.offset + len(clause.text)]
            # a one-clause sentence's dates were just read (Arabic clauses are read cleaned, so again)
            # (so are those of the one clause told before an earlier attack recalled, see _recalled_split)
            reuse = [d for d in sentence_dates if d.start <= told_end] \
                if lang != "ar" and (len(clauses) == 1 or len(news_clauses) == 1 and clause is news_clauses[0]
                                                      and news_clauses is not clauses) \
                else None
            # ("X on Saturday, and a day later two hit Y": a later clause counts from the incident its sentence told)
            prev = current.date if clause is not clauses[0] and current is not None and current.last_sentence == index \
                and current.date is not None and current.date.precision == "day" else previous_day
            info = analyse_clause(clause, lang, published, prev, spans, reuse, read=read)
            if info.trigger and info.target is None and clause is not clauses[0] and not clause.recalled \
                    and _SAME_PLACE_BACK.search(clause.text):
                _reaction_place_back(info, clauses[0], lang)
            if lang == "ar" and info.event_type in ("missile attack", "rocket attack"):
                if _AR_MISSILE_KIND.search(clause.text):
                    # ("أطلقت إيران عشرات الصواريخ الباليستية": the definite noun and adjective, typed a rocket by the
                    # lexicon, which leaves them to a target's description)
                    missiles_told = True
                    info.event_type = "missile attack"
                elif info.event_type == "rocket attack" and missiles_told and not _AR_ROCKET_KIND.search(clause.text):
                    # "أطلقت إيران صواريخ باليستية على إسرائيل. وسقط صاروخ في ديمونا": the same weapon (Arabic has one
                    # word for rocket and missile), not a rocket of its own
                    info.event_type = "missile attack"
            if info.count is None and info.target is None and current is not None and lang != "ar" \
                    and index - current.last_sentence <= 1:
                info.count = _craft_count(clause.text, lang, current.frame)  # "Deux appareils ont été abattus"
            if current is not None and lang != "ar" and info.target is not None \
                    and (info.count is None or info.count[2] and "autres" in clause.text
                         or _MORE_AT[lang].match(clause.text)) \
                    and index - current.last_sentence <= 1 and not info.generic and current.target \
                    and not _same_place(info.target.name, current.target) \
                    and (another := _another_one(clause.text, lang, info, current.frame)) is not None \
                    and (info.count is None or another[1]):  # ("trois autres" was read as a share)
                # "Another (rocket) landed near Y", "Une troisième s'est abattue sur Y": one more projectile of the kind
                # just told, at a site of its own (its noun elided, or named in the singular)
                info.event_type = current.frame.first("event_type").value
                info.count = another[0]
                info.trigger = True  # ("Une autre a visé la base Y": no attack word of its own, an incident all the same)
            if lead_toll is not None and index - lead_toll[2] == 1 and current is None and clause is clauses[0] \
                    and info.trigger and not info.generic and not info.killed and not info.injured \
                    and (info.anaphoric or _TOLL_BACK.search(clause.text)):
                # "Three people were killed and five wounded. The strike hit a house in X", "ثلاثة شهداء وخمسة
                # جرحى. هذه هي حصيلة الغارة على X": the toll the report opens on is that of the attack told next,
                # when that sentence points back to it (the attack as known, or the toll named); "Four guards were
                # killed on Tuesday. Rockets struck a checkpoint" tells two things, not one
                info.killed, info.injured = list(lead_toll[0]), list(lead_toll[1])
            if info.killed or info.injured:
                if revised_at == index:
                    revised_at = -9  # ("the toll rose to 14": a revision with its figure, read as such by _mark_revised)
                elif index - revised_at == 1 and not info.earlier_toll:
                    # "Le bilan s'alourdit. L'OSDH fait état de 14 morts": the figures told right after a sentence
                    # that says the toll rose are the revision (they win over the first toll, whatever comes after)
                    info.killed = [(n, "revised" if n and q not in ("pooled", "implied") else q) for n, q in info.killed]
                    info.injured = [(n, "revised" if n and q not in ("pooled", "implied") else q) for n, q in info.injured]
            elif read.trigger and clause is clauses[-1] and len(sent.text) < 90 and _toll_rose(clause.text, lang):
                revised_at = index  # "ارتفعت حصيلة القصف.", "Le bilan de la frappe s'alourdit." (an attack word, no figure)
            if current is not None and current.target and index - current.last_sentence <= 1 and lang != "ar" \
                    and not info.dates and any(m.cue == "town" and m.role == "target" for m in info.mentions):
                # "X was hit again. A rocket fired from 5 km north of Y fell in the town": the town told just before
                # is the one pointed back to, Y stays the launch's reference (see _town_of_reference)
                info.mentions = [m for m in info.mentions if not (m.cue == "town" and m.role == "target" and (
                    t := _THE_TOWN_AFTER.match(clause.text, m.start)) is not None and t.end() == m.end)]
                if info.launch_distance_km:
                    _name_launch_reference(info, 0)  # (it was held back while the reference was the target)
            if alert is not None and index - alert[2] <= 1 and info.trigger and info.target is None \
                    and not info.generic and info.event_type in ("rocket attack", "missile attack", "drone attack", "interception"):
                # "Sirens sounded in X. Four rockets were launched from Y": the fire aimed at the town warned
                end = len(clause.text)
                info.mentions.append(replace(alert[0], start=end, end=end))
                if not info.dates:
                    info.dates = [replace(d, start=0, end=0) for d in alert[1]]
                alert = None
            if info.trigger and info.event_type == "airstrike" and _neutral_strike(read.text, lang):
                # "une frappe sur une zone inhabitée", "a strike hit the depot": a strike word that names no weapon
                # is of the weapon of the incident being told (the sentence's, then the incident's last sentences,
                # then the article's when all it told were missiles or rockets fired from the ground)
                # (an earlier attack recalled after the news, see _recalled_split, is not of the news' weapon)
                ctx = sentence_settled if not clause.recalled else None
                # (a strike of another day, or told as another one, is not the incident just told: "la veille, une
                # frappe contre une voiture" after rockets told that day is the other side's reply)
                same_incident = not info.new_marker and not clause.recalled and (current is None or _same_day(info, current))
                if ctx is None and same_incident and last_settled is not None and current is not None \
                        and index - current.last_sentence <= 2 and index - last_settled[1] <= 2:
                    ctx = last_settled[0]
                if ctx is None and same_incident and lead_kind is not None \
                        and settled_kinds <= {"missile attack", "rocket attack"}:
                    ctx = last_settled[0] if last_settled is not None else lead_kind
                if ctx in ("missile attack", "rocket attack"):
                    info.event_type = ctx
            elif info.trigger and info.event_type in ("missile attack", "rocket attack") and info.target is not None \
                    and (sentence_settled == "airstrike" or (
                        sentence_settled is None and last_settled is not None and last_settled[0] == "airstrike"
                        and current is not None and index - current.last_sentence <= 1 and index - last_settled[1] <= 1
                        and not info.new_marker and _same_day(info, current))) \
                    and _bare_missiles(read.text, lang, info) \
                    and not (clause.offset and sent.text[:clause.offset].rstrip().endswith(_ANSWERED_ENDS)) \
                    and not (info.event_type == "rocket attack" and lang != "ar" and clause.offset
                             and sent.text[:clause.offset].rstrip().endswith(";")) \
                    and not clause.recalled:
                # (not "struck X after rockets hit Y", "struck X from which the missiles were fired at Y": the salvo
                # the raid answered, see _CLAUSE_SPLIT and _launch_relative; nor "au lendemain d'un tir de roquette":
                # an earlier attack recalled, see _recalled_split; nor rockets told after a semicolon, "l'aviation a
                # frappé X ; des roquettes sont tombées sur Y": a round-up's next item, the other side's fire)
                # "Warplanes raided the outskirts of X. Two missiles hit a farm in Y": missiles named bare (no
                # launcher, no launch point, no ballistic or cruise kind, no group that fires from the ground)
                # right after the raid being told are its munitions, so the attack stays an airstrike (with no place
                # of their own they join the raid already, and keep their type for its count: see _strike_munitions)
                info.event_type = "airstrike"
            elif info.trigger and not info.generic and info.event_type not in (None, "attack", "interception"):
                sentence_settled = info.event_type
                last_settled = (info.event_type, index)
                settled_kinds.add(info.event_type)
                if lead_kind is None and index <= 2:
                    lead_kind = info.event_type
            if info.event_type == "attack" and previous_type and _OTHERS_START.match(clause.text):
                info.event_type = previous_type  # "... rockets fell near X and others had targeted Y"
            previous_type = info.event_type or previous_type
            if context:
                info.generic = True
            if info.killed and not info.injured and _BARE_TOLL.search(clause.text) \
                    and not _DEATH_WORD.search(clause.text):
                before = sent.text[:clause.offset]
                if _INJURY_WORD.search(before) and not _DEATH_WORD.search(before):
                    info.injured, info.killed = info.killed, []
            if lang != "ar" and info.dates:
                info.dates = [_before_reaction(d) if _reaction_date(clause.text, d, lang) else d for d in info.dates
                              if not _attribution_date(clause.text, d) and not _toll_date(clause.text, d)]
            if doc.published is not None and info.dates:
                # a report tells nothing that has not happened yet: a relative date counted past publication
                # was counted from the wrong incident
                info.dates = [d for d in info.dates if d.span is None or d.span.earliest <= doc.published]
            if info.trigger and info.target is not None and current is not None \
                    and any(map(sent.text.__contains__, _VAGUE_SHIFT_WORDS)) \
                    and _VAGUE_SHIFT.search(sent.text, 0, clause.offset + len(clause.text)):
                # "Days later, rockets struck X", "Quelques semaines plus tard, ...", "بعد أيام، ...": an incident at
                # another time than the one told, which the clause does not give; never the current incident's day
                # (history, as a retold clause)
                info.dates = [d for d in info.dates if not (d.relative_to_previous and _VAGUE_SHIFT.search(clause.text))]
                if not any(d.span and not d.relative_to_previous for d in info.dates):
                    retold = True
                    background_at = index
                    continue
            if clause.recalled:
                # an earlier attack recalled after the news (see _recalled_split): its own day, or the news' day less
                # the gap told; with neither, or with no place of its own, it is no event (left out, as the cut left it)
                # (the gap is counted from the news this sentence told, never from an incident told before it;
                # a place no finer than a country or a region, "frappes dans le sud du Liban", is no site of its own;
                # "hours after" leaves the day open, the same day or the night before)
                # (nor after a statement of no place, "said it would respond to the attack, a day after drones hit X":
                # the attack it answers is the one recalled, not news of its own)
                news = current if current is not None and current.last_sentence == index and current.target is not None \
                    else None
                # (one that is no event is left out as the cut of _BACKGROUND_AFTER leaves it: it sets no background)
                info.dates = [d for d in info.dates if not d.relative_to_previous]
                if info.target is None and news is not None and _SAME_PLACE_BACK.search(clause.text):
                    _recalled_same_place(info, news)
                if info.target is None or info.target.cue in _AREA_CUES or info.target.cue == "country" or news is None:
                    continue
                if news.date is not None and news.date.precision == "day":
                    # "struck Kyiv on Saturday after Ukraine attacked Moscow on Friday": a weekday the earlier attack
                    # is told on falls before the news' day, not in the week of publication after it
                    info.dates = [replace(d, span=replace(d.span, earliest=d.span.earliest - _WEEK,
                                                          latest=d.span.latest - _WEEK))
                                  if d.span and d.span.precision == "day" and not d.since
                                  and 0 < (d.span.earliest - news.date.latest).days < 7
                                  and _WEEKDAY_WORD.search(d.span.text or "") else d for d in info.dates]
                if not any(d.span and not d.since for d in info.dates):
                    # (a gap of a week with no toll, "une semaine après des frappes contre la base de X", or told in the
                    # pluperfect, "une semaine après un attentat à X qui avait fait dix morts", recalls a motive or a
                    # backdrop rather than an incident the report tells: see tests/test_tg44.py)
                    # ("hours after", a gap of 0: the news' own day, the best guess between it and the night before)
                    if clause.recalled_gap is None or news.date is None or news.date.precision != "day" \
                            or clause.recalled_gap > 2 and not (info.killed or info.injured) \
                            or clause.recalled_gap > 2 and _PLUPERFECT.search(clause.text):
                        continue
                    # ("dans la nuit de samedi à dimanche, au lendemain d'un tir": the day before the night's end)
                    day = news.date.latest - datetime.timedelta(days=clause.recalled_gap) if clause.recalled_gap \
                        else _hours_before(news.date)
                    info.dates = [DateMention(0, 0, DateSpan(day, day, "day", "recalled"), "relative",
                                              relative_to_previous=True)]
                recalled_news = news  # the sentences after it go on with the news, not with the incident recalled
            if head is not None:
                # the earlier incident's day: its own, or the news' day less the gap the head told ("came two days
                # after"), never one counted forward from the news
                info.dates = [d for d in info.dates if not d.relative_to_previous and not (
                    d.span and d.span.text and d.span.text in head.group(0) and d.span.text not in clause.text)]
                gap = _gap_days(head.group(0), lang)
                if gap is None and info.trigger and not any(d.span and not d.since for d in info.dates):
                    # "The attack came days after a drone killed three soldiers at X", "weeks after": an earlier
                    # incident the head gives no day to, never the news' own day (history, as a retold clause)
                    retold = True
                    background_at = index
                    continue
                if not any(d.span and not d.since for d in info.dates) and gap is not None and current is not None \
                        and current.date is not None and current.date.precision == "day":
                    day = current.date.earliest - datetime.timedelta(days=gap)
                    info.dates = [DateMention(0, 0, DateSpan(day, day, "day", head.group(0)), "relative",
                                              relative_to_previous=True)]
            # a date of its own ("late Thursday") beats one counted from the incident told before ("hours before")
            dates = sorted((d for d in info.dates if d.span and not d.since and not _tz_conversion(clause.text, d)),
                           key=lambda d: d.relative_to_previous)
            if len(dates) > 1 and lang != "ar" and any(_BEFORE_DAY.search(clause.text, max(0, d.start - 8), d.start)
                                                       for d in dates):
                # "the most serious before Sunday came on Jan. 20": the day compared against is not this one's
                dates = [d for d in dates if not _BEFORE_DAY.search(clause.text, max(0, d.start - 8), d.start)] or dates
            if len(dates) > 1 and lang != "ar" and ("que" in clause.text or "qu" in clause.text or "that" in clause.text):
                # "the army confirmed on Monday that the frigate had downed two drones on Saturday night": the day
                # of the statement that reports the incident is not the incident's
                told = [d for d in dates if not (_STATEMENT_THAT.match(clause.text, d.end)
                                                 and _REPORTED_ON.search(clause.text, max(0, d.start - 60), d.start))]
                dates = told or dates
            if len(dates) > 1:
                # "U.S. officials on Tuesday confirmed Monday night's attack", "a confirmé mardi l'attaque qui a visé
                # lundi", "أفاد مصدر أمني اليوم الثلاثاء بأن صواريخ سقطت مساء أمس": the day of the statement gives way to
                # the incident's own day told in the same clause
                said = [d for d in dates if _said_day(clause.text, d, lang)]
                # ("اليوم الثلاثاء": one phrase of two mentions, the second as much the statement's as the first)
                # (not a day before it: "Le même jour, un drone a visé Y, a indiqué l'armée jeudi")
                said += [d for d in dates if d not in said
                         and any(m.end <= d.start and not clause.text[m.end:d.start].strip() for m in said)]
                own = [d for d in dates if d not in said]
                # ("Le même jour, un drone a visé Y, a indiqué l'armée jeudi", "وقال الجيش الخميس إن مسيرة استهدفت Y في
                # اليوم نفسه": a day named from the incident told before is as much the clause's own)
                if own != dates and any((not d.relative_to_previous or d.kind in _dates_module.ANAPHORIC_DAYS)
                                        and d.span.precision == "day" for d in own):
                    dates = own
            if dates and current is not None and current.date is not None and current.date.precision == "day" \
                    and all(d.span.precision == "day" and 0 < (d.span.earliest - current.date.latest).days <= 2
                            for d in dates) \
                    and _ONE_MORE_REPORTED.search(clause.text, dates[-1].end) \
                    and all(_said_day(clause.text, d, lang) for d in dates):
                # "Two rockets hit X late on Wednesday. Security sources said on Thursday that a third rocket landed
                # near Y": the only day of the clause is the day a source spoke, a day or two after the incident
                # told before, and what it reports is one more of that incident's projectiles: it goes on with that
                # incident's day (an incident of its own, "police said on Thursday that rockets hit Z", keeps the
                # day of the statement, its best bound)
                day = current.date
                dates = [DateMention(0, 0, DateSpan(day.earliest, day.latest, "day", day.text), "relative",
                                     relative_to_previous=True)]
            if any(d.since for d in info.dates) and not dates:
                info.generic = True
            if info.killed or info.injured:
                # "Since October 8, 450 people have been killed in Lebanon. On the Israeli side, the army counts 15
                # soldiers and 10 civilians killed": a toll with no incident word, day or place of its own told right
                # after a tally over a period (same paragraph) goes on with that tally
                if info.generic:
                    tally_paragraph = sent.paragraph
                elif tally_paragraph == sent.paragraph and not info.trigger and not dates and info.target is None:
                    info.generic = True
            stale = news_day is not None and bool(dates) and (recap or _EXAMPLE_OF.search(clause.text) is not None) \
                and all(d.span.latest < news_day.earliest - _STALE_GAP for d in dates)
            mark = _HIGHLIGHT.search(clause.text) if news_day is not None else None
            highlight = mark is not None and bool(dates) and all(d.span.latest < news_day.earliest for d in dates) \
                and _TALLY.search(sent.text[:clause.offset + mark.start()]) is not None
            if stale or highlight or _earlier_background(info, dates, news_day, doc.published, lang) or (
                    news_day is not None and dates and _BLAMED_FOR.search(clause.text)
                    and all(d.span.latest < news_day.earliest for d in dates)) or (
                    lang == "ar" and news_day is not None and dates  # "وكانت X قد تعرضت في 17 ... لهجوم": history
                    and arabic.retells(clause.text, [(news_day.earliest - d.span.latest).days for d in dates],
                                       info.target is not None and all(d.span.precision == "day" for d in dates))):
                # ("the group, which Washington blames for last Sunday's attack on X": an earlier incident)
                retold = True
                background_at = index
                day = next((d.span for d in dates if d.span.precision == "day"), None)
                if day is not None:
                    retold_day = day
                continue  # "the base, already hit in February by rockets that killed a contractor": history
            if retold and not dates:
                continue  # "On October 27, a drone hit X, while another fell near Y": the date of history holds on
            if info.generic and info.trigger and not dates and any(map(clause.text.__contains__, _BACKGROUND_TALK_WORDS)) \
                    and _BACKGROUND_TALK.search(clause.text):
                # "The region has seen many such attacks.", "Ce type de frappes est fréquent": the article turned to
                # attacks in general; an undated attack told next is an instance of them, not of the incident's day
                background_at = index
            fact = _factory(evidence, info.according_to)
            zeros = [k for k in ("killed", "injured") if getattr(info, k) == [(0, None)]] if current is not None else None
            if zeros and info.target is None and not info.count and _BOTH_ANAPHORA.search(clause.text):
                # "Ces attaques n'ont fait ni morts ni blessés", "neither attack caused casualties": each
                # incident of the last sentences, not a tally and not only the last one
                # ("Les tirs n'ont fait ni blessé ni dégât": no one hurt, so no one killed either; that implied
                # zero holds until a death of the incident is told, as in _add_facts)
                implied = [k for k in ("killed", "injured") if getattr(info, k) == [(0, "implied")]]
                for st in {id(st): st for st in states.values() if index - st.last_sentence <= 2}.values():
                    for k in zeros + implied:
                        if st.frame.first(k) is None:
                            f = fact(k, 0)
                            st.frame.add(f)
                            if k in implied:
                                st.earlier.append(f)
                continue
            # "... confirming that the two attacks caused no casualties": the denial covers each recent incident,
            # even where the clause names one of their sites
            # (not in "The attacks came days after a strike on X that caused no casualties": the earlier one's zero)
            both_denied = bool(zeros) and bool(_TWO_ATTACKS.search(clause.text)
                                               or head is None and _EACH_ATTACK.search(clause.text))
            many = _MANY_TARGETS.search(clause.text) if (info.claimed_by or info.count) and current is not None else None
            if info.claimed_by and current is None:
                # a claim before any incident ("X said it had launched a wave of attacks on positions in Y", then the
                # sites): kept for the incidents told after it, should its clause open none (see _share_claims)
                orphan_claims += [(fact("claimed_by", name), dates[0].span if dates else None) for name in info.claimed_by]
            if many is not None and (info.target is None or info.target.cue in _AREA_CUES
                                     or info.target.start >= many.end()):
                # (the sites named after "several targets", "des cibles ..., dont X et Y", are that claim's examples)
                # "the Houthis claimed the operation, saying they fired 14 drones at several targets in Saudi
                # Arabia": the claim of the incidents told, and a total that belongs to no one of them
                recent_states = {id(st): st for st in states.values() if index - st.last_sentence <= 3}.values()
                for st in recent_states:
                    for name in info.claimed_by:
                        if name not in [f.value for f in st.frame.get("claimed_by")]:
                            st.frame.add(fact("claimed_by", name))
                if not recent_states:  # a lead claim before the list of its sites: theirs (see _share_claims)
                    orphan_claims += [(fact("claimed_by", name), dates[0].span if dates else None) for name in info.claimed_by]
                continue
            second_site = False
            if entry and (info.target is None or info.target.cue == "country"):
                continue  # an entry naming no place ("- two vehicles;") is no incident of its own
            if entry and current.target is not None and not info.generic:
                second_site = True  # (after the statement's placeless summary, the first entry places that summary)
            if not info.trigger and current is not None and info.target is not None and not info.generic \
                    and _SECOND_BLAST.search(clause.text) and current.frame.first("event_type") is not None:
                told = current.frame.first("target")
                if told is None or not _same_place(info.target.name, told.value.name) or info.target.cue != told.value.cue:
                    # "Un second incendie s'est déclaré à l'aéroport": another site of the attack just told,
                    # told by its fire or blast rather than by an attack word
                    info.trigger = second_site = True
                    info.event_type = current.frame.first("event_type").value
            back = _projectile_told(frames, states, current, info, dates, index) \
                if current is not None and info.trigger else None
            if back is not None:
                current, dates = back, []  # "The rockets fell inside the airport": the rocket attack told before
            if info.trigger and not info.generic and not (info.condemns and current is not None):
                # (a condemnation of the incident being told, "X condemned the strike", opens none)
                clause_date = dates[0].span if dates else None
                if clause_date is None and current is None:
                    # (an Arabic toll update's day, "أعلنت، اليوم، ارتفاع حصيلة الهجوم", is the statement's, not the attack's)
                    plain = [d for d in sentence_dates if d.span and not d.since and d.start <= told_end
                             and (not arabic.toll_update(arabic.clean(sent.text)) if lang == "ar"
                                  else not _toll_date(sent.text, d))]
                    clause_date = plain[0].span if plain else None
                    if clause_date is not None and lang != "ar" and _reaction_date(sent.text, plain[0], lang):
                        clause_date = _before_reaction(plain[0]).span
                elsewhere = current is not None and scene is not None and current.scene is not None \
                    and scene != current.scene
                # an attack told in another post of a live report than the incident being told, at another place
                # (or none), is that post's own news ("13:30 — Jets strike launch site" under "16:05 — Soldier hurt")
                new_post = current is not None and info.trigger and live.titled is not None and info.target is not None \
                    and entry_of.get(id(current.frame), live.title_paragraph) != live.title_paragraph \
                    and not (info.target is not None and current.target is not None
                             and _same_place(info.target.name, current.target))
                # (not "The attack came a day after the rebels hit X": the day of an earlier incident it recalls)
                own_day = current is not None and (current.said_day or current.lead_day and index <= 3
                                                   and not clause.recalled and not _recalls_earlier(sent.text, lang)) \
                    and _own_day(current, info, clause_date, index)
                if own_day:
                    _restate_day(current, clause_date, fact, info)
                if current is None or not own_day and (second_site or elsewhere or new_post or clause.recalled
                                                       or _starts_new(info, clause_date, current)):
                    resumed = None if second_site else _resume(frames, states, info, clause_date)
                    if resumed is not None and resumed is recalled_news:
                        resumed = None  # the earlier attack recalled is never the news it is recalled after
                    if resumed is not None and live.titled is not None and info.target is None \
                            and entry_of.get(id(resumed.frame), live.title_paragraph) != live.title_paragraph:
                        resumed = None  # a placeless clause of another live post: its own news, not the incident a post before told
                    if resumed is not None:
                        current = resumed
                        if id(current.frame) in recalled_ids and not clause.recalled:
                            _retold_place(current, info, fact)
                    else:
                        # a clause with no date of its own right after a day-dated incident ("Drones hit X on
                        # Tuesday. A depot near Y caught fire") is told of the same night, not of the past months
                        # (so is a wave told country by country: "En Irak, ... En Syrie, ...")
                        # (and so is one further on when no sentence since that incident gave a date: a
                        # statement's list of targets told first, each target's own account after it)
                        told = current.date if current is not None and current.date is not None \
                            and current.date.precision == "day" \
                            and not current.last_sentence < background_at < index \
                            and (index - current.last_sentence <= 2 or elsewhere or entry
                                                                     or (dated_before <= current.last_sentence
                                                                         and index - current.last_sentence <= 5
                                                                         and not info.new_marker)) \
                            else None
                        if told is None and lead_day is not None and index - lead_day[1] <= 2:
                            told = lead_day[0]  # "Le Liban-Sud a vécu mercredi sa journée la plus sanglante. Des frappes ..."
                        if told is None and clause_date is None:
                            entry = live.entry_day(sent.paragraph)  # "09:05 — Rockets on X" / "Sirens sounded ..."
                            told = DateSpan(entry, entry, "day", "") if entry is not None else None
                        previous = current
                        if info.event_type == "attack" and info.weapon is None and previous is not None \
                                and index - previous.last_sentence <= 1 and info.target is not None:
                            _same_kind_again(info, previous)
                        current = _open(doc, frames, states, info, clause_date, since, history_days, fact, told)
                        current.said_day = bool(dates) and clause_date is dates[0].span \
                            and _said_day(clause.text, dates[0], lang)
                        current.lead_day = not frames[:-1] and index <= 1 and clause_date is not None
                        entry_of[id(current.frame)] = live.title_paragraph
                        if clause.recalled:
                            recalled_ids.add(id(current.frame))
                        if previous is not None and index - previous.last_sentence <= 2:
                            _take_toll(previous.frame, current.frame, info.event_type)
                    _add_clause_facts(current, info, fact, lang, new=resumed is None)
                    if resumed is None and lang != "ar":
                        _share_lead_denial(frames, states, current.frame, info, index)
                else:
                    _narrow_date(current, clause_date, fact)
                    # "trois militaires ont été blessés dans la frappe contre l'aéroport de X": the toll of the
                    # site the clause names, when that site is another frame of the same strike
                    sibling = _sibling_named(current, states, info) if info.killed or info.injured or info.launch \
                        else None
                    if info.launch is not None and info.target is not None and (
                            sibling is not None or current.siblings and _same_place(info.target.name, current.target)):
                        # "the rockets that targeted X were launched from Y": the launch of the one site named, not
                        # shared with the other sites of the salvo
                        _add_facts(sibling or current, info, fact, lang, False)
                    else:
                        _add_clause_facts(sibling or _denial_named(current, frames, states, info) or current, info,
                                          fact, lang, new=False)
                if current.scene is None:
                    current.scene = scene
                if not frames[:-1] and last_day is None and current.date is None:
                    lead = current
                retold_day = None
                if info.sites:
                    _split_sites(doc, frames, states, current, info, fact, index)
                    if lang != "ar":
                        _type_each_site(current, states, info, lang, fact)
                    _date_each_site(current, states, info, fact, lang)
                    _toll_each_site(current, states, info, fact, lang)
                elif info.target is not None and len(dates) == 2 and not info.generic:
                    _second_day(doc, frames, states, current, info, dates, fact, index)
                current.last_sentence = index
                if current.date is not None and current.date.precision == "day":
                    last_day = current.date
                    if news_day is None or current.date.earliest > news_day.earliest:
                        news_day = current.date
            elif current is not None and index - current.last_sentence <= 3 \
                    and (scene is None or current.scene is None or scene == current.scene):
                # (a toll told "In Syria, ..." is not of the incident told in Iraq)
                if info.target is not None and not info.generic and not _same_place(info.target.name, current.target):
                    # "air defences at X downed one of the drones, while the other fell near the fence": a
                    # clause naming the target of an incident told earlier goes back to that incident
                    back = next((st for st in (states[id(f)] for f in reversed(frames))
                                 if st.target is not None and _same_place(info.target.name, st.target)), None)
                    if back is not None:
                        current = back
                        if revised_at == index:
                            current.last_sentence = index  # "10h50 : Le bilan de X s'alourdit.": X's toll follows
                    elif (info.killed or info.injured) and info.target.cue not in _AREA_CUES \
                            and _OTHERS_ELSEWHERE.search(clause.text):
                        # "Une frappe a fait trois morts à X. Deux autres personnes ont été tuées à Y": other victims
                        # at another place are another incident's, not a revision of this one's toll (see _OTHERS_ELSEWHERE)
                        info.killed, info.injured = [], []
                elif info.target is None and not info.generic and lang != "ar" and clause.offset == 0 \
                        and current.target is not None and not _names(clause.text, current.target):
                    # "08:10 - Funerals are under way in X. At least 30 were wounded": a sentence naming the place
                    # of an incident told earlier takes the thread back to it (its tolls follow)
                    back = next((st for st in (states[id(f)] for f in reversed(frames)) if st is not current
                                 and st.target is not None and _names(clause.text, st.target)), None)
                    if back is not None:
                        current = back
                        if revised_at == index:
                            current.last_sentence = index  # "10h50 : Le bilan de X s'alourdit.": X's toll follows
                if (info.killed or info.injured) and current.date is not None and current.date.precision == "day" \
                        and any(d.span.precision == "day" for d in dates) \
                        and all(d.span.latest < current.date.earliest for d in dates):
                    # "Un manifestant avait été tué vendredi" in a report of Sunday's attack: a death of a day
                    # before the incident is background, not part of its toll
                    info.killed, info.injured = [], []
                if info.generic and not _denial_first(info, lang):
                    # "troops were targeted 19 times, leaving 21 injured": a tally, not this incident's
                    info.killed, info.injured, info.launch_direction = [], [], None
                    info.mentions = [m for m in info.mentions if m.role != "launch"]
                current_target = current.frame.first("target")
                naming = info.target is not None and info.target.named and current_target is not None \
                    and current_target.value.cue in _AREA_CUES and not info.generic and not info.condemns  # "The base, known as Tower 22"
                # "Witnesses described four shells landing near a stream": the count of the incident being told, in a
                # sentence of its own with no attack word (not "two others", not a count with a day of its own)
                counted = info.ordinal is not None and not info.generic and not dates \
                    and _ordinal_follows(current.frame, info.ordinal)
                counted = counted or info.count is not None and not info.count[2] and not info.generic \
                    and not dates \
                    and (current.frame.first("count") is None or info.count[0] > 1
                         and _one_by_article(current.frame.first("count"), info.clause.text, lang))
                # ("The group claimed the attack": the group named in the incident just told, see _incident_group)
                anaphor = info.claim_anaphor and index - current.last_sentence <= 1
                if info.killed or info.injured or info.unclaimed or info.claimed_by or info.blamed_on or info.launch \
                        or info.launch_direction or naming or counted or anaphor:
                    _add_clause_facts(current, info, fact, lang, False)
                    current.last_sentence = index
            if both_denied:
                # ("There were no injuries in any of the attacks": no one hurt, so no one killed either, until a death
                # of the incident is told, as in _add_facts)
                implied = [k for k in ("killed", "injured") if getattr(info, k) == [(0, "implied")]]
                for st in {id(st): st for st in states.values() if index - st.last_sentence <= 2}.values():
                    for k in zeros + implied:
                        if st.frame.first(k) is None:
                            f = fact(k, 0)
                            st.frame.add(f)
                            if k in implied:
                                st.earlier.append(f)
        if len(frames) == frames_before and not context:
            # the day a sentence that tells no incident sets ("South Lebanon saw its bloodiest day on Wednesday",
            # "la journée de mardi a été l'une des plus meurtrières"): the incidents told right after it with no day
            # of their own are of that day
            days = [d for d in sentence_dates if d.span and d.span.precision == "day" and not d.since
                    and not d.relative_to_previous and not _attribution_date(sent.text, d)
                    and doc.published is not None and 0 <= (doc.published - d.span.latest).days <= 7]
            if lang == "ar" and len(days) > 1:
                # "أعلنت الكتائب، ...، في بيان فجر اليوم، مسؤوليتها عن ضربات استهدفت ... مساء أمس": the statement's
                # day is not the day of the strikes its list tells next
                days = arabic.incident_dates(sent.text, days)
            # (a day weeks back in the lead is the start of a war told since, not the news; "اليوم الأربعاء"
            # names one day twice: two mentions of the same day are one day)
            if len({(d.span.earliest, d.span.latest) for d in days}) == 1:
                lead_day = (days[0].span, index)
    if lead is not None and lead.date is None:
        _date_lead(frames, states, lead)
    if lang_default != "ar" and any(f.first("target") is None or _etype_is(f, "interception") for f in frames) \
            and any(map(doc.text.__contains__, _SEA_POSITION_WORDS + _DISTANCE_WORDS)):
        _place_at_sea(frames, doc, None)
    if lang_default != "ar" and len(frames) > 1 and any(_etype_is(f, "interception") for f in frames):
        frames = _fired_then_downed(frames, doc)
    kept = []
    low_doc = doc.text.lower() if lang_default != "ar" else ""
    vague_words = any(map(low_doc.__contains__, _VAGUE_MANY_WORDS))  # (one look per document, see _vague_drops_article_one)
    sited = any(f.first("target") is not None and f.first("target").value.cue not in _AREA_CUES for f in frames)
    for frame in frames:
        if frame.first("target") is None:
            continue  # an attack with no place at all is a generic statement
        date = frame.first("date")
        if doc.published and date and (doc.published - date.value.latest).days > history_days \
                and not (len(frames) == 1 and _YEAR_TOLD.search(date.value.text or "") is None
                         and date.value.latest.year == doc.published.year - 1
                         and (date.value.latest.month, date.value.latest.day) > (doc.published.month, doc.published.day)):
            # "on April 17" in a report published on March 15, its only incident: the day is after the
            # publication's, so last year's (dates._infer_year), and the incident is the report's news all the same
            # (a stale publication date, or a retrospective): kept; a year written out, or a day among other
            # incidents, is background
            continue  # background history, not news
        if frame.first("target").value.cue == "country" and (date is None or date.value.precision == "range") \
                and not any(frame.first(k) for k in ("count", "killed", "injured", "launch")):
            continue  # "attacks on Western interests in Iraq": a summary, not an incident
        if frame.first("target").value.cue == "country" and not any(frame.first(k) for k in ("count", "launch")) \
                and not any(f.value for k in ("killed", "injured") for f in frame.get(k)) and sited:
            # "warplanes struck targets in Lebanon overnight; no casualties were reported", next to incidents told
            # with their sites: no site, no toll, a summary (alone in a report, it is the only incident told)
            continue
        if _etype_is(frame, "interception") and _sea_told(frame.first("target")) \
                and not _STRAIT_NAME.search(frame.first("target").value.name or ""):
            continue  # "shot down a missile over the Red Sea heading toward a destroyer": where it was downed, no site hit
        etype = frame.first("event_type")
        if (etype is None or etype.value == "attack") and (date is None or date.value.precision != "day") \
                and not any(frame.first(k) for k in ("count", "killed", "injured", "launch", "weapon", "impact")) \
                and not (etype is not None and _artillery_at(frame, etype.evidence.sentence)) \
                and not (lang_default == "ar" and etype is not None and _AR_FORCE_SHELLED.search(etype.evidence.sentence)) \
                and not _VAGUE_TOLL.search(frame.first("target").evidence.sentence) \
                and not (frame.first("claimed_by") is not None and (lang_default in ("ar", "fr") or (
                    date is None or date.value.precision not in ("year", "month"))
                    and _CLAIMED_ONE.search(frame.first("claimed_by").evidence.sentence) is not None)) \
                and not (lang_default == "fr" and _IMPUTED.search(frame.first("blamed_on").evidence.sentence
                                                                  if frame.first("blamed_on") is not None else "")) \
                and not (lang_default != "ar" and _ANSWER_TOLD.search(frame.first("target").evidence.sentence)):
            # ("أعلن حزب الله استهداف موقع X بالأسلحة المناسبة", "le Hezbollah a affirmé avoir frappé « avec des armes
            # appropriées » un rassemblement de soldats près de X", "Hezbollah claimed an attack on the Zar'it barracks": a
            # group's claim of its attack, its weapon left
            # unsaid by the formula of its communiqués, is an incident told, not a passing mention; so is a state's
            # attribution of the attack to its authors: "Washington a imputé l'attaque contre la base d'Aïn al-Assad à
            # des milices"; so is an answer told with its deed, "le Liban, qui a riposté en frappant des positions à X")
            continue  # "Erbil airport was last targeted in September 2020": a mention without any detail
        if vague_words and frame.first("count") is not None:
            _vague_drops_article_one(frame, lang_default, frames)
        kept.append(frame)
    if len(frames) == 1 and len(kept) == 1 and not kept[0].get("killed") and not kept[0].get("injured"):
        _far_denial(doc, sentences, kept[0], lang_default)
    elif len(kept) > 1 and lang_default != "ar":
        _lead_denial_of_all(doc, sentences, kept, lang_default, frames)
    # the claims of summaries dropped above ("The PKK said it had launched a wave of attacks on positions in northern
    # Iraq", then the sites one by one): the claims of the sites told
    orphan_claims += [(f, fr.first("date").value if fr.first("date") else None) for fr in frames
                      if fr not in kept and (fr.first("target") is None or fr.first("target").value.cue in _AREA_CUES)
                      for f in fr.get("claimed_by")]
    if len(kept) > 1 and any(f.kind in ("claimed_by", "blamed_on") for fr in kept for f in fr.facts) or orphan_claims:
        _share_claims(kept, orphan_claims)
    _drop_blame_of_claimant(kept)
    if lang_default != "ar" and kept and any(map(doc.text.__contains__, _RELATIVE_LAUNCH_WORDS)):
        _launch_told_by_relative(kept, doc.text)
    if kept:
        _add_tolls_of_again(kept)
    if "المقاومة الإسلامية في العراق" in doc.text:
        _islamic_resistance_of_iraq(kept)
    if any(f.kind == "attacker" and f.value == "US-led coalition" for fr in kept for f in fr.facts) \
            and document_focus(doc)[:1] == ("YE",):
        _coalition_of_yemen(kept)
    if kept and all(fr.first("date") is None or fr.first("date").value.precision == "range" for fr in kept):
        _date_bare_nights(kept, doc.published)
    return kept


def _date_bare_nights(frames: list[EventFrame], published) -> None:
    """Date by its bare night or dawn word each frame of a report that tells no day at all.

    "قال الجيش إن طائراته أغارت ليلا على X", "its jets struck X at night", "frappé X à l'aube": with no day anywhere
    in the article, the night is the one the report's day closed (as "overnight") and the dawn that day's
    (:func:`geo_events.dates.bare_night_span`).  An article that dates anything else keeps its undated clauses
    for reconciliation to join to the incident they retell (a later analysis's "à l'aube" is not its own day's).
    """
    for frame in frames:
        told = frame.first("event_type") or frame.first("target")
        span = bare_night_span(told.evidence.sentence, published) if told is not None else None
        if span is None:
            continue
        frame.facts = [replace(f, value=span) if f.kind == "date" else f for f in frame.facts]
        if frame.first("date") is None:
            frame.add(Fact("date", span, told.evidence))


# The place a counter-strike hit, told as where the projectiles of the attack before came from: "shelled the area from
# which the rockets were fired, near X", "struck the launchers in X from which they were fired", "struck the area near X
# where the launchers were", "struck the launch site in X" (a relative clause, or the launch noun, names the launch site
# of the salvo; the strike on it stays an incident of its own)
_RELATIVE_LAUNCH_WORDS = ("from which", "from where", "whence", "where the", "launch site", "launch position",
                          "launch pad", "launch point", "launching site", "launching point")
_LAUNCH_VERB = r"(?:were|was|had\s+been|have\s+been|are|is)\s+(?:being\s+)?(?:fired|launched)\b"
_RELATIVE_LAUNCH_AFTER = re.compile(
    r"\s*,?\s*(?:" + _FROM_WHICH + r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?" + _LAUNCH_VERB +
    r"|where\s+(?:the\s+)?(?:rocket\s+|missile\s+|drone\s+)?(?:launchers|launcher|launch\s+(?:sites?|pads?|positions?))"
    r"\s+(?:were|was|had\s+been|stood)\b)", re.I)
_RELATIVE_LAUNCH_BEFORE = re.compile(
    r"\b(?:" + _FROM_WHICH + r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?" + _LAUNCH_VERB +
    # ("fired at X" is where they went: only a place near which they left)
    r"\s*,?\s+(?:near|outside|around|close\s+to)\s+|launch(?:ing)?\s+(?:sites?|pads?|positions?|points?)\s+"
    r"(?:near|in|at|outside|around|close\s+to|of)\s+)(?:the\s+)?(?:(?:village|town|area)\s+of\s+)?$", re.I)
_SALVO_TYPES = ("rocket attack", "missile attack", "drone attack", "mortar attack")


# "shelled the area from which the rockets were fired, near X": the place after the relative, where no frame took it
# (the clause was read as a retelling of the salvo, "the rockets" its subject)
_RELATIVE_LAUNCH_NEAR = re.compile(
    r"\b" + _FROM_WHICH + r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?" + _LAUNCH_VERB +
    r"\s*,?\s+(?:near|outside|around|close\s+to)\s+(?:the\s+)?(?:(?:village|town|area)\s+of\s+)?"
    r"(?P<name>" + _NAME.pattern + r")")


def _open_salvo(frame, name: str) -> bool:
    """Is ``frame`` a salvo with no launch site yet, told at another place than ``name``?"""
    kind = frame.first("event_type")
    return frame.first("launch") is None and kind is not None and kind.value in _SALVO_TYPES \
        and not _same_place(frame.first("target").value.name, name)


def _launch_told_by_relative(frames: list, text: str) -> None:
    """The launch site of a salvo told before, named as the place a later strike hit (see _RELATIVE_LAUNCH_AFTER)."""
    for m in _RELATIVE_LAUNCH_NEAR.finditer(text):
        name = m.group("name")
        salvo = next((f for f in reversed(frames) if _open_salvo(f, name)
                      and f.first("target").evidence.start < m.start()), None)
        if salvo is not None:
            start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
            stop = min([i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0] or [len(text)])
            salvo.add(Fact("launch", PlaceRef(name, None, None),
                           Evidence(salvo.first("target").evidence.doc_id, text[start:stop + 1], start, stop + 1)))
    for k, frame in enumerate(frames):
        target = frame.first("target")
        name = target.value.name
        sentence = target.evidence.sentence
        at = sentence.find(name) if name else -1
        if at < 0:
            continue
        if _RELATIVE_LAUNCH_AFTER.match(sentence, at + len(name)) is None \
                and _RELATIVE_LAUNCH_BEFORE.search(sentence[max(0, at - 120):at]) is None:
            continue
        # (the salvo told before, or in the same sentence: "struck the area near X where the launchers were, after
        # rockets hit Y")
        told = list(reversed(frames[:k])) + [f for f in frames[k + 1:] if f.first("target").evidence.sentence == sentence]
        salvo = next((f for f in told if _open_salvo(f, name)), None)
        if salvo is None:
            continue
        salvo.add(Fact("launch", PlaceRef(name, target.value.cue, target.value.container), target.evidence))


# "another strike", "a second strike", "struck again", "une autre frappe", "غارة أخرى": one more attack, told as such
_ANOTHER_ATTACK = re.compile(r"\b(?:another|a\s+(?:second|third|fresh|new|further)|(?:struck|hit|targeted|bombed|shelled)"
                             r"\s+(?:[\w-]+\s+){0,4}?again|une?\s+(?:autre|deuxième|seconde?|nouvelle)|de\s+nouveau|à\s+nouveau)"
                             r"\b|(?:غارة|ضربة|مسيرة|قذيفة)\s+(?:\S+\s+)?(?:أخرى|ثانية|جديدة)", re.I)


# a running total told with the later attack ("bringing the toll to five", "in all"): not a toll of its own
_RUNNING_TOTAL = re.compile(r"\b(?:bringing|brings|raising|raised|rose|risen|total|in all|altogether|overall|toll)\b", re.I)


def _plain_tolls(a: Fact, b: Fact) -> bool:
    """Two figures of their own: numbers above zero, neither revised, the later not told as a running total."""
    # (a zero is no toll to add: "a second fire broke out, causing no casualties")
    return all(isinstance(f.value, int) and not isinstance(f.value, bool) and f.value > 0 and f.qualifier != "revised"
               for f in (a, b)) \
        and _RUNNING_TOTAL.search(b.evidence.sentence) is None


def _add_toll(into, a: Fact, frame, b: Fact) -> None:
    """Add toll ``b`` (of ``frame``) to toll ``a`` (of ``into``), and drop ``b``."""
    into.facts[into.facts.index(a)] = replace(a, value=a.value + b.value)
    frame.facts.remove(b)


def _add_tolls_of_again(frames: list) -> None:
    """The tolls of one more attack on the same place that day add to the first one's, which it joins as one event.

    "A drone struck a car in X on Wednesday, killing two. Hours later, another strike hit the same town, killing one":
    the event of X that day counts three dead (the two frames make one event, whose figure would otherwise keep the
    lower of two tolls as if two sources told one).  Only a frame told as another attack ("another", "a second",
    "again") of the same kind, place and day, each with a plain toll of its own (no revised one), adds its own.
    """
    for frame in frames:  # both told into one frame: "another strike hit the same town" resumed the incident
        for what in ("killed", "injured"):
            facts = frame.get(what)
            if len(facts) != 2 or facts[0].evidence.sentence == facts[1].evidence.sentence:
                continue
            a, b = facts
            if _ANOTHER_ATTACK.search(b.evidence.sentence) and not _ANOTHER_ATTACK.search(a.evidence.sentence) \
                    and _plain_tolls(a, b):
                _add_toll(frame, a, frame, b)
    for k, later in enumerate(frames):
        if k == 0 or not (later.get("killed") or later.get("injured")):
            continue
        target, kind, date = later.first("target"), later.first("event_type"), later.first("date")
        if target is None or kind is None or date is None or not _ANOTHER_ATTACK.search(target.evidence.sentence):
            continue
        first = next((f for f in frames[:k] if f.first("target") is not None and f.first("event_type") is not None
                      and f.first("event_type").value == kind.value and f.first("date") is not None
                      and f.first("date").value.overlaps(date.value)
                      and (target.value.anaphoric or _norm(f.first("target").value.name) == _norm(target.value.name))),
                     None)
        if first is None:
            continue
        for what in ("killed", "injured"):
            mine, theirs = later.get(what), first.get(what)
            if not mine or not theirs or len(mine) > 1 or len(theirs) > 1:
                continue
            a, b = theirs[0], mine[0]
            if not _plain_tolls(a, b) or a.evidence.sentence == b.evidence.sentence:
                continue
            _add_toll(first, a, later, b)


# "المقاومة الإسلامية" alone, not "... في العراق" nor "... في لبنان", nor "حزب الله" in the same sentence
_BARE_ISLAMIC_RESISTANCE = re.compile(r"المقاومة الإسلامية(?!\s+في\s+(?:العراق|لبنان))")


def _islamic_resistance_of_iraq(frames: list) -> None:
    """In a report that names the Islamic Resistance in Iraq, "المقاومة الإسلامية" alone is that group, not Hezbollah.

    Hezbollah signs its communiqués "المقاومة الإسلامية" (data/actors.csv reads the bare name as Hezbollah); the Iraqi
    factions' statements shorten their name the same way once told in full ("مجاهدي المقاومة الإسلامية استهدفوا").
    """
    for frame in frames:
        for k, f in enumerate(frame.facts):
            if f.kind in ("claimed_by", "blamed_on") and f.value == "Hezbollah" \
                    and _BARE_ISLAMIC_RESISTANCE.search(f.evidence.sentence) and "حزب الله" not in f.evidence.sentence:
                frame.facts[k] = replace(f, value="Islamic Resistance in Iraq")


def _coalition_of_yemen(frames: list) -> None:
    """In a report about Yemen, "the coalition" whose aircraft strike is the Saudi-led one, not the US-led one."""
    for frame in frames:
        for k, f in enumerate(frame.facts):
            if f.kind == "attacker" and f.value == "US-led coalition":
                frame.facts[k] = replace(f, value="Saudi-led coalition")


def _drop_blame_of_claimant(frames: list) -> None:
    """No blame on the group that claims the incident: "a drone launched by the Houthis", then the Houthis' claim.

    The claim is the stronger fact (writers annotate it alone).  Only the incident's own claim counts: the group's
    claim of another site of the same day leaves another speaker's blame of this one standing.
    """
    for fr in frames:
        blamed = fr.get("blamed_on")
        if not blamed:
            continue
        own = {f.value for f in fr.get("claimed_by")}
        if any(f.value in own for f in blamed):
            fr.facts[:] = [f for f in fr.facts if not (f.kind == "blamed_on" and f.value in own)]


# A toll told as a scale, with no figure: "des dizaines de personnes ont été tuées dans l'attaque de X", "tuant
# plusieurs dizaines de civils", "dozens were killed" (annotators leave the count null, but the incident is told)
# (the scale words are casualties.SCALE_WORDS, the ones a toll reads as no figure)
_VAGUE_TOLL = re.compile(r"\b" + _casualties_module.SCALE_WORDS + r"\s+(?:of\s+|de\s+|d['’])?"
                         r"(?:[\w'’-]+\s+){0,3}?(?:(?:were|have\s+been|had\s+been|ont\s+été|avaient\s+été)\s+)?"
                         r"(?:killed|dead|tuée?s?|morte?s?)\b|"
                         r"\b(?:killing|killed|tuant|tué|fait)\s+" + _casualties_module.SCALE_WORDS + r"\b", re.I)


# A French attribution of the attack itself to its authors: "a imputé l'attaque contre X à", "a attribué les tirs à"
# "(le Liban,) qui a riposté en frappant des positions à X", "which responded by striking X": an answer told with its
# deed, an incident of the news (lexicon.NEW_INCIDENT makes it one of its own), never a passing mention
_ANSWER_TOLD = re.compile(L.ANSWER_DEED["fr"] + "|" + L.ANSWER_DEED["en"])
_IMPUTED = re.compile(r"\b(?:imput|attribu)(?:é|ée|és|ées|e|ent|ait|aient)\s+" + L.IMPUTED_DEED, re.I)


# A claim or blame of several incidents at once: "claimed both attacks", "claimed Wednesday's drone attacks",
# "a revendiqué une série d'attaques", "تبنت الهجمات"
_CLAIM_OF_MANY = re.compile(
    r"\b(?:claim\w*|revendiqu\w*|blam\w*|accus\w*|imput\w*|attribu\w*|responsib\w*)\s+(?:[\w'’-]+\s+){0,6}?(?:attacks|"
    r"strikes|operations|raids|barrages|both|series|wave|attaques|frappes|opérations|tirs|deux|série|vague)\b|"
    r"\b(?:attacks|strikes|operations|attaques|frappes|opérations|tirs)\s+(?:[\w'’-]+\s+){0,3}?(?:claimed|revendiqu)", re.I)


_WAVE_OF_MANY = re.compile(r"\b(?:attacks|strikes|operations|wave|series|attaques|frappes|opérations|"
                           r"vague|série)\b|\b(?:several|multiple|various|plusieurs|différentes|multiples)\s", re.I)


def _share_claims(frames: list, orphans: Sequence[tuple[Fact, Optional[DateSpan]]] = ()) -> None:
    """Give each incident a claim or blame told once for several of them.

    A claim sentence often names the sites it covers ("X claimed the attacks on A and B", "a revendiqué des
    attaques contre A, B et C") or speaks of several ("claimed both attacks", "claimed Wednesday's drone attacks"),
    while the reader put it on one frame.  The sites it names get it; else a plural claim reaches the incidents of the
    same day (all of them for "both"/"les deux").  Never an incident told as unclaimed or with its own claimant,
    and a group's claim never an air strike (a state's raid is no group's).
    """
    for kind in ("claimed_by", "blamed_on"):
        for src in list(frames):
            for f in list(src.get(kind)):
                sent = f.evidence.sentence
                # (a site named inside the claimant's or accused's name, "la Turquie", is not a site of the claim)
                # (nor a country: "factions pro-Iran" does not name the incident in Iran)
                named = [fr for fr in frames if fr is not src and fr.first("target") is not None
                         and fr.first("target").value.cue != "country"
                         and _names(sent, fr.first("target").value.name) and fr.first("target").value.name not in f.value
                         and canonical_state(fr.first("target").value.name) != f.value  # ("Turquie" for "Turkey")
                         and not (kind == "claimed_by" and _other_side_struck(sent, fr.first("target").value.name))]
                # (a blame of "attacks" is often of a campaign, "accused of a string of rocket attacks"; only "both"
                # spreads a blame.)  Sites named are the claim's whole list: "claimed the attacks on A and B" is not
                # of C, told the same day
                if not named and ((_CLAIM_OF_MANY.search(sent) or _self_claim_of_many(sent)) if kind == "claimed_by"
                                  else _TWO_ATTACKS.search(sent)):
                    day = src.first("date")
                    named += [fr for fr in frames if fr is not src and fr not in named and (
                        _TWO_ATTACKS.search(sent) and len(frames) == 2 or day is None or fr.first("date") is None
                        or fr.first("date").value.overlaps(day.value))]
                _give_claim(f, kind, named)
    for f, day in orphans:
        # (only a claimant's own plural: "a series of Israeli strikes on X and new operations claimed by Y" tells X
        # as the other side's strike; and of the day it names, if any)
        if _self_claim_of_many(f.evidence.sentence) or _CLAIM_OF_MANY.search(f.evidence.sentence) \
                and not _CLAIM_BY_AFTER.search(f.evidence.sentence):
            _give_claim(f, "claimed_by", [fr for fr in frames if day is None or fr.first("date") is None
                                          or fr.first("date").value.overlaps(day)])


_YEAR_TOLD = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:last|this)\s+year\b|\bl['’]an(?:née)?\s+(?:dernière?|passée?)\b|"
                        r"العام\s+(?:الماضي|المنصرم)|السنة\s+(?:الماضية|المنصرمة)|\d{4}", re.I)
_CLAIM_BY_AFTER = re.compile(r"\b(?:claimed|revendiqu\w+)\s+(?:by|par)\b", re.I)


def _self_claim_of_many(sent: str) -> bool:
    """"X said it had launched a wave of attacks", "a affirmé avoir mené une série de frappes contre plusieurs sites":
    a group's own report of several attacks (the plural told just after its verb)."""
    m = _SELF_CLAIM.search(sent) if any(w in sent for w in _SELF_CLAIM_WORDS) else None
    return m is not None and _WAVE_OF_MANY.search(sent[m.end():m.end() + 40]) is not None


# the other side's forces as the subject of an attack verb: "فيما قصف الجيش الإسرائيلي مدفعيا أطراف بلدة X", "وأغارت
# مسيرة إسرائيلية على Y", "قصفت المدفعية الإسرائيلية Z"
_AR_OTHER_AGENT = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:قصف|قصفت|استهدف|استهدفت|شن|شنت|أغار|أغارت|اغار|اغارت|دك|دكت|ألقت|"
                             r"ألقى|القت|القى|أطلق|أطلقت|اطلق|اطلقت|توغل|توغلت)\s+(?:ال)?(?:جيش|طيران|مدفعية|دبابات|دبابة|"
                             r"قوات|مسيرة|طائرة|مسيرات|طائرات|العدو|عدو|الاحتلال|مروحية|مروحيات|بوارج|زوارق)(?![\u0621-\u064A])")


def _other_side_struck(sent: str, site: str) -> bool:
    """Whether the site ``site`` is told in ``sent`` as struck by the other side's forces after the claim: "أعلن حزب
    الله أن مقاتليه استهدفوا موقع X، فيما قصف الجيش الإسرائيلي مدفعيا أطراف بلدة Y" (Y is the army's shelling, the
    group claimed X only). In Arabic the agent is a force noun right after the verb; in English and French, the site
    told after the other side's answer: "Hezbollah fired rockets at Metula, and Israel responded by striking Khiam"
    (Hezbollah claimed Metula only)."""
    at = sent.find(site)
    if at <= 0:
        return False
    if not any("\u0621" <= c <= "\u064a" for c in site):
        return _ANSWER_TOLD.search(sent, 0, at) is not None
    agent = None
    for agent in _AR_OTHER_AGENT.finditer(sent, 0, at):
        pass
    # (the agent's clause runs up to the site: no second claim verb told between them)
    return agent is not None and arabic._CLAIMANT_STATEMENT.search(sent, agent.end(), at) is None


def _give_claim(f: Fact, kind: str, frames: list) -> None:
    """Add the claim (or blame) ``f`` to each of ``frames`` that has none of its own, is not told as unclaimed, and is
    no air strike (a state's raid is no group's)."""
    for fr in frames:
        if fr.get(kind) or fr.first("unclaimed") is not None and kind == "claimed_by":
            continue
        if _etype_is(fr, "airstrike") and f.value not in _STATE_NAMES:
            continue
        fr.add(f)


# a shift of days or more told with no count ("days later", "des mois plus tard", "بعد أيام"): another time, not given
_VAGUE_SHIFT_WORDS = ("later", "afterward", "tard", "بعد", "عقب")  # a cheap look before the pattern (not "after" alone)
_VAGUE_SHIFT = re.compile(r"(?<!\w)(?:(?:a few|some|several|many|a couple of)\s+)?(?:days|weeks|months|years)\s+"
                          r"(?:later|afterwards?)\b|(?<!\w)(?:quelques|plusieurs|des)\s+(?:jours|semaines|mois|années|ans)"
                          r"\s+plus\s+tard\b|(?<![\u0621-\u064A])و?(?:بعد|عقب)\s+(?:بضعة\s+|عدة\s+)?"
                          r"(?:أيام|ايام|أسابيع|اسابيع|أشهر|اشهر|شهور|أعوام|سنوات)(?![\u0621-\u064A])", re.I)
# Talk of attacks in general rather than of one (see background_at in extract): "such attacks", "similar strikes",
# "ce type d'attaques", "ce genre de frappes", "des attaques similaires", "مثل هذه الهجمات", "هجمات مماثلة"; with a
# habit or the past as a whole (the words lexicon.GENERIC_MORE adds)
_BACKGROUND_TALK_WORDS = ("such", "similar", "kind", "like th", "type", "genre", "similaires", "مثل", "مماثل", "often", "frequent",
                          "regular", "constant", "past", "before", "souvent", "fréquem", "régulièrement", "constamment",
                          "passé", "déjà", "باستمرار", "الماضي", "السابق", "سبق", "مرار", "متكرر")
_BACKGROUND_TALK = re.compile(
    r"\b(?:such|similar)\s+(?:\w+\s+)?(?:attacks|strikes|raids|incidents|assaults)\b"
    r"|\b(?:often|frequently|regularly|constantly|repeatedly)\b|\bin\s+the\s+past\b|\bbefore(?=\s*[.;:]|\s*$)"
    r"|\b(?:attacks|strikes|raids)\s+(?:of\s+this\s+kind|like\s+th(?:ese|is|at))\b"
    r"|\b(?:ce|ces|de\s+ce)\s+(?:type|genre)\b|\b(?:attaques|frappes|raids|tirs)\s+similaires\b"
    r"|\b(?:souvent|fréquemment|régulièrement|constamment|à\s+plusieurs\s+reprises|par\s+le\s+passé|déjà)\b"
    r"|مثل\s+(?:هذه|تلك)\s+(?:ال)?(?:هجمات|الضربات|الغارات|الاعتداءات)|(?:هجمات|ضربات|غارات)\s+مماثلة"
    r"|باستمرار|في\s+الماضي|في\s+السابق|(?<![\u0621-\u064A])و?سبق(?![\u0621-\u064A])|(?<![\u0621-\u064A])مرار|بشكل\s+متكرر", re.I)
_EARLIER_ATTACK_WORDS = ("previous", "earlier", "prior", "précédent", "سابق")  # a cheap look before the pattern
_DENIAL_OF_EARLIER = re.compile(r"\b(?:previous|earlier|prior)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|incidents?|raids?|"
                                r"barrages?|salvos?)\b|\b(?:attaque|frappe|raid|tir|incident)s?\s+précédente?s?\b|"
                                r"\bprécédente?s?\s+(?:attaque|frappe|raid|tir|incident)s?\b|"
                                r"(?:هجوم|هجمات|قصف|الهجوم|الهجمات|القصف|استهداف) (?:سابقة?|السابقة?)", re.I)


# a sentence of history or of a period: its denial is not the lone incident's ("the May 2019 attack caused no
# casualties", "no one has been hurt since", "the previous strikes caused no injuries")
_FAR_DENIAL_OTHER = re.compile(r"\b(?:19|20)\d\d\b|\b(?:last|previous|earlier|prior|past|other|dernière?s?|précédente?s?|"
                               r"passée?s?|autres?)\s+(?:\w+\s+)?(?:year|month|week|attacks?|strikes?|incidents?|raids?|année|"
                               r"mois|semaine|attaques?|frappes?|incidents?|raids?)\b|\b(?:since|depuis|so far|jusqu|until now|"
                               r"else|d['’]autre|ever|jamais)\b|(?:سابق|الماضي|الماضية|منذ|أخرى|آخر)", re.I)


def _denial_scope(text: str) -> tuple[str, ...]:
    """Which of killed/injured a clause's "no casualties" denies: the first scope that matches; two one-figure denials
    ("caused no injuries and no deaths", "sans faire de blessés ni de morts") deny both; none matched, both."""
    scope = next((sc for pat, sc in _NO_CASUALTY_SCOPE if pat.search(text)), ("killed", "injured"))
    if len(scope) == 1 and any(len(sc) == 1 and sc != scope and pat.search(text) for pat, sc in _NO_CASUALTY_SCOPE):
        scope = ("killed", "injured")
    return scope


def _far_denial(doc: Document, sentences: list, frame: EventFrame, lang: str) -> None:
    """Zero the toll of the one incident an article tells from a denial told anywhere in it.

    Wire copy often puts "No casualties were reported" or "Il n'y a pas eu de pertes humaines" several
    sentences away from the attack (after paragraphs on sirens and closures) or in the lead before it; the
    sentence-by-sentence thread reaches only a few sentences. When the article tells a single incident and the
    incident holds no figure of its own, a denial sentence with no figure, no other time and no other incident
    is that incident's (not one of history: "the 2019 attack caused no casualties", "no one else").
    """
    v = _vocab(lang)
    told = {f.evidence.start for f in frame.facts}
    for sent in sentences:
        text = sent.text
        if sent.start in told or _FAR_DENIAL_OTHER.search(text):
            continue
        if lang == "ar":
            scope = tuple(k for k in ("killed", "injured") if k in arabic._negated(text))
            if not scope or arabic.denial_of_another(text) or any(arabic.casualties(text, k) for k in ("killed", "injured")):
                continue
        else:
            if not v["no_casualties"].search(text):
                continue
            scope = _denial_scope(text)
            if len(scope) == 1 and any(n for k in ("killed", "injured") for n, _ in _casualties(text, lang, k)):
                continue  # "one guard was hurt and no one was killed": a figure beside the denial
        evidence = Evidence(doc.doc_id, text, sent.start, sent.end)
        for k in scope:
            frame.add(Fact(k, 0, evidence, None, None))
        if scope == ("injured",) and lang != "ar":
            # a denial of injuries alone implies no deaths (as in analyse_clause); "there was no loss of life"
            # denies deaths and leaves the wounded unknown
            frame.add(Fact("killed", 0, evidence, "implied", None))
        return


# how many sentences after a lead denial the incidents it covers are told
LEAD_DENIAL_REACH = 4


def _lead_denial_of_all(doc: Document, sentences: list, kept: list, lang: str, frames: list) -> None:
    """Zero the toll of each incident told right after a lead that only denies casualties.

    "Les attaques n'ont pas fait de victimes. Deux roquettes ont visé X samedi. Dimanche, un drone a visé Y",
    "No one was hurt in the attacks. Rockets hit X ... A drone struck Y": a first sentence that names no site and
    tells no figure, only a denial, sums up the incidents the article goes on to tell, so each of them gets it (the
    sentence-by-sentence thread gives it, at most, to the first frame it opens). Only frames opened within
    :data:`LEAD_DENIAL_REACH` sentences of the lead that hold no figure of their own; a lead of history ("the
    previous attacks caused no casualties", "no other injuries") covers none.
    """
    if not sentences:
        return
    lead = sentences[0]
    text = lead.text
    v = _vocab(lang)
    denial = v["no_casualties"].search(text)
    if denial is None or _FAR_DENIAL_OTHER.search(text):
        return
    rest = text[:denial.start()] + " " * (denial.end() - denial.start()) + text[denial.end():]
    if any(n for k in ("killed", "injured") for n, _ in _casualties(rest, lang, k)):
        return  # (a figure beside the denial; "No one was hurt" itself is no figure of one)
    if any(f.evidence is not None and f.evidence.start == lead.start
           and (f.kind in ("target", "count", "launch") or f.kind == "date" and f.value.text)
           for fr in frames for f in fr.facts):
        # the lead tells an incident of its own ("Deux roquettes ont visé X, sans faire de victimes"; "Rockets struck
        # two villages in northern Israel, causing no injuries", a region's frame dropped for its sites): the thread
        # gives its denial where it belongs (see _share_lead_denial)
        return
    scope = _denial_scope(text)
    reach = sentences[LEAD_DENIAL_REACH].start if len(sentences) > LEAD_DENIAL_REACH else None
    evidence = Evidence(doc.doc_id, text, lead.start, lead.end)
    for fr in kept:
        if fr.get("killed") and any(f.value for f in fr.get("killed")) \
                or fr.get("injured") and any(f.value for f in fr.get("injured")):
            continue  # a figure of its own: an incident the denial does not cover
        target = fr.first("target")
        if target is None or target.evidence is None or target.evidence.start <= lead.start \
                or reach is not None and target.evidence.start > reach:
            continue
        for k in scope:
            if fr.first(k) is None:
                fr.add(Fact(k, 0, evidence, None, None))
        if scope == ("injured",) and fr.first("killed") is None:
            fr.add(Fact("killed", 0, evidence, "implied", None))  # (as in _far_denial)


# "a number of missiles", "a swarm of drones", "une salve de roquettes": how many were fired, told as vague
_VAGUE_MANY_WORDS = ("number of", "swarm", "several", "salvo", "barrage", "volley", "wave", "series of", "hail of",
                     "essaim", "plusieurs", "salve", "vague", "pluie", "série", "certain nombre")
_VAGUE_MANY = re.compile(r"\b(?:an?|une?|des|the|le|la|les)?\s*(?:number|swarm|salvo|barrage|volley|wave|series|hail|"
                         r"essaim|salve|vague|pluie|série|certain nombre)s?\s+(?:of|de|d['’])\s*|\b(?:several|plusieurs)\s+",
                         re.I)
_VAGUE_NOUN = re.compile(r"(?:[\w«»\"“”'’-]+\s+){0,3}?[«\"“]?\s*(?:rockets?|missiles?|drones?|UAVs?|projectiles?|shells?|"
                         r"roquettes?|obus|engins?|mortiers?|mortars?)\b", re.I)


_PERIOD_TALLY = re.compile(r"\b(?:since|depuis|so far|this (?:year|month|week)|over the (?:past|last)|in recent|"
                           r"ces derniers|cette (?:année|semaine)|au cours des)\b", re.I)
# a running toll or a tally over a period, in all three languages: no one attack's ("More than 350 people have been
# killed since October", "au total", "منذ بدء العدوان"; see _lead_toll)
_PERIOD_TOLL = re.compile(_PERIOD_TALLY.pattern + r"|\b(?:to date|jusqu['’]ici|au total|in total)\b|منذ|حتى الآن|إجمالي|"
                          r"الإجمالية", re.I)


def _vague_drops_article_one(frame: EventFrame, lang: str, frames: list) -> None:
    """Drop a count of 1 read from an article ("struck by a missile", "un drone est tombé") when a sentence of
    the same incident says the projectiles were many without a figure ("a number of missiles", "un essaim de
    drones"): the article named one that hit, not how many were fired (annotators leave such counts out).

    The incident's sentences are those of its facts and those told after it opened and before the next
    incident opened (a claimant's account often adds no fact of its own). A wave at many targets ("a barrage of
    drones at targets across the kingdom") says nothing of how many hit one of them."""
    count = frame.first("count")
    if count.value != 1 or count.qualifier or _etype_is(frame, "interception"):
        return  # (an interception counts what was brought down, whatever the claimant says was fired)
    if _explicit_one(lang).search(count.evidence.sentence):
        return  # "a single drone", "un seul missile": one stated as a figure
    text = frame.doc.text if frame.doc is not None else ""
    opened = min(f.evidence.start for f in frame.facts)
    later = [min(f.evidence.start for f in other.facts) for other in frames if other is not frame and other.facts]
    closed = min((st for st in later if st > opened), default=len(text))
    sentences = {f.evidence.sentence for f in frame.facts}
    sentences.update(sent.text for sent in split_sentences(text[opened:closed]))
    for sentence in sentences:
        low = sentence.lower()
        if not any(map(low.__contains__, _VAGUE_MANY_WORDS)) or _MANY_TARGETS.search(sentence) or _PERIOD_TALLY.search(sentence):
            continue  # ("have fired several salvos since October": a tally over a period, not this incident)
        for m in _VAGUE_MANY.finditer(sentence):
            if _VAGUE_NOUN.match(sentence, m.end()):
                frame.facts.remove(count)
                return


_AREA_CUES = ("country", "province", "district")
# An English claim of ONE attack, its weapon left unsaid: "Hezbollah claimed an attack on X", "claimed responsibility for
# a strike on X", "said it attacked X" (not "has claimed dozens of attacks", a tally of the war: plural, no article; nor
# one told "last year": history)
_CLAIMED_ONE = re.compile(r"\bclaim(?:ed|s)\s+(?:responsibility\s+for\s+)?(?:an?|the)\s+(?:[\w-]+\s+)?"
                          r"(?:attack|strike|assault|raid|operation)\s+(?:on|against|targeting)\b"
                          r"|\bsaid\s+(?:it|they)\s+(?:had\s+)?(?:attacked|targeted|struck|hit)\b", re.I)
_ATTACK_ANAPHORA = _Gated(re.compile(
    r"\b(?:the|this|that|these|those|the latest|the same|both) (?:attacks?|strikes?|assaults?|incidents?|raids?|barrages?)\b|"
    r"\b(?:the|these|those) (?:rockets|missiles|drones|projectiles)\b|"
    r"(?:\bl['’](?:attaque|attentat|offensive|assaut)|\b(?:cette|ces) (?:attaques?|frappes?)|\b(?:la|les) frappes?)\b|"
    r"\b(?:les|ces) (?:roquettes|missiles|drones|projectiles|tirs)\b|"
    r"\b(?:ce|le|ces|les) (?:raids?|bombardements?)\b|\b(?:cette|la) (?:salve|opération)\b|"
    r"(?:الهجوم|الاستهداف|الضربة|الضربات|الغارات|الهجومين|"
    # ("ووقعت الغارة مساء أمس", "وقالت الوزارة إن الغارة وقعت ...": the raid said to have taken place, the one told; not
    # any "الغارة", which opens the next raid's account as often)
    r"(?:وقعت|جرت|حدثت)\s+الغارة|الغارة\s+(?:وقعت|جرت|حدثت)|"
    # "ذكرت مصادر أن الصواريخ استهدفت X", "كرات نارية ناجمة عن اعتراض الصواريخ": the definite projectiles,
    # reported as a subject or stopped in the air, are those told
    r"(?<![\u0621-\u064A])(?:أن|إن|اعتراض|إسقاط|اسقاط)\s+ال(?:صواريخ|صاروخين|قذائف|مسيرات|مسيرتين)(?![\u0621-\u064A])|"
    # "واستهدفت الغارة منزلا في حي X", "وأصابت الضربة خيمة قرب Y", "قال الدفاع المدني إن الغارة استهدفت ...": the one
    # raid as the subject of its verb of impact (verb first, or reported after أن/إن) is the raid told, its object a
    # closer look at where it fell -- as "The strike hit a house in X" (an ordinal or "أخرى" after it is read apart)
    r"(?<![\u0621-\u064A])و?(?:استهدفت|أصابت|طالت|ضربت|دمرت)\s+(?:الغارة|الضربة)(?![\u0621-\u064A])"
    r"(?!\s+(?:ال)?(?:ثانية|ثالثة|أخرى|أخيرة|جديدة|أولى)(?![\u0621-\u064A]))|"
    r"(?<![\u0621-\u064A])(?:أن|إن)\s+(?:الغارة|الضربة)\s+(?:استهدفت|أصابت|طالت|ضربت|دمرت)(?![\u0621-\u064A])|"
    # "وأسفرت الغارة عن سقوط قتيلين", "وأدت الغارة إلى مقتل ...": the one raid as the subject of a verb of its toll is
    # the raid told, as "The strike left two dead" (not "الغارة الثانية", nor "الغارة على Y": a raid named by its place)
    r"(?<![\u0621-\u064A])[وف]?(?:قد\s+)?(?:أسفرت|اسفرت|أدت|ادت|خلفت|تسببت)\s+(?:الغارة|الضربة)(?![\u0621-\u064A])"
    r"(?!\s+(?:ال)?(?:ثانية|ثالثة|أخرى|أخيرة|جديدة|أولى|على|في)(?![\u0621-\u064A])))",
    re.I))


# A plural reference to the strikes told ("the strikes", "les frappes", "الغارات"): a new site it names is
# another site of the same wave, so an incident of its own.
_PLURAL_ANAPHORA = re.compile(r"\b(?:the|these|those) (?:strikes|raids|airstrikes|air strikes)\b|"
                              r"\b(?:les|ces) (?:frappes|raids|bombardements)\b|الغارات|الضربات", re.I)
_MANY_TARGETS = re.compile(r"\b(?:plusieurs|différentes|diverses|multiples) cibles\b|"
                           r"\b(?:several|multiple|various|a number of|a series of) (?:targets|sites)\b|"
                           # "tiré cinq missiles sur des « sites sensibles » aux Émirats", "at targets across Israel":
                           # an indefinite plural of sites, the whole of a wave told site by site
                           r"\b(?:sur|contre|vers) des\s+(?:«\s*)?(?:sites|cibles|objectifs|installations)\b|"
                           r"\b(?:at|on|against) [\"“]?(?:targets|sites|facilities|installations) (?:in|across|throughout)\b|عدة أهداف|أهداف متعددة", re.I)
_MANY_TARGETS = _Prefiltered(_MANY_TARGETS)
_TWO_ATTACKS = re.compile(r"\b(?:both|the two|neither(?: of the)?)\s+(?:attacks?|strikes?|raids?|incidents?)\b|"
                          r"\b(?:les|ces) deux (?:attaques|frappes|tirs|raids)\b|\baucune des deux\b|"
                          r"الهجومين|الهجومان|الضربتين|الضربتان|الاعتداءين", re.I)
def _denial_named(current, frames: list, states: dict, info: ClauseInfo):
    """The incident told earlier whose site a denial names, when another incident has been told since.

    "A drone hit a plant in X on Monday. On Tuesday shelling in Y wounded four. The strike on X caused no injuries",
    "La frappe contre X n'a pas fait de victimes", "ولم يسفر الهجوم على X عن إصابات": the denial is X's, not Y's.
    None when the clause states a figure (a toll told of a place is read by the thread as it is) or names Y.
    """
    if info.target is None or current.target is None or not (info.killed or info.injured) \
            or any(n for n, _ in info.killed + info.injured) or _same_place(info.target.name, current.target):
        return None
    return next((st for st in (states[id(f)] for f in reversed(frames)) if st is not current
                 and st.target is not None and _same_place(info.target.name, st.target)), None)


# a denial told of every incident at once, wherever it stands in its clause ("no casualties were reported in either
# attack", "the army said the attacks caused no casualties", "Aucune des frappes n'a fait de victimes", "ولم تسفر
# الهجمات عن إصابات"): a plural or distributive of the attack words, never one attack ("the strike on X")
_EACH_ATTACK = re.compile(
    r"\b(?:either|any|each|all|none)(?: of the| of these| of those)? (?:two |three )?(?:attacks?|strikes?|incidents?|raids?)\b|"
    r"\b(?:the|these|those) (?:attacks|strikes|incidents|raids)\b(?! (?:on|in|at|against|near) [A-Z])|"
    r"\b(?:aucune|chacune|l['’]une) des (?:deux |trois )?(?:attaques|frappes|raids|explosions)\b|"
    r"\b(?:ces|les) (?:deux |trois )?(?:attaques|frappes|raids)\b(?! (?:contre|sur|à|de|d['’]|visant) ?[A-ZÀ-Þ])|"
    # (Arabic: only as the denial's subject; "وتأتي هذه الهجمات بعد ... هجوم ... لم يسفر عن إصابات" denies the earlier one)
    r"(?:لم|دون أن)\s+(?:تسفر|تؤد|توقع|تخلف)\s+(?:هذه\s+)?(?:الهجمات|الضربات|الغارات|الاعتداءات)|"
    r"(?:الهجمات|الضربات|الغارات|الاعتداءات)\s+(?:لم|دون أن)\s+(?:تسفر|تؤد|توقع|تخلف)", re.I)
_BOTH_ANAPHORA = re.compile(
    r"^\W*(?:(?:ces|les) (?:deux |trois )?(?:attaques|frappes|tirs)|(?:these|the|both|the two|the three) (?:attacks|strikes|incidents)|"
    r"both|neither (?:of the )?(?:attacks?|strikes?|incidents?)|neither(?: of them)?(?= (?:caused|resulted|left|was|were)\b)|aucune des (?:deux |trois )?(?:attaques|frappes)|الهجومين|الهجمات)\b", re.I)


# "... more than 160 attacks since October, the most notable of them on 20 January when missiles hit X": the
# example a tally singles out is history, told to frame the news (a superlative or "the latest" of "them").
_HIGHLIGHT = re.compile(
    r"(?:^|[,،;:—–-]\s*)(?:and |et )?(?:(?:the )?(?:deadliest|worst|most (?:notable|serious|significant|prominent|violent|deadly)|"
    r"biggest|largest|latest|last|most recent)(?: one)?(?: of (?:them|these|those|which|the attacks|the strikes))?\b|"
    r"(?:the )?(?:most (?:notable|serious|deadly)|deadliest|worst|latest) (?:being|was|came)\b|"
    r"(?:dont )?(?:le|la) plus (?:meurtri[eè]re?|grave|importante?|marquante?|violente?|spectaculaire|récente?)\b|"
    r"(?:dont )?(?:la |le )?derni[eè]re? en date\b)|"
    r"(?:^|[,،;:]\s*)و?(?:(?:كان|كانت)\s+)?(?:أبرزها|أعنفها|آخرها|أخطرها|أكبرها|أشدها|أكثرها)", re.I)
_HIGHLIGHT = _Prefiltered(_HIGHLIGHT)
# a tally of incidents: "more than 160 attacks", "19 times", "plus de 150 attaques", "160 هجوما"
_TALLY = re.compile(r"\b\d+\s+(?:[\w-]+\s+)?(?:attacks|strikes|times|attaques|frappes|fois|incidents)\b|"
                    r"\d+\s*(?:هجوما|هجوماً|هجوم|ضربة|مرة)", re.I)


def _earlier_background(info: ClauseInfo, dates: list, last_day: Optional[DateSpan], published=None,
                        lang: str = "en") -> bool:
    """Whether a clause tells an earlier incident as background to the one the article reports.

    Once an incident with a day is told, a clause dated by a month or a year ending before the
    latest such day ("in February", "en janvier dernier", "in 2019"), all its other dates before it
    too ("hit twice in March, after the earthquake of 6 February"), recalls history: long reports
    add such context paragraphs, and their incidents are neither events nor facts of the current
    one.  (Days alone do not: a report may go back over a series of dated incidents, each an
    event.)  The latest day, not the last told: a report that goes back over the week's earlier strikes ("Friday
    ... two days earlier, on Wednesday ...") still leads with its newest incident.  A clause with no
    date the date reader knows but a past year in attributive use ("A September 2019 strike on X",
    "l'attaque de 2019") is history too.
    """
    if last_day is None or not (info.trigger or info.killed or info.injured):
        return False
    if not dates:
        if published is None or info.dates:
            return False
        text = info.clause.text
        record = _record_span(text, "en")
        if record is not None:  # "the deadliest since the war began in 2011": the record's start, not history told
            text = text[:record.start()] + " " * (record.end() - record.start()) + text[record.end():]
        for rs, re_ in _place_relatives(text, lang):  # "from Sanaa, which the group has held since 2014"
            text = text[:rs] + " " * (re_ - rs) + text[re_:]
        m = _PAST_YEAR.search(text)
        return m is not None and int(m.group("y")) < published.year
    if all(d.span.latest < last_day.earliest for d in dates) \
            and any(d.span.precision in ("month", "year") for d in dates):
        return True
    if all(d.span.latest < last_day.earliest for d in dates) and _PLUPERFECT.search(info.clause.text) \
            and all(d.span.precision != "day" for d in dates) and not _SAID_THAT.search(info.clause.text):
        # "Début janvier, une frappe avait tué X", "In early January, a strike had killed X": the pluperfect
        # with a date before the news tells what came before it (a past tense alone, "At the end of February,
        # the US carried out a raid", may be the news itself; a day keeps the incident, "On 20 May, a drone had
        # hit X" being one of a series gone back over; so does reported speech's tense, "a déclaré que ... étaient tombées")
        return True
    return False


# the verbs that report a statement (read by _SAID_THAT and _REPORTED_SUBJECT)
_SAY_EN = r"said|says|announced|reported|stated|confirmed|added"
_SAY_FR = r"déclaré|annoncé|indiqué|affirmé|précisé|rapporté|confirmé"
_SAID_THAT = re.compile(r"\b(?:" + _SAY_EN + "|" + _SAY_FR + r")\b[^.;]{0,60}?\b(?:that|que|qu['’])", re.I)


_PLUPERFECT = re.compile(
    r"\bhad\s+(?:already\s+|also\s+|previously\s+|earlier\s+|been\s+)*[a-z]+(?:ed|en|wn|ck|t|ng|de)\b|"
    r"\b(?:avait|avaient)\s+(?:(?:déjà|aussi|elles?|eux|lui|également|été)\s+)*[a-zéèêûîô]+(?:é|ée|és|ées|i|is|ie|u|us|ue|t|te)\b|"
    r"\b(?:s['’])?(?:était|étaient)\s+(?:(?:déjà|aussi|également)\s+)*[a-zéèêûîô]+(?:é|ée|és|ées|u|us|ue|ues|is|ise)\b", re.I)


# A day more than a week before the news, told after "the latest in a string of attacks" or as an example of a
# tally ("hit back several times, including a strike in X on January 4"): the string retold as context, not news.
# (A report that goes back over dated incidents without such words keeps each as an event.)
_STALE_GAP = datetime.timedelta(days=8)
_RECAP = re.compile(r"\b(?:the )?latest (?:in|of) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:string|series|spate|wave|succession|"
                    r"run|litany|chain) of\b|\b(?:la )?dernière (?:en date )?d['’]une (?:[\w-]+ ){0,2}?(?:série|vague|"
                    r"succession|longue liste) d|"
                    # "Monday's attack was the second on X's soil this year", "la troisième frappe depuis janvier":
                    # a rank in a series, so the earlier ones told after it are that series retold
                    r"\b(?:was|is|marks?|marked|became)\s+(?:the|its)\s+(?:second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))"
                    r"\b[^.;]{0,60}?\b(?:this (?:year|month|week)|since|so far|in (?:the )?(?:past|last|recent) (?:\w+ )?(?:days|weeks|months))|"
                    r"\b(?:est|était|constitue|marque)\s+(?:la|le|sa|son)\s+(?:deuxième|seconde?|troisième|quatrième|cinquième|\d+e)"
                    r"\b[^.;]{0,60}?\b(?:cette année|ce mois|cette semaine|depuis|en (?:un|deux|trois|quelques) (?:mois|semaines))", re.I)
_RECAP = _Prefiltered(_RECAP)
_EXAMPLE_OF = re.compile(r"\b(?:including|notably|among them|notamment|dont)\s+(?:an?|the|une?|la|le|les|des)\s+"
                         r"(?:[\w.-]+\s+){0,3}?(?:attacks?|strikes?|raids?|bombings?|attaques?|frappes?|bombardements?)\b", re.I)


# A past year read as a date ("A September 2019 strike", "the 2019 attack", "en 2019"), not a number of things
# ("2015 rockets") and not the start of a period ("since 2016", which makes the clause generic anyway).
_PAST_YEAR = re.compile(r"(?<![\d,.])(?<!\d\s)(?<!since )(?<!depuis )(?<=\s|\()(?P<y>19[5-9]\d|20[0-4]\d)(?![\d,.]\d)"
                        r"(?!\s+(?:[a-zà-ÿ]+\s+)?(?:rockets|missiles|drones|people|troops|soldiers|civilians|personnes|"
                        r"roquettes|soldats|civils)\b)")
_PAST_YEAR = _Prefiltered(_PAST_YEAR)


# A clause whose subject is the one attack told ("The attack, carried out by ...", "L'attaque a été revendiquée",
# "The drone strike hit ..."): it goes on with that incident (a plural or "another" opens none of this).
_DEFINITE_SUBJECT = re.compile(
    r"^\W*(?:(?:the|this|that) (?:[\w-]+ )?(?:attack|strike|raid|assault|bombing)|"
    r"l['’](?:attaque|attentat|offensive|assaut)|(?:cette|la) (?:frappe|attaque)|(?:ce|le) (?:raid|bombardement))"
    r"(?![\w-])(?!\s+(?:group|fighters?|force|package|team)s?\b)", re.I)
# The same subject behind a reporting lead: "Ukraine's air force said the strike involved two Iskander-M missiles",
# "Selon l'armée, la frappe a été menée avec deux missiles", "Le ministère a indiqué que l'attaque ..."
_REPORTED_SUBJECT = re.compile(
    r"^\W*(?:(?:according to|selon|d['’]après)\s+[^,.;]{1,60}?,\s*|"
    r"[^,.;]{1,60}?\b(?:" + _SAY_EN + r"|told\s+[\w.' ]{1,40}?)\s+(?:that\s+)?|"
    r"[^,.;]{1,60}?\b(?:a|ont|avait|avaient)\s+(?:" + _SAY_FR + r"|ajouté)"
    r"\s+(?:que\s+|qu['’]))" + _DEFINITE_SUBJECT.pattern[len("^\\W*"):], re.I)


# The time that opens an entry of a live report: "11h45 - ", "09:15 — ", "2.30pm: "
# An item of a listed statement headed by its attack noun ("ثانياً: ضربة في وادٍ قرب X", "- A strike on a depot
# near X", "2) Frappe contre un entrepôt à X"): each item tells one incident of the statement, never a closer look
# at the item before it (a bullet or an ordinal, then the verbal noun with no verb before it)
_LIST_ITEM = re.compile(
    r"^\s*(?:[-–•*▪]\s*|\(?\d{1,2}\s*[-.)]\s*|(?:[أا]ول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)اً?ً?\s*[:\-–]\s*|"
    r"(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|premi[èe]rement|deuxi[èe]mement|"
    r"troisi[èe]mement|quatri[èe]mement)\s*[,:]\s*)"
    r"(?:(?:an?|one|une|un|la|le|ال)\s*)?(?:ضربة|ضربات|غارة|غارات|استهداف|قصف|هجوم|(?:air|drone|missile)?\s*strikes?\b|"
    r"raids?\b|(?:drone |missile |rocket )?attacks?\b|bombing\b|(?:frappes?|raids?|attaques?|bombardements?)\b)", re.I)
# An entry of a statement's list of targets that names no attack of its own: a bullet or a number ("- a depot
# near X;", "2) un entrepôt à X") once a sentence ending in a colon has opened the list, or a heading that counts
# the targets ("Second target: a bunker near X", "Deuxième objectif : ...", "الهدف الثاني: ...")
_LISTED_BULLET = re.compile(r"^\s*(?:[-–•*▪]\s*|\(?\d{1,2}\s*[.)]\s+)(?=\S)")
_LISTED_HEADING = re.compile(
    r"^\W{0,3}(?:(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|next|other|last|final)\s+(?:target|site|objective)|"
    r"(?:la\s+|le\s+)?(?:premi[èe]re?|deuxi[èe]me|seconde?|troisi[èe]me|quatri[èe]me|cinqui[èe]me|sixi[èe]me|autre|"
    r"derni[èe]re?)\s+(?:cible|objectif|site)|"
    r"(?:ال)?(?:هدف|موقع)\s+(?:ال)?(?:أول|اول|ثاني|ثالث|رابع|خامس|سادس|أخير|اخير|آخر))\s*[:\-–—]", re.I)


def _listed_entry(text: str, listing: bool) -> bool:
    """Whether a clause opens an entry of a listed statement of targets (see _LISTED_BULLET, _LISTED_HEADING).

    ``listing`` says a sentence ending in a colon opened a list just before (bullets need one: a dash alone
    also opens a dateline or a quote).

    >>> _listed_entry("Second target: a bunker near X.", False), _listed_entry("- a depot near X;", False)
    (True, False)
    """
    head = text[:40]
    if listing and _LISTED_BULLET.match(head):
        return True
    return any(map(head.__contains__, ":-–—")) and _LISTED_HEADING.match(head) is not None


# a sentence opening on where it happens ("Dans la région de X,", "In the X district,"): a short locative, a comma
_FRONTED_PLACE = re.compile(r"(?:Dans|In|Inside|Across|Near|Around|À|A|Au|Aux|En|Non loin|Près)\s[^,;.]{2,50},")
_ENTRY_STAMP = re.compile(r"^\W{0,3}(?:[01]?\d|2[0-3])\s*[hH:.]\s*[0-5]\d\s*(?:GMT|UTC|HEC|HAEC|[AaPp]\.?[Mm]\.?)?\s*[-–—:]\s")


_SKY_OF = re.compile(r"(?:سماء|أجواء|اجواء)\s+(?:(?:محيط|منطقة|ال?عاصمة|مدينة)\s+){0,2}$|"
                     r"\b(?:(?:in )?the skies? (?:over|of|above)|over|above|dans le ciel (?:de|d['’]|du|des)|"
                     r"au-dessus (?:de|d['’]|du|des))\s*(?:the\s+|la\s+|le\s+|l['’])?(?:capital\s+|capitale\s+)?$", re.I)


def _in_sky_of(cur: _Current, target) -> bool:
    """Whether the incident told was placed in the sky of a town and ``target`` is a site of that town.

    Missiles met "in the sky over X" were aimed at what the report names next in X ("X airport"): where they
    were downed is not a place of its own (one event per place and day).
    """
    told = cur.frame.first("target")
    if told is None or target is None or target.cue not in _SITE_CUES or not told.value.name:
        return False
    name = told.value.name
    if not (target.container and _same_place(target.container, name) or _norm(name) in _norm(target.name)):
        return False
    sentence = told.evidence.sentence
    if not any(map(sentence.__contains__, ("سماء", "أجواء", "اجواء", "sky", "skies", "over", "above", "ciel", "dessus"))):
        return False  # the cheap look first
    text = arabic.clean(sentence) if any("\u0600" <= ch <= "\u06ff" for ch in name) else sentence
    at = text.find(name)
    return at > 0 and _SKY_OF.search(text[max(0, at - 40):at]) is not None


_ORDINAL_ATTACK = re.compile(
    r"(?:ضربة|غارة|هجمة|رشقة|ضربات|غارات)\s+(?:(?:جوية|صاروخية|أمريكية|أميركية|إسرائيلية)\s+)?"
    r"(?:ثانية|ثالثة|رابعة|خامسة)(?![\u0621-\u064a])|"
    r"(?:هجوما|هجوم|قصفا|قصف)\s+(?:ثانيا|ثان|ثالثا|ثالث|رابعا|رابع)(?![\u0621-\u064a])|"
    r"\b(?:second|third|fourth|fifth)\s+(?:(?:air|drone|missile|rocket)\s+)?(?:strike|attack|raid|barrage)s?\b|"
    r"\b(?:deuxi[eè]me|seconde?|troisi[eè]me|quatri[eè]me)\s+(?:frappe|attaque|raid|salve)s?\b", re.I)
_ORDINAL_STEMS = ("ثان", "ثالث", "رابع", "خامس", "second", "third", "fourth", "fifth", "deuxi", "troisi", "quatri")


def _ordinal_attack(text: str) -> bool:
    """Whether a clause counts its attack with an ordinal ("ضربة ثانية", "a second strike", "une deuxième frappe").

    >>> _ordinal_attack("ووجه الطيران ضربة ثانية لوكر"), _ordinal_attack("ثاني أكبر مدينة")
    (True, False)
    """
    low = text.lower()
    # the ordinal stems first: the regex runs only on the rare clause holding one
    return any(map(low.__contains__, _ORDINAL_STEMS)) and _ORDINAL_ATTACK.search(low) is not None


# "..., and another hit Y", "Une autre a frappé Y", "وقصفت أخرى Y": a subject with no noun of its own is one more of
# the projectiles just told, so Y's attack is of their kind
_ANOTHER_OF_SAME = re.compile(r"\b(?:another|a\s+second|the\s+other|une?\s+autre|l['’]autre|une?\s+(?:second|deuxième)e?)\b"
                              r"(?!\s+(?:[\w-]+\s+)?(?:attacks?|attaques?|incidents?|strikes?|frappes?|raids?))|"
                              r"(?<![\u0621-\u064a])(?:أخرى|اخرى|آخر|ثانية)(?![\u0621-\u064a])", re.I)

# "Y too was hit", "Y a aussi été touchée": a bare verb of impact told again of Y, "also" pointing back at the attack just
# told; a verb with a kind of its own ("Y was also shelled", "pilonnée") keeps its own
_ALSO_HIT = re.compile(r"\b(?:too|also|as\s+well|aussi|également|à\s+son\s+tour)\b[^.;]{0,20}?\b(?:hit|struck|targeted|"
                       r"touchée?s?|visée?s?|frappée?s?|ciblée?s?)\b|\b(?:hit|struck|targeted)\s+(?:too|as\s+well)\b", re.I)
_OWN_KIND_WORD = re.compile(r"shell|pound|bombard|pilonn|artill|obus|mortar|mortier|gunfire|tirs?\b|fusill", re.I)


def _same_kind_again(info: ClauseInfo, previous: "_Current") -> None:
    """Give a clause typed only "attack" the previous frame's kind when its subject is "another" of those projectiles."""
    told = previous.frame.first("event_type")
    if told is None or told.value in ("attack", "interception"):
        return
    text = info.clause.text
    if _ANOTHER_OF_SAME.search(text, 0, info.target.start) is not None or _ALSO_HIT.search(text) is not None \
            and _OWN_KIND_WORD.search(text) is None:
        info.event_type = told.value


_AR_ALSO_STRUCK = re.compile(r"^\W*كما\s+(?:استهدف|قصف|ضرب|هاجم|دك|طال|أصاب|اصاب)")


def _starts_new(info: ClauseInfo, clause_date: Optional[DateSpan], cur: _Current) -> bool:
    """Does an attack clause tell of another incident than the one being told?"""
    target = info.target
    current_type = cur.frame.first("event_type")
    if not info.new_marker and (clause_date is None or cur.date is None or clause_date.overlaps(cur.date)) \
            and _in_sky_of(cur, target):
        # "air defences met the missiles in the sky over X ... the strike hit X airport": one incident at the site
        return False
    if _share_of_salvo(info, clause_date, cur):
        # "Two rockets were fired at the airport. One of the two rockets fell near X": where a share fell
        return False
    elsewhere = _ELSEWHERE.match(info.clause.text) if info.clause.text[:1] in "PpAaEeDdMmIiSs" else None
    if target is not None and cur.target is not None and target.cue not in ("country", "province") \
            and elsewhere is not None and not _same_place(target.name, cur.target) \
            and not (elsewhere.group("time") and _ATTACK_ANAPHORA.search(info.clause.text, info.found) is not None):
        # "Par ailleurs, des obus se sont abattus le même jour sur le village de X", "Elsewhere, a drone hit X":
        # a sentence that opens by moving elsewhere tells another incident, not where the salvo told fell
        return True
    if target is not None and target.cue != "country" and info.clause.text[:1] in "كما \u060c" \
            and _AR_ALSO_STRUCK.match(info.clause.text) is not None \
            and (cur.target is None or not _same_place(target.name, cur.target)):
        # "...، كما استهدفت مسيرة Y" (a clause of its own, see _CLAUSE_SPLIT): "also struck Y" under a verb of
        # attack of its own is another site's incident, even after a clause whose own place was no site (a sea)
        return True
    if target is not None and cur.target is not None and info.count and info.event_type == "interception" \
            and current_type is not None and current_type.value == "interception" \
            and (target.cue in ("province", "district") or target.cue in (None, "town") and not info.count[2]) \
            and (cur.frame.first("target") is not None and cur.frame.first("target").value.cue in ("province", "district")) \
            and not _same_place(target.name, cur.target) and not info.new_marker:
        # "a abattu 12 drones au-dessus de la région de X et trois au-dessus de celle de Y": a count downed over
        # another region, after one downed over a region, is that region's own interception (not a closer look);
        # so is one over a town ("10 drones over the Bryansk region, four over Kursk"), unless a share of the first
        # ("four of them over X")
        return True
    if target is not None and cur.target is not None and info.impact_verb \
            and (info.count and not info.count[2] and cur.frame.first("count") is not None
                 or cur.siblings and not (info.count and info.count[2])) \
            and info.event_type not in (None, "interception", "attack") \
            and current_type is not None and current_type.value == "interception" \
            and (cur.frame.first("target") is not None and cur.frame.first("target").value.cue in ("province", "district")) \
            and target.cue not in ("country", "province", "district") \
            and not _same_place(target.name, cur.target) and not info.anaphoric:
        # "Air defences downed 12 drones over the Kyiv region ... In Odesa, a drone hit a port warehouse": a
        # projectile told as hitting another place, after a count downed over a region, is that place's own attack
        # (the interception told for the region is an event of its own there), not a closer look at the region;
        # so after a figure downed over several regions, no region's own ("downed 25 drones over the X, Y and Z
        # regions. A drone hit a house in W")
        return True
    if _wider_area_of_current(info, clause_date, cur):
        # "a drone strike hit a car in X ... CENTCOM said it carried out a strike in Iraq": the country (or
        # governorate) holding the place told, that day, is the same incident told from further away
        return False
    # "L'attaque, menée par un seul drone, a frappé ...": a count in the clause whose subject is the attack
    # told describes that attack, it does not make another one
    # (only its truth is read below: the cheap tests first, the ~50 µs anaphora search last)
    definite = not info.new_marker and (not info.count or _DEFINITE_SUBJECT.match(info.clause.text) is not None
                                        or _reported_strike(info, cur.frame, current_type)) \
        and _ATTACK_ANAPHORA.search(info.clause.text, info.found) is not None
    if current_type and info.event_type and ("airstrike" in (info.event_type, current_type.value)) \
            and info.event_type != current_type.value and info.event_type != "attack" and current_type.value != "attack" \
            and not definite and not (target is None and _strike_munitions(cur.frame, info.event_type, info)):
        # "Israeli strikes hit X. The missiles were fired from Y": the strikes' own munitions ("The third strike
        # came near X. A source said two missiles hit a hillside near the village": so are missiles with no place)
        return True
    same_target = target is not None and cur.target is not None and _same_place(target.name, cur.target) \
        and not _distinct_site(info, cur)
    if target is not None and cur.target is not None and not same_target and not definite \
            and target.cue != "country" and "IED" in (_KIND_FAMILY.get(info.event_type or ""), _KIND_FAMILY.get(
                current_type.value if current_type else "")) and _other_kind(cur.frame, info.event_type):
        # "rockets fell inside the base, ... while a roadside bomb hit a convoy in X province": a bomb on the
        # ground and projectiles are never one incident, so another place is another incident even where it is
        # a whole province (drones and missiles, by contrast, are often fired in one salvo)
        return True
    current_target = cur.frame.first("target")
    current_is_area = current_target is not None and current_target.value.cue in _AREA_CUES
    if target is not None and target.cue != "country" and not same_target and info.clause.offset == 0 \
            and _LIST_ITEM.match(info.clause.text) and (clause_date is None or cur.date is None
                                                         or clause_date.overlaps(cur.date)):
        # "أولاً: ضربة على X ... ثانياً: ضربة في Y": an item of a listed statement is an incident of its own
        # (and not the statement's placeless summary, whose count is of all the items)
        return True
    if target is not None and cur.target is not None and not same_target and target.cue != "country" \
            and not definite and _ENTRY_STAMP.match(info.clause.text) \
            and (clause_date is None or cur.date is None or clause_date.overlaps(cur.date)):
        # "11h45 - ... rockets were fired toward the X area": a live report's time-stamped entry that names
        # another place tells another incident, even an area (the entry before it was about its own place)
        return True
    if target is not None and cur.target is not None and not same_target and target.cue not in _AREA_CUES \
            and not info.count and _PLURAL_ANAPHORA.search(info.clause.text) \
            and (clause_date is None or cur.date is None or clause_date.overlaps(cur.date)) \
            and (not current_is_area or (current_target.value.cue != "country" and (len(info.sites) > 1 or any(
                m.cue in _AREA_CUES and not _same_place(m.name, cur.target) for m in info.mentions)))):
        # "the strikes that hit sites in X and Y" after a toll in Z: each site of the wave an incident of its
        # own (after a district, only when the clause names another area: not a closer look inside it)
        return True
    if target is not None and cur.target is not None and not same_target and not definite \
            and target.cue not in _AREA_CUES and arabic.meanwhile(info.clause.text):
        # "وبالتزامن مع ذلك، طال القصف منطقة X" (at the same time the shelling reached X): another site of the
        # same wave, an incident of its own -- not a closer look inside the district told before
        return True
    if target is not None and cur.target is not None and not same_target and not definite \
            and target.cue in ("province", "district") and current_target is not None \
            and current_target.value.cue not in _AREA_CUES and not _same_place(target.name, current_target.value.container) \
            and (clause_date is None or cur.date is None or clause_date.overlaps(cur.date)) \
            and "في" in info.clause.text[:6] and arabic.fronted(info.clause.text, target.start, target.end):
        # "وفي محافظة X جنوب غربي المملكة، ... استهدفت مسيرة محطة": a report moving on to a region it opens a
        # sentence on, after a site elsewhere, tells that region's own incident
        return True
    if target is not None and cur.target is not None and not same_target and not definite \
            and target.cue in ("province", "district") and current_target is not None \
            and current_target.value.cue not in _AREA_CUES and not _same_place(target.name, current_target.value.container) \
            and (clause_date is None or cur.date is None or clause_date.overlaps(cur.date)) \
            and info.clause.text[:1] in "DIAÀNE" and (info.impact_verb or info.trigger):
        fronted = _FRONTED_PLACE.match(info.clause.text)
        if fronted is not None and target.end <= fronted.end():
            # "Dans la région de X, des obus sont tombés ...", "In X province, a drone hit ...": a report moving on
            # to a region it opens a sentence on, after a site elsewhere, tells that region's own incident
            return True
    if target is not None and cur.target is not None and not same_target and target.cue != "country" \
            and (clause_date is None or cur.date is None or clause_date.overlaps(cur.date)) \
            and _ordinal_attack(info.clause.text):
        # "ووجه الطيران ضربة ثانية لوكر في ناحية Y", "a second strike hit Y": an ordinal attack noun counts
        # another incident, even where its place is a district that could be a closer look at the one told
        return True
    if current_is_area and info.anaphoric and not info.new_marker and clause_date is None:
        return False  # "a base in north-east Jordan ... The base, known as Tower 22": a closer look, same incident
    if current_is_area and target is not None and target.cue not in _AREA_CUES and not info.new_marker \
            and clause_date is None:
        return False  # "missiles at two bases in Iraq ... eleven struck Ain al-Asad": the sites of the incident told
    if target is not None and current_target is not None and current_target.value.container and clause_date is None \
            and not info.new_marker and target.cue not in _SITE_CUES \
            and _norm(target.name) == _norm(current_target.value.container):
        # (equal names only: "the international airport of X" is a site of its own, not the city X)
        return False  # "Al Dhafra Air Base near Abu Dhabi ... missiles fired toward Abu Dhabi": the same incident
    if definite and (clause_date is None or cur.date is None or clause_date.overlaps(cur.date)):
        # "The attack ...", "L'attaque a été revendiquée ...", "the attack took place at al-Tanf": a definite
        # reference is to the incident being told, even where it names another place (a correction, a claim)
        return False
    if target is not None and cur.target is not None and not same_target and not info.new_marker \
            and target.container and _same_place(target.container, cur.target) and clause_date is not None \
            and cur.date is not None and clause_date.overlaps(cur.date) and current_target is not None \
            and current_target.value.cue not in _SITE_CUES:
        # "strikes on the western countryside of X at dawn ... at dawn today, targeting posts near the town of Y in
        # the countryside of X": a place the clause puts inside the area told, that day, is where the incident was
        return False
    if clause_date is not None:
        if cur.date is None:
            # (an incident told first by its revised toll gets its day from the next clause telling the attack
            # with no place of its own: "... the group attacked the village on Tuesday evening")
            return not same_target and not (target is None and not info.new_marker and _told_by_toll(cur))
        if not clause_date.overlaps(cur.date):
            return True
    if target is not None and cur.target is not None and not same_target and target.cue not in _AREA_CUES:
        impact_site = target.cue in ("village", "area") and info.impact_verb and not info.new_marker
        return not impact_site
    if info.new_marker and target is not None and cur.target is None and cur.frame.first("target") is not None:
        return True
    if info.new_marker and target is not None and cur.target is not None and not same_target \
            and target.cue in ("province", "district") and (info.trigger or info.impact_verb) \
            and current_target is not None and current_target.value.cue not in _AREA_CUES \
            and not _same_place(target.name, current_target.value.container) \
            and _DEFINITE_SUBJECT.match(info.clause.text) is None and _ATTACK_ANAPHORA.search(info.clause.text) is None:
        # ("The attack also damaged homes in X province": the incident told, further away)
        # "Two rockets struck the K-1 base near Kirkuk. A rocket attack also targeted a checkpoint in Diyala
        # province": an attack told anew ("also", "another", "earlier") in a governorate that was not given as
        # the site's own is another incident, not a wider look at the site
        return True
    return False


def _date_lead(frames: list, states: dict, lead: _Current) -> None:
    """An undated lead ("Iran fired missiles at X, the Guards said") merges into the incident it sums up.

    A report often opens on an undated summary and tells the incident with its day further down.
    When the first day-dated incident after the lead is at the same place, or inside the area the
    lead names (the area is named in the sentence that placed the later incident, or the lead
    named only a country holding it), the lead's facts go to that incident and the lead is dropped:
    otherwise the lead would stand as a second incident dated by the whole period before publication.
    """
    told = lead.frame.first("target")
    if told is None or lead.frame not in frames:
        return
    later = next((states[id(f)] for f in frames[frames.index(lead.frame) + 1:]
                  if states[id(f)].date is not None and states[id(f)].date.precision == "day"), None)
    if later is None or later.target is None:
        return
    there = later.frame.first("target")
    if there is None:
        return
    where = " ".join(f.evidence.sentence for f in later.frame.get("target"))
    inside = told.value.cue in _AREA_CUES and (_norm(told.value.name) in _norm(where)
                                               or _same_place(told.value.name, there.value.container))
    if not (inside or (_same_place(told.value.name, there.value.name) and told.value.cue == there.value.cue)):
        return
    for f in lead.frame.facts:
        if f.kind in ("date", "target"):
            continue
        if f.kind in ("claimed_by", "blamed_on", "attacker"):
            if f.value not in [g.value for g in later.frame.get(f.kind)]:
                later.frame.add(f)
        elif later.frame.first(f.kind) is None:
            later.frame.add(f)
    frames.remove(lead.frame)


def _share_of_salvo(info: ClauseInfo, clause_date: Optional[DateSpan], cur: _Current) -> bool:
    """Whether the clause tells where a share of the salvo being told fell ("one of the two rockets fell near X").

    The clause's subject is a partitive of projectiles ("one of the rockets", "l'une des deux roquettes",
    "the other") standing before its place, with no day of another incident, no new-incident word and no
    toll of its own: "the other hit a car in Y, wounding two" tells a strike of its own.
    """
    target = info.target
    if target is None or cur.target is None or info.new_marker or info.generic \
            or any(v for v, _ in info.killed or ()) or any(v for v, _ in info.injured or ()):
        return False
    if target.cue not in ("village", "town", "area", None):
        return False  # (a named site, "near the Camp X gate", opens its frame: the article-level fold keeps it an impact)
    if clause_date is not None and cur.date is not None and not clause_date.overlaps(cur.date):
        return False
    text = info.clause.text
    low = text[:target.start].lower() if target.start else text.lower()
    if not any(map(low.__contains__, _SHARE_GATE)):
        return False
    from .incident import _fell_before, partitive_before

    i = text.find(target.name)
    if i < 0 or any(q in text[max(0, i - 90):i] for q in "»”\""):
        return False  # ("l'autre a été abattu », a indiqué le service du Kurdistan": the speaker's, past a quote)
    return partitive_before(text, target.name) and _fell_before(text, target.name)


# (a wire report moving on to its next item of the same night or day opens on the time it shares with the one told:
# "Dans le même temps, un drone a frappé une raffinerie à X" after drones downed over a region is X's own attack, not
# where they were downed; "Meanwhile,", "Separately,", "Au même moment,"); a shared time is no move elsewhere where the
# clause points back at the attack told: "Dans le même temps, l'armée a affirmé que la frappe visait un commandant à Y")
_ELSEWHERE = re.compile(r"\s*(?:par\s+ailleurs|ailleurs|elsewhere|autre\s+part|(?P<time>dans\s+le\s+même\s+temps|au\s+même\s+moment|"
                        r"meanwhile|in\s+the\s+meantime|separately))\s*,", re.I)
_SHARE_GATE = ("one of", "the other", "l'un", "l’un", "l'autre", "l’autre", "أحد", "إحدى", "الآخر", "الأخرى")


def _wider_area_of_current(info: ClauseInfo, clause_date: Optional[DateSpan], cur: _Current) -> bool:
    """Whether the clause's only place is the country or governorate holding the incident being told.

    The clause must name no other place, carry no count and no new-incident word, and fall on the
    incident's day.  A country holds the incident when the sentence that told its place names that
    country (or its adjective: "the Iraqi capital"), or when it is the country the document is about;
    a governorate holds it when it was given as the place's container.
    """
    target = info.target
    told = cur.frame.first("target")
    if target is None or told is None or cur.target is None or info.new_marker or info.count \
            or target.cue not in ("country", "province") or told.value.cue in ("country", "province"):
        return False
    if any(m.role == "target" and m.cue != "country" and not _same_place(m.name, target.name) for m in info.mentions):
        return False  # the clause names a place of its own
    if clause_date is not None and (cur.date is None or not clause_date.overlaps(cur.date)):
        return False
    where = " ".join(f.evidence.sentence for f in cur.frame.get("target"))
    if target.cue == "province":
        # (only a governorate given as the place's own container: one named beside it may be another incident's)
        return _same_place(target.name, told.value.container)
    cc = _COUNTRY_NAMES.get(target.name.lower().strip())
    if cc is None:
        return False
    words = L.COUNTRY_WORDS.get(cc)
    if words and re.search(words, where, re.I):
        return True
    focus = document_focus(cur.frame.doc)
    return bool(focus) and focus[0] == cc


# "three rockets were launched toward X" after "a rocket slammed into X": the salvo fired, of which the one told hit
_FIRED_AT = re.compile(r"\b(?:(?:were|was|had been|been)\s+(?:launched|fired)|tirée?s?|lancée?s?)\b|أطلق|اطلق", re.I)


def _salvo_of(info: ClauseInfo, frame) -> bool:
    """Whether a dateless clause tells the salvo fired in which the incident's fewer projectiles hit."""
    told = frame.first("count")
    return told is not None and isinstance(told.value, int) and isinstance(info.count[0], int) \
        and info.count[0] > told.value and _FIRED_AT.search(info.clause.text) is not None


def _resume(frames, states, info: ClauseInfo, clause_date: Optional[DateSpan]) -> Optional[_Current]:
    """An incident told earlier in the document that this clause comes back to (same day, same place).

    A clause with no date, count or marker of its own that names the target of an incident already
    told ("claimed the attacks on Ain al-Asad and Harir") comes back to it too.
    """
    target = info.target
    # a claimant's account of a place already told ("the group claimed it hit X with four drones") goes back to
    # that incident, even with a count of its own: the claimant's figures, not a second attack
    account = target is not None and not info.new_marker and _CLAIMANT_ACCOUNT.search(info.clause.text) is not None
    if (clause_date is None and target is not None and not info.new_marker) or account:
        for frame in reversed(frames):
            st = states[id(frame)]
            # (a clause with a count comes back only with the count told there: "the forces downed two drones near
            # X" after "two drones were downed at X" is that incident retold, not another salvo)
            if info.count and not account and (frame.first("count") is None
                                               or frame.first("count").value != info.count[0]) \
                    and not _salvo_of(info, frame):
                continue
            if st.target is not None and _same_place(target.name, st.target) and not _distinct_site(info, st):
                return st
    if clause_date is None or clause_date.precision != "day":
        return None
    if not info.new_marker and _DEFINITE_SUBJECT.match(info.clause.text):
        # "L'attaque a été revendiquée par X, qui a affirmé dimanche avoir visé ... la base de Y": the attack of
        # that day told last, whatever other place the claim names
        told = next((states[id(f)] for f in reversed(frames) if states[id(f)].target is not None
                     and states[id(f)].date is not None and states[id(f)].date.precision == "day"
                     and states[id(f)].date.overlaps(clause_date)), None)
        if told is not None:
            return told
    for frame in reversed(frames):
        st = states[id(frame)]
        if st.date is None or st.date.precision != "day" or not st.date.overlaps(clause_date):
            continue
        if st.target is None and target is not None and info.new_marker:
            continue  # "In a separate incident, shells fell on X" that day: not the placeless incident told first
        if target is None or st.target is None or (_same_place(target.name, st.target) and not _distinct_site(info, st)):
            return st
    return None


def _open(doc, frames, states, info, clause_date, since, history_days, fact, told=None) -> _Current:
    frame = EventFrame(doc)
    frames.append(frame)
    date = clause_date or told or undated_span(doc.published, history_days, since)
    if date is not None:
        frame.add(fact("date", date))
    # a date carried over from the incident told just before is this one's too (the next clause may carry it on)
    cur = _Current(frame, None, clause_date or told, 0)
    states[id(frame)] = cur
    town = info.target is None and not info.anaphoric and len(frames) > 1 \
        and _TOWN_ANAPHORA.search(info.clause.text) is not None
    prev = next((f for f in reversed(frames[:-1]) if f.first("target")), None) if town or info.anaphoric else None
    if town and _AGAIN.search(info.clause.text) is None:
        # (enfr49) "A missile struck X on Thursday. On March 8, Russian shelling of the city killed 14.": an attack
        # told at "the city" on a day of its own, another than the last incident's, is an earlier (or later) attack
        # on the same town, as "again" tells it
        told = states[id(prev)].date if prev is not None else None
        # (a day named, "On March 8", "mercredi", not one counted from the news, "came three days after rockets hit a
        # base near the city": a retelling's background; nor a site near the town, "near the city", no attack on it)
        town = clause_date is not None and clause_date.precision == "day" and told is not None \
            and told.precision == "day" and not told.overlaps(clause_date) \
            and _OWN_DAY.search(clause_date.text or "") is not None and _NEAR_THE_TOWN.search(info.clause.text) is None
    if info.target is None and (info.anaphoric or town) and len(frames) > 1:
        if prev is not None and (not town or prev.first("target").value.cue not in _NOT_TOWN_CUES):
            ref = prev.first("target").value
            frame.add(fact("target", PlaceRef(ref.name, ref.cue, ref.container, anaphoric=True)))
            cur.target = ref.name
    return cur


# "The town was hit again on Tuesday", "a strike on a house in the same town killed three", "la ville a de nouveau été
# frappée": a settlement named by its kind refers to the one the last incident was told at (a base or a country told
# before is no town; "the town of X" names another)
_NEAR_THE_TOWN = re.compile(r"\b(?:near|outside|around|close to|(?:north|south|east|west)\s+of|près|autour|aux abords|"
                            r"au nord|au sud|à l['’]est|à l['’]ouest|proximité)\s+(?:de\s+)?(?:the|la|cette)\s+"
                            r"(?:town|city|village|ville|localité)\b", re.I)
_TOWN_ANAPHORA = re.compile(r"\b(?:the|that|this|the\s+same|la\s+même|le\s+même|la|le|cette|ce)\s+"
                            r"(?:town|city|village|ville|localité|bourgade)\b(?!\s*(?:of|de|d['’])\s)", re.I)
# (only a strike told as another one: "the drone strike hit a house on the edge of the village" retells the strike)
# ("an Israeli drone later hit a car on the outskirts of the town", "plus tard": a strike told after the first one,
# at a later hour, is another one too)
_AGAIN = re.compile(r"\b(?:again|another|same|second|renewed|fresh|later|de nouveau|à nouveau|nouvelle|même|autre|"
                    r"plus tard)\b", re.I)
_NOT_TOWN_CUES = frozenset({"airbase", "base", "airport", "embassy", "consulate", "zone", "oil_field", "border_crossing",
                            "province", "country"})


def _told_by_toll(cur: _Current) -> bool:
    """Was the incident told first by a revised toll, with no day (the statement's day was dropped)?"""
    return cur.date is None and any(f.qualifier == "revised" for f in cur.frame.get("killed"))


# one more of the projectiles told before, reported in a clause of its own ("that a third rocket landed", "qu'une
# autre roquette", "إن صاروخا ثالثا سقط")
_ONE_MORE_REPORTED = re.compile(r"\b(?:another|a (?:second|third|fourth|fifth)|the (?:second|third|fourth|other))\s+"
                                r"(?:\w+\s+)?(?:rocket|missile|drone|shell|mortar|projectile|round)|"
                                r"\b(?:une? autre|une? (?:deuxième|seconde?|troisième|quatrième|cinquième))\s+"
                                r"(?:\w+\s+)?(?:roquette|missile|drone|obus|projectile)|"
                                r"(?:صاروخا|قذيفة|طائرة)\s+(?:مسيرة\s+)?(?:آخر|أخرى|ثانيا|ثانية|ثالثا|ثالثة|رابعا|رابعة)", re.I)


def _said_day(text: str, d, lang: str) -> bool:
    """Whether ``d`` is the day a source spoke, not the incident's (dates.statement_day; the words between the day and a
    verb of saying after it must tell no attack)."""
    return _dates_module.statement_day(text, d, lambda words: _event_type(words, lang)[1])


def _own_day(cur: _Current, info: ClauseInfo, clause_date: Optional[DateSpan], index: int) -> bool:
    """Whether a clause gives the incident dated by a statement's day (or by the lead's summary) its own day: "The U.S.
    military said on Tuesday that a drone attacked X. The attack took place late on Monday", "أفادت مصادر اليوم
    الثلاثاء بأن هجوماً استهدف X. ووقع الهجوم مساء أمس": a day up to three days before, in the next sentences, of no
    other place."""
    if clause_date is None or clause_date.precision != "day" or cur.date is None or index - cur.last_sentence > 2:
        return False
    told = cur.frame.first("target")
    if told is None:
        return False
    if told.value.cue in _AREA_CUES:
        # (a statement's total over a country or a province: its sites are told next, each on its own; but "the
        # strike", one, told as the subject is the incident told, its place a closer look: "Une frappe a tué deux
        # personnes dimanche dans le sud du Liban. La frappe, menée samedi soir, a visé une voiture près de X")
        if not _ONE_TOLD.search(info.clause.text) or info.target is None or info.target.cue in _AREA_CUES:
            return False
    if not 0 < (cur.date.earliest - clause_date.latest).days <= 3 or info.new_marker or info.sites:
        # ("On Monday, another drone ...": another incident; "The strikes on Sunday hit five sites, three near X and
        # two near Y": the sites of a statement's total, told with their own day)
        return False
    told_type = cur.frame.first("event_type")
    if not cur.said_day and told_type is not None and info.event_type not in (None, "attack", told_type.value) \
            and told_type.value != "attack":
        return False  # ("A missile struck X on Thursday. On Wednesday, a drone hit the city": another weapon, another day)
    if info.target is None and not cur.said_day and _ATTACK_ANAPHORA.search(info.clause.text) is None \
            and _ONE_TOLD.search(info.clause.text) is None and _SAME_PLACE_BACK.search(info.clause.text) is None:
        # (after a lead, a clause naming no place tells the same incident as "the drones", "la frappe", "the base")
        return False
    return info.target is None or info.target.anaphoric or told.value.cue in _AREA_CUES \
        or (cur.target is not None and _same_place(info.target.name, cur.target)) \
        or told.value.cue == "area" and info.target.cue not in _AREA_CUES and _ONE_TOLD.search(info.clause.text) is not None


# The one strike told as the subject of its account: "The attack ...", "Officials said the strike ...", "La frappe, menée
# samedi soir, ...", "وقالت الوكالة إن الغارة استهدفت ...", "ووقع الهجوم مساء السبت"
_ONE_TOLD = re.compile(_DEFINITE_SUBJECT.pattern + "|" + _REPORTED_SUBJECT.pattern
                       + r"|(?<![\u0621-\u064A])(?:إن|أن|وقعت|ووقعت|وقع|ووقع|جرت|وجرت)\s+(?:الغارة|الضربة|الهجوم)(?![\u0621-\u064A])",
                       re.I)


def _retold_place(cur: _Current, info: ClauseInfo, fact) -> None:
    """An earlier attack the lead only recalled ("raids sur Sanaa, quelques heures après une attaque contre Abou Dhabi",
    "hours after a rocket was fired at X"), told again in the body with its place ("Lundi matin, trois camions-citernes
    ont explosé dans la zone industrielle de Moussafah"): the body's account places it, read where it is told in full."""
    told = cur.frame.first("target")
    if told is None or info.target is None or info.target.cue in _AREA_CUES or info.target.cue in ("area", "country"):
        return
    cur.frame.facts.remove(told)
    cur.frame.add(fact("target", PlaceRef(info.target.name, info.target.cue, info.target.container)))
    cur.target = info.target.name


def _restate_day(cur: _Current, clause_date: DateSpan, fact, info: ClauseInfo) -> None:
    """The incident's own day replaces the day of the statement that told it (see _own_day); and the place its account
    names replaces a part of a country the lead gave ("in southern Lebanon ... the strike hit a car near X")."""
    for old in cur.frame.get("date"):
        cur.frame.facts.remove(old)
    cur.frame.add(fact("date", clause_date))
    told = cur.frame.first("target")
    if told is not None and told.value.cue == "area" and info.target is not None \
            and info.target.cue not in _AREA_CUES and info.target.cue != "area":
        cur.frame.facts.remove(told)
        cur.frame.add(fact("target", PlaceRef(info.target.name, info.target.cue, info.target.container)))
        cur.target = info.target.name
    cur.date = clause_date
    cur.said_day = cur.lead_day = False


_LATER_PART_OF_DAY = re.compile(r"\b(?:après-midi|soir|soirée|afternoon|evening)\b|(?:مساء|ظهر|عصر)", re.I)


def _narrow_date(cur: _Current, clause_date: Optional[DateSpan], fact) -> None:
    """A day told inside the incident's wider date ("overnight Monday to Tuesday ... shortly before midnight",
    "this week ... late on Wednesday") is the incident's date: the narrower span replaces the wider one."""
    if clause_date is None or clause_date.precision != "day":
        return
    wide = cur.date
    if wide is None:
        # an incident opened with no date of its own ("The death toll from a drone attack on X rose to 89 on
        # Friday"): "Thursday's attack on X" told next gives it its day
        told = cur.frame.first("date")
        wide = told.value if told is not None and told.value.precision == "range" else None
    if wide is None:
        return
    if not (wide.earliest <= clause_date.earliest and clause_date.latest <= wide.latest) \
            or (clause_date.earliest, clause_date.latest) == (wide.earliest, wide.latest):
        return
    if (wide.latest - wide.earliest).days == 1 and clause_date.earliest == wide.latest \
            and _LATER_PART_OF_DAY.search(clause_date.text or ""):
        # ("dans la nuit de mardi à mercredi, l'aviation a bombardé X ... les funérailles devaient avoir lieu
        # mercredi après-midi": the afternoon or evening after a night is later than the night, not inside it)
        return
    for old in cur.frame.get("date"):
        cur.frame.facts.remove(old)
    cur.frame.add(fact("date", clause_date))
    cur.date = clause_date


def _take_toll(old: EventFrame, new: EventFrame, etype: Optional[str]) -> None:
    """A toll told before its incident ("the toll of the shelling rose to 13 dead. The Guards fired missiles at X"):
    the frame of the toll has no place, so its killed and injured go to the incident told right after it."""
    if old.first("target") is not None or _other_kind(old, etype):
        return
    opened = old.facts[0].evidence.start if old.facts and old.facts[0].evidence is not None else None
    moved = [f for f in old.facts if f.kind in ("killed", "injured") and new.first(f.kind) is None
             # ("the group hit the ship X 84 miles off Y. That missile started a fire, and no one was hurt. U.S. forces
             # shot down ...": a toll told in a sentence after the one that opened the placeless incident is that
             # incident's own, told after it, not a toll told before the next one)
             and not (opened is not None and f.evidence is not None and f.evidence.start > opened)]
    for f in moved:
        old.facts.remove(f)
        new.add(f)


# a lead that tells several sites or projectiles at once ("Rockets hit two towns ...", "Des drones ont visé trois
# bases ...", "both bases"): a denial told in it speaks of all of them
_SEVERAL_TOLD = re.compile(r"\b(?:two|three|four|five|several|both|multiple|deux|trois|quatre|cinq|plusieurs|les deux)\s+"
                           r"(?:[\w'’-]+\s+){0,2}?(?:towns?|villages?|cities|bases?|sites?|targets?|positions?|areas?|locations?|"
                           r"facilities|installations?|localités?|villes?|cibles?|secteurs?|communes?|rockets?|missiles?|"
                           r"drones?|shells?|roquettes?|obus|projectiles?)\b", re.I)
# the clause tells one more of the lead's sites or projectiles, not a new incident ("Another fell near X",
# "The second landed in Y", "L'autre est tombée à Z", "Une deuxième roquette a frappé W")
_ONE_MORE_OF_THEM = re.compile(r"^\W*(?:another|the other|one (?:of (?:them|the \w+)|\w+)|the (?:first|second|third|fourth|last)|"
                               r"a (?:second|third|fourth)|l['’]autre|l['’]une?|une autre|un autre|"
                               r"(?:la|le|une|un) (?:première|premier|seconde?|deuxième|troisième|quatrième|dernière?))\b",
                               re.I)


def _share_lead_denial(frames: list, states: dict, new: EventFrame, info: ClauseInfo, index: int) -> None:
    """Give the zero of a lead told of several sites to each site told next of the same strike.

    "Rockets hit two towns on Tuesday, causing no injuries. One struck a house in X. Another fell near Y": the
    denial is said of both towns, so each site's frame gets it (the lead's own frame may have taken X, or kept a
    region of its own).  Only when the lead (told at most two sentences back) names several sites or
    projectiles and holds the denial in its own sentence, the clause opens with "one", "another", "the second",
    "l'autre" ..., has no toll of its own, and the new frame is of the lead's day (a different day told between
    is another incident, which the denial does not cover).
    """
    if info.killed or info.injured or new.first("killed") is not None or new.first("injured") is not None \
            or not _ONE_MORE_OF_THEM.search(info.clause.text):
        return
    nd = new.first("date")
    if nd is None:
        return
    for old in reversed(frames):
        st = states.get(id(old))
        if old is new or st is None or index - st.last_sentence > 2 or not old.facts:
            continue
        lead = old.facts[0].evidence
        zeros = [f for f in old.facts if f.kind in ("killed", "injured") and f.value == 0 and f.evidence is not None
                 and lead is not None and f.evidence.start == lead.start]
        if not zeros or not _SEVERAL_TOLD.search(lead.sentence):
            continue
        if any(f.value for k in ("killed", "injured") for f in old.get(k)):
            return  # a figure of the lead's own: the zero is not the whole strike's
        od = old.first("date")
        if od is not None and (od.value.earliest, od.value.latest) == (nd.value.earliest, nd.value.latest):
            for f in zeros:
                new.add(f)
        return


# what a frame's sibling shares with it: another site of the same strike (_split_sites) or the same site on another
# day told with it (_second_day)
_SIBLING_KINDS = ("event_type", "weapon", "claimed_by", "blamed_on", "unclaimed", "launch")


def _split_sites(doc, frames, states, cur: _Current, info: ClauseInfo, fact, index: int) -> None:
    """One frame per site of a strike on several sites ("dix-sept sur A ... et cinq sur B").

    The frame being told keeps its own site; each other site gets a frame with the same date,
    type and weapon.  A count stated for the whole strike belongs to no single site: each site
    keeps only the count stated for it.
    """
    frame = cur.frame
    own = next(((m, c) for m, c in info.sites if _same_place(m.name, cur.target)), None)
    if own is None:
        return
    for f in frame.get("count"):
        frame.facts.remove(f)
    here = fact("count", 0).evidence
    told = [f for f in frame.facts if f.kind in ("killed", "injured") and f.evidence == here]
    for f in [f for f in told if f.value]:
        frame.facts.remove(f)  # "7 killed in the strikes on A and B": a toll of the whole strike, no one site's
    # "shelled A and B, causing no injuries", "No casualties in attacks on A and B", "دون وقوع إصابات، استهدف قصف
    # بلدتي A وB": a denial told in the clause that names the sites, with no figure beside it, is said of each site
    # (a figure of the whole strike is no one site's, but none at all is none at each; see _told_toll_each_site)
    denied = [f for f in told if f.value == 0] \
        if not any(f.value for f in told) and not any(v for k in (info.killed, info.injured) for v, _ in k) else []
    if own[1] is not None:
        frame.add(fact("count", own[1]))
    others = [(m, c) for m, c in info.sites if m is not own[0]]
    for f in frame.get("impact"):  # a site of its own is not an impact point of this one
        if any(_same_place(f.value.name, m.name) for m, _ in others):
            frame.facts.remove(f)
    for m, c in others:
        if any(_same_place(m.name, st.target) for st in (states[id(x)] for x in cur.siblings)):
            continue
        sib = EventFrame(doc, listed_area=info.area_list)
        frame.listed_area = frame.listed_area or info.area_list
        for kind in ("date",) + _SIBLING_KINDS:
            for f in frame.get(kind):
                sib.add(f)
        sib.add(fact("target", PlaceRef(m.name, m.cue, m.container)))
        if c is not None:
            sib.add(fact("count", c))
        for f in denied:
            sib.add(f)
        frames.append(sib)
        states[id(sib)] = _Current(sib, m.name, cur.date, index)
        cur.siblings.append(sib)


# A weapon word that names what a site holds or makes ("a missile defence battery in X", "a drone factory in Y",
# "un dépôt de roquettes à Z") describes the site, not the weapon that hit it
_WEAPON_OF_SITE = re.compile(
    r"\b(?:anti-?)?(?:missile|rocket|drone|mortar)s?[- ](?:defen[cs]es?|launch(?:ers?|ing|\s+(?:pads?|sites?|positions?))|"
    r"factor(?:y|ies)|depots?|batter(?:y|ies)|bases?|sites?|positions?|workshops?|warehouses?|stores?|storage|stockpiles?|"
    r"production|plants?|programmes?|programs?|units?|crews?|teams?|cells?|squads?|systems?)\b"
    r"|\b(?:usines?|dépôts?|lanceurs?|rampes?|batteries?|bases?|sites?|ateliers?|entrepôts?|stocks?|unités?|systèmes?|"
    r"défense|production)\s+(?:de\s+|d['’]|anti-?)(?:missiles?|roquettes?|drones?|obus)\b"
    r"|\b(?:anti-?missiles?|antimissiles?|anti-?drones?|antiaérienne?s?)\b", re.I)


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


def _type_each_site(cur: _Current, states: dict, info: ClauseInfo, lang: str, fact) -> None:
    """Give each site of a clause the weapon told just before it, when the clause tells two kinds.

    "rocket fire on X and a guided missile strike on Y", "une attaque au drone a visé X et une attaque à la roquette
    Y": each site's own words name its weapon; the clause's single type (the first the lexicon finds) fits only one.
    A site with no weapon word before it ("Rockets hit X and Y") keeps the one told for the site before it.
    """
    sites = sorted(info.sites, key=lambda mc: mc[0].start)
    if len(sites) < 2 or info.event_type in ("airstrike", "interception") or _FIRED_BY_DRONE.search(info.clause.text):
        return  # (an air raid's weapons, "deux missiles tirés par un drone", are the aircraft's: one kind; what air
        # defence downed over each site, "a détruit des drones au-dessus de A et de B", is intercepted at each)
    text, pos, types, last = info.clause.text, 0, [], None
    for m, _ in sites:
        etype, _ = _event_type(_WEAPON_OF_SITE.sub(_blank, text[pos:m.start]), lang)
        if etype and etype != "attack":
            last = etype
        types.append(last)
        pos = m.end
    kinds = {t for t in types if t}
    if len(kinds) < 2 and (kinds in (set(), {info.event_type}) or not _WEAPON_OF_SITE.search(text)):
        return  # one kind told (or none): the clause's type holds for every site -- unless that type was read off
        # a site's own words ("Drones hit a depot in X and a missile battery in Y": drones hit both)
    for (m, _), etype in zip(sites, types):
        told = _state_of_site(cur, states, m.name) if etype is not None else None
        if told is not None:
            for f in told.frame.get("event_type"):
                told.frame.facts.remove(f)
            told.frame.add(fact("event_type", etype))


# Two days of one site joined by a bare coordinator: "on Thursday night and again on Friday", "on Friday and
# Saturday", "mardi et mercredi", "jeudi soir puis de nouveau vendredi", "يومي الثلاثاء والأربعاء"
_DAY_PAIR_JOINT = re.compile(r"\s*,?\s*(?:(?:and|et|puis|then|و)\s*(?:(?:again|then|once\s+more|de\s+nouveau|encore|à\s+nouveau|"
                             r"mais\s+aussi|also|aussi)\s+)?(?:(?:on|le)\s+)?|و\s*(?:يوم\s+)?)", re.I)
# the words before a first day that make the pair one stretch ("between Friday and Saturday", "the night of Friday
# to Saturday", "ليل الخميس والجمعة")
_DAY_SPAN_BEFORE = re.compile(r"(?:between|entre|night|nuit|overnight|from|du|depuis|ليل|ليلة|بين|منذ)\W+(?:(?:the|of|la|de|du|le|on)\W+)*$",
                              re.I)


def _second_day(doc, frames, states, cur: _Current, info: ClauseInfo, dates: list, fact, index: int) -> None:
    """A site hit on each of two days told in one clause: a frame for the second day.

    "Rockets hit X on Thursday night and again on Friday", "Des drones ont attaqué X mardi et mercredi": one event
    per place attacked per day (ANNOTATION), so the site's frame keeps the first day and its facts, and the second
    day gets a frame of the same site, type, weapon, claim and launch (a count or toll told once is not known to be
    that day's).  A stretch ("between Friday and Saturday", "dans la nuit de vendredi à samedi") is one day's event.
    """
    first, second = dates
    if first.span is None or second.span is None or first.span.precision != "day" or second.span.precision != "day" \
            or second.span.earliest <= first.span.latest or (second.span.earliest - first.span.latest).days > 6 \
            or cur.date is None or cur.date != first.span or cur.target is None \
            or not _same_place(info.target.name, cur.target):
        return
    text = info.clause.text
    # (the Arabic conjunction is written onto the second day: "الثلاثاء والأربعاء")
    joint_end = second.start + 1 if text.startswith("وال", second.start) else second.start
    if _DAY_PAIR_JOINT.fullmatch(text, first.end, joint_end) is None \
            or _DAY_SPAN_BEFORE.search(text, max(0, first.start - 20), first.start) is not None:
        return
    frame = cur.frame
    sib = EventFrame(doc)
    for kind in _SIBLING_KINDS + ("target",):
        for f in frame.get(kind):
            sib.add(f)
    sib.add(fact("date", second.span))
    # (before the first day's frame: a later clause naming the site goes on with the day told first, the one whose
    # facts the clause gave; see the "back" search of extract)
    frames.insert(frames.index(frame), sib)
    states[id(sib)] = _Current(sib, cur.target, second.span, index)


def _state_of_site(cur: _Current, states: dict, name: str) -> Optional[_Current]:
    """The state of the frame, among the strike's frames (see ``_split_sites``), whose target is the site ``name``."""
    for frame in (cur.frame, *cur.siblings):
        st = states.get(id(frame))
        if st is not None and st.target is not None and _same_place(name, st.target):
            return st
    return None


# Where one site's stretch of a clause ends: the first "and"/"et"/comma after it ("X on Tuesday and two at Y")
_SITE_JOINT = re.compile(r",|;|،|\b(?:and|et|then|puis|before|avant|while|whereas|alors qu['’e]|tandis qu['’e]|ثم)\b", re.I)
_EARLIER_OF_SITE = re.compile(r"\b(?:which|that|who|where|had|qui|où|dont|avait|avaient)\b", re.I)


# the relative days that count on from the site told before ("a day later", "le lendemain", "two days later")
_LATER_SITE_KINDS = frozenset({"relative_after", "next_day", "two_days"})


def _date_each_site(cur: _Current, states: dict, info: ClauseInfo, fact, lang: str) -> None:
    """Give each site of a clause the day told in its own stretch, when the clause tells two days.

    "Militants fired three rockets at X on Tuesday and two at Y on Wednesday", "trois roquettes mardi sur X et
    deux sur Y mercredi": the clause's date (the first day told) fits only the first site.  A site's stretch runs
    from the joint before it (the first "and", "et" or comma after the previous site) to the joint after it; a
    site with no day in its stretch keeps the clause's, and a stretch with two days leaves every site as it was.
    """
    sites = sorted(info.sites, key=lambda mc: mc[0].start)
    dates = [d for d in info.dates if d.span is not None and not d.since and not d.relative_to_previous]
    # "X on Friday and, a day later, Y", "X vendredi puis, le lendemain, Y": a day counted from the site before
    later = [d for d in info.dates if d.kind in _LATER_SITE_KINDS] if dates else []
    if len(sites) < 2 or len({(d.span.earliest, d.span.latest) for d in dates}) < 2 and not later:
        return
    text, bounds = info.clause.text, [0]
    for (a, _), (b, _) in zip(sites, sites[1:]):
        joint = _SITE_JOINT.search(text, a.end, b.start)
        if joint is None:
            return
        bounds.append(joint.start())
    bounds.append(len(text))
    days = []
    for (m, _), lo, hi in zip(sites, bounds, bounds[1:]):
        # (a day told in a relative clause after the site is another attack's: "Y, which had been hit on Sunday")
        inside = [d for d in dates if lo <= d.start < hi and not (d.start > m.end and _EARLIER_OF_SITE.search(text, m.end, d.start))]
        if len(inside) > 1:
            return
        shift = [d for d in later if lo <= d.start < hi] if later and not inside and days else ()
        if len(shift) == 1:  # (counted from the day of the site before, or the clause's)
            base = next((day for day in reversed(days) if day is not None), dates[0].span)
            told = find_dates(text[shift[0].start:shift[0].end], lang, None, base)
            days.append(told[0].span if told and told[0].span is not None else None)
            continue
        days.append(inside[0].span if inside else None)
    for (m, _), day in zip(sites, days):
        st = _state_of_site(cur, states, m.name) if day is not None else None
        if st is not None and st.date != day:
            for f in st.frame.get("date"):
                st.frame.facts.remove(f)
            st.frame.add(fact("date", day))
            st.date = day


# Victims told as others than those counted ("deux autres personnes", "three other civilians", "two others"): with
# a place of their own they were hit elsewhere
# (the subject of the verb of killing or wounding itself: "23 others were being treated" in a hospital of another town
# are the incident's wounded)
_OTHERS_ELSEWHERE = re.compile(r"(?<!\w)(?:(?:" + _NUMWORDS + r")\s+(?:autres|others?|more)|another|une?\s+autre)"
                               r"(?:\s+[\w'’-]+){0,2}?\s+"
                               r"(?:ont\s+été|a\s+été|sont|est|were|was|have\s+been|has\s+been)\s+(?:tuée?s?|tués|blessée?s?|"
                               r"blessés|mortes?|morts?|killed|wounded|injured)\s+(?:\w+\s+){0,2}?(?:à|au|aux|dans|en|in|at|near|près)\b", re.I)


# A later site's own toll with its verb left out, between the site before and its name: "a tué deux personnes à X
# et une troisième à Y", "Un civil a été tué à X jeudi soir et un autre à Y", "deux civils ... et trois autres à Y",
# "killed two people in X and a third in Y" (a day or a word may close the site before: "à X jeudi soir et ...")
_ELLIPTIC_TOLL = re.compile(
    r"(?:\s+(?-i:[a-zà-ÿ][\w'’-]*)){0,3}\s*,?\s+(?:and|et)\s+(?:(?P<one>un autre|une autre|another|one other|"
    r"une? (?:deuxième|seconde?|troisième|quatrième|cinquième)|a (?:second|third|fourth|fifth))|"
    r"(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMWORDS + r")(?:\s+(?:autres|others|more))?)"
    r"(?:\s+(?:personnes?|people|civils?|civilians?|hommes|men|soldats?|soldiers|combattants?|fighters))?"
    r"\s+(?:à|au|aux|dans|en|in|at|near|près\s+de|près\s+d['’])\s*(?:(?:la|le|les|the)\s+)?"
    r"(?:(?:localité|ville|village|town|city)\s+(?:de\s+|d['’]|of\s+))?$", re.I)


def _toll_each_site(cur: _Current, states: dict, info: ClauseInfo, fact, lang: str) -> None:
    """Give each site of a clause the toll told for it, when each later site has its own with the verb left out.

    "Une frappe a tué deux personnes à X et une troisième à Y", "Un civil a été tué à X et un autre à Y",
    "Three people were killed in X and two others in Y": the clause's verb and its figure are the first site's, and
    each later site's figure ("une troisième", "un autre", "two others") is its own toll -- not a count of
    projectiles, nor a part of a toll of the whole strike (which ``_split_sites`` gives no site).
    """
    sites = sorted(info.sites, key=lambda mc: mc[0].start)
    if len(sites) < 2 or lang not in ("en", "fr"):
        return
    text = info.clause.text
    gaps = [_ELLIPTIC_TOLL.fullmatch(text, a.end, b.start) for (a, _), (b, _) in zip(sites, sites[1:])]
    if not all(gaps):
        _told_toll_each_site(cur, states, info, fact, lang, sites)
        return
    head = text[:gaps[0].start()]
    told = {k: _casualties(head, lang, k) for k in ("killed", "injured")}
    kinds = [k for k, v in told.items() if v and v[0][0]]
    if len(kinds) != 1:
        return  # (no toll before the first joint, or the dead and the wounded both: which one the others are is unsaid)
    which = kinds[0]
    figures = [told[which][0]]
    for g in gaps:
        if g.group("one"):
            figures.append((1, None))
            continue
        c = parse_count(((g.group("qual") or "") + " " + g.group("num")).strip(), lang)
        if c is None or not 0 < c.value < 1000:
            return
        figures.append((c.value, c.qualifier))
    here = fact("count", 0).evidence
    for (m, count), (value, qual), k in zip(sites, figures, range(len(sites))):
        st = _state_of_site(cur, states, m.name)
        if st is None:
            continue
        for f in [f for f in st.frame.facts if f.kind == which and f.evidence == here]:
            st.frame.facts.remove(f)
        if k and count == value:
            # (the figure read as the site's own count of projectiles: "et deux autres à Y" counts people)
            for f in [f for f in st.frame.get("count") if f.evidence == here]:
                st.frame.facts.remove(f)
        st.frame.add(fact(which, value, qual))


def _told_toll_each_site(cur: _Current, states: dict, info: ClauseInfo, fact, lang: str, sites: list) -> None:
    """Give each site of a strike on several sites the toll told, with its own verb, right after it.

    "Airstrikes hit a house in X, killing 11 people, and a school in Y, killing six", "une frappe sur une maison à X a
    tué onze personnes, et une autre sur une école à Y en a tué six": each figure follows its site, before the next
    one. A toll told once for the strike ("strikes on X and Y killed 7", "7 killed in the strikes on X and Y") is
    the whole strike's, no one site's (``_split_sites`` took it off): only when two sites or more have figures of
    their own are they shared out.
    """
    if not (info.killed or info.injured):
        return
    text = info.clause.text
    ends = [m.start for m, _ in sites[1:]] + [len(text)]
    tolls = [{k: [(n, q) for n, q in _casualties(text[m.start:end], lang, k) if q not in ("pooled", "implied")]
              for k in ("killed", "injured")} for (m, _), end in zip(sites, ends)]
    owners = [_state_of_site(cur, states, m.name) for m, _ in sites]
    if sum(1 for t in tolls if t["killed"] or t["injured"]) < 2 or None in owners:
        return
    for st, told in zip(owners, tolls):
        for kind, figures in told.items():
            for value, qual in figures:
                st.frame.add(fact(kind, value, qual))


# Facts of a strike on several sites that hold for each site (a claim, "no casualties", the launch point).
_SHARED_KINDS = ("claimed_by", "blamed_on", "unclaimed", "launch", "event_type", "weapon")


def _factory(evidence: Evidence, according_to: Optional[str]):
    def make(kind, value, qualifier=None):
        return Fact(kind, value, evidence, qualifier, according_to)

    return make


def _names(text: str, place: str) -> bool:
    """Whether ``text`` names ``place`` as a whole word (a name of four letters or more)."""
    if len(place) < 4 or place not in text:  # (the substring test first: most sentences name no place told)
        return False
    # each occurrence tested in place: a pattern made per name would be compiled for every place told
    i, n = text.find(place), len(place)
    while i >= 0:
        before, after = text[i - 1:i], text[i + n:i + n + 1]
        if not (before and (before.isalnum() or before == "_")) and not (after and (after.isalnum() or after == "_")):
            return True  # (?<!\w) and (?!\w): \w is a letter, a digit or "_"
        i = text.find(place, i + 1)
    return False


def _sibling_named(cur: _Current, states: dict, info: ClauseInfo) -> Optional[_Current]:
    """The state of another site of the strike being told that a clause names as its target, if any.

    A strike on several sites is told as one frame per site (see ``_split_sites``); a clause that names
    one of those sites ("three soldiers were hurt in the strike on the X airport") tells that site's
    toll even while the report's thread is on another site.
    """
    target = info.target
    if target is None or cur.target is None or _same_place(target.name, cur.target):
        return None
    group = [cur.frame, *cur.siblings]
    for st in states.values():
        if cur.frame in st.siblings:
            group += [st.frame, *st.siblings]
    for frame in group:
        st = states.get(id(frame))
        if frame is not cur.frame and st is not None and st.target is not None and _same_place(target.name, st.target):
            return st
    # "Strikes hit A and B on Tuesday. In B, ... Six were hurt in the strike on A": an incident of the same day
    # told as one of its own
    if cur.date is None or cur.date.precision != "day":
        return None
    return next((st for st in states.values() if st is not cur and st.target is not None and st.date is not None
                 and st.date.overlaps(cur.date) and _same_place(target.name, st.target)), None)


def _add_clause_facts(cur: _Current, info: ClauseInfo, fact, lang: str, new: bool) -> None:
    frame = cur.frame
    before = len(frame.facts)
    _add_facts(cur, info, fact, lang, new)
    for added in frame.facts[before:]:
        if added.kind in _SHARED_KINDS or (added.kind in ("killed", "injured") and added.value == 0):
            for sib in cur.siblings:
                if added.kind not in ("event_type", "weapon") or sib.first(added.kind) is None:
                    sib.add(added)


_KIND_FAMILY = {"drone attack": "drone", "missile attack": "missile", "rocket attack": "missile",
                "mortar attack": "mortar", "IED attack": "IED", "airstrike": "airstrike"}


# "the strike was carried out with two missiles fired by a drone", "le drone a tiré deux missiles", "بصاروخين
# أطلقتهما مسيرة": the missiles are the drone strike's own projectiles, not another weapon's count
_FIRED_BY_DRONE = re.compile(
    r"\b(?:missiles?|rockets?|roquettes?)\s+(?:[\w-]+\s+){0,2}?(?:fired|launched|tirée?s?|lancée?s?)\s+(?:by|from|par|depuis)\s+"
    r"(?:an?|the|un|le|l['’])\s*(?:[\w-]+\s+){0,2}?(?:drone|UAV)\b"
    r"|\b(?:drone|UAV)\s+(?:[\w-]+\s+){0,2}?(?:fired|launched|a tiré|a lancé|avait tiré)\s+(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|roquettes?)\b"
    r"|صاروخ\S*\s+(?:\S+\s+)?أطلق\S*\s+(?:طائرة\s+)?مس[يی]ّ?رة"
    # "وأفاد مراسلنا بأن المسيرة أطلقت صاروخين على السيارة": the drone as the subject of the firing
    r"|(?<![\u0621-\u064a])(?:ال)?(?:طائرة\s+(?:ال)?)?مس[يی]ّ?رة\s+(?:(?:ال)?\S+\s+)?(?:قد\s+)?(?:أطلقت|اطلقت|أطلق|اطلق)"
    r"\s+(?:\S+\s+)?(?:صاروخ|صواريخ)", re.I)


# "The third strike came near X. A source said two missiles hit a hillside near the village": the missiles an
# aircraft or a drone fired are the strike's own munitions (not a reply: "rockets fired in response")
_STRIKE_MISSILES = re.compile(r"\b(?:missiles?|missile guidé)\b|صاروخ|صواريخ|صاروخين|صاروخان", re.I)
_REPLY = re.compile(r"\b(?:retaliat\w*|respon\w*|riposte\w*|représailles|answer\w*|reply|replied)\b|(?<![\u0621-\u064A])(?:ردا|رداً|رد)(?![\u0621-\u064A])", re.I)


def _strike_munitions(frame: EventFrame, etype: Optional[str], info: "ClauseInfo") -> bool:
    """Whether a clause's missiles, with no target of their own, are the munitions of ``frame``'s strike."""
    have = frame.first("event_type")
    return have is not None and have.value == "airstrike" and etype == "missile attack" and bool(info.impact_verb) \
        and _STRIKE_MISSILES.search(info.clause.text) is not None and _REPLY.search(info.clause.text) is None


# A strike word that names no weapon: "a strike hit X", "une frappe a visé X", "ضربة استهدفت X".  The words of
# air power that settle a strike as an airstrike: aircraft, raids, bombing, "aérien", "جوي", an air force.
_NEUTRAL_STRIKE = {"en": re.compile(r"\bstrikes?\b", re.I), "fr": re.compile(r"\bfrappes?\b", re.I),
                   "ar": re.compile(r"ضربة|ضربات|ضربتين|ضربتان")}
_AIR_WORDS = {"en": re.compile(r"\b(?:air|aerial|raids?|bomb\w*|warplanes?|jets?|aircraft|helicopters?|bombers?|"
                               r"drones?|uavs?|air\s*force|airstrikes?|IDF|Israel\w*|U\.S\.|American|coalition|"
                               r"Turk\w*|Russia\w*)\b", re.I),
              "fr": re.compile(r"\b(?:aériens?|aériennes?|raids?|bombard\w*|avions?|aviation|chasseurs?|hélicoptères?|"
                               r"drones?|armée de l['’]air|Tsahal|Isra\w*|améric\w*|États-Unis|Etats-Unis|coalition|"
                               r"turque?s?|Turquie|russes?|Russie)\b", re.I),
              "ar": re.compile(r"جوي|غار|طائر|طيران|مقاتلات|مروحي|مسير|درون|قاذفات|سلاح الجو|إسرائيل|اسرائيل|الاحتلال|"
                               r"العدو|مريك|ميرك|روسي|تركي|التحالف")}


# what fires missiles or rockets from the ground: a launcher, a ballistic or cruise kind, a group without aircraft
_GROUND_FIRE = {
    # (missiles "fired by" someone named in their own clause: not by aircraft, which would have typed the clause)
    "en": re.compile(r"\b(?:launch(?:er|ers|ed from|ed by|pads?)|fired (?:from|by)|troops|government forces|regime forces|"
                     r"artillery|from (?:the )?(?:Gaza|Lebanon|Yemen|Syria|Iraq|Iran)|"
                     r"ballisti\w*|cruise|anti-tank|guided|Hezbollah|Houthis?|Hamas|Jihad|milit\w+|rebels?|insurgents?|"
                     r"Iran\w*|IRGC|Revolutionary Guards?|fighters|gunmen|Katyushas?|Grads?)\b", re.I),
    "fr": re.compile(r"\b(?:lance-roquettes|lanceurs?|(?:tirée?s?|lancée?s?) (?:depuis|de|par)|troupes|artillerie|"
                     r"forces (?:gouvernementales|du régime|loyalistes)|depuis (?:la bande de Gaza|le Liban|le Yémen)|"
                     r"balisti\w*|croisière|antichars?|guidée?s?|Hezbollah|Houthis?|Hamas|Jihad|milic\w+|rebelles?|"
                     r"insurgés|Iran\w*|Gardiens|combattants|Katioucha\w*|Grad)\b", re.I),
    "ar": re.compile(r"منص|راجمة|مدفعي|قوات النظام|القوات الحكومية|أطلقها|أطلقتها|باليستي|بالستي|مجنح|موجه|حزب الله|الحوثي|أنصار الله|حماس|الجهاد|المقاومة|فصائل|"
                     r"مسلحين|مسلحون|إيران|ايران|الحرس الثوري|كاتيوشا|غراد|من قطاع غزة|من لبنان|من اليمن|من اتجاه"),
}


def _bare_missiles(text: str, lang: str, info: "ClauseInfo") -> bool:
    """Whether a clause's missiles or rockets are named bare: nothing tells them fired from the ground.

    No launch point or direction, no launcher, no ballistic, cruise or guided kind, and no group or state that
    fires from the ground (Hezbollah, the Houthis, Iran, militants): such missiles after an air raid told are
    the raid's own munitions.
    """
    lg = lang if lang in _GROUND_FIRE else "en"
    return info.launch is None and not info.launch_direction and info.launch_distance_km is None \
        and _GROUND_FIRE[lg].search(text) is None and _REPLY.search(text) is None


def _same_day(info: "ClauseInfo", cur: "_Current") -> bool:
    """Whether a clause gives no day, or the day of the incident being told."""
    own = next((d.span for d in info.dates if d.span), None)
    return own is None or cur.date is None or own.overlaps(cur.date)


def _neutral_strike(text: str, lang: str) -> bool:
    """Whether a clause typed an airstrike only by a strike word that names no weapon.

    "A strike hit a depot in X", "une frappe a touché X", "ضربة استهدفت X": nothing in the clause says aircraft
    (no plane, raid, bombing, air force or a state that strikes from the air), and no reply ("retaliatory strikes"
    are the other side's), so the weapon is the one of the incident being told.
    """
    lg = lang if lang in _NEUTRAL_STRIKE else "en"
    return _NEUTRAL_STRIKE[lg].search(text) is not None and _AIR_WORDS[lg].search(text) is None \
        and _REPLY.search(text) is None


# The nouns and craft that make a strike one from the air whatever its state: "airstrikes", "frappes aériennes",
# "raids aériens", "bombardements aériens" (a bare "struck", "a frappé", "strikes" names no weapon)
_AIR_STRIKE_NOUN = re.compile(r"\b(?:" + L.AIR_STRIKE_EN + "|aerial|" + L.AIR_STRIKE_FR + r")\b", re.I)


def _strike_told_missiles(existing: Fact, info: "ClauseInfo") -> bool:
    """Whether a clause that opens on the strike told names its ballistic or cruise missiles.

    "Russian forces struck Odesa overnight. The strike, which involved Kalibr cruise missiles, killed two
    people", "Les forces russes ont frappé Odessa. La frappe, menée avec des missiles de croisière, ...":
    a state as the subject of "struck" types an airstrike only by default (no craft, no air-strike noun);
    the clause whose subject is that strike and that names ballistic or cruise missiles (fired from no
    aircraft it names) tells the weapon, a missile attack.
    """
    text = info.clause.text
    if (_DEFINITE_SUBJECT.match(text) is None and _REPORTED_SUBJECT.match(text) is None) \
            or _BALLISTIC.search(text, info.found) is None \
            or _AIRCRAFT.search(text, info.found) is not None:
        return False
    told = existing.evidence.sentence
    return _AIRCRAFT.search(told) is None and _AIR_STRIKE_NOUN.search(told) is None


def _reported_strike(info: "ClauseInfo", frame: EventFrame, current_type: Optional[Fact]) -> bool:
    """Whether a clause reports, behind "X said", the strike told: "Russian forces struck Dnipro. Ukraine's air
    force said the strike involved two Iskander-M missiles" (its count is that strike's), the strike being of
    the clause's own kind or a state's strike that named no weapon yet.  (The attack told after a rocket attack
    as made by drones is the drones' own: "l'armée a indiqué que l'attaque, menée par deux drones, ...".)
    """
    return _REPORTED_SUBJECT.match(info.clause.text) is not None and (
        (current_type is not None and current_type.value == "airstrike") or not _other_kind(frame, info.event_type))


def _other_kind(frame: EventFrame, etype: Optional[str]) -> bool:
    """Whether a clause of type ``etype`` names another kind of projectile than ``frame``'s."""
    have = frame.first("event_type")
    a = _KIND_FAMILY.get(etype or "")
    b = _KIND_FAMILY.get(have.value) if have is not None else None
    return a is not None and b is not None and a != b


_SECOND_BLAST = re.compile(r"\b(?:(?:un|une|a)\s+(?:second|seconde|deuxième|autre|troisième|nouvel|nouvelle|second|third)|another)"
                           # ("a second, smaller blaze": an adjective set off by commas)
                           r"\s*,?\s+(?:grosse\s+|forte\s+|large\s+|big\s+|(?:smaller|larger|bigger|minor|major|petit|petite),?\s+)?"
                           r"(?:incendie|explosion|déflagration|fire|blaze|blast|explosion)s?\b|"
                           # "Un incendie s'est par ailleurs déclaré à X", "A fire also broke out at X": another site too
                           r"\b(?:incendie|explosion|déflagration|fire|blaze|blast)s?\s+(?:s['’]est|se sont|a|ont|has|have|had)?\s*"
                           r"(?:par ailleurs|également|aussi|also|separately)\s+(?:déclaré|déclarés|produite?s?|retenti|broke out|erupted|"
                           r"hit|struck|occurred|was reported|were reported)\b", re.I)
_AREA_RANK = {"country": 3, "province": 2, "district": 1}
# A clause whose dead are the attackers alone ("Trois assaillants ont été tués lors de l'attaque", "Deux des
# assaillants ont également été tués", "Three of the attackers were killed in the firefight"): told after the
# incident's toll, it is the fate of the perpetrators, not a revised toll of the victims. (A victim noun told in the
# same clause, "tuant trois policiers et deux assaillants", is summed by casualties.py and never reaches this test.)
_ATTACKERS_DEAD = re.compile(
    r"^\W*(?:(?:au moins|at least|all|tous)\s+)?(?:les\s+|the\s+|l['’]un\s+des\s+|l['’]un\s+de\s+|"
    r"(?:" + _NUMWORDS + r")\s+(?:des|de\s+ces|of\s+the|d['’]entre\s+les)?\s*|des\s+|one\s+of\s+the\s+)?"
    r"(?:assaillants?|attaquants?|kamikazes?|terroristes?|jihadistes?|djihadistes?|attackers?|assailants?|gunm[ae]n|"
    r"terrorists?|jihadists?|suicide bombers?|insurgents?|insurgés?)\b"
    r"(?:\s+(?!(?:et|and|ainsi)\b)[\w’'-]+){0,3}?\s+(?:ont|a|have|has|were|was|sont|est)\s+(?:(?:\w+ment|also|aussi|"
    r"également)\s+)?(?:été\s+|been\s+)?(?:(?:\w+ment|also|aussi|également)\s+)?(?:tués?|abattus?|neutralisés?|"
    r"éliminés?|killed|shot dead|péri|died)\b", re.I)
_PLURAL_STRIKES_SUBJECT = re.compile(r"\s*(?:(?:des|les|de nouvelles|several|plusieurs|a series of|une série de|the)\s+)?"
                                     r"(?:[\w’'-]+\s+){0,2}?(?:frappes|raids|bombardements|strikes|airstrikes|bombings)\s+"
                                     r"(?:[\w’'-]+\s+){0,3}?(?:ont|have|had|killed|left|tué|fait)\b", re.I)


def _denial_first(info: ClauseInfo, lang: str) -> bool:
    """Whether a clause read as generic denies casualties before the word that made it generic: "It caused no
    casualties, police said, adding that objects which might have been drones were seen": the denial is of the
    incident being told, the hedge of an aside after it."""
    if lang == "ar" or not (info.killed or info.injured) or any(n for n, _ in info.killed + info.injured):
        return False
    v = _vocab(lang)
    text = info.clause.text
    denial = v["no_casualties"].search(text)
    hedge = v["generic"].search(text)
    return denial is not None and hedge is not None and denial.end() <= hedge.start() \
        and "," in text[denial.end():hedge.start()]


def _succumbed(cur: "_Current", frame: EventFrame, fact, value: int, injured_told: bool,
               more: bool = False) -> Optional[tuple]:
    """Deaths among the wounded ("two of the wounded succumbed") told after a toll of the same incident.

    After a first toll the article says was superseded ("Initial reports put the toll at three dead"), the dead rise
    by them (a revised toll) and, when the wounded told number at least as many and the clause tells no wounded left,
    the wounded fall by them. After a toll told as the current one (a lead's "four soldiers were killed") they are
    among its dead: None (no figure of their own), unless the clause tells them as more than it (``more``: "two
    others died of their wounds"), when the dead rise by them. Otherwise the figure is a plain count of the dead.
    """
    first = [f.value for f in cur.earlier if f.kind == "killed" and f in frame.facts and isinstance(f.value, int)
             and f.value > 0]
    if first and not any(f.kind == "killed" and f.qualifier == "revised" for f in frame.facts):
        hurt = [f.value for f in frame.facts if f.kind == "injured" and isinstance(f.value, int) and f.value >= value]
        if hurt and not injured_told:
            frame.add(fact("injured", max(hurt) - value, "revised"))
        return max(first) + value, "revised"
    told = [f.value for f in frame.facts if f.kind == "killed" and isinstance(f.value, int) and f.value > 0]
    if more and told:
        return max(told) + value, "revised"
    if any(f.kind == "killed" and isinstance(f.value, int) and f.value >= value for f in frame.facts):
        return None
    return value, None


# "وأسفرت الغارتان عن ...", "أدت الضربتان إلى ...", "في الهجومين": the two raids told, as one, with one toll. The
# toll clause names no site of its own; when the frame it would go to is not itself both raids (two raids counted
# on one town, "شنت غارتين على بلدة X"), the figure is the two sites' together, no one site's (as "killed in the two
# raids" is in English), where it was given to whichever site was told last.
_AR_BOTH_STRIKES = re.compile(r"(?<![\u0621-\u064A])[وفب]?ال(?:غارتان|غارتين|ضربتان|ضربتين|هجومان|هجومين|"
                              r"استهدافان|استهدافين|قصفان|قصفين|هجمتان|هجمتين|انفجاران|انفجارين|تفجيران|تفجيرين|"
                              r"عمليتان|عمليتين)(?![\u0621-\u064A])")


def _holds_both(frame: EventFrame) -> bool:
    """Whether a frame is itself the two strikes (two or more counted at its one site)."""
    count = frame.first("count")
    return count is not None and isinstance(count.value, int) and count.value >= 2


# A strike or a shelling told as the attack ("قتل جنديان في قصف إسرائيلي", "killed in an Israeli strike", "une frappe
# israélienne"): the attack hit its site; air defences that "confronted" it after are no retelling of it as an
# interception (see _add_facts)
_STRIKE_TOLD = re.compile(r"\b(?:strikes?|airstrikes?|air strikes?|shelling|bombardments?|bombings?|frappes?|"
                          r"bombardements?|pilonnages?|raids?)\b|(?<![\u0621-\u064A])[وبل]?(?:ال)?(?:قصف|غارة|غارات|"
                          r"ضربة|ضربات)(?![\u0621-\u064A])", re.I)


def _country_tally(cur: _Current, info: ClauseInfo) -> bool:
    """Whether a clause names the first site hit of a frame told so far only of a whole country: "Russia launched 40
    drones and three missiles at Ukraine overnight ... A missile hit an apartment building in Kharkiv". The
    figures and the kind told for the country are a nation-wide tally (tests/ANNOTATION.md: a figure for the whole
    country is no site's count), not the site's: the site's own clause tells them.
    (Only when the site's clause tells a count of its own, below the country's: "a drone slammed into an outpost in
    northeastern Jordan ... The installation, known as Tower 22", "fired two mortar bombs into southern Israel ... The
    mortar rounds came down near Kibbutz X" tell one incident first by its country, then by its site.)"""
    told = cur.frame.first("target")
    target = info.target
    count = cur.frame.first("count")
    # ("Russia launched 45 drones overnight, 38 of which were shot down. A drone hit a building in Sumy": a barrage
    # told with no place at all is the same nation-wide tally)
    placeless = told is None and count is not None and isinstance(count.value, int) and count.value >= _BARRAGE
    if not placeless and (told is None or told.value.cue != "country") or target is None or target.cue == "country" \
            or target.name.lower() in _COUNTRY_NAMES or told is not None and _same_place(target.name, told.value.name):
        return False
    if (info.count is None or info.count[2]) and count is not None and isinstance(count.value, int) \
            and count.value > 1 and target.cue in ("village", "town", "area", None):
        # "fired 30 rockets at northern Israel; others fell in open areas near X": where a share of the country's
        # salvo came down, no count of its own (tests/ANNOTATION.md: a part of a salvo is no count)
        from .incident import _fell_before, partitive_before

        return partitive_before(info.clause.text, target.name) and _fell_before(info.clause.text, target.name)
    return info.count is not None and not info.count[2] and count is not None \
        and isinstance(count.value, int) and info.count[0] < count.value


_BARRAGE = 10  # a salvo told at a country this large is a barrage over it, no one site's attack


def _finer_than_area(place) -> bool:
    """Whether a mention or place reference names a site or town, not a region, an area or a country."""
    return place.cue not in _AREA_CUES and place.cue != "area" and place.name.lower() not in _COUNTRY_NAMES


def _salvo_share_site(cur: _Current, info: ClauseInfo, new: bool) -> bool:
    """Whether a clause's site is where a share of a salvo told with no site of its own fell: "About 30 rockets were
    fired from Lebanon; most fell in open areas and one hit a house in Kiryat Shmona", "fired about 40 rockets at
    northern Israel ... one struck a building in Metula", "أطلق نحو 30 صاروخا ... وأصاب أحدها منزلا في X".  The
    salvo's figure is no site's count (tests/ANNOTATION.md: a part of a salvo is no count; a figure for several
    places is no site's): the site is named only after a partitive subject ("one", "l'une", "أحدها").
    (Not when a site was told before: "Two rockets hit the airport. One of them landed near X" keeps the airport's 2.)"""
    target = info.target
    if target is None or not _finer_than_area(target):
        return False
    if new and (info.count is None or info.count[0] < 2):
        return False  # ("the second struck a target in X with a ballistic missile": the site's own one missile)
    if not new:
        told, count = cur.frame.first("target"), cur.frame.first("count")
        if told is not None and _finer_than_area(told.value) \
                or count is None or not isinstance(count.value, int) or count.value < 2 \
                or told is not None and told.value.cue == "country" and count.value < _BARRAGE:
            # ("A rocket was fired at X. The rocket hit a house in Y": the one rocket told, counted; "two drones were
            # launched at Jordan; one hit the base": a pair aimed at a country, the base its one site hit, is that
            # site's attack, while "about 40 rockets at northern Israel" is a barrage over a region)
            return False
    from .incident import partitive_before
    # (a bare subject, "one hit", "the rocket fell", refers back to a salvo of an earlier clause only: "La roquette a
    # frappé un entrepôt de la base" tells its own one rocket)
    return partitive_before(info.clause.text, target.name, bare=not new)


def _drop_tally(frame: EventFrame, etype: Optional[str]) -> None:
    """Remove a country-wide tally's count, and its kind when the site's clause tells another (see _country_tally).
    (A kind of the same family is kept: the Arabic "صاروخ" of the site after the tally's "صواريخ باليستية".)"""
    for old in frame.get("count"):
        frame.facts.remove(old)
    told = frame.first("event_type")
    if told is not None and etype and etype != told.value and (
            told.value in ("interception", "attack") or _KIND_FAMILY.get(told.value) != _KIND_FAMILY.get(etype)):
        frame.facts.remove(told)


# The Arabic words that make "صاروخ" a missile (ballistic, cruise, hypersonic, a model told) and those that make it a
# rocket of its own (a shell, a Katyusha, a Grad, a launcher's salvo): see extract()'s missiles_told
_AR_MISSILE_KIND = re.compile(r"باليستي|بالستي|كروز|مجنح|فرط\s+صوتي|(?:طراز|نوع)\s+(?:" + L.AR_MISSILE_MODELS + r")")
_AR_ROCKET_KIND = re.compile(r"قذائف|قذيفة|قذيفتين|كاتيوشا|غراد|قسام|راجم|رشق|صلي|موجه")


def _share_site(info: ClauseInfo, value: int) -> bool:
    """Whether the clause's site is where only a share of the salvo it counts came down: "fired 30 rockets at
    northern Israel; some were intercepted and others fell near X", "30 roquettes, dont certaines sont tombées près
    de X", "30 صاروخا سقط بعضها قرب X", "20 missiles ..., and one hit a building in X". The figure is the salvo's,
    fired at the wider area; the site's share is no count (tests/ANNOTATION.md: a part of a salvo is no count).
    (Only with the partitive after the figure: "One rocket fell on X, and another in Y" counts X's own rocket.)"""
    target = info.target
    if target is None or value < 2 or target.cue not in ("village", "town", "area", None):
        return False
    from .incident import _BARE_PARTITIVE, _PARTITIVE, _WINDOW, partitive_before

    text = info.clause.text
    i = text.find(target.name)
    if i < 0 or not partitive_before(text, target.name, bare=True):
        return False
    # the partitive stands between the figure and the site: the figure is told before it
    lo = max(0, i - _WINDOW)
    m = _PARTITIVE.search(text, lo, i) or _BARE_PARTITIVE.search(text, lo, i)
    return m is not None and any(f.group().lower() not in _ARTICLE_NUMBERS for f in _FIGURE.finditer(text, 0, m.start()))


# a figure of the count patterns (patterns._NUMWORDS) standing alone; its articles ("a", "une") are no salvo's figure
_FIGURE = re.compile(r"(?<!\w)(?:" + _NUMWORDS + r")(?!\w)", re.I)
_ARTICLE_NUMBERS = frozenset({"a", "an", "un", "une"})


def _add_facts(cur: _Current, info: ClauseInfo, fact, lang: str, new: bool) -> None:
    frame = cur.frame
    etype = info.event_type
    if not new and _country_tally(cur, info):
        _drop_tally(frame, etype)
    share_site = _salvo_share_site(cur, info, new)
    if share_site and not new:
        for old in frame.get("count"):
            frame.facts.remove(old)  # (the salvo's figure, told before the site a share of it hit)
    if etype:
        existing = frame.first("event_type")
        if existing is None:
            frame.add(fact("event_type", etype))
        elif existing.value == "attack" and etype == "interception" \
                and (info.target is None or info.target.cue == "country") \
                and _STRIKE_TOLD.search(existing.evidence.sentence) is not None:
            pass  # "قتل جنديان في قصف إسرائيلي ... الدفاعات الجوية تصدت لعدد من الصواريخ": the strike hit (_STRIKE_TOLD)
        elif existing.value == "attack" and etype != "attack" or (
                etype != "attack" and etype != existing.value and not new and _in_sky_of(cur, info.target)) or (
                etype == "missile attack" and existing.value == "airstrike" and not new and _strike_told_missiles(existing, info)):
            # (the strike told at the site, after missiles met in the sky over its town: the site's account types it)
            frame.facts.remove(existing)
            frame.add(fact("event_type", etype))
    if info.weapon and frame.first("weapon") is None:
        frame.add(fact("weapon", info.weapon))
    target = info.target
    current_target = frame.first("target")
    refining = current_target is not None and current_target.value.cue in _AREA_CUES
    # "the town of Y in the countryside of X" after "X's countryside": the clause puts its place inside the one told
    inside = target is not None and cur.target is not None and bool(target.container) and current_target is not None \
        and current_target.value.cue not in _SITE_CUES and _same_place(target.container, cur.target) \
        or not new and _in_sky_of(cur, target)
    if target is not None and (cur.target is None or _same_place(target.name, cur.target) or new or refining or inside):
        narrower = current_target is not None and _AREA_RANK.get(target.cue, 0) < _AREA_RANK.get(current_target.value.cue, 0) \
            or inside and target.cue not in _AREA_CUES
        if target.cue in ("country", "province", "district") and cur.target and not narrower:
            pass  # a wider area named later does not replace a precise target
        elif cur.target is None or narrower:
            # "dans le district de Zakho" after "au Kurdistan": the narrower place of the same incident
            existing = frame.first("target")
            if existing is not None:
                frame.facts.remove(existing)
            frame.add(fact("target", PlaceRef(target.name, target.cue, target.container)))
            cur.target = target.name
    # impact sites and shares
    impact_mentions = [m for m in info.mentions if m.role == "target" and m is not target
                       and m.cue in ("village", "town", "area", None) and info.impact_verb]
    if info.ordinal is not None and _ordinal_follows(frame, info.ordinal):
        # "Three rockets struck the base. A fourth fell in a field": the count grows by the one more told
        old = frame.first("count")
        frame.facts.remove(old)
        frame.add(fact("count", info.ordinal, old.qualifier))
    elif info.count and target is None and _other_kind(frame, etype) and not _FIRED_BY_DRONE.search(info.clause.text) \
            and not _strike_munitions(frame, etype, info):
        pass  # "it said it used 73 missiles" after a drone strike: the count of another weapon, not of this frame
    elif info.count and share_site:
        pass  # "fired 30 rockets from Lebanon, and one hit a house in X": the salvo's figure, not X's (_salvo_share_site)
    elif info.count and not cur.siblings:  # a strike on several sites: a later count is of the whole strike
        value, qual, share = info.count
        is_impact = info.impact_verb and (share or frame.first("count") is not None or impact_mentions or info.anaphoric)
        if frame.first("count") is None and not share:
            if not _share_site(info, value):
                frame.add(fact("count", value, qual))
        elif value > 1 and not share and _one_by_article(frame.first("count"), info.clause.text, lang):
            # "a drone attack on the residence ... three drones were launched at it": the lead's article named the
            # kind of attack; the figure told later is the count
            frame.facts.remove(frame.first("count"))
            frame.add(fact("count", value, qual))
        elif lang == "ar" and not share and (_AR_LAUNCHED.search(info.clause.text) or _AR_LAUNCH_OF.search(info.clause.text)) \
                and arabic.claimant_statement(frame.first("count").evidence.sentence) \
                and not arabic.claimant_statement(info.clause.text):
            # "قال الحزب إن مقاتليه استهدفوا الثكنة بـ50 صاروخا ... وقال الجيش إن نحو 40 صاروخا أطلقت": the other
            # side's (or an observer's) figure of what was launched is kept over the claimant's own
            frame.facts.remove(frame.first("count"))
            frame.add(fact("count", value, qual))
        elif is_impact:
            where = None
            if impact_mentions:
                where = impact_mentions[0]
            elif target is not None and cur.target and not _same_place(target.name, cur.target) and target.cue in ("village", "town", None):
                where = target
            if where is not None:
                frame.add(fact("impact", PlaceRef(where.name, where.cue, where.container, share=value)))
            elif info.anaphoric and cur.target:
                frame.add(fact("impact", PlaceRef(cur.target, None, share=value, anaphoric=True)))
    elif impact_mentions and info.impact_verb:
        m = impact_mentions[0]
        frame.add(fact("impact", PlaceRef(m.name, m.cue, m.container)))
    elif not new and target is not None and cur.target and not _same_place(target.name, cur.target) \
            and target.cue in ("village", "town", "area", None) and _share_of_salvo(info, None, cur):
        # "One of them crashed in a field near X": where a share of the salvo told fell (see _starts_new)
        frame.add(fact("impact", PlaceRef(target.name, target.cue, target.container, share=1)))
    # a target named only later ("the Balad base" after "an air base")
    if frame.first("target") is None and target is not None:
        frame.add(fact("target", PlaceRef(target.name, target.cue, target.container)))
        cur.target = target.name
    launch = info.launch
    finer = None
    if launch is not None and (launch.cue == "country" or launch.name.lower() in _COUNTRY_NAMES):
        # "أطلقت من جنوب سوريا ... مصدر الإطلاق رصد قرب مدينة X": a town in the same clause is kept too (the
        # estimator takes it when it lies in that country)
        # (only after a launch-site noun: "اعتراض إحداهما قبالة سواحل X" after "أطلقتا من لبنان" is no launch site)
        finer = next((m for m in info.mentions if m.role == "launch" and m.cue != "country" and m.start > launch.end
                      and m.name.lower() not in _COUNTRY_NAMES
                      and any(w in info.clause.text[launch.end:m.start] for w in ("الإطلاق", "aunch", "lancement"))),
                     None)
    told_launch = frame.first("launch")
    if launch is not None and told_launch is not None and told_launch.value.name and launch.cue != "country" \
            and (told_launch.value.cue == "country" or told_launch.value.name.lower() in _COUNTRY_NAMES
                 or told_launch.value.name.lower() in L.WIDE_AREAS) \
            and launch.name.lower() not in _COUNTRY_NAMES:
        # "fired from south Lebanon ... the rockets left from the village of X": the town told later is kept with
        # the country (the estimator places the launch at the town inside it)
        frame.add(fact("launch", PlaceRef(launch.name, launch.cue, launch.container, direction=info.launch_direction,
                                          distance_km=launch.distance_km)))
    elif launch is not None and (told_launch is None or not told_launch.value.name
                                 and told_launch.value.distance_km is None):
        # (an Arabic launch place carries its own bearing: "قرب قرية X، على بعد 9 كلم غربي القاعدة")
        if told_launch is not None:
            # "rockets fired from the east hit X ... they were launched from the village of Y": the place named
            # later is where the bearing told first pointed (a bearing with its distance is a point already)
            frame.facts.remove(told_launch)
        way = info.launch_direction or (launch.direction if lang == "ar" and launch.distance_km else None)
        frame.add(fact("launch", PlaceRef(launch.name, launch.cue, launch.container,
                                          direction=way, distance_km=launch.distance_km,
                                          # "from a village south of X": X named by its bearing ("south of"), the
                                          # launch lies off X, X only the reference
                                          bearing_from_place=bool(launch.direction and way and not launch.distance_km
                                                                  and _direction_word(launch.direction) == way))))
        if info.launch_from_target and info.launch_from_target[0] and launch.distance_km is None:
            frame.add(fact("launch", PlaceRef("", None, direction=info.launch_from_target[1],
                                              distance_km=info.launch_from_target[0])))
    elif launch is None and info.launch_direction and (
            told_launch is None or info.launch_distance_km and told_launch.value.distance_km is None
            and (told_launch.value.cue == "country" or told_launch.value.name.lower() in _COUNTRY_NAMES)):
        # an unnamed launch point known by its direction (and distance) from the target; with its distance, finer
        # than the country told before ("rockets fired from Lebanon ... launched from an area 5 km north of the town")
        frame.add(fact("launch", PlaceRef("", None, direction=info.launch_direction,
                                          distance_km=info.launch_distance_km)))
    if finer is not None and told_launch is None:
        frame.add(fact("launch", PlaceRef(finer.name, finer.cue, finer.container)))
    across = cur.siblings and (info.killed or info.injured) and _ACROSS_SITES.search(fact("killed", 0).evidence.sentence)
    if not across and lang == "ar" and (info.killed or info.injured) and "ال" in info.clause.text:
        both = _AR_BOTH_STRIKES.search(info.clause.text)
        # (the clause's own site, if any, told before the two raids: "وغارة على بلدة Y، وأسفرت الغارتان عن ...")
        if both is not None and (info.target is None or info.target.end <= both.start()) and not _holds_both(frame):
            across = True  # "وأسفرت الغارتان عن استشهاد شخصين" after a raid on X and another on Y: both raids' toll
    for kind, figures in (("killed", info.killed), ("injured", info.injured)):
        if kind == "killed" and figures and _ATTACKERS_DEAD.search(info.clause.text) \
                and any(f.kind == "killed" and f.value for f in frame.facts):
            continue  # the attackers' own dead, told after the victims' toll (_ATTACKERS_DEAD)
        for value, qual in figures:
            if qual in ("succumbed", "more_succumbed"):
                told = _succumbed(cur, frame, fact, value, bool(info.injured), qual == "more_succumbed")
                if told is None:
                    continue
                value, qual = told
            if across and value:
                # "... le bilan à 23 morts, sans préciser leur répartition entre les deux villes": a toll of a
                # strike on several sites, told as theirs together, is no one site's
                qual = "pooled"
            if qual == "another":
                # (Arabic) "the second drone caused no injuries" after a toll of the first: not this incident's zero
                if any(f.kind in ("killed", "injured") and f.value for f in frame.facts):
                    continue
                qual = None
            if qual == "pooled":
                # a total over several incidents belongs to none of them, nor does a first toll told of it after
                # ("... tués dans les deux raids. Un premier bilan faisait état de six morts")
                cur.earlier.append(fact(kind, value, qual))
                continue
            if info.earlier_toll:
                # a first toll the article says was superseded: kept only while no other figure is known
                if any(f.kind == kind and (f.value or f.qualifier == "pooled") for f in frame.facts + cur.earlier):
                    continue
                f = fact(kind, value, qual)
                frame.add(f)
                cur.earlier.append(f)
                continue
            if qual == "implied":
                # a zero implied by a denial of the other figure: kept only while no figure of its own is told,
                # and, for a denial of one group ("Aucun soldat américain n'a été touché"), while no victim is told
                if frame.first(kind) is None and not (kind == "killed" and _GROUP_DENIAL.search(info.clause.text)
                                                      and not _NO_ONE_ELSE.search(info.clause.text) and any(
                        f.kind in ("killed", "injured") and f.value for f in frame.facts)):
                    f = fact(kind, value)
                    frame.add(f)
                    cur.earlier.append(f)
                continue
            if value:
                for old in [f for f in cur.earlier if f.kind == kind and f in frame.facts]:
                    frame.facts.remove(old)
            elif any(f.kind == kind and f.value for f in frame.facts):
                # "three were killed at the depot ... A second fire broke out at the airport; nobody was hurt there":
                # a denial after a figure of the same incident is of another site or person, not a revision to zero
                continue
            elif not value and any(f.kind in ("killed", "injured") and f.value for f in frame.facts) \
                    and _SOME_GROUP_DENIAL.search(info.clause.text):
                # "A drone killed six fighters at the base. No U.S. personnel were hurt": a denial for a group named
                # by its side or nation, after a toll of others, tells nothing of that toll's other figure
                continue
            f = fact(kind, value, qual)
            frame.add(f)
            site = frame.first("target")
            if value and (site is None or site.value.cue in ("country", "province", "district")) \
                    and _PLURAL_STRIKES_SUBJECT.match(f.evidence.sentence):
                # "Des frappes russes ont tué au moins 13 personnes dans la province": a lead's total over strikes
                # told one by one after; the figure of the one site, when told, replaces it
                cur.earlier.append(f)
    if info.unclaimed:
        frame.add(fact("unclaimed", True))
    for name in info.claimed_by:
        frame.add(fact("claimed_by", name))
    if info.claim_anaphor and not info.claimed_by and not frame.get("claimed_by") and frame.first("unclaimed") is None:
        for name in _incident_group(frame):
            frame.add(fact("claimed_by", name))
    for name in info.blamed_on:
        frame.add(fact("blamed_on", name))
    for name in info.attacker:
        frame.add(fact("attacker", name))


def _open_module_patterns(namespace: dict) -> None:
    """Put this module's patterns that open on a word boundary or a look-behind behind :func:`_opened`: the
    same matches, without a long alternation tried at every position of the text."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and value.pattern.startswith((r"\b", "(?<")):
            namespace[name] = _opened(value)
    for pf in _ALL_PREFILTERED:  # (read for their needles as written: ``pattern`` stays)
        if pf.pattern.startswith((r"\b", "(?<")):
            pf.regex = _opened(pf.regex)


_open_module_patterns(globals())  # last: every module pattern is made by now
_open_module_patterns(vars(arabic))  # (the Arabic reader's and the date reader's too, loaded before this module)
_open_module_patterns(vars(_dates_module))
_open_module_patterns(vars(_casualties_module))
