"""A sentence telling two incidents gives both: joined by an elided "tandis qu'", "alors qu'" or "pendant qu'" before a
new subject ("..., tandis qu'un drone a été abattu au-dessus de Y"), as the full "tandis que" and English "while" do, or
by ", as" before projectiles with a verb of impact of their own ("..., as a drone hit a checkpoint near Y"); "alors qu'il
se dirigeait vers Y" (the same drone on its way) stays one."""
from __future__ import annotations

import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process

PUB = dt.date(2024, 5, 8)


def _places(text: str, lang: str) -> list[tuple[str, str]]:
    events = process([Document("t.txt", text, lang, PUB)]).events
    return sorted((e.event_type, e.place.name if e.place else e.place_name) for e in events)


@pytest.mark.parametrize("text", [
    "Deux roquettes ont frappé mardi soir la base de Harir, au nord d'Erbil, tandis qu'un drone a été abattu la même "
    "nuit au-dessus de l'aéroport de Souleimaniye, selon les autorités kurdes.",
    "Quatre obus de mortier sont tombés mardi sur la base K1, près de Kirkouk, alors qu'une roquette a visé le même "
    "soir le camp de Taji, au nord de Bagdad, a indiqué l'armée irakienne.",
    "Un missile a touché mardi le port de Hodeïda, tandis qu'une salve de roquettes s'est abattue sur la base de "
    "Harir, selon des sources locales.",
    "Mardi soir, trois roquettes se sont abattues sur la base de Harir, au nord d'Erbil, pendant qu'un drone piégé "
    "visait l'aéroport de Souleimaniye, selon les autorités kurdes.",
])
def test_an_elided_tandis_qu_opens_the_second_incident(text):
    assert len(_places(text, "fr")) == 2, _places(text, "fr")


def test_alors_qu_il_on_the_way_stays_one_incident():
    text = ("Un drone a été abattu mardi par la défense aérienne alors qu'il se dirigeait vers l'aéroport d'Erbil, "
            "a indiqué la coalition.")
    assert len(_places(text, "fr")) == 1


@pytest.mark.parametrize("text, lang", [
    ("Two rockets struck the Harir base north of Erbil on Tuesday night, while a drone was shot down the same night "
     "over Sulaymaniyah airport, Kurdish authorities said.", "en"),
    ("سقط صاروخان مساء الثلاثاء على قاعدة حرير شمال أربيل، فيما أسقطت طائرة مسيرة في الليلة نفسها فوق مطار "
     "السليمانية، بحسب سلطات الإقليم.", "ar"),
])
def test_the_same_sentence_in_english_and_arabic_gives_both(text, lang):
    assert len(_places(text, lang)) == 2, _places(text, lang)


@pytest.mark.parametrize("text", [
    "Three rockets struck the Harir base north of Erbil on Tuesday night, as a drone hit a checkpoint near "
    "Sulaymaniyah airport, Kurdish officials said.",
    "Mortar shells landed inside Camp Taji on Tuesday evening, as two rockets slammed into the K1 base near Kirkuk, "
    "an Iraqi army statement said.",
])
def test_as_before_projectiles_that_hit_opens_the_second_incident(text):
    assert len(_places(text, "en")) == 2, _places(text, "en")


def test_as_before_the_same_salvo_stays_one_incident():
    text = ("Sirens wailed across the Harir base north of Erbil on Tuesday night as the rockets slammed into its "
            "runway, officials said.")
    assert len(_places(text, "en")) == 1
