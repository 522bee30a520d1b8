"""Arabic wire copy, session 26 (ar26): group communiqués and Lebanese / Syrian agency reports (invented items).

Modelled on the statements of Hezbollah, the Houthis' military spokesman, the Islamic Resistance in Iraq and the
Qassam Brigades, and on NNA and SANA copy; every sentence is written for these tests.

- A group's communiqué repeated in its own words is its claim: its men named "مجاهدو" ("استهدف مجاهدو المقاومة
  الإسلامية ..."), its attack named "عملية عسكرية" ("نفذت القوات المسلحة اليمنية عملية عسكرية ..."), and its
  spokesman's announcement ("أعلن المتحدث العسكري باسم ... العميد يحيى سريع استهداف ...").
- The groups' own names: "المقاومة الإسلامية" (Hezbollah; the Islamic Resistance in Iraq in a report that names it
  in full), "حركة المقاومة الإسلامية" and "كتائب الشهيد عز الدين القسام" (Hamas), "القوات المسلحة اليمنية" and
  "قوات صنعاء" (the Houthis), "سرايا القدس".
- "الليلة قبل الماضية" (the night before last) is two days back, as "أول أمس" is.
- "أصيب على إثرها ثلاثة مدنيين": a cause told with a pronoun between the verb and the figure.
- "استشهد الشاب حسن علي": one victim told by the definite noun and his name.
- A fronted reply ("رداً على الاعتداء على بلدة X، قصف ... Y") names the attack answered, not this one's target.
- "قاعدة ميرون للمراقبة الجوية": what a site is for ("لل...") is no part of its name; "كفركلا" is Kfar Kila.
"""
import datetime as dt

import pytest

from factories import actors_of, events_of

P = dt.date(2024, 3, 15)


@pytest.mark.parametrize("text, claimed", [
    ("استهدف مجاهدو المقاومة الإسلامية ثكنة زرعيت بصلية صاروخية.", ["Hezbollah"]),
    ("أعلنت المقاومة الإسلامية في بيان أن مجاهديها استهدفوا مستعمرة كريات شمونة بصلية من صواريخ الكاتيوشا.",
     ["Hezbollah"]),
    ("تمكن مجاهدو كتائب القسام من استهداف قوة إسرائيلية متحصنة داخل منزل في بلدة بيت حانون بقذيفة مضادة للأفراد.",
     ["Hamas"]),
    ("نفذت القوات المسلحة اليمنية عملية عسكرية استهدفت هدفا حيويا في منطقة يافا المحتلة بعدد من الطائرات المسيرة.",
     ["Houthis"]),
    ("وأكد العميد يحيى سريع أن القوات المسلحة اليمنية نفذت عملية عسكرية بطائرة مسيرة استهدفت منطقة تل أبيب.",
     ["Houthis"]),
    ("أعلن المتحدث العسكري باسم القوات المسلحة اليمنية العميد يحيى سريع استهداف منطقة أم الرشراش بصاروخ باليستي.",
     ["Houthis"]),
    ("قالت كتائب الشهيد عز الدين القسام إن مجاهديها استهدفوا دبابة ميركافا بقذيفة الياسين 105 في حي الزيتون.",
     ["Hamas"]),
    ("أعلنت حركة المقاومة الإسلامية أن مقاتليها قصفوا مدينة عسقلان برشقة صاروخية.", ["Hamas"]),
    ("قالت سرايا القدس إن مقاتليها قصفوا مستوطنة نير عوز بوابل من القذائف الصاروخية.", ["Saraya al-Quds"]),
    ("أعلنت المقاومة الإسلامية في العراق مسؤوليتها عن هجمات عدة. وجاء في البيان أن \"مجاهدي المقاومة الإسلامية "
     "استهدفوا يوم الأربعاء قاعدة حرير شمال شرقي أربيل بطائرتين مسيرتين\".", ["Islamic Resistance in Iraq"]),
])
def test_group_communique_names_its_claimant(text, claimed):
    assert actors_of(text, "ar", P, "claimed_by") == [claimed]


@pytest.mark.parametrize("text, day", [
    ("شن الطيران الحربي المعادي الليلة قبل الماضية غارة على بلدة الخيام.", dt.date(2024, 3, 13)),
    ("شن الطيران الحربي الإسرائيلي الليلة قبل الماضية غارة على بلدة كفركلا.", dt.date(2024, 3, 13)),
])
def test_night_before_last_is_two_days_back(text, day):
    events = events_of(text, "ar", P)
    assert [(e.date.earliest, e.date.latest) for e in events] == [(day, day)]


@pytest.mark.parametrize("text, killed, injured", [
    ("شن الطيران الحربي الإسرائيلي غارة على بلدة الخيام، أصيب على إثرها ثلاثة مدنيين.", None, 3),
    ("شنت مسيرة معادية غارة على بلدة عيترون استشهد من جرائها أربعة مواطنين.", 4, None),
    ("استشهد الشاب حسن علي في غارة على بلدة عيتا الشعب، وهو الشهيد الثالث من البلدة خلال أسبوع.", 1, None),
    ("أصيب المواطن حسن أيوب بجروح في غارة معادية على بلدة حولا.", None, 1),
])
def test_agency_tolls(text, killed, injured):
    events = events_of(text, "ar", P)
    assert [(e.killed.best, e.injured.best) for e in events] == [(killed, injured)]


@pytest.mark.parametrize("text, place", [
    ("رداً على الاعتداء على بلدة عيتا الشعب، قصف مجاهدو المقاومة الإسلامية مستعمرة كريات شمونة بصواريخ الكاتيوشا.",
     "Qiryat Shmona"),
    ("رداً على اعتداءات العدو الإسرائيلي على القرى الجنوبية، وآخرها في بلدة عيتا الشعب، قصف حزب الله مستعمرة "
     "كريات شمونة بصواريخ الكاتيوشا.", "Qiryat Shmona"),
    ("استهدف مجاهدو المقاومة الإسلامية قاعدة ميرون للمراقبة الجوية بصلية صاروخية.", "Mount Meron air control base"),
    ("أغار الطيران الحربي المعادي بعد ظهر اليوم على بلدة كفركلا مستهدفا منزلا.", "Kfar Kila"),
])
def test_target_place(text, place):
    events = events_of(text, "ar", P)
    assert [e.place.name if e.place else None for e in events] == [place]
