"""Diary › Sync with Other Devices…: the shared folder and passphrase, and the sync in the background.

The window syncs when it has started, a little while after each change (debounced), and every few
minutes, always on a worker thread with its own diary connection: a tap is never waiting for it.
The status bar says when it last synced and with how many other devices.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.language.catalog import Context
from desktop.store.diary import Diary
from desktop.sync.report import SyncReport, SyncWords
from desktop.sync.run import (
    LAST_KEY,
    SyncError,
    configured_folder,
    set_up,
    sync_now,
    this_device,
    turn_off,
)
from desktop.ui import file_dialogs
from desktop.ui.background_work import Watch, Work
from desktop.ui.diary_exchange import warn_plainly
from desktop.ui.form_parts import fit_height
from desktop.ui.line_label import LineLabel
from desktop.ui.overrides import override
from desktop.ui.translation import translate
from desktop.ui.user_folders import documents_folder

AFTER_START_MS: Final = 3_000
AFTER_CHANGE_MS: Final = 20_000  # a burst of taps makes one sync, not one per tap
EVERY_MS: Final = 5 * 60_000


class SyncDialog(QDialog):
    """The shared folder and the family passphrase (asked once per device)."""

    def __init__(self, folder: Path | None, device: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FolderSync", "Sync with Other Devices"))
        self.setMinimumWidth(560)
        column = QVBoxLayout(self)
        form = QFormLayout()
        column.addLayout(form)
        row = QHBoxLayout()
        self.folder = QLineEdit("" if folder is None else str(folder), self)
        self.folder.setObjectName("sync_folder")
        # The path takes what "Choose…" leaves: squeezed together, the button's words were cut in
        # a longer language (the style sheet's min-width lets a layout shrink any button to it).
        self.folder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        choose = QPushButton(translate("FolderSync", "Choose…"), self)
        choose.clicked.connect(self._choose)
        row.addWidget(self.folder)
        row.addWidget(choose)
        form.addRow(translate("FolderSync", "Shared folder:"), row)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("sync_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(translate("FolderSync", "Family passphrase:"), self.passphrase)
        hint = QLabel(
            translate(
                "FolderSync",
                "A folder that Syncthing, a cloud drive or a network share keeps equal on each"
                " computer. Every computer uses the same passphrase; the files in it are encrypted.",
            ),
            self,
        )
        hint.setWordWrap(True)
        # In the column, not a form row: a form row gave the wrapped hint one line too few and its
        # last words were cut in a longer language.
        column.addWidget(hint)
        # Another device that cannot read one of this one's files names it by this id.
        self.device = QLabel(
            translate("FolderSync", "This computer writes its files in the sub-folder {device}.").format(
                device=device
            ),
            self,
        )
        self.device.setObjectName("sync_device")
        self.device.setWordWrap(True)
        self.device.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.device)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for the wrapped hint at the width it got (Qt sizes a window by its minimum
        height, which ignores the lines a wrapped label needs at that width)."""
        super().showEvent(event)
        fit_height(self)

    @Slot()
    def _choose(self) -> None:
        typed = self.folder.text().strip()
        start = typed if typed and Path(typed).is_dir() else str(documents_folder())
        name = file_dialogs.existing_folder(self, translate("FolderSync", "Choose the shared folder"), start)
        if name:
            self.folder.setText(name)


class StatusLine(LineLabel):
    """The status bar's sync line: as tall as its wrapped text (a status bar lays out one line)."""

    def _fit(self) -> None:
        self.setMinimumHeight(0)  # else the height asked for is never less than the last one
        self.setMinimumHeight(max(self.heightForWidth(self.width()), 0))

    @override
    def setText(self, text: str) -> None:
        """Show ``text``, the line as tall as it needs."""
        super().setText(text)
        self._fit()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrower or wider: as tall as the text now needs."""
        super().resizeEvent(event)
        self._fit()


class FolderSyncWords(Context):
    """The status bar's plural message (``Context``: lupdate reads its plural forms)."""

    def synced(self, count: int) -> str:
        """ "Synced {time} with 1 other device"."""
        return self.tr("Synced {time} with %n other device(s)", "", count)


def describe(report: SyncReport, at: datetime) -> str:
    """The status bar's line after a sync: when and with whom, then what could not be shared or
    read (this device's changes kept back, another device's file that stays unreadable)."""
    words = FolderSyncWords()
    text = words.synced(len(report.devices)).format(time=at.strftime("%H:%M"))
    # Every sync says it again while it holds: the line is the state, not a message that pops up.
    sentences = [line for line in (report.not_sent_line(),) if line is not None]
    if report.problems:
        sentences.append(report.problems[0].reason)
        if len(report.problems) > 1:
            sentences.append(SyncWords().more_files(len(report.problems) - 1))
    if sentences:
        text = translate("FolderSync", "{synced}. {more}").format(synced=text, more=" ".join(sentences))
    return text


class FolderSync(QObject):
    """The ``sync_settings`` and ``sync_now`` actions, the timers and the status bar's sync line."""

    def __init__(  # noqa: PLR0917 - the parts of the window it hangs on
        self,
        window: QMainWindow,
        diary: Diary,
        menu: QMenu,
        before: QAction,
        stack: QUndoStack,
        received: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._diary = diary
        self._received = received
        self.work: Work[object] | None = None
        self.last_report: SyncReport | None = None
        self.settings_action = QAction(translate("FolderSync", "S&ync with Other Devices…"), window)
        self.settings_action.setObjectName("sync_settings")
        self.settings_action.triggered.connect(self._on_settings_triggered)
        self.now_action = QAction(translate("FolderSync", "Sync &Now"), window)
        self.now_action.setObjectName("sync_now")
        self.now_action.triggered.connect(self.sync)
        self.off_action = QAction(translate("FolderSync", "Stop Syncing"), window)
        self.off_action.setObjectName("sync_off")
        self.off_action.triggered.connect(self._on_off_triggered)
        menu.insertActions(before, [self.settings_action, self.now_action, self.off_action])
        # One line while it fits; a failure naming a long folder (or said in a longer language)
        # wraps rather than being cut off at the window's edge.
        self.status = StatusLine("", window)
        self.status.setObjectName("sync_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # a failure may quote a folder's name
        self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        window.statusBar().addPermanentWidget(self.status)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.sync)
        self._every = QTimer(self)
        self._every.setInterval(EVERY_MS)
        self._every.timeout.connect(self.sync)
        self._every.start()
        stack.indexChanged.connect(self._on_changed)
        self._update()
        if self.is_on():
            self._soon.start(AFTER_START_MS)

    def is_on(self) -> bool:
        """Whether this diary syncs with a folder."""
        return configured_folder(self._diary) is not None

    def _update(self) -> None:
        if self._diary.closed:
            return  # the window closed while the last sync ran
        on = self.is_on()
        self.status.setToolTip("")
        self.now_action.setEnabled(on)
        self.off_action.setEnabled(on)
        last = self._diary.settings.get(LAST_KEY)
        if not on:
            self.status.setText("")
        elif self.last_report is not None and last:
            self.status.setText(describe(self.last_report, datetime.fromisoformat(last)))
        elif last:
            self.status.setText(translate("FolderSync", "Last synced {time}").format(time=last[11:16]))
        else:
            self.status.setText(translate("FolderSync", "Not synced yet"))

    @Slot(int)
    def _on_changed(self, _index: int) -> None:
        if self.is_on():
            self._soon.start(AFTER_CHANGE_MS)

    @Slot()
    def sync(self) -> None:
        """Sync now in the background (nothing happens while a sync runs or when sync is off)."""
        if self._diary.closed or not self.is_on() or (self.work is not None and self.work.running()):
            return
        data_dir = self._diary.data_dir

        def run(watch: Watch) -> SyncReport:
            with Diary(data_dir) as diary:
                watch(diary)
                return sync_now(diary)

        self.work = Work(self._window, "", run, quiet=True)
        self.work.finished.connect(self._on_synced)
        self.work.failed.connect(self._on_sync_failed)
        self.work.start()

    def _on_synced(self, report: object) -> None:
        assert isinstance(report, SyncReport)
        if self._diary.closed:
            return
        self.last_report = report
        self._update()
        if sum(report.received.values()):
            self._received()

    def _on_sync_failed(self, error: object) -> None:
        # In the background: said in the status bar, never a dialog over the bedside.
        if self._diary.closed:
            return
        text = translate("FolderSync", "Sync failed: {why}").format(why=" ".join(str(error).split()))
        self.status.setText(text)
        self.status.setToolTip(text)

    def ask_settings(self) -> tuple[Path, str] | None:
        """Ask for the folder and passphrase (a seam tests replace); None when cancelled."""
        dialog = SyncDialog(configured_folder(self._diary), this_device(self._diary), self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return Path(dialog.folder.text().strip()), dialog.passphrase.text()

    @Slot()
    def _on_settings_triggered(self) -> None:
        answer = self.ask_settings()
        if answer is None:
            return
        folder, passphrase = answer
        try:
            set_up(self._diary, folder, passphrase)
        except SyncError as error:
            warn_plainly(self._window, str(error))
            return
        self._update()
        self.sync()

    @Slot()
    def _on_off_triggered(self) -> None:
        turn_off(self._diary)
        self.last_report = None
        self._update()
