"""English and French events (round 15); each rule in wording and places unlike the evaluation sets."""
import datetime as dt

from factories import day_of, frames_of, targets

TUESDAY = dt.date(2023, 5, 9)
WEDNESDAY = dt.date(2023, 5, 10)


# 1. "on the outskirts / edge of X", "à la périphérie / aux abords de X": X is the place hit, not a description

def test_en_outskirts_of_a_named_town_is_the_target():
    text = "A drone struck a pickup on the outskirts of Tal Tamr on Wednesday, killing two people."
    assert targets(frames_of(text)) == ["Tal Tamr"]


def test_en_outskirts_then_an_apposition_keeps_the_town():
    text = ("The army said artillery fire was returned and that a drone had hit a cell on the outskirts of Ayta "
            "al-Shaab, a village a few kilometres north of the fence.")
    assert targets(frames_of(text)) == ["Ayta al-Shaab"]


def test_fr_peripherie_and_abords_name_the_target():
    assert targets(frames_of("Un drone a frappé une voiture à la périphérie de Manbij mardi, tuant un homme.",
                             "fr")) == ["Manbij"]
    assert targets(frames_of("Des obus sont tombés aux abords de Kafr Nabl mardi, blessant trois civils.",
                             "fr")) == ["Kafr Nabl"]


# 2. "fired from <country> towards X", "tirées depuis ... en direction de X": X is where they were aimed

def test_en_fired_from_a_country_towards_a_town_targets_the_town():
    text = "Two rockets were fired from Gaza towards Ashkelon on Tuesday, the army said."
    frames = frames_of(text)
    assert targets(frames) == ["Ashkelon"]


def test_en_launched_toward_the_city_of_x():
    text = "Three drones launched from Iraq toward the city of Erbil on Monday were shot down, officials said."
    assert targets(frames_of(text)) == ["Erbil"]


def test_fr_en_direction_de_is_the_aim_not_the_launch():
    text = "Des roquettes ont été tirées lundi depuis la Syrie en direction de Katzrin, selon l'armée."
    assert targets(frames_of(text, "fr")) == ["Katzrin"]


def test_en_launched_from_a_town_alone_is_still_no_target():
    assert targets(frames_of("Rockets were launched from the town of Bint Jbeil on Tuesday, the army said.")) == []


# 3. "militants behind a bombing in X", "les auteurs de l'attentat de X": an earlier attack named as the motive

def test_en_militants_behind_an_earlier_bombing_is_no_new_event():
    text = ("Turkish jets and drones pounded Kurdish-held areas of northern Syria on Tuesday, officials said, as "
            "Ankara pressed a campaign it says targets militants behind a deadly bombing in Bursa earlier this month."
            "\n\nA drone struck a car in the town of Amuda on Tuesday evening, killing two men.")
    found = targets(frames_of(text))
    assert "Bursa" not in found and "Amuda" in found


def test_fr_les_auteurs_de_l_attentat_is_no_new_event():
    text = ("Des avions et des drones turcs ont pilonné mardi des zones kurdes du nord de la Syrie, alors qu'Ankara "
            "dit viser les auteurs d'un attentat meurtrier à Antalya au début du mois.\n\n"
            "Un drone a frappé une voiture dans la ville d'Amouda mardi soir, tuant deux hommes.")
    found = targets(frames_of(text, "fr"))
    assert "Antalya" not in found and "Amouda" in found


# 4. "one of the deadliest ... since the war began in 2011": the record's start never dates an incident, and the
#    clause's figures stay with the incident told

def test_fr_des_plus_meurtrieres_depuis_year_keeps_the_injured_and_dates_nothing():
    text = ("Une attaque de drones a frappé mercredi une caserne de la ville de Deraa, tuant 12 soldats.\n\n"
            "Selon l'armée, 40 personnes ont en outre été blessées dans cette attaque, l'une des plus meurtrières "
            "visant la région depuis le début du conflit en 2014.\n\n"
            "Des drones ont visé la cour de la caserne au moment où les soldats se rassemblaient.")
    frames = frames_of(text, "fr")
    assert targets(frames) == ["Deraa"]
    assert [f.first("injured").value for f in frames if f.first("injured")] == [40]
    assert day_of(frames[0]) == (WEDNESDAY, WEDNESDAY)


def test_en_one_of_the_worst_since_year_keeps_the_wounded():
    text = ("A drone attack hit an army barracks in the town of Tal Afar on Wednesday, killing nine soldiers.\n\n"
            "Another 31 people were wounded in the attack, one of the worst on the army since the fighting "
            "began in 2014, officials said.")
    frames = frames_of(text)
    assert targets(frames) == ["Tal Afar"]
    assert frames[0].first("injured").value == 31
    assert day_of(frames[0]) == (WEDNESDAY, WEDNESDAY)


# 5. "the college, located in the X neighbourhood": where a site told before lies, not a new target

def test_en_located_in_after_a_definite_site_is_the_same_incident():
    text = ("A drone attack on a military college in Kirkuk killed five cadets on Tuesday, officials said.\n\n"
            "Explosive-laden drones hit the courtyard of the college, which is located in Rahimawa, as families "
            "were leaving.")
    assert targets(frames_of(text)) == ["Kirkuk"]


def test_fr_situe_dans_le_quartier_after_a_definite_site_is_the_same_incident():
    text = ("Une frappe a touché mardi l'hôpital de Kirkouk, tuant cinq personnes. Le drone a visé l'entrée de "
            "l'hôpital, situé dans le quartier de Rahimawa.")
    assert targets(frames_of(text, "fr")) == ["Kirkouk"]


def test_en_an_indefinite_site_located_in_a_district_keeps_the_district():
    text = "A drone hit a police academy, located in the Rahimawa district, on Tuesday, killing five cadets."
    assert targets(frames_of(text)) == ["Rahimawa"]


# 6. "Sirens sounded in X. N rockets were launched from Y": the town warned is where the fire was aimed

def test_en_sirens_in_a_town_then_rockets_from_a_village_targets_the_town():
    text = ("Late on Tuesday, sirens wailed in Nahariya, a coastal town. The army said three rockets were fired "
            "from near the village of Naqoura and that one fell in the sea.")
    frames = frames_of(text)
    assert targets(frames) == ["Nahariya"]
    assert day_of(frames[0]) == (TUESDAY, TUESDAY)
    assert frames[0].first("launch").value.name == "Naqoura"


def test_fr_les_sirenes_ont_retenti_then_roquettes_tirees():
    text = ("Les sirènes ont retenti mardi soir à Safed. Deux roquettes ont été tirées depuis le sud du Liban, "
            "a indiqué l'armée.")
    assert targets(frames_of(text, "fr")) == ["Safed"]


def test_sirens_do_not_override_a_target_the_next_sentence_names():
    text = ("Sirens sounded in Ashdod on Tuesday. The army said a rocket hit a warehouse in the town of Yavne.")
    assert targets(frames_of(text)) == ["Yavne"]


def test_sirens_across_a_country_name_no_target():
    text = ("Sirens sounded across Israel on Tuesday. Rockets were fired from Lebanon, the army said.")
    assert targets(frames_of(text)) == []


# 7. "claimed attacks on four bases, including one near X": one example site of a claim, no incident of its own

def test_en_claimed_attacks_on_several_bases_including_one_near_x_is_no_event():
    text = ("A drone hit an army post in the town of Ruwaished on Sunday, wounding five soldiers.\n\n"
            "The group claimed drone attacks on Sunday against four bases, including one near the Azraq camp on the "
            "border.")
    assert targets(frames_of(text)) == ["Ruwaished"]


def test_fr_revendique_plusieurs_positions_dont_une_a_x_is_no_event():
    text = ("Un drone a frappé dimanche un poste militaire à Ruwaished, blessant cinq soldats. Le groupe a "
            "revendiqué des attaques de drones dimanche contre trois bases, dont une près de la ville d'Azraq.")
    assert targets(frames_of(text, "fr")) == ["Ruwaished"]


def test_en_bases_hit_including_one_near_x_without_a_claim_keeps_x():
    assert targets(frames_of("Rockets hit four bases on Sunday, including one near the town of Azraq, officials said.")) \
        == ["Azraq"]


# 8. "militants who were planning drone attacks on X", "qui préparaient des attaques contre X": an intent

def test_en_planning_attacks_on_a_base_is_no_incident():
    text = "The ministry said it had killed militants who were planning drone attacks on the Tiyas air base."
    assert targets(frames_of(text)) == []


def test_fr_qui_preparaient_des_attaques_contre_is_no_incident():
    text = ("Le ministère a affirmé avoir « éliminé » des « terroristes » qui préparaient des attaques de drones "
            "contre la base aérienne de Tiyas, sans mentionner de victimes.")
    assert targets(frames_of(text, "fr")) == []
    assert targets(frames_of("Des drones ont frappé mardi la base aérienne de Tiyas, tuant deux soldats.", "fr")) \
        == ["Tiyas"]
