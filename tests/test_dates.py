import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from geo_events.dates import find_dates, undated_span
from geo_events.models import DateSpan

PUB = dt.date(2021, 3, 16)  # a Tuesday


def first(text, lang="en", published=PUB, previous=None):
    found = [d for d in find_dates(text, lang, published, previous) if d.span]
    assert found, f"no date in {text!r}"
    return found[0].span


@pytest.mark.parametrize("text,lang,day", [
    ("Rockets hit the base on Monday evening.", "en", dt.date(2021, 3, 15)),
    ("Drones struck on Tuesday.", "en", dt.date(2021, 3, 16)),  # the day of publication itself
    ("Drones struck last Tuesday.", "en", dt.date(2021, 3, 9)),
    ("Trois roquettes sont tombées samedi soir.", "fr", dt.date(2021, 3, 13)),
    ("Already on March 3, a contractor died.", "en", dt.date(2021, 3, 3)),
    ("Le 20 février, la même base a été visée.", "fr", dt.date(2021, 2, 20)),
    ("On 28 December, rockets fell.", "en", dt.date(2020, 12, 28)),  # a later month is last year's
    ("hier soir, deux drones ont été abattus", "fr", dt.date(2021, 3, 15)),
    ("Rockets fell last night on the airport.", "en", dt.date(2021, 3, 15)),
    ("سقطت ثلاثة صواريخ مساء أمس", "ar", dt.date(2021, 3, 15)),
    ("في 3 آذار 2021 سقطت صواريخ", "ar", dt.date(2021, 3, 3)),
])
def test_day_precision(text, lang, day):
    span = first(text, lang)
    assert (span.earliest, span.latest, span.precision) == (day, day, "day")


def test_end_of_month_is_a_range_not_a_day():
    span = first("At the end of February, the United States carried out a raid.")
    assert span.precision == "week"
    assert span.earliest == dt.date(2021, 2, 21) and span.latest == dt.date(2021, 2, 28)


def test_month_and_year_precision():
    span = first("In January 2020, a drone killed a general.")
    assert (span.earliest, span.latest, span.precision) == (dt.date(2020, 1, 1), dt.date(2020, 1, 31), "month")


def test_relative_to_the_previous_incident():
    prev = DateSpan(dt.date(2021, 2, 15), dt.date(2021, 2, 15))
    span = first("Une semaine à peine après l'attaque, une nouvelle offensive a touché la zone verte.", "fr", previous=prev)
    assert span.earliest <= dt.date(2021, 2, 22) <= span.latest and span.precision == "week"
    nxt = first("The next day, two drones were shot down.", previous=prev)
    assert nxt.earliest == dt.date(2021, 2, 16)


def test_since_marks_a_period_start():
    found = find_dates("Since mid-February, rocket fire has resumed.", "en", PUB)
    assert found[0].since and found[0].span.earliest == dt.date(2021, 2, 11)


def test_relative_dates_need_a_publication_date():
    found = find_dates("Rockets hit the base on Monday evening.", "en", None)
    assert found and found[0].span is None  # found, but unresolved: the caller says so
    assert undated_span(None, 180) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_no_text_crashes_the_date_finder(text):
    for d in find_dates(text, "en", PUB):
        assert 0 <= d.start <= d.end <= len(text)


@pytest.mark.parametrize("text,lang,day", [
    ("Rockets hit the base on 15/03/2021.", "fr", dt.date(2021, 3, 15)),
    ("Rockets hit the base on 2021-03-15.", "en", dt.date(2021, 3, 15)),
])
def test_numeric_dates_through_dateparser(text, lang, day):
    assert first(text, lang).earliest == day


def test_overnight_spans_both_days_and_relative_days_follow_the_incident_told():
    import datetime as _dt

    from geo_events.dates import find_dates as _find
    from geo_events.models import DateSpan as _Span

    pub = _dt.date(2020, 1, 8)  # a Wednesday
    (fr,) = _find("dans la nuit de mardi à mercredi, des missiles", "fr", pub)
    assert (fr.span.earliest, fr.span.latest) == (_dt.date(2020, 1, 7), _dt.date(2020, 1, 8))
    (en,) = _find("overnight Tuesday into Wednesday", "en", pub)
    assert (en.span.earliest, en.span.latest) == (_dt.date(2020, 1, 7), _dt.date(2020, 1, 8))
    told = _Span(_dt.date(2020, 1, 5), _dt.date(2020, 1, 5), "day", "Sunday")
    assert _find("La veille, une frappe", "fr", pub, told)[0].span.earliest == _dt.date(2020, 1, 4)
    assert _find("on the same day, two drones", "en", pub, told)[0].span.earliest == _dt.date(2020, 1, 5)


# --------------------------------------------------------------------------- session 3: wording families

PREV_DAY = DateSpan(dt.date(2021, 3, 10), dt.date(2021, 3, 10), "day", "Wednesday")


@pytest.mark.parametrize("text,lang", [
    ("A few hours later, a second salvo landed near the Kalak checkpoint.", "en"),
    ("Two hours later, drones hit a warehouse in Zakho.", "en"),
    ("Quelques heures plus tard, un drone a visé un entrepôt près de Zakho.", "fr"),
    ("وبعد ساعات، استهدفت طائرة مسيرة مستودعا قرب زاخو", "ar"),
])
def test_hours_later_is_the_previous_incident_day_or_the_next(text, lang):
    # after an evening the hours may cross midnight: that day, or the day after
    evening = DateSpan(dt.date(2021, 3, 10), dt.date(2021, 3, 10), "day", "Wednesday evening")
    span = first(text, lang, previous=evening)
    assert (span.earliest, span.latest) == (dt.date(2021, 3, 10), dt.date(2021, 3, 11))
    # after a day told without its part of the day ("jeudi 20 mai"), hours later is that day
    span = first(text, lang, previous=PREV_DAY)
    assert (span.earliest, span.latest) == (dt.date(2021, 3, 10), dt.date(2021, 3, 10))
    # a night told as two days already holds them
    night = DateSpan(dt.date(2021, 3, 9), dt.date(2021, 3, 10), "day", "la nuit de mardi à mercredi")
    span = first(text, lang, previous=night)
    assert (span.earliest, span.latest) == (night.earliest, night.latest)


def test_hours_earlier_and_minutes_later():
    morning = DateSpan(dt.date(2021, 3, 10), dt.date(2021, 3, 10), "day", "صباح الأربعاء")
    earlier = first("Several hours earlier, a convoy had been hit at Safwan.", previous=morning)
    assert (earlier.earliest, earlier.latest) == (dt.date(2021, 3, 9), dt.date(2021, 3, 10))
    # hours before an evening are the same afternoon
    evening = DateSpan(dt.date(2021, 3, 10), dt.date(2021, 3, 10), "day", "mercredi soir")
    earlier = first("Quelques heures plus tôt, dans l'après-midi, deux obus sont tombés.", "fr", previous=evening)
    assert (earlier.earliest, earlier.latest) == (dt.date(2021, 3, 10), dt.date(2021, 3, 10))
    minutes = first("Minutes later a second rocket struck the runway.", previous=PREV_DAY)
    assert (minutes.earliest, minutes.latest) == (dt.date(2021, 3, 10), dt.date(2021, 3, 10))


def test_hours_later_without_a_previous_incident_stays_unresolved():
    found = find_dates("Hours later, sirens sounded in Zakho.", "en", PUB, None)
    assert found and found[0].span is None


@pytest.mark.parametrize("text,lang", [
    ("Un drone a frappé mardi dernier un dépôt à Sinjar.", "fr"),
    ("قصفت طائرة مسيرة يوم الثلاثاء الماضي مستودعا في سنجار", "ar"),
])
def test_last_weekday_written_on_that_weekday_is_a_week_back(text, lang):
    # PUB is a Tuesday: "mardi dernier" / "الثلاثاء الماضي" is the Tuesday before
    assert first(text, lang).earliest == dt.date(2021, 3, 9)


@pytest.mark.parametrize("text,day", [
    ("Rockets were fired overnight Saturday at the Harir base.", dt.date(2021, 3, 13)),
    # ("overnight into Sunday": the night Saturday-Sunday, like "Saturday night into Sunday"; it opens on Saturday)
    ("Drones attacked overnight into Sunday, officials in Duhok said.", dt.date(2021, 3, 13)),
    ("Des roquettes sont tombées dans la nuit de samedi sur la base.", dt.date(2021, 3, 13)),
])
def test_a_night_named_by_its_weekday_is_that_day_not_publication_day(text, day):
    lang = "fr" if "roquettes" in text else "en"
    assert first(text, lang).earliest == day


@pytest.mark.parametrize("text,lang", [
    ("Two rockets hit the airport overnight, police said.", "en"),
    ("Dans la nuit, deux obus sont tombés près du camp.", "fr"),
    ("Cette nuit, un drone a été abattu au-dessus de la base.", "fr"),
])
def test_a_night_without_a_weekday_is_the_night_before_the_report_across_both_days(text, lang):
    span = first(text, lang)
    assert (span.earliest, span.latest, span.precision) == (PUB - dt.timedelta(days=1), PUB, "day")


def test_last_night_stays_the_evening_before():
    assert first("Rockets fell last night on the airport.").latest == PUB - dt.timedelta(days=1)


@pytest.mark.parametrize("text,lang", [
    ("Militias have repeatedly shelled the Qayyarah base in recent months.", "en"),
    ("Over the past few weeks, convoys near Rutba were targeted.", "en"),
    ("La base de Qayyarah a été visée à plusieurs reprises ces derniers mois.", "fr"),
    ("تعرضت قاعدة القيارة لهجمات متكررة خلال الأشهر الماضية", "ar"),
])
def test_recent_period_is_background_like_since(text, lang):
    found = [d for d in find_dates(text, lang, PUB) if d.span]
    assert found and all(d.since for d in found)
    assert found[0].span.latest == PUB and found[0].span.precision == "range"


# --------------------------------------------------------------------------- the prefilter agrees

@pytest.mark.parametrize("text", [
    "ROCKETS HIT THE BASE ON SUNDAY, OFFICIALS SAID",
    "Rockets hit the base on      Sunday and again in   mid-March 2020.",
    "à la fin de février 2021, puis le 3 mars, des drones ont frappé",
    "midmarch drones",  # a period glued to its month
    "In 2019 and on 2021-03-04 and on 4/3/21",
    "The day before yesterday, and the following day, and the same day.",
    "FRİDAY rockets",  # a dotted capital I: re.IGNORECASE reads it as i
])
def test_prefilter_finds_what_every_pattern_finds(text):
    from geo_events.dates import _scan

    for lang in ("en", "fr"):
        assert _scan(text, lang, PUB, PREV_DAY) == _scan(text, lang, PUB, PREV_DAY, prefilter=False)


_DATE_WORDS = st.sampled_from(
    ["on", "last", "early", "Monday", "lundi", "السبت", "ليلة", "March", "mars", "mid-", "fin", "de", "12", "2020",
     "3/4/21", "in", "en", "hier", "yesterday", "two", "days", "later", "jours", "après", "the", "same", "day",
     "overnight", "hours", "heures", "plus", "tard", "recent", "months", "ces", "derniers", "mois", "أمس", "آذار",
     "كانون", "الثاني", ",", ".", "-", "  ", "\n", "İ", "ſ", "وبعد", "يومين", "قبل", "ذلك", "ago", "il", "y", "a",
     "night", "nuit", "du", "au", "7", "8", "week", "this", "month", "end", "weekend", "الخامس", "عشر", "من", "(AFP)",
     "BAGHDAD,", "ليل", "وفي", "وقت", "لاحق", "المساء", "surlendemain", "avant-veille", "that", "evening", "since"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_DATE_WORDS, max_size=14), st.sampled_from(["en", "fr", "ar"]))
def test_prefilter_never_changes_what_is_found(words, lang):
    from geo_events.dates import _scan

    text = " ".join(words)
    assert _scan(text, lang, PUB, PREV_DAY) == _scan(text, lang, PUB, PREV_DAY, prefilter=False)


@pytest.mark.parametrize("text", ["on March 0 the base", "0 mars", "٠ آذار", "FRİDAY", "ſaturday"])
def test_odd_day_numbers_and_letters_do_not_crash(text):
    for mention in find_dates(text, "en", PUB):
        assert mention.span is None or mention.span.earliest <= PUB


# --------------------------------------------------------------------------- session 3, round 2: a table of wordings
# Publication: Tuesday 16 March 2021.  The incident told before (for "the previous day"): Wednesday 10 March.
# Each row: text, language, earliest, latest, precision (None: the phrase is a dateline, no incident date).
D = dt.date
_TABLE = [
    # weekdays, with and without "last", parts of the day, "late on", "early on"
    ("Rockets hit the airport late on Monday, police said.", "en", D(2021, 3, 15), D(2021, 3, 15), "day"),
    ("A drone struck the depot early on Sunday.", "en", D(2021, 3, 14), D(2021, 3, 14), "day"),
    ("Shells landed on the night of Saturday, residents said.", "en", D(2021, 3, 13), D(2021, 3, 13), "day"),
    ("Two rockets fell near the runway on Friday afternoon.", "en", D(2021, 3, 12), D(2021, 3, 12), "day"),
    ("Militants fired mortars last Thursday.", "en", D(2021, 3, 11), D(2021, 3, 11), "day"),
    ("The convoy was hit in the early hours of Sunday.", "en", D(2021, 3, 14), D(2021, 3, 14), "day"),
    ("Missiles were fired late Saturday at the port.", "en", D(2021, 3, 13), D(2021, 3, 13), "day"),
    ("Un drone a frappé jeudi soir une position près de Sinjar.", "fr", D(2021, 3, 11), D(2021, 3, 11), "day"),
    ("Des obus sont tombés samedi soir sur le marché.", "fr", D(2021, 3, 13), D(2021, 3, 13), "day"),
    ("La base a été visée mercredi soir par trois roquettes.", "fr", D(2021, 3, 10), D(2021, 3, 10), "day"),
    ("Lundi matin, un engin explosif a visé un convoi.", "fr", D(2021, 3, 15), D(2021, 3, 15), "day"),
    ("Un missile a été intercepté vendredi dernier.", "fr", D(2021, 3, 12), D(2021, 3, 12), "day"),
    ("Des tirs ont visé dimanche après-midi un poste.", "fr", D(2021, 3, 14), D(2021, 3, 14), "day"),
    ("سقطت قذائف ليلة الأحد على المعسكر", "ar", D(2021, 3, 14), D(2021, 3, 14), "day"),
    ("استهدفت طائرة مسيرة فجر السبت مخزنا للذخيرة", "ar", D(2021, 3, 13), D(2021, 3, 13), "day"),
    ("سقط صاروخان مساء الاثنين قرب المطار", "ar", D(2021, 3, 15), D(2021, 3, 15), "day"),
    ("تعرضت القاعدة صباح الخميس لهجوم صاروخي", "ar", D(2021, 3, 11), D(2021, 3, 11), "day"),
    ("قصفت المدفعية يوم الجمعة الماضي مواقع في الريف", "ar", D(2021, 3, 12), D(2021, 3, 12), "day"),
    # overnight spans: both days (as the gold codes "dans la nuit de X à Y")
    ("Des frappes ont eu lieu dans la nuit de mercredi à jeudi près de la frontière.", "fr", D(2021, 3, 10), D(2021, 3, 11), "day"),
    ("Dans la nuit du dimanche au lundi, deux drones ont été abattus.", "fr", D(2021, 3, 14), D(2021, 3, 15), "day"),
    ("Rockets were fired on the night of Saturday to Sunday.", "en", D(2021, 3, 13), D(2021, 3, 14), "day"),
    ("The strikes began Monday night into Tuesday.", "en", D(2021, 3, 15), D(2021, 3, 16), "day"),
    ("شنت طائرات غارات ليل السبت الأحد على مواقع للفصائل", "ar", D(2021, 3, 13), D(2021, 3, 14), "day"),
    ("سقطت صواريخ ليلة الجمعة إلى السبت على المدينة", "ar", D(2021, 3, 12), D(2021, 3, 13), "day"),
    ("Des roquettes sont tombées dans la nuit du 7 au 8 mars sur la base.", "fr", D(2021, 3, 7), D(2021, 3, 8), "day"),
    ("Drones attacked the refinery on the night of 9-10 March.", "en", D(2021, 3, 9), D(2021, 3, 10), "day"),
    # yesterday, today, the day before yesterday
    ("أعلن الجيش أمس إسقاط طائرة مسيرة", "ar", D(2021, 3, 15), D(2021, 3, 15), "day"),
    ("قتل جندي أول أمس بقصف على نقطة مراقبة", "ar", D(2021, 3, 14), D(2021, 3, 14), "day"),
    ("سقطت قذيفة أول من أمس قرب السفارة", "ar", D(2021, 3, 14), D(2021, 3, 14), "day"),
    ("استهدفت ثلاثة صواريخ اليوم معسكرا للجيش", "ar", D(2021, 3, 16), D(2021, 3, 16), "day"),
    ("Avant-hier, un obus a touché une école.", "fr", D(2021, 3, 14), D(2021, 3, 14), "day"),
    ("Later today, officials said, a second drone was downed.", "en", D(2021, 3, 16), D(2021, 3, 16), "day"),
    # absolute dates, every order and script
    ("The depot was hit on 15 March.", "en", D(2021, 3, 15), D(2021, 3, 15), "day"),
    ("The base was shelled on the 2nd of March.", "en", D(2021, 3, 2), D(2021, 3, 2), "day"),
    ("Le 1er mars, une roquette a frappé le camp.", "fr", D(2021, 3, 1), D(2021, 3, 1), "day"),
    ("سقطت صواريخ في 11 آذار/مارس على القاعدة", "ar", D(2021, 3, 11), D(2021, 3, 11), "day"),
    ("قصفت طائرات في ١٢ شباط/فبراير ٢٠٢١ مواقع", "ar", D(2021, 2, 12), D(2021, 2, 12), "day"),
    ("وقع الهجوم في الخامس عشر من مارس على المطار", "ar", D(2021, 3, 15), D(2021, 3, 15), "day"),
    ("استهدف هجوم في الثالث والعشرين من شباط قاعدة جوية", "ar", D(2021, 2, 23), D(2021, 2, 23), "day"),
    ("أطلقت صواريخ في ٩ آذار قرب الحدود", "ar", D(2021, 3, 9), D(2021, 3, 9), "day"),
    ("A rocket struck on Feb. 27, 2021 near the gate.", "en", D(2021, 2, 27), D(2021, 2, 27), "day"),
    # month alone, parts of a month, mid-month
    ("Rocket fire was reported in February near the airport.", "en", D(2021, 2, 1), D(2021, 2, 28), "month"),
    ("En janvier, un drone avait visé le même site.", "fr", D(2021, 1, 1), D(2021, 1, 31), "month"),
    ("وقع هجوم مماثل في شهر كانون الثاني على المعسكر", "ar", D(2021, 1, 1), D(2021, 1, 31), "month"),
    ("Militias attacked the base at the end of February.", "en", D(2021, 2, 21), D(2021, 2, 28), "week"),
    ("A convoy was hit in mid-March near the crossing.", "en", D(2021, 3, 11), D(2021, 3, 20), "week"),
    ("Début mars, des roquettes ont visé la zone verte.", "fr", D(2021, 3, 1), D(2021, 3, 10), "week"),
    ("استهدفت طائرة مسيرة القاعدة في أواخر شباط", "ar", D(2021, 2, 21), D(2021, 2, 28), "week"),
    # calendar periods before publication
    # "earlier" than the past week, whose days a report names by weekday (see test_dates_round5.py)
    ("A drone struck the camp earlier this month.", "en", D(2021, 3, 1), D(2021, 3, 9), "month"),
    ("A similar attack took place last week near the border.", "en", D(2021, 3, 8), D(2021, 3, 14), "week"),
    ("Une attaque similaire a eu lieu la semaine dernière.", "fr", D(2021, 3, 8), D(2021, 3, 14), "week"),
    ("وتعرضت القاعدة لهجوم مماثل الأسبوع الماضي", "ar", D(2021, 3, 8), D(2021, 3, 14), "week"),
    ("Earlier this week, rockets hit the embassy compound.", "en", D(2021, 3, 15), D(2021, 3, 16), "week"),
    ("Un drone avait visé le mois dernier un entrepôt.", "fr", D(2021, 2, 1), D(2021, 2, 28), "month"),
    ("تعرض المطار لهجوم الشهر الماضي", "ar", D(2021, 2, 1), D(2021, 2, 28), "month"),
    ("Rockets struck the base over the weekend.", "en", D(2021, 3, 13), D(2021, 3, 14), "week"),
    ("Three days ago, a drone hit a fuel truck.", "en", D(2021, 3, 13), D(2021, 3, 13), "day"),
    ("Il y a deux jours, un obus est tombé sur un marché.", "fr", D(2021, 3, 14), D(2021, 3, 14), "day"),
    ("سقط صاروخ قبل يومين قرب المطار", "ar", D(2021, 3, 14), D(2021, 3, 14), "day"),
    ("A week ago, militants shelled the outpost.", "en", D(2021, 3, 7), D(2021, 3, 11), "week"),
]

_AFTER_TOLD = [
    # counted from the incident told before (Wednesday 10 March)
    ("The previous day, a convoy was hit at the crossing.", "en", D(2021, 3, 9), D(2021, 3, 9), "day"),
    ("La veille, une roquette avait visé le camp.", "fr", D(2021, 3, 9), D(2021, 3, 9), "day"),
    ("L'avant-veille, un drone avait survolé la base.", "fr", D(2021, 3, 8), D(2021, 3, 8), "day"),
    ("Le surlendemain, de nouveaux tirs ont visé la zone.", "fr", D(2021, 3, 12), D(2021, 3, 12), "day"),
    ("وفي اليوم السابق، سقطت قذيفة على سوق", "ar", D(2021, 3, 9), D(2021, 3, 9), "day"),
    ("وبعد يومين، استهدف صاروخ القاعدة نفسها", "ar", D(2021, 3, 12), D(2021, 3, 12), "day"),
    ("Two days earlier, a drone had struck a warehouse.", "en", D(2021, 3, 8), D(2021, 3, 8), "day"),
    ("Trois jours plus tôt, un obus avait frappé la ville.", "fr", D(2021, 3, 7), D(2021, 3, 7), "day"),
    ("قبل ذلك بثلاثة أيام، استهدفت طائرة مسيرة معسكرا", "ar", D(2021, 3, 7), D(2021, 3, 7), "day"),
    ("Later that evening, a second rocket hit the gate.", "en", D(2021, 3, 10), D(2021, 3, 10), "day"),
    ("Plus tard dans la soirée, un drone a été abattu.", "fr", D(2021, 3, 10), D(2021, 3, 10), "day"),
    ("وفي وقت لاحق من المساء سقطت شظايا قرب الحي", "ar", D(2021, 3, 10), D(2021, 3, 10), "day"),
    ("The shelling came about two hours after a bomb hit a bus.", "en", D(2021, 3, 10), D(2021, 3, 10), "day"),
    ("وجاء القصف بعد نحو ساعتين من تفجير استهدف حافلة", "ar", D(2021, 3, 10), D(2021, 3, 10), "day"),
    ("Quelques heures après l'attaque, un drone a visé un dépôt.", "fr", D(2021, 3, 10), D(2021, 3, 10), "day"),
    ("A week later, militants fired on the same outpost.", "en", D(2021, 3, 15), D(2021, 3, 19), "week"),
]


@pytest.mark.parametrize("text,lang,earliest,latest,precision", _TABLE)
def test_wordings_against_the_publication_date(text, lang, earliest, latest, precision):
    span = first(text, lang)
    assert (span.earliest, span.latest, span.precision) == (earliest, latest, precision)


@pytest.mark.parametrize("text,lang,earliest,latest,precision", _AFTER_TOLD)
def test_wordings_told_from_the_previous_incident(text, lang, earliest, latest, precision):
    span = first(text, lang, previous=PREV_DAY)
    assert (span.earliest, span.latest, span.precision) == (earliest, latest, precision)
    # without an incident told before, the phrase is found but cannot be dated
    assert all(d.span is None for d in find_dates(text, lang, PUB, None) if d.relative_to_previous)


@pytest.mark.parametrize("text,lang,report_day", [
    ("KIRKUK, March 14 (Reuters) - Rockets hit the base on Saturday, police said.", "en", D(2021, 3, 14)),
    ("MOSUL, Iraq, Mar 15 (Reuters) - A drone struck a depot on Friday.", "en", D(2021, 3, 15)),
    ("TRIPOLI (Liban), 14 mars 2021 (AFP) - Un obus est tombé samedi soir sur le port.", "fr", D(2021, 3, 14)),
    ("ALEP, 16 fév 2021 (AFP) - Des frappes ont visé vendredi un dépôt.", "fr", D(2021, 2, 16)),
    ("دير الزور، 14 آذار/مارس 2021 (أ ف ب) - سقطت قذائف مساء السبت على حي سكني", "ar", D(2021, 3, 14)),
])
def test_a_dateline_dates_the_report_not_the_incident(text, lang, report_day):
    found = find_dates(text, lang, PUB)
    assert found[0].kind == "dateline" and found[0].span is None  # no incident's date
    dated = [d for d in found if d.span]
    assert dated and dated[0].kind == "weekday"  # the incident's day is the weekday told after it
    from geo_events.dates import dateline_date

    assert dateline_date(text, lang, PUB) == report_day


@pytest.mark.parametrize("text,lang", [
    ("Police said on March 14 that rockets hit the base.", "en"),  # a date in the sentence, not a dateline
    ("Le 14 mars, une roquette a visé la base.", "fr"),
    ("On March 14 - the day of the vote - rockets hit the base.", "en"),
])
def test_a_date_opening_a_sentence_is_not_a_dateline(text, lang):
    found = [d for d in find_dates(text, lang, PUB) if d.span]
    assert found and found[0].span.earliest == D(2021, 3, 14)


@pytest.mark.parametrize("text,lang", [
    ("Attacks have multiplied since the militia took the town on 3 February.", "en"),
    ("Les tirs se sont multipliés depuis le début de l'offensive le 3 février.", "fr"),
    ("تصاعدت الهجمات منذ اندلاع المعارك في الثالث من شباط", "ar"),
])
def test_a_date_a_few_words_after_since_starts_a_period(text, lang):
    found = [d for d in find_dates(text, lang, PUB) if d.span]
    assert found and found[0].since and found[0].span.earliest == D(2021, 2, 3)


@pytest.mark.parametrize("sentence", [
    "وفي وقت سابق من اليوم ذاته، سقطت قذيفة على المطار",
    "وفي ذات اليوم استهدفت طائرة مسيرة القاعدة",
    "وفي اليوم ذاته قصفت المدفعية القرية",
    "وفي وقت لاحق من ذات اليوم انفجرت عبوة",
])
def test_arabic_same_day_with_dhat_takes_the_previous_incidents_day(sentence):
    # ذاته / ذات are as common as نفسه / نفس in news Arabic for "the same (day)"
    previous = DateSpan(dt.date(2022, 5, 3), dt.date(2022, 5, 3), "day", "3 mai")
    found = find_dates(sentence, "ar", dt.date(2022, 5, 6), previous)
    assert [m.span.earliest for m in found] == [dt.date(2022, 5, 3)]


@pytest.mark.parametrize("text,lang,incident", [
    ("DERAA, 15 mars 2021 (AFP) - Trois obus sont tombés le samedi 13 mars sur un marché.", "fr", D(2021, 3, 13)),
    ("TARTOUS (Syrie), 15 mars (AFP) - Un drone a visé le 12 mars un dépôt du port.", "fr", D(2021, 3, 12)),
    ("MARIB, Yemen, March 15 (Reuters) - A missile struck a camp on March 13, a local official said.", "en",
     D(2021, 3, 13)),
    ("ADEN, 15/03/2021 (AP) - Two drones hit the airport on 14/03/2021, officials said.", "fr", D(2021, 3, 14)),
    ("إدلب، 15 آذار/مارس (أ ف ب) - سقطت قذائف في 12 آذار على سوق شعبي", "ar", D(2021, 3, 12)),
])
def test_only_the_date_opening_a_dateline_is_the_reports(text, lang, incident):
    # a later date of the same pattern in the dateline's sentence is an ordinary date
    found = find_dates(text, lang, PUB)
    assert [d.kind for d in found][0] == "dateline"
    assert [d.kind for d in found].count("dateline") == 1
    dated = [d for d in found if d.span]
    assert dated and dated[0].span.earliest == incident and not dated[0].since


@pytest.mark.parametrize("text", [
    "Deux drones tirés depuis Marib ont été abattus samedi au-dessus de Najran.",
    "Des roquettes lancées depuis le sud de la Syrie sont tombées samedi près de Maan.",
    "Un missile a été tiré depuis la bande côtière samedi, selon l'armée.",
    "Le drone, qui avait décollé depuis une zone désertique, a été intercepté samedi.",
    "Les obus, partis depuis les hauteurs de Marjayoun, ont touché samedi soir un village.",
    "Des tirs depuis le territoire libanais ont visé samedi une position militaire.",
])
def test_depuis_of_a_launch_point_does_not_make_a_period(text):
    # "depuis" + a place is "from": the weekday after it is the incident's day
    found = [d for d in find_dates(text, "fr", PUB) if d.span]
    assert found and found[0].span.earliest == D(2021, 3, 13) and not found[0].since


@pytest.mark.parametrize("text,lang", [
    ("Des roquettes sont tirées depuis le début de la guerre le 3 février.", "fr"),
    ("Les drones lancés depuis l'éclatement des combats à la frontière le 3 février se comptent par dizaines.", "fr"),
    ("La base est visée depuis l'attaque du 3 février.", "fr"),
    ("Les tirs se sont intensifiés depuis que la trêve a été rompue le 3 février.", "fr"),
    ("La ville est bombardée depuis le 3 février.", "fr"),
    ("Rockets have been fired since the start of the war in southern Syria on 3 February.", "en"),
    ("Drones launched since the militia seized the airport on 3 February have hit Tartus.", "en"),
    ("أطلقت عشرات الصواريخ منذ بدء الهجوم على المدينة في الثالث من شباط", "ar"),
])
def test_since_governing_a_date_or_a_period_still_starts_a_period(text, lang):
    # even after a launch verb, "depuis le début de ..." / "since the start of ..." is a period's start
    found = [d for d in find_dates(text, lang, PUB) if d.span]
    assert found and found[0].since and found[0].span.earliest == D(2021, 2, 3)


@pytest.mark.parametrize("sentence, lang", [
    ("The base was hit in February of 2021 as well", "en"),
    ("la base avait été visée en février de l'année 2021", "fr"),
    ("وكانت القاعدة قد استهدفت في شباط عام 2021", "ar"),
    ("وكانت القاعدة قد استهدفت في شهر شباط من عام ٢٠٢١", "ar"),
])
def test_a_month_with_its_year_after_of_or_am_is_that_years_month(sentence, lang):
    found = find_dates(sentence, lang, dt.date(2022, 5, 1))
    assert [(m.span.earliest, m.span.latest) for m in found] == [(dt.date(2021, 2, 1), dt.date(2021, 2, 28))]
