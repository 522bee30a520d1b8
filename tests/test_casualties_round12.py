"""Killed and injured figures (round 12); each rule in wording, places and numbers unlike the evaluation sets."""
import datetime as dt

import pytest

from geo_events.casualties import _casualties
from geo_events.extract import extract
from geo_events.models import Document
from factories import figures

PUB = dt.date(2022, 9, 14)


def frames_of(text, lang="en", published=PUB):
    return extract(Document("t.txt", text, lang, published))


# A casualty word heading a toll ("the number of X injured", "death toll", "le nombre de blessés"):
# the figure is the one its verb gives, however far the verb is.

@pytest.mark.parametrize("text,lang,which,expected", [
    ("The number of civilians wounded in Tuesday's rocket strike on the market in Kramatorsk climbed to 52, "
     "the governor said.", "en", "injured", [(52, "revised")]),
    ("The number of people killed in the shelling of the bus station has risen to at least 11.", "en", "killed",
     [(11, "revised")]),
    ("The death toll from the missile attack on the shopping centre in Vinnytsia reached 27 on Friday.", "en", "killed",
     [(27, "revised")]),
    ("The death toll from the strike stood at 6, police said.", "en", "killed", [(6, None)]),
    ("Le nombre de blessés dans la frappe de drone sur le marché de Marib s'élève désormais à 19.", "fr", "injured",
     [(19, None)]),
    ("Le nombre de civils tués dans le bombardement du camp est passé à 14, selon les secours.", "fr", "killed",
     [(14, "revised")]),
])
def test_a_toll_phrase_takes_the_figure_its_verb_gives(text, lang, which, expected):
    assert _casualties(text, lang, which) == expected


@pytest.mark.parametrize("text,lang", [
    ("A number of people were wounded when the shells hit 3 sites near the border.", "en"),
    ("The number of soldiers injured in the attacks on 4 bases was not disclosed.", "en"),
])
def test_a_toll_phrase_does_not_take_a_count_of_sites(text, lang):
    assert all(v not in (3, 4) for v, _ in _casualties(text, lang, "injured"))


def test_a_first_figure_put_lower_does_not_replace_the_revised_toll():
    frames = frames_of(
        "The number of workers injured in a drone strike on the Baiji refinery rose to at least 21 on Thursday, "
        "officials said. A drone hit the refinery's storage area on Wednesday night. Officials had initially put "
        "the number of wounded at 9.")
    assert [max(v for v, _ in figures(f, "injured")) for f in frames if f.get("injured")] == [21]


# Relatives named after a victim are victims too.

@pytest.mark.parametrize("text,lang,which,expected", [
    ("An airstrike hit a farmhouse near Saada, killing a man and his daughter.", "en", "killed", [(2, None)]),
    ("A shell hit the courtyard, wounding a woman and her four children.", "en", "injured", [(5, None)]),
    ("A man and his brother were killed when the drone struck their car.", "en", "killed", [(2, None)]),
    ("La roquette a frappé une maison de Kiryat Shmona, tuant une femme et son mari.", "fr", "killed", [(2, None)]),
    ("Un habitant et ses trois fils ont été blessés par l'obus.", "fr", "injured", [(4, None)]),
])
def test_relatives_named_after_a_victim_are_counted(text, lang, which, expected):
    assert _casualties(text, lang, which) == expected


def test_relatives_of_unknown_number_are_not_guessed():
    # "et ses enfants": how many is not told, so only the one counted is
    assert _casualties("La frappe a tué un homme et ses enfants, selon la défense civile.", "fr", "killed") == [(1, None)]


# "killing two guards and wounding a third": an ordinal after the verb is one more victim.

@pytest.mark.parametrize("text,lang,expected", [
    ("A drone struck a checkpoint near Tal Tamr, killing two guards and wounding a third, the council said.", "en", [(1, None)]),
    ("Un obus a tué deux bergers et blessé un troisième près de Kfar Kila.", "fr", [(1, None)]),
])
def test_an_ordinal_after_the_verb_is_one_victim(text, lang, expected):
    assert _casualties(text, lang, "injured") == expected


def test_an_ordinal_naming_an_attack_is_not_a_victim():
    assert _casualties("The strike wounded a second time the same convoy.", "en", "injured") != [(1, None)]


# French idiom and feminine nouns.

@pytest.mark.parametrize("text,which,expected", [
    ("Quatre ouvriers ont trouvé la mort dans l'explosion du dépôt.", "killed", [(4, None)]),
    ("Une policière de 32 ans a été tuée.", "killed", [(1, None)]),
    ("Deux soldates ont été légèrement blessées.", "injured", [(2, None)]),
])
def test_french_deaths_told_by_idiom_and_feminine_victims(text, which, expected):
    assert _casualties(text, "fr", which) == expected


@pytest.mark.parametrize("text", [
    "Mardi, trois drones ont été abattus près de la base de Harir, une attaque « sans dégâts ni blessés » selon l'armée.",
    "Mardi, deux roquettes ont visé la base de Harir sans dommages ni victimes, selon la coalition.",
])
def test_a_denial_told_after_the_damage_gives_no_casualties(text):
    frames = frames_of(text, "fr")
    assert len(frames) == 1
    assert frames[0].first("injured").value == 0
    assert frames[0].first("killed").value == 0


# A denial after a figure of the same incident is of another site or person.

@pytest.mark.parametrize("text,lang,killed,injured", [
    ("Drones struck a cement plant in Jizan on Sunday, killing two workers and wounding five others. "
     "A smaller fire broke out at a warehouse nearby. Nobody was hurt there, the ministry said.", "en", 2, 5),
    ("Des roquettes ont frappé dimanche une usine à Kirkouk, tuant deux ouvriers et en blessant quatre autres. "
     "Un incendie s'est aussi déclaré dans un entrepôt voisin, sans faire de victimes.", "fr", 2, 4),
])
def test_a_later_denial_does_not_zero_a_told_figure(text, lang, killed, injured):
    frames = [f for f in frames_of(text, lang) if f.get("killed")]
    assert frames
    frame = frames[0]
    assert max(v for v, _ in figures(frame, "killed")) == killed
    assert max(v for v, _ in figures(frame, "injured")) == injured
    assert all(v for v, _ in figures(frame, "killed") + figures(frame, "injured"))
