"""Every language is a folder with every text file, every key and the same placeholders as English.

English is the files in ``resources/``; a language is ``resources/i18n/<code>/`` with the same
paths. Citations (title, publisher, year) stay as published: only a "Sources:" label is translated.
"""

from __future__ import annotations

import json
import re
import string
from pathlib import Path
from typing import Any

import pytest

from desktop import language
from desktop.resources import TRANSLATIONS, root

RESOURCES = Path(str(root()))
# The text files read through read_localized_json / read_localized_text (the rest is not prose).
TEXT_FILES = sorted(
    str(path.relative_to(RESOURCES))
    for folder in ("guidance", "report", "text", "help")
    for path in (RESOURCES / folder).rglob("*")
    if path.suffix in {".json", ".md"}
)
LANGUAGES = [code for code in language.SUPPORTED if code != language.ENGLISH]
CITATION_KEYS = {"source", "typical_sources"}
NOT_PROSE_KEYS = {"about"}  # notes for the people who write the wording, never shown
SOURCES_LABEL = re.compile(r"^\*?(Sources?|Fuentes?): ")


def _leaves(value: Any, path: tuple[str, ...] = ()) -> dict[tuple[str, ...], Any]:
    if isinstance(value, dict):
        return {leaf: item for key, sub in value.items() for leaf, item in _leaves(sub, (*path, key)).items()}
    if isinstance(value, list):
        return {
            leaf: item for i, sub in enumerate(value) for leaf, item in _leaves(sub, (*path, str(i))).items()
        }
    return {path: value}


def _fields(text: str) -> list[str]:
    """The names of the {placeholders} (their format spec is a noun in the text's own language)."""
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def _times(text: str) -> list[str]:
    """The placeholders that count times ({n:time}): the code words them, so the spec stays."""
    return sorted(re.findall(r"\{(\w+):time\}", text))


def test_the_text_files_are_found() -> None:
    assert "guidance/rules.json" in TEXT_FILES and "help/things_that_may_help.md" in TEXT_FILES
    assert len(TEXT_FILES) >= 8


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", TEXT_FILES)
def test_every_language_has_every_text_file(code: str, name: str) -> None:
    assert (RESOURCES / TRANSLATIONS / code / name).is_file(), f"resources/i18n/{code}/{name} is missing"


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", [name for name in TEXT_FILES if name.endswith(".json")])
def test_every_key_is_translated_with_the_same_placeholders(code: str, name: str) -> None:
    english = _leaves(json.loads((RESOURCES / name).read_text(encoding="utf-8")))
    translated = _leaves(json.loads((RESOURCES / TRANSLATIONS / code / name).read_text(encoding="utf-8")))
    prose = {key: value for key, value in english.items() if isinstance(value, str)}
    assert sorted(key for key in prose if key not in translated) == []  # every key (English is the fallback)
    assert sorted(key for key in translated if key not in prose) == []  # no key English lacks
    for key, text in prose.items():
        assert _fields(translated[key]) == _fields(text), key
        assert _times(translated[key]) == _times(text), key
        if key[-1] in CITATION_KEYS and key[0] != "labels":
            assert SOURCES_LABEL.sub("", translated[key]) == SOURCES_LABEL.sub("", text), key
        elif key[-1] not in NOT_PROSE_KEYS and re.search(r"[a-z]{3}", text):
            assert translated[key] != text, f"{key} is not translated"


def _citations(markdown: str) -> str:
    last = markdown.strip().rsplit("\n\n", 1)[-1]
    return SOURCES_LABEL.sub("", " ".join(last.split()))


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", [name for name in TEXT_FILES if name.endswith(".md")])
def test_a_help_page_has_the_same_shape_and_the_same_sources(code: str, name: str) -> None:
    english = (RESOURCES / name).read_text(encoding="utf-8")
    translated = (RESOURCES / TRANSLATIONS / code / name).read_text(encoding="utf-8")
    shape = re.compile(r"^(#+|\d+\.|-) ", re.MULTILINE)
    assert [m.group(1) for m in shape.finditer(translated)] == [m.group(1) for m in shape.finditer(english)]
    assert translated.count("**") == english.count("**")
    assert _citations(translated) == _citations(english)
