"""The summary of a period as text lines (label, this period, previous period) for screen and report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Final

from desktop.core.stats import DayRange, PeriodSummary
from desktop.core.value_labels import SIGN_LABELS, label_of

TOO_LITTLE: Final = "too little data"
# (key, label, how to write the value): the review's table rows and the report's, in this order.
ROWS: Final[tuple[tuple[str, str, Callable[[PeriodSummary], str]], ...]] = (
    ("sleeps", "Sleeps", lambda s: str(s.sleeps)),
    ("hours", "Hours slept", lambda s: f"{s.sleep_hours:.1f} h"),
    ("twitches", "Twitches in sleep", lambda s: str(s.twitches)),
    ("rate", "Twitches per hour of sleep", lambda s: TOO_LITTLE if s.rate is None else f"{s.rate:.1f}"),
    ("episodes", "Episodes", lambda s: str(s.episodes)),
    ("longest", "Longest episode", lambda s: format_seconds(s.longest_episode_s) if s.episodes else "—"),
    ("woke", "Woke the baby", lambda s: str(s.woke)),
    ("signs", "Signs seen", lambda s: format_signs(s.signs)),
    ("outside", "Twitches outside a sleep", lambda s: str(s.twitches_outside_sleep)),
)


def format_seconds(seconds: float) -> str:
    """A duration the way a parent says it: ``45 s``, ``2 min 5 s``."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, rest = divmod(whole, 60)
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


def format_signs(signs: dict[str, int] | object) -> str:
    """Signs seen with how often, e.g. ``tremor ×2, shaking``; ``none`` when nothing was seen."""
    if not isinstance(signs, dict) or not signs:
        return "none"
    return ", ".join(
        label_of(SIGN_LABELS, name) + (f" ×{count}" if count > 1 else "") for name, count in signs.items()
    )


def format_range(days: DayRange) -> str:
    """A range of days, e.g. ``3 Nov – 23 Nov 2026``."""
    return f"{_day(days.first, days.first.year != days.last.year)} – {_day(days.last, True)}"


def _day(day: date, with_year: bool) -> str:
    return f"{day.day} {day:%b}" + (f" {day.year}" if with_year else "")


def summary_rows(current: PeriodSummary, previous: PeriodSummary | None) -> list[tuple[str, str, str, str]]:
    """One (key, label, this period, previous period) row per summary line; ``—`` without a previous."""
    return [
        (key, label, write(current), "—" if previous is None else write(previous))
        for key, label, write in ROWS
    ]
