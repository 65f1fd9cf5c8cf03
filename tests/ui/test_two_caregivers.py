"""Two caregivers, two windows, one shared folder: both log the same night at their own bedside,
one edits a tap, the other deletes one, both sync: both windows then show the same night."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.app import create_window
from desktop.core.model import Baby, new_id
from desktop.store.diary import Diary
from desktop.sync.run import set_up, sync_now
from desktop.ui import commands
from desktop.ui.main_window import MainWindow


class NightClock:
    """Last night's time at one bedside, set by each step (the window's clock seam)."""

    def __init__(self) -> None:
        # Two evenings ago: the whole night (to 06:30) is past whatever the hour the test runs at;
        # "last night" put its small hours in the future when run just after midnight.
        evening = datetime.now().astimezone() - timedelta(days=2)
        self.at = evening.replace(hour=22, minute=0, second=0, microsecond=0)

    def now(self) -> datetime:
        return self.at

    def today(self) -> date:
        return self.at.date()

    def set(self, hour: int, minute: int) -> None:
        evening = self.at.date() if self.at.hour >= 12 else self.at.date() - timedelta(days=1)
        day = evening if hour >= 12 else evening + timedelta(days=1)
        self.at = datetime(day.year, day.month, day.day, hour, minute).astimezone()


def two_caregivers(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, MainWindow, NightClock, NightClock]:
    """Two data folders set up on one shared folder (Mia entered on the first), each in its own
    window at the default size with its own night clock."""
    a, b, shared = tmp_path / "a", tmp_path / "b", tmp_path / "shared"
    shared.mkdir()
    with Diary(a) as diary:
        diary.babies.add(Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1)))
        set_up(diary, shared, "moon river at three")
        sync_now(diary)
    with Diary(b) as diary:
        set_up(diary, shared, "moon river at three")
        sync_now(diary)
    clock_a, clock_b = NightClock(), NightClock()
    windows = [create_window(a, clock_a), create_window(b, clock_b)]
    for window in windows:
        qtbot.addWidget(window)
        window.resize(1000, 760)
        window.show()
        qtbot.waitUntil(lambda w=window: w.start_finished, timeout=10_000)
    wa, wb = windows
    return wa, wb, clock_a, clock_b


def _sync(window: MainWindow, qtbot: QtBot) -> None:
    window.late.folder_sync.sync()
    qtbot.waitUntil(lambda: not window.late.folder_sync.work.running(), timeout=15_000)  # type: ignore[union-attr]
    qtbot.wait(50)  # the finished signal, then the views' reload


def _tap(window: MainWindow, clock: NightClock, hour: int, minute: int) -> None:
    clock.set(hour, minute)
    window.actions_by_name["log_twitch"].trigger()


def test_two_caregivers_end_the_night_with_the_same_diary(qtbot: QtBot, tmp_path: Path) -> None:
    wa, wb, clock_a, clock_b = two_caregivers(qtbot, tmp_path)
    windows = [wa, wb]

    for hour, minute in ((22, 14), (22, 31), (23, 2)):  # A's turn: the first tap starts the night
        _tap(wa, clock_a, hour, minute)
    _sync(wa, qtbot)
    _sync(wb, qtbot)
    night = wb.bedside.session.sleep
    assert night is not None and wb.bedside.session.count == 3  # B's bedside shows A's night
    for hour, minute in ((2, 40), (3, 5)):  # B's turn: the same night goes on
        _tap(wb, clock_b, hour, minute)
    _sync(wb, qtbot)
    _sync(wa, qtbot)
    assert wa.bedside.session.count == 5

    taps_a = wa.diary.events.in_sleep(night.id)
    edited = replace(taps_a[1], body_part="hand", side="left")
    commands.push(wa.undo_stack, commands.update_event(wa.diary, taps_a[1], edited))  # A edits one
    gone = wb.diary.events.in_sleep(night.id)[3]
    commands.push(wb.undo_stack, commands.delete_event(wb.diary, gone))  # B deletes another
    clock_a.set(6, 30)
    wa.actions_by_name["toggle_sleep"].trigger()  # the night ends on A
    for window in (wa, wb, wa):
        _sync(window, qtbot)

    for window in windows:
        assert [sleep.id for sleep in window.diary.sleeps.all()] == [night.id]
        assert window.diary.sleeps.all()[0].end == clock_a.at
        taps = window.diary.events.in_sleep(night.id)
        assert [(t.at.strftime("%H:%M"), t.body_part) for t in taps] == [
            ("22:14", "unknown"), ("22:31", "hand"), ("23:02", "unknown"), ("03:05", "unknown"),
        ]  # fmt: skip
        assert "with 1 other device" in window.late.folder_sync.status.text()
        window.actions_by_name["show_history"].trigger()
    qtbot.wait(100)
    shots = os.environ.get("TWITCH_DIARY_SHOTS")  # where to keep the two windows' pictures, if asked
    if shots:
        for window, name in ((wa, "sync-a"), (wb, "sync-b")):
            window.grab().save(str(Path(shots) / f"{name}.png"))
