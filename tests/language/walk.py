"""Walk a window's visible text: every label, button, tab, menu, header and item a parent can read.

Used with the pseudo-locale: a string with plain English words left in it never went through the
catalogue under the context lupdate saw; a label whose text is wider than its room is clipped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.language.pseudo import CLOSE, OPEN

# English words: 3 or more plain ASCII letters outside the pseudo-locale's brackets.
_WORD = re.compile(r"[A-Za-z]{3,}")
_PSEUDO_PART = re.compile(re.escape(OPEN) + r".*?" + re.escape(CLOSE), re.DOTALL)


@dataclass(frozen=True)
class Seen:
    """One visible string: where it is (class and object name) and what it says."""

    where: str
    text: str


def english_words(text: str, allowed: Iterable[str]) -> list[str]:
    """The plain English words of ``text`` outside pseudo-locale brackets, less user data and names."""
    rest = _PSEUDO_PART.sub(" ", re.sub(r"<[^<>]+>|&[a-z]+;", " ", text))
    for word in sorted(allowed, key=len, reverse=True):
        rest = rest.replace(word, " ")
    return _WORD.findall(rest)


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def _model_texts(where: str, model: QAbstractItemModel | None) -> Iterator[Seen]:
    if model is None:
        return
    for orientation, count in (
        (Qt.Orientation.Horizontal, model.columnCount()),
        (Qt.Orientation.Vertical, 0),
    ):
        for section in range(count):
            header = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(header, str) and header.strip():
                yield Seen(f"{where} header", header)
    for row in range(min(model.rowCount(), 12)):  # rows repeat their shape
        for column in range(model.columnCount()):
            value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str) and value.strip():
                yield Seen(f"{where} cell {row},{column}", value)


def submenu(action: QAction, menus: Iterable[QMenu]) -> QMenu | None:
    """The menu that ``action`` opens, found among ``menus`` by its menu action.

    Not ``action.menu()``: on PySide6 6.9 that returns a wrapper whose C++ menu may already be
    gone ("Internal C++ object already deleted"), while the menus found as children are alive.
    """
    return next((menu for menu in menus if menu.menuAction() is action), None)


def _menu_texts(menu: QMenu, where: str) -> Iterator[Seen]:
    if menu.title().strip():
        yield Seen(f"{where} menu", menu.title())
    children = menu.findChildren(QMenu)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        opened = submenu(action, children)
        if opened is not None:
            yield from _menu_texts(opened, where)
        elif action.text().strip():
            yield Seen(f"{where} action {action.objectName()}", action.text())


def visible_texts(top: QWidget) -> Iterator[Seen]:
    """Every string shown by ``top`` and its visible children (not hidden pages or tooltips)."""
    if top.windowTitle().strip():
        yield Seen(f"{_name(top)} title", top.windowTitle())
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QMenu):
            continue
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        where = _name(widget)
        if (isinstance(widget, QLabel) and widget.text().strip()) or (
            isinstance(widget, QAbstractButton) and widget.text().strip()
        ):
            yield Seen(where, widget.text())
        elif isinstance(widget, QGroupBox) and widget.title().strip():
            yield Seen(where, widget.title())
        elif isinstance(widget, QTabBar):
            yield from (Seen(f"{where} tab", widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            yield from (Seen(f"{where} item", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit) and widget.placeholderText().strip():
            yield Seen(f"{where} placeholder", widget.placeholderText())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            text = widget.toPlainText()
            if text.strip():
                yield Seen(where, text)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            yield from _model_texts(where, widget.model())


def menu_texts(menus: Iterable[QMenu]) -> Iterator[Seen]:
    """The titles and action texts of a menu bar's menus."""
    for menu in menus:
        yield from _menu_texts(menu, "menubar")


def _plain_lines(text: str) -> list[str]:
    """The lines of a label's text as shown: rich text's <br> breaks lines, its tags take no room."""
    if QtGui.Qt.mightBeRichText(text):
        text = html.unescape(re.sub(r"<[^<>]+>", "", re.sub(r"<br\s*/?>", "\n", text)))
    else:
        text = re.sub(r"&(?!&)", "", text)  # a mnemonic's & is not drawn
    return text.split("\n")


def clipped(top: QWidget) -> list[Seen]:
    """Labels and buttons on one line whose text is wider than the room they were given."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap():
            lines = _plain_lines(widget.text())
            room = widget.contentsRect().width() - 2 * widget.margin() - 2 * max(0, widget.indent())
            need = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
            if widget.text().strip() and need > room + 1:
                found.append(Seen(f"{_name(widget)} needs {need} has {room}", widget.text()))
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text().strip()
            and widget.width() + 1 < widget.minimumSizeHint().width()
        ):
            found.append(
                Seen(
                    f"{_name(widget)} {widget.width()} < {widget.minimumSizeHint().width()}",
                    widget.text(),
                )
            )
    return found
