"""Killed and injured figures landing on the right incident (round 17); wording, places and numbers unlike the sets."""
import pytest

from factories import frames_of, values


def _tolls(frames):
    """(target, killed values, injured values) of each frame."""
    return [(f.first("target").value.name, values(f, "killed"), values(f, "injured")) for f in frames]


def _toll_of(frames, name):
    hit = [f for f in frames if f.first("target").value.name == name]
    assert hit, f"no frame at {name}: {_tolls(frames)}"
    return sorted(v for f in hit for v in values(f, "killed")), sorted(v for f in hit for v in values(f, "injured"))


# 1. A toll told of one site of a strike on several sites goes to that site, not to the site the report follows.

@pytest.mark.parametrize("text,lang,site,other", [
    ("Des frappes ont visé mardi les bases de Tikrit et de Samarra. À Samarra, les obus ont touché un dépôt. "
     "Selon une source médicale, cinq gardes ont été blessés dans la frappe contre la base de Tikrit.",
     "fr", "Tikrit", "Samarra"),
    ("Strikes hit the bases of Qayyarah and Taji on Tuesday. In Taji, the shells hit a depot. "
     "A medical source said nine guards were wounded in the strike on the base of Qayyarah.",
     "en", "Qayyarah", "Taji"),
])
def test_a_toll_naming_another_site_of_the_strike_goes_to_that_site(text, lang, site, other):
    frames = frames_of(text, lang)
    assert _toll_of(frames, site)[1] in ([5], [9])
    assert _toll_of(frames, other) == ([], [])


# 1b. A sentence naming the place of an incident told earlier takes the thread back to it.

@pytest.mark.parametrize("text,lang,place,expected", [
    ("- Eight people were killed when a rocket hit a market in the town of Kiryat Ata on Tuesday.\n"
     "- Earlier on Tuesday an airstrike killed two militants in south Syria.\n\n"
     "09:30 - Mourners gathered in Kiryat Ata. Hospital officials said 22 people were wounded.",
     "en", "Kiryat Ata", ([8], [22])),
    ("Sept personnes ont été tuées mardi quand une roquette a frappé un marché de la ville de Nahariya. "
     "Plus tôt mardi, une frappe israélienne a tué trois combattants à Khiam, dans le sud du Liban. "
     "Les obsèques ont eu lieu mercredi à Nahariya. Les secours ont fait état de 14 blessés.",
     "fr", "Nahariya", ([7], [14])),
])
def test_a_sentence_naming_an_earlier_place_takes_its_toll_back(text, lang, place, expected):
    frames = frames_of(text, lang)
    assert _toll_of(frames, place) == expected


# 2. A toll with no place told before its attack in the same sentence is that attack's.

@pytest.mark.parametrize("text,lang,place,expected", [
    ("Les rebelles ont revendiqué des tirs de roquettes contre un camp militaire au Kurdistan. "
     "Au moins trois soldats ont été tués et neuf autres blessés mardi soir à Dohouk dans une série de frappes de drones.",
     "fr", "Dohouk", ([3], [9])),
    ("The militia claimed a barrage of rockets against a camp in Kurdistan. "
     "At least five guards were killed, and eleven others were wounded on Tuesday night in Zakho in a wave of drone strikes.",
     "en", "Zakho", ([5], [11])),
])
def test_a_placeless_toll_before_its_attack_is_kept(text, lang, place, expected):
    frames = frames_of(text, lang)
    assert _toll_of(frames, place) == expected


# 3. A death told of a day before the incident is background, not part of its toll.

@pytest.mark.parametrize("text,lang", [
    ("Un drone a frappé mercredi la résidence du gouverneur à Bassora, blessant quatre gardes. "
     "L'attaque n'a fait aucun mort. Elle survient après des heurts entre la police et des manifestants. "
     "Un manifestant avait été tué lundi.", "fr"),
    ("A drone hit the governor's residence in Kirkuk on Wednesday, wounding four guards. "
     "Nobody was killed in the attack. It came after clashes between police and protesters. "
     "Two protesters had been killed on Monday.", "en"),
])
def test_a_death_of_an_earlier_day_is_no_part_of_the_toll(text, lang):
    frames = frames_of(text, lang)
    assert [(values(f, "killed"), values(f, "injured")) for f in frames] == [([0], [4])]


def test_a_later_death_of_the_wounded_still_counts():
    frames = frames_of("A drone hit a checkpoint in Kirkuk on Monday, wounding three soldiers. "
                       "One of them died of his wounds on Wednesday, the army said.")
    assert [values(f, "killed") for f in frames] == [[1]]


# 4. Denials of casualties.

@pytest.mark.parametrize("text,lang,killed,injured", [
    ("Two rockets landed inside Baghdad airport on Tuesday without causing any injuries.", "en", [0], [0]),
    ("A drone crashed near the refinery in Baiji on Tuesday without causing casualties.", "en", [0], [0]),
    ("Une roquette est tombée mardi près de l'aéroport de Bassora sans causer de victimes.", "fr", [0], [0]),
    ("Un drone a visé mardi la base de Harir, mais il n'a causé aucune victime.", "fr", [0], [0]),
])
def test_a_denial_of_casualties(text, lang, killed, injured):
    frames = frames_of(text, lang)
    assert len(frames) == 1
    f = frames[0]
    assert values(f, "killed") == killed
    assert values(f, "injured") == injured


@pytest.mark.parametrize("text", [
    "Three rockets hit Ain al-Asad air base on Tuesday. No American service members were hurt, an official said.",
    "A drone struck the Harir base on Tuesday. No coalition troops were injured, the spokesman said.",
])
def test_a_denial_for_a_named_group_with_no_other_toll(text):
    frames = frames_of(text)
    assert [values(f, "injured") for f in frames] == [[0]]


@pytest.mark.parametrize("text", [
    "A drone attack on a base in eastern Syria killed four local fighters on Monday. No U.S. troops were hurt, an official said.",
    "Rockets hit a camp near Kirkuk on Monday, killing three Iraqi soldiers. No American personnel were injured.",
])
def test_a_denial_for_one_side_after_a_toll_of_others_leaves_their_wounded_unknown(text):
    frames = frames_of(text)
    assert [(values(f, "killed"), values(f, "injured")) for f in frames] in ([([4], [])], [([3], [])])


# 5. A toll told of the sites of one strike together belongs to no one site.

@pytest.mark.parametrize("text,lang", [
    ("Dans l'est de la Syrie, les frappes ont touché des dépôts à Deir Hafer et à Maskanah, selon une ONG. "
     "L'ONG a fait état de 12 combattants tués, sans préciser leur répartition entre les deux villes.", "fr"),
    ("In eastern Syria, the strikes hit depots in Deir Hafer and in Maskanah, a monitor said. "
     "The monitor reported 12 fighters killed across the two towns.", "en"),
])
def test_a_toll_of_several_sites_together_is_no_one_sites(text, lang):
    frames = frames_of(text, lang)
    assert len(frames) == 2
    assert [values(f, "killed") for f in frames] == [[], []]
