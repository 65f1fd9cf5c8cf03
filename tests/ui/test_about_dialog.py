"""Help › About on the real window: version, licence, the data folder shown as typed, and a way to open it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desktop import __version__
from desktop.ui.about_dialog import AboutDialog
from desktop.ui.main_window import MainWindow


def _about(window: MainWindow, qtbot: QtBot) -> AboutDialog:
    window.actions_by_name["show_about"].trigger()
    dialog = window.findChild(AboutDialog, "about_dialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def _text(dialog: AboutDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None
    return label.text()


def test_about_names_the_version_licence_and_this_diary_s_folder(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    assert window.actions_by_name["show_about"] in window.late.help_menu.actions()
    dialog = _about(window, qtbot)
    assert _text(dialog, "about_title") == f"Twitch Diary {__version__}"
    assert "MIT" in _text(dialog, "about_licence")
    assert _text(dialog, "about_data_folder") == str(data_dir)
    # Opened twice, it is the same dialog, not a second one.
    window.actions_by_name["show_about"].trigger()
    assert len(window.findChildren(AboutDialog)) == 1


def test_open_data_folder_asks_the_desktop_to_show_it(
    window: MainWindow, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = _about(window, qtbot)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(data_dir)]
    assert dialog.findChild(QMessageBox, "open_data_folder_failed") is None


def test_a_folder_no_file_manager_opens_is_named_in_plain_text(
    window: MainWindow, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    dialog = _about(window, qtbot)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "open_data_folder_failed")
    assert box is not None
    assert str(data_dir) in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()


def test_a_data_folder_named_like_markup_is_shown_as_typed(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / '<img src="/dev/zero"><b>diary</b>'
    dialog = AboutDialog(folder)
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "about_data_folder")
    assert label is not None
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == str(folder)


def test_the_window_carries_the_app_icon(window: MainWindow) -> None:
    icon = QGuiApplication.windowIcon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} >= {16, 32, 48, 256}
