"""Real child processes for the reliability tests: a lock holder and a bedside logger."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Holds the data directory's lock, says so, then waits to be killed.
LOCK_HOLDER = """
import sys, time
from pathlib import Path
from desktop.store.lock import DataDirLock
lock = DataDirLock(Path(sys.argv[1]))
lock.acquire()
print("locked", flush=True)
time.sleep(600)
"""


def start_python(code: str, *args: str) -> subprocess.Popen[str]:
    """Run ``python -c code args`` from the project root with its output piped back as text."""
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m desktop args`` to the end and capture what it printed."""
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
