"""``twitch-diary sync`` with a shared folder this device cannot write in: a read-only share or a
full disk, on a real small tmpfs (as root, a chmod would refuse nothing). The others' files are
still read and merged; this device's changes stay here, said in one line (exit 1), and go out at
the next sync once the folder takes them again."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from tests.reliability.real_disks import fill_up, remount_read_only, small_tmpfs

from desktop.core.model import Event, new_id
from desktop.store.changes import device_id
from desktop.store.diary import Diary

from .support import NOW, cli, night, ok, records

pytestmark = pytest.mark.slow


def _listing(folder: Path) -> list[tuple[str, int]]:
    return sorted((str(p.relative_to(folder)), p.stat().st_size) for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("refusal", ["read-only", "full"])
def test_a_folder_this_device_cannot_write_in_is_still_read_and_its_changes_go_out_later(
    family: tuple[Path, Path, Path, Path], tmp_path: Path, refusal: str
) -> None:
    a, b, _, passphrase = family
    with small_tmpfs(tmp_path / "share", "1m") as shared:
        baby, sleep, _ = night(a, taps=1)
        ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
        ok(cli(b, "sync", str(shared), "--passphrase-file", str(passphrase)))
        taps = {
            side: Event(new_id(), baby.id, sleep.id, NOW - timedelta(minutes=minutes), "twitch")
            for side, minutes in ((a, 30), (b, 20))
        }
        for side, tap in taps.items():
            with Diary(side) as diary:
                diary.events.add(tap)
        ok(cli(a, "sync"))  # A's tap is in the folder
        with Diary(b) as diary:
            own = shared / device_id(diary.connection)
        if refusal == "read-only":
            remount_read_only(shared)
            problem = f"cannot write in {shared}: Read-only file system"
        else:
            filler = fill_up(shared)
            problem = f"cannot write in {own}: No space left on device"
        listing = _listing(shared)
        # Said again at each sync while it lasts: what this device holds back is for it to know.
        for received in ("1 change from 1 file", "0 changes from 0 files"):
            result = cli(b, "sync")
            assert result.returncode == 1
            assert result.stdout.splitlines() == [f"Received {received} of 1 other device."]
            assert result.stderr.splitlines() == [
                f"twitch-diary: This computer's 1 change could not be written to the shared folder"
                f" ({problem}); nothing is lost: it is kept here and goes out at the next sync."
            ]
            with Diary(b) as diary:  # A's tap came in; B's own is kept
                assert diary.events.get(taps[a].id) == taps[a]
                assert diary.events.get(taps[b].id) == taps[b]
            assert _listing(shared) == listing  # not a byte written, not even a half file
        if refusal == "read-only":
            subprocess.run(["mount", "-o", "remount,rw", str(shared)], check=True, capture_output=True)
        else:
            filler.unlink()
        assert "Sent 1 change (" in ok(cli(b, "sync"))
        assert "Received 1 change from 1 file of 1 other device." in ok(cli(a, "sync"))
        assert records(a) == records(b)
