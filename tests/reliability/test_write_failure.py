"""A tap that cannot be written (disk full, read-only) is shown as NOT logged; app and diary carry on."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import create_window
from desktop.core.model import Baby, new_id
from desktop.store.connection import DATABASE_NAME, read_only_uri
from desktop.store.diary import Diary
from desktop.ui.main_window import MainWindow

NO_LIMIT = 1_073_741_823  # SQLite's default max_page_count


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    """The real window on a diary with one baby, on the bedside view."""
    with Diary(data_dir) as diary:
        diary.babies.add(Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1)))
    opened = create_window(data_dir)
    assert isinstance(opened, MainWindow)
    qtbot.addWidget(opened)
    opened.show()
    opened.activateWindow()
    qtbot.waitActive(opened)
    return opened


def stored_taps(data_dir: Path) -> list[str]:
    """The ids of the twitches on disk, read through a connection of its own."""
    probe = sqlite3.connect(read_only_uri(data_dir / DATABASE_NAME), uri=True)
    try:
        return [
            str(row[0]) for row in probe.execute("SELECT id FROM event WHERE kind = 'twitch' ORDER BY rowid")
        ]
    finally:
        probe.close()


def tap(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Space)


def test_tap_on_a_full_disk_is_shown_as_not_logged_and_the_app_carries_on(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    bedside = window.bedside
    logged: list[str] = []
    bedside.twitch_logged.connect(lambda event: logged.append(event.id))
    tap(qtbot, window)
    connection = window.diary.connection
    pages = int(connection.execute("PRAGMA page_count").fetchone()[0])
    # SQLite itself now reports "database or disk is full" once the file would have to grow.
    connection.execute(f"PRAGMA max_page_count = {pages}")
    for _ in range(500):
        tap(qtbot, window)
        if bedside.error_label.isVisible():
            break
    assert bedside.error_label.isVisible(), "the disk never filled up"
    message = bedside.error_label.text()
    assert "NOT logged" in message
    assert "full" in message
    assert window.isVisible()
    # What the window counts is exactly what is on disk; the refused tap is in neither.
    assert stored_taps(data_dir) == logged
    assert bedside.count_label.text() == str(len(logged))
    assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    # Space freed: the next tap is logged and the message goes away.
    connection.execute(f"PRAGMA max_page_count = {NO_LIMIT}")
    tap(qtbot, window)
    assert not bedside.error_label.isVisible()
    assert stored_taps(data_dir) == logged
    assert bedside.count_label.text() == str(len(logged))


def test_tap_on_a_read_only_diary_is_shown_as_not_logged_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    bedside = window.bedside
    tap(qtbot, window)
    tap(qtbot, window)
    before = stored_taps(data_dir)
    # Tests run as root, where chmod stops no write; query_only makes SQLite refuse every write
    # with its own SQLITE_READONLY error, as a read-only file or mount would.
    window.diary.connection.execute("PRAGMA query_only = 1")
    tap(qtbot, window)
    assert bedside.error_label.isVisible()
    assert "NOT logged" in bedside.error_label.text()
    assert "readonly" in bedside.error_label.text()
    assert stored_taps(data_dir) == before
    assert bedside.count_label.text() == "2"
    window.diary.connection.execute("PRAGMA query_only = 0")
    tap(qtbot, window)
    assert len(stored_taps(data_dir)) == 3
    assert bedside.count_label.text() == "3"
