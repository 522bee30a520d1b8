"""Tallies and partitives (session tally48): a salvo counted for a wider area ("30 rockets at northern Israel") whose
one projectile came down at a site ("one of which fell near Metula", "dont l'une est tombée près de Metula", "and one
hit a building in Dnipro") gives the site no count: a part of a salvo is no count (tests/ANNOTATION.md); where some of
it came down at the one site named, the site keeps the salvo's figure, as the annotated sets do. French "pendant la nuit", "durant la nuit", "au cours de la nuit" are the night before the
report, as "overnight" and "dans la nuit" are."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 15)


def _counts(text, lang):
    return {e.place.name: e.count.best for e in events_of(text, lang, PUBLISHED) if e.place}


@pytest.mark.parametrize("text, lang, place", [
    ("Hezbollah fired 30 rockets at northern Israel, one of which fell near Metula.", "en", "Metula"),
    ("Le Hezbollah a tiré 30 roquettes vers le nord d'Israël, dont l'une est tombée près de Metula.", "fr", "Metula"),
    ("أطلق حزب الله 30 صاروخا على شمال إسرائيل، سقط أحدها قرب المطلة.", "ar", "Metula"),
    ("Russia launched 20 missiles at Ukraine overnight, and one hit an administrative building in Dnipro.", "en",
     "Dnipro"),
    ("La Russie a lancé 20 missiles sur l'Ukraine durant la nuit, dont un a touché un bâtiment à Dnipro.", "fr",
     "Dnipro"),
])
def test_one_projectile_of_a_salvo_gives_its_site_no_count(text, lang, place):
    counts = _counts(text, lang)
    assert place in counts and counts[place] is None


@pytest.mark.parametrize("text, lang, place, count", [
    # (lead, on merging: where only some of a salvo came down at the one site named, the annotated sets give that
    # site the salvo's figure -- "نحو 15 صاروخاً ... سقط عدد منها في مناطق مفتوحة قرب مستوطنة أودم" is Odem's 15)
    ("Le Hezbollah a tiré 30 roquettes vers le nord d'Israël, dont certaines sont tombées près de Metula.", "fr",
     "Metula", 30),
    ("أطلق حزب الله 30 صاروخا على شمال إسرائيل، سقط عدد منها في مناطق مفتوحة قرب المطلة.", "ar", "Metula", 30),
])
def test_some_of_a_salvo_at_the_one_site_named_keeps_the_salvo(text, lang, place, count):
    assert _counts(text, lang).get(place) == count


@pytest.mark.parametrize("text", [
    "Des drones russes ont frappé Odessa pendant la nuit, faisant deux blessés.",
    "Des drones russes ont frappé Odessa durant la nuit, faisant deux blessés.",
    "Odessa a été la cible de frappes de drones au cours de la nuit, selon le gouverneur.",
    "Pendant la nuit, la Russie a lancé 15 drones sur Odessa.",
])
def test_french_night_words_are_the_night_before_the_report(text):
    evs = [e for e in events_of(text, "fr", PUBLISHED) if e.place and e.place.name == "Odesa"]
    assert evs and (evs[0].date.earliest, evs[0].date.latest) == (dt.date(2024, 3, 14), PUBLISHED)
