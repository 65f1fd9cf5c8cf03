"""One app per data directory: a second copy is refused, a crashed copy's lock does not linger."""

from __future__ import annotations

import os
import signal
import stat
from pathlib import Path

import pytest
from tests.reliability.processes import LOCK_HOLDER, run_cli, start_python

from desktop.store.errors import DiaryLockedError
from desktop.store.lock import LOCK_NAME, DataDirLock, is_locked

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


@pytest.mark.slow
def test_lock_of_a_killed_process_does_not_block_the_next_start(data_dir: Path) -> None:
    with start_python(LOCK_HOLDER, str(data_dir)) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        assert is_locked(data_dir)
        with pytest.raises(DiaryLockedError) as caught:
            DataDirLock(data_dir).acquire()
        assert str(data_dir) in str(caught.value)
        assert "already open" in str(caught.value)
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
    # The lock file is still there, as after any crash, yet the next start gets the lock.
    assert (data_dir / LOCK_NAME).exists()
    assert not is_locked(data_dir)
    with DataDirLock(data_dir) as lock:
        assert lock.held
        assert stat.S_IMODE((data_dir / LOCK_NAME).stat().st_mode) == 0o600


def test_a_second_lock_in_the_same_process_is_refused_until_released(data_dir: Path) -> None:
    first = DataDirLock(data_dir)
    first.acquire()
    with pytest.raises(DiaryLockedError):
        DataDirLock(data_dir).acquire()
    first.release()
    with DataDirLock(data_dir) as second:
        assert second.held
    assert not is_locked(data_dir)


def test_is_locked_is_false_for_a_new_folder_and_creates_nothing(data_dir: Path) -> None:
    assert not is_locked(data_dir)
    assert not data_dir.exists()


@pytest.mark.slow
def test_command_line_may_read_while_the_app_holds_the_diary(filled_dir: Path) -> None:
    with start_python(LOCK_HOLDER, str(filled_dir)) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        result = run_cli("--data-dir", str(filled_dir), "babies", "--json")
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
    assert result.returncode == 0, result.stderr
    assert '"name": "Mia"' in result.stdout


@pytest.mark.slow
def test_import_waits_for_the_app_to_close_and_changes_nothing(filled_dir: Path, tmp_path: Path) -> None:
    exported = tmp_path / "all.json"
    assert run_cli("--data-dir", str(filled_dir), "export", str(exported)).returncode == 0
    other = tmp_path / "other"
    assert run_cli("--data-dir", str(other), "babies").returncode == 0
    before = sorted((path.name, path.stat().st_size) for path in other.iterdir() if path.name != LOCK_NAME)
    with start_python(LOCK_HOLDER, str(other)) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        refused = run_cli("--data-dir", str(other), "import", str(exported))
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
    assert refused.returncode == 1
    (line,) = refused.stderr.splitlines()
    assert "close the app" in line and "nothing was imported" in line
    assert sorted((p.name, p.stat().st_size) for p in other.iterdir() if p.name != LOCK_NAME) == before
    # Once the app is gone the same import goes through.
    assert run_cli("--data-dir", str(other), "import", str(exported)).returncode == 0
    assert '"name": "Mia"' in run_cli("--data-dir", str(other), "babies", "--json").stdout
