"""A second attack told as a noun after "followed by" / "suivi de" (session 35, lead): "A rocket attack on X on
Sunday was followed on Monday by a drone strike on Y" tells two incidents, each with its own place and day; what
follows that is no attack ("followed by protests", "suivie de manifestations") stays one event. Invented items
modelled on Reuters and AFP copy."""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)  # a Friday


def _seen(text, lang):
    return sorted((e.event_type, round(e.place.lat, 1), e.date.earliest.isoformat())
                  for e in events_of(text, lang, P) if e.place is not None)


@pytest.mark.parametrize("text, lang", [
    ("A rocket attack on the Ain al-Asad air base on Sunday was followed on Monday by a drone strike on Erbil "
     "airport, officials said.", "en"),
    ("A rocket attack hit the Ain al-Asad air base on Sunday, followed a day later by a drone attack on Erbil "
     "airport.", "en"),
    ("L'attaque à la roquette contre la base d'Aïn al-Asad dimanche a été suivie lundi d'une attaque de drone contre "
     "l'aéroport d'Erbil, selon des responsables.", "fr"),
])
def test_a_second_attack_after_followed_by_is_its_own_event(text, lang):
    got = _seen(text, lang)
    # Ain al-Asad (33.8 N) on Sunday 10 March, Erbil (36.2 N) on Monday 11 March
    assert [(lat, day) for _, lat, day in got if lat == 33.8] == [(33.8, "2024-03-10")]
    assert ("drone attack", 36.2, "2024-03-11") in got
    assert len(got) == 2


@pytest.mark.parametrize("text, lang", [
    ("Two rockets hit the Green Zone in Baghdad on Tuesday, followed hours later by a drone attack on Erbil "
     "airport.", "en"),
    ("Deux roquettes ont frappé la Zone verte de Bagdad mardi, suivies quelques heures plus tard d'une attaque de "
     "drone contre l'aéroport d'Erbil.", "fr"),
])
def test_followed_hours_later_keeps_both_places(text, lang):
    got = _seen(text, lang)
    assert {(t, lat) for t, lat, _ in got} == {("rocket attack", 33.3), ("drone attack", 36.2)}


@pytest.mark.parametrize("text, lang", [
    ("The attack on Erbil was followed by protests in Baghdad on Monday.", "en"),
    ("L'attaque contre Erbil a été suivie de manifestations à Bagdad lundi.", "fr"),
])
def test_what_follows_that_is_no_attack_makes_no_event(text, lang):
    got = _seen(text, lang)
    assert len(got) == 1 and got[0][1] == 36.2


# "and another in Y", "puis une autre à Y", "then two more near Y": one more (or N more) of the projectile told before,
# with its verb of impact left out, is a second event at its own place (extract._GAP_FELL, _rejoin_another)
@pytest.mark.parametrize("text, lang, second", [
    ("One rocket fell on Metula on Tuesday, and another in Kiryat Shmona, causing no injuries.", "en", 1),
    ("Une roquette est tombée sur Metula mardi, puis une autre à Kiryat Shmona, sans faire de victimes.", "fr", 1),
    ("A rocket fell on Metula on Tuesday and then another in Kiryat Shmona, the army said.", "en", 1),
    ("Trois roquettes sont tombées sur Metula mardi, puis deux autres près de Kiryat Shmona.", "fr", 2),
    ("Three rockets fell on Metula on Tuesday, then two more near Kiryat Shmona.", "en", 2),
])
def test_another_with_its_verb_left_out_is_a_second_impact(text, lang, second):
    evs = {round(e.place.lat, 2): e for e in events_of(text, lang, P) if e.place is not None}
    # Metula 33.28 N, Kiryat Shmona 33.21 N, both on Tuesday 12 March
    assert set(evs) == {33.28, 33.21}
    assert evs[33.21].count.best == second and evs[33.21].date.earliest == dt.date(2024, 3, 12)


@pytest.mark.parametrize("text, lang", [
    ("A rocket landed in an open area near Metula and another exploded in the air, the army said.", "en"),
    ("One soldier was killed and another wounded in the attack on the base in Kirkuk.", "en"),
])
def test_another_with_a_verb_of_its_own_and_no_place_stays_one_event(text, lang):
    assert len(events_of(text, lang, P)) == 1


# a town of Pakistan, Afghanistan or Libya in an article that names its country is no small place abroad
# (lexicon.COUNTRY_WORDS PK, AF, LY)
@pytest.mark.parametrize("text, lang, lat", [
    ("Militants attacked a police post in Lakki Marwat in northwestern Pakistan on Monday, killing two officers.",
     "en", 32.6),
    ("Une frappe de drone a visé une ferme près de Tarhouna, en Libye, mardi, tuant deux personnes.", "fr", 32.4),
])
def test_town_of_a_named_frontier_country_resolves(text, lang, lat):
    evs = events_of(text, lang, P)
    assert [round(e.place.lat, 1) for e in evs if e.place is not None] == [lat]


def test_a_town_is_not_read_as_another_that_had_its_name_once():
    # GeoNames keeps "Slov'iansk" among Nikopol's former names, and Nikopol is 19 people bigger than Sloviansk
    evs = events_of("A Russian missile struck Sloviansk in eastern Ukraine on Tuesday, killing two people, the "
                    "regional governor said.", "en", P)
    assert [(round(e.place.lat, 1), round(e.place.lon, 1)) for e in evs] == [(48.8, 37.6)]


# the raid said to have taken place ("ووقعت الغارة مساء أمس") dates the raid told before with no day, as "The strike
# took place on Thursday evening" does in English
@pytest.mark.parametrize("text", [
    "استشهد ثلاثة مواطنين في غارة إسرائيلية على مدينة خان يونس. ووقعت الغارة مساء أمس، بحسب مصادر طبية.",
    "استشهد ثلاثة مواطنين في غارة إسرائيلية على مدينة خان يونس. وقالت وزارة الصحة إن الغارة وقعت مساء أمس.",
])
def test_arabic_raid_said_to_have_taken_place_gives_its_day(text):
    evs = events_of(text, "ar", P)
    assert [(e.killed.best, e.date.earliest, e.date.latest) for e in evs] == [(3, dt.date(2024, 3, 14),
                                                                                dt.date(2024, 3, 14))]
