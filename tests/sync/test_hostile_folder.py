"""``twitch-diary sync`` and a shared folder holding, under a sync file's name, what no sync file is:
a pipe, a folder, a symbolic link in a loop or to a device, a file the system cannot read, a file
far too big. Real processes, real files: the sync ends (never hangs, never a traceback), merges
every other file, sends this device's changes, and names the odd one once.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.core.model import Event, new_id
from desktop.store.changes import device_id
from desktop.store.diary import Diary
from desktop.sync.folder import HEADER_NAME, MAX_FILE_BYTES

from .support import NOW, cli, night, ok, records

pytestmark = pytest.mark.slow

# Far longer than a sync of a few records takes; a sync that hangs on a pipe fails here.
HANG = 60
# A limit on the sync's memory, so that reading a huge file whole fails as it would on a small
# computer, instead of filling this one's memory.
MEMORY_LIMIT = 1_500_000_000


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _sync(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``twitch-diary sync ARGS`` in a fresh process with little memory; fails the test when it hangs."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        return subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "sync", *args],
            capture_output=True, text=True, timeout=HANG, env=env, check=False, preexec_fn=_limited,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"the sync was still running after {HANG} s")


def _pipe(path: Path) -> str:
    os.mkfifo(path)
    return "it is a folder, a pipe or a device, not a file"


def _folder(path: Path) -> str:
    path.mkdir()
    (path / "inside").write_bytes(b"x")
    return "it is a folder, a pipe or a device, not a file"


def _loop(path: Path) -> str:
    path.symlink_to(path.name)
    return "Too many levels of symbolic links"


def _device(path: Path) -> str:
    path.symlink_to("/dev/zero")  # endless: read whole, it fills the memory
    return "it is a folder, a pipe or a device, not a file"


def _input_output_error(path: Path) -> str:
    # As root no permission refuses a read; the kernel's own memory file fails every read with EIO,
    # as a bad sector or a dropped network share does.
    path.symlink_to("/proc/self/mem")
    return "Input/output error"


def _dangling(path: Path) -> str:
    path.symlink_to("nowhere.tdsync")
    return "No such file or directory"


def _huge(path: Path) -> str:
    with path.open("wb") as stream:  # sparse: it takes no room on the disk
        stream.truncate(4 * 1024**3)
    assert MAX_FILE_BYTES < 4 * 1024**3
    return "it is 4294967296 bytes, more than a sync file ever holds"


ODD: dict[str, Callable[[Path], str]] = {
    "pipe": _pipe,
    "folder": _folder,
    "symlink-loop": _loop,
    "symlink-to-a-device": _device,
    "input-output-error": _input_output_error,
    "dangling-symlink": _dangling,
    "huge-file": _huge,
}
READ_ERRORS = {"symlink-loop", "input-output-error", "dangling-symlink"}


@pytest.mark.parametrize("odd", list(ODD))
def test_an_odd_thing_named_like_a_sync_file_is_named_once_and_the_rest_syncs(
    family: tuple[Path, Path, Path, Path], odd: str
) -> None:
    a, b, shared, passphrase = family
    baby, sleep, _ = night(a, taps=1)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    ok(cli(b, "sync", str(shared), "--passphrase-file", str(passphrase)))
    with Diary(a) as diary:
        device = device_id(diary.connection)
    planted = shared / device / "00000002.tdsync"
    problem = ODD[odd](planted)
    # A's next change goes into the file after it, B logs one of its own.
    taps = [Event(new_id(), baby.id, sleep.id, NOW - timedelta(minutes=m), "twitch") for m in (30, 20)]
    for side, tap in zip((a, b), taps, strict=True):
        with Diary(side) as diary:
            diary.events.add(tap)
    # A reads its own files back too (those a restored backup lacks): the same odd one, named.
    assert "Sent 1 change (" in ok(_sync(a))
    assert (shared / device / "00000003.tdsync").is_file()

    first = _sync(b)
    assert first.returncode == 0, first.stderr
    assert first.stderr == ""
    lines = first.stdout.splitlines()
    assert lines[0].startswith("Sent 1 change (")
    assert lines[1] == "Received 1 change from 1 file of 1 other device."
    if odd in READ_ERRORS:
        # A read error may pass (a cloud drive's file not downloaded yet): quiet at first, as a
        # file being copied is, told at the next sync, and never "remove it" (it may be theirs).
        assert lines[2:] == [
            f"1 file not complete yet (still being copied?); read at the next sync: {device}/00000002.tdsync"
        ]
        second = _sync(b)
        assert second.returncode == 0, second.stderr
        assert second.stdout.splitlines()[2:] == [
            f"Cannot read the file 00000002.tdsync of the device {device} ({problem}); it is tried again"
            " at every sync. If the sync tool or the share does not mend it, set up sync again on that"
            " device (Diary › Sync with Other Devices…, or 'twitch-diary sync FOLDER'): it then sends"
            " its changes anew, and this file may be deleted."
        ]
    else:  # no sync tool makes a pipe or a folder of a file: told at once
        assert lines[2:] == [
            f"Cannot read the file 00000002.tdsync of the device {device}: {problem}. Remove it from the"
            " shared folder; if it was that device's, set up sync again there (Diary › Sync with Other"
            " Devices…, or 'twitch-diary sync FOLDER'): it then sends its changes anew."
        ]
    with Diary(b) as diary:
        assert diary.events.get(taps[0].id) == taps[0]
    # Said once: the next syncs are quiet about it while it stays as it is.
    again = _sync(b)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines() == [
        "Sent 0 changes.",
        "Received 0 changes from 0 files of 1 other device.",
    ]
    assert "Received 1 change from 1 file of 1 other device." in ok(_sync(a))
    assert records(a) == records(b)


@pytest.mark.parametrize("odd", ["pipe", "folder", "symlink-to-a-device"])
def test_an_odd_header_is_a_clear_refusal_not_a_hang(family: tuple[Path, Path, Path, Path], odd: str) -> None:
    a, b, shared, passphrase = family
    night(a, taps=1)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    ok(cli(b, "sync", str(shared), "--passphrase-file", str(passphrase)))
    header = shared / HEADER_NAME
    header.unlink()
    ODD[odd](header)
    before = records(b)
    result = _sync(b)
    assert result.returncode == 1
    assert result.stdout == ""
    refusal = f"twitch-diary: cannot read {header}: it is a folder, a pipe or a device, not a file"
    assert result.stderr.splitlines() == [f"{refusal}; nothing was lost."]
    assert records(b) == before
    # Set up again on a new data folder: refused at once too, no diary made.
    fresh = shared.parent / "c"
    setup = _sync(fresh, str(shared), "--passphrase-file", str(passphrase))
    assert setup.returncode == 1
    assert setup.stderr.splitlines() == [f"{refusal}; nothing was changed."]
    assert not fresh.exists()


def test_a_file_with_the_last_eight_digit_number_leaves_the_next_files_readable(
    family: tuple[Path, Path, Path, Path],
) -> None:
    a, b, shared, passphrase = family
    baby, sleep, _ = night(a, taps=1)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    ok(cli(b, "sync", str(shared), "--passphrase-file", str(passphrase)))
    with Diary(a) as diary:
        device = device_id(diary.connection)
        tap = Event(new_id(), baby.id, sleep.id, NOW - timedelta(minutes=30), "twitch")
        diary.events.add(tap)
    (shared / device / "99999999.tdsync").touch()  # planted: A's next file is number 100000000
    assert "Sent 1 change (" in ok(_sync(a))
    assert (shared / device / "100000000.tdsync").is_file()
    assert "Received 1 change from 1 file of 1 other device." in ok(_sync(b))
    with Diary(b) as diary:
        assert diary.events.get(tap.id) == tap
    assert records(a) == records(b)


def _without_root_reading(args: list[str]) -> list[str]:
    """``args`` run as root without the power to read what permissions forbid (as a user would be)."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to take the permission checks back")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", *args]


@pytest.mark.parametrize("what", ["file", "folder"])
def test_what_permissions_forbid_to_read_is_named_once_and_the_rest_syncs(
    family: tuple[Path, Path, Path, Path], what: str
) -> None:
    a, b, shared, passphrase = family
    baby, sleep, _ = night(a, taps=1)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    ok(cli(b, "sync", str(shared), "--passphrase-file", str(passphrase)))
    with Diary(a) as diary:
        device = device_id(diary.connection)
        tap = Event(new_id(), baby.id, sleep.id, NOW - timedelta(minutes=30), "twitch")
        diary.events.add(tap)
    assert "Sent 1 change (" in ok(cli(a, "sync"))
    if what == "file":  # another copy of A's file, its permissions taken away
        forbidden = shared / device / "00000003.tdsync"
        shutil.copy(shared / device / "00000002.tdsync", forbidden)
        told = (
            f"Cannot read the file 00000003.tdsync of the device {device} (Permission denied); it is tried"
            " again at every sync. If the sync tool or the share does not mend it, set up sync again on"
            " that device (Diary › Sync with Other Devices…, or 'twitch-diary sync FOLDER'): it then"
            " sends its changes anew, and this file may be deleted."
        )
        quiet = f"{device}/00000003.tdsync"
    else:  # a device's folder, listed before A's
        forbidden = shared / "000000"
        (forbidden / "00000001.tdsync").parent.mkdir()
        told = (
            "Cannot read the sub-folder 000000 of the shared folder (Permission denied): the files of"
            " that device are left until it can be read. If no device of this family writes there,"
            " remove it."
        )
        quiet = "000000/"
    forbidden.chmod(0)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "desktop", "--data-dir", str(b), "sync"]
    outs = [
        subprocess.run(
            _without_root_reading(command), capture_output=True, text=True, timeout=HANG, env=env, check=False
        )
        for _ in range(3)
    ]
    assert [out.returncode for out in outs] == [0, 0, 0], outs[0].stderr
    devices = "1 other device" if what == "file" else "2 other devices"  # the folder counts as one
    # Permissions may be a sync tool's, mid-copy: quiet at first, then told once.
    assert outs[0].stdout.splitlines()[1:] == [
        f"Received 1 change from 1 file of {devices}.",
        f"1 file not complete yet (still being copied?); read at the next sync: {quiet}",
    ]
    assert outs[1].stdout.splitlines()[1:] == [f"Received 0 changes from 0 files of {devices}.", told]
    assert outs[2].stdout.splitlines()[1:] == [f"Received 0 changes from 0 files of {devices}."]
    with Diary(b) as diary:
        assert diary.events.get(tap.id) == tap
