"""The open diary: one SQLite file in the data directory, reached through its repositories."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from desktop.store.babies import BabyRepository
from desktop.store.connection import DATABASE_NAME, change_stamp, open_database, write_transaction
from desktop.store.events import EventRepository
from desktop.store.settings import SettingRepository
from desktop.store.sleeps import SleepRepository

if TYPE_CHECKING:
    from desktop.store.aggregates import AggregateCache
    from desktop.store.sleep_counts import SleepSummary


class Diary:
    """A diary opened on a data directory; use as a context manager or call ``close``."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / DATABASE_NAME
        self.connection: sqlite3.Connection = open_database(data_dir)
        self.babies = BabyRepository(self.connection)
        self.sleeps = SleepRepository(self.connection)
        self.events = EventRepository(self.connection)
        self.settings = SettingRepository(self.connection)
        self.closed = False

    def mark_damaged(self, detail: str) -> None:
        """Write nothing more into this diary: damage was found in its file (by the daily check, say)."""
        mark = getattr(self.connection, "mark_damaged", None)
        if mark is not None:
            mark(detail)

    @property
    def damaged(self) -> str | None:
        """What damage was found in the file since it was opened, or None."""
        found = getattr(self.connection, "damaged", None)
        return found if isinstance(found, str) else None

    @property
    def read_only(self) -> bool:
        """True when the diary was opened read-only (read-only media, made read-only, a full disk)."""
        return self.read_only_reason is not None

    @property
    def read_only_reason(self) -> str | None:
        """Why the diary was opened read-only (a sentence), or None when it can be written."""
        reason = getattr(self.connection, "read_only_reason", None)
        return reason if isinstance(reason, str) else None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes into one durable transaction: all of them or none."""
        with write_transaction(self.connection):
            yield

    def change_stamp(self) -> tuple[int, int]:
        """What moves whenever the diary changed, here or in another process (views skip redraws)."""
        return change_stamp(self.connection)

    def sleep_summaries(self, baby_id: str) -> list[SleepSummary]:
        """The baby's sleeps, newest first, each with its event counts (one query)."""
        from desktop.store.sleep_counts import sleep_summaries  # the history's, not the bedside's

        return sleep_summaries(self.connection, baby_id)

    def aggregate_cache(self) -> AggregateCache:
        """A cache of the review's aggregates over this diary, dropped whenever the diary changes."""
        from desktop.store.aggregates import AggregateCache  # the review's, not the bedside's

        return AggregateCache(self.connection)

    def interrupt(self) -> None:
        """Stop the statement running on this diary now (from another thread): its transaction rolls back."""
        self.connection.interrupt()

    def cancel_when(self, cancelled: Callable[[], bool]) -> None:
        """Abort every statement (so its transaction rolls back) once ``cancelled()`` is true.

        Checked every thousand SQLite steps: a Cancel pressed while the work is still in Python
        (reading a file) stops the first statement that follows, not only the one running.
        """
        self.connection.set_progress_handler(lambda: 1 if cancelled() else 0, 1000)

    def close(self) -> None:
        """Close the database file."""
        self.closed = True
        self.connection.close()

    def __enter__(self) -> Diary:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
