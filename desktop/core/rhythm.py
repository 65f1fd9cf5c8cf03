"""Rhythm detection: runs of evenly spaced twitch taps within one sleep or one awake stretch."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from typing import Final

from desktop.core.model import Event

# guidance.md version 2, rule `rhythmic`: 10 or more consecutive taps, intervals between 0.2 s and
# 5 s, and a coefficient of variation of the intervals of 0.15 or less. Version 1 (6 taps, 0.3-10 s,
# CV 0.25) was met by chance in ordinary irregular bursts in 3 of 4 ordinary diaries of a population
# test; 10 taps as even as this are a kept beat, not chance. The interval bounds cover the 1-5 jerks
# per second of sleep myoclonus clusters (Maurer et al. 2010) and the slower 1 Hz jerks the awake
# rule looks for; below 0.2 s a parent cannot tap one twitch at a time.
MIN_TAPS: Final = 10
MIN_INTERVAL_S: Final = 0.2
MAX_INTERVAL_S: Final = 5.0
MAX_CV: Final = 0.15
# Floating-point slack so that intervals exactly at the limit count as inside it.
_EPSILON: Final = 1e-9


@dataclass(frozen=True)
class RhythmicRun:
    """Consecutive taps of one sleep whose spacing is regular enough to count as rhythmic."""

    sleep_id: str | None  # None for taps logged outside any sleep (awake)
    events: tuple[Event, ...]
    mean_interval_s: float
    cv: float

    @property
    def event_ids(self) -> tuple[str, ...]:
        """The ids of the taps in the run, in time order."""
        return tuple(event.id for event in self.events)

    @property
    def start(self) -> datetime:
        """When the first tap of the run was logged."""
        return self.events[0].at

    @property
    def end(self) -> datetime:
        """When the last tap of the run was logged."""
        return self.events[-1].at

    @property
    def taps_per_second(self) -> float:
        """How fast the taps came, on average."""
        return 1.0 / self.mean_interval_s


def _in_range(interval: float) -> bool:
    return MIN_INTERVAL_S - _EPSILON <= interval <= MAX_INTERVAL_S + _EPSILON


def _cv(total: float, squares: float, count: int) -> float:
    """Coefficient of variation (population standard deviation / mean) from running sums."""
    mean = total / count
    variance = max(squares / count - mean * mean, 0.0)
    return math.sqrt(variance) / mean


def _segments(intervals: Sequence[float]) -> list[tuple[int, int]]:
    """Index ranges [start, stop) of intervals that all lie within the allowed bounds."""
    segments: list[tuple[int, int]] = []
    start: int | None = None
    for index, interval in enumerate(intervals):
        if _in_range(interval):
            if start is None:
                start = index
        elif start is not None:
            segments.append((start, index))
            start = None
    if start is not None:
        segments.append((start, len(intervals)))
    return segments


def _furthest_end_small(intervals: Sequence[float], i: int, stop: int) -> tuple[int, float] | None:
    """The furthest end j (exclusive) such that intervals [i, j) form a run, with its CV; plain Python."""
    total = squares = 0.0
    best: tuple[int, float] | None = None
    for j in range(i, stop):
        total += intervals[j]
        squares += intervals[j] * intervals[j]
        count = j - i + 1
        if count >= MIN_TAPS - 1:
            cv = _cv(total, squares, count)
            if cv <= MAX_CV + _EPSILON:
                best = (j + 1, cv)
    return best


class _LongSegment:
    """Prefix sums of a long segment, so each start's furthest run end is found in one numpy pass."""

    def __init__(self, intervals: Sequence[float], start: int, stop: int) -> None:
        import numpy as np  # only for unusually long stretches of close taps; keeps start-up light

        self._np = np
        values = np.asarray(intervals[start:stop], dtype=float)
        self._start = start
        self._sums = np.concatenate(([0.0], np.cumsum(values)))
        self._squares = np.concatenate(([0.0], np.cumsum(values * values)))

    def furthest_end(self, i: int) -> tuple[int, float] | None:
        """Like ``_furthest_end_small`` for start ``i`` of this segment."""
        np = self._np
        first = i - self._start
        ends = np.arange(first + MIN_TAPS - 1, len(self._sums))
        if not len(ends):
            return None
        counts = ends - first
        means = (self._sums[ends] - self._sums[first]) / counts
        variances = np.maximum((self._squares[ends] - self._squares[first]) / counts - means * means, 0.0)
        cvs = np.sqrt(variances) / means
        found = np.flatnonzero(cvs <= MAX_CV + _EPSILON)
        if not len(found):
            return None
        last = int(found[-1])
        return self._start + int(ends[last]), float(cvs[last])


# Segments longer than this many intervals use numpy: the search is quadratic in the segment length.
_LONG_SEGMENT: Final = 64


def _maximal_runs(intervals: Sequence[float], start: int, stop: int) -> list[tuple[int, int, float]]:
    """Maximal interval ranges [i, j) within one segment that are long and even enough, with their CV.

    A range is maximal when no longer qualifying range contains it. The CV of a range can fall as
    it grows, so for each start the furthest qualifying end is searched, not the first failure.
    """
    long_segment = _LongSegment(intervals, start, stop) if stop - start > _LONG_SEGMENT else None
    runs: list[tuple[int, int, float]] = []
    furthest_end = start
    for i in range(start, stop - MIN_TAPS + 2):
        if long_segment is None:
            best = _furthest_end_small(intervals, i, stop)
        else:
            best = long_segment.furthest_end(i)
        # A run starting later is maximal only if it reaches beyond every earlier run.
        if best is not None and best[0] > furthest_end:
            runs.append((i, best[0], best[1]))
            furthest_end = best[0]
            if furthest_end == stop:
                break  # no later start can reach further: a long even run costs one pass
    return runs


def rhythmic_runs_in_sleep(sleep_id: str | None, taps: Sequence[Event]) -> list[RhythmicRun]:
    """The maximal rhythmic runs among one sleep's twitch taps (other events are ignored)."""
    twitches = sorted((tap for tap in taps if tap.kind == "twitch"), key=lambda tap: tap.at)
    intervals = [(later.at - earlier.at).total_seconds() for earlier, later in pairwise(twitches)]
    runs: list[RhythmicRun] = []
    for seg_start, seg_stop in _segments(intervals):
        for i, j, cv in _maximal_runs(intervals, seg_start, seg_stop):
            # Intervals i..j-1 join taps i..j.
            run_taps = tuple(twitches[i : j + 1])
            runs.append(RhythmicRun(sleep_id, run_taps, sum(intervals[i:j]) / (j - i), cv))
    return runs


def find_rhythmic_runs(taps: Iterable[Event], *, outside_sleeps: bool = False) -> list[RhythmicRun]:
    """Maximal rhythmic runs of twitch taps, each within one sleep, ordered by start time.

    A run is 10 or more consecutive taps of one sleep whose intervals all lie in [0.2 s, 5 s] with a
    coefficient of variation of 0.15 or less. Taps outside any sleep are left out unless
    ``outside_sleeps`` is set; then they form one more stretch of their own (a run cannot span a
    sleep's edge: its gaps are seconds long).
    """
    by_sleep: dict[str | None, list[Event]] = {}
    for tap in taps:
        if tap.kind == "twitch" and (outside_sleeps or tap.sleep_id is not None):
            by_sleep.setdefault(tap.sleep_id, []).append(tap)
    runs = [run for sleep_id, group in by_sleep.items() for run in rhythmic_runs_in_sleep(sleep_id, group)]
    return sorted(runs, key=lambda run: run.start)
