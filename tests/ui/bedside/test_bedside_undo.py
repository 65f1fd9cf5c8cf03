"""Undo and redo at the bedside: the status line, banners and questions show only what is stored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.ui.conftest import add_baby

from desktop.core.model import Baby
from desktop.ui.main_window import MainWindow


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def undo(window: MainWindow) -> None:
    window.actions_by_name["undo"].trigger()


def redo(window: MainWindow) -> None:
    window.actions_by_name["redo"].trigger()


def test_undo_of_a_breathing_pause_takes_away_its_line_banner_and_question(
    qtbot: QtBot, window: MainWindow
) -> None:
    bedside = window.bedside
    click(qtbot, bedside.sign_buttons["breathing_pause"])
    assert bedside.help_banner.isVisible() and bedside.pause_question.isVisible()
    assert "breathing pause" in bedside.logged_label.text()
    # The guidance finding on the same sign waits behind the red banner.
    qtbot.waitUntil(lambda: bool(window.late.guidance_alerts.pending), timeout=5000)
    undo(window)
    assert window.diary.events.all() == []
    assert bedside.logged_label.text() == "undone: log sign"
    assert not bedside.help_banner.isVisible()
    assert not bedside.pause_question.isVisible()
    assert not bedside.findings_banner.isVisible()  # no second red banner citing the undone sign
    assert window.late.guidance_alerts.pending == []
    redo(window)
    assert bedside.logged_label.text() == "redone: log sign"
    assert bedside.help_banner.isVisible()
    (sign,) = window.diary.events.all()
    assert bedside.help_banner.key == f"event:{sign.id}"
    click(qtbot, bedside.help_banner.acknowledge_button)
    assert not bedside.help_banner.isVisible()
    assert bedside.tap_area.hasFocus()
    undo(window)
    redo(window)
    assert not bedside.help_banner.isVisible()  # acknowledged once: it does not come back


def test_undo_of_an_emergency_answer_withdraws_get_help_now(qtbot: QtBot, window: MainWindow) -> None:
    bedside = window.bedside
    qtbot.keyClick(window, Qt.Key.Key_E)
    qtbot.keyClick(window, Qt.Key.Key_E)
    click(qtbot, bedside.episode_panel.buttons["signs"]["color_change"])
    assert bedside.help_banner.isVisible()
    undo(window)
    assert bedside.logged_label.text() == "undone: answer"
    assert not bedside.help_banner.isVisible()
    assert not bedside.episode_panel.buttons["signs"]["color_change"].isChecked()
    undo(window)
    assert bedside.logged_label.text() == "undone: log episode"
    assert not bedside.episode_panel.isVisible()


def test_undo_of_end_sleep_shows_the_sleep_running_again(qtbot: QtBot, window: MainWindow) -> None:
    bedside = window.bedside
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert "sleep ended" in bedside.logged_label.text()
    undo(window)
    assert bedside.sleep_running
    assert bedside.logged_label.text() == "undone: end sleep"
    assert "since" in bedside.sleep_label.text()
    assert bedside.count_label.text() == "1"
    redo(window)
    assert not bedside.sleep_running
    assert bedside.logged_label.text() == "redone: end sleep"
    assert "just woke at" in bedside.sleep_label.text()


# Each change the bedside makes, and the text its undo says it took back.
CHANGES: list[tuple[str, Callable[[QtBot, MainWindow], None], str]] = [
    ("twitch", lambda qtbot, w: qtbot.keyClick(w, Qt.Key.Key_Space), "log twitch"),
    ("sleep start", lambda qtbot, w: qtbot.keyClick(w, Qt.Key.Key_S), "start sleep"),
    (
        "episode",
        lambda qtbot, w: (qtbot.keyClick(w, Qt.Key.Key_E), qtbot.keyClick(w, Qt.Key.Key_E)),
        "log episode",
    ),
    ("sign", lambda qtbot, w: click(qtbot, w.bedside.sign_buttons["tremor"]), "log sign"),
    (
        "woke",
        lambda qtbot, w: (qtbot.keyClick(w, Qt.Key.Key_Space), qtbot.keyClick(w, Qt.Key.Key_W)),
        "woke the baby",
    ),
]


@pytest.mark.parametrize(("name", "change", "text"), CHANGES, ids=[c[0] for c in CHANGES])
def test_every_change_undone_and_redone_says_so(
    qtbot: QtBot, window: MainWindow, name: str, change: Callable[[QtBot, MainWindow], None], text: str
) -> None:
    bedside = window.bedside
    change(qtbot, window)
    before = (bedside.sleep_running, bedside.count_label.text(), len(window.diary.events.all()))
    undo(window)
    assert bedside.logged_label.text() == f"undone: {text}"
    redo(window)
    assert bedside.logged_label.text() == f"redone: {text}"
    assert (bedside.sleep_running, bedside.count_label.text(), len(window.diary.events.all())) == before
    assert not bedside.help_banner.isVisible()


def test_enter_after_the_episode_questions_never_ends_the_sleep(qtbot: QtBot, window: MainWindow) -> None:
    bedside = window.bedside
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_E)
    qtbot.keyClick(window, Qt.Key.Key_E)
    done = bedside.episode_panel.done_button
    done.setFocus()
    qtbot.keyClick(done, Qt.Key.Key_Return)
    assert not bedside.episode_panel.isVisible()
    assert bedside.tap_area.hasFocus()
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.keyClick(bedside.control_buttons["toggle_sleep"], Qt.Key.Key_Return)
    assert bedside.sleep_running


def test_focus_returns_to_the_tap_area_after_every_panel_and_dialog(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.baby_form import BabyDialog
    from desktop.ui.bedside.dialogs import NoteDialog, VideoPicker

    bedside = window.bedside
    area = bedside.tap_area

    def away() -> None:
        bedside.control_buttons["mark_woke"].setFocus()
        assert not area.hasFocus()

    click(qtbot, bedside.sign_buttons["breathing_pause"])
    away()
    click(qtbot, bedside.pause_question.buttons["10_to_20s"])  # still "get help now"
    assert area.hasFocus()
    assert bedside.help_banner.isVisible()
    away()
    click(qtbot, bedside.help_banner.acknowledge_button)
    assert area.hasFocus()
    bedside.findings_banner.show_message("k", "doctor", "Talk to your pediatrician", "Body.")
    away()
    click(qtbot, bedside.findings_banner.acknowledge_button)
    assert area.hasFocus()
    monkeypatch.setattr(NoteDialog, "ask", classmethod(lambda cls, parent, title, text: "a note"))
    away()
    window.actions_by_name["add_note"].trigger()
    assert area.hasFocus()
    monkeypatch.setattr(VideoPicker, "ask", classmethod(lambda cls, parent: None))
    qtbot.keyClick(window, Qt.Key.Key_E)
    qtbot.keyClick(window, Qt.Key.Key_E)
    away()
    window.actions_by_name["attach_video"].trigger()
    assert area.hasFocus()
    monkeypatch.setattr(BabyDialog, "ask", classmethod(lambda cls, *args, **kwargs: None))
    away()
    window.actions_by_name["add_baby"].trigger()
    assert area.hasFocus()
    away()
    window.actions_by_name["edit_baby"].trigger()
    assert area.hasFocus()


def test_focus_returns_to_the_tap_area_after_the_twins_bar_full_screen_and_a_deleted_twin(
    qtbot: QtBot, open_window: Callable[[], MainWindow], data_dir: Path, mia: Baby
) -> None:
    from desktop.ui.baby_delete import DeleteBabyBox

    leo = add_baby(data_dir, "Leo")
    window = open_window()
    bedside = window.bedside
    area = bedside.tap_area

    def away() -> None:
        bedside.control_buttons["add_note"].setFocus()
        assert not area.hasFocus()

    away()
    click(qtbot, bedside.twins.buttons[leo.id])
    assert window.baby is not None and window.baby.id == leo.id
    assert area.hasFocus()
    window.actions_by_name["toggle_fullscreen"].trigger()
    away()
    click(qtbot, bedside.leave_full_screen_button)
    assert not window.isFullScreen() and area.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the history
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # and back
    assert area.hasFocus()

    def delete() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, DeleteBabyBox):
            QTimer.singleShot(20, delete)
            return
        click(qtbot, box.delete_button)

    away()
    QTimer.singleShot(0, delete)
    window.actions_by_name["delete_baby"].trigger()  # Leo goes; Mia is shown
    window.activateWindow()  # a desktop does this once the question closes; offscreen Qt does not
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert window.baby is not None and window.baby.id == mia.id
    assert area.hasFocus()
