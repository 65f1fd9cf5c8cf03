"""``twitch-diary sync [FOLDER] [--passphrase-file F] [--off]``: set up, run or stop the folder sync."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from desktop.commands.failure import CommandError
from desktop.language import translate
from desktop.language.system_errors import reason
from desktop.store.diary import Diary
from desktop.sync.run import SyncError, set_up, sync_now, turn_off


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


def run_sync(data_dir: Path, folder: Path | None, passphrase_file: Path | None, off: bool) -> int:
    """Run the command; prints what came in and went out."""
    try:
        with Diary(data_dir) as diary:
            if off:
                was_on = turn_off(diary)
                print(
                    translate("SyncCommand", "Sync is off; the shared folder was left as it is.")
                    if was_on
                    else translate("SyncCommand", "Sync was not set up.")
                )
                return 0
            if folder is not None:
                set_up(diary, folder.expanduser(), read_passphrase(passphrase_file))
                print(translate("SyncCommand", "This diary now syncs with {folder}.").format(folder=folder))
            report = sync_now(diary)
    except SyncError as error:
        raise SyncCommandError(str(error)) from error
    for line in report.lines():
        print(line)
    return 0
