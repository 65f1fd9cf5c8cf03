"""A sync's changes go out in files of bounded size: every record once, babies, sleeps and deletions first."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop.core.change import Stamp
from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.store.changes import Changes
from desktop.sync.run import in_parts

NOW = datetime(2026, 12, 4, 3, 0).astimezone()
STAMP = Stamp(1, "a1b2c3d4e5", 0)


def _changes(sleeps: int, events: int, deleted: int) -> Changes:
    baby = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1))
    night = [Sleep(new_id(), baby.id, NOW - timedelta(days=k + 1), None, "night") for k in range(sleeps)]
    taps = [Event(new_id(), baby.id, None, NOW - timedelta(minutes=k), "twitch") for k in range(events)]
    return Changes(
        babies=[(baby, STAMP)],
        sleeps=[(sleep, STAMP) for sleep in night],
        events=[(event, STAMP) for event in taps],
        deleted=[(new_id(), "event", STAMP) for _ in range(deleted)],
    )


@pytest.mark.parametrize(
    ("sleeps", "events", "deleted", "size", "counts"),
    [
        (0, 0, 0, 10, [1]),  # just the baby
        (2, 7, 0, 10, [10]),  # fits in one
        (2, 8, 0, 10, [10, 1]),
        (3, 25, 2, 10, [10, 10, 10, 1]),
        (12, 5, 0, 10, [13, 5]),  # the babies, sleeps and deletions stay together, then events
        (1, 30_000, 4, 10_000, [10_000, 10_000, 10_000, 6]),
    ],
)
def test_parts_hold_every_record_once_in_order(
    sleeps: int, events: int, deleted: int, size: int, counts: list[int]
) -> None:
    changes = _changes(sleeps, events, deleted)
    parts = in_parts(changes, size)
    assert [part.count() for part in parts] == counts
    head, *rest = parts
    assert (head.babies, head.sleeps, head.deleted) == (changes.babies, changes.sleeps, changes.deleted)
    assert all(not (part.babies or part.sleeps or part.deleted) for part in rest)
    assert [event for part in parts for event in part.events] == changes.events
