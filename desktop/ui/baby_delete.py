"""Deleting a baby: the confirmation that names what goes, and the undoable command behind it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop.core.model import Baby, Event, Sleep
from desktop.store.diary import Diary
from desktop.ui.translation import translate


@dataclass(frozen=True)
class BabyRecords:
    """Everything stored for one baby: what a delete removes and its undo puts back."""

    baby: Baby
    sleeps: list[Sleep]
    events: list[Event]
    timing: bool = False  # an episode is being timed: not stored yet, but a delete takes it too

    @classmethod
    def read(cls, diary: Diary, baby: Baby, timing: bool = False) -> BabyRecords:
        """Read the baby's sleeps and events (those outside any sleep too) from the diary."""
        return cls(baby, diary.sleeps.for_baby(baby.id), diary.events.for_baby(baby.id), timing)

    @property
    def twitches(self) -> int:
        """How many single twitches were tapped."""
        return sum(1 for event in self.events if event.kind == "twitch")

    @property
    def episodes(self) -> int:
        """How many episodes were timed."""
        return sum(1 for event in self.events if event.kind == "episode") + self.timing

    @property
    def signs(self) -> int:
        """How many other signs were reported."""
        return sum(1 for event in self.events if event.kind == "sign")


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def what_goes(records: BabyRecords) -> str:
    """The sentence naming what a delete removes: ``3 sleeps and 12 events (10 twitches, …)``."""
    sleeps = _count(len(records.sleeps), "sleep", "sleeps")
    total = len(records.events) + records.timing
    if not total:
        return f"{sleeps} and no logged events"
    kinds = [
        _count(records.twitches, "twitch", "twitches"),
        _count(records.episodes, "episode", "episodes"),
        _count(records.signs, "other sign", "other signs"),
    ]
    shown = ", ".join(kind for kind in kinds if not kind.startswith("0 "))
    timing = ", the one being timed now included" if records.timing else ""
    return f"{sleeps} and {_count(total, 'event', 'events')} ({shown}{timing})"


def confirm_text(records: BabyRecords) -> tuple[str, str]:
    """The question and the detail the confirmation shows."""
    name = records.baby.name
    question = translate("BabyDelete", "Delete {name} from the diary?").format(name=name)
    detail = translate(
        "BabyDelete",
        "This deletes {name}'s details with {what}.\n\n"
        "Undo (Ctrl+Z) brings all of it back while the app stays open; the daily backups keep it too.",
    ).format(name=name, what=what_goes(records))
    return question, detail


class DeleteBabyBox(QMessageBox):
    """Asks before a baby is deleted; "Keep" is the default, so Enter never deletes by accident."""

    def __init__(self, records: BabyRecords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delete_baby_box")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(translate("BabyDelete", "Delete {name}").format(name=records.baby.name))
        question, detail = confirm_text(records)
        # Plain text always: the baby's name is the parent's own text, never markup.
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(question)
        self.setInformativeText(detail)
        for label in self.findChildren(QLabel, "qt_msgbox_informativelabel"):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.delete_button = self.addButton(
            translate("BabyDelete", "Delete {name}").format(name=records.baby.name),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        self.delete_button.setObjectName("delete_baby_confirm")
        self.keep_button = self.addButton(translate("BabyDelete", "Keep"), QMessageBox.ButtonRole.RejectRole)
        self.keep_button.setObjectName("delete_baby_keep")
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)

    @classmethod
    def ask(cls, records: BabyRecords, parent: QWidget | None = None) -> bool:
        """Show the question modally; True only when the parent chose to delete."""
        box = cls(records, parent)
        box.exec()
        return box.clickedButton() is box.delete_button
