"""The window's late parts: one typed object, built once right after the first paint, none before."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop.app import create_window
from desktop.core.model import Baby
from desktop.ui.late_parts import LateParts
from desktop.ui.main_window import MainWindow

# The Diary menu's entries the late parts add (second backup place, import and export, sync).
LATE_DIARY_ACTIONS = (
    "choose_backup_place",
    "forget_backup_place",
    "import_diary",
    "export_diary",
    "sync_settings",
    "sync_now",
    "sync_off",
)


def _unshown_window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    window = create_window(data_dir)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    return window


def test_before_the_first_paint_there_are_no_late_parts_and_asking_says_so(
    qtbot: QtBot, data_dir: Path, mia: Baby
) -> None:
    window = _unshown_window(qtbot, data_dir)
    assert not window.start_finished
    with pytest.raises(LookupError, match="after its first paint"):
        _ = window.late
    assert not set(LATE_DIARY_ACTIONS) & set(window.actions_by_name)
    names = {action.objectName() for action in window.diary_menu.actions()}
    assert not set(LATE_DIARY_ACTIONS) & names
    assert window.menuBar().findChild(QObject, "help_menu") is None
    # A window closed before it was ever painted closes its diary without them.
    window.close()
    assert window.diary.closed


def test_after_the_first_paint_the_late_parts_are_built_once_into_the_window(
    qtbot: QtBot, data_dir: Path, mia: Baby
) -> None:
    window = _unshown_window(qtbot, data_dir)
    window.show()
    qtbot.waitUntil(lambda: window.start_finished, timeout=5000)
    late = window.late
    assert isinstance(late, LateParts)
    for field in fields(late):
        part = getattr(late, field.name)
        assert isinstance(part, QObject), field.name
        assert part.parent() is window, field.name  # owned by the window, closed with it
    # Their Diary entries sit before the menu's last separator (then Quit), and are actions by name.
    entries = window.diary_menu.actions()
    quit_at = entries.index(window.actions_by_name["quit"])
    late_names = [action.objectName() for action in entries[: quit_at - 1]]
    for name in LATE_DIARY_ACTIONS:
        assert name in late_names
        assert window.actions_by_name[name] in entries
    assert window.actions_by_name["show_about"] in late.help_menu.actions()
    assert late.guidance_alerts.started
    assert late.guidance_alerts.baby == mia
    # A later paint (hidden and shown again) builds nothing twice.
    window.hide()
    window.show()
    qtbot.wait(50)
    assert window.late is late
    assert [a.objectName() for a in window.diary_menu.actions()].count("import_diary") == 1
