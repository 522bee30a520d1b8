"""English and French events (round 17); each rule in wording and places unlike the evaluation sets."""
from factories import frames_of, targets

from geo_events.extract import find_mentions


def roles(text, lang="en"):
    """(name, role) of each place-like name find_mentions reads."""
    return [(m.name, m.role) for m in find_mentions(text, lang)]


# 1. A clause whose subject is the attack told goes on with it, even with a count or another place of its own

def test_en_the_attack_carried_out_by_one_drone_refines_the_area_told():
    text = ("A drone attack killed two soldiers on Sunday at a base in eastern Syria, officials said.\n\n"
            "The attack, carried out by a single drone, struck early on Sunday the barracks of the outpost at "
            "Shaddadi, near the Iraqi border.")
    assert targets(frames_of(text)) == ["Shaddadi"]


def test_fr_l_attaque_menee_par_deux_drones_is_the_same_incident():
    text = ("Une attaque de drones a blessé cinq soldats lundi sur une base du sud de l'Irak.\n\n"
            "L'attaque, menée par deux drones, a frappé lundi le dortoir de la base de Tallil.")
    assert targets(frames_of(text, "fr")) == ["Tallil"]


def test_fr_claim_naming_another_base_that_day_goes_to_the_attack_told():
    text = ("Des roquettes ont frappé mardi la base de Harir, blessant deux militaires.\n\n"
            "Le président a promis une riposte.\n\n"
            "L'attaque a été revendiquée par un groupe armé, qui a affirmé mardi avoir visé trois bases, "
            "dont celle d'Ain al-Asad.")
    frames = frames_of(text, "fr")
    assert targets(frames) == ["Harir"]


def test_en_two_attacks_at_two_places_the_same_day_stay_two():
    text = ("A drone hit Erbil airport on Tuesday, the Kurdish authorities said.\n\n"
            "Rockets struck the Ain al-Asad air base on Tuesday, wounding two contractors.")
    assert sorted(targets(frames_of(text))) == ["Ain al-Asad", "Erbil"]


# 2. Whom a source spoke to is an outlet, not a place hit

def test_en_outlet_told_is_no_place():
    text = "A security source told Al-Mayadeen that an Israeli strike hit a house in Khiam, killing two."
    assert ("Al-Mayadeen", "target") not in roles(text)
    assert targets(frames_of(text)) == ["Khiam"]


def test_fr_outlet_after_indique_a_is_no_place():
    text = "Un responsable local a déclaré à L'Express qu'une frappe a visé une maison à Naqoura, tuant un civil."
    assert ("L'Express", "target") not in roles(text, "fr")
    assert targets(frames_of(text, "fr")) == ["Naqoura"]


# 3. "en direction de la région de X", "toward the area of X": the area aimed at, not a launch site

def test_fr_region_aimed_at_after_launch_country_is_a_target():
    text = "Une vingtaine de roquettes ont été tirées depuis la Syrie en direction de la région de Katzrin."
    assert ("Katzrin", "target") in roles(text, "fr")
    assert ("Katzrin", "launch") not in roles(text, "fr")


def test_en_area_aimed_at_is_a_target():
    text = "Dozens of rockets were fired from Lebanon towards the area of Kiryat Shmona on Friday."
    assert ("Kiryat Shmona", "target") in roles(text)


# 4. A time-stamped live entry naming another place tells another incident

def test_fr_live_entry_naming_another_area_opens_an_incident():
    text = ("14h10 - Des obus d'artillerie s'abattent sur les abords de Khiam. Aucune victime signalée.\n\n"
            "12h30 - Selon l'armée, une trentaine de roquettes ont été tirées depuis le Liban en direction de "
            "la région de Safed ; certaines ont été interceptées.")
    assert sorted(targets(frames_of(text, "fr"))) == ["Khiam", "Safed"]


def test_en_live_entry_on_the_same_place_stays_one_incident():
    text = ("09:15 — Artillery shells hit the outskirts of Naqoura, local media said.\n\n"
            "08:40 — Shells were also reported in Naqoura earlier, with no casualties.")
    assert targets(frames_of(text)) == ["Naqoura"]
