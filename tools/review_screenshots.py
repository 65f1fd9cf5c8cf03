"""Grab the real window's review (summary, charts, guidance) in both themes: ``docs/screenshots``.

Run ``python tools/review_screenshots.py [OUT_DIR] [--all]`` from the project folder; it builds a
five-month diary of a baby born at 35 weeks in a temporary folder and never touches yours.
``--all`` also grabs every other chart tab in both themes (``review-<theme>-<tab>.png``);
``--size=WxH`` sets the window's size (default 1000x760, the app's own default).
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
    """Build the sample diary, open the real window on its review and save the screenshots."""
    import time

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication
    from tests.perf.bench_hooks import wait_for_review
    from tests.perf.generate import generate_diary

    from desktop.app import create_window
    from desktop.store.diary import Diary
    from desktop.ui import themes
    from desktop.ui.main_window import MainWindow

    arguments = [argument for argument in sys.argv[1:] if not argument.startswith("--")]
    out = Path(arguments[0]) if arguments else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="twitch-shots-") as temp:
        with Diary(Path(temp)) as diary:
            generate_diary(diary, days=DAYS, seed=3)
        window = create_window(Path(temp))
        assert isinstance(window, MainWindow)
        sizes = [a.split("=", 1)[1] for a in sys.argv if a.startswith("--size=")] or ["1000x760"]
        width, height = (int(part) for part in sizes[-1].split("x"))
        window.resize(width, height)
        window.show()
        window.findChild(QAction, "show_review").trigger()
        wait_for_review(window, app)
        view = window.review
        assert view is not None
        shots = [("night", 0, "review-night.png"), ("day", 0, "review-day.png")]
        if "--all" in sys.argv:
            shots += [
                (theme, tab, f"review-{theme}-{tab}.png") for theme in ("night", "day") for tab in range(1, 5)
            ]
        for theme, tab, name in shots:
            themes.apply(window, theme)
            view.chart_tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
            chart = view.chart(TABS[tab])  # type: ignore[attr-defined]
            if chart is not None:
                chart.canvas.draw()  # what draw_idle would paint, finished before the grab
            settle = time.perf_counter() + 0.5  # the guidance panel is judged just after the charts
            while time.perf_counter() < settle:
                app.processEvents()
            window.grab().save(str(out / name))
            print(f"wrote {out / name}")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
