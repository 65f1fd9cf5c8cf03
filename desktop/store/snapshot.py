"""Reading the diary as one consistent state without holding the write lock, then writing after it.

A long import reads and checks its file against the diary first; holding the write lock for that
would make a tap at the bedside wait (and, past the busy timeout, fail). ``read_snapshot`` runs
the checks on one state of the diary while taps go on; ``changed_since`` tells, inside the write
transaction that follows, whether anything was committed meanwhile, so that the checks are
redone there only when they must be.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


def _data_version(connection: sqlite3.Connection) -> int:
    # Moves whenever another connection commits (this connection's own writes do not move it).
    return int(connection.execute("PRAGMA data_version").fetchone()[0])


@contextmanager
def read_snapshot(connection: sqlite3.Connection) -> Iterator[int]:
    """Run the block in a read transaction (one state of the diary); yields that state's version.

    In WAL mode readers never block writers: taps are committed meanwhile, and the block keeps
    seeing the state it started with.
    """
    connection.execute("BEGIN DEFERRED")
    try:
        connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # the snapshot starts here
        yield _data_version(connection)
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")  # it wrote nothing: ending it only lets the state go


def changed_since(connection: sqlite3.Connection, version: int) -> bool:
    """True when another connection committed since the snapshot that yielded ``version``.

    Meant inside the write transaction: from then on nothing else can commit until it ends.
    """
    return _data_version(connection) != version
