"""Arabic counts, casualties and dates, round 3: how a toll moves and how a night is told.

One of the injured who died after the first toll (the dead one more, the injured one fewer, unless a new total
is given), the dead told by their bodies ("ست جثث", "جثامين أربعة"), a projectile named by a relative on who
launched it ("مقذوفا أطلقته الجماعة"), the side of midnight of a two-day night ("بعد منتصف ليل الجمعة السبت" is
Saturday), and a battery of everyday phrasings: the singular and the dual, "فجر اليوم", "مساء أمس", "الأسبوع
الماضي", "بجروح متفاوتة", "إصابات طفيفة", "شهيدان".

The sentences are written for these tests, with places, wording and numbers of their own.
"""
import datetime as dt

import pytest

from geo_events import arabic as A

from test_arabic_numbers_round1 import _count, _toll, needs_data  # the same helpers as rounds 1 and 2
from test_arabic_numbers_round1 import _events as _events_on

SUNDAY = dt.date(2024, 3, 10)


def _events(text, published=SUNDAY):
    return _events_on(text, published)


def _one(text, published=SUNDAY):
    evs = _events(text, published)
    assert len(evs) == 1, [(e.event_type, e.place_name) for e in evs]
    return evs[0]


# --------------------------------------------------------------------------- the injured who died later


@pytest.mark.parametrize("text, expected", [
    # the victim moves from the injured to the dead
    ("أسفر القصف عن مقتل خمسة أشخاص وإصابة تسعة، ثم توفي اثنان من الجرحى في المستشفى", (7, 7)),
    ("أعلنت الشرطة مقتل عنصرين وإصابة أربعة، قبل أن يتوفى أحد المصابين متأثرا بجروحه", (3, 3)),
    ("قتل مدني وأصيب ستة آخرون، وأحد المصابين فارق الحياة لاحقا", (2, 5)),
    ("أسفر الانفجار عن استشهاد جندي وإصابة خمسة، قبل أن يفارق جندي آخر الحياة متأثرا بجراحه", (2, 4)),
    # no dead in the first toll: those of the injured who died are the dead
    ("أسفر الهجوم عن إصابة خمسة أشخاص، توفي أحدهم لاحقا", (1, 4)),
    ("أصيب أربعة عمال بجروح، قبل أن يفارق اثنان منهم الحياة في المستشفى", (2, 2)),
])
def test_one_of_the_injured_who_died_moves_to_the_dead(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a new total already counts him
    ("أسفر القصف عن مقتل شخصين، قبل أن يرتفع العدد إلى ثلاثة بعد وفاة أحد المصابين", (3, None)),
    ("ارتفعت الحصيلة إلى ستة قتلى وأربعة جرحى بعد وفاة أحد المصابين متأثرا بجروحه", (6, 4)),
    # an injured in a critical state is still alive
    ("أسفر الانفجار عن مقتل جنديين وإصابة ثلاثة، وقال الطبيب إن أحد المصابين في حالة حرجة", (2, 3)),
])
def test_a_new_total_or_a_critical_state_moves_no_one(text, expected):
    assert _toll(text) == expected


@needs_data
def test_a_first_statements_toll_is_revised_by_a_death_in_hospital():
    text = ("انفجرت عبوة ناسفة، صباح الأربعاء، بدورية للشرطة قرب مدينة تكريت. وأعلنت الشرطة في بيانها الأول مقتل "
            "شرطيين وإصابة أربعة، قبل أن يتوفى أحد المصابين متأثرا بجراحه مساء اليوم نفسه.")
    ev = _one(text)
    assert (ev.killed.best, ev.injured.best) == (3, 3)


# --------------------------------------------------------------------------- the dead told by their bodies


@pytest.mark.parametrize("text, expected", [
    ("انتشلت فرق الإنقاذ ست جثث من تحت الأنقاض", 6),
    ("نقلت سيارات الإسعاف جثث ثلاثة أشخاص إلى المستشفى", 3),
    ("شيع الآلاف جثامين أربعة من منتسبي قوات الأمن", 4),
    ("بعد انتشال جثتين من تحت الأنقاض", 2),
    ("عثر الأهالي على جثة رجل قرب موقع الانفجار", 1),
    ("أن المستشفى استقبل ثلاث جثث وثلاثة جرحى", 3),
])
def test_bodies_are_the_dead(text, expected):
    assert _toll(text)[0] == expected


@pytest.mark.parametrize("text", [
    "وأن الجثث نقلت إلى مستشفى المدينة",  # the bare plural gives no figure
    "تناثرت أشلاء الضحايا في المكان",  # remains are no count of the dead
])
def test_bodies_without_a_figure_give_none(text):
    assert _toll(text)[0] is None


def test_a_stated_toll_wins_over_the_bodies():
    assert _toll("أسفر القصف عن مقتل خمسة وانتشلت جثتان من تحت الأنقاض")[0] == 5


# --------------------------------------------------------------------------- how many projectiles


@pytest.mark.parametrize("text, expected", [
    # a singular projectile named by a relative on who launched it
    ("وقال المتحدث إن مقذوفا أطلقته الجماعة من الحدود سقط على مزرعة", 1),
    ("وقالت الشرطة إن صاروخا أطلقه مجهولون من بستان قريب انفجر قرب السفارة", 1),
    ("سقطت قذيفة هاون أطلقها المسلحون على السوق", 1),
    ("وأضاف أن طائرة مسيرة أطلقوها من الجبال انفجرت قرب المعسكر", 1),
    # the singular and the dual
    ("سقط صاروخ على مبنى البلدية", 1),
    ("أسقطت الدفاعات صاروخين فوق الميناء", 2),
    ("اعترضت القوات طائرتين مسيرتين قرب الحدود", 2),
])
def test_the_singular_is_one_and_the_dual_two(text, expected):
    assert _count(text) == expected


@pytest.mark.parametrize("text", [
    "وشارك الآلاف في مسيرة أطلقها ناشطون في المدينة",  # a march, not a drone
    "قصفت الجماعة المدينة بطائرات مسيرة أطلقها عناصرها من الجبال",  # a plural: no figure
    "قصف الحرس الموقع بصواريخ باليستية أطلقها من الحدود",
])
def test_a_relative_on_a_march_or_a_plural_gives_no_count(text):
    assert _count(text) is None


@pytest.mark.parametrize("text", [
    # one attack a preposition points at -- claimed, blamed, dated against -- is by one craft
    "وأعلنت الكتائب مسؤوليتها عن هجوم بطائرة مسيرة على معسكر قرب الحدود",
    "وأكدت الشرطة أن الحريق نجم عن اعتداء بطائرة مسيرة على محطة الكهرباء",
    "ويأتي ذلك بعد أسبوع من هجوم بطائرة مسيرة على الميناء",
])
def test_an_attack_by_a_drone_a_preposition_points_at_is_one(text):
    assert _count(text) == 1


@pytest.mark.parametrize("text", [
    # the genre phrase after في says nothing of how many
    "قتل جنديان في هجوم بطائرة مسيرة على موقعهم",
    "وأصيب خمسة عمال وفي هجوم بطائرة مسيرة على الحقل",
    "هجوم بطائرة مسيرة يستهدف مطار المدينة",  # a headline opening on the idiom
    "ونفذت الجماعة هجوما بطائرة مسيرة على مطار المدينة",  # the attack carried out: its kind, not how many
])
def test_the_genre_phrase_gives_no_count(text):
    assert _count(text) is None


@needs_data
def test_an_armed_drone_that_struck_their_car_has_no_projectile_count():
    text = "قالت الشرطة إن طائرة مسيرة استهدفت سيارته، مساء الخميس، قرب مدينة القائم، ما أدى إلى مقتل ثلاثة."
    evs = _events(text)
    assert evs and all(e.count.best is None for e in evs)


# --------------------------------------------------------------------------- days and nights


@needs_data
@pytest.mark.parametrize("text, day", [
    # after the midnight of a night told by its two days: the second day
    ("استهدفت غارة جوية، بعد منتصف ليل الجمعة السبت، منزلا في بلدة بنت جبيل.", dt.date(2024, 3, 9)),
    # before it: the first
    ("سقط صاروخ، قبيل منتصف ليل الخميس الجمعة، على أطراف مدينة الرمادي.", dt.date(2024, 3, 7)),
    ("سقطت قذيفة هاون، فجر اليوم، على أطراف مدينة الرمادي.", SUNDAY),
    ("سقطت قذيفة هاون، مساء أمس، على أطراف مدينة الرمادي.", dt.date(2024, 3, 9)),
])
def test_the_day_of_a_night_or_a_dawn(text, day):
    ev = _one(text)
    assert (ev.date.earliest, ev.date.latest) == (day, day)


@needs_data
def test_a_night_told_by_its_two_days_spans_both():
    ev = _one("سقط صاروخان، ليل السبت الأحد، على أطراف مدينة الرمادي، من دون وقوع إصابات.")
    assert (ev.date.earliest, ev.date.latest) == (dt.date(2024, 3, 9), SUNDAY)
    assert ev.count.best == 2


@needs_data
def test_last_week_is_a_week_before_publication():
    ev = _one("تعرضت قاعدة عين الأسد، الأسبوع الماضي، لهجوم بثلاثة صواريخ.")
    assert (ev.date.latest - ev.date.earliest).days == 6
    assert 0 < (SUNDAY - ev.date.latest).days <= 7
    assert ev.count.best == 3


# --------------------------------------------------------------------------- how tolls are worded


@pytest.mark.parametrize("text, expected", [
    ("أصيب خمسة أشخاص بجروح متفاوتة جراء سقوط القذيفة", (None, 5)),
    ("أسفر القصف عن إصابة ثلاثة مدنيين بجروح متفاوتة", (None, 3)),
    ("وقال إن أربعة أشخاص أصيبوا إصابات طفيفة", (None, 4)),
    ("أسفر الانفجار عن إصابة جنديين إصابات طفيفة", (None, 2)),
    ("ارتقى شهيدان في الغارة على المنزل", (2, None)),
    ("أسفرت الغارة عن سقوط شهيدين و5 جرحى", (2, 5)),
])
def test_everyday_toll_wordings(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("أسفر الهجوم عن مقتل شرطيين وإصابة ثلاثة", (2, 3)),
    ("أصيب حارسان بجروح في القصف", (None, 2)),
    ("أسفرت الغارة عن استشهاد طفلتين", (2, None)),
])
def test_a_dual_victim_is_two(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare singular toll noun is one
    ("أسفر الهجوم عن سقوط قتيل وأربعة جرحى", (1, 4)),
    ("أسفر القصف عن سقوط قتيلين وجريح", (2, 1)),
    ("أسفر الانفجار عن قتيل وعدد من الجرحى", (1, None)),
    # kin and trades after a figure
    ("ما أسفر عن استشهاد ثلاثة أشقاء", (3, None)),
    ("أسفر القصف عن إصابة ستة طلاب", (None, 6)),
])
def test_bare_singular_toll_nouns_and_kin(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize("text", [
    "سقط عشرة أشخاص بين قتيل وجريح",
    "أسفر القصف عن سقوط 14 شخصا ما بين قتيل وجريح",
])
def test_a_mixed_toll_between_dead_and_injured_gives_neither(text):
    assert _toll(text) == (None, None)


def test_slight_injuries_without_a_figure_give_none():
    assert _toll("أسفر القصف عن إصابات طفيفة في صفوف الجنود") == (None, None)


@needs_data
def test_a_whole_report_with_bodies_and_a_relative_clause():
    text = ("قال مصدر أمني إن قذيفة أطلقها مسلحون من بستان قريب سقطت، مساء الجمعة، على سوق في مدينة بعقوبة، "
            "وانتشلت فرق الدفاع المدني ثلاث جثث من المكان.")
    ev = _one(text)
    assert (ev.count.best, ev.killed.best) == (1, 3)
    assert (ev.date.earliest, ev.date.latest) == (dt.date(2024, 3, 8), dt.date(2024, 3, 8))


def test_the_side_of_midnight_needs_a_two_day_night():
    # "بعد منتصف الليل" of one named day keeps that day (the shared date reader's own rule)
    from geo_events.dates import find_dates

    text = A.clean("سقط صاروخ بعد منتصف ليل الجمعة السبت")
    (d,) = A.incident_dates(text, find_dates(text, "ar", SUNDAY))
    assert (d.span.earliest, d.span.latest) == (dt.date(2024, 3, 9), dt.date(2024, 3, 9))
    text = A.clean("سقط صاروخ ليل الجمعة السبت")
    (d,) = A.incident_dates(text, find_dates(text, "ar", SUNDAY))
    assert (d.span.earliest, d.span.latest) == (dt.date(2024, 3, 8), dt.date(2024, 3, 9))
