"""The window opens where and as large as it was closed, per data folder (kept in the diary)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.model import Baby
from desktop.store.diary import Diary
from desktop.ui.main_window import MainWindow
from desktop.ui.window_geometry import GEOMETRY_SETTING

from .conftest import OpenWindow, add_baby


def test_a_resized_window_reopens_at_that_size_and_the_default_is_1000_by_760(
    qtbot: QtBot, open_window: OpenWindow, mia: Baby
) -> None:
    first = open_window()
    assert (first.width(), first.height()) == (1000, 760)
    first.resize(700, 520)
    qtbot.waitUntil(lambda: first.width() == 700)
    first.close()
    again = open_window()
    assert (again.width(), again.height()) == (700, 520)


def test_each_data_folder_keeps_its_own_place(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, mia: Baby
) -> None:
    from desktop.app import create_window

    first = open_window()
    first.resize(720, 560)
    qtbot.waitUntil(lambda: first.width() == 720)
    first.close()
    other_dir = tmp_path / "demo"
    add_baby(other_dir, "Noa")
    other = create_window(other_dir)
    qtbot.addWidget(other)
    assert isinstance(other, MainWindow)
    assert (other.width(), other.height()) == (1000, 760)
    other.close()


def test_a_damaged_saved_place_is_ignored(
    qtbot: QtBot, open_window: OpenWindow, data_dir: Path, mia: Baby
) -> None:
    with Diary(data_dir) as diary:
        diary.settings.set(GEOMETRY_SETTING, "not base64 at all!")
    window = open_window()
    assert (window.width(), window.height()) == (1000, 760)


def test_closing_in_full_screen_reopens_as_before_full_screen(
    qtbot: QtBot, open_window: OpenWindow, mia: Baby
) -> None:
    first = open_window()
    first.resize(760, 580)
    qtbot.waitUntil(lambda: first.width() == 760)
    first.actions_by_name["toggle_fullscreen"].trigger()
    qtbot.waitUntil(first.isFullScreen)
    first.close()
    again = open_window()
    assert not again.isFullScreen()
    assert (again.width(), again.height()) == (760, 580)
