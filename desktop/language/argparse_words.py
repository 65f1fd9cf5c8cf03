"""argparse's own words ("usage:", "options", its usage errors) in this run's language.

argparse looks each of them up through its module's ``_`` when it writes them; pointing that name
at the catalogue makes ``--help`` and a usage mistake read in the parent's language. The messages
are the ones a parent can meet; argparse's programming errors stay as they are.
"""

from __future__ import annotations

import argparse
from typing import Final

from desktop.language.catalog import QT_TRANSLATE_NOOP, translate

MESSAGES: Final = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
)


def _words(text: str) -> str:
    return translate("Argparse", text)


def use_the_catalogue() -> None:
    """Make argparse write its own words through the catalogue (idempotent)."""
    argparse._ = _words  # type: ignore[attr-defined]
