"""English and French events (round 18); each rule in wording and places unlike the evaluation sets."""
from factories import frames_of, targets, value_of

from geo_events.extract import _event_type, find_mentions


def roles(text, lang="en"):
    """(name, role) of each place-like name find_mentions reads."""
    return [(m.name, m.role) for m in find_mentions(text, lang)]


def types(frames):
    return [value_of(f, "event_type") for f in frames]


# 1. The attacker's nationality after the noun ("des missiles israéliens") types an air power's strike

def test_fr_missiles_of_an_air_power_told_after_the_noun_are_an_airstrike():
    text = "Jeudi 4 mai, des missiles israéliens ont visé l'aéroport de Hama, selon l'agence officielle."
    assert types(frames_of(text, "fr")) == ["airstrike"]


def test_fr_tirs_de_missiles_americains_are_an_airstrike():
    assert _event_type("Des tirs de missiles américains ont frappé un dépôt près de Mayadine samedi.", "fr")[0] == "airstrike"


def test_fr_ballistic_or_other_nation_missiles_stay_missile_attacks():
    assert _event_type("Des missiles iraniens se sont abattus sur Koysinjaq mardi.", "fr")[0] == "missile attack"
    assert _event_type("Des missiles balistiques israéliens ont frappé Ispahan.", "fr")[0] == "missile attack"


# 2. An air power that owns the site hit is not the attacker ("a position of the Israeli army")

def test_fr_army_owning_the_site_hit_does_not_make_an_airstrike():
    text = "Le groupe a affirmé avoir ciblé une position de l'armée israélienne à Metoula avec un missile guidé."
    assert _event_type(text, "fr")[0] == "missile attack"


def test_en_army_owning_the_post_hit_does_not_make_an_airstrike():
    text = "The group said it targeted a post of the Israeli army near Hanita with an anti-tank missile."
    assert _event_type(text, "en")[0] == "missile attack"
    # the missiles' own nationality still does
    assert _event_type("A barrage of Israeli missiles hit a depot near Homs.", "en")[0] == "airstrike"


# 3. A sentence-initial article on a common noun ("L'aéroport de X") is no place name

def test_fr_sentence_initial_l_aeroport_is_not_a_place():
    text = "L'aéroport de Mossoul a été visé par un drone mardi, sans faire de victimes."
    assert ("L'aéroport", "target") not in roles(text, "fr")
    assert targets(frames_of(text, "fr")) == ["Mossoul"]


def test_fr_l_ambassade_opening_a_sentence_gives_one_incident():
    text = ("L'ambassade américaine à Bagdad a été visée dimanche par trois roquettes.\n\n"
            "L'ambassade, située dans la zone verte, n'a pas été endommagée.")
    assert len(frames_of(text, "fr")) == 1


# 4. A drone shot down as it approached a place is an interception at that place

def test_en_drones_shot_down_as_they_approached_a_base():
    text = "On Friday, air defences downed three drones as they approached Harir air base, an official said."
    frames = frames_of(text)
    assert types(frames) == ["interception"]
    assert targets(frames) == ["Harir"]


def test_en_missile_intercepted_while_nearing_a_city():
    text = "A missile was intercepted on Sunday while nearing Jizan, the coalition said."
    assert ("Jizan", "target") in roles(text)


def test_fr_condemnation_in_a_relative_on_the_speaker_still_tells_the_interception():
    text = ("Un drone a été abattu jeudi par la défense aérienne alors qu'il se dirigeait vers Kirkouk, a indiqué "
            "le commandement de la coalition, qui a dénoncé une attaque « irresponsable ».")
    frames = frames_of(text, "fr")
    assert types(frames) == ["interception"]
    assert targets(frames) == ["Kirkouk"]


def test_en_a_plain_condemnation_opens_no_incident():
    text = ("Rockets struck the Taji camp on Monday, wounding two soldiers.\n\n"
            "The government condemned the attack on Taji, which it called cowardly.")
    assert len(frames_of(text)) == 1


# 5. A launcher found somewhere, told after an apposition, is where the rockets left from

def test_en_launcher_found_after_an_apposition_is_a_launch_site():
    text = ("Police said they had found the launcher used in the attack, a rack welded onto a small truck, "
            "in the village of Albu Aitha, about 9 km south of the base.")
    assert ("Albu Aitha", "launch") in roles(text)


def test_fr_launcher_found_then_impact_elsewhere_is_a_target():
    text = ("Une rampe de lancement a été retrouvée, et deux roquettes sont tombées ensuite près de la base "
            "de Bashiqa.")
    assert ("Bashiqa", "launch") not in roles(text, "fr")


# 6. Where the wounded were counted or admitted, told with a time phrase between, is a hospital's town

def test_fr_wounded_counted_overnight_at_a_hospital_is_no_target():
    text = "« Quatre autres blessés ont été recensés dans la nuit à l'hôpital de Kut », a précisé un médecin."
    assert ("Kut", "target") not in roles(text, "fr")


def test_en_wounded_admitted_overnight_to_a_hospital_is_no_target():
    assert ("Diwaniyah", "target") not in roles("Two more were admitted overnight to a hospital in Diwaniyah.")
    # a hospital hit is still a place hit
    assert ("Diwaniyah", "target") in roles("A drone hit a hospital in Diwaniyah on Monday.")


# 7. Aircraft that shoot a missile down are the defence, not an airstrike

def test_en_missile_shot_down_by_fighter_jets_is_an_interception():
    text = "A cruise missile was shot down off the coast of Mukalla by French fighter jets on Thursday."
    assert types(frames_of(text)) == ["interception"]


def test_fr_missile_abattu_par_des_avions_de_chasse_is_an_interception():
    text = "Un missile a été abattu jeudi au large de Mokha par des avions de chasse britanniques."
    assert _event_type(text, "fr")[0] != "airstrike"
    # jets firing the missiles still make an airstrike
    assert _event_type("Des avions de chasse ont tiré des missiles sur Mokha jeudi.", "fr")[0] == "airstrike"


# 8. A weapon's name before its noun ("Grad rockets") is no place

def test_en_weapon_name_before_rockets_is_not_a_target():
    text = 'The group said it fired "a barrage of Grad rockets" at Nahariya on Tuesday.'
    assert ("Grad", "target") not in roles(text)
    assert targets(frames_of(text)) == ["Nahariya"]

