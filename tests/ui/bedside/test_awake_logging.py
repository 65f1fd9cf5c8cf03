"""Awake and drowsy logging (design.md §7): jerks on waking are stored as awake, not as a new nap."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenWindow

from desktop.core.model import Baby, Sleep, new_id
from desktop.store.diary import Diary
from desktop.ui.main_window import MainWindow


def stored(window: MainWindow) -> list[tuple[str, bool, str]]:
    """(kind, inside a sleep, state) of every event, oldest first."""
    return [(e.kind, e.sleep_id is not None, e.state) for e in window.diary.events.all()]


def checked_state(window: MainWindow) -> str | None:
    buttons = window.bedside.state_row.buttons
    return next((value for value, button in buttons.items() if button.isChecked()), None)


def test_taps_in_the_half_hour_after_a_sleep_are_awake_jerks_outside_any_sleep(
    qtbot: QtBot, window: MainWindow
) -> None:
    bedside = window.bedside
    assert checked_state(window) is None  # nothing known yet: the first tap starts a sleep
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert checked_state(window) == "asleep"
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert "just woke at" in bedside.sleep_label.text()
    assert checked_state(window) == "awake"
    assert bedside.state_row.buttons["asleep"].text() == "Asleep again"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_E)
    qtbot.keyClick(window, Qt.Key.Key_E)
    assert not bedside.sleep_running
    assert bedside.count_label.text() == "2"
    assert "logged as awake" in bedside.count_caption.text()
    assert stored(window) == [
        ("twitch", True, "asleep"),
        ("twitch", False, "awake"),
        ("twitch", False, "awake"),
        ("episode", False, "awake"),
    ]
    assert len(window.diary.sleeps.all()) == 1  # no new nap
    # One tap on "Asleep again" starts the next sleep; taps go into it again.
    qtbot.mouseClick(bedside.state_row.buttons["asleep"], Qt.MouseButton.LeftButton)
    assert bedside.sleep_running
    assert bedside.tap_area.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert stored(window)[-1] == ("twitch", True, "asleep")
    assert len(window.diary.sleeps.all()) == 2


def test_after_half_an_hour_awake_the_first_tap_starts_a_sleep_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    bedside = window.bedside
    qtbot.keyClick(window, Qt.Key.Key_S)
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert bedside.session.woke_at is not None
    bedside.session.woke_at -= timedelta(minutes=31)
    bedside.refresh()
    assert checked_state(window) is None
    assert bedside.state_row.buttons["asleep"].text() == "Asleep"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert bedside.sleep_running
    assert stored(window) == [("twitch", True, "asleep")]


def test_the_state_chosen_stays_until_changed_or_the_sleep_ends(qtbot: QtBot, window: MainWindow) -> None:
    bedside = window.bedside
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.mouseClick(bedside.state_row.buttons["drowsy"], Qt.MouseButton.LeftButton)
    assert checked_state(window) == "drowsy"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert checked_state(window) == "awake"  # the sleep ended: just woke
    assert stored(window) == [
        ("twitch", True, "asleep"),
        ("twitch", True, "drowsy"),
        ("twitch", True, "drowsy"),
    ]


def test_drowsy_before_any_sleep_is_logged_outside_a_sleep(qtbot: QtBot, window: MainWindow) -> None:
    bedside = window.bedside
    qtbot.mouseClick(bedside.state_row.buttons["drowsy"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not bedside.sleep_running
    assert stored(window) == [("twitch", False, "drowsy")]
    qtbot.mouseClick(bedside.state_row.buttons["asleep"], Qt.MouseButton.LeftButton)
    assert bedside.sleep_running


def test_reopened_just_after_a_sleep_the_bedside_still_says_just_woke(
    qtbot: QtBot, open_window: OpenWindow, mia: Baby, data_dir: Path
) -> None:
    now = datetime.now().astimezone()
    with Diary(data_dir) as diary:
        diary.sleeps.add(
            Sleep(
                id=new_id(), baby_id=mia.id, start=now - timedelta(hours=1), end=now - timedelta(minutes=10)
            )
        )
    window = open_window()
    assert "just woke at" in window.bedside.sleep_label.text()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert stored(window) == [("twitch", False, "awake")]
    window.actions_by_name["undo"].trigger()
    assert window.bedside.count_label.text() == "0"
    assert checked_state(window) == "awake"
