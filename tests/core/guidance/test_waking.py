"""Rules not_stopping_on_waking, clusters_after_waking and disturbs_sleep (version 2) at their thresholds."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tests.core.guidance.factory import AS_OF, Log, baby_aged, days_ago

from desktop.core.model import Event, Sleep
from desktop.guidance.wording import finding_text


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


def _episode_at(log: Log, sleep: Sleep, minutes_after_end: float, state: str = "drowsy") -> Event:
    """An episode ``minutes_after_end`` after the sleep ended (negative: inside the sleep)."""
    assert sleep.end is not None
    inside = minutes_after_end < 0
    return log.event(
        sleep if inside else None,
        sleep.end + timedelta(minutes=minutes_after_end),
        "episode",
        duration_s=15.0,
        state=state,
    )


def _cluster_at(
    log: Log,
    sleep: Sleep,
    minutes_after_end: float,
    *,
    taps: int = 5,
    every_s: float = 8.0,
    state: str = "awake",
) -> list[Event]:
    """Taps every ``every_s`` seconds from ``minutes_after_end`` after the sleep ended."""
    assert sleep.end is not None
    first = sleep.end + timedelta(minutes=minutes_after_end)
    inside = minutes_after_end < 0
    return [
        log.event(sleep if inside else None, first + timedelta(seconds=i * every_s), "twitch", state=state)
        for i in range(taps)
    ]


@pytest.mark.parametrize(
    ("minutes", "fires"),
    [(-11, False), (-10, True), (-3, True), (0, True), (5, True), (30, True), (31, False)],
)
def test_clusters_after_waking_window_for_an_episode(minutes: float, fires: bool) -> None:
    log = Log(baby=baby_aged(20))
    _episode_at(log, log.sleep(AS_OF, hour=6), minutes)
    assert (log.fired().get("clusters_after_waking") == "doctor") is fires


@pytest.mark.parametrize(
    ("minutes", "fires"),
    [(-11, False), (-10, True), (0, True), (30, True), (31, False)],
)
def test_clusters_after_waking_window_for_an_awake_cluster(minutes: float, fires: bool) -> None:
    log = Log(baby=baby_aged(20))
    _cluster_at(log, log.sleep(AS_OF, hour=6), minutes, state="drowsy")
    assert (log.fired().get("clusters_after_waking") == "doctor") is fires


@pytest.mark.parametrize(("taps", "span_s", "fires"), [(4, 30.0, False), (5, 600.0, True), (5, 601.0, False)])
def test_an_awake_cluster_is_five_taps_within_ten_minutes(taps: int, span_s: float, fires: bool) -> None:
    log = Log(baby=baby_aged(20))
    _cluster_at(log, log.sleep(AS_OF, hour=6), 2, taps=taps, every_s=span_s / (taps - 1))
    assert (log.fired().get("clusters_after_waking") == "doctor") is fires


def test_an_episode_logged_asleep_is_not_on_waking() -> None:
    log = Log(baby=baby_aged(20))
    _episode_at(log, log.sleep(AS_OF, hour=6), -3, state="asleep")
    assert "clusters_after_waking" not in log.fired()


def test_one_day_is_enough() -> None:
    log = Log(baby=baby_aged(20))
    _episode_at(log, log.sleep(days_ago(13), hour=6), 5)
    log.twitch(log.sleep(AS_OF))
    finding = log.finding("clusters_after_waking")
    assert finding.severity == "doctor"
    assert finding.facts["days"] == 1


@pytest.mark.parametrize(
    ("weeks", "rule"),
    [
        (7, "movements_while_awake"),
        (8, "clusters_after_waking"),
        (52, "clusters_after_waking"),
        (104, "clusters_after_waking"),
        (105, "movements_while_awake"),
    ],
)
def test_clusters_after_waking_at_8_weeks_to_24_months(weeks: int, rule: str) -> None:
    log = Log(baby=baby_aged(weeks, extra_days=1))
    _cluster_at(log, log.sleep(AS_OF, hour=6), 5)
    fired = log.fired()
    assert fired.get(rule) == "doctor"
    assert len({"clusters_after_waking", "movements_while_awake"} & set(fired)) == 1


@pytest.mark.parametrize(("weeks", "fires"), [(7, False), (8, True), (104, True), (105, False)])
def test_an_awake_episode_on_waking_at_8_weeks_to_24_months(weeks: int, fires: bool) -> None:
    log = Log(baby=baby_aged(weeks, extra_days=1))
    _episode_at(log, log.sleep(AS_OF, hour=6), 5)
    assert ("clusters_after_waking" in log.fired()) is fires


def test_clusters_after_waking_uses_corrected_age_for_a_preterm_baby() -> None:
    # 12 weeks since birth, but born 8 weeks early: 4 weeks corrected, too young for the rule.
    log = Log(baby=baby_aged(4, preterm_weeks=8))
    _episode_at(log, log.sleep(AS_OF, hour=6), 5)
    assert "clusters_after_waking" not in log.fired()
    older = Log(baby=baby_aged(9, preterm_weeks=8, extra_days=1))
    for day in (AS_OF, days_ago(1)):
        _episode_at(older, older.sleep(day, hour=6), 5)
    finding = older.finding("clusters_after_waking")
    assert len(finding.event_ids) == 2
    assert len(finding.sleep_ids) == 2


def test_the_message_says_today_names_lost_skills_and_does_not_minimise() -> None:
    log = Log(baby=baby_aged(30))
    nap = log.sleep(AS_OF, hour=6)
    _cluster_at(log, nap, 3)
    lost = log.sign(None, "lost_skills")
    finding = log.finding("clusters_after_waking")
    assert finding.reasons == ("tap_clusters", "lost_skills")
    assert lost.id in finding.event_ids
    text = finding_text(finding)
    assert "today" in text.title
    assert "Call your pediatrician today" in text.action
    assert "lost a skill" in text.seen
    assert "film" in text.action.casefold()
    assert "harmless" not in text.message


@pytest.mark.parametrize(
    ("woken_backs", "expected"),
    [
        ((), None),
        ((0,), None),
        ((0, 12), "checkup"),  # 2 sleeps in 14 days
        ((0, 7, 13), "checkup"),  # 3 sleeps, but never 3 within 7 days
        ((0, 3, 6), "doctor"),  # 3 sleeps within 7 days
        ((7, 10, 13), "doctor"),  # an earlier 7 days of the recent 14
        ((1, 4, 7, 8), "doctor"),
    ],
)
def test_disturbs_sleep_by_woken_sleeps(woken_backs: tuple[int, ...], expected: str | None) -> None:
    log = Log()
    for back in range(14):
        nap = log.sleep(days_ago(back))
        log.twitch(nap, woke_baby=back in woken_backs)
        log.twitch(nap, after_s=600)
    assert log.fired().get("disturbs_sleep") == expected


def test_two_waking_twitches_in_one_sleep_are_one_sleep() -> None:
    log = Log()
    nap = log.sleep(AS_OF)
    log.twitch(nap, woke_baby=True)
    log.twitch(nap, after_s=900, woke_baby=True)
    assert "disturbs_sleep" not in log.fired()


@pytest.mark.parametrize(
    ("duration_s", "woke", "expected"),
    [(59.0, True, None), (60.0, True, "doctor"), (600.0, False, None)],
)
def test_disturbs_sleep_by_one_long_episode(duration_s: float, woke: bool, expected: str | None) -> None:
    log = Log()
    log.episode(log.sleep(AS_OF), duration_s=duration_s, woke_baby=woke, stopped_on_waking="yes")
    assert log.fired().get("disturbs_sleep") == expected
