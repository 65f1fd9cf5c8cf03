"""Small shared pieces of the diary's forms: finger-sized controls, sentences, problem labels."""

from __future__ import annotations

from typing import Final

from PySide6.QtWidgets import QLabel, QWidget

TOUCH_HEIGHT: Final = 44  # px: a comfortable finger target, also easy to hit half-asleep


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
