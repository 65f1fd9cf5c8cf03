"""What the checkup report says, as plain data: texts, rows and chart pictures, ready to lay out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

# The report covers the last four weeks up to today unless a period is given (design.md section 5).
DEFAULT_PERIOD_DAYS: Final = 28


@dataclass(frozen=True)
class Period:
    """Local calendar days ``first`` to ``last``, both included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.first > self.last:
            raise ValueError("a report period must not end before it starts")

    @classmethod
    def ending(cls, last: date, days: int = DEFAULT_PERIOD_DAYS) -> Period:
        """The ``days`` days that end with ``last``."""
        return cls(last - timedelta(days=days - 1), last)

    @classmethod
    def resolve(cls, first: date | None, last: date | None, today: date) -> Period:
        """A period from optional ends: ``last`` defaults to today, ``first`` to 28 days before it."""
        end = last if last is not None else today
        return cls(first, end) if first is not None else cls.ending(end)

    @property
    def days(self) -> int:
        """How many calendar days the period covers."""
        return (self.last - self.first).days + 1

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        return Period.ending(self.first - timedelta(days=1), self.days)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last

    def text(self) -> str:
        """The period for people, e.g. ``"27 Oct 2026 – 23 Nov 2026 (28 days)"``."""
        word = "day" if self.days == 1 else "days"
        return f"{format_day(self.first)} – {format_day(self.last)} ({self.days} {word})"


def format_day(day: date) -> str:
    """A date written unambiguously for any reader, e.g. ``"3 Nov 2026"``."""
    return f"{day.day} {day.strftime('%b')} {day.year}"


@dataclass(frozen=True)
class SummaryRow:
    """One measure for this period and the one before, with the change in words."""

    label: str
    current: str
    previous: str
    change: str


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
    period: Period
    created: str
    empty: bool
    summary: tuple[SummaryRow, ...] = ()
    findings: tuple[FindingBlock, ...] = ()
    findings_note: str = ""
    charts: tuple[Chart, ...] = ()
    episodes: tuple[tuple[str, ...], ...] = ()
    notes: tuple[tuple[str, str], ...] = ()
    questions: tuple[str, ...] = ()
    disclaimer: str = ""
