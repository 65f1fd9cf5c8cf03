"""Under the one-sleep timeline: a button for each episode of the sleep that has a video attached."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.model import Event
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.ui.video_opener import open_video, video_name


class SleepVideos(QWidget):
    """The clips of one sleep's episodes, each opened in the system player by its button.

    Signals:
        video_opened(str): a clip was handed to the system player; the event id.
    """

    video_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sleep_videos")
        self.buttons: list[QPushButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._caption = QLabel(self.tr("Videos of this sleep:"))
        self._layout.addWidget(self._caption)
        self._layout.addStretch(1)
        self.hide()

    def show_sleep(self, diary: Diary, sleep_id: str | None) -> None:
        """Offer the videos of this sleep's episodes (hidden when it has none)."""
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        try:
            events = [] if sleep_id is None else diary.events.in_sleep(sleep_id)
        except StoreError:
            events = []  # the timeline above says what went wrong; no buttons to offer
        with_video = [event for event in events if event.video]
        for event in with_video:
            self._add(event)
        self.setVisible(bool(with_video))

    def _add(self, event: Event) -> None:
        video = event.video or ""
        button = QPushButton(self.tr("Open video of {0}").format(f"{event.at:%H:%M}"))
        button.setObjectName(f"open_video_{event.id}")
        button.setToolTip(self.tr("Play {0} in this computer's video player").format(video_name(video)))
        button.clicked.connect(lambda: self._open(event.id, video))
        self._layout.insertWidget(self._layout.count() - 1, button)
        self.buttons.append(button)

    def _open(self, event_id: str, video: str) -> None:
        if open_video(self, video):
            self.video_opened.emit(event_id)
