"""What the benchmark's child processes use: the real window's tap count and charts, the tap's floor."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


def twitch_count(window: QMainWindow) -> int:
    """The count of twitches the bedside view shows for the running sleep."""
    bedside: QWidget = window.bedside  # type: ignore[attr-defined]
    return int(bedside.count_label.text())  # type: ignore[attr-defined]


def wait_for_review(window: QMainWindow, app: QApplication, timeout_s: float = 30.0) -> None:
    """Process events until the review is shown and every visible chart canvas has drawn."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline:
        app.processEvents()
        review = window.review  # type: ignore[attr-defined]
        if review is None or not review.isVisible():
            continue
        canvases = [c for c in review.findChildren(FigureCanvasQTAgg) if c.isVisible()]
        if canvases and all(not c.figure.stale for c in canvases):
            return
    raise TimeoutError("the review's charts were not drawn in time")


def peak_rss_kb() -> int:
    """This process's peak resident memory in KiB.

    ``VmHWM`` rather than ``getrusage``: on Linux ``ru_maxrss`` survives ``exec``, so a child
    would report the benchmark parent's peak instead of its own.
    """
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


class FloorWriter:
    """The tap's floor: one INSERT + COMMIT per call with the store's pragmas, in a file of its own."""

    def __init__(self, path: Path) -> None:
        path.unlink(missing_ok=True)
        self.path = path
        self.connection = sqlite3.connect(path, isolation_level=None)
        self.connection.execute("PRAGMA journal_mode = WAL")
        self.connection.execute("PRAGMA synchronous = FULL")
        self.connection.execute("CREATE TABLE event (id TEXT PRIMARY KEY, at_us INTEGER, kind TEXT)")

    def write(self, number: int) -> float:
        """Insert and commit one row; the seconds it took."""
        started = time.perf_counter()
        self.connection.execute("BEGIN IMMEDIATE")
        self.connection.execute("INSERT INTO event VALUES (?, ?, 'twitch')", (f"id-{number}", number))
        self.connection.execute("COMMIT")
        return time.perf_counter() - started

    def close(self) -> None:
        """Close and delete the floor's file."""
        self.connection.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
