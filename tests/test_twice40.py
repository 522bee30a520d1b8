"""One incident told twice, by two day cues a day apart: one event, not two on consecutive days.

Invented reports (places, wordings and numbers of no development passage), read end to end, published on a
Tuesday:

- a strike around midnight told by both of its days, the evening or the night of one ("late Monday", "lundi
  soir", "مساء الاثنين") and the small hours or the morning of the next ("early Tuesday", "tôt mardi", "فجر
  الثلاثاء"): one event on the first day, with the toll either sentence gives
  (:func:`geo_events.incident.across_midnight`); a new attack says so ("another", "de nouveaux", "مجددا") and stays;
- what followed an attack, told the next day at its place ("rescuers pulled bodies from the rubble in X on Tuesday
  after the strike", "après la frappe", "إثر الغارة") and telling no attack of its own, is no second event
  (:func:`geo_events.incident._aftermath`); tanks shelling X "after the strike" still are one;
- a definite plural or a French weapon complement names the incident again ("the strikes on X", "l'attaque de drone
  sur X") like the singular does, and the toll the retelling gives stays with the incident
  (:func:`geo_events.incident.fold_named_again` now carries the figures);
- a statement's day after an elided French subject ("a rapporté l'agence mardi") is the statement's, and a word of
  novelty before a full stop ("مرة أخرى.") is read.
"""
from __future__ import annotations

import datetime as dt

import pytest

from factories import km as _km
from geo_events.models import Document
from test_resolve_round14 import gaz  # noqa: F401  (its skip-aware gazetteer fixture)

PUBLISHED = dt.date(2024, 2, 20)  # a Tuesday
MON, TUE = dt.date(2024, 2, 19), dt.date(2024, 2, 20)


def _read(text, language, gaz):
    from geo_events.pipeline import process

    return process([Document(doc_id="t", text=text, language=language, published=PUBLISHED)], gazetteer=gaz).events


def _at(events, point, tol=10):
    """The events placed within ``tol`` km of ``point``, by date."""
    return sorted((e for e in events if e.place is not None and _km(e.place.lat, e.place.lon, *point) <= tol),
                  key=lambda e: e.date.earliest if e.date else dt.date.max)


BAALBEK, KHARKIV, JABALIA = (34.006, 36.218), (49.982, 36.255), (31.527, 34.483)
ODESA, NABATIEH, KIRYAT_SHMONA = (46.486, 30.744), (33.377, 35.484), (33.212, 35.570)
KHAN_YOUNIS, NUSEIRAT, RAFAH = (31.340, 34.306), (31.449, 34.392), (31.297, 34.244)
BELGOROD, KHIAM, SDEROT = (50.603, 36.581), (33.328, 35.613), (31.525, 34.597)

# (id, language, text, site, days of the events there, killed of the first)
ONE = [
    # -- one night, two days ------------------------------------------------------------------------------------------
    ("late-early-en", "en", "Israeli jets struck Baalbek late Monday. Early Tuesday the strikes on Baalbek killed two "
     "people, the agency said.", BAALBEK, [MON], 2),
    ("night-small-hours-en", "en", "Russian drones attacked Kharkiv on Monday night. In the early hours of Tuesday "
     "drones hit Kharkiv, damaging a school, the mayor said.", KHARKIV, [MON], None),
    ("late-early-toll-en", "en", "Israeli aircraft bombed Jabalia late on Monday. The bombing of Jabalia in the early "
     "hours of Tuesday killed 11 people, medics said.", JABALIA, [MON], 11),
    ("late-night-morning-en", "en", "Drones hit Odesa late Monday night. On Tuesday morning, drones hit Odesa's port, "
     "killing one.", ODESA, [MON], 1),
    ("late-early-sunday-en", "en", "A drone hit a car in Nabatieh late on Sunday. A drone hit a car in Nabatieh in the "
     "early hours of Monday, killing two, the agency said.", NABATIEH, [dt.date(2024, 2, 18)], 2),
    ("late-early-plain-en", "en", "Rockets struck Kiryat Shmona late on Monday. Rockets struck Kiryat Shmona early on "
     "Tuesday, causing a fire, firefighters said.", KIRYAT_SHMONA, [MON], None),
    ("soir-matin-fr", "fr", "Des frappes israéliennes ont visé Baalbek lundi soir. Mardi matin, les frappes sur Baalbek "
     "ont fait deux morts, selon l'agence.", BAALBEK, [MON], 2),
    ("soir-tot-fr", "fr", "Des drones russes ont attaqué Kharkiv lundi soir. Tôt mardi, des drones ont frappé Kharkiv, "
     "endommageant une école.", KHARKIV, [MON], None),
    ("tard-tot-fr", "fr", "Des missiles ont frappé Kharkiv tard lundi. Tôt mardi, des missiles ont frappé Kharkiv, "
     "tuant trois personnes.", KHARKIV, [MON], 3),
    ("masa-fajr-ar", "ar", "شنت طائرات إسرائيلية غارة على بعلبك مساء الاثنين. وأسفرت الغارة على بعلبك فجر الثلاثاء عن "
     "مقتل شخصين.", BAALBEK, [MON], 2),
    ("masa-wafajr-ar", "ar", "هاجمت مسيرات روسية خاركيف مساء الاثنين. وفجر الثلاثاء أصابت المسيرات مدرسة في خاركيف.",
     KHARKIV, [MON], None),
    ("lail-fajr-ar", "ar", "استهدفت مسيرة سيارة في النبطية ليل الأحد. واستهدفت مسيرة سيارة في النبطية فجر الاثنين ما "
     "أدى إلى مقتل شخصين.", NABATIEH, [dt.date(2024, 2, 18)], 2),
    ("lail-early-hours-ar", "ar", "سقطت صواريخ على سديروت ليل الاثنين. وسقطت الصواريخ على سديروت في الساعات الأولى من "
     "صباح الثلاثاء.", SDEROT, [MON], None),
    # -- the aftermath told the next day --------------------------------------------------------------------------------
    ("rescuers-after-en", "en", "An airstrike on Jabalia on Monday killed eight people. Rescuers pulled bodies from the "
     "rubble in Jabalia on Tuesday after the strike.", JABALIA, [MON], 8),
    ("rescue-work-after-en", "en", "A Russian missile struck Odesa late Monday, killing three. Rescue work in Odesa "
     "continued on Tuesday after the strike.", ODESA, [MON], 3),
    ("residents-following-en", "en", "An Israeli airstrike hit Khan Younis on Monday, killing ten. Residents searched "
     "the rubble in Khan Younis on Tuesday following the attack.", KHAN_YOUNIS, [MON], 10),
    ("buried-lendemain-fr", "fr", "Une frappe israélienne a touché Nousseirat lundi, tuant six personnes. Les proches ont "
     "enterré les morts à Nousseirat mardi, au lendemain de la frappe.", NUSEIRAT, [MON], 6),
    ("decombres-apres-fr", "fr", "Une frappe israélienne a touché Khan Younès lundi. Mardi, les habitants fouillaient "
     "les décombres à Khan Younès après la frappe.", KHAN_YOUNIS, [MON], None),
    ("funeral-baad-ar", "ar", "استهدفت غارة إسرائيلية منزلا في النصيرات يوم الاثنين ما أدى إلى مقتل ستة أشخاص. وشيع "
     "الأهالي الضحايا في النصيرات يوم الثلاثاء بعد الغارة.", NUSEIRAT, [MON], 6),
    ("rescuers-ithr-ar", "ar", "استهدفت غارة إسرائيلية خان يونس يوم الاثنين. وواصل المسعفون البحث تحت الأنقاض في خان "
     "يونس يوم الثلاثاء إثر الغارة.", KHAN_YOUNIS, [MON], None),
    # -- the incident named again, with its toll --------------------------------------------------------------------
    ("bilan-attaque-de-drone-fr", "fr", "Un drone a frappé Belgorod lundi. Le bilan de l'attaque de drone sur Belgorod "
     "s'est alourdi mardi à quatre morts.", BELGOROD, [MON], 4),
    ("hasila-toll-ar", "ar", "استهدفت مسيرة أوكرانية بيلغورود يوم الاثنين. وارتفعت حصيلة الهجوم على بيلغورود إلى "
     "أربعة قتلى يوم الثلاثاء.", BELGOROD, [MON], 4),
    # -- a statement's day after an elided subject --------------------------------------------------------------------
    ("rapporte-l-agence-fr", "fr", "Des avions israéliens ont frappé Khiam lundi, tuant deux personnes. Les avions ont "
     "frappé Khiam vers 23h30, a rapporté l'agence mardi.", KHIAM, [MON], 2),
]

# two real attacks on consecutive days: each stays (a word of novelty before the full stop, "مجددا.", is read)
TWO = [
    ("mujaddadan-fullstop-ar", "ar", "قصفت الطائرات الإسرائيلية رفح يوم الاثنين. واستؤنف القصف على رفح يوم الثلاثاء "
     "مجددا.", RAFAH, [MON, TUE]),
]


@pytest.mark.parametrize("case", ONE, ids=[c[0] for c in ONE])
def test_one_incident_told_twice_is_one_event(case, gaz):  # noqa: F811
    _, lang, text, site, days, killed = case
    evs = _at(_read(text, lang, gaz), site)
    assert [e.date.earliest for e in evs] == days
    if killed is not None:
        assert evs[0].killed.best == killed


@pytest.mark.parametrize("case", TWO, ids=[c[0] for c in TWO])
def test_two_attacks_on_consecutive_days_stay_two(case, gaz):  # noqa: F811
    _, lang, text, site, days = case
    evs = _at(_read(text, lang, gaz), site)
    assert [e.date.earliest for e in evs] == days


@pytest.mark.parametrize("language, text, site", [
    ("en", "Israeli jets struck Baalbek late Monday. Early Tuesday the strikes on Baalbek killed two people, the agency "
     "said.", BAALBEK),
    ("fr", "Des drones russes ont frappé Kharkiv lundi soir. Mardi matin, les drones ont frappé Kharkiv, tuant trois "
     "personnes.", KHARKIV),
])
def test_one_night_told_from_both_sides_is_dated_by_both_days(gaz, language, text, site):
    # (annotators give such a night either of its days: the event spans both, as "overnight" does)
    [ev] = _at(_read(text, language, gaz), site)
    assert (ev.date.earliest, ev.date.latest) == (MON, TUE)
