"""The wheel in a fresh venv and the standalone bundle work as a parent gets them, outside the checkout.

Each copy runs every command on the demo diary, makes a checkup PDF that opens, and shows the
window on a real X display with Qt's warnings made fatal (``QT_FATAL_WARNINGS``): a missing
resource, icon or plugin stops the test instead of passing unseen.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop import __version__

from .conftest import ROOT, Built, Copy, needs_builds

pytestmark = [pytest.mark.slow, needs_builds]


def _resource_files() -> set[str]:
    """Every shipped resource, as a path inside the ``twitch_diary_resources`` package."""
    return {
        "twitch_diary_resources/" + path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_the_wheel_holds_every_resource_and_module(built: Built) -> None:
    names = set(zipfile.ZipFile(built.wheel).namelist())
    assert _resource_files() <= names, sorted(_resource_files() - names)
    modules = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "desktop").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert modules <= names, sorted(modules - names)
    assert not any(name.startswith(("tests/", "tools/")) for name in names)


def test_the_sdist_carries_the_resources_tests_and_tools(built: Built) -> None:
    with tarfile.open(built.sdist) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    wanted = {
        "resources/" + path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    tests = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "tests").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert wanted <= names, sorted(wanted - names)
    assert tests <= names, sorted(tests - names)
    assert {"LICENSE", "README.md", "pyproject.toml", "tools/build_bundle.py"} <= names


def test_the_wheel_copy_runs_its_own_installed_code(wheel_copy: Copy, elsewhere: Path) -> None:
    python = wheel_copy.console.parent / "python"
    result = subprocess.run(
        [
            str(python),
            "-c",
            "import desktop, twitch_diary_resources as r; print(desktop.__file__, r.__file__)",
        ],
        cwd=elsewhere,
        env=wheel_copy.env(),
        capture_output=True,
        text=True,
        check=True,
    )
    for location in result.stdout.split():
        assert "site-packages" in location
        assert not Path(location).is_relative_to(ROOT)


def test_version(installed: Copy, elsewhere: Path) -> None:
    result = installed.run("--version", cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"twitch-diary {__version__}"


def test_every_command_works_on_the_demo_diary(installed: Copy, elsewhere: Path) -> None:
    babies = installed.run("--demo", "babies", cwd=elsewhere)
    assert babies.returncode == 0, babies.stderr
    assert babies.stdout.splitlines()[1].startswith("Noa ")
    assert babies.stderr == ""

    guidance = installed.run("--demo", "guidance", "--baby", "Noa", cwd=elsewhere)
    assert guidance.returncode == 0, guidance.stderr
    assert guidance.stdout.startswith("Guidance for Noa")
    assert "talk to your pediatrician" in guidance.stdout

    as_json = installed.run("--demo", "guidance", "--baby", "Noa", "--json", cwd=elsewhere)
    assert as_json.returncode == 0, as_json.stderr
    assert as_json.stdout.lstrip().startswith("{")

    export = installed.run("--demo", "export", str(elsewhere / "diary.json"), cwd=elsewhere)
    assert export.returncode == 0, export.stderr
    assert (elsewhere / "diary.json").stat().st_size > 1000

    backups = installed.run("--demo", "restore", cwd=elsewhere)
    assert backups.returncode == 0, backups.stderr

    report = installed.run("--demo", "report", "--baby", "Noa", "-o", "checkup.pdf", cwd=elsewhere)
    assert report.returncode == 0, report.stderr
    assert report.stderr == ""
    pdf = PdfReader(elsewhere / "checkup.pdf")
    assert 2 <= len(pdf.pages) <= 4
    assert "Noa" in pdf.pages[0].extract_text()
    # The charts are vector drawings: their titles and axis words are text in the PDF, set in the
    # fonts matplotlib ships (a copy without matplotlib's data files could not write them).
    words = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    assert "Twitches per hour of sleep" in words
    assert "(weeks)" in words
    if shutil.which("pdftoppm"):
        # And it opens in a real PDF reader: poppler renders the first page.
        subprocess.run(
            ["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", "checkup.pdf", "page"],
            cwd=elsewhere,
            check=True,
            timeout=60,
        )
        assert (elsewhere / "page-1.png").stat().st_size > 1000


def test_a_user_mistake_is_one_line_not_a_traceback(installed: Copy, elsewhere: Path) -> None:
    result = installed.run("--demo", "report", "--baby", "Nobody", "-o", "x.pdf", cwd=elsewhere)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (elsewhere / "x.pdf").exists()


# Grabs the whole X screen to a PNG and prints how many different colours a sample of it has.
_GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
image = app.primaryScreen().grabWindow(0).toImage()
image.save(sys.argv[1])
colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
print(len(colours))
"""


def _xdotool(copy: Copy, display: str, *args: str) -> str:
    result = subprocess.run(
        ["xdotool", *args],
        env=copy.env(DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


def test_the_window_opens_with_no_qt_warning(
    installed: Copy, elsewhere: Path, x_display: str, tmp_path: Path
) -> None:
    env = installed.env(DISPLAY=x_display, QT_QPA_PLATFORM="xcb", QT_FATAL_WARNINGS="1")
    started = time.monotonic()
    # The window program, as a menu entry starts it (no console on Windows).
    app = subprocess.Popen(
        [str(installed.window), "--demo"],
        cwd=elsewhere,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window = _xdotool(
            installed, x_display, "search", "--sync", "--onlyvisible", "--name", "^Twitch Diary"
        )
        shown_after = time.monotonic() - started
        time.sleep(1.0)  # let the first paint and the deferred start-up work finish
        assert app.poll() is None, app.communicate()
        shot = tmp_path / f"{installed.name}-window.png"
        grab = subprocess.run(
            [sys.executable, "-c", _GRAB, str(shot)],
            env=installed.env(DISPLAY=x_display, QT_QPA_PLATFORM="xcb"),
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        assert int(grab.stdout) > 20, "the screen is blank"
        if shutil.which("xprop"):
            # The desktop matches the window to the menu entry (StartupWMClass) by its WM_CLASS.
            wm_class = subprocess.run(
                ["xprop", "-id", window.split()[0], "WM_CLASS"],
                env=installed.env(DISPLAY=x_display),
                capture_output=True,
                text=True,
                timeout=30,
                check=True,
            )
            assert '"twitch-diary"' in wm_class.stdout, wm_class.stdout
        _xdotool(installed, x_display, "windowfocus", "--sync", window.split()[0])
        time.sleep(0.3)
        _xdotool(installed, x_display, "key", "ctrl+q")
        _, stderr = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(timeout=10)
    assert app.returncode == 0, stderr
    assert stderr == "", stderr
    print(f"{installed.name}: window shown {shown_after:.2f} s after start; screenshot {shot}")


def test_desktop_entry_names_this_copy(installed: Copy, elsewhere: Path) -> None:
    installed_entry = installed.run("desktop-entry", "install", cwd=elsewhere)
    assert installed_entry.returncode == 0, installed_entry.stderr
    entry = installed.home / ".local/share/applications/org.twitchdiary.TwitchDiary.desktop"
    exec_lines = [line for line in entry.read_text().splitlines() if line.startswith("Exec=")]
    assert exec_lines == [f"Exec={installed.console.resolve()}"]
    icons = installed.home / ".local/share/icons/hicolor"
    assert (icons / "256x256/apps/org.twitchdiary.TwitchDiary.png").is_file()
    removed = installed.run("desktop-entry", "remove", cwd=elsewhere)
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists()
