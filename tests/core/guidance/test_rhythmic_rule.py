"""Rule rhythmic: runs of evenly spaced taps and episodes described as rhythmic."""

from __future__ import annotations

import pytest
from tests.core.guidance.factory import AS_OF, Log, days_ago


@pytest.mark.parametrize(("taps", "expected"), [(5, None), (6, "checkup"), (12, "checkup")])
def test_a_run_of_six_even_taps_is_a_checkup_item(taps: int, expected: str | None) -> None:
    log = Log()
    log.twitches(log.sleep(AS_OF), taps, every_s=1.0)
    assert log.fired().get("rhythmic") == expected


def test_the_finding_points_at_the_taps_of_the_run() -> None:
    log = Log()
    nap = log.sleep(AS_OF)
    log.twitch(nap, after_s=5)  # a lone tap long before the run
    run = log.twitches(nap, 7, every_s=0.5)
    finding = log.finding("rhythmic")
    assert finding.event_ids == tuple(tap.id for tap in run)
    assert finding.sleep_ids == (nap.id,)
    assert finding.facts["longest_run_taps"] == 7
    assert finding.facts["taps_per_second"] == pytest.approx(2.0)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, "checkup"),
        ({"state": "awake"}, "doctor"),
        ({"stopped_on_waking": "no"}, "doctor"),
        ({"stopped_on_waking": "yes"}, "checkup"),
        ({"state": "drowsy"}, "checkup"),
    ],
)
def test_rhythm_awake_or_not_stopping_rises_to_doctor(fields: dict[str, str], expected: str) -> None:
    log = Log()
    log.twitches(log.sleep(AS_OF), 6, every_s=2.0, **fields)
    assert log.fired().get("rhythmic") == expected


@pytest.mark.parametrize(
    ("rhythmic", "fields", "expected"),
    [
        (True, {}, "checkup"),
        (False, {}, None),
        (None, {}, None),
        (True, {"stopped_on_waking": "no"}, "doctor"),
        (True, {"state": "awake"}, "doctor"),
    ],
)
def test_an_episode_marked_rhythmic(
    rhythmic: bool | None, fields: dict[str, str], expected: str | None
) -> None:
    log = Log()
    log.episode(log.sleep(AS_OF), rhythmic=rhythmic, **fields)
    assert log.fired().get("rhythmic") == expected


def test_a_run_before_the_recent_window_is_not_counted() -> None:
    log = Log()
    log.twitches(log.sleep(days_ago(14)), 8, every_s=1.0)
    log.twitch(log.sleep(AS_OF))
    assert "rhythmic" not in log.fired()
    assert "rhythmic" in log.fired(as_of=days_ago(1))


def test_taps_far_apart_are_not_rhythmic() -> None:
    log = Log()
    log.twitches(log.sleep(AS_OF), 10, every_s=11.0)
    assert "rhythmic" not in log.fired()
