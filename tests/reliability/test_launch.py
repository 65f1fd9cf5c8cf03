"""Starting the app: one copy per diary, a way out of a damaged file, daily backups, restore from the menu."""

from __future__ import annotations

import hashlib
import os
import signal
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.reliability.processes import LOCK_HOLDER, WINDOW_REPORTER, start_python
from tests.reliability.support import newer_version, snapshot, zeroed_after_header, zeroed_last_page

from desktop.app import run_window
from desktop.store.backup import Backup, list_backups, make_backup
from desktop.store.connection import DATABASE_NAME
from desktop.store.diary import Diary
from desktop.store.errors import StoreError, TooNewDatabaseError
from desktop.ui.launch import BackupKeeper
from desktop.ui.main_window import MainWindow
from desktop.ui.recovery_dialog import RecoveryDialog, RestoreChooser, recovery_text

Step = Callable[[MainWindow], None]


class Recovery:
    """Stands in for the recovery dialog: records each question and gives the set answer."""

    def __init__(self) -> None:
        self.questions: list[tuple[StoreError, Backup | None]] = []
        self.restore = False

    def ask(self, error: StoreError, latest: Backup | None) -> bool:
        self.questions.append((error, latest))
        return self.restore


@pytest.fixture
def recovery(monkeypatch: pytest.MonkeyPatch) -> Recovery:
    """The recovery dialog replaced by a recorder that answers "Quit" unless told otherwise."""
    recorder = Recovery()

    def ask(
        cls: type[RecoveryDialog], error: StoreError, latest: Backup | None, parent: object = None
    ) -> bool:
        return recorder.ask(error, latest)

    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(ask))
    return recorder


def drive(steps: list[Step]) -> QTimer:
    """Run one step on each main window the app shows (in order), polling every 10 ms."""
    seen: list[MainWindow] = []
    timer = QTimer()
    timer.setInterval(10)

    def poll() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        fresh = [w for w in shown if all(w is not old for old in seen)]
        if fresh and steps:
            seen.append(fresh[0])
            steps.pop(0)(fresh[0])

    timer.timeout.connect(poll)
    timer.start()
    return timer


def close(window: MainWindow) -> None:
    window.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_second_copy_on_the_same_diary_is_refused_with_a_message(
    qtbot: QtBot, filled_dir: Path, told: list[tuple[str, str]]
) -> None:
    with start_python(LOCK_HOLDER, str(filled_dir)) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        assert run_window(filled_dir) == 1
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
    ((title, message),) = told
    assert "already open" in title
    assert str(filled_dir) in message
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_app_names_itself_and_makes_the_days_backup_at_start(qtbot: QtBot, filled_dir: Path) -> None:
    backups: list[list[Backup]] = []

    def close_after_backup(window: MainWindow) -> None:
        qtbot.waitUntil(lambda: bool(list_backups(filled_dir)), timeout=10_000)
        backups.append(list_backups(filled_dir))
        window.close()

    timer = drive([close_after_backup])
    assert run_window(filled_dir) == 0
    timer.stop()
    assert QCoreApplication.applicationName() == "Twitch Diary"
    assert QCoreApplication.organizationName() == "Twitch Diary"
    assert QGuiApplication.desktopFileName() == "org.twitchdiary.TwitchDiary"
    ((backup,),) = backups
    assert backup.kind == "daily"
    assert backup.taken_at.astimezone().date() == datetime.now().astimezone().date()


def test_damaged_diary_offers_the_latest_backup_and_opens_it_when_chosen(
    qtbot: QtBot,
    filled_dir: Path,
    recovery: Recovery,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Diary(filled_dir) as diary:
        backup = make_backup(diary, datetime.now().astimezone())
    zeroed_after_header(filled_dir / DATABASE_NAME)
    damaged = digest(filled_dir / DATABASE_NAME)
    recovery.restore = True
    shown: list[int] = []

    def count_then_close(window: MainWindow) -> None:
        shown.append(len(window.diary.events.all()))
        window.close()

    timer = drive([count_then_close])
    assert run_window(filled_dir) == 0
    timer.stop()
    ((error, latest),) = recovery.questions
    assert str(filled_dir / DATABASE_NAME) in str(error)
    assert latest is not None and latest.name == backup.name
    assert shown == [800]  # the window opened on the restored diary
    (aside,) = [b for b in list_backups(filled_dir) if b.kind == "before-restore"]
    assert digest(aside.path) == damaged  # the damaged file is kept, byte for byte


def test_damaged_diary_is_left_alone_when_the_parent_quits(
    qtbot: QtBot, filled_dir: Path, recovery: Recovery
) -> None:
    with Diary(filled_dir) as diary:
        make_backup(diary, datetime.now().astimezone())
    zeroed_after_header(filled_dir / DATABASE_NAME)
    before = snapshot(filled_dir)
    assert run_window(filled_dir) == 1
    assert len(recovery.questions) == 1
    assert snapshot(filled_dir) == before


def test_diary_from_a_newer_version_says_so_and_what_to_do(
    qtbot: QtBot, filled_dir: Path, recovery: Recovery
) -> None:
    newer_version(filled_dir / DATABASE_NAME)
    before = snapshot(filled_dir)
    assert run_window(filled_dir) == 1
    ((error, latest),) = recovery.questions
    assert isinstance(error, TooNewDatabaseError)
    assert latest is None
    text = recovery_text(error, latest)
    assert str(filled_dir / DATABASE_NAME) in text
    assert "newer" in text and "no backup" in text
    assert snapshot(filled_dir) == before


def test_restore_backup_action_restores_and_reopens_the_window(
    qtbot: QtBot, filled_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Diary(filled_dir) as diary:
        backup = make_backup(diary, datetime.now().astimezone())
        diary.events.delete(diary.events.all()[0].id)
    offered: list[list[str]] = []

    def choose(cls: type[RestoreChooser], backups: list[Backup], parent: object = None) -> Backup | None:
        offered.append([b.name for b in backups])
        return next(b for b in backups if b.name == backup.name)

    monkeypatch.setattr(RestoreChooser, "choose", classmethod(choose))
    counts: list[int] = []

    def restore(window: MainWindow) -> None:
        counts.append(len(window.diary.events.all()))
        window.actions_by_name["restore_backup"].trigger()

    def count_then_close(window: MainWindow) -> None:
        counts.append(len(window.diary.events.all()))
        window.close()

    timer = drive([restore, count_then_close])
    assert run_window(filled_dir) == 0
    timer.stop()
    assert counts == [799, 800]
    assert backup.name in offered[0][0:2]
    (aside,) = [b for b in list_backups(filled_dir) if b.kind == "before-restore"]
    with Diary(filled_dir) as diary:
        assert len(diary.events.all()) == 800
    assert aside.path.exists()


@pytest.mark.slow
def test_app_starts_without_loading_matplotlib(filled_dir: Path) -> None:
    with start_python(WINDOW_REPORTER, str(filled_dir)) as app:
        out, err = app.communicate(timeout=120)
    assert app.returncode == 0, err
    shown = dict(line.split(" ", 1) for line in out.splitlines())
    assert shown["running"] == "none"
    assert shown["matplotlib"] == "False"


def test_backup_keeper_writes_the_days_backup_off_the_gui_thread(qtbot: QtBot, filled_dir: Path) -> None:
    keeper = BackupKeeper(filled_dir)
    with qtbot.waitSignal(keeper.backup_made, timeout=10_000) as made:
        keeper.start()
    keeper.stop()
    (backup,) = list_backups(filled_dir)
    assert made.args == [backup.name]


def test_backup_keeper_reports_damage_found_by_the_daily_check(qtbot: QtBot, filled_dir: Path) -> None:
    zeroed_last_page(filled_dir / DATABASE_NAME)
    keeper = BackupKeeper(filled_dir)
    with qtbot.waitSignal(keeper.backup_failed, timeout=10_000) as failed:
        keeper.start()
    keeper.stop()
    assert "the daily check found damage" in failed.args[0]
    assert str(filled_dir / DATABASE_NAME) in failed.args[0]
    assert list_backups(filled_dir) == []
