"""Aggregates bounded to some days: exactly the rows of those days, as filtering the whole history gives."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from tests.perf.generate import generate_diary

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.core.stats import DayRange, rows_in
from desktop.store.aggregates import aggregate, episode_rows, hour_counts, part_counts, sleep_rows
from desktop.store.diary import Diary

FAR_EAST = timezone(timedelta(hours=14))
FAR_WEST = timezone(timedelta(hours=-12))


def _loose(diary: Diary, baby: Baby, at: datetime, kind: str = "twitch") -> None:
    duration = 40.0 if kind == "episode" else None
    diary.events.add(Event(new_id(), baby.id, None, at, kind, body_part="foot", duration_s=duration))


@pytest.fixture
def generated(diary: Diary, baby: Baby) -> tuple[Diary, Baby, Baby]:
    """Ten weeks of generated diary (DST changes included), and a baby with records at the edges of days."""
    generated = generate_diary(diary, days=70, seed=3)
    today = date.today()
    # Outside any sleep, just after and just before local midnight in the farthest time zones.
    for days_back in (10, 30, 31):
        day = today - timedelta(days=days_back)
        _loose(diary, baby, datetime.combine(day, time(0, 1), tzinfo=FAR_EAST))
        _loose(diary, baby, datetime.combine(day, time(23, 59), tzinfo=FAR_WEST), "episode")
    # A night that starts late on a local day far west and runs into the next UTC day.
    start = datetime.combine(today - timedelta(days=20), time(23, 30), tzinfo=FAR_WEST)
    night = Sleep(new_id(), baby.id, start, start + timedelta(hours=11), "night")
    diary.sleeps.add(night)
    diary.events.add(
        Event(new_id(), baby.id, night.id, start + timedelta(hours=10), "twitch", woke_baby=True)
    )
    return diary, generated, baby


@pytest.mark.parametrize(
    ("first_back", "last_back"),
    [(0, 0), (7, 1), (28, 0), (31, 30), (21, 20), (56, 29), (69, 40), (200, 0), (400, 300)],
)
@pytest.mark.parametrize("which", [1, 2])
def test_bounded_aggregates_equal_the_whole_history_filtered(
    generated: tuple[Diary, Baby, Baby], first_back: int, last_back: int, which: int
) -> None:
    diary, baby = generated[0], generated[which]
    today = date.today()
    days = DayRange(today - timedelta(days=first_back), today - timedelta(days=last_back))
    connection = diary.connection
    inside = lambda day: days.first <= day <= days.last  # noqa: E731

    assert sleep_rows(connection, baby.id, days) == rows_in(sleep_rows(connection, baby.id), days)
    assert episode_rows(connection, baby.id, days) == [
        row for row in episode_rows(connection, baby.id) if inside(row.day)
    ]
    assert part_counts(connection, baby.id, days) == {
        day: parts for day, parts in part_counts(connection, baby.id).items() if inside(day)
    }
    assert hour_counts(connection, baby.id, days) == {
        day: hours for day, hours in hour_counts(connection, baby.id).items() if inside(day)
    }


def test_bounds_find_the_edge_records_and_nothing_else(generated: tuple[Diary, Baby, Baby]) -> None:
    diary, _, baby = generated
    day = date.today() - timedelta(days=30)
    only = aggregate(diary.connection, baby.id, DayRange(day, day))
    loose = [row for row in only.sleeps if row.sleep_id is None]
    assert [(row.day, row.twitches, row.episodes) for row in loose] == [(day, 1, 1)]
    assert {row.day for row in only.sleeps} == {day}
    assert [row.day for row in only.episodes if row.sleep_id is None] == [day]
    assert set(only.part_counts) <= {day} and only.part_counts[day]["foot"] == 1
    night_day = date.today() - timedelta(days=20)
    nights = sleep_rows(diary.connection, baby.id, DayRange(night_day, night_day))
    assert any(row.woke == 1 and row.hours == pytest.approx(11.0) for row in nights)
