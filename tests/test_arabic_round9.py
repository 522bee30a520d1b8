"""Arabic news grammar, round 9: victims of two kinds joined by و (a singular and a dual, a rank between), a
time phrase between a casualty verb and its figure, the pluperfect that looks back at an older incident, who
speaks and where a source sits (not targets), the road of one town near another, relative-clause verbs, verbal
nouns that govern an attack, an object that follows its verb with no و, adjectives after "منطقة", and the
military sector "قاطع".

The sentences are written for these tests, with places, wording and numbers of their own.
"""
import datetime as dt
from pathlib import Path

import pytest

from geo_events import arabic
from geo_events.models import Document

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def killed(text):
    return arabic.casualties(arabic.clean(text), "killed")


def injured(text):
    return arabic.casualties(arabic.clean(text), "injured")


def mentions(text, names):
    """Mentions read with a gazetteer that knows exactly ``names`` (no data files needed)."""
    known = frozenset(names)
    return [(m.name, m.role, m.cue) for m in arabic.find_mentions(arabic.clean(text), known.__contains__)]


# --------------------------------------------------------------------------- casualties


@pytest.mark.parametrize("text,expected", [
    # a singular victim and a dual of another kind: 1 + 2
    ("أسفر القصف عن استشهاد شرطي ومسعفين اثنين وإصابة خمسة آخرين", 3),
    ("وأدت الغارة إلى مقتل صحفي وعاملين اثنين في منظمة إغاثية", 3),
    # a rank after the first victim does not hide the others
    ("وأسفر الانفجار عن مقتل جندي برتبة عريف ومدنيين اثنين", 3),
    ("ما أدى إلى استشهاد ضابط برتبة نقيب وثلاثة جنود", 4),
    ("قتل مقاتل برتبة رائد وخمسة من مرافقيه", 6),
])
def test_victims_of_two_kinds_add_up(text, expected):
    assert killed(text) == [(expected, None)]


def test_a_dual_alone_is_still_two():
    assert killed("وأسفر الهجوم عن مقتل مسافرين اثنين") == [(2, None)]


@pytest.mark.parametrize("text,which,expected", [
    ("وقتل ليلة الجمعة ستة مدنيين بقصف مدفعي على السوق", "killed", 6),
    ("وأصيب صباح الثلاثاء تسعة عمال بجروح في انفجار", "injured", 9),
    ("استشهد فجر اليوم ثلاثة مزارعين وأصيب اثنان آخران", "killed", 3),
])
def test_a_time_phrase_between_the_verb_and_its_figure(text, which, expected):
    assert arabic.casualties(arabic.clean(text), which) == [(expected, None)]


# --------------------------------------------------------------------------- the pluperfect of history


def test_the_pluperfect_with_an_older_day_retells_history():
    assert arabic.retells(arabic.clean("وكان المطار قد استهدف في الخامس من آب الماضي بطائرتين مسيرتين"), [35])
    assert arabic.retells(arabic.clean("وكانت فصائل مسلحة قد قصفت القاعدة نفسها يوم 2 حزيران"), [12])


def test_a_pluperfect_recap_of_the_news_itself_is_not_history():
    # the eve of the news: the same incident told again ("a source had said last night ...")
    assert not arabic.retells(arabic.clean("وكان مصدر في الشرطة قد ذكر ليل أمس أن صاروخين سقطا"), [1])
    # an older day but no pluperfect: a report that goes over a series keeps each incident
    assert not arabic.retells(arabic.clean("وفي العاشر من الشهر سقطت قذيفتان على المعسكر"), [20])
    assert not arabic.retells(arabic.clean("وكانت القاعدة قد تعرضت لهجوم"), [])


@pytest.mark.skipif(not (DATA / "geonames").is_dir(), reason="needs ../shared/data (GeoNames extract) for the gazetteer")
def test_an_older_attack_told_in_the_pluperfect_is_no_event():
    from geo_events.pipeline import process

    text = ("الموصل - أعلن مصدر أمني، اليوم الخميس، أن ثلاث قذائف هاون سقطت مساء أمس الأربعاء على مطار الموصل "
            "من دون أن تسفر عن إصابات.\n\n"
            "وكان المطار قد تعرض في التاسع من أيار الماضي لهجوم بطائرة مسيرة أدى إلى إصابة أربعة حراس.\n")
    events = process([Document("mosul.txt", text, "ar", dt.date(2023, 6, 22))]).events
    assert len(events) == 1
    (ev,) = events
    assert ev.date.earliest == dt.date(2023, 6, 21)
    assert ev.count.best == 3


# --------------------------------------------------------------------------- who speaks, where a source sits


def _span(text, name):
    text = arabic.clean(text)
    start = text.index(name)
    return text, start, start + len(name)


@pytest.mark.parametrize("text,name", [
    ("وأكدت القنصلية الفرنسية في بيان أن الدفاعات أسقطت الطائرة", "القنصلية الفرنسية"),
    ("وقالت أنقرة، في تصريح رسمي، إن الصاروخ سقط في الصحراء", "أنقرة"),
    ("ونفت الحكومة إن أي مواقع أصيبت", "الحكومة"),
])
def test_the_subject_of_a_verb_of_saying_is_the_speaker(text, name):
    assert arabic.speaker(*_span(text, name))


@pytest.mark.parametrize("text,name", [
    ("وسقطت صواريخ قرب القنصلية الفرنسية في المدينة", "القنصلية الفرنسية"),
    ("وأكدت الوزارة أن الطائرات قصفت أنقرة أمس", "أنقرة"),
])
def test_a_target_is_not_a_speaker(text, name):
    assert not arabic.speaker(*_span(text, name))


@pytest.mark.skipif(not (DATA / "geonames").is_dir(), reason="needs ../shared/data (GeoNames extract) for the gazetteer")
def test_an_embassy_that_speaks_is_not_where_the_rockets_were_stopped():
    from geo_events.extract import _arabic_mentions

    text = arabic.clean("وأكدت السفارة الأمريكية في بيان أن منظومة الدفاع اعترضت صاروخين")
    assert all(m.role != "target" for m in _arabic_mentions(text))
    text = arabic.clean("واعترضت منظومة الدفاع صاروخين فوق السفارة الأمريكية")
    assert any(m.role == "target" for m in _arabic_mentions(text))


def test_where_a_source_sits_is_not_a_target():
    got = mentions("وقال مسؤول محلي في محافظة نينوى إن صاروخا سقط على سنجار", {"نينوى", "سنجار"})
    assert ("نينوى", "descriptive", "province") in got
    assert ("سنجار", "target", None) in got
    assert mentions("سقطت قذيفة في محافظة نينوى", {"نينوى"}) == [("نينوى", "target", "province")]


# --------------------------------------------------------------------------- names that are not names


def test_the_road_of_one_town_near_another_is_that_towns_road():
    got = mentions("واستهدفت المسيرة شاحنة على طريق تل عفر قرب مدينة سنجار", {"تل عفر", "سنجار"})
    assert got[0][:2] == ("تل عفر", "target")
    assert ("سنجار", "container", "town") in got  # the town it is near holds the road, it was not hit
    # a road with no town in the gazetteer's hands is still left to the other rules
    assert mentions("على طريق المزارع قرب بلدة سنجار", {"سنجار"}) == [("سنجار", "target", "town")]


@pytest.mark.parametrize("text", [
    "وسقطت القذيفة قرب مخيم تسكنه عائلات نازحة",
    "وأصاب الصاروخ مبنى في حي يقطنه موظفو الشركة",
])
def test_a_relative_clause_verb_after_a_cue_noun_is_no_place(text):
    assert mentions(text, set()) == []


def test_a_verbal_noun_governing_the_attack_is_no_place():
    # "وقف" (halting), "منع" (preventing) are also place names somewhere: their object tells they are verbs here
    assert mentions("ودعا الرئيس إلى وقف هذه الهجمات فورا", {"وقف"}) == []
    assert mentions("وطالب الأهالي بمنع القصف على قراهم", {"منع"}) == []
    assert mentions("وسقطت قذيفة في وقف قرب السوق", {"وقف"}) == [("وقف", "target", None)]


def test_the_object_of_an_attack_verb_has_no_conjunction():
    # "وكرا" is a den, not "and Kara"; a name right after the verb is still its object
    assert mentions("ضربة جوية استهدفت وكرا للمسلحين", {"كرا"}) == []
    assert mentions("ضربة جوية استهدفت كرا صباحا", {"كرا"}) == [("كرا", "target", None)]


def test_an_adjective_after_an_area_noun_is_no_name():
    assert mentions("في منطقة نائية قرب بلدة الحضر", {"الحضر"}) == [("الحضر", "target", "town")]
    assert mentions("أطلقت من منطقة زراعية مفتوحة", set()) == []
    # a name the gazetteer does not know, not shaped like an adjective, is still guessed
    assert mentions("سقطت القذائف في منطقة زيونة", set()) == [("زيونة", "target", "area")]
    assert mentions("سقطت القذائف في منطقة سكنية مكتظة", set()) == []


def test_a_military_sector_takes_a_known_town_only():
    assert mentions("ونفذت الطائرات ضربة في قاطع بيجي", {"بيجي"}) == [("بيجي", "target", "area")]
    assert mentions("ونفذت الطائرات ضربة في قاطع عمليات الجزيرة", set()) == []
