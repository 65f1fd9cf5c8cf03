"""History in the real window: an event's time edited within its sleep, and every field shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from tests.ui.history_support import add_sleep, at, set_wall

from desktop.core.model import Baby, Event, new_id
from desktop.store.diary import Diary
from desktop.ui.history.event_editor import EventEditor
from desktop.ui.main_window import MainWindow

LONG_NOTE = (
    "She was asleep on her back after the feed. Both arms jerked together for a while,\n"
    "then her left leg. It stopped the moment I lifted her and she looked at me, calm."
)


@pytest.fixture
def episode(data_dir: Path, mia: Baby) -> Event:
    """A nap of 13:00–14:30 with two twitches and a filmed, noted episode at 13:03 (and tenths)."""
    with Diary(data_dir) as diary:
        sleep, _ = add_sleep(diary, mia, at(18, 13), at(18, 14, 30), twitches=2)
        filmed = Event(
            id=new_id(),
            baby_id=mia.id,
            sleep_id=sleep.id,
            at=at(18, 13, 3) + timedelta(seconds=7, microseconds=400_000),
            kind="episode",
            body_part="arm",
            side="both",
            duration_s=40.0,
            rhythmic=True,
            stopped_on_waking="yes",
            signs=frozenset({"breathing_pause"}),
            pause_length="under_10s",
            video="/home/parent/Videos/arms-night.mp4",
            note=LONG_NOTE,
        )
        diary.events.add(filmed)
    return filmed


def open_history_on(qtbot: QtBot, window: MainWindow, event: Event) -> None:
    """Ctrl+3, then choose the event in the newest sleep's list."""
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    history = window.history
    assert history is not None and window.views.currentWidget() is history
    row = history.event_model.row_of(event.id)
    assert row is not None
    history.event_table.setCurrentIndex(history.event_model.index(row, 0))
    history.event_table.setFocus()
    qtbot.waitUntil(history.event_table.hasFocus)


def with_editor(act: Callable[[EventEditor], None]) -> list[EventEditor]:
    """When the event editor opens, run ``act`` on it; the editors seen are returned."""
    seen: list[EventEditor] = []

    def look() -> None:
        editor = QApplication.activeModalWidget()
        if not isinstance(editor, EventEditor):
            QTimer.singleShot(20, look)
            return
        seen.append(editor)
        act(editor)

    QTimer.singleShot(0, look)
    return seen


def save(editor: EventEditor) -> None:
    """Press Save, as the parent does."""
    editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_every_field_is_shown_with_the_whole_note_and_the_video(
    qtbot: QtBot, window: MainWindow, episode: Event
) -> None:
    open_history_on(qtbot, window, episode)
    assert window.history is not None
    details = window.history.event_details
    assert details.isVisible()
    text = details.text()
    for line in (
        "Episode at 13:03:07.4, Wed 18 Nov 2026",
        "Body part: arm, side: both sides",
        "Baby's state: asleep",
        "Lasted: 40 s",
        "Woke the baby: no",
        "Rhythmic: yes, a steady beat",
        "Stopped on waking: yes, it stopped",
        "The pause lasted: under 10 seconds",
        "Video: /home/parent/Videos/arms-night.mp4",
    ):
        assert line in text.splitlines(), line
    assert f"Note: {LONG_NOTE}" in text  # as written, both lines, nothing cut
    assert details.textFormat() == Qt.TextFormat.PlainText
    model = window.history.event_model
    row = model.row_of(episode.id)
    assert row is not None
    cells = [model.index(row, column).data() for column in range(model.columnCount())]
    assert cells[7:10] == ["yes", "breathing pause", "arms-night.mp4"]
    assert LONG_NOTE in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_moving_an_episode_within_its_sleep_is_stored_reordered_and_undoable(
    qtbot: QtBot, window: MainWindow, episode: Event
) -> None:
    open_history_on(qtbot, window, episode)

    def move(editor: EventEditor) -> None:
        assert editor.note_edit.toPlainText() == LONG_NOTE  # the editor shows the whole note too
        assert editor.pause_combo.isVisible()
        set_wall(editor.time_edit, at(18, 14, 20))
        save(editor)

    seen = with_editor(move)
    qtbot.keyClick(window.history.event_table, Qt.Key.Key_F2)  # type: ignore[union-attr]
    assert seen
    stored = window.diary.events.get(episode.id)
    assert stored is not None
    assert stored.at == at(18, 14, 20)
    assert stored.at.utcoffset() == episode.at.utcoffset()
    assert stored.note == LONG_NOTE and stored.video == episode.video and stored.pause_length == "under_10s"
    history = window.history
    assert history is not None
    assert history.event_model.row_of(episode.id) == 2  # now after the two twitches
    assert "Episode at 14:20:00" in history.event_details.text()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.undo_stack.undo()
    assert window.diary.events.get(episode.id) == episode  # to the tenth of a second


@pytest.mark.parametrize(
    ("moved_to", "message"),
    [
        (
            at(18, 14, 45),
            "The time must be within its sleep (13:00:00 to 14:30:00, Wed 18 Nov 2026)."
            " Pick a time inside it.",
        ),
        (at(18, 12, 59), "The time must be within its sleep"),
    ],
)
def test_a_time_outside_the_sleep_is_refused_with_a_message_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, episode: Event, moved_to: datetime, message: str
) -> None:
    open_history_on(qtbot, window, episode)
    shown: list[str] = []

    def try_it(editor: EventEditor) -> None:
        set_wall(editor.time_edit, moved_to)
        save(editor)
        assert editor.isVisible()  # still open, for the parent to correct
        shown.append(editor.error_label.text())
        editor.reject()

    seen = with_editor(try_it)
    qtbot.keyClick(window.history.event_table, Qt.Key.Key_Return)  # type: ignore[union-attr]
    assert seen and shown
    assert shown[0].startswith(message)
    assert window.diary.events.get(episode.id) == episode
    assert window.undo_stack.count() == 0


def test_a_time_in_the_future_is_refused(qtbot: QtBot, window: MainWindow, mia: Baby) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Space)  # a sleep starts now, with one twitch
    (twitch,) = window.diary.events.all()
    open_history_on(qtbot, window, twitch)
    shown: list[str] = []

    def try_it(editor: EventEditor) -> None:
        set_wall(editor.time_edit, datetime.now().astimezone() + timedelta(hours=1))
        save(editor)
        shown.append(editor.error_label.text())
        editor.reject()

    with_editor(try_it)
    qtbot.keyClick(window.history.event_table, Qt.Key.Key_F2)  # type: ignore[union-attr]
    assert shown and "The time is in the future." in shown[0]
    assert window.diary.events.all() == [twitch]


def test_unmarking_the_breathing_pause_hides_and_drops_its_length(
    qtbot: QtBot, window: MainWindow, episode: Event
) -> None:
    open_history_on(qtbot, window, episode)

    def unmark(editor: EventEditor) -> None:
        editor.sign_checks["breathing_pause"].setChecked(False)
        assert not editor.pause_combo.isVisible()
        save(editor)

    with_editor(unmark)
    qtbot.keyClick(window.history.event_table, Qt.Key.Key_F2)  # type: ignore[union-attr]
    stored = window.diary.events.get(episode.id)
    assert stored is not None and stored.signs == frozenset() and stored.pause_length is None
    assert "The pause lasted" not in window.history.event_details.text()  # type: ignore[union-attr]
