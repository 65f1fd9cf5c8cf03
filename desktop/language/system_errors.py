"""Why the system refused a file operation, in the parent's language ("No space left on device").

The operating system's reason (``OSError.strerror``) is English whatever the language; the usual
ones are translated as they are (the C library's own words, so English reads as it always did),
any other is shown as the system gave it.
"""

from __future__ import annotations

from typing import Final

from desktop.language.catalog import QT_TRANSLATE_NOOP, translate

_KNOWN: Final = frozenset(
    {
        QT_TRANSLATE_NOOP("SystemErrors", "No such file or directory"),
        QT_TRANSLATE_NOOP("SystemErrors", "Permission denied"),
        QT_TRANSLATE_NOOP("SystemErrors", "Operation not permitted"),
        QT_TRANSLATE_NOOP("SystemErrors", "No space left on device"),
        QT_TRANSLATE_NOOP("SystemErrors", "Read-only file system"),
        QT_TRANSLATE_NOOP("SystemErrors", "File exists"),
        QT_TRANSLATE_NOOP("SystemErrors", "Not a directory"),
        QT_TRANSLATE_NOOP("SystemErrors", "Is a directory"),
        QT_TRANSLATE_NOOP("SystemErrors", "Disk quota exceeded"),
        QT_TRANSLATE_NOOP("SystemErrors", "Input/output error"),
        QT_TRANSLATE_NOOP("SystemErrors", "File name too long"),
        QT_TRANSLATE_NOOP("SystemErrors", "Device or resource busy"),
        QT_TRANSLATE_NOOP("SystemErrors", "Directory not empty"),
        QT_TRANSLATE_NOOP("SystemErrors", "Too many levels of symbolic links"),
        QT_TRANSLATE_NOOP("SystemErrors", "File too large"),
    }
)


def reason(error: BaseException) -> str:
    """The system's reason for ``error`` (its ``strerror``, else its text) in the run's language."""
    text = getattr(error, "strerror", None) or str(error)
    return translate("SystemErrors", text) if text in _KNOWN else text
