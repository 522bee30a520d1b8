"""Spurious events (issue #4, session 15, H-spur2): places a story names that are no incident a reader would map.

Invented passages in English, French and Arabic (places, numbers and wordings no development set uses), one
group per general cause found on the pool set:

* the town of a funeral or burial told after the attack ("mourners buried the men in X", "ont assisté aux
  obsèques à X", "شيّع المئات ... في X"), with no count and no toll of its own --
  :func:`geo_events.salience._ceremony_town`; the only event of a story, told by its funeral with its toll, stays;
* the ground of an ongoing war a wire story sets the attack against ("the attack came as fighting raged around
  X", "l'attaque survient alors que les combats font rage autour de X", "ويأتي الهجوم وسط معارك في X") --
  :func:`geo_events.salience._amid_backdrop`.

The assertion is the list of places an analyst maps, read from :func:`geo_events.pipeline.process`.
"""
import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process
from factories import places_match as _match

PUB = dt.date(2025, 11, 14)  # a Friday

ITEMS = {}
# ------------------------------------------------------------------ the town of a funeral
ITEMS["en_funerals"] = ("en", """BEIRUT — An Israeli drone struck a motorcycle near Bint Jbeil on Wednesday, killing two brothers, the state news agency said.

Thursday, funerals for the victims of the drone strike were held in Tebnine, near the border.

The Israeli army did not comment.""", ["Bint Jbeil"])
ITEMS["fr_inhumes"] = ("fr", """BEYROUTH — Une frappe de drone israélien a visé mercredi une moto près de Bint Jbeil, tuant deux frères, selon l'agence officielle.

Les deux frères ont été inhumés jeudi à Tebnine, après la frappe.

L'armée israélienne n'a pas commenté.""", ["Bint Jbeil"])
ITEMS["ar_shayya"] = ("ar", """قتل شقيقان يوم الأربعاء في غارة لطائرة مسيرة إسرائيلية استهدفت دراجة نارية قرب بنت جبيل، بحسب الوكالة الوطنية للإعلام.

وشيّع المئات يوم الخميس ضحيتي الغارة في بلدة تبنين.

ولم يعلق الجيش الإسرائيلي.""", ["بنت جبيل"])
ITEMS["ar_tashyi"] = ("ar", """قتل شقيقان يوم الأربعاء في غارة لطائرة مسيرة إسرائيلية استهدفت دراجة نارية قرب بنت جبيل، بحسب الوكالة الوطنية للإعلام.

والخميس، شارك المئات في تشييع ضحيتي الغارة الإسرائيلية في بلدة تبنين.

ولم يعلق الجيش الإسرائيلي.""", ["بنت جبيل"])
# ------------------------------------------------------------------ the ground of an ongoing war
ITEMS["en_came_as"] = ("en", """ADEN, Yemen — A Houthi drone hit a fuel depot in Mokha on Tuesday, setting two tanks ablaze, a military source said.

Tuesday's attack came as fighting raged around the port city of Hodeidah, where government forces have pushed north since October.

The Houthis did not comment.""", ["Mokha"])
ITEMS["fr_alors_que"] = ("fr", """ADEN (Yémen) — Un drone houthi a frappé mardi un dépôt de carburant à Mokha, incendiant deux réservoirs, selon une source militaire.

L'attaque de mardi survient alors que les bombardements se poursuivent autour de la ville portuaire de Hodeïda.

Les Houthis n'ont pas commenté.""", ["Mokha"])
ITEMS["ar_wasat"] = ("ar", """استهدفت طائرة مسيرة حوثية يوم الثلاثاء مستودعا للوقود في المخا، ما أدى إلى احتراق خزانين، بحسب مصدر عسكري.

ويأتي هجوم الثلاثاء وسط معارك عنيفة تدور حول مدينة الحديدة.

ولم يعلق الحوثيون.""", ["المخا"])

def _places(key):
    lang, text, _ = ITEMS[key]
    return [e.place_name or "" for e in process([Document(f"sp2-{key}", text, language=lang, published=PUB)]).events]


@pytest.mark.parametrize("key", sorted(ITEMS))
def test_a_story_maps_only_the_incidents_it_reports(key):
    got = _places(key)
    assert _match(got, ITEMS[key][2]), f"{key}: mapped {got}, an analyst lists {ITEMS[key][2]}"


def test_the_battery_covers_three_languages():
    assert {v[0] for v in ITEMS.values()} == {"en", "fr", "ar"}


def test_a_story_told_by_its_funeral_keeps_its_only_event():
    # the only event of a story is never dropped, even when the funeral sentence is the one telling it
    text = ("Hundreds of mourners on Sunday buried the four victims of an airstrike on a vegetable market in Ariha, "
            "which killed four people on Saturday.")
    events = process([Document("sp2-only", text, language="en", published=PUB)]).events
    assert [e.place_name for e in events] == ["Ariha"]


def test_a_funeral_town_hit_with_its_own_toll_stays():
    # a second attack told with a toll is an incident even when the sentence also mentions a funeral
    text = """BEIRUT — An Israeli drone struck a motorcycle near Bint Jbeil on Wednesday, killing two brothers, the state news agency said.

On Thursday, as mourners gathered for the funeral, a second strike hit a house in Tebnine, killing a woman.

The Israeli army did not comment."""
    events = process([Document("sp2-toll", text, language="en", published=PUB)]).events
    assert _match([e.place_name or "" for e in events], ["Bint Jbeil", "Tebnine"])
