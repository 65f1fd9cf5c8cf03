"""Messages over the top of the bedside's tap area: banners, questions, errors; the area never moves.

A banner or a question that pushed the tap area down would move the target under a parent's
finger in the dark, and on a small screen push it off the window. Laid over the tap area's top
instead, where the parent is looking, it covers part of the target while it shows and leaves
the rest of the bedside exactly where it was.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from desktop.ui.overrides import override

INSET: Final = 8  # the layer sits this far inside the tap area's border


class MessageLayer(QScrollArea):
    """A column of message widgets laid over ``anchor`` (the tap area), as tall as they need.

    Shown while any of its widgets is shown; taller than the anchor, it scrolls within itself
    (the first widget, the most urgent, stays at the top). Built after the window's first paint:
    its event filter is Python code (see qt_by_name).

    Signals:
        anchor_resized(int): the anchor's new height.
        placed(int): the height its shown widgets want (0 when none shows).
    """

    anchor_resized = Signal(int)
    placed = Signal(int)

    def __init__(self, anchor: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._order: list[tuple[int, QWidget]] = []
        self.setObjectName("message_layer")
        self._anchor = anchor
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = self._content = QWidget(self)
        content.setObjectName("message_layer_content")
        self._column = QVBoxLayout(content)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(6)
        self.setWidget(content)
        anchor.installEventFilter(self)
        content.installEventFilter(self)
        self.hide()

    def add(self, widget: QWidget, order: int) -> None:
        """Put ``widget`` in the column; lower ``order`` is nearer the top."""
        widget.setParent(self._content)
        self._order.append((order, widget))
        self._order.sort(key=lambda pair: pair[0])
        self._column.insertWidget([w for _, w in self._order].index(widget), widget)
        widget.installEventFilter(self)
        self.place()

    def place(self) -> None:
        """Lay the layer over the anchor's top, as tall as its shown widgets; hide it if none shows."""
        shown = [w for _, w in self._order if not w.isHidden()]
        if not shown:
            self.hide()
            self.placed.emit(0)
            return
        anchor = self._anchor.geometry()
        width = max(anchor.width() - 2 * INSET, 1)
        column = self._column
        column.activate()
        wanted = (
            column.totalHeightForWidth(width) if column.hasHeightForWidth() else column.sizeHint().height()
        )
        height = max(min(wanted, anchor.height() - 2 * INSET), 1)
        self.setGeometry(anchor.x() + INSET, anchor.y() + INSET, width, height)
        self.show()
        self.raise_()
        self.placed.emit(wanted + 2 * INSET)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the anchor's geometry and the widgets being shown, hidden or resized."""
        kind = event.type()
        if watched is self._anchor:
            if kind in (QEvent.Type.Resize, QEvent.Type.Move):
                self.place()
            if kind == QEvent.Type.Resize:
                self.anchor_resized.emit(self._anchor.height())
        elif kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent, QEvent.Type.LayoutRequest):
            self.place()
        return super().eventFilter(watched, event)  # the scroll area follows its content's size
