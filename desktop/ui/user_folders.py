"""Where file dialogs start: the user's Videos (Movies) folder for clips, Documents for reports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def _existing(location: QStandardPaths.StandardLocation) -> Path:
    """The platform's folder for ``location`` when it exists, else the home folder."""
    folder = QStandardPaths.writableLocation(location)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def videos_folder() -> Path:
    """The user's Videos folder (Movies on macOS): where a parent's clips are copied to."""
    return _existing(QStandardPaths.StandardLocation.MoviesLocation)


def documents_folder() -> Path:
    """The user's Documents folder: where a checkup report or a spreadsheet is saved."""
    return _existing(QStandardPaths.StandardLocation.DocumentsLocation)


def video_start(current: str | None) -> str:
    """Where a video dialog opens: the folder of the clip already chosen, else the Videos folder."""
    if current and "://" not in current and Path(current).parent.is_dir():
        return str(Path(current).parent)
    return str(videos_folder())
