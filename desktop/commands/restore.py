"""``twitch-diary restore [BACKUP]``: list the diary's backups, or put one back in place."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from desktop.language import QT_TRANSLATE_NOOP, translate
from desktop.language.catalog import Context
from desktop.language.counts import counted
from desktop.language.formats import decimal_text
from desktop.store.backup import Backup, count_records, list_backups, restore_backup
from desktop.store.backup_elsewhere import (
    fetch_and_restore_videos,
    find_in,
    list_backups_in,
    place_of_diary_file,
)
from desktop.store.connection import DATABASE_NAME
from desktop.store.errors import DamagedDatabaseError, DiaryLockedError, StoreError
from desktop.store.lock import DataDirLock

_KIND_LABELS = {
    "daily": QT_TRANSLATE_NOOP("RestoreCommand", "daily"),
    "before-migration": QT_TRANSLATE_NOOP("RestoreCommand", "before an update"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreCommand", "kept aside by a restore"),
}


class RestoreWords(Context):
    """The command's plural messages (see ``desktop.language.catalog.Context``)."""

    def videos_back(self, count: int) -> str:
        """ "2 attached videos were put back where they were."."""
        return self.tr("%n attached video(s) put back where they were.", "", count)


def _size_text(size: int) -> str:
    """A file size a person reads at a glance."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{decimal_text(size / (1024 * 1024))} MB"  # "1,5 MB" in Spanish


def describe_backup(backup: Backup) -> str:
    """One line for a backup: name, local time, kind, size and what it holds."""
    when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    try:
        counts = count_records(backup.path)
        holds = counted(counts.babies, counts.sleeps, counts.events, zeros=True)
    except StoreError:
        holds = translate("RestoreCommand", "unreadable: cannot be restored")
    kind = (
        translate("RestoreCommand", _KIND_LABELS[backup.kind]) if backup.kind in _KIND_LABELS else backup.kind
    )
    return f"{backup.name}  {when}  {kind}  {_size_text(backup.size)}  {holds}"


def format_backup_list(data_dir: Path) -> str:
    """The backups of the diary in ``data_dir``, newest first, with how to restore one."""
    backups = list_backups(data_dir)
    if not backups:
        return translate(
            "RestoreCommand",
            "There are no backups of the diary in {folder} yet (one is made each day the app is used).",
        ).format(folder=data_dir)
    lines = [
        translate("RestoreCommand", "Backups of the diary in {folder}, newest first:").format(folder=data_dir)
    ]
    lines.extend("  " + describe_backup(backup) for backup in backups)
    lines.append(
        translate(
            "RestoreCommand",
            "To restore one: twitch-diary restore NAME (the current diary is kept aside first).",
        )
    )
    return "\n".join(lines)


def format_place_list(place: Path) -> str:
    """The backups in the second backup place, newest first, with how to restore one."""
    if not place.is_dir():
        return translate(
            "RestoreCommand",
            "The second backup place {place} is not there (is the USB stick or disk plugged in?).",
        ).format(place=place)
    backups = list_backups_in(place)
    if not backups:
        return translate(
            "RestoreCommand", "There are no backups in the second backup place {place} yet."
        ).format(place=place)
    lines = [
        translate("RestoreCommand", "Backups in the second backup place {place}, newest first:").format(
            place=place
        )
    ]
    lines.extend("  " + describe_backup(backup) for backup in backups)
    lines.append(
        translate("RestoreCommand", "To restore one: twitch-diary restore NAME --from {place}").format(
            place=place
        )
    )
    return "\n".join(lines)


def _bring_in(data_dir: Path, name: str, place: Path | None) -> list[Path]:
    """Copy the backup ``name`` in from the second place when the diary's folder lacks it (a lost
    disk, a new computer); the videos it names put back where they were."""
    if place is None:
        return []
    found = find_in(place, name)
    local = any(b.name == name and b.path.is_file() for b in list_backups(data_dir))
    if found is None or local:
        return []
    _name, videos = fetch_and_restore_videos(data_dir, found, place)
    return videos


def run_restore(
    data_dir: Path, backup: str | None, out: TextIO | None = None, *, place: Path | None = None
) -> int:
    """List the backups (no name) or restore one; refused while the app has the diary open.

    ``place`` is the second backup place (``--from``); without it, the one the diary names is used.
    A backup found only there is copied into the diary's folder first, with its videos put back.
    Raises StoreError (the command line prints it and exits 1) when the backup is missing or
    damaged, or the app is running; nothing is changed then.
    """
    stream = sys.stdout if out is None else out
    place = place or place_of_diary_file(data_dir / DATABASE_NAME)
    if backup is None:
        stream.write(format_backup_list(data_dir) + "\n")
        if place is not None:
            stream.write(format_place_list(place) + "\n")
        return 0
    lock = DataDirLock(data_dir, "restore")
    try:
        lock.acquire()
    except DiaryLockedError as error:
        if error.holder != "open":
            raise StoreError(
                translate("RestoreCommand", "{problem} Nothing was changed.").format(problem=error)
            ) from error
        raise StoreError(
            translate(
                "RestoreCommand",
                "Twitch Diary is open on {folder}: close the app, then restore again; nothing was changed.",
            ).format(folder=data_dir)
        ) from error
    try:
        videos = _bring_in(data_dir, backup, place)
        aside = restore_backup(data_dir, backup, datetime.now().astimezone())
    except DamagedDatabaseError as error:
        raise StoreError(
            translate(
                "RestoreCommand",
                "The backup {backup} cannot be restored ({detail}); nothing was changed."
                " Choose another one from 'twitch-diary restore'.",
            ).format(backup=backup, detail=error.detail)
        ) from error
    finally:
        lock.release()
    stream.write(
        translate("RestoreCommand", "Restored {backup} into {folder}.").format(backup=backup, folder=data_dir)
        + "\n"
    )
    if videos:
        stream.write(RestoreWords().videos_back(len(videos)) + "\n")
    if aside is not None:
        stream.write(
            translate("RestoreCommand", "The diary as it was is kept in {folder}.").format(folder=aside)
            + "\n"
        )
    return 0
