"""What the checkup report says, as plain data: texts, rows and chart pictures, ready to lay out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from desktop.core.stats import DayRange
from desktop.language import translate
from desktop.language.catalog import Context
from desktop.language.formats import MONTHS

# The report covers the last four weeks up to today unless a period is given (design.md section 5).
DEFAULT_PERIOD_DAYS: Final = 28


def report_days(first: date | None, last: date | None, today: date) -> DayRange:
    """The report's days: ``last`` defaults to today, ``first`` to 28 days up to ``last``.

    Raises ValueError when the period would end before it starts.
    """
    end = last if last is not None else today
    start = first if first is not None else end - timedelta(days=DEFAULT_PERIOD_DAYS - 1)
    if start > end:
        raise ValueError(translate("Report", "the report period must not end before it starts"))
    return DayRange(start, end)


class ReportCounts(Context):
    """The report's plural messages (see ``desktop.language.catalog.Context``)."""

    def days(self, count: int) -> str:
        """ "28 days"."""
        return self.tr("%n day(s)", "", count)


def days_text(days: DayRange) -> str:
    """A range of days for people, e.g. ``"27 Oct 2026 – 23 Nov 2026 (28 days)"``."""
    return translate("Report", "{first} – {last} ({days})").format(
        first=format_day(days.first), last=format_day(days.last), days=ReportCounts().days(days.days)
    )


def format_day(day: date) -> str:
    """A date written unambiguously for any reader, e.g. ``"3 Nov 2026"``."""
    return f"{day.day} {translate('Dates', MONTHS[day.month - 1])} {day.year}"


@dataclass(frozen=True)
class SummaryRow:
    """One measure for this period and the one before, with the change in words."""

    label: str
    current: str
    previous: str = ""  # empty, with ``change``, when the period is not compared with another
    change: str = ""


@dataclass(frozen=True)
class FindingBlock:
    """One guidance finding as the report shows it, with the logged records behind it."""

    severity: str
    severity_label: str
    title: str
    message: str
    source: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Chart:
    """A chart drawn to SVG, with its height-to-width ratio and a caption."""

    title: str
    svg: bytes
    aspect: float
    caption: str = ""


@dataclass(frozen=True)
class ReportContent:
    """Everything the report prints, in reading order. ``empty`` means nothing was logged."""

    baby_name: str
    baby_rows: tuple[tuple[str, str], ...]
    period: DayRange
    created: str
    empty: bool
    notice: str = ""
    summary: tuple[SummaryRow, ...] = ()
    before: DayRange | None = None  # the days the period is compared with; None: it stands alone
    comparison_note: str = ""  # why the period stands alone (then the rows have no previous values)
    findings: tuple[FindingBlock, ...] = ()
    findings_note: str = ""
    charts: tuple[Chart, ...] = ()
    episodes: tuple[tuple[str, ...], ...] = ()
    notes: tuple[tuple[str, str], ...] = ()
    questions: tuple[str, ...] = ()
    disclaimer: str = ""
