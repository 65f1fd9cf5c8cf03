"""A diary on read-only media, or made read-only by its owner: read and exported, never "already open",
never made writable again."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.reliability.processes import run_cli
from tests.reliability.real_disks import remount_read_only, small_tmpfs
from tests.reliability.support import fill, snapshot

from desktop.store.connection import DATABASE_NAME
from desktop.store.diary import Diary
from desktop.store.errors import WriteFailedError


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def read_only_stick(tmp_path: Path) -> Iterator[Path]:
    """A diary (with an empty -wal left beside it, as after a crash) on a tmpfs remounted read-only."""
    with small_tmpfs(tmp_path / "stick", size="8m") as stick:
        data_dir = stick / "data"
        with Diary(data_dir) as diary:
            fill(diary, nights=3, taps_per_night=10)
        remount_read_only(stick)
        yield data_dir


def test_a_diary_on_read_only_media_can_be_read_and_exported(read_only_stick: Path, tmp_path: Path) -> None:
    # Fails without the fix: every command failed ("attempt to write a readonly database").
    before = snapshot(read_only_stick)
    listed = run_cli("--data-dir", str(read_only_stick), "babies")
    assert listed.returncode == 0, listed.stderr
    out = tmp_path / "out.json"
    exported = run_cli("--data-dir", str(read_only_stick), "export", str(out))
    assert exported.returncode == 0, exported.stderr
    assert len(json.loads(out.read_text())["events"]) == 30
    imported = run_cli("--data-dir", str(read_only_stick), "import", str(out))
    assert imported.returncode == 1
    (line,) = imported.stderr.splitlines()
    assert "already open" not in line and "read-only" in line.lower()
    assert snapshot(read_only_stick) == before


WINDOW_START = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QMessageBox
from desktop.ui.recovery_dialog import ProblemNotice
told = []
ProblemNotice.tell = staticmethod(lambda title, text, parent=None: told.append((title, text)))
from desktop.app import run_window
from desktop.ui.launch import application
from PySide6.QtCore import QTimer
app = application()
QTimer.singleShot(3000, app.quit)
code = run_window(Path(sys.argv[1]))
print("told", told, flush=True)
"""


def test_a_read_only_mount_is_not_called_already_open(tmp_path: Path) -> None:
    # Fails without the fix: a folder where .lock cannot be made was "Twitch Diary is already open".
    with small_tmpfs(tmp_path / "stick", size="2m") as stick:
        (stick / "empty").mkdir()
        remount_read_only(stick)
        result = subprocess.run(
            [sys.executable, "-c", WINDOW_START, str(stick / "empty")],
            cwd=Path(__file__).resolve().parents[2],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert "told" in result.stdout, result.stderr
    assert "already open" not in result.stdout
    assert "cannot open your diary" in result.stdout


@pytest.mark.parametrize("file_mode, dir_mode", [(0o400, 0o700), (0o600, 0o500), (0o400, 0o500)])
def test_a_diary_its_owner_made_read_only_stays_read_only(
    filled_dir: Path, tmp_path: Path, file_mode: int, dir_mode: int
) -> None:
    # Fails without the fix: opening chmodded the file back to 0600 (the folder to 0700) and wrote.
    path = filled_dir / DATABASE_NAME
    os.chmod(path, file_mode)
    os.chmod(filled_dir, dir_mode)
    try:
        with Diary(filled_dir) as diary:
            assert diary.read_only
            assert len(diary.events.all()) == 800
            with pytest.raises(WriteFailedError) as refused:
                diary.settings.set("theme", "night")
        assert "read-only" in str(refused.value)
        exported = run_cli("--data-dir", str(filled_dir), "export", str(tmp_path / "out.json"))
        assert exported.returncode == 0, exported.stderr
        assert (_mode(path), _mode(filled_dir)) == (file_mode, dir_mode)
    finally:
        os.chmod(filled_dir, 0o700)


def _unprivileged_python() -> str | None:
    """A user and this Python for it, or None when the machine has neither (the reason is skipped with)."""
    runuser = shutil.which("runuser")
    if os.geteuid() != 0 or runuser is None:
        return None
    probe = subprocess.run(
        [runuser, "-u", "nobody", "--", sys.executable, "-c", "import desktop"],
        capture_output=True,
        check=False,
        cwd="/",
    )
    return runuser if probe.returncode == 0 else None


def test_an_unprivileged_owner_of_a_read_only_diary_can_export_it(filled_dir: Path, tmp_path: Path) -> None:
    runuser = _unprivileged_python()
    if runuser is None:
        pytest.skip("no unprivileged user can run this Python here (it lives under /root); the owner's"
                    " read-only bits are checked as root in the test above")  # fmt: skip
    shutil.chown(filled_dir, "nobody")
    for path in filled_dir.iterdir():
        shutil.chown(path, "nobody")
    os.chmod(filled_dir / DATABASE_NAME, 0o400)
    os.chmod(filled_dir, 0o500)
    out = tmp_path / "out.json"
    os.chmod(tmp_path, 0o777)
    result = subprocess.run(
        [runuser, "-u", "nobody", "--", sys.executable, "-m", "desktop",
         "--data-dir", str(filled_dir), "export", str(out)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert _mode(filled_dir / DATABASE_NAME) == 0o400
