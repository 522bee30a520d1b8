"""Dates as news reports write them, resolved against the publication date.

:func:`find_dates` finds date phrases in a sentence (English, French, Arabic) and turns
each into a :class:`~geo_events.models.DateSpan` with a precision in the spirit of
ACLED's time_precision: ``day`` ("Monday evening", "le 20 février", "March 3"),
``week`` ("at the end of February", "a week after the attack"), ``month``
("in January 2020"), ``year``.  Absolute phrases go through dateparser; weekday
names and relative phrases are counted back from the publication date here, because
their meaning ("Monday" = the latest Monday on or before publication) is a rule of
news writing, not of calendars.  Phrases told from the incident before ("two days later",
"hours later", "le lendemain", "بعد ساعات") are counted from it; "in recent months",
"ces dernières semaines", "خلال الأشهر الماضية" mark a background period, like "since".
Calendar periods ("last week", "earlier this month", "le mois dernier", "الأسبوع الماضي") are
counted from the publication date; a night across two days ("dans la nuit de mercredi à
jeudi", "la nuit du 7 au 8 mars", "ليل السبت الأحد") spans both, as the gold sets code it.
A wire dateline ("BAGHDAD, March 16 (Reuters) -") is found but dates no incident: its
mention has kind ``"dateline"`` and no span (:func:`dateline_date` reads it).

A sentence is tokenised once to see which patterns can match at all (most clauses of a report
hold no date), and the date phrases of a text are cached, since wire copy repeats sentences.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .models import DateSpan
from .patterns import _opened

MONTHS = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "janv": 1, "fév": 2, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12,
    # Arabic: Gregorian (Egypt/Gulf) and Syriac (Levant, Iraq) month names
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
    "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10,
    "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
}

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4,
    "السبت": 5, "الأحد": 6, "الاحد": 6,
}

# Days back from publication for relative words.
RELATIVE_DAYS = {
    "today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0, "earlier today": 0,
    "overnight": 0, "last night": 1, "yesterday": 1, "the day before yesterday": 2,
    "aujourd'hui": 0, "ce matin": 0, "cet après-midi": 0, "ce soir": 0, "cette nuit": 0, "dans la nuit": 0,
    # "pendant la nuit", "durant la nuit", "au cours de la nuit": the French of "overnight", the night just past
    "pendant la nuit": 0, "durant la nuit": 0, "au cours de la nuit": 0,
    "hier": 1, "hier soir": 1, "hier matin": 1, "hier après-midi": 1, "avant-hier": 2, "la nuit dernière": 1,
    "اليوم": 0, "فجر اليوم": 0, "صباح اليوم": 0, "مساء اليوم": 0, "الليلة الماضية": 1, "أمس": 1, "امس": 1,
    "مساء أمس": 1, "مساء امس": 1, "ليل أمس": 1, "فجر أمس": 1, "أول أمس": 2, "اول امس": 2,
    "later today": 0, "أول من أمس": 2, "اول من امس": 2, "أمس الأول": 2, "امس الاول": 2,
    # "البارحة" is "yesterday" (and "ليلة البارحة" "last night"), in the evening's day like "last night"
    "البارحة": 1, "مساء البارحة": 1, "ليل البارحة": 1, "ليلة البارحة": 1, "فجر البارحة": 1, "صباح البارحة": 1,
    "خلال الليل": 0, "خلال الليلة الماضية": 1,
    # the night before last, and the parts of the day before yesterday ("الليلة قبل الماضية", "مساء أول أمس")
    "الليلة قبل الماضية": 2, "ليلة أول أمس": 2, "ليل أول أمس": 2, "مساء أول أمس": 2, "فجر أول أمس": 2,
    "صباح أول أمس": 2, "ليلة أول من أمس": 2, "ليل أول من أمس": 2, "مساء أول من أمس": 2, "فجر أول من أمس": 2,
}

# Relative words for the night before the report, across midnight.
_NIGHT_OF_PUBLICATION = frozenset({"overnight", "dans la nuit", "cette nuit", "pendant la nuit", "durant la nuit",
                                   "au cours de la nuit", "خلال الليل"})
# the words for the side of midnight before it ("shortly before midnight", "قبيل منتصف الليل"); the others are after it
_BEFORE_SIDES = ("before", "avant", "قبيل", "قبل")

# Part of a month -> (first day, last day or None for the month's end).
PERIODS = {
    "early": (1, 10), "the beginning of": (1, 10), "beginning of": (1, 10), "the start of": (1, 10),
    "start of": (1, 10), "mid": (11, 20), "mid-": (11, 20), "the middle of": (11, 20), "middle of": (11, 20),
    "late": (21, None), "the end of": (21, None), "end of": (21, None),
    "début": (1, 10), "au début de": (1, 10), "début de": (1, 10), "mi": (11, 20), "mi-": (11, 20),
    "à la mi": (11, 20), "fin": (21, None), "fin de": (21, None), "à la fin de": (21, None),
    "au début": (1, 10), "à la fin": (21, None),
    "أوائل": (1, 10), "اوائل": (1, 10), "مطلع": (1, 10), "بداية": (1, 10), "بدايات": (1, 10), "منتصف": (11, 20),
    "أواسط": (11, 20), "اواسط": (11, 20), "أواخر": (21, None), "اواخر": (21, None), "نهاية": (21, None),
    "نهايات": (21, None),
}

UNITS = {"day": 1, "days": 1, "jour": 1, "jours": 1, "week": 7, "weeks": 7, "semaine": 7, "semaines": 7,
         "يوم": 1, "أيام": 1, "ايام": 1, "أسبوع": 7, "اسبوع": 7, "أسابيع": 7, "اسابيع": 7,
         "يومين": 1, "أسبوعين": 7, "اسبوعين": 7}
# Arabic duals hold their count: "بعد يومين" = two days later.
DUALS = {"يومين": 2, "أسبوعين": 2, "اسبوعين": 2}

SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10,
         "seven": 7, "eight": 8, "nine": 9,
         "une": 1, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "quinze": 15,
         "واحد": 1, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6,
         "سبعة": 7, "سبع": 7, "عشرة": 10}

# The counts of hours and days a window is told in ("the past twenty-four hours", "الساعات الثماني والأربعين الماضية").
_WINDOW_NUMBERS = {"twenty-four": 24, "twenty four": 24, "forty-eight": 48, "forty eight": 48, "seventy-two": 72,
                   "two": 2, "three": 3, "seven": 7, "vingt-quatre": 24, "quarante-huit": 48, "soixante-douze": 72,
                   "deux": 2, "trois": 3, "sept": 7, "الأربع والعشرين": 24, "الاربع والعشرين": 24,
                   "الثماني والأربعين": 48, "الثماني والاربعين": 48, "الثمانية والأربعين": 48, "الاثنتين والسبعين": 72,
                   "السبعة": 7, "الثلاثة": 3}

# Arabic ordinal days ("في الخامس عشر من مارس"), written out.
_AR_UNITS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
AR_ORDINALS = {w: i + 1 for i, w in enumerate(_AR_UNITS)}
AR_ORDINALS.update({"الاول": 1, "العاشر": 10, "الحادي عشر": 11, "الثاني عشر": 12, "العشرين": 20, "الثلاثين": 30})
AR_ORDINALS.update({w + " عشر": i + 1 + 10 for i, w in enumerate(_AR_UNITS) if i >= 2})
AR_ORDINALS.update({(("الحادي" if i == 0 else w) + " والعشرين"): 21 + i for i, w in enumerate(_AR_UNITS)})
AR_ORDINALS["الحادي والثلاثين"] = 31


# Letters that re.IGNORECASE takes for i and s but str.lower() keeps apart ("FRİDAY" matches).
_CASE_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _fold(text: str) -> str:
    """``text`` lower-cased as re.IGNORECASE compares it, to look a matched phrase up."""
    return text.translate(_CASE_FOLD).lower() if not text.isascii() and _RARE_CASE.search(text) else text.lower()


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH = _alt(MONTHS)
# "آذار/مارس", "آذار (مارس)": Arabic papers give the Syriac and the Gregorian name together.
_MONTH_PAIR = r"(?:\s*(?:/|\(|-)\s*(?:" + _MONTH + r")\)?)?"
_WEEKDAY = _alt(WEEKDAYS)
_PART = r"(?:\s+(?:morning|afternoon|evening|night|matin|soir|après-midi|midi|soirée|dernier|dernière|الماضي|الماضية|مساء|صباح|ليلة|فجر))?"
# the year, also as "March of 2022", "mars de l'année 2022", "آذار عام 2022", "آذار من عام ٢٠٢٢"
_YEAR = (r"(?:,?\s+(?:of\s+|de\s+l['’]ann[ée]e\s+|(?:من\s+)?(?:عام|سنة)\s+)?"
         r"(?P<year>(?:19|20|١٩|٢٠)\d\d))?")
_DAYNUM = r"(?P<day>[0-3]?\d|[٠-٣]?[٠-٩])(?:st|nd|rd|th|er)?"
_PERIOD = _alt(PERIODS)
_AR_ORDINAL = _alt(AR_ORDINALS)
_N = r"(?P<n>\d+|" + _alt(SMALL) + r")"

PATTERNS = [
    ("numeric", re.compile(r"(?<![\w/.-])(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))(?![\w/-])(?!\.\d)")),
    # "late October", "mid-to-late March", "au début du mois de mars", "في أواخر شهر تشرين الأول"
    ("period", re.compile(r"(?<!\w)(?:(?P<from>early|mid)[\s-]+to[\s-]+)?(?P<period>" + _PERIOD + r")"
                          r"(?:\s+du\s+mois\s+(?:de\s+|d['’])|\s+(?:of\s+)?the\s+month\s+of\s+|\s+(?:من\s+)?شهر\s+|[\s-]?)"
                          r"(?P<month>" + _MONTH + r")" + _MONTH_PAIR + _YEAR + r"(?!\w)", re.I)),
    # "la nuit du 14 au 15 mars", "the night of 14-15 March", "the night of March 14 to 15"; across a month's end
    # the first day has its own month (and maybe year): "la nuit du 31 décembre (2023) au 1er janvier", "the night of
    # December 31 to January 1"
    ("night_dates", re.compile(
        r"(?<!\w)(?:(?:dans\s+)?la\s+nuit\s+du|(?:on\s+|in\s+)?the\s+night\s+of)\s+(?:(?P<month1>" + _MONTH + r")\s+)?"
        r"(?P<d1>[0-3]?\d)(?:er|st|nd|rd|th)?(?:\s+(?:of\s+)?(?P<month0>" + _MONTH + r")(?:\s+(?P<year0>(?:19|20)\d\d))?)?"
        r"\s*(?:au|to|into|-|–|and)\s*(?:(?P<month2>" + _MONTH + r")\s+)?(?P<d2>[0-3]?\d)(?:er|st|nd|rd|th)?"
        r"(?:\s+(?P<month>" + _MONTH + r"))?" + _YEAR + r"(?!\w)", re.I)),
    # two days or more of one month: "les 18 et 19 octobre", "on October 18 and 19", "18-19 October", "du 30
    # septembre au 2 octobre", "between 3 and 5 May", "يومي 18 و19 تشرين الأول" (read before either day alone)
    ("day_range", re.compile(
        r"(?<![\w/.,-])(?:(?P<d1>[0-3]?\d)(?:er|st|nd|rd|th)?(?:\s+(?:de\s+|of\s+)?(?P<month1>" + _MONTH + r"))?"
        r"(?:\s*,\s*[0-3]?\d(?:st|nd|rd|th)?)*"
        r"\s*(?:-|–|and|et|au|to|through|until|jusqu['’]au|و|إلى|الى|حتى)\s*(?:le\s+)?(?P<d2>[0-3]?\d)(?:er|st|nd|rd|th)?"
        r"\s+(?:de\s+|of\s+)?(?:(?:من\s+)?شهر\s+)?(?P<month>" + _MONTH + r")\.?" + _MONTH_PAIR
        + r"|(?P<month2>" + _MONTH + r")\.?\s+(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*,\s*[0-3]?\d(?:st|nd|rd|th)?)*"
        r"\s*(?:-|–|and|to|through|until)\s*(?P<d4>[0-3]?\d)(?:st|nd|rd|th)?(?![\w:.]\d))" + _YEAR + r"(?!\w)", re.I)),
    ("month_day", re.compile(r"(?<!\w)(?P<month>" + _MONTH + r")\.?\s+" + _DAYNUM + _YEAR + r"(?!\w)", re.I)),
    ("day_month", re.compile(r"(?<!\w)(?:الـ?\s*)?" + _DAYNUM + r"\s+(?:de\s+|of\s+|من\s+(?:شهر\s+)?)?(?P<month>" + _MONTH + r")\.?" + _MONTH_PAIR + _YEAR
                             + r"(?!\w)", re.I)),
    ("ar_ordinal", re.compile(r"(?<!\w)(?P<ord>" + _AR_ORDINAL + r")\s+(?:من\s+)?(?:شهر\s+)?(?P<month>" + _MONTH + r")"
                              + _MONTH_PAIR + _YEAR + r"(?!\w)")),
    # "يوم الخميس الثاني عشر من الشهر الجاري", "في 3 من الشهر الماضي": a day of the month of publication (or the
    # one before), the weekday said with it only a check (read before the weekday alone)
    ("ar_this_month", re.compile(
        r"(?<!\w)(?:(?:يوم\s+)?(?P<wd>" + _WEEKDAY + r")\s+(?:الموافق\s+)?)?(?:(?P<ord>" + _AR_ORDINAL
        + r")|(?:الـ?\s*)?(?P<dnum>[0-3]?\d))\s+من\s+(?:(?:ال)?شهر\s+(?P<which>الجاري|الحالي|الماضي|المنصرم|السابق)"
        r"|هذا\s+الشهر)(?!\w)")),
    ("relative_after", re.compile(
        r"(?<!\w)(?:(?:(?:à peine|barely|just|only|about|some)\s+)?" + _N + r"\s+(?P<unit>" + _alt(UNITS)
        + r")\s+(?:(?:à peine|barely|just)\s+)?(?:after|later|après|plus tard|بعد)"
        r"|و?(?:بعد|عقب)\s+(?:(?P<ar_n>\d+|" + _alt(SMALL) + r")\s+)?(?P<ar_unit>" + _alt(UNITS) + r"))(?!\w)", re.I)),
    # "two days earlier", "trois jours plus tôt", "قبل ذلك بيومين": counted back from the incident told
    ("relative_before", re.compile(
        r"(?<!\w)(?:" + _N + r"\s+(?P<unit>" + _alt(UNITS) + r")\s+(?:earlier|before|plus tôt|auparavant|avant)"
        r"|قبل\s+ذلك\s+ب(?:(?P<ar_n>\d+|" + _alt(SMALL) + r")\s+)?(?P<ar_unit>" + _alt(UNITS) + r"))(?!\w)", re.I)),
    # "three days ago", "il y a trois jours", "قبل ثلاثة أيام": counted back from publication.  Arabic says it with
    # "منذ" as often ("استشهد ... منذ يومين": two days ago, told of a past act); "قبل يومين من الهجوم" counts from
    # another day (the word "من" after the unit, not a word that begins with it: "قبل ثلاثة أيام منزلا")
    ("ago", re.compile(
        r"(?<!\w)(?:" + _N + r"\s+(?P<unit>" + _alt(UNITS) + r")\s+ago|il\s+y\s+a\s+(?P<fr_n>\d+|" + _alt(SMALL)
        + r")\s+(?P<fr_unit>" + _alt(UNITS) + r")|(?:قبل|منذ)\s+(?:(?P<ar_n>\d+|" + _alt(SMALL) + r")\s+)?(?P<ar_unit>"
        + _alt(UNITS) + r")(?!\s+من(?!\w)))(?!\w)", re.I)),
    ("two_days", re.compile(r"(?<!\w)(?:(?P<after>le\s+surlendemain)|(?P<before>l['’]avant[- ]veille|avant[- ]veille))(?!\w)",
                            re.I)),
    ("overnight", re.compile(r"(?<!\w)(?:(?:dans )?la nuit (?:de|du) (?P<w1>" + _WEEKDAY + r") (?:à|au) (?P<w2>" + _WEEKDAY
                             + r")|(?:overnight|(?:(?:on|in|during) )?the night) (?:from |of )?(?P<w3>" + _WEEKDAY
                             + r") (?:to|into|and) (?P<w4>" + _WEEKDAY + r")"
                             # "Saturday night into Sunday", "late on Saturday night and into Sunday", "Saturday night until
                             # early Sunday"
                             r"|(?P<w5>" + _WEEKDAY + r") night,?\s+(?:and\s+)?(?:into|to|until|till)\s+(?:(?:the\s+)?early\s+(?:hours\s+of\s+)?)?"
                             r"(?P<w6>" + _WEEKDAY + r")"
                             # "overnight into Sunday", "in the night to Sunday", "overnight into early Sunday": the night
                             # that ended on that day, told by its second day alone (Saturday-Sunday); "overnight and
                             # into Sunday" alike
                             r"|(?:overnight|(?:(?:on|in|during) )?the night),?\s+(?:and\s+)?(?:into|to)\s+(?:(?:the\s+)?early\s+(?:hours\s+of\s+)?)?"
                             r"(?P<w9>" + _WEEKDAY + r")"
                             # "ليل السبت الأحد", "ليلة السبت على الأحد", "ليل السبت وحتى فجر الأحد"
                             r"|(?:ليل|ليلة) (?:(?:يوم|يومي) )?(?P<w7>" + _WEEKDAY + r")\s*(?:-|/|–|إلى|الى|على|و|وحتى|حتى)?\s*"
                             r"(?:(?:فجر|صباح)\s+(?:يوم\s+)?)?(?P<w8>" + _WEEKDAY + r"))(?!\w)", re.I)),
    ("next_day", re.compile(r"(?<!\w)(?:the next day|the following day|le lendemain|و?في اليوم التالي)(?!\w)", re.I)),
    # "later that day", "plus tard dans la soirée", "في وقت لاحق من المساء": the day of the incident told
    ("later_same_day", re.compile(
        r"(?<!\w)(?:later\s+(?:that|the\s+same|in\s+the|on\s+that)\s+(?:day|evening|night|afternoon|morning)"
        r"|that\s+(?:same\s+)?(?:evening|afternoon)|plus\s+tard\s+(?:dans\s+la\s+(?:journée|soirée|nuit|matinée)|le\s+même\s+jour)"
        r"|(?:le|ce)\s+(?:soir|matin)(?:-là|\s+même)|dans\s+la\s+(?:soirée|journée)(?!\s+(?:de|du|d['’])\W)"
        r"|و?في\s+وقت\s+لاحق\s+من\s+(?P<ar_part>اليوم|المساء|الليل|الليلة|مساء\s+اليوم|ذلك\s+اليوم|اليوم\s+(?:نفسه|ذاته)|ذات\s+اليوم|النهار))(?!\w)",
        re.I)),
    # "au même moment", "at the same moment", "في الوقت نفسه": the time of the incident told before, so its day
    ("same_day", re.compile(r"(?<!\w)(?:(?:on |later )?the same day|(?:le )?même jour|au même moment|at the same moment|و?في (?:اليوم|الوقت) (?:نفسه|ذاته)|و?في (?:نفس|ذات|ذلك) اليوم|و?في وقت سابق من اليوم (?:نفسه|ذاته))(?!\w)", re.I)),
    # "that day", "on that day", "ce jour-là", "ce même jour", "le jour même": the day of the incident told before
    ("that_day", re.compile(r"(?<!\w)(?:(?:on\s+)?that\s+(?:very\s+|same\s+)?day|ce\s+(?:même\s+)?jour(?:-là|\s+là)|"
                            r"ce\s+même\s+jour|le\s+jour\s+même)(?![\w-])", re.I)),
    # (not "the day before yesterday": a day counted from the report's, two back)
    ("previous_day", re.compile(r"(?<!\w)(?:the (?:day|night) before(?!\s+yesterday)|a day earlier|the previous (?:day|night|evening|morning|afternoon)|the (?:evening|morning) before(?!\s+(?:yesterday|last))|la veille(?: au (?:soir|matin))?|la nuit (?:précédente|d['’]avant)|"
                                r"و?في اليوم السابق|و?قبل ذلك بيوم|و?في الليلة السابقة)(?!\w)", re.I)),
    # "Hours later": the incident told before, or the day after it (the hours may cross midnight).
    # "The strikes came hours after ...", "quelques heures après l'attaque", "بعد نحو ساعتين من مقتل": within hours of
    # the incident told, on its day (an hour count told from another event, not the adverb "hours later")
    ("hours_after_event", re.compile(
        r"(?<!\w)(?:(?:(?:a|an|a few|a couple of|several|some|just|only|about|barely|one|two|three|four|five|six|\d+|"
        r"une|quelques|plusieurs|deux|trois|quatre|cinq|six)\s+)?(?:hours?\s+(?:after|before)(?=\s+[^\W\d])"
        r"|heures?\s+(?:après|avant)(?=\s+(?:l['’]|les?\s|la\s|une?\s|que\s|qu['’]|avoir\s))"
        r")|و?(?:بعد|عقب|قبل)\s+(?:نحو\s+|حوالي\s+|قرابة\s+)?(?:بضع\s+|عدة\s+)?(?:ساعات|ساعة|ساعتين)\s+(?:من|على)(?=\s))",
        re.I)),
    ("hours_later", re.compile(
        r"(?<!\w)(?:(?:(?:a|an|a few|a couple of|several|some|just|only|about|barely|one|two|three|four|five|six|\d+|"
        r"une|quelques|plusieurs|deux|trois|quatre|cinq|six)\s+)?(?:hours?|heures?)\s+(?:later|afterwards?|plus tard|après)"
        r"|و?(?:بعد|عقب)\s+(?:نحو\s+|حوالي\s+|قرابة\s+)?(?:بضع\s+|عدة\s+)?(?:ساعات|ساعة|ساعتين))(?!\w)", re.I)),
    # "في وقت لاحق" ("later"): read like "hours later"
    ("later_vague", re.compile(r"(?<!\w)و?في\s+وقت\s+لاحق(?!\w)")),
    ("minutes_later", re.compile(
        r"(?<!\w)(?:(?:(?:a few|several|some|just|only|about|barely|\d+|quelques|plusieurs)\s+)?minutes?\s+"
        r"(?:later|afterwards?|plus tard|après)|و?(?:بعد|عقب)\s+(?:بضع\s+|عدة\s+)?(?:دقائق|دقيقة|دقيقتين))(?!\w)", re.I)),
    ("hours_earlier", re.compile(
        r"(?<!\w)(?:(?:(?:a few|several|some|just|only|about|\d+|quelques|plusieurs)\s+)?(?:hours?\s+earlier|heures?\s+plus\s+tôt)"
        r"|قبل\s+ذلك\s+(?:ب|ببضع\s+)(?:ساعات|ساعة|ساعتين))(?!\w)", re.I)),
    # "over the past 24 hours", "au cours des dernières 24 heures", "خلال الساعات الـ24 الماضية", "the past week": the
    # window a daily summary covers, ending on the day it was told (see _window_of_statement)
    ("past_window", re.compile(
        r"(?<!\w)(?:(?:over|in|during|within|for|throughout)\s+the\s+(?:past|last|previous)\s+(?:(?:(?P<en_n>\d+|"
        + _alt(_WINDOW_NUMBERS) + r"|few|several|couple\s+of)\s+)?(?P<en_unit>hours|hour|day|week)"
        r"|(?P<en_dn>\d+|" + _alt(_WINDOW_NUMBERS) + r")\s+days)(?!\s+(?:of|before|after)\b)"
        r"|(?:au\s+cours\s+des|durant\s+les|pendant\s+les|dans\s+les|lors\s+des|sur\s+les|ces)\s+(?:(?P<fr_n>\d+|"
        + _alt(_WINDOW_NUMBERS) + r")\s+(?:dernières\s+heures|derniers\s+jours)|dernières\s+(?:(?P<fr_n2>\d+|"
        + _alt(_WINDOW_NUMBERS) + r")\s+)?heures|derniers\s+(?P<fr_n3>\d+|" + _alt(_WINDOW_NUMBERS) + r")\s+jours)"
        r"|(?:en|depuis)\s+(?P<fr_n4>24|48|72|vingt-quatre|quarante-huit|soixante-douze)\s+heures"
        r"|(?:au\s+cours\s+de|durant|pendant|sur)\s+la\s+(?:journée\s+(?:écoulée|passée)|semaine\s+écoulée)"
        r"|(?:و?(?:خلال|في|طوال|طيلة|على\s+مدار|على\s+مدى))\s+(?:"
        r"(?:ال)?ساعات\s+(?:(?:الـ\s*|ال)?(?P<ar_n>\d+|" + _alt(_WINDOW_NUMBERS) + r"|القليلة)\s+)?"
        r"(?:الماضية|الأخيرة|المنصرمة|الفائتة)"
        r"|(?:الـ\s*|ال)?(?P<ar_n2>\d+)\s+ساعة\s+(?:الماضية|الأخيرة|المنصرمة|الفائتة)"
        r"|(?:ال)?آخر\s+(?P<ar_n3>\d+)\s+ساعة"
        # (not "اليوم الأخير للهدنة", the truce's last day)
        r"|(?P<ar_day>(?:ال)?يوم\s+(?:الماضي|المنصرم))(?!\s+من(?!\w))"
        r"|(?:ال)?أيام\s+(?P<ar_n4>السبعة|الثلاثة|\d+)\s+(?:الماضية|الأخيرة|المنصرمة)))(?!\w)", re.I)),
    # "in recent months", "ces dernières semaines", "خلال الأشهر الماضية": a background period,
    # the time a summary of past attacks covers (read like "since ..."), not an incident's date.
    ("recent_period", re.compile(
        r"(?<!\w)(?:(?:in|over|during|for|throughout)\s+(?:the\s+)?(?:past|last|recent)\s+(?:(?:few|several|couple of|\d+|"
        r"two|three|four|five|six|eighteen|twelve)\s+)?(?P<unit_en>weeks|months|years)|in\s+recent\s+(?P<unit_en2>weeks|months|years)"
        r"|(?:ces|les|au cours des|durant les|pendant les|depuis)\s+(?:(?:deux|trois|quatre|six|\d+)\s+)?(?:derniers|dernières)\s+"
        r"(?P<unit_fr>semaines|mois|années)"
        r"|(?:خلال|في|طوال)\s+(?P<unit_ar>الأسابيع|الأشهر|الشهور|السنوات|الأعوام)\s+(?:الماضية|الأخيرة|القليلة\s+الماضية))(?!\w)",
        re.I)),
    # "last week", "earlier this month", "le mois dernier", "الأسبوع الماضي": calendar periods before publication
    ("calendar", re.compile(
        r"(?<!\w)(?:(?P<last_week>last\s+week|(?:la\s+)?semaine\s+(?:dernière|passée)|(?:الأسبوع|الاسبوع)\s+الماضي)"
        r"|(?P<this_week>(?:earlier\s+)?this\s+week|cette\s+semaine|en\s+début\s+de\s+semaine|(?:هذا|مطلع)\s+(?:الأسبوع|الاسبوع)"
        r"|(?:الأسبوع|الاسبوع)\s+(?:الجاري|الحالي))"
        r"|(?P<last_month>last\s+month|(?:le\s+)?mois\s+(?:dernier|passé)|الشهر\s+الماضي)"
        # "early this month", "au début du mois", "مطلع الشهر الجاري": the month's first days (before "this month")
        r"|(?P<early_month>(?:early|at\s+the\s+(?:start|beginning)\s+of)\s+this\s+month"
        r"|(?:au|en)\s+début\s+(?:du|de)\s+mois(?:\s+en\s+cours)?|début\s+du\s+mois\s+en\s+cours"
        r"|(?:مطلع|أوائل|اوائل|بداية)\s+(?:هذا\s+الشهر|الشهر\s+(?:الجاري|الحالي)))"
        r"|(?P<this_month>(?P<earlier>earlier\s+)?this\s+month|(?P<plus_tot>plus\s+tôt\s+)?ce\s+mois(?:-ci)?"
        r"|du\s+mois\s+en\s+cours|(?P<ar_earlier>و?في\s+وقت\s+سابق\s+من\s+)?هذا\s+الشهر|الشهر\s+(?:الجاري|الحالي))"
        r"|(?P<last_year>last\s+year|l['’]année\s+(?:dernière|passée)|l['’]an\s+dernier|(?:العام|السنة)\s+(?:الماضي|الماضية))"
        r"|(?P<weekend>(?:at|over|during|on)\s+the\s+weekend|(?:this|last)\s+weekend|(?:le|ce)\s+week-?end(?:\s+dernier)?"
        r"|عطلة\s+نهاية\s+(?:الأسبوع|الاسبوع)))(?!\w)", re.I)),
    ("relative", re.compile(r"(?<!\w)(?:" + _alt(RELATIVE_DAYS) + r")(?!\w)", re.I)),
    # ("يومي الثلاثاء والأربعاء": the second weekday of a pair carries the conjunction)
    ("weekday", re.compile(r"(?<!\w)(?:(?:(?:late|early)\s+on|on|last|this|early|late)\s+|(?:يوم|ليلة|مساء|صباح|فجر)\s+|و(?=ال))?(?P<weekday>"
                           + _WEEKDAY + r")" + _PART + r"(?!\w)", re.I)),
    # ("Last October, strikes on a camp killed nine": a month told with "last" and no preposition)
    # (capitalised after "last": "his last march" is a walk)
    ("month", re.compile(r"(?<!\w)(?:(?:in|en|au mois de|في|خلال)\s+|(?-i:[Ll]ast|[Tt]his past)\s+(?-i:(?=[A-Z])))(?:شهر\s+)?(?P<month>" + _MONTH + r")" + _MONTH_PAIR + _YEAR
                         + r"(?!\w)", re.I)),
    # a month with its year and no preposition: "since March 2022", "depuis mars 2022", "منذ آذار 2022", "the
    # October 2019 incursion" (a month without a year and a preposition is too often a word of another sense)
    ("month_year", re.compile(r"(?<!\w)(?P<month>" + _MONTH + r")" + _MONTH_PAIR + r",?\s+(?:of\s+|de\s+l['’]ann[ée]e\s+|"
                              r"(?:من\s+)?(?:عام|سنة)\s+)?(?P<year>(?:19|20|١٩|٢٠)\d\d)(?!\w)", re.I)),
    ("year", re.compile(r"(?<!\w)(?:in|en|في|(?:في\s+)?(?:ال)?(?:عام|سنة))\s+(?P<year>(?:19|20|١٩|٢٠)\d\d)(?!\w)", re.I)),
    # a year told as an attribute: "the 2019 attack", "Iran's 2020 strike", "la frappe de 2019", "هجوم 2019"; the
    # pattern finds the year, _attributive_year reads the words around it (and leaves counts out: "the 2000 troops")
    ("year_attr", re.compile(r"(?<![\w.,])(?P<year>(?:19|20|١٩|٢٠)\d\d)(?!\w)(?![.,]\d)")),
    # a bare day of the month: "on the 10th", "le 10", "le 10 courant", "Le 12, un drone ...": the latest such day
    # on or before publication (only before a stop or a word that cannot be a noun the number counts: not "the
    # 10th Division", "le 10 km")
    ("bare_day", re.compile(
        r"(?<![\w'’])(?:(?:[Oo]n|[Bb]y|[Ll]ate on|[Ee]arly on) the\s+(?P<bd>[0-3]?\d)(?:st|nd|rd|th)"
        r"|[Ll]e\s+(?P<fd>[0-3]?\d)(?:er)?(?:\s+courant)?)"
        r"(?=\s*(?:[,.;:)»\"”]|$)|\s+(?:at|in|when|as|after|before|and|around|à|au|aux|dans|vers|lorsque|quand|et|"
        r"peu|en|of this month|du mois|this month|ce mois)\b)")),
    # "shortly before midnight", "peu avant minuit", "قبيل منتصف الليل": which day of the night told before
    ("midnight", re.compile(
        r"(?<!\w)(?:(?:shortly|just|a little|some time|sometime|soon)\s+(?P<side_en>before|after)\s+midnight"
        r"|(?:peu|juste|un peu)\s+(?P<side_fr>avant|après)\s+minuit"
        r"|(?P<side_ar>قبيل|قبل|بعيد|بعد)\s+منتصف\s+(?:الليل|الليلة)"
        # "around midnight", "vers minuit", "قرابة منتصف الليل": no side, the night told as it is
        r"|(?:around|about|near|at|towards?)\s+midnight|(?:vers|autour\s+de|à|aux\s+alentours\s+de)\s+minuit"
        r"|(?:قرابة|حوالي|نحو|عند)\s+(?:الساعة\s+)?منتصف\s+(?:الليل|الليلة))(?!\w)", re.I)),
]
# Each behind a look-ahead on the characters its matches can start with (the same matches: the engine passes over
# the other positions at once instead of trying the pattern's alternations at each).
PATTERNS = [(kind, _opened(pattern)) for kind, pattern in PATTERNS]

# How far back "the past weeks / months / years" reaches.
_PERIOD_DAYS = {"weeks": 30, "semaines": 30, "الأسابيع": 30, "months": 180, "mois": 180, "الأشهر": 180, "الشهور": 180,
                "years": 3 * 365, "années": 3 * 365, "السنوات": 3 * 365, "الأعوام": 3 * 365}

SINCE = re.compile(r"(?:since|depuis|منذ)\s*$", re.I)
# "since the war began on 7 October", "منذ اندلاع الحرب في غزة في السابع من أكتوبر": a few words
# between "since" and the date, none of them a clause break (more when they name the start
# of a period: "since the start of the war in Gaza on 7 October")
_SINCE_WORD = re.compile(r"(?<!\w)(?:since|depuis|منذ)(?!\w)", re.I)
_SINCE_GAP = re.compile(r"(?:\s+(?P<word>[^\s,.;:،؛()\d]+)){1,9}\s+")
_SINCE_WORDS, _SINCE_WORDS_PERIOD = 6, 9
_SINCE_FAR_CHARS = 90
# Words that open the phrase after "since"/"depuis" and make it a period's start: "depuis le
# début de la guerre", "since the outbreak of fighting", "منذ اندلاع المعارك".
_PERIOD_HEADS = frozenset("""
début commencement déclenchement éclatement lancement reprise fin guerre conflit combats hostilités attaque
attaques attentat attentats offensive invasion opération massacre massacres trêve cessez-le-feu accord escalade
entrée mi veille lendemain que qu noël ramadan aïd aid pâques élection élections chute mort assassinat arrivée
start beginning outbreak onset end war conflict fighting hostilities attack attacks invasion offensive operation
escalation ceasefire truce
بدء بداية اندلاع مطلع انطلاق الحرب هجوم الهجوم
""".split())
# French "depuis" is also "from" a place: "tirés depuis le Yémen", "lancées depuis le sud du
# Liban", "depuis un navire".  Such a phrase opens on a proper name or a word of place.
_PLACE_HEADS = frozenset("""
sud nord est ouest centre territoire territoires bande zone zones région secteur secteurs côté frontière frontières
localité localités village villages ville villes position positions base bases mer large air ciel rive plateau
montagne montagnes colline collines hauteurs périphérie banlieue province gouvernorat district quartier quartiers
camp vallée désert intérieur étranger plage port aéroport site sites sol pays enclave navire navires bateau
bateaux sous-marin avion avions hélicoptère drone drones lanceur lanceurs plateforme véhicule véhicules camion
abords environs alentours large bord champs champ terrain terrains
""".split())
# A pronoun for earlier attacks after "since"/"depuis": "les premières frappes depuis celles du 10 février", "the first
# since those of 10 February": the date is the day of those attacks (told in the relative after it), no period's start
_EARLIER_ONES = frozenset(("celle", "celles", "celui", "ceux", "those"))
_FR_SKIP = frozenset("le la les l du des de d un une son sa ses leur leurs ce cet cette ces".split())
# A launch verb just before "depuis": "tirés depuis ...", "a décollé depuis ...", "des tirs depuis ...".
_LAUNCH_BEFORE_DEPUIS = re.compile(r"(?<!\w)(?:tir|lanc|décoll|decoll|envoy|propuls|part|ven|parven|provenan)\w*"
                                   r"(?:\s+\w+){0,2}\s+$", re.I)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    span: Optional[DateSpan]  # None when the phrase needs a publication date that is unknown
    kind: str
    since: bool = False  # "since mid-February": the start of a period, not the date of an event
    relative_to_previous: bool = False  # "a week after the attack": counted from the previous event


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _infer_year(month: int, day: int, published: Optional[dt.date], year: Optional[int]) -> Optional[int]:
    if year:
        return year
    if published is None:
        return None
    # News reports the past: a date later than publication (beyond a day's slack) is last year's.
    candidate = dt.date(published.year, month, min(day, _month_end(published.year, month)))
    return published.year - 1 if candidate > published + dt.timedelta(days=1) else published.year


@lru_cache(maxsize=4096)
def _dateparser_numeric(phrase: str, lang: str) -> Optional[dt.date]:
    """Numeric dates ("15/03/2021", "3/15/21", "2021-03-15") through dateparser, which knows each
    language's day/month order (French and Arabic day first, US English month first)."""
    import dateparser

    languages = [lang] if lang in ("en", "fr", "ar") else None
    parsed = dateparser.parse(phrase, languages=languages, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def _day_month(m: re.Match, lang: str, published: Optional[dt.date]) -> Optional[DateSpan]:
    month = MONTHS[_fold(m.group("month"))]
    day = int(m.group("day").translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
    if day < 1:
        return None  # "March 0": not a date (and no year to infer)
    year = _infer_year(month, day, published, int(m.group("year")) if m.group("year") else None)
    if year is None or not 1 <= day <= _month_end(year, month):
        return None
    date = dt.date(year, month, day)
    return DateSpan(date, date, "day", m.group(0))


def _resolve(kind: str, m: re.Match, lang: str, published: Optional[dt.date],
             previous: Optional[DateSpan]) -> Optional[DateSpan]:
    text = m.group(0)
    if kind == "numeric":
        date = _dateparser_numeric(text, lang)
        return DateSpan(date, date, "day", text) if date else None
    if kind in ("month_day", "day_month"):
        return _day_month(m, lang, published)
    if kind == "period":
        month = MONTHS[_fold(m.group("month"))]
        year = _infer_year(month, 1, published, int(m.group("year")) if m.group("year") else None)
        if year is None:
            return None
        first, last = PERIODS[_fold(m.group("period"))]
        if m.group("from"):  # "mid-to-late March": from the first part's start
            first = PERIODS[_fold(m.group("from"))][0]
        last = last or _month_end(year, month)
        return DateSpan(dt.date(year, month, first), dt.date(year, month, last), "week", text)
    if kind in ("month", "month_year"):
        month = MONTHS[_fold(m.group("month"))]
        year = _infer_year(month, 1, published, int(m.group("year")) if m.group("year") else None)
        if year is None:
            return None
        return DateSpan(dt.date(year, month, 1), dt.date(year, month, _month_end(year, month)), "month", text)
    if kind == "day_range":
        return _day_range(m, published)
    if kind == "year":
        year = _int(m.group("year"))
        return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", text)
    if kind == "year_attr":
        year = _int(m.group("year"))
        if published is not None and year > published.year:
            return None  # "the 2030 target": a plan, not a date of the past
        return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", text)
    if kind == "recent_period":
        if published is None:
            return None
        unit = _fold(m.group("unit_en") or m.group("unit_en2") or m.group("unit_fr") or m.group("unit_ar"))
        days = _PERIOD_DAYS.get(unit, 180)
        return DateSpan(published - dt.timedelta(days=days), published, "range", text)
    if kind == "past_window":
        if published is None:
            return None
        days, precision = _window_days(m)
        return DateSpan(published - dt.timedelta(days=days), published, precision, text)
    if kind == "ar_ordinal":
        month = MONTHS[_fold(m.group("month"))]
        day = AR_ORDINALS[" ".join(m.group("ord").split())]
        year = _infer_year(month, day, published, _int(m.group("year")) if m.group("year") else None)
        if year is None or day > _month_end(year, month):
            return None
        return DateSpan(dt.date(year, month, day), dt.date(year, month, day), "day", text)
    if kind == "bare_day":
        if published is None:
            return None
        day = int(m.group("bd") or m.group("fd"))
        year, month = published.year, published.month
        if not 1 <= day <= 31:
            return None
        # a day still to come this month was told of a month before (the latest month that has it)
        while day > (published.day if (year, month) == (published.year, published.month) else _month_end(year, month)):
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return DateSpan(dt.date(year, month, day), dt.date(year, month, day), "day", text)
    if kind == "ar_this_month":
        if published is None:
            return None
        day = AR_ORDINALS[" ".join(m.group("ord").split())] if m.group("ord") else int(m.group("dnum"))
        year, month = published.year, published.month
        if m.group("which") in ("الماضي", "المنصرم", "السابق"):
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        if not 1 <= day <= _month_end(year, month) or dt.date(year, month, day) > published:
            return None
        return DateSpan(dt.date(year, month, day), dt.date(year, month, day), "day", text)
    if kind == "night_dates":  # "la nuit du 14 au 15 mars": both days
        name = m.group("month") or m.group("month2") or (None if m.group("month0") else m.group("month1"))
        if not name:
            return None
        month = MONTHS[_fold(name)]
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        year = _infer_year(month, d2, published, _int(m.group("year")) if m.group("year") else None)
        if year is None or not 1 <= d2 <= _month_end(year, month) or not 1 <= d1 <= 31:
            return None
        latest = dt.date(year, month, d2)
        earliest = latest - dt.timedelta(days=1) if d1 >= d2 or d2 - d1 != 1 else dt.date(year, month, d1)
        first = m.group("month0") or (m.group("month1") if m.group("month2") else None)
        if first:  # "du 31 décembre au 1er janvier": the night's eve is the end of the month before
            month1 = MONTHS[_fold(first)]
            year1 = _int(m.group("year0")) if m.group("year0") else year if month1 <= month else year - 1
            if not 1 <= d1 <= _month_end(year1, month1) or (latest - dt.date(year1, month1, d1)).days != 1:
                return None
            earliest = dt.date(year1, month1, d1)
        return DateSpan(earliest, latest, "day", text)
    if kind == "ago":
        if published is None:
            return None
        days, precision = _amount(m)
        return _shifted(DateSpan(published, published, "day"), -days, precision, text)
    if kind == "calendar":
        return _calendar(m, published)
    if kind == "relative":
        if published is None:
            return None
        key = " ".join(_fold(text).split())
        if key in _NIGHT_OF_PUBLICATION:
            # "overnight", "dans la nuit" with no weekday: the night that ended on the day of the report, told as
            # both its days like every night across midnight ("last night", "hier soir" are the evening before)
            return DateSpan(published - dt.timedelta(days=1), published, "day", text)
        days = RELATIVE_DAYS.get(key, RELATIVE_DAYS.get(key.replace("’", "'"), 0))
        date = published - dt.timedelta(days=days)
        return DateSpan(date, date, "day", text)
    if kind == "overnight":  # "dans la nuit de mardi à mercredi": a span over both days
        if published is None:
            return None
        w2 = WEEKDAYS[_fold((m.group("w2") or m.group("w4") or m.group("w6") or m.group("w8") or m.group("w9")))]
        back = (published.weekday() - w2) % 7
        latest = published - dt.timedelta(days=back)
        return DateSpan(latest - dt.timedelta(days=1), latest, "day", text)
    if kind == "weekday":
        if published is None:
            return None
        weekday = WEEKDAYS[_fold(m.group("weekday"))]
        back = (published.weekday() - weekday) % 7
        if back == 0 and (_LAST.match(text) or _LAST_AFTER.search(text)):
            # "last Monday", "lundi dernier", "الاثنين الماضي" written on a Monday: a week back
            back = 7
        date = published - dt.timedelta(days=back)
        return DateSpan(date, date, "day", text)
    if kind == "later_same_day" and previous is None:
        # "في وقت لاحق من اليوم" with no incident told before: later today
        part = m.group("ar_part")
        return DateSpan(published, published, "day", text) if published and part and part.startswith("اليوم") else None
    if kind in _RELATIVE_TO_PREVIOUS:
        if previous is None:
            return None
        if kind == "midnight":
            # a night told as two days ("dans la nuit de lundi à mardi"): before midnight is its first day,
            # after midnight its second; a single day told before stays that day
            if previous.precision != "day" or (previous.latest - previous.earliest).days != 1:
                return DateSpan(previous.earliest, previous.latest, previous.precision, text)
            side = _fold(m.group("side_en") or m.group("side_fr") or m.group("side_ar") or "")
            if not side:
                return DateSpan(previous.earliest, previous.latest, previous.precision, text)
            day = previous.earliest if side in _BEFORE_SIDES else previous.latest
            return DateSpan(day, day, "day", text)
        if kind in ("later_same_day", "hours_after_event", "that_day"):
            kind = "same_day"
        if kind == "two_days":
            return _shifted(previous, 2 if m.group("after") else -2, previous.precision, text)
        if kind == "relative_before":
            days, precision = _amount(m)
            return _shifted(previous, -days, previous.precision if precision == "day" else precision, text)
        if kind in ("hours_later", "later_vague", "hours_earlier"):
            # the hours cross midnight only from the end of the day the other way: "hours later" after an evening
            # or a night ("Wednesday evening", "مساء الأحد") may be the next day, after a day told without its part
            # ("jeudi 20 mai") it is that day; "hours earlier" than a morning may be the day before.  A night told
            # as two days already holds the hours either side.
            later = kind != "hours_earlier"
            if previous.latest == previous.earliest and (_LATE_PART if later else _EARLY_PART).search(previous.text or ""):
                if later:
                    return DateSpan(previous.earliest, previous.latest + dt.timedelta(days=1), previous.precision, text)
                return DateSpan(previous.earliest - dt.timedelta(days=1), previous.latest, previous.precision, text)
            return DateSpan(previous.earliest, previous.latest, previous.precision, text)
        if kind == "minutes_later":
            kind = "same_day"
        if kind in ("next_day", "previous_day", "same_day"):
            delta, precision = {"next_day": 1, "previous_day": -1, "same_day": 0}[kind], previous.precision
        else:
            delta, precision = _amount(m)
            precision = previous.precision if precision == "day" else precision
        return _shifted(previous, delta, precision, text)
    return None


def _day_range(m: re.Match, published: Optional[dt.date]) -> Optional[DateSpan]:
    """"les 18 et 19 octobre", "du 30 septembre au 2 octobre": from the first day to the last.

    Two days are told like a night across midnight ("la nuit du 18 au 19"): a ``day`` span over
    both, since the extractor and the merger read ``range`` as an undated report; a longer run of
    days is a ``week`` up to ten days, a ``range`` beyond.
    """
    month = MONTHS[_fold(m.group("month") or m.group("month2"))]
    d1, d2 = int(m.group("d1") or m.group("d3")), int(m.group("d2") or m.group("d4"))
    if d2 < 1 or d1 < 1:
        return None  # "31 to 0 mai": no day 0 (and none to infer a year from)
    year = _infer_year(month, min(d2, 28), published, _int(m.group("year")) if m.group("year") else None)
    if year is None or not 1 <= d2 <= _month_end(year, month):
        return None
    latest = dt.date(year, month, d2)
    if m.group("month1"):
        month1 = MONTHS[_fold(m.group("month1"))]
        year1 = year if month1 <= month else year - 1  # "du 30 décembre au 2 janvier"
        if d1 > _month_end(year1, month1):
            return None
        earliest = dt.date(year1, month1, d1)
    else:
        if d1 >= d2:
            return None  # "2-1 March": a score or a list, not a run of days
        earliest = dt.date(year, month, d1)
    days = (latest - earliest).days
    if not 0 < days <= 62:
        return None
    precision = "day" if days == 1 else "week" if days <= 10 else "range"
    return DateSpan(earliest, latest, precision, m.group(0))


# Words after a year that make it a count ("the 2000 troops", "de 2000 roquettes", "2000 km"), and words before
# French "de" that make the number after it one ("plus de 2000", "un bilan de 2000").
_COUNT_AFTER = re.compile(
    r"\s*(?:(?:à|au|et|and|to|or|ou)(?!\w)|(?:[^\W\d]+\s+)?(?:rockets|missiles|drones|shells|mortars|bombs|projectiles|people|persons|troops|"
    r"soldiers|civilians|fighters|militants|men|women|children|casualties|dead|deaths|victims|km|kilomet(?:er|re)s|"
    r"miles|met(?:er|re)s|feet|kg|kilos|tons|tonnes|dollars|euros|homes|houses|buildings|families|roquettes|obus|"
    r"personnes|soldats|civils|morts|blessés|victimes|combattants|hommes|femmes|enfants|kilomètres|mètres|maisons|"
    r"familles|habitants)(?!\w))", re.I)
_FR_AMOUNT_BEFORE = frozenset("""
plus moins près environ autour total bilan nombre hauteur distance altitude portée rayon somme montant coût budget
ensemble groupe effectif lot série prix
""".split())


# Plural nouns a year may qualify ("the 2019 attacks", "les élections de 2018"); any other plural right after the
# number makes it a count ("the 2000 marines", "de 1500 marins"), and the words that end in s without being plural.
_EVENTS_AND_FUNCTION_WORDS = frozenset("""
attacks strikes airstrikes raids bombings killings assassinations incidents events clashes protests riots elections
operations talks sanctions accords hostilities battles offensives explosions blasts massacres campaigns floods
earthquakes uprisings demonstrations negotiations agreements was has its this his thus plus unless
whereas always perhaps towards across afterwards
attaques frappes attentats raids bombardements combats affrontements émeutes manifestations élections événements
évènements opérations négociations hostilités tirs explosions massacres accords
des les ses ces mes nos vos leurs sous dans vers après depuis alors puis toujours lors jamais avons avez sans pas
plus moins très dès
""".split())
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


# What comes before an attributive year: a determiner and maybe an adjective ("the deadly 2019 attack"), a
# possessive ("Iran's 2020 strike"), a French noun and "de" ("l'attaque de 2019"), an Arabic noun of attack.
_ATTR_BEFORE_EN = re.compile(r"(?:(?<!\w)(?i:the|a|an|its|their|his|her|that|this)\s+(?:[^\W\d]+\s+)?"
                             r"|(?<!\w)[A-Z][\w-]*['’]s\s+)$")
_ATTR_BEFORE_FR = re.compile(r"(?P<head>[^\W\d]+)\s(?i:de)\s+$")
_ATTR_BEFORE_AR = re.compile(r"(?<!\w)[وبلف]?(?:ال)?(?:هجوم|هجمات|هجمة|غارة|غارات|ضربة|ضربات|قصف|حرب|اعتداء|اعتداءات|"
                             r"تفجير|تفجيرات|عملية|معركة|أحداث|احداث|انفجار|مجزرة)\s+$")
_WORD_AHEAD = re.compile(r"\s+[^\W\d]")
_ATTR_LOOK_BACK = 40


def _attributive_year(sentence: str, m: re.Match) -> bool:
    """Whether a ``year_attr`` match is a year told as an attribute, not a count ("the 2000 troops", "plus de
    2000 soldats") nor a bare number."""
    s, e = m.span()
    back = max(0, s - _ATTR_LOOK_BACK)
    arabic_noun = _ATTR_BEFORE_AR.search(sentence, back, s)
    if not arabic_noun:
        french = _ATTR_BEFORE_FR.search(sentence, back, s)
        if french:
            if _fold(french.group("head")) in _FR_AMOUNT_BEFORE:
                return False
        elif not (_ATTR_BEFORE_EN.search(sentence, back, s) and _WORD_AHEAD.match(sentence, e)):
            return False
    if _COUNT_AFTER.match(sentence, e):
        return False
    if not arabic_noun:
        nxt = _NEXT_WORD.match(sentence, m.end())
        word = nxt.group(1) if nxt else ""
        if word.islower() and len(word) > 3 and word[-1] in "sx" and not word.endswith("ss") \
                and word not in _EVENTS_AND_FUNCTION_WORDS:
            return False
    return True


def _int(digits: str) -> int:
    return int(digits)  # int() reads Arabic-Indic digits too


def _amount(m: re.Match) -> tuple[int, str]:
    """Days counted by "two days", "une semaine", "يومين", "ثلاثة أيام", and their precision."""
    groups = m.groupdict()
    unit_word = next(groups[g] for g in ("unit", "fr_unit", "ar_unit") if groups.get(g))
    n_word = next((groups[g] for g in ("n", "fr_n", "ar_n") if groups.get(g)), None)
    unit = UNITS[_fold(unit_word)]
    if n_word is None:
        count = DUALS.get(unit_word, 1)
    else:
        n = _fold(n_word)
        count = int(n) if n.isdigit() else SMALL.get(n, 1)
    return count * unit, "week" if unit == 7 else "day"


_WINDOW_COUNTS = ("en_n", "en_dn", "fr_n", "fr_n2", "fr_n3", "fr_n4", "ar_n", "ar_n2", "ar_n3", "ar_n4")
_WINDOW_WEEK = re.compile(r"week|semaine", re.I)
_WINDOW_DAYS = re.compile(r"(?<!\w)(?:day|days|jours|journée|(?:ال)?يوم|(?:ال)?أيام)(?!\w)", re.I)


def _window_days(m: re.Match) -> tuple[int, str]:
    """How many days back a window reaches, and its precision: "the past 24 hours" and "the past day" the day before
    and the day told (hours back from a report may cross midnight: "the past few hours", "خلال الساعات الماضية" too),
    "48 hours" and "two days" two days back, "the past week" seven, told to the week."""
    groups = m.groupdict()
    n_word = next((groups[g] for g in _WINDOW_COUNTS if groups.get(g)), None)
    n = None
    if n_word is not None:
        word = " ".join(_fold(n_word).split())
        n = int(word) if word.isdigit() else _WINDOW_NUMBERS.get(word)
    text = m.group(0)
    if _WINDOW_WEEK.search(text):
        return 7, "week"
    if _WINDOW_DAYS.search(text):
        days = n or 1
    else:  # hours
        days = max(1, -(-(n or 24) // 24))
    return days, "week" if days >= 7 else "day"


def _shifted(base: DateSpan, delta: int, precision: str, text: str) -> DateSpan:
    earliest = base.earliest + dt.timedelta(days=delta)
    latest = base.latest + dt.timedelta(days=delta)
    if precision == "week" and earliest == latest:
        # "a week after": within a few days of the seventh day
        earliest, latest = earliest - dt.timedelta(days=2), latest + dt.timedelta(days=2)
    return DateSpan(earliest, latest, precision, text)


def _calendar(m: re.Match, published: Optional[dt.date]) -> Optional[DateSpan]:
    """"last week" (the Monday-to-Sunday week before publication's), "this month" (the month's
    first day to publication; "earlier this month" ends a week before publication), "early this month"
    (its first ten days), "last year", "the weekend" (the latest Saturday-Sunday)."""
    if published is None:
        return None
    text = m.group(0)
    monday = published - dt.timedelta(days=published.weekday())
    if m.group("last_week"):
        return DateSpan(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), "week", text)
    if m.group("this_week"):
        return DateSpan(monday, published, "week", text)
    if m.group("last_month"):
        last = published.replace(day=1) - dt.timedelta(days=1)
        return DateSpan(last.replace(day=1), last, "month", text)
    first = published.replace(day=1)
    if m.group("early_month"):
        return DateSpan(first, max(first, min(published, first.replace(day=10))), "week", text)
    if m.group("this_month"):
        if m.group("earlier") or m.group("plus_tot") or m.group("ar_earlier"):
            # "earlier this month": before the past week, whose days a report names by their weekday ("on Saturday"),
            # so not the day of the news; early in a month, the days before publication
            latest = published - dt.timedelta(days=7) if published.day > 7 else published - dt.timedelta(days=1)
            return DateSpan(first, max(first, latest), "month", text)
        return DateSpan(first, published, "month", text)
    if m.group("last_year"):
        return DateSpan(dt.date(published.year - 1, 1, 1), dt.date(published.year - 1, 12, 31), "year", text)
    # the weekend: the latest Saturday on or before publication, and its Sunday (not after publication)
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    return DateSpan(saturday, min(saturday + dt.timedelta(days=1), published), "week", text)


# A cheap prefilter: every pattern above needs certain whole words (or digits), so one
# tokenisation of the sentence tells which patterns can match at all.  Most clauses of a
# report carry no date, and most of the others one kind of date, so this spares running
# thirteen scans over every clause.  The conditions are necessary only: a pattern whose
# words are present still decides by itself, so results are those of running them all.
_TOKEN = re.compile(r"\w+")


def _words(phrase: str) -> list[str]:
    """The lower-case ``\\w+`` tokens of a phrase, cut as the sentence is cut."""
    return _TOKEN.findall(phrase.lower())


_MONTH, _PERIODW, _WEEK, _UNIT, _AFTER, _NIGHT, _NEXT, _SAME, _PREV, _REL = (1 << i for i in range(10))
_DIGITS, _NUMERIC, _YEARISH, _HOURS, _SPAN = 1 << 10, 1 << 11, 1 << 12, 1 << 13, 1 << 14
_ORD, _BEFOREW, _AGO, _TWO, _LATER, _CAL, _LATER_AR, _MIDNIGHT = (1 << i for i in range(15, 23))
_BARE = 1 << 23  # "on the 10th", "le 10": the words a bare day of the month needs
_PASTW = 1 << 24  # "past", "dernières", "الماضية", "24": the words a window ("over the past 24 hours") needs
_CATEGORY: dict[str, int] = {}


def _mark(words, bit: int) -> None:
    for w in words:
        _CATEGORY[w] = _CATEGORY.get(w, 0) | bit


# A month's first word, or a month glued to a period word ("midmarch": the period pattern
# allows no separator).
_mark({_words(m)[0] for m in MONTHS}, _MONTH)
_mark({_words(p)[-1] + _words(m)[0] for p in PERIODS for m in MONTHS}, _MONTH | _PERIODW)
_mark({_words(p)[-1] for p in PERIODS}, _PERIODW)
_mark({t for w in WEEKDAYS for t in _words(w)} | {"و" + w for w in WEEKDAYS if w.startswith("ال")}, _WEEK)
_mark({t for w in UNITS for t in _words(w)}, _UNIT)
_mark(("after", "later", "après", "plus", "بعد", "وبعد", "عقب", "وعقب"), _AFTER)
_mark(("nuit", "overnight", "night", "ليل", "ليلة"), _NIGHT)
_mark({_words(o)[0] for o in AR_ORDINALS}, _ORD)
_mark(("earlier", "before", "tôt", "auparavant", "avant", "ذلك"), _BEFOREW)
_mark(("ago", "y", "قبل", "وقبل", "منذ", "ومنذ"), _AGO)
_mark(("surlendemain", "veille"), _TWO)
_mark(("later", "evening", "afternoon", "tard", "soir", "matin", "soirée", "journée", "لاحق"), _LATER)
_mark(("لاحق",), _LATER_AR)
_mark(("midnight", "minuit", "منتصف"), _MIDNIGHT)
_mark({f"{d}{suf}" for d in range(1, 32) for suf in ("st", "nd", "rd", "th")} | {"le", "1er"}, _BARE)
_mark(("بيوم", "بيومين", "بأسبوع", "بأسبوعين", "باسبوع", "باسبوعين"), _UNIT)  # "قبل ذلك بيومين"
_mark(("week", "semaine", "الأسبوع", "الاسبوع", "month", "mois", "الشهر", "year", "année", "dernier", "العام", "السنة",
       "weekend", "عطلة"), _CAL)
_mark(("weeks", "months", "years", "semaines", "mois", "années", "الأسابيع", "الأشهر", "الشهور", "السنوات", "الأعوام"), _SPAN)
_mark(("hour", "hours", "heure", "heures", "minute", "minutes", "ساعات", "ساعة", "ساعتين", "بساعات", "دقائق", "دقيقة",
       "دقيقتين"), _HOURS)
_mark(("next", "following", "lendemain", "التالي"), _NEXT)
_mark(("past", "last", "previous", "dernières", "derniers", "écoulée", "passée", "الماضية", "الماضي", "الأخيرة",
       "الأخير", "المنصرمة", "المنصرم", "الفائتة", "آخر", "24", "48", "72", "vingt", "quarante", "soixante"), _PASTW)
_mark(("same", "même", "نفسه", "نفس", "ذاته", "ذات", "ذلك"), _SAME)
_THATW = 1 << 25  # "that", "là": with a day's word, "that day", "ce jour-là"
_mark(("that", "là", "même"), _THATW)
_mark(("before", "earlier", "previous", "veille", "précédente", "avant", "السابق", "بيوم", "السابقة"), _PREV)
# A relative phrase ("hier soir", "the day before yesterday") needs all its words: keyed by
# its first word, checked as a subset.
_RELATIVE_WORDS: dict[str, list[frozenset]] = {}
for _key in RELATIVE_DAYS:
    _RELATIVE_WORDS.setdefault(_words(_key)[0], []).append(frozenset(_words(_key)))
_mark(_RELATIVE_WORDS, _REL)
_VOCABULARY = frozenset(_CATEGORY)

# kind -> the categories that must all be present
_NEEDS = {
    "numeric": _NUMERIC,
    "period": _MONTH | _PERIODW,
    "month_day": _DIGITS | _MONTH,
    "day_month": _DIGITS | _MONTH,
    "relative_after": _UNIT | _AFTER,
    "overnight": _WEEK | _NIGHT,
    "next_day": _NEXT,
    "same_day": _SAME,
    "that_day": _THATW | _UNIT,
    "previous_day": _PREV,
    "relative": _REL,
    "weekday": _WEEK,
    "month": _MONTH,
    "month_year": _MONTH | _YEARISH,
    "midnight": _MIDNIGHT,
    "bare_day": _BARE | _DIGITS,
    "year": _YEARISH,
    "year_attr": _YEARISH,
    "day_range": _DIGITS | _MONTH,
    "hours_later": _HOURS,
    "minutes_later": _HOURS,
    "hours_earlier": _HOURS,
    "recent_period": _SPAN,
    "past_window": _PASTW,
    "ar_ordinal": _ORD | _MONTH,
    "ar_this_month": _CAL,
    "night_dates": _NIGHT | _DIGITS,
    "relative_before": _BEFOREW | _UNIT,
    "ago": _AGO | _UNIT,
    "two_days": _TWO,
    "later_same_day": _LATER,
    "hours_after_event": _HOURS,
    "later_vague": _LATER_AR,
    "calendar": _CAL,
}
_NUMERIC_GATE = re.compile(r"\d[-/.]\d")  # every numeric date has a digit, a separator, a digit
_YEAR_GATE = re.compile(r"(?<!\w)(?:19|20|١٩|٢٠)\d\d(?!\w)")
# The days told by a word from the incident told before ("the same day", "le lendemain", "في اليوم السابق"): that day
# exactly, as much a clause's own as a weekday
ANAPHORIC_DAYS = frozenset({"same_day", "that_day", "next_day", "previous_day", "later_same_day"})
_RELATIVE_TO_PREVIOUS = frozenset({"relative_after", "next_day", "previous_day", "same_day", "that_day", "hours_later",
                                   "minutes_later", "hours_earlier", "relative_before", "two_days", "later_same_day",
                                   "hours_after_event", "later_vague", "midnight"})
# The part of the day a date phrase names, when it names one near midnight (see "hours later" in _resolve).
_LATE_PART = re.compile(r"(?<!\w)(?:evening|night|tonight|overnight|late|soir|soirée|nuit|tard|minuit|midnight|"
                        r"مساء|ليل|ليلة|الليلة|ليلا|منتصف)(?!\w)", re.I)
_EARLY_PART = re.compile(r"(?<!\w)(?:morning|dawn|early|daybreak|matin|matinée|aube|fajr|فجر|صباح|الفجر|الصباح|فجرا|صباحا)(?!\w)",
                         re.I)
_LAST = re.compile(r"last\s", re.I)
_LAST_AFTER = re.compile(r"(?:dernier|dernière|الماضي|الماضية)$", re.I)
# "overnight Saturday", "dans la nuit de samedi": the weekday dates the night, not publication day
_NIGHT_WORDS = re.compile("|".join(map(re.escape, sorted(_NIGHT_OF_PUBLICATION))), re.I)
_BEFORE_WEEKDAY = re.compile(r"\s+(?:(?:on|into|to|from|of|de|du)\s+)?(?:" + _WEEKDAY + r")(?!\w)", re.I)
# "Monday, August 28", "يوم الإثنين الـ 28 من آب", "يوم الاثنين الموافق 28 آب": the explicit date names the day
_DATE_AHEAD = re.compile(r"[\s,،]*(?:(?:the|le|الموافق|الـ?)\s*)?", re.I)
_EXPLICIT_KINDS = frozenset({"month_day", "day_month", "ar_ordinal", "numeric", "dateline"})


# Where a pattern's match can start, counted back from its anchor word: the whitespace-
# separated chunks its longest prefix may hold ("à la fin de" before a month, "early" before
# a weekday).  Scanning from there instead of from the sentence start finds the same matches.
_WINDOWS = {"weekday": (_WEEK, 2), "period": (_MONTH, 6), "day_range": (_MONTH, 6), "month_day": (_MONTH, 0),
            "day_month": (_MONTH, 2), "month": (_MONTH, 3), "relative": (_REL, 0), "month_year": (_MONTH, 0),
            # "at the beginning of this month", "وفي وقت سابق من هذا الشهر"; "that same evening", "وفي وقت لاحق"
            "calendar": (_CAL, 5), "later_same_day": (_LATER, 2)}
_RARE_CASE = re.compile("[İıſ]")
# Every run of days has a day number (maybe its month), a joining word or sign, and another day number ("4 et 5",
# "4-5", "4 و5", "31 mai au 1er").
_RANGE_GATE = re.compile(r"\d(?:st|nd|rd|th|er)?(?:\s+[^\W\d]+)?\s*(?:[-–,]|and|et|au|to|through|until|jusqu['’]au|و|إلى|الى|حتى)"
                         r"\s*(?:le\s+)?\d", re.I)


@lru_cache(maxsize=None)
def _patterns_for(present: int) -> tuple[tuple[str, re.Pattern, int, int], ...]:
    return tuple((kind, pattern) + _WINDOWS.get(kind, (0, 0)) for kind, pattern in PATTERNS
                 if _NEEDS[kind] & present == _NEEDS[kind])


def _open_patterns(sentence: str) -> tuple[tuple[tuple[str, re.Pattern, int, int], ...], str, dict]:
    """The patterns whose required words (or digits) the sentence has, in PATTERNS order;
    the folded lower-case sentence; the words found, by category."""
    low = sentence.lower() if sentence.isascii() or not _RARE_CASE.search(sentence) else \
        sentence.translate(_CASE_FOLD).lower()
    tokens = _TOKEN.findall(low)
    present = 0
    found: dict[str, int] = {}
    token_set = None
    for word in _VOCABULARY.intersection(tokens):
        bits = _CATEGORY[word]
        if bits & _REL:
            if token_set is None:
                token_set = frozenset(tokens)  # once: issubset would build it from the list each time
            if not any(words <= token_set for words in _RELATIVE_WORDS[word]):
                bits &= ~_REL
        present |= bits
        found[word] = bits
    # \w+ tokens hold the digits too; a token that is not all letters may hold one (an
    # underscore or a vowel mark only costs a wasted check below).
    if tokens and not "".join(tokens).isalpha():
        present |= _DIGITS
        if _NUMERIC_GATE.search(sentence):
            present |= _NUMERIC
        # every year holds one of these two-digit starts: a substring test spares the regex
        if ("20" in sentence or "19" in sentence or "٢٠" in sentence or "١٩" in sentence) \
                and _YEAR_GATE.search(sentence):
            present |= _YEARISH
    return _patterns_for(present), low, found


# a chunk's rest, then n chunks and their spaces, for each window's n
_BACK_OVER = {n: re.compile(r"\S*" + r"\s*\S*" * n) for n in {chunks for _, chunks in _WINDOWS.values()}}


def _window_start(sentence: str, low: str, found: dict, category: int, chunks: int) -> int:
    """The earliest offset a match anchored on a word of ``category`` may start at."""
    if len(low) != len(sentence):
        return 0  # offsets of the lowered text would not be the sentence's
    pos = min(low.find(word) for word, bits in found.items() if bits & category)
    if pos <= 0:
        return pos
    # back to the start of the anchor's chunk, then over ``chunks`` chunks and their spaces: the walk is one
    # match of _BACK_OVER[chunks] over the text before the anchor, reversed (\s is str.isspace)
    return pos - _BACK_OVER[chunks].match(sentence[pos - 1::-1]).end()


# A word's first character: where a windowed pattern's match can start (each opens on a look-behind
# for no word character, then a word character: a month, a weekday, a digit, "on", "في").
_WORD_START = re.compile(r"\b\w")


def _anchored(pattern: re.Pattern, sentence: str, low: str, found: dict, category: int, start: int):
    """``pattern.finditer(sentence, start)`` for a windowed pattern: only the word starts from ``start`` up to
    the last anchor word of ``category`` are tried (every match holds one, at or after its start), not every
    position to the end of the sentence."""
    if len(low) != len(sentence):
        return pattern.finditer(sentence, start)  # offsets of the lowered text would not be the sentence's
    last = max(low.rfind(word) for word, bits in found.items() if bits & category)
    return _matches_from(pattern, sentence, start, last)


def _matches_from(pattern: re.Pattern, sentence: str, start: int, last: int):
    """The non-overlapping matches, left to right, that start at a word start in ``start..last``."""
    match = pattern.match
    pos = start
    for w in _WORD_START.finditer(sentence, start, last + 1):
        s = w.start()
        if s < pos:
            continue  # inside the match before
        m = match(sentence, s)  # (the look-behind still sees the character before)
        if m is not None:
            yield m
            pos = m.end()


def find_dates(sentence: str, lang: str = "en", published: Optional[dt.date] = None,
               previous: Optional[DateSpan] = None) -> list[DateMention]:
    """Date phrases of a sentence, left to right, without overlaps.

    Parameters
    ----------
    sentence : str
        A sentence or clause.
    lang : str
        ``"en"``, ``"fr"`` or ``"ar"``: the day/month order of numeric dates.
    published : datetime.date, optional
        The publication date, against which weekdays and relative words are counted back.
    previous : DateSpan, optional
        The date of the incident told just before, for "a week after the attack".

    Returns
    -------
    list of DateMention
        Sorted by start offset; ``span`` is None when the phrase cannot be resolved.

    Examples
    --------
    >>> [m.span.earliest.isoformat() for m in find_dates("Seven rockets hit the base on Monday evening.",
    ...                                                   published=dt.date(2021, 3, 16))]
    ['2021-03-15']
    """
    # The extractor reads a sentence, then its clauses (often the same text): cache the result.
    return list(_find_dates_cached(sentence, lang, published, previous))


@lru_cache(maxsize=2048)
def _find_dates_cached(sentence: str, lang: str, published: Optional[dt.date],
                       previous: Optional[DateSpan]) -> tuple[DateMention, ...]:
    return _scan(sentence, lang, published, previous)


@lru_cache(maxsize=4096)
def _cached_matches(sentence: str) -> tuple[tuple[str, re.Match], ...]:
    # Which phrases are dates depends on the text alone; what they mean, on the publication
    # date and the incident before.  Wire copy repeats sentences ("There was no immediate claim
    # of responsibility") and the extractor reads a sentence again clause by clause.
    return _matches(sentence)


def _matches(sentence: str, prefilter: bool = True) -> tuple[tuple[str, re.Match], ...]:
    """The date phrases of a sentence as (kind, match), left to right, without overlaps;
    ``prefilter=False`` runs every pattern over the whole sentence (the reference the
    prefilter and the scan windows must agree with)."""
    if prefilter:
        patterns, low, words = _open_patterns(sentence)
    else:
        patterns, low, words = tuple((kind, pattern, 0, 0) for kind, pattern in PATTERNS), sentence, {}
    found: list[tuple[str, re.Match]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern, category, chunks in patterns:
        if kind == "day_range" and not _RANGE_GATE.search(sentence):
            continue  # most dates are one day: spare the long pattern
        if category:
            start = _window_start(sentence, low, words, category, chunks)
            matches = _anchored(pattern, sentence, low, words, category, start)
        else:
            matches = pattern.finditer(sentence, 0)
        for m in matches:
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "relative" and _NIGHT_WORDS.fullmatch(m.group(0)) and _BEFORE_WEEKDAY.match(sentence, e):
                continue
            if kind == "weekday" and any(k in _EXPLICIT_KINDS and e <= fm.start() <= _DATE_AHEAD.match(sentence, e).end()
                                         for k, fm in found):
                # "Monday 15 March" is taken by day_month: never read a weekday twice (but "a tiré samedi matin 62
                # roquettes", "fired on Sunday 30 rockets": a count after the weekday begins no date)
                continue
            if kind == "year_attr" and not _attributive_year(sentence, m):
                continue
            # only the first date of the sentence can open it as a dateline; and the pattern's
            # kind must stay for its later matches ("BAGDAD, 21 mai (AFP) - ... le 20 mai")
            found.append(("dateline" if kind in _DATELINE_KINDS and s < 60 and _is_dateline(sentence, s, e)
                          else kind, m))
            taken.append((s, e))
    found.sort(key=lambda km: km[1].start())
    return tuple(found)


# A wire dateline: "BAGHDAD, March 16 (Reuters) -", "ERBIL (Irak), 15 avril 2021 (AFP) -",
# "بغداد، 16 آذار/مارس (رويترز) -".  Its date is the report's, not an incident's.
_DATELINE_KINDS = frozenset({"month_day", "day_month", "numeric"})
_PLACE_WORD = r"[^\W\d_][\w'’.\-]*"
_PLACE = _PLACE_WORD + r"(?:[ /]+" + _PLACE_WORD + r"){0,3}"
# (the place ended by a comma, or by a dash in Arabic copy: "غزة - 12 آذار/مارس (وكالات) -", where an agency must follow)
_DATELINE_BEFORE = re.compile(r"\s*(?:" + _PLACE + r"(?:\s*\([^()\n]{1,30}\))?(?:\s*,\s*" + _PLACE + r")?\s*[,،\-–—]?\s*)?")
_DATELINE_AFTER = re.compile(r"(?:,?\s*\d{1,2}[:.h]\d\d\s*(?:GMT|UTC)?)?\s*(?:\([^()\n]{1,30}\)\s*)?[-–—:]")
_DATELINE_AGENCY = re.compile(r"(?:,?\s*\d{1,2}[:.h]\d\d\s*(?:GMT|UTC)?)?\s*\([^()\n]{1,30}\)\s*[-–—:]")


# the weekday a dateline may give before its date, after the place's comma: "BEYROUTH, mardi 12 mars 2024 -",
# "بيروت، الثلاثاء 12 آذار 2024 -", "BEIRUT, Tuesday, March 12 (Reuters) -"
_DATELINE_WEEKDAY = re.compile(r"([,،])\s*(?:" + _WEEKDAY + r")\s*[,،]?$", re.I)


def _is_dateline(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` opens the text as a wire dateline: at most a place
    before it (ended by a comma unless an agency follows; a weekday may stand between: "BEYROUTH, mardi
    12 mars 2024 -", "بيروت، الثلاثاء 12 آذار -"), then a dash, maybe after an agency."""
    before = _DATELINE_WEEKDAY.sub(r"\1", sentence[:start].rstrip())
    if not _DATELINE_BEFORE.fullmatch(before):
        return False
    if before and before[-1] not in ",،":
        return bool(_DATELINE_AGENCY.match(sentence, end))
    return bool(_DATELINE_AFTER.match(sentence, end))


def dateline_date(text: str, lang: str = "en", published: Optional[dt.date] = None) -> Optional[dt.date]:
    """The date of a wire dateline opening ``text`` ("BAGHDAD, March 16 (Reuters) -"), if any.

    Parameters
    ----------
    text : str
        An article, or its first sentence.
    lang : str
        ``"en"``, ``"fr"`` or ``"ar"``: the day/month order of numeric dates.
    published : datetime.date, optional
        To infer a year the dateline does not give.

    Returns
    -------
    datetime.date or None
        The report's date, which dates the article when nothing else does.

    Examples
    --------
    >>> dateline_date("PARIS, 16 mars 2021 (AFP) - Des roquettes ...", "fr")
    datetime.date(2021, 3, 16)
    """
    head = text[:200]
    if not _may_open_with_dateline(head):
        return None  # (most article heads: their date scan is spared)
    for kind, m in _cached_matches(head):
        if kind == "dateline":
            span = _resolve(_dateline_kind(m), m, lang, published, None)
            return span.earliest if span else None
    return None


_ANY_DIGIT = re.compile(r"\d")


def _may_open_with_dateline(head: str) -> bool:
    """Whether ``head`` may hold a dateline at all: a cheap test that is never wrong when it says no.

    A dateline's date is a month_day, day_month or numeric match (:data:`_DATELINE_KINDS`), each with a
    digit (``\\d``, as the patterns' own, Arabic-Indic digits included), and :func:`_is_dateline` wants a
    dash or a colon after it (:data:`_DATELINE_AFTER` and :data:`_DATELINE_AGENCY` both end on one): a
    head lacking either cannot open with a dateline, and its date scan (:func:`_cached_matches`) is skipped.
    """
    return _ANY_DIGIT.search(head) is not None and any(map(head.__contains__, "-–—:"))


def _dateline_kind(m: re.Match) -> str:
    """The kind a dateline's match was found as (its pattern tells)."""
    return next(k for k, pattern in PATTERNS if pattern is m.re)


# "منذ مساء أمس الاثنين وحتى فجر اليوم الثلاثاء", "from Monday evening until dawn on Tuesday", "de lundi soir jusqu'à
# l'aube mardi": one night's span, from an evening to the next day's dawn or morning
_UNTIL_WORDS = r"(?:و?حتى|ولغاية|لغاية|until|till|jusqu['’](?:à|au))"
_NIGHT_UNTIL = re.compile(r"(?<!\w)" + _UNTIL_WORDS + r"(?!\w)", re.I)
# the words between the evening and the dawn's day: the "until", and the dawn itself when the day follows it ("until
# dawn on Tuesday", "jusqu'à l'aube mardi")
_UNTIL_BETWEEN = re.compile(r"\s*" + _UNTIL_WORDS + r"\s*(?:l['’]\s*|the\s+)?"
                            r"(?:(?:فجر|صباح|dawn|daybreak|morning|aube|matin)\s*(?:on\s+|de\s+|du\s+)?)?", re.I)


def _evening_to_dawn(sentence: str, out: list[DateMention]) -> list[DateMention]:
    """"قصف الجيش بلدة X منذ مساء أمس الاثنين وحتى فجر اليوم الثلاثاء", "shelled X from Monday evening until dawn on
    Tuesday": a span from an evening to the next dawn is the incident's time, the two days of its night (as
    "ليل الاثنين وحتى فجر الثلاثاء" is), not a "since" that leaves it a period nor its evening alone.  The evening's
    mention (with a weekday of the same day right after it) becomes one "overnight" mention over both days."""
    for i, a in enumerate(out):
        if a.span is None or a.span.precision != "day" or a.span.earliest != a.span.latest:
            continue
        k = i + 1  # (the weekday that names the evening's day again: "مساء أمس الاثنين")
        while k < len(out) and out[k].span is not None and out[k].span.earliest == a.span.earliest \
                and not sentence[out[k - 1].end:out[k].start].strip():
            k += 1
        if k >= len(out):
            return out
        b = out[k]
        if b.span is None or b.span.precision != "day" or (b.span.earliest - a.span.latest).days != 1:
            continue
        evening = sentence[max(0, a.start - 12):out[k - 1].end]
        between = sentence[out[k - 1].end:b.start]
        # (the parts of the day near midnight, _LATE_PART and _EARLY_PART, at the evening and at the dawn)
        if not _LATE_PART.search(evening) or not (_EARLY_PART.search(sentence, b.start, b.end)
                                                  or _EARLY_PART.search(between)):
            continue
        if not _UNTIL_BETWEEN.fullmatch(between):
            continue
        j = k + 1  # (the dawn's day named again: "فجر اليوم الثلاثاء")
        while j < len(out) and out[j].span is not None and out[j].span.earliest == b.span.earliest \
                and not sentence[out[j - 1].end:out[j].start].strip(" ,"):
            j += 1
        end = out[j - 1].end
        span = DateSpan(a.span.earliest, b.span.latest, "day", sentence[a.start:end])
        return out[:i] + [DateMention(a.start, end, span, "overnight", False, False)] + out[j:]
    return out


def _scan(sentence: str, lang: str, published: Optional[dt.date], previous: Optional[DateSpan],
          prefilter: bool = True) -> tuple[DateMention, ...]:
    """The date mentions of a sentence (see :func:`_matches` for ``prefilter``)."""
    out = []
    said_since = None  # whether the sentence holds "since", "depuis" or "منذ" at all (read at its first date)
    matches = _cached_matches(sentence) if prefilter else _matches(sentence, prefilter=False)
    if not matches and (published is None or _opens_with_time(sentence) is None):
        if published is not None and any(map(sentence.__contains__, ("lendemain", "après", "after", "بعد", "عقب"))):
            return tuple(_undated_reaction_gap(sentence, [], lang, published))  # "a menacé X, au lendemain de ..."
        return ()  # (most sentences: every step below reworks the mentions found, and a live entry's time adds one)
    for kind, m in matches:
        s, e = m.span()
        # a dateline's date is the report's: no incident's date (see dateline_date)
        span = None if kind == "dateline" else _resolve(kind, m, lang, published, previous)
        if said_since is None:
            said_since = _may_say_since(sentence)
        # (a window is the period of a summary that dates its incidents: "depuis 24 heures" is no period's start)
        since = kind == "recent_period" or said_since and kind != "past_window" \
            and (bool(SINCE.search(sentence[max(0, s - 12):s])) or _since_far(sentence, s))
        out.append(DateMention(s, e, span, kind, since, kind in _RELATIVE_TO_PREVIOUS))
    if len(out) > 1 and _NIGHT_UNTIL.search(sentence):
        out = _evening_to_dawn(sentence, out)
    if len(out) > 1 and "اليوم" in sentence:
        out = _today_not_a_day(sentence, out)
    if len(out) > 1 and any(d.kind == "past_window" for d in out):
        out = _window_of_statement(sentence, out)
    if any(d.kind == "previous_day" or d.kind == "relative_before" for d in out):
        out = _day_before_in_sentence(sentence, out, published)
    if published is not None and len(out) > 1 and any(d.kind == "weekday" for d in out):
        out = _yesterday_of_statement(sentence, out, published)
    if published is not None and any(d.kind == "relative" and d.span is not None and d.span.latest == published
                                     and d.span.earliest == published for d in out):
        out = _said_today_of_the_night(sentence, out, published)
    if published is not None and len(out) > 1 and any(d.kind == "weekday" for d in out):
        out = _said_on_a_day_of_the_night(sentence, out, published)
        out = _relative_named_by_weekday(sentence, out, published)
    if published is not None and ("last week" in sentence or "semaine dernière" in sentence or "semaine passée" in sentence):
        out = _weekday_of_last_week(sentence, out, published)
    if out and ("after" in sentence or "après" in sentence or "lendemain" in sentence):
        out = _statement_after(sentence, out)
    if lang == "ar" and len(out) > 1 and any(d.kind == "relative_after" for d in out):
        out = _ar_statement_after(sentence, out)
    if published is not None:
        out = _undated_reaction_gap(sentence, out, lang, published)
    if any(d.kind in _NIGHT_KINDS and d.span is not None and (d.span.latest - d.span.earliest).days == 1 for d in out):
        out = _night_hour(sentence, out)
    if published is not None:
        stamp = _opens_with_time(sentence)
        if stamp is not None and not any(d.span is not None and not d.since for d in out) \
                and not _reaction_entry(sentence[stamp.end():]):
            # "18h05 - Une frappe a visé une maison à X": an entry of a live report is of the report's day when
            # it gives no day of its own (its time is the posting's, so the incident is that day or just before)
            span = DateSpan(published, published, "day", stamp.group(0).strip(" -–—:|"))
            if _hour_after_stamp(sentence, stamp):
                # "08h20 - deux drones se sont abattus vers 21h30 sur X": an hour later than the posting's is the
                # evening before it
                span = DateSpan(published - dt.timedelta(days=1), published - dt.timedelta(days=1), "day", span.text)
            out.insert(0, DateMention(stamp.start(), stamp.end(), span, "entry_time", False, False))
    if any(d.kind in _ATTRIBUTIVE for d in out) and any(_dates_an_incident(d) for d in out):
        # "Like the 2019 attack, Monday's strike hit ...", "Echoing the September 2019 raid, drones hit ... on
        # Monday": the attribute names another, past incident; the clause's own date is the day it gives
        out = [d for d in out if d.kind not in _ATTRIBUTIVE or d.since]
    return tuple(out)


# "في اليوم الـ158 من العدوان", "اليوم الخامس للحرب": "اليوم" counting the days of a war; "حتى اليوم", "لغاية اليوم",
# "إلى اليوم": the end of a period ("the shelling goes on to this day").  Neither tells the day an incident was.
_TODAY_COUNTED = re.compile(r"\s*(?:الـ?\s*)?(?:\d|[٠-٩])|\s+(?:" + _AR_ORDINAL + r")(?!\w)")
_TODAY_UNTIL = re.compile(r"(?<!\w)(?:حتى|لغاية|إلى|الى|ولغاية|وحتى)\s+$")


def _today_not_a_day(sentence: str, out: list) -> list:
    """Drop an Arabic "اليوم" that counts a war's days or ends a period when another day is told in the sentence.

    "استشهد خمسة في اليوم الـ158 من العدوان جراء قصف استهدف رفح أمس" is yesterday: the day count names the report's
    day only as the war's; "لا يزال القصف مستمرا حتى اليوم ... حيث قتل شخصان أمس" likewise.  Alone, such an
    "اليوم" is left as it is (a day's tally is most often the report's day).
    """
    def idle(d: DateMention) -> bool:
        if d.kind != "relative" or sentence[d.start:d.end] != "اليوم":
            return False
        return bool(_TODAY_COUNTED.match(sentence, d.end)) or bool(_TODAY_UNTIL.search(sentence, max(0, d.start - 12), d.start))
    dropped = [d for d in out if idle(d)]
    if not dropped or not any(d.span is not None and not d.since and d not in dropped for d in out):
        return out
    return [d for d in out if d not in dropped]


# "أعلن الجيش اليوم أن مسيرة استهدفت X ليلا", "Officials said today that missiles hit X overnight": today is the
# statement's; the night it tells (the one the report's day closed) is the incident's.  "ليلا" alone is that night
# only after such a statement (after a weekday, "الثلاثاء ليلا", it is that day's night: read with the weekday).
_TODAY_WORDS = frozenset({"today", "aujourd'hui", "اليوم"})
_BARE_NIGHT_AR = re.compile(r"(?<!\w)(?:ليلا|ليلاً|فجرا|فجراً)(?!\w)")
_NIGHT_SPAN_KINDS = frozenset({"relative", "midnight"})


def _said_today_of_the_night(sentence: str, out: list, published: dt.date) -> list:
    """Read "said today that ... overnight / ليلا / after midnight" as the night's incident told on the report's day."""
    for i, d in enumerate(out):
        if d.kind != "relative" or d.span is None or d.span.earliest != published \
                or _fold(sentence[d.start:d.end]).replace("’", "'") not in _TODAY_WORDS \
                or not _SAYING_BEFORE.search(sentence, max(0, d.start - 60), d.start):
            continue
        if any(m.kind == "midnight" and m.span is None for m in out):
            # "قرابة منتصف الليل، وفق ما أعلن مصدر طبي اليوم": the midnight the report's night crossed
            out = _midnight_of_publication(sentence, [m for m in out if m is not d], published)
            out = sorted(out + [d], key=lambda m: m.start)
            i = out.index(d)
        later = [j for j in range(len(out)) if j != i and out[j].span is not None and out[j].kind in _NIGHT_SPAN_KINDS
                 and published - dt.timedelta(days=1) <= out[j].span.earliest and out[j].span.latest <= published
                 and (out[j].span.earliest < published or out[j].kind == "midnight")]
        bare = None if later else _BARE_NIGHT_AR.search(sentence, d.end)
        if not later and bare is None:
            return out
        out = list(out)
        out[i] = DateMention(d.start, d.end, None, "statement_day", d.since, False)
        if bare is not None and not any(m.start < bare.end() and bare.start() < m.end for m in out):
            word = bare.group(0)
            # dawn is the report's own day; a bare night the one that ended on it
            first = published if word.startswith("فجر") else published - dt.timedelta(days=1)
            out.append(DateMention(bare.start(), bare.end(), DateSpan(first, published, "day", word), "relative",
                                   False, False))
            out.sort(key=lambda m: m.start)
        return out
    return out


def _said_on_a_day_of_the_night(sentence: str, out: list, published: dt.date) -> list:
    """Read "the army said on Tuesday that jets struck X overnight", "Russia attacked overnight, the air force said
    on Sunday" as the night that ended on the statement's weekday, not the one that ended on the report's day.

    A bare night ("overnight", "dans la nuit") counts from the day it is told on: a statement published a day or more
    later names that day itself.  The weekday given to the verb of saying (:func:`statement_day`) becomes the
    statement's (kind ``"statement_day"``, no span); a weekday of the incident ("struck X on Monday and Y overnight")
    is left as it is.
    """
    nights = [j for j, d in enumerate(out) if d.kind == "relative" and d.span is not None
              and d.span.latest == published and (d.span.latest - d.span.earliest).days == 1
              and " ".join(_fold(sentence[d.start:d.end]).split()) in _NIGHT_OF_PUBLICATION]
    if len(nights) != 1:
        return out
    said = [i for i, d in enumerate(out) if d.kind == "weekday" and d.span is not None and not d.since
            and d.span.latest < published and statement_day(sentence, d)]
    if len(said) != 1 or any(d.span is not None and not d.since and i not in said and i not in nights
                             for i, d in enumerate(out)):
        return out  # another day of the incident told with them
    out = list(out)
    i, j = said[0], nights[0]
    day, night = out[i], out[j]
    out[j] = DateMention(night.start, night.end,
                         DateSpan(day.span.latest - dt.timedelta(days=1), day.span.latest, "day",
                                  sentence[night.start:night.end]), night.kind, night.since, False)
    out[i] = DateMention(day.start, day.end, None, "statement_day", day.since, False)
    return out


# "اليوم الخميس", "مساء أمس الأربعاء", "today, Thursday", "أمس (الأحد)": a relative word with the weekday set right
# after it (a comma or an opening bracket at most between them: the bracketed weekday is the house style of Asharq
# Al-Awsat and Al-Hayat) names one day twice.
_APPOSED_WEEKDAY_GAP = re.compile(r"\s*[,،]?\s*\(?\s*")


def _relative_named_by_weekday(sentence: str, out: list, published: Optional[dt.date] = None) -> list:
    """Date a relative word by the weekday set beside it when the two disagree by a day or two.

    "Today" and "yesterday" count from the day the copy was written, the metadata's date from when it was
    published or collected, often a day later (a wire item of Thursday evening filed under Friday); the weekday
    the writer named beside them is the day itself ("فجر اليوم الخميس" in an item dated Friday is Thursday).
    Only a weekday one or two days before the relative word's day, or the day after it when that is still on or
    before publication ("أمس الثلاثاء" in an item stamped Tuesday, whose metadata is the UTC day before the
    writer's): a farther one is no slip of a day.  The weekday's own mention then names that day too (a bare
    weekday counts back from publication, a week off when the copy was written the day after).
    """
    out = list(out)
    for k, (rel, wd) in enumerate(zip(out, out[1:])):
        if rel.kind != "relative" or wd.kind != "weekday" or rel.span is None or wd.span is None or rel.since \
                or rel.span.earliest != rel.span.latest or wd.span.precision != "day" \
                or not _APPOSED_WEEKDAY_GAP.fullmatch(sentence, rel.end, wd.start):
            continue
        named = wd.span.earliest.weekday()
        shift = next((n for n in (-1, -2, 1) if (rel.span.earliest + dt.timedelta(days=n)).weekday() == named), 0)
        day = rel.span.earliest + dt.timedelta(days=shift)
        if not shift or (shift > 0 and (published is None or day > published)):
            continue
        out[k] = DateMention(rel.start, rel.end, DateSpan(day, day, "day", rel.span.text),
                             rel.kind, rel.since, rel.relative_to_previous)
        if day != wd.span.earliest:
            out[k + 1] = DateMention(wd.start, wd.end, DateSpan(day, day, "day", wd.span.text), wd.kind, wd.since,
                                     wd.relative_to_previous)
    return out


_MIDNIGHT_SIDE = re.compile(r"(?<!\w)(?:before|after|avant|après|قبيل|قبل|بعيد|بعد)(?!\w)", re.I)


def _midnight_of_publication(sentence: str, out: list, published: dt.date) -> list:
    """Date "shortly after midnight", "قرابة منتصف الليل" told with no day at all, before or in its sentence.

    With no incident told before, midnight is the one the report's night crossed (like "overnight"): after it the
    report's day, before it the evening before, around it both days.
    """
    if any(d.span is not None and (d.kind != "relative" or d.span.earliest != published) for d in out):
        return out  # a day told with it ("lundi vers minuit"); the statement's "today" gives none
    out = list(out)
    for i, d in enumerate(out):
        if d.kind != "midnight" or d.span is not None:
            continue
        text = sentence[d.start:d.end]
        m = _MIDNIGHT_SIDE.search(text)
        side = _fold(m.group(0)) if m else ""
        earliest = latest = None
        if side in _BEFORE_SIDES:
            earliest = latest = published - dt.timedelta(days=1)
        elif side:
            earliest = latest = published
        else:
            earliest, latest = published - dt.timedelta(days=1), published
        out[i] = DateMention(d.start, d.end, DateSpan(earliest, latest, "day", text), d.kind, d.since, False)
    return out



# A night told as two days ("dans la nuit de samedi à dimanche", "overnight", "ليل السبت الأحد") whose hour the
# sentence gives: after midnight or in the small hours it is the second day, late in the evening the first (ACLED and
# the gold writers code "shortly after midnight", "vers 1 heure du matin", "23h30 Friday" so).
_NIGHT_KINDS = frozenset({"overnight", "night_dates", "relative"})
_SMALL_HOURS_WORDS = r"(?:une|deux|trois|quatre|cinq|one|two|three|four|five)"
_NIGHT_HOUR = re.compile(
    r"(?<!\w)(?:(?P<after>after\s+midnight|après\s+minuit|(?:بعد|بعيد)\s+منتصف\s+(?:الليل|الليلة|ليل)"
    r"|(?:in|during)\s+the\s+(?:early|small|wee)\s+hours|au\s+petit\s+matin|aux\s+premières\s+heures"
    r"|(?:vers|à|a|around|at|about|near|peu\s+après|shortly\s+after)\s+(?:(?:\d{1,2}|" + _SMALL_HOURS_WORDS + r")\s*heures?|\d{1,2}\s?h(?:\s?\d{2})?)\s+du\s+matin"
    r"|(?:at|around|about|near|by|shortly\s+after|just\s+after)\s+(?:[1-5]|12)(?:[:.][0-5]\d)?\s*a\.?\s?m\b\.?"
    r"|(?:vers|à|around|at|about|near|peu\s+après|shortly\s+after)\s+0?[0-5](?::[0-5]\d|\s?h(?:\s?[0-5]\d)?)(?!\w)"
    r"|(?:vers|à|peu\s+après)\s+(?:0?[1-5]|une|deux|trois|quatre|cinq)\s+heures?(?:\s+[0-5]\d)?(?!\s+(?:du\s+soir|de\s+l['’]après))(?!\w)"
    r"|الساعة\s+(?:\S+\s+){0,3}?(?:فجرا|فجراً|بعد\s+منتصف\s+الليل))"
    r"|(?P<before>before\s+midnight|avant\s+minuit|(?:قبيل|قبل)\s+منتصف\s+(?:الليل|الليلة|ليل)"
    r"|(?:vers|à|around|at|about|near)\s+(?:(?:\d{1,2}|onze|dix)\s*heures?|\d{1,2}\s?h(?:\s?\d{2})?)\s+du\s+soir"
    r"|(?:at|around|about|near|by|shortly\s+after|just\s+after)\s+(?:9|10|11)(?:[:.][0-5]\d)?\s*p\.?\s?m\b\.?"
    r"|(?:vers|à|around|at|about|near|peu\s+après|shortly\s+after)\s+(?:2[0-3])(?::[0-5]\d|\s?h(?:\s?[0-5]\d)?)(?!\w)"
    r"|الساعة\s+(?:\S+\s+){0,3}?(?:ليلا|ليلاً)))(?!\w)", re.I)


def _night_hour(sentence: str, out: list) -> list:
    """Narrow a night told as two days to the day its hour falls on, when the sentence gives one hour only.

    "Trois roquettes se sont abattues dans la nuit de samedi à dimanche, peu après minuit" is Sunday; "overnight,
    at around 11 p.m." the evening's day.  Cues that point both ways ("between 11 p.m. and 2 a.m.") leave the span.
    """
    sides = {("after" if m.group("after") else "before") for m in _NIGHT_HOUR.finditer(sentence)}
    if len(sides) != 1:
        return out
    side = sides.pop()
    nights = [i for i, d in enumerate(out) if d.kind in _NIGHT_KINDS and d.span is not None
              and d.span.precision == "day" and (d.span.latest - d.span.earliest).days == 1]
    if len(nights) != 1:
        return out
    out = list(out)
    d = out[nights[0]]
    day = d.span.latest if side == "after" else d.span.earliest
    out[nights[0]] = DateMention(d.start, d.end, DateSpan(day, day, "day", d.span.text), d.kind, d.since,
                                 d.relative_to_previous)
    return out


# "on Thursday last week", "jeudi de la semaine dernière": a weekday of the calendar week before the report's
_LAST_WEEK_AFTER = re.compile(r"\s*,?\s*(?:of\s+)?(?:last|the\s+previous)\s+week\b|\s+(?:de\s+)?la\s+semaine\s+(?:dernière|passée|précédente)",
                              re.I)


def _weekday_of_last_week(sentence: str, out: tuple, published: dt.date) -> list:
    """The weekday a "last week" after it places in the week (Monday to Sunday) before the report's; the week
    mention itself then dates nothing of its own."""
    out = list(out)
    for i, d in enumerate(out):
        if d.kind != "weekday" or d.span is None:
            continue
        tail = _LAST_WEEK_AFTER.match(sentence, d.end)
        if tail is None:
            continue
        word = next((w for w in re.findall(r"[^\W\d_]+", sentence[d.start:d.end]) if _fold(w) in WEEKDAYS), None)
        if word is None:
            continue
        monday = published - dt.timedelta(days=published.weekday() + 7)
        day = monday + dt.timedelta(days=WEEKDAYS[_fold(word)])
        out[i] = DateMention(d.start, tail.end(), DateSpan(day, day, "day", sentence[d.start:tail.end()]), d.kind,
                             d.since, d.relative_to_previous)
        out = [x for x in out if x is out[i] or not (d.end <= x.start < tail.end() + 1)]
        break
    return out


# "la veille de l'élection", "the day before the vote", "في اليوم السابق من": the day before something the phrase names,
# not the day before the date told
_DAY_BEFORE_OF = re.compile(r"\s+(?:de|du|des|d['’]|of|the|its|his|her|their|من|على)(?!\w)", re.I)
# A verb of saying next to a date: the day a statement was made ("the ministry said Saturday", "a fait état samedi",
# "ont annoncé mardi", "أعلنت الحكومة السبت"), before or after the date (a few words of subject between)
# (a claim is made on a day of its own too: "claimed on Tuesday Monday's attack", "a revendiqué mardi l'attaque")
_SAYING_LATIN = (r"(?:said|says|announced|reported|stated|confirmed|added|disclosed|revealed|claimed|told(?:\s+[\w.'’-]+){1,3}"
                 r"|(?:a|ont|avait|avaient)\s+(?:fait\s+état|fait\s+savoir|annoncé|indiqué|déclaré|affirmé|rapporté|"
                 r"précisé|confirmé|ajouté|signalé|dit|expliqué|assuré|dénoncé|démenti|dressé|revendiqué)|annonce|annoncent|indique|"
                 r"indiquent|affirme|affirment|fait\s+état|font\s+état)")
_SAYING_AR = (r"(?:و|ف)?(?:قال|قالت|أعلن|أعلنت|اعلن|اعلنت|أفاد|أفادت|افاد|افادت|ذكر|ذكرت|أكد|أكدت|اكد|اكدت|أوضح|أوضحت|"
              r"صرح|صرحت|نقل|نقلت|تبنى|تبنت|تبنّت)")
_SAYING = r"(?:" + _SAYING_LATIN + "|" + _SAYING_AR + r")"
# the verb right before the date ("said Saturday", "a fait état samedi"), or an Arabic verb before its subject
# ("أعلنت وزارة الصحة الخميس"); not "said drones hit the depot Friday", where the date is the incident's
_SAYING_BEFORE = re.compile(r"(?<!\w)(?:" + _SAYING_LATIN + r"(?!\w)(?:\s+[^\s,.;:،؛]+)?|" + _SAYING_AR
                            + r"(?!\w)(?:\s+[^\s,.;:،؛]+){0,3})\s*$", re.I)
_SAYING_AFTER = re.compile(r"\s*,?(?:\s+[^\s,.;:،؛]+){0,6}?\s+" + _SAYING + r"(?!\w)", re.I)


_POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")
# an Arabic verb of saying anywhere before a date, and "أن"/"إن"/"بأن" right after it (a comma at most between)
_SAYING_AR_WORD = re.compile(r"(?<!\w)" + _SAYING_AR + r"(?!\w)")
# Arabic "that" after a verb of saying, with its hamza (the hamza-less "ان" is also "if" and "from": _THAT_WORD only)
_AR_THAT = r"أن|إن|بأن|أنّ|إنّ|بأنّ"
_AR_THAT_AFTER = re.compile(r"\s*[،,]?\s*(?:" + _AR_THAT + r")(?!\w)")
_AR_SPEAKER_REACH = 90  # characters back to the verb: the speaker's name and title, "في بيان", "في تصريح لوكالة ..."
_THAT_WORD = re.compile(r"(?<![\w\u0621-\u064A])(?:that|que|qu['’]|" + _AR_THAT + r"|ان|بان)(?![\w\u0621-\u064A])", re.I)
# words between a date opening the clause and the verb of saying after it: a subject ("On Tuesday the Pentagon said",
# "Mardi, le ministère a annoncé"), not an incident ("On Monday rockets hit X and the army said")
_OPENS_CLAUSE = re.compile(r"\W*(?:on|le|في|يوم)?\s*$", re.I)


def statement_day(text: str, d: DateMention, incident_words=None) -> bool:
    """Whether the date mention ``d`` of ``text`` is the day of a statement, not of what the statement reports.

    The verb of saying stands right before the date ("a confirmé mardi l'attaque ... qui a visé lundi", "أفاد مصدر
    أمني اليوم الثلاثاء بأن ... مساء أمس"), or right after it ("U.S. officials on Tuesday confirmed Monday night's
    attack"), or a few words after a date that opens the clause ("On Tuesday the Pentagon said the attack late
    Monday ...").  Never a date owned by a noun ("said Monday's attack").  ``incident_words`` (text -> bool) vetoes
    words between a date and a later verb that tell an incident ("On Monday rockets hit X and the army said").
    The caller drops such a date only when the clause gives another day of its own.
    """
    if d.span is None or d.relative_to_previous or _POSSESSIVE_AFTER.match(text, d.end):
        return False
    head = text[max(0, d.start - 60):d.start].rstrip()
    # (the day set between commas after the speaker: "أكدت مصادر أمنية عراقية، اليوم الثلاثاء، أن ...")
    before = _SAYING_BEFORE.search(head[:-1] if head.endswith(("،", ",")) else head)
    if before is not None:
        # (not across "that" to the incident: "قال المرصد إن غارات استهدفت فجر اليوم ...")
        between = head[before.start():]
        return not (_THAT_WORD.search(between) or incident_words is not None and incident_words(between))
    if _AR_THAT_AFTER.match(text, d.end):
        # "قال الجيش الإسرائيلي في بيان اليوم إن ...", "وقال المرصد السوري لحقوق الإنسان يوم الثلاثاء إن ...": the
        # day set right before "أن"/"إن" closes the statement's own words (verb, speaker, "في بيان"), however long
        # the speaker's name; what the statement reports comes after "إن"
        verb = None
        for verb in _SAYING_AR_WORD.finditer(text, max(0, d.start - _AR_SPEAKER_REACH), d.start):
            pass
        if verb is not None and not _THAT_WORD.search(text, verb.end(), d.start) \
                and not any(c in text[verb.end():d.start] for c in ".؛;"):
            return True
    after = _SAYING_AFTER.match(text, d.end)
    if after is None or "," in after.group(0).strip()[1:]:
        return False
    between = text[d.end:after.end()]
    if len(between.split()) > 2 and not _OPENS_CLAUSE.fullmatch(text, 0, d.start):
        return False
    return not (incident_words is not None and incident_words(between))


_RELATIVE_BEFORE = dict(PATTERNS)["relative_before"]


def _window_of_statement(sentence: str, out: list[DateMention]) -> list[DateMention]:
    """A window ends on the day its statement was made: "The army said on Thursday it had struck 30 targets over the
    past 24 hours", "a indiqué jeudi avoir frappé ... au cours des dernières 24 heures", "قالت الوزارة يوم الثلاثاء إن
    ... خلال الساعات الـ24 الماضية" reach back from Thursday (Tuesday), not from publication; that day becomes kind
    ``"statement_day"`` (no span), as in :func:`_day_before_in_sentence`.  A day of the sentence's own ("struck Khiam on
    Wednesday in the past 24 hours") dates the incident: the window, only the period of the summary, is left out."""
    out = list(out)
    for i, w in enumerate(out):
        if w.kind != "past_window" or w.span is None:
            continue
        own = [j for j, d in enumerate(out) if j != i and d.span is not None and not d.since and d.kind != "past_window"
               and d.span.precision == "day"]
        said = next((j for j in own if not out[j].relative_to_previous and out[j].span.earliest == out[j].span.latest
                     and statement_day(sentence, out[j])), None)
        if said is not None:
            d, back = out[said], w.span.latest - w.span.earliest
            out[i] = DateMention(w.start, w.end, DateSpan(d.span.latest - back, d.span.latest, w.span.precision,
                                                          w.span.text), w.kind, w.since, False)
            out[said] = DateMention(d.start, d.end, None, "statement_day", d.since, False)
        elif own:
            out[i] = DateMention(w.start, w.end, None, w.kind, w.since, False)
    return out


def _day_before_in_sentence(sentence: str, out: list[DateMention], published: Optional[dt.date]) -> list[DateMention]:
    """"The day before" counted from the day the sentence gave before it, not from the incident told before.

    "Le gouvernement a fait état samedi de 16 morts dans les frappes menées la veille", "The ministry said on
    Tuesday that the strikes the day before killed 16": "la veille" is the day before Saturday.  When that earlier
    date belongs to a verb of saying, it is the day of the statement and dates no incident: its mention keeps the
    kind ``"statement_day"`` and no span (like a dateline).  With no such day and no incident told before, the
    day before is counted from the report's day, as a lead ("frappes menées la veille") tells it.
    """
    out = list(out)
    for i, d in enumerate(out):
        back = 1
        if d.kind == "relative_before":
            # ("The Pentagon confirmed on Tuesday that drones had hit X a day earlier": counted from that day alike)
            m = _RELATIVE_BEFORE.fullmatch(sentence, d.start, d.end)
            back, precision = _amount(m) if m is not None else (0, "")
            if precision != "day" or not 0 < back <= 7:
                continue
        elif d.kind != "previous_day" or _DAY_BEFORE_OF.match(sentence, d.end):
            continue
        anchor = next((j for j in range(i - 1, -1, -1) if out[j].span is not None and not out[j].since
                       and not out[j].relative_to_previous and out[j].span.precision == "day"), None)
        if anchor is None:
            if d.kind == "previous_day" and d.span is None and published is not None:
                day = published - dt.timedelta(days=1)
                out[i] = DateMention(d.start, d.end, DateSpan(day, day, "day", sentence[d.start:d.end]), d.kind, d.since,
                                     False)
            continue
        a = out[anchor]
        day = a.span.earliest - dt.timedelta(days=back)
        out[i] = DateMention(d.start, d.end, DateSpan(day, day, "day", sentence[d.start:d.end]), d.kind, d.since, False)
        # a verb after the date is its statement's when nothing divides them ("the ministry on Monday said") or the
        # date opens the sentence ("Samedi, le gouvernement a fait état"); not in "Rockets hit X on Saturday, the army
        # said, and the day before ...", where the date is the incident's and the verb an aside
        after = _SAYING_AFTER.match(sentence[:d.start], a.end)
        if after is not None and "," in after.group(0) and sentence[:a.start].strip():
            after = None
        if ";" not in sentence[a.end:d.start] and (_SAYING_BEFORE.search(sentence, max(0, a.start - 60), a.start)
                                                   or after is not None):
            out[anchor] = DateMention(a.start, a.end, None, "statement_day", a.since, False)
    return out


_YESTERDAY_WORD = re.compile(r"(?:yesterday(?:['’]s)?|hier|أمس|امس|الأمس)", re.I)
# what a statement says, right after its day: "said on Tuesday that", "a déclaré mardi que", "قال ... الثلاثاء إن"
_THAT_SAID = re.compile(r"[\s,،]*(?:that|que|qu['’]|إن|أن|ان|بأن|بان)(?!\w)", re.I)


def _yesterday_of_statement(sentence: str, out: list[DateMention], published: dt.date) -> list[DateMention]:
    """"A local source said on Tuesday that yesterday's strike on X killed three", "a déclaré mardi que la frappe
    d'hier", "وقال مصدر محلي الثلاثاء إن غارة أمس على X": the yesterday of what a source said is the day before the
    statement's day, not before publication (a report published Wednesday quoting Tuesday's statement tells a
    Monday strike).  The statement's day becomes kind ``"statement_day"`` (no span), as in
    :func:`_day_before_in_sentence`.  Only when a verb of saying comes before that day and "that"/"que"/"إن" right
    after it."""
    out = list(out)
    for i, a in enumerate(out):
        if a.kind != "weekday" or a.span is None or a.since or a.span.precision != "day" \
                or a.span.earliest != a.span.latest or not a.span.latest < published:
            continue
        if not _SAYING_BEFORE.search(sentence, max(0, a.start - 60), a.start) or not _THAT_SAID.match(sentence, a.end):
            continue
        j = next((k for k in range(i + 1, len(out)) if out[k].kind == "relative" and out[k].span is not None
                  and _YESTERDAY_WORD.fullmatch(sentence, out[k].start, out[k].end)), None)
        if j is None:
            continue
        d, day = out[j], a.span.earliest - dt.timedelta(days=1)
        out[j] = DateMention(d.start, d.end, DateSpan(day, day, "day", sentence[d.start:d.end]), d.kind, d.since, False)
        out[i] = DateMention(a.start, a.end, None, "statement_day", a.since, False)
        break
    return out


# The time that opens an entry of a live report ("18h05 - ", "11:45 — ", "09.30 GMT: "): no date of its own
_ENTRY_TIME = re.compile(r"\s*(?P<bracket>\[)?(?:(?:[01]?\d|2[0-3])\s*[hH:.]\s*[0-5]\d|(?:[٠١]?[٠-٩]|٢[٠-٣])\s*[:.]\s*[٠-٥][٠-٩])"
                         r"\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|HEC|HAEC|[AaPp]\.?[Mm]\.?|(?:بتوقيت\s+)?(?:غرينتش|غرينيتش))?"
                         r"(?(bracket)\]\s*[-–—:|]?\s*|\s*[-–—:|]\s+)(?=\S)")


# An entry that only reacts to an incident ("06:45 - X will pay a heavy price for this attack", "07h10 - Le
# mouvement dément toute implication"): a verb of reacting and no verb of an attack or of its toll.  Its time is the
# reaction's, not the incident's, so it dates nothing.
_ENTRY_REACTION = re.compile(
    r"(?<!\w)(?:vow(?:s|ed)|pledg(?:es|ed)|promis(?:es|ed)|threaten(?:s|ed)|warn(?:s|ed)|condemn(?:s|ed)|"
    r"denounc(?:es|ed)|den(?:y|ies|ied)|accus(?:es|ed)|blam(?:es|ed)|mourn(?:s|ed)|urg(?:es|ed)|"
    r"will\s+pay|would\s+pay|retaliat\w*|revenge|vengeance|respond(?:s|ed)?|"
    r"dément\w*|démenti|condamn\w*|promet\w*|promis|menac\w*|dénonc\w*|accus\w*|paiera\w*|riposte\w*|"
    r"يتوعد|توعد\w*|أدان\w*|ادان\w*|ندد\w*|نفى|نفت|ينفي|حذر\w*|هدد\w*)(?!\w)", re.I)
_ENTRY_ATTACK = re.compile(
    r"(?<!\w)(?:hit|hits|struck|strikes\s+(?:on|in|at)|landed|fell|exploded|crashed|slammed|killed|killing|wounded|"
    r"wounding|injured|injuring|intercepted|shot\s+down|downed|targeted|fired|launched|sirens?|"
    # French participles and verbs only: "la frappe sur X", "les tirs", "l'explosion" are the incident a reaction names
    r"(?:frapp|touch|vis|tomb|bless|tir|lanc|intercept|écras|cibl)(?:é|ée|és|ées|ant|ent)|tu[ée]s?|tuant|"
    r"abattus?|explos(?:é|ant)|sirènes?|"
    r"استهدف\w*|سقط\w*|قصف\w*|أصاب\w*|اصاب\w*|انفجر\w*|قتل\w*|مقتل|أصيب\w*|اصيب\w*|جرح\w*|اعترض\w*|"
    r"أسقط\w*|اسقط\w*|أطلق\w*|اطلق\w*)(?!\w)", re.I)


def _reaction_entry(entry: str) -> bool:
    """Whether a live entry only reacts: a verb of reacting and no verb of an attack or its toll."""
    return _ENTRY_REACTION.search(entry) is not None and _ENTRY_ATTACK.search(entry) is None


_CLOCK = re.compile(r"(?<!\w)(?P<h>2[0-3]|[01]?\d)(?!\d)\s*(?:(?P<sep>[hH:.])\s*(?P<m>[0-5]\d)?|\s+heures?)?"
                    r"\s*(?P<ap>[AaPp]\.?\s?[Mm]\b\.?)?")
_INCIDENT_HOUR = re.compile(r"(?<!\w)(?:vers|à|at|around|about|peu\s+après|peu\s+avant|shortly\s+(?:after|before)|"
                            r"نحو|عند|قرابة)\s+(?:la\s+)?(?:الساعة\s+)?(?=\d)", re.I)


def _hour_of(m: re.Match) -> Optional[int]:
    """The hour (0-23) of a clock match, or None when it is no time ("at 9" alone, "vers 3 000")."""
    if not (m.group("sep") or m.group("ap") or "heure" in m.group(0)):
        return None
    hour = int(m.group("h"))
    ap = (m.group("ap") or "").lower()[:1]
    if ap == "p" and hour < 12:
        hour += 12
    elif ap == "a" and hour == 12:
        hour = 0
    return hour


def _hour_after_stamp(sentence: str, stamp: re.Match) -> bool:
    """Whether the entry states an incident hour later in the day than the entry's own time."""
    posted = _CLOCK.match(sentence, stamp.start() + len(stamp.group(0)) - len(stamp.group(0).lstrip()))
    posted_hour = _hour_of(posted) if posted else None
    if posted_hour is None:
        return False
    for cue in _INCIDENT_HOUR.finditer(sentence, stamp.end()):
        told = _CLOCK.match(sentence, cue.end())
        hour = _hour_of(told) if told else None
        if hour is not None:
            return hour > posted_hour + 1
    return False


def _opens_with_time(sentence: str) -> Optional[re.Match]:
    """The time opening an entry of a live report ("18h05 - ", "[23:30]", "6.45pm: "), or None (cheap test first)."""
    head = sentence[:3].lstrip()[:1]
    return _ENTRY_TIME.match(sentence) if head.isdigit() or head == "[" else None

# What a live report's day heading may carry besides its date: "Updated Sunday, 28 July 2024, 08:10 (Jerusalem)",
# "Mis à jour le samedi 27 juillet à 23h30", "آخر تحديث: السبت 27 تموز 2024 - 09:10 بتوقيت غرينتش".
_HEADING_REST = re.compile(r"(?<!\w)(?:" + _WEEKDAY + r"|(?:last\s+)?updated|published|posted|mise?\s+à\s+jour|"
                           r"actualisée?|publiée?|le|on|at|à|the|de|du|local|time|heure|heures|locale|gmt|utc|"
                           r"آخر|تحديث|تاريخ|النشر|بتوقيت|غرينتش|غرينيتش|الساعة|يوم|في)(?!\w)"
                           r"|\([^()\n]{0,30}\)|\d{1,2}\s*[:hH.]\s*\d\d|(?:19|20)\d\d|[\s,،.;:|/–—-]+", re.I)
_HEADING_MAX = 90  # a day heading is a short line


def heading_day(line: str, lang: str = "en", published: Optional[dt.date] = None) -> Optional[dt.date]:
    """The day a line of a live report opens, when the line is a day heading and nothing else.

    Parameters
    ----------
    line : str
        One line (a heading) of the report.
    lang : str
        ``"en"``, ``"fr"`` or ``"ar"``.
    published : datetime.date, optional
        The publication date, against which a heading without a year ("Saturday, 27 July") is read.

    Returns
    -------
    datetime.date or None
        The heading's day: one day, not after publication; None for any other line.

    Examples
    --------
    >>> heading_day("Saturday, 27 July", "en", dt.date(2024, 7, 28)).isoformat()
    '2024-07-27'
    >>> heading_day("Rockets hit the base on Saturday", "en", dt.date(2024, 7, 28)) is None
    True
    """
    line = line.strip()
    if not line or len(line) > _HEADING_MAX or line[-1] in ".!?؟…\"”»'" \
            or len(line) > 40 and not any(c.isdigit() for c in line):
        return None  # (a sentence ends on its stop; a heading has none)
    if not _cached_matches(line):
        return None  # no date phrase at all (most headlines and credits): spare the reading against the day
    found = [m for m in find_dates(line, lang, published) if m.span is not None]
    if len(found) != 1:
        return None
    m = found[0]
    if m.since or m.relative_to_previous or m.span.precision != "day" or m.span.earliest != m.span.latest:
        return None
    day = m.span.earliest
    if published is not None and not dt.timedelta(0) <= published - day <= dt.timedelta(days=60):
        return None
    rest = _HEADING_REST.sub("", line[:m.start] + " " + line[m.end:])
    # a sentence with a date ("Rockets hit X on Saturday") leaves words: only a heading leaves nothing
    return day if not rest else None


# A page copied as text keeps the date line its site prints under the headline: "Published On 14 Mar 2023",
# "March 14, 2023 10:05 AM GMT", "Updated 3:45 PM EDT, Tue March 14, 2023", "Publié le 14/03/2023 à 10h05",
# "تاريخ النشر: ١٤ مارس ٢٠٢٣", "2023/03/14 10:05".  Only the top of the text is read, and only a line that is a full
# date (with its year) and nothing else but the words such lines carry.
_PUBLISHED_HEAD_CHARS = 1500
_PUBLISHED_HEAD_LINES = 15
_YEAR_WRITTEN = re.compile(r"(?:19|20|١٩|٢٠)(?:\d\d|[٠-٩]{2})")
_DATE_LINE_WORDS = re.compile(
    r"(?<!\w)(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|[ap]\.?m\.?|e[sd]t|bst|cet|cest|ast|msk|"
    r"first|date|posted|publication|modifiée?|نُ?شر|تم|بتاريخ)(?!\w)|(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d\d)?", re.I)
_SLASHED_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?!\d)")
_BYLINE_SPLIT = re.compile(r"\s[|·•]\s")  # "By Jane Doe | March 14, 2023": the parts of a byline line
_UPDATED_LINE = re.compile(r"updated|mise?\s+à\s+jour|modifi|actualis|تحديث|تعديل", re.I)
_EARLIEST_PUBLISHED = dt.date(1990, 1, 1)  # (an older "date" at the top is a history's, not the page's)


def published_line(text: str, lang: str = "en", today: Optional[dt.date] = None) -> Optional[dt.date]:
    """The publication date a page copied as text prints near its top, or its wire dateline's, if it gives a year.

    Read only when the article's metadata (sidecar, front matter, HTML head) gives none: relative dates
    ("Monday", "hier", "أمس") need it.  A "published" line wins over an "updated" one; a dateline
    ("ERBIL, 15 avril 2021 (AFP) -") counts only when no date line is found.

    Parameters
    ----------
    text : str
        The article as read (its first lines are looked at).
    lang : str
        ``"en"``, ``"fr"`` or ``"ar"``: the day/month order of numeric dates.
    today : datetime.date, optional
        A date after which no publication date is believed (default: today).

    Returns
    -------
    datetime.date or None

    Examples
    --------
    >>> published_line("Rockets hit base\\nPublished On 14 Mar 2023\\nThree rockets struck on Monday.")
    datetime.date(2023, 3, 14)
    >>> published_line("Three rockets struck the base on 14 March 2023.") is None
    True
    """
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    head = text[:_PUBLISHED_HEAD_CHARS]
    if not _YEAR_WRITTEN.search(head):
        return None
    found = []
    for part in (part for line in head.splitlines()[:_PUBLISHED_HEAD_LINES] for part in _BYLINE_SPLIT.split(line)):
        if _YEAR_WRITTEN.search(part):
            day = heading_day(_DATE_LINE_WORDS.sub(" ", _SLASHED_ISO.sub(r"\1-\2-\3", part)), lang, None)
            if day is not None and _EARLIEST_PUBLISHED <= day <= latest:
                found.append((_UPDATED_LINE.search(part) is not None, day))
    if found:
        return min(found, key=lambda f: f[0])[1]  # the first line not marked "updated", else the first one
    day = dateline_date(head, lang, None)
    return day if day is not None and _EARLIEST_PUBLISHED <= day <= latest else None


# "الرياض - الأحد 26 ديسمبر 2021", "Gaza - 11 mars 2024": a date line opened by the place the copy was filed from
_PLACED_LINE = re.compile(r"\s*" + _PLACE + r"\s*[-–—]\s*(?P<rest>.+)$")
_WRITTEN_HEAD_LINES = 4  # a title, a blank line, the date line
_WRITTEN_SLIP_DAYS = 2  # how far before its metadata's date copy is believed written (a wire item filed the next day)


def writing_day(text: str, lang: str = "en", published: Optional[dt.date] = None) -> Optional[dt.date]:
    """The day the copy was written, when its head says so and the metadata's date is a day or two later.

    "Today", "yesterday", "اليوم", "أمس" and a bare weekday count from the day the writer wrote them; a wire item
    republished, or collected, the next day keeps its dateline ("دمشق، 11 آذار (سانا) -", "BEIRUT, March 11
    (Reuters) -") or its placed date line near the top ("الرياض - الاثنين 11 آذار 2024"), and the metadata's date
    is then a day late for every relative word of the article.  Only a day one or two days before ``published``: a
    farther date at the top is more likely another's (a history, an "originally published" line) than a slip.

    >>> writing_day("BEIRUT, March 11 (Reuters) - Two people ...", "en", dt.date(2024, 3, 12)).isoformat()
    '2024-03-11'
    >>> writing_day("BEIRUT, March 12 (Reuters) - Two people ...", "en", dt.date(2024, 3, 12)) is None
    True
    """
    if published is None:
        return None
    day = dateline_date(text[:200], lang, published)
    if day is None:
        # the dateline opening the copy's first paragraph, under a title ("غارات على الجنوب\n\nبيروت، 14 آذار
        # (رويترز) - ...")
        for line in text[:_PUBLISHED_HEAD_CHARS].splitlines()[1:_WRITTEN_HEAD_LINES + 1]:
            if line.strip():
                day = dateline_date(line.strip()[:200], lang, published)
                if day is not None:
                    break
    if day is None and _YEAR_WRITTEN.search(text, 0, _PUBLISHED_HEAD_CHARS):
        # (only a line that names its place: a bare date line at the top may be a live report's first day heading,
        # which dates the entries under it, not the report)
        for line in text[:_PUBLISHED_HEAD_CHARS].splitlines()[:_WRITTEN_HEAD_LINES]:
            placed = _PLACED_LINE.match(line) if len(line) <= _HEADING_MAX else None
            if placed is not None and _YEAR_WRITTEN.search(placed.group("rest")):
                day = heading_day(placed.group("rest"), lang, None)
                if day is not None:
                    break
    if day is None or not 1 <= (published - day).days <= _WRITTEN_SLIP_DAYS:
        return None
    return day


class LiveDays:
    """The day headings of a live report, and the day of the timed entries under each.

    A live report posts entries opened by their time ("23:30 - ...") under day headings ("Saturday, 27 July").
    An entry's time is of the last day heading above it, not of the publication day; the sentences of the
    entry's paragraph are told that day too ("said overnight" counts back from it).

    Parameters
    ----------
    lang : str
        The report's language.
    published : datetime.date, optional
        The publication date: the day of entries under no day heading, and of everything that is not an entry.
    """

    def __init__(self, lang: str, published: Optional[dt.date]):
        self.lang, self.published = lang, published
        self.day: Optional[dt.date] = None  # the day of the last day heading read
        self.paragraph = -1  # the paragraph of the entry being read
        self.titled: Optional[dt.date] = None  # the day of the entry under a time title ("09:05 — Rockets hit X")
        self.title_paragraph = -1

    def day_of(self, sentence: str, paragraph: int) -> Optional[dt.date]:
        """The day against which ``sentence`` (in paragraph number ``paragraph``) is dated.

        Call it on every sentence in order, headings included: a day heading moves the day of the entries after it.
        """
        if self.published is None:
            return None
        if len(sentence) <= _HEADING_MAX:
            day = heading_day(sentence, self.lang, self.published)
            if day is not None:
                self.day, self.paragraph, self.titled = day, -1, None
                return self.published
            if _time_title(sentence):
                # an entry titled by its time alone ("10:45") or by its time and a headline with no stop: the
                # paragraphs under it, up to the next title, are that entry's
                self.titled, self.title_paragraph = self.day or self.published, paragraph
        if self.day is None:
            return self.published
        if _opens_with_time(sentence):
            self.paragraph = paragraph
            return self.day
        return self.day if paragraph == self.paragraph else self.published


    def entry_day(self, paragraph: int) -> Optional[dt.date]:
        """The day of the live entry that paragraph number ``paragraph`` belongs to, when it sits under a time
        title ("09:05 — Rockets on X" or a bare "10:45" line); None outside such entries.

        An incident an entry tells with no day of its own is of the entry's day: a live report posts the news of
        its day, and a retold incident carries its own date.
        """
        return self.titled if self.titled is not None and paragraph > self.title_paragraph else None


_BARE_TIME = re.compile(r"\s*\[?(?:[01]?\d|2[0-3])\s*[hH:.]\s*[0-5]\d\s*(?:GMT|UTC|[AaPp]\.?[Mm]\.?)?\]?\s*$")


def _time_title(line: str) -> bool:
    """Whether ``line`` titles a live entry: a time alone, or a time and a headline with no closing stop."""
    head = line[:3].lstrip()[:1]
    if not (head.isdigit() or head == "["):
        return False
    if _BARE_TIME.match(line):
        return True
    return _ENTRY_TIME.match(line) is not None and line.rstrip()[-1:] not in ".!?؟…\"”»'"


# A statement or a reaction that a report leads with, timed against the incident it answers ("The UAE vowed
# on Tuesday to respond, a day after drones hit a depot", "Washington a promis lundi une riposte, au lendemain de
# l'attaque"): said, vowed, condemned, recalled an ambassador, buried the dead.
_REACTING = (r"(?:said|says|announced|stated|confirmed|vowed|vows|pledged|pledges|promised|promises|threatened|"
             r"threatens|warned|warns|condemned|condemns|denounced|accused|accuses|blamed|blames|recalled|summoned|"
             r"buried|mourned|mourns|urged|demanded|called|reserved|visited|visits|toured|"
             r"s['’](?:est|était)\s+rendue?|se\s+sont\s+rendue?s|"
             r"(?:a|ont|avait|avaient)\s+(?:(?:fait\s+(?:état|savoir))|annoncé|indiqué|déclaré|affirmé|promis|menacé|"
             r"condamné|dénoncé|accusé|rappelé|convoqué|averti|juré|exigé|appelé|enterré|réclamé|confirmé|dit|visité)|"
             r"promet|promettent|menace|menacent|condamne|condamnent|dénonce|dénoncent|accuse|accusent|annonce|"
             r"annoncent|enterre|enterrent)")
# (a threat's infinitive and its object may come between: "threatened to strike Beirut on Tuesday", "a menacé de
# frapper Beyrouth mardi")
# (and a condemnation's object: "condemned the Israeli raids on Wednesday", "a dénoncé les frappes américaines mardi")
_REACTING_BEFORE = re.compile(r"(?<!\w)(?:" + _REACTING + r"(?!\w)(?:\s+(?:to|de|d['’])\s*[^\s,.;:]+)?(?:\s+[^\s,.;:]+){0,2}?"
                              r"|(?:condemn|denounc|condamn|dénonc)\w*(?:\s+[^\s,.;:]+){0,4}?"
                              # ("police found a rocket launcher in Basra on Wednesday, a day after ...", "a retrouvé
                              # mardi un lance-roquettes": a find is the police's deed of its day, the attack before it)
                              r"|(?:found|discovered|(?:a|ont)\s+(?:retrouvé|découvert))(?:\s+[^\s,.;:]+){0,6}?)\s*$", re.I)
_REACTING_AFTER = re.compile(r"\s*(?:[^\s,.;:]+\s+){0,3}?" + _REACTING + r"(?!\w)", re.I)
# "a day after", "two days after", "the day after", "au lendemain de", "trois jours après": the gap back to what
# follows (not "two days later", counted forward from an incident told before)
_GAP_AFTER = re.compile(r"(?<!\w)(?:(?:just|only|barely|à peine)\s+)?(?:(?P<n>\d+|" + _alt(SMALL)
                        + r")\s+(?P<unit>days?|weeks?|jours?|semaines?)\s+(?:(?:à peine|just|barely)\s+)?(?:after|après)(?!\w)"
                        r"|(?P<one>the\s+day\s+after(?!\w)|(?:au|le)\s+lendemain\s+(?:d['’]|(?:de|du|des)(?!\w))))", re.I)


def _statement_after(sentence: str, out: list) -> list:
    """"X said on Tuesday ..., a day after drones hit Y": the incident the tail tells is a day before the statement.

    The day given to the verb of saying or reacting is the statement's (kind ``"statement_day"``, no span, as in
    :func:`_day_before_in_sentence`); the gap phrase after it dates the incident, counted back from that day.  A day
    given to an attack ("Rockets hit X on Tuesday, a day after strikes on Y") is left as it is.
    """
    out = list(out)
    for i, a in enumerate(out):
        if a.span is None or a.since or a.relative_to_previous or a.span.precision != "day" \
                or a.span.earliest != a.span.latest:
            continue
        gap = _GAP_AFTER.search(sentence, a.end)
        if gap is None or ";" in sentence[a.end:gap.start()] or gap.start() - a.end > 200:
            continue
        if not (_REACTING_BEFORE.search(sentence, max(0, a.start - 40), a.start)
                or _REACTING_AFTER.match(sentence, a.end)):
            continue
        days, precision = gap_days(gap)
        span = _shifted(a.span, -days, precision, gap.group(0))
        out[i] = DateMention(a.start, a.end, None, "statement_day", a.since, False)
        j = next((k for k, d in enumerate(out) if d.start < gap.end() and gap.start() < d.end), None)
        mention = DateMention(gap.start(), gap.end(), span, "relative", False, False)
        if j is None:
            out.append(mention)
            out.sort(key=lambda d: d.start)
        else:
            out[j] = mention
        break
    return out


# The Arabic twin of _REACTING: a lead that reacts to an attack ("هددت إسرائيل اليوم الثلاثاء بالرد", "شيعت ... جنديا",
# "أعلنت وزارة الصحة اليوم ارتفاع الحصيلة", "زار الوزير اليوم البلدة"): a threat, a statement, a funeral, a toll, a visit
_AR_REACTING = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:هدد|هددت|تهدد|يهدد|توعد|توعدت|تتوعد|يتوعد|حذر|حذرت|حذّر|حذّرت|أعلن|أعلنت|اعلن|اعلنت|"
    r"قال|قالت|أكد|أكدت|اكد|اكدت|صرح|صرحت|نعى|نعت|شيع|شيعت|شيّع|شيّعت|يشيع|تشيع|دفن|دفنت|أدان|أدانت|ادان|ادانت|دان|دانت|"
    r"استنكر|استنكرت|ندد|نددت|استدعى|استدعت|طالب|طالبت|دعا|دعت|زار|زارت|يزور|تزور|ارتفعت|ارتفع|بلغت|توعّد|توعّدت|"
    r"اتهم|اتهمت|حمل|حملت|حمّل|حمّلت|أقر|أقرت|اعترف|اعترفت)(?![\u0621-\u064A])")
# ("أنه", "إنها": the conjunction with its pronoun too, which _THAT_WORD does not take)
_AR_THAT_CLITIC = re.compile(r"(?<![\u0621-\u064A])(?:أن|إن|ان|أنه|أنها|انه|انها|إنه|إنها)(?![\u0621-\u064A])")
# the gap after the reaction's day: "، بعد يوم من", "عقب يومين من", "بعد ثلاثة أيام على"
# (also extract._AR_RECALLED_AFTER's, after an attack told with its day)
_AR_GAP_AFTER = re.compile(r"(?:بعد|عقب)\s+(?:(?P<n>ثلاثة|ثلاث|أربعة|اربعة|خمسة|ستة|سبعة|[\d٠-٩])\s+أيام|(?P<two>يومين)|يوم)"
                           r"(?:\s+(?:واحد|فقط))*\s+(?:من|على)(?![\u0621-\u064A])")


def gap_days(gap: re.Match) -> tuple[int, str]:
    """(days, precision) a :data:`_GAP_AFTER` gap tells ("a day after" 1, "three days after" 3, "two weeks after" 14
    at week precision)."""
    if gap.group("one"):
        return 1, "day"
    n = _fold(gap.group("n"))
    days = int(n) if n.isdigit() else SMALL.get(n, 1)
    return (days * 7, "week") if gap.group("unit").lower().startswith(("week", "semaine")) else (days, "day")


def ar_gap_days(gap: re.Match) -> int:
    """The days an :data:`_AR_GAP_AFTER` gap tells ("بعد يوم من" 1, "عقب يومين من" 2, "بعد ثلاثة أيام على" 3)."""
    if gap.group("two"):
        return 2
    n = gap.group("n")
    return 1 if n is None else SMALL.get(n) or int(n.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))


_THAT_EN_FR = re.compile(r"(?<!\w)(?:that|que|qu['’])(?!\w)", re.I)
# the plain verbs of saying among the reactions (_REACTING, _AR_REACTING): what they report may be an attack (not the
# module's _SAYING, which also holds "dénoncé", a reaction here)
_PLAIN_SAYING = re.compile(r"said|says|announced|stated|confirmed|(?:a|ont|avait|avaient)\s+(?:annoncé|indiqué|déclaré|affirmé|"
                     r"confirmé|dit|fait\s+(?:état|savoir))|annonce|annoncent|[وف]?(?:قال|قالت|أعلن|أعلنت|اعلن|اعلنت|أكد|"
                     r"أكدت|اكد|اكدت|صرح|صرحت|أقر|أقرت|اعترف|اعترفت)", re.I)


def _undated_reaction_gap(sentence: str, out: list, lang: str, published: dt.date) -> list:
    """"هددت إسرائيل بضرب بيروت، بعد يوم من هجمات على نهاريا", "Israel threatened to strike Beirut, a day after rockets
    hit Nahariya", "L'Iran a condamné les frappes, au lendemain de raids sur X": a reaction told with no day of its
    own is the report's, and the attack after the gap is that many days before it (as :func:`_statement_after`
    counts back from a day named).  Not when the reaction reports an attack ("أعلن الجيش أنه قصف", "said that")."""
    if lang == "ar":
        gap, said = _AR_GAP_AFTER.search(sentence), _AR_REACTING.search(sentence)
        that = _AR_THAT_CLITIC
    else:
        gap, said = _GAP_AFTER.search(sentence), re.search(r"(?<!\w)" + _REACTING + r"(?!\w)", sentence, re.I)
        that = _THAT_EN_FR
    if said is not None and _PLAIN_SAYING.fullmatch(said.group(0).strip()):
        return out  # ("The army said a second rocket hit X, a day after ...": what is said may be the attack itself)
    if gap is None or said is None or said.start() > 60 or said.end() > gap.start() or gap.start() - said.end() > 80 \
            or "." in sentence[said.end():gap.start()] or that.search(sentence, said.end(), gap.start()):
        return out
    if any(d.kind == "statement_day" or d.span is not None and not d.since and not d.relative_to_previous
           and d.kind != "relative_after" and not (d.start < gap.end() and gap.start() < d.end) for d in out):
        return out  # (a day named: the statement's, counted back from by _statement_after)
    days, precision = (ar_gap_days(gap), "day") if lang == "ar" else gap_days(gap)
    span = _shifted(DateSpan(published, published, "day", ""), -days, precision, gap.group(0))
    out = [d for d in out if not (d.start < gap.end() and gap.start() < d.end)]
    out.append(DateMention(gap.start(), gap.end(), span, "relative", False, False))
    out.sort(key=lambda d: d.start)
    return out


def _ar_statement_after(sentence: str, out: list) -> list:
    """"هددت إسرائيل اليوم الثلاثاء بالرد، بعد يوم من هجمات صاروخية على X": the attack the tail tells is a day (two,
    three) before the reaction's day, as :func:`_statement_after` reads "vowed on Tuesday to respond, a day after".
    The reaction's day ("اليوم", "الثلاثاء") becomes the statement's; the gap phrase dates the attack.  A day given
    to an attack ("قصف الجيش اليوم بلدة X بعد يوم من غارات على Y") is left as it is (the split into an earlier
    attack of its own is extract._ar_recalled_split's)."""
    days = [i for i, d in enumerate(out) if d.span is not None and not d.since and not d.relative_to_previous
            and d.span.precision == "day" and d.span.earliest == d.span.latest]
    if not days:
        return out
    first, last = out[days[0]], out[days[-1]]
    gap = _AR_GAP_AFTER.search(sentence, last.end)
    if gap is None or gap.start() - last.end > 80 or "." in sentence[last.end:gap.start()]:
        return out
    said = None
    for said in _AR_REACTING.finditer(sentence, max(0, first.start - 60), first.start):
        pass
    if said is None or _AR_THAT_CLITIC.search(sentence, said.end(), first.start):
        return out  # ("أعلن الجيش أنه قصف اليوم بلدة X": the day of the attack reported, not of the saying)
    span = _shifted(last.span, -ar_gap_days(gap), "day", gap.group(0))
    out = [DateMention(d.start, d.end, None, "statement_day", d.since, False) if i in days and d.start < gap.start()
           else d for i, d in enumerate(out) if not (d.start < gap.end() and gap.start() < d.end)]
    out.append(DateMention(gap.start(), gap.end(), span, "relative", False, False))
    out.sort(key=lambda d: d.start)
    return out


# A month or year that qualifies a noun ("the 2019 attack", "A September 2019 strike"): a reference to a past
# incident, which dates a clause only when the clause gives no day or week of its own.
_ATTRIBUTIVE = frozenset({"year_attr", "month_year"})


def _dates_an_incident(d: DateMention) -> bool:
    return d.span is not None and not d.since and d.kind not in _ATTRIBUTIVE and d.span.precision in ("day", "week")


def _may_say_since(sentence: str) -> bool:
    """False when no "since"/"depuis"/"منذ" can match in the sentence (:data:`SINCE`, :data:`_SINCE_WORD`): plain
    substring tests on the lower-cased text, or True where they could misjudge it (lower-casing changes its
    length, or it holds "ı" or "ſ", which ``re.I`` matches as "i" and "s")."""
    low = sentence.lower()
    if len(low) != len(sentence) or "ı" in low or "ſ" in low:
        return True
    return "since" in low or "depuis" in low or "منذ" in low


def _since_far(sentence: str, start: int) -> bool:
    """Whether a "since"/"depuis"/"منذ" a few words before ``start`` governs the date there
    ("since the war began on 7 October", "depuis le début de la guerre le 7 octobre"), and
    is not the French "depuis" of a place ("tirés depuis le Yémen ... dimanche")."""
    window_start = max(0, start - _SINCE_FAR_CHARS)
    last = None
    for last in _SINCE_WORD.finditer(sentence, window_start, start):
        pass
    if last is None:
        return False
    gap = _SINCE_GAP.fullmatch(sentence, last.end(), start)
    if gap is None:
        return False
    words = _TOKEN.findall(sentence[last.end():start])
    if not words:
        return False
    keyword = last.group(0).lower()
    head_at = 0
    if keyword == "depuis":
        while head_at < len(words) - 1 and words[head_at].lower() in _FR_SKIP:
            head_at += 1
    elif keyword == "since" and words[0].lower() == "the" and len(words) > 1:
        head_at = 1
    head = words[head_at]
    folded = head.lower()
    if folded in _EARLIER_ONES:
        return False  # "les premières depuis celles du 10 février, qui avaient visé X": the earlier strikes' own day
    if folded in _PERIOD_HEADS or folded.startswith("mi-"):
        return len(gap.group(0).split()) <= _SINCE_WORDS_PERIOD
    if len(gap.group(0).split()) > _SINCE_WORDS:
        return False
    if keyword != "depuis":
        return True  # "since" and "منذ" are only ever temporal
    if head.lower() in _FR_SKIP:
        return True  # "depuis le 17 octobre": nothing but an article before the date
    if head[0].isupper() or folded in _PLACE_HEADS:
        return False  # "depuis le Yémen", "depuis le sud du Liban": a place
    return not _LAUNCH_BEFORE_DEPUIS.search(sentence, max(0, last.start() - 40), last.start())


# "أغارت الطائرات ليلا على X", "jets struck X at night", "frappé X à l'aube": a bare night or dawn in a report with no day
# told before it is the night the report's day closed (as "overnight") or that day's own dawn
_BARE_NIGHT_LATIN = re.compile(r"(?<!\w)(?:at night|during the night|at (?P<dawn>dawn|daybreak|first light)|"
                               r"(?P<aube>à l['’]aube|au petit matin))(?!\w)", re.I)


# (frwire41) "en fin de matinée", "dans l'après-midi", "in the early afternoon", "بعد الظهر": a part of the day told
# alone, in a report with no day told anywhere, is of the report's own day (as "ce matin", "this afternoon" are)
_BARE_DAYTIME = re.compile(r"(?<!\w)(?:(?:(?:early|late)\s+)?in\s+the\s+(?:(?:early|late|mid-?)\s*)?(?:morning|afternoon|evening)"
                           r"|dans\s+la\s+(?:matinée|soirée|journée)|dans\s+l['’]après-midi|en\s+(?:matinée|soirée)"
                           r"|en\s+(?:début|fin|milieu)\s+(?:de\s+(?:matinée|journée|soirée)|d['’]après-midi)"
                           r"|بعد\s+الظهر|ظهرا|عصرا|صباحا|مساء)(?!\w)", re.I)


def bare_night_span(text: str, published: Optional[dt.date]) -> Optional[DateSpan]:
    """The day(s) of a bare night, dawn or daytime word in an undated clause (see above), or None."""
    if published is None:
        return None
    m = _BARE_NIGHT_AR.search(text) or _BARE_NIGHT_LATIN.search(text)
    if m is None:
        day = _BARE_DAYTIME.search(text)
        return DateSpan(published, published, "day", day.group(0)) if day is not None else None
    word = m.group(0)
    dawn = word.startswith("فجر") or (m.re is _BARE_NIGHT_LATIN and (m.group("dawn") or m.group("aube")))
    return DateSpan(published if dawn else published - dt.timedelta(days=1), published, "day", word)


def undated_span(published: Optional[dt.date], history_days: int, since: Optional[DateSpan] = None) -> Optional[DateSpan]:
    """The span an undated report of a recent attack may fall in: from the period's start (or the
    history window) to the publication date."""
    if published is None:
        return None
    earliest = since.earliest if since else published - dt.timedelta(days=history_days)
    return DateSpan(earliest, published, "range", "")
