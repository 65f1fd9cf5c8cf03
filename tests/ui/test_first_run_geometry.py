"""The welcome page and the baby dialog fit a 1024x600 screen: every field and Save in view, no scrolling."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.baby_form import BabyDialog
from desktop.ui.main_window import MainWindow

from .conftest import OpenWindow

TITLE_BAR_PX = 40  # what a window manager's title bar may take from a 600-pixel-high screen


def outside(container: QWidget, widgets: list[QWidget]) -> list[str]:
    """The shown widgets not wholly inside ``container``, or squeezed under their least height."""
    found = []
    for widget in widgets:
        if not widget.isVisible():
            continue
        box = QRect(widget.mapTo(container, QPoint(0, 0)), widget.size())
        if not container.rect().contains(box):
            found.append(f"{widget.objectName() or type(widget).__name__}: {box} not in {container.rect()}")
        # A widget held lower than its hint (the note: two lines, then it scrolls) at its least.
        least = max(widget.minimumHeight(), min(widget.minimumSizeHint().height(), widget.maximumHeight()))
        if widget.height() < least:
            found.append(f"{type(widget).__name__}: {widget.height()} px high")
    return found


def fields(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLabel, QLineEdit, QPlainTextEdit)
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and w.parent() is not None]


def test_the_welcome_page_fits_1024x600_without_scrolling(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    page = window.first_run
    assert window.views.currentWidget() is page
    for _ in range(2):
        window.resize(1024, 600)
        QApplication.processEvents()
    assert (window.width(), window.height()) == (1024, 600)
    viewport = page.scroll_area.viewport()
    assert page.scroll_area.verticalScrollBar().maximum() == 0
    assert outside(viewport, fields(page.form)) == []
    assert page.form.submit_button.isVisible()


def test_a_smaller_window_than_the_welcome_page_scrolls_instead_of_growing(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    for _ in range(2):
        window.resize(700, 520)
        QApplication.processEvents()
    assert window.height() == 520  # the window the parent made (or remembered) is kept
    bar = window.first_run.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    window.first_run.scroll_area.ensureWidgetVisible(window.first_run.form.submit_button)
    assert bar.value() > 0


def test_the_baby_dialog_fits_a_600_pixel_high_screen(qtbot: QtBot, window: MainWindow) -> None:
    dialog = BabyDialog(window, window.baby)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.height() <= 600 - TITLE_BAR_PX
    assert outside(dialog, fields(dialog)) == []
