"""The report's summary table: a period's totals beside the period before, with the change as numbers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Final

from desktop.core.stats import PeriodSummary
from desktop.core.value_labels import SIGN_LABELS, label_of
from desktop.language import translate
from desktop.language.formats import decimal_text
from desktop.report.content import SummaryRow
from desktop.report.words import hours_text, length_text

DASH: Final = "–"
MINUS: Final = "−"  # a real minus sign reads better in print than a hyphen


def _no_change() -> str:
    return translate("Report", "no change")


def _signed(value: float, digits: int = 0) -> str:
    if round(value, digits) == 0:
        return _no_change()
    text = decimal_text(abs(value), digits)
    return f"+{text}" if value > 0 else f"{MINUS}{text}"


def _count_change(current: int, previous: int) -> str:
    return _signed(current - previous)


def _hours_change(hours: float) -> str:
    change = _signed(hours, 1)
    return change if change == _no_change() else f"{change} h"


def _rate_text(rate: float | None) -> str:
    return translate("Report", "too little sleep logged") if rate is None else decimal_text(rate, 1)


def _rate_change(current: float | None, previous: float | None) -> str:
    if current is None or previous is None:
        return DASH
    if previous == 0:
        return _signed(current - previous, 1)
    percent = (current - previous) / previous * 100
    return f"{_signed(current - previous, 1)} ({_signed(percent)} %)" if round(percent) else _no_change()


def _signs_text(summary: PeriodSummary) -> str:
    if not summary.signs:
        return translate("Report", "none")
    return ", ".join(f"{label_of(SIGN_LABELS, sign)} {count}" for sign, count in summary.signs.items())


def _longest_text(summary: PeriodSummary) -> str:
    return length_text(summary.longest_episode_s) if summary.episodes else DASH


def _count_row(
    label: str, current: PeriodSummary, previous: PeriodSummary, value: Callable[[PeriodSummary], int]
) -> SummaryRow:
    now, before = value(current), value(previous)
    return SummaryRow(label, str(now), str(before), _count_change(now, before))


def summary_rows(
    current: PeriodSummary, previous: PeriodSummary | None, days_logged: tuple[int, int]
) -> list[SummaryRow]:
    """The summary table's rows: what was logged, the twitch rate, episodes, waking and signs.

    Without a ``previous`` period the rows hold this period's values only (no change is made up).
    """
    if previous is None:
        # The same rows, set beside themselves, then only this period's column kept.
        return [SummaryRow(row.label, row.current) for row in summary_rows(current, current, days_logged)]
    rows = [
        SummaryRow(
            translate("Report", "Days with sleep logged"),
            translate("Report", "{count} of {days}").format(count=days_logged[0], days=current.days.days),
            translate("Report", "{count} of {days}").format(count=days_logged[1], days=previous.days.days),
            _count_change(*days_logged),
        ),
        _count_row(
            translate("Report", "Sleeps logged (naps and nights)"), current, previous, lambda s: s.sleeps
        ),
        SummaryRow(
            translate("Report", "Sleep time logged"),
            hours_text(timedelta(hours=current.sleep_hours)),
            hours_text(timedelta(hours=previous.sleep_hours)),
            _hours_change(current.sleep_hours - previous.sleep_hours),
        ),
        _count_row(translate("Report", "Twitches logged in sleep"), current, previous, lambda s: s.twitches),
        SummaryRow(
            translate("Report", "Twitches per hour of sleep"),
            _rate_text(current.rate),
            _rate_text(previous.rate),
            _rate_change(current.rate, previous.rate),
        ),
        _count_row(translate("Report", "Timed episodes"), current, previous, lambda s: s.episodes),
        SummaryRow(
            translate("Report", "Longest episode"), _longest_text(current), _longest_text(previous), DASH
        ),
        _count_row(
            translate("Report", "Twitches or episodes that woke the baby"),
            current,
            previous,
            lambda s: s.woke,
        ),
        SummaryRow(
            translate("Report", "Other signs seen (times)"), _signs_text(current), _signs_text(previous), DASH
        ),
    ]
    if current.twitches_outside_sleep or previous.twitches_outside_sleep:
        rows.append(
            _count_row(
                translate("Report", "Twitches logged outside sleep"),
                current,
                previous,
                lambda s: s.twitches_outside_sleep,
            )
        )
    return rows
