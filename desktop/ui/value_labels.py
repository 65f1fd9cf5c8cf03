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
from desktop.language import translate
from desktop.language.formats import day_text

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
        return translate("ValueLabels", "{s} s").format(s=seconds)
    hours, rest = divmod(seconds // 60, 60)
    if hours == 0:
        return translate("ValueLabels", "{m} min").format(m=rest)
    return translate("ValueLabels", "{h} h {m:02d} min").format(h=hours, m=rest)


def seconds_text(seconds: float) -> str:
    """An episode duration in seconds, like ``"12 s"`` or ``"2 min 05 s"``."""
    whole = round(seconds)
    if whole < 60:
        return translate("ValueLabels", "{s} s").format(s=whole)
    minutes, rest = divmod(whole, 60)
    return translate("ValueLabels", "{m} min {s:02d} s").format(m=minutes, s=rest)


def date_text(moment: datetime) -> str:
    """The local calendar date where the moment was logged, like ``"Mon 23 Nov 2026"``."""
    return day_text(moment.date())


def clock_text(moment: datetime) -> str:
    """The local wall-clock time where the moment was logged, like ``"21:05"``."""
    return f"{moment:%H:%M}"


def span_text(start: datetime, end: datetime | None) -> str:
    """A sleep's local start–end, e.g. ``"21:05–06:40"``; a running sleep ends in ``"running"``."""
    if end is None:
        return translate("ValueLabels", "{start}–running").format(start=clock_text(start))
    return f"{clock_text(start)}–{clock_text(end)}"


def sleep_title(kind: str, start: datetime, end: datetime | None) -> str:
    """A sleep named for a person, e.g. ``"the nap of Mon 23 Nov 2026, 13:00–14:30"``."""
    return translate("ValueLabels", "the {kind} of {day}, {span}").format(
        kind=SLEEP_KIND_LABELS.get(kind, kind), day=date_text(start), span=span_text(start, end)
    )
