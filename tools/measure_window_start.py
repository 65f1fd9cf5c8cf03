"""Time from start to the window on screen, for installed copies beside a bare Qt window.

    python tools/measure_window_start.py --runs 5 NAME=PROGRAM [NAME=PROGRAM ...] [--floor PYTHON]

Each PROGRAM (the wheel venv's ``twitch-diary-window``, the bundle's, …) is started with
``--demo`` on a fresh Xvfb display, the clock stopping when xdotool sees its window mapped; Ctrl+Q
closes it. ``--floor PYTHON`` also times a bare PySide6 window started by that Python: what any
Qt app costs on this machine, measured in the same run, so the figures say what the app adds.
Prints the median and the range of each. Needs Xvfb and xdotool.
"""

from __future__ import annotations

import argparse
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"needs {name} (apt: xvfb xdotool)")
    return found


_BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(["bare"])
window = QMainWindow()
window.setWindowTitle("Twitch Diary bare")
window.resize(1000, 760)
window.show()
app.exec()
"""


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            _tool("Xvfb"),
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    ready, _, _ = select.select([read_end], [], [], 30)
    number = os.read(read_end, 32).decode().strip() if ready else ""
    # The pipe stays open while the server runs: Xvfb writes to it again on a reset and would die
    # of SIGPIPE if it were closed.
    if not number:
        server.kill()
        raise SystemExit("Xvfb did not start")
    return server, f":{number}"


def time_one(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` until its window is mapped; then it is closed."""
    started = time.monotonic()
    app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        # Polled rather than ``search --sync``, which here sometimes gave up at once.
        deadline = started + 120
        while True:
            found = subprocess.run(
                [_tool("xdotool"), "search", "--onlyvisible", "--name", "^Twitch Diary"],
                env=env,
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            )
            if found.stdout.strip() or time.monotonic() > deadline or app.poll() is not None:
                break
            time.sleep(0.02)
        if not found.stdout.strip():
            raise SystemExit(
                f"no window from {command[0]} (exit code {app.poll()}): {app.communicate()[1][-300:]}"
            )
        seconds = time.monotonic() - started
        window = found.stdout.split()[0]
        subprocess.run([_tool("xdotool"), "windowfocus", "--sync", window], env=env, check=False, timeout=30)
        subprocess.run([_tool("xdotool"), "key", "ctrl+q"], env=env, check=False, timeout=30)
        try:
            app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
        return seconds
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()


def main(argv: list[str] | None = None) -> int:
    """Measure each program ``--runs`` times, interleaved so machine load hits all alike."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("programs", nargs="+", help="NAME=PATH of a window program")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--floor", help="a Python with PySide6, to time a bare Qt window too")
    args = parser.parse_args(argv)
    commands = {name: [path, "--demo"] for name, path in (item.split("=", 1) for item in args.programs)}
    if args.floor:
        commands["bare Qt window (floor)"] = [args.floor, "-c", _BARE_WINDOW]
    server, display = _start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as home:
            env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "QT_"))}
            runtime = Path(home) / "runtime"
            runtime.mkdir(mode=0o700)
            env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=home, XDG_RUNTIME_DIR=str(runtime))
            env.update(XDG_DATA_HOME=str(Path(home) / "share"), XDG_CONFIG_HOME=str(Path(home) / "config"))
            for command in commands.values():  # the first start fills the demo diary and disk caches
                time_one(command, env)
            times: dict[str, list[float]] = {name: [] for name in commands}
            for _ in range(args.runs):
                for name, command in commands.items():
                    times[name].append(time_one(command, env))
    finally:
        server.terminate()
        server.wait()
    for name, values in times.items():
        print(
            f"{name}: median {statistics.median(values):.2f} s (range {min(values):.2f}–{max(values):.2f}, "
            f"{len(values)} runs)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
