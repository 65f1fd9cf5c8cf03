"""Qt enum settings for the widgets built while the window starts, without PySide's ``Qt`` namespace.

PySide builds all of the ``Qt`` namespace's enums (about 90, 14 ms of a ~130 ms start) the first
time any of them is used. The bedside window is on screen before that: the modules it is built
from set enum properties by their key names through Qt's property system (``set_enum``), put a
widget at the top of a row with ``top_aligned`` instead of ``Qt.AlignmentFlag.AlignTop``, and
spell ``QtCore.Qt.…`` only in code that runs after the first paint (event handlers, menus).
``tests/reliability/test_start_up_path.py`` checks this; the window builds the namespace right after its
first paint, well before a parent's first tap.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget


def set_enum(target: QObject, name: str, keys: str) -> None:
    """Set the enum or flags property ``name`` by key names (``"AlignLeft|AlignTop"``).

    Raises ValueError when ``target`` has no such property or a key is not one of its values.
    """
    if not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__} has no property {name!r} that takes {keys!r}")


def top_aligned(widget: QWidget) -> QVBoxLayout:
    """A column holding ``widget`` at its natural height at the top, for a row's ``addLayout``."""
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(widget)
    column.addStretch(1)
    return column
