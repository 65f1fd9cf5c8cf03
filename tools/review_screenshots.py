"""Grab the weekly review in the night and day themes to ``docs/screenshots/review-*.png``.

Run ``python tools/review_screenshots.py [OUT_DIR]`` from the project folder; it builds a
five-month diary of a baby born at 35 weeks in a temporary folder and never touches yours.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

from desktop.store.diary import Diary  # noqa: E402
from desktop.ui import themes  # noqa: E402
from desktop.ui.review_view import ReviewView  # noqa: E402
from tests.perf.generate import generate_diary  # noqa: E402

DAYS = 150


def grab(view: ReviewView, window: QMainWindow, app: QApplication, theme: str, chart: int, path: Path) -> None:
    """Show the review in a theme with one chart tab in front and save a picture of the window."""
    themes.apply(window, theme)
    view.chart_tabs.setCurrentIndex(chart)
    app.processEvents()
    for widget in view.findChildren(QMainWindow):
        widget.update()
    current = view.chart(("rate", "episodes", "parts", "hours", "sleep")[chart])
    if current is not None:
        current.canvas.draw()
    app.processEvents()
    window.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    """Build the sample diary, show the review and save the screenshots."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="twitch-shots-") as temp, Diary(Path(temp)) as diary:
        baby = generate_diary(diary, days=DAYS, seed=3)
        window = QMainWindow()
        view = ReviewView(diary, window)
        window.setCentralWidget(view)
        window.resize(1360, 860)
        view.set_baby(baby)
        view.set_range("28")
        window.show()
        app.processEvents()
        grab(view, window, app, "night", 0, out / "review-night.png")
        grab(view, window, app, "day", 0, out / "review-day.png")
        if "--all" in sys.argv:
            for theme in ("night", "day"):
                for index in range(1, 5):
                    grab(view, window, app, theme, index, out / f"review-{theme}-{index}.png")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
