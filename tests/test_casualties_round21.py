"""Killed and injured (round 21): the wounded told by their care ("hospitalised", "taken to hospital"), victims named
one by one with their ages, everyone aboard "safe", a denial for one group as the only word on casualties, victims of
the region's nationalities and trades, and a battery of EN/FR toll phrasings. Wording, places and numbers unlike the
development sets."""
import pytest

from factories import frames_of, values
from geo_events.casualties import _casualties


def _kill_hurt(frames):
    assert len(frames) == 1, [f.first("target") for f in frames]
    return values(frames[0], "killed"), values(frames[0], "injured")


# 1. The wounded told by their care: "were hospitalised", "was taken to hospital", "transportés à l'hôpital".

@pytest.mark.parametrize("text,lang,n", [
    ("Four were hospitalised with shrapnel wounds.", "en", 4),
    ("Two shepherds were hospitalized after the blast.", "en", 2),
    ("A fourth passenger was taken to hospital with burns.", "en", 1),
    ("Three farmers were rushed to hospital in Kirkuk.", "en", 3),
    ("Cinq ouvriers ont été hospitalisés.", "fr", 5),
    ("Deux bergers ont été transportés à l'hôpital de Tyr.", "fr", 2),
])
def test_the_wounded_told_by_their_care(text, lang, n):
    assert [v for v, _ in _casualties(text, lang, "injured")] == [n]
    assert _casualties(text, lang, "killed") == []


def test_bodies_taken_to_hospital_are_not_wounded():
    text = "Three guards were killed and their bodies taken to hospital in Tikrit."
    assert [v for v, _ in _casualties(text, "en", "killed")] == [3]
    assert _casualties(text, "en", "injured") == []


def test_a_passenger_taken_to_hospital_after_two_killed_in_a_car():
    text = ("Doctors said two men were killed when a drone struck their pickup near Tal Hamis on Sunday. "
            "A third passenger was taken to hospital with burns.")
    assert _kill_hurt(frames_of(text)) == ([2], [1])


# 2. Victims named one by one with their ages.

@pytest.mark.parametrize("text,lang,which,n", [
    ("Samir Haddad, 27, and Walid Nassar, 45, were killed on Monday evening.", "en", "killed", 2),
    ("Rana Khalil, 19, Omar al-Saadi, 52, and Jad Fares, 8, were wounded.", "en", "injured", 3),
    ("Karim Aziz, aged 33, was killed instantly.", "en", "killed", 1),
    ("Nour Saleh (17) et Hadi Mansour (40) ont été tués lundi.", "fr", "killed", 2),
    ("Le fermier Ahmad Zein, 66 ans, a été grièvement blessé.", "fr", "injured", 1),
])
def test_victims_named_with_their_ages_are_counted(text, lang, which, n):
    assert [v for v, _ in _casualties(text, lang, which)] == [n]


@pytest.mark.parametrize("text", [
    "Tuesday, 14, and Friday, 17, were quiet days.",  # no verb of harm
    "Beirut, 12, and Sidon were named in the report.",
])
def test_names_and_numbers_without_harm_count_no_victim(text):
    assert _casualties(text, "en", "killed") == [] and _casualties(text, "en", "injured") == []


def test_named_victims_of_a_strike_on_a_house():
    text = ("Maher Daher, 29, and Fadi Karam, 36, were killed on Thursday when an Israeli strike hit a house in "
            "Aitaroun. A neighbour who had come to help was wounded.")
    assert _kill_hurt(frames_of(text)) == ([2], [1])


# 3. Everyone aboard or present "safe": no one killed or hurt.

@pytest.mark.parametrize("text,lang", [
    ("A missile splashed down near a cargo ship off Mokha on Tuesday. The crew are reported safe.", "en"),
    ("A drone hit the tanker Orion off Aden on Tuesday; all 23 crew members were unharmed, the operator said.", "en"),
    ("Un drone a touché mardi un pétrolier au large de Nishtun. L'équipage est sain et sauf.", "fr"),
    ("Un missile est tombé mardi près d'un cargo au large de Moka ; les marins sont tous indemnes.", "fr"),
])
def test_a_crew_reported_safe_is_no_casualty(text, lang):
    assert _kill_hurt(frames_of(text, lang)) == ([0], [0])


def test_the_rest_of_a_crew_safe_keeps_the_wounded():
    text = "A drone hit a bulk carrier off Aden on Tuesday, wounding two sailors. The rest of the crew were safe."
    assert values(frames_of(text)[0], "injured") == [2]


# 4. A denial for one group (round 21 decision, see test_casualties_round11): all the report says of casualties,
# it is 0 killed and 0 injured; after a toll of others it adds nothing.

@pytest.mark.parametrize("text,lang", [
    ("Rockets were fired at a base housing US forces at Rmeilan on Sunday. No American personnel were hurt.", "en"),
    ("Deux drones ont visé dimanche la base de Harir. Aucun soldat français n'a été blessé.", "fr"),
])
def test_a_lone_denial_for_one_group_is_zero_killed_and_injured(text, lang):
    assert _kill_hurt(frames_of(text, lang)) == ([0], [0])


@pytest.mark.parametrize("text,lang,injured", [
    ("A drone hit a base near Erbil on Sunday, wounding three Kurdish guards. No U.S. personnel were hurt.", "en", [3]),
    ("Une roquette a frappé dimanche la base de Harir, blessant deux gardes kurdes. Aucun soldat américain n'a été "
     "touché.", "fr", [2]),
])
def test_a_denial_for_one_group_after_a_toll_of_others_adds_no_zero(text, lang, injured):
    assert _kill_hurt(frames_of(text, lang)) == ([], injured)


def test_no_other_wounded_after_a_death_is_zero_wounded():
    text = ("Plusieurs roquettes ont visé mercredi la base de Bachiqa. L'une d'elles a touché le camp, tuant un "
            "soldat. Aucun autre blessé n'a été signalé.")
    assert _kill_hurt(frames_of(text, "fr")) == ([1], [0])


# 5. Nationals and trades of the region as victims, summed per category.

@pytest.mark.parametrize("text,lang,which,n", [
    ("Deux Saoudiens et quatre Yéménites ont été blessés.", "fr", "injured", 6),
    ("Trois marins et un pêcheur ont été tués.", "fr", "killed", 4),
    ("Two seafarers and three fishermen were killed.", "en", "killed", 5),
    ("Les blessés, trois Jordaniens et deux ressortissants étrangers, ont été hospitalisés.", "fr", "injured", 5),
])
def test_nationals_and_trades_are_victims_and_sum(text, lang, which, n):
    assert [v for v, _ in _casualties(text, lang, which)] == [n]


# 6. A battery of toll phrasings no development set has.

@pytest.mark.parametrize("text,lang,killed,injured", [
    ("A rocket hit a checkpoint in Sinjar on Tuesday, killing a soldier and wounding two civilians.", "en", [1], [2]),
    ("A drone strike on a bakery in Sarmada on Tuesday left three people dead and five wounded.", "en", [3], [5]),
    ("Two people lost their lives when a rocket hit a minibus in Netivot on Tuesday.", "en", [2], []),
    ("A rocket that hit a bus depot in Ofakim on Tuesday claimed the lives of four people.", "en", [4], []),
    ("Une frappe a touché mardi une boulangerie à Sarmada, faisant un mort et deux blessés légers.", "fr", [1], [2]),
    ("La frappe de mardi sur Binnish a fait deux morts.", "fr", [2], []),
    ("Une roquette est tombée mardi sur Netivot sans faire de victimes.", "fr", [0], [0]),
    ("A drone struck a market in Sarmada on Tuesday, killing five civilians and three fighters.", "en", [8], []),
])
def test_toll_phrasings(text, lang, killed, injured):
    assert _kill_hurt(frames_of(text, lang)) == (killed, injured)


@pytest.mark.parametrize("text,lang,killed", [
    ("A drone hit a car near Majdal Selm on Tuesday, killing two men. During the 2006 war, Israeli strikes killed "
     "some 1,200 people in Lebanon.", "en", [2]),
    ("Une roquette a frappé mardi un poste à Kfarchouba, tuant un soldat. Lors de la guerre de 2006, plus de 1 200 "
     "personnes avaient été tuées au Liban.", "fr", [1]),
    ("An Israeli strike hit a house in Yaroun on Tuesday, wounding three people. Last August, a strike on the same "
     "village killed seven.", "en", []),
])
def test_a_toll_of_another_time_in_the_same_paragraph_is_not_ours(text, lang, killed):
    frames = frames_of(text, lang)
    assert values(frames[0], "killed") == killed


# 7. A victim with an age and an aside between the subject and its verb.

@pytest.mark.parametrize("text,lang", [
    ("Un berger de 61 ans, qui gardait son troupeau, y a été tué.", "fr"),
    ("Une femme âgée de 70 ans, originaire du village, a été tuée.", "fr"),
    ("A farmer aged 49, who had gone back to his orchard, was killed.", "en"),
])
def test_one_victim_with_an_age_and_an_aside(text, lang):
    assert [v for v, _ in _casualties(text, lang, "killed")] == [1]


def test_a_victim_with_an_age_and_an_aside_then_the_wounded():
    text = ("À Yaroun, un raid a visé une maison mercredi : un homme de 63 ans, qui était venu chercher des papiers, "
            "y a été tué et trois autres personnes blessées, selon l'agence.")
    assert _kill_hurt(frames_of(text, "fr")) == ([1], [3])


# 8. An article before a word of untold quantity tells no figure (not one).

@pytest.mark.parametrize("text,lang", [
    ("A number of fishermen were hurt.", "en"),
    ("A large number of civilians were wounded.", "en"),
    ("Un certain nombre de civils ont été blessés.", "fr"),
])
def test_a_number_of_victims_is_no_figure(text, lang):
    assert _casualties(text, lang, "injured") == []


@pytest.mark.parametrize("text,n", [("A total of 14 soldiers were hurt.", 14), ("A fisherman was hurt.", 1)])
def test_an_article_that_opens_a_figure_or_one_victim_still_counts(text, n):
    assert [v for v, _ in _casualties(text, "en", "injured")] == [n]
