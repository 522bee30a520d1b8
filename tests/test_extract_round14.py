"""English and French events (round 14); each rule in wording and places unlike the evaluation sets."""
import datetime as dt

from factories import day_of, frames_of, targets, value_of

MONDAY = dt.date(2023, 5, 8)  # EXTRACT_PUBLISHED is Thursday 2023-05-11
TUESDAY = dt.date(2023, 5, 9)
WEDNESDAY = dt.date(2023, 5, 10)


def _by_target(frames, name):
    return next(f for f in frames if f.first("target").value.name == name)


# 1. "The attack came N days after <an earlier incident>": the earlier incident is told, and is an event

def test_en_came_days_after_an_earlier_strike_tells_that_strike_with_its_own_day():
    text = ("A rocket attack on the town of Tal Tamr on Wednesday wounded four people, officials said.\n\n"
            "The attack came two days after a drone strike on a checkpoint near the village of Ain Issa on Monday "
            "killed three fighters.")
    frames = frames_of(text)
    assert sorted(targets(frames)) == ["Ain Issa", "Tal Tamr"]
    assert day_of(_by_target(frames, "Ain Issa")) == (MONDAY, MONDAY)
    assert day_of(_by_target(frames, "Tal Tamr")) == (WEDNESDAY, WEDNESDAY)


def test_en_came_days_after_without_a_day_counts_back_from_the_news():
    text = ("Drones struck a fuel depot in the port of Mukalla on Wednesday, the coalition said.\n\n"
            "The strike came two days after the rebels hit a tanker off the port of Nishtun with a missile.")
    frames = frames_of(text)
    assert "Nishtun" in targets(frames)
    assert day_of(_by_target(frames, "Nishtun")) == (MONDAY, MONDAY)


def test_fr_intervient_jours_apres_tells_the_earlier_strike():
    text = ("Une frappe de drone a visé mercredi un véhicule près de la ville de Qamichli, tuant deux combattants.\n\n"
            "L'attaque intervient deux jours après une frappe contre un poste à Amouda qui avait fait un mort lundi.")
    frames = frames_of(text, "fr")
    assert "Amouda" in targets(frames)
    assert day_of(_by_target(frames, "Amouda")) == (MONDAY, MONDAY)


def test_en_hours_after_a_funeral_is_still_no_incident():
    text = "Rockets hit the town of Metula on Wednesday hours after the funeral of a commander in the village of Khiam."
    frames = frames_of(text)
    assert targets(frames) == ["Metula"]


# 2. "X was the second attack on Y this year. On <date months back>, ...": the series retold, not news

def test_en_a_rank_in_a_series_makes_the_older_dated_incident_history():
    text = ("A drone strike hit a truck near the town of Qandil on Wednesday, killing two people, officials said.\n\n"
            "It was the third strike in the district since January. On February 2, a strike near the airport of "
            "Dukan killed a driver.")
    frames = frames_of(text)
    assert targets(frames) == ["Qandil"]


def test_fr_la_deuxieme_frappe_depuis_makes_the_older_one_history():
    text = ("Une frappe de drone a touché mercredi un camion près de Tall Abyad, faisant un mort.\n\n"
            "C'est la deuxième frappe dans la région depuis le début de l'année. Le 3 février, un drone avait visé "
            "un véhicule près de Kobané.")
    frames = frames_of(text, "fr")
    assert targets(frames) == ["Tall Abyad"]


# 3. a model designation is never a place

def test_en_a_hyphenated_model_name_after_a_weapon_word_is_no_place():
    text = ("A drone hit a fuel depot at Najran airport on Wednesday. The rebels said on Telegram that they had "
            "struck the depot with two drones of the Shahed-136 type.")
    frames = frames_of(text)
    assert targets(frames) == ["Najran"]


def test_fr_a_model_name_is_no_place():
    text = ("Un drone a touché mercredi un dépôt de l'aéroport de Jazan. Les rebelles ont affirmé avoir frappé le "
            "dépôt avec trois drones de type Samad-3.")
    frames = frames_of(text, "fr")
    assert all(t != "Samad-3" for t in targets(frames))


def test_en_a_flag_adjective_is_no_place():
    text = "On Wednesday the rebels hit the Panama-flagged tanker Ocean Star with a missile southwest of Hodeidah."
    frames = frames_of(text)
    assert "Panama-flagged" not in targets(frames)


# 4. a projectile count needs projectiles fired: drones seen overhead are no count

def test_en_drones_seen_overhead_are_not_the_count_of_the_attack():
    text = ("An explosion hit a weapons depot in the town of Kalar on Wednesday, police said.\n\n"
            '"Three drones were spotted over the hills just before the blast," a farmer said.')
    frames = frames_of(text)
    assert targets(frames) == ["Kalar"]
    assert value_of(frames[0], "count") is None


def test_fr_des_drones_apercus_are_not_a_count():
    text = ("Une frappe a touché mercredi un dépôt près de Soran, selon la police.\n\n"
            "« Deux drones ont été aperçus au-dessus du village peu avant l'explosion », a dit un habitant de Soran.")
    frames = frames_of(text, "fr")
    assert len(frames) == 1 and value_of(frames[0], "count") is None


def test_en_drones_fired_still_give_the_count():
    text = "The group said it fired three drones at the base at Harir on Wednesday."
    frames = frames_of(text)
    assert value_of(frames[0], "count") == 3


# 5. a claim's total "at sites in <country>" belongs to no one site; another fire at a site is told too

def test_fr_a_claim_of_missiles_on_sites_in_a_country_opens_no_country_event():
    text = ("Mercredi matin, deux citernes ont explosé dans le port de Fujaïrah lors d'une attaque de drones.\n\n"
            "Un incendie s'est par ailleurs déclaré dans l'aéroport de Ras el Khaïmah.\n\n"
            "Les rebelles ont affirmé avoir tiré six missiles sur des sites stratégiques aux Émirats, dont le port "
            "de Jebel Ali.")
    frames = frames_of(text, "fr")
    names = targets(frames)
    assert "Émirats" not in names and "Jebel Ali" not in names
    assert any("Ras el Khaïmah" in n for n in names)
    assert all(value_of(f, "count") != 6 for f in frames)


def test_en_a_fire_also_broke_out_at_another_site_is_a_site_of_the_attack():
    text = ("Drones hit an oil depot in the city of Jizan on Wednesday, the coalition said. "
            "A fire also broke out at the airport of Abha.")
    frames = frames_of(text)
    assert any("Abha" in n for n in targets(frames))


# 6. agency-style month abbreviations and a day compared against

def test_en_month_abbreviation_keeps_the_sentence_and_its_day():
    text = ("The deadliest attack before Wednesday came on Feb. 14, a Tuesday, when rockets hit the base at "
            "Taji, officials said.")
    frames = frames_of(text)
    assert targets(frames) == ["Taji"]
    assert day_of(frames[0]) == (dt.date(2023, 2, 14), dt.date(2023, 2, 14))
