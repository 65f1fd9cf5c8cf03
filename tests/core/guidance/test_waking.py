"""Rules not_stopping_on_waking, clusters_after_waking and disturbs_sleep around their thresholds."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tests.core.guidance.factory import AS_OF, Log, baby_aged, days_ago

from desktop.core.model import Sleep


@pytest.mark.parametrize(
    ("stopped", "state", "expected"),
    [
        ("no", "asleep", "doctor"),
        ("yes", "asleep", None),
        ("not_tried", "asleep", None),
        (None, "awake", "doctor"),
        ("yes", "awake", "doctor"),
        (None, "drowsy", None),
    ],
)
def test_not_stopping_on_waking(stopped: str | None, state: str, expected: str | None) -> None:
    log = Log()
    log.episode(log.sleep(AS_OF), stopped_on_waking=stopped, state=state)
    assert log.fired().get("not_stopping_on_waking") == expected


def _episode_after(log: Log, sleep: Sleep, minutes: float, state: str = "drowsy") -> None:
    assert sleep.end is not None
    log.event(None, sleep.end + timedelta(minutes=minutes), "episode", duration_s=15.0, state=state)


@pytest.mark.parametrize(
    ("minutes", "days", "fires"),
    [(5, 2, True), (30, 2, True), (31, 2, False), (5, 1, False), (0, 3, True)],
)
def test_clusters_after_waking_window_and_days(minutes: float, days: int, fires: bool) -> None:
    log = Log(baby=baby_aged(20))
    for back in range(days):
        _episode_after(log, log.sleep(days_ago(back), hour=6), minutes)
    assert (log.fired().get("clusters_after_waking") == "doctor") is fires


def test_two_clusters_on_the_same_day_are_one_day() -> None:
    log = Log(baby=baby_aged(20))
    _episode_after(log, log.sleep(AS_OF, hour=6), 5)
    _episode_after(log, log.sleep(AS_OF, hour=13), 5)
    assert "clusters_after_waking" not in log.fired()


@pytest.mark.parametrize(("weeks", "fires"), [(7, False), (8, True), (52, True), (53, False)])
def test_clusters_after_waking_only_at_8_to_52_weeks(weeks: int, fires: bool) -> None:
    # One day past the whole week, so both days below fall in the same week of age.
    log = Log(baby=baby_aged(weeks, extra_days=1))
    for day in (AS_OF, days_ago(1)):
        _episode_after(log, log.sleep(day, hour=6), 5)
    assert ("clusters_after_waking" in log.fired()) is fires


def test_clusters_after_waking_uses_corrected_age_for_a_preterm_baby() -> None:
    # 12 weeks since birth, but born 8 weeks early: 4 weeks corrected, too young for the rule.
    log = Log(baby=baby_aged(4, preterm_weeks=8))
    for day in (AS_OF, days_ago(1)):
        _episode_after(log, log.sleep(day, hour=6), 5)
    assert "clusters_after_waking" not in log.fired()
    older = Log(baby=baby_aged(9, preterm_weeks=8, extra_days=1))
    for day in (AS_OF, days_ago(1)):
        _episode_after(older, older.sleep(day, hour=6), 5)
    finding = older.finding("clusters_after_waking")
    assert len(finding.event_ids) == 2
    assert len(finding.sleep_ids) == 2


@pytest.mark.parametrize(
    ("woken_sleeps", "fires"),
    [(0, False), (1, False), (2, True), (3, True)],
)
def test_disturbs_sleep_in_two_or_more_sleeps(woken_sleeps: int, fires: bool) -> None:
    log = Log()
    for back in range(3):
        nap = log.sleep(days_ago(back))
        log.twitch(nap, woke_baby=back < woken_sleeps)
        log.twitch(nap, after_s=600)
    assert (log.fired().get("disturbs_sleep") == "doctor") is fires


def test_two_waking_twitches_in_one_sleep_are_one_sleep() -> None:
    log = Log()
    nap = log.sleep(AS_OF)
    log.twitch(nap, woke_baby=True)
    log.twitch(nap, after_s=900, woke_baby=True)
    assert "disturbs_sleep" not in log.fired()


@pytest.mark.parametrize(
    ("duration_s", "woke", "fires"),
    [(59.0, True, False), (60.0, True, True), (600.0, False, False)],
)
def test_disturbs_sleep_by_one_long_episode(duration_s: float, woke: bool, fires: bool) -> None:
    log = Log()
    log.episode(log.sleep(AS_OF), duration_s=duration_s, woke_baby=woke, stopped_on_waking="yes")
    assert ("disturbs_sleep" in log.fired()) is fires
