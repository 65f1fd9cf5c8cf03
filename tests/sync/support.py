"""What the ``sync`` command's tests share (here and in tests/commands/test_sync.py): the program run
in a fresh process, two caregivers' folders, a night logged in a data folder, and every record of a
diary read for comparing two of them."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.store.connection import DATABASE_NAME, read_only_uri
from desktop.store.diary import Diary

NOW = datetime.now().astimezone()
PASSPHRASE = "moon river at three"


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``twitch-diary --data-dir DATA_DIR ARGS`` in a fresh process, to its end."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip


def ok(result: subprocess.CompletedProcess[str]) -> str:
    """What a run that succeeded printed (it must have)."""
    assert result.returncode == 0, result.stderr
    return result.stdout


def night(data_dir: Path, taps: int = 3) -> tuple[Baby, Sleep, list[Event]]:
    """A baby, tonight's sleep (still running) and ``taps`` twitches in it, stored in the folder's diary."""
    baby = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1))
    sleep = Sleep(id=new_id(), baby_id=baby.id, start=NOW - timedelta(hours=4), end=None, kind="night")
    events = [
        Event(
            id=new_id(),
            baby_id=baby.id,
            sleep_id=sleep.id,
            at=NOW - timedelta(minutes=200 - k),
            kind="twitch",
        )
        for k in range(taps)
    ]
    with Diary(data_dir) as diary:
        diary.babies.add(baby)
        diary.sleeps.add(sleep)
        diary.events.add_many(events)
    return baby, sleep, events


def records(data_dir: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the diary's record tables, sorted (read-only: the diary is left as it is)."""
    connection = sqlite3.connect(read_only_uri(data_dir / DATABASE_NAME), uri=True)
    try:
        return {
            table: sorted(tuple(row) for row in connection.execute(f"SELECT * FROM {table}"))
            for table in ("baby", "sleep", "event", "tombstone", "parked_sleep", "parked_event")
        }
    finally:
        connection.close()


def family_folders(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    """Two caregivers' data folders (not made yet), the shared folder, and the passphrase's file."""
    shared = tmp_path / "shared"
    shared.mkdir()
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(f"{PASSPHRASE}\n", encoding="utf-8")
    return tmp_path / "a", tmp_path / "b", shared, passphrase
