"""How many were killed and how many wounded, as an English or French clause tells it.

:func:`_casualties` reads a clause's victim groups ("four U.S. service members and two Iraqi
security personnel were wounded"), the verbs and nouns that make them dead or wounded (subject of
"were killed", object of "killed", "the deaths of", "succumbed to"), tolls ("the toll rose to
12"), and the figures it must not count (earlier reports since revised, ordinals, denials, kin,
ages, subsets of a group already counted).  Arabic tolls are read in :mod:`geo_events.arabic`.

The code was the casualty part of :mod:`geo_events.extract`, moved here unchanged so that the
event reader and the casualty reader can be read apart.  It builds its patterns from
:mod:`geo_events.lexicon` and :mod:`geo_events.patterns`, and imports nothing of the extractor
(the extractor imports it, and shares its patterns through :func:`casualty_vocab`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from . import lexicon as L
from .dates import MONTHS
from .numbers import ROUND_NOUNS, parse_count
from .patterns import _COUNT_PREFIX, _NUMWORDS, _QUAL, _Gated, _c, _match_count, _opened


def casualty_vocab(lang: str) -> dict:
    """The casualty patterns of one language, made once and shared with the extractor's vocabulary.

    Parameters
    ----------
    lang : str
        "en", "fr" or "ar"; any other reads as English.

    Returns
    -------
    dict
        ``killed`` and ``injured`` (gated lexicon patterns), ``earlier_toll`` (gated, or None where the
        lexicon has none) and ``casualty`` (the :class:`_CasualtyPatterns` built on the language's victim nouns).
    """
    return _casualty_vocab(lang if lang in ("en", "fr", "ar") else "en")


@lru_cache(maxsize=None)
def _casualty_vocab(lg: str) -> dict:
    return {
        "killed": _Gated(_c(L.KILLED[lg])),
        "injured": _Gated(_c(L.INJURED[lg])),
        "casualty": _casualty_patterns(L.VICTIMS[lg]),
        "earlier_toll": _Gated(_c(L.EARLIER_TOLL[lg])) if lg in L.EARLIER_TOLL else None,
    }


_CASUALTY_JOINER = r"(?:\s+(?:de|du|des|of|from)\s+(?:[\w'’.-]+\s*?){1,3}?)?\s*,?\s*(?:and|et|as well as|ainsi que)\s+"
_CASUALTY_AUX = r"(?:\s+(?:were|was|have been|has been|had been|are|is|ont été|a été|avaient été|sont|furent|être|été))?\s*"


@dataclass(frozen=True)
class _CasualtyPatterns:
    group: re.Pattern  # a victim group at the start: "two soldiers", "au moins trois civils"
    group_any: re.Pattern  # victim groups anywhere (the chain before a verb)
    joined: re.Pattern  # "and two Iraqi personnel" after a group
    joiner: re.Pattern
    after_others: re.Pattern
    chain_tail: re.Pattern
    before_number: re.Pattern
    after_number: re.Pattern
    bare_number: re.Pattern
    definite_one: re.Pattern
    participle_object: re.Pattern
    group_extra: re.Pattern  # "(twelve children) and teenagers aged 10 to 20": more of the same group, and its ages
    one_named: re.Pattern  # "killing the driver", "blessant sa femme": one victim named by its determiner
    one_more: re.Pattern  # "(killing the driver) and a passenger", "(tuant le conducteur) et un passager": one more


def _singular_nouns(victims: str) -> str:
    """The singular nouns of a victim pattern: its top-level alternatives written as a noun and "s?"."""
    alternatives, depth, cur = [], 0, ""
    for ch in victims[3:-1]:  # inside the pattern's outer "(?:...)"
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            alternatives.append(cur)
            cur = ""
        else:
            cur += ch
    alternatives.append(cur)
    return "|".join(a[:-2] for a in alternatives if a.endswith("s?") and "(" not in a)


# relatives and the one person of a vehicle, who the victim nouns leave out: "killing a man and wounding his wife",
# "blessant sa femme", "killed its rider", "tuant le motard"
_KIN_ONE_WORDS = "wife|husband|son|daughter|father|mother|brother|sister|child|man|woman|femme|épouse|mari|fils|fille|" \
    "père|mère|frère|sœur|soeur|pilot|rider|motorcyclist|cyclist|occupant|motard|motocycliste|occupante"
# the one man a targeted strike kills, named by his rank or post rather than by a victim noun: "tuant le numéro deux
# du Hamas", "a tué le chef de la branche armée", "Le commandant X a été tué", "killing the group's commander"
_TITLE_ONE_WORDS = r"commander|chief|leader|official|spokesman|founder|commandant|chef|responsable|dirigeant|cadre|" \
    r"porte-parole|fondateur|adjoint|numéro\s+(?:un|deux|trois|1|2|3)|bras\s+droit|émir"


# the months: a date's day either side of its month's name is no victim count ("On March 12 five people were killed",
# "On 12 March five people", "le 12 mars, cinq civils")
_MONTH_WORDS = L.MONTH_NAMES
_NOT_AFTER_MONTH = "".join(r"(?<!%s )" % re.escape(m) for m in _MONTH_WORDS.split("|")
                           + [a + dot for a in L.MONTH_ABBREVIATIONS for dot in (".", "")])


def _casualty_patterns(victims: str) -> _CasualtyPatterns:
    # (no "and" among them: "a Kurdish official and his driver", "a commander and two other fighters" are two groups,
    # not one driver qualified by "Kurdish official and his")
    # (nor a month's name: "On 12 March five people were killed", "le 12 mars cinq civils": the day of a date, not
    # the group's number, stands before it)
    # (each a word, not a bare dash: "KYIV, Feb 19 - Wounded civilians", a dateline's day before its dash)
    adjectives = r"(?:(?!(?:and|et)\s)(?!(?:" + _MONTH_WORDS + r")\s)[\w’'][\w’'.-]*\s+){0,4}?"
    # "civilian contractor", "Iraqi security personnel": a victim noun may qualify the next one
    group = (_COUNT_PREFIX + adjectives + victims + r"(?:\s+(?:(?!(?:and|et|or|ou)\s)[\w’'.-]+\s+){0,2}?" + victims
             + r")?(?!\w)")
    return _CasualtyPatterns(
        group=_c(r"\s*(?:(?:only|seulement)\s+)?(?:" + L.SEVERITY + r"\s+)?" + group),
        # (behind a look-ahead on their first characters: the same matches, found ~20% sooner in a search)
        # ("On March 12 five people were killed": the day after its month's name opens no group)
        group_any=_opened(_c(r"(?<!\w)(?:(?!\d)|" + _NOT_AFTER_MONTH + r")" + group)),
        joined=_c(_CASUALTY_JOINER + group),
        joiner=_c(_CASUALTY_JOINER),
        after_others=_c(r"\s*(?:en\s+)?(?:a\s+)?" + _COUNT_PREFIX.replace("\\s+$", "") + r"(?:autres|others)"),
        chain_tail=_c(r"(?:\s+(?:du|de|des|of|from)\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,2}?|\s+d['’][\w’'.-]+(?:\s+[\w’'.-]+){0,2}?|"
                      r"(?:\s+(?:en\s+outre|par\s+ailleurs|de\s+plus|au\s+total|in\s+all|in\s+addition|(?!(?:and|et)\b)[\w’'.-]+)){0,2}?),?"
                      + _CASUALTY_AUX + r"(?:" + L.SEVERITY + r"\s*)?"),
        # ("une dizaine de blessés": a round number's noun takes "de" before the toll's noun)
        before_number=_opened(_c(r"(?<!\w)" + _COUNT_PREFIX + r"(?:(?<=aine )de\s+)?"
                                 r"(?:(?:minor|serious|light|severe|légers?|graves?)\s+)?"
                                 r"(?:(?:were|was|have been|has been|had been|are|is|ont été|a été|sont|had|have|has)\s+)?$")),
        after_number=_c(r"\s*" + _COUNT_PREFIX + r"(?:autres|others|people|personnes)"),
        # "... and wounded six.": a bare number closing the clause; or closing the first of two verbs of the toll
        # ("killed four and injured 25", "a tué trois et blessé 12": the second verb's own figure follows it)
        bare_number=_c(r"\s*(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMWORDS + r")(?=\s*(?:[.,;:)]|$)|"
                       r"\s+(?:and|et)\s+(?:(?:also|en|a|ont)\s+)?(?:injur|wound|hurt|kill|bless|tu[ée])\w*\s+"
                       r"(?:at least |more than |au moins |plus de )?\d)"),
        definite_one=_c(r"(?:^|[.,;]\s+|\b(?:mais|but|and|et|while|alors que)\s+)(?:le|la|l['’]|the)\s*(?:[\w’'-]+\s+){0,2}?"
                        + r"(?:" + victims + r"|(?:" + _TITLE_ONE_WORDS + r")(?!\w)"
                        # (a post has its group and town, and the man's name in apposition: "Le chef de la branche
                        # armée du Hamas à Tyr, X, a été tué", "Le responsable du Hezbollah Taleb Abdallah a été tué")
                        + r"(?:\s+(?:de|du|des|of)\s+[\w’'-]+|\s+d['’][\w’'-]+)?"
                        r"(?:\s+(?!(?:and|et|a|ont|avait|été|was|were|has|have|had|qui|who|ainsi)\b)[\w’'-]+){0,7}?"
                        r"(?:\s*,\s*(?-i:[A-Z])[^,.;:()«»\"]{1,40}?,)?)"
                        + r"(?:\s+(?!(?:and|et)\b)[\w’'-]+){0,2}\s+(?:a été|was|has been|had been|avait été)\s+"
                        r"(?:" + L.SEVERITY + r"\s+)?$"),
        participle_object=_c(r"\s*" + _COUNT_PREFIX + r"(?:(?:more|other|autres)\s+)?[\w’'-]*[^\W\d_]"),
        # "killing the driver", "wounding its owner", "blessant sa femme": a definite singular victim is one
        one_named=_c(r"\s*(?:the|its|his|her|le|la|l['’]|son|sa)\s*(?:[\w’'-]+\s+){0,2}?(?:" + _singular_nouns(victims) + "|"
                     + _KIN_ONE_WORDS + "|" + _TITLE_ONE_WORDS + r")(?=\s*(?:[,.;:)\"”»]|$)|\s+(?:and|et|in|at|on|near|who|inside|outside|of|as|while|"
                     r"when|dans|à|au|près|qui|de|du|lors)\b|\s+d['’])"),
        # "killing its driver and a passenger", "the driver and another man": a second victim, one by its article, joined
        # to the first named by its determiner (the first alone was counted, the second left out)
        one_more=_c(r"\s*,?\s*(?:and|et)\s+(?:a|an|one|another|un|une|un\s+autre|une\s+autre)\s+(?:[\w’'-]+\s+)?(?:"
                    + _singular_nouns(victims) + "|" + _KIN_ONE_WORDS + r")(?!\w)"),
        group_extra=_c(r"(?:\s+(?:and|et|or|ou)\s+(?:young\s+|jeunes\s+)?" + victims + r"(?!\w))?"
                       r"(?:\s*,?\s+(?:aged(?:\s+between)?|âgée?s?\s+(?:de|entre)|between the ages of)\s+\d+(?:\s*(?:to|-|–|and|à|et)\s*\d+)?"
                       r"(?:\s+(?:ans|years?(?:\s+old)?))?,?)?"),
    )


_DIED_AFTER = re.compile(r"\s+(?:(?!(?:and|et)\b)[\w'’-]+\s+){0,2}?(?:(?:a|ont|avait|avaient|has|have|had|later)\s+)?"
                         r"(?:succombé|succumbed|died|succombent|succombe|(?:sont|est)\s+(?:décédée?s?|morte?s?))\b", re.I)


# "« Plus de 40 » militaires ont été blessés", '"at least 12" people': a figure quoted from a source
_QUOTED_FIGURE = re.compile(r"[«“\"]\s*((?:(?:" + _QUAL + r")\s+)?(?:" + _NUMWORDS + r"))\s*[»”\"]", re.I)
# 'a affirmé avoir « éliminé » trois terroristes': the army's own word quoted, the verb read as if bare
_QUOTED_VERB = re.compile(r"[«“\"]\s*(éliminée?s?|éliminés|tuée?s?|tués)\s*[»”\"]", re.I)
# "23 others were being treated for injuries", "three soldiers sustained wounds", "ont subi des blessures":
# the injury a noun names, the victims the subject of the verb before it
_HURT_NOUN_BEFORE = re.compile(
    r"(?:(?:(?:were|are|was|is|had been|have been|has been|sont|étaient|ont été|avaient été|est|était|a été)\s+)?"
    r"(?:being\s+|still\s+|also\s+)?(?:treated|hospitali[sz]ed|admitted|soignée?s?|traitée?s?|hospitalisée?s?|pris en charge)"
    r"(?:\s+(?:in|at|to|à|dans)\s+(?:a\s+|the\s+|l['’]|un\s+)?(?:hospitals?|clinics?|hôpitaux|hôpital|clinique)s?)?\s+(?:for|pour)"
    r"|(?:(?:have|has|had|ont|a|avaient|avait)\s+)?(?:suffered|sustained|received|subi|souffert\s+d[e'’]|reçu)"
    r"|(?:suffering|sustaining|souffr(?:ent|ait|aient|e)\s+d[e'’]))"
    r"\s*(?:(?:des|de|leurs|ses|their|his|her|the|minor|light|serious|severe|multiple|shrapnel|blast|critical|moderate|"
    r"various|graves?|légères?|multiples)\s+){0,3}$", re.I)
_HURT_NOUN_WORDS = ("treat", "hospital", "admitted", "suffer", "sustain", "receiv", "subi", "souff", "soign", "trait", "reçu",
                    "pris en charge")
_TREATED_ACTIVE = re.compile(r"\b(?:treated|treating|(?:a|ont|avaient|avait)\s+soigné)\s+(?P<obj>[^.;:,]{1,50}?)\s+(?:for|pour)"
                             r"\s+(?:(?:des|de|light|minor|serious|severe|moderate|shrapnel|blast|multiple|légères?|graves?)\s+){0,3}$",
                             re.I)
# "died of his wounds", "a succombé à ses blessures": a death, not a wounded person
_DIED_OF_BEFORE = re.compile(r"\b(?:died|dying|dies|succumbed|succombée?s?|mort|morte?s?|décédée?s?)\s+(?:later\s+)?(?:of|from|to|à|de|des suites de)"
                             r"\s+(?:(?:his|her|their|ses|leurs|sa|son)\s+)?$", re.I)
# "the deaths of four fighters", "the killing of two guards", "la mort de trois soldats": the dead the noun names
_DEATH_NOUN = ("deaths", "death", "killing", "killings", "mort", "décès", "élimination", "éliminations", "assassinat",
               "assassinats")
_DEATH_NOUN_PEOPLE_ONLY = ("élimination", "éliminations", "assassinat", "assassinats")  # (their object may be a thing)
_DEATH_NOUN_OF = re.compile(r"\s+(?:of|de|d['’]|des)\s*(?=\w)", re.I)
# "was killed on Monday along with three others", "a été tué avec six autres personnes": one more than the others
# ("was killed in an Israeli drone strike in the southern suburb of Beirut on Tuesday, along with six other people": set
# off by a comma, the others join the subject however far the clause has run, with no "and" or other toll between)
_WITH_OTHERS = re.compile(r"(?:(?:\s+(?!(?:and|et)\b)[\w’'-]+){0,5}?,?|(?:(?!\b(?:and|et|killed|killing|wounded|wounding|"
                          r"injured|injuring|tuée?s?|tués|blessée?s?|blessés)\b)[^.;:]){0,160}?,)\s+(?:along with|together with|alongside|with|avec|aux côtés de|"
                          r"ainsi que)\s+(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMWORDS + r")\s+(?:other|others|autres)\b", re.I)
_SINGULAR_AUX = re.compile(r"\b(?:was|has been|had been|a été|avait été|est|fut)\s+(?:\w+ly\s+|\w+ment\s+)?$", re.I)
# "a tué dimanche trois soldats", "avait tué le 4 janvier à Bagdad un commandant": a time or a place between the
# verb and its object
_ADVERBIAL_AFTER = re.compile(
    r"(?:\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|on\s+(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday))(?:\s+(?:soir|matin|midi|après-midi|night|morning|evening|afternoon))?"
    r"|(?:le|ce)\s+\d{1,2}(?:er)?(?:\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))?"
    # "a tué la veille deux membres", "a tué dans la nuit de samedi à dimanche trois civils": the day before, the night
    r"|la\s+veille|l['’]avant-veille|cette\s+nuit|dans\s+la\s+nuit(?:\s+de\s+\w+\s+à\s+\w+)?|overnight"
    r"|(?:à|au|en|in)\s+[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+)?)\s*,?)+(?=\s)")
# "... un commandant de X, un autre groupe armé, et l'un de ses compagnons": one of the victim's own people too
_ONE_OF_HIS = re.compile(r"[^.;:()]{0,80}?,?\s+(?:and|et)\s+(?P<num>l['’]une?|one|two|three|deux|trois)\s+(?:of|de|d['’])\s*"
                         r"(?:his|her|their|its|ses|leurs)\s+[\w’'-]+", re.I)
# (the perfect infinitive after a verb of saying too: "l'armée a annoncé avoir tué un commandant", "affirme avoir
# blessé deux soldats": the speaker's own act, with its object)
_FR_PERFECT_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient|avoir)\s+$")
_AGE_BEFORE = re.compile(r"\b(?:aged|ages|âgée?s?\s+de|between)\s+\d+\s*(?:to|-|–|and|à|et)\s*$", re.I)
# "A previous attack on the base on January 20 injured several US personnel": the number before the verb is the day
# of a date whose month precedes it, not a toll
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(sorted((re.escape(w) for w in MONTHS if w.isascii()), key=len, reverse=True))
                           + r")\.?\s+$", re.I)


def _active_verb(kw: re.Match, word: str, before: str) -> bool:
    """Whether the casualty word is an active verb with an object ("killing", "a tué"; "avait | tué": the auxiliary
    stands before the word the lexicon matched)."""
    return bool(_ACTIVE_VERB.search(kw.group(0))
                or (word in ("tué", "blessé", "éliminé") and _FR_PERFECT_BEFORE.search(before[-10:])))


# A toll told in the pluperfect of a report: "authorities had reported at least nine dead", "Initial reports had put
# the toll at three dead", "les autorités avaient fait état de neuf morts", "un premier décompte avait donné six
# tués": figures the article has since replaced (not "had killed": a verb of reporting; and not "Earlier reports
# said two were killed", a second toll nobody revised)
_EARLIER_REPORT = {
    "en": re.compile(r"\b(?:had\s+(?:initially\s+|earlier\s+|first\s+|previously\s+)?(?:put|given|reported|announced|cited|"
                     r"counted|said|stated|spoken of|tallied)\b(?!\s+(?:that\s+)?(?:it|they|he|she)\b))", re.I),
    "fr": re.compile(r"\b(?:avai(?:en)?t\s+(?:d['’]abord\s+|initialement\s+|auparavant\s+)?(?:fait\s+état|annoncé|évoqué|"
                     r"rapporté|signalé|donné|indiqué|recensé|compté|dénombré))\b", re.I),
}


def _earlier_report(text: str, lang: str) -> bool:
    """Whether a clause tells its toll as an earlier report (see ``_EARLIER_REPORT``); cheap word test first."""
    pat = _EARLIER_REPORT.get(lang)
    if pat is None:
        return False
    low = text.lower()
    if ("had " if lang == "en" else "avai") not in low:
        return False  # (the pluperfect is what marks the figure as older than the story's present)
    return pat.search(text) is not None


def _told_before_earlier(text: str, v: dict, found: Optional[frozenset]) -> bool:
    """Whether the clause tells its figure before the words of a first toll: "Nine civilians died and 30 were hurt,
    said the monitor, which had initially reported seven dead" gives the current toll, the first one only after it."""
    first = v["earlier_toll"].search(text, found) \
        or next((m for pat in _EARLIER_REPORT.values() if (m := pat.search(text)) is not None), None)
    if first is None:
        return False
    words = [m.start() for m in (v["killed"].search(text, found), v["injured"].search(text, found)) if m is not None]
    return bool(words) and min(words) < first.start()


# (so are the plural round numbers: "wounding dozens", "des dizaines de blessés", "hundreds were hurt" give a scale, not a
# toll, and annotators leave them null; "a dozen", "une dizaine" are read as about 12, about 10)
SCALE_WORDS = r"(?:dozens|scores|hundreds|(?:des|plusieurs)\s+(?:dizaines|centaines))"  # (extract's vague toll too)
_SEVERAL = re.compile(r"\b(?:several|plusieurs|" + SCALE_WORDS + r")\b", re.I)
# nouns of an attack, not of a victim ("and another strike wounded ...")
_ATTACK_NOUNS = (r"(?:attacks?|attaques?|strikes?|frappes?|drones?|rockets?|roquettes?|missiles?|rounds?|salvos?|salves?|"
                 r"shells?|obus|bombs?|bombes?|raids?|explosions?|blasts?|tirs?|times?|fois)\b")
# "... and another (soldier) (was) wounded", "et un autre (a été) blessé": a second victim after the first one told
_ANOTHER_ONE = re.compile(r"\b(?:and|et)\s+(?:another|one other|un autre|une autre)(?:\s+(?!was\b|a\b)[\w'’-]+)?\s+"
                          r"(?:(?:was|has been|had been|a été|avait été)\s+)?(?:(?:" + L.SEVERITY + r")\s+)?$", re.I)
# the same second victim opening a clause of its own ("One soldier was killed and another was wounded" is split before
# "another"), and a relative after the first victim ("and his driver wounded", "et son passager grièvement blessé"):
# a singular possessive and one noun, the auxiliary left out as after "another"
_OTHER_ONE_OPENS = re.compile(r"\s*(?:another|one other|un autre|une autre)(?:\s+(?!was\b|a\b)(?!" + _ATTACK_NOUNS + r")"
                              r"[\w'’-]+)?\s+(?:(?:was|has been|had been|a été|avait été)\s+)?(?:(?:" + L.SEVERITY
                              + r")\s+)?$", re.I)
_KIN_ONE = re.compile(r"\b(?:and|et)\s+(?!\w+\s+" + _ATTACK_NOUNS + r")"
                      r"(?:(?:son|sa)\s+[^\W\d_][\w'’-]*|(?:his|her)\s+[^\W\d_][\w'’-]*[^\W\d_s])\s+"
                      r"(?:(?:was|has been|had been|a été|avait été)\s+)?(?:(?:" + L.SEVERITY + r")\s+)?$", re.I)


# "L'attaque a fait cinq victimes", "une frappe faisant dix victimes": in French copy the victims an attack "makes" are
# its dead (AFP writes "a fait N morts" and, varying the word, "N victimes"); read as "morts" of the same length so
# offsets hold. Not where the sentence breaks them down ("a fait dix victimes, dont trois morts et sept blessés"):
# then they are all the casualties, and the figures of the breakdown are read as they are.
_VICTIMS_MADE = re.compile(r"\b(?:(?:a|ont|avait|avaient|aurait|auraient|aura|auront)\s+(?:\w+\s+)?(?:fait|causé|provoqué)|"
                           r"faisant|causant|provoquant|(?:a|ont)\s+été\s+(?:fait|causé)e?s?)\s+"
                           r"(?P<num>(?:au\s+moins\s+|plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+)?[\w-]+)\s+"
                           r"(?P<noun>victimes)\b(?!\s+(?:potentielles|collatérales|de\s+(?:la|l['’]))\b)", re.I)
_VICTIMS_BROKEN_DOWN = re.compile(r"\b(?:morts?|tuée?s?|tués|blessée?s?|blessés|décès)\b", re.I)


def _victims_as_dead(text: str) -> str:
    """``text`` with the victims an attack "made" written as dead (see :data:`_VICTIMS_MADE`)."""
    if not _VICTIMS_MADE.search(text) or _VICTIMS_BROKEN_DOWN.search(text):
        return text
    return _VICTIMS_MADE.sub(lambda m: m.group(0)[:m.start("noun") - m.start()] + "morts   ", text)


# One figure for the killed and the wounded together: "killed or wounded 15 people", "killing or injuring 15", "15
# people were killed or wounded", "fait 15 morts ou blessés", "tué ou blessé 15 personnes" -- a count of casualties
# that tells neither toll (annotators leave both null; the Arabic "مقتل وإصابة 15" is arabic._COMBINED). Each word of
# the pair is passed over, the one before "or" (_EITHER_AFTER) and the one after it (_EITHER_BEFORE).
_EITHER_WORDS = r"(?:kill|wound|injur|hurt|dead|tu[ée]|mort|bless)"
_EITHER_AFTER = re.compile(r"\s+(?:or|ou)\s+(?:(?:were|was|été)\s+)?" + _EITHER_WORDS + r"\w*", re.I)
_EITHER_BEFORE = re.compile(r"\b" + _EITHER_WORDS + r"\w*\s+(?:or|ou)\s+$", re.I)


# A speaker telling its own kills: "the army said it had killed five militants", "claimed to have killed three
# fighters", "l'armée a dit avoir tué dix combattants", "affirme avoir éliminé deux terroristes"
_OWN_KILLS = re.compile(
    r"\b(?:(?:said|says|claimed|claims|announced|announces|stated|added|reported)\s+(?:that\s+)?"
    r"(?:it|they|we|(?:its|their|our)\s+(?:[\w-]+\s+)?(?:forces|troops|soldiers|jets|aircraft|units|fighters|drones))\s+"
    r"(?:had\s+|has\s+|have\s+)?|claim(?:ed|s)?\s+to\s+have\s+)(?:killed|eliminated|neutrali[sz]ed|taken\s+out)|"
    r"\b(?:dit|dire|disent|affirmée?|affirment|affirme|déclarée?|déclare|annoncée?|annonce|indiquée?|indique|assurée?|"
    r"assure|revendiquée?|revendique)\s+avoir\s+(?:tué|éliminé|neutralisé|abattu)", re.I)
_OWN_KILLS_OBJECT = re.compile(r"\s+(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMWORDS + r")(?!\w)", re.I)


def own_kills(text: str, lang: str) -> frozenset:
    """The figures a speaker gives of the people it killed itself, a claimant's toll rather than an observer's.

    "... killed 15 people, medics said, while the army said it had killed five militants" gives {5}; "tandis que
    l'armée a dit avoir tué dix combattants" gives {10}. Arabic is read by :func:`geo_events.arabic.own_kills`.
    """
    out = set()
    for m in _OWN_KILLS.finditer(text):
        obj = _OWN_KILLS_OBJECT.match(text, m.end())
        c = _match_count(obj, lang) if obj is not None and obj.group("num").lower() not in _ARTICLES else None
        if c is not None and c.value:
            out.add(c.value)
    return frozenset(out)


# "five to seven dead", "cinq à sept morts": the top of a range stands before the toll's noun (not "rose from five
# to seven", "passé de cinq à sept": a figure that changed)
_RANGE_TOP_BEFORE = re.compile(r"(?<![\w'’-])(?<!from )(?<!de )(?<!d['’])(?P<lo>" + _NUMWORDS + r")\s*(?:to|à|-|–)\s*$", re.I)


def _range_low(before: str, num_start: int, lang: str) -> Optional[int]:
    """The low end of a range whose top is the number at ``num_start``, or None.

    "The strike left five to seven dead", "une frappe a fait cinq à sept morts": the low bound is the figure kept,
    as for "between five and seven" (Arabic: "خمسة إلى سبعة أشخاص", :data:`geo_events.arabic._RANGE`).
    """
    m = _RANGE_TOP_BEFORE.search(before, max(0, num_start - 40), num_start)
    if m is None or m.group("lo").lower() in _ARTICLES:
        return None
    c = parse_count(m.group("lo"), lang)
    return c.value if c is not None else None


def _casualties(text: str, lang: str, which: str, found: Optional[frozenset] = None) -> list[tuple]:
    """Numbers of killed or injured a clause states: [(value, qualifier)].

    Categories joined by "and"/"et" add up: "four U.S. service members and two Iraqi security
    personnel were wounded" is 6 wounded (the qualifier of the first group is kept).
    """
    v = casualty_vocab(lang)
    P: _CasualtyPatterns = v["casualty"]
    out = []
    if lang == "fr" and which == "killed" and "victimes" in text:
        told = _victims_as_dead(text)
        if told is not text:
            text, found = told, None  # (the prefilter's words were those of the text as written)
    other_source = False  # a second source's figure follows the first one told
    if "several" in text or "plusieurs" in text or "Several" in text or "Plusieurs" in text or "ozens" in text \
            or "aines" in text or "undreds" in text or "cores" in text:
        # "wounding several others", "plusieurs blessés": no figure stated (annotators leave it null); the word is
        # masked to a non-number of the same length so that no pattern reads it as 3 (offsets stay the same)
        text = _SEVERAL.sub(lambda m: "q" * len(m.group(0)), text)
    if ("«" in text or '"' in text or "“" in text) and v[which].search(text, found):
        text = _QUOTED_VERB.sub(r"\1", _QUOTED_FIGURE.sub(r"\1", text))
    for kw in v[which].finditer(text, found):
        before = text[max(0, kw.start() - 200):kw.start()]
        after = text[kw.end():kw.end() + 160]
        if which == "injured" and _DIED_AFTER.match(after):
            continue  # "un soldat grièvement blessé a succombé": a death told, not a wounded person
        word = kw.group(0).lower()
        if ("or " in after[:5] or "ou " in after[:5] or " or" in before[-5:] or " ou" in before[-5:]) \
                and (_EITHER_AFTER.match(after) or _EITHER_BEFORE.search(before, max(0, len(before) - 40))):
            continue  # "killed or wounded 15 people", "15 morts ou blessés": one figure for both, neither known
        if word in ("wounds", "injuries", "blessures") and _DIED_OF_BEFORE.search(before, max(0, len(before) - 60)):
            continue  # "died of his wounds": a death told
        found = None
        if ("etween" in before[-120:] or "ntre" in before[-120:] or "etween" in after[:20] or "ntre" in after[:20]):
            span = _TOLL_RANGE_BEFORE.search(before) or _TOLL_RANGE_AFTER.match(after)
            lo, hi = (parse_count(span.group(k), lang) for k in ("lo", "hi")) if span else (None, None)
            if lo is not None and hi is not None and 0 <= lo.value < hi.value < 100000:
                # "between 5 and 7 people were killed", "entre cinq et sept morts": both ends kept (the reconciler
                # takes the low one as best, the high one as the top of the span)
                out.extend([(lo.value, None), (hi.value, None)])
                break
        if found is None and kw.group(0).lower() in _LISTED_TOLL_WORDS and _LISTED_TOLL_HEAD.search(before[-12:]):
            # "The dead were two women and a child", "Les morts sont deux enseignants": the toll's noun heads the
            # list of its victims (see _LISTED_TOLL_HEAD)
            copula = _LISTED_TOLL_VERB.match(after)
            g = P.group.match(after, copula.end()) if copula else None
            if g is not None:
                found = _sum_groups(after, g, P, lang, forward=True)
            if copula is not None:
                # the victims are whatever the list names ("a driver and three schoolteachers"): its grammar counts
                # them, whatever their trade, where the victim lexicon stops at the nouns it knows
                n = _listed_victims(after[copula.end():], lang)
                if n is not None and (found is None or n > found[0]):
                    found = (n, None)
        toll = False
        tail = before[-80:]
        low = tail.lower()
        if (any(map(low.__contains__, _TOLL_WORDS)) and _TOLL_HEAD_BEFORE.search(tail)) or _TOLL_HEAD_AFTER.match(after):
            # "the number of troops injured in the strike rose to 34", "the death toll from the attack rose to 89",
            # "le nombre de blessés s'élève à 12": the word names a toll whose figure follows its verb
            found = _toll_figure(text[kw.end():kw.end() + 240], lang)
            toll = True
            if found is not None and found[1] is None and ("later" in low or "now" in low or "since" in low
                                                           or "subsequently" in low) and _LATER_PUT.search(tail):
                found = (found[0], "revised")  # "officials later put the death toll at nine": the toll as revised
        if found is None and word in _DEATH_NOUN:
            of = _DEATH_NOUN_OF.match(after)
            if of:
                g = P.group.match(after, of.end())
                found = _sum_groups(after, g, P, lang, forward=True) if g else _verb_object(after[of.end():], lang)
                if found is not None and word in _DEATH_NOUN_PEOPLE_ONLY:
                    obj = _VERB_OBJECT.match(after, of.end())
                    if obj is None or not _ELIMINATED_PEOPLE.fullmatch(obj.group("noun")):
                        found = None  # "l'élimination de deux lance-roquettes", "de la menace": no one killed
        # "avait tué un officier": the auxiliary stands before the word the lexicon matched
        adv = _ADVERBIAL_AFTER.match(after) if found is None else None
        if adv and (_active_verb(kw, word, before) or _PARTICIPLE.search(kw.group(0))) and not _PASSIVE_BEFORE.search(before):
            after = after[adv.end():]  # "a tué dimanche trois soldats": the object after the time or place
        # after the verb: "killing two soldiers", "blessant trois militaires ... et deux soldats irakiens"
        m2 = P.group.match(after) if found is None else None
        if m2 and m2.group("num").lower() in _ARTICLES and _ARTICLE_NOT_ONE.search(m2.group(0), m2.end("num")):
            # "killed an estimated 20 people", "a total of 12 soldiers": the article opens a phrase whose number
            # comes after it; "a number of villagers" tells none
            m2 = _inner_group(after, m2, P)
        if m2:
            found = _sum_groups(after, m2, P, lang, forward=True)
        if found is None and _PARTICIPLE.search(kw.group(0)):
            m2 = P.participle_object.match(after)
            if m2 and m2.group("num").lower() not in ("a", "an", "un", "une") \
                    and not _NOT_VICTIM.fullmatch(m2.group(0).split()[-1]):  # "killing two cows": not people
                c = _match_count(m2, lang)
                found = (c.value, c.qualifier) if c else None
        object_told = False  # the victims are the object after an active verb ("said it killed a commander")
        if found is None and _active_verb(kw, word, before) and not _PASSIVE_BEFORE.search(before):
            found = _verb_object(after, lang)
            object_told = found is not None
            if found is not None and word.startswith(("élimin", "elimin")):
                obj = _VERB_OBJECT.match(after)
                if obj is None or not _ELIMINATED_PEOPLE.fullmatch(obj.group("noun")):
                    found = None  # "a éliminé deux lance-roquettes": things destroyed, not people killed
            if found is None and (one := P.one_named.match(after)):
                # ("killing the driver and his son", "killing its driver and a passenger": the one, and one more)
                found = (1 + (_kin_after(after, one.end(), lang) or (1 if P.one_more.match(after, one.end()) else 0)),
                         None)
            if found is None and (after[:3].strip()[:1].isupper() or _TITLED.match(after)):
                named = _NAMED_OBJECT.match(after, _TITLED.match(after).end() if _TITLED.match(after) else 0)
                if named is not None:
                    # "la frappe qui a tué Saleh al-Arouri": one man named as the object; "a tué le député Ahmed
                    # Khan et six autres personnes", "killed lawmaker X and six others": the others with him
                    more = _AND_OTHERS.match(after, named.end())
                    c = _match_count(more, lang) if more and more.group("num").lower() not in _ARTICLES else None
                    found = (1 + c.value, c.qualifier) if c is not None else (1, None)
        if found is None and _ORDINAL_ONE.match(after):
            found = (1, None)  # "killing two guards and wounding a third", "et en blessant un troisième": one more
        if found is None and after[:10].lstrip().lower().startswith("another"):
            more = _ANOTHER_N.match(after)  # "wounding another 12 people", "killing another three": that many more
            c = parse_count(more.group("num").replace("dozen", "a dozen"), lang) if more else None
            found = (c.value, c.qualifier) if c else None
        if found is None:
            m2 = P.after_others.match(after)
            if m2:
                c = _match_count(m2, lang)
                found = (c.value, c.qualifier) if c else None
        if found is None and word in ("wounds", "injuries", "blessures") \
                and any(map(before[-70:].__contains__, _HURT_NOUN_WORDS)):  # a cheap look before the full pattern
            hurt = _HURT_NOUN_BEFORE.search(before, max(0, len(before) - 110))
            if hurt:
                sub = before[:hurt.start()].rstrip()
                chain = list(P.group_any.finditer(sub))
                if chain and chain[-1].group("num").lower() in _ARTICLES:
                    g = chain[-1]  # "a spokesman said five workers sustained injuries": the group the article opens
                    if _ARTICLE_NOT_ONE.search(g.group(0), g.end("num") - g.start()) or _SPOKEN_THAT.search(g.group(0)):
                        chain[-1] = _inner_group(sub, g, P) or g
                if chain and chain[-1].end() == len(sub):
                    found = _sum_groups(sub, chain[-1], P, lang, forward=False, chain=chain)
                if found is None:
                    # "four had died and eleven were being treated for wounds": the subject before the phrase of the
                    # wound is read as before any passive verb (below), a bare figure included
                    before = sub + (" were " if lang == "en" else " sont ")
            if found is None and ("treat" in before[-90:] or "soign" in before[-90:]):
                # "paramedics treated a man in his 50s for shrapnel wounds", "ont soigné deux personnes pour des
                # blessures": the object of the active verb is the wounded (not "treated for shock": no wound word)
                active = _TREATED_ACTIVE.search(before, max(0, len(before) - 90))
                g = P.group.match(active.group("obj")) if active else None
                if g is not None:
                    c = _match_count(g, lang)
                    found = (c.value, c.qualifier) if c else None
        if found is None and (" and " in before[-70:] or " et " in before[-70:]):
            found = _kin_subject(before, P, lang)  # "A mother and her two children were killed": three
        if found is None:
            # before the verb: "... four U.S. service members and two Iraqi personnel were wounded"
            chain = list(P.group_any.finditer(before))
            for k, g in enumerate(chain):
                if g.group("num").lower() in _ARTICLES and (_ARTICLE_NOT_ONE.search(g.group(0), g.end("num") - g.start())
                                                            or _SPOKEN_THAT.search(g.group(0))):
                    # "a U.S. official said eight people suffered ...", "l'OSDH a affirmé que neuf combattants": an
                    # article (or French "a") opens words that hold the real group
                    inner = _inner_group(before, g, P)
                    if inner is None and _VAGUE_ARTICLE.match(g.group(0), g.end("num") - g.start()):
                        chain = chain[:k]  # "A number of farmers were hurt": no figure told, not one
                        break
                    chain[k] = inner or g
            for k in range(len(chain) - 1, -1, -1):
                # "a woman and her two children were killed": the relatives close the subject
                kin = _KIN_AFTER.match(before, chain[k].end())
                if kin and P.chain_tail.fullmatch(before, kin.end()):
                    base = _sum_groups(before, chain[k], P, lang, forward=False, chain=chain[:k + 1])
                    if base is not None:
                        found = (base[0] + _kin_after(before, chain[k].end(), lang), base[1])
                    break
            if found is None and len(chain) > 1 and P.chain_tail.fullmatch(before, chain[-1].end()):
                # "ten civilians, including two children, were killed": the children are among the ten; so are
                # all the groups the subset joins ("Sept personnes, dont trois enfants et deux femmes, ont été tuées")
                k = len(chain) - 1
                while k > 1 and P.joiner.fullmatch(before, chain[k - 1].end(), chain[k].start()):
                    k -= 1
                if _SUBSET_GAP.fullmatch(before, chain[k - 1].end(), chain[k].start()):
                    del chain[k:]
                    found = _sum_groups(before, chain[-1], P, lang, forward=False, chain=chain)
            if found is None and chain and P.chain_tail.fullmatch(before, chain[-1].end()):
                found = _sum_groups(before, chain[-1], P, lang, forward=False, chain=chain)
            if found is None and chain:
                # "Twelve children and teenagers aged 10 to 20 were killed": a bare noun and the ages close the group
                ext = P.group_extra.match(before, chain[-1].end())
                if ext.end() > chain[-1].end() and P.chain_tail.fullmatch(before, ext.end()):
                    found = _sum_groups(before, chain[-1], P, lang, forward=False, chain=chain)
            # ("un homme de 58 ans, qui ..., y a été tué", "a man aged 58, who ..., was killed": the age first)
            aged = _AGE_AFTER.match(before, chain[-1].end()) if chain else None
            close = aged.end() if aged else chain[-1].end() if chain else 0
            if found is None and chain and before[close:close + 2].lstrip().startswith(",") \
                    and len(before) - close < 100:
                # "Six other reporters, from two agencies, a TV crew and a driver, were wounded": an aside (commas
                # and all) between the victims and their verb; the verb resumes after its last comma
                last = before.rfind(",", close)
                if last > close + 1 and P.chain_tail.fullmatch(before, last + 1) \
                        and not P.group_any.search(before, close + 1, last):
                    found = _sum_groups(before, chain[-1], P, lang, forward=False, chain=chain)
            if found is None and chain:
                # "Fifteen people, among them civilians, were killed": a subset told without a number sits
                # between the victims and the verb
                aside = _SUBSET_ASIDE.match(before, chain[-1].end())
                if aside and P.chain_tail.fullmatch(before, aside.end()):
                    found = _sum_groups(before, chain[-1], P, lang, forward=False, chain=chain)
        if found is None:
            # "22 dead", "more than 40 were injured", "two minor injuries"
            m3 = P.before_number.search(before)
            if m3 and _THOUSANDS_CUT.search(before, 0, m3.start("num")):
                m3 = None  # "377 000 morts": the last group of a large number, not a toll of zero
            if m3 and ("age" in before or "âgé" in before or "between" in before) \
                    and _AGE_BEFORE.search(before[:m3.start("num")]):
                m3 = None  # "aged 10 to 20 were killed": the top of an age range, not a toll
            if m3 and _MONTH_BEFORE.search(before, max(0, m3.start("num") - 12), m3.start("num")):
                m3 = None  # "on January 20 injured several": a day of the month, not a toll
            if m3:
                c = _match_count(m3, lang)
                found = (c.value, c.qualifier) if c else None
                low = _range_low(before, m3.start("num"), lang) if found is not None and not m3.group("qual") else None
                if low is not None and low < found[0]:
                    found = (low, None)
        if found is None and ("was" in before[-25:] or "were" in before[-25:] or "been" in before[-25:]
                              or "été" in before[-25:]) and any(c.isdigit() for c in before[-40:]):
            # "Omar Saleh, 24, and Ziad Nasser, 31, were killed", "Karim Aziz, 40, was wounded": victims named one
            # by one with their ages
            named = _NAMED_AGES.search(before)
            if named:
                found = (len(_NAMED_AGE.findall(named.group("list"))), None)
        if found is None:
            # "le chauffeur irakien a été légèrement blessé", "the driver was wounded": one named in the singular
            tail30 = before[-30:]
            m6 = P.definite_one.search(before) if ("été" in tail30 or "was" in tail30 or "been" in tail30) else None
            if m6:
                found = (1, None)
        if found is None and _SUBJECT_VERB.fullmatch(kw.group(0)) \
                and (_AUX_END.get(lang, _AUX_END["en"]).search(before[-40:]) or kw.group(0).lower().endswith(("died", "perished", "péri", "succumbed", "succombé", "succombés", "succombent", "succombe"))):  # a cheap look before the full one
            found = _verb_subject(text[max(0, kw.start() - 300):kw.start()], lang)
        if found is None and ("other" in before[-30:] or "autre" in before[-30:]) and _ANOTHER_ONE.search(before[-40:]):
            found = (1, None)  # "one man was killed and another injured", "un soldat tué et un autre blessé": one more
        if found is None and kw.start() < 40 and ("other" in before or "autre" in before) \
                and _OTHER_ONE_OPENS.match(before):
            found = (1, None)
        if found is None and (" his " in before[-40:] or " her " in before[-40:] or " son " in before[-40:]
                              or " sa " in before[-40:]) and _KIN_ONE.search(before[-40:]):
            found = (1, None)
        if found is None and which == "injured":
            # "en a blessé au moins huit autres": the qualifier sits between verb and number
            m4 = P.after_number.match(after)
            if m4:
                c = _match_count(m4, lang)
                found = (c.value, c.qualifier) if c else None
        if found is None:
            m5 = P.bare_number.match(after)
            if m5 and m5.group("num").lower() not in ("a", "an", "un", "une"):
                c = _match_count(m5, lang)
                found = (c.value, c.qualifier) if c else None
        if not toll and ("with" in after or "avec" in after or "ainsi" in after or "aux côtés" in after):
            w = _WITH_OTHERS.match(after)
            if w and w.group("num").lower() not in _ARTICLES:
                c = _match_count(w, lang)
                if c is not None and found is None and _SINGULAR_AUX.search(before):
                    found = (1 + c.value, c.qualifier)  # "X was killed with six others": seven
                elif c is not None and found is not None:
                    found = (found[0] + c.value, found[1])
        if found is not None and ("two" in after or "both" in after or "deux" in after or "trois" in after
                                  or "three" in after) and _SEVERAL_INCIDENTS.match(after):
            found = (found[0], "pooled")  # "eight fighters killed in the two raids": a total over several incidents
        if found is not None and lang == "en" and ("attacks" in after or "strikes" in after or "raids" in after) \
                and _IN_PLURAL_ATTACKS.match(after) and _PERFECT_TALLY.search(before, max(0, len(before) - 80)):
            # "around 56 personnel have suffered injuries in the attacks", "12 soldiers have been killed in these
            # strikes": a present-perfect tally over a series of attacks is no one incident's toll
            found = (found[0], "pooled")
        if found is not None and any(map(after.__contains__, _LATER_WORDS)):
            later = _LATER_FIGURE.match(after)
            if later and later.group("num").lower() not in _ARTICLES:
                c = _match_count(later, lang)
                if c is not None:
                    found = (c.value, "revised")  # "14 morts, avant de passer à 20": the figure it rose to
        if found is not None and found[0] == 1 and not object_told \
                and ((_SPEAKER_BEFORE.search(before) and not _PREDICATE_END.search(before)) or _SPEAKER_AFTER.match(after)):
            # "a raconté à l'AFP un blessé", "a wounded man told Reuters": a witness quoted, not the toll (not "the
            # army said it killed a commander", "said a strike killed a commander": the object of the verb is the toll)
            continue
        if found is not None and found[1] is None and found[0] and ("à" in before[-60:] or "to" in before[-60:]) \
                and _RISEN_TO_BEFORE.search(before, max(0, len(before) - 60)):
            # "le bilan ... s'est alourdi à un mort et huit blessés", "the toll ... rose to three dead and 12
            # wounded": figures a toll rose to, however far its head ("the toll of ...") stands
            found = (found[0], "revised")
        if found is not None and which == "killed" and found[1] is None and found[0] \
                and (("ccomb" in word or "ccumb" in word) or (word in ("died", "décédés", "décédé", "décédée", "décédées", "mort", "morte", "morts")
                                                             and (_OF_WOUNDS_AFTER.match(after)
                                                                  or _OF_THE_WOUNDED.search(before[-60:])))):
            # "two of the wounded succumbed to their injuries": deaths among wounded told before; the frame adds
            # them to its first toll, or counts them among the dead it already holds (see _succumbed)
            found = (found[0], "succumbed")
        if found is not None and which == "killed" and found[1] in (None, "succumbed") and found[0] \
                and ("other" in before[-40:] or "more" in before[-40:] or "autre" in before[-40:]
                     or "further" in before[-40:] or "additional" in before[-40:] or "supplémentaire" in before[-40:]) \
                and _MORE_DIED.search(before[-60:]) and _DIED_LATER.match(word + after):
            # "Two others died of their wounds", "Two more people later died in hospital", "Deux autres sont mortes
            # de leurs blessures": deaths told as more than the toll already given; the frame adds them to it
            found = (found[0], "more_succumbed")
        if found is not None and which == "killed" and found[1] in ("succumbed", "more_succumbed") \
                and ("toll" in after or "bilan" in after or "number" in after or "nombre" in after):
            brought = _BROUGHT_TOLL_TO.search(after, 0, 200)
            c = parse_count(brought.group("num"), lang) if brought else None
            if c is not None and found[0] < c.value < 100000:
                # "Two more people died of their wounds, bringing the death toll to seven", "deux blessés ont
                # succombé, portant le bilan à neuf morts": the clause gives the whole toll the deaths raise it
                # to, which is the incident's toll as revised (the later deaths alone are only its increment)
                found = (c.value, "revised")
        if found is not None and found[1] in (None, "at least") and which == "injured" \
                and _SEVERITY_WORD.search(before[-30:] + " " + after[:14]):
            # "three seriously wounded and seven lightly wounded", "quatre légèrement blessés et deux autres
            # grièvement": the wounded told in two grades of severity add up
            split = _SEVERITY_SPLIT.match(after) or _SEVERITY_OTHERS.match(after)
            c = parse_count(split.group("num"), lang) if split else None
            if c is not None and c.value < 100000:
                found = (found[0] + c.value, found[1])
        if found is not None and found[1] in (None, "at least") and word[:1] in "mbkwiMBKWI":
            share = _SHARE_SPLIT.match(after)
            c = parse_count(share.group("num"), lang) if share else None
            if c is not None and c.value < 100000:
                # "a fait 15 morts parmi les soldats et 7 parmi les civils", "4 morts dans les rangs de l'armée et 9
                # parmi la population civile": one toll told by the groups it fell on, the noun left out of the
                # second share; the shares add up
                found = (found[0] + c.value, found[1])
        if found is not None and found[0] < 100000:
            if out and other_source:
                # "tuant 12 personnes selon le ministère, tandis qu'un observatoire fait état de 15 morts": two
                # sources that disagree; both kept (the reconciler spans them)
                if found[0] != out[0][0]:
                    out.append(found)
                break
            if out:
                # "le bilan, d'abord de 14 morts, est passé à 20 tués": the figure told after the first one
                out[0] = (found[0], "revised")
                break
            out.append(found)
            if ("selon" in after or "according" in after or "après" in after) and found[1] in (None, "at least"):
                gap = _GAPPED_SOURCE.match(after)
                c = parse_count(((gap.group("qual") or "") + " " + gap.group("num")).strip(), lang) if gap else None
                if c is not None and c.value != found[0] and c.value < 100000:
                    # "Trois personnes ont été tuées selon la police, cinq selon une source hospitalière", "four
                    # killed, according to the ministry, and six according to local media": a second source's figure
                    # with the verb left out; both kept (the reconciler spans them)
                    out.append((c.value, c.qualifier))
                    break
            other_source = ("while" in text or "whereas" in text or "tandis" in text or "alors qu" in text) \
                and _OTHER_SOURCE.search(text, kw.end()) is not None
            if not _FIRST_TOLD.search(before[-90:]) and not other_source:
                break
    if not out and which == "killed" and ("toll" in text or "bilan" in text):
        bare = _BARE_TOLL.search(text)
        if bare is not None and not v["injured"].search(text) and not v["killed"].search(text):
            # "Local officials put the toll at five", "le bilan s'établit à cinq": a toll with no word of death or
            # wound counts the dead
            c = _match_count(bare, lang)
            if c is not None and 0 < c.value < 100000:
                out.append((c.value, "revised" if bare.group("later") else c.qualifier))
    return out


_ARTICLES = ("a", "an", "un", "une")
# the second share of a toll told by the groups it fell on: "(15 morts) parmi les soldats et 7 parmi les civils",
# "(four killed) among the soldiers and seven among civilians"; the figure's noun left out (with a noun of its own,
# "et 7 civils", the second figure is read as a toll of its own)
_SHARE_AMONG = r"(?:parmi|dans\s+les\s+rangs\s+(?:de|des|du|d['’])|chez|among)"
_SHARE_SPLIT = re.compile(r"\s+" + _SHARE_AMONG + r"\s+[^\d,.;:()]{1,40}?\s*,?\s+(?:et|ainsi\s+que|and)\s+"
                          r"(?P<num>" + _NUMWORDS + r")\s+(?:autres\s+|others?\s+)?" + _SHARE_AMONG + r"\s", re.I)
_SEVERITY_WORD = re.compile(L.SEVERITY, re.I)
# the second grade of the wounded after the first: "and seven (others) (were) lightly (wounded)", "et deux autres
# grièvement"
_SEVERITY_SPLIT = re.compile(r"(?:\s+" + L.SEVERITY + r")?\s*,?\s+(?:and|et|while|tandis que)\s+(?P<num>" + _NUMWORDS
                             + r")\s+(?:(?:others?|autres|people|personnes)\s+)?(?:(?:were|ont été)\s+)?" + L.SEVERITY
                             + r"(?:\s+(?:wounded|injured|hurt|blessée?s?|touchée?s?))?(?=[\s,.;]|$)", re.I)
# the other wounded told with their own predicate after the first one's grade: "a woman was seriously hurt by
# shrapnel and three other people, including a boy, suffered light wounds", "un homme a été grièvement blessé et
# trois autres personnes ont été légèrement touchées" ("other" makes them more victims, not a part of the first)
_SEVERITY_OTHERS = re.compile(
    r"(?:\s+(?:by|from|par|à cause)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s*,?\s+(?:and|et|while|tandis que)\s+(?P<num>"
    + _NUMWORDS + r")\s+(?:other|others|autres)(?:\s+(?:people|persons|personnes|[\w'’-]+))?(?:\s*,[^,.;]{1,60},)?\s+"
    r"(?:(?:were|are|have been|had been|ont été|avaient été|sont)\s+(?:" + L.SEVERITY + r"\s+)?"
    r"(?:wounded|injured|hurt|blessée?s?|touchée?s?)"
    r"|(?:suffered|sustained|received|had|ont subi|souffrent\s+de)\s+(?:des\s+)?(?:light|minor|slight|moderate|serious|"
    r"superficial|légères|superficielles|graves)?\s*(?:wounds|injuries|blessures)(?:\s+(?:légères|superficielles))?)\b",
    re.I)
# a toll's noun that heads the list of its victims: "The dead were two women and a child", "Those killed were three
# guards", "Les morts sont deux enseignants" (the article stands just before the noun); "The dead included two
# children", "Among the wounded were ...", "Parmi les blessés figurent ..." name a part of the toll (no figure)
_LISTED_TOLL_WORDS = frozenset({"dead", "wounded", "injured", "killed", "morts", "blessés", "tués"})
_LISTED_TOLL_HEAD = re.compile(r"(?:^|[.;:]\s*|\b)(?<!among )(?<!parmi )(?:the|those|les|ceux)\s+$", re.I)
_LISTED_TOLL_VERB = re.compile(r"\s+(?:were|are|sont|étaient)\s+(?!(?:taken|rushed|evacuated|transported|treated|"
                               r"admitted|among|transportés|évacués|soignés|hospitalisés|parmi)\b)", re.I)
# one item of a listed toll: "three schoolteachers", "a driver", "his two sons", "un chauffeur", "deux jeunes bergers"
_LIST_ITEM = re.compile(r"(?:(?P<det>an?|one|un|une|his|her|their|its|son|sa|leur)\s+)?(?:(?P<num>" + _NUMWORDS + r")\s+)?"
                        r"(?P<rest>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,3})$", re.I)
# a word that opens a clause or a relative inside an item: the list ends there ("a driver who was passing by")
_LIST_ITEM_END = re.compile(r"\s+(?:who|which|that|whose|qui|dont|were|was|are|is|have|has|had|said|says|sont|ont|étaient|"
                            r"a|est|according|selon|while|tandis|when|lorsque|after|après|in|on|at|dans|à|en|from|de|du|des|d['’]"
                            r"|near|près|inside|aboard)\b.*$", re.I | re.S)
# a list of victims ends at a clause break; its items are joined by commas or "and"
_LIST_END = re.compile(r"[.;:!?()\u2014\u2013\"“”]|\s-\s")
_VICTIM_SEP = re.compile(r"\s*,\s*|\s+(?:and|et|as well as|ainsi que)\s+", re.I)
_LIST_AND = re.compile(r"\b(?:and|et|as well as|ainsi que)\b", re.I)
_LIST_VAGUE = re.compile(r"^(?:number|total|few|couple|handful|host|series|dozen|score|nombre|série|dizaine|douzaine|"
                         r"poignée|certain)\b", re.I)


def _listed_victims(text: str, lang: str) -> Optional[int]:
    """How many victims a listed toll names after its copula ("were | a driver and three schoolteachers").

    Each item is counted by its grammar, not by its noun: a number is that many, an article or a possessive before a
    noun is one.  Items after a comma count only once an "and" closes the list ("two soldiers, a spokesman said").
    None when the words after the copula are no list of victims.
    """
    end = _LIST_END.search(text)
    seg = text[:end.start()] if end else text
    pos, total, pending, items = 0, 0, 0, 0
    sep_comma_only = False  # set after each item: was it joined to the next by a bare comma?
    while pos < len(seg):
        nxt = _VICTIM_SEP.search(seg[pos:])
        chunk = seg[pos:pos + nxt.start()] if nxt else seg[pos:]
        cut = _LIST_ITEM_END.search(chunk)
        stop = cut is not None
        chunk = chunk[:cut.start()] if cut else chunk
        m = _LIST_ITEM.match(chunk.strip())
        if m is None or not (m.group("det") or m.group("num")) or _LIST_VAGUE.match(m.group("rest")):
            break
        if m.group("num"):
            c = parse_count(m.group("num"), lang)
            if c is None or c.value >= 1000:
                break
            value = c.value
        elif m.group("det").lower() in ("his", "her", "their", "its", "leur") and m.group("rest").lower().endswith("s") \
                and m.group("rest").lower() not in ("boss",):
            break  # "their children": how many is not told
        else:
            value = 1
        items += 1
        if items > 1 and sep_comma_only:
            pending += value
        else:
            total += value + pending if items > 1 else value
            pending = 0
        if stop or nxt is None:
            break
        sep = seg[pos + nxt.start():pos + nxt.end()]
        sep_comma_only = "," in sep and not _LIST_AND.search(sep)
        pos += nxt.end()
    return total if items else None


# after an article, words of an untold quantity: "a number of", "a host of", "un certain nombre de"
_VAGUE_ARTICLE = re.compile(r"\s+(?:(?:large|small|growing|certain|unknown|undisclosed|grand|petit)\s+)?"
                            r"(?:number|host|series|nombre|série)\b", re.I)
# an age after a victim: "de 58 ans", "âgé de 40 ans", "aged 58", ", 58,"
_AGE_AFTER = re.compile(r"\s*,?\s+(?:(?:âgée?s?\s+)?de\s+\d{1,2}\s+ans|aged\s+\d{1,2}(?:\s+years(?:\s+old)?)?)", re.I)
# one victim named with an age: "Omar Saleh, 24,", "Nour al-Din (31)", "Sami Haddad, aged 19,"
_NAMED_AGE = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:\s+(?:[A-ZÀ-Þ][\w'’-]+|al-[\w'’-]+|el-[\w'’-]+|bin|ben|ibn|de|abu|abou)){0,4}"
                        r"(?:,\s*(?:aged\s+|âgée?\s+de\s+)?\d{1,2}(?:\s*ans)?,?|\s*\(\d{1,2}(?:\s*ans)?\),?)")
# two or more of them joined by commas and "and"/"et", closed by the auxiliary of the verb
_NAMED_AGES = re.compile(r"(?P<list>(?:" + _NAMED_AGE.pattern + r"\s+(?:(?:and|et)\s+)?){0,9}" + _NAMED_AGE.pattern
                         + r")\s+(?:were|have been|had been|ont été|avaient été|sont|ont|was|has been|a été|avait été|est)\s+(?:(?:" + L.SEVERITY
                         + r"|both|all|tous|toutes|deux|les deux)\s+)*$")
_RISEN_TO_BEFORE = re.compile(r"\b(?:alourdi|aggravé|passée?|grimpé|augmenté|rose|risen|climbed|increased|jumped|mounted)\s+"
                              r"(?:à|to)\s+[^.;:,]{0,40}$", re.I)
# "between 5 and 7 people were killed", "killed between five and seven", "entre cinq et sept civils ont été tués"
# (not ages: "aged between 18 and 25")
_TOLL_RANGE_BEFORE = re.compile(r"(?<!aged )(?<!âgés )\b(?:between|entre)\s+(?P<lo>" + _NUMWORDS + r")\s+(?:and|et)\s+(?P<hi>"
                                + _NUMWORDS + r")(?:\s+(?!(?:and|et|when|lorsque)\b)[^\W\d_][\w’'.-]*){0,5},?\s*$", re.I)
_TOLL_RANGE_AFTER = re.compile(r"\s+(?:between|entre)\s+(?P<lo>" + _NUMWORDS + r")\s+(?:and|et)\s+(?P<hi>" + _NUMWORDS
                               + r")(?!\s*(?:km|kilom|miles?|met|mètres|years|ans|hours|heures|days|jours|%|per))", re.I)
# "died of their wounds", "died later in hospital", "décédés des suites de leurs blessures": deaths among the wounded
# the subject of a later death told as more than a toll: "two others", "three more people", "deux autres victimes"
_MORE_DIED = re.compile(r"\b(?:" + _NUMWORDS + r")\s+(?:(?:others|more|further|additional|autres)(?:\s+[\w'’-]+)?|other\s+[\w'’-]+"
                        r"|[\w'’-]+\s+(?:supplémentaires|de\s+plus))\s+(?:(?:have|has|had|later|ont|sont|avaient|ensuite|"
                        r"since|subsequently|also|aussi|également|depuis)\s+){0,2}$", re.I)
# the toll later deaths raise: "(died ...), bringing the death toll (from the attack) to seven", "raising the number of
# dead to 12", "portant le bilan à neuf morts", "ce qui porte le nombre de morts à 12"
_BROUGHT_TOLL_TO = re.compile(
    r"^[^.;]*?\b(?:bringing|raising|taking|pushing|lifting|putting|portant|ce\s+qui\s+porte|qui\s+porte)\s+(?:the\s+|le\s+)?"
    r"(?:overall\s+|total\s+|final\s+)?(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|people\s+killed|fatalities)|"
    r"bilan|nombre\s+(?:de\s+|des\s+)(?:morts|tués|victimes|décès))\b[^.;:]{0,80}?\s(?:to|à)\s+(?:at\s+least\s+|au\s+moins\s+)?"
    r"(?P<num>" + _NUMWORDS + r")(?!\s*(?:wounded|injured|hurt|blessés))", re.I)
# a source after a figure, then a second figure with a source of its own and the verb left out: "tuées selon la police,
# cinq selon l'hôpital", "killed, according to the ministry, and six according to local media"
_GAPPED_SOURCE = re.compile(r"[^.;:]{0,60}?\b(?:selon|according\s+to|d['’]après)\s[^.;:,]{1,60},\s*(?:(?:and|et|but|mais)\s+)?"
                            r"(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMWORDS + r")\s*,?\s+"
                            r"(?:(?:dead|killed|wounded|injured|morts|tués|blessés)\s+)?(?:selon|according\s+to|d['’]après)\s",
                            re.I)
# "two of the wounded later died", "deux des blessés sont morts": deaths among the wounded, whatever follows the verb
_OF_THE_WOUNDED = re.compile(r"\b(?:of|among|des|parmi)\s+(?:the\s+|les\s+|those\s+)?(?:wounded|injured|blessés)\s+"
                             r"(?:(?:have|has|had|later|ont|sont|avaient|ensuite|since|subsequently|also|depuis|"
                             r"plus\s+tard)\s+){0,2}$", re.I)
# the verb of such a death: a death word, with its wounds or hospital or a later time ("died later", "succombé")
_DIED_LATER = re.compile(r"(?:died|succumbed|succomb\w*|décédée?s?|morte?s?|mortes)(?:\s|[.,;]|$)", re.I)
_OF_WOUNDS_AFTER = re.compile(r"\s+(?:(?:later|overnight|since|ensuite|depuis)\s+)?(?:(?:of|from|des suites de|de)\s+"
                              r"(?:their|his|her|leurs|ses|sa|son)\s+(?:[\w-]+\s+)?(?:wounds|injuries|blessures)"
                              r"|(?:in|at|à l['’])\s*(?:a\s+|the\s+)?(?:hospital|hôpital))", re.I)
_SPOKEN_THAT = re.compile(r"\b(?:said|says|told|reported|added|that|que|qu['’])(?!\w)", re.I)  # a verb of speech opens its report
# "killed in the two raids", "tués dans les deux frappes", "in both strikes": one figure for several incidents
_IN_PLURAL_ATTACKS = re.compile(r"[^.;]{0,50}?\b(?:in|during|from|by)\s+(?:the|these|those|such)\s+(?:[\w-]+\s+)?"
                                r"(?:attacks|strikes|raids|assaults|incidents|bombings)\b", re.I)
_PERFECT_TALLY = re.compile(r"\b(?:have|has)\s+(?:been|suffered|sustained|received|died)\b[^.;]{0,50}$", re.I)
_SEVERAL_INCIDENTS = re.compile(r"[^.;,]{0,30}?\b(?:dans|lors|in|during|across|from|by)\s+(?:(?:les|ces|des|the|these|those)\s+"
                                r"(?:deux|trois|two|three)|both)\s+(?:[\w’'-]+\s+)?(?:raids|frappes|attaques|bombardements|"
                                r"strikes|attacks|bombings|incidents|assauts|assaults|salvos|salves)\b", re.I)
# after an article, a number, a plural or a word of quantity: "an estimated 20 people", "a number of civilians"
# (a digit of an age is no count: "a 60-year-old woman", "un homme de 45 ans" are one victim)
_ARTICLE_NOT_ONE = re.compile(r"\d(?!\d*(?:[-\s]years?[-\s]old|\s+ans\b))|\b(?:number|total|few|couple|handful|series|host|score|estimated|dozen|nombre|total|"
                              r"série|" + ROUND_NOUNS + r"|poignée|people|men|women|"
                              r"children|personnel|staff|troops)\b|s\s*$", re.I)


def _inner_group(after: str, m: re.Match, P: "_CasualtyPatterns") -> Optional[re.Match]:
    """The victim group after the words an article opens ("an estimated | 20 people"), if one is there."""
    for w in re.finditer(r"\s+", after[:m.end()]):
        if w.start() < m.end("num"):
            continue
        inner = P.group.match(after, w.start())
        if inner and inner.group("num").lower() not in _ARTICLES:
            return inner
    return None


# A verb whose object is the victim: "the shell killed one farmer", "killing a shepherd", "a tué un berger"
_ACTIVE_VERB = re.compile(r"(?:killing|killed|kills|wounding|wounded|injuring|injured|eliminated|eliminating|tuant|blessant|éliminant|lives of|"
                          r"la vie (?:à|aux?)|(?:a|ont|avait|avaient|avoir)\s+(?:tué|blessé|éliminé))$", re.I)
# "a éliminé trois terroristes", "éliminant un commandant": the army's verb kills only when its object is people (not
# "a éliminé deux lance-roquettes", "éliminer la menace"); the nouns of fighters and their ranks, and the victim nouns
_ELIMINATED_PEOPLE = re.compile(r"(?:terroristes?|commandants?|responsables?|chefs?|cadres?|dirigeants?|militants?|"
                                r"djihadistes?|jihadistes?|islamistes?|hommes|miliciens?|combattants?|membres?|agents?|"
                                r"officiers?|soldats?|militaires?|tireurs?|assaillants?|personnes?|suspects?|"
                                r"terrorists?|commanders?|operatives?|gunmen|gunman|fighters?|members?|leaders?|"
                                r"officials?|officers?|soldiers?|attackers?|jihadists?|men|people|"
                                r"infiltrators?)", re.I)
# "was killed a day later", "ont été grièvement blessés": a passive verb has no object
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|get|gets|got|été|être|est|sont|fut|furent)\s+"
                             r"(?:(?:\w+ly|\w+ment|also|aussi|then|later|alors)\s+){0,2}$", re.I)
# A determiner or number and the noun it opens (any noun: "a shepherd", "one farmer", "un berger", "trois bergers"),
# up to where the noun phrase ends
_VERB_OBJECT = re.compile(r"\s*(?:(?P<qual>" + _QUAL + r")\s+)?"
                          # "killing the two men inside", "tuant ses deux occupants": the victims named with their determiner
                          r"(?:(?:the|its|their|all|les|ses|leurs)\s+(?=\w+\s+(?:men|people|occupants|passengers|"
                          r"hommes|personnes|passagers)\b))?"
                          r"(?P<num>un seul|une seule|" + _NUMWORDS + r")\s+"
                          r"(?P<mods>(?:[\w’'-]+\s+){0,3}?)(?P<noun>[^\W\d_][\w’'-]*)"
                          r"(?=\s*(?:[,.;:)\"”»]|$)|\s+(?:and|et|in|at|on|near|who|when|as|while|inside|outside|during|from|"
                          r"of|with|dans|à|au|aux|près|qui|lors|en|de|du|des|d['’]|avec|pendant)\b)", re.I)
# Nouns after a verb of killing that are not people: distances, spans of time, animals; words of a vague quantity
_NOT_VICTIM = re.compile(r"(?:km|kilom\w*|miles?|met(?:er|re)s?|mètres?|days?|hours?|minutes?|weeks?|months?|years?|times?|"
                         r"jours?|heures?|semaines?|mois|ans|années?|fois|percent|number|total|few|couple|handful|series|"
                         r"host|nombre|série|cows?|sheep|goats?|cattle|livestock|animals?|horses?|camels?|dogs?|donkeys?|"
                         r"vaches?|moutons?|chèvres?|bétail|animaux|chevaux|chameaux|chiens?|ânes?)", re.I)


# "killing a family of five", "tuant une famille de six personnes": the family's size is the victims' count
_FAMILY_OF = re.compile(r"\s+(?:of|de)\s+(?P<n>" + _NUMWORDS + r")(?!\s*(?:km|kilom|miles?|met|mètres?|years?|ans)\b)\b", re.I)
_FAMILY = re.compile(r"famil(?:y|le)", re.I)


def _verb_object(after: str, lang: str) -> Optional[tuple]:
    """The victims an active verb of killing or wounding names as its object, whatever the noun.

    "killing a shepherd" is 1, "the shell killed one farmer" 1, "tuant trois bergers" 3; an article before
    a plural or a word of quantity ("a number of villagers") is not a count.
    """
    m = _VERB_OBJECT.match(after)
    if m is not None and m.group("num").lower() in _ARTICLES and m.group("noun").lower() == "couple" \
            and not m.group("mods") and _KIN_AFTER.match(after, m.end()):
        # "killed a couple and their two children", "tuant un couple et leur fille": the couple is two, and its kin
        # (a bare "a couple of" is a vague few, read as no figure below)
        return 2 + _kin_after(after, m.end(), lang), None
    if m is None or _NOT_VICTIM.fullmatch(m.group("noun")):
        return None
    words = (m.group("mods") or "").split()
    if any(_NOT_VICTIM.fullmatch(w) for w in words):
        return None
    num = m.group("num").lower()
    if num in _ARTICLES:
        if _ARTICLE_NOT_ONE.search(m.group(0), m.end("num")):
            return None
        value, qual = 1, None
        if _FAMILY.fullmatch(m.group("noun")):
            family = _FAMILY_OF.match(after, m.end())
            size = parse_count(family.group("n"), lang) if family is not None else None
            # ("killed a family" with no size: several people, how many is not told)
            return (size.value, None) if size is not None and 1 < size.value < 30 else None
    elif num in ("un seul", "une seule"):
        value, qual = 1, None
    else:
        c = parse_count(((m.group("qual") or "") + " " + m.group("num")).strip(), lang)
        if c is None:
            return None
        value, qual = c.value, c.qualifier
    if " and " in after or " et " in after:
        P = casualty_vocab(lang)["casualty"]
        joined = P.joined.match(after, m.end())
        if joined is not None and not _ONE_OF_HIS.match(after, m.end()):
            # "killed a Hezbollah commander and two other fighters": victims of a known noun joined to an object
            # whose own noun the victim lexicon may not know (a commander, an official) are victims too
            rest = _sum_groups(after, joined, P, lang, forward=True)
            if rest is not None:
                return value + rest[0], qual or rest[1]
    more = 0
    if " ses " in after or " his " in after or " their " in after or " her " in after or " leurs " in after:
        one_of = _ONE_OF_HIS.match(after, m.end())
        if one_of:  # "un commandant ..., et l'un de ses compagnons", "a commander and two of his guards"
            num = one_of.group("num").lower()
            c = None if num.startswith("l") else parse_count(num, lang)
            more = 1 if c is None else c.value
    return value + _kin_after(after, m.end(), lang) + more, qual


# one person's full name as the object of a verb of killing ("la frappe qui a tué Saleh al-Arouri", "killing Wissam
# al-Tawil"): two to four capitalised words (particles "al-", "ben" between them), then the object's end; case
# matters (a group named by its victim noun was read before: "killing Palestinians", "tuant des civils")
_NAMED_OBJECT = re.compile(
    r"\s*(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[A-ZÀ-Þ][\w’'-]+"
    r"(?:\s+(?:(?:bin|ben|ibn|abu|abou|Abu|Abou)\s+)?(?:(?:al|el|ad|ach|ech|as|ar)-)?[A-ZÀ-Þ][\w’'-]+){1,3}"
    r"(?=\s*(?:[,.;:)\"”»]|$)|\s+(?:and|et|in|at|on|near|along|with|dans|à|au|près|lors|avec|ainsi)\b)")


# the title (and its article) before a named object: "a tué le député Ahmed Khan", "killed lawmaker Ahmed Khan",
# "tuant l'imam Ali Hassan"; lowercase, so that _NAMED_OBJECT reads the name after it
_TITLED = re.compile(r"\s*(?:(?:le|la|l['’]|the)\s*)?(?:ancien\s+|former\s+|senior\s+|haut\s+)?(?:député|deputy|lawmaker|maire|mayor|"
                     r"gouverneur|governor|ministre|minister|juge|judge|imam|préfet|prefect|chef|chief|commandant|commander|"
                     r"journaliste|journalist|colonel|général|general|capitaine|captain|cheikh|sheikh|sénateur|senator|"
                     r"responsable|official|dirigeant|leader|élu|conseiller|councillor|notable)(?=\s+[A-ZÀ-Þ])")
# "... Ahmed Khan et six autres personnes", "..., and six others": the others killed with the one named
_AND_OTHERS = re.compile(r"\s*,?\s+(?:and|et)\s+(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMWORDS + r")\s+"
                         r"(?:other|others|autres)\b", re.I)


# A verb of dying or of being hurt whose subject is the victim: "a shepherd was killed", "un conseiller avait péri"
_SUBJECT_VERB = re.compile(r"killed|wounded|injured|hurt|died|perished|succumbed|tuée?s?|blessée?s?|péri|(?:a|ont|avait|avaient)\s+péri|"
                           r"succombée?s?|succombés|succombent|succombe|"
                           r"morte?s?|décédée?s?|éliminée?s?|éliminés|eliminated", re.I)
# The subject of the clause: after its start (and leading adverbials: "Two days earlier, on Wednesday,"), a determiner
# or number, the noun, what qualifies it ("of the state company", "(SDF)", ", an aide of the minister,"), then the
# auxiliary of the verb
_SUBJECT = re.compile(
    # a dateline's dash ("ERBIL, Region - Two guards were killed"), a verb of speech or "that" ("NNA said a passer-by
    # was wounded", "a indiqué qu'un civil a été blessé") and the object of care ("treating a man who was hurt") open it too
    # (and an opening quote: '"Two of our men succumbed to their wounds," the army said')
    r"(?:^[\"“«‘]?\s*|[.;:!?»\"”]\s+|\s[-–—]{1,2}\s+|\s(?:and|but|while|et|mais|alors que|said|says|say|reported|added|stated|that|que|"
    r"treating|treated|evacuated|soignait|soigné|évacué)\s+|\squ['’])(?:(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s*,\s*){0,2}"
    r"(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>un seul|une seule|" + _NUMWORDS + r")\s+(?P<mods>(?:[\w’'-]+\s+){0,3}?)"
    r"(?P<noun>[^\W\d_][\w’'-]*)"
    r"(?:\s+(?:of|from|at|with|to|for|in|de|des|du|d['’]|à|au|aux|pour|chez)\s*[^,.;:()]{1,60}?)?(?:\s*\([^()]{1,40}\))?(?:\s*,\s*[^.;:]{1,80}?,)?"
    # "Trois personnes qui se trouvaient dans une maison voisine ont été blessées": a relative clause between them
    r"(?:\s+(?:who|qui)\s+(?:[^\s,.;:]+\s+){1,8}?(?=(?:were|was|had been|have been|ont été|a été|avaient été|avait été)\s))?"
    r"(?:\s+(?:who|qui))?\s*(?:(?:was|were|has been|have been|had been|had|has|have|a été|ont été|avait été|avaient été|a|ont|avait|avaient|"
    r"est|sont|était|étaient|later|reportedly|also|aussi|then|alors)\s+){0,3}(?:(?:" + L.SEVERITY + r")\s+)?$", re.I)


# (French "a" and "est" are English words: "a strike on a house killed six" has no auxiliary before its verb, which is
# active, and its object the toll)
_AUX_END = {"en": re.compile(r"\b(?:was|were|been|had|has|have)\s+(?:[\w’'-]+\s+)?$", re.I),
            "fr": re.compile(r"\b(?:été|a|ont|avait|avaient|est|sont|était|étaient)\s+(?:[\w’'-]+\s+)?$", re.I)}


def _verb_subject(before: str, lang: str) -> Optional[tuple]:
    """The victims the subject of a passive or intransitive verb names, whatever the noun ("a shepherd was killed",
    "deux ingénieurs de la compagnie (X), sous-traitante de l'armée, ont été blessés")."""
    m = _SUBJECT.search(before)
    if m is not None and _AGE_BEFORE.search(before, max(0, m.start("num") - 30), m.start("num")):
        return None  # "aged between 20 and 30 were killed": the top of an age range, not a subject
    if m is None or _NOT_VICTIM.fullmatch(m.group("noun")) or any(_NOT_VICTIM.fullmatch(w) for w in m.group("mods").split()):
        return None
    num = m.group("num").lower()
    # ("un haut commandant ... et son adjoint ont été tués": the companion named after him is a victim too)
    kin = _kin_after(before, m.end("noun"), lang) if (" son " in before or " sa " in before or " his " in before
                                                       or " her " in before or " ses " in before) else 0
    if num in _ARTICLES:
        if _ARTICLE_NOT_ONE.search(m.group(0), m.end("num"), m.end("noun")):
            return None
        return 1 + kin, None
    if num in ("un seul", "une seule"):
        return 1, None
    c = parse_count(((m.group("qual") or "") + " " + m.group("num")).strip(), lang)
    return (c.value + kin, c.qualifier) if c is not None else None


# A casualty word heading a toll: "the number of (U.S. troops) injured", "the toll of dead", "le nombre de blessés",
# or "death toll" ("a number of people were killed" is a vague count, not a toll)
_TOLL_HEAD_BEFORE = re.compile(r"(?<!\ba )(?<!\bun )\b(?:number|toll|tally|count|nombre|bilan|décompte)\s+(?:of|de|des|d['’])\s*"
                               r"(?:(?!(?:the|a|an|les?|la|une?)\s)[\w’'.-]+\s+){0,3}$", re.I)
_TOLL_WORDS = ("number", "toll", "tally", "count", "nombre", "bilan", "décompte")  # a cheap look before the full pattern
_TOLL_HEAD_AFTER = re.compile(r"\s+toll\b", re.I)
_TOLL_NUM = (r"(?:(?P<qual>" + _QUAL + r")\s+)?"
             # "the toll from the strikes, which hit a residential area, rose to four": an article is no figure, the
             # scan goes on to the verb of the toll (but "a dozen", "une dizaine" are figures)
             r"(?!(?:an?|une?)\s+(?!dozen|couple|handful|" + ROUND_NOUNS + r")\w)(?P<num>" + _NUMWORDS + r")"
             # "rose to 89 on Friday", "s'élève à 12", but not "at 3 sites" nor "to 40 km"
             r"(?=\s*(?:[.,;:)\"”»]|$)|\s+(?!(?:rockets?|roquettes?|missiles?|drones?|projectiles?|shells?|obus|km|kilom\w*|"
             r"miles?|sites?|locations?|bases?|percent|per\s+cent|pour\s+cent|%)(?!\w)))")
_TOLL_FIGURE = {
    "en": re.compile(r"(?:(?:[^.;]{0,160}?\s)?(?:(?:has\s+|had\s+|have\s+)?(?:now\s+|since\s+|later\s+|further\s+|then\s+)?"
                     r"(?P<rise>risen|rose|climbed|increased|jumped|grown|grew|reached|hit|went\s+up|gone\s+up|mounted|soared)"
                     r"(?:\s+to)?|"
                     # "revised the death toll from the strike on X down to seven", "was revised to", "fell to": a
                     # corrected toll, downward too
                     r"(?P<fix>(?:(?:revised|lowered|corrected)(?:\s+(?:down|downwards?|up|upwards?))?|down|downwards?|"
                     r"fallen|fell|dropped|decreased)\s+to)|(?:stood|stands|stand|is|was|were|are|now)\s+at"
                     # "the death toll remains at 12", "stood unchanged at 6"
                     r"|(?:remains|remained|stays|stayed|stood|stands|held|holds)\s+(?:unchanged\s+|steady\s+)?at"
                     # "the number of wounded has now exceeded 50": more than the figure
                     r"|(?:has\s+|had\s+|have\s+)?(?:now\s+|since\s+|already\s+)?(?P<over>exceeded|exceeds|surpassed|topped|tops|passed))"
                     # "officials put the number of wounded at 25": the figure right after the toll word
                     # "raised the number of wounded to 40": the figure the toll was brought to, a revision
                     # "bringing the death toll from the attack on X to seven": the attack the toll is of may part
                     # the toll word from its "to" (no comma or clause end between them)
                     r"|(?P<to>(?:\s+toll)?(?:\s+(?:from|of|in)\s+[^.;,:]{0,80}?)?\s+to)(?=\s)|(?:\s+toll)?\s+at)\s+"
                     + _TOLL_NUM, re.I),
    # "a porté le nombre de blessés à 40": the figure right after the toll word, a revision
    "fr": re.compile(r"(?:(?P<to>\s+à)|(?:[^.;]{0,160}?\s)?(?:(?:(?P<rise>est\s+passée?|est\s+montée?|a\s+grimpé|a\s+augmenté|"
                     r"s['’]est\s+alourdi|grimpe|monte|passe|a\s+atteint|atteint|atteignait|s['’]est\s+élevée?)|s['’]élève|"
                     r"s['’]élevait|est|était|s['’]établit|s['’]établissait|reste|restait|demeure)"
                     r"\s+(?:désormais\s+|maintenant\s+|alors\s+|encore\s+)?(?:à|de)"
                     # "dépasse désormais la quarantaine", "a dépassé 50": more than the figure
                     r"|(?P<over>dépasse|dépassait|dépassent|a\s+dépassé|ont\s+dépassé)(?:\s+(?:désormais|maintenant|déjà|largement))?)"
                     r")\s+" + _TOLL_NUM, re.I),
}

# a toll with no casualty word, told with the figure it was put at: "officials put the toll at five", "the toll
# stood at 12", "a porté le bilan à sept", "le bilan s'établit à cinq" (a later one revises: "later put the toll at")
_BARE_TOLL = re.compile(r"(?:\b(?P<later>later|now|since|subsequently|then|ensuite|désormais|depuis)\s+)?"
                        r"(?:\b(?:put|puts|putting|placed|places|raised|raise|raising|brought|bringing|revised|gave|"
                        r"estimated|porté|portant|porte|fixé|établi)\s+(?:the\s+|its\s+|their\s+|le\s+)?"
                        r"(?:(?:overall|final|latest|official|provisional|new|dernier|nouveau)\s+)?(?:toll|bilan)\s+(?:at|to|à)"
                        r"|\b(?:toll|bilan)\s+(?:stood|stands|was|is|remained|s['’]établit|s['’]établissait|s['’]élève|"
                        r"s['’]élevait|est|était)\s+(?:at|à|de))\s+" + _TOLL_NUM, re.I)
_LATER_PUT = re.compile(r"\b(?:later|now|since|subsequently)\s+(?:put|puts|raised|revised|gave|placed|brought)\s+"
                        r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "... à 14 morts, avant de passer à 20", "15 dead, later rising to 21", "12 morts, puis à 17": the figure told after
_LATER_WORDS = ("avant", "before", "puis", "then", "later", "ensuite", "passé", "revu", "porté")
_LATER_FIGURE = re.compile(r"[^.;]{0,40}?\b(?:(?:avant\s+de|before|puis|then|later|ensuite)\s+(?:(?:passer|grimper|monter|"
                           r"s['’]alourdir|atteindre|augmenter|rising|climbing|increasing|reaching|jumping|rose|climbed|"
                           r"increased|reached)\s+)?"
                           # "le bilan, initialement de 10 soldats tués, est passé à 17", "un premier bilan de 10 morts,
                           # avant d'être revu à la hausse à 17": the figure the toll was raised to
                           r"|(?:(?:est|était|a\s+été|avait\s+été)\s+(?:passé|porté|revu\s+à\s+la\s+hausse|relevé)|"
                           r"(?:avant\s+d['’]être|puis)\s+(?:revu\s+à\s+la\s+hausse|porté|relevé))"
                           r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|depuis))?\s+)"
                           r"(?:à|to)\s+" + _TOLL_NUM, re.I)


_THE_ROUND_FIGURE = re.compile(r"\b(?:la|les)\s+(" + ROUND_NOUNS + r")\b")


def _toll_figure(after: str, lang: str) -> Optional[tuple]:
    """The figure a toll's verb gives ("... rose to at least 34"): (value, qualifier), "revised" when it rose."""
    pattern = _TOLL_FIGURE.get(lang, _TOLL_FIGURE["en"])
    if "aine" in after:
        after = _THE_ROUND_FIGURE.sub(r"une \1", after)  # "dépasse la quarantaine": the figure is "une quarantaine"
    m = pattern.match(after)
    if m is None or m.group("num").lower() in ("a", "an", "un", "une"):
        return None
    c = _match_count(m, lang)
    if c is None:
        return None
    if m.group("over"):
        return c.value, "more than"
    return c.value, "revised" if m.group("rise") or m.group("to") or m.groupdict().get("fix") else c.qualifier


_ORDINAL_ONE = re.compile(r"\s*(?:(?:an?|une?)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|deuxième|seconde?|troisième|"
                          r"quatrième|cinquième|sixième|septième|huitième)|another(?!\s+(?:dozen|" + _NUMWORDS + r")(?!\w))|one other)(?!\w)(?!\s+(?:time|fois|attack|attaque|strike|frappe|"
                          r"drone|rocket|roquette|missile|round|salvo|salve|wave|vague|day|jour|site|base)s?\b)", re.I)
_ANOTHER_N = re.compile(r"\s*another\s+(?P<num>" + _NUMWORDS + r"|dozen)(?!\w)(?!\s+(?:time|attack|strike|drone|rocket|missile|round|"
                        r"salvo|wave|day|site|base)s?\b)", re.I)
_GROUP_DENIAL = re.compile(r"\bno (?!one\b)(?:[\w.-]+ ){0,2}?\w+ (?:was|were) (?:hurt|injured|wounded)|"
                           r"\baucune? (?!blessé)\w+(?: \w+)? n['’](?:a|ont) été", re.I)
# "entre les deux villes", "across both towns": a figure told of the sites of a strike together
_ACROSS_SITES = re.compile(r"\b(?:entre|dans|sur) (?:les|ces) (?:deux|trois|quatre) (?:villes|localités|sites|bases|zones|régions)\b|"
                           r"\b(?:between|across|in|at) (?:both|the two|the three|the four) (?:towns|cities|sites|bases|areas|locations)\b",
                           re.I)
# "no U.S. personnel", "no American troops": a group named with its side or nation, a part of those present
_SOME_GROUP_DENIAL = re.compile(r"\bno (?!one\b)[\w.-]+ (?:[\w.-]+ )?\w+ (?:was|were) (?:hurt|injured|wounded)|"
                                # "The soldiers escaped unhurt", "les occupants sont sortis indemnes": a group present
                                # (narrower than lexicon.NO_CASUALTIES's "people/those were unharmed", which is everyone)
                                r"\b(?:family|families|occupants|residents|soldiers|troops|guards|workers|staff|famille|"
                                r"habitants|résidents) (?:inside |at home |in the \w+ )?(?:were|was|escaped|est|sont) "
                                r"(?:all |tous |sortie?s? )?(?:unharmed|unhurt|uninjured|unscathed|indemnes?)", re.I)
_NO_ONE_ELSE = re.compile(r"\b(?:(?:no ?(?:one|body)|nobody|personne|aucune? \w+) (?:else|d['’]autre|autre)|"
                          r"aucune? autres?|no (?:other|further|additional) (?:injuries|casualties|deaths|fatalities|victims))\b", re.I)
# "killing two members of the security forces and wounding three passers-by": after a participle of wounding or
# killing, a number is the count of its victims whatever the noun
_PARTICIPLE = re.compile(r"(?:killing|wounding|injuring|tuant|blessant)$", re.I)

# "d'abord", "initially": the figure that follows is a first toll, and a second figure in the clause revises it
# "..., while a monitor put the toll at 15", "tandis qu'un observatoire fait état de 15 morts": another source's figure
_OTHER_SOURCE = re.compile(r"\b(?:while|whereas|tandis qu['’e]|alors qu['’e])\s*(?:[\w’'.-]+\s+){0,6}?(?:put|puts|said|says|gave|gives|"
                           r"reported|reports|counted|counts|estimated|estimates|cited|cites|fait état|faisait état|évalue|"
                           r"évaluait|chiffre|chiffrait|affirme|affirmait|parle|parlait|évoque|évoquait|compte|comptait|"
                           r"recense|recensait|rapporte|rapportait|avance|avançait)\b", re.I)
_FIRST_TOLD = re.compile(r"\b(?:d['’]abord|initialement|dans un premier temps|initially|at first|first (?:put|said|reported|gave|counted))\b", re.I)
# "Quinze personnes, dont des civils, ont été tuées": an aside naming part of the victims without a number
_SUBSET_ASIDE = re.compile(r"\s*,\s*(?:including|among them|among whom|mostly|dont|y compris|notamment|parmi (?:eux|elles)|"
                           r"en majorité|pour la plupart|la plupart|most of them|many of them|most)(?:\s+[\w’'-]+){1,5}?\s*,", re.I)
_THOUSANDS_CUT = re.compile(r"\d[\s\u00a0\u202f.,]$")


# (not the perfect infinitive after it: "l'armée a dit avoir tué un commandant" tells the speaker's own act, its toll)
_SPEAKER_BEFORE = re.compile(r"\b(?:a|ont|avait)\s+(?:raconté|témoigné|confié|expliqué|dit|déclaré|affirmé)\b"
                             r"(?!\s+(?:\w+\s+)?avoir\b)[^,.;«»\"]{0,30}$|"
                             r"\b(?:said|told|recalled|recounted)\s+(?:\w+\s+){0,3}$", re.I)
# "... said one civilian was wounded": the wound is what the speaker reports (a predicate after "was"), not the
# speaker's own description ("said one wounded man")
_PREDICATE_END = re.compile(r"\b(?:was|were|been|is|are|été|est|sont)\s+(?:(?:" + L.SEVERITY + r")\s+)?$", re.I)
_SPEAKER_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:told|said|recalled|recounted|a raconté|a témoigné|a confié|a déclaré)\b", re.I)


# A subset of the victims just counted: "ten civilians, including two children", "dont deux enfants".
_SUBSET_GAP = re.compile(r"\s*,?\s*(?:\(\s*)?(?:including|among them|among whom|of whom|of them|dont|parmi (?:eux|elles|lesquels|lesquelles)|"
                         r"y compris|notamment|منهم|بينهم)\s+", re.I)


def _sum_groups(text, first, P: "_CasualtyPatterns", lang, *, forward: bool, chain=None):
    """Add up victim groups joined by "and": forward from ``first``, or backward along ``chain``."""
    groups = [first]
    listed = False  # a comma joined two groups: "two paramedics, a nurse and a driver"
    if forward:
        pos = first.end()
        pending = []  # groups after a comma count only once an "and" closes the list
        committed = pos
        while True:
            m = P.joined.match(text[pos:])
            if m and m.end() > 0:
                groups.extend(pending)
                listed = listed or bool(pending)
                pending = []
                groups.append(m)
                pos += m.end()
                committed = pos
                continue
            m = _LIST_COMMA_GROUP.match(text, pos) if text.startswith(",", pos) else None
            g = P.group.match(text, m.end()) if m else None
            if g is None or g.end() == m.end():
                break
            pending.append(g)
            pos = g.end()
        pos = committed  # an unclosed list ("two soldiers, a spokesman said"): the groups after the comma are not counted
    else:
        k = len(chain) - 1
        closed = False  # a comma between groups joins them only in a list an "and" closes
        while k > 0:
            gap = text[chain[k - 1].end():chain[k].start()]
            if P.joiner.fullmatch(gap):
                closed = True
            elif not (closed and _LIST_COMMA.fullmatch(gap)):
                break
            else:
                listed = True
            groups.insert(0, chain[k - 1])
            k -= 1
    total, qualifier = 0, None
    counts = []
    for g in groups:
        c = parse_count(((g.group("qual") or "") + " " + g.group("num")).strip(), lang)
        if c is None:
            return None
        counts.append(c.value)
        total += c.value
        qualifier = qualifier or c.qualifier
    if listed and len(counts) > 2 and counts[0] == sum(counts[1:]) and _GENERIC_VICTIM.search(groups[0].group(0)):
        # "three people, a woman and her two children": the list spells out the first group, it adds none
        total = counts[0]
    if forward:
        total += _kin_after(text, pos, lang)
    return total, qualifier


_LIST_COMMA = re.compile(r"\s*,\s*")
_LIST_COMMA_GROUP = re.compile(r",\s*")
_GENERIC_VICTIM = re.compile(r"\b(?:people|persons|personnes|civilians|civils|victims|victimes)\b", re.I)


# "killing a man and his son", "tuant une femme et ses deux enfants": relatives named after a victim are victims
# too; a possessive before a singular noun is one person, before a number that many (a bare plural is not counted)
_KIN_NOUN = (r"sons?|daughters?|wife|wives|husbands?|brothers?|sisters?|fathers?|mothers?|child|children|babies|baby|"
             r"grandsons?|granddaughters?|grandchild(?:ren)?|nephews?|nieces?|cousins?|uncles?|aunts?|parents|"
             r"fils|filles?|femmes?|épouses?|maris?|frères?|sœurs?|soeurs?|pères?|mères?|enfants?|bébés?|"
             r"petits?-fils|petites?-filles?|petits-enfants|neveux?|nièces?|cousins?|cousines?|oncles?|tantes?|parents|"
             # the companions a targeted man dies with: "un responsable kurde et son chauffeur", "et son adjoint",
             # "and his driver", "and his bodyguard"
             r"drivers?|bodyguards?|deputy|deputies|aides?|companions?|assistants?|escorts?|"
             r"chauffeurs?|gardes?\s+du\s+corps|adjointe?s?|assistante?s?|compagnons?|collaborateurs?|accompagnateurs?")
# (the victim's own complement may come first: "un commandant du Hamas et ses deux gardes", "un commandant des
# Gardiens de la Révolution et son adjoint"; no verb in it)
_KIN_AFTER = re.compile(r"(?:\s+(?:of|from|de|du|des|d['’])\s*[\w'’.-]+(?:\s+(?!(?:and|et|ainsi|a|ont|avait|avaient|été|est|sont|"
                        r"was|were|is|are|has|have|had|been)\b)[\w'’.-]+){0,4}?)?"
                        r"\s*,?\s*(?:and|et|as well as|ainsi que)\s+(?P<det>his|her|their|its|sa|son|ses|leur|leurs)\s+"
                        r"(?:(?P<num>" + _NUMWORDS + r")\s+)?(?:(?:young|little|infant|teenage|jeunes?|petite?s?)\s+)?"
                        r"(?P<kin>" + _KIN_NOUN + r")(?!\w)", re.I)
_KIN_SINGULAR = re.compile(r"(?:son|daughter|wife|husband|brother|sister|father|mother|child|baby|grandson|granddaughter|"
                           r"grandchild|nephew|niece|cousin|uncle|aunt|fille|femme|épouse|mari|frère|sœur|soeur|père|mère|"
                           r"enfant|bébé|petit-fils|petite-fille|neveu|nièce|cousine|oncle|tante|"
                           r"driver|bodyguard|deputy|aide|companion|assistant|escort|"
                           r"chauffeur|garde\s+du\s+corps|adjointe?|assistante?|compagnon|collaborateur|accompagnateur)", re.I)


# A victim named by kinship ahead of his kin, as the subject of the toll's verb: "A mother and her two children were
# killed", "A father and his three sons", "Un père et ses trois enfants ont été tués", "A couple and their daughter",
# "Un couple et leur fille". The head is no victim noun of the lexicon (only the kin after it were counted: 2 for the
# mother and her two children); it is one person, a couple two. (The object of an active verb, "killing a mother and
# her two children", is read by _verb_object.)
# (the head opens its clause: in "Three members of a family, a father, a mother and their daughter, were killed" the
# list spells out the three, read by _sum_groups)
_KIN_HEAD = re.compile(r"(?:^|(?<=[.;:(])|\b(?:when|as|after|que|qu['’]|lorsque|quand|that)\s)\s*"
                       r"(?:an?|one|un|une)\s+(?:(?:young|elderly|pregnant|jeune|vieil|vieux|vieille|âgée?)\s+)?"
                       r"(?P<head>mother|father|man|woman|wife|husband|son|daughter|brother|sister|grandfather|grandmother|"
                       r"couple|mère|père|homme|femme|fils|fille|frère|sœur|soeur|grand-père|grand-mère)\b", re.I)


def _kin_subject(before: str, P: "_CasualtyPatterns", lang: str) -> Optional[tuple]:
    """The victims of a subject told as one person (or a couple) and his kin, closing ``before`` (else None)."""
    for head in reversed(list(_KIN_HEAD.finditer(before, max(0, len(before) - 120)))):
        kin = _KIN_AFTER.match(before, head.end())
        if kin is None or not P.chain_tail.fullmatch(before, kin.end()):
            continue
        more = _kin_after(before, head.end(), lang)
        if more:
            return (2 if head.group("head").lower() == "couple" else 1) + more, None
    return None


def _kin_after(text: str, pos: int, lang: str) -> int:
    """How many relatives a victim group at ``text[:pos]`` is joined with ("and his son": 1, "et ses deux enfants": 2)."""
    m = _KIN_AFTER.match(text, pos)
    if m is None:
        return 0
    if m.group("num"):
        c = parse_count(m.group("num"), lang)
        return c.value if c is not None and c.value < 100 else 0
    det, kin = m.group("det").lower(), m.group("kin").lower()
    if det in ("ses", "leurs"):
        return 0  # "et ses enfants": how many is not told
    if _KIN_SINGULAR.fullmatch(kin) or (kin == "fils" and det in ("son", "sa", "leur")):
        return 1
    return 0
