"""An attack told anew in another governorate is another incident (extract._starts_new, session 22).

"Two rockets struck the K-1 base near Kirkuk. A rocket attack also targeted a checkpoint in Diyala province": the
second sentence used to be read as a wider look at the base told before, and Diyala was lost. A new-incident word
("also", "another", "aussi", "آخر") with an attack verb of its own, in a governorate not given as the site's own, opens
another incident; "the attack also damaged homes in X province" still speaks of the one told.
"""
import datetime as dt

import pytest

from geo_events.extract import extract
from geo_events.models import Document

PUBLISHED = dt.date(2024, 3, 14)


def _targets(text: str, lang: str) -> list:
    out = []
    for frame in extract(Document("p.txt", text, lang, PUBLISHED)):
        t = frame.first("target")
        out.append(t.value.name if t else None)
    return out


@pytest.mark.parametrize("lang, text, second", [
    ("en", "Two rockets struck the K-1 base near Kirkuk on Monday, the army said. A rocket attack also targeted a "
           "checkpoint in Diyala province.", "Diyala"),
    ("en", "A drone hit the Harir base on Sunday. Another drone attack targeted an army post in Dohuk province, "
           "officials said.", "Dohuk"),
    ("fr", "Deux roquettes ont frappé lundi la base K-1 près de Kirkouk. Une attaque à la roquette a aussi visé un "
           "poste dans la province de Diyala.", "Diyala"),
    ("ar", "سقط صاروخان على قاعدة كي وان قرب كركوك يوم الاثنين. كما استهدف هجوم صاروخي آخر نقطة تفتيش في محافظة "
           "ديالى.", "ديالى"),
])
def test_an_attack_told_anew_in_another_governorate_is_another_incident(lang, text, second):
    targets = _targets(text, lang)
    assert len(targets) == 2 and targets[1] == second, targets


@pytest.mark.parametrize("lang, text", [
    ("en", "Two rockets struck the K-1 base near Kirkuk on Monday. The attack also damaged homes in Diyala province."),
    ("fr", "Deux roquettes ont frappé lundi la base K-1 près de Kirkouk. L'attaque a aussi endommagé des maisons dans "
           "la province de Diyala."),
    ("en", "Two rockets struck the K-1 base near Kirkuk on Monday. The rockets also damaged homes in Diyala province."),
])
def test_the_attack_told_seen_further_away_stays_one_incident(lang, text):
    assert len(_targets(text, lang)) == 1
