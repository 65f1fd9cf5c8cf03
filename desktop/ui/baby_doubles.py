"""The window's offer to merge a baby entered on two devices (a birth date the same or mistyped)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from desktop.core.model import Baby
from desktop.exchange.merge import doubled_babies, mistyped_birth_dates
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


def same_baby_box(parent: QWidget, name: str, born: str, count: int) -> QMessageBox:
    """The question whether the records of one name and birth date are one baby (Yes / No)."""
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
    return box


def ask_to_merge(parent: QWidget, name: str, born: str, count: int) -> bool:
    """Ask whether the records are one baby (a seam tests replace)."""
    return same_baby_box(parent, name, born, count).exec() == QMessageBox.StandardButton.Yes


def birth_date_box(parent: QWidget, name: str, dates: list[str]) -> tuple[QMessageBox, list[QAbstractButton]]:
    """The question whether babies of one name but other birth dates are one: a button per date."""
    box = QMessageBox(
        QMessageBox.Icon.Question, translate("BabyDoubles", "Same baby twice?"), "", parent=parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the name is the parent's own text
    box.setText(
        translate(
            "BabyDoubles",
            "{name} is in the diary {count} times, with different birth dates ({dates}): perhaps one"
            " baby entered on two devices, with a mistake in one. If so, choose the right birth date"
            " to merge them into one baby. Every sleep and event is kept; Undo puts them back.",
        ).format(name=name, count=len(dates), dates=", ".join(dates))
    )
    choices: list[QAbstractButton] = [
        box.addButton(
            translate("BabyDoubles", "Born {date}").format(date=day), QMessageBox.ButtonRole.AcceptRole
        )
        for day in dates
    ]
    different = box.addButton(translate("BabyDoubles", "Different babies"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(different)  # Enter at 3 a.m. merges nothing
    for button in (*choices, different):
        # Whole words on every button: the box widens rather than squeezing them (a long language).
        button.setMinimumWidth(button.sizeHint().width())
    return box, choices


def ask_which_birth_date(parent: QWidget, name: str, dates: list[str]) -> int | None:
    """Ask whether babies of one name but different birth dates are one baby, and which date is
    right: the index of the date chosen, or None (different babies). A seam tests replace."""
    box, choices = birth_date_box(parent, name, dates)
    box.exec()
    clicked = box.clickedButton()
    return choices.index(clicked) if clicked in choices else None


def _merge_into(stack: QUndoStack, diary: Diary, keep: str, others: list[str], report: ErrorReporter) -> bool:
    merged = False
    for other in others:
        try:
            push(stack, merge_command(diary, keep, other), report)
        except StoreError as error:
            report(str(error))
            break
        merged = True
    return merged


def offer_merges(
    parent: QWidget,
    diary: Diary,
    stack: QUndoStack,
    report: ErrorReporter,
    declined: set[frozenset[str]] | None = None,
) -> bool:
    """Offer to merge each baby entered twice; True when something was merged.

    The same name and birth date: the first id kept. The same name with other birth dates (a
    typo on one device): the parent picks the right date. ``declined`` holds the groups the parent
    said no to, not asked about again (after every sync) while the window is open.
    """
    declined = set() if declined is None else declined
    merged = False
    for name, born, ids in doubled_babies(diary):
        if frozenset(ids) in declined:
            continue
        if not ask_to_merge(parent, name, born.isoformat(), len(ids)):
            declined.add(frozenset(ids))
            continue
        merged |= _merge_into(stack, diary, ids[0], list(ids[1:]), report)
    for babies in _same_name_other_dates(diary):
        group = frozenset(baby.id for baby in babies)
        if group in declined:
            continue
        chosen = ask_which_birth_date(
            parent, babies[0].name, [baby.birth_date.isoformat() for baby in babies]
        )
        if chosen is None:
            declined.add(group)
            continue
        keep = babies[chosen].id
        merged |= _merge_into(stack, diary, keep, [baby.id for baby in babies if baby.id != keep], report)
    return merged


def _same_name_other_dates(diary: Diary) -> list[list[Baby]]:
    """Babies of one name with more than one birth date: one per date, oldest date first."""
    groups = []
    for babies in mistyped_birth_dates(diary):
        one_per_date: dict[date, Baby] = {}
        for baby in babies:
            one_per_date.setdefault(baby.birth_date, baby)
        groups.append(sorted(one_per_date.values(), key=lambda baby: baby.birth_date))
    return groups
