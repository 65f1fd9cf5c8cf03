"""One rule for the whole window: text shows as plain text unless a widget asked for rich text.

A baby's name, a note or a video path is the parent's own text, and may come from an imported
file. Qt reads text that looks like markup as rich text (``<img src="/dev/zero">`` makes it load
that file as a picture, forever), in labels, message boxes and tooltips alike. So, application-wide:

* every QLabel left at Qt's default (AutoText) is made PlainText before it is first shown; a label
  that shows markup the app wrote itself sets RichText explicitly (and escapes what it puts in);
* every tooltip is shown escaped, as the text it is.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel

from desktop.ui.overrides import override

if TYPE_CHECKING:
    # Not at run time before the first paint: touching Qt or QEvent builds their large types
    # (desktop/ui/startup/qt_by_name.py); the filter imports them when it is installed.
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QWidget

_ESCAPED_MARK: Final = "<qt data-plain>"  # what a tooltip shown through the rule starts with


def as_plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows exactly these characters (rich text with everything escaped)."""
    if text.startswith(_ESCAPED_MARK):
        return text
    body = html.escape(text).replace("\n", "<br>")
    return f"{_ESCAPED_MARK}<span style='white-space:pre-wrap'>{body}</span></qt>"


class PlainTextRule(QObject):
    """The application-wide event filter that applies the rule (see the module's docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QEvent

        self._polish = QEvent.Type.Polish
        self._tooltip = QEvent.Type.ToolTip

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Make a label plain text as it is polished; show a tooltip escaped."""
        from PySide6.QtGui import QHelpEvent
        from PySide6.QtWidgets import QToolTip, QWidget

        kind = event.type()
        if kind == self._polish and isinstance(watched, QLabel):
            make_plain(watched)
        elif kind == self._tooltip and isinstance(watched, QWidget) and isinstance(event, QHelpEvent):
            text = _tooltip_of(watched, event)
            if text:
                QToolTip.showText(event.globalPos(), as_plain_tooltip(text), watched)
                return True
        return False


def make_plain(label: QLabel) -> None:
    """Show the label's text as plain text, unless it was set to rich text on purpose."""
    from PySide6.QtCore import Qt

    if label.textFormat() == Qt.TextFormat.AutoText:
        label.setTextFormat(Qt.TextFormat.PlainText)


def _tooltip_of(widget: QWidget, event: QHelpEvent) -> str:
    """The tooltip the widget would show here: its own, or an item view's item under the pointer."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView

    parent = widget.parentWidget()
    if isinstance(parent, QAbstractItemView) and parent.viewport() is widget:
        index = parent.indexAt(event.pos())
        if not index.isValid():
            return ""
        data = index.data(Qt.ItemDataRole.ToolTipRole)
        return data if isinstance(data, str) else ""
    return widget.toolTip()


_RULE: PlainTextRule | None = None


def install_plain_text_rule() -> None:
    """Apply the rule to every widget of the running application (once; later calls do nothing)."""
    global _RULE  # noqa: PLW0603 - one filter for the one application
    app = QApplication.instance()
    if _RULE is not None or app is None:
        return
    _RULE = PlainTextRule(app)
    app.installEventFilter(_RULE)
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel):
            make_plain(widget)
