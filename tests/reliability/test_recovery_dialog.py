"""The recovery dialog itself: names the file, offers the latest backup, never restores by default."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.store.backup import Backup
from desktop.store.errors import DamagedDatabaseError
from desktop.ui.recovery_dialog import RecoveryDialog

LATEST = Backup(
    "daily-20261122T063000Z.sqlite3", "daily", datetime(2026, 11, 22, 6, 30, tzinfo=UTC), Path("x")
)


def answer(button_text: str, seen: dict[str, object]) -> None:
    """When the modal box is up, note what it shows, then press the button with ``button_text``."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        buttons = {button.text(): button for button in box.findChildren(QPushButton)}
        seen["text"] = box.text()
        seen["buttons"] = sorted(buttons)
        default = box.defaultButton()
        seen["default"] = default.text() if default is not None else None
        buttons[button_text].click()

    QTimer.singleShot(0, press)


@pytest.mark.parametrize(("button", "restores"), [("Restore latest backup", True), ("Quit", False)])
def test_dialog_names_the_file_and_offers_the_latest_backup(
    qtbot: QtBot, tmp_path: Path, button: str, restores: bool
) -> None:
    error = DamagedDatabaseError(tmp_path / "diary.sqlite3", "database disk image is malformed")
    seen: dict[str, object] = {}
    answer(button, seen)
    assert RecoveryDialog.ask(error, LATEST) is restores
    text = str(seen["text"])
    assert str(tmp_path / "diary.sqlite3") in text
    assert "restore the latest backup" in text
    assert LATEST.taken_at.astimezone().strftime("%Y-%m-%d %H:%M") in text
    assert seen["buttons"] == ["Quit", "Restore latest backup"]
    assert seen["default"] == "Quit"


def test_without_a_backup_only_quit_is_offered(qtbot: QtBot, tmp_path: Path) -> None:
    error = DamagedDatabaseError(tmp_path / "diary.sqlite3", "it is not an SQLite database")
    seen: dict[str, object] = {}
    answer("Quit", seen)
    assert RecoveryDialog.ask(error, None) is False
    assert seen["buttons"] == ["Quit"]
    assert "no backup" in str(seen["text"])
