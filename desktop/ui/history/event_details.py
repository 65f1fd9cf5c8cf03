"""Every field of one logged event in words: the history's detail pane under the event list."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.model import Event
from desktop.core.value_labels import YES_NO_LABELS, not_sure
from desktop.language import QT_TRANSLATE_NOOP
from desktop.ui.translation import translate
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

NOT_NOTED: Final = QT_TRANSLATE_NOOP("EventDetails", "not noted")  # a question the parent left open
RHYTHMIC_WORDS: Final = {
    True: QT_TRANSLATE_NOOP("EventDetails", "yes, a steady beat"),
    False: QT_TRANSLATE_NOOP("EventDetails", "no, irregular"),
}


def _t(text: str) -> str:
    return translate("EventDetails", text)


def time_text(event: Event) -> str:
    """The event's local time to the second (tenths when the tap had them), and its date."""
    tenths = event.at.microsecond // 100_000
    clock = f"{event.at:%H:%M:%S}" + (f".{tenths}" if tenths else "")
    return translate("EventDetails", "{clock}, {day}").format(clock=clock, day=date_text(event.at))


def detail_lines(event: Event) -> list[str]:
    """One line per field, in the order a parent reads them; nothing stored is left out."""
    kind = EVENT_KIND_LABELS.get(event.kind, event.kind)
    lines = [
        translate("EventDetails", "{kind} at {time}").format(
            kind=f"{kind[:1].upper()}{kind[1:]}", time=time_text(event)
        )
    ]
    part = BODY_PART_LABELS.get(event.body_part, event.body_part)
    side = SIDE_LABELS.get(event.side, event.side)
    lines.append(translate("EventDetails", "Body part: {part}, side: {side}").format(part=part, side=side))
    state = STATE_LABELS.get(event.state, event.state)
    lines.append(translate("EventDetails", "Baby's state: {state}").format(state=state))
    if event.duration_s is not None:
        lines.append(
            translate("EventDetails", "Lasted: {length}").format(length=seconds_text(event.duration_s))
        )
    woke = YES_NO_LABELS["yes" if event.woke_baby else "no"]
    lines.append(translate("EventDetails", "Woke the baby: {answer}").format(answer=woke))
    rhythmic = _t(NOT_NOTED if event.rhythmic is None else RHYTHMIC_WORDS[event.rhythmic])
    lines.append(translate("EventDetails", "Rhythmic: {answer}").format(answer=rhythmic))
    stopped = event.stopped_on_waking
    stopped_words = _t(NOT_NOTED) if stopped is None else STOPPED_ON_WAKING_LABELS.get(stopped, stopped)
    lines.append(translate("EventDetails", "Stopped on waking: {answer}").format(answer=stopped_words))
    signs = sign_list(event.signs) or translate("EventDetails", "none")
    lines.append(translate("EventDetails", "Signs seen: {signs}").format(signs=signs))
    if "breathing_pause" in event.signs:
        pause = event.pause_length
        pause_words = not_sure() if pause is None else PAUSE_LENGTH_LABELS.get(pause, pause)
        lines.append(translate("EventDetails", "The pause lasted: {length}").format(length=pause_words))
    video = event.video or translate("EventDetails", "none attached")
    lines.append(translate("EventDetails", "Video: {video}").format(video=video))
    note = event.note or translate("EventDetails", "none")
    lines.append(translate("EventDetails", "Note: {note}").format(note=note))
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
