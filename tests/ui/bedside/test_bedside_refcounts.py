"""A night of taps must not wear Python down: the Qt binding keeps None and True referenced.

PySide6 6.12.0 lost a reference to None on every void call (``setText``) and to True on every
signal emit; on Python 3.11 the app then aborted after a few hundred taps. These tests catch such
a binding before a parent does (pyproject.toml excludes that release).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow

CALLS = 2000
TAPS = 300


class _Emitter(QObject):
    fired = Signal()


def test_void_calls_and_emits_keep_their_references(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(CALLS):
        label.setText("14")
        emitter.fired.emit()
    # Allow a little churn from the interpreter; a binding bug loses one per call.
    assert none_before - sys.getrefcount(None) < CALLS // 10
    assert true_before - sys.getrefcount(True) < CALLS // 10


def test_a_night_of_taps_keeps_none_and_true_alive(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Space)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(TAPS):
        qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.bedside.count_label.text() == str(TAPS + 1)
    assert none_before - sys.getrefcount(None) < TAPS
    assert true_before - sys.getrefcount(True) < TAPS
