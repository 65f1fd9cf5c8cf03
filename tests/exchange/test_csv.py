"""CSV for spreadsheets: one row per event with ages in weeks, numbers as numbers, formulas neutralised."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.exchange.samples import LEO, NOW

from desktop.exchange import export_csv, import_document
from desktop.exchange.csv_export import HEADER, neutralised, plain_number
from desktop.store.diary import Diary


def _exported(diary: Diary, path: Path, baby_id: str | None = None) -> list[dict[str, str]]:
    export_csv(diary, path, baby_id)
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_each_event_is_one_row_with_local_time_and_ages(
    tmp_path: Path, diary: Diary, sample: Callable[[], dict[str, Any]]
) -> None:
    import_document(diary, sample(), NOW)

    rows = _exported(diary, tmp_path / "events.csv")

    assert [row["kind"] for row in rows] == ["twitch", "episode", "sign", "twitch", "twitch"]
    twitch, episode, sign, awake, running = rows
    assert twitch == {
        "baby_name": "Zoë 李 🌙",
        "date": "2026-09-01",
        "local_time": "13:05:12.250",
        "utc_offset": "UTC+05:30",
        "kind": "twitch",
        "body_part": "hand",
        "side": "left",
        "state": "asleep",
        "duration_s": "",
        "woke_baby": "no",
        "rhythmic": "",
        "stopped_on_waking": "",
        "signs": "",
        "pause_length": "",
        "video": "",
        "note": "",
        "sleep_id": "5d1e0000-0000-4000-8000-000000000001",
        "sleep_kind": "nap",
        "chronological_age_weeks": "4",
        "corrected_age_weeks": "-3",  # born seven weeks early: a plain negative number
    }
    assert (episode["date"], episode["local_time"], episode["utc_offset"]) == (
        "2026-09-01",
        "23:40:01.123",
        "UTC-03:00",
    )
    assert (episode["duration_s"], episode["woke_baby"], episode["rhythmic"]) == ("42.5", "yes", "no")
    assert episode["sleep_kind"] == "night" and episode["stopped_on_waking"] == "no"
    assert (sign["signs"], sign["duration_s"], sign["rhythmic"]) == ("stiffening; tremor", "3", "yes")
    assert (awake["sleep_id"], awake["sleep_kind"], awake["corrected_age_weeks"]) == ("", "", "")
    assert awake["utc_offset"] == "UTC+00:00" and awake["chronological_age_weeks"] == "18"
    assert running["local_time"] == "11:59:59.999"


def test_text_that_a_spreadsheet_would_run_is_neutralised(
    tmp_path: Path, diary: Diary, sample: Callable[[], dict[str, Any]]
) -> None:
    data = sample()
    data["babies"][1]["name"] = '=HYPERLINK("http://evil.example","Leo")'
    data["events"][3]["video"] = "+1 555 0100 clip"
    import_document(diary, data, NOW)

    rows = _exported(diary, tmp_path / "events.csv")

    assert rows[1]["note"] == "'=SUM(A1) looked like shivering"
    assert rows[2]["note"] == "'-3 breaths? 💤"
    assert rows[3]["note"] == "'@home"
    assert rows[3]["baby_name"] == '\'=HYPERLINK("http://evil.example","Leo")'
    assert rows[3]["video"] == "'+1 555 0100 clip"
    assert rows[0]["corrected_age_weeks"] == "-3"  # numbers are not text: never quoted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Mia", "Mia"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralised(text: str, expected: str) -> None:
    assert neutralised(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(3.0, "3"), (42.5, "42.5"), (0.00001, "0.00001"), (-3.0, "-3"), (1e20, "100000000000000000000")],
)
def test_plain_numbers_are_written_without_exponents_or_quotes(value: float, expected: str) -> None:
    assert plain_number(value) == expected


def test_file_starts_with_a_byte_order_mark_and_is_private(tmp_path: Path, diary: Diary) -> None:
    path = tmp_path / "empty.csv"

    export_csv(diary, path)

    assert path.read_bytes() == b"\xef\xbb\xbf" + ",".join(HEADER).encode() + b"\r\n"
    assert os.stat(path).st_mode & 0o777 == 0o600


def test_one_babys_rows_only(tmp_path: Path, diary: Diary, sample: Callable[[], dict[str, Any]]) -> None:
    import_document(diary, sample(), NOW)

    rows = _exported(diary, tmp_path / "leo.csv", LEO)

    assert [row["baby_name"] for row in rows] == ["Leo", "Leo"]
