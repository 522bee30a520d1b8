"""Arabic wire copy, round ar38: interceptions at the intercepting state, Russian missile strikes (invented items).

Every sentence is written for these tests, modelled on agency copy (SANA, Al Jazeera, Al Mayadeen, Petra, WAFA).

- "أعلن الجيش الإسرائيلي اعتراض صواريخ أطلقت من إيران": an interception naming no place but the launch is over the
  intercepting state's land (extract._AR_STATE_INTERCEPTED), as English "Israel said it intercepted" is read (a
  place named in the clause, "باتجاه مدينة إيلات", still wins).
- "اعتراض عدد من الصواريخ": two words may stand between the noun of stopping and what was stopped.
- "طائرة مسيرة قادمة من سوريا": a projectile coming from a land came from its launch (arabic._COMING_FROM), not
  a target.
- "قصف صاروخي روسي على كييف": Russia's missiles are a missile attack, not an air force's raid.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)  # a Friday


def _events(text):
    return events_of(text, "ar", P)


@pytest.mark.parametrize("text, place, launch", [
    ("أعلن الجيش الإسرائيلي اعتراض صواريخ أطلقت من إيران فجر اليوم.", "country:IL", "إيران"),
    ("أعلن الجيش الإسرائيلي، فجر اليوم، اعتراض عدد من الصواريخ التي أطلقت من إيران باتجاه الأراضي الإسرائيلية.",
     "country:IL", "إيران"),
    ("قال جيش الاحتلال إن دفاعاته الجوية اعترضت صاروخا أطلق من اليمن فجر اليوم.", "country:IL", "اليمن"),
    ("أعلن الجيش الأردني إسقاط طائرة مسيرة قادمة من سوريا على الحدود الشمالية مساء أمس.", "country:JO", "سوريا"),
    ("أعلنت وزارة الدفاع السعودية اعتراض وتدمير طائرة مسيرة مفخخة أطلقها الحوثيون مساء أمس.", "country:SA", None),
])
def test_interception_at_the_intercepting_state(text, place, launch):
    (e,) = _events(text)
    assert e.event_type == "interception"
    assert e.place is not None and e.place.record_id == place
    assert ((e.launch.name or None) if e.launch else None) == launch


@pytest.mark.parametrize("text, killed, injured", [
    ("تعرضت العاصمة الأوكرانية كييف فجر اليوم لقصف صاروخي روسي أسفر عن مقتل شخصين.", 2, None),
    ("قتل ثلاثة مدنيين في هجوم صاروخي روسي على مدينة خاركيف مساء أمس.", 3, None),
])
def test_russian_missile_strike_is_a_missile_attack(text, killed, injured):
    (e,) = _events(text)
    assert e.event_type == "missile attack"
    assert (e.killed.best, e.injured.best) == (killed, injured)

