"""The diary's change history as the merge sees it: stamps, tombstones, parked records, the clock.

Every baby, sleep and event row carries the stamp of its last change (set by the schema's
triggers); a deleted record leaves a tombstone. Together they are one register per id, and the
rows are what a merge compares and what an export of version 2 writes.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from desktop.core.change import Stamp
from desktop.core.model import Baby, Event, Sleep
from desktop.store.babies import row_to_baby
from desktop.store.events import EVENT_COLUMNS, row_to_event
from desktop.store.sleeps import row_to_sleep

BABY_COLUMNS: Final = "id, name, birth_date, due_date, birth_weight_g, family_history, note"
SLEEP_COLUMNS: Final = "id, baby_id, start_us, start_offset_s, end_us, end_offset_s, kind, note"
STAMP_COLUMNS: Final = "changed_ms, changed_offset_s, changed_by"
# Where one id's current version lives: a shown row, a parked row, or a tombstone.
PLACES: Final = {
    "baby": ("baby",),
    "sleep": ("sleep", "parked_sleep"),
    "event": ("event", "parked_event"),
}
_IDS_PER_QUERY: Final = 500
_WHOLE_TABLE_OVER: Final = 5000  # more ids than this: reading the whole table is quicker


def device_id(connection: sqlite3.Connection) -> str:
    """This diary's device id: written on every change it makes, never changed."""
    return str(connection.execute("SELECT device FROM change_clock").fetchone()[0])


def renew_device_id(connection: sqlite3.Connection) -> str:
    """Give this diary a new device id (its copy elsewhere keeps the old one); returns it."""
    connection.execute("UPDATE change_clock SET device = lower(hex(randomblob(5)))")
    return device_id(connection)


def clock_ms(connection: sqlite3.Connection) -> int:
    """The hybrid logical clock: the latest change time this diary has made or seen."""
    return int(connection.execute("SELECT last_ms FROM change_clock").fetchone()[0])


def advance_clock(connection: sqlite3.Connection, seen_ms: int) -> None:
    """Move the clock past a change seen from another device, so later changes here come after it."""
    connection.execute("UPDATE change_clock SET last_ms = MAX(last_ms, ?)", (seen_ms,))


def stamp_now(connection: sqlite3.Connection) -> Stamp:
    """Tick the clock for one change made here now, as the schema's triggers do; its stamp."""
    now_ms = round(time.time() * 1000)
    connection.execute("UPDATE change_clock SET last_ms = MAX(last_ms + 1, ?)", (now_ms,))
    device, last_ms = connection.execute("SELECT device, last_ms FROM change_clock").fetchone()
    offset = datetime.now().astimezone().utcoffset()
    return Stamp(int(last_ms), str(device), 0 if offset is None else offset.days * 86_400 + offset.seconds)


def _stamp(ms: object, offset_s: object, device: object) -> Stamp:
    return Stamp(int(str(ms)), str(device), int(str(offset_s)))


@dataclass(frozen=True)
class Current:
    """Where an id's stored version is (a table name or ``tombstone``) and its stamp."""

    place: str
    stamp: Stamp
    kind: str


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for first in range(0, len(ids), _IDS_PER_QUERY):
        yield ids[first : first + _IDS_PER_QUERY]


def _rows_for(
    connection: sqlite3.Connection, table: str, columns: str, ids: list[str]
) -> Iterator[tuple[object, ...]]:
    """Rows of ``table`` whose id is among ``ids`` (the whole table when that is quicker)."""
    if len(ids) > _WHOLE_TABLE_OVER:
        wanted: set[str] | None = None  # made at the first row: an empty table needs none
        for row in connection.execute(f"SELECT {columns} FROM {table}"):
            if wanted is None:
                wanted = set(ids)
            if row[0] in wanted:
                yield tuple(row)
        return
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        query = f"SELECT {columns} FROM {table} WHERE id IN ({marks})"
        yield from (tuple(row) for row in connection.execute(query, chunk))


_CONTENT_COLUMNS: Final = {
    "baby": BABY_COLUMNS,
    "sleep": SLEEP_COLUMNS,
    "parked_sleep": SLEEP_COLUMNS,
    "event": EVENT_COLUMNS,
    "parked_event": EVENT_COLUMNS,
}


def stored_rows(connection: sqlite3.Connection, place: str, ids: list[str]) -> dict[str, tuple[object, ...]]:
    """The content (no stamp) of the rows of ``place`` (a table of ``PLACES``) with those ids, by id."""
    return {str(row[0]): row for row in _rows_for(connection, place, _CONTENT_COLUMNS[place], ids)}


def current_versions(connection: sqlite3.Connection, ids: Iterable[str]) -> dict[str, Current]:
    """The stored version of each id that the diary knows, shown, parked or deleted."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, Current] = {}
    if not wanted:
        return found
    for kind, tables in PLACES.items():
        for table in tables:
            for record_id, ms, offset, device in _rows_for(connection, table, f"id, {STAMP_COLUMNS}", wanted):
                found[str(record_id)] = Current(table, _stamp(ms, offset, device), kind)
    for record_id, gone_kind, ms, offset, device in _rows_for(
        connection, "tombstone", f"id, kind, {STAMP_COLUMNS}", wanted
    ):
        found[str(record_id)] = Current("tombstone", _stamp(ms, offset, device), str(gone_kind))
    return found


@dataclass
class Changes:
    """Versions of records and deletions, each with its stamp (what an export of version 2 holds)."""

    babies: list[tuple[Baby, Stamp]] = field(default_factory=list)
    sleeps: list[tuple[Sleep, Stamp]] = field(default_factory=list)
    events: list[tuple[Event, Stamp]] = field(default_factory=list)
    deleted: list[tuple[str, str, Stamp]] = field(default_factory=list)  # id, kind, stamp

    def count(self) -> int:
        """How many versions and deletions there are."""
        return len(self.babies) + len(self.sleeps) + len(self.events) + len(self.deleted)


def _where(
    device: str | None, after_ms: int | None, baby_id: str | None, baby_column: str
) -> tuple[str, list[object]]:
    clauses: list[str] = []
    values: list[object] = []
    if device is not None:
        clauses.append("changed_by = ?")
        values.append(device)
    if after_ms is not None:
        clauses.append("changed_ms > ?")
        values.append(after_ms)
    if baby_id is not None:
        clauses.append(f"{baby_column} = ?")
        values.append(baby_id)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), values


def read_changes(
    connection: sqlite3.Connection,
    *,
    device: str | None = None,
    after_ms: int | None = None,
    baby_id: str | None = None,
) -> Changes:
    """Every stored version (shown and parked) and deletion, optionally only one device's after a time.

    With ``baby_id``, only that baby's records and no deletions (a tombstone names no baby).
    """
    changes = Changes()
    where, values = _where(device, after_ms, baby_id, "id")
    for row in connection.execute(
        f"SELECT {BABY_COLUMNS}, {STAMP_COLUMNS} FROM baby{where} ORDER BY rowid", values
    ):
        changes.babies.append((row_to_baby(row[:7]), _stamp(*row[7:])))
    where, values = _where(device, after_ms, baby_id, "baby_id")
    for table in ("sleep", "parked_sleep"):
        query = f"SELECT {SLEEP_COLUMNS}, {STAMP_COLUMNS} FROM {table}{where} ORDER BY start_us"
        for row in connection.execute(query, values):
            changes.sleeps.append((row_to_sleep(row[:8]), _stamp(*row[8:])))
    for table in ("event", "parked_event"):
        query = f"SELECT {EVENT_COLUMNS}, {STAMP_COLUMNS} FROM {table}{where} ORDER BY at_us"
        for row in connection.execute(query, values):
            changes.events.append((row_to_event(row[:17]), _stamp(*row[17:])))
    if baby_id is None:
        where, values = _where(device, after_ms, None, "")
        query = f"SELECT id, kind, {STAMP_COLUMNS} FROM tombstone{where} ORDER BY changed_ms"
        for record_id, kind, ms, offset, by in connection.execute(query, values):
            changes.deleted.append((str(record_id), str(kind), _stamp(ms, offset, by)))
    return changes


def latest_change_ms(connection: sqlite3.Connection, device: str) -> int:
    """The time of the latest change this device made that is still stored (0 when none)."""
    latest = 0
    for table in ("baby", "sleep", "parked_sleep", "event", "parked_event", "tombstone"):
        row = connection.execute(
            f"SELECT MAX(changed_ms) FROM {table} WHERE changed_by = ?",
            (device,),
        ).fetchone()
        if row[0] is not None:
            latest = max(latest, int(row[0]))
    return latest


def parked_count(connection: sqlite3.Connection) -> tuple[int, int]:
    """How many sleeps and events are kept aside (a parent missing, or a sleep that lost an overlap)."""
    sleeps = int(connection.execute("SELECT COUNT(*) FROM parked_sleep").fetchone()[0])
    events = int(connection.execute("SELECT COUNT(*) FROM parked_event").fetchone()[0])
    return sleeps, events
