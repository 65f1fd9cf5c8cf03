"""The small, non-blocking panel that asks about an episode once it has ended (every answer optional).

First screen: this module is on the bedside's start-up path and follows the start-up rules of
``desktop/ui/startup/qt_by_name.py`` (enums by name, no ``QIcon`` overloads); the rest of the ui
is ordinary PySide.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import resources
from desktop.core.model import Event
from desktop.core.value_labels import STATE_LABELS, STOPPED_ON_WAKING_LABELS, YES_NO_LABELS
from desktop.language import QT_TRANSLATE_NOOP
from desktop.ui.bedside.chips import SIGN_LABELS, ChipButton, RowCaption, caption_line
from desktop.ui.bedside.tap_area import duration_text
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.line_label import LineLabel
from desktop.ui.startup.qt_by_name import top_aligned
from desktop.ui.translation import translate

TIPS: Final = ("text", "bedside", "episode.json")  # the tips shown while and after timing an episode
# The signs the panel asks about after an episode (the ones that change what to do).
PANEL_SIGNS: Final = ("stiffening", "eyes_rolling", "breathing_pause", "color_change", "unresponsive")
# Each question: the Event field it fills, its wording, and (stored value, button label) pairs.
# The answers' words are read when the panel is built, so they are in the run's language.
QUESTIONS: Final[tuple[tuple[str, str, Mapping[str, str]], ...]] = (
    ("state", QT_TRANSLATE_NOOP("EpisodePanel", "The baby was"), STATE_LABELS.capitalised()),
    (
        "stopped_on_waking",
        QT_TRANSLATE_NOOP("EpisodePanel", "Did it stop when the baby woke?"),
        STOPPED_ON_WAKING_LABELS.capitalised(),
    ),
    (
        "rhythmic",
        QT_TRANSLATE_NOOP("EpisodePanel", "Rhythmic, like a steady beat?"),
        YES_NO_LABELS.capitalised(),
    ),
)


def _stored(field: str, value: str) -> object:
    """The Event field value a button stands for (rhythmic is a bool)."""
    if field == "rhythmic":
        return value == "yes"
    return value


def _shown(field: str, event: Event) -> str | None:
    """Which button of a question the stored episode selects, if any."""
    if field == "state":
        return event.state
    if field == "stopped_on_waking":
        return event.stopped_on_waking
    if event.rhythmic is None:
        return None
    return "yes" if event.rhythmic else "no"


class EpisodePanel(QFrame):
    """Questions about one stored episode; answering never blocks logging.

    Signals:
        answered(str, str, object): event id, field name and the new value of that field.
        closed(): the parent is done with the questions.
    """

    answered = Signal(str, str, object)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("episode_panel")
        self.setAccessibleName(translate("EpisodePanel", "Questions about the episode"))
        self.episode: Event | None = None
        self.title_label = QLabel(self)
        self.title_label.setObjectName("episode_panel_title")
        tips = resources.read_localized_json(*TIPS)
        self.tip_label = QLabel(str(tips["after"]), self)
        self.tip_label.setObjectName("episode_panel_tip")
        self.tip_label.setWordWrap(True)
        self.buttons: dict[str, dict[str, QPushButton]] = {}
        self._groups: dict[str, QButtonGroup] = {}

        # Each question with its answers is one piece; the pieces take as many lines as they need.
        questions = FlowLayout(spacing=24)
        wording = {field: (question, choices) for field, question, choices in QUESTIONS}
        # The two short ones first, to share a line; built in the order shown, so Tab follows it.
        for field in ("state", "rhythmic", "stopped_on_waking"):
            questions.add_layout(self._question(field, *wording[field]))

        self.done_button = ChipButton(translate("EpisodePanel", "Done"), self)
        self.done_button.setObjectName("episode_panel_done")
        self.done_button.setAccessibleName(translate("EpisodePanel", "Close the episode questions"))
        self.done_button.clicked.connect(self._on_done_button_clicked)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addLayout(top_aligned(self.done_button))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(top)
        layout.addWidget(self.tip_label)
        layout.addLayout(questions)
        layout.addLayout(self._signs_line())
        self.hide()

    def _question(self, field: str, question: str, choices: Mapping[str, str]) -> QHBoxLayout:
        """A question's label and its one-tap answers, exclusive, none chosen at first."""
        line = QHBoxLayout()
        line.setSpacing(6)
        asked = translate("EpisodePanel", question)
        # Without room for all of it on one line, the words wrap and the answers take more lines,
        # rather than the buttons' words being cut.
        line.addWidget(LineLabel(asked, self))
        answers = FlowLayout()
        line.addLayout(answers)
        group = QButtonGroup(self)
        group.setExclusive(True)
        self.buttons[field] = {}
        for value, label in choices.items():
            button = self._button(f"answer_{field}_{value}", label, f"{asked} {label}")
            button.setProperty("field", field)
            button.setProperty("value", value)
            group.addButton(button)
            answers.addWidget(button)
            self.buttons[field][value] = button
        group.buttonClicked.connect(self._on_group_button_clicked)
        self._groups[field] = group
        return line

    def _signs_line(self) -> QHBoxLayout:
        caption = RowCaption(translate("EpisodePanel", "Also seen?"), self, name="")
        caption.setMinimumWidth(0)
        line, chips = caption_line(caption)
        self.buttons["signs"] = {}
        for sign in PANEL_SIGNS:
            button = self._button(f"answer_sign_{sign}", SIGN_LABELS[sign], SIGN_LABELS[sign])
            button.setProperty("value", sign)
            button.clicked.connect(self._on_sign_button_clicked)
            chips.addWidget(button)
            self.buttons["signs"][sign] = button
        caption.beside = self.buttons["signs"][PANEL_SIGNS[0]]
        return line

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = ChipButton(text, self)
        button.setObjectName(name)
        button.setProperty("chip", True)
        button.setCheckable(True)
        button.setAccessibleName(accessible)
        return button

    def show_event(self, event: Event | None) -> None:
        """Ask about this stored episode and show its stored answers; None hides the panel."""
        self.episode = event
        if event is None:
            self.hide()
            return
        self.title_label.setText(
            translate("EpisodePanel", "Episode at {time}, {length} long").format(
                time=event.at.strftime("%H:%M:%S"), length=duration_text(round(event.duration_s or 0.0))
            )
        )
        for field, buttons in self.buttons.items():
            if field == "signs":
                for sign, button in buttons.items():
                    button.setChecked(sign in event.signs)
                continue
            selected = _shown(field, event)
            group = self._groups[field]
            # An exclusive group cannot show "no answer" unless exclusivity is lifted for a moment.
            group.setExclusive(False)
            for value, button in buttons.items():
                button.setChecked(value == selected)
            group.setExclusive(True)
        self.show()

    @Slot(QAbstractButton)
    def _on_group_button_clicked(self, button: QAbstractButton) -> None:
        if self.episode is None:
            return
        field = str(button.property("field"))
        self.answered.emit(self.episode.id, field, _stored(field, str(button.property("value"))))

    @Slot()
    def _on_sign_button_clicked(self) -> None:
        button = self.sender()
        if self.episode is None or not isinstance(button, QPushButton):
            return
        sign = str(button.property("value"))
        signs = set(self.episode.signs)
        if button.isChecked():
            signs.add(sign)
        else:
            signs.discard(sign)
        self.answered.emit(self.episode.id, "signs", frozenset(signs))

    @Slot()
    def _on_done_button_clicked(self) -> None:
        self.hide()
        self.closed.emit()
