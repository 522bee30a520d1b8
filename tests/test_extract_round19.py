"""English and French events (round 19); each rule in wording and places unlike the evaluation sets."""
from factories import frames_of, targets, value_of


# 1. A motive ("in solidarity with the people of X") or a campaign over weeks ("weeks of fire at ... in X")
#    names a cause, not a place hit

def test_en_place_in_a_solidarity_phrase_is_not_a_target():
    text = "The militia, which says it acts in support of the people of Tulkarm, has fired drones at ships."
    assert "Tulkarm" not in targets(frames_of(text))


def test_fr_place_in_a_solidarity_phrase_is_not_a_target():
    text = "Le mouvement, qui dit agir en solidarité avec les habitants de Khan Younès, a tiré des missiles sur des navires."
    assert "Khan Younès" not in targets(frames_of(text, "fr"))


def test_en_campaign_over_weeks_is_not_a_place_hit():
    text = "Warplanes hit sites overnight, in retaliation for weeks of rocket fire at patrols in Kafr Kila."
    assert "Kafr Kila" not in targets(frames_of(text))


def test_fr_campaign_over_months_is_not_a_place_hit():
    text = "Des avions ont frappé des positions dans la nuit, après des semaines de tirs de roquettes sur Kiryat Shmona."
    assert "Kiryat Shmona" not in targets(frames_of(text, "fr"))
    text = "L'armée a bombardé des cibles mardi, en riposte à des mois d'attaques de drones contre Eilat."
    assert "Eilat" not in targets(frames_of(text, "fr"))


def test_the_place_hit_before_a_motive_is_kept():
    text = "Two rockets hit a logistics base in Taji on Monday, in support of the people of Falluja, the group said."
    assert targets(frames_of(text)) == ["Taji"]


# 2. A frequency ("almost daily", "quotidiennement") tells a habit, not an incident

def test_en_near_daily_fire_is_no_incident():
    assert frames_of("Rockets and shells are fired across the frontier near Shebaa almost daily.") == []
    assert frames_of("Drones are launched at Marib on a daily basis, the governor said.") == []
    assert frames_of("Drones are launched at Marib every day, the governor said.") == []


def test_fr_quasi_daily_fire_is_no_incident():
    assert frames_of("Des roquettes s'abattent quasi quotidiennement sur Sdérot.", "fr") == []
    assert frames_of("Les tirs de drones sur la région d'Abha sont quasi quotidiens, selon la coalition.", "fr") == []


def test_a_dated_single_attack_is_still_read():
    assert targets(frames_of("Two rockets hit Shebaa on Sunday morning, the army said.")) == ["Shebaa"]
    assert targets(frames_of("Un drone a frappé Marib dimanche matin, selon l'armée.", "fr")) == ["Marib"]


# 3. A country's sky crossed ("the airspace of X", "l'espace aérien de X") is the route, not a place hit

def test_en_airspace_crossed_is_not_the_target():
    text = "A drone that crossed the airspace of Mafraq struck a depot near Qaim on Sunday, officials said."
    assert targets(frames_of(text)) == ["Qaim"]


def test_fr_airspace_is_not_a_target():
    text = "Un drone a frappé dimanche un dépôt à Qaïm après avoir traversé l'espace aérien de la Jordanie, selon l'armée."
    assert targets(frames_of(text, "fr")) == ["Qaïm"]


# 4. A second target named with its own weapon ("X with rockets, then Y with a drone") is its own incident

def test_fr_second_target_with_its_own_weapon_is_its_own_event():
    text = ("Le groupe a affirmé mardi avoir visé la caserne de Branit avec des roquettes Falaq, "
            "puis un poste à Malkiya avec un drone explosif.")
    fr = frames_of(text, "fr")
    assert targets(fr) == ["Branit", "Malkiya"]
    assert [value_of(f, "event_type") for f in fr] == ["rocket attack", "drone attack"]


def test_en_and_a_second_target_with_its_own_weapon():
    text = "The group said it hit the barracks at Avivim with rockets on Monday and a post near Margaliot with a guided missile."
    fr = frames_of(text)
    assert targets(fr) == ["Avivim", "Margaliot"]
    assert [value_of(f, "event_type") for f in fr] == ["rocket attack", "missile attack"]


def test_one_weapon_for_two_targets_is_not_cut():
    from geo_events.extract import split_clauses
    text = "Militants struck a base near Hit and an airfield at Baiji with rockets on Friday."
    assert len(split_clauses(text, "en")) == 1


# 5. An explosion told as the event ("a blast rocked the base"), with no weapon named, is an attack

def test_en_blast_that_rocked_a_base_is_an_attack():
    fr = frames_of("A mysterious blast rocked the Camp Ashraf base near Khalis on Friday night, killing two soldiers.")
    assert targets(fr) == ["Camp Ashraf"]
    assert [value_of(f, "event_type") for f in fr] == ["attack"]


def test_fr_explosion_qui_a_secoue_une_base_is_an_attack():
    fr = frames_of("Une explosion a secoué vendredi soir la base de Balad, tuant deux soldats.", "fr")
    assert targets(fr) == ["Balad"]
    assert [value_of(f, "event_type") for f in fr] == ["attack"]


def test_explosions_heard_or_a_named_weapon_keep_their_reading():
    assert frames_of("Explosions were heard in Erbil on Tuesday night, residents said.") == []
    fr = frames_of("A rocket blast rocked the airport of Erbil on Tuesday.")
    assert [value_of(f, "event_type") for f in fr] == ["rocket attack"]
