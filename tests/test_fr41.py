"""French wire copy, round fr41: the other side's answer told in a relative clause, a UN mission's camp "à X", a
night's salvo with the share downed told by its projectiles, the Russian ministry's "détruit ... au-dessus de", a
second share of downed drones with its verb left out, a Donbass town under its French name (invented items,
modelled on AFP, Le Monde, RFI, France 24 and L'Orient-Le Jour copy).

- "Trois roquettes ont été tirées vers le nord d'Israël depuis le Liban, qui a riposté en frappant des positions à
  Aïtaroun": one rocket attack put on Aïtaroun (extract._CLAUSE_SPLIT cuts at the answer, lexicon.NEW_INCIDENT marks
  it, the gerund "en frappant" is its trigger, extract._ANSWER_TOLD keeps it; salience._vague_area keeps an area
  salvo told with its own count and launch site).
- "Le camp de la Minusma à Tessalit a été visé ...", "le camp de la Minusca à Bangui": no event (a body's camp "à X"
  was only placed at X when X lay in a country the article names: resolve._AT_CONTAINER).
- "La Russie a tiré 40 missiles et 50 drones sur l'Ukraine, dont 35 missiles ont été abattus": typed interception
  (extract._PART_INTERCEPTED took only "dont 35 ont été abattus").
- "a affirmé avoir détruit 25 drones ukrainiens au-dessus de la Crimée": a drone attack (lexicon.INTERCEPT).
- "a abattu 12 drones au-dessus de la région de Belgorod et trois au-dessus de celle de Koursk": one interception,
  on Kursk, with 12 (extract._gapped_count; _starts_new: another region's own count downed).
- "Gorlivka" (Horlivka, AFP's spelling) unresolved (gazetteer alias).
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


def _events(text, lang="fr"):
    return events_of(text, lang, P)


def _near(e, lat, lon, tol=0.3):
    return e.place is not None and abs(e.place.lat - lat) < tol and abs(e.place.lon - lon) < tol


@pytest.mark.parametrize("text, answer_lat, answer_lon", [
    ("Trois roquettes ont été tirées vers le nord d'Israël depuis le Liban, qui a riposté en frappant des positions "
     "à Aïtaroun.", 33.115, 35.471),
    ("Deux roquettes ont été tirées vers le nord d'Israël depuis le Liban, qui a aussitôt répliqué en bombardant des "
     "positions à Khiam.", 33.328, 35.613),
])
def test_answer_in_relative_clause_is_its_own_event(text, answer_lat, answer_lon):
    evs = _events(text)
    assert len(evs) == 2
    answer = [e for e in evs if _near(e, answer_lat, answer_lon, 0.03)]
    salvo = [e for e in evs if e.place is not None and e.place.country == "IL"]
    assert answer and salvo
    assert salvo[0].count.best in (2, 3) and salvo[0].launch is not None
    assert answer[0].count.best is None  # the rockets are the salvo's, not the answer's


def test_answer_told_in_its_own_sentence_is_kept():
    evs = _events("Une roquette tirée depuis le Liban s'est abattue sur Kiryat Shmona, blessant deux personnes. "
                  "L'armée israélienne a riposté en bombardant la localité de Khiam.")
    assert len(evs) == 2
    assert any(_near(e, 33.328, 35.613, 0.03) for e in evs)
    assert any(_near(e, 33.212, 35.570, 0.03) and e.injured.best == 2 for e in evs)


@pytest.mark.parametrize("text, lat, lon", [
    ("Le camp de la Minusma à Tessalit a été visé par des obus.", 20.201, 1.012),
    ("Le camp de la Minusca à Bangui a été visé par des tirs d'obus jeudi.", 4.361, 18.555),
    ("Le camp de la Minusma à Gao a été visé par des tirs d'obus.", 16.272, -0.045),
    ("Des obus ont frappé le camp de la Minusma à Kidal, blessant deux Casques bleus.", 18.443, 1.409),
])
def test_un_mission_camp_at_town_is_placed_at_the_town(text, lat, lon):
    evs = _events(text)
    assert len(evs) == 1 and _near(evs[0], lat, lon)


@pytest.mark.parametrize("text, lang", [
    ("La Russie a tiré 40 missiles et 50 drones sur l'Ukraine dans la nuit, dont 35 missiles ont été abattus.", "fr"),
    ("La Russie a lancé 30 drones sur l'Ukraine, dont 25 drones Shahed ont été abattus, selon l'armée de l'air.", "fr"),
    ("Russia fired 40 missiles and 50 drones at Ukraine overnight, of which 35 missiles were shot down.", "en"),
])
def test_salvo_with_share_downed_named_by_projectile_is_an_attack(text, lang):
    evs = _events(text, lang)
    assert len(evs) == 1
    assert evs[0].event_type != "interception" and evs[0].place.country == "UA"


@pytest.mark.parametrize("text", [
    "Le ministère russe de la Défense a affirmé avoir détruit 25 drones ukrainiens au-dessus de la mer Noire et de "
    "la Crimée.",
    "Selon Moscou, 18 drones ont été détruits au-dessus de la région de Belgorod dans la nuit.",
])
def test_drones_destroyed_over_a_place_are_an_interception(text):
    evs = _events(text)
    assert len(evs) == 1 and evs[0].event_type == "interception"


@pytest.mark.parametrize("text, lang, first, second", [
    ("La défense antiaérienne a abattu 12 drones au-dessus de la région de Belgorod et trois au-dessus de celle "
     "de Koursk.", "fr", ((50.6, 36.6), 12), ((51.7, 36.2), 3)),
    ("La défense antiaérienne a abattu 12 drones au-dessus de la région de Belgorod et trois au-dessus de la région "
     "de Koursk.", "fr", ((50.6, 36.6), 12), ((51.7, 36.2), 3)),
    ("Deux drones ont été abattus au-dessus de la région de Moscou et trois au-dessus de celle de Kalouga, selon le "
     "ministère.", "fr", ((55.75, 37.6), 2), ((54.5, 36.3), 3)),
    ("Air defences shot down 12 drones over the Belgorod region and three over the Kursk region.", "en",
     ((50.6, 36.6), 12), ((51.7, 36.2), 3)),
])
def test_gapped_second_share_of_interceptions(text, lang, first, second):
    evs = _events(text, lang)
    assert len(evs) == 2
    for (lat, lon), n in (first, second):
        hit = [e for e in evs if _near(e, lat, lon, 0.5)]
        assert hit and hit[0].count.best == n and hit[0].event_type == "interception"


def test_gorlivka_is_horlivka():
    evs = _events("Un obus est tombé jeudi matin sur un marché de Gorlivka, tuant sept personnes, dont un enfant.")
    assert len(evs) == 1 and _near(evs[0], 48.30, 38.02) and evs[0].killed.best == 7
