"""Arabic wire copy, session 28 (ar28): NNA / Al Mayadeen / Saba round-ups (invented items).

Every sentence is written for these tests, modelled on agency copy from south Lebanon, northern Israel and Yemen.

- A group's claim told in a sentence that goes on to the army's own shelling ("أعلن حزب الله أن مقاتليه استهدفوا
  موقع X، فيما قصف الجيش الإسرائيلي مدفعيا أطراف بلدة Y") is not the claim of that shelling.
- "أطلق حزب الله 50 صاروخا على X، اعترضت القبة الحديدية عددا منها": some of a salvo stopped is still a rocket attack.
- Shells the guns fire ("قصفت المدفعية بلدة X بعشرات القذائف", "بعشرين قذيفة مدفعية") are shelling, no rockets.
- Tolls: "فيما أصيب ثالث بجروح" (one more), "نعى حزب الله اثنين من مقاتليه قضيا" / "ثلاثة من عناصره" (the group's
  dead), "ارتفعت حصيلة الغارة إلى ستة شهداء. وكانت الغارة قد استهدفت منزلا في X" (the raid told in the pluperfect is
  the one just reported, no history).
- Counts: "معظم الصواريخ الثلاثين" (the figure as the adjective of the definite salvo).
- Places: an area the gazetteer lacks, inside a province named around it ("منطقة X في مديرية Y بمحافظة الحديدة"),
  falls back to the finest known place; "استهدف الطيران بلدة X بغارتين وبلدة Y بثلاث غارات" is two sites, each
  with its raids.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


def test_a_claim_is_not_given_to_the_armys_shelling_told_after_it():
    text = ("أعلن حزب الله أن مقاتليه استهدفوا موقع المالكية بصاروخ بركان، فيما قصف الجيش الإسرائيلي مدفعيا أطراف "
            "بلدة عيتا الشعب.")
    claims = {e.place.name: list(e.claimed_by) for e in events_of(text, "ar", P)}
    assert claims == {"Malkiyya": ["Hezbollah"], "Aïta ech Chaab": []}


@pytest.mark.parametrize("text, count", [
    ("أطلق حزب الله نحو 50 صاروخا على كريات شمونة، اعترضت القبة الحديدية عددا منها.", 50),
    ("أطلقت حركة حماس 30 صاروخا على عسقلان اعترضت القبة الحديدية معظمها.", 30),
])
def test_a_salvo_partly_intercepted_stays_a_rocket_attack(text, count):
    assert [(e.event_type, e.count.best) for e in events_of(text, "ar", P)] == [("rocket attack", count)]


@pytest.mark.parametrize("text", [
    "قصفت المدفعية الإسرائيلية بلدة الخيام بعشرات القذائف.",
    "قصفت المدفعية الإسرائيلية أطراف بلدتي كفرشوبا وشبعا بعشرات القذائف.",
    "قصف الجيش الإسرائيلي بلدة الناقورة بأكثر من 20 قذيفة مدفعية.",
])
def test_shells_fired_by_the_guns_are_shelling_not_rockets(text):
    types = {e.event_type for e in events_of(text, "ar", P)}
    assert types == {"attack"}


@pytest.mark.parametrize("text, killed, injured", [
    ("استشهد مواطنان في غارة إسرائيلية على بلدة عيترون، فيما أصيب ثالث بجروح.", 2, 1),
    ("ونعى حزب الله اثنين من مقاتليه قضيا في غارة إسرائيلية على بلدة بنت جبيل.", 2, None),
    ("نعى حزب الله ثلاثة من عناصره سقطوا في غارة على بلدة عيترون.", 3, None),
    ("نعى حزب الله ثلاثة من عناصره استشهدوا في غارة على بلدة عيترون.", 3, None),
    ("نعت حركة أمل أحد عناصرها الذي سقط في غارة على بلدة بليدا.", 1, None),
])
def test_tolls_of_one_more_and_of_the_groups_own_dead(text, killed, injured):
    assert [(e.killed.best, e.injured.best) for e in events_of(text, "ar", P)] == [(killed, injured)]


@pytest.mark.parametrize("text", [
    "ارتفعت حصيلة الغارة الإسرائيلية إلى ستة شهداء. وكانت الغارة قد استهدفت منزلا في بلدة النبطية.",
    "استشهد ستة مواطنين في غارة إسرائيلية. وكانت الغارة قد استهدفت منزلا في بلدة النبطية.",
])
def test_the_raid_told_in_the_pluperfect_is_the_one_reported(text):
    assert [(e.place.name, e.killed.best) for e in events_of(text, "ar", P)] == [("Nabatieh", 6)]


@pytest.mark.parametrize("text, count", [
    ("اعترضت الدفاعات الجوية معظم الصواريخ الثلاثين التي أطلقت من لبنان باتجاه حيفا.", 30),
    ("اعترضت القبة الحديدية ثمانية من الصواريخ العشرة التي أطلقت على نهاريا.", 10),
    ("سقطت الصواريخ العشرون في مناطق مفتوحة قرب صفد.", 20),
])
def test_the_salvos_figure_as_the_adjective_of_its_noun(text, count):
    assert [e.count.best for e in events_of(text, "ar", P)] == [count]


@pytest.mark.parametrize("text", [
    "شن طيران العدوان غارة على منطقة الجبانة في مديرية الحوك بمحافظة الحديدة.",
    "شن طيران العدوان غارة على منطقة الجبانة بمحافظة الحديدة.",
    "شن طيران العدوان غارة على منطقة الكثيب في مديرية الحوك بمحافظة الحديدة.",
])
def test_an_unlisted_area_falls_back_to_the_province_named_around_it(text):
    assert [e.place.name if e.place else None for e in events_of(text, "ar", P)] == ["Al Ḩudaydah"]


@pytest.mark.parametrize("text, counts", [
    ("استهدف الطيران بلدة الخيام بغارتين وبلدة كفركلا بثلاث غارات.", {"El Khiyam": 2, "Kfar Kila": 3}),
    ("استهدف الطيران الحربي الإسرائيلي بلدة عيتا الشعب بغارتين وبلدة رامية بغارة.",
     {"Aïta ech Chaab": 2, "Râmîyé": None}),
])
def test_each_site_with_its_own_raids(text, counts):
    assert {e.place.name: e.count.best for e in events_of(text, "ar", P)} == counts
