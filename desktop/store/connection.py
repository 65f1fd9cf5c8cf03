"""Opening the diary file safely: permissions, checks before any write, pragmas and migrations."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Final

from desktop.store.errors import DamagedDatabaseError, TooNewDatabaseError, WriteFailedError
from desktop.store.schema import MIGRATIONS, SCHEMA_VERSION

DATABASE_NAME: Final = "diary.sqlite3"
BACKUP_DIR_NAME: Final = "backups"
SQLITE_HEADER: Final = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS: Final = 5000  # a command-line export may briefly hold the file


def ensure_private_dir(path: Path) -> None:
    """Create a directory (and parents) readable only by the user, tightening an existing one."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)


def _make_private_file(path: Path) -> None:
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def check_existing_file(path: Path) -> int:
    """Read-only checks of an existing diary file; returns its schema version or raises.

    Nothing is written here: a damaged or foreign file must stay byte-for-byte as it was.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DamagedDatabaseError(path, f"cannot be read: {error.strerror}") from error
    if header != SQLITE_HEADER:
        raise DamagedDatabaseError(path, "it is not an SQLite database")
    try:
        # mode=ro: inspecting a file must never write to it, whatever state it is in.
        uri = f"{path.resolve().as_uri()}?mode=ro"
        probe = sqlite3.connect(uri, uri=True)
        try:
            version = int(probe.execute("PRAGMA user_version").fetchone()[0])
            tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master")}
        finally:
            probe.close()
    except sqlite3.DatabaseError as error:
        raise DamagedDatabaseError(path, str(error)) from error
    if version > SCHEMA_VERSION:
        raise TooNewDatabaseError(path, version, SCHEMA_VERSION)
    if version == 0 and tables:
        raise DamagedDatabaseError(path, "it is an SQLite database of another program")
    if version > 0 and not {"baby", "sleep", "event"} <= tables:
        raise DamagedDatabaseError(path, "its tables are missing")
    return version


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of an open database to ``target`` with SQLite's backup API."""
    ensure_private_dir(target.parent)
    partial = target.with_name(target.name + ".partial")
    copy = sqlite3.connect(partial)
    try:
        source.backup(copy)
    finally:
        copy.close()
    os.replace(partial, target)
    _make_private_file(target)


def _timestamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def migrate(connection: sqlite3.Connection, path: Path, from_version: int) -> None:
    """Apply the migrations after ``from_version``, copying the file first when it holds data."""
    if from_version >= SCHEMA_VERSION:
        return
    if from_version > 0:
        backup = path.parent / BACKUP_DIR_NAME / f"before-migration-v{from_version}-{_timestamp()}.sqlite3"
        copy_database(connection, backup)
    for number, script in enumerate(MIGRATIONS[from_version:], start=from_version + 1):
        # executescript commits first; wrap each script with its version bump in one transaction.
        connection.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")


def open_database(data_dir: Path) -> sqlite3.Connection:
    """Open (creating if needed) the diary database in ``data_dir``, migrated to the current schema."""
    ensure_private_dir(data_dir)
    path = data_dir / DATABASE_NAME
    version = check_existing_file(path) if path.exists() and path.stat().st_size > 0 else 0
    try:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves so each tap is its own transaction.
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise WriteFailedError(f"cannot open {path}: {error}") from error
    try:
        _make_private_file(path)
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # WAL with synchronous=FULL: a committed transaction survives power loss, not just a crash.
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        migrate(connection, path, version)
    except sqlite3.DatabaseError as error:
        connection.close()
        raise DamagedDatabaseError(path, str(error)) from error
    for suffix in ("-wal", "-shm"):
        _make_private_file(path.with_name(path.name + suffix))
    return connection


@contextmanager
def write_transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run the block as one durable transaction; any failure rolls back and raises WriteFailedError."""
    if connection.in_transaction:
        # Nested use joins the outer transaction, which commits or rolls back as a whole.
        yield connection
        return
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        raise WriteFailedError(str(error)) from error
    try:
        yield connection
        connection.execute("COMMIT")
    except sqlite3.Error as error:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise WriteFailedError(str(error)) from error
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
