"""Schema 5: every change is stamped (hybrid logical clock, device id) and every delete leaves a tombstone."""

from __future__ import annotations

import shutil
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.store.changes import clock_ms, device_id, read_changes
from desktop.store.connection import DATABASE_NAME
from desktop.store.diary import Diary

FROZEN = Path(__file__).resolve().parent / "frozen"
NOW = datetime(2026, 11, 2, 3, 0).astimezone()


def _stamps(diary: Diary, table: str) -> list[tuple[str, int, int, str]]:
    query = f"SELECT id, changed_ms, changed_offset_s, changed_by FROM {table} ORDER BY id"
    return [tuple(row) for row in diary.connection.execute(query)]  # type: ignore[misc]


@pytest.mark.parametrize("version", [1, 4])
def test_migrating_an_older_diary_stamps_every_record_as_this_devices(version: int, tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    shutil.copyfile(FROZEN / f"diary-v{version}.sqlite3", tmp_path / "d" / DATABASE_NAME)
    before_ms = int(time.time() * 1000)
    with Diary(tmp_path / "d") as diary:
        device = device_id(diary.connection)
        assert len(device) == 10
        for table in ("baby", "sleep", "event"):
            stamps = _stamps(diary, table)
            assert stamps
            for _, ms, _, by in stamps:
                assert by == device
                assert before_ms - 5000 <= ms <= clock_ms(diary.connection)
        assert diary.connection.execute("SELECT COUNT(*) FROM tombstone").fetchone()[0] == 0


def test_a_frozen_version_5_diary_keeps_its_stamps(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    shutil.copyfile(FROZEN / "diary-v5.sqlite3", tmp_path / "d" / DATABASE_NAME)
    with Diary(tmp_path / "d") as diary:
        stamps = _stamps(diary, "event")
        assert {by for _, _, _, by in stamps} == {"f5d0c0ffee"}
        assert all(1_788_000_000_000 <= ms < 1_788_000_000_100 and off == 7200 for _, ms, off, _ in stamps)


def test_two_new_diaries_have_different_device_ids(tmp_path: Path) -> None:
    with Diary(tmp_path / "a") as a, Diary(tmp_path / "b") as b:
        assert device_id(a.connection) != device_id(b.connection)


def test_each_add_edit_delete_and_undo_is_a_later_change(tmp_path: Path) -> None:
    with Diary(tmp_path) as diary:
        device = device_id(diary.connection)
        baby = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1))
        diary.babies.add(baby)
        sleep = Sleep(id=new_id(), baby_id=baby.id, start=NOW - timedelta(hours=3), end=None, kind="night")
        diary.sleeps.add(sleep)
        tap = Event(
            id=new_id(), baby_id=baby.id, sleep_id=sleep.id, at=NOW - timedelta(hours=2), kind="twitch"
        )
        diary.events.add(tap)
        ((_, added_ms, _, by),) = _stamps(diary, "event")
        assert by == device
        diary.events.update(replace(tap, body_part="hand"))  # an edit
        ((_, edited_ms, _, _),) = _stamps(diary, "event")
        assert edited_ms > added_ms
        diary.events.update(tap)  # its undo: a change like any other
        ((_, undone_ms, _, _),) = _stamps(diary, "event")
        assert undone_ms > edited_ms
        diary.events.delete(tap.id)
        ((gone_id, kind, deleted_ms, _, gone_by),) = diary.connection.execute("SELECT * FROM tombstone")
        assert (gone_id, kind, gone_by) == (tap.id, "event", device)
        assert deleted_ms > undone_ms
        diary.events.add(tap)  # the delete undone: the tombstone goes, the tap is new again
        assert diary.connection.execute("SELECT COUNT(*) FROM tombstone").fetchone()[0] == 0
        ((_, back_ms, _, _),) = _stamps(diary, "event")
        assert back_ms > deleted_ms
        diary.sleeps.delete(sleep.id)  # a sleep takes its events: each one a tombstone
        kinds = sorted(row[0] for row in diary.connection.execute("SELECT kind FROM tombstone"))
        assert kinds == ["event", "sleep"]


def test_the_clock_never_goes_back_even_when_the_computer_clock_does(tmp_path: Path) -> None:
    with Diary(tmp_path) as diary:
        baby = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1))
        diary.babies.add(baby)
        # A change seen from a device whose clock runs an hour ahead moves this clock past it.
        ahead = clock_ms(diary.connection) + 3_600_000
        diary.connection.execute("UPDATE change_clock SET last_ms = ?", (ahead,))
        diary.babies.update(replace(baby, note="later"))
        ((_, ms, _, _),) = _stamps(diary, "baby")
        assert ms == ahead + 1


def test_read_changes_of_one_device_after_a_time(tmp_path: Path) -> None:
    with Diary(tmp_path) as diary:
        device = device_id(diary.connection)
        diary.babies.add(Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1)))
        mark = clock_ms(diary.connection)
        noa = Baby(id=new_id(), name="Noa", birth_date=date(2026, 5, 1))
        diary.babies.add(noa)
        changes = read_changes(diary.connection, device=device, after_ms=mark)
        assert [baby.name for baby, _ in changes.babies] == ["Noa"]
        assert read_changes(diary.connection, device="someone-else").count() == 0
