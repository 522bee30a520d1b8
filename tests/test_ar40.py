"""Arabic wire copy, round ar40: a figure shared by two kinds, sites of one list under their own cue nouns (invented).

Every sentence is written for these tests, modelled on agency copy (Al Mayadeen, NNA, Al Jazeera).

- "أكثر من ٣٠٠ صاروخ وطائرة مسيرة": a figure of a hundred or more counts its noun in the singular, and the singular
  noun joined to it is counted by the same figure (arabic._and_kind added one drone: 301).
- "استهداف ثكنة برانيت وموقع المالكية": the second item of a list of sites, under a cue noun of its own, is a target
  of its own; it was read as "the site beside the village of المالكية" and placed at the first item's base, so the two
  merged (resolve._sibling_item).
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)  # a Friday


def _events(text, lang="ar"):
    return events_of(text, lang, P)


@pytest.mark.parametrize("text, count", [
    ("أطلقت إيران أكثر من ٣٠٠ صاروخ وطائرة مسيرة على إسرائيل ليلة السبت.", 300),
    ("أطلقت إيران نحو ٢٠٠ طائرة مسيرة وصاروخ على إسرائيل أمس.", 200),
])
def test_hundreds_count_both_kinds(text, count):
    events = _events(text)
    assert [e.count.best for e in events] == [count]


@pytest.mark.parametrize("text, names", [
    ("أعلن حزب الله استهداف ثكنة برانيت وموقع المالكية بالأسلحة الصاروخية.", {"برانيت", "المالكية"}),
    ("استهدفت المقاومة الإسلامية ثكنة برانيت وموقع المالكية بالصواريخ أمس.", {"برانيت", "المالكية"}),
])
def test_list_of_sites_each_its_own(text, names):
    events = _events(text)
    assert {e.place_name for e in events} == names
    assert len({e.place.record_id for e in events}) == len(names)
