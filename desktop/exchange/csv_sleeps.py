"""Exporting sleeps as CSV: one row per sleep with its length, what was logged in it, its rate and ages.

A doctor's spreadsheet computes a rate from these rows (twitches over hours); the rate column is
the same total-over-total number the review shows, empty when the sleep is still running.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desktop.core.age import age_on
from desktop.core.model import Baby, Event, Sleep
from desktop.exchange.atomic import write_atomically
from desktop.exchange.csv_export import (
    Cell,
    local_time_text,
    plain_number,
    text_cells,
    utc_offset_text,
    write_rows,
)
from desktop.exchange.errors import NOTHING_WRITTEN, ExchangeError
from desktop.exchange.json_export import ExportSummary
from desktop.language import translate
from desktop.language.counts import RecordCounts
from desktop.store.diary import Diary

SLEEP_HEADER: Final = (
    "baby_name",
    "date",
    "start_local_time",
    "end_date",
    "end_local_time",
    "utc_offset",
    "length_min",
    "kind",
    "twitches",
    "episodes",
    "episode_s",
    "signs",
    "woke_baby",
    "twitches_per_hour",
    "note",
    "sleep_id",
    "chronological_age_weeks",
    "corrected_age_weeks",
)


@dataclass(frozen=True)
class SleepsSummary(ExportSummary):
    """What a sleeps CSV holds: one row per sleep (the events are counted in them)."""

    def describe(self) -> str:
        """One sentence for the user."""
        words = RecordCounts()
        return translate("Exchange", "Exported {sleeps} of {babies} to {path}, one row per sleep.").format(
            sleeps=words.sleeps(self.sleeps), babies=words.babies(self.babies), path=self.path
        )


class _Counts:
    """What was logged in each sleep, counted in one pass over the events."""

    def __init__(self, events: Iterable[Event]) -> None:
        self.twitches: Counter[str] = Counter()
        self.episodes: Counter[str] = Counter()
        self.episode_s: Counter[str] = Counter()
        self.signs: Counter[str] = Counter()
        self.woke: Counter[str] = Counter()
        for event in events:
            if event.sleep_id is None:
                continue
            key = event.sleep_id
            if event.kind == "twitch":
                self.twitches[key] += 1
            elif event.kind == "episode":
                self.episodes[key] += 1
                self.episode_s[key] += round(event.duration_s or 0.0)
            if event.signs:
                self.signs[key] += 1
            if event.woke_baby:
                self.woke[key] += 1


def sleep_row(sleep: Sleep, baby: Baby, counts: _Counts) -> list[Cell]:
    """One CSV row of a sleep: text cells neutralised, numbers left as numbers."""
    day = sleep.start.date()
    age = age_on(baby, day)
    end = sleep.end
    hours = None if end is None else (end - sleep.start).total_seconds() / 3600
    row: list[Cell] = text_cells(
        [
            baby.name,
            day.isoformat(),
            local_time_text(sleep.start),
            "" if end is None else end.date().isoformat(),
            "" if end is None else local_time_text(end),
            utc_offset_text(sleep.start),
        ]
    )
    row.append("" if hours is None else plain_number(round(hours * 60, 1)))
    row += text_cells([sleep.kind])
    twitches = counts.twitches[sleep.id]
    row += [
        twitches,
        counts.episodes[sleep.id],
        counts.episode_s[sleep.id],
        counts.signs[sleep.id],
        counts.woke[sleep.id],
        "" if not hours else plain_number(round(twitches / hours, 2)),
    ]
    row += text_cells([sleep.note, sleep.id])
    row.append(age.chronological_weeks)
    row.append("" if age.corrected_weeks is None else age.corrected_weeks)
    return row


def export_sleeps_csv(diary: Diary, path: Path, baby_id: str | None = None) -> ExportSummary:
    """Write every sleep (or one baby's) as CSV to ``path``: UTF-8 with BOM, atomic, mode 0600."""
    if baby_id is None:
        babies = diary.babies.all()
        sleeps = diary.sleeps.all()
        events = diary.events.all()
    else:
        baby = diary.babies.get(baby_id)
        if baby is None:
            raise ExchangeError(
                translate("Exchange", "baby: no baby with id {id} in this diary").format(id=repr(baby_id)),
                NOTHING_WRITTEN,
            )
        babies = [baby]
        sleeps = [sleep for sleep in diary.sleeps.all() if sleep.baby_id == baby_id]
        events = diary.events.for_baby(baby_id)
    by_id = {baby.id: baby for baby in babies}
    counts = _Counts(events)
    rows = [sleep_row(sleep, by_id[sleep.baby_id], counts) for sleep in sorted(sleeps, key=lambda s: s.start)]
    write_atomically(path, lambda stream: write_rows(stream, SLEEP_HEADER, rows), encoding="utf-8-sig")
    return SleepsSummary(path, len(babies), len(sleeps), len(events))
