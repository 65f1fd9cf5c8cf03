"""``twitch-diary sync`` in real processes: two data folders, a shared folder kept equal by hand as a
sync tool would (files late, out of order, half copied), and a wrong passphrase."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from tests.reliability.processes import ROOT
from tests.sync.support import NOW, cli, family_folders, night, ok, records

import desktop.commands.sync as sync_command
from desktop.core.model import Baby, Event, new_id
from desktop.store.connection import DATABASE_NAME
from desktop.store.diary import Diary
from desktop.store.lock import held_here, is_locked

pytestmark = pytest.mark.slow


@pytest.fixture
def family(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    """Two caregivers' data folders (not made yet), the shared folder, and the passphrase's file."""
    return family_folders(tmp_path)


def test_two_caregivers_log_edit_delete_and_end_with_the_same_diary(
    family: tuple[Path, Path, Path, Path],
) -> None:
    a, b, shared, passphrase = family
    _, sleep, taps = night(a)
    assert "Sent 5 changes" in ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    out = ok(cli(b, "sync", str(shared), "--passphrase-file", str(passphrase)))
    assert "Received 5 changes from 1 file of 1 other device." in out
    # The same night on both: B logs a tap and edits one, A deletes another and ends the sleep.
    with Diary(b) as diary:
        diary.events.add(replace(taps[0], id=new_id(), at=taps[-1].at + timedelta(minutes=5)))
        diary.events.update(replace(taps[1], body_part="hand"))
    with Diary(a) as diary:
        diary.events.delete(taps[2].id)
        diary.sleeps.update(replace(sleep, end=NOW - timedelta(minutes=10)))
    for side in (a, b, a):
        ok(cli(side, "sync"))
    assert records(a) == records(b)
    with Diary(a) as diary:
        shown = diary.events.in_sleep(sleep.id)
        assert len(shown) == 3
        assert {event.body_part for event in shown} == {"unknown", "hand"}
        assert diary.sleeps.get(sleep.id) == replace(sleep, end=NOW - timedelta(minutes=10))


def _copy(source: Path, target: Path, name: str, cut: int | None = None) -> None:
    (target / name).parent.mkdir(parents=True, exist_ok=True)
    data = (source / name).read_bytes()
    (target / name).write_bytes(data if cut is None else data[:cut])


def test_files_late_out_of_order_and_half_copied(
    family: tuple[Path, Path, Path, Path], tmp_path: Path
) -> None:
    a, b, shared, passphrase = family
    seen_by_b = tmp_path / "seen-by-b"  # B's copy of the shared folder, kept by a slow sync tool
    seen_by_b.mkdir()
    baby, sleep, _ = night(a, taps=2)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))  # file 1: baby, sleep, taps
    with Diary(a) as diary:
        diary.events.add(
            Event(
                id=new_id(), baby_id=baby.id, sleep_id=sleep.id, at=NOW - timedelta(minutes=30), kind="twitch"
            )
        )
    ok(cli(a, "sync"))  # file 2: one more tap
    (device,) = [p.name for p in shared.iterdir() if p.is_dir()]
    first, second = f"{device}/00000001.tdsync", f"{device}/00000002.tdsync"

    _copy(shared, seen_by_b, "twitch-diary-sync.json")
    _copy(shared, seen_by_b, second)  # the later file arrives first
    out = ok(cli(b, "sync", str(seen_by_b), "--passphrase-file", str(passphrase)))
    assert "Received 1 change" in out
    assert "Kept aside until their baby or sleep arrives: 0 sleeps and 1 event." in out
    with Diary(b) as diary:
        assert diary.events.all() == []

    _copy(shared, seen_by_b, first, cut=200)  # the first file, half copied
    out = ok(cli(b, "sync"))
    assert "1 file not complete yet" in out
    with Diary(b) as diary:
        assert diary.events.all() == []

    _copy(shared, seen_by_b, first)  # now whole
    out = ok(cli(b, "sync"))
    assert "Received 4 changes from 1 file" in out
    with Diary(b) as diary, Diary(a) as diary_a:
        assert diary.events.all() == diary_a.events.all()
        assert len(diary.events.all()) == 3
    assert "Received 0 changes from 0 files" in ok(cli(b, "sync"))  # each file read once


def test_a_wrong_passphrase_is_one_line_and_changes_nothing(
    family: tuple[Path, Path, Path, Path], tmp_path: Path
) -> None:
    a, b, shared, passphrase = family
    night(a)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    night(b, taps=1)
    before = records(b)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("moon river at four\n", encoding="utf-8")
    listing = sorted(str(p) for p in shared.rglob("*"))
    result = cli(b, "sync", str(shared), "--passphrase-file", str(wrong))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "twitch-diary: The passphrase is not the one this sync folder was set up with; nothing was changed."
    ]
    assert records(b) == before
    assert sorted(str(p) for p in shared.rglob("*")) == listing
    # Not set up either: a plain sync says so, and still changes nothing.
    result = cli(b, "sync")
    assert result.returncode == 1
    assert "Sync is not set up" in result.stderr
    assert records(b) == before


def test_sync_off_and_a_folder_that_is_not_there(
    family: tuple[Path, Path, Path, Path], tmp_path: Path
) -> None:
    a, _, shared, passphrase = family
    night(a)
    missing = cli(a, "sync", str(tmp_path / "nowhere"), "--passphrase-file", str(passphrase))
    assert missing.returncode == 1
    assert "There is no folder" in missing.stderr
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    assert "Sync is off" in ok(cli(a, "sync", "--off"))
    assert cli(a, "sync").returncode == 1
    files = sorted(shared.rglob("*.tdsync"))
    assert len(files) == 1  # the folder is left as it is
    shutil.rmtree(shared)
    shared.mkdir()
    # Set up again on a fresh folder: the whole diary goes there.
    assert "Sent 5 changes" in ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))


def test_a_diary_restored_from_a_backup_gets_back_what_it_had_sent_since(
    family: tuple[Path, Path, Path, Path], tmp_path: Path
) -> None:
    a, _, shared, passphrase = family
    baby, sleep, _ = night(a, taps=1)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    backup = tmp_path / "backup.sqlite3"
    shutil.copyfile(a / DATABASE_NAME, backup)  # the diary closed, as a daily backup copies it
    late_tap = Event(new_id(), baby.id, sleep.id, NOW - timedelta(minutes=20), "twitch")
    with Diary(a) as diary:
        diary.events.add(late_tap)
    assert "Sent 1 change" in ok(cli(a, "sync"))
    for suffix in ("", "-wal", "-shm"):
        (a / f"{DATABASE_NAME}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, a / DATABASE_NAME)  # the disk failed; the backup is put back
    with Diary(a) as diary:
        assert diary.events.get(late_tap.id) is None
    out = ok(cli(a, "sync"))
    assert "Received 1 change from 1 file of 0 other devices." in out
    with Diary(a) as diary:
        assert diary.events.get(late_tap.id) == late_tap


def test_a_copied_data_folder_set_up_again_takes_a_device_id_of_its_own(
    family: tuple[Path, Path, Path, Path],
) -> None:
    a, b, shared, passphrase = family
    night(a, taps=1)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    shutil.copytree(a, b)  # the first computer's data folder, copied to start the second one
    ok(cli(b, "sync", "--off"))
    ok(cli(b, "sync", str(shared), "--passphrase-file", str(passphrase)))
    with Diary(a) as one, Diary(b) as two:
        from desktop.store.changes import device_id

        assert device_id(one.connection) != device_id(two.connection)
        tap = replace(one.events.all()[0], id=new_id(), at=NOW - timedelta(minutes=1))
        two.events.add(tap)
    ok(cli(b, "sync"))
    ok(cli(a, "sync"))
    assert records(a) == records(b)


def test_a_device_joining_a_new_folder_gets_the_whole_diary_not_only_what_the_mover_wrote(
    family: tuple[Path, Path, Path, Path], tmp_path: Path
) -> None:
    a, b, shared, passphrase = family
    _, sleep, taps = night(a)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    ok(cli(b, "sync", str(shared), "--passphrase-file", str(passphrase)))
    with Diary(b) as diary:  # B's changes: A's records now stand under B's device id
        diary.events.update(replace(taps[0], body_part="hand"))
        diary.sleeps.update(replace(sleep, end=NOW - timedelta(minutes=10)))
    ok(cli(b, "sync"))
    ok(cli(a, "sync"))
    # The family moves to a new folder; A moves first, and grandma's computer C joins it there.
    new = tmp_path / "new-shared"
    new.mkdir()
    out = ok(cli(a, "sync", str(new), "--passphrase-file", str(passphrase)))
    assert "Sent 5 changes" in out
    c = tmp_path / "c"
    ok(cli(c, "sync", str(new), "--passphrase-file", str(passphrase)))
    assert records(c) == records(a)
    # B follows later: nothing doubles, and everyone still holds the same diary.
    ok(cli(b, "sync", str(new), "--passphrase-file", str(passphrase)))
    for side in (a, c, b):
        ok(cli(side, "sync"))
    assert records(a) == records(b) == records(c)


def _unmount(shared: Path, aside: Path) -> None:
    """What an unmounted network share leaves: its mount point, an empty folder."""
    shared.rename(aside)
    shared.mkdir()


def test_an_unmounted_folder_is_said_so_and_setting_it_up_there_loses_no_change(
    family: tuple[Path, Path, Path, Path], tmp_path: Path
) -> None:
    a, b, shared, passphrase = family
    baby, sleep, _ = night(a, taps=1)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    ok(cli(b, "sync", str(shared), "--passphrase-file", str(passphrase)))
    aside = tmp_path / "share-while-unmounted"
    _unmount(shared, aside)
    late_tap = Event(new_id(), baby.id, sleep.id, NOW - timedelta(minutes=20), "twitch")
    with Diary(a) as diary:
        diary.events.add(late_tap)
    result = cli(a, "sync")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"twitch-diary: The sync folder {shared} has no twitch-diary-sync.json (not mounted, or not"
        " copied here yet?); nothing was changed."
    ]
    assert "no está montada" in cli(a, "--lang", "es", "sync").stderr
    # The parent sets it up again at the empty mount point: the tap goes into the hidden folder.
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    shutil.rmtree(shared)
    aside.rename(shared)  # mounted again: the family's own header and files are back
    assert cli(a, "sync").returncode == 1
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    ok(cli(b, "sync"))
    with Diary(b) as diary:
        assert diary.events.get(late_tap.id) == late_tap
    assert records(a) == records(b)


def test_a_folder_holding_devices_files_without_their_header_is_not_given_a_new_key(
    family: tuple[Path, Path, Path, Path],
) -> None:
    a, b, shared, passphrase = family
    night(a, taps=1)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    header = shared / "twitch-diary-sync.json"
    kept = header.read_bytes()
    header.unlink()  # the sync tool has brought A's files to B's computer, not yet the header
    night(b, taps=1)
    before = records(b)
    result = cli(b, "sync", str(shared), "--passphrase-file", str(passphrase))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"twitch-diary: The sync folder {shared} holds other devices' files but not their"
        " twitch-diary-sync.json (still being copied?); wait for it, then try again; nothing was changed."
    ]
    assert not header.exists()
    assert records(b) == before
    header.write_bytes(kept)
    ok(cli(b, "sync", str(shared), "--passphrase-file", str(passphrase)))
    ok(cli(a, "sync"))
    assert records(a) == records(b)


@pytest.mark.parametrize(
    ("holder", "line"),
    [
        (
            "open",
            "Twitch Diary is open on {folder}: it syncs by itself (Diary › Sync Now, Stop Syncing);"
            " close it to run this command; nothing was changed.",
        ),
        (
            "sync",
            "Another sync of {folder} is running; wait for it to finish, then try again;"
            " nothing was changed.",
        ),
    ],
)
def test_sync_waits_its_turn_while_the_app_or_another_sync_holds_the_diary(
    family: tuple[Path, Path, Path, Path], holder: str, line: str
) -> None:
    from desktop.store.lock import DataDirLock

    a, _, shared, passphrase = family
    night(a, taps=1)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    with Diary(a) as diary:
        tap = replace(diary.events.all()[0], id=new_id(), at=NOW - timedelta(minutes=1))
        diary.events.add(tap)
    before, listing = records(a), sorted(shared.rglob("*"))
    with DataDirLock(a, holder):  # the window (or another sync) holds the folder's lock
        set_up_again = ("sync", str(shared), "--passphrase-file", str(passphrase))
        for args in (("sync",), ("sync", "--off"), set_up_again):
            result = cli(a, *args)
            assert result.returncode == 1
            assert result.stderr.splitlines() == [f"twitch-diary: {line.format(folder=a)}"]
        assert "nada" in cli(a, "--lang", "es", "sync").stderr
    assert records(a) == before
    assert sorted(shared.rglob("*")) == listing
    assert "Sent 1 change" in ok(cli(a, "sync"))  # once it is free again


def test_a_baby_entered_on_both_devices_with_a_birth_date_typo_is_offered_for_merging(
    family: tuple[Path, Path, Path, Path],
) -> None:
    a, b, shared, passphrase = family
    mia_a, _, _ = night(a, taps=2)
    typo = Baby(id=new_id(), name="mia ", birth_date=date(2026, 8, 11))  # B typed the day wrong
    with Diary(b) as diary:
        diary.babies.add(typo)
        diary.events.add(Event(new_id(), typo.id, None, NOW - timedelta(minutes=5), "twitch", state="awake"))
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    out = ok(cli(b, "sync", str(shared), "--passphrase-file", str(passphrase)))
    (line,) = [text for text in out.splitlines() if "different birth dates" in text]
    first, second = sorted([mia_a, typo], key=lambda baby: baby.id)
    assert line == (
        f"{first.name} is in the diary 2 times with different birth dates"
        f" ({first.birth_date.isoformat()}, {second.birth_date.isoformat()}): if that is one baby"
        f" entered on two devices, merge them with 'twitch-diary babies --merge {first.id} {second.id}'"
        f" (keeps the birth date {first.birth_date.isoformat()})."
    )
    assert "fechas de nacimiento distintas" in ok(cli(b, "--lang", "es", "sync"))
    command = line.split("'")[1].split()[1:]  # babies --merge KEEP OTHER, as printed
    ok(cli(b, *command))
    for side in (b, a):
        assert "different birth dates" not in ok(cli(side, "sync"))
    assert records(a) == records(b)
    with Diary(a) as diary:
        (baby,) = diary.babies.all()
        assert len(diary.events.for_baby(baby.id)) == 3


def _sync_tool(one: Path, other: Path) -> None:
    """Keep two copies of the shared folder equal as Syncthing does: new files both ways, and for a
    name written on both sides the newer copy keeps the name, the other becomes a conflict copy."""
    for here, there in ((one, other), (other, one)):
        for path in sorted(here.rglob("*")):
            if path.is_dir() or ".sync-conflict-" in path.name:
                continue
            twin = there / path.relative_to(here)
            twin.parent.mkdir(parents=True, exist_ok=True)
            if not twin.exists():
                shutil.copy2(path, twin)
            elif twin.read_bytes() != path.read_bytes():
                older, newer = sorted((path, twin), key=lambda p: p.stat().st_mtime_ns)
                aside = older.with_name(f"{older.stem}.sync-conflict-20261204-031500-ABCDEFG{older.suffix}")
                shutil.copy2(older, aside)
                shutil.copy2(newer, older)


def test_a_copied_data_folder_still_set_up_for_sync_takes_a_device_id_of_its_own(
    family: tuple[Path, Path, Path, Path], tmp_path: Path
) -> None:
    a, b, seen_by_a, passphrase = family
    seen_by_b = tmp_path / "seen-by-b"  # the same shared folder on B's computer
    baby, sleep, _ = night(a, taps=1)
    ok(cli(a, "sync", str(seen_by_a), "--passphrase-file", str(passphrase)))
    shutil.copytree(seen_by_a, seen_by_b)
    shutil.copytree(a, b)  # the data folder copied to B's computer, sync settings and all
    with Diary(b) as diary:  # where the shared folder is on B's computer (the same path, there)
        diary.settings.set("sync.folder", str(seen_by_b.resolve()))
    taps = {}
    for side, minutes in ((a, 30), (b, 20)):  # both log a tap, then sync
        taps[side] = Event(new_id(), baby.id, sleep.id, NOW - timedelta(minutes=minutes), "twitch")
        with Diary(side) as diary:
            diary.events.add(taps[side])
    ok(cli(a, "sync"))
    ok(cli(b, "sync"))
    for _ in range(2):
        _sync_tool(seen_by_a, seen_by_b)
        ok(cli(a, "sync"))
        ok(cli(b, "sync"))
    assert records(a) == records(b)
    with Diary(a) as diary:
        assert diary.events.get(taps[a].id) == taps[a]
        assert diary.events.get(taps[b].id) == taps[b]
    assert not list(seen_by_a.rglob("*.sync-conflict-*"))  # no file was ever written on both sides


def test_a_whole_diary_goes_out_in_several_files_and_arrives_whole(
    family: tuple[Path, Path, Path, Path],
) -> None:
    from desktop.sync.run import FILE_RECORDS

    a, b, shared, passphrase = family
    baby, sleep, _ = night(a, taps=0)
    taps = [
        Event(new_id(), baby.id, sleep.id, sleep.start + timedelta(milliseconds=500 * k), "twitch")
        for k in range(FILE_RECORDS + 5)
    ]
    with Diary(a) as diary:
        diary.events.add_many(taps)
    out = ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    assert f"Sent {FILE_RECORDS + 7} changes (" in out
    assert "00000001.tdsync … 00000002.tdsync)." in out
    assert len(list(shared.rglob("*.tdsync"))) == 2
    out = ok(cli(b, "sync", str(shared), "--passphrase-file", str(passphrase)))
    assert f"Received {FILE_RECORDS + 7} changes from 2 files of 1 other device." in out
    assert "Kept aside" not in out
    assert records(a) == records(b)


# The sync first looks whether another command holds the data folder (to say so before the
# passphrase is asked for); one that ends just then must leave the sync free and no lock behind.
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
