"""A connection that reports a damaged file as DamagedDatabaseError on any read, not as a traceback.

Opening checks only the first page of each table (see ``connection.check_existing_file``); damage
deeper in the file shows up when a query reaches it, possibly mid-way through its rows. Every
statement and fetch goes through here, so "database disk image is malformed" becomes the store's
plain sentence naming the file and what to do, wherever it is found.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Self

from desktop.store import open_here
from desktop.store.errors import DamagedDatabaseError

# Result codes meaning the file's content is broken (not a busy, full or read-only disk).
_DAMAGE_CODES: Final = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})

if TYPE_CHECKING:
    # typeshed's name for what execute() accepts (a sequence or a mapping of SQL values).
    from sqlite3 import _Parameters as Parameters


def is_damage(error: sqlite3.Error) -> bool:
    """True when SQLite says the database file itself is damaged."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _DAMAGE_CODES


def _path_of(cursor: sqlite3.Cursor) -> Path:
    connection = cursor.connection
    return connection.path if isinstance(connection, GuardedConnection) else Path("the diary")


class GuardedCursor(sqlite3.Cursor):
    """A cursor whose statements and fetches raise DamagedDatabaseError for a damaged file."""

    def _damaged(self, error: sqlite3.DatabaseError) -> Exception:
        if not is_damage(error):
            return error
        connection = self.connection
        if isinstance(connection, GuardedConnection):
            connection.mark_damaged(str(error))
        return DamagedDatabaseError(_path_of(self), str(error))

    def execute(self, sql: str, parameters: Parameters = (), /) -> Self:
        """Run one statement."""
        try:
            return super().execute(sql, parameters)
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from error

    def executemany(self, sql: str, seq_of_parameters: Iterable[Parameters], /) -> Self:
        """Run one statement for each set of parameters."""
        try:
            return super().executemany(sql, seq_of_parameters)
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from error

    def fetchone(self) -> Any:
        """The next row, or None."""
        try:
            return super().fetchone()
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from error

    def fetchmany(self, size: int | None = 1) -> list[Any]:
        """Up to ``size`` more rows."""
        try:
            return super().fetchmany(self.arraysize if size is None else size)
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from error

    def fetchall(self) -> list[Any]:
        """Every remaining row."""
        try:
            return super().fetchall()
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from error

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from error


class GuardedConnection(sqlite3.Connection):
    """An SQLite connection to the diary at ``path`` whose cursors are GuardedCursors."""

    path: Path = Path("the diary")
    # Why the diary was opened read-only (read-only media, a file its owner made read-only, a
    # full disk), or None: every write is then refused with this reason.
    read_only_reason: str | None = None
    # Why the file is known to be damaged (a read or the daily check found it), or None. Once set,
    # nothing more is written into it: taps would go into a file that may not keep them.
    damaged: str | None = None

    _counted: bool = False  # counted in desktop.store.open_here until closed

    def count_as_open(self, path: Path) -> None:
        """Note that this connection has the diary at ``path`` open (see ``open_here``)."""
        self.path = path
        open_here.opened(path)
        self._counted = True

    def close(self) -> None:
        """Close the connection (and stop counting it as one of this process's)."""
        try:
            super().close()
        finally:
            if self._counted:
                self._counted = False
                open_here.closed(self.path)

    def mark_damaged(self, detail: str) -> None:
        """Refuse every later write: damage was found in the file (``detail`` says what)."""
        if self.damaged is None:
            self.damaged = detail

    def cursor(self, factory: Any = GuardedCursor) -> Any:
        """A new GuardedCursor (or a cursor of ``factory``)."""
        return super().cursor(factory)

    def execute(self, sql: str, parameters: Parameters = (), /) -> sqlite3.Cursor:
        """Run one statement on a new guarded cursor."""
        cursor: GuardedCursor = self.cursor()
        return cursor.execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Parameters], /) -> sqlite3.Cursor:
        """Run one statement per set of parameters on a new guarded cursor."""
        cursor: GuardedCursor = self.cursor()
        return cursor.executemany(sql, parameters)
