"""The app's file dialogs (open a file, save a file, choose a folder), kept dark in the night theme.

Each is a ``QFileDialog`` built as Qt's static helpers build it, so a platform with a dialog of its
own (Windows, macOS, a desktop portal) still shows that one. Where Qt draws its own dialog, the
style's folder, file, drive and toolbar icons are bright blue, yellow and white in a dark room: at
night they become the theme's dim ones (``resources/styles/night-icons``). By day nothing changes.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QFileInfo, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QAbstractFileIconProvider, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QToolButton, QWidget

from desktop import resources
from desktop.ui import themes
from desktop.ui.overrides import override

# The dim pictures of ``resources/styles/night-icons`` the file dialog shows at night.
PLACE_ICONS: Final = ("folder", "file", "drive", "computer")
# Qt's own dialog names its toolbar buttons; their icons come from the style (bright white and
# yellow at night): each gets the dim picture named here.
TOOL_BUTTONS: Final = {
    "backButton": "back",
    "forwardButton": "forward",
    "toParentButton": "parent",
    "newFolderButton": "new-folder",
    "listModeButton": "list-view",
    "detailModeButton": "detail-view",
}

_Kind = QAbstractFileIconProvider.IconType
_PICTURE_OF_KIND: Final = {
    _Kind.Computer: "computer",
    _Kind.Network: "computer",
    _Kind.Drive: "drive",
    _Kind.Desktop: "folder",
    _Kind.Trashcan: "folder",
    _Kind.Folder: "folder",
    _Kind.File: "file",
}


def night_icon_path(name: str) -> str:
    """The file of a dim picture under ``resources/styles/night-icons`` (``folder``, ``back`` ...)."""
    return str(resources.resource_path("styles", "night-icons", f"{name}.svg"))


class NightFileIcons(QAbstractFileIconProvider):
    """Dim icons for folders, files, drives and the computer: what Qt's file dialog shows at night."""

    def __init__(self) -> None:
        super().__init__()
        self._icons = {name: QIcon(night_icon_path(name)) for name in PLACE_ICONS}

    @override
    def icon(self, what: QAbstractFileIconProvider.IconType | QFileInfo) -> QIcon:
        """The dim icon for a kind of place or for a file, folder or drive on the disk."""
        # The file system model asks from its worker thread too: only hand out icons made here.
        if isinstance(what, QFileInfo):
            name = "drive" if what.isRoot() else "folder" if what.isDir() else "file"
        else:
            name = _PICTURE_OF_KIND.get(what, "file")
        return QIcon(self._icons[name])


class _NightDress(QObject):
    """The dialog's night icons, kept as long as the dialog lives (Qt does not own its icon provider)."""

    def __init__(self, dialog: QFileDialog) -> None:
        super().__init__(dialog)
        self.icons = NightFileIcons()


def theme_of(widget: QWidget | None) -> str | None:
    """The theme (``night`` or ``day``) of the window ``widget`` belongs to, None if none is set."""
    while widget is not None:
        theme = widget.property("theme")
        if isinstance(theme, str) and theme:
            return theme
        widget = widget.parentWidget()
    return None


def is_qt_dialog(dialog: QFileDialog) -> bool:
    """Whether Qt draws the dialog itself: it builds its widgets at once only when there is no
    platform dialog to show instead."""
    return dialog.findChild(QToolButton, "backButton") is not None


def _tinted(picture: QIcon, size: QSize, ratio: float, colour: str) -> QPixmap:
    """The one-colour picture drawn in ``colour`` (its shape and transparency kept)."""
    pixmap = picture.pixmap(size, ratio)
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(QRect(QPoint(0, 0), pixmap.size()), QColor(colour))
    painter.end()
    return pixmap


def tool_icon(name: str, size: QSize, ratio: float) -> QIcon:
    """A toolbar picture in the night theme's text colour, and in its faint colour when disabled.

    Drawn here, not left to the style: a style makes a disabled icon by blending it towards
    white, which lights it up on a dark button.
    """
    named = themes.colours("night")
    picture = QIcon(night_icon_path(name))
    result = QIcon()
    for scale in sorted({1.0, ratio}):
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Active, QIcon.Mode.Selected):
            result.addPixmap(_tinted(picture, size, scale, named["text"]), mode)
        result.addPixmap(_tinted(picture, size, scale, named["faint"]), QIcon.Mode.Disabled)
    return result


def dress_for_night(dialog: QFileDialog) -> None:
    """Give Qt's own file dialog the night theme's dim icons (a platform dialog is left alone)."""
    if not is_qt_dialog(dialog):
        return
    # It is Qt's dialog already: keep it so when shown (the dim icons are on its widgets).
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dress = _NightDress(dialog)
    dialog.setIconProvider(dress.icons)
    ratio = dialog.devicePixelRatioF()
    for name, picture in TOOL_BUTTONS.items():
        button = dialog.findChild(QToolButton, name)
        if button is not None:
            button.setIcon(tool_icon(picture, button.iconSize(), ratio))


def _dialog(parent: QWidget, title: str, start: str, file_filter: str = "") -> QFileDialog:
    """A file dialog as Qt's static helpers make it, dressed for the parent window's theme."""
    dialog = QFileDialog(parent, title, start, file_filter)
    if theme_of(parent) == "night":
        dress_for_night(dialog)
    return dialog


def _run(dialog: QFileDialog) -> tuple[str, str] | None:
    """Show the dialog; the chosen path and name filter, or None when cancelled."""
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    finally:
        # Later, from the event loop: its file system thread may still be asking for icons.
        dialog.deleteLater()


def open_file(parent: QWidget, title: str, start: str, file_filter: str) -> str | None:
    """Ask for an existing file, starting in ``start``; its path, or None when cancelled."""
    dialog = _dialog(parent, title, start, file_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _run(dialog)
    return chosen[0] if chosen else None


def save_file(parent: QWidget, title: str, suggested: str, file_filter: str) -> tuple[str, str] | None:
    """Ask where to save, offering the path ``suggested``; (path, chosen filter) or None when cancelled."""
    dialog = _dialog(parent, title, suggested, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return _run(dialog)


def existing_folder(parent: QWidget, title: str, start: str = "") -> str | None:
    """Ask for a folder, starting in ``start``; its path, or None when cancelled."""
    dialog = _dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    chosen = _run(dialog)
    return chosen[0] if chosen else None
