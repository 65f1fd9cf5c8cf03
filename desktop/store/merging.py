"""Writing the versions a merge chose: each with its own stamp, parked when its parent is not shown.

Called inside one write transaction (``Diary.transaction``). Rows written here carry their stamp,
so the schema's triggers do not stamp them again, and a row moved to a parked table leaves no
tombstone. After the writes, ``settle`` makes the shown rows a pure function of all versions held:
the same versions give the same diary on every device.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Final

from desktop.core.change import Span, Stamp, shown_sleeps
from desktop.core.model import Baby, Event, Sleep
from desktop.store.babies import baby_to_row
from desktop.store.changes import BABY_COLUMNS, SLEEP_COLUMNS, STAMP_COLUMNS
from desktop.store.events import EVENT_COLUMNS, event_to_row
from desktop.store.sleeps import sleep_to_row

_IDS_PER_QUERY: Final = 500
_WHOLE_TABLE_OVER: Final = 5000  # more ids than this: reading the whole table is quicker
_BULK_ROWS: Final = 2000  # from this many rows on, a merge writes them with their table's triggers set aside
_FAR: Final = 2**62  # a running sleep's end, for overlap tests
_DAY_US: Final = 24 * 3600 * 1_000_000
# The event columns with the sleep id given as a parameter (a join moves events to another sleep).
_JOIN_EVENTS: Final = (
    f"INSERT INTO event ({EVENT_COLUMNS}) SELECT {EVENT_COLUMNS.replace('sleep_id', '?', 1)}"
    " FROM parked_event WHERE sleep_id = ?"
)
# One event as a merge writes it: its columns (EVENT_COLUMNS), then its stamp's (STAMP_COLUMNS).
EventRow = tuple[
    str, str, str | None, int, int, str, str, str, str, float | None, int, int | None, str | None, str,
    str | None, str, str | None, int, int, str,
]  # fmt: skip
_BABY_ALL: Final = f"{BABY_COLUMNS}, {STAMP_COLUMNS}"
_SLEEP_ALL: Final = f"{SLEEP_COLUMNS}, {STAMP_COLUMNS}"
_EVENT_ALL: Final = f"{EVENT_COLUMNS}, {STAMP_COLUMNS}"
# The parked events a sleep takes back when shown again (the schema's sleep_unparks_events).
_OF_ITS_SLEEP: Final = "sleep_id = ?1 AND baby_id = (SELECT baby_id FROM sleep WHERE id = ?1)"
_UNPARK_EVENTS: Final = (
    f"INSERT INTO event ({_EVENT_ALL}) SELECT {_EVENT_ALL} FROM parked_event WHERE {_OF_ITS_SLEEP}"
)


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def _set_clause(columns: str) -> str:
    return ", ".join(f"{name.strip()} = ?" for name in columns.split(",")[1:])


_BABY_INSERT: Final = f"INSERT INTO baby ({_BABY_ALL}) VALUES ({_marks(10)})"
_BABY_UPDATE: Final = f"UPDATE baby SET {_set_clause(_BABY_ALL)} WHERE id = ?"
_SLEEP_INSERT: Final = f"INSERT INTO sleep ({_SLEEP_ALL}) VALUES ({_marks(11)})"
_SLEEP_UPDATE: Final = f"UPDATE sleep SET {_set_clause(_SLEEP_ALL)} WHERE id = ?"
_PARKED_SLEEP_PUT: Final = f"INSERT OR REPLACE INTO parked_sleep ({_SLEEP_ALL}) VALUES ({_marks(11)})"
_EVENT_INSERT: Final = f"INSERT INTO event ({_EVENT_ALL}) VALUES ({_marks(20)})"
_EVENT_UPDATE: Final = f"UPDATE event SET {_set_clause(_EVENT_ALL)} WHERE id = ?"
_PARKED_EVENT_PUT: Final = f"INSERT OR REPLACE INTO parked_event ({_EVENT_ALL}) VALUES ({_marks(20)})"
_TOMBSTONE_PUT: Final = f"INSERT OR REPLACE INTO tombstone (id, kind, {STAMP_COLUMNS}) VALUES (?, ?, ?, ?, ?)"
# Events whose baby and sleep are both shown may be shown too.
_READY: Final = (
    "EXISTS (SELECT 1 FROM baby b WHERE b.id = p.baby_id) AND (p.sleep_id IS NULL OR EXISTS"
    " (SELECT 1 FROM sleep s WHERE s.id = p.sleep_id AND s.baby_id = p.baby_id))"
)


def _held_in(db: sqlite3.Connection, table: str, ids: list[str]) -> set[str]:
    """Which of ``ids`` are rows of ``table`` now (earlier writes of the merge may have moved them)."""
    held: set[str] = set()
    if len(ids) > _WHOLE_TABLE_OVER:
        stored = {str(row[0]) for row in db.execute(f"SELECT id FROM {table}")}
        return stored.intersection(ids) if stored else stored
    for first in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[first : first + _IDS_PER_QUERY]
        query = f"SELECT id FROM {table} WHERE id IN ({_marks(len(chunk))})"
        held.update(str(row[0]) for row in db.execute(query, chunk))
    return held


@contextmanager
def _triggers_set_aside(db: sqlite3.Connection, table: str, bulk: bool) -> Iterator[None]:
    """Drop a table's triggers for the block and create them again, inside the caller's transaction.

    Any trigger on a table costs about 15 microseconds per row written, even when its WHEN clause
    is false: two seconds of a three-year import. DDL is transactional in SQLite: if anything
    fails, the rollback brings the triggers back with everything else; the text is the schema's own.
    """
    if not bulk:
        yield
        return
    with _set_aside(db, "trigger", table):
        yield


@contextmanager
def _indexes_set_aside(db: sqlite3.Connection, table: str, adding: int) -> Iterator[None]:
    """Drop a table's own indexes while ``adding`` rows go in (most of the table), and build them after.

    Built once from all rows, an index is sorted in one go; kept up to date row by row, each insert
    walks it (a third of a three-year import's write). The primary key's index stays. Inside the
    caller's transaction, as DDL is in SQLite: a rollback brings the indexes back as they were.
    """
    if adding <= _BULK_ROWS or adding <= int(db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]):
        yield
        return
    with _set_aside(db, "index", table):
        yield


@contextmanager
def _set_aside(db: sqlite3.Connection, kind: str, table: str) -> Iterator[None]:
    """Drop a table's own triggers or indexes for the block, then make them again from their SQL.

    ``sql IS NOT NULL`` leaves out what SQLite made itself (the primary key's index).
    """
    query = (
        "SELECT name, sql FROM sqlite_master"
        " WHERE type = ? AND tbl_name = ? AND sql IS NOT NULL ORDER BY name"
    )
    objects = [(str(name), str(sql)) for name, sql in db.execute(query, (kind, table))]
    for name, _ in objects:
        db.execute(f'DROP {kind.upper()} "{name}"')
    yield
    for _, sql in objects:
        db.execute(sql)


def _stamp_values(stamp: Stamp) -> tuple[int, int, str]:
    return (stamp.ms, stamp.offset_s, stamp.device)


def _park_events(db: sqlite3.Connection, where: str, values: tuple[object, ...]) -> None:
    """Move shown events to the parked table: copied first, so deleting them leaves no tombstone."""
    db.execute(
        f"INSERT OR REPLACE INTO parked_event ({_EVENT_ALL}) SELECT {_EVENT_ALL} FROM event WHERE {where}",
        values,
    )
    db.execute(f"DELETE FROM event WHERE {where}", values)


def _park_sleep(db: sqlite3.Connection, sleep_id: str) -> None:
    _park_events(db, "sleep_id = ?", (sleep_id,))
    db.execute(
        f"INSERT OR REPLACE INTO parked_sleep ({_SLEEP_ALL}) SELECT {_SLEEP_ALL} FROM sleep WHERE id = ?",
        (sleep_id,),
    )
    db.execute("DELETE FROM sleep WHERE id = ?", (sleep_id,))


def _show_parked_sleeps(db: sqlite3.Connection, ids: list[tuple[str]]) -> None:
    """Move parked sleeps back to the shown table, with what the sleep table's insert triggers do.

    Each insert takes back the sleep's parked events (the schema's sleep_unparks_events), removes
    its tombstone (sleep_revived) and its parked row (sleep_replaces_parked). For many sleeps (a
    first merge of a three-year diary parks all 4,000 and brings them all back) the triggers are
    set aside and their work done once per statement: four trigger programs a row were 0.1 s.
    The rows come from ``parked_sleep`` with their stamps, so sleep_stamp_new would do nothing.
    """
    back = f"INSERT INTO sleep ({_SLEEP_ALL}) SELECT {_SLEEP_ALL} FROM parked_sleep WHERE id = ?"
    bulk = len(ids) > _BULK_ROWS
    with _triggers_set_aside(db, "sleep", bulk):
        db.executemany(back, ids)
        if bulk:
            db.executemany("DELETE FROM tombstone WHERE id = ?", ids)
            if db.execute("SELECT 1 FROM parked_event LIMIT 1").fetchone() is not None:
                db.executemany(_UNPARK_EVENTS, ids)
                db.executemany(f"DELETE FROM parked_event WHERE {_OF_ITS_SLEEP}", ids)
    db.executemany("DELETE FROM parked_sleep WHERE id = ?", ids)


@dataclass
class Settled:
    """What ``settle`` moved: sleeps and events now kept aside, and how many came back."""

    sleeps_parked: int = 0
    sleeps_shown: int = 0


class MergeWriter:
    """The writes of one merge, in the order deletions, babies, sleeps, settle, events."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        self._changed_sleeps: list[str] = []  # sleeps changed in place: maybe now another baby's

    def delete(self, record_id: str, kind: str, stamp: Stamp) -> None:
        """A deletion that won: its tombstone first, then the row; children it still has are parked."""
        db = self._db
        db.execute(_TOMBSTONE_PUT, (record_id, kind, *_stamp_values(stamp)))
        if kind == "event":
            db.execute("DELETE FROM event WHERE id = ?", (record_id,))
            db.execute("DELETE FROM parked_event WHERE id = ?", (record_id,))
        elif kind == "sleep":
            _park_sleep(db, record_id)
            db.execute("DELETE FROM parked_sleep WHERE id = ?", (record_id,))
        else:
            _park_events(db, "baby_id = ?", (record_id,))
            for (sleep_id,) in db.execute("SELECT id FROM sleep WHERE baby_id = ?", (record_id,)).fetchall():
                _park_sleep(db, str(sleep_id))
            db.execute("DELETE FROM baby WHERE id = ?", (record_id,))

    def put_babies(self, babies: list[tuple[Baby, Stamp]]) -> None:
        """Babies that won: changed in place, or added (a tombstone of theirs goes, by a trigger)."""
        db = self._db
        held = _held_in(db, "baby", [baby.id for baby, _ in babies])
        for baby, stamp in babies:
            row = (*baby_to_row(baby), *_stamp_values(stamp))
            if baby.id in held:
                db.execute(_BABY_UPDATE, (*row[1:], baby.id))
            else:
                db.execute(_BABY_INSERT, row)  # its tombstone goes with the insert (a trigger)

    def put_sleeps(self, sleeps: list[tuple[Sleep, Stamp]]) -> None:
        """Sleeps that won: a shown one is changed in place, any other parked until ``settle_sleeps``."""
        db = self._db
        shown_babies = {str(row[0]) for row in db.execute("SELECT id FROM baby")}
        held = _held_in(db, "sleep", [sleep.id for sleep, _ in sleeps])
        parked: list[tuple[object, ...]] = []
        for sleep, stamp in sleeps:
            row = (*sleep_to_row(sleep), *_stamp_values(stamp))
            if sleep.id in held and sleep.baby_id in shown_babies:
                db.execute(_SLEEP_UPDATE, (*row[1:], sleep.id))
                self._changed_sleeps.append(sleep.id)
                continue
            if sleep.id in held:
                _park_sleep(db, sleep.id)
            parked.append(row)
        # Each id once in ``sleeps``: these writes touch rows no other write here touches.
        db.executemany("DELETE FROM tombstone WHERE id = ?", [(row[0],) for row in parked])
        db.executemany(_PARKED_SLEEP_PUT, parked)
        self._park_other_babies_events()  # now, in this transaction: a merge in steps may stop here

    def _park_other_babies_events(self) -> None:
        """Park the events of the sleeps changed in place that are now another baby's sleep."""
        other_baby = "baby_id != (SELECT s.baby_id FROM sleep s WHERE s.id = event.sleep_id)"
        for first in range(0, len(self._changed_sleeps), _IDS_PER_QUERY):
            chunk = tuple(self._changed_sleeps[first : first + _IDS_PER_QUERY])
            _park_events(self._db, f"sleep_id IN ({_marks(len(chunk))}) AND {other_baby}", chunk)

    def settle_sleeps(self) -> Settled:
        """Show exactly the sleeps the overlap rule keeps (core.change.shown_sleeps); park the rest."""
        db = self._db
        shown_babies = {str(row[0]) for row in db.execute("SELECT id FROM baby")}
        shown: set[str] = set()
        spans: list[Span] = []
        for table in ("sleep", "parked_sleep"):
            query = f"SELECT id, baby_id, start_us, end_us FROM {table}"
            for sleep_id, baby_id, start_us, end_us in db.execute(query):
                if table == "sleep":
                    shown.add(str(sleep_id))
                if str(baby_id) in shown_babies:
                    end = None if end_us is None else int(end_us)
                    spans.append(Span(str(sleep_id), str(baby_id), int(start_us), end))
        kept = shown_sleeps(spans)
        settled = Settled()
        for sleep_id in sorted(shown - kept):
            _park_sleep(db, sleep_id)
            settled.sleeps_parked += 1
        coming_back = [(sleep_id,) for sleep_id in sorted(kept - shown)]
        _show_parked_sleeps(db, coming_back)
        settled.sleeps_shown += len(coming_back)
        return settled

    def join_overlapping(self) -> int:
        """Bring the taps of a sleep that lost an overlap into the sleep shown instead; how many sleeps.

        Two caregivers who each started the same night (before their devices synced) logged two
        sleeps; only one can be shown. Its span widens to cover the other's, and the other's events
        move into it, as ordinary changes of this device: every device that finds the same overlap
        makes the same changes, so whichever of them wins, the diaries agree. The other sleep stays
        aside (its taps logged later still come over); a join that would make a sleep longer than
        24 hours, or reach another sleep, is not made.
        """
        db = self._db
        joined = 0
        query = (
            "SELECT p.id, p.baby_id, p.start_us, p.end_us, p.end_offset_s FROM parked_sleep p"
            " WHERE EXISTS (SELECT 1 FROM baby b WHERE b.id = p.baby_id)"
            " AND EXISTS (SELECT 1 FROM parked_event e WHERE e.sleep_id = p.id) ORDER BY p.start_us, p.id"
        )
        for parked_id, baby_id, start_us, end_us, end_offset in db.execute(query).fetchall():
            shown = db.execute(
                "SELECT id, start_us, end_us, end_offset_s FROM sleep WHERE baby_id = ? AND start_us < ?"
                " AND COALESCE(end_us, ?) > ? ORDER BY start_us, id LIMIT 1",
                (baby_id, _FAR if end_us is None else end_us, _FAR, start_us),
            ).fetchone()
            if shown is None:
                continue
            shown_id, shown_start, shown_end, shown_offset = shown
            wide_end = None if shown_end is None or end_us is None else max(shown_end, end_us)
            if wide_end is not None and wide_end - shown_start > _DAY_US:
                continue
            if wide_end != shown_end:
                clash = db.execute(
                    "SELECT 1 FROM sleep WHERE baby_id = ? AND id != ? AND start_us < ?"
                    " AND COALESCE(end_us, ?) > ? LIMIT 1",
                    (baby_id, shown_id, _FAR if wide_end is None else wide_end, _FAR, shown_start),
                ).fetchone()
                if clash is not None:
                    continue
                offset = None if wide_end is None else (shown_offset if wide_end == shown_end else end_offset)
                db.execute(
                    "UPDATE sleep SET end_us = ?, end_offset_s = ? WHERE id = ?", (wide_end, offset, shown_id)
                )
            # Inserted unstamped: the schema's triggers stamp each one as a change made here now.
            db.execute(_JOIN_EVENTS, (shown_id, parked_id))
            db.execute("DELETE FROM parked_event WHERE sleep_id = ?", (parked_id,))
            joined += 1
        return joined

    def put_events(self, events: list[EventRow]) -> None:
        """Events that won: shown when their baby and sleep are, parked otherwise."""
        db = self._db
        shown_babies = {str(row[0]) for row in db.execute("SELECT id FROM baby")}
        sleep_baby = {str(i): str(b) for i, b in db.execute("SELECT id, baby_id FROM sleep")}
        ids = [row[0] for row in events]
        shown_now = _held_in(db, "event", ids)
        parked_now = _held_in(db, "parked_event", ids)
        inserts: list[EventRow] = []
        updates: list[tuple[object, ...]] = []
        parked: list[EventRow] = []
        gone_from_parked: list[tuple[str]] = []
        gone_from_shown: list[tuple[str]] = []
        for row in events:
            event_id, baby_id, sleep_id = row[0], row[1], row[2]
            ready = baby_id in shown_babies and (sleep_id is None or sleep_baby.get(sleep_id) == baby_id)
            if ready and event_id in shown_now:
                updates.append((*row[1:], event_id))
            elif ready:
                if event_id in parked_now:
                    gone_from_parked.append((event_id,))
                inserts.append(row)  # a tombstone of its id goes with the insert (a trigger)
            else:
                parked.append(row)
                if event_id in shown_now:
                    gone_from_shown.append((event_id,))
        # Written with their stamps, these rows need none of the event table's triggers (a tombstone of
        # a revived id goes here); for a big merge the triggers are set aside, which halves the time.
        revived = _held_in(db, "tombstone", [str(row[0]) for row in parked + inserts])
        db.executemany("DELETE FROM tombstone WHERE id = ?", [(record_id,) for record_id in revived])
        db.executemany("DELETE FROM parked_event WHERE id = ?", gone_from_parked)
        db.executemany(_PARKED_EVENT_PUT, parked)  # before the deletes: a parked copy leaves no tombstone
        db.executemany("DELETE FROM event WHERE id = ?", gone_from_shown)
        with _triggers_set_aside(db, "event", len(inserts) + len(updates) > _BULK_ROWS):
            db.executemany(_EVENT_UPDATE, updates)
            with _indexes_set_aside(db, "event", len(inserts)):
                db.executemany(_EVENT_INSERT, inserts)

    def settle_events(self) -> None:
        """Show parked events whose baby and sleep are shown; park those whose sleep is another baby's.

        Only a sleep changed in place can have become another baby's (every other write shows an
        event only with its own baby's sleep), so only those sleeps' events are looked at: not all
        hundred thousand of a three-year diary's.
        """
        db = self._db
        db.execute(f"INSERT INTO event ({_EVENT_ALL}) SELECT {_EVENT_ALL} FROM parked_event p WHERE {_READY}")
        db.execute(f"DELETE FROM parked_event AS p WHERE {_READY}")
        self._park_other_babies_events()


def insert_new(
    db: sqlite3.Connection, babies: list[Baby], sleeps: list[Sleep], events: list[Event], stamp: Stamp
) -> None:
    """Add new records (a version-1 import), all stamped as one change of this device."""
    values = _stamp_values(stamp)
    db.executemany(_BABY_INSERT, [(*baby_to_row(baby), *values) for baby in babies])
    with _triggers_set_aside(db, "sleep", len(sleeps) > _BULK_ROWS):
        db.executemany(_SLEEP_INSERT, [(*sleep_to_row(sleep), *values) for sleep in sleeps])
    rows = [(*event_to_row(event), *values) for event in events]
    with _triggers_set_aside(db, "event", len(rows) > _BULK_ROWS), _indexes_set_aside(db, "event", len(rows)):
        db.executemany(_EVENT_INSERT, rows)
