"""Composition root: parse the command line, open the diary, then run a command or the window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def create_window(data_dir: Path) -> MainWindow:
    """Build the real main window on a data directory without starting the event loop.

    As the program does (``desktop.ui.launch``), Python's own import is put back once PySide6 is
    loaded: PySide's feature hook would read the source of each of matplotlib's three hundred
    modules when the review is first opened (a fifth of its time).
    """
    from desktop.ui.main_window import build_main_window
    from desktop.ui.python_import import restore_python_import

    restore_python_import()
    return build_main_window(data_dir)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``twitch-diary`` and ``python -m desktop``; returns the exit code."""
    from desktop.cli import run

    return run(sys.argv[1:] if argv is None else argv)


def main_without_console() -> int:
    """Entry point of ``twitch-diary-window``, started from a menu with no console attached.

    On Windows a GUI script runs under ``pythonw``, where ``sys.stdout`` and ``sys.stderr`` are
    None: a print would raise. They go to the null device instead; the window shows its own
    messages in dialogs.
    """
    import os

    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (lives as long as the process)
    return main()
