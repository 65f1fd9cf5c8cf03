"""``twitch-diary sync FOLDER`` first looks whether another command holds the data folder (to say
so before the passphrase is asked for). A command that finishes just then must leave this sync
free to run, and no lock behind: a real process holding the lock, let go at that very moment.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.reliability.processes import ROOT
from tests.sync.support import cli, family_folders, night, ok

import desktop.commands.sync as sync_command
from desktop.store.lock import held_here, is_locked

pytestmark = pytest.mark.slow

HOLDER = """
import sys
from pathlib import Path
from desktop.store.lock import DataDirLock
lock = DataDirLock(Path(sys.argv[1]), "import")
lock.acquire()
print("locked", flush=True)
sys.stdin.readline()
lock.release()
print("released", flush=True)
sys.stdin.readline()
"""


def test_a_command_ending_as_the_sync_looks_leaves_the_sync_free_and_no_lock_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, _, shared, passphrase = family_folders(tmp_path)
    night(a, taps=1)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(a)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    ) as holder:  # fmt: skip
        assert holder.stdin is not None and holder.stdout is not None
        try:
            assert holder.stdout.readline().strip() == "locked"

            def looked(data_dir: Path) -> bool:
                seen = is_locked(data_dir)  # the import holds it ...
                holder.stdin.write("done\n")  # ... and ends right after the look
                holder.stdin.flush()
                assert holder.stdout.readline().strip() == "released"
                return seen

            monkeypatch.setattr(sync_command, "is_locked", looked)
            assert sync_command.run_sync(a, shared, passphrase, off=False) == 0
        finally:
            holder.kill()
            holder.wait(timeout=30)
    assert not held_here(a)  # nothing of this sync's lock is left in the process
    assert ok(cli(a, "sync")).splitlines()[0] == "Sent 0 changes."
