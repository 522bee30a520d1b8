"""A salvo told with no site, then where one of its projectiles fell; an earlier attack recalled after the news at
"the city" / "la ville" / "the base" (English, French, Arabic).  The salvo's figure is no site's count, and the earlier
attack on the same town is an event of its own day, with its own toll (tests/ANNOTATION.md: counts, retold attacks)."""
import datetime as dt

import pytest

from geo_events.gazetteer import Gazetteer
from geo_events.pipeline import process
from geo_events.read import read_text

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.default()


def _events(gazetteer, lang, text):
    doc = read_text(("---\nlanguage: %s\npublished: %s\n---\n%s" % (lang, PUBLISHED, text)).encode(), name="r48.txt")
    return process([doc], gazetteer=gazetteer).events


# (lang, text, the site's resolved name start): one of a salvo hit the site; the salvo's figure is not its count
SHARE = [
    ("en", "About 30 rockets were fired from Lebanon on Thursday; most fell in open areas and one hit a house in "
           "Kiryat Shmona.", "Qiryat Shmona"),
    ("fr", "Une trentaine de roquettes ont été tirées depuis le Liban jeudi ; la plupart sont tombées dans des zones "
           "inhabitées et l'une a touché une maison à Kiryat Shmona.", "Qiryat Shmona"),
    ("ar", "أطلق حزب الله نحو 30 صاروخا من لبنان يوم الخميس، سقط معظمها في مناطق مفتوحة وأصاب أحدها منزلا في "
           "كريات شمونة.", "Qiryat Shmona"),
    ("en", "Hezbollah fired about 40 rockets at northern Israel on Thursday. Most were intercepted, but one struck a "
           "building in Metula, lightly injuring a man.", "Metula"),
]


@pytest.mark.parametrize("lang,text,site", SHARE)
def test_salvo_figure_is_no_site_count(gazetteer, lang, text, site):
    evs = [e for e in _events(gazetteer, lang, text) if e.place and e.place.name.startswith(site)]
    assert len(evs) == 1
    assert evs[0].count.best is None


def test_pair_aimed_at_a_country_is_its_one_sites_attack(gazetteer):
    # (lead, on merging: a pair of drones launched at a country, one site hit, is that site's attack of two; only a
    # barrage over the country, "about 30 rockets", is no site's count)
    text = ("Two drones were launched at Jordan overnight. One hit a military outpost near Ruwaished, injuring two "
            "soldiers.")
    evs = [e for e in _events(gazetteer, "en", text) if e.place and e.place.name.startswith("Ruwaished")]
    assert [(e.count.best, e.injured.best) for e in evs] == [(2, 2)]


# (lang, text, place, news day, news dead, recalled day, recalled dead)
SAME_PLACE = [
    ("en", "Israeli jets struck Khan Younis on Wednesday, killing eight people, two days after a strike on a school in "
           "the city killed 20.", "Kh", dt.date(2024, 3, 13), 8, dt.date(2024, 3, 11), 20),
    ("fr", "Des avions israéliens ont frappé Khan Younès mercredi, tuant huit personnes, deux jours après une frappe "
           "sur une école de la ville qui a fait 20 morts.", "Kh", dt.date(2024, 3, 13), 8, dt.date(2024, 3, 11), 20),
    ("en", "Israeli strikes killed 12 people in Rafah on Friday, a day after an airstrike on a house in the city killed "
           "seven.", "Rafa", dt.date(2024, 3, 15), 12, dt.date(2024, 3, 14), 7),
    ("fr", "Des frappes israéliennes ont tué 12 personnes à Rafah vendredi, au lendemain d'une frappe sur une maison de "
           "la ville qui avait fait sept morts.", "Rafa", dt.date(2024, 3, 15), 12, dt.date(2024, 3, 14), 7),
    ("en", "Rockets were fired at the US base at Ain al-Asad on Thursday, the second such attack in a week, after a "
           "drone targeted the base on March 9.", "Ain al-Asad", dt.date(2024, 3, 14), None, dt.date(2024, 3, 9), None),
]


@pytest.mark.parametrize("lang,text,place,day,dead,earlier,earlier_dead", SAME_PLACE)
def test_recalled_attack_on_the_same_town(gazetteer, lang, text, place, day, dead, earlier, earlier_dead):
    evs = sorted((e for e in _events(gazetteer, lang, text) if e.place and e.place.name.startswith(place)),
                 key=lambda e: e.date.earliest)
    assert [(e.date.earliest, e.killed.best) for e in evs] == [(earlier, earlier_dead), (day, dead)]
