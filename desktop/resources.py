"""The one door to ``resources/``: styles, icons and text, read as package data (no Qt).

The top-level ``resources/`` folder is mapped by the build into the ``twitch_diary_resources``
package (``pyproject.toml``), so ``importlib.resources`` finds it the same way in a source
checkout, an editable install, an installed wheel and a frozen bundle.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any, Final

PACKAGE: Final = "twitch_diary_resources"


def root() -> Traversable:
    """The resources folder as ``importlib.resources`` sees it."""
    try:
        return files(PACKAGE)
    except ModuleNotFoundError:
        # A checkout installed (editable) before resources/ became a package: the install must be redone.
        raise FileNotFoundError(
            f"missing resources: the {PACKAGE} package is not installed;"
            " run `pip install -e .` (or reinstall Twitch Diary) again"
        ) from None


def _join(*parts: str) -> Traversable:
    place = root()
    for part in parts:
        place = place.joinpath(part)
    return place


def resource_path(*parts: str) -> Traversable:
    """A file under ``resources/``; raises FileNotFoundError when it is missing."""
    place = _join(*parts)
    if not place.is_file():
        raise FileNotFoundError(f"missing resource: {'/'.join(parts)}")
    return place


def list_names(*parts: str) -> list[str]:
    """The names of the entries of a folder under ``resources/``, sorted."""
    folder = _join(*parts)
    if not folder.is_dir():
        raise FileNotFoundError(f"missing resource folder: {'/'.join(parts)}")
    return sorted(entry.name for entry in folder.iterdir())


@cache
def read_bytes(*parts: str) -> bytes:
    """The bytes of a resource file (cached: resources do not change while running)."""
    return resource_path(*parts).read_bytes()


@cache
def read_text(*parts: str) -> str:
    """The UTF-8 text of a resource file (cached)."""
    return resource_path(*parts).read_text(encoding="utf-8")


@cache
def read_json(*parts: str) -> Any:
    """A JSON resource file, parsed (cached)."""
    import json  # here, not at the top: the window's start reads no JSON (see themes.colours)

    return json.loads(read_text(*parts))
