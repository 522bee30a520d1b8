""""And another over Y": one more of what the first item told, at a place of its own (session 40).

"Russian air defences destroyed a drone over Belgorod and another over Kursk", "a tiré un missile sur Metula et un
autre sur Kiryat Shmona", "أسقطت الدفاعات ثلاث مسيرات فوق بيلغورود واثنتين فوق كورسك": the second item leaves out the
verb and the noun. It was lost after an active verb in English and in Arabic interceptions; French projectiles
destroyed over two places were typed by the projectile (a drone attack), not as the air defence's interception;
and an Arabic city's alias followed by a time word ("فوق كورسك يوم الاثنين") was left unplaced. A verb of the
second item's own ("and another in B killed three") still makes it a clause of its own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 2, 20)  # a Tuesday: Monday 19


def places(text: str, lang: str) -> dict[str, tuple]:
    """Each event's resolved place -> (event type, count, killed)."""
    return {e.place.name: (e.event_type, e.count.best, e.killed.best)
            for e in events_of(text, lang, PUBLISHED) if e.place is not None}


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Russian air defences destroyed a drone over Belgorod and another over Kursk on Monday, the ministry said.",
     {"Belgorod": ("interception", 1, None), "Kursk": ("interception", 1, None)}),
    ("en", "Russian air defences destroyed two drones over Belgorod and another over Kursk on Monday.",
     {"Belgorod": ("interception", 2, None), "Kursk": ("interception", 1, None)}),
    ("en", "Hezbollah fired a missile at Metula and another at Kiryat Shmona on Monday.",
     {"Metula": ("missile attack", 1, None), "Qiryat Shmona": ("missile attack", 1, None)}),
    ("en", "Ukraine launched a drone at Belgorod and another at Kursk on Monday.",
     {"Belgorod": ("drone attack", 1, None), "Kursk": ("drone attack", 1, None)}),
    ("en", "A drone strike killed a fighter in Bint Jbeil and another in Khiam on Monday.",
     {"Bent Jbaïl": ("drone attack", None, 1), "El Khiyam": ("drone attack", None, 1)}),
    ("fr", "La défense antiaérienne russe a détruit un drone au-dessus de Belgorod et un autre au-dessus de Koursk lundi.",
     {"Belgorod": ("interception", 1, None), "Kursk": ("interception", 1, None)}),
    ("fr", "La défense antiaérienne russe a détruit des drones au-dessus de Belgorod et de Koursk lundi.",
     {"Belgorod": ("interception", None, None), "Kursk": ("interception", None, None)}),
    ("ar", "أسقطت الدفاعات الجوية الروسية مسيرة فوق بيلغورود وأخرى فوق كورسك يوم الاثنين.",
     {"Belgorod": ("interception", 1, None), "Kursk": ("interception", 1, None)}),
    ("ar", "أسقطت الدفاعات الجوية الروسية ثلاث مسيرات فوق بيلغورود واثنتين فوق كورسك يوم الاثنين.",
     {"Belgorod": ("interception", 3, None), "Kursk": ("interception", 2, None)}),
    ("ar", "أسقطت الدفاعات الجوية الروسية 10 مسيرات فوق مدينة بيلغورود و3 فوق كورسك و2 فوق بريانسك يوم الاثنين.",
     {"Belgorod": ("interception", 10, None), "Kursk": ("interception", 3, None),
      "Bryansk": ("interception", 2, None)}),
    ("ar", "اعترضت الدفاعات الجوية الإسرائيلية صاروخا فوق نهاريا وآخر فوق صفد يوم الاثنين.",
     {"Nahariyya": ("interception", 1, None), "Safed": ("interception", 1, None)}),
])
def test_the_second_item_is_an_event_of_its_own(lang, text, want):
    assert places(text, lang) == want


def test_another_with_a_verb_of_its_own_stays_a_clause_of_its_own():
    # ("and another in Rafah killed three": another strike, its own toll -- not "one more" of the two killed)
    got = places("An Israeli strike killed two people in Khan Younis, and another in Rafah killed three on Monday.", "en")
    assert got["Khān Yūnis"][2] == 2 and got["Rafaḩ"][2] == 3
