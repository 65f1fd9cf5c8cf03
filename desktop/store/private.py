"""Files and folders only the user may read: made 0700/0600 whatever the umask, durably flushed."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def ensure_private_dir(path: Path) -> None:
    """Create a directory and any missing parents as 0700 (whatever the umask).

    An existing folder loses only its group and other bits: a folder the owner made read-only
    (0500) stays read-only, and the diary is then opened read-only rather than made writable.
    """
    missing: list[Path] = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made meanwhile by another process: tightened below like any existing one
        if os.name == "posix":
            os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask; chmod's is not
    make_private(path)


def make_private(path: Path) -> None:
    """Take the group and other permission bits off a file or folder (the owner's bits stay)."""
    if os.name != "posix":
        return
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        return
    if mode & 0o077:
        os.chmod(path, mode & 0o700)


def fsync_path(path: Path) -> None:
    """Flush a file's bytes (or a folder's entries) to the disk."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def fsync_dir(path: Path) -> None:
    """Flush a directory entry (a rename, a new or removed file) to the disk where the platform allows it."""
    if os.name == "posix":
        fsync_path(path)
