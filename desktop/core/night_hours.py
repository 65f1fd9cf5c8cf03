"""Which local hours count as night: for a sleep's kind (night or nap) and for the night theme."""

from __future__ import annotations

from typing import Final

NIGHT_FROM_HOUR: Final = 19  # a sleep started 19:00-05:59 local time is a night, otherwise a nap
NIGHT_UNTIL_HOUR: Final = 6


def is_night_hour(hour: int) -> bool:
    """True for a local clock hour between 19:00 and 06:00 (the room is dark, sleeps are nights)."""
    return hour >= NIGHT_FROM_HOUR or hour < NIGHT_UNTIL_HOUR
