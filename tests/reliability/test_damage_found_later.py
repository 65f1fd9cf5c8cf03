"""Damage the daily check finds deep in the file: no more taps go into it, the review says so plainly."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.reliability.support import zeroed_last_page

from desktop.app import create_window
from desktop.core.model import Event, new_id
from desktop.store.connection import DATABASE_NAME
from desktop.store.errors import DamagedDatabaseError
from desktop.ui.launch import BackupKeeper
from desktop.ui.main_window import MainWindow


def _file_bytes(data_dir: Path) -> bytes:
    return (data_dir / DATABASE_NAME).read_bytes()


@pytest.fixture
def window(qtbot: QtBot, filled_dir: Path) -> MainWindow:
    """The real window on a diary whose event table's last page is zeroed (opening does not see it)."""
    zeroed_last_page(filled_dir / DATABASE_NAME)
    opened = create_window(filled_dir)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def test_after_the_daily_check_finds_damage_no_tap_is_written_into_the_file(
    qtbot: QtBot, window: MainWindow, filled_dir: Path
) -> None:
    # Fails without the fix: the window went on writing taps into the damaged file.
    keeper = BackupKeeper(filled_dir, clock=lambda: datetime(2026, 11, 24, 7, 0).astimezone())
    keeper.damage_found.connect(window.diary.mark_damaged)
    failures: list[str] = []
    keeper.backup_failed.connect(failures.append)
    with qtbot.waitSignal(keeper.damage_found, timeout=30_000):
        keeper.start()
    keeper.stop()
    assert failures and "damage" in failures[0]
    window.diary.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _file_bytes(filled_dir)
    window.show_bedside()
    if window.bedside.session.sleep is None:
        qtbot.keyClick(window, Qt.Key.Key_Space)  # the first Space starts a sleep, or logs a tap
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Space)
    bedside = window.bedside
    assert bedside.error_label.isVisible()
    assert "NOT logged" in bedside.error_label.text()
    assert "restore" in bedside.error_label.text().lower()
    wal = filled_dir / f"{DATABASE_NAME}-wal"
    assert not wal.exists() or wal.stat().st_size == 0, "a tap went into the damaged file"
    assert _file_bytes(filled_dir) == before


def test_the_review_of_a_damaged_file_says_so_instead_of_a_traceback(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Fails without the fix: DamagedDatabaseError escaped the review's refresh (a traceback on
    # the terminal, an empty review).
    window.show_review()
    window.review.set_range("all")  # the diary's nights are months back: read them all
    qtbot.waitUntil(lambda: "cannot be shown" in window.review.status.text(), timeout=30_000)
    text = window.review.status.text()
    assert "not a readable Twitch Diary file" in text and "restore" in text
    assert window.diary.damaged is not None
    with pytest.raises(DamagedDatabaseError):
        window.diary.events.add(_one_event(window))


def _one_event(window: MainWindow) -> Event:
    baby = window.diary.babies.all()[0]
    return Event(id=new_id(), baby_id=baby.id, sleep_id=None, at=datetime.now().astimezone(),
                 kind="twitch", state="awake")  # fmt: skip


def test_damage_found_by_any_read_refuses_later_writes(filled_dir: Path) -> None:
    from desktop.store.diary import Diary

    zeroed_last_page(filled_dir / DATABASE_NAME)
    with Diary(filled_dir) as diary:
        with pytest.raises(DamagedDatabaseError):
            diary.events.all()
        assert diary.damaged is not None
        with pytest.raises(DamagedDatabaseError):
            diary.settings.set("theme", "night")
    probe = sqlite3.connect(filled_dir / DATABASE_NAME)
    assert probe.execute("SELECT COUNT(*) FROM setting WHERE key = 'theme'").fetchone()[0] == 0
    probe.close()
