"""GUI test setup: the real main window on a real diary in a temporary data directory."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import create_window
from desktop.core.model import Baby, new_id
from desktop.store.diary import Diary
from desktop.ui.main_window import MainWindow

OpenWindow = Callable[[], MainWindow]


def add_baby(data_dir: Path, name: str = "Mia", birth: date = date(2026, 8, 1)) -> Baby:
    """Store a baby in the diary of ``data_dir`` (the diary is closed again afterwards)."""
    baby = Baby(id=new_id(), name=name, birth_date=birth, due_date=birth)
    with Diary(data_dir) as diary:
        diary.babies.add(baby)
    return baby


@pytest.fixture
def open_window(qtbot: QtBot, data_dir: Path) -> OpenWindow:
    """Open the real window on ``data_dir``, shown and active, closed at the end of the test."""

    def open_it() -> MainWindow:
        window = create_window(data_dir)
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        # Letter shortcuts (S, E, W, Ctrl+Z) reach only the active window, as on a real desktop.
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        # The Help menu, the report actions and the guidance checks are built after the first paint.
        qtbot.waitUntil(lambda: window.start_finished, timeout=5000)
        return window

    return open_it


@pytest.fixture
def mia(data_dir: Path) -> Baby:
    """A baby stored before the window opens."""
    return add_baby(data_dir)


@pytest.fixture
def window(open_window: OpenWindow, mia: Baby) -> MainWindow:
    """The window on a diary with one baby: it opens on the bedside view."""
    return open_window()
