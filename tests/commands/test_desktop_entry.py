"""``twitch-diary desktop-entry install|remove``: a valid menu entry for this very copy, and out again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import identity
from desktop.commands import desktop_entry

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("argument", "written"),
    [
        ("/usr/bin/twitch-diary", "/usr/bin/twitch-diary"),
        ("/home/a b/twitch-diary", '"/home/a b/twitch-diary"'),
        ("/opt/50%/app", "/opt/50%%/app"),
        ('/x/"q"', '"/x/\\\\"q\\\\""'),  # \" inside quotes, then each backslash doubled
        ("/x/$HOME", '"/x/\\\\$HOME"'),
        ("-m", "-m"),
    ],
)
def test_exec_arguments_are_quoted_as_the_specification_asks(argument: str, written: str) -> None:
    assert desktop_entry.quote_exec_argument(argument) == written


def test_data_home_follows_xdg_and_ignores_a_relative_value() -> None:
    assert desktop_entry.data_home({"XDG_DATA_HOME": "/data"}) == Path("/data")
    assert desktop_entry.data_home({"XDG_DATA_HOME": "rel"}) == Path.home() / ".local" / "share"
    assert desktop_entry.data_home({}) == Path.home() / ".local" / "share"


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.update(XDG_DATA_HOME=str(home), PYTHONPATH=str(ROOT), PATH="/usr/bin:/bin")
    return subprocess.run(
        [sys.executable, "-m", "desktop", "desktop-entry", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=home.parent,
    )


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="desktop entries are a Linux desktop's menu")
def test_install_writes_a_valid_entry_for_this_python_and_remove_takes_it_all(tmp_path: Path) -> None:
    home = tmp_path / "share"
    installed = _run(home, "install")
    assert installed.returncode == 0, installed.stderr
    assert "application menu" in installed.stdout
    entry = home / "applications" / f"{identity.APP_ID}.desktop"
    # Started as python -m desktop with no twitch-diary on PATH: the entry names this interpreter
    # by its own path (a venv's python, not the system python it links to) and the module.
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line == f"Exec={Path(sys.executable).absolute()} -m desktop"
    validate = shutil.which("desktop-file-validate")
    if validate:
        result = subprocess.run([validate, str(entry)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout
    written = {path.relative_to(home).as_posix() for path in home.rglob("*") if path.is_file()}
    written.discard("applications/mimeinfo.cache")
    assert f"metainfo/{identity.APP_ID}.metainfo.xml" in written
    assert f"icons/hicolor/scalable/apps/{identity.APP_ID}.svg" in written
    for size in identity.ICON_PNG_SIZES:
        assert f"icons/hicolor/{size}x{size}/apps/{identity.APP_ID}.png" in written
    assert not any(name.endswith(".partial") for name in written)

    removed = _run(home, "remove")
    assert removed.returncode == 0, removed.stderr
    # Only the desktop's own menu cache (update-desktop-database, where installed) stays behind.
    left = [path.name for path in home.rglob("*") if path.is_file()]
    assert left in ([], ["mimeinfo.cache"])
    again = _run(home, "remove")
    assert again.returncode == 0
    assert "nothing was changed" in again.stdout


@pytest.mark.slow
def test_an_unwritable_menu_folder_is_one_line_and_exit_code_1(tmp_path: Path) -> None:
    home = tmp_path / "share"
    home.mkdir()
    (home / "applications").write_text("a file where the folder should be")
    result = _run(home, "install")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Cannot write" in result.stderr


def test_windows_and_macos_are_pointed_to_the_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    with pytest.raises(desktop_entry.DesktopEntryError, match="standalone bundle"):
        desktop_entry.install(tmp_path)
    assert list(tmp_path.iterdir()) == []
