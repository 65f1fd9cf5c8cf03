"""The layering rule (design.md section 2): the domain and the store never pull in Qt or plotting."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
PACKAGE = PROJECT_ROOT / "desktop"

# What each layer must never import, anywhere in its modules (also inside functions).
FORBIDDEN = {
    "core": {"PySide6", "matplotlib", "sqlite3"},
    "store": {"PySide6", "matplotlib"},
}


def _modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def _imported_roots(path: Path) -> set[str]:
    """The top-level package names a module imports, wherever the import statement is."""
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def _dotted(path: Path) -> str:
    return ".".join(path.relative_to(PROJECT_ROOT).with_suffix("").parts).removesuffix(".__init__")


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_forbidden(layer: str) -> None:
    modules = _modules(layer)
    assert modules, f"desktop/{layer} has no modules"
    offenders = {
        _dotted(path): sorted(_imported_roots(path) & FORBIDDEN[layer])
        for path in modules
        if _imported_roots(path) & FORBIDDEN[layer]
    }
    assert offenders == {}


def test_core_imports_no_other_layer() -> None:
    """Imports point down only: the domain knows nothing of the store, the UI or the app."""
    for path in _modules("core"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("desktop."):
                assert node.module.startswith("desktop.core"), f"{_dotted(path)} imports {node.module}"


@pytest.mark.slow
def test_importing_core_and_store_loads_neither_qt_nor_matplotlib() -> None:
    modules = [_dotted(path) for layer in FORBIDDEN for path in _modules(layer)]
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


def test_scan_sees_imports_inside_functions_too(tmp_path: Path) -> None:
    module = tmp_path / "sneaky.py"
    module.write_text(
        "import os.path\nfrom . import sibling\n\ndef draw():\n    from matplotlib.figure import Figure\n"
        "    import PySide6.QtWidgets as widgets\n",
        encoding="utf-8",
    )
    assert _imported_roots(module) == {"os", "matplotlib", "PySide6"}
