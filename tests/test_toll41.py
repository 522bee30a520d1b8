"""Arabic tolls told in forms the other two languages already read (session 41).

"قتلت غارات إسرائيلية 11 شخصا" (the attack as the subject of an active verb, the toll its object), "وأصاب ثلاثة
أشخاص" (the projectile "hit" three people: wounded), "قتل قيادي ... وشخصان آخران" (one and a pair of others: 3) and
"مقتل ما بين خمسة وسبعة أشخاص" (a range: its lower bound, as "between five and seven") made no toll in Arabic; the
English and French versions gave the figure. Guards: the active "hit" of a building, an older incident's toll told
as background, and fighters killed (read as the toll today, in every language).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 13)  # a Wednesday: Tuesday 12


def tolls(text: str, lang: str) -> list[tuple]:
    """(killed, injured) of each event, by its place's name."""
    return sorted((e.killed.best, e.injured.best) for e in events_of(text, lang, PUBLISHED))


@pytest.mark.parametrize("lang, text, want", [
    # the attack as the subject, the figure the verb's object
    ("ar", "قتلت غارات إسرائيلية 11 شخصا في خان يونس يوم الثلاثاء.", [(11, None)]),
    ("ar", "قتلت ضربة بطائرة مسيرة أمريكية خمسة أشخاص قرب القائم يوم الثلاثاء.", [(5, None)]),
    ("en", "Israeli strikes killed 11 people in Khan Younis on Tuesday.", [(11, None)]),
    ("fr", "Des frappes israéliennes ont tué 11 personnes à Khan Younès mardi.", [(11, None)]),
    # the projectile "hit" people: the wounded
    ("ar", "سقط صاروخ على سديروت يوم الثلاثاء وأصاب ثلاثة أشخاص.", [(None, 3)]),
    ("ar", "سقط صاروخ على سديروت يوم الثلاثاء وأصابت شظاياه شخصين.", [(None, 2)]),
    ("en", "A rocket hit Sderot on Tuesday, wounding three people.", [(None, 3)]),
    ("fr", "Une roquette a frappé Sdérot mardi, blessant trois personnes.", [(None, 3)]),
    # one victim named, then a pair or a figure of others
    ("ar", "قتل قيادي في حزب الله وشخصان آخران بغارة إسرائيلية قرب صور يوم الثلاثاء.", [(3, None)]),
    ("ar", "قتل قيادي في حزب الله وثلاثة أشخاص آخرين بغارة إسرائيلية قرب صور يوم الثلاثاء.", [(4, None)]),
    ("en", "An Israeli strike killed a Hezbollah commander and two other people near Tyre on Tuesday.", [(3, None)]),
    ("fr", "Une frappe israélienne a tué un commandant du Hezbollah et deux autres personnes près de Tyr mardi.",
     [(3, None)]),
    # a range: its lower bound
    ("ar", "قتل ما بين خمسة وسبعة أشخاص في غارة على دير البلح يوم الثلاثاء.", [(5, None)]),
    ("ar", "أسفرت غارة على دير البلح يوم الثلاثاء عن مقتل ما بين خمسة وسبعة أشخاص.", [(5, None)]),
    ("en", "Between five and seven people were killed in an air strike on Deir al-Balah on Tuesday.", [(5, None)]),
    ("fr", "Une frappe aérienne sur Deir el-Balah a fait entre cinq et sept morts mardi.", [(5, None)]),
])
def test_toll_read(lang, text, want):
    assert tolls(text, lang) == want


@pytest.mark.parametrize("lang, text, want", [
    # the active "hit" of a thing is no toll
    ("ar", "سقط صاروخ على سديروت يوم الثلاثاء وأصاب منزلين.", [(None, None)]),
    ("ar", "سقط صاروخ على سديروت يوم الثلاثاء وأصاب مبنى سكنيا.", [(None, None)]),
    # an older incident's toll told as background stays off today's event
    ("ar", "قتلت غارات إسرائيلية 11 شخصا في خان يونس يوم الثلاثاء. وكانت غارة على المنطقة نفسها قد قتلت 30 شخصا "
           "الشهر الماضي.", [(11, None)]),
    ("ar", "سقطت قذيفة على حمص يوم الثلاثاء. وكان انفجار سيارة مفخخة قد قتل 20 شخصا في المدينة العام الماضي.",
     [(None, None)]),
    ("en", "Israeli strikes on Khan Younis on Tuesday killed 11 people. Last month, a strike on the same area "
           "killed 30.", [(11, None)]),
    ("fr", "Des frappes israéliennes ont tué 11 personnes à Khan Younès mardi. Le mois dernier, une frappe sur le "
           "même secteur avait fait 30 morts.", [(11, None)]),
    # fighters killed are the toll, as today
    ("ar", "قتل خمسة مسلحين بضربة أمريكية قرب القائم يوم الثلاثاء.", [(5, None)]),
    ("en", "A US drone strike killed five militants near Al-Qaim on Tuesday.", [(5, None)]),
    # a pair of victims with no one named before stays two
    ("ar", "قتل شخصان في غارة إسرائيلية قرب صور يوم الثلاثاء.", [(2, None)]),
])
def test_toll_guard(lang, text, want):
    assert tolls(text, lang) == want
