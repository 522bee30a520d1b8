"""The whole flow, read -> extract -> resolve -> reconcile -> estimate, as one call.

Inputs may mix articles and files of existing events (GeoJSON, CSV, GeoPackage written by
geo-events, ACLED-style CSV; see :mod:`geo_events.load`): the events read from the articles
are merged into the loaded ones (:func:`geo_events.reconcile.merge_events`).

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
    loaded: list[Event] = field(default_factory=list)  # events read from event files, before merging


# Above this many documents extraction shows a progress bar (as reading does).
_PROGRESS_MIN_DOCS = 5


def _progress(total: int, label: str, enabled: bool):
    """A transient rich bar on stderr, or None; rich draws nothing when stderr is not a terminal."""
    if not enabled or total <= _PROGRESS_MIN_DOCS:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=Console(stderr=True), transient=True)
    bar.add_task(label, total=total)
    return bar


def process(documents: Sequence[Document], *, history_days: int = 180, gazetteer=None,
            progress: bool = False) -> Result:
    """Extract, resolve, reconcile and estimate already-read documents.

    Parameters
    ----------
    documents : sequence of Document
    history_days : int
        Attacks dated more than this many days before publication are background.
    gazetteer : Gazetteer, optional
        Default: :meth:`Gazetteer.default`.
    progress : bool
        Show a progress bar on stderr over the documents when there are more than five.

    Returns
    -------
    Result
    """
    from .estimate import estimate
    from .extract import document_focus, extract
    from .gazetteer import Gazetteer
    from .reconcile import reconcile
    from .resolve import non_place_target, resolve_frames
    from .salience import salient

    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    frames: list[EventFrame] = []
    unresolved: list[Unresolved] = []
    bar = _progress(len(documents), "Extracting events", progress)
    if bar is not None:
        bar.start()
    try:
        for doc in documents:
            doc_frames = extract(doc, history_days=history_days)
            unresolved += resolve_frames(doc_frames, gaz, focus=document_focus(doc))
            frames += doc_frames
            if bar is not None:
                bar.advance(bar.task_ids[0])
    finally:
        if bar is not None:
            bar.stop()
    # A frame whose target names no place (a people, an organisation, a common word) and that no
    # place of its sentence could stand for tells of no place: it makes no event; its name stays
    # in ``unresolved`` with the reason.
    events = reconcile([f for f in frames if not non_place_target(f)])
    events = salient(events)  # background retellings a reader would not map (see geo_events.salience)
    estimate(events, gazetteer=gaz)
    return Result(list(documents), frames, events, unresolved)


def split_inputs(inputs: Sequence[str]) -> tuple[list[str], list[str]]:
    """Event files and article inputs (files, folders, ``-``), each in input order.

    A ``.csv``, ``.geojson``, ``.geojsons`` or ``.gpkg`` file is always an events file (an
    article is never one, and a malformed one then gets a precise error); other files are
    sniffed by :func:`geo_events.load.is_event_file`.
    """
    from pathlib import Path

    from .load import EVENT_SUFFIXES, is_event_file

    events, articles = [], []
    for item in inputs:
        s = str(item)
        p = Path(s)
        if s != "-" and p.is_file() and (
                (p.suffix.lower() in EVENT_SUFFIXES and p.suffix.lower() != ".json") or is_event_file(p)):
            events.append(s)
        else:
            articles.append(s)
    return events, articles


def run(inputs: Sequence[str], *, published: Optional[datetime.date] = None, encoding: Optional[str] = None,
        history_days: int = 180, progress: bool = False, gazetteer=None) -> Result:
    """Read the inputs and run the whole flow.

    Parameters
    ----------
    inputs : sequence of str
        Article files, folders, ``-`` (stdin), and files of existing events
        (see :func:`split_inputs`); event files are read first, so a bad one fails fast.
    published : datetime.date, optional
        Publication date of articles whose metadata has none.
    encoding : str, optional
        Force the text encoding of the articles.
    history_days : int
    progress : bool
        Progress bars on stderr (reading, extraction) for more than five articles.
    gazetteer : Gazetteer, optional

    Returns
    -------
    Result
        ``events`` are the article events merged into the loaded ones.
    """
    from .load import load_events
    from .read import read_inputs
    from .reconcile import merge_events

    event_files, articles = split_inputs(inputs)
    loaded: list[Event] = []
    for path in event_files:
        # A file's own events stay as they are (its writer kept them apart); files merge with each other.
        events = load_events(path)
        loaded = merge_events(loaded, events) if loaded else events
    if not articles and event_files:
        return Result([], [], loaded, [], loaded)
    documents = read_inputs(list(articles), published=published, encoding=encoding, progress=progress)
    result = process(documents, history_days=history_days, gazetteer=gazetteer, progress=progress)
    if event_files:
        result.loaded = loaded
        result.events = merge_events(loaded, result.events)
    return result
