"""Incident boundaries (round 11); each rule in wording and places unlike the evaluation sets."""
import datetime as dt

from factories import EXTRACT_PUBLISHED as PUB, frames_of, targets, values


def dates(frames):
    return [(f.first("date").value.earliest, f.first("date").value.latest) for f in frames]


# 1. an undated lead and the dated incident it sums up

def test_an_undated_lead_on_a_region_merges_into_the_dated_strike_inside_it():
    text = ("The Revolutionary Guards claimed a ballistic missile attack on targets in Nineveh province.\n\n"
            "At least five missiles struck Mosul, the capital of Nineveh province, late on Tuesday, "
            "killing two people, local officials said.")
    frames = frames_of(text)
    assert targets(frames) == ["Mosul"]
    assert dates(frames) == [(dt.date(2023, 5, 9), dt.date(2023, 5, 9))]
    assert values(frames[0], "claimed_by")  # the lead's claim is kept on the incident


def test_an_undated_lead_is_kept_when_the_dated_incident_is_elsewhere():
    text = ("Militants fired rockets at Nineveh province, officials said.\n\n"
            "On Tuesday, a drone struck a checkpoint in Basra, wounding three soldiers.")
    frames = frames_of(text)
    assert "Basra" in targets(frames)
    assert len(frames) == 2


def test_a_relative_date_never_lands_after_publication():
    text = ("On May 2, a rocket hit the airport of Kirkuk, police said. Two weeks after the attack, a drone "
            "struck a depot in Tikrit, wounding a guard.")
    for frame in frames_of(text):
        assert frame.first("date").value.earliest <= PUB


def test_a_day_counted_after_an_incident_told_as_history_counts_from_that_incident():
    text = ("Three drones hit a fuel depot in Dohuk on Wednesday, wounding two guards. It was the latest in a "
            "series of attacks on the region.\n\n"
            "On April 3, a rocket barrage hit an oil field near Kirkuk. Barely four days after that attack, a "
            "drone struck a base at Tikrit, wounding one soldier.")
    frames = frames_of(text)
    assert targets(frames) == ["Dohuk"]  # April 7 is history too, not a day after the Wednesday


# 2. the country holding the place just told

def test_a_strike_said_to_be_in_the_country_of_the_city_told_is_the_same_incident():
    text = ("A drone strike killed two militia commanders in their car in Kirkuk, the Iraqi oil city, on "
            "Tuesday night. The US military said it had carried out an air strike in Iraq against a commander "
            "responsible for attacks on its troops.")
    frames = frames_of(text)
    assert targets(frames) == ["Kirkuk"]


def test_a_strike_in_another_country_is_still_its_own_incident():
    text = ("A drone strike killed two militia commanders in their car in Kirkuk, the Iraqi oil city, on "
            "Tuesday night. The next day, Israeli jets carried out an air strike on a depot in Homs, Syria.")
    frames = frames_of(text)
    assert targets(frames)[0] == "Kirkuk"
    assert len(frames) == 2


# 3. the example a tally singles out

def test_the_deadliest_of_a_tally_is_background():
    text = ("A drone hit a base near Hasakah on Sunday, wounding four soldiers, the army said. Bases in the "
            "region have faced more than 90 attacks since November, the deadliest of them on April 2 when "
            "rockets struck a camp near Tanf, killing a contractor.")
    frames = frames_of(text)
    assert targets(frames) == ["Hasakah"]


def test_the_deadliest_of_a_tally_in_french_is_background():
    text = ("Un drone a frappé lundi une base près de Hassaké, blessant quatre soldats. Les bases de la région "
            "ont subi plus de 90 attaques depuis novembre, la plus meurtrière le 2 avril lorsque des roquettes "
            "ont touché un camp près de Deir ez-Zor, tuant un sous-traitant.")
    frames = frames_of(text, "fr")
    assert targets(frames) == ["Hassaké"]


def test_the_deadliest_of_a_tally_in_arabic_is_background():
    text = ("استهدفت طائرة مسيرة يوم الأحد قاعدة قرب الحسكة، ما أدى إلى إصابة أربعة جنود. وتعرضت القواعد في "
            "المنطقة لأكثر من 90 هجوما منذ نوفمبر/تشرين الثاني، كان أعنفها في 2 أبريل/نيسان حين استهدفت صواريخ "
            "قاعدة التنف، ما أدى إلى مقتل متعاقد.")
    frames = frames_of(text, "ar")
    assert len(frames) == 1


def test_a_dated_incident_after_a_tally_without_a_superlative_is_still_an_event():
    text = ("A drone hit a base near Hasakah on Sunday, wounding four soldiers. Bases have faced more than 90 "
            "attacks since November. On Monday, rockets struck a camp near Tanf, killing a contractor.")
    frames = frames_of(text)
    assert "Tanf" in targets(frames)


# 6. a state claiming a strike on a group's commander

def test_a_state_that_claims_a_strike_is_the_claimant_not_the_victims_group():
    text = ("قتل قيادي في حركة النجباء في غارة بطائرة مسيرة استهدفت سيارته في الموصل مساء الثلاثاء، "
            "وأعلنت الولايات المتحدة مسؤوليتها عنها.")
    (frame,) = frames_of(text, "ar")
    assert values(frame, "claimed_by") == ["United States"]
