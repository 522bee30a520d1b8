"""Killed and injured (round 19): subjects after a dateline or a verb of speech, the wounded still in care after a
revised toll, denials paired with damage, and a tally over a period told on in the next sentence. Wording, places
and numbers unlike the development sets."""
import pytest

from factories import frames_of, values
from geo_events.casualties import _casualties


def _toll_of(frames, name):
    hit = [f for f in frames if f.first("target") is not None and f.first("target").value.name == name]
    assert hit, f"no frame at {name}"
    return sorted(v for f in hit for v in values(f, "killed")), sorted(v for f in hit for v in values(f, "injured"))


# 1. The subject of a passive verb opens after a dateline's dash, a verb of speech or the object of care.

@pytest.mark.parametrize("text,lang,which,expected", [
    ("TIKRIT, Salahuddin - Four shepherds from a nearby hamlet were killed on Friday when a shell hit their flock.",
     "en", "killed", [(4, None)]),
    ("HOMS (AFP) — Two farm labourers were wounded when a rocket fell on the orchard.", "en", "injured", [(2, None)]),
    ("The provincial health office said a street vendor was hurt.", "en", "injured", [(1, None)]),
    ("La préfecture a indiqué qu'un livreur a été blessé par des éclats.", "fr", "injured", [(1, None)]),
    ("Medics were treating a woman in her forties who was slightly hurt by flying glass.", "en", "injured", [(1, None)]),
    ("Rescuers evacuated a teenager who was badly hurt by debris.", "en", "injured", [(1, None)]),
])
def test_a_subject_after_a_dateline_or_a_verb_of_speech_is_counted(text, lang, which, expected):
    assert _casualties(text, lang, which) == expected


@pytest.mark.parametrize("text,lang", [
    # a number of something else after "said" is no victim
    ("The ministry said three days were needed to repair the line.", "en"),
    ("Officials said two hours had passed before the fire was hurt by rain.", "en"),
])
def test_a_non_person_after_a_verb_of_speech_is_no_victim(text, lang):
    assert _casualties(text, lang, "injured") == []


def test_a_dateline_subject_reaches_the_event():
    text = ("BAIJI, Salahuddin - Five workers at the refinery were killed on Tuesday when a rocket struck Baiji, "
            "plant managers said.")
    assert _toll_of(frames_of(text, "en"), "Baiji")[0] == [5]


# 2. One victim more: "... and another injured".

@pytest.mark.parametrize("text,lang,killed,injured", [
    ("One driver was killed and another injured.", "en", [(1, None)], [(1, None)]),
    ("A ranger was killed and another critically wounded.", "en", [(1, None)], [(1, None)]),
    ("Un douanier a été tué et un autre légèrement blessé.", "fr", [(1, None)], [(1, None)]),
    ("Three guards were killed and another two wounded.", "en", [(3, None)], [(2, None)]),
])
def test_another_victim_counts_one(text, lang, killed, injured):
    assert (_casualties(text, lang, "killed"), _casualties(text, lang, "injured")) == (killed, injured)


# 3. The wounded still in care when a toll is revised: the ones who died no longer count as wounded.

@pytest.mark.parametrize("text,lang,n", [
    ("Two of the injured later died and four others remain in hospital.", "en", 4),
    ("Seven people are still hospitalised, the hospital director said.", "en", 7),
    ("Deux des blessés ont succombé et trois autres restent hospitalisés.", "fr", 3),
    ("Six civils sont toujours hospitalisés à Tripoli.", "fr", 6),
])
def test_the_wounded_still_in_care_are_injured(text, lang, n):
    assert _casualties(text, lang, "injured") == [(n, None)]


@pytest.mark.parametrize("text,lang,place,killed,injured", [
    ("The number of policemen killed when a roadside bomb hit their patrol near Tuz Khurmatu on Friday has risen "
     "to five, officials said on Sunday. On Saturday, police had put the toll at three dead and six wounded. "
     "A doctor said two of the wounded died overnight and four others remain under treatment.",
     "en", "Tuz Khurmatu", [5], [4]),
])
def test_a_revised_toll_keeps_the_wounded_still_in_care(text, lang, place, killed, injured):
    k, i = _toll_of(frames_of(text, lang), place)
    assert max(k) == killed[0] and i == injured


# 4. A denial paired with one of damage.

@pytest.mark.parametrize("text,lang", [
    ("Selon un officier, le tir contre Tall Afar n'a fait « ni victime ni dégât ».", "fr"),
    ("Des roquettes sont tombées sur Tall Afar, sans faire ni dégâts ni blessés.", "fr"),
    ("A rocket fired at Tall Afar on Monday caused neither damage nor casualties.", "en"),
])
def test_a_denial_paired_with_damage_is_zero(text, lang):
    k, i = _toll_of(frames_of(text, lang), "Tall Afar")
    assert k == [0] and i == [0]


# 5. A toll over a period goes on in the next sentence of its paragraph, without a marker of its own.

@pytest.mark.parametrize("text,lang", [
    ("On Monday a drone struck a house in Kfar Kila, killing two men.\n\n"
     "Since January 3, more than 300 people have been killed on the Lebanese side. On the other side, the army "
     "counts about a dozen soldiers and some eight civilians killed.", "en"),
    ("Lundi, un drone a frappé une maison à Kfar Kila, tuant deux hommes.\n\n"
     "Depuis le 3 janvier, plus de 300 personnes ont été tuées au Liban. De l'autre côté, l'armée fait état "
     "d'une douzaine de soldats et d'une huitaine de civils tués.", "fr"),
])
def test_a_tally_told_on_in_the_next_sentence_stays_out_of_the_incident(text, lang):
    assert _toll_of(frames_of(text, lang), "Kfar Kila")[0] == [2]
