"""Places, round res48: bare Arabic names of big foreign cities, names GeoNames lacks, a quarter written
with a metropolis whose name a city of the region also answers to (invented items).

Every sentence is written for these tests, modelled on agency copy (Al Jazeera, RT Arabic, Reuters, AFP,
Garowe Online).

- "أطلقت روسيا صواريخ على كييف", "12 مسيرة فوق بيلغورود": an exact Arabic alias of a big city abroad that spells
  the city's Latin name once romanised is the city without a settlement word when the city has millions of
  people, lies in a country the article is about, or is written as a whole name at the end of its clause.
  A word with the article ("الحصار", siege, also a name of Hisar) is not taken so.
- "تشاسيف يار", "Tchassiv Iar": names of Chasiv Yar that GeoNames lacks (a curated row on the GeoNames point), so
  the extractor reads the two-word Arabic name as one place.
- "the Hodan district of Mogadishu", "Mogadishu's Hodan district": an unknown quarter falls back to the city
  written with it, and that city is the metropolis whose own name is written, not Mukalla (Yemen), a city of the
  region that answers to "Mogadishu" only by an alternate name.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


def _target(text, lang):
    evs = events_of(text, lang, P)
    assert evs, "no event"
    return evs[0].place


@pytest.mark.parametrize("text, record", [
    ("أطلقت روسيا صواريخ على كييف.", "geonames:703448"),
    ("أسقطت الدفاعات الجوية 12 مسيرة فوق بيلغورود.", "geonames:578072"),
    ("أسقطت الدفاعات الجوية 5 مسيرات فوق كورسك.", "geonames:538560"),
    ("شن الجيش الأوكراني هجوما بالمسيرات على بيلغورود.", "geonames:578072"),
    ("أطلقت أوكرانيا مسيرات على موسكو.", "geonames:524901"),
    ("انفجرت سيارة مفخخة في مقديشو.", "geonames:53654"),
])
def test_bare_arabic_name_of_big_city(text, record):
    p = _target(text, "ar")
    assert p is not None and p.record_id == record


@pytest.mark.parametrize("text, lang, record", [
    ("قتل 3 أشخاص في قصف روسي على مدينة تشاسيف يار في دونيتسك.", "ar", "curated:chasiv-yar"),
    ("Les forces russes ont bombardé Tchassiv Iar dans la région de Donetsk.", "fr", "curated:chasiv-yar"),
])
def test_arabic_names_gazetteer_lacked(text, lang, record):
    p = _target(text, lang)
    assert p is not None and p.record_id == record


@pytest.mark.parametrize("text, lang", [
    ("A mortar shell landed on a market in Hodan district of Mogadishu.", "en"),
    ("A mortar shell landed on a market in the Hodan district of Mogadishu, killing 3 people.", "en"),
    ("A mortar shell landed on a market in Mogadishu's Hodan district.", "en"),
])
def test_quarter_of_metropolis_not_its_namesake(text, lang):
    p = _target(text, lang)
    assert p is not None and p.country == "SO" and abs(p.lat - 2.04) < 0.2


@pytest.mark.parametrize("text, lang, record", [
    ("RSF fighters shelled El Geneina, killing 10 civilians.", "en", "curated:el-geneina"),
    ("Des combattants des FSR ont bombardé El Geneina, tuant 10 civils.", "fr", "curated:el-geneina"),
    ("Des hommes armés ont tué 12 villageois dans l'État de Zamfara.", "fr", "curated:zamfara-state"),
    ("Gunmen killed 12 villagers in a raid on a village in Zamfara state.", "en", "curated:zamfara-state"),
    ("قتل مسلحون 12 قرويا في هجوم على قرية في ولاية زامفارا.", "ar", "curated:zamfara-state"),
])
def test_names_reporting_uses_for_sudan_and_nigeria(text, lang, record):
    p = _target(text, lang)
    assert p is not None and p.record_id == record


@pytest.mark.parametrize("text, tolls", [
    ("Gunmen attacked Gao, killing 5 soldiers. Later, gunmen attacked Kidal, killing 3 soldiers.",
     {"Gao": 5, "Kidal": 3}),
    ("A bomb exploded in Mogadishu, killing 5 people. Another bomb exploded in Bosaso, killing 4.",
     {"Mogadishu": 5, "Bosaso": 4}),
])
def test_small_town_of_the_country_the_article_already_placed(text, tolls):
    """A town the article placed stands for its country: the next small town of that country is meant, and each
    attack keeps its own toll."""
    evs = events_of(text, "en", P)
    got = {e.place.name: e.killed.best for e in evs if e.place is not None}
    assert got == tolls
