"""One writer per data directory: an OS advisory lock on ``data_dir/.lock``.

The operating system drops the lock when the process ends, however it ends (a crash, SIGKILL, a
power cut), so a lock file left behind never blocks the next start. The running app holds it for
as long as its window is open; every command that writes (import, restore, the demo, a first open
or a migration) holds it while it writes; the command line may read without it.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Final

from desktop.language import translate
from desktop.language.system_errors import reason
from desktop.store.errors import DiaryLockedError, WriteFailedError
from desktop.store.private import ensure_private_dir

LOCK_NAME: Final = ".lock"
# O_NOFOLLOW: a ``.lock`` planted as a symlink is refused, not followed (the open would truncate
# its target). Windows has no such flag and no such symlinks for a normal user.
_NO_FOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)
# The folders this process holds the lock of, by resolved path: one process may open the diary
# several times (the window and its backup thread) under the one lock.
_HELD: dict[Path, DataDirLock] = {}


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


def _key(data_dir: Path) -> Path:
    return Path(os.path.abspath(data_dir)).resolve()


class DataDirLock:
    """The exclusive lock of one data directory; a context manager, or ``acquire``/``release``."""

    def __init__(self, data_dir: Path, purpose: str = "open") -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_NAME
        self.purpose = purpose  # written into the file: what another process is told holds it
        self._descriptor: int | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._descriptor is not None

    def acquire(self) -> None:
        """Take the lock; raises DiaryLockedError if another running app or command holds it."""
        if self._descriptor is not None:
            return
        for _attempt in range(10):
            descriptor = self._open()
            if not _try_lock(descriptor):
                holder = _read_purpose(descriptor)
                os.close(descriptor)
                raise DiaryLockedError(self.data_dir, holder)
            if _still_named(descriptor, self.path):
                break
            # The holder removed the file (a refused first import takes its new folder away)
            # between our open and our lock: this lock guards nothing, so take the new file's.
            os.close(descriptor)
        else:
            raise WriteFailedError(
                translate("StoreErrors", "{path} keeps being replaced by another program").format(
                    path=self.path
                )
            )
        # The process id and purpose are only hints for people (and commands) looking at the
        # folder; the OS lock decides.
        try:
            os.ftruncate(descriptor, 0)
            os.write(descriptor, f"{os.getpid()} {self.purpose}\n".encode())
        except OSError:
            pass  # a full disk: the hint is left out, the lock holds all the same
        self._descriptor = descriptor
        _HELD[_key(self.data_dir)] = self

    def _open(self) -> int:
        try:
            ensure_private_dir(self.data_dir)
            return os.open(self.path, os.O_RDWR | os.O_CREAT | _NO_FOLLOW, 0o600)
        except OSError as error:
            if error.errno == errno.ELOOP:
                raise WriteFailedError(
                    translate(
                        "StoreErrors",
                        "{path} is a symbolic link, not the app's lock file; remove it and try again",
                    ).format(path=self.path)
                ) from error
            raise WriteFailedError(
                translate("StoreErrors", "cannot create {path}: {problem}").format(
                    path=self.path, problem=reason(error)
                )
            ) from error

    def release(self) -> None:
        """Give the lock up (closing the file releases it); the file itself stays."""
        if self._descriptor is not None:
            if _HELD.get(_key(self.data_dir)) is self:
                del _HELD[_key(self.data_dir)]
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


def _still_named(descriptor: int, path: Path) -> bool:
    """True when ``path`` still names the file open as ``descriptor``."""
    try:
        named = os.lstat(path)
    except FileNotFoundError:
        return False
    opened = os.fstat(descriptor)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def _read_purpose(descriptor: int) -> str:
    """What the lock file says its holder is doing ("open", "import", ...); "open" if unsure."""
    try:
        words = os.pread(descriptor, 200, 0).decode("ascii", "replace").split()
    except OSError:
        return "open"
    return words[1] if len(words) > 1 and words[1].isalpha() else "open"


def held_here(data_dir: Path) -> bool:
    """True when this process holds the data directory's lock."""
    return _key(data_dir) in _HELD


@contextmanager
def holding(data_dir: Path, purpose: str) -> Iterator[None]:
    """Run the block holding the data directory's lock: taken here, or already held by this process.

    Raises DiaryLockedError when another process holds it.
    """
    if held_here(data_dir):
        yield
        return
    with DataDirLock(data_dir, purpose):
        yield


def is_locked(data_dir: Path) -> bool:
    """True when another running process holds the data directory's lock (checked by briefly trying it)."""
    if held_here(data_dir):
        return False
    if not (data_dir / LOCK_NAME).exists():
        return False
    probe = DataDirLock(data_dir)
    try:
        probe.acquire()
    except DiaryLockedError:
        return True
    probe.release()
    return False
