"""Space at the bedside: a short press logs a twitch, holding it for a second times an episode.

Space is also the ``log_twitch`` action's shortcut (for menus and the contract); this filter takes
the physical key first, so a held key neither repeats taps nor logs a tap on top of the episode.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Final

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from desktop.ui.bedside_session import now_local

HOLD_MS: Final = 1000  # design.md §6: holding Space for 1 s starts or ends an episode
# By Qt class name (QObject.inherits): no Python wrapper types to set up at start.
_TEXT_INPUTS: Final = ("QLineEdit", "QTextEdit", "QPlainTextEdit", "QAbstractSpinBox", "QComboBox")
# This filter sees every event of the application: the common case must cost one lookup.
_KEY_EVENTS: Final = frozenset((QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease))


class SpaceKey(QObject):
    """An application event filter for one window's Space key.

    Signals:
        tapped(object): a short press; carries the local time it was pressed.
        held(object, float): held for ``HOLD_MS``; carries the press time and its monotonic reading.
    """

    tapped = Signal(object)
    held = Signal(object, float)

    def __init__(self, window: QWidget, active: Callable[[], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._active = active
        self._pressed_at: datetime | None = None
        self._pressed_monotonic = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOLD_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def _ours(self, watched: QObject, event: QKeyEvent) -> bool:
        # QtCore.Qt, not an imported Qt: this module is on the start-up path (see qt_by_name).
        qt = QtCore.Qt
        if event.key() != qt.Key.Key_Space or event.modifiers() != qt.KeyboardModifier.NoModifier:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        # Typing a space in a text field stays typing.
        return not any(watched.inherits(name) for name in _TEXT_INPUTS) and self._active()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take Space presses and releases meant for the bedside; pass everything else on."""
        kind = event.type()
        if kind not in _KEY_EVENTS:
            return False
        if not isinstance(event, QKeyEvent) or not self._ours(watched, event):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # Accepting the override stops the action's shortcut: the press comes here instead.
            event.accept()
            return True
        if event.isAutoRepeat():
            return True
        if kind == QEvent.Type.KeyPress:
            self._pressed_at = now_local()
            self._pressed_monotonic = time.monotonic()
            self._timer.start()
        elif self._pressed_at is not None:
            pressed_at, self._pressed_at = self._pressed_at, None
            if self._timer.isActive():
                self._timer.stop()
                self.tapped.emit(pressed_at)
        return True

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._pressed_at is not None:
            # Still held: an episode, not a tap (the release will log nothing).
            self.held.emit(self._pressed_at, self._pressed_monotonic)
