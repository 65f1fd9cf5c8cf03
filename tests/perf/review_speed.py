"""Time the review on the three-year diary: first open (matplotlib import included) and redraws.

Run ``python tests/perf/review_speed.py [DATA_DIR]`` (offscreen). Without DATA_DIR it generates
the diary in a temporary folder first. Each figure runs in a fresh process, so the first open
includes importing matplotlib; "open" ends when the first chart has been drawn on the canvas.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CHILD = r"""
import json, sys, time
from pathlib import Path
from typing import Any
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
from desktop.store.diary import Diary
from desktop.ui import themes
diary = Diary(Path(sys.argv[1]))
baby = diary.babies.all()[0]
window = QMainWindow()
window.resize(1360, 860)
themes.apply(window, "night")
window.show()
app.processEvents()
assert "matplotlib" not in sys.modules
started = time.perf_counter()
from desktop.ui.review.view import ReviewView
drawn = []
def wait_drawn():
    # Qt paints the canvas (draw_idle) in the event loop; stop when the chart has been drawn.
    while not drawn:
        app.processEvents()
    drawn.clear()
view = ReviewView(diary, window)
view.charts_drawn.connect(lambda: drawn.append(1))
view.set_baby(baby)
window.setCentralWidget(view)
wait_drawn()
opened = time.perf_counter() - started
redraws = {}
for step, action in (
    ("range all", lambda: view.set_range("all")),
    ("age chronological", lambda: view.set_age_mode("chronological")),
    ("age corrected", lambda: view.set_age_mode("corrected")),
    ("range 7", lambda: view.set_range("7")),
    ("range 28", lambda: view.set_range("28")),
):
    started = time.perf_counter()
    action()
    wait_drawn()
    redraws[step] = time.perf_counter() - started
print(json.dumps({"open_s": opened, "redraw_s": redraws}))
"""

# The floor on this machine at this moment: importing matplotlib's Figure and Qt canvas and
# drawing a one-line constrained-layout chart of the same size, then redrawing it once.
FLOOR = r"""
import json, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.resize(1360, 860); window.show(); app.processEvents()
started = time.perf_counter()
from matplotlib.figure import Figure
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
figure = Figure(layout="constrained")
canvas = FigureCanvasQTAgg(figure)
window.setCentralWidget(canvas)
ax = figure.add_subplot(); ax.plot([0, 1, 2], [1, 3, 2]); ax.set_xlabel("weeks"); ax.set_ylabel("rate")
app.processEvents(); canvas.draw()
opened = time.perf_counter() - started
started = time.perf_counter()
figure.clear(); ax = figure.add_subplot(); ax.plot([0, 1, 2], [2, 1, 3]); ax.set_xlabel("weeks")
canvas.draw()
print(json.dumps({"open_s": opened, "redraw_s": time.perf_counter() - started}))
"""


def _run(code: str, data_dir: Path, env: dict[str, str]) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    """Print the median open time and the worst redraw, over a few fresh processes."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    runs = 5
    with tempfile.TemporaryDirectory(prefix="review-speed-") as temp:
        if len(sys.argv) > 1:
            data_dir = Path(sys.argv[1])
        else:
            from tests.perf.generate import generate_diary

            from desktop.store.diary import Diary

            data_dir = Path(temp) / "diary"
            with Diary(data_dir) as diary:
                generate_diary(diary)
        results: list[dict[str, Any]] = []
        floors: list[dict[str, Any]] = []
        for _ in range(runs):  # interleaved, so both see the same load
            results.append(_run(CHILD, data_dir, env))
            floors.append(_run(FLOOR, data_dir, env))
    opens = [result["open_s"] for result in results]
    floor_open = statistics.median(floor["open_s"] for floor in floors)
    floor_redraw = statistics.median(floor["redraw_s"] for floor in floors)
    print("open (s):", " ".join(f"{value:.3f}" for value in opens), f"median {statistics.median(opens):.3f}")
    print(f"floor: bare matplotlib import + first draw {floor_open:.3f} s, bare redraw {floor_redraw:.3f} s")
    for step in results[0]["redraw_s"]:
        values = [result["redraw_s"][step] for result in results]
        print(f"redraw {step} (s): median {statistics.median(values):.3f} max {max(values):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
