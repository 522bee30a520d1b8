"""One incident told over several sentences, round merge44: a later sentence's finer spot is no new event (invented).

Every sentence is written for these tests, modelled on wire copy (Reuters, AP, AFP, Times of Israel, L'Orient-Le
Jour, NNA, WAFA, Al Mayadeen).  A careful analyst codes ONE incident when:

- after a salvo is told, a bare "One" / "One rocket" / "L'une" is the subject of the next sentence's landing or hit
  ("Rockets hit X. One landed near Y", "L'une est tombée près de Y"): the pronoun picks a member of the salvo
  told, as "one of them" / "l'une d'elles" / "أحدها" do -- Y is where part of it fell;
- after one projectile is told, its definite noun as the subject of its landing ("The drone exploded near Y",
  "Le missile est tombé près de Y", "وسقط الصاروخ قرب Y") tells where that projectile came down;
- after a raid is told, "the raid" is the subject of its verb of impact in Arabic, verb first or reported after
  إن ("واستهدفت الغارة منزلا في حي X", "قال الدفاع المدني إن الغارة استهدفت ..."), as "The strike hit a house in
  the X neighbourhood" already is in English and French: X is where that raid fell.

The opposite stays apart: "الغارة الثانية" (an ordinal), a different day, "in a separate attack", "One rocket hit Y on
Tuesday" after Monday's salvo.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


def _places(text, lang):
    return sorted((e.place.record_id if e.place else None) for e in events_of(text, lang, P))


@pytest.mark.parametrize("text, lang, record", [
    ("Rockets hit Kiryat Shmona on Monday. One landed in an open area near Margaliot, another damaged a house.",
     "en", "geonames:293825"),
    ("Rockets hit Nahariya on Monday. One rocket landed near Shlomi, causing damage to a road.", "en", "geonames:294117"),
    ("Des roquettes ont frappé Kiryat Shmona lundi. L'une est tombée dans une zone dégagée près de Margaliot, "
     "une autre a endommagé une maison.", "fr", "geonames:293825"),
    ("Des roquettes ont visé Nahariya lundi. L'une a touché une maison à Shlomi, selon la police.", "fr",
     "geonames:294117"),
])
def test_bare_one_of_a_salvo_is_a_share_of_it(text, lang, record):
    assert _places(text, lang) == [record]


@pytest.mark.parametrize("text, record", [
    ("شن الطيران الإسرائيلي غارة على مدينة رفح يوم الثلاثاء ما أسفر عن استشهاد ستة أشخاص. "
     "واستهدفت الغارة منزلا في حي تل السلطان.", "geonames:281102"),
    ("شنت مسيرة إسرائيلية غارة على مدينة النبطية يوم الخميس. واستهدفت الغارة دراجة نارية في حي البياض.",
     "curated:nabatieh-town"),
])
def test_arabic_raid_as_subject_of_its_impact_is_the_raid_told(text, record):
    assert _places(text, "ar") == [record]


def test_arabic_raid_retold_keeps_the_toll():
    evs = events_of("شن الطيران الإسرائيلي غارة على مدينة رفح يوم الثلاثاء ما أسفر عن استشهاد ستة أشخاص. "
                    "واستهدفت الغارة منزلا في حي تل السلطان.", "ar", P)
    assert [(e.place.record_id, e.killed.best) for e in evs] == [("geonames:281102", 6)]


@pytest.mark.parametrize("share, lang, record, apart", [
    # each share next to its guard: an ordinal raid, a second day, "one rocket" on a day of its own stay apart
    ("شن الطيران الإسرائيلي غارة على مدينة رفح يوم الثلاثاء. واستهدفت الغارة منزلا في حي تل السلطان.", "ar",
     "geonames:281102",
     "استهدفت غارة إسرائيلية مدينة صور صباح الاثنين. واستهدفت الغارة الثانية بلدة الناقورة بعد ساعة."),
    ("شن الطيران الإسرائيلي غارة على مدينة رفح يوم الثلاثاء. وقال الدفاع المدني إن الغارة استهدفت منزلا في حي تل السلطان.",
     "ar", "geonames:281102",
     "استهدفت غارة إسرائيلية بلدة عيتا الشعب يوم الأحد. ويوم الاثنين، استهدفت الغارة بلدة رامية."),
    ("Rockets hit Nahariya on Monday. One rocket landed near Shlomi.", "en", "geonames:294117",
     "Rockets hit Sderot on Monday. One rocket hit Ashkelon on Tuesday."),
    ("Des roquettes ont visé Nahariya lundi. L'une est tombée près de Shlomi.", "fr", "geonames:294117",
     "Des roquettes ont visé Sderot lundi. Une deuxième salve a touché Ashkelon une heure plus tard."),
])
def test_share_folds_but_separate_incident_stays_apart(share, lang, record, apart):
    assert (_places(share, lang), len(events_of(apart, lang, P))) == ([record], 2)


@pytest.mark.parametrize("share, lang, record, apart", [
    # the one projectile told, named again as the subject of its landing: where it came down, not a second attack;
    # an armed drone that "hit" another target stays a strike of its own
    ("A drone launched from Lebanon targeted Kiryat Shmona on Monday. The drone exploded in an open field near "
     "Kfar Giladi.", "en", "geonames:293825",
     "An Israeli drone struck a car in Aitaroun on Monday. The drone hit a motorbike in Bint Jbeil."),
    ("Hezbollah fired an anti-tank missile at Metula on Monday. The missile hit a house in Kfar Giladi, the army said.",
     "en", "geonames:294247",
     "Rockets hit Sderot on Monday. One rocket hit Ashkelon on Tuesday."),
    ("Les Houthis ont tiré un missile balistique sur Eilat lundi. Le missile est tombé près de Taba, selon des "
     "médias égyptiens.", "fr", "geonames:295277",
     "Des roquettes ont visé Sderot lundi. Une deuxième salve a touché Ashkelon une heure plus tard."),
    ("أطلق الحوثيون صاروخا باليستيا باتجاه إيلات يوم الاثنين. وسقط الصاروخ قرب طابا بحسب وسائل إعلام مصرية.", "ar",
     "curated:taba-egypt",
     "استهدفت غارة إسرائيلية مدينة صور صباح الاثنين. واستهدفت الغارة الثانية بلدة الناقورة بعد ساعة."),
])
def test_definite_projectile_coming_down_is_the_one_told(share, lang, record, apart):
    assert (_places(share, lang), len(events_of(apart, lang, P))) == ([record], 2)
