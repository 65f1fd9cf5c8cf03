"""A real full disk (a 2 MB tmpfs filled to the last byte): told as full, never as a damaged diary."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.reliability.processes import run_cli
from tests.reliability.real_disks import fill_up, small_tmpfs
from tests.reliability.support import fill, snapshot

from desktop.app import create_window
from desktop.core.model import Event, new_id
from desktop.store.backup import list_backups, make_backup
from desktop.store.diary import Diary
from desktop.store.errors import WriteFailedError
from desktop.store.lock import DataDirLock

MORNING = datetime(2026, 11, 23, 7, 30).astimezone()


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A mounted 2 MB tmpfs."""
    with small_tmpfs(tmp_path / "disk") as mounted:
        yield mounted


@pytest.fixture
def diary_on_disk(disk: Path) -> Path:
    """A diary with a baby and 200 taps (and a backup) on the small disk, closed."""
    data_dir = disk / "data"
    with Diary(data_dir) as diary:
        fill(diary, nights=5, taps_per_night=40)
        make_backup(diary, MORNING)
    return data_dir


def _tap(diary: Diary) -> None:
    baby = diary.babies.all()[0]
    diary.events.add(
        Event(id=new_id(), baby_id=baby.id, sleep_id=None, at=datetime.now().astimezone(), kind="twitch",
              state="awake")
    )  # fmt: skip


def test_start_on_a_full_disk_says_full_and_the_diary_can_still_be_read(
    diary_on_disk: Path, disk: Path, tmp_path: Path
) -> None:
    # Fails without the fix: "not a readable Twitch Diary file (disk I/O error) ... Restore a backup".
    fill_up(disk)
    before = snapshot(diary_on_disk)
    listed = run_cli("--data-dir", str(diary_on_disk), "babies")
    assert listed.returncode == 0, listed.stderr
    assert "Mia" in listed.stdout
    exported = run_cli("--data-dir", str(diary_on_disk), "export", str(tmp_path / "out.json"))
    assert exported.returncode == 0, exported.stderr
    assert len(json.loads((tmp_path / "out.json").read_text())["events"]) == 200
    with Diary(diary_on_disk) as diary:
        assert diary.read_only
        with pytest.raises(WriteFailedError) as refused:
            _tap(diary)
    assert "full" in str(refused.value) and "damaged" not in str(refused.value)
    assert "not a readable" not in str(refused.value)
    assert snapshot(diary_on_disk) == before


def test_backup_on_a_full_disk_says_full_and_keeps_the_older_backups(diary_on_disk: Path, disk: Path) -> None:
    # Fails without the fix: the backup's own open called the diary damaged.
    (older,) = list_backups(diary_on_disk)
    fill_up(disk)
    with Diary(diary_on_disk) as diary, pytest.raises(WriteFailedError) as refused:
        make_backup(diary, datetime(2026, 11, 24, 7, 30).astimezone())
    assert "full" in str(refused.value)
    assert [b.name for b in list_backups(diary_on_disk)] == [older.name]
    assert not list((diary_on_disk / "backups").glob("*.partial"))


def test_import_on_a_full_disk_says_full_and_changes_nothing(
    diary_on_disk: Path, disk: Path, tmp_path: Path
) -> None:
    exported = tmp_path / "all.json"
    assert run_cli("--data-dir", str(diary_on_disk), "export", str(exported)).returncode == 0
    document = json.loads(exported.read_text())
    for event in document["events"]:
        event["id"] = new_id()
        event["note"] = "x" * 2000  # 200 taps × 2 KB: more than the disk has left
    exported.write_text(json.dumps(document))
    filler = fill_up(disk)
    filler.write_bytes(bytes(max(0, filler.stat().st_size - 64 * 1024)))  # a little room: not enough
    before = snapshot(diary_on_disk)
    result = run_cli("--data-dir", str(diary_on_disk), "import", str(exported))
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert "full" in line and "nothing was" in line
    with Diary(diary_on_disk) as diary:
        assert len(diary.events.all()) == 200
    assert snapshot(diary_on_disk) == before or len(snapshot(diary_on_disk)) == len(before)


def test_taps_on_a_filling_disk_are_shown_as_not_logged_and_carry_on_when_freed(
    qtbot: QtBot, diary_on_disk: Path, disk: Path
) -> None:
    window = create_window(diary_on_disk)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    bedside = window.bedside
    logged: list[str] = []
    bedside.twitch_logged.connect(lambda event: logged.append(event.id))
    assert bedside.session.baby is not None
    bedside.log_twitch()
    filler = fill_up(disk)
    for _ in range(300):
        bedside.log_twitch()  # what Space does at the bedside
        if bedside.error_label.isVisible():
            break
    assert bedside.error_label.isVisible(), f"the disk never filled up ({len(logged)} taps logged)"
    assert "NOT logged" in bedside.error_label.text() and "full" in bedside.error_label.text()
    window.close_diary()
    filler.unlink()
    with Diary(diary_on_disk) as diary:
        stored = {event.id for event in diary.events.all()}
        assert diary.connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert set(logged) <= stored


def test_the_window_starts_on_a_full_disk_and_says_why_a_tap_is_not_logged(
    qtbot: QtBot, disk: Path, tmp_path: Path
) -> None:
    # Fails without the fix: the start called the diary damaged (or failed writing the lock's
    # process id) instead of opening it to be read.
    data_dir = disk / "fresh"
    with Diary(data_dir) as diary:
        fill(diary, nights=2, taps_per_night=5)
    (data_dir / ".lock").unlink()  # the lock file is made anew at this start, on the full disk
    fill_up(disk)
    lock = DataDirLock(data_dir)
    lock.acquire()  # as run_app does first: on a full disk too
    window = create_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.diary.read_only
    assert window.bedside.log_twitch() is None
    assert "NOT logged" in window.bedside.error_label.text() and "full" in window.bedside.error_label.text()
    window.close_diary()
    lock.release()
