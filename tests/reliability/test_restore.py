"""Restoring a backup: the diary is kept aside first; a bad backup or a running app changes nothing."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from tests.reliability.processes import LOCK_HOLDER, run_cli, start_python
from tests.reliability.support import snapshot

from desktop.commands.restore import run_restore
from desktop.core.model import Event, new_id
from desktop.store.backup import backup_dir, list_backups, make_backup, restore_backup
from desktop.store.connection import DATABASE_NAME, read_only_uri
from desktop.store.diary import Diary
from desktop.store.errors import DamagedDatabaseError, NotFoundError, StoreError

BERLIN = timezone(timedelta(hours=1))
MORNING = datetime(2026, 11, 23, 7, 30, tzinfo=BERLIN)


def add_taps(diary: Diary, count: int) -> None:
    baby = diary.babies.all()[0]
    for minute in range(count):
        at = MORNING + timedelta(minutes=minute)
        diary.events.add(
            Event(id=new_id(), baby_id=baby.id, sleep_id=None, at=at, kind="twitch", state="awake")
        )


def events_in(path: Path) -> int:
    probe = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        return int(probe.execute("SELECT COUNT(*) FROM event").fetchone()[0])
    finally:
        probe.close()


def test_restore_brings_the_backup_back_and_keeps_the_current_diary_aside(filled_dir: Path) -> None:
    with Diary(filled_dir) as diary:
        backup = make_backup(diary, MORNING)
        add_taps(diary, 5)
    aside = restore_backup(filled_dir, backup.name, MORNING + timedelta(hours=1))
    assert aside is not None
    assert aside.name == f"{DATABASE_NAME}.before-restore-20261123T073000Z"
    assert events_in(aside) == 805  # nothing the parent logged is lost: it is kept aside
    with Diary(filled_dir) as diary:
        assert len(diary.events.all()) == 800
    # The kept-aside diary is listed, so the restore itself can be undone.
    assert aside.name in [b.name for b in list_backups(filled_dir)]
    restore_backup(filled_dir, aside.name, MORNING + timedelta(hours=2))
    with Diary(filled_dir) as diary:
        assert len(diary.events.all()) == 805


CRASHED_LOGGER = """
import sys
from datetime import datetime
from pathlib import Path
from desktop.core.model import Event, new_id
from desktop.store.diary import Diary
diary = Diary(Path(sys.argv[1]))
baby = diary.babies.all()[0]
for _ in range(3):
    diary.events.add(Event(id=new_id(), baby_id=baby.id, sleep_id=None,
                           at=datetime.now().astimezone(), kind="twitch", state="awake"))
print("logged", flush=True)
input()
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_taps_still_only_in_the_wal_of_a_crashed_app_are_kept_aside_too(filled_dir: Path) -> None:
    with Diary(filled_dir) as diary:
        backup = make_backup(diary, MORNING)
    with start_python(CRASHED_LOGGER, str(filled_dir)) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "logged"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert (filled_dir / f"{DATABASE_NAME}-wal").exists()  # the three taps live in the WAL only
    aside = restore_backup(filled_dir, backup.name)
    assert aside is not None
    # The WAL was folded into the main file before the swap: the kept-aside file alone holds them.
    assert not (aside.parent / f"{aside.name}-wal").exists()
    assert not (filled_dir / f"{DATABASE_NAME}-wal").exists() or events_in(filled_dir / DATABASE_NAME) == 800
    assert events_in(aside) == 803


def test_a_damaged_backup_is_refused_and_nothing_changes(filled_dir: Path) -> None:
    with Diary(filled_dir) as diary:
        backup = make_backup(diary, MORNING)
    data = backup.path.read_bytes()
    backup.path.write_bytes(data[:-4096] + bytes(4096))
    before = snapshot(filled_dir)
    with pytest.raises(DamagedDatabaseError):
        restore_backup(filled_dir, backup.name)
    with pytest.raises(StoreError) as caught:
        run_restore(filled_dir, backup.name)
    assert "cannot be restored" in str(caught.value)
    assert "nothing was changed" in str(caught.value)
    assert snapshot(filled_dir) == before


@pytest.mark.parametrize("name", ["daily-20990101T000000Z.sqlite3", f"../{DATABASE_NAME}", "/etc/passwd"])
def test_an_unknown_backup_name_is_refused(filled_dir: Path, name: str) -> None:
    before = snapshot(filled_dir)
    with pytest.raises(NotFoundError):
        restore_backup(filled_dir, name)
    assert snapshot(filled_dir) == before


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_restore_is_refused_while_the_app_holds_the_diary(filled_dir: Path) -> None:
    with Diary(filled_dir) as diary:
        backup = make_backup(diary, MORNING)
    before = snapshot(filled_dir)
    with start_python(LOCK_HOLDER, str(filled_dir)) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        result = run_cli("--data-dir", str(filled_dir), "restore", backup.name)
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert "close the app" in line
    assert "nothing was changed" in line
    assert snapshot(filled_dir) == before


@pytest.mark.slow
def test_command_line_lists_backups_with_their_contents_then_restores_one(filled_dir: Path) -> None:
    with Diary(filled_dir) as diary:
        backup = make_backup(diary, MORNING)
        add_taps(diary, 2)
    listed = run_cli("--data-dir", str(filled_dir), "restore")
    assert listed.returncode == 0, listed.stderr
    assert backup.name in listed.stdout
    assert "1 baby, 20 sleeps and 800 events" in listed.stdout
    assert "twitch-diary restore NAME" in listed.stdout
    restored = run_cli("--data-dir", str(filled_dir), "restore", backup.name)
    assert restored.returncode == 0, restored.stderr
    assert "kept in" in restored.stdout
    with Diary(filled_dir) as diary:
        assert len(diary.events.all()) == 800


def test_listing_with_no_backups_says_so(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_restore(data_dir, None) == 0
    assert "no backups" in capsys.readouterr().out
    assert not backup_dir(data_dir).exists()
    shutil.rmtree(data_dir, ignore_errors=True)


# A diary left by a crash mid-transaction in rollback-journal mode (as a restored file is until
# its first open): the change spilled into the file, the journal to undo it beside it.
HOT_JOURNAL_MAKER = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode = DELETE")
connection.execute("PRAGMA cache_size = 1")
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE event SET note = 'never committed'")
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_hot_journal_left_by_a_crash_is_rolled_back_not_called_unreadable(filled_dir: Path) -> None:
    # Fails without the fix: the read-only check could not roll the journal back and called the
    # healthy file "not a readable Twitch Diary file (attempt to write a readonly database)".
    with start_python(HOT_JOURNAL_MAKER, str(filled_dir / DATABASE_NAME)) as child:
        child.wait(timeout=60)
    journal = filled_dir / f"{DATABASE_NAME}-journal"
    assert journal.exists() and journal.stat().st_size > 0, "no hot journal was left"
    with Diary(filled_dir) as diary:
        events = diary.events.all()
        assert diary.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(events) == 800
    assert {event.note for event in events} == {"a tap with a little note"}
    assert not journal.exists() or journal.stat().st_size == 0


def test_a_backup_name_with_an_impossible_time_is_ignored(filled_dir: Path) -> None:
    # Fails without the fix: "daily-20260230T000000Z" (February 30th) raised ValueError in every
    # listing, so restore crashed and the daily backup silently stopped.
    stray = backup_dir(filled_dir) / "daily-20260230T000000Z.sqlite3"
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"not ours")
    assert stray.name not in [b.name for b in list_backups(filled_dir)]
    with Diary(filled_dir) as diary:
        made = make_backup(diary, MORNING)
    assert made.name in [b.name for b in list_backups(filled_dir)]
    result = run_cli("--data-dir", str(filled_dir), "restore")
    assert result.returncode == 0, result.stderr
    assert made.name in result.stdout and stray.name not in result.stdout
