"""The whole flow, read -> extract -> resolve -> reconcile -> estimate, as one call.

>>> result = run(["seeds/"], published=datetime.date(2021, 3, 16))  # doctest: +SKIP
>>> [e.place_name for e in result.events]                               # doctest: +SKIP
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Optional, Sequence

from .models import Document, Event, EventFrame
from .resolve import Unresolved


@dataclass
class Result:
    documents: list[Document]
    frames: list[EventFrame]
    events: list[Event]
    unresolved: list[Unresolved] = field(default_factory=list)


def process(documents: Sequence[Document], *, history_days: int = 180, gazetteer=None) -> Result:
    """Extract, resolve, reconcile and estimate already-read documents."""
    from .estimate import estimate
    from .extract import document_focus, extract
    from .gazetteer import Gazetteer
    from .reconcile import reconcile
    from .resolve import resolve_frames

    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    frames: list[EventFrame] = []
    unresolved: list[Unresolved] = []
    for doc in documents:
        doc_frames = extract(doc, history_days=history_days)
        unresolved += resolve_frames(doc_frames, gaz, focus=document_focus(doc))
        frames += doc_frames
    events = reconcile(frames)
    estimate(events, gazetteer=gaz)
    return Result(list(documents), frames, events, unresolved)


def run(inputs: Sequence[str], *, published: Optional[datetime.date] = None, encoding: Optional[str] = None,
        history_days: int = 180, progress: bool = False, gazetteer=None) -> Result:
    """Read the inputs (files, folders, ``-``) and run the whole flow."""
    from .read import read_inputs

    documents = read_inputs(list(inputs), published=published, encoding=encoding, progress=progress)
    return process(documents, history_days=history_days, gazetteer=gazetteer)
