"""Arabic event-level rules of extract.py (clause splitting, lists of sites, types), in wordings of our own."""
import datetime as dt

from geo_events.extract import extract, split_clauses
from geo_events.models import Document

PUB = dt.date(2023, 11, 21)  # a Tuesday


def frames_of(text, published=PUB):
    return extract(Document("t.txt", text, "ar", published))


def test_a_list_of_targets_after_fi_gives_one_event_per_site():
    frames = frames_of("استهدفت طائرات مسيرة يوم الثلاثاء منشآت نفطية في بقيق وخريص شرق السعودية.")
    assert sorted(f.first("target").value.name for f in frames) == sorted(["بقيق", "خريص"])
    assert all(f.first("event_type").value == "drone attack" for f in frames)


def test_in_addition_to_opens_a_clause_of_its_own():
    clauses = split_clauses("سقط صاروخ على مطار بغداد الدولي، إضافة إلى قذيفتين سقطتا قرب مدينة الصدر", "ar")
    assert len(clauses) == 2 and clauses[1].text.startswith("قذيفتين")


def test_salvos_of_rockets_in_an_air_aggression_are_an_airstrike():
    (f,) = frames_of("شن الطيران الإسرائيلي عدوانا جويا فجر الخميس على محيط مدينة حمص مستهدفا مستودعات "
                     "بعدة رشقات من الصواريخ.")
    assert f.first("event_type").value == "airstrike"


def test_two_roadside_bombs_in_the_dual_are_an_ied_attack_of_two():
    (f,) = frames_of("انفجرت عبوتان ناسفتان يوم الاثنين على طريق رتل دعم لوجستي قرب مدينة الناصرية.")
    assert f.first("event_type").value == "IED attack"
    assert f.first("count").value == 2


def test_the_day_of_a_statement_between_commas_is_not_the_incident_day():
    (f,) = frames_of("قالت القيادة المركزية، الأحد، إن طائرة مسيرة استهدفت قاعدة عين الأسد ليل الجمعة.")
    assert f.first("date").value.earliest == dt.date(2023, 11, 17)  # the Friday, not the Sunday


def test_a_shelling_verb_in_the_feminine_and_warplanes_make_an_airstrike():
    (f,) = frames_of("قصفت مقاتلات تركية يوم الأحد قرى في محيط مدينة زاخو شمال العراق.")
    assert f.first("event_type").value == "airstrike"


def test_the_attack_avenged_is_background():
    frames = frames_of("قصفت فصائل مسلحة بالصواريخ قاعدة حرير يوم الاثنين، رداً على الهجوم الذي استهدف "
                       "مدينة القائم وقتل جنديين الشهر الماضي.")
    assert [f.first("target").value.name for f in frames] == ["حرير"]
    assert frames[0].first("killed") is None  # the two dead are of the attack avenged


def test_a_total_of_missiles_is_not_the_count_of_a_drone_strike():
    frames = frames_of("استهدفت طائرات مسيرة يوم الأحد مقرا في بلدة سنجار. وقال الجيش إنه أطلق 40 صاروخاً في العملية.")
    drone = [f for f in frames if f.first("event_type").value == "drone attack"]
    assert drone and all(f.first("count") is None for f in drone)


def test_a_condemnation_names_no_new_target():
    frames = frames_of("سقطت ثلاثة صواريخ يوم الاثنين على قاعدة بلد الجوية. ونددت وزارة الخارجية بالقصف في بيان صدر في عمان.")
    assert [f.first("target").value.name for f in frames] == ["قاعدة بلد الجوية"] or len(frames) == 1
    assert all("عمان" not in f.first("target").value.name for f in frames)


def test_a_death_stated_beside_no_injuries_stays():
    (f,) = frames_of("سقط صاروخ يوم الأحد على مدينة كركوك وقتل مدني واحد دون وقوع إصابات أخرى.")
    assert f.first("killed").value == 1
    assert f.first("injured").value == 0


# --- extraction round 4 ------------------------------------------------------------------------------


def test_a_toll_told_before_its_strike_goes_to_that_strike():
    frames = frames_of("ارتفعت حصيلة القصف الجوي إلى 9 قتلى و20 جريحا، وفق الدفاع المدني، اليوم الثلاثاء. "
                       "وكانت طائرات حربية قد قصفت أمس الاثنين بلدة كفرنبل جنوبي إدلب.")
    (f,) = frames
    assert f.first("target").value.name == "كفرنبل"
    assert [(x.value, x.qualifier) for x in f.get("killed")] == [(9, "revised")]
    assert [x.value for x in f.get("injured")] == [20]


def test_the_airport_of_a_city_is_a_site_of_its_own():
    frames = frames_of("قتل شخصان أمس الاثنين في انفجار في منطقة مسيعيد الصناعية في الدوحة. كما اندلع حريق في مطار الدوحة "
                       "الدولي إثر سقوط طائرة مسيرة.")
    assert len(frames) == 2
    assert any(f.first("target").value.cue == "airport" for f in frames)


def test_the_two_attacks_without_casualties_covers_both_sites():
    frames = frames_of("استهدفت طائرة مسيرة مساء الأحد مستودعا في ميناء جازان. وسقط صاروخ في وقت لاحق قرب مدينة "
                       "نجران، وأكدت السلطات أن الهجومين لم يسفرا عن أي إصابات أو خسائر في الأرواح.")
    assert len(frames) == 2
    assert all(f.first("killed").value == 0 and f.first("injured").value == 0 for f in frames)


def test_a_claim_by_a_group_not_in_the_actor_list():
    (f,) = frames_of("قتل ثلاثة جنود أمس الاثنين في هجوم بطائرة مسيرة على موقع قرب بلدة الحسكة تبنته جماعة "
                     "المقاومة الشعبية.")
    assert [x.value for x in f.get("claimed_by")] == ["جماعة المقاومة الشعبية"]


def test_the_raids_on_other_towns_are_incidents_of_their_own():
    frames = frames_of("قتل عشرة مسلحين أمس الاثنين في غارات استهدفت مواقع في قضاء سنجار. وذكر مرصد أن 7 مسلحين "
                       "قتلوا في الغارات التي طالت مواقع في مدينتي الرقة والطبقة بريف حلب.")
    assert sorted(f.first("target").value.name for f in frames) == sorted(["سنجار", "الرقة", "الطبقة"])
    sinjar = next(f for f in frames if f.first("target").value.name == "سنجار")
    assert [x.value for x in sinjar.get("killed")] == [10]
    # the 7 killed across both towns belong to neither town alone
    assert all(f.first("killed") is None for f in frames if f is not sinjar)
