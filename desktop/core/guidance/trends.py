"""Rules about change over weeks: twitching that starts or grows late, and preterm twitching not easing."""

from __future__ import annotations

from datetime import timedelta
from typing import Final

from desktop.core.age import age_on, is_preterm, weeks
from desktop.core.guidance.finding import Fact, Finding
from desktop.core.guidance.rates import Rate, twitch_rate
from desktop.core.guidance.window import Window, ids, local_day, sleep_ids_of

# late_onset_or_increasing (guidance.md): the seed warns of twitching that starts or grows after
# the first months; rising isolated twitches after 3 months can be normal (Sokoloff et al. 2021),
# so a rising rate is a checkup item only.
RATE_DAYS: Final = 21  # "the last 3 logged weeks", compared with the 3 weeks before
RISING_MIN_WEEKS: Final = 12  # "after the first months": from 12 weeks of (corrected) age
RISE_FACTOR: Final = 1.5  # the recent rate is at least 1.5 times the earlier one
MIN_SLEEP_HOURS: Final = 3.0  # each window needs 3+ hours of logged sleep to give a rate
# Benign sleep myoclonus is usually gone by 6 months (Maurer et al. 2010): timed episodes on 2+
# recent days at 26 weeks or older are a doctor item.
EPISODES_MIN_WEEKS: Final = 26
MIN_EPISODE_DAYS: Final = 2
# The seed: twitching usually fades a lot by 2-3 years; frequent twitching at 2 years is a checkup item.
PERSISTENT_MIN_WEEKS: Final = 104
FREQUENT_PER_HOUR: Final = 5.0

# preterm_not_improving (guidance.md): the seed says twitching in premature babies should ease
# toward term-equivalent age; no clinical threshold exists, so a flat or rising trend over the last
# 4 corrected weeks (3+ weeks with data) is only a checkup item.
TREND_WEEKS: Final = 4
MIN_TREND_WEEKS: Final = 3
# Our choice: a week counts as "with data" from 1 hour of logged sleep, so one short nap does not
# set the trend.
MIN_WEEK_SLEEP_HOURS: Final = 1.0


def late_onset_or_increasing(window: Window) -> Finding | None:
    """A rising twitch rate from 12 weeks, episodes at 26+ weeks, or frequent twitching at 2 years."""
    age_weeks = window.effective_weeks(window.as_of)
    recent_first = window.first_day(RATE_DAYS)
    now = twitch_rate(window, recent_first, window.as_of)
    before = twitch_rate(window, recent_first - timedelta(days=RATE_DAYS), recent_first - timedelta(days=1))
    reasons: list[str] = []
    facts: dict[str, Fact] = {
        "age_weeks": age_weeks,
        "age_basis": window.age_basis(),
        "rate_now": now.per_hour,
    }
    evidence_sleeps: list[str] = []
    evidence_events: list[str] = []
    enough = now.hours >= MIN_SLEEP_HOURS
    if (
        age_weeks >= RISING_MIN_WEEKS
        and enough
        and before.hours >= MIN_SLEEP_HOURS
        and now.twitches
        and now.per_hour >= RISE_FACTOR * before.per_hour
    ):
        reasons.append("rising_rate")
        facts["rate_before"] = before.per_hour
        evidence_sleeps.extend(ids(now.sleeps))
    late_episodes = [
        e
        for e in window.recent_events(("episode",))
        if window.effective_weeks(local_day(e.at)) >= EPISODES_MIN_WEEKS
    ]
    episode_days = len({local_day(e.at) for e in late_episodes})
    if episode_days >= MIN_EPISODE_DAYS:
        reasons.append("late_episodes")
        facts["episode_days"] = episode_days
        facts["episode_count"] = len(late_episodes)
        evidence_sleeps.extend(sleep_ids_of(late_episodes))
        evidence_events.extend(ids(late_episodes))
    if age_weeks >= PERSISTENT_MIN_WEEKS and enough and now.per_hour >= FREQUENT_PER_HOUR:
        reasons.append("persisting")
        evidence_sleeps.extend(ids(now.sleeps))
    if not reasons:
        return None
    return Finding(
        "late_onset_or_increasing",
        "doctor" if "late_episodes" in reasons else "checkup",
        tuple(reasons),
        tuple(dict.fromkeys(evidence_sleeps)),
        tuple(evidence_events),
        facts,
    )


def _slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of y over x."""
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread


def preterm_not_improving(window: Window) -> Finding | None:
    """A preterm baby past term-equivalent age whose weekly twitch rate is not falling (checkup)."""
    baby = window.baby
    corrected = age_on(baby, window.as_of).corrected_days
    if not is_preterm(baby) or baby.due_date is None or corrected is None or corrected < 0:
        return None
    current_week = weeks(corrected)
    weekly: list[tuple[int, Rate]] = []
    for week in range(current_week - TREND_WEEKS + 1, current_week + 1):
        first = baby.due_date + timedelta(days=7 * week)
        rate = twitch_rate(window, first, min(first + timedelta(days=6), window.as_of))
        if rate.hours >= MIN_WEEK_SLEEP_HOURS:
            weekly.append((week, rate))
    if len(weekly) < MIN_TREND_WEEKS or not any(rate.twitches for _, rate in weekly):
        return None
    slope = _slope([(float(week), rate.per_hour) for week, rate in weekly])
    if slope < 0:
        return None
    facts: dict[str, Fact] = {
        "weeks_with_data": len(weekly),
        "first_week": weekly[0][0],
        "last_week": weekly[-1][0],
        "rate_first": weekly[0][1].per_hour,
        "rate_last": weekly[-1][1].per_hour,
        "slope": slope,
    }
    sleeps = [s for _, rate in weekly for s in rate.sleeps]
    return Finding("preterm_not_improving", "checkup", ("not_falling",), ids(sleeps), (), facts)
