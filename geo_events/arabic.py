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
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterable, Optional

from .lexicon import COUNTRY_NAMES_AR, WIDE_AREAS
from .numbers import QUALIFIERS, Count, parse_count, to_km
from .patterns import _needles, _opened

LETTERS = "\u0621-\u064A"
_HARAKAT = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
# Kurdish and Persian names keep their own letters in Arabic copy ("زرگويز", "پنجوين", "چمچمال"): a name is
# one token with them, not cut at the first such letter.
_EXTRA_LETTERS = "\u067E\u0686\u0698\u06A4\u06AF\u06B5\u06C6\u06CE\u06D5\u0695"
_TOKEN = re.compile(r"[\u0621-\u064A" + _EXTRA_LETTERS + r"]+|\d+(?:[.,]\d+)?|[٠-٩]+")
# Persian kaf and yeh are the Arabic letters in another code point: mapped, as the gazetteer's normaliser does.
_DIGITS_AND_LETTERS = str.maketrans({**{d: str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")}, "\u06A9": "\u0643", "\u06CC": "\u064A"})
_MAPPED_CHAR = re.compile("[" + "".join(map(chr, _DIGITS_AND_LETTERS)) + "]")  # the characters the table maps


def clean(text: str) -> str:
    """Drop harakat and tatweel, map Arabic-Indic digits to ASCII ones (and Persian kaf/yeh to Arabic)."""
    text = _HARAKAT.sub("", text)
    # (a translation table costs a dict look-up a character: only a text holding one of its keys is mapped)
    return text.translate(_DIGITS_AND_LETTERS) if _MAPPED_CHAR.search(text) else text


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
    # a Yemeni district, a settlement, a barracks ("مديرية الصفراء", "مستوطنة X", "ثكنة X"): a name follows
    "مديرية": "district", "مستوطنة": "town", "ثكنة": "base",
    # a garrison named after its place ("حامية التنف"): a base
    "حامية": "base",
    # the desert or steppe of a province ("في صحراء الأنبار", "في بادية حمص"): the province, an area a finer place
    # told with it outranks ("صحراء الأنبار على بعد 40 كيلومترا شمال شرق الرطبة"); only a known name follows
    "صحراء": "province", "بادية": "province",
    # a military sector named after its town ("ضربة جوية في قاطع خانقين"): only a known name follows
    "قاطع": "area",
    # a Saudi administrative centre ("قرية تابعة لمركز X"): only a known name follows ("مركز شرطة" is no place)
    "مركز": "district",
    # a mountain range named by its range ("سلسلة جبال X", "جبال X"): the name after it is the place struck
    "جبال": "area",
    # duals in construct introduce two names joined by و ("قاعدتي عين الأسد وحرير": the bases of A and B)
    "قاعدتي": "base", "مطاري": "airport", "محافظتي": "province", "مدينتي": "town", "قريتي": "village",
    "بلدتي": "town", "حقلي": "oil_field", "معسكري": "base",
    # ("قرى في قضاءي سنجار ومخمور", "ناحيتي X وY": two districts)
    "قضاءي": "district", "ناحيتي": "district",
    # the word Hezbollah's statements use for a settlement ("مستعمرة المطلة"), its dual, and the plurals
    # that head a list of places struck one after another ("مستعمرات X وY وZ", "مدن X وY")
    "مستعمرة": "town", "مستعمرتي": "town", "مستوطنتي": "town",
    "مستعمرات": "town", "مستوطنات": "town", "مدن": "town", "بلدات": "town",
    # Yemeni districts listed under their dual or plural ("مديريتي حرض وميدي", "مديريات صعدة وحرض ومجز")
    "مديريتي": "district", "مديريات": "district",
    # Israeli rural settlements by their kind ("كيبوتس نير إسحاق", "موشاف X", "كيبوتسات X وY"): a name follows
    "كيبوتس": "village", "موشاف": "village", "كيبوتسات": "village",
    # a Russian or Ukrainian oblast ("فوق مقاطعة بيلغورود", "في مقاطعة زابوريجيا"): the province named
    "مقاطعة": "province",
    # their dual and plurals heading a list of oblasts ("فوق مقاطعات بيلغورود وكورسك وبريانسك", "مقاطعتي كورسك
    # وبيلغورود"): each name listed is a province
    "مقاطعتي": "province", "مقاطعات": "province",
    # ("فوق منطقتي أوديسا وميكولايف": the two regions, each named)
    "منطقتي": "area",
}
_SITE_CUES = frozenset({"base", "airbase", "airport", "oil_field"})
# What a facility refines, stores or makes, told after its noun ("مصفاة نفط", "حقل الغاز", "محطة كهرباء", "مستودع
# وقود"): the kind of the facility, never its name, though the gazetteer knows hamlets spelled so; the place follows
_FACILITY_KINDS = frozenset(a + w for a in ("", "ال") for w in ("نفط", "غاز", "وقود", "كهرباء", "طاقة", "مياه", "ذخيرة",
                                                                "أسلحة", "اسلحة", "محروقات", "بنزين", "ديزل"))
# the cues of a town told by its kind ("مدينة X", "بلدة Y"): two of them joined may be one raid's outskirts
_TOWN_CUES = frozenset({"town", "village"})
_DUAL_CUES = {"قاعدتي", "مطاري", "محافظتي", "مدينتي", "قريتي", "بلدتي", "حقلي", "معسكري", "مستعمرتي", "مستوطنتي",
              "قضاءي", "ناحيتي",
              # a plural head lists its places as a dual does ("مستعمرات المطلة وكفرجلعادي")
              "مستعمرات", "مستوطنات", "مدن", "بلدات", "كيبوتسات", "مديريتي", "مديريات", "مقاطعتي", "مقاطعات", "منطقتي"}
# Nouns mostly followed by an organisation, not a place ("مقر قيادة العمليات", "موقع الحادث"): the
# word after them is a name only when the gazetteer knows it.
# ("مقاطعة" is also "boycott": "دعت إلى مقاطعة البضائع" names no province)
# "the town", "the village", "the camp", "the quarter": a bare noun before one of them is in construct with it
# ("مفرق البلدة", the town's junction), a common noun and no name
_THE_SETTLEMENT = frozenset({"البلدة", "المدينة", "القرية", "المخيم", "الحي", "البلدات", "القرى", "المنطقة"})
_WEAK_CUES = {"مقر", "موقع", "محطة", "قاطع", "مركز", "مقاطعة", "مقاطعتي", "مقاطعات", "صحراء", "بادية"}
# Adjectives after a facility's name ("قاعدة بلد الجوية"): part of the phrase, not of the name.
_TRAILING = {
    "الجوية": "airbase", "الجوي": "airbase", "العسكرية": "base", "العسكري": "base", "الدولي": "airport",
    "الدولية": None, "الأمريكية": None, "الأميركية": None, "الأمريكي": None, "الأميركي": None, "النفطي": "oil_field",
    "الغازي": "oil_field", "الحدودي": "border_crossing", "الحدودية": None, "المدني": None,
}
# Words that end a name: prepositions, relatives, directions, time words, verbs of reporting (and of lying somewhere:
# "من منطقة تقع", "من منطقة تبعد نحو 8 كيلومترات" name no منطقة).
STOP = set("""
في على من إلى الى عن مع قرب عند داخل خارج نحو باتجاه حيث التي الذي الذين اللذين التى بعد قبل منذ حتى أو او ثم لكن
شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط الواقعة الواقع القريبة القريب المحاذية المجاورة تقع يقع تبعد يبعد
مساء صباح ليل ليلة فجر ظهر عصر اليوم أمس امس يوم الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت
بحسب وفق حسب قال قالت أفاد أفادت ذكر ذكرت أعلن أعلنت أن إن ما لا لم هذا هذه ذلك تلك كما
وفي وعلى ومن وقرب بين أمام خلف حول ضد عبر لدى
""".split())
# Words no place name is, though the gazetteer knows a place spelled so (a statement, the guard, a state ...).
NOT_NAMES = set("""
بيان الحرس الدولة الحكومة القوات قوات الجيش الشرطة الأمن الامن الهجوم هجوم الضربة الصواريخ صواريخ الوقت وقت المنطقة
القاعدة قاعدة الموقع المطار المعسكر مصادر مصدر المسؤولين مسؤول المرصد البنتاغون واشنطن طهران الفصائل فصائل جماعة جماعات
المقاومة الاحتلال العدو أحد احد إحدى احدى التحالف السفارة القنصلية الإعلام خلية عمليات العمليات الداخلية وزارة الوزارة إقليم الاقليم الحدود العاصمة
لها له لهم لهن لهما منها منه منهم عليها عليه عليهم فيها فيه فيهم بها به بهم إليها إليه عنها عنه
بايدن ترامب أوستن بلينكن السوداني الكاظمي خامنئي سليماني المهندس نصرالله الأسد الحوثي الحوثيين
عام العام شهر الشهر أسبوع الأسبوع ساعة ساعات دقائق الليلة أيام الجاري الماضي الماضية المقبل
طراز نوع صنع فئة الحي حي المدينة القرية البلدة الناحية القضاء المحافظة المخيم الميناء المدرج الطريق الشارع المبنى
الساحة المنزل المنازل المدرسة المستشفى السوق الحافلة السيارة المركبة الحادث الانفجار الاشتباكات الإنشاءات الحدودي
سكني سكنية تجاري تجارية صناعي صناعية شعبي شعبية عسكري عسكرية مدني مدنية حكومي حكومية زراعي زراعية مجاور مجاورة
إطار اطار سياق ظل خضم أعقاب اعقاب ضوء صدد نطاق مجال حال أثناء اثناء غضون إثر اثر سماء أجواء اجواء
الكشف كشف
الاستخبارات المخابرات الاستخبارية الدفاع
""".split())
# (the verbal noun "الكشف عن" (the uncovering of, "عدم الكشف عن اسمه") is no place, though one is spelled so.)
# (the line before it: the abstract nouns of "في إطار" (within the framework of), "في ظل" (amid), "في أعقاب" (in the
# wake of), and the sky of "في سماء/أجواء X" (in the skies of X): after a preposition they are no place, though
# the gazetteer knows places so spelled; after "سماء"/"أجواء" the place itself follows, see _LOCATIVE.)
# A cue noun may be followed by a common definite noun ("منطقة الانفجار", "محيط المطار"): a definite word
# after these cues is a name only when the gazetteer knows it.
_DEFINITE_NEEDS_KNOWN = {"منطقة", "حي", "موقع", "مقر", "محطة", "ميناء", "جزيرة", "مستعمرات", "مستوطنات", "مدن", "بلدات",
                         "مديريات"}
# First words of compound names ("البو حسن", "عين الأسد", "تل أبيض"): take the next word too.
_COMPOUND = {"البو", "ألبو", "آلبو", "أبو", "ابو", "عين", "تل", "دير", "جرف", "رأس", "راس", "بئر", "حمام", "سيد", "أم", "ام",
             "بني", "بيت", "كفر", "جسر", "باب", "خان", "ذي", "ذو", "سهل", "جبل", "وادي", "مرج", "شط", "نهر", "كيه", "كي",
             # a title or a landform before a person's or a tribe's name: "قرية الشيخ مسكين", "قاعدة الإمام X",
             # "قرية خربة X", "ناحية السيدة X", "كاني X" (Kurdish: spring of)
             "الشيخ", "شيخ", "الإمام", "الامام", "إمام", "امام", "الحاج", "حاج", "السيد", "السيدة", "النبي", "نبي", "مار",
             "خربة", "مزرعة", "حوش", "قلعة", "قصر", "عرب", "كاني", "بير", "سيدي"}
_TITLES = frozenset({"الشيخ", "شيخ", "الإمام", "الامام", "إمام", "امام", "الحاج", "حاج", "السيد", "السيدة", "النبي", "نبي",
                     "مار", "سيدي", "الشهيد", "شهيد",
                     # a ruler a facility is named after: "مطار الملك X", "قاعدة الأمير Y" (the bare title is no place)
                     "الملك", "الأمير", "الامير", "السلطان"})
_COMPOUND |= _TITLES
# Heads of kinship names ("البو X": the clan of X, "أبو X", genitive "أبي X"): never a place by themselves, so a
# gazetteer entry spelled as the bare head (a foreign town transliterated so) does not end the name there.
_KIN_HEADS = frozenset({"البو", "ألبو", "آلبو", "أبو", "ابو", "أبي", "ابي"})
_COMPOUND |= _KIN_HEADS
# Prepositions after which a known name is a place ("في بغداد", "قرب البوكمال").
_LOCATIVE = {"في", "على", "قرب", "من", "نحو", "باتجاه", "داخل", "عند", "إلى", "الى", "استهدف", "استهدفت", "تستهدف",
             "يستهدف", "ضرب", "ضربت", "طال", "طالت", "لمدينة", "أطراف", "محيط", "أنحاء", "مناطق", "بلدات", "قرى",
             # "وسط العاصمة دمشق", "ضواحي حلب", "بالقرب من": a name may follow these too
             "وسط", "العاصمة", "ضواحي", "بالقرب", "مشارف", "أرياف", "ريف",
             # "في سماء دمشق", "في أجواء أربيل": the skies of a place
             "سماء", "أجواء", "اجواء",
             # at sea off a town: "قبالة سواحل X", "قبالة X", "على ساحل X" (the coast named by its town)
             "قبالة", "ساحل", "سواحل", "شاطئ", "شواطئ",
             # "أسقطت مسيرة فوق X" (downed over X): where an interception was
             "فوق",
             # "من اتجاه الجولان السوري المحتل" (from the direction of X): where aircraft fired from, FROM_DIRECTION_OF
             "اتجاه"}
# The verbs among them: the place right after one is its object, never joined to it by و or ف.
_OBJECT_VERBS = frozenset({"استهدف", "استهدفت", "تستهدف", "يستهدف", "ضرب", "ضربت", "طال", "طالت"})
# Words that introduce a facility's name ("موقع عسكري يعرف باسم البرج 22").
_NAMING = {"باسم", "اسم", "تدعى", "يدعى", "تسمى", "يسمى", "المسماة", "المسمى", "المعروفة", "المعروف"}
DIRECTIONS = {"شمال": "north", "جنوب": "south", "شرق": "east", "غرب": "west", "شمالي": "north", "جنوبي": "south",
              "شرقي": "east", "غربي": "west"}
_DISTANCE = re.compile(r"(?:على\s+)?بعد\s+(?P<num>(?:نحو|حوالي|قرابة)?\s*[\d٠-٩]+|\S+)\s+(?P<unit>كلم|كم|كيلومترا?|كيلومترات|ميلا?|أميال)\s*$")
# (not the من of a quantity, "أطلق أكثر من 20 صاروخا على X"; nor a name after the target's preposition على/باتجاه)
# (nor the من of a backer, "الميليشيا المدعومة من إيران"; nor a name past the attack's own verb: "طائرة أطلقتها
# الميليشيا المدعومة من إيران استهدفت مطار X" -- X is the target, whatever من came before; nor a name after "to" or
# "before": "أطلق من اليمن قبل وصوله إلى إيلات", fired from Yemen before it reached Eilat, the place it flew to; nor
# a name after "over": "طائرات مسيرة أطلقت من العراق فوق إيلات", "في أجواء X", where they were downed)
_LAUNCH = re.compile(r"(?:أطلق|انطلق|إطلاق)\S*\s+(?:\S+\s+){0,7}?(?<!أكثر )(?<!اكثر )(?<!أقل )(?<!أزيد )(?<!عدد )"
                     r"(?<!مدعومة )(?<!مدعوم )(?<!مدعومين )(?<!مدعومتين )(?<!بدعم )(?<!بتمويل )من\s+"
                     r"(?:(?!(?:على|باتجاه|صوب|ضد|نحو|إلى|الى|قبل|فوق|أجواء|اجواء|سماء|[وف]?(?:استهدف|ضرب|قصف|أصاب|اصاب|طال|سقط|هاجم|تستهدف|يستهدف)\S*)\s)\S+\s+){0,7}$")
_LAUNCH_BEARING = re.compile(r"(?:على\s+)?(?:بعد|تبعد|يبعد)\s+(?P<num>(?:(?:نحو|حوالي|قرابة)\s+)?[^\s،,]+)\s+"
                             r"(?P<unit>كلم|كم|كيلومترا?|كيلومترات|ميلا?|أميال)\s+(?:إلى\s+ال(?P<dir3>شمال|جنوب|شرق|غرب)\s+من\s+|"
                             r"(?:من\s+)?(?:ال)?(?P<dir>شمال|جنوب|شرق|غرب)(?:ي|ى)?(?:\s+(?:ال)?(?P<dir2>شرق|غرب)(?:ي)?)?\s+)"
                             r"(?:(?:ال)?(?:مدينة|بلدة|قرية|ناحية|قضاء|منطقة|مخيم)\s+)?$")
# "طائرة مسيرة قادمة من سوريا", "صواريخ قادمة من اليمن": a projectile coming from a land came from its launch
# (people coming, "زوار قادمين من X", are where the victims came from: resolve._ORIGIN_BEFORE)
_COMING_FROM = re.compile(r"(?:مسير|مسيّر|طائر|صاروخ|صواريخ|قذيف|قذائف|مقذوف)\S*\s+(?:[^\s،,.؛:]+\s+){0,2}?"
                          r"(?:ال)?قادم(?:ة|تين|تان|ات|ان|ين)?\s+من\s+(?:(?:ال)?(?:أراضي|اراضي|اتجاه|جهة|داخل)\s+)?$")
# A launch from an unnamed spot, its distance told next: "أطلقا من موقع", "انطلقت من منطقة تقع", "من نقطة"
_LAUNCH_BY = re.compile(r"(?:أطلق|انطلق|إطلاق|اطلاق)\S*\s+(?:[^\s،,.؛:]+\s+){0,4}?من\s+(?:ال)?(?:موقع|منطقة|نقطة|مكان|"
                        r"مزرعة|بستان|أرض|ارض|بقعة)\s*(?:(?:تقع|يقع|تبعد|يبعد)\s*)?[،,]?\s*$")
# "أطلق حزب الله 20 صاروخا على كريات شمونة يوم الجمعة من بنت جبيل": the launch's "من" told after the aim and the
# day, too far from the verb for _LAUNCH; the day or the time of day closes the aim, and the "من" right after it
# opens where the salvo left from (no verb of attack or fall between, which would begin the next deed)
# the nouns of the area a salvo left from, before its name ("من منطقة X", "من بلدة Y")
_LAUNCH_AREA_NOUNS = r"منطقة|مدينة|بلدة|قرية|حي|ناحية|قضاء|محافظة|ريف"
_LAUNCH_PAST_TIME = re.compile(r"(?:أطلق|انطلق)\S*\s+(?:(?!(?:[وف]?(?:استهدف|ضرب|قصف|أصاب|اصاب|طال|سقط|هاجم)\S*|"
                               r"بعد|قبل|إثر|اثر|عقب)\s)[^\s.؛:]+\s+){1,12}?"
                               r"(?:(?:يوم|ليلة|مساء|صباح|فجر)\s+(?:ال)?[^\s.،,؛:]+|أمس|امس|اليوم|الليلة|فجرا|مساء|صباحا|ليلا)\s+"
                               r"(?:(?:ال)?(?:ماضي|الماضي|الفائت|الفائتة|الماضية)\s+)?"
                               r"من\s+(?:(?:ال)?(?:" + _LAUNCH_AREA_NOUNS + r")\s+)?$")
# "من لبنان، من منطقة بنت جبيل": a second "من" right after the launch place, past its comma, tells the same launch
# more finely (the town or district of the land named first)
_LAUNCH_RESTATED = re.compile(r"\s*[،,]\s*(?:و)?(?:تحديدا\s+|وتحديدا\s+)?من\s+(?:(?:ال)?(?:" + _LAUNCH_AREA_NOUNS
                              + r"|أطراف|اطراف|محيط)\s+)?")
# The launch's place spotted ("مصدر الإطلاق رصد في X", "موقع الإطلاق كان قرب X", "نقطة الإطلاق حددت في
# محيط X"): the noun of the launch's place, a verb at most, then where it is.
_LAUNCH_SPOT = re.compile(r"(?:مصدر|مكان|موقع|نقطة|منطقة)\s+(?:ال)?(?:إطلاق|اطلاق)(?:ها|ه|هما)?\s+(?:[^\s،,.؛:]+\s+){0,2}?"
                          r"(?:في|قرب|عند|داخل|بمحيط|بمنطقة|بالقرب\s+من)\s+(?:[^\s،,.؛:]+\s+){0,2}$")
# "أطلقت من الأراضي السورية قرب بلدة X": من took a whole territory (the land and its nationality); the place after
# it, told by قرب/في, is where the weapon came down, told to the main verb.
_TERRITORY_THEN = re.compile(r"من\s+(?:داخل\s+)?(?:ال)?(?:أراضي|اراضي)\s+ال[\u0621-\u064A]+ي[ةه]\s+"
                             r"[وف]?(?:قرب|في|داخل|عند|بالقرب\s+من)\s+(?:[^\s،,.؛:]+\s+){0,2}$")
# The launcher found at a place ("العثور على منصة الإطلاق ... في منطقة X", "ضبطت راجمة صواريخ قرب X"):
# the place is the launch site.
_LAUNCHER = re.compile(r"(?:عثر|العثور|ضبط|اكتشا?ف|وجد|رصد)\S*\s+(?:\S+\s+){0,3}?(?:على\s+)?(?:منصة|منصات|منصتي|منصتين|راجمة|راجمات|"
                       # (not past a conjunction of time that opens another deed: "عثرت على منصة إطلاق صواريخ بعد سقوط
                       # صواريخ على قاعدة X" found the launcher after rockets hit X, the base is no launch site)
                       r"قاذفة|قاذفات)\s+(?:(?:(?!(?<![\u0621-\u064A])(?:بعد|عقب|إثر|اثر|قبل)\s)[^.،؛:])+\s+)?"
                       # (an aside may come between the launcher and its place: "منصة الإطلاق وعليها صاروخ لم
                       # ينطلق، في منطقة X" -- only when a locative then opens the place)
                       r"(?:[^.،؛:]*[،,]\s*(?:[وف]?(?:في|قرب|بالقرب\s+من|داخل|عند|بمنطقة|بمحيط)\s+)(?:\S+\s+)?)?$")
# "..., على بعد نحو عشرة كيلومترات شرق المعسكر": the launch site's distance and bearing from the target.
_DISTANCE_AFTER = re.compile(r"\s*[،,]?\s*(?:و)?(?:على\s+)?بعد\s+(?P<num>(?:(?:نحو|حوالي|قرابة)\s+)?[^\s،,]+"
                             r"(?:\s+(?:عشرة|عشر)|\s+و\s?[^\s،,]+ين)?)\s+"
                             r"(?P<unit>كلم|كم|كيلومترا?|كيلومترات|ميلا?|أميال)\s+(?:من\s+)?(?:ال)?(?P<dir>شمال|جنوب|شرق|غرب)(?:ي|ى)?"
                             r"(?:\s+(?:ال)?(?P<dir2>شرق|غرب)(?:ي)?)?")


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
    road_end: Optional[int] = None  # "طريق X - Y": end of the road's other town, read past when linking a container
    coordinated_with: Optional[int] = None  # "في بقيق وخريص": index of the first name of the list


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


# A clause is read word by word, and the same words recur in every article: what a word can be
# (its readings, whether it is a cue noun, a preposition ...) is worked out once per word and kept.
@lru_cache(maxsize=65536)
def _readings(word: str) -> tuple[tuple[int, str], ...]:
    return tuple(bases(word))


@lru_cache(maxsize=65536)
def _cue_noun(word: str) -> Optional[str]:
    """The cue noun ``word`` is once its attached particles are removed ("وقاعدة" -> "قاعدة"), or None."""
    return next((base for _, base in _readings(word) if base in CUE_NOUNS), None)


@lru_cache(maxsize=65536)
def _as_previous(word: str) -> tuple[bool, Optional[str], bool]:
    """(locative, direction, naming) of ``word`` as the word before a possible name."""
    readings = [b for _, b in _readings(word)] if word else []
    direction = next((DIRECTIONS[b] for b in readings if b in DIRECTIONS), None)
    locative = direction is not None or any(b in _LOCATIVE for b in readings)
    naming = any(b in _NAMING for b in readings)
    return locative, direction, naming


# Common place nouns that also head proper names ("المدينة المنورة", "المنطقة الخضراء"): after a preposition
# they begin a name only when the gazetteer knows the longer phrase.  Region and state words (إقليم، الدولة) are
# left out on purpose: "إقليم كردستان" is the setting of a report, not a place attacked.
_COMMON_HEADS = frozenset({"المدينة", "المنطقة", "الحي", "البلدة", "الحدود", "الميناء", "المعسكر", "سوق"})
# Indefinite common nouns that head known names ("سوق الشيوخ") but alone are no place after a preposition
# ("من سوق المدينة": from the town's market, though a hamlet is spelled "سوق").
_BARE_COMMON = frozenset({"سوق"})
# Possessive pronouns written on the noun ("بيانه" his statement, "قاعدتها" its base, "مواقعهم" their sites).
_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "نا", "كم", "ه")


@lru_cache(maxsize=65536)
def _common_word(base: str) -> bool:
    """Is ``base`` a word no place is, itself or with a possessive pronoun ("بيانه" -> "بيان")?"""
    if base in NOT_NAMES:
        return True
    for suffix in _PRONOUN_SUFFIXES:
        if base.endswith(suffix) and len(base) - len(suffix) >= 3:
            stem = base[:-len(suffix)]
            # the feminine ending is written ت before a pronoun: "قاعدتها" -> "قاعدة"
            if stem in NOT_NAMES or (stem.endswith("ت") and stem[:-1] + "ة" in NOT_NAMES):
                return True
    return False


@lru_cache(maxsize=65536)
def _name_readings(word: str) -> tuple[tuple[int, str, bool, bool], ...]:
    """(offset, base, attached, common) readings of ``word`` that may start a place name.

    ``attached``: the reading follows an attached بـ ("ببغداد", "وبالموصل").  ``common``: the base is a
    common word ("المدينة", "الدولة") that starts a name only as the head of a longer known one
    ("المدينة المنورة"): such a reading is never a name by itself.
    """
    if word in STOP:
        return ()
    if word not in _COMMON_HEADS and _common_word(word):
        return ()  # "في بيان" (in a statement) is no "in Yan": a common word as written hides no name behind a particle
    out = []
    for off, base in _readings(word):
        # (a two-letter head of a compound, "تل", "أم", heads a longer known name only: "في تل تمر", "قرب أم قصر")
        short = len(base) < 3
        if base in STOP or (short and base not in _COMPOUND):
            continue
        common = _common_word(base) or base in _BARE_COMMON
        if common and base not in _COMMON_HEADS:
            continue  # "بيانه" (his statement), "إقليم": no name, and no head of a name here either
        out.append((off, base, off > 0 and (word[off - 1] == "ب" or word[:off].endswith("بال")), common or short))
    return tuple(out)


@lru_cache(maxsize=65536)
def _may_start_name(word: str) -> bool:
    """Can ``word`` start a name whatever precedes it (an attached بـ before a long enough base)?"""
    return any(attached and len(base) >= 5 and not common for _, base, attached, common in _name_readings(word))


@lru_cache(maxsize=65536)
def _opens_name(word: str) -> bool:
    """Can a name follow ``word`` (a preposition, a direction, a naming verb)?"""
    locative, _, naming = _as_previous(word)
    return locative or naming


@lru_cache(maxsize=65536)
def _word_kind(word: str) -> tuple[Optional[str], bool, bool]:
    return _cue_noun(word), _may_start_name(word), _opens_name(word)


def _strip_to(word: str, vocabulary) -> Optional[tuple[int, str]]:
    for off, base in _readings(word):
        if base in vocabulary:
            return off, base
    return None


# "أطلقت ثلاث قذائف من الأراضي السورية", "من داخل الأراضي اللبنانية": a launch from a country told by its land and
# nationality (as "من سوريا"); the country the nisba names stands for the launch point.
_TERRITORY_WORDS = frozenset({"الأراضي", "الاراضي", "أراضي", "اراضي"})
_TERRITORY_NISBA = {
    "السورية": "سوريا", "اللبنانية": "لبنان", "العراقية": "العراق", "اليمنية": "اليمن", "الإيرانية": "إيران",
    "الايرانية": "إيران", "الأردنية": "الأردن", "الاردنية": "الأردن", "الإسرائيلية": "إسرائيل", "الاسرائيلية": "إسرائيل",
    "التركية": "تركيا", "السعودية": "السعودية", "المصرية": "مصر", "الكويتية": "الكويت", "الروسية": "روسيا",
    "الأوكرانية": "أوكرانيا", "الاوكرانية": "أوكرانيا", "الإماراتية": "الإمارات", "الاماراتية": "الإمارات",
    "القطرية": "قطر", "البحرينية": "البحرين",
}


def _territory(toks, i: int, known) -> Optional[ArMention]:
    """The country of "من (داخل) الأراضي X-ية" at token ``i`` (the land word), None when it is no such phrase."""
    if toks[i][2] not in _TERRITORY_WORDS or i + 1 >= len(toks) or i == 0:
        return None
    before = toks[i - 1][2]
    if before in ("داخل", "اتجاه", "جهة") and i > 1:  # ("من اتجاه الأراضي اللبنانية": see FROM_DIRECTION_OF)
        before = toks[i - 2][2]
    country = _TERRITORY_NISBA.get(toks[i + 1][2])
    if before not in ("من", "ومن") or country is None or not known(country):
        return None
    return ArMention(country, toks[i][0], toks[i + 1][1], None)


def find_mentions(text: str, known: Callable[[str], bool], taken: list[tuple[int, int]] = (),
                  foreign: Optional[Callable[[str], bool]] = None,
                  spelled: Optional[Callable[[str], bool]] = None) -> list[ArMention]:
    """Place mentions of a cleaned Arabic clause.

    ``known(name)`` says whether the gazetteer has an entry spelled so; it decides where a name
    ends (the longest known run of words wins) and whether a word after a bare preposition is a
    place at all.  ``taken`` spans (facilities already found by phrase) are skipped.  ``foreign(name)``,
    when given, says a known one-word name is only a far town's alias (:func:`foreign_alias_only`):
    such a word is a place only after a cue noun ("مدينة X").  ``spelled(word)``, when given, says a bare word the
    gazetteer lacks spells a big foreign city's Latin name (:func:`foreign_city_spelled`): a place after a
    preposition or as a verb's object, as a known name is ("سقطت مسيرة على زابوريجيا").
    """
    toks = _tokens(text)
    if taken:
        toks = [t for t in toks if not any(s <= t[0] < e for s, e in taken)]
    out: list[ArMention] = []
    i = 0
    n_toks = len(toks)
    # one cached look per distinct word: (cue noun, may start a name by itself, opens a name after it)
    kinds = [_word_kind(t[2]) for t in toks]
    territories = []
    while i < n_toks:
        noun, starts, _ = kinds[i]
        if toks[i][2] in _TERRITORY_WORDS and (land := _territory(toks, i, known)) is not None:
            out.append(land)
            territories.append(land)
            i += 2
            continue
        if toks[i][2] in _ROAD_WORDS:
            road = _road(text, toks, i, known)
            if road is not None:
                out.append(road[0])
                i = road[1]
                continue
        if noun is not None:
            cue = CUE_NOUNS[noun]
            words = _name_words(toks, i + 1)
            if words:
                closing = toks[i + 1 + len(words)][2] if i + 1 + len(words) < n_toks else ""
                n, name = _best_name(words, known, prefix=noun, guess=noun not in _WEAK_CUES,
                                     guess_definite=noun not in _DEFINITE_NEEDS_KNOWN or (
                                         noun in ("منطقة", "حي") and (_launch_site_before(text, toks[i][0])
                                                                     or _named_by_container(toks, i + 1, words))),
                                     adjective=closing if closing in _TRAILING else "")
                if n == 1 and name in _FACILITY_KINDS:
                    n = 0  # "مصفاة نفط في مقاطعة كورسك", "محطة الكهرباء": what the facility holds, not its name
                if n:
                    last = words[n - 1]
                    # "قاعدة بلد الجوية": the adjective after the name fixes the kind of facility
                    after = toks[i + 1 + n][2] if i + 1 + n < n_toks else ""
                    if after in _TRAILING and _TRAILING[after]:
                        cue = _TRAILING[after] if cue in ("base", "airport") or _TRAILING[after] == "airbase" else cue
                    if noun == "قاعدة" and after == "الجوية":
                        cue = "airbase"
                    mention = ArMention(name, words[0][0], last[1], cue)
                    if out and toks[i][2].startswith("و") and out[-1].end == toks[i - 1][1] and (
                            cue in _SITE_CUES and out[-1].cue == cue
                            or cue not in _SITE_CUES | _TOWN_CUES and out[-1].cue == cue
                            or cue not in _TOWN_CUES and out[-1].cue != cue and out[-1].cue not in _TOWN_CUES):
                        # "استهداف قاعدة عين الأسد وقاعدة حرير": the noun of a site repeated before the next name of
                        # a list joins it as "قاعدتي عين الأسد وحرير" does (not towns: "مدينة X وبلدة Y" may be
                        # one raid's outskirts, told as one); so does a name of another kind after a town's bare
                        # name or a site ("على خان يونس ومخيم البريج", "مطار الحديدة وجزيرة كمران", "مخيم الشاطئ وحي
                        # الرمال", "حي الرمال وحي الشيخ رضوان"): the same verb's next object
                        prev = len(out) - 1
                        mention.coordinated_with = out[-1].coordinated_with if out[-1].coordinated_with is not None \
                            else prev
                    out.append(mention)
                    i += 1 + n
                    i = _coordinated(toks, i, known, out, cue if noun in _DUAL_CUES else None)
                    continue
        # most words follow no preposition and carry no attached بـ: no name can start there
        m = _locative_name(toks, i, known, foreign, spelled) if starts or (i and kinds[i - 1][2]) or _after_capital(toks, i) else None
        if m is not None:
            out.append(m[0])
            i = _coordinated(toks, i + m[1], known, out, None)
            continue
        i += 1
    if not out and _OBJECT_VERB.search(text):
        _direct_object(text, toks, known, out, spelled)
    in_country = 0
    if out and all(m.name in COUNTRY_NAMES_AR and m.container_of is None and m.coordinated_with is None for m in out) \
            and _OBJECT_VERB.search(text):
        # "استهدفت طائرة مسيرة كيدال في مالي": the country the object lies in is no place struck of its own; the
        # object before it is (read as when the clause names no place, see _closes_object)
        obj: list[ArMention] = []
        _direct_object(text, toks, known, obj, spelled)
        if obj and obj[-1].end <= out[0].start:
            in_country, out = len(obj), obj + out
    if any(m.name in _NOT_ALWAYS_PLACES for m in out):
        # "على خيام النازحين": tents, not the town of الخيام (whose name carries its article); "الضفة الغربية لنهر
        # الفرات": a river's bank, not the West Bank
        out = _kept(out, [k for k, m in enumerate(out) if m.name not in _INDEFINITE_NOUNS
                          and not (m.name in _BANKS and _OF_RIVER.match(text, m.end))])
    _roles(text, out)
    for m in out[in_country:] if in_country else ():
        m.role, m.container_of = "container", 0
    if territories:
        # the land is a launch point only after a verb of launching; elsewhere ("قصف من الأراضي السورية") it stays out
        out = _kept(out, [k for k, m in enumerate(out) if m.role == "launch" or all(m is not t for t in territories)])
    return out


_BANKS = frozenset({"الضفة الغربية", "الضفة الشرقية"})
# common nouns that are a town's name without its article: the town is only ever written with it
_INDEFINITE_NOUNS = frozenset({"خيام", "خيمة"})
_NOT_ALWAYS_PLACES = _BANKS | _INDEFINITE_NOUNS
_OF_RIVER = re.compile(r"\s*(?:من\s+|ل|لل)(?:نهر|النهر|فرات|الفرات|دجلة)(?![" + LETTERS + r"])")


def _kept(out: list[ArMention], kept: list[int]) -> list[ArMention]:
    """The mentions at indices ``kept``, their links (indices into the list) renumbered; a link to one dropped goes."""
    if len(kept) == len(out):
        return out
    new_index = {old: new for new, old in enumerate(kept)}
    out = [out[k] for k in kept]
    for m in out:
        m.coordinated_with = new_index.get(m.coordinated_with) if m.coordinated_with is not None else None
        m.container_of = new_index.get(m.container_of) if m.container_of is not None else None
    return out


# A place struck told as the verb's object, with no preposition or cue noun before it: "قصفت السرايا X برشقات
# صاروخية", "استهدفت الصواريخ X مساء أمس", "دك الحزب X وY بالصواريخ" (verb, subject, object).  Only a name the
# gazetteer knows, right after the verb or its subject (up to four words), and only when what follows it closes the
# object: the weapon's instrumental "بـ", a time word, a comma or the clause's end, or another known name by "و".
# ("تعرضت X لقصف صاروخي": the place attacked follows تعرض as its subject; "طالت الغارات X", "هز انفجار X": the
# object after the subject; read only when the clause names no place otherwise)
# the masdar "استهداف X بطائرة مسيرة" ("تم استهداف X", "أدانت الوزارة استهداف X") takes its object the same way
# ("أصابت طائرة مسيرة عسقلان": a verb of hitting takes its place the same way)
_OBJECT_VERB = re.compile(r"(?<![" + LETTERS + r"])(?:[وف]?(?:استهدف|قصف|دك|ضرب|هاجم|تعرض|طال|هز|أصاب|اصاب)(?:ت|وا|تا|ا)?"
                          r"|[وف]?[بل]?استهداف)(?![" + LETTERS + r"])")
_OBJECT_CLOSERS = frozenset({"مساء", "صباح", "ليل", "ليلة", "فجر", "ظهر", "عصر", "اليوم", "أمس", "امس", "يوم", "خلال",
                             "بعد", "قبل", "منذ"})


# "تعرضت X لقصف صاروخي", "تعرضت X لهجوم": the attack X underwent closes X (after تعرض)
_UNDERGONE = frozenset({"قصف", "هجوم", "غارة", "غارات", "هجمات", "ضربة", "ضربات", "اعتداء", "استهداف", "قصفا",
                        "هجوما", "القصف", "الهجوم", "هجومين", "قصفين"})


# the words of a time phrase between a verb of attack and its object ("مساء أمس", "فجر اليوم الاثنين", "يوم الأحد")
_TIME_OPENERS = _OBJECT_CLOSERS - {"خلال", "بعد", "قبل", "منذ"}  # (the closers that open a time phrase)
_TIME_WORDS = frozenset({"اليوم", "أمس", "امس", "الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
                         "الاربعاء", "الخميس", "الجمعة", "السبت"})


# "X وأطرافها", "X ومحيطها": the place's own surroundings close its name
_OWN_SURROUNDS = frozenset(n + p for n in ("أطراف", "اطراف", "محيط", "ريف", "ضواحي") for p in ("ها", "ه"))


# "استهدفت طائرة مسيرة كيدال في مالي", "قصفت القوات X في شمال النيجر": the country the object lies in closes it
_IN_WORDS = frozenset({"في", "داخل"})
_BEARING_WORDS = frozenset(DIRECTIONS) | {"وسط"}


def _country_follows(toks, k: int) -> bool:
    """Do the tokens from ``k`` say "in (the north of) COUNTRY" or "north of COUNTRY" (lexicon.COUNTRY_NAMES_AR)?"""
    if toks[k][2] not in _IN_WORDS and toks[k][2] not in _BEARING_WORDS:
        return False
    k += toks[k][2] in _IN_WORDS
    while k < len(toks) and toks[k][2] in _BEARING_WORDS:
        k += 1
    if k >= len(toks):
        return False
    return toks[k][2] in COUNTRY_NAMES_AR or (k + 1 < len(toks) and f"{toks[k][2]} {toks[k + 1][2]}" in COUNTRY_NAMES_AR)


def _closes_object(text: str, toks, k: int, known) -> bool:
    if k >= len(toks) or any(ch in "،,.؛:" for ch in text[toks[k - 1][1]:toks[k][0]]):
        return True
    w = toks[k][2]
    if (w in _IN_WORDS or w in _BEARING_WORDS) and _country_follows(toks, k):
        return True
    if w == "ب" and k + 1 < len(toks) and toks[k + 1][2][:1].isdigit():
        return True  # "هاجمت روسيا أوكرانيا بـ35 مسيرة": the weapons the attack was made with, told by their figure
    return w in _OBJECT_CLOSERS or (w.startswith("ب") and len(w) > 3 and w[1:3] != "ين"
                                    # (a known name that begins with ب is the object after the subject, no attached بـ:
                                    # "استهدفت إسرائيل بيروت بغارة", "هاجمت روسيا بيلغورود")
                                    and (_common_word(w) or not known(w) or foreign_here(w))) \
        or (w.startswith("ل") and w[1:].removeprefix("ل") in _UNDERGONE) \
        or w.startswith("و") and (w[1:] in _OBJECT_CLOSERS or w[1:] in _OWN_SURROUNDS or len(w) > 3 and known(w[1:]))


def _direct_object(text: str, toks, known, out: list[ArMention], spelled=None) -> None:
    """Add the known name a verb of attack takes as its object (see above) to ``out``."""
    for i, (_, _, word) in enumerate(toks):
        if not _OBJECT_VERB.fullmatch(word):
            continue
        closes: dict[int, bool] = {}  # where an object may end: looked at once per position
        # a time phrase may stand between the verb (or its subject) and the object ("استهدفت صواريخ يوم الأحد X",
        # "استهدف قصف فجر اليوم X"): its words are stepped over and do not count against the window
        end, j = min(i + 6, len(toks)), i
        while j + 1 < end:
            j += 1
            w = toks[j][2]
            if w in _TIME_OPENERS and j + 1 < len(toks):
                k = j + 1
                while k < len(toks) and toks[k][2] in _TIME_WORDS and k - j < 4:
                    k += 1
                if k < len(toks) and not any(ch in "،,.؛:" for ch in text[toks[j][1]:toks[k][0]]):
                    end, j = min(end + k - j, len(toks)), k - 1
                    continue
            if w in STOP or w in _BELTS or _cue_noun(w):
                break  # a preposition, a time word or a cue noun: the object is read there, if at all
            if w in NOT_NAMES:
                continue  # the subject ("الصواريخ", "القوات"): the object may follow it
            for n in (3, 2, 1):
                k = j + n
                if k > len(toks):
                    continue
                if k not in closes:
                    closes[k] = _closes_object(text, toks, k, known)
                if not closes[k]:
                    continue
                words = toks[j:k]
                if any(t[2] in STOP for t in words) or words[-1][1] - words[0][0] > 40:
                    continue
                name = " ".join(t[2] for t in words)
                if n == 1 and (len(name) < 3 or _common_word(name)):
                    continue
                if known(name) and not foreign_here(name) or n == 1 and spelled is not None and spelled(name):
                    out.append(ArMention(name, words[0][0], words[-1][1], None))
                    _coordinated(toks, k, known, out, None)
                    return


# A road named by the towns it links: "على طريق X - Y", "طريق X–Y الدولي", "الطريق الدولي الواصل بين X وY".
# An incident on it happened on the road out of the first town: X is the place, Y only names the road.
_ROAD_WORDS = frozenset(w + r for r in ("طريق", "الطريق", "أوتوستراد", "الأوتوستراد", "اوتوستراد", "الاوتوستراد")
                        for w in ("", "و", "ب", "ف"))
# words between the road noun and "بين" ("الطريق الدولي السريع الواصل بين ...")
_ROAD_LINK = frozenset({"الدولي", "السريع", "الرئيسي", "الواصل", "الرابط", "الذي", "يربط", "يصل", "العام", "الحيوي", "القديم"})
_NEAR_WORDS = frozenset({"قرب", "بالقرب", "بمحاذاة", "قبالة"})
# the prepositions that put an incident on a road ("على طريق X", "عند طريق X")
_ON_ROAD = frozenset({"على", "في", "عند", "قرب"})
_ROAD_DASH = re.compile(r"\s*[-–—/]\s*")


def _road(text: str, toks, i: int, known) -> Optional[tuple[ArMention, int]]:
    """The first town of a road named by two towns, and the index of the token after the road's name.

    None when the road is not named so (a bare "طريق المطار" is left to the other rules).
    """
    n_toks = len(toks)
    j = i + 1
    while j < n_toks and toks[j][2] in _ROAD_LINK:
        j += 1
    between = j < n_toks and toks[j][2] == "بين"
    if between:
        j += 1
        if j < n_toks and toks[j][2] in _DUAL_CUES:
            j += 1  # "الطريق الواصل بين بلدتي X وY": the dual of the towns' noun, then their names
    elif j != i + 1:
        return None  # "الطريق الدولي M4 قرب X": the road has no town in its name; X is read as usual
    # the first town's words stop at the dash ("X - Y") or at the و of the second ("بين X وY")
    words = []
    for k in range(j, min(j + 3, n_toks)):
        if k > j and (_ROAD_DASH.fullmatch(text[toks[k - 1][1]:toks[k][0]]) or (between and toks[k][2].startswith("و"))):
            break
        words.append(toks[k])
    words = _name_words(words, 0) if words else []
    if not words:
        return None
    n, name = _best_name(words, known, guess=False)
    if not n and not between and len(words) == 1 and j + 1 < n_toks and _guessable(words[0][2]) \
            and _ROAD_DASH.fullmatch(text[toks[j][1]:toks[j + 1][0]]):
        # "طريق البوكمال - الميادين": a road named by two towns with a dash between is unmistakable, its first town
        # one word the gazetteer spells otherwise ("البو كمال") -- resolve matches it as it does after a cue noun
        n, name = 1, words[0][2]
    if not n:
        return None
    k = j + n
    linked = k < n_toks and (_ROAD_DASH.fullmatch(text[toks[k - 1][1]:toks[k][0]]) if not between
                             else toks[k][2].startswith("و"))
    if not linked:
        if k < n_toks and toks[k][2] in _NEAR_WORDS and known(name):
            # "على طريق X قرب مدينة Y": the road of a known town, placed near another -- the incident is at X's road
            return ArMention(name, words[0][0], words[n - 1][1], None), k
        if known(name) and n == len(words) and (toks[i][2].startswith("ب") or (i and toks[i - 1][2] in _ON_ROAD)):
            # "استهدفت مسيرة سيارة على طريق الناقورة", "بطريق X": the road of a known town the incident is told on
            # (after a preposition, it is where the attack was, on the way out of X); a name that runs on is not
            # known as written ("طريق X الجديد", a street)
            return ArMention(name, words[0][0], words[n - 1][1], None), k
        return None  # one town only: "طريق X" may be a street of X, or "road to X"; leave it to the other rules
    # the second town: the longest known run (its و dropped), else one word (two for a compound)
    first = toks[k]
    second = [(first[0] + 1, first[1], first[2][1:])] + toks[k + 1:k + 3] if between else toks[k:k + 3]
    second = [t for t in _name_words(second, 0)] if second else []
    m, _ = _best_name(second, known) if second else (0, "")
    end = second[m - 1][1] if m else toks[k][1]
    k += max(m, 1)
    while k < n_toks and toks[k][2] in _ROAD_LINK:  # "طريق X–Y الدولي"
        end = toks[k][1]
        k += 1
    return ArMention(name, words[0][0], words[n - 1][1], None, road_end=end), k


def _coordinated(toks, i: int, known, out: list[ArMention], cue: Optional[str]) -> int:
    """Names joined by و to the mention just found ("في بقيق وخريص", "قاعدتي عين الأسد وحرير").

    A following word with و attached is a name of the same list when the gazetteer knows it; each is
    added with ``coordinated_with`` pointing to the first name of the list.  Returns the index of the
    token after the list.
    """
    first = len(out) - 1
    while i < len(toks):
        s, e, word = toks[i]
        if len(word) < 3 or not word.startswith("و") or word[1:] in STOP or _common_word(word[1:]) or _cue_noun(word):
            break
        rest = [(s + 1, e, word[1:])] + toks[i + 1:i + 3]
        # a two-letter word after و opens a name of several words only ("ورب ثلاثين"): alone it is a particle
        shortest = 2 if len(word) < 4 else 1
        for n in range(len(rest), shortest - 1, -1):
            if any(t[2] in STOP for t in rest[1:n]):
                continue
            name = " ".join(t[2] for t in rest[:n])
            if known(name) or (cue is not None and n == 1 and _guessable(name)):
                out.append(ArMention(name, s + 1, rest[n - 1][1], cue, coordinated_with=first))
                i += n
                break
        else:
            break
    return i


def _launch_site_before(text: str, pos: int) -> bool:
    """Does a launch phrase end at ``pos`` ("عثرت على منصة الإطلاق في ", "أطلقت من ")?

    The area a launcher was found in or fired from is a place even when the gazetteer does not know
    it ("في منطقة الرضوانية" can be no common noun there): it is taken, and reported unresolved if need be.
    """
    near = text[max(0, pos - 120):pos]
    return bool((("منص" in near or "راجم" in near or "قاذف" in near) and _LAUNCHER.search(near))
                or ("طلق" in near and _LAUNCH.search(text[max(0, pos - 90):pos])))


# An imperfect verb with an object pronoun opens a relative clause, not a name: "مخيم يقطنه لاجئون" (a camp
# inhabited by), "حي تسكنه عائلات", "مبنى يشغلها الجيش" -- a word never guessed to be a place.
_VERB_WITH_OBJECT = re.compile(r"[يت][\u0621-\u064A]{3,4}(?:ه|ها|هم|هما)")


def _guessable(word: str) -> bool:
    return word not in NOT_NAMES and word not in STOP and len(word) >= 2 and not _VERB_WITH_OBJECT.fullmatch(word)


def _name_words(toks, j: int, limit: int = 3) -> list[tuple[int, int, str]]:
    words = []
    while j < len(toks) and len(words) < limit:
        w = toks[j][2]
        if w in STOP or w in _TRAILING or (w[0].isdigit() and not words) or (not words and w.startswith("ل") and (
                w.startswith("لل") or (not w.startswith("ال") and len(w) > 4 and w[1:3] == "ال"))):
            break  # "قاعدة للتحالف": a base *of* the coalition, no name follows
        if words and w.startswith("لل") and len(w) > 4:
            break  # "قاعدة ميرون للمراقبة الجوية": what the site is *for* follows its name, no part of it
        words.append(toks[j])
        j += 1
    if words and words[0][2] in NOT_NAMES:
        return []
    return words


_CONTAINER_HEADS = frozenset({"مدينة", "محافظة", "مديرية", "قضاء", "ناحية", "ريف", "بلدة", "العاصمة"})
_DIRECTION_WORDS = frozenset(DIRECTIONS)


def _named_by_container(toks, j: int, words) -> bool:
    """Is the definite word after "حي"/"منطقة" a name, told so by a title or the place that holds it?

    "حي الشيخ X", "حي الزهراء في مدينة Y", "منطقة الجبانة بمديرية Y", "منطقة الكسوة جنوب Y": a common
    noun ("منطقة الانفجار") is seldom placed inside a named town, a name is.
    """
    if words[0][2] in _TITLES and len(words) > 1:
        return True
    k = j + (2 if words[0][2] in _COMPOUND and len(words) > 1 else 1)
    if k >= len(toks):
        return False
    w = toks[k][2]
    if w in _DIRECTION_WORDS:
        return True
    if w == "في" and k + 1 < len(toks):
        return toks[k + 1][2] in _CONTAINER_HEADS
    return w.startswith("ب") and w[1:] in _CONTAINER_HEADS


# The envelope of a place ("غلاف غزة", "مستوطنات الغلاف"): the belt of Israeli communities around the Gaza Strip,
# which is where the rockets fall; the place named after it is where they came from, never the target.  The name
# after it is no place of the clause; a community it names ("سديروت في غلاف غزة") is the target.
_BELTS = frozenset({"غلاف", "الغلاف"})


def _best_name(words, known, prefix: str = "", guess: bool = True, guess_definite: bool = True,
               adjective: str = "") -> tuple[int, str]:
    """How many of ``words`` form the name, and the name (longest the gazetteer knows).

    With ``guess``, a name the gazetteer does not know is still taken (one word, two for a compound
    such as "البو حسن"): a cue noun before it says it is a place, and it is reported unresolved.
    ``adjective``: the facility adjective right after ``words`` ("قاعدة X Y الجوية"): it closes the
    name, so every word before it is the name, and the gazetteer may know the whole phrase.
    """
    if adjective and prefix:
        whole = " ".join(w for _, _, w in words)
        phrase = prefix + " " + whole + " " + adjective
        if known(phrase):
            return len(words), phrase  # "قاعدة الإمام علي الجوية": the facility's own full name
        if len(words) > 1 and not any(w in NOT_NAMES or w in _TRAILING for _, _, w in words) \
                and (known(whole) or guess):
            return len(words), whole  # "قاعدة الشهيد X الجوية": the adjective closes the name, not its first word
    if words[0][2] in _BELTS:
        return 0, ""  # "مستوطنات غلاف غزة": the belt of settlements around Gaza, not Gaza nor a place "غلاف"
    # a title alone is no name when a word follows it ("قرية الشيخ X": the gazetteer's "الشيخ" is another place)
    shortest = 2 if words[0][2] in _TITLES and len(words) > 1 else 1
    for n in range(len(words), shortest - 1, -1):
        name = " ".join(w for _, _, w in words[:n])
        if n == 1 and name in CUE_NOUNS and len(words) > 1:
            break  # "منطقة بلدة X": a cue noun spelled like a hamlet somewhere is the noun of the name after it
        if known(name):
            if n == 1 and guess and name in _COMPOUND and len(words) > 1 and words[1][2] not in NOT_NAMES:
                break  # "منطقة البو X", "قرية أم X": the name goes on; the bare head is no place of its own
            if n == 1 and guess and not known(" ".join(w for _, _, w in words[:2])) and _closed_pair(words):
                return 2, " ".join(w for _, _, w in words[:2])  # "قرية زور X بريف Y": not the far "زور" alone
            return n, name
        if prefix and known(prefix + " " + name):
            # the gazetteer knows the facility only with its cue noun ("حقل X"): that phrase is what resolves
            return n, prefix + " " + name
    if not guess:
        return 0, ""
    first = words[0][2]
    if first in CUE_NOUNS and len(words) > 1:
        return 0, ""  # "منطقة بلدة X" (the area of the town of X): the second cue noun opens the name, it is none
    if first in NOT_NAMES or len(first) < 2 or (not guess_definite and first.startswith("ال") and first not in _KIN_HEADS) \
            or _VERB_WITH_OBJECT.fullmatch(first):
        return 0, ""
    if adjective and not any(w in NOT_NAMES for _, _, w in words):
        return len(words), " ".join(w for _, _, w in words)
    if prefix in _AREA_NOUNS and not first.startswith("ال") and (
            first.endswith("ية") or first in _AREA_ADJECTIVES or (len(words) > 1 and words[1][2].endswith("ية"))):
        return 0, ""  # "منطقة وعرة", "منطقة زراعية": an adjective agreeing with the area noun, not a name
    if prefix and not first.startswith("ال") and (first in _OTHER_ADJECTIVES or first in _AREA_ADJECTIVES or (
            prefix.endswith("ة") and first.endswith("ية") and len(first) >= 5)):
        # "قاعدة أخرى" (another base), "قرية حدودية" (a border village), "بلدة صغيرة": an indefinite feminine
        # cue noun and the adjective agreeing with it; a name the gazetteer knows was taken above
        return 0, ""
    if prefix in _AREA_NOUNS and len(words) > 1 and _IMPERFECT_VERB.fullmatch(first):
        return 0, ""  # "في منطقة تشهد نشاطا", "منطقة يسيطر عليها": a relative clause (a verb), not a name
    n = 2 if first in _COMPOUND and len(words) > 1 else 1
    if n == 1 and _closed_pair(words):
        n = 2  # "منطقة X Y بمحافظة Z": the place that holds it closes a two-word name
    return n, " ".join(w for _, _, w in words[:n])


def _closed_pair(words) -> bool:
    """Are the first two of ``words`` one name, closed by the place that holds it ("X Y بمحافظة Z", "X Y بريف Z")?"""
    # (not "مدينتي X وY بريف Z": a second name joined by و; nor a definite first word, a name of its own)
    return len(words) > 2 and words[2][2].startswith("ب") and words[2][2][1:] in _CONTAINER_HEADS \
        and not words[0][2].startswith("ال") and not words[1][2].startswith(("ال", "و")) \
        and _guessable(words[1][2]) and not words[1][2][0].isdigit()


_AREA_NOUNS = frozenset({"منطقة", "ضاحية", "بقعة", "ساحة"})
# An imperfect verb (ت/ي + a three- or four-letter stem) that an indefinite noun's relative clause opens with;
# a real name of this shape the gazetteer knows is taken before this is asked.
_IMPERFECT_VERB = re.compile(r"[تي][\u0621-\u064A]{2,4}")
# Adjectives of an area not of the nisba shape (which ends in ية): "منطقة وعرة", "منطقة نائية"
_AREA_ADJECTIVES = frozenset({"وعرة", "نائية", "مفتوحة", "مأهولة", "خالية", "قريبة", "بعيدة", "مجاورة", "محاذية", "آمنة",
                              "واسعة", "مكشوفة", "مهجورة", "نائيه", "ريفية", "جبلية", "صحراوية", "مزدحمة", "مكتظة"})
_CAPITAL = frozenset({"العاصمة", "عاصمة"})
# Adjectives any cue noun may take ("قاعدة أخرى", "معسكر آخر", "بلدة صغيرة", "قرية ثالثة"): never a name after it
_OTHER_ADJECTIVES = frozenset({"أخرى", "اخرى", "آخر", "اخر", "ثانية", "ثالثة", "رابعة", "ثان", "ثالث", "رابع", "صغيرة",
                               "صغير", "كبيرة", "كبير", "قريب", "بعيد", "مجاور", "جديدة", "جديد", "رئيسية", "رئيسي",
                               "مهجور", "نائي", "حدودي", "تابعة", "تابع"})


def _after_capital(toks, i: int) -> bool:
    """Is token ``i`` the name after "العاصمة" and its adjective of nationality ("العاصمة العراقية بغداد")?"""
    if i < 2:
        return False
    adj = toks[i - 1][2]
    return adj.startswith("ال") and adj.endswith(("ية", "يه")) and len(adj) > 5 \
        and any(b in _CAPITAL for _, b in _readings(toks[i - 2][2]))


# Indefinite adjectives of a plural common noun ("قنوات متعددة", "مواقع مختلفة"), and the nisba ones ("محلية"): a
# place name, definite, never takes one (its adjective has the article: "دمشق القديمة")
_INDEFINITE_ADJECTIVES = frozenset({"متعددة", "مختلفة", "متفرقة", "عديدة", "كثيرة", "مقربة", "موالية", "تابعة", "معادية",
                                    "متعدده", "مختلفه", "متفرقه", "عديده", "كثيره", "مقربه", "مواليه", "تابعه"})


def _indefinite_adjective(word: str, noun: str = "") -> bool:
    """Is ``word`` an indefinite adjective of the bare ``noun`` before it ("قنوات متعددة", "قنوات محلية")?"""
    # A nisba-shaped word is taken as an adjective only after a plural noun (ending ات, "قنوات محلية"): after a bare
    # name it opens the next phrase as often ("سقطت في حلب ثمانية صواريخ", "يوجد في أربيل قنصلية أمريكية")
    return not word.startswith("ال") and (word in _INDEFINITE_ADJECTIVES or (
        noun.endswith("ات") and len(word) >= 6 and word.endswith("ية") and word not in CUE_NOUNS))


# Capitals NOT_NAMES holds because they mostly stand for their governments ("وتتهم واشنطن طهران"): after a word
# of nearness or of a side ("قرب طهران", "بالقرب من طهران", "شمال طهران", "في محيط واشنطن") only the city is meant
_SEAT_CAPITALS = frozenset({"طهران", "واشنطن"})
_NEAR_SIDE_WORDS = frozenset({"قرب", "محيط", "ضواحي", "أطراف", "اطراف", "مشارف", "أرياف", "ارياف", "ريف", "وسط",
                              "جنوبي", "شمالي", "شرقي", "غربي"}) | frozenset(DIRECTIONS)
_NEAR_OF = frozenset({"بالقرب", "مقربة", "القرب"})  # "بالقرب من X", "على مقربة من X"


def _seat_capital(toks, i: int, known) -> Optional[tuple[ArMention, int]]:
    """A capital of :data:`_SEAT_CAPITALS` told as a place by the word of nearness or side before it, or None."""
    s, e, word = toks[i]
    if word not in _SEAT_CAPITALS or not i or not known(word):
        return None
    prev = {b for _, b in _readings(toks[i - 1][2])}
    if not (prev & _NEAR_SIDE_WORDS or "من" in prev and i > 1 and {b for _, b in _readings(toks[i - 2][2])} & _NEAR_OF):
        return None
    direction = next((DIRECTIONS[b] for b in prev if b in DIRECTIONS), None)
    return ArMention(word, s, e, None, direction=direction), 1


def _locative_name(toks, i: int, known, foreign=None, spelled=None) -> Optional[tuple[ArMention, int]]:
    """A known name right after a preposition, a direction, or with an attached بـ.

    ``foreign(name)``: is one-word ``name`` only a far town's alias (see :func:`foreign_alias_only`)?
    ``spelled(word)``: does a bare word the gazetteer lacks spell a big foreign city (:func:`foreign_city_spelled`)?
    """
    s, e, word = toks[i]
    if word in _SEAT_CAPITALS:
        return _seat_capital(toks, i, known)
    readings = _name_readings(word)
    if not readings:
        return None
    locative, direction, naming = _as_previous(toks[i - 1][2] if i else "")
    if not locative and _after_capital(toks, i):
        locative = True
    elif i + 1 < len(toks) and _after_capital(toks, i + 1):
        return None  # "العاصمة السورية دمشق": the adjective of the capital is no country; the name follows it
    verb_before = i > 0 and toks[i - 1][2] in _OBJECT_VERBS
    for off, base, attached, common in readings:
        if not (locative or attached or naming):
            continue
        if off and word in _AREA_ADJECTIVES:
            continue  # "مناطق وعرة": the adjective of the areas before it (rugged), not "and Urrah"
        if verb_before and off > 0 and not attached:
            continue  # "استهدفت وكرا": the object follows its verb with no و; "وكرا" is a den, not "and Kara"
        if attached and not locative and len(base) < 5:
            continue  # "بيان" is a statement, not "in Yan"; "بايدن" is Biden, not "in Aydın"
        rest = [(s + off, e, base)] + toks[i + 1:i + 3]
        # a common word heads only a longer known name: "في المدينة المنورة", never "في المدينة"
        for n in range(len(rest), 1 if common else 0, -1):
            if any(t[2] in STOP for t in rest[1:n]):
                continue
            name = " ".join(t[2] for t in rest[:n])
            if known(name):
                if n == 1 and verb_before and off == 0 and _bare_known_next(toks, i + 1, known, foreign):
                    break  # "استهدفت إسرائيل غزة بـ 20 غارة": verb, subject, object; the name after the subject is the
                    # place struck (see _direct_object), the subject is who struck
                if n == 1 and _governs_attack(toks, i + 1):
                    break  # "دعا إلى وقف هذه الاعتداءات": a verbal noun whose object is the attack, no place
                if n == 1 and (base in CUE_NOUNS or (foreign is not None and foreign(name))):
                    break  # "يستهدف أمن العراق", "على بنى تحتية": a common word, spelled like a far town's alias
                if n == 1 and not base.startswith("ال") and i + 1 < len(toks) and _indefinite_adjective(toks[i + 1][2], base):
                    break  # "على قنوات متعددة": a name is definite; a word with an indefinite adjective is a common noun
                if n == 1 and not attached and i + 1 < len(toks) and toks[i + 1][2] in CUE_NOUNS \
                        and toks[i + 1][2] not in _WEAK_CUES and not base.startswith("ال"):
                    break  # "في بساتين ناحية X" (the orchards of subdistrict X): a bare noun in construct with a
                    # cue noun is a common noun, never a proper name; the place is the name after the cue
                if n == 1 and not attached and not base.startswith("ال") and i + 1 < len(toks) \
                        and toks[i + 1][2] in _THE_SETTLEMENT:
                    break  # "قرب مفرق البلدة", "عند مدخل المخيم" (the town's junction, the camp's entrance): a bare
                    # noun in construct with "the town" is a common noun, though a far town is spelled like it
                return ArMention(name, s + off, rest[n - 1][1], None, direction=direction), n
    if spelled is not None and locative and not naming and readings[0][0] == 0 and not known(word) and spelled(word):
        # "سقطت مسيرة على زابوريجيا", "قرب تشيرنيهيف": a foreign city written by its own name in Arabic letters,
        # which GeoNames gives no Arabic alias, is read as "مدينة زابوريجيا" is (resolved by its skeleton)
        return ArMention(word, s, e, None, direction=direction), 1
    return None


def _bare_known_next(toks, j: int, known, foreign=None) -> bool:
    """Is token ``j`` a known name by itself, with no و, preposition or particle attached (the object of a verb after
    its subject: "ضربت روسيا كييف")?"""
    if j >= len(toks):
        return False
    word = toks[j][2]
    if word in STOP or _common_word(word) or word in CUE_NOUNS or not known(word):
        return False
    return foreign is None or not foreign(word)


# A foreign place this big is meant from afar even by a bare name after a preposition ("قصف على كييف",
# "مسيرات على بيلغورود"); the far towns whose aliases are common words are smaller (Emmen, Albany).
# (the size resolve.ARABIC_ALIAS_CITY_POP takes an exact Arabic alias at: a regional capital of a country at war,
# "سومي" for Sumy, 256,000 people, "وأصابت مسيرة مبنى في سومي", is read as the resolver would place it)
_BIG_FOREIGN = 250_000


@lru_cache(maxsize=8192)
def _exact_places(name: str) -> tuple:
    """The places the gazetteer spells one-word ``name`` exactly (none without a gazetteer)."""
    try:
        from .gazetteer import Gazetteer

        places = Gazetteer.default().candidates(name, limit=8, fuzzy=False, small_imports=False)
    except Exception:  # noqa: BLE001 - without a gazetteer nothing is known of the name
        return ()
    return tuple(c.place if hasattr(c, "place") else c for c in places)


@lru_cache(maxsize=8192)
def foreign_alias_only(name: str) -> bool:
    """Does the gazetteer know one-word ``name`` only as the Arabic alias of towns outside the region?

    Arabic common words are spelled like the Arabic names of far towns ("أمن" security / Emmen, "بنى"
    structures / Albany, "ميناء" port / Minna). Reporting on the region means a place of the region by a
    bare word after a preposition; a far town's alias needs a cue noun ("مدينة X") to be read as a place.
    Countries, governorates, curated places and cities of :data:`_BIG_FOREIGN` people are not affected.
    """
    from .gazetteer import REGION

    places = _exact_places(name)
    return bool(places) and all(
        (p.country or "").upper() not in REGION and p.country and p.layer != "curated"
        and p.precision not in ("country", "governorate") and (p.population or 0) < _BIG_FOREIGN for p in places)


def _alias_countries(name: str) -> frozenset:
    """The countries of the places the gazetteer spells ``name`` (exactly)."""
    return frozenset((p.country or "").upper() for p in _exact_places(name)) - {""}


# The countries the article being read names (extract.extract sets it per document, lazily computed): a far town
# spelled by its Arabic alias is that town when the article names its country ("استهدفت مسيرة كيدال في مالي":
# Kidal, whose country is no war of the region, but the article's own)
_document_countries: Optional[Callable[[], frozenset]] = None


def set_document_countries(countries: Optional[Callable[[], frozenset]]) -> None:
    """Tell :func:`foreign_here` how to get the countries of the article being read (None: no article)."""
    global _document_countries
    _document_countries = countries


def foreign_here(name: str) -> bool:
    """:func:`foreign_alias_only`, unless a town so spelled lies in a country the article names: "كيدال" in an
    article about Mali is Kidal, as "Kidal" is; in one about Iraq it stays a far town's alias."""
    if not foreign_alias_only(name):
        return False
    named = _document_countries() if _document_countries is not None else frozenset()
    return not (named and not _alias_countries(name).isdisjoint(named))


# How alike the romanised bare word and the city's Latin name must read (rapidfuzz ratio) for foreign_city_spelled
# (a short word spells too many things: "لاحقا" (later) reads like Lhoka, "مصانع" (factories) like Masan; a six-letter
# word of an Iraqi report read like a Chinese city of 1.5 million on a held-out set, so seven letters at least)
_SPELLED_RATIO = 80.0
_SPELLED_MIN_LETTERS = 7


@lru_cache(maxsize=16384)
def foreign_city_spelled(word: str) -> bool:
    """Does bare ``word``, which the gazetteer knows by no Arabic name, spell a big foreign city's Latin name?

    GeoNames carries no Arabic name for many Ukrainian and Russian cities ("زابوريجيا", "تشيرنيهيف"); the
    resolver finds them by their consonant skeleton once the reader has taken the word as a name, which it does
    for a cue noun only ("مدينة زابوريجيا"). Wire copy writes the big ones bare after a preposition or a verb
    of attack. A word of at least :data:`_SPELLED_MIN_LETTERS` letters without the article, no common word,
    that reads like the Latin name (:data:`_SPELLED_RATIO`) of a city of :data:`_BIG_FOREIGN` people is one;
    not a word with the Arabic feminine ending ة or ى, which no Latin name is written with ("بطارية", a battery,
    reads like Petare).
    """
    if len(word) < _SPELLED_MIN_LETTERS or word.startswith("ال") or word[-1] in "ةى" or word in STOP or _common_word(word) \
            or word in CUE_NOUNS or word in _TERRITORY_WORDS:
        return False
    try:
        from rapidfuzz import fuzz

        from .gazetteer import Gazetteer
        from .normalize import arabic_roman, roman_fold

        res = Gazetteer.default()._cross_script(word, None, set())
    except Exception:  # noqa: BLE001 - without a gazetteer nothing is spelled
        return False
    place = res.place if res is not None else None
    return place is not None and (place.population or 0) >= _BIG_FOREIGN \
        and fuzz.ratio(roman_fold(arabic_roman(word)), roman_fold(place.name)) >= _SPELLED_RATIO


# The states whose strikes come from aircraft (their "missiles" are an air force's): the attack noun they qualify
# ("عدوان إسرائيلي بالصواريخ", "غارة أمريكية", "قصف روسي") or the army that is the subject ("شن العدو
# الإسرائيلي عدوانا بالصواريخ", "نفذ الطيران الأمريكي ضربات") make an airstrike of a missile attack.
_AIR_POWER_ADJ = (r"(?:ال)?(?:إسرائيلي|اسرائيلي|أمريكي|أميركي|امريكي|اميركي|روسي)(?:ة|ان|ين|تين|تان|اً|ا)?"
                  r"(?![\u0621-\u064A])")
# the states whose strikes are told as theirs ("إسرائيلي", "صهيوني", "أمريكي"): the adjective's stems, for the missiles
# qualified by one (below) and for the aggression (_STATE_ADJ)
_STATE_STEMS = r"(?:إسرائيلي|اسرائيلي|صهيوني|أمريكي|أميركي|امريكي|اميركي)"
_STATE_MISSILE_ADJ = r"(?:ال)?" + _STATE_STEMS + r"(?:ة|ان|ين|اً|ا)?(?![\u0621-\u064A])"
_AIR_POWER_ATTACK = re.compile(
    # the attack noun qualified by the power; "ردا على العدوان الإسرائيلي" (in reply to it) is another side's attack
    r"(?<![\u0621-\u064A])(?<!على )(?<!ضد )(?:[وفبل]?(?:ال)?|لل)(?:عدوان|اعتداء|اعتداءات|غارة|غارات|قصف|ضربة|ضربات|هجوم|هجمات)"
    r"(?:ا|اً)?(?:\s+(?:ال)?(?:جوي|جوية|صاروخي|صاروخية)(?:ا|اً)?)?\s+" + _AIR_POWER_ADJ
    # the force as the subject of a verb of attack ("شن العدو الإسرائيلي", "وكان جيش الاحتلال قد نفذ"): after
    # "استهدف"/"قصف" the force may be the object, so those verbs do not count
    + r"|(?<![\u0621-\u064A])[وف]?(?:شن|شنت|نفذ|نفذت|أغار|أغارت|اغار|اغارت|كان|كانت)\s+(?:العدو\s+(?:ال)?(?:إسرائيلي|اسرائيلي|صهيوني)|"
    r"(?:جيش|قوات|طيران)\s+الاحتلال|(?:ال)?(?:جيش|طيران|طائرات|سلاح\s+الجو|مقاتلات|قوات|بوارج|سفن|مدمرات?)\s+"
    + _AIR_POWER_ADJ + r")"
    # the missiles themselves qualified by a state that strikes from the air ("قصفت صواريخ إسرائيلية موقعا في ريف
    # دمشق", "استهدفت صواريخ أمريكية X"): its air force's (a state strike); Russia's are its ballistic and cruise
    # missiles (lexicon), and "صواريخ على قاعدة أمريكية" names the side hit, not the missiles' side
    r"|(?<![\u0621-\u064A])[وفب]?(?:ال)?(?:صواريخ|صاروخ|صاروخا|صاروخين|صاروخان)\s+" + _STATE_MISSILE_ADJ)
_BALLISTIC_AR = re.compile(r"باليستي|بالستي|كروز|مدفعي")
# "قصف صاروخي روسي على كييف", "هجوم صاروخي روسي": Russia's missiles named as the attack's own kind are its ballistic
# and cruise missiles fired from the ground, the sea or bombers far off (its raids in Syria are "غارات جوية روسية");
# a missile attack, as English "a Russian missile strike" is read, not an air force's raid
_RUSSIAN_MISSILES = re.compile(r"(?:قصف|هجوم|هجمات|ضربة|ضربات)(?:ا|اً)?\s+(?:ال)?صاروخي(?:ة|ا|اً)?\s+(?:ال)?روسي")
# Aircraft as the agent, of any (or no) nationality: the subject right after a verb of attack ("شنت طائرات حربية
# غارات", "أطلق الطيران الحربي صواريخ") or before it ("إن الطائرات الإسرائيلية استهدفت"). Aircraft the clause
# hits or hosts ("قاعدة تضم طائرات حربية", "مدرج للطائرات") follow no such verb; drones are typed before this.
# the aircraft of a side named by its noun ("طائرات الاحتلال", "طيران العدو") or by a pronoun ("أعلن الجيش أن طائراته
# قصفت"): not drones ("طائرات العدو المسيرة" is typed before this)
_SIDE_AIRCRAFT = (r"(?:طائرات|طائرة|طيران|مقاتلات)\s+(?:الاحتلال|العدو)(?!\s+(?:ال)?(?:مسير|مسيّر))"
                  r"|(?:طائرات|طائرة|طيران|مقاتلات)(?:ه|ها|هم|نا)")
_WARPLANES = (r"(?:(?:ال)?(?:طائرات|طائرة)\s+(?!(?:ال)?(?:مسير|مسيّر|بدون|بلا|مفخخ|انتحاري))(?:ال)?[\u0621-\u064A]+ي[ةه]"
              r"|(?:ال)?مقاتلات|(?:ال)?(?:طيران|مقاتلة)\s+(?:ال)?حربي[ةه]?|الطيران|سلاح\s+الجو|" + _SIDE_AIRCRAFT + ")")
_AIRCRAFT_AGENT = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:شن|شنت|نفذ|نفذت|أغار|أغارت|اغار|اغارت|قصف|قصفت|أطلق|أطلقت|اطلق|اطلقت|استهدف|"
    r"استهدفت|ضرب|ضربت|دك|دكت)\s+" + _WARPLANES + r"(?![\u0621-\u064A])"
    r"|(?:^|[\s\"«“])(?:[وف]?(?:إن|أن|ان|بأن|بان)\s+)?" + _WARPLANES + r"(?:\s+(?:ال)?[\u0621-\u064A]+ي[ةه])?\s+(?:قد\s+)?"
    r"(?:شنت|نفذت|أغارت|اغارت|قصفت|أطلقت|اطلقت|استهدفت|ضربت|دكت)(?![\u0621-\u064A])")


_SIDE_AIRCRAFT_RE = re.compile(_SIDE_AIRCRAFT)


def aircraft_of_side(text: str) -> bool:
    """Are the aircraft :func:`aircraft_agent` finds named only by their side or a pronoun ("طائرات الاحتلال",
    "طائراته")?  Such a clause may tell the other side's fire the raid answered ("ردا على إطلاق صواريخ")."""
    m = _AIRCRAFT_AGENT.search(text)
    return m is not None and _SIDE_AIRCRAFT_RE.search(m.group(0)) is not None


def aircraft_agent(text: str) -> bool:
    """Are aircraft the agent of Arabic clause ``text``'s attack ("قصف الطيران الإسرائيلي X", "قصفت الطائرات
    الإسرائيلية، فجر اليوم، بلدة X")?  Ballistic, cruise and artillery fire are not theirs."""
    return ("طائر" in text or "طيران" in text or "مقاتل" in text or "سلاح الجو" in text) \
        and _AIRCRAFT_AGENT.search(text) is not None and not _BALLISTIC_AR.search(text)


# One "aggression" of a state that strikes from the air, told indefinite ("تعرض مطار حلب الدولي لعدوان إسرائيلي",
# "نفذ العدو عدوانا إسرائيليا"): SANA's word for one Israeli raid, a state strike (an airstrike, as the annotation
# has it, even when missiles are named). The definite "العدوان الإسرائيلي" is as often the war ("في ظل العدوان
# الإسرائيلي على لبنان") and types nothing; nor does artillery ("عدوان مدفعي").
# the state that strikes from the air, as the adjective of its attack noun ("عدوان إسرائيلي", "قصف أمريكي")
_STATE_ADJ = _STATE_STEMS + r"(?:ا|اً)?(?![\u0621-\u064A])"
_STATE_AGGRESSION = re.compile(r"(?<![\u0621-\u064A])[وف]?[لب]?(?:عدوان|عدوانا|عدواناً)\s+(?:جوي[اً]*\s+|صاروخي[اً]*\s+)?"
                               + _STATE_ADJ)


# An air power's army telling its own strike: "أعلن الجيش الإسرائيلي أنه قصف موقعا لحزب الله في بلدة X", "قال جيش
# الاحتلال إنه استهدف مبنى في Y", "ذكر الجيش الأمريكي أنه ضرب ..." -- the army that strikes from the air, speaking of
# its deed with "it struck / targeted", tells one raid (as English "the Israeli army said it struck X" is read); the
# pronoun's verb must follow the speech verb's "أنه/إنه" at once ("قال الجيش إن حزب الله قصف" is the other side's fire)
_ARMY_OWN_STRIKE = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:أعلن|اعلن|قال|ذكر|أفاد|افاد|أكد|اكد|زعم|ادعى|أوضح|اوضح)\s+"
    r"(?:(?:ال)?جيش\s+(?:ال)?(?:إسرائيلي|اسرائيلي|الاحتلال|الاحتلال\s+الإسرائيلي|أمريكي|أميركي|امريكي|تركي|روسي)"
    r"|(?:ال)?قوات\s+(?:ال)?(?:أمريكية|أميركية|امريكية)|جيش\s+الاحتلال)"
    r"(?:\s+[^\s،,.؛:]+){0,4}?\s+(?:أنه|إنه|انه|بأنه|بانه)\s+(?:قد\s+)?"
    r"(?:قصف|استهدف|ضرب|هاجم|أغار|اغار|شن\s+(?:غارة|غارات|ضربة|ضربات))(?![\u0621-\u064A])")


def army_own_strike(text: str) -> bool:
    """Does Arabic clause ``text`` tell an air power's army's own account of its strike (see above)?

    >>> army_own_strike("أعلن الجيش الإسرائيلي أنه قصف موقعا لحزب الله في بلدة الخيام")
    True
    >>> army_own_strike("قال الجيش الإسرائيلي إن حزب الله قصف موقعا في المطلة")
    False
    """
    return ("أنه" in text or "إنه" in text or "انه" in text) and _ARMY_OWN_STRIKE.search(text) is not None \
        and not _BALLISTIC_AR.search(text)


# One bombardment of a state that strikes from the air, told indefinite or with the state named as the subject ("قتل
# جنديان في قصف إسرائيلي على بلدة X", "قصفت إسرائيل بلدة X"): Israel's and the US's "قصف" is their air force's (a
# state strike, an airstrike in tests/ANNOTATION.md), as the "aggression" above is; never artillery, tanks or a
# ship's guns ("قصف مدفعي إسرائيلي", "بقذائف الدبابات"), nor the definite "القصف الإسرائيلي" (as often the war), nor
# a bombardment answered ("ردا على قصف إسرائيلي", the other side's fire)
_STATE_BOMBARDMENT = re.compile(
    r"(?<![\u0621-\u064A])(?<!على )(?<!ضد )[وفبل]?(?:قصف|قصفا|قصفاً)\s+(?:جوي[اً]*\s+)?"
    + _STATE_ADJ +
    r"|(?<![\u0621-\u064A])[وف]?قصفت\s+(?:إسرائيل|اسرائيل|الولايات\s+المتحدة)(?![\u0621-\u064A])")
_NOT_FROM_THE_AIR = re.compile(r"دباب|بحري|بارج|زورق|مدافع|هاون|قذائف|قذيفة")


def state_bombardment(text: str) -> bool:
    """Is the attack of Arabic clause ``text`` one bombardment of an air power (see above)?

    >>> state_bombardment("قتل جنديان في قصف إسرائيلي على بلدة عيتا الشعب.")
    True
    >>> state_bombardment("قتل جنديان في قصف مدفعي إسرائيلي على بلدة الخيام.")
    False
    """
    return "قصف" in text and _STATE_BOMBARDMENT.search(text) is not None and not _BALLISTIC_AR.search(text) \
        and not _NOT_FROM_THE_AIR.search(text)


def state_aggression(text: str) -> bool:
    """Is the attack of Arabic clause ``text`` one indefinite aggression of an air power (see above)?

    >>> state_aggression("تعرض مطار حلب الدولي لعدوان إسرائيلي.")
    True
    >>> state_aggression("قتل ثلاثة أشخاص في قصف على بلدة عيترون في ظل العدوان الإسرائيلي على لبنان.")
    False
    """
    return "عدوان" in text and _STATE_AGGRESSION.search(text) is not None and not _BALLISTIC_AR.search(text)


def air_power_attack(text: str) -> bool:
    """Is the attack of Arabic clause ``text`` one by an air power (Israel, the US, Russia)?

    "عدوان إسرائيلي بالصواريخ" (an Israeli aggression with missiles), "شن العدو الإسرائيلي عدوانا
    بالصواريخ", "غارات أمريكية بصواريخ": the missiles are an air force's, so the attack is an airstrike.
    The nationality must qualify the attack noun or the attacking force: "صواريخ على قاعدة أمريكية" (rockets
    on a US base) names the side hit, not the side firing. Ballistic and cruise missiles are not airstrikes.
    Warplanes as the agent make one whatever their nationality ("شنت طائرات حربية غارات ... بالصواريخ").
    """
    if aircraft_agent(text):
        return True  # "شنت طائرات حربية غارات ... بالصواريخ": the aircraft fire the missiles
    if not ("إسرائيل" in text or "اسرائيل" in text or "مريك" in text or "ميرك" in text or "روسي" in text
            or "العدو" in text or "الاحتلال" in text):
        return False
    m = _AIR_POWER_ATTACK.search(text)
    return m is not None and not _BALLISTIC_AR.search(text) and not ("روسي" in text and _RUSSIAN_MISSILES.search(text))


# Anything done with a weapon: an attack, a fall or blast, a launch (the verb "أطلق" and its noun "إطلاق", whose alef
# parts the root: "إثر إطلاق صواريخ من لبنان"), an interception, a toll, damage, a target hit,
# a verb of firing ("رشقة", "دك"), or what was heard or seen of it.  A launcher is not a launch: "منصات
# الإطلاق" (launch platforms) are blanked before the look.
_DONE_WITH_WEAPON = re.compile(
    r"هجوم|هجمات|هجوما|هاجم|ستهدا?ف|قصف|سقط|سقاط|سقوط|انفجا?ر|تفجير|عدوان|اعتداء|غارة|غارات|غارت|أغار|اغار|ضرب|أصاب|"
    r"اصاب|إصاب|طلق|[إا]طلاق|عترض|اعتراض|تصد|قتل|مقتل|جرح|جرحى|ضحايا|دمر|تدمير|أضرار|اغتيال|ستخدم|عثر|العثور|ضبط|"
    r"رشق|تعرض|وابل|حطام|شظايا|ارتطم|حريق|حرائق|ناجم|انقض|نفذ|"
    # dropped: "ألقت الطائرات قنابل موجهة على X", "إلقاء براميل متفجرة"
    r"[أاإ]لق(?:ت|ى|وا|اء)|[تي]لقي|"
    # a toll in the passive and gunfire: "استشهد فتى برصاص الاحتلال", "أصيب جنديان بنيران قناص"
    r"استشهد|أصيب|اصيب|رصاص|النار|قنص|قناص|"
    # short roots only as whole words (with a conjunction): "شن" is in "واشنطن", "دك" in "دكان"
    # ("وقع صاروخ في منطقة مفتوحة": fell; not the "وقع" inside "موقع")
    r"(?<![\u0621-\u064A])[وف]?(?:شن|شنت|شنوا|دك|دكت|دكوا|دكا|طال|طالت|دوي|حلق|حلقت|باتجاه|نحو|صوب|وقع|وقعت)(?![\u0621-\u064A])|"
    # aimed: "صواريخ على قاعدة X" (a headline's rockets on a base)
    r"(?:صاروخ|صواريخ|مسير|قذائف|قذيف|طائر|قنابل|قنبل|براميل)\S*\s+(?:\S+\s+){0,2}?على\s|"
    # the next item of a statement's list, its verb left out: "استهدفوا X بالصواريخ، وثكنة Y بقذائف المدفعية"
    # (a conjunct opening the clause on a noun -- a site's head, a definite noun or an indefinite object, not a verb
    # as in "وتتهم واشنطن طهران بتزويد الجماعة بالصواريخ" -- then its own weapon after the instrumental ب)
    r"^[\"«“]?و[\"«“]?(?:ال[^\s،,.]+|[^\s،,.]{2,}(?<!و)ا|(?:ثكن|موقع|مواقع|مستعمر|مستوطن|قاعد|مطار|مقر|بلد|مدين|قري|"
    r"حقل|معسكر|منطق|تجمع|نقط|مربض|مرابض|ميناء|سفين)[^\s،,.]*)\s+(?:[^\s،,.]+\s+){0,7}?ب(?:ال)?(?:صاروخ|صواريخ|قذائف|"
    r"قذيف|طائر|مسير|صلي|رشق|أسلحة|اسلحة|زورق)|"
    # ... or its weapon fronted: "، وبالصواريخ مستعمرة Y" (the weapon, then a site's head)
    r"^[\"«“]?وب(?:ال)?(?:صاروخ|صواريخ|قذائف|قذيف|طائر|مسير|صلي|رشق|سرب|مدفع)\S*\s+(?:[^\s،,.]+\s+){0,3}?"
    r"(?:ثكن|موقع|مواقع|مستعمر|مستوطن|قاعد|مطار|مقر|بلد|مدين|قري|حقل|معسكر|تجمع|نقط|ميناء)")
# (behind a look-ahead on the letters its ~60 alternatives open with: the engine passes over the other positions)
_DONE_WITH_WEAPON = _opened(_DONE_WITH_WEAPON)

# "منصات الإطلاق" (launchers), "صاروخ اعتراضي" (an interceptor), "نسبة الاعتراض" (the interception rate): a
# weapon's kind or a rate, not a launch or an interception told
_LAUNCHER_NOUN = re.compile(r"(?:منص|قاعد|راجم)\S*\s+(?:ال)?(?:إطلاق|اطلاق)|(?:ال)?اعتراضي\S*|"
                            r"(?:نسب|معدل)\S*\s+(?:ال)?(?:اعتراض|إسقاط|اسقاط)")


def weapons_only(text: str) -> bool:
    """Does Arabic clause ``text`` name weapons with nothing done with them?

    "ظهرت صواريخ باليستية من طراز X في العرض العسكري" (missiles shown at a parade), "تنتشر منصات
    الإطلاق في مناطق جبلية" (launchers are spread in the mountains), "مواقع يعتقد أنها تضم زوارق وصواريخ":
    a weapon the clause neither fires, drops, stops nor counts the harm of is the subject of an arsenal,
    not of an attack, and the places in it are where the weapons are.
    """
    return _DONE_WITH_WEAPON.search(_LAUNCHER_NOUN.sub(" ", text)) is None


# The attack nouns a verbal noun may govern ("وقف الهجمات", "إدانة القصف", "منع هذه الاعتداءات"): a word with one of
# them (after a demonstrative) for object is that verbal noun -- a place name is not followed by its own attack.
_ATTACK_OBJECTS = frozenset({"الهجمات", "الهجوم", "الاعتداءات", "الاعتداء", "القصف", "الغارات", "الضربات", "العدوان",
                             "الاستهداف", "العمليات", "التصعيد", "الهجومين", "الغارة"})
_DEMONSTRATIVES = frozenset({"هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين"})


def _governs_attack(toks, j: int) -> bool:
    if j < len(toks) and toks[j][2] in _DEMONSTRATIVES:
        j += 1
    return j < len(toks) and toks[j][2] in _ATTACK_OBJECTS


# "شمالي العاصمة (العراقية) بغداد": the capital named after the bearing is its point of reference, as in "شمال بغداد"
_DIR_BEFORE = re.compile(r"(?:^|\s)(?:ال)?(?:[وف]?(?:ب|ل)?)(?P<dir>شمال|جنوب|شرق|غرب)(?:ي|ى)?(?:\s+(?P<dir2>شرق|غرب)(?:ي)?)?"
                         r"(?:\s+(?:ال)?عاصمة(?:\s+ال[\u0621-\u064A]+ي[ةه])?)?\s*$")
_IN_BEFORE = re.compile(r"(?:^|\s)(?:و?(?:في|ب)\s*(?:ال)?|و?بال)\S*\s*(?:\S+\s*)?$")
_IN_DIRECTION = re.compile(r"(?:^|\s)و?(?:في|ب)\s*(?:ال)?(?:شمال|جنوب|شرق|غرب)")
# "غارة على جنوب لبنان", "بقصف تركي على شمال شرق سوريا": "on" before the bearing word puts the place struck in that
# part of X (an area; resolve takes the part), where "بلدة Y جنوب X" is a bearing from X. ("في شمال العراق" stays a
# bearing: it is as often the region a statement speaks of, "تحييد إرهابيين في شمال العراق", and would outrank the
# village hit the same day.)
_IN_PART_BEFORE = re.compile(r"(?:^|\s)و?على\s$")
_CONTAINER_LINK = (r"(?:(?:و?(?:في|ب|بال|قرب|من|التابعة\s+ل|التابع\s+ل|التابعة\s+إلى|ضمن|(?:ال)?(?:شمال|جنوب|شرق|غرب)ي?|وسط)\s*)?"
                   r"(?:محافظة|قضاء|ناحية|مديرية|مدينة|إقليم|ريف|أرياف|ضواحي)?\s*)?")
_CONTAINER_GAP = re.compile(r"\s*[،,]?\s*" + _CONTAINER_LINK)
# after a facility or district named with its cue noun, one adjective may come first: "في منطقة X الصناعية
# في أبوظبي", "قرب حقل X النفطي في دير الزور"
# "X في منطقة Y", "X بمنطقة Y": the area word the region's name follows (the mention starts at its name)
_REGION_GAP = re.compile(r"\s*[،,]?\s*(?:و?(?:في|ب|ضمن)\s*)(?:منطقة)\s*|\s*[،,]?\s*بمنطقة\s*")
_CONTAINER_GAP_ADJ = re.compile(r"\s+ال[^\s،,.]+\s+(?:الواقعة\s+|الواقع\s+)?" + _CONTAINER_LINK)


_COUNTRYSIDE_BEFORE = re.compile(r"(?<![\u0621-\u064A])[وفب]?(?:ريف|أرياف|ارياف|ضواحي)\s+$")


def _has_direction(text: str) -> bool:
    return "شمال" in text or "جنوب" in text or "شرق" in text or "غرب" in text


# A country or a capital named as a group's backer ("الميليشيا المدعومة من إيران", "فصائل موالية لطهران",
# "بدعم من واشنطن"): who stands behind the attackers, neither where it happened nor where it came from.
_BACKER_BEFORE = re.compile(r"(?<![\u0621-\u064A])(?:(?:ال)?(?:مدعوم|مدعومة|مدعومين|مدعومتين)\s+من|بدعم\s+(?:من\s+)?|"
                            r"(?:ال)?(?:موالية|موالي|موالين|الموالية|المقربة|مقربة)\s+(?:من\s+)?ل?|"
                            # a group named after its country: "المقاومة الإسلامية في العراق" claims, it is not attacked
                            r"(?:المقاومة|الدولة|الثورة|الجمهورية)\s+(?:الإسلامية|الاسلامية)\s+في\s+|"
                            r"(?:تنظيم\s+)?القاعدة\s+في\s+(?:بلاد\s+)?)\s*$")


# Several bases or airfields left unnamed, then "في X" (at most four words between: their owner, an adjective).
_UNNAMED_BASES_IN = re.compile(r"(?<![\u0621-\u064A])[وبل]?(?:ال)?(?:قاعدتين|قاعدتان|قواعد|معسكرات|مطارات|معسكرين)"
                               r"(?:\s+[^\s،,.؛:]+){0,4}?\s+(?:في|ب)\s*$")


# The one who speaks is not where the attack fell: "وأكدت السفارة الأميركية في بيان أن ...", "وقالت أنقرة إن ...",
# "أعلنت قيادة المنطقة الوسطى، في تغريدة، أن": the subject right after a verb of saying, with "that" (أن/إن) after
# it (a statement's channel or day may come between).
_SAYING_BEFORE = re.compile(r"(?<![" + LETTERS + r"])[وف]?(?:أكد|اكد|قال|أعلن|اعلن|أفاد|افاد|ذكر|أوضح|اوضح|نفى|نفت|اتهم|"
                            r"اتهمت|حمل|حملت|أكدت|اكدت|قالت|أعلنت|اعلنت|أفادت|ذكرت|أوضحت|زعم|زعمت|أضاف|أضافت|"
                            r"كشف|كشفت|صرح|صرحت|أشار|أشارت)\s+$")
_THAT_AFTER = re.compile(r"(?:\s+[^\s،,.؛:]+)?(?:\s*[،,]?\s*(?:في|عبر|ب)\s*(?:بيان|تصريح|تغريدة|رسالة|منشور)\S*(?:\s+[^\s،,.؛:]+)?)?"
                         r"(?:\s*[،,]\s*(?:[^\s،,.؛:]+\s+){0,2}?[^\s،,.؛:]+\s*[،,])?\s*(?:أن|إن|ان|بأن|بان)(?![" + LETTERS + r"])")


# Where a source sits: "أفاد مصدر أمني في محافظة X", "قال مسؤول محلي بمدينة X", "مراسلنا في X".
# ("قذيفة مجهولة المصدر على سوق في X": a projectile of unknown origin, no one speaking)
_SOURCE_IN_BEFORE = re.compile(r"(?<![" + LETTERS + r"])(?<!مجهولة\s)(?<!مجهول\s)(?:ال)?(?:مصدر|مصادر|مسؤول|مسؤولون|مسؤولين|متحدث|ناطق|مراسل|مراسلنا|"
                               r"مراسلة|مراسلو)"
                               # "مصدر الإطلاق رصد في X" (the source of the fire): a thing, no speaker
                               r"(?!\s+(?:ال)?(?:إطلاق|اطلاق|نيران|قصف|صواريخ|قذائف|انفجار|تهديد|هجوم|هجمات)(?![\u0621-\u064A]))"
                               # (not past "that": "وقالت مصادر إنها أطلقت من العراق" -- what the sources say comes
                               # after it, and the place after من is the drone's launch, not where they sit)
                               r"(?:\s+(?![وف]?ب?(?:إن|أن|ان)(?:ه|ها|هم|هما)?(?![\u0621-\u064A]))[^\s،,.؛:]+){0,2}?"
                               # "المتحدث الرسمي باسم المديرية العامة للدفاع المدني في منطقة X": the office named
                               r"(?:\s+باسم(?:\s+[^\s،,.؛:]+){1,5}?)?\s+(?:في|ب|من)\s*"
                               # the office the source works in: "مسؤول في إدارة قضاء X", "عضو في مجلس محافظة X"
                               r"(?:(?:ال)?(?:إدارة|ادارة|مجلس|قيادة|شرطة|بلدية|مديرية)\s+)?(?:ال)?(?:محافظة|مدينة|قضاء|ناحية|"
                               r"بلدة|منطقة|إقليم|ولاية)?\s*$")


# A place after an authority that sits there is where that authority is, not where anything fell: "مطالبة الحكومة
# الاتحادية في بغداد بكشف ..." (urging the federal government in Baghdad), "وزارة الصحة في حكومة إقليم X",
# "السلطات المحلية في X", "البرلمان في X". The noun of the authority, up to two adjectives, then في/ب.
_AUTHORITY_IN_BEFORE = re.compile(r"(?<![" + LETTERS + r"])[وفبل]?(?:ال|لل)?(?:حكومة|حكومات|سلطات|وزارة|وزارات|برلمان|"
                                  r"مجلس|رئاسة|سفارة|سفير|وزير|رئيس|حاكم)(?:\s+[^\s،,.؛:\d]+){0,2}?\s+(?:في|ب)\s*$")
# An agency that reports from its region: "الدفاع المدني بمنطقة X", "الشرطة في محافظة X".
_AGENCY_IN_BEFORE = re.compile(r"(?<![" + LETTERS + r"])(?:ال|لل)?(?:دفاع\s+المدني|شرطة)\s+(?:في|ب)\s*"
                               r"(?:(?:ال)?(?:منطقة|محافظة|مدينة|إمارة|ولاية|إقليم)\s+)?$")
_AUTHORITY_NAME = frozenset({"حكومة", "الحكومة", "وزارة", "الوزارة", "السلطات", "سلطات", "البرلمان", "برلمان"})


# A group's own name: "فصيل يطلق على نفسه اسم "X"", "جماعة تسمي نفسها X".
_SELF_NAMED_BEFORE = re.compile(r"(?:يطلق|تطلق|يطلقون|أطلق|أطلقت)\s+على\s+(?:نفسه|نفسها|نفسهم|أنفسهم|انفسهم)\s+(?:اسم\s+)?"
                                r"[\"«“]?\s*(?:ال|[لبوف])?$|(?:يسمي|تسمي|يسمون|سمى|سمت)\s+(?:نفسه|نفسها|نفسهم|أنفسهم)\s+[\"«“]?\s*(?:ال|[لبوف])?$")


# An anniversary of an old attack ("في الذكرى السنوية الأولى للهجوم على X", "تزامنا مع ذكرى اغتيال ..."): the
# attack named after it is history, whatever the clause says of it.
_ANNIVERSARY = re.compile(r"(?<![" + LETTERS + r"])[وبل]?(?:ال)?ذكرى\s+(?:ال)?(?:سنوية\s+)?(?:ال[^\s،,.؛:]+\s+)?"
                          r"(?:لل|ل(?:ال)?|على\s+(?:ال)?|ال)(?:هجوم|هجمات|اغتيال|قصف|غارة|غارات|تفجير|تفجيرات|مجزرة|ضربة|اعتداء|"
                          r"استهداف|حرب|عدوان)")


def anniversary(text: str) -> Optional[int]:
    """Where an anniversary of an old attack begins in a cleaned clause, or None.

    >>> anniversary("ويتزامن القصف مع الذكرى الثانية للهجوم على المطار") is not None
    True
    >>> anniversary("وذكرت الوزارة أن الهجوم استهدف المطار") is None
    True
    """
    if "ذكرى" not in text:
        return None
    m = _ANNIVERSARY.search(text)
    return m.start() if m else None


def authority_seat(text: str, start: int) -> bool:
    """Whether a place at ``start`` is the seat of an authority just named ("الحكومة الاتحادية في X").

    >>> authority_seat("مطالبة الحكومة المركزية في دمشق بالتحقيق", 27)
    True
    >>> authority_seat("سقط صاروخ في دمشق", 12)
    False
    """
    if "في" not in text[max(0, start - 4):start] and "ب" not in text[max(0, start - 2):start]:
        return False
    return _AUTHORITY_IN_BEFORE.search(text, max(0, start - 50), start) is not None


# A clause that opens on "at the same time" tells what happened elsewhere meanwhile: "وبالتزامن مع ذلك، ...",
# "وفي الوقت نفسه ...", "في غضون ذلك ...", "وفي الأثناء ...", "بالتوازي مع ذلك ...".
_MEANWHILE = re.compile(r"\W*[وف]?(?:بالتزامن|تزامنا|بالتوازي|في\s+غضون\s+ذلك|في\s+الأثناء|في\s+الاثناء|في\s+هذه\s+الأثناء|"
                        r"في\s+هذه\s+الاثناء|في\s+الوقت\s+(?:نفسه|ذاته))(?![" + LETTERS + r"])")


def meanwhile(text: str) -> bool:
    """Whether a clause opens on "at the same time" ("وبالتزامن مع ذلك، استهدف ...").

    >>> meanwhile("وبالتزامن مع ذلك، سقطت قذيفة في حي X"), meanwhile("سقطت قذيفة في حي X بالتزامن مع الهجوم")
    (True, False)
    """
    head = text[:24]  # the cheap look first: most clauses open on none of these words
    if not any(map(head.__contains__, ("تزامن", "توازي", "ثناء", "غضون", "الوقت"))):
        return False
    return _MEANWHILE.match(text) is not None


_FRONTED_TAIL = re.compile(r"\s*(?:(?:في\s+)?(?:ال)?(?:شمال|جنوب|شرق|غرب)ي?(?:\s+(?:ال)?(?:شرق|غرب)ي?)?\s+[^\s،,.؛:]+)?\s*[،,]")


def fronted(text: str, start: int, end: int) -> bool:
    """Whether the place at ``text[start:end]`` is the one a sentence opens on ("وفي محافظة X جنوب غربي البلاد، ...").

    >>> fronted("وفي محافظة الكرك جنوبي البلاد، استهدفت مسيرة مستودعا", 11, 16)
    True
    >>> fronted("واستهدفت مسيرة مستودعا في محافظة الكرك، وفق مصادر", 36, 41)
    False
    """
    return _FRONTED_BEFORE.match(text, 0, start) is not None and _FRONTED_TAIL.match(text, end) is not None


# "كما أعلن المالكي اعتراض طائرتين ..." (he also announced ...): a sentence opening on additive "كما" and a verb
# adds another item to the account -- not "كما أن" (moreover, that ...), not "كما هو/كما في" (as in).
_ADDITIVE = re.compile(r"\W*[وف]?كما\s+(?!أن|ان|إن|هو|هي|في|حدث|جرى|يحدث|ذكر|أشار|اشار|قال|قالت|أكد|أكدت|أفاد|أفادت)"
                       r"[أاتي][^\s،,.؛:]{2,}")


def additive(text: str) -> bool:
    """Whether a clause opens on additive "كما" + a verb ("كما أعلن ... اعتراض صاروخ").

    >>> additive("كما أعلن الجيش اعتراض صاروخ فوق المدينة"), additive("كما أن الهجوم الحق أضرارا")
    (True, False)
    """
    if "كما" in text[:6] and _ADDITIVE.match(text) is not None:
        return True
    # the next item of a statement's list, with raids of its own: "، وثلاث غارات على مطار Y" after "غارتين على X"
    return text.lstrip(" \"«“")[:1] == "و" and _LIST_ITEM_RAIDS.match(text) is not None


_LIST_ITEM_RAIDS = re.compile(r"\W*و(?:[^\s،,.]+\s+)?(?:غار|ضرب)(?:ة|ات|تين|تان)\s+(?:[^\s،,.]+\s+){0,2}?(?:على|في|استهدف)")


def speaker(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is the subject of a verb of saying ("أكدت X في بيان أن").

    >>> t = "وأكدت السفارة الأميركية في بيان أن الدفاعات اعترضت الصواريخ"
    >>> speaker(t, 6, 24), speaker("سقطت صواريخ قرب السفارة الأميركية", 16, 34)
    (True, False)
    """
    return bool(_SAYING_BEFORE.search(text, max(0, start - 12), start)) and _THAT_AFTER.match(text, end) is not None


_FRONTED_BEFORE = re.compile(r"\W*[وف]?(?:في|ب)\s*(?:(?:محافظة|مدينة|قضاء|ناحية|إقليم|ريف)\s+)?$")
_FRONTED_AFTER = re.compile(r"\s*[،,]")
_NEAR_GAP = re.compile(r"\s+(?:قرب|بالقرب\s+من|بمحاذاة)\s+\S+\s+")
_ONE_WORD = re.compile(r"\s+(?!ال)[^\s،,.؛:\d]+(?=\s*[،,])")


# The people of a place as the subject of hearing or seeing: "سكان بلدات X وY سمعوا دوي انفجارات", "أفاد أهالي
# قرية X بمشاهدة ..." -- the place is where the witnesses are, not what was hit.
_HEARERS_BEFORE = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:ال)?(?:سكان|أهالي|اهالي)\s+(?:(?:ال)?(?:بلدة|بلدات|قرية|قرى|مدينة|مدن|"
                             r"حي|أحياء|احياء|مخيم|ناحية|منطقة|مناطق)\s+)?$")
_PERCEIVED = re.compile(r"[^.؛]{0,80}?(?:سمع|يسمع|سماع|شاهد|مشاهدة|شوهد|رأوا|رصدوا|شعروا|أفاقوا|استيقظوا)")


# "استهدف صاروخ أطلق من قطاع غزة مدينة بئر السبع", "سقط صاروخ أطلق من جنوب لبنان في بلدة X", "استهدفت مسيرة
# انطلقت من اليمن مدينة إيلات": the launch told as a relative clause of the subject, after the verb of attack; the
# source after من is its own phrase, and a second place opened by a cue noun or a preposition is the verb's target.
_SOURCE_THEN = re.compile(r"(?:أطلق|انطلق)\S*\s+(?:[^\s،,.؛:]+\s+){0,3}?من\s+(?P<gap>(?:[^\s،,.؛:]+[،,]?\s+){1,4}?)"
                          r"(?P<open>(?:[وف]?(?:في|على|قرب|باتجاه|نحو|داخل)\s+)?(?:ال)?(?:مدينة|بلدة|قرية|مستوطنة|مستعمرة|"
                          r"قاعدة|مطار|حقل|معسكر|ميناء|منطقة|كيبوتس|كيبوتز|موشاف)\s+|[وف]?(?:في|على|قرب|باتجاه|نحو|داخل)\s+)$")
_UNNAMED_SPOTS = frozenset({"منطقة", "المنطقة", "موقع", "مكان", "نقطة", "أرض", "ارض", "مزرعة", "بستان", "بقعة", "داخل"})
_SURROUNDS = frozenset({"أطراف", "اطراف", "محيط", "ريف", "أرياف", "ضواحي", "تخوم", "مشارف", "جهة", "شمال", "جنوب", "شرق",
                        "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط"})
# (or its noun, in a headline or after a verb of telling: "سقوط صاروخ أطلق من لبنان قرب X", "أعلن الجيش سقوط ...")
_ATTACK_OR_FALL = re.compile(r"(?<![" + LETTERS + r"])[وفب]?(?:(?:استهدف|قصف|ضرب|هاجم|سقط|انفجر|أصاب|اصاب)(?:ت|وا|تا|ا)?|"
                             r"(?:ال)?(?:سقوط|انفجار|استهداف))(?![" + LETTERS + r"])")


# "نفذ العدو الإسرائيلي عدوانا جويا من اتجاه الجولان السوري المحتل مستهدفا ...", "من اتجاه الأراضي اللبنانية",
# "من اتجاه منطقة التنف", "من اتجاه البحر المتوسط": the Syrian military's formula for where the aircraft fired from,
# told with no verb of launching; the place after it is the launch, and the target follows "مستهدفا".  (A compass
# point after it, "من اتجاه شمال شرق X", is read as the bearing of the launch from X: see resolve._DIR_OF_PLACE.)
FROM_DIRECTION_OF = re.compile(r"(?<![" + LETTERS + r"])[وف]?من\s+(?:اتجاه|جهة)\s+(?:(?:ال)?(?:منطقة|مدينة|بلدة|"
                               r"قرية|محافظة|ريف)\s+)?$")
# "من اتجاه شمال شرق بيروت", "من اتجاه البحر المتوسط غرب مدينة بانياس": the town a compass point of the launch is
# told from; neither the target nor the launch itself (resolve._DIR_OF_PLACE places the launch off it)
_FROM_DIRECTION_BEARING = re.compile(r"(?<![" + LETTERS + r"])[وف]?من\s+(?:اتجاه|جهة)\s+(?:[^\s،,.؛:]+\s+){0,3}?"
                                     r"(?:ال)?(?:شمال|جنوب|شرق|غرب)ي?(?:\s+(?:ال)?(?:شرق|غرب)ي?)?\s+"
                                     r"(?:(?:ال)?(?:مدينة|بلدة|قرية|بحيرة|منطقة)\s+)?$")


def _target_past_source(text: str, m: ArMention, mentions: list[ArMention]) -> bool:
    """Whether ``m``, after a launch's "من X", is the target of the verb of attack told before the launch."""
    if any(n is not m and n.start < m.start and n.role == "target" for n in mentions):
        return False  # the clause named its target already: a place past the source is the source's
    window = text[max(0, m.start - 90):m.start]
    src = _SOURCE_THEN.search(window)
    if src is None or src.group("gap").split()[0] in _UNNAMED_SPOTS \
            or src.group("gap").split()[-1] in _SURROUNDS:
        # "أطلقت من منطقة قرب بلدة X": an unnamed spot told by the place it is near; "من أطراف بلدة X", "من ريف
        # مدينة X": the outskirts of X (the word right before it heads it), the source itself
        return False
    launch_at = max(0, m.start - 90) + src.start()
    verb = _ATTACK_OR_FALL.search(text, 0, launch_at)
    # (the verb right before: nothing but its subject, the projectile, between it and the launch verb)
    return verb is not None and len(text[verb.end():launch_at].split()) <= 3


# "الحرب في قطاع غزة", "الحرب على غزة", "العدوان الإسرائيلي على غزة", "حرب غزة": the war a report is set against
_WAR_ON_BEFORE = re.compile(r"(?<![" + LETTERS + r"])[وفبل]?(?:ال)?(?:حرب|عدوان)(?:\s+(?:ال)?(?:إسرائيلي|اسرائيلي|"
                            r"الإسرائيلية|الاسرائيلية|المستمرة?|الدائرة|الجارية))?\s+(?:(?:في|على)\s+)?$")
# Only a war is told against a whole land; "عدوان" on a lesser place is Syrian agency copy's word for one raid:
# "أسفر العدوان الإسرائيلي على ريف دمشق عن استشهاد أربعة عسكريين", "تعرض مطار X لعدوان إسرائيلي على ...".
_WAR_LANDS = frozenset({"غزة", "قطاع غزة", "الضفة الغربية", "الضفة", "لبنان", "جنوب لبنان", "سوريا", "سورية", "اليمن",
                        "العراق", "إيران", "ايران", "فلسطين", "الجنوب اللبناني"})

# "فيما سقط بعضها داخل قطاع غزة": some of a salvo fell back inside the land it was fired from
_SOME_FELL_IN_BEFORE = re.compile(r"(?:سقط|سقطت|وقع|وقعت)\s+(?:بعضها|عدد\s+منها|أحدها|إحداها|واحد\s+منها)\s+"
                                  r"داخل\s+(?:أراضي\s+)?$")


# "رداً على الاعتداء على بلدة X، قصف مجاهدو ... مستعمرة Y", "... ردا على الغارة التي استهدفت بلدة X": the place of
# the other side's attack the group answers, not a target of this one.  The reply phrase runs until a comma opens the
# main clause's verb of attack (a verb inside it after "التي"/"الذي" is still the answered attack's).
_REPLY_OPENER = re.compile(r"(?<![" + LETTERS + r"])[وف]?(?:(?:في\s+)?(?:إطار|اطار)\s+)?(?:ردا|رداً|ردًا|الرد|رد)\s+على\s")
_MAIN_VERB_AFTER_COMMA = re.compile(r"[،,]\s*[وف]?(?:استهدف|قصف|ضرب|هاجم|شن|أطلق|اطلق|دك|نفذ|أغار|اغار)(?:ت|وا|تا|ا)?"
                                    r"(?![" + LETTERS + r"])")


def in_reply(text: str, start: int) -> bool:
    """Whether the place at ``start`` lies in a reply phrase (see above)."""
    opener = None
    for opener in _REPLY_OPENER.finditer(text, 0, start):
        pass
    return opener is not None and _MAIN_VERB_AFTER_COMMA.search(text, opener.end(), start) is None


def _roles(text: str, mentions: list[ArMention]) -> None:
    """Reference ("شمال بغداد"), launch ("أطلقت من ... ديالى") and containers ("في محافظة ديالى")."""
    # the places of a reply phrase, when the clause names a place of its own outside it (alone, the phrase is the
    # clause's only news: "جاء رداً على اغتيال عدد من مقاوميه في X، في إشارة إلى غارتين")
    answered = set()
    if "رد" in text and len(mentions) > 1:
        inside = [id(m) for m in mentions if in_reply(text, m.start)]
        if inside and len(inside) < len(mentions):
            answered = set(inside)
    past_source = set()  # the targets told past a launch's "من X" (see _target_past_source)
    for m in mentions:
        left = text[max(0, m.start - 70):m.start]
        if speaker(text, m.start, m.end) or _SOURCE_IN_BEFORE.search(text, max(0, m.start - (90 if "باسم" in left else 40)), m.start):
            m.role = "descriptive"  # "وقالت أنقرة إن", "مصدر أمني في محافظة X": who speaks and where, not a target
            continue
        if ("سكان" in left or "أهالي" in left or "اهالي" in left) and _HEARERS_BEFORE.search(text, max(0, m.start - 40), m.start) \
                and _PERCEIVED.search(text, m.end):
            m.role = "descriptive"  # "سكان بلدات X وY سمعوا دوي انفجارات": where the blasts were heard from
            continue
        if id(m) in answered:
            m.role = "descriptive"  # "رداً على الغارة على بلدة X، قصف ... Y": the attack answered, not this one's target
            continue
        if ("حرب" in left[-20:] or "عدوان" in left[-30:] and m.name in _WAR_LANDS) \
                and _WAR_ON_BEFORE.search(text, max(0, m.start - 40), m.start) \
                and (m.name in _WAR_LANDS or "حرب" in text[max(0, m.start - 40):m.start]):
            m.role = "descriptive"  # "على خلفية الحرب في قطاع غزة", "العدوان على غزة": the war's land, no attack told
            continue
        if "منها" in left[-30:] or "بعضها" in left[-30:] or "أحدها" in left[-30:] or "إحداها" in left[-30:]:
            if _SOME_FELL_IN_BEFORE.search(text, max(0, m.start - 40), m.start):
                m.role = "descriptive"  # "أطلقت من القطاع ... فيما سقط بعضها داخل قطاع غزة": fell short, at home
                continue
        if "نفس" in left[-30:] and _SELF_NAMED_BEFORE.search(text, max(0, m.start - 40), m.start):
            m.role = "descriptive"  # "جماعة تطلق على نفسها اسم ...": the words of a group's name, no place
            continue
        if m.cue is None and (m.name in _AUTHORITY_NAME or authority_seat(text, m.start)):
            m.role = "descriptive"  # "الحكومة الاتحادية في X": where an authority sits, not where anything fell
            continue
        if m.cue is None and _BACKER_BEFORE.search(text, max(0, m.start - 32), m.start):
            m.role = "reference"
            continue
        if m.cue is None and _UNNAMED_BASES_IN.search(text, max(0, m.start - 60), m.start):
            # "استهدافها قاعدتين للاحتلال في سوريا": where unnamed bases are, a lead that sums up the attacks the
            # report then tells one by one -- the area of those bases, not a target of its own
            m.role = "container"
            continue
        if "من" in left[-30:] and FROM_DIRECTION_OF.search(text, max(0, m.start - 30), m.start):
            # "عدوانا جويا من اتجاه الجولان السوري المحتل": where the aircraft fired from; after a target told
            # already ("مستهدفا مطار حلب، وبالتزامن نفذ عدوانا من اتجاه الجولان مستهدفا مطار دمشق") it is the next
            # raid's, which one clause's single launch cannot hold: no target, no launch
            m.role = "descriptive" if any(n.start < m.start and n.role == "target" for n in mentions) else "launch"
            continue
        if "من" in left[-70:] and ("اتجاه" in left[-60:] or "جهة" in left[-60:]) \
                and _FROM_DIRECTION_BEARING.search(text, max(0, m.start - 70), m.start):
            m.role = "descriptive"  # "من اتجاه شمال شرق بيروت": the launch's bearing is told from Beirut
            continue
        if "قادم" in left and _COMING_FROM.search(left):
            m.role = "launch"  # "إسقاط طائرة مسيرة قادمة من سوريا": where the drone came from
            continue
        lb = _LAUNCH_BEARING.search(left) if ("طلق" in left or "طلاق" in left) and "بعد" in left else None
        if lb is not None and _LAUNCH_BY.search(left[:lb.start()]) \
                and not any(n is not m and n.name == m.name and n.cue == m.cue for n in mentions):
            c = parse(lb.group("num").strip())
            if c:
                # "أطلقا من موقع على بعد 12 كم جنوب X", "انطلقت من منطقة تبعد 8 كيلومترات إلى الشرق من مدينة X":
                # the launch lies by X, the place the bearing is told from (not by the target): X, its bearing
                # and its distance are the launch's
                m.role = "launch"
                m.distance_km = to_km(c.value, lb.group("unit"))
                way = lb.group("dir") or lb.group("dir3")
                m.direction = DIRECTIONS[way] + (("-" + DIRECTIONS[lb.group("dir2")]) if lb.group("dir2") else "")
                continue
        d = _DIR_BEFORE.search(left) if _has_direction(left) else None
        inside = d is not None and _IN_BEFORE.search(left[:d.end()])
        if d and (inside and _IN_DIRECTION.search(left[d.start():d.end() + 1])
                  or _IN_PART_BEFORE.search(left, 0, d.start() + 1) and m.cue in (None, "country", "area", "province")
                  and not any(n is not m and n.start < m.start and n.role == "target" for n in mentions)):
            m.direction = DIRECTIONS[d.group("dir")]  # "في شمال شرق الأردن": somewhere in the north-east of X
            if m.cue is None:
                m.cue = "area"
            continue
        if d and ("طلق" in left or "طلاق" in left) and left[:d.start()].rstrip().endswith(" من") \
                and _LAUNCH.search(left[:d.start() + 1]):
            # "أطلق ... صواريخ من جنوب لبنان", "من شمال قطاع غزة": the part of a land the fire came from is the
            # launch area, not a bearing from the target (see lexicon.LAUNCH_DIRECTION)
            m.role = "launch"
            continue
        if d and m.cue not in ("province", "district"):
            m.role = "reference"
            m.direction = DIRECTIONS[d.group("dir")] + (("-" + DIRECTIONS[d.group("dir2")]) if d.group("dir2") else "")
            dist = _DISTANCE.search(left[:d.start()].rstrip())
            if dist:
                c = parse(dist.group("num").strip())
                if c:
                    m.distance_km = to_km(c.value, dist.group("unit"))
            continue
        near = text[max(0, m.start - 120):m.start]
        # substring tests first: the anchored patterns are slow to try at every position
        if (("طلق" in near or "طلاق" in near) and (
                (_LAUNCH.search(text[max(0, m.start - 90):m.start])
                 and not _TERRITORY_THEN.search(text, max(0, m.start - 70), m.start))
                or _LAUNCH_PAST_TIME.search(text[max(0, m.start - 160):m.start])
                or _LAUNCH_SPOT.search(text, max(0, m.start - 70), m.start))) or (
                ("منص" in near or "راجم" in near or "قاذف" in near) and _LAUNCHER.search(near)):
            if _target_past_source(text, m, mentions):
                past_source.add(id(m))
                continue
            m.role = "launch"
            after = _DISTANCE_AFTER.match(text, m.end)
            if after is None and m.cue is not None:
                # "قرب قرية X Y، على بعد تسعة كيلومترات غربي القاعدة": the guessed name took one word of two
                rest = _ONE_WORD.match(text, m.end)
                after = _DISTANCE_AFTER.match(text, rest.end()) if rest else None
            if after and m.direction is None:
                c = parse(after.group("num"))
                if c:
                    m.distance_km = to_km(c.value, after.group("unit"))
                    m.direction = DIRECTIONS[after.group("dir")] + (
                        ("-" + DIRECTIONS[after.group("dir2")]) if after.group("dir2") else "")
    for m in mentions:
        if m.coordinated_with is not None:  # a list shares its role: "أطلقت من X وY", "شمال X وY"
            head = mentions[m.coordinated_with]
            m.role, m.direction, m.distance_km = head.role, head.direction, head.distance_km
    for k, (a, b) in enumerate(zip(mentions, mentions[1:])):
        gap = text[a.road_end or a.end:b.start]
        # ("منطقة X في مديرية Y بمحافظة Z": the province holds the district that holds the area)
        nested = a.role == "container" and a.container_of is not None and (
            b.cue is None and b.name in WIDE_AREAS or b.cue == "province" and a.cue == "district")
        if b.role in ("target", "launch") and b.cue in ("province", "district", "town", None) \
                and (a.role in ("target", "launch") or nested) \
                and (_CONTAINER_GAP.fullmatch(gap) or (a.cue is not None and _CONTAINER_GAP_ADJ.fullmatch(gap))) \
                and (a.cue not in ("province",)) and b.start > a.start:
            if b.role == "launch" and a.role == "target":
                continue
            if a.name in WIDE_AREAS or a.role == "launch" and id(b) in past_source:
                # "صاروخ أطلق من قطاع غزة في مدينة عسقلان": no town holds the strip; "سقط صاروخ أطلق من غزة قرب
                # سديروت", "سقطت قذيفة أطلقت من لبنان قرب نهاريا": the place past the source is where it fell
                continue
            # ("في حي X بمدينة Y وسط قطاع غزة": the strip holds the town, the town the quarter)
            b.role = "container"
            b.container_of = k
        elif b.role == "target" and b.cue == "area" and a.role == "target" \
                and a.cue in ("province", "district", "town", "village") and b.start > a.start \
                and _REGION_GAP.fullmatch(gap):
            # "محافظة X في منطقة Y", "مركز X بمنطقة Y": a Saudi region holds its governorates and centres (and
            # any area named as holding a place is its container): X is the place struck
            b.role = "container"
            b.container_of = k
    for a, b in zip(mentions, mentions[1:]):
        if a.role == "launch" and b.role == "target" and b.start > a.start \
                and _LAUNCH_RESTATED.fullmatch(text, a.road_end or a.end, b.start):
            b.role = "launch"  # "من لبنان، من منطقة بنت جبيل": the launch told again, more finely
    for a, b in zip(mentions, mentions[1:]):
        if a.role == "launch" == b.role and a.cue is None and b.cue is not None \
                and _NEAR_GAP.fullmatch(text, a.road_end or a.end, b.start):
            # "عثر على المنصة داخل بستان قرب قرية X": the spot is told by the named place it is near
            a.role = "descriptive"
    for k, m in enumerate(mentions):
        if m.role == "target" and m.cue in ("area", "province", "town", None) and ("المدني" in text or "شرطة" in text) \
                and _AGENCY_IN_BEFORE.search(text, max(0, m.start - 40), m.start):
            # "وأعلن الدفاع المدني بمنطقة X سقوط مقذوف على قرية تابعة لمركز Y": the region of the agency that
            # reports holds the place it reports; a place struck named after it is the finer one
            inner = next((j for j, n in enumerate(mentions[k + 1:], k + 1) if n.role == "target"
                          and n.coordinated_with is None), None)
            if inner is not None:
                m.role = "container"
                m.container_of = inner
    if len(mentions) > 1 and mentions[0].role == "target" and _FRONTED_BEFORE.match(text, 0, mentions[0].start) \
            and _FRONTED_AFTER.match(text, mentions[0].road_end or mentions[0].end):
        # "وفي ديالى، قتل ... قرب قرية X": the region a sentence opens on frames what it tells; the finer place
        # named after it is where it happened
        inner = next((k for k, m in enumerate(mentions[1:], 1) if m.role == "target"), None)
        if inner is not None:
            mentions[0].role = "container"
            mentions[0].container_of = inner
    for m in mentions:
        # "قصف ريف X": X's countryside, an area around the town and not the town itself
        if m.cue is None and m.role == "target" and _COUNTRYSIDE_BEFORE.search(text, max(0, m.start - 12), m.start):
            m.cue = "area"


# ---------------------------------------------------------------------------------------------
# Dates of the report, not of the incident

# Arabic wire copy sets the day of a statement between commas right after its verb and subject: "أعلنت
# الحكومة العراقية، السبت، مقتل ..." (said on Saturday), "وفق ما أعلنته الوزارة، اليوم الخميس." -- the
# incident told in the same clause has its own day ("ليل الجمعة", "مساء الاثنين").
_REPORTING_BEFORE = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:أعلن|اعلن|أفاد|افاد|قال|ذكر|أكد|اكد|أوضح|اوضح|صرح|نقل|أشار|اشار|كشف|أضاف|اضاف|"
    # an accusation or condemnation is a statement too: "اتهمت الوزارة، الأحد، جماعة بتنفيذ هجوم ليل السبت"
    r"اتهم|اتهمت|حمل|حملت|حمّل|حمّلت|أدان|ادان|أدانت|ادانت|ندد|نددت|نفى|نفت|"
    r"نشر|أورد|اورد|بين|أفادت|أعلنت|قالت|ذكرت|أكدت|أوضحت|صرحت|نقلت|أشارت|كشفت|أضافت|نشرت|أوردت|بينت)"
    r"(?:ه|ها|ته|تها)?(?:\s+[^\s،,.؛:]+){0,6}?\s*[،,]\s*$")
# ... or after the statement it was made in, when the speaker's titles between commas push the day past the verb:
# "أعلنت الكتائب، الذراع العسكرية للحركة، في بيان عسكري مساء الثلاثاء، مسؤوليتها عن ..." (said on Tuesday)
_CHANNEL_BEFORE = re.compile(r"(?<![\u0621-\u064A])(?:في|عبر|ب)\s*(?:بيان|تصريح|تغريدة|رسالة|منشور|مؤتمر\s+صحفي)"
                             r"(?:ها|ه)?(?:\s+[^\s،,.؛:\d]+){0,2}?\s*[،,]?\s*$")
_SAME_DAY_AFTER = re.compile(r"\s*(?:نفسه|نفسها|ذاته|ذاتها)(?![\u0621-\u064A])")
_CLOSES_ASIDE = re.compile(r"\s*(?:[،,.؛:]|$)")
_SAYING_WORD = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:أعلن|اعلن|أفاد|افاد|قال|ذكر|أكد|اكد|أوضح|اوضح|صرح|تبنى|تبنت|تعلن|يعلن)")


_DURING_BEFORE = re.compile(r"(?<![\u0621-\u064A])(?:خلال|طوال|طيلة|مدار|مدى)\s+$")
# "فجر الأحد في التاسع عشر من شباط", "يوم الأحد، 19 شباط", "في 19 شباط، الأحد": a weekday and the explicit
# date it names, set side by side; the weekday alone would read as the last such day before publication.
_WEEKDAY_DATE_GAP = re.compile(r"\s*(?:[،,]|في|أي|اي|الموافق(?:\s*ل)?|الموافق\s+ل?)?\s*$")
_AR_MONTH_OR_DIGIT = re.compile(r"\d|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|"
                                r"نوفمبر|ديسمبر|كانون|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|أيلول|ايلول|تشرين")
_AR_WEEKDAY = re.compile(r"الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد")


def _explicit_over_weekday(text: str, dates: list) -> list:
    """``dates`` without a weekday mention that stands right beside an explicit day-month date."""
    ordered = sorted(dates, key=lambda d: d.start)
    drop = set()
    for a, b in zip(ordered, ordered[1:]):
        if not _WEEKDAY_DATE_GAP.fullmatch(text, a.end, b.start):
            continue
        ta, tb = text[a.start:a.end], text[b.start:b.end]
        for weekday, explicit, t_w, t_e in ((a, b, ta, tb), (b, a, tb, ta)):
            if _AR_WEEKDAY.search(t_w) and not _AR_MONTH_OR_DIGIT.search(t_w) and _AR_MONTH_OR_DIGIT.search(t_e) \
                    and explicit.span is not None and getattr(explicit.span, "precision", "day") == "day":
                drop.add(id(weekday))
    return [d for d in dates if id(d) not in drop] if drop else dates


# "بعد منتصف ليل السبت الأحد": after the midnight of a night told by its two days is the second day; "قبيل منتصف
# ليل الجمعة السبت" is the first.
_MIDNIGHT_SIDE = re.compile(r"(?<![\u0621-\u064A])(?P<side>بعد|بعيد|قبل|قبيل)\s+منتصف\s+$")


def _side_of_midnight(text: str, d):
    span = d.span
    if span is None or span.earliest >= span.latest or not text.startswith("ليل", d.start):
        return d
    m = _MIDNIGHT_SIDE.search(text, max(0, d.start - 16), d.start)
    if m is None:
        return d
    from dataclasses import replace

    day = span.latest if m.group("side") in ("بعد", "بعيد") else span.earliest
    return replace(d, span=replace(span, earliest=day, latest=day, precision="day"))


_RECORD_SINCE_BEFORE = re.compile(r"(?<![" + LETTERS + r"])(?:ال)?(?:أول|اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|"
                                  r"أكبر|اكبر|أعنف|اعنف|أشد|اشد|أخطر|اخطر|أسوأ|اسوأ|أدمى)(?:ة)?(?![" + LETTERS + r"])"
                                  r"(?:\s+[^\s،,.؛:]+){0,4}?\s+منذ\s+$")


# (only today's hours or the night just gone: "منذ مساء الجمعة" / "منذ مساء أمس" run over a day or more of salvos,
# a tally of the operation -- "نحو 160 صاروخا أطلقت من القطاع منذ مساء الجمعة")
_SINCE_PART_OF_DAY = re.compile(r"(?<![" + LETTERS + r"])منذ\s+(?:فجر|صباح|ظهر|عصر|مساء)\s+(?:اليوم|هذا\s+اليوم)(?![" + LETTERS + r"])")
_WHEN_AFTER = re.compile(r"\s*[،,]?\s*(?:حين|حينما|عندما|لما|يوم|إذ|اذ|حيث)(?![" + LETTERS + r"])")


def incident_dates(text: str, dates: list) -> list:
    """``dates`` of a cleaned Arabic clause without the day of the statement, when an incident's day remains.

    ``dates`` are date mentions (``start``, ``end``, ``span``) found in ``text``.  A mention (or two
    adjacent ones, "اليوم الخميس") set between commas right after a reporting verb and its subject is
    the statement's day; it is dropped only when another day-precise date stays, for a clause that
    dates nothing else still says when the incident was reported.

    >>> text = clean("أعلنت الوزارة، السبت، مقتل جنديين ليل الجمعة")
    >>> class D:
    ...     def __init__(self, s, e, day): self.start, self.end, self.span = s, e, day
    >>> sat, fri = text.index("السبت"), text.index("ليل")
    >>> [text[d.start:d.end] for d in incident_dates(text, [D(sat, sat + 5, "Sat"), D(fri, len(text), "Fri")])]
    ['ليل الجمعة']
    """
    if dates and ("نفس" in text or "ذات" in text):
        # "مساء اليوم نفسه" is the day already told, not today (the day of the report) as "اليوم" alone
        # reads: the clause then dates nothing of its own and keeps the day of the story so far.
        # ("الليلة ذاتها" is left: "الليلة" already reads as the night before the report.)
        dates = [d for d in dates if not ("يوم" in text[d.start:d.end] and _SAME_DAY_AFTER.match(text, d.end))]
    if dates and "منذ" in text:
        # "في ثالث هجوم من نوعه منذ بداية الشهر الجاري", "وهو الهجوم الأعنف منذ أشهر": the start of a record's
        # count, not a period the clause's figures go over nor the incident's day (English "the third such
        # attack since the start of the month")
        # (not when a "when" goes on to tell the incident the record starts from: "الأعنف منذ آذار 2022، حين
        # أطلق الحرس 12 صاروخا": that date is the day of the history told)
        dates = [d for d in dates if not (getattr(d, "since", False)
                                          and _RECORD_SINCE_BEFORE.search(text, max(0, d.start - 60), d.start)
                                          and not _WHEN_AFTER.match(text, d.end))]
    if dates and "منذ" in text:
        # "سقط 20 صاروخا على X منذ فجر اليوم", "منذ صباح اليوم": hours of one morning or evening, the window of the
        # incident told (a live report's running count), not a period of many attacks
        dates = [replace(d, since=False) if getattr(d, "since", False) and d.span is not None
                 and d.span.precision == "day" and _SINCE_PART_OF_DAY.search(text, max(0, d.start - 20), d.end) else d
                 for d in dates]
    if dates and "منتصف" in text:
        dates = [_side_of_midnight(text, d) for d in dates]
    if dates and "اليوم" in text:
        # "أغارت خلال اليوم" / "طوال اليوم": the day (of the story told), not today as "اليوم" alone reads
        dates = [d for d in dates if not (text[d.start:d.end] == "اليوم" and _DURING_BEFORE.search(text, max(0, d.start - 12), d.start))]
    if len(dates) >= 2:
        dates = _explicit_over_weekday(text, dates)
    if len(dates) < 2 or ("،" not in text and "," not in text):
        return dates
    ordered = sorted(dates, key=lambda d: d.start)
    groups, current = [], [ordered[0]]
    for d in ordered[1:]:
        if text[current[-1].end:d.start].strip() == "":
            current.append(d)  # "اليوم الخميس": one phrase of two mentions
        else:
            groups.append(current)
            current = [d]
    groups.append(current)
    report = set()
    for g in groups:
        start, end = g[0].start, max(d.end for d in g)
        if (_REPORTING_BEFORE.search(text, max(0, start - 90), start)
                or (_CHANNEL_BEFORE.search(text, max(0, start - 40), start) and _SAYING_WORD.search(text, 0, start))) \
                and _CLOSES_ASIDE.match(text, end):
            report.update(id(d) for d in g)
    if not report:
        return dates
    kept = [d for d in dates if id(d) not in report]
    if not any(d.span is not None and getattr(d.span, "precision", "day") == "day" for d in kept) \
            and not toll_update(text):
        # ("أعلنت الخلية، اليوم الاثنين، ارتفاع حصيلة الهجوم": the day a toll rose is never the attack's, which
        # the report tells next, so even alone it is dropped)
        return dates
    return kept


# ---------------------------------------------------------------------------------------------
# Counts and casualties

# Numbers written in words agree with the counted noun and come in compounds the shared parser does not
# read: 11-19 ("أحد عشر", "ثلاث عشرة"), 21-99 ("خمسة وعشرون": five and twenty).
_UNITS = {"واحد": 1, "واحدة": 1, "أحد": 1, "احد": 1, "إحدى": 1, "احدى": 1, "اثنان": 2, "اثنين": 2, "اثنا": 2, "اثني": 2,
          "اثنتان": 2, "اثنتين": 2, "اثنتا": 2, "اثنتي": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "اربعة": 4, "اربع": 4,
          "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "ثمان": 8, "تسعة": 9, "تسع": 9,
          # the feminine unit in the accusative before its tens ("ستا وثلاثين قذيفة", "خمسا وعشرين")
          "ثلاثا": 3, "أربعا": 4, "اربعا": 4, "خمسا": 5, "ستا": 6, "سبعا": 7, "ثمانيا": 8, "تسعا": 9}
_TENS = {"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "اربعين": 40, "خمسون": 50,
         "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90}
_UNIT_ALT = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(sorted(_TENS, key=len, reverse=True))
_COMPOUND_RE = re.compile(r"(?P<unit>" + _UNIT_ALT + r")\s+(?:(?P<teen>عشرة|عشر)|و\s?(?P<tens>" + _TENS_ALT + r"))")
_WORD_VALUES = {**_UNITS, **_TENS, "مئتين": 200, "مئتان": 200}
# Hundreds: "مئة"/"مائة", the dual in every case ("مئتا", "مئتي"), and 300-900 written as one word or two
# ("ثلاثمئة", "ثلاث مئة", "خمسمائة").
_HUNDREDS = {"مئة": 100, "مائة": 100, **{d + e: 200 for d in ("مئت", "مائت") for e in ("ين", "ان", "ا", "ي")},
             **{u + sep + h: v * 100 for u, v in (("ثلاث", 3), ("أربع", 4), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7),
                                                  ("ثمان", 8), ("ثماني", 8), ("تسع", 9))
                for sep in ("", " ") for h in ("مئة", "مائة")}}
_HUNDREDS_ALT = "|".join(sorted(_HUNDREDS, key=len, reverse=True))
_HUNDREDS_ORDER = tuple(sorted(_HUNDREDS, key=len, reverse=True))
# Approximations of news Arabic, beyond those the shared table knows: "ما يزيد على" (more than), "ما يقارب" (nearly),
# "زهاء", "ما يصل إلى" (up to).
_AR_QUALIFIER_VALUES = {
    **{q: v for q, v in QUALIFIERS.items() if re.match("[" + LETTERS + "]", q)},
    "ما يزيد على": "more than", "ما يزيد عن": "more than", "ما يربو على": "more than", "أزيد من": "more than",
    "اكثر من": "more than", "ما لا يقل عن": "at least", "لا يقل عن": "at least", "ما يقارب": "about", "ما يناهز": "about",
    "يقارب": "about", "يناهز": "about", "زهاء": "about", "حوالى": "about", "قرابة": "about", "نحو": "about",
    "ما يصل إلى": "up to", "ما يصل الى": "up to", "حتى": "up to",
}
_AR_QUALIFIERS = sorted(_AR_QUALIFIER_VALUES, key=len, reverse=True)


def parse(text: str) -> Optional[Count]:
    """A count written in Arabic, compounds included, with its qualifier.

    >>> parse("نحو ثلاثة عشر"), parse("خمسة وعشرون").value
    (Count(value=13, qualifier='about'), 25)
    """
    s = " ".join(text.split())
    qualifier = None
    for q in _AR_QUALIFIERS:
        if s.startswith(q + " "):
            qualifier, s = _AR_QUALIFIER_VALUES[q], s[len(q):].strip()
            break
    if s in _WORD_VALUES:
        return Count(_WORD_VALUES[s], qualifier)
    for h in _HUNDREDS_ORDER:  # "مئة وعشرون": the hundreds, then the rest after و
        if s.startswith(h) and (len(s) == len(h) or s[len(h)] == " "):
            rest = s[len(h):].strip()
            if not rest:
                return Count(_HUNDREDS[h], qualifier)
            if rest.startswith("و"):
                tail = parse(rest[1:].strip())
                if tail is not None and tail.value < 100:
                    return Count(_HUNDREDS[h] + tail.value, qualifier)
            break
    m = _COMPOUND_RE.fullmatch(s)
    if m:
        return Count(_UNITS[m.group("unit")] + (10 if m.group("teen") else _TENS[m.group("tens")]), qualifier)
    c = parse_count(s, "ar")
    return Count(c.value, qualifier or c.qualifier) if c else None


_NUM = r"(?:\d+|[٠-٩]+|(?:" + "|".join(sorted(set(_UNITS) | set(_TENS) | set(
    ["واحد", "واحدة", "اثنين", "اثنان", "ثلاثة", "ثلاث", "أربعة", "أربع", "اربعة", "خمسة", "خمس", "ستة", "ست", "سبعة", "سبع",
     "ثمانية", "ثماني", "تسعة", "تسع", "عشرة", "عشر", "عشرين", "عشرون", "ثلاثين", "ثلاثون", "أربعين", "خمسين", "عدة", "عشرات",
     "مئة", "مائة", "ستين", "سبعين", "ثمانين", "تسعين", "ستون", "سبعون", "ثمانون", "تسعون", "خمسون", "أربعون", "مئتين",
     "مئتان", "اثنتين", "اثنتان"]), key=len, reverse=True)) + r")"
# one scan for simple and compound numbers: "خمسة" may go on as "خمسة عشر" or "خمسة وعشرون"
_NUM += r"(?:\s+(?:عشرة|عشر)(?![" + LETTERS + r"])|\s+و\s?(?:" + _TENS_ALT + r"))?)"
# Hundreds, with what follows them after و ("مئة وعشرين", "ثلاثمئة وخمسة", "مئتي", "خمسمائة"): tried first, so the
# bare "مئة" of the list above does not stop short of "مئة وخمسة".
_NUM = (r"(?:(?:" + _HUNDREDS_ALT + r")(?![" + LETTERS + r"])(?:\s+و\s?(?:(?:" + _UNIT_ALT + r")(?:\s+(?:عشرة|عشر)|\s+و\s?(?:"
        + _TENS_ALT + r"))?|" + _TENS_ALT + r"|عشرة|عشر)(?![" + LETTERS + r"]))?|" + _NUM + ")")
_QUAL = r"(?:(?P<qual>" + "|".join(_AR_QUALIFIERS) + r")\s+)?"
_PRE = r"(?<![\u0621-\u064A])(?:[وف]?[بل]?)"
_END = r"(?![" + LETTERS + "])"
# "مقذوف" (a projectile) is how a statement names what it cannot yet call a rocket, a missile or a drone.
PROJECTILE_NOUNS = r"(?:صواريخ|صاروخا|صاروخ|مقذوفات|مقذوفا|مقذوف|قذائف|قذيفة|طائرات|طائرة|مسيرات|مسيرة|مسيّرات|عبوات|عبوة|قنابل|قنبلة)"
# Duals, the construct ones too ("سقطت قذيفتا هاون": two mortar shells).  "صاروخا" is left out: it is
# also the accusative singular after a number ("12 صاروخا").
# The genitive construct dual too ("بسقوط صاروخي كاتيوشا": of two Katyusha rockets); "صاروخي" is also the
# adjective "rocket" ("هجوم صاروخي"), so it is a dual only before the rocket's kind.
_DUAL_PROJECTILE = re.compile(_PRE + r"(?:صاروخين|صاروخان|قذيفتين|قذيفتان|قذيفتا|قذيفتي|طائرتين|طائرتان|طائرتا|طائرتي|"
                              r"مسيرتين|مسيرتان|مسيرتا|مسيرتي|عبوتين|عبوتان|عبوتا|مقذوفين|مقذوفان|"
                              r"صاروخي(?=\s+(?:من\s+)?(?:نوع|طراز|كاتيوشا|غراد|جراد|كروز|أرض|ارض)(?![" + LETTERS + r"])))" + _END)
# "سقط صاروخا كاتيوشا داخل المنطقة الخضراء": "صاروخا" right after a verb of falling is its subject, the construct
# dual (two Katyusha rockets), not the accusative singular it is after a transitive verb ("أطلقوا صاروخا")
_FELL_DUAL = re.compile(r"(?<![" + LETTERS + r"])[وف]?(?:سقط|سقطت|انفجر|انفجرت|تساقط|وقع)\s+صاروخا\s+(?:ال)?(?:كاتيوشا|غراد|جراد)"
                        + _END)
_COUNT = re.compile(_PRE + _QUAL + r"(?P<num>" + _NUM + r")\s+(?:\S+\s+)?" + PROJECTILE_NOUNS + _END)
# "ما بين ٥ و٧ صواريخ", "بين خمسة وسبعة صواريخ", "من 5 إلى 7 صواريخ", "خمسة إلى سبعة أشخاص": a range; its low end
# is the figure kept, as a floor.
_RANGE = (r"(?:(?:ما\s+)?بين\s+(?P<lo>" + _NUM.replace("(?P<", "(?P<x") + r")\s+و\s?|(?<![" + LETTERS + r"])(?:من\s+)?(?P<lo2>"
          + _NUM.replace("(?P<", "(?P<y") + r")\s+(?:إلى|الى|حتى)\s+)(?P<hi>" + _NUM.replace("(?P<", "(?P<z") + r")")
_COUNT_RANGE = re.compile(_RANGE + r"\s+(?:\S+\s+)?" + PROJECTILE_NOUNS + _END)
_AT_LEAST_AFTER = re.compile(r"^\s*(?:\S+\s+){0,2}?(?:على الأقل|على الاقل)")
# One projectile: an indefinite singular noun as the subject or instrument of the attack ("استهدفت طائرة
# مسيرة المطار", "سقط صاروخ قرب", "استهدفت القاعدة بصاروخ").  Bombs and IEDs are not counted.  A generic "drone" needs its adjective: طائرة alone
# may be a warplane.
_SINGLE_NOUN = (r"(?:صاروخا|صاروخ|مقذوفا|مقذوف|قذيفة(?:\s+هاون)?|(?:طائرة|طائره)\s+(?:مسيرة|مسيّرة|بدون طيار|بلا طيار|مفخخة|انتحارية)|"
                r"مسيرة|مسيّرة)")
_SINGLE = re.compile(r"(?:(?<![\u0621-\u064A])(?P<verb>[وف]?(?:استهدف|استهدفت|سقط|سقطت|وقع|وقعت|أطلق|أطلقت|انفجر|انفجرت|ضرب|ضربت|أصاب|أصابت|"
                     r"طال|طالت|اعترض|اعترضت|أسقط|أسقطت|"
                     # verbal nouns ("أعلن اعتراض طائرة مسيرة") and remains ("شظايا صاروخ"): one projectile too
                     r"اعتراض|إسقاط|اسقاط|تدمير|شظايا|حطام|بقايا|سقوط|بسقوط|إطلاق|بإطلاق)(?:ه|ها|هم)?)\s+"
                     # a second verb and the time may come between: "اعترضت ودمرت صباح الأحد طائرة مسيرة"
                     r"(?:(?:ال\S+|و(?:دمرت|دمر|أسقطت|أسقط|اعترضت|اعترض)|صباح|مساء|فجر|ليلة|ليل|ظهر|عصر|يوم|"
                     # an adverb and the day between: "اعترضت كذلك مساء أمس الثلاثاء صاروخا"; the air defence as the
                     # subject: "أسقطت منظومة الدفاع الجوي صاروخا", "تصدت وسائط الدفاع الجوي لصاروخ"
                     r"كذلك|أيضا|ايضا|أمس|امس|بدورها|بدوره|منظومة|منظومات|وسائط|دفاعات|مضادات|قوات)\s+){0,6}|(?<![\u0621-\u064A])[وف]?ب[\"«“]?)"
                     + _SINGLE_NOUN + r"(?![\u0621-\u064A\d])(?!\s+(?:" + _NUM + r"|أخرى|واحدة من|من بين))")
# "إن طائرة مسيرة مفخخة سقطت على ...", "وأضاف أن صاروخا انفجر قرب ...": a singular projectile noun as the
# subject of its own verb of impact (at most three adjectives between, a quote may close them: 'إن "طائرة مسيرة
# هجومية أحادية الاتجاه" ضربت الموقع') is one projectile.
_SUBJECT_GAP = r"(?![\u0621-\u064A])(?:\s+[^\s،,.؛:\d]+){0,3}?[\"»”]?\s+(?:قد\s+)?"
# the verb agrees with its noun: "صاروخ سقط" (masculine), "قذيفة سقطت", "طائرة مسيرة انفجرت" (feminine), or is a
# relative on it that names who launched that one ("مقذوفا عسكريا أطلقته الجماعة", "قذيفة أطلقها المسلحون"); the noun is
# not an adjective of another ("بطائرة مسيرة استهدف": "drone" describes the attack's means)
_SINGLE_SUBJECT = re.compile(
    # (the bare "مسيرة" after a plural "طائرات" is that plural's adjective: "طائرات مسيرة سقطت" are several)
    r"(?<![\u0621-\u064A])(?<!طائرة )(?<!طائره )(?<!طائرات )(?<!طائرتين )(?<!طائرتان )[وف]?(?:ال)?(?:"
    r"(?:صاروخا?|مقذوفا?)" + _SUBJECT_GAP + r"(?:سقط|انفجر|استهدف|أصاب|ضرب|طال|ارتطم|اصطدم|أطلقه|اطلقه|أطلقته|اطلقته|أطلقوه|اطلقوه)|"
    r"(?:قذيفة(?:\s+هاون)?|(?:طائرة|طائره)\s+(?:ال)?(?:مسيرة|مسيّرة)|(?:طائرة|طائره)\s+(?:بدون|بلا)\s+طيار|مسيرة)" + _SUBJECT_GAP
    + r"(?:سقطت|انفجرت|استهدفت|أصابت|ضربت|طالت|ارتطمت|اصطدمت|أطلقتها|اطلقتها)|"
    # (a bare "مسيرة" launched by people is as often a march: "مسيرة أطلقها ناشطون")
    r"(?:قذيفة(?:\s+هاون)?|(?:طائرة|طائره)\s+(?:ال)?(?:مسيرة|مسيّرة)|(?:طائرة|طائره)\s+(?:بدون|بلا)\s+طيار)" + _SUBJECT_GAP
    + r"(?:أطلقها|اطلقها|أطلقوها|اطلقوها))(?![\u0621-\u064A])")
# "هجوم بطائرة مسيرة قادمة من جهة البحر": a feminine singular verb or participle right after the noun
# (at most one adjective between) speaks of that one drone, so the idiom does give a count.  So does the payload
# of that one craft right after it ("هجوم بطائرة مسيرة مفخخة": one booby-trapped airframe described, not the kind
# of attack).
_ITS_OWN_VERB = re.compile(r"\s+(?:[^\s،,.]+\s+)?(?:قادمة|انطلقت|أطلقت|اخترقت|سقطت|انفجرت|حلقت|أسقطت|اعترضت)" + _END
                           + r"|\s+(?:مفخخة|ملغمة|انتحارية|انقضاضية|محملة)" + _END)
# The air defence "faced" one: "تصدت الدفاعات الجوية فجر اليوم لطائرة مسيرة", "التصدي لصاروخ" -- the object of تصدى
# comes with لـ, a singular indefinite noun is one projectile.
_FACED_ONE = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:تصدت|تصدى|تتصدى|يتصدى|التصدي|تصدّت|تصدّى)\s+(?:[^\s.؛:\d]+\s+){0,6}?[\"«“]?ل"
                        + _SINGLE_NOUN + r"(?![\u0621-\u064A\d])(?!\s+(?:" + _NUM + r"|أخرى|واحدة من|من بين))")
# "بصاروخ واحد", "قذيفة هاون واحدة": one, said in so many words ("واحدة من" is one of several).
_ONE_STATED = re.compile(r"(?<![\u0621-\u064A])[وفبل]?" + _SINGLE_NOUN + r"\s+(?:فقط\s+)?(?:واحدا|واحد|واحدة)" + _END
                         + r"(?!\s+من)")
# Every projectile noun above contains one of these stems: a clause without any states no count.
_PROJECTILE_STEM = re.compile(r"صاروخ|صواريخ|قذ|طائر|مسي|عبو|قنب")
# "تعرضت لهجوم بطائرة مسيرة", "قتلوا بهجوم بصاروخ": the attack as the object of لـ/بـ, its means named after it,
# tells the one attack the site suffered and what it was done with: one projectile (the genre phrase "في هجوم بطائرة
# مسيرة" does not).
_ATTACK_BY_ONE = re.compile(r"(?<![\u0621-\u064A])[وف]?[لب](?:هجوم|اعتداء|ضربة|غارة|قصف)\s+$"
                            # "مسؤوليتها عن هجوم بطائرة مسيرة", "وراء هجوم بطائرة مسيرة", "بعد أيام من هجوم بطائرة
                            # مسيرة على المصفاة": one attack a preposition points at, as a thing of its own (claimed,
                            # blamed, dated against), is by one craft; the genre phrase ("قتلوا في هجوم بطائرة مسيرة",
                            # "شن هجوما بطائرة مسيرة", "وقع هجوم بطائرة مسيرة") says nothing of how many
                            r"|(?<![\u0621-\u064A])[وف]?(?:من|عن|وراء|إثر|اثر|عقب|جراء)\s+(?:هجوم|اعتداء)\s+$")
# "هجوم بطائرة مسيرة" is the idiom for "a drone attack": it says nothing of how many drones.
_ATTACK_NOUN_BEFORE = re.compile(r"(?<![\u0621-\u064A])(?:[وفبل]|ال|بال|لل)?(?:هجوم|هجمات|هجوما|اعتداء|ضربة|قصف|غارة|عملية|استهداف)\s+$")
# The projectiles were spread over several sites ("على أهداف في الإمارات", "استهدف معملين في ...",
# "قاعدتي X وY"): the figure is the salvo's, not that of any one event.
_SEVERAL_SITES = re.compile(
    r"(?<![\u0621-\u064A])(?:[وف]?(?:استهدف|استهدفت|تستهدف|يستهدف|استهداف)|على|ضد)\s+(?:\S+\s+){0,6}?"
    # a second target joined by و and quoted: 'استهدفت "منشأة X" و"أهدافا عسكرية"'
    r"[\"«“]?و?[\"«“]?(?:أهدافا|أهداف|مواقع عدة|عدة مواقع|قواعد|مطارات|منشآت|معامل|"
    r"(?:معمل|منشأ|منشأة|موقع|مطار|حقل|مصفا|قاعد|منشأت|مصفات|قاعدت)(?:ين|ي|تين|تي))" + _END)

# Two moving targets hit in one report ("عبوتان تستهدفان رتلين", "استهدفت صواريخ سفينتين"): the figure is shared
# by two incidents, none of its own.
_TWO_TARGETS = re.compile(r"(?<![\u0621-\u064A])[وفبل]?(?:ال)?(?:رتلين|رتلان|رتلي|سفينتين|سفينتان|سفينتي|دوريتين|دوريتان|"
                          r"قافلتين|قافلتان|ناقلتين|ناقلتان|قاربين|قاربان)" + _END)

# One more told by its ordinal as the subject of its own impact: "سقط صاروخان قرب المطار، فيما سقط ثالث في أرض خلاء"
# (2 + 1); "وعليها صاروخ ثالث لم ينطلق" (a third left on its launcher) has no impact verb before it and adds none.
_ORDINALS = {"ثالث": 3, "ثالثة": 3, "رابع": 4, "رابعة": 4, "خامس": 5, "خامسة": 5, "سادس": 6, "سادسة": 6}
_ONE_MORE_FELL = re.compile(r"(?<![\u0621-\u064A])(?:فيما|بينما|في حين|و|ف)\s*(?:سقط|سقطت|انفجر|انفجرت|وقع|وقعت|أصاب|أصابت|"
                            r"استهدف|استهدفت)\s+(?:ال)?(?P<ord>ثالثة|ثالث|رابعة|رابع|خامسة|خامس|سادسة|سادس)" + _END)

# The same told in a clause of its own, after the ones just counted: "سقط صاروخان قرب المطار، | فيما سقط ثالث في
# أرض خلاء", "... . | وسقطت رابعة خارج السياج" (the clause names no figure of its own).
_ONE_MORE_OPENS = re.compile(r"\W*(?:(?:فيما|بينما|في حين|كما)\s+|[وف])?(?:سقط|سقطت|انفجر|انفجرت|وقع|وقعت|أصاب|أصابت|"
                             r"استهدف|استهدفت|ضرب|ضربت)\s+(?:ال)?(?P<ord>ثالثة|ثالث|رابعة|رابع|خامسة|خامس|سادسة|سادس)" + _END)


def ordinal_more(text: str) -> Optional[int]:
    """The rank of one more projectile a cleaned clause opens with ("فيما سقط ثالث في ..."), else None.

    >>> ordinal_more("فيما سقطت رابعة في أرض زراعية")
    4
    """
    m = _ONE_MORE_OPENS.match(text) if ("ثالث" in text or "رابع" in text or "خامس" in text or "سادس" in text) else None
    return _ORDINALS[m.group("ord")] if m else None


VICTIMS_PLURAL = (r"(?:أشخاص|اشخاص|شخصا|مدنيين|مدنيا|جنود|جنديا|عناصر|عنصرا|مقاتلين|مقاتلا|متعاقدين|متعاقدا|آخرين|اخرين|آخرون|"
                  r"أفراد|فردا|عسكريين|عسكريا|موظفين|موظفا|أطفال|نساء|قتلى|قتيلا|جرحى|جريحا|مصابين|مصابا|منتسبين|منتسبا|"
                  r"أمريكيين|أميركيين|مواطنين|مواطنا|عمال|عاملا|حراس|مقيمين|مقيما|مسافرين|مسافرا|ركاب|نازحين|لاجئين|مزارعين|"
                  # fighters named as the other side names them: "مقتل خمسة مسلحين", "عشرة إرهابيين"
                  r"مسلحين|مسلحا|مسلحون|إرهابيين|ارهابيين|إرهابيا|ارهابيا|ضباط|ضابطا|مدنيون|عناصر|"
                  # kin and the people of a place or a trade: "استشهاد ثلاثة أشقاء", "إصابة خمسة طلاب"
                  r"معلمين|معلمات|طالبات|تلميذات|ممرضات|عاملات|"
                  r"أشقاء|اشقاء|إخوة|اخوة|أبناء|ابناء|أقارب|رجال|شبان|طلاب|تلاميذ|صيادين|رعاة|مسعفين|أطباء|ممرضين|زوار|مصلين|"
                  r"فتية|فتيان|صبية|فتيات|"
                  # any nisba plural of people after the figure: "ثلاثة فلسطينيين", "خمسة سوريين", "عراقيون"
                  r"[^\s،,.؛:\d]{3,}(?:يين|يون)|"
                  # the same nisba in the accusative singular a figure from eleven to ninety-nine takes: "استشهد ١٢
                  # فلسطينيا", "مقتل 15 سوريا", "اثنا عشر لبنانيا" (not an adverb: "يوميا", "حاليا", "جزئيا")
                  r"(?!(?:يوم|حال|جزئ|كل|نهائ|رسم|فور|محل|دول|ميدان|جو|بر|بحر|أسبوع|اسبوع|شهر|سنو|تقريب|مبدئ|أول|اول|"
                  r"تدريج|ذات|فعل|شخص|نسب|مؤقت|حرف|علن|سر|عسكر|أمن|امن)يا(?![\u0621-\u064A]))[^\s،,.؛:\d]{3,}يا(?![\u0621-\u064A]))")
VICTIM_SINGULAR = (r"(?:شخص|رجل|شاب|مدني|جندي|عنصر|مقاتل|متعاقد|عسكري|موظف|طفل|امرأة|فرد|منتسب|مواطن|عامل|ضابط|حارس|شرطي|سائق|راع|مسلح|"
                   r"مقيم|مقيمة|مسافر|راكب|نازح|لاجئ|مزارع|طالب|بحار|ملاح|"
                   # the old, the young and those at work: "مقتل مسن", "إصابة فتى", "استشهاد رضيع", "جرح ممرضة"
                   r"مسن|مسنة|عجوز|فتى|صبي|رضيع|رضيعة|طبيب|طبيبة|ممرض|ممرضة|صياد|"
                   # the one a strike was aimed at: "مقتل قيادي في الفصيل", "اغتيال قائد ميداني"
                   r"قيادي|قائد|زعيم|ناشط|صحافي|مسعف|شهيد|"
                   r"صحفي|مجند|مجندة|جندية|موظفة|طفلة|فتاة|سيدة|عاملة|مواطنة|متعاقدة|ضابطة|"
                   # at school: "مقتل ثلاثة تلاميذ ومعلمة"
                   r"معلم|معلمة|تلميذ|تلميذة|طالبة|أستاذ|أستاذة)")
# One victim told by the definite noun and his name, as the Lebanese and Syrian agencies tell them: "استشهد الشاب
# حسن علي", "أصيب المواطن علي أيوب بجروح", "استشهاد الطفلة زينب" (the word after the noun is a name, not a definite
# adjective, "الشاب اللبناني", nor a relative pronoun).
_NAMED_ONE_AFTER = re.compile(r"\s*ال(?:شاب|شابة|مواطن|مواطنة|طفل|طفلة|فتى|فتاة|رجل|سيدة|امرأة|مسن|مسنة|رضيع|رضيعة|"
                              r"مسعف|مسعفة|صحافي|صحافية|صحفي|صحفية|مصور|مزارع|راعي|جندي|عسكري|ضابط|مقاتل|عنصر|طبيب|"
                              r"طبيبة|ممرض|ممرضة|صياد|شرطي|سائق|موظف|موظفة|عامل|معلم|معلمة|طالب|طالبة|تلميذ|تلميذة|"
                              r"قيادي|ناشط)\s+(?!ال|و)[^\s،,.؛:\d]{2,}(?![" + LETTERS + r"])")
# The same nouns in the accusative ("إن متعاقدا أمريكيا قتل": a contractor was killed).
VICTIM_SINGULAR_ACC = r"(?:شخصا|مدنيا|جنديا|عنصرا|مقاتلا|متعاقدا|عسكريا|موظفا|طفلا|فردا|منتسبا|مواطنا|عاملا|ضابطا|حارسا|شرطيا|سائقا)"
VICTIM_DUAL = (r"(?:شخصين|شخصان|رجلين|رجلان|شابين|شابان|جنديين|جنديان|مدنيين اثنين|مدنيان|عنصرين|عنصران|متعاقدين اثنين|متعاقدان|طفلين|طفلان|ضابطين|"
               r"ضابطان|عسكريين اثنين|عسكريان|مجندين|مجندان|مجندتين|مجندتان|امرأتين|امرأتان|موظفين اثنين|موظفان|"
               r"شرطيين|شرطيان|حارسين|حارسان|طفلتين|طفلتان|فتاتين|فتاتان|"
               # the "-ين" dual of nouns whose plural is broken (no sound plural to mistake it for): "إصابة بحارين"
               # (sailors are "بحارة"), "مقتل طبيبين" ("أطباء"), "فردين من الطاقم" ("أفراد")
               r"بحارين|فردين|طبيبين|قائدين|تلميذين|أستاذين|ملاحين|"
               # "others" in the nominative dual, a pair with no noun of its own: "قتل شخص وأصيب آخران" (two)
               r"آخران|اخران|"
               # any plural noun with the number two after it: "مقيمين اثنين", "زائرتين اثنتين", "عاملان اثنان"
               r"[^\s،,.؛:\d]{3,}(?:ين|ان|تين|تان)\s+(?:اثنين|اثنان|اثنتين|اثنتان))")
# (the dead of one's own side are "martyrs": "ارتفاع الحصيلة إلى تسعة شهداء", "11 شهيدا و13 جريحا")
KILLED = (r"(?:قتيلين|قتيلان|وفاة|قتل|قتلوا|قتلا|استشهدا|مقتل|قتلى|قتيلا|قتيل|مصرع|لقي حتفه|لقوا حتفهم|سقوط|استشهاد|استشهد|"
          r"شهيدين|شهيدان|شهداء|شهيدا|"
          # a martyr "ascended": "ارتقاء شهيد من العسكريين", "ارتقى ثلاثة شهداء"
          r"ارتقاء|ارتقى|ارتقت|ارتقوا|قتلت|"
          # "قضى ثلاثة مدنيين جراء القصف" (died); "قضى على" is to wipe out, no death toll
          r"استشهدوا|قضى(?!\s+على)|قضوا(?!\s+على)|قضت(?!\s+على)|قضيا(?!\s+على)|"
          # "لقي ثلاثة أشخاص حتفهم": the figure stands between the verb and its object
          r"حتفهم|حتفهما|حتفه|حتفها|مصرعهم|مصرعهما|مصرعه|مصرعها|"
          # the Turkish defence ministry's "neutralised" ("حيدت 12 إرهابيا", "تم تحييد 5 إرهابيين"), its word for
          # the fighters it killed, as English "eliminated": only with people after it ("تحييد المسيرات" is no toll)
          r"(?:تحييد|حيدت|حيد|حيدنا)(?=(?:\s+[^\s،,.؛:]+){1,3}?\s+[وبل]?(?:ال)?(?:إرهابي|ارهابي|مسلح|عنصر|مقاتل)|"
          r"\s+(?:ال)?(?:إرهابي|ارهابي|مسلح|عنصر|مقاتل))|"
          # the attack "took the lives of" / "fell victim to it": "أودى الانفجار بحياة خمسة عمال", "راح ضحيته ستة"
          r"بحياة|(?:راح|ذهب)\s+(?:ضحية|ضحيته|ضحيتها|ضحيتهم))")
INJURED = (r"(?:جريحين|جريحان|جرح|جرحى|جريحا|إصابة|اصابة|إصابات|مصاب|مصابين|مصابا|أصيب|اصيب|أصيبت|اصيبت|أصيبوا|أصيبا|اصيبا|بجروح|جريح|"
           # those still in care are the injured: "فيما لا يزال ثلاثة آخرون يتلقون العلاج"
           r"يتلقون العلاج|يتلقى العلاج|تتلقى العلاج|يتلقيان العلاج|يخضعون للعلاج|يخضع للعلاج|يرقدون في المستشفى)")
# The dual of any victim noun above, where its spelling is the dual's alone: the nominative "-ان" ("مسعفان",
# "صحفيان") and the feminine "-تان/-تين" ("ممرضتين"); a masculine "-ين" is also a sound plural ("مسعفين": medics) and
# is left out.
_SINGULARS = [w for w in re.sub(r"[()?:]", "", VICTIM_SINGULAR).split("|") if w]
VICTIM_DUAL = VICTIM_DUAL[:-1] + "|" + "|".join(sorted((
    {(w[:-1] + "تان" if w.endswith("ة") else w + "ان") for w in _SINGULARS}
    | {w[:-1] + "تين" for w in _SINGULARS if w.endswith("ة")}) - {"طالبان", "صبيان", "فتىان", "راعان"},
    key=len, reverse=True)) + ")"  # ("طالبان" is the Taliban, "صبيان" a plural: no dual)
# A verb in the dual after its subject ("جنديان قتلا", "عنصرين من الشرطة أصيبا"): two, whoever they are.
_DUAL_VERBS = ("قتلا", "استشهدا", "قضيا", "أصيبا", "اصيبا", "يتلقيان العلاج")
_DUAL_SUBJECT_BEFORE = re.compile(r"(?<![" + LETTERS + r"])(?:" + VICTIM_DUAL + r"|[^\s،,.؛:\d]{3,}(?:ين|ان))"
                                  r"(?:\s+[^\s،,.؛:\d]+){0,4}?\s*$")
_ONE_VICTIM_WORDS = ("أصيب", "اصيب", "إصابة", "اصابة", "جرح", "قتل", "مقتل", "استشهد", "استشهاد", "مصرع")
# One more victim named by an ordinal or "another" right after the verb: "قتل جنديان وأصيب ثالث بجروح",
# "مقتل مدني وإصابة آخر" -- one.  ("آخرون", "آخرين" are plural: no figure.)
_ONE_MORE_AFTER = re.compile(r"\s*(?:آخر|اخر|ثالث|ثالثة|رابع|رابعة|خامس|خامسة|سادس|سادسة|سابع|ثامن)"
                             r"(?![" + LETTERS + r"])")

# the same at the head of a clause, told with its wounds or alone: "أصيب ثالث بجروح"
_ONE_MORE_WOUNDED = re.compile(_ONE_MORE_AFTER.pattern + r"(?:\s+(?:بجروح|بجراح|بإصابة|باصابة)|\s*(?:$|[،,.؛]))")

_VICTIM_KW = {"killed": re.compile(_PRE + KILLED + _END), "injured": re.compile(_PRE + INJURED + _END)}
# the strings one of which every keyword match holds (None: not read), for a plain test before the scan
_VICTIM_NEEDLES = {which: _needles(kw.pattern, kw.flags) for which, kw in _VICTIM_KW.items()}
# "مقتل وإصابة 12 شخصا": one figure for the killed and the injured together -- neither is known.
_COMBINED = re.compile(_PRE + r"(?:(?:مقتل|استشهاد|قتلى|وفاة)\s+و(?:إصابة|اصابة|جرح|جرحى)|(?:إصابة|اصابة|جرح|جرحى)\s+و(?:مقتل|استشهاد|قتلى))"
                       + _END)
_DUAL_KEYWORDS = ("قتيلين", "قتيلان", "جريحين", "جريحان", "شهيدين", "شهيدان", "حتفهما", "مصرعهما")
# A figure with no noun after it: "وأصيب اثنان", "مقتل ثلاثة من الجنود".
# (or the cause right after the figure: "وأصيب اثنان في هجوم صاروخي", "قتل ثلاثة جراء القصف", "أصيب أربعة إثر سقوط
# قذيفة", "قتل خمسة بقصف مدفعي": the figure is the verb's subject, its victims unnamed)
_BARE_NUMBER_AFTER = re.compile(r"\s*" + _QUAL + r"(?P<num>" + _NUM + r")(?=\s*(?:$|[،,.؛]|و|من\s|بجروح|آخرون|آخرين|آخران|آخر\s|آخرتان|اخرون|اخرين|اخران|بينهم|بينهن"
                                r"|(?:في|جراء|إثر|اثر|عقب|خلال)\s+(?:ال)?(?:هجوم|قصف|غارة|ضربة|انفجار|سقوط|استهداف|اعتداء)"
                                r"|ب(?:ال)?(?:هجوم|قصف|غارة|ضربة|انفجار|سقوط|استهداف)))")
# The incident already told, named between a passive verb and its subject: "وأصيب في الهجوم اثنا عشر آخرون",
# "واستشهد في الغارة مواطنان", "وقتل جراء القصف ثلاثة جنود" -- the definite noun refers back to the attack, the
# figure after it is the verb's subject (only a definite noun and one definite adjective: "قتل في هجوم على X" names
# a place next, read as before).
_INCIDENT_GAP = re.compile(r"\s*(?:في|جراء|إثر|اثر|خلال|عقب|نتيجة|بسبب)\s+ال(?:هجوم|قصف|غارة|ضربة|انفجار|استهداف|"
                           r"اعتداء|تفجير|حادث|هجمات|غارات|ضربات|اشتباك|اشتباكات|كمين)(?:\s+ال[^\s،,.؛:\d]+)?(?=\s+\S)")
_GAP_VERBS = ("أصيب", "اصيب", "أصيبت", "اصيبت", "جرح", "قتل", "قتلت", "استشهد", "ارتقى", "قضى")
_NEXT_CASUALTY_VERB = re.compile(r"\s+و?(?:أصيب|قتل|جرح|إصابة|مقتل)\S*")
# A time phrase may stand between the verb and its subject: "استشهد مساء أمس أربعة عسكريين".
_TIME_GAP = r"(?:(?:صباح|مساء|فجر|ظهر|عصر|ليل|ليلة|يوم|صبيحة)\s+(?:\S+\s+)?(?=\S+\s+\S))?"
# (the shortest noun after the figure: in "ثلاثة جنود ومدنيين اثنين" the victims are "جنود", and "ومدنيين" is the
# next category, which _and_more adds)
# A cause told with a pronoun may stand there too: "أصيب على إثرها ثلاثة مدنيين" (as a result of it), "من جرائها",
# "جراء ذلك" (two words, where "أصيب جراءها ثلاثة" has one).
_CAUSE_GAP = r"(?:(?:على\s+(?:إثر|اثر|أثر)|من\s+جرائ)\S*\s+|(?:جراء|نتيجة|بسبب)\s+ذلك\s+)?"
# (not the subset after the victims: "عن 7 شهداء بينهم 3 أطفال" counts 7, the children are among them)
_PLURAL_AFTER = re.compile(r"\s*" + _TIME_GAP + _CAUSE_GAP + r"(?:(?!(?:بينهم|بينهن|منهم|منهن)\s)\S+\s+)??" + _QUAL + r"(?P<num>" + _NUM + r")\s+(?:\S+\s+)??" + VICTIMS_PLURAL)
_NUMBER_BEFORE = re.compile(_QUAL + r"(?P<num>" + _NUM + r")\s*$")
_NUMBER_BEFORE_VERB = re.compile(_QUAL + r"(?P<num>" + _NUM + r")\s+(?:من\s+\S+|" + VICTIMS_PLURAL + r"(?:\s+\S+)?)\s*$")
# (a word joined by و is a second category, not an adjective: "استشهاد مدني وعسكريين اثنين" is 1 + 2)
_DUAL_AFTER = re.compile(r"\s*(?:\S+\s+)?(?!و)" + VICTIM_DUAL + _END)
# (the word between is no projectile: "سقوط مقذوف عسكري" is a military projectile falling, not a soldier killed)
_SINGULAR_AFTER = re.compile(r"\s*(?:(?!" + PROJECTILE_NOUNS + _END + r")\S+\s+)?" + VICTIM_SINGULAR + _END)
_SINGULAR_ACC_BEFORE = re.compile(r"(?<![" + LETTERS + r"])" + VICTIM_SINGULAR_ACC + r"(?:\s+\S+)?\s*$")
# Another category joined by و, after at most one adjective: "جنديان أمريكيان ومجندة بريطانية" (2 + 1),
# "خمسة عسكريين أمريكيين ومتعاقد آخر" (5 + 1), "ثلاثة جنود وعنصران من الشرطة" (3 + 2).
# A rank may follow the first victim: "ضابط برتبة ملازم أول وجنديين" (1 + 2).
# A partitive may follow a figure ("أربعة من العسكريين الأمريكيين وعنصرين من الشرطة": 4 + 2), and the next
# category may be partitive too ("خمسة من المدنيين وثلاثة من عناصر الإسعاف": 5 + 3).
_AND_MORE = re.compile(r"(?:\s+(?:برتبة|رتبة)(?:\s+[^\s،,.؛:و][^\s،,.؛:]*){1,2}?(?=\s+و)"
                       r"|\s+من\s+ال[^\s،,.؛:]+(?:\s+[^\s،,.؛:و][^\s،,.؛:]*)?(?=\s+و)|\s+[^\s،,.؛:]+)?\s+و(?:(?P<num>" + _NUM + r")\s+(?:" + VICTIMS_PLURAL + r"|من(?=\s+\S))|(?P<dual>" + VICTIM_DUAL
                       + r")|" + VICTIM_SINGULAR + r")" + _END)
_KILLED_ONLY = r"(?:حالة وفاة|حالات وفاة|حالات الوفاة|خسائر (?:في|ب)الأرواح|خسائر بشرية في الأرواح|قتلى|وفيات|ضحايا في الأرواح)"
_INJURED_ONLY = r"(?:جرحى|جرحي)"
_ANY_CASUALTY = r"(?:إصابات|اصابات|خسائر(?: بشرية| مادية أو بشرية)?|ضحايا|أضرار بشرية)"
# "No casualties", and which of killed/injured it speaks of: "دون وقوع إصابات" (none), "عدم وقوع خسائر في
# الأرواح" (no one killed; the injured may follow), "لم يسفر القصف عن خسائر بشرية"; the verb after "دون أن" agrees
# with two or more projectiles as "لم" does: "دون أن تسفرا عن خسائر", "دون أن يسفروا عن إصابات".
_NO_CASUALTY = re.compile(
    r"(?:(?:دون|عدم)\s+(?:وقوع\s+|أن\s+(?:(?:يسفر|تسفر|يؤدي|تؤدي)(?:ا|وا)?|(?:يؤد|تؤد)وا)(?:\s+\S+)?\s+(?:عن|إلى)\s+(?:أي\s+)?(?:وقوع\s+|سقوط\s+)?|تسجيل\s+|سقوط\s+"
    # "دون أن تسجل أي خسائر", "من دون أن تقع إصابات", "دون أن يبلغ عن ضحايا"
    r"|أن\s+(?:تسجل|يسجل|تقع|يقع|تحدث|يحدث|تُسجل)\s+|أن\s+(?:يبلغ|تبلغ|يعلن|تعلن)\s+عن\s+(?:وقوع\s+|سقوط\s+)?)?"
    r"(?:أي\s+)?"  # "من دون تسجيل أي حالة وفاة"
    # "لم يسفر القصف على حماة عن إصابات": a subject of up to four words between the verb and its object
    r"|لم\s+(?:يسفر|تسفر|يؤد|تؤد)(?:ا|وا)?(?:\s+[^\s،,.؛:]+){0,4}?\s+(?:عن|إلى)\s+(?:أي\s+)?(?:وقوع\s+|سقوط\s+)?(?:أي\s+)?|لا\s+"
    # "لم يخلف الانفجار أي إصابات", "لم يوقع القصف ضحايا": the verb takes the casualties as its object
    r"|لم\s+(?:يخلف|تخلف|يخلّف|تخلّف|يوقع|توقع)(?:ا|وا)?(?:\s+[^\s،,.]+)?\s+(?:أي\s+)?"
    # "لم تقع إصابات", "لم تسجل أي خسائر" ("لم ترد أنباء عن ضحايا", no news of victims yet, leaves them unknown)
    r"|لم\s+(?:تسجل|يسجل|تقع|يقع|تحدث|يحدث)\s+(?:أي\s+)?"
    # "لم يتم تسجيل أي إصابات", "ولا توجد إصابات": none recorded, none there
    r"|لم\s+يتم\s+تسجيل\s+(?:أي\s+)?|لا\s+(?:توجد|يوجد)\s+(?:أي\s+)?"
    # "ولم يبلغ عن إصابات", "لم تعلن السلطات عن وقوع ضحايا"
    r"|لم\s+(?:يبلغ|تبلغ|يعلن|تعلن|يفد|تفد)(?:\s+[^\s،,.]+){0,2}?\s+عن\s+(?:أي\s+)?(?:وقوع\s+|سقوط\s+)?"
    # a service that says it received no report of any: "أفاد الإسعاف بأنه لم يتلق أي بلاغ عن إصابات" (unlike
    # "لم ترد تقارير فورية عن إصابات", no news yet, which leaves them unknown)
    r"|لم\s+(?:تتلق|يتلق|تتلقى|يتلقى|نتلق)(?:\s+[^\s،,.]+){0,2}?\s+(?:بلاغات|بلاغا|بلاغ|تقارير|إخطارات|اتصالات)"
    r"\s+(?:\S+\s+)?(?:عن|بشأن|حول)\s+(?:أي\s+)?(?:وقوع\s+|سقوط\s+)?)"
    # "دون وقوع أضرار أو إصابات": material damage named first, then the casualties
    r"(?:(?:أضرار|خسائر)(?:\s+مادية)?\s+(?:أو|و)\s*)?"
    # "عن قتلى أو جرحى", "عن جرحى أو قتلى": both figures denied (the pair read as one, not the first word alone)
    r"(?:(?:" + _KILLED_ONLY + r"|" + _INJURED_ONLY + r")\s+(?:أو|او|ولا|و)\s*(?:" + _KILLED_ONLY + r"|" + _INJURED_ONLY
    + r"|" + _ANY_CASUALTY + r")"
    + r"|(?P<killed>" + _KILLED_ONLY + r")|(?P<injured>" + _INJURED_ONLY + r")|" + _ANY_CASUALTY + r")" + _END
    + r"|(?P<nobody>لم\s+يصب\s+أحد|لم\s+يقتل\s+أحد|لم\s+يصب\s+أي\s+\S+)"
    # damage alone, a denial of casualties: "اقتصرت الأضرار على الماديات", "أسفر عن أضرار مادية فقط"
    r"|اقتصرت?\s+(?:ال)?(?:أضرار|خسائر)(?:\s+\S+)?\s+على\s+(?:ال)?(?:ماديات|مادية|أضرار\s+(?:ال)?مادية|الجانب\s+المادي)" + _END
    + r"|(?:أضرار|خسائر)\s+مادية\s+(?:فقط|فحسب)" + _END
    # those present unhurt: "وخرج العمال سالمين", "ونجا الركاب بسلام"
    + r"|(?<![" + LETTERS + r"])[وف]?(?:خرج|نجا|نجت|خرجت)(?:وا)?\s+(?:[^\s،,.؛:]+\s+){1,2}?(?:سالمين|سالما|سالمة|بسلام)" + _END)


# A claimant's own account of its attack: the group says its fighters or forces did it ("قال الحزب إن مقاتليه
# استهدفوا", "أعلنت الجماعة أن قواتها قصفت"), that it did it itself ("أعلن أنه قصف", "تبنت ... استهدافها"), or a claim
# verb ("زعم", "ادعى").  A figure the other side or an observer gives of the same salvo is kept over such a claim.
_CLAIMANT_STATEMENT = re.compile(
    r"(?<![" + LETTERS + r"])(?:[وف]?(?:زعم|ادعى|ادّعى|يزعم|يدعي|زاعما|مدعيا|تبنى|تبنت|تبنّى|تبنّت)"
    r"|(?:إن|أن|ان)\s+(?:\S+\s+)?(?:مقاتلي|مجاهدي|مقاتلو|مجاهدو|قوات|عناصر|وحدات|مقاومي|أبطال|رجال|سلاح|مسيرات|صواريخ)"
    r"\S*?(?:ه|ها|هم|نا)\s+(?:\S+\s+)?(?:استهدف|قصف|أطلق|ضرب|دك|هاجم)"
    # the communiqué quoted, verb first, its men "ours": 'قالت المقاومة في بيان: "استهدف مجاهدونا قاعدة X"'
    r"|(?:استهدف|قصف|ضرب|دك|هاجم)(?:ت)?\s+(?:مجاهدو|مقاتلو|أبطال|رجال|مقاومو)نا(?![" + LETTERS + r"])"
    r"|(?:إنه|أنه|انه|إنها|أنها|انها|إنهم|أنهم|إننا|أننا)\s+(?:\S+\s+){0,3}?(?:استهدف|قصف|أطلق|ضرب|دك|هاجم)"
    # "أعلن ... استهدافه", and "أعلن حزب الله استهداف مستوطنة X" (the masdar with no pronoun: the group that
    # announces the attack it made is named between the verb and it)
    r"|(?:أعلن|اعلن|أعلنت|اعلنت|تعلن|يعلن)\s+(?:(?:\S+\s+){0,6}?(?:استهدافه|استهدافها|استهدافهم|قصفه|قصفها|قصفهم)"
    r"|(?:\S+\s+){1,6}?(?:استهداف|قصف)(?!\S)"
    # "أعلنت المقاومة الإسلامية في العراق تنفيذ هجوم بطائرة مسيرة": the operation it carried out
    r"|(?:\S+\s+){1,6}?تنفيذ\s+(?:هجوم|هجمات|عملية|عمليات|ضربة|ضربات)\S*)"
    # the group's spokesman named with his rank and name: "أعلن المتحدث العسكري باسم القوات المسلحة اليمنية العميد
    # يحيى سريع استهداف ..." (the group is the one the spokesman speaks for)
    # (or the operation he says it carried out: "أعلن المتحدث باسم القوات المسلحة اليمنية يحيى سريع تنفيذ عملية")
    r"|(?:أعلن|اعلن)\s+(?:ال)?متحدث\S*\s+(?:\S+\s+){0,10}?(?:استهداف|قصف|تنفيذ\s+(?:هجوم|هجمات|عملية|عمليات|ضربة|ضربات)\S*)(?!\S)"
    # and what he says its forces did: "قال المتحدث العسكري باسم القوات المسلحة اليمنية العميد يحيى سريع إن القوات
    # البحرية استهدفت السفينة" (the forces need no pronoun: the spokesman speaks of his own side's)
    r"|(?:قال|أكد|اكد|أوضح|اوضح|أفاد|افاد)\s+(?:ال)?متحدث\S*\s+(?:\S+\s+){0,10}?(?:إن|أن)\s+(?:\S+\s+){0,3}?"
    r"(?:استهدف|قصف|أطلق|ضرب|دك|هاجم)\S*"
    # the spokesman by his surname alone once introduced ("وقال سريع في بيان إن القوات المسلحة اليمنية استهدفت"), the
    # Houthi spokesman's name as agency copy shortens it (the bare word is also "fast": only as a speaker)
    r"|[وف]?(?:قال|أكد|اكد|أوضح|اوضح|أفاد|افاد|أضاف|اضاف)\s+(?:العميد\s+)?(?:يحيى\s+)?سريع\s+(?:\S+\s+){0,6}?(?:إن|أن)\s+"
    r"(?:\S+\s+){0,4}?(?:استهدف|قصف|أطلق|ضرب|دك|هاجم)\S*)")


# The group the subject of the attack verb, the report citing the group's own statement for it ("استهدفت المقاومة
# الإسلامية في العراق قاعدة X بطائرة مسيرة، بحسب بيان لها", "استهدف حزب الله ثكنة X، وفق بيان للحزب"): the
# narrator retells the group's claim. (A bare "استهدف حزب الله X" with no source is a report, not a claim, as in
# English; "وفق بيان للجيش الإسرائيلي" is the other side's account.)
_OWN_STATEMENT_CITED = re.compile(r"(?<![" + LETTERS + r"])(?:بحسب|حسب|وفق|وفقا\s+ل|طبقا\s+ل|في|ب)\s*(?:ال)?(?:بيان|بلاغ)"
                                  r"\s+(?:لها|له|لهم|لل(?:حزب|فصيل|جماعة|حركة|مقاومة|تنظيم|كتائب|فصائل))(?![" + LETTERS + r"])")
_ATTACK_VERB_FIRST = re.compile(r"(?<![" + LETTERS + r"])[وف]?(?:استهدف|قصف|أطلق|اطلق|ضرب|دك|هاجم|شن)(?:ت)?\s+$")


def own_statement_subject(before: str, text: str) -> bool:
    """Whether a group named after ``before`` (the clause up to it) is the subject of the attack verb just before
    it, in a clause that cites the group's own statement (see above).

    >>> own_statement_subject("استهدفت ", "استهدفت المقاومة الإسلامية قاعدة حرير، بحسب بيان لها")
    True
    >>> own_statement_subject("استهدفت ", "استهدفت المقاومة الإسلامية قاعدة حرير")
    False
    """
    return _ATTACK_VERB_FIRST.search(before) is not None and _OWN_STATEMENT_CITED.search(text) is not None


# A group's statement told in its own words, without a speech verb: its fighters named as it names them ("استهدف مجاهدو
# المقاومة الإسلامية ثكنة X", "تمكن مجاهدو كتائب القسام من استهداف"), or the attack as it names it ("نفذت القوات
# المسلحة اليمنية عملية عسكرية استهدفت"). No narrator calls a group's men "مجاهدو" nor its attack "عملية عسكرية" (an
# agency writes "مقاتلو حزب الله", "هجوم"), so the clause is the group's own communiqué: the group is the claimant.
# Tested against the end of the text before the group's name (see own_account_before), on cleaned text (no shadda).
_OWN_ACCOUNT_BEFORE = re.compile(
    r"(?<![" + LETTERS + r"])(?:[وف]?(?:ل|من\s+)?(?:مجاهدو|مجاهدي)"
    r"|[وف]?(?:نفذت|نفذ)(?:\s+(?:اليوم|أمس|فجر|صباح|مساء|ليل)\S*){0,2})\s+$")
_OWN_OPERATION_AFTER = re.compile(r"\s+(?:\S+\s+){0,3}?(?:عملية|عمليات|عمليتين|العملية)(?![" + LETTERS + r"])")
# the group named first, as the subject of its operation: "أكد سريع أن القوات المسلحة اليمنية نفذت عملية عسكرية"
_OWN_OPERATION_SUBJECT = re.compile(r"\s+(?:قد\s+)?(?:نفذت|نفذ)\s+(?:\S+\s+){0,2}?(?:عملية|عمليات|عمليتين)"
                                   r"(?![" + LETTERS + r"])")


def own_account_before(before: str, after: str) -> bool:
    """Whether a group named between ``before`` and ``after`` tells its own attack in its own words (see above).

    >>> own_account_before("استهدف مجاهدو ", " ثكنة زرعيت بصلية صاروخية")
    True
    >>> own_account_before("نفذت ", " عملية عسكرية استهدفت يافا")
    True
    >>> own_account_before("أكد سريع أن ", " نفذت عملية عسكرية بطائرة مسيرة")
    True
    >>> own_account_before("استهدف مقاتلو ", " ثكنة زرعيت")
    False
    """
    m = _OWN_ACCOUNT_BEFORE.search(before)
    if m is None:
        return _OWN_OPERATION_SUBJECT.match(after) is not None
    return "جاهد" in m.group(0) or _OWN_OPERATION_AFTER.match(after) is not None


def claimant_statement(text: str) -> bool:
    """Whether an Arabic sentence is a claimant's account of its own attack (see above).

    >>> claimant_statement("وقال الحزب في بيان إن مقاتليه استهدفوا الثكنة بعشرين صاروخا")
    True
    >>> claimant_statement("وقال الجيش إن عشرين صاروخا أطلقت باتجاه الثكنة")
    False
    """
    return _CLAIMANT_STATEMENT.search(clean(text)) is not None


_OUT_OF = re.compile(r"(?<![" + LETTERS + r"])من\s+(?:أصل|اصل)\s+(?P<num>" + _NUM + r")" + _END)


# The salvo's figure told as the adjective of its definite noun: "معظم الصواريخ الثلاثين" (most of the thirty
# rockets), "ثمانية من الصواريخ العشرة", "سقطت الصواريخ العشرون": the whole salvo, however many of it were stopped.
_DEFINITE_TOTAL = re.compile(r"(?<![" + LETTERS + r"])[وبل]?(?:ال|لل)(?:صواريخ|قذائف|مسيرات|مسيّرات|طائرات\s+"
                             r"(?:ال)?(?:مسيرة|مسيّرة))\s+ال(?P<num>" + _NUM + r")" + _END)


# "أطلقت الدفاعات صاروخين اعتراضيين", "سقطت شظايا صاروخ اعتراضي": interceptor missiles and their figure.
_INTERCEPTORS = re.compile(r"(?:" + _NUM + r"\s+)?[وفبل]?(?:ال)?(?:صاروخ|صواريخ)\S*\s+(?:ال)?اعتراضي\S*")


def count(text: str) -> Optional[tuple[int, Optional[str]]]:
    """(value, qualifier) of the projectiles a cleaned Arabic clause states.

    A figure for a salvo aimed at several sites (dual or plural site nouns) is no event's count:
    None.  An indefinite singular projectile noun in the attack ("استهدفت طائرة مسيرة ...") is one.

    >>> count("سقطت قذيفتا هاون قرب المطار")
    (2, None)
    """
    if not _PROJECTILE_STEM.search(text):
        return None  # most clauses name no projectile at all
    if _is_tally(text):
        return None
    if "اعتراضي" in text:  # the defence's own interceptors are no projectiles of the attack
        text = _INTERCEPTORS.sub(lambda m: " " * len(m.group(0)), text)
    found = _stated_count(text)
    if found is not None and ("أصل" in text or "اصل" in text):
        whole = _OUT_OF.search(text)  # "اعترضت 8 صواريخ من أصل 11": the 11 launched, of which 8 were stopped
        if whole is not None and (c := parse(whole.group("num"))) is not None and c.value > found[0]:
            found = (c.value, c.qualifier)
    if "ال" in text and (whole := _DEFINITE_TOTAL.search(text)) is not None \
            and (c := parse(whole.group("num"))) is not None and (found is None or c.value > found[0]):
        found = (c.value, c.qualifier)  # "اعترضت معظم الصواريخ الثلاثين": the thirty of the salvo, most stopped
    if found is not None and (_SEVERAL_SITES.search(text) or (found[0] > 1 and _TWO_TARGETS.search(text))):
        return None
    if found is not None and found[1] is None and ("ثالث" in text or "رابع" in text or "خامس" in text or "سادس" in text):
        more = _ONE_MORE_FELL.search(text)
        if more and _ORDINALS[more.group("ord")] == found[0] + 1:
            return found[0] + 1, None
    return found


def _range(m: re.Match) -> Optional[tuple[int, Optional[str]]]:
    lo, hi = parse(m.group("lo") or m.group("lo2")), parse(m.group("hi"))
    if lo is None or hi is None or hi.value < lo.value:
        return None
    return lo.value, ("at least" if hi.value > lo.value else None)


# "إضافة إلى 12 طائرة مسيرة أخرى": a figure of *other* projectiles (at most one adjective before أخرى).
_OTHERS_AFTER = re.compile(r"(?:\s+[^\s،,.؛:\d]+)?\s+(?:أخرى|اخرى|آخرين|اخرين|آخر|أخريين)" + _END)
# A tally of several attacks over a period ("تعرضت لـ16 هجوما خلال الأيام العشرة الماضية أسفرت عن إصابة 21
# جنديا", "نفذت 40 عملية منذ ..."): its projectiles and victims belong to no single event.
_TALLY = re.compile(_PRE + _QUAL + r"(?P<num>" + _NUM + r")\s+(?:\S+\s+)?(?:هجوما|هجمات|هجوم|اعتداء|اعتداءات|اعتداءا|عملية|عمليات)"
                    + _END + r"[^.؛]*?(?<![" + LETTERS + r"])(?:خلال|منذ)\s+(?:ال)?(?:أيام|الأيام|أسابيع|الأسابيع|أشهر|الأشهر|"
                    r"شهر|الشهر|أسبوع|الأسبوع|ساعات|الساعات|فترة|الفترة|عام|العام|سنة|السنة|بداية|مطلع|منتصف|\S+\s+(?:من\s+)?\S+\s+(?:الماضي|الجاري))"
                    + r"|(?:خلال|منذ)\s+[^.؛]{0,40}?(?<![" + LETTERS + r"])(?:تعرضت?|شن|شنت|نفذ|نفذت|سجل|سجلت)\S*\s+(?:\S+\s+){0,3}?[لب]?"
                    + _QUAL.replace("(?P<qual>", "(?:") + r"(?:\d+|" + _NUM.replace("(?P<", "(?P<t") + r")\s+(?:هجوما|هجمات|هجوم|اعتداء|اعتداءات|عملية|عمليات)" + _END)


@lru_cache(maxsize=64)
def _is_tally(text: str) -> bool:
    """Does a cleaned Arabic clause tally several attacks over a period (no single event's figures)?

    >>> _is_tally("تعرضت القوات ل16 هجوما خلال الأيام العشرة الماضية"), _is_tally("أطلقت 3 صواريخ على القاعدة")
    (True, False)
    """
    if "هجم" not in text and "هجو" not in text and "عملي" not in text and "اعتداء" not in text:
        return False
    for m in _TALLY.finditer(text):
        num = m.group("num")
        c = parse(num) if num else None
        if c is None or c.value >= 2:
            return True
    return False


def _stated_count(text: str) -> Optional[tuple[int, Optional[str]]]:
    first = None  # the scan's first match is _COUNT.search(text): kept, not searched again, if the text stays whole
    cut = False
    for m in _COUNT.finditer(text):
        if first is None:
            first = m
        if _OTHERS_AFTER.match(text, m.end()):
            # the figure and what follows it are of other projectiles: the event's own come before
            text = text[:m.start()]
            cut = True
            break
    if "بين" in text or "إلى" in text or "الى" in text or "حتى" in text:
        r = _COUNT_RANGE.search(text)
        if r and _range(r):
            return _range(r)
    m = _COUNT.search(text) if cut else first
    if m and m.group("num") in ("عدة", "عشرات"):
        # "عدة صواريخ" (several), "بعشرات الصواريخ" (dozens): a vague quantity, no figure the report gives
        return None
    if m:
        c = parse(((m.group("qual") or "") + " " + m.group("num")).strip())
        if c:
            qual = c.qualifier
            if qual is None and _AT_LEAST_AFTER.match(text[m.end():]):
                qual = "at least"
            if "و" in text[m.end():m.end() + 40] and (more := _and_kind(text, m.end(), c.value)):
                return c.value + more, qual
            d = _DUAL_PROJECTILE.search(text, max(0, m.start() - 40), m.start())
            if d and (k := _AND_KIND.match(text, d.end())) and k.end() == m.end():
                return c.value + 2, qual  # "صاروخين باليستيين وثلاث طائرات مسيرة": the dual first
            if text.startswith("و", m.start()) and _ONE_BEFORE_AND.search(text, max(0, m.start() - 50), m.start()):
                return c.value + 1, qual  # "بصاروخ باليستي وأربع طائرات مسيرة": one of a first kind, then the figure
            return c.value, qual
    if "صاروخا " in text and _FELL_DUAL.search(text):
        return 2, None  # "سقط صاروخا كاتيوشا": the subject of a verb of falling, a dual in construct
    if (d := _DUAL_PROJECTILE.search(text)):
        if text.startswith("و", d.start()) and _ONE_BEFORE_AND.search(text, max(0, d.start() - 50), d.start()):
            return 3, None  # "بصاروخ باليستي وطائرتين مسيرتين": one of a first kind, then two
        return 2 + (_and_kind(text, d.end()) if "و" in text[d.end():d.end() + 40] else 0), None
    if ("واحد" in text) and _ONE_STATED.search(text):
        return 1, None
    for m in _SINGLE.finditer(text):
        if m.group("verb") or _ATTACK_NOUN_BEFORE.search(text, 0, m.start()) is None \
                or _ITS_OWN_VERB.match(text, m.end()) or _ATTACK_BY_ONE.search(text, 0, m.start()):
            return 1, None
    if _SINGLE_SUBJECT.search(text):
        return 1, None
    if "تصد" in text and _FACED_ONE.search(text):
        return 1, None
    return None


# The kinds of one salvo joined by و add up: "أربع طائرات مسيرة وصاروخين باليستيين", "ثلاث مسيرات وصاروخ كروز"
# (at most two adjectives of the first kind between; a verb or a clause break there makes two acts, not one salvo).
_AND_KIND = re.compile(r"(?:\s+[^\s،,.؛:\dو][^\s،,.؛:\d]*){0,2}?\s+و\s?(?:(?P<num>" + _NUM.replace("(?P<", "(?P<k")
                       + r")\s+(?:\S+\s+)?" + PROJECTILE_NOUNS + _END + r"|(?P<dual>صاروخين|صاروخان|قذيفتين|قذيفتان|"
                       r"طائرتين|طائرتان|مسيرتين|مسيرتان)" + _END + r"|(?P<one>" + _SINGLE_NOUN + r")(?![\u0621-\u064A\d])"
                       r"(?!\s+(?:" + _NUM.replace("(?P<", "(?P<o") + r"|أخرى|اخرى)))")


# a single projectile of a first kind right before "و<figure>" (at most two adjectives between)
_ONE_BEFORE_AND = re.compile(r"(?<![\u0621-\u064A])[وف]?ب?" + _SINGLE_NOUN + r"(?:\s+[^\s،,.؛:\dو][^\s،,.؛:\d]*){0,2}\s+$")


# A figure of a hundred or more counts its noun in the singular genitive ("٣٠٠ صاروخ"), with no accusative ending
_GENITIVE_COUNTED = re.compile(r"(?:صاروخ|مقذوف|قذيفة|طائرة|مسيرة|مسيّرة)$")


def _and_kind(text: str, end: int, figure: int = 0) -> int:
    """How many projectiles of a second kind a cleaned clause joins by و right after a figure ending at ``end``.

    A singular noun joined to the singular noun a figure of a hundred or more counts is counted by that figure
    too: "أكثر من ٣٠٠ صاروخ وطائرة مسيرة" is some 300 missiles and drones together, not 300 missiles and one drone.
    """
    k = _AND_KIND.match(text, end)
    if k is None:
        return 0
    if k.group("one") and figure >= 100 and _GENITIVE_COUNTED.search(text, 0, end):
        return 0
    if k.group("num"):
        if k.group("num") in ("عدة", "عشرات"):
            return 0
        c = parse(k.group("num"))
        return c.value if c else 0
    return 2 if k.group("dual") else 1


@lru_cache(maxsize=64)
def _negated(text: str) -> frozenset[str]:
    """Which of killed/injured a "no casualties" phrase of the clause speaks of.

    Cached: the extractor asks of the same clause three times (no_casualties, killed, injured).
    """
    if "دون" not in text and "عدم" not in text and "لم" not in text and "لا" not in text and "مادي" not in text \
            and "سالم" not in text and "بسلام" not in text:
        return frozenset()  # every phrase of _NO_CASUALTY holds one of these negations, damage alone or "safe"
    out: set[str] = set()
    for m in _NO_CASUALTY.finditer(text):
        if m.group("killed") or (m.group("nobody") and "يقتل" in m.group("nobody")):
            out.add("killed")
        elif m.group("injured"):
            out.add("injured")
        else:
            out.update(("killed", "injured"))
    return frozenset(out)


@lru_cache(maxsize=128)
def _stated(text: str, which: str) -> tuple[tuple[int, Optional[str]], ...]:
    """The figure of killed or injured the clause states, () when it states none."""
    return tuple(_read_stated(text, which))


# A toll stated as a total: "ارتفع عدد القتلى إلى تسعة أشخاص", "بلغت حصيلة الجرحى 20", "ارتفعت حصيلة ضحايا الهجوم
# إلى 12" (victims, when no injured noun follows the figure, are the dead).
_TOLL_NOUNS = {"killed": r"(?:قتلى|القتلى|وفيات|الوفيات|ضحايا|الضحايا|شهداء|الشهداء)",
               "injured": r"(?:جرحى|الجرحى|مصابين|المصابين|إصابات|الإصابات|اصابات|الاصابات)"}
# (before "إلى" the cause may run longer: "ارتفعت حصيلة القتلى جراء القصف الصاروخي على مدينة X إلى سبعة")
_TOLL = {which: re.compile(r"(?<![" + LETTERS + r"])(?:عدد|حصيلة)\s+" + noun + r"(?:(?:\s+[^\s،,.؛:\d]+){0,9}?\s+(?:إلى|الى)\s+|"
                           r"(?:\s+[^\s،,.؛:\d]+){0,5}?\s+(?=\d|" + _NUM + r"))" + _QUAL + r"(?P<num>" + _NUM + r")" + _END + r"(?!\d)"
                           + r"(?!\s+(?:" + ("جريح|جرحى|مصاب|إصابة" if which == "killed" else "قتيل|قتلى") + r"))")
         for which, noun in _TOLL_NOUNS.items()}
_TOLL_UPDATE = re.compile(r"(?<![" + LETTERS + r"])[وف]?(?:ب|ل)?(?:ارتفع|ارتفعت|يرتفع|ترتفع|ارتفاع|بلغت|بلغ|وصلت|وصل)\s+(?:\S+\s+){0,2}?"
                          r"(?:عدد|حصيلة|العدد|الحصيلة)(?![" + LETTERS + r"])"
                          # the toll as the subject, the verb after it: "أن عدد المصابين ارتفع إلى 34"
                          r"|(?<![" + LETTERS + r"])(?:عدد|حصيلة)\s+(?:[^\s،,.؛:\d]+\s+){1,3}?(?:قد\s+)?"
                          r"(?:ارتفع|ارتفعت|يرتفع|ترتفع|بلغ|بلغت|وصل|وصلت|قفز|قفزت)(?![" + LETTERS + r"])")
# "مقتل شخصين، قبل أن يرتفع العدد إلى ثلاثة": the bare "العدد" revises the figure stated last before it.
_BARE_TOLL = re.compile(r"(?<![" + LETTERS + r"])[وفل]?(?:ارتفع|يرتفع|ارتفاع|وصل|يصل|بلغ|يبلغ)\s+العدد\s+(?:لاحقا\s+)?(?:إلى|الى)\s+"
                        + _QUAL + r"(?P<num>" + _NUM + r")" + _END + r"(?!\d)")


# "ارتفعت حصيلة الغارات التركية على مناطق شمال سوريا إلى تسعة قتلى": the toll of plural strikes spread over
# plural areas (مناطق، مواقع، قرى، بلدات، مدن، محافظات) -- a sum across incidents, not any one's toll.
_AGGREGATE_TOLL = re.compile(
    r"(?<![" + LETTERS + r"])حصيلة\s+(?:ضحايا\s+|قتلى\s+)?(?:ال)?(?:غارات|الغارات|ضربات|هجمات|اعتداءات|عمليات|هجومين|غارتين|ضربتين)"
    + _END + r"[^.؛]{0,80}?(?<![" + LETTERS + r"])(?:على|في|ضد|طالت|استهدفت)\s+(?:عدة\s+)?(?:ال)?(?:مناطق|مواقع|قرى|بلدات|مدن|"
    r"محافظات|أنحاء|انحاء|أحياء|مدينتي|بلدتي|منطقتي|محافظتي)" + _END)


def toll_update(text: str) -> bool:
    """Does a cleaned Arabic clause revise a toll ("ارتفع عدد القتلى إلى ...")?

    A revised toll replaces the earlier figure of the same incident; both stay on record.

    >>> toll_update("ارتفعت حصيلة القصف إلى 13 قتيلا"), toll_update("قتل 13 شخصا")
    (True, False)
    >>> toll_update("أفاد مصدر، اليوم، بارتفاع حصيلة الهجوم إلى 11 قتيلا")
    True
    """
    return ("عدد" in text or "حصيلة" in text) and bool(_TOLL_UPDATE.search(text))


# A toll told by its figure and the noun after it, the toll word bare or with an adjective: "قبل أن ترتفع الحصيلة
# النهائية إلى خمسة قتلى", "لتصل الحصيلة إلى 9 جرحى".  The last one in the clause is the latest figure.
_TOLL_TO = re.compile(r"(?<![" + LETTERS + r"])(?:ال)?حصيلة(?:\s+[^\s،,.؛:\d]+){0,3}?\s+(?:إلى|الى)\s+" + _QUAL
                      + r"(?P<num>" + _NUM + r")\s+(?P<noun>قتلى|قتيلا|قتيل|شهداء|شهيدا|وفيات|جرحى|جريحا|مصابين|مصابا)" + _END)
_TOLL_TO_KILLED = ("قتلى", "قتيلا", "قتيل", "شهداء", "شهيدا", "وفيات")


def _read_stated(text: str, which: str) -> list[tuple[int, Optional[str]]]:
    found = _read_figures(text, which)
    if found and "حصيلة" in text:
        last = None
        for m in _TOLL_TO.finditer(text):
            if (m.group("noun") in _TOLL_TO_KILLED) == (which == "killed"):
                last = m
        c = parse(((last.group("qual") or "") + " " + last.group("num")).strip()) if last is not None else None
        if c is not None:
            return [(c.value, c.qualifier)]
    if found and "العدد" in text:
        bare = _BARE_TOLL.search(text)
        if bare:
            last = None  # the category named last before the toll is the one it revises
            for kind, kw in _VICTIM_KW.items():
                for k in kw.finditer(text, 0, bare.start()):
                    if last is None or k.start() > last[0]:
                        last = (k.start(), kind)
            c = parse(((bare.group("qual") or "") + " " + bare.group("num")).strip())
            if last is not None and last[1] == which and c is not None and c.value > found[0][0]:
                return [(c.value, c.qualifier)]
    return found


_THOUSANDS = re.compile(r"\s*(?:ألفا|الفا|ألف|الف|آلاف|الاف|مليونا|مليون)" + _END)
# "ومنذ بدء العدوان ارتفع عدد الشهداء إلى 300", "منذ السابع من أكتوبر": the running toll of a war or a campaign
# since it began, no one attack's toll however small its figure.
_SINCE_START = re.compile(r"(?<![\u0621-\u064A])[وف]?منذ\s+(?:بدء|بداية|اندلاع|انطلاق|مطلع)\s+(?:ال)?(?:عدوان|حرب|"
                          r"العدوان|الحرب|الحملة|المعارك|الاحتلال|التصعيد|الاجتياح|العملية|الغزو)|(?<![\u0621-\u064A])[وف]?منذ\s+"
                          r"(?:السابع|7)\s+من\s+(?:أكتوبر|اكتوبر|تشرين)")
_WAR_TOLL = re.compile(r"(?<![\u0621-\u064A])(?:ال)?(?:حرب|نزاع|صراع|معارك|حملة|أزمة|احتجاجات|الاحتجاجات)" + _END)


# The second kind's toll joined to the first's: "ارتفع عدد القتلى إلى 15 والجرحى إلى 30".
_TOLL_AND = {which: re.compile(r"(?<![" + LETTERS + r"])و" + noun + r"\s+(?:إلى|الى)\s+" + _QUAL + r"(?P<num>" + _NUM + r")"
                               + _END + r"(?!\d)") for which, noun in _TOLL_NOUNS.items()}
_OTHER_KIND = {"killed": "injured", "injured": "killed"}


# The attack as the subject of an active verb, between the verb and the figure it killed or wounded: "قتلت غارات
# إسرائيلية 11 شخصا", "قتلت ضربة بطائرة مسيرة خمسة مسلحين", "أصاب الصاروخ شخصين" (at most four words after the
# attack noun, then a figure or a pair of victims).
_ATTACK_SUBJECT = re.compile(r"\s*(?:ال)?(?:هجوم|هجمات|اعتداء|اعتداءات|ضربة|ضربات|قصف|غارة|غارات|انفجار|تفجير|"
                             + PROJECTILE_NOUNS[3:-1] + r")" + _END + r"(?:\s+[^\s،,.؛:\d]+){0,4}?"
                             r"(?=\s+(?:(?:ما\s+)?بين\s+)?" + _QUAL + r"(?:" + _NUM + r")" + _END + r"|\s+" + VICTIM_DUAL + _END + r")")
# A range of victims: "مقتل ما بين خمسة وسبعة أشخاص", "إصابة من عشرة إلى 15 شخصا".
_VICTIM_RANGE = re.compile(r"\s*" + _RANGE + r"\s+(?:\S+\s+)??" + VICTIMS_PLURAL + _END)


def _read_figures(text: str, which: str) -> list[tuple[int, Optional[str]]]:
    if "عدد" in text or "حصيلة" in text:
        t = _TOLL[which].search(text)
        if t and (_THOUSANDS.match(text, t.end()) or _WAR_TOLL.search(t.group(0)) or _SINCE_START.search(text)):
            return []  # "حصيلة ضحايا الحرب إلى 30 ألف قتيل": a war's toll, in thousands, is no attack's
        if t:
            c = parse(((t.group("qual") or "") + " " + t.group("num")).strip())
            if c:
                return [(c.value, c.qualifier)]
        t = _TOLL_AND[which].search(text)
        if t and _TOLL[_OTHER_KIND[which]].search(text, 0, t.start() + 1):
            c = parse(((t.group("qual") or "") + " " + t.group("num")).strip())
            if c:  # "ارتفع عدد القتلى إلى 15 والجرحى إلى 30": the second toll shares the first one's verb
                return [(c.value, c.qualifier)]
    combined = [(c.start(), c.end()) for c in _COMBINED.finditer(text)] \
        if ("وإصابة" in text or "وجرح" in text or "واصابة" in text or "ومقتل" in text or "واستشهاد" in text
            or "وقتلى" in text) else []  # the pattern needs one of these joins
    if "بين" in text:  # "سقط عشرة أشخاص بين قتيل وجريح": a mixed toll, neither figure known
        combined += [(b.start(), b.end()) for b in _BETWEEN_KINDS.finditer(text)]
    needles = _VICTIM_NEEDLES[which]
    if needles is not None and not any(map(text.__contains__, needles)):
        return _hit_people(text, which)  # no word of the pattern's (every keyword holds one): the scan would find none
    for k in _VICTIM_KW[which].finditer(text):
        if any(s <= k.start() < e for s, e in combined):
            continue
        if k.group(0).endswith(_DUAL_KEYWORDS):
            return [(2, None)]  # "سقوط قتيلين": two killed
        if k.group(0).endswith(_DUAL_VERBS):
            if _DUAL_SUBJECT_BEFORE.search(text, max(0, k.start() - 60), k.start()):
                return [(2, None)]
            continue  # "قتلا" with no pair before it is no figure
        after = text[k.end():k.end() + 80]
        after = _NEXT_CASUALTY_VERB.split(after, maxsplit=1)[0]
        if k.group(0).endswith(_GAP_VERBS) and (g := _INCIDENT_GAP.match(after)):
            after = after[g.end():]  # "وأصيب في الغارة 12 آخرون": the subject comes after the raid told
        if k.group(0).endswith(("قتل", "قتلت")) and (s := _ATTACK_SUBJECT.match(after)):
            after = after[s.end():]  # "قتلت غارات إسرائيلية 11 شخصا": the attack is the subject, the figure its object
        before = text[max(0, k.start() - 40):k.start()]
        if "بين" in after[:12] or "من" in after[:6] or "لى" in after[:24]:
            r = _VICTIM_RANGE.match(after)
            if r and (low := _range(r)):
                return [low]  # "مقتل ما بين خمسة وسبعة أشخاص", "مقتل خمسة إلى سبعة أشخاص": the lower bound, as English
        m = _PLURAL_AFTER.match(after)
        if m is None and not k.group(0).endswith("سقوط"):  # "سقوط ثلاثة من الصواريخ" is of projectiles
            m = _BARE_NUMBER_AFTER.match(after)
        if m is None and k.group(0).endswith(("قتلى", "جرحى", "قتيلا", "جريحا", "مصابين", "مصابا", "شهداء", "شهيدا", "قتيل", "جريح")):
            m = _NUMBER_BEFORE.search(before)  # "17 قتيلا", "ثلاثة جرحى"
        if m is None and k.group(0).endswith(_PLURAL_VERB_ENDS) and " و" in before:
            listed = _list_before_verb(text[max(0, k.start() - 80):k.start()])
            if listed:
                return [(listed, None)]
        if m is None:
            # before a verb: "ثلاثة جنود أمريكيين قتلوا", "أربعة من عناصرها قتلوا"
            m = _NUMBER_BEFORE_VERB.search(before)
            if m and _CASUALTY_VERB_END.search(before, 0, m.start()):
                # "قتل ثلاثة جنود وأصيب العشرات": the figure is the subject of the verb before it, not of this one
                m = None
        if m:
            c = parse(((m.group("qual") or "") + " " + m.group("num")).strip())
            if c:
                qual = c.qualifier
                if qual is None and _AT_LEAST_AFTER.match(after[m.end():] if m.string is after else ""):
                    qual = "at least"
                value = c.value
                if m.string is after:
                    value += _and_more(after, m.end())
                return [(value, qual)]
        m = _DUAL_AFTER.match(after)
        if m:
            return [(2 + _and_more(after, m.end()), None)]
        m = _SINGULAR_AFTER.match(after)
        if m:
            return [(1 + _and_more(after, m.end()), None)]  # "إصابة متعاقد": one contractor
        m = _NAMED_ONE_AFTER.match(after) if "ال" in after[:4] else None
        if m:
            return [(1, None)]  # "استشهد الشاب حسن علي": one, told by his name
        acc = _SINGULAR_ACC_BEFORE.search(before)
        if acc and not _NUMBER_BEFORE.search(before, 0, acc.start()):
            # "إن متعاقدا أمريكيا قتل"; but in "مقتل 12 شخصا وإصابة العشرات" the accusative is the counted noun
            # of the figure before it, another category's, and tells nothing of this one
            return [(1, None)]
        m = _KIN_AFTER.match(after) if k.start() > 0 else None
        if m:  # "مقتل طفلة وإصابة والدتها": a victim's kin named by a pronoun is one (two for a dual)
            return [(2 if m.group("dual") else 1, None)]
        if k.group(0).endswith(_ONE_VICTIM_WORDS) and (_ONE_MORE_AFTER.match(after) if k.start() > 0
                                                        else _ONE_MORE_WOUNDED.match(after)):
            # "وأصيب ثالث بجروح": one more, after others the clause named first (a clause cut at "فيما" opens on
            # the verb: "فيما أصيب ثالث بجروح" is read as "أصيب ثالث بجروح", the wounds told after the ordinal)
            return [(1, None)]
        if k.group(0).endswith(("حتفه", "حتفها", "مصرعه", "مصرعها")):
            return [(1, None)]  # "لقي جندي حتفه": one (a figure before the verb was looked for above)
        if k.group(0).endswith(("قتيل", "جريح")):
            # "أسفر عن سقوط قتيل وثلاثة جرحى", "قتيلان وجريح": the bare singular noun is one ("بين قتيل وجريح",
            # the idiom for a mixed toll, was skipped above)
            return [(1, None)]
    return _hit_people(text, which)


_HIT = re.compile(_PRE + r"(?:أصاب|أصابت|اصاب|اصابت)" + _END)


def _hit_people(text: str, which: str) -> list[tuple[int, Optional[str]]]:
    """The wounded told by the active "hit" with people as its object, the projectile its subject or told before.

    "سقط صاروخ على سديروت وأصاب ثلاثة أشخاص" (3), "أصابت الشظايا شخصين" (2); "أصاب الصاروخ منزلا" tells none.
    (English "wounding three people" and French "blessant trois personnes" are read by their own verbs.)
    """
    if which != "injured" or not ("أصاب" in text or "اصاب" in text):
        return []
    for h in _HIT.finditer(text):
        after = text[h.end():h.end() + 80]
        if (s := _ATTACK_SUBJECT.match(after)) or (s := _SHRAPNEL_SUBJECT.match(after)):
            after = after[s.end():]
        if (m := _PLURAL_AFTER.match(after)) and (c := parse(((m.group("qual") or "") + " " + m.group("num")).strip())):
            return [(c.value + _and_more(after, m.end()), c.qualifier)]
        if (m := _DUAL_AFTER.match(after)):
            return [(2 + _and_more(after, m.end()), None)]
    return []


_SHRAPNEL_SUBJECT = re.compile(r"\s*(?:ال)?(?:شظايا|شظية)(?:ه|ها|هما)?" + _END)


# Those with the one named, counted by their tie to him: "مقتل قيادي في الحركة واثنين من مرافقيه" (1 + 2),
# "قتل ضابط وثلاثة من عناصره".  The figure may come after what the first victim is ("في الحركة", up to five
# words, no comma); the noun after من carries a pronoun of the first victim (مرافقيه، عناصره، أبنائه) or is
# a definite plural ("واثنان من الحراس").
_AND_HIS = re.compile(r"(?:\s+[^\s،,.؛:]+)?(?:\s+(?:في|من|ب|لدى|داخل|برتبة)\s+[^\s،,.؛:]+(?:\s+[^\s،,.؛:و][^\s،,.؛:]*){0,4}?)?"
                      r"\s+و(?P<num>" + _NUM + r")\s+من\s+(?:[^\s،,.؛:]+(?:ه|ها|هم|هما)|ال[^\s،,.؛:]+)" + _END)


# The first victim's kin joined by و, named by a pronoun of that victim: "مقتل رجل وزوجته", "استشهاد امرأة وطفلها",
# "إصابة مزارع ونجليه" (a dual: two).
_KIN_NOUNS = r"(?:زوج|زوجت|ابن|ابنت|إبن|نجل|طفل|شقيق|شقيقت|أخت|والد|والدت|أم|حفيد|حفيدت|صديق|مرافق|سائق)"
_AND_KIN = re.compile(r"(?:\s+(?:في|من)\s+[^\s،,.؛:]+)?\s+و(?:" + _KIN_NOUNS + r"(?:هما|هم|ه|ها)|(?:أخيه|أخاه|أخوه|أبيه|أباه|أبوه|أخيها|أبيها)"
                     r"|(?P<dual>" + _KIN_NOUNS + r"(?:يه|يها|تيه|تيها)))" + _END)


_CASUALTY_VERB_END = re.compile(_PRE + r"(?:" + KILLED + "|" + INJURED + r")\s*$")

# Several categories, joined by و, as the subject before a plural verb: "إن عنصرين من الجيش ومدنيا لقوا حتفهم"
# (2 + 1), "ثلاثة جنود وشرطيا أصيبوا" (3 + 1).  Each conjunct is a dual, a figure with its noun, or one victim.
_PLURAL_VERB_ENDS = ("حتفهم", "مصرعهم", "قتلوا", "أصيبوا", "اصيبوا", "استشهدوا", "جرحوا")
_CONJUNCT = (r"(?:(?P<@dual>" + VICTIM_DUAL + r")|(?P<@num>" + _NUM.replace("(?P<", "(?P<@") + r")\s+(?:"
             + VICTIMS_PLURAL + r"|من\s+\S+)|" + VICTIM_SINGULAR_ACC + "|" + VICTIM_SINGULAR + r"ا?)" + _END
             + r"(?:\s+من\s+ال[^\s،,.؛:]+)?")
_LIST_BEFORE_VERB = re.compile(r"(?<![" + LETTERS + r"])" + _CONJUNCT.replace("@", "a") + r"\s+و" + _CONJUNCT.replace("@", "b")
                               + r"(?:\s+و" + _CONJUNCT.replace("@", "c") + r")?\s+(?:لقوا\s+|لقي\s+)?$")


def _list_before_verb(before: str) -> int:
    """Victims of a و-joined subject list ending right before a plural casualty verb, 0 when none."""
    m = _LIST_BEFORE_VERB.search(before)
    if m is None:
        return 0
    total = 0
    for g in "abc":
        if m.group(g + "dual"):
            total += 2
        elif m.group(g + "num"):
            c = parse(m.group(g + "num"))
            total += c.value if c else 0
        elif g != "c" or m.group(0).count(" و") >= 2:
            total += 1
    return total


# (a kin noun with a dual or plural pronoun is still one: "استشهد طفلان وأصيبت والدتهما" -- their mother)
_KIN_AFTER = re.compile(r"\s*(?:(?P<dual>" + _KIN_NOUNS + r"(?:يه|يها|تيه|تيها))|" + _KIN_NOUNS + r"(?:هما|هم|ه|ها))" + _END)


_BETWEEN_KINDS = re.compile(r"بين\s+(?:قتيل|قتلى|شهيد|شهداء)\s+و(?:جريح|جرحى|مصاب|مصابين)")
_MIXED_TOLL = re.compile(r"(?<![" + LETTERS + r"])" + _QUAL + _NUM + r"\s+(?:[^\s،,.؛:\d]+\s+){0,2}?(?:ما\s+)?"
                         + _BETWEEN_KINDS.pattern)


_ONE_OTHER = re.compile(r"\s+و(?:آخر|اخر|ثالث|رابع|خامس)(?![" + LETTERS + r"])")
# (the victims' adjective may stand before the severity: "أصيب جنديان إسرائيليان بجروح خطيرة وثلاثة آخرون ...")
_SEVERITY = re.compile(r"(?:\s+[^\s،,.؛:و\d][^\s،,.؛:\d]*)?\s+(?:بجروح|بجراح)(?:\s+[^\s،,.؛:و][^\s،,.؛:]*)?(?=\s+و)")


def _and_more(after: str, pos: int) -> int:
    """Victims of the other categories joined by و after a figure (at most three more)."""
    extra = 0
    for _ in range(3):
        more = _AND_MORE.match(after, pos)
        if not more and "بج" in after and (sev := _SEVERITY.match(after, pos)):
            # "أصيب شخصان بجروح خطيرة وثلاثة آخرون بجروح طفيفة": each category told with its own severity
            more = _AND_MORE.match(after, sev.end())
            if not more and (other := _ONE_OTHER.match(after, sev.end())):
                extra += 1  # "... بجروح طفيفة وآخر بجروح بليغة": one more
                pos = other.end()
                continue
        if not more:
            his = _AND_HIS.match(after, pos)
            if his:
                c = parse(his.group("num"))
                extra += c.value if c else 0
            else:
                kin = _AND_KIN.match(after, pos)
                if kin:  # "مقتل رجل وزوجته": the victim's kin, one more (two for a dual: "وطفليها")
                    extra += 2 if kin.group("dual") else 1
                    pos = kin.end()
                    continue
            break
        if more.group("num"):
            c = parse(more.group("num"))
            extra += c.value if c else 0
        else:
            extra += 2 if more.group("dual") else 1
        pos = more.end()
    return extra


# The victims named by a definite noun with its definite numeral: "نقل المصابون الخمسة إلى المستشفى", "القتلى الثلاثة".
_DEF_UNITS = r"(?:ال)(?P<num>ثلاثة|أربعة|اربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة)"
_DEFINITE_FIGURE = {
    "killed": re.compile(r"(?<![" + LETTERS + r"])[وفبل]?(?:ال|لل)(?:قتلى|شهداء|ضحايا)\s+" + _DEF_UNITS + _END),
    "injured": re.compile(r"(?<![" + LETTERS + r"])[وفبل]?(?:ال|لل)(?:جرحى|مصابين|مصابون)\s+" + _DEF_UNITS + _END),
}
_DEFINITE_NOUNS = {"killed": ("قتلى", "شهداء", "ضحايا"), "injured": ("جرحى", "مصابين", "مصابون")}  # (a cheap look first)


# A group mourning its own dead, counted among its men: "نعى حزب الله ثلاثة من عناصره سقطوا في غارة", "أعلنت الحركة
# سقوط اثنين من مقاتليها" (its obituary is the toll; "سقوط ثلاثة من الصواريخ" is of projectiles, not of men)
_MOURNED = re.compile(_PRE + r"(?:نعى|نعت|ينعى|تنعى|نعوا|سقوط)\s+(?:[^\s،,.؛:\d]+\s+){0,4}?" + _QUAL + r"(?P<num>" + _NUM
                      + r"|أحد|احد)\s+(?:من\s+)?(?:مقاتلي|عناصر|مجاهدي|كوادر|أعضاء|اعضاء|جنود|ضباط|أبطال|ابطال|رجال|أفراد|افراد)\S*")


# A speaker telling its own kills: "قال الجيش إنه قتل خمسة مسلحين", "أعلن أن قواته قضت على ثلاثة مقاتلين"
_OWN_KILLS = re.compile(
    r"(?<![" + LETTERS + r"])[وف]?(?:قال|قالت|أعلن|أعلنت|اعلن|اعلنت|أكد|أكدت|اكد|اكدت|ذكر|ذكرت|زعم|زعمت|ادعى|ادعت|أفاد|أفادت)"
    r"(?![" + LETTERS + r"])[^.،؛]{0,50}?(?<![" + LETTERS + r"])[إأا]ن(?:ه|ها|هم|\s+قوات(?:ه|ها|هم)|\s+(?:جنود|مقاتلي)(?:ه|ها|هم))\s+"
    r"(?:تمكن(?:ت|وا)?\s+من\s+)?(?:قتل|قتلت|قتلوا|قضى\s+على|قضت\s+على|حيد|حيدت|تحييد|اغتال|اغتالت)\s+" + _QUAL
    + r"(?P<num>" + _NUM + r")" + _END)


def own_kills(text: str) -> frozenset:
    """The figures a speaker gives of the people it killed itself, a claimant's toll rather than an observer's.

    "... فيما قال الجيش إنه قتل خمسة مسلحين" gives {5} (see :func:`geo_events.casualties.own_kills`).
    """
    out = set()
    for m in _OWN_KILLS.finditer(text):
        c = parse(((m.group("qual") or "") + " " + m.group("num")).strip())
        if c is not None and c.value:
            out.add(c.value)
    return frozenset(out)


def casualties(text: str, which: str) -> list[tuple[int, Optional[str]]]:
    """[(value, qualifier)] of the killed or injured a cleaned Arabic clause states.

    A stated figure wins; else a "no casualties" phrase that covers ``which`` gives 0
    ("عدم وقوع خسائر في الأرواح" zeroes the killed only); else [] (unknown).

    >>> casualties("قتل جنديان أمريكيان ومجندة بريطانية", "killed")
    [(3, None)]
    """
    if ("هجم" in text or "هجو" in text or "عملي" in text or "اعتداء" in text) and _is_tally(text):
        return []  # victims of a tally of several attacks are no single event's
    if "حصيلة" in text and _AGGREGATE_TOLL.search(text):
        return []  # the toll of strikes on several areas sums incidents the report then tells one by one
    if "بين" in text and _BETWEEN_KINDS.search(text):
        # "سقوط 12 شخصا بين قتيل وجريح": the figure of a mixed toll is of neither kind
        text = _MIXED_TOLL.sub(lambda m: " " * len(m.group(0)), text)
    stated = _stated(text, which)
    if stated == ((1, None),) and (kin := _kin_toll(text, which)) > 1:
        return [(kin, None)]  # "استشهاد سيدة وأطفالها الأربعة": the woman read as one, her four children with her
    if stated == ((1, None),) and ("آخر" in text or "اخر" in text) and (others := _one_and_others(text, which)) > 1:
        return [(others, None)]  # "قتل قيادي في الحزب وثلاثة أشخاص آخرين": the one read first, the others with him
    if stated:
        if len(stated) == 1 and ("الحياة" in text or "وفاة" in text or "توف" in text):
            moved = _died_of_wounds(text)
            if moved:
                value, qual = stated[0]
                if which == "killed":
                    return [(value + moved, qual)]
                if value >= moved:
                    return [(value - moved, qual)]
        return list(stated)
    if which == "killed" and ("نع" in text or "سقوط" in text) and (m := _MOURNED.search(text)) is not None \
            and (m.group("num") in ("أحد", "احد")
                 or (c := parse(((m.group("qual") or "") + " " + m.group("num")).strip())) is not None):
        # "نعى حزب الله ثلاثة من عناصره", "أعلن سقوط اثنين من مقاتليه", "نعت الحركة أحد عناصرها" (one)
        return [(1, None)] if m.group("num") in ("أحد", "احد") else [(c.value, c.qualifier)]
    if ("القتلى" in text or "الشهداء" in text or "الضحايا" in text or "الجرحى" in text or "المصاب" in text) \
            and (listed := _listed_toll(text, which)):
        return [(listed, None)]  # "والقتلى هم السائق وثلاثة معلمين"
    if "ال" in text and any(map(text.__contains__, _DEFINITE_NOUNS[which])) \
            and (d := _DEFINITE_FIGURE[which].search(text)):
        return [(_UNITS[d.group("num")] if d.group("num") in _UNITS else 10, None)]  # "نقل المصابون الخمسة"
    if which == "killed" and ("جث" in text):
        bodies = _bodies(text)
        if bodies:
            return [(bodies, None)]
    if which == "killed" and ("الحياة" in text or "وفاة" in text or "توف" in text) and _stated(text, "injured"):
        # "أسفر عن إصابة خمسة أشخاص، توفي أحدهم لاحقا": the only dead are those of the injured who died
        moved = _died_of_wounds(text)
        if moved:
            return [(moved, None)]
    if which == "killed" and ("توف" in text or "فارق" in text) and (m := _DIED_OF_WOUNDS.search(text)) \
            and (m.group("pnum") or m.group("pron")) and not toll_update(text):
        # "وتوفي اثنان منهم في المستشفى" told after the toll: those of the wounded the pronoun points back to died
        c = parse(m.group("pnum")) if m.group("pnum") else None
        return [(c.value if c else 1, None)]
    if ("آخر" in text or "اخر" in text or "من " in text and _OTHERS_GROUP_HINT.search(text)) \
            and (others := _one_and_others(text, which)):
        return [(others, None)]  # "ما أسفر عن مقتله وثلاثة آخرين": the one named and those with him
    if ("و" in text) and (kin := _kin_toll(text, which)):
        return [(kin, None)]  # "استشهاد أم وطفليها": the mother and her two children, three
    return [(0, None)] if which in _negated(text) else []


# A victim named by kinship and his kin after the verb: "استشهاد أم وطفليها" (a mother and her two children: 3),
# "استشهد أب وأبناؤه الثلاثة" (4), "قضى زوجان وابنتهما" (a couple and their daughter: 3), "إصابة رجل وزوجته" (2).
# The head is one person (a couple two); the kin after "و" carry the head's pronoun: a dual is two, a singular one,
# a plural counts by the figure after it ("وأطفالها الثلاثة"), or tells no figure ("وأطفالها": no toll read).
_KIN_VERB = {"killed": r"(?:مقتل|استشهاد|استشهد|استشهدت|قتل|قتلت|قضى|قضت|مصرع|وفاة|ارتقاء)",
             "injured": r"(?:إصابة|اصابة|أصيب|اصيب|أصيبت|اصيبت|جرح)"}
_KIN_PRON = r"(?:ه|ها|هما)"
_KIN_TOLL = {which: re.compile(
    r"(?<![" + LETTERS + r"])[وف]?" + verb + r"\s+(?P<head>أم|أب|اب|رجل|امرأة|امراة|سيدة|شاب|زوجان|زوجين|والد|والدة)"
    r"(?:\s+(?!و)[^\s،,.؛:\d]+)?\s+و\s?(?:(?P<dual>(?:طفلي|ابني|إبني|ابنتي|بنتي|ولدي|طفلا|ابنا|ابنتا|شقيقي|حفيدي)" + _KIN_PRON + r")"
    r"|(?P<one>(?:طفل|ابن|إبن|ابنت|بنت|زوج|زوجت|شقيق|شقيقت|والد|والدت|حفيد|حفيدت|ول|أخ|اخ)" + _KIN_PRON + r")"
    r"|(?:أطفال|اطفال|أبناء|ابناء|أبناؤ|ابناؤ|أبنائ|ابنائ|أولاد|اولاد|بنات|أحفاد|احفاد)" + _KIN_PRON
    + r"\s+(?:ال)?(?P<num>" + _NUM + r"))" + _END) for which, verb in _KIN_VERB.items()}


def _kin_toll(text: str, which: str) -> int:
    """The victims of a kin toll (see _KIN_TOLL), or 0."""
    m = _KIN_TOLL[which].search(text)
    if m is None:
        return 0
    head = 2 if m.group("head") in ("زوجان", "زوجين") else 1
    if m.group("dual"):
        return head + 2
    if m.group("one"):
        return head + 1
    c = parse(m.group("num"))
    return head + c.value if c is not None and c.value < 30 else 0


# A toll told by one victim and those with him: "ما أسفر عن استشهاده وأربعة آخرين" (killing him and four others),
# "مقتل القيادي في الحركة فلان وثلاثة من مرافقيه", "إصابتها واثنين آخرين": one plus the figure after "و".
_ONE_AND_OTHERS = {
    "killed": re.compile(r"(?<![" + LETTERS + r"])[وفبل]?(?:مقتل|استشهاد|اغتيال|مصرع|قتل)(?P<pron>ه|ها)?"
                         r"(?P<mid>(?:\s+[^\s،,.؛:()\"«»\d]+){0,7}?)\s+و\s?(?:(?P<num>" + _NUM + r")\s+(?:(?:أشخاص|اشخاص)\s+)?"
                         # a pair of others: "قتل قيادي في الحزب وشخصان آخران" (1 + 2)
                         r"|(?P<dual>" + VICTIM_DUAL + r")\s+)"
                         r"(?:آخرين|اخرين|آخرون|اخرون|آخران|اخران|من\s+(?:مرافقي|رفاق|عناصر|أفراد|افراد|أبناء|ابناء|أبنائ|ابنائ|حراس|أقارب|اقارب)\S*)" + _END),
    "injured": re.compile(r"(?<![" + LETTERS + r"])[وفبل]?(?:إصابت|اصابت|جرح)(?P<pron>ه|ها)"
                          r"(?P<mid>)\s+و\s?(?P<num>" + _NUM + r")\s+(?:آخرين|اخرين|آخرون|اخرون)" + _END),
}


_OTHERS_GROUP_HINT = re.compile(r"من\s+(?:مرافقي|رفاق|عناصر|أفراد|افراد|أبناء|ابناء|أبنائ|ابنائ|حراس|أقارب|اقارب)")


def _one_and_others(text: str, which: str) -> int:
    """1 + N for a toll told as one victim "and N others" ("مقتله وثلاثة آخرين": 4), 0 when none.

    The one victim is a pronoun on the verbal noun or a person named after it (a title and a name, no figure).

    >>> _one_and_others("ما أسفر عن استشهاده وأربعة آخرين", "killed"), _one_and_others("مقتل جنديين وثلاثة آخرين", "killed")
    (5, 0)
    """
    m = _ONE_AND_OTHERS[which].search(text)
    if m is None:
        return 0
    mid = m.group("mid").split()
    if not m.group("pron"):
        # a person named: words that are no figure and no plural or dual of victims ("جنديين", "مدنيين")
        if not mid or any(w in _UNITS or w in _TENS or w.endswith(("ين", "ان", "ون")) and len(w) > 4
                          and not w.startswith("ال") for w in mid):
            return 0
    if m.groupdict().get("dual"):
        return 3
    c = parse(m.group("num"))
    if c is None or not 1 <= c.value < 100:
        return 0
    return 1 + c.value


# A toll told by the list of its victims: "والقتلى هم السائق وثلاثة معلمين", "كان القتلى سائقا وثلاثة معلمين",
# "والجرحى هم امرأتان وطفل": the toll's definite noun, a copula (a pronoun "هم" or "كان/كانوا"), then the list.
_LISTED_HEAD = {
    "killed": re.compile(r"(?<![" + LETTERS + r"])(?:[وف]?(?:كان|وكان)\s+)?[وف]?(?:القتلى|الشهداء|الضحايا)"
                         r"\s+(?P<cop>هم|كانوا|كان)?\s*"),
    "injured": re.compile(r"(?<![" + LETTERS + r"])(?:[وف]?(?:كان|وكان)\s+)?[وف]?(?:الجرحى|المصابون|المصابين)"
                          r"\s+(?P<cop>هم|كانوا|كان)?\s*"),
}
# where the list ends: a punctuation mark or a clause of its own ("فيما أصيب ...")
_LISTED_END = re.compile(r"[.،,؛:!?()\"«»]|\s(?:فيما|بينما|في حين|وفق|حسب|بحسب|وفقا|الذين|الذي|التي|وقد|كما)(?![" + LETTERS + r"])")
_LISTED_NOT_ITEM = frozenset(("من", "في", "على", "إلى", "الى", "عن", "بين", "جميعهم", "كلهم", "جميعا", "أيضا",
                              "مدنيون", "مدنيين", "عسكريون", "عسكريين", "عدد", "العشرات", "عشرات", "المئات"))
_LISTED_NUM = re.compile(r"(?P<num>" + _NUM + r")\s+\S+")


def _listed_toll(text: str, which: str) -> int:
    """How many victims a toll told by their list names ("والقتلى هم السائق وثلاثة معلمين": 4), 0 when none.

    Each item is counted by its grammar: a number is that many, a bare noun (definite or not) is one.  The copula
    is needed ("هم", or "كان" before the noun), so that a noun phrase ("القتلى المدنيين") is no list.

    >>> _listed_toll("والقتلى هم السائق وثلاثة معلمين، فيما أصيب خمسة ركاب", "killed")
    4
    """
    m = _LISTED_HEAD[which].search(text)
    if m is None or (m.group("cop") is None and "كان" not in text[max(0, m.start() - 6):m.start() + 5]):
        return 0
    rest = text[m.end():m.end() + 120]
    end = _LISTED_END.search(rest)
    seg = rest[:end.start()] if end else rest
    items = [w for w in re.split(r"\s+و\s?(?=\S)|\s+و(?=[" + LETTERS + r"])", " " + seg.strip())]
    items = [i.strip() for i in items if i.strip()]
    total = 0
    for item in items:
        words = item.split()
        if not words or len(words) > 3:
            return 0  # a clause, not an item of a list
        n = _LISTED_NUM.fullmatch(item)
        if n is not None:
            c = parse(n.group("num"))
            if c is None or c.value >= 1000:
                return 0
            total += c.value
        elif words[0] in _LISTED_NOT_ITEM or words[0].startswith(("ب", "ل")) and words[0][1:3] == "ال":
            return 0  # "وكان الضحايا من المدنيين", "بالعشرات": a description, not a list
        elif len(words) <= 2 and not any(ch.isdigit() for ch in item):
            w = words[0].lstrip("و")
            if not w.startswith("ال") and w.endswith(("تان", "تين", "ان")) and len(w) > 4:
                total += 2  # a dual: "امرأتان", "طفلتين"
            elif not w.startswith("ال") and w.endswith(("ون", "ين")) and len(w) > 4:
                return 0  # a bare plural: how many is not told
            else:
                total += 1
        else:
            return 0
    return total


# The dead told by their bodies: "استقبل المستشفى ثلاث جثث وأربعة جرحى", "انتشلت الفرق جثث خمسة أشخاص", "جثامين
# أربعة من الجنود", "انتشال جثتين" (a dual), "جثة رجل" (one).  The bare plural ("نقلت الجثث") gives no figure.
_BODIES = re.compile(
    r"(?<![" + LETTERS + r"])(?:(?P<num>" + _NUM + r")\s+(?:جثث|جثامين)|[وفبل]?(?:ال)?(?:جثث|جثامين)\s+(?P<num2>"
    + _NUM.replace("(?P<", "(?P<b") + r")|[وفبل]?(?P<dual>جثتين|جثتي|جثتا|جثتان|جثماني|جثمانين|جثمانا|جثمانان)"
    r"|[وفبل]?(?P<one>جثة|جثمان)(?=\s+(?!ال)[^\s،,.؛:\d]+))" + _END)


def _bodies(text: str) -> int:
    """How many dead a cleaned Arabic clause tells by their bodies, 0 when none."""
    m = _BODIES.search(text)
    if m is None:
        return 0
    if m.group("dual"):
        return 2
    if m.group("one"):
        return 1
    c = parse(m.group("num") or m.group("num2"))
    return c.value if c and c.value < 1000 else 0


# "مقتل ثلاثة جنود وإصابة ثلاثة، قبل أن يتوفى أحد المصابين متأثرا بجراحه", "استشهاد جندي وإصابة أربعة، ثم فارق
# جندي آخر الحياة متأثرا بجروحه": one of the injured just counted died after the first toll.  Told without a new
# total, the victim moves between the two figures (the dead one more, the injured one fewer); with a new total
# ("قبل أن يرتفع العدد إلى أربعة بعد وفاة أحد المصابين") the total already counts him.
_DIED_VERB = r"(?:يتوفى|توفي|توفى|توفيت|تتوفى|يفارق|فارق|تفارق|فارقت|يلفظ|لفظ|وفاة|بوفاة)"
_OF_THE_INJURED = (r"(?:(?P<one>أحد|احد|إحدى|احدى)|(?P<num>" + _NUM.replace("(?P<", "(?P<d") + r")\s+من)\s+(?:ال)?"
                   r"(?:مصابين|جرحى|مصابات|جريحات)(?:\s+(?:ال)?[^\s،,.؛:\d]+)?")
_DIED_OF_WOUNDS = re.compile(
    r"(?<![" + LETTERS + r"])(?:(?:قبل|بعد)\s+(?:أن|ان)\s+|ثم\s+|[وف])?" + _DIED_VERB + r"\s+(?:الحياة\s+)?(?:"
    + _OF_THE_INJURED + r"|(?P<pron>أحدهم|احدهم|أحدهما|احدهما|إحداهن|احداهن|إحداهما)" + _END + r"|(?P<pnum>" + _NUM.replace("(?P<", "(?P<p")
    + r")\s+منهم|(?P<other>" + VICTIM_SINGULAR + r")\s+(?:آخر|اخر|آخرة|أخرى|اخرى)(?=[^.؛]*متأثر))"
    + r"|(?<![" + LETTERS + r"])[وف]?" + _OF_THE_INJURED.replace("(?P<", "(?P<s") + r"\s+(?:قد\s+)?" + _DIED_VERB + _END)


def _died_of_wounds(text: str) -> int:
    """How many of the injured a cleaned Arabic clause tells died after its first toll, 0 when none or a new total."""
    m = _DIED_OF_WOUNDS.search(text)
    if m is None or toll_update(text) or _TOLL_TO.search(text) or ("العدد" in text and _BARE_TOLL.search(text)):
        return 0
    if m.group("one") or m.group("other") or m.group("sone") or m.group("pron"):
        return 1
    c = parse(m.group("num") or m.group("snum") or m.group("pnum") or "")
    return c.value if c else 0


# The pluperfect, كان/كانت + (subject, up to eight words) + قد + a perfect verb: "وكانت القاعدة قد تعرضت في 3 أيار
# لهجوم", "وكان مسلحون قد أطلقوا".  Reports use it to look back; with a day well before the news it tells history.
_PLUPERFECT = re.compile(r"(?<![" + LETTERS + r"])[وف]?(?:كان|كانت|كانوا)\s+(?:[^\s،,.؛:]+\s+){0,8}?قد\s+[^\s،,.؛:]+")
_NAMED_WEEKDAY = re.compile(r"(?<![" + LETTERS + r"])(?:ال|يوم\s+|[وب]ال)(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)"
                            r"(?![" + LETTERS + r"])")
_RETOLD_EVENT_GAP = 60  # days: a dated incident this recent, with its own place, is still an event of the report
_RECAP_GAP = 1  # days: "وكان مصدر قد أفاد مساء أمس" recaps the news itself; more than a day back is another incident


def retells(text: str, days_before_news: Iterable[int], dated_place: bool = False) -> bool:
    """Whether a cleaned Arabic clause looks back, in the pluperfect, at an incident before the news.

    ``days_before_news`` gives, for each date the clause states, how many days it ends before
    the day of the newest incident the report told.  A pluperfect clause whose every date is
    more than a day before that day recalls an earlier incident (background, not news); a
    pluperfect with no date, or dated the news day or the eve of it, recaps the news itself.
    ``dated_place``: the clause names a place of its own and dates it by the day.  Such a recent
    incident (within two months) told with its weekday ("وكان جنديان قد قتلا بانفجار عبوة قرب X
    يوم الأحد الماضي", "فجر الإثنين 3 آب") is one the report goes back over as news of its own; a
    bare calendar day ("وكانت القاعدة قد تعرضت في 3 أيار لهجوم") recalls background.

    >>> retells("وكانت القاعدة قد تعرضت في 3 أيار لهجوم صاروخي", [40])
    True
    >>> retells("وكان مصدر أمني قد أفاد مساء أمس بسقوط صواريخ", [1]), retells("تعرضت القاعدة لهجوم", [40])
    (False, False)
    """
    gaps = list(days_before_news)
    if not gaps or "قد" not in text or not all(g > _RECAP_GAP for g in gaps):
        return False
    if dated_place and all(g <= _RETOLD_EVENT_GAP for g in gaps) and _NAMED_WEEKDAY.search(text):
        return False
    return _PLUPERFECT.search(text) is not None


# "ويأتي الهجوم بعد يومين من ...", "وجاء القصف عقب ساعات من ...", "تأتي هذه الضربة بعد ثلاثة أيام على ...": a head
# that times the news against an earlier incident by a gap of hours or days.  What follows the gap is that
# incident, told (unlike "يأتي ذلك في ظل ...", a setting).
_CAME_AFTER = re.compile(
    r"^\W*[وف]?(?:يأتي|تأتي|جاء|جاءت|أتى|أتت)\s+(?:ذلك|هذا|هذه|ال\S+)(?:\s+[^\s،,.]+){0,3}?\s+(?:بعد|عقب)\s+"
    r"(?:(?:\S+|[\d٠-٩]+)\s+)?(?:يوم|يومين|أيام|ساعة|ساعتين|ساعات|أسبوع|أسبوعين|أسابيع|ليلة|ليلتين)"
    r"(?:\s+(?:فقط|واحد|واحدة|قليلة|معدودة))?\s+(?:من|على)(?![" + LETTERS + r"])")


_DAY_NUMBER = re.compile(r"(?<![\d٠-٩])[\d٠-٩]{1,2}(?![\d٠-٩])")


def dated(text: str) -> bool:
    """Whether a stretch of text names a day: a weekday or a day number ("مساء الاثنين", "في 22 نيسان").

    >>> dated("من إطلاق صواريخ مساء الثلاثاء على القاعدة"), dated("من تسليم القوات معسكرا شمال المدينة")
    (True, False)
    """
    return _NAMED_WEEKDAY.search(text) is not None or _DAY_NUMBER.search(text) is not None


def came_after(text: str) -> Optional[int]:
    """Where the head of a sentence that times the news against an earlier incident ends, or None.

    The caller checks that an attack is told after it, with a day of its own: that earlier
    incident is news of the report, not the setting "يأتي ذلك في ظل ..." gives.

    >>> came_after("ويأتي الهجوم بعد يومين من قصف استهدف المعسكر صباح الأحد") is not None
    True
    >>> came_after("ويأتي ذلك في ظل توتر متصاعد") is None
    True
    """
    if "بعد" not in text and "عقب" not in text:
        return None
    m = _CAME_AFTER.match(text)
    return m.end() if m else None


# The subject of a denial marked as another one of its kind ("محاولة الاستهداف الثانية لم تسفر عن إصابات", "أما
# الصاروخ الآخر فسقط في أرض خلاء دون وقوع إصابات"): the denial is that one's, not the toll's of the first.
_ANOTHER_SUBJECT = re.compile(r"(?<!مرة )(?<!مره )(?<!جهة )(?<!ناحية )(?<![" + LETTERS + r"])(?:ال)?(?:ثانية|ثاني|ثان|ثالثة|ثالث|أخرى|اخرى|آخر|اخر)"
                              r"(?![" + LETTERS + r"])(?:\s+[^\s،,.؛:]+){0,5}?\s+$")


def denial_of_another(text: str) -> bool:
    """Whether the clause's "no casualties" is said of a second or other projectile or attempt.

    >>> denial_of_another("وأشار إلى أن الهجمة الثانية لم تسفر عن أي إصابات")
    True
    >>> denial_of_another("وسقط الصاروخ في أرض زراعية دون وقوع إصابات")
    False
    >>> denial_of_another("واستهدفت الصواريخ المطار مرة أخرى دون وقوع إصابات")
    False
    """
    if not _negated(text):
        return False
    m = _NO_CASUALTY.search(text)
    if m is None:
        return False
    return _ANOTHER_SUBJECT.search(text, max(0, m.start() - 60), m.start()) is not None


def no_casualties(text: str) -> bool:
    """Does the clause say that no one at all was killed or injured (and give no figure)?"""
    return _negated(text) == {"killed", "injured"} and not _stated(text, "killed") and not _stated(text, "injured")


_BLAME = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:اتهمت|اتهم|تتهم|يتهم|حملت|حمل|تحمل|يحمل|حمّلت)\s+(?P<rest>[^،.؛:]+)")
# (an accuser's nisba adjective goes with it: "وزارة النفط العراقية", "وزارة الخارجية السعودية")
_SUBJECTS = re.compile(r"^(?:واشنطن|بغداد|طهران|دمشق|الولايات المتحدة|السلطات(?: \S+)?|الحكومة(?: \S+)?|مسؤولون(?: \S+)?|"
                       r"البنتاغون|وزارة \S+|الجيش(?: \S+)?|التحالف(?: الدولي)?|مصادر(?: \S+)?)"
                       r"(?:\s+ال[\u0621-\u064A]+(?:ية|ي|يون|يين))?\s+")


# where the accused ends: the blame's object ("مسؤولية الهجوم") or the deed it is charged with, a verbal noun after
# "ب" ("بشن", "بقصف البلدة", "باغتيال أحد قادته", "باستهداف المدنيين", "بارتكاب مجزرة")
_BLAME_END = re.compile(r"\s(?:مسؤولية|المسؤولية|بالمسؤولية|بالوقوف|بشن|بتنفيذ|بإطلاق|باطلاق|بالهجوم|وراء|بقصف|بالقصف|"
                        r"باستهداف|باغتيال|بارتكاب|بضرب|بمهاجمة|بتفجير|بالاعتداء)(?![\u0621-\u064A])")


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
                          r"حزب الله|كتائب|الحرس|الحوثيين|الحوثي|تنظيم|"
                          # the unnamed accused: "جهات خارجة عن القانون", "خلايا إرهابية", "مجموعات مسلحة"
                          r"جهات|خلايا|مجموعات|مجاميع|عصابات)", rest)
        if group:
            rest = rest[group.start():]
        else:
            stripped = _SUBJECTS.sub("", rest, count=1)
            if stripped == rest:
                # an accuser written as a definite phrase, then the accused: "اتهم الحزب الديمقراطي دولة مجاورة"
                words = rest.split()
                k = next((j for j, w in enumerate(words) if not w.startswith("ال")), 0)
                stripped = " ".join(words[k:]) if 0 < k < len(words) else rest
            rest = stripped
        rest = _BLAME_END.split(rest)[0]
        words = rest.split()[:6]
        if words:
            out.append(" ".join(words))
    return out


# --- two incidents in one sentence, the second joined by a bare "و" (no comma) --------------------------------
# "استهدف صاروخان قاعدة X وطائرة مسيرة مطار Y" (the verb gapped), "سقطت ثلاث قذائف على X وأخرى على Y" (the
# weapon gapped too), "أطلق مسلحون صواريخ على X واستهدفت طائرة مسيرة Y" (a verb of its own): each conjunct names
# its own projectile(s) and its own target, so each is the clause of its own incident (one event per place
# attacked). The comma-led forms are cut in extract._CLAUSE_SPLIT; these have no comma.
_NUMBER_WORD = (r"(?:\d+|[٠-٩]+|ثلاث|ثلاثة|أربع|اربع|أربعة|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمانية|تسع|تسعة|"
                r"عشر|عشرة|عدة|عدد\s+من)")
_PROJECTILE = (r"(?:صاروخ|صاروخا|صاروخان|صاروخين|صواريخ|قذيفة|قذيفتان|قذيفتين|قذيفتا|قذائف|طائرة|طائرتان|طائرتين|"
               r"طائرات|مسيرة|مسيرتان|مسيرتين|مسيرات|صلية|رشقة|قنبلة)")
# ("أحدهما على X والآخر قرب Y": the other of a pair, told with the article, is the same ellipsis)
_ELLIPTIC_MORE = r"(?:أخرى|اخرى|آخر|اخر|آخران|أخريان|ثالث|ثالثة|رابع|رابعة|ثان|ثانية|ثالثا|(?:ال)(?:آخر|اخر|أخرى|اخرى|ثاني|ثانية|ثالث|ثالثة))"
# raids numbered or not ("شن الطيران خمس غارات على X وثلاث غارات على Y"): each conjunct's raids are its own, as
# projectiles are (the verb "شن" is the head's, carried to the conjunct below)
_RAIDS = r"(?:غارة|غارات|غارتين|غارتان|ضربة|ضربات|ضربتين|ضربتان)"
# a dual counted in the head is not the one more after it: "قذيفتا هاون على X وأخرى على Y" carries "قذيفة هاون"
_DUAL_TO_ONE = {"صاروخان": "صاروخ", "صاروخين": "صاروخ", "قذيفتان": "قذيفة", "قذيفتين": "قذيفة", "قذيفتا": "قذيفة",
                "طائرتان": "طائرة", "طائرتين": "طائرة", "مسيرتان": "مسيرة", "مسيرتين": "مسيرة"}
# what names a target after a projectile: a locative preposition or the head noun of an attacked site
_TARGET_MARK = (r"(?:على|قرب|بالقرب|في|باتجاه|نحو|صوب|داخل|محيط|أطراف|اطراف|مطار|قاعدة|معسكر|حقل|مدينة|بلدة|قرية|"
                r"ميناء|منطقة|السفارة|سفارة|مقر|موقع|مبنى|منشأة|مصفاة|محطة|مستوطنة|معبر)(?![" + LETTERS + r"])")
_ATTACK_VERB_OWN = r"(?:استهدف|قصف|ضرب|هاجم|دك|أطلق|اطلق|سقط|شن)(?:ت|وا|تا|ا)?"
# a share of the projectiles just told, the same salvo with no incident of its own: "وسقط بعضها قرب Y", "وأصاب أحدها"
SALVO_SHARE = r"(?:بعض|أحد|احد|إحدى|احدى|معظم|أغلب|اغلب|جميع|كل|غالبية)\S*\s"
_INSTRUMENTAL = (r"ب(?:" + _NUMBER_WORD + r"\s+)?(?:" + _PROJECTILE + r"|" + _RAIDS + r")"
                 r"(?![" + LETTERS + r"])")
_GAPPED_CONJUNCT = re.compile(
    # (a bare "و": after a comma the cut is extract._CLAUSE_SPLIT's; a share of the projectiles just told,
    # "وسقط بعضها قرب Y", "وأصاب أحدها ...", is the same salvo, no incident of its own)
    r"(?<![،,])\s(?P<and>و)(?:(?P<verb>" + _ATTACK_VERB_OWN + r")\s+(?!" + SALVO_SHARE + r")(?:[^\s،,.؛:]+\s+){0,5}?"
    r"|(?:" + _NUMBER_WORD + r"\s+)?(?:" + _PROJECTILE + r"|" + _RAIDS + r")\s+(?:(?!ال)[^\s،,.؛:]+\s+){0,2}?"  # an indefinite projectile
    r"|" + _ELLIPTIC_MORE + r"\s+(?:[^\s،,.؛:]+\s+)?"
    # "استهدف الطيران بلدة X بغارتين وبلدة Y بثلاث غارات": the next site, its own raids after it (the head must
    # count its own too, see gapped_conjuncts: "بلدة X وبلدة Y بثلاث غارات" is one figure for both)
    r"|(?P<inst>(?=(?:بلدة|بلدتي|مدينة|قرية|مديرية|منطقة|حي|مخيم|موقع)\s+(?:[^\s،,.؛:]+\s+){1,3}?" + _INSTRUMENTAL
    + r")))" + _TARGET_MARK)
# the instrumental that counts a site's raids or projectiles: "بغارتين", "بثلاث غارات", "بعشرة صواريخ"
_INSTRUMENTAL_RE = re.compile(r"(?<![" + LETTERS + r"])" + _INSTRUMENTAL)
_HEAD_PROJECTILE = re.compile(r"(?<![" + LETTERS + r"])(?:[وب]?(?:ال)?)(?:" + _PROJECTILE + r"|" + _RAIDS + r")(?![" + LETTERS + r"])"
                              r"|(?<![" + LETTERS + r"])[وف]?(?:استهدف|قصف|ضرب|هاجم|دك)(?:ت|وا|تا|ا)?(?![" + LETTERS + r"])")
_HEAD_TARGET = re.compile(r"(?<![" + LETTERS + r"])" + _TARGET_MARK)
_HEAD_VERB = re.compile(r"(?<![" + LETTERS + r"])[وف]?(?P<v>" + _ATTACK_VERB_OWN + r")(?![" + LETTERS + r"])")
_HEAD_NOUN = re.compile(r"(?<![" + LETTERS + r"])" + _PROJECTILE + r"(?:\s+(?!" + _TARGET_MARK + r"|" + _NUMBER_WORD
                        + r"\s)[^\s،,.؛:\d]+)?(?![" + LETTERS + r"])")
_VERB_NEXT = re.compile(r"(?<![" + LETTERS + r"])[وف]?" + _ATTACK_VERB_OWN + r"(?![" + LETTERS + r"])")


_INTERCEPT_HEAD = re.compile(r"(?:اعترض|أسقط|إسقاط|التصدي|تصدت|تصدى)")


# After an interception, the next item with neither verb nor noun, only "another" or a figure and where it was downed:
# "أسقطت الدفاعات مسيرة فوق X وأخرى فوق Y", "ثلاث مسيرات فوق X واثنتين فوق Y", "10 مسيرات فوق X و3 فوق Y"
_DOWNED_OVER = r"(?:فوق|في\s+أجواء|في\s+سماء|قبالة)\s"
_INTERCEPT_ITEM = re.compile(r"(?<![،,])\s(?P<and>و)(?P<n>" + _ELLIPTIC_MORE + r"|" + _NUMBER_WORD
                             + r"|اثنتين|اثنين|اثنتان|اثنان|واحدة)\s+(?=" + _DOWNED_OVER + r")")
_INTERCEPT_VERB = re.compile(r"(?<![" + LETTERS + r"])[وف]?(?:اعترض|أسقط|اسقط|دمر)(?:ت|وا|تا|ا)?(?![" + LETTERS + r"])")
_PROJECTILE_WORD = re.compile(r"(?<![" + LETTERS + r"])(?:ال)?(?P<w>" + _PROJECTILE + r")(?![" + LETTERS + r"])")


def _gapped_interceptions(text: str) -> list[tuple[int, str]]:
    """The items of an interception told place by place with the verb and the noun said once, each as (offset, text).

    "أسقطت الدفاعات الجوية ثلاث مسيرات فوق بيلغورود واثنتين فوق كورسك": the second item is read as "أسقطت ...
    اثنتين مسيرة فوق كورسك" (the verb and the noun written in front of it, the words between blanked, so offsets
    hold); "وأخرى" stands for one more of the noun. Without such an item the text is one clause.
    """
    verb = _INTERCEPT_VERB.search(text)
    items = list(_INTERCEPT_ITEM.finditer(text, verb.end())) if verb is not None else []
    noun = _PROJECTILE_WORD.search(text, verb.end(), items[0].start()) if items else None
    if noun is None:
        return [(0, text)]
    word = noun.group("w")
    one = _DUAL_TO_ONE.get(word, word)
    out, start = [], 0
    for m in items:
        out.append((start, text[start:m.start("and")]))
        start = m.start("n")
    out.append((start, text[start:]))
    carried = [out[0]]
    for off, part in out[1:]:
        figure = part.split(None, 1)[0]
        more = re.fullmatch(_ELLIPTIC_MORE, figure) is not None
        lead = text[verb.start():verb.end()] + " " + (one if more else figure + " " + word) + " "
        if verb.start() + len(lead) > off:
            carried.append((off, part))  # (no room before it: the item read as written)
            continue
        rest = " " * len(figure) + part[len(figure):]
        carried.append((verb.start(), lead + " " * (off - verb.start() - len(lead)) + rest))
    return carried


def gapped_conjuncts(text: str) -> list[tuple[int, str]]:
    """The clauses of a clause whose second incident is joined by a bare "و", each as (offset, text).

    A cut is made before "و" when what follows names its own projectile or verb of attack *and* a target
    ("وطائرة مسيرة مطار Y", "وأخرى على Y", "واستهدفت طائرة مسيرة قاعدة Y") and the words before already
    told a projectile or attack with a target of their own; a list of weapons sharing one target
    ("أطلقوا صاروخا باليستيا وطائرة مسيرة على جازان") is not cut, as its first part names no target. A
    conjunct with no verb of its own is read with the head's verb (and, when it is only "أخرى"/"ثالث",
    with the head's projectile), put in front of it with the words between blanked, so offsets hold.

    >>> [" ".join(t.split()) for _, t in gapped_conjuncts("استهدف صاروخان قاعدة حرير وطائرة مسيرة مطار السليمانية")]
    ['استهدف صاروخان قاعدة حرير', 'استهدف طائرة مسيرة مطار السليمانية']
    >>> len(gapped_conjuncts("أطلق الحوثيون صاروخا باليستيا وطائرة مسيرة على مدينة جازان"))
    1
    """
    if " و" not in text:
        return [(0, text)]
    if _INTERCEPT_ITEM.search(text) and _INTERCEPT_VERB.search(text):
        return _gapped_interceptions(text)
    out: list[tuple[int, str]] = []
    start = 0
    pos = 0
    while True:
        m = _GAPPED_CONJUNCT.search(text, pos)
        if m is None:
            break
        cut = m.start("and")
        head = text[start:cut]
        first = _HEAD_PROJECTILE.search(head)
        if first is None or _HEAD_TARGET.search(head, first.end()) is None or _INTERCEPT_HEAD.search(head) \
                or m.group("inst") is not None and _INSTRUMENTAL_RE.search(head) is None:
            # (after an interception, "وسقط صاروخ قرب Y" would become where its debris fell, an impact of the
            # downing: the sentence is left whole, as before this cut was made)
            pos = m.end("and")
            continue
        out.append((start, head))
        start = cut + 1  # (the "و" itself stays out of both clauses)
        pos = start
    if not out:
        return [(0, text)]
    out.append((start, text[start:]))
    # a conjunct with no verb of attack of its own takes the first one told before it
    verb = _HEAD_VERB.search(text, 0, out[0][0] + len(out[0][1]))
    if verb is None:
        return out
    carried = []
    for k, (off, part) in enumerate(out):
        if k and _VERB_NEXT.search(part) is None and off >= verb.end():
            lead = verb.group(0)
            more = re.match(r"\s*" + _ELLIPTIC_MORE + r"(?![" + LETTERS + r"])", part)
            if more is not None:
                # "وأخرى على Y": another of the projectile the head counted ("ثلاث قذائف هاون" → "قذائف")
                # (with the word that kinds it, if one follows: "قذائف هاون", "صواريخ كاتيوشا", "طائرات مسيرة")
                noun = _HEAD_NOUN.search(
                    text, verb.end(), out[0][0] + len(out[0][1]))
                if noun is not None and noun.end() < off:
                    words = noun.group(0).split()
                    if len(words) > 1 and (words[1] in _OBJECT_CLOSERS or words[1] in _TIME_WORDS):
                        words = words[:1]  # "صاروخان فجر اليوم": a time word, not the projectile's kind
                    one = " ".join(_DUAL_TO_ONE.get(w, w) for w in words)
                    lead = text[verb.start():verb.end()] + " " * (noun.start() - verb.end()) + one
            gap = off - (verb.start() + len(lead))
            if gap >= 0:
                part = lead + " " * gap + part
                off = verb.start()
        carried.append((off, part))
    return _share_trailing_denial(text, carried)


# A denial set off by a comma after the last of gapped conjuncts: "سقطت قذيفة على X وأخرى على Y صباح اليوم، دون
# وقوع إصابات" -- said of both shells, not of Y's alone
_TRAILING_DENIAL = re.compile(r"[،,]\s*(?=[وف]?(?:من\s+|ب)?(?:دون|عدم|لم)\s)")


def _share_trailing_denial(text: str, parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Give each earlier conjunct the "no casualties" phrase the last one ends with, after a comma.

    Only when the phrase is all that follows the comma (a short tail with a denial and no figure) and no conjunct
    states a toll of its own ("... ما أدى إلى إصابة شخص، وأخرى على Y دون وقوع إصابات": the denial is Y's alone).
    The tail is put after each earlier conjunct with the words between blanked, so offsets hold.
    """
    if len(parts) < 2 or not ("دون" in text or "لم" in text or "عدم" in text):
        return parts
    last_off, last = parts[-1]
    tail = None
    for m in _TRAILING_DENIAL.finditer(last):
        tail = m
    if tail is None or len(last[tail.end():].split()) > 10 or not no_casualties(last[tail.end():]):
        return parts
    if any(_stated(p, k) for _, p in parts for k in ("killed", "injured")):
        return parts
    at = last_off + tail.start()
    out = []
    for off, part in parts[:-1]:
        end = off + len(part)
        out.append((off, part + " " * (at - end) + text[at:]) if end <= at else (off, part))
    return out + [parts[-1]]
