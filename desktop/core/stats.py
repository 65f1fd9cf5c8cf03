"""Honest review numbers: per-sleep rows, day ranges and the summary of a period.

A rate is always total twitches over total sleep time, never the mean of per-sleep rates, and a
period with under an hour of logged sleep has no rate at all ("too little data"), never zero.
A sleep belongs to the local calendar day it started on, so a night across midnight counts for
the evening it began; its length is the real elapsed time between two UTC instants, so a night
across a daylight-saving change is an hour shorter or longer on the clock but not in the numbers.
Only finished sleeps count: a running sleep has no length yet.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Final

from desktop.core.model import SIGNS

MIN_SLEEP_HOURS: Final = 1.0  # under an hour of logged sleep is too little to give a rate
RANGE_PRESETS: Final = ("7", "14", "28", "checkup", "all")


@dataclass(frozen=True)
class SleepRow:
    """What one finished sleep holds; ``sleep_id`` None means events logged outside any sleep that day."""

    sleep_id: str | None
    day: date  # local date of the sleep's start (or of the loose events)
    start: datetime | None  # local, offset-aware start; None for loose events
    hours: float  # real elapsed time, DST-proof
    twitches: int = 0
    episodes: int = 0
    episode_seconds: float = 0.0
    longest_episode_s: float = 0.0
    woke: int = 0  # twitches and episodes that woke the baby
    signs: Mapping[str, int] = field(default_factory=dict)  # events showing each sign

    @property
    def rate(self) -> float | None:
        """Twitches per hour of this sleep (None for loose events or a zero-length sleep)."""
        if self.sleep_id is None or self.hours <= 0:
            return None
        return self.twitches / self.hours


@dataclass(frozen=True)
class EpisodeRow:
    """One timed episode: the day it counts for, how long it lasted, whether it woke the baby."""

    event_id: str
    sleep_id: str | None
    day: date
    duration_s: float
    woke_baby: bool


@dataclass(frozen=True)
class BabyAggregates:
    """Everything the review needs about one baby, aggregated once from the store.

    ``hour_counts`` maps a local day to twitches per local hour of day (24 numbers);
    ``part_counts`` maps a local day to twitches per body part. Twitches in a sleep count for
    the day the sleep started on.
    """

    sleeps: Sequence[SleepRow]
    episodes: Sequence[EpisodeRow]
    hour_counts: Mapping[date, Sequence[int]]
    part_counts: Mapping[date, Mapping[str, int]]


@dataclass(frozen=True)
class DayRange:
    """Local calendar days ``first`` to ``last``, both included."""

    first: date
    last: date

    @property
    def days(self) -> int:
        """How many days the range covers."""
        return (self.last - self.first).days + 1

    def previous(self) -> DayRange:
        """The range of the same length just before this one."""
        return DayRange(self.first - timedelta(days=self.days), self.first - timedelta(days=1))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


def checkup_key(baby_id: str) -> str:
    """The ``diary.settings`` key under which a baby's last checkup date is kept (ISO date text)."""
    return f"checkup_date:{baby_id}"


def rows_in(rows: Iterable[SleepRow], days: DayRange) -> list[SleepRow]:
    """The rows whose day lies in the range (one quick pass: the review calls this on every redraw)."""
    first, last = days.first, days.last
    return [row for row in rows if first <= row.day <= last]


def preset_range(
    preset: str, today: date, checkup: date | None = None, earliest: date | None = None
) -> DayRange | None:
    """The days a range preset covers up to ``today``; None when it cannot be formed.

    ``"7"``, ``"14"`` and ``"28"`` are the last so many days including today; ``"checkup"``
    runs from the checkup date the parent set; ``"all"`` from the earliest logged day.
    """
    if preset in {"7", "14", "28"}:
        return DayRange(today - timedelta(days=int(preset) - 1), today)
    if preset == "checkup":
        return None if checkup is None or checkup > today else DayRange(checkup, today)
    if preset == "all":
        return DayRange(min(earliest, today) if earliest else today, today)
    raise ValueError(f"unknown range preset: {preset}")


def rate_per_hour(twitches: int, hours: float) -> float | None:
    """Twitches per sleep hour, or None when under ``MIN_SLEEP_HOURS`` of sleep was logged."""
    if hours < MIN_SLEEP_HOURS:
        return None
    return twitches / hours


@dataclass(frozen=True)
class PeriodSummary:
    """Totals of one range of days, as the review's summary table and the report show them."""

    days: DayRange
    sleeps: int
    sleep_hours: float
    twitches: int  # in sleeps: the numerator of the rate
    twitches_outside_sleep: int
    episodes: int
    longest_episode_s: float
    woke: int
    signs: Mapping[str, int]  # events showing each sign, in the canonical order of SIGNS

    @property
    def rate(self) -> float | None:
        """Twitches per sleep hour over the whole period (None: too little data)."""
        return rate_per_hour(self.twitches, self.sleep_hours)


def summarize(rows: Iterable[SleepRow], days: DayRange) -> PeriodSummary:
    """Add up the rows whose day lies in ``days``."""
    sleeps = 0
    hours = 0.0
    twitches = loose = episodes = woke = 0
    longest = 0.0
    signs: Counter[str] = Counter()
    for row in rows_in(rows, days):
        if row.sleep_id is None:
            loose += row.twitches
        else:
            sleeps += 1
            hours += row.hours
            twitches += row.twitches
        episodes += row.episodes
        woke += row.woke
        longest = max(longest, row.longest_episode_s)
        if row.signs:
            signs.update(row.signs)
    return PeriodSummary(
        days=days,
        sleeps=sleeps,
        sleep_hours=hours,
        twitches=twitches,
        twitches_outside_sleep=loose,
        episodes=episodes,
        longest_episode_s=longest,
        woke=woke,
        signs={sign: signs[sign] for sign in SIGNS if signs[sign]},
    )


def earliest_day(rows: Iterable[SleepRow]) -> date | None:
    """The first day anything was logged, or None for an empty diary."""
    return min((row.day for row in rows), default=None)
