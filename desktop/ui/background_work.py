"""Long work (an import, an export, a sync) off the GUI thread, with a progress dialog and Cancel.

The work runs on a ``QThread`` with its own diary connection, so a tap at the bedside is never
waiting on the GUI thread. Cancel interrupts the work's SQLite statement: its transaction rolls
back whole, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.ui.overrides import override
from desktop.ui.translation import translate

Result = TypeVar("Result")
_SHOW_AFTER_MS = 400  # quick work shows no dialog at all


class Interruptible(Protocol):
    """An open diary as Cancel sees it: its running statement can be interrupted."""

    def interrupt(self) -> None:
        """Stop the running statement (from another thread)."""

    def cancel_when(self, cancelled: Callable[[], bool]) -> None:
        """Abort every later statement once ``cancelled()`` is true."""


Watch = Callable[[Interruptible], None]
"""Called by the work with each diary it opens, so that Cancel can interrupt it."""


class Cancelled(Exception):
    """The parent pressed Cancel: the work stopped and wrote nothing."""


class _Thread(QThread):
    """Runs one callable; keeps its result or the exception it raised."""

    def __init__(self, work: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._work = work
        self.result: object = None
        self.error: BaseException | None = None

    @override
    def run(self) -> None:
        try:
            self.result = self._work()
        except Exception as error:
            self.error = error


class Work(QObject, Generic[Result]):
    """One piece of long work; ``finished`` or ``failed`` is emitted on the GUI thread when it ends."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[Watch], Result],
        *,
        quiet: bool = False,
    ) -> None:
        """``work(watch)`` runs on the thread; it calls ``watch(connection)`` so Cancel can interrupt it."""
        super().__init__(parent)
        self._connections: list[Interruptible] = []
        self._cancelled = False
        self._thread = _Thread(lambda: work(self._watch), self)
        self._thread.finished.connect(self._on_thread_finished)
        self.dialog: QProgressDialog | None = None
        if not quiet:
            dialog = QProgressDialog(label, translate("BackgroundWork", "Cancel"), 0, 0, parent)
            dialog.setWindowTitle(translate("BackgroundWork", "Twitch Diary"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(_SHOW_AFTER_MS)
            dialog.canceled.connect(self.cancel)
            self.dialog = dialog

    def _watch(self, diary: Interruptible) -> None:
        diary.cancel_when(lambda: self._cancelled)
        self._connections.append(diary)

    def start(self) -> None:
        """Start the work (returns at once)."""
        if self.dialog is not None:
            self.dialog.setValue(0)
        self._thread.start()

    def running(self) -> bool:
        """True until the work has ended."""
        return self._thread.isRunning()

    @Slot()
    def cancel(self) -> None:
        """Stop the work: its running SQLite statement is interrupted and its transaction rolled back."""
        self._cancelled = True
        for connection in self._connections:
            connection.interrupt()

    def wait(self) -> None:
        """Block until the work has ended (tests, and the window closing)."""
        self._thread.wait()

    @Slot()
    def _on_thread_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
        error = self._thread.error
        if error is None:  # done, even if Cancel came too late to stop it
            self.finished.emit(self._thread.result)
        else:
            self.failed.emit(Cancelled() if self._cancelled else error)
