"""Which language the app speaks: ``--lang CODE``, else the system locale, else English."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Final

ENGLISH: Final = "en"
# Accented and about 40 % longer English: shows untranslated and clipped text (tests, translators).
PSEUDO: Final = "en-XA"
# The languages with a translation, English (the source) first.
SUPPORTED: Final = (ENGLISH, "es")
# The environment variables that name the locale, in the order gettext reads them.
_LOCALE_VARIABLES: Final = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_current: list[str] = [ENGLISH]


class LanguageError(ValueError):
    """A ``--lang`` code names no language the app has; ``str()`` is the line in English."""

    def __init__(self, code: str) -> None:
        self.code = code  # as typed, for the message in the system's language (desktop.cli)
        super().__init__(f"there is no language {code!r}; choose one of {', '.join(SUPPORTED)}")


def normalize(code: str) -> str | None:
    """The supported language a code names ("es_ES.UTF-8" → "es", "en-XA"), or None."""
    text = code.strip().split(".", 1)[0].split("@", 1)[0].replace("_", "-")
    if text.lower() in {PSEUDO.lower(), "pseudo"}:
        return PSEUDO
    base = text.split("-", 1)[0].lower()
    return base if base in SUPPORTED else None


def from_environment(environ: Mapping[str, str]) -> str:
    """The language the system locale asks for; English when it asks for none the app has.

    ``LANGUAGE`` may list several languages ("es:fr"); the first one the app has wins. A set
    variable that names an unsupported language (or "C") ends the search, as gettext does.
    """
    for variable in _LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if not value:
            continue
        for part in value.split(":"):
            found = normalize(part)
            if found is not None:
                return found
        if variable != "LANGUAGE":
            return ENGLISH
    return ENGLISH


def choose(code: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The language for ``--lang code`` (None: the system locale's); raises LanguageError."""
    if code is None:
        return from_environment(os.environ if environ is None else environ)
    found = normalize(code)
    if found is None:
        raise LanguageError(code)
    return found


def current() -> str:
    """The language chosen for this run (English until ``set_current`` is called)."""
    return _current[0]


def set_current(code: str) -> None:
    """Make ``code`` (a value ``choose`` returned) the language of this run."""
    _current[0] = code
