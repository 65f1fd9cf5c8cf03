"""``twitch-diary sync [FOLDER] [--passphrase-file F] [--off]``: set up, run or stop the folder sync."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from desktop.commands.failure import CommandError
from desktop.language import translate
from desktop.language.system_errors import reason
from desktop.store.connection import DATABASE_NAME
from desktop.store.diary import Diary
from desktop.store.errors import DiaryLockedError
from desktop.store.lock import DataDirLock, is_locked
from desktop.sync.run import SyncError, family_key, join, not_set_up, sync_now, this_device, turn_off


class SyncCommandError(CommandError):
    """The sync command failed; ``str()`` is the one line to print."""


def read_passphrase(passphrase_file: Path | None) -> str:
    """The family passphrase: the file's first line, else asked on the terminal (never echoed)."""
    if passphrase_file is not None:
        try:
            text = passphrase_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise SyncCommandError(
                translate(
                    "SyncCommand", "Cannot read the passphrase file {path}: {problem}; nothing was changed."
                ).format(path=passphrase_file, problem=reason(error))
            ) from error
        lines = text.splitlines()
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        raise SyncCommandError(
            translate(
                "SyncCommand", "Give the family passphrase with --passphrase-file F; nothing was changed."
            )
        )
    return getpass.getpass(translate("SyncCommand", "Family passphrase for the sync folder: "))


def sync_lock(data_dir: Path) -> DataDirLock:
    """The folder's lock for a sync: one writer at a time, as an import or a restore.

    The open window syncs by itself; a second process writing beside it would also close the
    diary as if it were the last one to have it open.
    """
    lock = DataDirLock(data_dir, "sync")
    try:
        lock.acquire()
    except DiaryLockedError as error:
        if error.holder == "sync":
            text = translate(
                "SyncCommand",
                "Another sync of {folder} is running; wait for it to finish, then try again;"
                " nothing was changed.",
            )
        elif error.holder == "open":
            text = translate(
                "SyncCommand",
                "Twitch Diary is open on {folder}: it syncs by itself (Diary › Sync Now, Stop Syncing);"
                " close it to run this command; nothing was changed.",
            )
        else:
            raise SyncCommandError(
                translate("SyncCommand", "{problem} Nothing was changed.").format(problem=error)
            ) from error
        raise SyncCommandError(text.format(folder=data_dir)) from error
    return lock


def run_sync(data_dir: Path, folder: Path | None, passphrase_file: Path | None, off: bool) -> int:
    """Run the command; prints what came in and went out."""
    key = None
    try:
        if folder is not None and not off:
            folder = folder.expanduser()
            if is_locked(data_dir):
                # Says who holds it before the passphrase is asked for; a command that ended since
                # the look leaves it to this one, taken again below (kept, it would refuse that).
                sync_lock(data_dir).release()
            # Asked, and checked against the folder, before the data folder is locked or a diary
            # made: a prompt waiting for the parent never keeps the window out, and a wrong
            # passphrase on a new data folder leaves nothing behind.
            key = family_key(folder, read_passphrase(passphrase_file))
        elif not (data_dir / DATABASE_NAME).exists():
            # No diary here: none is made only to say that it does not sync.
            if off:
                print(translate("SyncCommand", "Sync was not set up."))
                return 0
            raise not_set_up()
        with sync_lock(data_dir), Diary(data_dir) as diary:
            if off:
                was_on = turn_off(diary)
                print(
                    translate("SyncCommand", "Sync is off; the shared folder was left as it is.")
                    if was_on
                    else translate("SyncCommand", "Sync was not set up.")
                )
                return 0
            if folder is not None and key is not None:
                join(diary, folder, key)
                print(translate("SyncCommand", "This diary now syncs with {folder}.").format(folder=folder))
                print(
                    translate(
                        "SyncCommand",
                        "This computer writes its files in the sub-folder {device}: other devices"
                        " name it so.",
                    ).format(device=this_device(diary))
                )
            report = sync_now(diary)
    except SyncError as error:
        raise SyncCommandError(str(error)) from error
    for line in report.lines():
        print(line)
    not_sent = report.not_sent_line()
    if not_sent is not None:
        # What came in is merged and said above; that this device's changes stayed here is the
        # failure a script must see (exit 1, one line).
        raise SyncCommandError(not_sent)
    return 0
