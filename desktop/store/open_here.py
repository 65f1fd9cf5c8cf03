"""Which diary files this process has open through SQLite, whose locks a plain close() would drop.

POSIX record locks belong to a process and a file, not to a descriptor: closing any descriptor
of the file drops every lock the process holds on it, SQLite's included. SQLite itself knows this
and keeps its own descriptors open while a lock is held, but a Python ``open()`` of the live file
does not. The window's process opens its diary more than once (the backup thread, the sync in the
background); had the later opens read the file's header with ``open()``, a command-line reader
would then have found no lock of the app's, taken itself for the last connection and deleted the
log file (``-wal``) under it, with taps shown as logged in it. So a file open here is read only
through SQLite.
"""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

_lock = threading.Lock()  # the backup and sync threads open and close connections too
_open: Counter[Path] = Counter()


def _key(path: Path) -> Path:
    return path.resolve()


def opened(path: Path) -> None:
    """Count one more SQLite connection of this process to the file at ``path``."""
    with _lock:
        _open[_key(path)] += 1


def closed(path: Path) -> None:
    """Count one fewer (the connection ``opened`` counted was closed)."""
    with _lock:
        key = _key(path)
        _open[key] -= 1
        if _open[key] <= 0:
            del _open[key]


def is_open_here(path: Path) -> bool:
    """Whether this process has the file at ``path`` open through SQLite right now."""
    with _lock:
        return _open[_key(path)] > 0  # a Counter answers 0 for a path it never saw
