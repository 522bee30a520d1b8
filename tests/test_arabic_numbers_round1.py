"""Arabic counts and casualties, round 1: a battery of news-register figures.

How Arabic writes how many: the dual ("صاروخان", "بصاروخين"), 3-10 with a plural genitive ("سبع قذائف"),
11-99 with an accusative singular ("أحد عشر صاروخا"), Eastern digits ("١٢ قذيفة"), approximations ("نحو",
"قرابة", "ما لا يقل عن"), vague quantities that give no figure ("عدة", "عدد من", "عشرات"), figures of other
things (calibres, hours, distances), the victims' kin ("مقتل رجل وزوجته"), nisba plurals ("خمسة سوريين"),
those still in care ("لا يزال ثلاثة يتلقون العلاج") and a service that received no report of casualties.

The sentences are written for these tests, with places, wording and numbers of their own.
"""
import datetime as dt
from pathlib import Path

import pytest

from geo_events import arabic as A
from geo_events.models import Document

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "geonames").is_dir(),
                                reason="needs ../shared/data (GeoNames extract) for the gazetteer")


def _count(text):
    c = A.count(A.clean(text))
    return c[0] if c else None


def _toll(text):
    t = A.clean(text)
    k, i = A.casualties(t, "killed"), A.casualties(t, "injured")
    return (k[0][0] if k else None), (i[0][0] if i else None)


def _events(text, published=dt.date(2022, 9, 4)):
    from geo_events.pipeline import process

    return process([Document("arnum1.txt", text, "ar", published)]).events


# --------------------------------------------------------------------------- projectile counts


@pytest.mark.parametrize("text, expected", [
    # the dual, nominative, genitive and after بـ
    ("سقط صاروخان على أطراف البلدة", 2),
    ("استهدف الهجوم المعسكر بصاروخين", 2),
    ("أسقطت الدفاعات طائرتين مسيرتين فوق المدينة", 2),
    # 3-10 with the counted noun in the plural genitive
    ("أطلق المسلحون ثلاثة صواريخ على القاعدة", 3),
    ("سقطت سبع قذائف على الحي", 7),
    ("استهدف المسلحون المطار بثماني طائرات مسيرة", 8),
    ("أطلق المسلحون أربع قذائف صاروخية من عيار 107 ملم على القاعدة", 4),
    # 11-99 with the accusative singular, compounds too
    ("أطلق المسلحون أحد عشر صاروخا على القاعدة", 11),
    ("أطلقت ثلاثة عشر صاروخا باتجاه المدينة", 13),
    ("سقطت خمس وعشرون قذيفة على المدينة", 25),
    # Eastern Arabic digits
    ("سقطت ٧ صواريخ على المطار", 7),
    ("سقطت ١٢ قذيفة على المعسكر", 12),
    # approximations keep their figure
    ("أطلق المسلحون نحو ثلاثين صاروخاً على المدينة", 30),
    ("أطلق المسلحون أكثر من عشرة صواريخ على البلدة", 10),
    ("أطلق المسلحون ما لا يقل عن خمسة صواريخ على القاعدة", 5),
    ("أطلق المسلحون قرابة عشرين صاروخا على المدينة", 20),
    # one projectile: the indefinite singular as the object or the subject
    ("أطلق المسلحون صاروخا على القاعدة", 1),
    ("سقطت قذيفة هاون على السوق", 1),
    ("انفجرت طائرة مسيرة في محيط المطار", 1),
])
def test_a_stated_number_of_projectiles_is_the_count(text, expected):
    assert _count(text) == expected


@pytest.mark.parametrize("text", [
    "أطلق المسلحون عدة صواريخ على القاعدة",
    "أطلق المسلحون عددا من الصواريخ على القاعدة",
    "استهدف المسلحون القاعدة برشقة صاروخية",
    # dozens: as vague as "several", whether the noun is definite or not
    "قصفت الفصائل المستوطنة بعشرات صواريخ الغراد",
    "أطلقت الفصائل عشرات القذائف الصاروخية على المستوطنة",
])
def test_a_vague_quantity_gives_no_count(text):
    assert _count(text) is None


@pytest.mark.parametrize("text", [
    "أصيب ثلاثة جنود بقصف صاروخي على القاعدة",
    "قصف المسلحون القاعدة بقذائف هاون من عيار 120 ملم",
    "سقطت الصواريخ عند الساعة الثالثة فجراً قرب القاعدة",
    "سقطت الصواريخ على بعد 5 كيلومترات من القاعدة",
])
def test_a_figure_of_other_things_is_not_the_count(text):
    assert _count(text) is None


@pytest.mark.parametrize("text", [
    "تصدت الدفاعات الجوية لصاروخ أطلق باتجاه المدينة",
    "وقال المصدر إن منظومة الدفاع الجوي في المطار تصدت مساء الخميس لطائرة مسيرة وأسقطتها",
    "وأعلنت القيادة التصدي لمسيرة مفخخة قبل وصولها إلى هدفها",
])
def test_one_projectile_the_air_defence_faced_is_one(text):
    assert _count(text) == 1


def test_the_air_defence_facing_several_gives_no_figure():
    assert _count("تصدت الدفاعات الجوية لصواريخ أطلقت باتجاه المدينة") is None


@pytest.mark.parametrize("text, expected", [
    ("سقط صاروخان قرب المطار وسقط ثالث في أرض زراعية", 3),
    ("انفجرت ثلاث قذائف في الحي بينما سقطت رابعة في ساحة المدرسة", 4),
])
def test_one_more_told_by_its_ordinal_adds_one(text, expected):
    assert _count(text) == expected


def test_an_ordinal_left_unfired_adds_none():
    # the third rocket stayed on its launcher: it is no impact
    assert _count("سقط صاروخان قرب المعسكر وعثرت القوات على صاروخ ثالث لم ينطلق") == 2


@pytest.mark.parametrize("text", [
    "عبوتان ناسفتان تستهدفان رتلين للدعم اللوجستي جنوب المدينة",
    "استهدفت ثلاثة صواريخ سفينتين تجاريتين في خليج عدن",
])
def test_a_figure_shared_by_two_targets_is_no_single_count(text):
    assert _count(text) is None


# --------------------------------------------------------------------------- casualties


@pytest.mark.parametrize("text, expected", [
    ("أسفر القصف عن مقتل ثلاثة وإصابة خمسة", (3, 5)),
    ("أسفرت الغارة عن استشهاد طفل", (1, None)),
    ("أدى الانفجار إلى جرح اثنين من الجنود", (None, 2)),
    ("ارتفعت حصيلة القتلى إلى سبعة", (7, None)),
    ("أصيب جندي بجروح طفيفة", (None, 1)),
    ("قتل ثلاثة أشخاص وأصيب سبعة آخرون", (3, 7)),
    ("أسفر الهجوم عن مقتل ٥ أشخاص وإصابة ١٢ آخرين", (5, 12)),
    ("أسفر الهجوم عن سقوط ثلاثة قتلى وعشرة جرحى", (3, 10)),
    ("أسفر القصف عن مقتل مدنيين اثنين", (2, None)),
])
def test_stated_tolls(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ما أدى إلى مقتل رجل وزوجته وإصابة ثلاثة أشخاص بجروح", (2, 3)),
    ("أسفر القصف عن استشهاد امرأة وطفلها", (2, None)),
    ("أسفرت الغارة عن مقتل مزارع ونجليه", (3, None)),
    ("أصيب سائق وشقيقه بجروح خطيرة", (None, 2)),
])
def test_the_victims_kin_are_counted(text, expected):
    assert _toll(text) == expected


def test_kin_named_in_the_genitive_are_not_read_as_two():
    # "أخيه" is "his brother" (genitive), not a dual
    assert _toll("أسفرت الضربة عن مقتل قيادي في الحركة وأخيه") == (2, None)


@pytest.mark.parametrize("text, expected", [
    ("استشهد ثلاثة فلسطينيين في القصف", (3, None)),
    ("أسفرت الغارات عن مقتل ستة سوريين بينهم طفلان", (6, None)),
    ("أصيب أربعة لبنانيين بشظايا الصاروخ", (None, 4)),
])
def test_people_named_by_their_nationality_are_victims(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("فيما لا يزال أربعة آخرون يتلقون العلاج في المستشفى", (None, 4)),
    ("ولا يزال جنديان يتلقيان العلاج", (None, 2)),
])
def test_those_still_in_care_are_the_injured(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize("text", [
    "سقطت القذيفة دون وقوع إصابات",
    "لم تسفر الضربة عن إصابات",
    "وأوضحت الشرطة أنها لم تتلق أي بلاغ عن وقوع إصابات",
    "وقال الدفاع المدني إنه لم يتلق بلاغات عن إصابات",
    "مؤكدة أنه لم تقع إصابات ولم تتضرر أي سفينة",
])
def test_no_casualties_is_zero_zero(text):
    assert _toll(text) == (0, 0)


def test_no_news_yet_of_casualties_leaves_them_unknown():
    assert _toll("ولم ترد تقارير فورية عن إصابات") == (None, None)


# --------------------------------------------------------------------------- whole reports


@needs_data
def test_a_revised_toll_with_those_still_in_care_replaces_the_first_toll():
    text = ("ارتفعت حصيلة الهجوم بطائرة مسيرة على معسكر زليكان أمس السبت إلى أربعة قتلى، فيما لا يزال خمسة آخرون "
            "يتلقون العلاج. وكانت حصيلة أولية قد أشارت إلى مقتل اثنين وإصابة سبعة.")
    (ev,) = _events(text)
    assert (ev.killed.best, ev.injured.best) == (4, 5)


@needs_data
def test_an_emergency_service_that_received_no_report_gives_zero():
    text = ("سقطت قذيفة صاروخية، صباح اليوم الأحد، قرب مطار أربيل الدولي. وقالت هيئة الإسعاف إنها لم تتلق أي بلاغات "
            "عن إصابات.")
    (ev,) = _events(text)
    assert (ev.count.best, ev.killed.best, ev.injured.best) == (1, 0, 0)


@needs_data
def test_dozens_then_a_figure_keeps_the_figure():
    text = ("أطلق مسلحون، مساء السبت، عشرات الصواريخ على مدينة سديروت، وقال الجيش إن نحو 30 صاروخا سقطت في "
            "مناطق مفتوحة.")
    (ev,) = _events(text)
    assert ev.count.best == 30


@pytest.mark.parametrize("text, expected", [
    ("وأسفرت الضربة عن ارتقاء شهيد من عناصر الحرس وإصابة ثلاثة آخرين", (1, 3)),
    ("ارتقى أربعة شهداء جراء القصف على الحي", (4, None)),
    ("أسفر القصف عن سقوط شهيد وخمسة جرحى", (1, 5)),
])
def test_a_martyr_who_ascended_is_killed(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize("text", [
    "استهدفت الفصائل المعسكر بصاروخ واحد",
    "سقطت قذيفة هاون واحدة قرب البوابة",
])
def test_one_said_in_words_is_one(text):
    assert _count(text) == 1


@pytest.mark.parametrize("text, expected", [
    ("لقي خمسة عمال حتفهم في القصف", (5, None)),
    ("ولقي سائق الشاحنة حتفه على الفور", (1, None)),
    ("قتل رجلان وأصيبت امرأة بجروح", (2, 1)),
])
def test_other_verbs_of_death_and_injury(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize("text", [
    "ولم يسفر القصف عن وقوع أي إصابات في صفوف المدنيين",
    "وأوضح أن الانفجار لم يخلف أي إصابات",
    "لم يوقع الهجوم ضحايا",
])
def test_more_ways_to_say_no_casualties(text):
    assert _toll(text) == (0, 0)


@pytest.mark.parametrize("text", [
    "ارتفعت حصيلة ضحايا الحرب إلى 40 ألف قتيل",
    "وبلغت حصيلة قتلى النزاع منذ بدايته 350 قتيلا",
])
def test_the_toll_of_a_war_is_no_attacks_toll(text):
    assert _toll(text)[0] is None
