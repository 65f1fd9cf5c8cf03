"""The command line's parser and dispatch as a user runs them: real processes, real files, exit codes
and one-line messages. Each command's own tests are in tests/commands/, one file per module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.commands.support import (
    GOOD_EXPORT,
    PROJECT_ROOT,
    Cli,
    one_line_error,
    snapshot,
    usage_error,
    write_json,
)

from desktop.store.connection import DATABASE_NAME


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("import", "diary.csv"), "must be a .json file"),
        (("export", "diary.xlsx"), "must be a .json or .csv file"),
        (("report", "--baby", "Mia", "-o", "report.docx"), "must be a .pdf file"),
        (
            ("guidance", "--baby", "Mia", "--as-of", "2026-13-01"),
            "'2026-13-01' is not a date; write it as YYYY-MM-DD",
        ),
        (
            ("report", "--baby", "Mia", "-o", "r.pdf", "--from", "2026-10-01", "--to", "2026-09-01"),
            "--from must not be after --to",
        ),
        # Fail without the fix: an OverflowError traceback, or the foreign digits read as a date.
        (("guidance", "--baby", "Mia", "--as-of", "0001-01-01"), "outside the dates a diary can hold"),
        (("guidance", "--baby", "Mia", "--as-of", "9999-12-31"), "outside the dates a diary can hold"),
        (
            ("report", "--baby", "Mia", "-o", "r.pdf", "--to", "9999-12-31"),
            "outside the dates a diary can hold",
        ),
        (("guidance", "--baby", "Mia", "--as-of", "٢٠٢٦-٠١-٠١"), "is not a date; write it as YYYY-MM-DD"),
        (("--data-dir", "", "babies"), "--data-dir needs a folder"),
        (("guidance",), "--baby"),
        (("frobnicate",), "invalid choice: 'frobnicate'"),
        (("export",), "FILE.json|FILE.csv"),
    ],
)
@pytest.mark.slow
def test_usage_errors_exit_2_with_one_clear_line(cli: Cli, args: tuple[str, ...], expected: str) -> None:
    message = usage_error(cli.run(*args))
    assert message.startswith("twitch-diary")
    assert expected in message
    assert not cli.data_dir.exists(), "a usage error touches no diary"


@pytest.mark.parametrize(
    "args",
    [("babies",), ("import", "a.json"), ("export", "b.json"), ("guidance", "--baby", "Mia")],
)
@pytest.mark.slow
def test_damaged_diary_is_refused_and_left_unchanged(cli: Cli, tmp_path: Path, args: tuple[str, ...]) -> None:
    write_json(tmp_path / "a.json", GOOD_EXPORT)
    cli.data_dir.mkdir()
    (cli.data_dir / DATABASE_NAME).write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    before = snapshot(cli.data_dir)

    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(cli.data_dir), *args],
        cwd=tmp_path,
        env={**cli.env, "PYTHONPATH": str(PROJECT_ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    message = one_line_error(result)
    assert "not a readable Twitch Diary file" in message
    assert "left unchanged" in message
    assert snapshot(cli.data_dir) == before
    assert not (tmp_path / "b.json").exists()


@pytest.mark.slow
def test_data_dir_flag_over_environment_over_default(cli: Cli, tmp_path: Path) -> None:
    from_env = tmp_path / "from-env"
    assert cli.run("babies", data_dir=False, TWITCH_DIARY_DATA_DIR=str(from_env)).returncode == 0
    assert (from_env / DATABASE_NAME).is_file()

    assert cli.run("babies", TWITCH_DIARY_DATA_DIR=str(tmp_path / "unused")).returncode == 0
    assert (cli.data_dir / DATABASE_NAME).is_file()
    assert not (tmp_path / "unused").exists()

    assert cli.run("babies", data_dir=False).returncode == 0
    assert (tmp_path / "xdg" / "twitch-diary" / DATABASE_NAME).is_file()


@pytest.mark.slow
def test_version_and_help(cli: Cli) -> None:
    version = cli.run("--version", data_dir=False)
    assert version.returncode == 0
    assert version.stdout.startswith("twitch-diary ")
    helped = cli.run("--help", data_dir=False)
    assert helped.returncode == 0
    for command in ("babies", "import", "export", "guidance", "report", "restore"):
        assert command in helped.stdout


@pytest.mark.slow
def test_commands_load_neither_qt_nor_matplotlib(cli: Cli) -> None:
    """``import desktop.cli`` and the headless commands stay light: no PySide6, no matplotlib."""
    code = (
        "import sys\n"
        "from desktop.app import main\n"
        "heavy = [m for m in ('PySide6', 'matplotlib') if m in sys.modules]\n"
        f"code = main(['--data-dir', {str(cli.data_dir)!r}, 'babies', '--json'])\n"
        "heavy += [m for m in ('PySide6', 'matplotlib') if m in sys.modules]\n"
        "print(code, heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_ROOT,
        env=cli.env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip().splitlines()[-1] == "0 []", result.stderr
