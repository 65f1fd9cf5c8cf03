"""Builds small diaries for guidance tests: a baby of a chosen age, sleeps, taps, episodes and signs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from desktop.core.guidance import Finding, evaluate
from desktop.core.model import Baby, Event, Sleep, new_id

AS_OF = date(2026, 11, 20)
# A local offset away from UTC, so "local day" and "UTC day" differ near midnight.
TZ = timezone(timedelta(hours=2))


def baby_aged(
    weeks: int,
    *,
    preterm_weeks: int | None = None,
    history: frozenset[str] = frozenset(),
    extra_days: int = 0,
) -> Baby:
    """A baby whose rule age (corrected when preterm) is ``weeks`` weeks and ``extra_days`` on AS_OF.

    With ``preterm_weeks`` the baby was born that many weeks before the due date.
    """
    due = AS_OF - timedelta(weeks=weeks, days=extra_days)
    early = timedelta(weeks=preterm_weeks or 0)
    return Baby(id=new_id(), name="Mia", birth_date=due - early, due_date=due, family_history=history)


def at(day: date, hour: int = 13, minute: int = 0, second: float = 0.0) -> datetime:
    """A local instant on a day."""
    return datetime.combine(day, time(hour, minute), tzinfo=TZ) + timedelta(seconds=second)


def days_ago(days: int) -> date:
    """The day ``days`` before AS_OF."""
    return AS_OF - timedelta(days=days)


@dataclass
class Log:
    """A baby's diary being written by a test."""

    baby: Baby = field(default_factory=lambda: baby_aged(10))
    sleeps: list[Sleep] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def sleep(self, day: date, hour: int = 13, hours: float = 1.5) -> Sleep:
        """Log an ended sleep starting at ``hour`` on ``day``."""
        start = at(day, hour)
        sleep = Sleep(new_id(), self.baby.id, start, start + timedelta(hours=hours))
        self.sleeps.append(sleep)
        return sleep

    def event(self, sleep: Sleep | None, moment: datetime, kind: str, **fields: Any) -> Event:
        """Log any event at an instant."""
        if sleep is None:
            fields.setdefault("state", "awake")
        event = Event(new_id(), self.baby.id, None if sleep is None else sleep.id, moment, kind, **fields)
        self.events.append(event)
        return event

    def twitch(self, sleep: Sleep, after_s: float = 60.0, **fields: Any) -> Event:
        """Log a tap ``after_s`` seconds into a sleep."""
        return self.event(sleep, sleep.start + timedelta(seconds=after_s), "twitch", **fields)

    def twitches(self, sleep: Sleep, count: int, every_s: float = 60.0, **fields: Any) -> list[Event]:
        """Log ``count`` taps spaced ``every_s`` seconds apart (far apart by default: no rhythm)."""
        return [self.twitch(sleep, 30.0 + i * every_s, **fields) for i in range(count)]

    def episode(
        self, sleep: Sleep | None, duration_s: float = 20.0, after_s: float = 600.0, **fields: Any
    ) -> Event:
        """Log a timed episode ``after_s`` seconds into a sleep (or at 10:00 on AS_OF outside one)."""
        moment = at(AS_OF, 10) if sleep is None else sleep.start + timedelta(seconds=after_s)
        return self.event(sleep, moment, "episode", duration_s=duration_s, **fields)

    def sign(self, sleep: Sleep | None, *signs: str, after_s: float = 900.0, **fields: Any) -> Event:
        """Log a sign seen ``after_s`` seconds into a sleep (or at 10:00 on AS_OF outside one)."""
        moment = at(AS_OF, 10) if sleep is None else sleep.start + timedelta(seconds=after_s)
        return self.event(sleep, moment, "sign", signs=frozenset(signs), **fields)

    def evaluate(self, as_of: date = AS_OF) -> list[Finding]:
        """The findings as of a day."""
        return evaluate(self.baby, self.sleeps, self.events, as_of)

    def fired(self, as_of: date = AS_OF) -> dict[str, str]:
        """Rule id -> severity of every finding as of a day."""
        return {finding.rule: finding.severity for finding in self.evaluate(as_of)}

    def finding(self, rule: str, as_of: date = AS_OF) -> Finding:
        """The finding of one rule (fails the test when it did not fire)."""
        matches = [f for f in self.evaluate(as_of) if f.rule == rule]
        assert matches, f"{rule} did not fire: {self.fired(as_of)}"
        return matches[0]
