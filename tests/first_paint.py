"""For child processes: run the program as ``twitch-diary --data-dir DIR`` does, report at its first paint.

Used by the benchmark's start-up figure and by the start-up path test, so both time and inspect
the same start. Nothing is imported at the top: the program's own import order is part of what
they measure.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.core.clock import Clock
    from desktop.ui.main_window import MainWindow


def run_reporting_first_paint(folder: str, report: Callable[[MainWindow], None]) -> int:
    """Run the program on ``folder``; call ``report`` at the window's first paint, then close it.

    The window closes on the next turn of the event loop, after the rest of the start-up has run
    as in daily use (the desktop's light/dark setting is saved then, say).
    """
    import desktop.app
    import desktop.cli  # first, as the entry point runs: the command line and the diary load before Qt

    # The window factory the composition root hands to the launcher, wrapped: the launcher (and
    # PySide6 with it) is imported only where the program imports it, as in daily use.
    create = desktop.app.create_window

    def create_and_report(data_dir: Path, clock: Clock | None = None) -> MainWindow:
        window = create(data_dir, clock)
        from PySide6.QtCore import QTimer

        def on_first_paint() -> None:
            report(window)
            QTimer.singleShot(0, window.close)

        window.first_painted.connect(on_first_paint)
        return window

    desktop.app.create_window = create_and_report
    return desktop.app.main(["--data-dir", folder])
