"""Rows of "chips": a choice that stays selected between taps (body part, side) and the sign buttons.

First screen: this module is on the bedside's start-up path and follows the start-up rules of
``desktop/ui/startup/qt_by_name.py`` (enums by name, no ``QIcon`` overloads); the rest of the ui
is ordinary PySide.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from PySide6 import QtCore
from PySide6.QtCore import QSize, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from desktop.core.value_labels import BODY_PART_LABELS
from desktop.core.value_labels import SIDE_LABELS as SIDE_WORDS
from desktop.core.value_labels import SIGN_LABELS as SIGN_WORDS
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.overrides import override
from desktop.ui.startup.qt_by_name import set_enum, top_aligned
from desktop.ui.translation import translate

if TYPE_CHECKING:  # not imported at start-up: see qt_by_name
    from PySide6.QtGui import QKeyEvent

# The chips' texts: the one spelling of each stored value (the keys), capitalised for a button.
BODY_LABELS: Final = BODY_PART_LABELS.capitalised()
SIDE_LABELS: Final = SIDE_WORDS.capitalised()
SIGN_LABELS: Final = SIGN_WORDS.capitalised()
CAPTION_MIN_PX: Final = 70  # the captions' column at least; a longer caption widens it for every row


def is_enter(event: QKeyEvent) -> bool:
    """Whether a key press is Enter or Return, not held down (auto-repeat)."""
    # QtCore.Qt, not an imported Qt: this module is on the start-up path (see qt_by_name).
    keys = (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)
    return event.key() in keys and not event.isAutoRepeat()


class ChipButton(QPushButton):
    """A push button that Enter also presses (Space is the bedside's twitch key)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        # Not QPushButton(text, parent): its overloads take a QIcon too, and telling them apart
        # builds PySide's QIcon type (1.5 ms) before the bedside's first paint (see qt_by_name).
        super().__init__(parent)
        self.setText(text)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Press the button on Enter/Return; everything else as a normal button."""
        if is_enter(event):
            self.click()
            return
        super().keyPressEvent(event)


class ActionButton(QToolButton):
    """A tool button for an action that Enter also presses (Space is the bedside's twitch key).

    ``enter_presses`` False for an action that ends or takes away something (End sleep): an Enter
    meant for a panel that just closed must never reach it; its own key (S) and a click do.
    """

    enter_presses = True

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Press the button on Enter/Return (unless it is guarded); everything else as usual."""
        if is_enter(event):
            if self.enter_presses:
                self.click()
            event.accept()
            return
        super().keyPressEvent(event)


class RowCaption(QLabel):
    """A row's caption, in a column with the other rows' captions, beside the row's first line.

    As wide as the widest caption it is aligned with (``align_captions``), so every row's chips
    start at the same place whatever the language, and as high as the chip beside it, so the
    word sits level with the first line of chips when the row wraps.
    """

    def __init__(self, text: str, parent: QWidget | None = None, name: str = "row_caption") -> None:
        super().__init__(text, parent)
        self.setObjectName(name)
        self.setMinimumWidth(CAPTION_MIN_PX)
        set_enum(self, "alignment", "AlignLeft|AlignVCenter")
        self.column: list[RowCaption] = [self]
        self.beside: QWidget | None = None

    @override
    def sizeHint(self) -> QSize:
        """The widest caption of the column (the words' own width), the chip's height."""
        # QLabel.sizeHint, not caption.sizeHint(): each caption's own words, without this rule.
        width = max(QLabel.sizeHint(caption).width() for caption in self.column)
        height = QLabel.sizeHint(self).height()
        if self.beside is not None:
            height = max(height, self.beside.sizeHint().height())
        return QSize(max(width, self.minimumWidth()), height)

    @override
    def minimumSizeHint(self) -> QSize:
        """Never narrower than its words or the column's: a caption is not cut."""
        return self.sizeHint()


def align_captions(*captions: RowCaption) -> None:
    """Make ``captions`` one column: each as wide as the widest of them."""
    column = list(captions)
    for caption in column:
        caption.column = column


def caption_line(caption: RowCaption) -> tuple[QHBoxLayout, FlowLayout]:
    """A caption and, beside it, the lines of chips: the whole line and the chips' part, to fill."""
    line = QHBoxLayout()
    line.setContentsMargins(0, 0, 0, 0)
    line.setSpacing(6)
    line.addLayout(top_aligned(caption))
    chips = FlowLayout()
    line.addLayout(chips, 1)
    return line, chips


def caption_and_chips(row: QWidget, caption: RowCaption) -> FlowLayout:
    """Lay ``row`` out as its caption and, beside it, the lines of chips (returned, to fill)."""
    line, chips = caption_line(caption)
    row.setLayout(line)
    return chips


class ChipRow(QWidget):
    """A caption and one checkable chip per value, on more lines if they need; exactly one is selected.

    Keyboard: Tab reaches the selected chip, the arrow keys move the choice along the row.

    Signals:
        changed(str): the selected value changed (by a click or ``set_value``).
    """

    changed = Signal(str)

    def __init__(
        self,
        name: str,
        caption: str,
        values: tuple[str, ...],
        labels: Mapping[str, str],
        *,
        default: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, ChipButton] = {}
        self.caption = RowCaption(caption, self)
        layout = caption_and_chips(self, self.caption)
        for value in values:
            button = ChipButton(labels.get(value, value), self)
            button.setObjectName(f"{name}_{value}")
            button.setProperty("chip", True)
            button.setProperty("value", value)
            button.setCheckable(True)
            button.setAccessibleName(f"{caption} {labels.get(value, value)}")
            self._group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
        self.caption.beside = next(iter(self.buttons.values()))
        self._group.buttonClicked.connect(self._on_group_button_clicked)
        self.set_value(default)

    def value(self) -> str:
        """The selected value."""
        checked = self._group.checkedButton()
        return str(checked.property("value")) if checked is not None else ""

    def set_value(self, value: str) -> None:
        """Select a value."""
        self.buttons[value].setChecked(True)
        self.changed.emit(value)

    @Slot(QAbstractButton)
    def _on_group_button_clicked(self, button: QAbstractButton) -> None:
        self.changed.emit(str(button.property("value")))


class SignButtons(QWidget):
    """One button per sign, in as many lines as they need; a press logs that sign at once.

    Signals:
        sign_clicked(str): the sign whose button was pressed.
    """

    sign_clicked = Signal(str)

    def __init__(
        self, signs: tuple[str, ...], labels: Mapping[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sign_buttons")
        self.buttons: dict[str, ChipButton] = {}
        self.caption = RowCaption(translate("Chips", "Seen"), self)
        lines = caption_and_chips(self, self.caption)
        for sign in signs:
            button = ChipButton(labels[sign], self)
            button.setObjectName(f"sign_{sign}")
            button.setProperty("sign", True)
            button.setProperty("value", sign)
            button.setAccessibleName(translate("Chips", "Log a sign: {sign}").format(sign=labels[sign]))
            button.setToolTip(translate("Chips", "Log that you saw this, now"))
            button.clicked.connect(self._on_button_clicked)
            lines.addWidget(button)
            self.buttons[sign] = button
        self.caption.beside = next(iter(self.buttons.values()))

    @Slot()
    def _on_button_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, ChipButton):
            self.sign_clicked.emit(str(button.property("value")))
