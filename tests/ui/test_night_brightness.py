"""Nothing bright in the night theme: every grab of the window, its views, menus, drop-down lists
and dialogs stays under a fixed lightness (a white edge or a bright system blue fails)."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app import create_window
from desktop.demo import fill_demo_diary
from desktop.store.diary import Diary
from desktop.ui.main_window import MainWindow

# Luma (0-255, Rec. 601) no pixel may pass: the night text is about 156, the accent 120, white 255.
LIMIT = 185
VIVID_CHANNEL = 200  # the night theme's most saturated colour, the emergency red, tops out at 181
VIVID_SPREAD = 120


def bright_pixels(image: QImage) -> int:
    """How many pixels of the grab (every one: a one-pixel edge counts) are light or vivid."""
    import numpy as np

    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    pixels = rows[:, : image.width() * 4].reshape(image.height(), image.width(), 4).astype(np.float32)
    blue, green, red = pixels[..., 0], pixels[..., 1], pixels[..., 2]  # RGB32 is B, G, R, A in memory
    light = 0.299 * red + 0.587 * green + 0.114 * blue > LIMIT
    # A vivid colour glows in the dark even when its lightness is low (Qt's pure red weekend
    # days are 76): no channel above VIVID_CHANNEL with the others far below it.
    brightest = np.maximum(np.maximum(red, green), blue)
    dullest = np.minimum(np.minimum(red, green), blue)
    vivid = (brightest > VIVID_CHANNEL) & (brightest - dullest > VIVID_SPREAD)
    return int(np.count_nonzero(light | vivid))


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


def without_caret(dialog: QWidget) -> QImage:
    """A grab of the dialog with the text caret of its focused field painted over.

    Qt draws the caret as the inverse of what lies under it (RasterOp_NotDestination), so on a
    dark field it is a one-pixel light line; a parent typing must see where the text goes.
    That line is the one light thing allowed, and only where the caret is.
    """
    image = grab(dialog)
    field = dialog.focusWidget()
    if isinstance(field, QAbstractSpinBox):  # a date, time or number field types in a line edit
        field = field.findChild(QLineEdit)
    if isinstance(field, QLineEdit):
        caret = field.cursorRect().adjusted(-2, 0, 2, 0)
        painter = QPainter(image)
        painter.fillRect(caret.translated(field.mapTo(dialog, QPoint(0, 0))), field.palette().base())
        painter.end()
    return image


def popups(name: str, dialog: QWidget) -> dict[str, QImage]:
    """Every drop-down list and calendar of the dialog, opened one at a time."""
    shots: dict[str, QImage] = {}
    for number, combo in enumerate(c for c in dialog.findChildren(QComboBox) if c.isVisible()):
        combo.showPopup()
        shots[f"{name} list {number}"] = grab(combo.view().window())
        combo.hidePopup()
    for number, edit in enumerate(e for e in dialog.findChildren(QDateTimeEdit) if e.isVisible()):
        calendar = edit.calendarWidget()
        if edit.calendarPopup() and calendar is not None:
            calendar.window().show()
            shots[f"{name} calendar {number}"] = grab(calendar.window())
            calendar.window().hide()
    return shots


def dialog_shots(window: MainWindow) -> dict[str, QImage]:
    """The dialogs and message boxes a parent meets, each with its lists and calendars open."""
    from desktop.ui.about_dialog import AboutDialog
    from desktop.ui.baby_delete import BabyRecords, DeleteBabyBox
    from desktop.ui.baby_form import BabyDialog
    from desktop.ui.history.event_editor import EventEditor
    from desktop.ui.history.sleep_dialog import SleepDialog

    baby = window.baby
    assert baby is not None
    diary = window.diary
    event = next(e for e in diary.events.for_baby(baby.id) if e.kind == "episode" and e.sleep_id)
    sleep = diary.sleeps.get(event.sleep_id or "")
    problem = QMessageBox(QMessageBox.Icon.Warning, "The backup could not be made", "The disk is full.")
    problem.setParent(window, problem.windowFlags())
    dialogs: dict[str, QWidget] = {
        "baby dialog": BabyDialog(window, baby),
        "sleep dialog": SleepDialog(diary, window.undo_stack, baby, sleep, window),
        "event editor": EventEditor(diary, window.undo_stack, event, window, sleep=sleep, baby=baby),
        "delete baby question": DeleteBabyBox(BabyRecords.read(diary, baby), window),
        "problem message": problem,
        "about": AboutDialog(diary.data_dir, window),
        "keyboard shortcuts": window.late.help_menu.show_shortcuts(),
    }
    shots: dict[str, QImage] = {}
    for name, dialog in dialogs.items():
        dialog.show()
        shots[name] = without_caret(dialog)
        shots.update(popups(name, dialog))
        dialog.hide()
    return shots


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
    shots.update(popups("review", review))  # its checkup date's calendar too
    shots.update(dialog_shots(window))
    bright = {name: n for name, image in shots.items() if (n := bright_pixels(image))}
    for name, image in shots.items():
        # NIGHT_SHOTS=1 keeps every grab, to look at them (--basetemp names the folder).
        if name in bright or os.environ.get("NIGHT_SHOTS"):
            image.save(str(tmp_path / f"{name}.png"))
    assert bright == {}, f"bright pixels (grabs in {tmp_path})"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder whose Documents and Videos hold sub-folders and files: the dialogs start there."""
    from .file_dialog_support import fill_home

    folder = tmp_path / "home"
    fill_home(folder)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))  # no user-dirs.dirs: the defaults
    return folder


def file_dialog_shots(name: str, dialog: QWidget) -> dict[str, QImage]:
    """A file dialog in its detail view and its list view, with its drop-down lists open."""
    from PySide6.QtWidgets import QToolButton

    shots = {f"{name} details": without_caret(dialog), **popups(name, dialog)}
    button = dialog.findChild(QToolButton, "listModeButton")
    assert button is not None, "not Qt's own file dialog"
    button.click()
    shots[f"{name} list"] = without_caret(dialog)
    return shots


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_no_file_dialog_of_the_night_theme_is_bright(
    qtbot: QtBot, home: Path, night_window: MainWindow, tmp_path: Path
) -> None:
    from .file_dialog_support import file_dialog_openers, while_open

    window = night_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # V and Ctrl+E reach the active window only
    shots: dict[str, QImage] = {}
    opened: list[str] = []
    for name, open_it in file_dialog_openers(window).items():
        shots.update(while_open(open_it, lambda dialog, name=name: file_dialog_shots(name, dialog)))
        opened.append(name)
    assert len(opened) == 8
    bright = {name: n for name, image in shots.items() if (n := bright_pixels(image))}
    for name, image in shots.items():
        if name in bright or os.environ.get("NIGHT_SHOTS"):
            image.save(str(tmp_path / f"night-file-dialog-{name}.png"))
    assert bright == {}, f"bright pixels (grabs in {tmp_path})"
