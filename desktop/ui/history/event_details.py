"""Every field of one logged event in words: the history's detail pane under the event list."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.model import Event
from desktop.core.value_labels import NOT_SURE
from desktop.ui.value_labels import (
    BODY_PART_LABELS,
    EVENT_KIND_LABELS,
    PAUSE_LENGTH_LABELS,
    SIDE_LABELS,
    STATE_LABELS,
    STOPPED_ON_WAKING_LABELS,
    date_text,
    seconds_text,
    sign_list,
)

NOT_NOTED: Final = "not noted"  # a question the parent left open
RHYTHMIC_WORDS: Final = {True: "yes, a steady beat", False: "no, irregular"}


def time_text(event: Event) -> str:
    """The event's local time to the second (tenths when the tap had them), and its date."""
    tenths = event.at.microsecond // 100_000
    clock = f"{event.at:%H:%M:%S}" + (f".{tenths}" if tenths else "")
    return f"{clock}, {date_text(event.at)}"


def detail_lines(event: Event) -> list[str]:
    """One line per field, in the order a parent reads them; nothing stored is left out."""
    kind = EVENT_KIND_LABELS.get(event.kind, event.kind)
    lines = [f"{kind[:1].upper()}{kind[1:]} at {time_text(event)}"]
    part = BODY_PART_LABELS.get(event.body_part, event.body_part)
    lines.append(f"Body part: {part}, side: {SIDE_LABELS.get(event.side, event.side)}")
    lines.append(f"Baby's state: {STATE_LABELS.get(event.state, event.state)}")
    if event.duration_s is not None:
        lines.append(f"Lasted: {seconds_text(event.duration_s)}")
    lines.append(f"Woke the baby: {'yes' if event.woke_baby else 'no'}")
    lines.append(f"Rhythmic: {NOT_NOTED if event.rhythmic is None else RHYTHMIC_WORDS[event.rhythmic]}")
    stopped = event.stopped_on_waking
    stopped_words = NOT_NOTED if stopped is None else STOPPED_ON_WAKING_LABELS.get(stopped, stopped)
    lines.append(f"Stopped on waking: {stopped_words}")
    lines.append(f"Signs seen: {sign_list(event.signs) or 'none'}")
    if "breathing_pause" in event.signs:
        pause = event.pause_length
        pause_words = NOT_SURE if pause is None else PAUSE_LENGTH_LABELS.get(pause, pause)
        lines.append(f"The pause lasted: {pause_words}")
    lines.append(f"Video: {event.video or 'none attached'}")
    lines.append(f"Note: {event.note or 'none'}")
    return lines


class EventDetails(QLabel):
    """The chosen event's every field, the full note wrapped; plain text, never markup."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("event_details")
        self.setAccessibleName(self.tr("Event details"))
        self.setTextFormat(Qt.TextFormat.PlainText)  # the note and video are the parent's own text
        self.setWordWrap(True)
        # The parent can select and copy a long note or a video's path.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.show_event(None)

    def show_event(self, event: Event | None) -> None:
        """Show this event's fields (None: say how to choose one)."""
        if event is None:
            self.setText(self.tr("Choose an event to see all it holds."))
        else:
            self.setText("\n".join(detail_lines(event)))
