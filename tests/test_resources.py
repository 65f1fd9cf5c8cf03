"""Every resource file the code names exists, and the resources door finds it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.resources import read_json, read_text, resource_path, root

DESKTOP = Path(__file__).resolve().parents[1] / "desktop"
RESOURCES_DIR = Path(str(root()))
READERS = {"read_text", "read_json", "resource_path", "read_localized_json", "read_localized_text"}


def _module_tuples(tree: ast.Module) -> dict[str, tuple[str, ...]]:
    """Module-level NAME = ("a", "b") constants, the way the code names resource files."""
    found: dict[str, tuple[str, ...]] = {}
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
        if isinstance(node, ast.AnnAssign):
            target = node.target
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        if isinstance(target, ast.Name) and isinstance(value, ast.Tuple):
            parts = [elt.value for elt in value.elts if isinstance(elt, ast.Constant)]
            if len(parts) == len(value.elts) and all(isinstance(part, str) for part in parts):
                found[target.id] = tuple(str(part) for part in parts)
    return found


def named_resources() -> list[tuple[str, tuple[str, ...]]]:
    """(module, path parts) for every resource read with literal or constant arguments."""
    named: list[tuple[str, tuple[str, ...]]] = []
    for source in sorted(DESKTOP.rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        constants = _module_tuples(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name not in READERS or not node.args:
                continue
            if all(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args):
                named.append((source.name, tuple(str(arg.value) for arg in node.args)))  # type: ignore[attr-defined]
            elif (
                len(node.args) == 1
                and isinstance(node.args[0], ast.Starred)
                and isinstance(node.args[0].value, ast.Name)
                and node.args[0].value.id in constants
            ):
                named.append((source.name, constants[node.args[0].value.id]))
    return named


def test_the_code_names_resources() -> None:
    assert len(named_resources()) >= 5


@pytest.mark.parametrize(("module", "parts"), named_resources())
def test_each_named_resource_exists(module: str, parts: tuple[str, ...]) -> None:
    assert resource_path(*parts).is_file(), f"{module} reads missing resources/{'/'.join(parts)}"


@pytest.mark.parametrize(
    "path", sorted(RESOURCES_DIR.rglob("*.json")), ids=lambda p: str(p.relative_to(RESOURCES_DIR))
)
def test_every_json_resource_parses(path: Path) -> None:
    assert read_json(*path.relative_to(RESOURCES_DIR).parts)


@pytest.mark.parametrize("theme", ["night", "day"])
def test_both_themes_have_their_colours(theme: str) -> None:
    assert read_json("styles", f"{theme}.json")


def test_a_missing_resource_is_a_clear_error() -> None:
    with pytest.raises(FileNotFoundError, match=r"missing resource: text/nothing\.md"):
        read_text("text", "nothing.md")


def test_the_resources_are_a_folder_on_disk_where_installed() -> None:
    # The start reads them as plain files, without importlib.resources (desktop/resources.py).
    assert isinstance(root(), Path)
    assert (RESOURCES_DIR / "styles" / "10-base.qss").is_file()


ZIPPED_READER = """
import sys
sys.path.insert(0, sys.argv[1])  # the zipped package is found before the installed one
from desktop import resources
place = resources.resource_path("styles", "10-base.qss")
text = resources.read_text("styles", "10-base.qss")
print(type(resources.root()).__module__, resources.on_disk(place) is None, text)
"""


def test_a_package_imported_from_a_zip_file_is_read_through_importlib_resources(tmp_path: Path) -> None:
    import subprocess
    import sys
    import zipfile

    archive = tmp_path / "resources.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("twitch_diary_resources/__init__.py", "")
        zipped.writestr("twitch_diary_resources/styles/10-base.qss", "QWidget { color: #123456; }")
    result = subprocess.run(
        [sys.executable, "-c", ZIPPED_READER, str(archive)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=DESKTOP.parent,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split(" ", 2) == ["zipfile", "True", "QWidget { color: #123456; }\n"]
