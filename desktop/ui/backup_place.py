"""Diary › Second Backup Place…: the parent picks a folder on another disk; a backup is made there now."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from desktop.store.backup_elsewhere import make_backup_in, second_place, set_second_place
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.ui import file_dialogs
from desktop.ui.translation import translate
from desktop.ui.user_folders import documents_folder


class BackupPlace(QObject):
    """The ``choose_backup_place`` and ``forget_backup_place`` actions of the Diary menu."""

    def __init__(self, window: QMainWindow, diary: Diary, menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._diary = diary
        self.choose_action = QAction(translate("BackupPlace", "Second &Backup Place…"), window)
        self.choose_action.setObjectName("choose_backup_place")
        self.choose_action.setToolTip(
            translate(
                "BackupPlace",
                "Keep each day's backup, with the videos, on a USB stick,"
                " another disk or a synced folder too",
            )
        )
        self.choose_action.triggered.connect(self._on_choose_triggered)
        self.forget_action = QAction(translate("BackupPlace", "Stop Backing Up Elsewhere"), window)
        self.forget_action.setObjectName("forget_backup_place")
        self.forget_action.triggered.connect(self._on_forget_triggered)
        menu.insertActions(before, [self.choose_action, self.forget_action])
        self._update()

    def _update(self) -> None:
        place = second_place(self._diary.settings)
        self.forget_action.setEnabled(place is not None)
        where = (
            translate("BackupPlace", "now: {place}").format(place=place)
            if place
            else translate("BackupPlace", "none chosen yet")
        )
        tip = translate("BackupPlace", "A second place for the daily backups ({where})").format(where=where)
        self.choose_action.setStatusTip(tip)

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 30_000)

    def choose_folder(self) -> Path | None:
        """Ask for the folder (a classmethod-like seam that tests replace); None when cancelled."""
        current = second_place(self._diary.settings)
        start = str(current) if current is not None and current.is_dir() else str(documents_folder())
        chosen = file_dialogs.existing_folder(
            self._window,
            translate("BackupPlace", "Choose a second place for the backups (another disk or a USB stick)"),
            start,
        )
        return Path(chosen) if chosen else None

    @Slot()
    def _on_choose_triggered(self) -> None:
        place = self.choose_folder()
        if place is None:
            return
        own = self._diary.data_dir.resolve()
        if place.resolve() == own or own in place.resolve().parents:
            QMessageBox.warning(
                self._window,
                translate("BackupPlace", "Choose another place"),
                translate(
                    "BackupPlace",
                    "That folder is inside the diary's own folder: a second place must be somewhere else.",
                ),
            )
            return
        try:
            set_second_place(self._diary.settings, place)
            backup = make_backup_in(self._diary, place, datetime.now().astimezone())
        except StoreError as error:
            self._update()
            QMessageBox.warning(
                self._window, translate("BackupPlace", "The backup could not be made there"), str(error)
            )
            return
        self._update()
        self._say(
            translate(
                "BackupPlace", "Backed up to {place} ({name}). Each day's backup goes there too from now on."
            ).format(place=place, name=backup.name)
        )

    @Slot()
    def _on_forget_triggered(self) -> None:
        try:
            set_second_place(self._diary.settings, None)
        except StoreError as error:
            self._say(str(error))
            return
        self._update()
        self._say(
            translate(
                "BackupPlace",
                "Backups are kept in the diary's folder only (the copies made elsewhere stay there).",
            )
        )
