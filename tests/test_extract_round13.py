"""English and French spurious events (round 13); each rule in wording and places unlike the evaluation sets."""
import datetime as dt

from factories import day_of, frames_of, targets

TUESDAY = dt.date(2023, 5, 9)  # two days before EXTRACT_PUBLISHED, a Thursday
WEDNESDAY = dt.date(2023, 5, 10)


# 1. the day a death toll was updated is not the day of the attack it counts

def test_en_a_toll_update_day_does_not_open_a_second_incident():
    text = ("The death toll from a missile strike on a market in the town of Kharkivka rose to 41 on Wednesday, "
            "regional officials said.\n\n"
            "Tuesday's attack on the Kharkivka market was the deadliest in the region this year.")
    frames = frames_of(text)
    assert len(frames) == 1
    assert day_of(frames[0]) == (TUESDAY, TUESDAY)


def test_fr_a_toll_that_grew_on_a_later_day_keeps_the_attack_day():
    text = ("Le bilan de la frappe de drone contre le marché de Maaret Misrine s'est alourdi à 17 morts mercredi, "
            "selon les secouristes.\n\n"
            "La frappe de mardi contre le marché de Maaret Misrine a aussi fait 30 blessés.")
    frames = frames_of(text, "fr")
    assert len(frames) == 1
    assert day_of(frames[0]) == (TUESDAY, TUESDAY)


def test_en_a_day_before_the_toll_update_is_the_toll_s_too():
    text = ("On Wednesday, the toll from the drone attack on the port of Ochakiv climbed to 12, officials said.\n\n"
            "Drones hit the port of Ochakiv on Tuesday night.")
    frames = frames_of(text)
    assert len(frames) == 1
    assert day_of(frames[0]) == (TUESDAY, TUESDAY)


def test_en_the_attack_day_of_a_toll_sentence_still_dates_the_incident():
    # the day the attack happened, told inside the toll sentence, is not the toll's
    text = "The death toll from Tuesday's rocket attack on Kramatorsk rose to 9, officials said."
    frames = frames_of(text)
    assert len(frames) == 1
    assert day_of(frames[0]) == (TUESDAY, TUESDAY)


# 2. the pluperfect with a date before the news: history retold

def test_fr_pluperfect_with_an_earlier_period_is_history():
    text = ("Une frappe de drone a tué deux combattants mardi à Bint Jbeil, selon l'armée.\n\n"
            "Fin mars, une frappe attribuée à Israël avait tué un commandant à Tyr.")
    assert targets(frames_of(text, "fr")) == ["Bint Jbeil"]


def test_en_pluperfect_with_an_earlier_period_is_history():
    text = ("A drone struck a checkpoint in Tal Afar on Tuesday, killing three soldiers.\n\n"
            "In mid-March, a similar drone had killed two guards near Sinuni, local officials said.")
    assert targets(frames_of(text)) == ["Tal Afar"]


def test_en_simple_past_with_an_earlier_month_after_the_news_is_not_history_by_tense():
    # a past tense alone decides nothing; the pluperfect rule must not catch it (the month rule may)
    text = ("A drone struck a checkpoint in Tal Afar on Tuesday, killing three soldiers.\n\n"
            "Earlier on Tuesday, rockets had been fired at a base near Sinuni, officials said.")
    assert "Sinuni" in targets(frames_of(text))


# 3. people and institutions of a place are not the place hit

def test_fr_authorities_of_a_capital_are_not_a_target():
    text = ("Le bilan de la frappe qui a touché mardi un village près de Dohuk s'est alourdi à six morts, "
            "tandis que les autorités de Bagdad ont convoqué l'ambassadeur turc.")
    assert "Bagdad" not in targets(frames_of(text, "fr"))


def test_en_a_survivor_s_home_town_and_hospital_are_not_targets():
    text = ("Shells fell on a picnic site at Amedi on Tuesday, killing five, said a survivor originally from "
            "Basra, treated at a hospital in Duhok.")
    found = targets(frames_of(text))
    assert "Amedi" in found
    assert "Basra" not in found and "Duhok" not in found


def test_fr_wounded_taken_to_hospital_elsewhere():
    text = ("Deux roquettes sont tombées mardi sur le village de Chebaa, et les blessés ont été transportés "
            "à l'hôpital de Marjayoun.")
    found = targets(frames_of(text, "fr"))
    assert "Chebaa" in found and "Marjayoun" not in found


# 4. the attacker named after "carried out by" / "menée par" is not the place hit

def test_en_the_country_that_carried_out_an_attack_is_not_its_target():
    text = "A barrage of 40 rockets carried out by Syria struck the town of Qatzrin on Tuesday."
    found = targets(frames_of(text))
    assert "Syria" not in found and "Qatzrin" in found


def test_fr_the_country_that_led_an_attack_is_not_its_target():
    text = "Mardi, une attaque de drones lancée par la Turquie a frappé le village de Kuna Masi."
    found = targets(frames_of(text, "fr"))
    assert "Turquie" not in found and "Kuna Masi" in found


# 5. "this came days after ...": the earlier attack is the setting of the news, not an incident

def test_fr_compound_past_came_after_is_background():
    text = ("Des drones ont frappé mardi une base près de Tikrit, selon l'armée.\n\n"
            "Cette frappe est intervenue trois jours après l'attaque menée contre Haïfa avec plus de 50 roquettes.")
    assert targets(frames_of(text, "fr")) == ["Tikrit"]


def test_en_came_less_than_a_week_after_is_background():
    text = ("Drones struck a base near Tikrit on Tuesday, the army said.\n\n"
            "The strike came less than a week after an attack on Haifa with more than 50 rockets.")
    assert targets(frames_of(text)) == ["Tikrit"]


def test_fr_reported_speech_pluperfect_with_an_earlier_day_stays_an_incident():
    # "a annoncé fin avril que ... étaient tombés": the tense of reported speech, not history
    text = ("Une roquette a frappé mardi la base de Taji, selon l'armée.\n\n"
            "L'armée a annoncé fin avril que six obus étaient tombés sur la base aérienne de Qayyarah.")
    assert "Qayyarah" in targets(frames_of(text, "fr"))

