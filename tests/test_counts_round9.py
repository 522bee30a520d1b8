"""Projectile counts, round 9: a figure told after a lead that named "a drone", time zones in brackets,
"a pair of" / "half a dozen", and an armed drone's strike on a car or a house.

Wording, places and numbers are written for these tests.
"""
import datetime as dt

import pytest

from geo_events.extract import extract
from geo_events.models import Document
from geo_events.numbers import parse_count

PUB = dt.date(2023, 9, 14)  # a Thursday


def counts(text, lang="en"):
    """{target name: [count values]} of the frames extracted from ``text``."""
    out = {}
    for f in extract(Document("round9", text, lang, PUB)):
        t = f.first("target")
        out.setdefault(t.value.name if t else None, []).extend(c.value for c in f.get("count"))
    return out


def all_counts(text, lang="en"):
    return [v for vs in counts(text, lang).values() for v in vs]


# -- 1. "a drone attack on X ... three drones were launched": the later figure is the count ---------------

@pytest.mark.parametrize("text,lang,n", [
    ("A drone hit the governor's residence in Mosul on Wednesday. Security officials said four drones "
     "were launched at the compound before dawn.", "en", 4),
    ("An explosive-laden drone struck the Kalar power station on Wednesday, the ministry said.\n\n"
     "According to the police, two drones had been fired from an orchard south of the town; one was shot down.",
     "en", 2),
    ("Un drone piégé a visé mercredi le siège du gouvernorat à Kirkouk. Selon la police, cinq drones ont été "
     "lancés vers le bâtiment peu avant l'aube.", "fr", 5),
    ("استهدفت طائرة مسيرة مساء الأربعاء مقر قيادة الشرطة في كركوك.\n\nوقال مصدر أمني إن ثلاث طائرات مسيرة "
     "أطلقت من جهة الجنوب، جرى اعتراض اثنتين منها.", "ar", 3),
])
def test_a_later_launched_figure_replaces_the_article_one(text, lang, n):
    assert all_counts(text, lang) == [n]


@pytest.mark.parametrize("text,lang", [
    # the claimant's figure is a claim, not what was launched
    ("A drone hit the Kalar power station on Wednesday, officials said. The group said it had struck the "
     "station with six drones.", "en"),
    # drones fired at (a counter-strike) are not the attack's projectiles
    ("A drone struck the Kalar power station on Wednesday. The army said it had fired at three drones being "
     "readied for launch near the border.", "en"),
    # one stated as a figure stays one
    ("A single drone struck the Kalar power station on Wednesday. Officials said two drones were launched "
     "at the plant.", "en"),
])
def test_the_article_one_stays_against_a_figure_of_something_else(text, lang):
    assert 1 in all_counts(text, lang)


# -- 2. a time restated in GMT is no day of its own ---------------------------------------------------------

@pytest.mark.parametrize("text,lang,n", [
    ("Un drone a visé dimanche la résidence du gouverneur à Kirkouk. D'après l'armée, quatre drones ont été "
     "lancés vers la résidence vers 01H10 locales (22H10 GMT samedi).", "fr", 4),
    ("A drone hit the governor's residence in Kirkuk on Sunday. Officials said three drones were launched at "
     "the residence at about 1:10 a.m. (2210 GMT Saturday).", "en", 3),
])
def test_a_gmt_time_in_brackets_does_not_date_the_figure_elsewhere(text, lang, n):
    assert all_counts(text, lang) == [n]


# -- 3. "a pair of", "half a dozen", "une demi-douzaine", "une paire de" ------------------------------------

@pytest.mark.parametrize("text,lang,n,qual", [
    ("A pair of drones struck the Bai Hassan oil field on Wednesday.", "en", 2, None),
    ("Half a dozen rockets landed near the Victory base on Wednesday, police said.", "en", 6, "about"),
    ("Une demi-douzaine de roquettes se sont abattues mercredi sur la base de Victory.", "fr", 6, "about"),
    ("Une paire de drones a frappé mercredi le champ pétrolier de Bai Hassan.", "fr", 2, None),
])
def test_pair_and_half_dozen_are_read(text, lang, n, qual):
    frames = extract(Document("round9", text, lang, PUB))
    assert [(c.value, c.qualifier) for f in frames for c in f.get("count")] == [(n, qual)]


def test_half_a_dozen_is_not_a_dozen():
    assert (parse_count("half a dozen").value, parse_count("une demi-douzaine", "fr").value) == (6, 6)


# -- 4. an armed drone striking a car or a house: no count; a drone hitting a site: one -------------------

@pytest.mark.parametrize("text,lang", [
    ("A Turkish drone struck a pickup near the village of Kuna Masi on Wednesday, killing two fighters.", "en"),
    ("Late on Wednesday, a drone targeted a house on the edge of Bint Jbeil, killing one man, the mayor said.", "en"),
    ("Un drone israélien a visé mercredi une moto à l'entrée de Bint Jbeil, tuant un homme.", "fr"),
    ("استهدفت مسيرة تركية مساء الأربعاء سيارة على طريق بلدة الدرباسية، ما أدى إلى مقتل شخصين.", "ar"),
])
def test_an_armed_drone_strike_on_a_vehicle_or_house_has_no_count(text, lang):
    assert all_counts(text, lang) == []


@pytest.mark.parametrize("text,lang", [
    ("An explosive-laden drone hit the Harir air base on Wednesday, causing no casualties.", "en"),
    ("Un drone chargé d'explosifs a frappé mercredi l'aéroport de Kirkouk, sans faire de victimes.", "fr"),
    ("استهدفت طائرة مسيرة مفخخة مطار كركوك مساء الأربعاء دون وقوع إصابات.", "ar"),
])
def test_a_drone_that_hits_a_site_is_one(text, lang):
    assert all_counts(text, lang) == [1]


# -- 5. missiles fired by the drone are the drone strike's count ---------------------------------------------

@pytest.mark.parametrize("text,lang,n", [
    ("A drone strike killed two men near Sinjar on Wednesday. The drone fired two missiles at their car, "
     "officials said.", "en", 2),
    ("Une frappe de drone a tué mercredi deux hommes près de Sinjar. Selon la police, trois missiles tirés par "
     "un drone ont touché leur véhicule.", "fr", 3),
    ("قتل شخصان بضربة جوية لطائرة مسيرة قرب سنجار مساء الأربعاء.\n\nوقال مصدر أمني إن الضربة نفذت بصاروخين "
     "أطلقتهما مسيرة على سيارتهما.", "ar", 2),
])
def test_missiles_fired_by_the_drone_count_the_drone_strike(text, lang, n):
    assert all_counts(text, lang) == [n]


def test_missiles_of_another_weapon_still_do_not_count_a_drone_strike():
    text = ("A drone strike hit a depot near Sinjar on Wednesday. The group said it had used 40 missiles in "
            "its campaign this year.")
    assert 40 not in all_counts(text)


# -- 6. "the one-way attack drone struck": a singular named with its modifiers is one ------------------------

@pytest.mark.parametrize("text,lang,n", [
    ("Two soldiers were wounded in an attack on the Kalar base on Wednesday. The Iranian-made attack drone "
     "struck a barracks at dawn, officials said.", "en", [1]),
    ("Deux soldats ont été blessés mercredi dans une attaque contre la base de Kalar. Le petit drone kamikaze "
     "a frappé un dortoir à l'aube.", "fr", [1]),
    # an ordinal is one of several, not a count of one
    ("Rockets hit the Victory base on Wednesday. The second rocket hit a parking lot.", "en", []),
])
def test_a_singular_with_modifiers_is_one(text, lang, n):
    assert all_counts(text, lang) == n


# -- 7. "several" is no figure ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Air defences shot down several small drones over the Kalar power station on Wednesday.", "en"),
    ("La défense aérienne a abattu mercredi plusieurs drones au-dessus de la centrale de Kalar.", "fr"),
])
def test_several_projectiles_give_no_count(text, lang):
    assert all_counts(text, lang) == []


def test_a_figure_told_after_several_is_the_count():
    text = ("Several rockets hit the Victory base near Baghdad airport on Wednesday. Police said seven rockets "
            "were fired from a field to the west.")
    assert all_counts(text) == [7]


# -- 8. a number of attacks is no number of projectiles ------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Rockets hit the Victory base on Wednesday, the latest of more than 70 attacks with drones and rockets on "
     "coalition forces since October.", "en"),
    ("Des roquettes ont frappé mercredi la base de Victory, la dernière de plus de 70 attaques de drones et de "
     "roquettes contre la coalition depuis octobre.", "fr"),
])
def test_a_tally_of_attacks_is_not_a_count(text, lang):
    assert all_counts(text, lang) == []
