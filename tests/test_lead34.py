"""Session 32, the lead's own probes (invented sentences, no set's text): where the rounds were fired from.

* A launch told in a sentence that also carries a later day ("the rounds were fired from orchards 5 km east of the
  town, adding that troops found a launch pad on Friday") belongs to the incident: ", adding that" / ", ajoutant
  que" opens a clause of its own, and a retelling under a statement's day hands its launch to the incident it
  retells (Arabic wire copy puts the launch after "اليوم" in the cell's statement).
* A point told by its distance and bearing from the target is finer than the country told before it ("two rockets
  fired from Lebanon struck X ... launched from an area about 5 km north of the town").
* "launched from the village of X, about four kilometres to the south": the distance is told from the target; it
  places the launch when the gazetteer does not hold X, and moves no named place it does hold.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import km, one_event

P = dt.date(2024, 3, 15)
MUQDADIYAH = (33.979, 44.937)
KIRYAT_SHMONA = (33.2075, 35.5697)
DHIBAN = (35.015, 40.510)
TAL_AFAR = (36.379, 42.448)

_STATEMENT = {
    "ar": "أعلنت خلية الإعلام الأمني، اليوم الجمعة، سقوط قذائف هاون على أطراف قضاء المقدادية من دون خسائر بشرية. "
          "وذكرت الخلية في بيان أن \"أربع قذائف هاون سقطت مساء أمس الخميس على أرض زراعية في أطراف قضاء المقدادية\". "
          "وقال مصدر أمني إن \"القذائف أطلقت من بساتين تقع على بعد نحو خمسة كيلومترات شرق القضاء\"، مبيناً أن "
          "\"القوات عثرت صباح اليوم على منصة إطلاق في المنطقة\".",
    "en": "Iraq's Security Media Cell said on Friday that mortar rounds had hit the outskirts of Muqdadiyah without "
          "casualties. Four mortar rounds fell on farmland on the outskirts of Muqdadiyah on Thursday evening, the cell "
          "said in a statement. A security source said the rounds were fired from orchards about five kilometres east "
          "of the town, adding that troops found a launch pad in the area on Friday morning.",
    "fr": "La cellule des médias de sécurité a annoncé vendredi la chute d'obus de mortier aux abords de Muqdadiyah, "
          "sans faire de victimes. Quatre obus de mortier sont tombés jeudi soir sur des terres agricoles aux abords de "
          "Muqdadiyah, selon un communiqué. Selon une source sécuritaire, les obus ont été tirés depuis des vergers "
          "situés à environ cinq kilomètres à l'est de la ville, ajoutant que les forces avaient trouvé vendredi matin "
          "une rampe de lancement dans la zone.",
}


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_a_launch_told_beside_a_later_day_is_the_incidents(lang):
    event = one_event(_STATEMENT[lang], lang, P)
    assert event.date is not None and event.date.earliest == dt.date(2024, 3, 14)
    assert event.launch is not None and event.launch.lat is not None
    assert 4 < km(event.launch.lat, event.launch.lon, *MUQDADIYAH) < 6
    assert event.launch.lon > MUQDADIYAH[1]  # east of the town


@pytest.mark.parametrize("text, lang", [
    ("Two rockets fired from Lebanon struck Kiryat Shmona on Sunday, the Israeli army said. The rockets were launched "
     "from an area about 5 km north of the town, it said.", "en"),
    ("Deux roquettes tirées depuis le Liban ont frappé dimanche Kiryat Shmona, selon l'armée israélienne. Elles ont été "
     "lancées depuis une zone située à environ 5 km au nord de la ville.", "fr"),
])
def test_a_point_told_by_distance_and_bearing_is_finer_than_the_country(text, lang):
    event = one_event(text, lang, P)
    assert event.launch is not None and event.launch.lat is not None
    assert 4 < km(event.launch.lat, event.launch.lon, *KIRYAT_SHMONA) < 7
    assert event.launch.lat > KIRYAT_SHMONA[0]  # north of the town


@pytest.mark.parametrize("text", [
    "Rockets slammed into the town of Dhiban in Deir Ezzor province late on Sunday, killing a fighter. Four rockets "
    "were launched from the village of Zorbiyat, on the river's western bank about four kilometres to the south, the "
    "SDF said.",
    "Rockets slammed into the town of Dhiban in Deir Ezzor province late on Sunday, killing a fighter. Four rockets "
    "were launched from the village of Zorbiyat, about four kilometres to the south, the SDF said.",
])
def test_a_distance_to_the_south_places_a_village_the_gazetteer_lacks(text):
    event = one_event(text, "en", P)
    assert event.launch is not None and event.launch.lat is not None
    assert 3 < km(event.launch.lat, event.launch.lon, *DHIBAN) < 5 and event.launch.lat < DHIBAN[0]


def test_a_distance_to_the_west_moves_no_named_place():
    text = ("Rockets struck an army post in Mosul on Sunday, killing a soldier. The rockets were launched from Tal "
            "Afar, about 20 kilometres to the west, police said.")
    event = one_event(text, "en", P)
    assert event.launch is not None and event.launch.lat is not None
    assert km(event.launch.lat, event.launch.lon, *TAL_AFAR) < 3
