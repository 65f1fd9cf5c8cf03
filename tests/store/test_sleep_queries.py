"""The sleep queries read through the (baby, end) index and still mean what they say (property test).

``SleepRepository.for_baby`` and the overlap check are written as two index lookups (ended sleeps
by their end, then running ones) so they read a few rows instead of every earlier sleep. Whatever
sleeps a diary holds, they must give exactly what the plain definition of overlap gives.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.core.model import Baby, Sleep, new_id
from desktop.store.diary import Diary
from desktop.store.errors import ConflictError

EPOCH = datetime(2026, 3, 1, tzinfo=UTC)
# (start minute, length in minutes or None for a sleep still running), then a window to ask about.
SLEEPS = st.lists(st.tuples(st.integers(0, 600), st.one_of(st.none(), st.integers(1, 120))), max_size=12)
WINDOWS = st.tuples(st.one_of(st.none(), st.integers(-60, 700)), st.one_of(st.none(), st.integers(-60, 700)))


def _at(minute: int) -> datetime:
    return EPOCH + timedelta(minutes=minute)


def _overlaps(start: int, end: int | None, other_start: int, other_end: int | None) -> bool:
    """Half-open intervals; a running sleep lasts for ever."""
    far = 10**9
    return start < (far if other_end is None else other_end) and other_start < (far if end is None else end)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SLEEPS, WINDOWS)
# Edges meet: one sleep ends as the next starts (either added first), a running one after them.
@example([(60, 30), (30, 30), (90, None)], (60, 90))
@example([(30, 30), (60, 30), (120, None), (100, 10)], (90, 90))
@example([(100, None), (40, 60)], (None, 100))
def test_overlap_check_and_for_baby_match_the_definition(
    wanted: list[tuple[int, int | None]], window: tuple[int | None, int | None]
) -> None:
    with tempfile.TemporaryDirectory() as folder, Diary(Path(folder)) as diary:
        baby = Baby(id=new_id(), name="Mia", birth_date=EPOCH.date())
        other = Baby(id=new_id(), name="Noa", birth_date=EPOCH.date())
        diary.babies.add(baby)
        diary.babies.add(other)
        # The other baby's sleep overlaps everything: it must never count for Mia.
        diary.sleeps.add(Sleep(id=new_id(), baby_id=other.id, start=_at(-100)))
        kept: list[tuple[int, int | None]] = []
        for start, length in wanted:
            end = None if length is None else start + length
            ends = None if end is None else _at(end)
            sleep = Sleep(id=new_id(), baby_id=baby.id, start=_at(start), end=ends)
            expected_conflict = any(_overlaps(start, end, s, e) for s, e in kept)
            try:
                diary.sleeps.add(sleep)
            except ConflictError:
                assert expected_conflict, f"refused {start}-{end} beside {kept}"
            else:
                assert not expected_conflict, f"accepted {start}-{end} beside {kept}"
                kept.append((start, end))

        since, until = window
        found = diary.sleeps.for_baby(
            baby.id, None if since is None else _at(since), None if until is None else _at(until)
        )
        low = -(10**9) if since is None else since
        high = 10**9 if until is None else until
        # for_baby's window is [since, until) and a sleep ending exactly at since still counts.
        expected = sorted((s, e) for s, e in kept if s < high and (e is None or e >= low))
        got = [
            (
                round((sleep.start - EPOCH).total_seconds() / 60),
                None if sleep.end is None else round((sleep.end - EPOCH).total_seconds() / 60),
            )
            for sleep in found
        ]
        assert got == expected
