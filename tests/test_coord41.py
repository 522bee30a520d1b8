"""Session 41 (coord): datelines with a weekday, a second place joined to one verb, a recalled attack's places.

1. A dateline may give the weekday before its date ("BEYROUTH, mardi 12 mars 2024 -", "بيروت، الثلاثاء 12 آذار
   2024 -"): the body's relative words count from its day, when the metadata's date is a day or two later.
2. "Rockets fell on X and hit a house in Y": a second verb of hitting with the first one's subject, its object
   a second site of the same salvo (as "struck X and Y").
3. "هددت إيران واشنطن اليوم، بعد يوم من غارات على X وY": the threat is the reaction's; X and Y were struck.
"""
import datetime as dt

import pytest

from tests.factories import events_of, km

PUB = dt.date(2024, 3, 13)  # a Wednesday; the datelines below give Tuesday 12 March
KHIAM, BINT_JBEIL, NABATIEH = (33.328, 35.613), (33.119, 35.433), (33.377, 35.484)
BUKAMAL, MAYADIN = (34.452, 40.919), (35.020, 40.452)


def _near(events, point, tol=8):
    return [e for e in events if e.place is not None and km(e.place.lat, e.place.lon, *point) <= tol]


def _days(events):
    return {(e.date.earliest, e.date.latest) for e in events if e.date is not None}


# -- 1. a dateline with its weekday --------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "BEYROUTH, mardi 12 mars 2024 - Une frappe israélienne a touché Nabatieh lundi."),
    ("fr", "BEYROUTH, mardi 12 mars (AFP) - Une frappe israélienne a touché Nabatieh hier."),
    ("en", "BEIRUT, Tuesday March 12 - An Israeli strike hit Nabatieh yesterday, killing three."),
    ("en", "BEIRUT, Tuesday, March 12 (Reuters) - An Israeli strike hit Nabatieh on Monday, killing three."),
    ("ar", "بيروت، الثلاثاء 12 آذار/مارس 2024 - استهدفت غارة إسرائيلية بلدة النبطية يوم الاثنين."),
    ("ar", "بيروت، الثلاثاء 12 آذار (وكالات) - استهدفت غارة إسرائيلية بلدة النبطية أمس."),
])
def test_weekday_dateline_dates_the_body(lang, text):
    evs = _near(events_of(text, lang, PUB), NABATIEH)
    assert evs and _days(evs) == {(dt.date(2024, 3, 11), dt.date(2024, 3, 11))}, [(e.place_name, e.date) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("fr", "GAZA, 12 mars 2024 (AFP) - Une frappe israélienne a touché Nabatieh aujourd'hui."),
    ("ar", "بيروت، الثلاثاء 12 آذار/مارس 2024 - استهدفت غارة إسرائيلية بلدة النبطية فجر اليوم."),
    ("en", "BEIRUT, Tuesday, 12 March - An Israeli strike hit Nabatieh today, killing three."),
])
def test_dateline_day_is_today(lang, text):
    evs = _near(events_of(text, lang, PUB), NABATIEH)
    assert evs and _days(evs) == {(dt.date(2024, 3, 12), dt.date(2024, 3, 12))}


@pytest.mark.parametrize("lang,text", [
    # a dateline ten days before the metadata's date is no slip: "yesterday" counts from the metadata's day
    ("en", "BEIRUT, March 2 (Reuters) - An Israeli strike hit Nabatieh yesterday, killing three."),
    ("fr", "BEYROUTH, samedi 2 mars 2024 - Une frappe israélienne a touché Nabatieh hier."),
    # nor one after it
    ("en", "BEIRUT, Thursday, March 14 (Reuters) - An Israeli strike hit Nabatieh yesterday, killing three."),
    ("ar", "بيروت، الخميس 14 آذار 2024 - استهدفت غارة إسرائيلية بلدة النبطية أمس."),
])
def test_far_or_future_dateline_is_ignored(lang, text):
    evs = _near(events_of(text, lang, PUB), NABATIEH)
    assert evs and _days(evs) == {(dt.date(2024, 3, 12), dt.date(2024, 3, 12))}


def test_weekday_heading_without_place_is_no_dateline():
    from geo_events.dates import dateline_date

    assert dateline_date("Mardi 12 mars 2024 - Une frappe a touché Nabatieh lundi.", "fr", PUB) is None
    assert dateline_date("BEYROUTH, mardi 12 mars 2024 - Une frappe a touché Nabatieh lundi.", "fr", PUB) \
        == dt.date(2024, 3, 12)


# -- 2. a second place of one verb ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Rockets fell on Khiam and hit a house in Bint Jbeil on Tuesday."),
    ("en", "Rockets fell on Khiam and struck Bint Jbeil on Tuesday."),
    ("en", "An Israeli drone struck a car in Khiam and hit a house in Bint Jbeil on Tuesday."),
    ("fr", "Des roquettes sont tombées sur Khiam et ont touché une maison à Bint Jbeil mardi."),
    ("fr", "Des roquettes ont frappé Khiam et ont endommagé une maison à Bint Jbeil mardi."),
    ("ar", "سقطت صواريخ على الخيام وأصابت منزلا في بنت جبيل يوم الثلاثاء."),
    ("ar", "سقطت صواريخ على الخيام وأصابت منزلا في بنت جبيل."),
    ("ar", "قصفت مدفعية إسرائيلية بلدة الخيام واستهدفت منزلا في بنت جبيل يوم الثلاثاء."),
])
def test_second_verb_second_site(lang, text):
    evs = events_of(text, lang, PUB)
    assert _near(evs, KHIAM) and _near(evs, BINT_JBEIL), [(e.event_type, e.place_name) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "Rockets fell on Khiam and hit a house in Bint Jbeil on Tuesday."),
    ("fr", "Des roquettes sont tombées sur Khiam et ont touché une maison à Bint Jbeil mardi."),
    ("ar", "سقطت صواريخ على الخيام وأصابت منزلا في بنت جبيل يوم الثلاثاء."),
])
def test_second_site_is_the_same_salvo(lang, text):
    evs = events_of(text, lang, PUB)
    assert {e.event_type for e in evs} == {"rocket attack"}, [(e.event_type, e.place_name) for e in evs]
    assert _days(evs) == {(dt.date(2024, 3, 12), dt.date(2024, 3, 12))}


def test_first_verb_with_its_own_day_stays_a_clause():
    # "ont frappé X lundi et ont touché Y mardi": two days, each place keeps its own
    evs = events_of("Des roquettes ont frappé Khiam lundi et ont touché une maison à Bint Jbeil mardi.", "fr", PUB)
    assert _days(_near(evs, KHIAM)) == {(dt.date(2024, 3, 11), dt.date(2024, 3, 11))}
    assert _days(_near(evs, BINT_JBEIL)) == {(dt.date(2024, 3, 12), dt.date(2024, 3, 12))}


@pytest.mark.parametrize("lang,text", [
    # "struck X, near Y": Y locates X, no second site
    ("en", "Rockets struck Khiam, near Marjayoun, on Tuesday."),
    ("fr", "Des roquettes ont frappé Khiam, près de Marjayoun, mardi."),
    # a second verb that is no hit ("and killed two people") opens no site
    ("en", "An Israeli drone struck a car in Khiam and killed two people on Tuesday."),
])
def test_near_place_stays_a_reference(lang, text):
    evs = events_of(text, lang, PUB)
    assert len(evs) == 1 and _near(evs, KHIAM), [(e.event_type, e.place_name) for e in evs]


# -- 3. a recalled attack's places after a threat ------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("ar", "هددت إيران واشنطن اليوم، بعد يوم من غارات على البوكمال والميادين."),
    ("ar", "توعدت إيران بالرد اليوم، بعد يومين من غارات أمريكية على البوكمال والميادين."),
    ("en", "Iran threatened Washington on Tuesday, a day after U.S. strikes on Albu Kamal and Mayadin."),
    ("fr", "L'Iran a menacé Washington mardi, au lendemain de frappes américaines sur Boukamal et Mayadine."),
])
def test_recalled_attack_keeps_its_places(lang, text):
    evs = events_of(text, lang, PUB)
    assert _near(evs, BUKAMAL) and _near(evs, MAYADIN), [(e.place_name, e.date) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("ar", "هددت إيران بقصف البوكمال والميادين."),
    ("en", "Iran threatened to strike Albu Kamal and Mayadin."),
])
def test_threat_is_still_no_attack(lang, text):
    assert not _near(events_of(text, lang, PUB), BUKAMAL)


def test_city_hit_reads_past_the_gap():
    from geo_events.salience import city_hit

    assert city_hit("هددت إيران واشنطن اليوم، بعد يوم من غارات على البوكمال والميادين.", "البوكمال")
    assert not city_hit("هددت إيران بقصف البوكمال.", "البوكمال")
