"""Every user command of the main window as a QAction with a stable objectName and key (design.md §6).

First screen: this module is on the bedside's start-up path and follows the start-up rules of
``desktop/ui/startup/qt_by_name.py`` (enums by name, no ``QIcon`` overloads); the rest of the ui
is ordinary PySide.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from desktop.ui.startup.qt_by_name import set_shortcut


class ActionSpec(NamedTuple):
    """What one action is called, its default key and what it does (its tooltip)."""

    # A NamedTuple, not a frozen dataclass: built at every start, it costs 0.1 ms instead of 0.4.

    name: str
    text: str
    key: str
    tip: str
    checkable: bool = False


# The contract (design.md §6) plus this window's own commands; objectNames never change.
ACTION_SPECS: Final = (
    ActionSpec(
        "log_twitch", "Log &twitch", "Space", "Log one twitch now (starts a sleep if none is running)"
    ),
    ActionSpec("toggle_sleep", "Start / end &sleep", "S", "Start the sleep, or end the sleep in progress"),
    ActionSpec(
        "toggle_episode", "Start / end &episode", "E", "Time a longer run of jerks (or hold Space 1 s)"
    ),
    ActionSpec("mark_woke", "It &woke the baby", "W", "Mark that the last twitch or episode woke the baby"),
    ActionSpec("add_note", "&Note…", "N", "Write a note on the last event, or on the sleep"),
    ActionSpec("attach_video", "Attach &video…", "V", "Attach a video clip to the last episode"),
    ActionSpec("toggle_fullscreen", "&Full screen", "F11", "Fill the screen with the bedside view", True),
    ActionSpec(
        "leave_fullscreen", "Leave full screen", "Esc", "Back to the window with its menus (Esc or F11)"
    ),
    ActionSpec("show_bedside", "&Bedside", "Ctrl+1", "Log twitches at the bedside", True),
    ActionSpec("show_review", "&Review", "Ctrl+2", "Review twitches per hour of sleep by age", True),
    ActionSpec("show_history", "&History", "Ctrl+3", "Browse and edit past sleeps and events", True),
    ActionSpec(
        "export_report", "&Export checkup report…", "Ctrl+E", "Save the checkup PDF for the review's period"
    ),
    ActionSpec("theme_system", "Follow the &system", "", "Night or day theme as the system is set", True),
    ActionSpec(
        "theme_night", "&Night (dark room)", "", "Near-black, dim, warm: keeps a dark room dark", True
    ),
    ActionSpec("theme_day", "&Day", "", "Light theme for daytime", True),
    ActionSpec("add_baby", "&Add baby…", "", "Add another baby (twins)"),
    ActionSpec("edit_baby", "&Edit baby…", "", "Change the baby's name, dates or family history"),
    ActionSpec("delete_baby", "&Delete baby…", "", "Delete the baby with its sleeps and events (undoable)"),
    ActionSpec("quit", "&Quit", "Ctrl+Q", "Close Twitch Diary"),
)

# Bedside commands that only make sense while the bedside view shows and a baby is chosen.
BEDSIDE_ACTIONS: Final = frozenset(
    {"log_twitch", "toggle_sleep", "toggle_episode", "mark_woke", "add_note", "attach_video"}
)


def tr(text: str) -> str:
    """Translate a user-visible string in the main window's context."""
    return QCoreApplication.translate("MainWindow", text)


def create_actions(parent: QObject) -> dict[str, QAction]:
    """Build one QAction per spec, owned by ``parent`` and keyed by objectName."""
    actions: dict[str, QAction] = {}
    for spec in ACTION_SPECS:
        # QAction(parent) and setText: the (text, parent) constructor's overloads take a QIcon
        # too, and telling them apart builds PySide's QIcon type (1.5 ms) before the first paint.
        action = QAction(parent)
        action.setText(tr(spec.text))
        action.setObjectName(spec.name)
        if spec.key:
            set_shortcut(action, spec.key)  # by name: see qt_by_name
        # A held key must never log a burst of twitches or flip a toggle back and forth.
        action.setAutoRepeat(False)
        action.setToolTip(tr(spec.tip))
        action.setStatusTip(tr(spec.tip))
        action.setCheckable(spec.checkable)
        actions[spec.name] = action
    return actions
