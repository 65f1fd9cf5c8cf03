"""Rules about change over weeks: twitching that starts or grows late, and preterm twitching not easing."""

from __future__ import annotations

from datetime import timedelta
from typing import Final

from desktop.core.age import age_on, is_preterm, weeks
from desktop.core.guidance.finding import Fact, Finding
from desktop.core.guidance.rates import Rate, twitch_rate
from desktop.core.guidance.window import Window, ids, local_day, sleep_ids_of

# late_onset_or_increasing (guidance.md): the parenting article warns of twitching that starts or grows after
# the first months; rising isolated twitches after 3 months can be normal (Sokoloff et al. 2021),
# so a rising rate is a checkup item only.
RATE_DAYS: Final = 21  # "the last 3 logged weeks", compared with the 3 weeks before
RISING_MIN_WEEKS: Final = 12  # "after the first months": from 12 weeks of (corrected) age
RISE_FACTOR: Final = 1.5  # the recent rate is at least 1.5 times the earlier one...
MIN_RISE_PER_HOUR: Final = 1.0  # ...and at least 1 twitch per sleep hour higher, so 0.2 -> 0.3 is no rise
MIN_SLEEP_HOURS: Final = 3.0  # each window needs 3+ hours of logged sleep to give a rate
# Benign sleep myoclonus is usually gone by 6 months (Maurer et al. 2010): timed episodes on 2+
# recent days at 26 weeks or older are a doctor item.
EPISODES_MIN_WEEKS: Final = 26
MIN_EPISODE_DAYS: Final = 2
# The parenting article: twitching usually fades a lot by 2-3 years; frequent twitching at 2 years is
# a checkup item.
PERSISTENT_MIN_WEEKS: Final = 104
FREQUENT_PER_HOUR: Final = 5.0

# preterm_not_improving (guidance.md version 2): the parenting article says twitching in premature
# babies should ease toward term-equivalent age; no clinical threshold exists, so only a clear rise
# near term age counts. Version 1 (a least-squares slope of 0 or more over 3 of the last 4 weeks)
# flipped day to day for half the preterm babies of a population test: week-to-week noise in a
# flat rate is as often a tiny rise as a tiny fall.
MAX_CORRECTED_WEEKS: Final = 12  # corrected age 0 to 12 weeks: "near term-equivalent age"
TREND_WEEKS: Final = 4  # the last 4 complete corrected weeks...
MIN_WEEK_SLEEP_HOURS: Final = 3.0  # ...each with 3+ hours of logged sleep...
PRETERM_RISE_FACTOR: Final = 1.25  # ...and the last 2 at least 1.25 times the rate of the first 2
# Floating-point slack so that a rise exactly at a threshold counts.
_EPSILON: Final = 1e-9


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
        and now.per_hour - before.per_hour >= MIN_RISE_PER_HOUR - _EPSILON
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


def _combined(rates: list[Rate]) -> float:
    """Twitches per sleep hour of several spans taken together."""
    hours = sum(rate.hours for rate in rates)
    return sum(len(rate.twitches) for rate in rates) / hours if hours > 0 else 0.0


def preterm_not_improving(window: Window) -> Finding | None:
    """A preterm baby near term age whose twitch rate rose clearly over the last 4 corrected weeks."""
    baby = window.baby
    corrected = age_on(baby, window.as_of).corrected_days
    if not is_preterm(baby) or baby.due_date is None or corrected is None:
        return None
    if not 0 <= weeks(corrected) <= MAX_CORRECTED_WEEKS:
        return None
    # Corrected week k is the 7 days from due date + 7k; the as-of day's own week is not complete
    # unless the as-of day is its last day.
    last_complete = weeks(corrected + 1) - 1
    weekly: list[tuple[int, Rate]] = []
    for week in range(last_complete - TREND_WEEKS + 1, last_complete + 1):
        first = baby.due_date + timedelta(days=7 * week)
        rate = twitch_rate(window, first, first + timedelta(days=6))
        if rate.hours < MIN_WEEK_SLEEP_HOURS:
            return None
        weekly.append((week, rate))
    half = TREND_WEEKS // 2
    rate_first = _combined([rate for _, rate in weekly[:half]])
    rate_last = _combined([rate for _, rate in weekly[half:]])
    if rate_last <= 0 or rate_last < PRETERM_RISE_FACTOR * rate_first - _EPSILON:
        return None
    facts: dict[str, Fact] = {
        "first_week": weekly[0][0],
        "last_week": weekly[-1][0],
        "rate_first": rate_first,
        "rate_last": rate_last,
    }
    sleeps = [s for _, rate in weekly for s in rate.sleeps]
    return Finding("preterm_not_improving", "checkup", ("rising",), ids(sleeps), (), facts)
