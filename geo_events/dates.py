"""Dates as news reports write them, resolved against the publication date.

:func:`find_dates` finds date phrases in a sentence (English, French, Arabic) and turns
each into a :class:`~geo_events.models.DateSpan` with a precision in the spirit of
ACLED's time_precision: ``day`` ("Monday evening", "le 20 février", "March 3"),
``week`` ("at the end of February", "a week after the attack"), ``month``
("in January 2020"), ``year``.  Absolute phrases go through dateparser; weekday
names and relative phrases are counted back from the publication date here, because
their meaning ("Monday" = the latest Monday on or before publication) is a rule of
news writing, not of calendars.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .models import DateSpan

MONTHS = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
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
    "hier": 1, "hier soir": 1, "hier matin": 1, "hier après-midi": 1, "avant-hier": 2, "la nuit dernière": 1,
    "اليوم": 0, "فجر اليوم": 0, "صباح اليوم": 0, "مساء اليوم": 0, "الليلة الماضية": 1, "أمس": 1, "امس": 1,
    "مساء أمس": 1, "مساء امس": 1, "ليل أمس": 1, "فجر أمس": 1, "أول أمس": 2, "اول امس": 2,
}

# Part of a month -> (first day, last day or None for the month's end).
PERIODS = {
    "early": (1, 10), "the beginning of": (1, 10), "beginning of": (1, 10), "the start of": (1, 10),
    "start of": (1, 10), "mid": (11, 20), "mid-": (11, 20), "the middle of": (11, 20), "middle of": (11, 20),
    "late": (21, None), "the end of": (21, None), "end of": (21, None),
    "début": (1, 10), "au début de": (1, 10), "début de": (1, 10), "mi": (11, 20), "mi-": (11, 20),
    "à la mi": (11, 20), "fin": (21, None), "fin de": (21, None), "à la fin de": (21, None),
    "أوائل": (1, 10), "اوائل": (1, 10), "مطلع": (1, 10), "منتصف": (11, 20), "أواخر": (21, None),
    "اواخر": (21, None), "نهاية": (21, None),
}

UNITS = {"day": 1, "days": 1, "jour": 1, "jours": 1, "week": 7, "weeks": 7, "semaine": 7, "semaines": 7,
         "يوم": 1, "أيام": 1, "ايام": 1, "أسبوع": 7, "اسبوع": 7}

SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10,
         "une": 1, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dix": 10, "quinze": 15}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH = _alt(MONTHS)
_WEEKDAY = _alt(WEEKDAYS)
_PART = r"(?:\s+(?:morning|afternoon|evening|night|matin|soir|après-midi|midi|soirée|dernier|dernière|مساء|صباح|ليلة|فجر))?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_DAYNUM = r"(?P<day>[0-3]?\d|[٠-٣]?[٠-٩])(?:st|nd|rd|th|er)?"
_PERIOD = _alt(PERIODS)

PATTERNS = [
    ("numeric", re.compile(r"(?<![\w/.-])(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))(?![\w/-])(?!\.\d)")),
    ("period", re.compile(r"(?<!\w)(?P<period>" + _PERIOD + r")[\s-]?(?P<month>" + _MONTH + r")" + _YEAR + r"(?!\w)", re.I)),
    ("month_day", re.compile(r"(?<!\w)(?P<month>" + _MONTH + r")\.?\s+" + _DAYNUM + _YEAR + r"(?!\w)", re.I)),
    ("day_month", re.compile(r"(?<!\w)" + _DAYNUM + r"\s+(?:de\s+)?(?P<month>" + _MONTH + r")" + _YEAR + r"(?!\w)", re.I)),
    ("relative_after", re.compile(
        r"(?<!\w)(?:(?:à peine|barely|just|only|about|some)\s+)?(?P<n>\d+|" + _alt(SMALL) + r")\s+(?P<unit>" + _alt(UNITS)
        + r")\s+(?:(?:à peine|barely|just)\s+)?(?:after|later|après|plus tard|بعد)(?!\w)", re.I)),
    ("overnight", re.compile(r"(?<!\w)(?:(?:dans )?la nuit (?:de|du) (?P<w1>" + _WEEKDAY + r") (?:à|au) (?P<w2>" + _WEEKDAY
                             + r")|overnight (?:from )?(?P<w3>" + _WEEKDAY + r") (?:to|into) (?P<w4>" + _WEEKDAY + r"))(?!\w)", re.I)),
    ("next_day", re.compile(r"(?<!\w)(?:the next day|the following day|le lendemain|في اليوم التالي)(?!\w)", re.I)),
    ("same_day", re.compile(r"(?<!\w)(?:(?:on |later )?the same day|(?:le )?même jour|في (?:اليوم|الوقت) نفسه|في نفس اليوم)(?!\w)", re.I)),
    ("previous_day", re.compile(r"(?<!\w)(?:the (?:day|night) before|a day earlier|the previous (?:day|night)|la veille(?: au soir)?|"
                                r"في اليوم السابق|قبل ذلك بيوم|في الليلة السابقة)(?!\w)", re.I)),
    ("relative", re.compile(r"(?<!\w)(?:" + _alt(RELATIVE_DAYS) + r")(?!\w)", re.I)),
    ("weekday", re.compile(r"(?<!\w)(?:(?:on|last|this|early|late)\s+|(?:يوم|ليلة|مساء|صباح|فجر)\s+)?(?P<weekday>"
                           + _WEEKDAY + r")" + _PART + r"(?!\w)", re.I)),
    ("month", re.compile(r"(?<!\w)(?:in|en|au mois de|في|خلال)\s+(?P<month>" + _MONTH + r")" + _YEAR + r"(?!\w)", re.I)),
    ("year", re.compile(r"(?<!\w)(?:in|en|في|عام)\s+(?P<year>(?:19|20)\d\d)(?!\w)", re.I)),
]

SINCE = re.compile(r"(?:since|depuis|منذ)\s*$", re.I)


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
    month = MONTHS[m.group("month").lower()]
    day = int(m.group("day").translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
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
        month = MONTHS[m.group("month").lower()]
        year = _infer_year(month, 1, published, int(m.group("year")) if m.group("year") else None)
        if year is None:
            return None
        first, last = PERIODS[m.group("period").lower()]
        last = last or _month_end(year, month)
        return DateSpan(dt.date(year, month, first), dt.date(year, month, last), "week", text)
    if kind == "month":
        month = MONTHS[m.group("month").lower()]
        year = _infer_year(month, 1, published, int(m.group("year")) if m.group("year") else None)
        if year is None:
            return None
        return DateSpan(dt.date(year, month, 1), dt.date(year, month, _month_end(year, month)), "month", text)
    if kind == "year":
        year = int(m.group("year"))
        return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", text)
    if kind == "relative":
        if published is None:
            return None
        key = " ".join(text.lower().split())
        days = RELATIVE_DAYS.get(key, RELATIVE_DAYS.get(key.replace("’", "'"), 0))
        date = published - dt.timedelta(days=days)
        return DateSpan(date, date, "day", text)
    if kind == "overnight":  # "dans la nuit de mardi à mercredi": a span over both days
        if published is None:
            return None
        w2 = WEEKDAYS[(m.group("w2") or m.group("w4")).lower()]
        back = (published.weekday() - w2) % 7
        latest = published - dt.timedelta(days=back)
        return DateSpan(latest - dt.timedelta(days=1), latest, "day", text)
    if kind == "weekday":
        if published is None:
            return None
        weekday = WEEKDAYS[m.group("weekday").lower()]
        back = (published.weekday() - weekday) % 7
        if re.match(r"last\s", text, re.I) and back == 0:
            back = 7
        date = published - dt.timedelta(days=back)
        return DateSpan(date, date, "day", text)
    if kind in ("relative_after", "next_day", "previous_day", "same_day"):
        if previous is None:
            return None
        if kind in ("next_day", "previous_day", "same_day"):
            delta, precision = {"next_day": 1, "previous_day": -1, "same_day": 0}[kind], previous.precision
        else:
            n = m.group("n").lower()
            count = int(n) if n.isdigit() else SMALL.get(n, 1)
            unit = UNITS[m.group("unit").lower()]
            delta = count * unit
            precision = "week" if unit == 7 else previous.precision
        earliest = previous.earliest + dt.timedelta(days=delta)
        latest = previous.latest + dt.timedelta(days=delta)
        if precision == "week" and earliest == latest:
            # "a week after": within a few days of the seventh day
            earliest, latest = earliest - dt.timedelta(days=2), latest + dt.timedelta(days=2)
        return DateSpan(earliest, latest, precision, text)
    return None


def find_dates(sentence: str, lang: str = "en", published: Optional[dt.date] = None,
               previous: Optional[DateSpan] = None) -> list[DateMention]:
    """Date phrases of a sentence, left to right, without overlaps.

    ``previous`` is the date of the incident told just before, for "a week after the attack".

    >>> [m.span.earliest.isoformat() for m in find_dates("Seven rockets hit the base on Monday evening.",
    ...                                                   published=dt.date(2021, 3, 16))]
    ['2021-03-15']
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(sentence):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "weekday" and re.match(r"\s*\d", sentence[e:e + 3]):
                continue  # "Monday 15 March" is taken by day_month; never read a weekday twice
            span = _resolve(kind, m, lang, published, previous)
            since = bool(SINCE.search(sentence[max(0, s - 12):s]))
            found.append(DateMention(s, e, span, kind, since, kind in ("relative_after", "next_day", "previous_day", "same_day")))
            taken.append((s, e))
    found.sort(key=lambda d: d.start)
    return found


def undated_span(published: Optional[dt.date], history_days: int, since: Optional[DateSpan] = None) -> Optional[DateSpan]:
    """The span an undated report of a recent attack may fall in: from the period's start (or the
    history window) to the publication date."""
    if published is None:
        return None
    earliest = since.earliest if since else published - dt.timedelta(days=history_days)
    return DateSpan(earliest, published, "range", "")
