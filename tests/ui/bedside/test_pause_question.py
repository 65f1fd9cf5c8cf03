"""The bedside asks how long a marked breathing pause lasted, one tap, and stores the answer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenWindow

from desktop.ui.main_window import MainWindow


def test_marking_a_breathing_pause_asks_how_long_and_stores_the_answer(
    qtbot: QtBot, window: MainWindow
) -> None:
    bedside = window.bedside
    qtbot.mouseClick(bedside.sign_buttons["breathing_pause"], Qt.MouseButton.LeftButton)
    question = bedside.pause_question
    assert question.isVisible()
    assert bedside.help_banner.isVisible(), "help comes first: the length is asked beside it"
    assert "How long" in question.question_label.text()
    (event,) = window.diary.events.all()
    assert event.pause_length is None
    qtbot.mouseClick(question.buttons["under_10s"], Qt.MouseButton.LeftButton)
    stored = window.diary.events.get(event.id)
    assert stored is not None and stored.pause_length == "under_10s"
    assert not question.isVisible()
    assert bedside.logged_label.text() == "pause length saved"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = window.diary.events.get(event.id)
    assert undone is not None and undone.pause_length is None


def test_not_sure_stores_no_length(qtbot: QtBot, window: MainWindow) -> None:
    bedside = window.bedside
    qtbot.mouseClick(bedside.sign_buttons["breathing_pause"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bedside.pause_question.buttons["over_20s"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bedside.sign_buttons["breathing_pause"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bedside.pause_question.buttons["not_sure"], Qt.MouseButton.LeftButton)
    assert [e.pause_length for e in window.diary.events.all()] == ["over_20s", None]


def test_other_signs_do_not_ask(qtbot: QtBot, window: MainWindow) -> None:
    bedside = window.bedside
    qtbot.mouseClick(bedside.sign_buttons["color_change"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bedside.sign_buttons["lost_skills"], Qt.MouseButton.LeftButton)
    assert bedside._pause_question is None or not bedside.pause_question.isVisible()
    assert [sorted(e.signs) for e in window.diary.events.all()] == [["color_change"], ["lost_skills"]]


def test_a_pause_marked_after_an_episode_is_asked_about_and_unmarking_drops_the_length(
    qtbot: QtBot, window: MainWindow
) -> None:
    bedside = window.bedside
    qtbot.keyClick(window, Qt.Key.Key_E)
    qtbot.keyClick(window, Qt.Key.Key_E)
    panel = bedside.episode_panel
    qtbot.mouseClick(panel.buttons["signs"]["breathing_pause"], Qt.MouseButton.LeftButton)
    question = bedside.pause_question
    assert question.isVisible()
    qtbot.mouseClick(question.buttons["10_to_20s"], Qt.MouseButton.LeftButton)
    assert panel.episode is not None
    episode_id = panel.episode.id
    stored = window.diary.events.get(episode_id)
    assert stored is not None and stored.pause_length == "10_to_20s"
    assert stored.signs == frozenset({"breathing_pause"})
    qtbot.mouseClick(panel.buttons["signs"]["breathing_pause"], Qt.MouseButton.LeftButton)
    unmarked = window.diary.events.get(episode_id)
    assert unmarked is not None
    assert (unmarked.signs, unmarked.pause_length) == (frozenset(), None)
    assert not question.isVisible()


def test_the_answer_survives_a_restart(qtbot: QtBot, open_window: OpenWindow, window: MainWindow) -> None:
    qtbot.mouseClick(window.bedside.sign_buttons["breathing_pause"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.bedside.pause_question.buttons["under_10s"], Qt.MouseButton.LeftButton)
    window.close()
    again = open_window()
    assert [e.pause_length for e in again.diary.events.all()] == ["under_10s"]


def test_a_pause_marked_under_ten_seconds_takes_get_help_now_away_and_the_guidance_says_doctor(
    qtbot: QtBot, window: MainWindow
) -> None:
    # guidance.md v2 (emergency_signs): a pause under 10 s with nothing worse is periodic breathing,
    # a doctor item; the bedside's red banner agrees with the rule instead of staying up.
    bedside = window.bedside
    qtbot.mouseClick(bedside.sign_buttons["breathing_pause"], Qt.MouseButton.LeftButton)
    assert bedside.help_banner.isVisible(), "not yet timed: help comes first"
    qtbot.mouseClick(bedside.pause_question.buttons["under_10s"], Qt.MouseButton.LeftButton)
    assert not bedside.help_banner.isVisible()
    findings = bedside.findings_banner
    qtbot.waitUntil(findings.isVisible, timeout=5000)
    assert findings.severity == "doctor"
    assert bedside.tap_area.hasFocus()
    # Undo of the answer: a pause of unknown length is "get help now" again.
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bedside.help_banner.isVisible()
    qtbot.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert not bedside.help_banner.isVisible()


@pytest.mark.parametrize("length", ["10_to_20s", "over_20s", "not_sure"])
def test_a_longer_or_untimed_pause_keeps_get_help_now(qtbot: QtBot, window: MainWindow, length: str) -> None:
    bedside = window.bedside
    qtbot.mouseClick(bedside.sign_buttons["breathing_pause"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bedside.pause_question.buttons[length], Qt.MouseButton.LeftButton)
    assert bedside.help_banner.isVisible()


def test_a_short_pause_with_a_colour_change_is_still_get_help_now(qtbot: QtBot, window: MainWindow) -> None:
    bedside = window.bedside
    qtbot.keyClick(window, Qt.Key.Key_E)
    qtbot.keyClick(window, Qt.Key.Key_E)
    panel = bedside.episode_panel
    qtbot.mouseClick(panel.buttons["signs"]["breathing_pause"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bedside.pause_question.buttons["under_10s"], Qt.MouseButton.LeftButton)
    assert not bedside.help_banner.isVisible()
    qtbot.mouseClick(panel.buttons["signs"]["color_change"], Qt.MouseButton.LeftButton)
    assert bedside.help_banner.isVisible()
