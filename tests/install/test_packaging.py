"""The build ships every package and every resource: what pyproject.toml lists matches the tree."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _packages_in_tree() -> set[str]:
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "desktop").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    return found | {"twitch_diary_resources"}


def test_every_package_of_the_tree_is_listed_for_the_build() -> None:
    setuptools = _pyproject()["tool"]["setuptools"]  # type: ignore[index]
    listed = set(setuptools["packages"])
    assert listed == _packages_in_tree(), (
        "pyproject.toml [tool.setuptools] packages must list exactly the packages under desktop/"
    )


def test_the_resources_folder_is_the_resources_package() -> None:
    setuptools = _pyproject()["tool"]["setuptools"]  # type: ignore[index]
    assert setuptools["package-dir"] == {"twitch_diary_resources": "resources"}
    assert (ROOT / "resources" / "__init__.py").is_file()
    assert _pyproject()["tool"]["setuptools"]["package-data"]["twitch_diary_resources"] == ["**/*"]  # type: ignore[index]


def test_the_licence_is_an_spdx_expression_with_its_file() -> None:
    project = _pyproject()["project"]
    assert project["license"] == "MIT"  # type: ignore[index]
    assert project["license-files"] == ["LICENSE"]  # type: ignore[index]
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_both_entry_points_start_the_same_program() -> None:
    project = _pyproject()["project"]
    assert project["scripts"] == {"twitch-diary": "desktop.app:main"}  # type: ignore[index]
    assert project["gui-scripts"] == {"twitch-diary-window": "desktop.app:main_without_console"}  # type: ignore[index]
