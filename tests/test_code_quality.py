"""The code stays clean: ruff lint and format, and mypy --strict on desktop/ (config in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=900, check=False
    )


@pytest.mark.slow
def test_ruff_lint_is_clean() -> None:
    result = _run("ruff", "check", "desktop", "tests", "tools")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_ruff_format_is_clean() -> None:
    result = _run("ruff", "format", "--check", "desktop", "tests", "tools")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_strict_is_clean() -> None:
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_qt_override_is_marked() -> None:
    """A method replacing a Qt virtual carries ``@override``, so mypy catches a misspelt name."""
    import ast
    import re

    qt_style = re.compile(r"^([a-z]+[A-Z][A-Za-z]*|undo|redo|data|flags|run)$")
    unmarked = []
    for path in sorted((ROOT / "desktop" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and qt_style.match(item.name):
                    names = {d.id for d in item.decorator_list if isinstance(d, ast.Name)}
                    if "override" not in names:
                        unmarked.append(f"{path.relative_to(ROOT)}:{item.lineno} {node.name}.{item.name}")
    assert not unmarked, "\n".join(unmarked)


def test_the_start_up_rules_stay_in_the_first_screen_files() -> None:
    """Only modules on the first screen use ``qt_by_name``, and each says so at its top."""
    import ast

    for path in sorted((ROOT / "desktop" / "ui").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        uses_rules = "desktop.ui.startup.qt_by_name import" in source
        says_so = "First screen:" in (ast.get_docstring(ast.parse(source)) or "")
        assert uses_rules == says_so, path.relative_to(ROOT)
