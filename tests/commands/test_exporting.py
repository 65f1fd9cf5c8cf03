"""``twitch-diary export FILE.json|FILE.csv`` as a user runs it: every record back out, JSON or CSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from tests.commands.support import GOOD_EXPORT, Cli, one_line_error, records_by_id, usage_error, write_json


@pytest.mark.slow
def test_import_then_export_reproduces_every_record(cli: Cli, tmp_path: Path) -> None:
    assert cli.run("import", str(write_json(tmp_path / "a.json", GOOD_EXPORT))).returncode == 0

    result = cli.run("export", str(tmp_path / "b.json"))
    assert result.returncode == 0, result.stderr
    assert "1 baby, 1 sleep and 2 events" in result.stdout
    assert "share it only with people you trust" in result.stderr

    exported = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    # Version 2 by default (design.md section 7): each record also says who changed it when.
    assert (exported["format"], exported["version"]) == ("twitch-diary", 2)
    assert exported["deleted"] == []
    records = records_by_id(exported)
    assert all({"changed_at", "changed_by"} <= record.keys() for record in records.values())
    assert records.keys() == records_by_id(GOOD_EXPORT).keys()
    for record_id, original in records_by_id(GOOD_EXPORT).items():
        # Every field given comes back exactly as written (times with the same offset and precision).
        assert {key: records[record_id][key] for key in original} == original
    left_out = records["f8b3c4d5-e6f7-4081-9203-b4c5d6e7f804"]
    assert (left_out["body_part"], left_out["side"], left_out["state"]) == ("unknown", "unknown", "asleep")
    assert (left_out["woke_baby"], left_out["signs"], left_out["video"]) == (False, [], None)


@pytest.mark.slow
def test_export_format_version_1_writes_what_the_first_release_reads(cli: Cli, tmp_path: Path) -> None:
    assert cli.run("import", str(write_json(tmp_path / "a.json", GOOD_EXPORT))).returncode == 0
    result = cli.run("export", str(tmp_path / "b.json"), "--format-version", "1")
    assert result.returncode == 0, result.stderr
    exported = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert list(exported) == ["format", "version", "babies", "sleeps", "events"]
    assert exported["version"] == 1
    assert records_by_id(exported) == {
        record_id: {
            **record,
            **{k: v for k, v in records_by_id(exported)[record_id].items() if k not in record},
        }
        for record_id, record in records_by_id(GOOD_EXPORT).items()
    }
    assert cli.run("export", str(tmp_path / "c.json"), "--format-version", "3").returncode == 2


@pytest.mark.slow
def test_demo_diary_survives_export_import_export(cli: Cli, tmp_path: Path) -> None:
    """A whole diary (the demo's thousands of taps) goes through the exchange format losslessly."""
    demo = cli.run("--demo", "export", str(tmp_path / "first.json"), data_dir=False)
    assert demo.returncode == 0, demo.stderr
    copy = Cli(tmp_path / "copy")
    assert copy.run("import", str(tmp_path / "first.json")).returncode == 0
    assert copy.run("export", str(tmp_path / "second.json")).returncode == 0
    first = json.loads((tmp_path / "first.json").read_text(encoding="utf-8"))
    second = json.loads((tmp_path / "second.json").read_text(encoding="utf-8"))
    assert len(first["events"]) > 1000
    assert second == first


@pytest.mark.slow
def test_export_csv_for_one_baby(cli: Cli, tmp_path: Path) -> None:
    cli.run("import", str(write_json(tmp_path / "a.json", GOOD_EXPORT)))
    result = cli.run("export", str(tmp_path / "mia.csv"), "--baby", "mia")
    assert result.returncode == 0, result.stderr
    assert "share it only with people you trust" in result.stderr
    with (tmp_path / "mia.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["kind"] for row in rows] == ["twitch", "episode"]
    assert {row["baby_name"] for row in rows} == {"Mia"}


def test_export_sleeps_csv_one_row_per_sleep(cli: Cli, tmp_path: Path) -> None:
    cli.run("import", str(write_json(tmp_path / "a.json", GOOD_EXPORT)))
    result = cli.run("export", str(tmp_path / "sleeps.csv"), "--table", "sleeps", "--baby", "mia")
    assert result.returncode == 0, result.stderr
    assert "one row per sleep" in result.stdout
    with (tmp_path / "sleeps.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {row["baby_name"] for row in rows} == {"Mia"}
    assert all(row["twitches_per_hour"] != "" or row["length_min"] == "" for row in rows)


def test_export_table_is_for_csv_only(cli: Cli, tmp_path: Path) -> None:
    message = usage_error(cli.run("export", str(tmp_path / "a.json"), "--table", "sleeps"))
    assert "--table is for a CSV export only" in message
    assert not (tmp_path / "a.json").exists()
    assert "invalid choice" in usage_error(cli.run("export", str(tmp_path / "a.csv"), "--table", "naps"))


@pytest.mark.slow
def test_export_unknown_baby_fails_and_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    cli.run("import", str(write_json(tmp_path / "a.json", GOOD_EXPORT)))
    message = one_line_error(cli.run("export", str(tmp_path / "b.json"), "--baby", "Noa"))
    assert "No baby called 'Noa'" in message
    assert not (tmp_path / "b.json").exists()
