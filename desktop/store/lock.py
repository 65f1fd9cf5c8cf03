"""One running app per data directory: an OS advisory lock on ``data_dir/.lock``.

The operating system drops the lock when the process ends, however it ends (a crash, SIGKILL, a
power cut), so a lock file left behind never blocks the next start. The command line may read
while the app runs; only ``restore`` takes the lock.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import Final

from desktop.store.connection import ensure_private_dir
from desktop.store.errors import DiaryLockedError, WriteFailedError

LOCK_NAME: Final = ".lock"


def _try_lock(descriptor: int) -> bool:
    """Take an exclusive lock on an open file without waiting; False when another process has it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class DataDirLock:
    """The exclusive lock of one data directory; a context manager, or ``acquire``/``release``."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_NAME
        self._descriptor: int | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._descriptor is not None

    def acquire(self) -> None:
        """Take the lock; raises DiaryLockedError if another running app holds it."""
        if self._descriptor is not None:
            return
        try:
            ensure_private_dir(self.data_dir)
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            raise WriteFailedError(f"cannot create {self.path}: {error.strerror}") from error
        if not _try_lock(descriptor):
            os.close(descriptor)
            raise DiaryLockedError(self.data_dir)
        # The process id is only a hint for people looking at the folder; the OS lock decides.
        os.ftruncate(descriptor, 0)
        os.write(descriptor, f"{os.getpid()}\n".encode())
        self._descriptor = descriptor

    def release(self) -> None:
        """Give the lock up (closing the file releases it); the file itself stays."""
        if self._descriptor is not None:
            os.close(self._descriptor)
            self._descriptor = None

    def __enter__(self) -> DataDirLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def is_locked(data_dir: Path) -> bool:
    """True when a running app holds the data directory's lock (checked by briefly trying it)."""
    if not (data_dir / LOCK_NAME).exists():
        return False
    probe = DataDirLock(data_dir)
    try:
        probe.acquire()
    except DiaryLockedError:
        return True
    probe.release()
    return False
