"""Diary records (baby, sleep, event) as frozen dataclasses, with the allowed values of each field."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Final

# Allowed values, in the order the exchange format and the UI list them (design.md section 3).
FAMILY_HISTORY_KINDS: Final = ("newborn_seizures", "epilepsy", "movement_disorder", "startle_disease")
SLEEP_KINDS: Final = ("nap", "night")
EVENT_KINDS: Final = ("twitch", "episode", "sign")
BODY_PARTS: Final = (
    "face",
    "eyes",
    "mouth",
    "hand",
    "arm",
    "leg",
    "foot",
    "torso",
    "whole_body",
    "unknown",
)
SIDES: Final = ("left", "right", "both", "unknown")
STATES: Final = ("asleep", "drowsy", "awake")
STOPPED_ON_WAKING: Final = ("yes", "no", "not_tried")
SIGNS: Final = (
    "stiffening",
    "shaking",
    "tremor",
    "eyes_rolling",
    "breathing_pause",
    "color_change",
    "unresponsive",
    "sleep_change",
    "lost_skills",
)
# How long a logged breathing pause lasted (asked when `breathing_pause` is marked; None = not sure).
PAUSE_LENGTHS: Final = ("under_10s", "10_to_20s", "over_20s")
# Signs that always mean "get help now" (guidance.md, rule emergency_signs).
EMERGENCY_SIGNS: Final = frozenset({"breathing_pause", "color_change", "unresponsive"})
# Periodic breathing (pauses under about 10 s, colour unchanged) is common in newborns and babies born
# early (guidance.md version 2): a pause the parent marked as under 10 s, with no colour change or
# unresponsiveness on the same record, is a doctor item of emergency_signs, not "get help now".
SHORT_PAUSE: Final = "under_10s"
WORSE_THAN_A_PAUSE: Final = frozenset({"color_change", "unresponsive"})

MAX_SLEEP: Final = timedelta(hours=24)


def new_id() -> str:
    """Return a fresh random UUID (version 4) string; ids are never reused so merged exports stay safe."""
    # Built from os.urandom as uuid.uuid4() does: importing uuid (and the platform module it
    # loads) would add ~4 ms to every start of the bedside window.
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def ordered(values: frozenset[str], order: tuple[str, ...]) -> list[str]:
    """Return the members of a set in their canonical order (for stable export and display)."""
    return [value for value in order if value in values]


@dataclass(frozen=True)
class Baby:
    """A baby whose sleep is logged; dates are local calendar dates."""

    id: str
    name: str
    birth_date: date
    due_date: date | None = None
    birth_weight_g: int | None = None
    family_history: frozenset[str] = field(default_factory=frozenset)
    note: str = ""


@dataclass(frozen=True)
class Sleep:
    """A nap or a night; ``end`` is None while the sleep is running. Times are offset-aware."""

    id: str
    baby_id: str
    start: datetime
    end: datetime | None = None
    kind: str = "nap"
    note: str = ""

    @property
    def running(self) -> bool:
        """True while the sleep has not ended."""
        return self.end is None

    def duration(self, now: datetime | None = None) -> timedelta:
        """Length of the sleep; a running sleep is measured up to ``now`` (never negative)."""
        end = self.end if self.end is not None else now
        if end is None:
            return timedelta(0)
        return max(end - self.start, timedelta(0))

    def contains(self, instant: datetime) -> bool:
        """True when the instant lies within the sleep (a running sleep has no end yet)."""
        if instant < self.start:
            return False
        return self.end is None or instant <= self.end

    def ended(self, end: datetime) -> Sleep:
        """Return this sleep ended at ``end``."""
        return replace(self, end=end)


@dataclass(frozen=True)
class Event:
    """One logged observation: a twitch tap, a timed episode or a sign seen."""

    id: str
    baby_id: str
    sleep_id: str | None
    at: datetime
    kind: str
    body_part: str = "unknown"
    side: str = "unknown"
    state: str = "asleep"
    duration_s: float | None = None
    woke_baby: bool = False
    rhythmic: bool | None = None
    stopped_on_waking: str | None = None
    signs: frozenset[str] = field(default_factory=frozenset)
    video: str | None = None
    note: str = ""
    pause_length: str | None = None

    @property
    def end(self) -> datetime:
        """When the event ended (its start for a twitch or a sign)."""
        return self.at + timedelta(seconds=self.duration_s or 0.0)

    @property
    def is_short_pause(self) -> bool:
        """True for a breathing pause the parent timed as under 10 s, with nothing worse on the record."""
        return (
            "breathing_pause" in self.signs
            and self.pause_length == SHORT_PAUSE
            and not self.signs & WORSE_THAN_A_PAUSE
        )

    @property
    def is_emergency(self) -> bool:
        """True when the event records a sign that means "get help now" (a short pause does not)."""
        return bool(self.signs & EMERGENCY_SIGNS) and not self.is_short_pause
