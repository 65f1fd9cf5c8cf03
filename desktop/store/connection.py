"""Opening the diary file safely: permissions, checks before any write, pragmas and migrations."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from desktop.language import translate
from desktop.language.system_errors import reason
from desktop.store import swap
from desktop.store.errors import DamagedDatabaseError, DiaryLockedError, TooNewDatabaseError, WriteFailedError
from desktop.store.guarded import GuardedConnection
from desktop.store.lock import held_here, holding
from desktop.store.open_here import is_open_here
from desktop.store.private import ensure_private_dir, fsync_dir, fsync_path, make_private
from desktop.store.schema import MIGRATIONS, SCHEMA_VERSION

DATABASE_NAME: Final = swap.DATABASE_NAME
BACKUP_DIR_NAME: Final = "backups"
SQLITE_HEADER: Final = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS: Final = 5000  # a command-line export may briefly hold the file
_FULL_BELOW_BYTES: Final = 64 * 1024  # less free than a few pages: SQLite cannot even make a -shm


def _as_null(value: None) -> None:
    """None bound as SQL NULL, as sqlite3 binds it anyway: registered only to be found at once."""
    return value


# Python 3.11's sqlite3 binds None only after looking for an adapter in two more places, each miss
# an AttributeError formatted and dropped: a fifth of a three-year import's insert (five NULL
# columns an event). Registered for None, the first look-up finds this; every None is still NULL.
sqlite3.register_adapter(type(None), _as_null)


def _make_private_file(path: Path) -> None:
    make_private(path)


def _probe_uri(path: Path, header: bytes) -> str:
    """A read-only URI for inspecting ``path`` that creates no file beside it."""
    uri = path.resolve().as_uri()
    # Header bytes 18-19 are 2 for a WAL-mode file. Opened read-only, SQLite would create -wal and
    # -shm next to it; with no -wal present the main file alone holds the whole database, so it
    # can be read as immutable, which needs neither. (An app writing to it would have a -wal;
    # an empty one, left by a crash or a full disk, holds nothing.)
    wal = path.with_name(path.name + "-wal")
    if header[18:20] == b"\x02\x02" and (not wal.exists() or wal.stat().st_size == 0):
        return f"{uri}?immutable=1"
    return f"{uri}?mode=ro"


def read_only_uri(path: Path) -> str:
    """A URI that opens the SQLite file at ``path`` read-only without creating any file beside it."""
    if is_open_here(path):
        # Open in this process: its -wal and -shm exist, and a plain open() would drop its locks.
        return f"{path.resolve().as_uri()}?mode=ro"
    with path.open("rb") as handle:
        return _probe_uri(path, handle.read(100))


def _read_first_rows(probe: sqlite3.Connection, objects: list[tuple[str, str, str]]) -> None:
    """Read the first row of every table and index: a file zeroed or cut short fails here.

    Only the root of each b-tree is touched, about 1 ms on a three-year diary, where
    ``PRAGMA quick_check`` reads every page (about 70 ms); the daily backup runs the full check.
    """
    for name, kind, table in objects:
        quoted = name.replace('"', '""')
        if kind == "table":
            probe.execute(f'SELECT * FROM "{quoted}" LIMIT 1').fetchall()  # noqa: S608 - quoted name
        elif kind == "index":
            owner = table.replace('"', '""')
            sql = f'SELECT * FROM "{owner}" INDEXED BY "{quoted}" LIMIT 1'  # noqa: S608 - quoted names
            probe.execute(sql).fetchall()


def _read_header(path: Path) -> bytes:
    """The file's first 100 bytes (a file no SQLite connection of this process has open)."""
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except OSError as error:
        raise DamagedDatabaseError(
            path, translate("StoreErrors", "cannot be read: {problem}").format(problem=reason(error))
        ) from error


def check_existing_file(path: Path) -> int:
    """Read-only checks of an existing diary file; returns its schema version or raises.

    Nothing is written here and no file is created beside it: a damaged or foreign file must
    stay byte-for-byte as it was.
    """
    # A file open here was checked as this process first opened it; it is read again only
    # through SQLite, whose locks a plain open() and close() would drop (see open_here).
    here = is_open_here(path)
    header = SQLITE_HEADER if here else _read_header(path)
    if not header.startswith(SQLITE_HEADER):
        raise DamagedDatabaseError(path, translate("StoreErrors", "it is not an SQLite database"))
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro" if here else _probe_uri(path, header)
        probe = sqlite3.connect(uri, uri=True)
        try:
            version = int(probe.execute("PRAGMA user_version").fetchone()[0])
            objects = [
                (str(name), str(kind), str(table))
                for name, kind, table in probe.execute("SELECT name, type, tbl_name FROM sqlite_master")
            ]
            tables = {name for name, kind, _ in objects if kind == "table"}
            # Another program's file may carry any user_version: judge it by its tables first.
            if tables and not {"baby", "sleep", "event"} <= tables:
                raise DamagedDatabaseError(
                    path, translate("StoreErrors", "it is an SQLite database of another program")
                )
            if version > SCHEMA_VERSION:
                raise TooNewDatabaseError(path, version, SCHEMA_VERSION)
            if version == 0 and tables:
                raise DamagedDatabaseError(
                    path, translate("StoreErrors", "it is an SQLite database of another program")
                )
            if version > 0 and not tables:
                raise DamagedDatabaseError(path, translate("StoreErrors", "its tables are missing"))
            _read_first_rows(probe, objects)
        finally:
            probe.close()
    except sqlite3.DatabaseError as error:
        if is_write_failure(error):
            # A full disk (no room for the -shm), a read-only folder, a hot journal that cannot be
            # rolled back here: the file may be perfectly fine, so it is not called damaged.
            raise WriteFailedError(
                write_failure_detail(
                    path,
                    translate("StoreErrors", "cannot read {path} here: {problem}").format(
                        path=path, problem=error
                    ),
                )
            ) from error
        raise DamagedDatabaseError(path, str(error)) from error
    return version


def disk_is_full(folder: Path) -> bool:
    """True when the disk holding ``folder`` has (next to) no room left for this user."""
    try:
        usage = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return usage.f_bavail * usage.f_frsize < _FULL_BELOW_BYTES


def write_failure_detail(path: Path, detail: str) -> str:
    """``detail``, or the plain reason when the disk holding ``path`` is full."""
    if disk_is_full(path.parent):
        return translate(
            "StoreErrors", "the disk holding {folder} is full; free some space, then try again"
        ).format(folder=path.parent)
    return detail


def _hot_journal(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    return journal.exists() and journal.stat().st_size > 0


def _needs_recovery(data_dir: Path, path: Path) -> bool:
    """True when a crash left work for the next writer's open: a restore's plan, or a hot journal."""
    return swap.needs_finishing(data_dir) or _hot_journal(path)


def _roll_back_hot_journal(path: Path) -> None:
    """Let SQLite undo the half-written change a crash left in ``-journal`` (what any writer's open does).

    A read-only check cannot do it and would call a healthy file unreadable.
    """
    if not _hot_journal(path):
        return
    try:
        writer = sqlite3.connect(path, isolation_level=None)
        try:
            writer.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        finally:
            writer.close()
    except sqlite3.DatabaseError as error:
        if is_write_failure(error):
            raise WriteFailedError(
                translate("StoreErrors", "cannot recover {path} here: {problem}").format(
                    path=path, problem=error
                )
            ) from error
        raise DamagedDatabaseError(path, str(error)) from error


def _refuse_link_to_nothing(path: Path) -> None:
    """A ``diary.sqlite3`` that is a symbolic link to nothing or to an empty file is not a diary to make."""
    if path.is_symlink() and (not path.exists() or path.stat().st_size == 0):
        raise DamagedDatabaseError(
            path, translate("StoreErrors", "it is a symbolic link to an empty or missing file")
        )


def is_read_only(data_dir: Path, path: Path) -> bool:
    """True when the diary cannot or must not be written: read-only media, or made read-only by its owner.

    The owner's write bits are read as well as ``os.access``: a file or folder the owner made
    read-only (0400, 0500) stays so, even for a user (root) whom the system would let write.
    """
    try:
        if os.statvfs(data_dir).f_flag & os.ST_RDONLY:
            return True
        for target in (data_dir, path):
            if not stat.S_IMODE(os.stat(target).st_mode) & stat.S_IWUSR or not os.access(target, os.W_OK):
                return True
    except (OSError, AttributeError):
        return False
    return False


def copy_database(source: sqlite3.Connection, target: Path, *, wal: bool = False) -> None:
    """Write a consistent copy of an open database to ``target`` with SQLite's backup API.

    The copy is a single self-contained file, private from its first byte, flushed to the disk
    before it replaces ``target`` (and the rename flushed after). ``wal`` marks it a WAL-mode file
    (still one file: the -wal is folded in and removed on closing), so that opening it as the
    diary writes nothing; otherwise it is a rollback-journal file.
    """
    ensure_private_dir(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    # Created empty with 0600 before SQLite writes a byte, so the copy is never readable by others.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    copy = sqlite3.connect(partial, isolation_level=None)
    try:
        source.backup(copy)
        # A WAL-mode copy in use needs -wal/-shm files beside it; closed, it is one file again.
        copy.execute("PRAGMA journal_mode = WAL" if wal else "PRAGMA journal_mode = DELETE")
    except BaseException:
        copy.close()
        partial.unlink(missing_ok=True)
        raise
    copy.close()
    fsync_path(partial)
    os.replace(partial, target)
    _make_private_file(target)
    fsync_dir(target.parent)


def _timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


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


# SQLite result codes that mean "could not write here" (disk full, read-only, locked, I/O) rather
# than "this file is damaged": the file may be perfectly fine.
_WRITE_FAILURE_CODES: Final = frozenset(
    {
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_PERM,
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
    }
)


def is_write_failure(error: sqlite3.Error) -> bool:
    """True when an SQLite error means the disk refused a write, not that the file is damaged."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _WRITE_FAILURE_CODES


def open_database(data_dir: Path) -> sqlite3.Connection:
    """Open (creating if needed) the diary database in ``data_dir``, migrated to the current schema.

    Creating, migrating, finishing an interrupted restore and rolling back a crash's journal are
    writes beyond a tap's: they happen under the data directory's lock (taken here unless this
    process holds it). A diary on read-only media or made read-only by its owner is opened
    read-only (``connection.read_only``), so it can still be read and exported.
    """
    path = data_dir / DATABASE_NAME
    if data_dir.is_dir() and path.exists() and is_read_only(data_dir, path):
        return _open_read_only(
            path,
            translate(
                "StoreErrors",
                "{path} is read-only (read-only media, or made so by its owner): nothing can be saved to it",
            ).format(path=path),
        )
    # A full disk: the diary is fine and can still be read and exported; writes say why not.
    # (Tried before any write, so not even an empty -wal is left beside it.)
    full = path.exists() and not _needs_recovery(data_dir, path)
    if full and disk_is_full(data_dir):
        return _open_read_only(path, write_failure_detail(path, translate("StoreErrors", "the disk is full")))
    try:
        return _open_for_writing(data_dir, path)
    except WriteFailedError:
        if not (full and disk_is_full(data_dir)):
            raise
        return _open_read_only(path, write_failure_detail(path, translate("StoreErrors", "the disk is full")))


def _open_for_writing(data_dir: Path, path: Path) -> sqlite3.Connection:
    ensure_private_dir(data_dir)
    _refuse_link_to_nothing(path)
    if (
        not held_here(data_dir)
        and path.exists()
        and path.stat().st_size > 0
        and not _needs_recovery(data_dir, path)
    ):
        # The usual open: read-only checks first (a damaged file gets not even a lock file beside it).
        version = check_existing_file(path)
        if version == SCHEMA_VERSION:
            return _open(data_dir, path, version)
    try:
        with holding(data_dir, "open"):
            swap.finish_planned_swap(data_dir)
            _roll_back_hot_journal(path)
            return _open(data_dir, path, None)
    except DiaryLockedError:
        # Another process writes, and it created, migrated and recovered the file: a reader may
        # open it as it is. (A restore under way there keeps the live file whole, old then new.)
        if path.exists() and not _hot_journal(path):
            version = check_existing_file(path)
            if version == SCHEMA_VERSION:
                return _open(data_dir, path, version)
        raise


def _cannot_open(path: Path, problem: object) -> str:
    """ "cannot open PATH: why" in the run's language (the why is SQLite's or the system's)."""
    return translate("StoreErrors", "cannot open {path}: {problem}").format(path=path, problem=problem)


def _open_read_only(path: Path, reason: str) -> sqlite3.Connection:
    """The diary opened for reading only; every write is refused with ``reason``."""
    version = check_existing_file(path)
    if version < SCHEMA_VERSION:
        raise WriteFailedError(
            translate(
                "StoreErrors",
                "{path} is read-only and was written by an older Twitch Diary; copy it somewhere writable"
                " to open it",
            ).format(path=path)
        )
    try:
        connection = sqlite3.connect(
            read_only_uri(path),
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            factory=GuardedConnection,
        )
        connection.execute("PRAGMA query_only = ON")
    except sqlite3.Error as error:
        raise WriteFailedError(_cannot_open(path, error)) from error
    connection.path = path
    connection.read_only_reason = reason
    return connection


def _open(data_dir: Path, path: Path, version: int | None) -> sqlite3.Connection:
    """Connect, set the pragmas and migrate; ``version`` is None when not checked yet (under the lock)."""
    if version is None:
        version = check_existing_file(path) if path.exists() and path.stat().st_size > 0 else 0
    try:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves so each tap is its own transaction.
        # GuardedConnection: damage found by any later read is a DamagedDatabaseError, not a crash.
        connection = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False, factory=GuardedConnection
        )
    except sqlite3.Error as error:
        raise WriteFailedError(_cannot_open(path, error)) from error
    connection.count_as_open(path)
    try:
        _make_private_file(path)
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # WAL with synchronous=FULL: a committed transaction survives power loss, not just a crash.
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        migrate(connection, path, version)
    except DamagedDatabaseError:
        connection.close()
        raise
    except sqlite3.DatabaseError as error:
        connection.close()
        if is_write_failure(error):
            raise WriteFailedError(write_failure_detail(path, _cannot_open(path, error))) from error
        raise DamagedDatabaseError(path, str(error)) from error
    except OSError as error:
        connection.close()
        raise WriteFailedError(_cannot_open(path, reason(error))) from error
    for suffix in ("-wal", "-shm"):
        _make_private_file(path.with_name(path.name + suffix))
    return connection


def change_stamp(connection: sqlite3.Connection) -> tuple[int, int]:
    """What moves whenever the diary changed: through this connection, or by another process.

    ``total_changes`` counts this connection's writes; ``PRAGMA data_version`` moves when another
    connection (a command-line import) committed. Views compare stamps to skip redrawing.
    """
    version = int(connection.execute("PRAGMA data_version").fetchone()[0])
    return connection.total_changes, version


@contextmanager
def write_transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run the block as one durable transaction; any failure rolls back and raises WriteFailedError."""
    if connection.in_transaction:
        # Nested use joins the outer transaction, which commits or rolls back as a whole.
        yield connection
        return
    damaged = getattr(connection, "damaged", None)
    if damaged is not None:
        raise DamagedDatabaseError(
            getattr(connection, "path", Path(translate("StoreErrors", "the diary"))), damaged
        )
    read_only = getattr(connection, "read_only_reason", None)
    if read_only is not None:
        raise WriteFailedError(read_only)
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
        path = getattr(connection, "path", None)
        detail = str(error) if path is None else write_failure_detail(path, str(error))
        raise WriteFailedError(detail) from error
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
