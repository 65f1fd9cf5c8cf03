"""``take_writing_lock``: a writing command takes the folder's lock, or is refused in one sentence
that says who is busy and that nothing was done (the lock held by a real second process)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from tests.commands.support import PROJECT_ROOT

from desktop.commands.failure import CommandError
from desktop.commands.writing_lock import take_writing_lock

HOLD_LOCK = """
import sys, time
from pathlib import Path
from desktop.store.lock import DataDirLock
with DataDirLock(Path(sys.argv[1]), sys.argv[2]):
    print("HELD", flush=True)
    time.sleep(120)
"""
WHILE_OPEN = "The app is open on {folder}: close it first."
NOTHING = "Nothing was done."
BUSY = "Twitch Diary is busy with {what} on {{folder}}; wait for it to finish, then try again."


@contextmanager
def held_by(data_dir: Path, holder: str) -> Iterator[None]:
    """The folder's lock held by another process, as ``holder`` (``open`` is the app's window)."""
    command = [sys.executable, "-c", HOLD_LOCK, str(data_dir), holder]
    with subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None and process.stdout.readline().startswith("HELD")
            yield
        finally:
            process.kill()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("holder", "expected"),
    [
        ("open", "The app is open on {folder}: close it first."),
        ("sync", f"{BUSY.format(what='a sync')} Nothing was done."),
        ("import", f"{BUSY.format(what='an import')} Nothing was done."),
        ("merge", f"{BUSY.format(what='a merge of two babies')} Nothing was done."),
    ],
)
def test_refused_in_one_sentence_naming_who_is_busy(tmp_path: Path, holder: str, expected: str) -> None:
    with held_by(tmp_path, holder), pytest.raises(CommandError) as refused:
        take_writing_lock(tmp_path, "merge", WHILE_OPEN, NOTHING)
    assert str(refused.value) == expected.format(folder=tmp_path)


@pytest.mark.slow
def test_taken_when_free_and_held_until_released(tmp_path: Path) -> None:
    lock = take_writing_lock(tmp_path, "import", WHILE_OPEN, NOTHING)
    try:
        assert lock.held
        again = subprocess.run(
            [sys.executable, "-c", HOLD_LOCK, str(tmp_path), "open"],
            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert again.returncode != 0 and "HELD" not in again.stdout  # a second process cannot take it
    finally:
        lock.release()
    assert not lock.held
