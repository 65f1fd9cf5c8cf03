"""Binning review rows into weeks of age, and the plain data each review chart draws.

A week of age comes from the local calendar date a sleep started on (design.md section 3):
chronological age counts from the birth date, corrected age from the due date. Corrected age is
the default for a baby born before 37 weeks. A week with under an hour of logged sleep has no
rate ("too little data"): charts leave a gap there and mark it, never drawing a zero.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from desktop.core.age import is_preterm, weeks
from desktop.core.model import Baby
from desktop.core.stats import DayRange, EpisodeRow, SleepRow, rate_per_hour, rows_in
from desktop.core.value_labels import BODY_PART_LABELS, capitalised

AGE_MODES: Final = ("corrected", "chronological")
# The body-part chart groups the face's parts: eight colours are as many as stay distinguishable.
# The group names are the parts' own labels (the face's group carries the face's name).
PART_GROUPS: Final = tuple(
    (capitalised(BODY_PART_LABELS[parts[0]]), parts)
    for parts in (
        ("face", "eyes", "mouth"),
        ("hand",),
        ("arm",),
        ("leg",),
        ("foot",),
        ("torso",),
        ("whole_body",),
        ("unknown",),
    )
)


def can_correct(baby: Baby) -> bool:
    """True when corrected age exists for the baby (a due date is recorded)."""
    return baby.due_date is not None


def default_age_mode(baby: Baby) -> str:
    """Corrected age for a baby born before 37 weeks, chronological age otherwise."""
    return "corrected" if is_preterm(baby) else "chronological"


def _reference(baby: Baby, mode: str) -> date:
    if mode not in AGE_MODES:
        raise ValueError(f"unknown age mode: {mode}")
    if mode == "corrected" and baby.due_date is not None:
        return baby.due_date
    return baby.birth_date


def age_days(baby: Baby, day: date, mode: str) -> int:
    """Age in days on a local date (corrected falls back to chronological without a due date)."""
    return (day - _reference(baby, mode)).days


def week_of(baby: Baby, day: date, mode: str) -> int:
    """Whole week of age on a local date (negative before term-equivalent age when corrected)."""
    return weeks(age_days(baby, day, mode))


def term_week(baby: Baby, mode: str) -> float | None:
    """Where term-equivalent age (corrected week 0) falls on the age axis; None for a term baby."""
    if baby.due_date is None or not is_preterm(baby):
        return None
    return (baby.due_date - _reference(baby, mode)).days / 7


def clip_to_life(baby: Baby, days: DayRange) -> DayRange:
    """The part of a range from the birth date on (a range may reach back before birth)."""
    first = max(days.first, baby.birth_date)
    return DayRange(first, max(first, days.last))


@dataclass(frozen=True)
class WeekRow:
    """One week of age: its sleep and what was logged, and its honest rate."""

    week: int
    sleeps: int
    sleep_hours: float
    twitches: int
    q1: float | None  # interquartile band of per-sleep rates (the spread, not the rate)
    q3: float | None
    episodes: int
    longest_episode_s: float

    @property
    def rate(self) -> float | None:
        """Total twitches over total sleep hours; None when under an hour of sleep was logged."""
        return rate_per_hour(self.twitches, self.sleep_hours)

    @property
    def too_little_data(self) -> bool:
        """True when the week has no rate to show."""
        return self.rate is None


def week_span(baby: Baby, days: DayRange, mode: str) -> list[int]:
    """Every week of age a range touches, in order."""
    days = clip_to_life(baby, days)
    return list(range(week_of(baby, days.first, mode), week_of(baby, days.last, mode) + 1))


def _quartiles(rates: list[float]) -> tuple[float | None, float | None]:
    if not rates:
        return None, None
    if len(rates) == 1:
        return rates[0], rates[0]
    q1, _, q3 = statistics.quantiles(rates, n=4, method="inclusive")
    return q1, q3


@dataclass
class _WeekTotals:
    """Running totals of one week while the rows are read once."""

    sleeps: int = 0
    hours: float = 0.0
    twitches: int = 0
    episodes: int = 0
    longest: float = 0.0
    rates: list[float] = field(default_factory=list)


def weekly_rates(rows: Iterable[SleepRow], baby: Baby, mode: str, days: DayRange) -> list[WeekRow]:
    """One row per week of age in the range, weeks without sleep included (as too little data)."""
    totals = {week: _WeekTotals() for week in week_span(baby, days, mode)}
    reference = _reference(baby, mode)
    for row in rows_in(rows, days):
        week = (row.day - reference).days // 7
        total = totals.get(week) or totals.setdefault(week, _WeekTotals())
        total.episodes += row.episodes
        total.longest = max(total.longest, row.longest_episode_s)
        if row.sleep_id is None:
            continue  # loose events: no sleep time, so no part of the rate
        total.sleeps += 1
        total.hours += row.hours
        total.twitches += row.twitches
        if row.hours > 0:
            total.rates.append(row.twitches / row.hours)
    result = []
    for week in sorted(totals):
        total = totals[week]
        enough = rate_per_hour(0, total.hours) is not None
        q1, q3 = _quartiles(total.rates) if enough else (None, None)
        result.append(
            WeekRow(week, total.sleeps, total.hours, total.twitches, q1, q3, total.episodes, total.longest)
        )
    return result


@dataclass(frozen=True)
class RateChart:
    """Twitches per sleep hour by age: a point per sleep and the weekly rate with its spread."""

    ages: Sequence[float]  # weeks of age at each sleep's start (fractional, for spreading points)
    rates: Sequence[float]
    hours: Sequence[float]  # each sleep's length: the point size
    sleep_ids: Sequence[str]
    weeks: Sequence[WeekRow]
    mode: str
    term_week: float | None


def rate_chart(rows: Iterable[SleepRow], baby: Baby, mode: str, days: DayRange) -> RateChart:
    """The data of the rate-by-age chart for a range of days."""
    rows = rows_in(rows, days)
    reference = _reference(baby, mode)
    ages: list[float] = []
    rates: list[float] = []
    hours: list[float] = []
    ids: list[str] = []
    for row in rows:
        rate = row.rate
        if rate is None or row.sleep_id is None or row.start is None:
            continue
        fraction = (row.start.hour * 60 + row.start.minute) / 1440
        ages.append(((row.day - reference).days + fraction) / 7)
        rates.append(rate)
        hours.append(row.hours)
        ids.append(row.sleep_id)
    return RateChart(
        ages, rates, hours, ids, weekly_rates(rows, baby, mode, days), mode, term_week(baby, mode)
    )


@dataclass(frozen=True)
class EpisodeChart:
    """Episodes per week of age and how long each one lasted."""

    weeks: Sequence[int]
    counts: Sequence[int]
    ages: Sequence[float]  # one per episode: week of age (the middle of its week)
    durations_s: Sequence[float]
    woke: Sequence[bool]
    mode: str
    too_little: Sequence[int] = ()  # weeks with under an hour of logged sleep


def too_little_weeks(week_rows: Iterable[WeekRow]) -> list[int]:
    """The weeks whose logged sleep is too short to say anything (no count there is a zero)."""
    return [row.week for row in week_rows if row.too_little_data]


def episode_chart(
    episodes: Iterable[EpisodeRow], baby: Baby, mode: str, days: DayRange, too_little: Sequence[int] = ()
) -> EpisodeChart:
    """The data of the episodes chart for a range of days."""
    span = week_span(baby, days, mode)
    counts = dict.fromkeys(span, 0)
    ages: list[float] = []
    durations: list[float] = []
    woke: list[bool] = []
    for episode in episodes:
        if episode.day not in days:
            continue
        week = week_of(baby, episode.day, mode)
        counts[week] = counts.get(week, 0) + 1
        ages.append(week + 0.5)
        durations.append(episode.duration_s)
        woke.append(episode.woke_baby)
    ordered = sorted(counts)
    return EpisodeChart(ordered, [counts[week] for week in ordered], ages, durations, woke, mode, too_little)


@dataclass(frozen=True)
class BodyPartChart:
    """Share of each week's twitches per body-part group (percent); empty weeks have no bar."""

    weeks: Sequence[int]
    groups: Sequence[str]
    shares: Sequence[Sequence[float]]  # shares[group][week index], percent
    totals: Sequence[int]  # twitches per week
    mode: str
    too_little: Sequence[int] = ()


def body_part_chart(
    part_counts: Mapping[date, Mapping[str, int]],
    baby: Baby,
    mode: str,
    days: DayRange,
    too_little: Sequence[int] = (),
) -> BodyPartChart:
    """The data of the body-part mix chart for a range of days."""
    span = week_span(baby, days, mode)
    index = {week: position for position, week in enumerate(span)}
    group_of = {part: number for number, (_, parts) in enumerate(PART_GROUPS) for part in parts}
    counts = [[0] * len(span) for _ in PART_GROUPS]
    for day, parts in part_counts.items():
        if day not in days:
            continue
        column = index.get(week_of(baby, day, mode))
        if column is None:  # before birth: nothing valid is logged there
            continue
        for part, count in parts.items():
            counts[group_of.get(part, len(PART_GROUPS) - 1)][column] += count
    totals = [sum(group[column] for group in counts) for column in range(len(span))]
    shares = [
        [100 * group[column] / totals[column] if totals[column] else 0.0 for column in range(len(span))]
        for group in counts
    ]
    names = [capitalised(BODY_PART_LABELS[parts[0]]) for _, parts in PART_GROUPS]  # in the run's language
    return BodyPartChart(span, names, shares, totals, mode, too_little)


@dataclass(frozen=True)
class HourChart:
    """Twitches by week of age and local hour of day (a heatmap)."""

    weeks: Sequence[int]
    counts: Sequence[Sequence[int]]  # counts[week index][hour]
    mode: str
    too_little: Sequence[int] = ()


def hour_chart(
    hour_counts: Mapping[date, Sequence[int]],
    baby: Baby,
    mode: str,
    days: DayRange,
    too_little: Sequence[int] = (),
) -> HourChart:
    """The data of the time-of-day chart for a range of days."""
    span = week_span(baby, days, mode)
    index = {week: position for position, week in enumerate(span)}
    counts = [[0] * 24 for _ in span]
    for day, hours in hour_counts.items():
        if day not in days:
            continue
        position = index.get(week_of(baby, day, mode))
        if position is None:  # before birth: nothing valid is logged there
            continue
        row = counts[position]
        for hour, count in enumerate(hours):
            row[hour] += count
    return HourChart(span, counts, mode, too_little)
