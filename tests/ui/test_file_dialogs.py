"""The app's file dialogs: they answer as Qt's static helpers did, wear dim icons at night and keep
Qt's own icons by day."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon, QImage
from PySide6.QtWidgets import QFileDialog, QLineEdit, QListView, QStyle, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui import file_dialogs, themes
from desktop.ui.file_dialogs import NightFileIcons

from .file_dialog_support import FOLDERS, fill_home, while_open

Kind = QAbstractFileIconProvider.IconType
# Which style icon Qt's dialog puts on each toolbar button (qfiledialog.cpp, createWidgets).
STYLE_ICONS = {
    "backButton": QStyle.StandardPixmap.SP_ArrowBack,
    "forwardButton": QStyle.StandardPixmap.SP_ArrowForward,
    "toParentButton": QStyle.StandardPixmap.SP_FileDialogToParent,
    "newFolderButton": QStyle.StandardPixmap.SP_FileDialogNewFolder,
    "listModeButton": QStyle.StandardPixmap.SP_FileDialogListView,
    "detailModeButton": QStyle.StandardPixmap.SP_FileDialogDetailedView,
}


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    """A Documents folder with sub-folders and files."""
    fill_home(tmp_path / "home")
    return tmp_path / "home" / "Documents"


def themed(qtbot: QtBot, theme: str) -> QWidget:
    """A window in ``theme``, as ``themes.apply`` dresses the main window."""
    window = QWidget()
    qtbot.addWidget(window)
    themes.apply(window, theme)
    window.show()
    return window


def image(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QImage:
    return icon.pixmap(16, 16, mode).toImage()


def test_the_night_icon_provider_tells_drives_folders_and_files_apart(qtbot: QtBot, documents: Path) -> None:
    icons = NightFileIcons()
    expected = {name: image(QIcon(file_dialogs.night_icon_path(name))) for name in file_dialogs.PLACE_ICONS}
    cases = [
        (QFileInfo("/"), "drive"),
        (QFileInfo(str(documents / FOLDERS[0])), "folder"),
        (QFileInfo(str(documents / "discharge.pdf")), "file"),
        (Kind.Computer, "computer"),
        (Kind.Drive, "drive"),
        (Kind.Folder, "folder"),
        (Kind.File, "file"),
        (Kind.Network, "computer"),
    ]
    for what, name in cases:
        assert image(icons.icon(what)) == expected[name], (what, name)


def test_save_offers_the_suggested_name_in_its_folder_and_answers_path_and_filter(
    qtbot: QtBot, documents: Path
) -> None:
    window = themed(qtbot, "day")

    def look(dialog: QFileDialog) -> tuple[str, str]:
        seen = dialog.directory().absolutePath(), dialog.selectedFiles()[0]
        dialog.selectNameFilter("SVG drawing (*.svg)")
        dialog.accept()
        return seen

    answer: list[tuple[str, str] | None] = []
    seen = while_open(
        lambda: answer.append(
            file_dialogs.save_file(
                window, "Save chart", str(documents / "chart-1.png"), "PNG (*.png);;SVG drawing (*.svg)"
            )
        ),
        look,
    )
    assert seen == (str(documents), str(documents / "chart-1.png"))
    # Qt's dialog follows the chosen kind with the name's ending, as the static helper's did.
    assert answer == [(str(documents / "chart-1.svg"), "SVG drawing (*.svg)")]


def test_open_answers_the_chosen_file_and_cancel_answers_none(qtbot: QtBot, documents: Path) -> None:
    window = themed(qtbot, "night")

    def choose(dialog: QFileDialog) -> None:
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText("notes.txt")  # typed, as a parent would
        dialog.accept()

    answers: list[str | None] = []

    def ask() -> None:
        answers.append(file_dialogs.open_file(window, "Open", str(documents), "All (*)"))

    while_open(ask, choose)
    while_open(ask, lambda dialog: None)  # only looked at: the dialog is cancelled
    assert answers == [str(documents / "notes.txt"), None]


def test_a_folder_dialog_lists_folders_only_and_answers_the_folder(qtbot: QtBot, documents: Path) -> None:
    window = themed(qtbot, "night")

    def choose(dialog: QFileDialog) -> list[str]:
        view = dialog.findChild(QListView, "listView")
        assert view is not None
        root = view.rootIndex()
        names = sorted(
            str(view.model().index(row, 0, root).data()) for row in range(view.model().rowCount(root))
        )
        dialog.setDirectory(str(documents / FOLDERS[1]))  # the parent went into the folder
        dialog.accept()
        return names

    answers: list[str | None] = []
    listed = while_open(
        lambda: answers.append(file_dialogs.existing_folder(window, "Folder", str(documents))), choose
    )
    assert listed == sorted(FOLDERS)
    assert answers == [str(documents / FOLDERS[1])]


@pytest.mark.parametrize("theme", ["day", "night"])
def test_by_day_qt_s_own_icons_stay_and_at_night_the_dim_ones_replace_them(
    qtbot: QtBot, documents: Path, theme: str
) -> None:
    window = themed(qtbot, theme)

    def look(dialog: QFileDialog) -> dict[str, bool]:
        found = {"dim places": isinstance(dialog.iconProvider(), NightFileIcons)}
        for name, standard in STYLE_ICONS.items():
            button = dialog.findChild(QToolButton, name)
            assert button is not None
            own = dialog.style().standardIcon(standard, None, dialog)
            dim = file_dialogs.tool_icon(file_dialogs.TOOL_BUTTONS[name], button.iconSize(), 1.0)
            found[f"{name} own"] = image(button.icon()) == image(own)
            found[f"{name} dim"] = image(button.icon()) == image(dim) and image(
                button.icon(), QIcon.Mode.Disabled
            ) == image(dim, QIcon.Mode.Disabled)
        return found

    found = while_open(lambda: file_dialogs.open_file(window, "Open", str(documents), "All (*)"), look)
    night = theme == "night"
    assert found["dim places"] is night
    for name in STYLE_ICONS:
        assert (found[f"{name} own"], found[f"{name} dim"]) == (not night, night), name
