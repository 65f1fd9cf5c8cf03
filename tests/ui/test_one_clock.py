"""The window reads one clock, handed in by the composition root: taps, review and questions agree."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.conftest import add_baby

from desktop.app import create_window
from desktop.core.clock import SystemClock
from desktop.store.diary import Diary
from desktop.ui.main_window import MainWindow

# A night long ago, in a fixed offset: nothing the computer's own clock could produce now.
THREE_AM = datetime(2026, 10, 25, 3, 7, 0, tzinfo=timezone(timedelta(hours=2)))


class StoppedClock:
    """A clock standing at one instant, moved by hand."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        """The instant the clock stands at."""
        return self.moment

    def today(self) -> date:
        """The day of that instant."""
        return self.moment.date()


def _open(qtbot: QtBot, data_dir: Path, clock: StoppedClock) -> MainWindow:
    window = create_window(data_dir, clock)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.waitUntil(lambda: window.start_finished, timeout=5000)
    return window


def test_a_tap_and_its_sleep_take_the_windows_clock(qtbot: QtBot, data_dir: Path) -> None:
    baby = add_baby(data_dir, birth=date(2026, 9, 1))
    clock = StoppedClock(THREE_AM)
    window = _open(qtbot, data_dir, clock)
    assert window.clock is clock and window.bedside.clock is clock and window.bedside.session.clock is clock
    qtbot.keyClick(window.bedside.tap_area, Qt.Key.Key_Space)
    clock.moment += timedelta(seconds=40)
    qtbot.keyClick(window.bedside.tap_area, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.bedside.session.count == 2, timeout=5000)
    window.close()
    with Diary(data_dir) as diary:
        (sleep,) = diary.sleeps.for_baby(baby.id)
        events = diary.events.for_baby(baby.id)
    assert sleep.start == THREE_AM and sleep.kind == "night"
    assert sorted(event.at for event in events) == [THREE_AM, THREE_AM + timedelta(seconds=40)]


def test_the_review_counts_its_days_up_to_the_clocks_today(qtbot: QtBot, data_dir: Path) -> None:
    add_baby(data_dir, birth=date(2026, 9, 1))
    window = _open(qtbot, data_dir, StoppedClock(THREE_AM))
    window.show_review()
    assert window.review is not None
    assert window.review.today() == THREE_AM.date()
    days = window.review.days
    assert days is not None and days.last == THREE_AM.date()


def test_without_a_clock_the_window_reads_the_computers() -> None:
    now = SystemClock().now()
    assert now.tzinfo is not None and abs(now - datetime.now().astimezone()) < timedelta(seconds=5)
    assert SystemClock().today() == date.today()
