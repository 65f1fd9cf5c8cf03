"""Twitches per hour of sleep over a span of days, the measure the trend rules compare."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.guidance.window import Window, local_day
from desktop.core.model import Event, Sleep


@dataclass(frozen=True)
class Rate:
    """Twitch taps and sleep hours of the ended sleeps that began within a span of days."""

    sleeps: tuple[Sleep, ...]
    twitches: tuple[Event, ...]
    hours: float

    @property
    def per_hour(self) -> float:
        """Twitches per hour of sleep (0 with no sleep hours)."""
        return len(self.twitches) / self.hours if self.hours > 0 else 0.0


def twitch_rate(window: Window, first: date, last: date) -> Rate:
    """The twitch rate of the ended sleeps that began on local days first..last, inclusive.

    Running sleeps are left out: their length is not known yet, so they would distort the rate.
    """
    by_sleep = window.twitches_by_sleep()
    sleeps = tuple(s for s in window.sleeps if s.end is not None and first <= local_day(s.start) <= last)
    twitches = tuple(t for s in sleeps for t in by_sleep.get(s.id, []))
    return Rate(sleeps, twitches, sum(window.sleep_hours(s) for s in sleeps))
