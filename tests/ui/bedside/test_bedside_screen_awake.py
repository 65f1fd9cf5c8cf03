"""The screen is kept awake while a sleep runs, released when it ends, and never crashes the app."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenWindow

from desktop.ui.bedside import screen_awake
from desktop.ui.main_window import MainWindow


@pytest.fixture
def bus(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A pretend session bus: records Inhibit/UnInhibit calls instead of talking to D-Bus."""
    calls: list[str] = []
    monkeypatch.setattr(screen_awake, "_HEADLESS", frozenset())
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")

    def inhibit() -> int:
        calls.append("inhibit")
        return 42

    def uninhibit(cookie: int) -> None:
        calls.append(f"uninhibit {cookie}")

    monkeypatch.setattr(screen_awake, "_dbus_inhibit", inhibit)
    monkeypatch.setattr(screen_awake, "_dbus_uninhibit", uninhibit)
    return calls


def test_a_running_sleep_holds_the_screen_awake_until_it_ends(
    qtbot: QtBot, bus: list[str], open_window: OpenWindow, mia: object
) -> None:
    window = open_window()
    assert bus == []
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert bus == ["inhibit"]
    assert window.screen_awake.held
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert bus == ["inhibit", "uninhibit 42"]
    assert not window.screen_awake.held


def test_closing_the_window_lets_the_screen_blank_again(
    qtbot: QtBot, bus: list[str], open_window: OpenWindow, mia: object
) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    window.close()
    assert bus == ["inhibit", "uninhibit 42"]


def test_no_screen_saver_service_is_no_problem(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, open_window: OpenWindow, mia: object
) -> None:
    monkeypatch.setattr(screen_awake, "_HEADLESS", frozenset())
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")

    def broken() -> int:
        raise RuntimeError("no org.freedesktop.ScreenSaver")

    monkeypatch.setattr(screen_awake, "_dbus_inhibit", broken)
    window: MainWindow = open_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not window.screen_awake.held
    assert window.bedside.count_label.text() == "1"


def test_headless_platforms_never_inhibit(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.bedside.sleep_running
    assert not window.screen_awake.held  # offscreen: there is no screen to keep awake
