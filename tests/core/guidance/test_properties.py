"""Properties: ordinary twitching never raises a doctor or emergency item; a breathing pause always does."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.core.guidance.factory import AS_OF, Log, baby_aged, days_ago

from desktop.core.model import Sleep

SMALL_PARTS = ("face", "mouth", "hand", "arm", "leg", "foot", "unknown")

# One sleep: how many days back, how long, and its taps as bursts of irregular gaps (seconds).
sleeps = st.tuples(
    st.integers(min_value=0, max_value=50),
    st.floats(min_value=0.5, max_value=10.0),
    st.lists(
        st.lists(st.floats(min_value=0.2, max_value=30.0), min_size=0, max_size=12),
        min_size=0,
        max_size=5,
    ),
)


def _ordinary_log(weeks: int, plan: list[tuple[int, float, list[list[float]]]], parts: st.DataObject) -> Log:
    log = Log(baby=baby_aged(weeks))
    for back, hours, bursts in plan:
        day = days_ago(back)
        if any(s.start.date() == day for s in log.sleeps):
            continue  # one sleep a day keeps sleeps from overlapping
        nap: Sleep = log.sleep(day, hour=1, hours=hours)
        offset = 60.0
        for burst in bursts:
            for gap in burst:
                offset += gap
                if offset < hours * 3600:
                    log.twitch(nap, offset, body_part=parts.draw(st.sampled_from(SMALL_PARTS)))
            offset += 600.0  # bursts are minutes apart
    return log


@settings(max_examples=60, deadline=None)
@given(weeks=st.integers(min_value=0, max_value=150), plan=st.lists(sleeps, max_size=12), parts=st.data())
def test_ordinary_sleep_twitching_never_raises_doctor_or_emergency(
    weeks: int, plan: list[tuple[int, float, list[list[float]]]], parts: st.DataObject
) -> None:
    log = _ordinary_log(weeks, plan, parts)
    severities = {finding.severity for finding in log.evaluate()}
    assert not severities & {"doctor", "emergency"}


@settings(max_examples=60, deadline=None)
@given(
    weeks=st.integers(min_value=0, max_value=150),
    plan=st.lists(sleeps, max_size=8),
    parts=st.data(),
    back=st.integers(min_value=0, max_value=13),
    in_sleep=st.booleans(),
)
def test_a_breathing_pause_always_means_get_help_now(
    weeks: int,
    plan: list[tuple[int, float, list[list[float]]]],
    parts: st.DataObject,
    back: int,
    in_sleep: bool,
) -> None:
    log = _ordinary_log(weeks, plan, parts)
    day = days_ago(back)
    if in_sleep:
        nap = next((s for s in log.sleeps if s.start.date() == day), None) or log.sleep(day, hour=1)
        log.sign(nap, "breathing_pause", after_s=30)
    else:
        log.event(
            None,
            log.sleep(day, hour=12, hours=0.5).start - timedelta(minutes=5),
            "sign",
            signs=frozenset({"breathing_pause"}),
        )
    findings = log.evaluate(AS_OF)
    assert findings[0].rule == "emergency_signs"
    assert findings[0].severity == "emergency"
