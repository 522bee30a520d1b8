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

Every fact keeps its sentence (:class:`~geo_events.models.Evidence`).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

from . import arabic
from . import lexicon as L
from .dates import DateMention, find_dates, undated_span
from .language import detect_sentence_language
from .models import DateSpan, Document, EventFrame, Evidence, Fact, PlaceRef
from .normalize import normalize
from .numbers import QUALIFIERS, parse_count, to_km

# ---------------------------------------------------------------------------------------------
# Sentences

_ABBREV = r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|St|No|Nos|Jr|Sr|Inc|Corp|Co|Ltd|vs|approx|M|Mme|MM|av|J\.-C)|\b[A-Z])\."
_SENT_END = re.compile(r"(?<=[.!?…؟])[\"»”’']?\s+(?=[\"«“‘(]?[A-Z0-9ÀÂÉÈÊÎÔÛÇ\u0600-\u06FF])")


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int
    heading: bool  # heading, caption or credit: not reporting


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their character spans; paragraphs are lines or blank-line blocks."""
    out: list[Sentence] = []
    for p_index, pm in enumerate(re.finditer(r"[^\n]+", text)):
        para = pm.group(0)
        if not para.strip():
            continue
        base = pm.start()
        stripped = para.strip().rstrip("\"'»”’)] ")
        words = len(para.split())
        heading = (not re.search(r"[.!?…؟:;]$", stripped) and words < 40) or bool(re.search(L.CAPTION, para, re.I) and words < 40)
        pos = 0
        for m in _SENT_END.finditer(para):
            cut = m.start()
            if re.search(_ABBREV + r"[\"»”’']?$", para[max(0, cut - 8):cut]):
                continue
            _add(out, para, base, pos, cut, p_index, heading)
            pos = m.end()
        _add(out, para, base, pos, len(para), p_index, heading)
    return out


def _add(out, para, base, s, e, p_index, heading):
    chunk = para[s:e]
    lead = len(chunk) - len(chunk.lstrip())
    chunk = chunk.strip()
    if chunk:
        out.append(Sentence(chunk, base + s + lead, base + s + lead + len(chunk), p_index, heading))


# ---------------------------------------------------------------------------------------------
# Clauses


_CLAUSE_SPLIT = {
    "en": re.compile(r",?\s+(?:while|whereas|but)\s+|;\s+|\s+and\s+(?=(?:others?|another|\w+\s+others)\b)|,\s+and\s+(?=[a-z]+\s+(?:were|was|had|have))"),
    "fr": re.compile(r",?\s+(?:tandis que|alors que|mais)\s+|;\s+|\s+et\s+(?=(?:en\s+a|a\s+|ont\s+|les\s+autres|d'autres|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+autres))"),
    "ar": re.compile(r"،?\s+(?:بينما|في حين|فيما)\s+|؛\s*"),
}


@dataclass
class Clause:
    text: str
    offset: int  # offset of the clause in the sentence


def split_clauses(sentence: str, lang: str) -> list[Clause]:
    pattern = _CLAUSE_SPLIT.get(lang, _CLAUSE_SPLIT["en"])
    out, pos = [], 0
    for m in pattern.finditer(sentence):
        if m.start() > pos:
            out.append(Clause(sentence[pos:m.start()], pos))
        pos = m.end()
    if pos < len(sentence):
        out.append(Clause(sentence[pos:], pos))
    return out or [Clause(sentence, 0)]


# ---------------------------------------------------------------------------------------------
# Compiled vocabulary


def _c(pattern: str, flags=re.I) -> re.Pattern:
    return re.compile(pattern, flags)


@lru_cache(maxsize=None)
def _vocab(lang: str):
    lg = lang if lang in ("en", "fr", "ar") else "en"
    wb = (lambda p: r"(?<!\w)(?:" + p + r")(?!\w)")
    if lg == "ar":  # attached particles and article before, number/gender endings after
        wb = (lambda p: r"(?<![\u0621-\u064A])(?:[وف]?(?:بال|لل|ال|ب|ل|ك)?)(?:" + p
              + r")(?:ة|ي|ية|ا|ان|ين|ات|ها|هم)?(?![\u0621-\u064A])")
    return {
        "projectiles": [(_c(wb(p)), t) for p, t in L.PROJECTILES[lg]],
        "attack": [(_c(wb(p)), t) for p, t in L.ATTACK_WORDS[lg]],
        "generic": _c(L.GENERIC[lg]),
        "new": _c(L.NEW_INCIDENT[lg]),
        "launch": _c(L.LAUNCH[lg]),
        "impact": _c(L.IMPACT[lg]),
        "intercept": _c(L.INTERCEPT[lg]),
        "anaphora": _c(L.ANAPHORA[lg], re.I),
        "reference": _c(L.REFERENCE[lg]),
        "descriptive": _c(L.DESCRIPTIVE[lg]),
        "launch_dir": _c(L.LAUNCH_DIRECTION[lg]),
        "distance_dir": _c(L.DISTANCE_DIRECTION[lg]),
        "killed": _c(L.KILLED[lg]),
        "injured": _c(L.INJURED[lg]),
        "no_casualties": _c(L.NO_CASUALTIES[lg]),
        "victims": L.VICTIMS[lg],
        "unclaimed": _c(L.UNCLAIMED[lg]),
        "claimed": _c(L.CLAIMED[lg]),
        "claim_intro": _c(L.CLAIM_NAME_INTRO[lg]),
        "blamed": _c(L.BLAMED[lg]),
        "according": re.compile(L.ACCORDING[lg]),
    }


_FACILITIES = [(re.compile(p, re.I if "[A-Z]" not in p else 0), name, cue) for p, name, cue in L.FACILITY_PHRASES]
_CUES = [(_c(r"(?<!\w)(?:" + p + r")(?!\w)"), cue) for p, cue in L.CUES]
_CUE_ANY = "|".join(p for p, _ in L.CUES)

# Number words the count patterns accept before a noun (checked again by parse_count).
_NUMWORDS = (
    r"\d(?:[\d,.\u202f\u00a0]*\d)?|[٠-٩]+|a dozen|dozens|a couple of|a handful of|several|une dizaine|des dizaines|une douzaine|"
    r"une vingtaine|une trentaine|une quarantaine|une cinquantaine|une centaine|une quinzaine|plusieurs|"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?(?:one|two|three|four|five|six|seven|eight|nine)|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|"
    r"a|an|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"dix-sept|dix-huit|dix-neuf|vingt(?:-(?:et-un|deux|trois|quatre|cinq|six|sept|huit|neuf))?|trente|quarante|cinquante|cent|"
    r"واحد|اثنين|اثنان|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة|عدة|عشرات"
)
_QUAL = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
_COUNT_PREFIX = r"(?:(?P<qual>" + _QUAL + r")\s+)?(?:d['’]|de\s+)?(?P<num>" + _NUMWORDS + r")\s+"

_NAME_PART = r"(?:al|el|ad|ed|as|es|ash|esh|at|et|az|ez|ar|er|an|en|ul|bin|ibn|bou|abu|abou|umm|um|bani|beni)"
# Before a space only the particles that are not also English or French words ("at", "as", "en").
_SPACED_PART = r"(?:al|el|ul|bin|ibn|bou|abu|abou|umm|bani|beni)"
_PART = r"(?:" + _NAME_PART + r"[-‐]|" + _SPACED_PART + r" )"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'‘ʿ-]*"
_NAME = re.compile(
    r"(?<![\w-])" + _PART + r"?" + _CAP
    + r"(?:(?:[ -]" + _PART + r"?" + _CAP + r")|(?:[ -](?:" + _NAME_PART + r")[-‐]" + _CAP + r"))*"
    + r"(?:\s\d{1,3}(?![\d,.]\d|\w))?"  # "Tower 22", "Camp 5"
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
}
_LOCATIVE = {
    "en": r"(?:\b(?:in|at|on|near|of|from|into|outside|inside|toward|towards|around|against|across|targeted|targeting|"
          r"hit|hits|struck|attacked|shelled|bombed|over|to)\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?)$",
    "fr": r"(?:\b(?:à|au|aux|de|du|des|dans|sur|près de|vers|contre|depuis|en|frappé|touché|visé|ciblé|visant|ciblant)\s+"
          r"(?:la\s+|le\s+|l['’]\s*)?|\b(?:d|l)['’]\s*)$",
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
            rows += [(n, row["name"]) for n in names]
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def _actor_scanner():
    """Two alternations (acronyms case-sensitive, names not), longest first: one pass per text."""
    table = _actor_table()
    exact = {n: c for n, c in table if len(n) <= 4 and n.isupper()}
    folded = {n.casefold(): c for n, c in table if not (len(n) <= 4 and n.isupper())}

    def alternation(names):
        return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                          + r")(?![\w-])", 0 if names is exact else re.I)

    return ((alternation(exact), exact, False), (alternation(folded), folded, True))


def find_actors(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for pattern, names, fold in _actor_scanner():
        for m in pattern.finditer(text):
            name = names.get(m.group(0).casefold() if fold else m.group(0))
            if name and not any(m.start() < e and s < m.end() for s, e, _ in found):
                found.append((m.start(), m.end(), name))
    return sorted(found)


_COUNTRY_NAMES = {
    "iraq": "IQ", "irak": "IQ", "syria": "SY", "syrie": "SY", "iran": "IR", "jordan": "JO", "jordanie": "JO",
    "lebanon": "LB", "liban": "LB", "israel": "IL", "israël": "IL", "yemen": "YE", "yémen": "YE", "turkey": "TR",
    "turquie": "TR", "kuwait": "KW", "koweït": "KW", "saudi arabia": "SA", "arabie saoudite": "SA", "somalia": "SO",
    "united states": "US", "états-unis": "US", "etats-unis": "US", "usa": "US", "us": "US",
    "العراق": "IQ", "سوريا": "SY", "إيران": "IR", "الأردن": "JO", "لبنان": "LB", "اليمن": "YE",
}


def _cue_from(text: str) -> Optional[str]:
    for pattern, cue in _CUES:
        if pattern.search(text):
            return cue
    return None


def find_mentions(clause: str, lang: str, extra_spans: list[tuple[int, int, str]] = ()) -> list[Mention]:
    """Place-like names of a clause with their cue and role."""
    v = _vocab(lang)
    actor_spans = [(s, e) for s, e, _ in find_actors(clause)]
    raw: list[tuple[int, int, str]] = []
    pattern = _ARABIC_NAME if lang == "ar" else _NAME
    for m in pattern.finditer(clause):
        raw.append((m.start(), m.end(), m.group(0)))
    # Known gazetteer names help only where they look like names: "had" or "were" are GeoNames places too.
    extra_spans = [(s, e, n) for s, e, n in extra_spans
                   if re.search(r"[A-ZÀ-Þ\u0621-\u064A]", n) and not n.split()[0].lower() in _NOT_PLACES]
    for s, e, n in extra_spans:
        if any(rs <= s and e <= re_ for rs, re_, _ in raw):
            continue  # already inside a capitalised run
        # a longer known name ("Ain al-Asad") wins over the runs it covers
        raw = [r for r in raw if not (s <= r[0] and r[1] <= e)]
        if not any(s < re_ and rs < e for rs, re_, _ in raw):
            raw.append((s, e, n))
    facilities = []
    for pattern, canonical, cue in _FACILITIES:
        for m in pattern.finditer(clause):
            if canonical is None:
                continue
            facilities.append(Mention(canonical, m.start(), m.end(), cue))
    raw = [r for r in raw if not any(f.start <= r[0] < f.end for f in facilities)]
    raw.sort()
    out: list[Mention] = list(facilities)
    for s, e, name in raw:
        name = name.strip(" -’'")
        if not name or name.lower() in _NOT_PLACES or any(s < ae and as_ < e for as_, ae in actor_spans):
            continue
        if re.search(r"\b(?:according to|selon|d['’]après|per|citing|spokesman|porte-parole)\s+(?:the\s+|l['’]|le\s+|la\s+)?$",
                     clause[max(0, s - 30):s], re.I):
            continue  # a source of information, not a place
        if re.search(r"\b(?:Secretary|Minister|Ministry|Department|Office|Chief|Head|Director|Council|Chairman|Commander|"
                     r"Chief of Staff|ministre|ministère|secrétaire|chef|directeur)\s+(?:of|de|du|des)\s+(?:the\s+|la\s+|l['’])?$",
                     clause[max(0, s - 40):s], re.I):
            continue  # "Secretary of State Mike Pompeo", "ministre de la Défense": a title, not a place
        if re.search(r"\w-(?:backed|led|aligned|allied|based|linked|affiliated|controlled|held|run)\b", name, re.I):
            continue  # "Iran-backed Iraqi militias": an adjective phrase
        model_like = re.fullmatch(r"[A-Z]{1,3}-?\d+[A-Z]?", name) and not re.match(
            r"\s*(?:(?:military|air|army)\s+)?(?:base|air ?base|airfield|camp)\b", clause[e:e + 30], re.I)
        if re.fullmatch(r"[\d\W_]+", name) or model_like or re.search(r"\b[A-Z]$", name) \
                or re.search(r"-(?:backed|led|aligned|allied|based|linked|affiliated|controlled|held|run)$", name, re.I):
            continue  # numbers, model names (F-16), adjectives (Iran-backed), people ("John F. Kirby")
        left = clause[max(0, s - 60):s]
        right = clause[e:e + 40]
        in_name_cue = _cue_from(name)
        left_cue = re.search(r"(?P<cue>" + _CUE_ANY + r")(?:,?\s+[a-zàâéèêîôûç'’-]+){0,3},?\s+(?:of|de|du|d['’])\s*$", left, re.I)
        right_cue = re.match(r"\s*(?P<cue>air ?base|airbase|base|airport|province|governorate|district|camp|oil ?field|"
                             r"border crossing|military base)\b", right, re.I)
        if not left_cue:  # "the air base in Balad", "at the airport in Erbil": the facility of that town
            left_cue = re.search(r"(?P<cue>air ?base|airbase|airport|aéroport|base aérienne|military base)\s+(?:in|at|à|near)\s*$",
                                 left, re.I)
        locative = re.search(_LOCATIVE.get(lang, _LOCATIVE["en"]), left, re.I)
        if not (locative or left_cue or right_cue or in_name_cue):
            continue  # a name with no locative context is an actor or a speaker, not a place
        # Strip a leading generic word the capitalised run swallowed ("Joint" stays; "The" goes).
        name = re.sub(r"^(?:The|La|Le|Les|L['’])\s+", "", name)
        cue = in_name_cue or (left_cue and _cue_from(left_cue.group("cue"))) or (right_cue and _cue_from(right_cue.group("cue")))
        mention = Mention(name, s, e, cue)
        if name.lower() in _COUNTRY_NAMES or _COUNTRY_NAMES.get(name.lower().removeprefix("l'")):
            mention.cue = mention.cue or "country"
        ref = v["reference"].search(left)
        if ref:
            mention.role = "reference"
            mention.direction = ref.group("dir")
            if ref.groupdict().get("dist"):
                c = parse_count(ref.group("dist"), lang)
                if c:
                    mention.distance_km = to_km(c.value, ref.group("unit") or "km")
        elif v["descriptive"].search(left):
            mention.role = "descriptive"
        elif v["launch"].search(left) or re.search(r"\b(?:from|depuis)\s+(?:(?:a|the|une?|la|le)\s+)?(?:\w+\s+){0,4}$", left, re.I) \
                and v["launch"].search(clause[:s]):
            mention.role = "launch"
        out.append(mention)
    out.sort(key=lambda m: m.start)
    # Containers: "X, in the province of Y", "X dans le gouvernorat de Y", "la zone verte de Bagdad".
    for a, b in zip(out, out[1:]):
        gap = clause[a.end:b.start]
        facility_of = a in facilities and re.fullmatch(r"\s*(?:de|d['’]|du|of|in|à)\s*", gap)
        if (facility_of or re.fullmatch(r"\s*,?\s*(?:(?:in|dans|à|near|of)\s+)(?:[\w’'-]+\s+){0,4}?(?:of\s+|de\s+|d['’]|du\s+)?",
                                        gap, re.I) and b.cue in ("province", "district", "country", "town", None)) \
                and b.role == "target" and a.role in ("target", "launch"):
            b.role = "container"
            a.container = b.name
    return out


def _anaphora(clause: str, lang: str) -> Optional[re.Match]:
    return _vocab(lang)["anaphora"].search(clause)


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
    mentions: list[Mention] = field(default_factory=list)
    anaphoric: bool = False
    count: Optional[tuple] = None  # (value, qualifier, is_share)
    weapon: Optional[str] = None
    dates: list[DateMention] = field(default_factory=list)
    killed: list[tuple] = field(default_factory=list)  # (value, qualifier)
    injured: list[tuple] = field(default_factory=list)
    unclaimed: bool = False
    claimed_by: list[str] = field(default_factory=list)
    blamed_on: list[str] = field(default_factory=list)
    attacker: list[str] = field(default_factory=list)
    launch_direction: Optional[str] = None
    launch_distance_km: Optional[float] = None
    according_to: Optional[str] = None

    @property
    def target(self) -> Optional[Mention]:
        ranked = [m for m in self.mentions if m.role == "target"]
        if not ranked:
            return None
        order = {"airbase": 0, "base": 0, "airport": 1, "embassy": 0, "consulate": 0, "zone": 0, "oil_field": 1,
                 "border_crossing": 1, "village": 2, "town": 2, None: 2, "area": 3, "district": 4, "province": 5,
                 "country": 6}
        return min(ranked, key=lambda m: (order.get(m.cue, 2), m.cue is None, m.start))

    @property
    def launch(self) -> Optional[Mention]:
        return next((m for m in self.mentions if m.role == "launch"), None)


def _event_type(text: str, lang: str) -> tuple[Optional[str], bool]:
    v = _vocab(lang)
    for pattern, etype in v["projectiles"]:
        if pattern.search(text):
            return etype, True
    hits = [etype for pattern, etype in v["attack"] if pattern.search(text)]
    if hits:
        return next((t for t in hits if t), "attack"), True
    return None, False


def _projectile_alt(lang: str) -> str:
    lg = lang if lang in L.PROJECTILES else "en"
    return "|".join(p for p, _ in L.PROJECTILES[lg][:-1])  # every projectile noun but airstrikes


def _count(text: str, lang: str) -> Optional[tuple]:
    """(value, qualifier, is_share) of the projectiles of a clause."""
    nouns = _projectile_alt(lang)
    weapon_words = (r"(?:(?!(?:attaque|attack|tir|tirs|frappe|strike|raid|offensive|assault)\b)"
                    r"(?:[\w-]+[- ]type|de type [\w-]+|[\w-]+)\s+){0,2}?")
    m = re.search(r"(?<!\w)" + _COUNT_PREFIX + r"(?P<other>(?:other|others|more|autres|de plus)\s+)?" + weapon_words
                  + r"(?:" + nouns + r")(?!\w)(?!\s+(?:attacks?|strikes?|fire|barrage|salvo|assault|raid)\b)", text, re.I)
    if m and m.group("num").lower() in ("a", "an", "un", "une") and re.search(r"s\s*$", m.group(0)):
        m = None  # "a barrage of rockets", "une salve de roquettes": an article before a plural is not one
    if m:
        c = parse_count(((m.group("qual") or "") + " " + m.group("num")).strip(), lang)
        if c and c.value < 10000:
            return (c.value, c.qualifier, bool(m.group("other")))
    m = re.search(r"(?<!\w)" + _COUNT_PREFIX + r"(?:others|autres)(?!\w)", text, re.I)
    if m:
        c = parse_count(((m.group("qual") or "") + " " + m.group("num")).strip(), lang)
        if c and c.value < 10000:
            return (c.value, c.qualifier, True)
    return None


def _casualties(text: str, lang: str, which: str) -> list[tuple]:
    """Numbers of killed or injured a clause states: [(value, qualifier)].

    Categories joined by "and"/"et" add up: "four U.S. service members and two Iraqi security
    personnel were wounded" is 6 wounded (the qualifier of the first group is kept).
    """
    v = _vocab(lang)
    victims = v["victims"]
    adjectives = r"(?:[\w’'.-]+\s+){0,4}?"
    # "civilian contractor", "Iraqi security personnel": a victim noun may qualify the next one
    group = (_COUNT_PREFIX + adjectives + victims + r"(?:\s+(?:(?!(?:and|et|or|ou)\s)[\w’'.-]+\s+){0,2}?" + victims
             + r")?(?!\w)")
    joiner = (r"(?:\s+(?:de|du|des|of|from)\s+(?:[\w'’.-]+\s*?){1,3}?)?\s*,?\s*(?:and|et|as well as|ainsi que)\s+")
    aux = r"(?:\s+(?:were|was|have been|has been|had been|are|is|ont été|a été|avaient été|sont|furent|être))?\s*"
    out = []
    for kw in v[which].finditer(text):
        before = text[max(0, kw.start() - 200):kw.start()]
        after = text[kw.end():kw.end() + 160]
        found = None
        # after the verb: "killing two soldiers", "blessant trois militaires ... et deux soldats irakiens"
        m2 = re.match(r"\s*(?:(?:only|seulement)\s+)?" + group, after, re.I)
        if m2:
            found = _sum_groups(after, m2, group, joiner, lang, forward=True)
        if found is None:
            m2 = re.match(r"\s*(?:en\s+)?(?:a\s+)?" + _COUNT_PREFIX.replace("\\s+$", "") + r"(?:autres|others)", after, re.I)
            if m2:
                c = parse_count(((m2.group("qual") or "") + " " + m2.group("num")).strip(), lang)
                found = (c.value, c.qualifier) if c else None
        if found is None:
            # before the verb: "... four U.S. service members and two Iraqi personnel were wounded"
            chain = list(re.finditer(r"(?<!\w)" + group, before, re.I))
            if chain and re.fullmatch(r"(?:\s+(?:du|de|des|of|from)\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,2}?|"
                                      r"(?:\s+(?!(?:and|et)\b)[\w’'.-]+){0,2}?)" + aux, before[chain[-1].end():], re.I):
                found = _sum_groups(before, chain[-1], group, joiner, lang, forward=False, chain=chain)
        if found is None:
            # "22 dead", "more than 40 were injured", "two minor injuries"
            m3 = re.search(r"(?<!\w)" + _COUNT_PREFIX + r"(?:(?:minor|serious|light|severe|légers?|graves?)\s+)?"
                           r"(?:(?:were|was|have been|has been|had been|are|is|ont été|a été|sont)\s+)?$", before, re.I)
            if m3:
                c = parse_count(((m3.group("qual") or "") + " " + m3.group("num")).strip(), lang)
                found = (c.value, c.qualifier) if c else None
        if found is None and which == "injured":
            # "en a blessé au moins huit autres": the qualifier sits between verb and number
            m4 = re.match(r"\s*" + _COUNT_PREFIX + r"(?:autres|others|people|personnes)", after, re.I)
            if m4:
                c = parse_count(((m4.group("qual") or "") + " " + m4.group("num")).strip(), lang)
                found = (c.value, c.qualifier) if c else None
        if found is not None and found[0] < 100000:
            out.append(found)
            break
    return out


def _sum_groups(text, first, group, joiner, lang, *, forward: bool, chain=None):
    """Add up victim groups joined by "and": forward from ``first``, or backward along ``chain``."""
    groups = [first]
    if forward:
        pos = first.end()
        while True:
            m = re.match(joiner + group, text[pos:], re.I)
            if not m or m.end() == 0:
                break
            groups.append(m)
            pos += m.end()
    else:
        k = len(chain) - 1
        while k > 0 and re.fullmatch(joiner, text[chain[k - 1].end():chain[k].start()], re.I):
            groups.insert(0, chain[k - 1])
            k -= 1
    total, qualifier = 0, None
    for g in groups:
        c = parse_count(((g.group("qual") or "") + " " + g.group("num")).strip(), lang)
        if c is None:
            return None
        total += c.value
        qualifier = qualifier or c.qualifier
    return total, qualifier


def _noun_phrase(text: str, max_words: int = 10) -> str:
    """The noun phrase at the start of ``text``, up to the end of its clause."""
    phrase = re.split(r"[,.;:!?\"«»“”()]|\s(?:but|mais|who|which|qui|que|after|since|après|depuis|for|pour)\s", text, maxsplit=1)[0]
    phrase = re.split(r"\s(?:de (?:ces|cette|l['’]attaque|les avoir)|d['’]être|for (?:the|these|this|that)|of (?:the|these) attacks?|"
                      r"over (?:the|these)|in (?:the|these) attacks?)\b", phrase, maxsplit=1)[0]
    words = phrase.split()[:max_words]
    while words and words[0].lower() in ("the", "many", "des", "les", "de", "d'", "the", "various", "several", "some", "a",
                                         "régulièrement", "souvent", "regularly", "often", "repeatedly", "directly",
                                         "directement", "also", "aussi", "généralement", "usually"):
        words = words[1:]
    return " ".join(words).strip(" '’")


def _actors_in(text: str) -> list[str]:
    return list(dict.fromkeys(name for _, _, name in find_actors(text)))


@lru_cache(maxsize=20000)
def _known_name(name: str) -> bool:
    """Does the default gazetteer hold a place spelled ``name`` (exactly, after normalisation)?"""
    from .gazetteer import Gazetteer

    try:
        return bool(Gazetteer.default().candidates(name, limit=1, fuzzy=False))
    except Exception:  # noqa: BLE001 - an unusable query is simply not a known name
        return False


def _arabic_mentions(text: str) -> list[Mention]:
    facilities = [(m.start(), m.end(), canonical, cue) for pattern, canonical, cue in _FACILITIES if canonical
                  for m in pattern.finditer(text)]
    found = arabic.find_mentions(text, _known_name, taken=[(s, e) for s, e, _, _ in facilities])
    out = [Mention(m.name, m.start, m.end, m.cue, m.role, direction=m.direction, distance_km=m.distance_km) for m in found]
    for m, a in zip(out, found):
        if a.container_of is not None:
            out[a.container_of].container = m.name
        if m.name in _COUNTRY_NAMES or _COUNTRY_NAMES.get(m.name.removeprefix("ال")):
            m.cue = m.cue or "country"
    for s, e, canonical, cue in facilities:  # "السفارة الأمريكية", "المنطقة الخضراء في بغداد"
        fac = Mention(canonical, s, e, cue)
        nxt = next((m for m in out if m.start >= e and re.fullmatch(r"\s*(?:في|ب|بال)?\s*", text[e:m.start])), None)
        if nxt is not None and nxt.role == "target" and nxt.cue in (None, "town", "province"):
            nxt.role = "container"
            fac.container = nxt.name
        out.append(fac)
    out.sort(key=lambda m: m.start)
    return out


def analyse_clause(clause: Clause, lang: str, published, previous_date, extra_spans, dates=None) -> ClauseInfo:
    v = _vocab(lang)
    text = arabic.clean(clause.text) if lang == "ar" else clause.text
    info = ClauseInfo(clause)
    info.event_type, info.trigger = _event_type(text, lang)
    if info.event_type in ("drone attack", "missile attack", "rocket attack") and v["intercept"].search(text) \
            and not v["impact"].search(text):
        info.event_type = "interception"  # stopped in flight: ACLED's "interception" sub-event
    # A generic word ("a series of attacks") does not make a clause generic when it gives a count or a day.
    info.generic = bool(v["generic"].search(text))
    info.new_marker = bool(v["new"].search(text))
    info.impact_verb = bool(v["impact"].search(text))
    info.mentions = _arabic_mentions(text) if lang == "ar" else find_mentions(text, lang, extra_spans)
    info.anaphoric = bool(_anaphora(text, lang))
    if lang == "ar":
        c = arabic.count(text)
        info.count = (c[0], c[1], False) if c else None
    else:
        info.count = _count(text, lang)
    info.weapon = _weapon(text)
    info.dates = list(dates) if dates is not None else find_dates(text, lang, published, previous_date)
    if info.generic and (info.count or any(d.span and d.span.precision == "day" and not d.since for d in info.dates)):
        info.generic = False
    if v["no_casualties"].search(text) or (lang == "ar" and arabic.no_casualties(text)):
        scope = ("killed", "injured")
        for pat, sc in L.NO_CASUALTY_SCOPE:
            if re.search(pat, text, re.I):
                scope = sc
                break
        if "killed" in scope:
            info.killed.append((0, None))
        if "injured" in scope:
            info.injured.append((0, None))
    elif lang == "ar":
        info.killed = arabic.casualties(text, "killed")
        info.injured = arabic.casualties(text, "injured")
    else:
        info.killed = _casualties(text, lang, "killed")
        info.injured = _casualties(text, lang, "injured")
    if v["unclaimed"].search(text):
        info.unclaimed = True
    elif v["claimed"].search(text):
        names = _actors_in(text)
        if not names:
            m = re.search(L.CLAIM_NAME_INTRO[lang if lang in L.CLAIM_NAME_INTRO else "en"].rstrip("$") + r"(?P<n>" + _CAP
                          + r"(?:[ -](?:" + _NAME_PART + r"[-‐ ])?" + _CAP + r")*)", text, re.I)
            if m:
                names = [m.group("n")]
        info.claimed_by = names
    for m in (() if lang == "ar" else v["blamed"].finditer(text)):
        np = _noun_phrase(text[m.end():])
        actors = _actors_in(text[m.end():m.end() + 120])
        if np:
            info.blamed_on.append(actors[0] if actors and len(np) > 60 else np)
    if lang == "ar":
        for accused in arabic.blamed(text):
            actors = _actors_in(accused)
            info.blamed_on.append(actors[0] if actors else accused)
    if info.event_type == "airstrike":
        for pattern, actor in L.STATE_ACTORS:
            if re.search(pattern, text):
                info.attacker.append(actor)
                break
    lm = v["launch_dir"].search(text) if v["launch"].search(text) or re.search(r"further|plus à|from the|de l'", text) else None
    if lm and info.launch:
        info.launch_direction = _direction_word(lm.group("dir"))
        dd = v["distance_dir"].search(text)
        if dd and info.launch.distance_km is None:  # "from the village of X, about 8 km east of the base"
            km = _distance_km(dd, lang)
            if km:
                info.launch.distance_km = km
                info.launch_direction = _direction_word(dd.group("dir"))
    elif lm and v["launch"].search(text) and not info.generic:
        # "fired from an area east of the base", "انطلقتا من منطقة تقع جنوب غرب القاعدة": no name, a direction
        info.launch_direction = _direction_word(lm.group("dir"))
        dd = v["distance_dir"].search(text)
        if dd:
            info.launch_distance_km = _distance_km(dd, lang)
            if info.launch_distance_km:
                info.launch_direction = _direction_word(dd.group("dir"))
    acc = v["according"].search(text)
    if acc:
        info.according_to = acc.group("who").strip()
    return info


def _distance_km(match: re.Match, lang: str) -> Optional[float]:
    """Kilometres of a DISTANCE_DIRECTION match ("some eight kilometres", "une dizaine de km", "5 miles")."""
    words = match.group("num").split()
    c = next((c for k in range(min(3, len(words)), 0, -1)
              if (c := parse_count(" ".join(words[-k:]), lang)) is not None), None)
    if c is None:
        return None
    return to_km(c.value, match.group("unit"))


def _direction_word(word: str) -> str:
    fr = {"nord": "north", "sud": "south", "est": "east", "ouest": "west", **arabic.DIRECTIONS}
    parts = re.split(r"[- ]", word.lower())
    return "-".join(fr.get(p, p) for p in parts)


@lru_cache(maxsize=1)
def _weapon_pattern():
    """Every name the weapons catalogue knows (``data/weapons.csv``), longest first."""
    from .weapons import catalogue

    generic = {"drone", "drones", "rocket", "rockets", "missile", "missiles", "mortar", "mortars"}
    alts = sorted({a for w in catalogue() for a in w.aliases if len(a) >= 3 and a.lower() not in generic},
                  key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w])", re.I)


def _weapon(text: str) -> Optional[str]:
    m = _weapon_pattern().search(text)
    return m.group(0) if m else None


# ---------------------------------------------------------------------------------------------
# The document


@dataclass
class _Current:
    frame: EventFrame
    target: Optional[str]
    date: Optional[DateSpan]
    last_sentence: int


def _norm(name: Optional[str]) -> str:
    return normalize(name) if name else ""


def _same_place(a: Optional[str], b: Optional[str]) -> bool:
    na, nb = _norm(a), _norm(b)
    return bool(na and nb and (na == nb or na in nb or nb in na))


def document_focus(doc: Document) -> tuple[str, ...]:
    """Countries the document talks about, most mentioned first."""
    counts = {cc: len(re.findall(p, doc.text, re.I)) for cc, p in L.COUNTRY_WORDS.items()}
    return tuple(cc for cc, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n)


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
    lang_default = doc.language if doc.language in ("en", "fr", "ar") else "en"
    frames: list[EventFrame] = []
    current: Optional[_Current] = None
    states: dict[int, _Current] = {}
    since: Optional[DateSpan] = None
    for index, sent in enumerate(split_sentences(doc.text)):
        if sent.heading:
            continue
        lang = detect_sentence_language(sent.text, lang_default)
        lang = lang if lang in ("en", "fr", "ar") else lang_default
        evidence = Evidence(doc.doc_id, sent.text, sent.start, sent.end)
        known = gazetteer.find_names(sent.text) if gazetteer is not None and hasattr(gazetteer, "find_names") else []
        sentence_dates = find_dates(sent.text, lang, doc.published, current.date if current else None)
        for d in sentence_dates:
            if d.since and d.span:
                since = d.span
        previous_type = None
        clauses = split_clauses(sent.text, lang)
        for clause in clauses:
            if (current is None or index - current.last_sentence > 3) and not _event_type(
                    arabic.clean(clause.text) if lang == "ar" else clause.text, lang)[1]:
                continue  # no attack word and no incident being told: nothing this clause could add
            spans = [(s - clause.offset, e - clause.offset, n) for s, e, n in known
                     if clause.offset <= s and e <= clause.offset + len(clause.text)]
            # a one-clause sentence's dates were just read (Arabic clauses are read cleaned, so again)
            reuse = sentence_dates if len(clauses) == 1 and lang != "ar" else None
            info = analyse_clause(clause, lang, doc.published, current.date if current else None, spans, reuse)
            if info.event_type == "attack" and previous_type and re.match(r"\s*(?:others?|d['’]autres|les autres)\b",
                                                                           clause.text, re.I):
                info.event_type = previous_type  # "... rockets fell near X and others had targeted Y"
            previous_type = info.event_type or previous_type
            dates = [d for d in info.dates if d.span and not d.since]
            if any(d.since for d in info.dates) and not dates:
                info.generic = True
            fact = _factory(evidence, info.according_to)
            if info.trigger and not info.generic:
                clause_date = dates[0].span if dates else None
                if clause_date is None and current is None:
                    plain = [d for d in sentence_dates if d.span and not d.since]
                    clause_date = plain[0].span if plain else None
                if current is None or _starts_new(info, clause_date, current):
                    resumed = _resume(frames, states, info, clause_date)
                    if resumed is not None:
                        current = resumed
                    else:
                        current = _open(doc, frames, states, info, clause_date, since, history_days, fact)
                    _add_clause_facts(current, info, fact, lang, new=resumed is None)
                else:
                    _add_clause_facts(current, info, fact, lang, new=False)
                current.last_sentence = index
            elif current is not None and index - current.last_sentence <= 3:
                if info.killed or info.injured or info.unclaimed or info.claimed_by or info.blamed_on or info.launch \
                        or info.launch_direction:
                    _add_clause_facts(current, info, fact, lang, False)
                    current.last_sentence = index
    kept = []
    for frame in frames:
        if frame.first("target") is None:
            continue  # an attack with no place at all is a generic statement
        date = frame.first("date")
        if doc.published and date and (doc.published - date.value.latest).days > history_days:
            continue  # background history, not news
        if frame.first("target").value.cue == "country" and (date is None or date.value.precision == "range") \
                and not any(frame.first(k) for k in ("count", "killed", "injured", "launch")):
            continue  # "attacks on Western interests in Iraq": a summary, not an incident
        kept.append(frame)
    return kept


_AREA_CUES = ("country", "province", "district")
_ATTACK_ANAPHORA = re.compile(
    r"\b(?:the|this|that|the latest|the same) (?:attack|strike|assault|incident|raid|barrage)\b|"
    r"(?:\bl['’](?:attaque|attentat|offensive|assaut)|\bcette (?:attaque|frappe)|\bla frappe)\b|"
    r"(?:الهجوم|الاستهداف|الضربة|الضربات|الغارات|الهجومين)", re.I)


def _starts_new(info: ClauseInfo, clause_date: Optional[DateSpan], cur: _Current) -> bool:
    """Does an attack clause tell of another incident than the one being told?"""
    target = info.target
    current_type = cur.frame.first("event_type")
    if current_type and info.event_type and ("airstrike" in (info.event_type, current_type.value)) \
            and info.event_type != current_type.value and info.event_type != "attack" and current_type.value != "attack":
        return True
    same_target = target is not None and cur.target is not None and _same_place(target.name, cur.target)
    current_target = cur.frame.first("target")
    current_is_area = current_target is not None and current_target.value.cue in _AREA_CUES
    if current_is_area and info.anaphoric and not info.new_marker and clause_date is None:
        return False  # "a base in north-east Jordan ... The base, known as Tower 22": a closer look, same incident
    if _ATTACK_ANAPHORA.search(info.clause.text) and not info.new_marker and not info.count and (
            clause_date is None or cur.date is None or clause_date.overlaps(cur.date)):
        # "The attack ...", "L'attaque a été revendiquée ...", "the attack took place at al-Tanf": a definite
        # reference is to the incident being told, even where it names another place (a correction, a claim)
        return False
    if clause_date is not None:
        if cur.date is None:
            return not same_target
        if not clause_date.overlaps(cur.date):
            return True
    if target is not None and cur.target is not None and not same_target and target.cue not in _AREA_CUES:
        impact_site = target.cue in ("village", "area") and info.impact_verb and not info.new_marker
        return not impact_site
    if info.new_marker and target is not None and cur.target is None and cur.frame.first("target") is not None:
        return True
    return False


def _resume(frames, states, info: ClauseInfo, clause_date: Optional[DateSpan]) -> Optional[_Current]:
    """An incident told earlier in the document that this clause comes back to (same day, same place)."""
    if clause_date is None or clause_date.precision != "day":
        return None
    target = info.target
    for frame in reversed(frames):
        st = states[id(frame)]
        if st.date is None or st.date.precision != "day" or not st.date.overlaps(clause_date):
            continue
        if target is None or st.target is None or _same_place(target.name, st.target):
            return st
    return None


def _open(doc, frames, states, info, clause_date, since, history_days, fact) -> _Current:
    frame = EventFrame(doc)
    frames.append(frame)
    date = clause_date or undated_span(doc.published, history_days, since)
    if date is not None:
        frame.add(fact("date", date))
    cur = _Current(frame, None, clause_date, 0)
    states[id(frame)] = cur
    if info.target is None and info.anaphoric and len(frames) > 1:
        prev = next((f for f in reversed(frames[:-1]) if f.first("target")), None)
        if prev is not None:
            ref = prev.first("target").value
            frame.add(fact("target", PlaceRef(ref.name, ref.cue, ref.container, anaphoric=True)))
            cur.target = ref.name
    return cur


def _factory(evidence: Evidence, according_to: Optional[str]):
    def make(kind, value, qualifier=None):
        return Fact(kind, value, evidence, qualifier, according_to)

    return make


def _add_clause_facts(cur: _Current, info: ClauseInfo, fact, lang: str, new: bool) -> None:
    frame = cur.frame
    etype = info.event_type
    if etype:
        existing = frame.first("event_type")
        if existing is None:
            frame.add(fact("event_type", etype))
        elif existing.value == "attack" and etype != "attack":
            frame.facts.remove(existing)
            frame.add(fact("event_type", etype))
    if info.weapon and frame.first("weapon") is None:
        frame.add(fact("weapon", info.weapon))
    target = info.target
    current_target = frame.first("target")
    refining = current_target is not None and current_target.value.cue in _AREA_CUES
    if target is not None and (cur.target is None or _same_place(target.name, cur.target) or new or refining):
        if target.cue in ("country", "province", "district") and cur.target:
            pass  # a wider area named later does not replace a precise target
        elif cur.target is None or (frame.first("target") and frame.first("target").value.cue in ("country", "province")):
            existing = frame.first("target")
            if existing is not None:
                frame.facts.remove(existing)
            frame.add(fact("target", PlaceRef(target.name, target.cue, target.container)))
            cur.target = target.name
    # impact sites and shares
    impact_mentions = [m for m in info.mentions if m.role == "target" and m is not target
                       and m.cue in ("village", "town", "area", None) and info.impact_verb]
    if info.count:
        value, qual, share = info.count
        is_impact = info.impact_verb and (share or frame.first("count") is not None or impact_mentions or info.anaphoric)
        if frame.first("count") is None and not share:
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
    # a target named only later ("the Balad base" after "an air base")
    if frame.first("target") is None and target is not None:
        frame.add(fact("target", PlaceRef(target.name, target.cue, target.container)))
        cur.target = target.name
    launch = info.launch
    if launch is not None and frame.first("launch") is None:
        frame.add(fact("launch", PlaceRef(launch.name, launch.cue, launch.container,
                                          direction=info.launch_direction, distance_km=launch.distance_km)))
    elif launch is None and info.launch_direction and frame.first("launch") is None:
        # an unnamed launch point known by its direction (and distance) from the target
        frame.add(fact("launch", PlaceRef("", None, direction=info.launch_direction,
                                          distance_km=info.launch_distance_km)))
    for value, qual in info.killed:
        frame.add(fact("killed", value, qual))
    for value, qual in info.injured:
        frame.add(fact("injured", value, qual))
    if info.unclaimed:
        frame.add(fact("unclaimed", True))
    for name in info.claimed_by:
        frame.add(fact("claimed_by", name))
    for name in info.blamed_on:
        frame.add(fact("blamed_on", name))
    for name in info.attacker:
        frame.add(fact("attacker", name))
