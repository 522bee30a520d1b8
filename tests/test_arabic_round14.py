"""Arabic news grammar, round 14: precision. Places a report names without anything falling there (the seat of
an authority, a group's own name, an anniversary of an old attack, a visit, a negotiation venue, a capital that
condemns), a second site told "at the same time" or after a region a sentence opens on, an additive "كما أعلن"
telling another interception, and a "no casualties" said of a second projectile after a toll of the first.

The sentences are written for these tests, with places, wording and numbers of their own.
"""
import datetime as dt
from pathlib import Path

import pytest

from factories import frames_of, value_of, values
from geo_events import arabic

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "geonames").is_dir(),
                                reason="needs ../shared/data (GeoNames extract) for the gazetteer")

PUBLISHED = dt.date(2024, 1, 4)  # a Thursday


def _targets(frames):
    return [value_of(f, "target").name if value_of(f, "target") is not None else None for f in frames]


# --------------------------------------------------------------------------- the seat of an authority


@pytest.mark.parametrize("text, name, seat", [
    ("وطالب المحافظ الحكومة الاتحادية في بغداد بحماية المنشآت", "بغداد", True),
    ("ودعت الوزارة السلطات المحلية في حمص إلى التحقيق", "حمص", True),
    ("وأشاد النائب بجهود البرلمان في عمان لوقف التصعيد", "عمان", True),
    # a place where something fell is no seat
    ("وسقطت قذيفة في حمص مساء أمس", "حمص", False),
    ("واستهدف القصف مقر الحكومة قرب دمشق", "دمشق", False),
])
def test_a_place_after_an_authority_in_it_is_that_authoritys_seat(text, name, seat):
    t = arabic.clean(text)
    assert arabic.authority_seat(t, t.index(name)) is seat


@needs_data
def test_urging_the_government_in_a_capital_is_no_attack_there():
    text = ("استهدفت طائرة مسيرة مفخخة فجر اليوم الخميس مستودعا للوقود في مدينة بيجي، ما أدى إلى اندلاع حريق.\n\n"
            "وقالت إدارة المصفاة في بيان إن \"هذا الاعتداء يهدد أمن الطاقة\"، مطالبة الحكومة المركزية في بغداد "
            "بملاحقة المسؤولين عنه.")
    frames = frames_of(text, "ar", PUBLISHED)
    assert _targets(frames) == ["بيجي"], _targets(frames)


# --------------------------------------------------------------------------- another site at the same time


@pytest.mark.parametrize("text, opens", [
    ("وبالتزامن مع ذلك، سقطت قذيفتان على قرية قريبة", True),
    ("وفي الوقت نفسه استهدفت مسيرة موقعا آخر", True),
    ("في غضون ذلك، أعلنت الوزارة ارتفاع الحصيلة", True),
    ("وسقطت القذيفة بالتزامن مع مرور الدورية", False),
])
def test_a_clause_opening_on_at_the_same_time(text, opens):
    assert arabic.meanwhile(arabic.clean(text)) is opens


@needs_data
def test_a_site_hit_at_the_same_time_is_its_own_event_not_a_closer_look_at_the_district():
    text = ("قصفت المدفعية التركية مساء الأربعاء مواقع لحزب العمال الكردستاني في قضاء شيلادزي، ما أدى إلى مقتل "
            "ثلاثة مسلحين.\n\n"
            "وبالتزامن مع ذلك، طالت القذائف منطقة كاني ماسي التابعة لمحافظة دهوك، من دون أن تسفر عن إصابات.")
    frames = frames_of(text, "ar", PUBLISHED)
    assert len(frames) == 2, _targets(frames)
    first = next(f for f in frames if values(f, "killed") == [3])
    assert value_of(first, "target").name == "شيلادزي"
    second = next(f for f in frames if f is not first)
    assert value_of(second, "target").name == "كاني ماسي"
    assert values(second, "killed") == [0] and values(second, "injured") == [0]


# --------------------------------------------------------------------------- a region a sentence opens on


@needs_data
def test_a_region_a_sentence_opens_on_after_a_site_elsewhere_is_its_own_event():
    text = ("أعلنت وزارة الدفاع أن صاروخا باليستيا أصاب مستودعا للوقود في مدينة نجران صباح اليوم الخميس، "
            "ما أدى إلى اندلاع حريق.\n\n"
            "وفي محافظة صامطة جنوبي المملكة، قال متحدث عسكري إن طائرة مسيرة استهدفت محطة كهرباء، دون وقوع إصابات.")
    frames = frames_of(text, "ar", PUBLISHED)
    assert len(frames) == 2, _targets(frames)
    assert {"نجران", "صامطة"} <= set(_targets(frames)), _targets(frames)


@pytest.mark.parametrize("text, opens", [
    ("كما أعلن الجيش إسقاط مسيرة فوق البلدة", True),
    ("كما أكد المتحدث أن الأضرار طفيفة", False),
    ("كما أن الهجوم ألحق أضرارا بالمنازل", False),
])
def test_additive_kama_and_a_verb(text, opens):
    assert arabic.additive(arabic.clean(text)) is opens


@needs_data
def test_also_announcing_an_interception_over_another_town_tells_another_event():
    # (after a governorate, a town named next would otherwise be read as a closer look inside it)
    text = ("قال التحالف إن صاروخا أطلقه الحوثيون سقط في محافظة صامطة صباح اليوم الخميس، ما أدى إلى إصابة "
            "مقيمين اثنين.\n\n"
            "كما أعلن التحالف اعتراض ثلاث طائرات مسيرة أطلقت باتجاه مدينة نجران.")
    frames = frames_of(text, "ar", PUBLISHED)
    assert len(frames) == 2, _targets(frames)
    najran = next(f for f in frames if value_of(f, "target").name == "نجران")
    assert value_of(najran, "count") == 3
    assert not values(najran, "injured")


# --------------------------------------------------------------------------- a denial of another projectile


@pytest.mark.parametrize("text, other", [
    ("وأوضح أن المسيرة الثانية لم تسفر عن أي إصابات", True),
    ("فيما سقط الصاروخ الآخر في أرض زراعية دون وقوع إصابات", True),
    ("وسقطت القذيفة في أرض خلاء دون وقوع إصابات", False),
    # "once again" is no second projectile
    ("واستهدفت القذائف البلدة مرة أخرى دون وقوع إصابات", False),
])
def test_a_denial_said_of_a_second_projectile(text, other):
    assert arabic.denial_of_another(arabic.clean(text)) is other


@needs_data
def test_a_second_drone_caused_no_injuries_is_no_zero_for_the_first_ones_toll():
    text = ("أصيب خمسة عمال بجروح صباح اليوم الخميس جراء سقوط حطام طائرة مسيرة اعترضتها الدفاعات الجوية فوق "
            "مطار جازان.\n\n"
            "وأضاف المتحدث أن الدفاعات اعترضت مساء اليوم نفسه طائرة أخرى، مبينا أن المحاولة الثانية لم تسفر "
            "عن أي إصابات.")
    frames = frames_of(text, "ar", PUBLISHED)
    toll = next(f for f in frames if values(f, "injured") and values(f, "injured")[0] == 5)
    assert values(toll, "killed") == [], toll.facts


@needs_data
def test_the_other_of_a_pair_unharmed_still_denies_casualties_of_the_attack():
    text = ("أسقطت الدفاعات الجوية فجر اليوم الخميس إحدى طائرتين مسيرتين استهدفتا قاعدة التاجي، فيما سقطت "
            "الأخرى في أرض خلاء قرب السياج دون أن تسفر عن إصابات.")
    frames = frames_of(text, "ar", PUBLISHED)
    assert len(frames) == 1
    assert values(frames[0], "killed") == [0] and values(frames[0], "injured") == [0]


# --------------------------------------------------------------------------- background that is no event

LEAD = "استهدفت طائرة مسيرة مفخخة فجر اليوم الخميس مستودعا للذخيرة قرب مدينة تكريت، دون وقوع إصابات."

BACKGROUND = [
    # a place in an official's title, in a sentence about the attack
    "وأكد قائد عمليات البصرة اللواء علي الحسيني أن القصف لم يوقع خسائر بشرية، مشيرا إلى فتح تحقيق.",
    # a condemnation from a capital (and an authority's seat)
    "وأدانت وزارة الخارجية في عمّان القصف الذي استهدف المستودع، ووصفته بأنه اعتداء سافر.",
    # the anniversary of an old attack, its place and toll
    "ويأتي الهجوم في الذكرى السنوية الأولى للهجوم الصاروخي على قاعدة حرير الذي أوقع قتيلين.",
    # a visit
    "وجاء القصف بعد ساعات من زيارة قائد القيادة المركزية الأمريكية إلى قاعدة التنف على الحدود السورية الأردنية.",
    # a negotiation venue
    "وتأتي الهجمات فيما تستضيف الدوحة جولة جديدة من المفاوضات حول وقف إطلاق النار والهجمات المتبادلة.",
    # a place in a group's own name
    "وأعلن فصيل يطلق على نفسه اسم \"لواء الثأر لشهداء سنجار\" مسؤوليته عن قصف المستودع بالطائرة المسيرة.",
    # urging the authorities in a capital
    "وطالبت الحكومة المحلية في كركوك السلطات الاتحادية في بغداد بحماية المنشآت بعد الهجوم الصاروخي.",
]


@needs_data
@pytest.mark.parametrize("sentence", BACKGROUND)
def test_background_sentences_make_no_event_of_their_own(sentence):
    assert frames_of(sentence, "ar", PUBLISHED) == [], _targets(frames_of(sentence, "ar", PUBLISHED))
    frames = frames_of(LEAD + "\n\n" + sentence, "ar", PUBLISHED)
    assert _targets(frames) == ["تكريت"], _targets(frames)


def test_anniversary_marks_where_the_old_attack_begins():
    t = arabic.clean("قتل جنديان بقصف على البلدة تزامنا مع ذكرى الهجوم على المطار")
    at = arabic.anniversary(t)
    assert at is not None and t[at:].startswith("ذكرى")
    assert arabic.anniversary(arabic.clean("وذكرت الوزارة أن القصف استهدف المطار")) is None


# --------------------------------------------------------------------------- an earlier attack told after "came days after"


@needs_data
def test_an_earlier_dated_attack_told_after_came_days_after_is_its_own_event():
    text = ("سقطت ثلاث قذائف هاون على معسكر الغزلاني في الموصل مساء اليوم الخميس دون وقوع إصابات.\n\n"
            "ويأتي الهجوم بعد أيام من إطلاق أربعة صواريخ مساء السبت 30 كانون الأول من سيارة مهجورة في قرية "
            "بعويزة باتجاه مطار أربيل الدولي.")
    frames = frames_of(text, "ar", PUBLISHED)
    assert len(frames) == 2, _targets(frames)
    erbil = next(f for f in frames if "أربيل" in value_of(f, "target").name)
    assert value_of(erbil, "date").earliest == dt.date(2023, 12, 30)
    assert value_of(erbil, "count") == 4
    # launched from a car left in a village: the village is where they came from, not what they hit
    assert value_of(erbil, "launch").name == "بعويزة"


@needs_data
def test_came_days_after_a_setting_with_no_day_is_still_no_event():
    text = ("سقطت ثلاث قذائف هاون على معسكر الغزلاني في الموصل مساء اليوم الخميس دون وقوع إصابات.\n\n"
            "ويأتي الهجوم بعد أيام من تهديد الفصائل بتصعيد الهجمات على القوات الأجنبية في قاعدة حرير.")
    frames = frames_of(text, "ar", PUBLISHED)
    assert _targets(frames) == ["الغزلاني"], _targets(frames)


@pytest.mark.parametrize("text, told", [
    ("من إطلاق صواريخ مساء الثلاثاء على القاعدة", True),
    ("من قصف استهدف المطار في 12 آذار", True),
    ("من تسليم القوات معسكرا شمال المدينة", False),
])
def test_a_stretch_names_a_day(text, told):
    assert arabic.dated(text) is told
