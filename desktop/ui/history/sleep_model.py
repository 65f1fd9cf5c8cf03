"""Table model of a baby's sleeps (newest first) with their counts: a thin adapter over summaries."""

from __future__ import annotations

from datetime import datetime
from typing import Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.language import QT_TRANSLATE_NOOP
from desktop.store.sleep_counts import SleepSummary
from desktop.ui.overrides import override
from desktop.ui.translation import translate
from desktop.ui.value_labels import SLEEP_KIND_LABELS, date_text, length_text, span_text

SLEEP_ROLE: Final = Qt.ItemDataRole.UserRole  # the row's core Sleep object
HEADERS: Final = (
    QT_TRANSLATE_NOOP("SleepTableModel", "Date"),
    QT_TRANSLATE_NOOP("SleepTableModel", "Time"),
    QT_TRANSLATE_NOOP("SleepTableModel", "Kind"),
    QT_TRANSLATE_NOOP("SleepTableModel", "Length"),
    QT_TRANSLATE_NOOP("SleepTableModel", "Twitches"),
    QT_TRANSLATE_NOOP("SleepTableModel", "Episodes"),
    QT_TRANSLATE_NOOP("SleepTableModel", "Signs"),
    QT_TRANSLATE_NOOP("SleepTableModel", "Woke baby"),
)
_NUMBER_COLUMNS: Final = frozenset({4, 5, 6, 7})
_HEADER_TIPS: Final = (
    QT_TRANSLATE_NOOP("SleepTableModel", "The day the sleep started"),
    QT_TRANSLATE_NOOP("SleepTableModel", "Local start and end time"),
    QT_TRANSLATE_NOOP("SleepTableModel", "Nap or night"),
    QT_TRANSLATE_NOOP("SleepTableModel", "How long the sleep lasted (so far, while running)"),
    QT_TRANSLATE_NOOP("SleepTableModel", "Twitches tapped in this sleep"),
    QT_TRANSLATE_NOOP("SleepTableModel", "Timed episodes of repeated jerks"),
    QT_TRANSLATE_NOOP("SleepTableModel", "Reports with a sign seen (stiffening, color change, ...)"),
    QT_TRANSLATE_NOOP("SleepTableModel", "Times a twitch or episode woke the baby"),
)

AnyIndex = QModelIndex | QPersistentModelIndex


class SleepTableModel(QAbstractTableModel):
    """Rows of ``SleepSummary``; ``set_summaries`` replaces them all and resets the model."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SleepSummary] = []
        self._now: datetime | None = None

    def set_summaries(self, summaries: list[SleepSummary], now: datetime) -> None:
        """Show these sleeps; ``now`` measures the length of a running sleep."""
        self.beginResetModel()
        self._rows = list(summaries)
        self._now = now
        self.endResetModel()

    def summary(self, row: int) -> SleepSummary:
        """The summary shown in a row."""
        return self._rows[row]

    def row_of(self, sleep_id: str) -> int | None:
        """The row showing a sleep, or None."""
        for row, summary in enumerate(self._rows):
            if summary.sleep.id == sleep_id:
                return row
        return None

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        """Number of sleeps (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        """Number of columns."""
        return 0 if parent.isValid() else len(HEADERS)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text, alignment and the Sleep object of one cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(summary, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and summary.sleep.note:
            return summary.sleep.note
        if role == SLEEP_ROLE:
            return summary.sleep
        return None

    def _text(self, summary: SleepSummary, column: int) -> str:
        sleep = summary.sleep
        if column == 0:
            return date_text(sleep.start)
        if column == 1:
            return span_text(sleep.start, sleep.end)
        if column == 2:
            return SLEEP_KIND_LABELS.get(sleep.kind, sleep.kind)
        if column == 3:
            text = length_text(sleep.duration(self._now))
            return (
                translate("SleepTableModel", "{length} so far").format(length=text) if sleep.running else text
            )
        counts = (summary.twitches, summary.episodes, summary.signs, summary.woke)
        return str(counts[column - 4])

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles and their tooltips."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("SleepTableModel", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("SleepTableModel", _HEADER_TIPS[section])
        return None
