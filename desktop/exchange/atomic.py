"""Writing an export file atomically and privately: a whole new file or the old one untouched."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Final

from desktop.exchange.errors import NOTHING_WRITTEN, ExchangeError
from desktop.language import translate
from desktop.language.system_errors import reason

# A temp copy untouched this long was left by an export that was killed: no export runs this long
# (the three-year diary takes seconds), so one still being written is never taken for it.
STALE_AFTER_S: Final = 600.0


def write_atomically(path: Path, write: Callable[[IO[str]], object], encoding: str = "utf-8") -> None:
    """Write text through ``write`` to a private temp file beside ``path``, sync it, then rename it.

    The file is readable by the user only (0600): it holds a child's health notes. On any failure
    the temp file is removed, ``path`` is left as it was, and ExchangeError says why.
    """
    directory = path.parent
    remove_stale_copies(path)
    try:
        # mkstemp creates the file with mode 0600 whatever the umask; same dir so the rename is atomic.
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=directory)
    except OSError as error:
        raise ExchangeError(
            translate("Exchange", "(file): cannot write in {folder}: {problem}").format(
                folder=directory, problem=reason(error)
            ),
            NOTHING_WRITTEN,
        ) from error
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise ExchangeError(
            translate("Exchange", "(file): cannot write {path}: {problem}").format(
                path=path, problem=reason(error)
            ),
            NOTHING_WRITTEN,
        ) from error
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _sync_directory(directory)


def remove_stale_copies(path: Path, now: float | None = None) -> list[Path]:
    """Remove the temp copies of ``path`` that a killed export left beside it; the ones removed.

    Only this app's own names (``.NAME.*.partial``, as ``write_atomically`` makes them) untouched
    for ``STALE_AFTER_S``: they hold a child's health notes and would otherwise stay forever.
    """
    return remove_stale_temps(path.parent, f".{path.name}.", now)


def remove_stale_temps(directory: Path, prefix: str, now: float | None = None) -> list[Path]:
    """Remove the ``PREFIX*.partial`` files in ``directory`` untouched for ``STALE_AFTER_S``; those removed.

    A write takes milliseconds, so a temp file that old was left by a process killed while writing.
    """
    moment = time.time() if now is None else now
    removed = []
    with contextlib.suppress(OSError):
        for leftover in directory.iterdir():
            if not (leftover.name.startswith(prefix) and leftover.name.endswith(".partial")):
                continue
            with contextlib.suppress(OSError):
                if leftover.is_file() and moment - leftover.stat().st_mtime > STALE_AFTER_S:
                    leftover.unlink()
                    removed.append(leftover)
    return removed


def _sync_directory(directory: Path) -> None:
    # The rename itself must reach the disk too; directories cannot be opened this way on Windows.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
