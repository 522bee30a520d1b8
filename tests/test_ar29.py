"""Arabic wire copy, session 29 (ar29): Iraqi "Islamic Resistance" and Houthi claims, SANA raids, bombs (invented items).

Every sentence is written for these tests, modelled on agency copy from Iraq, Syria and Yemen.

- SANA's formula "نفذ العدو الإسرائيلي عدوانا جويا من اتجاه X مستهدفا Y": X (the Golan, Lebanese land, an area) is
  where the aircraft fired from, never the place struck; "من اتجاه شمال شرق بيروت" tells the launch from Beirut.
- "العدوان الإسرائيلي على ريف دمشق" is one raid; only "العدوان على غزة/لبنان" (a whole land) is the war.
- Bombs carried by a vehicle or a man are IED attacks: "دراجة نارية مفخخة", "شاحنة مفخخة", "حزام ناسف",
  "تفجير انتحاري", "فجرت انتحارية نفسها".
- Claims: a quoted communiqué ('في بيان: "استهدف مجاهدونا ..."'), the spokesman's "قال المتحدث ... إن القوات
  البحرية استهدفت", a group named with a fused particle ("المتحدث العسكري للحوثيين"), "يحيى سريع" by name.
- "صاروخ فرط صوتي" (a hypersonic missile) is a missile; "قاعدة X وقاعدة Y" is two places; "قضاءي X وY" (two
  districts) heads a list of names as "قاعدتي" does.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


def _one(text):
    evs = events_of(text, "ar", P)
    assert len(evs) == 1, [(e.event_type, e.place_name) for e in evs]
    return evs[0]


@pytest.mark.parametrize("text, target, launch", [
    ("نفذ العدو الإسرائيلي عدوانا جويا من اتجاه الجولان السوري المحتل مستهدفا بعض النقاط في ريف دمشق.",
     "Rif Dimashq", (33.0, 35.75)),
    ("نفذ العدو الإسرائيلي عدوانا جويا من اتجاه منطقة التنف مستهدفا موقعا عسكريا في ريف تدمر.", "Tadmur",
     (33.49, 38.65)),
    ("نفذ العدو الإسرائيلي عدوانا جويا من اتجاه الأراضي اللبنانية مستهدفا مطار الشعيرات في ريف حمص.",
     "Shayrat Air Base", (33.92, 35.88)),
])
def test_the_direction_the_raid_came_from_is_its_launch_not_its_target(text, target, launch):
    e = _one(text)
    assert e.place.name == target
    assert e.launch is not None and e.launch.lat is not None, e.launch
    assert abs(e.launch.lat - launch[0]) < 0.2 and abs(e.launch.lon - launch[1]) < 0.2, e.launch


@pytest.mark.parametrize("text, target", [
    ("شن العدو الإسرائيلي عدوانا جويا من اتجاه البحر المتوسط غرب مدينة بانياس مستهدفا محيط مدينة طرطوس.", "Ţarţūs"),
])
def test_the_town_a_launch_bearing_is_told_from_is_not_the_target(text, target):
    assert _one(text).place.name == target


def test_a_launch_bearing_from_a_town_abroad_is_no_target_when_the_target_is_unknown():
    text = "نفذ العدو الإسرائيلي عدوانا جويا من اتجاه شمال شرق بيروت مستهدفا عددا من المواقع العسكرية في المنطقة الجنوبية."
    assert all(e.place is None or e.place.name != "Beirut" for e in events_of(text, "ar", P))


def test_the_aggression_on_a_countryside_is_one_raid_not_the_war():
    e = _one("أسفر العدوان الإسرائيلي على ريف دمشق عن استشهاد أربعة عسكريين وإصابة أربعة آخرين ووقوع بعض الخسائر المادية.")
    assert (e.place.name, e.killed.best, e.injured.best) == ("Rif Dimashq", 4, 4)
    # the aggression on a whole land is still the war
    text = "قتل ثلاثة أشخاص في قصف على بلدة عيترون في ظل العدوان الإسرائيلي على لبنان."
    assert [e.place.name for e in events_of(text, "ar", P)] == ["Aïtaroun"]


@pytest.mark.parametrize("text, place, killed, injured", [
    ("قتل 20 شخصا على الأقل في تفجير انتحاري استهدف سوقا في مدينة الرمادي.", "Ramadi", 20, None),
    ("انفجرت دراجة نارية مفخخة في بلدة الراعي بريف حلب، ما أدى إلى إصابة ثمانية أشخاص.", "Ar Rā‘ī", None, 8),
    ("هاجم انتحاري يرتدي حزاما ناسفا حاجزا للجيش في مدينة تدمر، ما أدى إلى مقتل أربعة جنود.", "Tadmur", 4, None),
    ("انفجرت شاحنة مفخخة عند مدخل مدينة تل أبيض، ما أسفر عن مقتل سبعة مدنيين.", "Tall Abyaḑ", 7, None),
    ("قتل شرطيان بانفجار عبوة لاصقة وضعت في سيارتهما في حي المنصور ببغداد.", "Mansour", 2, None),
    ("فجرت انتحارية نفسها عند حاجز أمني في مدينة الحسكة، ما أسفر عن إصابة ثلاثة عناصر.", "Al Ḩasakah", None, 3),
])
def test_bombs_carried_by_vehicles_and_suicide_bombers_are_ied_attacks(text, place, killed, injured):
    e = _one(text)
    assert (e.event_type, e.place.name, e.killed.best, e.injured.best) == ("IED attack", place, killed, injured)


def test_a_suicide_bombing_claimed_by_a_group_keeps_its_toll_and_claim():
    e = _one("أعلن تنظيم داعش مسؤوليته عن تفجير انتحاري في مدينة كركوك أودى بحياة 15 شخصا.")
    assert (e.event_type, e.place.name, e.killed.best, list(e.claimed_by)) == ("IED attack", "Kirkuk", 15,
                                                                              ["Islamic State"])


@pytest.mark.parametrize("text, claimant", [
    ('قالت المقاومة الإسلامية في العراق في بيان: "استهدف مجاهدونا قاعدة الاحتلال الأمريكي في التنف بالطيران المسير".',
     "Islamic Resistance in Iraq"),
    ("أعلن المتحدث العسكري للحوثيين يحيى سريع استهداف سفينة بريطانية في خليج عدن بعدد من الصواريخ الباليستية "
     "والطائرات المسيرة.", "Houthis"),
    ('قال المتحدث العسكري باسم القوات المسلحة اليمنية العميد يحيى سريع إن القوات البحرية استهدفت السفينة "ستار ناسيا" '
     "في البحر الأحمر بعدد من الصواريخ البحرية المناسبة.", "Houthis"),
    ("أعلن يحيى سريع استهداف مدينة إيلات بصاروخ باليستي.", "Houthis"),
])
def test_the_groups_own_statement_is_its_claim(text, claimant):
    assert [list(e.claimed_by) for e in events_of(text, "ar", P)] == [[claimant]]


def test_hypersonic_missiles_are_missiles():
    text = 'أعلن يحيى سريع استهداف مدينة إيلات بصاروخ فرط صوتي.'
    assert [e.event_type for e in events_of(text, "ar", P)] == ["missile attack"]


@pytest.mark.parametrize("text, places", [
    ("أعلنت المقاومة الإسلامية في العراق، مساء الأربعاء، استهداف قاعدة عين الأسد وقاعدة حرير بالطيران المسير.",
     {"Ain al-Asad Air Base", "Harir Air Base"}),
])
def test_a_cue_noun_repeated_in_a_list_names_two_places(text, places):
    assert {e.place.name for e in events_of(text, "ar", P)} == places


def test_the_dual_of_district_heads_the_names_after_it():
    text = "قصفت طائرات مسيرة تركية قريتين في قضاءي سنجار ومخمور مساء الأربعاء."
    assert "Sinjār" in {e.place.name for e in events_of(text, "ar", P)}
