"""Arabic (Modern Standard, news register) rules for the extractor.

Arabic needs its own reading of a clause, for three reasons a reviewer can check here:

* no capital letters mark a name, so a place is found after a *cue noun* (قاعدة "base",
  محافظة "province", قرية "village" ...) or a locative preposition (في، قرب، على ...), and the
  words that form the name are those the gazetteer knows (longest first);
* prepositions and conjunctions are written attached to the next word (و "and", ب "in/with",
  ل "to", ف "so"; بال، لل): ``وبغداد``, ``ببغداد``, ``بعشرة صواريخ`` -- they are split off before a
  word is looked up;
* the noun's number carries the count: a singular victim noun is one person (إصابة متعاقد "a
  contractor was injured"), a dual is two (صاروخين "two rockets").

Short vowels (harakat) and tatweel are dropped first (:func:`clean`); only the sentence's span is
recorded as evidence, so nothing downstream needs character offsets into the cleaned text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from .numbers import parse_count, to_km

LETTERS = "\u0621-\u064A"
_HARAKAT = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_TOKEN = re.compile(r"[\u0621-\u064A]+|\d+(?:[.,]\d+)?|[٠-٩]+")


def clean(text: str) -> str:
    """Drop harakat and tatweel, map Arabic-Indic digits to ASCII ones."""
    text = _HARAKAT.sub("", text)
    return text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))


# Proclitics, longest first: a word is tried as written, then with each removed.
_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")


def bases(word: str) -> list[tuple[int, str]]:
    """(offset, base) readings of ``word``: as written, then without attached particles.

    >>> bases("ببغداد")[:2]
    [(0, 'ببغداد'), (1, 'بغداد')]
    """
    out = [(0, word)]
    for p in _PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 2:
            rest = word[len(p):]
            if p.endswith("ال") or p.endswith("لل"):
                rest = "ال" + rest  # بالقاعدة -> القاعدة, للقاعدة -> القاعدة
            out.append((len(p) - (2 if p.endswith("ال") else 1 if p.endswith("لل") else 0), rest))
    return out


# Cue nouns that introduce a name, with the feature they imply.
CUE_NOUNS = {
    "قاعدة": "base", "مطار": "airport", "محافظة": "province", "قضاء": "district", "ناحية": "district",
    "قرية": "village", "بلدة": "town", "مدينة": "town", "منطقة": "area", "حقل": "oil_field", "معبر": "border_crossing",
    "معسكر": "base", "مخيم": "base", "حي": "area", "مصفاة": "oil_field", "ميناء": "town", "جزيرة": "area",
    "مقر": "base", "موقع": "base", "محطة": "base",
}
# Adjectives after a facility's name ("قاعدة بلد الجوية"): part of the phrase, not of the name.
_TRAILING = {
    "الجوية": "airbase", "الجوي": "airbase", "العسكرية": "base", "العسكري": "base", "الدولي": "airport",
    "الدولية": None, "الأمريكية": None, "الأميركية": None, "الأمريكي": None, "الأميركي": None, "النفطي": "oil_field",
    "الغازي": "oil_field", "الحدودي": "border_crossing", "الحدودية": None, "المدني": None,
}
# Words that end a name: prepositions, relatives, directions, time words, verbs of reporting.
STOP = set("""
في على من إلى الى عن مع قرب عند داخل خارج نحو باتجاه حيث التي الذي الذين اللذين التى بعد قبل منذ حتى أو او ثم لكن
شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط الواقعة الواقع القريبة القريب المحاذية المجاورة تقع يقع
مساء صباح ليل ليلة فجر ظهر عصر اليوم أمس امس يوم الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت
بحسب وفق حسب قال قالت أفاد أفادت ذكر ذكرت أعلن أعلنت أن إن ما لا لم هذا هذه ذلك تلك كما
وفي وعلى ومن وقرب بين أمام خلف حول ضد عبر لدى
""".split())
# Words no place name is, though the gazetteer knows a place spelled so (a statement, the guard, a state ...).
NOT_NAMES = set("""
بيان الحرس الدولة الحكومة القوات قوات الجيش الشرطة الأمن الامن الهجوم هجوم الضربة الصواريخ صواريخ الوقت وقت المنطقة
القاعدة قاعدة الموقع المطار المعسكر مصادر مصدر المسؤولين مسؤول المرصد البنتاغون واشنطن طهران الفصائل فصائل جماعة جماعات
المقاومة التحالف السفارة القنصلية الإعلام خلية عمليات العمليات الداخلية وزارة الوزارة إقليم الاقليم الحدود العاصمة
لها له لهم لهن لهما منها منه منهم عليها عليه عليهم فيها فيه فيهم بها به بهم إليها إليه عنها عنه
بايدن ترامب أوستن بلينكن السوداني الكاظمي خامنئي سليماني المهندس نصرالله الأسد الحوثي الحوثيين
عام العام شهر الشهر أسبوع الأسبوع ساعة ساعات دقائق الليلة أيام الجاري الماضي الماضية المقبل
""".split())
# First words of compound names ("البو حسن", "عين الأسد", "تل أبيض"): take the next word too.
_COMPOUND = {"البو", "ألبو", "آلبو", "أبو", "ابو", "عين", "تل", "دير", "جرف", "رأس", "راس", "بئر", "حمام", "سيد", "أم", "ام",
             "بني", "بيت", "كفر", "جسر", "باب", "خان", "ذي", "ذو", "سهل", "جبل", "وادي", "مرج", "شط", "نهر", "كيه", "كي"}
# Prepositions after which a known name is a place ("في بغداد", "قرب البوكمال").
_LOCATIVE = {"في", "على", "قرب", "من", "نحو", "باتجاه", "داخل", "عند", "إلى", "الى", "استهدف", "استهدفت", "تستهدف",
             "يستهدف", "ضرب", "ضربت", "طال", "طالت", "لمدينة", "أطراف", "محيط", "أنحاء", "مناطق", "بلدات", "قرى"}
# Words that introduce a facility's name ("موقع عسكري يعرف باسم البرج 22").
_NAMING = {"باسم", "اسم", "تدعى", "يدعى", "تسمى", "يسمى", "المسماة", "المسمى", "المعروفة", "المعروف"}
DIRECTIONS = {"شمال": "north", "جنوب": "south", "شرق": "east", "غرب": "west", "شمالي": "north", "جنوبي": "south",
              "شرقي": "east", "غربي": "west"}
_DISTANCE = re.compile(r"(?:على\s+)?بعد\s+(?P<num>(?:نحو|حوالي|قرابة)?\s*[\d٠-٩]+|\S+)\s+(?P<unit>كلم|كم|كيلومترا?|كيلومترات|ميلا?|أميال)\s*$")
_LAUNCH = re.compile(r"(?:أطلق|انطلق|إطلاق)\S*\s+(?:\S+\s+){0,5}?من\s+(?:\S+\s+){0,7}$")


@dataclass
class ArMention:
    name: str
    start: int
    end: int
    cue: Optional[str]
    role: str = "target"
    direction: Optional[str] = None
    distance_km: Optional[float] = None
    container_of: Optional[int] = None  # index of the mention this one contains


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


def _strip_to(word: str, vocabulary) -> Optional[tuple[int, str]]:
    for off, base in bases(word):
        if base in vocabulary:
            return off, base
    return None


def find_mentions(text: str, known: Callable[[str], bool], taken: list[tuple[int, int]] = ()) -> list[ArMention]:
    """Place mentions of a cleaned Arabic clause.

    ``known(name)`` says whether the gazetteer has an entry spelled so; it decides where a name
    ends (the longest known run of words wins) and whether a word after a bare preposition is a
    place at all.  ``taken`` spans (facilities already found by phrase) are skipped.
    """
    toks = [t for t in _tokens(text) if not any(s <= t[0] < e for s, e in taken)]
    out: list[ArMention] = []
    used: set[int] = set()
    i = 0
    while i < len(toks):
        s, e, word = toks[i]
        cue_hit = _strip_to(word, CUE_NOUNS)
        if cue_hit:
            off, noun = cue_hit
            cue = CUE_NOUNS[noun]
            words = _name_words(toks, i + 1)
            if words:
                n, name = _best_name(words, known, prefix=noun)
                if n:
                    last = words[n - 1]
                    # "قاعدة بلد الجوية": the adjective after the name fixes the kind of facility
                    after = toks[i + 1 + n][2] if i + 1 + n < len(toks) else ""
                    if after in _TRAILING and _TRAILING[after]:
                        cue = _TRAILING[after] if cue in ("base", "airport") or _TRAILING[after] == "airbase" else cue
                    if noun == "قاعدة" and after == "الجوية":
                        cue = "airbase"
                    out.append(ArMention(name, words[0][0], last[1], cue))
                    used.update(range(i, i + 1 + n))
                    i += 1 + n
                    continue
        if i not in used:
            m = _locative_name(toks, i, known)
            if m is not None:
                out.append(m[0])
                i += m[1]
                continue
        i += 1
    _roles(text, out)
    return out


def _name_words(toks, j: int, limit: int = 3) -> list[tuple[int, int, str]]:
    words = []
    while j < len(toks) and len(words) < limit:
        w = toks[j][2]
        if w in STOP or w in _TRAILING or (w[0].isdigit() and not words) or (not words and w.startswith("ل") and (
                w.startswith("لل") or (not w.startswith("ال") and len(w) > 4 and w[1:3] == "ال"))):
            break  # "قاعدة للتحالف": a base *of* the coalition, no name follows
        words.append(toks[j])
        j += 1
    if words and words[0][2] in NOT_NAMES:
        return []
    return words


def _best_name(words, known, prefix: str = "") -> tuple[int, str]:
    """How many of ``words`` form the name, and the name (longest the gazetteer knows)."""
    for n in range(len(words), 0, -1):
        name = " ".join(w for _, _, w in words[:n])
        if known(name) or (prefix and known(prefix + " " + name)):
            return n, name
    first = words[0][2]
    if first in NOT_NAMES or len(first) < 2:
        return 0, ""
    n = 2 if first in _COMPOUND and len(words) > 1 else 1
    return n, " ".join(w for _, _, w in words[:n])


def _locative_name(toks, i: int, known) -> Optional[tuple[ArMention, int]]:
    """A known name right after a preposition, a direction, or with an attached بـ."""
    s, e, word = toks[i]
    prev = toks[i - 1][2] if i else ""
    prev_bases = {b for _, b in bases(prev)} if prev else set()
    readings = bases(word)
    direction = next((DIRECTIONS[b] for b in prev_bases if b in DIRECTIONS), None)
    locative = bool(prev_bases & _LOCATIVE) or direction is not None
    if word in NOT_NAMES or word in STOP:
        return None
    naming = bool(prev_bases & _NAMING)
    for off, base in readings:
        attached = off > 0 and (word[off - 1] == "ب" or word[:off].endswith("بال"))
        if not (locative or attached or naming) or base in STOP or base in NOT_NAMES or len(base) < 3:
            continue
        if attached and not locative and len(base) < 5:
            continue  # "بيان" is a statement, not "in Yan"; "بايدن" is Biden, not "in Aydın"
        rest = [(s + off, e, base)] + [t for t in toks[i + 1:i + 3]]
        for n in range(len(rest), 0, -1):
            if any(t[2] in STOP for t in rest[1:n]):
                continue
            name = " ".join(t[2] for t in rest[:n])
            if known(name):
                return ArMention(name, s + off, rest[n - 1][1], None, direction=direction), n
    return None


def _roles(text: str, mentions: list[ArMention]) -> None:
    """Reference ("شمال بغداد"), launch ("أطلقت من ... ديالى") and containers ("في محافظة ديالى")."""
    for m in mentions:
        left = text[max(0, m.start - 70):m.start]
        d = re.search(r"(?:^|\s)(?:ال)?(?:[وف]?(?:ب|ل)?)(?P<dir>شمال|جنوب|شرق|غرب)(?:ي|ى)?(?:\s+(?P<dir2>شرق|غرب)(?:ي)?)?\s*$", left)
        inside = d is not None and re.search(r"(?:^|\s)(?:و?(?:في|ب)\s*(?:ال)?|و?بال)\S*\s*(?:\S+\s*)?$", left[:d.end()])
        if d and inside and re.search(r"(?:^|\s)و?(?:في|ب)\s*(?:ال)?(?:شمال|جنوب|شرق|غرب)", left[d.start():d.end() + 1]):
            m.direction = DIRECTIONS[d.group("dir")]  # "في شمال شرق الأردن": somewhere in the north-east of X
            if m.cue is None:
                m.cue = "area"
            continue
        if d and m.cue not in ("province", "district"):
            m.role = "reference"
            m.direction = DIRECTIONS[d.group("dir")] + (("-" + DIRECTIONS[d.group("dir2")]) if d.group("dir2") else "")
            dist = _DISTANCE.search(left[:d.start()].rstrip())
            if dist:
                c = parse_count(dist.group("num").strip(), "ar")
                if c:
                    m.distance_km = to_km(c.value, dist.group("unit"))
            continue
        if _LAUNCH.search(text[max(0, m.start - 90):m.start]):
            m.role = "launch"
    for k, (a, b) in enumerate(zip(mentions, mentions[1:])):
        gap = text[a.end:b.start]
        if b.role in ("target", "launch") and b.cue in ("province", "district", "town", None) and a.role in ("target", "launch") \
                and re.fullmatch(r"\s*[،,]?\s*(?:(?:و?(?:في|ب|بال|قرب|من|التابعة\s+ل|التابع\s+ل|التابعة\s+إلى|ضمن|(?:ال)?(?:شمال|جنوب|شرق|غرب)ي?)\s*)?(?:محافظة|قضاء|ناحية|مدينة|إقليم)?\s*)?", gap) \
                and (a.cue not in ("province",)) and b.start > a.start:
            if b.role == "launch" and a.role == "target":
                continue
            b.role = "container"
            b.container_of = k


# ---------------------------------------------------------------------------------------------
# Counts and casualties

_NUM = r"(?:\d+|[٠-٩]+|" + "|".join(sorted(
    ["واحد", "واحدة", "اثنين", "اثنان", "ثلاثة", "ثلاث", "أربعة", "أربع", "اربعة", "خمسة", "خمس", "ستة", "ست", "سبعة", "سبع",
     "ثمانية", "ثماني", "تسعة", "تسع", "عشرة", "عشر", "عشرين", "عشرون", "ثلاثين", "ثلاثون", "أربعين", "خمسين", "عدة", "عشرات",
     "مئة", "مائة"], key=len, reverse=True)) + r")"
_QUAL = r"(?:(?P<qual>ما لا يقل عن|أكثر من|نحو|حوالي|قرابة|زهاء|ما يصل إلى|حتى)\s+)?"
_PRE = r"(?<![\u0621-\u064A])(?:[وف]?[بل]?)"
PROJECTILE_NOUNS = r"(?:صواريخ|صاروخا|صاروخ|قذائف|قذيفة|طائرات|طائرة|مسيرات|مسيرة|مسيّرات|عبوات|عبوة|قنابل|قنبلة)"
_DUAL_PROJECTILE = re.compile(_PRE + r"(?:صاروخين|صاروخان|قذيفتين|قذيفتان|طائرتين|طائرتان|مسيرتين|مسيرتان|عبوتين|عبوتان)(?![" + LETTERS + "])")
_COUNT = re.compile(_PRE + _QUAL + r"(?P<num>" + _NUM + r")\s+(?:\S+\s+)?" + PROJECTILE_NOUNS + r"(?![" + LETTERS + "])")
_AT_LEAST_AFTER = re.compile(r"^\s*(?:\S+\s+){0,2}?(?:على الأقل|على الاقل)")

VICTIMS_PLURAL = (r"(?:أشخاص|اشخاص|شخصا|مدنيين|مدنيا|جنود|جنديا|عناصر|عنصرا|مقاتلين|مقاتلا|متعاقدين|متعاقدا|آخرين|اخرين|آخرون|"
                  r"أفراد|فردا|عسكريين|عسكريا|موظفين|موظفا|أطفال|نساء|قتلى|قتيلا|جرحى|جريحا|مصابين|مصابا|منتسبين|منتسبا|"
                  r"أمريكيين|أميركيين|مواطنين|مواطنا|عمال|عاملا)")
VICTIM_SINGULAR = r"(?:شخص|مدني|جندي|عنصر|مقاتل|متعاقد|عسكري|موظف|طفل|امرأة|فرد|منتسب|مواطن|عامل|ضابط|حارس|شرطي|سائق|راع|صحفي)"
# The same nouns in the accusative ("إن متعاقدا أمريكيا قتل": a contractor was killed).
VICTIM_SINGULAR_ACC = r"(?:شخصا|مدنيا|جنديا|عنصرا|مقاتلا|متعاقدا|عسكريا|موظفا|طفلا|فردا|منتسبا|مواطنا|عاملا|ضابطا|حارسا|شرطيا|سائقا)"
VICTIM_DUAL = r"(?:شخصين|شخصان|جنديين|جنديان|مدنيين اثنين|عنصرين|عنصران|متعاقدين اثنين|طفلين|طفلان|ضابطين|ضابطان)"
KILLED = r"(?:وفاة|قتل|قتلوا|مقتل|قتلى|قتيلا|قتيل|مصرع|لقي حتفه|لقوا حتفهم|سقوط|استشهاد|استشهد)"
INJURED = r"(?:جرح|جرحى|جريحا|إصابة|اصابة|إصابات|مصاب|مصابين|أصيب|اصيب|أصيبوا|بجروح)"


def count(text: str) -> Optional[tuple[int, Optional[str]]]:
    """(value, qualifier) of the projectiles a cleaned Arabic clause states."""
    m = _COUNT.search(text)
    if m:
        c = parse_count(((m.group("qual") or "") + " " + m.group("num")).strip(), "ar")
        if c:
            qual = c.qualifier
            if qual is None and _AT_LEAST_AFTER.match(text[m.end():]):
                qual = "at least"
            return c.value, qual
    if _DUAL_PROJECTILE.search(text):
        return 2, None
    return None


def casualties(text: str, which: str) -> list[tuple[int, Optional[str]]]:
    """[(value, qualifier)] of the killed or injured a cleaned Arabic clause states."""
    kw = re.compile(_PRE + (KILLED if which == "killed" else INJURED) + r"(?![" + LETTERS + "])")
    for k in kw.finditer(text):
        after = text[k.end():k.end() + 80]
        after = re.split(r"\s+و?(?:أصيب|قتل|جرح|إصابة|مقتل)\S*", after, maxsplit=1)[0] if which else after
        before = text[max(0, k.start() - 40):k.start()]
        m = re.match(r"\s*(?:\S+\s+)?" + _QUAL + r"(?P<num>" + _NUM + r")\s+(?:\S+\s+)?" + VICTIMS_PLURAL, after)
        if m is None and k.group(0).endswith(("قتلى", "جرحى", "قتيلا", "جريحا", "مصابين")):
            m = re.search(_QUAL + r"(?P<num>" + _NUM + r")\s*$", before)  # "17 قتيلا", "ثلاثة جرحى"
        if m is None:
            # before a verb: "ثلاثة جنود أمريكيين قتلوا", "أربعة من عناصرها قتلوا"
            m = re.search(_QUAL + r"(?P<num>" + _NUM + r")\s+(?:من\s+\S+|" + VICTIMS_PLURAL + r"(?:\s+\S+)?)\s*$", before)
        if m:
            c = parse_count(((m.group("qual") or "") + " " + m.group("num")).strip(), "ar")
            if c:
                qual = c.qualifier
                if qual is None and _AT_LEAST_AFTER.match(after[m.end():] if m.string is after else ""):
                    qual = "at least"
                value = c.value
                if m.string is after:
                    # "خمسة عسكريين أمريكيين ومتعاقد آخر": another category joined by و adds up
                    more = re.match(r"(?:\s+\S+)?\s+و(?:(?P<num>" + _NUM + r")\s+" + VICTIMS_PLURAL + r"|" + VICTIM_SINGULAR
                                    + r"(?![" + LETTERS + r"]))", after[m.end():])
                    if more:
                        extra = parse_count(more.group("num"), "ar") if more.group("num") else None
                        value += extra.value if extra else 1
                return [(value, qual)]
        if re.match(r"\s*(?:\S+\s+)?" + VICTIM_DUAL + r"(?![" + LETTERS + "])", after):
            return [(2, None)]
        if re.match(r"\s*(?:\S+\s+)?" + VICTIM_SINGULAR + r"(?![" + LETTERS + "])", after):
            return [(1, None)]  # "إصابة متعاقد": one contractor
        if re.search(r"(?<![" + LETTERS + r"])" + VICTIM_SINGULAR_ACC + r"(?:\s+\S+)?\s*$", before):
            return [(1, None)]  # "إن متعاقدا أمريكيا قتل"
    return []


@lru_cache(maxsize=1)
def _no_casualties() -> re.Pattern:
    return re.compile(r"(?:دون|عدم) (?:وقوع |أن (?:يسفر|تسفر) عن |تسجيل )?(?:إصابات|اصابات|خسائر)|لم (?:يسفر|تسفر) عن (?:وقوع )?(?:إصابات|خسائر|ضحايا)|"
                      r"لا (?:إصابات|خسائر)|لم تسجل (?:أي )?(?:إصابات|خسائر)|لم يصب أحد")


def no_casualties(text: str) -> bool:
    return bool(_no_casualties().search(text))


_BLAME = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:اتهمت|اتهم|تتهم|يتهم|حملت|حمل|تحمل|يحمل|حمّلت)\s+(?P<rest>[^،.؛:]+)")
_SUBJECTS = re.compile(r"^(?:واشنطن|بغداد|طهران|دمشق|الولايات المتحدة|السلطات(?: \S+)?|الحكومة(?: \S+)?|مسؤولون(?: \S+)?|"
                       r"البنتاغون|وزارة \S+|الجيش(?: \S+)?|التحالف(?: الدولي)?|مصادر(?: \S+)?)\s+")


def blamed(text: str) -> list[str]:
    """Who a cleaned Arabic clause accuses: the object of اتهم/حمّل, after its subject.

    Arabic puts the verb first, then the subject, then the accused: "وحمّلت واشنطن فصائل موالية
    لإيران مسؤولية الهجوم" -- the accused runs from after the subject to مسؤولية or to بـ + verbal
    noun (بالوقوف، بشن، بتنفيذ).
    """
    out = []
    for m in _BLAME.finditer(text):
        rest = m.group("rest").strip()
        group = re.search(r"(?<![\u0621-\u064A])(?:جماعات|جماعة|فصائل|الفصائل|فصيل|ميليشيات|الميليشيات|مليشيات|إيران|طهران|"
                          r"حزب الله|كتائب|الحرس|الحوثيين|الحوثي|تنظيم)", rest)
        rest = rest[group.start():] if group else _SUBJECTS.sub("", rest, count=1)
        rest = re.split(r"\s(?:مسؤولية|المسؤولية|بالمسؤولية|بالوقوف|بشن|بتنفيذ|بإطلاق|بالهجوم|وراء)(?![\u0621-\u064A])", rest)[0]
        words = rest.split()[:6]
        if words:
            out.append(" ".join(words))
    return out
