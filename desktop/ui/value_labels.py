"""Plain words for the stored values (body parts, signs, ...) and short time and length texts."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

FAMILY_HISTORY_LABELS: Final = {
    "newborn_seizures": "newborn seizures",
    "epilepsy": "epilepsy",
    "movement_disorder": "a movement disorder",
    "startle_disease": "startle disease (hyperekplexia)",
}
SLEEP_KIND_LABELS: Final = {"nap": "nap", "night": "night"}
EVENT_KIND_LABELS: Final = {"twitch": "twitch", "episode": "episode", "sign": "sign seen"}
BODY_PART_LABELS: Final = {
    "face": "face",
    "eyes": "eyes",
    "mouth": "mouth",
    "hand": "hand",
    "arm": "arm",
    "leg": "leg",
    "foot": "foot",
    "torso": "torso",
    "whole_body": "whole body",
    "unknown": "not noted",
}
SIDE_LABELS: Final = {"left": "left", "right": "right", "both": "both sides", "unknown": "not noted"}
STATE_LABELS: Final = {"asleep": "asleep", "drowsy": "drowsy", "awake": "awake"}
STOPPED_ON_WAKING_LABELS: Final = {
    "yes": "yes, it stopped",
    "no": "no, it went on",
    "not_tried": "did not try waking",
}
SIGN_LABELS: Final = {
    "stiffening": "stiffening",
    "shaking": "shaking",
    "tremor": "tremor",
    "eyes_rolling": "eyes rolling",
    "breathing_pause": "pause in breathing",
    "color_change": "color change (blue, grey or pale)",
    "unresponsive": "could not be roused",
    "sleep_change": "change in sleep",
    "lost_skills": "lost a skill",
}
PAUSE_LENGTH_LABELS: Final = {
    "under_10s": "under 10 seconds",
    "10_to_20s": "10 to 20 seconds",
    "over_20s": "over 20 seconds",
}


def sign_list(signs: frozenset[str]) -> str:
    """The signs in canonical order as plain words, comma-separated."""
    return ", ".join(label for key, label in SIGN_LABELS.items() if key in signs)


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
