"""The bedside's big tap target with its large, dim read-outs (count, sleep time, last twitch)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.ui.actions import tr
from desktop.ui.qt_by_name import set_enum

if TYPE_CHECKING:  # not imported at start-up: see qt_by_name
    from PySide6.QtGui import QEnterEvent, QMouseEvent


def clock(seconds: float) -> str:
    """``H:MM:SS`` (or ``M:SS`` under an hour) for a length of time."""
    whole = max(int(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class TapArea(QFrame):
    """A press anywhere on it (mouse, pen or a finger) logs a twitch; its labels say what was logged.

    Signals:
        pressed(): pressed with the primary button or a finger.
    """

    pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tap_area")
        self.setAccessibleName(tr("Tap anywhere here to log a twitch"))
        # The first thing the keyboard reaches: Tab goes on to the chips and buttons from here.
        set_enum(self, "focusPolicy", "StrongFocus")
        self.count_label = self._label("count_label")
        self.count_caption = self._label("count_caption")
        self.since_label = self._label("since_label")
        self.episode_label = self._label("episode_label")
        self.episode_label.setWordWrap(True)
        self.episode_label.hide()
        self.logged_label = self._label("logged_label")
        self.hint_label = self._label("hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setText(
            tr("Tap anywhere or press Space for each twitch · hold Space or press E to time a longer episode")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addStretch(1)
        for label in (self.count_label, self.count_caption, self.since_label, self.episode_label):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.logged_label)
        layout.addWidget(self.hint_label)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        set_enum(label, "alignment", "AlignCenter")
        # Presses on the labels belong to the area, the whole middle is one target: a label with
        # plain text ignores a press, so it goes on to the area (mousePressEvent below).
        return label

    def show_counts(self, count: int, sleeping: bool, last_twitch_at: datetime | None, now: datetime) -> None:
        """Show the twitch count of the sleep and how long ago the last twitch was."""
        self.count_label.setText(str(count))
        if not sleeping:
            self.count_caption.setText(tr("the first tap starts a sleep"))
        else:
            self.count_caption.setText(tr("twitch this sleep") if count == 1 else tr("twitches this sleep"))
        self.count_label.setAccessibleName(f"{count} {self.count_caption.text()}")
        if last_twitch_at is None:
            self.since_label.setText("")
        else:
            ago = (now - last_twitch_at).total_seconds()
            self.since_label.setText(tr("last twitch {ago} ago").format(ago=clock(ago)))

    def pulse(self, on: bool) -> None:
        """Acknowledge a tap with a dim change of colour: no sound, no flash of light."""
        # polish() alone re-reads the style sheet rules for the new property (unpolish first
        # gave the same colours and made the pulse cost ~0.4 ms instead of ~0.24 ms of every tap).
        # Taps in quick succession keep the pulse on: re-styling for an unchanged state is skipped.
        if bool(self.property("pulse")) == on:
            return
        style = self.style()
        for widget in (self.count_label, self):
            widget.setProperty("pulse", on)
            style.polish(widget)

    def enterEvent(self, event: QEnterEvent) -> None:
        """Show a pointing hand over the target (set here, after start-up: see qt_by_name)."""
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        super().enterEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Log on press, not release: the tap time is when the finger came down."""
        if event.button() == QtCore.Qt.MouseButton.LeftButton:
            self.pressed.emit()
            event.accept()
            return
        super().mousePressEvent(event)
