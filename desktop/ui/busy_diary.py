"""The window waits for a command (an import, a sync, a restore) that is writing the diary, saying so.

A command holds the data folder's lock while it writes; the window opening beside it would write
taps into a diary that is being replaced or merged into. So the window takes the lock only once
the command is done: a notice says which command is at work and that the window opens by itself,
and the lock is tried again every few tenths of a second. No key closes the notice (a parent
pressing Space to log a twitch must not end the wait); only its button does.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from desktop.store.errors import DiaryLockedError, StoreError, busy_with
from desktop.store.lock import DataDirLock
from desktop.ui import themes
from desktop.ui.overrides import override
from desktop.ui.plain_text import install_plain_text_rule
from desktop.ui.translation import translate

RETRY_MS: Final = 200
SHOW_AFTER_MS: Final = 400  # a short sync is over before a notice would be read: none flashes up
# A command's brief look at the lock (``store.lock.is_locked``, as ``sync FOLDER`` takes before it
# asks for the passphrase) marks it "open", as the window does: it is given this long before the
# diary counts as open in another window.
OPEN_GRACE_TRIES: Final = 5


class BusyNotice(QDialog):
    """Says which command is writing the diary, and that the window opens once it has finished."""

    def __init__(self, data_dir: Path, what: str) -> None:
        super().__init__(None)
        self.setObjectName("busy_notice")
        self.setWindowTitle(translate("BusyDiary", "Twitch Diary is waiting"))
        self.setMinimumWidth(460)
        install_plain_text_rule()  # shown before the window: the folder's path is not markup
        column = QVBoxLayout(self)
        self.label = QLabel(self)
        self.label.setObjectName("busy_text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        column.addWidget(self.label)
        buttons = QDialogButtonBox(self)
        self.give_up = QPushButton(translate("BusyDiary", "Don't Wait"), self)
        self.give_up.setObjectName("busy_give_up")
        # Never the default nor focused: Space or Enter meant for a tap must not end the wait.
        self.give_up.setAutoDefault(False)
        self.give_up.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons.addButton(self.give_up, QDialogButtonBox.ButtonRole.RejectRole)
        self.give_up.clicked.connect(self.reject)
        column.addWidget(buttons)
        self._data_dir = data_dir
        self.say(what)
        # Shown before the window and its saved theme: dim at night, as the window would be.
        themes.apply(self, themes.resolve("system"))

    def say(self, what: str) -> None:
        """Name the command at work (another may follow the first: an import, then a sync)."""
        self.label.setText(
            translate(
                "BusyDiary",
                "Another Twitch Diary command ({what}) is working on this diary ({folder}). The window"
                " opens by itself as soon as it has finished, usually within seconds; taps can be"
                " logged from then on.",
            ).format(what=what, folder=self._data_dir)
        )

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys do nothing here (Escape included): only the button ends the wait."""
        event.accept()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the notice's window is giving up the wait, as the button is."""
        self.reject()
        event.accept()


class NotWaited(StoreError):
    """The wait ended without the lock: the parent chose not to (the notice's button), or the app
    was told to quit."""


def wait_for_command(lock: DataDirLock, holder: str) -> StoreError | None:
    """Take ``lock`` once the command holding it (``holder``, its purpose) has finished.

    None once the lock is held; else why the window cannot open: the diary open in another
    window after all, ``NotWaited`` when the parent chose not to wait, or the lock failing.
    """
    at_work = busy_with(holder)
    notice = BusyNotice(lock.data_dir, at_work or "")
    loop = QEventLoop()
    outcome: list[StoreError | None] = []
    open_tries = 0
    may_show = False

    def show() -> None:
        if outcome or at_work is None or notice.isVisible():
            return
        line = translate("BusyDiary", "waiting for {what} on {folder} to finish; the window opens then")
        print(f"twitch-diary: {line.format(what=at_work, folder=lock.data_dir)}", file=sys.stderr)
        notice.show()

    def finish(result: StoreError | None) -> None:
        if not outcome:
            outcome.append(result)
        loop.quit()

    def attempt() -> None:
        nonlocal open_tries, at_work
        try:
            lock.acquire()
        except DiaryLockedError as error:
            at_work = busy_with(error.holder)
            if at_work is None:
                open_tries += 1
                if open_tries > OPEN_GRACE_TRIES:
                    finish(error)  # the app itself, in another window
                return
            open_tries = 0
            notice.say(at_work)
            if may_show:
                show()
            return
        except StoreError as error:
            finish(error)
            return
        finish(None)

    def allow_showing() -> None:
        nonlocal may_show
        may_show = True
        show()

    timer = QTimer()
    timer.setInterval(RETRY_MS)
    timer.timeout.connect(attempt)

    def given_up() -> None:
        finish(NotWaited(str(lock.data_dir)))  # never shown: the parent chose it

    notice.rejected.connect(given_up)
    timer.start()
    QTimer.singleShot(SHOW_AFTER_MS, notice, allow_showing)
    loop.exec()
    timer.stop()
    notice.hide()
    notice.deleteLater()
    # Without an outcome the application was told to quit (the session ending ends every event
    # loop, this one too): the lock was not taken, and the app goes as if the parent chose so.
    return outcome[0] if outcome else NotWaited(str(lock.data_dir))
