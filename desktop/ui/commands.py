"""Undoable changes to the diary: every edit, tap and sleep goes through a QUndoStack command.

A change is applied (and durably committed) *before* its command is pushed, so a write that fails
raises to the caller, which shows the tap as not logged; the stack never holds a change that
did not happen. Views refresh on ``QUndoStack.indexChanged``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.core.model import Baby, Event, Sleep
from desktop.language import QT_TRANSLATE_NOOP, translate
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.ui.overrides import override

ErrorReporter = Callable[[str], None]

# The names of the changes, in the parent's language where they show (the bedside's "undone: …",
# the Edit menu's Undo and Redo): as plain English they showed under --lang es.
STEP_NAMES: Final = (
    QT_TRANSLATE_NOOP("Commands", "Log twitch"),
    QT_TRANSLATE_NOOP("Commands", "Log episode"),
    QT_TRANSLATE_NOOP("Commands", "Log sign"),
    QT_TRANSLATE_NOOP("Commands", "Edit event"),
    QT_TRANSLATE_NOOP("Commands", "Delete event"),
    QT_TRANSLATE_NOOP("Commands", "Start sleep"),
    QT_TRANSLATE_NOOP("Commands", "End sleep"),
    QT_TRANSLATE_NOOP("Commands", "End forgotten sleep"),
    QT_TRANSLATE_NOOP("Commands", "Note on sleep"),
    QT_TRANSLATE_NOOP("Commands", "Add past sleep"),
    QT_TRANSLATE_NOOP("Commands", "Edit sleep"),
    QT_TRANSLATE_NOOP("Commands", "Delete sleep"),
    QT_TRANSLATE_NOOP("Commands", "Add baby"),
    QT_TRANSLATE_NOOP("Commands", "Edit baby"),
    QT_TRANSLATE_NOOP("Commands", "Delete baby"),
    QT_TRANSLATE_NOOP("Commands", "Note"),
    QT_TRANSLATE_NOOP("Commands", "Attach video"),
    QT_TRANSLATE_NOOP("Commands", "Woke the baby"),
    QT_TRANSLATE_NOOP("Commands", "Answer"),
    QT_TRANSLATE_NOOP("Commands", "Pause length"),
)


class DiaryCommand(QUndoCommand):
    """A change with a forward and a backward step; the first forward step runs in ``apply``."""

    def __init__(self, text: str, forward: Callable[[], None], backward: Callable[[], None]) -> None:
        # A name of STEP_NAMES in the language; a name already worded by its caller stays as it is.
        super().__init__(translate("Commands", text))
        self._forward = forward
        self._backward = backward
        self._applied = False
        self.report_error: ErrorReporter | None = None

    def apply(self) -> None:
        """Make the change now; raises StoreError (nothing changed) if it cannot be written."""
        self._forward()
        self._applied = True

    def _run(self, step: Callable[[], None]) -> None:
        # Qt calls undo/redo from C++, where a Python exception would be lost: report it instead.
        try:
            step()
        except StoreError as error:
            self.setObsolete(True)
            if self.report_error is not None:
                self.report_error(str(error))

    @override
    def redo(self) -> None:
        if self._applied:
            self._applied = False  # the push after apply() must not write a second time
            return
        self._run(self._forward)

    @override
    def undo(self) -> None:
        self._run(self._backward)


def push(stack: QUndoStack, command: DiaryCommand, report_error: ErrorReporter | None = None) -> None:
    """Apply a command (raising StoreError if it fails, with nothing pushed) and push it for undo."""
    command.report_error = report_error
    command.apply()
    stack.push(command)


def add_event(diary: Diary, event: Event, text: str = "Log twitch") -> DiaryCommand:
    """Log one event (a tap, an episode or a sign)."""
    return DiaryCommand(text, lambda: diary.events.add(event), lambda: diary.events.delete(event.id))


def update_event(diary: Diary, before: Event, after: Event, text: str = "Edit event") -> DiaryCommand:
    """Change an event's fields."""
    return DiaryCommand(text, lambda: diary.events.update(after), lambda: diary.events.update(before))


def delete_event(diary: Diary, event: Event, text: str = "Delete event") -> DiaryCommand:
    """Remove one event."""
    return DiaryCommand(text, lambda: diary.events.delete(event.id), lambda: diary.events.add(event))


def add_sleep(diary: Diary, sleep: Sleep, text: str = "Start sleep") -> DiaryCommand:
    """Add a sleep (started now, or a past one entered by hand)."""
    return DiaryCommand(text, lambda: diary.sleeps.add(sleep), lambda: diary.sleeps.delete(sleep.id))


def update_sleep(diary: Diary, before: Sleep, after: Sleep, text: str = "Edit sleep") -> DiaryCommand:
    """Change a sleep (end it, or edit its times, kind or note)."""
    return DiaryCommand(text, lambda: diary.sleeps.update(after), lambda: diary.sleeps.update(before))


def delete_sleep(diary: Diary, sleep: Sleep, events: list[Event], text: str = "Delete sleep") -> DiaryCommand:
    """Remove a sleep with its events; undo puts all of them back in one transaction."""

    def restore() -> None:
        with diary.transaction():
            diary.sleeps.add(sleep)
            diary.events.add_many(events)

    return DiaryCommand(text, lambda: diary.sleeps.delete(sleep.id), restore)


def add_baby(diary: Diary, baby: Baby, text: str = "Add baby") -> DiaryCommand:
    """Add a baby."""
    return DiaryCommand(text, lambda: diary.babies.add(baby), lambda: diary.babies.delete(baby.id))


def update_baby(diary: Diary, before: Baby, after: Baby, text: str = "Edit baby") -> DiaryCommand:
    """Change a baby's details."""
    return DiaryCommand(text, lambda: diary.babies.update(after), lambda: diary.babies.update(before))


def delete_baby(
    diary: Diary,
    baby: Baby,
    sleeps: list[Sleep],
    events: list[Event],
    *,
    text: str = "Delete baby",
    restored: Callable[[Baby], None] | None = None,
) -> DiaryCommand:
    """Remove a baby with all its sleeps and events; undo puts every one back in one transaction.

    ``restored`` is told the baby after an undo brought it back (the window shows it again).
    """

    def restore() -> None:
        with diary.transaction():
            diary.babies.add(baby)
            for sleep in sleeps:
                diary.sleeps.add(sleep)
            diary.events.add_many(events)
        if restored is not None:
            restored(baby)

    return DiaryCommand(text, lambda: diary.babies.delete(baby.id), restore)
