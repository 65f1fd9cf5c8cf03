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
