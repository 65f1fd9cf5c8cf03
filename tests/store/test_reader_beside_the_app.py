"""A command that reads the diary while the app has it open must not take the app's log file away.

The app's process opens the diary more than once (the window, its backup thread, the sync in the
background). Each later open reads the file's header through a plain ``open()``; on POSIX, closing
that descriptor drops every lock the process holds on the file, SQLite's own included. A command
line reader (``twitch-diary babies``, ``export``, ``sync``) then closes as if it were the last
connection: it checkpoints and deletes ``-wal`` and ``-shm`` under the app, and the app's next
tap, shown as logged, is written into a log file that no longer has a name.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.model import Baby, Event, new_id
from desktop.store.connection import DATABASE_NAME
from desktop.store.diary import Diary
from desktop.store.lock import DataDirLock

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("command", [["babies"], ["export", "everything.json"]])
def test_a_tap_after_a_command_line_read_is_still_in_the_diary(tmp_path: Path, command: list[str]) -> None:
    data_dir = tmp_path / "diary"
    baby = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1))
    now = datetime.now().astimezone()
    with DataDirLock(data_dir, "open"):  # as the running app holds it
        window = Diary(data_dir)
        window.babies.add(baby)
        window.events.add(Event(new_id(), baby.id, None, now - timedelta(minutes=2), "twitch", state="awake"))
        Diary(data_dir).close()  # the backup thread's or the background sync's own connection
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        run = subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *command],
            capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path, check=False,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        assert (data_dir / f"{DATABASE_NAME}-wal").exists()  # the app's log file is still there
        tap = Event(new_id(), baby.id, None, now - timedelta(minutes=1), "twitch", state="awake")
        window.events.add(tap)  # shown as logged
        window.close()
    with Diary(data_dir) as diary:
        assert diary.events.get(tap.id) == tap
