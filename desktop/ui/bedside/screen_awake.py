"""Keep the screen from blanking while a sleep is being logged, where the platform allows it.

What it does, honestly:

* Linux and other freedesktop systems: asks the session's ``org.freedesktop.ScreenSaver`` service
  over D-Bus (QtDBus) to inhibit blanking, and releases the cookie afterwards. Without a session
  bus or the service (a bare X server, a headless test run) it does nothing.
* Windows: ``SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED)`` for the GUI thread.
* macOS: an IOKit power assertion, ``IOPMAssertionCreateWithName`` of type
  ``PreventUserIdleDisplaySleep`` (the one ``caffeinate -d`` takes), released with
  ``IOPMAssertionRelease``; reached through ctypes, so no extra package is needed.

It never raises: a screen that blanks is an inconvenience, a crash at the bedside is not.
"""

from __future__ import annotations

import os
import sys
from typing import Any, Final

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
        self._mac_assertion: int | None = None

    @property
    def held(self) -> bool:
        """True while this object is keeping the screen awake."""
        return self._cookie is not None or self._windows_held or self._mac_assertion is not None

    def hold(self) -> None:
        """Ask the platform to keep the screen on; does nothing if it cannot."""
        if self.held or QGuiApplication.platformName() in _HEADLESS:
            return
        try:
            if sys.platform == "win32":
                self._windows_held = _windows_keep_display(True)
            elif sys.platform == "darwin":
                self._mac_assertion = _mac_keep_display()
            elif os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
                self._cookie = _dbus_inhibit()
        except (OSError, RuntimeError, ImportError, AttributeError):
            self._cookie = None
            self._mac_assertion = None

    def release(self) -> None:
        """Let the screen blank again as the user's settings say."""
        try:
            if self._windows_held and sys.platform == "win32":
                _windows_keep_display(False)
            elif self._mac_assertion is not None:
                _mac_release(self._mac_assertion)
            elif self._cookie is not None:
                _dbus_uninhibit(self._cookie)
        except (OSError, RuntimeError, ImportError, AttributeError):
            pass
        self._cookie = None
        self._windows_held = False
        self._mac_assertion = None


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


_IOKIT: Final = "/System/Library/Frameworks/IOKit.framework/IOKit"
_CORE_FOUNDATION: Final = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
_CF_UTF8: Final = 0x08000100  # kCFStringEncodingUTF8
_ASSERTION_LEVEL_ON: Final = 255  # kIOPMAssertionLevelOn
_DISPLAY_ASSERTION: Final = b"PreventUserIdleDisplaySleep"  # kIOPMAssertPreventUserIdleDisplaySleep


def _load_library(path: str) -> Any:
    """A macOS framework through ctypes (replaced by a test double elsewhere)."""
    import ctypes

    return ctypes.CDLL(path)


def _mac_keep_display() -> int | None:
    """Take a display-sleep power assertion on macOS; its id, or None when IOKit refused."""
    import ctypes

    iokit = _load_library(_IOKIT)
    cf = _load_library(_CORE_FOUNDATION)
    cf.CFStringCreateWithCString.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
    cf.CFRelease.argtypes = [ctypes.c_void_p]
    iokit.IOPMAssertionCreateWithName.restype = ctypes.c_int32  # IOReturn: 0 is kIOReturnSuccess
    iokit.IOPMAssertionCreateWithName.argtypes = [
        ctypes.c_void_p,
        ctypes.c_uint32,
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_uint32),
    ]
    kind = cf.CFStringCreateWithCString(None, _DISPLAY_ASSERTION, _CF_UTF8)
    reason = cf.CFStringCreateWithCString(None, _REASON.encode("utf-8"), _CF_UTF8)
    try:
        assertion = ctypes.c_uint32(0)
        result = iokit.IOPMAssertionCreateWithName(kind, _ASSERTION_LEVEL_ON, reason, ctypes.byref(assertion))
    finally:
        for text in (kind, reason):
            if text:
                cf.CFRelease(text)
    return int(assertion.value) if result == 0 else None


def _mac_release(assertion: int) -> None:
    """Release a power assertion taken by ``_mac_keep_display``."""
    import ctypes

    iokit = _load_library(_IOKIT)
    iokit.IOPMAssertionRelease.restype = ctypes.c_int32
    iokit.IOPMAssertionRelease.argtypes = [ctypes.c_uint32]
    iokit.IOPMAssertionRelease(assertion)
