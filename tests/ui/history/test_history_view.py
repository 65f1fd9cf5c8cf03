"""The history view on a real diary: the parent browses sleeps, deletes and edits, and undoes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QStyle, QTableView, QToolButton
from pytestqt.qtbot import QtBot
from tests.ui.history_support import NOW, add_sleep, at, set_wall

from desktop.core.model import Baby, Event, new_id
from desktop.store.diary import Diary
from desktop.store.errors import WriteFailedError
from desktop.ui import commands
from desktop.ui.history.event_editor import EventEditor
from desktop.ui.history.sleep_dialog import SleepDialog
from desktop.ui.history.view import HistoryView


@pytest.fixture
def stack() -> Iterator[QUndoStack]:
    """The window's undo stack."""
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


@pytest.fixture
def view(qtbot: QtBot, diary: Diary, stack: QUndoStack) -> HistoryView:
    """The history view, shown, with a fixed 'now'."""
    widget = HistoryView(diary, stack, clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def rows(table: QTableView) -> list[list[str]]:
    """Every cell's text, as the parent reads it."""
    model = table.model()
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def press(qtbot: QtBot, table: QTableView, key: Qt.Key) -> None:
    """Focus a table and press a key on it."""
    table.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, key)


def test_sleeps_are_listed_newest_first_with_their_counts(
    view: HistoryView, diary: Diary, baby: Baby
) -> None:
    add_sleep(diary, baby, at(18, 13), at(18, 14, 30), twitches=5, episodes=1, signs=2, woke=2)
    add_sleep(diary, baby, at(19, 20), at(20, 6), kind="night", twitches=2)
    add_sleep(diary, baby, at(20, 11), None, twitches=1)
    view.set_baby(baby)
    assert view.title_label.text() == "Sleeps of Mia"
    assert rows(view.sleep_table) == [
        ["Fri 20 Nov 2026", "11:00–running", "nap", "1 h 00 min so far", "1", "0", "0", "0"],
        ["Thu 19 Nov 2026", "20:00–06:00", "night", "10 h 00 min", "2", "0", "0", "0"],
        ["Wed 18 Nov 2026", "13:00–14:30", "nap", "1 h 30 min", "5", "1", "2", "2"],
    ]
    assert view.pages.currentIndex() == 1


def test_choosing_a_sleep_shows_its_events(view: HistoryView, diary: Diary, baby: Baby) -> None:
    add_sleep(diary, baby, at(18, 13), at(18, 14, 30), twitches=2, episodes=1, signs=1)
    add_sleep(diary, baby, at(19, 13), at(19, 14), twitches=1)
    view.set_baby(baby)
    assert view.event_model.rowCount() == 1  # the newest sleep is chosen first
    view.sleep_table.selectRow(1)
    assert rows(view.event_table) == [
        ["13:01:00", "twitch", "not sure", "not sure", "asleep", "", "", "", "", "", ""],
        ["13:02:00", "twitch", "not sure", "not sure", "asleep", "", "", "", "", "", ""],
        ["13:03:00", "episode", "arm", "not sure", "asleep", "12 s", "", "yes", "", "", ""],
        ["13:04:00", "sign seen", "not sure", "not sure", "asleep", "", "", "", "stiffening", "", ""],
    ]
    assert view.events_title.text() == "4 events in the nap of Wed 18 Nov 2026, 13:00–14:30"


def test_an_empty_diary_says_how_to_start(view: HistoryView, diary: Diary, baby: Baby) -> None:
    view.set_baby(baby)
    assert view.pages.currentWidget() is view.empty_label
    assert view.empty_label.text().startswith("No sleeps yet for Mia.")
    assert not view.delete_sleep_action.isEnabled()
    assert view.add_sleep_action.isEnabled()
    view.set_baby(None)
    assert view.empty_label.text() == "Add a baby to start the diary."
    assert not view.add_sleep_action.isEnabled()


def test_only_the_chosen_twins_sleeps_are_shown(view: HistoryView, diary: Diary, baby: Baby) -> None:
    twin = Baby(id=new_id(), name="Noah", birth_date=baby.birth_date)
    diary.babies.add(twin)
    add_sleep(diary, baby, at(18, 13), at(18, 14), twitches=3)
    add_sleep(diary, twin, at(18, 13), at(18, 15), twitches=7)
    view.set_baby(twin)
    assert [row[4] for row in rows(view.sleep_table)] == ["7"]
    view.set_baby(baby)
    assert [row[4] for row in rows(view.sleep_table)] == ["3"]


def test_delete_key_deletes_a_sleep_and_undo_brings_back_every_event(
    qtbot: QtBot, view: HistoryView, diary: Diary, baby: Baby, stack: QUndoStack
) -> None:
    older, _ = add_sleep(diary, baby, at(18, 13), at(18, 14), twitches=1)
    sleep, events = add_sleep(diary, baby, at(19, 13), at(19, 14), twitches=4, episodes=1, signs=1)
    view.set_baby(baby)
    assert view.current_sleep() == sleep
    press(qtbot, view.sleep_table, Qt.Key.Key_Delete)

    assert diary.sleeps.get(sleep.id) is None
    assert diary.events.in_sleep(sleep.id) == []
    assert [r[0] for r in rows(view.sleep_table)] == ["Wed 18 Nov 2026"]
    assert view.current_sleep() == older
    assert "with its 6 events" in view.status_label.text()

    stack.undo()
    assert diary.sleeps.get(sleep.id) == sleep
    assert diary.events.in_sleep(sleep.id) == events
    assert [r[4] for r in rows(view.sleep_table)] == ["4", "1"]

    stack.redo()
    assert diary.sleeps.get(sleep.id) is None
    assert diary.events.in_sleep(sleep.id) == []
    assert view.sleep_model.rowCount() == 1


def test_delete_key_on_an_event_deletes_only_that_event(
    qtbot: QtBot, view: HistoryView, diary: Diary, baby: Baby, stack: QUndoStack
) -> None:
    sleep, events = add_sleep(diary, baby, at(19, 13), at(19, 14), twitches=3)
    view.set_baby(baby)
    press(qtbot, view.sleep_table, Qt.Key.Key_Return)  # open the sleep: focus moves to its events
    assert view.event_table.hasFocus()
    view.event_table.selectRow(1)
    qtbot.keyClick(view.event_table, Qt.Key.Key_Delete)
    assert diary.events.in_sleep(sleep.id) == [events[0], events[2]]
    assert diary.sleeps.get(sleep.id) == sleep
    assert rows(view.sleep_table)[0][4] == "2"
    assert view.event_model.rowCount() == 2
    stack.undo()
    assert diary.events.in_sleep(sleep.id) == events
    assert rows(view.sleep_table)[0][4] == "3"


def test_enter_on_an_event_opens_the_editor_and_the_change_is_stored_and_undoable(
    *,
    qtbot: QtBot,
    view: HistoryView,
    diary: Diary,
    baby: Baby,
    stack: QUndoStack,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, events = add_sleep(diary, baby, at(19, 13), at(19, 14), twitches=2)
    view.set_baby(baby)

    def parent_marks_the_left_hand(self: EventEditor) -> int:
        qtbot.addWidget(self)
        self.body_part_combo.setCurrentIndex(self.body_part_combo.findData("hand"))
        self.side_combo.setCurrentIndex(self.side_combo.findData("left"))
        self.woke_check.setChecked(True)
        self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        return self.result()

    monkeypatch.setattr(EventEditor, "exec", parent_marks_the_left_hand)
    press(qtbot, view.sleep_table, Qt.Key.Key_Return)
    qtbot.keyClick(view.event_table, Qt.Key.Key_Return)

    stored = diary.events.get(events[0].id)
    assert stored is not None
    assert (stored.body_part, stored.side, stored.woke_baby) == ("hand", "left", True)
    assert rows(view.event_table)[0][2:4] == ["hand", "left"]
    assert rows(view.sleep_table)[0][7] == "1"
    stack.undo()
    assert diary.events.get(events[0].id) == events[0]
    assert rows(view.event_table)[0][2:4] == ["not sure", "not sure"]


def test_a_past_sleep_added_by_hand_is_stored_shown_and_chosen(
    *,
    qtbot: QtBot,
    view: HistoryView,
    diary: Diary,
    baby: Baby,
    stack: QUndoStack,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_sleep(diary, baby, at(19, 13), at(19, 14))
    view.set_baby(baby)

    def parent_enters_last_nights_sleep(self: SleepDialog) -> int:
        qtbot.addWidget(self)
        set_wall(self.start_edit, at(17, 19, 30))
        set_wall(self.end_edit, at(18, 5, 45))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData("night"))
        self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        assert self.error_label.text() == ""
        return self.result()

    monkeypatch.setattr(SleepDialog, "exec", parent_enters_last_nights_sleep)
    view.add_sleep_action.trigger()

    sleeps = diary.sleeps.for_baby(baby.id)
    assert (sleeps[0].start, sleeps[0].end, sleeps[0].kind) == (at(17, 19, 30), at(18, 5, 45), "night")
    assert stack.count() == 1
    assert view.sleep_model.rowCount() == 2
    assert rows(view.sleep_table)[view.sleep_table.currentIndex().row()][:3] == [
        "Tue 17 Nov 2026",
        "19:30–05:45",
        "night",
    ]
    stack.undo()
    assert len(diary.sleeps.for_baby(baby.id)) == 1
    assert view.sleep_model.rowCount() == 1


def test_a_tap_logged_elsewhere_updates_the_counts(
    view: HistoryView, diary: Diary, baby: Baby, stack: QUndoStack
) -> None:
    sleep, _ = add_sleep(diary, baby, at(20, 11), None, twitches=1)
    view.set_baby(baby)
    tap = Event(id=new_id(), baby_id=baby.id, sleep_id=sleep.id, at=at(20, 11, 30), kind="twitch")
    commands.push(stack, commands.add_event(diary, tap))  # as the bedside view does
    assert rows(view.sleep_table)[0][4] == "2"
    assert view.event_model.rowCount() == 2


def test_changes_made_while_hidden_show_when_the_view_is_shown(
    view: HistoryView, diary: Diary, baby: Baby, stack: QUndoStack
) -> None:
    sleep, _ = add_sleep(diary, baby, at(20, 11), None, twitches=1)
    view.set_baby(baby)
    view.hide()
    tap = Event(id=new_id(), baby_id=baby.id, sleep_id=sleep.id, at=at(20, 11, 30), kind="twitch")
    commands.push(stack, commands.add_event(diary, tap))
    view.show()
    assert rows(view.sleep_table)[0][4] == "2"


def test_every_control_is_named_for_assistive_technology(view: HistoryView, baby: Baby) -> None:
    view.set_baby(baby)
    assert view.sleep_table.accessibleName() == "Sleeps"
    assert view.event_table.accessibleName() == "Events in the sleep"
    names = {action.objectName() for action in view.findChildren(type(view.add_sleep_action))}
    assert {
        "history_add_sleep",
        "history_edit_sleep",
        "history_delete_sleep",
        "history_edit_event",
        "history_delete_event",
    } <= names
    assert view.delete_sleep_action.shortcut().toString() == "Del"
    buttons = view.findChildren(QToolButton)
    assert len(buttons) == 5
    assert all(
        button.accessibleName() and button.focusPolicy() & Qt.FocusPolicy.TabFocus for button in buttons
    )


def test_f2_edits_the_chosen_sleep_and_the_list_follows(
    *,
    qtbot: QtBot,
    view: HistoryView,
    diary: Diary,
    baby: Baby,
    stack: QUndoStack,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sleep, _ = add_sleep(diary, baby, at(19, 13), at(19, 14))
    view.set_baby(baby)

    def parent_makes_it_a_night(self: SleepDialog) -> int:
        qtbot.addWidget(self)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData("night"))
        self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        return self.result()

    monkeypatch.setattr(SleepDialog, "exec", parent_makes_it_a_night)
    press(qtbot, view.sleep_table, Qt.Key.Key_F2)
    assert diary.sleeps.get(sleep.id) == replace(sleep, kind="night")
    assert rows(view.sleep_table)[0][2] == "night"
    assert view.status_label.text() == "Sleep changed. Undo (Ctrl+Z) puts it back."
    stack.undo()
    assert rows(view.sleep_table)[0][2] == "nap"
    assert view.status_label.text() == ""


def test_a_failed_write_shows_its_message_and_changes_nothing(
    *,
    qtbot: QtBot,
    view: HistoryView,
    diary: Diary,
    baby: Baby,
    stack: QUndoStack,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sleep, events = add_sleep(diary, baby, at(19, 13), at(19, 14), twitches=2)
    view.set_baby(baby)

    def disk_full(_sleep_id: str) -> None:
        raise WriteFailedError("database or disk is full")

    monkeypatch.setattr(diary.sleeps, "delete", disk_full)
    press(qtbot, view.sleep_table, Qt.Key.Key_Delete)
    assert view.error_label.isVisible()
    assert view.error_label.text() == (
        "Could not save to the diary (database or disk is full); nothing was changed."
    )
    assert stack.count() == 0
    assert diary.sleeps.get(sleep.id) == sleep
    assert diary.events.in_sleep(sleep.id) == events
    assert view.sleep_model.rowCount() == 1


def test_an_episode_after_many_twitches_is_not_cut_to_epis(
    view: HistoryView, diary: Diary, baby: Baby
) -> None:
    # The columns are sized from the first 40 rows: here all twitches, then an episode and a sign.
    add_sleep(diary, baby, at(18, 13), at(18, 14, 30), twitches=50, episodes=1, signs=1)
    view.set_baby(baby)
    table = view.event_table
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    metrics = table.fontMetrics()
    longest = {1: "sign seen", 2: "whole body", 3: "both sides", 4: "drowsy"}  # of each column's list
    for column, word in longest.items():
        words = {str(table.model().index(row, column).data()) for row in range(table.model().rowCount())}
        room = table.columnWidth(column) - margin
        cut = {w for w in words | {word} if metrics.elidedText(w, Qt.TextElideMode.ElideRight, room) != w}
        assert not cut, (column, cut)
