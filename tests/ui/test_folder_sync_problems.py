"""The window's sync line names what could not be shared or read, for as long as it lasts: another
device's file that stays unreadable (which device, and what to do there), and this computer's
changes kept back by a shared folder it cannot write in (a real read-only tmpfs)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.reliability.real_disks import remount_read_only, small_tmpfs

from desktop.core.model import Baby
from desktop.store.changes import device_id
from desktop.store.diary import Diary
from desktop.sync.run import set_up, sync_now
from desktop.ui.folder_sync import FolderSync, SyncDialog
from desktop.ui.main_window import MainWindow

from .conftest import OpenWindow, add_baby

pytestmark = pytest.mark.slow
PASSPHRASE = "moon river at three"


def _synced(sync: FolderSync, qtbot: QtBot) -> str:
    """Sync now in the background, as the timer does; the sync line once it is done."""
    sync.sync()
    assert sync.work is not None
    qtbot.waitUntil(lambda: sync.work is not None and not sync.work.running(), timeout=15_000)
    qtbot.wait(20)  # the finished signal's slot runs on the next turn of the loop
    return sync.status.text()


def _another_familys_device(tmp_path: Path) -> tuple[Path, str]:
    """A device of another family, synced in its own folder: (that folder, its device id)."""
    theirs, their_shared = tmp_path / "neighbour", tmp_path / "neighbours-shared"
    their_shared.mkdir()
    add_baby(theirs, "Noa")
    with Diary(theirs) as diary:
        set_up(diary, their_shared, "sunflower")
        sync_now(diary)
        return their_shared, device_id(diary.connection)


def test_a_file_that_stays_unreadable_is_named_with_its_device_and_what_to_do(
    open_window: OpenWindow, mia: Baby, data_dir: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    with Diary(data_dir) as diary:
        set_up(diary, shared, PASSPHRASE)
        sync_now(diary)
        here = device_id(diary.connection)
    their_shared, stranger = _another_familys_device(tmp_path)
    shutil.copytree(their_shared / stranger, shared / stranger)
    window = open_window()
    sync = window.late.folder_sync
    first = _synced(sync, qtbot)  # perhaps still being copied: not a word of it yet
    assert first.endswith("with 1 other device")
    told = (
        f"Cannot read the file 00000001.tdsync of the device {stranger}: it was made with another"
        " family passphrase, or it is damaged. On that device, set up sync again with this family's"
        " passphrase (Diary › Sync with Other Devices…, or 'twitch-diary sync FOLDER'): it then"
        " sends its changes anew, and this file may be deleted."
    )
    for _ in range(2):  # the line is the state: it stays while the file does
        text = _synced(sync, qtbot)
        assert text.endswith(f"with 1 other device. {told}")
        assert sync.status.toolTip() == ""
    assert [baby.name for baby in window.diary.babies.all()] == ["Mia"]
    # Each computer's dialog shows the name its files go by, so the parent finds "that device".
    dialog = SyncDialog(shared, device_id(window.diary.connection), window)
    assert dialog.device.text() == f"This computer writes its files in the sub-folder {here}."
    dialog.deleteLater()
    shutil.rmtree(shared / stranger)
    assert _synced(sync, qtbot).endswith("with 0 other devices")


def test_changes_kept_back_by_a_read_only_folder_are_said_and_go_out_once_it_is_writable(
    open_window: OpenWindow, mia: Baby, data_dir: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    with small_tmpfs(tmp_path / "share", "1m") as shared:
        with Diary(data_dir) as diary:
            set_up(diary, shared, PASSPHRASE)
            sync_now(diary)
        other = tmp_path / "other"
        add_baby(other, "Noa")
        with Diary(other) as diary:
            set_up(diary, shared, PASSPHRASE)
            sync_now(diary)  # the other computer has Mia now, and sent Noa
        window: MainWindow = open_window()
        sync = window.late.folder_sync
        _synced(sync, qtbot)
        remount_read_only(shared)
        window.actions_by_name["log_twitch"].trigger()  # starts a sleep: two changes
        text = _synced(sync, qtbot)
        assert text.endswith(
            f"with 1 other device. This computer's 2 changes could not be written to the shared"
            f" folder (cannot write in {shared}/{device_id(window.diary.connection)}: Read-only file"
            " system); nothing is lost: they are kept here and go out at the next sync."
        )
        assert len(window.diary.events.for_baby(mia.id)) == 1
        subprocess.run(["mount", "-o", "remount,rw", str(shared)], check=True, capture_output=True)
        assert _synced(sync, qtbot).endswith("with 1 other device")
        with Diary(other) as diary:
            assert sum(sync_now(diary).received.values()) == 2


def test_a_pipe_under_a_sync_files_name_never_holds_the_windows_sync(
    open_window: OpenWindow, mia: Baby, data_dir: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    # Opened as a file, a pipe waits for a writer for ever: the background sync would never end,
    # and the window would never sync again (nor close, waiting for it).
    shared = tmp_path / "shared"
    shared.mkdir()
    with Diary(data_dir) as diary:
        set_up(diary, shared, PASSPHRASE)
        sync_now(diary)
    other = tmp_path / "other"
    add_baby(other, "Noa")
    with Diary(other) as diary:
        set_up(diary, shared, PASSPHRASE)
        sync_now(diary)
        device = device_id(diary.connection)
    os.mkfifo(shared / device / "00000002.tdsync")
    window = open_window()
    sync = window.late.folder_sync
    told = (
        f"Cannot read the file 00000002.tdsync of the device {device}: it is a folder, a pipe or a"
        " device, not a file. Remove it from the shared folder; if it was that device's, set up sync"
        " again there (Diary › Sync with Other Devices…, or 'twitch-diary sync FOLDER'): it then"
        " sends its changes anew."
    )
    assert _synced(sync, qtbot).endswith(f"with 1 other device. {told}")
    assert sorted(baby.name for baby in window.diary.babies.all()) == ["Mia", "Noa"]
    window.actions_by_name["log_twitch"].trigger()
    assert _synced(sync, qtbot).endswith(f"with 1 other device. {told}")  # the state, kept in view
    assert len(window.diary.events.for_baby(mia.id)) == 1
