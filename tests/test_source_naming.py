"""No text a parent reads calls a source "the seed" or a bare "the article" (guidance.md, naming)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Every file of resources/ is shipped to the parent (guidance, help, bedside, report wording).
RESOURCE_FILES = sorted(
    p
    for p in (ROOT / "resources").rglob("*")
    if p.is_file() and p.suffix in {".json", ".md", ".xml", ".desktop"}
)
SEED = re.compile(r"\bseed\b", re.IGNORECASE)
# "the article" is fine only as part of a named one: "the parenting article", or followed by its title.
BARE_ARTICLE = re.compile(r"\bthe article\b(?! \")", re.IGNORECASE)


def _problems(text: str) -> list[str]:
    return [m.group(0) for pattern in (SEED, BARE_ARTICLE) for m in pattern.finditer(text)]


def test_there_are_resource_files_to_check() -> None:
    names = {p.name for p in RESOURCE_FILES}
    assert {"rules.json", "common.json", "get_help_now.json", "things_that_may_help.md"} <= names


@pytest.mark.parametrize("path", RESOURCE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_resource_text_names_its_sources(path: Path) -> None:
    assert _problems(path.read_text(encoding="utf-8")) == []


def _string_literals(path: Path) -> list[str]:
    """The string constants of a module that are not docstrings (what the code may show)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_no_string_in_the_program_calls_a_source_the_seed() -> None:
    found = [
        (str(path.relative_to(ROOT)), text)
        for path in sorted((ROOT / "desktop").rglob("*.py"))
        for text in _string_literals(path)
        if _problems(text)
    ]
    assert found == []


def test_every_finding_and_help_text_shown_names_the_article_in_full() -> None:
    from desktop.guidance.wording import typical_sources
    from desktop.resources import read_json

    rules = read_json("guidance", "rules.json")
    article = '"Why do Babies Twitch in Their Sleep?", Kaiya Baby blog'
    for rule, wording in rules.items():
        if "article" in wording["source"].casefold():
            assert article in wording["source"], rule
    assert article in typical_sources()


def test_the_checker_catches_what_it_should() -> None:
    assert _problems("Parenting article (the app's seed)") == ["seed"]
    assert _problems("As the article says") == ["the article"]
    assert _problems('the article "Why do Babies Twitch in Their Sleep?"') == []
    assert _problems("The parenting article lists it") == []
