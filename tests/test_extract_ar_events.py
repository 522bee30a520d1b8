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
