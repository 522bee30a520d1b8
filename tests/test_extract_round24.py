"""English and French events (round 24): a battery of invented reports, each with one attack.

Every item is written for this file in wordings, places and numbers the evaluation sets do not use:
the verb and its voice, nominal forms, the place as a base / port / camp / checkpoint, the source
first, datelines, relative dates, counts in words and digits. Publication date: Thursday 2023-05-11.
"""
import datetime as dt

import pytest

from factories import frames_of, value_of

D = dt.date


def _reading(text: str, lang: str):
    """(event type, target as written, earliest, latest, count) of each frame read in ``text``."""
    out = []
    for f in frames_of(text, lang):
        date, target, etype = value_of(f, "date"), value_of(f, "target"), value_of(f, "event_type")
        # a quarter named with its city ("the X neighbourhood of Y") is read with the city as its container
        name = target and (target.name + (" / " + target.container if target.container else ""))
        out.append((etype, name or None, date.earliest if date else None,
                    date.latest if date else None, value_of(f, "count")))
    return out


# A drone shot down before it hit is an interception (en51).
# Israeli missiles on Syria are fired from aircraft: an airstrike, as the evaluation sets read them (fr02).
# (id, text, event type, target (a word of the name as written), day of the attack, count or None)
EN = [
    ("en01", "BAGHDAD (Reuters) - Two Katyusha rockets slammed into a military base near Haditha in western Iraq "
             "late on Tuesday, a security source said.", "rocket attack", "Haditha", D(2023, 5, 9), 2),
    ("en02", "A convoy carrying supplies for the US-led coalition came under fire near Ramadi on Monday, police said.",
     "attack", "Ramadi", D(2023, 5, 8), None),
    ("en03", "A security source told AFP that three mortar rounds landed near the Baiji refinery in the early hours "
             "of Wednesday.", "mortar attack", "Baiji", D(2023, 5, 10), 3),
    ("en04", "According to the Syrian Observatory for Human Rights, Turkish drones struck a vehicle on the outskirts "
             "of Manbij on Sunday, killing two fighters.", "drone attack", "Manbij", D(2023, 5, 7), None),
    ("en05", "Israeli warplanes pounded positions near the town of Hermel in Lebanon's Bekaa valley overnight Saturday.",
     "airstrike", "Hermel", D(2023, 5, 6), None),
    ("en06", "An explosive-laden drone was launched at the port of Mukalla on Tuesday, the coalition said.",
     "drone attack", "Mukalla", D(2023, 5, 9), None),
    ("en07", "Tuesday's rocket attack on Tikrit airport caused no casualties, officials said.",
     "rocket attack", "Tikrit", D(2023, 5, 9), None),
    ("en08", "The Fallujah strike, which killed four militants on Monday, was carried out by a coalition aircraft.",
     "airstrike", "Fallujah", D(2023, 5, 8), None),
    ("en09", "A salvo of five rockets was launched at the Ashkelon area from Gaza on Wednesday evening, the army said.",
     "rocket attack", "Ashkelon", D(2023, 5, 10), 5),
    ("en10", "A barrage of rockets hit Sderot on Tuesday, sending residents running for shelters.",
     "rocket attack", "Sderot", D(2023, 5, 9), None),
    ("en11", "An explosive-laden drone crashed near Tabuk airport on Sunday, Saudi state media reported.",
     "drone attack", "Tabuk", D(2023, 5, 7), None),
    ("en12", "A roadside bomb targeted an army checkpoint in the Tarmiyah district on Friday, wounding three soldiers.",
     "IED attack", "Tarmiyah", D(2023, 5, 5), None),
    ("en13", "An oil tanker anchored off Fujairah was struck by a drone on Thursday, maritime security firm Ambrey said.",
     "drone attack", "Fujairah", D(2023, 5, 11), None),
    ("en14", "Two missiles were fired at the Ras Laffan industrial city on Monday but caused no damage, Qatar said.",
     "missile attack", "Ras Laffan", D(2023, 5, 8), 2),
    ("en15", "Government forces shelled Saraqib on Wednesday, the Observatory said.",
     "attack", "Saraqib", D(2023, 5, 10), None),
    ("en16", "A drone attack on a base housing US troops near the border town of Ruwaished was reported late on Sunday.",
     "drone attack", "Ruwaished", D(2023, 5, 7), None),
    ("en17", "Rocket hits field near Zahle\n\nA rocket fired from Syria landed in an open field near Zahle on Saturday, "
             "the Lebanese army said.", "rocket attack", "Zahle", D(2023, 5, 6), 1),
    ("en18", "Four Grad rockets were fired at Beersheba late on Monday, the Israeli military said.",
     "rocket attack", "Beersheba", D(2023, 5, 8), 4),
    ("en19", "A camp for displaced people north of Azaz was hit by artillery fire on Tuesday, killing a child.",
     "attack", "Azaz", D(2023, 5, 9), None),
    ("en20", "The police headquarters in Amarah came under a mortar attack early on Friday.",
     "mortar attack", "Amarah", D(2023, 5, 5), None),
    ("en21", "Militants fired three rockets at a Peshmerga post in the Halabja district on Wednesday, officials said.",
     "rocket attack", "Halabja", D(2023, 5, 10), 3),
    ("en22", "A drone strike on a car in Abyan province killed two al-Qaeda suspects on Sunday, tribal sources said.",
     "drone attack", "Abyan", D(2023, 5, 7), None),
    ("en23", "Ashdod port was the target of a rocket attack on Tuesday night.",
     "rocket attack", "Ashdod", D(2023, 5, 9), None),
    ("en24", "Jets bombed a weapons depot in the Quneitra countryside in the early hours of Monday, "
             "state news agency SANA reported.", "airstrike", "Quneitra", D(2023, 5, 8), None),
    ("en25", "Six mortar shells fell on Jarablus on Wednesday, a local official said.",
     "mortar attack", "Jarablus", D(2023, 5, 10), 6),
    ("en26", "A ballistic missile landed near Dimona on Sunday without causing injuries, the army said.",
     "missile attack", "Dimona", D(2023, 5, 7), 1),
    ("en27", "Militants attacked an army outpost near Nukhaib on Tuesday night, killing two soldiers.",
     "attack", "Nukhaib", D(2023, 5, 9), None),
    ("en28", "A drone carrying explosives crashed into a building in Irbid on Saturday, Jordanian police said.",
     "drone attack", "Irbid", D(2023, 5, 6), None),
    ("en29", "A Saudi-led coalition air raid hit a school in Ibb province on Friday, the Houthis said.",
     "airstrike", "Ibb", D(2023, 5, 5), None),
    ("en30", "Turkish artillery pounded the outskirts of Ain Issa on Monday, a Kurdish official said.",
     "attack", "Ain Issa", D(2023, 5, 8), None),
    ("en31", "Rebels fired a salvo of rockets at Mukalla port on Thursday, witnesses said.",
     "rocket attack", "Mukalla", D(2023, 5, 11), None),
    ("en32", "KARBALA, Iraq (AP) - A police station in Karbala was targeted with a bomb-laden drone on Saturday, "
             "a police officer said.", "drone attack", "Karbala", D(2023, 5, 6), None),
]

FR = [
    ("fr01", "Beyrouth (AFP) - Une frappe de drone israélienne a visé mardi soir une voiture près de Hasbaya, "
             "dans le sud du Liban.", "drone attack", "Hasbaya", D(2023, 5, 9), None),
    ("fr02", "Selon l'agence officielle SANA, des missiles israéliens se sont abattus dans la nuit de samedi à "
             "dimanche sur des positions près de Safita.", "airstrike", "Safita", D(2023, 5, 6), None),
    ("fr03", "La base de Haditha a été la cible de deux roquettes lundi, selon une source sécuritaire.",
     "rocket attack", "Haditha", D(2023, 5, 8), 2),
    ("fr04", "Les forces gouvernementales ont pilonné mercredi la ville de Saraqib, selon l'Observatoire syrien "
             "des droits de l'homme.", "attack", "Saraqib", D(2023, 5, 10), None),
    ("fr05", "Un drone chargé d'explosifs s'est écrasé près de l'aéroport de Tabuk dimanche, selon les médias "
             "d'État saoudiens.", "drone attack", "Tabuk", D(2023, 5, 7), None),
    ("fr06", "Une salve de cinq roquettes a touché la ville de Sderot mardi.", "rocket attack", "Sderot",
     D(2023, 5, 9), 5),
    ("fr07", "L'attaque au drone contre une base de la coalition près de Ruwaished, mercredi, n'a pas fait de "
             "victimes, a indiqué l'armée jordanienne.", "drone attack", "Ruwaished", D(2023, 5, 10), None),
    ("fr08", "Trois obus de mortier sont tombés jeudi à l'aube sur un quartier d'Amarah, selon la police.",
     "mortar attack", "Amarah", D(2023, 5, 11), 3),
    ("fr09", "Plusieurs roquettes ont été tirées lundi sur Ashkelon depuis la bande de Gaza, a annoncé l'armée "
             "israélienne.", "rocket attack", "Ashkelon", D(2023, 5, 8), None),
    ("fr10", "Un pétrolier a été touché par un drone mercredi au large de Fujairah, selon la société de sécurité "
             "maritime Ambrey.", "drone attack", "Fujairah", D(2023, 5, 10), None),
    ("fr11", "Des avions de guerre ont bombardé dans la nuit de vendredi à samedi un dépôt d'armes à la périphérie "
             "de Quneitra.", "airstrike", "Quneitra", D(2023, 5, 5), None),
    ("fr12", "Bagdad (AFP) - Un convoi logistique a été visé par un engin explosif mardi sur l'autoroute près de "
             "Ramadi.", "IED attack", "Ramadi", D(2023, 5, 9), None),
    ("fr13", "Deux missiles balistiques ont été lancés samedi contre Ras Laffan, selon un communiqué officiel.",
     "missile attack", "Ras Laffan", D(2023, 5, 6), 2),
    ("fr14", "Un camp de déplacés au nord d'Azaz a été frappé par des tirs d'artillerie dimanche.",
     "attack", "Azaz", D(2023, 5, 7), None),
    ("fr15", "Mardi, une roquette tirée depuis la Syrie s'est abattue dans un champ près de Zahlé, selon l'armée "
             "libanaise.", "rocket attack", "Zahl", D(2023, 5, 9), 1),
    ("fr16", "L'aviation russe a mené lundi plusieurs raids sur les environs de Kafranbel, dans la province d'Idleb.",
     "airstrike", "Kafranbel", D(2023, 5, 8), None),
    ("fr17", "Un poste de contrôle de l'armée irakienne a été attaqué mercredi soir près de Nukhaib, dans le désert "
             "de l'Anbar.", "attack", "Nukhaib", D(2023, 5, 10), None),
    ("fr18", "Quatre roquettes Grad ont visé dimanche la ville de Beersheba, selon l'armée israélienne.",
     "rocket attack", "Beersheba", D(2023, 5, 7), 4),
    ("fr19", "Une frappe aérienne de la coalition a touché vendredi une école dans la province d'Ibb, selon les "
             "rebelles houthis.", "airstrike", "Ibb", D(2023, 5, 5), None),
    ("fr20", "Six obus de mortier se sont abattus mercredi sur Jarablus, a indiqué un responsable local.",
     "mortar attack", "Jarablus", D(2023, 5, 10), 6),
    ("fr21", "Un missile balistique s'est écrasé dimanche près de Dimona sans faire de blessés.",
     "missile attack", "Dimona", D(2023, 5, 7), 1),
    ("fr22", "Des jihadistes présumés ont attaqué mardi un avant-poste de l'armée près de Tikrit, tuant deux soldats.",
     "attack", "Tikrit", D(2023, 5, 9), None),
    ("fr23", "Un drone piégé a frappé samedi un immeuble d'Irbid, dans le nord de la Jordanie.",
     "drone attack", "Irbid", D(2023, 5, 6), None),
    ("fr24", "L'artillerie turque a pilonné lundi les environs d'Aïn Issa, selon un responsable kurde.",
     "attack", "Issa", D(2023, 5, 8), None),
    ("fr25", "La frappe de Fallouja, qui a tué quatre combattants lundi, a été menée par un avion de la coalition.",
     "airstrike", "Fallouja", D(2023, 5, 8), None),
    ("fr26", "Le port d'Ashdod a été la cible d'une attaque à la roquette mardi soir.",
     "rocket attack", "Ashdod", D(2023, 5, 9), None),
    ("fr27", "Une frappe de drone a visé dimanche une voiture dans la province d'Abyan, tuant deux membres présumés "
             "d'Al-Qaïda, selon des sources tribales.", "drone attack", "Abyan", D(2023, 5, 7), None),
    ("fr28", "Le siège de la police de Samawa a essuyé des tirs de mortier vendredi matin.",
     "mortar attack", "Samawa", D(2023, 5, 5), None),
    ("fr29", "Des roquettes s'abattent sur Halabja\n\nTrois roquettes ont frappé mercredi la ville de Halabja, dans "
             "le Kurdistan irakien.", "rocket attack", "Halabja", D(2023, 5, 10), 3),
    ("fr30", "Selon un responsable de la sécurité, une explosion a secoué lundi soir un dépôt de munitions de la base "
             "de Baiji.", "attack", "Baiji", D(2023, 5, 8), None),
    ("fr31", "Un drone a largué mardi une charge explosive sur un poste de police à Karbala, selon une source "
             "policière.", "drone attack", "Karbala", D(2023, 5, 9), None),
    ("fr32", "Les rebelles ont tiré jeudi une salve de roquettes sur le port de Mukalla, selon des témoins.",
     "rocket attack", "Mukalla", D(2023, 5, 11), None),
]


# A second wave: two-sentence items, headlines, the source first, the place in a neighbourhood, at sea, on a road.
EN2 = [
    ("en33", "Drone hits oil depot in Yanbu\n\nRIYADH (Reuters) - A drone struck a fuel storage tank in the Red Sea port "
             "city of Yanbu in the early hours of Saturday, the energy ministry said. There were no injuries.",
     "drone attack", "Yanbu", D(2023, 5, 6), None),
    ("en34", "Iraqi security forces said a Katyusha rocket landed inside the perimeter of Balad air base late on Sunday. "
             "It caused minor damage to a hangar.", "rocket attack", "Balad", D(2023, 5, 7), 1),
    ("en35", "A dozen mortar rounds rained down on the al-Qusur neighbourhood of Deir ez-Zor on Tuesday, "
             "state television said.", "mortar attack", "Deir", D(2023, 5, 9), 12),
    ("en36", "Tuesday's strike on a truck near the Qaim border crossing killed the driver, a local official told AFP.",
     "airstrike", "Qaim", D(2023, 5, 9), None),
    ("en37", "Gunmen on motorbikes opened fire on a checkpoint at the entrance of Hawija on Monday, killing a "
             "policeman.", "attack", "Hawija", D(2023, 5, 8), None),
    ("en38", "A merchant vessel reported an explosion near its hull about 40 nautical miles west of Hodeidah on "
             "Wednesday, the UKMTO agency said.", "attack", "Hodeidah", D(2023, 5, 10), None),
    ("en39", "Unidentified aircraft carried out three strikes on a convoy near Abu Kamal on Saturday night, "
             "a war monitor said.", "airstrike", "Abu Kamal", D(2023, 5, 6), 3),
    ("en40", "An Israeli drone targeted a motorcycle on the road between Nabatieh and Kfar Tebnit on Monday, "
             "the state news agency NNA said.", "drone attack", "Nabatieh", D(2023, 5, 8), None),
    ("en41", "Eight rockets were launched from southern Lebanon towards Nahariya on Wednesday afternoon; most fell "
             "in open areas, the army said.", "rocket attack", "Nahariya", D(2023, 5, 10), 8),
    ("en42", "The headquarters of a Kurdish party in Koya was hit by Iranian drones on Sunday, party officials said.",
     "drone attack", "Koya", D(2023, 5, 7), None),
    ("en43", "Residents said shells slammed into homes in the village of Kansafra in southern Idlib late on Monday.",
     "attack", "Kansafra", D(2023, 5, 8), None),
    ("en44", "A US base at the Conoco gas field in eastern Syria was attacked with rockets overnight, "
             "a coalition official said on Tuesday.", "rocket attack", "Conoco", D(2023, 5, 8), None),
]

FR2 = [
    ("fr33", "Un drone frappe un dépôt pétrolier à Yanbu\n\nRyad (AFP) - Un drone a touché samedi à l'aube un réservoir "
             "de carburant dans la ville portuaire de Yanbu, a annoncé le ministère de l'Énergie. Il n'y a pas eu de blessés.",
     "drone attack", "Yanbu", D(2023, 5, 6), None),
    ("fr34", "Selon les forces de sécurité irakiennes, une roquette Katioucha est tombée dimanche soir dans l'enceinte "
             "de la base aérienne de Balad. Elle a causé des dégâts mineurs.", "rocket attack", "Balad", D(2023, 5, 7), 1),
    ("fr35", "Une douzaine d'obus de mortier se sont abattus mardi sur le quartier d'al-Qusur à Deir ez-Zor, "
             "selon la télévision d'État.", "mortar attack", "Deir", D(2023, 5, 9), 12),
    ("fr36", "La frappe de mardi contre un camion près du poste-frontière d'Al-Qaïm a tué le chauffeur, a indiqué "
             "un responsable local.", "airstrike", "Qa", D(2023, 5, 9), None),
    ("fr37", "Des hommes armés à moto ont ouvert le feu lundi sur un barrage à l'entrée de Hawija, tuant un policier.",
     "attack", "Hawija", D(2023, 5, 8), None),
    ("fr38", "Des appareils non identifiés ont mené samedi soir trois frappes contre un convoi près d'Abou Kamal, "
             "selon un observatoire.", "airstrike", "Abou Kamal", D(2023, 5, 6), 3),
    ("fr39", "Un drone israélien a ciblé lundi une moto sur la route entre Nabatiyé et Kfar Tebnit, selon l'agence "
             "nationale d'information.", "drone attack", "Nabatiy", D(2023, 5, 8), None),
    ("fr40", "Huit roquettes ont été tirées mercredi après-midi du sud du Liban vers Nahariya ; la plupart sont tombées "
             "dans des zones inhabitées, selon l'armée.", "rocket attack", "Nahariya", D(2023, 5, 10), 8),
    ("fr41", "Le siège d'un parti kurde à Koya a été touché dimanche par des drones iraniens, selon des responsables "
             "du parti.", "drone attack", "Koya", D(2023, 5, 7), None),
    ("fr42", "Selon des habitants, des obus se sont abattus lundi soir sur des maisons du village de Kansafra, dans "
             "le sud de la province d'Idleb.", "attack", "Kansafra", D(2023, 5, 8), None),
    ("fr43", "Dans la nuit de lundi à mardi, une base américaine du champ gazier de Conoco, dans l'est de la Syrie, "
             "a été visée par des roquettes.", "rocket attack", "Conoco", D(2023, 5, 8), None),
    ("fr44", "L'attaque au drone contre l'aéroport d'Erbil, jeudi, n'a pas fait de victimes, selon les autorités "
             "kurdes.", "drone attack", "Erbil", D(2023, 5, 11), None),
]

# A third wave: counts as "half a dozen" / "at least", bare day phrases ("late Tuesday"), the attacker's claim first,
# a place after a long subject, quarters and roads.
EN3 = [
    ("en45", "Half a dozen rockets struck near the Baghdad Diplomatic Support Center late Tuesday, "
             "two Iraqi security officials said.", "rocket attack", "Baghdad Diplomatic", D(2023, 5, 9), 6),
    ("en46", "Islamic Resistance in Iraq said it had attacked the Harir base in Erbil province with a drone on Monday.",
     "drone attack", "Harir", D(2023, 5, 8), None),
    ("en47", "At least four projectiles hit a power station on the edge of Samarra shortly before midnight on Friday.",
     "attack", "Samarra", D(2023, 5, 5), 4),
    ("en48", "Houthi forces said they had targeted a Saudi border post in Jizan with a ballistic missile on Wednesday.",
     "missile attack", "Jizan", D(2023, 5, 10), 1),
    ("en49", "An Israeli air strike hit a house in the Shaboura neighbourhood of Rafah in the early hours of Monday, "
             "medics said.", "airstrike", "Rafah", D(2023, 5, 8), None),
    ("en50", "Suspected jihadists ambushed an army convoy on the road linking Palmyra and Sukhnah on Sunday, "
             "killing nine soldiers, the Observatory said.", "attack", "Palmyra", D(2023, 5, 7), None),
    ("en51", "A drone was shot down over Kirkuk airport early Tuesday after it targeted the base's runway, "
             "an airport official said.", "interception", "Kirkuk", D(2023, 5, 9), None),
    ("en52", "Two Grad rockets fired from inside Syria exploded in an open area near the Jordanian town of Ramtha "
             "on Saturday evening, the army said.", "rocket attack", "Ramtha", D(2023, 5, 6), 2),
]

FR3 = [
    ("fr45", "Une demi-douzaine de roquettes se sont abattues mardi soir près du centre de soutien diplomatique de "
             "Bagdad, selon deux responsables irakiens.", "rocket attack", "Bagdad", D(2023, 5, 9), 6),
    ("fr46", "La Résistance islamique en Irak a affirmé avoir attaqué lundi au drone la base de Harir, dans la "
             "province d'Erbil.", "drone attack", "Harir", D(2023, 5, 8), None),
    ("fr47", "Au moins quatre projectiles ont touché vendredi peu avant minuit une centrale électrique en lisière de "
             "Samarra.", "attack", "Samarra", D(2023, 5, 5), 4),
    ("fr48", "Les Houthis ont affirmé avoir visé mercredi un poste-frontière saoudien à Jizan avec un missile "
             "balistique.", "missile attack", "Jizan", D(2023, 5, 10), 1),
    ("fr49", "Un raid aérien israélien a frappé lundi à l'aube une maison du quartier de Chaboura à Rafah, selon "
             "les secouristes.", "airstrike", "Rafah", D(2023, 5, 8), None),
    ("fr50", "Des jihadistes présumés ont tendu dimanche une embuscade à un convoi de l'armée sur la route reliant "
             "Palmyre à Soukhné, tuant neuf soldats, selon l'Observatoire.", "attack", "Palmyre", D(2023, 5, 7), None),
    ("fr51", "Deux roquettes Grad tirées depuis la Syrie ont explosé samedi soir dans une zone inhabitée près de la "
             "ville jordanienne de Ramtha, a indiqué l'armée.", "rocket attack", "Ramtha", D(2023, 5, 6), 2),
    ("fr52", "Avant-hier soir, un drone a largué deux grenades sur un poste de l'armée à l'entrée de Jisr "
             "al-Choughour.", "drone attack", "Jisr", D(2023, 5, 9), None),
]

EN = EN + EN2 + EN3
FR = FR + FR2 + FR3
BATTERY = [(i, "en") for i in EN] + [(i, "fr") for i in FR]


# Readings outside the event code (counts and dates are read by other functions): kept as strict expected failures
# so that a fix shows up as an unexpected pass.
KNOWN_WEAK: dict = {
    # (en44, "overnight" told with the statement's day, reads since session 28: dates._said_on_a_day_of_the_night)
}


@pytest.mark.parametrize("item,lang", [pytest.param(i, lg, marks=pytest.mark.xfail(strict=True, reason=KNOWN_WEAK[i[0]]))
                                       if i[0] in KNOWN_WEAK else (i, lg) for i, lg in BATTERY],
                         ids=[i[0] for i, _ in BATTERY])
def test_battery_item_reads_one_attack(item, lang):
    _id, text, etype, target, day, count = item
    got = _reading(text, lang)
    assert len(got) == 1, got
    g_type, g_target, earliest, latest, g_count = got[0]
    assert g_target is not None and target.lower() in g_target.lower(), got
    assert g_type == etype, got
    assert earliest is not None and earliest <= day <= latest and (latest - earliest).days <= 1, got
    if count is not None:
        assert g_count == count, got


# Guards of the rules this battery brought: each wording that looks like a new rule's but is not an incident

def test_came_under_fire_from_critics_is_no_attack():
    assert frames_of("The minister came under fire from critics in Baghdad on Monday over the budget.") == []


def test_a_country_before_base_owns_it_and_is_not_the_target():
    fr = frames_of("A US base at the Omar oil field was attacked with two rockets on Monday, officials said.")
    assert [value_of(f, "target").name for f in fr] == ["Omar"]


def test_a_place_before_strike_is_the_target_but_a_country_is_not():
    fr = frames_of("The Hit strike killed three militants on Monday, the coalition said.")
    assert [value_of(f, "target").name for f in fr] == ["Hit"]
    assert all(value_of(f, "target") is None or value_of(f, "target").name != "Iran"
               for f in frames_of("The Iran strike was condemned on Monday by several governments."))


def test_a_camp_of_displaced_people_north_of_a_town_is_at_the_town():
    fr = frames_of("Un camp de déplacés au nord d'Azaz a été frappé par des tirs d'artillerie dimanche.", "fr")
    assert [value_of(f, "target").name for f in fr] == ["Azaz"]
    # several sites around a town stay a region
    fr = frames_of("L'aviation a frappé lundi trois dépôts au sud de Mossoul.", "fr")
    assert "Mossoul" not in [value_of(f, "target").name for f in fr if value_of(f, "target")]


def test_suspected_members_of_a_group_are_not_a_place():
    fr = frames_of("Une frappe de drone a tué lundi trois membres présumés d'Al-Chabab près de Jilib.", "fr")
    assert [value_of(f, "target").name for f in fr] == ["Jilib"]


# Short invented articles: background, quotes and places merely mentioned around one to three attacks.

def _events(text: str, lang: str):
    return [(t, n and n.split(" / ")[0], e) for t, n, e, _l, _c in _reading(text, lang)]


def test_article_en_rockets_near_a_base_with_background_and_a_quote():
    text = (
        "Rockets hit army base near Samarra\n\n"
        "SAMARRA, Iraq (Reuters) - Three rockets struck the outskirts of an Iraqi army base near Samarra late on "
        "Wednesday, damaging two vehicles but causing no casualties, two security officials said.\n\n"
        "The rockets were fired from an orchard east of the Tigris river, one of the officials said, speaking on "
        "condition of anonymity because he was not authorised to speak to the media.\n\n"
        "No group immediately claimed responsibility. Iran-aligned militias have in the past been blamed for attacks "
        "on bases hosting foreign troops in Iraq, including the Ain al-Asad air base in Anbar province.\n\n"
        "\"We will not allow anyone to drag the country into chaos,\" Prime Minister Mohammed Shia al-Sudani said in "
        "a statement on Thursday, after chairing a meeting of security commanders in Baghdad.\n\n"
        "The attack came days after a senior commander of the Popular Mobilisation Forces visited Tikrit to inspect "
        "troop deployments along the highway to Mosul.")
    got = _reading(text, "en")
    assert [(t, n, e) for t, n, e, _l, _c in got] == [("rocket attack", "Samarra", D(2023, 5, 10))]
    assert got[0][4] == 3


def test_article_en_drone_strike_and_rockets_across_the_border_are_two_events():
    text = (
        "BEIRUT (AP) - An Israeli drone strike on a car near the southern Lebanese town of Marwahin killed two men on "
        "Tuesday, Lebanon's state news agency said, hours after rockets fired from Lebanon landed in an open field "
        "near the Israeli town of Shlomi.\n\n"
        "The Israeli military said the strike targeted a cell that had fired the rockets. It said two rockets were "
        "launched toward Shlomi on Tuesday morning and that neither caused damage.\n\n"
        "\"The quiet along the border is fragile,\" said a resident of Naqoura, where the U.N. peacekeeping force "
        "UNIFIL has its headquarters. \"People here remember 2006.\"\n\n"
        "Hezbollah did not comment. Its leader is due to speak on Friday in Beirut.")
    got = sorted(_events(text, "en"), key=lambda r: r[1])
    assert got == [("drone attack", "Marwahin", D(2023, 5, 9)), ("rocket attack", "Shlomi", D(2023, 5, 9))]


def test_article_en_one_drone_strike_with_an_old_offensive_as_background():
    text = (
        "A Turkish drone struck a car carrying members of the Kurdish-led Syrian Democratic Forces near Tal Rifaat "
        "in northern Aleppo province on Sunday, killing two of them, the Syrian Observatory for Human Rights said.\n\n"
        "The Britain-based monitor said the car was hit on the road between the village of Tanab and the town. "
        "Turkey has carried out dozens of drone strikes on SDF commanders since 2022.\n\n"
        "Ankara regards the SDF's main component, the People's Protection Units, as an extension of the outlawed "
        "Kurdistan Workers' Party. Turkish forces and allied Syrian factions seized the Afrin region in a 2018 "
        "offensive and have threatened a new ground operation against Manbij and Kobani.\n\n"
        "\"We will respond at the appropriate time,\" an SDF spokesman said in Qamishli.")
    assert _events(text, "en") == [("drone attack", "Tal Rifaat", D(2023, 5, 7))]


def test_article_fr_drone_attack_on_a_gas_field_with_an_old_attack_recalled():
    text = (
        "Irak : une attaque au drone vise un champ gazier au Kurdistan\n\n"
        "Souleimaniyé (AFP) - Deux drones armés ont frappé dans la nuit de lundi à mardi le champ gazier de Khor Mor, "
        "dans la province de Souleimaniyé, sans faire de victimes, a annoncé l'exploitant du site.\n\n"
        "« Un réservoir a pris feu, l'incendie a été maîtrisé à l'aube », a précisé un porte-parole de la société, "
        "basée aux Émirats arabes unis.\n\n"
        "L'attaque n'a pas été revendiquée. Le site avait déjà été pris pour cible par des roquettes en janvier 2022, "
        "ce qui avait entraîné une brève interruption de la production d'électricité à Erbil et à Dohouk.\n\n"
        "Le Premier ministre du Kurdistan a dénoncé un « acte terroriste » et appelé Bagdad à retrouver les auteurs.")
    assert _events(text, "fr") == [("drone attack", "Khor Mor", D(2023, 5, 8))]


def test_article_fr_rockets_from_gaza_and_a_reprisal_strike_are_two_events():
    text = (
        "Proche-Orient : tirs de roquettes sur Ashkelon, frappe israélienne à Khan Younès\n\n"
        "Jérusalem (AFP) - Quatre roquettes ont été tirées mercredi soir depuis la bande de Gaza vers la ville "
        "israélienne d'Ashkelon, dont deux ont été interceptées, a indiqué l'armée israélienne.\n\n"
        "En riposte, l'aviation israélienne a frappé dans la nuit de mercredi à jeudi un site de fabrication d'armes "
        "à Khan Younès, dans le sud de l'enclave, selon des témoins. Aucune victime n'a été signalée.\n\n"
        "« Nous ne tolérerons aucune attaque contre nos civils », a déclaré le ministre de la Défense à Tel-Aviv. "
        "L'Égypte, médiatrice habituelle entre les deux camps, a appelé au calme.")
    got = sorted(_events(text, "fr"), key=lambda r: r[1])
    assert [(t, n) for t, n, _e in got] == [("rocket attack", "Ashkelon"), ("airstrike", "Khan Younès")]
    assert all(e in (D(2023, 5, 10), D(2023, 5, 11)) for _t, _n, e in got)


def test_article_fr_night_strikes_near_a_port_town_with_a_statement():
    text = (
        "Syrie : des frappes israéliennes près de Baniyas\n\n"
        "Damas (AFP) - Des frappes israéliennes ont visé dans la nuit de samedi à dimanche des positions militaires "
        "près de la ville côtière de Baniyas, faisant trois blessés parmi les soldats, a rapporté l'agence officielle "
        "Sana, citant une source militaire.\n\n"
        "Selon l'Observatoire syrien des droits de l'homme, les frappes ont touché un dépôt d'armes appartenant à des "
        "groupes pro-iraniens. Israël mène régulièrement des frappes en Syrie depuis le début de la guerre en 2011.\n\n"
        "Le ministère syrien des Affaires étrangères a condamné dimanche à Damas une « agression flagrante ».")
    got = _events(text, "fr")
    assert [(t, n) for t, n, _e in got] == [("airstrike", "Baniyas")]
    assert got[0][2] in (D(2023, 5, 6), D(2023, 5, 7))


def test_a_salvo_partly_intercepted_keeps_its_projectile_type():
    fr = frames_of("Four rockets were fired at Ashkelon on Monday, two of which were intercepted, the army said.")
    assert [value_of(f, "event_type") for f in fr] == ["rocket attack"]
    fr = frames_of("Two drones launched at Ashkelon on Monday were intercepted, the army said.")
    assert [value_of(f, "event_type") for f in fr] == ["interception"]
