"""The parent's language: which one is chosen, and its words for the parts that have no Qt.

The window translates through Qt's ``QTranslator`` (``desktop.ui.translation``); the command line,
the guidance wording and the report's fixed text look the same messages up here, in the same
``.ts`` catalogue that Qt's ``lupdate`` writes, so one translation serves both.
"""

from desktop.language.catalog import QT_TRANSLATE_NOOP, translate
from desktop.language.choice import (
    ENGLISH,
    PSEUDO,
    SUPPORTED,
    LanguageError,
    choose,
    current,
    set_current,
)

__all__ = [
    "ENGLISH",
    "PSEUDO",
    "QT_TRANSLATE_NOOP",
    "SUPPORTED",
    "LanguageError",
    "choose",
    "current",
    "set_current",
    "translate",
]
