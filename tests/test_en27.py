"""English wire copy (session 27, en27): round-ups of several attacks with background, Ukraine and Russia reporting.
A town the text puts inside Russia ("the Russian border town of X") is placed though Russia is outside the region,
and an earlier attack a "came days after" head gives no day to is history, not an event of the news' day."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 15)


@pytest.mark.parametrize("text, town", [
    ("Ukrainian shelling killed a woman in the Russian border town of Shebekino on Sunday, the governor said.",
     "Shebekino"),
    ("A Ukrainian drone attack set fire to an oil depot in the Russian town of Novozybkov on Monday, local officials "
     "said.", "Novozybkov"),
])
def test_a_town_the_text_puts_inside_russia_is_placed(text, town):
    [event] = events_of(text, "en", PUBLISHED)
    assert event.place is not None and event.place.name == town and event.place.country == "RU"
    # "Russian warplanes" names who struck, not where: the Syrian town stays the one placed
    [event] = events_of("Russian warplanes struck the town of Jisr al-Shughur in Idlib province on Sunday, killing "
                        "nine people, the Syrian Observatory said.", "en", PUBLISHED)
    assert event.place is not None and event.place.country == "SY" and event.killed.best == 9


@pytest.mark.parametrize("text, places", [
    ("A drone attack on the al-Omar base in eastern Syria killed six Kurdish fighters on Monday, the SDF said. The "
     "attack came days after a drone killed three U.S. soldiers at Tower 22 in Jordan.", ["Al-Omar Oil Field"]),
    ("Rockets hit Kiryat Shmona on Monday, the army said. The attack came weeks after a strike on Nabatieh killed ten "
     "people.", ["Qiryat Shmona"]),
])
def test_an_attack_days_before_with_no_day_is_no_event(text, places):
    events = events_of(text, "en", PUBLISHED)
    assert sorted(e.place.name for e in events if e.place is not None) == places
    assert all(e.date.earliest == dt.date(2024, 3, 11) for e in events)
    assert [e.killed.best for e in events if e.place.name == "Al-Omar Oil Field"] in ([6], [])
    # a counted gap ("two days after") still dates the earlier attack, which stays an event
    events = events_of("Rockets hit Kiryat Shmona on Monday. The attack came two days after a strike on Nabatieh "
                       "killed ten people.", "en", PUBLISHED)
    by_place = {e.place.name: e for e in events}
    assert by_place["Nabatieh"].date.earliest == dt.date(2024, 3, 9) and by_place["Nabatieh"].killed.best == 10
