"""Real commands run under strace: slowed at each flush (to race them) or killed at the Nth write step."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from tests.reliability.processes import ROOT

STRACE = shutil.which("strace")
# The system calls a crash-safe write sequence is made of: flushes and renames.
WRITE_STEPS = ("fsync", "fdatasync", "rename", "renameat", "link", "linkat", "unlink", "unlinkat")


def strace_works() -> bool:
    """True when strace can trace a child here (it may be missing, or ptrace forbidden)."""
    if STRACE is None:
        return False
    probe = subprocess.run(
        [STRACE, "-f", "-qq", "-o", os.devnull, "-e", "trace=none", sys.executable, "-c", "pass"],
        capture_output=True,
        check=False,
        timeout=60,
    )
    return probe.returncode == 0


def _python_command(args: tuple[str, ...]) -> list[str]:
    return [sys.executable, "-m", "desktop", *args]


def start_slowed(*args: str, delay_s: float = 1.5) -> subprocess.Popen[str]:
    """Start ``python -m desktop args`` with every fsync/fdatasync held up ``delay_s`` (a slow disk)."""
    assert STRACE is not None
    micros = int(delay_s * 1_000_000)
    command = [
        STRACE, "-f", "-qq", "-o", os.devnull, "-e", "trace=fsync,fdatasync",
        "-e", f"inject=fsync,fdatasync:delay_enter={micros}", *_python_command(args),
    ]  # fmt: skip
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_killed_at(
    syscall: str, step: int, *args: str, code: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a command (or ``python -c code args``) and SIGKILL it on entering its ``step``-th ``syscall``.

    Returns the finished process: its returncode is -SIGKILL when the kill happened, else the
    command ran to its end (it made fewer such calls than ``step``).
    """
    assert STRACE is not None
    program = _python_command(args) if code is None else [sys.executable, "-c", code, *args]
    command = [
        STRACE, "-f", "-qq", "-o", os.devnull, "-e", f"trace={syscall}",
        "-e", f"inject={syscall}:signal=SIGKILL:when={step}", *program,
    ]  # fmt: skip
    result = subprocess.run(
        command,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    # strace exits with the traced program's status; a program killed by a signal shows as
    # strace dying of it (negative) or as 128+signal, depending on the version.
    if result.returncode in (128 + signal.SIGKILL, -signal.SIGKILL):
        result.returncode = -signal.SIGKILL
    return result


def killed(result: subprocess.CompletedProcess[str]) -> bool:
    """True when the command was killed before it finished."""
    return result.returncode == -signal.SIGKILL


def wait_for(path: Path, child: subprocess.Popen[str], timeout_s: float = 60) -> None:
    """Wait until ``path`` exists (the child reached that point), failing if the child ended first."""
    import time

    deadline = time.monotonic() + timeout_s
    while not path.exists():
        assert child.poll() is None, f"the command ended early: {child.communicate()}"
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.02)
