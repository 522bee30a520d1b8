"""Arabic wire copy, session 31 (ar31): Lebanon, Yemen, Gaza (invented items).

Every sentence is written for these tests, modelled on agency copy.

- "وأسفرت الغارتان عن استشهاد شخصين" after a raid on X and another on Y is the two raids' toll together: no one
  site's (it went to the site told last); two raids counted on one town keep it.
- "قذائف فوسفورية", "بقذائف الفوسفور الأبيض": phosphorus shells are shelling, not rockets, and kept though no gun
  is named.
- The U.S. command's weapons wrecked on the ground ("دمرت ثلاث طائرات مسيرة ... كانت معدة للإطلاق") are no drone or
  rocket attack; a launcher struck ("أغارت طائراته على منصة صاروخية") is the raid's target, no rocket fired.
- "أطلق حزب الله 20 صاروخا على X، بحسب الجيش الإسرائيلي": the trailing source tells the group as the author, a
  blame (as "وقال الجيش إن حزب الله أطلق" does); the group's own statement stays its claim.
- "أعلن حزب الله استهداف موقع X بالأسلحة المناسبة": a claimed attack with no weapon named is still an incident.
"""
import datetime as dt

import pytest

from factories import events_of, one_event

P = dt.date(2024, 3, 15)


def _one(text):
    return one_event(text, "ar", P)


@pytest.mark.parametrize("text", [
    "استهدفت غارة إسرائيلية منزلا في بلدة ميس الجبل. واستهدفت غارة أخرى سيارة في بلدة حولا. "
    "وأسفرت الغارتان عن سقوط شهيدين.",
    "شن الطيران الإسرائيلي غارة على بلدة ميس الجبل وغارة على بلدة حولا، وأسفرت الغارتان عن استشهاد مواطنين اثنين.",
    "أغارت مسيرة إسرائيلية على سيارة في بلدة الخيام، كما استهدفت غارة ثانية منزلا في بلدة كفركلا، "
    "وأدت الغارتان إلى سقوط ثلاثة شهداء.",
])
def test_the_toll_of_the_two_raids_is_no_one_sites(text):
    evs = events_of(text, "ar", P)
    assert len(evs) == 2 and all(e.killed.best is None for e in evs)
    # (two raids counted on one town keep their toll)
    e = _one("شنت طائرات حربية إسرائيلية غارتين على بلدة الخيام، وأسفرت الغارتان عن استشهاد ثلاثة أشخاص.")
    assert (e.place.name, e.killed.best) == ("El Khiyam", 3)


@pytest.mark.parametrize("text, place", [
    ("أطلق الجيش الإسرائيلي قذائف فوسفورية على أطراف بلدة الضهيرة جنوب لبنان.", "Ed Dhaïra"),
    ("تعرضت بلدة كفركلا لقصف بقذائف الفوسفور الأبيض من قبل الجيش الإسرائيلي.", "Kfar Kila"),
    ("سقطت قذائف فوسفورية على أطراف بلدة رامية.", "Râmîyé"),
])
def test_phosphorus_shells_are_shelling_not_rockets(text, place):
    e = _one(text)
    assert (e.event_type, e.place.name) == ("attack", place)


@pytest.mark.parametrize("text", [
    "أعلنت القيادة المركزية الأمريكية (سنتكوم) أن قواتها دمرت ثلاث طائرات مسيرة وصاروخين في مناطق يسيطر عليها "
    "الحوثيون في اليمن كانت معدة للإطلاق.",
    "قالت القيادة المركزية الأمريكية إنها دمرت صاروخين مضادين للسفن كانا جاهزين للإطلاق في اليمن.",
    "أعلنت سنتكوم تدمير أربع طائرات مسيرة حوثية على الأرض في اليمن.",
])
def test_weapons_destroyed_on_the_ground_are_no_attack(text):
    assert events_of(text, "ar", P) == []


def test_a_launcher_struck_by_aircraft_is_an_airstrike():
    e = _one("أعلن جيش الاحتلال أن طائراته الحربية أغارت على منصة صاروخية في منطقة مرجعيون.")
    assert (e.event_type, e.place.name, e.count.best) == ("airstrike", "Marjayoun", None)
    # (rockets fired from a launcher are still rockets)
    e = _one("أطلق حزب الله صواريخ من منصة في بلدة القليلة على نهاريا.")
    assert (e.event_type, e.place.name) == ("rocket attack", "Nahariyya")


@pytest.mark.parametrize("text, accused", [
    ("أطلق حزب الله 20 صاروخا على كريات شمونة، بحسب الجيش الإسرائيلي.", "Hezbollah"),
    ("أطلقت حركة حماس صواريخ على عسقلان، وفقا للجيش الإسرائيلي.", "Hamas"),
    ("أطلق الحوثيون صاروخا باليستيا على إيلات، حسبما أفاد الجيش الإسرائيلي.", "Houthis"),
])
def test_a_trailing_source_tells_the_group_as_the_accused(text, accused):
    e = _one(text)
    assert (list(e.blamed_on), list(e.claimed_by)) == ([accused], [])
    # (the group's own statement after it stays its claim)
    e = _one("استهدف حزب الله ثكنة زرعيت بصاروخين، وفق بيان للحزب.")
    assert (list(e.claimed_by), list(e.blamed_on)) == (["Hezbollah"], [])


def test_a_claimed_attack_with_the_weapon_unsaid_is_an_incident():
    e = _one("أعلن حزب الله استهداف موقع المالكية بالأسلحة المناسبة وتحقيق إصابات مباشرة.")
    assert (e.place.name, list(e.claimed_by)) == ("Malkiyya", ["Hezbollah"])
