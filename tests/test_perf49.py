"""perf49: the region-list and district-gate patterns behind patterns._opened's look-ahead find the same matches as
the plain patterns, on every development passage and its sentences' windows."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from geo_events import resolve

DEV = Path(__file__).resolve().parent
SETS = ("gold", "heldout", "blind", "fresh", "final", "unseen", "novel", "latest", "recent", "newest", "sequel",
        "wide", "daily", "pool")


def _plain(opened: re.Pattern) -> re.Pattern:
    """The pattern without the look-ahead _opened put before it."""
    assert opened.pattern.startswith("(?=[")
    return re.compile(opened.pattern[opened.pattern.index("])") + 2:], opened.flags)


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for s in SETS for p in sorted((DEV / s).glob("*.txt"))]


@pytest.mark.parametrize("name", ["_REGION_LIST", "_DISTRICT_GATE"])
def test_opened_pattern_same_matches(name):
    fast = getattr(resolve, name)
    slow = _plain(fast)
    texts = _texts() + ["Drones hit the Belgorod, Kursk and Bryansk regions.", "des régions de Belgorod et Koursk",
                        "هجمات على مقاطعات بيلغورود وكورسك", "the Karada district of Baghdad", "un quartier de Beyrouth"]
    assert len(texts) > 300
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in slow.finditer(text)]


def test_region_countries_reads_a_region_list():
    assert "RU" in resolve._region_countries("Drones were downed over the Belgorod, Kursk and Bryansk regions.")
