"""The one clock the app reads: the local time and day, handed down from the composition root.

Every "now" at the bedside (a tap's time, an episode's start, a forgotten sleep) and every "today"
of the review and the guidance comes from one ``Clock``, built in ``desktop/app.py``; a test hands
in its own clock instead of patching module functions one by one.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol


class Clock(Protocol):
    """Where the current instant and day come from."""

    def now(self) -> datetime:
        """The current instant, with the computer's local UTC offset (what every record stores)."""
        ...

    def today(self) -> date:
        """The local calendar day now."""
        ...


class SystemClock:
    """The computer's own clock, in its local time zone (daylight saving included)."""

    def now(self) -> datetime:
        """The current instant with the local UTC offset in force now."""
        return datetime.now().astimezone()

    def today(self) -> date:
        """The local calendar day now."""
        return date.today()
