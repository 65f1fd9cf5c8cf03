"""Dialog to add a past sleep by hand or edit a sleep's times, kind and note (an undoable change)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Final

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import SLEEP_KINDS, Baby, Sleep, new_id
from desktop.core.validation import overlaps, validate_sleep
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.ui import commands
from desktop.ui.form_parts import TOUCH_HEIGHT, calendar_popup, fit_height, sentence
from desktop.ui.value_labels import SLEEP_KIND_LABELS, length_text, sleep_title

Clock = Callable[[], datetime]
_DEFAULT_LENGTH: Final = timedelta(hours=1)
_UTC: Final = QTimeZone.utc()  # the editors hold plain wall-clock times; no zone rules applied twice


def local_now() -> datetime:
    """Now, in the computer's local time zone (offset-aware)."""
    return datetime.now().astimezone()


def _to_qdatetime(wall: datetime) -> QDateTime:
    return QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute, wall.second), _UTC)


def _wall_clock(value: QDateTime) -> datetime:
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), time.second())


def to_aware(wall: datetime, template: datetime | None) -> datetime:
    """A wall-clock time given an offset: local zone rules, unless ``template`` was logged elsewhere.

    A time logged while travelling keeps that place's offset when edited; anything else follows the
    computer's zone, so a sleep across a daylight-saving change gets the right offset at each end.
    """
    if template is not None and template.utcoffset() != template.astimezone().utcoffset():
        return wall.replace(tzinfo=template.tzinfo)
    return wall.astimezone()


class SleepDialog(QDialog):
    """Add a past sleep (``existing`` None) or edit one; Save validates, stores and pushes for undo."""

    def __init__(
        self,
        diary: Diary,
        undo_stack: QUndoStack,
        baby: Baby,
        existing: Sleep | None = None,
        parent: QWidget | None = None,
        *,
        clock: Clock = local_now,
    ) -> None:
        super().__init__(parent)
        self._diary = diary
        self._stack = undo_stack
        self._baby = baby
        self._existing = existing
        self._clock = clock
        self.saved: Sleep | None = None
        self.setWindowTitle(
            self.tr("Edit sleep")
            if existing
            else self.tr("Add a past sleep for {name}").format(name=baby.name)
        )

        self.start_edit = self._datetime_edit("Start")
        self.end_edit = self._datetime_edit("End")
        self.running_check = QCheckBox(self.tr("Still asleep (sleep in progress)"))
        self.running_check.setAccessibleName(self.tr("Sleep still in progress"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of sleep"))
        self.kind_combo.setMinimumHeight(TOUCH_HEIGHT)
        for kind in SLEEP_KINDS:
            self.kind_combo.addItem(SLEEP_KIND_LABELS[kind], kind)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Sleep note"))
        self.note_edit.setMinimumHeight(TOUCH_HEIGHT)
        self.length_label = QLabel()
        self.length_label.setAccessibleName(self.tr("Length"))
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setAccessibleName(self.tr("Problems"))
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self._fill()
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Start"), self.start_edit),
            (self.tr("&End"), self.end_edit),
            ("", self.running_check),
            (self.tr("&Kind"), self.kind_combo),
            (self.tr("N&ote"), self.note_edit),
            (self.tr("Length"), self.length_label),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        # Only a sleep still in progress can stay open; a sleep entered by hand has an end.
        form.setRowVisible(self.running_check, self._existing is not None and self._existing.running)
        self.setMinimumWidth(460)
        # Made in the dialog, so the theme's style sheet (no icons on these buttons) already applies.
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in buttons.buttons():
            button.setMinimumHeight(TOUCH_HEIGHT)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self.start_edit.dateTimeChanged.connect(self._on_times_changed)
        self.end_edit.dateTimeChanged.connect(self._on_times_changed)
        self.running_check.toggled.connect(self._on_running_check_toggled)
        self._on_times_changed()

    def _datetime_edit(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setTimeZone(_UTC)
        calendar_popup(edit)
        edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        edit.setAccessibleName(f"{name} date and time")
        edit.setMinimumHeight(TOUCH_HEIGHT)
        return edit

    def _fill(self) -> None:
        existing = self._existing
        if existing is None:
            end = self._clock().replace(second=0, microsecond=0)
            end -= timedelta(minutes=end.minute % 5)
            start = end - _DEFAULT_LENGTH
            kind = "nap" if 7 <= start.hour < 19 else "night"
            self.note_edit.setText("")
        else:
            start = existing.start
            end = existing.end if existing.end is not None else self._clock()
            kind = existing.kind
            self.running_check.setChecked(existing.running)
            self.note_edit.setText(existing.note)
        self.start_edit.setDateTime(_to_qdatetime(start.replace(tzinfo=None)))
        self.end_edit.setDateTime(_to_qdatetime(end.replace(tzinfo=None)))
        self.end_edit.setEnabled(not self.running_check.isChecked())
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    def sleep(self) -> Sleep:
        """The sleep the fields describe."""
        existing = self._existing
        start = to_aware(_wall_clock(self.start_edit.dateTime()), existing.start if existing else None)
        end: datetime | None = None
        if not self.running_check.isChecked():
            template = (existing.end or existing.start) if existing else None
            end = to_aware(_wall_clock(self.end_edit.dateTime()), template)
        return Sleep(
            id=existing.id if existing else new_id(),
            baby_id=self._baby.id,
            start=start,
            end=end,
            kind=str(self.kind_combo.currentData()),
            note=self.note_edit.text().strip(),
        )

    def problems(self, sleep: Sleep) -> list[str]:
        """What stops this sleep from being saved, as sentences (empty when it can be saved)."""
        now = self._clock()
        found = [sentence(m) for m in validate_sleep(sleep, now, self._baby) if m != "end is before start"]
        if sleep.end is not None and sleep.end <= sleep.start:
            found.insert(0, "The end must be after the start.")
        if found:
            return found
        until = (sleep.end or now) + timedelta(microseconds=1)
        others = self._diary.sleeps.for_baby(self._baby.id, since=sleep.start, until=until)
        other = overlaps(sleep, others, now)
        if other is not None:
            found.append(
                f"It overlaps {sleep_title(other.kind, other.start, other.end)}."
                " Change the times, or edit that sleep first."
            )
        if self._existing is not None:
            outside = [e for e in self._diary.events.in_sleep(sleep.id) if not sleep.contains(e.at)]
            if outside:
                found.append(
                    f"{len(outside)} logged {'event falls' if len(outside) == 1 else 'events fall'}"
                    " outside these times. Widen the sleep, or delete those events first."
                )
        return found

    def _show_problems(self, problems: list[str]) -> None:
        self.error_label.setText(self.tr("\n").join(problems))
        self.error_label.setVisible(bool(problems))
        fit_height(self)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        sleep = self.sleep()
        problems = self.problems(sleep)
        if problems:
            self._show_problems(problems)
            return
        if sleep == self._existing:
            self.accept()
            return
        if self._existing is None:
            command = commands.add_sleep(self._diary, sleep, "Add past sleep")
        else:
            command = commands.update_sleep(self._diary, self._existing, sleep)
        try:
            commands.push(self._stack, command)
        except StoreError as error:  # the store's overlap check is the backstop for a race
            self._show_problems([str(error)])
            return
        self.saved = sleep
        self.accept()

    @Slot()
    def _on_times_changed(self) -> None:
        if self.running_check.isChecked():
            self.length_label.setText(self.tr("in progress"))
            return
        start = _wall_clock(self.start_edit.dateTime())
        end = _wall_clock(self.end_edit.dateTime())
        self.length_label.setText(length_text(end - start) if end > start else "—")

    @Slot(bool)
    def _on_running_check_toggled(self, running: bool) -> None:
        self.end_edit.setEnabled(not running)
        self._on_times_changed()

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        diary: Diary,
        undo_stack: QUndoStack,
        baby: Baby,
        existing: Sleep | None = None,
        *,
        clock: Clock = local_now,
    ) -> Sleep | None:
        """Show the dialog modally; the sleep saved, or None if nothing was saved."""
        dialog = cls(diary, undo_stack, baby, existing, parent, clock=clock)
        dialog.exec()
        return dialog.saved
