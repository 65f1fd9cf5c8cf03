"""The twins' bar at the top of the bedside: one large button per baby, each saying if a sleep runs.

A drop-down list hid which baby had a sleep running and shifted under the pointer (a wrong twin
was picked); one button per baby names the one shown, is one tap away and stays in full screen.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QWidget

from desktop.core.model import Baby
from desktop.store.diary import Diary
from desktop.ui.bedside.chips import ChipButton
from desktop.ui.bedside.tap_area import duration_text
from desktop.ui.translation import translate


class TwinsBar(QWidget):
    """One checkable button per baby (shown with two babies or more), the one logged for checked.

    Signals:
        baby_selected(str): the parent tapped this baby's button; carries its id.
    """

    baby_selected = Signal(str)

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("twins_bar")
        self.setAccessibleName(translate("TwinsBar", "Which baby"))
        self._diary = diary
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, ChipButton] = {}
        self._babies: tuple[Baby, ...] = ()
        self.hide()

    def show_babies(self, babies: tuple[Baby, ...], current: Baby | None, now: datetime) -> None:
        """List these babies, ``current`` checked; hidden with fewer than two."""
        if tuple(b.id for b in babies) != tuple(b.id for b in self._babies) or any(
            a.name != b.name for a, b in zip(babies, self._babies, strict=False)
        ):
            self._rebuild(babies)
        self._babies = babies
        for baby_id, button in self.buttons.items():
            button.setChecked(current is not None and baby_id == current.id)
        self.setVisible(len(babies) > 1)
        self.refresh(now)

    def _rebuild(self, babies: tuple[Baby, ...]) -> None:
        for button in self.buttons.values():
            self._group.removeButton(button)
            button.deleteLater()
        self.buttons = {}
        for index, baby in enumerate(babies):
            button = ChipButton(baby.name, self)
            button.setObjectName(f"twin_{index + 1}")
            button.setProperty("chip", True)
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, b=baby.id: self._on_button_clicked(b))
            self._group.addButton(button)
            self._layout.addWidget(button)
            self.buttons[baby.id] = button

    def refresh(self, now: datetime) -> None:
        """Say on each button whether that baby's sleep is running, and for how long."""
        if self.isHidden():
            return
        for baby in self._babies:
            button = self.buttons.get(baby.id)
            if button is None:
                continue
            sleep = self._diary.sleeps.running(baby.id)
            if sleep is None:
                text, tip = (
                    baby.name,
                    translate("TwinsBar", "{name}: no sleep running").format(name=baby.name),
                )
            else:
                length = duration_text(sleep.duration(now).total_seconds())
                text = translate("TwinsBar", "{name} · asleep {length}").format(name=baby.name, length=length)
                tip = translate("TwinsBar", "{name}: asleep since {start}").format(
                    name=baby.name, start=sleep.start.strftime("%H:%M")
                )
            if button.text() != text:
                button.setText(text)
                button.setAccessibleName(tip)
                button.setToolTip(tip)
                button.setProperty("sleeping", sleep is not None)

    @Slot(str)
    def _on_button_clicked(self, baby_id: str) -> None:
        self.baby_selected.emit(baby_id)
