"""Counts of projectiles (round 5): a round figure before an elided "de" ("une dizaine d'obus"), and a battery of EN/FR
count phrasings. Wording, places and numbers unlike the development sets."""
import pytest

from factories import frames_of, values


def _count(text, lang):
    frames = frames_of(text, lang)
    assert len(frames) == 1
    return values(frames[0], "count")


@pytest.mark.parametrize("text,n", [
    ("Une dizaine d'obus de mortier se sont abattus jeudi sur la périphérie de Manbij.", 10),
    ("Jeudi soir, une quinzaine d'obus d'artillerie sont tombés près de Marjayoun.", 15),
    ("Une vingtaine d'obus ont frappé jeudi les abords de Tal Rifaat.", 20),
    ("Une dizaine de roquettes se sont abattues jeudi sur la base de Harir.", 10),
])
def test_a_round_figure_before_an_elided_de_counts(text, n):
    assert _count(text, "fr") == [n]


def test_dozens_before_an_elided_de_give_no_figure():
    assert _count("Des dizaines d'obus sont tombés jeudi sur Khiam.", "fr") == []


@pytest.mark.parametrize("text,lang,n", [
    ("Hezbollah fired a volley of four rockets at Shlomi on Thursday.", "en", 4),
    ("Le Hezbollah a tiré jeudi quatre roquettes sur Shlomi, dont deux ont été interceptées.", "fr", 4),
    ("Le Hezbollah a tiré jeudi cinq roquettes, dont trois interceptées, sur Shlomi.", "fr", 5),
    ("Three rockets hit Sderot on Thursday. One struck a house; the other two fell in open fields.", "en", 3),
])
def test_count_phrasings(text, lang, n):
    assert _count(text, lang) == [n]


# Rockets found unfired on a launcher are not the ones fired.

@pytest.mark.parametrize("text,lang", [
    ("Police found the launcher in farmland outside Tarmiyah, with one unfired rocket still on its rails. Four "
     "rockets struck Taji base on Thursday.", "en"),
    ("Four rockets struck Taji base on Thursday. Police later found the launcher outside Tarmiyah with two rockets "
     "that had failed to launch.", "en"),
    ("Quatre roquettes ont frappé jeudi la base de Taji. La police a retrouvé le lanceur avec deux roquettes qui "
     "n'avaient pas été tirées.", "fr"),
])
def test_unfired_rockets_found_do_not_replace_the_count(text, lang):
    assert _count(text, lang) == [4]


def test_an_unexploded_rocket_was_still_fired():
    text = "Four rockets struck Taji base on Thursday; one unexploded rocket was found in a field."
    assert _count(text, "en") == [4]
