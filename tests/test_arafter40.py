"""Arabic days counted back from the lead's day: "X اليوم الثلاثاء، بعد يوم من Y" (session arafter40).

An attack told after "بعد يوم من", "عقب يومين من" is an earlier one of its own, dated the lead's day less the gap
(extract._ar_recalled_split when the lead tells an attack; dates._ar_statement_after when it tells a reaction: a
threat, a funeral, a statement).  The lead's own attack keeps its day.
"""
import datetime as dt

import pytest

from geo_events.gazetteer import Gazetteer
from geo_events.pipeline import process
from geo_events.read import read_text

PUBLISHED = dt.date(2024, 2, 20)  # a Tuesday


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.default()


def _events(text, gazetteer, lang="ar"):
    doc = read_text(("---\nlanguage: %s\npublished: %s\n---\n%s" % (lang, PUBLISHED, text)).encode(), name="p.txt")
    return {e.place.name: e for e in process([doc], gazetteer=gazetteer).events if e.place}


@pytest.mark.parametrize("text, want", [
    # the lead's attack today, the one after "بعد يوم من" the day before, each an event of its own
    ("قصف الجيش الإسرائيلي اليوم الثلاثاء بلدة الخيام، بعد يوم من إطلاق حزب الله صواريخ على كريات شمونة.",
     {"El Khiyam": "2024-02-20", "Qiryat Shmona": "2024-02-19"}),
    ("قصف الجيش الإسرائيلي اليوم الثلاثاء بلدة الخيام، بعد يومين من إطلاق حزب الله صواريخ على كريات شمونة.",
     {"El Khiyam": "2024-02-20", "Qiryat Shmona": "2024-02-18"}),
    # guard: the second attack's own day ("اليوم") stays today, the earlier raids a day before
    ("قصف الجيش الإسرائيلي اليوم الثلاثاء بلدة الخيام بعد يوم من غارات على بلدة عيترون.",
     {"El Khiyam": "2024-02-20", "Aïtaroun": "2024-02-19"}),
    ("أعلن الجيش الإسرائيلي أنه قصف اليوم الثلاثاء بلدة الخيام، بعد يوم من إطلاق صواريخ على كريات شمونة.",
     {"El Khiyam": "2024-02-20", "Qiryat Shmona": "2024-02-19"}),
    # a reaction's day: the attack it answers is a day (two) before it
    ("هددت إسرائيل اليوم الثلاثاء بالرد، بعد يوم من إطلاق حزب الله صواريخ على كريات شمونة.",
     {"Qiryat Shmona": "2024-02-19"}),
    ("شيعت إسرائيل اليوم الثلاثاء جنديا، عقب يوم من هجوم بطائرة مسيرة على مطلة.", {"Metula": "2024-02-19"}),
    ("شيعت إسرائيل اليوم الثلاثاء جنديا، عقب يومين من هجوم بطائرة مسيرة على مطلة.", {"Metula": "2024-02-18"}),
])
def test_day_after_in_arabic(text, want, gazetteer):
    got = _events(text, gazetteer)
    assert {name: str(got[name].date.earliest) for name in want if name in got} == want
    assert all(str(got[name].date.latest) == day for name, day in want.items())

