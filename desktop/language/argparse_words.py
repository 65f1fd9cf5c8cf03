"""argparse's own words ("usage:", "options", its usage errors) in this run's language.

argparse looks each of them up through its module's ``_`` when it writes them; pointing that name
at the catalogue makes ``--help`` and a usage mistake read in the parent's language. The messages
are the ones a parent can meet; argparse's programming errors stay as they are.
"""

from __future__ import annotations

import argparse
from typing import Final

from desktop.language.catalog import QT_TRANSLATE_NOOP, Context, translate

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
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
)


class ArgparseWords(Context):
    """argparse's one plural message a parent can meet (``--merge`` given one id)."""

    def expected(self, count: int) -> str:
        """ "expected 2 arguments", with argparse's own ``%s`` left for it to fill."""
        return self.tr("expected %s argument(s)", "", count)


def _words(text: str) -> str:
    return translate("Argparse", text)


def _counted_words(singular: str, plural: str, count: int) -> str:
    if singular == "expected %s argument":
        return ArgparseWords().expected(count)
    return singular if count == 1 else plural  # programming errors (conflicting options)


def use_the_catalogue() -> None:
    """Make argparse write its own words through the catalogue (idempotent)."""
    argparse._ = _words  # type: ignore[attr-defined]
    argparse.ngettext = _counted_words  # type: ignore[attr-defined]
