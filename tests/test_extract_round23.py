"""English and French events (round 23); each rule in wording and places unlike the evaluation sets."""
from factories import frames_of, targets, value_of


def _counts(frames):
    return {value_of(f, "target").name: value_of(f, "count") for f in frames}


def _launches(frames):
    return [value_of(f, "launch").name for f in frames if value_of(f, "launch") is not None]


# 1. Two incidents coordinated in one sentence, the second with a weapon (and count) of its own, make two sites

def test_fr_raid_on_one_village_and_shells_on_another_are_two_sites():
    text = ("L'agence a signalé mardi une frappe qui a soufflé un hangar à Rmeish, "
            "et trois obus de mortier tirés sur un verger au sud de Qana.")
    fr = frames_of(text, "fr")
    assert targets(fr) == ["Rmeish", "Qana"]
    # the three shells are Qana's, not the first strike's
    assert _counts(fr) == {"Rmeish": None, "Qana": 3}


def test_en_drone_strike_on_one_town_and_missiles_at_another_are_two_sites():
    text = ("Local radio reported a drone strike on a motorbike in Odaisseh on Monday, "
            "and two guided missiles fired at an olive grove east of Tayr Harfa.")
    fr = frames_of(text)
    assert targets(fr) == ["Odaisseh", "Tayr Harfa"]
    assert _counts(fr) == {"Odaisseh": None, "Tayr Harfa": 2}


def test_en_as_well_as_with_a_count_of_its_own():
    text = "The ministry listed a raid on a warehouse near Tal Afar on Friday as well as four rockets on a checkpoint in Sinjar."
    fr = frames_of(text)
    assert targets(fr) == ["Tal Afar", "Sinjar"]
    assert _counts(fr)["Sinjar"] == 4


def test_one_volley_on_a_town_and_its_outskirts_stays_one_site():
    fr = frames_of("Two rockets hit Odaisseh and its outskirts on Sunday.")
    assert targets(fr) == ["Odaisseh"]


def test_a_verb_after_and_is_not_read_as_a_second_weapon_phrase():
    from geo_events.extract import _own_attack_conjunct
    assert _own_attack_conjunct(" and launched drones at the ", "en") is None
    assert _own_attack_conjunct(" on Monday, and two guided missiles fired at a grove in ", "en") is not None
    assert _own_attack_conjunct(", et d'une frappe de drone sur ", "fr") is not None


# 2. A place given only as the bearing of what was hit, with no distance, is where the attack happened

def test_en_farmland_east_of_a_village_places_the_shell_at_the_village():
    assert targets(frames_of("A shell landed on farmland east of Rmeish on Sunday.")) == ["Rmeish"]


def test_fr_moto_a_l_ouest_d_un_village():
    assert targets(frames_of("Un drone a frappé dimanche une moto à l'ouest de Qana.", "fr")) == ["Qana"]


def test_a_bearing_with_a_distance_keeps_the_named_base():
    fr = frames_of("Three rockets struck the Taji base 20 km north of Baghdad on Monday.")
    assert targets(fr) == ["Taji"]


def test_the_bearing_of_a_launch_point_is_no_target():
    fr = frames_of("Two rockets were fired from an orchard north of Tal Afar at the Zummar checkpoint on Monday.")
    assert targets(fr) == ["Zummar"] and _launches(fr) == ["Tal Afar"]


def test_several_sites_south_of_a_city_do_not_make_the_city_the_target():
    assert "Mosul" not in targets(frames_of("Jets struck three depots used by the group south of Mosul on Monday."))


def test_a_bearing_set_off_by_a_comma_locates_a_region_not_the_city():
    text = "An explosion rocked a base housing militia units, south of Mosul, on Monday night, killing one."
    assert "Mosul" not in targets(frames_of(text))
    assert "Mossoul" not in targets(frames_of("Une frappe a visé lundi un dépôt d'armes, au nord de Mossoul.", "fr"))
