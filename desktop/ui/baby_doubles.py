"""The window's offer to merge a baby entered on two devices (same name and birth date), undoably."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.exchange.merge import doubled_babies
from desktop.store.baby_merge import BabyMerge, merge_babies
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.ui.commands import DiaryCommand, ErrorReporter, push
from desktop.ui.translation import translate


def merge_command(diary: Diary, keep_id: str, other_id: str) -> DiaryCommand:
    """Merging two babies as one undoable step (all records back as they were on undo)."""
    done: list[BabyMerge] = []

    def forward() -> None:
        done[:] = [merge_babies(diary, keep_id, other_id)]

    def backward() -> None:
        done[0].undo(diary)

    return DiaryCommand(translate("BabyDoubles", "Merge babies"), forward, backward)


def ask_to_merge(parent: QWidget, name: str, born: str, count: int) -> bool:
    """Ask whether the records are one baby (a seam tests replace)."""
    box = QMessageBox(
        QMessageBox.Icon.Question, translate("BabyDoubles", "Same baby twice?"), "", parent=parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the name is the parent's own text
    box.setText(
        translate(
            "BabyDoubles",
            "{name}, born {born}, is in the diary {count} times: entered on different devices."
            " Merge them into one baby? Every sleep and event is kept; Undo puts them back.",
        ).format(name=name, born=born, count=count)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def offer_merges(parent: QWidget, diary: Diary, stack: QUndoStack, report: ErrorReporter) -> bool:
    """Offer to merge each doubled baby (the first id kept); True when something was merged."""
    merged = False
    for name, born, ids in doubled_babies(diary):
        if not ask_to_merge(parent, name, born.isoformat(), len(ids)):
            continue
        for other in ids[1:]:
            try:
                push(stack, merge_command(diary, ids[0], other), report)
            except StoreError as error:
                report(str(error))
                break
            merged = True
    return merged
