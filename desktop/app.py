"""Composition root: parse the command line, open the diary, then run a command or the window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def create_window(data_dir: Path) -> MainWindow:
    """Build the real main window on a data directory without starting the event loop."""
    from desktop.ui.main_window import build_main_window

    return build_main_window(data_dir)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``twitch-diary`` and ``python -m desktop``; returns the exit code."""
    from desktop.cli import run

    return run(sys.argv[1:] if argv is None else argv)
