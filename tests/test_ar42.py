"""Arabic wire copy, round ar42: a second incident after "، و" in one sentence (invented).

Every sentence is written for these tests, modelled on agency copy (NNA, Al-Manar, Al Mayadeen, WAFA).

- "، و" then a verb of its own (أغار، سقط، انفجر), its time fronted or not ("، وفجر اليوم أغارت ..."), the raider's
  return ("، وعاد صباح الثلاثاء ليغير على Y"), a toll with a town of its own ("، واستشهد مواطن في بلدة Y") or the
  verb's next object under its own noun ("، وبلدة Y دون وقوع إصابات") tells another incident at another place.
- What only adds to the same incident ("، وأدى القصف إلى ...", "، واندلعت النيران ...", "، وأفاد مراسلنا ...")
  stays with it.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)  # a Friday


def _events(text, lang="ar"):
    return events_of(text, lang, P)


def _by_record(events):
    return {e.place.record_id: e for e in events if e.place is not None}


@pytest.mark.parametrize("text, want", [
    # the verb's next object under a town's noun, with a toll of its own
    ("قصفت المدفعية بلدة الخيام ما أدى إلى إصابة شخصين، وبلدة كفركلا دون وقوع إصابات.",
     {"curated:khiam-lebanon": (None, 2), "curated:kfar-kila": (0, 0)}),
    # a death told with a town of its own after the shelling of another
    ("قصفت المدفعية بلدة الخيام مساء أمس دون وقوع إصابات، واستشهد مواطن في بلدة حولا.",
     {"curated:khiam-lebanon": (0, 0), "curated:houla-lebanon": (1, None)}),
    ("قصفت المدفعية الإسرائيلية بلدة الخيام دون وقوع إصابات، وأصيب مواطنان في بلدة حولا.",
     {"curated:khiam-lebanon": (0, 0), "curated:houla-lebanon": (None, 2)}),
])
def test_second_incident_keeps_its_own_toll(text, want):
    events = _by_record(_events(text))
    assert set(events) == set(want)
    for record, (killed, injured) in want.items():
        assert (events[record].killed.best, events[record].injured.best) == (killed, injured)


@pytest.mark.parametrize("text, want", [
    # a fronted time before the next clause's own verb
    ("قصف الجيش الإسرائيلي أمس بلدة عيتا الشعب، وفجر اليوم أغارت طائرة حربية على بلدة عيترون.",
     {"curated:aita-al-shaab": "2024-03-14", "curated:aitaroun": "2024-03-15"}),
    ("قصفت المدفعية الإسرائيلية أطراف بلدة الناقورة صباح اليوم، ومساء أمس استهدفت غارة بلدة طيرحرفا.",
     {"curated:naqoura": "2024-03-15", "curated:tair-harfa": "2024-03-14"}),
    # the raider's return, its verb after "ل"
    ("أغار الطيران مساء الأحد على بنت جبيل، وعاد صباح الثلاثاء ليغير على مارون الراس.",
     {"geonames:276592": "2024-03-10", "curated:maroun-al-ras": "2024-03-12"}),
    ("شن الطيران الحربي غارة على بلدة عيتا الشعب صباح أمس، وعاد اليوم ليشن غارة على بلدة رامية.",
     {"curated:aita-al-shaab": "2024-03-14", "curated:ramyeh": "2024-03-15"}),
])
def test_second_incident_keeps_its_own_day(text, want):
    events = _by_record(_events(text))
    assert {r: str(e.date.earliest) for r, e in events.items()} == want


@pytest.mark.parametrize("text, want", [
    # "، وسقطت ثالثة": one more of the shells told, at a place of its own
    ("سقطت قذيفتان على بلدة شبعا صباح اليوم، وسقطت ثالثة على أطراف بلدة كفرشوبا بعد الظهر.",
     {"curated:shebaa": 2, "curated:kfarchouba": 1}),
    ("أغارت طائرة مسيرة على بلدة شبعا صباح اليوم، وسقطت ثلاث قذائف على بلدة كفرشوبا.",
     {"curated:shebaa": None, "curated:kfarchouba": 3}),
])
def test_second_incident_keeps_its_own_count(text, want):
    events = _by_record(_events(text))
    assert {r: e.count.best for r, e in events.items()} == want


@pytest.mark.parametrize("text", [
    "استهدفت مسيرة إسرائيلية سيارة في بلدة عيترون ظهر اليوم، وأغارت طائرة حربية على بلدة يارون مساء.",
    "انفجرت عبوة ناسفة بدورية في مدينة درعا صباح اليوم، وانفجرت أخرى في مدينة بصرى الشام دون وقوع إصابات.",
])
def test_second_verb_of_its_own_is_a_second_event(text):
    assert len({e.place.record_id for e in _events(text)}) == 2


@pytest.mark.parametrize("text, record, killed, injured", [
    ("قصفت المدفعية الإسرائيلية بلدة الخيام اليوم، وأدى القصف إلى إصابة ثلاثة مواطنين.", "curated:khiam-lebanon", None, 3),
    ("أغارت مسيرة على سيارة في بلدة الناقورة اليوم، وأفادت مراسلتنا باستشهاد شخص.", "curated:naqoura", 1, None),
    ("استهدفت غارة إسرائيلية منزلا في بلدة كفركلا اليوم، واندلع حريق في المنزل.", "curated:kfar-kila", None, None),
    ("قصفت المدفعية بلدة حولا اليوم، وسقط بعضها في بلدة مركبا.", "curated:houla-lebanon", None, None),
])
def test_what_adds_to_the_incident_stays_with_it(text, record, killed, injured):
    events = _events(text)
    assert [e.place.record_id for e in events] == [record]
    assert (events[0].killed.best, events[0].injured.best) == (killed, injured)
