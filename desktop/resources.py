"""The one door to ``resources/``: paths and text of styles, icons and guidance wording (no Qt)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, Final

RESOURCES_DIR: Final = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a file under ``resources/``; raises FileNotFoundError when it is missing."""
    path = RESOURCES_DIR.joinpath(*parts)
    if not path.is_file():
        raise FileNotFoundError(f"missing resource: {'/'.join(parts)}")
    return path


@cache
def read_text(*parts: str) -> str:
    """The UTF-8 text of a resource file (cached: resources do not change while running)."""
    return resource_path(*parts).read_text(encoding="utf-8")


@cache
def read_json(*parts: str) -> Any:
    """A JSON resource file, parsed (cached)."""
    import json  # here, not at the top: the window's start reads no JSON (see themes.colours)

    return json.loads(read_text(*parts))
