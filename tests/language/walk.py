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
    QAbstractScrollArea,
    QComboBox,
    QDateEdit,
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


def _off_the_side(widget: QWidget, top: QWidget) -> bool:
    """Whether part of the widget's width is outside ``top`` or outside a scroll area's view."""
    left = widget.mapTo(top, widget.rect().topLeft()).x()
    right = left + widget.width()
    if left < 0 or right > top.width():
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):  # parent is a viewport
            view_left = parent.mapTo(top, parent.rect().topLeft()).x()
            if left < view_left or right > view_left + parent.width():
                return True
        parent = parent.parentWidget()
    return False


def _below_the_bottom(widget: QWidget, top: QWidget) -> bool:
    """Whether part of the widget is under ``top``'s bottom edge, where no scroll area can bring it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return False  # scrolled into view when needed
        parent = parent.parentWidget()
    return widget.mapTo(top, widget.rect().bottomLeft()).y() >= top.height()


def _cut_text(widget: QWidget) -> str | None:
    """Why a label, button, chooser or tab bar does not show its text whole (None: it does)."""
    if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text().strip():
        lines = _plain_lines(widget.text())
        room = widget.contentsRect().width() - 2 * widget.margin() - 2 * max(0, widget.indent())
        need = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
        return f"needs {need} has {room}" if need > room + 1 else None
    if isinstance(widget, QAbstractButton) and widget.text().strip():
        need = widget.minimumSizeHint().width()
        return f"{widget.width()} < {need}" if widget.width() + 1 < need else None
    if isinstance(widget, QComboBox | QDateEdit):
        need = widget.sizeHint().width()
        return f"{widget.width()} < {need}" if widget.width() + 1 < need else None
    if isinstance(widget, QGroupBox) and widget.title().strip():
        # The title sits in the frame's top edge, inset by the style: it must fit inside the box.
        need = widget.fontMetrics().horizontalAdvance(re.sub(r"&(?!&)", "", widget.title())) + 16
        return f"title needs {need} has {widget.width()}" if need > widget.width() else None
    if isinstance(widget, QTabBar) and widget.count():
        need = sum(widget.tabSizeHint(index).width() for index in range(widget.count()))
        scrolls = any(button.isVisible() for button in widget.findChildren(QAbstractButton))
        return f"tabs {widget.width()} < {need}" if need > widget.width() + 1 or scrolls else None
    return None


def _squeezed(widget: QWidget) -> str | None:
    """Why a wrapped label does not show its text whole: squeezed below the height its lines need,
    it draws them over its neighbours or cuts the last ones (None: it shows them all)."""
    if not (isinstance(widget, QLabel) and widget.wordWrap() and widget.text().strip()):
        return None
    need = widget.heightForWidth(widget.width())
    return f"squeezed to {widget.height()} needs {need}" if widget.height() + 1 < need else None


def _shown_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QTabBar):
        return " | ".join(widget.tabText(index) for index in range(widget.count()))
    return ""


def clipped(top: QWidget) -> list[Seen]:
    """Texts that do not show whole: wider than their room, squeezed, or off the side of the view.

    Labels and buttons on one line, choosers and tab bars whose text needs more than they were
    given (a tab bar that scrolls counts), and any of these or a wrapped label that lies partly
    outside ``top`` or outside the view of the scroll area holding it, or under ``top``'s bottom.
    """
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() == 0:
            continue
        text = _shown_text(widget)
        if not text.strip():
            continue
        why = _cut_text(widget) or _squeezed(widget)
        if why is None and _off_the_side(widget, top):
            why = "off the side"
        if why is None and _below_the_bottom(widget, top):
            why = "below the bottom"
        if why is not None:
            found.append(Seen(f"{_name(widget)} {why}", text))
    return found
