"""The app's file dialogs opened the way a parent opens them, looked at while they wait, then closed.

Each dialog runs its own event loop (``exec``) until answered, so a timer inside that loop waits
for it to list its folder, hands it to ``look`` and cancels it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QListView, QPushButton

from desktop.ui.main_window import MainWindow

T = TypeVar("T")

# What a parent's Documents and Videos folders hold: sub-folders and files of several kinds.
FOLDERS = ("Letters from the clinic", "Scans", "Old")
FILES = ("discharge.pdf", "twitch-diary.json", "events.csv", "notes.txt", "chart.png")
CLIPS = ("night.mp4", "nap.mov")


def fill_home(home: Path) -> None:
    """A home folder whose Documents and Videos hold sub-folders and files (the dialogs start there)."""
    for place, files in (("Documents", FILES), ("Videos", CLIPS)):
        for name in FOLDERS:
            (home / place / name).mkdir(parents=True, exist_ok=True)
        for name in files:
            (home / place / name).write_bytes(b"x" * 100)


def _listed(dialog: QFileDialog) -> int:
    """How many entries the dialog's list shows in the folder it is in."""
    view = dialog.findChild(QListView, "listView")
    if view is None or view.model() is None:
        return 0
    return view.model().rowCount(view.rootIndex())


def while_open(open_it: Callable[[], object], look: Callable[[QFileDialog], T], timeout_s: float = 15) -> T:
    """Run ``open_it`` (which opens a file dialog and waits for it); ``look``'s answer on the dialog.

    The dialog is looked at once it lists its folder and its icons had time to arrive (the file
    system model fetches them in a thread), then cancelled unless ``look`` answered it.
    """
    seen: list[T] = []
    settled = [0]
    deadline = time.monotonic() + timeout_s
    timer = QTimer()
    timer.setInterval(50)

    def tick() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog) and dialog.isVisible():
            settled[0] += 1 if _listed(dialog) else 0
            if settled[0] >= 6 or time.monotonic() > deadline:
                timer.stop()
                seen.append(look(dialog))
                if dialog.isVisible():  # ``look`` did not answer it
                    dialog.reject()
        elif time.monotonic() > deadline:
            timer.stop()

    timer.timeout.connect(tick)
    timer.start()
    open_it()
    timer.stop()
    assert seen, "no file dialog opened"
    return seen[0]


def _attach_video_at_the_bedside(window: MainWindow) -> None:
    QTest.keyClick(window, Qt.Key.Key_E)
    QTest.keyClick(window, Qt.Key.Key_E)  # an episode timed
    QTest.keyClick(window, Qt.Key.Key_V)


def _video_in_the_event_editor(window: MainWindow) -> None:
    from desktop.ui.history.event_editor import EventEditor

    baby = window.baby
    assert baby is not None
    event = next(e for e in window.diary.events.for_baby(baby.id) if e.kind == "episode")
    editor = EventEditor(window.diary, window.undo_stack, event, window, baby=baby)
    editor.show()
    try:
        next(
            b for b in editor.findChildren(QPushButton) if b.accessibleName() == "Choose a video file"
        ).click()
    finally:
        editor.reject()
        editor.deleteLater()


def _save_chart(window: MainWindow) -> None:
    from desktop.ui.review.chart_widget import ChartWidget

    ChartWidget.ask_save_path(window, "twitch-diary-chart.png")  # what the chart's Save button asks


def _shared_folder_for_sync(window: MainWindow) -> None:
    from desktop.ui.folder_sync import SyncDialog

    settings = SyncDialog(None, "a1b2c3d4e5", window)
    settings.show()
    try:
        next(b for b in settings.findChildren(QPushButton) if b.text() == "Choose…").click()
    finally:
        settings.reject()
        settings.deleteLater()


def file_dialog_openers(window: MainWindow) -> dict[str, Callable[[], object]]:
    """Every file dialog of the app, by name, each opened as the parent opens it."""
    return {
        "attach video (V)": lambda: _attach_video_at_the_bedside(window),
        "event video": lambda: _video_in_the_event_editor(window),
        "save chart": lambda: _save_chart(window),
        "checkup pdf": window.actions_by_name["export_report"].trigger,
        "second backup place": window.late.backup_place.choose_action.trigger,
        "import": window.late.diary_exchange.import_action.trigger,
        "export": window.late.diary_exchange.export_action.trigger,
        "sync folder": lambda: _shared_folder_for_sync(window),
    }
