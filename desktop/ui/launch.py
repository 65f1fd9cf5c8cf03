"""Starting the app window: one copy per data directory, a clear way out of a damaged file, daily backups.

``desktop.app`` (the composition root) calls ``run_app`` with its window factory when no command is
given. Nothing here imports matplotlib: the
bedside window must open fast.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from desktop import language
from desktop.identity import APP_ID, PROGRAM
from desktop.store.diary import Diary
from desktop.store.errors import DamagedDatabaseError, DiaryLockedError, StoreError, TooNewDatabaseError
from desktop.store.lock import DataDirLock

# isort: split
# PySide6 after the diary's modules, and Python's own import back right after it: PySide's
# import hook reads the source of every module imported while it is installed (python_import).
from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.ui.startup.python_import import restore_python_import
from desktop.ui.translation import install as install_language
from desktop.ui.translation import translate

# Backups and the problem dialogs are imported where they are used: a normal start needs neither
# before the window is up (desktop.store.backup alone brings in zipfile, about 4 ms).
if TYPE_CHECKING:
    from desktop.store.backup import Backup
    from desktop.ui.main_window import MainWindow

# PySide6 is loaded: every later import (the whole window) goes through Python's own import.
restore_python_import()

APP_NAME: Final = "Twitch Diary"
ORGANIZATION_NAME: Final = "Twitch Diary"
ORGANIZATION_DOMAIN: Final = "twitch-diary.invalid"  # no web presence: the app never goes online
DESKTOP_FILE_NAME: Final = APP_ID  # resources/identity/<APP_ID>.desktop: the desktop matches windows to it
BACKUP_CHECK_MS: Final = 60 * 60 * 1000  # hourly: a window left open overnight backs up the new day


def application() -> QApplication:
    """The QApplication (made if needed) with the app's name, organisation and desktop file set."""
    existing = QApplication.instance()
    # argv[0] is the program's own name, whatever started it (a venv script, ``python -m desktop``,
    # the bundle): X11 desktops match the window to the .desktop file's StartupWMClass through it.
    app = existing if isinstance(existing, QApplication) else QApplication([PROGRAM])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    # The plain-text rule (desktop/ui/plain_text.py) is an application-wide Python event filter:
    # it is installed after the window's first paint, or by a problem dialog shown before it.
    return app


def _now_local() -> datetime:
    return datetime.now().astimezone()


class BackupKeeper(QObject):
    """Makes the day's backup while the app runs: once soon after start, then checks every hour.

    The copy and its check run on a worker thread (about 0.3 s for a three-year diary, more on a
    slow disk), so a tap is never held up; the result comes back to the GUI thread as a signal.

    Signals:
        backup_made(str): the name of a backup just written.
        backup_failed(str): why the backup could not be made (a sentence for the parent).
        damage_found(str): the daily check found the diary file damaged (what it found).
    """

    backup_made = Signal(str)
    backup_failed = Signal(str)
    damage_found = Signal(str)
    _worker_finished = Signal(str, str)  # (backup name, error): one of them is empty
    _worker_found_damage = Signal(str)

    def __init__(
        self, data_dir: Path, parent: QObject | None = None, clock: Callable[[], datetime] = _now_local
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setInterval(BACKUP_CHECK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._stopped = False
        self._worker: threading.Thread | None = None
        # The worker thread emits, so the automatic connection queues the call: the slot runs in this
        # object's (the GUI) thread. (Not spelled Qt.ConnectionType.QueuedConnection: the first use
        # of the Qt namespace builds all its ~90 enums, 14 ms that the start-up does not need.)
        self._worker_finished.connect(self._on_worker_finished)
        self._worker_found_damage.connect(self.damage_found)

    def start(self) -> None:
        """Back up now (as soon as the event loop runs), then check again every hour."""
        self._stopped = False
        QTimer.singleShot(0, self, self._on_timer_timeout)
        self._timer.start()

    def stop(self) -> None:
        """Make no more backups, waiting for one being written to finish."""
        self._timer.stop()
        self._stopped = True
        if self._worker is not None:
            self._worker.join()
            self._worker = None

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._stopped or (self._worker is not None and self._worker.is_alive()):
            return
        self._worker = threading.Thread(target=self._work, name="daily-backup", daemon=False)
        self._worker.start()

    def _work(self) -> None:
        try:
            backup = self.run_now()
        except DamagedDatabaseError as error:
            self._worker_found_damage.emit(error.detail)
            self._worker_finished.emit("", str(error))
        except StoreError as error:
            self._worker_finished.emit("", str(error))
        else:
            self._worker_finished.emit("" if backup is None else backup.name, "")
        # The second place too, whatever became of the first: a dead first disk is why it exists.
        try:
            elsewhere = self.run_elsewhere_now()
        except StoreError as error:
            self._worker_finished.emit("", str(error))
            return
        if elsewhere is not None:
            self._worker_finished.emit(elsewhere.name, "")

    @Slot(str, str)
    def _on_worker_finished(self, name: str, error: str) -> None:
        if error:
            self.backup_failed.emit(error)
        elif name:
            self.backup_made.emit(name)

    def run_now(self) -> Backup | None:
        """Make the backup now if today's is missing (in the calling thread); raises StoreError."""
        from desktop.store.backup import backup_if_due

        # A connection of its own: the backup API reads a consistent snapshot beside the window's.
        with Diary(self.data_dir) as diary:
            return backup_if_due(diary, self._clock())

    def run_elsewhere_now(self) -> Backup | None:
        """Make today's backup in the second place, if one is chosen and it has none (this thread)."""
        from desktop.store.backup_elsewhere import backup_elsewhere_if_due

        with Diary(self.data_dir) as diary:
            return backup_elsewhere_if_due(diary, self._clock())


def open_window(data_dir: Path, create_window: Callable[[Path], MainWindow]) -> MainWindow | None:
    """The main window on ``data_dir``, or None when it cannot be opened and the parent gave up.

    A damaged or too-new file is left as it is; the parent may restore the latest backup (the
    file is kept aside first), once, and the window opens on the restored diary.
    """
    restored = False
    while True:
        try:
            return create_window(data_dir)
        except (DamagedDatabaseError, TooNewDatabaseError) as error:
            # The latest backup is offered once; if it fails to open too, the dialog only explains.
            if not _restore_latest_if_chosen(data_dir, error, offer_backup=not restored):
                return None
            restored = True
        except StoreError as error:
            from desktop.ui.recovery_dialog import ProblemNotice

            ProblemNotice.tell(translate("Launch", "Twitch Diary cannot open your diary"), str(error))
            return None


def _restore_latest_if_chosen(data_dir: Path, error: StoreError, offer_backup: bool) -> bool:
    """Explain a diary that cannot be opened, offering its latest backup; True once it is restored."""
    from desktop.store.backup import latest_backup, restore_backup
    from desktop.ui.recovery_dialog import ProblemNotice, RecoveryDialog

    latest = latest_backup(data_dir) if offer_backup else None
    if not RecoveryDialog.ask(error, latest) or latest is None:
        return False
    try:
        restore_backup(data_dir, latest.name, _now_local())
    except StoreError as restore_error:
        ProblemNotice.tell(translate("Launch", "The backup could not be restored"), str(restore_error))
        return False
    return True


def _on_backup_failed(message: str) -> None:
    """Say so in the window's status bar: a modal box at the bedside in the night would startle."""
    print(f"twitch-diary: backup not made: {message}", file=sys.stderr)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            widget.statusBar().showMessage(
                translate("Launch", "Backup not made: {reason}").format(reason=message)
            )


def _restore_chosen(data_dir: Path, name: str) -> None:
    """Restore the backup chosen in the window (its diary is closed); say so if it fails."""
    from desktop.store.backup import restore_backup
    from desktop.ui.recovery_dialog import ProblemNotice

    try:
        aside = restore_backup(data_dir, name, _now_local())
    except StoreError as error:
        ProblemNotice.tell(translate("Launch", "The backup could not be restored"), str(error))
        return
    if aside is not None:
        print(f"twitch-diary: restored {name}; the diary as it was is kept in {aside}", file=sys.stderr)


def _take_lock(lock: DataDirLock) -> bool:
    """Take the data folder's lock for the window; False (the parent told why) when it cannot.

    While a command (an import, a sync) holds it, the window waits for it, saying so
    (``desktop.ui.busy_diary``): the parent who clicked the icon expects the window, not a refusal.
    """
    try:
        lock.acquire()
        return True
    except DiaryLockedError as error:
        from desktop.ui.busy_diary import NotWaited, wait_for_command

        problem = wait_for_command(lock, error.holder)
        if problem is None:
            return True
        if isinstance(problem, NotWaited):
            return False  # the parent chose so: nothing more to tell
    except StoreError as error:
        problem = error
    from desktop.ui.recovery_dialog import ProblemNotice

    # Only another running copy is "already open": a read-only or full folder is not.
    if isinstance(problem, DiaryLockedError):
        title = translate("Launch", "Twitch Diary is already open")
    else:
        title = translate("Launch", "Twitch Diary cannot open your diary")
    ProblemNotice.tell(title, str(problem))
    return False


def run_app(data_dir: Path, create_window: Callable[[Path], MainWindow]) -> int:
    """Run the app window on ``data_dir`` until it is closed; returns the exit code.

    The folder's lock is taken first, after a command that holds it has finished (``_take_lock``).
    ``create_window`` (the composition root's, ``desktop.app.create_window``) opens the diary and
    builds the window. The window's ``restore_requested`` signal names a backup before it
    closes; the backup is then restored here (the lock still held, no diary open) and the window
    opens again.
    """
    app = application()
    install_language(app, language.current())  # before any text: the window is built in it
    lock = DataDirLock(data_dir)
    if not _take_lock(lock):
        return 1
    keeper = BackupKeeper(data_dir)
    keeper.backup_failed.connect(_on_backup_failed)
    try:
        while True:
            window = open_window(data_dir, create_window)
            if window is None:
                return 1
            requests: list[str] = []
            window.restore_requested.connect(requests.append)
            # Damage the daily check found: not one more tap goes into that file.
            keeper.damage_found.connect(window.diary.mark_damaged)
            # The day's backup waits until the window is up: its copy must not slow the first paint.
            window.first_painted.connect(keeper.start)
            window.show()
            if window.diary.read_only_reason is not None:
                # Said at once and kept in view: every tap would be refused for this reason.
                print(f"twitch-diary: {window.diary.read_only_reason}", file=sys.stderr)
                window.statusBar().showMessage(window.diary.read_only_reason)
            code = app.exec()
            keeper.stop()  # no backup may be reading the file while it is replaced
            window.close()  # the diary file must be closed before it is replaced
            if not requests:
                return code
            _restore_chosen(data_dir, requests[-1])
    finally:
        keeper.stop()
        lock.release()
