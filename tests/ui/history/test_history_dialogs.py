"""Adding and editing a sleep by hand, and correcting an event: refused with a message, or stored."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
)
from pytestqt.qtbot import QtBot
from tests.ui.history_support import NOW, add_sleep, at, set_wall

from desktop.core.model import Baby, Event, Sleep
from desktop.store.diary import Diary
from desktop.ui.history.event_editor import EventEditor
from desktop.ui.history.sleep_dialog import SleepDialog, to_aware


@pytest.fixture
def stack() -> Iterator[QUndoStack]:
    """The window's undo stack."""
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


def save(dialog: QDialog) -> None:
    """Press the dialog's Save button."""
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def open_sleep_dialog(
    qtbot: QtBot, diary: Diary, stack: QUndoStack, baby: Baby, existing: Sleep | None = None
) -> SleepDialog:
    """The sleep dialog as the history view opens it."""
    dialog = SleepDialog(diary, stack, baby, existing, clock=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (
            at(18, 14),
            at(18, 15),
            "It overlaps the nap of Wed 18 Nov 2026, 13:00–14:30."
            " Change the times, or edit that sleep first.",
        ),
        (at(18, 12), at(18, 16), "It overlaps the nap of Wed 18 Nov 2026"),
        (at(20, 11, 30), at(20, 12, 30), "End is in the future."),
        (at(21, 1), at(21, 2), "Start is in the future."),
        (at(15, 10), at(16, 10, 5), "A sleep can last at most 24 hours."),
        (at(17, 14), at(17, 13), "The end must be after the start."),
        (at(17, 14), at(17, 14), "The end must be after the start."),
        (at(20, 13, month=7), at(20, 14, month=7), "Start is before the birth date."),
    ],
)
def test_a_bad_past_sleep_is_refused_with_a_message_and_nothing_stored(
    *,
    qtbot: QtBot,
    diary: Diary,
    baby: Baby,
    stack: QUndoStack,
    start: datetime,
    end: datetime,
    message: str,
) -> None:
    existing, _ = add_sleep(diary, baby, at(18, 13), at(18, 14, 30), twitches=2)
    dialog = open_sleep_dialog(qtbot, diary, stack, baby)
    set_wall(dialog.start_edit, start)
    set_wall(dialog.end_edit, end)
    save(dialog)
    assert message in dialog.error_label.text()
    assert dialog.error_label.isVisible()
    assert dialog.isVisible()
    assert dialog.saved is None
    assert diary.sleeps.for_baby(baby.id) == [existing]
    assert stack.count() == 0


def test_a_good_past_sleep_is_stored_and_undoable(
    qtbot: QtBot, diary: Diary, baby: Baby, stack: QUndoStack
) -> None:
    add_sleep(diary, baby, at(18, 13), at(18, 14, 30))
    dialog = open_sleep_dialog(qtbot, diary, stack, baby)
    assert dialog.windowTitle() == "Add a past sleep for Mia"
    set_wall(dialog.start_edit, at(17, 19, 45))
    set_wall(dialog.end_edit, at(18, 6, 10))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("night"))
    qtbot.keyClicks(dialog.note_edit, "teething")
    assert dialog.length_label.text() == "10 h 25 min"
    save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None
    stored = diary.sleeps.get(dialog.saved.id)
    assert stored == Sleep(
        id=dialog.saved.id,
        baby_id=baby.id,
        start=at(17, 19, 45),
        end=at(18, 6, 10),
        kind="night",
        note="teething",
    )
    assert stack.undoText() == "Add past sleep"
    stack.undo()
    assert diary.sleeps.get(dialog.saved.id) is None


def test_the_stores_overlap_check_is_a_backstop(
    qtbot: QtBot, diary: Diary, baby: Baby, stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another caregiver's import could land a sleep between the dialog's check and the save.
    existing, _ = add_sleep(diary, baby, at(18, 13), at(18, 14, 30))
    monkeypatch.setattr("desktop.ui.history.sleep_dialog.overlaps", lambda *_: None)
    dialog = open_sleep_dialog(qtbot, diary, stack, baby)
    set_wall(dialog.start_edit, at(18, 14))
    set_wall(dialog.end_edit, at(18, 15))
    save(dialog)
    assert dialog.error_label.text() == "This sleep overlaps another sleep of the same baby."
    assert diary.sleeps.for_baby(baby.id) == [existing]
    assert stack.count() == 0


def test_editing_a_sleep_changes_times_kind_and_note_and_undo_restores(
    qtbot: QtBot, diary: Diary, baby: Baby, stack: QUndoStack
) -> None:
    sleep, _ = add_sleep(diary, baby, at(18, 13), at(18, 14, 30), twitches=3)
    dialog = open_sleep_dialog(qtbot, diary, stack, baby, sleep)
    assert not dialog.running_check.isVisible()
    set_wall(dialog.end_edit, at(18, 15, 10))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("night"))
    dialog.note_edit.setText("slept in the car")
    save(dialog)
    expected = replace(sleep, end=at(18, 15, 10), kind="night", note="slept in the car")
    assert diary.sleeps.get(sleep.id) == expected
    stack.undo()
    assert diary.sleeps.get(sleep.id) == sleep
    stack.redo()
    assert diary.sleeps.get(sleep.id) == expected


def test_a_sleep_cannot_shrink_past_its_events(
    qtbot: QtBot, diary: Diary, baby: Baby, stack: QUndoStack
) -> None:
    sleep, _ = add_sleep(diary, baby, at(18, 13), at(18, 14, 30), twitches=3)  # taps at 13:01–13:03
    dialog = open_sleep_dialog(qtbot, diary, stack, baby, sleep)
    set_wall(dialog.start_edit, at(18, 13, 3))
    save(dialog)
    assert dialog.error_label.text() == (
        "2 logged events fall outside these times. Widen the sleep, or delete those events first."
    )
    assert diary.sleeps.get(sleep.id) == sleep
    assert stack.count() == 0


def test_a_running_sleep_stays_running_unless_the_parent_ends_it(
    qtbot: QtBot, diary: Diary, baby: Baby, stack: QUndoStack
) -> None:
    sleep, _ = add_sleep(diary, baby, at(20, 11), None)
    dialog = open_sleep_dialog(qtbot, diary, stack, baby, sleep)
    assert dialog.running_check.isVisible()
    assert dialog.running_check.isChecked()
    assert not dialog.end_edit.isEnabled()
    set_wall(dialog.start_edit, at(20, 10, 45))
    save(dialog)
    assert diary.sleeps.get(sleep.id) == replace(sleep, start=at(20, 10, 45))

    dialog = open_sleep_dialog(qtbot, diary, stack, baby, diary.sleeps.get(sleep.id))
    dialog.running_check.setChecked(False)
    set_wall(dialog.end_edit, at(20, 11, 50))
    save(dialog)
    assert diary.sleeps.get(sleep.id) == Sleep(sleep.id, baby.id, at(20, 10, 45), at(20, 11, 50))
    assert stack.count() == 2


def open_event_editor(qtbot: QtBot, diary: Diary, stack: QUndoStack, baby: Baby, event: Event) -> EventEditor:
    """The event editor as the history view opens it."""
    sleep = diary.sleeps.get(event.sleep_id) if event.sleep_id else None
    editor = EventEditor(diary, stack, event, sleep=sleep, baby=baby, clock=lambda: NOW)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_editing_an_event_stores_every_field_and_undo_restores(
    qtbot: QtBot, diary: Diary, baby: Baby, stack: QUndoStack
) -> None:
    _, events = add_sleep(diary, baby, at(18, 13), at(18, 14), twitches=1)
    tap = events[0]
    editor = open_event_editor(qtbot, diary, stack, baby, tap)
    assert not editor.duration_spin.isVisible()  # a twitch has no duration
    editor.body_part_combo.setCurrentIndex(editor.body_part_combo.findData("foot"))
    editor.side_combo.setCurrentIndex(editor.side_combo.findData("right"))
    editor.state_combo.setCurrentIndex(editor.state_combo.findData("drowsy"))
    editor.woke_check.setChecked(True)
    editor.rhythmic_combo.setCurrentIndex(editor.rhythmic_combo.findData(False))
    editor.stopped_combo.setCurrentIndex(editor.stopped_combo.findData("yes"))
    editor.sign_checks["tremor"].setChecked(True)
    qtbot.keyClicks(editor.note_edit, "during feed dream")
    qtbot.keyClicks(editor.video_edit, "/home/me/clip.mp4")
    save(editor)
    edited = replace(
        tap,
        body_part="foot",
        side="right",
        state="drowsy",
        woke_baby=True,
        rhythmic=False,
        stopped_on_waking="yes",
        signs=frozenset({"tremor"}),
        note="during feed dream",
        video="/home/me/clip.mp4",
    )
    assert diary.events.get(tap.id) == edited
    assert editor.saved == edited
    stack.undo()
    assert diary.events.get(tap.id) == tap
    stack.redo()
    assert diary.events.get(tap.id) == edited


def test_an_episode_keeps_a_positive_duration(
    qtbot: QtBot, diary: Diary, baby: Baby, stack: QUndoStack
) -> None:
    _, events = add_sleep(diary, baby, at(18, 13), at(18, 14), episodes=1)
    editor = open_event_editor(qtbot, diary, stack, baby, events[0])
    assert editor.duration_spin.isVisible()
    assert editor.duration_spin.value() == 12.0
    editor.duration_spin.setValue(0.0)
    save(editor)
    assert editor.error_label.text() == "An episode needs a positive duration."
    assert diary.events.get(events[0].id) == events[0]
    editor.duration_spin.setValue(30.5)
    save(editor)
    assert diary.events.get(events[0].id) == replace(events[0], duration_s=30.5)
    assert stack.count() == 1


def test_a_sign_report_needs_a_sign(qtbot: QtBot, diary: Diary, baby: Baby, stack: QUndoStack) -> None:
    _, events = add_sleep(diary, baby, at(18, 13), at(18, 14), signs=1)
    editor = open_event_editor(qtbot, diary, stack, baby, events[0])
    editor.sign_checks["stiffening"].setChecked(False)
    save(editor)
    assert editor.error_label.text() == "A sign needs at least one of the signs."
    assert diary.events.get(events[0].id) == events[0]
    assert stack.count() == 0


def test_saving_without_a_change_pushes_nothing(
    qtbot: QtBot, diary: Diary, baby: Baby, stack: QUndoStack
) -> None:
    sleep, events = add_sleep(diary, baby, at(18, 13), at(18, 14), twitches=1)
    save(open_event_editor(qtbot, diary, stack, baby, events[0]))
    save(open_sleep_dialog(qtbot, diary, stack, baby, sleep))
    assert stack.count() == 0


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's time zone set to Europe/Berlin (summer time starts 2026-03-29 02:00)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("berlin")
def test_picked_times_get_the_offset_in_force_on_that_day() -> None:
    before = to_aware(datetime(2026, 3, 29, 1, 30), None)
    after = to_aware(datetime(2026, 3, 29, 4, 0), None)
    assert before.utcoffset() == timedelta(hours=1)
    assert after.utcoffset() == timedelta(hours=2)
    assert after - before == timedelta(hours=1, minutes=30)  # a night across the change is measured right


@pytest.mark.usefixtures("berlin")
def test_a_time_logged_while_travelling_keeps_that_places_offset() -> None:
    new_york = timezone(timedelta(hours=-5))
    logged = datetime(2026, 1, 10, 21, 0, tzinfo=new_york)
    edited = to_aware(datetime(2026, 1, 10, 21, 30), logged)
    assert edited.utcoffset() == timedelta(hours=-5)
    home = datetime(2026, 1, 10, 21, 0).astimezone()
    assert to_aware(datetime(2026, 7, 10, 21, 30), home).utcoffset() == timedelta(hours=2)


def test_every_dialog_control_is_named_and_reachable_by_keyboard(
    qtbot: QtBot, diary: Diary, baby: Baby, stack: QUndoStack
) -> None:
    sleep, events = add_sleep(diary, baby, at(18, 13), at(18, 14), episodes=1)
    for dialog in (
        open_sleep_dialog(qtbot, diary, stack, baby, sleep),
        open_event_editor(qtbot, diary, stack, baby, events[0]),
    ):
        inputs = dialog.findChildren(QComboBox) + dialog.findChildren(QAbstractButton)
        inputs += [
            edit
            for edit in dialog.findChildren(QLineEdit)
            if not isinstance(edit.parent(), QAbstractSpinBox | QComboBox)
        ]
        inputs += dialog.findChildren(QAbstractSpinBox)
        assert len(inputs) >= 6
        for widget in inputs:
            if not widget.isVisibleTo(dialog):
                continue
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
            name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
            assert name, widget
