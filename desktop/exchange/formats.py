"""Choosing the export format from the file name, for the command line."""

from __future__ import annotations

from pathlib import Path

from desktop.exchange.csv_export import export_csv
from desktop.exchange.csv_sleeps import export_sleeps_csv
from desktop.exchange.errors import NOTHING_WRITTEN, ExchangeError
from desktop.exchange.json_export import ExportSummary, export_json
from desktop.store.diary import Diary


def export_file(diary: Diary, path: Path, baby_id: str | None = None, table: str = "events") -> ExportSummary:
    """Export to ``.json`` (the exchange format) or ``.csv`` (for spreadsheets), by the file's suffix.

    ``table`` chooses the CSV's rows: ``events`` (one per event) or ``sleeps`` (one per sleep).
    """
    suffix = path.suffix.lower()
    if suffix == ".json":
        return export_json(diary, path, baby_id)
    if suffix == ".csv":
        if table == "sleeps":
            return export_sleeps_csv(diary, path, baby_id)
        return export_csv(diary, path, baby_id)
    raise ExchangeError(
        f"(file): the export file name {path.name!r} must end in .json or .csv", NOTHING_WRITTEN
    )
