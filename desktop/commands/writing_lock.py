"""A writing command's hold on the diary folder: taken, or refused in one line with nothing changed."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.failure import CommandError
from desktop.store.errors import DiaryLockedError
from desktop.store.lock import DataDirLock


def take_writing_lock(data_dir: Path, purpose: str, while_open: str, nothing_done: str) -> DataDirLock:
    """The folder's lock for the command ``purpose`` (``import``, ``merge``), held until released.

    Refused with a CommandError while another process has it: ``while_open`` (a sentence with a
    ``{folder}``) when it is the app's window, else the busy message and ``nothing_done`` (a sentence
    such as "Nothing was imported.").
    """
    lock = DataDirLock(data_dir, purpose)
    try:
        lock.acquire()
    except DiaryLockedError as error:
        if error.holder == "open":
            raise CommandError(while_open.format(folder=data_dir)) from error
        raise CommandError(f"{error} {nothing_done}") from error
    return lock
