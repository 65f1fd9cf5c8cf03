"""``twitch-diary import FILE.json``: add the records of a JSON export to the diary, or change nothing."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from desktop.commands.failure import CommandError
from desktop.commands.writing_lock import take_writing_lock
from desktop.exchange.errors import ExchangeError
from desktop.exchange.json_import import import_document, read_document
from desktop.language import translate
from desktop.store.backup import count_records
from desktop.store.connection import DATABASE_NAME
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.store.lock import LOCK_NAME, DataDirLock


def run_import(data_dir: Path, file: Path) -> int:
    """Import ``file`` into the diary in ``data_dir`` and print what came in; CommandError if refused."""
    if not file.is_file():
        raise CommandError(
            translate("Cli", "Cannot import {file}: there is no such file; nothing was changed.").format(
                file=file
            )
        )
    too_big = translate(
        "Cli",
        "Cannot import {file}: it is too large for the memory this computer has free; nothing was changed.",
    ).format(file=file)
    try:
        # Read before touching the diary: a file that is not even JSON creates nothing.
        data = read_document(file)
    except ExchangeError as error:
        raise CommandError(str(error)) from error
    except MemoryError:
        raise CommandError(too_big) from None
    folder_existed = data_dir.exists()
    # Under the folder's lock from the first check to the last write: the app cannot open the
    # diary meanwhile (a large import would hold up its taps), and a refused first import takes
    # away only the empty diary it made itself.
    with import_lock(data_dir):
        created = not (data_dir / DATABASE_NAME).exists()
        try:
            with Diary(data_dir) as diary:
                summary = import_document(diary, data)
        except (ExchangeError, MemoryError) as error:
            del data
            if created:
                remove_empty_new_diary(data_dir, folder_existed)
            raise CommandError(too_big if isinstance(error, MemoryError) else str(error)) from None
    print(summary.describe())
    return 0


def import_lock(data_dir: Path) -> DataDirLock:
    """The folder's lock for an import; refused with one line while the app or another command has it."""
    return take_writing_lock(
        data_dir,
        "import",
        translate(
            "Cli", "Twitch Diary is open on {folder}: close the app, then import again; nothing was imported."
        ),
        translate("Cli", "Nothing was imported."),
    )


def remove_empty_new_diary(data_dir: Path, folder_existed: bool) -> None:
    """Remove the diary this refused first import created, so nothing is left behind.

    Called with the folder's lock held, so no other process can have written to it; the file is
    still looked at first and kept if it holds any record after all.
    """
    path = data_dir / DATABASE_NAME
    with suppress(StoreError, OSError):
        counts = count_records(path)
        if counts.babies or counts.sleeps or counts.events:
            return
        for name in (DATABASE_NAME, f"{DATABASE_NAME}-wal", f"{DATABASE_NAME}-shm"):
            (data_dir / name).unlink(missing_ok=True)
        if not folder_existed:
            # Safe under the lock: a process that opened this .lock meanwhile sees it gone and
            # takes a new one (DataDirLock.acquire).
            (data_dir / LOCK_NAME).unlink(missing_ok=True)
            data_dir.rmdir()
