"""Spurious events (issue #4, session 16, H-bare16): a far city told in one bare sentence.

On text nobody tuned, a city named in ONE sentence, with no count and no toll, more than 50 km from every other
event of its article, is wrong 15 times in 17: the city is where sirens sounded, where a government condemned the
strike, the motive the attackers gave ("revenge for the air strikes on X", "رداً على الغارات على X"), the area
a site is located by ("dans la campagne de X", "في ريف X"). Such a city stays mapped only when its sentence shows
it hit: an impact word before its name with no motive, threat or comparison cue around it, or a passive impact
after it (:func:`geo_events.salience._bare_far_city`, :func:`geo_events.salience.city_hit`). Towns, villages,
bases, a city near another event and the only event of an article are not touched.

Invented passages in English, French and Arabic (places, numbers and wordings no evaluation set uses). The
assertion is the list of places an analyst maps, read from :func:`geo_events.pipeline.process`.
"""
import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process
from geo_events.salience import city_hit

PUB = dt.date(2025, 11, 14)  # a Friday

ITEMS = {}
# ------------------------------------------------------------------ a far city not hit: dropped
ITEMS['en_motive'] = ('en', """KIRKUK, Iraq (AP) - A drone hit a police checkpoint in Tuz Khurmatu on Thursday, wounding two officers, police said.

A little-known group said the drone attack on Thursday was revenge for Turkish air strikes on Mosul.""", ['Tuz Khurmatu'])
ITEMS['en_sirens'] = ('en', """BEIRUT (AP) - Israeli jets struck a weapons depot near Nabatieh on Sunday, killing two fighters, a security official said.

Hezbollah fired rockets toward Haifa on Sunday evening, the Israeli army said, and sirens sounded across the city.""", ['Nabatieh'])
ITEMS['fr_sirens'] = ('fr', """BEYROUTH (AFP) - Des avions israéliens ont frappé dimanche un dépôt d'armes près de Nabatiyé, tuant deux combattants, selon une source de sécurité.

Dimanche soir, le Hezbollah a tiré des roquettes en direction de Haïfa, où les sirènes ont retenti, selon l'armée israélienne.""", ['Nabatiyé'])
ITEMS['fr_area'] = ('fr', """DAMAS (AFP) - Deux missiles israéliens ont frappé mardi un dépôt d'armes à Soueida, tuant trois combattants, selon l'OSDH.

Mardi également, des drones ont visé un entrepôt dans la campagne d'Alep, selon des médias locaux.""", ['Soueida'])
ITEMS['ar_motive'] = ('ar', """أربيل - استهدفت طائرة مسيرة يوم الخميس نقطة عسكرية تركية قرب زاخو، ما أدى إلى إصابة جنديين، بحسب مصادر أمنية.

وقالت الجماعة إن هجوم الخميس جاء رداً على الغارات التركية على مدينة كركوك.""", ['زاخو'])
ITEMS['ar_area'] = ('ar', """دمشق - قتل ثلاثة عناصر يوم الثلاثاء في غارة إسرائيلية على موقع عسكري في القصير، بحسب المرصد.

وفي يوم الثلاثاء أيضا قالت وسائل إعلام إن طائرات مجهولة استهدفت مستودعا في ريف حلب.""", ['القصير'])
ITEMS['ar_seat'] = ('ar', """أربيل - استهدفت طائرة مسيرة يوم الخميس نقطة عسكرية تركية قرب زاخو، ما أدى إلى إصابة جنديين، بحسب مصادر أمنية.

وفي بغداد، دانت الحكومة هجوم الخميس بالطائرة المسيرة.""", ['زاخو'])
# ------------------------------------------------------------------ a far city hit: kept
ITEMS['en_hit'] = ('en', """ABHA, Saudi Arabia (Reuters) - Two drones crashed into a fuel depot in Abha on Tuesday, wounding three workers, the coalition said.

Drones also hit a power station in Tabuk on Tuesday, the energy ministry said.""", ['Abha', 'Tabuk'])
ITEMS['en_hit_dateline'] = ('en', """MOSUL, Iraq (AP) - A rocket hit a police station in Tuz Khurmatu on Thursday, wounding two officers, police said.

Separately, Turkish jets on Thursday bombed a warehouse in Duhok, the ministry said.""", ['Tuz Khurmatu', 'Duhok'])
ITEMS['fr_hit'] = ('fr', """DAMAS (AFP) - Deux missiles israéliens ont frappé mardi un dépôt d'armes à Soueida, tuant trois combattants, selon l'OSDH.

Des frappes ont également visé mardi un entrepôt à Lattaquié, selon la même source.""", ['Soueida', 'Lattaquié'])
ITEMS['ar_hit'] = ('ar', """دمشق - قتل ثلاثة عناصر يوم الثلاثاء في غارة إسرائيلية على موقع عسكري في القصير، بحسب المرصد.

كما استهدفت غارة يوم الثلاثاء مستودعاً للأسلحة في مدينة اللاذقية، بحسب المصدر نفسه.""", ['القصير', 'اللاذقية'])
ITEMS['ar_passive'] = ('ar', """بغداد - أصيب شرطيان يوم الخميس بسقوط صاروخ على نقطة تفتيش في طوزخورماتو، بحسب مصدر أمني.

وتعرضت مدينة الموصل يوم الخميس لقصف جوي، وفق المصدر.""", ['طوزخورماتو', 'الموصل'])


def _events(key):
    lang, text, _ = ITEMS[key]
    return process([Document(f"sp4-{key}", text, language=lang, published=PUB)]).events


@pytest.mark.parametrize("key", sorted(ITEMS))
def test_a_story_maps_only_the_cities_it_tells_hit(key):
    got = sorted(e.place_name or "" for e in _events(key))
    assert got == sorted(ITEMS[key][2]), f"{key}: mapped {got}, an analyst lists {ITEMS[key][2]}"


def test_the_battery_covers_three_languages_both_ways():
    dropped = {v[0] for v in ITEMS.values() if len(v[2]) == 1}
    kept = {v[0] for v in ITEMS.values() if len(v[2]) == 2}
    assert dropped == kept == {"en", "fr", "ar"}


def test_the_only_event_of_a_story_is_kept_even_when_bare():
    # no other event to stand beside: the area named is all the story has
    text = "دمشق - استهدفت طائرات مجهولة يوم الثلاثاء مستودعا في ريف حلب، بحسب وسائل إعلام محلية."
    got = [e.place_name for e in process([Document("sp4-alone", text, language="ar", published=PUB)]).events]
    assert got == ["حلب"], got


def test_a_bare_city_near_the_other_event_is_kept():
    # Aleppo and Azaz lie about 45 km apart: the area named is on the same front as the told strike
    text = """دمشق - قتل ثلاثة عناصر يوم الثلاثاء في غارة على موقع عسكري في إعزاز، بحسب المرصد.

وفي يوم الثلاثاء أيضا قالت وسائل إعلام إن طائرات مجهولة استهدفت مستودعا في ريف حلب."""
    got = {e.place_name for e in process([Document("sp4-near", text, language="ar", published=PUB)]).events}
    assert "حلب" in got, got


SENTENCES = [
    # (sentence, name, hit?)
    ("Houthi commanders vowed on Tuesday to strike Dammam next.", "Dammam", False),
    ("Le Hezbollah menace de frapper Nahariya si les raids continuent.", "Nahariya", False),
    ("وهدد قيادي في الجماعة بقصف مدينة الدمام.", "الدمام", False),
    ("The faction said the raid was in response to the shelling of Duhok.", "Duhok", False),
    ("Officials in Amman condemned the strike.", "Amman", False),
    ("Ramadi was struck by two drones overnight, police said.", "Ramadi", True),
    ("La ville de Homs a été touchée par une frappe dans la nuit.", "Homs", True),
    ("وتعرضت مدينة الرمادي لقصف صاروخي ليلاً.", "الرمادي", True),
    ("A drone was shot down over Dammam, the coalition said.", "Dammam", True),
    ("Des frappes ont visé un dépôt à Hama, selon l'OSDH.", "Hama", True),
]


@pytest.mark.parametrize("sentence,name,hit", SENTENCES)
def test_a_city_is_hit_only_when_an_impact_word_governs_it(sentence, name, hit):
    assert city_hit(sentence, name) is hit
