"""The window started while a command writes the diary (a sync, an import) waits for it, saying so,
then opens: the parent is told plainly, no key ends the wait, and the tap logged after it is stored.

The command is a real process holding the data folder's lock under its purpose, as ``sync`` and
``import`` do, released when the test says.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.reliability.processes import ROOT

from desktop.app import run_window
from desktop.core.model import Baby
from desktop.store.diary import Diary
from desktop.store.lock import is_locked
from desktop.ui.busy_diary import BusyNotice
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.slow

# Holds the lock as the named command does, says so, lets go when a line comes in, and says so.
COMMAND = """
import sys
from pathlib import Path
from desktop.store.lock import DataDirLock
lock = DataDirLock(Path(sys.argv[1]), sys.argv[2])
lock.acquire()
print("locked", flush=True)
sys.stdin.readline()
lock.release()
print("released", flush=True)
"""


@contextmanager
def command_holding(data_dir: Path, purpose: str) -> Iterator[subprocess.Popen[str]]:
    """A real process holding the folder's lock as ``purpose``; write a line to its stdin to free it."""
    with subprocess.Popen(
        [sys.executable, "-c", COMMAND, str(data_dir), purpose],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    ) as process:  # fmt: skip
        try:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "locked"
            yield process
        finally:
            process.kill()
            process.wait(timeout=30)


def _shown(kind: type) -> list[object]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


STEPS_AT_MOST = 3000  # a minute of 20 ms steps: a test that goes wrong fails, it never hangs


def _driven(step: Callable[[], bool]) -> QTimer:
    """Call ``step`` every 20 ms inside whatever event loop runs, until it returns True.

    Past ``STEPS_AT_MOST`` the wait is ended (the notice given up, a window closed) and the timer
    marked ``timed_out``, so that ``run_window`` returns and the test fails instead of hanging.
    """
    timer = QTimer()
    timer.setInterval(20)
    timer.setProperty("timed_out", False)
    steps = 0

    def tick() -> None:
        nonlocal steps
        steps += 1
        if steps > STEPS_AT_MOST:
            timer.setProperty("timed_out", True)
            for widget in _shown(BusyNotice) + _shown(MainWindow):
                assert isinstance(widget, BusyNotice | MainWindow)
                widget.close()
            return
        if step():
            timer.stop()

    timer.timeout.connect(tick)
    timer.start()
    return timer


def test_the_window_waits_for_a_sync_saying_so_then_opens_and_logs_the_tap(
    qtbot: QtBot, data_dir: Path, mia: Baby, told: list[tuple[str, str]]
) -> None:
    seen: dict[str, str] = {}
    with command_holding(data_dir, "sync") as command:
        assert command.stdin is not None
        stdin = command.stdin

        def step() -> bool:
            notices = _shown(BusyNotice)
            windows = _shown(MainWindow)
            if "text" not in seen and notices:
                notice = notices[0]
                assert isinstance(notice, BusyNotice)
                seen["text"] = notice.label.text()
                # Space, Enter and Escape meant for a tap leave the notice (and the wait) as they were.
                for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Escape):
                    QTest.keyClick(notice, key)
                seen["after keys"] = str(notice.isVisible())
                stdin.write("done\n")  # the sync finishes
                stdin.flush()
            if windows:
                window = windows[0]
                assert isinstance(window, MainWindow)
                window.actions_by_name["log_twitch"].trigger()
                seen["notice when open"] = str(bool(_shown(BusyNotice)))
                window.close()
                return True
            return False

        timer = _driven(step)
        code = run_window(data_dir)
        timer.stop()
        assert timer.property("timed_out") is False
        assert command.stdout is not None
        assert command.stdout.readline().strip() == "released"
    assert code == 0
    assert told == []
    assert seen["text"] == (
        f"Another Twitch Diary command (a sync) is working on this diary ({data_dir}). The window opens"
        " by itself as soon as it has finished, usually within seconds; taps can be logged from then on."
    )
    assert seen["after keys"] == "True"
    assert seen["notice when open"] == "False"
    with Diary(data_dir) as diary:
        (tap,) = diary.events.for_baby(mia.id)
        assert tap.kind == "twitch"


def test_the_parent_may_choose_not_to_wait_and_nothing_is_changed(
    qtbot: QtBot, data_dir: Path, mia: Baby, told: list[tuple[str, str]]
) -> None:
    with command_holding(data_dir, "import"):

        def step() -> bool:
            notices = _shown(BusyNotice)
            if notices:
                notice = notices[0]
                assert isinstance(notice, BusyNotice)
                assert "(an import)" in notice.label.text()
                notice.give_up.click()
                return True
            return False

        timer = _driven(step)
        code = run_window(data_dir)
        timer.stop()
        assert timer.property("timed_out") is False
        assert is_locked(data_dir)  # still the import's
    assert code == 1
    assert told == []  # the parent chose so: no box to close on top
    assert not _shown(MainWindow)
    with Diary(data_dir) as diary:
        assert diary.events.for_baby(mia.id) == []


def test_the_diary_open_in_another_window_is_still_refused_with_the_reason(
    qtbot: QtBot, data_dir: Path, told: list[tuple[str, str]]
) -> None:
    with command_holding(data_dir, "open"):
        assert run_window(data_dir) == 1
    ((title, message),) = told
    assert title == "Twitch Diary is already open"
    assert str(data_dir) in message
    assert not _shown(BusyNotice)
    assert not _shown(MainWindow)


def test_the_app_told_to_quit_while_it_waits_ends_quietly_and_changes_nothing(
    qtbot: QtBot, data_dir: Path, mia: Baby, told: list[tuple[str, str]]
) -> None:
    # The desktop session ending (a log-out) quits the application, every event loop with it:
    # the wait ends without the button, and the app must go without a traceback or a write.
    with command_holding(data_dir, "sync"):

        def step() -> bool:
            if _shown(BusyNotice):
                QApplication.exit(0)
                return True
            return False

        timer = _driven(step)
        try:
            code = run_window(data_dir)
        finally:
            # Qt keeps "quit now" until the application's own loop runs once: every later event
            # loop of this test process would end at once.
            QTimer.singleShot(0, QApplication.quit)
            QApplication.exec()
        timer.stop()
        assert timer.property("timed_out") is False
        assert is_locked(data_dir)  # still the sync's
    assert code == 1
    assert told == []
    assert not _shown(MainWindow)
    assert not _shown(BusyNotice)
    with Diary(data_dir) as diary:
        assert diary.events.for_baby(mia.id) == []
