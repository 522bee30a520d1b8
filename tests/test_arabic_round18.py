"""Arabic news grammar, round 18: a weekday set beside the explicit date it names ("مساء الخميس في الحادي عشر
من نيسان") is dated by the explicit date; "خلال اليوم"/"طوال اليوم" (during the day) is the day being told, not
today; a launcher found "..., قرب قرية X" after an aside marks X as the launch site; threats, vows, capabilities
and holdings ("توعد بشن هجمات على X", "تمتلك صواريخ قادرة على ...", "أي هجوم على X") tell no incident; a
commemoration of an old attack ("أحيا أهالي X الذكرى ... للقصف") and a tally's "most targeted" sites are none.

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

PUBLISHED = dt.date(2024, 5, 14)  # a Tuesday


def _dates(frames):
    return [(value_of(f, "target").name, value_of(f, "date").earliest) for f in frames]


class _D:
    def __init__(self, text, phrase, day, precision="day"):
        self.start = text.index(phrase)
        self.end = self.start + len(phrase)
        self.span = type("S", (), {"precision": precision, "earliest": day})()


def test_explicit_date_beside_weekday_wins():
    text = arabic.clean("وكانت طائرات قد قصفت مساء الخميس، الحادي عشر من نيسان، مستودعا قرب البلدة")
    ds = [_D(text, "مساء الخميس", dt.date(2024, 5, 9)), _D(text, "الحادي عشر من نيسان", dt.date(2024, 4, 11))]
    assert [text[d.start:d.end] for d in arabic.incident_dates(text, ds)] == ["الحادي عشر من نيسان"]


def test_weekday_apart_from_date_is_kept():
    # a weekday and a date in different phrases of the clause are two facts; neither is dropped
    text = arabic.clean("قال الجيش الخميس إن القصف الذي وقع في الحادي عشر من نيسان دمر مستودعا")
    ds = [_D(text, "الخميس", dt.date(2024, 5, 9)), _D(text, "الحادي عشر من نيسان", dt.date(2024, 4, 11))]
    assert len(arabic.incident_dates(text, ds)) == 2


@needs_data
def test_weekday_then_explicit_date_dates_the_old_attack():
    text = ("سقطت ثلاث قذائف هاون صباح اليوم على بلدة الزبداني دون إصابات.\n\n"
            "وكانت طائرات حربية قد قصفت مساء الخميس في الحادي عشر من نيسان الماضي مستودعا في مدينة تدمر، "
            "ما أدى إلى مقتل أربعة أشخاص.")
    days = dict(_dates(frames_of(text, "ar", PUBLISHED)))
    assert dt.date(2024, 4, 11) in days.values()
    assert dt.date(2024, 5, 9) not in days.values()


def test_during_the_day_is_not_today():
    text = arabic.clean("وقال الجيش إن طائراته قصفت طوال اليوم مواقع في البلدة")
    ds = [_D(text, "اليوم", dt.date(2024, 5, 14))]
    assert arabic.incident_dates(text, ds) == []
    text = arabic.clean("قصفت الطائرات اليوم مواقع في البلدة")
    assert len(arabic.incident_dates(text, [_D(text, "اليوم", dt.date(2024, 5, 14))])) == 1


def test_launcher_found_after_an_aside():
    text = arabic.clean("وعثرت القوات على راجمة صواريخ مموهة بأغصان الأشجار، قرب قرية ")
    assert arabic._launch_site_before(text, len(text))
    text = arabic.clean("وعثرت القوات على منصة الإطلاق، وقصفت الطائرات بلدة ")
    assert not arabic._launch_site_before(text, len(text))


PASSAGES_NONE = {
    "threat": """فصيل مسلح يتوعد بضرب منشآت نفطية

البصرة - وكالات

توعد المتحدث باسم فصيل مسلح، مساء الاثنين، بشن هجمات بالطائرات المسيرة على حقل الرميلة النفطي وميناء أم قصر إذا لم تغادر الشركات الأجنبية المحافظة خلال شهر.

وقال في تسجيل مصور إن "صواريخنا ستطال كل منشأة يعمل فيها الأجانب"، مضيفا أن مقاتليه مستعدون للرد على أي هجوم يستهدف مقراتهم في قضاء الزبير.

وتمتلك الجماعة صواريخ قصيرة المدى قادرة على بلوغ الكويت، بحسب مسؤول أمني تحدث شرط عدم الكشف عن اسمه.

من جهتها، دعت وزارة النفط إلى تعزيز حماية الحقول، فيما أكد محافظ البصرة أن القوات الأمنية جاهزة للتعامل مع أي تهديد، مشيرا إلى أن الشركات تواصل عملها بشكل طبيعي.""",
    "tally": """تقرير أممي: عشرات الهجمات على مواقع قوات حفظ السلام

نيويورك - وكالات

قال تقرير للأمم المتحدة إن مواقع قوات حفظ السلام تعرضت لأكثر من 70 هجوما بالقذائف والطائرات المسيرة منذ مطلع العام، أغلبها في القطاع الغربي.

وأوضح التقرير أن مقر القيادة في الناقورة وموقع الكتيبة الإيطالية قرب شمع كانا الأكثر تعرضا للقصف، وأن معظم الهجمات لم تسفر عن إصابات.

ودعا الأمين العام الأطراف إلى احترام حرمة مواقع الأمم المتحدة، فيما قالت الدول المساهمة بقوات إنها تدرس تعزيز إجراءات الحماية في المواقع الحدودية.""",
    "commemoration": """إحياء ذكرى ضحايا قصف المدرسة

حمص - خاص

أحيا أهالي مدينة تلبيسة، اليوم الثلاثاء، الذكرى السابعة للقصف الذي طال مدرسة البلدة وأودى بحياة عدد من التلاميذ والمعلمين.

ورفع المشاركون صور الضحايا في ساحة البلدة، وطالبوا المنظمات الدولية بمحاسبة المسؤولين، فيما أضاءت العائلات الشموع أمام المبنى المدمر.

وقالت إحدى المعلمات إن "تلك الغارة محت جيلا كاملا"، متذكرة كيف نقل المصابون إلى مستشفيات في الرستن وحماة.""",
    "visit": """قائد الجيش يزور قاعدة جوية في الشمال

بيروت - الوكالة الوطنية

زار قائد الجيش، اليوم الثلاثاء، قاعدة القليعات الجوية في عكار، حيث اطلع على جاهزية الوحدات وتفقد منظومات الرصد الجوي الحديثة.

واستمع إلى شرح من قائد القاعدة عن خطط التدريب، والتقى طيارين شاركوا في مهمات إخلاء خلال العام الماضي، مؤكدا أن الجيش قادر على حماية الأجواء اللبنانية.

وفي ختام الزيارة انتقل إلى مدينة طرابلس حيث افتتح مركزا طبيا عسكريا جديدا.""",
}


@needs_data
@pytest.mark.parametrize("name", sorted(PASSAGES_NONE))
def test_passage_without_an_attack_has_no_event(name):
    frames = frames_of(PASSAGES_NONE[name], "ar", PUBLISHED)
    assert [(value_of(f, "event_type"), value_of(f, "target").name) for f in frames] == []


@needs_data
def test_threat_beside_a_real_attack_keeps_only_the_attack():
    text = """قصف مدفعي على بلدة حدودية

درعا - خاص

سقطت أربع قذائف هاون، فجر اليوم الثلاثاء، على بلدة نصيب الحدودية، ما أدى إلى إصابة مدنيين اثنين بجروح.

وتوعد فصيل محلي بشن هجمات على مواقع الجيش في بلدة خربة غزالة إذا تكرر القصف، فيما دعت فعاليات أهلية إلى التهدئة."""
    frames = frames_of(text, "ar", PUBLISHED)
    assert [value_of(f, "target").name for f in frames] == ["نصيب"]
