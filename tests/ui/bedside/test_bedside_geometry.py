"""The bedside at 1000x760 (its default), 1280x720 and 1024x600, in both themes: every control is
inside the window at its full size (nothing clipped or elided, nothing to scroll to), and messages
never move the tap area under the finger."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui import themes
from desktop.ui.main_window import MainWindow

SIZES = [(1000, 760), (1280, 720), (1024, 600)]
THEMES = ["night", "day"]


def settle(window: MainWindow, size: tuple[int, int]) -> None:
    # Twice: the first resize may be held by the roomier layout until the compact one applies.
    for _ in range(2):
        window.resize(*size)
        QApplication.processEvents()
    assert (window.width(), window.height()) == size


def shown_controls(bedside: QWidget) -> Iterator[QWidget]:
    for widget in bedside.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, QAbstractButton | QLabel):
            if isinstance(widget, QLabel) and not widget.text():
                continue
            yield widget


def problems(window: MainWindow) -> list[str]:
    """Every shown bedside control that is outside the window, squeezed, or its text cut."""
    for _ in range(3):  # layouts answer posted requests: let them all settle, as before a paint
        QApplication.processEvents()
    found = []
    frame = window.rect()
    layer = window.bedside.messages
    for widget in shown_controls(window.bedside):
        name = widget.objectName() or widget.text()  # type: ignore[attr-defined]
        top_left = widget.mapTo(window, QPoint(0, 0))
        box = QRect(top_left, widget.size())
        if not frame.contains(box):
            found.append(f"{name}: {box} outside the window {frame}")
        hint = widget.sizeHint()
        wraps = isinstance(widget, QLabel) and widget.wordWrap()
        if not wraps and widget.width() < hint.width():
            found.append(f"{name}: {widget.width()} px wide, needs {hint.width()}")
        if widget.height() < widget.minimumSizeHint().height() and widget.objectName() != "count_label":
            found.append(f"{name}: {widget.height()} px high, needs {widget.minimumSizeHint().height()}")
        if layer.isAncestorOf(widget):
            inside = QRect(widget.mapTo(layer.viewport(), QPoint(0, 0)), widget.size())
            if not layer.viewport().rect().contains(inside):
                found.append(f"{name}: {inside} is not all in the message layer's view")
        elif (
            layer.isVisible()
            and window.bedside.tap_area.isAncestorOf(widget)
            and not widget.property("under_messages")  # drawn in no colour while under the layer
        ):
            # A line of the tap area half under the layer shows a strip of letters below its edge.
            over = QRect(layer.mapTo(window, QPoint(0, 0)), layer.size())
            if over.intersects(box) and not over.contains(box):
                found.append(f"{name}: {box} is cut by the message layer's edge {over}")
    return found


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_bedside_control_is_in_the_window_at_full_size(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int], theme: str
) -> None:
    themes.apply(window, theme)
    settle(window, size)
    bedside = window.bedside
    qtbot.keyClick(window, Qt.Key.Key_Space)
    QApplication.processEvents()  # the layout follows the new lines before the next paint
    assert problems(window) == []
    # An episode being timed (its line in the tap area), then its questions.
    bedside.toggle_episode(monotonic_at=time.monotonic() - 65)
    bedside.refresh()
    QApplication.processEvents()
    assert problems(window) == []
    bedside.toggle_episode()
    QApplication.processEvents()
    assert bedside.episode_panel.isVisible()
    assert problems(window) == []
    bedside.episode_panel.done_button.click()
    # A breathing pause: get help now and the one-tap question over the tap area.
    bedside.sign_buttons["breathing_pause"].click()
    QApplication.processEvents()
    assert bedside.help_banner.isVisible() and bedside.pause_question.isVisible()
    assert problems(window) == []
    # A forgotten sleep's line.
    bedside.tap_area.show_notice(
        "The night from Tue 22:41 was still running with nothing logged since 03:12: it was ended "
        "then, 4 h 31 min long. Ctrl+Z takes that back."
    )
    QApplication.processEvents()
    assert problems(window) == []


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_messages_do_not_move_the_tap_area(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
    settle(window, size)
    bedside = window.bedside
    area = bedside.tap_area
    before = area.geometry()
    bedside.sign_buttons["color_change"].click()
    bedside.findings_banner.show_message("k", "doctor", "Talk to your pediatrician", "Woke twice.")
    bedside.show_problem("The twitch was NOT logged: the disk is full.")
    for _ in range(3):
        QApplication.processEvents()
    assert bedside.help_banner.isVisible() and bedside.error_label.isVisible()
    # Its top and sides stay where the finger is; on a short window it may grow downwards (the
    # chip rows below give their height to the messages' room while they show).
    now = area.geometry()
    assert (now.topLeft(), now.width()) == (before.topLeft(), before.width())
    assert now.height() >= before.height()
    # Every message control is in view, not scrolled away.
    assert all(
        QRect(w.mapTo(bedside.messages.viewport(), QPoint(0, 0)), w.size()).intersects(
            bedside.messages.viewport().rect()
        )
        for w in (bedside.help_banner.acknowledge_button, bedside.findings_banner, bedside.error_label)
        if w.isVisible()
    )
    # Laid over the tap area's top, where the parent looks.
    layer = bedside.messages.geometry()
    assert area.geometry().contains(layer)
    assert layer.top() - area.geometry().top() < 20
    for _ in range(4):  # a guidance finding on the sign may wait behind get help now
        for banner in (bedside.help_banner, bedside.findings_banner):
            if banner.isVisible():
                banner.acknowledge_button.click()
    qtbot.keyClick(window, Qt.Key.Key_Space)  # a logged tap hides the error
    for _ in range(3):
        QApplication.processEvents()
    assert not bedside.messages.isVisible()
    assert area.geometry() == before


def test_esc_and_an_on_screen_button_leave_full_screen(qtbot: QtBot, window: MainWindow) -> None:
    button = window.bedside.leave_full_screen_button
    assert not button.isVisible()
    window.actions_by_name["toggle_fullscreen"].trigger()
    assert window.isFullScreen() and not window.menuBar().isVisible()
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not window.isFullScreen() and window.menuBar().isVisible()
    assert not button.isVisible()
    window.actions_by_name["toggle_fullscreen"].trigger()
    assert window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # Esc out of full screen does nothing
    assert not window.isFullScreen()


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_no_strip_of_letters_shows_below_the_episode_questions(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    # The questions' panel covers the count's lines; its edge cut "last twitch … ago" and left the
    # descender of its g showing below (issue 18's walk). What shows below the edge is background.
    themes.apply(window, "night")
    settle(window, size)
    bedside = window.bedside
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Space)
    bedside.toggle_episode(monotonic_at=time.monotonic() - 20)
    bedside.toggle_episode()
    for _ in range(3):
        QApplication.processEvents()
    assert bedside.episode_panel.isVisible()
    layer = QRect(bedside.messages.mapTo(window, QPoint(0, 0)), bedside.messages.size())
    picture = window.grab().toImage()
    background = picture.pixelColor(layer.left() + 4, layer.bottom() + 6)  # the tap area, beside no line
    covered = [label for label in bedside.tap_area.findChildren(QLabel) if label.property("under_messages")]
    assert covered, "the panel covers the count's lines at every size"
    for label in covered:
        box = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
        below = box.intersected(QRect(layer.left(), layer.bottom() + 1, layer.width(), window.height()))
        colours = {
            picture.pixelColor(x, y).name()
            for x in range(below.left(), below.right() + 1, 2)
            for y in range(below.top(), below.bottom() + 1)
        }
        assert colours <= {background.name()}, f"{label.objectName()} shows below the panel: {colours}"
    bedside.episode_panel.done_button.click()
    for _ in range(3):
        QApplication.processEvents()
    assert not any(label.property("under_messages") for label in bedside.tap_area.findChildren(QLabel))
