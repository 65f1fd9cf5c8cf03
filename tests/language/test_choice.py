"""Which language a run speaks: ``--lang``, else the system locale, else English."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import language
from desktop.cli import parse_arguments, window_arguments
from desktop.language.choice import from_environment, normalize


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("es", "es"),
        ("ES", "es"),
        ("es_ES.UTF-8", "es"),
        ("es-MX", "es"),
        ("es_AR@euro", "es"),
        ("en_GB.UTF-8", "en"),
        ("en-XA", language.PSEUDO),
        ("pseudo", language.PSEUDO),
        ("fr_FR.UTF-8", None),
        ("C", None),
        ("", None),
    ],
)
def test_codes_name_the_languages_the_app_has(code: str, expected: str | None) -> None:
    assert normalize(code) == expected


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANGUAGE": "fr:es", "LANG": "fr_FR.UTF-8"}, "es"),  # the first language the app has wins
        ({"LANGUAGE": "fr", "LANG": "es_ES.UTF-8"}, "es"),  # LANGUAGE names none: LANG decides
        ({"LC_ALL": "en_US.UTF-8", "LANG": "es_ES.UTF-8"}, "en"),  # LC_ALL overrides LANG
        ({"LC_MESSAGES": "es_MX.UTF-8", "LANG": "en_US.UTF-8"}, "es"),
    ],
)
def test_the_system_locale_chooses_when_no_lang_is_given(environ: dict[str, str], expected: str) -> None:
    assert from_environment(environ) == expected
    assert language.choose(None, environ) == expected


def test_lang_wins_over_the_system_locale() -> None:
    assert language.choose("en", {"LANG": "es_ES.UTF-8"}) == "en"
    assert language.choose("es", {"LANG": "en_US.UTF-8"}) == "es"


def test_an_unknown_lang_is_one_clear_error() -> None:
    with pytest.raises(language.LanguageError, match=r"no language 'klingon'; choose one of en, es"):
        language.choose("klingon", {})


@pytest.mark.parametrize(
    "argv", [["--lang", "es"], ["--lang=es"], ["--demo", "--lang", "es", "--data-dir", "d"]]
)
def test_the_window_fast_path_reads_lang(argv: list[str]) -> None:
    args = window_arguments(argv)
    assert args is not None
    assert args.lang == "es"
    assert args.command is None


@pytest.mark.parametrize("argv", [["--lang", "es", "babies"], ["babies", "--json"], ["--lang=es"]])
def test_parsing_sets_the_language_of_the_run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    try:
        parse_arguments(argv)
        assert language.current() == "es"
    finally:
        language.set_current(language.ENGLISH)


@pytest.mark.parametrize(
    ("locale", "line"),
    [
        ("C.UTF-8", "twitch-diary: there is no language 'zz'; choose one of en, es\n"),
        # Refused in the language the system asks for: the one the parent reads.
        ("es_ES.UTF-8", "twitch-diary: no hay ningún idioma 'zz'; elija uno de estos: en, es\n"),
    ],
)
def test_an_unknown_lang_on_the_command_line_exits_2_with_one_line(locale: str, line: str) -> None:
    unset = {"LANGUAGE", "LC_ALL", "LC_MESSAGES"}
    env = {**{key: value for key, value in os.environ.items() if key not in unset}, "LANG": locale}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--lang", "zz", "babies"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == line


def test_lang_given_twice_counts_the_last_as_the_parser_does(tmp_path: Path) -> None:
    try:
        args = parse_arguments(["--lang", "es", "--data-dir", str(tmp_path), "--lang=en", "babies"])
        assert (args.lang, language.current()) == ("en", "en")
        args = parse_arguments(["--lang", "en", "--lang", "es", "babies"])
        assert (args.lang, language.current()) == ("es", "es")
    finally:
        language.set_current(language.ENGLISH)
