import pytest
from hypothesis import given, strategies as st

from geo_events.numbers import Count, parse_count, parse_number


@pytest.mark.parametrize("text,lang,expected", [
    ("seven", "en", Count(7)), ("sept", "fr", Count(7)), ("dix", "fr", Count(10)), ("10", "en", Count(10)),
    ("١٠", "ar", Count(10)), ("سبعة", "ar", Count(7)), ("twenty-two", "en", Count(22)), ("vingt-deux", "fr", Count(22)),
    ("a dozen", "en", Count(12, "about")), ("une dizaine", "fr", Count(10, "about")),
    ("at least 30", "en", Count(30, "at least")), ("up to five", "en", Count(5, "up to")),
    ("au moins huit", "fr", Count(8, "at least")), ("jusqu'à cinq", "fr", Count(5, "up to")),
    ("about 20", "en", Count(20, "about")), ("2,500", "en", Count(2500)),
])
def test_counts_in_three_languages(text, lang, expected):
    assert parse_count(text, lang) == expected


@pytest.mark.parametrize("text", ["rockets", "the", "", "base", "Monday"])
def test_words_that_are_not_numbers(text):
    assert parse_number(text) is None


@given(st.text(max_size=60))
def test_no_text_crashes_the_number_parser(text):
    parse_count(text, "en")
    parse_count(text, "fr")
