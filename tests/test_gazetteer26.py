"""Places reporting names that the gazetteer missed or gave to a namesake far away (session 26).

- "Chebaa" is an alias of the curated Shebaa, but it shares its spelling key with Chiba (Japan, a million people):
  an article that names only Israel took Chiba. A curated row of the region written by one of its aliases is now
  the runner-up that replaces a foreign pick (resolve._regional_runner_up).
- "Saïda" (Sidon in French and Arabic) was dropped as "only sharing a spelling key" with Sidon; Duqm had no record.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 13)

CASES = [
    ("An Israeli drone strike hit a house in Chebaa on Tuesday, killing two people.", "en", "curated:shebaa"),
    ("Une frappe israélienne a visé mardi une maison à Chebaa, tuant deux personnes.", "fr", "curated:shebaa"),
    ("Une frappe israélienne a tué deux personnes près de Saïda mardi, selon l'agence officielle.", "fr",
     "curated:sidon-city"),
    ("A drone hit a fuel tanker near the port of Duqm in Oman on Tuesday.", "en", "curated:duqm"),
]


@pytest.mark.parametrize("text, lang, record", CASES)
def test_place_reporting_names(text, lang, record):
    events = events_of(text, lang, PUBLISHED)
    assert [e.place.record_id for e in events if e.place] == [record]

