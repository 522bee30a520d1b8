"""Arabic wire copy, session 34 (ar34): tolls by category, lists of targets, an army's own account, a group's deed
in the narrator's words (invented items).

Every sentence is written for these tests, modelled on agency copy (NNA, SANA, Al Jazeera, Al Mayadeen).

- "أصيب جنديان إسرائيليان بجروح خطيرة وثلاثة آخرون بجروح طفيفة": the victims' adjective may stand before the
  severity of the first category; the categories still add up (5).
- "قتل شخص وأصيب آخران": "آخران" (others, the nominative dual) is two victims with no noun of their own.
- "استشهد طفلان وأصيبت والدتهما": a kin noun with a dual or plural pronoun ("their mother") is one victim.
- "على خان يونس ومخيم البريج", "مطار الحديدة وجزيرة كمران", "حي الرمال وحي الشيخ رضوان": a name under its own
  cue noun after "و" right after the last name of a list is the same verb's next object (two town nouns
  joined, "مدينة X وبلدة Y", stay as they were).
- "أعلن الجيش الإسرائيلي أنه قصف موقعا لحزب الله في بلدة X": an air power's army telling its own strike ("it
  struck") tells one raid, as English "the Israeli army said it struck X" is read.
- "أطلق حزب الله صباح اليوم عشرات الصواريخ على X": a known group right after the attack verb opening the clause,
  with no speaker nor source, tells its deed in the narrator's words: its claim (as in English); with a source
  ("بحسب الجيش") or a speaker ("قال الجيش إن ...") it stays the other side's blame.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


def _events(text):
    return events_of(text, "ar", P)


def _places(text):
    return sorted(e.place.record_id for e in _events(text) if e.place)


@pytest.mark.parametrize("text, killed, injured", [
    ("أصيب جنديان إسرائيليان بجروح خطيرة وثلاثة آخرون بجروح طفيفة جراء سقوط صاروخ مضاد للدروع على موقع عسكري "
     "في المطلة.", None, 5),
    ("قتل شخص وأصيب آخران في غارة إسرائيلية على بلدة عيتا الشعب.", 1, 2),
    ("استشهد طفلان وأصيبت والدتهما بجروح في قصف مدفعي على بلدة بيت لاهيا شمالي القطاع.", 2, 1),
])
def test_tolls_by_category(text, killed, injured):
    (e,) = _events(text)
    assert (e.killed.best, e.injured.best) == (killed, injured)


@pytest.mark.parametrize("text, want", [
    ("شنت طائرات الاحتلال غارات عنيفة على خان يونس ومخيم البريج وسط وجنوب قطاع غزة.",
     ["curated:bureij-camp", "geonames:281124"]),
    ("استهدفت غارات أمريكية بريطانية مطار الحديدة ومديرية الصليف وجزيرة كمران غربي اليمن.",
     ["curated:kamaran-island", "geonames:77843", "icao:OYHD"]),  # (the district between them is an item too)
])
def test_a_list_goes_on_under_another_cue_noun(text, want):
    assert _places(text) == want


@pytest.mark.parametrize("text", [
    "أعلن الجيش الإسرائيلي أنه قصف موقعا لحزب الله في بلدة الخيام جنوبي لبنان.",
    "قال الجيش الإسرائيلي إنه استهدف مبنى عسكريا لحزب الله في بلدة الخيام.",
])
def test_an_armys_own_account_of_its_strike(text):
    (e,) = _events(text)
    assert (e.event_type, e.place.record_id) == ("airstrike", "curated:khiam-lebanon")


def test_a_groups_deed_in_the_narrators_words_is_its_claim_told_by_another_a_blame():
    (e,) = _events("أطلق حزب الله صباح اليوم عشرات الصواريخ على مستوطنة كريات شمونة.")
    assert e.claimed_by == ["Hezbollah"] and not e.blamed_on
    for text in ("أطلق حزب الله عشرين صاروخا على كريات شمونة، بحسب الجيش الإسرائيلي.",
                 "قال الجيش الإسرائيلي إن حزب الله أطلق عشرين صاروخا على كريات شمونة."):
        (e,) = _events(text)
        assert e.blamed_on == ["Hezbollah"] and not e.claimed_by
