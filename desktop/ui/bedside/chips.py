"""Rows of "chips": a choice that stays selected between taps (body part, side) and the sign buttons.

First screen: this module is on the bedside's start-up path and follows the start-up rules of
``desktop/ui/startup/qt_by_name.py`` (enums by name, no ``QIcon`` overloads); the rest of the ui
is ordinary PySide.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from PySide6 import QtCore
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from desktop.core.value_labels import BODY_PART_LABELS
from desktop.core.value_labels import SIDE_LABELS as SIDE_WORDS
from desktop.core.value_labels import SIGN_LABELS as SIGN_WORDS
from desktop.ui.overrides import override
from desktop.ui.startup.qt_by_name import set_enum
from desktop.ui.translation import translate

if TYPE_CHECKING:  # not imported at start-up: see qt_by_name
    from PySide6.QtGui import QKeyEvent

# The chips' texts: the one spelling of each stored value (the keys), capitalised for a button.
BODY_LABELS: Final = BODY_PART_LABELS.capitalised()
SIDE_LABELS: Final = SIDE_WORDS.capitalised()
SIGN_LABELS: Final = SIGN_WORDS.capitalised()


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


class ChipRow(QWidget):
    """A caption and one checkable chip per value; exactly one is selected.

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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        label = QLabel(caption, self)
        label.setObjectName("row_caption")
        label.setMinimumWidth(70)
        layout.addWidget(label)
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
        layout.addStretch(1)
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
    """One button per sign, in short rows; a press logs that sign at once.

    Signals:
        sign_clicked(str): the sign whose button was pressed.
    """

    sign_clicked = Signal(str)

    def __init__(
        self, signs: tuple[str, ...], labels: Mapping[str, str], per_row: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sign_buttons")
        self.buttons: dict[str, ChipButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(translate("Chips", "Seen"), self)
        caption.setObjectName("row_caption")
        caption.setMinimumWidth(70)
        set_enum(caption, "alignment", "AlignLeft|AlignTop")  # beside the first row of buttons
        layout.addWidget(caption)
        grid = QGridLayout()
        grid.setSpacing(6)
        for index, sign in enumerate(signs):
            button = ChipButton(labels[sign], self)
            button.setObjectName(f"sign_{sign}")
            button.setProperty("sign", True)
            button.setProperty("value", sign)
            button.setAccessibleName(translate("Chips", "Log a sign: {sign}").format(sign=labels[sign]))
            button.setToolTip(translate("Chips", "Log that you saw this, now"))
            button.clicked.connect(self._on_button_clicked)
            grid.addWidget(button, *divmod(index, per_row))
            self.buttons[sign] = button
        layout.addLayout(grid)
        layout.addStretch(1)

    @Slot()
    def _on_button_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, ChipButton):
            self.sign_clicked.emit(str(button.property("value")))
