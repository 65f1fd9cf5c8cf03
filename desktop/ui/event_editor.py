"""Dialog to correct one logged event: what moved, how, what was seen; saved as an undoable change."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import BODY_PARTS, SIDES, SIGNS, STATES, STOPPED_ON_WAKING, Baby, Event, Sleep
from desktop.core.validation import MAX_EPISODE_S, validate_event
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.ui import commands
from desktop.ui.form_parts import TOUCH_HEIGHT, fit_height, sentence
from desktop.ui.sleep_dialog import Clock, local_now
from desktop.ui.value_labels import (
    BODY_PART_LABELS,
    EVENT_KIND_LABELS,
    SIDE_LABELS,
    SIGN_LABELS,
    STATE_LABELS,
    STOPPED_ON_WAKING_LABELS,
    date_text,
)

_NOT_SAID = "not noted"


def _combo(name: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setMinimumHeight(TOUCH_HEIGHT)
    for text, value in items:
        combo.addItem(text, value)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return


class EventEditor(QDialog):
    """Edit an event's details; Save validates, stores and pushes the change for undo."""

    def __init__(
        self,
        diary: Diary,
        undo_stack: QUndoStack,
        event: Event,
        parent: QWidget | None = None,
        *,
        sleep: Sleep | None = None,
        baby: Baby | None = None,
        clock: Clock = local_now,
    ) -> None:
        super().__init__(parent)
        self._diary = diary
        self._stack = undo_stack
        self._event = event
        self._sleep = sleep
        self._baby = baby
        self._clock = clock
        self.saved: Event | None = None
        kind = EVENT_KIND_LABELS.get(event.kind, event.kind)
        self.setWindowTitle(f"Edit {kind}")

        self._make_widgets(event)
        self._build_layout(event)
        self.duration_spin.setVisible(event.kind == "episode")
        self._fill(event)

    def _make_widgets(self, event: Event) -> None:
        kind = EVENT_KIND_LABELS.get(event.kind, event.kind).capitalize()
        self.heading = QLabel(f"{kind} at {event.at:%H:%M:%S}, {date_text(event.at)}")
        self.heading.setObjectName("event_heading")
        self.heading.setAccessibleName(self.tr("Event"))
        self.body_part_combo = _combo(self.tr("Body part"), [(BODY_PART_LABELS[v], v) for v in BODY_PARTS])
        self.side_combo = _combo(self.tr("Side"), [(SIDE_LABELS[v], v) for v in SIDES])
        self.state_combo = _combo(self.tr("Baby's state"), [(STATE_LABELS[v], v) for v in STATES])
        self.woke_check = QCheckBox(self.tr("It woke the baby"))
        self.woke_check.setAccessibleName(self.tr("It woke the baby"))
        self.woke_check.setMinimumHeight(TOUCH_HEIGHT)
        self.rhythmic_combo = _combo(
            "Rhythmic", [(_NOT_SAID, None), ("yes, a steady beat", True), ("no, irregular", False)]
        )
        self.stopped_combo = _combo(
            "Stopped on waking",
            [(_NOT_SAID, None), *((STOPPED_ON_WAKING_LABELS[v], v) for v in STOPPED_ON_WAKING)],
        )
        self.duration_spin = QDoubleSpinBox()
        self.duration_spin.setAccessibleName(self.tr("Duration in seconds"))
        self.duration_spin.setRange(0.0, float(MAX_EPISODE_S))
        self.duration_spin.setDecimals(1)
        self.duration_spin.setSuffix(" s")
        self.duration_spin.setMinimumHeight(TOUCH_HEIGHT)
        self.signs_box = QGroupBox(self.tr("Signs seen"))
        self.signs_box.setAccessibleName(self.tr("Signs seen"))
        self.sign_checks: dict[str, QCheckBox] = {}
        grid = QGridLayout(self.signs_box)
        for number, sign in enumerate(SIGNS):
            check = QCheckBox(SIGN_LABELS[sign])
            check.setObjectName(f"sign_{sign}")
            check.setAccessibleName(SIGN_LABELS[sign])
            check.setMinimumHeight(TOUCH_HEIGHT)
            grid.addWidget(check, number // 2, number % 2)
            self.sign_checks[sign] = check
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setMinimumHeight(TOUCH_HEIGHT)
        self._build_video_line()
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setAccessibleName(self.tr("Problems"))
        self.error_label.setWordWrap(True)
        self.error_label.hide()

    def _build_layout(self, event: Event) -> None:
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            ("&Body part", self.body_part_combo),
            ("&Side", self.side_combo),
            ("S&tate", self.state_combo),
            ("", self.woke_check),
            ("&Rhythmic", self.rhythmic_combo),
            ("Stopped on &waking", self.stopped_combo),
        ]
        if event.kind == "episode":
            rows.append(("&Duration", self.duration_spin))
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in buttons.buttons():
            button.setMinimumHeight(TOUCH_HEIGHT)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        note_form = QFormLayout()
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note_edit)
        note_form.addRow(note_label, self.note_edit)
        video_label = QLabel(self.tr("&Video"))
        video_label.setBuddy(self.video_edit)
        note_form.addRow(video_label, self._video_line)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.signs_box)
        layout.addLayout(note_form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _fill(self, event: Event) -> None:
        _select(self.body_part_combo, event.body_part)
        _select(self.side_combo, event.side)
        _select(self.state_combo, event.state)
        self.woke_check.setChecked(event.woke_baby)
        _select(self.rhythmic_combo, event.rhythmic)
        _select(self.stopped_combo, event.stopped_on_waking)
        self.duration_spin.setValue(event.duration_s or 0.0)
        for sign, check in self.sign_checks.items():
            check.setChecked(sign in event.signs)
        self.note_edit.setText(event.note)
        self.video_edit.setText(event.video or "")

    def edited_event(self) -> Event:
        """The event as the fields describe it (same id, time and kind)."""
        rhythmic = self.rhythmic_combo.currentData()
        stopped = self.stopped_combo.currentData()
        duration = self.duration_spin.value() if self._event.kind == "episode" else self._event.duration_s
        signs = frozenset(sign for sign, check in self.sign_checks.items() if check.isChecked())
        # A pause length belongs to a breathing pause: unmarking the pause drops its length too.
        pause_length = self._event.pause_length if "breathing_pause" in signs else None
        return replace(
            self._event,
            body_part=str(self.body_part_combo.currentData()),
            side=str(self.side_combo.currentData()),
            state=str(self.state_combo.currentData()),
            woke_baby=self.woke_check.isChecked(),
            rhythmic=None if rhythmic is None else bool(rhythmic),
            stopped_on_waking=None if stopped is None else str(stopped),
            duration_s=duration,
            signs=signs,
            pause_length=pause_length,
            note=self.note_edit.text().strip(),
            video=self.video_edit.text().strip() or None,
        )

    def problems(self, event: Event) -> list[str]:
        """What stops the edited event from being saved, as sentences."""
        now: datetime = self._clock()
        return [sentence(m) for m in validate_event(event, now, self._sleep, self._baby)]

    @Slot()
    def _on_buttons_accepted(self) -> None:
        after = self.edited_event()
        problems = self.problems(after)
        if problems:
            self.error_label.setText(self.tr("\n").join(problems))
            self.error_label.show()
            fit_height(self)
            return
        if after == self._event:
            self.accept()
            return
        try:
            commands.push(self._stack, commands.update_event(self._diary, self._event, after))
        except StoreError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            fit_height(self)
            return
        self.saved = after
        self.accept()

    @Slot()
    def _on_video_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Choose the video you took",
            "",
            "Videos (*.mp4 *.mov *.m4v *.webm *.mkv *.avi);;All files (*)",
        )
        if path:
            self.video_edit.setText(path)

    def _build_video_line(self) -> None:
        """The video field, with buttons to choose a file and to open it in the video player."""
        self.video_edit = QLineEdit()
        self.video_edit.setAccessibleName(self.tr("Video file or link"))
        self.video_edit.setPlaceholderText(self.tr("a clip you took (file or link, optional)"))
        self.video_edit.setMinimumHeight(TOUCH_HEIGHT)
        video_button = QPushButton(self.tr("Choose…"))
        video_button.setAccessibleName(self.tr("Choose a video file"))
        video_button.clicked.connect(self._on_video_button_clicked)
        self.open_video_button = QPushButton(self.tr("Open"))
        self.open_video_button.setObjectName("open_video")
        self.open_video_button.setAccessibleName(self.tr("Open the video in the video player"))
        self.open_video_button.clicked.connect(self._on_open_video_button_clicked)
        self.open_video_button.setEnabled(False)  # until there is a file or link to open
        self.video_edit.textChanged.connect(
            lambda text: self.open_video_button.setEnabled(bool(text.strip()))
        )
        self._video_line = QHBoxLayout()
        self._video_line.addWidget(self.video_edit)
        self._video_line.addWidget(video_button)
        self._video_line.addWidget(self.open_video_button)

    @Slot()
    def _on_open_video_button_clicked(self) -> None:
        from desktop.ui.video_opener import open_video

        open_video(self, self.video_edit.text())

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        diary: Diary,
        undo_stack: QUndoStack,
        event: Event,
        *,
        sleep: Sleep | None = None,
        baby: Baby | None = None,
        clock: Clock = local_now,
    ) -> Event | None:
        """Show the dialog modally; the event saved, or None if nothing was saved."""
        dialog = cls(diary, undo_stack, event, parent, sleep=sleep, baby=baby, clock=clock)
        dialog.exec()
        return dialog.saved
