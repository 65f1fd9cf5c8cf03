"""The bedside's "baby is" row: asleep, drowsy or awake, changed in one tap (design.md §7)."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QWidget

from desktop.core.value_labels import STATE_LABELS
from desktop.language import QT_TRANSLATE_NOOP
from desktop.ui.bedside.chips import ChipButton, RowCaption, caption_and_chips
from desktop.ui.translation import translate

STATE_CHOICES: Final = (
    ("asleep", QT_TRANSLATE_NOOP("StateRow", "Asleep")),
    ("drowsy", QT_TRANSLATE_NOOP("StateRow", "Drowsy")),
    ("awake", QT_TRANSLATE_NOOP("StateRow", "Awake")),
)


class StateRow(QWidget):
    """Three chips for the baby's state; none is checked while the state is not known.

    Signals:
        chosen(str): the parent tapped this state.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("state_row")
        self.caption = RowCaption(translate("StateRow", "Baby is"), self)
        layout = caption_and_chips(self, self.caption)
        self._group = QButtonGroup(self)
        self.buttons: dict[str, ChipButton] = {}
        for value, text in STATE_CHOICES:
            button = ChipButton(translate("StateRow", text), self)
            button.setObjectName(f"state_{value}")
            button.setProperty("chip", True)
            button.setProperty("value", value)
            button.setCheckable(True)
            button.setAccessibleName(
                translate("StateRow", "The baby is {state}").format(state=STATE_LABELS[value])
            )
            self._group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
        self.caption.beside = self.buttons["asleep"]
        self._group.buttonClicked.connect(self._on_group_button_clicked)

    def show_state(self, state: str | None, just_woke: bool) -> None:
        """Check ``state`` (None: no chip); while just woken, Asleep reads "Asleep again"."""
        asleep = self.buttons["asleep"]
        text = translate("StateRow", "Asleep again") if just_woke else translate("StateRow", "Asleep")
        if asleep.text() != text:  # refreshed every second: only on a change
            asleep.setText(text)
        checked = self._group.checkedButton()
        if checked is not None and checked.property("value") == state:
            return
        # An exclusive group cannot show "not known" unless exclusivity is lifted for a moment.
        self._group.setExclusive(False)
        for value, button in self.buttons.items():
            button.setChecked(value == state)
        self._group.setExclusive(True)

    @Slot(QAbstractButton)
    def _on_group_button_clicked(self, button: QAbstractButton) -> None:
        self.chosen.emit(str(button.property("value")))
