"""Killed and injured figures (round 16); each rule in wording, places and numbers unlike the evaluation sets."""
import pytest

from geo_events.casualties import _casualties
from factories import frames_of, values


# A toll whose subject carries a relative clause with an article ("which hit a school") still reads its figure.

@pytest.mark.parametrize("text,lang,which,expected", [
    ("The death toll from the shelling, which struck a market near the port on Friday, rose to seven overnight.",
     "en", "killed", [(7, "revised")]),
    ("The number of wounded in the raid, which hit a clinic, has climbed to 15.", "en", "injured", [(15, "revised")]),
    ("The number of injured from the blast, which hit a wedding hall, stands at 31.", "en", "injured", [(31, None)]),
])
def test_an_article_in_the_toll_subject_is_no_figure(text, lang, which, expected):
    assert _casualties(text, lang, which) == expected


# The wound named by a noun: "sustained wounds", "treated for injuries", "ont subi des blessures".

@pytest.mark.parametrize("text,lang,which,expected", [
    ("Five policemen sustained wounds in the blast.", "en", "injured", [(5, None)]),
    ("Another 17 people were being treated for injuries at two hospitals.", "en", "injured", [(17, None)]),
    ("Eight others were hospitalised for shrapnel wounds, a doctor said.", "en", "injured", [(8, None)]),
    ("Quatre gardes ont subi des blessures légères.", "fr", "injured", [(4, None)]),
    ("Six autres étaient soignés pour des blessures graves.", "fr", "injured", [(6, None)]),
])
def test_a_wound_named_by_a_noun(text, lang, which, expected):
    assert _casualties(text, lang, which) == expected


@pytest.mark.parametrize("text,lang", [
    ("A guard later died of his wounds.", "en"),
    ("Un gardien a succombé à ses blessures.", "fr"),
])
def test_dying_of_wounds_is_no_injury(text, lang):
    assert _casualties(text, lang, "injured") == []


# The dead a noun names: "the deaths of", "the killing of".

@pytest.mark.parametrize("text,lang,expected", [
    ("The militia later confirmed the deaths of six members.", "en", [(6, None)]),
    ("Police condemned the killing of two guards at the gate.", "en", [(2, None)]),
])
def test_the_dead_a_death_noun_names(text, lang, expected):
    assert _casualties(text, lang, "killed") == expected


# Toll verbs of no change or of passing a mark.

@pytest.mark.parametrize("text,lang,which,expected", [
    ("The death toll remains at 14.", "en", "killed", [(14, None)]),
    ("The number of injured has now exceeded 60, officials said.", "en", "injured", [(60, "more than")]),
    ("Le nombre de blessés dépasse désormais la vingtaine.", "fr", "injured", [(20, "more than")]),
])
def test_a_toll_that_stays_or_passes_a_mark(text, lang, which, expected):
    assert _casualties(text, lang, which) == expected


# A figure quoted from a source: « Au moins 11 » blessés.

@pytest.mark.parametrize("text,lang,which,expected", [
    ("« Au moins 11 » civils ont été blessés, selon la protection civile.", "fr", "injured", [(11, "at least")]),
    ('"More than 25" soldiers were wounded, the ministry said.', "en", "injured", [(25, "more than")]),
])
def test_a_quoted_figure_is_read(text, lang, which, expected):
    assert _casualties(text, lang, which) == expected


# A group named with its ages: the top of the age range is no toll.

@pytest.mark.parametrize("text,lang,which,expected", [
    ("Nine boys and girls aged 6 to 13 were killed.", "en", "killed", [(9, None)]),
    ("Three pupils aged 11 to 16 were injured when the shell landed.", "en", "injured", [(3, None)]),
])
def test_an_age_range_is_not_the_toll(text, lang, which, expected):
    assert _casualties(text, lang, which) == expected


# One victim named and the others killed with him.

@pytest.mark.parametrize("text,lang,expected", [
    ("The brigade commander was killed on Friday along with four others.", "en", [(5, None)]),
    ("Le chef du groupe a été tué jeudi soir avec deux autres personnes.", "fr", [(3, None)]),
])
def test_one_killed_with_others(text, lang, expected):
    assert _casualties(text, lang, "killed") == expected


# French: a time or a place between the verb and its object.

@pytest.mark.parametrize("text,expected", [
    ("Une roquette a tué samedi quatre bergers.", [(4, None)]),
    ("Le drone avait tué le 9 mai à Kirkouk un officier et l'un de ses gardes.", [(2, None)]),
    ("La frappe a tué mercredi matin trois miliciens.", [(3, None)]),
])
def test_french_adverbial_before_the_object(text, expected):
    assert _casualties(text, "fr", "killed") == expected


# A lead's total over several strikes gives way to the figure of the one site told after it.

def test_a_lead_total_over_strikes_gives_way_to_the_site_figure():
    frames = frames_of("Des frappes aériennes ont tué lundi au moins onze personnes dans la province de Hama. "
                       "La frappe la plus meurtrière a touché un marché de Kafr Zita. Six civils y ont péri, "
                       "selon les secouristes, qui avaient d'abord fait état de quatre morts.")
    assert [values(f, "killed") for f in frames if values(f, "killed")] == [[6]]


def test_a_current_figure_told_before_the_first_toll_is_kept():
    frames = frames_of("A drone hit a checkpoint near Baiji on Monday. Five soldiers died and 12 were wounded, "
                       "the army said, after it had initially reported three dead.")
    assert [(values(f, "killed"), values(f, "injured")) for f in frames] == [([5], [12])]
