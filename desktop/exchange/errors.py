"""The one error the exchange format raises: every problem found, each prefixed with its JSON path."""

from __future__ import annotations

from typing import Final

NOTHING_IMPORTED: Final = "nothing was imported"
NOTHING_WRITTEN: Final = "no file was written"


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
        if more == 1:
            first += " (and 1 more problem)"
        elif more > 1:
            first += f" (and {more} more problems)"
        return f"{first}; {self.outcome}."
