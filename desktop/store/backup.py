"""Backups of the diary: a checked copy once a day, kept 7 days and 4 weeks, and restoring one.

Backups live in ``data_dir/backups/`` as single SQLite files (0600) named by kind and UTC time:
``daily-20261123T061500Z.sqlite3`` and, made by ``connection.migrate`` before a schema change,
``before-migration-v1-20261123T061500Z.sqlite3``. Restoring first keeps the current file aside in
the data directory as ``diary.sqlite3.before-restore-<time>`` (never deleted by the app), so a
restore can itself be undone.

``restore_backup`` holds the data directory's lock (``desktop.store.lock``) while it works.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from desktop.language import translate
from desktop.language.system_errors import reason
from desktop.store import swap
from desktop.store.connection import (
    BACKUP_DIR_NAME,
    DATABASE_NAME,
    check_existing_file,
    copy_database,
    read_only_uri,
)
from desktop.store.diary import Diary
from desktop.store.errors import DamagedDatabaseError, NotFoundError, WriteFailedError
from desktop.store.lock import holding
from desktop.store.private import ensure_private_dir

KEEP_DAILY: Final = 7
KEEP_WEEKLY: Final = 4
KEEP_BEFORE_MIGRATION: Final = 4
_STAMP_FORMAT: Final = "%Y%m%dT%H%M%SZ"
_BACKUP_NAME: Final = re.compile(r"^(daily|before-migration-v\d+)-(\d{8}T\d{6}Z)\.sqlite3$")
_ASIDE_NAME: Final = re.compile(rf"^{re.escape(DATABASE_NAME)}\.before-restore-(\d{{8}}T\d{{6}}Z)$")


@dataclass(frozen=True)
class BackupCounts:
    """How many records a backup holds."""

    babies: int
    sleeps: int
    events: int


@dataclass(frozen=True)
class Backup:
    """One restorable copy of the diary: its name (for ``restore``), kind, UTC time and file."""

    name: str
    kind: str  # "daily", "before-migration" or "before-restore"
    taken_at: datetime
    path: Path

    @property
    def size(self) -> int:
        """The file's size in bytes."""
        return self.path.stat().st_size


def backup_dir(data_dir: Path) -> Path:
    """The folder holding the diary's backups."""
    return data_dir / BACKUP_DIR_NAME


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_STAMP_FORMAT)


def _parse_stamp(text: str) -> datetime:
    return datetime.strptime(text, _STAMP_FORMAT).replace(tzinfo=UTC)


def _backup_from_path(path: Path) -> Backup | None:
    """The backup a file name describes, or None for any other file."""
    try:
        match = _BACKUP_NAME.match(path.name)
        if match is not None:
            kind = "daily" if match[1] == "daily" else "before-migration"
            return Backup(path.name, kind, _parse_stamp(match[2]), path)
        match = _ASIDE_NAME.match(path.name)
        if match is not None:
            return Backup(path.name, "before-restore", _parse_stamp(match[1]), path)
    except ValueError:
        return None  # a name of our shape with no such time (February 30th): not one of ours
    return None


def list_backups(data_dir: Path) -> list[Backup]:
    """Every backup of the diary in ``data_dir``, newest first (files kept aside by a restore too)."""
    found: list[Backup] = []
    for folder in (backup_dir(data_dir), data_dir):
        if folder.is_dir():
            found.extend(b for b in map(_backup_from_path, folder.iterdir()) if b is not None)
    return sorted(found, key=lambda backup: (backup.taken_at, backup.name), reverse=True)


def latest_backup(data_dir: Path) -> Backup | None:
    """The newest backup that can be restored, or None."""
    for backup in list_backups(data_dir):
        try:
            check_backup(backup.path)
        except DamagedDatabaseError:
            continue
        return backup
    return None


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True)


def check_backup(path: Path) -> None:
    """Raise DamagedDatabaseError unless ``path`` is a complete, undamaged diary this app can read."""
    version = check_existing_file(path)
    if version == 0:
        raise DamagedDatabaseError(path, translate("StoreErrors", "it holds no diary"))
    try:
        probe = _open_read_only(path)
        try:
            result = [str(row[0]) for row in probe.execute("PRAGMA quick_check")]
        finally:
            probe.close()
    except sqlite3.DatabaseError as error:
        raise DamagedDatabaseError(path, str(error)) from error
    if result != ["ok"]:
        raise DamagedDatabaseError(
            path, translate("StoreErrors", "damaged pages: {detail}").format(detail=result[0])
        )


def count_records(path: Path) -> BackupCounts:
    """How many babies, sleeps and events a diary file holds (read-only)."""
    try:
        probe = _open_read_only(path)
        try:
            babies, sleeps, events = (
                int(probe.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])  # noqa: S608 - fixed names
                for table in ("baby", "sleep", "event")
            )
        finally:
            probe.close()
    except sqlite3.DatabaseError as error:
        raise DamagedDatabaseError(path, str(error)) from error
    return BackupCounts(babies, sleeps, events)


def make_backup(diary: Diary, now: datetime) -> Backup:
    """Copy the open diary to a new daily backup, check the copy, then drop backups past retention.

    A copy that fails the check is deleted and DamagedDatabaseError raised: the older, good
    backups are kept, since they are what the parent will want to restore.
    """
    folder = backup_dir(diary.data_dir)
    ensure_private_dir(folder)
    _remove_partial_copies(folder)
    target = folder / f"daily-{_stamp(now)}.sqlite3"
    try:
        copy_database(diary.connection, target)
    except (sqlite3.Error, OSError) as error:
        raise WriteFailedError(
            translate("StoreErrors", "the backup {path} could not be written: {problem}").format(
                path=target, problem=error
            )
        ) from error
    try:
        check_backup(target)
    except DamagedDatabaseError as error:
        target.unlink(missing_ok=True)
        raise DamagedDatabaseError(
            diary.path,
            translate("StoreErrors", "the daily check found damage: {detail}").format(detail=error.args[0]),
        ) from error
    prune_backups(diary.data_dir)
    backup = _backup_from_path(target)
    assert backup is not None
    return backup


def _remove_partial_copies(folder: Path) -> None:
    """Remove copies a crash cut off before they were finished (``*.partial``, never listed)."""
    for partial in folder.glob("*.partial*"):  # with the journal SQLite kept beside it
        partial.unlink(missing_ok=True)


def backup_if_due(diary: Diary, now: datetime) -> Backup | None:
    """Make the day's backup unless one was already made on ``now``'s local calendar day."""
    today = now.date()
    for backup in list_backups(diary.data_dir):
        if backup.kind == "daily" and backup.taken_at.astimezone(now.tzinfo).date() == today:
            return None
    return make_backup(diary, now)


def _iso_week(moment: datetime) -> tuple[int, int]:
    year, week, _ = moment.isocalendar()
    return year, week


def backups_to_keep(backups: list[Backup]) -> set[str]:
    """Names kept: the 7 newest daily copies, the newest of each of the 4 weeks before, the newest
    4 made before a migration; copies kept aside by a restore are never dropped."""
    newest_first = sorted(backups, key=lambda backup: backup.taken_at, reverse=True)
    daily = [b for b in newest_first if b.kind == "daily"]
    keep = {b.name for b in daily[:KEEP_DAILY]}
    weeks: dict[tuple[int, int], str] = {}
    for backup in daily[KEEP_DAILY:]:
        weeks.setdefault(_iso_week(backup.taken_at), backup.name)
    keep.update(list(weeks.values())[:KEEP_WEEKLY])
    migration = [b for b in newest_first if b.kind == "before-migration"]
    keep.update(b.name for b in migration[:KEEP_BEFORE_MIGRATION])
    keep.update(b.name for b in newest_first if b.kind == "before-restore")
    return keep


def prune_backups(data_dir: Path) -> list[Path]:
    """Delete backups past retention (see ``backups_to_keep``); returns the files removed."""
    backups = list_backups(data_dir)
    keep = backups_to_keep(backups)
    removed = [backup.path for backup in backups if backup.name not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _find(data_dir: Path, name: str) -> Backup:
    for backup in list_backups(data_dir):
        if backup.name == name:
            return backup
    raise NotFoundError(
        translate("StoreErrors", "There is no backup named {name} in {folder}; nothing was changed.").format(
            name=repr(name), folder=backup_dir(data_dir)
        )
    )


def _fold_in_wal(path: Path) -> None:
    """Checkpoint the diary's -wal into its main file (best effort; a damaged file is moved as it is).

    The main file alone is then the whole diary at every moment of the swap that follows.
    """
    if not path.exists():
        return
    with suppress(sqlite3.Error):
        folding = sqlite3.connect(path, isolation_level=None, timeout=1)
        try:
            folding.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            folding.close()


def restore_backup(data_dir: Path, name: str, now: datetime | None = None) -> Path | None:
    """Replace the diary with the backup ``name``; returns where the current file was kept aside.

    Holds the data directory's lock (taken here unless this process holds it; a running app or
    import makes it DiaryLockedError). The backup is checked, copied complete and flushed beside
    the diary, then swapped in by a plan a crash cannot leave half done (``desktop.store.swap``):
    the current diary (with its -wal, so nothing committed is lost) is kept as
    ``diary.sqlite3.before-restore-<time>``. No diary may be open in this process.
    """
    with holding(data_dir, "restore"):
        swap.finish_planned_swap(data_dir)  # an earlier restore a crash interrupted comes first
        backup = _find(data_dir, name)
        check_backup(backup.path)
        incoming = swap.incoming_path(data_dir)
        aside = data_dir / f"{DATABASE_NAME}.before-restore-{_stamp(now or datetime.now(UTC))}"
        try:
            if aside.exists():
                raise WriteFailedError(
                    translate("StoreErrors", "{path} already exists; wait a second and try again").format(
                        path=aside
                    )
                )
            source = _open_read_only(backup.path)
            try:
                # WAL-mode already: the first open after the restore has nothing to rewrite.
                copy_database(source, incoming, wal=True)
            finally:
                source.close()
            _fold_in_wal(data_dir / DATABASE_NAME)
            swap.write_plan(data_dir, aside.name)
        except (sqlite3.Error, OSError) as error:
            incoming.unlink(missing_ok=True)
            raise WriteFailedError(
                translate("StoreErrors", "the backup could not be restored: {problem}").format(problem=error)
            ) from error
        try:
            swap.carry_out(data_dir)
        except OSError as error:
            # Committed to the plan: the next open finishes it; the diary is whole meanwhile.
            raise WriteFailedError(
                translate(
                    "StoreErrors",
                    "the restore was interrupted ({problem}); it is finished when the diary is next opened",
                ).format(problem=reason(error))
            ) from error
    return aside if aside.exists() else None
