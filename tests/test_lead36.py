"""A second item told with its verb and noun left out, in French as in English (session 34, lead): one splitter,
extract._gapped_count, reads both languages ("et trois autres dans une frappe sur Y", "et huit à Y", a list of
three regions with "celle de" standing for the first region's noun); a figure that is not a second place's own
("et trois blessés à Gao", "dont trois à Rafah") does not cut. Invented items modelled on AFP copy."""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


def _by_place(text, lang="fr"):
    return {round(e.place.lat, 1): e for e in events_of(text, lang, P) if e.place is not None}


def test_gapped_toll_of_a_second_strike_is_its_own_event():
    evs = _by_place("Cinq personnes ont été tuées jeudi soir dans une frappe de drone à Deir el-Balah, et trois "
                    "autres dans une frappe sur Khan Younès vendredi matin.")
    assert set(evs) == {31.4, 31.3}
    assert (evs[31.4].killed.best, evs[31.4].date.earliest) == (5, dt.date(2024, 3, 14))
    assert (evs[31.3].killed.best, evs[31.3].date.earliest) == (3, dt.date(2024, 3, 15))


@pytest.mark.parametrize("text, lang", [
    ("Des frappes israéliennes ont tué 12 personnes à Rafah et huit à Khan Younès mardi, selon la défense civile.",
     "fr"),
    ("Israeli strikes killed 12 people in Rafah and eight in Khan Younis on Tuesday.", "en"),
])
def test_gapped_toll_after_an_active_verb_keeps_the_subject(text, lang):
    evs = events_of(text, lang, P)
    # Rafah (31.30 N) 12 dead, Khan Younis (31.34 N) eight
    assert sorted((round(e.place.lat, 2), e.killed.best) for e in evs) == [(31.3, 12), (31.34, 8)]
    assert all(e.event_type == "airstrike" for e in evs)


def test_three_regions_with_celle_de_are_three_interceptions():
    evs = events_of("La défense russe a détruit 30 drones ukrainiens au-dessus de la région de Briansk, 10 au-dessus "
                    "de celle de Koursk et deux au-dessus de Moscou mardi.", "fr", P)
    got = sorted((round(e.place.lat), e.count.best, e.event_type) for e in evs)
    assert got == [(52, 10, "interception"), (53, 30, "interception"), (56, 2, "interception")]


@pytest.mark.parametrize("text, lang", [
    ("Deux soldats ont été tués et trois blessés mardi à Gao lors d'une attaque au mortier.", "fr"),
    ("Two soldiers were killed and three wounded in a mortar attack in Gao on Tuesday.", "en"),
])
def test_a_figure_of_another_category_does_not_cut(text, lang):
    evs = events_of(text, lang, P)
    assert len(evs) == 1 and (evs[0].killed.best, evs[0].injured.best) == (2, 3)
