"""Space at the bedside: a short press logs a twitch, holding it for a second times an episode.

Space is also the ``log_twitch`` action's shortcut (for menus and the contract); this filter takes
the physical key first, so a held key neither repeats taps nor logs a tap on top of the episode.

A held key repeats. Qt flags a repeat with ``isAutoRepeat()`` only when it sees the repeat's
press already queued behind its release; on a busy X11 desktop it often is not yet, and the
pair arrives as an ordinary release and press. So the flag is not trusted alone: the key is
taken as down from its first press until a release that no press follows. X11 gives a repeat's
release and press the same server timestamp; a release is final only once ``RELEASE_GRACE_MS``
pass without a press stamped within ``PAIR_MS`` of it. Windows, macOS and Wayland flag every
repeat (and send no release between), which the same rules also cover: a press while the key is
already down is a repeat. Events without a timestamp (synthetic, tests) are final at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Final

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from desktop.core.clock import Clock, SystemClock
from desktop.ui.overrides import override

HOLD_MS: Final = 1000  # design.md §6: holding Space for 1 s starts or ends an episode
# X11 repeats a held key every 40 ms (25/s, the default) after 660 ms: its release and press
# carry the same timestamp. A finger cannot lift and press again within 15 ms.
PAIR_MS: Final = 15
RELEASE_GRACE_MS: Final = 60  # how long a release waits for the press of a repeat pair
# By Qt class name (QObject.inherits): no Python wrapper types to set up at start.
_TEXT_INPUTS: Final = ("QLineEdit", "QTextEdit", "QPlainTextEdit", "QAbstractSpinBox", "QComboBox")
# This filter sees every event of the application: the common case must cost one lookup.
_KEY_EVENTS: Final = frozenset((QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease))
# The window losing the keyboard while Space is down: its release will go to another window.
_FOCUS_LOST: Final = frozenset((QEvent.Type.WindowDeactivate, QEvent.Type.ApplicationDeactivate))


class SpaceKey(QObject):
    """An application event filter for one window's Space key.

    Signals:
        tapped(object): a short press; carries the local time it was pressed.
        held(object, float): held for ``HOLD_MS``; carries the press time and its monotonic reading.
    """

    tapped = Signal(object)
    held = Signal(object, float)

    def __init__(self, window: QWidget, active: Callable[[], bool], clock: Clock | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._active = active
        self._pressed_at: datetime | None = None  # set while the key is down (one press, any repeats)
        self._pressed_monotonic = 0.0
        self._pressed_stamp = 0
        self._held_fired = False
        self._release_stamp: int | None = None  # a release waiting to be known as final or a repeat
        self._release_monotonic = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOLD_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._release_timer = QTimer(self)
        self._release_timer.setSingleShot(True)
        self._release_timer.setInterval(RELEASE_GRACE_MS)
        self._release_timer.timeout.connect(self._on_release_timer_timeout)

    @property
    def down(self) -> bool:
        """Whether Space is taken as held down now (a release may still turn out to be a repeat)."""
        return self._pressed_at is not None

    def _ours(self, watched: QObject, event: QKeyEvent) -> bool:
        # QtCore.Qt, not an imported Qt: this module is on the start-up path (see qt_by_name).
        qt = QtCore.Qt
        if event.key() != qt.Key.Key_Space or event.modifiers() != qt.KeyboardModifier.NoModifier:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        # Typing a space in a text field stays typing.
        return not any(watched.inherits(name) for name in _TEXT_INPUTS) and self._active()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take Space presses and releases meant for the bedside; pass everything else on."""
        kind = event.type()
        if kind in _FOCUS_LOST:
            ours = kind == QEvent.Type.ApplicationDeactivate or watched is self._window
            if ours and self._pressed_at is not None:
                self._lost_focus()
            return False
        if kind not in _KEY_EVENTS:
            return False
        if not isinstance(event, QKeyEvent) or not self._ours(watched, event):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # Accepting the override stops the action's shortcut: the press comes here instead.
            event.accept()
            return True
        if event.isAutoRepeat():
            if kind == QEvent.Type.KeyPress and self._release_stamp is not None:
                self._paired()  # Qt saw the repeat's press but not its release: the key stayed down
            return True
        if kind == QEvent.Type.KeyPress:
            self._press(event.timestamp())
        else:
            self._release(event.timestamp())
        return True

    def _press(self, stamp: int) -> None:
        if self._release_stamp is not None:
            if stamp and 0 <= stamp - self._release_stamp <= PAIR_MS:
                self._paired()
                return
            self._finish_release()  # a real release, then a new press (quick taps)
        if self._pressed_at is not None:
            return  # a repeat without a release between (or a release we never saw)
        self._pressed_at = self._clock.now()
        self._pressed_monotonic = time.monotonic()
        self._pressed_stamp = stamp
        self._held_fired = False
        self._timer.start(HOLD_MS)

    def _paired(self) -> None:
        # The press of a repeat pair: the key never came up.
        self._release_stamp = None
        self._release_timer.stop()
        self._check_hold()

    def _release(self, stamp: int) -> None:
        if self._pressed_at is None or self._release_stamp is not None:
            return  # the press went to another window, or a second release of one press
        self._release_stamp = stamp
        self._release_monotonic = time.monotonic()
        if not stamp:
            self._finish_release()  # no timestamp to pair with (a synthetic event): final now
        else:
            self._release_timer.start()

    def _held_ms(self) -> float:
        """How long the key was down until the waiting release (now, if none waits)."""
        stamp = self._release_stamp
        if stamp and self._pressed_stamp and 0 <= stamp - self._pressed_stamp < 2**31:
            return float(stamp - self._pressed_stamp)  # the server's clock: no lag of ours counts
        until = self._release_monotonic if stamp is not None else time.monotonic()
        return 1000 * (until - self._pressed_monotonic)

    def _finish_release(self) -> None:
        pressed_at = self._pressed_at
        if pressed_at is None:
            return
        long_enough = self._held_ms() >= HOLD_MS
        self._reset()
        if self._held_fired:
            return  # the hold already started or ended the episode
        if long_enough:
            # Held a whole second, but our clock ran late (a busy machine): still a hold.
            self.held.emit(pressed_at, self._pressed_monotonic)
        else:
            self.tapped.emit(pressed_at)

    def _reset(self) -> None:
        self._pressed_at = None
        self._release_stamp = None
        self._timer.stop()
        self._release_timer.stop()

    def _lost_focus(self) -> None:
        # The release will go to another window: a press that had not become a hold was a tap.
        if self._release_stamp is None:
            self._release_stamp = 0
            self._release_monotonic = time.monotonic()
        self._finish_release()

    def _check_hold(self) -> None:
        if self._pressed_at is None or self._held_fired or self._release_stamp is not None:
            return
        if self._held_ms() >= HOLD_MS:
            self._held_fired = True
            self.held.emit(self._pressed_at, self._pressed_monotonic)
        elif not self._timer.isActive():
            self._timer.start(max(1, int(HOLD_MS - self._held_ms())))

    @Slot()
    def _on_timer_timeout(self) -> None:
        # A release waiting for its pair decides when it is known (see _finish_release).
        self._check_hold()

    @Slot()
    def _on_release_timer_timeout(self) -> None:
        if self._release_stamp is None:
            return
        # A repeat's press may be queued behind this timer on a busy machine: let it in first.
        QCoreApplication.processEvents()
        if self._release_stamp is not None:
            self._finish_release()
