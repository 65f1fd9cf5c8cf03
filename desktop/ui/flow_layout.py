"""A layout that puts its widgets side by side and wraps them onto a new line when the room runs out.

Rows of chips and buttons use it so that a longer language (Spanish, the pseudo-locale's 40 %
more) takes a second line instead of squeezing every label until its text is cut. Each widget
keeps its own natural width; lines start at the left.

The bedside's chip rows use it before the window's first paint, so it keeps to the start-up rules
of ``desktop/ui/startup/qt_by_name.py`` without needing its helpers: it never touches the ``Qt``
namespace (no alignment, no orientations), and overrides only the layout's sizing methods, which
Qt calls while laying the window out.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

from desktop.ui.overrides import override

SPACING_PX: Final = 6  # between widgets on a line and between lines: the chips' own spacing


class FlowLayout(QLayout):
    """Widgets left to right at their natural width, a new line whenever the next one would not fit.

    Its height follows its width (``heightForWidth``), so the layout above it gives it the lines
    it needs. Hidden widgets take no room.
    """

    def __init__(
        self, parent: QWidget | None = None, spacing: int = SPACING_PX, line_spacing: int = SPACING_PX
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing  # between the items of a line
        self._line_gap = line_spacing  # between lines
        self._height_for: tuple[int, int] | None = None  # the last (width, height) worked out
        # The shown items' sizes, asked of Qt once until the next invalidate (the bedside's start
        # lays its rows out dozens of times before the first paint).
        self._measured: list[tuple[QLayoutItem, QSize, int, bool]] | None = None
        self.setContentsMargins(0, 0, 0, 0)

    @override
    def addItem(self, item: QLayoutItem) -> None:
        """Take ``item`` at the end (``addWidget`` comes here)."""
        self._items.append(item)
        self.invalidate()

    def add_layout(self, layout: QLayout) -> None:
        """Take a layout as one item (a question and its answers wrap as a whole)."""
        self.addChildLayout(layout)
        self.addItem(layout)

    @override
    def count(self) -> int:
        """How many items the layout holds."""
        return len(self._items)

    @override
    def itemAt(self, index: int) -> QLayoutItem | None:
        """The item at ``index``, or None past the end."""
        return self._items[index] if 0 <= index < len(self._items) else None

    @override
    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at ``index`` (None past the end)."""
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    @override
    def invalidate(self) -> None:
        """Forget the worked-out sizes: a widget's text or the style changed."""
        self._height_for = None
        self._measured = None
        super().invalidate()

    @override
    def hasHeightForWidth(self) -> bool:
        """Yes: the narrower the room, the more lines."""
        return True

    @override
    def heightForWidth(self, width: int) -> int:
        """The height all the lines take at ``width``."""
        if self._height_for is None or self._height_for[0] != width:
            self._height_for = (width, self._place(QRect(0, 0, width, 0), move=False))
        return self._height_for[1]

    @override
    def setGeometry(self, rect: QRect) -> None:
        """Lay the widgets out in ``rect``, wrapping as they need."""
        super().setGeometry(rect)
        self._place(rect, move=True)

    @override
    def sizeHint(self) -> QSize:
        """All the widgets on one line."""
        sizes = [size for _, size, _, _ in self._measure()]
        margins = self.contentsMargins()
        width = sum(size.width() for size in sizes) + self._gap * max(0, len(sizes) - 1)
        height = max((size.height() for size in sizes), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    @override
    def minimumSize(self) -> QSize:
        """As wide as the widest item can be made (a button keeps its whole text), one line high."""
        measured = self._measure()
        margins = self.contentsMargins()
        width = max((least for _, _, least, _ in measured), default=0)
        height = max((item.minimumSize().height() for item, _, _, _ in measured), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def _measure(self) -> list[tuple[QLayoutItem, QSize, int, bool]]:
        """Each shown item, its natural size (never under its minimum), least width, and whether its
        height follows its width."""
        if self._measured is None:
            self._measured = []
            for item in self._items:
                if item.isEmpty():  # a hidden widget
                    continue
                least = item.minimumSize()
                size = item.sizeHint().expandedTo(least)
                self._measured.append((item, size, least.width(), item.hasHeightForWidth()))
        return self._measured

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Put the items in lines inside ``rect`` (only work it out unless ``move``); the height used.

        Each item is centred in the height of its line (a caption beside taller choosers).
        """
        margins = self.contentsMargins()
        left = rect.x() + margins.left()
        right = rect.x() + rect.width() - margins.right()
        top = rect.y() + margins.top()
        x, y, line = left, top, 0
        placed: list[tuple[QLayoutItem, int, int, int]] = []  # the current line's items: x, width, height

        def close_line() -> None:
            if move:
                for item, at, width, height in placed:
                    item.setGeometry(QRect(at, y + (line - height) // 2, width, height))
            placed.clear()

        for item, size, least, follows in self._measure():
            # Its natural width if the line has it, else the whole line (a question whose words
            # wrap); never under its minimum.
            width = max(min(size.width(), right - left), least)
            if x > left and x + width > right:
                close_line()
                x, y, line = left, y + line + self._line_gap, 0
            height = item.heightForWidth(width) if follows else size.height()
            placed.append((item, x, width, height))
            x += width + self._gap
            line = max(line, height)
        close_line()
        return y + line - top + margins.top() + margins.bottom()
