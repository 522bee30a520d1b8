"""Incident boundaries and facts (round 9); each rule in wording and places unlike the evaluation sets."""
import datetime as dt

from factories import frames_of, targets, values


def test_an_airport_named_after_its_city_is_a_site_of_its_own_when_the_clause_has_its_own_count():
    text = ("Five rockets slammed into residential areas of Sulaymaniyah late on Tuesday, killing two people "
            "and wounding seven, police said.\n\n"
            "Later that night, air defences shot down two drones over Sulaymaniyah International Airport, "
            "causing no casualties.")
    frames = frames_of(text)
    assert len(frames) == 2
    city, airport = frames
    assert values(city, "killed") == [2] and values(city, "injured") == [7]
    assert "Airport" in airport.first("target").value.name
    assert values(airport, "count") == [2]
    assert values(airport, "killed") == [0]


def test_an_airport_of_the_city_told_in_arabic_is_its_own_incident():
    text = ("قتل شخصان وأصيب سبعة آخرون بجروح جراء سقوط خمسة صواريخ على مدينة السليمانية مساء الثلاثاء.\n\n"
            "وفي وقت لاحق من الليلة نفسها، أسقطت الدفاعات الجوية طائرتين مسيرتين في أجواء مطار السليمانية الدولي، "
            "من دون أن تسفر عن خسائر بشرية.")
    frames = frames_of(text, "ar")
    assert len(frames) == 2
    assert values(frames[0], "killed") == [2]
    assert values(frames[1], "count") == [2]
    assert values(frames[1], "killed") == [0]


def test_the_bare_name_of_a_base_after_the_base_is_the_same_incident():
    text = ("Two drones targeted the Tal Baydar air base on Tuesday. Air defences at Tal Baydar shot down one "
            "of them, a security official said.")
    assert len(frames_of(text)) == 1


def test_a_roadside_bomb_in_a_province_after_rockets_on_a_base_is_another_incident():
    text = ("Two rockets fell inside the Balad air base on Monday, causing no casualties, while a roadside bomb "
            "struck a logistics convoy in Babil province, wounding a driver, police said.")
    frames = frames_of(text)
    assert sorted(targets(frames)) == ["Babil", "Balad"]
    bomb = next(f for f in frames if f.first("target").value.name == "Babil")
    assert values(bomb, "event_type") == ["IED attack"]
    assert values(bomb, "injured") == [1]
    fr = ("Deux roquettes sont tombées lundi sur la base de Balad, sans faire de victimes. Un engin explosif a "
          "visé un convoi logistique dans la province de Babil, blessant un chauffeur.")
    assert sorted(targets(frames_of(fr, "fr"))) == ["Babil", "Balad"]


def test_a_sentence_setting_the_incident_in_its_context_tells_no_incident():
    en = ("A drone struck a fuel depot near Taji on Monday, officials said.\n\n"
          "This comes amid near-daily rocket fire on Qayyarah by militias since the spring.")
    assert targets(frames_of(en)) == ["Taji"]
    fr = ("Un drone a frappé lundi un dépôt de carburant près de Taji.\n\n"
          "Cette attaque intervient alors que des roquettes ont visé mardi la base de Qayyarah.")
    assert targets(frames_of(fr, "fr")) == ["Taji"]
    ar = ("استهدفت طائرة مسيرة مستودعاً للوقود قرب التاجي يوم الاثنين.\n\n"
          "ويأتي ذلك وسط قصف صاروخي على قاعدة القيارة يوم الثلاثاء.")
    assert len(frames_of(ar, "ar")) == 1


def test_a_sentence_telling_what_came_next_is_still_an_incident():
    # "came" telling the attack itself, not its setting
    text = ("A drone struck a fuel depot near Taji on Monday.\n\n"
            "The second attack came at dawn on Tuesday, when three rockets hit the Qayyarah base.")
    assert "Qayyarah" in targets(frames_of(text))


def test_a_claimants_account_with_its_own_count_goes_back_to_the_incident_it_claims():
    text = ("An explosive-laden drone hit Najran airport on Wednesday afternoon, damaging a parked airliner.\n\n"
            "Air defences also intercepted a ballistic missile fired toward Taif on Tuesday evening.\n\n"
            "A rebel spokesman claimed that their forces had struck Najran airport with three drones.")
    frames = frames_of(text)
    assert targets(frames) == ["Najran", "Taif"]
    najran = frames[0]
    assert najran.first("date").value.earliest == dt.date(2023, 5, 10)
    fr = ("Un drone chargé d'explosifs a frappé mercredi l'aéroport de Najran.\n\n"
          "La défense aérienne a aussi intercepté mardi soir un missile tiré vers Taëf.\n\n"
          "Un porte-parole rebelle a affirmé avoir visé l'aéroport de Najran avec trois drones.")
    assert len(frames_of(fr, "fr")) == 2


def test_a_day_told_inside_the_incidents_wider_date_narrows_it():
    fr = ("Des drones ont frappé dans la nuit de lundi à mardi la ville de Dohouk.\n\n"
          "Une maison a été touchée par un drone lundi peu avant minuit, selon la police.")
    frames = frames_of(fr, "fr")
    assert len(frames) == 1
    date = frames[0].first("date").value
    assert (date.earliest, date.latest) == (dt.date(2023, 5, 8), dt.date(2023, 5, 8))
    en = ("Coalition forces in Syria came under drone attack near Shaddadi this week, officials said.\n\n"
          "Late on Tuesday, a drone attack on the Shaddadi base was foiled by air defences.")
    frames = frames_of(en)
    assert len(frames) == 1
    date = frames[0].first("date").value
    assert (date.earliest, date.latest) == (dt.date(2023, 5, 9), dt.date(2023, 5, 9))


def test_a_bare_toll_counts_the_kind_the_sentence_named_before_it():
    text = ("A drone hit an outpost near Rumeilan on Sunday, officials said. First reports put the number of "
            "wounded at 12, but by Tuesday the toll had risen to 20.")
    frames = frames_of(text)
    assert values(frames[0], "injured")[-1] == 20
    assert 20 not in values(frames[0], "killed")


def test_casualties_told_as_the_first_since_a_war_began_are_the_incidents():
    text = ("Two soldiers were killed in a rocket attack on an outpost near Rumeilan, the first deaths in the "
            "region since the war began. The rockets struck the outpost early Sunday, officials said.")
    frames = frames_of(text)
    assert len(frames) == 1
    assert values(frames[0], "killed") == [2]
    assert targets(frames) == ["Rumeilan"]
