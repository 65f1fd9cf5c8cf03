"""A banner across the top of a view: red for "get help now", amber for "talk to your pediatrician".

First screen: this module is on the bedside's start-up path and follows the start-up rules of
``desktop/ui/startup/qt_by_name.py`` (enums by name, no ``QIcon`` overloads); the rest of the ui
is ordinary PySide.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.bedside.chips import ChipButton
from desktop.ui.startup.qt_by_name import set_enum, top_aligned
from desktop.ui.translation import translate

SEVERITIES: Final = ("emergency", "doctor", "checkup", "info")


class Banner(QFrame):
    """A message with a title, a body and an "acknowledge" button; hidden until shown.

    Signals:
        shown(str): a message was shown; carries its key.
        acknowledged(str): the parent pressed the button; carries the message's key.
        withdrawn(str): the message no longer holds (what it was about was undone); carries its key.
    """

    shown = Signal(str)
    acknowledged = Signal(str)
    withdrawn = Signal(str)

    def __init__(self, parent: QWidget | None = None, button_text: str = "") -> None:
        super().__init__(parent)
        self.setProperty("severity", "info")
        self._key = ""
        self.title_label = QLabel(self)
        self.title_label.setObjectName("banner_title")
        set_enum(self.title_label, "textFormat", "PlainText")
        self.title_label.setWordWrap(True)
        self.body_label = QLabel(self)
        self.body_label.setObjectName("banner_body")
        self.body_label.setWordWrap(True)
        set_enum(self.body_label, "textFormat", "MarkdownText")
        self.body_label.setOpenExternalLinks(True)
        self.acknowledge_button = ChipButton(button_text or translate("Banner", "Got it"), self)
        self.acknowledge_button.setObjectName("banner_acknowledge")
        self.acknowledge_button.setAccessibleName(translate("Banner", "Acknowledge this message"))
        self.acknowledge_button.clicked.connect(self._on_acknowledge_button_clicked)

        text = QVBoxLayout()
        text.addWidget(self.title_label)
        text.addWidget(self.body_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(text, 1)
        layout.addLayout(top_aligned(self.acknowledge_button))
        self.hide()

    @property
    def key(self) -> str:
        """The key of the message shown (empty when none was shown yet)."""
        return self._key

    @property
    def severity(self) -> str:
        """The severity of the message shown."""
        return str(self.property("severity"))

    def show_message(self, key: str, severity: str, title: str, body: str) -> None:
        """Show a message (body in Markdown); ``severity`` is one of guidance.md's severities."""
        if severity not in SEVERITIES:
            raise ValueError(f"unknown severity {severity!r}")
        self._key = key
        self.setProperty("severity", severity)
        self.title_label.setText(title)
        self.body_label.setText(body)
        self.setAccessibleName(title)
        self.setAccessibleDescription(body)
        # The style sheet picks the colours by severity: re-polish after the property changed.
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()
        self.shown.emit(key)

    def withdraw(self) -> None:
        """Take the message away without the parent acknowledging it (its reason is gone)."""
        key, self._key = self._key, ""
        self.hide()
        if key:
            self.withdrawn.emit(key)

    @Slot()
    def _on_acknowledge_button_clicked(self) -> None:
        self.hide()
        self.acknowledged.emit(self._key)
