"""``twitch-diary export FILE.json|FILE.csv``: write the diary (or one baby) to JSON or CSV."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.commands.failure import CommandError
from desktop.exchange import export_file
from desktop.exchange.errors import ExchangeError
from desktop.language import QT_TRANSLATE_NOOP, translate
from desktop.store.diary import Diary

PRIVACY_NOTE = QT_TRANSLATE_NOOP(
    "Cli",
    "This file holds your baby's health diary:"
    " share it only with people you trust, such as your pediatrician.",
)


def run_export(data_dir: Path, file: Path, baby: str | None, table: str | None, format_version: int) -> int:
    """Export to ``file`` (its suffix says JSON or CSV); prints what was written, then the privacy note."""
    with Diary(data_dir) as diary:
        baby_id = None if baby is None else diary.babies.find(baby).id
        try:
            summary = export_file(diary, file, baby_id, table or "events", format_version)
        except ExchangeError as error:
            raise CommandError(str(error)) from error
    print(summary.describe())
    print(translate("Cli", PRIVACY_NOTE), file=sys.stderr)
    return 0
