"""English and French extraction (round 12); each rule in wording and places unlike the evaluation sets."""
import datetime as dt

from factories import day_of, frames_of, targets, values

TUESDAY = dt.date(2023, 5, 9)  # two days before EXTRACT_PUBLISHED, a Thursday


# 1. a motive phrase inside the subject: the main clause goes on after it

def test_fr_a_motive_inside_the_subject_keeps_the_places_told_after_it():
    text = ("Des tirs d'artillerie lancés en représailles à une attaque de drones contre la ville de Kiryat Shmona, "
            "dans le nord, ont tué quatre personnes à Khiam mardi.")
    frames = frames_of(text, "fr")
    assert targets(frames) == ["Khiam"]
    assert values(frames[0], "killed") == [4]
    assert "Kiryat Shmona" not in targets(frames)  # the motive's place stays out


def test_en_a_motive_inside_the_subject_keeps_the_places_told_after_it():
    text = ("Airstrikes carried out in retaliation for a rocket attack on a base near Tikrit, killed six "
            "fighters in Mayadin on Tuesday, a monitor said.")
    frames = frames_of(text)
    assert targets(frames) == ["Mayadin"]
    assert "Tikrit" not in targets(frames)


def test_en_a_motive_after_the_main_clause_is_still_cut_off():
    text = "Israeli jets struck Tyre on Tuesday in retaliation for a rocket attack on Metula, killing two."
    assert targets(frames_of(text)) == ["Tyre"]


# 2. the day a report opens on, before it tells any incident

def test_fr_the_day_of_the_lead_dates_the_incidents_told_right_after_it():
    text = ("Le nord de la Syrie a connu mardi sa journée la plus violente depuis le début de l'offensive, "
            "le 3 janvier. Des roquettes sont tombées sur Azaz, blessant cinq civils.")
    frames = frames_of(text, "fr")
    assert targets(frames) == ["Azaz"]
    assert day_of(frames[0]) == (TUESDAY, TUESDAY)


def test_en_the_day_of_the_lead_dates_the_incident_told_right_after_it():
    text = ("Northern Iraq saw its worst violence in months on Tuesday. Rockets slammed into Sinjar, "
            "wounding three people.")
    frames = frames_of(text)
    assert targets(frames) == ["Sinjar"]
    assert day_of(frames[0]) == (TUESDAY, TUESDAY)


def test_a_said_day_in_the_lead_does_not_date_the_incident():
    text = ("The governor spoke to reporters, officials said on Tuesday. Rockets slammed into Sinjar, "
            "wounding three people.")
    frames = frames_of(text)
    assert day_of(frames[0]) != (TUESDAY, TUESDAY)


# 4. an organisation named as a source is not a place

def test_fr_a_rescue_service_named_as_a_source_is_not_the_target():
    text = ("Des roquettes se sont abattues mardi sur Nahariya, faisant trois blessés, selon la police et "
            "les ambulanciers du Zaka.")
    assert targets(frames_of(text, "fr")) == ["Nahariya"]


def test_en_a_service_named_as_a_source_is_not_the_target():
    text = ("Rockets hit Ashkelon on Tuesday, wounding two people, according to police and medics of the "
            "United Hatzalah.")
    assert targets(frames_of(text)) == ["Ashkelon"]


# 5. where projectiles came down, after where they were fired from

def test_fr_the_place_hit_after_the_launch_site_is_the_target():
    text = "Une salve de roquettes tirées depuis Gaza s'est abattue mardi sur Sdérot, blessant deux personnes."
    frames = frames_of(text, "fr")
    assert targets(frames) == ["Sdérot"]


def test_en_the_place_hit_after_the_launch_site_is_the_target():
    text = "A rocket fired from Gaza landed in Netivot on Tuesday, wounding a woman."
    frames = frames_of(text)
    assert targets(frames) == ["Netivot"]


def test_the_launch_site_itself_stays_a_launch_site():
    text = "Rockets fired on Tuesday from Gaza toward Ashdod were intercepted."
    assert "Gaza" not in targets(frames_of(text))


# 6. who holds a place is not part of its name

def test_a_holder_before_a_place_name_is_not_part_of_it():
    text = "Warplanes struck Kurdish-held Kobani on Tuesday, killing four people."
    assert targets(frames_of(text)) == ["Kobani"]


def test_a_holder_written_occupied_before_a_place_name_is_not_part_of_it():
    text = "Warplanes struck Turkish-occupied Afrin on Tuesday, killing four people."
    assert targets(frames_of(text)) == ["Afrin"]


# 7. a country struck with no site and no toll; an interception over a sea

def test_a_country_struck_with_no_site_and_no_casualties_is_no_incident():
    text = ("A drone hit a house in Aitaroun on Tuesday, killing a man. Overnight, warplanes struck targets "
            "deep inside Syria, without saying where. There were no reports of casualties.")
    assert targets(frames_of(text)) == ["Aitaroun"]


def test_a_country_struck_with_a_toll_is_kept():
    text = "Airstrikes in Syria killed 12 fighters on Tuesday, a monitor said."
    assert targets(frames_of(text)) == ["Syria"]


def test_an_interception_over_a_sea_with_no_site_is_no_incident():
    text = ("Later on Tuesday, the navy shot down two drones over the Arabian Sea that were heading toward "
            "a frigate, officials said.")
    assert not any("Sea" in t for t in targets(frames_of(text)))


def test_an_interception_over_a_named_town_is_kept():
    text = "Air defences shot down two drones over Erbil on Tuesday, officials said."
    assert targets(frames_of(text)) == ["Erbil"]
