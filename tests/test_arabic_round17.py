"""Arabic news grammar, round 17: a common word spelled like a far town's Arabic alias ("أمن" security,
"بنى" structures, "ميناء" a port) is no place after a bare preposition; an air power's attack with missiles
("عدوان إسرائيلي بالصواريخ", "شن العدو الإسرائيلي عدوانا بالصواريخ") is an airstrike; "قد" before a perfect verb
("وقد تصدت") is a past fact, not the modal "may"; a shot-down drone ("أسقطت") is not an impact ("سقطت"); a place
at sea is named by its coast ("قبالة سواحل X").

The sentences are written for these tests, with places, wording and numbers of their own.
"""
import datetime as dt
from pathlib import Path

import pytest

from factories import frames_of, value_of
from geo_events import arabic
from geo_events.extract import _known_name, _vocab

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "geonames").is_dir(),
                                reason="needs ../shared/data (GeoNames extract) for the gazetteer")

PUBLISHED = dt.date(2024, 5, 14)  # a Tuesday


def _names(frames):
    return [value_of(f, "target").name for f in frames]


def _types(frames):
    return [value_of(f, "event_type") for f in frames]


def _mentions(text):
    return [m.name for m in arabic.find_mentions(arabic.clean(text), _known_name, foreign=arabic.foreign_alias_only)]


# --------------------------------------------------------------------------- common words spelled like far towns


@needs_data
@pytest.mark.parametrize("text", [
    "وقال الوزير إن هذه الأعمال تستهدف أمن الأردن واستقراره",  # security of
    "أغارت المقاتلات على بنى تحتية للمسلحين في الصحراء",  # infrastructure
    "وأكد أن السفينة ستواصل طريقها إلى ميناء الوصول",  # a port, no name
])
def test_a_common_word_spelled_like_a_far_towns_alias_is_no_place(text):
    found = _mentions(text)
    assert not any(n in ("أمن", "بنى", "ميناء") for n in found), found


@needs_data
@pytest.mark.parametrize("word, foreign", [
    ("أمن", True), ("بنى", True),  # security, structures: the aliases of small far towns
    ("بغداد", False), ("تدمر", False),  # places of the region
    ("كييف", False),  # a far city of millions is meant from afar
    ("كلمةلاوجودلها", False),  # unknown: nothing to say
])
def test_a_far_towns_alias_is_told_from_a_place_of_the_region(word, foreign):
    assert arabic.foreign_alias_only(word) is foreign


@needs_data
@pytest.mark.parametrize("text, place", [
    ("سقطت قذيفتان على أطراف مدينة الرمادي", "الرمادي"),
    ("استهدفت طائرة مسيرة سيارة في القامشلي", "القامشلي"),
    ("قصفت القوات الروسية مواقع قرب خاركوف", "خاركوف"),  # a big foreign city is still a place
    ("سقطت مسيرات على بيلغورود", "بيلغورود"),
])
def test_places_after_a_preposition_are_still_found(text, place):
    assert place in _mentions(text)


@needs_data
def test_an_attack_on_infrastructure_in_listed_villages_is_no_attack_on_a_word():
    text = ("وقال الجيش في بيان إن طائراته أغارت يوم الاثنين على بنى تحتية للمسلحين في مناطق الخيام وكفركلا، "
            "ولم ترد أنباء عن إصابات.")
    names = _names(frames_of(text, "ar", PUBLISHED))
    assert "بنى" not in names
    assert set(names) <= {"الخيام", "كفركلا"} and "الخيام" in names


# --------------------------------------------------------------------------- an air power's missiles


@pytest.mark.parametrize("text", [
    "عدوان إسرائيلي بالصواريخ استهدف مطار حماة العسكري",
    "وكان العدو الإسرائيلي قد شن يوم الجمعة عدوانا بالصواريخ على منطقة السيدة زينب",
    "شنت مقاتلات أمريكية غارات بصواريخ موجهة على مواقع في البوكمال",
    "قصف روسي بالصواريخ على أطراف إدلب",
])
def test_an_air_powers_attack_with_missiles_is_an_air_power_attack(text):
    assert arabic.air_power_attack(arabic.clean(text))


@pytest.mark.parametrize("text", [
    "استهدف حزب الله مواقع إسرائيلية بالصواريخ ردا على العدوان الإسرائيلي",  # the reply, not the attacker
    "سقطت ثلاثة صواريخ على قاعدة أمريكية في الحسكة",  # the base is American, not the rockets
    "قال الجيش الإسرائيلي إن منظومة الدفاع اعترضت صاروخا فوق البحر",  # a speaker
    "أطلقت إيران صواريخ باليستية على قاعدة أمريكية",
    "قصف مدفعي إسرائيلي استهدف أطراف بلدة الخيام",  # artillery: shelling, not an airstrike
])
def test_missiles_aimed_at_an_air_power_or_fired_by_others_are_not(text):
    assert not arabic.air_power_attack(arabic.clean(text))


@needs_data
def test_israeli_missiles_make_an_airstrike():
    text = "وذكر مصدر عسكري أن عدوانا إسرائيليا بالصواريخ استهدف فجر اليوم الثلاثاء مطار حماة العسكري، ما أدى إلى إصابة جنديين."
    frames = frames_of(text, "ar", PUBLISHED)
    assert _types(frames) == ["airstrike"]


@needs_data
def test_a_militias_rockets_in_reply_stay_a_rocket_attack():
    text = ("أعلن حزب الله أنه استهدف يوم الاثنين موقعا عسكريا في مستوطنة المطلة بصواريخ الكاتيوشا ردا على "
            "العدوان الإسرائيلي على القرى الجنوبية.")
    assert "airstrike" not in _types(frames_of(text, "ar", PUBLISHED))


# --------------------------------------------------------------------------- "قد" + perfect, "أسقطت"


@pytest.mark.parametrize("text, generic", [
    ("وقد تصدت الدفاعات الجوية للصواريخ وأسقطت معظمها", False),  # has confronted: a past fact
    ("وقد تمكنت القوات من إسقاط الطائرة", False),
    ("وقد تم اعتراض المسيرة فوق الصحراء", False),  # has been: "تم" after قد is the perfect
    ("ويرى خبراء أن الهجمات قد تمتد إلى الموانئ", True),  # may spread
    ("ويخشى مراقبون أن الجماعات قد تستهدف القواعد مجددا", True),  # may target: the modal
    ("وحذر من أن الفصائل قد توسع هجماتها", True),
])
def test_qad_before_a_perfect_verb_is_no_modal(text, generic):
    t = arabic.clean(text)
    assert bool(_vocab("ar")["generic"].search(t, None)) is generic


@pytest.mark.parametrize("text, impact", [
    ("أسقطت الدفاعات الجوية طائرتين مسيرتين", False),
    ("وأسقطت القوات ثلاث مسيرات فوق البحر", False),
    ("سقطت قذيفة على منزل", True),
    ("وسقطت الطائرة في أرض زراعية", True),
])
def test_shooting_down_is_no_impact(text, impact):
    assert bool(_vocab("ar")["impact"].search(arabic.clean(text), None)) is impact


@needs_data
def test_a_confronted_raid_is_still_an_incident_of_its_day():
    text = ("وأضاف المصدر أن العدو نفذ فجر اليوم عدوانا جويا مستهدفا بعض النقاط في محيط مدينة القطيفة، "
            "وقد تصدت وسائط الدفاع الجوي للصواريخ وأسقطت معظمها.")
    frames = frames_of(text, "ar", PUBLISHED)
    assert _names(frames) == ["القطيفة"]
    assert value_of(frames[0], "date").earliest == PUBLISHED


# --------------------------------------------------------------------------- at sea off a coast


@needs_data
@pytest.mark.parametrize("text, place", [
    ("اعترضت فرقاطة طائرة مسيرة قبالة سواحل المخا", "المخا"),
    ("أسقطت القوات صاروخا فوق البحر قبالة عدن", "عدن"),
    ("انفجرت عبوة على شاطئ اللاذقية", "اللاذقية"),
])
def test_a_place_at_sea_is_named_by_its_coast(text, place):
    assert place in _mentions(text)
