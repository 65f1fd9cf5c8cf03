"""The one error the exchange format raises: every problem found, each prefixed with its JSON path."""

from __future__ import annotations

from typing import Final

from desktop.language import QT_TRANSLATE_NOOP, translate
from desktop.language.catalog import Context

# What was (not) done, said after the problems; looked up in the run's language when shown.
NOTHING_IMPORTED: Final = QT_TRANSLATE_NOOP("Exchange", "nothing was imported")
NOTHING_WRITTEN: Final = QT_TRANSLATE_NOOP("Exchange", "no file was written")


class ExchangeWords(Context):
    """The error's plural message (see ``desktop.language.catalog.Context``)."""

    def more(self, count: int) -> str:
        """ "(and 2 more problems)"."""
        return self.tr("(and %n more problem(s))", "", count)


class ExchangeError(Exception):
    """A file could not be imported or exported; ``problems`` lists each one with its path.

    ``str(error)`` is a single line fit for the command line's stderr: the first problem, how many
    more there are, and what was (not) done.
    """

    def __init__(self, problems: list[str] | str, outcome: str = NOTHING_IMPORTED) -> None:
        self.problems: list[str] = [problems] if isinstance(problems, str) else list(problems)
        if not self.problems:
            raise ValueError("an ExchangeError needs at least one problem")
        self.outcome = outcome
        super().__init__(self._summary())

    def _summary(self) -> str:
        first = " ".join(self.problems[0].split())  # one line, whatever the problem held
        more = len(self.problems) - 1
        if more:
            first += " " + ExchangeWords().more(more)
        return translate("Exchange", "{problem}; {outcome}.").format(
            problem=first, outcome=translate("Exchange", self.outcome)
        )
