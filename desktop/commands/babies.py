"""``twitch-diary babies [--json] [--merge KEEP OTHER]``: list the babies with their ages, or merge two."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from desktop.commands.writing_lock import take_writing_lock
from desktop.core.age import age_on, format_weeks_days
from desktop.core.model import Baby
from desktop.core.terminal_text import terminal_safe
from desktop.exchange.json_export import baby_to_json
from desktop.language import QT_TRANSLATE_NOOP, translate
from desktop.store.baby_merge import merge_babies
from desktop.store.diary import Diary
from desktop.store.lock import DataDirLock

# The columns of the table, as a terminal shows them.
COLUMNS = (
    QT_TRANSLATE_NOOP("Cli", "NAME"),
    QT_TRANSLATE_NOOP("Cli", "BORN"),
    QT_TRANSLATE_NOOP("Cli", "DUE"),
    QT_TRANSLATE_NOOP("Cli", "AGE"),
    QT_TRANSLATE_NOOP("Cli", "CORRECTED AGE"),
    QT_TRANSLATE_NOOP("Cli", "ID"),
)


def baby_with_ages(baby: Baby, today: date) -> dict[str, object]:
    """A baby as the exchange format writes it, plus its ages on ``today`` (``babies --json``)."""
    age = age_on(baby, today)
    return {
        **baby_to_json(baby),
        "as_of": today.isoformat(),
        "chronological_age_days": age.chronological_days,
        "chronological_age_weeks": age.chronological_weeks,
        "corrected_age_days": age.corrected_days,
        "corrected_age_weeks": age.corrected_weeks,
        "gestational_age_at_birth_days": age.gestational_days_at_birth,
        "preterm": age.preterm,
    }


def format_babies_table(babies: Sequence[Baby], today: date) -> str:
    """The babies as an aligned text table with their ages on ``today``."""
    header = tuple(translate("Cli", title) for title in COLUMNS)
    rows = [header]
    for baby in babies:
        age = age_on(baby, today)
        corrected = "" if age.corrected_days is None else format_weeks_days(age.corrected_days)
        rows.append(
            (
                terminal_safe(baby.name),
                baby.birth_date.isoformat(),
                "" if baby.due_date is None else baby.due_date.isoformat(),
                format_weeks_days(age.chronological_days),
                corrected + (" " + translate("Cli", "(preterm)") if age.preterm else ""),
                baby.id,
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    lines = ("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows)
    return "\n".join(line.rstrip() for line in lines)


def merge_lock(data_dir: Path) -> DataDirLock:
    """The folder's lock for a merge; refused with one line while the app or another command has it."""
    return take_writing_lock(
        data_dir,
        "merge",
        translate(
            "Cli", "Twitch Diary is open on {folder}: close the app, then merge again; nothing was changed."
        ),
        translate("Cli", "Nothing was changed."),
    )


def run_babies(data_dir: Path, merge: Sequence[str] | None, as_json: bool) -> int:
    """Merge OTHER into KEEP when ``merge`` is (KEEP_ID, OTHER_ID), else print the babies; status 0."""
    if merge:
        keep_id, other_id = merge
        # A merge rewrites many records: like an import it holds the folder's lock, so it never
        # writes while the window or a sync is working on the same diary.
        with merge_lock(data_dir), Diary(data_dir) as diary:
            print(merge_babies(diary, keep_id, other_id).describe())
        return 0
    today = date.today()
    with Diary(data_dir) as diary:
        babies = diary.babies.all()
    if as_json:
        print(json.dumps([baby_with_ages(baby, today) for baby in babies], ensure_ascii=False, indent=2))
    elif babies:
        print(format_babies_table(babies, today))
    else:
        print(translate("Cli", "No babies in the diary at {folder} yet.").format(folder=data_dir))
    return 0
