"""The second backup place: the same checked copy and retention, the videos beside it, a restore
from it when the first disk is lost, and a clear line when the place is not there."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from tests.reliability.processes import run_cli
from tests.reliability.support import snapshot

from desktop.store.backup import (
    KEEP_DAILY,
    KEEP_WEEKLY,
    backup_dir,
    check_backup,
    count_records,
    list_backups,
)
from desktop.store.backup_elsewhere import (
    ROOT_NAME,
    SecondPlaceMissingError,
    backup_elsewhere_if_due,
    list_backups_in,
    make_backup_in,
    second_place,
    second_root,
    set_second_place,
)
from desktop.store.diary import Diary

BERLIN = timezone(timedelta(hours=1))
MORNING = datetime(2026, 11, 23, 7, 30, tzinfo=BERLIN)


def records(diary: Diary) -> tuple[object, ...]:
    """Every baby, sleep and event the diary holds."""
    return (diary.babies.all(), diary.sleeps.all(), diary.events.all())


def attach_video(diary: Diary, clip: Path) -> str:
    """Attach a clip file to the diary's first episode-to-be (its first event); that event's id."""
    clip.parent.mkdir(parents=True, exist_ok=True)
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 40)
    first = diary.events.all()[0]
    diary.events.update(replace(first, video=str(clip)))
    return first.id


def test_a_backup_in_the_second_place_is_the_same_checked_copy_with_the_videos(
    filled_dir: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    clip = tmp_path / "Videos" / "arms.mp4"
    with Diary(filled_dir) as diary:
        attach_video(diary, clip)
        set_second_place(diary.settings, usb)
        assert second_place(diary.settings) == usb
        backup = backup_elsewhere_if_due(diary, MORNING)
        assert backup is not None
        assert backup_elsewhere_if_due(diary, MORNING + timedelta(hours=3)) is None  # once a day
    assert backup.path == usb / ROOT_NAME / "backups" / "daily-20261123T063000Z.sqlite3"
    check_backup(backup.path)
    counts = count_records(backup.path)
    assert (counts.babies, counts.sleeps, counts.events) == (1, 20, 800)
    (copied,) = [p for p in (usb / ROOT_NAME / "videos").iterdir() if p.suffix == ".mp4"]
    assert copied.read_bytes() == clip.read_bytes()
    assert copied.name.endswith("-arms.mp4")
    # The first place is untouched: this is a second copy, not a move.
    assert list_backups(filled_dir) == []


def test_the_second_place_keeps_7_daily_and_4_weekly_like_the_first(filled_dir: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    with Diary(filled_dir) as diary:
        set_second_place(diary.settings, usb)
        for day in range(60):
            backup_elsewhere_if_due(diary, MORNING + timedelta(days=day))
    kept = list_backups_in(usb)
    assert len(kept) == KEEP_DAILY + KEEP_WEEKLY
    newest = MORNING + timedelta(days=59)
    assert kept[0].taken_at == newest
    assert [b.taken_at for b in kept[:KEEP_DAILY]] == [newest - timedelta(days=d) for d in range(KEEP_DAILY)]


def test_a_missing_second_place_is_said_plainly_and_nothing_is_written(
    filled_dir: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "media" / "USB STICK"
    with Diary(filled_dir) as diary:
        set_second_place(diary.settings, stick)
        with pytest.raises(SecondPlaceMissingError) as raised:
            backup_elsewhere_if_due(diary, MORNING)
    message = str(raised.value)
    assert str(stick) in message
    assert "is not there (is the USB stick or disk plugged in?)" in message
    assert "today's backup is in the diary's own folder only" in message
    assert not stick.exists()  # never created: a stick mounted later must not find a stray folder


def test_a_full_or_read_only_second_place_fails_with_a_message(filled_dir: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    second_root(usb).write_text("a file where the folder should be")
    from desktop.store.errors import WriteFailedError

    with Diary(filled_dir) as diary, pytest.raises(WriteFailedError) as raised:
        make_backup_in(diary, usb, MORNING)
    assert "could not be written" in str(raised.value)


def test_with_the_first_disk_lost_the_command_line_restores_from_the_second_place(
    filled_dir: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    clip = tmp_path / "Videos" / "night" / "arms.mp4"
    with Diary(filled_dir) as diary:
        event_id = attach_video(diary, clip)
        set_second_place(diary.settings, usb)
        before = records(diary)
        backup = make_backup_in(diary, usb, MORNING)
        # The first folder's own copy, made the same day, is on the disk that dies.
        from desktop.store.backup import make_backup

        make_backup(diary, MORNING)
    clip_bytes = clip.read_bytes()
    # The disk is lost: the diary, its backups and the clip are gone.
    shutil.rmtree(filled_dir)
    clip.unlink()
    assert not backup_dir(filled_dir).exists()

    listed = run_cli("--data-dir", str(filled_dir), "restore", "--from", str(usb))
    assert listed.returncode == 0, listed.stderr
    assert f"Backups in the second backup place {usb}" in listed.stdout
    assert backup.name in listed.stdout

    restored = run_cli("--data-dir", str(filled_dir), "restore", backup.name, "--from", str(usb))
    assert restored.returncode == 0, restored.stderr
    assert f"Restored {backup.name}" in restored.stdout
    assert "1 attached video was put back" in restored.stdout
    with Diary(filled_dir) as diary:
        assert records(diary) == before
        stored = diary.events.get(event_id)
        assert stored is not None and stored.video == str(clip)
    assert clip.read_bytes() == clip_bytes


def test_restore_names_the_second_place_when_it_is_not_plugged_in(filled_dir: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    with Diary(filled_dir) as diary:
        set_second_place(diary.settings, stick)
    listed = run_cli("--data-dir", str(filled_dir), "restore")
    assert listed.returncode == 0, listed.stderr
    assert f"The second backup place {stick} is not there" in listed.stdout


def test_a_name_in_neither_place_is_refused_and_nothing_changes(filled_dir: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    before = snapshot(filled_dir)
    result = run_cli(
        "--data-dir", str(filled_dir), "restore", "daily-20200101T000000Z.sqlite3", "--from", str(usb)
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "nothing was changed" in result.stderr
    assert snapshot(filled_dir) == before
