"""Text resources per language: English fills, key by key, whatever a translation lacks."""

from __future__ import annotations

from typing import Any

import pytest

from desktop import language
from desktop.language.pseudo import is_pseudo
from desktop.resources import _merged


@pytest.mark.parametrize(
    ("english", "translated", "expected"),
    [
        ({"a": "one", "b": "two"}, {"a": "uno"}, {"a": "uno", "b": "two"}),  # a missing key: English
        ({"a": "one"}, {"a": "uno", "extra": "x"}, {"a": "uno"}),  # a key English lacks is ignored
        ({"a": {"b": "one", "c": "two"}}, {"a": {"c": "dos"}}, {"a": {"b": "one", "c": "dos"}}),
        ({"a": ["one", "two"]}, {"a": ["uno", "dos"]}, {"a": ["uno", "dos"]}),
        ({"a": ["one", "two"]}, {"a": ["uno"]}, {"a": ["one", "two"]}),  # a list of another length
        ({"a": "one"}, {"a": ""}, {"a": "one"}),  # an empty translation is no translation
        ({"n": 3, "a": "one"}, {"n": 4}, {"n": 3, "a": "one"}),  # numbers are not text
        ({"a": "one"}, None, {"a": "one"}),  # no file for the language
    ],
)
def test_a_translation_is_laid_over_english_key_by_key(english: Any, translated: Any, expected: Any) -> None:
    assert _merged(english, translated, "es") == expected


def test_the_pseudo_locale_accents_every_string_and_keeps_the_shape() -> None:
    merged = _merged({"a": "one {n}", "b": ["two"], "c": 3}, None, language.PSEUDO)
    assert set(merged) == {"a", "b", "c"}
    assert is_pseudo(merged["a"]) and "{n}" in merged["a"]
    assert is_pseudo(merged["b"][0])
    assert merged["c"] == 3
