"""Arabic wire copy, session 30 (ar30): Iraq, Syria, Lebanon, Yemen (invented items).

Every sentence is written for these tests, modelled on agency copy.

- The Turkish defence ministry's "neutralised" ("حيدت 12 إرهابيا", "تم تحييد 5 إرهابيين") is its word for the
  fighters it killed, as English "eliminated"; "تحييد 3 طائرات مسيرة" is no toll.
- "قضاءي سنجار ومخمور" (the districts of X and Y) names two districts struck, an event each.
- A group that tells its own attack is the claimant: the spokesman by his surname ("وقال سريع في بيان إن القوات
  المسلحة اليمنية استهدفت"), the group the subject of the attack with its own statement cited ("استهدفت المقاومة
  الإسلامية في العراق قاعدة X، بحسب بيان لها"), "أعلنت X تنفيذ هجوم". A bare narrated subject with no source, and the
  other side's account ("وقال الجيش الإسرائيلي في بيان إن حزب الله أطلق"), are no claim.
- "في صحراء الأنبار" is the province (a finer place told with it still wins).
- "تعرض مطار X لعدوان إسرائيلي" (one indefinite aggression of Israel) is an airstrike, kept undated.
- A bomb seized or defused before it went off is no event.
- Lists: "، كما شن الطيران غارة على Y" and "، وأخرى منزلا في Y" open a next site; "موقع X وثكنة Y ومستوطنة Z" is three;
  "طائراته الحربية" (the army's own aircraft) make an airstrike.
"""
import datetime as dt

import pytest

from factories import events_of, one_event

P = dt.date(2024, 3, 15)


def _one(text):
    return one_event(text, "ar", P)


@pytest.mark.parametrize("text, killed", [
    ("أعلنت وزارة الدفاع التركية أن غارات جوية حيدت 12 إرهابيا في منطقة متينا شمالي العراق.", 12),
    ("قالت وزارة الدفاع التركية إن قواتها الجوية نفذت غارات على مواقع لحزب العمال الكردستاني في منطقة غارا شمالي "
     "العراق، وتم تحييد 5 إرهابيين.", 5),
    ("أعلنت وزارة الدفاع التركية تحييد 7 إرهابيين بغارات جوية في منطقة قنديل.", 7),
])
def test_the_fighters_a_ministry_neutralised_are_its_dead(text, killed):
    assert _one(text).killed.best == killed


def test_drones_neutralised_are_no_toll_but_fighters_are():
    text = "أعلنت الدفاعات الجوية تحييد 3 طائرات مسيرة بعد أن قصفت مسيرة تركية قرية في قضاء سنجار."
    assert all(e.killed.best is None for e in events_of(text, "ar", P))
    assert _one("قالت الوزارة إن غارة تركية حيدت إرهابيين اثنين في قضاء سنجار.").killed.best == 2


@pytest.mark.parametrize("text", [
    "قصفت طائرات مسيرة تركية قريتين في قضاءي سنجار ومخمور مساء الأربعاء.",
    "قصفت طائرات مسيرة تركية قضاءي سنجار ومخمور مساء الأربعاء.",
])
def test_the_dual_of_district_names_two_districts_struck(text):
    assert {e.place.name for e in events_of(text, "ar", P)} == {"Sinjār", "Mexmur"}


@pytest.mark.parametrize("text, claimant", [
    ("وقال سريع في بيان إن القوات المسلحة اليمنية استهدفت سفينة في البحر الأحمر بصواريخ بحرية.", "Houthis"),
    ("استهدفت المقاومة الإسلامية في العراق قاعدة عين الأسد بطائرة مسيرة، بحسب بيان لها.",
     "Islamic Resistance in Iraq"),
    ("استهدف حزب الله ثكنة زرعيت بصاروخين، وفق بيان للحزب.", "Hezbollah"),
    ("أعلنت المقاومة الإسلامية في العراق تنفيذ هجوم بطائرة مسيرة على هدف في إيلات.", "Islamic Resistance in Iraq"),
])
def test_the_groups_own_statement_makes_it_the_claimant(text, claimant):
    assert [list(e.claimed_by) for e in events_of(text, "ar", P)] == [[claimant]]


def test_the_other_sides_statement_is_no_claim():
    # (the group's own statement cited makes it the claimant; the other side's account of the same does not)
    mine = "استهدفت المقاومة الإسلامية في العراق قاعدة عين الأسد بطائرة مسيرة، بحسب بيان لها."
    theirs = "استهدفت المقاومة الإسلامية في العراق قاعدة عين الأسد بطائرة مسيرة، وفق بيان للجيش الأمريكي."
    told = "وقال الجيش الإسرائيلي في بيان إن حزب الله أطلق 20 صاروخا على كريات شمونة."
    assert [list(e.claimed_by) for t in (mine, theirs, told) for e in events_of(t, "ar", P)] == [
        ["Islamic Resistance in Iraq"], [], []]


@pytest.mark.parametrize("text, killed", [
    ("قتل ثلاثة من عناصر الحشد الشعبي بانفجار عبوة ناسفة على طريق في صحراء الأنبار.", 3),
    ("انفجرت عبوة ناسفة في صحراء الأنبار.", None),
])
def test_the_desert_of_a_province_is_the_province(text, killed):
    e = _one(text)
    assert (e.event_type, e.place.name, e.killed.best) == ("IED attack", "Anbar", killed)


def test_a_finer_place_told_with_the_desert_wins():
    text = ("ثالثا: ضربة في صحراء الأنبار على بعد نحو 40 كيلومترا شمال شرق قضاء الرطبة، أدت إلى مقتل إرهابيين اثنين "
            "كانا يستقلان دراجة نارية.")
    e = _one(text)
    assert e.place.name.endswith("Ar Ruţbah") and e.place.name.startswith("40 km")
    # (and the desert alone is the province)
    assert _one("قتل جنديان بانفجار عبوة ناسفة في صحراء الأنبار.").place.name == "Anbar"


@pytest.mark.parametrize("text", [
    "تعرض مطار حلب الدولي لعدوان إسرائيلي.",
    "استهدف عدوان إسرائيلي مطار حلب الدولي.",
])
def test_one_israeli_aggression_is_an_airstrike(text):
    e = _one(text)
    assert (e.event_type, e.place.name) == ("airstrike", "Aleppo International Airport")


def test_a_bomb_seized_before_it_went_off_is_no_event():
    assert events_of("ضبطت القوات الأمنية عبوة ناسفة قبل انفجارها في قضاء الطارمية.", "ar", P) == []
    assert events_of("أبطلت مفارز هندسية مفعول عبوة ناسفة زرعت قرب جامع في قضاء الطارمية.", "ar", P) == []
    # a bomb that went off before it could be defused is still one
    e = _one("قتل جنديان بانفجار عبوة ناسفة في قضاء الطارمية قبل أن يتمكن خبراء المتفجرات من تفكيكها.")
    assert (e.event_type, e.killed.best) == ("IED attack", 2)


@pytest.mark.parametrize("text, places", [
    ("تعرضت أطراف بلدة كفركلا لقصف مدفعي إسرائيلي، كما شن الطيران الحربي غارة على بلدة الخيام.",
     {("attack", "Kfar Kila"), ("airstrike", "El Khiyam")}),
    ("استهدفت غارة إسرائيلية سيارة في بلدة الخيام، وأخرى منزلا في بلدة ميس الجبل.",
     {("airstrike", "El Khiyam"), ("airstrike", "Meïss ej Jabal")}),
    ("أعلن حزب الله أن مقاتليه استهدفوا موقع المالكية وثكنة زرعيت ومستوطنة المطلة بالأسلحة الصاروخية.",
     {("rocket attack", "Malkiyya"), ("rocket attack", "Zar‘it"), ("rocket attack", "Metula")}),
    ("أعلن الجيش الإسرائيلي أن طائراته الحربية استهدفت بنى تحتية لحزب الله في بلدات عيتا الشعب وكفركلا والخيام.",
     {("airstrike", "Aïta ech Chaab"), ("airstrike", "Kfar Kila"), ("airstrike", "El Khiyam")}),
])
def test_several_sites_in_one_sentence_are_each_an_event(text, places):
    assert {(e.event_type, e.place.name) for e in events_of(text, "ar", P)} == places


def test_a_road_named_by_two_towns_with_a_dash_is_placed_though_its_first_town_is_spelled_otherwise():
    e = _one("استهدفت طائرة مسيرة مجهولة سيارة على طريق البوكمال - الميادين، ما أدى إلى مقتل ثلاثة عناصر.")
    assert (e.event_type, e.place.name, e.killed.best) == ("drone attack", "Ālbū Kamāl", 3)
