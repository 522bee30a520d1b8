"""English wire copy, round en38: a toll later deaths bring to a figure, a tally's count after a place's name,
a day's tally of shelling, Kherson by its real size (invented items).

Every sentence is written for these tests, modelled on agency copy (Reuters, AP, Kyiv Independent).

- "Two of the wounded later died in hospital, raising the number of dead to seven": the later deaths were kept
  as the toll (2) and the figure the clause brings the toll to was never read.
- "Russian forces shelled Nikopol 15 times": the name reader took "15" into the name ("Nikopol 15", as in
  "Tower 22"), so the place was a name nobody has.
- "shelled the town of Vovchansk 30 times in the past day": any "N times" made the clause a tally of many
  attacks and no event; a day's tally of one place's shelling is the daily report of that place.
- "Shelling of Kherson killed two people": GeoNames holds Kherson with 66,000 people, so in an article naming
  no other country it was set aside as a small foreign place; it is a regional capital of some 280,000.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


def _events(text, published=P):
    return events_of(text, "en", published)


@pytest.mark.parametrize("text, killed", [
    ("A missile hit Odesa on Friday, killing five people. Two of the wounded later died in hospital, raising the "
     "number of dead to seven.", 7),
    ("Two of the wounded died in hospital overnight, bringing the death toll from the strike on Odesa to nine, "
     "the governor said.", 9),
])
def test_toll_later_deaths_bring_to(text, killed):
    evs = _events(text, dt.date(2024, 3, 17))
    assert evs and evs[0].killed.best == killed


@pytest.mark.parametrize("text, place", [
    ("Russian forces shelled Nikopol 15 times on Monday, wounding two people, Ukraine said.", "Nikopol"),
    ("Russian troops shelled Marhanets 8 times on Sunday, injuring a woman, Ukraine said.", "Marhanets"),
])
def test_count_after_a_name_is_not_part_of_it(text, place):
    evs = _events(text)
    assert evs and evs[0].place_name == place and evs[0].place is not None


@pytest.mark.parametrize("text, lat", [
    ("Russian forces shelled the town of Vovchansk 30 times in the past day, Ukraine said.", 50.29),
    ("Russian forces struck Kherson 40 times over the past day, Ukraine said.", 46.64),
])
def test_a_days_tally_of_one_place_is_an_event(text, lat):
    evs = _events(text)
    assert evs and evs[0].place is not None and abs(evs[0].place.lat - lat) < 0.1
    # a tally over months stays background
    assert not _events("Russian forces have shelled Vovchansk more than 30 times since January, Ukraine said.")


@pytest.mark.parametrize("text", [
    "Shelling of Kherson killed two people on Thursday.",
    "At least 11 people were killed and 30 others were injured in Russian shelling of Kherson on Thursday.",
])
def test_kherson_is_not_a_small_foreign_place(text):
    evs = _events(text)
    assert evs and evs[0].place is not None and abs(evs[0].place.lat - 46.64) < 0.1
