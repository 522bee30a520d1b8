"""Event type, round 1: airstrike against missile or rocket attack, read from the incident being told.

Invented reports (places, wordings and numbers of no development passage), read end to end:

- a strike word that names no weapon ("a strike hit X", "une frappe a touché X", "ضربة أصابت X") takes the
  weapon of the incident being told: missiles or rockets fired from the ground make it a missile or rocket
  attack (it used to fall to airstrike by default);
- missiles named bare ("Two missiles hit a farm in Y") right after an air raid told are the raid's munitions:
  an airstrike (they used to start a missile attack of their own);
- the sentence's own word wins: an air word ("une frappe aérienne", "غارة جوية", warplanes), a group that fires
  from the ground (Hamas fighters' rockets), or a strike told on another day keeps its own type.
"""
from __future__ import annotations

import datetime as dt

import pytest

from factories import km as _km
from geo_events.models import Document
from test_resolve_round14 import gaz  # noqa: F401  (its skip-aware gazetteer fixture)

PUBLISHED = dt.date(2023, 5, 17)


def _read(text, language, gaz):
    from geo_events.pipeline import process

    return process([Document(doc_id="t", text=text, language=language, published=PUBLISHED)], gazetteer=gaz).events


def _type_at(events, point, tol=2):
    """The types of the events placed within ``tol`` km of ``point``."""
    return sorted(e.event_type for e in events if e.place is not None and _km(e.place.lat, e.place.lon, *point) <= tol)


JIZAN, KOYA, KHAMIS = (16.889, 42.551), (36.083, 44.629), (18.3, 42.733)
SDEROT, ASHKELON = (31.525, 34.597), (31.669, 34.571)
BEIT_LAHIA, MAYADIN, BINT_JBEIL = (31.546, 34.495), (35.02, 40.452), (33.119, 35.433)
NABATIEH, BEIT_HANOUN, KAFRANBEL = (33.379, 35.484), (31.535, 34.536), (35.614, 36.564)

# (id, language, text, site, expected type)
CASES = [
    # -- a strike word naming no weapon, in a ground-fired missile or rocket incident --------------------------------
    ("ballistic-strike-en", "en", "Houthi forces fired three ballistic missiles toward southern Saudi Arabia on "
     "Monday, the coalition said. A strike hit a fuel depot in Jizan, wounding four workers.", JIZAN, "missile attack"),
    ("ballistic-frappe-fr", "fr", "Les Gardiens de la révolution ont tiré mardi plusieurs missiles balistiques vers le "
     "nord de l'Irak. Une frappe a touché une villa à Koya, faisant deux blessés, selon la police locale.", KOYA,
     "missile attack"),
    ("ballistic-darba-ar", "ar", "أطلقت جماعة الحوثي صاروخين باليستيين باتجاه جنوب السعودية يوم الأحد. وقالت مصادر "
     "محلية إن ضربة أصابت مستودعا في خميس مشيط دون وقوع إصابات.", KHAMIS, "missile attack"),
    ("rockets-strike-en", "en", "Militants launched a barrage of rockets from Gaza on Friday. A strike hit a "
     "kindergarten in Sderot, causing damage but no injuries.", SDEROT, "rocket attack"),
    ("rockets-frappe-fr", "fr", "Des miliciens ont tiré samedi une salve de roquettes Grad depuis la bande de Gaza. Une "
     "frappe a endommagé une école à Ashkelon, sans faire de blessés.", ASHKELON, "rocket attack"),
    ("rockets-darba-ar", "ar", "قالت الشرطة إن مسلحين أطلقوا رشقة من الصواريخ من قطاع غزة صباح السبت. وأضافت أن ضربة "
     "أصابت مدرسة في عسقلان دون إصابات.", ASHKELON, "rocket attack"),
    # -- bare missiles right after an air raid told: the raid's munitions --------------------------------------------
    ("raid-missiles-en", "en", "Israeli warplanes carried out raids on the outskirts of Beit Hanoun on Monday. Two "
     "missiles hit a farm in Beit Lahia, wounding a shepherd.", BEIT_LAHIA, "airstrike"),
    ("raid-missiles-fr", "fr", "Des avions de combat ont mené lundi un raid sur la périphérie de Deir ez-Zor. Deux "
     "missiles ont touché un entrepôt à Al-Mayadin, blessant un gardien.", MAYADIN, "airstrike"),
    ("raid-missiles-ar", "ar", "شنت طائرات حربية غارات على أطراف مدينة البوكمال صباح الاثنين. وسقط صاروخان على مزرعة "
     "في الميادين ما أدى إلى إصابة راع.", MAYADIN, "airstrike"),
    # -- the sentence's own word wins ---------------------------------------------------------------------------------
    ("raid-then-strike-en", "en", "Israeli warplanes carried out raids on southern Lebanon on Tuesday. A strike hit a "
     "house in Bint Jbeil, killing two.", BINT_JBEIL, "airstrike"),
    ("rockets-then-air-fr", "fr", "Des roquettes ont été tirées jeudi depuis le sud du Liban vers la Galilée. Plus "
     "tard, une frappe aérienne a touché un dépôt à Nabatiyé.", NABATIEH, "airstrike"),
    ("rockets-then-air-ar", "ar", "أطلق مسلحون صواريخ على مدينة سديروت يوم الجمعة. وفي وقت لاحق، استهدفت غارة جوية "
     "منزلا في بيت حانون.", BEIT_HANOUN, "airstrike"),
    ("raid-then-hamas-en", "en", "Israeli warplanes carried out raids on the outskirts of Beit Hanoun on Monday. Hamas "
     "fighters fired two rockets at Sderot, wounding a woman.", SDEROT, "rocket attack"),
    # rockets fired by ground forces named in their own clause, after a raid, stay rockets
    ("raid-then-ground-forces-en", "en", "Russian jets carried out raids near Maarat al-Numan on Sunday. Rockets fired "
     "by government forces hit Kafranbel, wounding two children.", KAFRANBEL, "rocket attack"),
    ("raid-then-ground-forces-fr", "fr", "Des avions russes ont mené dimanche des raids près de Maarat al-Noomane. Des "
     "roquettes tirées par les forces du régime ont touché Kafranbel, blessant deux enfants.", KAFRANBEL,
     "rocket attack"),
    ("raid-then-ground-forces-ar", "ar", "شنت طائرات حربية روسية غارات قرب معرة النعمان يوم الأحد. وسقطت صواريخ "
     "أطلقتها قوات النظام على بلدة كفرنبل ما أدى إلى إصابة طفلين.", KAFRANBEL, "rocket attack"),
    # a strike told on another day is not the rockets' incident: it keeps the strike's default
    ("rockets-then-earlier-strike-fr", "fr", "Mercredi, des miliciens ont tiré une dizaine de roquettes sur Sdérot, sans "
     "faire de victimes. La veille déjà, mardi, une frappe contre une voiture près de Beit Hanoun avait fait un mort.",
     BEIT_HANOUN, "airstrike"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_type_from_incident(case, gaz):  # noqa: F811
    _, language, text, site, expected = case
    events = _read(text, language, gaz)
    assert _type_at(events, site) == [expected], [(e.event_type, e.place_name) for e in events]
