"""Target choice (round tg43): a clause that names several places names most of them in passing - where a spokesman
or a ministry spoke ("said in Bamako", "a annoncé à Washington", "Le ministère, à Moscou, ..."), where a statement was
issued, where a victim came from ("a 23-year-old from Nablus", "deux habitants de Haïfa"), where protesters gathered,
an earlier attack in an aside ("the second on Odesa this month"), a town where sirens sounded.  The place the attack
word governs ("a strike on X", "hit a house in X", "a frappé X", "abattu 20 drones au-dessus de la région de X",
"attacked a ship off X") is the place hit, whatever its order in the clause (extract._AIMED_AT, ClauseInfo.target)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 15)


def _places(text, lang):
    return [e.place_name for e in events_of(text, lang, PUBLISHED)]


@pytest.mark.parametrize("lang, text, place", [
    # where a victim came from
    ("en", "A 23-year-old from Nablus was killed in the Israeli strike on Jenin, the Palestinian health ministry said.",
     "Jenin"),
    ("en", "A man from Khan Younis was among those killed when an Israeli strike hit a house in Deir al-Balah, medics "
           "said.", "Deir al-Balah"),
    ("en", "Two people from Haifa were injured when a rocket hit a car in Kiryat Shmona, Magen David Adom said.",
     "Kiryat Shmona"),
    ("fr", "Deux habitants de Haïfa ont été blessés lorsqu'une roquette a frappé une voiture à Kiryat Shmona, a "
           "indiqué le Magen David Adom.", "Kiryat Shmona"),
    ("fr", "Un habitant de Khan Younès figure parmi les victimes d'une frappe israélienne sur une maison à Deir "
           "al-Balah, selon les secours.", "Deir al-Balah"),
    # where the speaker or the statement was
    ("en", "Mali's army said in Bamako that a drone strike killed 10 jihadists near Kidal.", "Kidal"),
    ("fr", "L'armée malienne a annoncé à Bamako qu'une frappe de drone avait tué dix jihadistes près de Kidal.", "Kidal"),
    ("en", "Houthi rebels in Sanaa said they fired a ballistic missile at Eilat.", "Eilat"),
    ("en", "In a statement issued in Sanaa, the Houthis claimed responsibility for the drone attack on the port of "
           "Eilat.", "Eilat"),
    ("fr", "Dans un communiqué publié à Sanaa, les Houthis ont revendiqué l'attaque de drone contre le port d'Eilat.",
     "Eilat"),
    ("fr", "Le ministère russe de la Défense, à Moscou, a affirmé avoir abattu 20 drones ukrainiens au-dessus de la "
           "région de Belgorod.", "Belgorod"),
    ("fr", "Selon le porte-parole de l'armée, à Jérusalem, un drone du Hezbollah a frappé Nahariya, blessant deux "
           "personnes.", "Nahariya"),
    ("fr", "Le ministère syrien de la Défense, à Damas, a indiqué que des avions israéliens avaient frappé des "
           "positions près de Homs.", "Homs"),
    ("fr", "Les renseignements militaires ukrainiens, à Kiev, ont affirmé que leurs drones avaient frappé un "
           "aérodrome à Morozovsk, dans la région russe de Rostov.", "Morozovsk"),
    ("en", "Yemen's Houthis said in Sanaa they had attacked a ship off Hodeidah with drones.", "Hodeidah"),
    ("en", "The Ukrainian General Staff in Kyiv said its forces hit a Russian command post in Tokmak.", "Tokmak"),
    ("fr", "La coalition menée par l'Arabie saoudite a annoncé à Riyad avoir détruit un drone houthi lancé depuis Saada "
           "vers Khamis Mushait.", "Khamis Mushait"),
    # a gathering, an aside, sirens elsewhere
    ("en", "Protesters gathered in Amman after an Israeli airstrike on Rafah killed 20 people.", "Rafah"),
    ("en", "The attack, the second on Odesa this month, hit a port facility in Izmail.", "Izmail"),
    ("en", "An air raid siren sounded in Kyiv as drones struck Bila Tserkva.", "Bila Tserkva"),
])
def test_the_place_the_attack_word_governs_is_the_target(lang, text, place):
    assert _places(text, lang) == [place]


# Guards (they held before this round and must keep holding): a city named alone is the target; a launch site stays
# the launch; two places each governed by an attack word keep the order of the clause; a facility keeps its rank over
# a country the attack noun governs.
@pytest.mark.parametrize("lang, text, place, launch", [
    ("en", "Russian drones struck Kyiv overnight, the mayor said.", "Kyiv", None),
    ("fr", "Des drones russes ont frappé Kiev dans la nuit, a annoncé le maire Vitali Klitschko.", "Kiev", None),
    ("en", "A drone launched from Iraq struck a base in Eilat, the Islamic Resistance in Iraq said in a statement from "
           "Baghdad.", "Eilat", "Iraq"),
    ("fr", "Un drone lancé depuis le Liban a frappé une position militaire près de Metoula, a annoncé l'armée "
           "israélienne.", "Metoula", "Liban"),
    ("en", "Hezbollah said it fired a barrage of rockets at Kiryat Shmona in response to an Israeli strike on Nabatieh "
           "that killed a commander.", "Kiryat Shmona", None),
    ("fr", "Les Houthis ont affirmé à Sanaa avoir attaqué un navire au large de Hodeïda avec des drones.", "Hodeïda", None),
])
def test_a_named_target_and_a_launch_site_stay(lang, text, place, launch):
    events = events_of(text, lang, PUBLISHED)
    assert [e.place_name for e in events] == [place]
    assert ((events[0].launch.name or None) if events[0].launch else None) == launch


# French writes the quantity inside its fronted "deux jours après" ("Two days after" puts it before): the earlier attack
# the fronted phrase names only times the news; the main clause after its comma tells the attack (extract.split_clauses)
@pytest.mark.parametrize("text, place", [
    ("Deux jours après une frappe de drone sur Belgorod, des drones ukrainiens ont touché un dépôt pétrolier à Koursk.",
     "Koursk"),
    ("Quelques heures après une attaque de drones sur Odessa, des missiles russes ont frappé Kharkiv, tuant deux "
     "personnes.", "Kharkiv"),
])
def test_a_french_fronted_earlier_attack_only_times_the_news(text, place):
    assert _places(text, "fr") == [place]
