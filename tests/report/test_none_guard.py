"""None survives PySide6 6.12's void methods on Python 3.11 once it is made immortal."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont

from desktop.report.none_guard import HEADROOM, immortalize_none


def test_many_void_qt_calls_leave_none_alive() -> None:
    immortalize_none()
    font = QFont()
    for _ in range(20_000):  # several times None's usual count at start-up
        font.setBold(True)
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > HEADROOM // 2


def test_making_none_immortal_twice_adds_nothing() -> None:
    immortalize_none()
    before = sys.getrefcount(None)
    immortalize_none()
    assert abs(sys.getrefcount(None) - before) < 1000
