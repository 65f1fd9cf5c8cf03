"""The real program on a real (virtual) X display: keys from xdotool log taps, the screen is not blank.

Needs ``Xvfb`` and ``xdotool`` (Debian: xvfb, xdotool, plus Qt's xcb libraries libxcb-cursor0
libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0); skipped with
the reason when they are missing. CI installs them. The screen is grabbed by a second small Qt
program on the same display, so no screenshot tool is needed.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..xvfb import fresh_xvfb
from .conftest import add_baby

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "xdotool")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(bool(MISSING), reason=f"needs {', '.join(MISSING)} (apt: xvfb xdotool)"),
]


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh Xvfb server on a free display number (Xvfb picks it and tells us through a pipe)."""
    with fresh_xvfb() as display_name:
        yield display_name


def x_env(display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}


def xdotool(display: str, *args: str) -> str:
    result = subprocess.run(
        ["xdotool", *args], env=x_env(display), capture_output=True, text=True, timeout=30, check=True
    )
    return result.stdout.strip()


def stored_twitches(data_dir: Path) -> int:
    # Read-only, beside the running app (WAL lets a reader in while the app writes).
    with sqlite3.connect(f"file:{data_dir / 'diary.sqlite3'}?mode=ro", uri=True) as db:
        return int(db.execute("SELECT COUNT(*) FROM event WHERE kind = 'twitch'").fetchone()[0])


# Grabs the whole X screen and prints how many different colours a sample of its pixels has.
_GRAB = """
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
image = app.primaryScreen().grabWindow(0).toImage()
colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
print(image.width(), image.height(), len(colours))
"""


def screen_colours(display: str) -> tuple[int, int, int]:
    """Width, height and the number of distinct colours of the X screen."""
    result = subprocess.run(
        [sys.executable, "-c", _GRAB],
        env=x_env(display),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    width, height, colours = (int(word) for word in result.stdout.split())
    return width, height, colours


def test_the_app_logs_real_key_presses_and_shows_a_window(display: str, data_dir: Path) -> None:
    add_baby(data_dir)
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=x_env(display),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        window = xdotool(display, "search", "--sync", "--onlyvisible", "--name", "^Twitch Diary$").split()[0]
        xdotool(display, "windowfocus", "--sync", window)
        time.sleep(0.5)  # let Qt see the focus change before the keys arrive
        xdotool(display, "key", "--delay", "120", "space", "space", "space")
        deadline = time.monotonic() + 20
        while stored_twitches(data_dir) < 3 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert stored_twitches(data_dir) == 3
        width, height, colours = screen_colours(display)
        assert (width, height) == (1280, 800)
        assert colours > 20, "the screen is blank"
        xdotool(display, "key", "ctrl+q")
        output, _ = app.communicate(timeout=30)
        assert app.returncode == 0, output
    finally:
        if app.poll() is None:
            app.terminate()
            app.wait(timeout=10)
    assert stored_twitches(data_dir) == 3
