"""The review at the default 1000 × 760 and at small sizes: every control whole, no text cut off."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.report.diary_data import fill_weeks
from tests.ui.conftest import OpenWindow

from desktop import language
from desktop.core.model import Baby, new_id
from desktop.store.diary import Diary
from desktop.ui import themes, translation
from desktop.ui.main_window import MainWindow
from desktop.ui.review.guidance_panel import GuidancePanel
from desktop.ui.review.view import CHARTS, ReviewView

SIZES = ((1000, 760), (1280, 720), (1024, 600))
# A long name, as parents write them: the title may not push a control off the row.
NAME = "Alexandrina-Marguerite"


@pytest.fixture
def review_window(data_dir: Path, open_window: OpenWindow, qtbot: QtBot) -> MainWindow:
    """The real window on the review of a preterm baby with four weeks logged and findings to show."""
    yesterday = date.today() - timedelta(days=1)
    born = yesterday - timedelta(days=90)
    baby = Baby(new_id(), NAME, born, due_date=born + timedelta(days=56))
    with Diary(data_dir) as diary:
        diary.babies.add(baby)
        fill_weeks(diary, baby, yesterday)
    window = open_window()
    review_action = window.findChild(QAction, "show_review")
    assert review_action is not None
    review_action.trigger()
    assert window.review is not None
    qtbot.waitUntil(lambda: bool(window.guidance_panel and window.guidance_panel.cards), timeout=10000)
    return window


def _inside_horizontally(widget: QWidget, window: QWidget) -> bool:
    """True when the widget's whole width is on screen: in the window and in any scroll viewport."""
    left = widget.mapTo(window, widget.rect().topLeft()).x()
    right = left + widget.width()
    if left < 0 or right > window.width():
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            viewport_left = parent.mapTo(window, parent.rect().topLeft()).x()
            if left < viewport_left or right > viewport_left + parent.width():
                return False
        parent = parent.parentWidget()
    return True


def _cut_widgets(window: MainWindow) -> list[str]:
    """Every visible control or text of the review and its panels that does not show whole."""
    review = window.review
    assert review is not None
    problems = []
    for widget in review.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() == 0:
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()!r}"
        if isinstance(widget, QAbstractButton | QComboBox | QDateEdit) or (
            isinstance(widget, QLabel) and not widget.wordWrap() and widget.text()
        ):
            if widget.width() < widget.sizeHint().width():
                problems.append(f"{name}: {widget.width()} px wide, needs {widget.sizeHint().width()}")
            if not _inside_horizontally(widget, window):
                problems.append(f"{name}: runs off the side")
        elif isinstance(widget, QLabel) and widget.text():  # wrapped text: tall enough for its lines
            if widget.hasHeightForWidth() and widget.height() < widget.heightForWidth(widget.width()):
                problems.append(
                    f"{name}: {widget.height()} px high, needs {widget.heightForWidth(widget.width())}"
                )
            if not _inside_horizontally(widget, window):
                problems.append(f"{name}: runs off the side")
    for tabs in review.findChildren(QTabWidget):
        bar = tabs.tabBar()  # the charts' own bar is hidden: buttons that wrap choose the chart
        if bar.isVisibleTo(window):
            needed = sum(bar.tabSizeHint(index).width() for index in range(bar.count()))
            if needed > bar.width() or any(b.isVisible() for b in bar.findChildren(QAbstractButton)):
                problems.append(f"tabs {tabs.objectName()!r}: {bar.width()} px for {needed}")
    return problems


@pytest.mark.parametrize("theme", ["day", "night"])
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_nothing_is_cut_at_each_size(
    review_window: MainWindow, qtbot: QtBot, width: int, height: int, theme: str
) -> None:
    themes.apply(review_window, theme)
    review_window.resize(width, height)
    qtbot.waitUntil(lambda: review_window.size().width() == width, timeout=3000)
    qtbot.wait(50)  # the layouts settle
    assert (review_window.width(), review_window.height()) == (width, height)  # the window did not grow
    problems = _cut_widgets(review_window)
    assert not problems, "\n".join(problems)


def test_the_guidance_panel_fits_its_column(review_window: MainWindow, qtbot: QtBot) -> None:
    review_window.resize(1000, 760)
    qtbot.wait(50)
    panel = review_window.guidance_panel
    assert isinstance(panel, GuidancePanel)
    column: QRect = panel.rect()
    for card in panel.cards:
        card.set_open(True)
    qtbot.wait(50)
    for card in panel.cards:
        assert card.title_label.wordWrap() and card.title_label.text() == card.toggle.text()
        assert card.width() <= column.width()
        assert _inside_horizontally(card.evidence_list, review_window) or not card.evidence_list.isVisible()


@pytest.fixture
def spoken(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window's language for the test (the parameter), English again afterwards."""
    installed = translation.install(qapp, request.param)
    language.set_current(request.param)
    yield request.param
    translation.remove(qapp, installed)
    language.set_current(language.ENGLISH)


# Spanish labels are longer: the body parts' legend and a night's time axis were cut off in it.
@pytest.mark.parametrize("spoken", ["en", "es"], indirect=True)
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_chart_keeps_its_texts_inside_at_each_size(
    spoken: str, review_window: MainWindow, qtbot: QtBot, width: int, height: int
) -> None:
    review_window.resize(width, height)
    review = review_window.review
    assert isinstance(review, ReviewView)
    # The longest title of all: a night's, with its length and count.
    night = max((s for s in review_window.diary.sleeps.all() if s.kind == "night"), key=lambda s: s.start)
    for index, (name, _, _) in enumerate(CHARTS):
        review.chart_tabs.setCurrentIndex(index)
        if name == "sleep":
            review.open_sleep(night.id)
        chart = review.chart(name)
        assert chart is not None
        qtbot.waitUntil(lambda chart=chart: chart.axes is not None, timeout=5000)
        chart.canvas.draw()
        box = chart.figure.bbox
        renderer = chart.figure.canvas.get_renderer()  # type: ignore[attr-defined]
        # Each axes with what it draws around it: tick labels, axis titles, its title, its legend.
        for ax in chart.figure.axes:
            extent = ax.get_tightbbox(renderer)
            assert extent is not None
            assert box.x0 - 1 <= extent.x0 and extent.x1 <= box.x1 + 1, f"{name}: {ax.get_title()!r} cut"
