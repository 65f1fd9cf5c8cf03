"""The real program on a real (virtual) X display: keys from xdotool log taps, the screen is not blank.

Needs ``Xvfb``, ``xdotool`` and ``xwd`` (Debian: xvfb, xdotool, x11-apps, plus Qt's xcb libraries
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0);
skipped with the reason when they are missing. CI installs them.
"""

from __future__ import annotations

import os
import select
import shutil
import sqlite3
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import add_baby

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "xdotool", "xwd")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(bool(MISSING), reason=f"needs {', '.join(MISSING)} (apt: xvfb xdotool x11-apps)"),
]


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh Xvfb server on a free display number (Xvfb picks it and tells us through a pipe)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 30)
        number = os.read(read_end, 32).decode().strip() if ready else ""
        if not number:
            pytest.fail("Xvfb did not report a display number within 30 s")
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(timeout=10)


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


def distinct_pixels(xwd: bytes) -> int:
    """How many different pixel values a screen dump (X Window Dump format) holds."""
    fields = struct.unpack(">25I", xwd[:100])
    height, bits_per_pixel, bytes_per_line = fields[5], fields[11], fields[12]
    pixels = xwd[len(xwd) - bytes_per_line * height :]
    step = bits_per_pixel // 8
    return len({pixels[i : i + step] for i in range(0, len(pixels), step * 7)})


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
        dump = subprocess.run(
            ["xwd", "-root", "-silent"], env=x_env(display), capture_output=True, timeout=30, check=True
        ).stdout
        assert distinct_pixels(dump) > 20, "the screen is blank"
        xdotool(display, "key", "ctrl+q")
        output, _ = app.communicate(timeout=30)
        assert app.returncode == 0, output
    finally:
        if app.poll() is None:
            app.terminate()
            app.wait(timeout=10)
    assert stored_twitches(data_dir) == 3
