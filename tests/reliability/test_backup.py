"""Daily backups: consistent private copies once a day, 7 daily and 4 weekly kept, good ones never lost."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.reliability.support import snapshot

from desktop.core.model import Baby, new_id
from desktop.store.backup import (
    KEEP_DAILY,
    KEEP_WEEKLY,
    Backup,
    backup_dir,
    backup_if_due,
    backups_to_keep,
    check_backup,
    count_records,
    list_backups,
    make_backup,
)
from desktop.store.connection import DATABASE_NAME
from desktop.store.diary import Diary
from desktop.store.errors import DamagedDatabaseError
from desktop.store.schema import MIGRATIONS, SCHEMA_VERSION

BERLIN = timezone(timedelta(hours=1))
MORNING = datetime(2026, 11, 23, 7, 30, tzinfo=BERLIN)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_backup_is_a_private_single_file_holding_every_record(filled_dir: Path) -> None:
    with Diary(filled_dir) as diary:
        backup = backup_if_due(diary, MORNING)
    assert backup is not None
    assert backup.name == "daily-20261123T063000Z.sqlite3"
    assert backup.kind == "daily"
    assert mode(backup_dir(filled_dir)) == 0o700
    assert mode(backup.path) == 0o600
    counts = count_records(backup.path)
    assert (counts.babies, counts.sleeps, counts.events) == (1, 20, 800)
    # A self-contained file: no WAL companions are needed (or left) to read it.
    assert sorted(p.name for p in backup_dir(filled_dir).iterdir()) == [backup.name]
    with sqlite3.connect(backup.path) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy.close()


def test_backup_leaves_out_a_change_not_yet_committed(filled_dir: Path) -> None:
    with Diary(filled_dir) as diary, Diary(filled_dir) as other:
        other.connection.execute("BEGIN IMMEDIATE")
        other.connection.execute("DELETE FROM event")
        backup = make_backup(diary, MORNING)
        other.connection.execute("ROLLBACK")
    assert count_records(backup.path).events == 800


def test_backup_is_made_once_per_local_day(filled_dir: Path) -> None:
    with Diary(filled_dir) as diary:
        assert backup_if_due(diary, MORNING) is not None
        assert backup_if_due(diary, MORNING + timedelta(hours=15)) is None  # 22:30 the same day
        assert backup_if_due(diary, MORNING + timedelta(hours=17)) is not None  # 00:30 the next day
    assert len(list_backups(filled_dir)) == 2


def test_sixty_days_of_use_keep_seven_daily_and_four_weekly_copies(data_dir: Path) -> None:
    with Diary(data_dir) as diary:
        diary.babies.add(Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1)))
        days = [MORNING - timedelta(days=n) for n in range(59, -1, -1)]
        for day in days:
            backup_if_due(diary, day)
    kept = list_backups(data_dir)
    assert len(kept) == KEEP_DAILY + KEEP_WEEKLY
    stamps = [backup.taken_at for backup in kept]
    assert stamps[:KEEP_DAILY] == [day.astimezone(UTC) for day in reversed(days[-KEEP_DAILY:])]
    older_weeks = {stamp.isocalendar()[:2] for stamp in stamps[KEEP_DAILY:]}
    assert len(older_weeks) == KEEP_WEEKLY  # one copy for each of four different weeks
    assert all(mode(backup.path) == 0o600 for backup in kept)


def test_a_damaged_diary_does_not_push_good_backups_out(filled_dir: Path) -> None:
    with Diary(filled_dir) as diary:
        good = [backup_if_due(diary, MORNING - timedelta(days=n)) for n in (2, 1)]
    # Zero the last page: a leaf deep in the file, which opening does not read but a check does.
    path = filled_dir / DATABASE_NAME
    data = path.read_bytes()
    path.write_bytes(data[:-4096] + bytes(4096))
    before = snapshot(backup_dir(filled_dir))
    with Diary(filled_dir) as diary, pytest.raises(DamagedDatabaseError) as caught:
        backup_if_due(diary, MORNING)
    assert "the daily check found damage" in str(caught.value)
    assert str(path) in str(caught.value)
    assert snapshot(backup_dir(filled_dir)) == before
    assert [b.name for b in list_backups(filled_dir)] == [b.name for b in reversed(good) if b]


def old_diary(data_dir: Path) -> None:
    """A diary file as version 1 of the app wrote it (schema 1), with one baby."""
    data_dir.mkdir(parents=True)
    old = sqlite3.connect(data_dir / DATABASE_NAME)
    old.executescript(MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
    old.execute("INSERT INTO baby (id, name, birth_date) VALUES ('b1', 'Mia', '2026-08-01')")
    old.commit()
    old.close()


def test_copy_made_before_a_migration_is_a_listed_restorable_backup(data_dir: Path) -> None:
    old_diary(data_dir)
    with Diary(data_dir) as diary:
        assert [baby.name for baby in diary.babies.all()] == ["Mia"]
    (backup,) = list_backups(data_dir)
    assert backup.kind == "before-migration"
    assert backup.name.startswith("before-migration-v1-")
    assert mode(backup.path) == 0o600
    check_backup(backup.path)  # a diary this version can read, later migrated on restore
    assert count_records(backup.path).babies == 1
    assert SCHEMA_VERSION > 1


def make(kind: str, taken_at: datetime) -> Backup:
    return Backup(f"{kind}-{taken_at:%Y%m%dT%H%M%S}", kind, taken_at, Path("/nonexistent"))


@given(
    st.lists(st.integers(min_value=0, max_value=400), unique=True, max_size=60),
    st.lists(st.integers(min_value=0, max_value=400), unique=True, max_size=6),
    st.lists(st.integers(min_value=0, max_value=400), unique=True, max_size=3),
)
def test_retention_rules_hold_for_any_history(
    daily: list[int], migration: list[int], aside: list[int]
) -> None:
    start = datetime(2025, 1, 1, 3, 0, tzinfo=UTC)
    backups = (
        [make("daily", start + timedelta(days=n)) for n in daily]
        + [make("before-migration", start + timedelta(days=n, hours=1)) for n in migration]
        + [make("before-restore", start + timedelta(days=n, hours=2)) for n in aside]
    )
    keep = backups_to_keep(backups)
    dailies = sorted((b for b in backups if b.kind == "daily"), key=lambda b: b.taken_at, reverse=True)
    kept_daily = [b for b in dailies if b.name in keep]
    assert dailies[:KEEP_DAILY] == kept_daily[:KEEP_DAILY]  # the newest seven are always kept
    older = kept_daily[KEEP_DAILY:]
    assert len(older) == min(KEEP_WEEKLY, len({b.taken_at.isocalendar()[:2] for b in dailies[KEEP_DAILY:]}))
    assert len({b.taken_at.isocalendar()[:2] for b in older}) == len(older)  # one per week
    assert all(b.name in keep for b in backups if b.kind == "before-restore")  # never dropped
    migrations = sorted((b for b in backups if b.kind == "before-migration"), key=lambda b: b.taken_at)
    assert all(b.name in keep for b in migrations[-4:])
