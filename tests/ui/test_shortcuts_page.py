"""Help › Keyboard Shortcuts in the real window: every action's key, read from the actions themselves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.shortcuts_page import ShortcutsDialog


def open_page(qtbot: QtBot, window: MainWindow) -> ShortcutsDialog:
    """Press Ctrl+/ (Help › Keyboard Shortcuts…), as the parent does."""
    action = window.actions_by_name["show_keyboard_shortcuts"]
    assert action in window.late.help_menu.actions()
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = window.late.help_menu.shortcuts_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def shown_rows(dialog: ShortcutsDialog) -> dict[str, list[tuple[str, str]]]:
    """What the page shows: section title -> (key, command) rows."""
    shown: dict[str, list[tuple[str, str]]] = {}
    for top in range(dialog.tree.topLevelItemCount()):
        section: QTreeWidgetItem = dialog.tree.topLevelItem(top)
        shown[section.text(0)] = [
            (section.child(row).text(0), section.child(row).text(1)) for row in range(section.childCount())
        ]
    return shown


def test_every_action_with_a_key_is_listed_with_that_key(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_page(qtbot, window)
    with_keys = {
        a.objectName(): a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty() and a.objectName()
    }
    assert {"log_twitch", "toggle_sleep", "undo", "export_report", "quit"} <= set(with_keys)
    for name, key in with_keys.items():
        assert dialog.keys_of(name) == key, name
    shown = shown_rows(dialog)
    assert ("Space", "Log twitch") in shown["Log"]
    assert ("S", "Start sleep") in shown["Log"]  # what the key does now: no sleep is running
    assert ("Space (held 1 s)", "Timed episode") in shown["Log"]
    assert ("F11", "Full screen") in shown["View"]
    assert ("Ctrl+Z", "Undo") in shown["Edit"]
    assert list(shown)[:3] == ["Diary", "Edit", "Log"]  # in the menus' order


def test_the_page_follows_the_actions_as_they_are_now(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_page(qtbot, window)
    assert "History" not in shown_rows(dialog)
    window.actions_by_name["mark_woke"].setShortcut(QKeySequence("Ctrl+W"))
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the history is built
    dialog.close()
    again = open_page(qtbot, window)
    assert again is dialog
    native = QKeySequence.SequenceFormat.NativeText
    assert again.keys_of("mark_woke") == QKeySequence("Ctrl+W").toString(native)
    history = {command: key for key, command in shown_rows(again)["History"]}
    assert history["Delete sleep"] == history["Delete event"]
    assert "F2" in history["Edit sleep"]
