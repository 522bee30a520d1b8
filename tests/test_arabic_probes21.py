"""Arabic wire constructions, probes of session 21 (invented items only; no sentence of any set).

Two faults found by probing invented Arabic wire copy, each a class of construction:

* a second incident joined to the first by a bare "و" (no comma), its verb gapped or its own: "استهدف صاروخان
  قاعدة X وطائرة مسيرة مطار Y", "سقطت ثلاث قذائف على X وأخرى على Y", "أطلق مسلحون صواريخ على X واستهدفت طائرة
  مسيرة Y". It was read as one event (the second target lost, or the counts summed); it is now two, each with
  its own count and type. A list of weapons sharing one target, a share of the salvo ("وسقط بعضها قرب ..."),
  or an outcome verb ("وألحق أضرارا ...") is not cut.
* the "-ين" dual of a victim noun whose plural is broken ("بحارين" sailors, "طبيبين" doctors, "قائدين"
  commanders, "فردين"): its two victims were lost.
* a second target joined by "و" and a cue noun of its own ("قصف الطيران مدينة X وبلدة Y", "سقطت صواريخ على قاعدة X
  ومطار Y"): still lost (xfail); making it a site of the same attack cost a true event on held-out text.
* "no casualties" after "دون أن" with the verb agreeing with two or more projectiles ("دون أن تسفرا عن خسائر"):
  the zero was lost (the singular "دون أن يسفر" was read).
* an accuser with a nisba adjective ("وحمّلت وزارة النفط العراقية جهات خارجة عن القانون مسؤولية ...") gave the
  adjective as the start of the accused ("العراقية جهات ..."); unnamed accused ("جهات", "خلايا", "مجموعات") are
  now read as the accused group.
"""
import datetime as dt

import pytest

from factories import figures, frames_of, targets, value_of, values

P = dt.date(2024, 3, 4)  # a Monday


def _items(text):
    """(target as written, event type, count) of each frame, in the order of the text."""
    out = []
    for f in frames_of(text, "ar", published=P):
        c = value_of(f, "count")
        out.append((f.first("target").value.name, value_of(f, "event_type"), getattr(c, "value", c)))
    return sorted(out, key=lambda t: text.find(t[0]))


@pytest.mark.parametrize("text, expected", [
    # the verb gapped: the second conjunct has its own projectile and its own target
    ("استهدف صاروخان قاعدة الشدادي وطائرة مسيرة حقل العمر فجر اليوم.",
     [("الشدادي", "rocket attack", 2), ("حقل العمر", "drone attack", 1)]),
    ("استهدفت خمس طائرات مسيرة مطار أبها الدولي وثلاثة صواريخ مدينة نجران مساء أمس.",
     [("مطار أبها الدولي", "drone attack", 5), ("نجران", "rocket attack", 3)]),
    # an ordinal or "another" stands for the projectile: the verb and its noun are both gapped
    ("سقط ٣ صواريخ على قاعدة حرير فجر اليوم وصاروخ رابع على أطراف مدينة أربيل.",
     [("حرير", "rocket attack", 3), ("أربيل", "rocket attack", 1)]),
    ("سقطت أربع قذائف هاون على بلدة الخيام وأخرى على بلدة عيتا الشعب مساء الأحد.",
     [("الخيام", "mortar attack", 4), ("عيتا الشعب", "mortar attack", None)]),
    # a verb of its own after a bare "و"
    ("أطلقت الفصائل رشقة صاروخية على قاعدة عين الأسد واستهدفت طائرة مسيرة قاعدة حرير مساء الخميس.",
     [("عين الأسد", "rocket attack", None), ("حرير", "drone attack", 1)]),
])
def test_a_second_incident_after_a_bare_and_is_its_own_event(text, expected):
    got = _items(text)
    assert [(t, e) for t, e, _ in got] == [(t, e) for t, e, _ in expected]
    for (_, _, n), (_, _, want) in zip(got, expected):
        if want is not None:
            assert n == want


@pytest.mark.parametrize("text, target", [
    # two weapons aimed at one target: the first part names no target of its own
    ("أطلق الحوثيون صاروخا باليستيا وطائرة مسيرة على مدينة نجران فجر اليوم.", "نجران"),
    # a share of the salvo just told, not a second incident
    ("استهدفت ستة صواريخ مدينة أربيل فجر اليوم وسقط بعضها قرب مبنى المحافظة.", "أربيل"),
    # an outcome verb, and planes of a coalition named with the article: no projectile of a second incident
    ("سقط صاروخ على مطار البصرة الدولي وألحق أضرارا بطائرة مدنية فجر اليوم.", "مطار البصرة الدولي"),
    ("استهدفت طائرة مسيرة مطار أربيل الدولي وطائرات التحالف في سماء المدينة مساء أمس.", "مطار أربيل الدولي"),
])
def test_one_incident_with_and_is_not_cut(text, target):
    assert targets(frames_of(text, "ar", published=P)) == [target]


@pytest.mark.parametrize("text, kind", [
    ("استهدفت طائرات مسيرة ناقلة نفط قبالة ميناء الفجيرة مساء أمس. وقالت الشرطة إن الهجوم أسفر عن إصابة بحارين.",
     "injured"),
    ("سقط صاروخ على مستشفى في مدينة مأرب فجر اليوم، وأسفر عن مقتل طبيبين.", "killed"),
    ("استهدفت غارة سيارة في بلدة بنت جبيل فجر اليوم ما أدى إلى مقتل قائدين في الحزب.", "killed"),
    ("قصفت طائرة مسيرة زورقا قبالة ميناء المخا الأحد ما أسفر عن مقتل بحارين يمنيين.", "killed"),
])
def test_the_dual_of_a_victim_noun_with_a_broken_plural_counts_two(text, kind):
    frames = frames_of(text, "ar", published=P)
    assert len(frames) == 1
    assert [v for v, _ in figures(frames[0], kind)] == [2]


def test_a_sound_plural_in_yn_is_no_dual():
    # "مسعفين" (medics) is a plural: no figure of two is read from it
    frames = frames_of("سقطت قذيفة على مدينة تعز فجر اليوم ما أدى إلى إصابة مسعفين.", "ar", published=P)
    assert [v for v, _ in figures(frames[0], "injured")] != [2]


@pytest.mark.xfail(strict=True, reason="a cue-noun conjunct as a site of the same attack was tried in session 21 and "
                   "removed: on held-out text it lost a true event and added spurious ones")
@pytest.mark.parametrize("text, expected", [
    ("قصف الطيران الروسي مدينة معرة النعمان وبلدة سرمدا فجر اليوم.", ["معرة النعمان", "سرمدا"]),
    ("استهدفت طائرات حربية مدينة الميادين وبلدة البوكمال فجر الأحد.", ["الميادين", "البوكمال"]),
    ("قصفت المدفعية الإسرائيلية بلدة الخيام وقرية كفركلا ظهر اليوم.", ["الخيام", "كفركلا"]),
])
def test_a_second_target_with_its_own_cue_noun_is_a_site_of_its_own(text, expected):
    got = [n for f in frames_of(text, "ar", published=P) for n in [f.first("target").value.name]]
    assert [g for e in expected for g in got if e in g] and all(any(e in g for g in got) for e in expected), got


def test_a_base_and_an_airport_joined_by_and_are_both_targets():
    got = [f.first("target").value.name for f in frames_of("سقطت صواريخ على قاعدة حرير ومطار أربيل الدولي مساء أمس.",
                                                          "ar", published=P)]
    assert any("حرير" in g for g in got) and any("أربيل" in g for g in got), got


@pytest.mark.parametrize("text, target", [
    # the two ends of a road: one place struck between them
    ("انفجرت عبوة ناسفة بحافلة على الطريق بين بلدة الميادين ومدينة دير الزور صباح اليوم.", "الميادين"),
    # a town then its province: no second site
    ("سقطت قذائف على مدينة صعدة ومحافظة صعدة فجر اليوم.", "صعدة"),
])
def test_a_road_between_two_towns_or_a_province_is_no_second_site(text, target):
    assert [f.first("target").value.name for f in frames_of(text, "ar", published=P)] == [target]


@pytest.mark.parametrize("text", [
    "سقطت قذيفتان على قاعدة التاجي شمال بغداد فجر اليوم دون أن تسفرا عن خسائر.",
    "سقط صاروخان على مطار البصرة الدولي مساء أمس دون أن يسفرا عن وقوع إصابات.",
    "انفجرت طائرتان مسيرتان قرب حقل كورمور فجر اليوم دون أن تؤديا إلى سقوط ضحايا.",
    "سقطت ثلاثة صواريخ على مدينة أربيل الأحد دون أن يسفروا عن أي إصابات.",
])
def test_no_casualties_after_a_dual_or_plural_verb(text):
    frames = frames_of(text, "ar", published=P)
    assert [(figures(f, "killed"), figures(f, "injured")) for f in frames] == [([(0, None)], [(0, None)])]


def test_a_toll_after_a_dual_verb_is_not_a_denial():
    frames = frames_of("سقطت قذيفتان على قاعدة التاجي فجر اليوم وأسفرتا عن إصابة جندي.", "ar", published=P)
    assert [v for v, _ in figures(frames[0], "injured")] == [1] and figures(frames[0], "killed") == []


@pytest.mark.parametrize("text, expected", [
    # "the other" of a pair, with the article, after "one of them": each its own target, one projectile each
    ("سقط صاروخان فجر اليوم، أحدهما على مطار أربيل الدولي والآخر قرب قاعدة حرير.",
     [("مطار أربيل الدولي", "rocket attack"), ("حرير", "rocket attack")]),
    ("سقطت قذيفتان مساء الأحد، إحداهما على مدينة كركوك والأخرى قرب بلدة الدبس.",
     [("كركوك", "rocket attack"), ("الدبس", "rocket attack")]),
    # one more after a dual: the kind is carried, the dual's count is not
    ("سقطت قذيفتا هاون على قاعدة بلد الجوية وأخرى قرب مدينة سامراء مساء أمس.",
     [("قاعدة بلد الجوية", "mortar attack"), ("سامراء", "mortar attack")]),
])
def test_the_other_of_a_pair_is_its_own_item(text, expected):
    got = _items(text)
    assert [(t, e) for t, e, _ in got] == expected
    assert got[-1][2] in (1, None)  # "the other", "another": one projectile, never the head's two


@pytest.mark.parametrize("text, accused", [
    ("استهدف هجوم بطائرات مسيرة مصفاة بيجي مساء السبت. وحمّلت وزارة النفط العراقية جهات خارجة عن القانون مسؤولية الاعتداء.",
     "جهات خارجة عن القانون"),
    ("سقطت قذائف على مدينة دير الزور فجر اليوم. واتهمت وزارة الداخلية السورية خلايا إرهابية بتنفيذ الهجوم.",
     "خلايا إرهابية"),
    ("سقطت صواريخ على مدينة مأرب مساء أمس. واتهمت السلطات المحلية اليمنية مجموعات مسلحة بالوقوف وراء القصف.",
     "مجموعات مسلحة"),
])
def test_the_accused_after_an_accuser_with_an_adjective(text, accused):
    frames = frames_of(text, "ar", published=P)
    assert len(frames) == 1 and values(frames[0], "blamed_on") == [accused]


def test_a_named_accused_after_an_adjective_keeps_its_name():
    # (negative: the group named is still read from its own word, not cut by the adjective rule)
    frames = frames_of("سقطت صواريخ على مدينة مأرب مساء أمس. واتهمت الحكومة اليمنية جماعة الحوثي بالوقوف وراء القصف.",
                       "ar", published=P)
    assert [v for v in values(frames[0], "blamed_on")] and "اليمنية" not in " ".join(map(str, values(frames[0], "blamed_on")))


def test_after_an_interception_a_fall_is_not_cut_into_its_debris():
    """"تصدت الدفاعات لطائرة مسيرة فوق X وسقط صاروخ قرب Y": cut, the rocket's fall became where the drone's debris
    fell and the place it hit was lost; the sentence is left whole."""
    from geo_events.models import Document
    from geo_events.pipeline import process

    text = "تصدت الدفاعات الجوية لطائرة مسيرة في سماء دهوك وسقط صاروخ قرب قرية شيلادزي يوم الاثنين."
    evs = process([Document("t.txt", text, "ar", dt.date(2024, 3, 14))]).events
    assert any("شيلادزي" in e.place_name for e in evs), [(e.event_type, e.place_name) for e in evs]
