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
