"""Table model of the events logged in one sleep: a thin adapter over a list of core Events."""

from __future__ import annotations

from pathlib import PurePath
from typing import Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.core.model import Event
from desktop.core.value_labels import YES_NO_LABELS
from desktop.language import QT_TRANSLATE_NOOP
from desktop.ui.overrides import override
from desktop.ui.translation import translate
from desktop.ui.value_labels import (
    BODY_PART_LABELS,
    EVENT_KIND_LABELS,
    SIDE_LABELS,
    STATE_LABELS,
    seconds_text,
    sign_list,
)

EVENT_ROLE: Final = Qt.ItemDataRole.UserRole  # the row's core Event object
HEADERS: Final = (
    QT_TRANSLATE_NOOP("EventTableModel", "Time"),
    QT_TRANSLATE_NOOP("EventTableModel", "Kind"),
    QT_TRANSLATE_NOOP("EventTableModel", "Body part"),
    QT_TRANSLATE_NOOP("EventTableModel", "Side"),
    QT_TRANSLATE_NOOP("EventTableModel", "State"),
    QT_TRANSLATE_NOOP("EventTableModel", "Duration"),
    QT_TRANSLATE_NOOP("EventTableModel", "Woke baby"),
    QT_TRANSLATE_NOOP("EventTableModel", "Rhythmic"),
    QT_TRANSLATE_NOOP("EventTableModel", "Signs"),
    QT_TRANSLATE_NOOP("EventTableModel", "Video"),
    QT_TRANSLATE_NOOP("EventTableModel", "Note"),
)

AnyIndex = QModelIndex | QPersistentModelIndex
# The columns whose words come from a short list (kind, body part, side, state): sized for the
# longest word of the list, since sizing samples only the first rows (an episode after twitches
# would be cut to "epis…").
VOCABULARY_COLUMNS: Final = {
    1: tuple(EVENT_KIND_LABELS.values()),
    2: tuple(BODY_PART_LABELS.values()),
    3: tuple(SIDE_LABELS.values()),
    4: tuple(STATE_LABELS.values()),
}


def _video_name(video: str | None) -> str:
    """A clip's file name (or its link as written): the whole path is in the tooltip and details."""
    if not video:
        return ""
    return video if "://" in video else PurePath(video).name


def _tooltip(event: Event) -> str | None:
    """The full note and the video's whole path, which a narrow column cuts."""
    parts = [translate("EventTableModel", "Note: {note}").format(note=event.note)] if event.note else []
    if event.video:
        parts.append(translate("EventTableModel", "Video: {video}").format(video=event.video))
    return "\n".join(parts) or None


def _cell_text(event: Event, column: int) -> str:
    texts = (
        f"{event.at:%H:%M:%S}",  # seconds matter: taps come in quick runs
        EVENT_KIND_LABELS.get(event.kind, event.kind),
        BODY_PART_LABELS.get(event.body_part, event.body_part),
        SIDE_LABELS.get(event.side, event.side),
        STATE_LABELS.get(event.state, event.state),
        "" if event.duration_s is None else seconds_text(event.duration_s),
        YES_NO_LABELS["yes"] if event.woke_baby else "",
        "" if event.rhythmic is None else YES_NO_LABELS["yes" if event.rhythmic else "no"],
        sign_list(event.signs),
        _video_name(event.video),
        " ".join(event.note.split()),  # one line in the list; the detail pane shows it as written
    )
    return texts[column] if 0 <= column < len(texts) else ""


class EventTableModel(QAbstractTableModel):
    """Rows of Events in time order; ``set_events`` replaces them all and resets the model."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []

    def set_events(self, events: list[Event]) -> None:
        """Show these events."""
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def event_at(self, row: int) -> Event:
        """The event shown in a row."""
        return self._events[row]

    def row_of(self, event_id: str) -> int | None:
        """The row showing an event, or None."""
        for row, event in enumerate(self._events):
            if event.id == event_id:
                return row
        return None

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        """Number of events (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._events)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        """Number of columns."""
        return 0 if parent.isValid() else len(HEADERS)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text and the Event object of one cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _cell_text(event, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(event)
        if role == EVENT_ROLE:
            return event
        return None

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("EventTableModel", HEADERS[section])
        return None
