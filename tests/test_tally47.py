"""A nation-wide tally of projectiles told next to a local hit (round 47; invented wire items, no set's sentence).

* "Russia launched 40 Shahed drones and three ballistic missiles at Ukraine overnight ... A missile hit an apartment
  building in Kharkiv": the figure told for the whole country is no site's count (tests/ANNOTATION.md); the site's
  own clause tells its count and kind. Before, Kharkiv got the tally's 43 (English, Arabic) or the tally's 40 typed
  interception (French "... qui dit avoir abattu 35 drones"), in all three languages by one path (extract._add_facts:
  a frame opened by the country-wide clause, its first site named later);
* a strike told with its toll ("قتل جنديان في قصف إسرائيلي", "killed in Israeli shelling") is not retyped as an
  interception by air defences that "confronted" the missiles after it;
* an interception counted over a region ("downed 12 drones over the Kyiv region") is that region's event;
  a drone told hitting another place after it ("In Odesa, a drone hit ...") is its own attack, not a closer look;
* guards (pass before too): a salvo told at its one site keeps its count ("Seven rockets hit Balad air base", "Five drones were
  launched at Erbil airport; three were shot down"), and so does an incident told first by its country and then by
  its site with no count of its own ("a drone slammed into an outpost in northeastern Jordan ... Tower 22"), or by the
  salvo told again ("fired three missiles at Ukraine ... The missiles hit Dnipro").
"""
from __future__ import annotations

import datetime as dt

import pytest

from factories import events_of

PUB = dt.date(2024, 3, 15)


def _one(text: str, lang: str):
    events = events_of(text, lang, PUB)
    assert len(events) == 1, [(e.event_type, e.place_name, e.count.best) for e in events]
    return events[0]


# --- a country-wide tally gives no count and no kind to the site hit ---------------------------------------------------
@pytest.mark.parametrize("lang,text,place,etype,count", [
    ("en", "Russia launched 40 Shahed drones and three ballistic missiles at Ukraine overnight, the air force said, "
           "adding that air defences shot down 35 drones. A missile hit an apartment building in Kharkiv, killing two "
           "people and injuring ten.", "Kharkiv", "missile attack", 1),
    ("fr", "La Russie a lancé dans la nuit 40 drones Shahed et trois missiles balistiques contre l'Ukraine, selon "
           "l'armée de l'air, qui dit avoir abattu 35 drones. Un missile a touché un immeuble à Kharkiv, tuant deux "
           "personnes et en blessant dix.", "Kharkiv", "missile attack", 1),
    ("ar", "أطلقت روسيا خلال الليل 40 مسيرة شاهد وثلاثة صواريخ باليستية على أوكرانيا، وفق سلاح الجو الذي أضاف أن "
           "الدفاعات الجوية أسقطت 35 مسيرة. وأصاب صاروخ مبنى سكنيا في خاركيف، ما أسفر عن مقتل شخصين وإصابة عشرة.",
     "Kharkiv", None, 1),
    ("fr", "L'Iran a lancé plus de 300 drones et missiles contre Israël dans la nuit. Un missile balistique a touché la "
           "base aérienne de Nevatim, causant des dégâts mineurs.", "Nevatim Air Base", "missile attack", 1),
    ("en", "Ukraine's air force said it shot down 31 of 35 drones launched by Russia overnight. A drone hit an energy "
           "facility in the Sumy region, the regional administration said.", "Sumy Oblast", "drone attack", 1),
    ("fr", "L'armée de l'air ukrainienne a affirmé avoir abattu 31 des 35 drones lancés par la Russie pendant la nuit. "
           "Un drone a touché une installation énergétique dans la région de Soumy.", "Sumy Oblast", "drone attack", 1),
    ("ar", "أطلقت روسيا 90 صاروخا و60 مسيرة على أوكرانيا خلال الليل، وأسقطت الدفاعات 140 منها. وفي لفيف أصاب صاروخ "
           "منشأة صناعية.", "Lviv", None, 1),
])
def test_country_tally_is_no_site_count(lang, text, place, etype, count):
    event = _one(text, lang)
    assert event.place is not None and event.place.name == place
    assert event.count.best == count
    assert event.event_type != "interception"
    if etype is not None:
        assert event.event_type == etype


def test_country_tally_keeps_site_toll():  # (a guard: passes before too)
    event = _one("Russia launched 40 Shahed drones and three ballistic missiles at Ukraine overnight, the air force "
                 "said, adding that air defences shot down 35 drones. A missile hit an apartment building in Kharkiv, "
                 "killing two people and injuring ten.", "en")
    assert (event.killed.best, event.injured.best) == (2, 10)


# --- a strike with its toll is not retyped by the air defences' account after it -------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("ar", "قتل جنديان سوريان في قصف إسرائيلي استهدف موقعا عسكريا في ريف القنيطرة مساء أمس. وأضاف المصدر أن الدفاعات "
           "الجوية تصدت لعدد من الصواريخ."),
    ("en", "Two soldiers were killed in Israeli shelling near Quneitra on Monday. Syrian air defences intercepted "
           "several missiles, the agency added."),
])
def test_strike_not_retyped_as_interception(lang, text):
    event = _one(text, lang)
    assert event.event_type != "interception"
    assert event.killed.best == 2


# --- guards: a salvo told at its one site, an incident told by its country then its site ------------------------------
@pytest.mark.parametrize("lang,text,count", [
    ("en", "Seven rockets hit Balad air base north of Baghdad on Tuesday, causing no casualties, a security source "
           "said.", 7),
    ("en", "Five drones were launched at Erbil airport on Tuesday; three were shot down and two hit the base, "
           "officials said.", 5),
    ("fr", "Cinq drones ont été lancés contre l'aéroport d'Erbil mardi; trois ont été abattus et deux ont touché la "
           "base.", 5),
    ("en", "A drone slammed into an outpost in northeastern Jordan on Sunday, killing three soldiers. The outpost, "
           "known as Tower 22, lies near the Syrian border.", 1),
    ("en", "Russia fired three missiles at Ukraine on Tuesday. The missiles hit Dnipro, killing five people.", 3),
])
def test_salvo_at_one_site_keeps_count(lang, text, count):
    assert _one(text, lang).count.best == count


# --- an interception told over a region is its own event; a hit told at another place after it is another -----------
@pytest.mark.parametrize("lang,text", [
    ("en", "Air defences downed 12 drones over the Kyiv region overnight, the regional governor said. In Odesa, a drone "
           "hit a port warehouse, injuring three workers."),
    ("fr", "La défense antiaérienne a abattu 12 drones au-dessus de la région de Kyiv, selon le gouverneur. À Odessa, "
           "un drone a touché un entrepôt du port, blessant trois employés."),
])
def test_region_interception_and_other_site_hit(lang, text):
    events = {e.place.name: e for e in events_of(text, lang, PUB) if e.place is not None}
    assert set(events) == {"Kyiv Oblast", "Odesa"}
    assert (events["Kyiv Oblast"].event_type, events["Kyiv Oblast"].count.best) == ("interception", 12)
    odesa = events["Odesa"]
    assert (odesa.event_type, odesa.count.best, odesa.injured.best) == ("drone attack", 1, 3)
