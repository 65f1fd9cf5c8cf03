"""When a window appears on an X display: the moment the server maps a new top-level window.

For the benchmark's real-X start-up figure. A watcher thread listens on the display's root window
for MapNotify (through libX11, by ctypes: no extra package), so the time is the server's own
event, not a poll: a poll every 20 ms, as xdotool needs, adds up to that much to every figure.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import select
import threading
import time
from types import TracebackType

_MAP_NOTIFY = 19
_SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class _MapEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    ]


class _Event(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("map", _MapEvent), ("padding", ctypes.c_long * 24)]


class WindowMaps:
    """Records ``time.perf_counter()`` at each top-level window mapped on ``display`` (``:N``)."""

    def __init__(self, display: str) -> None:
        name = ctypes.util.find_library("X11")
        if name is None:
            raise RuntimeError("needs libX11 (apt: libx11-6)")
        self._x = ctypes.CDLL(name)
        self._x.XOpenDisplay.restype = ctypes.c_void_p
        self._x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self._x.XDefaultRootWindow.restype = ctypes.c_ulong
        self._x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self._x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        self._x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self._x.XFlush.argtypes = [ctypes.c_void_p]
        self._x.XPending.argtypes = [ctypes.c_void_p]
        self._x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        self._x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self._display = self._x.XOpenDisplay(display.encode())
        if not self._display:
            raise RuntimeError(f"cannot open X display {display}")
        root = self._x.XDefaultRootWindow(self._display)
        self._x.XSelectInput(self._display, root, _SUBSTRUCTURE_NOTIFY_MASK)
        self._x.XFlush(self._display)
        self._lock = threading.Lock()
        self._times: list[float] = []
        self._stopping = threading.Event()
        self._watcher = threading.Thread(target=self._watch, name="window-maps", daemon=True)
        self._watcher.start()

    def __enter__(self) -> WindowMaps:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        # Closed before the server goes: Xlib ends the whole process when its server disappears.
        self._stopping.set()
        self._watcher.join()
        self._x.XCloseDisplay(self._display)

    def _watch(self) -> None:
        event = _Event()
        connection = self._x.XConnectionNumber(self._display)
        while not self._stopping.is_set():
            # Woken by the server's next event at once (select), or every 50 ms to see if it should stop.
            select.select([connection], [], [], 0.05)
            while self._x.XPending(self._display):
                self._x.XNextEvent(self._display, ctypes.byref(event))
                # Menus and tooltips are override-redirect windows: only real top-level windows count.
                if event.type == _MAP_NOTIFY and not event.map.override_redirect:
                    with self._lock:
                        self._times.append(time.perf_counter())

    def first_since(self, started: float, timeout: float = 60.0) -> float:
        """Seconds from ``started`` to the first window mapped after it; raises TimeoutError."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            with self._lock:
                later = [moment for moment in self._times if moment >= started]
            if later:
                return later[0] - started
            time.sleep(0.005)
        raise TimeoutError("no window was mapped")
