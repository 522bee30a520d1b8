"""Dates (round 14): parts of a day ("late Tuesday", "Tuesday evening local time", "à l'aube de mardi"), nights
("overnight", "dans la nuit de lundi"), days counted back ("il y a deux jours", "last Thursday", "le 3 courant").
Wording, places and numbers unlike the development sets."""
import datetime as dt

import pytest

from factories import frames_of

PUB = dt.date(2023, 6, 14)  # a Wednesday


def _frame_days(text, lang):
    frames = frames_of(text, lang, PUB)
    assert len(frames) == 1, [f.first("target") for f in frames]
    date = frames[0].first("date")
    return None if date is None else (date.value.earliest.day, date.value.latest.day)


@pytest.mark.parametrize("text,lang,start,end", [
    ("Three rockets hit Sderot late Monday, police said.", "en", 12, 12),
    ("Two drones struck a base near Erbil on Tuesday evening local time, officials said.", "en", 13, 13),
    ("Overnight, a drone hit a fuel depot in Qamishli, a monitor said.", "en", 13, 14),
    ("Last Thursday, a drone hit a checkpoint near Deir Hafer.", "en", 8, 8),
    ("Le 3 courant, deux roquettes ont frappé la base de Harir.", "fr", 3, 3),
    ("Dans la nuit de lundi à mardi, un drone a frappé un dépôt de carburant à Qamichli.", "fr", 12, 13),
    ("À l'aube de mardi, trois obus se sont abattus sur Kfarchouba.", "fr", 13, 13),
    ("Il y a deux jours, une roquette s'est abattue sur Metoula.", "fr", 12, 12),
    ("Two days ago, a rocket fell on a field outside Shlomi.", "en", 12, 12),
    ("A drone struck a car in Bint Jbeil in the early hours of Tuesday.", "en", 13, 13),
    ("Jeudi dernier, un drone a visé un poste militaire près de Tal Tamr.", "fr", 8, 8),
    ("Hier soir, deux roquettes sont tombées sur Nahariya.", "fr", 13, 13),
    ("Avant-hier, un obus a frappé une maison à Houla.", "fr", 12, 12),
    ("Mardi soir, heure locale, un missile a frappé le port de Hodeïda.", "fr", 13, 13),
    ("A rocket hit the Green Zone in Baghdad shortly before midnight on Sunday.", "en", 11, 11),
    ("On June 9, two drones struck the Harir base.", "en", 9, 9),
    ("Le samedi 10 juin, un drone a frappé un camion près de Sahmar.", "fr", 10, 10),
    ("Monday's rocket attack on Kiryat Shmona wounded two people.", "en", 12, 12),
    ("Ce matin, un drone a frappé une voiture près de Naqoura.", "fr", 14, 14),
    ("Earlier on Tuesday, a drone hit a truck near Tal Tamr.", "en", 13, 13),
])
def test_a_date_battery(text, lang, start, end):
    assert _frame_days(text, lang) == (start, end)
