"""Places joined by "and" / "et" / commas after a verb of attack (round 1): one frame per place hit.

Invented reports (publication date Thursday 2023-05-11) in wordings, places and numbers that no evaluation
set uses: two or three towns as the verb's object ("targeted X, Y and Z"), as the subject of a passive
("X and Y were struck", "X et Y ont été touchées"), after "the towns of" / "les localités de", "near X and Y",
"on X and on Y", "à X et à Y"; and readings where the second name is no second place hit: a container
("X and its outskirts"), a launch site ("fired from X and Y"), a speaker's seat ("officials in X and Y
said"), a road "between X and Y", and "the X and Y governorates" (areas).
"""
import datetime as dt

import pytest

from factories import frames_of, value_of

PUBLISHED = dt.date(2023, 5, 11)

# (id, language, text, the target of each frame in order (a word of the name as written), or None when the
# report is one incident whatever its target is)
ITEMS = [
 ("e01","en","Rockets hit Baqubah and Kut on Tuesday night, police said.",["Baqubah","Kut"]),
 ("e02","en","Two drones struck Tal Afar and Qayyarah early on Monday, a security official said.",["Tal Afar","Qayyarah"]),
 ("e03","en","Amarah and Hillah were struck by Katyusha rockets on Sunday evening, police said.",["Amarah","Hillah"]),
 ("e04","en","Mortar shells targeted Halabja, Rutba and Anah on Wednesday, officials said.",["Halabja","Rutba","Anah"]),
 ("e05","en","The towns of Tabqa and Afrin came under rocket fire on Monday, activists said.",["Tabqa","Afrin"]),
 ("e06","en","Rockets landed near Azaz and Tal Rifaat on Saturday, the Observatory said.",["Azaz","Tal Rifaat"]),
 ("e07","en","Rockets fell on Netivot and on Ofakim on Friday afternoon, the army said.",["Netivot","Ofakim"]),
 ("e08","en","Israeli jets bombed Baalbek and Zahle overnight on Tuesday, Lebanese media reported.",["Baalbek","Zahle"]),
 ("e09","en","Three rockets hit Ramadi and two struck Heet on Tuesday, police said.",["Ramadi","Heet"]),
 ("e10","en","A drone attack targeted Taiz and Hajjah on Thursday, the coalition said.",["Taiz","Hajjah"]),
 ("e11","en","Militants shelled the villages of Nawa and Izra in Daraa province on Sunday.",["Nawa","Izra"]),
 ("e12","en","Missiles slammed into Tartus and Baniyas on Monday, state media said.",["Tartus","Baniyas"]),
 ("e13","en","Air strikes hit Jenin, Tulkarm and Qalqilya on Tuesday, witnesses said.",["Jenin","Tulkarm","Qalqilya"]),
 ("e14","en","Katyusha rockets rained down on Kut and Amarah late on Friday, a police officer said.",["Kut","Amarah"]),
 ("n01","en","Rockets hit Baqubah and its outskirts on Tuesday, police said.",["Baqubah"]),
 ("n02","en","Shells fell on Afrin and the surrounding villages on Sunday, activists said.",["Afrin"]),
 ("n03","en","Rockets fired from Tabqa and Azaz hit Afrin on Monday, activists said.",["Afrin"]),
 ("n04","en","Rockets hit Kut on Tuesday, officials in Baghdad and Amarah said.",["Kut"]),
 ("n05","en","A drone hit Taiz on Sunday, according to officials in Aden and Hajjah.",["Taiz"]),
 ("n06","en","A rocket hit the road between Baqubah and Kut on Monday, police said.",None),
 ("n09","en","Mortar rounds hit the highway linking Hillah and Amarah on Monday, police said.",None),
 ("n07","en","Rockets hit the Diyala and Wasit governorates on Monday, officials said.",None),
 ("n08","en","Two rockets struck Tal Afar and its airport on Monday, a security source said.",["Tal Afar"]),
 ("f01","fr","Des roquettes ont frappé Baqouba et Kout mardi soir, selon la police.",["Baqouba","Kout"]),
 ("f02","fr","Des frappes ont visé Tal Afar et Qayyarah lundi, selon un responsable.",["Tal Afar","Qayyarah"]),
 ("f03","fr","Amara et Hilla ont été touchées par des roquettes dimanche soir, selon la police.",["Amara","Hilla"]),
 ("f04","fr","Des obus de mortier ont visé Halabja, Routba et Anah mercredi, selon des responsables.",["Halabja","Routba","Anah"]),
 ("f05","fr","Les villes de Tabqa et Afrine ont été la cible de tirs de roquettes lundi.",["Tabqa","Afrine"]),
 ("f06","fr","Des roquettes sont tombées près d'Azaz et de Tal Rifaat samedi, selon l'OSDH.",["Azaz","Tal Rifaat"]),
 ("f07","fr","Des roquettes se sont abattues sur Netivot et sur Ofakim vendredi après-midi, selon l'armée.",["Netivot","Ofakim"]),
 ("f08","fr","L'aviation israélienne a bombardé Baalbek et Zahlé dans la nuit de mardi.",["Baalbek","Zahlé"]),
 ("f09","fr","Trois roquettes ont frappé Ramadi et deux ont touché Hit mardi, selon la police.",["Ramadi","Hit"]),
 ("f10","fr","Une attaque de drones a visé Taëz et Hajja jeudi, selon la coalition.",["Taëz","Hajja"]),
 ("f11","fr","Les localités de Nawa et Izra, dans la province de Deraa, ont été bombardées dimanche.",["Nawa","Izra"]),
 ("f12","fr","Des missiles se sont abattus à Tartous et à Banias lundi, selon les médias d'Etat.",["Tartous","Banias"]),
 ("f13","fr","Des frappes aériennes ont touché Jénine, Tulkarem et Qalqilya mardi, selon des témoins.",["Jénine","Tulkarem","Qalqilya"]),
 ("f14","fr","Des roquettes Katioucha sont tombées sur Kout et Amara vendredi soir, selon un policier.",["Kout","Amara"]),
 ("g01","fr","Des roquettes ont frappé Baqouba et ses environs mardi, selon la police.",["Baqouba"]),
 ("g02","fr","Des obus sont tombés sur Afrine et les villages alentour dimanche, selon des militants.",["Afrine"]),
 ("g03","fr","Des roquettes tirées depuis Tabqa et Azaz ont frappé Afrine lundi, selon des militants.",["Afrine"]),
 ("g04","fr","Des roquettes ont frappé Kout mardi, ont indiqué des responsables à Bagdad et à Amara.",["Kout"]),
 ("g05","fr","Un drone a frappé Taëz dimanche, selon des sources à Aden et à Hajja.",["Taëz"]),
 ("g06","fr","Une roquette a frappé la route entre Baqouba et Kout lundi, selon la police.",None),
 ("g09","fr","Des obus de mortier ont frappé la route reliant Tartous et Banias lundi, selon la police.",None),
 ("g07","fr","Des roquettes ont frappé les gouvernorats de Diyala et de Wassit lundi, selon des responsables.",None),
 ("g08","fr","Deux roquettes ont frappé Tal Afar et son aéroport lundi, selon une source de sécurité.",["Tal Afar"]),
]


def _targets(text: str, lang: str) -> list:
    return [(value_of(f, "target").name if value_of(f, "target") else None) for f in frames_of(text, lang, PUBLISHED)]


@pytest.mark.parametrize("item_id, lang, text, expected", ITEMS, ids=[i[0] for i in ITEMS])
def test_one_frame_per_place_hit(item_id, lang, text, expected):
    names = _targets(text, lang)
    if expected is None:
        assert len(names) == 1, names
        return
    assert len(names) == len(expected), names
    for name, want in zip(names, expected):
        assert name is not None and want.split()[-1] in name, (names, expected)


def test_items_are_balanced():
    langs = [lang for _, lang, _, _ in ITEMS]
    assert langs.count("en") >= 20 and langs.count("fr") >= 20


def test_conjunct_sites_share_date_and_type():
    """Each place of "X and Y were shelled on Sunday" is hit on the same day by the same kind of attack."""
    frames = frames_of("Mortar rounds slammed into Baqubah and Kut early on Sunday, police said.", "en", PUBLISHED)
    assert [value_of(f, "target").name for f in frames] == ["Baqubah", "Kut"]
    assert {value_of(f, "event_type") for f in frames} == {"mortar attack"}
    assert {value_of(f, "date").earliest for f in frames} == {dt.date(2023, 5, 7)}


def test_split_counts_stay_with_their_site():
    frames = frames_of("Quatre roquettes sont tombées sur Tulkarem et deux sur Qalqilya mardi soir.", "fr", PUBLISHED)
    assert [(value_of(f, "target").name, value_of(f, "count")) for f in frames] == [("Tulkarem", 4), ("Qalqilya", 2)]


def test_claimant_list_is_not_split():
    """A spokesman's list of what his side "had targeted" names no sites one can place."""
    text = ("A rebel spokesman said the fighters had targeted army posts in Taiz, Hajjah and Baiji with drones "
            "on Monday.")
    assert len(frames_of(text, "en", PUBLISHED)) <= 1
