"""Rule movements_while_awake (new in version 2): awake clusters off waking and rhythmic runs while awake."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tests.core.guidance.factory import AS_OF, Log, at, baby_aged, days_ago

from desktop.core.guidance.awake import awake_clusters
from desktop.core.model import Event, new_id
from desktop.guidance.wording import finding_text


def _awake_taps(log: Log, count: int, every_s: float, hour: int = 10, state: str = "awake") -> list[Event]:
    """Taps outside any sleep, ``every_s`` apart, from ``hour`` o'clock on AS_OF."""
    start = at(AS_OF, hour)
    return [
        log.event(None, start + timedelta(seconds=i * every_s), "twitch", state=state) for i in range(count)
    ]


@pytest.mark.parametrize(
    ("count", "every_s", "expected"),
    [
        (4, 10.0, None),  # 4 taps are not a cluster
        (5, 10.0, "doctor"),  # 5 within 40 s
        (5, 150.0, "doctor"),  # 5 within exactly 10 minutes
        (5, 151.0, None),  # 5 spread over 10 min 4 s
        (12, 400.0, None),  # a tap every few minutes all morning
    ],
)
def test_an_awake_cluster_away_from_any_sleep(count: int, every_s: float, expected: str | None) -> None:
    log = Log(baby=baby_aged(20))
    log.twitch(log.sleep(days_ago(1)))
    _awake_taps(log, count, every_s)
    assert log.fired().get("movements_while_awake") == expected


@pytest.mark.parametrize("state", ["awake", "drowsy"])
def test_drowsy_taps_count_as_awake(state: str) -> None:
    log = Log(baby=baby_aged(3))
    log.twitch(log.sleep(days_ago(1)))
    taps = _awake_taps(log, 6, 20.0, state=state)
    finding = log.finding("movements_while_awake")
    assert finding.reasons == ("awake_clusters",)
    assert finding.event_ids == tuple(t.id for t in taps)
    assert finding.facts["cluster_taps"] == 6


def test_a_cluster_on_waking_is_left_to_clusters_after_waking() -> None:
    log = Log(baby=baby_aged(20))
    nap = log.sleep(AS_OF, hour=6)
    assert nap.end is not None
    for i in range(6):
        log.event(None, nap.end + timedelta(minutes=2, seconds=10 * i), "twitch", state="awake")
    fired = log.fired()
    assert fired.get("clusters_after_waking") == "doctor"
    assert "movements_while_awake" not in fired


@pytest.mark.parametrize(
    ("count", "every_s", "expected"),
    [(9, 1.0, None), (10, 1.0, "doctor"), (10, 5.0, "doctor"), (10, 5.1, None)],
)
def test_a_rhythmic_run_while_awake(count: int, every_s: float, expected: str | None) -> None:
    # Regular jerks while awake, away from any sleep. They are also an awake cluster, so the
    # finding fires either way; the rhythmic run is its own reason only from 10 even taps.
    log = Log(baby=baby_aged(40))
    log.twitch(log.sleep(days_ago(1)))
    start = at(AS_OF, 10)
    for i in range(count):
        # Every 4th tap logged as drowsy: the run is still one run.
        state = "drowsy" if i % 4 == 0 else "awake"
        log.event(None, start + timedelta(seconds=i * every_s), "twitch", state=state)
    finding = [f for f in log.evaluate() if f.rule == "movements_while_awake"]
    if expected is None:
        assert not finding or "awake_runs" not in finding[0].reasons
    else:
        assert finding[0].severity == expected
        assert "awake_runs" in finding[0].reasons


def test_the_message_asks_for_a_doctor_and_lists_when_to_get_help() -> None:
    log = Log(baby=baby_aged(40))
    log.twitch(log.sleep(days_ago(1)))
    _awake_taps(log, 10, 1.0)
    text = finding_text(log.finding("movements_while_awake"))
    assert "pediatrician" in text.action
    assert "5 minutes" in text.action
    assert "evenly spaced" in text.seen


def test_overlapping_ten_minute_windows_are_one_cluster() -> None:
    start = at(AS_OF, 10)
    taps = [
        Event(new_id(), "b", None, start + timedelta(minutes=m), "twitch", state="awake")
        for m in (0, 2, 4, 6, 8, 10, 12, 14, 40, 41)
    ]
    clusters = awake_clusters(taps)
    assert len(clusters) == 1
    assert len(clusters[0].events) == 8
