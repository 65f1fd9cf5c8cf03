"""Diary records: sleep spans, event ends, emergency signs, ids and canonical ordering."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, datetime, timedelta, timezone

import pytest

from desktop.core.model import SIGNS, Baby, Event, Sleep, new_id, ordered

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
START = datetime(2026, 9, 1, 13, 0, tzinfo=CEST)


@pytest.mark.parametrize(
    ("start", "end", "now", "duration"),
    [
        (START, START + timedelta(minutes=90), None, timedelta(minutes=90)),
        (START, None, START + timedelta(minutes=20), timedelta(minutes=20)),  # running: up to now
        (START, None, None, timedelta(0)),
        (START, None, START - timedelta(minutes=5), timedelta(0)),  # a clock set back: never negative
        # A night across the autumn clock change: 22:00 summer time to 07:00 winter time is 10 hours.
        (
            datetime(2026, 10, 24, 22, 0, tzinfo=CEST),
            datetime(2026, 10, 25, 7, 0, tzinfo=CET),
            None,
            timedelta(hours=10),
        ),
    ],
)
def test_sleep_duration(
    start: datetime, end: datetime | None, now: datetime | None, duration: timedelta
) -> None:
    assert Sleep(id="s", baby_id="b", start=start, end=end).duration(now) == duration


def test_sleep_contains_its_whole_span_and_runs_until_ended() -> None:
    sleep = Sleep(id="s", baby_id="b", start=START)
    assert sleep.running
    assert sleep.contains(START)
    assert sleep.contains(START + timedelta(days=3))
    assert not sleep.contains(START - timedelta(microseconds=1))
    ended = sleep.ended(START + timedelta(hours=1))
    assert not ended.running
    assert ended.contains(START + timedelta(hours=1))
    assert not ended.contains(START + timedelta(hours=1, microseconds=1))
    assert sleep.running, "ended() returns a new record and leaves the original alone"


@pytest.mark.parametrize(
    ("kind", "duration_s", "end"),
    [
        ("twitch", None, START),
        ("sign", None, START),
        ("episode", 42.5, START + timedelta(seconds=42.5)),
    ],
)
def test_event_end(kind: str, duration_s: float | None, end: datetime) -> None:
    event = Event(id="e", baby_id="b", sleep_id=None, at=START, kind=kind, duration_s=duration_s)
    assert event.end == end


@pytest.mark.parametrize(
    ("signs", "emergency"),
    [
        (frozenset(), False),
        (frozenset({"tremor", "stiffening"}), False),
        (frozenset({"breathing_pause"}), True),
        (frozenset({"color_change", "tremor"}), True),
        (frozenset({"unresponsive"}), True),
    ],
)
def test_event_is_emergency(signs: frozenset[str], emergency: bool) -> None:
    event = Event(id="e", baby_id="b", sleep_id=None, at=START, kind="sign", signs=signs)
    assert event.is_emergency is emergency


def test_event_defaults_match_the_exchange_format() -> None:
    event = Event(id="e", baby_id="b", sleep_id=None, at=START, kind="twitch")
    assert (event.body_part, event.side, event.state) == ("unknown", "unknown", "asleep")
    assert (event.duration_s, event.rhythmic, event.stopped_on_waking, event.video) == (
        None,
        None,
        None,
        None,
    )
    assert (event.woke_baby, event.signs, event.note) == (False, frozenset(), "")


def test_records_are_frozen() -> None:
    baby = Baby(id="b", name="Mia", birth_date=date(2026, 8, 1))
    with pytest.raises(dataclasses.FrozenInstanceError):
        baby.name = "Noa"  # type: ignore[misc]


def test_new_ids_are_distinct_uuids() -> None:
    ids = {new_id() for _ in range(1000)}
    assert len(ids) == 1000
    for value in ids:
        parsed = uuid.UUID(value)
        assert (parsed.version, parsed.variant) == (4, uuid.RFC_4122)
        assert str(parsed) == value  # the canonical lower-case, hyphenated form


def test_ordered_follows_the_canonical_order() -> None:
    assert ordered(frozenset({"unresponsive", "tremor", "stiffening"}), SIGNS) == [
        "stiffening",
        "tremor",
        "unresponsive",
    ]
    assert ordered(frozenset(), SIGNS) == []
