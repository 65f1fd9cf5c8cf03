"""The two questions the bedside asks in a dialog (a note, a video file), behind ``ask`` for tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

from desktop.language import QT_TRANSLATE_NOOP
from desktop.ui.translation import translate

VIDEO_FILTER = QT_TRANSLATE_NOOP(
    "BedsideDialogs", "Videos (*.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;All files (*)"
)


class NoteDialog:
    """Asks for a note's text."""

    @classmethod
    def ask(cls, parent: QWidget, title: str, text: str) -> str | None:
        """The note as typed (may be empty to clear it), or None when cancelled."""
        from PySide6.QtWidgets import QInputDialog  # dialogs are imported when asked: quicker start

        value, accepted = QInputDialog.getMultiLineText(
            parent, title, translate("BedsideDialogs", "Note:"), text
        )
        return value.strip() if accepted else None


class VideoPicker:
    """Asks for a video file the parent recorded (on the phone, then copied to the computer)."""

    @classmethod
    def ask(cls, parent: QWidget) -> str | None:
        """The chosen file's path, or None when cancelled."""
        from desktop.ui import file_dialogs  # dialogs are imported when asked: quicker start
        from desktop.ui.user_folders import videos_folder

        return file_dialogs.open_file(
            parent,
            translate("BedsideDialogs", "Attach a video of the episode"),
            str(videos_folder()),
            translate("BedsideDialogs", VIDEO_FILTER),
        )
