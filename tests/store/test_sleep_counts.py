"""A baby's sleeps with their event counts, read in one grouped query."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.store.diary import Diary
from desktop.store.sleep_counts import SleepSummary, sleep_summaries

PARIS = timezone(timedelta(hours=1))


def _sleep(diary: Diary, baby: Baby, start: datetime, hours: float | None) -> Sleep:
    end = None if hours is None else start + timedelta(hours=hours)
    sleep = Sleep(id=new_id(), baby_id=baby.id, start=start, end=end, kind="nap")
    diary.sleeps.add(sleep)
    return sleep


def _event(sleep: Sleep, minutes: int, kind: str = "twitch", **fields: object) -> Event:
    return Event(
        id=new_id(),
        baby_id=sleep.baby_id,
        sleep_id=sleep.id,
        at=sleep.start + timedelta(minutes=minutes),
        kind=kind,
        **fields,  # type: ignore[arg-type]
    )


def test_counts_per_sleep_newest_first_in_one_query(diary: Diary, baby: Baby) -> None:
    first = _sleep(diary, baby, datetime(2026, 9, 1, 13, 0, tzinfo=PARIS), 1.5)
    second = _sleep(diary, baby, datetime(2026, 9, 2, 20, 0, tzinfo=PARIS), 10)
    empty = _sleep(diary, baby, datetime(2026, 9, 3, 13, 0, tzinfo=PARIS), None)
    diary.events.add_many(
        [
            _event(first, 1),
            _event(first, 2, woke_baby=True),
            _event(first, 3, "episode", duration_s=20.0, signs=frozenset({"shaking"}), woke_baby=True),
            _event(first, 4, "sign", signs=frozenset({"stiffening"})),
            _event(second, 5),
        ]
    )
    other = Baby(id=new_id(), name="Noah", birth_date=baby.birth_date)
    diary.babies.add(other)
    _sleep(diary, other, datetime(2026, 9, 1, 13, 0, tzinfo=PARIS), 1)

    statements: list[str] = []
    diary.connection.set_trace_callback(statements.append)
    try:
        summaries = sleep_summaries(diary.connection, baby.id)
    finally:
        diary.connection.set_trace_callback(None)

    assert len(statements) == 1
    assert summaries == [
        SleepSummary(empty, twitches=0, episodes=0, signs=0, woke=0, events=0),
        SleepSummary(second, twitches=1, episodes=0, signs=0, woke=0, events=1),
        SleepSummary(first, twitches=2, episodes=1, signs=2, woke=2, events=4),
    ]
    assert summaries[2].sleep.start.utcoffset() == timedelta(hours=1)  # the local offset survives


def test_a_baby_without_sleeps_has_no_summaries(diary: Diary, baby: Baby) -> None:
    assert sleep_summaries(diary.connection, baby.id) == []
