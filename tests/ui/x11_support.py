"""The real program on a real X display: the display, xdotool, and what the diary stored.

``TWITCH_DIARY_TEST_DISPLAY`` (``:13``, say) names a running X server to use; otherwise each test
starts its own Xvfb on a free display number. Key repeat is switched on (``xset r on``), as on a
desktop, when ``xset`` is there (Debian: x11-xserver-utils).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ..xvfb import fresh_xvfb

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "xdotool", "xset")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]
NEEDS_X = pytest.mark.skipif(
    bool(MISSING), reason=f"needs {', '.join(MISSING)} (apt: xvfb xdotool x11-xserver-utils)"
)


@contextmanager
def x_display(size: str = "1280x800") -> Iterator[str]:
    """An X display with key repeat on: the one named by the environment, or a fresh Xvfb."""
    named = os.environ.get("TWITCH_DIARY_TEST_DISPLAY")
    if named:
        subprocess.run(["xset", "-display", named, "r", "on"], check=True, timeout=30)
        yield named
        return
    with fresh_xvfb(size) as display:
        subprocess.run(["xset", "-display", display, "r", "on"], check=True, timeout=30)
        yield display


def x_env(display: str) -> dict[str, str]:
    """The environment for a program on ``display`` (xcb, never offscreen or Wayland)."""
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}


def xdotool(display: str, *args: str) -> str:
    """Run xdotool on ``display`` and return what it printed."""
    result = subprocess.run(
        ["xdotool", *args], env=x_env(display), capture_output=True, text=True, timeout=60, check=True
    )
    return result.stdout.strip()


def stored(data_dir: Path, kind: str) -> int:
    """How many events of ``kind`` the diary holds (read beside the running app: WAL lets us in)."""
    with sqlite3.connect(f"file:{data_dir / 'diary.sqlite3'}?mode=ro", uri=True) as db:
        return int(db.execute("SELECT COUNT(*) FROM event WHERE kind = ?", (kind,)).fetchone()[0])


def started(data_dir: Path) -> bool:
    """Whether the window finished starting: it saves the desktop's light/dark setting at the end."""
    try:
        with sqlite3.connect(f"file:{data_dir / 'diary.sqlite3'}?mode=ro", uri=True) as db:
            row = db.execute("SELECT 1 FROM setting WHERE key = 'ui.desktop_scheme'").fetchone()
    except sqlite3.OperationalError:
        return False
    return row is not None


def wait_for(check: object, timeout: float = 20) -> bool:
    """Poll ``check()`` until it is true or ``timeout`` seconds pass; its last answer."""
    assert callable(check)
    deadline = time.monotonic() + timeout
    while not check() and time.monotonic() < deadline:
        time.sleep(0.1)
    return bool(check())


@contextmanager
def running_app(display: str, data_dir: Path, *args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """The real program on ``display``, its window found and focused; quit with Ctrl+Q at the end."""
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        cwd=ROOT,
        env=x_env(display),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        found = xdotool(display, "search", "--sync", "--onlyvisible", "--name", "^Twitch Diary$")
        window = found.split()[0]
        xdotool(display, "windowfocus", "--sync", window)
        # Until the start has finished Space is the log_twitch action, not yet the hold filter.
        assert wait_for(lambda: started(data_dir), timeout=60), "the window did not finish starting"
        time.sleep(0.5)  # let Qt see the focus change
        yield app, window
        xdotool(display, "windowfocus", "--sync", window)
        xdotool(display, "key", "ctrl+q")
        output, _ = app.communicate(timeout=60)
        assert app.returncode == 0, output
    finally:
        if app.poll() is None:
            app.terminate()
            app.wait(timeout=10)


@contextmanager
def busy_cores(count: int = 2) -> Iterator[None]:
    """Keep ``count`` processes spinning: the busy desktop where X key repeats arrive unflagged."""
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]
    try:
        yield
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait(timeout=10)


_OTHER = """
import sys
import threading
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.setWindowTitle("other window"); w.resize(200, 200); w.move(900, 500); w.show()
sys.exit(app.exec())
"""


@contextmanager
def other_window(display: str) -> Iterator[str]:
    """Another program's window on the display (its X window id), closed at the end."""
    process = subprocess.Popen([sys.executable, "-c", _OTHER], env=x_env(display))
    try:
        yield xdotool(display, "search", "--sync", "--onlyvisible", "--name", "^other window$").split()[0]
    finally:
        process.kill()
        process.wait(timeout=10)


class KeyLog:
    """The Space presses and releases the X server delivered to a window, with its own timestamps.

    ``xev -id`` selects the window's key events beside the app (X lets several clients do so), so
    a test sees the very stream the app was given: how long each hold was by the server's clock,
    and whether a busy machine squeezed a release and the next press together.
    """

    def __init__(self, display: str, window: str) -> None:
        self._process = subprocess.Popen(
            ["xev", "-id", window, "-event", "keyboard"],
            env=x_env(display),
            stdout=subprocess.PIPE,
            text=True,
        )
        self._events: list[tuple[str, int, str]] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        # Wait until xev listens: a Shift it reports (Shift logs nothing in the app).
        deadline = time.monotonic() + 30
        while not any(key == "Shift_L" for _, _, key in self._events) and time.monotonic() < deadline:
            xdotool(display, "key", "shift")
            time.sleep(0.2)
        assert any(key == "Shift_L" for _, _, key in self._events), "xev did not start listening"

    def _read(self) -> None:
        assert self._process.stdout is not None
        kind, stamp = "", 0
        for line in self._process.stdout:
            if line.startswith(("KeyPress event", "KeyRelease event")):
                kind = "press" if line.startswith("KeyPress") else "release"
            elif kind and " time " in line:
                stamp = int(line.split(" time ")[1].split(",")[0])
            elif kind and "keysym" in line:
                key = line.split("keysym")[1].split(",")[1].strip(" )")
                self._events.append((kind, stamp, key))
                kind = ""

    def space(self) -> list[tuple[str, int]]:
        """The Space events so far: ``("press" | "release", server milliseconds)``."""
        return [(kind, stamp) for kind, stamp, key in list(self._events) if key == "space"]

    def close(self) -> None:
        """Stop listening."""
        self._process.terminate()
        self._process.wait(timeout=10)
        self._reader.join(timeout=10)
        if self._process.stdout is not None:
            self._process.stdout.close()


@contextmanager
def key_log(display: str, window: str) -> Iterator[KeyLog]:
    """A ``KeyLog`` of ``window`` for the length of the block."""
    log = KeyLog(display, window)
    try:
        yield log
    finally:
        log.close()


def contract_counts(events: list[tuple[str, int]], hold_ms: int = 1000, pair_ms: int = 15) -> tuple[int, int]:
    """(holds, taps) that design.md §6 gives for a stream of Space events, by the server's clock.

    A press within ``pair_ms`` of the release before it is X's key repeat (the key stayed down);
    a press while the key is down is a repeat too. A key down for ``hold_ms`` or longer is a hold
    (it starts or ends an episode), a shorter one is a tap (one twitch).
    """
    holds = taps = 0
    down_at: int | None = None
    released_at: int | None = None
    for kind, stamp in [*events, ("end", 2**62)]:
        if released_at is not None and (kind != "press" or stamp - released_at > pair_ms):
            assert down_at is not None
            if released_at - down_at >= hold_ms:
                holds += 1
            else:
                taps += 1
            down_at, released_at = None, None
        if kind == "press":
            if down_at is None:
                down_at = stamp
            released_at = None  # a repeat's press: the key stayed down
        elif kind == "release" and down_at is not None:
            released_at = stamp
    return holds, taps
