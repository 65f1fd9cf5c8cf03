"""Qt settings by name for the widgets built while the window starts, so PySide builds less.

PySide builds a Python type, with all of its enums, the first time Python touches it, and some
are large: the ``Qt`` namespace (about 90 enums, 14 ms of a ~130 ms start), ``QEvent`` (1.8 ms),
``QIcon`` (1.5 ms), ``QKeySequence`` (1.1 ms). The bedside window is on screen before any of these
is built. Code on its start-up path therefore:

* sets enum properties by their key names through Qt's property system (``set_enum``) and a
  shortcut from its text (``set_shortcut``);
* puts a widget at the top of a row with ``top_aligned``, not ``Qt.AlignmentFlag.AlignTop``;
* spells ``QtCore.Qt.…`` only in code that runs after the first paint (event handlers, menus);
* avoids constructors whose overloads also take a ``QIcon`` (``QAction(text, parent)``,
  ``QPushButton(text, parent)``, ``QComboBox.addItem``): telling them apart builds ``QIcon``;
* runs no Python event handler before the first paint (the main window watches for its exposure
  rather than overriding ``paintEvent``) and imports event classes for annotations only.

``tests/reliability/test_start_up_path.py`` checks this. The window builds the namespace right
after its first paint, well before a parent's first tap.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout, QWidget


def set_enum(target: QObject, name: str, keys: str) -> None:
    """Set the enum or flags property ``name`` by key names (``"AlignLeft|AlignTop"``).

    Raises ValueError when ``target`` has no such property or a key is not one of its values.
    """
    if not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__} has no property {name!r} that takes {keys!r}")


def set_shortcut(action: QAction, keys: str) -> None:
    """Give ``action`` the shortcut written ``keys`` (``"Ctrl+Shift+Z"``), read as QKeySequence reads it."""
    action.setProperty("shortcut", keys)


def top_aligned(widget: QWidget) -> QVBoxLayout:
    """A column holding ``widget`` at its natural height at the top, for a row's ``addLayout``."""
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(widget)
    column.addStretch(1)
    return column
