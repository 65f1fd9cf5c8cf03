"""Which way the undo stack just moved: an undo, a redo, or a new change (for the bedside's status line)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QUndoStack

from desktop.ui.translation import translate


class Step(NamedTuple):
    """An undo or a redo and the text of the change it took back or made again."""

    undone: bool
    text: str

    def line(self) -> str:
        """The bedside's status line for it: ``undone: log sign``."""
        what = self.text[:1].lower() + self.text[1:]
        return (
            translate("UndoSteps", "undone: {what}")
            if self.undone
            else translate("UndoSteps", "redone: {what}")
        ).format(what=what)


class UndoSteps:
    """Follows one undo stack; ``step`` says what its last index change was.

    An undo moves the index one back with the count unchanged; a redo one forward, and the
    change it makes again is the one that was next to redo. Anything else is a new change.
    """

    def __init__(self, stack: QUndoStack) -> None:
        self._stack = stack
        self._remember()

    def _remember(self) -> None:
        stack = self._stack
        self._index, self._count = stack.index(), stack.count()
        self._undo_text, self._redo_text = stack.undoText(), stack.redoText()

    def step(self) -> Step | None:
        """The undo or redo that just happened (None for a new change); call on every index change."""
        stack = self._stack
        index, count = stack.index(), stack.count()
        found: Step | None = None
        if count == self._count and index == self._index - 1 and stack.redoText() == self._undo_text:
            found = Step(True, self._undo_text)
        elif count == self._count and index == self._index + 1 and stack.undoText() == self._redo_text:
            found = Step(False, self._redo_text)
        self._remember()
        return found
