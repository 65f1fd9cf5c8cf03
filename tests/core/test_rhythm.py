"""Rhythm detection on synthetic taps: regular runs are found, irregular and random taps are not."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import rhythm
from desktop.core.model import Event, new_id
from desktop.core.rhythm import find_rhythmic_runs, rhythmic_runs_in_sleep

START = datetime(2026, 11, 1, 22, 0, tzinfo=UTC)


def taps_at(seconds: list[float], sleep_id: str = "night", kind: str = "twitch") -> list[Event]:
    """Twitch taps of one sleep at these offsets (seconds) from START."""
    return [Event(new_id(), "baby", sleep_id, START + timedelta(seconds=s), kind) for s in seconds]


def offsets(intervals: list[float], first: float = 0.0) -> list[float]:
    """Cumulative offsets of taps separated by these intervals."""
    result = [first]
    for interval in intervals:
        result.append(result[-1] + interval)
    return result


@pytest.mark.parametrize("per_second", [0.5, 1.0, 2.0, 3.0])
def test_regular_taps_at_half_to_three_per_second_are_found(per_second: float) -> None:
    taps = taps_at(offsets([1 / per_second] * 9))
    runs = find_rhythmic_runs(taps)
    assert len(runs) == 1
    assert runs[0].event_ids == tuple(t.id for t in taps)
    assert runs[0].taps_per_second == pytest.approx(per_second)
    assert runs[0].cv == pytest.approx(0.0, abs=1e-3)  # datetimes keep microseconds only


@pytest.mark.parametrize(
    ("intervals", "found"),
    [
        ([1.0] * 9, True),  # exactly 10 taps
        ([1.0] * 8, False),  # 9 taps are too few (version 1 took 6)
        ([0.2] * 9, True),  # fastest allowed spacing
        ([0.19] * 9, False),  # faster than anyone taps one twitch at a time
        ([5.0] * 9, True),  # slowest allowed spacing
        ([5.2] * 9, False),
        ([1.0, 1.3] * 4 + [1.0], True),  # CV 0.13
        ([1.0, 1.5] * 4 + [1.0], False),  # CV 0.2: rhythmic in version 1, not in version 2
        ([1.0] * 5 + [12.0] + [1.0] * 5, False),  # a long gap breaks the run
    ],
)
def test_run_thresholds(intervals: list[float], found: bool) -> None:
    assert bool(find_rhythmic_runs(taps_at(offsets(intervals)))) is found


def test_coefficient_of_variation_exactly_at_the_limit_counts() -> None:
    # Intervals m(1 - c) and m(1 + c) alternating have a population CV of c when their counts match.
    intervals = [0.85, 1.15] * 5
    runs = find_rhythmic_runs(taps_at(offsets(intervals)))
    assert len(runs) == 1
    assert runs[0].cv == pytest.approx(0.15)


def test_a_run_stops_where_the_rhythm_breaks_and_only_the_run_is_returned() -> None:
    lone = [0.0, 40.0]
    run = offsets([2.0] * 11, first=100.0)
    after = [run[-1] + 4.5, run[-1] + 20.0]
    taps = taps_at(lone + run + after)
    runs = find_rhythmic_runs(taps)
    assert len(runs) == 1
    assert runs[0].event_ids == tuple(t.id for t in taps[2:14])


def test_two_separate_runs_in_one_sleep() -> None:
    taps = taps_at(offsets([1.0] * 10) + offsets([3.0] * 10, first=100.0))
    runs = find_rhythmic_runs(taps)
    assert [len(r.events) for r in runs] == [11, 11]
    assert runs[0].start < runs[1].start


def test_runs_do_not_cross_sleeps_or_include_other_events() -> None:
    first = taps_at(offsets([1.0] * 5), sleep_id="nap")
    second = taps_at(offsets([1.0] * 4, first=6.0), sleep_id="night")
    assert find_rhythmic_runs(first + second) == []
    episodes = taps_at(offsets([1.0] * 11), kind="episode")
    assert find_rhythmic_runs(episodes) == []
    outside = [Event(new_id(), "baby", None, START + timedelta(seconds=s), "twitch") for s in range(12)]
    assert find_rhythmic_runs(outside) == []
    runs = find_rhythmic_runs(outside, outside_sleeps=True)
    assert len(runs) == 1
    assert runs[0].sleep_id is None


def test_order_of_the_input_does_not_matter() -> None:
    taps = taps_at(offsets([0.8] * 10))
    shuffled = taps[::-1]
    assert rhythmic_runs_in_sleep("night", shuffled)[0].event_ids == tuple(t.id for t in taps)


def test_a_tempo_drift_gives_maximal_runs_not_one_long_one() -> None:
    # Slowing from 1 s to 4.5 s apart: the whole sequence is too uneven, parts of it are even enough.
    intervals = [1.0 * 1.03**i for i in range(50)]
    runs = find_rhythmic_runs(taps_at(offsets(intervals)))
    assert runs
    assert all(len(r.events) < 51 for r in runs)
    assert all(r.cv <= 0.15 + 1e-9 for r in runs)
    # No returned run is contained in another.
    spans = [(r.start, r.end) for r in runs]
    for a in spans:
        assert not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in spans)


@settings(max_examples=100, deadline=None)
@given(
    bursts=st.lists(
        st.lists(st.floats(min_value=0.05, max_value=0.25), min_size=2, max_size=6), min_size=1, max_size=6
    )
)
def test_irregular_bursts_are_not_rhythmic(bursts: list[list[float]]) -> None:
    # Bursts of very fast jerks separated by pauses of 15-60 s: no 5 intervals in a row in range.
    rng = random.Random(len(bursts))
    seconds: list[float] = []
    now = 0.0
    for burst in bursts:
        for gap in burst:
            seconds.append(now)
            now += gap
        seconds.append(now)
        now += rng.uniform(15.0, 60.0)
    assert find_rhythmic_runs(taps_at(seconds)) == []


@settings(max_examples=100, deadline=None)
@given(
    per_hour=st.integers(min_value=5, max_value=40),
    hours=st.floats(min_value=0.5, max_value=3.0),
    seed=st.integers(min_value=0, max_value=2**32 - 1),
)
def test_random_taps_through_a_sleep_are_not_rhythmic(per_hour: int, hours: float, seed: int) -> None:
    # Taps at random moments of a sleep, at rates parents log (5-40 an hour): not a rhythm.
    rng = random.Random(seed)
    seconds = sorted(rng.uniform(0.0, hours * 3600) for _ in range(round(per_hour * hours)))
    assert find_rhythmic_runs(taps_at(seconds)) == []


@settings(max_examples=60, deadline=None)
@given(
    gaps=st.lists(
        st.one_of(st.floats(min_value=0.2, max_value=5.0), st.sampled_from([1.0, 1.1, 0.9])),
        min_size=70,
        max_size=160,
    )
)
def test_long_stretches_give_the_same_runs_as_the_plain_search(gaps: list[float]) -> None:
    # Stretches of over 64 close taps are searched with numpy; the answer must not change.
    taps = taps_at(offsets(gaps))
    fast = [run.event_ids for run in find_rhythmic_runs(taps)]
    original = rhythm._LONG_SEGMENT
    rhythm._LONG_SEGMENT = 10**9
    try:
        plain = [run.event_ids for run in find_rhythmic_runs(taps)]
    finally:
        rhythm._LONG_SEGMENT = original
    assert fast == plain
