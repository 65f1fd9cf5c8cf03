"""Small shared pieces of the diary's forms: finger-sized controls, sentences, problem labels."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QDateTimeEdit, QFrame, QLabel, QScrollArea, QWidget

from desktop.ui.overrides import override

TOUCH_HEIGHT: Final = 44  # px: a comfortable finger target, also easy to hit half-asleep
TITLE_BAR_PX: Final = 40  # what a window manager's title bar and frame may take of the screen's height


def sentence(message: str) -> str:
    """A validation message as a sentence: capital first letter, final full stop."""
    text = message[:1].upper() + message[1:]
    return text if text.endswith((".", "?", "!")) else f"{text}."


def error_label(accessible_name: str) -> QLabel:
    """A hidden label for a field's problem, styled by the theme as ``QLabel[role="error"]``."""
    label = QLabel()
    label.setObjectName("field_error")
    label.setProperty("role", "error")  # the theme QSS styles QLabel[role="error"]
    label.setAccessibleName(accessible_name)
    label.setWordWrap(True)
    label.hide()
    return label


def fit_height(window: QWidget) -> None:
    """Grow a window to fit wrapped text just shown (its minimum size ignores height-for-width)."""
    layout = window.layout()
    needed = layout.totalHeightForWidth(window.width()) if layout is not None else -1
    if needed > window.height():
        window.resize(window.width(), needed)


class FieldsScroll(QScrollArea):
    """A frameless scroll area for a dialog's fields that asks for all their height.

    A plain QScrollArea asks for at most 24 lines, so a dialog would scroll on a tall screen;
    this one scrolls only when ``fit_to_screen`` had to make the dialog lower than its fields.
    """

    def __init__(self, fields: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(fields)
        fields.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The fields' layout changed (a row shown, a style applied): our size hint changed too."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    @override
    def sizeHint(self) -> QSize:
        """The height all the fields need (and room for the scroll bar beside them)."""
        fields = self.widget()
        if fields is None:
            return QSize(0, 0)
        hint = fields.minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        height = hint.height()
        if fields.hasHeightForWidth():  # rows that wrap (a longer language) need more lines
            height = max(height, fields.heightForWidth(max(hint.width(), self.width() - bar)))
        return QSize(hint.width() + bar, height)


def fit_to_screen(window: QWidget, first: bool = False) -> None:
    """Make a window no taller than its screen leaves under a title bar (its fields then scroll).

    ``first`` (when it is first shown): as tall as its layout asks, up to that height, since Qt
    makes a new window at most two thirds of the screen's height.
    """
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry().height() - TITLE_BAR_PX
    layout = window.layout()
    if first and layout is not None:
        # Hints asked for before the style sheet sized the buttons are stale (the fields' own
        # layout request, which would say so, is still queued).
        for scroll in window.findChildren(FieldsScroll):
            scroll.updateGeometry()
        layout.activate()
    wanted = window.sizeHint().height() if first else window.height()
    height = max(min(wanted, room), window.minimumHeight())
    if height != window.height():
        window.resize(window.width(), height)


def calendar_popup(edit: QDateTimeEdit) -> None:
    """Give a date field its drop-down calendar, weekends in the theme's text colour.

    Qt paints Saturdays and Sundays pure red: dim by its lightness, but it glows in a dark room.
    """
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        calendar.setWeekdayTextFormat(day, QTextCharFormat())
