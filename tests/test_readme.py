"""The README tells the truth: CI runs its test command, and its tables match the code."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.store import paths

PROJECT_ROOT = Path(__file__).resolve().parents[1]
README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def _shell_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", README, flags=re.DOTALL)


def test_ci_runs_the_readme_test_command_exactly() -> None:
    test_line = next(
        line
        for block in _shell_blocks()
        for line in block.splitlines()
        if "pytest" in line and "venv" in line
    )
    ci_script = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in ci_script.splitlines() if line and not line.lstrip().startswith("#")]
    assert commands[-1] == test_line
    assert commands[0] == "set -euo pipefail"


def test_readme_try_command_starts_the_demo() -> None:
    assert "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/twitch-diary --demo" in README


def test_shortcut_table_matches_the_actions() -> None:
    from desktop.ui.actions import ACTION_SPECS

    section = README.split("## Keyboard shortcuts", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+) \|", section, flags=re.MULTILINE)
    documented = {name: key.strip() for name, key in rows}
    keys = {spec.name: spec.key for spec in ACTION_SPECS}
    assert len(documented) >= 8
    for name, key in documented.items():
        assert keys.get(name) == key, f"README says {name} is {key!r}"
    # The contract's actions with a key that has one row of its own are all documented.
    for name in (
        "log_twitch",
        "toggle_sleep",
        "toggle_episode",
        "mark_woke",
        "toggle_fullscreen",
        "export_report",
    ):
        assert name in documented


def test_readme_names_the_data_folders() -> None:
    assert f"{paths.APP_DIR_NAME}" in README
    assert f"{paths.DEMO_DIR_NAME}" in README
    assert paths.DATA_DIR_ENV in README


def _folder_table() -> dict[str, str]:
    """The README's folder table: each path of a row's first column, and what the row says is there."""
    table = README.split("| folder | what is there |\n|---|---|\n", 1)[1].split("\n\n", 1)[0]
    rows = [line.strip("|").split(" | ", 1) for line in table.splitlines()]
    return {path: what.strip() for paths, what in rows for path in re.findall(r"`([^`]+)`", paths)}


def test_the_folder_table_names_paths_that_exist() -> None:
    table = _folder_table()
    assert {"desktop/commands/", "tests/", "tests/commands/"} <= table.keys()
    for path in table:
        assert (PROJECT_ROOT / path).exists(), f"README's folder table names {path}, which is not there"


def test_tests_commands_mirrors_desktop_commands() -> None:
    """As the folder table says: one test file per command module, and none for a module not there."""
    modules = {p.stem for p in (PROJECT_ROOT / "desktop" / "commands").glob("*.py") if p.stem != "__init__"}
    tests = {p.stem.removeprefix("test_") for p in (PROJECT_ROOT / "tests" / "commands").glob("test_*.py")}
    assert tests == modules
