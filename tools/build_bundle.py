"""Build the standalone one-folder bundle of Twitch Diary with PyInstaller, on this platform.

    python tools/build_bundle.py [--dist DIR]

The same command on Linux, Windows and macOS (PyInstaller builds for the platform it runs on).
The result, ``DIR/twitch-diary/``, needs no Python: it holds ``twitch-diary`` (every command,
with a console) and ``twitch-diary-window`` (the window, with no console window on Windows and
macOS). Zip the folder to hand it to a parent.

Why PyInstaller rather than Qt's ``pyside6-deploy``: pyside6-deploy compiles through Nuitka and a
C compiler (minutes per build and a compiler on every build machine), and it ships only with the
full ``PySide6`` package, not with the ``PySide6-Essentials`` the app depends on. PyInstaller is a
pure-pip tool with hooks for PySide6 and matplotlib, builds in well under a minute here, and makes
a console and a window program in one folder.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "tools" / "bundle" / "twitch-diary.spec"


def folder_size(folder: Path) -> int:
    """Bytes of the files in ``folder``; symbolic links (macOS frameworks) are not counted twice."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    # The app's own test settings must not leak into the build's import of the app.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    subprocess.run(command, check=True, env=env)
    return dist / "twitch-diary"


def main(argv: list[str] | None = None) -> int:
    """Build, then print where the bundle is, its size and how long the build took."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="folder for the bundle")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle", help="build scratch")
    args = parser.parse_args(argv)
    started = time.monotonic()
    bundle = build(args.dist.resolve(), args.work.resolve())
    seconds = time.monotonic() - started
    size = folder_size(bundle)
    print(f"Built {bundle} ({size / 1e6:.0f} MB) in {seconds:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
