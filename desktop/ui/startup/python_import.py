"""Python's own ``import`` back once PySide6 has loaded: PySide's import hook costs the start 3 ms.

On import, PySide replaces ``builtins.__import__`` with a hook for its opt-in ``__feature__``
switches (``from __feature__ import snake_case, true_property``), keeping the original as
``builtins.__orig_import__`` (PySide's documentation, "The __feature__ import"). This app never
switches a feature on, but the hook still runs for every import statement afterwards and reads
the whole source file of each module it has not seen: about 3 ms of the bedside window's start.
"""

from __future__ import annotations

import builtins


def restore_python_import() -> bool:
    """Put Python's import back if PySide's feature hook is installed; True when it was."""
    original = getattr(builtins, "__orig_import__", None)
    hook = getattr(builtins, "__feature_import__", None)
    # Only PySide's own hook is replaced: another library's import hook is left alone.
    if original is None or hook is None or builtins.__import__ is not hook:
        return False
    builtins.__import__ = original
    return True
