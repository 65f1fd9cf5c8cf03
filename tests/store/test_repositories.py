"""Babies, sleeps, events and settings go into the file and come back exactly, rules kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.store.diary import Diary
from desktop.store.errors import ConflictError, NotFoundError, WriteFailedError

CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))
NEW_YORK_SUMMER = timezone(timedelta(hours=-4))


def _nap(baby: Baby, start: datetime, minutes: int | None = 90) -> Sleep:
    end = None if minutes is None else start + timedelta(minutes=minutes)
    return Sleep(id=new_id(), baby_id=baby.id, start=start, end=end, kind="nap")


def _tap(baby: Baby, sleep: Sleep | None, at: datetime, **fields: Any) -> Event:
    return Event(
        id=new_id(),
        baby_id=baby.id,
        sleep_id=None if sleep is None else sleep.id,
        at=at,
        kind="twitch",
        **fields,
    )


def test_baby_round_trip_and_reopen(data_dir: Path) -> None:
    twin = Baby(
        id=new_id(),
        name="Ada Lovelace-Ngũgĩ",
        birth_date=date(2026, 6, 1),
        due_date=date(2026, 8, 10),
        birth_weight_g=1450,
        family_history=frozenset({"startle_disease", "epilepsy"}),
        note='born at 30 weeks; "twin A"',
    )
    with Diary(data_dir) as diary:
        diary.babies.add(twin)
    with Diary(data_dir) as diary:
        assert diary.babies.all() == [twin]
        assert diary.babies.get(twin.id) == twin


def test_baby_update_and_delete_remove_everything_of_the_baby(diary: Diary, baby: Baby) -> None:
    nap = _nap(baby, datetime(2026, 9, 1, 13, 0, tzinfo=CEST))
    diary.sleeps.add(nap)
    diary.events.add(_tap(baby, nap, nap.start + timedelta(minutes=5)))
    renamed = replace(baby, name="Mia Rose", birth_weight_g=3200)
    diary.babies.update(renamed)
    assert diary.babies.get(baby.id) == renamed

    diary.babies.delete(baby.id)
    assert diary.babies.all() == []
    assert diary.sleeps.all() == []
    assert diary.events.all() == []
    with pytest.raises(NotFoundError):
        diary.babies.update(renamed)


def test_find_by_id_or_name(diary: Diary, baby: Baby) -> None:
    assert diary.babies.find(baby.id) == baby
    assert diary.babies.find("  mIA ") == baby
    with pytest.raises(NotFoundError, match="No baby called 'Noa'"):
        diary.babies.find("Noa")
    diary.babies.add(Baby(id=new_id(), name="MIA", birth_date=date(2026, 8, 1)))
    with pytest.raises(NotFoundError, match="give the id instead"):
        diary.babies.find("mia")
    assert diary.babies.find(baby.id) == baby


def test_times_keep_their_offsets_across_a_dst_change_and_travel(
    data_dir: Path, diary: Diary, baby: Baby
) -> None:
    # A night across the autumn clock change, and a nap logged on a trip to New York.
    night = Sleep(
        id=new_id(),
        baby_id=baby.id,
        start=datetime(2026, 10, 24, 21, 0, tzinfo=CEST),
        end=datetime(2026, 10, 25, 6, 30, tzinfo=CET),
        kind="night",
        note="clocks went back",
    )
    trip = _nap(baby, datetime(2026, 10, 30, 13, 15, 30, 250_000, tzinfo=NEW_YORK_SUMMER))
    diary.sleeps.add(night)
    diary.sleeps.add(trip)
    after_change = _tap(baby, night, datetime(2026, 10, 25, 2, 30, 0, 125_000, tzinfo=CET), body_part="hand")
    diary.events.add(after_change)
    diary.close()

    with Diary(data_dir) as reopened:
        stored_night, stored_trip = reopened.sleeps.for_baby(baby.id)
        assert stored_night == night
        assert stored_night.start.utcoffset() == timedelta(hours=2)
        assert stored_night.end is not None and stored_night.end.utcoffset() == timedelta(hours=1)
        assert stored_night.duration() == timedelta(hours=10, minutes=30)
        assert stored_trip == trip
        assert stored_trip.start.hour == 13, "local wall-clock time survives travel"
        assert reopened.events.get(after_change.id) == after_change


def test_event_with_every_field_round_trips(diary: Diary, baby: Baby) -> None:
    nap = _nap(baby, datetime(2026, 9, 1, 13, 0, tzinfo=CEST))
    diary.sleeps.add(nap)
    episode = Event(
        id=new_id(),
        baby_id=baby.id,
        sleep_id=nap.id,
        at=nap.start + timedelta(minutes=20, milliseconds=250),
        kind="episode",
        body_part="whole_body",
        side="both",
        state="drowsy",
        duration_s=42.5,
        woke_baby=True,
        rhythmic=False,
        stopped_on_waking="not_tried",
        signs=frozenset({"stiffening", "eyes_rolling"}),
        video="/home/me/Videos/clip 1.mp4",
        note="timed on my phone",
    )
    diary.events.add(episode)
    assert diary.events.get(episode.id) == episode
    edited = replace(episode, rhythmic=None, stopped_on_waking="yes", signs=frozenset(), video=None)
    diary.events.update(edited)
    assert diary.events.get(episode.id) == edited
    diary.events.delete(episode.id)
    assert diary.events.get(episode.id) is None
    with pytest.raises(NotFoundError):
        diary.events.update(edited)


def test_overlapping_sleep_is_refused_and_nothing_written(diary: Diary, baby: Baby) -> None:
    first = _nap(baby, datetime(2026, 9, 1, 13, 0, tzinfo=CEST))
    diary.sleeps.add(first)
    with pytest.raises(ConflictError, match="overlaps"):
        diary.sleeps.add(_nap(baby, datetime(2026, 9, 1, 14, 0, tzinfo=CEST)))
    # The same instants written in another offset are still the same instants.
    with pytest.raises(ConflictError):
        diary.sleeps.add(_nap(baby, datetime(2026, 9, 1, 11, 30, tzinfo=UTC)))
    assert diary.sleeps.all() == [first]
    touching = _nap(baby, first.start + timedelta(minutes=90))
    diary.sleeps.add(touching)
    with pytest.raises(ConflictError):
        diary.sleeps.update(replace(touching, start=first.start + timedelta(minutes=30)))
    assert diary.sleeps.get(touching.id) == touching


def test_running_sleep_blocks_later_sleeps_until_ended(diary: Diary, baby: Baby) -> None:
    running = _nap(baby, datetime(2026, 9, 1, 20, 0, tzinfo=CEST), minutes=None)
    diary.sleeps.add(running)
    assert diary.sleeps.running(baby.id) == running
    with pytest.raises(ConflictError):
        diary.sleeps.add(_nap(baby, datetime(2026, 9, 2, 9, 0, tzinfo=CEST)))
    ended = running.ended(datetime(2026, 9, 2, 6, 0, tzinfo=CEST))
    diary.sleeps.update(ended)
    assert diary.sleeps.running(baby.id) is None
    diary.sleeps.add(_nap(baby, datetime(2026, 9, 2, 9, 0, tzinfo=CEST)))


def test_the_running_sleep_is_found_without_reading_every_sleep(diary: Diary, baby: Baby) -> None:
    """The window asks at every start; a three-year diary holds thousands of ended sleeps."""
    statements: list[str] = []
    diary.connection.set_trace_callback(statements.append)
    assert diary.sleeps.running(baby.id) is None
    diary.connection.set_trace_callback(None)
    (query,) = statements
    plan = " ".join(str(row[-1]) for row in diary.connection.execute("EXPLAIN QUERY PLAN " + query))
    assert "USING INDEX sleep_running" in plan


def test_another_babys_sleep_may_overlap(diary: Diary, baby: Baby) -> None:
    twin = Baby(id=new_id(), name="Noa", birth_date=baby.birth_date)
    diary.babies.add(twin)
    start = datetime(2026, 9, 1, 13, 0, tzinfo=CEST)
    diary.sleeps.add(_nap(baby, start))
    diary.sleeps.add(_nap(twin, start))
    assert len(diary.sleeps.all()) == 2


def test_event_queries(diary: Diary, baby: Baby) -> None:
    nap = _nap(baby, datetime(2026, 9, 1, 13, 0, tzinfo=CEST))
    diary.sleeps.add(nap)
    taps = [_tap(baby, nap, nap.start + timedelta(minutes=minute)) for minute in (30, 10, 20)]
    sign = replace(taps[0], id=new_id(), kind="sign", signs=frozenset({"tremor"}))
    outside = _tap(baby, None, nap.start + timedelta(hours=3), state="awake")
    diary.events.add_many([*taps, sign, outside])

    assert [e.at.minute for e in diary.events.in_sleep(nap.id)] == [10, 20, 30, 30]
    assert diary.events.count_in_sleep(nap.id) == 3
    assert diary.events.count_in_sleep(nap.id, "sign") == 1
    assert diary.events.last_for_baby(baby.id) == outside
    window = diary.events.for_baby(
        baby.id, since=nap.start + timedelta(minutes=20), until=nap.start + timedelta(minutes=30)
    )
    assert [e.id for e in window] == [taps[2].id], "since is inclusive, until exclusive"
    assert len(diary.events.all()) == 5

    diary.sleeps.delete(nap.id)
    assert diary.events.all() == [outside], "deleting a sleep removes the events logged in it"


def test_transaction_is_all_or_nothing(diary: Diary, baby: Baby) -> None:
    nap = _nap(baby, datetime(2026, 9, 1, 13, 0, tzinfo=CEST))
    duplicate = _tap(baby, nap, nap.start + timedelta(minutes=1))
    with pytest.raises(RuntimeError), diary.transaction():
        diary.sleeps.add(nap)
        diary.events.add(duplicate)
        raise RuntimeError("the user cancelled")
    assert diary.sleeps.all() == []
    assert diary.events.all() == []


def test_add_many_stores_none_when_one_fails(diary: Diary, baby: Baby) -> None:
    tap = _tap(baby, None, datetime(2026, 9, 1, 13, 0, tzinfo=CEST), state="awake")
    diary.events.add(tap)
    fresh = _tap(baby, None, datetime(2026, 9, 1, 13, 1, tzinfo=CEST), state="awake")
    with pytest.raises(WriteFailedError, match="nothing was changed"):
        diary.events.add_many([fresh, tap])  # the second has an id already stored
    assert diary.events.all() == [tap]


def test_settings(data_dir: Path, diary: Diary) -> None:
    assert diary.settings.get("checkup") is None
    assert diary.settings.get("checkup", "none") == "none"
    diary.settings.set("checkup", "2026-10-01")
    diary.settings.set("checkup", "2026-10-08")
    diary.close()
    with Diary(data_dir) as reopened:
        assert reopened.settings.get("checkup") == "2026-10-08"
        reopened.settings.delete("checkup")
        assert reopened.settings.get("checkup") is None
