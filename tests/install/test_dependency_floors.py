"""The lowest dependency versions pyproject.toml admits really work: the suite passes on them.

A fresh venv gets exactly each declared floor (``>=X`` becomes ``==X``) of the app's own
dependencies, their dependencies at whatever pip picks, and the test tools; then the suite (but
this folder, which builds and installs, and the lint and type checks) runs in it against the
checkout. It is how a stale floor shows, as ``PySide6-Essentials>=6.6`` did when the code began to
call ``QDateTimeEdit.setTimeZone`` (new in 6.7).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from .conftest import BIN, ROOT, needs_builds

pytestmark = pytest.mark.slow


def declared_floors() -> dict[str, str]:
    """Each runtime dependency's name and its ``>=`` version in pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    floors = {}
    for requirement in project["dependencies"]:
        found = re.match(r"^([A-Za-z0-9_.-]+)\s*>=\s*([0-9][0-9A-Za-z.]*)", requirement)
        assert found, f"{requirement!r} has no >= floor"
        floors[found.group(1)] = found.group(2)
    return floors


def test_every_dependency_has_a_floor() -> None:
    assert set(declared_floors()) == {"PySide6-Essentials", "matplotlib", "numpy", "cryptography"}


@needs_builds
def test_the_suite_passes_on_the_declared_floors(tmp_path: Path) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    tools = [
        requirement
        for requirement in project["optional-dependencies"]["test"]
        if not requirement.startswith(("pyinstaller", "build"))  # only tests/install needs those
    ]
    venv = tmp_path / "floors"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = str(venv / BIN / "python")
    pins = [f"{name}=={version}" for name, version in declared_floors().items()]
    install = subprocess.run(
        [python, "-m", "pip", "install", "-q", *pins, *tools],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert install.returncode == 0, install.stderr[-4000:]
    # The checkout itself, editable and without dependencies (the floors are what is installed).
    editable = subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-deps", "-e", str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert editable.returncode == 0, editable.stderr[-4000:]
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    suite = subprocess.run(
        [
            python,
            "-m",
            "pytest",
            "-q",
            "-x",
            "-p",
            "no:cacheprovider",
            "--ignore",
            str(ROOT / "tests" / "install"),
            # mypy reads PySide6's and matplotlib's own type stubs, which change between releases:
            # the pinned checkers judge the code against the versions the README installs.
            "--deselect",
            "tests/test_code_quality.py",
            str(ROOT / "tests"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    assert suite.returncode == 0, f"on {', '.join(pins)}:\n{suite.stdout[-6000:]}"
