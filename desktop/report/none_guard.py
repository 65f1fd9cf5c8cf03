"""Keeps Python 3.11 alive under PySide6 6.12, whose void methods return None without a reference.

Each call of a void Qt method (``QPainter.setFont``, ``QFont.setBold``, ...) drops one reference to
None; a few thousand calls bring None's count to zero and CPython aborts with "none_dealloc".
Python 3.12 made None immortal, which is what the bindings assume; this does the same on 3.11.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Final

# Far more references than any run could drop, and far from the 64-bit limit.
HEADROOM: Final = 1 << 40


def immortalize_none() -> None:
    """Give None so many references that no miscounting binding can ever free it (no-op on 3.12+)."""
    if sys.version_info >= (3, 12):
        return
    # ob_refcnt is the first field of every CPython object, at the object's address.
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < HEADROOM:
        count.value += HEADROOM
