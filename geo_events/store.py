"""The event store: one GeoPackage that is both the analyst's database and a GIS layer set.

A store holds the layers of ``geo-events export --format gpkg`` (``events``, ``impacts``,
``launches``, ``trajectories``, ``launch_areas``), which QGIS and ``ogrinfo`` open as they
are, plus a non-spatial table, ``geo_events_store``, with each event's full record
(:func:`geo_events.load.event_to_dict`: every fact with its sentence, every figure with its
source) so that events read back are equal to the events written.

Every :func:`ingest` is one transaction.  GDAL writes each layer through its own
connection and transactions, so the layers and the JSON table cannot share a single
SQLite transaction; instead the complete new store is built in a temporary file beside
the old one, flushed to disk (``fsync``) and renamed over it (``os.replace``, atomic on
POSIX and Windows).  A crash, ``kill -9`` or bad input at any point leaves the old store
byte for byte as it was; a leftover temporary file is removed by the next ingest.  A lock
file serialises concurrent ingests into one store.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

from .errors import InputError, OutputError
from .models import Event

TABLE = "geo_events_store"
META = "geo_events_meta"
STORE_VERSION = "1"
_TEMP_TAG = ".ingest-"


@dataclass
class IngestSummary:
    """What an ingest did: incoming events added (``new``), merged into existing ones (``merged``)."""

    path: str
    new: int
    merged: int
    total: int
    changed: bool

    def __str__(self) -> str:
        return (f"{self.path}: {self.new} new, {self.merged} merged, total {self.total} "
                f"event{'s' if self.total != 1 else ''}" + ("" if self.changed else " (unchanged)"))


# --------------------------------------------------------------------------- reading


def _connect_ro(path: Path) -> sqlite3.Connection:
    # Read-only and without touching the file: no journal, no -shm, the bytes stay as they are.
    return sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)


def is_store(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a GeoPackage with the store's JSON table."""
    p = Path(path)
    if not p.is_file():
        return False
    try:
        with contextlib.closing(_connect_ro(p)) as con:
            row = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (TABLE,)).fetchone()
            return row is not None
    except sqlite3.Error:
        return False


class Store:
    """An open, read-only view of a store (see :func:`open_store`)."""

    def __init__(self, path: Path, con: sqlite3.Connection):
        self.path = path
        self._con = con

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()

    def __len__(self) -> int:
        return int(self._con.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0])

    def event_ids(self) -> list[str]:
        """Every event id, sorted."""
        return [r[0] for r in self._con.execute(f"SELECT event_id FROM {TABLE} ORDER BY event_id")]

    def records(self) -> Iterator[tuple[str, str]]:
        """(event_id, JSON text) of every event, in store order."""
        yield from self._con.execute(f"SELECT event_id, record FROM {TABLE} ORDER BY position")

    def events(self) -> list[Event]:
        """Every event, equal to the one ingested."""
        from .load import event_from_dict

        out = []
        for event_id, text in self.records():
            try:
                out.append(event_from_dict(json.loads(text)))
            except (ValueError, KeyError, TypeError, IndexError) as exc:
                raise InputError(f"{self.path}: stored event {event_id} is damaged ({exc})") from None
        return out


def open_store(path: str | os.PathLike) -> Store:
    """Open an existing store read-only.

    Parameters
    ----------
    path : str or PathLike
        A GeoPackage written by :func:`ingest`.

    Returns
    -------
    Store
        Use as a context manager; ``len(store)``, ``store.event_ids()``, ``store.events()``.

    Raises
    ------
    InputError
        The file is missing, not SQLite, or not a geo-events store.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such store; create it with geo-events ingest ARTICLES --store {path}")
    if not p.is_file():
        raise InputError(f"{path}: is not a file; expected a GeoPackage event store")
    try:
        con = _connect_ro(p)
        row = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (TABLE,)).fetchone()
    except sqlite3.Error as exc:
        raise InputError(f"{path}: not a GeoPackage event store ({exc})") from None
    if row is None:
        con.close()
        raise InputError(f"{path}: GeoPackage has no {TABLE} table; it is not a geo-events store "
                         "(a plain export can be read as INPUT instead)")
    return Store(p, con)


def read_events(path: str | os.PathLike) -> list[Event]:
    """Every event of a store.

    Raises
    ------
    InputError
        Not a store, or a damaged record.
    """
    with open_store(path) as store:
        return store.events()


# --------------------------------------------------------------------------- slicing


def select(
    events: Iterable[Event],
    *,
    since: Optional[dt.date] = None,
    until: Optional[dt.date] = None,
    bbox: Optional[Sequence[float]] = None,
    types: Optional[Iterable[str]] = None,
) -> list[Event]:
    """The events inside a time window, a bounding box and a set of types.

    Parameters
    ----------
    since, until : datetime.date, optional
        Keep events whose date span overlaps [since, until]; undated events are dropped
        when either bound is given.
    bbox : (west, south, east, north), optional
        Keep events whose place lies inside (west > east crosses the antimeridian); events
        without a place are dropped.
    types : iterable of str, optional
        Keep these event types (case-insensitive).

    Returns
    -------
    list of Event
    """
    wanted = {t.lower() for t in types} if types else None
    out = []
    for ev in events:
        if since is not None or until is not None:
            if ev.date is None:
                continue
            if since is not None and ev.date.latest < since:
                continue
            if until is not None and ev.date.earliest > until:
                continue
        if bbox is not None:
            if ev.place is None:
                continue
            w, s, e, n = bbox
            if not (s <= ev.place.lat <= n):
                continue
            lon = ev.place.lon
            if not ((w <= lon <= e) if w <= e else (lon >= w or lon <= e)):
                continue
        if wanted is not None and ev.event_type.lower() not in wanted:
            continue
        out.append(ev)
    return out


# --------------------------------------------------------------------------- writing


@contextlib.contextmanager
def _locked(path: Path):
    """An exclusive lock on ``path.lock`` for the time of one ingest."""
    lock = path.with_name(path.name + ".lock")
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise OutputError(f"{path}: cannot create the lock file {lock} ({exc.strerror})") from None
    try:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: os.replace is still atomic, no lock
            fcntl = None
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _clean_stale(path: Path) -> None:
    # Under the lock no other ingest runs: any temporary file of ours is left by a crash.
    folder = path.parent
    for pattern in (f".{path.name}{_TEMP_TAG}*", f"..{path.name}{_TEMP_TAG}*"):
        for stale in folder.glob(pattern):
            with contextlib.suppress(OSError):
                stale.unlink()


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_table(tmp: Path, events: list[Event]) -> None:
    from .load import event_to_dict

    con = sqlite3.connect(tmp)
    try:
        with con:
            con.execute(f"CREATE TABLE {TABLE} (position INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, "
                        "event_date TEXT, event_type TEXT, record TEXT NOT NULL)")
            con.execute(f"CREATE TABLE {META} (key TEXT PRIMARY KEY, value TEXT)")
            con.executemany(
                f"INSERT INTO {TABLE} (position, event_id, event_date, event_type, record) VALUES (?, ?, ?, ?, ?)",
                [(i, ev.event_id, ev.date.iso() if ev.date else None, ev.event_type,
                  json.dumps(event_to_dict(ev), ensure_ascii=False, separators=(",", ":"), allow_nan=False))
                 for i, ev in enumerate(events)],
            )
            con.executemany(f"INSERT INTO {META} (key, value) VALUES (?, ?)",
                            [("store_version", STORE_VERSION), ("record_format", "1")])
            # Declared as GeoPackage attribute tables, so GDAL and QGIS list them as layers.
            for name, desc in ((TABLE, "Full record of each event (JSON): every fact with its sentence."),
                               (META, "geo-events store metadata.")):
                con.execute(
                    "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
                    "VALUES (?, 'attributes', ?, ?)", (name, name, desc))
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()


def _unique_ids(events: list[Event]) -> list[Event]:
    """The store's key is the event id: two different incidents with one id get a suffix."""
    from dataclasses import replace

    seen: set[str] = set()
    out = []
    for ev in events:
        eid, n = ev.event_id, 1
        while eid in seen:
            n += 1
            eid = f"{ev.event_id}-{n}"
        seen.add(eid)
        out.append(ev if eid == ev.event_id else replace(ev, event_id=eid))
    return out


def write_store(path: str | os.PathLike, events: Iterable[Event]) -> Path:
    """Write ``events`` as a complete store at ``path``, atomically (see the module notes)."""
    from . import export_formats

    target = Path(path)
    events = _unique_ids(list(events))
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        import tempfile

        fd, name = tempfile.mkstemp(prefix=f".{target.name}{_TEMP_TAG}", suffix=".gpkg", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write in {folder} ({exc.strerror})") from None
    tmp = Path(name)
    try:
        export_formats.write_gpkg(events, tmp)
        _write_table(tmp, events)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
        _fsync_dir(folder)
    except sqlite3.Error as exc:
        _remove(tmp)
        raise OutputError(f"{target}: cannot write the store ({exc})") from None
    except BaseException:
        _remove(tmp)
        raise
    return target


def _remove(tmp: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.unlink(f"{tmp}{suffix}")


def ingest(path: str | os.PathLike, events: Iterable[Event]) -> IngestSummary:
    """Add events to a store (created if absent), merging those of incidents already there.

    Parameters
    ----------
    path : str or PathLike
        The store (a GeoPackage).
    events : iterable of Event
        Incoming events (from articles, or loaded from event files).

    Returns
    -------
    IngestSummary
        ``new``, ``merged`` and ``total`` counts; ``str()`` is a one-line summary.

    Raises
    ------
    InputError
        ``path`` exists but is not a store; nothing is written.
    OutputError
        The store cannot be written; the old store is left as it was.
    """
    from .reconcile import merge_with_stats

    target = Path(path)
    incoming = list(events)
    with _locked(target):
        _clean_stale(target)
        existing = read_events(target) if target.exists() else []
        merged, stats = merge_with_stats(existing, incoming)
        # merge_with_stats returns an existing event itself when the incoming one adds nothing,
        # so "nothing new, nothing changed" means the store would be rewritten identical: skip it.
        changed = not target.exists() or stats.new > 0 or stats.changed > 0
        if changed:
            write_store(target, merged)
    return IngestSummary(str(path), stats.new, stats.merged, len(merged), changed)
