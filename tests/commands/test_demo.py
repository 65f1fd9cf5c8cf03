"""``--demo`` as a user runs it: the demo's own folder, filled once, for a command or the window."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.commands.support import GOOD_EXPORT, Cli, snapshot, write_json

from desktop.store.connection import DATABASE_NAME


@pytest.mark.slow
def test_demo_uses_its_own_folder_never_the_users_diary(cli: Cli, tmp_path: Path) -> None:
    users_diary = tmp_path / "my-diary"
    first = cli.run("--demo", "babies", "--json", data_dir=False, TWITCH_DIARY_DATA_DIR=str(users_diary))
    assert first.returncode == 0, first.stderr
    (noa,) = json.loads(first.stdout)
    assert noa["name"] == "Noa"
    assert noa["chronological_age_weeks"] == 10
    assert not users_diary.exists()
    assert (tmp_path / "xdg" / "twitch-diary-demo" / DATABASE_NAME).is_file()

    second = cli.run("--demo", "babies", "--json", data_dir=False)
    assert json.loads(second.stdout) == [noa], "the demo is filled once, then kept"


@pytest.mark.slow
def test_demo_never_writes_into_a_diary_named_with_data_dir(cli: Cli, tmp_path: Path) -> None:
    # Fails without the fix: "--demo --data-dir OWN" filled OWN with the demo baby.
    cli.run("import", str(write_json(tmp_path / "a.json", GOOD_EXPORT)))
    before = snapshot(cli.data_dir)
    empty = tmp_path / "empty"
    for folder in (cli.data_dir, empty):
        result = cli.run("--data-dir", str(folder), "--demo", "babies", "--json", data_dir=False)
        assert result.returncode == 2
        assert "--demo uses its own demo diary" in result.stderr.splitlines()[0]
    assert snapshot(cli.data_dir) == before
    assert not empty.exists()
    assert [baby["name"] for baby in json.loads(cli.run("babies", "--json").stdout)] == ["Mia"]


@pytest.mark.slow
def test_demo_guidance_is_calm(cli: Cli) -> None:
    result = cli.run("--demo", "guidance", "--baby", "Noa", "--json", data_dir=False)
    assert result.returncode == 0, result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert findings, "six weeks of data is enough to judge"
    assert {finding["severity"] for finding in findings} <= {"checkup", "info"}


@pytest.mark.slow
def test_no_command_opens_the_window_on_the_demo_diary(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``twitch-diary --demo`` fills the demo folder, then the real window opens on Noa."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import main as run

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("TWITCH_DIARY_DATA_DIR", str(tmp_path / "my-diary"))
    shown: list[str] = []

    def look_and_close() -> None:
        # Runs once the event loop started: the window is up; note whose diary it shows, close it.
        for widget in QApplication.topLevelWidgets():
            baby = getattr(widget, "baby", None)
            if widget.isVisible() and baby is not None:
                shown.append(baby.name)
                widget.close()  # the last window closed ends the event loop, as for the parent
        if not shown:
            qapp.quit()  # no window: end the loop anyway, the assertions below say what went wrong

    QTimer.singleShot(0, look_and_close)
    code = run(["--demo"])
    assert code == 0
    assert shown == ["Noa"]
    assert (tmp_path / "xdg" / "twitch-diary-demo" / DATABASE_NAME).is_file()
    assert not (tmp_path / "my-diary").exists()


@pytest.mark.slow
def test_damaged_demo_diary_is_left_for_the_windows_recovery_dialog(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window explains a damaged file (and offers a backup); the demo filler does not write to it."""
    from desktop.app import main as run
    from desktop.ui.recovery_dialog import RecoveryDialog

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    demo_dir = tmp_path / "xdg" / "twitch-diary-demo"
    demo_dir.mkdir(parents=True)
    (demo_dir / DATABASE_NAME).write_bytes(b"not a diary")
    asked: list[str] = []

    def ask(error: Exception, latest: object, parent: object = None) -> bool:
        asked.append(str(error))
        return False  # the parent declines: nothing is restored, the app ends

    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, *args: ask(*args)))

    assert run(["--demo"]) == 1
    assert len(asked) == 1 and "not an SQLite database" in asked[0]
    assert (demo_dir / DATABASE_NAME).read_bytes() == b"not a diary"
