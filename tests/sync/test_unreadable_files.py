"""``twitch-diary sync`` and a file in the shared folder that is not this family's whole sync file.

A file still being copied is retried quietly; one that stays unreadable (another family's
passphrase, damage) is told once for each content it has, with what to do, never at every sync;
and a wrong passphrase given on a new data folder leaves no diary behind. Real processes, files.
"""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.core.model import Event, new_id
from desktop.store.changes import device_id
from desktop.store.diary import Diary
from desktop.sync.run import UNREADABLE_KEY

from .support import NOW, cli, night, ok, records

pytestmark = pytest.mark.slow


def _device(data_dir: Path) -> str:
    with Diary(data_dir) as diary:
        return device_id(diary.connection)


def _told(device: str, file: str = "00000001.tdsync") -> str:
    return (
        f"Cannot read the file {file} of the device {device}: it was made with another family"
        " passphrase, or it is damaged. On that device, set up sync again with this family's"
        " passphrase (Diary › Sync with Other Devices…, or 'twitch-diary sync FOLDER'): it then"
        " sends its changes anew, and this file may be deleted."
    )


def test_another_familys_file_is_told_once_not_at_every_sync(
    family: tuple[Path, Path, Path, Path], tmp_path: Path
) -> None:
    a, b, shared, passphrase = family
    night(a, taps=1)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    ok(cli(b, "sync", str(shared), "--passphrase-file", str(passphrase)))
    # Another family's device, its folder put into ours by mistake (a cloud drive's shared folder).
    theirs, their_shared = tmp_path / "neighbour", tmp_path / "neighbours-shared"
    their_shared.mkdir()
    (tmp_path / "their-passphrase.txt").write_text("sunflower\n", encoding="utf-8")
    night(theirs, taps=2)
    ok(cli(theirs, "sync", str(their_shared), "--passphrase-file", str(tmp_path / "their-passphrase.txt")))
    stranger = _device(theirs)
    shutil.copytree(their_shared / stranger, shared / stranger)
    name = f"{stranger}/00000001.tdsync"
    before = records(b)

    first = cli(b, "sync")  # it may still be being copied: said in passing, tried again next time
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[-1] == (
        f"1 file not complete yet (still being copied?); read at the next sync: {name}"
    )
    second = ok(cli(b, "sync"))  # the same bytes again: it stays unreadable, told with what to do
    assert _told(stranger) in second.splitlines()
    for _ in range(2):  # and not again, while it stays as it is
        again = ok(cli(b, "sync"))
        assert stranger not in again
        assert again.splitlines() == [
            "Sent 0 changes.",
            "Received 0 changes from 0 files of 2 other devices.",
        ]
    assert records(b) == before  # nothing of theirs came in
    # A file that changes is another content: quiet once more, then told once more.
    (shared / name).write_bytes((shared / name).read_bytes()[:-1] + b"\0")
    assert "not complete yet" in ok(cli(b, "sync"))
    assert _told(stranger) in ok(cli(b, "sync")).splitlines()
    assert stranger not in ok(cli(b, "sync"))
    # Deleted from the folder, it is forgotten.
    shutil.rmtree(shared / stranger)
    assert ok(cli(b, "sync")).splitlines() == [
        "Sent 0 changes.",
        "Received 0 changes from 0 files of 1 other device.",
    ]
    with Diary(b) as diary:
        assert diary.settings.get(UNREADABLE_KEY) is None


def test_a_file_copied_in_pieces_is_never_told_unreadable_and_arrives_whole(
    family: tuple[Path, Path, Path, Path], tmp_path: Path
) -> None:
    a, b, shared, passphrase = family
    seen_by_b = tmp_path / "seen-by-b"  # B's copy of the shared folder, kept by a slow sync tool
    seen_by_b.mkdir()
    night(a, taps=40)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    shutil.copy2(shared / "twitch-diary-sync.json", seen_by_b / "twitch-diary-sync.json")
    device = _device(a)
    name = f"{device}/00000001.tdsync"
    whole = (shared / name).read_bytes()
    (seen_by_b / device).mkdir()
    ok(cli(b, "sync", str(seen_by_b), "--passphrase-file", str(passphrase)))
    for piece in (len(whole) // 3, 2 * len(whole) // 3):  # a little more at each sync
        (seen_by_b / name).write_bytes(whole[:piece])
        out = ok(cli(b, "sync"))
        assert "not complete yet" in out
        assert "Cannot read" not in out
    (seen_by_b / name).write_bytes(whole)
    assert "Received 42 changes from 1 file of 1 other device." in ok(cli(b, "sync"))
    assert records(a) == records(b)
    with Diary(b) as diary:
        assert diary.settings.get(UNREADABLE_KEY) is None


def test_a_damaged_file_is_mended_by_setting_up_sync_again_on_its_device(
    family: tuple[Path, Path, Path, Path],
) -> None:
    a, b, shared, passphrase = family
    baby, sleep, _ = night(a, taps=2)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    device = _device(a)
    damaged = shared / device / "00000001.tdsync"
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte: a bad sector, a sync tool's fault
    damaged.write_bytes(bytes(data))
    ok(cli(b, "sync", str(shared), "--passphrase-file", str(passphrase)))
    assert _told(device) in ok(cli(b, "sync")).splitlines()
    # What the message says to do: on that device, set up sync again with the family's passphrase.
    late_tap = Event(new_id(), baby.id, sleep.id, NOW - timedelta(minutes=5), "twitch")
    with Diary(a) as diary:
        diary.events.add(late_tap)
    out = ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    assert "Sent 5 changes (" in out  # the whole diary again: baby, sleep and three taps
    assert f"This computer writes its files in the sub-folder {device}: other devices name it so." in out
    damaged.unlink()  # "... and this file may be deleted"
    out = ok(cli(b, "sync"))
    assert "Received 5 changes from 1 file of 1 other device." in out
    assert "Cannot read" not in out
    assert records(a) == records(b)


@pytest.mark.parametrize("existing", [False, True], ids=["new-folder", "empty-folder"])
def test_a_wrong_passphrase_on_a_new_data_folder_leaves_no_diary_behind(
    family: tuple[Path, Path, Path, Path], tmp_path: Path, existing: bool
) -> None:
    a, b, shared, passphrase = family
    night(a, taps=1)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    if existing:
        b.mkdir()  # a folder the parent made for it beforehand
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("moon river at four\n", encoding="utf-8")
    listing = sorted(shared.rglob("*"))
    result = cli(b, "sync", str(shared), "--passphrase-file", str(wrong))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "twitch-diary: The passphrase is not the one this sync folder was set up with; nothing was changed."
    ]
    assert result.stdout == ""
    assert sorted(shared.rglob("*")) == listing
    # A plain sync and stopping sync on the new folder make no diary only to say it does not sync.
    plain = cli(b, "sync")
    assert plain.returncode == 1
    assert plain.stderr.splitlines() == [
        "twitch-diary: Sync is not set up: run 'twitch-diary sync FOLDER' first; nothing was changed."
    ]
    assert ok(cli(b, "sync", "--off")).splitlines() == ["Sync was not set up."]
    assert (list(b.iterdir()) == []) if existing else not b.exists()
    # With the right one it syncs.
    out = ok(cli(b, "sync", str(shared), "--passphrase-file", str(passphrase)))
    assert "Received 3 changes from 1 file of 1 other device." in out
