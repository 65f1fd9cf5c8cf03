"""CSV of sleeps (``--table sleeps``), and both CSV tables safe in every column from formulas."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.exchange.samples import LEO, NAP, NIGHT, NOW, RUNNING

from desktop.exchange import import_document
from desktop.exchange.csv_export import HEADER, export_csv
from desktop.exchange.csv_sleeps import SLEEP_HEADER, export_sleeps_csv
from desktop.exchange.formats import export_file
from desktop.store.diary import Diary

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _read(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_one_row_per_sleep_with_length_counts_rate_and_ages(
    tmp_path: Path, diary: Diary, sample: Callable[[], dict[str, Any]]
) -> None:
    import_document(diary, sample(), NOW)
    summary = export_file(diary, tmp_path / "sleeps.csv", table="sleeps")
    rows = _read(tmp_path / "sleeps.csv")
    assert list(rows[0]) == list(SLEEP_HEADER)
    by_id = {row["sleep_id"]: row for row in rows}
    assert set(by_id) == {NAP, NIGHT, RUNNING}
    nap = by_id[NAP]
    assert (nap["date"], nap["start_local_time"], nap["end_local_time"]) == (
        "2026-09-01",
        "13:00:00",
        "14:30:00.500",
    )
    assert (nap["utc_offset"], nap["kind"], nap["note"]) == ("UTC+05:30", "nap", "after the bath")
    assert nap["length_min"] == "90"
    assert (nap["twitches"], nap["chronological_age_weeks"], nap["corrected_age_weeks"]) == ("1", "4", "-3")
    assert float(nap["twitches_per_hour"]) == pytest.approx(int(nap["twitches"]) / 1.5, abs=0.01)
    night = by_id[NIGHT]
    assert night["end_date"] == "2026-09-02" and night["length_min"] == "675"
    assert (night["episodes"], night["episode_s"], night["woke_baby"]) == ("1", "42", "1")
    running = by_id[RUNNING]  # still running: no end, no length, no rate; never a zero rate
    assert (running["end_date"], running["length_min"], running["twitches_per_hour"]) == ("", "", "")
    assert summary.describe().endswith("one row per sleep.")
    assert summary.describe().startswith("Exported 3 sleeps of 2 babies")


def test_one_babys_sleeps(tmp_path: Path, diary: Diary, sample: Callable[[], dict[str, Any]]) -> None:
    import_document(diary, sample(), NOW)
    export_sleeps_csv(diary, tmp_path / "leo.csv", LEO)
    rows = _read(tmp_path / "leo.csv")
    assert rows and {row["baby_name"] for row in rows} == {"Leo"}


HOSTILE = '=HYPERLINK("http://evil.example","open")'


def _hostile(sample: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """The sample with a formula in every text that an import lets through: names, notes, ids, video."""
    data = sample()
    for number, baby in enumerate(data["babies"]):
        baby["name"] = f"+{number} {HOSTILE}"
    renamed = {sleep["id"]: f"{HOSTILE}{number}" for number, sleep in enumerate(data["sleeps"])}
    for sleep in data["sleeps"]:
        sleep["id"] = renamed[sleep["id"]]
        sleep["note"] = "@" + HOSTILE
    for number, event in enumerate(data["events"]):
        event["id"] = f"-{number}{HOSTILE}"
        if event.get("sleep_id"):
            event["sleep_id"] = renamed[event["sleep_id"]]
        event["note"] = "\t" + HOSTILE
        event["video"] = "\r" + HOSTILE
    return data


@pytest.mark.parametrize("table", ["events", "sleeps"])
def test_no_cell_in_any_column_runs_as_a_formula(
    tmp_path: Path, diary: Diary, sample: Callable[[], dict[str, Any]], table: str
) -> None:
    import_document(diary, _hostile(sample), NOW)
    path = tmp_path / f"{table}.csv"
    export_file(diary, path, table=table)
    rows = _read(path)
    header = HEADER if table == "events" else SLEEP_HEADER
    assert rows and list(rows[0]) == list(header)
    hostile_columns = set()
    for row in rows:
        for column, cell in row.items():
            if HOSTILE in cell:
                hostile_columns.add(column)
            if cell.startswith(FORMULA_STARTS):
                float(cell)  # only a number (a negative age) may start with a minus
    expected = {"baby_name", "note", "sleep_id"} | ({"video"} if table == "events" else set())
    assert hostile_columns == expected  # each of them was written, and neutralised


def test_the_events_table_is_still_the_default(tmp_path: Path, diary: Diary) -> None:
    export_file(diary, tmp_path / "a.csv")
    export_csv(diary, tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
