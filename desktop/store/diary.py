"""The open diary: one SQLite file in the data directory, reached through its repositories."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from desktop.store.babies import BabyRepository
from desktop.store.connection import DATABASE_NAME, open_database, write_transaction
from desktop.store.events import EventRepository
from desktop.store.settings import SettingRepository
from desktop.store.sleeps import SleepRepository


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

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes into one durable transaction: all of them or none."""
        with write_transaction(self.connection):
            yield

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
