"""Installed copies of the app, built once per test run: the wheel in a fresh venv, and the bundle.

They are what a parent gets, so the tests run them as a parent would: from a folder outside the
checkout, with no ``PYTHONPATH``, and with a home folder of their own. Building takes a few minutes
(the wheel and sdist through ``python -m build``, a venv that downloads the dependencies, and
PyInstaller), so each copy is made once for the whole session.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ..xvfb import fresh_xvfb

ROOT = Path(__file__).resolve().parents[2]
BIN = "Scripts" if sys.platform == "win32" else "bin"
# Building the copies and rerunning the suite on the dependency floors takes ~10 minutes on this
# 2-core machine, so a developer's run skips it unless asked; .ci/run asks, so CI always runs it.
BUILD_ENV = "TWITCH_DIARY_INSTALL_TESTS"
needs_builds = pytest.mark.skipif(
    os.environ.get(BUILD_ENV) != "1",
    reason=f"builds the wheel, sdist and bundle (~10 min): set {BUILD_ENV}=1 (.ci/run does)",
)


@dataclass(frozen=True)
class Built:
    """The release files ``python -m build`` made from the checkout."""

    wheel: Path
    sdist: Path


@dataclass(frozen=True)
class Copy:
    """One installed copy: its console program and its window (no console) program."""

    name: str
    console: Path
    window: Path
    home: Path

    def env(self, **extra: str) -> dict[str, str]:
        """The environment of a parent's session: own home, no PYTHONPATH, no test settings."""
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "TWITCH_DIARY", "XDG_", "QT_", "VIRTUAL_ENV"))
        }
        env.update(HOME=str(self.home), XDG_DATA_HOME=str(self.home / ".local" / "share"))
        env.update(XDG_CONFIG_HOME=str(self.home / ".config"), LC_ALL="C.UTF-8")
        # Qt warns (and the window test fails on any warning) when the runtime folder is unset.
        runtime = self.home / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env.update(XDG_RUNTIME_DIR=str(runtime))
        env.update(extra)
        return env

    def run(self, *args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """Run the console program with ``args`` from ``cwd``, offscreen, output captured."""
        return subprocess.run(
            [str(self.console), *args],
            cwd=cwd,
            env=self.env(QT_QPA_PLATFORM="offscreen"),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


def _run(command: list[str], **kwargs: object) -> None:
    """Run a build step; on failure the test shows the step's own output."""
    result = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        pytest.fail(f"{' '.join(command)} failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The wheel and sdist, built from the checkout in isolated build environments."""
    out = tmp_path_factory.mktemp("dist")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    _run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], env=env, timeout=900)
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return Built(wheel=wheel, sdist=sdist)


@pytest.fixture(scope="session")
def wheel_copy(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Copy:
    """A fresh venv holding only the built wheel and the dependencies it declares."""
    venv = tmp_path_factory.mktemp("wheel-venv") / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], timeout=300)
    _run([str(venv / BIN / "python"), "-m", "pip", "install", "-q", str(built.wheel)], timeout=900)
    home = tmp_path_factory.mktemp("wheel-home")
    return Copy("wheel", venv / BIN / "twitch-diary", venv / BIN / "twitch-diary-window", home)


@pytest.fixture(scope="session")
def bundle_copy(tmp_path_factory: pytest.TempPathFactory) -> Copy:
    """The standalone one-folder bundle, built by the repository's own script."""
    work = tmp_path_factory.mktemp("bundle")
    _run(
        [
            sys.executable,
            str(ROOT / "tools" / "build_bundle.py"),
            "--dist",
            str(work / "dist"),
            "--work",
            str(work / "build"),
        ],
        timeout=1200,
    )
    folder = work / "dist" / "twitch-diary"
    suffix = ".exe" if sys.platform == "win32" else ""
    home = tmp_path_factory.mktemp("bundle-home")
    return Copy("bundle", folder / f"twitch-diary{suffix}", folder / f"twitch-diary-window{suffix}", home)


@pytest.fixture(params=["wheel", "bundle"])
def installed(request: pytest.FixtureRequest) -> Copy:
    """Each installed copy in turn."""
    return request.getfixturevalue(f"{request.param}_copy")  # type: ignore[no-any-return]


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """A working folder outside the checkout (nothing of the source tree can be found from it)."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    assert ROOT not in folder.parents
    return folder


@pytest.fixture
def x_display() -> Iterator[str]:
    """A fresh Xvfb server (key repeat is its default) on a free display; skipped without Xvfb."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("needs Xvfb and xdotool (apt: xvfb xdotool)")
    with fresh_xvfb() as display:
        yield display
