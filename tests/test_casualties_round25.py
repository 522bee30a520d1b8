"""Killed and injured (round 25), read through the whole pipeline (``pipeline.process`` -> ``Event.killed.best`` /
``Event.injured.best``): a stated zero that reaches every incident it covers, and tolls that are sums.

- a denial told once of every incident, wherever its plural stands in the clause ("No casualties were reported in
  either attack", "the governor said the attacks caused no casualties", "None of the attacks caused any casualties",
  "Aucune des attaques n'a fait de victimes", "ces attaques n'ont fait aucune victime", "ولم تسفر الهجمات عن
  إصابات", "الضربات لم تسفر عن خسائر بشرية"): 0 for each incident just told that has no figure of its own; not
  the zero of an earlier incident a "came after" sentence retells, not an incident with its own toll;
- a demonstrative projectile ("That missile caused a fire ..., and nobody was injured", "Ce missile a provoqué un
  incendie, sans faire de blessés") points at the incident just told (its weapon unnamed there, its place a position
  at sea), not back at an earlier incident of that weapon; its zero stays with it when another incident follows;
- sums of victims ("two soldiers and a civilian", "a woman and her two children", "cinq morts, dont deux enfants",
  "مقتل ثلاثة عناصر ومدني", "wounding four, two of them seriously"): the whole, not a part nor part plus whole.

Items are invented, with places, numbers and wording of their own.
"""
import datetime as dt
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
pytestmark = pytest.mark.skipif(not (DATA / "geonames").is_dir(),
                                reason="needs ../shared/data (GeoNames extract) for the gazetteer the pipeline resolves against")


def _tolls(text, lang):
    from geo_events import pipeline
    from geo_events.models import Document

    result = pipeline.process([Document("t.txt", text, lang, dt.date(2024, 5, 14))])
    return _sort((e.killed.best, e.injured.best) for e in result.events)


def _sort(tolls):
    return sorted(tolls, key=lambda t: tuple(-1 if v is None else v for v in t))


# (text, language, sorted (killed, injured) of every event the report tells)
COVERED = [
    pytest.param('Two drones struck a grain silo near Mosul on Thursday, and a rocket landed beside a police post in '
                 'Samarra the same night. No casualties were reported in either attack, the interior ministry said.',
                 'en', [(0, 0), (0, 0)], id='en-either-attack'),
    pytest.param('Mortar shells hit a market in Baqubah on Saturday. Later that day, a drone exploded over a farm outside '
                 'Balad. The provincial governor said the attacks caused no casualties.',
                 'en', [(0, 0), (0, 0)], id='en-said-the-attacks'),
    pytest.param('A rocket fell on an army depot near Tal Afar on Sunday, while two drones were downed over Sinjar. '
                 'None of the attacks caused any casualties, according to local officials.',
                 'en', [(0, 0), (0, 0)], id='en-none-of-the-attacks'),
    pytest.param("Trois roquettes se sont abattues jeudi sur un entrepôt près de Mossoul, et un drone a explosé au-dessus "
                 "d'une ferme à Samarra dans la soirée. Aucune des attaques n'a fait de victimes, selon le ministère de "
                 "l'Intérieur.", 'fr', [(0, 0), (0, 0)], id='fr-aucune-des-attaques'),
    pytest.param("Des obus de mortier ont frappé samedi un marché de Baqouba. Quelques heures plus tard, un drone s'est "
                 "écrasé sur un champ près de Balad. Selon le gouverneur, ces attaques n'ont fait aucune victime.",
                 'fr', [(0, 0), (0, 0)], id='fr-ces-attaques-next-paragraph-style'),
    pytest.param("Une roquette est tombée dimanche sur un dépôt de l'armée près de Tal Afar, et deux drones ont visé un "
                 "poste de police à Sinjar. La police a indiqué que les frappes n'avaient fait aucune victime.",
                 'fr', [(0, 0), (0, 0)], id='fr-indique-que-les-frappes'),
    pytest.param('سقطت ثلاثة صواريخ على مستودع قرب الموصل يوم الخميس، واستهدفت طائرة مسيرة حاجزا في سامراء مساء اليوم '
                 'نفسه. ولم تسفر الهجمات عن إصابات، بحسب وزارة الداخلية.', 'ar', [(0, 0), (0, 0)],
                 id='ar-lam-tusfir-al-hajamat'),
    pytest.param('سقطت قذائف هاون على سوق في بعقوبة يوم السبت. وبعد ساعات سقطت طائرة مسيرة في حقل قرب بلد. وقال المحافظ '
                 'إن الضربات لم تسفر عن خسائر بشرية.', 'ar', [(0, 0), (0, 0)], id='ar-al-darabat-lam-tusfir'),
    pytest.param('سقط صاروخ على مستودع للجيش قرب تلعفر يوم الأحد، واستهدفت طائرتان مسيرتان مركزا للشرطة في سنجار، دون '
                 'أن تسفر الهجمات عن إصابات.', 'ar', [(0, 0), (0, 0)], id='ar-duna-an-tusfir-al-hajamat'),
    # guards: an incident with its own toll keeps it; an earlier incident's zero retold after "came after" stays its own
    pytest.param('A rocket killed two guards at a depot near Tal Afar on Sunday. Two drones that hit Sinjar the same day '
                 'caused no casualties.', 'en', [(0, 0), (2, None)], id='en-own-toll-kept'),
    pytest.param('Two drones hit a police post in Samarra on Thursday, wounding four officers. The attacks came three days '
                 'after a rocket struck an empty school in Baiji that caused no casualties.', 'en',
                 [(0, 0), (None, 4)], id='en-came-after-zero-not-spread'),
]


@pytest.mark.parametrize("text,lang,expected", COVERED)
def test_a_zero_told_once_reaches_every_incident_it_covers(text, lang, expected):
    assert _tolls(text, lang) == _sort(expected)


# a demonstrative projectile after an incident at sea whose weapon was not named there
AT_SEA = [
    pytest.param('A drone struck a fishing trawler off Hodeidah on Monday, killing one sailor. The attack came a day after '
                 'the rebels hit the tanker Coral Wind some 70 nautical miles east of Djibouti. That missile caused a fire '
                 'in the engine room, and nobody was injured, the operator said. Separately, U.S. forces shot down two '
                 'drones over the Red Sea on Monday.', 'en', [(0, 0), (1, None)], id='en-that-missile'),
    pytest.param('On Friday the group hit the freighter Amber Bay some 40 nautical miles west of Mukalla. That rocket '
                 'damaged a lifeboat and no one was hurt, the shipping agency said. A day later, a drone killed two '
                 'fishermen off Hodeidah.', 'en', [(0, 0), (2, None)], id='en-that-rocket-then-another'),
    pytest.param("Un drone a frappé lundi un chalutier au large de Hodeïda, tuant un marin. Dimanche, les rebelles avaient "
                 "touché le pétrolier Coral Wind à quelque 70 milles nautiques à l'est de Djibouti. Ce missile a provoqué "
                 "un incendie dans la salle des machines, sans faire de blessés, selon l'armateur. Par ailleurs, des "
                 "forces américaines ont abattu deux drones au-dessus de la mer Rouge lundi.", 'fr',
                 [(0, 0), (1, None)], id='fr-ce-missile'),
    pytest.param("Vendredi, les rebelles ont touché le cargo Amber Bay à une quarantaine de milles nautiques à l'ouest de "
                 "Moukalla. Cette roquette a endommagé un canot de sauvetage et personne n'a été blessé, selon l'agence "
                 "maritime. Le lendemain, un drone a tué deux pêcheurs au large de Hodeïda.", 'fr',
                 [(0, 0), (2, None)], id='fr-cette-roquette-then-another'),
]


@pytest.mark.parametrize("text,lang,expected", AT_SEA)
def test_a_demonstrative_projectile_keeps_its_zero_with_the_incident_just_told(text, lang, expected):
    assert _tolls(text, lang) == _sort(expected)


# sums of victims: the whole toll
SUMS = [
    pytest.param('Two soldiers and a civilian were killed when a rocket hit a checkpoint in Tikrit on Monday.', 'en',
                 [(3, None)], id='en-soldiers-and-a-civilian'),
    pytest.param('A drone strike on a house in Kirkuk on Monday killed a woman and her two children.', 'en',
                 [(3, None)], id='en-woman-and-her-children'),
    pytest.param('A rocket hit a market in Tikrit on Monday, wounding four people, two of them seriously.', 'en',
                 [(None, 4)], id='en-four-two-of-them'),
    pytest.param("Une roquette s'est abattue lundi sur un marché de Kirkouk, faisant cinq morts, dont deux enfants.", 'fr',
                 [(5, None)], id='fr-cinq-morts-dont-deux'),
    pytest.param("Deux soldats et un civil ont été tués lundi lorsqu'une roquette a frappé un barrage à Tikrit.", 'fr',
                 [(3, None)], id='fr-deux-soldats-et-un-civil'),
    pytest.param('أسفر قصف صاروخي على حاجز في تكريت يوم الاثنين عن مقتل ثلاثة عناصر ومدني.', 'ar', [(4, None)],
                 id='ar-thalatha-anasir-wa-madani'),
]


@pytest.mark.parametrize("text,lang,expected", SUMS)
def test_a_toll_told_as_a_sum_is_the_whole(text, lang, expected):
    assert _tolls(text, lang) == _sort(expected)
