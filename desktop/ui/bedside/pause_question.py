"""The one-tap question asked at the bedside when a breathing pause is marked: how long did it last?"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.model import Event
from desktop.core.value_labels import PAUSE_LENGTH_LABELS, capitalised, not_sure
from desktop.ui.bedside.chips import ChipButton
from desktop.ui.translation import translate

NOT_SURE: Final = "not_sure"  # the object name's part for the "not sure" button


def _choices() -> tuple[tuple[str | None, str], ...]:
    """(stored value, button label); None is "not sure", stored as an empty pause length (design.md §3)."""
    return (
        *((key, capitalised(label)) for key, label in PAUSE_LENGTH_LABELS.items()),
        (None, capitalised(not_sure())),
    )


class PauseQuestion(QFrame):
    """Asks how long the breathing pause of one stored event lasted; every answer is one tap.

    Signals:
        asked(): the question was shown for an event.
        answered(str, object): the event's id and the pause length chosen (None for "not sure").
    """

    asked = Signal()
    answered = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pause_question")
        self.setAccessibleName(translate("PauseQuestion", "How long was the pause in breathing?"))
        self.asked_event: Event | None = None
        self.question_label = QLabel(translate("PauseQuestion", "How long was the pause in breathing?"), self)
        self.question_label.setObjectName("pause_question_title")
        self.buttons: dict[str, QPushButton] = {}
        line = QHBoxLayout()
        line.setSpacing(6)
        for value, text in _choices():
            button = ChipButton(text, self)
            key = value or NOT_SURE
            button.setObjectName(f"pause_length_{key}")
            button.setProperty("chip", True)
            button.setCheckable(True)
            button.setAccessibleName(
                translate("PauseQuestion", "Pause in breathing: {length}").format(length=text)
            )
            button.setProperty("value", key)
            button.clicked.connect(self._on_button_clicked)
            line.addWidget(button)
            self.buttons[key] = button
        line.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.question_label)
        layout.addLayout(line)
        self.hide()

    def ask(self, event: Event | None) -> None:
        """Ask about this stored event's breathing pause, showing its stored answer; None hides."""
        self.asked_event = event
        if event is None or "breathing_pause" not in event.signs:
            self.asked_event = None
            self.hide()
            return
        chosen = event.pause_length
        for key, button in self.buttons.items():
            button.setChecked(chosen is not None and key == chosen)
        self.show()
        self.asked.emit()

    @Slot()
    def _on_button_clicked(self) -> None:
        button = self.sender()
        if self.asked_event is None or not isinstance(button, QPushButton):
            return
        key = str(button.property("value"))
        event_id = self.asked_event.id
        self.hide()
        self.asked_event = None
        self.answered.emit(event_id, None if key == NOT_SURE else key)
