"""Counted records in words ("1 baby, 3 sleeps and 40 events") for the command line's summaries."""

from __future__ import annotations

from desktop.language.catalog import Context
from desktop.language.formats import list_text


class RecordCounts(Context):
    """Babies, sleeps and events counted, in the run's language (plural messages of their own)."""

    def babies(self, count: int) -> str:
        """ "2 babies"."""
        return self.tr("%n baby(-ies)", "", count)

    def sleeps(self, count: int) -> str:
        """ "3 sleeps"."""
        return self.tr("%n sleep(s)", "", count)

    def events(self, count: int) -> str:
        """ "40 events"."""
        return self.tr("%n event(s)", "", count)

    def records(self, count: int) -> str:
        """ "2 records"."""
        return self.tr("%n record(s)", "", count)


def counted(babies: int, sleeps: int, events: int, *, zeros: bool = False) -> str:
    """ "1 baby, 3 sleeps and 40 events"; counts of nothing are left out unless ``zeros``."""
    words = RecordCounts()
    parts = [
        text(count)
        for count, text in ((babies, words.babies), (sleeps, words.sleeps), (events, words.events))
        if count or zeros
    ]
    return list_text(parts)
