"""English and French events (round 22); each rule in wording and places unlike the evaluation sets."""
from factories import frames_of, targets, value_of


def _types(frames):
    return [value_of(f, "event_type") for f in frames]


def _launches(frames):
    return [value_of(f, "launch").name for f in frames if value_of(f, "launch") is not None]


# 1. A trend over many attacks ("strikes have multiplied in the area, as far as X") tells no single incident

def test_en_trend_of_many_strikes_is_no_event():
    text = "Drone raids have multiplied this spring across the valley, reaching the outskirts of Tal Abyad and Ain Issa."
    assert frames_of(text) == []


def test_en_trend_in_the_progressive_is_no_event():
    assert frames_of("Rocket attacks on the bases around Kirkuk are becoming more frequent, officials warn.") == []


def test_fr_trend_of_many_strikes_is_no_event():
    text = "Les bombardements se sont intensifiés depuis juin autour de Maaret al-Noomane et de Saraqeb."
    assert frames_of(text, "fr") == []
    assert frames_of("Les frappes de drones se multiplient dans la région de Manbij.", "fr") == []


def test_one_strike_told_beside_the_trend_still_counts_in_its_own_sentence():
    text = ("On Sunday a drone hit a pickup near the village of Tal Tamr, killing two fighters. "
            "Such raids have intensified since May along the whole front.")
    assert targets(frames_of(text)) == ["Tal Tamr"]


# 2. A place that only seats a speaker ("an official in X confirms", "À X, la porte-parole ... a qualifié") is no target

def test_en_speaker_seated_in_a_capital_in_the_present_tense():
    text = ("Two rockets struck the Taji base on Monday, the army said. "
            "A Pentagon official in Washington confirms the attack, speaking on condition of anonymity.")
    assert targets(frames_of(text)) == ["Taji"]


def test_en_speaker_seated_in_a_city_who_tells_reporters():
    text = "A military source in Damascus tells reporters that missiles struck the Mezzeh airbase overnight."
    assert "Damascus" not in targets(frames_of(text))


def test_fr_fronted_speaker_reacting_is_not_the_place_hit():
    text = ("Des missiles ont frappé lundi le port de Lattaquié. "
            "À Ankara, le porte-parole du ministère, Omer Celik, a condamné les raids, jugés « inacceptables ».")
    assert targets(frames_of(text, "fr")) == ["Lattaquié"]


def test_en_fronted_speaker_who_denounced_the_raid():
    text = "Missiles hit the port of Tartus on Friday. In Tehran, the foreign ministry spokesman denounced the raid."
    assert targets(frames_of(text)) == ["Tartus"]


# 3. Where a launcher described in plain words ("a makeshift platform") is found is a launch site, not a target

def test_en_makeshift_platform_found_outside_a_town_is_the_launch_site():
    text = ("Four rockets struck the Ain al-Asad air base on Tuesday. "
            "Police later located an improvised rocket platform on a truck in an orchard outside Hit.")
    fr = frames_of(text)
    assert targets(fr) == ["Ain al-Asad"]
    assert _launches(fr) == ["Hit"]


def test_fr_rampe_artisanale_found_near_a_village_is_the_launch_site():
    text = ("Deux roquettes se sont abattues mardi sur la base de Qayyarah. "
            "Une rampe artisanale a été retrouvée près du village de Hammam al-Alil.")
    fr = frames_of(text, "fr")
    assert targets(fr) == ["Qayyarah"]
    assert _launches(fr) == ["Hammam al-Alil"]


def test_a_platform_that_is_not_a_launcher_is_not_a_launch_site():
    # an oil platform hit is the target itself
    fr = frames_of("A drone struck an oil platform near Ras Tanura on Monday.")
    assert targets(fr) == ["Ras Tanura"] and _launches(fr) == []


# 4. "fired from X at Y" / "tirées depuis X sur Y": X is the launch site, Y the target

def test_en_fired_from_a_town_at_a_base():
    fr = frames_of("Three rockets were fired from Jurf al-Nasr at the Taji base on Sunday.")
    assert targets(fr) == ["Taji"] and _launches(fr) == ["Jurf al-Nasr"]


def test_en_launched_from_a_city_with_the_day_between_then_at_a_port():
    fr = frames_of("Two drones were launched from Saada on Thursday at the port of Jizan.")
    assert targets(fr) == ["Jizan"] and _launches(fr) == ["Saada"]


def test_fr_tirees_depuis_un_village_sur_une_ville():
    fr = frames_of("Quatre roquettes ont été tirées depuis Yaroun sur la ville de Safed mercredi.", "fr")
    assert targets(fr) == ["Safed"] and _launches(fr) == ["Yaroun"]


def test_from_without_an_aimed_place_still_gives_only_the_launch_site():
    # the place after "from" is the launch site; with no other place there is no target to name
    fr = frames_of("Rockets hit the Qayyarah base on Monday after being fired from Makhmour.")
    assert targets(fr) == ["Qayyarah"] and _launches(fr) == ["Makhmour"]


# 5. Event type: aircraft as the agent make an airstrike; aircraft a base houses do not

def test_en_warplanes_that_struck_make_an_airstrike():
    fr = frames_of("Russian warplanes struck the town of Ariha on Wednesday, killing four civilians.")
    assert targets(fr) == ["Ariha"] and _types(fr) == ["airstrike"]


def test_fr_avions_de_combat_qui_ont_frappe_font_un_raid_aerien():
    fr = frames_of("Des avions de combat ont frappé jeudi le village de Yaroun.", "fr")
    assert targets(fr) == ["Yaroun"] and _types(fr) == ["airstrike"]


def test_rockets_on_a_base_hosting_aircraft_stay_a_rocket_attack():
    fr = frames_of("Three rockets hit a base hosting US aircraft near Erbil on Monday.")
    assert targets(fr) == ["Erbil"] and _types(fr) == ["rocket attack"]
    fr = frames_of("Deux roquettes ont visé lundi une base abritant des avions de combat près d'Erbil.", "fr")
    assert _types(fr) == ["rocket attack"]


def test_an_attack_on_a_base_hosting_aircraft_is_not_an_airstrike():
    fr = frames_of("A base housing coalition aircraft near Erbil was attacked on Monday.")
    assert _types(fr) != ["airstrike"]


# 6. A capital or country that acts or owns the weapons is no target

def test_en_capital_owning_the_jets_is_not_the_target():
    fr = frames_of("Moscow's jets pounded the town of Kafr Zita on Tuesday.")
    assert targets(fr) == ["Kafr Zita"]


def test_fr_capital_subject_of_the_strike_is_not_the_target():
    fr = frames_of("Ankara a frappé vendredi des positions kurdes près de Derik.", "fr")
    assert targets(fr) == ["Derik"]


# 7. A fronted "N hours after the X blast, ..." times the news; the main clause after its comma is the incident

def test_en_fronted_hours_after_keeps_the_main_clause():
    text = "Barely three hours after the Hilla bombing, a roadside bomb went off near a patrol close to Musayyib."
    fr = frames_of(text)
    assert targets(fr) == ["Musayyib"]


def test_en_a_head_that_only_times_the_news_still_tells_no_new_place():
    # "came hours after": the words after tell the earlier incident, not a second place hit by this one
    text = "Rockets hit the Taji base on Monday. The attack came hours after a funeral in Najaf."
    assert "Najaf" not in targets(frames_of(text))
