"""The summary of a period as text lines (label, this period, previous period) for screen and report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Final

from desktop.core.stats import DayRange, PeriodSummary
from desktop.core.value_labels import SIGN_LABELS, label_of
from desktop.language import QT_TRANSLATE_NOOP, translate
from desktop.language.formats import MONTHS, decimal_text

TOO_LITTLE: Final = QT_TRANSLATE_NOOP("Summary", "too little data")


def _too_little_or(value: float | None) -> str:
    return translate("Summary", TOO_LITTLE) if value is None else decimal_text(value, 1)


# (key, label, how to write the value): the review's table rows and the report's, in this order.
# The labels are marked for the catalogue; ``row_label`` gives them in the run's language.
ROWS: Final[tuple[tuple[str, str, Callable[[PeriodSummary], str]], ...]] = (
    ("sleeps", QT_TRANSLATE_NOOP("Summary", "Sleeps"), lambda s: str(s.sleeps)),
    ("hours", QT_TRANSLATE_NOOP("Summary", "Hours slept"), lambda s: f"{decimal_text(s.sleep_hours, 1)} h"),
    ("twitches", QT_TRANSLATE_NOOP("Summary", "Twitches in sleep"), lambda s: str(s.twitches)),
    ("rate", QT_TRANSLATE_NOOP("Summary", "Twitches per hour of sleep"), lambda s: _too_little_or(s.rate)),
    ("episodes", QT_TRANSLATE_NOOP("Summary", "Episodes"), lambda s: str(s.episodes)),
    (
        "longest",
        QT_TRANSLATE_NOOP("Summary", "Longest episode"),
        lambda s: format_seconds(s.longest_episode_s) if s.episodes else "—",
    ),
    ("woke", QT_TRANSLATE_NOOP("Summary", "Woke the baby"), lambda s: str(s.woke)),
    ("signs", QT_TRANSLATE_NOOP("Summary", "Signs seen"), lambda s: format_signs(s.signs)),
    (
        "outside",
        QT_TRANSLATE_NOOP("Summary", "Twitches outside a sleep"),
        lambda s: str(s.twitches_outside_sleep),
    ),
)


def row_label(label: str) -> str:
    """A label of ``ROWS`` in this run's language."""
    return translate("Summary", label)


def format_seconds(seconds: float) -> str:
    """A duration the way a parent says it: ``45 s``, ``2 min 5 s``."""
    whole = round(seconds)
    if whole < 60:
        return translate("Summary", "{s} s").format(s=whole)
    minutes, rest = divmod(whole, 60)
    if rest:
        return translate("Summary", "{m} min {s} s").format(m=minutes, s=rest)
    return translate("Summary", "{m} min").format(m=minutes)


def format_signs(signs: dict[str, int] | object) -> str:
    """Signs seen with how often, e.g. ``tremor ×2, shaking``; ``none`` when nothing was seen."""
    if not isinstance(signs, dict) or not signs:
        return translate("Summary", "none")
    return ", ".join(
        label_of(SIGN_LABELS, name) + (f" ×{count}" if count > 1 else "") for name, count in signs.items()
    )


def format_range(days: DayRange) -> str:
    """A range of days, e.g. ``3 Nov – 23 Nov 2026``."""
    return f"{_day(days.first, days.first.year != days.last.year)} – {_day(days.last, True)}"


def _day(day: date, with_year: bool) -> str:
    month = translate("Dates", MONTHS[day.month - 1])
    return f"{day.day} {month}" + (f" {day.year}" if with_year else "")


def summary_rows(current: PeriodSummary, previous: PeriodSummary | None) -> list[tuple[str, str, str, str]]:
    """One (key, label, this period, previous period) row per summary line; ``—`` without a previous."""
    return [
        (key, row_label(label), write(current), "—" if previous is None else write(previous))
        for key, label, write in ROWS
    ]
