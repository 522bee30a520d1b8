"""Arabic news grammar, round 19: what a clause tells ON a place, and stories with no attack at all.

Weapons named with nothing done with them (a parade, an arsenal, launchers spread in the mountains, an
interceptor's cost) tell no attack; a reprisal summed up as "ردت X بغارات على ..." with no day of its own
is a campaign, not one raid; "the next strike" and "ستسقط" are still to come; the people of a town who heard
the blasts put no attack on their town; "أن الصواريخ استهدفت" / "اعتراض الصواريخ" are projectiles of the incident told;
a statement naming the next target with its own weapon ("..., و"قاعدة Y برشقة صاروخية"") tells two attacks
of two types; "مسيرة تركية" / "قصف مسيرة" is a drone (and a funeral "مسيرة" is not).

The sentences and passages are written for these tests, with places, wording and numbers of their own.
"""
import datetime as dt
from pathlib import Path

import pytest

from factories import frames_of, value_of
from geo_events import arabic

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "geonames").is_dir(),
                                reason="needs ../shared/data (GeoNames extract) for the gazetteer")

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


def _told(text):
    return [(value_of(f, "event_type"), value_of(f, "target").name if value_of(f, "target") else None)
            for f in frames_of(text, "ar", PUBLISHED) if value_of(f, "event_type")]


@pytest.mark.parametrize("clause", [
    "وعرضت الجماعة في استعراض عسكري بمدينة الحديدة نماذج من صواريخ كروز وطائرات مسيرة جديدة",
    "وتتوزع منصات الإطلاق في مناطق جبلية قرب مدينة ذمار وفي أطراف محافظة البيضاء",
    "وتتهم واشنطن طهران بتزويد الجماعة بالصواريخ والطائرات المسيرة",
    "ويقول خبراء إن كلفة صاروخ اعتراضي واحد تفوق ثمن عشرات المسيرات",
])
def test_weapons_with_nothing_done_with_them(clause):
    assert arabic.weapons_only(arabic.clean(clause))


@pytest.mark.parametrize("clause", [
    "سقط صاروخان على مستودع قرب بلدة الشيخ بدر",
    "أطلقت الجماعة ثلاث طائرات مسيرة باتجاه مدينة مأرب",
    "وأسقطت الدفاعات الجوية مسيرة فوق المطار",
    "صواريخ على قاعدة عسكرية في الأنبار",  # a headline: the rockets aimed at the base
    "وعثرت القوات على منصة إطلاق صواريخ قرب الطريق",  # a launcher found: part of an attack story
    "يطلق الحزب يوميا صواريخ ومسيرات نحو البلدات الحدودية",
])
def test_weapons_used_are_not_an_arsenal(clause):
    assert not arabic.weapons_only(arabic.clean(clause))


ARSENAL = """قراءة في ترسانة الجماعات المسلحة في الساحل الغربي

عدن - خاص

يرى باحثون عسكريون أن الجماعة طورت خلال السنوات الأخيرة قدراتها الصاروخية بشكل لافت، إذ تضم مخازنها صواريخ قصيرة المدى وطائرات مسيرة انتحارية وزوارق مسيرة.

وتتوزع ورش التجميع، بحسب تقديرات استخباراتية، في مناطق جبلية قرب مدينة ذمار وفي أطراف محافظة البيضاء، فيما تخزن الصواريخ في كهوف محصنة يصعب رصدها.

وعرضت الجماعة في استعراض عسكري بمدينة الحديدة العام الماضي نماذج من صواريخ كروز وطائرات مسيرة جديدة، قالت إنها من صناعة محلية.

ويقول خبراء إن كلفة صاروخ اعتراضي واحد تفوق ثمن عشرات المسيرات، ما يجعل معادلة الدفاع مكلفة لخصوم الجماعة."""

PARLIAMENT = """البرلمان يناقش مستقبل القواعد الأجنبية

بغداد - الأربعاء 15 أيار 2024

عقد مجلس النواب، اليوم الأربعاء، جلسة لمناقشة جدولة انسحاب القوات الأجنبية من قاعدتي عين الأسد وحرير، وسط خلافات بين الكتل السياسية.

وطالب نواب الحكومة بتقديم تقرير عن الهجمات التي تعرضت لها القواعد خلال الأشهر الماضية، فيما دعا آخرون إلى منع أي هجوم جديد قد يجر البلاد إلى مواجهة إقليمية.

وقال رئيس لجنة الأمن والدفاع إن القواعد المذكورة تخضع لإدارة عراقية، مؤكدا أن أي ضربة تستهدفها ستعد اعتداء على السيادة."""

FUNERAL = """تشييع جثامين ثلاثة من رجال الإطفاء في مدينة صور

صور - الأربعاء 15 أيار 2024

شيع آلاف من أهالي مدينة صور، ظهر اليوم الأربعاء، جثامين ثلاثة من عناصر الدفاع المدني إلى مثواهم الأخير في مقبرة البلدة، وسط هتافات غاضبة.

وانطلقت مسيرة التشييع من أمام مستشفى المدينة، حيث رفعت صور الضحايا وأعلام الدفاع المدني، وأقفلت المحال التجارية أبوابها حدادا.

وكان العناصر الثلاثة قد قتلوا قبل أسبوعين أثناء إخماد حريق في أحد البساتين، بحسب بيان للمديرية العامة."""

SHIPPING = """تحذير ملاحي جديد للسفن العابرة في البحر الأحمر

جدة - الأربعاء 15 أيار 2024

أصدرت هيئة العمليات البحرية التجارية البريطانية، اليوم الأربعاء، تحذيرا جديدا للسفن التجارية العابرة قرب ميناء الحديدة وباب المندب، دعت فيه إلى الإبلاغ عن أي نشاط مشبوه.

وقالت شركات تأمين إن أقساط التأمين على الرحلات عبر البحر الأحمر ارتفعت إلى مستويات قياسية، بعد أشهر من الهجمات بالمسيرات والصواريخ على السفن.

ويتوقع خبراء في الشحن أن تواصل شركات كبرى تحويل مسار سفنها عبر رأس الرجاء الصالح ما دامت المخاطر قائمة."""

WEEKLY = """حصاد الأسبوع: تراجع الهجمات في البادية السورية

دمشق - الأربعاء 15 أيار 2024

شهدت البادية السورية خلال الأسبوع الماضي تراجعا ملحوظا في الهجمات، بحسب حصيلة أسبوعية نشرها مرصد محلي، أحصت ست هجمات متفرقة في ريف حمص الشرقي وريف دير الزور.

وأوضح المرصد أن معظم الهجمات نفذتها خلايا مسلحة ضد نقاط عسكرية، من دون أن يحدد مواقعها بدقة، مشيرا إلى أن الطيران الحربي نفذ خلال الفترة نفسها عشرات الطلعات فوق البادية.

ويرى مراقبون أن تراجع الهجمات مرتبط بالعمليات الأمنية التي تنفذها القوات الحكومية منذ مطلع العام."""

REPRISAL = """حصيلة شهر من التصعيد على الحدود

بيروت - الأربعاء 15 أيار 2024

قال تقرير لمركز أبحاث محلي إن الحدود الجنوبية شهدت تصعيدا متواصلا منذ مطلع الشهر.

وردت إسرائيل بغارات على بلدات الخيام وكفركلا والعديسة، فيما ردت الفصائل بهجمات على مواقع عسكرية قبالتها، وفق التقرير."""


@needs_data
@pytest.mark.parametrize("text", [ARSENAL, PARLIAMENT, FUNERAL, SHIPPING, WEEKLY, REPRISAL],
                         ids=["arsenal", "parliament", "funeral", "shipping", "weekly", "reprisal"])
def test_story_without_an_attack_has_no_event(text):
    assert _told(text) == []


@needs_data
def test_reprisal_with_a_day_of_its_own_is_an_incident():
    text = ("غارات على جنوب لبنان\n\nبيروت - الأربعاء 15 أيار 2024\n\n"
            "وردت إسرائيل فجر اليوم الأربعاء بغارات على بلدة الخيام، ما أدى إلى إصابة ثلاثة مدنيين.")
    assert [t for _, t in _told(text)] == ["الخيام"]


@needs_data
def test_funeral_of_the_victims_of_a_strike_yesterday():
    # the story is the funeral; the strike of the day before is its one incident, by a drone; the mayor's
    # "next strike" is still to come
    text = """تشييع ضحايا القصف على بلدة بنت جبيل

بنت جبيل - الأربعاء 15 أيار 2024

شيع أهالي بلدة بنت جبيل، اليوم الأربعاء، جثامين مدنيين اثنين قتلا مساء أمس الثلاثاء بقصف مسيرة إسرائيلية استهدف سيارتهما عند مدخل البلدة.

وانطلق موكب التشييع من أمام مستشفى البلدة، وسط حضور شعبي واسع، فيما أغلقت المدارس أبوابها حدادا.

وقال رئيس البلدية إن "الناس هنا لا يعرفون أين ستسقط الضربة المقبلة"."""
    # (its day: the funeral's "اليوم الأربعاء" between commas after "شيع" still wins over "مساء أمس الثلاثاء";
    # the day of a statement is dropped that way, the day of a funeral not yet -- see the round report)
    assert _told(text) == [("drone attack", "بنت جبيل")]


@pytest.mark.parametrize("clause", [
    "ويقول أحد السكان إن أحدا لا يعرف متى ستسقط الضربة التالية",
    "وحذر مسؤولون من أن الهجوم المقبل قد يطال الميناء",
])
def test_the_next_strike_is_not_told(clause):
    assert _told(clause) == []


@needs_data
def test_hearers_town_is_no_target_and_the_intercepted_rockets_are_the_same_incident():
    text = """انفجارات في ريف حماة

حماة - الأربعاء 15 أيار 2024

أفاد أهالي قرى مصياف ووادي العيون بسماع دوي انفجارات قوية مساء أمس الثلاثاء، فيما قال مصدر عسكري إن صاروخين سقطا على مستودع قرب بلدة الشيخ بدر.

وشوهدت في سماء المنطقة ومضات ناجمة عن اعتراض الصواريخ."""
    assert _told(text) == [("rocket attack", "الشيخ بدر")]


@needs_data
def test_hearers_of_a_town_hit_still_name_it_when_the_blasts_were_there():
    # the blasts heard IN the town's base: the place of the attack, not of the witnesses
    text = ("انفجارات في دير الزور\n\nدير الزور - الأربعاء 15 أيار 2024\n\n"
            "قال سكان إنهم سمعوا دوي انفجارات في محيط مطار دير الزور العسكري مساء أمس الثلاثاء، "
            "بعد سقوط ثلاث قذائف صاروخية داخله.")
    assert [t for _, t in _told(text)] == ["مطار دير الزور العسكري"] or \
        [t for _, t in _told(text)] == ["دير الزور"]


@needs_data
def test_statement_names_the_next_target_with_its_own_weapon():
    text = """فصائل عراقية تتبنى هجومين على قاعدتين في سوريا

بغداد - الأربعاء 15 أيار 2024

وقالت الفصائل في بيان، اليوم الأربعاء، إنها "ضربت قاعدة التنف بثلاث طائرات مسيرة" فجر اليوم، و"قاعدة حقل العمر برشقة صاروخية" ظهر اليوم نفسه."""
    assert sorted(_told(text)) == [("drone attack", "التنف"), ("rocket attack", "حقل العمر")]


def test_a_list_of_places_with_one_weapon_stays_one_clause():
    from geo_events.extract import split_clauses
    text = "استهدفت الطائرات مواقع في بلدة الخيام، وبلدة كفركلا المجاورة، دون إصابات"
    assert len(split_clauses(text, "ar")) == 1
    # damage to an aircraft is no new target with a weapon of its own
    text = "ما أدى إلى إصابة ثمانية أشخاص، وإلحاق أضرار بطائرة مدنية على المدرج"
    assert len(split_clauses(text, "ar")) == 1


@needs_data
def test_reported_definite_rockets_refine_the_incident_told():
    # "أن الصواريخ استهدفت X": the rockets of the raid just told, now placed more closely -- not a second raid
    text = """غارة على ريف حمص

حمص - الأربعاء 15 أيار 2024

تصدت الدفاعات الجوية مساء أمس الثلاثاء لعدوان جوي استهدف نقاطا عسكرية في ريف حمص الغربي، وأسقطت معظم الصواريخ.

وذكرت مصادر محلية أن الصواريخ استهدفت بشكل رئيسي محيط بلدة القصير."""
    assert len(_told(text)) == 1
