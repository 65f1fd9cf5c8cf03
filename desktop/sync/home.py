"""Where a diary that syncs is (computer, data folder, file), to tell a copied data folder from the
diary it was copied from: two of them must never write files under one device id."""

from __future__ import annotations

import os
import platform

from desktop.store.diary import Diary


def home_of(diary: Diary) -> str:
    """Where this diary is: the computer's name, the data folder, and the diary file's identity."""
    try:
        found = os.stat(diary.path)
        identity = f"{found.st_dev}:{found.st_ino}"
    except OSError:
        identity = ""
    # The computer's name from platform, not socket: the app imports no network module.
    return "\n".join((platform.node(), str(diary.data_dir.resolve()), identity))


def is_a_copy(before: str, now: str) -> bool:
    """Whether a diary last at ``before`` and now at ``now`` (``home_of``) is a copy of the other.

    A copy is another file (a copied folder never keeps the file's identity) on another computer
    or in another folder. Another file in the same place is a restored backup (that diary's own
    files in the folder bring back what it had sent); the same file under a new computer name
    (laptops rename themselves on some networks) is the same diary.
    """
    host, folder, identity = [*before.split("\n"), "", ""][:3]
    host_now, folder_now, identity_now = [*now.split("\n"), "", ""][:3]
    return identity != identity_now and (host != host_now or folder != folder_now)
