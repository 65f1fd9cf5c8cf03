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


def duration_text(seconds: float) -> str:
    """A length of time with its units, never to be read as a clock time: ``45 s``, ``6 min 05 s``,
    ``2 h 09 min``."""
    whole = max(int(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return tr("{h} h {m:02d} min").format(h=hours, m=minutes)
    if minutes:
        return tr("{m} min {s:02d} s").format(m=minutes, s=secs)
    return tr("{s} s").format(s=secs)


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
        # Something the app did by itself (a forgotten sleep ended): stays until the next change.
        self.notice_label = self._label("notice_label")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
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
        layout.addWidget(self.notice_label)
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
            self.since_label.setText(tr("last twitch {ago} ago").format(ago=duration_text(ago)))

    def show_awake_count(self, count: int, caption: str) -> None:
        """Show the twitches logged outside a sleep (the baby awake or drowsy) and what taps do now."""
        self.count_label.setText(str(count))
        self.count_caption.setText(caption)
        self.count_label.setAccessibleName(f"{count} {caption}")
        self.since_label.setText("")

    def show_notice(self, text: str) -> None:
        """Say what the app did by itself; an empty text takes the notice away."""
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

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
