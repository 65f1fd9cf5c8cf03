"""A label that keeps its text on one line while there is room, and wraps only when there is not.

A word-wrapped QLabel asks its layout for a guessed, narrower width and so wraps even beside
empty space; this one asks for its whole line, and wraps only when a longer language or a
narrow window gives it less.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.overrides import override


class LineLabel(QLabel):
    """Word-wrapped text whose preferred width is its text on one line."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    @override
    def sizeHint(self) -> QSize:
        """As wide as the text on one line (its height as the label works it out)."""
        hint = super().sizeHint()
        margins = self.contentsMargins()
        whole = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right()
        return QSize(max(hint.width(), whole + 2 * self.margin() + 1), hint.height())
