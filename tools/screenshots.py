"""Grab the bedside view in the night and day themes to ``docs/screenshots/bedside-*.png``.

Run ``python tools/screenshots.py [OUT_DIR]`` from the project folder. It fills a demo diary in a
temporary folder (never yours), opens the real window offscreen, starts a sleep, logs a few taps
and saves: ``bedside-night.png``, ``bedside-day.png``, ``bedside-night-episode.png`` (the questions
after an episode) and ``bedside-night-get-help.png`` (the red banner after a breathing pause).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.app import create_window  # noqa: E402
from desktop.core.clock import SystemClock  # noqa: E402
from desktop.demo import fill_demo_diary  # noqa: E402
from desktop.store.diary import Diary  # noqa: E402
from desktop.ui import themes  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

SIZE = (1000, 760)  # the window's own default size


def save(window: MainWindow, app: QApplication, theme: str, path: Path) -> None:
    """Show the window in a theme, let the pulse of the last tap fade, and save a picture."""
    themes.apply(window, theme)
    window.bedside.tap_area.pulse(False)
    window.bedside.refresh()
    app.processEvents()
    window.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    """Fill the demo diary, log a sleep with a few taps and save the bedside screenshots."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="twitch-bedside-") as temp:
        data_dir = Path(temp) / "data"
        with Diary(data_dir) as diary:
            fill_demo_diary(diary, date.today())
        window = create_window(data_dir)
        assert isinstance(window, MainWindow)
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        bedside = window.bedside
        # A sleep that began 47 minutes ago, with taps a parent might log in a short burst.
        start = SystemClock().now() - timedelta(minutes=47)
        bedside.session.start_sleep(start)
        bedside.body_chips.set_value("hand")
        bedside.side_chips.set_value("left")
        for seconds in (300, 304, 305, 1500, 1502, 2590, 2592, 2593, 2720):
            bedside.log_twitch(start + timedelta(seconds=seconds))
        bedside.log_twitch()
        save(window, app, "night", out / "bedside-night.png")
        save(window, app, "day", out / "bedside-day.png")

        # An episode timed for 38 seconds, then two of the questions answered.
        bedside.toggle_episode(SystemClock().now() - timedelta(seconds=38), time.monotonic() - 38)
        bedside.toggle_episode()
        panel = bedside.episode_panel
        panel.buttons["state"]["asleep"].click()
        panel.buttons["stopped_on_waking"]["yes"].click()
        save(window, app, "night", out / "bedside-night-episode.png")

        bedside.sign_buttons["breathing_pause"].click()
        save(window, app, "night", out / "bedside-night-get-help.png")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
