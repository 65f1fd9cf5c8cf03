"""Nothing bright in the night theme: every grab of the window, its views, menus, drop-down lists
and dialogs stays under a fixed lightness (a white edge or a bright system blue fails)."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QComboBox, QMenu, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import create_window
from desktop.demo import fill_demo_diary
from desktop.store.diary import Diary
from desktop.ui.main_window import MainWindow

# Luma (0-255, Rec. 601) no pixel may pass: the night text is about 156, the accent 120, white 255.
LIMIT = 185
STEP = 2  # every second pixel across and down: a one-pixel edge is still met on every other row


def bright_pixels(image: QImage) -> int:
    """How many sampled pixels of the grab are lighter than ``LIMIT``."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    count = 0
    for y in range(0, image.height(), STEP):
        for x in range(0, image.width(), STEP):
            colour = image.pixelColor(x, y)
            if 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue() > LIMIT:
                count += 1
    return count


@pytest.fixture
def night_window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    with Diary(data_dir) as diary:
        fill_demo_diary(diary, date.today())
    window = create_window(data_dir)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.actions_by_name["theme_night"].trigger()
    window.resize(1000, 760)
    window.show()
    qtbot.waitUntil(lambda: window.start_finished, timeout=5000)
    assert window.theme == "night"
    return window


def grab(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


# Popups ask the window system to raise them and take the keyboard; offscreen cannot.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_no_grab_of_the_night_theme_is_bright(qtbot: QtBot, night_window: MainWindow, tmp_path: Path) -> None:
    window = night_window
    bedside = window.bedside
    shots: dict[str, QImage] = {"bedside": grab(window)}
    bedside.toggle_episode(monotonic_at=time.monotonic() - 40)
    bedside.toggle_episode()
    shots["episode questions"] = grab(window)
    bedside.sign_buttons["breathing_pause"].click()
    shots["get help now"] = grab(window)
    for menu in window.menuBar().findChildren(QMenu):
        if menu.parent() is window.menuBar() and menu.actions():
            menu.popup(QPoint(0, 0))
            shots[f"menu {menu.title()}"] = grab(menu)
            menu.hide()
    window.show_history()
    shots["history"] = grab(window)
    window.show_review()
    from tests.perf.bench_hooks import wait_for_review

    wait_for_review(window, QApplication.instance())  # type: ignore[arg-type]
    shots["review"] = grab(window)
    review = window.review
    assert review is not None
    for tabs in review.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            wait_for_review(window, QApplication.instance())  # type: ignore[arg-type]
            shots[f"review {tabs.tabText(index)}"] = grab(window)
    for combo in review.findChildren(QComboBox):
        if combo.isVisible():
            combo.showPopup()
            shots[f"list {combo.objectName()}"] = grab(combo.view().window())
            combo.hidePopup()
    from desktop.ui.baby_form import BabyDialog

    dialog = BabyDialog(window, window.baby)
    dialog.show()
    shots["baby dialog"] = grab(dialog)
    dialog.reject()
    bright = {name: n for name, image in shots.items() if (n := bright_pixels(image))}
    for name, image in shots.items():
        if name in bright:
            image.save(str(tmp_path / f"{name}.png"))
    assert bright == {}, f"bright pixels (grabs in {tmp_path})"
