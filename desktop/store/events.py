"""Storing and finding events: twitch taps, timed episodes and signs. A tap is stored by ``add``."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime
from typing import Final

from desktop.core.model import SIGNS, Event
from desktop.language import translate
from desktop.store.codec import (
    columns_to_instant,
    instant_to_columns,
    optional_bool,
    set_to_text,
    text_to_set,
)
from desktop.store.connection import write_transaction
from desktop.store.errors import NotFoundError

# The event table's columns in ``event_to_row`` order (the exchange compares stored rows with them).
EVENT_COLUMNS: Final = (
    "id, baby_id, sleep_id, at_us, at_offset_s, kind, body_part, side, state, duration_s,"
    " woke_baby, rhythmic, stopped_on_waking, signs, video, note, pause_length"
)
_COLUMNS: Final = EVENT_COLUMNS
_PLACEHOLDERS: Final = ", ".join("?" * 17)
_FAR: Final = 2**62


def row_to_event(row: tuple[object, ...]) -> Event:
    """An event from its columns, in ``EVENT_COLUMNS`` order."""
    (event_id, baby_id, sleep_id, at_us, at_off, kind, body_part, side, state,
     duration_s, woke, rhythmic, stopped, signs, video, note, pause_length) = row  # fmt: skip
    return Event(
        id=str(event_id),
        baby_id=str(baby_id),
        sleep_id=None if sleep_id is None else str(sleep_id),
        at=columns_to_instant(int(str(at_us)), int(str(at_off))),
        kind=str(kind),
        body_part=str(body_part),
        side=str(side),
        state=str(state),
        duration_s=None if duration_s is None else float(str(duration_s)),
        woke_baby=bool(woke),
        rhythmic=optional_bool(None if rhythmic is None else int(str(rhythmic))),
        stopped_on_waking=None if stopped is None else str(stopped),
        signs=text_to_set(str(signs)),
        video=None if video is None else str(video),
        note=str(note),
        pause_length=None if pause_length is None else str(pause_length),
    )


def event_to_row(event: Event) -> tuple[object, ...]:
    """The column values of an event, in ``_COLUMNS`` order."""
    at_us, at_off = instant_to_columns(event.at)
    return (
        event.id,
        event.baby_id,
        event.sleep_id,
        at_us,
        at_off,
        event.kind,
        event.body_part,
        event.side,
        event.state,
        event.duration_s,
        int(event.woke_baby),
        None if event.rhythmic is None else int(event.rhythmic),
        event.stopped_on_waking,
        set_to_text(event.signs, SIGNS),
        event.video,
        event.note,
        event.pause_length,
    )


class EventRepository:
    """Events of every baby, each write its own durable transaction unless batched."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def add(self, event: Event) -> None:
        """Store one event durably (committed and synced before this returns)."""
        with write_transaction(self._connection) as db:
            db.execute(f"INSERT INTO event ({_COLUMNS}) VALUES ({_PLACEHOLDERS})", event_to_row(event))

    def add_many(self, events: Iterable[Event]) -> None:
        """Store many events in one transaction (import, demo data)."""
        with write_transaction(self._connection) as db:
            db.executemany(
                f"INSERT INTO event ({_COLUMNS}) VALUES ({_PLACEHOLDERS})", (event_to_row(e) for e in events)
            )

    def update(self, event: Event) -> None:
        """Replace a stored event."""
        row = event_to_row(event)
        with write_transaction(self._connection) as db:
            cursor = db.execute(
                "UPDATE event SET baby_id = ?, sleep_id = ?, at_us = ?, at_offset_s = ?, kind = ?,"
                " body_part = ?, side = ?, state = ?, duration_s = ?, woke_baby = ?, rhythmic = ?,"
                " stopped_on_waking = ?, signs = ?, video = ?, note = ?, pause_length = ? WHERE id = ?",
                (*row[1:], event.id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(translate("StoreErrors", "No event with id {id}.").format(id=event.id))

    def delete(self, event_id: str) -> None:
        """Remove one event."""
        with write_transaction(self._connection) as db:
            db.execute("DELETE FROM event WHERE id = ?", (event_id,))

    def get(self, event_id: str) -> Event | None:
        """The event with this id, or None."""
        row = self._connection.execute(f"SELECT {_COLUMNS} FROM event WHERE id = ?", (event_id,)).fetchone()
        return None if row is None else row_to_event(row)

    def in_sleep(self, sleep_id: str) -> list[Event]:
        """The events logged in one sleep, in time order."""
        rows = self._connection.execute(
            f"SELECT {_COLUMNS} FROM event WHERE sleep_id = ? ORDER BY at_us, rowid", (sleep_id,)
        ).fetchall()
        return [row_to_event(row) for row in rows]

    def count_in_sleep(self, sleep_id: str, kind: str = "twitch") -> int:
        """How many events of one kind a sleep has (the bedside count)."""
        row = self._connection.execute(
            "SELECT COUNT(*) FROM event WHERE sleep_id = ? AND kind = ?", (sleep_id, kind)
        ).fetchone()
        return int(row[0])

    def last_for_baby(self, baby_id: str) -> Event | None:
        """The baby's most recent event, or None."""
        row = self._connection.execute(
            f"SELECT {_COLUMNS} FROM event WHERE baby_id = ? ORDER BY at_us DESC, rowid DESC LIMIT 1",
            (baby_id,),
        ).fetchone()
        return None if row is None else row_to_event(row)

    def for_baby(
        self, baby_id: str, since: datetime | None = None, until: datetime | None = None
    ) -> list[Event]:
        """The baby's events with since <= at < until, in time order (all of them by default)."""
        since_us = -_FAR if since is None else instant_to_columns(since)[0]
        until_us = _FAR if until is None else instant_to_columns(until)[0]
        rows = self._connection.execute(
            f"SELECT {_COLUMNS} FROM event WHERE baby_id = ? AND at_us >= ? AND at_us < ?"
            " ORDER BY at_us, rowid",
            (baby_id, since_us, until_us),
        ).fetchall()
        return [row_to_event(row) for row in rows]

    def all(self) -> list[Event]:
        """Every event of every baby, in time order."""
        rows = self._connection.execute(f"SELECT {_COLUMNS} FROM event ORDER BY at_us, rowid").fetchall()
        return [row_to_event(row) for row in rows]
