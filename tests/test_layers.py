"""The layering rule (design.md section 2): every contract in pyproject.toml holds, and each one bites."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
PACKAGE = PROJECT_ROOT / "desktop"

LAYERS = ("core", "store")  # the two layers whose modules are imported for real below


def _modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def _dotted(path: Path) -> str:
    return ".".join(path.relative_to(PROJECT_ROOT).with_suffix("").parts).removesuffix(".__init__")


LINT_IMPORTS = "from importlinter.cli import lint_imports_command; lint_imports_command()"


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` on the project in ``root`` (its ``desktop`` and its ``pyproject.toml``)."""
    env = dict(os.environ, PYTHONPATH=str(root), COLUMNS="200", NO_COLOR="1")
    return subprocess.run(
        [sys.executable, "-c", LINT_IMPORTS, "--no-cache"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_every_layer_contract_is_kept() -> None:
    """The whole diagram of design.md section 2, as the contracts in pyproject.toml state it."""
    result = _lint_imports(PROJECT_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


# One forbidden import each, added to a copy of the project: the contract it breaks, and the
# import it must name.
FORBIDDEN_ADDITIONS = [
    ("core/age.py", "import sqlite3", "desktop.core.age -> sqlite3"),
    ("core/stats.py", "import desktop.store.diary", "desktop.core.stats -> desktop.store.diary"),
    ("store/diary.py", "from PySide6 import QtCore", "desktop.store.diary -> PySide6"),
    ("store/diary.py", "import desktop.ui.actions", "desktop.store.diary -> desktop.ui.actions"),
    ("exchange/csv_export.py", "import matplotlib.figure", "desktop.exchange.csv_export -> matplotlib"),
    ("report/build.py", "from PySide6 import QtWidgets", "desktop.report.build -> PySide6"),
    ("ui/history/view.py", "import sqlite3", "desktop.ui.history.view -> sqlite3"),
    ("ui/bedside/view.py", "import matplotlib.figure", "desktop.ui.bedside.view -> matplotlib"),
    ("ui/main_window.py", "import desktop.app", "desktop.ui.main_window -> desktop.app"),
    ("cli.py", "import desktop.ui.launch", "desktop.cli -> desktop.ui.launch"),
    (
        "ui/bedside/notes.py",
        "from desktop.ui.bedside import view",
        "cycles are allowed in desktop.ui.bedside",
    ),
    # A feature folder reaching up to the window that holds it: a cycle between ui's rooms.
    ("ui/bedside/tap_area.py", "import desktop.ui.main_window", "No cycles are allowed in desktop.ui"),
    ("ui/review/view.py", "import desktop.commands.report", "desktop.ui.review.view -> desktop.commands"),
]


@pytest.mark.parametrize(("module", "line", "named"), FORBIDDEN_ADDITIONS)
def test_a_forbidden_import_breaks_a_contract(tmp_path: Path, module: str, line: str, named: str) -> None:
    shutil.copytree(PACKAGE, tmp_path / "desktop", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT_ROOT / "pyproject.toml", tmp_path)
    target = tmp_path / "desktop" / module
    # Inside a function, as the app's lazy imports are: the contracts see those too.
    target.write_text(
        target.read_text(encoding="utf-8") + f"\n\ndef _sneaky() -> None:\n    {line}  # noqa\n",
        encoding="utf-8",
    )
    result = _lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    words = " ".join(result.stdout.split())
    assert " 0 broken" not in words
    assert named in words


@pytest.mark.slow
def test_importing_core_and_store_loads_neither_qt_nor_matplotlib() -> None:
    modules = [_dotted(path) for layer in LAYERS for path in _modules(layer)]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'matplotlib')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.slow
def test_the_command_line_starts_light() -> None:
    """``import desktop.cli`` (every command's start) loads neither PySide6 nor matplotlib."""
    code = (
        "import sys\n"
        "import desktop.app, desktop.cli, desktop.demo\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'matplotlib')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _connection_uses(path: Path) -> list[int]:
    """The lines of a module that reach for a diary's raw SQLite connection."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr == "connection"
    ]


def test_the_ui_runs_no_sql_of_its_own() -> None:
    """Widgets ask the diary (repositories, ``change_stamp``, ``sleep_summaries``), never its connection."""
    offenders = {
        _dotted(path): lines
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
        if (lines := _connection_uses(path))
    }
    assert offenders == {}


def test_the_connection_scan_sees_a_use(tmp_path: Path) -> None:
    module = tmp_path / "sneaky.py"
    module.write_text("def stamp(diary):\n    return diary.connection.total_changes\n", encoding="utf-8")
    assert _connection_uses(module) == [2]
