"""Loads what the guidance rules need from the diary (only the weeks they look at) and evaluates them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Final

from desktop.core.guidance import LOOKBACK_DAYS, Finding, evaluate
from desktop.core.model import Baby, Event, Sleep
from desktop.store.diary import Diary

# Local days run up to 14 h either side of UTC; a day of slack each side keeps every record whose
# local date is in the window, and the rules then filter by local date exactly.
_SLACK: Final = timedelta(days=1)


@dataclass(frozen=True)
class GuidanceInput:
    """The baby's sleeps and events around the weeks the rules look at, as of one day."""

    baby: Baby
    as_of: date
    sleeps: list[Sleep]
    events: list[Event]


def load_input(diary: Diary, baby: Baby, as_of: date) -> GuidanceInput:
    """Read the sleeps and events of the ~8 weeks up to the end of the as-of day."""
    since = datetime.combine(as_of - timedelta(days=LOOKBACK_DAYS), time(0), tzinfo=UTC) - _SLACK
    until = datetime.combine(as_of + timedelta(days=1), time(0), tzinfo=UTC) + _SLACK
    return GuidanceInput(
        baby,
        as_of,
        diary.sleeps.for_baby(baby.id, since, until),
        diary.events.for_baby(baby.id, since, until),
    )


def findings_for(diary: Diary, baby: Baby, as_of: date | None = None) -> list[Finding]:
    """The guidance findings for a stored baby as of a day (today by default), most urgent first.

    An empty list means too little was logged in the last 14 days to judge.
    """
    loaded = load_input(diary, baby, date.today() if as_of is None else as_of)
    return evaluate(loaded.baby, loaded.sleeps, loaded.events, loaded.as_of)
