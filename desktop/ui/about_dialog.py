"""Help › About: the app's name, version and licence, and where this diary's data folder is."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import identity
from desktop.ui.app_icon import app_icon
from desktop.ui.overrides import override
from desktop.ui.translation import translate

NIGHT_ICON_OPACITY: Final = 0.35  # the icon's moon is bright yellow: at night it lies dim on the dark


def _plain_label(text: str, parent: QWidget, name: str) -> QLabel:
    """A label that shows ``text`` as typed (a folder name is never read as markup)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AboutDialog(QDialog):
    """What the app is, its version and licence, and a button that opens the data folder."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(translate("AboutDialog", "About Twitch Diary"))
        self.data_dir = data_dir

        picture = self._picture = QLabel(self)
        picture.setObjectName("about_picture")
        picture.setPixmap(app_icon().pixmap(64, 64))
        title = _plain_label(f"{identity.APP_NAME} {identity.VERSION}", self, "about_title")
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        summary = _plain_label(
            translate(
                "AboutDialog",
                "A diary of a baby's sleep twitches: log them at the bedside, review them"
                " before a checkup. It never diagnoses.",
            ),
            self,
            "about_summary",
        )
        licence = _plain_label(
            translate("AboutDialog", "Free software under the %1.").replace("%1", identity.LICENCE_NAME),
            self,
            "about_licence",
        )
        folder_title = _plain_label(
            translate("AboutDialog", "Your diary is kept in this folder:"), self, "about_folder_title"
        )
        self.folder_label = _plain_label(str(data_dir), self, "about_data_folder")

        self.open_button = QPushButton(translate("AboutDialog", "Open Data Folder"), self)
        self.open_button.setObjectName("open_data_folder")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        heading = QHBoxLayout()
        heading.addWidget(picture)
        heading.addWidget(title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        for label in (summary, licence, folder_title, self.folder_label):
            layout.addWidget(label)
        layout.addWidget(buttons)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Shown: the app's bright yellow and blue icon at a third of its strength in the night theme."""
        super().showEvent(event)
        owner = self.parentWidget()
        if owner is not None and owner.window().property("theme") == "night":
            effect = QGraphicsOpacityEffect(self._picture)
            effect.setOpacity(NIGHT_ICON_OPACITY)
            self._picture.setGraphicsEffect(effect)
        else:
            self._picture.setGraphicsEffect(None)  # type: ignore[arg-type]

    @Slot()
    def _on_open_button_clicked(self) -> None:
        if not self.data_dir.is_dir() or not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir))):
            box = QMessageBox(
                QMessageBox.Icon.Information,
                translate("AboutDialog", "Could not open the folder"),
                "",
                parent=self,
            )
            box.setObjectName("open_data_folder_failed")
            box.setTextFormat(Qt.TextFormat.PlainText)  # the folder's name is shown as typed
            box.setText(
                translate(
                    "AboutDialog", "No file manager opened the folder. You can find it here:\n%1"
                ).replace("%1", str(self.data_dir))
            )
            box.open()


def install_about(
    window: QMainWindow, menu: QMenu, data_dir: Path, actions_by_name: dict[str, QAction]
) -> QAction:
    """Add Help › About (``show_about``) to ``menu``; it opens one About dialog on ``data_dir``."""
    action = QAction(translate("AboutDialog", "About Twitch Diary…"), menu)
    action.setObjectName("show_about")
    action.setMenuRole(QAction.MenuRole.AboutRole)
    dialogs: list[AboutDialog] = []

    def show() -> None:
        if not dialogs:
            dialogs.append(AboutDialog(data_dir, window))
        dialogs[0].show()
        dialogs[0].activateWindow()

    action.triggered.connect(show)
    menu.addSeparator()
    menu.addAction(action)
    actions_by_name[action.objectName()] = action
    return action
