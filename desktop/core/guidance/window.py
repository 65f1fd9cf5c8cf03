"""What the rules may see: the records up to the end of the as-of day, and the day windows they use."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final

from desktop.core.age import age_on
from desktop.core.model import Baby, Event, Sleep

# "Recent" is the 14 days up to and including the as-of day (guidance.md, "Rules").
RECENT_DAYS: Final = 14
# The longest look-back any rule needs: late_onset_or_increasing compares the last 3 weeks with the
# 3 weeks before them (guidance.md), so 6 weeks; loaders fetch 8 weeks to be safe at the edges.
LONGEST_WINDOW_DAYS: Final = 42
LOOKBACK_DAYS: Final = 56


def local_day(moment: datetime) -> date:
    """The calendar day an instant was logged on, in the offset it was logged with."""
    return moment.date()


def day_end(day: date, like: datetime) -> datetime:
    """The first instant after ``day`` ends, in the UTC offset of ``like``."""
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=like.tzinfo)


def ids(records: Iterable[Sleep | Event]) -> tuple[str, ...]:
    """The distinct ids of records, in the order first seen."""
    return tuple(dict.fromkeys(record.id for record in records))


def sleep_ids_of(events: Iterable[Event]) -> tuple[str, ...]:
    """The distinct sleep ids events were logged in, in the order first seen."""
    return tuple(dict.fromkeys(event.sleep_id for event in events if event.sleep_id is not None))


@dataclass(frozen=True)
class Window:
    """The records a rule may look at when guidance is evaluated as of one day."""

    baby: Baby
    as_of: date
    sleeps: tuple[Sleep, ...]
    events: tuple[Event, ...]

    @classmethod
    def build(cls, baby: Baby, sleeps: Iterable[Sleep], events: Iterable[Event], as_of: date) -> Window:
        """Keep the baby's records that started by the end of the as-of day (local dates)."""
        seen_sleeps = sorted(
            (s for s in sleeps if s.baby_id == baby.id and local_day(s.start) <= as_of), key=lambda s: s.start
        )
        seen_events = sorted(
            (e for e in events if e.baby_id == baby.id and local_day(e.at) <= as_of), key=lambda e: e.at
        )
        return cls(baby, as_of, tuple(seen_sleeps), tuple(seen_events))

    def first_day(self, days: int) -> date:
        """The first day of the ``days`` days that end with the as-of day."""
        return self.as_of - timedelta(days=days - 1)

    def events_between(self, first: date, last: date) -> list[Event]:
        """Events logged on local days first..last, inclusive."""
        return [e for e in self.events if first <= local_day(e.at) <= last]

    def recent_events(self, kinds: Sequence[str] | None = None) -> list[Event]:
        """Events of the recent 14 days, optionally only of some kinds."""
        recent = self.events_between(self.first_day(RECENT_DAYS), self.as_of)
        return recent if kinds is None else [e for e in recent if e.kind in kinds]

    def recent_sleeps(self) -> list[Sleep]:
        """Sleeps that started, or were still going on, during the recent 14 days."""
        first = self.first_day(RECENT_DAYS)
        return [s for s in self.sleeps if local_day(s.end if s.end is not None else s.start) >= first]

    def has_recent_data(self) -> bool:
        """True when anything (a sleep or an event) was logged in the recent 14 days."""
        return bool(self.recent_events() or self.recent_sleeps())

    def effective_weeks(self, day: date) -> int:
        """The baby's age in whole weeks on a day: corrected when born preterm (age.py)."""
        return age_on(self.baby, day).effective_weeks

    def age_basis(self) -> str:
        """Which age the rules use: ``corrected`` for a baby born preterm, else ``since_birth``."""
        age = age_on(self.baby, self.as_of)
        return "corrected" if age.preterm and age.corrected_days is not None else "since_birth"

    def sleep_hours(self, sleep: Sleep) -> float:
        """Hours of an ended sleep that fall before the end of the as-of day (0 while running)."""
        if sleep.end is None:
            return 0.0
        end = min(sleep.end, day_end(self.as_of, sleep.start))
        return max((end - sleep.start).total_seconds(), 0.0) / 3600.0

    def twitches_by_sleep(self) -> dict[str, list[Event]]:
        """Twitch taps grouped by the sleep they were logged in."""
        grouped: dict[str, list[Event]] = {}
        for event in self.events:
            if event.kind == "twitch" and event.sleep_id is not None:
                grouped.setdefault(event.sleep_id, []).append(event)
        return grouped
