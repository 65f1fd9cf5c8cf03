"""Errors the store raises for problems the user can act on, each with a plain message."""

from __future__ import annotations

from pathlib import Path

from desktop.language import QT_TRANSLATE_NOOP, translate


class StoreError(Exception):
    """Base of every store error; ``str()`` is a sentence fit to show the user."""


class DamagedDatabaseError(StoreError):
    """The diary file is not a readable Twitch Diary database; it was left untouched."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(
            translate(
                "StoreErrors",
                "{path} is not a readable Twitch Diary file ({detail}); it was left unchanged."
                " Restore a backup with 'twitch-diary restore', or move the file away to start afresh.",
            ).format(path=path, detail=detail)
        )


class TooNewDatabaseError(StoreError):
    """The diary file was written by a newer version of the app; it was left untouched."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        super().__init__(
            translate(
                "StoreErrors",
                "{path} was written by a newer Twitch Diary (schema {found}, this version reads up to"
                " {supported}); it was left unchanged. Install the newer version to open it.",
            ).format(path=path, found=found, supported=supported)
        )


# What the lock file says a command holding it is doing (``DataDirLock.purpose``); "open" is the app.
_BUSY_WITH = {
    "import": QT_TRANSLATE_NOOP("StoreErrors", "an import"),
    "restore": QT_TRANSLATE_NOOP("StoreErrors", "a restore"),
    "demo": QT_TRANSLATE_NOOP("StoreErrors", "the demo"),
    "migrate": QT_TRANSLATE_NOOP("StoreErrors", "an update"),
    "sync": QT_TRANSLATE_NOOP("StoreErrors", "a sync"),
}


def busy_with(holder: str) -> str | None:
    """What a command holding the lock is doing ("an import"), None when it is the app's window."""
    what = _BUSY_WITH.get(holder)
    return None if what is None else translate("StoreErrors", what)


class DiaryLockedError(StoreError):
    """Another running copy of the app has the data directory open."""

    def __init__(self, data_dir: Path, holder: str = "open") -> None:
        self.data_dir = data_dir
        self.holder = holder  # what the lock file says the other process is doing
        what = busy_with(holder)
        if what is not None:
            message = translate(
                "StoreErrors",
                "Twitch Diary is busy with {what} on {folder}; wait for it to finish, then try again.",
            ).format(what=what, folder=data_dir)
        else:
            message = translate(
                "StoreErrors",
                "Twitch Diary is already open on {folder}. Switch to that window, or close it first.",
            ).format(folder=data_dir)
        super().__init__(message)


class WriteFailedError(StoreError):
    """A change could not be written (disk full, read-only, ...); nothing was changed."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            translate("StoreErrors", "Could not save to the diary ({detail}); nothing was changed.").format(
                detail=detail
            )
        )


class NotFoundError(StoreError):
    """A record asked for by id or name is not in the diary."""


class ConflictError(StoreError):
    """A change would break a rule of the diary (an overlapping sleep, say); nothing changed."""
