"""Choosing the export format from the file name, for the command line."""

from __future__ import annotations

from pathlib import Path

from desktop.exchange.csv_export import export_csv
from desktop.exchange.csv_sleeps import export_sleeps_csv
from desktop.exchange.errors import NOTHING_WRITTEN, ExchangeError
from desktop.exchange.json_export import ExportSummary, export_json
from desktop.exchange.records import MERGE_VERSION
from desktop.exchange.v2_export import export_json_v2
from desktop.language import translate
from desktop.store.diary import Diary


def export_file(
    diary: Diary, path: Path, baby_id: str | None = None, table: str = "events", version: int = MERGE_VERSION
) -> ExportSummary:
    """Export to ``.json`` (the exchange format) or ``.csv`` (for spreadsheets), by the file's suffix.

    ``table`` chooses the CSV's rows: ``events`` (one per event) or ``sleeps`` (one per sleep).
    ``version`` chooses the JSON's: 2 (change stamps and deletions, design.md section 7) or 1.
    """
    suffix = path.suffix.lower()
    if suffix == ".json":
        if version == MERGE_VERSION:
            return export_json_v2(diary, path, baby_id)
        return export_json(diary, path, baby_id)
    if suffix == ".csv":
        if table == "sleeps":
            return export_sleeps_csv(diary, path, baby_id)
        return export_csv(diary, path, baby_id)
    raise ExchangeError(
        translate("Exchange", "(file): the export file name {name} must end in .json or .csv").format(
            name=repr(path.name)
        ),
        NOTHING_WRITTEN,
    )
