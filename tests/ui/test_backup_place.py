"""The second backup place in the real window: chosen in the Diary menu, written each day, a clear
line when it is missing, and a restore from it when the first folder's copies are gone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.ui.history_support import add_sleep, at

from desktop.core.model import Baby
from desktop.store.backup import Backup, backup_dir, list_backups
from desktop.store.backup_elsewhere import is_in_place, list_backups_in, second_place, set_second_place
from desktop.store.diary import Diary
from desktop.ui import launch
from desktop.ui.backup_place import BackupPlace
from desktop.ui.launch import BackupKeeper
from desktop.ui.main_window import MainWindow
from desktop.ui.recovery_dialog import RestoreChooser, backup_label

from .conftest import OpenWindow


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    """A plugged-in USB stick."""
    stick = tmp_path / "usb"
    stick.mkdir()
    return stick


def choose_place(window: MainWindow, place: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Diary › Second Backup Place…, the folder picked in the file dialog."""
    monkeypatch.setattr(BackupPlace, "choose_folder", lambda _self: place)
    action = window.actions_by_name["choose_backup_place"]
    assert action in window.diary_menu.actions()
    action.trigger()


def test_choosing_a_place_backs_up_there_at_once_and_remembers_it(
    window: MainWindow, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not window.actions_by_name["forget_backup_place"].isEnabled()
    choose_place(window, usb, monkeypatch)
    (made,) = list_backups_in(usb)
    assert second_place(window.diary.settings) == usb
    assert f"Backed up to {usb}" in window.statusBar().currentMessage()
    assert made.name in window.statusBar().currentMessage()
    assert window.actions_by_name["forget_backup_place"].isEnabled()
    window.actions_by_name["forget_backup_place"].trigger()
    assert second_place(window.diary.settings) is None
    assert list_backups_in(usb) == [made]  # the copy made stays


def test_the_diarys_own_folder_is_refused_as_the_second_place(
    window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr("desktop.ui.backup_place.QMessageBox.warning", lambda _p, _t, text: told.append(text))
    choose_place(window, data_dir / "backups", monkeypatch)
    assert told and "inside the diary's own folder" in told[0]
    assert second_place(window.diary.settings) is None


def test_a_missing_second_place_is_one_clear_line_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, data_dir: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "USB STICK"
    set_second_place(window.diary.settings, stick)
    keeper = BackupKeeper(data_dir)
    keeper.backup_failed.connect(launch._on_backup_failed)
    keeper.start()
    try:
        qtbot.waitUntil(lambda: "not there" in window.statusBar().currentMessage(), timeout=20_000)
    finally:
        keeper.stop()
    line = window.statusBar().currentMessage()
    assert line.startswith("Backup not made: the second backup place")
    assert str(stick) in line and "plugged in" in line
    assert len(list_backups(data_dir)) == 1  # the first place's backup was made all the same


def test_the_daily_backup_goes_to_the_second_place_too(
    qtbot: QtBot, window: MainWindow, data_dir: Path, usb: Path
) -> None:
    set_second_place(window.diary.settings, usb)
    made: list[str] = []
    keeper = BackupKeeper(data_dir)
    keeper.backup_made.connect(made.append)
    keeper.start()
    try:
        qtbot.waitUntil(lambda: len(made) == 2, timeout=20_000)
    finally:
        keeper.stop()
    assert len(list_backups(data_dir)) == 1
    assert len(list_backups_in(usb)) == 1


@pytest.fixture
def nap_dir(data_dir: Path, mia: Baby) -> Path:
    """The data directory, Mia's nap of four twitches stored in it."""
    with Diary(data_dir) as diary:
        add_sleep(diary, mia, at(18, 13), at(18, 14), twitches=4)
    return data_dir


def test_with_the_first_folders_copy_removed_a_restore_from_the_second_place_brings_it_back(
    qtbot: QtBot, open_window: OpenWindow, nap_dir: Path, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = nap_dir
    window = open_window()
    choose_place(window, usb, monkeypatch)
    before = window.diary.events.all()
    assert len(before) == 4
    # The day's copy in the diary's own folder is lost; then the parent deletes the sleep by mistake.
    shutil.rmtree(backup_dir(data_dir), ignore_errors=True)
    window.diary.sleeps.delete(window.diary.sleeps.all()[0].id)

    offered: list[list[Backup]] = []

    def pick_the_second_place(backups: list[Backup], _parent: object = None) -> Backup:
        offered.append(backups)
        return next(b for b in backups if is_in_place(b, usb))

    monkeypatch.setattr(RestoreChooser, "choose", pick_the_second_place)
    requested: list[str] = []
    window.restore_requested.connect(requested.append)
    window.actions_by_name["restore_backup"].trigger()
    assert offered
    labels = [backup_label(b) for b in offered[0]]
    assert any(label.endswith(f"in {usb}") for label in labels)
    qtbot.waitUntil(lambda: not window.isVisible())
    (name,) = requested
    # What run_app does once the window has closed its diary.
    launch._restore_chosen(data_dir, name)
    with Diary(data_dir) as diary:
        assert diary.events.all() == before
