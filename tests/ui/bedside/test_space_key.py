"""Space's hold and tap rules with X11-like key repeat: release/press pairs that Qt did not flag."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from pytestqt.qtbot import QtBot

from desktop.ui.bedside.space_key import PAIR_MS, RELEASE_GRACE_MS
from desktop.ui.main_window import MainWindow


def send(window: MainWindow, kind: QEvent.Type, stamp: int, repeat: bool = False) -> None:
    """A Space press or release with an X server timestamp, delivered as X11 delivers it."""
    event = QKeyEvent(kind, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ", repeat)
    event.setTimestamp(stamp)
    QCoreApplication.sendEvent(window.bedside.tap_area, event)


def kinds(window: MainWindow) -> list[str]:
    baby = window.bedside.session._baby()
    return [e.kind for e in window.diary.events.for_baby(baby.id)]


def press_and_hold(qtbot: QtBot, window: MainWindow, seconds: float, flag_every: int = 0) -> None:
    """Hold Space: X repeats it every 40 ms after 660 ms, as unflagged pairs (sometimes flagged)."""
    start = 5_000_000
    started = time.monotonic()
    send(window, QEvent.Type.KeyPress, start)
    qtbot.wait(660)
    index = 0
    while time.monotonic() - started < seconds:
        stamp = start + int(1000 * (time.monotonic() - started))
        flagged = bool(flag_every) and index % flag_every == 0
        send(window, QEvent.Type.KeyRelease, stamp, repeat=flagged)
        send(window, QEvent.Type.KeyPress, stamp, repeat=flagged)
        index += 1
        qtbot.wait(40)
    send(window, QEvent.Type.KeyRelease, start + int(1000 * (time.monotonic() - started)))
    qtbot.wait(RELEASE_GRACE_MS * 3)


def test_a_hold_with_unflagged_repeats_is_an_episode_and_no_twitch(qtbot: QtBot, window: MainWindow) -> None:
    press_and_hold(qtbot, window, 1.5)
    assert window.bedside.episode_running
    assert window.bedside.count_label.text() == "0"
    press_and_hold(qtbot, window, 1.3, flag_every=3)  # Qt flags some pairs and not others
    assert not window.bedside.episode_running
    assert kinds(window) == ["episode"]


def test_quick_presses_with_timestamps_are_one_twitch_each(qtbot: QtBot, window: MainWindow) -> None:
    stamp = 1_000
    for _ in range(6):
        send(window, QEvent.Type.KeyPress, stamp)
        send(window, QEvent.Type.KeyRelease, stamp + 50)
        stamp += 50 + PAIR_MS + 20  # lifted and pressed again quicker than a repeat pair could be
    qtbot.waitUntil(lambda: kinds(window) == ["twitch"] * 6, timeout=3000)
    assert not window.bedside.episode_running


def test_a_short_press_whose_release_never_comes_is_one_twitch(qtbot: QtBot, window: MainWindow) -> None:
    send(window, QEvent.Type.KeyPress, 2_000)
    qtbot.wait(100)
    # The window loses the keyboard (the parent clicked another window): the release goes there.
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    qtbot.wait(1300)
    assert kinds(window) == ["twitch"]
    assert not window.bedside.episode_running
    assert not window.late.space_key.down
    send(window, QEvent.Type.KeyRelease, 2_500)  # a release without its press is nothing
    qtbot.wait(RELEASE_GRACE_MS * 3)
    assert kinds(window) == ["twitch"]


def test_a_release_seen_late_still_counts_the_hold_by_the_server_clock(
    qtbot: QtBot, window: MainWindow
) -> None:
    # A busy machine: the press and a release 1.2 s later (server time) arrive back to back.
    send(window, QEvent.Type.KeyPress, 10_000)
    send(window, QEvent.Type.KeyRelease, 11_200)
    qtbot.waitUntil(lambda: window.bedside.episode_running, timeout=2000)
    assert kinds(window) == []
