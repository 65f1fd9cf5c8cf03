"""PySide's import hook is replaced by Python's own import, and everything still imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

CHILD = """
import builtins
import PySide6.QtWidgets
from desktop.ui.startup.python_import import restore_python_import
hooked = builtins.__import__ is builtins.__feature_import__
print("hooked", hooked)
print("restored", restore_python_import())
print("original", builtins.__import__ is builtins.__orig_import__)
print("again", restore_python_import())
from PySide6.QtWidgets import QLabel  # PySide's types still load on first use
from PySide6.QtGui import QKeySequence
print("types", QLabel.__name__, QKeySequence.__name__)
"""


def test_pyside_hook_is_replaced_once_and_types_still_load() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    said = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert said == {
        "hooked": "True",
        "restored": "True",
        "original": "True",
        "again": "False",
        "types": "QLabel QKeySequence",
    }


def test_another_librarys_import_hook_is_left_alone() -> None:
    import builtins

    from desktop.ui.startup.python_import import restore_python_import

    def other_hook(*args: object, **kwargs: object) -> object:
        raise AssertionError("not called")

    saved = builtins.__import__
    builtins.__import__ = other_hook  # type: ignore[assignment]
    try:
        assert restore_python_import() is False
        assert builtins.__import__ is other_hook
    finally:
        builtins.__import__ = saved
