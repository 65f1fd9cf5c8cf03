"""``twitch-diary sync`` while the shared folder goes away under it: a network share or a stick
unmounted between the sync's first look at the folder and its writing. Real processes, a real bind
mount: what this device sends must reach the family's folder, or stay marked as not sent.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.core.model import Event, new_id
from desktop.store.diary import Diary

from .support import NOW, cli, night, ok, records

pytestmark = pytest.mark.slow

# The sync command, its folder unmounted just before it writes its first file: the moment is set
# here so that the test is the same at every run; the unmount itself is real.
UNMOUNTING_SYNC = """
import subprocess, sys
import desktop.sync.run as run
from desktop.app import main
folder, write = sys.argv[1], run.write_file
def write_file(*args, **kwargs):
    if subprocess.run(["umount", "-l", folder], capture_output=True).returncode != 0:
        raise SystemExit("could not unmount")
    run.write_file = write
    return write(*args, **kwargs)
run.write_file = write_file
sys.argv = ["twitch-diary", *sys.argv[2:]]
sys.exit(main())
"""


def _mount(real: Path, where: Path) -> None:
    command = ["mount", "--bind", str(real), str(where)]
    mounted = subprocess.run(command, capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot bind-mount here (needs root and mount rights): {mounted.stderr.strip()}")


@contextmanager
def bind_mounted(real: Path, where: Path) -> Iterator[None]:
    """``real`` mounted at ``where`` for the block (as a network share is at its mount point)."""
    where.mkdir()
    _mount(real, where)
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def test_changes_written_while_the_share_is_unmounted_go_out_once_it_is_back(tmp_path: Path) -> None:
    real, shared = tmp_path / "share-on-the-server", tmp_path / "shared"
    real.mkdir()
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("moon river at three\n", encoding="utf-8")
    a, b = tmp_path / "a", tmp_path / "b"
    with bind_mounted(real, shared):
        baby, sleep, _ = night(a, taps=1)
        ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
        ok(cli(b, "sync", str(shared), "--passphrase-file", str(passphrase)))
        tap = Event(new_id(), baby.id, sleep.id, NOW - timedelta(minutes=20), "twitch")
        with Diary(b) as diary:
            diary.events.add(tap)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        gone = subprocess.run(
            [sys.executable, "-c", UNMOUNTING_SYNC, str(shared), "--data-dir", str(b), "sync"],
            capture_output=True, text=True, timeout=120, env=env, check=False,
        )  # fmt: skip
        assert "could not unmount" not in gone.stderr
        # Written at the empty mount point, the file never reaches the family: said so, exit 1.
        assert gone.returncode == 1, gone.stdout
        assert gone.stderr.splitlines() == [
            f"twitch-diary: This computer's 1 change could not be written to the shared folder"
            f" ({shared} went away during the sync: unmounted, or moved?); nothing is lost: it is"
            " kept here and goes out at the next sync."
        ]
        _mount(real, shared)  # the share is back
        assert "Sent 1 change (" in ok(cli(b, "sync"))
        assert "Received 1 change from 1 file of 1 other device." in ok(cli(a, "sync"))
        assert records(a) == records(b)
