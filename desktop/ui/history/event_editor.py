"""Dialog to correct one logged event: what moved, how, what was seen; saved as an undoable change."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, Slot
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import (
    BODY_PARTS,
    PAUSE_LENGTHS,
    SIDES,
    SIGNS,
    STATES,
    STOPPED_ON_WAKING,
    Baby,
    Event,
    Sleep,
)
from desktop.core.validation import MAX_EPISODE_S, validate_event
from desktop.core.value_labels import not_sure
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.ui import commands, file_dialogs
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.form_parts import (
    TOUCH_HEIGHT,
    FieldsScroll,
    calendar_popup,
    fit_height,
    fit_to_screen,
    sentence,
)
from desktop.ui.history.event_details import NOT_NOTED, RHYTHMIC_WORDS, time_text
from desktop.ui.history.sleep_dialog import Clock, local_now, to_aware
from desktop.ui.overrides import override
from desktop.ui.translation import translate
from desktop.ui.user_folders import video_start
from desktop.ui.value_labels import (
    BODY_PART_LABELS,
    EVENT_KIND_LABELS,
    PAUSE_LENGTH_LABELS,
    SIDE_LABELS,
    SIGN_LABELS,
    STATE_LABELS,
    STOPPED_ON_WAKING_LABELS,
    date_text,
)

_TIME_FORMAT = "ddd d MMM yyyy  HH:mm:ss"
# validate_event's words for a moved time, said as what to do about it.
_TIME_PROBLEMS = {
    "time is outside its sleep": "The time must be within its sleep ({span}). Pick a time inside it.",
    "time is in the future": "The time is in the future. Pick a time that has passed.",
    "time is before the birth date": "The time is before the birth date.",
}


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
        self.setWindowTitle(self.tr("Edit {kind}").format(kind=kind))

        self._make_widgets(event)
        self._build_layout(event)
        self.setMinimumWidth(820)
        # After the style sheet is applied: its min-height would otherwise win.
        self.note_edit.ensurePolished()
        self.note_edit.setFixedHeight(TOUCH_HEIGHT * 2)  # three lines; a longer note scrolls
        self.duration_spin.setVisible(event.kind == "episode")
        self._fill(event)

    def _make_time_edit(self) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setObjectName("event_time")
        edit.setTimeZone(QTimeZone.utc())  # a plain wall-clock time: see sleep_dialog
        edit.setDisplayFormat(_TIME_FORMAT)
        calendar_popup(edit)
        edit.setAccessibleName(self.tr("Date and time"))
        edit.setMinimumHeight(TOUCH_HEIGHT)
        if self._sleep is not None:
            edit.setToolTip(self.tr("Within the sleep: {span}").format(span=self._sleep_span(self._sleep)))
        return edit

    def _make_widgets(self, event: Event) -> None:
        kind = EVENT_KIND_LABELS.get(event.kind, event.kind).capitalize()
        heading = translate("EventDetails", "{kind} at {time}").format(kind=kind, time=time_text(event))
        self.heading = QLabel(heading)
        self.heading.setObjectName("event_heading")
        self.heading.setAccessibleName(self.tr("Event"))
        self.time_edit = self._make_time_edit()
        self.body_part_combo = _combo(self.tr("Body part"), [(BODY_PART_LABELS[v], v) for v in BODY_PARTS])
        self.side_combo = _combo(self.tr("Side"), [(SIDE_LABELS[v], v) for v in SIDES])
        self.state_combo = _combo(self.tr("Baby's state"), [(STATE_LABELS[v], v) for v in STATES])
        self.woke_check = QCheckBox(self.tr("It woke the baby"))
        self.woke_check.setAccessibleName(self.tr("It woke the baby"))
        self.woke_check.setMinimumHeight(TOUCH_HEIGHT)
        not_noted = translate("EventDetails", NOT_NOTED)
        self.rhythmic_combo = _combo(
            self.tr("Rhythmic"),
            [
                (not_noted, None),
                *((translate("EventDetails", words), value) for value, words in RHYTHMIC_WORDS.items()),
            ],
        )
        self.stopped_combo = _combo(
            self.tr("Stopped on waking"),
            [(not_noted, None), *((STOPPED_ON_WAKING_LABELS[v], v) for v in STOPPED_ON_WAKING)],
        )
        self.pause_combo = _combo(
            self.tr("How long the pause lasted"),
            [(not_sure(), None), *((PAUSE_LENGTH_LABELS[v], v) for v in PAUSE_LENGTHS)],
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
        # Side by side as many as fit (three in English), so the editor fits a 600-pixel-high
        # screen; a longer language wraps them onto more lines rather than cutting their words.
        signs = FlowLayout(self.signs_box, spacing=12, line_spacing=0)
        signs.setContentsMargins(9, 9, 9, 9)
        for sign in SIGNS:
            check = QCheckBox(SIGN_LABELS[sign])
            check.setObjectName(f"sign_{sign}")
            check.setAccessibleName(SIGN_LABELS[sign])
            check.setMinimumHeight(TOUCH_HEIGHT)
            signs.addWidget(check)
            self.sign_checks[sign] = check
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("event_note")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self._build_video_line()
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setAccessibleName(self.tr("Problems"))
        self.error_label.setWordWrap(True)
        self.error_label.hide()

    def _build_layout(self, event: Event) -> None:
        # Two columns of fields, so that the whole editor fits a 600-pixel-high screen; the second
        # goes under the first when a longer language leaves no room beside it.
        form = FlowLayout(spacing=24)
        left: list[tuple[str, QWidget]] = [
            (self.tr("T&ime"), self.time_edit),
            (self.tr("&Body part"), self.body_part_combo),
            (self.tr("&Side"), self.side_combo),
            (self.tr("S&tate"), self.state_combo),
        ]
        right: list[tuple[str, QWidget]] = [
            (self.tr("&Rhythmic"), self.rhythmic_combo),
            (self.tr("Stopped on &waking"), self.stopped_combo),
        ]
        if event.kind == "episode":
            right.append((self.tr("&Duration"), self.duration_spin))
        right.append(("", self.woke_check))
        for rows in (left, right):
            column = QGridLayout()
            for row, (text, widget) in enumerate(rows):
                label = QLabel(text)
                label.setBuddy(widget)
                column.addWidget(label, row, 0)
                column.addWidget(widget, row, 1)
            form.add_layout(column)
        # Made in the dialog, so the theme's style sheet (no icons on these buttons) already applies.
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
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
        fields = QWidget()
        fields.setObjectName("event_fields")
        fields_column = QVBoxLayout(fields)
        fields_column.setContentsMargins(0, 0, 0, 0)
        fields_column.addWidget(self.heading)
        fields_column.addLayout(form)
        fields_column.addWidget(self.signs_box)
        pause_form = QFormLayout()
        pause_label = QLabel(self.tr("The &pause lasted"))
        pause_label.setBuddy(self.pause_combo)
        pause_form.addRow(pause_label, self.pause_combo)
        self._pause_form = pause_form
        fields_column.addLayout(pause_form)
        fields_column.addLayout(note_form)
        fields_column.addWidget(self.error_label)
        fields_column.addStretch(1)
        # On a 600-pixel-high screen the fields scroll; Save and Cancel stay in view below them.
        self.fields_scroll = FieldsScroll(fields, self)
        self.fields_scroll.setObjectName("event_fields_scroll")
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields_scroll, 1)
        layout.addWidget(buttons)
        self.buttons = buttons

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Shown no taller than the screen (1024x600 included): the fields scroll, the buttons stay."""
        super().showEvent(event)
        if not event.spontaneous():  # shown by the app, not restored by the window system
            fit_to_screen(self, first=True)

    def _show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        fit_height(self)
        fit_to_screen(self)
        self.fields_scroll.ensureWidgetVisible(self.error_label)

    @staticmethod
    def _sleep_span(sleep: Sleep) -> str:
        end = "still running" if sleep.end is None else f"{sleep.end:%H:%M:%S}"
        return f"{sleep.start:%H:%M:%S} to {end}, {date_text(sleep.start)}"

    def _fill(self, event: Event) -> None:
        wall = event.at
        self.time_edit.setDateTime(
            QDateTime(
                QDate(wall.year, wall.month, wall.day),
                QTime(wall.hour, wall.minute, wall.second),
                QTimeZone.utc(),
            )
        )
        _select(self.pause_combo, event.pause_length)
        _select(self.body_part_combo, event.body_part)
        _select(self.side_combo, event.side)
        _select(self.state_combo, event.state)
        self.woke_check.setChecked(event.woke_baby)
        _select(self.rhythmic_combo, event.rhythmic)
        _select(self.stopped_combo, event.stopped_on_waking)
        self.duration_spin.setValue(event.duration_s or 0.0)
        for sign, check in self.sign_checks.items():
            check.setChecked(sign in event.signs)
        self.note_edit.setPlainText(event.note)
        self.video_edit.setText(event.video or "")
        self._on_breathing_pause_toggled(self.sign_checks["breathing_pause"].isChecked())
        self.sign_checks["breathing_pause"].toggled.connect(self._on_breathing_pause_toggled)

    @Slot(bool)
    def _on_breathing_pause_toggled(self, marked: bool) -> None:
        # The length belongs to a breathing pause: asked only while one is marked.
        self._pause_form.setRowVisible(self.pause_combo, marked)

    def edited_time(self) -> datetime:
        """The time the editor shows, with its offset; the tap's fraction of a second kept if unmoved."""
        value = self.time_edit.dateTime()
        day, clock = value.date(), value.time()
        wall = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), clock.second())
        original = self._event.at
        if wall == original.replace(tzinfo=None, microsecond=0):
            return original
        return to_aware(wall, original)

    def edited_event(self) -> Event:
        """The event as the fields describe it (same id and kind)."""
        rhythmic = self.rhythmic_combo.currentData()
        stopped = self.stopped_combo.currentData()
        duration = self.duration_spin.value() if self._event.kind == "episode" else self._event.duration_s
        signs = frozenset(sign for sign, check in self.sign_checks.items() if check.isChecked())
        # A pause length belongs to a breathing pause: unmarking the pause drops its length too.
        pause = self.pause_combo.currentData()
        pause_length = str(pause) if "breathing_pause" in signs and pause is not None else None
        return replace(
            self._event,
            at=self.edited_time(),
            body_part=str(self.body_part_combo.currentData()),
            side=str(self.side_combo.currentData()),
            state=str(self.state_combo.currentData()),
            woke_baby=self.woke_check.isChecked(),
            rhythmic=None if rhythmic is None else bool(rhythmic),
            stopped_on_waking=None if stopped is None else str(stopped),
            duration_s=duration,
            signs=signs,
            pause_length=pause_length,
            note=self.note_edit.toPlainText().strip(),
            video=self.video_edit.text().strip() or None,
        )

    def problems(self, event: Event) -> list[str]:
        """What stops the edited event from being saved, as sentences."""
        now: datetime = self._clock()
        span = "" if self._sleep is None else self._sleep_span(self._sleep)
        return [
            _TIME_PROBLEMS[m].format(span=span) if m in _TIME_PROBLEMS else sentence(m)
            for m in validate_event(event, now, self._sleep, self._baby)
        ]

    @Slot()
    def _on_buttons_accepted(self) -> None:
        after = self.edited_event()
        problems = self.problems(after)
        if problems:
            self._show_problem(self.tr("\n").join(problems))
            return
        if after == self._event:
            self.accept()
            return
        try:
            commands.push(self._stack, commands.update_event(self._diary, self._event, after))
        except StoreError as error:
            self._show_problem(str(error))
            return
        self.saved = after
        self.accept()

    @Slot()
    def _on_video_button_clicked(self) -> None:
        path = file_dialogs.open_file(
            self,
            "Choose the video you took",
            video_start(self.video_edit.text().strip()),
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
