"""Arabic news grammar, round 15: the day of an accusation or a condemnation set between commas is the
statement's day, not the attack's; an adjective of an area ("مناطق وعرة") is no "and"-joined place; the bare
head of a clan's name ("البو", "أبي") does not end the name even when a foreign town is spelled so; a
projectile's adjective ("مقذوف عسكري") is no soldier killed; and what followed an attack ("في أعقاب الهجوم")
adds no place to it.

The sentences are written for these tests, with places, wording and numbers of their own.
"""
import datetime as dt
from pathlib import Path

import pytest

from factories import frames_of, value_of
from geo_events import arabic

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "geonames").is_dir(),
                                reason="needs ../shared/data (GeoNames extract) for the gazetteer")

PUBLISHED = dt.date(2024, 5, 14)  # a Tuesday


class _D:
    def __init__(self, text, phrase):
        self.start = text.index(phrase)
        self.end = self.start + len(phrase)
        self.span = phrase


def _kept(text, *phrases):
    t = arabic.clean(text)
    return [d.span for d in arabic.incident_dates(t, [_D(t, arabic.clean(p)) for p in phrases])]


# --------------------------------------------------------------------------- the day of an accusation


@pytest.mark.parametrize("text, aside, incident", [
    ("اتهمت قيادة الشرطة في كركوك، يوم الأحد، مسلحين بتنفيذ هجوم استهدف مساء السبت نقطة تفتيش",
     "يوم الأحد", "مساء السبت"),
    ("وأدانت وزارة الخارجية، اليوم الاثنين، القصف الذي طال فجر الأحد مخيما للنازحين",
     "اليوم الاثنين", "فجر الأحد"),
    ("ونفت الحركة، الجمعة، مسؤوليتها عن إطلاق صواريخ ليل الخميس",
     "الجمعة", "ليل الخميس"),
])
def test_the_day_set_off_after_an_accusation_or_condemnation_is_the_statements(text, aside, incident):
    assert _kept(text, aside, incident) == [arabic.clean(incident)]


def test_an_accusation_with_no_other_day_keeps_its_day():
    # nothing else dates the clause: the day said is still the best bound of the incident
    text = "اتهمت الإدارة المحلية، الأربعاء، فصيلا مسلحا بقصف القرية"
    assert _kept(text, "الأربعاء") == ["الأربعاء"]


@needs_data
def test_an_attack_told_after_an_accusation_takes_the_day_of_the_attack():
    text = ("اتهمت قيادة عمليات نينوى، يوم الاثنين، مسلحين بالوقوف وراء هجوم بقذائف هاون استهدف مساء أمس "
            "الأحد قرية بعويزة شمال المدينة، ما أدى إلى إصابة أربعة مدنيين.")
    frames = frames_of(text, "ar", dt.date(2024, 5, 13))
    assert len(frames) == 1
    assert value_of(frames[0], "date").earliest == dt.date(2024, 5, 12)


# --------------------------------------------------------------------------- adjectives of areas


@pytest.mark.parametrize("text, known", [
    ("وقال المصدر إن المسلحين تحصنوا في مناطق وعرة شمال البلدة", "عرة"),
    ("وانتشرت القوات في مناطق واسعة من الريف الشرقي", "اسعة"),
])
def test_an_area_adjective_is_not_and_plus_a_place(text, known):
    found = arabic.find_mentions(arabic.clean(text), {known}.__contains__)
    assert [m.name for m in found] == []


def test_a_real_and_joined_place_after_an_area_noun_is_still_read():
    found = arabic.find_mentions(arabic.clean("سقطت قذائف على مناطق في الحمدانية وبرطلة"),
                                 {"الحمدانية", "برطلة"}.__contains__)
    assert [m.name for m in found] == ["الحمدانية", "برطلة"]


# --------------------------------------------------------------------------- a distance from a district


@needs_data
@pytest.mark.parametrize("text, km", [
    ("نفذت طائرات حربية غارة جوية على بعد نحو 20 كيلومترا غرب قضاء حديثة، ما أدى إلى مقتل ثلاثة مسلحين.", 20),
    ("انفجرت عبوة ناسفة على بعد 5 كيلومترات شرق ناحية العلم صباح اليوم.", 5),
])
def test_a_distance_and_bearing_before_a_district_still_place_the_attack_off_it(text, km):
    # the district stays the target the position is told from: the resolver moves it by the distance
    from geo_events import pipeline
    from geo_events.models import Document
    result = pipeline.process([Document("t.txt", text, "ar", PUBLISHED)])
    (event,) = result.events
    assert event.place is not None and f"{km} km" in event.place.name


# --------------------------------------------------------------------------- clan-name heads


@pytest.mark.parametrize("text, known, name", [
    ("انفجرت عبوة ناسفة في منطقة البو عيثة جنوب العاصمة", {"البو"}, "البو عيثة"),
    ("سقطت قذيفة هاون قرب ناحية أبي غريب", {"أبي"}, "أبي غريب"),
])
def test_a_clan_head_the_gazetteer_spells_alone_does_not_end_the_name(text, known, name):
    found = arabic.find_mentions(arabic.clean(text), known.__contains__)
    assert [m.name for m in found][:1] == [name]


def test_a_clan_name_the_gazetteer_knows_whole_is_taken_whole():
    found = arabic.find_mentions(arabic.clean("سقطت قذيفة في منطقة البو فراج شمال الرمادي"),
                                 {"البو", "البو فراج", "الرمادي"}.__contains__)
    assert found[0].name == "البو فراج"


# --------------------------------------------------------------------------- a projectile's adjective


@pytest.mark.parametrize("text, killed", [
    ("وتلقت الفرق بلاغا عن سقوط صاروخ عسكري في ساحة البلدة", []),
    ("وأفاد الدفاع المدني بسقوط مقذوف عسكري قرب المدرسة", []),
    # a victim is still read after the fall of the projectile
    ("أسفر سقوط مقذوف عسكري على السوق عن وفاة طفل", [(1, None)]),
    ("مصرع جندي عراقي بانفجار عبوة", [(1, None)]),
])
def test_a_projectiles_adjective_is_no_soldier_killed(text, killed):
    assert arabic.casualties(arabic.clean(text), "killed") == killed


# --------------------------------------------------------------------------- what followed an attack


@needs_data
@pytest.mark.parametrize("after", [
    "وفي أعقاب الهجوم، أحرق مسلحون مجهولون عددا من المنازل في قرية المنصورية المجاورة.",
    "وفي أعقاب هجوم خانقين، نزحت عشرات العائلات من قرية المنصورية القريبة إلى مركز المحافظة.",
])
def test_what_followed_an_attack_is_no_new_place_for_it(after):
    text = ("قتل ثلاثة جنود بانفجار عبوة ناسفة استهدفت دوريتهم قرب قضاء خانقين مساء يوم الأحد الماضي.\n\n" + after)
    frames = frames_of(text, "ar", PUBLISHED)
    assert [value_of(f, "target").name for f in frames] == ["خانقين"]


@pytest.mark.parametrize("text, generic", [
    ("وفي أعقاب القصف، فرضت القوات الأمنية طوقا حول القرية", True),
    ("وقتل جنديان إثر هجوم بقذائف الهاون على القرية", False),
])
def test_in_the_aftermath_of_an_attack_tells_no_attack(text, generic):
    from geo_events import lexicon
    import re
    assert bool(re.search(lexicon.GENERIC["ar"], arabic.clean(text))) is generic
