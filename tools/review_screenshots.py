"""Grab the weekly review in the night and day themes to ``docs/screenshots/review-*.png``.

Run ``python tools/review_screenshots.py [OUT_DIR] [--all]`` from the project folder; it builds a
five-month diary of a baby born at 35 weeks in a temporary folder and never touches yours.
``--all`` also grabs every other chart tab in both themes (``review-<theme>-<tab>.png``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DAYS = 150
TABS = ("rate", "episodes", "parts", "hours", "sleep")


def main() -> int:
    """Build the sample diary, show the review and save the screenshots."""
    from PySide6.QtWidgets import QApplication, QMainWindow
    from tests.perf.generate import generate_diary

    from desktop.store.diary import Diary
    from desktop.ui import themes
    from desktop.ui.review_view import ReviewView

    arguments = [argument for argument in sys.argv[1:] if not argument.startswith("--")]
    out = Path(arguments[0]) if arguments else ROOT / "docs" / "screenshots"
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
        shots = [("night", 0, "review-night.png"), ("day", 0, "review-day.png")]
        if "--all" in sys.argv:
            shots += [
                (theme, tab, f"review-{theme}-{tab}.png") for theme in ("night", "day") for tab in range(1, 5)
            ]
        for theme, tab, name in shots:
            themes.apply(window, theme)
            view.chart_tabs.setCurrentIndex(tab)
            app.processEvents()
            chart = view.chart(TABS[tab])
            if chart is not None:
                chart.canvas.draw()  # what draw_idle would paint, finished before the grab
            app.processEvents()
            window.grab().save(str(out / name))
            print(f"wrote {out / name}")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
