"""The bedside's big tap target with its large, dim read-outs (count, sleep time, last twitch).

First screen: this module is on the bedside's start-up path and follows the start-up rules of
``desktop/ui/startup/qt_by_name.py`` (enums by name, no ``QIcon`` overloads); the rest of the ui
is ordinary PySide.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Final

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.ui.overrides import override
from desktop.ui.startup.qt_by_name import set_enum
from desktop.ui.translation import translate

if TYPE_CHECKING:  # not imported at start-up: see qt_by_name
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QMouseEvent

# The count is as large as the area's height allows (read from a metre away), within these.
COUNT_MIN_PX: Final = 36
COUNT_MAX_PX: Final = 120
HINT_FROM_PX: Final = 300  # below this height the how-to hint gives its line to the count


def duration_text(seconds: float) -> str:
    """A length of time with its units, never to be read as a clock time: ``45 s``, ``6 min 05 s``,
    ``2 h 09 min``."""
    whole = max(int(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return translate("TapArea", "{h} h {m:02d} min").format(h=hours, m=minutes)
    if minutes:
        return translate("TapArea", "{m} min {s:02d} s").format(m=minutes, s=secs)
    return translate("TapArea", "{s} s").format(s=secs)


class TapArea(QFrame):
    """A press anywhere on it (mouse, pen or a finger) logs a twitch; its labels say what was logged.

    Signals:
        pressed(): pressed with the primary button or a finger.
    """

    pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tap_area")
        self.setAccessibleName(translate("TapArea", "Tap anywhere here to log a twitch"))
        # The first thing the keyboard reaches: Tab goes on to the chips and buttons from here.
        set_enum(self, "focusPolicy", "StrongFocus")
        self.count_label = self._label("count_label")
        self._count_px = 0
        self._covered_to = 0  # how far down the message layer covers the area (0: not shown)
        # The count takes the height the other lines leave (its font follows, see resizeEvent):
        # it must not hold the window taller than a small screen.
        self.count_label.setMinimumHeight(1)
        self.count_caption = self._label("count_caption")
        self.since_label = self._label("since_label")
        self.episode_label = self._label("episode_label")
        self.episode_label.setWordWrap(True)
        self.episode_label.hide()
        # What to do while it lasts, smaller: in a short area it gives way before the count does.
        self.episode_tip = self._label("episode_tip")
        self.episode_tip.setWordWrap(True)
        self.episode_tip.hide()
        # Something the app did by itself (a forgotten sleep ended): stays until the next change.
        self.notice_label = self._label("notice_label")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        self.logged_label = self._label("logged_label")
        self.hint_label = self._label("hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setText(
            translate(
                "TapArea",
                "Tap anywhere or press Space for each twitch"
                " · hold Space or press E to time a longer episode",
            )
        )
        # A wrapped label asks for the height it would need at its narrowest: the window would
        # be held taller than a small screen. The area's own layout gives them their real height.
        for wrapped in (self.episode_label, self.episode_tip, self.notice_label, self.hint_label):
            wrapped.setMinimumHeight(1)
        layout = self._column = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addStretch(1)
        for label in (self.count_label, self.count_caption, self.since_label):
            layout.addWidget(label)
        for label in (self.episode_label, self.episode_tip):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.logged_label)
        layout.addWidget(self.hint_label)

    def take_keyboard(self) -> None:
        """Take the keyboard back after a dialog: this area, and its window.

        With no window manager (a kiosk, a bare X server) nobody else activates the window once a
        question closes, and the next Space or E would go nowhere.
        """
        self.setFocus()
        window = self.window()
        if window.isVisible() and not window.isActiveWindow():
            window.activateWindow()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        set_enum(label, "alignment", "AlignCenter")
        set_enum(label, "textFormat", "PlainText")  # the plain-text rule comes after the first paint
        # Presses on the labels belong to the area, the whole middle is one target: a label with
        # plain text ignores a press, so it goes on to the area (mousePressEvent below).
        return label

    def show_counts(self, count: int, sleeping: bool, last_twitch_at: datetime | None, now: datetime) -> None:
        """Show the twitch count of the sleep and how long ago the last twitch was."""
        self.count_label.setText(str(count))
        if not sleeping:
            self.count_caption.setText(translate("TapArea", "the first tap starts a sleep"))
        else:
            self.count_caption.setText(
                translate("TapArea", "twitch this sleep")
                if count == 1
                else translate("TapArea", "twitches this sleep")
            )
        self.count_label.setAccessibleName(f"{count} {self.count_caption.text()}")
        had_line = bool(self.since_label.text())
        if last_twitch_at is None:
            self.since_label.setText("")
        else:
            ago = (now - last_twitch_at).total_seconds()
            self.since_label.setText(
                translate("TapArea", "last twitch {ago} ago").format(ago=duration_text(ago))
            )
        if had_line != bool(self.since_label.text()):
            self.fit_height()  # a line came or went: the count's size follows

    def show_awake_count(self, count: int, caption: str) -> None:
        """Show the twitches logged outside a sleep (the baby awake or drowsy) and what taps do now."""
        self.count_label.setText(str(count))
        self.count_caption.setText(caption)
        self.count_label.setAccessibleName(f"{count} {caption}")
        if self.since_label.text():
            self.since_label.setText("")
            self.fit_height()

    def show_episode(self, line: str, tip: str) -> None:
        """Show the running episode's line (its length, how to stop) and what to do while it lasts;
        an empty line takes both away and brings back "last twitch … ago"."""
        self.episode_label.setText(line)
        self.episode_tip.setText(tip)
        if self.episode_label.isHidden() == bool(line):
            # While timing, the episode's lines take the place of "last twitch … ago".
            self.episode_label.setVisible(bool(line))
            self.since_label.setVisible(not line)
            self.fit_height()

    def show_notice(self, text: str) -> None:
        """Say what the app did by itself; an empty text takes the notice away."""
        self.notice_label.setText(text)
        if self.notice_label.isHidden() == bool(text):
            self.notice_label.setVisible(bool(text))
            self.fit_height()

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

    @override
    def sizeHint(self) -> QSize:
        """No more than it needs: the stretch gives it the height left, and it never takes a
        button's or a chip's own height from it when the window is short."""
        return self.minimumSizeHint()

    @override
    def hasHeightForWidth(self) -> bool:
        """No: its wrapped lines would ask for the count's full height too (fit_height sizes it)."""
        return False

    def fit_height(self, height: int | None = None) -> None:
        """Fit the read-outs to the area's height: the count takes what the other lines leave.

        Called when the area is resized and when a line appears or goes (the episode's, a notice).
        """
        height = self.height() if height is None else height
        self.hint_label.setVisible(height >= HINT_FROM_PX)
        self.episode_tip.setVisible(not self.episode_label.isHidden() and bool(self.episode_tip.text()))
        self.count_caption.show()
        # Squeezed below their lines' height the labels draw over each other (the Spanish tip in a
        # 1000x760 window did): lines give way while the count is too small, the least needed
        # first (while timing, what to do matters more than "twitches this sleep").
        spare = self._spare(height)
        for line in (self.hint_label, self.count_caption, self.episode_tip):
            if spare >= COUNT_MIN_PX * 1.3:
                break
            line.hide()
            spare = self._spare(height)
        # A line of text takes about 1.3 times its font's pixel size (with the label's margins).
        size = max(COUNT_MIN_PX, min(COUNT_MAX_PX, int(spare / 1.3)))
        if size != self._count_px:
            self._count_px = size
            # Its own style sheet: the window's sets every widget's font size, and wins over setFont.
            self.count_label.setStyleSheet(f"font-size: {size}px; font-weight: 300;")
        if self._covered_to:
            self._column.activate()  # the lines' new places, to see which are under the layer now
            self._mark_covered_lines()

    def cover_top(self, bottom: int) -> None:
        """The message layer now covers the area from its top down to ``bottom`` (0: not shown).

        A line the layer reaches over is drawn in no colour: its edge would otherwise cut the line
        and leave a strip of letters below it (the episode's questions did). Nothing moves and no
        line changes its shown state: the lines only stop painting while they are under the layer.
        """
        self._covered_to = bottom
        self._mark_covered_lines()

    def _mark_covered_lines(self) -> None:
        for line in self.findChildren(QLabel):
            covered = self._covered_to > 0 and line.geometry().top() < self._covered_to
            if bool(line.property("under_messages")) != covered:
                line.setProperty("under_messages", covered)
                # A property a style sheet rule selects on applies once the widget is polished again.
                line.style().unpolish(line)
                line.style().polish(line)

    def _spare(self, height: int) -> int:
        """The height the shown lines leave the count in an area ``height`` tall."""
        layout = self._column
        margins = layout.contentsMargins()
        lines = [
            label
            for label in (
                self.count_caption,
                self.since_label,
                self.episode_label,
                self.episode_tip,
                self.notice_label,
                self.logged_label,
                self.hint_label,
            )
            if not label.isHidden()
        ]
        width = max(self.width() - margins.left() - margins.right(), 1)
        taken = sum(
            label.heightForWidth(width) if label.wordWrap() else label.sizeHint().height() for label in lines
        )
        return height - taken - margins.top() - margins.bottom() - layout.spacing() * (len(lines) + 3)

    def show_pointing_hand(self) -> None:
        """A pointing hand over the target from now on (set after the first paint: see qt_by_name).

        Not in ``enterEvent``: on a real desktop the pointer is often over the window as it
        appears, and that handler, with the ``Qt`` namespace it builds, then ran before the first
        paint (a third of a real X window's start beyond a bare one's).
        """
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Log on press, not release: the tap time is when the finger came down."""
        if event.button() == QtCore.Qt.MouseButton.LeftButton:
            self.pressed.emit()
            event.accept()
            return
        super().mousePressEvent(event)
