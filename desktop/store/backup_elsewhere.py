"""A second backup place the parent picks (a USB stick, another disk, a synced folder).

The daily backups in ``data_dir/backups/`` share the diary's disk: a dead disk takes both. Once a
place is chosen (stored in the diary's settings as ``backup.second_place``), each day's backup is
also written there, in a folder of its own::

    <place>/Twitch Diary backups/backups/daily-20261123T061500Z.sqlite3   same copy, same retention
    <place>/Twitch Diary backups/videos/<key>-<file name>                 the attached clips
    <place>/Twitch Diary backups/videos/index.json                        clip path -> copy

The copy is made the way ``desktop.store.backup`` makes the first one (SQLite's backup API, a check,
then the same 7 daily and 4 weekly kept); ``list_backups`` and ``prune_backups`` read the folder as
they read a data directory. Restoring from the second place first copies the chosen file into the
diary's own ``backups/`` (so the one restore path does the rest: check, keep the current file aside,
replace), then copies back any attached video that is missing from where it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from desktop.language import translate
from desktop.store.backup import Backup, backup_dir, check_backup, list_backups, prune_backups
from desktop.store.connection import copy_database, read_only_uri
from desktop.store.diary import Diary
from desktop.store.errors import DamagedDatabaseError, StoreError, WriteFailedError
from desktop.store.private import ensure_private_dir
from desktop.store.settings import SettingRepository

SECOND_PLACE_SETTING: Final = "backup.second_place"
ROOT_NAME: Final = "Twitch Diary backups"
VIDEO_DIR_NAME: Final = "videos"
VIDEO_INDEX_NAME: Final = "index.json"
_STAMP_FORMAT: Final = "%Y%m%dT%H%M%SZ"  # as desktop.store.backup names its files


class SecondPlaceMissingError(StoreError):
    """The chosen second place is not there (a stick unplugged, a disk not mounted)."""

    def __init__(self, place: Path) -> None:
        self.place = place
        super().__init__(
            translate(
                "StoreErrors",
                "the second backup place {place} is not there (is the USB stick or disk plugged in?);"
                " today's backup is in the diary's own folder only",
            ).format(place=place)
        )


def second_place(settings: SettingRepository) -> Path | None:
    """The folder the parent chose for the second backup, or None."""
    text = settings.get(SECOND_PLACE_SETTING)
    return Path(text) if text else None


def set_second_place(settings: SettingRepository, place: Path | None) -> None:
    """Choose (or, with None, stop using) the second backup place."""
    if place is None:
        settings.delete(SECOND_PLACE_SETTING)
    else:
        settings.set(SECOND_PLACE_SETTING, str(place.expanduser().absolute()))


def second_root(place: Path) -> Path:
    """The app's own folder inside the chosen place (it holds ``backups/`` and ``videos/``)."""
    return place / ROOT_NAME


def _usable_root(place: Path) -> Path:
    if not place.is_dir():
        raise SecondPlaceMissingError(place)
    return second_root(place)


def make_backup_in(diary: Diary, place: Path, now: datetime) -> Backup:
    """Write a checked copy of the open diary into the second place, prune it, copy the videos."""
    root = _usable_root(place)
    folder = backup_dir(root)
    target = folder / f"daily-{now.astimezone(UTC).strftime(_STAMP_FORMAT)}.sqlite3"
    try:
        ensure_private_dir(folder)
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
        detail = translate("StoreErrors", "the copy in {place} failed its check: {detail}").format(
            place=place, detail=error.detail
        )
        raise DamagedDatabaseError(diary.path, detail) from error
    prune_backups(root)
    copy_videos(diary, root)
    return next(b for b in list_backups(root) if b.path == target)


def backup_elsewhere_if_due(diary: Diary, now: datetime) -> Backup | None:
    """Make the day's backup in the second place unless it has one from ``now``'s local day.

    None when no place is chosen or today's copy is there; SecondPlaceMissingError when the place
    is gone; WriteFailedError when it cannot be written (a full or read-only stick).
    """
    place = second_place(diary.settings)
    if place is None:
        return None
    today = now.date()
    if any(
        b.kind == "daily" and b.taken_at.astimezone(now.tzinfo).date() == today
        for b in list_backups(_usable_root(place))
    ):
        return None
    return make_backup_in(diary, place, now)


def list_backups_in(place: Path) -> list[Backup]:
    """The backups in a second place, newest first (none when the place is not there)."""
    root = second_root(place)
    return list_backups(root) if root.is_dir() else []


# --- videos ----------------------------------------------------------------------------------


def _video_key(path: str) -> str:
    """A short name for one clip path: two clips called ``clip.mp4`` in two folders stay apart."""
    return hashlib.sha256(path.encode("utf-8")).hexdigest()[:16]


def _attached_files(connection: sqlite3.Connection) -> list[Path]:
    """The local video files the diary's events name (links to the web are not files)."""
    rows = connection.execute("SELECT DISTINCT video FROM event WHERE video IS NOT NULL AND video != ''")
    return [Path(str(row[0])) for row in rows if "://" not in str(row[0])]


def _read_index(videos: Path) -> dict[str, str]:
    try:
        loaded = json.loads((videos / VIDEO_INDEX_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}


def _copy_file(source: Path, target: Path) -> None:
    """Copy a file whole: to a partial name, flushed, then renamed into place."""
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(source, partial)
    with partial.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)


def copy_videos(diary: Diary, root: Path) -> int:
    """Copy the attached clips not yet copied (or changed since) into ``root/videos``; how many."""
    videos = root / VIDEO_DIR_NAME
    index = _read_index(videos)
    copied = 0
    try:
        ensure_private_dir(videos)
        for path in _attached_files(diary.connection):
            if not path.is_file():
                continue  # moved or deleted since it was attached: nothing to copy
            name = index.get(str(path)) or f"{_video_key(str(path))}-{path.name}"
            target = videos / name
            if not target.is_file() or target.stat().st_size != path.stat().st_size:
                _copy_file(path, target)
                copied += 1
            index[str(path)] = name
        partial = videos / (VIDEO_INDEX_NAME + ".partial")
        partial.write_text(json.dumps(index, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(partial, videos / VIDEO_INDEX_NAME)
    except OSError as error:
        raise WriteFailedError(
            translate("StoreErrors", "the videos could not be copied to {folder}: {problem}").format(
                folder=videos, problem=error
            )
        ) from error
    return copied


def restore_videos(diary_file: Path, place: Path) -> list[Path]:
    """Copy back each clip a diary file names that is missing and kept in the second place."""
    videos = second_root(place) / VIDEO_DIR_NAME
    index = _read_index(videos)
    try:
        probe = sqlite3.connect(read_only_uri(diary_file), uri=True)
        try:
            wanted = _attached_files(probe)
        finally:
            probe.close()
    except sqlite3.Error:
        return []
    restored: list[Path] = []
    for path in wanted:
        name = index.get(str(path))
        if name is None or path.exists() or not (videos / name).is_file():
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _copy_file(videos / name, path)
        except OSError:
            continue  # a folder that cannot be made again: the copy stays in the second place
        restored.append(path)
    return restored


# --- restoring -------------------------------------------------------------------------------


def fetch_backup(data_dir: Path, backup: Backup) -> str:
    """Copy a second-place backup into the diary's own ``backups/``; its name, for ``restore_backup``.

    Raises DamagedDatabaseError for a damaged copy, WriteFailedError when it cannot be copied in.
    """
    check_backup(backup.path)
    folder = backup_dir(data_dir)
    target = folder / backup.name
    try:
        ensure_private_dir(folder)
        source = sqlite3.connect(read_only_uri(backup.path), uri=True)
        try:
            copy_database(source, target)
        finally:
            source.close()
    except (sqlite3.Error, OSError) as error:
        raise WriteFailedError(
            translate("StoreErrors", "the backup {path} could not be copied in: {problem}").format(
                path=backup.path, problem=error
            )
        ) from error
    return backup.name


def find_in(place: Path, name: str) -> Backup | None:
    """The backup called ``name`` in a second place, or None."""
    return next((b for b in list_backups_in(place) if b.name == name), None)


def is_in_place(backup: Backup, place: Path | None) -> bool:
    """Whether a listed backup lives in the second place (and must be fetched before restoring)."""
    return place is not None and backup.path.parent == backup_dir(second_root(place))


def fetch_and_restore_videos(data_dir: Path, backup: Backup, place: Path) -> tuple[str, list[Path]]:
    """Bring a second-place backup into the diary's folder and put back the clips it names.

    Returns the name to pass to ``restore_backup`` and the video files copied back.
    """
    name = fetch_backup(data_dir, backup)
    return name, restore_videos(backup.path, place)


def place_of_diary_file(diary_file: Path) -> Path | None:
    """The second place a diary file names, read without opening it for writing (None if unreadable)."""
    if not diary_file.is_file():
        return None
    try:
        probe = sqlite3.connect(read_only_uri(diary_file), uri=True)
        try:
            row = probe.execute("SELECT value FROM setting WHERE key = ?", (SECOND_PLACE_SETTING,)).fetchone()
        finally:
            probe.close()
    except sqlite3.Error:
        return None
    return Path(str(row[0])) if row and row[0] else None
