"""Plain words for the stored values (from ``desktop.core.value_labels``) and short time and length texts."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.core.value_labels import (
    BODY_PART_LABELS,
    EVENT_KIND_LABELS,
    FAMILY_HISTORY_LABELS,
    PAUSE_LENGTH_LABELS,
    SIDE_LABELS,
    SIGN_LABELS,
    SLEEP_KIND_LABELS,
    STATE_LABELS,
    STOPPED_ON_WAKING_LABELS,
    sign_words,
)

# The labels are the core's (one spelling everywhere); this module adds the time and length texts.
__all__ = [
    "BODY_PART_LABELS",
    "EVENT_KIND_LABELS",
    "FAMILY_HISTORY_LABELS",
    "PAUSE_LENGTH_LABELS",
    "SIDE_LABELS",
    "SIGN_LABELS",
    "SLEEP_KIND_LABELS",
    "STATE_LABELS",
    "STOPPED_ON_WAKING_LABELS",
    "clock_text",
    "date_text",
    "length_text",
    "seconds_text",
    "sign_list",
    "sleep_title",
    "span_text",
]


def sign_list(signs: frozenset[str]) -> str:
    """The signs in canonical order as plain words, comma-separated."""
    return sign_words(signs)


def length_text(length: timedelta) -> str:
    """A sleep or episode length like ``"1 h 05 min"``, ``"45 min"`` or ``"12 s"``."""
    seconds = int(length.total_seconds())
    if seconds < 60:
        return f"{seconds} s"
    hours, rest = divmod(seconds // 60, 60)
    if hours == 0:
        return f"{rest} min"
    return f"{hours} h {rest:02d} min"


def seconds_text(seconds: float) -> str:
    """An episode duration in seconds, like ``"12 s"`` or ``"2 min 05 s"``."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, rest = divmod(whole, 60)
    return f"{minutes} min {rest:02d} s"


def date_text(moment: datetime) -> str:
    """The local calendar date where the moment was logged, like ``"Mon 23 Nov 2026"``."""
    return f"{moment:%a} {moment.day} {moment:%b %Y}"


def clock_text(moment: datetime) -> str:
    """The local wall-clock time where the moment was logged, like ``"21:05"``."""
    return f"{moment:%H:%M}"


def span_text(start: datetime, end: datetime | None) -> str:
    """A sleep's local start–end, e.g. ``"21:05–06:40"``; a running sleep ends in ``"running"``."""
    if end is None:
        return f"{clock_text(start)}–running"
    return f"{clock_text(start)}–{clock_text(end)}"


def sleep_title(kind: str, start: datetime, end: datetime | None) -> str:
    """A sleep named for a person, e.g. ``"the nap of Mon 23 Nov 2026, 13:00–14:30"``."""
    return f"the {SLEEP_KIND_LABELS.get(kind, kind)} of {date_text(start)}, {span_text(start, end)}"
