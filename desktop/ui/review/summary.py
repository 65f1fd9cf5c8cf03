"""The review's summary: this period beside the previous period of the same length, as a small grid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from desktop.core.stats import PeriodSummary
from desktop.core.summary_text import ROWS, format_range, row_label, summary_rows
from desktop.ui.line_label import LineLabel
from desktop.ui.translation import translate


class SummaryTable(QFrame):
    """Label, this period and the period before, one line per summary row (``summary_text.ROWS``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_summary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(14)
        grid.setColumnStretch(0, 1)
        self._heads = [QLabel(), QLabel()]
        for column, head in enumerate(self._heads, start=1):
            head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            head.setObjectName(f"summary_head_{column}")
            head.setTextFormat(Qt.TextFormat.RichText)  # the app's own markup: a bold title, dates
            grid.addWidget(head, 0, column)
        self._cells: dict[str, tuple[QLabel, QLabel]] = {}
        for row, (key, label, _) in enumerate(ROWS, start=1):
            grid.addWidget(LineLabel(row_label(label)), row, 0)  # wraps only when the column is short
            cells = (QLabel(), QLabel())
            for column, cell in enumerate(cells, start=1):
                cell.setObjectName(f"summary_{key}_{column - 1}")
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cell.setWordWrap(key == "signs")  # the only value that can grow long
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(cell, row, column)
            self._cells[key] = cells
        self.set_summaries(None, None)

    def set_summaries(self, current: PeriodSummary | None, previous: PeriodSummary | None) -> None:
        """Show a period and the one before it (None: nothing to show)."""
        this_period = translate("SummaryTable", "This period")
        before = translate("SummaryTable", "Before")
        self._heads[0].setText("<b>" + this_period + "</b>" + _range_lines(current))
        self._heads[1].setText("<b>" + before + "</b>" + _range_lines(previous))
        texts = {key: ("—", "—") for key in self._cells}
        if current is not None:
            texts.update({key: (now, before) for key, _, now, before in summary_rows(current, previous)})
        for key, (now, before) in texts.items():
            self._cells[key][0].setText(now)
            self._cells[key][1].setText(before)

    def value(self, key: str, column: int = 0) -> str:
        """The text in the row ``key``: column 0 this period, 1 the period before."""
        return self._cells[key][column].text()


def _range_lines(summary: PeriodSummary | None) -> str:
    """The period's days under its column head, on one line (the status line gives the year)."""
    if summary is None:
        return ""
    days = summary.days
    return "<br>" + format_range(days).replace(f" {days.last.year}", "").replace(f" {days.first.year}", "")
