"""Arabic counts and casualties, round 2: how news copy writes figures that round 1 did not cover.

Agreement slips common in wire copy ("ثلاث صواريخ", "خمسة قذائف"), digits before Arabic nouns ("3 صواريخ"),
vague quantities ("رشقات", "عشرات"), a salvo "of" a figure ("صلية من 20 صاروخاً"), the whole a part was taken
from ("اعترضت 8 من أصل 11"), victims of several categories ("مقتل جنديين ومدني", "ثلاثة جنود ومدنيين اثنين"), a
figure followed by who was among them ("إصابة خمسة بينهم طفلان"), one more projectile told in the next clause
("... فيما سقط ثالث"), a claimant's figure against the other side's, and an armed drone that "bombarded" a site.

The sentences are written for these tests, with places, wording and numbers of their own.
"""
import datetime as dt

import pytest

from geo_events import arabic as A

from test_arabic_numbers_round1 import _count, _toll, needs_data  # the same helpers as round 1
from test_arabic_numbers_round1 import _events as _events_on


def _events(text, published=dt.date(2023, 5, 6)):
    return _events_on(text, published)


# --------------------------------------------------------------------------- projectile counts


@pytest.mark.parametrize("text, expected", [
    # the number's gender does not agree with the noun's, as often in hurried copy
    ("أطلق المسلحون ثلاث صواريخ على الثكنة", 3),
    ("سقطت خمسة قذائف على السوق المركزي", 5),
    ("أطلق المسلحون سبع صواريخ غراد على البلدة", 7),
    # digits before an Arabic noun
    ("أطلقت الفصائل 3 صواريخ على المطار", 3),
    ("سقطت 10 قذائف على أطراف البلدة", 10),
    ("قصفت الجماعة المعسكر بـ 6 صواريخ", 6),
    # a salvo or barrage "of" a figure is that figure
    ("أطلق الحزب صلية من 20 صاروخاً على الثكنة", 20),
    ("أطلقت الفصائل رشقة من 15 صاروخا باتجاه المستوطنة", 15),
    # a qualifier keeps its figure
    ("أطلق الحزب أكثر من 30 صاروخاً على الجليل", 30),
    # launched, then some shot down: what was launched is the count
    ("أطلقت الجماعة 12 طائرة مسيرة أسقطت الدفاعات 10 منها", 12),
    # the part stopped "out of" the whole: the whole
    ("وقال الجيش إنه اعترض 8 صواريخ من أصل 11 أطلقت من الجنوب", 11),
    ("أسقطت الدفاعات 7 مسيرات من أصل تسع طائرات أطلقها المسلحون", 9),
])
def test_a_stated_figure_is_the_count(text, expected):
    assert _count(text) == expected


@pytest.mark.parametrize("text", [
    "أطلقت الجماعة رشقات صاروخية على المستوطنات الشمالية",
    "أطلقت الفصائل عشرات الصواريخ على البلدات الحدودية",
])
def test_salvos_and_dozens_give_no_count(text):
    assert _count(text) is None


# --------------------------------------------------------------------------- casualties


@pytest.mark.parametrize("text, expected", [
    # victims of several categories joined by و add up
    ("أسفر القصف عن مقتل جنديين ومدني", (3, None)),
    ("أسفر الهجوم عن مقتل ثلاثة جنود ومدنيين اثنين", (5, None)),
    ("قتل جنديان ومدني في القصف", (3, None)),
    ("قتل ضابط وثلاثة جنود في الهجوم", (4, None)),
    # "among them" names some of the victims already counted
    ("أسفرت الغارة عن إصابة خمسة بينهم طفلان", (None, 5)),
    ("أصيب أربعة أشخاص بينهم امرأتان", (None, 4)),
    ("أسفر القصف عن إصابة 6 أشخاص، بينهم 4 أطفال", (None, 6)),
    ("أسفر القصف عن مقتل سبعة أشخاص، بينهم ثلاثة أطفال، وإصابة 12 آخرين", (7, 12)),
    # agreement slips and digits
    ("أصيبت ثلاث أشخاص بشظايا الصاروخ", (None, 3)),
    ("قتل 3 مدنيين وأصيب 7 آخرون", (3, 7)),
])
def test_tolls_of_several_kinds(text, expected):
    assert _toll(text) == expected


@needs_data
def test_a_final_toll_replaces_the_first():
    text = ("قصفت الفصائل بلدة صوران بالمدفعية، مساء الخميس. وأفادت حصيلة أولية بمقتل شخصين وإصابة ستة، قبل أن "
            "ترتفع الحصيلة النهائية إلى خمسة قتلى.")
    evs = [e for e in _events(text) if e.killed.best is not None]
    assert len(evs) == 1
    assert evs[0].killed.best == 5


# --------------------------------------------------------------------------- whole reports


@needs_data
@pytest.mark.parametrize("text, expected", [
    ("سقط صاروخان، مساء الجمعة، على أطراف مدينة سديروت، فيما سقط ثالث في منطقة مفتوحة قرب المدينة.", 3),
    ("انفجرت ثلاث قذائف هاون، صباح الأحد، داخل قاعدة عين الأسد، بينما سقطت رابعة خارج السياج.", 4),
])
def test_one_more_told_in_the_next_clause_adds_one(text, expected):
    counts = [e.count.best for e in _events(text) if e.count.best is not None]
    assert counts == [expected]


@needs_data
def test_the_other_sides_figure_is_kept_over_the_claimants():
    text = ("أعلنت حركة مسلحة في بيان أن مقاتليها قصفوا مدينة عسقلان، مساء الثلاثاء، بـ25 صاروخا. من جهته قال الجيش "
            "الإسرائيلي إن نحو 18 صاروخا أطلقت من غزة باتجاه عسقلان وسقط معظمها في مناطق مفتوحة.")
    (ev,) = [e for e in _events(text) if e.count.best is not None]
    assert ev.count.best == 18


@needs_data
def test_a_figure_told_by_the_narrator_stays_when_the_army_estimates():
    # the report's own figure is no claim: the army's rounder estimate does not replace it
    text = ("أطلقت الفصائل، مساء الثلاثاء، 25 صاروخا على مدينة عسقلان. وقال الجيش الإسرائيلي إن نحو 20 صاروخا "
            "أطلقت من غزة باتجاه المدينة.")
    (ev,) = [e for e in _events(text) if e.count.best is not None]
    assert ev.count.best == 25


@needs_data
def test_the_part_intercepted_does_not_replace_the_claimed_salvo():
    text = ("أعلنت الفصائل أنها قصفت قاعدة حميميم، مساء الخميس، بـ 9 صواريخ، وقال مصدر عسكري إن الدفاعات الجوية "
            "اعترضت 6 منها.")
    (ev,) = [e for e in _events(text) if e.count.best is not None]
    assert ev.count.best == 9


def test_a_claimants_statement_is_told_from_the_others():
    assert A.claimant_statement("وقالت الجماعة في بيان إن قواتها استهدفت الميناء بعشر طائرات مسيرة")
    assert A.claimant_statement("وأعلنت الكتائب أنها دكت الموقع بقذائف الهاون")
    assert not A.claimant_statement("وقالت الشرطة إن ثلاث قذائف سقطت قرب الميناء")
    assert not A.claimant_statement("وأفاد مصدر أمني بأن القوات اعترضت طائرتين مسيرتين")


@needs_data
def test_a_drone_that_bombarded_a_site_has_no_projectile_count():
    text = ("قصفت طائرة مسيرة، ظهر الأربعاء، موقعا للشرطة قرب بلدة سيدكان في إقليم كردستان، ما أدى إلى مقتل "
            "عنصرين.")
    evs = _events(text)
    assert evs and all(e.count.best is None for e in evs)
    assert [e.killed.best for e in evs] == [2]


@pytest.mark.parametrize("text, expected", [
    ("أسفر القصف عن مقتل ثلاثة أشخاص، قبل أن ترتفع الحصيلة النهائية إلى ستة قتلى", (6, None)),
    ("أصيب أربعة مدنيين بجروح، لتصل الحصيلة لاحقا إلى 9 جرحى", (None, 9)),
])
def test_a_toll_that_rises_in_the_same_sentence_gives_the_last_figure(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the second kind's toll shares the first one's verb
    ("ارتفع عدد الشهداء إلى 8 والجرحى إلى 21", (8, 21)),
    # "met their death" with the figure before it
    ("لقي 6 أشخاص مصرعهم في القصف", (6, None)),
    ("ولقي عاملان مصرعهما جراء سقوط القذيفة", (2, None)),
    # the victim's kin named by a pronoun as the only injured
    ("أسفرت الغارة عن مقتل مسن وإصابة زوجته", (1, 1)),
    ("أسفر القصف عن مقتل رجل وإصابة نجليه", (1, 2)),
])
def test_more_ways_of_telling_a_toll(text, expected):
    assert _toll(text) == expected


@needs_data
def test_a_claim_told_after_the_other_sides_figure_does_not_replace_it():
    text = ("قال الجيش الإسرائيلي إن 18 صاروخا سقطت، مساء الثلاثاء، على مدينة عسقلان ومحيطها. وزعمت حركة مسلحة في "
            "بيان أنها قصفت المدينة بـ25 صاروخا.")
    counts = [e.count.best for e in _events(text) if e.count.best is not None]
    assert counts == [18]


@needs_data
def test_the_armys_count_of_launches_told_by_a_verbal_noun_replaces_the_claim():
    text = ("أعلن حزب مسلح أنه قصف بلدة المطلة، مساء الأحد، بـ 30 صاروخا. وأفاد الجيش برصد إطلاق نحو 20 صاروخا "
            "من جنوب لبنان باتجاه المطلة.")
    (ev,) = [e for e in _events(text) if e.count.best is not None]
    assert ev.count.best == 20


@pytest.mark.parametrize("text, expected", [
    ("أطلقت الدفاعات الجوية صاروخين اعتراضيين فوق الميناء", None),
    ("سقطت شظايا صاروخ اعتراضي على سطح منزل", None),
    ("أطلق المسلحون 4 صواريخ على البلدة وردت الدفاعات بستة صواريخ اعتراضية", 4),
])
def test_the_defences_interceptors_are_not_the_count(text, expected):
    assert _count(text) == expected
