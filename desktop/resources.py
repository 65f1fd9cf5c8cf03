"""The one door to ``resources/``: styles, icons and text, read as package data (no Qt).

The top-level ``resources/`` folder is mapped by the build into the ``twitch_diary_resources``
package (``pyproject.toml``), found the same way in a source checkout, an editable install, an
installed wheel and a frozen bundle.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

PACKAGE: Final = "twitch_diary_resources"


@cache
def root() -> Traversable:
    """The resources folder: the package's own folder on disk, else ``importlib.resources``' view.

    First screen: the bedside's style sheet is read before the first paint. Every way this app
    is installed leaves the package as a plain folder, read here as a ``Path``;
    ``importlib.resources`` (and the tempfile and zipfile modules it brings) costs 5-9 ms there,
    so it is loaded only for a package that is not a folder (imported from a zip file).
    """
    try:
        package = import_module(PACKAGE)
    except ModuleNotFoundError:
        # A checkout installed (editable) before resources/ became a package: the install must be redone.
        raise FileNotFoundError(
            f"missing resources: the {PACKAGE} package is not installed;"
            " run `pip install -e .` (or reinstall Twitch Diary) again"
        ) from None
    folders = [Path(entry) for entry in getattr(package, "__path__", ())]
    if len(folders) == 1 and folders[0].is_dir():
        return folders[0]
    from importlib.resources import files

    return files(PACKAGE)


def on_disk(place: Traversable) -> Path | None:
    """``place`` as a real file's path when it is one (always, but for a zipped package)."""
    return place if isinstance(place, Path) else None


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


# Text in the parent's language. English is the files above; another language is the folder
# ``i18n/<code>/`` holding the same files with the same keys (tests/test_language_resources.py
# checks keys and placeholders). A key the translation lacks falls back to English, key by key.
TRANSLATIONS: Final = "i18n"


def _translation(code: str, parts: tuple[str, ...]) -> Traversable | None:
    place = _join(TRANSLATIONS, code, *parts)
    return place if place.is_file() else None


def _merged(english: Any, translated: Any, code: str) -> Any:
    """``translated`` over ``english`` key by key (lists item by item); English where it is missing."""
    from desktop.language import PSEUDO
    from desktop.language.pseudo import pseudo

    if isinstance(english, dict):
        given = translated if isinstance(translated, dict) else {}
        return {key: _merged(value, given.get(key), code) for key, value in english.items()}
    if isinstance(english, list):
        items = translated if isinstance(translated, list) and len(translated) == len(english) else []
        return [_merged(value, items[index] if items else None, code) for index, value in enumerate(english)]
    if isinstance(english, str):
        if code == PSEUDO:
            return pseudo(english)
        return translated if isinstance(translated, str) and translated else english
    return english


@cache
def _localized_json(code: str, parts: tuple[str, ...]) -> Any:
    import json

    english = read_json(*parts)
    place = _translation(code, parts)
    translated = None if place is None else json.loads(place.read_text(encoding="utf-8"))
    return _merged(english, translated, code)


@cache
def _localized_text(code: str, parts: tuple[str, ...]) -> str:
    from desktop.language import PSEUDO
    from desktop.language.pseudo import pseudo

    if code == PSEUDO:
        return pseudo(read_text(*parts))
    place = _translation(code, parts)
    return read_text(*parts) if place is None else place.read_text(encoding="utf-8")


def read_localized_json(*parts: str) -> Any:
    """A JSON text resource in this run's language, English filling any key it lacks (cached)."""
    from desktop.language import current

    return _localized_json(current(), parts)


def read_localized_text(*parts: str) -> str:
    """A text resource (a help page) in this run's language, else the English file (cached)."""
    from desktop.language import current

    return _localized_text(current(), parts)
