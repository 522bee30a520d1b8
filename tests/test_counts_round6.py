"""Counts of projectiles (round 6): weapons of two kinds added ("two rockets and a drone"), a volley or salvo of N,
intercepted ones told inside the total ("douze roquettes, dont huit ont été interceptées"), round and qualified
figures. Wording, places and numbers unlike the development sets (invented in the registers of AP, Reuters, AFP,
Times of Israel, Al-Monitor, L'Orient-Le Jour and RFI)."""
import pytest

from factories import frames_of, values


def _count(text, lang):
    frames = frames_of(text, lang)
    assert len(frames) == 1, [f.first("target") for f in frames]
    return values(frames[0], "count")


@pytest.mark.parametrize("text,lang,n", [
    ("The Houthis fired two ballistic missiles and a drone at Eilat on Monday, the Israeli military said.", "en", 3),
    ("Militants fired a volley of 12 rockets at Netivot on Monday.", "en", 12),
    ("Iraqi militants fired a salvo of six rockets at Victory Base near Baghdad airport on Monday.", "en", 6),
    ("Some 20 rockets were fired from southern Lebanon toward Kiryat Shmona on Monday, most of which were "
     "intercepted, the army said.", "en", 20),
    ("Four Katyusha rockets landed near the perimeter of Baghdad airport on Monday, security sources said.", "en", 4),
    ("Six mortar rounds slammed into the outskirts of Tal Abyad on Monday.", "en", 6),
    ("Pro-Iranian militias launched a pair of drones at the Conoco gas field on Monday.", "en", 2),
    ("A total of 15 rockets hit the Ain al-Asad air base on Monday, a coalition spokesman said.", "en", 15),
    ("Dozens of rockets were fired at Metula on Monday, the army said.", "en", None),
    ("Douze roquettes ont été tirées lundi depuis le Liban sur Kiryat Shmona, dont huit ont été interceptées.",
     "fr", 12),
    ("Trois drones et deux missiles de croisière ont été lancés lundi vers Eilat, selon l'armée israélienne.",
     "fr", 5),
    ("Deux roquettes Katioucha se sont abattues lundi sur l'aéroport de Bagdad.", "fr", 2),
    ("Une salve de sept roquettes a visé lundi la base de Harir, selon la coalition.", "fr", 7),
    ("Une trentaine de roquettes ont été tirées lundi vers la Haute-Galilée, selon l'armée israélienne.", "fr", 30),
    ("Des dizaines d'obus sont tombés lundi sur les abords de Khiam.", "fr", None),
    ("Hamas fired more than 50 rockets at Ashkelon on Monday, the army said.", "en", 50),
    ("L'armée israélienne a intercepté lundi quatre drones lancés depuis le Yémen vers Eilat.", "fr", 4),
    ("Two rockets and three mortar bombs struck the Green Zone in Baghdad on Monday.", "en", 5),
])
def test_a_count_battery(text, lang, n):
    assert _count(text, lang) == ([] if n is None else [n])
