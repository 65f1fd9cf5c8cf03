"""Every user command of the main window as a QAction with a stable objectName and key (design.md §6).

First screen: this module is on the bedside's start-up path and follows the start-up rules of
``desktop/ui/startup/qt_by_name.py`` (enums by name, no ``QIcon`` overloads); the rest of the ui
is ordinary PySide.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from desktop.language import QT_TRANSLATE_NOOP
from desktop.ui.startup.qt_by_name import set_shortcut
from desktop.ui.translation import translate


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
        "log_twitch",
        QT_TRANSLATE_NOOP("MainWindow", "Log &twitch"),
        "Space",
        QT_TRANSLATE_NOOP("MainWindow", "Log one twitch now (starts a sleep if none is running)"),
    ),
    ActionSpec(
        "toggle_sleep",
        QT_TRANSLATE_NOOP("MainWindow", "Start / end &sleep"),
        "S",
        QT_TRANSLATE_NOOP("MainWindow", "Start the sleep, or end the sleep in progress"),
    ),
    ActionSpec(
        "toggle_episode",
        QT_TRANSLATE_NOOP("MainWindow", "Start / end &episode"),
        "E",
        QT_TRANSLATE_NOOP("MainWindow", "Time a longer run of jerks (or hold Space 1 s)"),
    ),
    ActionSpec(
        "mark_woke",
        QT_TRANSLATE_NOOP("MainWindow", "It &woke the baby"),
        "W",
        QT_TRANSLATE_NOOP("MainWindow", "Mark that the last twitch or episode woke the baby"),
    ),
    ActionSpec(
        "add_note",
        QT_TRANSLATE_NOOP("MainWindow", "&Note…"),
        "N",
        QT_TRANSLATE_NOOP("MainWindow", "Write a note on the last event, or on the sleep"),
    ),
    ActionSpec(
        "attach_video",
        QT_TRANSLATE_NOOP("MainWindow", "Attach &video…"),
        "V",
        QT_TRANSLATE_NOOP("MainWindow", "Attach a video clip to the last episode"),
    ),
    ActionSpec(
        "toggle_fullscreen",
        QT_TRANSLATE_NOOP("MainWindow", "&Full screen"),
        "F11",
        QT_TRANSLATE_NOOP("MainWindow", "Fill the screen with the bedside view"),
        True,
    ),
    ActionSpec(
        "leave_fullscreen",
        QT_TRANSLATE_NOOP("MainWindow", "Leave full screen"),
        "Esc",
        QT_TRANSLATE_NOOP("MainWindow", "Back to the window with its menus (Esc or F11)"),
    ),
    ActionSpec(
        "show_bedside",
        QT_TRANSLATE_NOOP("MainWindow", "&Bedside"),
        "Ctrl+1",
        QT_TRANSLATE_NOOP("MainWindow", "Log twitches at the bedside"),
        True,
    ),
    ActionSpec(
        "show_review",
        QT_TRANSLATE_NOOP("MainWindow", "&Review"),
        "Ctrl+2",
        QT_TRANSLATE_NOOP("MainWindow", "Review twitches per hour of sleep by age"),
        True,
    ),
    ActionSpec(
        "show_history",
        QT_TRANSLATE_NOOP("MainWindow", "&History"),
        "Ctrl+3",
        QT_TRANSLATE_NOOP("MainWindow", "Browse and edit past sleeps and events"),
        True,
    ),
    ActionSpec(
        "export_report",
        QT_TRANSLATE_NOOP("MainWindow", "&Export checkup report…"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP("MainWindow", "Save the checkup PDF for the review's period"),
    ),
    ActionSpec(
        "theme_system",
        QT_TRANSLATE_NOOP("MainWindow", "Follow the &system"),
        "",
        QT_TRANSLATE_NOOP("MainWindow", "As the desktop is set by day; the night theme from 19:00 to 06:00"),
        True,
    ),
    ActionSpec(
        "theme_night",
        QT_TRANSLATE_NOOP("MainWindow", "&Night (dark room)"),
        "",
        QT_TRANSLATE_NOOP("MainWindow", "Near-black, dim, warm: keeps a dark room dark"),
        True,
    ),
    ActionSpec(
        "theme_day",
        QT_TRANSLATE_NOOP("MainWindow", "&Day"),
        "",
        QT_TRANSLATE_NOOP("MainWindow", "Light theme for daytime"),
        True,
    ),
    ActionSpec(
        "add_baby",
        QT_TRANSLATE_NOOP("MainWindow", "&Add baby…"),
        "",
        QT_TRANSLATE_NOOP("MainWindow", "Add another baby (twins)"),
    ),
    ActionSpec(
        "edit_baby",
        QT_TRANSLATE_NOOP("MainWindow", "&Edit baby…"),
        "",
        QT_TRANSLATE_NOOP("MainWindow", "Change the baby's name, dates or family history"),
    ),
    ActionSpec(
        "delete_baby",
        QT_TRANSLATE_NOOP("MainWindow", "&Delete baby…"),
        "",
        QT_TRANSLATE_NOOP("MainWindow", "Delete the baby with its sleeps and events (undoable)"),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        "Ctrl+Q",
        QT_TRANSLATE_NOOP("MainWindow", "Close Twitch Diary"),
    ),
)

# Bedside commands that only make sense while the bedside view shows and a baby is chosen.
BEDSIDE_ACTIONS: Final = frozenset(
    {"log_twitch", "toggle_sleep", "toggle_episode", "mark_woke", "add_note", "attach_video"}
)


def create_actions(parent: QObject) -> dict[str, QAction]:
    """Build one QAction per spec, owned by ``parent`` and keyed by objectName."""
    actions: dict[str, QAction] = {}
    for spec in ACTION_SPECS:
        # QAction(parent) and setText: the (text, parent) constructor's overloads take a QIcon
        # too, and telling them apart builds PySide's QIcon type (1.5 ms) before the first paint.
        action = QAction(parent)
        action.setText(translate("MainWindow", spec.text))
        action.setObjectName(spec.name)
        if spec.key:
            set_shortcut(action, spec.key)  # by name: see qt_by_name
        # A held key must never log a burst of twitches or flip a toggle back and forth.
        action.setAutoRepeat(False)
        action.setToolTip(translate("MainWindow", spec.tip))
        action.setStatusTip(translate("MainWindow", spec.tip))
        action.setCheckable(spec.checkable)
        actions[spec.name] = action
    return actions
