"""Rules spreading, late_onset_or_increasing, preterm_not_improving and family_history."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tests.core.guidance.factory import AS_OF, Log, baby_aged, days_ago

from desktop.core.model import Baby


def _twitches_in_half(log: Log, first_back: int, total: int, large: int) -> None:
    """``total`` taps over 4 naps in the 14 days starting ``first_back`` days ago, ``large`` in the torso."""
    for i in range(total):
        nap = log.sleep(days_ago(first_back - (i % 4)), hour=13) if i < 4 else log.sleeps[-4 + (i % 4)]
        log.twitch(nap, after_s=30 + 97 * i, body_part="torso" if i < large else "hand")


@pytest.mark.parametrize(
    ("before", "now", "each", "fires"),
    [
        (2, 6, 20, True),  # 10 % -> 30 %: at the threshold
        (2, 5, 20, False),  # 25 % is under 30 %
        (4, 7, 20, False),  # 35 % is under double 20 %
        (4, 8, 20, True),  # 40 % is double 20 %
        (0, 6, 19, False),  # too few taps to compare
    ],
)
def test_spreading_to_larger_muscle_groups(before: int, now: int, each: int, fires: bool) -> None:
    log = Log()
    _twitches_in_half(log, 27, each, before)
    _twitches_in_half(log, 3, each, now)
    assert (log.fired().get("spreading") == "checkup") is fires


@pytest.mark.parametrize(("parts_before", "parts_now", "fires"), [(1, 3, True), (1, 2, False), (2, 4, True)])
def test_spreading_to_more_body_parts_per_sleep(parts_before: int, parts_now: int, fires: bool) -> None:
    parts = ("hand", "foot", "face", "arm", "leg")
    log = Log()
    for back, count in (
        (20, parts_before),
        (18, parts_before),
        (16, parts_before),
        (4, parts_now),
        (2, parts_now),
        (0, parts_now),
    ):
        nap = log.sleep(days_ago(back))
        for i, part in enumerate(parts[:count]):
            log.twitch(nap, after_s=60 + 120 * i, body_part=part)
    assert ("spreading" in log.fired()) is fires


def _rate_log(
    baby: Baby, before_taps: int, now_taps: int, now_hours: float = 3.0, before_hours: float = 3.0
) -> Log:
    """Three sleeps in each 3-week window (the later ones in the recent 14 days), taps spread evenly."""
    log = Log(baby=baby)
    for window_back, taps, hours in ((35, before_taps, before_hours), (12, now_taps, now_hours)):
        naps = [log.sleep(days_ago(window_back - 3 * i), hours=hours / 3) for i in range(3)]
        for i in range(taps):
            log.twitch(naps[i % 3], after_s=20 + 15 * (i // 3))
    return log


@pytest.mark.parametrize(
    ("weeks", "before", "now", "before_hours", "fires"),
    [
        (12, 6, 9, 3.0, True),  # 3 per hour against 2: exactly 1.5 times and 1 per hour more
        (12, 6, 8, 3.0, False),  # 2.7 against 2
        (12, 2, 3, 3.0, False),  # 1 against 0.67: 1.5 times, but only 0.33 per hour more
        (12, 4, 6, 3.0, False),  # 2 against 1.33: 1.5 times, 0.67 per hour more
        (11, 6, 9, 3.0, False),  # too young: twitching often grows then
        (12, 6, 9, 2.9, False),  # too little sleep logged in the earlier weeks
        (12, 0, 9, 3.0, True),  # twitching that started after 3 months
        (12, 0, 0, 3.0, False),  # nothing in either window
    ],
)
def test_rising_twitch_rate_from_12_weeks(
    weeks: int, before: int, now: int, before_hours: float, fires: bool
) -> None:
    log = _rate_log(baby_aged(weeks), before, now, before_hours=before_hours)
    assert (log.fired().get("late_onset_or_increasing") == "checkup") is fires


@pytest.mark.parametrize(("weeks", "taps", "fires"), [(104, 15, True), (104, 14, False), (103, 15, False)])
def test_frequent_twitching_past_two_years(weeks: int, taps: int, fires: bool) -> None:
    log = _rate_log(baby_aged(weeks), taps, taps)  # steady, so only "persisting" can fire
    finding = [f for f in log.evaluate() if f.rule == "late_onset_or_increasing"]
    assert bool(finding) is fires
    if fires:
        assert finding[0].reasons == ("persisting",)


@pytest.mark.parametrize(("weeks", "days", "expected"), [(26, 2, "doctor"), (26, 1, None), (25, 2, None)])
def test_episodes_at_six_months_or_older(weeks: int, days: int, expected: str | None) -> None:
    log = Log(baby=baby_aged(weeks, extra_days=1))
    for back in range(days):
        log.episode(log.sleep(days_ago(back)), stopped_on_waking="yes")
    assert log.fired().get("late_onset_or_increasing") == expected


def _weekly(log: Log, rates: list[float | None], hours: float = 3.0) -> None:
    """One sleep of ``hours`` per complete corrected week, oldest first, ending with the last complete one."""
    due = log.baby.due_date
    assert due is not None
    last_complete = ((AS_OF - due).days + 1) // 7 - 1
    for offset, rate in enumerate(rates):
        if rate is None:
            continue
        week = last_complete - len(rates) + 1 + offset
        nap = log.sleep(due + timedelta(days=7 * week + 1), hours=hours)
        log.twitches(nap, round(rate * hours))


@pytest.mark.parametrize(
    ("rates", "fires"),
    [
        ([4, 4, 5, 5], True),  # the last 2 weeks at exactly 1.25 times the first 2
        ([4, 4, 5, 4.67], False),  # 1.21 times
        ([6, 6, 6, 6], False),  # flat: version 1 flagged it, version 2 does not
        ([6, 5, 6, 5], False),  # week-to-week noise
        ([4, 5, 6, 7], True),  # rising
        ([8, 7, 6, 5], False),  # falling
        ([0, 0, 0, 2], True),  # twitching that started near term age
        ([0, 0, 0, 0], False),  # no twitches at all
        ([None, 4, 6, 7], False),  # a week without sleep logged: no trend
    ],
)
def test_preterm_twitching_rising_near_term_age(rates: list[float | None], fires: bool) -> None:
    log = Log(baby=baby_aged(5, preterm_weeks=8, extra_days=2))
    _weekly(log, rates)
    assert (log.fired().get("preterm_not_improving") == "checkup") is fires


@pytest.mark.parametrize(("hours", "fires"), [(3.0, True), (2.9, False)])
def test_each_week_needs_three_hours_of_sleep(hours: float, fires: bool) -> None:
    log = Log(baby=baby_aged(5, preterm_weeks=8, extra_days=2))
    _weekly(log, [4, 5, 6, 7], hours=hours)
    assert ("preterm_not_improving" in log.fired()) is fires


@pytest.mark.parametrize(
    ("baby", "fires"),
    [
        (baby_aged(5, preterm_weeks=8, extra_days=2), True),
        (baby_aged(0, preterm_weeks=8, extra_days=0), True),  # corrected age 0
        (baby_aged(12, preterm_weeks=8, extra_days=6), True),  # still 12 weeks corrected
        (baby_aged(13, preterm_weeks=8), False),  # past 12 weeks corrected
        (baby_aged(5, preterm_weeks=2, extra_days=2), False),  # born at 38 weeks: not preterm
        (baby_aged(-1, preterm_weeks=8, extra_days=2), False),  # before term-equivalent age
    ],
)
def test_preterm_rule_needs_a_preterm_baby_near_term_age(baby: Baby, fires: bool) -> None:
    log = Log(baby=baby)
    _weekly(log, [4, 5, 6, 7])
    assert ("preterm_not_improving" in log.fired()) is fires


def test_the_week_of_the_as_of_day_counts_only_once_complete() -> None:
    # As of the last day of a corrected week, that week is complete and is the newest of the 4.
    log = Log(baby=baby_aged(5, preterm_weeks=8, extra_days=6))
    _weekly(log, [4, 5, 6, 7])
    finding = log.finding("preterm_not_improving")
    assert finding.facts["last_week"] == 5
    assert finding.facts["first_week"] == 2


@pytest.mark.parametrize(
    ("history", "twitch", "expected"),
    [
        (frozenset({"epilepsy"}), True, "checkup"),
        (frozenset(), True, None),
        (frozenset({"startle_disease"}), False, None),
    ],
)
def test_family_history_with_recent_twitching(
    history: frozenset[str], twitch: bool, expected: str | None
) -> None:
    log = Log(baby=baby_aged(10, history=history))
    nap = log.sleep(AS_OF)
    if twitch:
        log.twitch(nap)
    assert log.fired().get("family_history") == expected
