"""English and French events (round 21); each rule in wording and places unlike the evaluation sets."""
from factories import frames_of, targets, value_of


def _types(frames):
    return [value_of(f, "event_type") for f in frames]


# 1. An incident at sea takes the port or coast its position is told from, in its sentence or the next one

def test_en_interception_placed_by_the_next_sentence_port():
    text = ("A Danish frigate downed three drones overnight, the navy said. "
            "The warship was patrolling some 70 km off the coast, near the port of Mokha.")
    fr = frames_of(text)
    assert targets(fr) == ["Mokha"] and _types(fr) == ["interception"]


def test_fr_interception_placed_two_sentences_on_by_the_same_vessel():
    text = ("Le destroyer a abattu jeudi un drone qui fonçait vers lui. "
            "Un cargo a par ailleurs signalé une explosion au large de Djibouti. "
            "Le destroyer croisait alors à hauteur du port de Salif, selon l'état-major.")
    fr = frames_of(text, "fr")
    assert "Salif" in targets(fr)
    assert _types(fr)[targets(fr).index("Salif")] == "interception"


def test_fr_ship_hit_at_a_distance_and_bearing_from_a_port():
    fr = frames_of("Un drone a touché mercredi un vraquier à 40 milles nautiques au sud-ouest de Nishtun.", "fr")
    assert targets(fr) == ["Nishtun"]


def test_en_ship_hit_at_a_distance_and_bearing_from_a_port():
    fr = frames_of("Rebels struck a bulk carrier with a missile roughly 35 nautical miles northwest of Mukalla on Friday.")
    assert targets(fr) == ["Mukalla"]


def test_an_interception_over_a_bare_sea_stays_unplaced():
    # no port, no coast: where a missile was downed over open water is no site (the sets' convention)
    assert frames_of("A US destroyer shot down two missiles over the Arabian Sea on Tuesday.") == []
    assert frames_of("La frégate a abattu deux drones en mer d'Arabie mardi.", "fr") == []


def test_an_adjective_coast_or_an_unrelated_port_is_no_position():
    assert frames_of("A frigate downed a drone on Sunday, about 60 km off the Somali coast.") == []
    text = "Drones were shot down on Sunday night. The port of Berbera reopened on Monday."
    assert frames_of(text) == []



# 2. A place written after the verb and the time it was hit ("ont frappé lundi X", "hit overnight X")

def test_fr_place_after_verb_and_weekday_is_the_target():
    assert targets(frames_of("Des obus d'artillerie ont frappé mardi Houla, selon l'agence officielle.", "fr")) == ["Houla"]
    assert targets(frames_of("Un drone a visé dans la nuit de jeudi à vendredi Qamichli.", "fr")) == ["Qamichli"]


def test_en_place_after_verb_and_time_is_the_target():
    assert targets(frames_of("Rockets struck on Thursday evening Kiryat Shmona, police said.")) == ["Kiryat Shmona"]
    assert targets(frames_of("Two drones hit overnight Rmeileh, local media reported.")) == ["Rmeileh"]


def test_a_speaker_after_a_time_is_no_target():
    fr = frames_of("Rockets hit on Monday, Reuters said.")
    assert all("Reuters" not in t for t in targets(fr))


# 3a. Bombs dropped from aircraft are an air raid; a planted bomb stays an IED attack

def test_dropped_bombs_are_an_airstrike():
    fr = frames_of("On Friday, two jets dropped bombs on an arms depot near the town of Hasakah.")
    assert targets(fr) == ["Hasakah"] and _types(fr) == ["airstrike"]
    fr = frames_of("Deux chasseurs ont largué vendredi des bombes guidées sur un entrepôt près de Hassaké.", "fr")
    assert targets(fr) == ["Hassaké"] and _types(fr) == ["airstrike"]


def test_a_roadside_bomb_or_a_drone_dropped_bomb_keeps_its_type():
    assert _types(frames_of("A roadside bomb struck a convoy near Hasakah on Friday.")) == ["IED attack"]
    assert _types(frames_of("A quadcopter dropped a bomb on a checkpoint near Hasakah on Friday.")) == ["drone attack"]


# 3b. A projectile told fired toward a place, then downed in the next sentence, is one interception

def test_fired_then_downed_is_one_interception():
    text = ("On Tuesday a ballistic missile was launched toward the destroyer USS Gravely in the Red Sea. "
            "The missile was intercepted off the coast of Mokha by a US jet.")
    fr = frames_of(text)
    assert _types(fr) == ["interception"] and targets(fr) == ["Mokha"]
    assert value_of(fr[0], "count") == 1


def test_fr_fired_then_downed_is_one_incident_placed_where_downed():
    text = ("Un missile balistique a été tiré mardi vers le destroyer USS Gravely. "
            "Le missile a été intercepté au large de Mokha par un avion américain.")
    assert targets(frames_of(text, "fr")) == ["Mokha"]


def test_fired_then_downed_but_another_hit_stays_an_attack():
    text = ("Three rockets were fired at the Kalsu base on Tuesday. "
            "The rockets fell inside the perimeter and wounded a contractor, officials said.")
    assert _types(frames_of(text)) == ["rocket attack"]


# 3c. A public body "of X" that gives a figure, a clock time, an agent after the day: none is a place hit

def test_a_health_body_of_a_region_is_no_target():
    text = ("Le bilan des frappes de drones menées mardi contre des camps près de Sidakan s'est alourdi à 9 morts, "
            "a annoncé le ministère de la Santé du Kurdistan.")
    assert "Kurdistan" not in targets(frames_of(text, "fr"))
    text = "Rockets hit a market in Tal Afar on Friday, killing four, the health directorate of Nineveh said."
    assert targets(frames_of(text)) == ["Tal Afar"]


def test_a_ministry_building_hit_keeps_its_town():
    assert targets(frames_of("A drone hit the Ministry of Defence in Sanaa on Friday.")) == ["Sanaa"]


def test_a_clock_time_is_never_a_place():
    fr = frames_of("At 4 am, three rockets hit an army post near Tuz Khurmatu.")
    assert targets(fr) == ["Tuz Khurmatu"]
    fr = frames_of("Vers 23 h, un drone a frappé une voiture près de Nabatieh.", "fr")
    assert targets(fr) == ["Nabatieh"]


def test_the_agent_after_the_day_is_not_the_target():
    text = "Les frappes de missiles menées jeudi par l'Iran contre des groupes kurdes ont visé la ville de Koysinjaq."
    assert "Iran" not in targets(frames_of(text, "fr"))


def test_a_counter_rocket_system_fires_no_rocket():
    text = ("On Monday two drones were shot down over the Harir base. "
            "Officials said the base's counter-rocket system engaged them and that nobody was hurt.")
    fr = frames_of(text)
    assert _types(fr) == ["interception"] and targets(fr) == ["Harir"]
    assert value_of(fr[0], "injured") == 0


# 4. "three in western X near the town of A and two across the frontier, close to B": a town is no country's
#    container; each town with its share is its own site

def test_a_town_after_a_country_is_not_its_container():
    text = ("The raids on Friday hit six sites of the militia, four in eastern Syria near the town of Hajin "
            "and two across the border in Iraq, close to Husaybah, officials said.")
    assert sorted(targets(frames_of(text))) == ["Hajin", "Husaybah"]


def test_fr_a_town_after_a_country_is_not_its_container():
    text = ("Les frappes ont visé vendredi quatre dépôts, trois en Syrie près de la ville de Hajin "
            "et un autre en Irak, près de Husaybah, selon le Pentagone.")
    assert "Hajin" in targets(frames_of(text, "fr"))


def test_a_province_after_a_town_still_contains_it():
    text = "Two rockets hit a checkpoint in Tuz Khurmatu, in Salahuddin province, on Monday."
    fr = frames_of(text)
    assert targets(fr) == ["Tuz Khurmatu"]


def test_a_port_in_the_next_sentence_of_a_land_report_is_not_the_target():
    text = "Rockets were fired on Monday, the army said. Ships near the port of Tartus were ordered to leave."
    assert "Tartus" not in targets(frames_of(text))
