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
    # the hours may cross midnight: the previous incident's day, or the day after
    span = first(text, lang, previous=PREV_DAY)
    assert (span.earliest, span.latest) == (dt.date(2021, 3, 10), dt.date(2021, 3, 11))


def test_hours_earlier_and_minutes_later():
    earlier = first("Several hours earlier, a convoy had been hit at Safwan.", previous=PREV_DAY)
    assert (earlier.earliest, earlier.latest) == (dt.date(2021, 3, 9), dt.date(2021, 3, 10))
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
    ("Drones attacked overnight into Sunday, officials in Duhok said.", dt.date(2021, 3, 14)),
    ("Des roquettes sont tombées dans la nuit de samedi sur la base.", dt.date(2021, 3, 13)),
])
def test_a_night_named_by_its_weekday_is_that_day_not_publication_day(text, day):
    lang = "fr" if "roquettes" in text else "en"
    assert first(text, lang).earliest == day


def test_overnight_alone_is_still_the_publication_night():
    assert first("Two rockets hit the airport overnight, police said.").earliest == PUB


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
     "كانون", "الثاني", ",", ".", "-", "  ", "\n", "İ", "ſ"])


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
