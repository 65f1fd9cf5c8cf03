"""Deleting a baby from the real window: a confirmation that names what goes, then undo brings it back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.ui.history_support import add_sleep, at

from desktop.core.model import Baby, Event, new_id
from desktop.store.diary import Diary
from desktop.ui.baby_delete import BabyRecords, DeleteBabyBox, what_goes
from desktop.ui.main_window import BABY_SETTING, MainWindow

from .conftest import OpenWindow, add_baby


def fill_mia(data_dir: Path, mia: Baby) -> None:
    """Two sleeps (5 twitches, an episode, a sign) and one twitch while awake, between them."""
    with Diary(data_dir) as diary:
        add_sleep(diary, mia, at(18, 13), at(18, 14), twitches=3, episodes=1)
        add_sleep(diary, mia, at(19, 20), at(19, 22), kind="night", twitches=2, signs=1)
        awake = Event(id=new_id(), baby_id=mia.id, sleep_id=None, at=at(19, 15), kind="twitch", state="awake")
        diary.events.add(awake)


def answer_box(qtbot: QtBot, choose: str, seen: list[DeleteBabyBox]) -> None:
    """When the confirmation opens, remember it and press its button ``choose`` (delete or keep)."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, DeleteBabyBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box)
        button = box.delete_button if choose == "delete" else box.keep_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)


def delete_from_menu(qtbot: QtBot, window: MainWindow) -> None:
    """Baby › Delete baby…, as the parent chooses it; the window is active again afterwards."""
    action = window.actions_by_name["delete_baby"]
    assert action in window.baby_menu.menu.actions()
    assert action.isEnabled()
    action.trigger()
    # A desktop gives the focus back to the window once the question closes; offscreen Qt does not.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def stored(data_dir_diary: Diary) -> tuple[int, int, int]:
    """How many babies, sleeps and events the diary holds."""
    return (
        len(data_dir_diary.babies.all()),
        len(data_dir_diary.sleeps.all()),
        len(data_dir_diary.events.all()),
    )


@pytest.fixture
def filled(data_dir: Path, mia: Baby) -> Baby:
    """Mia with two sleeps, seven events inside them and one outside."""
    fill_mia(data_dir, mia)
    return mia


def test_the_confirmation_names_the_baby_and_everything_that_goes(
    qtbot: QtBot, open_window: OpenWindow, filled: Baby
) -> None:
    window = open_window()
    seen: list[DeleteBabyBox] = []
    answer_box(qtbot, "keep", seen)
    delete_from_menu(qtbot, window)
    (box,) = seen
    assert box.text() == "Delete Mia from the diary?"
    assert "2 sleeps and 8 events (6 twitches, 1 episode, 1 other sign)" in box.informativeText()
    assert "Undo (Ctrl+Z)" in box.informativeText()
    assert box.defaultButton() is box.keep_button  # Enter never deletes by accident
    assert box.escapeButton() is box.keep_button
    # "Keep": nothing changed.
    assert stored(window.diary) == (1, 2, 8)
    assert window.baby is not None and window.baby.id == filled.id


def test_deleting_the_only_baby_removes_its_records_and_undo_brings_all_of_them_back(
    qtbot: QtBot, open_window: OpenWindow, filled: Baby
) -> None:
    window = open_window()
    before = (window.diary.sleeps.all(), window.diary.events.all())
    seen: list[DeleteBabyBox] = []
    answer_box(qtbot, "delete", seen)
    delete_from_menu(qtbot, window)
    assert seen
    assert stored(window.diary) == (0, 0, 0)
    assert window.baby is None
    assert window.views.currentWidget() is window.first_run  # as on a first start: add a baby
    assert not window.actions_by_name["delete_baby"].isEnabled()
    assert "Mia was deleted" in window.statusBar().currentMessage()
    # What is on disk, seen by another connection, is gone too.
    with Diary(window.diary.data_dir) as other:
        assert stored(other) == (0, 0, 0)

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window.diary) == (1, 2, 8)
    assert (window.diary.sleeps.all(), window.diary.events.all()) == before
    assert window.baby == filled
    assert window.views.currentWidget() is window.bedside
    assert "Mia" in window.bedside.sleep_label.text()

    redo_keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, redo_keys)
    assert stored(window.diary) == (0, 0, 0)


def test_deleting_one_twin_shows_the_other_and_undo_shows_the_deleted_one_again(
    qtbot: QtBot, open_window: OpenWindow, data_dir: Path, filled: Baby
) -> None:
    leo = add_baby(data_dir, "Leo", date(2026, 8, 1))
    window = open_window()
    window.select_baby(filled.id)
    seen: list[DeleteBabyBox] = []
    answer_box(qtbot, "delete", seen)
    delete_from_menu(qtbot, window)
    assert [b.name for b in window.diary.babies.all()] == ["Leo"]
    assert window.baby == leo
    assert window.diary.settings.get(BABY_SETTING) == leo.id
    assert window.baby_switcher.count() == 1
    window.undo_stack.undo()
    assert window.baby == filled
    assert sorted(b.name for b in window.diary.babies.all()) == ["Leo", "Mia"]
    assert window.baby_switcher.count() == 2


def test_a_sleep_and_episode_running_at_the_bedside_are_stored_deleted_and_restored_running(
    qtbot: QtBot, window: MainWindow, mia: Baby
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_S)  # a sleep starts
    qtbot.keyClick(window, Qt.Key.Key_E)  # an episode is being timed
    assert window.bedside.episode_running
    seen: list[DeleteBabyBox] = []
    answer_box(qtbot, "delete", seen)
    delete_from_menu(qtbot, window)
    assert "1 sleep and 1 event (1 episode, the one being timed now included)" in seen[0].informativeText()
    assert stored(window.diary) == (0, 0, 0)
    assert not window.bedside.sleep_running
    window.undo_stack.undo()
    running = window.diary.sleeps.running(mia.id)
    assert running is not None
    assert [e.kind for e in window.diary.events.in_sleep(running.id)] == ["episode"]
    assert window.bedside.sleep_running  # the bedside shows the sleep running again


@pytest.mark.parametrize("answer", ["keep", "escape"])
def test_keeping_the_baby_keeps_an_episode_being_timed_running_and_stores_nothing(
    qtbot: QtBot, window: MainWindow, mia: Baby, answer: str
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_S)
    qtbot.keyClick(window, Qt.Key.Key_E)
    steps = window.undo_stack.count()
    seen: list[DeleteBabyBox] = []
    if answer == "keep":
        answer_box(qtbot, "keep", seen)
    else:

        def escape() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, DeleteBabyBox):
                QTimer.singleShot(20, escape)
                return
            seen.append(box)
            qtbot.keyClick(box, Qt.Key.Key_Escape)

        QTimer.singleShot(0, escape)
    delete_from_menu(qtbot, window)
    assert seen
    assert "the one being timed now included" in seen[0].informativeText()
    assert window.bedside.episode_running, "the parent kept the baby: the episode is still being timed"
    assert [e.kind for e in window.diary.events.all()] == []
    assert window.undo_stack.count() == steps
    assert window.bedside.tap_area.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_E)  # the parent ends it when it ends
    assert [e.kind for e in window.diary.events.all()] == ["episode"]


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((0, 0, 0), "1 sleep and no logged events"),
        ((1, 0, 0), "1 sleep and 1 event (1 twitch)"),
        ((2, 3, 0), "1 sleep and 5 events (2 twitches, 3 episodes)"),
        ((0, 0, 2), "1 sleep and 2 events (2 other signs)"),
    ],
)
def test_what_goes_is_said_in_plain_counts(
    diary: Diary, baby: Baby, counts: tuple[int, int, int], expected: str
) -> None:
    twitches, episodes, signs = counts
    add_sleep(diary, baby, at(18, 1), at(18, 9), twitches=twitches, episodes=episodes, signs=signs)
    assert what_goes(BabyRecords.read(diary, baby)) == expected


def test_a_name_with_markup_is_shown_as_typed(qtbot: QtBot, diary: Diary) -> None:
    baby = Baby(id=new_id(), name="<b>Ana</b>", birth_date=date(2026, 8, 1))
    diary.babies.add(baby)
    box = DeleteBabyBox(BabyRecords.read(diary, baby))
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == "Delete <b>Ana</b> from the diary?"


def test_a_failed_delete_says_so_and_keeps_everything(
    qtbot: QtBot, open_window: OpenWindow, filled: Baby, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.store.errors import WriteFailedError

    window = open_window()

    def refuse(_baby_id: str) -> None:
        raise WriteFailedError("the disk is full")

    monkeypatch.setattr(window.diary.babies, "delete", refuse)
    answer_box(qtbot, "delete", [])
    delete_from_menu(qtbot, window)
    assert stored(window.diary) == (1, 2, 8)
    assert window.baby == filled
    assert "the disk is full" in window.bedside.error_label.text()
    assert window.undo_stack.count() == 0
