"""Extraction rules on hand-written wire-style passages (not the seeds)."""
import datetime as dt

from hypothesis import given, settings, strategies as st

from geo_events.extract import extract, split_sentences
from geo_events.models import Document

PUB = dt.date(2023, 11, 21)  # a Tuesday


def frames_of(text, lang="en", published=PUB):
    return extract(Document("t.txt", text, lang, published))


def facts(frame, kind):
    return [f.value for f in frame.get(kind)]


def target(frame):
    return frame.first("target").value.name


def test_two_incidents_in_one_passage_with_their_own_dates_and_counts():
    text = ("Three drones targeted the Harir base in Erbil province on Monday, a coalition official said.\n\n"
            "Separately, on Sunday night, two rockets landed near the US embassy in Baghdad. No one was hurt.\n")
    frames = frames_of(text)
    assert [target(f) for f in frames] == ["Harir", "US embassy"]
    harir, embassy = frames
    assert facts(harir, "event_type") == ["drone attack"] and facts(harir, "count") == [3]
    assert harir.first("date").value.earliest == dt.date(2023, 11, 20)
    assert facts(embassy, "count") == [2] and embassy.first("date").value.earliest == dt.date(2023, 11, 19)
    assert facts(embassy, "killed") == [0] and facts(embassy, "injured") == [0]


def test_impact_shares_and_launch_area_with_direction():
    text = ("Five rockets struck Ain al-Asad air base on Tuesday. Three fell inside the base, while two others hit "
            "the nearby village of al-Baghdadi. The rockets were fired from a village in the neighbouring province "
            "of Salahuddin, further east, the official said.")
    (f,) = frames_of(text)
    assert facts(f, "count") == [5]
    shares = {(r.name, r.share) for r in facts(f, "impact")}
    assert ("al-Baghdadi", 2) in shares
    launch = f.first("launch").value
    assert launch.name == "Salahuddin" and launch.cue == "province" and launch.direction == "east"


def test_claimed_is_not_blamed():
    text = ("A drone hit the Tanf garrison on Friday. The Islamic Resistance in Iraq claimed responsibility, "
            "while Washington blamed Iran-backed militias.")
    (f,) = frames_of(text)
    assert facts(f, "claimed_by") == ["Islamic Resistance in Iraq"]
    assert any("militias" in b for b in facts(f, "blamed_on"))
    assert not facts(f, "unclaimed")


def test_unclaimed_and_accusation_in_french():
    text = ("Deux roquettes ont frappé mardi l'aéroport d'Erbil. L'attaque n'a pas été revendiquée, mais les "
            "autorités kurdes l'ont attribuée à des factions pro-iraniennes.")
    (f,) = frames_of(text, "fr")
    assert facts(f, "unclaimed") == [True]
    assert any("pro-iraniennes" in b for b in facts(f, "blamed_on"))
    assert facts(f, "count") == [2]


def test_casualties_with_sources_and_qualifiers():
    text = ("A rocket attack on Camp Taji on Wednesday killed two soldiers and wounded at least 14 people, "
            "according to the Iraqi military.")
    (f,) = frames_of(text)
    assert facts(f, "killed") == [2]
    injured = f.first("injured")
    assert injured.value == 14 and injured.qualifier == "at least"
    assert "Iraqi military" in (injured.according_to or "")


def test_reference_places_are_not_targets():
    text = "Seven rockets hit Balad air base, about 80 km north of Baghdad, on Monday."
    (f,) = frames_of(text)
    assert target(f) == "Balad"


def test_generic_statements_and_captions_are_not_events():
    text = ("Photo: a soldier stands guard at K1 air base near Kirkuk\n\n"
            "Since October, rocket attacks on US forces have resumed in Iraq and Syria.\n\n"
            "Each time, Washington threatens to strike back at the militias.\n\n"
            "NATO said it would expand its mission in Iraq.\n")
    assert frames_of(text) == []


def test_old_history_is_background():
    text = "In January 2020, a US drone killed a general at Baghdad airport."
    assert frames_of(text) == []
    assert len(frames_of(text, published=dt.date(2020, 2, 1))) == 1


def test_every_fact_points_into_the_text():
    text = ("Four rockets hit the Green Zone in Baghdad on Saturday. Nobody was hurt.\n\n"
            "Le 3 mars, dix roquettes sont tombées sur la base aérienne d'Aïn al-Assad.")
    for frame in frames_of(text):
        for fact in frame.facts:
            ev = fact.evidence
            assert text[ev.start:ev.end] == ev.sentence


def test_sentence_splitter_keeps_initials_together():
    sents = split_sentences("Pentagon spokesman John F. Kirby said two rockets fell. The base was not hit.")
    assert [s.text for s in sents] == ["Pentagon spokesman John F. Kirby said two rockets fell.", "The base was not hit."]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_no_text_crashes_extraction(text):
    for lang in ("en", "fr", "ar"):
        extract(Document("h.txt", text, lang, PUB))


def test_a_closer_description_refines_a_country_level_target_and_the_claim_attaches():
    text = ("Trois soldats américains ont été tués dimanche dans une attaque de drone contre une base dans le nord-est "
            "de la Jordanie, a annoncé Joe Biden, qui a attribué l'attaque à des groupes armés soutenus par l'Iran.\n\n"
            "La base visée, connue sous le nom de Tower 22, se situe près de la frontière syrienne. L'attaque a été "
            "revendiquée par la Résistance islamique en Irak.")
    (f,) = frames_of(text, "fr")
    assert target(f) == "Tower 22"
    assert facts(f, "killed") == [3]
    assert facts(f, "count") == []  # "une attaque de drone" does not say how many drones
    assert facts(f, "claimed_by") == ["Islamic Resistance in Iraq"]
    assert any("soutenus par l'Iran" in b for b in facts(f, "blamed_on"))


def test_adjectives_are_not_places_and_the_attack_is_the_one_told():
    text = ("Rockets were fired at Ain al-Asad air base on Saturday. The Islamic Resistance in Iraq, an umbrella "
            "group of Iran-backed armed factions, claimed responsibility for the attack.")
    (f,) = frames_of(text)
    assert target(f) == "Ain al-Asad"
    assert facts(f, "claimed_by") == ["Islamic Resistance in Iraq"]
