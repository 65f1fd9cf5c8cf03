"""The flow layout: widgets at their natural width, a new line when the next would not fit."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.flow_layout import SPACING_PX, FlowLayout
from desktop.ui.review.chart_chooser import ChartChooser

WORDS = ["Face", "Eyes", "Mouth", "Whole body", "Not sure", "Unresponsive or floppy", "Arm"]


def _row(qtbot: QtBot, width: int) -> tuple[QWidget, FlowLayout, list[QPushButton]]:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = FlowLayout(holder)
    buttons = [QPushButton(word, holder) for word in WORDS]
    for button in buttons:
        layout.addWidget(button)
    holder.resize(width, layout.heightForWidth(width))
    holder.show()
    QApplication.processEvents()
    return holder, layout, buttons


def _lines(buttons: list[QPushButton]) -> list[list[str]]:
    rows: dict[int, list[str]] = {}
    for button in sorted((b for b in buttons if b.isVisible()), key=lambda b: (b.y(), b.x())):
        rows.setdefault(button.y(), []).append(button.text())
    return list(rows.values())


@pytest.mark.parametrize("width", [1600, 700, 400, 260])
def test_every_button_keeps_its_whole_text_inside_the_width(qtbot: QtBot, width: int) -> None:
    holder, _, buttons = _row(qtbot, width)
    for button in buttons:
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.x() >= 0 and button.geometry().right() < width, button.text()
    # In the order added, line by line, and never two on one spot.
    assert [word for line in _lines(buttons) for word in line] == WORDS
    boxes = [button.geometry() for button in buttons]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert holder.height() >= max(box.bottom() for box in boxes)


def test_a_narrower_room_takes_more_lines_and_more_height(qtbot: QtBot) -> None:
    _, layout, buttons = _row(qtbot, 1600)
    wide = layout.heightForWidth(1600)
    assert len(_lines(buttons)) == 1
    assert layout.heightForWidth(500) > wide
    assert layout.heightForWidth(260) > layout.heightForWidth(500)
    # Never narrower than its widest button: that one keeps its words.
    assert layout.minimumSize().width() == max(button.sizeHint().width() for button in buttons)
    assert layout.sizeHint().width() == sum(b.sizeHint().width() for b in buttons) + SPACING_PX * (
        len(buttons) - 1
    )


def test_a_hidden_widget_takes_no_room(qtbot: QtBot) -> None:
    _, layout, buttons = _row(qtbot, 1600)
    shown = layout.sizeHint().width()
    buttons[3].hide()
    QApplication.processEvents()
    assert layout.sizeHint().width() == shown - buttons[3].sizeHint().width() - SPACING_PX
    assert buttons[4].x() == buttons[2].geometry().right() + 1 + SPACING_PX


def test_the_chart_buttons_choose_the_page_and_follow_it(qtbot: QtBot) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    for name in ("Rate", "Episodes", "Body parts"):
        tabs.addTab(QWidget(), name)
        tabs.setTabToolTip(tabs.count() - 1, f"{name} chart")
    chooser = ChartChooser(tabs)
    qtbot.addWidget(chooser)
    tabs.show()
    chooser.show()
    assert not tabs.tabBar().isVisible()
    assert [b.text() for b in chooser.buttons] == ["Rate", "Episodes", "Body parts"]
    assert chooser.buttons[2].toolTip() == "Body parts chart"
    assert chooser.buttons[0].isChecked()
    chooser.buttons[2].click()
    assert tabs.currentIndex() == 2
    assert [b.isChecked() for b in chooser.buttons] == [False, False, True]
    tabs.setCurrentIndex(1)  # the review picks a page itself (a point on the rate chart)
    assert [b.isChecked() for b in chooser.buttons] == [False, True, False]


def test_a_longer_text_later_is_laid_out_again(qtbot: QtBot) -> None:
    # Nested as the bedside's rows nest it: a caption beside the flow, in a row widget's own layout.
    holder = QWidget()
    qtbot.addWidget(holder)
    row = QHBoxLayout(holder)
    row.addWidget(QLabel("Baby is", holder))
    flow = FlowLayout()
    row.addLayout(flow, 1)
    buttons = [QPushButton(word, holder) for word in WORDS[:4]]
    for button in buttons:
        flow.addWidget(button)
    holder.resize(600, 200)
    holder.show()
    QApplication.processEvents()
    lines = len(_lines(buttons))
    buttons[0].setText("Asleep again, with a much longer label than before")
    QApplication.processEvents()
    assert all(button.width() >= button.sizeHint().width() for button in buttons)
    assert buttons[1].x() > buttons[0].geometry().right() or buttons[1].y() > buttons[0].y()
    assert len(_lines(buttons)) > lines
