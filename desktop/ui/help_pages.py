"""Help pages: "Things that may help" and "How to film an episode", with their text in ``resources/help``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from desktop import resources
from desktop.language import QT_TRANSLATE_NOOP
from desktop.ui.translation import translate

if TYPE_CHECKING:
    from desktop.ui.shortcuts_page import ShortcutsDialog


@dataclass(frozen=True)
class HelpPage:
    """One help page: its key, its title (and menu text) and its Markdown file in ``resources/help``."""

    key: str
    title: str
    file: str


HELP_PAGES: Final = (
    HelpPage("soothing", QT_TRANSLATE_NOOP("HelpPages", "Things That May Help"), "things_that_may_help.md"),
    HelpPage(
        "filming", QT_TRANSLATE_NOOP("HelpPages", "How to Film an Episode"), "how_to_film_an_episode.md"
    ),
)


def page_text(page: HelpPage) -> str:
    """The Markdown text of a help page."""
    return resources.read_localized_text("help", page.file)


class HelpDialog(QDialog):
    """A help page in its own small window, readable while the rest of the app stays usable."""

    def __init__(self, page: HelpPage, parent: QWidget | None = None) -> None:
        # Imported when a page opens: setting these classes up is not needed to show the bedside.
        from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout

        super().__init__(parent)
        self.page = page
        self.setObjectName(f"help_{page.key}")
        self.setWindowTitle(translate("HelpPages", page.title))
        self.resize(560, 640)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("help_text")
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(page_text(page))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


class HelpMenu(QMenu):
    """The Help menu: one action per help page (``show_help_<key>``), each opening its page once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("HelpPages", "&Help"), parent)
        self.setObjectName("help_menu")
        self.dialogs: dict[str, HelpDialog] = {}
        self.page_actions: dict[str, QAction] = {}
        for page in HELP_PAGES:
            action = QAction(translate("HelpPages", page.title) + "…", self)
            action.setObjectName(f"show_help_{page.key}")
            action.triggered.connect(lambda _checked=False, p=page: self.show_page(p.key))
            self.addAction(action)
            self.page_actions[action.objectName()] = action
        self.addSeparator()
        shortcuts = QAction(translate("HelpPages", "&Keyboard Shortcuts…"), self)
        shortcuts.setObjectName("show_keyboard_shortcuts")
        shortcuts.setShortcut("Ctrl+/")
        shortcuts.setToolTip(translate("HelpPages", "Every command's key"))
        shortcuts.triggered.connect(self.show_shortcuts)
        self.addAction(shortcuts)
        self.page_actions[shortcuts.objectName()] = shortcuts
        self.shortcuts_dialog: ShortcutsDialog | None = None

    @Slot()
    def show_shortcuts(self) -> ShortcutsDialog:
        """Open (or bring forward) the keyboard shortcuts, read again from the window's actions."""
        from desktop.ui.shortcuts_page import ShortcutsDialog

        window = self.parentWidget()
        assert isinstance(window, QMainWindow)
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(window)
        else:
            self.shortcuts_dialog.refresh(window)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.activateWindow()
        return self.shortcuts_dialog

    @Slot(str)
    def show_page(self, key: str) -> HelpDialog:
        """Open (or bring forward) the help page with this key."""
        dialog = self.dialogs.get(key)
        if dialog is None:
            page = next(p for p in HELP_PAGES if p.key == key)
            dialog = HelpDialog(page, self.parentWidget())
            self.dialogs[key] = dialog
        dialog.show()
        dialog.activateWindow()
        return dialog


def install_help_menu(window: QMainWindow, actions_by_name: dict[str, QAction] | None = None) -> HelpMenu:
    """Add the Help menu to a main window's menu bar; its actions join ``actions_by_name`` if given."""
    menu = HelpMenu(window)
    window.menuBar().addMenu(menu)
    if actions_by_name is not None:
        actions_by_name.update(menu.page_actions)
    return menu
