"""Keep the screen from blanking while a sleep is being logged, where the platform allows it.

What it does, honestly:

* Linux and other freedesktop systems: asks the session's ``org.freedesktop.ScreenSaver`` service
  over D-Bus (QtDBus) to inhibit blanking, and releases the cookie afterwards. Without a session
  bus or the service (a bare X server, a headless test run) it does nothing.
* Windows: ``SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED)`` for the GUI thread.
* Elsewhere (macOS): nothing; the parent may need to lengthen the display sleep time.

It never raises: a screen that blanks is an inconvenience, a crash at the bedside is not.
"""

from __future__ import annotations

import os
import sys
from typing import Final

from PySide6.QtGui import QGuiApplication

_SERVICE: Final = "org.freedesktop.ScreenSaver"
_PATH: Final = "/org/freedesktop/ScreenSaver"
_APP_NAME: Final = "Twitch Diary"
_REASON: Final = "Logging a baby's sleep at the bedside"
# Platforms with no real screen: inhibiting there makes no sense (tests, screenshots).
_HEADLESS: Final = frozenset({"offscreen", "minimal", "vnc"})


class ScreenAwake:
    """Holds the screen awake between ``hold`` and ``release`` (each safe to call repeatedly)."""

    def __init__(self) -> None:
        self._cookie: int | None = None
        self._windows_held = False

    @property
    def held(self) -> bool:
        """True while this object is keeping the screen awake."""
        return self._cookie is not None or self._windows_held

    def hold(self) -> None:
        """Ask the platform to keep the screen on; does nothing if it cannot."""
        if self.held or QGuiApplication.platformName() in _HEADLESS:
            return
        try:
            if sys.platform == "win32":
                self._windows_held = _windows_keep_display(True)
            elif os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
                self._cookie = _dbus_inhibit()
        except (OSError, RuntimeError, ImportError):
            self._cookie = None

    def release(self) -> None:
        """Let the screen blank again as the user's settings say."""
        try:
            if self._windows_held and sys.platform == "win32":
                _windows_keep_display(False)
            elif self._cookie is not None:
                _dbus_uninhibit(self._cookie)
        except (OSError, RuntimeError, ImportError):
            pass
        self._cookie = None
        self._windows_held = False


def _dbus_inhibit() -> int | None:
    """Inhibit the freedesktop screen saver; the cookie, or None when no service answered."""
    from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return None
    interface = QDBusInterface(_SERVICE, _PATH, _SERVICE, bus)
    if not interface.isValid():
        return None
    reply = interface.call("Inhibit", _APP_NAME, _REASON)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return None
    return int(reply.arguments()[0])


def _dbus_uninhibit(cookie: int) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

    bus = QDBusConnection.sessionBus()
    if bus.isConnected():
        QDBusInterface(_SERVICE, _PATH, _SERVICE, bus).call("UnInhibit", cookie)


def _windows_keep_display(keep: bool) -> bool:
    """Set or clear the display-required state of this thread on Windows."""
    if sys.platform != "win32":
        return False
    import ctypes

    es_continuous = 0x80000000
    es_display_required = 0x00000002
    flags = es_continuous | es_display_required if keep else es_continuous
    return bool(ctypes.windll.kernel32.SetThreadExecutionState(flags))
