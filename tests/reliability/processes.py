"""Real child processes for the reliability tests: a lock holder and a bedside logger."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Holds the data directory's lock, says so, then waits to be killed.
LOCK_HOLDER = """
import sys, time
from pathlib import Path
from desktop.store.lock import DataDirLock
lock = DataDirLock(Path(sys.argv[1]))
lock.acquire()
print("locked", flush=True)
time.sleep(600)
"""


def start_python(code: str, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """Run ``python -c code args`` from the project root (Qt offscreen unless ``env`` says), output piped."""
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"} if env is None else env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m desktop args`` to the end and capture what it printed."""
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


# The bedside's own write path (BedsideSession over the undo commands) without a window: start a
# sleep, then log taps one by one, printing each id only after log_twitch returned (committed).
BEDSIDE_LOGGER = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from desktop.store.diary import Diary
from desktop.ui.bedside.session import BedsideSession

app = QCoreApplication([])
diary = Diary(Path(sys.argv[1]))
session = BedsideSession(diary, QUndoStack(), lambda message: print("ERROR", message, flush=True))
session.set_baby(diary.babies.all()[0])
print("sleep", session.start_sleep(session.clock.now()).id, flush=True)
for _ in range(5000):  # bounded: never outlive a test that stopped reading
    print("tap", session.log_twitch(session.clock.now(), "hand", "left").id, flush=True)
"""

# The real app (``run_app``: lock, window, backups) offscreen, with Space pressed every 20 ms on
# the bedside; each tap's id is printed when the window says it was logged.
WINDOW_LOGGER = """
import sys
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from desktop.app import run_window
from desktop.ui.launch import application
from desktop.ui.main_window import MainWindow

app = application()
timer = QTimer()
timer.setInterval(20)

def window():
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    return shown[0] if shown else None

def press_space():
    found = window()
    if found is not None:
        found.activateWindow()
        QTest.keyClick(found, Qt.Key.Key_Space)

def hook():
    found = window()
    if found is None:
        QTimer.singleShot(20, hook)
        return
    found.bedside.twitch_logged.connect(lambda event: print("tap", event.id, event.sleep_id, flush=True))
    timer.timeout.connect(press_space)
    timer.start()

QTimer.singleShot(0, hook)
QTimer.singleShot(60_000, app.quit)  # never outlive a test that stopped reading
sys.exit(run_window(Path(sys.argv[1])))
"""

# The real app started again: prints what the bedside shows, then quits.
WINDOW_REPORTER = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.app import run_window
from desktop.ui.launch import application
from desktop.ui.main_window import MainWindow

app = application()

def report():
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not shown:
        QTimer.singleShot(20, report)
        return
    bedside = shown[0].bedside
    sleep = bedside.session.sleep
    print("running", "none" if sleep is None else sleep.id, flush=True)
    print("count", bedside.count_label.text(), flush=True)
    print("label", bedside.sleep_label.text(), flush=True)
    print("matplotlib", "matplotlib" in sys.modules, flush=True)
    shown[0].close()

QTimer.singleShot(0, report)
sys.exit(run_window(Path(sys.argv[1])))
"""

# Runs the program as `twitch-diary --data-dir DIR` does; at the window's first paint, says what
# the start-up has loaded so far, then lets the start-up finish and closes the window.
FIRST_PAINT_REPORTER = """
import builtins, sys
from tests.first_paint import run_reporting_first_paint

def report(window):
    import PySide6.QtCore, PySide6.QtGui
    # PySide builds a type the first time Python touches it: these large ones must wait.
    built = [name for module, name in ((PySide6.QtCore, "Qt"), (PySide6.QtGui, "QIcon"),
             (PySide6.QtGui, "QKeySequence"), (PySide6.QtCore, "QEvent")) if name in vars(module)]
    print("large_types_built", ",".join(built) or "none", flush=True)
    print("matplotlib", "matplotlib" in sys.modules, flush=True)
    print("json", "json" in sys.modules, flush=True)
    print("python_import", builtins.__import__ is getattr(builtins, "__orig_import__", None), flush=True)
    print("view", window.views.currentWidget().objectName(), flush=True)

sys.exit(run_reporting_first_paint(sys.argv[1], report))
"""
