"""Rule rhythmic (version 2): runs of 10+ evenly spaced taps in sleep, and episodes described as rhythmic."""

from __future__ import annotations

import pytest
from tests.core.guidance.factory import AS_OF, Log, baby_aged, days_ago

from desktop.guidance.wording import finding_text


@pytest.mark.parametrize(("taps", "expected"), [(6, None), (9, None), (10, "checkup"), (14, "checkup")])
def test_a_run_of_ten_even_taps_is_a_checkup_item(taps: int, expected: str | None) -> None:
    log = Log()
    log.twitches(log.sleep(AS_OF), taps, every_s=1.0)
    assert log.fired().get("rhythmic") == expected


@pytest.mark.parametrize(
    ("every_s", "expected"),
    [(0.19, None), (0.2, "checkup"), (1.0, "checkup"), (5.0, "checkup"), (5.1, None)],
)
def test_the_spacing_lies_between_a_fifth_of_a_second_and_five_seconds(
    every_s: float, expected: str | None
) -> None:
    log = Log()
    log.twitches(log.sleep(AS_OF), 12, every_s=every_s)
    assert log.fired().get("rhythmic") == expected


@pytest.mark.parametrize(
    ("gaps", "expected"),
    [
        ([0.85, 1.15] * 5, "checkup"),  # CV 0.15: at the limit
        ([0.84, 1.16] * 5, None),  # CV 0.16
        ([0.75, 1.25] * 5, None),  # CV 0.25: rhythmic in version 1, chance in version 2
    ],
)
def test_the_spacing_varies_by_at_most_a_coefficient_of_0_15(gaps: list[float], expected: str | None) -> None:
    log = Log()
    nap = log.sleep(AS_OF)
    offset = 30.0
    log.twitch(nap, offset)
    for gap in gaps:
        offset += gap
        log.twitch(nap, offset)
    assert log.fired().get("rhythmic") == expected


def test_the_finding_points_at_the_taps_of_the_run() -> None:
    log = Log()
    nap = log.sleep(AS_OF)
    log.twitch(nap, after_s=5)  # a lone tap long before the run
    run = log.twitches(nap, 11, every_s=0.5)
    finding = log.finding("rhythmic")
    assert finding.event_ids == tuple(tap.id for tap in run)
    assert finding.sleep_ids == (nap.id,)
    assert finding.facts["longest_run_taps"] == 11
    assert finding.facts["taps_per_second"] == pytest.approx(2.0)


@pytest.mark.parametrize(
    ("fields", "rhythmic", "awake"),
    [
        ({}, "checkup", None),
        ({"stopped_on_waking": "no"}, "checkup", None),  # a tap run has no waking answer of its own
        ({"state": "awake"}, None, "doctor"),  # a run while awake belongs to movements_while_awake
        ({"state": "drowsy"}, None, "doctor"),
    ],
)
def test_a_run_while_awake_or_drowsy_belongs_to_movements_while_awake(
    fields: dict[str, str], rhythmic: str | None, awake: str | None
) -> None:
    log = Log(baby=baby_aged(3))  # too young for clusters_after_waking
    log.twitches(log.sleep(AS_OF), 10, every_s=2.0, **fields)
    fired = log.fired()
    assert fired.get("rhythmic") == rhythmic
    assert fired.get("movements_while_awake") == awake


@pytest.mark.parametrize(
    ("rhythmic", "fields", "expected"),
    [
        (True, {}, "checkup"),
        (False, {}, None),
        (None, {}, None),
        (True, {"stopped_on_waking": "no"}, "doctor"),
        (True, {"stopped_on_waking": "yes"}, "checkup"),
        (True, {"stopped_on_waking": "not_tried"}, "checkup"),
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
    log.twitches(log.sleep(days_ago(14)), 12, every_s=1.0)
    log.twitch(log.sleep(AS_OF))
    assert "rhythmic" not in log.fired()
    assert "rhythmic" in log.fired(as_of=days_ago(1))


@pytest.mark.parametrize(("weeks", "newborn"), [(0, True), (11, True), (12, False), (40, False)])
def test_the_newborn_sentence_only_under_12_weeks(weeks: int, newborn: bool) -> None:
    log = Log(baby=baby_aged(weeks))
    log.twitches(log.sleep(AS_OF), 10, every_s=1.0)
    finding = log.finding("rhythmic")
    assert ("newborn" in finding.reasons) is newborn
    text = finding_text(finding)
    assert ("harmless newborn sleep twitching" in text.meaning) is newborn
    assert ("try waking the baby gently" in text.message) is newborn
