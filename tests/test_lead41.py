"""Leads, datelines and "after" clauses: dates and events lost around the lead (session 41).

A dateline with no agency ("KYIV, Feb 19 - Drones hit ...") had its day read as a projectile count or a toll (the
dash was taken for a word between the figure and its noun). An attack told "hours after" the news ("quelques heures
après", "بعد ساعات من") was cut as background; it is an event of its own, of the news' day (the day before when the
news came early or overnight). A toll lead ("said on Tuesday the toll had risen to five, a day after a strike on X")
lost the gap's day to the toll's; "la nuit précédente" was no date; "أصابت طائرة مسيرة عسقلان" named no place. A
reaction lead (a threat, a condemnation, a visit) took the place threatened or visited as the target of the attack
it answers, or dropped that attack; its gap now dates the attack, counted back from the reaction's day (or from the
report's when the reaction gives none), and the body sentences told after it take that day.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of, km

PUBLISHED = dt.date(2024, 3, 13)  # a Wednesday: Tuesday 12, Monday 11
TUE, MON = dt.date(2024, 3, 12), dt.date(2024, 3, 11)

KHARKIV = (49.98, 36.25)
NABATIEH = (33.377, 35.484)
TYRE = (33.273, 35.194)
KIRYAT_SHMONA = (33.21, 35.57)
BELGOROD = (50.60, 36.58)
ASHKELON = (31.669, 34.571)
SDEROT = (31.525, 34.597)
ODESA = (46.486, 30.744)
NAHARIYA = (33.009, 35.098)
BEIRUT = (33.893, 35.502)
METULA = (33.279, 35.579)
ALBU_KAMAL = (34.452, 40.919)
MAYADIN = (35.020, 40.452)
KHIAM = (33.328, 35.613)


def at(events, point, tol: float = 8):
    """The events placed within ``tol`` km of ``point``."""
    return [e for e in events if e.place is not None and km(e.place.lat, e.place.lon, *point) <= tol]


def one_at(text: str, lang: str, point, published: dt.date = PUBLISHED):
    found = at(events_of(text, lang, published), point)
    assert len(found) == 1, [(e.event_type, e.place_name, e.date) for e in events_of(text, lang, published)]
    return found[0]


def day(event) -> tuple:
    return (event.date.earliest, event.date.latest) if event.date is not None else None


# -- 1. a dateline's day is no count, no toll --------------------------------------------------------------------

@pytest.mark.parametrize("lang, text", [
    ("en", "KYIV, Feb 19 - Rockets and drones hit Kharkiv overnight."),
    ("en", "Kyiv, Feb 19 - Drones hit Kharkiv overnight."),
    ("en", "KYIV, February 19, 2024 - Drones hit Kharkiv overnight."),
    ("fr", "KIEV, 19 février 2024 - Drones et missiles ont frappé Kharkiv."),
])
def test_dateline_day_is_no_count(lang, text):
    assert one_at(text, lang, KHARKIV).count.best is None


def test_dateline_day_is_no_toll():
    ev = one_at("KYIV, Feb 19 - Wounded civilians were taken to hospital after drones hit Kharkiv.", "en", KHARKIV)
    assert ev.injured.best is None


@pytest.mark.parametrize("lang, text, count", [
    # guards: a real count after the dateline, and a month's day before one told in words
    ("en", "KYIV, Feb 19 - Russia fired 19 drones at Kharkiv overnight.", 19),
    ("en", "On Feb 19 two drones hit Kharkiv.", 2),
    ("fr", "KIEV, 12 mars (AFP) - La Russie a tiré 25 drones sur Kharkiv dans la nuit.", 25),
])
def test_real_count_after_dateline_kept(lang, text, count):
    assert one_at(text, lang, KHARKIV).count.best == count


# -- 2. "hours after": the earlier attack is an event of its own ---------------------------------------------------

@pytest.mark.parametrize("lang, text, news, recalled", [
    ("en", "Israeli jets struck Tyre on Tuesday, hours after Hezbollah fired rockets at Kiryat Shmona.",
     TYRE, KIRYAT_SHMONA),
    ("en", "Russia pounded Kharkiv with missiles on Tuesday, just hours after a Ukrainian drone attack on Belgorod.",
     KHARKIV, BELGOROD),
    ("fr", "Des avions israéliens ont frappé Tyr mardi, quelques heures après des tirs de roquettes du Hezbollah sur "
           "Kiryat Shmona.", TYRE, KIRYAT_SHMONA),
    ("fr", "La Russie a bombardé Kharkiv mardi, quelques heures après une attaque de drones ukrainiens sur Belgorod.",
     KHARKIV, BELGOROD),
    ("ar", "شنت طائرات إسرائيلية غارات على صور يوم الثلاثاء، بعد ساعات من إطلاق حزب الله صواريخ على كريات شمونة.",
     TYRE, KIRYAT_SHMONA),
    ("ar", "قصفت روسيا خاركيف بالصواريخ يوم الثلاثاء بعد ساعات من هجوم بطائرات مسيرة أوكرانية على بيلغورود.",
     KHARKIV, BELGOROD),
])
def test_hours_after_attack_is_an_event_of_the_same_day(lang, text, news, recalled):
    evs = events_of(text, lang, PUBLISHED)
    assert [day(e) for e in at(evs, news)] == [(TUE, TUE)]
    assert [day(e) for e in at(evs, recalled)] == [(TUE, TUE)]


def test_hours_before_early_news_is_the_day_before():
    evs = events_of("Israeli jets struck Tyre early on Tuesday, hours after Hezbollah fired rockets at Kiryat Shmona.",
                    "en", PUBLISHED)
    assert [day(e) for e in at(evs, KIRYAT_SHMONA)] == [(MON, MON)]


@pytest.mark.parametrize("lang, text", [
    # guards: "hours after" something that is no attack
    ("en", "The minister visited Sderot on Tuesday, hours after the cabinet meeting ended."),
    ("fr", "Le ministre s'est rendu à Sdérot mardi, quelques heures après une réunion du cabinet."),
    ("ar", "زار الوزير سديروت يوم الثلاثاء بعد ساعات من اجتماع الحكومة."),
])
def test_hours_after_no_attack_makes_no_event(lang, text):
    assert events_of(text, lang, PUBLISHED) == []


# -- 3. a toll lead's gap dates the strike ---------------------------------------------------------------------

@pytest.mark.parametrize("lang, text", [
    ("en", "The health ministry said on Tuesday the toll had risen to five, a day after an Israeli strike on Nabatieh."),
    ("fr", "Le ministère de la Santé a annoncé mardi que le bilan s'élevait à cinq morts, au lendemain d'une frappe "
           "israélienne sur Nabatieh."),
    ("ar", "قالت وزارة الصحة يوم الثلاثاء إن الحصيلة ارتفعت إلى خمسة قتلى، بعد يوم من غارة إسرائيلية على النبطية."),
])
def test_toll_lead_gap_dates_the_strike(lang, text):
    ev = one_at(text, lang, NABATIEH)
    assert day(ev) == (MON, MON)
    assert ev.killed.best == 5


# -- 4. "the night before" in a second sentence --------------------------------------------------------------

@pytest.mark.parametrize("lang, text, point", [
    ("en", "Rockets hit Sderot on Tuesday. The night before, a drone struck Ashkelon.", ASHKELON),
    ("fr", "Des missiles russes ont frappé Kharkiv mardi. La nuit précédente, des drones avaient attaqué Odessa.", ODESA),
    ("fr", "Des missiles russes ont frappé Kharkiv mardi. La nuit d'avant, des drones ont attaqué Odessa.", ODESA),
    ("ar", "سقطت صواريخ على سديروت يوم الثلاثاء. وفي الليلة السابقة، أصابت طائرة مسيرة عسقلان.", ASHKELON),
])
def test_night_before_event_kept_and_dated(lang, text, point):
    assert day(one_at(text, lang, point)) == (MON, MON)


def test_arabic_hit_takes_its_place_as_object():
    ev = one_at("سقطت صواريخ على سديروت يوم الثلاثاء. وأصابت طائرة مسيرة عسقلان.", "ar", ASHKELON)
    assert ev.event_type == "drone attack"


# -- 5. body sentences after a reaction lead take the recalled day -------------------------------------------

@pytest.mark.parametrize("lang, text", [
    ("ar", "أدانت الخارجية اللبنانية اليوم الغارات الإسرائيلية، بعد يوم من هجمات على الجنوب. وسقطت صواريخ على بلدة "
           "الخيام."),
    ("en", "Lebanon condemned the Israeli raids on Wednesday, a day after attacks on the south. Rockets fell on Khiam."),
    ("fr", "Le Liban a condamné mercredi les raids israéliens, au lendemain d'attaques dans le sud. Des roquettes sont "
           "tombées sur Khiam."),
])
def test_body_after_reaction_lead_takes_the_gap_day(lang, text):
    assert day(one_at(text, lang, KHIAM)) == (TUE, TUE)


# -- 6. the place a reaction threatens or visits is no target -------------------------------------------------

@pytest.mark.parametrize("lang, text", [
    ("en", "Israel threatened to strike Beirut on Wednesday, a day after rocket attacks on Nahariya."),
    ("en", "Israel threatened to strike Beirut, a day after rocket attacks on Nahariya."),
    ("fr", "Israël a menacé mercredi de frapper Beyrouth, au lendemain de tirs de roquettes sur Nahariya."),
    ("fr", "Israël a menacé de frapper Beyrouth, au lendemain de tirs de roquettes sur Nahariya."),
    ("ar", "هددت إسرائيل بضرب بيروت، بعد يوم من هجمات على نهاريا."),
    ("ar", "هددت إسرائيل اليوم بضرب بيروت، بعد يوم من هجمات صاروخية على نهاريا."),
])
def test_threat_lead_tells_the_attack_not_the_threatened_place(lang, text):
    evs = events_of(text, lang, PUBLISHED)
    assert at(evs, BEIRUT) == []
    assert [day(e) for e in at(evs, NAHARIYA)] == [(TUE, TUE)]


@pytest.mark.parametrize("lang, text", [
    ("en", "The minister visited Metula on Wednesday, a day after rockets hit the town."),
    ("fr", "Le ministre s'est rendu mercredi à Metula, au lendemain de la chute de roquettes sur la ville."),
    ("ar", "زار الوزير المطلة، بعد يوم من سقوط صواريخ على البلدة."),
])
def test_visit_lead_tells_the_attack_on_the_town_visited(lang, text):
    assert day(one_at(text, lang, METULA)) == (TUE, TUE)


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Iran warned Washington on Wednesday, a day after US strikes on Albu Kamal and Mayadin.", (TUE, TUE)),
    ("fr", "L'Iran a condamné mardi les frappes, au lendemain de raids sur Albou Kamal et Mayadine.", (MON, MON)),
    ("ar", "أدانت سوريا اليوم الغارات، بعد يوم من غارات أمريكية على البوكمال والميادين.", (TUE, TUE)),
])
def test_reaction_lead_tells_both_places_struck(lang, text, want):
    evs = events_of(text, lang, PUBLISHED)
    assert [day(e) for e in at(evs, ALBU_KAMAL)] == [want]
    assert [day(e) for e in at(evs, MAYADIN)] == [want]


@pytest.mark.parametrize("lang, text", [
    # guards: a threat, a condemnation or a visit alone tells no attack
    ("en", "Israel threatened to strike Beirut on Wednesday."),
    ("fr", "Israël a menacé mercredi de frapper Beyrouth."),
    ("ar", "هددت إسرائيل اليوم بضرب بيروت."),
    ("en", "The minister visited Sderot on Tuesday, a day after the cabinet met in Jerusalem."),
    ("fr", "Le ministre s'est rendu mardi à Sdérot, au lendemain d'une réunion du cabinet."),
    ("ar", "زار الوزير سديروت اليوم، بعد يوم من اجتماع الحكومة."),
])
def test_reaction_alone_makes_no_event(lang, text):
    assert events_of(text, lang, PUBLISHED) == []


@pytest.mark.parametrize("lang, text, point", [
    # guard: a funeral lead keeps its attack, dated by the gap
    ("en", "Hezbollah buried three fighters on Tuesday, two days after an Israeli strike on Nabatieh.", NABATIEH),
    ("fr", "Le Hezbollah a enterré mardi trois combattants, deux jours après une frappe israélienne sur Nabatiyé.",
     NABATIEH),
])
def test_funeral_lead_keeps_its_attack(lang, text, point):
    assert day(one_at(text, lang, point)) == (dt.date(2024, 3, 10),) * 2
