"""Benchmark: each speed and memory figure measured against a floor taken in the same run.

Run as ``python tests/perf/bench.py`` (not part of the default test run). The machine is shared
and noisy, so every figure is a median over several runs, interleaved with its floor, and the
targets are ratios against that floor wherever a floor makes sense. The last line printed is one
JSON object with the keys the README's performance table uses.
"""

from __future__ import annotations

import argparse
import collections
import compileall
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TARGETS = {
    "startup_ratio": ("<=", 1.5),
    "startup_x_ratio": ("<=", 1.25),
    "tap_ratio": ("<=", 3.0),
    "tap_p99_ms": ("<", 16.0),
    "review_s": ("<=", 0.6),
    "review_babies_ratio": ("<=", 1.1),
    "report_s": ("<=", 2.0),
    "import_ratio": ("<=", 10.0),
    "rss_ratio": ("<=", 1.3),
}


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("TWITCH_DIARY_DATA_DIR", None)
    return env


def _run_child(
    code: str, *args: str, marker: str = "READY", env: dict[str, str] | None = None
) -> tuple[float, list[str]]:
    """Start a fresh Python process; return seconds from spawn to the marker line, and its output."""
    elapsed, lines, _ = _run_child_from(code, *args, marker=marker, env=env)
    return elapsed, lines


def _run_child_from(
    code: str, *args: str, marker: str = "READY", env: dict[str, str] | None = None
) -> tuple[float, list[str], float]:
    """``_run_child``, also returning the ``time.perf_counter()`` at which the process was started."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_child_env() if env is None else env,
        cwd=ROOT,
    )
    assert process.stdout is not None
    lines: list[str] = []
    elapsed = float("nan")
    for line in process.stdout:
        lines.append(line.rstrip("\n"))
        if line.startswith(marker):
            elapsed = time.perf_counter() - started
            break
    rest, errors = process.communicate(timeout=120)
    lines.extend(rest.splitlines())
    if process.returncode != 0 or math.isnan(elapsed):
        raise RuntimeError(f"benchmark child failed ({process.returncode}):\n{errors[-3000:]}")
    return elapsed, lines, started


# --- child programs ---------------------------------------------------------------------------

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(900, 650)
window.show()
app.processEvents()
print("READY", flush=True)
"""

OUR_APP = """
import sys
from tests.first_paint import run_reporting_first_paint

def report(window):
    print("READY matplotlib loaded:", "matplotlib" in sys.modules, flush=True)

sys.exit(run_reporting_first_paint(sys.argv[1], report))
"""

# The real-X floor: the bare window until the X server has shown it (exposed means mapped).
BARE_WINDOW_X = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1000, 760)
window.show()
while window.windowHandle() is None or not window.windowHandle().isExposed():
    app.processEvents()
print("READY", flush=True)
"""

BARE_RSS = """
import sys
from tests.perf.bench_hooks import peak_rss_kb
from PySide6.QtWidgets import QApplication, QMainWindow
import matplotlib
matplotlib.use("QtAgg")
from matplotlib.figure import Figure
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(FigureCanvasQTAgg(Figure()))
window.resize(900, 650)
window.show()
app.processEvents()
print("READY", peak_rss_kb(), flush=True)
"""

REVIEW = """
import sys, time
from pathlib import Path
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from desktop.app import create_window
from tests.perf.bench_hooks import peak_rss_kb, wait_for_review
app = QApplication(sys.argv[:1])
window = create_window(Path(sys.argv[1]))
window.resize(1000, 760)  # the window's default size
window.show()
# Ctrl+2 as a parent presses it: after the window finished starting (the menus and checks built
# right after the first paint are start-up's work, timed by the start-up figure).
while not window.start_finished:
    app.processEvents()
started = time.perf_counter()
window.findChild(QAction, "show_review").trigger()
wait_for_review(window, app)
elapsed = time.perf_counter() - started
print("READY", elapsed, peak_rss_kb(), flush=True)
window.close()
"""

# The floor of the review figure: what any matplotlib chart in a Qt window costs the first time
# (importing matplotlib's Qt canvas, one figure with a month of points, drawn and painted).
BARE_CHART = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1000, 760)
window.show()
app.processEvents()
started = time.perf_counter()
import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
figure = Figure(layout="constrained")
canvas = FigureCanvasQTAgg(figure)
window.setCentralWidget(canvas)
ax = figure.add_subplot()
rng = np.random.default_rng(1)
ax.scatter(rng.uniform(0, 4, 112), rng.uniform(0, 9, 112), s=20, label="one sleep")
ax.plot([0.5, 1.5, 2.5, 3.5], [4.0, 5.0, 4.0, 3.0], marker="o", label="weekly rate")
ax.set_xlabel("Age (weeks)")
ax.set_ylabel("Twitches per hour of sleep")
ax.legend(loc="upper right")
canvas.draw_idle()
while figure.stale:
    app.processEvents()
print("READY", time.perf_counter() - started, flush=True)
"""

TAPS = """
import statistics, sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from desktop.app import create_window
from tests.perf.bench_hooks import FloorWriter, twitch_count
app = QApplication(sys.argv[:1])
data_dir = Path(sys.argv[1])
window = create_window(data_dir)
window.show()
app.processEvents()
taps = int(sys.argv[2])
# The floor is written in this process, on the same disk, alternating with the taps: both see the
# same moments of the shared machine's disk and CPU.
floor = FloorWriter(data_dir.parent / "floor.sqlite3")
times, floor_times = [], []
for number in range(taps):
    floor_times.append(floor.write(number))
    before = twitch_count(window)
    started = time.perf_counter()
    QTest.keyClick(window, Qt.Key.Key_Space)
    while twitch_count(window) == before:
        app.processEvents()
    times.append(time.perf_counter() - started)
floor.close()
# One line: what follows the READY line may be left in the parent's read-ahead buffer.
tap_text, floor_text = (" ".join(f"{t:.6f}" for t in values) for values in (times, floor_times))
print("READY", tap_text, "FLOOR", floor_text, flush=True)
window.close()
"""

IMPORT = """
import json, sys, time
from pathlib import Path
from desktop.exchange.json_import import import_file
from desktop.store.diary import Diary
source, target = Path(sys.argv[1]), Path(sys.argv[2])
started = time.perf_counter()
with source.open(encoding="utf-8") as handle:
    json.load(handle)
load_s = time.perf_counter() - started
with Diary(target) as diary:
    started = time.perf_counter()
    import_file(diary, source)
    import_s = time.perf_counter() - started
print("READY", load_s, import_s, flush=True)
"""


# --- measurements -----------------------------------------------------------------------------


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def measure_startup(data_dir: Path, runs: int) -> dict[str, float]:
    """Process start → window shown, ours on the three-year diary vs a bare QMainWindow.

    Ours is the real program (``desktop.app.main`` with ``--data-dir``, as ``twitch-diary`` runs
    it: argument parsing, the folder lock, the diary, the window), timed to the window's
    ``first_painted`` signal, which comes after its first paint.
    """
    ours: list[float] = []
    floor: list[float] = []
    for _ in range(runs):
        floor.append(_run_child(BARE_WINDOW)[0])
        elapsed, lines = _run_child(OUR_APP, str(data_dir))
        if any("matplotlib loaded: True" in line for line in lines):
            raise RuntimeError("the bedside start-up imported matplotlib")
        ours.append(elapsed)
    return {
        "startup_s": _median(ours),
        "startup_floor_s": _median(floor),
        "startup_ratio": _median(ours) / _median(floor),
    }


def measure_startup_real_x(data_dir: Path, runs: int) -> dict[str, float]:
    """Process start → window mapped on a real X server (Xvfb, xcb), ours vs a bare QMainWindow.

    The moment is the server's MapNotify (``tests/perf/window_maps.py``), before either window is
    painted; both run as in a parent's desktop session (``QT_QPA_PLATFORM=xcb``), interleaved.
    """
    from tests.perf.window_maps import WindowMaps
    from tests.xvfb import fresh_xvfb

    ours: list[float] = []
    floor: list[float] = []
    with fresh_xvfb("1280x800") as display, WindowMaps(display) as maps:
        env = {key: value for key, value in _child_env().items() if key != "WAYLAND_DISPLAY"}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        for _ in range(runs):
            for code, args, times in ((BARE_WINDOW_X, (), floor), (OUR_APP, (str(data_dir),), ours)):
                _, _, started = _run_child_from(code, *args, env=env)
                times.append(maps.first_since(started))
    return {
        "startup_x_s": _median(ours),
        "startup_x_floor_s": _median(floor),
        "startup_x_ratio": _median(ours) / _median(floor),
    }


def _back_to_back_floor(folder: Path, count: int) -> list[float]:
    """The same floor write, but every one right after the last (shown beside the ratio, not used in it)."""
    from tests.perf.bench_hooks import FloorWriter

    floor = FloorWriter(folder / "floor-back-to-back.sqlite3")
    times = [floor.write(number) for number in range(count)]
    floor.close()
    return times


def measure_taps(data_dir: Path, taps: int) -> dict[str, float]:
    """A Space press → tap committed and count shown, vs the bare SQLite write it contains."""
    _, lines = _run_child(TAPS, str(data_dir), str(taps))
    tap_text, floor_text = lines[0].removeprefix("READY").split("FLOOR")
    ours = [float(value) for value in tap_text.split()]
    floor = [float(value) for value in floor_text.split()]
    return {
        "tap_median_ms": _median(ours) * 1000,
        "tap_floor_ms": _median(floor) * 1000,
        "tap_floor_back_to_back_ms": _median(_back_to_back_floor(data_dir.parent, taps)) * 1000,
        "tap_ratio": _median(ours) / _median(floor),
        "tap_p99_ms": _p99(ours) * 1000,
    }


def measure_review_and_rss(data_dir: Path, babies_dir: Path, runs: int) -> dict[str, float]:
    """Ctrl+2 → review drawn (first time, fresh process) and peak memory vs a bare Qt+matplotlib window.

    The floor of ``review_babies_ratio`` is the one-baby review of the same run: the same review
    opened in a diary holding three such babies (twins and a sibling) may cost at most a tenth more.
    """
    review: list[float] = []
    babies: list[float] = []
    chart_floor: list[float] = []
    rss: list[float] = []
    floor_rss: list[float] = []
    for _ in range(runs):
        _, lines = _run_child(REVIEW, str(data_dir))
        fields = lines[0].split()
        review.append(float(fields[1]))
        rss.append(float(fields[2]))
        _, three_lines = _run_child(REVIEW, str(babies_dir))
        babies.append(float(three_lines[0].split()[1]))
        _, chart_lines = _run_child(BARE_CHART)
        chart_floor.append(float(chart_lines[0].split()[1]))
        _, floor_lines = _run_child(BARE_RSS)
        floor_rss.append(float(floor_lines[0].split()[1]))
    return {
        "review_s": _median(review),
        "review_babies_s": _median(babies),
        # Each three-baby run beside the one-baby run just before it: the load of the moment cancels.
        "review_babies_ratio": _median([three / one for three, one in zip(babies, review, strict=True)]),
        "review_floor_s": _median(chart_floor),
        "rss_mb": _median(rss) / 1024,
        "rss_floor_mb": _median(floor_rss) / 1024,
        "rss_ratio": _median(rss) / _median(floor_rss),
    }


def measure_report(data_dir: Path, baby_id: str, today: date, runs: int) -> dict[str, float]:
    """A four-week checkup PDF from the command line, whole process included."""
    from datetime import timedelta

    times: list[float] = []
    output = data_dir.parent / "report.pdf"
    start = (today - timedelta(days=28)).isoformat()
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "report", "--baby", baby_id,
             "-o", str(output), "--from", start, "--to", today.isoformat()],
            check=True, env=_child_env(), cwd=ROOT, capture_output=True,
        )  # fmt: skip
        times.append(time.perf_counter() - started)
    return {"report_s": _median(times)}


def measure_import(export_path: Path, folder: Path, runs: int) -> dict[str, float]:
    """Importing the three-year JSON export into a fresh diary vs ``json.load`` of the same file."""
    ratios: list[float] = []
    imports: list[float] = []
    loads: list[float] = []
    for number in range(runs):
        target = folder / f"import-{number}"
        _, lines = _run_child(IMPORT, str(export_path), str(target))
        load_s, import_s = (float(value) for value in lines[0].split()[1:3])
        loads.append(load_s)
        imports.append(import_s)
        ratios.append(import_s / load_s)
    return {"import_s": _median(imports), "json_load_s": _median(loads), "import_ratio": _median(ratios)}


def _verdict(key: str, value: float) -> str:
    operator, limit = TARGETS[key]
    ok = value <= limit if operator == "<=" else value < limit
    return f"{'met' if ok else 'MISSED':6} ({operator} {limit:g})"


def main() -> int:
    """Build the three-year diary, measure every figure, print the table and the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (medians are reported)")
    parser.add_argument(
        "--startup-runs",
        type=int,
        default=11,
        help="start-up runs, each beside a bare-window run (short, and the noisiest figure)",
    )
    parser.add_argument("--taps", type=int, default=300, help="taps timed for the tap figures")
    parser.add_argument(
        "--startup-only", action="store_true", help="only the two start-up figures (offscreen and real X)"
    )
    parser.add_argument("--days", type=int, default=1100, help="days of diary to generate")
    options = parser.parse_args()

    from tests.perf.generate import generate_diary

    # A user's Python runs the app from bytecode from the second start on (the first start writes
    # it; a wheel install writes it at install time). Write it now even where the environment
    # says not to (PYTHONDONTWRITEBYTECODE), so start-up is timed as a user sees it every day.
    compileall.compile_dir(ROOT / "desktop", quiet=1)
    compileall.compile_dir(ROOT / "tests" / "perf", quiet=1)

    from desktop.exchange.json_export import export_json
    from desktop.store.diary import Diary

    with tempfile.TemporaryDirectory(prefix="twitch-bench-") as temp:
        folder = Path(temp)
        data_dir = folder / "three-years"
        started = time.perf_counter()
        with Diary(data_dir) as diary:
            baby = generate_diary(diary, days=options.days, seed=1)
            events = diary.connection.execute("SELECT COUNT(*) FROM event").fetchone()[0]
            sleeps = diary.connection.execute("SELECT COUNT(*) FROM sleep").fetchone()[0]
            export_path = folder / "three-years.json"
            export_json(diary, export_path)
        # Three babies of three years each (twins and a sibling) for review_babies_ratio.
        babies_dir = folder / "three-babies"
        with Diary(babies_dir) as diary:
            for seed in (1, 2, 3):
                generate_diary(diary, days=options.days, seed=seed)
        print(f"generated {sleeps} sleeps, {events} events in {time.perf_counter() - started:.1f} s")
        today = date.today()

        results: dict[str, float] = {}
        steps: list[tuple[str, Callable[[], dict[str, float]]]] = [
            ("start-up", lambda: measure_startup(data_dir, options.startup_runs)),
            ("start-up on a real X server", lambda: measure_startup_real_x(data_dir, options.startup_runs)),
            ("review and memory", lambda: measure_review_and_rss(data_dir, babies_dir, options.runs)),
            ("report", lambda: measure_report(data_dir, baby.id, today, options.runs)),
            ("import", lambda: measure_import(export_path, folder, max(3, options.runs // 2))),
            # Taps last: they add rows (to a sleep the taps start), which must not shift other figures.
            ("taps", lambda: measure_taps(data_dir, options.taps)),
        ]
        if options.startup_only:
            steps = steps[:2]
        for name, step in steps:
            step_started = time.perf_counter()
            results.update(step())
            print(f"measured {name} in {time.perf_counter() - step_started:.1f} s", flush=True)

    print()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()},"
          f" {platform.system()} {platform.release()}")  # fmt: skip
    # Details of figures not measured (--startup-only) read as nan; their rows are not printed.
    shown = collections.defaultdict(lambda: math.nan, results)
    rows = [
        ("startup_ratio", f"{shown['startup_s']:.3f} s vs bare window {shown['startup_floor_s']:.3f} s"),
        (
            "startup_x_ratio",
            f"to the window mapped on Xvfb: {shown['startup_x_s']:.3f} s"
            f" vs bare window {shown['startup_x_floor_s']:.3f} s",
        ),
        (
            "tap_ratio",
            f"{shown['tap_median_ms']:.2f} ms vs INSERT+COMMIT {shown['tap_floor_ms']:.2f} ms between"
            f" taps ({shown['tap_floor_back_to_back_ms']:.2f} ms back to back)",
        ),
        ("tap_p99_ms", f"99th percentile of {options.taps} taps"),
        (
            "review_s",
            "Ctrl+2 to charts drawn, first time, three-year diary, 1000 x 760"
            f" (one bare matplotlib chart in a window, same run: {shown['review_floor_s']:.3f} s)",
        ),
        (
            "review_babies_ratio",
            f"{shown['review_babies_s']:.3f} s with three three-year babies vs one {shown['review_s']:.3f} s",
        ),
        ("report_s", "four-week PDF, whole command-line process"),
        ("import_ratio", f"{shown['import_s']:.2f} s vs json.load {shown['json_load_s']:.2f} s"),
        ("rss_ratio", f"{shown['rss_mb']:.0f} MB vs bare Qt+matplotlib {shown['rss_floor_mb']:.0f} MB"),
    ]
    print(f"{'figure':19} {'value':>9}  {'verdict':20} detail")
    for key, detail in rows:
        if key not in results:
            continue
        print(f"{key:19} {results[key]:9.3f}  {_verdict(key, results[key]):20} {detail}")
    print(json.dumps({key: round(results[key], 4) for key in TARGETS if key in results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
