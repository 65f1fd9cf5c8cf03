"""Composition root: parse the command line, open the diary, then run a command or the window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.clock import Clock
    from desktop.ui.main_window import MainWindow


def create_window(data_dir: Path, clock: Clock | None = None) -> MainWindow:
    """Open the diary in ``data_dir`` and build the real main window on it (no event loop yet).

    As the program does (``desktop.ui.launch``), Python's own import is put back once PySide6 is
    loaded: PySide's feature hook would read the source of each of matplotlib's three hundred
    modules when the review is first opened (a fifth of its time).
    """
    # The diary's modules before the window's: the window's module loads PySide6 (see ui/launch).
    from desktop.core.clock import SystemClock
    from desktop.store.diary import Diary
    from desktop.ui.main_window import MainWindow
    from desktop.ui.startup.python_import import restore_python_import

    restore_python_import()
    diary = Diary(data_dir)
    try:
        return MainWindow(diary, clock=clock if clock is not None else SystemClock())
    except BaseException:
        diary.close()  # a window that could not be built must not keep the file open
        raise


def run_window(data_dir: Path) -> int:
    """Run the app window on ``data_dir`` (one copy, backups, recovery) until it is closed."""
    from desktop.ui.launch import run_app

    return run_app(data_dir, create_window)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``twitch-diary`` and ``python -m desktop``; returns the exit code.

    Here the command line is parsed and its data folder chosen; then its command runs
    (``desktop.cli``), or with no command the window built here. Nothing below this module imports
    it: each part is handed what it needs.
    """
    from desktop.cli import data_dir_for, parse_arguments, run_command

    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    return run_command(args, data_dir_for(args), run_window)


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
