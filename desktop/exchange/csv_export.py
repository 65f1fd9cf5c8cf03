"""Exporting events as CSV for spreadsheets: one row per event with ages in weeks; never re-imported.

Every text cell is neutralised (design.md section 4); numbers stay plain numbers.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from typing import IO, Final

from desktop.core.age import age_on
from desktop.core.model import SIGNS, Baby, Event, Sleep, ordered
from desktop.exchange.atomic import write_atomically
from desktop.exchange.errors import NOTHING_WRITTEN, ExchangeError
from desktop.exchange.json_export import ExportSummary
from desktop.language import translate
from desktop.store.diary import Diary

HEADER: Final = (
    "baby_name",
    "date",
    "local_time",
    "utc_offset",
    "kind",
    "body_part",
    "side",
    "state",
    "duration_s",
    "woke_baby",
    "rhythmic",
    "stopped_on_waking",
    "signs",
    "pause_length",
    "video",
    "note",
    "sleep_id",
    "sleep_kind",
    "chronological_age_weeks",
    "corrected_age_weeks",
)
# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
_FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int


def neutralised(text: str) -> str:
    """Text a spreadsheet shows as written: a leading quote stops it being run as a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def plain_number(value: float) -> str:
    """A number as a spreadsheet reads it: whole numbers without ``.0``, never in exponent form.

    It is returned as text but never neutralised: a leading minus here is a number's sign.
    """
    if value.is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def text_cells(texts: list[str]) -> list[Cell]:
    """Text cells as written, each neutralised: no cell of ours is ever run as a formula."""
    return [neutralised(text) for text in texts]


def utc_offset_text(moment: datetime) -> str:
    """The offset a moment was logged with, e.g. ``UTC+05:30``."""
    # "UTC-03:00" rather than "-03:00": readable, and no leading minus for a spreadsheet to evaluate.
    offset = moment.isoformat()[-6:] if moment.utcoffset() else "+00:00"
    return f"UTC{offset}"


def local_time_text(moment: datetime) -> str:
    """The local wall-clock time of a moment, to the millisecond when it has any."""
    spec = "seconds" if moment.microsecond == 0 else "milliseconds"
    return moment.time().isoformat(timespec=spec)


def event_row(event: Event, baby: Baby, sleep: Sleep | None) -> list[Cell]:
    """One CSV row: text cells neutralised, numbers left as numbers."""
    local_day = event.at.date()
    age = age_on(baby, local_day)
    row: list[Cell] = text_cells(
        [
            baby.name,
            local_day.isoformat(),
            local_time_text(event.at),
            utc_offset_text(event.at),
            event.kind,
            event.body_part,
            event.side,
            event.state,
        ]
    )
    row.append("" if event.duration_s is None else plain_number(event.duration_s))
    # Every text cell, the stored values and ids too: an imported file's id or value may be
    # anything the import let through, such as "=HYPERLINK(...)" in a sleep's id.
    row += text_cells(
        [
            _yes_no(event.woke_baby),
            _yes_no(event.rhythmic),
            event.stopped_on_waking or "",
            "; ".join(ordered(event.signs, SIGNS)),
            event.pause_length or "",
            event.video or "",
            event.note,
            event.sleep_id or "",
            "" if sleep is None else sleep.kind,
        ]
    )
    row.append(age.chronological_weeks)
    row.append("" if age.corrected_weeks is None else age.corrected_weeks)
    return row


def write_rows(stream: IO[str], header: tuple[str, ...], rows: list[list[Cell]]) -> None:
    """The header, then the rows, as CSV."""
    writer = csv.writer(stream)
    writer.writerow(header)
    writer.writerows(rows)


def export_csv(diary: Diary, path: Path, baby_id: str | None = None) -> ExportSummary:
    """Write every event (or one baby's) as CSV to ``path``: UTF-8 with BOM, atomic, mode 0600."""
    if baby_id is None:
        babies = diary.babies.all()
        events = diary.events.all()
    else:
        baby = diary.babies.get(baby_id)
        if baby is None:
            raise ExchangeError(
                translate("Exchange", "baby: no baby with id {id} in this diary").format(id=repr(baby_id)),
                NOTHING_WRITTEN,
            )
        babies, events = [baby], diary.events.for_baby(baby_id)
    by_id = {baby.id: baby for baby in babies}
    sleeps = {sleep.id: sleep for sleep in diary.sleeps.all()} if events else {}
    rows = [
        event_row(event, by_id[event.baby_id], None if event.sleep_id is None else sleeps.get(event.sleep_id))
        for event in events
    ]
    # utf-8-sig writes the byte-order mark Excel needs to read the file as UTF-8.
    write_atomically(path, lambda stream: write_rows(stream, HEADER, rows), encoding="utf-8-sig")
    return ExportSummary(path, len(babies), len({event.sleep_id for event in events} - {None}), len(events))
