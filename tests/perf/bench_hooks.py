"""What the benchmark's child processes read off the real window: the tap count and drawn charts."""

from __future__ import annotations

import time

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
