"""Storing and finding sleeps (naps and nights)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Final

from desktop.core.model import Sleep
from desktop.language import translate
from desktop.store.codec import columns_to_instant, instant_to_columns, optional_instant
from desktop.store.connection import write_transaction
from desktop.store.errors import ConflictError, NotFoundError

_COLUMNS: Final = "id, baby_id, start_us, start_offset_s, end_us, end_offset_s, kind, note"
# A running sleep has no end; for overlap checks it lasts until far in the future.
_OPEN_END_US: Final = 2**62


def row_to_sleep(row: tuple[object, ...]) -> Sleep:
    """A sleep from its columns, in ``_COLUMNS`` order."""
    sleep_id, baby_id, start_us, start_off, end_us, end_off, kind, note = row
    return Sleep(
        id=str(sleep_id),
        baby_id=str(baby_id),
        start=columns_to_instant(int(str(start_us)), int(str(start_off))),
        end=optional_instant(
            None if end_us is None else int(str(end_us)), None if end_off is None else int(str(end_off))
        ),
        kind=str(kind),
        note=str(note),
    )


def sleep_to_row(sleep: Sleep) -> tuple[object, ...]:
    """The column values of a sleep, in ``_COLUMNS`` order."""
    start_us, start_off = instant_to_columns(sleep.start)
    end_us, end_off = (None, None) if sleep.end is None else instant_to_columns(sleep.end)
    return (sleep.id, sleep.baby_id, start_us, start_off, end_us, end_off, sleep.kind, sleep.note)


class SleepRepository:
    """Sleeps of every baby; no two sleeps of one baby may overlap."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def _check_no_overlap(self, sleep: Sleep) -> None:
        start_us, _ = instant_to_columns(sleep.start)
        end_us = _OPEN_END_US if sleep.end is None else instant_to_columns(sleep.end)[0]
        # Ended sleeps that end after this one starts, then sleeps still running: both found through
        # the (baby, end) index, so the check reads a few rows, not the baby's three years of sleeps.
        # The unary + keeps SQLite's planner off the (baby, start) index, which would read them all.
        row = self._connection.execute(
            "SELECT id FROM sleep WHERE baby_id = ? AND id != ?"
            " AND end_us > ? AND +start_us < ?"
            " UNION ALL SELECT id FROM sleep WHERE baby_id = ? AND id != ?"
            " AND end_us IS NULL AND +start_us < ? LIMIT 1",
            (sleep.baby_id, sleep.id, start_us, end_us, sleep.baby_id, sleep.id, end_us),
        ).fetchone()
        if row is not None:
            raise ConflictError(
                translate("StoreErrors", "This sleep overlaps another sleep of the same baby.")
            )

    def add(self, sleep: Sleep) -> None:
        """Store a new sleep; raises ConflictError if it overlaps another."""
        with write_transaction(self._connection) as db:
            self._check_no_overlap(sleep)
            db.execute(f"INSERT INTO sleep ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sleep_to_row(sleep))

    def update(self, sleep: Sleep) -> None:
        """Replace a stored sleep (start, end, kind, note); raises ConflictError on overlap."""
        row = sleep_to_row(sleep)
        with write_transaction(self._connection) as db:
            self._check_no_overlap(sleep)
            cursor = db.execute(
                "UPDATE sleep SET start_us = ?, start_offset_s = ?, end_us = ?, end_offset_s = ?,"
                " kind = ?, note = ? WHERE id = ?",
                (*row[2:], sleep.id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(translate("StoreErrors", "No sleep with id {id}.").format(id=sleep.id))

    def delete(self, sleep_id: str) -> None:
        """Remove a sleep and the events logged in it."""
        with write_transaction(self._connection) as db:
            db.execute("DELETE FROM event WHERE sleep_id = ?", (sleep_id,))
            db.execute("DELETE FROM sleep WHERE id = ?", (sleep_id,))

    def get(self, sleep_id: str) -> Sleep | None:
        """The sleep with this id, or None."""
        row = self._connection.execute(f"SELECT {_COLUMNS} FROM sleep WHERE id = ?", (sleep_id,)).fetchone()
        return None if row is None else row_to_sleep(row)

    def running(self, baby_id: str) -> Sleep | None:
        """The baby's sleep in progress (reopened after a crash), or None."""
        row = self._connection.execute(
            f"SELECT {_COLUMNS} FROM sleep WHERE baby_id = ? AND end_us IS NULL"
            " ORDER BY start_us DESC LIMIT 1",
            (baby_id,),
        ).fetchone()
        return None if row is None else row_to_sleep(row)

    def for_baby(
        self, baby_id: str, since: datetime | None = None, until: datetime | None = None
    ) -> list[Sleep]:
        """The baby's sleeps that overlap [since, until), oldest first (all of them by default)."""
        since_us = -_OPEN_END_US if since is None else instant_to_columns(since)[0]
        until_us = _OPEN_END_US if until is None else instant_to_columns(until)[0]
        # Through the (baby, end) index, as in _check_no_overlap: by start, SQLite would walk every
        # earlier sleep (2 ms of the window's start on a three-year diary, for the five of tonight).
        rows = self._connection.execute(
            f"SELECT {_COLUMNS} FROM sleep WHERE baby_id = ? AND end_us >= ?"
            " AND +start_us < ?"
            f" UNION ALL SELECT {_COLUMNS} FROM sleep WHERE baby_id = ?"
            " AND end_us IS NULL AND +start_us < ? ORDER BY start_us",
            (baby_id, since_us, until_us, baby_id, until_us),
        ).fetchall()
        return [row_to_sleep(row) for row in rows]

    def all(self) -> list[Sleep]:
        """Every sleep of every baby, oldest first."""
        rows = self._connection.execute(f"SELECT {_COLUMNS} FROM sleep ORDER BY start_us").fetchall()
        return [row_to_sleep(row) for row in rows]
