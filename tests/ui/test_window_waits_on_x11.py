"""The window waiting for a command, on a real X display with key repeat on: two copies of the
real program started while a real process holds the diary's lock as a sync; Space, Return and
Escape held down at the notice; the process then killed (SIGKILL, as a crash is). The notice
outlasts every key, one window opens, the other is told the diary is open, and the tap logged
in the window that opened is stored.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.sync.support import night

from .x11_support import NEEDS_X, ROOT, started, stored, wait_for, x_display, x_env, xdotool

pytestmark = [pytest.mark.slow, NEEDS_X]

HOLDER = """
import sys, time
from pathlib import Path
from desktop.store.lock import DataDirLock
DataDirLock(Path(sys.argv[1]), "sync").acquire()
print("locked", flush=True)
time.sleep(3600)
"""


def _titled(display: str, title: str) -> list[str]:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", title],
        env=x_env(display), capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    return found.stdout.split()


def _app(display: str, data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir)],
        cwd=ROOT, env=x_env(display), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def test_two_windows_wait_for_a_sync_killed_under_them_and_no_held_key_ends_the_wait(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    night(data_dir, taps=0)  # Mia, tonight's sleep running
    with (
        x_display() as display,
        subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(data_dir)], cwd=ROOT, stdout=subprocess.PIPE, text=True
        ) as holder,
    ):
        apps = [_app(display, data_dir), _app(display, data_dir)]
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().strip() == "locked"
            assert wait_for(lambda: len(_titled(display, "^Twitch Diary is waiting")) == 2, timeout=60)
            notice = _titled(display, "^Twitch Diary is waiting")[0]
            xdotool(display, "windowfocus", "--sync", notice)
            for key in ("space", "Return", "Escape"):  # held past the repeat delay: a burst of presses
                xdotool(display, "keydown", key)
                time.sleep(1.5)
                xdotool(display, "keyup", key)
            time.sleep(0.5)
            assert len(_titled(display, "^Twitch Diary is waiting")) == 2
            assert [app.poll() for app in apps] == [None, None]

            holder.send_signal(signal.SIGKILL)  # the sync crashes: the system drops its lock
            assert wait_for(lambda: bool(_titled(display, "^Twitch Diary$")), timeout=60)
            assert wait_for(lambda: bool(_titled(display, "^Twitch Diary is already open")), timeout=60)
            assert wait_for(lambda: started(data_dir), timeout=60)
            assert not _titled(display, "^Twitch Diary is waiting")
            # The one that was told: its box closed, it goes with nothing written.
            box = _titled(display, "^Twitch Diary is already open")[0]
            xdotool(display, "windowfocus", "--sync", box)
            xdotool(display, "key", "Return")
            assert wait_for(lambda: any(app.poll() == 1 for app in apps), timeout=60)
            (window,) = _titled(display, "^Twitch Diary$")
            xdotool(display, "windowfocus", "--sync", window)
            time.sleep(0.5)
            xdotool(display, "key", "space")
            assert wait_for(lambda: stored(data_dir, "twitch") == 1, timeout=20)
            xdotool(display, "key", "ctrl+q")
            for app in apps:
                app.communicate(timeout=60)
            assert sorted(app.returncode for app in apps) == [0, 1]
        finally:
            for app in apps:
                if app.poll() is None:
                    app.kill()
                    app.wait(timeout=10)
            holder.kill()
    assert stored(data_dir, "twitch") == 1  # the one Space in the window; none from the held keys
