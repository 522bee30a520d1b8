"""What is particular to the final set (tests/final): its Arabic passages write digits as the
agencies do.  The checks it shares with the other sets live in tests/test_eval_sets.py.
"""
from __future__ import annotations

import re
from pathlib import Path

from geo_events.evaluate import load_gold

FINAL = Path(__file__).resolve().parent / "final"


def test_final_arabic_passages_use_arabic_indic_digits():
    for p in load_gold(FINAL):
        if p.language == "ar":
            assert re.search("[\u0660-\u0669]", p.path.read_text(encoding="utf-8")), p.id
