"""Help › Keyboard Shortcuts: every command's key, read from the window's actions when the page opens."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.language import QT_TRANSLATE_NOOP
from desktop.ui.translation import translate

OTHER_SECTION: Final = QT_TRANSLATE_NOOP("ShortcutsPage", "Other")
HISTORY_SECTION: Final = QT_TRANSLATE_NOOP("ShortcutsPage", "History")
# Keys the app reads itself, not through an action (the hold is measured by ui/bedside/space_key.py).
HELD_KEYS: Final = (
    (
        QT_TRANSLATE_NOOP("ShortcutsPage", "Space (held 1 s)"),
        QT_TRANSLATE_NOOP("ShortcutsPage", "Start a timed episode; let go to end it"),
    ),
)


@dataclass(frozen=True)
class ShortcutRow:
    """One command's key as the page lists it."""

    section: str  # the menu holding the action (its title without the & marker)
    command: str
    keys: str  # every key of the action, in the platform's own spelling
    tip: str
    name: str  # the action's objectName


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def _keys(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(key.toString(native) for key in action.shortcuts() if not key.isEmpty())


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found.extend(_menu_actions(submenu))
        elif not action.isSeparator():
            found.append(action)
    return found


def _row(section: str, action: QAction) -> ShortcutRow:
    command = _plain(action.iconText() or action.text())
    tip = action.toolTip()
    tip = "" if _plain(tip) == command else tip  # a tooltip that only repeats the name says nothing
    return ShortcutRow(section, command, _keys(action), tip, action.objectName())


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every action of ``window`` that has a key: by menu, in menu order; then the ones in no menu."""
    rows: list[ShortcutRow] = []
    listed: set[int] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        section = _plain(menu_action.text())
        for action in _menu_actions(menu):
            if _keys(action) and id(action) not in listed:
                listed.add(id(action))
                rows.append(_row(section, action))
    # The history's own keys (Delete, F2) and any other action that has a key but no menu entry.
    for action in window.findChildren(QAction):
        if _keys(action) and id(action) not in listed and action.objectName():
            listed.add(id(action))
            rows.append(_row(_owner_section(action), action))
    return rows


def _owner_section(action: QAction) -> str:
    name = action.objectName()
    return translate("ShortcutsPage", HISTORY_SECTION if name.startswith("history_") else OTHER_SECTION)


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts, grouped by menu; built anew each time from the actions as they are."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("keyboard_shortcuts")
        self.setWindowTitle(translate("ShortcutsPage", "Keyboard Shortcuts"))
        self.resize(900, 640)
        intro = QLabel(
            translate("ShortcutsPage", "Every command you can reach from the keyboard, and its key."), self
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcuts_tree")
        self.tree.setAccessibleName(translate("ShortcutsPage", "Keyboard shortcuts"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                translate("ShortcutsPage", "Key"),
                translate("ShortcutsPage", "Command"),
                translate("ShortcutsPage", "What it does"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.refresh(window)

    def refresh(self, window: QMainWindow) -> None:
        """List the keys the window's actions have now (a changed key shows the next time)."""
        self.tree.clear()
        self.rows = shortcut_rows(window)
        sections: dict[str, QTreeWidgetItem] = {}
        for row in self.rows:
            parent = sections.get(row.section)
            if parent is None:
                parent = sections[row.section] = QTreeWidgetItem(self.tree, [row.section])
                parent.setFirstColumnSpanned(True)
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
            item = QTreeWidgetItem(parent, [row.keys, row.command, row.tip])
            item.setData(0, Qt.ItemDataRole.UserRole, row.name)
        log = _plain(translate("MainWindow", "&Log"))  # the Log menu's title, as the section shows it
        if log in sections:
            for keys, tip in HELD_KEYS:
                QTreeWidgetItem(
                    sections[log],
                    [
                        translate("ShortcutsPage", keys),
                        translate("ShortcutsPage", "Timed episode"),
                        translate("ShortcutsPage", tip),
                    ],
                )
        self.tree.expandAll()
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)

    def keys_of(self, name: str) -> str | None:
        """The keys shown for the action with this objectName, or None when it is not listed."""
        return next((row.keys for row in self.rows if row.name == name), None)
