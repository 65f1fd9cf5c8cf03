"""Rules emergency_signs, with_other_movements and neuro_symptoms, at and around their thresholds."""

from __future__ import annotations

import pytest
from tests.core.guidance.factory import AS_OF, Log, days_ago

from desktop.guidance.wording import finding_text


@pytest.mark.parametrize("sign", ["breathing_pause", "color_change", "unresponsive"])
def test_each_emergency_sign_means_get_help_now(sign: str) -> None:
    log = Log()
    nap = log.sleep(AS_OF)
    seen = log.sign(nap, sign)
    finding = log.finding("emergency_signs")
    assert finding.severity == "emergency"
    assert finding.event_ids == (seen.id,)
    assert finding.sleep_ids == (nap.id,)
    assert log.evaluate()[0].rule == "emergency_signs"


@pytest.mark.parametrize(
    ("days_back", "fires"),
    [(0, True), (13, True), (14, False), (30, False)],
)
def test_emergency_sign_counts_only_in_the_recent_14_days(days_back: int, fires: bool) -> None:
    log = Log()
    log.sleep(AS_OF)  # something recent, so the diary is judged at all
    log.sign(log.sleep(days_ago(days_back), hour=8), "breathing_pause")
    assert ("emergency_signs" in log.fired()) is fires


def test_a_sign_after_the_as_of_day_is_not_seen() -> None:
    log = Log()
    log.sleep(days_ago(3))
    log.sign(log.sleep(AS_OF), "breathing_pause")
    assert "emergency_signs" not in log.fired(as_of=days_ago(1))
    assert "emergency_signs" in log.fired(as_of=AS_OF)


@pytest.mark.parametrize(
    ("duration_s", "stopped", "fires"),
    [
        (299.0, None, False),
        (300.0, None, True),
        (300.0, "not_tried", True),
        (300.0, "no", True),
        (300.0, "yes", False),
        (1200.0, "yes", False),
    ],
)
def test_long_episode_not_stopping_on_waking_means_get_help_now(
    duration_s: float, stopped: str | None, fires: bool
) -> None:
    log = Log()
    nap = log.sleep(AS_OF, hours=2)
    log.episode(nap, duration_s=duration_s, stopped_on_waking=stopped)
    assert (log.fired().get("emergency_signs") == "emergency") is fires


@pytest.mark.parametrize(
    ("signs", "twitch_in_sleep", "expected"),
    [
        (("stiffening",), False, "doctor"),
        (("shaking",), True, "checkup"),
        (("shaking",), False, None),
        (("stiffening", "shaking"), True, "doctor"),
    ],
)
def test_with_other_movements(signs: tuple[str, ...], twitch_in_sleep: bool, expected: str | None) -> None:
    log = Log()
    nap = log.sleep(AS_OF)
    if twitch_in_sleep:
        log.twitch(nap)
    log.sign(nap, *signs)
    assert log.fired().get("with_other_movements") == expected


@pytest.mark.parametrize(
    ("in_sleep", "state", "expected"),
    [
        (False, "awake", "checkup"),  # version 2: shaking while awake counts on its own
        (False, "drowsy", "checkup"),
        (True, "awake", "checkup"),
        (True, "asleep", None),  # shaking in a sleep without twitches
    ],
)
def test_shaking_while_awake_is_a_checkup_item(in_sleep: bool, state: str, expected: str | None) -> None:
    log = Log()
    log.twitch(log.sleep(days_ago(1)))
    nap = log.sleep(AS_OF) if in_sleep else None
    seen = log.sign(nap, "shaking", state=state)
    assert log.fired().get("with_other_movements") == expected
    if expected:
        finding = log.finding("with_other_movements")
        assert finding.event_ids == (seen.id,)
        assert finding.reasons == ("shaking_awake",)


@pytest.mark.parametrize(
    ("signs", "pause_length", "expected"),
    [
        (("breathing_pause",), "under_10s", "doctor"),
        (("breathing_pause",), "10_to_20s", "emergency"),
        (("breathing_pause",), "over_20s", "emergency"),
        (("breathing_pause",), None, "emergency"),  # not sure how long: get help now
        (("breathing_pause", "color_change"), "under_10s", "emergency"),
        (("breathing_pause", "unresponsive"), "under_10s", "emergency"),
        (("breathing_pause", "tremor"), "under_10s", "doctor"),
    ],
)
def test_a_short_pause_with_nothing_worse_is_a_doctor_item(
    signs: tuple[str, ...], pause_length: str | None, expected: str
) -> None:
    log = Log()
    log.sign(log.sleep(AS_OF), *signs, pause_length=pause_length)
    assert log.fired()["emergency_signs"] == expected


def test_a_short_pause_explains_periodic_breathing_and_when_to_get_help() -> None:
    log = Log()
    log.sign(log.sleep(AS_OF), "breathing_pause", pause_length="under_10s")
    finding = log.finding("emergency_signs")
    assert finding.reasons == ("short_pause",)
    text = finding_text(finding)
    assert "periodic breathing" in text.meaning
    assert "5 minutes" in text.action and "20 seconds" in text.action


def test_a_short_pause_beside_a_worse_record_keeps_the_emergency() -> None:
    log = Log()
    nap = log.sleep(AS_OF)
    short = log.sign(nap, "breathing_pause", pause_length="under_10s")
    worse = log.sign(nap, "color_change", after_s=2000)
    finding = log.finding("emergency_signs")
    assert finding.severity == "emergency"
    assert finding.reasons == ("signs", "short_pause")
    assert set(finding.event_ids) == {short.id, worse.id}


@pytest.mark.parametrize(
    ("signs", "expected"),
    [
        (("eyes_rolling",), "doctor"),
        (("tremor",), "checkup"),
        (("sleep_change",), "checkup"),
        (("tremor", "eyes_rolling"), "doctor"),
        (("lost_skills",), "doctor"),  # version 2
        (("lost_skills", "sleep_change"), "doctor"),
        (("stiffening",), None),
    ],
)
def test_neuro_symptoms(signs: tuple[str, ...], expected: str | None) -> None:
    log = Log()
    log.sign(log.sleep(AS_OF), *signs)
    assert log.fired().get("neuro_symptoms") == expected


def test_neuro_symptoms_names_what_was_seen() -> None:
    log = Log()
    nap = log.sleep(AS_OF)
    log.sign(nap, "tremor", "sleep_change")
    finding = log.finding("neuro_symptoms")
    assert finding.facts["signs"] == "tremor,sleep_change"
    assert finding.reasons == ("other_signs",)
